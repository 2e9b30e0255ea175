"""Date expressions found in a passage's own words, and the one that dates its event.

The small model's DATE entities miss or cut the forms reports and coders use most for when
something happened: "around 6 May 2020 (as reported)", "on the night of 3 to 4 May", "between 1
and 5 May", "overnight", "in the early hours of Sunday". These are found here by pattern; the
remaining DATE entities are read by dates.resolve. A dateline ("KABUL, May 5 (Reuters) -") dates
the report, so relative words after it count from that day. Dates of statements ("said on
Wednesday") and periods opened by "since" are not the event's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from livedesk.read.dates import (MONTHS, PREC_DAY, PREC_DAYS, PREC_MONTH, PREC_WEEK, WEEKDAYS, DateRange,
                                 _year_for, default_range, is_since, resolve)

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+((?:19|20)\d\d))?"
_WDAY = "|".join(WEEKDAYS)

# Each pattern: (regex, kind). Groups are read by _read below.
_PATTERNS = [
    # "on the night of 3 to 4 May", "the night of 3-4 May 2020", "the night between 3 and 4 May"
    (rf"(?:the\s+)?night\s+(?:of|between)\s+(?:the\s+)?{_D}\s*(?:to|-|–|and|into)\s*(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\.?{_Y}", "dmm"),
    # "between the night of 4 and the morning of 5 May": the night and the morning after it
    (rf"between\s+the\s+night\s+of\s+(?:the\s+)?{_D}\s+and\s+the\s+(?:morning|early\s+hours|dawn)\s+of\s+(?:the\s+)?{_D}\s+"
     rf"(?:of\s+)?({_MON})\.?{_Y}", "dmm"),
    # "the night of May 3 to 4", "the night of May 3-4"
    (rf"(?:the\s+)?night\s+(?:of|between)\s+({_MON})\.?\s+{_D}\s*(?:to|-|–|and|into)\s*{_D}{_Y}", "mdd"),
    # "between 1 and 5 May", "from 1 to 5 May 2020", "1-5 May", "1 to 5 May"
    (rf"(?:between\s+|from\s+)?{_D}\s*(?:and|to|-|–|until|till)\s*{_D}\s+(?:of\s+)?({_MON})\.?{_Y}", "ddm"),
    # "from January 28 to February 1", "between May 28 and June 2"
    (rf"(?:between\s+|from\s+)?({_MON})\.?\s+{_D}\s*(?:and|to|-|–|until|till)\s*({_MON})\.?\s+{_D}{_Y}", "mdmd"),
    # "between May 1 and 5", "May 1-5", "from May 1 to May 5"
    (rf"(?:between\s+|from\s+)?({_MON})\.?\s+{_D}\s*(?:and|to|-|–|until|till)\s*(?:(?:{_MON})\.?\s+)?{_D}{_Y}", "mdd"),
    # "between 28 April and 2 May"
    # "between 28 April and 2 May", "on 30 April and 1 May 2020" (two days across a month's end)
    # "on the night of 30 April to 1 May", "overnight 31 March-1 April": a night across a month's end
    (rf"(?:between\s+|from\s+|on\s+|overnight\s+|(?:the\s+)?night\s+(?:of|between)\s+(?:the\s+)?){_D}\s+({_MON})\.?\s*"
     rf"(?:and|to|until|till|into|-|–)\s*(?:the\s+)?{_D}\s+({_MON})\.?{_Y}", "dmdm"),
    # "around 6 May 2020 (as reported)", "on or about 6 May", "circa May 6"
    (rf"(?:around|about|approximately|circa|on\s+or\s+(?:about|around))\s+(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\.?{_Y}", "around_dm"),
    (rf"(?:around|about|approximately|circa|on\s+or\s+(?:about|around))\s+({_MON})\.?\s+{_D}{_Y}", "around_md"),
    # "On 8 March 2023 (as reported)": a coder's "as reported" is the day the sources give, not
    # one the coder could confirm: the day, within a few (ACLED's precision 2)
    (rf"(?:on\s+)?(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\.?{_Y}(?=\s*\(as\s+reported\))", "around_dm"),
    (rf"(?:on\s+)?({_MON})\.?\s+{_D}{_Y}(?=\s*\(as\s+reported\))", "around_md"),
    # "during the week of 4 May 2020", "the week of May 4"
    (rf"(?:the\s+)?week\s+(?:of|beginning|starting)\s+(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\.?{_Y}", "week_dm"),
    (rf"(?:the\s+)?week\s+(?:of|beginning|starting)\s+({_MON})\.?\s+{_D}{_Y}", "week_md"),
    # "Tuesday 5 May", "5th May 2020", "May 5th": a day written out (the month capitalised: "may" is a verb)
    # "14/8/2023", "6/5/2021": a numeric day with its year, which the small model often leaves
    # untagged (read day first or month first by dates.resolve, nearest the report's day)
    (r"(\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)", "numeric"),
    # a coder's qualifier after the day: "On 4 May 2020 (week of)", "On 1 May 2020 (month of)" say
    # the day stands for its week or month (ACLED's time precision)
    (rf"{_D}\s+({_MON})\.?{_Y}\s*\((week|month)\s+of", "qual_dm"),
    (rf"({_MON})\.?\s+{_D}{_Y}\s*\((week|month)\s+of", "qual_md"),
    # "during the first week of May 2020", "the last week of March"
    (rf"(first|second|third|fourth|last)\s+week\s+of\s+({_MON})\.?{_Y}", "nth_week"),
    (rf"(?:(?:{_WDAY}),?\s+)?(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\.?{_Y}", "exact_dm"),
    (rf"(?:(?:{_WDAY}),?\s+)?({_MON})\.?\s+{_D}{_Y}", "exact_md"),
    # "on the 5th": a day of the report's month (or the month before, when later than the report)
    (r"on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]+\s+\d)", "nth"),
    # "late last month", "the end of last month", "early last month"
    (r"(early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]+last\s+month", "part_last_month"),
    # "on Monday and Tuesday", "between Friday and Sunday"
    (rf"(?:on\s+|between\s+)?({_WDAY})\s+(?:and|to|through)\s+({_WDAY})", "wd_wd"),
    # "overnight into Monday", "overnight on Sunday", "overnight Saturday"
    (rf"overnight\s+(?:(?:in)?to|on|from)?\s*({_WDAY})", "overnight_wd"),
    (r"overnight|in\s+the\s+(?:past|last)\s+24\s+hours|during\s+the\s+night", "overnight"),
    # "(in) the early hours of Sunday", "late on Tuesday", "Thursday night"
    (rf"(?:in\s+the\s+early\s+hours\s+of|early\s+on|late\s+on|on)\s+({_WDAY})(?!,?\s+(?:the\s+)?\d)", "wd"),
    (rf"({_WDAY})\s+(?:night|morning|evening|afternoon)", "wd"),
    # "Monday's attack", "the toll from Sunday's bombing": the day the act is named by
    (rf"({_WDAY})['’]s", "wd"),
    # "at the weekend", "over the weekend"
    (r"(?:at|over|during)\s+the\s+weekend|last\s+weekend", "weekend"),
    # the report's own day
    (r"this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight|today", "today"),
]
_COMPILED = [(re.compile(rf"\b{p}\b", re.I), k) for p, k in _PATTERNS]
# A date said of a statement ("said on Wednesday", "told reporters on Monday") is not the event's;
# one after "told reporters that" opens what was told ("that on 22 May troops burned ...").
_SAID = re.compile(r"\b(?:said|says|say|told\s+(?!that\b)\w+(?:\s+(?!that\b)\w+)?|announced|reported|stated|claimed|added|"
                   r"confirmed|statement|tweeted|posted|wrote|published|issued|released)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
_DATELINE = re.compile(rf"^\s*[A-Z][A-Z'.\- ]{{2,40}}(?:,\s*[A-Z][A-Za-z .'-]{{1,30}})?,?\s+"
                       rf"(?:(?P<m1>{_MON})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON})\.?)"
                       rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\([^)]{{1,40}}\))?\s*[-–—:]+\s", re.I)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    range: DateRange
    said: bool = False       # the date of a statement, not of the event
    since: bool = False      # opens a period: background
    explicit: bool = False   # written with a day or month ("5-6 May"), not counted from the report
    year: bool = False       # written with its year ("15 July 2024"), as a coder writes the day recorded


def dateline(text: str, anchor: date | None) -> tuple[int, date | None]:
    """(end of the dateline, its day) for a text opening "KABUL, May 5 (Reuters) -"; (0, None) else."""
    m = _DATELINE.match(text)
    if not m:
        return 0, None
    mon = MONTHS[(m.group("m1") or m.group("m2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    if m.group("y"):
        year = int(m.group("y"))
    elif anchor:
        year = _year_for(mon, day, anchor + timedelta(days=2))
    else:
        return m.end(), None
    try:
        return m.end(), date(year, mon, day)
    except ValueError:
        return m.end(), None


def _day(year: int | None, mon: int, day: int, anchor: date | None) -> date | None:
    if year is None:
        if anchor is None:
            return None
        year = _year_for(mon, day, anchor)
    try:
        return date(year, mon, day)
    except ValueError:
        return None


def _span_prec(a: date, b: date) -> int:
    n = (b - a).days
    return PREC_DAY if n == 0 else PREC_DAYS if n <= 5 else PREC_WEEK if n <= 6 else PREC_MONTH


def _weekday(name: str, anchor: date) -> date:
    return anchor - timedelta(days=(anchor.weekday() - WEEKDAYS[name.lower()]) % 7)


def _read(kind: str, g: tuple, anchor: date | None) -> DateRange | None:
    y = lambda s: int(s) if s else None      # noqa: E731
    if kind == "dmm":
        d1, d2, mon, yr = int(g[0]), int(g[1]), MONTHS[g[2].lower()], y(g[3])
        a, b = _day(yr, mon, d1, anchor), _day(yr, mon, d2, anchor)
        return DateRange(a, b, PREC_DAYS) if a and b and a <= b else None
    if kind in ("mdd", "ddm"):
        if kind == "mdd":
            mon, d1, d2, yr = MONTHS[g[0].lower()], int(g[1]), int(g[2]), y(g[3])
        else:
            d1, d2, mon, yr = int(g[0]), int(g[1]), MONTHS[g[2].lower()], y(g[3])
        a, b = _day(yr, mon, d1, anchor), _day(yr, mon, d2, anchor)
        return DateRange(a, b, _span_prec(a, b)) if a and b and a < b else None
    if kind == "mdmd":
        m1, d1, m2, d2, yr = MONTHS[g[0].lower()], int(g[1]), MONTHS[g[2].lower()], int(g[3]), y(g[4])
        b = _day(yr, m2, d2, anchor)
        a = _day(b.year - (m1 > m2) if b else yr, m1, d1, anchor) if b else None
        return DateRange(a, b, _span_prec(a, b)) if a and b and a < b else None
    if kind == "dmdm":
        d1, m1, d2, m2, yr = int(g[0]), MONTHS[g[1].lower()], int(g[2]), MONTHS[g[3].lower()], y(g[4])
        b = _day(yr, m2, d2, anchor)
        a = _day(b.year - (m1 > m2) if b else yr, m1, d1, anchor) if b else None
        return DateRange(a, b, _span_prec(a, b)) if a and b and a < b else None
    if kind in ("around_dm", "around_md"):
        d, mon = (int(g[0]), MONTHS[g[1].lower()]) if kind == "around_dm" else (int(g[1]), MONTHS[g[0].lower()])
        a = _day(y(g[2]), mon, d, anchor)
        # the day as told, but the teller is not sure of it: UCDP's "within 2-6 days"
        return DateRange(a, a, PREC_DAYS) if a else None
    if kind in ("qual_dm", "qual_md"):
        d, mon = (int(g[0]), g[1]) if kind == "qual_dm" else (int(g[1]), g[0])
        a = _day(y(g[2]), MONTHS[mon.lower()], d, anchor)
        if a is None:
            return None
        if g[3].lower() == "week":
            return DateRange(a, a + timedelta(days=6), PREC_WEEK)
        last = (a.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return DateRange(a, last, PREC_MONTH)
    if kind == "nth_week":
        mon, yr = MONTHS[g[1].lower()], y(g[2])
        first = _day(yr, mon, 1, anchor)
        if first is None:
            return None
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(g[0].lower())
        a = first + timedelta(days=7 * k) if k is not None else last - timedelta(days=6)
        return DateRange(a, a + timedelta(days=6), PREC_WEEK)
    if kind in ("week_dm", "week_md", "exact_dm", "exact_md"):
        d, mon = (int(g[0]), g[1]) if kind.endswith("dm") else (int(g[1]), g[0])
        if kind.startswith("exact") and not mon[:1].isupper():
            return None
        a = _day(y(g[2]), MONTHS[mon.lower()], d, anchor)
        if a is None:
            return None
        return DateRange(a, a + timedelta(days=6), PREC_WEEK) if kind.startswith("week") else DateRange(a, a, PREC_DAY)
    if anchor is None:
        return None
    if kind == "numeric":
        return resolve(g[0].replace(".", "/"), anchor)
    if kind == "nth":
        day = int(g[0])
        first = anchor.replace(day=1)
        month_start = first if day <= anchor.day else (first - timedelta(days=1)).replace(day=1)
        try:
            d = month_start.replace(day=day)
        except ValueError:
            return None
        return DateRange(d, d, PREC_DAY)
    if kind == "part_last_month":
        last = anchor.replace(day=1) - timedelta(days=1)
        part = g[0].lower()
        lo, hi = (1, 10) if part in ("early",) or "beginning" in part or "start" in part else \
            (11, 20) if part == "mid" or "middle" in part else (21 if part == "late" else 20, last.day)
        return DateRange(last.replace(day=lo), last.replace(day=hi), PREC_MONTH)
    if kind == "wd_wd":
        b = _weekday(g[1], anchor)
        a = b - timedelta(days=(b.weekday() - WEEKDAYS[g[0].lower()]) % 7)
        return DateRange(a, b, _span_prec(a, b)) if a < b else None
    if kind == "overnight_wd":
        d = _weekday(g[0], anchor)
        return DateRange(d - timedelta(days=1), d, PREC_DAYS)
    if kind == "overnight":
        return DateRange(anchor - timedelta(days=1), anchor, PREC_DAYS)
    if kind == "wd":
        d = _weekday(g[0], anchor)
        return DateRange(d, d, PREC_DAY)
    if kind == "today":
        return DateRange(anchor, anchor, PREC_DAY)
    if kind == "weekend":
        back = (anchor.weekday() - 5) % 7
        sat = anchor - timedelta(days=back)
        return DateRange(sat, min(anchor, sat + timedelta(days=1)), PREC_DAYS)
    return None


def find(text: str, start: int, end: int, anchor: date | None, ents: list = ()) -> list[Found]:
    """Date expressions in text[start:end]: the patterns above, then DATE entities (spaCy spans or
    (start_char, end_char, text) triples) the patterns did not cover."""
    out: list[Found] = []
    seg = text[start:end]
    # a dateline's day is the report's, not the event's: "ABUJA, 5 October 2022 - Bandits
    # abducted ... on Sunday" happened on the Sunday before (the dateline re-anchors, see dateline)
    taken: list[tuple[int, int]] = [(0, dateline(text, anchor)[0])] if start < 80 else []
    for rx, kind in _COMPILED:
        for m in rx.finditer(seg):
            s, e = start + m.start(), start + m.end()
            if any(s < b and a < e for a, b in taken):
                continue
            r = _read(kind, m.groups(), anchor)
            if r:
                taken.append((s, e))
                out.append(_found(text, s, e, r))
    for ent in ents:
        s, e, t = (ent.start_char, ent.end_char, ent.text) if hasattr(ent, "start_char") else ent
        if s < start or e > end or any(s < b and a < e for a, b in taken):
            continue
        r = resolve(t, anchor)
        if r:
            out.append(_found(text, s, e, r))
    out.sort(key=lambda f: f.start)
    return out


def _found(text: str, s: int, e: int, r: DateRange) -> Found:
    before = text[max(0, s - 40):s]
    explicit = bool(re.search(rf"\d|\b(?:{_MON})\b", text[s:e], re.I))
    # a possessive day names the act ("the toll from Monday's attack"): "from" there opens no period
    owned = bool(re.match(r"['’]s\b", text[e:e + 3])) or bool(re.search(r"['’]s$", text[s:e]))
    return Found(s, e, r, said=bool(_SAID.search(before)), since=is_since(s, text) and not owned,
                 explicit=explicit, year=bool(re.search(r"\b(?:19|20)\d\d\b", text[s:e])))


STALE_DAYS = 45   # a date this long before the report is of a past event told as background


def pick(found: list[Found], not_before: int | None = None, anchor: date | None = None) -> DateRange | None:
    """The event's date among a passage's: not a period's start ("since"), a statement's day only
    when nothing else dates it, a date long before the report ("a campaign that began on 30
    September 2015") only when no recent one does; then the surest (lowest precision code), one
    written out before one counted from the report, the first of equals."""
    cands = [f for f in found if not f.since and (not_before is None or f.end >= not_before)]
    if not cands:
        return None
    told = [f for f in cands if not f.said]
    if not told:
        # only the day something was said: the event is of that day or the one before ("police said
        # on Tuesday gunmen ..."). A day written out as a calendar date ("Police said on 15 July 2024
        # gunmen fired ...") is how a coder's line places its own event: the writer chose the date to
        # record, so the event is that day (a wire names the statement's weekday instead).
        f = min(cands, key=lambda f: (f.range.precision, f.start))
        r = f.range
        if f.year and r.precision == PREC_DAY:
            return r
        return DateRange(r.end - timedelta(days=1), r.end, PREC_DAYS) if r.precision == PREC_DAY else r
    def stale(f: Found) -> bool:
        return anchor is not None and f.range.end < anchor - timedelta(days=STALE_DAYS)
    return min(told, key=lambda f: (stale(f), f.range.precision, not f.explicit, f.start)).range


def event_date(doc, anchor: date | None, text: str | None = None) -> DateRange | None:
    """The date of the event a short passage tells (a coder's line, a wire's lead): its dateline
    re-anchors it and its own date expressions decide; with none, the day before the report to
    the report's day, as the reading pipeline dates an undated event."""
    text = doc.text if text is None else text
    skip, day = dateline(text, anchor)
    anchor = day or anchor
    ents = [e for e in doc.ents if e.label_ == "DATE" and e.start_char >= skip]
    return pick(find(text, skip, len(text), anchor, ents), anchor=anchor) or default_range(anchor)
