"""Coder-note bench: the reader over our own coder-style event notes (evaluation/coder/notes.jsonl).

    PYTHONPATH=src .venv/bin/python bench/coder_bench.py [--direct] [--errors] [--limit N] [--notes PATH]

The notes are the one-to-three sentence descriptions conflict coders write for each event of an
ACLED-style dataset ("Around 6 May 2020 (as reported), unidentified gunmen abducted ..."), written
for this bench in our own words, apart from training/events, with the sub-event type, actors and
date a coder records (see evaluation/coder/make.py). Issue 14 is judged blind on real notes of
this kind; this set measures the same things on notes nobody tuned the reader on.

Each note is read as a report through `livedesk extract` (the JSON Lines contract, as
bench/extract_bench.py does; --direct calls livedesk.read.read_many instead), published 0-2 days
after the event (a fixed draw per note). The note's main event is its first non-background frame
(the reader lists frames most salient first); the most confident one is scored on its own line.
The reader takes no country as input: the event's country is what it finds in the text.

Prints: sub-event weighted F1 and accuracy ("no event" is no label: a missed event counts against
its type, as in bench/extract_bench.py), per-class F1, the share of notes given no event, actor1
and actor2 right (exact names), date exact (date_start == the coder's date), and the same by
disorder type, event type and the shape of the note's date. --errors lists every miss.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
import zlib
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "evaluation" / "coder" / "notes.jsonl"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
from livedesk.read.actors import same_actor  # noqa: E402  (the scoring convention for actor names)

DISORDER = {   # ACLED's disorder types over its event types
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}


def load(limit: int | None = None, path: Path = NOTES) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows[:limit] if limit else rows


def published(note: dict) -> str:
    """The report's day: 0-2 days after the event, a fixed draw per note (coders write notes
    from reports of the same or the next days)."""
    lag = zlib.crc32(note["id"].encode()) % 3
    return (date.fromisoformat(note["event_date"]) + timedelta(days=lag)).isoformat() + "T12:00:00+00:00"


def read(notes: list[dict], direct: bool) -> tuple[list[dict], str]:
    import extract_bench as xb
    rows = [{"id": n["id"], "text": n["text"], "published": published(n)} for n in notes]
    outs = None if direct else xb.run_cli(rows)
    if outs is not None:
        return outs, "livedesk extract"
    return xb.run_direct(rows), "read_many (direct)"


def main_frame(out: dict, by: str = "first") -> dict | None:
    # a frame named only to be denied is no event the report tells (see docs/contract.md)
    ev = [e for e in out.get("events", []) if not e.get("background") and not e.get("denied")]
    if not ev:
        return None
    return ev[0] if by == "first" else max(ev, key=lambda e: e.get("confidence") or 0)


def weighted_f1(gold: list[str], pred: list[str | None]) -> tuple[float, dict[str, tuple[float, int]]]:
    """Weighted F1 over the gold types; no event is no label (a miss counts against its type),
    an event of another type counts against both."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, q in zip(gold, pred):
        if g == q:
            tp[g] += 1
            continue
        if q:
            fp[q] += 1
        fn[g] += 1
    w, per = 0.0, {}
    for lab in sorted(set(gold)):
        pr = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rc = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        per[lab] = (f, tp[lab] + fn[lab])
        w += f * (tp[lab] + fn[lab]) / len(gold)
    return w, per


def bare(name: str | None) -> str | None:
    """An actor's name without the country or term in brackets: tells a wrong actor from a right
    one named for the wrong country or term."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() if name else None


def actor_kind(note: dict) -> str:
    """What sort of name the coder recorded as actor1: where the actor stage's misses lie."""
    a = note["actor1"]
    if a is None:
        return "none recorded"
    if re.match(r"(Military|Police) Forces of ", a):
        return "state forces (Military/Police Forces of X)"
    if re.match(r"(Unidentified Armed Group|Protesters|Rioters|Civilians) \(|.+ Ethnic Militia \(", a):
        return "generic named by country (Unidentified Armed Group, Protesters, Rioters ...)"
    return "named group"


def score(notes: list[dict], frames: list[dict | None]) -> dict:
    n = len(notes)
    got = [f["sub_event_type"] if f else None for f in frames]
    gold = [x["sub_event_type"] for x in notes]
    w, per = weighted_f1(gold, got)
    # a known group's full name and its short name or alias are one actor ("ADF" = "ADF: Allied
    # Democratic Forces"), through the actor lexicon's names (actors.same_actor); "strict" is the
    # string-equal figure
    a1 = [bool(f) and same_actor(f.get("actor1"), x["actor1"]) for x, f in zip(notes, frames)]
    return {
        "n": n, "wf1": w, "per": per,
        "acc": sum(g == q for g, q in zip(gold, got)) / n,
        "none": sum(q is None for q in got) / n,
        "a1": sum(a1) / n,
        "a1_bare": sum(bool(f) and bare(f.get("actor1")) == bare(x["actor1"]) for x, f in zip(notes, frames)) / n,
        "a1_strict": sum(bool(f) and f.get("actor1") == x["actor1"] for x, f in zip(notes, frames)) / n,
        "a2": sum(bool(f) and same_actor(f.get("actor2"), x["actor2"]) for x, f in zip(notes, frames)) / n,
        "a2_strict": sum(bool(f) and f.get("actor2") == x["actor2"] for x, f in zip(notes, frames)) / n,
        "date": sum(bool(f) and f.get("date_start") == x["event_date"] for x, f in zip(notes, frames)) / n,
    }


