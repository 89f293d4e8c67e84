"""Probe table for cross-sentence references: an actor named once, then taken up by a
definite description in a later sentence ('Japan's foreign minister ... The minister met ...',
'Kuwait ... The emirate summoned ...', 'his counterpart', 'the visitor', 'Tokyo's top diplomat').

Same shape as test_probes_seed3.py: published 2024-03-15 (a Friday, so 'on Monday' is
2024-03-11); each seed row lists every occurred or planned seed event the text must yield and
nothing more. Negatives: a title naming another office than the last holder's, a description
with two candidates in play, and 'X said the country would ...' (the country = the speaker).
"""
from __future__ import annotations

import pytest

from tests.probes import A, D, J, M, S, check_positive, seed_triples, with_xfails


TITLES = [
    ("Japan's foreign minister said on Monday that ties with Australia were at a turning point. "
     "The minister met Australian Prime Minister Anthony Albanese in Canberra on Tuesday.",
     [M("JPN", "AUS", "2024-03-12")]),
    ("India's foreign minister criticised the new tariffs on Monday. The foreign minister will visit Moscow "
     "on March 25.",
     [M("IND", "RUS", "2024-03-25", "planned")]),
    ("Kenya's president addressed parliament in Nairobi on Tuesday. The president received Ethiopian Prime "
     "Minister Abiy Ahmed at State House on Wednesday.",
     [M("KEN", "ETH", "2024-03-13")]),
    ("Chinese Premier Li Qiang opened a trade forum in Shanghai on Monday. The premier met New Zealand Prime "
     "Minister Christopher Luxon on Tuesday.",
     [M("CHN", "NZL", "2024-03-12")]),
    ("German Chancellor Olaf Scholz spoke to reporters in Berlin on Monday. The chancellor will visit Beijing "
     "in April.",
     [M("DEU", "CHN", "2024-04", "planned")]),
    ("Spain's prime minister defended the budget in parliament on Monday. The prime minister met Moroccan "
     "King Mohammed VI in Rabat on Wednesday.",
     [M("ESP", "MAR", "2024-03-13")]),
    ("Indian Foreign Minister Subrahmanyam Jaishankar spoke at a think tank on Monday. The minister held "
     "talks with Singapore's prime minister on Tuesday.",
     [M("IND", "SGP", "2024-03-12")]),
    ("Lithuania's foreign minister condemned the airspace violation on Monday. The minister summoned "
     "Belarus's charge d'affaires on Tuesday.",
     [S("LTU", "BLR", "2024-03-12")]),
    ("Kazakhstan's president opened a new airport in Astana on Monday. Putin received the president in "
     "the Kremlin on Thursday.",
     [M("RUS", "KAZ", "2024-03-14")]),
    ("Brazil's president promised new investment in the Amazon on Monday. The president was welcomed by "
     "Colombian President Gustavo Petro in Bogota on Wednesday.",
     [M("BRA", "COL", "2024-03-13")]),
    ("The Philippine foreign minister warned of rising tensions on Monday. The minister held talks with "
     "his Japanese counterpart in Tokyo on Tuesday.",
     [M("PHL", "JPN", "2024-03-12")]),
    ("Italian Prime Minister Giorgia Meloni unveiled a migration plan on Monday. The premier flew to Tunis "
     "on Wednesday for talks with President Kais Saied.",
     [M("ITA", "TUN", "2024-03-13")]),
    ("Japan protested against the coast guard manoeuvres on Monday. Tokyo's top diplomat will visit Seoul "
     "on March 20.",
     [M("JPN", "KOR", "2024-03-20", "planned")]),
]

STATES = [
    ("Saudi Arabia condemned the Koran burning on Monday. The kingdom summoned the Swedish ambassador "
     "on Tuesday.",
     [S("SAU", "SWE", "2024-03-12")]),
    ("Kuwait protested against the border incident on Monday. The emirate summoned Iraq's ambassador "
     "on Tuesday.",
     [S("KWT", "IRQ", "2024-03-12")]),
    ("Moldova marked the anniversary of its independence on Sunday. The republic applied to join the EU "
     "in March 2022.",
     [A("MDA", "EU", "2022-03")]),
    ("Sri Lanka unveiled a new budget on Monday. The island nation applied to join BRICS in 2023.",
     [A("LKA", "BRICS", "2023")]),
    ("Oman welcomed the ceasefire on Monday. The Gulf state hosted Iran's foreign minister in Muscat "
     "on Wednesday.",
     [M("OMN", "IRN", "2024-03-13")]),
    ("NATO leaders gathered in Vilnius last July. Sweden joined the alliance on March 7.",
     [J("SWE", "NATO", "2024-03-07")]),
    ("The EU opened accession talks with Ukraine in December. Georgia applied to join the bloc in "
     "March 2022.",
     [A("GEO", "EU", "2022-03")]),
    ("Finland shares a long border with Russia. The Nordic country joined NATO in April 2023.",
     [J("FIN", "NATO", "2023-04")]),
    ("Ethiopia and Somalia traded accusations over the port deal on Monday. The neighbours held talks in "
     "Ankara on Thursday.",
     [M("ETH", "SOM", "2024-03-14")]),
    ("Estonia expelled a Russian diplomat on Monday. The Baltic state summoned Russia's charge d'affaires "
     "on Tuesday.",
     [S("EST", "RUS", "2024-03-12")]),
    ("Serbia held parliamentary elections in December. The Balkan country applied for EU membership in 2009.",
     [A("SRB", "EU", "2009")]),
    ("Saudi Arabia raised its oil output on Monday. The oil-rich kingdom summoned the Dutch ambassador "
     "on Tuesday.",
     [S("SAU", "NLD", "2024-03-12")]),
    ("Qatar said on Monday it would keep mediating. The emirate's prime minister met Hamas leaders in "
     "Doha on Tuesday. The Gulf state will send troops to Lebanon next month.",
     [D("QAT", "LBN", "2024-04", "planned")]),
    ("Hungary's prime minister met Erdogan in Ankara on Monday. Budapest said the country would send "
     "troops to Kosovo next month.",
     [M("HUN", "TUR", "2024-03-11"), D("HUN", "XKX", "2024-04", "planned")]),
]

