"""Builds training/actors/coder19/notes.jsonl: session 13's final actors batch.

    python3 training/actors/coder19/make.py        (deterministic; checks every line)

Written by hand at the end of session 13 (actors helper), in coder18's mix of shapes, and never run
by the actors helper: the lead measures it once, on the merged code. No ACLED or UCDP data was read.
Line format and date conventions: training/actors/coder8/make.py; conventions at the top of notes.txt.

Every country is in the actors lexicon, so no EXTRA table is needed.
Validation part: a country split of its own, crc32(iso + "-c19") % 4 == 0, stated before any run.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import main_salted  # noqa: E402  (one parser and writer for the batches)


if __name__ == "__main__":
    main_salted(HERE, "c19")
