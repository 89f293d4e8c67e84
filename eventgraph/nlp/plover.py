"""The PLOVER types beyond the five seed families (ACCUSE, REQUEST, SANCTION, AGREE ...):
one generic 'X verbs Y' frame over the lexicon in eventgraph/data/plover_triggers.yaml.

The seed families have their own frames in triggers.py; this module shares its parse
helpers (subjects, np_actors, prep_objects) and returns Candidates the same way.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from .types import ActorMention, Candidate


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("eventgraph.data").joinpath("plover_triggers.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def plover_spec(tok: Token) -> dict | None:
    """The lexicon entry a token starts, if any."""
    lex = lexicon()
    lem = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return lex.get("plover_verbs", {}).get(lem)
    if tok.pos_ == "NOUN":
        return lex.get("plover_nouns", {}).get(lem)
    return None


def read_act(frames, t: Token, spec: dict) -> list[Candidate]:
    """Generic 'X verbs Y': ACCUSE, REQUEST, SANCTION ... (and their nouns)."""
    from .triggers import _unique, children, governing_verb, is_passive, np_actors, prep_objects, subjects

    if spec.get("needs") == "phone" and not any(w.lower_ in ("phone", "telephone", "video") for w in t.subtree):
        return []
    if t.pos_ == "NOUN":
        gv = governing_verb(t)
        sources = [x for c in t.children if c.dep_ in ("poss", "amod", "compound") and c.i < t.i
                   for x in np_actors(c)]
        if not sources and gv is not None and t.dep_ in ("dobj", "obj", "nsubjpass"):
            sources = subjects(gv, passive_ok=False)
        target_toks = prep_objects(t, ("on", "against", "with", "to", "for", "of", "from"))
        if gv is not None and t.dep_ in ("dobj", "obj"):
            target_toks += prep_objects(gv, ("on", "against", "with", "to"))
    else:
        if is_passive(t):
            agent = prep_objects(t, ("by",))
            sources = np_actors(agent[0]) if agent else []
            target_toks = children(t, "nsubjpass")
        else:
            sources = subjects(t)
            target_toks = children(t, "dobj", "obj", "dative")
        target_toks += prep_objects(t, ("against", "on", "with", "to", "at", "from", "over", "into"))
    targets: list[ActorMention] = []
    for tok in target_toks:
        found = np_actors(tok)
        if not found:  # 'demanded the withdrawal of North Korean troops'
            for p in prep_objects(tok, ("of", "by", "from", "to", "against")):
                found += np_actors(p)
        targets += found
    src_ids = {m.actor_id for m in sources}
    targets = [m for m in _unique(targets) if m.actor_id not in src_ids]
    if not sources or not targets:
        return []
    return [Candidate(spec["type"], t.i, sources, targets, mode=spec.get("mode"), cues=["plover"])]
