"""HTML pages: trafilatura for the article and its metadata; live blogs split into updates."""
from __future__ import annotations

import logging
import re
from datetime import timedelta
from html import unescape as _unescape

import lxml.etree
import lxml.html

from livedesk.errors import InputError
from livedesk.model import Report

from .dates import parse_when
from .decode import paragraphs
from .jsonld import liveblog_updates
from .liveblog import Item, parse_marker, split_items, stamp_from_attr

log = logging.getLogger(__name__)

_BLOCK = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption div section "
                   "article header main ul ol table tr dl figure address".split())
_DROP = ("script", "style", "noscript", "template", "nav", "aside", "form", "footer", "iframe",
         "svg", "button", "select")
_MAX_ELEMENTS = 200_000   # beyond this a page is hostile or not an article: refuse the walk
# Page furniture that carries dates of its own (comments, related stories): not live-blog updates.
# Whole words of class/id names only: "live-commentary" is the blog itself, "comments" is not.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:comments?|related|sidebar|promo|recommended|share|sharing|social|newsletter|"
    r"most-?read|trending|teaser|advert|ad|sponsored|cookie|breadcrumbs?|more-stories)(?=$|[\s_-])", re.I)


def parse_tree(html: str):
    """An lxml tree of the page, or None. Never raises: malformed markup is the common case."""
    try:
        try:
            return lxml.html.document_fromstring(html)
        except ValueError:   # a str that declares its own encoding: hand lxml bytes instead
            return lxml.html.document_fromstring(html.encode("utf-8"))
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError, RecursionError):
        return None


