"""Candidates on a Doc -> contract Events.

Here actors become state/bloc-level event actors at the event's date (a person acts for
the state they served then; the person is kept as source_agent), multi-party meetings
become one MEET per pair, dates are attached and checked against the status, the
PLOVER/CAMEO codes are filled from the crosswalk, a confidence is scored, and reports of
the same event within the article are merged.
"""
from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc

from . import confidence, crosswalk
from .gazetteer import Gazetteer
from .models import Actor, Article, Event, SYMMETRIC_TYPES, UNTARGETED_TYPES, date_compatible
from .store.base import ONE_OFF_TYPES
from .nlp.dates import REPORTING, date_for_trigger, offset_clause, participle_adjunct, resolve_for_tense, shift_mention
from .nlp.types import ActorMention, Candidate

# which actor kinds may fill each role; anything else is dropped
ROLE_KINDS = {
    "SUMMON_AMBASSADOR": ({"state"}, {"state"}),
    "DEPLOY_TROOPS": ({"state", "organization"}, {"state"}),
    "JOIN_BLOC": ({"state", "organization"}, {"organization"}),
    "APPLY_MEMBERSHIP": ({"state"}, {"organization"}),
    "MEET": ({"state"}, {"state"}),
}
DEFAULT_KINDS = ({"state", "organization", "group"}, {"state", "organization", "group"})
PRECISION_RANK = {None: 0, "year": 1, "month": 2, "day": 3}


