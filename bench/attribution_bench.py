"""Attribution and stance on our own attributed statements (training/attribution/).

    PYTHONPATH=src .venv/bin/python bench/attribution_bench.py [--errors N]

Prints, for the validation part (wars held out whole) and for the training part (reference):
attribution precision / recall / F1 per shape, strict (claimant, relay chain in order, and the
claim's span overlapping the gold content) and by claimant alone (claimant + overlap); then stance
accuracy and per-class F1 over all gold statements (a statement no claim covers counts as 'none').
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "attribution"
STANCES = ["asserts", "denies", "confirms", "unconfirmed", "uncertain"]


def load(part: str, only: str = "", skip: str = "") -> list[dict]:
    rows = []
    # several prefixes, comma-separated ("stories13,stories14"): the batches pooled as one set;
    # each file once even where two prefixes match it
    files = sorted({f for o in only.split(",") for f in DATA.glob(f"{o}*_{part}.jsonl")})
    # --skip: files whose name starts so are left out (a blind batch nobody may run before its once run)
    files = [f for f in files if not any(x and f.name.startswith(x + "_") for x in skip.split(","))]
    for f in files:
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    print(f"{f}:{i}: bad JSON line: {exc}", file=sys.stderr)
    return rows


def _norm(name: str) -> str:
    from livedesk.read.claims_sources import fold
    return re.sub(r"^(a|an|the|two|some|his|her|their|its|our) ", "", fold(name))


# a title before a name (the reader keeps it as the description: 'Judge Harriet Cole' -> 'Harriet Cole');
# the same titles as livedesk.read.claims_speaker._TITLES, plus 'professor'
_TITLES = {"dr", "mr", "mrs", "ms", "president", "governor", "general", "colonel", "sheikh", "minister", "prof",
           "professor", "mayor", "gen", "lt", "major", "captain", "capt", "senator", "sen", "commander",
           "brigadier", "judge"}
_QUALIFIERS = ("who", "which", "in", "at", "with", "from", "working", "quoted", "speaking", "of")


def same(pred: str, canonical: str | None, gold: str) -> bool:
    """Same claimant: same words (articles aside), same listed source, or the gold's head before
    a qualifier ('woman' for 'woman who fled to Chad')."""
    from livedesk.read.claims_sources import lookup
    if _norm(pred) == _norm(gold) or (canonical and _norm(canonical) == _norm(gold)):
        return True
    p, g = _norm(pred).split(), _norm(gold).split()
    if p and g and (p == g[1:] or g == p[1:]) and max(p, g, key=len)[0] in _TITLES:
        return True
    if p and len(g) > len(p) and g[:len(p)] == p and g[len(p)] in _QUALIFIERS:
        return True
    hp, hg = lookup(pred), lookup(gold)
    return bool(hp and hg and hp.name == hg.name and _norm(gold) not in ("", ))


def span_of(text: str, content: str, after: int = 0) -> tuple[int, int]:
    """Where the gold content is: its first occurrence after the previous statement's."""
    i = text.find(content, after)
    if i < 0:
        i = text.find(content)
    return (i, i + len(content)) if i >= 0 else (0, len(text))


