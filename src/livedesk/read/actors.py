"""Actors: who acted (actor1) on whom (actor2), normalised to the lexicon's canonical names.

Mentions are found by phrase matching every alias of lexicons/actors.json; the dependency parse
decides their roles (subject or passive agent -> actor1; object, passive subject or "against X"
-> actor2). Speakers of say/report verbs are claimants, not actors. Generic names ("government
forces", "police", "civilians") take the report's country: "Military Forces of Syria".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from livedesk.read import lexicon
from livedesk.read.nlp import ents, get_nlp

SAY = {"say", "report", "claim", "announce", "state", "tell", "add", "confirm", "deny", "accuse", "blame",
       "note", "reveal", "allege", "write", "post", "publish", "quote", "cite", "suggest", "show", "believe"}
TOWARD = {"against", "on", "at", "targeting", "toward", "towards", "into", "upon"}
MILITARY_NOUNS = {"helicopter", "jet", "aircraft", "plane", "warplane", "checkpoint", "convoy", "soldier", "troop",
                  "base", "position", "army", "force", "serviceman", "pilot", "airbase", "patrol", "military",
                  "officer", "policeman", "outpost", "post", "tank", "drone", "fighter", "unit", "personnel"}
GENERIC_STYLE = {"Military Forces": "Military Forces of {country}", "Police Forces": "Police Forces of {country}",
                 "Civilians": "Civilians ({country})", "Protesters": "Protesters ({country})",
                 "Unidentified Armed Group": "Unidentified Armed Group ({country})"}


@dataclass
class ActorMention:
    actor: lexicon.Actor
    span: Span
    role: int = 0            # 1 acts, 2 acted upon, 0 unknown, -1 speaker


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    nlp = get_nlp()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for a in lexicon.actors():
        m.add(a.name, [nlp.make_doc(al) for al in a.aliases])
    return m


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    data = lexicon._load("actors.json").get("countries", {})
    names = {k.lower(): k for k in data}
    demonyms = {v[1].lower(): k for k, v in data.items()}
    return names, demonyms


def report_country(doc: Doc) -> str | None:
    """The country a report is mostly about: the most named country or demonym."""
    names, demonyms = _countries()
    c: Counter = Counter()
    for ent in ents(doc):
        low = ent.text.lower()
        if ent.label_ == "GPE" and low in names:
            c[names[low]] += 2
        elif ent.label_ == "NORP" and low in demonyms:
            c[demonyms[low]] += 1
    return c.most_common(1)[0][0] if c else None


def country_from_places(places: list[dict]) -> str | None:
    """The country most of a report's resolved places lie in, by the lexicon's country names."""
    data = lexicon._load("actors.json").get("countries", {})
    by_iso: dict[str, str] = {}
    for name, (iso, _dem) in data.items():
        by_iso.setdefault(iso, name)
    c = Counter(by_iso[p["country"]] for p in places if p.get("country") in by_iso)
    return c.most_common(1)[0][0] if c else None


def country_of(text: str) -> str | None:
    names, demonyms = _countries()
    low = text.lower()
    return names.get(low) or demonyms.get(low)


def canonical(actor: lexicon.Actor, country: str | None) -> str:
    if actor.generic and country and actor.name in GENERIC_STYLE:
        return GENERIC_STYLE[actor.name].format(country=country)
    return actor.name


def actor_type(name: str | None) -> str | None:
    """The lexicon type of a canonical actor name (also of 'Military Forces of X' styles)."""
    if not name:
        return None
    a = lexicon.actor_by_name(name)
    if a:
        return a.type
    for base, style in GENERIC_STYLE.items():
        prefix = style.split("{")[0]
        if name.startswith(prefix):
            g = lexicon.actor_by_name(base)
            return g.type if g else None
    return None


def _role(tok: Token) -> int:
    t = tok
    for _ in range(5):
        dep = t.dep_
        if dep in ("nsubj", "csubj"):
            return -1 if t.head.lemma_ in SAY else 1
        if dep == "nsubjpass":
            return 2
        if dep == "pobj" and t.head.dep_ == "agent":
            return -1 if t.head.head.lemma_ in SAY else 1
        if dep == "pobj" and t.head.lower_ == "by":
            return 1
        if dep in ("dobj", "attr", "oprd"):
            return 2
        if dep == "pobj" and t.head.lower_ in TOWARD:
            return 2
        if dep == "pobj" and t.head.lower_ in ("according", "to") and t.head.head.lower_ == "according":
            return -1
        if dep in ("poss", "compound", "amod", "nmod", "appos", "conj", "det", "npadvmod") or \
                (dep == "pobj" and t.head.lower_ == "of"):
            if t.head is t:
                return 0
            t = t.head if dep != "pobj" else t.head.head
            continue
        return 0
    return 0


def _doc_matches(doc: Doc) -> list[tuple[int, int, int]]:
    # Matched once per document, then filtered per sentence.
    key = "livedesk_actor_matches"
    if key not in doc.user_data:
        doc.user_data[key] = _matcher()(doc)
    return doc.user_data[key]


_MILITARY_LEMMA: dict[int, bool] = {}     # lemma hash -> its lower-case form is in MILITARY_NOUNS


def _military_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma is a military noun, read once per doc from an array."""
    got = doc.user_data.get("livedesk_military")
    if got is None or got[0] != len(doc):
        strings, hits = doc.vocab.strings, []
        lemmas = doc.to_array([LEMMA]).reshape(-1)
        for h in numpy.unique(lemmas).tolist():
            hit = _MILITARY_LEMMA.get(h)
            if hit is None:
                hit = _MILITARY_LEMMA[h] = strings[h].lower() in MILITARY_NOUNS
            if hit:
                hits.append(h)
        out = numpy.flatnonzero(numpy.isin(lemmas, numpy.array(hits, dtype=lemmas.dtype))).tolist() if hits else []
        got = doc.user_data["livedesk_military"] = (len(doc), out)
    return got[1]


