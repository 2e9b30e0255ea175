"""A quick view of the event typer, for trying data and head settings without the whole extract:

    .venv/bin/python bench/typing_quick.py [--full-case] [--case-errors LABEL,...]

One head is fitted on the training part of train.split (whole countries and whole scenarios held
out) with train.build_head (so calibration included), and scored on:
  - our own validation part: weighted and per-class F1, "no event" counted as no label (the
    figure bench/extract_bench.py prints);
  - the evaluation-only holdout (evaluation/events/holdout.jsonl): the same scoring. Note this
    head has not seen the validation rows, so its holdout figure runs a little under the shipped
    head's (bench/typing_holdout_bench.py); compare runs of this script with each other;
  - CASE 2021 dev (read from ../shared/data at run time; diagnosis only): each snippet is split
    into sentences by the desk's parse, every sentence typed with its neighbours as context, and
    the snippet's type is the best foreground candidate, the opening sentences weighted as the
    pipeline's salience weights them. --full-case reads the snippets with read_many instead (the
    real pipeline; slower), to check that the quick reading tracks it.

Sentence embeddings are cached in .livedesk/typing_emb_cache.npz (keyed by the text; the encoder
gives a sentence the same vector alone or in any list), so a run after a data change encodes only
the new rows.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from livedesk.read import classify  # noqa: E402
from livedesk.read.typing_model import LABELS, TYPES, encoder, train  # noqa: E402

CACHE = ROOT / ".livedesk" / "typing_emb_cache.npz"
CASE = ROOT.parent / "shared" / "data" / "case2021" / "dev.jsonl"
HOLDOUT = ROOT / "evaluation" / "events" / "holdout.jsonl"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed(texts: list[str]) -> np.ndarray:
    """Vectors for texts, from the cache where it has them; new ones are encoded and cached."""
    cache: dict[str, np.ndarray] = {}
    if CACHE.exists():
        z = np.load(CACHE)
        cache = dict(zip(z["keys"].tolist(), z["vecs"]))
    keys = [_key(t) for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if todo:
        t0 = time.process_time()
        vecs = encoder.encode([t for _, t in todo])
        cache.update({k: v for (k, _), v in zip(todo, vecs)})
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        ks = sorted(cache)
        np.savez(CACHE, keys=np.array(ks), vecs=np.stack([cache[k] for k in ks]))
        print(f"(encoded {len(todo)} new texts in {time.process_time() - t0:.0f} s CPU)", file=sys.stderr)
    return np.stack([cache[k] for k in keys]) if keys else np.zeros((0, encoder.DIM), np.float32)


def foreground(head, sentence: str, context: str, p: np.ndarray):
    fore = [c for c in classify._decide(head, sentence, context, p) if not c.background]
    return fore


def label_of(c) -> str:
    if c.type == classify.TERRITORY:
        return classify.REGAIN if c.regain else classify.OVERTAKE
    return c.type


def type_texts(head, texts: list[str]) -> list[str | None]:
    p = head.proba(texts, embed(texts))
    out = []
    for t, pr in zip(texts, p):
        f = foreground(head, t, t, pr)
        out.append(label_of(f[0]) if f else None)
    return out


def report(name: str, gold_labels: list[str], pred: list[str | None], per_class: bool = True) -> float:
    gold = train.gold_types(gold_labels)
    w, per = train.weighted_f1(gold, pred)
    non = [x for g, x in zip(gold, pred) if g is None]
    ev = [x for g, x in zip(gold, pred) if g]
    print(f"{name}: weighted F1 {w:.3f}  n={len(gold)}  non-events given an event "
          f"{sum(1 for x in non if x) / max(1, len(non)):.1%} of {len(non)}; events given none "
          f"{sum(1 for x in ev if not x) / max(1, len(ev)):.1%} of {len(ev)}")
    if per_class:
        for lab, (f, n) in sorted(per.items(), key=lambda kv: -kv[1][0]):
            print(f"  {f:.2f}  n={n:<4d} {lab}")
    return w


_SPLITS: dict[str, list[str]] = {}


def sentences(text: str) -> list[str]:
    if text not in _SPLITS:
        from livedesk.read.nlp import get_nlp
        doc = get_nlp()(text)
        _SPLITS[text] = [text[s.start_char:s.end_char] for s in doc.sents]
    return _SPLITS[text]


def case_quick(head, case: list[dict]) -> list[str | None]:
    """The top foreground event of each snippet, sentence by sentence (see the module's doc)."""
    splits = [sentences(r["text"]) for r in case]
    flat = [(i, j) for i, ss in enumerate(splits) for j, s in enumerate(ss) if len(s.strip()) >= 12]
    texts = [splits[i][j] for i, j in flat]
    ctxs = [" ".join(splits[i][max(0, j - 1):j + 2]) for i, j in flat]
    p = head.proba(texts, embed(texts))
    best: dict[int, tuple[float, str]] = {}
    for (i, j), t, c, pr in zip(flat, texts, ctxs, p):
        for cand in foreground(head, t, c, pr):
            s = cand.score + (0.6 if j == 0 else 0.3 if j <= 2 else 0.0)
            if i not in best or s > best[i][0]:
                best[i] = (s, label_of(cand))
    return [best[i][1] if i in best else None for i in range(len(case))]


def case_full(head, case: list[dict]) -> list[str | None]:
    from livedesk.model import Report
    from livedesk.read import read_many
    classify.load = lambda: head
    out = []
    for r in read_many([Report(text=x["text"], id=x["id"]) for x in case]):
        ev = [e for e in r.to_dict().get("events", []) if not e.get("background")]
        out.append(ev[0]["sub_event_type"] if ev else None)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full-case", action="store_true", help="read CASE dev with read_many (slower)")
    ap.add_argument("--case-errors", default="", help="print CASE dev confusions for these gold labels ('all')")
    ap.add_argument("--no-case", action="store_true")
    ap.add_argument("--case-model", type=Path, default=None,
                    help="skip fitting: type CASE dev only, with the head in DIR (e.g. the shipped model/)")
    ap.add_argument("--class-weight", default=None, help="'balanced': try the head with classes weighted "
                    "inversely to their counts (train.fit's LogisticRegression, patched for this run only)")
    ap.add_argument("--c", type=float, default=None, help="try another inverse regularisation than train.C")
    ap.add_argument("--emb-scale", type=float, default=None,
                    help="try another weight of the embedding block beside the word block than train.EMB_SCALE")
    args = ap.parse_args(argv)
    if args.class_weight:
        import sklearn.linear_model as lm
        base = lm.LogisticRegression

        class Weighted(base):
            def fit(self, x, y, sample_weight=None):
                self.class_weight = args.class_weight
                return super().fit(x, y, sample_weight)
        lm.LogisticRegression = Weighted
    if args.c:
        train.C = args.c
        train.fit.__defaults__ = (args.c,) + train.fit.__defaults__[1:]
    if args.emb_scale:
        train.EMB_SCALE = args.emb_scale
        d = list(train.fit.__defaults__)
        d[1] = args.emb_scale
        train.fit.__defaults__ = tuple(d)
    if args.case_model:
        from livedesk.read.typing_model import model as typing_model
        head = typing_model.read(args.case_model)
        case = [json.loads(x) for x in CASE.read_text(encoding="utf-8").splitlines() if x.strip()]
        cp = case_full(head, case) if args.full_case else case_quick(head, case)
        report(f"CASE dev, head {args.case_model} ({'read_many' if args.full_case else 'quick'})",
               [r["sub_event_type"] or "No event" for r in case], cp)
        return 0

    rows = train.load_rows(train.default_data_dir())
    tr, va = train.split(rows)
    emb = embed([r.text for r in rows])
    t0 = time.process_time()
    head = train.build_head([rows[i] for i in tr], emb[tr])
    print(f"rows {len(rows)}: train {len(tr)}, validation {len(va)}; head fitted in {time.process_time() - t0:.0f} s CPU "
          f"(temperature {head.temperature}, threshold {head.threshold})")
    va_rows = [rows[i] for i in va]
    pv = head.proba([r.text for r in va_rows], emb[va])
    pred = []
    for r, pr in zip(va_rows, pv):
        f = foreground(head, r.text, r.text, pr)
        pred.append(label_of(f[0]) if f else None)
    report("own validation", [r.label for r in va_rows], pred)

    ho = [json.loads(x) for x in HOLDOUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    report("holdout (head without validation rows)", [o["label"] for o in ho], type_texts(head, [o["text"] for o in ho]),
           per_class=False)

    if args.no_case or not CASE.exists():
        return 0
    case = [json.loads(x) for x in CASE.read_text(encoding="utf-8").splitlines() if x.strip()]
    t0 = time.perf_counter()
    cp = case_full(head, case) if args.full_case else case_quick(head, case)
    gold = [r["sub_event_type"] or "No event" for r in case]
    report(f"CASE dev ({'read_many' if args.full_case else 'quick'}, {time.perf_counter() - t0:.0f} s)", gold, cp)
    want = set(args.case_errors.split(",")) if args.case_errors else set()
    if want:
        conf = Counter((g, q) for g, q in zip(gold, cp) if g != (q or "No event") and ("all" in want or g in want))
        for (g, q), n in conf.most_common(40):
            print(f"  {n:>3}  {g} -> {q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
