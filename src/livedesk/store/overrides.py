"""Analyst decisions applied over fusion's output, so a re-fuse never undoes a human's call.

Fusion receives must_link / cannot_link and should honour them itself; `enforce_links` checks
the result and repairs it when fusion did not (the placeholder fuser ignores them), so merge and
split work whatever fuser is installed. Field edits and review status are applied last.
"""
from __future__ import annotations

import copy
import hashlib
from typing import Any, Iterable

from livedesk.model import ACLED_TYPES, Event, Fatalities, Location

# Fields an analyst may edit, and how a value is put back onto the event's frame.
EDITABLE = ("summary", "sub_event_type", "actor1", "actor2", "date_start", "date_end",
            "date_precision", "place", "lat", "lon", "fatalities_best")


def _split_id(event_id: str, mention_id: str) -> str:
    return "e-" + hashlib.sha256(f"{event_id}|{mention_id}".encode()).hexdigest()[:16]


def enforce_links(events: list[Event], must: Iterable[tuple[str, str]],
                  cannot: Iterable[tuple[str, str]]) -> list[Event]:
    must, cannot = list(must), list(cannot)
    if not must and not cannot:
        return list(events)
    events = [copy.deepcopy(e) for e in events]
    # cannot_link: move `b` (the mention split off) out of any event holding both.
    for a, b in cannot:
        for ev in list(events):
            if a in ev.mention_ids and b in ev.mention_ids:
                ev.mention_ids.remove(b)
                events.append(Event(id=_split_id(ev.id, b), frame=copy.deepcopy(ev.frame),
                                    mention_ids=[b], status=ev.status,
                                    status_reason="split off by an analyst"))
    # must_link: join the events holding a and b, unless a cannot_link forbids it.
    forbidden = {frozenset(p) for p in cannot}
    for a, b in must:
        if frozenset((a, b)) in forbidden:
            continue
        ea = next((e for e in events if a in e.mention_ids), None)
        eb = next((e for e in events if b in e.mention_ids), None)
        if ea is None or eb is None or ea is eb:
            continue
        keep, gone = sorted((ea, eb), key=lambda e: min(e.mention_ids))
        keep.mention_ids += [m for m in gone.mention_ids if m not in keep.mention_ids]
        keep.origins += [o for o in gone.origins if o not in keep.origins]
        keep.casualties += gone.casualties
        events.remove(gone)
    return events


def apply_edits(event: Event, rows: list[dict[str, Any]]) -> tuple[Event, dict[str, Any]]:
    """Apply field/review/note rows (oldest first) to one event; returns it and its review record."""
    review: dict[str, Any] = {"status": "unreviewed", "by": None, "at": None, "reason": "",
                              "notes": [], "edits": []}
    for row in rows:
        kind, value, who = row["kind"], row["value"], row["who"]
        at = row["at"].isoformat() if row.get("at") else None
        if kind == "note":
            review["notes"].append({"by": who, "at": at, "text": str(value)})
        elif kind == "review":
            review.update(status=value.get("status"), by=who, at=at, reason=value.get("reason", ""))
            if value.get("status") == "confirmed":
                event.status = "confirmed"
                event.status_reason = f"confirmed by analyst {who}" + (
                    f": {value.get('reason')}" if value.get("reason") else "")
        elif kind == "field":
            _set_field(event, row["field"], value)
            review["edits"].append({"by": who, "at": at, "field": row["field"], "value": value})
    return event, review


def _set_field(event: Event, name: str, value: Any) -> None:
    f = event.frame
    if name == "sub_event_type":
        if value in ACLED_TYPES:
            f.sub_event_type = value
    elif name in ("summary", "actor1", "actor2", "date_start", "date_end"):
        setattr(f, name, value or None if name != "summary" else value or "")
    elif name == "date_precision":
        f.date_precision = int(value) if value not in (None, "") else None
    elif name == "place":
        loc = f.location or Location(name="")
        loc.name = value or ""
        f.location = loc
    elif name in ("lat", "lon"):
        loc = f.location or Location(name="")
        setattr(loc, name, float(value) if value not in (None, "") else None)
        f.location = loc
    elif name == "fatalities_best":
        fat = f.fatalities or Fatalities()
        fat.best = int(value) if value not in (None, "") else None
        f.fatalities = fat
