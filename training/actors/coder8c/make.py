"""Builds training/actors/coder8c/notes.jsonl: the third batch of session-8 coder-style notes.

    python3 training/actors/coder8c/make.py        (deterministic; checks every line)

Written by hand in session 8 at commit 9413108, after both earlier batches had been used to fix the
reader, and before the reader was run on these: a final blind check, not to be fixed from. No ACLED
or UCDP data was read. Each line of notes.txt:

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

import json
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "evaluation" / "coder"))
from make import BY_ISO, TYPES, actor  # noqa: E402  (the coder set's shorthands, one definition)


def split_of(cc: str) -> str:
    return "valid" if zlib.crc32(cc.encode()) % 4 == 0 else "train"


def build() -> list[dict]:
    out, seen, bad = [], set(), 0
    for lineno, line in enumerate((HERE / "notes.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ", 5)]
        try:
            cc, t, a1, a2, when, text = parts
            when, _, report = when.partition("@")
            span, _, prec = when.partition("~")
            start, _, end = span.partition("..")
            end = end or start
            d0, d1 = date.fromisoformat(start), date.fromisoformat(end)
            report = report or (d1 + timedelta(days=1)).isoformat()
            date.fromisoformat(report)
            assert d0 <= d1 and prec in "12345" and prec and cc in BY_ISO and t in TYPES and text not in seen
        except (ValueError, AssertionError) as e:
            print(f"notes.txt:{lineno}: bad line ({e})", file=sys.stderr)
            bad += 1
            continue
        seen.add(text)
        out.append({"id": f"c8c-{len(out) + 1:03d}", "text": text, "country": BY_ISO[cc], "iso": cc,
                    "sub_event_type": TYPES[t], "actor1": actor(a1, cc, start), "actor2": actor(a2, cc, start),
                    "start": start, "end": end, "precision": int(prec), "report_date": report,
                    "split": split_of(cc)})
    if bad:
        sys.exit(f"{bad} bad lines")
    return out


def main() -> None:
    rows = build()
    (HERE / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(f"{len(rows)} notes, {len({r['iso'] for r in rows})} countries, split {dict(Counter(r['split'] for r in rows))}")
    print("types:", dict(Counter(r["sub_event_type"] for r in rows)))
    print("valid countries:", sorted({r["iso"] for r in rows if r["split"] == "valid"}))


if __name__ == "__main__":
    main()
