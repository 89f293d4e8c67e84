"""An event's confidence: a small logistic score over named features of how it was read.

    confidence = 1 / (1 + exp(-(bias + sum(weight[f] * value[f]))))

The features (FEATURES) say what made extracted events wrong on our data: an actor found
through coreference, by a capital or demonym, or only in another clause than the trigger, a
noun trigger ('the invasion of Ukraine') rather than a verb, no date, the generic PLOVER
frame, one trigger read as several actor pairs ('A, B and C cut ties with D'), an event told
after the lead sentence or dated two or more years before publication (background), and how much
less often than the average the fit data finds the event's type right (type_doubt, in
log-odds; 0 for a type at or above the average). The weights (each at or below 0: a feature
names a weakness) and the per-type doubts live in data/confidence.json, fitted by
scripts/fit_confidence.py on the devset and our annotated and blind sets, with the newest
blind sets held out for the report; the score is deterministic.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

# clause-forming dependencies: a token climbing up to one of these has left its clause
CLAUSE_DEPS = frozenset({"ROOT", "advcl", "relcl", "ccomp", "acl", "xcomp", "csubj", "parataxis"})
INDIRECT_VIA = frozenset({"metonym", "demonym"})  # 'Moscow', 'Russian' for Russia

# Also tried, left out: a 'reported' cue, the weaker trigger-frame cues, trigger-actor
# distance and sentence length did not lower the cross-validated log loss on the fit data.
FEATURES = ("coref", "indirect", "nominal", "undated", "plover", "cross_clause", "fanout", "later",
            "background", "type_doubt")


def _clause(tok) -> Any:
    """The head of the clause a token sits in."""
    for _ in range(100):  # a parse is a tree; the bound only guards against a broken one
        if tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def features(c, mentions: Sequence[Any], dated: bool, doc=None, pairs: int = 1,
             years_before: int | None = None) -> dict[str, float]:
    """Feature values of one candidate read with these actor mentions (None mentions are
    skipped) as one of `pairs` actor pairs, dated `years_before` publication (None: unknown).
    Without the Doc, the syntactic features are 0.
    - coref: an actor came from a pronoun or 'the two presidents' (eg_coref);
    - indirect: an actor named by its capital or demonym ('Moscow', 'Russian');
    - nominal: the trigger is a noun ('the invasion', 'talks'), often a background mention;
    - undated: no date found for the event;
    - plover: read by the generic PLOVER frame, not a seed-type frame;
    - cross_clause: an actor sits in another clause than the trigger;
    - fanout: the trigger gave more than one actor pair;
    - later: the event is not told in the article's first sentence;
    - background: the event is dated two or more years before publication;
    - type_doubt: the log-odds by which the fit data finds this type right less often than
      events on average (the model's type_doubt table; 0 for types not in it)."""
    ms = [m for m in mentions if m is not None]
    f = dict.fromkeys(FEATURES, 0.0)
    f["coref"] = float(any(m.via == "coref" for m in ms))
    f["indirect"] = float(any(m.via in INDIRECT_VIA for m in ms))
    f["undated"] = float(not dated)
    f["plover"] = float("plover" in c.cues)
    f["fanout"] = float(pairs > 1)
    f["later"] = float(c.sentence > 0)
    f["background"] = float(years_before is not None and years_before >= 2)
    f["type_doubt"] = float(model().get("type_doubt", {}).get(c.type, 0.0))
    if doc is not None and 0 <= c.trigger < len(doc):
        t = doc[c.trigger]
        f["nominal"] = float(t.pos_ in ("NOUN", "PROPN"))
        home = _clause(t)
        for m in ms:
            h = m.head if m.head is not None else m.end - 1
            if 0 <= h < len(doc) and _clause(doc[h]).i != home.i:
                f["cross_clause"] = 1.0
    return f


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """{'bias': float, 'weights': {feature: float}, 'hedged': float, ...} from the data file."""
    text = resources.files("eventgraph").joinpath("data", "confidence.json").read_text("utf-8")
    return json.loads(text)


def score(f: dict[str, float], status: str = "occurred") -> float:
    m = model()
    z = m["bias"] + sum(m["weights"].get(k, 0.0) * v for k, v in f.items())
    if status in ("hypothetical", "denied"):
        # no gold for these (they are not scored), so this shift is set by hand, not fitted
        z += m.get("hedged", 0.0)
    return round(1 / (1 + math.exp(-z)), 4)
