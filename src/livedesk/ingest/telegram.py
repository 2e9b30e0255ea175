"""Telegram channels: a Telegram Desktop export (result.json) and a channel's public web preview
(https://t.me/s/NAME). Each post is one Report: the channel is its outlet, "forwarded from" its
relay, the post's time its publication time, the links in its text kept, its language marked.

In ministries', armed groups' and monitors' channels the first word of an event is a post, and
many are not in English: those are kept and marked with their language, never dropped.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from livedesk.errors import InputError
from livedesk.model import Report

from .dates import parse_when
from .decode import clean, paragraphs
from .html import parse_tree
from .language import detect

# Telegram Desktop's export "type" of a chat whose posts we read as a channel's or a group's.
_CHAT_TYPES = frozenset({"public_channel", "private_channel", "public_supergroup", "private_supergroup",
                         "private_group", "channel", "supergroup"})
# Entity types whose text is a link itself (the others carry it in "href" or carry none).
_LINK_ENTITIES = frozenset({"link", "url"})
_PREVIEW_URL = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,31})/?$")
_TME = re.compile(r"^(?:www\.)?(?:t|telegram)\.me(?:/|$)", re.I)   # no scheme: else it is a URL
_MARK = b"tgme_widget_message"


def post_id(channel_key: str, post: str) -> str:
    """A stable report id for one post of one channel."""
    return "r-" + hashlib.sha256(f"telegram\x1e{channel_key}\x1e{post}".encode()).hexdigest()[:16]


def not_a_channel(source: str) -> InputError | None:
    """An error for 't.me/...' written without a channel name the preview could have (a typo
    or a private invite link), which would otherwise be looked for as a file and be 'not found'."""
    if preview_url(source) or not _TME.match(source.strip()):
        return None
    return InputError("unsupported", source, "not a public Telegram channel: write t.me/NAME with the"
                      " channel's username (letters, digits and underscores, 4 to 32 of them)")


def preview_url(source: str) -> str | None:
    """https://t.me/s/NAME for a channel named as t.me/NAME, t.me/s/NAME or telegram.me/NAME."""
    m = _PREVIEW_URL.match(source.strip())
    return f"https://t.me/s/{m.group(1)}" if m else None


# --- the export (result.json) -------------------------------------------------------------

def is_export(obj: object) -> bool:
    return (isinstance(obj, dict) and isinstance(obj.get("messages"), list)
            and (obj.get("type") in _CHAT_TYPES or ("name" in obj and "id" in obj)))


def _flatten(text: object) -> tuple[str, list[str]]:
    """An export's text (a string, or a list of strings and entity objects) -> (text, links)."""
    if isinstance(text, str):
        return text, []
    if not isinstance(text, list):
        return "", []
    parts: list[str] = []
    links: list[str] = []
    for piece in text:
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict):
            t = piece.get("text")
            t = t if isinstance(t, str) else ""
            parts.append(t)
            href = piece.get("href")
            if isinstance(href, str) and href.startswith(("http://", "https://")):
                links.append(href)
            elif piece.get("type") in _LINK_ENTITIES and t:
                links.append(t if "://" in t else f"https://{t}")
    return "".join(parts), links


def _export_time(msg: dict) -> datetime | None:
    """date_unixtime is UTC; date is the exporting computer's local time with no zone, so it is
    used (as UTC) only when the export is older than date_unixtime."""
    unix = msg.get("date_unixtime")
    if isinstance(unix, (str, int)) and str(unix).strip().isdigit():
        return datetime.fromtimestamp(int(str(unix).strip()), timezone.utc)
    return parse_when(msg.get("date"))


