"""Probe sentences for the cooperative PLOVER types (SUPPORT, REQUEST, AID, AGREE, COOPERATE,
CONCEDE, CONSULT): ordinary wire-service phrasings of our own, written without looking at any
article set, in the shape of test_probes_plover.py (each positive states all events of its
types; each negative names a type that must not come out as occurred or planned).

Conventions (tests/data/unseen*/README.md, CAMEO2PLOVER): praise, endorsement, recognition,
congratulations, apologies, a bloc approving or admitting a member -> SUPPORT (an invitation
to join is no event); demands, appeals, requests for help -> REQUEST (an opinion on what 'the
two countries should' do is no request to an actor); material aid given or pledged -> AID (a
loan from a lender: the lender gives); signed or reached deals, ceasefires, normalised ties
-> AGREE (what parties agree to do together is the content of the AGREE, not a second event);
joint drills and patrols, intelligence sharing -> COOPERATE; yielding to a demand or dropping
an objection -> CONCEDE (releases and eased sanctions are RETREAT); calls, video talks and
consultations -> CONSULT (in-person talks are MEET)."""
from __future__ import annotations

import pytest

from tests.probes import check_negative, check_positive, event_pairs, negative_ids, positive_ids, xfail

POSITIVE = [
    # SUPPORT
    ("Washington backed Kyiv's bid to join NATO.", [("SUPPORT", "USA", "UKR")]),
    ("France welcomed Saudi Arabia's decision to restore ties with Iran.", [("SUPPORT", "FRA", "SAU")]),
    ("Germany praised Poland's response to the migrant crisis.", [("SUPPORT", "DEU", "POL")]),
    ("Indian Prime Minister Narendra Modi praised the United Arab Emirates for its help.", [("SUPPORT", "IND", "ARE")]),
    ("The United States endorsed India's bid for a permanent seat on the Security Council.", [("SUPPORT", "USA", "IND")]),
    ("Cuba expressed solidarity with Venezuela on Sunday.", [("SUPPORT", "CUB", "VEN")]),
    ("Turkey recognised Kosovo's independence in 2008.", [("SUPPORT", "TUR", "XKX")]),
    ("Vladimir Putin congratulated Masoud Pezeshkian on his election.", [("SUPPORT", "RUS", "IRN")]),
    ("The World Trade Organization approved the accession of Comoros on Thursday.", [("SUPPORT", "WTO", "COM")]),
    ("Kazakhstan voiced backing for Russia's proposal.", [("SUPPORT", "KAZ", "RUS")]),
    ("Hungary hailed China's peace plan.", [("SUPPORT", "HUN", "CHN")]),
    ("Egypt and Jordan welcomed the ceasefire agreement between Israel and Lebanon.",
     [("SUPPORT", "EGY", "ISR"), ("SUPPORT", "EGY", "LBN"), ("SUPPORT", "JOR", "ISR"), ("SUPPORT", "JOR", "LBN")]),
    ("Mexican President Claudia Sheinbaum sent her congratulations to Donald Trump.", [("SUPPORT", "MEX", "USA")]),
    ("The European Union granted Ukraine candidate status in June 2022.", [("SUPPORT", "EU", "UKR")]),
    ("Hungary's parliament ratified Sweden's membership of NATO on Monday.", [("SUPPORT", "HUN", "SWE")]),
    ("Paris welcomed Beijing's offer to mediate.", [("SUPPORT", "FRA", "CHN")]),
    ("China voiced its support for Serbia's territorial integrity.", [("SUPPORT", "CHN", "SRB")]),
    ("The United States expressed strong support for the Philippines after the collision.", [("SUPPORT", "USA", "PHL")]),
    ("Iran's foreign minister visited Damascus on Monday. He praised Syria's resilience.", [("SUPPORT", "IRN", "SYR")]),
    ("Germany's foreign minister thanked Qatar for its mediation.", [("SUPPORT", "DEU", "QAT")]),
    ("Britain apologised to Kenya for the abuses committed during colonial rule.", [("SUPPORT", "GBR", "KEN")]),
    ("Mexico has recognised Palestine as a state since 2023.", [("SUPPORT", "MEX", "PSE")]),
    ("The Security Council endorsed the ceasefire plan proposed by the United States.", [("SUPPORT", "UN", "USA")]),
    ("Kenyan President William Ruto congratulated Tanzania on its election.", [("SUPPORT", "KEN", "TZA")]),
    ("NATO members approved North Macedonia's accession in 2019.", [("SUPPORT", "NATO", "MKD")]),
    ("Israel's foreign minister expressed gratitude to Germany for its support.", [("SUPPORT", "ISR", "DEU")]),
    ("The Commonwealth admitted Gabon and Togo as members in 2022.",
     [("SUPPORT", "COMMONWEALTH", "GAB"), ("SUPPORT", "COMMONWEALTH", "TGO")]),
    # REQUEST
    ("Germany urged China to use its influence on Russia.", [("REQUEST", "DEU", "CHN")]),
    ("Antonio Guterres called on Israel and Hamas to agree to a ceasefire.",
     [("REQUEST", "UN", "ISR"), ("REQUEST", "UN", "GRP:hamas")]),
    ("Volodymyr Zelensky appealed to Germany for more air defence systems.", [("REQUEST", "UKR", "DEU")]),
    ("Armenia asked the European Union for help with border monitoring.", [("REQUEST", "ARM", "EU")]),
    ("Russia demanded that Moldova release the detained journalists.", [("REQUEST", "RUS", "MDA")]),
    ("Washington pressed Cairo to open the Rafah crossing.", [("REQUEST", "USA", "EGY")]),
    ("Japan's foreign minister urged North Korea to return to talks.", [("REQUEST", "JPN", "PRK")]),
    ("Antony Blinken called on Beijing to stop supplying Russia's war machine.", [("REQUEST", "USA", "CHN")]),
    ("Pakistan asked China to reschedule its debt.", [("REQUEST", "PAK", "CHN")]),
    ("The IAEA asked Iran to allow inspectors back into the Fordow site.", [("REQUEST", "IAEA", "IRN")]),
    ("Poland demanded compensation from Germany.", [("REQUEST", "POL", "DEU")]),
    ("The Arab League called for Israel's withdrawal from southern Lebanon.", [("REQUEST", "ARABLEAGUE", "ISR")]),
    ("Seoul asked Washington to redeploy tactical nuclear weapons.", [("REQUEST", "KOR", "USA")]),
    ("Tokyo requested an explanation from Beijing over the airspace violation.", [("REQUEST", "JPN", "CHN")]),
    ("Canada called on India to cooperate with its investigation.", [("REQUEST", "CAN", "IND")]),
    ("In a letter on Monday, Somalia asked the African Union to extend its peacekeeping mission.",
     [("REQUEST", "SOM", "AU")]),
    ("Armenia's prime minister met Vladimir Putin in Moscow on Tuesday. He urged Russia to honour its commitments.",
     [("REQUEST", "ARM", "RUS")]),
    ("Mexican President Claudia Sheinbaum asked Donald Trump to reconsider the tariffs.", [("REQUEST", "MEX", "USA")]),
    ("Iran was urged by France to release the detained French citizens.", [("REQUEST", "FRA", "IRN")]),
    ("Greece and Cyprus urged Turkey to withdraw its troops from the island.",
     [("REQUEST", "GRC", "TUR"), ("REQUEST", "CYP", "TUR")]),
    ("Ukraine's foreign minister Andrii Sybiha appealed to China to press Russia.", [("REQUEST", "UKR", "CHN")]),
    ("Kenya formally asked Britain for help in tracking the suspects.", [("REQUEST", "KEN", "GBR")]),
    ("Baghdad demanded an apology from Ankara.", [("REQUEST", "IRQ", "TUR")]),
    ("The European Union called on Serbia and Kosovo to de-escalate.", [("REQUEST", "EU", "SRB"), ("REQUEST", "EU", "XKX")]),
    ("Egypt's foreign minister Badr Abdelatty urged Ethiopia to respect the rights of downstream countries.",
     [("REQUEST", "EGY", "ETH")]),
    # AID
    ("Japan sent humanitarian aid to Turkey after the earthquake.", [("AID", "JPN", "TUR")]),
    ("Britain pledged 3 billion pounds in military aid to Ukraine.", [("AID", "GBR", "UKR")]),
    ("The United States supplied Ukraine with ATACMS missiles.", [("AID", "USA", "UKR")]),
    ("Germany delivered a second IRIS-T air defence system to Kyiv.", [("AID", "DEU", "UKR")]),
    ("Washington provided military assistance to Taipei.", [("AID", "USA", "TWN")]),
    ("Egypt received a $3 billion loan from the IMF.", [("AID", "IMF", "EGY")]),
    ("Jordan received humanitarian aid from Saudi Arabia.", [("AID", "SAU", "JOR")]),
    ("Pakistan secured a $7 billion loan from the International Monetary Fund.", [("AID", "IMF", "PAK")]),
    ("China donated 500,000 vaccine doses to Cambodia.", [("AID", "CHN", "KHM")]),
    ("India gifted two helicopters to the Maldives.", [("AID", "IND", "MDV")]),
    ("Iran has supplied Hezbollah with rockets.", [("AID", "IRN", "GRP:hezbollah")]),
    ("The European Union disbursed 4.2 billion euros to Ukraine.", [("AID", "EU", "UKR")]),
    ("Ukraine received F-16 fighter jets from Denmark.", [("AID", "DNK", "UKR")]),
    ("North Korea has shipped millions of artillery shells to Russia.", [("AID", "PRK", "RUS")]),
    ("South Korea will provide $200 million in humanitarian aid to Ukraine.", [("AID", "KOR", "UKR")]),
    ("Saudi Arabia pledged $500 million to Yemen's government.", [("AID", "SAU", "YEM")]),
    ("The IMF approved a $1.5 billion loan for Sri Lanka.", [("AID", "IMF", "LKA")]),
    ("Kuwait announced $100 million in aid for Sudan.", [("AID", "KWT", "SDN")]),
    ("Qatar sent fuel to Lebanon on Sunday. It also delivered medicines to the country.", [("AID", "QAT", "LBN")]),
    ("Rwanda received military support from the United Arab Emirates.", [("AID", "ARE", "RWA")]),
    ("Turkey gave Somalia two warships.", [("AID", "TUR", "SOM")]),
    # AGREE
    ("Israel and Lebanon agreed to a ceasefire brokered by the United States.", [("AGREE", "ISR", "LBN")]),
    ("Serbia signed an agreement with France to buy 12 Rafale jets.", [("AGREE", "FRA", "SRB")]),
    ("A ceasefire between Armenia and Azerbaijan was agreed on Sunday.", [("AGREE", "ARM", "AZE")]),
    ("India and China reached a deal on patrolling along their disputed border.", [("AGREE", "CHN", "IND")]),
    ("Israel and the United Arab Emirates normalised relations in 2020.", [("AGREE", "ARE", "ISR")]),
    ("Ethiopia and Eritrea signed a peace deal in Jeddah.", [("AGREE", "ERI", "ETH")]),
    ("Kazakhstan and Uzbekistan signed a treaty on allied relations.", [("AGREE", "KAZ", "UZB")]),
    ("Rwanda and Congo signed a peace agreement in Washington on Friday.", [("AGREE", "COD", "RWA")]),
    ("Moscow and Tehran signed a comprehensive strategic partnership treaty.", [("AGREE", "IRN", "RUS")]),
    ("Egypt agreed with Sudan to coordinate their positions on the dam.", [("AGREE", "EGY", "SDN")]),
    ("Greece and Turkey agreed to resume talks on confidence-building measures.", [("AGREE", "GRC", "TUR")]),
    ("The agreement, signed by Japan and the Philippines on Monday, allows troops to train together.",
     [("AGREE", "JPN", "PHL")]),
    ("Thailand reached an agreement with Malaysia on border security.", [("AGREE", "MYS", "THA")]),
    ("Kosovo and Serbia agreed on a plan to normalise ties.", [("AGREE", "SRB", "XKX")]),
    ("Britain and the European Union struck a deal on Northern Ireland trade.", [("AGREE", "EU", "GBR")]),
    ("Tunisia signed a memorandum of understanding with the European Union on migration.", [("AGREE", "EU", "TUN")]),
    ("Chad and Sudan agreed to reopen their shared border.", [("AGREE", "SDN", "TCD")]),
    ("The Philippines and Vietnam inked a maritime cooperation pact.", [("AGREE", "PHL", "VNM")]),
    ("Iran and Saudi Arabia agreed on Friday to reopen embassies within two months.", [("AGREE", "IRN", "SAU")]),
    ("Bahrain normalised ties with Qatar in 2023.", [("AGREE", "BHR", "QAT")]),
    ("Vietnamese and Chinese leaders met in Hanoi on Tuesday. They signed 36 cooperation agreements.",
     [("AGREE", "CHN", "VNM")]),
    ("Pakistan and India agreed to a ceasefire along the Line of Control.", [("AGREE", "IND", "PAK")]),
    ("A peace accord between Sudan and South Sudan was signed in Khartoum.", [("AGREE", "SDN", "SSD")]),
    xfail("Under an agreement reached with Ankara, Stockholm will tighten its terror laws.", [("AGREE", "SWE", "TUR")],
          reason="the party of a fronted 'under an agreement' phrase is the main clause's subject; no reading"),
    # COOPERATE
    ("Pakistan held joint exercises with China in the Arabian Sea.", [("COOPERATE", "CHN", "PAK")]),
    ("Russian and Indian navies conducted joint patrols in the Indian Ocean.", [("COOPERATE", "IND", "RUS")]),
    ("Kenyan and Somali forces launched a joint operation against al-Shabaab.", [("COOPERATE", "KEN", "SOM")]),
    ("Japan and India held joint military drills in Rajasthan.", [("COOPERATE", "IND", "JPN")]),
    ("Washington and Seoul staged combined air drills on Tuesday.", [("COOPERATE", "KOR", "USA")]),
    ("France and Morocco will cooperate more closely on migration.", [("COOPERATE", "FRA", "MAR")]),
    ("Germany and Poland set up joint patrols along their border.", [("COOPERATE", "DEU", "POL")]),
    ("The navies of China and Russia conducted a joint exercise near Japan.", [("COOPERATE", "CHN", "RUS")]),
    ("Indonesia and Malaysia launched coordinated patrols in the Malacca Strait.", [("COOPERATE", "IDN", "MYS")]),
    ("Israel shared intelligence with Jordan about the drone attack.", [("COOPERATE", "ISR", "JOR")]),
    ("Turkey and Azerbaijan conducted joint military exercises in Nakhchivan.", [("COOPERATE", "AZE", "TUR")]),
    ("Thailand and Laos carried out a joint operation against drug traffickers.", [("COOPERATE", "LAO", "THA")]),
    ("South Korea, Japan and the United States held their first trilateral exercise.",
     [("COOPERATE", "JPN", "KOR"), ("COOPERATE", "JPN", "USA"), ("COOPERATE", "KOR", "USA")]),
    ("Iraq cooperated with Turkey in the hunt for the militants.", [("COOPERATE", "IRQ", "TUR")]),
    xfail("Colombia worked closely with Ecuador to dismantle the gang.", [("COOPERATE", "COL", "ECU")],
          reason="'work with' is too common to list without a sense check"),
    # CONCEDE
    ("Turkey dropped its objection to Sweden's membership.", [("CONCEDE", "TUR", "SWE")]),
    ("Pakistan bowed to pressure from Washington and released the doctor.", [("CONCEDE", "PAK", "USA")]),
    xfail("Mali agreed to ECOWAS demands for a transition timetable.", [("CONCEDE", "MLI", "ECOWAS")],
          reason="the parser tags 'ECOWAS' after 'to' as an infinitive verb"),
    ("Mali agreed to the demands of ECOWAS for a transition timetable.", [("CONCEDE", "MLI", "ECOWAS")]),
    ("The Netherlands accepted Turkey's conditions for the extradition.", [("CONCEDE", "NLD", "TUR")]),
    ("Serbia made concessions to Kosovo on licence plates.", [("CONCEDE", "SRB", "XKX")]),
    ("Hungary lifted its veto on Ukraine's aid package.", [("CONCEDE", "HUN", "UKR")]),
    ("Israel caved in to American pressure and allowed aid into Gaza.", [("CONCEDE", "ISR", "USA")]),
    ("Kenya withdrew its objection to Somalia's bid.", [("CONCEDE", "KEN", "SOM")]),
    ("Turkey ended its opposition to Finland's membership.", [("CONCEDE", "TUR", "FIN")]),
    # CONSULT
    ("Turkish Foreign Minister Hakan Fidan spoke by phone with his Iranian counterpart Abbas Araghchi.",
     [("CONSULT", "IRN", "TUR")]),
    ("Egypt and Qatar held consultations on the Gaza truce.", [("CONSULT", "EGY", "QAT")]),
    ("A phone call between Narendra Modi and Vladimir Putin took place on Monday.", [("CONSULT", "IND", "RUS")]),
    ("Emmanuel Macron spoke to Volodymyr Zelensky by telephone on Saturday.", [("CONSULT", "FRA", "UKR")]),
    ("Shigeru Ishiba held a phone conversation with Yoon Suk Yeol.", [("CONSULT", "JPN", "KOR")]),
    ("Russia consulted China before the vote.", [("CONSULT", "CHN", "RUS")]),
    ("Indonesia's foreign minister consulted with her Malaysian counterpart on the crisis.", [("CONSULT", "IDN", "MYS")]),
    ("Sergei Lavrov and Antony Blinken talked by phone on Tuesday.", [("CONSULT", "RUS", "USA")]),
    ("The Saudi and Iranian foreign ministers held a video call.", [("CONSULT", "IRN", "SAU")]),
    ("Olaf Scholz telephoned Benjamin Netanyahu on Sunday.", [("CONSULT", "DEU", "ISR")]),
    ("Xi Jinping and Joe Biden held talks by video link.", [("CONSULT", "CHN", "USA")]),
    ("Keir Starmer called Donald Trump on Sunday. The two leaders discussed tariffs.", [("CONSULT", "GBR", "USA")]),
    ("In a phone call with Narendra Modi, Vladimir Putin thanked India for its position.",
     [("CONSULT", "IND", "RUS"), ("SUPPORT", "RUS", "IND")]),
    ("Masoud Pezeshkian and Vladimir Putin spoke on the phone.", [("CONSULT", "IRN", "RUS")]),
    ("Armenia's foreign minister had a call with his Azerbaijani counterpart on Friday.", [("CONSULT", "ARM", "AZE")]),
    ("The foreign ministers of Kenya and Ethiopia held a virtual meeting.", [("CONSULT", "ETH", "KEN")]),
]

