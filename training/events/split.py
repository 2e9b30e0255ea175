"""A suggested validation split for the event-typing data: whole scenarios and whole countries held out.

    python3 training/events/split.py          prints the sizes of both parts and the label counts of val

A scenario is in validation when a stable hash of its id falls in the held-out tenth; an item is also
in validation when its country is one of HOLDOUT_COUNTRIES, whatever its scenario. Nothing is split by
sentence, so no template family or hand-written incident group is on both sides (except that a
held-out country's items of a training family are in validation: they test a new country, not a new
template). Import `part(item)` to use the same split from a training script.
"""
import hashlib
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import load  # noqa: E402

# One country per region, chosen for spread, not for difficulty.
HOLDOUT_COUNTRIES = {"CM", "MM", "CO", "LB", "GE"}
VAL_SHARE = 10  # one scenario in ten


def part(item):
    if item["country"] in HOLDOUT_COUNTRIES:
        return "val"
    h = int(hashlib.sha1(item["scenario"].encode("utf-8")).hexdigest(), 16)
    return "val" if h % VAL_SHARE == 0 else "train"


def main():
    items, bad = load()
    parts = Counter(part(o) for o in items)
    print(f"train {parts['train']}  val {parts['val']}")
    for label, n in sorted(Counter(o["label"] for o in items if part(o) == "val").items(), key=lambda kv: -kv[1]):
        print(f"  {label:<40} {n:>5}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
