"""Probe table for people added to the gazetteer in people3: leaders and ministers of smaller states.

Each row is an ordinary wire phrasing with its own publication date and every occurred or
planned seed event it must yield (type, source, target, date, status), and nothing more.
People are named by title + full name, by full name alone, or by a distinctive surname; the
state is the one they served on the event date (a person who changed office maps to the
state or organisation they acted for then: IGO officials act for the IGO).
"""
from __future__ import annotations

import pytest

from tests.nlp_helpers import run
from tests.probes import M, seed_triples, with_xfails

# (text, published, expected seed events)
PROBES = [
    # Africa
    ("Tanzanian President Samia Suluhu Hassan met Kenyan President William Ruto in Nairobi on Tuesday.",
     "2024-05-16", [M("TZA", "KEN", "2024-05-14")]),
    ("Magufuli hosted Ugandan President Yoweri Museveni in Dar es Salaam on Monday.",
     "2019-03-06", [M("TZA", "UGA", "2019-03-04")]),
    ("Foreign Minister Robert Dussey of Togo held talks with his Ghanaian counterpart in Lome on Thursday.",
     "2023-06-09", [M("TGO", "GHA", "2023-06-08")]),
    ("Zambian President Edgar Lungu received Chinese Foreign Minister Wang Yi in Lusaka on Wednesday.",
     "2018-06-01", [M("ZMB", "CHN", "2018-05-30")]),
    ("Mugabe met South African President Jacob Zuma in Harare on Friday.",
     "2016-11-07", [M("ZWE", "ZAF", "2016-11-04")]),
    ("Namibian President Hage Geingob travelled to Berlin for talks with Chancellor Angela Merkel on Monday.",
     "2019-05-22", [M("NAM", "DEU", "2019-05-20")]),
    ("Nandi-Ndaitwah met Cuban Foreign Minister Bruno Rodriguez in Windhoek on Tuesday.",
     "2019-10-10", [M("NAM", "CUB", "2019-10-08")]),
    ("Malawi's President Lazarus Chakwera met Mozambican President Filipe Nyusi in Lilongwe on Monday.",
     "2022-03-10", [M("MWI", "MOZ", "2022-03-07")]),
    ("Tunisian Prime Minister Youssef Chahed met French President Emmanuel Macron at the Elysee on Monday.",
     "2018-02-01", [M("TUN", "FRA", "2018-01-29")]),
    ("Libyan Prime Minister Abdul Hamid Dbeibah met Turkish President Recep Tayyip Erdogan in Istanbul on "
     "Saturday.", "2022-09-19", [M("LBY", "TUR", "2022-09-17")]),
    ("Sarraj held talks with Italian Prime Minister Giuseppe Conte in Rome on Wednesday.",
     "2019-12-20", [M("LBY", "ITA", "2019-12-18")]),
    ("Gabon's President Ali Bongo Ondimba received French President Emmanuel Macron in Libreville on "
     "Wednesday.", "2023-03-03", [M("GAB", "FRA", "2023-03-01")]),
    ("Senegalese Prime Minister Ousmane Sonko met Chinese Premier Li Qiang in Beijing on Monday.",
     "2024-09-04", [M("SEN", "CHN", "2024-09-02")]),
    ("Madagascar's President Andry Rajoelina met Russian President Vladimir Putin in Sochi on Wednesday.",
     "2019-10-25", [M("MDG", "RUS", "2019-10-23")]),
    ("Ugandan Prime Minister Robinah Nabbanja met Kenyan Deputy President Rigathi Gachagua in Kampala on "
     "Tuesday.", "2023-04-13", [M("UGA", "KEN", "2023-04-11")]),
    ("Niger's defence minister, Salifou Mody, met Russian Defence Minister Andrei Belousov in Moscow on "
     "Tuesday.", "2025-01-17", [M("NER", "RUS", "2025-01-14")]),
    # Europe
    ("Kosovo's President Vjosa Osmani met Albanian Prime Minister Edi Rama in Tirana on Monday.",
     "2023-05-10", [M("XKX", "ALB", "2023-05-08")]),
    ("Serbian Prime Minister Ivica Dacic met German Chancellor Angela Merkel in Berlin on Thursday.",
     "2013-04-05", [M("SRB", "DEU", "2013-04-04")]),
    ("Dacic, now Serbia's foreign minister, held talks with Russian Foreign Minister Sergei Lavrov in "
     "Moscow on Tuesday.", "2019-05-23", [M("SRB", "RUS", "2019-05-21")]),
    ("Bosnian Serb leader Milorad Dodik met Russian President Vladimir Putin in the Kremlin on Tuesday.",
     "2024-02-22", [M("BIH", "RUS", "2024-02-20")]),
    ("Swiss President Alain Berset met Ukrainian President Volodymyr Zelensky in Kyiv on Thursday.",
     "2023-11-18", [M("CHE", "UKR", "2023-11-16")]),
    ("Ghana's Foreign Minister Shirley Ayorkor Botchwey met her Nigerian counterpart Geoffrey Onyeama in "
     "Abuja on Monday.", "2021-07-14", [M("GHA", "NGA", "2021-07-12")]),
    ("Swiss Foreign Minister Ignazio Cassis met Iranian Foreign Minister Hossein Amir-Abdollahian in "
     "Geneva on Monday.", "2023-06-22", [M("CHE", "IRN", "2023-06-19")]),
    ("Thaci and Serbian President Aleksandar Vucic met in Brussels on Monday.",
     "2018-07-20", [M("XKX", "SRB", "2018-07-16")]),
    # Middle East
    ("Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat on "
     "Saturday.", "2025-04-14", [M("OMN", "IRN", "2025-04-12")]),
    ("Sultan Haitham bin Tariq received Iranian President Ebrahim Raisi in Muscat on Monday.",
     "2023-05-31", [M("OMN", "IRN", "2023-05-29")]),
    ("Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah met Saudi Crown Prince Mohammed bin Salman in Riyadh "
     "on Tuesday.", "2024-01-25", [M("KWT", "SAU", "2024-01-23")]),
    ("Yemeni President Abd Rabbuh Mansur Hadi met Saudi King Salman in Riyadh on Monday.",
     "2016-03-09", [M("YEM", "SAU", "2016-03-07")]),
    ("Rashad al-Alimi, who heads Yemen's presidential council, met US envoy Tim Lenderking in Aden on "
     "Sunday.", "2023-02-14", [M("YEM", "USA", "2023-02-12")]),
    ("Abdullatif Al Zayani met British Foreign Secretary Dominic Raab in London on Monday.",
     "2021-03-10", [M("BHR", "GBR", "2021-03-08")]),
    ("Nechirvan Barzani met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.",
     "2021-06-04", [M("IRQ", "TUR", "2021-06-02")]),
    # Asia-Pacific
    ("Mongolian President Ukhnaagiin Khurelsukh met Chinese President Xi Jinping in Beijing on Tuesday.",
     "2022-11-30", [M("MNG", "CHN", "2022-11-29")]),
    ("Nepal's Prime Minister K.P. Sharma Oli met Indian Prime Minister Narendra Modi in New Delhi on "
     "Saturday.", "2018-04-09", [M("NPL", "IND", "2018-04-07")]),
    ("Laotian President Thongloun Sisoulith met Vietnamese leader Nguyen Phu Trong in Hanoi on Monday.",
     "2021-08-11", [M("LAO", "VNM", "2021-08-09")]),
    ("Papua New Guinea's Prime Minister James Marape met Australian Prime Minister Anthony Albanese in "
     "Canberra on Thursday.", "2023-12-08", [M("PNG", "AUS", "2023-12-07")]),
    ("Fijian Prime Minister Sitiveni Rabuka held talks with New Zealand's Christopher Luxon in Suva on "
     "Tuesday.", "2024-02-22", [M("FJI", "NZL", "2024-02-20")]),
    ("Caretaker Prime Minister Anwaar-ul-Haq Kakar met Chinese Premier Li Qiang in Beijing on Monday.",
     "2023-10-18", [M("PAK", "CHN", "2023-10-16")]),
    ("Kakar met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday.",
     "2023-11-03", [M("PAK", "SAU", "2023-11-01")]),
    ("Kazakh Foreign Minister Murat Nurtleu met US Secretary of State Antony Blinken in Astana on Tuesday.",
     "2023-10-20", [M("KAZ", "USA", "2023-10-17")]),
    # Americas
    ("Guatemalan President Bernardo Arevalo met US Secretary of State Antony Blinken in Guatemala City on "
     "Monday.", "2024-02-07", [M("GTM", "USA", "2024-02-05")]),
    ("Panama's President Jose Raul Mulino met US Secretary of State Marco Rubio in Panama City on Sunday.",
     "2025-02-04", [M("PAN", "USA", "2025-02-02")]),
    ("Paraguayan President Santiago Pena met Taiwanese President Lai Ching-te in Taipei on Tuesday.",
     "2025-05-15", [M("PRY", "TWN", "2025-05-13")]),
    ("Barbados Prime Minister Mia Mottley met French President Emmanuel Macron in Paris on Friday.",
     "2023-06-26", [M("BRB", "FRA", "2023-06-23")]),
    ("Haiti's Prime Minister Ariel Henry met Kenyan President William Ruto in Nairobi on Friday.",
     "2024-03-04", [M("HTI", "KEN", "2024-03-01")]),
    ("Uruguayan President Luis Lacalle Pou met Brazilian President Luiz Inacio Lula da Silva in "
     "Montevideo on Monday.", "2023-01-27", [M("URY", "BRA", "2023-01-23")]),
]