NEGATIVE = [
    # SUPPORT
    ("Germany did not back Ukraine's bid to join NATO.", "SUPPORT"),
    ("Moscow-backed separatists attacked Ukrainian positions.", "SUPPORT"),
    ("The Iran-backed Houthis fired missiles at Israel.", "SUPPORT"),
    ("Russia welcomed the delegation from China at the airport.", "SUPPORT"),
    ("The United States backed away from the deal with Iran.", "SUPPORT"),
    ("Beijing has not recognised Kosovo's independence.", "SUPPORT"),
    ("Recognition of Kosovo remains divisive in Spain.", "SUPPORT"),
    ("The WTO has not yet approved the accession of Ethiopia.", "SUPPORT"),
    ("Congratulations poured in for the new pope.", "SUPPORT"),
    ("Turkey refused to approve Sweden's membership bid.", "SUPPORT"),
    ("The invitation for Ukraine to join NATO was blocked by Hungary.", "SUPPORT"),
    # an invitation is no event (unseen2 README), also not the bloc's support
    ("NATO leaders formally invited Finland and Sweden to join the alliance.", "SUPPORT"),
    ("Hungary invited Serbia to join the initiative.", "SUPPORT"),
    ("Kenya invited bids from Chinese firms for the railway.", "SUPPORT"),
    # REQUEST
    ("Egypt's foreign minister met his Turkish counterpart in Ankara. He said the two countries should expand trade.",
     "REQUEST"),
    ("Brazil's president said both nations should cooperate more closely.", "REQUEST"),
    ("Macron said France and Germany should work more closely together.", "REQUEST"),
    ("The minister called for calm after the vote.", "REQUEST"),
    ("Ghana asked about the fate of its citizens in Libya.", "REQUEST"),
    ("The two sides said they should meet again next year, Spain and Morocco said.", "REQUEST"),
    # AID
    ("Washington considered sending more aid to Ukraine.", "AID"),
    ("Germany refused to send Taurus missiles to Ukraine.", "AID"),
    ("Russia sold oil to India at a discount.", "AID"),
    ("The United States sent a delegation to Ukraine.", "AID"),
    ("Israel blocked aid deliveries to Gaza.", "AID"),
    ("Ukraine asked Germany for more weapons.", "AID"),
    ("Russia received a delegation from North Korea.", "AID"),
    ("Egypt received a call from Qatar on Sunday.", "AID"),
    ("The IMF rejected Pakistan's request for a new loan.", "AID"),
    ("Somalia has not received the aid promised by Turkey.", "AID"),
    # AGREE
    ("Talks between Sudan's warring parties collapsed without a deal.", "AGREE"),
    ("Israel and Hamas failed to reach a ceasefire deal.", "AGREE"),
    ("Mexico and the United States are negotiating a new trade deal.", "AGREE"),
    ("Analysts agreed that Nigeria's economy would slow.", "AGREE"),
    ("Russia refused to sign the agreement with Ukraine.", "AGREE"),
    ("The ceasefire between Armenia and Azerbaijan collapsed on Sunday.", "AGREE"),
    # COOPERATE
    ("Venezuela refused to cooperate with the ICC investigation.", "COOPERATE"),
    ("Joint patrols by Thailand and Cambodia were suspended.", "COOPERATE"),
    ("Russia held naval drills in the Baltic Sea.", "COOPERATE"),
    ("Thailand's operation against Cambodian positions continued.", "COOPERATE"),
    # CONCEDE
    ("Turkey refused to drop its objection to Sweden's bid.", "CONCEDE"),
    ("Ankara maintained its objection to Sweden's membership.", "CONCEDE"),
    ("Hungary used its veto on Ukraine's aid package.", "CONCEDE"),
    ("Kenya made a request to Somalia for the return of its soldiers.", "CONCEDE"),
    # CONSULT
    ("Japan called on China to release the businessman.", "CONSULT"),
    ("Poland's call for more sanctions on Russia was backed by the Baltic states.", "CONSULT"),
    ("Vietnam and China held talks in Hanoi.", "CONSULT"),
    ("Putin declined to take a phone call from Zelensky.", "CONSULT"),
    ("The call between Erdogan and Putin was cancelled.", "CONSULT"),
    ("The phone company Ericsson signed a contract with Kenya.", "CONSULT"),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=positive_ids(POSITIVE))
