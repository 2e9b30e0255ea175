"""Builds training/actors/coder13/notes.jsonl: session 11's blind batch of coder notes.

    python3 training/actors/coder13/make.py        (deterministic; checks every line)

Written by hand in session 11 (actors helper) at commit 9ecce16, before the reader was run on them
and before any session-11 change: a blind measure of actor1/actor2 in the shapes the earlier batches
had fewest of (passives with the doer in a by-phrase, the doer named in a later sentence, two named
armed groups fighting, foreign state forces, police against soldiers of the same state, named
communal and pro-government militias, journalists / aid workers / prisoners acted on, strategic
developments). No ACLED or UCDP data was read. Line format, date conventions and the split:
training/actors/coder8/make.py; conventions at the top of notes.txt. Each row also carries
`event_date` (its first day) and `date_form` so that bench/coder_bench.py --notes reads it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build  # noqa: E402  (one parser for the batches)
from make import date_form  # noqa: E402  (evaluation/coder/make.py, put on the path by coder_notes)

if __name__ == "__main__":
    rows = build(HERE, "c13")
    for r in rows:
        r["event_date"] = r["start"]
        r["date_form"] = date_form(r["text"])
        r["scenario"] = r["sub_event_type"]
    (HERE / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(f"{len(rows)} notes, {len({r['iso'] for r in rows})} countries, split {dict(Counter(r['split'] for r in rows))}")
    print("types:", dict(Counter(r["sub_event_type"] for r in rows)))
