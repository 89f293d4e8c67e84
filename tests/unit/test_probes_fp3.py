"""Probe round fp3: false positives removed by category, in phrasings of our own.

1. a nominal act with its parties listed ('fighting between X and Y', 'talks among X, Y and Z')
   has no other party: a broker, a host or a force named elsewhere in the clause is none;
2. 'refused/denied/barred entry to a delegation from X' is a refusal of admittance, not a bloc
   membership: 'entry' under a refusing verb gives no JOIN_BLOC.

Positives list the (type, source, target) events of their types the text must give and no
other of those types; negatives name a type the text must not give (occurred or planned)."""
from __future__ import annotations

import pytest

from tests.probes import J, check_positive, negative_ids, positive_ids, seed_triples

POSITIVE = [
    # 1. the 'between' list names the parties
    ("About 1,500 Turkish soldiers were sent to the area in May under an Ankara-brokered truce "
     "that ended weeks of fighting between Ethiopia and Eritrea.",
     [("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")]),
    ("Kenyan police were flown to the capital after a Nairobi-backed accord ended months of fighting between Sudan and "
     "South Sudan.", [("ASSAULT", "SDN", "SSD"), ("ASSAULT", "SSD", "SDN")]),
    ("Clashes broke out between Kyrgyzstan and Tajikistan on the border on Friday.",
     [("ASSAULT", "KGZ", "TJK"), ("ASSAULT", "TJK", "KGZ")]),
    ("India's army said its troops shelled Pakistani positions on Tuesday.", [("ASSAULT", "IND", "PAK")]),
    # 2. the refusal itself stays
    ("Niger's junta on Tuesday refused entry to a delegation from the African Union.", [("REJECT", "NER", "AU")]),
]

# 2. entry into a bloc still counts (seed rows: type, source, target, date, status)
JOINS = [
    ("Finland's entry into NATO was completed on Tuesday.", {J("FIN", "NATO", "2024-03-12")}),
    ("Sweden joined NATO on Thursday.", {J("SWE", "NATO", "2024-03-14")}),
]

NEGATIVE = [
    ("Mali's junta on Tuesday refused entry to a delegation from the African Union and the United Nations.",
     "JOIN_BLOC"),
    ("Hungary denied entry to a team of observers from the European Union on Monday.", "JOIN_BLOC"),
    ("Guinea's rulers barred entry to a mediation mission from ECOWAS on Wednesday.", "JOIN_BLOC"),
    ("Turkey refused Sweden's entry into NATO for months.", "JOIN_BLOC"),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=positive_ids(POSITIVE, "fp3"))
def test_probe_positive(text, expected):
    check_positive(text, expected)


@pytest.mark.parametrize("text,expected", JOINS, ids=[f"join-{i}" for i in range(len(JOINS))])
def test_probe_join_kept(text, expected):
    assert {x for x in seed_triples(text) if x[0] == "JOIN_BLOC"} == expected, text


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=negative_ids(NEGATIVE))
def test_probe_negative(text, kind):
    # JOIN_BLOC is a seed type: check_negative looks only at PLOVER types
    assert not any(x[0] == kind for x in seed_triples(text)), text
