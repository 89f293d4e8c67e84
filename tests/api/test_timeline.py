from __future__ import annotations

import pytest

from .conftest import assert_problem


def test_pair_by_month_has_empty_buckets_between(api):
    t = api.get("/timeline", params={"actor": "RUS", "other": "PRK", "interval": "month"}).json()
    starts = [b["start"] for b in t["buckets"]]
    assert starts[0] == "2023-09-01" and starts[-1] == "2024-10-01"
    assert len(starts) == 14  # every month from 2023-09 to 2024-10, none skipped
    by_month = {b["start"][:7]: b for b in t["buckets"]}
    assert by_month["2023-09"]["count"] == 1 and by_month["2023-09"]["by_type"] == {"MEET": 1}
    assert by_month["2024-10"]["by_type"] == {"DEPLOY_TROOPS": 1}
    assert by_month["2024-03"] == {"start": "2024-03-01", "end": "2024-03-31", "count": 0, "by_type": {}}


def test_since_until_range_and_week_buckets(api):
    t = api.get("/timeline", params={"since": "2024-10-14", "until": "2024-10-27", "interval": "week"}).json()
    assert [b["start"] for b in t["buckets"]] == ["2024-10-14", "2024-10-21"]  # Mondays
    assert t["buckets"][1]["by_type"] == {"MEET": 5, "SUMMON_AMBASSADOR": 1}
    # the 2024-10 deployment and the 2024 application overlap the range: counted in the first bucket
    assert t["buckets"][0]["by_type"] == {"APPLY_MEMBERSHIP": 1, "DEPLOY_TROOPS": 1}


@pytest.mark.parametrize("params", [
    {}, {"actor": "RUS"}, {"actor": "RUS", "other": "PRK"}, {"type": "MEET,JOIN_BLOC"},
    {"status": "planned"}, {"since": "2024-06"}, {"since": "2023-06", "until": "2024-01-15", "actor": "BRICS"},
])
@pytest.mark.parametrize("interval", ["day", "week", "month", "year"])
def test_totals_agree_with_events(api, params, interval):
    t = api.get("/timeline", params={**params, "interval": interval}).json()
    events = api.get("/events", params={**params, "limit": 1000}).json()["items"]
    assert t["total"] == len(events)
    assert t["dated"] == sum(b["count"] for b in t["buckets"]) == len([e for e in events if e["date"]])
    assert t["undated"] == len([e for e in events if not e["date"]])


def test_undated_are_reported_apart(api):
    t = api.get("/timeline", params={"actor": "USA", "interval": "year"}).json()
    assert t["undated"] == 1 and t["undated_by_type"] == {"ACCUSE": 1}


def test_bad_timeline_parameters(api):
    assert_problem(api.get("/timeline", params={"interval": "hour"}), 422, "interval")
    assert_problem(api.get("/timeline", params={"since": "2024-1-1"}), 422, "since")
    assert_problem(api.get("/timeline", params={"since": "1900", "until": "2024", "interval": "day"}),
                   422, "interval")  # too many buckets to be a chart
