"""The GraphStore contract: one interface, an embedded and a Neo4j implementation.

Shared semantics live here so both stores agree:
- an Article already stored is skipped (ingest is idempotent and re-runs resume);
- events with the same pair key (type, actors, factuality) and compatible dates are ONE
  event: later reports add evidence, a more precise date refines it, 'occurred' beats
  'planned';
- an undated report belongs to the dated event absorb_target names, whichever of the two
  was ingested first: a dated report that arrives later absorbs the pair's undated event
  (evidence moves, the undated event is deleted, in the same transaction). Known limits:
  an undated event's reports move together (judged by the earliest publication day), and
  an undated report already merged into a dated event does not move to a later-ingested
  event that fits it better;
- list order is newest first: (date_start desc, id desc), undated last; cursors are
  opaque strings encoding the last row's sort key, so pages stay stable while data is added.
"""
from __future__ import annotations

import base64
import calendar
import datetime
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..errors import InputError
from ..models import PRECISIONS, STATUSES, Actor, Article, Event, date_compatible, precision_of


@dataclass(frozen=True)
class EventFilter:
    """Which events a read covers; every field narrows (AND). since/until keep dated events
    whose [date_start(date), date_end(date)] overlaps [since_start(), until_end()]; undated
    events never match a since/until filter."""

    actor: str | None = None  # events with this actor as source or target
    other: str | None = None  # ... and this one on the other side (alone: like actor)
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None  # inclusive

    def since_start(self) -> str | None:
        return date_start(self.since) if self.since else None

    def until_end(self) -> str | None:
        return date_end(self.until) if self.until else None


@dataclass
class IngestReport:
    articles_new: int = 0
    articles_skipped: int = 0  # already in the store
    events_created: int = 0
    events_merged: int = 0  # an existing event got more evidence
    events_absorbed: int = 0  # stored undated events taken into a dated one (absorb_target)
    event_ids: list[str] = field(default_factory=list)

    def add(self, other: "IngestReport") -> None:
        self.articles_new += other.articles_new
        self.articles_skipped += other.articles_skipped
        self.events_created += other.events_created
        self.events_merged += other.events_merged
        self.events_absorbed += other.events_absorbed
        self.event_ids.extend(other.event_ids)


def date_start(date: str) -> str:
    """First day a partial date can mean: '2024-10' -> '2024-10-01'."""
    parts = date.split("-")
    y = parts[0]
    m = parts[1] if len(parts) > 1 else "01"
    d = parts[2] if len(parts) > 2 else "01"
    return f"{y}-{m}-{d}"


