"""The hand-written headline batches as data: each batch file's lines parse, its jsonl parts are the
file split by story topic (no story in both parts), and the stance bench can leave a blind batch
unread (--skip), so that a new batch is measured once, by the lead, before anyone reads it."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADLINES = ROOT / "training" / "attribution" / "headlines"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training" / "attribution"))


def _batches():
    return sorted(int(p.stem[5:]) for p in HEADLINES.glob("batch*.txt"))


@pytest.mark.parametrize("n", _batches())
def test_batch_file_and_its_parts_agree(n):
    from general import hand_headlines
    from general_slots import VALIDATION_TOPICS
    rows = hand_headlines(HEADLINES / f"batch{n}.txt")
    parts = {part: [json.loads(x) for x in (HEADLINES / f"batch{n}_{part}.jsonl").read_text(encoding="utf-8").splitlines()]
             for part in ("train", "validation")}
    assert sorted(r["text"] for r in rows) == sorted(r["text"] for p in parts.values() for r in p)
    for part, got in parts.items():
        assert all((r["set"].split("-")[1] in VALIDATION_TOPICS) == (part == "validation") for r in got)
    assert not {r["set"] for r in parts["train"]} & {r["set"] for r in parts["validation"]}


def test_batch15_is_in_coverage_mix():
    from general import hand_headlines
    labels = [r["label"] for r in hand_headlines(HEADLINES / "batch15.txt")]
    assert len(labels) >= 200
    share = {lab: labels.count(lab) / len(labels) for lab in ("for", "observing", "against")}
    assert 0.4 <= share["for"] <= 0.6 and 0.25 <= share["observing"] <= 0.4 and share["against"] < share["observing"]


def test_bench_skips_the_blind_batch():
    from bench.stance_headlines import load
    every = load("validation")
    kept = load("validation", "", "batch15")
    assert len(load("validation", "batch15")) > 0
    assert not any(r["id"].startswith("head15-") for r in kept)
    assert len(every) - len(kept) == len(load("validation", "batch15"))
    assert load("train", "batch14", "batch15") == load("train", "batch14")


def test_batch17_is_in_coverage_mix():
    # batch 17 was measured once (session 13) and is now read like the other batches
    from general import hand_headlines
    labels = [r["label"] for r in hand_headlines(HEADLINES / "batch17.txt")]
    assert len(labels) >= 200
    share = {lab: labels.count(lab) / len(labels) for lab in ("for", "observing", "against")}
    assert 0.4 <= share["for"] <= 0.6 and 0.25 <= share["observing"] <= 0.4 and share["against"] < share["observing"]


def test_story_tiebreak_commitment_against_exit_rumour():
    # bench-only story context: a commitment act in a story whose other lines speak of an exit
    from bench.stance_headline_story import tiebreak
    story = [("Bakery chain to shut its Leeds shops, staff fear", "observing"),
             ("Bakery chain signs ten-year lease on Leeds flagship", "for"),
             ("Bakery chain reports record Christmas sales", "for")]
    assert tiebreak(story) == ["observing", "against", "for"]
    # no exit told by the other lines: the commitment stays the page's news
    assert tiebreak([("Striker signs new contract", "for"), ("Club's shirt sales soar", "for")]) == ["for", "for"]
