"""Source identity: which real-world source a name denotes, for reading, fusion and the web pages.

A source is written many ways ("the Observatory", "SOHR", "a representative of the Russian
Hmeemeem Air Base", "Defence Ministry" / "Ministry of Defence"); this module folds them to one
canonical source with its kind and alignment (lexicons/sources.json), and says which origin a
statement counts as for corroboration (`origin_key`): an outlet's aliases, its people and its
channels are one origin, and a side's mouthpieces are that side. Armed groups and state forces
that speak in their own name come from actors.json, so the two lexicons never disagree about a
side's name. Names nobody listed are classified by their head noun ("officials", "witnesses",
"state television"), which is what generalises to new reports.

Reading (read/claims*.py, through read/claims_sources.py), fusion (fuse/) and the web layer
(`identity`: one source page per source whatever name a report uses) all ask this module.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "lexicons" / "sources.json"

# Kinds whose statements speak for their side: two of them are one origin, not two.
MOUTHPIECES = frozenset({"official", "state media", "militant media", "armed group"})


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    alignment: str | None = None


@lru_cache(maxsize=131072)
def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case, hyphens, apostrophes, 'the' and parenthetical notes folded away, for alias lookup."""
    text = re.sub(r"\([^)]*\)", " ", text or "")
    # "Médecins Sans Frontières" and "Medecins Sans Frontieres" are one name: accents folded away
    text = _unaccented(text)
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    return text.strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, Source]:
    try:
        data = json.loads(LEXICON.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:          # a broken lexicon must say which file
        raise RuntimeError(f"{LEXICON}: cannot read lexicon: {exc}") from exc
    idx: dict[str, Source] = {}
    try:                                          # armed groups speak for themselves
        from livedesk.read import lexicon as actors_lexicon
        for a in actors_lexicon.actors():
            if a.generic:
                continue
            kind = "official" if a.type in ("state forces", "foreign forces", "police") else "armed group"
            src = Source(a.name, kind, a.name)
            for al in a.aliases:
                if len(fold(al)) > 2 or al.isupper():
                    idx.setdefault(fold(al), src)
    except (ImportError, RuntimeError):
        pass
    # sources.json wins over actors.json: "Syrian army" said something = the Syrian government said it.
    for s in data["sources"]:
        src = Source(s["name"], s["kind"], s.get("alignment"))
        for al in [s["name"], *s.get("aliases", [])]:
            idx[fold(al)] = src
    idx.pop("", None)
    return idx


@lru_cache(maxsize=1)
def _caps_only() -> frozenset[str]:
    """Short all-capital aliases ("IS", "AP", "UN") match only when written in capitals."""
    keys = set()
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    names = [al for s in data["sources"] for al in [s["name"], *s.get("aliases", [])]]
    try:
        from livedesk.read import lexicon as actors_lexicon
        names += [al for a in actors_lexicon.actors() for al in a.aliases]
    except (ImportError, RuntimeError):
        pass
    for al in names:
        if al.isupper() and len(al) <= 3:
            keys.add(fold(al))
    return frozenset(keys)


def exact(name: str) -> Source | None:
    """The source a name denotes when the whole name is a listed name or alias."""
    key = fold(name)
    hit = _index().get(key)
    if hit is not None and key in _caps_only() and key.upper() not in (name or ""):
        return None
    return hit


@lru_cache(maxsize=65536)        # names repeat across thousands of mentions
def lookup(name: str) -> Source | None:
    """The source a whole name denotes, or the longest listed name inside it; a name written
    another way ('Ministry of Defence of Russia', 'a spokesman for Amaq') as its listed form."""
    hit = _lookup(name)
    if hit is None:
        alt = canonical_name(name)
        if alt and alt != name:
            hit = _lookup(alt)
    return hit


def _lookup(name: str) -> Source | None:
    key = fold(name)
    idx, caps = _index(), _caps_only()
    # "an insider", "the information": a paper named by a common word, written in lower case, is the word
    if key in idx and (key not in caps or key.upper() in (name or "")) \
            and not _common_word(idx[key], key, _capitalised(name, key.split()), 0):
        return idx[key]
    # "pro-Kremlin channel", "Iran-backed militia", "Britain-based monitor": a patron or a
    # home named in a modifier is not the speaker
    name = _PATRON.sub(" ", name or "")
    key = fold(name)
    upper = set(re.findall(r"\b[A-Z]{2,3}\b", name or ""))
    words = key.split()
    capital = _capitalised(name, words)
    for n in range(min(len(words), 7), 0, -1):
        for i in range(len(words) - n + 1):
            k = " ".join(words[i:i + n])
            hit = idx.get(k)
            if hit and (k not in caps or k.upper() in upper) and not _inside_other_name(hit, words, capital, i, i + n) \
                    and not _common_word(hit, k, capital, i):
                return hit
    return None


# Words that end the proper name of a body of its own: "Independent Election Commission" is not
# The Independent, "Guardian Council" not The Guardian, "Reuters Institute" not Reuters.
_BODY_HEADS = frozenset("""commission council committee institute institution foundation party movement front
union association centre center court assembly guard guards corps brigade brigades battalion ministry office
bank university college school hospital group coalition alliance league forces army police authority board
fund programme program mission organisation organization society federation trust tribunal parliament senate
congress club company corporation department directorate unit academy""".split())
# Words that only say which edition or arm of an outlet speaks ("Al Jazeera English", "Amaq News
# Agency", "BBC Persian"): the outlet still speaks.
_EDITION_WORDS = frozenset("""news agency tv television radio channel network press daily online english arabic
arabia persian urdu turkish french russian spanish world international service live digital""".split())


def _capitalised(name: str, words: list[str]) -> list[bool] | None:
    """Whether each folded word was written with a capital, or None when the folded words cannot
    be matched one to one with the written ones."""
    text = re.sub(r"\([^)]*\)", " ", name or "").replace("’", "'")
    text = _unaccented(text)
    text = re.sub(r"'s\b", "", text)
    toks = re.findall(r"[0-9A-Za-z]+", text)
    if toks and toks[0].lower() in ("the", "a", "an"):
        toks = toks[1:]
    if [t.lower() for t in toks] != words:
        return None
    return [t[0].isupper() for t in toks]


def _common_word(hit: Source, key: str, capital: list[bool] | None, i: int) -> bool:
    """A paper named by a common word ("The Independent", "The Guardian") that the longer name
    writes in lower case: the word itself ("an independent fiscal watchdog"), not the paper."""
    return capital is not None and " " not in key and hit.name.startswith("The ") and fold(hit.name) == key \
        and not capital[i]


def _inside_other_name(hit: Source, words: list[str], capital: list[bool] | None, i: int, j: int) -> bool:
    """A listed name found inside a longer proper name that is another body's: the capitalised
    words around it end in a body's head noun, or the listed name is a common word standing as a
    title ("The Times", "The Independent") and other capitalised words cling to it ("Jordan
    Times", "Sunday Times" are other papers)."""
    if capital is None or (i == 0 and j == len(words)):
        return False
    left = []
    k = i - 1
    while k >= 0 and capital[k]:
        left.append(words[k])
        k -= 1
    right = []
    k = j
    while k < len(words) and capital[k]:
        right.append(words[k])
        k += 1
    around = left + right
    if not around:
        return False
    # "South Sudanese army" holds "Sudanese army": words before it that make a longer country
    # name or demonym with its first word name another state
    if left and " ".join(list(reversed(left)) + [words[i]]) in _demonyms():
        return True
    if any(w in _BODY_HEADS for w in around):
        return True
    title_word = j - i == 1 and hit.name.startswith("The ") and fold(hit.name) == words[i]
    return title_word and not all(w in _EDITION_WORDS for w in around)


_PATRON = re.compile(r"\b(?:pro|anti)-[\w’'-]+|\b[\w’']+-(?:backed|affiliated|linked|aligned|allied|"
                     r"led|run|controlled|funded|based|sponsored|owned|leaning)\b", re.I)


def patron(name: str) -> Source | None:
    """The side a claimant leans to by its own description ("pro-Kremlin", "ISIS-affiliated")."""
    for m in _PATRON.finditer(name or ""):
        word = re.sub(r"^(?:pro|anti)-|-[a-z]+$", "", m.group(0), flags=re.I)
        if m.group(0).lower().startswith("anti-") or m.group(0).lower().endswith("-based"):
            continue
        hit = lookup(word)
        if hit and hit.alignment:
            return hit
    return None


# Head nouns of claimants nobody listed, and the kind they make.
_OFFICIAL = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
             "government", "governor", "commander", "army", "military", "authorities", "authority",
             "representative", "president", "general", "colonel", "mayor", "ambassador", "embassy",
             "police", "command", "statement", "prosecutor", "office", "council"}
