"""Status: facts, plans, denials and suppositions are told apart (our own sentences)."""
from __future__ import annotations

from tests.nlp_helpers import events


def statuses(text, published="2024-10-21"):
    return {(e.type, e.status) for e in events(text, published)}


def test_plain_past_is_occurred():
    assert statuses("Poland summoned the Belarusian ambassador on Monday.") == {("SUMMON_AMBASSADOR", "occurred")}


def test_will_and_scheduled_are_planned():
    assert ("MEET", "planned") in statuses("Keir Starmer will meet Emmanuel Macron in Paris on Friday.")
    assert ("MEET", "planned") in statuses("Olaf Scholz is scheduled to meet Joe Biden next week.")


def test_negated_confirmation_is_not_a_fact():
    got = statuses("Washington has not confirmed that Iranian troops were sent to Syria.")
    assert got and all(s == "hypothetical" for _, s in got)


def test_conditional_is_hypothetical():
    got = statuses("If Turkey were to send troops to Libya, Egypt would respond.")
    assert got and all(s == "hypothetical" for _, s in got)


def test_denial_is_denied():
    got = statuses("Minsk denied sending soldiers to Ukraine.")
    assert ("DEPLOY_TROOPS", "denied") in got


def test_opposing_a_fact_is_not_denying_it():
    # 'rejected the presence of X's troops' objects to them; a rejected claim is a denial
    assert ("DEPLOY_TROOPS", "occurred") in statuses("Egypt rejected the presence of Turkish troops in Libya.")
    assert ("DEPLOY_TROOPS", "denied") in statuses("Ankara rejected the claim that it had sent troops to Libya.")


def test_negated_meeting_did_not_happen():
    got = statuses("Vladimir Putin did not meet Joe Biden at the summit.")
    assert ("MEET", "occurred") not in got


def test_reports_noun_makes_it_unconfirmed():
    got = statuses("Officials are studying reports that Chinese troops were deployed to Cambodia.")
    assert got and all(s == "hypothetical" for _, s in got)


def test_rumour_adverb():
    got = statuses("Wagner fighters have reportedly been sent to Mali.", "2022-01-10")
    assert ("DEPLOY_TROOPS", "occurred") not in got


def test_question_is_not_an_assertion():
    got = statuses("Will Xi Jinping meet Joe Biden in November?")
    assert ("MEET", "occurred") not in got and ("MEET", "planned") not in got


def test_cancelled_meeting_is_not_a_meeting():
    got = statuses("Joe Biden cancelled his meeting with Vladimir Putin.")
    assert not any(t == "MEET" for t, _ in got)


def test_reported_speech_keeps_the_fact():
    got = statuses("Seoul's spy agency said North Korea sent 3,000 troops to Russia this month.")
    assert ("DEPLOY_TROOPS", "occurred") in got


def test_future_date_makes_it_planned():
    # an occurrence dated after publication cannot have happened yet
    got = statuses("Leaders of Japan and India meet in Tokyo on August 30, 2025.", "2025-08-20")
    assert ("MEET", "occurred") not in got


def test_talks_in_an_adjunct_are_not_planned_by_the_main_verb():
    got = statuses("Olaf Scholz and Emmanuel Macron agreed on Tuesday to cooperate, after talks in Berlin.",
                   "2024-05-29")
    assert ("MEET", "occurred") in got


def test_first_to_set_foot_is_not_a_plan():
    got = statuses("Donald Trump became the first US president to set foot in North Korea on Sunday, "
                   "stepping across the line to shake hands with Kim Jong Un.", "2019-07-01")
    assert ("MEET", "occurred") in got


def test_announcing_a_past_application_is_not_a_plan():
    from tests.nlp_helpers import events
    evs = events("Georgia has submitted an application for membership of the EU, its prime "
                 "minister announced on Thursday.", "2022-03-04")
    assert [(e.type, e.status) for e in evs if e.type == "APPLY_MEMBERSHIP"] == \
        [("APPLY_MEMBERSHIP", "occurred")]


def test_a_plan_told_in_the_past_perfect_fell_through():
    assert not any(ty == "MEET" for ty, _ in statuses(
        "Mark Rutte had been due to hold talks with Viktor Orban in Budapest on Friday."))
    assert not any(ty == "MEET" for ty, _ in statuses(
        "William Ruto had planned to meet Yoweri Museveni in Kampala."))
    # a plan still on is kept
    assert ("MEET", "planned") in statuses("William Ruto is due to meet Yoweri Museveni in Kampala.")


def test_postponed_meeting_is_still_planned_without_its_old_date():
    evs = [e for e in events("Greece has postponed talks with Albania that had been scheduled for next week, "
                             "officials said on Monday.") if e.type == "MEET"]
    assert [(e.source.id, e.target.id, e.status, e.date) for e in evs] == [("GRC", "ALB", "planned", None)]


def test_cancelled_meeting_is_still_dropped():
    assert not [e for e in events("Greece has cancelled talks with Albania that had been scheduled for next week.")
                if e.type == "MEET"]


def test_neither_confirmed_is_unconfirmed():
    got = statuses("Neither Moscow nor Minsk has confirmed the presence of Russian troops in Belarus.")
    assert ("DEPLOY_TROOPS", "occurred") not in got
