"""Probe sentences for the verbal-conflict PLOVER types (ACCUSE, REJECT, THREATEN, PROTEST):
ordinary wire-service phrasings of our own, written without looking at any article set, in
varied shapes (active, passive, nominal, reported and quoted speech, capitals and ministries
as actors, titles with names, pronouns after an earlier sentence, dates in the sentence).
Each positive states the (type, source, target) events of its types that the text must
give, and no other of those types; each negative names a type the text must not give.

Conventions are those of test_probes_plover.py (CAMEO2PLOVER as written in the unseen2/3/4
READMEs): condemnations, official protests and blame -> ACCUSE; vetoes, refusals and
rejected proposals, demands or charges -> REJECT ("rejected the charges" is REJECT of the
accuser; "denied"/"dismissed" an accusation adds none); warnings and threats -> THREATEN;
street demonstrations and boycotts -> PROTEST (protesters coded as their state)."""
from __future__ import annotations

import pytest

from tests.probes import check_negative, check_positive, negative_ids, positive_ids, xfail


POSITIVE = [
    # ACCUSE: verbs
    ("China's foreign ministry accused the United States of interfering in its internal affairs.",
     [("ACCUSE", "CHN", "USA")]),
    ("Beijing blamed Washington for the rising tensions in the Taiwan Strait.", [("ACCUSE", "CHN", "USA")]),
    ("Israel lashed out at Spain over its recognition of a Palestinian state.", [("ACCUSE", "ISR", "ESP")]),
    ("Turkey criticised Sweden's decision to allow the protest.", [("ACCUSE", "TUR", "SWE")]),
    ("Ukraine slammed Hungary's decision to block the aid package.", [("ACCUSE", "UKR", "HUN")]),
    ("South Korea condemned North Korea on Tuesday for launching a ballistic missile.", [("ACCUSE", "KOR", "PRK")]),
    ("Armenian Prime Minister Nikol Pashinyan accused Russia of failing to protect Armenia.",
     [("ACCUSE", "ARM", "RUS")]),
    ("Algeria condemned France's support for Morocco's autonomy plan.", [("ACCUSE", "DZA", "FRA")]),
    ("Annalena Baerbock criticised China for its support of Russia.", [("ACCUSE", "DEU", "CHN")]),
    ("Lithuania accused Belarus of sending balloons into its airspace.", [("ACCUSE", "LTU", "BLR")]),
    ("Taiwan's defence ministry accused China of harassing its fishing boats.", [("ACCUSE", "TWN", "CHN")]),
    ("Serbian President Aleksandar Vucic accused Kosovo of ethnic cleansing.", [("ACCUSE", "SRB", "XKX")]),
    ("Egypt strongly criticised Israel's seizure of the Philadelphi corridor.", [("ACCUSE", "EGY", "ISR")]),
    ("Russia accused the United States and Britain of helping Ukraine plan the attack.",
     [("ACCUSE", "RUS", "USA"), ("ACCUSE", "RUS", "GBR")]),
    ("On March 3, Azerbaijan accused Armenia of firing at its positions.", [("ACCUSE", "AZE", "ARM")]),
    ("Jordan condemned in the strongest terms Israel's storming of the Al-Aqsa mosque.", [("ACCUSE", "JOR", "ISR")]),
    ("Pakistan blamed the bombing on India.", [("ACCUSE", "PAK", "IND")]),
    ("China hit out at Japan over the release of treated water from Fukushima.", [("ACCUSE", "CHN", "JPN")]),
    ("Israel pointed the finger at Iran for the attack on the tanker.", [("ACCUSE", "ISR", "IRN")]),
    ("Mexican President Claudia Sheinbaum criticised Washington's decision to designate the cartels as terrorists.",
     [("ACCUSE", "MEX", "USA")]),
    ("Venezuela's government denounced what it called Guyana's provocations.", [("ACCUSE", "VEN", "GUY")]),
    ("Norway's foreign minister called the Israeli settlement decision illegal.", [("ACCUSE", "NOR", "ISR")]),
    ("Iran called Israel's strike a flagrant violation of international law.", [("ACCUSE", "IRN", "ISR")]),
    ("Ukraine holds Russia responsible for the destruction of the dam.", [("ACCUSE", "UKR", "RUS")]),
    ("Kyiv charged that Moscow was using North Korean troops.", [("ACCUSE", "UKR", "RUS")]),
    ("Sweden's prime minister rebuked Hungary for delaying the vote.", [("ACCUSE", "SWE", "HUN")]),
    # ACCUSE: passives
    ("Pakistan was accused by Afghanistan of carrying out air strikes in Khost.", [("ACCUSE", "AFG", "PAK")]),
    ("Morocco was criticised by Algeria for its normalisation of ties with Israel.", [("ACCUSE", "DZA", "MAR")]),
    ("Russia's annexation plans were condemned by Kazakhstan on Friday.", [("ACCUSE", "KAZ", "RUS")]),
    # ACCUSE: reported and quoted speech
    ("Russia's foreign ministry said Ukraine had violated the energy truce.", [("ACCUSE", "RUS", "UKR")]),
    ("Maria Zakharova said London was responsible for the sabotage.", [("ACCUSE", "RUS", "GBR")]),
    ("India's external affairs ministry said Pakistan was behind the attack in Pahalgam.", [("ACCUSE", "IND", "PAK")]),
    ("Ecuador's foreign ministry said Mexico had violated international law by granting asylum.",
     [("ACCUSE", "ECU", "MEX")]),
    ("Poland said Russia was behind the arson attack on a Warsaw shopping centre.", [("ACCUSE", "POL", "RUS")]),
    ("Canada's prime minister said India's government was behind the killing of a Sikh activist.",
     [("ACCUSE", "CAN", "IND")]),
    ("'Russia is fully responsible for this crime,' Volodymyr Zelensky said.", [("ACCUSE", "UKR", "RUS")]),
    ("'China has once again violated our sovereign rights,' the Philippine foreign ministry said.",
     [("ACCUSE", "PHL", "CHN")]),
    ("Iran said Washington bears full responsibility for the attack.", [("ACCUSE", "IRN", "USA")]),
    ("Iran's foreign ministry said Washington bore responsibility for the attack.", [("ACCUSE", "IRN", "USA")]),
    ("Seoul said Pyongyang was to blame for the collapse of the talks.", [("ACCUSE", "KOR", "PRK")]),
    ("Tokyo said Chinese coast guard ships had violated its territorial waters.", [("ACCUSE", "JPN", "CHN")]),
    ("Kenya's foreign ministry said Sudan's army had breached the ceasefire.", [("ACCUSE", "KEN", "SDN")]),
    # ACCUSE: nouns and official protests
    ("The Russian strike on a Kyiv hospital drew condemnation from France.", [("ACCUSE", "FRA", "RUS")]),
    ("Hungary came under criticism from the European Union over the law.", [("ACCUSE", "EU", "HUN")]),
    ("China voiced strong criticism of the Japanese defence plan.", [("ACCUSE", "CHN", "JPN")]),
    ("Beijing expressed strong dissatisfaction with Tokyo's decision.", [("ACCUSE", "CHN", "JPN")]),
    ("Japan protested to China over the detention of one of its citizens.", [("ACCUSE", "JPN", "CHN")]),
    ("Manila lodged a diplomatic protest with Beijing over the collision.", [("ACCUSE", "PHL", "CHN")]),
    ("Seoul lodged a strong protest with Tokyo over its claims to the islands.", [("ACCUSE", "KOR", "JPN")]),
    ("Vietnam protested China's deployment of an oil rig in its waters.", [("ACCUSE", "VNM", "CHN")]),
    ("Ankara voiced outrage at Israel's raid on the aid flotilla.", [("ACCUSE", "TUR", "ISR")]),
    # ACCUSE: mini-articles with pronouns
    ("Ukraine's foreign ministry summoned Hungary's ambassador on Monday. It accused Budapest of undermining EU unity.",
     [("ACCUSE", "UKR", "HUN")]),
    ("Lithuania's foreign minister Gabrielius Landsbergis spoke in Vilnius on Monday. "
     "He accused Russia of jamming GPS signals over the Baltic.", [("ACCUSE", "LTU", "RUS")]),
    # REJECT
    ("Ukraine rejected Russia's demand that it withdraw from the four regions.", [("REJECT", "UKR", "RUS")]),
    ("Volodymyr Zelensky rejected Vladimir Putin's ceasefire proposal as a trick.", [("REJECT", "UKR", "RUS")]),
    ("Tehran dismissed Washington's offer of talks as a deception.", [("REJECT", "IRN", "USA")]),
    ("North Korea ruled out talks with South Korea.", [("REJECT", "PRK", "KOR")]),
    ("Israel turned down Egypt's proposal for a two-week truce.", [("REJECT", "ISR", "EGY")]),
    ("Hungary vetoed the European Union's statement on China.", [("REJECT", "HUN", "EU")]),
    ("Moscow rejected Kyiv's peace formula.", [("REJECT", "RUS", "UKR")]),
    ("The Kremlin rejected calls from Washington for an immediate ceasefire.", [("REJECT", "RUS", "USA")]),
    xfail("Venezuela refused to recognise the ruling by the International Court of Justice.", [("REJECT", "VEN", "ICJ")],
          reason="the parser hangs 'by the court' on 'recognise', away from 'ruling'"),
    ("India rejected Canada's accusations as absurd.", [("REJECT", "IND", "CAN")]),
    ("Qatar rejected the charges levelled by Saudi Arabia.", [("REJECT", "QAT", "SAU")]),
    ("Canada accused India of spying on Sikh activists. New Delhi rejected the charges.",
     [("REJECT", "IND", "CAN")]),
    ("The Philippines accused China of ramming its boat. Beijing rejected the accusation and blamed Manila for the collision.",
     [("ACCUSE", "PHL", "CHN"), ("ACCUSE", "CHN", "PHL"), ("REJECT", "CHN", "PHL")]),
    ("Serbia rebuffed the European Union's call to impose sanctions on Russia.", [("REJECT", "SRB", "EU")]),
    ("Russia said on Thursday it rejected the proposal by France to send peacekeepers.", [("REJECT", "RUS", "FRA")]),
    ("Egypt declined Israel's request to open the Rafah crossing.", [("REJECT", "EGY", "ISR")]),
    ("Poland refused Germany's offer of Patriot systems.", [("REJECT", "POL", "DEU")]),
    ("Niger refused to allow French aircraft into its airspace.", [("REJECT", "NER", "FRA")]),
    ("The plan proposed by Washington was rejected by Hamas.", [("REJECT", "GRP:hamas", "USA")]),
    ("Iran's foreign minister Abbas Araghchi rejected direct talks with the United States.", [("REJECT", "IRN", "USA")]),
    ("China blocked India's bid to join the Nuclear Suppliers Group.", [("REJECT", "CHN", "IND")]),
    ("Greece objected to Turkey's plans for a survey in the Aegean.", [("REJECT", "GRC", "TUR")]),
    ("Azerbaijan said it would not negotiate with Armenia under pressure.", [("REJECT", "AZE", "ARM")]),
    ("Mali's junta refused to hand over the soldiers to Ivory Coast.", [("REJECT", "MLI", "CIV")]),
    # THREATEN
    ("China warned the Philippines of consequences if it continued its provocations.", [("THREATEN", "CHN", "PHL")]),
    ("Russia threatened to retaliate against Finland for joining NATO.", [("THREATEN", "RUS", "FIN")]),
    ("Iran vowed a crushing response to Israel.", [("THREATEN", "IRN", "ISR")]),
    ("Beijing said it would not tolerate any interference by Washington in Taiwan.", [("THREATEN", "CHN", "USA")]),
    ("Donald Trump threatened tariffs on Canada and Mexico.", [("THREATEN", "USA", "CAN"), ("THREATEN", "USA", "MEX")]),
    ("Trump threatened to impose sanctions on Russia.", [("THREATEN", "USA", "RUS")]),
    ("The United States threatened sanctions against Georgia over the foreign agents law.",
     [("THREATEN", "USA", "GEO")]),
    ("Kim Yo Jong warned Seoul of a terrible response.", [("THREATEN", "PRK", "KOR")]),
    ("Pakistan warned India that any attack would be met with force.", [("THREATEN", "PAK", "IND")]),
    ("Russia warned NATO against sending troops to Ukraine.", [("THREATEN", "RUS", "NATO")]),
    ("Nicolas Maduro warned Guyana against any provocation.", [("THREATEN", "VEN", "GUY")]),
    ("Ilham Aliyev threatened Armenia with a new war.", [("THREATEN", "AZE", "ARM")]),
    ("Israel's defence minister threatened Hezbollah with a harsh response.", [("THREATEN", "ISR", "GRP:hezbollah")]),
    ("Moscow warned of a military response if Finland hosted NATO bases.", [("THREATEN", "RUS", "FIN")]),
    ("Beijing warned that it would take strong measures against Manila.", [("THREATEN", "CHN", "PHL")]),
    ("Iran's foreign minister said Tehran would respond decisively to any Israeli aggression.",
     [("THREATEN", "IRN", "ISR")]),
    ("North Korea threatened to strike the United States with nuclear weapons.", [("THREATEN", "PRK", "USA")]),
    ("Russia said it would respond with countermeasures if Finland joined NATO.", [("THREATEN", "RUS", "FIN")]),
    ("The European Union warned Georgia that its membership bid was at risk.", [("THREATEN", "EU", "GEO")]),
    ("Washington warned Beijing of serious consequences if it supplied weapons to Russia.",
     [("THREATEN", "USA", "CHN")]),
    ("Ethiopia's prime minister warned Egypt against any military action over the dam.", [("THREATEN", "ETH", "EGY")]),
    ("Kim Jong Un vowed to annihilate South Korea if attacked.", [("THREATEN", "PRK", "KOR")]),
    ("Russia threatened Moldova with consequences over the expulsion of its diplomats.", [("THREATEN", "RUS", "MDA")]),
    ("Turkey issued a warning to Greece over the militarisation of the islands.", [("THREATEN", "TUR", "GRC")]),
    ("Algeria warned France that it would respond to any sanctions.", [("THREATEN", "DZA", "FRA")]),
    ("Beijing vowed a firm response to Washington's arms sales.", [("THREATEN", "CHN", "USA")]),
    ("The Taliban warned Pakistan not to test its patience.", [("THREATEN", "GRP:taliban", "PAK")]),
    ("On Sunday, Iran's supreme leader vowed harsh punishment for Israel.", [("THREATEN", "IRN", "ISR")]),
    ("Wang Yi arrived in Jakarta on Tuesday. He warned Manila against escalating the dispute.",
     [("THREATEN", "CHN", "PHL")]),
    ("China vowed to retaliate after the United States raised tariffs on Chinese goods.", [("THREATEN", "CHN", "USA")]),
    ("Moscow threatened to cut off gas supplies to Moldova.", [("THREATEN", "RUS", "MDA")]),
    ("Russia has threatened to expel the Polish ambassador.", [("THREATEN", "RUS", "POL")]),
    # PROTEST
    ("Demonstrators gathered outside the Israeli embassy in Amman.", [("PROTEST", "JOR", "ISR")]),
    ("Poland boycotted the informal EU meeting hosted by Hungary.", [("PROTEST", "POL", "HUN")]),
    ("Thousands of Serbs marched in Mitrovica against Kosovo's police.", [("PROTEST", "SRB", "XKX")]),
    ("Hundreds of Indians protested outside the Chinese embassy in New Delhi.", [("PROTEST", "IND", "CHN")]),
    ("Lithuania and Latvia boycotted the meeting chaired by Russia.", [("PROTEST", "LTU", "RUS"), ("PROTEST", "LVA", "RUS")]),
    ("Crowds protested in front of the US embassy in Baghdad.", [("PROTEST", "IRQ", "USA")]),
    ("Students in Dhaka staged a rally against India's border killings.", [("PROTEST", "BGD", "IND")]),
    ("Ukrainians demonstrated outside the Hungarian embassy in Kyiv.", [("PROTEST", "UKR", "HUN")]),
    ("Moroccans protested in Rabat against Israel's war in Gaza.", [("PROTEST", "MAR", "ISR")]),
    ("Demonstrators rallied outside the Russian consulate in Istanbul on Sunday.", [("PROTEST", "TUR", "RUS")]),
    ("Demonstrators rallied outside the Russian embassy in Ankara on Sunday.", [("PROTEST", "TUR", "RUS")]),
    ("Chinese consumers boycotted Japanese goods after the dispute.", [("PROTEST", "CHN", "JPN")]),
    ("Pakistani lawyers staged a protest against the United States over the drone strikes.", [("PROTEST", "PAK", "USA")]),
    ("Protesters in Niamey demanded the departure of French troops.", [("PROTEST", "NER", "FRA")]),
    ("Thousands of Greeks marched to the Turkish consulate in Thessaloniki.", [("PROTEST", "GRC", "TUR")]),
]

