"""Ingest: files, bytes and URLs in, `Report`s out; bad input named as InputError, never a crash.

    read_sources(sources, settings=None) -> Iterator[Report | InputError]
    read_path(path, settings=None, errors=None) -> list[Report]
    read_bytes(data, origin, content_type=None, settings=None, errors=None) -> list[Report]

`fetch.fetch` fetches a URL safely; `watch.Watcher` polls feeds and hands on new items.
`given` (text.Given) is what the command line says about plain-text inputs (outlet, date, URL).
Every report leaves marked with its language (language.detect) where the text tells it.
"""
from __future__ import annotations

import json
import logging
import os
import re
import stat
import sys
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from livedesk.errors import InputError
from livedesk.model import Report
from livedesk.settings import Settings, get_settings

from .decode import decode
from .detect import sniff
from .feeds import is_json_feed, read_json_feed, read_rss
from .html import read_html
from .jsonl import iter_lines, report_from_obj
from .language import detect
from .liveblog import items_from_lines, split_items
from . import telegram
from .text import Given, read_text, split_header

__all__ = ["read_sources", "read_path", "read_bytes", "InputError"]
log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_-]{1,40})", re.I)


def read_bytes(data: bytes, origin: str, content_type: str | None = None, *,
               settings: Settings | None = None, errors: list[InputError] | None = None,
               given: Given | None = None) -> list[Report]:
    """Reports in `data`. Raises InputError when nothing could be read; errors about single lines
    of a JSON Lines input go to `errors` when given (the good lines are still returned)."""
    out = _read(data, origin, content_type, settings or get_settings(), given)
    reports = [r if r.lang else replace(r, lang=detect(r.text))
               for r in out if isinstance(r, Report)]
    errs = [e for e in out if isinstance(e, InputError)]
    if errors is not None:
        errors.extend(errs)
    if not reports and errs:
        raise errs[0]
    return reports


def _read(data: bytes, origin: str, content_type: str | None, settings: Settings,
          given: Given | None = None) -> list[Report | InputError]:
    if len(data) > settings.max_bytes:
        raise InputError("too_large", origin, f"{len(data)} bytes > {settings.max_bytes}")
    if not data.strip():
        raise InputError("empty", origin)
    url = origin if origin.startswith(("http://", "https://")) else None
    kind = sniff(data, origin if url is None else url.split("?")[0], content_type)
    if kind == "feed":
        decode(data, origin)      # refuses binary and empty input before feedparser sees it
        return list(read_rss(data, origin, url))
    charset = _charset(data, content_type)
    text = decode(data, origin, charset)
    if kind == "html":
        if telegram.is_preview(data):
            return list(telegram.read_preview(text, origin, url))
        return list(read_html(text, origin, url))
    if kind == "jsonl":
        return list(iter_lines(text.split("\n"), origin))
    if kind == "json":
        return _read_json(text, origin, url)
    return _read_plain(text, origin, given)


def _read_plain(text: str, origin: str, given: Given | None = None) -> list[Report]:
    report = read_text(text, origin, given)
    _, body = split_header(text)
    anchor = report.published
    parent = report.url or origin
    updates = split_items(items_from_lines(body), anchor=anchor, parent=parent, title=report.title,
                          outlet=report.outlet, url=report.url, origin=origin)
    return list(updates) if updates else [report]


def _read_json(text: str, origin: str, url: str | None) -> list[Report | InputError]:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as e:
        # Not one JSON document: perhaps JSON Lines after all (each line then says what is wrong).
        out = list(iter_lines(text.split("\n"), origin))
        if any(isinstance(r, Report) for r in out):
            return out
        raise InputError("bad_json", origin, str(e)[:200]) from None
    if is_json_feed(obj):
        return list(read_json_feed(obj, origin, url))
    if telegram.is_export(obj):
        return telegram.read_export(obj, origin)
    objs = obj if isinstance(obj, list) else [obj]
    out: list[Report | InputError] = []
    for n, o in enumerate(objs, 1):
        where = f"{origin}:{n}" if isinstance(obj, list) else origin
        try:
            out.append(report_from_obj(o, where, origin))
        except InputError as e:
            out.append(e)
    if not out:
        raise InputError("empty", origin, "an empty JSON list")
    return out


