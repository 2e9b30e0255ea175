"""The trained alternative for headline stance, measured beside the rules.

    PYTHONPATH=src .venv/bin/python bench/stance_headline_model.py [--hold batch13]

A logistic regression (scikit-learn, seeded) over word 1-2 grams and character 2-5 grams of the
headline, trained on the training part of training/attribution/headlines/ plus the headline items
of the attribution training files; scored on the validation headlines (topics held out whole),
generated, hand-written and each headline batch apart. Printed beside the rules (claims_headline via attribute()) and a
hybrid (the rules' label given to the model as one more feature). Nothing is saved: the model
exists only to be measured. --hold B leaves headline batch B out of training altogether and scores
it whole (train and validation parts pooled), as the rules' "once" figure for a new batch is taken.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
THREE = {"asserts": "for", "confirms": "for", "denies": "against"}


def rows(part: str, only: str):
    from bench.stance_headlines import load
    return load(part, only)


def attribution_headlines(part: str):
    out = []
    for f in sorted((ROOT / "training" / "attribution").glob(f"*_{part}.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["shape"] == "headline" and len(r["claims"]) == 1:
                out.append({"text": r["text"], "label": THREE.get(r["claims"][0]["stance"], "observing")})
    return out


def rule_labels(texts, nlp):
    from bench.stance_headlines import label_of
    from livedesk.model import Report
    from livedesk.read.claims import attribute
    return [label_of(attribute(d, t, Report(text=t)), t)[0] for t, d in zip(texts, nlp.pipe(texts))]


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold", default="", help="a headline batch (batch13) left out of training and scored whole")
    args = ap.parse_args()
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    held = [r["id"] for r in rows("train", args.hold) + rows("validation", args.hold)] if args.hold else []
    train = [r for r in rows("train", "") if r["id"] not in set(held)] + attribution_headlines("train")
    x_tr = [r["text"] for r in train]
    y_tr = [r["label"] for r in train]
    feats = FeatureUnion([("w", TfidfVectorizer(ngram_range=(1, 2), lowercase=True, min_df=1)),
                          ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, min_df=2))])
    xm = feats.fit_transform(x_tr)
    model = LogisticRegression(max_iter=2000, C=4.0, random_state=0).fit(xm, y_tr)
    labs = sorted(set(y_tr))
    r_tr = rule_labels(x_tr, nlp)

    def onehot(ls):
        return csr_matrix([[1.0 if lab == x else 0.0 for x in labs] for lab in ls])

    hybrid = LogisticRegression(max_iter=2000, C=4.0, random_state=0).fit(hstack([xm, onehot(r_tr) * 3]), y_tr)
    n_attr = len(attribution_headlines("train"))
    print(f"trained on {len(train)} headlines ({len(train) - n_attr} headline set + {n_attr} attribution-set headlines)"
          + (f", {args.hold} held out" if args.hold else ""))
    print(f"{'validation part':28} {'n':>4}  {'rules':>6}  {'model':>6}  {'hybrid':>6}")
    # the hand-written batches one by one (each was measured once before rules were written for it)
    batches = sorted({f.name.split("_")[0] for f in (ROOT / "training" / "attribution" / "headlines").glob("batch*_validation.jsonl")},
                     key=lambda b: int(b[5:]))
    if args.hold:
        pooled = rows("train", args.hold) + rows("validation", args.hold)
        x, y = [r["text"] for r in pooled], [r["label"] for r in pooled]
        xv = feats.transform(x)
        rl = rule_labels(x, nlp)
        preds = (rl, model.predict(xv), hybrid.predict(hstack([xv, onehot(rl) * 3])))
        acc = [sum(a == b for a, b in zip(p, y)) / len(y) for p in preds]
        print(f"{args.hold + ' pooled, held out':28} {len(y):4d}  {acc[0]:6.3f}  {acc[1]:6.3f}  {acc[2]:6.3f}")
        return 0
    for only in ("generated", "handwritten", *batches, ""):
        val = rows("validation", only)
        x = [r["text"] for r in val]
        y = [r["label"] for r in val]
        xv = feats.transform(x)
        pm = model.predict(xv)
        rl = rule_labels(x, nlp)
        ph = hybrid.predict(hstack([xv, onehot(rl) * 3]))
        acc = [sum(a == b for a, b in zip(p, y)) / len(y) for p in (rl, pm, ph)]
        print(f"{(only or 'all') + ' headlines':28} {len(y):4d}  {acc[0]:6.3f}  {acc[1]:6.3f}  {acc[2]:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
