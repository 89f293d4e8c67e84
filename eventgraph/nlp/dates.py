"""Date mentions: find date expressions in a Doc and resolve them against the published date.

Pure part (no spaCy needed):
  resolve(expression, published, tense=None, anchor=None) -> (date, precision) | None
  parse_published(published) -> datetime.date | None

spaCy part:
  component "eg_dates"           sets doc._.date_mentions (sorted, non-overlapping DateMention list)
  tense_of(token)                 'past' | 'future' | None, from the governing verb
  resolve_for_tense(m, pub, t)    re-resolve a mention under another tense (weekdays, bare months)
  date_for_trigger(doc, i)        the date mention attached to the trigger token doc[i]

Decisions worth knowing (see tests/unit/test_dates.py):
  * tense None means past, except for expressions that are future by themselves
    ('tomorrow', 'next week', 'next Friday').
  * Week expressions have no week precision in the contract: 'last week' / 'next week' give the
    month holding most of that week (its Thursday); 'this week' gives the published month.
  * 'a day earlier', 'the day before', 'the next day', 'two days later' count from `anchor`
    (the component passes the previous day-precision date in the article, else the published date).
  * 'hours earlier/later' is the anchor's day; 'days later' (no count) only the anchor's month;
    'the start of the year' is January; 'from 1998 to 2000' is 1998 (a span dates by its start).
  * 'N days ago' is exact (day); 'N weeks ago' gives the month of that day; 'N months ago' the
    month; 'N years ago' the year. Ranges ('between May and July'), decades ('the 1990s'),
    'a week later', 'overnight' and durations do not resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .types import DateMention

__all__ = [
    "resolve", "parse_published", "tense_of", "resolve_for_tense", "date_for_trigger",
    "find_date_mentions", "DateFinder", "offset_clause", "shift_mention",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# month words that are also ordinary English words: only a capitalised form counts as the month
AMBIGUOUS_MONTHS = {"may", "march", "mar", "august", "jan", "dec", "sep"}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# a past-tense 'October 31' may lie this far after the published date before we move it a year back
# (and a future one this far before it before we move it a year on); tense is often misread
SLACK_DAYS = 31

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM_RE = r"\d{1,3}|" + "|".join(NUMBERS)
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(\d{4})"

# leading words that do not change the date ('on Monday', 'since 2015', 'in early March')
_LEADING = re.compile(
    r"^(?:on|in|at|since|from|during|throughout|of|around|about|as of|as early as|"
    r"early|late|mid|earlier|later|the beginning of|the start of|the end of|the middle of|"
    r"the first half of|the second half of|the spring of|the summer of|the autumn of|"
    r"the fall of|the winter of|spring|summer|autumn|fall|winter)\s+"
)
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")


def parse_published(published: object) -> dt.date | None:
    """'2024-10-21', '2024-10-21T08:30:00Z', a date or a datetime -> date; anything else -> None."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if not isinstance(published, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published, re.ASCII)
    if not m:
        return None
    return _date(int(m[1]), int(m[2]), int(m[3]))


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(y: int, m: int) -> tuple[str, str] | None:
    if not (1 <= m <= 12 and 1 <= y <= 9999):
        return None
    return f"{y:04d}-{m:02d}", "month"


def _year(y: int) -> tuple[str, str] | None:
    return (f"{y:04d}", "year") if 1000 <= y <= 2999 else None


def _week_month(d: dt.date) -> tuple[str, str] | None:
    """The month holding most of d's Monday-Sunday week (the month of its Thursday)."""
    thursday = d + dt.timedelta(days=3 - d.weekday())
    return _month(thursday.year, thursday.month)


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _normalise(expression: str) -> tuple[str, str]:
    """-> (cased, lowered) with punctuation, possessives and filler words removed."""
    s = expression.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=[A-Za-z])\.", " ", s)  # 'Sept. 13' -> 'Sept 13'
    s = re.sub(r"[,;:()\"]", " ", s)
    s = re.sub(r"\b(mid)-", r"\1 ", s, flags=re.I)
    s = re.sub(r"\s+", " ", s).strip()
    # 'earlier in the week' is 'this week' (a bare 'the week' is not)
    s = re.sub(r"^(?:earlier|later) (?:in )?the (week|month|year)$", r"this \1", s, flags=re.I)
    # 'at the start of the year' is its January; 'the end of the year' stays the year
    s = re.sub(r"^(?:at |in )?the (?:start|beginning) of (?:the|this) year$", "January this year", s, flags=re.I)
    # 'on the same Tuesday': the weekday itself
    s = re.sub(rf"^(?:on )?the same ({_WEEKDAY_RE})$", r"\1", s, flags=re.I)
    # 'from 1998 to 2000', '1998-2000': a span of years is dated by its start
    s = re.sub(r"^(?:from |between )?(\d{4}) ?(?:to|and|-) ?(\d{4})$", r"\1", s, flags=re.I)
    low = s.lower()
    # strip leading filler repeatedly: 'in early March', 'since the end of 2015'
    while True:
        m = _LEADING.match(low)
        if not m or m.end() >= len(low):
            break
        s, low = s[m.end():], low[m.end():]
    m = _TIME_OF_DAY.search(low)
    if m and m.start() > 0:
        s, low = s[:m.start()], low[:m.start()]
    return s.strip(), low.strip()


