"""Builds training/actors/coder14/notes.jsonl: session 11's second actors blind batch (actors3).

    python3 training/actors/coder14/make.py        (deterministic; checks every line)

Written by hand in session 11 (actors helper, actors3) at commit f20ccd6, before the reader was run
on them: long notes with background sentences, second-hand notes ("According to ..."), terse notes
and strategic developments, in countries that are none of the earlier batches' validation
countries (crc32(iso) % 4 == 0). No ACLED or UCDP data was read. Line format and date conventions:
training/actors/coder8/make.py; conventions at the top of notes.txt. This batch's own validation
part is crc32(iso + "-c14") % 4 == 0 (a country split of its own, since the shared split would
leave it none).
"""
from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build  # noqa: E402  (one parser for the batches)
from make import date_form  # noqa: E402  (evaluation/coder/make.py, put on the path by coder_notes)


def split_of(cc: str) -> str:
    return "valid" if zlib.crc32((cc + "-c14").encode()) % 4 == 0 else "train"


if __name__ == "__main__":
    rows = build(HERE, "c14")
    for r in rows:
        r["event_date"] = r["start"]
        r["date_form"] = date_form(r["text"])
        r["scenario"] = r["sub_event_type"]
        r["split"] = split_of(r["iso"])
    (HERE / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(f"{len(rows)} notes, {len({r['iso'] for r in rows})} countries, split {dict(Counter(r['split'] for r in rows))}")
    print("types:", dict(Counter(r["sub_event_type"] for r in rows)))
    print("valid countries:", sorted({r["iso"] for r in rows if r["split"] == "valid"}))
