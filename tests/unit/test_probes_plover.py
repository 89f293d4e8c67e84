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
    xfail("Tehran slammed the new sanctions imposed by Canada as illegal.", [("ACCUSE", "IRN", "CAN")],
          reason="the 'as illegal' predicate steals the object attachment"),
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