NEGATIVE = [
    ("Criticism of the government grew at home.", "ACCUSE"),
    ("The report blamed the accident on pilot error.", "ACCUSE"),
    ("The Kremlin condemned the attack on the concert hall near Moscow.", "ACCUSE"),
    ("Beijing denied that its ships had rammed the Philippine vessel.", "ACCUSE"),
    ("Officials said the storm was responsible for the blackout in Cuba.", "ACCUSE"),
    ("China hit back at critics of its economy.", "ACCUSE"),
    ("Israel hit Hezbollah targets in Lebanon.", "ACCUSE"),
    ("The minister said France was responsible for its own defence.", "ACCUSE"),
    ("Japan said it was to blame for the delay.", "ACCUSE"),
    ("The court rejected the appeal by the former minister.", "REJECT"),
    ("Moscow rejected the report as a hoax.", "REJECT"),
    ("Ukraine's parliament rejected the bill.", "REJECT"),
    ("The Kremlin denied Kyiv's accusation of an attack on the nuclear plant.", "REJECT"),
    ("China dismissed Japan's accusations as groundless.", "REJECT"),
    ("Sweden did not rule out joining NATO.", "REJECT"),
    ("Hungary's foreign minister refused to comment.", "REJECT"),
    ("Germany rejected claims that it had sold arms to Israel.", "REJECT"),
    ("The health ministry warned of a surge in dengue cases.", "THREATEN"),
    ("Economists warned that tariffs on Canada would raise prices.", "THREATEN"),
    ("Germany said it would not tolerate antisemitism.", "THREATEN"),
    ("Japan vowed to rebuild after the earthquake.", "THREATEN"),
    ("The president vowed a swift response to the floods in Brazil.", "THREATEN"),
    ("Iran warned its citizens against travelling to Lebanon.", "THREATEN"),
    ("Russia ruled out a nuclear strike on Ukraine.", "THREATEN"),
    ("Turkey said it would respond to the letter from Sweden next week.", "THREATEN"),
    ("The United States warned its citizens not to travel to Venezuela.", "THREATEN"),
    ("Police dispersed a protest in Nairobi.", "PROTEST"),
    ("Farmers protested against low prices in Paris.", "PROTEST"),
    ("The opposition boycotted the vote in Caracas.", "PROTEST"),
    ("Japan lodged a protest with China over the incursion.", "PROTEST"),
    ("Thousands gathered in Kyiv for the funeral of the soldiers killed by Russia.", "PROTEST"),
]