class _Result:
    """A resolved date plus how it was found: 'absolute', 'published' (relative) or 'anchor'."""

    __slots__ = ("date", "precision", "kind")

    def __init__(self, value: tuple[str, str] | None, kind: str) -> None:
        self.date, self.precision = value if value else (None, None)
        self.kind = kind


def resolve(expression: str, published: object = None, tense: str | None = None,
            anchor: object = None) -> tuple[str, str] | None:
    """Resolve a date expression to (date, precision), or None if it cannot be resolved.

    published: the article's ISO date or datetime string (or None: only absolute dates resolve).
    tense: 'past' | 'future' | None (None = past unless the expression itself is future).
    anchor: the date 'a day earlier' / 'the day before' count from (default: published).
    Never raises on bad input.
    """
    r = _resolve(expression, published, tense, anchor)
    return (r.date, r.precision) if r and r.date else None


def _resolve(expression: object, published: object, tense: str | None,
             anchor: object = None) -> _Result | None:
    if not isinstance(expression, str) or not expression.strip() or len(expression) > 200:
        return None
    if any(c.isdigit() and not c.isascii() for c in expression):
        return None  # int() would read '𝟚' as 2; no date is written that way
    try:
        pub = parse_published(published)
        anc = parse_published(anchor) or pub
        cased, low = _normalise(expression)
        if not low:
            return None
        future = tense == "future"
        r = _absolute(cased, low)
        if r is not None:
            return _Result(r, "absolute") if r else None
        r = _anchored(low, anc)
        if r is not None:
            return _Result(r, "anchor") if r else None
        if pub is None:
            return None
        r = _relative(cased, low, pub, future)
        return _Result(r, "published") if r else None
    except (ValueError, OverflowError, TypeError):  # defensive: resolution must never raise
        return None


# ---- absolute: the expression carries its own year ----------------------------------------

_ABS_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), "ymd"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "ym"),
    (re.compile(rf"^(?:(?:{_WEEKDAY_RE}) )?({_MONTH_RE}) {_DAY_RE}(?: of)? {_YEAR_RE}$"), "mdy"),
    (re.compile(rf"^(?:(?:{_WEEKDAY_RE}) )?(?:the )?{_DAY_RE} (?:of )?({_MONTH_RE}) {_YEAR_RE}$"), "dmy"),
    (re.compile(rf"^({_MONTH_RE}) (?:of )?{_YEAR_RE}$"), "my"),
    (re.compile(r"^(\d{4})$"), "y"),
]


def _absolute(cased: str, low: str) -> tuple[str, str] | None | bool:
    """A (date, precision), or False when the expression is absolute but invalid, or None."""
    if re.fullmatch(r"(?:the )?'?\d{2,4}s", low):  # decades: 'the 1990s'
        return False
    for rx, kind in _ABS_PATTERNS:
        m = rx.match(low)
        if not m:
            continue
        g = m.groups()
        if kind == "ymd":
            d = _date(int(g[0]), int(g[1]), int(g[2]))
            return _day(d) if d else False
        if kind == "ym":
            return _month(int(g[0]), int(g[1])) or False
        if kind == "mdy":
            d = _date(int(g[2]), MONTHS[g[0]], int(g[1]))
            return _day(d) if d else False
        if kind == "dmy":
            d = _date(int(g[2]), MONTHS[g[1]], int(g[0]))
            return _day(d) if d else False
        if kind == "my":
            if not _month_word_ok(cased, g[0]):
                return None
            return _month(int(g[1]), MONTHS[g[0]]) or False
        if kind == "y":
            return _year(int(g[0])) or False
    return None


def _month_word_ok(cased: str, word: str) -> bool:
    """'May' the month vs 'may' the modal: an ambiguous month word must be capitalised."""
    if word not in AMBIGUOUS_MONTHS:
        return True
    return bool(re.search(rf"\b{word.capitalize()}\b|\b{word.upper()}\b", cased))


# ---- anchored: counted from the previous date in the text -------------------------------

_ANCHOR_PATTERNS = [
    (re.compile(rf"^(?P<n>{_NUM_RE}) days? (?:earlier|before|previously|prior)$"), -1),
    (re.compile(rf"^(?P<n>{_NUM_RE}) days? (?:later|after|afterwards|on)$"), 1),
    (re.compile(r"^the (?:day before|previous day|prior day|eve)$"), -1),
    (re.compile(r"^the (?:day after|next day|following day)$"), 1),
    (re.compile(r"^(?:the same day|that day|that same day)$"), 0),
    # 'that morning' / 'later that evening' ('morning' itself is stripped before this)
    (re.compile(r"^(?:earlier |later )?that(?: same)?$"), 0),
    # 'Hours earlier, ...', 'a few hours later': the same day as the scene
    (re.compile(r"^(?:(?:a few|several|just|only|some|a couple of) )?(?:hours|minutes) (?:earlier|later|afterwards)$"), 0),
]
# 'days later', 'just days earlier': some days from the scene, so only its month is known
_SOME_DAYS = re.compile(r"^(?:(?:a few|several|just|only|some|a couple of|just a few) )?days (?:later|earlier|afterwards)$")


