"""How well does the event typer read text written apart from its training data?

    .venv/bin/python bench/typing_holdout_bench.py [--data evaluation/events/holdout.jsonl] [--model DIR]

Types every item of the evaluation-only holdout (evaluation/events/README.md) through the package's
public API, livedesk.read.classify.classify_all, and reads its answer the way the desk does:
the first candidate's type is the prediction; a background candidate is "Background"; no candidate
is "No event"; a territory candidate takes the model's own preference between the two Battles
types (the pipeline would ask the actors).

Prints: weighted F1 over the sub-event types (a missed or invented event counts against its type,
as in bench/extract_bench.py), accuracy over all 27 labels, per-class F1, the share of events given
no event, the share of non-events given an event, the 15 most frequent confusions, the same
headline figures per genre group, and on the items that share no 8-word run with the training
data as it stands now (so a later training file that happens to echo the holdout shows up here).

--model DIR scores a head built elsewhere (`livedesk train events --out DIR`) instead of the
shipped one, so a candidate can be compared without overwriting the package's model.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from livedesk.read import classify  # noqa: E402
from livedesk.read.typing_model import BACKGROUND, LABELS, NO_EVENT, TYPES  # noqa: E402
from livedesk.read.typing_model import model as typing_model  # noqa: E402
from livedesk.read.typing_model import train  # noqa: E402

HOLDOUT = ROOT / "evaluation" / "events" / "holdout.jsonl"
TRAINING = ROOT / "training" / "events"
RUN = 8                      # words in a row shared with training data that make an item "echoed"
_WORD = re.compile(r"[a-z0-9']+")


def read_items(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError as exc:
            print(f"typing_holdout_bench: {path}:{n}: not JSON ({exc})", file=sys.stderr)
            continue
        if o.get("label") not in LABELS or not o.get("text"):
            print(f"typing_holdout_bench: {path}:{n}: no text or unknown label {o.get('label')!r}", file=sys.stderr)
            continue
        items.append(o)
    return items


def predict(texts: list[str]) -> list[str]:
    out = []
    for cands in classify.classify_all(texts):
        if not cands:
            out.append(NO_EVENT)
        elif cands[0].background:
            out.append(BACKGROUND)
        elif cands[0].type == classify.TERRITORY:
            out.append(classify.REGAIN if cands[0].regain else classify.OVERTAKE)
        else:
            out.append(cands[0].type)
    return out


def f1_table(gold: list[str], pred: list[str], labels) -> dict[str, tuple[float, int]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, q in zip(gold, pred):
        if g == q:
            tp[g] += 1
        else:
            fp[q] += 1
            fn[g] += 1
    out = {}
    for lab in labels:
        pr = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rc = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        out[lab] = (2 * pr * rc / (pr + rc) if pr + rc else 0.0, tp[lab] + fn[lab])
    return out


def figures(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Weighted F1 over the sub-event types with the two negative labels as "no label" (so a
    background or no-event answer to an event is a miss, an event answer to a negative a false
    alarm); accuracy over the 27 labels; the two error shares."""
    g_ev = [g if g in TYPES else None for g in gold]
    p_ev = [p if p in TYPES else None for p in pred]
    wf1, _ = train.weighted_f1(g_ev, p_ev)     # the trainer's own scoring, so the figures compare
    n_ev = sum(1 for g in g_ev if g)
    n_neg = len(gold) - n_ev
    missed = sum(1 for g, q in zip(g_ev, p_ev) if g and not q)
    invented = sum(1 for g, q in zip(g_ev, p_ev) if not g and q)
    return {"n": len(gold), "weighted_f1": wf1, "accuracy": sum(g == q for g, q in zip(gold, pred)) / max(len(gold), 1),
            "events_no_event": missed / max(n_ev, 1), "nonevents_event": invented / max(n_neg, 1),
            "n_events": n_ev, "n_nonevents": n_neg}


def line(name: str, f: dict) -> str:
    return (f"{name:<28} n={f['n']:>4}  weighted F1 {f['weighted_f1']:.3f}  accuracy {f['accuracy']:.3f}  "
            f"events->no event {f['events_no_event']:.1%} ({f['n_events']})  "
            f"non-events->event {f['nonevents_event']:.1%} ({f['n_nonevents']})")


def training_runs(folder: Path) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for raw in path.open(encoding="utf-8"):
            try:
                w = _WORD.findall(json.loads(raw)["text"].lower())
            except (ValueError, KeyError, TypeError):
                continue
            runs.update(tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
    return runs


def echoed(text: str, runs: set) -> bool:
    w = _WORD.findall(text.lower())
    return any(tuple(w[i:i + RUN]) in runs for i in range(len(w) - RUN + 1))


GENRE_GROUPS = {"coder notes": {"coder"}, "headlines": {"headline"},
                "wire and long sentences": {"wire"},
                "live/ministry/monitor/militant/telegram/ngo": {"liveblog", "ministry", "monitor", "militant", "telegram", "ngo"}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=HOLDOUT)
    ap.add_argument("--model", type=Path, default=None, help="a head built with `livedesk train events --out DIR`")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"typing_holdout_bench: {args.data}: no such file", file=sys.stderr)
        return 1
    if args.model:
        # classify_all reads the head through its module's `load`; point that one name at DIR.
        head_dir = str(args.model)
        classify.load = lambda: typing_model.load(head_dir)
    try:
        head = classify.load()
    except Exception as exc:        # ModelMissing or a broken folder: say which and stop
        print(f"typing_holdout_bench: cannot load the event typer: {exc}", file=sys.stderr)
        return 1
    items = read_items(args.data)
    if not items:
        print(f"typing_holdout_bench: {args.data}: no usable items", file=sys.stderr)
        return 1
    meta = head.meta or {}
    print(f"holdout {args.data.relative_to(ROOT) if args.data.is_relative_to(ROOT) else args.data}: "
          f"{len(items)} items, {len({o['country'] for o in items})} countries")
    print(f"model: {args.model or 'shipped (src/livedesk/read/typing_model/model)'}; trained on {meta.get('rows')} rows, "
          f"data sha256 {str(meta.get('data_sha256'))[:12]}, threshold {head.threshold}, temperature {head.temperature}")
    t0 = time.perf_counter()
    gold = [o["label"] for o in items]
    pred = predict([o["text"] for o in items])
    secs = time.perf_counter() - t0

    print()
    print(line("ALL", figures(gold, pred)))
    for name, genres in GENRE_GROUPS.items():
        idx = [i for i, o in enumerate(items) if o["genre"] in genres]
        if idx:
            print(line(name, figures([gold[i] for i in idx], [pred[i] for i in idx])))
    runs = training_runs(TRAINING)
    fresh = [i for i, o in enumerate(items) if not echoed(o["text"], runs)]
    print(line(f"no {RUN}-word run in training", figures([gold[i] for i in fresh], [pred[i] for i in fresh])))
    print(f"({len(items) - len(fresh)} items share a {RUN}-word run with {TRAINING.relative_to(ROOT)}/*.jsonl today)")

    print("\nper-class F1 (27-way; n = gold items)")
    for lab, (f, n) in f1_table(gold, pred, LABELS).items():
        print(f"  {lab:<38} {f:.3f}  n={n}")

    print("\n15 most frequent confusions (gold -> predicted)")
    conf = Counter((g, q) for g, q in zip(gold, pred) if g != q)
    for (g, q), n in conf.most_common(15):
        print(f"  {n:>3}  {g} -> {q}")
    print(f"\n{len(items)} items typed in {secs:.1f} s ({len(items) / secs:.0f} a second, encoder load included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
