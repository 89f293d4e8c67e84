"""Cities as places (eventgraph/data/cities.csv, built by scripts/build_cities.py from GeoNames).

A major non-capital city names the state it is in when it is where something happens: troops
sent into it (DEPLOY_TROOPS host), strikes on it (ASSAULT target), protests in it, a leader's
visit to it (a visit to a state is a MEET with it, as for capitals). A city is never an actor:
'Lahore said' names nobody. The probe sentences are ordinary wire phrasings of our own.
"""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from eventgraph.gazetteer import Gazetteer, norm
from tests.nlp_helpers import run
from tests.probes import PUB, event_pairs


def _rows() -> list[dict[str, str]]:
    text = resources.files("eventgraph.data").joinpath("cities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if ln and not ln.startswith("#")))


def _forms() -> dict[str, str]:
    return {norm(f): r["state"] for r in _rows() for f in [r["city"], *filter(None, r["aliases"].split("|"))]}


def got(text: str) -> set[tuple]:
    return {(t, *sorted((a, b))) if t == "MEET" else (t, a, b) for t, a, b in event_pairs(text, PUB)}


# ------------------------------------------------------------------ the data
def test_the_file_names_its_source_and_licence():
    head = resources.files("eventgraph.data").joinpath("cities.csv").read_text(encoding="utf-8")[:1500]
    assert "GeoNames" in head and "CC-BY 4.0" in head and "build_cities.py" in head


def test_every_city_is_in_a_known_state_and_no_form_is_a_gazetteer_name():
    gaz = Gazetteer.load()
    rows = _rows()
    assert len(rows) > 2000
    for r in rows:
        assert gaz.is_state(r["state"]), r
    for form in _forms():
        # countries, capitals (metonyms), people and blocs keep their own meaning
        assert gaz.lookup(form) is None, form


def test_well_known_cities_resolve_to_their_state():
    forms = _forms()
    for name, iso in [("Goma", "COD"), ("Kharkiv", "UKR"), ("Kharkov", "UKR"), ("Odesa", "UKR"), ("Odessa", "UKR"),
                      ("Istanbul", "TUR"), ("Lahore", "PAK"), ("Karachi", "PAK"), ("Mumbai", "IND"),
                      ("Aleppo", "SYR"), ("Mosul", "IRQ"), ("St Petersburg", "RUS"), ("Saint Petersburg", "RUS"),
                      ("Shanghai", "CHN"), ("Kandahar", "AFG"), ("Krakow", "POL"), ("Kraków", "POL"),
                      ("Birmingham", "GBR"), ("Chicago", "USA")]:
        assert forms.get(norm(name)) == iso, name


def test_capitals_ambiguous_names_and_words_are_not_cities():
    forms = _forms()
    # capitals stay metonyms in countries.csv; regions stay in regions.csv
    for name in ["Kyiv", "Kiev", "Islamabad", "Ankara", "Kinshasa", "Donetsk", "Kherson"]:
        assert norm(name) not in forms, name
    # cities of the same name in two states, neither five times larger
    for name in ["Hyderabad", "Valencia", "Cordoba", "Córdoba", "San Jose", "Santiago", "Barcelona"]:
        assert norm(name) not in forms, name
    # English words, first names and family names
    for name in ["Mobile", "Reading", "Nice", "Victoria", "Hamilton", "Kingston", "Bath", "Split", "Sale",
                 "Florence", "Austin", "Lincoln", "Jackson", "Charlotte", "Garland", "Corona", "Derby",
                 "Mary", "Kennedy", "Vladimir", "Toyota"]:
        assert norm(name) not in forms, name
    # a word of the name of a person in the gazetteer (Yoshihiko Noda)
    assert "noda" not in forms
    # 'Bali' is a town in India to GeoNames, and the Indonesian island to everyone else
    assert "bali" not in forms


# ------------------------------------------------------------------ mentions
def test_a_city_is_a_place_mention_of_its_state():
    doc = run("Kenyan police officers arrived in Goma on Monday.")
    m = [m for m in doc._.actor_mentions if m.text == "Goma"]
    assert m and m[0].actor_id == "COD" and m[0].via == "city" and m[0].locative


@pytest.mark.parametrize("text", [
    "A Kharkiv-born businessman met Macron on Monday.",   # a compound adjective
    "Manchester United signed a striker from Lahore Qalandars.",  # clubs
    "Mumbai Indians won the final.",
])
def test_a_city_inside_a_longer_name_is_no_place(text):
    doc = run(text)
    assert not [m for m in doc._.actor_mentions if m.via == "city"], text


# ------------------------------------------------------------------ probes
POSITIVE = [
    # DEPLOY_TROOPS into a city: the host is the city's state
    ("Kenyan police officers arrived in Goma on Monday.", [("DEPLOY_TROOPS", "KEN", "COD")]),
    ("Kenya deployed 400 police officers to Goma on Monday.", [("DEPLOY_TROOPS", "KEN", "COD")]),
    ("Turkey sent troops to Aleppo on Tuesday.", [("DEPLOY_TROOPS", "TUR", "SYR")]),
    ("Rwandan troops entered Goma in January.", [("DEPLOY_TROOPS", "RWA", "COD")]),
    ("About 1,000 Russian soldiers were sent to Benghazi last year.", [("DEPLOY_TROOPS", "RUS", "LBY")]),
    ("Germany will send 200 soldiers to Kaunas next month.", [("DEPLOY_TROOPS", "DEU", "LTU")]),
    ("Britain stationed 1,000 troops in Kandahar in 2006.", [("DEPLOY_TROOPS", "GBR", "AFG")]),
    ("The United States deployed two aircraft carriers to waters off Busan on Wednesday.",
     [("DEPLOY_TROOPS", "USA", "KOR")]),
    # ASSAULT on a city: the target is its state
    ("Russian missiles struck Kharkiv on Tuesday.", [("ASSAULT", "RUS", "UKR")]),
    ("Russian forces shelled Odesa overnight.", [("ASSAULT", "RUS", "UKR")]),
    ("Russian drones hit Lviv on Thursday.", [("ASSAULT", "RUS", "UKR")]),
    ("Israeli jets bombed Homs on Sunday.", [("ASSAULT", "ISR", "SYR")]),
    ("Israel struck targets near Homs on Friday.", [("ASSAULT", "ISR", "SYR")]),
    ("Ukraine launched drones at Saint Petersburg on Wednesday.", [("ASSAULT", "UKR", "RUS")]),
    ("Ukrainian drones attacked Kazan on Saturday.", [("ASSAULT", "UKR", "RUS")]),
    ("A Russian missile hit a hospital in Dnipro on Monday, Ukrainian officials said.", [("ASSAULT", "RUS", "UKR")]),
    ("US forces carried out an air strike near Mosul on Tuesday.", [("ASSAULT", "USA", "IRQ")]),
    ("Pakistan shelled Kandahar on Monday.", [("ASSAULT", "PAK", "AFG")]),
    # PROTEST in a city: the protesters are of the city's state
    ("Protesters rallied in Istanbul on Sunday against Israel.", [("PROTEST", "TUR", "ISR")]),
    ("Thousands of people protested outside the US consulate in Istanbul on Friday.", [("PROTEST", "TUR", "USA")]),
    ("Demonstrators gathered outside the Chinese consulate in Mumbai to protest against Beijing.",
     [("PROTEST", "IND", "CHN")]),
    # a visit to a city is a MEET with its state (as a visit to its capital is)
    ("Modi visited Lahore on Monday.", [("MEET", "IND", "PAK")]),
    ("Indian Prime Minister Narendra Modi arrived in Lahore on Friday for a two-day visit.", [("MEET", "IND", "PAK")]),
    ("Xi Jinping visited Hamburg on Thursday.", [("MEET", "CHN", "DEU")]),
    ("Putin will visit Istanbul next week.", [("MEET", "RUS", "TUR")]),
    ("Blinken paid a visit to Jeddah on Tuesday.", [("MEET", "SAU", "USA")]),
    # a leader's stop in a city is a visit to its state (as in a capital)
    ("Modi made a stop in Lahore on his way back from Kabul.", [("MEET", "IND", "PAK")]),
    ("Indian Prime Minister Narendra Modi made a surprise stopover in Lahore on Friday.", [("MEET", "IND", "PAK")]),
    ("Blinken made a brief stop in Jeddah before flying to Cairo.", [("MEET", "SAU", "USA")]),
    ("Macron said he would make a stop in Hanoi next week.", [("MEET", "FRA", "VNM")]),
    ("The plane made a refuelling stop in Karachi.", []),
    ("The bus made a stop in Lahore.", []),
    ("India called for a stop to the fighting in Gaza.", []),
    # a city as the venue adds no party
    ("Putin met Erdogan in Sochi on Monday.", [("MEET", "RUS", "TUR")]),
    ("Macron hosted Scholz in Marseille on Wednesday.", [("MEET", "DEU", "FRA")]),
    ("Xi and Biden met in San Francisco on Wednesday.", [("MEET", "CHN", "USA")]),
    ("Saudi Arabia, which was invited at the Johannesburg summit, has yet to reply.", []),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[f"city-{i}" for i in range(len(POSITIVE))])
def test_city_probe(text, expected):
    types = {e[0] for e in expected} or {"MEET"}
    found = {g for g in got(text) if g[0] in types}
    want = {(t, *sorted((s, o))) if t == "MEET" else (t, s, o) for t, s, o in expected}
    assert found == want, text


NEGATIVE = [
    # (text, a state that must not appear in any event)
    ("Lahore said it would retaliate.", "PAK"),
    ("Kharkiv officials said Russia would pay.", "UKR"),
    ("A Kharkiv-born businessman met Macron on Monday.", "UKR"),
    ("Florence Pugh met Macron on Monday.", "ITA"),
    ("Istanbul condemned the attack on Monday.", "TUR"),
    ("Manchester United beat a team from Lahore on Tuesday.", "GBR"),
    ("Officials from Goma met Kenyan President William Ruto on Tuesday.", "COD"),
    ("Mosul Dam engineers met the Iraqi prime minister on Monday.", "IRQ"),
]


@pytest.mark.parametrize("text,iso", NEGATIVE, ids=[f"no-city-actor-{i}" for i in range(len(NEGATIVE))])
def test_a_city_is_never_an_actor(text, iso):
    assert not any(iso in g[1:] for g in got(text)), text


def test_poisoned_in_salisbury_is_left_out_below_the_population_threshold():
    # Salisbury (GBR, ~45,000 people) is under the 150,000 threshold: not known as a place
    assert norm("Salisbury") not in _forms()
