"""Events with no target (the contract allows a null target only for types that have none:
MOBILIZE here), from text through the embedded store to its reads."""
from __future__ import annotations

import json

from eventgraph.models import Article, UNTARGETED_TYPES
from eventgraph.pipeline import extract_articles
from eventgraph.store.base import EventFilter
from eventgraph.store.embedded import EmbeddedStore

TEXT = ("The United States put 8,500 troops on heightened alert on Monday, the Pentagon said. "
        "Russia imposed sanctions on Thursday. Russia also massed troops near the border with Ukraine.")


def _extract(text: str, aid: str = "u-1"):
    art = Article(text=text, id=aid, published="2022-01-27")
    return art, next(extract_articles([art]))[1]


def test_a_targetless_mobilization_survives_extract_store_and_query(tmp_path):
    art, evs = _extract(TEXT)
    alone = [e for e in evs if e.target is None]
    assert [(e.type, e.source.id, e.date, e.status) for e in alone] == [("MOBILIZE", "USA", "2022-01-24", "occurred")]
    d = alone[0].to_dict()
    assert d["target"] is None and json.loads(json.dumps(d))["target"] is None
    # the massing names Ukraine, so it keeps its target; the bare sanctions name nobody and give nothing
    assert {(e.type, e.source.id, e.target.id if e.target else None) for e in evs} >= {("MOBILIZE", "RUS", "UKR")}
    assert not any(e.type == "SANCTION" for e in evs)
    with EmbeddedStore(tmp_path / "g.db") as store:
        store.ingest([(art, evs)])
        got = store.get_event(alone[0].id)
        assert got["target"] is None and got["source"]["id"] == "USA"
        page, _ = store.list_events(EventFilter(actor="USA", types=("MOBILIZE",)), 10)
        assert [r["id"] for r in page] == [alone[0].id]
        assert store.get_actor("USA")["event_counts"] == {"MOBILIZE": 1}
        # a second report of the same alert in another article merges into the stored event
        art2, evs2 = _extract("Washington put 8,500 troops on heightened alert on Monday.", "u-2")
        rep = store.ingest([(art2, evs2)])
        assert rep.events_merged == 1 and rep.events_created == 0
        assert len(store.get_event(alone[0].id)["evidence_list"]) == 2


def test_types_that_need_a_target_never_come_without_one():
    texts = ["Russia imposed new sanctions on Friday.", "Iran fired missiles on Tuesday.",
             "Troops withdrew on Sunday.", "China held large-scale drills on Monday.",
             "Police arrested dozens of people in the capital.", "Germany condemned the decision."]
    for t in texts:
        _, evs = _extract(t)
        assert all(e.target is not None or e.type in UNTARGETED_TYPES for e in evs), t
        assert not any(e.type == "MOBILIZE" and e.target is None for e in evs if "drills" in t), t
