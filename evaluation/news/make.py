"""Builds evaluation/news/items.jsonl from the hand-written snippets in evaluation/news/written/*.txt.

    python3 evaluation/news/make.py        (deterministic; checks every line; prints counts)

An independent evaluation set of news snippets (one to three sentences of wire copy, local papers,
live blogs, broadcast transcripts, press releases, headline plus lede), written by the `newsset`
helper in its own words, without reading training/events or any dev set (see README.md).

Each written line is four fields separated by ' | ':

    CC | TYPE | GENRE | TEXT

CC is the ISO code of the event's country (for a non-conflict item, the country the news is
about), as src/livedesk/lexicons/actors.json lists it. TYPE is a short code (TYPES below): one of
ACLED's 25 sub-event types, NE ("no event": nothing of the conflict kind happened) or BG
("background": a conflict event is only mentioned: past, commemorated, hypothetical, denied,
blamed without a new event). GENRE is a short code (GENRES below). Lines starting with '#' set
the scenario for the lines below: "# kind-slug", where the kind (before the first '-') groups
the non-conflict items for the bench (crime, court, politics, statement, diplomacy, disaster,
sport, business, health, history, pledge, denial, hypothetical) and is "ev" for conflict items.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LEX = json.loads((ROOT / "src" / "livedesk" / "lexicons" / "actors.json").read_text(encoding="utf-8"))

def _coder_types() -> dict[str, str]:
    """The short codes of the 25 sub-event types, as the coder-note set writes them (one table)."""
    spec = importlib.util.spec_from_file_location("coder_make", ROOT / "evaluation" / "coder" / "make.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return dict(mod.TYPES)


TYPES = {**_coder_types(), "NE": "no event", "BG": "background"}
GENRES = {"W": "wire", "L": "local paper", "B": "live blog", "T": "broadcast transcript",
          "P": "press release", "H": "headline and lede"}

BY_ISO: dict[str, str] = {}
for _name, (_iso, _dem) in LEX["countries"].items():
    BY_ISO.setdefault(_iso, _name)


def written(folder: str = "written") -> Iterator[tuple[str, str, str, list[str]]]:
    """Every snippet line as (file stem, 'file:line', scenario, its fields split on ' | ')."""
    for path in sorted((HERE / folder).glob("*.txt")):
        scenario = path.stem
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = raw.strip()
            if text.startswith("#"):
                scenario = text.lstrip("#").strip() or path.stem
            elif text:
                yield path.stem, f"{path.name}:{lineno}", scenario, [p.strip() for p in text.split(" | ", 3)]


def problem(fields: list[str], seen: set[str]) -> str | None:
    if len(fields) != 4:
        return f"{len(fields)} fields"
    cc, t, g, text = fields
    if cc not in BY_ISO:
        return f"country {cc!r} not in actors.json"
    if t not in TYPES or g not in GENRES:
        return f"unknown type or genre ({t}, {g})"
    if len(text) < 30 or text in seen:
        return "short or repeated text"
    return None


def validation_country(iso: str) -> bool:
    """The validation part of a batch built with --batch: every item of about one country in four,
    picked by a fixed hash of the ISO code, so that no validation country has an item in the part
    whose errors are read (a split by country keeps scenarios and incidents whole as well)."""
    return zlib.crc32(iso.encode("ascii")) % 4 == 0


def build(folder: str = "written") -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    count: Counter = Counter()
    bad = [f"{where}: {why}" for stem, where, scenario, fields in written(folder)
           if (why := problem(fields, seen)) or seen.add(fields[3])]
    if bad:
        sys.exit("\n".join(bad) + f"\n{len(bad)} bad lines")
    prefix = "" if folder == "written" else f"{folder}-"
    for stem, _, scenario, (cc, t, g, text) in written(folder):
        count[stem] += 1
        label = TYPES[t]
        row = {"id": f"{prefix}{stem}-{count[stem]:03d}", "text": text, "label": label,
               "event": label not in ("no event", "background"),
               "country": BY_ISO[cc], "iso": cc, "genre": GENRES[g], "scenario": scenario,
               "kind": scenario.split("-", 1)[0]}
        if prefix:
            row["part"] = "validation" if validation_country(cc) else "train"
        out.append(row)
    return out


def main() -> None:
    # --batch NAME builds a separate batch, evaluation/news/NAME/*.txt -> evaluation/news/NAME.jsonl
    # (read with bench/news_bench.py --items evaluation/news/NAME.jsonl), each item with a "part".
    folder = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--batch" else "written"
    rows = build(folder)
    target = "items.jsonl" if folder == "written" else f"{folder}.jsonl"
    (HERE / target).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                      encoding="utf-8")
    ev = [r for r in rows if r["event"]]
    if folder != "written":
        print("validation part:", dict(Counter(r["part"] for r in rows)),
              sorted({r["iso"] for r in rows if r["part"] == "validation"}))
    print(f"{len(rows)} items ({len(ev)} events, {len(rows) - len(ev)} non-conflict), "
          f"{len({r['country'] for r in rows})} countries, {len({r['scenario'] for r in rows})} scenarios")
    by_type = Counter(r["label"] for r in rows)
    for t in TYPES.values():
        print(f"  {by_type[t]:4d} {t}")
    print("genres:", dict(Counter(r["genre"] for r in rows)))
    print("non-conflict kinds:", dict(Counter(r["kind"] for r in rows if not r["event"])))


if __name__ == "__main__":
    main()
