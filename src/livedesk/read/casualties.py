"""Fatalities and injuries stated in a sentence: best, low, high, injured, confirmed.

"at least 70 killed" -> low 70, best 70; "up to 40 dead" -> high 40; "between 10 and 15" -> 10..15;
"dozens" -> 24 (ACLED's reading of a vague plural is its smallest value); "eight reported,
seven confirmed" keeps the confirmed figure as best and flags it. Sub-counts ("including 2 women")
are not added to the total.
"""
from __future__ import annotations

import re

from livedesk.model import Fatalities

WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100, "a dozen": 12, "dozen": 12, "two dozen": 24, "a hundred": 100}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3, "a few": 3,
         "a number of": 3, "many": 10, "tens": 20}
_NUMWORD = "|".join(sorted((k for k in WORDS if k not in ("a", "an")), key=len, reverse=True))
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
# A clock time ("the 330 am raid", "at 0400 GMT") is no count: digits followed by am/pm or a
# time zone are not read as one.
_CLOCK = r"(?!\d|,\d|\s?(?:[ap]\.?m\b|gmt\b|utc\b))"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+{_CLOCK}|\d+{_CLOCK}|(?:{_NUMWORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_VAGUE})"
QUAL = r"(?:a total of|at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|roughly|approximately|at most|fewer than|less than|close to)"
PEOPLE = (r"(?:(?:other|more|further|additional|innocent|local|unarmed|syrian|iraqi|afghan|\w+i|\w+an) )?"
          r"(?:people|persons|civilians|soldiers|troops|militants|fighters|rebels|insurgents|members|policemen|"
          r"police(?:men| officers)?|officers|children|women|men|villagers|residents|protesters|demonstrators|"
          r"worshippers|pilgrims|terrorists|servicemen|personnel|guards|students|passengers|others|jihadists|"
          r"workers|gunmen|attackers|militiamen|combatants|individuals|victims|family members|bodies|persons)")
# (a state tells its own dead in its idiom: "two soldiers paid the supreme price", "made the ultimate sacrifice")
KILL = (r"(?:killed|dead|died|dying|slain|deaths?|lives|lost their lives|perished|massacred|executed|fatalities|bodies|"
        r"martyred|martyrs|paid the (?:supreme|ultimate) price|made the (?:supreme|ultimate) sacrifice)")
HURT = r"(?:wounded|injured|injuring|wounding|hurt|injuries|casualties)"

# Counts and qualifiers start at a word boundary: "none", "often", "drone" hold no "one" or "ten"
# (and the regex engine skips the positions inside words, half the cost of these patterns).
_RANGE = re.compile(rf"\b(?:between\s+({NUMBER})\s+and\s+({NUMBER})|({NUMBER})\s*(?:-|to|or)\s*({NUMBER}))", re.I)
# "<qual> N <people> (were|have been) killed", "N dead", "N killed and M wounded"
# (a conjunction opens another clause: "has climbed to eight after a wounded man died" counts no eight wounded)
_N_BEFORE = re.compile(rf"\b(?:({QUAL})\s+)?({NUMBER})(?:\s+{PEOPLE})?(?:\s+(?:(?!and\b|but\b|while\b|or\b|when\b|after\b|before\b|because\b|since\b)\w+\s+){{0,3}}?)?"
                       rf"(?:were|was|have been|had been|has been|are|is|got|being)?\s*(?:reported\s+|reportedly\s+|confirmed\s+)?"
                       rf"({KILL}|{HURT})\b", re.I)
# "killing N", "killed at least N", "death toll rose to N", "left N dead", "wounding N"
# A follow-up names the act between the toll and its rise: "the death toll from Monday's attack on the
# base in X has risen to N", "the number of people killed in Sunday's bombing has climbed to N".
# (the number's own words are left out of the match: "[the number of people] killed in ... has climbed to N")
# (after "killed in ...", only a rise "to": "killed in an attack that reached 40 villages" counts nobody)
_RISE = r"(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|jumped|increased|grown|grew)"
_UPDATED = (rf"(?:death\s+)?toll\s+(?:from|of|in)\s+[^.;:]{{1,120}}?\s+(?:{_RISE}|reached|stands\s+at|stood\s+at)(?:\s+to)?|"
            rf"(?:killed|dead)\s+(?:in|from|during|by)\s+[^.;:]{{1,120}}?\s+{_RISE}\s+to")
_N_AFTER = re.compile(rf"\b(killing|killed|kills|kill|claimed the lives of|{_UPDATED}|death toll\s+(?:\w+\s+){{0,4}}?(?:to|at|of|is|was|reached|stands at|stood at|rose to|climbed to)|"
                      rf"toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of)|left|leaving|wounding|injuring|wounded|injured)\s+"
                      rf"(?:another\s+|a further\s+)?(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|roughly|approximately)\s+)?({NUMBER})\b", re.I)
_SUB = re.compile(r"(?:including|among them|among whom|of whom|of them|among the dead|among those)\s*$", re.I)
_SINGLE = re.compile(r"\b(?:was|has been|had been|got)\s+(?:shot\s+)?(?:killed|shot dead|executed|slain)|\b(?:died|succumbed)\b", re.I)


def number(word: str) -> int | None:
    w = word.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", w):
        return int(w.replace(",", ""))
    if w in WORDS:
        return WORDS[w]
    if w in VAGUE:
        return VAGUE[w]
    m = re.fullmatch(r"(\w+)[- ](\w+)", w)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return WORDS[m.group(1)] + WORDS[m.group(2)]
    return None


