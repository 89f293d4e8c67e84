"""Probe table for copied acts (nlp/suit.py): 'X cut ties with Iran. Y and Z followed suit',
'W did the same', 'V joined X in recalling its envoy', 'U is expected to follow suit'.

Mini-articles of our own, published 2024-03-15 (a Friday: 'on Monday' is 2024-03-11). Each
positive lists the events the copying actors must get (type, source, target, date, status),
and those actors get no other event of those types; each negative names an actor that must
be the source of no occurred or planned event. Convention (tests/data/unseen5/README.md): 'followed
suit' inherits the earlier act(s), planned when 'expected to follow suit'.
"""
from __future__ import annotations

import pytest

from tests.nlp_helpers import events, triples
from tests.probes import PUB, xfail

MEETS = {"MEET", "AGREE", "COOPERATE", "CONSULT"}


def E(kind, a, b, date=None, status="occurred"):
    if kind == "MEET":
        a, b = sorted((a, b))
    return (kind, a, b, date, status)


POSITIVE = [
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain and Sudan followed suit on Monday.",
     [E("SANCTION", "BHR", "IRN", "2024-03-11"), E("SANCTION", "SDN", "IRN", "2024-03-11")]),
    ("Saudi Arabia cut diplomatic ties with Iran on Sunday. Kuwait did the same on Tuesday.",
     [E("SANCTION", "KWT", "IRN", "2024-03-12")]),
    ("Saudi Arabia recalled its ambassador from Iran on Sunday. The UAE joined Riyadh in recalling its "
     "ambassador on Monday.",
     [E("SANCTION", "ARE", "IRN", "2024-03-11")]),
    ("Saudi Arabia cut ties with Iran on Sunday. Ghana is expected to follow suit.",
     [E("SANCTION", "GHA", "IRN", None, "planned")]),
    ("Saudi Arabia cut ties with Iran on Sunday. Jordan will follow suit next week, officials said.",
     [E("SANCTION", "JOR", "IRN", "2024-03", "planned")]),
    ("Lithuania expelled three Russian diplomats on Monday. Latvia and Estonia followed suit on Wednesday.",
     [E("SANCTION", "LVA", "RUS", "2024-03-13"), E("SANCTION", "EST", "RUS", "2024-03-13")]),
    ("The United States imposed sanctions on Venezuela's state oil company on Tuesday. "
     "Canada followed suit on Thursday.",
     [E("SANCTION", "CAN", "VEN", "2024-03-14")]),
    ("Panama accused Colombia of harbouring smugglers on Monday. Costa Rica did the same on Tuesday.",
     [E("ACCUSE", "CRI", "COL", "2024-03-12")]),
    xfail("Panama accused Colombia of harbouring smugglers on Monday. Costa Rica did the same a day later.",
          [E("ACCUSE", "CRI", "COL", "2024-03-12")],
          reason="'a day later' after 'did the same' is parsed as no date expression: the copy keeps Monday"),
    ("Iran expelled two Azerbaijani diplomats on Monday. Baku did the same on Tuesday.",
     [E("SANCTION", "AZE", "IRN", "2024-03-12")]),
    ("The European Union imposed sanctions on Niger's junta on Monday. Britain took similar steps on Wednesday.",
     [E("SANCTION", "GBR", "NER", "2024-03-13")]),
    ("Japan sent emergency food aid to Sri Lanka on Monday. South Korea did likewise on Tuesday.",
     [E("AID", "KOR", "LKA", "2024-03-12")]),
    ("Sweden expelled Iraq's ambassador on Monday. Denmark matched the move on Tuesday. Norway is "
     "expected to follow suit.",
     [E("SANCTION", "DNK", "IRQ", "2024-03-12"), E("SANCTION", "NOR", "IRQ", None, "planned")]),
    ("Poland summoned Israel's ambassador on Tuesday over the killing of an aid worker. "
     "Britain followed suit on Wednesday.",
     [E("SUMMON_AMBASSADOR", "GBR", "ISR", "2024-03-13")]),
    ("Kenya deployed police officers to Haiti in June. Benin is expected to follow suit.",
     [E("DEPLOY_TROOPS", "BEN", "HTI", None, "planned")]),
    ("Russia recalled its ambassador from Moldova on Monday. Belarus followed Moscow's lead on Tuesday.",
     [E("SANCTION", "BLR", "MDA", "2024-03-12")]),
    ("Saudi Arabia cut ties with Qatar on Monday. Bahrain followed suit hours later, and the UAE and Egypt "
     "did the same on Tuesday.",
     [E("SANCTION", "BHR", "QAT", "2024-03-11"), E("SANCTION", "ARE", "QAT", "2024-03-12"),
      E("SANCTION", "EGY", "QAT", "2024-03-12")]),
    ("Chinese President Xi Jinping met Putin in Moscow on Monday. Days later, Lula did the same.",
     [E("MEET", "BRA", "RUS", "2024-03")]),
    ("Iran expelled two Saudi diplomats on Monday. Riyadh followed suit, expelling Iranian envoys on Tuesday.",
     [E("SANCTION", "SAU", "IRN", "2024-03-12")]),
    ("Ecuador recognised Palestine as a state on Monday. Argentina and Uruguay have since followed suit.",
     [E("SUPPORT", "ARG", "PSE"), E("SUPPORT", "URY", "PSE")]),
    ("The Solomon Islands switched diplomatic recognition from Taiwan to China in September. Kiribati "
     "followed suit on September 20.",
     [E("SUPPORT", "KIR", "CHN", "2023-09-20"), E("SANCTION", "KIR", "TWN", "2023-09-20")]),
    ("The UAE joined Saudi Arabia in cutting ties with Qatar on Monday.", [E("SANCTION", "ARE", "QAT", "2024-03-11")]),
    ("Britain sent tanks to Ukraine on Monday. Germany is expected to follow suit.",
     [E("AID", "DEU", "UKR", None, "planned")]),
    ("Ecuador condemned Venezuela's election on Monday. Peru followed suit on Tuesday.",
     [E("ACCUSE", "PER", "VEN", "2024-03-12")]),
]

