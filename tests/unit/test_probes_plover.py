"""Probe sentences for the PLOVER types: ordinary wire-service phrasings of our own, written
without looking at any article set, in varied shapes (active, passive, nominal, reported
speech, lists of actors, titles with names). Each positive states the (type, source, target)
events of its type that the sentence must give, and no other of that type; each negative
names a type the sentence must not give (as occurred or planned).

Conventions follow CAMEO2PLOVER as written in tests/data/unseen2/README.md and
unseen3/README.md: condemnations -> ACCUSE, demands and appeals -> REQUEST, vetoes and
refusals -> REJECT, demonstrations and boycotts -> PROTEST, praise, recognition, apology ->
SUPPORT, signed deals -> AGREE, force -> ASSAULT, arrests, seizures, border closures ->
COERCE, expulsions, recalls, sanctions, tariffs -> SANCTION, withdrawals, releases, lifted
sanctions -> RETREAT, calls -> CONSULT, threats -> THREATEN, massed troops, alerts, drills ->
MOBILIZE, aid and arms -> AID."""
from __future__ import annotations

import pytest

from eventgraph.models import EVENT_TYPES_PLOVER
from tests.nlp_helpers import events

REAL = ("occurred", "planned")


def got(text: str) -> set[tuple]:
    out = set()
    for e in events(text):
        if e.type in EVENT_TYPES_PLOVER and e.status in REAL:
            a, b = e.actor_pair()
            out.add((e.type, a, b))
    return out


def xfail(*args, reason: str):
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason=reason))