# near-misses: a name shared with something else, a person with no state on the date
NEGATIVES = [
    ("A bongo drum band played as the delegations arrived on Monday.", "2024-03-15"),
    ("Jamaican sprinters met their coaches in Kingston on Monday.", "2024-03-15"),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text,pub,expected", with_xfails(PROBES + [(t, p, []) for t, p in NEGATIVES], XFAIL))
def test_probe(text, pub, expected):
    assert seed_triples(text, pub) == set(expected)


# (text, published, surface, actor id, state the person acts for on that date: None = an IGO official)
MENTIONS = [
    ("Berset said on Monday that talks would continue.", "2023-05-08", "Berset", "PER:alain-berset", "CHE"),
    ("Berset said on Monday that talks would continue.", "2025-05-05", "Berset", "PER:alain-berset", None),
    ("Philemon Yang opened the debate on Tuesday.", "2016-05-10", "Philemon Yang", "PER:philemon-yang", "CMR"),
    ("Philemon Yang opened the debate on Tuesday.", "2024-10-15", "Philemon Yang", "PER:philemon-yang", None),
    ("Botchwey said the ministers had agreed.", "2022-03-01", "Botchwey", "PER:shirley-ayorkor-botchwey", "GHA"),
    ("Botchwey said the ministers had agreed.", "2025-06-02", "Botchwey", "PER:shirley-ayorkor-botchwey", None),
    ("Abdullatif al-Zayani spoke in Riyadh.", "2015-12-09", "Abdullatif al-Zayani", "PER:abdullatif-al-zayani",
     None),
    ("Abdullatif al-Zayani spoke in Manama.", "2022-12-09", "Abdullatif al-Zayani", "PER:abdullatif-al-zayani",
     "BHR"),
    ("Foreign Minister Netumbo Nandi-Ndaitwah spoke on Friday.", "2016-04-01", "Netumbo Nandi-Ndaitwah",
     "PER:netumbo-nandi-ndaitwah", "NAM"),
    ("Dodik said Republika Srpska would not comply.", "2021-11-02", "Dodik", "PER:milorad-dodik", "BIH"),
    ("Thaci said Pristina would not back down.", "2012-05-02", "Thaci", "PER:hashim-thaci", "XKX"),
    ("Haradinaj said Pristina would not back down.", "2018-05-02", "Haradinaj", "PER:ramush-haradinaj", "XKX"),
    ("Mishal al-Ahmad al-Sabah was sworn in on Wednesday.", "2023-12-21", "Mishal al-Ahmad al-Sabah",
     "PER:mishal-al-ahmad-al-sabah", "KWT"),
    ("Dbeibah said elections would be held.", "2021-11-20", "Dbeibah", "PER:abdul-hamid-dbeibah", "LBY"),
    ("Khurelsukh said Mongolia would stay neutral.", "2022-03-01", "Khurelsukh", "PER:ukhnaagiin-khurelsukh",
     "MNG"),
]


@pytest.mark.parametrize("text,pub,surface,actor_id,state", MENTIONS)
def test_person_acts_for_the_state_of_the_date(text, pub, surface, actor_id, state):
    found = [m for m in run(text, pub)._.actor_mentions if m.actor_id == actor_id]
    assert found, actor_id
    assert surface in found[0].text
    assert found[0].country == state