class ActorResolver:
    """Mentions -> (event actor, agent) at a date."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or Gazetteer.load()

    def resolve(self, m: ActorMention, date: str | None) -> tuple[Actor | None, Actor | None]:
        gaz = self.gaz
        if not m.actor_id:
            return None, None
        if m.kind in ("state", "organization", "group"):
            a = gaz.actor(m.actor_id)
            if a is None:
                a = Actor(m.actor_id, m.text, m.kind, m.actor_id if m.kind == "state" else None)
            return a, None
        # persons and agencies act for a state
        agent = gaz.actor(m.actor_id)
        state_id = gaz.state_of(m.actor_id, date)
        role = gaz.role_at(m.actor_id, date) if m.actor_id.startswith("PER:") else None
        if not state_id and role is not None and role.org and gaz.actor(role.org) is not None:
            return gaz.actor(role.org), agent  # an IGO official acts for the IGO (Guterres -> UN)
        if agent is not None and state_id and agent.country != state_id:
            agent = Actor(agent.id, agent.name, agent.kind, state_id)
        state = gaz.actor(state_id) if state_id else None
        if state is None and m.kind == "person":
            # an IGO official acts for the IGO ('Guterres urged ...' is the UN's appeal); the seed
            # roles take states only, so this reaches the PLOVER types
            role = gaz.role_at(m.actor_id, date)
            if role is not None and role.org:
                state = gaz.actor(role.org)
        return state, agent

    def sector(self, m: ActorMention, date: str | None) -> str | None:
        """The sector the mention speaks for: its own ('the Russian ambassador' -> diplomat),
        else the person's or agency's at the date."""
        return m.sector or self.gaz.sector_of(m.actor_id, date)


def _sentence_text(doc: Doc, idx: int) -> str:
    for n, s in enumerate(doc.sents):
        if n == idx:
            return s.text.strip()
    return ""


DECIDING = {"agree", "approve", "decide", "vote", "authorise", "authorize", "endorse", "pledge", "promise",
            "offer"}


def _speech_act_report(t):
    """'China's coast guard said on Sunday that the vessels had rammed its ship and accused
    Manila of provocation': a subjectless past verb joined to a clause of another tense inside
    what was said is the speaker's own second act (the parser hangs it inside the report);
    -> the reporting verb, else None."""
    if t.dep_ != "conj" or t.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    head = t.head
    if head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # 'said the troops crossed the border and attacked a village': both reported
    v = head
    for _ in range(4):
        if v.dep_ == "ccomp" and v.head.pos_ == "VERB" and v.head.lemma_.lower() in REPORTING \
                and v.head.tag_ == "VBD":
            return v.head
        if v.dep_ not in ("conj", "advcl", "xcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _reported_content(t) -> bool:
    """The trigger sits in what someone said after the saying ('Britain said it was deploying
    troops'), not in the saying itself; a quote set before its speaker ('"We are deploying
    troops," Wallace said') speaks of the scene and is not counted."""
    v = t
    for _ in range(8):
        if v.head.i == v.i:
            return False
        if v.head.pos_ == "VERB" and v.head.lemma_.lower() in REPORTING:
            return v.dep_ == "ccomp" and v.i > v.head.i
        v = v.head
    return False


def _backdrop(t) -> bool:
    """An event noun in a 'despite' / 'amid' phrase is the setting of the clause, which does
    not tell when it happened ('despite objections from Algeria', 'amid protests by X')."""
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ in ("despite", "amid", "amidst")


def _attach_date(doc: Doc, c: Candidate, published: str | None) -> None:
    if "earlier-meeting" in c.cues:
        return  # 'their first talks since March 2022': dated by 'since', already set
    mention = date_for_trigger(doc, c.trigger)
    t = doc[c.trigger]
    if mention is None and (r := _speech_act_report(t)) is not None:
        mention = date_for_trigger(doc, r.i)
    if mention is None and c.type == "APPLY_MEMBERSHIP":
        mention = _asked_for_date(doc, t)
    if mention is not None and c.type in ONE_OFF_TYPES and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj":
        # 'talks on Friday about Sweden's stalled NATO application': a membership noun that a
        # preposition hangs on a clause is dated only by its own words, not by that clause
        root = doc[mention.start:mention.end].root
        if not t.is_ancestor(root):
            mention = None
    if mention is not None and _backdrop(t) and not t.is_ancestor(doc[mention.start:mention.end].root):
        mention = None  # 'backed Morocco's return on Monday despite objections from Algeria'
    if mention is not None and t.dep_ == "pcomp" and t.head.lower_ == "of" and \
            t.head.head.lemma_.lower() in ("accuse", "blame", "suspect", "charge"):
        # 'On Tuesday Kyiv accused Moscow of sending tanks': the day of the accusation, not of the act
        if not t.is_ancestor(doc[mention.start:mention.end].root):
            mention = None
    # 'postponed talks that had been scheduled for February': no date now; 'the presence of
    # troops' is a state, not an act with a date
    if "postponed" in c.cues or "standing" in c.cues:
        mention = None
    if "judged" in c.cues and mention is not None and not t.is_ancestor(doc[mention.start:mention.end].root):
        mention = None  # 'the bloc approved Georgia's bid on Monday': Monday is the decision's day
    if "alongside" in c.cues:
        # '..., alongside contingents from X and Y': says they are there, not when they came
        mention = None
    decided = False
    if mention is not None and c.status == "planned":
        # 'Benin agreed on Monday to send troops', 'parliament approved the deployment on
        # Thursday': the plan is dated by its decision, a past day (not next Monday)
        v = doc[mention.start:mention.end].root
        while (v.dep_ in ("pobj", "prep", "npadvmod", "tmod") or participle_adjunct(v)) and v.head.i != v.i:
            v = v.head
        # the plan's own verb in the past ('pledged on Thursday not to ...') dates the pledge
        decided = v.tag_ == "VBD" and (v.i == t.i or (v.is_ancestor(t) and v.lemma_.lower() in DECIDING))
    if mention is not None and c.status == "planned" and mention.relative and not decided:
        mention = resolve_for_tense(mention, published, "future")
    c.date = mention


# verbs under an application that tell what was asked for or how it was handed in
ASKED_FOR = {"join", "rejoin", "become", "request", "seek", "submit", "lodge", "file", "present", "hand", "deliver"}


def _asked_for_date(doc: Doc, t):
    """'applied to join BRICS on Monday', 'a letter requesting membership on Monday', 'the
    application that Kosovo submitted in May 2022': the parser hangs the date on the verb under
    the application that names what was asked for or its filing; that date is the application's."""
    mentions = getattr(doc._, "date_mentions", None) or []
    for w in t.subtree:
        if w.i == t.i or w.pos_ != "VERB" or w.lemma_.lower() not in ASKED_FOR or w.head.i != t.i:
            continue
        inside = [m for m in mentions if w.is_ancestor(doc[m.start:m.end].root)
                  and doc[m.start:m.end].root.head.lower_ != "since"]  # 'since 2011' opens a span
        if len(inside) == 1 and inside[0].date is not None:
            return inside[0]
    return None


def _perfect(t) -> bool:
    """'had held talks', 'has met': a perfect tense on the trigger's clause."""
    v = t if t.pos_ in ("VERB", "AUX") else t.head
    for _ in range(3):  # 'have begun sending'
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
            return True
        if v.dep_ != "xcomp" or v.head.i == v.i:
            break
        v = v.head
    return False


def _told_in_past(t) -> bool:
    """The clause is narrated in the past ('then talked', 'after holding talks, X told'); a
    caption's present ('Putin and Kim shake hands') is not part of the story's scene."""
    v = t
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") and v.tag_ != "VBG":
            return v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in v.children if c.dep_ in ("aux", "auxpass"))
        if v.head.i == v.i:
            return False
        v = v.head
    return False


