"""JSON Lines of reports, one object a line, as docs/contract.md describes."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from livedesk.errors import InputError
from livedesk.model import Report

from .dates import parse_when
from .decode import clean, paragraphs


def _str(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, (str, int, float)) and not isinstance(v, bool):
        s = clean(str(v)).strip()
        return s or None
    return None


def report_from_obj(obj: object, where: str, origin: str | None = None) -> Report:
    """A Report from one contract object; `where` names it in errors (file:line), `origin` its file."""
    if not isinstance(obj, dict):
        raise InputError("bad_json", where, "a line must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no_text", where, f"id {obj.get('id')!r}" if obj.get("id") is not None
                         else "a JSON object with no 'text' field is not a report")
    text = paragraphs(clean(text))
    if not text:
        raise InputError("no_text", where, f"id {obj.get('id')!r}: text is blank")
    source = obj.get("source", obj.get("outlet"))
    if isinstance(source, dict):          # some exports nest {"name": ...}
        source = source.get("name")
    return Report(
        text=text, id=_str(obj.get("id")) or "", title=_str(obj.get("title")),
        published=parse_when(obj.get("published")), outlet=_str(source), url=_str(obj.get("url")),
        author=_str(obj.get("author")), origin=origin or where, fmt="jsonl",
    )


def iter_lines(lines: Iterable[str], origin: str) -> Iterator[Report | InputError]:
    """One Report or InputError per non-blank line; `where` is `origin:lineno`."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield InputError("bad_json", where, str(e)[:200])
            continue
        try:
            yield report_from_obj(obj, where, origin)
        except InputError as e:
            yield e