# the earlier act's own pair: nothing new for a copier who is already its source
NEGATIVE = [
    ("Saudi Arabia cut ties with Iran on Sunday. Others are expected to follow suit.", "ANY"),
    ("Bahrain followed suit on Monday.", "BHR"),
    ("Saudi Arabia cut ties with Iran on Sunday. Qatar refused to follow suit.", "QAT"),
    ("Saudi Arabia cut ties with Iran on Sunday. Oman did not follow suit.", "OMN"),
    ("Saudi Arabia cut ties with Iran on Sunday. Oman declined to do the same.", "OMN"),
    ("A suit was filed against Chevron in Ecuador on Monday. Peru followed the suit closely.", "PER"),
    ("Argentina filed a lawsuit against the bondholders on Monday. Chile followed suit on Tuesday.", "CHL"),
    ("Mexico hosted a summit on migration on Monday. Guatemala took steps to tighten its border.", "GTM"),
    ("Saudi Arabia cut ties with Iran in 2016. The kingdom restored them in 2023. "
     "Analysts said Kuwait was unlikely to follow suit.", "KWT"),
    ("Saudi Arabia cut ties with Iran on Sunday. The president met his cabinet on Monday. "
     "Officials discussed the economy. Trade rose in March. Kuwait did the same.", "KWT"),
    ("Ecuador recognised Palestine as a state on Monday. Argentina has not followed suit.", "ARG"),
    ("Britain sent tanks to Ukraine on Monday. It urged Germany to do the same.", "DEU"),
    ("Britain sent tanks to Ukraine on Monday. London called on Germany to follow suit.", "DEU"),
    ("Chile's president wore a dark suit at the summit with Argentina on Monday. Peru followed.", "PER"),
    ("Ecuador granted asylum to the activist on Monday. Mexico followed suit on Wednesday.", "MEX"),  # no target
    ("Sudan may cut ties with Iran, officials said. Ghana is expected to follow suit.", "GHA"),
]


def _copied(text: str, actors: set[str], kinds: set[str]) -> set[tuple]:
    return {t for t in triples(events(text, PUB)) if t[0] in kinds and (
        t[1] in actors or (t[0] in MEETS and t[2] in actors))}


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[f"copy-{i}" for i in range(len(POSITIVE))])
def test_copied_act(text, expected):
    actors = {e[1] for e in expected}
    kinds = {e[0] for e in expected}
    assert _copied(text, actors, kinds) == set(expected), text


@pytest.mark.parametrize("text,actor", NEGATIVE, ids=[f"no-{i}" for i in range(len(NEGATIVE))])
def test_no_copy(text, actor):
    found = triples(events(text, PUB))
    if actor == "ANY":
        assert {t[1] for t in found} <= {"SAU"}, text
    else:
        assert not any(actor == t[1] for t in found), text


def test_copy_keeps_the_original():
    """The copied act itself stays as it was."""
    found = triples(events("Saudi Arabia cut ties with Iran on Sunday. Bahrain followed suit on Monday.", PUB))
    assert ("SANCTION", "SAU", "IRN", "2024-03-10", "occurred") in found
