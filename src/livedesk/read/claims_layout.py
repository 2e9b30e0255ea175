"""The shape of a live-blog page: paragraphs, pasted headlines and quoted blocks.

A live blog mostly relays others. The author writes an introduction ending in a colon
("Newsweek reports that ...:", "Bellingcat reports:") and pastes the quoted text under it, or
pastes a linked article's headline and its first paragraph. Whose words a paragraph holds follows
from that layout, not from the sentence alone, so it is worked out here, per paragraph.

Rules (each one a habit of the genre, none tied to a page):
- an introduction (a paragraph ending in ':') opens a block over the next paragraph;
- an elision mark ("[…]") keeps the block open for one more paragraph;
- a pasted headline (short, no closing punctuation) opens a block over itself and its lede;
  whose article it is comes from a " – Outlet" suffix, else from the introduction just before it,
  else from an introduction right after the lede ("ISIS fights back ... / AP reports that ...:");
- anything else is the author's own voice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from livedesk.read.claims_sources import classify, is_vague

_STAMP = re.compile(r"^\W*(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?|updated?|update \d+|breaking)\b", re.I)
_OPEN_QUOTE = ("“", '"', "‘", "«")
_ELISION = re.compile(r"^\W*(\[\s*(…|\.\.\.)\s*\]|…|\.\.\.)\W*$")
_CLOSERS = tuple('.!?:;"”’)]…')
_SUFFIX = re.compile(r"\s[–—|-]\s*([^–—|]{2,40})$")


@dataclass
class Para:
    start: int
    end: int
    text: str
    kind: str = "body"            # body | intro | headline | elision | signature | stamp | blank
    owner: list[str] | None = None  # chain of the block it sits in, origin first, reader last
    section: int = 0              # index of the pasted article (headline) it belongs to
    suffix_outlet: str | None = None
    intro_chain: list[str] = field(default_factory=list)


def split(text: str) -> list[Para]:
    """Paragraphs (lines) with character offsets into `text`, classified by layout."""
    paras: list[Para] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        p = Para(start + lead, start + lead + len(stripped), stripped)
        if not stripped:
            p.kind = "blank"
        elif _ELISION.match(stripped):
            p.kind = "elision"
        elif stripped[0] in "—–" and len(stripped.split()) <= 6:
            p.kind = "signature"
        elif _STAMP.match(stripped) and len(stripped.split()) <= 5 and not stripped.endswith(":"):
            p.kind = "stamp"             # "14:05 GMT", "Update": a new entry starts
        elif stripped.endswith(":"):
            p.kind = "intro"
        elif stripped[0] in "•*·▪►-" or re.match(r"^\d+[.)]\s", stripped):
            p.kind = "body"              # a list item, not a pasted headline
        elif (not stripped.endswith(_CLOSERS) or stripped.endswith("?") and not paras and len(stripped.split()) <= 16
              ) and len(stripped.split()) <= 25 and not stripped.isdigit():
            # a short question opening the page is its headline ("Is the coalition about to collapse?")
            p.kind = "headline"
            m = _SUFFIX.search(stripped)
            if m and len(m.group(1).split()) <= 4:
                p.suffix_outlet = m.group(1).strip()
        paras.append(p)
    return [p for p in paras if p.kind != "blank"]


_HANDLE = re.compile(r"^[—–-]\s*(.+?)\s*\((@\w+)\)")


def assign_blocks(paras: list[Para]) -> None:
    """Set each paragraph's `owner` (the chain of the block it is quoted in) and `section`.

    Needs `intro_chain` filled on intro paragraphs: the claimant chain the introduction names
    ([] when it names none, e.g. "The first ones on the scene were ISIS fighters:").
    """
    section = 0
    open_chain: list[str] | None = None   # chain of the block that is open
    remaining = 0                         # body paragraphs the open block still covers
    for i, p in enumerate(paras):
        if p.kind == "headline":
            section += 1
            p.section = section
            prev = paras[i - 1] if i else None
            if p.suffix_outlet:
                chain = [p.suffix_outlet]
            elif prev is not None and prev.kind == "intro" and prev.intro_chain:
                chain = list(prev.intro_chain)
            else:
                nxt = paras[i + 2] if i + 2 < len(paras) else None
                chain = list(nxt.intro_chain) if nxt is not None and nxt.kind == "intro" else []
            open_chain, remaining = chain, 1
            p.owner = chain or None
            continue
        p.section = section
        if p.kind == "elision":
            p.owner = open_chain
            remaining = max(remaining, 1) if open_chain is not None else 0
            continue
        if p.kind in ("stamp", "signature"):
            open_chain, remaining = None, 0
            continue
        if open_chain is not None and remaining == 0 and p.kind == "body" and p.text.startswith(_OPEN_QUOTE):
            remaining = 1                # a quotation running over several paragraphs
        if open_chain is not None and remaining > 0 and p.kind in ("body", "intro"):
            p.owner = open_chain or None
            remaining -= 1
            if p.kind == "intro":
                # a quoted introduction inside a block: the new block nests inside the old one
                open_chain, remaining = (p.intro_chain + open_chain) if p.intro_chain else open_chain, 1
            continue
        if p.kind == "intro":
            open_chain, remaining = list(p.intro_chain), 1
            continue
        open_chain, remaining = None, 0
    # an embedded post: its text, then "— Name (@handle) date" -- the text is Name's
    for i, p in enumerate(paras[:-1]):
        m = _HANDLE.match(paras[i + 1].text)
        if m and p.kind in ("body", "headline") and paras[i + 1].kind in ("signature", "body", "headline"):
            paras[i + 1].kind = "signature"
            # a vague introducer ("Journalists report:") is not a relay of a named author
            p.owner = [m.group(1).strip()] + [c for c in (p.owner or []) if not is_vague(classify(c))]
