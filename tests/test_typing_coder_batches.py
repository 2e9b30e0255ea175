"""The coder-note evaluation batches: evaluation/coder/make.py rebuilds each committed notes.jsonl
byte for byte from its written lines, every batch covers the 25 sub-event types (blind11: all but
chemical weapons, which it was not weighted to), and no item of the
event-typing training data repeats a note of any batch (they are measured, never trained on)."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODER = ROOT / "evaluation" / "coder"


def _make():
    spec = importlib.util.spec_from_file_location("coder_make", CODER / "make.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


@pytest.mark.parametrize("folder,built", [("written", CODER / "notes.jsonl"),
                                          ("blind9", CODER / "blind9" / "notes.jsonl"),
                                          ("blind10", CODER / "blind10" / "notes.jsonl"),
                                          ("blind11", CODER / "blind11" / "notes.jsonl"),
                                          ("blind14", CODER / "blind14" / "notes.jsonl"),
                                          ("blind15", CODER / "blind15" / "notes.jsonl")])
def test_batch_rebuilds_identically_and_covers_every_type(folder, built):
    make = _make()
    rows = make.build(CODER / folder)
    assert _dump(rows) == built.read_text(encoding="utf-8"), f"{built} is stale: run make.py"
    missing = set(make.TYPES.values()) - {r["sub_event_type"] for r in rows}
    assert missing == ({"Chemical weapon"} if folder == "blind11" else set())
    assert len({r["id"] for r in rows}) == len(rows)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def test_no_training_item_repeats_an_evaluation_note():
    notes = set()
    for path in (CODER / "notes.jsonl", *(CODER / b / "notes.jsonl" for b in ("blind9", "blind10", "blind11", "blind14", "blind15"))):
        notes |= {_key(json.loads(x)["text"]) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    clash = []
    for path in sorted((ROOT / "training" / "events").glob("**/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and _key(json.loads(line)["text"]) in notes:
                clash.append(f"{path.name}:{n}")
    assert not clash, clash