def _anchored(low: str, anchor: dt.date | None) -> tuple[str, str] | None | bool:
    if _SOME_DAYS.match(low):
        return _month(anchor.year, anchor.month) if anchor is not None else False
    for rx, sign in _ANCHOR_PATTERNS:
        m = rx.match(low)
        if not m:
            continue
        if anchor is None:
            return False
        n = _num(m["n"]) if "n" in rx.groupindex else 1
        if n is None or n > 400:
            return False
        return _day(anchor + dt.timedelta(days=sign * n))
    return None


# ---- relative to the published date -------------------------------------------------------

_SIMPLE_DAYS = {"today": 0, "tonight": 0, "this": 0, "this morning": 0, "this afternoon": 0,
                "this evening": 0, "yesterday": -1, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}
_THIS_WEEK = re.compile(r"^(?:this|the current|the past) week$")
_MOD_WEEK = re.compile(r"^(last|next|the previous|the following|the coming|the next) week$")
_MOD_MONTH = re.compile(r"^(this|last|next|the previous|the current|the coming|the next) month$")
_MOD_YEAR = re.compile(r"^(this|last|next|the previous|the current|the coming|the next) year$")
_AGO = re.compile(rf"^({_NUM_RE}) (day|week|month|year)s? ago$")
_WEEKDAY = re.compile(rf"^(?:(last|next|this|this past|this coming|coming|past) )?({_WEEKDAY_RE})$")
_YEAR_WORD = r"(?: (?:of )?(this|last|next) year)?"  # 'February 1 last year'
_MONTH_DAY = re.compile(rf"^(?:(?:{_WEEKDAY_RE}) )?({_MONTH_RE}) {_DAY_RE}{_YEAR_WORD}$")
_DAY_MONTH = re.compile(rf"^(?:(?:{_WEEKDAY_RE}) )?(?:the )?{_DAY_RE} (?:of )?({_MONTH_RE}){_YEAR_WORD}$")
_MONTH = re.compile(rf"^(?:(last|next|this|this past|this coming|coming|past) )?({_MONTH_RE})"
                    r"(?: (?:of )?(this|last|next) year)?$")

_STEP = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "the coming": 1,
         "the next": 1, "this": 0, "the current": 0}


def _relative(cased: str, low: str, pub: dt.date, future: bool) -> tuple[str, str] | None:
    if low in _SIMPLE_DAYS:
        return _day(pub + dt.timedelta(days=_SIMPLE_DAYS[low]))
    if _THIS_WEEK.match(low):
        return _month(pub.year, pub.month)
    if m := _MOD_WEEK.match(low):
        return _week_month(pub + dt.timedelta(days=7 * _STEP[m[1]]))
    if m := _MOD_MONTH.match(low):
        return _month(*_add_months(pub.year, pub.month, _STEP[m[1]]))
    if m := _MOD_YEAR.match(low):
        return _year(pub.year + _STEP[m[1]])
    if m := _AGO.match(low):
        n = _num(m[1])
        if n is None:
            return None
        if m[2] == "day":
            return _day(pub - dt.timedelta(days=n))
        if m[2] == "week":
            d = pub - dt.timedelta(days=7 * n)
            return _month(d.year, d.month)
        if m[2] == "month":
            return _month(*_add_months(pub.year, pub.month, -n))
        return _year(pub.year - n)
    if m := _WEEKDAY.match(low):
        if len(m[2]) <= 3 and re.search(rf"\b{m[2]}\b", cased):
            return None  # 'sun', 'sat', 'wed' are words; 'Sun', 'Sat', 'Wed' may be days
        return _weekday(WEEKDAYS[m[2]], m[1], pub, future)
    if m := _MONTH_DAY.match(low):
        if m[3]:
            return _exact_day(pub.year + _STEP[m[3]], MONTHS[m[1]], int(m[2]))
        return _month_day(MONTHS[m[1]], int(m[2]), pub, future)
    if m := _DAY_MONTH.match(low):
        if m[3]:
            return _exact_day(pub.year + _STEP[m[3]], MONTHS[m[2]], int(m[1]))
        return _month_day(MONTHS[m[2]], int(m[1]), pub, future)
    if m := _MONTH.match(low):
        if not _month_word_ok(cased, m[2]):
            return None
        return _bare_month(MONTHS[m[2]], m[1], m[3], pub, future)
    return None