_WITNESS = {"witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "villager",
            "villagers", "activist", "activists", "local", "locals", "doctor", "doctors", "medic",
            "medics", "rescuer", "rescuers", "fighter", "fighters", "survivor", "survivors", "nurse",
            "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents"}
_UNNAMED = {"source", "sources", "report", "reports", "someone", "some", "people", "observers",
            "analysts", "it", "they", "he", "she", "insider", "insiders", "rumours", "rumors"}
_ANONYMOUS = {"unnamed", "anonymous", "anonymity", "unidentified"}
# How a report says its speaker is not named ("briefed on the operation", "who asked not to be
# identified", "speaking on condition of anonymity"): for a claimant's name and for the words of an
# attribution around it (read/claims.py) alike.
NOT_NAMED = re.compile(r"\b(?:not\s+(?:to\s+be\s+)?(?:named|identified)|not\s+authori[sz]ed\s+to|"
                       r"briefed\s+on|familiar\s+with|on\s+(?:the\s+)?condition\s+of\s+anonymity|"
                       r"speaking\s+anonymously|(?:declined|refused)\s+to\s+be\s+(?:named|identified))\b", re.I)
_WATCHDOG = {"ombudsman", "ombudsperson", "ombudsmen"}
_MEDIA = {"press", "media", "newspaper", "newspapers", "television", "tv", "outlet", "radio",
          "channel", "agency", "broadcaster", "daily", "website", "magazine"}