def test_positive(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=negative_ids(NEGATIVE))
def test_negative(text, kind):
    check_negative(text, kind)


# second round: mini-articles with pronouns, passives, nominals, received aid and support
POSITIVE2 = [
    # SUPPORT
    ("Russia's foreign ministry said it supported Venezuela's sovereignty.", [("SUPPORT", "RUS", "VEN")]),
    ("Washington reaffirmed its commitment to the Philippines on Monday.", [("SUPPORT", "USA", "PHL")]),
    ("Saudi Arabia was praised by the United States for hosting the talks.", [("SUPPORT", "USA", "SAU")]),
    ("Ukraine received strong support from Poland.", [("SUPPORT", "POL", "UKR")]),
    ("Josep Borrell hailed Armenia's reforms.", [("SUPPORT", "EU", "ARM")]),
    ("Turkey's parliament approved Finland's accession to NATO on Thursday.", [("SUPPORT", "TUR", "FIN")]),
    ("Donald Trump was congratulated by Narendra Modi on Wednesday.", [("SUPPORT", "IND", "USA")]),
    ("Ghana's president thanked China for building the new port.", [("SUPPORT", "GHA", "CHN")]),
    ("Mao Ning said Beijing supported Pakistan's efforts to fight terrorism.", [("SUPPORT", "CHN", "PAK")]),
    ("Jordan's king expressed his country's solidarity with Morocco after the earthquake.",
     [("SUPPORT", "JOR", "MAR")]),
    # REQUEST
    ("The Philippine foreign ministry summoned China's envoy on Monday. It also asked Beijing to stop harassing its vessels.",
     [("REQUEST", "PHL", "CHN")]),
    ("India told Canada to reduce its diplomatic staff.", [("REQUEST", "IND", "CAN")]),
    ("The United States sought China's help in curbing the flow of fentanyl.", [("REQUEST", "USA", "CHN")]),
    ("Tehran called for talks with Washington on the nuclear programme.", [("REQUEST", "IRN", "USA")]),
    ("China's appeal to the United States to lift the sanctions went unanswered.", [("REQUEST", "CHN", "USA")]),
    ("On Tuesday, Lithuania asked NATO to send more air defence systems.", [("REQUEST", "LTU", "NATO")]),
    ("Sudan's army chief urged Egypt and Eritrea to stop the flow of weapons to the rebels.",
     [("REQUEST", "SDN", "EGY"), ("REQUEST", "SDN", "ERI")]),
    ("Moldova was asked by the European Union to speed up judicial reforms.", [("REQUEST", "EU", "MDA")]),
    # AID
    ("Washington announced a new $425 million military aid package for Ukraine on Wednesday.", [("AID", "USA", "UKR")]),
    ("Tokyo will extend a $1 billion loan to Manila.", [("AID", "JPN", "PHL")]),
    ("Kyiv will receive 40 Leopard tanks from Poland.", [("AID", "POL", "UKR")]),
    ("Sudan's army has been armed by Egypt.", [("AID", "EGY", "SDN")]),
    ("Tehran has been supplying Moscow with Shahed drones.", [("AID", "IRN", "RUS")]),
    ("Israel is receiving arms from the United States.", [("AID", "USA", "ISR")]),
    xfail("Germany will hand over 20 Marder vehicles to Ukraine.", [("AID", "DEU", "UKR")],
          reason="the parser reads 'over 20' as a quantity, losing the particle"),
    ("Germany handed over the armoured vehicles to Ukraine in March.", [("AID", "DEU", "UKR")]),
    ("Ukraine will get 18 Caesar howitzers from France.", [("AID", "FRA", "UKR")]),
    ("Qatar delivered food to Sudan on Monday. It also sent medicine to Chad.", [("AID", "QAT", "SDN"), ("AID", "QAT", "TCD")]),
    ("Saudi Arabia provided Yemen's government with $1.2 billion in economic support.", [("AID", "SAU", "YEM")]),
    # AGREE
    ("Iran's president arrived in Moscow on Friday. He signed a strategic partnership treaty with Vladimir Putin.",
     [("AGREE", "IRN", "RUS")]),
    ("Egypt brokered a deal between Israel and Hamas.", [("AGREE", "GRP:hamas", "ISR")]),
    ("Beijing and Canberra have agreed to resume ministerial dialogue.", [("AGREE", "AUS", "CHN")]),
    ("Algeria and Mali signed a border security pact on Sunday.", [("AGREE", "DZA", "MLI")]),
    xfail("Ukraine and the United States signed the minerals deal on Wednesday.", [("AGREE", "UKR", "USA")],
          reason="the parser reads 'deal' after a plural noun as a verb"),
    ("Ukraine and the United States signed a deal on minerals on Wednesday.", [("AGREE", "UKR", "USA")]),
    ("The ceasefire agreed by Israel and Hezbollah took effect on Wednesday.", [("AGREE", "GRP:hezbollah", "ISR")]),
    ("India and Pakistan have agreed to a truce, Donald Trump said.", [("AGREE", "IND", "PAK")]),
    ("The accord was signed by the Azerbaijani and Armenian foreign ministers in Washington.",
     [("AGREE", "ARM", "AZE")]),
    ("Saudi Arabia and Iraq signed 13 agreements on energy and trade.", [("AGREE", "IRQ", "SAU")]),
    xfail("A ceasefire between Thailand and Cambodia took effect on Monday.", [("AGREE", "KHM", "THA")],
          reason="a ceasefire taking effect implies an agreement; no reading for the bare noun"),
    # COOPERATE
    ("Troops from Kenya and Uganda are taking part in joint exercises in Tanzania.", [("COOPERATE", "KEN", "UGA")]),
    ("China and Russia began joint naval drills on Monday.", [("COOPERATE", "CHN", "RUS")]),
    ("Indian and French air forces will hold a joint exercise next month.", [("COOPERATE", "FRA", "IND")]),
    ("Greece and Cyprus cooperated on the rescue operation.", [("COOPERATE", "CYP", "GRC")]),
    ("Japan joined exercises led by the United States in the Pacific.", [("COOPERATE", "JPN", "USA")]),
    # CONCEDE
    ("Sweden met Turkey's demands on extraditions.", [("CONCEDE", "SWE", "TUR")]),
    ("Under pressure from Washington, Israel allowed fuel into Gaza.", [("CONCEDE", "ISR", "USA")]),
    ("Pakistan accepted the IMF's conditions for the loan.", [("CONCEDE", "PAK", "IMF")]),
    ("Serbia conceded to the European Union's demands on Kosovo.", [("CONCEDE", "SRB", "EU")]),
    ("Azerbaijan agreed to Russia's request to open the corridor.", [("CONCEDE", "AZE", "RUS")]),
    # CONSULT
    ("Vladimir Putin held telephone talks with Recep Tayyip Erdogan.", [("CONSULT", "RUS", "TUR")]),
    ("Sergei Lavrov and Wang Yi discussed Ukraine in a phone call on Friday.", [("CONSULT", "CHN", "RUS")]),
    ("The Egyptian and Qatari foreign ministers held a phone call.", [("CONSULT", "EGY", "QAT")]),
    ("Emmanuel Macron's call with Vladimir Putin lasted two hours.", [("CONSULT", "FRA", "RUS")]),
    ("Japan's foreign minister held a videoconference with his Australian counterpart.", [("CONSULT", "AUS", "JPN")]),
    ("Joe Biden and Xi Jinping talked for two hours by video.", [("CONSULT", "CHN", "USA")]),
    ("Xi Jinping received a phone call from Vladimir Putin on Monday.", [("CONSULT", "CHN", "RUS")]),
    xfail("Volodymyr Zelensky and Donald Trump spoke on Monday, the White House said.", [("CONSULT", "UKR", "USA")],
          reason="a bare 'spoke' may be in person (on a summit's sidelines); no reading without a phone word"),
]