VISITS = [
    ("Turkish Foreign Minister Hakan Fidan arrived in Cairo for a two-day visit. Fidan held talks with his "
     "counterpart on Wednesday.",
     [M("TUR", "EGY", "2024-03-13")]),
    ("German Foreign Minister Annalena Baerbock arrived in Riyadh for a two-day visit. She held talks with "
     "her host on Monday.",
     [M("DEU", "SAU", "2024-03-11")]),
    ("Vietnam's prime minister arrived in Canberra on Monday evening. Albanese welcomed the visitor at "
     "Parliament House on Tuesday.",
     [M("AUS", "VNM", "2024-03-12")]),
    ("Kenya's president and Ghana's president landed in Tokyo on Sunday. Kishida received the visitors "
     "on Monday.",
     [M("JPN", "KEN", "2024-03-11"), M("JPN", "GHA", "2024-03-11")]),
    ("South Korea's foreign minister arrived in Paris for a three-day visit. She met her counterpart on Monday.",
     [M("KOR", "FRA", "2024-03-11")]),
    ("China named a new ambassador to the United States on Monday. The envoy met Secretary of State "
     "Antony Blinken in Washington on Thursday.",
     [M("CHN", "USA", "2024-03-14")]),
    ("Sweden summoned Iran's ambassador on Monday over the execution. The envoy was handed a protest note.",
     [S("SWE", "IRN", "2024-03-11")]),
]

NEGATIVES = [
    # another office than the last holder's
    ("Japan's defence minister inspected troops in Okinawa on Monday. The foreign minister met the "
     "Philippine ambassador on Tuesday.", []),
    ("Kenya's president opened parliament in Nairobi on Monday. The prime minister met Ugandan President "
     "Yoweri Museveni on Tuesday.", []),
    ("German Chancellor Olaf Scholz spoke in Berlin on Monday. The president will visit Beijing in April.", []),
    # a place only talked about is no visit: 'his counterpart' stays open
    ("Turkish Foreign Minister Hakan Fidan spoke about the war in Sudan on Tuesday. He held talks with his "
     "counterpart on Wednesday.", []),
    # two candidates in play
    ("Egypt's president and Tunisia's president criticised the plan on Monday. The president met Italian "
     "Prime Minister Giorgia Meloni in Rome on Tuesday.", []),
    ("Qatar and Kuwait pledged aid to Gaza on Monday. The emirate summoned the Israeli ambassador on Tuesday.",
     []),
    ("Norway and Denmark raised their defence budgets on Monday. The Nordic country will send troops to "
     "Latvia next month.", []),
    ("Qatar and Bahrain restored diplomatic ties on Monday. The Gulf state summoned the Iranian ambassador "
     "on Tuesday.", []),
    # a state noun with no capitalised modifier is no state taken up
    ("Sweden cut its pension budget on Monday. The welfare state summoned the Iranian ambassador on Tuesday.",
     []),
]

ARTICLES = TITLES + STATES + VISITS + NEGATIVES

XFAIL: dict[str, str] = {
    "named a new ambassador":
        "an indefinite 'a new ambassador to X' is no actor mention, so 'the envoy' has no antecedent",
}


@pytest.mark.parametrize("text,expected", with_xfails(ARTICLES, XFAIL))
def test_probe(text, expected):
    assert seed_triples(text) == set(expected)


PLOVER = [
    ("Japan's foreign minister visited Manila on Monday. The minister accused China of dangerous "
     "manoeuvres in the South China Sea.",
     [("ACCUSE", "JPN", "CHN")]),
    ("Saudi Arabia hosted a Gaza summit on Saturday. The kingdom condemned Israel for the raid.",
     [("ACCUSE", "SAU", "ISR")]),
]


@pytest.mark.parametrize("text,expected", PLOVER)
def test_plover_probe(text, expected):
    check_positive(text, expected)
