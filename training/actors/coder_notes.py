"""The session-8 coder-note batches (coder8, coder8b, coder8c), read from each batch's notes.txt:
one parser and one writer for the three. Line format and conventions: coder8/make.py's docstring."""
from __future__ import annotations

import json
import sys
import zlib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "evaluation" / "coder"))
from make import BY_ISO, TYPES, actor  # noqa: E402  (the coder set's shorthands, one definition)


MORE = {"UCM": "Unidentified Communal Militia ({})", "UCL": "Unidentified Clan Militia ({})",
        "PSF": "Private Security Forces ({})"}


def more_actor(token: str, cc: str, day: str) -> str | None:
    """The coder set's shorthands, and those the session-9 batch added: MUT a country's military in
    mutiny, UCM / UCL / PSF its unnamed communal militia, clan militia and private security guards
    (coder9/notes.txt states the conventions). Earlier batches do not use them: their output is unchanged."""
    kind, _, other = token.strip().partition(":")
    if kind == "MUT" and (not other or other in BY_ISO):
        return "Mutiny of " + actor("MF" + (":" + other if other else ""), cc, day)
    if kind in MORE and (not other or other in BY_ISO):
        return MORE[kind].format(BY_ISO[other or cc])
    return actor(token, cc, day)


def split_of(cc: str) -> str:
    return "valid" if zlib.crc32(cc.encode()) % 4 == 0 else "train"


def build(here: Path, prefix: str) -> list[dict]:
    out, seen, bad = [], set(), 0
    for lineno, line in enumerate((here / "notes.txt").read_text(encoding="utf-8").splitlines(), 1):
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
        out.append({"id": f"{prefix}-{len(out) + 1:03d}", "text": text, "country": BY_ISO[cc], "iso": cc,
                    "sub_event_type": TYPES[t], "actor1": more_actor(a1, cc, start), "actor2": more_actor(a2, cc, start),
                    "start": start, "end": end, "precision": int(prec), "report_date": report,
                    "split": split_of(cc)})
    if bad:
        sys.exit(f"{bad} bad lines")
    return out


def main(here: Path, prefix: str) -> None:
    rows = build(here, prefix)
    (here / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(f"{len(rows)} notes, {len({r['iso'] for r in rows})} countries, split {dict(Counter(r['split'] for r in rows))}")
    print("types:", dict(Counter(r["sub_event_type"] for r in rows)))
    print("valid countries:", sorted({r["iso"] for r in rows if r["split"] == "valid"}))



def main_salted(here: Path, prefix: str) -> None:
    """The batches from coder14 on: a country split salted with the batch's prefix
    (crc32(iso + "-" + prefix) % 4 == 0 is validation), and the fields the coder bench reads."""
    from make import date_form  # evaluation/coder/make.py, on the path above
    rows = build(here, prefix)
    for r in rows:
        r["event_date"] = r["start"]
        r["date_form"] = date_form(r["text"])
        r["scenario"] = r["sub_event_type"]
        r["split"] = "valid" if zlib.crc32((r["iso"] + "-" + prefix).encode()) % 4 == 0 else "train"
    (here / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(f"{len(rows)} notes, {len({r['iso'] for r in rows})} countries, split {dict(Counter(r['split'] for r in rows))}")
    print("types:", dict(Counter(r["sub_event_type"] for r in rows)))
    print("valid countries:", sorted({r["iso"] for r in rows if r["split"] == "valid"}))
