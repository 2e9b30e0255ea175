"""Builds training/actors/coder18/notes.jsonl: session 13's actors blind batch.

    python3 training/actors/coder18/make.py        (deterministic; checks every line)

Written by hand in session 13 (actors helper) at commit 30f2d35, before the reader was run
on them, in the mixed shapes of coder15 and coder16: long second-hand notes ("According to X, ..."),
doers named by their own side or a claim, the attacker as the object ("came under fire from X",
"were fired on by X"), mob violence between crowds and crowds attacking marchers, property with and
without a named owner (the round-3 convention at the top of notes.txt), foreign forces abroad,
strategic developments. No ACLED or UCDP data was read. Line format and date conventions:
training/actors/coder8/make.py; conventions at the top of notes.txt.

Every country is in the actors lexicon at 30f2d35, so no EXTRA table is needed.
Validation part: a country split of its own, crc32(iso + "-c18") % 4 == 0, never read item by item;
the actors helper does not run the reader on any part of it (the lead measures it once).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import main_salted  # noqa: E402  (one parser and writer for the batches)


if __name__ == "__main__":
    main_salted(HERE, "c18")
