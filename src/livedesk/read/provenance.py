"""What a report's metadata decides about its reading: which texts the English pipeline reads,
and a relay the text itself never names (a Telegram post forwarded from another channel).

A text in another language is stored and marked with its language, but not read: the English
models would find only noise in it (Cyrillic words taken for names, no event cues), and a desk
that shows invented events from a misread Russian post is worse than one that shows none.
"""
from __future__ import annotations

from livedesk.model import Claim, Reading, Report

READ_LANGUAGES = frozenset({"en"})


def readable(report: Report) -> bool:
    """Whether the pipeline can read the text: English, or of unknown language."""
    return report.lang is None or report.lang in READ_LANGUAGES


def unread(report: Report) -> Reading:
    """The reading of a text in a language the pipeline does not read: nothing found, no error."""
    return Reading(report_id=report.id)


def add_relay(report: Report, reading: Reading) -> Reading:
    """A forwarded post's relay joins every chain, just before the outlet (nearest the reader
    last), and the post's own voice is the relay's: the channel that forwarded it only passes on
    what the other one wrote."""
    relay = report.relay
    if not relay:
        return reading
    from livedesk.read.claims_sources import classify, lookup, side_of
    for c in reading.claims:
        if relay not in (c.claimant, *c.via):
            c.via.append(relay)
    known = lookup(relay)
    src = known or classify(relay, side_of(relay))
    for f in reading.events:
        if f.claims:
            continue
        reading.claims.append(Claim(claimant=relay, stance="asserts", start=f.start, end=f.end,
                                    text=report.text[f.start:f.end], claimant_kind=src.kind,
                                    alignment=src.alignment, canonical=known.name if known else relay))
        f.claims = [len(reading.claims) - 1]
    return reading
