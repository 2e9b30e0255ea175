"""Builds evaluation/coder/notes.jsonl from the hand-written notes in evaluation/coder/written/*.txt.

    python3 evaluation/coder/make.py        (deterministic; checks every line)
    python3 evaluation/coder/make.py blind9  (builds blind9/notes.jsonl from blind9/*.txt, a batch
                                              measured apart: see blind9/README.md)

An evaluation set of coder-style event notes (the one-to-three sentence descriptions conflict
coders write for each event of an ACLED-style dataset), written by the `coder` helper in its own
words, apart from training/events (whose files it did not read) and never shown to the typing
helper. Every note, its sub-event type, actors and date were written by hand here.

Each written line is six fields separated by ' | ':

    CC | TYPE | ACTOR1 | ACTOR2 | EVENT_DATE | TEXT

CC is the ISO code of the event's country. TYPE is a short code (TYPES below). Actor shorthands are
filled with the event's country the way src/livedesk/lexicons/actors.json names actors: MF / PF
are its military / police forces with the term of office on the event date ("Military Forces of
Nigeria (2015-2023)"; no term where the lexicon lists none), UAG / CIV / PRO / RIO the generic
"Unidentified Armed Group (X)", "Civilians (X)", "Protesters (X)", "Rioters (X)"; MF:RU, PF:XX,
CIV:XX name another country's; EM:Fulani is "Fulani Ethnic Militia (X)"; '-' is no actor; any other
text is the name as written. EVENT_DATE is the day a coder records: "Around 6 May" is 6 May; a
range ("between 3 and 5 June", "3-4 June") and a night ("on the night of 3 to 4 May") are
recorded on their first day. Lines starting with '#' set the scenario for the lines below.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LEX = json.loads((ROOT / "src" / "livedesk" / "lexicons" / "actors.json").read_text(encoding="utf-8"))

TYPES = {
    "AC": "Armed clash", "GRT": "Government regains territory", "NSO": "Non-state actor overtakes territory",
    "CW": "Chemical weapon", "AIR": "Air/drone strike", "SB": "Suicide bomb",
    "SH": "Shelling/artillery/missile attack", "IED": "Remote explosive/landmine/IED", "GR": "Grenade",
    "SV": "Sexual violence", "AT": "Attack", "AB": "Abduction/forced disappearance",
    "PP": "Peaceful protest", "PI": "Protest with intervention", "EF": "Excessive force against protesters",
    "VD": "Violent demonstration", "MV": "Mob violence",
    "AG": "Agreement", "AR": "Arrests", "CH": "Change to group/activity", "DW": "Disrupted weapons use",
    "HQ": "Headquarters or base established", "LP": "Looting/property destruction",
    "NV": "Non-violent transfer of territory", "OT": "Other",
}
DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}

BY_ISO: dict[str, str] = {}
for _name, (_iso, _dem) in LEX["countries"].items():
    BY_ISO.setdefault(_iso, _name)


def _the(country: str) -> str:
    return f"the {country}" if country in LEX.get("articled", ()) else country


def _term(country: str, day: str) -> str:
    terms = LEX.get("state_periods", {}).get(country)
    if not terms:
        return ""
    pick = next((t for t in terms if t[0] <= day and (t[1] is None or day < t[1])), None)
    if pick is None:
        pick = terms[0] if day < terms[0][0] else terms[-1]
    return f" ({pick[0][:4]}-{(pick[1] or '')[:4]})"


def actor(token: str, cc: str, day: str) -> str | None:
    token = token.strip()
    if token == "-":
        return None
    kind, _, other = token.partition(":")
    if kind in ("MF", "PF", "UAG", "CIV", "PRO", "RIO") and (not other or other in BY_ISO):
        country = BY_ISO[other or cc]
        if kind in ("MF", "PF"):
            return f"{'Military' if kind == 'MF' else 'Police'} Forces of {_the(country)}{_term(country, day)}"
        style = {"UAG": "Unidentified Armed Group", "CIV": "Civilians", "PRO": "Protesters", "RIO": "Rioters"}[kind]
        return f"{style} ({country})"
    if kind == "EM" and other:
        return f"{other} Ethnic Militia ({BY_ISO[cc]})"
    return token


DATE_FORMS = [   # the shape of the note's date, for the bench's breakdown (first that matches)
    ("between", re.compile(r"\b[Bb]etween \d|\(between\)|\b\d{1,2}\s*-\s*\d{1,2}\s+[A-Z][a-z]+|\b[A-Z][a-z]+ \d{1,2}\s*-\s*\d{1,2}\b")),
    ("night", re.compile(r"\bnight\b|\bovernight\b", re.I)),
    ("around", re.compile(r"\baround\b|\bas reported\b", re.I)),
    ("numeric", re.compile(r"\b\d{1,2}/\d{1,2}\b")),
    ("month-day", re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b")),
]


def date_form(text: str) -> str:
    return next((name for name, rx in DATE_FORMS if rx.search(text)), "on")


def build(folder: Path = HERE / "written") -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    bad = 0
    for path in sorted(folder.glob("*.txt")):
        scenario = path.stem
        n = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            if line.startswith("#"):
                scenario = line.lstrip("#").strip() or path.stem
                continue
            parts = [p.strip() for p in line.split(" | ", 5)]
            where = f"{path.name}:{lineno}"
            if len(parts) != 6:
                print(f"{where}: {len(parts)} fields", file=sys.stderr)
                bad += 1
                continue
            cc, t, a1, a2, day, text = parts
            try:
                date.fromisoformat(day)
            except ValueError:
                print(f"{where}: bad date {day!r}", file=sys.stderr)
                bad += 1
                continue
            if cc not in BY_ISO or t not in TYPES or text in seen:
                print(f"{where}: unknown country/type or repeated text ({cc}, {t})", file=sys.stderr)
                bad += 1
                continue
            seen.add(text)
            n += 1
            out.append({"id": f"{path.stem}-{n:03d}", "text": text, "country": BY_ISO[cc], "iso": cc,
                        "sub_event_type": TYPES[t], "actor1": actor(a1, cc, day), "actor2": actor(a2, cc, day),
                        "event_date": day, "date_form": date_form(text), "scenario": scenario})
    if bad:
        sys.exit(f"{bad} bad lines")
    return out


def main() -> None:
    # an optional sub-folder of evaluation/coder holding its own *.txt batch; its notes.jsonl goes there
    sub = HERE / sys.argv[1] if len(sys.argv) > 1 else None
    rows = build(sub) if sub else build()
    ((sub or HERE) / "notes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                      encoding="utf-8")
    from collections import Counter
    by_type = Counter(r["sub_event_type"] for r in rows)
    print(f"{len(rows)} notes, {len({r['country'] for r in rows})} countries")
    for t in TYPES.values():
        print(f"  {by_type[t]:4d} {t}")
    print("date forms:", dict(Counter(r["date_form"] for r in rows)))


if __name__ == "__main__":
    main()