POSITIVE = [
    # ACCUSE
    ("Poland condemned Russia's drone incursion into its airspace on Wednesday.", [("ACCUSE", "POL", "RUS")]),
    ("Beijing was sharply criticised by Manila on Monday over the water cannon attack.", [("ACCUSE", "PHL", "CHN")]),
    ("Seoul denounced Pyongyang's latest missile launch as a grave provocation.", [("ACCUSE", "KOR", "PRK")]),
    ("South Africa issued a strong condemnation of Israel's strikes on Rafah.", [("ACCUSE", "ZAF", "ISR")]),
    ("Germany and France accused Belarus of using migrants as a weapon.",
     [("ACCUSE", "DEU", "BLR"), ("ACCUSE", "FRA", "BLR")]),
    ("Colombian President Gustavo Petro blamed Ecuador for the border incident.", [("ACCUSE", "COL", "ECU")]),
    ("Vietnam lodged a formal protest with China over the sinking of a fishing boat.", [("ACCUSE", "VNM", "CHN")]),
    ("Sergei Lavrov said Washington was responsible for the escalation.", [("ACCUSE", "RUS", "USA")]),
    ("Kenya's foreign ministry criticised Sudan's army for blocking aid convoys.", [("ACCUSE", "KEN", "SDN")]),
    xfail("Azerbaijan filed a lawsuit against Armenia at the International Court of Justice.", [("ACCUSE", "AZE", "ARM")],
          reason="no noun reading for 'lawsuit/case filed against X'"),
    ("Tehran slammed the new sanctions imposed by Canada as illegal.", [("ACCUSE", "IRN", "CAN")]),
    # REQUEST
    ("Ukraine called on Hungary to lift its veto on the aid package.", [("REQUEST", "UKR", "HUN")]),
    ("Japan demanded that China release the detained businessman.", [("REQUEST", "JPN", "CHN")]),
    ("Egypt urged Ethiopia to halt the filling of the dam.", [("REQUEST", "EGY", "ETH")]),
    ("Pakistani Foreign Minister Ishaq Dar said India must return to talks.", [("REQUEST", "PAK", "IND")]),
    ("Mexico asked the United States to extradite the former general.", [("REQUEST", "MEX", "USA")]),
    ("The African Union appealed to Rwanda and Congo to resume talks.",
     [("REQUEST", "AU", "RWA"), ("REQUEST", "AU", "COD")]),
    ("Guyana sought military assistance from Brazil after the incursion.", [("REQUEST", "GUY", "BRA")]),
    ("Kuwait pressed Iraq to hand over the remains of missing citizens.", [("REQUEST", "KWT", "IRQ")]),
    xfail("Moscow's demand that Kyiv withdraw from four regions was rejected by Ukrainian officials.",
     [("REQUEST", "RUS", "UKR")],
          reason="a bare possessed demand as a passive subject has no reporting verb"),
    xfail("Estonia called for the immediate release of its border guard detained by Russia.",
     [("REQUEST", "EST", "RUS")],
          reason="the detainer sits in a reduced relative under the released person"),
    # REJECT
    ("Russia vetoed a resolution drafted by the United States.", [("REJECT", "RUS", "USA")]),
    ("Venezuela rejected Guyana's proposal to take the dispute to court.", [("REJECT", "VEN", "GUY")]),
    ("Ethiopia turned down Egypt's offer of mediation.", [("REJECT", "ETH", "EGY")]),
    ("Israel refused Turkey's request to send aid ships to Gaza.", [("REJECT", "ISR", "TUR")]),
    ("The offer from Beijing was rejected by Taipei on Monday.", [("REJECT", "TWN", "CHN")]),
    ("Iran announced its rejection of the American ceasefire plan.", [("REJECT", "IRN", "USA")]),
    ("Kyiv declined Moscow's invitation to talks in Minsk.", [("REJECT", "UKR", "RUS")]),
    ("Serbia rejected demands from the European Union to impose sanctions on Russia.",
     [("REJECT", "SRB", "EU")]),
    ("Hungary blocked Ukraine's bid to open accession talks.", [("REJECT", "HUN", "UKR")]),
    # THREATEN
    ("North Korea threatened to retaliate against South Korea over the leaflet launches.",
     [("THREATEN", "PRK", "KOR")]),
    ("China warned Japan of consequences if it interfered in Taiwan.", [("THREATEN", "CHN", "JPN")]),
    ("Turkey threatened Sweden with blocking its membership bid.", [("THREATEN", "TUR", "SWE")]),
    ("Washington threatened new tariffs on Mexican goods.", [("THREATEN", "USA", "MEX")]),
    ("Iran issued a stern warning to Israel against any attack on its nuclear sites.", [("THREATEN", "IRN", "ISR")]),
    ("Russia gave Ukraine an ultimatum to withdraw from the four regions.", [("THREATEN", "RUS", "UKR")]),
    ("Azerbaijan warned Armenia that it would respond decisively to any provocation.", [("THREATEN", "AZE", "ARM")]),
    ("Greece threatened to veto Turkey's accession talks.", [("THREATEN", "GRC", "TUR")]),
    xfail("Beijing vowed to take resolute countermeasures against Washington.", [("THREATEN", "CHN", "USA")],
          reason="retaliation nouns under 'take' are not read as the vowed act"),
    # PROTEST
    ("Thousands of Armenians protested outside the Russian embassy in Yerevan.", [("PROTEST", "ARM", "RUS")]),
    ("Pakistani demonstrators rallied outside the French embassy in Islamabad.", [("PROTEST", "PAK", "FRA")]),
    ("Lithuania boycotted the summit hosted by China.", [("PROTEST", "LTU", "CHN")]),
    ("Canada announced a boycott of Russian goods.", [("PROTEST", "CAN", "RUS")]),
    ("Moroccan fans staged a protest outside the Algerian consulate in Oujda.", [("PROTEST", "MAR", "DZA")]),
    ("Hundreds of Ukrainians demonstrated in Warsaw against Russia's invasion.", [("PROTEST", "UKR", "RUS")]),
    # SANCTION
    ("The European Union imposed sanctions on twelve Iranian officials.", [("SANCTION", "EU", "IRN")]),
    ("Canada expelled four Indian diplomats on Monday.", [("SANCTION", "CAN", "IND")]),
    ("Niger recalled its ambassador to Benin.", [("SANCTION", "NER", "BEN")]),
    ("Bolivia broke off diplomatic relations with Israel.", [("SANCTION", "BOL", "ISR")]),
    ("Washington slapped 25 percent tariffs on Canadian steel.", [("SANCTION", "USA", "CAN")]),
    ("Russian banks were sanctioned by the United Kingdom on Thursday.", [("SANCTION", "GBR", "RUS")]),
    ("China banned imports of Japanese seafood.", [("SANCTION", "CHN", "JPN")]),
    ("Mali ordered the French ambassador to leave within 72 hours.", [("SANCTION", "MLI", "FRA")]),
    ("Australia announced new sanctions against Russian individuals.", [("SANCTION", "AUS", "RUS")]),
    # AGREE
    ("Thailand and Cambodia agreed to a ceasefire on Monday.", [("AGREE", "KHM", "THA")]),
    ("India signed a defence pact with the Philippines.", [("AGREE", "IND", "PHL")]),
    ("A trade deal was signed by Australia and the United Kingdom on Friday.", [("AGREE", "AUS", "GBR")]),
    ("Japan, South Korea and the United States reached an agreement on sharing missile data.",
     [("AGREE", "JPN", "KOR"), ("AGREE", "JPN", "USA"), ("AGREE", "KOR", "USA")]),
    ("Armenia and Azerbaijan initialled a peace treaty in Washington.", [("AGREE", "ARM", "AZE")]),
    ("Saudi Arabia and Iran agreed to restore diplomatic relations.", [("AGREE", "IRN", "SAU")]),
    ("Egypt struck a gas deal with Israel worth $35 billion.", [("AGREE", "EGY", "ISR")]),
    ("Russia and North Korea concluded a mutual defence treaty.", [("AGREE", "PRK", "RUS")]),
    # SUPPORT
    ("France praised Morocco's autonomy plan for Western Sahara.", [("SUPPORT", "FRA", "MAR")]),
    ("Spain formally recognised the State of Palestine on Tuesday.", [("SUPPORT", "ESP", "PSE")]),
    ("Germany voiced support for Ukraine's bid to join the EU.", [("SUPPORT", "DEU", "UKR")]),
    ("The Dutch prime minister apologised to Indonesia for the colonial-era violence.", [("SUPPORT", "NLD", "IDN")]),
    ("China welcomed Pakistan's decision to join the initiative.", [("SUPPORT", "CHN", "PAK")]),
    ("Kenya endorsed Somalia's bid for a Security Council seat.", [("SUPPORT", "KEN", "SOM")]),
    ("Ukraine thanked Denmark for the F-16 jets.", [("SUPPORT", "UKR", "DNK")]),
    ("Qatar congratulated Indonesia's president-elect on his victory.", [("SUPPORT", "QAT", "IDN")]),
    ("Brazil expressed solidarity with Chile after the wildfires.", [("SUPPORT", "BRA", "CHL")]),
    ("Morocco's autonomy plan was endorsed by Germany on Monday.", [("SUPPORT", "DEU", "MAR")]),
    # COOPERATE
    ("Chinese and Russian warships held joint drills in the Sea of Japan.", [("COOPERATE", "CHN", "RUS")]),
    ("Indonesia and Australia conducted joint military exercises off Darwin.", [("COOPERATE", "AUS", "IDN")]),
    ("British instructors trained Ukrainian soldiers in Scotland.", [("COOPERATE", "GBR", "UKR")]),
    ("Japan and the Philippines stepped up cooperation on maritime security.", [("COOPERATE", "JPN", "PHL")]),
    ("Kenya shared intelligence with Somalia about the attack.", [("COOPERATE", "KEN", "SOM")]),
    xfail("Egypt worked with Qatar to broker the truce.", [("COOPERATE", "EGY", "QAT")],
          reason="'work with' is too common to list without a sense check"),
    # AID
    ("Germany sent air-defence systems to Ukraine.", [("AID", "DEU", "UKR")]),
    ("China lent Sri Lanka $2 billion.", [("AID", "CHN", "LKA")]),
    ("The United Arab Emirates delivered food aid to Sudan.", [("AID", "ARE", "SDN")]),
    ("Iran supplied drones to Russia.", [("AID", "IRN", "RUS")]),
    ("Humanitarian assistance was provided by Turkey to Syria after the earthquake.", [("AID", "TUR", "SYR")]),
    xfail("India shipped wheat to Afghanistan.", [("AID", "IND", "AFG")],
          reason="commodities (wheat) are trade as often as aid"),
    ("France provided Lebanon with humanitarian aid.", [("AID", "FRA", "LBN")]),
    xfail("Washington approved a $2 billion arms package for Taiwan.", [("AID", "USA", "TWN")],
          reason="approving a sale is not yet delivering it; no reading"),
    # CONSULT
    ("Xi Jinping spoke with Joe Biden by phone on Thursday.", [("CONSULT", "CHN", "USA")]),
    ("Emmanuel Macron phoned Vladimir Putin on Friday.", [("CONSULT", "FRA", "RUS")]),
    ("The leaders of Japan and South Korea held a phone call on Tuesday.", [("CONSULT", "JPN", "KOR")]),
    ("Volodymyr Zelensky had a telephone conversation with Turkish President Recep Tayyip Erdogan.",
     [("CONSULT", "TUR", "UKR")]),
    ("Indian Prime Minister Narendra Modi called Vladimir Putin on Monday.", [("CONSULT", "IND", "RUS")]),
    ("Saudi Crown Prince Mohammed bin Salman held a video call with Chinese President Xi Jinping.",
     [("CONSULT", "CHN", "SAU")]),
    # ASSAULT
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", [("ASSAULT", "ISR", "GRP:hezbollah")]),
    ("Russia launched a massive missile attack on Kyiv overnight.", [("ASSAULT", "RUS", "UKR")]),
    ("Pakistani forces carried out air strikes inside Afghanistan.", [("ASSAULT", "PAK", "AFG")]),
    ("Ukrainian drones hit an oil refinery in Russia's Ryazan region.", [("ASSAULT", "UKR", "RUS")]),
    ("Iran fired ballistic missiles at Israel on Tuesday.", [("ASSAULT", "IRN", "ISR")]),
    ("An Indian army post was shelled by Pakistani troops.", [("ASSAULT", "PAK", "IND")]),
    ("Turkey bombed Kurdish militant targets in northern Iraq.", [("ASSAULT", "TUR", "IRQ")]),
    # COERCE
    ("Iranian forces seized a British-flagged tanker in the Strait of Hormuz.", [("COERCE", "IRN", "GBR")]),
    ("Russia arrested an American journalist in Yekaterinburg.", [("COERCE", "RUS", "USA")]),
    ("Venezuela closed its border with Colombia on Sunday.", [("COERCE", "VEN", "COL")]),
    ("Two Estonian border guards were detained by Russian security forces.", [("COERCE", "RUS", "EST")]),
    xfail("Algeria deported hundreds of Nigerien migrants.", [("COERCE", "DZA", "NER")],
          reason="the demonym under 'hundreds of' is not read as the owner"),
    ("Israel's navy intercepted a Turkish aid flotilla bound for Gaza.", [("COERCE", "ISR", "TUR")]),
    # CONCEDE
    ("Sweden bowed to Turkish demands and lifted its arms embargo.", [("CONCEDE", "SWE", "TUR")]),
    ("Kenya agreed to Ethiopia's demands for port access.", [("CONCEDE", "KEN", "ETH")]),
    ("Mali accepted the demand from ECOWAS for early elections.", [("CONCEDE", "MLI", "ECOWAS")]),
    ("Pakistan gave in to China's demand for tighter security.", [("CONCEDE", "PAK", "CHN")]),
    ("Serbia complied with the European Union's demand to align its visa policy.", [("CONCEDE", "SRB", "EU")]),
    # RETREAT
    ("France pulled its troops out of Niger.", [("RETREAT", "FRA", "NER")]),
    ("The United States lifted sanctions on Syria.", [("RETREAT", "USA", "SYR")]),
    ("Belarus released three Lithuanian citizens.", [("RETREAT", "BLR", "LTU")]),
    ("Israeli forces withdrew from southern Lebanon.", [("RETREAT", "ISR", "LBN")]),
    ("Iran freed two French nationals held since 2022.", [("RETREAT", "IRN", "FRA")]),
    ("China eased its restrictions on Australian wine.", [("RETREAT", "CHN", "AUS")]),
    ("American troops left Afghanistan in August 2021.", [("RETREAT", "USA", "AFG")]),
    ("Russia returned 95 Ukrainian prisoners of war.", [("RETREAT", "RUS", "UKR")]),
    # MOBILIZE
    ("Russia massed troops near the Ukrainian border.", [("MOBILIZE", "RUS", "UKR")]),
    ("Venezuela put its troops on alert along the border with Guyana.", [("MOBILIZE", "VEN", "GUY")]),
    ("China held large-scale military drills around Taiwan.", [("MOBILIZE", "CHN", "TWN")]),
    xfail("Armenia mobilised reservists near its border with Azerbaijan.", [("MOBILIZE", "ARM", "AZE")],
          reason="'near' attaches to the object; the 'near' target does not look under it"),
    ("Egypt built up forces near the Libyan frontier.", [("MOBILIZE", "EGY", "LBY")]),
    ("Chinese warships massed off the coast of the Philippines.", [("MOBILIZE", "CHN", "PHL")]),
    # second round: context pairs, conditions, crowds, resolutions
    ("Fighting broke out between Peru and Ecuador on Monday. The United Nations urged both sides to show restraint.",
     [("REQUEST", "UN", "PER"), ("REQUEST", "UN", "ECU")]),
    xfail("Clashes erupted on the border between Armenia and Azerbaijan. Brazil called on both countries to return to talks.",
     [("REQUEST", "BRA", "ARM"), ("REQUEST", "BRA", "AZE")],
          reason="coref.py: 'both countries' under 'on' counts the clause subject as one of the pair"),
    ("Libya formally asked Turkey for military support in December.", [("REQUEST", "LBY", "TUR")]),
    ("Iraq demanded an explanation from Turkey for the drone strike.", [("REQUEST", "IRQ", "TUR")]),
    ("Moscow has repeatedly demanded that NATO halt its expansion.", [("REQUEST", "RUS", "NATO")]),
    ("Thousands of people rallied in Bamako to demand the departure of French troops.", [("PROTEST", "MLI", "FRA")]),
    ("The United States vetoed a draft resolution that would have imposed sanctions on Israel.",
     [("REJECT", "USA", "ISR")]),
    ("Ankara has refused to approve Sweden's membership bid.", [("REJECT", "TUR", "SWE")]),
    ("Spain rejected Morocco's request to extradite the activist.", [("REJECT", "ESP", "MAR")]),
    ("Beijing warned of a firm response if Manila continued its patrols.", [("THREATEN", "CHN", "PHL")]),
    ("President Donald Trump warned Colombia that it would face tariffs.", [("THREATEN", "USA", "COL")]),
    ("Serbia and Kosovo traded accusations on Friday. Germany warned both governments that aid could be frozen.",
     [("THREATEN", "DEU", "SRB"), ("THREATEN", "DEU", "XKX")]),
    xfail("Chancellor Olaf Scholz said the attack would have serious consequences for Iran.", [("THREATEN", "DEU", "IRN")],
          reason="'consequences for X' in reported speech has no noun reading"),
    ("Japan said it strongly supported South Korea's bid to host the summit.", [("SUPPORT", "JPN", "KOR")]),
    ("Poland's president welcomed the decision by Germany to send tanks.", [("SUPPORT", "POL", "DEU")]),
    ("North Korea fired artillery shells toward South Korean islands on Friday.", [("ASSAULT", "PRK", "KOR")]),
]

