"""Mention sets written as JSON (test fixtures, training/scenarios, an analyst's import) as Mentions.

A mention set is {"mentions": [{"id", "report_id", "outlet", "published", "text", "frame": {...},
"claims": [{"claimant", "via", "stance", "text"...}], "event": "<true event label>"}], "expect": {...}}.
Claims written by hand name only claimant, via and stance: kind, alignment and canonical name come
from the sources lexicon (livedesk.sources), as they would from attribution.
"""
from __future__ import annotations

from datetime import datetime

from livedesk.model import Claim, EventFrame, Mention
from livedesk.sources import classify, lookup, side_of

def claim_from_dict(d: dict) -> Claim:
    c = Claim.from_dict(d)
    src = classify(c.claimant, side_of(c.claimant))
    hit = lookup(c.claimant)
    c.claimant_kind = c.claimant_kind or src.kind
    c.alignment = c.alignment if "alignment" in d else src.alignment
    c.canonical = c.canonical or (hit.name if hit else None)
    c.via = [lookup(v).name if lookup(v) else v for v in c.via]
    return c


def mention_from_dict(d: dict) -> Mention:
    pub = d.get("published")
    return Mention(id=d["id"], report_id=d.get("report_id") or d["id"].split("#")[0],
                   frame=EventFrame.from_dict(d["frame"]),
                   claims=[claim_from_dict(c) for c in d.get("claims", [])],
                   outlet=d.get("outlet"), url=d.get("url"), text=d.get("text", ""),
                   published=datetime.fromisoformat(pub.replace("Z", "+00:00")) if pub else None)
