"""Builds training/actors/coder12/notes.jsonl: session 10c's blind batch of strategic-development notes.

    python3 training/actors/coder12/make.py        (deterministic; checks every line)

Written by hand in session 10c (third actors helper) at commit c464614, before the reader was run on
them and before any session-10c change: a blind measure of actor1/actor2 in strategic developments
(arrests, curfews and bans, agreements, looting and property destruction, bases established,
disrupted weapons use, non-violent transfers, changes to a group or its activity). Its errors are
never listed; bench/actors_dates_bench.py prints it as a figure only (`coder12only`). No ACLED or
UCDP data was read. Line format, date conventions and the split: training/actors/coder8/make.py;
the conventions are stated at the top of notes.txt and in training/actors/README.md ("Session 10c").
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build, main  # noqa: E402,F401  (one parser for the batches)

if __name__ == "__main__":
    main(HERE, "c12")