_RIGHTS_BODY = re.compile(r"\b(?:human\s+rights|droits\s+(?:humains|de\s+l\W?homme|de\s+la\s+personne)|"
                         r"derechos\s+humanos|direitos\s+humanos|diritti\s+umani)\b")
_BODY = {"commission", "league", "ligue", "liga", "network", "reseau", "red", "rede", "committee", "comite",
         "comision", "comissao", "centre", "center", "centro", "observatory", "observatoire", "observatorio",
         "council", "conseil", "consejo", "association", "asociacion", "associacao", "coalition", "institute",
         "institut", "instituto", "movement", "mouvement", "movimiento", "collective", "collectif", "colectivo",
         "union", "federation", "platform", "plateforme", "plataforma", "foundation", "fondation", "fundacion",
         "organisation", "organization", "organizacion", "alliance", "group", "groupe", "grupo", "defenders",
         "defensores", "national", "nacional", "nationale", "forum", "watch", "monitor"}
_WING = re.compile(r"\b(?:media|press|propaganda|information)\s+(?:wing|arm|cell)\b", re.I)


def classify(name: str, country_side: str | None = None) -> Source:
    """Kind and alignment of a claimant: from the lexicon when listed, else from its words."""
    hit = lookup(name)
    words = set(fold(name).split())
    if hit:
        # "a representative of X" speaks for X: an official of that side
        if hit.kind != "official" and words & (_OFFICIAL - {"statement", "office"}) and hit.kind in MOUTHPIECES:
            return Source(hit.name, "official", hit.alignment)
        return hit
    if words & _ANONYMOUS or NOT_NAMED.search(name or ""):
        # "officials speaking on condition of anonymity", "two officials briefed on the operation":
        # whose officials nobody can check, so they count like any unnamed source
        return Source(name, "unnamed", None)
    leans = patron(name)
    if leans is not None:
        if words & _MEDIA:
            kind = "militant media" if leans.kind == "armed group" else "newspaper/broadcaster"
            return Source(name, kind, leans.alignment)
        if words & _OFFICIAL or leans.kind == "armed group":
            return Source(name, "armed group" if leans.kind == "armed group" else "official", leans.alignment)
        return Source(name, "unknown", leans.alignment)
    if words & _WATCHDOG or ("human rights" in fold(name) and words & {"commission", "commissioner"}):
        # a state's ombudsman or rights commission answers to no side's command: it watches them
        return Source(name, "monitor", None)
    if _RIGHTS_BODY.search(fold(name)) and words & _BODY:
        # a rights league, network or commission named for the rights it defends, in any of the
        # languages news copy leaves it in ("Collectif des Defenseurs des Droits Humains",
        # "Comision de Derechos Humanos"): it watches the sides, it is not a newspaper
        return Source(name, "monitor", None)
    if "state" in words and words & _MEDIA:
        return Source(name, "state media", country_side)
    if country_side and len(words) <= 2 and all(w in _demonyms() for w in words):
        return Source(name, "official", country_side)      # "Ukraine says": its government
    if _WING.search(name or "") and not words & _OFFICIAL:
        # "the group's media wing", "the rebels' propaganda arm": an armed group's own channel
        return Source(name, "militant media", None)
    if words & _OFFICIAL:
        return Source(name, "official", country_side)
    if words & _MEDIA:
        return Source(name, "newspaper/broadcaster", None)
    if words & _WITNESS:
        return Source(name, "local witness", None)
    if not words or words & _UNNAMED:
        return Source(name, "unnamed", None)
    return Source(name, "unknown", None)


