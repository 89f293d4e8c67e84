"""Fit the confidence weights (eventgraph/data/confidence.json) and report calibration.

    python scripts/fit_confidence.py [--devset ../shared/devset] [--write] [--show]

Extracts the annotated set (tests/data/annotated), the blind sets (tests/data/unseen2..5) and
the devset, labels every predicted event the scorer judges right or wrong
(eventgraph.evaluate.score; the devset annotates seed types only), and fits a logistic
regression with a small L2 penalty by Newton's method (deterministic) on the fit part of each
set (SETS) and the devset; the held-out parts give the honest calibration bins and Brier
score. --write stores the weights; --show lists the features of wrong events.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from eventgraph import confidence, events  # noqa: E402
from eventgraph.evaluate import load_gold, score  # noqa: E402
from eventgraph.models import EVENT_TYPES_PLOVER, EVENT_TYPES_SEED, Article, Event  # noqa: E402
from eventgraph.pipeline import extract_articles  # noqa: E402

# our annotated and blind sets, and the first article id of each that is held out (None: all
# of it is fit data; '' : all of it is held out). Hedged predictions count where a gold lists them.
SETS = {"annotated": None, "unseen2": None, "unseen3": None, "unseen4": None, "unseen5": ""}
PRIOR = 5  # pseudo-events at the average precision added to each type (small types shrink to it)
L2 = 1.0  # 5-fold cross-validation over training articles preferred it among 0.1 .. 3


def _capture() -> None:
    """Make each extracted Event carry the features its confidence was scored from."""
    last: dict[str, dict[str, float]] = {}
    plain = confidence.features

    def features(*a, **k):
        last["f"] = plain(*a, **k)
        return last["f"]

    class Tagged(Event):
        def __post_init__(self) -> None:
            super().__post_init__()
            self.features = dict(last.get("f") or {})

    confidence.features = features
    events.Event = Tagged


def _extract(path: Path) -> dict[str, list[dict]]:
    arts = [Article(text=d["text"], id=d["id"], title=d.get("title"), published=d.get("published"))
            for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d]
    out = {}
    for art, evs in extract_articles(arts):
        out[art.id] = [{**e.to_dict(), "_features": e.features} for e in evs]
    return out


def _rows(gold_path: Path, pred: dict[str, list[dict]], other: bool) -> list[tuple[str, dict, bool]]:
    gold = load_gold(gold_path)
    types = EVENT_TYPES_SEED
    if other:
        for k, v in load_gold(gold_path, key="other_events").items():
            gold.setdefault(k, []).extend(v)
        types = EVENT_TYPES_SEED + EVENT_TYPES_PLOVER
    rep = score(gold, pred, types=types)
    return [(p["article_id"], p, ok) for p, ok in rep.judged]


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def type_doubt(judged: list[tuple[str, bool]]) -> dict[str, float]:
    """Per event type, the log-odds by which it is right less often than events on average,
    its precision shrunk towards the average by PRIOR pseudo-events; types at or above the
    average are left out (doubt 0)."""
    avg = sum(ok for _, ok in judged) / len(judged)
    by_type: dict[str, list[bool]] = {}
    for t, ok in judged:
        by_type.setdefault(t, []).append(ok)
    out = {}
    for t, oks in by_type.items():
        p = (sum(oks) + PRIOR * avg) / (len(oks) + PRIOR)
        if p < avg:
            out[t] = round(_logit(avg) - _logit(p), 3)
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method; the bias is not penalised."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + pen * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def fit_weaknesses(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """fit() with every feature weight <= 0: each feature names a weakness, so one that comes
    out positive (confounded with something else in the fit data) is held at 0 and the rest
    refitted. Keeps the score monotone in each weakness."""
    free = list(range(x.shape[1]))
    while True:
        w_free = fit(x[:, free], y)
        w = np.zeros(x.shape[1] + 1)
        w[0] = w_free[0]
        for j, col in enumerate(free):
            w[col + 1] = w_free[j + 1]
        positive = [col for col in free if w[col + 1] > 0]
        if not positive:
            return w
        free.remove(max(positive, key=lambda col: w[col + 1]))


def _vector(p: dict, doubt: dict[str, float]) -> list[float]:
    f = {**p["_features"], "type_doubt": doubt.get(p["type"], 0.0)}
    return [f.get(k, 0.0) for k in confidence.FEATURES]


def train_model(part: list[tuple[dict, bool]]) -> tuple[dict[str, float], np.ndarray]:
    """Type doubts and weights (bias first) fitted on these judged events."""
    doubt = type_doubt([(p["type"], ok) for p, ok in part])
    x = np.array([_vector(p, doubt) for p, _ in part])
    y = np.array([float(ok) for _, ok in part])
    return doubt, fit_weaknesses(x, y)


def predict(doubt: dict[str, float], w: np.ndarray, p: dict) -> float:
    z = w[0] + float(np.dot(w[1:], _vector(p, doubt)))
    return 1 / (1 + math.exp(-z))


def cross_validated(part: list[tuple[dict, bool]], folds: int = 5) -> list[tuple[float, bool]]:
    """Out-of-fold scores: articles dealt into folds by sorted id; each fold scored by a model
    fitted on the others."""
    ids = sorted({p["article_id"] for p, _ in part})
    fold_of = {aid: i % folds for i, aid in enumerate(ids)}
    out = []
    for k in range(folds):
        doubt, w = train_model([(p, ok) for p, ok in part if fold_of[p["article_id"]] != k])
        out += [(predict(doubt, w, p), ok) for p, ok in part if fold_of[p["article_id"]] == k]
    return out


def report(name: str, probs: list[float], ys: list[bool]) -> None:
    edges = (0.0, 0.5, 0.7, 0.85, 1.01)
    bins = []
    for lo, hi in zip(edges, edges[1:]):
        xs = [y for p, y in zip(probs, ys) if lo <= p < hi]
        prec = f"{sum(xs) / len(xs):.3f}" if xs else "-"
        bins.append(f"[{lo:.2f},{min(hi, 1):.2f}) n={len(xs)} p={prec}")
    brier = sum((p - y) ** 2 for p, y in zip(probs, ys)) / len(ys)
    print(f"{name:<10} n={len(ys)} wrong={len(ys) - sum(ys)} brier={brier:.4f} | " + ", ".join(bins))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", default=str(REPO.parent / "shared" / "devset"))
    ap.add_argument("--write", action="store_true", help="store the fitted weights")
    ap.add_argument("--show", action="store_true", help="list wrong events with their features")
    args = ap.parse_args()
    _capture()
    rows = []
    for name in SETS:
        base = REPO / "tests" / "data" / name
        if (base / "gold.jsonl").exists():
            rows += _rows(base / "gold.jsonl", _extract(base / "articles.jsonl"), other=True)
    dev = Path(args.devset)
    if (dev / "gold.jsonl").exists():
        rows += _rows(dev / "gold.jsonl", _extract(dev / "articles.jsonl"), other=False)
    else:
        print(f"no devset at {dev}: fitting on the annotated set only", file=sys.stderr)

    first_held = {"t": SETS["annotated"], "u": SETS["unseen2"], "v": SETS["unseen3"], "w": SETS["unseen4"],
                  "x": SETS["unseen5"]}

    def held(aid: str) -> bool:
        start = first_held.get(aid[:1]) if aid[1:2] == "-" else None
        return start is not None and aid >= start

    names = confidence.FEATURES
    train = [(p, ok) for aid, p, ok in rows if not held(aid)]
    test = [(p, ok) for aid, p, ok in rows if held(aid)]
    if args.show:
        for p, ok in train + test:
            if not ok:
                on = {k: round(v, 2) for k, v in p["_features"].items() if v}
                print(f"WRONG {p['article_id']} {p['type']} {p['source']['id']}->"
                      f"{(p['target'] or {}).get('id')} conf={p['confidence']} {on}")
    doubt, w = train_model(train)
    print("type doubt:", ", ".join(f"{t} {d}" for t, d in sorted(doubt.items(), key=lambda x: -x[1])) or "-")
    print("bias", round(float(w[0]), 3))
    for k, v in zip(names, w[1:]):
        rate = [ok for p, ok in train if _vector(p, doubt)[names.index(k)] > 0.5]
        share = f"{sum(rate) / len(rate):.2f} of {len(rate)}" if rate else "-"
        print(f"  {k:<13}{v:>8.3f}   (train events with it > 0.5: right {share})")

    # 'stored' is what the pipeline wrote (the weights in confidence.json now, plus the
    # in-article merge); 'fitted' is the raw score with the new weights; 'out-of-fold' scores
    # each fit article with a model (type doubts included) fitted without its fold
    for name, part in (("train", train), ("held-out", test)):
        ys = [ok for _, ok in part]
        report(name + "/stored", [p["confidence"] for p, _ in part], ys)
        report(name + "/fitted", [predict(doubt, w, p) for p, _ in part], ys)
    oof = cross_validated(train)
    report("train/out-of-fold", [q for q, _ in oof], [ok for _, ok in oof])
    if args.write:
        out = REPO / "eventgraph" / "data" / "confidence.json"
        old = json.loads(out.read_text()) if out.exists() else {}
        data = {"bias": round(float(w[0]), 4),
                "weights": {k: round(float(v), 4) for k, v in zip(names, w[1:])},
                "hedged": old.get("hedged", -0.5),
                "type_doubt": dict(sorted(doubt.items())),
                "fitted_on": "devset + tests/data/%s; held out: %s; L2 %.1f" % (
                    ", ".join(k + (f" before {v}" if v else "") for k, v in SETS.items() if v != ""),
                    ", ".join(k + (f" from {v}" if v else "") for k, v in SETS.items() if v is not None),
                    L2)}
        out.write_text(json.dumps(data, indent=2) + "\n")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
