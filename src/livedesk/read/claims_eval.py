"""Scoring attribution against hand-written expectations (gold.json's per-event claims).

A gold claim names its statement by a cue (a few words of it). The claim that speaks for the cue
is the one overlapping it most (the narrowest on a tie), or the page's own voice when none does:
exactly what a reader of the desk would be shown for those words. It is right when claimant,
relay chain (in order) and stance all agree; names are compared through the sources lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass

from livedesk.model import Claim, Report
from livedesk.read.claims import voice
from livedesk.read.claims_sources import same_source

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def locate(text: str, cue: str) -> tuple[int, int] | None:
    """Character span of `cue` in `text`, tolerant of curly quotes and small differences."""
    t, c = text.translate(_FOLD), cue.translate(_FOLD)
    i = t.find(c)
    if i >= 0:
        return i, i + len(c)
    from rapidfuzz import fuzz
    al = fuzz.partial_ratio_alignment(c, t, score_cutoff=80)
    return (al.dest_start, al.dest_end) if al else None


def speaking_for(claims: list[Claim], span: tuple[int, int], report: Report | None) -> Claim:
    s, e = span
    cands = voice(claims, s, e, report)
    return max(cands, key=lambda c: (min(e, c.end) - max(s, c.start), -(c.end - c.start)))


@dataclass
class Verdict:
    cue: str
    expected: dict
    got: Claim | None
    claimant_ok: bool
    via_ok: bool
    stance_ok: bool

    @property
    def ok(self) -> bool:
        return self.claimant_ok and self.via_ok and self.stance_ok


def judge(text: str, claims: list[Claim], gold: dict, report: Report | None) -> Verdict:
    span = locate(text, gold["cue"])
    if span is None:
        return Verdict(gold["cue"], gold, None, False, False, False)
    got = speaking_for(claims, span, report)
    want_via = gold.get("via", [])
    if gold.get("relays") and not same_source(got.claimant, gold["claimant"]):
        # the gold names whom its claimant relays ("Al-Masdar, according to ISIS"): written origin
        # first -- ISIS, via Al-Masdar -- it is the same statement
        want_via = [gold["claimant"], *want_via]
        gold = {**gold, "claimant": gold["relays"]}
    claimant_ok = same_source(got.claimant, gold["claimant"]) or (
        got.canonical is not None and same_source(got.canonical, gold["claimant"]))
    via_ok = len(got.via) == len(want_via) and all(same_source(a, b) for a, b in zip(got.via, want_via))
    return Verdict(gold["cue"], gold, got, claimant_ok, via_ok, got.stance == gold.get("stance", "asserts"))