# Countries written by their initials in news copy (in capitals only: see _demonyms_caps).
_COUNTRY_SHORT = {"US": "United States", "UK": "United Kingdom", "UAE": "United Arab Emirates",
                  "DRC": "Democratic Republic of Congo", "CAR": "Central African Republic"}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """'syrian' / 'syria' / 'south sudanese' -> 'Military Forces of ...': the side an unlisted
    official belongs to. Keys are folded phrases of one to four words."""
    out: dict[str, str] = {}
    try:
        from livedesk.read import lexicon as actors_lexicon
    except ImportError:
        return out
    # every country the actors lexicon knows, by its name and demonym ("Chadian army", "Armenian
    # Ministry of Defence", "South Sudanese troops"): a state's offices are its side whether or
    # not its forces have an entry of their own
    try:
        countries = actors_lexicon._load("actors.json").get("countries", {})
    except RuntimeError:
        countries = {}
    named = {fold(a.name.removeprefix("Military Forces of")): a.name for a in actors_lexicon.actors()
             if a.name.startswith("Military Forces of")}
    for name, facts in countries.items():
        side = named.get(fold(name), "Military Forces of " + name)     # as the actors lexicon spells it
        dem = facts[1] if len(facts) > 1 else ""
        for w in (name, *str(dem).split(",")):
            if fold(w):
                out.setdefault(fold(w), side)
    for short, name in _COUNTRY_SHORT.items():
        if fold(name) in out:
            out.setdefault(fold(short), out[fold(name)])
    # a state's forces by the one-word names they go by ("Tatmadaw", "IDF", "Pentagon"). Only
    # whole one-word aliases: the first word of a longer one is as often a common word ("Operation
    # ...", "Rapid ...", "South ...") or another country's ("Punjab police" serves two states)
    for a in actors_lexicon.actors():
        if a.type not in ("state forces", "foreign forces") or a.generic:
            continue
        if a.name.startswith("Military Forces of"):
            out.setdefault(fold(a.name.removeprefix("Military Forces of")), a.name)
        for al in a.aliases:
            key = fold(al.replace(".", ""))
            if key and " " not in key and al[:1].isupper():
                out.setdefault(key, a.name)
    return out


@lru_cache(maxsize=1)
def _demonyms_caps() -> frozenset[str]:
    """Keys that are short all-capital aliases ("US", "FAN", "ANA", "AFP"): they name a side only
    when written in capitals ("told us" is not the United States)."""
    keys = set()
    try:
        from livedesk.read import lexicon as actors_lexicon
        for a in actors_lexicon.actors():
            keys.update(fold(al) for al in a.aliases if al.replace(".", "").isupper() and len(al.replace(".", "")) <= 4)
        countries = actors_lexicon._load("actors.json").get("countries", {})
        keys.update(fold(f[0]) for f in countries.values() if f)
        keys.update(fold(k) for k in _COUNTRY_SHORT)
    except (ImportError, RuntimeError):
        pass
    return frozenset(keys)


