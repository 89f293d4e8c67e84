"""events.py and the dates it attaches, end to end on our own sentences: which dated
events an article gives, after merging the reports of one occasion."""
from __future__ import annotations

from tests.nlp_helpers import events, triples


def t(text, published="2024-10-21"):
    return triples(events(text, published))


def test_a_day_after_clause_takes_the_main_date_moved_back():
    # the visit ended the day before the statement, not on it
    got = t("Ghana's foreign minister said on Thursday that talks would resume, a day after "
            "Emmanuel Macron wrapped up a state visit to Accra.", "2024-10-25")
    assert ("MEET", "FRA", "GHA", "2024-10-23", "occurred") in got


def test_two_days_before_clause_moves_the_date_forward():
    got = t("Chile recalled its ambassador on Monday, two days before Lula met Javier Milei "
            "in Buenos Aires.", "2024-10-25")
    assert ("MEET", "ARG", "BRA", "2024-10-23", "occurred") in got


def test_an_adjunct_of_the_report_is_not_dated_by_it():
    # 'settling ...' says what the announcement did; the meeting is the Friday one
    evs = events("Emmanuel Macron will host Olaf Scholz on Friday in Paris, the Elysee said on "
                 "Tuesday, settling the agenda for the first meeting between the two leaders "
                 "since the election.", "2024-10-22")
    meets = [(e.date, e.status) for e in evs if e.type == "MEET"]
    assert meets == [("2024-10-25", "planned")]


def test_also_repeats_the_date_of_the_earlier_event_of_its_type():
    got = t("Finland summoned Russia's ambassador on Tuesday over airspace violations. "
            "The incursions lasted several minutes, officials said. "
            "Neighbouring Estonia also summoned the Russian envoy to protest.", "2024-10-23")
    assert ("SUMMON_AMBASSADOR", "EST", "RUS", "2024-10-22", "occurred") in got


def test_an_undated_sentence_carries_on_the_scene_of_the_one_before():
    got = t("Narendra Modi received Anthony Albanese in New Delhi on Thursday. "
            "The two leaders then held talks with Fumio Kishida, who had flown in.", "2024-10-25")
    assert ("MEET", "AUS", "JPN", "2024-10-24", "occurred") in got


def test_a_perfect_tense_does_not_carry_on_the_scene():
    got = t("Narendra Modi received Anthony Albanese in New Delhi on Thursday. "
            "Modi has met Fumio Kishida many times.", "2024-10-25")
    assert ("MEET", "IND", "JPN", None, "occurred") in got


def test_an_undated_report_joins_the_latest_occasion_of_the_pair():
    evs = events("Xi Jinping met Joe Biden in Bali on November 14, 2022. They met again in "
                 "California in November 2023. The two leaders then talked for an hour.",
                 "2023-11-20")
    assert sorted(e.date for e in evs if e.type == "MEET") == ["2022-11-14", "2023-11"]


def test_a_membership_announced_on_a_day_dates_from_that_day():
    got = t("Vietnam has become a full member of BRICS, Brazil announced on Friday.", "2025-06-14")
    assert any(x[0] == "JOIN_BLOC" and x[3] == "2025-06-13" for x in got)
    # 'said' reports an older fact: the present perfect leaves the date open
    got = t("Vietnam has applied to join BRICS, its foreign ministry said on Friday.", "2025-06-14")
    assert ("APPLY_MEMBERSHIP", "VNM", "BRICS", None, "occurred") in got


def test_this_week_takes_the_day_a_report_in_the_sentence_names():
    got = t("Bolivia's accession to BRICS took effect this week, with Brazil confirming on Tuesday "
            "that the country is now a member.", "2025-06-13")
    assert any(x[0] == "JOIN_BLOC" and x[3] == "2025-06-10" for x in got)


def test_the_eve_of_a_gathering_is_the_day_before_the_scene():
    got = t("Leaders opened the ASEAN summit in Vientiane on Thursday. On the eve of the summit, "
            "Anthony Albanese met Fumio Kishida.", "2024-10-11")
    assert ("MEET", "AUS", "JPN", "2024-10-09", "occurred") in got
    # a day named outright wins
    got = t("On Wednesday, on the eve of the summit, Anthony Albanese met Fumio Kishida.", "2024-10-11")
    assert ("MEET", "AUS", "JPN", "2024-10-09", "occurred") in got


def test_forces_deployed_alongside_are_not_dated_by_the_main_deployment():
    got = t("Kenya sent 400 soldiers to Haiti in June, alongside contingents from Jamaica "
            "and Belize.", "2024-10-21")
    assert ("DEPLOY_TROOPS", "KEN", "HTI", "2024-06", "occurred") in got
    assert ("DEPLOY_TROOPS", "JAM", "HTI", None, "occurred") in got


def test_a_planned_meeting_is_not_folded_into_an_earlier_one():
    evs = events("Greece and Turkey agreed on Monday to cut tensions after talks in Athens. "
                 "The foreign ministers of the two neighbours will meet again to discuss maritime "
                 "borders.", "2024-10-22")
    got = {(e.date, e.status) for e in evs if e.type == "MEET"}
    assert got == {(None, "planned"), ("2024-10-21", "occurred")}


def test_a_present_tense_caption_does_not_take_the_previous_sentences_day():
    evs = events("Seoul summoned the Russian ambassador on Monday.\n"
                 "Vladimir Putin and Kim Jong Un shake hands\n"
                 "Putin met Kim in the Amur region in September 2023.", "2024-10-21")
    assert sorted(e.date for e in evs if e.type == "MEET") == ["2023-09"]