def _weekday(wd: int, modifier: str | None, pub: dt.date, future: bool) -> tuple[str, str]:
    back = (pub.weekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
    ahead = (wd - pub.weekday()) % 7
    if modifier in ("last", "this past", "past"):
        return _day(pub - dt.timedelta(days=back or 7))
    if modifier in ("next", "this coming", "coming"):
        return _day(pub + dt.timedelta(days=ahead or 7))
    if future:
        return _day(pub + dt.timedelta(days=ahead))
    return _day(pub - dt.timedelta(days=back))


def _exact_day(year: int, month: int, day: int) -> tuple[str, str] | None:
    d = _date(year, month, day)
    return _day(d) if d is not None else None


def _month_day(month: int, day: int, pub: dt.date, future: bool) -> tuple[str, str] | None:
    slack = dt.timedelta(days=SLACK_DAYS)
    # candidate years in order of preference; Feb 29 skips years that lack it
    years = (pub.year, pub.year + 1, pub.year + 2, pub.year + 3, pub.year + 4) if future else \
        (pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4)
    for y in years:
        d = _date(y, month, day)
        if d is None:
            continue
        if future and d < pub - slack:
            continue
        if not future and d > pub + slack:
            continue
        return _day(d)
    return None


def _bare_month(month: int, modifier: str | None, year_word: str | None, pub: dt.date,
                future: bool) -> tuple[str, str] | None:
    if year_word:
        y = pub.year + _STEP[year_word]
        if modifier:  # 'last March last year' makes no sense
            return None
        return _month(y, month)
    if modifier in ("last", "this past", "past"):  # strictly before the published month
        return _month(pub.year if month < pub.month else pub.year - 1, month)
    if modifier in ("next", "this coming", "coming"):  # strictly after
        return _month(pub.year if month > pub.month else pub.year + 1, month)
    if modifier == "this":
        return _month(pub.year, month)
    if future:
        return _month(pub.year if month >= pub.month else pub.year + 1, month)
    return _month(pub.year if month <= pub.month else pub.year - 1, month)


# ---- spaCy part ---------------------------------------------------------------------------

_FUTURE_HEADS = {"schedule", "due", "expect", "plan", "set", "slate", "intend", "go", "aim",
                 "prepare", "poise", "agree", "hope", "want", "seek"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
# 'may meet in May', 'could sign by August': forward-looking unless 'could have met'
_MODAL_AUX = {"may", "might", "could", "should", "must", "can", "ca"}


def _governing_verb(token):
    t = token
    for _ in range(64):  # heads form a tree; the bound guards against odd parses
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _dates_verb(token, v) -> bool:
    """token is a date hung on v itself ('flies ... on Thursday'), not on its object ('follows
    a call in March')."""
    if token.i == v.i:
        return False
    h = token.head
    return h.i == v.i or (h.dep_ == "prep" and h.head.i == v.i)


def tense_of(token) -> str | None:
    """'future' | 'past' | None for the verb governing `token` (a date, a trigger, any token)."""
    v = _governing_verb(token)
    if v is None:
        return None
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not aux and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head  # 'will double its force and send tanks': 'send' shares the first verb's 'will'
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE_AUX for c in aux):
        return "future"
    if any(c.lower_ in _MODAL_AUX for c in aux) and not any(c.lemma_ == "have" for c in aux):
        return "future"
    # 'is due to hold', 'is scheduled to meet', 'plans to visit', 'is set to join'
    h = v
    for _ in range(4):
        if h.dep_ != "xcomp" or h.head.i == h.i:
            break
        head = h.head
        if head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):  # 'is to visit'
            return "future"
        h = head
    if v.dep_ == "ROOT" and v.tag_ == "VB" and any(c.dep_ == "nsubj" for c in v.children) and any(
            c.lower_ == "to" for c in aux):
        return "future"  # headline style: 'Chile and Peru to meet on Friday'
    if v.lemma_.lower() in ("schedule", "slate", "plan") and v.tag_ == "VBN":
        return "future"  # 'the talks were scheduled for Tuesday'
    if v.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in aux):
        return "future"  # 'is visiting Beijing on Friday'
    if v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in v.children):
        return "future"  # 'Blinken is due in Brasilia on Wednesday'
    if v.tag_ in ("VBZ", "VBP") and not aux and v.lemma_ not in ("be", "have") and \
            v.lemma_.lower() not in REPORTING and v.dep_ in ("ROOT", "conj") and _dates_verb(token, v):
        return "future"  # 'Putin flies on to Hanoi on Thursday': a dated present is a timetable
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if v.tag_ == "VBN" and any(c.lemma_ in ("have", "be") for c in aux):
        return "past"
    return None


def resolve_for_tense(mention: DateMention, published: object, tense: str | None) -> DateMention:
    """The mention re-resolved under `tense` (a weekday or bare month in a future clause).

    Absolute and anchor-counted dates ('a day earlier') do not depend on tense and come back
    unchanged; so does a mention whose text no longer resolves.
    """
    r = _resolve(mention.text, published, tense)
    if r is None or r.date is None or r.kind != "published":
        return mention
    return replace(mention, date=r.date, precision=r.precision, relative=True)


def _datey(text: str) -> bool:
    """Does an unresolved DATE entity still name a point in time (so it should stay a mention)?"""
    return bool(re.search(rf"\b(?:{_WEEKDAY_RE})\b|\b\d{{4}}s?\b", text.lower())
                or re.search(r"\b(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\b", text))


def find_date_mentions(doc, matcher) -> list[DateMention]:
    """DATE entities plus matcher hits, longest first, resolved in text order."""
    from spacy.util import filter_spans

    spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    spans += [doc[s:e] for _, s, e in matcher(doc)]
    spans = filter_spans(spans)
    published = doc._.published
    anchor = None
    out: list[DateMention] = []
    for span in sorted(spans, key=lambda s: s.start):
        if _prep_with_object(span) or _modal_or_verb(span):
            continue  # 'a day after the summit' counts from the summit, not from a date
        span = _cut(span, published)
        r = _resolve(span.text, published, tense_of(span.root), anchor)
        if r is None or r.date is None:
            if span.label_ == "DATE" and _datey(span.text):
                out.append(DateMention(span.start, span.end, span.text, None, None, False))
            continue
        out.append(DateMention(span.start, span.end, span.text, r.date, r.precision,
                               r.kind != "absolute"))
        if r.precision == "day":
            anchor = r.date
    # 'on Monday, on the eve of the summit': a day named outright beats one counted
    eves = [m for m in out if m.text.lower().endswith("eve")]
    for m in eves:
        sent = doc[m.start].sent
        if any(o is not m and o.precision == "day" and sent.start <= o.start < sent.end for o in out):
            out.remove(m)
    return out


