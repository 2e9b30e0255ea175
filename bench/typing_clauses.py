"""Does typing coordinated clauses on their own find the second event a sentence tells, and at
what cost in events nobody told?

    .venv/bin/python bench/typing_clauses.py

Two sets, both typed through livedesk.read.classify.classify_all with clause typing on and off:
  - evaluation/events/two_events.jsonl: sentences we wrote that each tell two events of different
    kinds ("labels": the two types); counted: both types among the sentence's foreground events;
  - evaluation/events/holdout.jsonl: sentences that each tell one event or none; counted: items
    given more foreground events than they tell (one for an event, none for a negative), and
    items whose first event changes (clause typing must never change it).
A territory candidate matches either Battles territory type (the pipeline's actors pick which).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from livedesk.read import classify  # noqa: E402
from livedesk.read.typing_model import TYPES  # noqa: E402

EVAL = ROOT / "evaluation" / "events"


def kinds(cands) -> list[str]:
    return [c.type for c in cands if not c.background]


def has(types: list[str], want: str) -> bool:
    if want in (classify.REGAIN, classify.OVERTAKE):
        return classify.TERRITORY in types
    return want in types


def run(two, ho) -> dict:
    out = classify.classify_all([o["text"] for o in two])
    both = sum(all(has(kinds(c), w) for w in o["labels"]) for o, c in zip(two, out))
    second = sum(sum(has(kinds(c), w) for w in o["labels"]) for o, c in zip(two, out))
    hout = classify.classify_all([o["text"] for o in ho])
    over = sum(len(kinds(c)) > (1 if o["label"] in TYPES else 0) for o, c in zip(ho, hout))
    return {"both": both, "found": second, "over": over, "first": [kinds(c)[:1] for c in hout], "two": out}


def main() -> int:
    two = [json.loads(x) for x in (EVAL / "two_events.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ho = [json.loads(x) for x in (EVAL / "holdout.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    on = run(two, ho)
    real = classify._split
    classify._split = lambda doc: []        # no sentence splits: the sentence-level typer alone
    off = run(two, ho)
    classify._split = real
    for name, r in (("clauses off", off), ("clauses on", on)):
        print(f"{name:<12} two-event sentences with both types found {r['both']}/{len(two)} "
              f"(types found {r['found']}/{2 * len(two)}); holdout items given more events than told "
              f"{r['over']}/{len(ho)} ({r['over'] / len(ho):.1%})")
    changed = sum(a != b for a, b in zip(on["first"], off["first"]))
    print(f"holdout items whose first event changes with clauses: {changed}")
    for o, c in zip(two, on["two"]):
        got = kinds(c)
        if not all(has(got, w) for w in o["labels"]):
            print(f"  missed: {o['labels']} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
