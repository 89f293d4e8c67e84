"""DEPLOY_TROOPS probe round: wire phrasings that test_probes_seed.py and test_probes_seed3.py do not hold.

Same shape as test_probes_seed3.py: published 2024-03-15 (a Friday, so 'on Monday' is
2024-03-11); each row lists every occurred or planned seed event the text must yield, and
nothing more. Conventions follow tests/data/unseen*/README.md: forces already stationed are
occurred/null; moves inside one's own territory are no deployment; forces arriving for a
joint exercise are deployed; a bloc force with no states named is the bloc's; a pact that
'could' let X send troops is hypothetical; withdrawals and arms deliveries are no deployment.
"""
from __future__ import annotations

import pytest

from tests.nlp_helpers import events
from tests.probes import PUB, D, seed_triples, with_xfails


PROBES = [
    # ellipsis and shifts: a bare number joined to a verb that moves troops counts those troops
    ("The United States will send 2,000 soldiers to Poland and shift a further 1,000 already based in Germany "
     "to Romania.",
     [D("USA", "POL", None, "planned"), D("USA", "ROU", None, "planned")]),
    ("Italy will send 1,000 troops to Lebanon and move a further 500 from Iraq to Kuwait.",
     [D("ITA", "LBN", None, "planned"), D("ITA", "KWT", None, "planned")]),
    ("Germany sent 300 troops to Lithuania and another 200 to Latvia on Monday.",
     [D("DEU", "LTU", "2024-03-11"), D("DEU", "LVA", "2024-03-11")]),
    # weapon systems with their crews
    ("Washington will deploy a THAAD battery to Israel along with about 100 US soldiers to operate it, "
     "the Pentagon said on Sunday.",
     [D("USA", "ISR", None, "planned")]),
    ("Germany moved Patriot batteries and their crews to Poland on Monday.", [D("DEU", "POL", "2024-03-11")]),
    ("Britain sent two warships and 500 marines to Cyprus on Tuesday.", [D("GBR", "CYP", "2024-03-12")]),
    ("The Netherlands will station two Patriot batteries and 150 troops in Slovakia.",
     [D("NLD", "SVK", None, "planned")]),
    # transport: the vehicle carries the forces
    ("Ships carrying Chinese military personnel left Zhanjiang bound for Djibouti on Tuesday.",
     [D("CHN", "DJI", "2024-03-12")]),
    ("Planes carrying French paratroopers landed in Niamey on Wednesday.", [D("FRA", "NER", "2024-03-13")]),
    ("A plane carrying 200 Turkish soldiers landed in Tripoli on Tuesday.", [D("TUR", "LBY", "2024-03-12")]),
    ("Two ships carrying Chinese troops set sail for Djibouti on Tuesday.", [D("CHN", "DJI", "2024-03-12")]),
    ("A Russian Il-76 carrying paratroopers landed in Bamako on Monday.", [D("RUS", "MLI", "2024-03-11")]),
    # pledges, contributions, contingents
    ("Nepal has pledged 800 peacekeepers to the UN mission in Lebanon.", [D("NPL", "LBN", None, "planned")]),
    ("Burundi will contribute 1,000 soldiers to the East African force in eastern Congo.",
     [D("BDI", "COD", None, "planned")]),
    ("Bangladesh's contingent to the UN mission in South Sudan arrived on Monday.", [D("BGD", "SSD", "2024-03-11")]),
    ("The Indonesian contingent to the UN mission in Lebanon left Jakarta on Monday.",
     [D("IDN", "LBN", "2024-03-11")]),
    # hosting and presence: a standing force is occurred with no date
    ("Djibouti already hosts Camp Lemonnier, the largest American base in Africa.", [D("USA", "DJI", None)]),
    ("Qatar hosts Al Udeid, the largest US military base in the Middle East.", [D("USA", "QAT", None)]),
    ("Turkey has a military base in Qatar.", [D("TUR", "QAT", None)]),
    ("Russia maintains a naval base in Tartus, Syria.", [D("RUS", "SYR", None)]),
    ("China operates a naval base in Djibouti.", [D("CHN", "DJI", None)]),
    ("The United States has some 28,500 troops stationed in South Korea.", [D("USA", "KOR", None)]),
    ("About 2,500 US troops remain in Iraq.", [D("USA", "IRQ", None)]),
    ("The 900 US troops in Syria will stay, the Pentagon said on Monday.", [D("USA", "SYR", None)]),
    ("The US military presence in Syria will be reviewed, the Pentagon said on Monday.", [D("USA", "SYR", None)]),
    ("Moscow has about 1,500 troops in Transnistria.", [D("RUS", "MDA", None)]),
    ("About 3,000 French troops are deployed in Chad.", [D("FRA", "TCD", None)]),
    # rotations and reinforcements
    ("Russia reinforced its garrison in Tajikistan on Monday.", [D("RUS", "TJK", "2024-03-11")]),
    ("Chad reinforced its contingent in Mali with 400 soldiers on Monday.", [D("TCD", "MLI", "2024-03-11")]),
    ("Estonia received a fresh rotation of British troops on Monday.", [D("GBR", "EST", "2024-03-11")]),
    ("Fresh Egyptian troops landed in Mogadishu on Wednesday to relieve the outgoing contingent.",
     [D("EGY", "SOM", "2024-03-13")]),
    ("The first US Marines landed in Darwin on Tuesday for a six-month rotation.", [D("USA", "AUS", "2024-03-12")]),
    ("Britain's 900 soldiers in Estonia will be joined by 300 more next month.",
     [D("GBR", "EST", None), D("GBR", "EST", "2024-04", "planned")]),
    # passives and nominal forms
    ("A battalion of Indian peacekeepers was airlifted to Juba on Tuesday.", [D("IND", "SSD", "2024-03-12")]),
    ("Italian soldiers were flown into Lebanon on Monday to reinforce the UN force.",
     [D("ITA", "LBN", "2024-03-11")]),
    ("The arrival of the first Kenyan police officers in Haiti on Tuesday was hailed by Washington.",
     [D("KEN", "HTI", "2024-03-12")]),
    ("A French-led force of 3,000 soldiers will deploy to Romania next year.", [D("FRA", "ROU", "2025", "planned")]),
    ("Russia flew paratroopers into Kazakhstan on Thursday.", [D("RUS", "KAZ", "2024-03-14")]),
    # exercises and bloc forces
    ("American troops arrived in Poland on Monday for the Defender Europe exercise.",
     [D("USA", "POL", "2024-03-11")]),
    ("NATO's KFOR peacekeepers have been stationed in Kosovo since 1999.", [D("NATO", "XKX", None)]),
]