@lru_cache(maxsize=65536)
def side_of(words: str) -> str | None:
    """The state side a phrase names by country or demonym ("Syrian officials" -> Syria's side;
    "South Sudanese troops" -> South Sudan's, not Sudan's: the longest name wins)."""
    hit = lookup(words or "")
    if hit is not None:
        # a listed source speaks for the side the lexicon gives it, whatever country its name
        # holds ("Agence France-Presse", "a Syrian Observatory spokesman" are no state's officials)
        return hit.alignment
    dem, caps = _demonyms(), _demonyms_caps()
    text = (words or "").replace(".", "")
    text = _unaccented(text)
    toks = re.findall(r"[0-9A-Za-z]+", re.sub(r"[’']s\b", "", text))
    low = [t.lower() for t in toks]
    for i in range(len(low)):
        for n in (4, 3, 2, 1):
            key = " ".join(low[i:i + n])
            if len(low[i:i + n]) == n and key in dem:
                if key in caps and not "".join(toks[i:i + n]).isupper():
                    continue
                return dem[key]
    return None


# Words around a witness noun that name nobody: "several local residents", "two villagers", "a
# doctor at the hospital".
_WITNESS_FILLER = {"a", "an", "the", "some", "several", "many", "two", "three", "four", "five", "dozens",
                   "local", "other", "frightened", "fleeing", "displaced", "nearby", "one", "few", "among",
                   "and", "who", "said", "told"}
_WITNESS_PLACE = re.compile(r"\s+(?:of|in|from|near|around|at|living|who)\b.*$", re.S)


def unnamed_witness(name: str, kind: str | None) -> bool:
    """A witness the report does not name ("residents", "villagers told AFP", "locals", "a doctor at
    the hospital", "Kabul residents", "residents of Abu Salim"): docs/statuses.md says unnamed reports
    never count, and a crowd of residents is no more a source anyone can check than "a source".
    A witness with a name ("doctor Ahmed Ali", "Hassan Omar, a resident") is a person: named."""
    if kind != "local witness" or not name:
        return False
    core = _WITNESS_PLACE.sub("", name.strip())          # "residents of Isa": the place names nobody
    toks = re.findall(r"[A-Za-z][\w’'-]*", core)
    first = next((i for i, t in enumerate(toks) if t.lower() in _WITNESS), None)
    if first is None:
        return False
    before = toks[:first]
    # a place right before the noun ("Kabul residents", "Gaza City doctors") names where, not who
    while before and before[-1][0].isupper() and before[-1].lower() not in _WITNESS_FILLER:
        before.pop()
    return all(t.lower() in _WITNESS or t.lower() in _WITNESS_FILLER for t in before + toks[first:])


def is_vague(src: Source) -> bool:
    """Speakers too vague to count as an origin of their own ("multiple sources", "a fighter")."""
    return src.kind in ("unnamed", "local witness", "unknown") and lookup(src.name) is None


# How one office is written several ways: "Ministry of Defence" is the "Defence Ministry", a
# spokesman or press office of X speaks as X, "Defense" is "Defence".
_MINISTRY_OF = re.compile(r"\bministry\s+of\s+(?:the\s+)?([a-z]+(?:\s+affairs)?)(?:\s+of\s+(?:the\s+)?([a-z][a-z ]*))?", re.I)
_ROLE_OF = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative|"
                      r"press\s+(?:office|service|officer)|media\s+(?:office|wing)|official|head|chief|"
                      r"commander|statement|channel|account|website|radio|television|tv)\s+(?:of|for|from)\s+"
                      r"(?:the\s+)?(.+)$", re.I)
_ROLE_AFTER = re.compile(r"^(.+?)\s+(?:spokes(?:man|woman|person)|press\s+(?:office|service|secretary)|"
                         r"media\s+(?:office|wing)|representative)\b.*$", re.I)


