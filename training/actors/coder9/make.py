"""Builds training/actors/coder9/notes.jsonl: session 9's blind batch of coder-style notes.

    python3 training/actors/coder9/make.py        (deterministic; checks every line)

Written by hand in session 9 at commit 7f58f21, before the reader was run on them and before any
session-9 change to the reader: a blind measure of the actors and dates stages, not to be fixed
from (its errors are never listed; bench/actors_dates_bench.py prints it as a figure only). No
ACLED or UCDP data was read. Shapes not written before: terse ACLED-style notes, ethnic and
communal militias, party supporters as political militias, unidentified gunmen beside named
groups, police / gendarmes / prison guards / soldiers, private security, protesters against
rioters, regional governments' forces (Somaliland, Puntland, Jubaland, Kurdistan), foreign forces
abroad, mutinies and coups, and dates "between 3 and 5 May", "on or around", "during the week
of", "overnight 4-5 May", "(as reported)". Line format, date conventions and the split: see
training/actors/coder8/make.py; the shorthands and conventions this batch adds are stated at the
top of notes.txt.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build, main  # noqa: E402,F401  (one parser for the batches)

if __name__ == "__main__":
    main(HERE, "c9")