ARTICLES = [
    ("WASHINGTON (Reuters) - The Pentagon will send 3,000 more troops to Poland. It will also move 1,000 "
     "soldiers already based in Germany to Romania, officials said on Wednesday.",
     [D("USA", "POL", None, "planned"), D("USA", "ROU", None, "planned")]),
    ("Kenya's first contingent of 400 police officers left Nairobi bound for Haiti on Tuesday. "
     "The officers will lead a UN-backed mission against the gangs.",
     [D("KEN", "HTI", "2024-03-12")]),
    ("Djibouti hosts a Chinese naval base, Beijing's first overseas. On Monday a ship carrying Chinese marines "
     "docked in the port.",
     [D("CHN", "DJI", None), D("CHN", "DJI", "2024-03-11")]),
    ("France still keeps about 1,000 soldiers in Chad. On Monday a plane carrying 200 French paratroopers "
     "landed in N'Djamena.",
     [D("FRA", "TCD", None), D("FRA", "TCD", "2024-03-11")]),
]

NEGATIVES = [
    # withdrawals and forces ordered out
    "France pulled the last of its 1,500 troops out of Niger on Friday.",
    "Niger ordered French troops out of the country on Friday.",
    "Mali told the UN to withdraw its peacekeepers without delay.",
    "The last French soldiers left Niger on Friday.",
    "French troops left Mali on Monday.",
    "British soldiers returned home from Estonia on Monday.",
    "The Kenyan contingent left Haiti on Friday after its mission ended.",
    "The roughly 1,500 French troops in Niger will leave by the end of the year, Macron said on Sunday.",
    "Kenyan troops in Somalia will head home next month.",
    # at home: moves inside one's own country
    "India deployed 10,000 troops to Kashmir on Monday.",
    "Ukraine's army deployed reinforcements to Kharkiv on Monday.",
    "Spain deployed 2,000 police officers to Catalonia on Monday.",
    "Poland sent 10,000 soldiers to its border with Belarus.",
    "Russia has a military base in its Kaliningrad exclave.",
    # training at home
    "Britain trained 30,000 Ukrainian soldiers in England.",
    "Kenya trained 300 police officers in Nairobi on Monday.",
    # weapons only
    "Germany sent 50 Leopard tanks to Ukraine on Monday.",
    "The United States sent 31 Abrams tanks to Ukraine.",
    "Iran supplied hundreds of drones to Russia last year.",
    "Germany will deliver Patriot missiles to Ukraine.",
    # vehicles carrying no forces; hosting no forces
    "The plane carrying the Turkish foreign minister landed in Tripoli on Tuesday.",
    "A ship carrying wheat left Odesa bound for Egypt on Monday.",
    "Qatar hosted the World Cup in 2022.",
    "Turkey hosts some 3 million Syrian refugees.",
    "The United States has military bases across Europe.",
    "Russian troops will remain on high alert, the Kremlin said on Monday.",
    "The airline operates flights to Djibouti.",
    "Ukrainian troops remain in Ukraine's east, Kyiv said on Monday.",
    "Russian troops headed for the border on Monday.",
    "China set a date for the talks on Monday.",
    "The Chinese delegation left Beijing bound for Washington on Monday.",
    "Egypt hosts the headquarters of the Arab League.",
    # forces that 'could' or will not be sent
    "No soldiers will be sent to Ukraine, Scholz said on Tuesday.",
    "No soldiers would be sent to Ukraine by European states or NATO, Scholz said on Tuesday.",
    "Troops could be sent to Haiti if the UN approves the mission, Kenya said.",
    "Germany might send soldiers to Lithuania next year.",
    "Hungary will not send troops to Ukraine, Orban said on Monday.",
    "NATO said forces could be sent to Kosovo if the violence continued.",
]