def _cut(span, published):
    """The NER sometimes runs a date on past a comma or into a verb ('on Tuesday, ending
    decades of ...', 'on Monday, South Africa's minister said'): when the whole does not
    resolve, the longest part before a comma or verb that does is the date."""
    if len(span) < 2 or _resolve(span.text, published, None) is not None:
        return span
    stops = [t.i for t in span if t.i > span.start and (t.is_punct or t.pos_ in ("VERB", "AUX"))]
    for stop in reversed(stops):
        part = span.doc[span.start:stop]
        while len(part) > 1 and part[-1].is_punct:
            part = part[:-1]
        if _resolve(part.text, published, None) is not None:
            return part
    return span


_MONTH_LEADERS = {"in", "since", "by", "until", "till", "from", "during", "of", "before", "after",
                  "last", "next", "this", "early", "late", "mid", "through", "throughout", "to"}


def _modal_or_verb(span) -> bool:
    """A lone 'May' / 'March' that is the modal or the verb ('May the talks succeed',
    'March with us'): only accept it after a preposition or modifier, or mid-sentence as a noun."""
    if len(span) != 1 or span[0].lower_ not in AMBIGUOUS_MONTHS:
        return False
    tok = span[0]
    if tok.tag_ == "MD" or tok.tag_.startswith("VB"):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if prev is not None and prev.lower_ in _MONTH_LEADERS:
        return False
    return tok.i == tok.sent.start or tok.dep_ not in ("pobj", "compound", "poss", "nmod", "npadvmod")


def _prep_with_object(span) -> bool:
    last = span[-1]
    return last.lower_ in ("before", "after") and (last.dep_ == "mark" or any(
        c.dep_ in ("pobj", "pcomp", "advcl") for c in last.children))


def _matcher_patterns() -> list[list[dict]]:
    months = [m for m in MONTHS if len(m) > 3] + ["may", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                  "sep", "sept", "oct", "nov", "dec"]
    month_tok = {"LOWER": {"IN": months + [m + "." for m in months if len(m) <= 4]},
                 "IS_TITLE": True, "TAG": {"NOT_IN": ["MD", "VB", "VBP", "VBZ", "VBD"]}}
    wd_tok = {"LOWER": {"IN": [w for w in WEEKDAYS if len(w) > 3]}, "IS_TITLE": True}
    mod = {"LOWER": {"IN": ["last", "next", "this", "coming", "past"]}, "OP": "?"}
    tod = {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}, "OP": "?"}
    day_num = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^(1[89]|2[01])\d\d$"}}
    comma = {"TEXT": ",", "OP": "?"}
    number = {"LOWER": {"IN": list(NUMBERS) + [str(i) for i in range(2, 32)]}}
    return [
        [mod, wd_tok, tod],
        [mod, month_tok],
        [month_tok, day_num],
        [month_tok, day_num, comma, year],
        [day_num, month_tok],
        [day_num, month_tok, year],
        [month_tok, year],
        [month_tok, {"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": "year"}],
        [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}],
        [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "in", "OP": "?"},
         {"LOWER": {"IN": ["this", "the"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}],
        [{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
        [number, {"LOWER": {"IN": ["day", "days"]}},
         {"LOWER": {"IN": ["earlier", "later", "before", "after", "previously"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "previous", "next", "following", "same"]}},
         {"LOWER": {"IN": ["before", "after", "day"]}}],
        [{"LOWER": "the"}, {"LOWER": "eve"}],  # 'on the eve of the summit': the day before the scene's day
        [{"LOWER": {"IN": ["earlier", "later"]}, "OP": "?"}, {"LOWER": "that"},
         {"LOWER": {"IN": ["morning", "afternoon", "evening", "night", "day"]}}],
        [{"LOWER": {"IN": ["a", "few", "several", "just", "only", "some"]}, "OP": "*"},
         {"LOWER": {"IN": ["hours", "minutes", "days"]}}, {"LOWER": {"IN": ["earlier", "later"]}}],
        [number, {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year",
                                   "years"]}}, {"LOWER": "ago"}],
    ]