def _inherit_dates(doc: Doc, cands: list[Candidate]) -> None:
    """Undated past events that the text ties to an earlier dated one:
    - 'Lithuania also summoned ...' repeats an earlier dated event of the same type;
    - a sentence without any date right after a sentence with exactly one day date
      carries on its scene ('The two leaders then talked for an hour').
    """
    sents = list(doc.sents)
    days_in: dict[int, set[str]] = {}
    any_in: dict[int, int] = {}
    for m in doc._.date_mentions or []:
        n = next((k for k, s in enumerate(sents) if s.start <= m.start < s.end), None)
        if n is None:
            continue
        any_in[n] = any_in.get(n, 0) + 1
        if m.date and m.precision == "day":
            days_in.setdefault(n, set()).add(m.date)
    for i, c in enumerate(cands):
        if c.date is not None or c.status != "occurred":
            continue
        t = doc[c.trigger]
        if _perfect(t) or _reported_content(t) or _backdrop(t):
            continue  # what was said carries no date of its own ('said it was deploying')
        verb = t if t.pos_ in ("VERB", "AUX") else t.head
        if any(w.lower_ == "also" and w.dep_ == "advmod" for w in list(t.children) + list(verb.children)):
            earlier = [d for d in cands[:i] if d.type == c.type and d.date is not None and d.date.date
                       and d.status == "occurred"]
            if earlier:
                c.date = earlier[-1].date
                continue
        prev = days_in.get(c.sentence - 1)
        if c.sentence > 0 and not any_in.get(c.sentence) and prev and len(prev) == 1 and _told_in_past(t):
            m = next(m for m in doc._.date_mentions if m.date in prev and m.precision == "day")
            off = offset_clause(t)  # 'two days after his visit to X' counts from the scene's day
            if off is not None:
                m = shift_mention(m, off[1])
                if m is None:
                    continue
            c.date = m
            continue
        off = offset_clause(t)
        if c.sentence > 0 and not any_in.get(c.sentence) and off is not None and off[1] is not None:
            # 'The clashes came a day after Bangkok recalled its ambassador': the distance counts
            # from the scene last dated in the text, as 'a day later' does
            start = sents[c.sentence].start
            before = [m for m in doc._.date_mentions or [] if m.end <= start and m.date]
            if before:
                c.date = shift_mention(before[-1], off[1])


# people who speak for no state: 'Chinese students', 'Australian businessman X'
PRIVATE_NOUNS = {"student", "tourist", "businessman", "businesswoman", "executive", "scholar", "academic",
                 "journalist", "activist", "citizen", "national", "fan", "investor", "scientist", "researcher",
                 "artist", "athlete", "pilgrim", "traveller", "traveler", "entrepreneur", "billionaire",
                 "tycoon", "worker", "resident", "expatriate", "relative", "refugee", "migrant"}


def _private(doc: Doc, m: ActorMention) -> bool:
    """A mention that names a private person, or a former official ('former prime minister X'),
    who acts for no state in a seed event."""
    span = doc[m.start:m.end]
    if m.kind == "person" and any(t.lower_ in ("former", "ex") or t.lower_.startswith("ex-") for t in span):
        return True
    if m.kind == "state" and m.via == "demonym":
        head = doc[m.head if m.head is not None else m.end - 1]
        if head.dep_ in ("amod", "compound") and head.head.lemma_.lower() in PRIVATE_NOUNS:
            return True
    return False


def _confidence(c: Candidate, mentions: list[ActorMention], date: str | None, published: str | None,
                doc: Doc | None = None, pairs: int = 1) -> float:
    """The logistic score of eventgraph.confidence over how this event was read."""
    years = int(published[:4]) - int(date[:4]) if date and published else None
    return confidence.score(confidence.features(c, mentions, date is not None, doc, pairs, years), c.status)


