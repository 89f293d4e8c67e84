"""Probe table for repeated acts (nlp/suit.py repeated_targets, used by nlp/plover.py read_act):
'Saudi Arabia cut ties with Iran. Bahrain also cut ties' names no target of its own and takes
the target of the latest earlier act of the same type by another actor (this or the two
sentences before), when the clause says 'also', 'too', 'likewise', 'similarly', 'as well' or
repeats the earlier act's verb.

Mini-articles of our own, published 2024-03-15 (a Friday: 'on Monday' is 2024-03-11). Each
positive lists the events the repeating actors must get (type, source, target, date, status)
and those actors get no other event of those types; each negative names a (type, source,
target) that must not be found.
"""
from __future__ import annotations

import pytest

from tests.nlp_helpers import events, triples
from tests.probes import PUB, xfail


def E(kind, a, b, date=None, status="occurred"):
    return (kind, a, b, date, status)


POSITIVE = [
    ("Saudi Arabia cut diplomatic ties with Iran on Sunday. Bahrain also cut ties on Monday.",
     [E("SANCTION", "BHR", "IRN", "2024-03-11")]),
    ("Saudi Arabia recalled its ambassador from Iran on Sunday. Sudan, too, recalled its ambassador on Monday.",
     [E("SANCTION", "SDN", "IRN", "2024-03-11")]),
    ("Saudi Arabia downgraded relations with Iran on Sunday. The UAE also downgraded relations on Monday.",
     [E("SANCTION", "ARE", "IRN", "2024-03-11")]),
    ("Saudi Arabia closed its airspace to Qatar on Monday. Egypt also closed its airspace on Tuesday.",
     [E("COERCE", "EGY", "QAT", "2024-03-12")]),
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain and Sudan also severed ties on Monday.",
     [E("SANCTION", "BHR", "IRN", "2024-03-11"), E("SANCTION", "SDN", "IRN", "2024-03-11")]),
    ("Lithuania expelled three Russian diplomats on Monday. Latvia also expelled two diplomats on Wednesday.",
     [E("SANCTION", "LVA", "RUS", "2024-03-13")]),
    ("Mali suspended cooperation with France on Monday. Niger also suspended cooperation on Tuesday.",
     [E("SANCTION", "NER", "FRA", "2024-03-12")]),
    ("Japan sent food aid to Sri Lanka on Monday. South Korea also sent aid on Tuesday.",
     [E("AID", "KOR", "LKA", "2024-03-12")]),
    ("The European Union imposed sanctions on Belarus on Monday. Britain, too, imposed sanctions on Tuesday.",
     [E("SANCTION", "GBR", "BLR", "2024-03-12")]),
    ("The United States imposed sanctions on Iran on Monday. Britain likewise imposed sanctions on Tuesday.",
     [E("SANCTION", "GBR", "IRN", "2024-03-12")]),
    ("Poland closed its border with Belarus on Monday. Lithuania also closed its border on Tuesday.",
     [E("COERCE", "LTU", "BLR", "2024-03-12")]),
    ("Ukraine accused Russia of shelling the plant on Monday. The IAEA also accused Moscow on Tuesday.",
     [E("ACCUSE", "IAEA", "RUS", "2024-03-12")]),
    ("Israel struck targets in Lebanon on Monday. The United States also carried out strikes on Tuesday.",
     [E("ASSAULT", "USA", "LBN", "2024-03-12")]),
    ("Chad expelled the French ambassador on Monday. Niger similarly expelled the French envoy on Wednesday.",
     [E("SANCTION", "NER", "FRA", "2024-03-13")]),
    # the same verb again, without 'also'
    ("Saudi Arabia cut ties with Iran on Sunday. On Monday, Bahrain cut ties as well.",
     [E("SANCTION", "BHR", "IRN", "2024-03-11")]),
    ("Algeria recalled its ambassador from Paris on Tuesday. Morocco recalled its envoy on Wednesday.",
     [E("SANCTION", "MAR", "FRA", "2024-03-13")]),
    # the one answering back: the earlier act's target takes aim at its source
    ("Iran expelled two Azerbaijani diplomats on Monday. Azerbaijan also expelled two diplomats on Tuesday.",
     [E("SANCTION", "AZE", "IRN", "2024-03-12")]),
    ("The United States recognised Kosovo on Monday. Britain also recognised the new state on Tuesday.",
     [E("SUPPORT", "GBR", "XKX", "2024-03-12")]),
    ("President Biden called on Israel to allow more aid into Gaza on Monday. The French president also "
     "called for more aid on Tuesday.",
     [E("REQUEST", "FRA", "ISR", "2024-03-12")]),
    ("Russia accused Ukraine of shelling the plant on Monday. Ukraine also accused Moscow on Tuesday.",
     [E("ACCUSE", "UKR", "RUS", "2024-03-12")]),
    # seed types read their own context
    ("France summoned Russia's ambassador on Monday. Germany also summoned the envoy on Tuesday.",
     [E("SUMMON_AMBASSADOR", "DEU", "RUS", "2024-03-12")]),
    ("Kenya deployed police officers to Haiti on Monday. Benin also sent troops on Tuesday.",
     [E("DEPLOY_TROOPS", "BEN", "HTI", "2024-03-12")]),
    # 'the launch' names the act both condemn, not the first condemner
    ("The United States condemned North Korea's missile launch on Monday. Japan also condemned the "
     "launch on Tuesday.", [E("ACCUSE", "JPN", "PRK", "2024-03-12")]),
    ("Israel expanded settlements on Monday. Jordan condemned the decision on Tuesday. Egypt also "
     "condemned the decision on Wednesday.", [E("ACCUSE", "EGY", "ISR", "2024-03-13")]),
    xfail("Mali's junta ordered French troops to leave on Monday. Burkina Faso similarly ordered French "
          "forces out on Tuesday.", [E("SANCTION", "BFA", "FRA", "2024-03-12")],
          reason="'ordered French forces out' is not read as an expulsion"),
]

