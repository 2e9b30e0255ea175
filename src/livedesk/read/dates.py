"""Dates of events, resolved against the report's own time, with UCDP date precision.

This module reads one date expression (a DATE entity's words); dates_scan finds the expressions in a
passage and picks the event's. Never the whole text at once: "T-4" is not 12 April, "may" is a verb.
Our own rules take the forms dateparser gets wrong or cannot read: weekdays ("on Wednesday" in a
Wednesday report is that day, not a week before), "yesterday, May 10", "the end of April",
"last week", "the past two days"; dateparser does the rest with the report's time as its base.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

PREC_DAY, PREC_DAYS, PREC_WEEK, PREC_MONTH, PREC_YEAR = 1, 2, 3, 4, 5

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
_MONTH_RX = "|".join(sorted(MONTHS, key=len, reverse=True))

# Spans that name a length of time, not a time: "two hours", "several weeks", "three years".
_DURATION = re.compile(r"^(?:the |a |an )?(?:\w+ )?(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?)"
                       r"(?: long)?$")
_NOT_DATES = {"may", "march", "today's", "daily", "weekly", "monthly", "annual", "the day", "a day", "day",
              "the time", "now", "recent", "recently", "the past", "the future"}


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    precision: int

    def iso(self) -> tuple[str, str, int]:
        return self.start.isoformat(), self.end.isoformat(), self.precision


_NUMERIC = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\s*")


def _numeric(text: str, anchor: datetime) -> datetime | None:
    """'6/5/2021' is 6 May in most of the world and 5 June in the United States. Of the readings
    that are real dates, the one nearest the report's own time without passing it is meant (a
    report tells what has happened); with nothing to tell them apart, day first."""
    m = _NUMERIC.fullmatch(text)
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    y += 2000 if y < 100 else 0
    cands = []
    for day, month in ((a, b), (b, a)):
        try:
            cands.append(datetime(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    base = anchor.replace(tzinfo=None) if anchor else None
    if base is None or base.year < 1990:
        return cands[0]
    past = [c for c in cands if c <= base + timedelta(days=1)]
    return min(past or cands, key=lambda c: abs((base - c).total_seconds()))


def _dp(text: str, anchor: datetime) -> datetime | None:
    got = _numeric(text, anchor)
    if got is not None:
        return got
    try:
        return dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    except Exception:   # dateparser raises on odd inputs (overflowing years); treat as no date
        return None


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_for(month: int, day: int, anchor: date) -> int:
    # A month and day with no year is the latest such day on or before the report.
    y = anchor.year
    try:
        if date(y, month, min(day, 28)) > anchor + timedelta(days=1):
            y -= 1
    except ValueError:
        pass
    return y


_WD = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"


def _explicit(t: str, anchor: date | None) -> DateRange | None:
    """'10 May 2016', 'Sun 16 Apr 2017', 'May 10', 'Oct. 30. 2018' without dateparser (it is slow)."""
    m = re.fullmatch(rf"{_WD}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\.?,?(?:\s+((?:19|20)\d\d))?", t) \
        or re.fullmatch(rf"{_WD}({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\.?,?(?:\s+((?:19|20)\d\d))?", t)
    if not m:
        return None
    a, b, y = m.groups()
    day, mon = (int(a), MONTHS[b]) if a.isdigit() else (int(b), MONTHS[a])
    if y:
        year = int(y)
    elif anchor:
        year = _year_for(mon, day, anchor)
    else:
        return None
    try:
        d = date(year, mon, day)
    except ValueError:
        return None
    return DateRange(d, d, PREC_DAY)


@lru_cache(maxsize=4096)
def resolve(span: str, anchor: date | None) -> DateRange | None:
    """One DATE entity's text -> a date range with precision, or None when it names no date."""
    t = span.strip().lower().strip(".,;:()")
    t = re.sub(r"^(?:on|in|at|by|during|from|since|until|of)\s+", "", t)
    if not t or t in _NOT_DATES or len(t) < 3:
        return None
    quick = _explicit(t, anchor)
    if quick:
        return quick
    base = datetime.combine(anchor, datetime.min.time()).replace(hour=12) if anchor else None

    # A full date ("May 10, 2016", "Sun 16 Apr 2017") needs no anchor.
    if re.search(r"\b(?:19|20)\d\d\b", t) and re.search(rf"\b(?:{_MONTH_RX})\b", t) \
            and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b(?:19|20)\d\d\b", "", t)):
        d = _dp(re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)\w*,? ", "", t), base or datetime(2000, 1, 1))
        if d:
            return DateRange(d.date(), d.date(), PREC_DAY)

    # "yesterday, May 10" / "today, Wednesday, May 11": the explicit part decides.
    parts = [p.strip() for p in re.split(r",", t) if p.strip()]
    if len(parts) > 1:
        for p in reversed(parts):
            r = resolve(p, anchor)
            if r and r.precision == PREC_DAY:
                return r
        for p in parts:
            r = resolve(p, anchor)
            if r:
                return r
        return None

    if _DURATION.match(t) and not re.search(r"\b(?:ago|last|past|previous|this|next|earlier)\b", t):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", t):
        y = int(t)
        return DateRange(date(y, 1, 1), date(y, 12, 31), PREC_YEAR)

    if anchor is None:
        # Without the report's time only absolute dates can be resolved.
        m = re.fullmatch(rf"({_MONTH_RX})\.? ((?:19|20)\d\d)", t)
        if m:
            return DateRange(*_month_range(int(m.group(2)), MONTHS[m.group(1)]), PREC_MONTH)
        return None

    if t in ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"):
        return DateRange(anchor, anchor, PREC_DAY)
    if t in ("yesterday", "last night", "overnight", "yesterday morning", "yesterday evening"):
        d = anchor - timedelta(days=1)
        return DateRange(d, d if t != "overnight" else anchor, PREC_DAY)
    if t in ("the day before yesterday",):
        d = anchor - timedelta(days=2)
        return DateRange(d, d, PREC_DAY)

    m = re.fullmatch(r"(?:last |this |(?:early|late) )?(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?:'s)?(?: (?:morning|afternoon|evening|night))?", t)
    if m:
        back = (anchor.weekday() - WEEKDAYS[m.group(1)]) % 7
        if t.startswith("last ") and back == 0:
            back = 7
        d = anchor - timedelta(days=back)
        return DateRange(d, d, PREC_DAY)

    # "the end of April", "early May", "mid-March", "late last month"
    m = re.fullmatch(rf"(?:the )?(end|beginning|start|middle|mid|early|late)(?: of|-)? ?(?:the month of )?({_MONTH_RX})(?: ((?:19|20)\d\d))?", t)
    if m:
        mon = MONTHS[m.group(2)]
        y = int(m.group(3)) if m.group(3) else _year_for(mon, 1, anchor)
        first, last = _month_range(y, mon)
        part = m.group(1)
        if part in ("end", "late"):
            first = date(y, mon, 20 if part == "end" else 21)
        elif part in ("beginning", "start", "early"):
            last = date(y, mon, 10)
        else:
            first, last = date(y, mon, 11), date(y, mon, 20)
        return DateRange(first, last, PREC_MONTH)

    m = re.fullmatch(rf"({_MONTH_RX})\.?(?: ((?:19|20)\d\d))?", t)
    if m and m.group(1) not in ("may", "march") or (m and m.group(2)):
        mon = MONTHS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else _year_for(mon, 1, anchor)
        return DateRange(*_month_range(y, mon), PREC_MONTH)

    m = re.fullmatch(r"(?:the )?(?:last|past|previous) (\w+(?: few)?)? ?(days|weeks|months)", t)
    if m:
        n = NUMBERS.get(m.group(1) or "one", None) if not (m.group(1) or "").isdigit() else int(m.group(1))
        n = n or 1
        unit = {"days": 1, "weeks": 7, "months": 30}[m.group(2)]
        span_days = n * unit
        prec = PREC_DAYS if span_days <= 6 else PREC_WEEK if span_days <= 7 else PREC_MONTH if span_days <= 31 else PREC_YEAR
        return DateRange(anchor - timedelta(days=span_days), anchor, prec)
    if t in ("last week", "this week", "earlier this week", "the past week", "last weekend", "this weekend"):
        if "weekend" in t:
            back = (anchor.weekday() - 5) % 7 or (7 if "last" in t else 0)
            d = anchor - timedelta(days=back)
            return DateRange(d, d + timedelta(days=1), PREC_DAYS)
        if "this" in t:
            return DateRange(anchor - timedelta(days=anchor.weekday()), anchor, PREC_WEEK)
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return DateRange(monday, monday + timedelta(days=6), PREC_WEEK)
    if t in ("last month", "earlier this month", "this month"):
        if t == "last month":
            prev = anchor.replace(day=1) - timedelta(days=1)
            return DateRange(*_month_range(prev.year, prev.month), PREC_MONTH)
        return DateRange(anchor.replace(day=1), anchor, PREC_MONTH)
    if t in ("last year", "this year", "earlier this year"):
        y = anchor.year - (t == "last year")
        return DateRange(date(y, 1, 1), date(y, 12, 31) if t == "last year" else anchor, PREC_YEAR)

    m = re.fullmatch(r"(\w+|\d+|a few) (day|week|month|year)s? ago", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1))
        if n is None:
            return None
        unit = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)]
        d = anchor - timedelta(days=n * unit)
        prec = {"day": PREC_DAY, "week": PREC_WEEK, "month": PREC_MONTH, "year": PREC_YEAR}[m.group(2)]
        if m.group(1) in ("several", "a few", "few"):
            prec = min(PREC_YEAR, prec + 1)
        return DateRange(d, d, prec) if prec == PREC_DAY else DateRange(d - timedelta(days=unit // 2), d + timedelta(days=unit // 2), prec)

    # Explicit day-month(-year) forms: "May 10", "10 May 2016", "Sun 16 Apr 2017", "Oct. 30. 2018".
    if re.search(_MONTH_RX, t) and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", t):
        d = _dp(t, base)
        if d:
            dd = d.date()
            if not re.search(r"\b(?:19|20)\d\d\b", t) and dd > anchor + timedelta(days=1):
                dd = dd.replace(year=dd.year - 1)
            return DateRange(dd, dd, PREC_DAY)
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}", t):
        d = _dp(t, base)
        return DateRange(d.date(), d.date(), PREC_DAY) if d else None
    return None


def default_range(anchor: date | None) -> DateRange | None:
    """No date in the text: news reports what happened since the last report, a day or so."""
    if anchor is None:
        return None
    return DateRange(anchor - timedelta(days=1), anchor, PREC_DAYS)


def is_since(span_start: int, text: str) -> bool:
    """A date opened by 'since' starts a period; it is not when the event happened."""
    return bool(re.search(r"\b(?:since|from|until|till)\s+(?:the\s+\w+\s+of\s+)?(?:[\w'’-]+\s+){0,7}$",
                          text[max(0, span_start - 60):span_start].lower()))
