"""In its own module: it adds an event, and the other modules count the sample exactly."""
from __future__ import annotations

from . import sample


def test_cursor_pages_are_stable_while_events_are_added(api, filled_target):
    first = api.get("/events", params={"limit": 5}).json()
    # a new event newer than everything arrives between two page requests
    with filled_target.open() as store:
        store.ingest([(sample.Article(id="a-late", text="late", published="2025-01-01"),
                       [sample.ev("MEET", "USA", "CHN", "2025-01-01", article="a-late")])])
    second = api.get("/events", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    before = api.get("/events", params={"limit": 11}).json()["items"]
    assert before[0]["date"] == "2025-01-01"
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in before[1:11]]
