"""Builds training/actors/coder11/notes.jsonl: session 10's blind batch of coder-style notes.

    python3 training/actors/coder11/make.py        (deterministic; checks every line)

Written by hand in session 10 (second actors helper) at commit 397f340, before the reader was run on them and before any
session-10 change to the reader: a blind measure of the actors and dates stages, not to be fixed
from (its errors are never listed; bench/actors_dates_bench.py prints it as a figure only). No
ACLED or UCDP data was read. Shapes not written before: the victim first in the passive ("X were
attacked by Y"), the actor named only in a later sentence (claims, official blame), suspected /
alleged / believed perpetrators, joint forces ("the army and allied militia", foreign troops beside
the host's), state forces of ~60 countries over different terms of office, named rebels and militias
of Africa, Asia and Latin America the lexicon may lack, communal militias named by their people,
protesters and rioters by party, union or movement, and dates "on or around", "between 3 and 5
March", "overnight 31 Jan-1 Feb", "(as reported)", "during the week of", weekdays under a report day.
Line format, date conventions and the split: see training/actors/coder8/make.py; the conventions
are stated at the top of notes.txt.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build, main  # noqa: E402,F401  (one parser for the batches)

if __name__ == "__main__":
    main(HERE, "c11")
