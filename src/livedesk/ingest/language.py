"""Which language a report is written in (ISO 639-1 code), or None when the text cannot tell.

py3langid (langid.py's model, bundled in the wheel, about 3 MB, pure NumPy) was chosen because
it loads offline from the package, gives the same answer on every run (langdetect samples
randomly unless seeded) and costs a fraction of a millisecond per text; lingua's wheels carry
every model at ~100 MB and fastText-based detectors want a model file downloaded.

Its weak spot is short Cyrillic text, where Russian and Ukrainian share most letter sequences.
Their spelling tells them apart: Ukrainian writes і, ї, є and ґ, which Russian never does, and
Russian writes ы, э, ъ and ё, which Ukrainian never does.
"""
from __future__ import annotations

import re
import threading

MIN_LETTERS = 12          # fewer letters than a short sentence: a guess, not a detection
MIN_PROBABILITY = 0.5     # below this the model is choosing between several languages
# A report's language shows in its first paragraphs; the model's cost grows with the length.
SAMPLE_CHARS = 1000

# Links, e-mail addresses and @handles are no language's words: a post that ends "Video:
# https://..." had its English hidden under the URL's letter sequences. A hashtag's word stays.
_NOT_WORDS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|(?<!\w)@\w+|[#]")
_UK_ONLY = frozenset("ієїґ")
_RU_ONLY = frozenset("ыэъё")
_lock = threading.Lock()
_identifier = None


def _model():
    """The model, loaded once per process (about a second) and only when a text needs it."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import _load_identifier
            _identifier = _load_identifier(norm_probs=True)
        return _identifier


def _cyrillic_share(letters: list[str]) -> float:
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def detect(text: str | None) -> str | None:
    """'en', 'ar', 'ru', 'uk', ... for a text of a sentence or more; None when unsure."""
    if not text:
        return None
    text = _NOT_WORDS.sub(" ", text[:SAMPLE_CHARS * 2])[:SAMPLE_CHARS]
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    ranked = _model().rank(text)
    if _cyrillic_share(letters) > 0.5:
        present = set(text.lower())
        if present & _UK_ONLY and not present & _RU_ONLY:
            return "uk"
        if present & _RU_ONLY and not present & _UK_ONLY:
            return "ru"
        if not present & _UK_ONLY:
            # No і in a Cyrillic sentence: whatever it is, it is not Ukrainian.
            ranked = [(lang, p) for lang, p in ranked if lang != "uk"]
            total = sum(p for _, p in ranked) or 1.0
            ranked = [(lang, p / total) for lang, p in ranked]
    lang, p = max(ranked, key=lambda lp: lp[1])
    return lang if p >= MIN_PROBABILITY else None