NEGATIVE = [
    ("India declined to condemn Moscow's annexation of the regions.", "ACCUSE"),
    ("It was unclear whether Brazil would criticise Venezuela's election.", "ACCUSE"),
    ("Condemnation of the war has been widespread since 2022.", "ACCUSE"),
    ("Russia rejected accusations that it had sabotaged the cable.", "REJECT"),
    ("China dismissed the claims as groundless.", "REJECT"),
    ("Brazil has not rejected Argentina's offer.", "REJECT"),
    ("Nigeria did not ask Ghana for help.", "REQUEST"),
    ("The demands of the protesters in Nairobi were unclear.", "REQUEST"),
    ("Spain said it must protect its fishermen.", "REQUEST"),
    ("Turkey said the talks with Greece were constructive.", "REQUEST"),
    ("The weather service warned of flooding in Bangladesh.", "THREATEN"),
    ("Analysts warned that Egypt's economy could slow.", "THREATEN"),
    ("Japan lodged a protest with China over the incursion.", "PROTEST"),
    ("Ministers discussed sanctions on Iran at the meeting in Brussels.", "SANCTION"),
    ("Japan is considering sanctions against North Korea.", "SANCTION"),
    ("Germany has no plans to expel Russian diplomats.", "SANCTION"),
    ("Talks between Serbia and Kosovo ended without an agreement.", "AGREE"),
    ("Turkey's support for Azerbaijan has been steady for decades.", "SUPPORT"),
    ("Poland did not recognise the election of Alexander Lukashenko.", "SUPPORT"),
    ("Cooperation between Moscow and Pyongyang worries Seoul.", "COOPERATE"),
    ("Greece refused to cooperate with Turkey.", "COOPERATE"),
    ("Hungary blocked EU aid to Ukraine.", "AID"),
    ("Donors discussed aid for Gaza in Cairo.", "AID"),
    ("Emmanuel Macron called Vladimir Putin's remarks unacceptable.", "CONSULT"),
    ("Joe Biden met Xi Jinping in California.", "CONSULT"),
    ("Since the invasion of Ukraine in 2022, prices have risen in Europe.", "ASSAULT"),
    ("Israel has not struck Iran's oil facilities.", "ASSAULT"),
    ("Analysts said China could attack Taiwan by 2027.", "ASSAULT"),
    ("The border between Chile and Peru remained open.", "COERCE"),
    ("Moscow denied detaining the Estonian officer.", "COERCE"),
    ("Greece refused to give in to Turkish demands.", "CONCEDE"),
    ("Washington has no plans to lift sanctions on Cuba.", "RETREAT"),
    ("Kyiv urged Moscow to withdraw its forces from Zaporizhzhia.", "RETREAT"),
    ("American troops have been stationed in Poland since 2017.", "RETREAT"),
    ("Drills held since 2015 have become routine in Norway.", "MOBILIZE"),
    ("Indonesia appealed for international help after the tsunami.", "REQUEST"),
    ("Hundreds of protesters in Lima demanded the president's resignation.", "REQUEST"),
    ("Hungary's foreign minister protested to Ukraine over the language law.", "PROTEST"),
    ("Mexican President Claudia Sheinbaum called Joe Biden on Monday.", "REQUEST"),
    ("The army rallied its troops in Kharkiv before the offensive.", "PROTEST"),
]


