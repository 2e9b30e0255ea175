"""Print counts of the event-typing data: per label, genre and country, for every *.jsonl here.
    python3 training/events/stats.py
Exits non-zero, naming file and line, when a line is not valid JSON or lacks a field."""
import glob
import json
import os
import signal
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ("text", "label", "country", "genre", "scenario")
LABELS = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
          "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
          "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
          "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
          "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
          "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
          "Other", "No event", "Background"}
GENRES = {"wire", "liveblog", "ministry", "monitor", "militant", "coder", "headline", "ngo", "telegram"}


def load():
    items, bad = [], 0
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                print(f"stats: {os.path.basename(path)}:{n}: not JSON ({e})", file=sys.stderr)
                bad += 1
                continue
            missing = [k for k in FIELDS if not o.get(k)]
            if missing:
                print(f"stats: {os.path.basename(path)}:{n}: missing {', '.join(missing)}", file=sys.stderr)
                bad += 1
                continue
            wrong = [k for k, ok in (("label", o["label"] in LABELS), ("genre", o["genre"] in GENRES),
                                     ("country", len(o["country"]) == 2 and o["country"].isupper())) if not ok]
            if wrong:
                print(f"stats: {os.path.basename(path)}:{n}: unknown {', '.join(wrong)}", file=sys.stderr)
                bad += 1
                continue
            o["_file"] = os.path.basename(path)
            items.append(o)
    return items, bad


def show(title, counter, width=40):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:<{width}} {v:>6}")


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    items, bad = load()
    files = Counter(o["_file"] for o in items)
    print(f"{len(items)} items in {len(files)} files; {len(set(o['text'] for o in items))} distinct texts; "
          f"{len(set(o['scenario'] for o in items))} scenarios; {len(set(o['country'] for o in items))} countries; "
          f"{len(set(o['genre'] for o in items))} genres")
    neg = sum(1 for o in items if o["label"] in ("No event", "Background"))
    print(f"hard negatives (No event + Background): {neg}")
    show("per file", files)
    show("per label (all)", Counter(o["label"] for o in items))
    show("per label (hand-written only)", Counter(o["label"] for o in items if o["_file"].startswith("written_")))
    show("per genre", Counter(o["genre"] for o in items))
    show("per country", Counter(o["country"] for o in items), 6)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