NEGATIVE2 = [
    ("Ukraine received a visit from the German chancellor.", "AID"),
    ("India bought S-400 missiles from Russia.", "AID"),
    ("Germany received a million refugees from Syria.", "AID"),
    ("Poland received a request from Ukraine for tanks.", "AID"),
    ("Egypt and Ethiopia have yet to reach a deal.", "AGREE"),
    ("Iran hopes to sign a deal with the United States.", "AGREE"),
    ("The EU rejected Turkey's demands.", "CONCEDE"),
    ("Pakistan's concessions to the IMF were criticised at home.", "CONCEDE"),
    ("Iran called for a meeting with Saudi Arabia.", "CONSULT"),
    ("Japan made a call for restraint from China.", "CONSULT"),
    ("Saudi Arabia called on the international community to pressure Israel.", "REQUEST"),
    ("The Netherlands told reporters it would stay in the talks with Belgium.", "REQUEST"),
    ("Kenya's president extended an invitation to Uganda's president.", "AID"),
    ("France extended its sanctions on Russia by six months.", "AID"),
    ("Under pressure from its own parliament, Israel rejected the proposal.", "CONCEDE"),
    ("Lithuania received criticism from China over the office.", "SUPPORT"),
]


@pytest.mark.parametrize("text,expected", POSITIVE2, ids=positive_ids(POSITIVE2, "-r2"))
def test_positive_round2(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE2, ids=negative_ids(NEGATIVE2, "no2"))
def test_negative_round2(text, kind):
    check_negative(text, kind)


