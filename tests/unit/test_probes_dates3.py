"""Probe table for event dates: which date an event gets, grouped by the rule that decides it.

Published 2024-03-15 (a Friday: 'on Monday' is 2024-03-11, 'on Thursday' 2024-03-14). Each row
names events (type, source, target) and the date each must carry; the rest of what the text
yields is not judged here (the seed and PLOVER probe tables do that). Conventions follow
tests/data/unseen*/README.md: an event's own date resolved against `published`; a clause with
no date of its own gets null; 'X said on Tuesday it had started ...' is null; 'days later'
and 'just days after' resolve from the anchor they follow; 'from 1998 to 2000' is 1998.
"""
from __future__ import annotations

import pytest

from eventgraph.models import SYMMETRIC_TYPES
from tests.nlp_helpers import events
from tests.probes import PUB, with_xfails

# 'Hours earlier', 'a few hours later': the day of the scene written before
HOURS = [
    ("Lithuania summoned the Belarusian charge d'affaires on Tuesday. Hours earlier, Latvia had "
     "summoned the Belarusian ambassador.",
     [("SUMMON_AMBASSADOR", "LVA", "BLR", "2024-03-12")]),
    ("Japan lodged a protest with Beijing on Wednesday. A few hours later, Tokyo summoned the Chinese "
     "ambassador.",
     [("SUMMON_AMBASSADOR", "JPN", "CHN", "2024-03-13")]),
    ("Moscow expelled two Estonian diplomats on Monday, hours after Tallinn summoned the Russian ambassador.",
     [("SUMMON_AMBASSADOR", "EST", "RUS", "2024-03-11")]),
]

# 'days later' / 'just days after': some days after the anchor, so its month
SOME_DAYS = [
    ("Kenya recalled its ambassador from Somalia on March 2. Days later, Somalia summoned the Kenyan "
     "envoy.",
     [("SUMMON_AMBASSADOR", "SOM", "KEN", "2024-03")]),
    ("Ethiopia signed a port deal with Somaliland on January 1. Just days later, Somalia summoned the "
     "Ethiopian ambassador.",
     [("SUMMON_AMBASSADOR", "SOM", "ETH", "2024-01")]),
]

# calendar phrases: the start of the year, the same weekday, a span of years
CALENDAR = [
    ("Ethiopia and Iran joined BRICS at the start of the year.",
     [("JOIN_BLOC", "ETH", "BRICS", "2024-01"), ("JOIN_BLOC", "IRN", "BRICS", "2024-01")]),
    ("On the same Tuesday, Italian Prime Minister Giorgia Meloni met Volodymyr Zelensky in Kyiv.",
     [("MEET", "ITA", "UKR", "2024-03-12")]),
    ("Ethiopia and Eritrea fought a border war from 1998 to 2000.",
     [("ASSAULT", "ETH", "ERI", "1998")]),
]

# 'two days after X did Y', 'three months after', 'ten years after': the main clause's date moved
OFFSETS = [
    ("Turkey's parliament on Wednesday approved a bill on the base, two days after Saudi Arabia and "
     "Egypt severed ties with Qatar.",
     [("SANCTION", "SAU", "QAT", "2024-03-11"), ("SANCTION", "EGY", "QAT", "2024-03-11")]),
    ("Sweden applied to join NATO in May 2022, three months after Russia invaded Ukraine.",
     [("ASSAULT", "RUS", "UKR", "2022-02")]),
    ("Croatia joined the European Union in July 2013, ten years after it applied for membership.",
     [("APPLY_MEMBERSHIP", "HRV", "EU", "2003")]),
    # a sentence without a date counts from the scene last dated
    ("Thai jets bombed Cambodian positions on Thursday. The fighting came a day after Bangkok recalled "
     "its ambassador from Phnom Penh.",
     [("SANCTION", "THA", "KHM", "2024-03-13")]),
    ("Thai jets bombed Cambodian positions on Thursday. Phnom Penh accused Bangkok of aggression. "
     "The clashes came a day after Thailand expelled Cambodia's ambassador.",
     [("SANCTION", "THA", "KHM", "2024-03-13")]),
]

