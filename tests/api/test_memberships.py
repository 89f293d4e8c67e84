from __future__ import annotations

from .conftest import assert_problem


def test_brics_members_mid_2024(api):
    body = api.get("/memberships", params={"bloc": "BRICS", "at": "2024-06-01"}).json()
    assert body["bloc"] == "BRICS" and body["at"] == "2024-06-01"
    members = {m["id"]: m for m in body["members"]}
    for iso in ("IRN", "EGY", "ETH", "ARE"):
        assert members[iso]["status"] in ("member", "founder"), members[iso]
        events = [p for p in members[iso]["provenance"] if p["source"] == "event"]
        assert events and events[0]["type"] == "JOIN_BLOC" and events[0]["event_id"].startswith("ev-")
    assert members["IRN"]["name"] == "Iran"
    assert members["TUR"]["status"] == "applicant"


def test_before_the_joins_they_are_not_members(api):
    members = {m["id"] for m in api.get("/memberships", params={"bloc": "BRICS", "at": "2023-06-01"}).json()["members"]}
    assert not members & {"IRN", "EGY", "ETH", "ARE", "TUR"}


def test_bad_membership_parameters(api):
    assert_problem(api.get("/memberships", params={"bloc": "BRICS", "at": "June"}), 422, "at")
    assert_problem(api.get("/memberships"), 422, "bloc")
    assert_problem(api.get("/memberships", params={"bloc": "NO-SUCH-BLOC"}), 404)


def test_gazetteer_founders_and_event_provenance_merge(api):
    members = {m["id"]: m for m in api.get("/memberships", params={"bloc": "BRICS", "at": "2024-06-01"}).json()["members"]}
    assert members["RUS"]["status"] == "founder" and members["RUS"]["since"] == "2009-06-16"
    sources = {p["source"] for p in members["IRN"]["provenance"]}
    assert sources == {"gazetteer", "event"}  # the 2024-01 join is both a fact and a stored event
    assert "SAU" not in members or members["SAU"]["status"] == "invited"
