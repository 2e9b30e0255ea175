"""Exports of the desk's events: GeoJSON for maps, CSV with ACLED's column names."""
from __future__ import annotations

from typing import Any, TextIO

from livedesk.export.acled import COLUMNS, write_csv
from livedesk.export.geojson import write_geojson

FORMATS = ("geojson", "csv")


def export(store, fmt: str, out: TextIO, **filters: Any) -> int:
    """Write the events matching `filters` (as Store.list_events takes them) to `out`.

    Returns the number of events written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    filters.setdefault("limit", 1_000_000)
    events = store.list_events(**filters)
    if fmt == "csv":
        write_csv(events, out)
    else:
        write_geojson(events, out)
    return len(events)


__all__ = ["export", "FORMATS", "COLUMNS"]
