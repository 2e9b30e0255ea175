"""Places: the gazetteer, resolution in context, relative places. Placeholder API."""
from __future__ import annotations

from livedesk.model import Location


def find_places(text: str, doc=None) -> list[dict]:
    """Find and resolve the toponyms in text: PLACE dicts as ../shared/docs/contract.md says."""
    return []


def resolve_spans(text: str, spans: list[tuple[int, int]]) -> list[dict]:
    """Resolve exactly the given [start, end) spans; unresolved ones get lat/lon None."""
    return [{"start": s, "end": e, "name": text[s:e], "lat": None, "lon": None,
             "geonames_id": None, "country": None, "feature": None, "score": 0.0} for s, e in spans]


def locate(text: str, start: int, end: int, places: list[dict]) -> Location | None:
    """The event's place for the sentences text[start:end], given the document's places."""
    return None
