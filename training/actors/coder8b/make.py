"""Builds training/actors/coder8b/notes.jsonl: the second batch of session-8 coder-style notes.

    python3 training/actors/coder8b/make.py        (deterministic; checks every line)

Written by hand in session 8 after the first batch (training/actors/coder8) had been used to fix
the reader, and before the reader was run on these: a blind measure of the code at commit f45c768.
Other shapes than the first batch's: the source first, context after, joint operations, sub-units
and local force names, passives with the agent last, more Latin America, Europe and Asia. No
ACLED or UCDP data was read. Each line of notes.txt:

    CC | TYPE | ACTOR1 | ACTOR2 | START[..END]~PREC[@REPORT_DAY] | TEXT

CC, TYPE and the actor shorthands (MF, PF, UAG, CIV, PRO, RIO, MF:RU, EM:Fulani, '-') are those of
evaluation/coder/make.py. START..END is the event's first and last day, PREC its UCDP date
precision (1 the day, 2 within 2-6 days, 3 the week, 4 the month), with the conventions of
training/dates/make_gold.py ("around 6 May (as reported)" is 6 May, precision 2; "overnight" the
day before the report to the report's day; "last week" Monday to Sunday of the week before the
report's; a weekday the latest such day on or before the report's). REPORT_DAY is the day the
report was published; where absent, the day after END.

Split by country, not by sentence: notes whose country's ISO code has crc32 % 4 == 0 are the
validation part (`valid`), read only as a figure by bench/actors_dates_bench.py, never for errors;
the rest (`train`) may be read for kinds of error.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import build, main  # noqa: E402,F401  (one parser for the three batches)

if __name__ == "__main__":
    main(HERE, "c8b")
