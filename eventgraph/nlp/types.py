"""What the pipeline components leave on a spaCy Doc (as Doc._ extensions, see pipeline.py).

  doc._.published        str | None      ISO date anchoring relative dates (set by the caller)
  doc._.article_id       str
  doc._.actor_mentions   list[ActorMention]   (component 'eg_actors', then 'eg_coref' adds via='coref')
  doc._.date_mentions    list[DateMention]    (component 'eg_dates')
  doc._.candidates       list[Candidate]      (component 'eg_triggers', status set by 'eg_status')
"""
from __future__ import annotations

from dataclasses import dataclass, field

# mentions that only ever name a place (data/regions.csv, data/cities.csv): never an actor
PLACE_VIA = frozenset({"region", "city"})


@dataclass
class ActorMention:
    start: int  # token index in the Doc (inclusive)
    end: int  # token index (exclusive)
    text: str
    actor_id: str  # gazetteer id: ISO3 state, bloc acronym, PER:..., ORG:...
    kind: str  # state | organization | person | agency | group
    sector: str | None = None  # government | military | diplomat | intelligence | opposition | ...
    via: str = "name"  # name | short | demonym | metonym | title | person | agency | group | coref | region | city
    head: int | None = None  # token index of the mention's syntactic head (e.g. 'ambassador')
    country: str | None = None  # ISO3 the actor acts for (people at doc._.published; agencies); None for blocs
    locative: bool = False  # used as a place ('in Russia', 'Chasiv Yar, Ukraine'), not as an agent


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date: str | None  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str | None  # day | month | year
    relative: bool = False  # resolved against the published date


@dataclass
class Candidate:
    type: str  # event type (models.EVENT_TYPES)
    trigger: int  # token index of the trigger word
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    date: DateMention | None = None
    status: str = "occurred"
    mode: str | None = None
    sentence: int = 0  # index of the sentence in doc.sents
    cues: list[str] = field(default_factory=list)  # why: trigger/status cues, for confidence and debugging
