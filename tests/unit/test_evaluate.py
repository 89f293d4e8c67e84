"""The scorer: one-to-one matching, symmetric MEET, hedged predictions judged only against gold."""
from __future__ import annotations

from eventgraph.evaluate import format_report, score


def ev(t, s, g, date=None, status="occurred", conf=0.8):
    return {"type": t, "source": {"id": s}, "target": {"id": g}, "date": date, "status": status,
            "confidence": conf, "evidence": "x"}


def test_perfect_match_and_meet_symmetry():
    gold = {"a": [{"type": "MEET", "source": "USA", "target": "RUS", "date": "2025-08-15", "status": "occurred"}]}
    pred = {"a": [ev("MEET", "RUS", "USA", "2025-08-15")]}
    d = score(gold, pred).to_dict()
    assert d["per_type"]["MEET"]["f1"] == 1.0 and d["date_accuracy"] == 1.0


def test_direction_matters_for_asymmetric_types():
    gold = {"a": [{"type": "SUMMON_AMBASSADOR", "source": "KOR", "target": "RUS", "date": None}]}
    pred = {"a": [ev("SUMMON_AMBASSADOR", "RUS", "KOR")]}
    d = score(gold, pred).to_dict()["per_type"]["SUMMON_AMBASSADOR"]
    assert (d["tp"], d["fp"], d["fn"]) == (0, 1, 1)


def test_hypothetical_predictions_are_not_counted():
    gold = {"a": []}
    pred = {"a": [ev("DEPLOY_TROOPS", "PRK", "RUS", status="hypothetical")]}
    rep = score(gold, pred)
    assert not rep.false_positives


def test_hedged_prediction_finds_a_hedged_gold_event_and_its_status_is_scored():
    # a gold file that does annotate rumours: the hypothetical prediction is found, not missed
    gold = {"a": [{"type": "DEPLOY_TROOPS", "source": "EGY", "target": "SOM", "date": None,
                   "status": "hypothetical"},
                  {"type": "JOIN_BLOC", "source": "SAU", "target": "BRICS", "date": None, "status": "occurred"}]}
    pred = {"a": [ev("DEPLOY_TROOPS", "EGY", "SOM", status="hypothetical"),
                  ev("JOIN_BLOC", "SAU", "BRICS", status="hypothetical")]}
    d = score(gold, pred).to_dict()
    assert d["per_type"]["DEPLOY_TROOPS"]["tp"] == 1 and d["per_type"]["JOIN_BLOC"]["tp"] == 1
    assert d["status_accuracy"] == 0.5  # the join was told as fact, we said hypothetical


def test_factual_prediction_takes_the_gold_event_before_a_hedged_one():
    gold = {"a": [{"type": "MEET", "source": "USA", "target": "RUS", "date": None, "status": "occurred"}]}
    pred = {"a": [ev("MEET", "USA", "RUS", status="denied"), ev("MEET", "RUS", "USA")]}
    rep = score(gold, pred)
    assert rep.to_dict()["status_accuracy"] == 1.0 and not rep.false_positives


def test_one_to_one_matching_prefers_same_date():
    gold = {"a": [{"type": "SUMMON_AMBASSADOR", "source": "POL", "target": "RUS", "date": "2024-03"},
                  {"type": "SUMMON_AMBASSADOR", "source": "POL", "target": "RUS", "date": "2025-09-10"}]}
    pred = {"a": [ev("SUMMON_AMBASSADOR", "POL", "RUS", "2025-09-10"),
                  ev("SUMMON_AMBASSADOR", "POL", "RUS", "2025-09-10")]}
    rep = score(gold, pred)
    d = rep.to_dict()["per_type"]["SUMMON_AMBASSADOR"]
    assert (d["tp"], d["fp"], d["fn"]) == (2, 0, 0)
    assert rep.to_dict()["date_accuracy"] == 0.5  # the second report matched the 2024-03 gold


def test_report_lists_errors_one_by_one():
    gold = {"a": [{"type": "JOIN_BLOC", "source": "SWE", "target": "NATO", "date": "2024-03-07"}]}
    pred = {"a": [ev("JOIN_BLOC", "FIN", "NATO", "2023-04-04")]}
    text = format_report(score(gold, pred))
    assert "FP  a JOIN_BLOC FIN->NATO" in text and "MISS a JOIN_BLOC SWE->NATO" in text


def test_calibration_buckets():
    gold = {"a": [{"type": "MEET", "source": "A", "target": "B", "date": None}]}
    pred = {"a": [ev("MEET", "A", "B", conf=0.9), ev("MEET", "C", "D", conf=0.3)]}
    rows = {r["confidence"]: r for r in score(gold, pred).calibration_table()}
    assert rows["[0.85,1.00)"]["precision"] == 1.0 and rows["[0.00,0.50)"]["precision"] == 0.0
