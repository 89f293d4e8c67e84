"""The confidence score (eventgraph.confidence) and how evaluate reports its calibration."""
from __future__ import annotations

from eventgraph import confidence
from eventgraph.evaluate import format_report, score
from eventgraph.nlp.types import ActorMention, Candidate
from tests.nlp_helpers import events, run

STRONG = "Japan summoned the Chinese ambassador on October 3, 2024."
# actors only through 'the two leaders', a noun trigger, no date
WEAK = "Joe Biden and Xi Jinping arrived in Lima. The two leaders later held talks."


def _features(text: str, dated: bool) -> dict[str, float]:
    doc = run(text)  # dates are attached later, in events.py: the extracted event tells
    (c,) = [c for c in doc._.candidates if c.status in ("occurred", "planned")]
    return confidence.features(c, c.sources + c.targets, dated, doc)


def test_strong_event_scores_above_weak_one():
    (strong,), (weak,) = events(STRONG), events(WEAK)
    assert (strong.type, weak.type) == ("SUMMON_AMBASSADOR", "MEET")
    assert strong.confidence > weak.confidence
    on = lambda f: {k for k, v in f.items() if v}  # noqa: E731
    assert on(_features(STRONG, strong.date is not None)) == set()
    assert {"coref", "nominal", "undated"} <= on(_features(WEAK, weak.date is not None))


def test_score_is_monotone_in_each_weakness_and_deterministic():
    none = dict.fromkeys(confidence.FEATURES, 0.0)
    base = confidence.score(none)
    for k in confidence.FEATURES:  # each names a weakness: the fit holds its weight at or below 0
        assert confidence.score({**none, k: 1.0}) <= base, k
    assert any(confidence.score({**none, k: 1.0}) < base for k in confidence.FEATURES)
    assert confidence.score(none, "hypothetical") < base
    assert confidence.score(none) == base
    assert 0 < confidence.score(dict.fromkeys(confidence.FEATURES, 1.0)) < base < 1


def test_features_without_a_doc_leave_syntax_out():
    m = ActorMention(0, 1, "Moscow", "RUS", "state", via="metonym")
    c = Candidate("SANCTION", 3, [m], [], cues=["plover"])  # a type the fit data does not doubt
    f = confidence.features(c, [m, None], dated=False)
    assert {k for k, v in f.items() if v} == {"indirect", "undated", "plover"}


def test_brier_score_is_computed_and_printed():
    gold = {"a": [{"type": "MEET", "source": "USA", "target": "RUS", "date": None}]}
    pred = {"a": [{"type": "MEET", "source": {"id": "USA"}, "target": {"id": "RUS"}, "date": None,
                   "confidence": 0.9, "evidence": "x"},
                  {"type": "MEET", "source": {"id": "USA"}, "target": {"id": "CHN"}, "date": None,
                   "confidence": 0.4, "evidence": "y"}]}
    rep = score(gold, pred)
    assert rep.brier() == round(((0.9 - 1) ** 2 + 0.4 ** 2) / 2, 4)
    assert rep.to_dict()["brier"] == rep.brier()
    assert f"brier score: {rep.brier()}" in format_report(rep)
    assert [(p["target"]["id"], ok) for p, ok in rep.judged] == [("RUS", True), ("CHN", False)]


def test_the_most_doubted_type_read_by_the_generic_frame_through_coreference_scores_below_half():
    # what the fit data says is wrong more often than right must say so in its score
    doubts = confidence.model()["type_doubt"]
    worst = max(doubts, key=doubts.get)
    weak = dict.fromkeys(confidence.FEATURES, 0.0)
    weak.update(plover=1.0, type_doubt=doubts[worst], coref=1.0, fanout=1.0)
    assert confidence.score(weak) < 0.5 < confidence.score(dict.fromkeys(confidence.FEATURES, 0.0))


def test_a_trigger_read_as_several_pairs_marks_each_event():
    (c,) = [c for c in run("Poland and Lithuania condemned Belarus.")._.candidates]
    f = confidence.features(c, c.sources + c.targets, True, pairs=2)
    assert f["fanout"] == 1.0
    assert confidence.features(c, c.sources + c.targets, True)["fanout"] == 0.0


def test_type_doubt_comes_from_the_data_file_and_spares_reliable_types():
    doubts = confidence.model()["type_doubt"]
    assert all(d > 0 for d in doubts.values())
    assert "SUMMON_AMBASSADOR" not in doubts  # right every time in the fit data
    m = ActorMention(0, 1, "Moscow", "RUS", "state")
    for t in ("SUMMON_AMBASSADOR", max(doubts, key=doubts.get)):
        f = confidence.features(Candidate(t, 3, [m], []), [m, None], dated=True)
        assert f["type_doubt"] == doubts.get(t, 0.0)
