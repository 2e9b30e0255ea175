"""Plain-text reports: optional `Key: value` header lines, a blank line, then the body."""
from __future__ import annotations

import re

from livedesk.model import Report

from .dates import parse_when
from .decode import paragraphs

# Header keys we understand -> Report field. Unknown keys end the header (it was prose).
_KEYS = {"title": "title", "headline": "title", "outlet": "outlet", "source": "outlet",
         "published": "published", "date": "published", "url": "url", "link": "url",
         "author": "author", "by": "author"}
_HEADER = re.compile(r"^([A-Za-z]{2,10}):[ \t]*(.*)$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Header fields and the rest, when the text opens with header lines and a blank line."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[:20]):
        if not line.strip():
            return (fields, "\n".join(lines[i + 1:])) if fields else ({}, text)
        m = _HEADER.match(line.strip())
        if not m or m.group(1).lower() not in _KEYS:
            break
        fields[_KEYS[m.group(1).lower()]] = m.group(2).strip()
    if fields and len(fields) == len(lines):       # nothing but header lines, no body
        return fields, ""
    return {}, text


def body_paragraphs(body: str) -> str:
    """Blank-line separated blocks are paragraphs (hard-wrapped lines are joined); else one a line."""
    if re.search(r"\n[ \t]*\n", body.strip()):
        blocks = re.split(r"\n[ \t]*\n", body)
        return paragraphs("\n".join(" ".join(b.split()) for b in blocks))
    return paragraphs(body)


def read_text(text: str, origin: str) -> Report:
    fields, body = split_header(text)
    body = body_paragraphs(body)
    title = fields.get("title") or None
    if title is None and not fields:
        first, _, rest = body.partition("\n")
        if rest.strip() and len(first) <= 300:      # a first line is a title only when a body follows
            title, body = first.lstrip("#").strip() or first, rest   # "# Title" in Markdown
    if not body:
        body = title or ""
    return Report(
        text=body, title=title, published=parse_when(fields.get("published")),
        outlet=fields.get("outlet") or None, url=fields.get("url") or None,
        author=fields.get("author") or None, origin=origin, fmt="text",
    )