# third round: acts done by phone, debt relief, airlifts, ratified treaties, weight thrown behind
POSITIVE3 = [
    ("Vladimir Putin apologised to Ilham Aliyev by telephone in December.",
     [("CONSULT", "AZE", "RUS"), ("SUPPORT", "RUS", "AZE")]),
    ("Xi Jinping told Joe Biden in a video call that Taiwan was a red line.", [("CONSULT", "CHN", "USA")]),
    ("Emmanuel Macron congratulated Donald Trump by phone on Wednesday.",
     [("CONSULT", "FRA", "USA"), ("SUPPORT", "FRA", "USA")]),
    ("Recep Tayyip Erdogan discussed the war with Vladimir Putin over the phone.", [("CONSULT", "RUS", "TUR")]),
    ("The Japanese and Chinese leaders held a video conference on Friday.", [("CONSULT", "CHN", "JPN")]),
    ("Russia's parliament ratified the defence treaty with North Korea.", [("AGREE", "PRK", "RUS")]),
    ("Israel and Hamas declared a truce on Sunday.", [("AGREE", "GRP:hamas", "ISR")]),
    ("Egypt and Turkey resumed diplomatic relations in 2023.", [("AGREE", "EGY", "TUR")]),
    ("Greece and North Macedonia reached an understanding on the name dispute.", [("AGREE", "GRC", "MKD")]),
    ("Chad and Cameroon agreed a ceasefire along their border.", [("AGREE", "CMR", "TCD")]),
    ("China wrote off Zambia's debt.", [("AID", "CHN", "ZMB")]),
    ("The United States airlifted humanitarian supplies to Haiti.", [("AID", "USA", "HTI")]),
    ("Japan dispatched relief goods to Myanmar after the earthquake.", [("AID", "JPN", "MMR")]),
    ("Saudi Arabia transferred $500 million to Syria's central bank.", [("AID", "SAU", "SYR")]),
    ("Turkey sided with Azerbaijan in the dispute.", [("SUPPORT", "TUR", "AZE")]),
    ("France threw its weight behind Germany's proposal.", [("SUPPORT", "FRA", "DEU")]),
    ("Italy lent its support to Albania's bid.", [("SUPPORT", "ITA", "ALB")]),
    ("Greece welcomed North Macedonia's accession to NATO.", [("SUPPORT", "GRC", "MKD")]),
    ("Hungary gave its approval to Sweden's membership bid.", [("SUPPORT", "HUN", "SWE")]),
    ("Pakistan offered condolences to Turkey after the earthquake.", [("SUPPORT", "PAK", "TUR")]),
]

