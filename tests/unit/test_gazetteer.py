"""The gazetteer's data and its date-aware lookups."""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from eventgraph.gazetteer import Gazetteer, GazetteerDataError, norm


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    src = resources.files("eventgraph.data")
    for name in ("countries.csv", "blocs.yaml", "people.yaml", "titles.yaml"):
        shutil.copyfile(str(src.joinpath(name)), tmp_path / name)
    return tmp_path


# ------------------------------------------------------------------ data integrity
def test_every_un_member_and_the_observers_are_states(gaz):
    c = gaz.counts()
    assert c["un_members"] == 193
    for iso in ("VAT", "PSE", "TWN", "XKX"):
        assert gaz.actor(iso).kind == "state"
    assert gaz.state_status("PSE") == "observer"
    assert c["states"] == 197


def test_load_is_cached(gaz):
    assert Gazetteer.load() is gaz


def test_ids_are_unique_and_every_alias_resolves_to_its_own_actor(gaz):
    for e in gaz.entries():
        found = gaz.lookup(e.text)
        assert found is not None and found.actor_id == e.actor_id, e
        assert gaz.actor(e.actor_id) is not None, e
    ids = gaz.ids()
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("alias,iso", [
    ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("ROK", "KOR"), ("North Korea", "PRK"),
    ("DPRK", "PRK"), ("US", "USA"), ("U.S.", "USA"), ("the United States", "USA"), ("America", "USA"),
    ("UK", "GBR"), ("Britain", "GBR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"),
    ("the UAE", "ARE"), ("DR Congo", "COD"), ("DRC", "COD"), ("Democratic Republic of Congo", "COD"),
    ("Kinshasa", "COD"), ("Republic of the Congo", "COG"), ("Brazzaville", "COG"), ("Congo", "COD"),
    ("South Korean", "KOR"), ("Emirati", "ARE"), ("Kenyan", "KEN"), ("British", "GBR"), ("Belarusian", "BLR"),
    ("Czech", "CZE"), ("Polish", "POL"), ("Algerian", "DZA"), ("Malaysian", "MYS"), ("Russians", "RUS"),
    ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("the Kremlin", "RUS"), ("Moscow", "RUS"), ("Washington", "USA"),
    ("the White House", "USA"), ("the Pentagon", "USA"), ("Beijing", "CHN"), ("Tehran", "IRN"), ("Kyiv", "UKR"),
    ("Downing Street", "GBR"), ("the Elysee", "FRA"), ("Tokyo", "JPN"), ("Warsaw", "POL"), ("Vilnius", "LTU"),
    ("Paris", "FRA"), ("Algiers", "DZA"), ("Jakarta", "IDN"), ("Ankara", "TUR"), ("Baku", "AZE"),
    ("Kigali", "RWA"), ("Nairobi", "KEN"), ("Minsk", "BLR"), ("Prague", "CZE"), ("Ivory Coast", "CIV"),
])
def test_state_aliases(gaz, alias, iso):
    e = gaz.lookup(alias)
    assert e is not None and e.actor_id == iso


def test_metonyms_carry_a_sector(gaz):
    assert gaz.lookup("the Pentagon").sector == "military"
    assert gaz.lookup("the Kremlin").sector == "government"
    assert gaz.lookup("Seoul").via == "metonym"


@pytest.mark.parametrize("alias,bloc", [
    ("the North Atlantic Treaty Organization", "NATO"), ("the Shanghai Cooperation Organisation", "SCO"),
    ("Shanghai Cooperation Organization", "SCO"), ("the Association of Southeast Asian Nations", "ASEAN"),
    ("the African Union", "AU"), ("the Group of 20", "G20"), ("Group of Seven", "G7"),
    ("the European Union", "EU"), ("BRICS", "BRICS"), ("OPEC", "OPEC"), ("CSTO", "CSTO"), ("EAC", "EAC"),
])
def test_bloc_aliases(gaz, alias, bloc):
    assert gaz.lookup(alias).actor_id == bloc
    assert gaz.is_bloc(bloc)
    assert gaz.state_of(bloc, "2024") is None


def test_membership_facts_are_dated_and_name_known_actors(gaz):
    for bloc in gaz.ids("organization"):
        for f in gaz.bloc_members(bloc):
            assert f.date and len(f.date) in (4, 7, 10)
            assert gaz.actor(f.member) is not None


