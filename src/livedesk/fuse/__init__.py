"""Fusion: mentions of one event across reports become one Event with a status. Placeholder."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from livedesk.model import Event, Mention


def fuse(mentions: list[Mention], must_link: Iterable[tuple[str, str]] = (),
         cannot_link: Iterable[tuple[str, str]] = (), now: datetime | None = None) -> list[Event]:
    return [Event(id="e-" + m.id, frame=m.frame, mention_ids=[m.id]) for m in mentions]