# second round: predicates on the target's act, reported blame verbs, 'had no right to'
POSITIVE2 = [
    ("The Kremlin said Washington's decision was destructive.", [("ACCUSE", "RUS", "USA")]),
    ("China's foreign ministry said the American sanctions were illegal.", [("ACCUSE", "CHN", "USA")]),
    ("Seoul said the North Korean missile launch was a grave provocation.", [("ACCUSE", "KOR", "PRK")]),
    ("France's foreign minister called Australia's move a stab in the back.", [("ACCUSE", "FRA", "AUS")]),
    ("Israel called Spain's decision a reward for terrorism.", [("ACCUSE", "ISR", "ESP")]),
    ("Budapest called the European Union's decision blackmail.", [("ACCUSE", "HUN", "EU")]),
    ("Venezuela called the Guyanese move a betrayal.", [("ACCUSE", "VEN", "GUY")]),
    ("Beijing said Japan's remarks were irresponsible.", [("ACCUSE", "CHN", "JPN")]),
    ("Iranian officials said Germany had no right to interfere in Iran's judicial affairs.", [("ACCUSE", "IRN", "DEU")]),
    ("China said the United States had no right to comment on Hong Kong.", [("ACCUSE", "CHN", "USA")]),
    ("China's foreign ministry said Washington was interfering in its internal affairs.", [("ACCUSE", "CHN", "USA")]),
    ("Ethiopia said Egypt was meddling in Somalia.", [("ACCUSE", "ETH", "EGY")]),
    ("The Chinese foreign ministry said the Philippines had provoked the clash.", [("ACCUSE", "CHN", "PHL")]),
    ("Serbia said Kosovo was undermining the peace process.", [("ACCUSE", "SRB", "XKX")]),
    ("Rwanda said Congo was harbouring rebels who threatened its security.", [("ACCUSE", "RWA", "COD")]),
    ("Mark Rutte said Russia bore ultimate responsibility for the war.", [("ACCUSE", "NATO", "RUS")]),
    ("Russia's foreign ministry said Moscow would respond with military-technical measures to Finland's accession.",
     [("THREATEN", "RUS", "FIN")]),
    ("Moscow said it would watch NATO's moves closely and respond with countermeasures against the alliance.",
     [("THREATEN", "RUS", "NATO")]),
    ("Venezuela's government said Guyana was stoking tensions in the region.", [("ACCUSE", "VEN", "GUY")]),
    ("Azerbaijan said France was fuelling separatism in New Caledonia.", [("ACCUSE", "AZE", "FRA")]),
]