def _strip(root) -> None:
    for bad in list(root.iter(*_DROP, lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        parent = bad.getparent()
        if parent is not None:
            bad.drop_tree()


def _strip_furniture(root) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}"[:300]
        if names.strip() and _FURNITURE.search(names) and el.getparent() is not None:
            el.drop_tree()


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), one paragraph a line."""
    if "<" not in fragment:
        return paragraphs(fragment)
    root = parse_tree(f"<html><body><div>{fragment}</div></body></html>")
    if root is None:
        return paragraphs(fragment)
    return _tree_text(root)


def _tree_text(root) -> str:
    _strip(root)
    for n, el in enumerate(root.iter()):
        if n > _MAX_ELEMENTS:
            break
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCK or el.tag == "br":
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    body = root.find("body")
    return paragraphs((body if body is not None else root).text_content())


def _items(root) -> list[Item]:
    """The page as a flat list of leaf blocks and <time> markers, in document order."""
    nonleaf: set = set()
    elements = []
    for n, el in enumerate(root.iter()):
        if n > _MAX_ELEMENTS:
            return []
        if not isinstance(el.tag, str):
            continue
        elements.append(el)
        if el.tag in _BLOCK:
            p = el.getparent()
            while p is not None and p not in nonleaf:   # each ancestor once: linear in page size
                nonleaf.add(p)
                p = p.getparent()
    items: list[Item] = []
    taken: set = set()
    for el in elements:
        if el.tag == "time" and el not in taken:
            stamp = stamp_from_attr(el.get("datetime", "")) or (parse_marker(_txt(el)) or (None,))[0]
            if stamp:
                items.append(Item("", "time", stamp))
            continue
        if el.tag not in _BLOCK or el in nonleaf:
            continue
        text = _txt(el)
        times = list(el.iter("time"))
        taken.update(times)
        stamp = None
        if times:
            stamp = stamp_from_attr(times[0].get("datetime", ""))
            shown = _txt(times[0])
            if stamp and text.startswith(shown):
                text = text[len(shown):].lstrip(" -\u2013\u2014:|")   # the stamp is not the news
        if stamp is None and len(el) and el[0].tag in ("strong", "b", "span", "em") and not (el.text or "").strip():
            lead = _txt(el[0])       # "<p><strong>10:05</strong> Troops entered ...</p>"
            hit = parse_marker(lead)
            if hit and not hit[1]:
                stamp, text = hit[0], text[len(lead):].lstrip(" -\u2013\u2014:|")
        hit = parse_marker(text) if text and stamp is None else None
        if hit:
            stamp = stamp or hit[0]
            text = hit[1]
        if text or stamp:
            items.append(Item(text, el.tag, stamp))
    # A <time> element followed by a block holding the same time is one marker, not two.
    merged: list[Item] = []
    for it in items:
        if merged and merged[-1].stamp is not None and not merged[-1].text and it.stamp is not None \
                and it.tag != "time" and merged[-1].tag == "time":
            merged[-1] = Item(it.text, it.tag, merged[-1].stamp)
            continue
        merged.append(it)
    return merged


def _txt(el) -> str:
    return " ".join(el.text_content().split())


def _metadata(html: str, url: str | None):
    import trafilatura
    return trafilatura.bare_extraction(
        html, url=url, favor_precision=True, include_comments=False, with_metadata=True,
        include_tables=False, deduplicate=False,
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True,
                                "extensive_search": False})


def read_html(html: str, origin: str, url: str | None = None) -> list[Report]:
    """One Report for an article page, one per update for a live blog; InputError('bad_html')."""
    root = parse_tree(html)
    if root is None:
        raise InputError("bad_html", origin, "the markup could not be parsed")
    try:
        doc = _metadata(html, url)
    except Exception as e:   # trafilatura's own failures on hostile markup: fall back to our walk
        if isinstance(e, MemoryError):
            raise
        log.info("trafilatura failed on %s: %s", origin, e)
        doc = None
    title = (doc.title if doc else None) or _head_title(root)
    published = _precise(root, parse_when(doc.date) if doc and doc.date else None)
    outlet = (doc.sitename if doc else None) or None
    page_url = (doc.url if doc else None) or url
    parent = page_url or origin
    described = liveblog_updates(root, parent=parent, outlet=outlet, url=page_url, origin=origin)
    if described:
        return described
    _strip(root)
    _strip_furniture(root)
    updates = split_items(_items(root), anchor=published, parent=parent, title=title,
                          outlet=outlet, url=page_url, origin=origin)
    if updates:
        return updates
    text = paragraphs(doc.text) if doc and doc.text else ""
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]          # trafilatura repeats the headline as line one
    if not text:
        text = _tree_text(root)
    if not text:
        text = strip_tags(html)       # libxml2 gave up (nesting deeper than 256): read the raw text
    if not text:
        raise InputError("bad_html", origin)
    return [Report(text=text, title=title, published=published, outlet=outlet, url=page_url,
                   origin=origin, fmt="html", author=(doc.author if doc else None) or None)]


_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publishdate", "dc.date.issued", "date")


def _precise(root, published):
    """The page time to the minute when the page states one: trafilatura often keeps only the day."""
    if published is not None and (published.hour, published.minute) != (0, 0):
        return published
    candidates = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            candidates.append(meta.get("content"))
    candidates += [t.get("datetime") for t in root.iter("time")][:1]
    for value in candidates:
        if not value or "T" not in value:
            continue
        when = parse_when(value)
        if when and (published is None or abs(when - published) < timedelta(hours=36)):
            return when
    return published


def strip_tags(html: str) -> str:
    """Text between tags, scripts and styles skipped; str.find keeps it linear on any input."""
    out, i, n = [], 0, len(html)
    low = html.lower()
    while i < n:
        j = html.find("<", i)
        if j < 0:
            out.append(html[i:])
            break
        out.append(html[i:j])
        for tag in ("script", "style"):
            if low.startswith(tag, j + 1):
                end = low.find(f"</{tag}", j)
                j = n if end < 0 else end
                break
        k = html.find(">", j)
        if k < 0:
            break
        out.append(" ")
        i = k + 1
    return paragraphs(_unescape("".join(out)).replace("\xa0", " "))


def _head_title(root) -> str | None:
    t = root.find(".//title")
    if t is None:
        return None
    s = " ".join((t.text_content() or "").split())
    return s or None