def read_export(obj: dict, origin: str) -> list[Report | InputError]:
    """Every post of an export with text; a message of the wrong shape is named, the rest read."""
    channel = obj.get("name") if isinstance(obj.get("name"), str) and obj.get("name").strip() else None
    chat_id = obj.get("id")
    is_channel = str(obj.get("type", "")).endswith("channel")
    key = f"id:{chat_id}" if chat_id is not None else f"name:{channel or origin}"
    out: list[Report | InputError] = []
    for n, msg in enumerate(obj["messages"], 1):
        if not isinstance(msg, dict):
            out.append(InputError("bad_json", f"{origin}: message {n}", "a message must be a JSON object"))
            continue
        if msg.get("type", "message") != "message":
            continue                  # service messages: channel created, title changed, pinned
        text, links = _flatten(msg.get("text_entities") if isinstance(msg.get("text_entities"), list)
                               and msg.get("text_entities") else msg.get("text"))
        text = paragraphs(clean(text))
        if not text:
            continue                  # a photo, a sticker or a poll alone: nothing to read
        mid = msg.get("id", n)
        published = _export_time(msg)
        if published is None:
            out.append(InputError("bad_date", f"{origin}: message {mid}",
                                  f"no usable date (date {msg.get('date')!r})"))
            continue
        forwarded = msg.get("forwarded_from")
        author = msg.get("author") if is_channel else msg.get("from")
        out.append(Report(
            text=text, id=post_id(key, str(mid)), published=published,
            outlet=channel or (msg.get("from") if is_channel else None),
            url=f"https://t.me/c/{chat_id}/{mid}" if is_channel and chat_id is not None else None,
            author=author if isinstance(author, str) and author != channel else None,
            origin=origin, fmt="telegram", lang=detect(text),
            relay=forwarded.strip() if isinstance(forwarded, str) and forwarded.strip() else None,
            links=tuple(dict.fromkeys(links))))
    if not out:
        raise InputError("empty", origin, "the Telegram export holds no post with text")
    return out


# --- the public web preview (t.me/s/NAME) ---------------------------------------------------

def is_preview(data: bytes) -> bool:
    return _MARK in data and b"data-post" in data


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _first(el, cls: str):
    found = el.xpath(f".//*[{_has_class(cls)}]")
    return found[0] if found else None


def _text_of(el) -> str:
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return paragraphs(clean(el.text_content()))


def _channel_name(root) -> str | None:
    title = _first(root, "tgme_channel_info_header_title")
    if title is not None and title.text_content().strip():
        return " ".join(title.text_content().split())
    for meta in root.xpath("//meta[@property='og:title']"):
        if (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def read_preview(html: str, origin: str, url: str | None = None) -> list[Report]:
    """The posts on a t.me/s/NAME page, oldest first as the page lists them."""
    root = parse_tree(html)
    if root is None:
        raise InputError("bad_html", origin, "the Telegram preview page could not be parsed")
    channel = _channel_name(root)
    reports: list[Report] = []
    for msg in root.xpath(f"//*[{_has_class('tgme_widget_message')}][@data-post]"):
        if "service_message" in (msg.get("class") or ""):
            continue
        post = msg.get("data-post", "")
        username = post.split("/", 1)[0]
        text_el = next((t for t in msg.xpath(f".//*[{_has_class('tgme_widget_message_text')}]")
                        if not t.xpath(f"ancestor::*[{_has_class('tgme_widget_message_reply')}]")), None)
        if text_el is None:
            continue                  # a photo or a video with no caption
        links = [a.get("href") for a in text_el.iter("a")
                 if (a.get("href") or "").startswith(("http://", "https://"))]
        text = _text_of(text_el)
        if not text:
            continue
        date_link = _first(msg, "tgme_widget_message_date")
        when = date_link.xpath(".//time/@datetime") if date_link is not None else []
        published = parse_when(when[0]) if when else None
        forwarded = _first(msg, "tgme_widget_message_forwarded_from_name")
        author = _first(msg, "tgme_widget_message_from_author")
        owner = _first(msg, "tgme_widget_message_owner_name")
        outlet = channel or (" ".join(owner.text_content().split()) if owner is not None else None) or username
        href = date_link.get("href") if date_link is not None else None
        reports.append(Report(
            text=text, id=post_id(f"name:{username.lower()}", post.split("/", 1)[-1]),
            published=published, outlet=outlet, url=href or f"https://t.me/{post}",
            author=" ".join(author.text_content().split()) if author is not None else None,
            origin=origin, fmt="telegram", lang=detect(text),
            relay=" ".join(forwarded.text_content().split()) if forwarded is not None else None,
            links=tuple(dict.fromkeys(links))))
    if not reports:
        raise InputError("empty", origin, "the Telegram preview page shows no post with text")
    return reports

