"""Wording that makes a capitalised name a place, whatever the entity model called it.

War reporting puts towns after locative prepositions and verbs of fighting ("in", "near",
"shelled", "withdrew from"), before passive verbs of attack ("Izium was also struck"), before
their state or country, and in lists with other places ("Kharkiv and Izium"). find.py asks
`cued_spans` for the towns such wording names; people's names and labels are kept out.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from livedesk.geo.containers import container_of
from livedesk.geo.gazetteer import KIND_ALT, KIND_NAME, get
from livedesk.geo.normalise import key
from livedesk.geo.resolve import qualifier_after
from livedesk.geo.words import COMMON, LOWER_WORD, RUN

# A town the model takes for a person or a thing ("Avdiivka" PERSON, "Kharkiv and Izium"
# WORK_OF_ART, "Belgorod" NORP), or that is too small or spelt too unusually for the scan's
# strong test (Soledar; Izium for Izyum), is still a place where the wording says so: war
# reporting puts towns after locative prepositions and verbs of fighting, and lists them
# with other places.
_CUE_1 = frozenset("""in near outside around inside into toward towards across throughout shelled shelling
struck bombed bombarded pounded captured seized took retook recaptured liberated stormed besieged
encircled surrounded overran raided entered fled raid raids attack attacks attacked hit hits strike retaken
strikes storm storms enter enters seize seizes capture captures shell shells bomb bombs targeted
ambushed between reoccupied""".split())
_CUE_2 = frozenset(
    [f"{w} on" for w in "advanced advance advancing marched push pushed pushing strike strikes attack "
                        "attacks assault offensive fell fire fired".split()]
    + [f"{w} from" for w in "withdrew withdrawn withdrawal retreated retreat pullout fled expelled driven "
                          "evacuated evacuation".split()]
    + [f"{w} {p}" for w in "outskirts suburbs residents siege fall control battle fight fighting north south "
                           "east west town hometown city village villages area areas port".split() for p in ("of", "for")]
    + [f"{w} of" for w in "coast shores harbour harbor centre center".split()]
    # "the Rukha district of Panjshir": what a district or a quarter is said to be of is a
    # division or a town (the model often calls a province ORG).
    + [f"{w} of" for w in "district districts sub-district subdistrict province governorate oblast raion "
                          "tehsil township locality neighbourhood neighborhood quarter suburb sector".split()]
    + ["approaches to"]
    + [f"{w} at" for w in "fired launched aimed rockets missiles drones shells".split()]
    # "the garrison at Babanusa", "a checkpoint at Qalandia": a post is where it stands.
    + [f"{w} at" for w in "garrison base checkpoint post camp positions position barracks".split()]
    # "40 km north-east of Jilib", "12 km from Sukma": a distance or a bearing from a town
    # makes the name a place, whatever the model called it (it often says ORG after "of").
    + [f"{w} of" for w in "north-east northeast north-west northwest south-east southeast south-west "
                          "southwest".split()]
    + [f"{u} {p}" for u in "km kms kilometres kilometers miles".split() for p in ("from", "of", "outside")]
    # "drones shot down over Kirovograd": what flies over a town is over that place.
    + [f"{w} over" for w in "down drones missiles rockets skies airspace".split()]
    + [f"fled {p}" for p in ("to", "toward", "towards")]
    + [f"spread {p}" for p in ("to", "from", "into")])
_CUE_3 = frozenset(["pulled back from"] + [f"fled {d} {p}" for d in ("north", "south", "east", "west")
                                           for p in ("to", "toward", "towards")])
# A sentence may open with the preposition: "In Avdiivka, ..." (the capital joins the run).
_OPENING_CUE = re.compile(r"(?:In|Near|Outside|Around|Inside|Across|From)[ ]+(?=[A-Z])")


def _cue_before(text: str, s: int) -> bool:
    """Whether a locative preposition or a verb of fighting stands just before text[s]:
    "in", "near", "shelled", "advanced on", "withdrew from", "pulled back from"."""
    if text[s - 1:s] != " ":
        return False
    tail = text[max(0, s - 34):s].lower().split()[-4:]
    if tail and tail[-1] == "the":
        tail = tail[:-1]        # "in the Darzab district", "shelled the Bela Vista district"
    tail = tail[-3:]
    return bool(tail) and (tail[-1] in _CUE_1 or " ".join(tail[-2:]) in _CUE_2
                           or " ".join(tail) in _CUE_3)


# A town named first and then said to be under attack ("Izium was also struck").
_CUE_AFTER = re.compile(
    r"[ ]+(?:(?:was|were|is|are|has been|have been|had been)[ ]+(?:also[ ]+|again[ ]+|heavily[ ]+)?"
    r"(?:shelled|bombed|bombarded|struck|pounded|captured|recaptured|retaken|liberated|besieged|"
    r"encircled|surrounded|overrun|evacuated)|came under|fell to)\b")
# What follows a person's name, never a town's ("Jackson said"), and what precedes it.
_PERSON_AFTER = re.compile(
    r"[ ]*(?:,[ ]+(?:who|whose)\b|[ ]+(?:said|says|told|asked|added|stated|explained|noted|wrote|"
    r"argued|insisted|believes|thinks|wants|tweeted|replied|scored|starred|sang|married)\b)")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Capt|Sgt|Col|Maj|Prof|Rev)\.?[ ]+$")
# Names joined as a list: "X and Y", "X, Y and Z", "X, Y, and Z" (not "X, and Y", which joins
# clauses as often as names).
_JOIN = re.compile(r"(?:,[ ]+|[ ]+(?:and|or|&)[ ]+|,[ ]+(?:and|or)[ ]+)")
_CONJ = re.compile(r"\b(?:and|or)\b|&")
_TOWNISH = ("PPL", "ADM")
_TOWN_MIN = 2000       # people: a cued name must be a town at least this big (not a hamlet
                       # called Helen, Section or Congress), or a first-level division
_LIKE_SPELLING = 75    # an other-name reading counts if spelt like the town's name (Izium for
                       # Izyum, not Hamas for Hamm nor Passover for Mountain City)
# What follows a nationality used as an adjective ("Malian troops", "Arab culture"); a town
# the model calls NORP stands before punctuation or a conjunction ("from Belgorod and Kursk").
_NOUN_AFTER = re.compile(r"[ ]+(?!(?:town|city|village|district|area|countryside|province|region|"
                         r"governorate|county|locality|commune|camp|tehsil|taluka|taluk|upazila|"
                         r"sub-district|subdistrict|sub-county|subcounty|nahiya|woreda|quarter|"
                         r"neighbou?rhood|suburb|and|or|but|while|after|before|as|in|on|at|to|from|near|since|when|where|"
                         r"out|of|over|for|with|by|until|during|last|this|that|yesterday|today|tonight|"
                         r"is|was|were|are|has|had|have|will|would|could|can|"
                         # Adverbs of time: no noun a people's adjective could qualify ("in
                         # Saravan overnight" is a town, not "Iranian overnight").
                         r"overnight|early|earlier|late|later|again|twice|once|itself|then|now|"
                         r"recently|lately|tomorrow|too)\b)[a-z]")
_NUMBER_AFTER = re.compile(r"[ ]+\d")           # "Section 2", "District 5": a label, not a town
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.[ ]*$")  # "Bill M. Harris", "C.J. McArthur"


# A sentence may open with a noun of the cues above and "of": "Residents of Akhalgori said".
_OF_OPENING = re.compile(r"(?:Residents|Outskirts|Suburbs|People|Villagers|Families|Parts|Siege|Fall|Battle|"
                         r"Control)[ ]+of[ ]+(?=[A-Z])")


def _chains(text: str) -> list[list[tuple[int, int]]]:
    """Capitalised runs grouped into the lists they stand in: "X and Y", "X, Y and Z",
    "X, Y, and Z". Commas alone join appositions ("Chowchilla, Calif.", "Mason, Devon"), and
    ", and" after a single name joins clauses ("struck Vuhledar, and Marinka was"), so neither
    makes a list."""
    chains: list[list[tuple[int, int]]] = []
    closed: list[bool] = []             # whether the chain ends in "and"/"or": a real list
    prev_end = -1
    for m in RUN.finditer(text):
        s, e = m.span()
        if text.startswith(("The ", "THE "), s) and " " in m.group():
            s += 4
        opening = text[s] in "INOAF" and _OPENING_CUE.match(text, s, e)
        if opening:
            s = opening.end()
        elif " of " in m.group():
            opening = _OF_OPENING.match(text, s, e)
            if opening:
                s = opening.end()   # "Residents of Akhalgori": the sentence's noun is no name
        if text.endswith(("'s", "’s"), s, e):
            e -= 2      # "Gaza's": the place, not its possessive
        gap = text[prev_end:m.start()] if prev_end >= 0 else ""
        if gap and len(gap) < 8 and _JOIN.fullmatch(gap) and not (
                gap.startswith(",") and len(chains[-1]) < 2 and _CONJ.search(gap)):
            chains[-1].append((s, e))
            closed[-1] = bool(_CONJ.search(gap))
        else:
            chains.append([(s, e)])
            closed.append(True)
        prev_end = m.end()
    out = []
    for chain, ok in zip(chains, closed):
        out += [chain] if ok else [[x] for x in chain]
    return out


# The kind word some gazetteer names carry ("Marawi City", "Kuwait City", "Tulkarm Camp"): the
# town is written without it as often as with it.
_KIND_WORD = re.compile(r"[ ]+(?:city|town|municipality|camp)$")


# People: a city this big is also known by its former or foreign names ("Kirovograd" for
# Kropyvnytskyi, "Dnepropetrovsk"), cued, however unlike its own name they are spelt; not a
# name of an armed group the actors lexicon holds ("Hamas", an other name of Hamm).
_FORMER_BIG = 100_000
_ACTOR_KEYS: list = []


def _actor_keys() -> frozenset:
    if not _ACTOR_KEYS:
        from livedesk.read.lexicon import actors
        _ACTOR_KEYS.append(frozenset(key(al) for a in actors() for al in a.aliases))
    return _ACTOR_KEYS[0]


def _bare(k: str) -> str:
    return _KIND_WORD.sub("", k)


def _town_name(text: str, s: int, e: int, lowered: set[str], home: frozenset = frozenset()) -> bool:
    """Whether text[s:e] is a name the gazetteer gives a town of some size or a division; with
    `home` (the countries the text is about, where the wording calls the name a place), a
    town of any size there, or one inside the container the text names after it."""
    surface = text[s:e]
    k = key(surface)
    if not k or k in COMMON or k in lowered or (len(k) < 3 and not surface.isupper()):
        return False
    found = get().lookup(k)
    for p, kind in found:
        if not p.feature.startswith(_TOWNISH):
            continue
        if p.feature != "ADM1" and 0 < p.population < _TOWN_MIN and p.country not in home:
            continue        # (no count: a division's seat, which GeoNames lists however small)
        # A first-level division is known by its other names as well as by the one the gazetteer
        # keeps ("Panjshir" for Five Lions, "Rakhine" for Arakan); a town's other name counts only
        # spelt like its own (not Hamas for Hamm)
        if (kind != KIND_NAME and not (p.feature == "ADM1" and kind == KIND_ALT)
                and max(fuzz.ratio(k, key(p.name)), fuzz.ratio(k, _bare(key(p.name)))) < _LIKE_SPELLING
                and not (p.population >= _FORMER_BIG and k not in _actor_keys())):
            continue
        return True
    if home:
        # A spelling the gazetteer does not hold as written ("Tirin Kot" for Tarinkot, "Al
        # Mukha" for Mocha): where the wording calls it a place in a country the text is about
        # or names as its container, a town there that resolution's own lookup reaches (by
        # skeleton, article or another name) will do.
        from livedesk.geo.resolve import _cached_lookup
        cands, _cue = _cached_lookup(surface, get())
        return any(p.country in home and p.feature.startswith(_TOWNISH) for p, _sc in cands)
    return False




def _home_or_container(text: str, s: int, e: int, home: frozenset) -> frozenset:
    """The countries where a cued name may be a town of any size: the text's own, and those of
    the container named after it ("raid Bahna in Ukraine's Chernivtsi province")."""
    box = container_of(text, s, e)
    if box is None:
        return home
    return home | {cc for cc, _a1 in box.areas} | {p.country for p in ([box.fallback] if box.fallback else [])}


_BRACKET_PAIR = re.compile(r"[ ]\([^()\n]{2,60},[ ]*[A-Z][^()\n]{1,60}\)")


# "Caracollo (Oruro)": one capitalised name in brackets right after a name.
_BRACKET_ONE = re.compile(r"[ ]\(([A-Z][^(),\n]{1,40})\)")


def _coder_brackets(text: str, s: int, e: int) -> bool:
    """Whether a coder's container follows the name: "Inanda (eThekwini metro, KwaZulu-Natal)",
    two or more parts in brackets that name a province or a country; or one part that is a
    first-level division's own name ("Caracollo (Oruro)"): a coder's admin1, not an acronym
    spelt out or another spelling, which name no division."""
    if _BRACKET_PAIR.match(text, e):
        return container_of(text, s, e) is not None
    m = _BRACKET_ONE.match(text, e)
    return bool(m) and any(p.feature == "ADM1" and kind == KIND_NAME for p, kind in get().lookup(key(m.group(1)))) \
        and container_of(text, s, e) is not None


def _qualified(text: str, e: int) -> bool:
    """Whether its state or country follows the name ("Greer, South Carolina")."""
    return text.startswith(",", e) and bool(qualifier_after(text, e))


def _at_held(text: str, s: int, e: int) -> bool:
    """"a water point at Vorukh, in the Isfara district of Sughd": "at" is locative where the
    words after the name say what holds it (alone, "at" also stands before firms and times:
    "at Reuters", "at Christmas")."""
    if text[max(0, s - 4):s] != " at ":
        return False
    # "the refinery at Baiji", "the border crossing at Torkham": "at" after a site says where
    # the site is (a firm or a feast day has no site before it).
    return bool(_SITE_AT.search(text, max(0, s - 40), s)) or container_of(text, s, e) is not None


_SITE_AT = re.compile(r"\b(?:refinery|base|airbase|airport|airfield|port|camp|checkpoint|crossing|"
                      r"plant|station|prison|jail|hospital|market|mosque|church|school|bridge|dam|"
                      r"barracks|garrison|post|outpost|depot|compound|factory|mine|oilfield|field|"
                      r"embassy|consulate|terminal|harbou?r|border|frontier|front|village|town)[ ]at[ ]$")


def _personal(text: str, s: int, e: int) -> bool:
    """Whether the words around text[s:e] make it a person's name or a label."""
    return bool(_PERSON_AFTER.match(text, e) or _NUMBER_AFTER.match(text, e)
                or _TITLE_BEFORE.search(text, max(0, s - 8), s)
                or _INITIAL_BEFORE.search(text, max(0, s - 4), s))


