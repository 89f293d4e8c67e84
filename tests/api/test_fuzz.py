"""Whatever a client sends in the query string, the answer is never a 500."""
from __future__ import annotations

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROUTES = {
    "/events": ["actor", "other", "type", "status", "since", "until", "limit", "cursor"],
    "/timeline": ["actor", "other", "type", "status", "since", "until", "interval"],
    "/subgraph": ["actor", "actors", "depth", "type", "since", "until", "limit", "aggregate", "format"],
    "/paths": ["from", "to", "max_hops", "type", "limit"],
    "/memberships": ["bloc", "at"],
    "/actors": ["q", "kind", "limit"],
}
PLAUSIBLE = ["RUS", "PRK", "BRICS", "MEET", "meet,JOIN_BLOC", "occurred", "2024", "2024-10", "2024-02-29",
             "2023-02-29", "0000", "9999-12", "9999-12-31", "0", "-1", "3", "4", "1001", "1e3", "true", "maybe",
             "day", "week", "cytoscape", "", ",", "eyJ4IjoxfQ", "WyIiLCIiXQ", "ev-", "%00", "PER:vladimir-putin"]
values = st.one_of(st.sampled_from(PLAUSIBLE), st.text(max_size=30))


@st.composite
def requests(draw):
    path = draw(st.sampled_from(sorted(ROUTES)))
    names = draw(st.lists(st.sampled_from(ROUTES[path]), max_size=5))
    return path, [(n, draw(values)) for n in names]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(req=requests())
def test_no_query_string_gives_a_500(api, req):
    path, params = req
    r = api.get(path, params=params)
    assert r.status_code < 500, (path, params, r.text)
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["status"] == r.status_code


@settings(max_examples=40, deadline=None)
@given(segment=st.text(min_size=1, max_size=40).filter(lambda s: s not in (".", "..")))
def test_no_id_gives_a_500(api, segment):
    for base in ("/actors/", "/events/"):
        r = api.get(base + quote(segment, safe=""))
        assert r.status_code < 500, (base, segment, r.text)
        if r.status_code >= 400:
            assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