def events_from_doc(doc: Doc, article: Article, resolver: ActorResolver | None = None) -> list[Event]:
    resolver = resolver or ActorResolver()
    published = article.published
    out: list[Event] = []
    cands = [c for c in doc._.candidates or [] if c.status != "cancelled"]
    for c in cands:
        _attach_date(doc, c, published)
    _inherit_dates(doc, cands)
    for c in cands:
        date = c.date.date if c.date else None
        # a day, month or year after publication cannot have happened yet ('going to Kyiv in April')
        if c.status == "occurred" and date and published and date > published[:len(date)]:
            c.status = "planned"
        evidence = _sentence_text(doc, c.sentence)
        src_kinds, tgt_kinds = ROLE_KINDS.get(c.type, DEFAULT_KINDS)
        # an undated event is read at publication: whom a person acted for then, not in their latest role
        at = date or (published[:10] if published else None)

        def resolved(ms: list[ActorMention], kinds: set[str]):
            res = []
            for m in ms:
                if c.type in ROLE_KINDS and _private(doc, m):
                    continue
                actor, agent = resolver.resolve(m, at)
                if actor is not None and actor.kind in kinds:
                    res.append((actor, agent, m))
            return res

        if c.type in SYMMETRIC_TYPES and not c.targets:
            parts = resolved(c.sources, src_kinds | tgt_kinds)
            uniq: dict[str, tuple] = {}
            for p in parts:
                uniq.setdefault(p[0].id, p)
            pairs = list(combinations(uniq.values(), 2))
        else:
            srcs = resolved(c.sources, src_kinds)
            tgts = resolved(c.targets, tgt_kinds)
            pairs = [(s, t) for s in srcs for t in tgts if s[0].id != t[0].id]
            if not c.targets and c.type in UNTARGETED_TYPES:  # none was named, not one dropped
                pairs = [(s, (None, None, None)) for s in srcs]
        for (sa, sag, sm), (ta, tag, tm) in pairs:
            out.append(Event(
                type=c.type, source=sa, target=ta,
                date=date, date_precision=c.date.precision if c.date and date else None,
                status=c.status, plover=crosswalk.plover_for(c.type, c.mode),
                cameo=crosswalk.cameo_for(c.type, c.mode), mode=c.mode,
                confidence=_confidence(c, [sm, tm], date, published, doc, len(pairs)),
                article_id=article.id, evidence=evidence,
                source_agent=sag, target_agent=tag, sentence_index=c.sentence,
                sentences=[evidence],
                source_sector=resolver.sector(sm, at), target_sector=resolver.sector(tm, at) if tm else None,
            ))
    return merge_within_article(out)


def merge_within_article(events: list[Event]) -> list[Event]:
    """Reports of one event in one article become one Event: same pair key and compatible
    dates; an undated report joins a dated one of the same pair (the article talks about
    one occasion), the more precise date wins, occurred beats planned only between
    reports that carry dates."""
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.pair_key(), []).append(e)
    out: list[Event] = []
    for evs in groups.values():
        # most precise first, so vaguer reports fold into them
        evs.sort(key=lambda e: (-PRECISION_RANK[e.date_precision], e.sentence_index or 0))
        kept: list[Event] = []
        for e in evs:
            # with no date on either, a plan and a fact are two occasions ('90 soldiers are
            # based in Qatar; a bill allows more to be stationed there')
            others = [k for k in kept if not (k.date is None and e.date is None
                                              and {k.status, e.status} == {"planned", "occurred"})]
            home = next((k for k in others if date_compatible(k.date, e.date)), None)
            if home is None and e.date is None:
                # one occasion in the article, or one told of in the same sentence
                same = [k for k in others if k.sentence_index == e.sentence_index]
                home = others[0] if len(kept) == 1 and others else (same[0] if len(same) == 1 else None)
                if home is not None and e.status == "planned" and home.status == "occurred" and \
                        (e.sentence_index or 0) >= (home.sentence_index or 0):
                    # 'will meet to arrange ...' after they met: a later occasion; a plan told
                    # before the act ('X will send troops ... we are deploying') is the same one
                    home = None
            if home is None and e.date is None:
                # 'The two leaders then talked for an hour': the story goes on from the
                # latest occasion of the pair told before it
                before = [k for k in kept if (k.sentence_index or 0) < (e.sentence_index or 0)
                          and k.status == e.status]
                if before:
                    home = max(before, key=lambda k: k.sentence_index or 0)
            if home is None:
                kept.append(e)
                continue
            if e.date is not None and e.status == "occurred" and home.status == "planned":
                home.status = "occurred"
            home.confidence = min(0.99, max(home.confidence, e.confidence) + 0.03)
            for s in e.sentences:
                if s not in home.sentences:
                    home.sentences.append(s)
            if home.source_agent is None:
                home.source_agent = e.source_agent
            if home.target_agent is None:
                home.target_agent = e.target_agent
        out.extend(kept)
    out.sort(key=lambda e: (e.sentence_index or 0, e.type))
    return out