NEGATIVE3 = [
    ("The ministry told Reuters by phone that Kenya had no comment.", "CONSULT"),
    ("Russia watched the video of the attack in Kyiv.", "CONSULT"),
    ("Russia declared a ceasefire in Ukraine for Easter.", "AGREE"),
    ("Zambia's debt to China has grown since 2010.", "AID"),
    ("The United States flew troops to Poland.", "AID"),
    ("Sweden transferred the suspect to Turkey.", "AID"),
    ("Turkey took a side in the war between Armenia and Azerbaijan.", "SUPPORT"),
    ("Hungary's approval of Sweden's bid was still pending.", "SUPPORT"),
    ("The court cancelled the election in Romania.", "AID"),
]


@pytest.mark.parametrize("text,expected", POSITIVE3, ids=positive_ids(POSITIVE3, "-r3"))
def test_positive_round3(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE3, ids=negative_ids(NEGATIVE3, "no3"))
def test_negative_round3(text, kind):
    check_negative(text, kind)


def test_an_official_acts_for_the_body_served_when_the_article_was_written():
    text = "Mark Rutte said Russia must hand over the suspects."
    assert ("REQUEST", "NLD", "RUS") in event_pairs(text, "2022-11-17")  # Dutch prime minister then
    assert ("REQUEST", "NATO", "RUS") in event_pairs(text, "2025-01-10")  # NATO's secretary general now