def _values(row):
    return row.values if hasattr(row, "values") else row


@pytest.mark.parametrize("text,expected", POSITIVE,
                         ids=[f"{_values(row)[1][0][0]}-{i}" for i, row in enumerate(POSITIVE)])
def test_positive(text, expected):
    types = {e[0] for e in expected}
    found = {g for g in got(text) if g[0] in types}
    want = {(t, *sorted((s, o))) if t in ("AGREE", "COOPERATE", "CONSULT") else (t, s, o) for t, s, o in expected}
    assert found == want, text


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=[f"no-{k}-{i}" for i, (_, k) in enumerate(NEGATIVE)])
def test_negative(text, kind):
    assert not any(g[0] == kind for g in got(text)), text


# third round: 150 more probes of our own, weighted to the types most frequent in news
POSITIVE3 = [
    # ACCUSE
    ("Ukraine said Russia had violated the ceasefire more than 200 times.", [("ACCUSE", "UKR", "RUS")]),
    ("China called the Philippines' move a serious provocation.", [("ACCUSE", "CHN", "PHL")]),
    ("In a statement, Egypt condemned Israel's seizure of the Rafah crossing.", [("ACCUSE", "EGY", "ISR")]),
    ("Iran accused the United States of backing the rioters.", [("ACCUSE", "IRN", "USA")]),
    ("Ethiopia's government accused Eritrea of arming rebels in Tigray.", [("ACCUSE", "ETH", "ERI")]),
    ("Pakistan blamed India for the bombing in Quetta.", [("ACCUSE", "PAK", "IND")]),
    ("Venezuela's foreign ministry condemned the sanctions announced by Washington.", [("ACCUSE", "VEN", "USA")]),
    ("Azerbaijan's president accused France of stoking tensions in the Caucasus.", [("ACCUSE", "AZE", "FRA")]),
    ("Serbia was accused by Kosovo of massing troops on the border.", [("ACCUSE", "XKX", "SRB")]),
    ("Lithuania criticised China for pressuring its exporters.", [("ACCUSE", "LTU", "CHN")]),
    ("The Arab League condemned the Israeli raid on the Jenin camp.", [("ACCUSE", "ARABLEAGUE", "ISR")]),
    ("Saudi Arabia strongly condemned the Houthi attack on its oil facilities.", [("ACCUSE", "SAU", "GRP:houthis")]),
    ("Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.", [("ACCUSE", "RUS", "UKR")]),
    ("Sudan's army accused the United Arab Emirates of supplying weapons to the Rapid Support Forces.",
     [("ACCUSE", "SDN", "ARE")]),
    xfail("Dmitry Peskov said Britain was directly involved in the attack.", [("ACCUSE", "RUS", "GBR")],
          reason="'involved in' has no blame reading (it is neutral in 'involved in the talks')"),
    ("Poland and Lithuania condemned Belarus for the airspace violation.",
     [("ACCUSE", "POL", "BLR"), ("ACCUSE", "LTU", "BLR")]),
    ("Beijing slammed Tokyo's decision to release treated water into the sea.", [("ACCUSE", "CHN", "JPN")]),
    ("Hungary's foreign minister criticised Ukraine over its treatment of ethnic Hungarians.",
     [("ACCUSE", "HUN", "UKR")]),
    ("Rwanda denounced Congo's decision to expel its ambassador.", [("ACCUSE", "RWA", "COD")]),
    ("The Philippines accused Chinese coast guard vessels of dangerous manoeuvres.", [("ACCUSE", "PHL", "CHN")]),
    ("Syria's government condemned the Turkish incursion as a violation of its sovereignty.",
     [("ACCUSE", "SYR", "TUR")]),
    ("Colombia charged that Venezuela was sheltering guerrilla commanders.", [("ACCUSE", "COL", "VEN")]),
    ("Israel's ambassador to the UN accused Iran of funding Hamas.", [("ACCUSE", "ISR", "IRN")]),
    ("Algeria accused Morocco of hostile acts and cut diplomatic ties.", [("ACCUSE", "DZA", "MAR")]),
    ("Maria Zakharova condemned the seizure of Russian assets by the European Union.", [("ACCUSE", "RUS", "EU")]),
    # REQUEST
    ("Germany urged Serbia to de-escalate the situation in northern Kosovo.", [("REQUEST", "DEU", "SRB")]),
    ("Qatar called on Israel to allow aid into Gaza.", [("REQUEST", "QAT", "ISR")]),
    ("India demanded that Canada withdraw dozens of its diplomats.", [("REQUEST", "IND", "CAN")]),
    ("The European Union urged Georgia to drop the foreign agents law.", [("REQUEST", "EU", "GEO")]),
    ("Nigeria asked Niger's junta to release President Mohamed Bazoum.", [("REQUEST", "NGA", "NER")]),
    ("Taiwan appealed to the United States for faster weapons deliveries.", [("REQUEST", "TWN", "USA")]),
    ("Ukraine's foreign minister urged Germany to supply Taurus missiles.", [("REQUEST", "UKR", "DEU")]),
    ("Armenia requested that Russia send peacekeepers to the border.", [("REQUEST", "ARM", "RUS")]),
    ("Lebanon called on France and the United States to press Israel to halt its strikes.",
     [("REQUEST", "LBN", "FRA"), ("REQUEST", "LBN", "USA")]),
    xfail("Canada formally requested the extradition of the suspects from India.", [("REQUEST", "CAN", "IND")],
          reason="the holder sits two prepositions down ('of the suspects from X'); 'of' alone would name the captives' state"),
    ("Antony Blinken pressed China to rein in North Korea.", [("REQUEST", "USA", "CHN")]),
    ("Iraq asked Turkey to withdraw its troops from its territory.", [("REQUEST", "IRQ", "TUR")]),
    ("Somalia demanded an apology from Ethiopia over the port deal.", [("REQUEST", "SOM", "ETH")]),
    ("Poland urged Germany to pay war reparations.", [("REQUEST", "POL", "DEU")]),
    ("Britain called on Iran to free the detained British nationals.", [("REQUEST", "GBR", "IRN")]),
    xfail("Kosovo's request for Germany to mediate was welcomed by Berlin.", [("REQUEST", "XKX", "DEU")],
          reason="the parser breaks 'request for X to act' as a subject noun phrase"),
    ("Mexico urged the United States not to deport migrants to its territory.", [("REQUEST", "MEX", "USA")]),
    ("Jordan asked Israel to stop the settler attacks in the West Bank.", [("REQUEST", "JOR", "ISR")]),
    ("South Korea demanded that Japan apologise for wartime forced labour.", [("REQUEST", "KOR", "JPN")]),
    ("Greece requested the return of the Parthenon marbles from Britain.", [("REQUEST", "GRC", "GBR")]),
    # AGREE
    xfail("Both sides agreed to resume direct flights, China and India said on Monday.", [("AGREE", "CHN", "IND")],
          reason="'both sides' is resolved only from a previous sentence, not from the trailing speakers"),
    ("Israel and Hamas agreed to a ceasefire deal brokered by Qatar and Egypt.", [("AGREE", "ISR", "GRP:hamas")]),
    ("Russia and Ukraine signed a deal allowing grain exports through the Black Sea.", [("AGREE", "RUS", "UKR")]),
    ("Vietnam and the United States signed a comprehensive strategic partnership.", [("AGREE", "USA", "VNM")]),
    xfail("A deal between Turkey and Sweden cleared the way for NATO enlargement.", [("AGREE", "SWE", "TUR")],
          reason="a subject 'deal between X and Y' may be hypothetical or under negotiation; no reading without a signing verb"),
    ("Britain and Mauritius reached an agreement on the future of the Chagos Islands.", [("AGREE", "GBR", "MUS")]),
    xfail("The two countries signed a memorandum of understanding on energy cooperation, Nigeria and Morocco said.",
     [("AGREE", "MAR", "NGA")],
          reason="'the two countries' resolves backwards only"),
    ("Egypt and Sudan agreed on a joint position on the dam.", [("AGREE", "EGY", "SDN")]),
    ("Serbia and Kosovo agreed to implement the EU-backed plan.", [("AGREE", "SRB", "XKX")]),
    ("Pakistan secured a loan agreement with the International Monetary Fund.", [("AGREE", "IMF", "PAK")]),
    ("Colombia and Venezuela signed an agreement to reopen the border crossing.", [("AGREE", "COL", "VEN")]),
    ("India and the United Arab Emirates signed a free trade agreement in February.", [("AGREE", "ARE", "IND")]),
    ("Japan and Australia concluded a reciprocal access agreement.", [("AGREE", "AUS", "JPN")]),
    ("Ethiopia and Somalia agreed to work together under a deal brokered by Turkey.", [("AGREE", "ETH", "SOM")]),
    ("The accord signed by Qatar and the United States ended the dispute.", [("AGREE", "QAT", "USA")]),
    # SANCTION
    ("The United States imposed fresh sanctions on Venezuelan officials.", [("SANCTION", "USA", "VEN")]),
    ("Britain sanctioned six Israeli settlers on Thursday.", [("SANCTION", "GBR", "ISR")]),
    ("Russia expelled two Estonian diplomats in a tit-for-tat move.", [("SANCTION", "RUS", "EST")]),
    ("Switzerland froze assets belonging to Russian oligarchs.", [("SANCTION", "CHE", "RUS")]),
    ("China imposed anti-dumping duties on Australian barley.", [("SANCTION", "CHN", "AUS")]),
    ("Japan tightened export controls on chipmaking equipment to China.", [("SANCTION", "JPN", "CHN")]),
    ("Canada suspended its free trade talks with India.", [("SANCTION", "CAN", "IND")]),
    ("The European Union adopted a new package of sanctions against Belarus.", [("SANCTION", "EU", "BLR")]),
    ("Four Chinese firms were blacklisted by the US Commerce Department.", [("SANCTION", "USA", "CHN")]),
    ("Burkina Faso expelled three French diplomats accused of subversive activities.", [("SANCTION", "BFA", "FRA")]),
    ("Israel recalled its ambassador from Chile for consultations.", [("SANCTION", "ISR", "CHL")]),
    ("Turkey halted all trade with Israel.", [("SANCTION", "TUR", "ISR")]),
    ("Washington added Chinese drone maker DJI to its trade blacklist.", [("SANCTION", "USA", "CHN")]),
    ("Ukraine imposed sanctions on Iranian drone manufacturers.", [("SANCTION", "UKR", "IRN")]),
    ("India suspended visa services for Canadian citizens.", [("SANCTION", "IND", "CAN")]),
    # SUPPORT
    ("Spain backed Morocco's plan for Western Sahara.", [("SUPPORT", "ESP", "MAR")]),
    ("Turkey reaffirmed its support for Azerbaijan's territorial integrity.", [("SUPPORT", "TUR", "AZE")]),
    ("Joe Biden praised Israel for its restraint.", [("SUPPORT", "USA", "ISR")]),
    ("India welcomed the agreement between Armenia and Azerbaijan.", [("SUPPORT", "IND", "ARM"), ("SUPPORT", "IND", "AZE")]),
    ("Ireland, Norway and Spain recognised a Palestinian state on Tuesday.",
     [("SUPPORT", "IRL", "PSE"), ("SUPPORT", "NOR", "PSE"), ("SUPPORT", "ESP", "PSE")]),
    ("Germany's chancellor expressed solidarity with Israel after the attack.", [("SUPPORT", "DEU", "ISR")]),
    ("Brazil voiced support for Argentina's claim to the Falklands.", [("SUPPORT", "BRA", "ARG")]),
    ("The African Union praised Kenya's mediation efforts in Sudan.", [("SUPPORT", "AU", "KEN")]),
    ("Narendra Modi congratulated Donald Trump on his election victory.", [("SUPPORT", "IND", "USA")]),
    ("Japan apologised to South Korea for the remarks of a senior official.", [("SUPPORT", "JPN", "KOR")]),
    ("Russia said it fully supported China's position on Taiwan.", [("SUPPORT", "RUS", "CHN")]),
    ("The United States commended Saudi Arabia for hosting the talks.", [("SUPPORT", "USA", "SAU")]),
    ("Pakistan's support for the Taliban government was reaffirmed by its prime minister.",
     [("SUPPORT", "PAK", "GRP:taliban")]),
    ("Emmanuel Macron hailed Poland as a key ally.", [("SUPPORT", "FRA", "POL")]),
    ("Italy endorsed Albania's bid to join the European Union.", [("SUPPORT", "ITA", "ALB")]),
    # REJECT
    ("Israel rejected the ceasefire proposal put forward by Egypt.", [("REJECT", "ISR", "EGY")]),
    xfail("China refused to condemn Russia's invasion and rejected Ukraine's peace formula.", [("REJECT", "CHN", "UKR")],
          reason="status.py spreads the refusal over the coordinated verb"),
    ("The Taliban rejected Pakistan's demand to hand over militants.", [("REJECT", "GRP:taliban", "PAK")]),
    ("Ukraine dismissed Russia's offer of a truce as a trick.", [("REJECT", "UKR", "RUS")]),
    ("Slovakia vetoed the EU's plan to fund weapons for Ukraine.", [("REJECT", "SVK", "EU")]),
    ("Kosovo refused the European Union's request to suspend the police operation.", [("REJECT", "XKX", "EU")]),
    ("Britain turned down Argentina's call for talks on the Falklands.", [("REJECT", "GBR", "ARG")]),
    ("Mali's junta rejected the ECOWAS ultimatum.", [("REJECT", "MLI", "ECOWAS")]),
    ("Tehran rebuffed Washington's offer of direct negotiations.", [("REJECT", "IRN", "USA")]),
    ("China blocked India's bid to list the militant leader at the UN.", [("REJECT", "CHN", "IND")]),
    ("Russia's proposal for a referendum was rejected by Moldova.", [("REJECT", "MDA", "RUS")]),
    ("Denmark refused the American offer to buy Greenland.", [("REJECT", "DNK", "USA")]),
    # THREATEN
    ("Russia threatened to cut gas supplies to Moldova.", [("THREATEN", "RUS", "MDA")]),
    ("Donald Trump threatened to impose tariffs on Canada and Mexico.",
     [("THREATEN", "USA", "CAN"), ("THREATEN", "USA", "MEX")]),
    ("Iran warned the United States against any attack on its territory.", [("THREATEN", "IRN", "USA")]),
    ("North Korea threatened Japan with a nuclear strike.", [("THREATEN", "PRK", "JPN")]),
    ("Turkey warned Greece that it would pay a heavy price.", [("THREATEN", "TUR", "GRC")]),
    ("China threatened to retaliate against the Netherlands over the chip export ban.", [("THREATEN", "CHN", "NLD")]),
    ("The Houthis warned Saudi Arabia of new attacks if the blockade continued.",
     [("THREATEN", "GRP:houthis", "SAU")]),
    ("Vladimir Putin warned NATO that sending troops to Ukraine would lead to war.", [("THREATEN", "RUS", "NATO")]),
    ("Israel threatened a full-scale offensive against Hezbollah.", [("THREATEN", "ISR", "GRP:hezbollah")]),
    ("Ethiopia warned Egypt against interfering in its internal affairs.", [("THREATEN", "ETH", "EGY")]),
    ("Washington threatened to cut military aid to Colombia.", [("THREATEN", "USA", "COL")]),
    ("Venezuela threatened Guyana with military action over the Essequibo region.", [("THREATEN", "VEN", "GUY")]),
    # ASSAULT
    ("Russian forces shelled the Ukrainian city of Kharkiv on Sunday.", [("ASSAULT", "RUS", "UKR")]),
    ("Israel carried out air strikes on Iranian military sites.", [("ASSAULT", "ISR", "IRN")]),
    ("The Houthis attacked a Greek-owned tanker in the Red Sea.", [("ASSAULT", "GRP:houthis", "GRC")]),
    ("Pakistani troops opened fire on Afghan border posts.", [("ASSAULT", "PAK", "AFG")]),
    ("Azerbaijani forces launched an offensive against Armenian positions.", [("ASSAULT", "AZE", "ARM")]),
    ("Iran launched drones and missiles at Israel overnight.", [("ASSAULT", "IRN", "ISR")]),
    ("A Ukrainian drone struck an airbase deep inside Russia.", [("ASSAULT", "UKR", "RUS")]),
    ("The United States bombed Houthi targets in Yemen.", [("ASSAULT", "USA", "GRP:houthis")]),
    ("Indian forces struck militant camps in Pakistan.", [("ASSAULT", "IND", "PAK")]),
    ("Thai jets bombed Cambodian military positions along the border.", [("ASSAULT", "THA", "KHM")]),
    # COOPERATE
    ("Russian and Chinese bombers conducted a joint patrol near Alaska.", [("COOPERATE", "CHN", "RUS")]),
    ("The United States and the Philippines held joint naval exercises in the South China Sea.",
     [("COOPERATE", "PHL", "USA")]),
    ("Turkey and Iraq agreed to cooperate against the PKK.", [("AGREE", "IRQ", "TUR")]),
    ("France and Britain carried out joint patrols in the Channel.", [("COOPERATE", "FRA", "GBR")]),
    ("Egypt and Saudi Arabia held joint air force drills.", [("COOPERATE", "EGY", "SAU")]),
    # AID
    ("Japan provided $500 million in aid to Ukraine.", [("AID", "JPN", "UKR")]),
    xfail("Saudi Arabia deposited $3 billion in Pakistan's central bank.", [("AID", "SAU", "PAK")],
          reason="a deposit in a central bank is aid only by world knowledge"),
    ("The United States delivered Patriot missiles to Poland.", [("AID", "USA", "POL")]),
    ("Turkey sent humanitarian aid to Gaza by ship.", [("AID", "TUR", "PSE")]),
    ("Russia supplied wheat and fuel to North Korea as aid.", [("AID", "RUS", "PRK")]),
    # CONSULT
    ("Recep Tayyip Erdoğan held a phone call with Vladimir Putin on Sunday.", [("CONSULT", "RUS", "TUR")]),
    ("Antony Blinken spoke by phone with Wang Yi.", [("CONSULT", "CHN", "USA")]),
    ("Keir Starmer called Volodymyr Zelensky on Wednesday.", [("CONSULT", "GBR", "UKR")]),
    ("Olaf Scholz had a phone conversation with Xi Jinping.", [("CONSULT", "CHN", "DEU")]),
    ("The foreign ministers of India and China spoke by telephone.", [("CONSULT", "CHN", "IND")]),
    # COERCE
    ("Russia detained a French researcher in Moscow.", [("COERCE", "RUS", "FRA")]),
    ("Chinese coast guard ships blocked a Philippine resupply mission.", [("COERCE", "CHN", "PHL")]),
    ("Iran seized a Greek oil tanker in the Gulf of Oman.", [("COERCE", "IRN", "GRC")]),
    ("Pakistan closed its border crossings with Afghanistan.", [("COERCE", "PAK", "AFG")]),
    ("An American citizen was arrested by Venezuelan authorities.", [("COERCE", "VEN", "USA")]),
    # CONCEDE
    xfail("Hungary dropped its objections to Sweden's NATO membership.", [("CONCEDE", "HUN", "SWE")],
          reason="the bloc of a membership bid is read as a second target"),
    ("Ukraine agreed to the United States' demand for a 30-day ceasefire.", [("CONCEDE", "UKR", "USA")]),
    ("Georgia bowed to pressure from the European Union and withdrew the bill.", [("CONCEDE", "GEO", "EU")]),
    ("Pakistan yielded to demands from the IMF to raise taxes.", [("CONCEDE", "PAK", "IMF")]),
    ("Niger gave in to Algeria's demand to reopen the border.", [("CONCEDE", "NER", "DZA")]),
    # RETREAT
    ("Russian troops withdrew from the city of Kherson.", [("RETREAT", "RUS", "UKR")]),
    ("The United States withdrew its forces from Niger.", [("RETREAT", "USA", "NER")]),
    ("Venezuela released ten American prisoners.", [("RETREAT", "VEN", "USA")]),
    ("The European Union lifted sanctions on Syria's central bank.", [("RETREAT", "EU", "SYR")]),
    ("Israel handed back the bodies of Palestinian prisoners.", [("RETREAT", "ISR", "PSE")]),
    # MOBILIZE
    ("Serbia raised the combat readiness of its troops on the border with Kosovo.", [("MOBILIZE", "SRB", "XKX")]),
    ("Azerbaijan massed troops along its border with Armenia.", [("MOBILIZE", "AZE", "ARM")]),
    ("Russia put its troops on alert near the Finnish border.", [("MOBILIZE", "RUS", "FIN")]),
    ("North Korea conducted artillery drills near the border with South Korea.", [("MOBILIZE", "PRK", "KOR")]),
    ("Belarus moved troops to its border with Poland.", [("MOBILIZE", "BLR", "POL")]),
    # PROTEST
    xfail("Thousands of Serbs protested in Belgrade against the Kosovo government.", [("PROTEST", "SRB", "XKX")],
          reason="plural demonym 'Serbs' is not in the gazetteer"),
    ("Iranian students demonstrated outside the British embassy in Tehran.", [("PROTEST", "IRN", "GBR")]),
    ("Kyiv boycotted the conference organised by Moscow.", [("PROTEST", "UKR", "RUS")]),
    xfail("Hundreds of Filipinos rallied in Manila against China's actions in the South China Sea.",
     [("PROTEST", "PHL", "CHN")],
          reason="plural demonym 'Filipinos' is not in the gazetteer"),
    ("Cypriot students staged a protest outside the Turkish embassy in Nicosia.", [("PROTEST", "CYP", "TUR")]),
    # purposes hung on the envoy, protests under a recall, requests answered, reported retaliation
    ("Romania summoned Russia's ambassador on Monday to protest against the drone incursion.", [("ACCUSE", "ROU", "RUS")]),
    ("Poland recalled its ambassador from Minsk in protest at the arrest of a Polish journalist.",
     [("ACCUSE", "POL", "BLR")]),
    ("Rwanda sent troops to Mozambique at the request of President Filipe Nyusi.", [("REQUEST", "MOZ", "RWA")]),
    ("Russia said it would respond to NATO's expansion with countermeasures.", [("THREATEN", "RUS", "NATO")]),
    ("Iran warned that it would retaliate against Israel for the strike.", [("THREATEN", "IRN", "ISR")]),
    ("Finland's foreign minister said Russia had breached its airspace twice this month.", [("ACCUSE", "FIN", "RUS")]),
    ("Kyiv said Moscow had violated the Easter truce.", [("ACCUSE", "UKR", "RUS")]),
    xfail("South Korea raised its alert level along the border with North Korea.", [("MOBILIZE", "KOR", "PRK")],
          reason="the parser hangs 'with X' on the verb, away from 'border'"),
    ("Chinese ships blocked a Vietnamese fishing boat near the Paracel Islands.", [("COERCE", "CHN", "VNM")]),
]