NEGATIVE2 = [
    ("Analysts said the situation in Sudan was dangerous.", "ACCUSE"),
    ("Germany said it was unacceptable that civilians were dying.", "ACCUSE"),
    ("Russia said the accusations by Britain were absurd.", "ACCUSE"),
    ("Brazil said the decision was a mistake.", "ACCUSE"),
    ("The prime minister called the day a victory for freedom in Sweden.", "ACCUSE"),
    ("Japan said it had no plans to visit China.", "ACCUSE"),
    ("Turkey said it had not interfered in the election in Cyprus.", "ACCUSE"),
    ("Analysts said high prices were fuelling anger in Egypt.", "ACCUSE"),
    ("Hamas claimed responsibility for the attack on Israel.", "ACCUSE"),
    ("The minister said Finland would respond to the letter from Russia next week.", "THREATEN"),
]

# third round: threats told as what the target would face or pay, joined threats
POSITIVE3 = [
    ("Iran warned Israel it would pay a heavy price for any attack.", [("THREATEN", "IRN", "ISR")]),
    ("Russia said Britain would pay a price for supplying long-range missiles.", [("THREATEN", "RUS", "GBR")]),
    ("Ethiopia faces serious consequences, Egypt's foreign minister warned.", [("THREATEN", "EGY", "ETH")]),
    ("Israel's prime minister said Iran would face a devastating response.", [("THREATEN", "ISR", "IRN")]),
    ("Turkey threatened to pull out of the grain deal with Russia.", [("THREATEN", "TUR", "RUS")]),
    ("Hungary threatened to cut ties with Ukraine.", [("THREATEN", "HUN", "UKR")]),
    ("China's threat to invade Taiwan alarmed Japan.", [("THREATEN", "CHN", "TWN")]),
    ("Pyongyang threatened Seoul with 'merciless' retaliation on Monday.", [("THREATEN", "PRK", "KOR")]),
    ("Moscow warned Kyiv against any attempt to retake Crimea.", [("THREATEN", "RUS", "UKR")]),
    ("North Korea warned the United States that it would respond to the drills with force.",
     [("THREATEN", "PRK", "USA")]),
    ("Trump threatened Colombia with tariffs and sanctions.", [("THREATEN", "USA", "COL")]),
    ("Russia warned Finland and Sweden of military and political consequences if they joined NATO.",
     [("THREATEN", "RUS", "FIN"), ("THREATEN", "RUS", "SWE")]),
    xfail("The Houthis vowed to keep attacking Israeli ships.", [("THREATEN", "GRP:houthis", "ISR")],
          reason="the vowed act sits under 'keep', two clauses down"),
]

NEGATIVE3 = [
    ("The IMF said Egypt would face higher prices next year.", "THREATEN"),
    ("Kenya said its economy would face consequences from the drought.", "THREATEN"),
    ("Officials said farmers in Spain would pay more for fuel.", "THREATEN"),
    ("Ukraine said Russia's attacks had not faced any response from Belarus.", "THREATEN"),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=positive_ids(POSITIVE))
def test_positive(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=negative_ids(NEGATIVE))
def test_negative(text, kind):
    check_negative(text, kind)


@pytest.mark.parametrize("text,expected", POSITIVE2, ids=positive_ids(POSITIVE2))
def test_positive_round2(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE2, ids=negative_ids(NEGATIVE2, "no2"))
def test_negative_round2(text, kind):
    check_negative(text, kind)


@pytest.mark.parametrize("text,expected", POSITIVE3, ids=positive_ids(POSITIVE3))
def test_positive_round3(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,kind", NEGATIVE3, ids=negative_ids(NEGATIVE3, "no3"))
def test_negative_round3(text, kind):
    check_negative(text, kind)