def cued_spans(text: str, found: list[tuple[int, int]], persons: list[tuple[int, int]],
               norp: set[tuple[int, int]], home: frozenset = frozenset()) -> list[tuple[int, int, bool]]:
    """Towns the wording makes places: after a locative cue, before a passive verb of attack,
    or in a list with a place already found (but not a name the model calls a person's:
    "Peter, Paul and Mary"). Only whole capitalised runs ("Paris Hilton", "Washington Post"
    are no towns) and never a name a person's words follow. Each span comes with whether a
    cue (not only a list) makes it a place."""
    starts, ends, found = {s for s, _ in found}, {e for _, e in found}, set(found)
    lowered: set[str] | None = None     # the text's lower-case words, read when first needed
    out = []
    for chain in _chains(text):
        cue = _cue_before(text, chain[0][0])
        places = sum(s in starts or e in ends for s, e in chain)
        in_person = [places > 0 and any(ps <= s and e <= pe for ps, pe in persons) for s, e in chain]
        # A list counts when places are at least as many as the people in it: "deaths of
        # Helen, Clarence, Irene and Marie" is a list of people, whatever the model calls Helen.
        listed = places > 0 and places >= sum(in_person)
        for (s, e), person in zip(chain, in_person):
            said = (cue or (text[e:e + 1] == " " and bool(_CUE_AFTER.match(text, e))) or _qualified(text, e)
                    or _coder_brackets(text, s, e) or _at_held(text, s, e))
            if not (said or (listed and not person)) or _personal(text, s, e):
                continue
            if (s, e) in found:
                if said:
                    out.append((s, e, True))    # "a strike on Nabatieh" in a text about Israel
                continue
            if (s, e) in norp and _NOUN_AFTER.match(text, e):
                continue
            if lowered is None:
                lowered = set(LOWER_WORD.findall(text))
            if _town_name(text, s, e, lowered, _home_or_container(text, s, e, home) if said else frozenset()):
                out.append((s, e, said))
            elif said and _coder_brackets(text, s, e):
                # "the village of Duisi (Akhmeta municipality, Kakheti)": a cued name the
                # gazetteer lacks, with its district and province in brackets, is a place;
                # resolution places it at the most specific of them.
                out.append((s, e, True))
    return out
