"""The learned alternative to rule stance, measured: a spaCy bag-of-n-grams text classifier
trained on the training part of training/attribution (one-statement items), scored on the
validation part beside the rules' stance (bench/attribution_bench.py).

    PYTHONPATH=src .venv/bin/python bench/stance_textcat_baseline.py

Trained in memory, seeded, nothing saved: it exists to say what the rules buy over a classifier.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution_bench import STANCES, load, prf  # noqa: E402


def rows(part: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["claims"][0]["stance"], r["shape"]) for r in load(part) if len(r["claims"]) == 1]


def main() -> int:
    fix_random_seed(15)
    train, val = rows("train"), rows("validation")
    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat", config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                                   "ngram_size": 2, "no_output_layer": False}})
    for s in STANCES:
        tc.add_label(s)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {s: float(s == y) for s in STANCES}}) for t, y, _ in train]
    opt = nlp.initialize(lambda: examples)
    rnd = random.Random(15)
    for _ in range(12):
        rnd.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=opt, drop=0.2)
    pred = [max(d.cats, key=d.cats.get) for d in nlp.pipe(t for t, _, _ in val)]
    gold = [y for _, y, _ in val]
    acc = sum(a == b for a, b in zip(gold, pred)) / len(gold)
    print(f"textcat (bow, 1-2 grams), trained on {len(train)} train items: validation stance accuracy "
          f"{acc:.3f} over {len(val)} one-statement items")
    for s in STANCES:
        tp = sum(a == b == s for a, b in zip(gold, pred))
        p, r, f = prf(tp, pred.count(s), gold.count(s))
        print(f"  {s:12} gold {gold.count(s):4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    three = {"asserts": "for", "confirms": "for", "denies": "against"}
    heads = [(g, p) for (_, g, sh), p in zip(val, pred) if sh == "headline"]
    ok = sum(three.get(a, "observing") == three.get(b, "observing") for a, b in heads)
    print(f"headline stance as for/against/observing: accuracy {ok / len(heads):.3f} over {len(heads)} headlines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