# 'Speaking in Berlin on Tuesday, Scholz ...': a fronted participle clause sets the main clause's day
PARTICIPLES = [
    ("Speaking in Berlin on Tuesday, Chancellor Olaf Scholz accused Russia of sabotage.",
     [("ACCUSE", "DEU", "RUS", "2024-03-12")]),
    ("Meeting in Brussels on Monday evening, EU foreign ministers agreed to impose sanctions on Iran.",
     [("SANCTION", "EU", "IRN", "2024-03-11")]),
]

# a plan's own verb in the past keeps its past day ('pledged on Thursday not to ...')
PLEDGES = [
    ("The presidents of Armenia and Azerbaijan pledged on Thursday not to use force against each other.",
     [("AGREE", "ARM", "AZE", "2024-03-14")]),
]

# 'X said on Sunday that ... had rammed its ship and accused Manila': the speaker's own act
SPEECH_ACTS = [
    ("China's coast guard said on Wednesday that Philippine vessels had rammed its ship and accused "
     "Manila of provocation.",
     [("ACCUSE", "CHN", "PHL", "2024-03-13")]),
]

# a timetable present and 'is due in X on <day>' read forward
TIMETABLE = [
    ("Blinken is due in Cairo on Monday for talks with President Abdel Fattah al-Sisi.",
     [("MEET", "USA", "EGY", "2024-03-18")]),
    ("Putin flies on to Hanoi on Thursday for talks with Vietnamese President To Lam.",
     [("MEET", "RUS", "VNM", "2024-03-21")]),
]

# near-misses: events that must stay undated, or keep another date
NEGATIVES = [
    # what was said after 'said' carries no date of its own, nor the sentence before's
    ("Macron and Scholz met in Paris on Tuesday. Britain said it was sending 500 troops to Estonia.",
     [("DEPLOY_TROOPS", "GBR", "EST", None)]),
    # the present perfect under 'confirmed' dates the confirmation, not the act
    ("Russia has started withdrawing its peacekeepers from Azerbaijan, the Kremlin confirmed on Tuesday.",
     [("RETREAT", "RUS", "AZE", None)]),
    # 'despite objections from X': the setting, not an act of that day or the day before
    ("The African Union voted on Monday to readmit Morocco. The bloc backed Morocco's return despite "
     "objections from Algeria.",
     [("REJECT", "DZA", "MAR", None)]),
    # the relative clause's day is not the main clause's
    ("Honduran President Xiomara Castro, who took office on January 27, accused Taiwan of arrogance.",
     [("ACCUSE", "HND", "TWN", None)]),
    # ... but dates the event inside it
    ("Estonia, which joined NATO in 2004, summoned the Russian ambassador.",
     [("JOIN_BLOC", "EST", "NATO", "2004"), ("SUMMON_AMBASSADOR", "EST", "RUS", None)]),
    # a present verb whose date hangs on its object is no timetable
    ("The deployment follows a phone call on Monday between Macron and Ruto.",
     [("CONSULT", "FRA", "KEN", "2024-03-11")]),
    # 'hours before' an event with no date leaves the clause undated
    ("Hours before the summit opened, Japan summoned the Chinese ambassador.",
     [("SUMMON_AMBASSADOR", "JPN", "CHN", None)]),
    # 'announced' news happened that day (unchanged)
    ("Finland has become a member of NATO, the alliance announced on Tuesday.",
     [("JOIN_BLOC", "FIN", "NATO", "2024-03-12")]),
]

XFAIL: dict[str, str] = {}

ALL = HOURS + SOME_DAYS + CALENDAR + OFFSETS + PARTICIPLES + PLEDGES + SPEECH_ACTS + TIMETABLE + NEGATIVES


def _key(t, a, b):
    return (t, *sorted((a, b))) if t in SYMMETRIC_TYPES else (t, a, b)


def _dates(text):
    out: dict[tuple, set] = {}
    for e in events(text, PUB):
        a, b = e.actor_pair()
        out.setdefault(_key(e.type, a, b), set()).add(e.date)
    return out


@pytest.mark.parametrize("text,expected", with_xfails(ALL, XFAIL))
def test_date_probe(text, expected):
    got = _dates(text)
    for t, a, b, date in expected:
        assert got.get(_key(t, a, b)) == {date}, (t, a, b, got)
