"""Plain-text reports: optional `Key: value` header lines, a blank line, then the body.

What the command line says about a text (`ingest --source --published --url`) comes in as
`given` and wins over the file's own header: the person running the command knows better than
a header someone else typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from livedesk.errors import InputError
from livedesk.model import Report

from .dates import parse_when
from .decode import paragraphs

# Header keys we understand -> Report field. Unknown keys end the header (it was prose).
_KEYS = {"title": "title", "headline": "title", "outlet": "outlet", "source": "outlet",
         "published": "published", "date": "published", "url": "url", "link": "url",
         "author": "author", "by": "author"}
_HEADER = re.compile(r"^([A-Za-z]{2,10}):[ \t]*(.*)$")


@dataclass(frozen=True)
class Given:
    """What the command line says about plain-text inputs; None leaves the file's own value."""
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.outlet, self.published, self.url))


def _header(text: str) -> tuple[dict[str, tuple[int, str]], str]:
    """Header fields with their 1-based line numbers, and the rest of the text."""
    lines = text.split("\n")
    fields: dict[str, tuple[int, str]] = {}
    for i, line in enumerate(lines[:20]):
        if not line.strip():
            return (fields, "\n".join(lines[i + 1:])) if fields else ({}, text)
        m = _HEADER.match(line.strip())
        if not m or m.group(1).lower() not in _KEYS:
            break
        fields[_KEYS[m.group(1).lower()]] = (i + 1, m.group(2).strip())
    if fields and len(fields) == len(lines):       # nothing but header lines, no body
        return fields, ""
    return {}, text


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Header fields and the rest, when the text opens with header lines and a blank line."""
    fields, body = _header(text)
    return {k: v for k, (_, v) in fields.items()}, body


def body_paragraphs(body: str) -> str:
    """Blank-line separated blocks are paragraphs (hard-wrapped lines are joined); else one a line."""
    if re.search(r"\n[ \t]*\n", body.strip()):
        blocks = re.split(r"\n[ \t]*\n", body)
        return paragraphs("\n".join(" ".join(b.split()) for b in blocks))
    return paragraphs(body)


def read_text(text: str, origin: str, given: Given | None = None) -> Report:
    """One report. Raises InputError for a header date that is not a date (naming its line) and
    for header lines with no body: either would otherwise be stored as something it is not."""
    given = given or Given()
    located, body = _header(text)
    fields = {k: v for k, (_, v) in located.items()}
    if located and not body.strip():
        raise InputError("no_text", origin, "only header lines, no report text after them")
    published = given.published
    if published is None and fields.get("published"):
        published = parse_when(fields["published"])
        if published is None:
            line, value = located["published"]
            raise InputError("bad_date", f"{origin}:{line}",
                             f"{value!r} is not a date (write e.g. 2016-05-11 or 2016-05-11T08:30+03:00)")
    body = body_paragraphs(body)
    title = fields.get("title") or None
    if title is None and not fields:
        first, _, rest = body.partition("\n")
        if rest.strip() and len(first) <= 300:      # a first line is a title only when a body follows
            title, body = first.lstrip("#").strip() or first, rest   # "# Title" in Markdown
    if not body:
        body = title or ""
    return Report(
        text=body, title=title, published=published,
        outlet=given.outlet or fields.get("outlet") or None, url=given.url or fields.get("url") or None,
        author=fields.get("author") or None, origin=origin, fmt="text",
    )
