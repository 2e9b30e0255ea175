"""Attribution: who says what, who relays whom, and with what stance. Placeholder."""
from __future__ import annotations

from livedesk.model import Claim, Report


def attribute(doc, text: str, report: Report | None = None) -> list[Claim]:
    """Every attributed statement in `text` (doc is the spaCy Doc over the same text)."""
    return []
