"""Literal strings a regular expression needs, and one pass that finds which of them a text holds.

The cue patterns of cues.py are run over every sentence of every report. Most sentences hold
none of the strings a given cue needs ("air", "strike", "shell"), so a cheap exact pre-check
skips the regex: `required(pattern)` gives strings of which every match holds at least one.
`Scanner` then tells, in one pass over a text, which of many such strings it holds; checking
each string with `in` costs a pass per string (~500 strings over the cues).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _constants as _sre, _parser as _sre_parse      # Python >= 3.11
except ImportError:                                                # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parse


def _required(items) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence contains at least one (None: unknown).

    Of the sequence's literal runs and required sub-patterns, the most selective set is kept."""
    best: frozenset[str] | None = None

    def offer(c: frozenset[str] | None) -> None:
        nonlocal best
        if c and all(c) and (best is None or (min(map(len, c)), -len(c)) > (min(map(len, best)), -len(best))):
            best = c

    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        offer(frozenset([run]) if run else None)
        run = ""
        offer(_required_item(op, av))
    offer(frozenset([run]) if run else None)
    return best


def _required_item(op, av) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _required(sub)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            r = _required(alt)
            if r is None:
                return None
            out |= r
        return frozenset(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _required(sub) if lo >= 1 else None
    if op is _sre.IN and len(av) <= 4 and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    return None          # lookarounds, anchors, classes, any character: no requirement


@lru_cache(maxsize=None)
def required(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains; None when that cannot be told
    (case-insensitive or verbose patterns, or a branch that needs no literal)."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:        # pragma: no cover - the caller compiles the pattern anyway
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed))


def _trie(words) -> str:
    """A regex matching the LONGEST of `words` that starts where it is tried (branches on each
    next character, so a position costs one step per character matched, not one per word)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}                     # a word ends here

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # greedy: a longer word is tried first, the shorter one ending here is the fallback
        return f"(?:{body})?" if "" in node else body

    return build(root)


class Scanner:
    """Which of a fixed set of strings occur in a text, in one regex pass.

    At each position the regex finds the longest string starting there; every other string
    starting there is a prefix of that one, so the prefixes of the found string complete the set.
    """

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        self._rx = re.compile("(?=(" + _trie(self.words) + "))", re.S) if self.words else None
        self._prefixes = {w: frozenset(p for p in self.words if w.startswith(p)) for w in self.words}

    def present(self, text: str) -> frozenset[str]:
        if self._rx is None:
            return frozenset()
        found: set[str] = set()
        for w in set(self._rx.findall(text)):
            found |= self._prefixes[w]
        return frozenset(found)


__all__ = ["required", "Scanner"]