def date_end(date: str) -> str:
    """Last day a partial date can mean: '2024-02' -> '2024-02-29'."""
    parts = date.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 12
    if len(parts) > 2:
        return f"{y:04d}-{m:02d}-{parts[2]}"
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def check_event(article: Article, ev: Event, i: int) -> None:
    """Raise InputError (naming the article's origin or id, event index and field) for an
    event a store must not take; both stores run it on the whole batch before writing."""
    where = article.origin or article.id

    def bad(field: str, msg: str) -> InputError:
        return InputError(f"event {i}: {msg}", file=where, field=field)

    if not ev.type:
        raise bad("type", "empty event type")
    if not isinstance(ev.source, Actor) or not ev.source.id:
        raise bad("source", "missing source actor")
    if ev.target is not None and not ev.target.id:
        raise bad("target", "target actor without id")
    if ev.status not in STATUSES:
        raise bad("status", f"unknown status {ev.status!r}")
    if ev.date is not None:
        if precision_of(ev.date) is None or ev.date_precision not in PRECISIONS:
            raise bad("date", f"date {ev.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        try:  # the first and last day it can mean must both be real days
            datetime.date.fromisoformat(date_start(ev.date))
            datetime.date.fromisoformat(date_end(ev.date))
        except (ValueError, IndexError):
            raise bad("date", f"date {ev.date!r} is not a calendar date") from None
        if precision_of(ev.date) != ev.date_precision:
            raise bad("date_precision", f"{ev.date_precision!r} does not fit date {ev.date!r}")
    elif ev.date_precision is not None:
        raise bad("date_precision", "precision without a date")


PRECISION_RANK = {None: 0, "year": 1, "month": 2, "day": 3}
STATUS_RANK = {"planned": 1, "occurred": 2}  # within the factual group, occurred wins


def _merge_values(existing: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = dict(existing)
    if PRECISION_RANK[new.get("date_precision")] > PRECISION_RANK[existing.get("date_precision")]:
        out["date"], out["date_precision"] = new["date"], new["date_precision"]
    if STATUS_RANK.get(new.get("status"), 0) > STATUS_RANK.get(existing.get("status"), 0):
        out["status"] = new["status"]
    out["confidence"] = max(float(existing.get("confidence") or 0),
                            float(new.get("confidence") or 0))
    for k in ("plover", "cameo", "mode"):  # the first report's values stay; gaps are filled
        if not out.get(k) and new.get(k):
            out[k] = new[k]
    return out


def merge_into(existing: dict[str, Any], new: Event) -> dict[str, Any]:
    """The stored event after a compatible new report: the shared merge rule of both stores."""
    return _merge_values(existing, {
        "date": new.date, "date_precision": new.date_precision, "status": new.status,
        "confidence": new.confidence, "plover": new.plover, "cameo": new.cameo,
        "mode": new.mode})


def absorb(dated: dict[str, Any], undated: dict[str, Any]) -> dict[str, Any]:
    """The dated stored event after taking in an undated one of its pair (see absorb_target):
    what merging the undated reports into it one by one gives, agents included."""
    out = _merge_values(dated, {k: undated.get(k) for k in
                                ("status", "confidence", "plover", "cameo", "mode")})
    for side in ("source_agent_id", "target_agent_id"):
        if not out.get(side) and undated.get(side):
            out[side] = undated[side]
    return out


ONE_OFF_TYPES = frozenset({"JOIN_BLOC", "APPLY_MEMBERSHIP"})


def absorb_target(candidates: Iterable[dict[str, Any]], event_type: str,
                  published: str | None) -> dict[str, Any] | None:
    """The dated stored event that an undated report (or an undated stored event) of this
    pair, from an article published on `published`, is part of; None when none is.
    - one-off types (ONE_OFF_TYPES): a state joins (or applies to) a bloc once in a while,
      so the pair's sole dated event is it, whatever the dates;
    - otherwise the pair's latest event dated on or before the publication day ('North Korea
      has sent troops to Russia' in a later article is the deployment already on record).
    choose_match uses it for undated reports and the stores for undated events when a dated
    report arrives, so which of the two was ingested first does not matter."""
    dated = [c for c in candidates if c.get("date")]
    if event_type in ONE_OFF_TYPES and len(dated) == 1:
        return dated[0]
    if not published:
        return None
    day = published[:10]
    before = [c for c in dated if date_start(c["date"]) <= day]
    if not before:
        return None
    return max(before, key=lambda c: (date_start(c["date"]), c["id"]))


def choose_match(candidates: Iterable[dict[str, Any]], new: Event,
                 published: str | None = None) -> dict[str, Any] | None:
    """Which stored event (dicts with id, date, date_precision; same pair key) a new report
    merges into, None for a new event.
    - an undated report: the dated event absorb_target names, else the pair's undated event;
    - a dated report: one with the same id, else the same date, else the most precise
      compatible date, ties by smallest id; never an undated event (the store absorbs those
      into the dated one afterwards, see absorb_target)."""
    cands = list(candidates)
    if new.date is None:
        hit = absorb_target(cands, new.type, published)
        if hit is not None:
            return hit
        undated = [c for c in cands if c.get("date") is None]
        return min(undated, key=lambda c: (c["id"] != new.id, c["id"])) if undated else None
    for c in cands:  # first: a merge may have changed that event's date since its id was made
        if c["id"] == new.id and c.get("date") is not None:
            return c
    fits = [c for c in cands if date_compatible(c.get("date"), new.date)]
    if not fits:
        return None
    return min(fits, key=lambda c: (c["id"] != new.id, c.get("date") != new.date,
                                    -PRECISION_RANK[c.get("date_precision")], c["id"]))


def absorptions(candidates: Sequence[dict[str, Any]], published: dict[str, str | None]
                ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(undated event, dated event that takes it in) for a pair's stored events, after a
    dated report landed: the mirror of choose_match for undated reports. `published`: an
    undated event's id -> the earliest publication day of the articles reporting it."""
    dated = [c for c in candidates if c.get("date")]
    out = []
    for c in candidates:
        if c.get("date") is None:
            hit = absorb_target(dated, c["type"], published.get(c["id"]))
            if hit is not None:
                out.append((c, hit))
    return out


def evidence_sentences(ev: Event) -> list[str]:
    """The (article, sentence) evidence rows an event report adds: its evidence, then its
    other sentences, each once; one empty sentence when it has none."""
    out = list(dict.fromkeys(s for s in (ev.evidence, *ev.sentences) if s))
    return out or [""]


def sort_key(date: str | None, event_id: str) -> str:
    # '' sorts below any date, so undated events come last in a descending list
    return f"{date_start(date) if date else ''}|{event_id}"


def encode_cursor(date: str | None, event_id: str) -> str:
    raw = json.dumps([date_start(date) if date else "", event_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    """-> (date_start or '', event_id). Raises ValueError on a malformed cursor."""
    try:
        pad = "=" * (-len(cursor) % 4)
        d, i = json.loads(base64.urlsafe_b64decode(cursor + pad))
        if not isinstance(d, str) or not isinstance(i, str):
            raise ValueError
        return d, i
    except Exception as exc:  # any garbage is the same error to the caller
        raise ValueError(f"malformed cursor: {cursor!r}") from exc


class GraphStore(ABC):
    """What every store does. Dicts returned are JSON-ready and identical across stores."""

    kind: str = "abstract"

    # -- writes -------------------------------------------------------------------------
    @abstractmethod
    def ingest(self, batch: Sequence[tuple[Article, Sequence[Event]]]) -> IngestReport:
        """Store articles with their events in ONE transaction. Articles already stored (or
        repeated in the batch) are skipped; events are merged by pair key + compatible date
        (choose_match, merge_into), also with events earlier in the same batch; a dated
        report absorbs the pair's undated events that absorb_target assigns to a dated event
        (absorb; report.events_absorbed counts stored ones);
        - a merged event keeps the id, article_id, evidence (and agents) of its first report;
        - evidence rows (event, article, sentence) come from evidence_sentences(), each once;
          the article is the batch's Article (Event.article_id is not trusted);
        - actors (source, target, source_agent, target_agent) are upserted: a later name/kind
          replaces the earlier one, a None country does not erase a known one;
        - report: events_created counts new stored events, events_merged reports merged into
          an existing one; event_ids lists each touched stored event once, first-seen order.
        sentence_index is not stored."""

    @abstractmethod
    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored (the ingest checkpoint)."""

    # -- reads --------------------------------------------------------------------------
    @abstractmethod
    def ping(self) -> bool: ...

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """{'events': n, 'actors': n, 'articles': n, 'evidence': n}; actors include agents."""

    @abstractmethod
    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """The event in the contract's shape (Event.to_dict keys without sentence_index; actors
        as currently stored) plus 'evidence_list': [{article_id, title, url, published, source,
        sentence}] ordered by (published, undated last; article_id; sentence). None if unknown."""

    @abstractmethod
    def list_events(self, f: EventFilter, limit: int, cursor: str | None = None
                    ) -> tuple[list[dict[str, Any]], str | None]:
        """Events (contract dicts, no evidence_list) newest first: (date_start desc, id desc),
        undated last; returns (page, next_cursor), next_cursor None when nothing follows.
        A bad cursor raises ValueError (see decode_cursor)."""

    @abstractmethod
    def count_events(self, f: EventFilter) -> int: ...

    @abstractmethod
    def event_dates(self, f: EventFilter) -> list[tuple[str | None, str]]:
        """(date, type) of every matching event, in list_events order: what timelines and
        stats are built from."""

    def timeline_counts(self, f: EventFilter, interval: str
                        ) -> list[tuple[str | None, str, int, str | None, str | None]]:
        """Matching events counted for a timeline: rows (bucket, type, n, first, last), one per
        bucket and type, in no set order. An event's day is date_start(date), or since_start()
        when that is earlier (its span overlaps the range); bucket is the first day of the
        `interval` ('day', 'week' from Monday, 'month', 'year') holding that day; first/last
        are the earliest and latest such day in the row (a store may give its bucket's instead:
        only the overall earliest and latest count). Undated events: (None, type, n, None,
        None). Built here from event_dates(); a store may count without listing every event."""
        from ..queries import bucket_start  # queries imports this module

        since = f.since_start()
        rows: dict[tuple[str | None, str], list[Any]] = {}
        for date, etype in self.event_dates(f):
            day = bucket = None
            if date:
                day = max(date_start(date), since) if since else date_start(date)
                bucket = bucket_start(datetime.date.fromisoformat(day), interval).isoformat()
            row = rows.setdefault((bucket, etype), [bucket, etype, 0, day, day])
            row[2] += 1
            if day is not None:
                row[3], row[4] = min(row[3], day), max(row[4], day)
        return [tuple(r) for r in rows.values()]

    @abstractmethod
    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        """{id, name, kind, country, event_counts: {type: n}} for a stored actor (None if
        unknown); counts are of events with the actor as source or target."""

    @abstractmethod
    def search_actors(self, q: str | None, kind: str | None, limit: int) -> list[dict[str, Any]]:
        """Actors in the store whose id or name contains q (case-insensitive; q None or '' =
        all), of this kind if given: [{id, name, kind, country, event_count}] by event_count
        desc, then id. event_count counts events with the actor as source or target."""

    @abstractmethod
    def subgraph(self, f: EventFilter, *, center: str | None = None,
                 actors: Sequence[str] | None = None, depth: int = 1, limit: int = 1000
                 ) -> dict[str, list[dict[str, Any]]]:
        """Ego network of `center` to `depth` hops, or the events among `actors`.
        -> {'nodes': [actor dicts], 'edges': [{id, type, source, target, date, status}]}
        with at most `limit` edges, newest first; nodes are the edges' endpoints (+ center)
        sorted by id; edge source/target are actor ids as stored.
        - edges are events with a target; the filter applies to every edge, traversal too;
        - center mode: the events on walks of at most `depth` hops from center, i.e. those
          with an endpoint within depth-1 hops of it (depth 1: the center's own events);
          an unknown center gives no nodes and no edges;
        - actors mode (a non-empty `actors` wins over center): events with both ends in it;
        - ValueError when depth < 1 or neither center nor actors is given."""

    @abstractmethod
    def paths(self, source: str, target: str, max_hops: int, types: Sequence[str] = (),
              limit: int = 10) -> list[list[dict[str, Any]]]:
        """Shortest chains of events linking two actors (undirected), each a list of edges
        as in subgraph(); all chains of the minimal length, up to `limit`.
        A chain is a shortest actor path (source ... target, at most max_hops hops) over
        events of `types` (all if empty); each hop is its newest such event between the two
        actors (either direction, list_events order). Chains are ordered by their actor-id
        sequence. [] when unconnected within max_hops, unknown, or source == target."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
