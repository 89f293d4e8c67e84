"""Where a sentence becomes event candidates: trigger words on the dependency parse.

The lexicon (eventgraph/data/triggers.yaml) says which lemmas start which event type and
which argument frame reads their actors. find_candidates walks the tokens and hands each
trigger to its frame, which turns it into Candidate(sources, targets); pairs and dates are
settled later. The frames: nlp/frames/ (one module per seed family) and nlp/plover.py
(the PLOVER types); they read actors with nlp/parse.py and remember the article in
nlp/context.py.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .. import yamlwords
from spacy.language import Language
from spacy.tokens import Doc, Token

from .types import ActorMention, Candidate
from .docs import ensure_extensions, mention_index
from .plover import plover_spec, remote_spec
from .frames.summon import SummonFrame
from .frames.deploy import DeployFrame
from .frames.membership import ADMITTING, MembershipFrame
from .frames.meet import MeetFrame
from .suit import find_copies
from .context import ArticleContext
from .parse import is_passive, lemma


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("eventgraph.data").joinpath("triggers.yaml").open(encoding="utf-8") as fh:
        lex = yamlwords.load(fh)
    lex["envoy_nouns"] = set(lex["envoy_nouns"])
    lex["forces_nouns"] = set(lex["forces_nouns"])
    lex["member_nouns"] = set(lex["member_nouns"])
    lex["bloc_words"] = set(lex["bloc_words"])
    lex["join_wishes"] = set(lex["join_wishes"])
    lex["join_requests"] = set(lex["join_requests"])
    lex["venue_cities"] = set(lex["venue_cities"])
    return lex


# -- frames ------------------------------------------------------------------------------

class Frames(SummonFrame, DeployFrame, MembershipFrame, MeetFrame):
    """The argument frames, one mixin per event family (nlp/frames/); here the shared state
    and helpers, and the PLOVER frame 'act' (nlp/plover.py)."""

    def __init__(self, doc: Doc, context: "ArticleContext"):
        self.doc = doc
        self.ctx = context
        self.lex = lexicon()

    def _mentions_in(self, tok: Token) -> list[ActorMention]:
        idx = mention_index(self.doc)
        seen, out = set(), []
        for w in tok.subtree:
            for m in idx.get(w.i) or ():
                if id(m) not in seen:
                    seen.add(id(m))
                    out.append(m)
        return out

    def _clause_mentions(self, verb: Token) -> list[ActorMention]:
        """Mentions in a verb's own clause: its arguments, not clauses hanging on it
        ('a day after a resolution failed at the UN Security Council')."""
        idx = mention_index(self.doc)
        out: list[ActorMention] = []
        todo = [verb]
        while todo:
            w = todo.pop()
            out += [m for m in idx.get(w.i) or () if m not in out]
            todo += [c for c in w.children if c.dep_ not in SUBCLAUSES]
        return sorted(out, key=lambda m: m.start)

    def act(self, t: Token, spec: dict) -> list[Candidate]:
        from .plover import read_act  # the PLOVER frame lives apart: nlp/plover.py

        return read_act(self, t, spec)


SUBCLAUSES = {"advcl", "relcl", "acl", "ccomp", "npadvmod", "conj", "parataxis", "appos"}


# -- the component -----------------------------------------------------------------------

def find_candidates(doc: Doc) -> list[Candidate]:
    lex = lexicon()
    frames = Frames(doc, ArticleContext(doc))
    out: list[Candidate] = []
    sent_starts = {s.start: n for n, s in enumerate(doc.sents)}
    sent_of = {}
    n = -1
    for tok in doc:
        if tok.i in sent_starts:
            n = sent_starts[tok.i]
        sent_of[tok.i] = n
    for tok in doc:
        lem = lemma(tok)
        spec = None
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB")):
            spec = lex["verbs"].get(lem)
            if tok.dep_ in ("xcomp", "pcomp", "acl", "advcl", "ccomp") and (
                    lem in ("join", "rejoin") or (lem == "become" and frames.becomes_member(tok))
                    or lem in ADMITTING and is_passive(tok)):  # 'asked to be admitted to Mercosur'
                cands = frames.join_request(tok)  # 'asked to join X', 'asked to become a member of X'
                for c in cands:
                    c.sentence = sent_of[tok.i]
                out.extend(cands)
        elif tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "obj", "pobj")):
            spec = lex["nouns"].get(tok.lower_) or lex["nouns"].get(lem)
        # a lemma may start several readings ('fly' troops in / 'fly to' a capital)
        specs = list(spec) if isinstance(spec, list) else [spec] if spec is not None else []
        pv = plover_spec(tok)
        if pv is not None:
            specs.append({**pv, "frame": "act"})
        rv = remote_spec(tok)  # 'thanked X by phone' is also a call
        if rv is not None:
            specs.append({**rv, "frame": "act"})
        for sp in specs:
            for c in getattr(frames, sp["frame"])(tok, sp):
                c.sentence = sent_of[tok.i]
                frames.ctx.note(c)
                out.append(c)
        if tok.pos_ in ("VERB", "AUX"):
            for c in find_copies(tok, out):  # 'Bahrain and Sudan followed suit'
                c.sentence = sent_of[tok.i]
                frames.ctx.note(c)
                out.append(c)
    return _drop_bare_trips(out)


def _side(m: ActorMention) -> str:
    return m.country or m.actor_id


def _drop_bare_trips(cands: list[Candidate]) -> list[Candidate]:
    """'X flew to Kabul on Monday' is the meeting with the host only when the article tells
    of no meeting of X's: 'landed in Seoul on Sunday. On Monday he met Yoon' is one meeting."""
    meets = [c for c in cands if c.type == "MEET" and "bare-trip" not in c.cues
             and len({_side(m) for m in c.sources + c.targets}) >= 2]  # 'his sixth trip to the region' names no one
    out = []
    for c in cands:
        if "bare-trip" in c.cues:
            sides = {_side(m) for m in c.sources}
            if any(sides & {_side(m) for m in o.sources + o.targets} for o in meets):
                continue
        out.append(c)
    return out


@Language.factory("eg_triggers")
def make_triggers(nlp: Language, name: str):
    ensure_extensions()

    def triggers(doc: Doc) -> Doc:
        doc._.candidates = find_candidates(doc)
        return doc

    return triggers
