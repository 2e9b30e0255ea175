"""Live blogs that describe themselves: schema.org LiveBlogPosting in JSON-LD.

Many live pages carry every update, with its own time, in a `<script type="application/ld+json">`
block; where present it is cleaner than guessing updates from the markup.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from livedesk.model import Report

from .dates import parse_when
from .decode import clean, paragraphs

_MAX_SCRIPT = 5_000_000


def _walk(obj: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 20:
        return
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk(v, depth + 1)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v, depth + 1)


def _is(obj: dict, kind: str) -> bool:
    t = obj.get("@type")
    return t == kind or (isinstance(t, list) and kind in t)


def _str(v: Any) -> str | None:
    return " ".join(clean(v).split()) or None if isinstance(v, str) else None


def liveblog_updates(root, *, parent: str, outlet: str | None, url: str | None,
                     origin: str) -> list[Report]:
    """Reports for the liveBlogUpdate entries of the page's JSON-LD, or [] when it has fewer than 2."""
    reports: list[Report] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > _MAX_SCRIPT:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for blog in _walk(data):
            if not _is(blog, "LiveBlogPosting"):
                continue
            updates = blog.get("liveBlogUpdate") or []
            for u in updates if isinstance(updates, list) else [updates]:
                if not isinstance(u, dict):
                    continue
                body = u.get("articleBody") or u.get("text") or u.get("description")
                text = paragraphs(clean(body)) if isinstance(body, str) else ""
                if not text:
                    continue
                reports.append(Report(
                    text=text, title=_str(u.get("headline")),
                    published=parse_when(u.get("datePublished") or u.get("dateModified")),
                    outlet=outlet, url=_str(u.get("url")) or url, origin=origin, parent=parent,
                    fmt="liveblog"))
    return reports if len(reports) >= 2 else []
