"""The desk's data in a reader's words: an event's one-line headline, history entries as
sentences, reports and mentions by what they say, times as people write them.

Times are written in UTC here; the page's script rewrites every <time data-local> into the
reader's own time zone (and names it), so a page read without scripts still says which zone.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any, Callable

SHORT = 90        # characters of a report's text that name it when it has no title


def _lower_first(s: str) -> str:
    # "Air/drone strike" -> "air/drone strike"; an acronym ("IED attack") keeps its capitals.
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def headline(ev: dict[str, Any]) -> str:
    """The event in one line, who did what where: 'Islamic State: armed clash in Palmyra'."""
    f = ev.get("frame") or {}
    loc = f.get("location") or {}
    what = f.get("sub_event_type") or f.get("event_type") or "event"
    who = f.get("actor1")
    if who and f.get("actor2"):
        who = f"{who} v {f['actor2']}"
    line = f"{who}: {_lower_first(what)}" if who else what
    name = loc.get("name")
    if name:
        # "east of Aleppo", "20 km south of Hama", "near the base" say where on their own
        line += f" {name}" if _RELATIVE.match(name) else f" in {name}"
    return line


_RELATIVE = re.compile(r"^(?:\d[\d.,]*\s*(?:km|kilomet\w*|mi\w*)\s+)?(?:to the\s+)?"
                       r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|from)|"
                       r"near|outside|around|between|along|off|in|on|at)\b", re.I)


def when(value: str | datetime | None, with_time: bool = True) -> str:
    """'2016-05-10T14:02:00+00:00' -> '10 May 2016, 14:02 UTC'; a date alone -> '10 May 2016'."""
    if not value:
        return ""
    try:
        if isinstance(value, datetime):
            dt = value
        elif len(str(value)) == 10:
            d = date.fromisoformat(str(value))
            return f"{d.day} {d:%b %Y}"
        else:
            dt = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    dt = (dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt).astimezone(timezone.utc)
    day = f"{dt.day} {dt:%b %Y}"
    return f"{day}, {dt:%H:%M} UTC" if with_time else day


def short(text: str | None, limit: int = SHORT) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "\u2026"


def report_title(rep: dict[str, Any] | None, text: str | None = None) -> str:
    """A report by its title, or (a live-blog update, a post) by the start of what it says."""
    rep = rep or {}
    title = (rep.get("title") or "").strip()
    if title and title != rep.get("id") and title != rep.get("report_id"):
        return title
    return short(text if text is not None else rep.get("text")) or "untitled report"


def mention_label(mention_id: str, reports: Callable[[str], dict[str, Any] | None]) -> str:
    """One mention of an event as an analyst recognises it: outlet, day, what it says."""
    rid, _, idx = mention_id.rpartition("#")
    rep = reports(rid) or {}
    frames = rep.get("frames") or []
    frame = frames[int(idx)] if idx.isdigit() and int(idx) < len(frames) else {}
    what = short((frame or {}).get("summary")) or report_title(rep)
    parts = [rep.get("outlet") or "unknown outlet"]
    if rep.get("published"):
        parts.append(when(rep["published"], with_time=False))
    return ", ".join(parts) + ": " + what


_FIELD_WORDS = {"status": "status", "frame.sub_event_type": "type", "frame.event_type": "type group",
                "frame.actor1": "actor", "frame.actor2": "second actor", "frame.date_start": "date",
                "frame.date_end": "end date", "frame.location": "place",
                "frame.fatalities": "fatalities", "reports": "reports",
                "review": "review", "stale": "stale"}


def _value(v: Any) -> str:
    if v is None or v == "" or v == []:
        return "none"
    if isinstance(v, dict):
        if "name" in v:
            return str(v["name"])
        if "best" in v:
            return "not stated" if v["best"] is None else str(v["best"])
        if "status" in v:
            return str(v["status"])
    if isinstance(v, bool):
        return "yes" if v else "no"
    return short(str(v), 40)


def history_line(h: dict[str, Any], role_of: Callable[[str], str | None],
                 event_name: Callable[[str], str | None],
                 mention_name: Callable[[str], str]) -> str:
    """One change-log entry as a sentence: 'analyst alice confirmed it, note: video geolocated'."""
    who, action = h.get("who") or "someone", h.get("action") or ""
    p = h.get("payload") or {}
    role = role_of(who)
    actor = f"{role} {who}" if role else who
    value = p.get("value")
    if action == "event.created":
        n = p.get("mentions") or 1
        return f"{actor} created the event from {n} report{'s' if n != 1 else ''} ({p.get('status') or 'claimed'})"
    if action == "event.updated":
        changes = [f"{_FIELD_WORDS[k]} {_value(v[0])} \u2192 {_value(v[1])}"
                   for k, v in p.items() if k in _FIELD_WORDS and isinstance(v, list) and len(v) == 2]
        return f"{actor} updated it" + (": " + "; ".join(changes) if changes else "")
    if action == "event.deleted":
        return f"{actor} folded it into another event"
    if action == "review.review":
        status = (value or {}).get("status") if isinstance(value, dict) else value
        reason = (value or {}).get("reason") if isinstance(value, dict) else None
        verb = {"confirmed": "confirmed it", "rejected": "rejected it",
                "unreviewed": "cleared the review"}.get(status, f"marked it {status}")
        return f"{actor} {verb}" + (f", note: {reason}" if reason else "")
    if action == "review.field":
        field = (p.get("field") or "a field").replace("_", " ")
        return f"{actor} set the {field} to {_value(value)}"
    if action == "review.note":
        return f"{actor} added a note: {value}"
    if action == "review.must_link":
        v = value if isinstance(value, dict) else {}
        name = v.get("headline") or (event_name(v["other"]) if v.get("other") else None)
        return f"{actor} merged it with {name or 'another event'}"
    if action == "review.cannot_link":
        return f"{actor} split off {mention_name(p['b'])}" if p.get("b") else f"{actor} split it"
    return f"{actor} {action.replace('.', ' ').replace('_', ' ')}"
