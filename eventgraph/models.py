"""The shapes that flow through eventgraph: Article in, Event out (see the contract)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, asdict
from typing import Any

EVENT_TYPES_SEED = ("MEET", "DEPLOY_TROOPS", "SUMMON_AMBASSADOR", "JOIN_BLOC", "APPLY_MEMBERSHIP")
EVENT_TYPES_PLOVER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT",
    "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_TYPES = EVENT_TYPES_SEED + EVENT_TYPES_PLOVER
SYMMETRIC_TYPES = frozenset({"MEET", "CONSULT", "AGREE", "COOPERATE"})
# types whose target may be null (the contract: "only for types that have none"): a show of
# force needs no one it is aimed at ('the US put 8,500 troops on alert')
UNTARGETED_TYPES = frozenset({"MOBILIZE"})
STATUSES = ("occurred", "planned", "denied", "hypothetical")
# statuses that say the event is (or will be) real; they merge with one another
FACTUAL = frozenset({"occurred", "planned"})
ACTOR_KINDS = ("state", "organization", "person", "agency", "group")
PRECISIONS = ("day", "month", "year")


def short_hash(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


@dataclass(frozen=True)
class Article:
    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    source: str | None = None
    language: str | None = "en"
    origin: str | None = None  # file:line it was read from, for error messages

    def __post_init__(self) -> None:
        if not self.id:
            # content-derived, so the same article read twice is the same article
            object.__setattr__(self, "id", "art-" + short_hash(self.title or "", self.text))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("origin")
        return d


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # ISO3 the actor belongs to / acts for; None for blocs/IGOs

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Actor | None":
        if not d:
            return None
        return cls(id=d["id"], name=d.get("name") or d["id"], kind=d.get("kind") or "state",
                   country=d.get("country"))


def date_compatible(a: str | None, b: str | None) -> bool:
    """'2024-10' and '2024-10-21' can be the same event; None matches nothing but None."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a)


def precision_of(date: str | None) -> str | None:
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


@dataclass
class Event:
    """One extracted event in the contract's shape (plus optional extensions)."""

    type: str
    source: Actor
    target: Actor | None
    date: str | None = None
    date_precision: str | None = None
    status: str = "occurred"
    plover: str | None = None
    cameo: str | None = None
    confidence: float = 0.5
    article_id: str = ""
    evidence: str = ""
    # extensions (optional in the contract)
    mode: str | None = None  # PLOVER mode, e.g. 'expel' for SANCTION
    source_agent: Actor | None = None  # the person/agency that acted for the source
    target_agent: Actor | None = None
    sentence_index: int | None = None
    sentences: list[str] = field(default_factory=list)  # all evidence sentences in this article
    source_sector: str | None = None  # government | military | diplomat | intelligence | opposition ...
    target_sector: str | None = None

    def __post_init__(self) -> None:
        if self.date_precision is None:
            self.date_precision = precision_of(self.date)

    def actor_pair(self) -> tuple[str, str]:
        a, b = self.source.id, (self.target.id if self.target else "")
        if self.type in SYMMETRIC_TYPES and b and b < a:
            a, b = b, a
        return a, b

    def pair_key(self) -> str:
        """Events with the same pair key and compatible dates are one real-world event."""
        a, b = self.actor_pair()
        factuality = "fact" if self.status in FACTUAL else self.status
        # an expulsion and a recall between the same pair on one day are two SANCTIONs
        kind = f"{self.type}/{self.mode}" if self.mode else self.type
        return f"{kind}|{a}|{b}|{factuality}"

    @property
    def id(self) -> str:
        return "ev-" + short_hash(self.pair_key(), self.date or "")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "status": self.status,
            "plover": self.plover,
            "cameo": self.cameo,
            "confidence": round(float(self.confidence), 3),
            "article_id": self.article_id,
            "evidence": self.evidence,
        }
        if self.mode:
            d["mode"] = self.mode
        if self.source_agent:
            d["source_agent"] = self.source_agent.to_dict()
        if self.target_agent:
            d["target_agent"] = self.target_agent.to_dict()
        if self.sentence_index is not None:
            d["sentence_index"] = self.sentence_index
        if self.source_sector:
            d["source_sector"] = self.source_sector
        if self.target_sector:
            d["target_sector"] = self.target_sector
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            type=d["type"], source=Actor.from_dict(d["source"]), target=Actor.from_dict(d.get("target")),
            date=d.get("date"), date_precision=d.get("date_precision"), status=d.get("status", "occurred"),
            plover=d.get("plover"), cameo=d.get("cameo"), confidence=d.get("confidence", 0.5),
            article_id=d.get("article_id", ""), evidence=d.get("evidence", ""), mode=d.get("mode"),
            source_agent=Actor.from_dict(d.get("source_agent")),
            target_agent=Actor.from_dict(d.get("target_agent")),
            sentence_index=d.get("sentence_index"),
            source_sector=d.get("source_sector"), target_sector=d.get("target_sector"),
        )
