"""Shared pieces of the probe tables (tests/unit/test_probes_*.py, test_cities.py).

A seed row expects (type, source, target, date, status) tuples, built with M/S/J/A/D; a PLOVER
row expects (type, source, target) tuples. Rows the extractor cannot follow yet are marked as
strict xfails (a fix shows up as XPASS).
"""
from __future__ import annotations

import pytest

from eventgraph.models import EVENT_TYPES_PLOVER
from tests.nlp_helpers import events, triples

PUB = "2024-03-15"  # a Friday: 'on Monday' is 2024-03-11
SEED = {"MEET", "SUMMON_AMBASSADOR", "JOIN_BLOC", "APPLY_MEMBERSHIP", "DEPLOY_TROOPS"}
REAL = ("occurred", "planned")
# PLOVER types whose expected pair is written in either order
SYMMETRIC = ("AGREE", "COOPERATE", "CONSULT")


# -- seed rows --

def M(a, b, date, status="occurred"):
    a, b = sorted((a, b))
    return ("MEET", a, b, date, status)


def S(a, b, date, status="occurred"):
    return ("SUMMON_AMBASSADOR", a, b, date, status)


def J(a, b, date, status="occurred"):
    return ("JOIN_BLOC", a, b, date, status)


def A(a, b, date, status="occurred"):
    return ("APPLY_MEMBERSHIP", a, b, date, status)


def D(a, b, date, status="occurred"):
    return ("DEPLOY_TROOPS", a, b, date, status)


def seed_triples(text: str, published: str | None = PUB) -> set[tuple]:
    """The occurred or planned seed events of a text as (type, source, target, date, status)."""
    return {x for x in triples(events(text, published)) if x[0] in SEED}


# -- PLOVER rows --

def event_pairs(text: str, published: str | None = "2024-10-21", types=None) -> set[tuple]:
    """(type, source, target) of the occurred or planned events of a text, of `types` if given."""
    out = set()
    for e in events(text, published):
        if e.status in REAL and (types is None or e.type in types):
            out.add((e.type, *e.actor_pair()))
    return out


def plover_triples(text: str) -> set[tuple]:
    return event_pairs(text, types=EVENT_TYPES_PLOVER)


def normalise(expected) -> set[tuple]:
    """Expected (type, source, target) rows as the extractor gives them: a symmetric pair
    sorted, a missing target as ''."""
    out = set()
    for t, s, o in expected:
        o = o or ""
        out.add((t, *sorted((s, o))) if t in SYMMETRIC else (t, s, o))
    return out


def check_positive(text: str, expected) -> None:
    """The text gives exactly the expected events of the types it expects."""
    types = {e[0] for e in expected}
    found = {g for g in plover_triples(text) if g[0] in types}
    assert found == normalise(expected), text


def check_negative(text: str, kind: str) -> None:
    assert not any(g[0] == kind for g in plover_triples(text)), text


# -- marking and naming rows --

def xfail(*args, reason: str):
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason=reason))


def values(row) -> tuple:
    return row.values if hasattr(row, "values") else row


def with_xfails(rows, reasons: dict[str, str]) -> list:
    """Rows whose text (first value) contains a key of `reasons` become strict xfails."""
    out = []
    for row in rows:
        why = None if hasattr(row, "values") else next((w for k, w in reasons.items() if k in row[0]), None)
        out.append(xfail(*row, reason=why) if why else row)
    return out


def positive_ids(rows, tag: str = "") -> list[str]:
    """'<first expected type><tag>-<index>' for each row."""
    return [f"{values(r)[1][0][0]}{tag}-{i}" for i, r in enumerate(rows)]


def negative_ids(rows, prefix: str = "no") -> list[str]:
    return [f"{prefix}-{k}-{i}" for i, (_, k) in enumerate(rows)]
