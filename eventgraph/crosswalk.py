"""Nearest PLOVER type and CAMEO code for each eventgraph type (and PLOVER mode).

The table lives in data/crosswalk.csv; its `note` column says why a row was chosen
and where the published tables (PLOVER manual, CAMEO2PLOVER-2021) disagree.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TABLE = "crosswalk.csv"


@dataclass(frozen=True)
class Row:
    type: str
    mode: str | None  # None: the type's default row
    plover: str
    plover_mode: str | None
    cameo: str | None
    cameo_alt: tuple[str, ...]
    cameo_label: str
    note: str


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str | None], Row]:
    """All rows keyed by (type, mode); read once per process."""
    text = resources.files("eventgraph").joinpath("data", TABLE).read_text(encoding="utf-8")
    rows: dict[tuple[str, str | None], Row] = {}
    for rec in csv.DictReader(text.splitlines()):
        row = Row(
            type=rec["type"].strip(),
            mode=rec["mode"].strip() or None,
            plover=rec["plover"].strip(),
            plover_mode=rec["plover_mode"].strip() or None,
            cameo=rec["cameo"].strip() or None,
            cameo_alt=tuple(c.strip() for c in rec["cameo_alt"].split(";") if c.strip()),
            cameo_label=rec["cameo_label"].strip(),
            note=rec["note"].strip(),
        )
        key = (row.type, row.mode)
        if key in rows:
            raise ValueError(f"{TABLE}: duplicate row for type {row.type!r} mode {row.mode!r}")
        rows[key] = row
    return rows


def row_for(type: str, mode: str | None = None) -> Row:
    """The row for (type, mode); an unknown mode falls back to the type's default row."""
    rows = table()
    key = (type.upper(), mode.strip().lower() if mode else None)
    if key in rows:
        return rows[key]
    default = rows.get((key[0], None))
    if default is None:
        raise ValueError(f"unknown event type {type!r} (not in {TABLE})")
    return default


def plover_for(type: str, mode: str | None = None) -> str:
    return row_for(type, mode).plover


def cameo_for(type: str, mode: str | None = None) -> str | None:
    return row_for(type, mode).cameo


def modes(type: str) -> list[str]:
    """The modes the table knows for a type (without the default)."""
    t = type.upper()
    if (t, None) not in table():
        raise ValueError(f"unknown event type {type!r} (not in {TABLE})")
    return sorted(m for (rt, m) in table() if rt == t and m is not None)
