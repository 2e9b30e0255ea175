"""Builds training/actors/coder18/notes.jsonl: session 13's actors blind batch.

    python3 training/actors/coder18/make.py        (deterministic; checks every line)

Written by hand in session 13 (actors helper) at commit 30f2d35, before the reader was run on them,
weighted to the kinds session 12 left open (surrenders, excessive force against protesters, crowds
called protesters in violent demonstrations, non-violent transfers, terse clash notes naming "the
army", notes with no place) and to countries coder15-17 did not use. No ACLED or UCDP data was read.
Line format and date conventions: training/actors/coder8/make.py; conventions at the top of notes.txt.

Every country is in the actors lexicon at 30f2d35, so no EXTRA table is needed.
Validation part: a country split of its own, crc32(iso + "-c18") % 4 == 0, read only as a figure;
the train part was measured once with main's code and then read for kinds (bench/results/actors.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import main_salted  # noqa: E402  (one parser and writer for the batches)


if __name__ == "__main__":
    main_salted(HERE, "c18")
