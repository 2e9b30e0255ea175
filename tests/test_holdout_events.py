"""The event-typing holdout stays usable and stays apart from the training data.

evaluation/events/holdout.jsonl is for scoring only (its README): these checks fail when it loses
the coverage the bench's figures rely on, or when a training file starts to echo it, which would
make bench/typing_holdout_bench.py measure memory instead of reading.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from livedesk.read.typing_model import BACKGROUND, LABELS, NO_EVENT, TYPES

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "evaluation" / "events" / "holdout.jsonl"
TRAINING = ROOT / "training" / "events"
_WORD = re.compile(r"[a-z0-9']+")
RUN = 12        # words in a row: more than stock phrasing ("said in a statement on ...") shares


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _runs(text: str) -> set[tuple[str, ...]]:
    w = _WORD.findall(text.lower())
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def test_holdout_is_well_formed_and_covers_every_label():
    rows = _rows(HOLDOUT)
    for n, r in enumerate(rows, 1):
        assert set(r) == {"text", "label", "country", "genre", "scenario"}, n
        assert r["label"] in LABELS and r["text"].strip(), n
        assert len(r["country"]) == 2 and r["country"].isupper(), n
    per = Counter(r["label"] for r in rows)
    assert len(rows) >= 800
    assert min(per[t] for t in TYPES) >= 25
    assert per[NO_EVENT] + per[BACKGROUND] >= 150
    assert len({r["country"] for r in rows}) >= 40
    assert len({r["text"] for r in rows}) == len(rows)


def test_no_training_file_echoes_a_holdout_item():
    held = {}
    for r in _rows(HOLDOUT):
        for run in _runs(r["text"]):
            held[run] = r["text"]
    echoes = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        for n, r in enumerate(_rows(path), 1):
            hit = next((held[run] for run in _runs(r["text"]) if run in held), None)
            if hit:
                echoes.append(f"{path.name}:{n} echoes holdout item {hit[:60]!r}")
    assert not echoes, "\n".join(echoes[:20])