# ------------------------------------------------------------------ membership over time
@pytest.mark.parametrize("bloc,date,present,absent", [
    ("BRICS", "2009-06-16", ["BRA", "RUS", "IND", "CHN"], ["ZAF"]),
    ("BRICS", "2023-12-31", ["ZAF"], ["IRN", "ARE"]),
    ("BRICS", "2024-01-01", ["IRN", "EGY", "ETH", "ARE"], ["IDN", "SAU"]),
    ("BRICS", "2025-01-06", ["IDN"], ["SAU", "TUR", "MYS"]),
    ("NATO", "1949", ["USA", "GBR", "FRA"], ["DEU", "TUR"]),
    ("NATO", "2023-04-03", ["MKD", "MNE"], ["FIN", "SWE"]),
    ("NATO", "2023-04-04", ["FIN"], ["SWE"]),
    ("NATO", "2024-03-07", ["SWE", "TUR"], []),
    ("SCO", "2017-06", ["IND", "PAK"], ["IRN"]),
    ("SCO", "2023-07-04", ["IRN"], ["BLR"]),
    ("SCO", "2024-07-04", ["BLR"], []),
    ("ASEAN", "1999-04-30", ["KHM"], ["TLS"]),
    ("ASEAN", "2025-10-26", ["TLS"], []),
    ("G20", "2023-09-08", ["EU"], ["AU"]),
    ("G20", "2023-09-09", ["AU", "EU"], []),
    ("EU", "2020-01-30", ["GBR"], []),
    ("EU", "2020-02", ["HRV", "POL"], ["GBR", "UKR"]),
    ("EAC", "2022-07-11", ["COD"], ["SOM"]),
])
def test_members_at(gaz, bloc, date, present, absent):
    members = set(gaz.members_at(bloc, date))
    for m in present:
        assert m in members, (bloc, date, m)
    for m in absent:
        assert m not in members, (bloc, date, m)


def test_member_counts_today(gaz):
    assert len(gaz.members_at("NATO")) == 32
    assert len(gaz.members_at("EU")) == 27
    assert len(gaz.members_at("ASEAN")) == 11
    assert len(gaz.members_at("SCO")) == 10
    assert len(gaz.members_at("BRICS")) == 10
    assert len(gaz.members_at("UN")) == 193


def test_brics_applications_and_the_saudi_doubt(gaz):
    applied = {f.member for f in gaz.bloc_members("BRICS") if f.kind == "applied"}
    assert {"TUR", "AZE", "MYS", "THA"} <= applied
    saudi = [f for f in gaz.bloc_members("BRICS") if f.member == "SAU"]
    assert saudi and all(f.uncertain and f.kind != "joined" for f in saudi)
    tls = [f for f in gaz.bloc_members("ASEAN") if f.member == "TLS" and f.kind == "applied"]
    assert tls[0].date == "2011-03-04"


# ------------------------------------------------------------------ people over time
@pytest.mark.parametrize("pid,date,state", [
    ("PER:donald-trump", "2019", "USA"),
    ("PER:donald-trump", "2022-06-01", "USA"),  # out of office: the last state served
    ("PER:donald-trump", "2025-03", "USA"),
    ("PER:antony-blinken", "2023", "USA"),
    ("PER:volodymyr-zelensky", "2024-10-21", "UKR"),
    ("PER:vladimir-putin", "2024", "RUS"),
    ("PER:john-kirby", "2024-10-21", "USA"),
    ("PER:jens-stoltenberg", "2020", None),  # NATO official: acts for no state
    ("PER:jens-stoltenberg", "2025-06", "NOR"),
    ("PER:kaja-kallas", "2022", "EST"),
    ("PER:kaja-kallas", "2025", None),
    ("PER:donald-tusk", "2016", None),
    ("PER:donald-tusk", "2024", "POL"),
    ("PER:kim-jong-un", None, "PRK"),
])
def test_state_of_people(gaz, pid, date, state):
    assert gaz.state_of(pid, date) == state


def test_sector_follows_the_role_held(gaz):
    assert gaz.sector_of("PER:prabowo-subianto", "2022") == "military"
    assert gaz.sector_of("PER:prabowo-subianto", "2025-01") == "government"
    assert gaz.sector_of("PER:john-kirby", "2024-10-21") == "government"
    assert gaz.sector_of("PER:donald-trump", "2022") is None  # out of office
    assert gaz.sector_of("PER:sviatlana-tsikhanouskaya", "2024") == "opposition"
    assert gaz.state_of("PER:sviatlana-tsikhanouskaya", "2024") == "BLR"
    assert gaz.sector_of("ORG:kor-foreign-ministry") == "diplomat"
    assert gaz.sector_of("ORG:kor-intelligence-agency") == "intelligence"


