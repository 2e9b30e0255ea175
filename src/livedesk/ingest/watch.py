"""Feed watching: poll feeds (URLs or files), hand on only the items not seen before.

What was seen is kept per feed in a small JSON file under settings.home, written only after
`on_reports` has taken the new items, so a restart neither re-ingests nor loses anything.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from livedesk.errors import InputError
from livedesk.model import Report
from livedesk.settings import Settings, get_settings

from . import read_bytes, read_path
from .fetch import HostLimiter, fetch
from .telegram import not_a_channel, preview_url

log = logging.getLogger(__name__)
MAX_SEEN = 5000            # per feed: far more than any feed keeps, and the file stays small
MAX_BACKOFF = 3600.0


def report_key(r: Report) -> str:
    return r.id or r.fingerprint


def skip_message(feed: str, failures: int, next_try: float, now: float | None = None) -> str:
    """Why a feed is not polled now, and when it will be."""
    from datetime import datetime, timezone
    now = time.time() if now is None else now
    at = datetime.fromtimestamp(next_try, timezone.utc)
    return (f"{feed}: skipped: backing off after {failures} failed poll{'s' if failures != 1 else ''}; "
            f"next try at {at:%Y-%m-%d %H:%M:%S} UTC (in {max(0, round(next_try - now))} s)")


class Watcher:
    def __init__(self, feeds: Iterable[str], on_reports: Callable[[list[Report]], object] | None = None,
                 settings: Settings | None = None, *, state_path: str | os.PathLike | None = None,
                 limiter: HostLimiter | None = None):
        # A Telegram channel named as t.me/NAME is polled through its public preview page.
        self.feeds = list(dict.fromkeys(preview_url(str(f)) or str(f) for f in feeds))
        self.on_reports = on_reports
        self.settings = settings or get_settings()
        self.state_path = Path(state_path) if state_path else Path(self.settings.home) / "watch_state.json"
        self.limiter = limiter
        self.errors: list[InputError] = []      # the last poll's errors, for the caller to show
        # The last poll's feeds left alone because they are backing off after failures:
        # (feed, failures so far, epoch seconds of the next try).
        self.skipped: list[tuple[str, int, float]] = []
        self.state: dict[str, dict] = self._load()

    def _load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.state_path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            log.warning("watch state %s unreadable (%s); starting afresh", self.state_path, e)
            return {}

    def _save(self) -> None:
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.state_path.parent, prefix=".watch-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self.state, f)
        os.replace(tmp, self.state_path)      # atomic: a crash leaves the old state, never half a file

    def _read(self, feed: str, st: dict) -> tuple[list[Report], dict]:
        """The feed's reports and the state to keep once they are handed on (new validators)."""
        if feed.startswith(("http://", "https://")):
            res = fetch(feed, self.settings, st.get("etag"), st.get("last_modified"), limiter=self.limiter)
            if res.not_modified:
                return [], {}
            broken: list[InputError] = []
            reports = read_bytes(res.content, feed, res.content_type, settings=self.settings,
                                 errors=broken)
            self._partly_read(broken)
            if broken:     # no validators kept: the next poll fetches it whole, not "not modified"
                return reports, {}
            return reports, {"etag": res.etag, "last_modified": res.last_modified}
        if not os.path.exists(feed) and not_a_channel(feed):
            raise not_a_channel(feed)
        broken = []
        reports = read_path(feed, self.settings, errors=broken)
        self._partly_read(broken)
        return reports, {}

    def _partly_read(self, errors: list[InputError]) -> None:
        """A feed read in part (its XML broken after some items): the items are taken and the
        break is named, as an error of this poll."""
        for e in errors:
            self.errors.append(e)
            log.warning("%s", e)

    def poll_once(self) -> list[Report]:
        """Poll every feed due now; return (and hand to on_reports) the items not seen before."""
        self.errors = []
        self.skipped = []
        new: list[Report] = []
        pending: dict[str, list[str]] = {}
        validators: dict[str, dict] = {}
        now = time.time()
        for feed in self.feeds:
            st = self.state.setdefault(feed, {"seen": [], "failures": 0, "next_try": 0})
            if now < st.get("next_try", 0):
                self.skipped.append((feed, st.get("failures", 0), st["next_try"]))
                log.info("%s", skip_message(feed, st.get("failures", 0), st["next_try"], now))
                continue
            try:
                reports, validators[feed] = self._read(feed, st)
            except Exception as exc:   # InputError, or a surprise: neither may stop the other feeds
                e = exc if isinstance(exc, InputError) else InputError(
                    "unsupported", feed, f"internal error: {type(exc).__name__}: {exc}"[:200])
                st["failures"] = st.get("failures", 0) + 1
                st["next_try"] = now + min(30.0 * 2 ** st["failures"], MAX_BACKOFF)
                self.errors.append(e)
                log.warning("%s", e)
                continue
            st["failures"], st["next_try"] = 0, 0
            seen = set(st["seen"])
            fresh = []
            for r in reports:
                k = report_key(r)
                if k not in seen:
                    seen.add(k)
                    fresh.append(r)
                    pending.setdefault(feed, []).append(k)
            new.extend(fresh)
        if new and self.on_reports is not None:
            self.on_reports(new)   # if this raises, nothing is marked seen and no validator kept
        for feed, keys in pending.items():
            self.state[feed]["seen"] = (self.state[feed]["seen"] + keys)[-MAX_SEEN:]
        for feed, fresh_validators in validators.items():
            self.state[feed].update(fresh_validators)
        self._save()
        return new

    def run(self, stop_event: threading.Event | None = None) -> None:
        """Poll every settings.poll_interval seconds until stop_event is set."""
        stop = stop_event or threading.Event()
        while not stop.is_set():
            try:
                self.poll_once()
            except Exception:   # a failing consumer must not end the watch; it retries next round
                log.exception("poll failed")
            stop.wait(self.settings.poll_interval)