def _register_extensions() -> None:
    from spacy.tokens import Doc

    for name in ("published", "date_mentions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class DateFinder:
    """Pipeline component: doc._.date_mentions from DATE entities and a Matcher; needs ner+parser."""

    def __init__(self, nlp, name: str = "eg_dates") -> None:
        from spacy.matcher import Matcher

        _register_extensions()
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("EG_DATE", _matcher_patterns())

    def __call__(self, doc):
        doc._.date_mentions = find_date_mentions(doc, self.matcher)
        return doc


REPORTING = {"say", "tell", "announce", "confirm", "report", "state", "add", "write", "declare",
             "claim", "note", "reveal", "disclose", "insist", "explain", "tweet", "post"}
ANNOUNCING = {"announce"}
# prepositions that introduce the date an event happened on ('since 2019' usually does not)
_EVENT_PREPS = {"on", "in", "at", "during", "from", "by"}


# distance words -> (unit, size); hours count as the same day
_OFFSET_UNITS = {"day": ("day", 1), "days": ("day", 1), "hour": ("day", 0), "hours": ("day", 0),
                 "month": ("month", 1), "months": ("month", 1), "year": ("year", 1), "years": ("year", 1)}


def offset_clause(trigger):
    """'..., a day after Putin wrapped up a visit': (the clause node, (k, unit)) where k is how
    far the clause's event lies from the main clause's in that unit ('day', 'month', 'year'):
    -1 for 'a day after', +2 for 'two months before'; the distance is None when it is not
    counted ('weeks after', 'days before'). None when the trigger is in no such clause."""
    t = trigger
    for _ in range(8):
        link = None
        if t.dep_ == "advcl":
            link = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            holder = t
        elif t.dep_ in ("pobj", "pcomp") and t.head.lower_ in ("after", "before"):
            link, holder = t.head, t.head
        if link is not None:
            # 'two days after X did Y': the distance hangs on the clause or on 'after' itself
            span = [c for c in list(holder.children) + list(link.children)
                    if c.dep_ == "npadvmod" and c.i < link.i]
            # ... or on the main verb, right before 'after' ('came a day after X did Y')
            span += [c for c in holder.head.children if c.dep_ == "npadvmod" and c.i < link.i
                     and max(w.i for w in c.subtree) == link.i - 1]
            if not span and link.head.dep_ == "npadvmod" and link.head.i < link.i:
                holder = link.head  # 'a year after their meeting' hung on 'year'
                span = [link.head]
            if not span:
                return None
            return holder, _distance(span[0], link)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _distance(unit, link):
    per = _OFFSET_UNITS.get(unit.lower_)
    if per is None:
        return None
    kind, size = per
    n = next((_num(c.lower_) for c in unit.children if c.dep_ in ("det", "nummod")), None)
    if n is None:
        if size:  # 'days after' counts no number of days
            return None
        n = 1  # 'hours before': the same day whatever the count
    k = n * size
    return (-k if link.lower_ == "after" else k), kind


def shift_mention(m: DateMention | None, distance) -> DateMention | None:
    """The mention moved by a distance from offset_clause, at the precision the unit allows
    ('three months after' a day or month gives a month; 'two days after' needs a day), or None."""
    if m is None or m.date is None or distance is None:
        return None
    k, unit = distance
    if unit == "day":
        if m.precision != "day":
            return None
        shifted = dt.date.fromisoformat(m.date) + dt.timedelta(days=k)
        return replace(m, date=shifted.isoformat(), relative=False)
    y = int(m.date[:4])
    if unit == "month":
        if m.precision not in ("day", "month"):
            return None
        value = _month(*_add_months(y, int(m.date[5:7]), k))
    else:
        value = _year(y + k)
    if value is None:
        return None
    return replace(m, date=value[0], precision=value[1], relative=False)


def date_for_trigger(doc, trigger_index: int) -> DateMention | None:
    """The date mention that belongs to the trigger doc[trigger_index], or None (see
    _date_for). An event in a clause set off from the main one by a distance ('a day after
    X met Y', 'two months before the summit') takes the main clause's date moved by it."""
    mentions = getattr(doc._, "date_mentions", None) or []
    if not mentions or not 0 <= trigger_index < len(doc):
        return None
    off = offset_clause(doc[trigger_index])
    if off is None:
        return _sharpen_week(doc, _date_for(doc, trigger_index, mentions), mentions)
    node, distance = off
    inside = [m for m in mentions if node.is_ancestor(doc[m.start:m.end].root)]
    own = _date_for(doc, trigger_index, inside)
    if own is not None or distance is None:
        return own
    main = _date_for(doc, node.head.i, mentions)
    if main is None or main.date is None:
        main = _date_before_offset(doc, node, mentions) or main
    return shift_mention(main, distance)


def _date_before_offset(doc, holder, mentions):
    """'voting on February 26, three days after X met Y': the offset counts from the date
    written right before it, whatever the parse hangs it on."""
    first = min(t.i for t in holder.subtree)
    i = first - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return next((m for m in mentions if m.end - 1 == i and m.precision == "day"), None)


def _sharpen_week(doc, m: DateMention | None, mentions: list) -> DateMention | None:
    """'took effect this week, with Brazil confirming on Monday that ...': a report in the
    same sentence that names a day of that week gives the day."""
    if m is None or m.date is None or not re.search(r"\bthis week\b", m.text.lower()):
        return m
    pub = parse_published(doc._.published)
    if pub is None:
        return m
    sent = doc[m.start].sent
    monday = pub - dt.timedelta(days=pub.weekday())
    for other in mentions:
        if other is m or not (sent.start <= other.start < sent.end) or other.precision != "day":
            continue
        v = _governing_verb(doc[other.start:other.end].root)
        if v is not None and v.lemma_.lower() in REPORTING and \
                monday <= dt.date.fromisoformat(other.date) <= pub:
            return other
    return m


def _date_for(doc, trigger_index: int, mentions: list) -> DateMention | None:
    """The date mention that belongs to the trigger doc[trigger_index], or None.

    In order of preference: a mention in the trigger's own subtree (for a noun trigger like
    'talks', also the subtree of the verb governing it; for 'when X met Y', the date the clause
    hangs on); then one attached to a reporting verb around it ('..., the ministry said on
    Friday'); then the sentence's only mention. Within a tier, 'on/in/at' attachments beat
    others, then the nearest in the tree. Mentions inside another verb's clause are skipped
    ('X summoned Y on Monday after Z did W in March' -> Monday). A planned event ('France
    would deploy jets, Macron said on Thursday') never takes the reporting verb's date.
    A returned mention may have date None ('between January and March'): the date is unknown.
    The mention comes resolved under its own verb's tense; re-resolve it with
    resolve_for_tense only if the caller knows better.
    """
    if not mentions:
        return None
    trigger = doc[trigger_index]
    sent = trigger.sent
    in_sent = [m for m in mentions if sent.start <= m.start < sent.end]
    if not in_sent:
        return None
    verb = _governing_verb(trigger)
    # 'in June 2021, when Biden met Putin': the clause modifies the date itself
    if verb is not None and verb.dep_ in ("relcl", "advcl") and any(
            c.lower_ == "when" for c in verb.children):
        for m in in_sent:
            if m.start <= verb.head.i < m.end:
                return m
    anchors = _anchors(trigger, verb)
    # a planned event; a noun like 'after talks' under 'would lower' is not planned itself
    planned = tense_of(trigger) == "future" and (
        trigger.pos_ in ("VERB", "AUX") or (verb is not None and trigger.head.i == verb.i))
    perfect = _perfect_clause(verb if verb is not None else trigger)
    # 'X has become a member, Y announced on Monday': news announced on a day happened then
    reports = {t.lemma_.lower() for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING}
    announced = bool(reports) and reports <= ANNOUNCING
    best, best_key, blocked, reported = None, None, set(), set()
    for m in in_sent:
        root = doc[m.start:m.end].root
        path = _path_to(root, anchors)
        if path is None and _fronted_into_infinitive(root):
            path = (1, 1)  # 'summoned the envoy on Friday to protest ...': the parse hangs 'on Friday' on 'protest'
        if path is None:
            if _is_under(root, trigger):
                blocked.add(m.start)  # nested in another verb's clause under the trigger
            continue
        steps, rank = path
        if _right_after_report(doc, m):  # 'said on Saturday he would travel ...', whatever the parse
            rank = max(rank, 2)
        if root.head.lower_ == "since":
            # 'their first meeting since 2019', 'the most senior official to visit since 1997':
            # 'since' opens a span; the event did not happen then
            blocked.add(m.start)
            continue
        if (planned or (perfect and not announced)) and rank >= 2:
            # the report's date is not the plan's; 'X has applied, Y said on Tuesday' dates
            # the report, not the application (the present perfect leaves it open)
            reported.add(m.start)
            continue
        preferred = (root.dep_ == "pobj" and root.head.lower_ in _EVENT_PREPS) or (
            steps == 1 and root.dep_ in ("npadvmod", "tmod"))
        key = (rank, not preferred, steps, abs(root.i - trigger.i))
        if best_key is None or key < best_key:
            best, best_key = m, key
    if best is not None:
        return best
    rest = [m for m in in_sent if m.start not in blocked]
    if not rest and not planned:
        shared = _shared_conj_date(doc, trigger, [m for m in in_sent if m.start in blocked])
        if shared is not None:
            return shared
    if len(rest) != 1 or rest[0].start in reported:
        return None
    if _in_other_relcl(doc[rest[0].start:rest[0].end].root, trigger):
        return None  # 'Milei, who took office on December 10, had called ...': the relative clause's day
    if _outside_own_relcl(doc[rest[0].start:rest[0].end].root, trigger):
        return None  # 'X, which has sought to join since 2011, was granted observer status in 2022
    desc = _described_by_noun(trigger, verb)
    if desc is not None and not desc.is_ancestor(doc[rest[0].start:rest[0].end].root):
        return None  # 'passed on Wednesday a bill allowing troops to be stationed': the bill's day
    if (planned or (perfect and not announced)) and _path_to(doc[rest[0].start:rest[0].end].root,
                            {t.i: 2 for t in sent if t.lemma_.lower() in REPORTING}):
        return None  # the sentence's only date is when it was said
    return rest[0]


def _outside_own_relcl(token, trigger) -> bool:
    """The trigger sits in a relative clause that is an aside about a name ('Timor-Leste,
    which has sought to join since 2011, ...') and token does not; 'the first time that X
    has stationed a brigade abroad' tells the main clause's event itself."""
    t = trigger
    for _ in range(64):
        if t.dep_ == "relcl":
            if t.head.pos_ != "PROPN":
                return False
            return not (t.is_ancestor(token) or t.i == token.i)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_other_relcl(token, trigger) -> bool:
    """token lies in a relative clause that does not hold the trigger."""
    t = token
    for _ in range(64):
        if t.is_ancestor(trigger) or t.i == trigger.i:
            return False
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _shared_conj_date(doc, trigger, blocked: list):
    """'Sweden summoned the envoy and handed him a note on Monday': a verb joined to the
    trigger with the same subject and the sentence's only date gives it to the trigger too."""
    if trigger.pos_ not in ("VERB", "AUX") or len(blocked) != 1:
        return None
    root = doc[blocked[0].start:blocked[0].end].root
    for c in trigger.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > trigger.i and c.is_ancestor(root) and \
                not any(w.dep_ in ("nsubj", "nsubjpass") for w in c.children) and c.tag_ == trigger.tag_:
            return blocked[0]
    return None


def _fronted_into_infinitive(root) -> bool:
    """A date written before the 'to' of a purpose infinitive that the parser put inside it
    ('summoned the envoy on Friday to protest'): it cannot belong to the infinitive's verb."""
    p = root.head if root.head.dep_ == "prep" else root
    v = p.head
    if v.dep_ not in ("relcl", "acl", "advcl", "xcomp") or v.tag_ != "VB" or p.i > v.i:
        return False
    to = [c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"]
    return bool(to) and to[0].i > max(t.i for t in p.subtree)


def _described_by_noun(trigger, verb):
    """The clause modifying a noun that the trigger sits in ('a bill [allowing troops to be
    stationed]'), or None: what such a clause tells of is not dated by the clause outside it."""
    t = verb if verb is not None else trigger
    for _ in range(4):
        if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and t.tag_ == "VBG":
            return t
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _right_after_report(doc, m) -> bool:
    """The mention follows a reporting verb directly: 'said on Saturday', 'announced Monday'."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "late", "early"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in REPORTING


def _present_perfect(verb) -> bool:
    """'has submitted', 'have formally applied', 'has been admitted'."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _perfect_clause(verb) -> bool:
    """A perfect tense on the verb or the clauses it completes, below any reporting verb:
    'has sent a letter ..., asking to join', 'Ankara had applied'."""
    v = verb
    for _ in range(4):
        if v.lemma_.lower() in REPORTING:
            return False
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
            return True
        if v.dep_ not in ("advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _anchors(trigger, verb) -> dict[int, int]:
    """token index -> rank of the tokens a date may hang on (lower rank = closer to the trigger)."""
    anchors = {trigger.i: 0}
    if verb is not None and verb.i != trigger.i:
        anchors[verb.i] = 1  # 'held talks on Monday': the date hangs on 'held'
    if trigger.pos_ in ("NOUN", "PROPN"):  # 'Finland's application, filed in May 2022'
        for ch in trigger.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN":
                anchors.setdefault(ch.i, 1)
    # 'On Wednesday he is due to meet X', 'is scheduled to visit': the date hangs on the
    # verb the trigger completes
    c = verb if verb is not None else trigger
    for _ in range(3):
        if c.dep_ not in ("xcomp", "acomp") or c.head.i == c.i:
            break
        c = c.head
        anchors.setdefault(c.i, 1)
    if verb is not None and verb.dep_ in ("relcl", "advcl") and any(
            c.lower_ == "when" for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        anchors.setdefault(verb.head.i, 1)  # 'the summit took place in 2018, when they met'
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # 'on Wednesday he went on to Qatar, where he was received by the emir': the stay is the
        # arrival's scene, so the clause the place hangs on dates it
        h = verb.head
        for _ in range(3):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            anchors.setdefault(h.i, 1)
    t = verb if verb is not None else trigger
    for _ in range(8):  # the nearest reporting verb above: 'X said on Thursday that ...'
        if t.head.i == t.i:
            break
        below, t = t, t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING:
            # '..., the White House confirmed on Wednesday, settling the venue for the meeting':
            # an adjunct clause of the report is not what was reported
            if below.dep_ != "advcl":
                anchors.setdefault(t.i, 2)
            break
    return anchors


def _is_under(token, ancestor) -> bool:
    return token.i != ancestor.i and ancestor.is_ancestor(token)


def _infinitive_complement(verb) -> bool:
    """'applied to join in 2011', 'its wish to join only in October': the infinitive is part
    of the event it completes, so its date is that event's date."""
    return verb.dep_ in ("xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def participle_adjunct(verb) -> bool:
    """'Speaking in Hanoi on Thursday, Putin warned ...', 'Meeting in Brussels on Monday, EU
    leaders agreed ...': a subjectless participle clause set before the main clause tells the
    main clause's scene, so its date is the main clause's too ('after meeting X on Monday'
    with a linking word is a different occasion and does not count)."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "NN") and verb.i < verb.head.i and \
        verb.i == verb.sent.start and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)


def _path_to(token, anchors: dict[int, int]) -> tuple[int, int] | None:
    """(steps up, rank) to the first anchor reached from token, or None if the walk leaves
    through another verb's clause or never meets an anchor. Passing a reporting verb
    ('..., the ministry said on Friday' parsed under the trigger) costs rank 2."""
    t, steps, rank = token, 0, 0
    for _ in range(64):
        if t.i in anchors:
            return steps, max(rank, anchors[t.i])
        if t.head.i == t.i:
            return None
        if t.i != token.i and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING:
                rank = 2
            elif not _infinitive_complement(t) and not participle_adjunct(t):
                return None  # the date belongs to another verb
        t, steps = t.head, steps + 1
    return None


def _make_factory() -> None:
    from spacy.language import Language

    if "eg_dates" not in Language.factories:
        Language.factory("eg_dates")(DateFinder)


try:  # the pure resolver works without spaCy; the component only when spaCy is installed
    _make_factory()
    _register_extensions()
except ImportError:  # pragma: no cover
    pass