NEGATIVE = [
    # no earlier act of that type
    ("Bahrain also cut ties on Monday.", ("SANCTION", "BHR", None)),
    ("Saudi Arabia's king met Iran's president on Sunday. Bahrain also cut ties on Monday.",
     ("SANCTION", "BHR", "IRN")),
    # the latest earlier act of the type is the same actor's
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain expelled Qatar's ambassador on Monday. "
     "Bahrain also cut trade ties on Tuesday.", ("SANCTION", "BHR", "IRN")),
    # its own explicit target
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain also cut ties with Qatar on Monday.",
     ("SANCTION", "BHR", "IRN")),
    # the earlier act four sentences back
    ("Saudi Arabia cut ties with Iran on Sunday. The president met his cabinet on Monday. Officials "
     "discussed the economy. Trade rose in March. Kuwait also cut ties.", ("SANCTION", "KWT", None)),
    # the earlier act only may happen
    ("Saudi Arabia may cut ties with Iran, officials said. Bahrain also cut ties on Monday.",
     ("SANCTION", "BHR", None)),
    # denied, or only asked for
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain did not cut ties.", ("SANCTION", "BHR", None)),
    ("Britain sent tanks to Ukraine on Monday. It urged Germany to also send tanks.", ("AID", "DEU", None)),
    # the latest condemner is not what 'the launch' names
    ("The United States condemned North Korea's missile launch on Monday. Japan also condemned the "
     "launch on Tuesday.", ("ACCUSE", "JPN", "USA")),
    # a different kind of act
    ("Egypt hosted talks on Gaza on Monday. Qatar also hosted talks on Tuesday.", ("ANY", "QAT", None)),
    ("Germany pledged aid to Ukraine on Monday. France also met the Polish president on Tuesday.",
     ("AID", "FRA", None)),
]


def _of(text: str, actors: set[str], kinds: set[str]) -> set[tuple]:
    return {t for t in triples(events(text, PUB)) if t[0] in kinds and t[1] in actors}


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[f"also-{i}" for i in range(len(POSITIVE))])
def test_repeated_act(text, expected):
    assert _of(text, {e[1] for e in expected}, {e[0] for e in expected}) == set(expected), text


@pytest.mark.parametrize("text,bad", NEGATIVE, ids=[f"no-{i}" for i in range(len(NEGATIVE))])
def test_no_repeat(text, bad):
    kind, src, tgt = bad
    found = [t for t in triples(events(text, PUB)) if t[1] == src and kind in ("ANY", t[0])]
    assert not [t for t in found if tgt in (None, t[2])], text


def test_explicit_target_kept():
    """'also' with a target of its own keeps that target."""
    found = triples(events("Saudi Arabia cut ties with Iran on Sunday. Bahrain also cut ties with Qatar "
                           "on Monday.", PUB))
    assert ("SANCTION", "BHR", "QAT", "2024-03-11", "occurred") in found


def test_repeat_keeps_the_original():
    found = triples(events("Saudi Arabia cut ties with Iran on Sunday. Bahrain also cut ties on Monday.", PUB))
    assert ("SANCTION", "SAU", "IRN", "2024-03-10", "occurred") in found
