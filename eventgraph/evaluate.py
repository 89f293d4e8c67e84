"""Score extracted events against a gold file (the devset's gold.jsonl format).

An event matches a gold event of the same article, type and actors (MEET-like types in
either direction). Matching is one-to-one and prefers the same date, then a compatible
date, then any date; date and status accuracy are then read on the matched pairs. A denied
or hypothetical prediction that matches no gold event is not a false positive: gold files
like the devset's list only what happened or is planned, so such a prediction is not
judged; one that matches a gold event (whatever the gold's status) counts as found, with
its status scored.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .models import EVENT_TYPES_SEED, FACTUAL, SYMMETRIC_TYPES, date_compatible


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    date_total: int = 0
    date_exact: int = 0
    status_total: int = 0
    status_ok: int = 0
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    date_errors: list[dict[str, Any]] = field(default_factory=list)
    calibration: list[tuple[float, bool]] = field(default_factory=list)
    judged: list[tuple[dict[str, Any], bool]] = field(default_factory=list)  # (prediction, right)

    def micro(self, types: Iterable[str]) -> dict[str, float]:
        c = Counts()
        for t in types:
            x = self.by_type.get(t)
            if x:
                c.tp += x.tp
                c.fp += x.fp
                c.fn += x.fn
        return c.prf()

    def calibration_table(self, edges=(0.0, 0.5, 0.7, 0.85, 1.01)) -> list[dict[str, Any]]:
        rows = []
        for lo, hi in zip(edges, edges[1:]):
            xs = [ok for conf, ok in self.calibration if lo <= conf < hi]
            rows.append({"confidence": f"[{lo:.2f},{min(hi, 1.0):.2f})", "n": len(xs),
                         "precision": round(sum(xs) / len(xs), 3) if xs else None})
        return rows

    def brier(self) -> float | None:
        """Mean squared gap between confidence and outcome (1 right, 0 wrong); lower is better."""
        if not self.calibration:
            return None
        return round(sum((c - ok) ** 2 for c, ok in self.calibration) / len(self.calibration), 4)

    def to_dict(self) -> dict[str, Any]:
        seed = [t for t in EVENT_TYPES_SEED]
        other = sorted(t for t in self.by_type if t not in EVENT_TYPES_SEED)
        return {
            "per_type": {t: self.by_type[t].prf() for t in sorted(self.by_type)},
            "micro_seed": self.micro(seed),
            "micro_other": self.micro(other) if other else None,
            "date_accuracy": round(self.date_exact / self.date_total, 3) if self.date_total else None,
            "dates_matched": self.date_total,
            "status_accuracy": round(self.status_ok / self.status_total, 3) if self.status_total else None,
            "calibration": self.calibration_table(),
            "brier": self.brier(),
        }


def _key(e: dict[str, Any]) -> tuple[str, str, str]:
    s = e["source"]["id"] if isinstance(e.get("source"), dict) else e.get("source")
    t = e["target"]["id"] if isinstance(e.get("target"), dict) else e.get("target")
    s, t = s or "", t or ""
    if e["type"] in SYMMETRIC_TYPES and t < s:
        s, t = t, s
    return e["type"], s, t


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]], *, types: Iterable[str] | None = None
          ) -> Report:
    """gold/pred: article_id -> events (pred in contract shape, gold in devset shape)."""
    wanted = set(types) if types else None
    rep = Report()
    for aid in sorted(set(gold) | set(pred)):
        g = [e for e in gold.get(aid, []) if wanted is None or e["type"] in wanted]
        # factual predictions first, so they take the gold events before hedged ones do
        p = sorted((e for e in pred.get(aid, []) if wanted is None or e["type"] in wanted),
                   key=lambda e: e.get("status", "occurred") not in FACTUAL)
        used: set[int] = set()
        matched_p: set[int] = set()
        pairs: list[tuple[dict, dict]] = []
        for rule in ("same", "compatible", "any"):
            for gi, ge in enumerate(g):
                if gi in used:
                    continue
                for pi, pe in enumerate(p):
                    if pi in matched_p or _key(pe) != _key(ge):
                        continue
                    gd, pd = ge.get("date"), pe.get("date")
                    ok = (rule == "same" and gd == pd) or \
                         (rule == "compatible" and gd and pd and date_compatible(gd, pd)) or rule == "any"
                    if ok:
                        used.add(gi)
                        matched_p.add(pi)
                        pairs.append((ge, pe))
                        break
        for ge, pe in pairs:
            rep.by_type[ge["type"]].tp += 1
            rep.date_total += 1
            if ge.get("date") == pe.get("date"):
                rep.date_exact += 1
            else:
                rep.date_errors.append({"article_id": aid, "gold": ge, "pred": _brief(pe)})
            rep.status_total += 1
            rep.status_ok += ge.get("status") == pe.get("status")
            rep.calibration.append((float(pe.get("confidence", 0.5)), True))
            rep.judged.append((pe, True))
        for gi, ge in enumerate(g):
            if gi not in used:
                rep.by_type[ge["type"]].fn += 1
                rep.misses.append({"article_id": aid, **ge})
        for pi, pe in enumerate(p):
            if pi not in matched_p and pe.get("status", "occurred") in FACTUAL:
                rep.by_type[pe["type"]].fp += 1
                rep.false_positives.append({"article_id": aid, **_brief(pe)})
                rep.calibration.append((float(pe.get("confidence", 0.5)), False))
                rep.judged.append((pe, False))
    return rep


def _brief(e: dict[str, Any]) -> dict[str, Any]:
    s, t = e.get("source"), e.get("target")
    return {"type": e["type"], "source": s["id"] if isinstance(s, dict) else s,
            "target": t["id"] if isinstance(t, dict) else t, "date": e.get("date"),
            "status": e.get("status"), "confidence": e.get("confidence"), "evidence": e.get("evidence", "")[:160]}


def load_gold(path: str | Path, key: str = "events") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out[d["article_id"]] = list(d.get(key) or [])
    return out


def load_pred(path: str | Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out[d["article_id"]].append(d)
    return dict(out)


def format_report(rep: Report, *, show_errors: bool = True) -> str:
    d = rep.to_dict()
    lines = [f"{'type':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for t, r in d["per_type"].items():
        lines.append(f"{t:<20}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['tp']:>5}{r['fp']:>5}{r['fn']:>5}")
    for label, m in (("micro (5 seed types)", d["micro_seed"]), ("micro (other types)", d["micro_other"])):
        if m and m["tp"] + m["fp"] + m["fn"]:  # a report on other types only has no seed line
            lines.append(f"{label:<20}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
                         f"{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}")
    lines.append(f"date accuracy on matched events: {d['date_accuracy']} ({d['dates_matched']} matched)")
    lines.append(f"status accuracy on matched events: {d['status_accuracy']}")
    lines.append("calibration: " + ", ".join(f"{r['confidence']} n={r['n']} p={r['precision']}"
                                             for r in d["calibration"]))
    lines.append(f"brier score: {d['brier']} ({len(rep.calibration)} scored events; lower is better)")
    if show_errors:
        for fp in rep.false_positives:
            lines.append(f"FP  {fp['article_id']} {fp['type']} {fp['source']}->{fp['target']} {fp['date']} "
                         f"{fp['status']} | {fp['evidence']}")
        for ms in rep.misses:
            lines.append(f"MISS {ms['article_id']} {ms['type']} {ms['source']}->{ms['target']} {ms.get('date')} "
                         f"{ms.get('status')}")
        for de in rep.date_errors:
            g, p = de["gold"], de["pred"]
            lines.append(f"DATE {de['article_id']} {g['type']} {g['source']}-{g['target']} gold={g.get('date')} "
                         f"pred={p['date']}")
    return "\n".join(lines)
