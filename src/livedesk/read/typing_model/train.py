"""Rebuild the event typer from training/events/*.jsonl: `livedesk train events`.

Each line: {"text", "label", "country", "genre", "scenario"}; label is one of model.LABELS.
Deterministic: rows are read in file-name and line order, duplicates dropped, the vocabulary
sorted, the solver run on one thread; the same data gives the same bytes.

Steps:
  1. validation split by country and by scenario (whole countries and whole scenarios held out;
     no scenario has rows on both sides) — used by bench/extract_bench.py for its own-data figures;
  2. calibration: out-of-fold probabilities over folds of whole countries give the temperature
     (minimum log-loss) and the no-event threshold (best weighted F1 with "no event" as no label);
  3. the final head fitted on every row with those settings, written to model/.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from livedesk.read.typing_model import BACKGROUND, LABELS, NO_EVENT, TYPES, encoder, features
from livedesk.read.typing_model.model import MODEL_DIR, Head, save, softmax

# Settings measured on the validation split (bench/results/evmodel.md): inverse regularisation,
# the weight of the embedding block beside the word block, the least count of a word feature.
C = 8.0
EMB_SCALE = 1.0
MIN_COUNT = 2
CAL_FOLDS = 3
VAL_SHARE = 7        # one country and one scenario in VAL_SHARE go to validation
AUG_EVERY = 4        # one row in AUG_EVERY (fixed hash of its text) also trains as a news-shaped copy; 0: none


@dataclass(frozen=True)
class Row:
    text: str
    label: str
    country: str
    genre: str
    scenario: str
    where: str        # file:line, for messages


def default_data_dir() -> Path:
    """training/events of the checkout this package runs from, else of the working directory."""
    here = Path(__file__).resolve().parents[4] / "training" / "events"
    return here if here.is_dir() else Path.cwd() / "training" / "events"


def load_rows(data_dir: Path, errors: list[str] | None = None) -> list[Row]:
    """Every valid row of data_dir/*.jsonl; each bad line is named in `errors` and skipped."""
    errors = [] if errors is None else errors
    rows: list[Row] = []
    seen: set[str] = set()
    files = sorted(data_dir.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{data_dir}: no *.jsonl training files")
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
                text, label = obj["text"].strip(), obj["label"]
            except (ValueError, KeyError, AttributeError, TypeError) as exc:
                errors.append(f"{where}: not a training line ({type(exc).__name__}: {exc})")
                continue
            if label not in LABELS:
                errors.append(f"{where}: unknown label {label!r}")
                continue
            if not text:
                errors.append(f"{where}: empty text")
                continue
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            rows.append(Row(text, label, str(obj.get("country") or "?"), str(obj.get("genre") or "?"),
                            str(obj.get("scenario") or where), where))
    return rows


# News snippets as sources carry them are rarely whole sentences: a feed cuts them where a
# sentence of the article starts ("were shot dead by unidentified assailants near ..."), stops
# them mid-word, and puts a dateline before them ("Addis Ababa, 20 November." / "MOGADISHU,
# March 4 (Reuters) -"). The type of the event does not change with that, so the trainer also
# fits a copy of some rows in one of those shapes. Deterministic: which rows and which shape
# follow a CRC of the text. Lower-casing is not a shape of its own here: the encoder is uncased
# and the word features are lower-cased. Coder notes and headlines keep their own shapes.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DETERMINERS = frozenset("""a an the two three four five six seven eight nine dozens hundreds several some
many our their its his her""".split()) | {str(n) for n in range(2, 100)}
_AUXILIARIES = frozenset("was were has have had is are said say says".split())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO code -> the country's name as the actors lexicon spells it first (for datelines)."""
    lex = json.loads((Path(__file__).resolve().parents[2] / "lexicons" / "actors.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for name, (iso, _dem) in lex["countries"].items():
        out.setdefault(iso, name)
    return out


def _dateline(country: str, h: int) -> str:
    day, month = 1 + h % 28, _MONTHS[(h >> 5) % 12]
    name = _country_names().get(country, "").upper()
    if not name:
        return f"{day} {month}. "
    return (f"{day} {month}. ", f"{month[:3]} {day} (Reuters) - ", f"{name}, {month} {day} - ",
            f"{day} {month[:3]}: ", "(AP) - ")[(h >> 9) % 5]


def news_shape(r: Row) -> Row | None:
    """A copy of r in a shape real news snippets have (cut start, cut end, dateline), or None
    when r is not one of the rows picked or no shape fits it without risking its label."""
    h = zlib.crc32(("aug:" + r.text).encode("utf-8"))
    if not AUG_EVERY or h % AUG_EVERY or r.genre in ("coder", "headline"):
        return None
    words = r.text.split()
    shape = (h >> 3) % 3
    first = [w.lower().strip(",.:;\"'") for w in words[:3]]
    if shape == 0 and len(words) >= 10 and first[0] in _DETERMINERS:
        # Only a subject's opening goes ("A cache of ..." -> "cache of ..."; "Two men were shot"
        # -> "were shot"): a cut that took the verb would leave a text that no longer tells the act.
        k = 2 if first[2] in _AUXILIARIES and (h >> 11) % 2 else 1
        rest = " ".join(words[k:])
        text = rest[0].lower() + rest[1:]
    elif shape == 1 and len(words) >= 12 and r.label != BACKGROUND:
        # Background hangs on its time words, often the last ones ("... in 2014"); no cut end there.
        k = 1 + (h >> 11) % 4
        last = words[-k - 1]
        text = " ".join(words[:-k - 1] + [last[:max(1, len(last) // 2)]])
    elif shape == 2:
        text = _dateline(r.country, h) + r.text
    else:
        return None
    return Row(text, r.label, r.country, r.genre, r.scenario, r.where + "+shape")


def with_news_shapes(rows: list[Row]) -> list[Row]:
    """rows, then a news-shaped copy of the rows news_shape picks (each copy keeps its row's
    country and scenario, so any split by country or scenario keeps the two together)."""
    seen = {" ".join(r.text.lower().split()) for r in rows}
    extra = []
    for r in rows:
        c = news_shape(r)
        if c is not None and (key := " ".join(c.text.lower().split())) not in seen:
            seen.add(key)
            extra.append(c)
    return rows + extra


def digest(rows: list[Row]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps([r.text, r.label, r.country, r.scenario]).encode("utf-8") + b"\n")
    return h.hexdigest()


def _bucket(name: str, n: int) -> int:
    return zlib.crc32(name.encode("utf-8")) % n


def split(rows: list[Row]) -> tuple[list[int], list[int]]:
    """(train, validation) row indices. Validation holds every row of one country in VAL_SHARE
    and every row of one scenario (template family, incident) in VAL_SHARE, picked by a fixed
    hash of the name; training holds the rest. So no held-out country and no held-out scenario
    has a single row in training: a country's rows test unseen places and actors, a scenario's
    rows test unseen wording."""
    val = [i for i, r in enumerate(rows) if held_out(r)]
    return [i for i, r in enumerate(rows) if not held_out(r)], val


def held_out(r: Row) -> bool:
    return _bucket("c:" + r.country, VAL_SHARE) == 0 or _bucket("s:" + r.scenario, VAL_SHARE) == 0


def fit(texts: list[str], labels: list[str], emb: np.ndarray, c: float = C, emb_scale: float = EMB_SCALE,
        min_count: int = MIN_COUNT, use_words: bool = True, use_emb: bool = True) -> Head:
    """A head (uncalibrated: temperature 1) fitted on these texts."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vocab = features.build_vocabulary(texts, min_count) if use_words else []
    index = {g: i for i, g in enumerate(vocab)}
    blocks = []
    if use_emb:
        blocks.append(csr_matrix(emb.astype(np.float64) * emb_scale))
    if use_words:
        blocks.append(features.matrix(texts, index))
    x = hstack(blocks, format="csr")
    y = np.array([LABELS.index(lab) for lab in labels])
    with threadpool_limits(1):      # one thread: the same sums in the same order, the same bytes
        lr = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
        lr.fit(x, y)
    # Labels absent from the data keep a weight row that never wins.
    coef = np.zeros((len(LABELS), x.shape[1]))
    bias = np.full(len(LABELS), -30.0)
    coef[lr.classes_] = lr.coef_
    bias[lr.classes_] = lr.intercept_
    d = emb.shape[1] if use_emb else 0
    w_emb = coef[:, :d] * emb_scale if use_emb else np.zeros((len(LABELS), emb.shape[1]))
    # Round to float32 here, so that the head used now is the head written to disk.
    return Head(LABELS, w_emb.astype(np.float32), coef[:, d:].astype(np.float32), bias.astype(np.float32).astype(np.float64), vocab)


def gold_types(labels: list[str]) -> list[str | None]:
    return [lab if lab in TYPES else None for lab in labels]


def decide(p: np.ndarray, threshold: float) -> list[str | None]:
    """The top sub-event type of each row, or None where P(some event) is under the threshold."""
    nt = len(TYPES)
    ev = p[:, :nt].sum(axis=1)
    best = p[:, :nt].argmax(axis=1)
    return [TYPES[b] if e >= threshold else None for b, e in zip(best, ev)]


def weighted_f1(gold: list[str | None], pred: list[str | None]) -> tuple[float, dict[str, tuple[float, int]]]:
    """Weighted F1 over the gold types, a missed or invented event counting against its type
    (the scoring of bench/extract_bench.py: "no event" is no label)."""
    from collections import Counter

    tp, fp, fn = Counter(), Counter(), Counter()
    for g, q in zip(gold, pred):
        if g and g == q:
            tp[g] += 1
            continue
        if q:
            fp[q] += 1
        if g:
            fn[g] += 1
    total = sum(1 for g in gold if g) or 1
    w, per = 0.0, {}
    for lab in sorted({g for g in gold if g}):
        pr = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rc = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        per[lab] = (f, tp[lab] + fn[lab])
        w += f * (tp[lab] + fn[lab]) / total
    return w, per


def _calibrate(rows: list[Row], emb: np.ndarray, **kw) -> tuple[float, float]:
    """(temperature, threshold) from out-of-fold logits over folds of whole countries."""
    folds = [_bucket("c:" + r.country, CAL_FOLDS) for r in rows]
    logits = np.zeros((len(rows), len(LABELS)))
    done = np.zeros(len(rows), dtype=bool)
    for k in range(CAL_FOLDS):
        tr = [i for i, f in enumerate(folds) if f != k]
        te = [i for i, f in enumerate(folds) if f == k]
        if not te or len({rows[i].label for i in tr}) < 2:
            continue
        head = fit([rows[i].text for i in tr], [rows[i].label for i in tr], emb[tr], **kw)
        logits[te] = head.logits([rows[i].text for i in te], emb[te])
        done[te] = True
    if not done.any():
        return 1.0, 0.5
    z, y = logits[done], np.array([LABELS.index(rows[i].label) for i in np.flatnonzero(done)])
    temps = np.round(np.arange(0.5, 3.01, 0.05), 2)
    nll = [-np.log(softmax(z / t)[np.arange(len(y)), y] + 1e-12).mean() for t in temps]
    temp = float(temps[int(np.argmin(nll))])
    p = softmax(z / temp)
    gold = gold_types([LABELS[j] for j in y])
    ths = np.round(np.arange(0.20, 0.81, 0.02), 2)
    scores = [weighted_f1(gold, decide(p, t))[0] for t in ths]
    return temp, float(ths[int(np.argmax(scores))])


def build_head(rows: list[Row], emb: np.ndarray | None = None, **kw) -> Head:
    """Calibrated head fitted on `rows` (embeddings computed unless given)."""
    emb = encoder.encode([r.text for r in rows]) if emb is None else emb
    temp, th = _calibrate(rows, emb, **kw)
    head = fit([r.text for r in rows], [r.label for r in rows], emb, **kw)
    head.temperature, head.threshold = temp, th
    return head


def build(data_dir: Path, out_dir: Path, log=print) -> Head:
    errors: list[str] = []
    rows = load_rows(data_dir, errors)
    for e in errors:
        log(f"livedesk train: {data_dir / e}")
    labels = {r.label for r in rows}
    if len(labels) < 2:
        raise ValueError(f"{data_dir}: need at least two labels to train on, found {sorted(labels)}")
    data_sha, n_data = digest(rows), len(rows)
    rows = with_news_shapes(rows)
    t0 = time.perf_counter()
    emb = encoder.encode([r.text for r in rows])
    head = build_head(rows, emb)
    from collections import Counter

    head.meta = {
        "data_sha256": data_sha, "rows": n_data, "news_shaped_copies": len(rows) - n_data,
        "bad_lines": len(errors),
        "per_label": dict(sorted(Counter(r.label for r in rows).items())),
        "countries": len({r.country for r in rows}), "encoder": encoder.DESCRIPTION,
        "settings": {"C": C, "emb_scale": EMB_SCALE, "min_count": MIN_COUNT, "cal_folds": CAL_FOLDS,
                     "news_shapes_every": AUG_EVERY},
    }
    save(head, out_dir)
    log(f"livedesk train: {len(rows)} rows, {len(head.vocab)} word features, temperature {head.temperature}, "
        f"threshold {head.threshold}; written to {out_dir} in {time.perf_counter() - t0:.1f} s")
    return head


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="livedesk train events", description="rebuild the event typing model")
    ap.add_argument("--data", type=Path, default=None, help="folder of *.jsonl (default: training/events)")
    ap.add_argument("--out", type=Path, default=None, help="where to write the model (default: the package's)")
    args = ap.parse_args(argv)
    data = args.data or default_data_dir()
    try:
        build(data, args.out or MODEL_DIR, log=lambda m: print(m, file=sys.stderr))
    except (OSError, ValueError) as exc:
        print(f"livedesk train: {exc}", file=sys.stderr)
        return 1
    return 0
