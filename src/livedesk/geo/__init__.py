"""Places: the gazetteer, resolution in context, relative places.

Public API (the rest of the package is private):
  find_places(text, doc=None)       find and resolve the toponyms of a text -> PLACE dicts
  resolve_spans(text, spans)        resolve exactly the given [start, end) spans
  locate(text, start, end, places)  the event's Location for the sentences text[start:end]
  geoparse_line(obj, given_spans)   one line of `livedesk geoparse`
  gazetteer.build(path=None)        build the index ahead of first use (set-up script)
"""
from __future__ import annotations

from livedesk.geo import gazetteer
from livedesk.geo.containers import Prior, container_of, read_as_division
from livedesk.geo.find import find_places
from livedesk.geo.relative import country_location, locate
from livedesk.geo.resolve import listed_with, place_dict, qualifier_after, resolve_mentions
from livedesk.errors import InputError

__all__ = ["find_places", "resolve_spans", "locate", "country_location", "geoparse_line", "gazetteer"]


def resolve_spans(text: str, spans: list[tuple[int, int]]) -> list[dict]:
    """Resolve exactly the given [start, end) spans; unresolved ones get lat/lon None."""
    spans = [(int(s), int(e)) for s, e in spans]
    names = [text[s:e] for s, e in spans]
    # The text's own country (its people's adjectives, the countries it names outside the
    # spans) is a prior for every span, and what the words after a span say holds it binds
    # it. The text is read the same way however many spans are given: other names outside
    # them are not read (a caller that gives spans has chosen its toponyms; find_places
    # reads all names it finds).
    prior = Prior(text, spans)
    results = resolve_mentions(names, qualifiers=[qualifier_after(text, e) for _, e in spans],
                               listed=listed_with(text, spans),
                               containers=[container_of(text, s, e, prior) for s, e in spans], prior=prior)
    read_as_division(text, spans, results)
    memo: dict = {}         # the results stay alive while it is used
    return [place_dict(s, e, n, r, memo) for (s, e), n, r in zip(spans, names, results)]


def geoparse_line(obj: dict, given_spans: bool) -> dict:
    """One input object of `livedesk geoparse` -> {"id", "error", "places"} (contract.md).
    Bad input is reported in "error" and never raises."""
    oid = obj.get("id") if isinstance(obj, dict) else None
    try:
        if not isinstance(obj, dict):
            raise InputError("bad_json", str(oid), "a line must be one JSON object")
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError("no_text", str(oid))
        if given_spans:
            spans = obj.get("mentions")
            if spans is None:
                spans = [(t["start"], t["end"]) for t in obj.get("toponyms") or []]
            bad = [sp for sp in spans if not (isinstance(sp, (list, tuple)) and len(sp) == 2
                                              and 0 <= int(sp[0]) <= int(sp[1]) <= len(text))]
            if bad:
                raise InputError("unsupported", str(oid), f"mention spans out of range: {bad[:3]}")
            places = resolve_spans(text, spans)
        else:
            places = find_places(text)
        return {"id": oid, "error": None, "places": places}
    except InputError as e:
        return {"id": oid, "error": e.to_dict(), "places": []}
    except (TypeError, ValueError) as e:
        err = InputError("unsupported", str(oid), str(e))
        return {"id": oid, "error": err.to_dict(), "places": []}