@lru_cache(maxsize=65536)
def canonical_name(name: str) -> str:
    """The name of the source a written name stands for, when no lexicon lists it: the office a
    spokesman speaks for, a ministry in one word order. 'a spokesman for the Interior Ministry',
    'Ministry of Interior' -> 'Interior Ministry'; 'Ministry of Defence of Mali' -> 'Mali Defence
    Ministry'."""
    n = re.sub(r"\s+", " ", (name or "").strip())
    # "a rebel faction, Jaysh al-Fatah" / "Jaysh al-Fatah, a rebel faction": the name, not its gloss
    parts = [p.strip() for p in n.split(",") if p.strip()]
    if len(parts) == 2:
        named = [p for p in parts if p[:1].isupper() and not re.match(r"(?i)(?:a|an|the)\b", p)]
        if len(named) == 1:
            n = named[0]
    n = re.sub(r"\bDefense\b", "Defence", n)
    n = re.sub(r"\bdefense\b", "defence", n)
    for _ in range(2):
        m = _ROLE_OF.match(n)
        if m:
            n = m.group(1)
        m = _ROLE_AFTER.match(n)
        if m and len(m.group(1).split()) >= 1 and m.group(1).lower() not in ("the", "a", "an"):
            n = m.group(1)
    m = _MINISTRY_OF.search(n)
    if m:
        office = m.group(1).strip()
        country = (m.group(2) or "").strip()
        rest = (n[:m.start()] + n[m.end():]).strip()
        n = " ".join(x for x in (rest, country.title() if country else "", office.title(), "Ministry") if x)
    n = re.sub(r"^(?:the|a|an)\s+", "", n, flags=re.I)
    n = re.sub(r"[’']s\b", "", n)
    return n.strip()


@lru_cache(maxsize=65536)
def origin_key(name: str, kind: str | None, alignment: str | None) -> str:
    """The identity corroboration counts, one per real-world source: a side's mouthpieces and
    people share the side's; an outlet's aliases, people and channels share the outlet's; an
    unlisted office is itself however it is written ('Defence Ministry' = 'Ministry of Defence')."""
    hit = lookup(name)
    if hit is not None and hit.kind in MOUTHPIECES and hit.alignment:
        return "side:" + hit.alignment
    if kind in MOUTHPIECES and alignment:
        return "side:" + alignment
    if hit is not None:
        return "src:" + hit.name
    return "src:" + fold(canonical_name(name))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    """canonical name -> every name the lexicons give it (sources.json, and actors.json for a
    side that speaks in its own name)."""
    out: dict[str, list[str]] = {}
    for key, src in _index().items():
        out.setdefault(src.name, [])
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    for s in data["sources"]:
        out.setdefault(s["name"], []).extend([s["name"], *s.get("aliases", [])])
    try:
        from livedesk.read import lexicon as actors_lexicon
        for a in actors_lexicon.actors():
            if a.name in out and not a.generic:
                out[a.name].extend([a.name, *a.aliases])
    except (ImportError, RuntimeError):
        pass
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def identity(name: str) -> dict:
    """One source whatever name a report uses, for the source pages: its canonical name, kind,
    alignment and every name it goes by. An unlisted name is a source of its own (written in its
    canonical form: 'Ministry of Defence' -> 'Defence Ministry').

    identity("Observatory") -> {"name": "Syrian Observatory for Human Rights", "kind": "monitor",
                                "alignment": None, "aliases": ["Syrian Observatory ...", "SOHR", ...]}
    """
    hit = exact(name) or exact(canonical_name(name))
    if hit is None:
        canon = canonical_name(name) or (name or "").strip()
        src = classify(name)
        names = tuple(dict.fromkeys(x for x in (canon, (name or "").strip()) if x))
        return {"name": canon, "kind": src.kind, "alignment": src.alignment, "aliases": list(names)}
    return {"name": hit.name, "kind": hit.kind, "alignment": hit.alignment,
            "aliases": list(_aliases().get(hit.name, (hit.name,)))}


def same_source(a: str, b: str) -> bool:
    """Whether two written names denote one source ("The Observatory" / "SOHR" / "Syrian
    Observatory for Human Rights (monitor)"): by the lexicon, else by close spelling."""
    ha, hb = lookup(a), lookup(b)
    if ha and hb:
        return ha.name == hb.name
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return fa == fb
    from rapidfuzz import fuzz
    return fa == fb or fuzz.token_set_ratio(fa, fb) >= 90
