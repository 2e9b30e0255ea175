"""The trained alternative for headline stance, measured beside the rules.

    PYTHONPATH=src .venv/bin/python bench/stance_headline_model.py [--hold batch13 | --tiebreak]

A logistic regression (scikit-learn, seeded) over word 1-2 grams and character 2-5 grams of the
headline, trained on the training part of training/attribution/headlines/ plus the headline items
of the attribution training files; scored on the validation headlines (topics held out whole),
generated, hand-written and each headline batch apart. Printed beside the rules (claims_headline via attribute()) and a
hybrid (the rules' label given to the model as one more feature). Nothing is saved: the model
exists only to be measured. --hold B leaves headline batch B out of training altogether and scores
it whole (train and validation parts pooled), as the rules' "once" figure for a new batch is taken.
--tiebreak: the model only where the rules give a plain "for" to a named speaker (see tiebreak()).
The blind batch (SKIP) is read by neither.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
THREE = {"asserts": "for", "confirms": "for", "denies": "against"}


SKIP = ""            # batch17 was measured once by the lead (session 13) and is now read like the others


def rows(part: str, only: str):
    from bench.stance_headlines import load
    return load(part, only, SKIP)


def attribution_headlines(part: str):
    out = []
    for f in sorted((ROOT / "training" / "attribution").glob(f"*_{part}.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["shape"] == "headline" and len(r["claims"]) == 1:
                out.append({"text": r["text"], "label": THREE.get(r["claims"][0]["stance"], "observing")})
    return out


def rule_reads(texts, nlp):
    """(label, gate) per headline: the rules' label, and whether it is the kind the tie-breaker may
    overrule -- a plain "for" given to a named speaker's statement (stance asserts, not confirms; a
    claimant named, not the page's voice nor unnamed reports)."""
    from bench.stance_headlines import label_of
    from livedesk.model import Report
    from livedesk.read.claims import attribute
    out = []
    for t, d in zip(texts, nlp.pipe(texts, batch_size=64)):
        lab, best = label_of(attribute(d, t, Report(text=t)), t)
        gate = bool(lab == "for" and best is not None and best.stance == "asserts"
                    and best.claimant and best.claimant not in ("unnamed", "unnamed reports"))
        out.append((lab, gate))
    return out


def rule_labels(texts, nlp):
    return [lab for lab, _ in rule_reads(texts, nlp)]


def _fit(x, y):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion
    feats = FeatureUnion([("w", TfidfVectorizer(ngram_range=(1, 2), lowercase=True, min_df=1)),
                          ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, min_df=2))])
    return feats, LogisticRegression(max_iter=2000, C=4.0, random_state=0).fit(feats.fit_transform(x), y)


def tiebreak(nlp, floors=(0.5, 0.7, 0.9)) -> int:
    """The model as a tie-breaker only where the rules give a plain "for" to a named speaker's
    statement (rule_reads' gate): the model's label replaces the rules' where its probability reaches
    the floor. First a grouped 5-fold cross-validation on the train part (folds by story set, the
    attribution-set headlines one set), then the model trained on all train parts and scored on each
    file's validation part beside the rules."""
    import random
    from collections import Counter
    train = rows("train", "") + [dict(r, set="attribution") for r in attribution_headlines("train")]
    x_tr, y_tr = [r["text"] for r in train], [r["label"] for r in train]
    gate = [g for _, g in rule_reads(x_tr, nlp)]

    def pick(feats, model, x, floor):
        p = model.predict_proba(feats.transform([x]))[0]
        return model.classes_[p.argmax()] if p.max() >= floor else "for"

    sets = sorted({r["set"] for r in train})
    random.Random(0).shuffle(sets)
    fold = {s: i % 5 for i, s in enumerate(sets)}
    cv = Counter()
    for k in range(5):
        feats, model = _fit(*zip(*[(x_tr[i], y_tr[i]) for i, r in enumerate(train) if fold[r["set"]] != k]))
        for i in (i for i, r in enumerate(train) if fold[r["set"]] == k and gate[i]):
            cv["n"] += 1
            cv["rules"] += y_tr[i] == "for"
            for fl in floors:
                cv[fl] += pick(feats, model, x_tr[i], fl) == y_tr[i]
    print(f"grouped 5-fold CV on the {cv['n']} gated train headlines: rules {cv['rules']}, "
          + ", ".join(f"hybrid@{fl} {cv[fl]}" for fl in floors))
    feats, model = _fit(x_tr, y_tr)
    batches = sorted({f.name.split("_")[0] for f in (ROOT / "training" / "attribution" / "headlines").glob("batch*_validation.jsonl")}
                     - set(SKIP.split(",")), key=lambda b: int(b[5:]))
    print(f"{'validation part':18} {'n':>4} {'gated':>5} {'rules':>6} " + " ".join(f"{'hyb@' + str(fl):>7}" for fl in floors))
    for only in ("generated", "handwritten", *batches, ""):
        val = rows("validation", only)
        x, y = [r["text"] for r in val], [r["label"] for r in val]
        reads = rule_reads(x, nlp)
        acc = [sum(lab == g for (lab, _), g in zip(reads, y))]
        acc += [sum((pick(feats, model, t, fl) if gt else lab) == g for (lab, gt), t, g in zip(reads, x, y)) for fl in floors]
        print(f"{only or 'all':18} {len(y):4d} {sum(gt for _, gt in reads):5d} " + " ".join(f"{a / len(y):7.3f}" for a in acc))
    return 0


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold", default="", help="a headline batch (batch13) left out of training and scored whole")
    ap.add_argument("--tiebreak", action="store_true", help="the model only as a tie-breaker at the rules' plain "
                    "'for' to a named speaker (rule_reads' gate), at confidence floors 0.5 / 0.7 / 0.9")
    args = ap.parse_args()
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    if args.tiebreak:
        return tiebreak(nlp)
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
    batches = sorted({f.name.split("_")[0] for f in (ROOT / "training" / "attribution" / "headlines").glob("batch*_validation.jsonl")}
                     - set(SKIP.split(",")), key=lambda b: int(b[5:]))
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
