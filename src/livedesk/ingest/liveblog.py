"""Live-blog pages: one page, many dated updates; each update becomes its own Report.

An update starts at a marker: a `<time datetime=...>` element, or a short line that opens with a
time stamp ("Updated 14:32 GMT", "May 11, 2016 10:05", "10:05 - ..."). Times without a date take
the page's date, rolling over midnight in the direction the blog runs (newest first or last).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from livedesk.model import Report

from .dates import TZ_OFFSETS, at_time_of_day, parse_when

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = (rf"(?:{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}{_MONTH},?\s{{1,3}}\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
_TZ = "|".join(sorted(TZ_OFFSETS, key=len, reverse=True))


def _time(n: int) -> str:
    return (rf"(?P<h{n}>\d{{1,2}})[:.](?P<m{n}>\d{{2}})(?:\s?(?P<ap{n}>[ap])\.?m\.?)?"
            rf"(?:\s{{0,2}}\(?(?P<tz{n}>{_TZ})\b\)?)?")


_HEAD = r"^\W{0,3}(?:(?:last\s)?updated?|posted|breaking)?\s{0,3}(?:at|on)?\s{0,3}[:,]?\s{0,3}"
# Every repetition is bounded and alternatives are disjoint, so matching stays linear.
_MARKER = re.compile(
    _HEAD + rf"(?:(?P<d1>{_DATE})(?:[\s,]{{1,3}}(?:at\s)?{_time(1)})?|{_time(2)}(?:[\s,]{{1,3}}(?:on\s)?(?P<d2>{_DATE}))?)"
    r"(?P<end>\s{0,3}(?:[-\u2013\u2014:|]\s{0,3}|$))", re.IGNORECASE)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "strong"))
_MAX_MARKER = 120        # a marker is found in the first characters of a line only


@dataclass
class Stamp:
    """A parsed marker: an absolute time, or a wall-clock time waiting for the page's date."""
    when: datetime | None = None
    hm: tuple[int, int] | None = None
    offset: float = 0.0


@dataclass
class Item:
    text: str
    tag: str = "p"
    stamp: Stamp | None = None


def parse_marker(line: str) -> tuple[Stamp, str] | None:
    """(stamp, rest of the line) when the line opens with a time stamp, else None."""
    m = _MARKER.match(line[:_MAX_MARKER])
    if not m:
        return None
    rest = line[m.end():].strip()
    d = m.group("d1") or m.group("d2")
    if d and m.group("h1") is None and rest:
        return None                      # "May 11, 2016 - something" is prose, not a heading
    g = {k: m.group(k + "1") or m.group(k + "2") for k in ("h", "m", "ap", "tz")}
    hm = None
    if g["h"] is not None:
        h, mi = int(g["h"]), int(g["m"])
        ap = (g["ap"] or "").lower()
        if ap == "p" and h < 12:
            h += 12
        elif ap == "a" and h == 12:
            h = 0
        if h > 23 or mi > 59:
            return None
        hm = (h, mi)
    offset = TZ_OFFSETS.get((g["tz"] or "UTC").upper(), 0)
    if d:
        day = parse_when(d)
        if day is None:
            return None
        if hm:
            day = at_time_of_day(day, hm[0], hm[1], offset)
        return Stamp(when=day), rest
    return Stamp(hm=hm, offset=offset), rest


def stamp_from_attr(value: str) -> Stamp | None:
    """The `datetime` attribute of a <time> element: full ISO time, a date, or just HH:MM."""
    value = (value or "").strip()
    when = parse_when(value) if re.match(r"^\d{4}-\d{2}-\d{2}", value) else None
    if when:
        return Stamp(when=when)
    m = re.match(r"^(\d{1,2}):(\d{2})", value)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return Stamp(hm=(int(m.group(1)), int(m.group(2))))
    return None


def _resolve(stamps: list[Stamp], anchor: datetime | None) -> list[datetime | None]:
    """Absolute times for all stamps; wall-clock ones hang off the anchor's day, with rollover."""
    hms = [s.hm for s in stamps if s.when is None and s.hm]
    pairs = list(zip(hms, hms[1:]))
    newest_first = sum(a > b for a, b in pairs) >= sum(a < b for a, b in pairs)
    out: list[datetime | None] = []
    day_shift = 0
    prev: tuple[int, int] | None = None
    for s in stamps:
        if s.when is not None:
            out.append(s.when)
            anchor = s.when                # a dated marker re-anchors the ones after it
            day_shift, prev = 0, None
            continue
        if anchor is None or s.hm is None:
            out.append(None)
            continue
        if prev is not None:
            back = (s.hm[0] - prev[0]) * 60 + (s.hm[1] - prev[1])
            if newest_first and back > 6 * 60:
                day_shift -= 1             # newest first and the clock jumps forward: the day before
            elif not newest_first and back < -6 * 60:
                day_shift += 1
        prev = s.hm
        out.append(at_time_of_day(anchor, s.hm[0], s.hm[1], s.offset) + timedelta(days=day_shift))
    return out


def split_items(items: list[Item], *, anchor: datetime | None, parent: str, title: str | None,
                outlet: str | None, url: str | None, origin: str) -> list[Report]:
    """Reports for the updates of a live blog, or [] when the items are not one (< 2 updates)."""
    starts = [i for i, it in enumerate(items) if it.stamp is not None]
    if len(starts) < 2:
        return []
    times = _resolve([items[i].stamp for i in starts], anchor)  # type: ignore[misc]
    reports: list[Report] = []
    bounds = starts + [len(items)]
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        seg = items[a:b]
        head = seg[0].text
        body = seg[1:]
        upd_title = None
        if head and seg[0].tag in _HEADINGS:          # "<h3><time>14:32</time> Bridge closed</h3>"
            upd_title, head = head, ""
        elif not head and body and body[0].tag in _HEADINGS:
            upd_title, body = body[0].text, body[1:]
        paras = ([head] if head else []) + [it.text for it in body if it.text]
        if not paras and upd_title:
            paras = [upd_title]
        if not paras:
            continue
        reports.append(Report(text="\n".join(paras), title=upd_title, published=times[k],
                              outlet=outlet, url=url, origin=origin, parent=parent, fmt="liveblog"))
    # Real updates hold sentences; a run of dated one-liners is a list of links or an archive.
    substantial = sum(1 for r in reports if len(r.text) >= 30)
    if substantial < 2 or substantial * 2 < len(reports):
        return []
    lead = [it.text for it in items[:starts[0]] if it.text and it.text != title and it.tag == "p"]
    if sum(len(t) for t in lead) >= 80:    # the page's own introduction is a report too
        reports.insert(0, Report(text="\n".join(lead), title=title, published=anchor, outlet=outlet,
                                 url=url, origin=origin, parent=parent, fmt="liveblog"))
    return reports


def items_from_lines(text: str) -> list[Item]:
    """Items of a plain-text page: one a line, markers recognised by their opening time stamp."""
    items = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        hit = parse_marker(line)
        items.append(Item(hit[1], "p", hit[0]) if hit else Item(line))
    return items
