"""Hand-built articles and events the API tests query (no extraction involved)."""
from __future__ import annotations

from eventgraph.models import Actor, Article, Event

A = {i: Actor(i, n, "state", i) for i, n in [
    ("RUS", "Russia"), ("PRK", "North Korea"), ("KOR", "South Korea"), ("CHN", "China"),
    ("IND", "India"), ("TUR", "Turkey"), ("IRN", "Iran"), ("EGY", "Egypt"), ("ETH", "Ethiopia"),
    ("ARE", "United Arab Emirates"), ("USA", "United States"), ("UKR", "Ukraine"), ("BRA", "Brazil")]}
A["BRICS"] = Actor("BRICS", "BRICS", "organization", None)

SEED = Article(id="a-seed", title="Seoul summons Russian envoy", url="https://example.org/seed",
               published="2024-10-21", source="Example News",
               text="South Korea summoned the Russian ambassador on Monday.")
SUMMON_SENTENCE = "South Korea summoned the Russian ambassador on Monday to protest."


def ev(type_, src, tgt, date, status="occurred", evidence="", article="a-seed") -> Event:
    return Event(type=type_, source=A[src], target=A[tgt] if tgt else None, date=date,
                 status=status, confidence=0.8, article_id=article, evidence=evidence or f"{src} {type_} {tgt}")


def batch() -> list[tuple[Article, list[Event]]]:
    seed_events = [
        ev("SUMMON_AMBASSADOR", "KOR", "RUS", "2024-10-21", evidence=SUMMON_SENTENCE),
        ev("DEPLOY_TROOPS", "PRK", "RUS", "2024-10"),
        ev("MEET", "RUS", "CHN", "2024-10-22", "planned"),
        ev("MEET", "RUS", "IND", "2024-10-22", "planned"),
        ev("MEET", "RUS", "TUR", "2024-10-22", "planned"),
        ev("MEET", "RUS", "IRN", "2024-10-22", "planned"),
        ev("MEET", "RUS", "BRICS", "2024-10-22", "planned"),
        ev("JOIN_BLOC", "IRN", "BRICS", "2024-01"),
        ev("JOIN_BLOC", "EGY", "BRICS", "2024-01"),
        ev("JOIN_BLOC", "ETH", "BRICS", "2024-01"),
        ev("JOIN_BLOC", "ARE", "BRICS", "2024-01"),
        ev("APPLY_MEMBERSHIP", "TUR", "BRICS", "2024"),
        ev("DEPLOY_TROOPS", "PRK", "UKR", None, "hypothetical"),
    ]
    older = Article(id="a-2023", title="Putin and Kim meet", published="2023-09-13",
                    text="Putin and Kim met in Amur.")
    again = Article(id="a-again", title="Seoul protests", published="2024-10-22",
                    text="Seoul summoned the envoy yesterday.")
    undated = Article(id="a-undated", text="The US accused Russia.")
    return [
        (SEED, seed_events),
        (older, [ev("MEET", "PRK", "RUS", "2023-09-13", article="a-2023"),
                 ev("COOPERATE", "USA", "KOR", "2023-02-10", article="a-2023")]),
        (again, [ev("SUMMON_AMBASSADOR", "KOR", "RUS", "2024-10-21", evidence="Seoul summoned the envoy.",
                    article="a-again")]),
        (undated, [ev("ACCUSE", "USA", "RUS", None, article="a-undated")]),
    ]


# what the tests can rely on
N_EVENTS = 16  # 13 + 2 + the undated ACCUSE; the second SUMMON report merges
