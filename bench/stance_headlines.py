"""Headline stance (for / against / observing) on our own headline set (training/attribution/headlines/).

    PYTHONPATH=src .venv/bin/python bench/stance_headlines.py [--errors N] [--part validation|train|both]
        [--only batch14] [--skip batch15]

Each headline is read alone as a report's only line, as the desk reads a page title. Its label is
the stance of the claim covering it (asserts, confirms -> for; denies -> against; anything else ->
observing); a headline no claim covers is in the page's own voice (voice(): asserts -> for).
Prints accuracy, per-class P/R/F1, and coverage (the share given a claim of their own), per part;
also the same headlines' claimant accuracy where a gold claimant is named.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "attribution" / "headlines"
LABELS = ["for", "against", "observing"]
THREE = {"asserts": "for", "confirms": "for", "denies": "against"}


def load(part: str, only: str = "", skip: str = "") -> list[dict]:
    """Rows of the files whose name starts with `only`, less those whose name starts with `skip` (a
    blind batch kept unread until the lead measures it once: --skip batch15)."""
    rows = []
    for f in sorted(DATA.glob(f"{only}*_{part}.jsonl")):
        if skip and any(f.name.startswith(b + "_") for b in skip.split(",")):
            continue
        rows += [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows


def label_of(claims, text: str) -> tuple[str, object]:
    from livedesk.read.claims import voice
    if not claims:
        return THREE.get(voice([], 0, len(text))[0].stance, "observing"), None
    best = max(claims, key=lambda c: c.end - c.start)
    return THREE.get(best.stance, "observing"), best


def run(rows, nlp, errors: int) -> dict:
    from livedesk.model import Report
    from livedesk.read.claims import attribute
    from bench.attribution_bench import same                     # noqa: E402  (same matching as the attribution bench)
    conf = Counter()
    covered = claim_ok = claim_n = 0
    shown = 0
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64)):
        claims = attribute(doc, row["text"], Report(text=row["text"]))
        got, best = label_of(claims, row["text"])
        conf[(row["label"], got)] += 1
        covered += bool(claims)
        if row["claims"]:
            claim_n += 1
            claim_ok += bool(best and same(best.claimant, best.canonical, row["claims"][0]["claimant"]))
        if errors and shown < errors and got != row["label"]:
            shown += 1
            print(f"  [{row['label']} -> {got}] {row['text']}   ::  "
                  + "; ".join(f"{c.claimant} {c.stance}" for c in claims))
    return {"conf": conf, "n": len(rows), "covered": covered, "claim_ok": claim_ok, "claim_n": claim_n}


def report(name: str, r: dict) -> None:
    conf, n = r["conf"], r["n"]
    acc = sum(v for (a, b), v in conf.items() if a == b) / n if n else 0.0
    print(f"\n== {name}: {n} headlines ==")
    print(f"accuracy {acc:.3f}   given a claim of their own: {r['covered'] / n:.2f}   "
          f"claimant right where one is named: {r['claim_ok']}/{r['claim_n']}")
    for lab in LABELS:
        tp = conf[(lab, lab)]
        gold = sum(v for (a, _), v in conf.items() if a == lab)
        pred = sum(v for (_, b), v in conf.items() if b == lab)
        p, rc = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"  {lab:10} gold {gold:4d}  P {p:.3f}  R {rc:.3f}  F1 {f:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--part", choices=["validation", "train", "both", "pooled"], default="both",
                    help="pooled: both parts scored as one set (a blind batch measured whole)")
    ap.add_argument("--only", default="", help="only files whose name starts so (generated, handwritten)")
    ap.add_argument("--skip", default="", help="batches left unread, comma-separated (batch15: the blind batch)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    for part in (["validation", "train"] if args.part == "both" else [args.part]):
        rows = (load("validation", args.only, args.skip) + load("train", args.only, args.skip) if part == "pooled"
                else load(part, args.only, args.skip))
        if not rows:
            print(f"no {part} headlines under {DATA}", file=sys.stderr)
            return 1
        sets = len({r["set"] for r in rows})
        report(f"{part} ({sets} sets)", run(rows, nlp, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