def score(rows: list[dict], nlp, errors: int = 0):
    from livedesk.read.claims import attribute
    per = defaultdict(Counter)
    gold_st, pred_st = [], []
    heads = []                                   # (gold, predicted) stance of headline statements
    shown = 0
    docs = list(nlp.pipe([r["text"] for r in rows], batch_size=64))
    spent = 0.0
    for row, doc in zip(rows, docs):
        text = row["text"]
        t0 = time.perf_counter()
        claims = attribute(doc, text)
        spent += time.perf_counter() - t0
        shape = row["shape"]
        used_strict, used_loose = set(), set()
        cursor = 0
        for g in row["claims"]:
            s, e = span_of(text, g["content"], cursor)
            cursor = s + 1
            over = [(k, c) for k, c in enumerate(claims) if c.start < e and s < c.end]
            loose = [(k, c) for k, c in over if same(c.claimant, c.canonical, g["claimant"])]
            strict = [(k, c) for k, c in loose if len(c.via) == len(g["via"])
                      and all(same(a, None, b) for a, b in zip(c.via, g["via"]))]
            hit_s = next((k for k, _ in strict if k not in used_strict), None)
            hit_l = next((k for k, _ in loose if k not in used_loose), None)
            if hit_s is not None:
                used_strict.add(hit_s)
            if hit_l is not None:
                used_loose.add(hit_l)
            per[shape]["gold"] += 1
            per[shape]["tp"] += hit_s is not None
            per[shape]["tp_claimant"] += hit_l is not None
            best = max(over, key=lambda kc: min(e, kc[1].end) - max(s, kc[1].start))[1] if over else None
            gold_st.append(g["stance"])
            pred_st.append(best.stance if best else "none")
            if shape == "headline":
                heads.append((g["stance"], pred_st[-1]))
            if errors and shown < errors and (hit_s is None or (best and best.stance != g["stance"])):
                shown += 1
                print(f"  [{shape}] {text}\n     gold: {g['claimant']} via {g['via']} {g['stance']}\n     got:  "
                      + "; ".join(f"{c.claimant} via {c.via} {c.stance}" for c in claims))
        per[shape]["pred"] += len(claims)
    words = sum(len(r["text"].split()) for r in rows)
    print(f"attribute() alone, on parsed docs: {spent:.2f} s for {words} words ({words / spent:,.0f} words/s)")
    three = {"asserts": "for", "confirms": "for", "denies": "against"}   # anything else: observing
    if heads:
        ok = sum(three.get(a, "observing") == three.get(b, "observing") for a, b in heads)
        print(f"headline stance as for/against/observing: accuracy {ok / len(heads):.3f} over {len(heads)} headlines")
    return per, gold_st, pred_st


def prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, per, gold_st, pred_st) -> None:
    n = sum(len(v) and 1 for v in [gold_st])
    print(f"\n== {name}: {sum(c['gold'] for c in per.values())} gold statements ==")
    print(f"{'shape':16} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}   {'claimant-only F1':>16}")
    tot = Counter()
    for shape in sorted(per):
        c = per[shape]
        tot.update(c)
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        _, _, fl = prf(c["tp_claimant"], c["pred"], c["gold"])
        print(f"{shape:16} {c['gold']:5d} {p:6.3f} {r:6.3f} {f:6.3f}   {fl:16.3f}")
    p, r, f = prf(tot["tp"], tot["pred"], tot["gold"])
    _, _, fl = prf(tot["tp_claimant"], tot["pred"], tot["gold"])
    print(f"{'ALL':16} {tot['gold']:5d} {p:6.3f} {r:6.3f} {f:6.3f}   {fl:16.3f}")
    acc = sum(a == b for a, b in zip(gold_st, pred_st)) / len(gold_st) if gold_st else 0.0
    print(f"stance accuracy {acc:.3f} over {len(gold_st)} statements (uncovered = 'none')")
    for s in STANCES:
        tp = sum(a == b == s for a, b in zip(gold_st, pred_st))
        p, r, f = prf(tp, pred_st.count(s), gold_st.count(s))
        print(f"  {s:12} gold {gold_st.count(s):4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    del n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N validation errors")
    ap.add_argument("--part", choices=["validation", "train", "both", "pooled"], default="both",
                    help="pooled: both parts scored as one set (a blind batch measured whole)")
    ap.add_argument("--only", default="", help="only the files whose name starts so (general, generated, handwritten); several comma-separated")
    ap.add_argument("--skip", default="", help="leave out the files whose stem is so (stories19); several comma-separated")
    args = ap.parse_args()
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    t0 = time.time()
    for part in (["validation", "train"] if args.part == "both" else [args.part]):
        rows = (load("validation", args.only, args.skip) + load("train", args.only, args.skip) if part == "pooled"
                else load(part, args.only, args.skip))
        if not rows:
            print(f"no {part} data under {DATA}", file=sys.stderr)
            return 1
        per, gs, ps = score(rows, nlp, args.errors if part in ("validation", "pooled") or args.part == "train" else 0)
        report(f"{part} ({len(rows)} items, sets: {len({r['set'] for r in rows})})", per, gs, ps)
    print(f"\n({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
