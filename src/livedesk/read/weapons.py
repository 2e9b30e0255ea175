"""Weapons named in a span: canonical names from lexicons/weapons.json, and the event type they suggest."""
from __future__ import annotations

from spacy.tokens import Span

from livedesk.read import lexicon
from livedesk.read.nlp import ents


def weapons_in(span: Span) -> list[str]:
    """Canonical weapon names in span, in order of first mention, without repeats."""
    out: list[str] = []
    idx = lexicon.weapon_index()
    doc = span.doc
    if "livedesk_weapons" not in doc.user_data:      # Span.ents walks the whole doc: do it once
        doc.user_data["livedesk_weapons"] = [e for e in ents(doc) if e.label_ == "WEAPON"]
    for ent in doc.user_data["livedesk_weapons"]:
        if ent.start < span.start or ent.end > span.end:
            continue
        name = ent.ent_id_ or (idx[ent.text.lower()].name if ent.text.lower() in idx else ent.text)
        if name not in out:
            out.append(name)
    return out


def suggested_type(names: list[str]) -> str | None:
    """The sub-event type the first weapon that implies one points at (barrel bomb -> Air/drone strike)."""
    by_name = {w.name: w for w in lexicon.weapons()}
    for n in names:
        w = by_name.get(n)
        if w and w.suggests:
            return w.suggests
    return None