NEGATIVE3 = [
    ("Russia denied that it had violated the ceasefire.", "ACCUSE"),
    ("Analysts said criticism of China had grown in recent years.", "ACCUSE"),
    ("Germany refused to blame Israel for the deaths.", "ACCUSE"),
    ("It is not clear whether Japan will condemn the test.", "ACCUSE"),
    ("The demand for Russian gas fell sharply in Europe last year.", "REQUEST"),
    ("India's request was still under review in Washington.", "AGREE"),
    ("Egypt said it had not asked Israel for anything.", "REQUEST"),
    ("Brazil's exports to China rose by 12 percent.", "AID"),
    ("The sanctions on Iran have been in force since 2018.", "SANCTION"),
    ("Canada has not ruled out sanctions on Israeli ministers.", "SANCTION"),
    ("Japan said it would consider expelling Russian diplomats.", "SANCTION"),
    ("Talks on a trade deal between India and Britain stalled in June.", "AGREE"),
    ("France and Italy failed to agree on the migration plan.", "AGREE"),
    ("No agreement was reached between Egypt and Ethiopia.", "AGREE"),
    ("Germany said it would not support Ukraine's bid to join NATO.", "SUPPORT"),
    ("Turkey has never recognised Cyprus.", "SUPPORT"),
    ("Support for the government in Poland has fallen.", "SUPPORT"),
    ("Israel did not reject the proposal from Qatar.", "REJECT"),
    ("The offer from Brazil has not been rejected by Venezuela.", "REJECT"),
    ("Pakistan warned of heavy rain in Lahore.", "THREATEN"),
    ("Threats from North Korea have become routine, analysts said.", "THREATEN"),
    ("Russia denied attacking the Ukrainian hospital.", "ASSAULT"),
    ("The 2008 war between Russia and Georgia lasted five days.", "ASSAULT"),
    ("No shots were fired by China near Taiwan.", "ASSAULT"),
    ("Police in Hanoi said the planned rally had been cancelled.", "PROTEST"),
    ("Brazil's imports of Russian diesel rose sharply.", "AID"),
    ("The phone call between Erdogan and Putin was postponed.", "CONSULT"),
    ("Israel said it would not withdraw from Gaza.", "RETREAT"),
    ("The Russian troops that withdrew from Kyiv in 2022 regrouped in Belarus.", "ASSAULT"),
    ("Venezuela held elections on Sunday.", "MOBILIZE"),
    ("The minister's call for calm was ignored.", "REQUEST"),
    ("Ukraine denied that it had violated the ceasefire.", "ACCUSE"),
    ("Russia said it had not violated the agreement.", "ACCUSE"),
    ("Kyiv said the talks with Moscow had been cancelled.", "CONSULT"),
    ("The deal brokered by Qatar was signed by Israel and Hamas.", "SANCTION"),
    ("Russia said it would respond to the letter from NATO next week.", "THREATEN"),
    ("Germany raised its forecast for growth in Poland.", "MOBILIZE"),
    ("Officials opened an inquiry into the attack in Turkey.", "ASSAULT"),
    ("Turkey dropped its demand for compensation from Greece.", "CONCEDE"),
]


@pytest.mark.parametrize("text,expected", POSITIVE3,
                         ids=[f"{_values(row)[1][0][0]}-{i}" for i, row in enumerate(POSITIVE3)])
def test_positive_round3(text, expected):
    test_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE3, ids=[f"no3-{k}-{i}" for i, (_, k) in enumerate(NEGATIVE3)])
def test_negative_round3(text, kind):
    test_negative(text, kind)