def mentions(span: Span) -> list[ActorMention]:
    """Actor mentions in a span, each with its role."""
    doc = span.doc
    found: list[Span] = []
    names: dict[tuple[int, int], str] = {}
    for match_id, s, e in _doc_matches(doc):
        if s < span.start or e > span.end:
            continue
        text = doc[s:e].text
        name = doc.vocab.strings[match_id]
        actor = lexicon.actor_by_name(name)
        alias = next((al for al in actor.aliases if al.lower() == text.lower()), text)
        # Short all-capital aliases (IS, SAA, NDF) must match as written: "is" is a verb.
        if alias.isupper() and len(alias) <= 4 and text != alias:
            continue
        sp = Span(doc, s, e)
        found.append(sp)
        names[(s, e)] = name
    out: list[ActorMention] = []
    for sp in filter_spans(found):
        actor = lexicon.actor_by_name(names[(sp.start, sp.end)])
        out.append(ActorMention(actor, sp, _role(sp.root)))
    # "Syrian helicopter", "government checkpoints": a country's forces named by what was hit.
    covered = {i for m in out for i in range(m.span.start, m.span.end)}
    mil = lexicon.actor_by_name("Military Forces")
    nouns = _military_tokens(doc)
    for tok in (doc[i] for i in nouns[bisect_left(nouns, span.start):bisect_left(nouns, span.end)]):
        if tok.i in covered or tok.lemma_.lower() not in MILITARY_NOUNS:
            continue
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i not in covered:
                c = country_of(child.text)
                if c or child.lower_ in ("government", "regime", "military", "army"):
                    name = f"Military Forces of {c}" if c else None
                    a = lexicon.Actor(name, "state forces", None, False) if name else mil
                    out.append(ActorMention(a, Span(doc, child.i, tok.i + 1) if child.i < tok.i else Span(doc, tok.i, child.i + 1),
                                            _role(tok)))
                    covered.update(range(min(child.i, tok.i), max(child.i, tok.i) + 1))
                    break
    out.sort(key=lambda m: m.span.start)
    return out


def who_did_what(span: Span, country: str | None, near: int | None = None) -> tuple[str | None, str | None]:
    """(actor1, actor2) for the event told in span; None where the text does not say.

    `near` (a character offset of the trigger word) prefers the mentions closest to it, so a
    sentence telling two events gives each its own actors.
    """
    ms = [m for m in mentions(span) if m.role != -1]
    if not ms:
        return None, None
    if near is not None:
        ms.sort(key=lambda m: min(abs(m.span.start_char - near), abs(m.span.end_char - near)))
    names = [(canonical(m.actor, country), m.role) for m in ms]
    a1 = next((n for n, r in names if r == 1), None)
    a2 = next((n for n, r in names if r == 2 and n != a1), None)
    rest = [n for n, r in names if r == 0 and n not in (a1, a2)]
    if a1 is None and rest:
        a1 = rest.pop(0)
    if a2 is None and rest:
        a2 = next((n for n in rest if n != a1), None)
    if a1 == a2:
        a2 = None
    return a1, a2


def agent(span: Span, country: str | None, near: int | None = None) -> str | None:
    """The actor the parse names as doer (subject or passive agent), nearest `near`, or None."""
    ms = [m for m in mentions(span) if m.role == 1]
    if near is not None:
        ms.sort(key=lambda m: min(abs(m.span.start_char - near), abs(m.span.end_char - near)))
    return canonical(ms[0].actor, country) if ms else None