def _qualify(q: str | None, n: int, vague: bool) -> tuple[int | None, int | None, int | None]:
    q = (q or "").lower()
    if vague or q in ("at least", "more than", "over", "close to"):
        return n, n, None                       # best, low, high
    if q in ("up to", "as many as", "at most", "fewer than", "less than", "nearly", "almost"):
        return n, None, n
    return n, n, n


# Every match of _RANGE (through its tail), _N_BEFORE and _N_AFTER holds one of these: without
# them the three costly patterns are not run at all.
_GATE = ("kill", "dead", "died", "dying", "slain", "death", "lives", "perish", "massacr", "execut", "fatalit",
         "bodies", "martyr", "paid the", "sacrifice", "wound", "injur", "hurt", "casualt", "toll", "left", "leaving")

_KILL_GATE = ("kill", "dead", "died", "dying", "slain", "death", "lives", "perish", "massacr", "execut", "fatalit",
              "bodies", "martyr", "paid the", "sacrifice")


def extract(sentence: str) -> Fatalities:
    """Killed and injured figures of one sentence (nulls when it states none)."""
    killed: list[tuple[int, int | None, int | None, bool]] = []   # best, low, high, confirmed
    injured: list[int] = []
    taken: list[tuple[int, int]] = []
    low = sentence.lower()
    counted = any(k in low for k in _GATE)
    ranged = counted and any(k in low for k in _KILL_GATE)      # a range counts only before a KILL word

    def sub_count(pos: int) -> bool:
        return bool(_SUB.search(sentence[max(0, pos - 25):pos]))

    for m in _RANGE.finditer(sentence) if ranged else ():
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lo, hi = number(a), number(b)
        tail = sentence[m.end():m.end() + 60]
        if lo is None or hi is None or hi <= lo or not re.search(rf"^\s*(?:\w+\s+){{0,4}}{KILL}", tail, re.I):
            continue
        if re.search(r"\b(?:19|20)\d\d\b", m.group(0)):
            continue
        killed.append((lo, lo, hi, False))
        taken.append(m.span())

    def free(span: tuple[int, int]) -> bool:
        return not any(s < span[1] and span[0] < e for s, e in taken)

    for rx, num_group, verb_group in ((_N_AFTER, 2, 1), (_N_BEFORE, 2, 3)) if counted else ():
        for m in rx.finditer(sentence):
            if not free(m.span()) or sub_count(m.start()):
                continue
            raw = m.group(num_group)
            n = number(raw)
            if n is None or n > 100000:
                continue
            # A year or an ordinal-looking figure is not a count.
            if re.fullmatch(r"(?:19|20)\d\d", raw):
                continue
            verb = m.group(verb_group).lower()
            hurt = bool(re.fullmatch(HURT, verb, re.I))
            # "three killed five injured": the number after "killed" belongs to the injured.
            if rx is _N_AFTER and re.match(rf"\s+(?:(?!and\b|while\b|after\b|before\b|because\b|since\b)\w+\s+){{0,2}}?{HURT}\b", sentence[m.end():], re.I):
                hurt = True
            if hurt:
                injured.append(n)
                if rx is _N_AFTER:     # leave "Three people killed" to the other pattern
                    taken.append((m.start(num_group), m.end()))
                    continue
            else:
                qual = m.group(1) if rx is _N_BEFORE else _qual_before(sentence, m.start(num_group))
                best, low, high = _qualify(qual, n, raw.lower() in VAGUE)
                around = sentence[max(0, m.start() - 15):m.end() + 3].lower()
                conf = bool(re.search(r"\bconfirm", around)) and not re.search(r"not (?:been )?confirm|unconfirm", around)
                killed.append((best, low, high, conf))
            taken.append(m.span())

    if not killed and _SINGLE.search(sentence) and not re.search(r"\b(?:people|civilians|soldiers)\b", sentence[:_SINGLE.search(sentence).start()], re.I):
        killed.append((1, 1, 1, False))

    f = Fatalities()
    if killed:
        confirmed = [k for k in killed if k[3]]
        reported = [k for k in killed if not k[3]]
        if confirmed and reported:
            c = max(confirmed, key=lambda k: k[0])
            r = max(reported, key=lambda k: k[0])
            f.best, f.low, f.high, f.confirmed = c[0], min(c[0], r[0]), max(c[0], r[0]), True
        else:
            k = max(killed, key=lambda k: k[0] or 0)
            f.best, f.low, f.high, f.confirmed = k[0], k[1], k[2], k[3]
    if injured:
        f.injured = max(injured)
    return f


def _qual_before(sentence: str, pos: int) -> str | None:
    m = re.search(rf"\b({QUAL})\s+$", sentence[max(0, pos - 25):pos], re.I)
    return m.group(1) if m else None


def merge(a: Fatalities, b: Fatalities) -> Fatalities:
    """The larger statement of two (sentences of one frame): counts are not summed across sentences."""
    if b.best is not None and (a.best is None or b.best > a.best):
        a = Fatalities(best=b.best, low=b.low, high=b.high, injured=a.injured, side=a.side or b.side,
                       confirmed=b.confirmed)
    if b.injured is not None and (a.injured is None or b.injured > a.injured):
        a.injured = b.injured
    return a
