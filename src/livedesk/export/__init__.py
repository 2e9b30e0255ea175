"""Exports of the desk's events: GeoJSON for maps, CSV with ACLED's column names."""
from __future__ import annotations

from typing import Any, TextIO

from livedesk.export.acled import COLUMNS, write_csv
from livedesk.export.geojson import write_geojson

FORMATS = ("geojson", "csv")


def event_frames(store, events: list[dict[str, Any]], chunk: int = 200) -> dict[str, list]:
    """event id -> the frames of its mentions, read from the store a chunk of events at a time."""
    out: dict[str, list] = {}
    for i in range(0, len(events), chunk):
        home = {mid: ev["id"] for ev in events[i:i + chunk] for mid in ev.get("mention_ids") or []}
        for m in store.mentions(ids=list(home)) if home else ():
            out.setdefault(home[m.id], []).append(m.frame)
    return out


def export(store, fmt: str, out: TextIO, **filters: Any) -> int:
    """Write the events matching `filters` (as Store.list_events takes them) to `out`.

    Returns the number of events written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    filters.setdefault("limit", 1_000_000)
    events = store.list_events(**filters)
    if fmt == "csv":
        write_csv(events, out, frames=event_frames(store, events))
    else:
        write_geojson(events, out)
    return len(events)


__all__ = ["export", "FORMATS", "COLUMNS"]