def line(s: dict) -> str:
    return (f"weighted F1 {s['wf1']:.3f}, accuracy {s['acc']:.3f}, no event {s['none']:.1%}, "
            f"actor1 {s['a1']:.3f} (strict {s['a1_strict']:.3f}, name without country/term {s['a1_bare']:.3f}), "
            f"actor2 {s['a2']:.3f} (strict {s['a2_strict']:.3f}), "
            f"date exact {s['date']:.3f}")


def report(notes: list[dict], outs: list[dict]) -> None:
    by_id = {o["id"]: o for o in outs}
    frames = [main_frame(by_id.get(x["id"], {})) for x in notes]
    s = score(notes, frames)
    print(f"ALL ({s['n']} notes, {len({x['country'] for x in notes})} countries): {line(s)}")
    print("  targets (issue 14, blind real notes): weighted F1 >= 0.80, no event <= 5%, actor1 >= 0.70, date exact >= 0.90")
    conf = score(notes, [main_frame(by_id.get(x["id"], {}), "confident") for x in notes])
    print(f"  main event = most confident frame instead of first: weighted F1 {conf['wf1']:.3f}, accuracy {conf['acc']:.3f}")
    errs = sum(1 for o in outs if o.get("error"))
    print(f"  reports with a reading error: {errs}")
    print("per class (F1, n):")
    for lab, (f, k) in sorted(s["per"].items(), key=lambda kv: -kv[1][0]):
        print(f"  {f:.2f}  n={k:<3d} {lab}")
    for title, key in (("kind of gold actor1", actor_kind),
                       ("disorder type", lambda x: DISORDER[ACLED[x["sub_event_type"]]]),
                       ("event type", lambda x: ACLED[x["sub_event_type"]]),
                       ("date shape", lambda x: x.get("date_form", "on"))):
        print(f"by {title}:")
        groups: dict[str, list[int]] = defaultdict(list)
        for i, x in enumerate(notes):
            groups[key(x)].append(i)
        for g, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            sub = score([notes[i] for i in idx], [frames[i] for i in idx])
            print(f"  {g} ({len(idx)}): {line(sub)}")
    confusion = Counter((x["sub_event_type"], f["sub_event_type"] if f else "NO EVENT")
                        for x, f in zip(notes, frames) if not f or f["sub_event_type"] != x["sub_event_type"])
    print("most frequent type confusions (gold -> read):")
    for (g, q), k in confusion.most_common(15):
        print(f"  {k:3d}  {g} -> {q}")


def errors(notes: list[dict], outs: list[dict]) -> None:
    by_id = {o["id"]: o for o in outs}
    for x in notes:
        f = main_frame(by_id.get(x["id"], {}))
        got = (f["sub_event_type"], f.get("actor1"), f.get("actor2"), f.get("date_start")) if f else (None,) * 4
        want = (x["sub_event_type"], x["actor1"], x["actor2"], x["event_date"])
        if got != want:
            marks = "".join(c if a != b else "." for c, a, b in zip("TABD", got, want))
            print(f"{x['id']} [{marks}] {x['text']}\n   gold {' | '.join(map(str, want))}\n   got  {' | '.join(map(str, got))}")


ACLED: dict[str, str] = {}


def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--direct", action="store_true", help="call read_many, not `livedesk extract`")
    ap.add_argument("--errors", action="store_true", help="list every note whose main event differs")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--notes", type=Path, default=NOTES,
                    help="another notes.jsonl built by evaluation/coder/make.py (e.g. evaluation/coder/blind9/notes.jsonl)")
    args = ap.parse_args()
    from livedesk.model import ACLED_TYPES
    ACLED.update(ACLED_TYPES)
    notes = load(args.limit, args.notes)
    t0 = time.perf_counter()
    c0 = time.process_time() + _child_cpu()
    outs, via = read(notes, args.direct)
    cpu = time.process_time() + _child_cpu() - c0
    print(f"coder bench, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC: read {len(notes)} notes of {args.notes.relative_to(ROOT) if args.notes.is_relative_to(ROOT) else args.notes} via {via} "
          f"in {time.perf_counter() - t0:.1f} s wall, {cpu:.1f} s CPU (this process and the extract command)")
    report(notes, outs)
    if args.errors:
        errors(notes, outs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
