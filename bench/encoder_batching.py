"""Would batching the encoder (several sentences in one onnxruntime call, padded, with the attention
mask) change what the typer reads? And could the typer skip the encoder where the words alone
settle the decision? Measured on the sentences of our own news set (evaluation/news, read only:
nothing is fitted here).

    PYTHONPATH=src .venv/bin/python bench/encoder_batching.py [--limit N] [--batch 8 --batch 32]

Prints, for each batch size: CPU ms per sentence one at a time and batched (length-sorted, so
little padding), the largest absolute difference and the lowest cosine between a sentence's vector
alone and batched, and how many sentences' typing decisions (classify._decide: types, background,
probabilities to 3 decimals) and top labels differ. Then the share of sentences whose decision
(any event or none) is settled whatever the embedding is (bounds |e . w| <= |w| for a unit e).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def sentences(limit: int | None) -> list[str]:
    from livedesk.read.nlp import get_nlp
    rows = [json.loads(x) for x in (ROOT / "evaluation" / "news" / "items.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in rows][:limit]
    out = []
    for doc in get_nlp().pipe(texts, batch_size=64):
        out += [s.text for s in doc.sents if len(s.text.strip()) >= 12]
    return list(dict.fromkeys(out))


def batched(texts: list[str], size: int) -> np.ndarray:
    """Vectors with `size` sentences per call, padded to the longest of each call."""
    from livedesk.read.typing_model import encoder
    tok, sess = encoder._session()
    encs = tok.encode_batch(texts)
    lens = [len(e.ids) for e in encs]
    order = np.argsort(lens, kind="stable")
    out = np.zeros((len(texts), encoder.DIM), dtype=np.float32)
    for k in range(0, len(order), size):
        idx = order[k:k + size]
        width = max(lens[i] for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for r, i in enumerate(idx):
            ids[r, :lens[i]] = encs[i].ids
            mask[r, :lens[i]] = 1
        h = sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        for r, i in enumerate(idx):
            v = h[r, :lens[i]].mean(axis=0)
            out[i] = v / (np.linalg.norm(v) or 1.0)
    return out


def decisions(head, texts, emb):
    from livedesk.read import classify
    p = head.proba(texts, emb)
    return [[(c.type, c.background, c.probability) for c in classify._decide(head, s, s, q)] for s, q in zip(texts, p)], p.argmax(axis=1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N news items")
    ap.add_argument("--batch", type=int, action="append", default=None)
    args = ap.parse_args()
    from livedesk.read.typing_model import encoder
    from livedesk.read.typing_model.model import load
    head = load()
    texts = sentences(args.limit)
    ntok = sum(len(e.ids) for e in encoder._session()[0].encode_batch(texts))
    encoder._cache.clear()
    c0 = time.process_time()
    alone = encoder.encode(texts)
    t_alone = time.process_time() - c0
    d_alone, top_alone = decisions(head, texts, alone)
    print(f"{len(texts)} sentences of evaluation/news, {ntok / len(texts):.1f} tokens each; one at a time "
          f"{1000 * t_alone / len(texts):.2f} ms CPU a sentence")
    for size in args.batch or [8, 32]:
        c0 = time.process_time()
        v = batched(texts, size)
        t = time.process_time() - c0
        d, top = decisions(head, texts, v)
        print(f"  batches of {size:3d}: {1000 * t / len(texts):.2f} ms a sentence ({100 * (1 - t / t_alone):.0f}% less CPU than one at a time); "
              f"max |diff| {np.abs(v - alone).max():.4f}, lowest cosine {float((v * alone).sum(1).min()):.4f}; "
              f"decisions differing {sum(a != b for a, b in zip(d, d_alone))}, top labels differing "
              f"{int((top != top_alone).sum())} of {len(texts)}")
    # Settled without the embedding? logit_l = e.w_l + rest_l with |e.w_l| <= |w_l| (e unit length):
    # the sentence is surely "no event" if even the best case for the events keeps P(events) under
    # the head's threshold.
    rest = head.logits(texts, np.zeros_like(alone))
    norms = np.linalg.norm(head.w_emb.astype(np.float64), axis=1)
    from livedesk.read.typing_model import TYPES
    nt = len(TYPES)
    hi = rest.copy()
    hi[:, :nt] += norms[:nt]
    hi[:, nt:] -= norms[nt:]
    z = hi / head.temperature
    z -= z.max(axis=1, keepdims=True)
    pe = np.exp(z)
    pe = pe[:, :nt].sum(1) / pe.sum(1)
    print(f"  |w| of the embedding weights per label: {norms.min():.1f}-{norms.max():.1f} (logit units); sentences "
          f"whose 'no event' is settled without the encoder: {int((pe < head.threshold).sum())} of {len(texts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