XFAIL: dict[str, str] = {
    "landed in Darwin": "Darwin is not in the gazetteer, so the host state is not read",
    "Britain's 900 soldiers in Estonia will be joined":
        "a numbered force 'in X' as a subject of 'be joined' is not read, nor the elided '300 more'",
    "a ship carrying Chinese marines docked":
        "'docked in the port' names no state; the host is the state named in the sentence before",
    "bound for Haiti on Tuesday": "the date hangs on 'bound', a clause of its own, so 'left' goes undated",
    "France still keeps about 1,000 soldiers in Chad":
        "the undated standing force merges into the dated arrival of the same pair in the article",
}


@pytest.mark.parametrize("text,expected", with_xfails(PROBES + ARTICLES + [(s, []) for s in NEGATIVES], XFAIL))
def test_probe(text, expected):
    assert seed_triples(text) == set(expected)


@pytest.mark.parametrize("text,expected", [
    ("The security pact could allow China to send troops to the Solomon Islands.", ("CHN", "SLB")),
    ("The agreement would let Russian troops be deployed to Nicaragua.", ("RUS", "NIC")),
])
def test_a_pact_that_could_let_forces_in_is_hypothetical(text, expected):
    got = {(e.actor_pair(), e.status) for e in events(text, PUB) if e.type == "DEPLOY_TROOPS"}
    assert got == {(expected, "hypothetical")}
