"""Article-level memory for the frames: what a sentence that leaves an argument out refers
to (the bloc, the theatre, the last deployer or meeting, the act an envoy's recall answers),
and which people the article names as a bloc's chair.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .types import ActorMention, Candidate
from .docs import mention_index
from .parse import lemma, prep_objects

# acts one side can answer with a recall, a warning or a withdrawal
DISPUTE_TYPES = frozenset({"ACCUSE", "SANCTION", "THREATEN", "ASSAULT", "COERCE", "REJECT", "PROTEST", "REQUEST",
                           "MOBILIZE", "RETREAT", "SUMMON_AMBASSADOR", "DEPLOY_TROOPS"})


class ArticleContext:
    """Article-level memory the frames need when a sentence leaves an argument out:
    'Azerbaijan and Malaysia have also applied' (to what?), 'Uganda is expected to
    contribute units' (where?)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.blocs = [m for m in (doc._.actor_mentions or []) if m.kind == "organization"]
        self.person_starts = {m.start for m in (doc._.actor_mentions or []) if m.kind == "person"}
        self.places = [m for m in (doc._.actor_mentions or []) if m.kind == "state" and m.locative]
        self.recent: dict[str, list[tuple[int, ActorMention]]] = {}  # type -> (token, target)
        self.meetings: list[tuple[int, list[ActorMention]]] = []  # (token, parties) of MEETs so far
        self.summons: list[Candidate] = []
        self.deploys: list[Candidate] = []
        self.meet_cands: list[Candidate] = []
        self.bloc_officers = _bloc_officers(doc)
        self.acts: list[Candidate] = []  # every act read so far, for 'responded by recalling its envoy'

    def note(self, c: Candidate) -> None:
        if c.sources:
            self.acts.append(c)
        for m in c.targets[:1]:
            self.recent.setdefault(c.type, []).append((c.trigger, m))
        if c.type == "SUMMON_AMBASSADOR" and c.sources and c.targets:
            self.summons.append(c)
        if c.type == "MEET":
            self.meetings.append((c.trigger, c.sources + c.targets))
            self.meet_cands.append(c)
        if c.type == "DEPLOY_TROOPS" and c.sources:
            self.deploys.append(c)

    def counterpart(self, t: Token, sources: list[ActorMention]) -> list[ActorMention]:
        """The other side of the latest act before t (this or the last three sentences) that the
        source took part in: 'Spain summoned Morocco's envoy. Rabat responded by recalling its
        ambassador' (Spain); 'X struck Y. Y said it reserved the right to respond' (X)."""
        ids = {m.actor_id for m in sources} | {m.country for m in sources if m.country}
        sents = list(t.doc.sents)
        n = next((k for k, s in enumerate(sents) if s.start <= t.i < s.end), 0)
        lo = sents[max(0, n - 3)].start
        def key(ms):
            return {m.actor_id for m in ms} | {m.country for m in ms if m.country and m.kind != "group"}
        for c in reversed(self.acts):
            if c.trigger >= t.i or c.trigger < lo or c.type not in DISPUTE_TYPES:
                continue  # a meeting or a deal is no dispute to answer
            sides = [c.sources, c.targets] if c.targets else [c.sources]
            for k, side in enumerate(sides):
                if not key(side) & ids:
                    continue
                other = sides[1 - k] if len(sides) == 2 else [m for m in side if not key([m]) & ids]
                other = [m for m in other if m.actor_id and not key([m]) & ids]
                if other:
                    return other
        return []

    def last_deployer(self, t: Token) -> list[ActorMention]:
        """The states whose forces the last deployment before t, in this or the last sentence, moved."""
        before = [c for c in self.deploys if c.trigger < t.i]
        if not before or t.sent.start - t.doc[before[-1].trigger].sent.start > 60:
            return []
        return [m for m in before[-1].sources if m.kind == "state"]

    def last_visitors(self, t: Token) -> list[ActorMention]:
        """Who made the latest visit (a meeting's first side) in this or the last sentence before t."""
        before = [c for c in self.meet_cands if c.trigger < t.i and c.sources and c.targets]
        if not before or t.sent.start - t.doc[before[-1].trigger].sent.start > 60:
            return []
        return before[-1].sources

    def last_pair(self, t: Token) -> list[ActorMention]:
        """The two parties of the latest meeting before t, when it had exactly two."""
        before = [parts for i, parts in self.meetings if i < t.i and len({m.actor_id for m in parts}) >= 2]
        if not before:
            return []
        parts = {m.actor_id: m for m in before[-1]}
        return list(parts.values()) if len(parts) == 2 else []

    def bloc_for(self, t: Token, etype: str) -> list[ActorMention]:
        """The bloc an earlier event of this family went to; else the bloc the article names
        most (ties: the nearest before t); else one named later in the same sentence."""
        families = (etype, "APPLY_MEMBERSHIP", "JOIN_BLOC")
        for fam in families:
            before = [m for i, m in self.recent.get(fam, []) if i < t.i and m.kind == "organization"]
            if before:
                return [before[-1]]
        named = [m for m in self.blocs if m.via != "coref"]
        before = [m for m in named if m.start < t.i]
        if before:
            counts: dict[str, float] = {}
            for m in named:
                counts[m.actor_id] = counts.get(m.actor_id, 0) + self._bloc_weight(m)
            best = max(before, key=lambda m: (counts[m.actor_id], m.start))
            return [best]
        after = [m for m in named if m.start >= t.i and m.start < t.sent.end]
        return after[:1]

    def _bloc_weight(self, m: ActorMention) -> float:
        """How much a bloc's mention says the article is about it: the lead names the story's
        bloc; an office title ('UN Secretary-General Guterres') names it in passing; a state's
        affiliation ('Uruguay, a member of Mercosur', 'belongs to Mercosur') is a description."""
        doc = self.doc
        head = doc[m.head] if m.head is not None else doc[m.end - 1]
        if head.dep_ == "pobj" and (head.head.lower_ == "of" and lemma(head.head.head) in ("member", "partner")
                                    or head.head.lower_ in ("to", "in") and lemma(head.head.head) in
                                    ("belong", "partner", "member")):
            return 0.0
        weight = 0.5 if m.end in self.person_starts else 1.0
        if m.start < next(iter(doc.sents)).end:
            weight += 1.5  # wins a tie with a bloc named twice later on
        return weight

    def theatre_for(self, t: Token, exclude: set[str] = frozenset()) -> list[ActorMention]:
        """Where earlier deployments in the article went; else the state the article most
        often names as a place ('the force to restore order in Niger'), when one leads."""
        before = [m for i, m in self.recent.get("DEPLOY_TROOPS", []) if i < t.i]
        if before:
            return [before[-1]]
        counts: dict[str, list[ActorMention]] = {}
        for m in self.places:
            if m.actor_id not in exclude:
                counts.setdefault(m.actor_id, []).append(m)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if ranked and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
            return ranked[0][:1]
        return []


CHAIR_NOUNS = {"chairman", "chair", "chairperson", "chairwoman", "head", "president", "secretary-general"}


def _bloc_officers(doc: Doc) -> set[str]:
    """People the article names as a bloc's chair ('the bloc's chairman, Comoros President X',
    'X, the AU chairman'): at the bloc's gatherings they act for the bloc, not their state."""
    idx = mention_index(doc)
    out: set[str] = set()
    for m in doc._.actor_mentions or []:
        if m.kind != "person" or m.head is None:
            continue
        h = doc[m.head]
        nouns = [h.head] if h.dep_ == "appos" else []
        nouns += [c for c in h.children if c.dep_ == "appos"]
        for n in nouns:
            owners = [c for c in n.children if c.dep_ in ("poss", "compound", "nmod")] + prep_objects(n, ("of",))
            if n.lower_ in CHAIR_NOUNS and any(x.kind == "organization" for c in owners for x in idx.get(c.i, ())):
                out.add(m.actor_id)
    return out
