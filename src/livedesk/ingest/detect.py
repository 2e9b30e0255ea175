"""Which reader a source needs, judged by its content first and its name or type second."""
from __future__ import annotations

import json
import re

_EXT = {".txt": "text", ".md": "text", ".text": "text", ".html": "html", ".htm": "html",
        ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".jsonl": "jsonl",
        ".ndjson": "jsonl", ".json": "json"}
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_]{1,20}:)?(rss|feed|rdf)\b", re.I)
_HTML_TAG = re.compile(rb"<(?:!doctype\s{1,5}html|html|head|body|div|p|article|section|h[1-6]|table|span|meta|title)\b", re.I)


def sniff(data: bytes, name: str = "", content_type: str | None = None) -> str:
    """'text' | 'html' | 'feed' | 'json' (one document: maybe a JSON Feed) | 'jsonl'."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf \t\r\n")
    ct = (content_type or "").split(";")[0].strip().lower()
    ext = name[name.rfind("."):].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if head[:1] in (b"{", b"["):
        return _json_kind(data, ext, ct)
    if head[:1] == b"<":
        if _FEED_ROOT.search(head[:2048]) and not re.search(rb"<html\b", head[:2048], re.I):
            return "feed"
        if _HTML_TAG.search(head):
            return "html"
        if head.startswith(b"<?xml"):
            return "feed"          # other XML: the feed reader says why it is not a feed
        return "html"
    if ct in ("text/html", "application/xhtml+xml"):
        return "html" if _HTML_TAG.search(head) else "text"
    if ct.endswith(("rss+xml", "atom+xml")) or ct in ("application/xml", "text/xml"):
        return "feed"
    if ct == "application/feed+json":
        return "json"
    kind = _EXT.get(ext, "text")
    return "text" if kind in ("json", "jsonl", "feed", "html") else kind   # content said: not markup or JSON


def _json_kind(data: bytes, ext: str, ct: str) -> str:
    """One JSON document, or many lines of them (a JSON Lines file of one line is both)."""
    if ext in (".jsonl", ".ndjson") or "jsonl" in ct or "ndjson" in ct:
        return "jsonl"
    try:
        json.loads(data)
        return "json"           # one document, however it is laid out (pretty-printed with
    except (ValueError, RecursionError):   # one-line objects inside, as exports are)
        pass
    lines = [ln for ln in data[:65536].split(b"\n") if ln.strip()]
    objects = sum(1 for ln in lines if ln.lstrip()[:1] == b"{" and ln.rstrip()[-1:] == b"}")
    if objects >= 2:          # two whole objects on their own lines: one document cannot look so
        return "jsonl"
    return "json"
