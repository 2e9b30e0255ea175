"""RSS, Atom (feedparser) and JSON Feed (by hand): one Report per item, with a stable id."""
from __future__ import annotations

import hashlib
import io
import json

import lxml.etree

from livedesk.errors import InputError
from livedesk.model import Report

from .dates import parse_when
from .decode import clean, paragraphs
from .html import html_to_text

_MAX_ITEMS = 10_000


def item_id(feed_key: str, guid: str | None, link: str | None, title: str | None,
            published: object, text: str) -> str:
    """A stable id: the guid, else the link, else title + time + text, scoped to the feed."""
    key = guid or link or f"{title}\x1f{published}\x1f{text}"
    return "r-" + hashlib.sha256(f"{feed_key}\x1e{key}".encode("utf-8", "replace")).hexdigest()[:16]


def _s(v: object) -> str | None:
    if isinstance(v, str):
        v = " ".join(clean(v).split())
        return v or None
    return None


def _screen(data: bytes, origin: str) -> bytes:
    """Defuse a feed before feedparser sees it. An internal DTD subset (entity definitions: billion
    laughs, external entities) is cut out, since no real feed needs one and expat spends seconds on
    the expansion before refusing it. Nesting deeper than libxml2's 256 levels is refused: feedparser
    stays linear on it but several times slower than on a real feed of the same size."""
    start = data.find(b"<!DOCTYPE", 0, 4096)
    if start < 0:
        start = data.find(b"<!doctype", 0, 4096)
    if start >= 0:
        bracket, close = data.find(b"[", start), data.find(b">", start)
        if 0 <= bracket < close or (bracket >= 0 and close < 0):
            end = data.find(b"]>", bracket)
            data = data[:start] + (data[end + 2:] if end >= 0 else b"")
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as e:
        if "depth" in str(e).lower():
            raise InputError("bad_feed", origin, "markup nested deeper than 256 levels") from None
    except (ValueError, lxml.etree.LxmlError):
        pass                  # not well-formed XML: feedparser's loose parser decides
    return data


def _broken_markup(parsed) -> bool:
    """The XML itself is broken (cut short, a tag left open, an unknown entity): feedparser's
    lenient parser went on, and items after the break may be lost or cut. Its other 'bozo'
    reasons (a declared encoding it overrode, a text/plain content type) lose nothing."""
    import xml.sax
    return bool(parsed.get("bozo")) and isinstance(parsed.get("bozo_exception"), xml.sax.SAXParseException)


def read_rss(data: bytes, origin: str, url: str | None = None) -> list[Report | InputError]:
    import feedparser
    data = _screen(data, origin)
    # A stream, never a string: feedparser treats a string as a URL or a file name to open.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as e:   # feedparser's own bugs on hostile bytes (e.g. &#xD800;): a bad feed, named
        raise InputError("bad_feed", origin, f"{type(e).__name__}: {e}"[:200]) from None
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise _malformed(parsed, origin)
        if not parsed.get("version"):
            raise InputError("bad_feed", origin, "XML, but not RSS, Atom or RDF: no channel, feed or item")
        raise InputError("empty", origin, "the feed has no items")
    feed = parsed.get("feed", {})
    outlet = _s(feed.get("title"))
    feed_key = url or _s(feed.get("link")) or outlet or origin
    reports = []
    for e in entries[:_MAX_ITEMS]:
        content = e.get("content") or []
        body = next((c.get("value") for c in content if c.get("value")), None) or e.get("summary") or ""
        text = html_to_text(clean(body)) if isinstance(body, str) else ""
        title = _s(e.get("title"))
        if not text:
            text = title or ""
        if not text:
            continue
        published = parse_when(e.get("published_parsed") or e.get("updated_parsed"))
        link = _s(e.get("link"))
        reports.append(Report(
            text=text, id=item_id(feed_key, _s(e.get("id")), link, title, published, text),
            title=title, published=published, outlet=outlet, url=link, origin=origin, fmt="feed",
            author=_s(e.get("author"))))
    if not reports:
        if parsed.get("bozo"):        # items cut short by broken markup: say so, not "empty"
            raise _malformed(parsed, origin)
        raise InputError("empty", origin, "no item of the feed holds text")
    if _broken_markup(parsed):
        # What could be read is kept, and the break is named: a feed cut short in transfer
        # looked complete before, with its last items silently missing.
        return [*reports, _malformed(parsed, origin, f"{len(reports)} item(s) before the break were read")]
    return reports


def _malformed(parsed, origin: str, read: str = "") -> InputError:
    exc = parsed.get("bozo_exception")
    line = getattr(exc, "getLineNumber", None)
    where = f"{origin}:{line()}" if callable(line) else origin
    detail = exc.getMessage() if hasattr(exc, "getMessage") else str(exc or "")
    detail = f"malformed XML: {detail}"[:200]
    return InputError("bad_feed", where, f"{detail}; {read}" if read else detail)


def read_json_feed(obj: dict, origin: str, url: str | None = None) -> list[Report]:
    items = obj.get("items")
    if not isinstance(items, list):
        raise InputError("bad_feed", origin, "a JSON Feed needs an 'items' list")
    outlet = _s(obj.get("title"))
    feed_key = url or _s(obj.get("feed_url")) or _s(obj.get("home_page_url")) or outlet or origin
    reports = []
    for it in items[:_MAX_ITEMS]:
        if not isinstance(it, dict):
            continue
        html = it.get("content_html")
        text = html_to_text(clean(html)) if isinstance(html, str) and html.strip() else ""
        plain = it.get("content_text") or it.get("summary")
        if not text and isinstance(plain, str):
            text = paragraphs(clean(plain))
        title = _s(it.get("title"))
        text = text or title or ""
        if not text:
            continue
        published = parse_when(it.get("date_published") or it.get("date_modified"))
        link = _s(it.get("url")) or _s(it.get("external_url"))
        authors = it.get("authors") or ([it["author"]] if isinstance(it.get("author"), dict) else [])
        author = next((_s(a.get("name")) for a in authors if isinstance(a, dict)), None)
        guid = it.get("id")
        reports.append(Report(
            text=text, id=item_id(feed_key, str(guid) if guid not in (None, "") else None, link, title,
                                  published, text),
            title=title, published=published, outlet=outlet, url=link, origin=origin, fmt="feed",
            author=author))
    if not reports:
        raise InputError("empty", origin, "no item of the feed holds text")
    return reports


def is_json_feed(obj: object) -> bool:
    return isinstance(obj, dict) and str(obj.get("version", "")).startswith("https://jsonfeed.org/")


def parse_json_feed_bytes(data: bytes, origin: str, url: str | None = None) -> list[Report]:
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError) as e:
        raise InputError("bad_feed", origin, str(e)[:200]) from None
    if not is_json_feed(obj):
        raise InputError("bad_feed", origin, "not a JSON Feed")
    return read_json_feed(obj, origin, url)