def _charset(data: bytes, content_type: str | None) -> str | None:
    m = re.search(r"charset=[\"']?([A-Za-z0-9_-]{1,40})", content_type or "")
    if m:
        return m.group(1)
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_path(path: str | os.PathLike, settings: Settings | None = None, *,
              errors: list[InputError] | None = None, given: Given | None = None) -> list[Report]:
    """Reports in one file. Raises InputError naming the file."""
    settings = settings or get_settings()
    where = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("not_found", where) from None
    except (OSError, ValueError) as e:      # ValueError: a NUL byte in the path
        raise InputError("not_found", where, getattr(e, "strerror", None) or str(e)) from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError("unsupported", where, "not a regular file")
    if st.st_size > settings.max_bytes:
        raise InputError("too_large", where, f"{st.st_size} bytes > {settings.max_bytes}")
    try:
        with open(path, "rb") as f:
            data = f.read(settings.max_bytes + 1)   # the file may have grown since stat
    except OSError as e:
        raise InputError("not_found", where, e.strerror or str(e)) from None
    return read_bytes(data, where, settings=settings, errors=errors, given=given)


def _walk(root: Path, errors: list[InputError]) -> Iterator[Path]:
    """Files under a directory, sorted, hidden ones skipped, symlinked directories not followed;
    directories that cannot be listed go to `errors`."""
    def unlistable(e: OSError) -> None:
        errors.append(InputError("not_found", str(e.filename or root), e.strerror or str(e)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_sources(sources: Iterable[str], settings: Settings | None = None,
                 given: Given | None = None) -> Iterator[Report | InputError]:
    """Reports and named errors from files, directories (recursively), http(s) URLs, Telegram
    channels (t.me/NAME) and "-" (stdin JSON Lines). One bad source never stops the others."""
    settings = settings or get_settings()
    for src in sources:
        src = str(src)
        if src == "-":
            yield from _read_stdin(settings)
        elif telegram.preview_url(src):
            yield from _read_url(telegram.preview_url(src), settings)
        elif not os.path.exists(src) and telegram.not_a_channel(src):
            yield telegram.not_a_channel(src)
        elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]{1,15}://", src):
            yield from _read_url(src, settings)
        elif os.path.isdir(src):
            unlisted: list[InputError] = []
            found = False
            for p in _walk(Path(src), unlisted):
                found = True
                yield from _guarded(p, settings, given)
            yield from unlisted
            if not found and not unlisted:
                yield InputError("empty", src, "the folder holds no files (hidden ones are skipped)")
        else:
            yield from _guarded(Path(src), settings, given)


def _guarded(path: Path, settings: Settings, given: Given | None = None) -> Iterator[Report | InputError]:
    errors: list[InputError] = []
    try:
        reports = read_path(path, settings, errors=errors, given=given)
    except InputError as e:
        yield from errors or [e]      # a JSON Lines file with no good line: every line's error
        return
    except Exception as e:      # a reader bug must not end the batch; name the file and go on
        log.exception("reading %s failed", path)
        yield InputError("unsupported", str(path), f"internal error: {type(e).__name__}: {e}"[:200])
        return
    yield from reports
    yield from errors


def _read_url(url: str, settings: Settings) -> Iterator[Report | InputError]:
    from .fetch import fetch
    try:
        res = fetch(url, settings)
        errors: list[InputError] = []
        reports = read_bytes(res.content, res.url, res.content_type, settings=settings, errors=errors)
    except InputError as e:
        yield e
        return
    except Exception as e:
        log.exception("reading %s failed", url)
        yield InputError("fetch_failed", url, f"{type(e).__name__}: {e}"[:200])
        return
    yield from reports
    yield from errors


def _read_stdin(settings: Settings) -> Iterator[Report | InputError]:
    stream = sys.stdin.buffer
    n = 0
    while True:
        line = stream.readline(settings.max_bytes + 1)
        if not line:
            if n == 0:
                yield InputError("empty", "-", "nothing on standard input")
            return
        n += 1
        where = f"-:{n}"
        if len(line) > settings.max_bytes:
            yield InputError("too_large", where)
            while line and not line.endswith(b"\n"):      # skip the rest of the long line
                line = stream.readline(settings.max_bytes + 1)
            continue
        text = line.decode("utf-8", errors="replace")
        for r in iter_lines([text], "-"):
            if isinstance(r, InputError):
                yield InputError(r.code, where, r.detail)
            else:
                yield r if r.lang else replace(r, lang=detect(r.text))