def test_roles_are_dated_and_a_changed_office_maps_through_both(gaz):
    roles = gaz.roles("PER:wang-yi")
    assert [r.role for r in roles].count("foreign minister") == 2
    assert gaz.role_at("PER:wang-yi", "2023-03").role.startswith("director")
    assert gaz.role_at("PER:wang-yi", "2024").role == "foreign minister"
    assert gaz.role_at("PER:donald-trump", "2022") is None
    for pid in gaz.ids("person"):
        by_role: dict[str, list] = {}
        for r in gaz.roles(pid):
            by_role.setdefault(r.role, []).append(r)
        for same in by_role.values():
            for a, b in zip(same, same[1:]):
                assert a.until is not None and a.until <= b.start, (pid, a, b)


def test_actor_records(gaz):
    assert gaz.actor("KOR").to_dict() == {"id": "KOR", "name": "South Korea", "kind": "state", "country": "KOR"}
    assert gaz.actor("BRICS").country is None
    assert gaz.actor("PER:vladimir-putin", "2024").country == "RUS"
    cze = gaz.actor("ORG:cze-foreign-ministry")
    assert (cze.kind, cze.country) == ("agency", "CZE")
    assert gaz.actor("ORG:xxx-foreign-ministry") is None
    assert gaz.actor("NOPE") is None
    assert gaz.state_of("ORG:kor-foreign-ministry") == "KOR"
    assert gaz.state_of("GRP:m23") == "COD"


def test_search(gaz):
    assert gaz.search("korea")[0].id in ("KOR", "PRK")
    assert [a.id for a in gaz.search("Putin", kind="person")] == ["PER:vladimir-putin"]
    assert gaz.search("brics")[0].id == "BRICS"
    assert gaz.search("erdogan")[0].id == "PER:recep-tayyip-erdogan"
    assert len(gaz.search("an", limit=3)) == 3
    assert gaz.search("   ") == []


def test_norm():
    assert norm("The  Kremlin") == "kremlin"
    assert norm("Russia\u2019s") == "russia's"


# ------------------------------------------------------------------ validation errors
def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_copied_data_loads(data_copy):
    assert Gazetteer.from_dir(data_copy).counts() == Gazetteer.load().counts()


def test_bad_country_row_names_file_line_and_field(data_copy):
    _edit(data_copy / "countries.csv", "KEN,Kenya,un", "KENY,Kenya,un")
    lineno = next(i for i, ln in enumerate((data_copy / "countries.csv").read_text().splitlines(), 1)
                  if ln.startswith("KENY"))
    with pytest.raises(GazetteerDataError) as exc:
        Gazetteer.from_dir(data_copy)
    assert f"countries.csv:{lineno}" in str(exc.value) and "'id'" in str(exc.value)


def test_duplicate_alias_is_an_error(data_copy):
    _edit(data_copy / "countries.csv", "Kenyan,Nairobi", "Kenyan,Nairobi|Kigali")
    with pytest.raises(GazetteerDataError, match=r"countries.csv:\d+: field 'aliases': alias 'Kigali' already names KEN"):
        Gazetteer.from_dir(data_copy)


def test_bad_membership_date_names_the_line(data_copy):
    _edit(data_copy / "blocs.yaml", "kind: joined, date: 2024-07-04}", "kind: joined, date: 2024-13-04}")
    lineno = next(i for i, ln in enumerate((data_copy / "blocs.yaml").read_text().splitlines(), 1)
                  if "2024-13-04" in ln)
    with pytest.raises(GazetteerDataError) as exc:
        Gazetteer.from_dir(data_copy)
    assert f"blocs.yaml:{lineno}" in str(exc.value) and "'date'" in str(exc.value)


def test_overlapping_roles_are_an_error(data_copy):
    _edit(data_copy / "people.yaml",
          "{role: president, country: USA, sector: government, from: 2025-01-20}",
          "{role: president, country: USA, sector: government, from: 2020-06-01}")
    with pytest.raises(GazetteerDataError, match="people.yaml:\\d+.*overlaps"):
        Gazetteer.from_dir(data_copy)


def test_unknown_member_and_unknown_field(data_copy):
    _edit(data_copy / "blocs.yaml", "{member: IDN, kind: joined, date: 2025-01-06}",
          "{member: IDX, kind: joined, date: 2025-01-06}")
    with pytest.raises(GazetteerDataError, match="unknown member 'IDX'"):
        Gazetteer.from_dir(data_copy)


def test_unknown_field_in_people(data_copy):
    _edit(data_copy / "people.yaml", "  name: Vladimir Putin\n", "  name: Vladimir Putin\n  nmae: typo\n")
    with pytest.raises(GazetteerDataError, match="people.yaml:\\d+: field 'nmae'"):
        Gazetteer.from_dir(data_copy)
