"""Actors: who acted (actor1) on whom (actor2), named the way conflict coders name them.

Mentions are found by phrase matching every alias of lexicons/actors.json, and by a country's
name or demonym on a word for forces ("Nigerian troops", "Kenya's police"). The dependency parse
decides their roles: the subject of the event verb or its passive "by" agent acts (actor1); its
object, its passive subject, the target of "on"/"against", or the subject of "die" is acted on
(actor2). Speakers of say/report verbs are claimants, not actors, and victims (civilians) are
never actor1. Generic names take the country of the event, not of whatever word names a country:
"gunmen" in Kidal are "Unidentified Armed Group (Mali)". State forces carry the term of office
ACLED dates them by: "Military Forces of Nigeria (2015-2023)".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from livedesk.read import lexicon
from livedesk.read.nlp import ents, get_nlp

SAY = {"say", "report", "claim", "announce", "state", "tell", "add", "confirm", "deny", "accuse", "blame",
       "note", "reveal", "allege", "write", "post", "publish", "quote", "cite", "suggest", "show", "believe",
       "warn", "insist", "condemn", "urge", "call"}
# Verbs whose subject undergoes the event: "four soldiers died", "a convoy came under fire".
UNDERGO = {"die", "perish", "succumb", "suffer", "sustain", "drown", "flee", "lose", "disappear", "undergo"}
CLAIMED = {"attack", "bombing", "responsibility", "killing", "assault", "strike", "ambush", "raid", "explosion",
           "blast", "kidnapping", "abduction", "assassination", "shooting"}
# Acts joined doers do together, on a third party, not to each other.
JOINT_ACTS = {"regain", "retake", "recapture", "capture", "seize", "liberate", "take", "kill", "attack", "raid",
              "abduct", "kidnap", "arrest", "detain", "loot", "burn", "torch", "destroy", "storm", "besiege",
              "launch", "carry", "conduct", "execute", "massacre", "shell", "bomb", "strike", "overrun", "rape"}
SUPPORT = {"back", "support", "assist", "aid", "reinforce", "accompany"}
PASSING = {"pass", "drive", "travel", "ride", "cross", "move", "return"}
ASSAULT_WORDS = {"ambush", "attack", "raid", "assault", "storm", "overrun", "besiege"}
HARM_VERBS = {"stab", "slash", "shoot", "kill", "attack", "hack", "knife", "wound", "injure", "assault", "beat",
              "run", "ram", "behead", "strangle", "murder"}
# nouns of an act whose compound modifier is the doer ("an ISWAP raid", "Army clashes with X")
ACT_NOUNS = {"attack", "raid", "ambush", "assault", "clash", "clashes", "offensive", "incursion", "onslaught",
             "engages", "engage", "repels", "attacks", "raids", "ambushes"}
KEPT = {"store", "stockpile", "hide", "stash", "keep", "own", "plant", "leave", "bury", "abandon", "place"}
TOWARD = {"against", "on", "at", "targeting", "toward", "towards", "into", "upon", "with"}
MILITARY_NOUNS = {"helicopter", "jet", "aircraft", "plane", "warplane", "checkpoint", "convoy", "soldier", "troop",
                  "base", "position", "army", "force", "serviceman", "pilot", "airbase", "patrol", "military",
                  "officer", "outpost", "post", "tank", "drone", "fighter", "unit", "personnel", "navy",
                  "paratrooper", "marine", "commando", "artillery", "gunboat", "warship", "missile", "strike",
                  "airstrike", "shelling", "bombardment", "raid", "warplane", "bomber", "rocket",
                  "sniper", "quadcopter", "gunship", "vehicle", "attack", "defence", "defense", "interceptor",
                  "government",
                  "bomb", "shell", "munition", "projectile"}
POLICE_NOUNS = {"police", "policeman", "policemen", "gendarme", "gendarmerie", "constable", "cop"}
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march", "gather", "assemble", "picket", "strike", "stage", "hold",
                 "chant", "boycott", "petition"}
RIOT_VERBS = {"riot", "loot", "lynch", "torch", "burn", "vandalise", "vandalize", "ransack", "stone", "pelt",
              "destroy", "smash", "storm", "attack", "beat", "clash"}
# Types that suffer events and never carry them out in a coder's record.
VICTIM_TYPES = {"civilians"}
STATE_TYPES = {"state forces", "foreign forces", "police"}
NON_STATE_TYPES = {"rebels", "militants", "militia", "unidentified"}
# The people who act in a protest or a riot (ACLED's event types and their sub-event types).
CROWD = {"Protests": "Protesters", "Peaceful protest": "Protesters", "Protest with intervention": "Protesters",
         "Excessive force against protesters": "Protesters", "Riots": "Rioters", "Violent demonstration": "Rioters",
         "Mob violence": "Rioters"}


@dataclass
class ActorMention:
    actor: lexicon.Actor
    span: Span
    role: int = 0            # 1 acts, 2 acted upon, 0 unknown, -1 speaker
    country: str | None = None   # the country a generic name's own words give ("Kenyan troops")
    options: tuple[str, ...] = ()   # the groups that share the alias it was read by ("coalition warplanes")
    limited: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (entry, its countries) for an alias it means only there


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    nlp = get_nlp()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for a in lexicon.actors():
        m.add(a.name, [nlp.make_doc(al) for al in a.aliases])
    return m


@lru_cache(maxsize=1)
def _lex() -> dict:
    return lexicon._load("actors.json")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    data = _lex().get("countries", {})
    names = {k.lower(): k for k in data}
    demonyms: dict[str, str] = {}
    for k, v in data.items():
        demonyms.setdefault(v[1].lower(), k)
    for word, country in _lex().get("other_demonyms", {}).items():
        demonyms.setdefault(word.lower(), country)
    return names, demonyms


@lru_cache(maxsize=1)
def _by_iso() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, v in _lex().get("countries", {}).items():
        out.setdefault(v[0], name)          # the first name listed for a code is the country's own
    return out


@lru_cache(maxsize=1)
def _raw_by_name() -> dict[str, dict]:
    return {a["name"]: a for a in _lex()["actors"]}


def _raw(name: str) -> dict:
    return _raw_by_name().get(name, {})


def _alias_limit(name: str, alias: str) -> tuple[str, ...]:
    """The countries an entry's alias names it in only ('alias_countries'): Thailand's paramilitary
    rangers are its military forces, rangers elsewhere are park rangers; 'resistance fighters' are
    the People's Defence Force in Myanmar, nobody in particular elsewhere."""
    lim = _raw(name).get("alias_countries") or {}
    return tuple(next((v for k, v in lim.items() if k.lower() == alias.lower()), ()))


def _in_country(m: "ActorMention", country: str | None) -> "ActorMention":
    """A mention read by a country-limited alias: that entry in its countries, else what the same
    words name otherwise (the entry's 'elsewhere', or the generic entry that shares the words)."""
    if not m.limited:
        return m
    iso = (_lex().get("countries", {}).get(country or "") or [None])[0]
    for name, isos in m.limited:
        if iso in isos:
            return ActorMention(lexicon.actor_by_name(name), m.span, m.role, None)
    return m


@lru_cache(maxsize=1)
def _literal() -> re.Pattern:
    """Coder's names written out in a text: 'Military Forces of Mali (2021-)', 'Civilians (Sudan)'."""
    names = "|".join(re.escape(c) for c in sorted(_lex().get("countries", {}), key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<kind>Military|Police) Forces of (?:the )?(?P<country>{names})(?: \(\d{{4}}-(?:\d{{4}})?\))?"
                      rf"|(?P<generic>Civilians|Protesters|Rioters|Unidentified Armed Group) \((?P<country2>{names})\))")


def _styles() -> dict[str, dict]:
    return {a["name"]: a for a in _lex()["actors"] if a.get("generic")}


def report_country(doc: Doc) -> str | None:
    """The country a report names most: country names count twice, demonyms once."""
    names, demonyms = _countries()
    c: Counter = Counter()
    for ent in ents(doc):
        low = ent.text.lower()
        if ent.start > 0 and _other_country_before(doc, ent.start):    # "South Sudanese" tagged "Sudanese"
            low = f"{doc[ent.start - 1].lower_} {low}"
        if ent.label_ == "GPE" and low in names:
            c[names[low]] += 2
        elif ent.label_ == "NORP" and low in demonyms:
            c[demonyms[low]] += 1
    if not c:       # a demonym inside a name the ruler tagged ORG ("Syrian Observatory")
        c.update(n for n in _named_countries(doc))
    return c.most_common(1)[0][0] if c else None


def _named_countries(doc: Doc) -> set[str]:
    """Countries the text names, by name or demonym ('Syrian troops' too, which the ruler tags ORG);
    worked out once per document."""
    got = doc.user_data.get("livedesk_named_countries")
    if got is None or got[0] != len(doc):
        names, demonyms = _countries()
        found = {names.get(e.text.lower()) or demonyms.get(e.text.lower()) for e in ents(doc)}
        # read with the word before: "South Sudanese" names South Sudan, not Sudan
        found |= {next((c for c in ((names.get(w) or demonyms.get(w)) for w in (
            f"{doc[t.i - 1].lower_} {t.lower_}" if t.i > 0 else "", t.lower_)) if c), None)
            for t in doc if t.is_title or t.is_upper}
        got = doc.user_data["livedesk_named_countries"] = (len(doc), found - {None})
    return got[1]


def country_from_places(places: list[dict], start: int | None = None, end: int | None = None,
                        named: set[str] | None = None) -> str | None:
    """The country most of the resolved places lie in (those between start and end when given).

    Towns and provinces say where an event was; a country named as a word ("the US dollar",
    "Iranian-made") does not, so country-level names count only when no town is found. A town
    whose name is also a town of a country the text names ("Syrian troops entered Palmyra") is
    taken to be in that country."""
    by_iso = _by_iso()
    names = _countries()[0]
    # a demonym ("Russian drone") read as the country says whose forces, not where
    inside = [p for p in places if (start is None or (p.get("start", 0) >= start and p.get("end", 0) <= end))
              and p.get("country") in by_iso and p.get("lat") is not None
              and not (str(p.get("feature") or "").startswith("PCL") and str(p.get("name", "")).lower() not in names
                       and country_of(str(p.get("name", ""))))]
    local = [p for p in inside if not str(p.get("feature") or "").startswith("PCL")]
    c: Counter = Counter()
    for p in (local or inside):
        # of equal counts, a capital or a province outweighs a village: in "Kibera (Nairobi)"
        # the province a coder writes beside the town says the country when the town's name
        # is also a village abroad
        weight = 1.25 if str(p.get("feature") or "") in ("PPLC", "ADM1", "ADM2", "PPLA") else 1.0
        country = by_iso[p["country"]]
        if named and country not in named:
            top = float(p.get("score") or 0)
            alt = next((by_iso[q["country"]] for q in p.get("candidates") or ()
                        if q.get("country") in by_iso and by_iso[q["country"]] in named
                        and float(q.get("score") or 0) >= top / 2), None)
            country = alt or country
        c[country] += weight
    return c.most_common(1)[0][0] if c else None


def event_country(doc: Doc, places: list[dict] | None, start: int | None = None, end: int | None = None) -> str | None:
    """The event's country: where the places of its own text lie, else of the whole report, else the
    country the report names most."""
    places = _not_group_names(doc, places or [])
    # the countries the text names, and those of the groups it names: of a town's namesakes
    # ("Kani" in Japan and in Myanmar's Sagaing), the one in such a country
    named = _named_countries(doc) | set(_groups_countries(doc)) | set(_peoples_countries(doc))
    return (country_from_places(places, start, end, named) if start is not None else None) \
        or country_from_places(places, named=named) or report_country(doc) or groups_country(doc) \
        or peoples_country(doc)


def _not_group_names(doc: Doc, places: list[dict]) -> list[dict]:
    """The places whose words are not an armed group's own name: the Fano militia is no town in
    Italy, whatever the gazetteer holds."""
    spans = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for i, s, e in _doc_matches(doc)
             if (a := lexicon.actor_by_name(doc.vocab.strings[i])) is not None and not a.generic]
    if not spans:
        return places
    return [p for p in places if not any(a <= p.get("start", -1) and p.get("end", -1) <= b for a, b in spans)]


def peoples_country(doc: Doc) -> str | None:
    """Where a people whose armed men the text names mostly live ("Amhara militiamen", "Murle
    youths"), when no place, country word or group says where: the lexicon's 'homes' (peoples
    spread over several countries have none)."""
    c = _peoples_countries(doc)
    return c.most_common(1)[0][0] if c else None


def _peoples_countries(doc: Doc) -> Counter:
    homes, by_iso = _lex().get("ethnic_militias", {}).get("homes", {}), _by_iso()
    return Counter(by_iso[homes[sp[0].text]] for sp in _ethnic_spans(doc[:]) if homes.get(sp[0].text) in by_iso)


def groups_country(doc: Doc) -> str | None:
    """The country of the armed groups a text names, when no place or country word says where:
    "Al Shabaab militants beheaded an elder in Bulo Burte" is in Somalia. Forces that fight
    abroad (foreign forces, groups with 'theatres') say nothing of where; the group named most decides."""
    c = _groups_countries(doc)
    return c.most_common(1)[0][0] if c else None


def _groups_countries(doc: Doc) -> Counter:
    by_iso = _by_iso()
    c: Counter = Counter()
    matches = [(lexicon.actor_by_name(doc.vocab.strings[i]), s, e) for i, s, e in _doc_matches(doc)]
    # an alias an entry means only in some countries ('rangers') says nothing of where
    matches = [(a, s, e) for a, s, e in matches if a is None or not _alias_limit(a.name, doc[s:e].text)]
    generic = {(s, e) for a, s, e in matches if a is not None and a.generic}
    for a, s, e in matches:
        # words a generic entry also reads ("rebels") name nobody in particular
        if a is not None and not a.generic and (s, e) not in generic and a.country in by_iso and a.type != "foreign forces" \
                and not _raw(a.name).get("theatres"):
            c[by_iso[a.country]] += 1
    return c


# Short forms of country names that wires use as modifiers ("US airstrike", "UK troops").
SHORT = {"us": "United States", "u.s.": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
         "drc": "Democratic Republic of Congo", "car": None, "uae": "United Arab Emirates"}


def country_of(text: str) -> str | None:
    names, demonyms = _countries()
    low = text.lower()
    if text.isupper() and SHORT.get(low):
        return SHORT[low]
    if low.endswith("'s") or low.endswith("’s"):
        low = low[:-2]
    return names.get(low) or demonyms.get(low)


def _the(country: str) -> str:
    return f"the {country}" if country in _lex().get("articled", ()) else country


def period(country: str, on: date | None = None) -> str | None:
    """The term of office ACLED names a country's state forces by, on a day (today's when None)."""
    terms = _lex().get("state_periods", {}).get(country)
    if not terms:
        return None
    day = (on or date.today()).isoformat()
    pick = next((t for t in terms if t[0] <= day and (t[1] is None or day < t[1])), None)
    if pick is None:
        pick = terms[0] if day < terms[0][0] else terms[-1]
    first, last = pick[0][:4], (pick[1] or "")[:4]
    return f"({first}-{last})"


def _state_name(kind: str, country: str, on: date | None) -> str:
    # a territory's military and police are its state's (gendarmes in French Guiana are France's,
    # police in Greenland Denmark's, in Puerto Rico the United States'): the lexicon's 'state_of'
    country = _lex().get("state_of", {}).get(country, country)
    name = f"{kind} of {_the(country)}"
    p = period(country, on)
    return f"{name} {p}" if p else name


def canonical(actor: lexicon.Actor, country: str | None, on: date | None = None) -> str:
    """The coder's name of an actor: a generic one filled with the event's country, state forces
    with their term of office."""
    if actor.generic and actor.name.endswith(" Ethnic Militia"):
        return f"{actor.name} ({country})" if country else actor.name
    if actor.generic:
        style = _styles().get(actor.name, {})
        local = style.get("by_country", {}).get(country or "")
        if local:
            return local
        if country and actor.name in ("Military Forces", "Police Forces"):
            return _state_name(actor.name, country, on)
        if country and actor.name == "Mutiny of Military Forces":      # mutineers: their state's term of office
            return "Mutiny of " + _state_name("Military Forces", country, on)
        if country and style.get("style"):
            return style["style"].format(country=_the(country) if "of {" in style["style"] else country)
        return actor.name
    raw = _raw(actor.name)
    branch = (raw.get("by_country") or {}).get(country or "")
    if branch and lexicon.actor_by_name(branch):        # "Islamic State militants" in Afghanistan: ISKP
        return branch
    for state_country, since in (raw.get("state_from") or {}).items():
        if (on or date.today()).isoformat() >= since:      # a movement that became a state's forces
            return _state_name("Military Forces", state_country, on)
    m = re.fullmatch(r"(Military|Police) Forces of (?:the )?(.+)", actor.name)
    if m and m.group(2) in _lex().get("countries", {}):
        return _state_name(f"{m.group(1)} Forces", m.group(2), on)
    return actor.name


side_key = lexicon.side_key

ONE_GROUP_TYPES = {"rebels", "militants", "militia"}


@lru_cache(maxsize=1)
def _one_group_names() -> dict[str, str]:
    """Lower-cased short name or alias -> the lexicon's name, for named groups that are one group.
    Entries marked `collective` (Haiti's gangs, the Mai-Mai, FARC dissidents: several groups under
    one entry, their aliases naming different groups) and generic entries give none; a spelling
    two entries share gives none."""
    seen: dict[str, set[str]] = {}
    for a in lexicon.actors():
        # a named multinational mission ("ATMIS: African Union Transition Mission in Somalia") is
        # one actor by its acronym too; a state's forces abroad are named by their state
        mission = a.type == "foreign forces" and ": " in a.name
        if a.generic or (a.type not in ONE_GROUP_TYPES and not mission) or _raw(a.name).get("collective"):
            continue
        forms = set(a.aliases) | {a.name}
        if ": " in a.name:                      # "ADF: Allied Democratic Forces": "ADF" and the full name
            forms |= {p.strip() for p in a.name.split(": ", 1)}
        for f in forms:
            seen.setdefault(f.lower(), set()).add(a.name)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def coder_name(name: str | None) -> str | None:
    """The lexicon's name of the named group a coder's name stands for: coders write a known
    group by its full name ("ADF: Allied Democratic Forces"), its short name ("ADF", "M23") or
    a long form with the other language's name ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati
    wal-Jihad"); all are one actor. Names that are no single named group (state forces with a
    term, generic names with a country, collective entries) are left as written."""
    if not name or lexicon.actor_by_name(name):
        return name
    idx = _one_group_names()
    for form in [name] + [p for sep in (": ", " - ") if sep in name for p in name.split(sep, 1)]:
        hit = idx.get(form.strip().lower())
        if hit:
            return hit
    return name


def same_actor(a: str | None, b: str | None) -> bool:
    """Whether two coder names are one actor: equal, or the same named group through the lexicon's
    names and aliases (the scoring convention of the coder benches)."""
    return a == b or (a is not None and b is not None and coder_name(a) == coder_name(b))


def actor_type(name: str | None) -> str | None:
    """The lexicon type of a canonical actor name (also of 'Military Forces of X (2015-2023)' styles)."""
    if not name:
        return None
    a = lexicon.actor_by_name(name) or lexicon.actor_by_name(side_key(name))
    if a:
        return a.type
    if " Ethnic Militia" in name:
        return "militia"
    for base, style in _styles().items():
        prefix = (style.get("style") or base).split("{")[0].rstrip(" (")
        if name.startswith(prefix) or name.startswith(base):
            g = lexicon.actor_by_name(base)
            return g.type if g else None
    if any(name == v for s in _styles().values() for v in s.get("by_country", {}).values()):
        return "rebels"
    return None


def _misread_verb(tok: Token) -> Token | None:
    """'200 residents protested in ...': the small parser at times makes the noun the root and the
    verb after it a clause of it; that verb is the noun's predicate."""
    if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
        return next((c for c in tok.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VBD" and c.i == tok.i + 1), None)
    return None


def _verb_of(tok: Token) -> Token:
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return _misread_verb(t) or t
        t = t.head
    return t


def _cut_passive(h: Token) -> bool:
    """'a helicopter was, according to X, shot down by ...': a parenthetical between the
    auxiliary and the participle leaves the small parser a bare 'was' with the participle hung
    elsewhere (as a clause, an attribute, a conjunct). A 'be' followed at once by a parenthetical
    and later in its sentence by a participle or a 'by' agent, with no adjective of its own, is
    that passive, and its subject is what was acted on."""
    if h.lemma_ != "be" or any(c.dep_ in ("acomp", "expl") for c in h.children):
        return False
    doc = h.doc
    if h.i + 1 >= len(doc) or doc[h.i + 1].text not in (",", "(", "-", "\u2013", "\u2014"):
        return False
    end = h.sent.end if doc.has_annotation("SENT_START") else len(doc)
    return any(t.tag_ == "VBN" or t.dep_ == "agent" for t in doc[h.i + 2:end])


TOLL_PARTICIPLES = {"kill", "wound", "injure", "hurt", "abduct", "kidnap", "arrest", "detain", "execute",
                    "behead", "displace", "capture", "rescue", "release"}


def _bare_toll(h: Token) -> bool:
    """'3 soldiers killed.', 'Two civilians wounded': a coder's or headline's passive without its
    auxiliary. The parser makes the victims the subject of an active 'killed'; a killing verb with
    no object, no auxiliary and no clause of its own tells what happened to its subject."""
    if h.lemma_.lower() not in TOLL_PARTICIPLES or h.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "ccomp", "xcomp", "attr", "dative", "prt", "conj")
           for c in h.children):
        return False
    # "Houthis detained over a dozen UN staff": a count the parser hangs on 'over' is the object
    return not any(c.dep_ == "prep" and c.lower_ in COUNT_PREPS and any(
        g.tag_ == "CD" or g.lower_ in ("dozen", "dozens", "hundreds", "scores") for g in c.subtree) for c in h.children)


COUNT_PREPS = {"over", "about", "around", "nearly", "almost", "some", "up"}


def _bare_passive(h: Token) -> bool:
    """'...; attackers repelled', 'assault repulsed': a headline's passive without its auxiliary
    (a past form with a subject and no object, auxiliary or particle of its own)."""
    return h.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in h.children) and not any(
        c.dep_ in ("dobj", "obj", "aux", "auxpass", "prt", "dative", "ccomp", "xcomp") for c in h.children)


def _says(verb: Token) -> bool:
    """A verb of saying, whose subject is a speaker, not a party: not "called off" (a truce, a
    strike) or "called up" (reservists), which are the group's own acts."""
    return verb.lemma_ in SAY and not (verb.lemma_ == "call" and any(
        c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children))


BLAST_VERBS = {"explode", "detonate", "go", "blow", "blast"}


def _beside_blast(prep: Token) -> bool:
    word = prep.lower_
    if word == "to" and prep.head.lower_ == "next":
        prep, word = prep.head, "next to"
    if word not in ("near", "beside", "alongside", "under", "next to"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in BLAST_VERBS and (
        verb.lemma_.lower() != "go" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _role(tok: Token) -> int:
    # "...; four militants killed", "two soldiers wounded by a mine": people a killing participle
    # qualifies are its toll, acted on, wherever the parser hangs their noun (an apposition of the
    # doer's, a stray object)
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TOLL_PARTICIPLES and c.i > tok.i
           for c in tok.children):
        return 2
    t = tok
    for _ in range(6):
        dep = t.dep_
        if dep in ("nsubj", "csubj"):
            h = t.head
            if _says(h):
                return -1
            if _cut_passive(h):
                return 2
            if h.lemma_ in UNDERGO or (h.lemma_ == "come" and any(c.lower_ == "under" for c in h.children)):
                return 2
            if _bare_toll(h):
                return 2
            # "a bomb detonated as army trucks passed": who was passing when it went off is
            # whom it hit, not a doer
            if h.dep_ == "advcl" and h.lemma_.lower() in PASSING and \
                    any(c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in h.children):
                return 2
            return 1
        if dep == "nsubjpass":
            return 2
        if dep == "pobj" and t.head.dep_ == "agent":
            verb = t.head.head
            # "Somali troops backed by clan militia fought ...": who backs the doer is no party of its own
            # (ACLED: an associated actor at most), so not a second side either when the sentence
            # names nobody else acted on ("soldiers backed by Russian instructors killed rebels")
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in SUPPORT:
                return -1
            # "a car bomb claimed by the Islamic State killed...": who claims the attack made it
            if verb.lemma_ == "claim" and verb.dep_ in ("acl", "relcl"):
                return 1
            # "police seized rifles stored by MS-13 members", "defused a bomb planted by X": whose
            # the thing acted on was is the side acted on (the codebook's owner of the weapons)
            thing = verb.head
            while thing.dep_ == "conj" and thing.head.i != thing.i:       # "rifles and grenades stored by X"
                thing = thing.head
            # (not "struck by a bomb planted by X", where the thing is itself the doer)
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in KEPT and thing.head.i != thing.i and (
                    (thing.dep_ == "dobj" and thing.head.pos_ == "VERB")
                    or (thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.dep_ == "dobj")):
                return 2
            return -1 if _says(verb) else 1
        if dep == "pobj" and t.head.lower_ == "by":
            return 1
        # "residents told reporters": whom a speaker tells is the audience, not a party
        if dep in ("dobj", "dative") and t.head.lemma_ == "tell":
            return -1
        if dep in ("dobj", "attr", "oprd", "dative"):
            return 2
        if dep == "pobj" and t.head.lower_ in TOWARD:
            return 2
        if dep == "pobj" and t.head.lower_ in ("according", "to") and t.head.head.lower_ == "according":
            return -1
        # "a bomb went off next to a patrol", "exploded beside an army convoy": whom a blast went off
        # beside is whom it hit (the codebook's second party), not its doer
        if dep == "pobj" and _beside_blast(t.head):
            return 2
        if dep == "ROOT" and _misread_verb(t) is not None:
            return 1
        # "Army clashes with JNIM near Dioura", "a Boko Haram attack on an army post": in a coder's
        # or headline's noun phrase the name before the act's noun is who acted (the parser makes the
        # present-tense verb of "Army clashes with" a noun too)
        # ("a Shabaab raid on ...": a name the parser tags an adjective qualifies the act the same way)
        if dep in ("compound", "amod") and t.i < t.head.i and t.head.pos_ in ("NOUN", "PROPN") and \
                t.head.lemma_.lower() in ACT_NOUNS and t.lower_ not in ("drone", "air", "rocket", "mortar", "missile", "suicide"):
            return 1
        if dep in ("poss", "compound", "amod", "nmod", "appos", "conj", "det", "npadvmod", "nummod") or \
                (dep == "pobj" and t.head.lower_ == "of"):
            if t.head.i == t.i:
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


_FORCE_LEMMA: dict[int, bool] = {}     # lemma hash -> its lower-case form names forces


def _force_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma is a military or police noun, read once per doc."""
    got = doc.user_data.get("livedesk_military")
    if got is None or got[0] != len(doc):
        strings, hits = doc.vocab.strings, []
        lemmas = doc.to_array([LEMMA]).reshape(-1)
        for h in numpy.unique(lemmas).tolist():
            hit = _FORCE_LEMMA.get(h)
            if hit is None:
                low = strings[h].lower()
                hit = _FORCE_LEMMA[h] = low in MILITARY_NOUNS or low in POLICE_NOUNS
            if hit:
                hits.append(h)
        out = numpy.flatnonzero(numpy.isin(lemmas, numpy.array(hits, dtype=lemmas.dtype))).tolist() if hits else []
        got = doc.user_data["livedesk_military"] = (len(doc), out)
    return got[1]


def _by_context(doc: Doc, options: list[str]) -> str:
    """Of several groups sharing an alias ('SNA': Somalia's army and Syria's Turkish-backed
    factions; 'ADF': a Ugandan-Congolese insurgency and Ambazonia's fighters), the one of the
    country the text names or of the other groups it names; else the lexicon's first."""
    data = _lex().get("countries", {})
    hints: Counter = Counter()
    for name in _named_countries(doc):
        iso = (data.get(name) or [None])[0]
        if iso:
            hints[iso] += 2
    for match_id, s, e in _doc_matches(doc):
        a = lexicon.actor_by_name(doc.vocab.strings[match_id])
        if a is not None and not a.generic and a.name not in options and a.country:
            hints[a.country] += 1

    def weight(n: str) -> int:
        # a force that fights abroad is read by the countries it fights in ('theatres'): a bare
        # "coalition" is the Saudi-led one beside the Houthis, the US-led one beside Iraq's places
        own = lexicon.actor_by_name(n).country or ""
        return hints.get(own, 0) + sum(hints.get(t, 0) for t in _raw(n).get("theatres", ()))
    return max(options, key=lambda n: (weight(n), -options.index(n)))


def _own_country(sp: Span) -> str | None:
    """The country a generic name's own modifiers give: 'Nigerian troops', 'Kenya's police'."""
    root = sp.root
    for t in list(sp) + [c for c in root.children if c.dep_ in ("amod", "compound", "poss", "nmod")]:
        if t.dep_ in ("amod", "compound", "poss", "nmod") or t.i < root.i:
            c = _country_at(t)
            if c:
                return c
    return None


def _other_country_before(doc: Doc, s: int) -> bool:
    one = country_of(doc[s].text)
    two = country_of(f"{doc[s - 1].text} {doc[s].text}")
    return one is not None and two is not None and two != one


def _country_at(t: Token) -> str | None:
    """The country a word names, read with the word before it ('South Sudanese', 'Burkina Faso')."""
    if t.i > 0:
        two = country_of(f"{t.doc[t.i - 1].text} {t.text}")
        if two:
            return two
    return country_of(t.text)


def mentions(span: Span) -> list[ActorMention]:
    """Actor mentions in a span, each with its role."""
    doc = span.doc
    found: list[Span] = []
    names: dict[tuple[int, int], str] = {}
    shared: dict[tuple[int, int], list[str]] = {}     # one acronym, several groups (SNA, ADF)
    junta_of: dict[tuple[int, int], str] = {}         # a state's word owned by another country
    limited: dict[tuple[int, int], list] = {}         # country-limited aliases (_alias_limit)
    for match_id, s, e in _doc_matches(doc):
        if s < span.start or e > span.end:
            continue
        text = doc[s:e].text
        name = doc.vocab.strings[match_id]
        actor = lexicon.actor_by_name(name)
        alias = next((al for al in actor.aliases if al.lower() == text.lower()), text)
        # Short all-capital aliases (IS, SAA, JAS, AA) must match as written: "is" is a verb. So
        # must short acronyms written in mixed case (LeT, JeM): "Let" opens place names.
        if (alias.isupper() or any(ch.isupper() for ch in alias[1:])) and len(alias) <= 4 and text != alias:
            continue
        # "Burkina Faso's junta", "Mali's military junta": a common word that one country's entry
        # lists (the junta) names the forces of the country said before it, not that entry's
        if actor.type == "state forces" and not actor.generic and text[:1].islower() and s > 0:
            before = doc[s - 2] if doc[s - 1].tag_ == "POS" and s > 1 else doc[s - 1]
            owner = _country_at(before) if before.dep_ in ("poss", "amod", "compound") or doc[s - 1].tag_ == "POS" else None
            if owner and owner != _by_iso().get(actor.country or ""):
                found.append(Span(doc, s, e))
                names[(s, e)] = "Military Forces"
                junta_of[(s, e)] = owner
                continue
        # "South Sudanese troops" are not "Sudanese troops": a name that opens with a demonym is
        # another country's when the word before makes another country's name or demonym with it
        if s > 0 and _other_country_before(doc, s):
            continue
        # "Government Girls Secondary School", "Government House": a capitalised generic word
        # that opens a longer name is part of that name (a school, a building), not a party
        if actor.generic and doc[e - 1].text == "Government" and e < len(doc) \
                and doc[e].is_title and country_of(doc[e].text) is None and doc[e].lower_ not in MILITARY_NOUNS | POLICE_NOUNS:
            continue
        # "damaging a bomber", "a strategic bomber": an aircraft, not a suicide bomber
        if doc[e - 1].lower_ in ("bomber", "bombers") and (
                _verb_of(doc[e - 1]).lemma_.lower() in ("damage", "destroy", "down", "shoot", "disable")
                and doc[e - 1].dep_ in ("dobj", "conj", "nsubjpass")
                or any(c.lower_ in ("strategic", "long-range", "heavy", "supersonic") or c.text[:3] in ("Tu-", "Su-", "B-5", "B-1", "B-2")
                       for c in doc[e - 1].children)):
            continue
        # "Ezza settlers", "Fulani settlers": settlers a people's name qualifies are that people,
        # not Israel's settlers (the entry's bare alias)
        if actor.name == "Settlers (Israel)" and s > 0 and doc[s].lower_.startswith("settler") \
                and doc[s - 1].is_title and doc[s - 1].lower_ not in ("israeli", "jewish") and doc[s - 1].i != doc[s - 1].sent.start:
            continue
        # an alias an entry means only in some countries: the mention keeps what the words name
        # otherwise, and the event's country decides (who_did_what, _in_country)
        lim = _alias_limit(name, alias)
        if lim:
            limited.setdefault((s, e), []).append((name, lim))
            found.append(Span(doc, s, e))
            if (s, e) not in names:
                names[(s, e)] = _raw(name).get("elsewhere") or "Unidentified Armed Group"
            continue
        found.append(Span(doc, s, e))
        # On the very same words a generic entry wins: the event's country then names the actor
        # ("rebels" are Syrian rebels in Syria only, through the entry's by_country).
        if (s, e) not in names or actor.generic:
            names[(s, e)] = name
        elif not lexicon.actor_by_name(names[(s, e)]).generic:
            shared.setdefault((s, e), [names[(s, e)]]).append(name)
    for key, options in shared.items():
        names[key] = _by_context(doc, options)
    # a coder's own names written out: "Military Forces of Mali (2021-)", "Protesters (Kenya)"
    literal: dict[tuple[int, int], str] = {}
    literal.update(junta_of)
    for m in _literal().finditer(span.text):
        sp = doc.char_span(span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand")
        country = m.group("country") or m.group("country2")
        if sp is not None and country in _lex().get("countries", {}):
            base = f"{m.group('kind')} Forces" if m.group("kind") else m.group("generic")
            if lexicon.actor_by_name(base):
                found.append(sp)
                names[(sp.start, sp.end)] = base
                literal[(sp.start, sp.end)] = country
    out: list[ActorMention] = []
    for sp in filter_spans(found):
        actor = lexicon.actor_by_name(names[(sp.start, sp.end)])
        if (sp.start, sp.end) in literal:
            out.append(ActorMention(actor, sp, _role(sp.root), literal[(sp.start, sp.end)]))
            continue
        if (sp.start, sp.end) in shared:
            out.append(ActorMention(actor, sp, _role(sp.root), None, tuple(shared[(sp.start, sp.end)])))
            continue
        own = _own_country(sp) if actor.generic and actor.name in ("Military Forces", "Police Forces") else None
        if own is None and actor.generic and actor.name in ("Military Forces", "Police Forces") and sp.start > 0:
            own = _country_at(doc[sp.start - 1]) if doc[sp.start - 1].dep_ in ("amod", "compound", "poss") else None
        out.append(ActorMention(actor, sp, _role(sp.root), own, limited=tuple(limited.get((sp.start, sp.end), ()))))
    # "Syrian helicopter", "Nigerian soldiers", "Kenya's police": a country's forces named by a noun.
    covered = {i for m in out for i in range(m.span.start, m.span.end)}
    mil, pol = lexicon.actor_by_name("Military Forces"), lexicon.actor_by_name("Police Forces")
    nouns = _force_tokens(doc)
    for tok in (doc[i] for i in nouns[bisect_left(nouns, span.start):bisect_left(nouns, span.end)]):
        if tok.i in covered:
            continue
        for child in _modifiers(tok):
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i not in covered:
                c = _country_at(child)
                if c or child.lower_ in ("government", "regime", "army"):
                    # ("a Kosovo police post", "Kenyan police vehicles": a force noun the police qualify
                    # is the police's)
                    a = pol if tok.lemma_.lower() in POLICE_NOUNS or any(
                        x.lower_ in POLICE_NOUNS for x in _modifiers(tok)) else mil
                    lo, hi = min(child.i, tok.i), max(child.i, tok.i)
                    out.append(ActorMention(a, Span(doc, lo, hi + 1), _role(tok), c))
                    covered.update(range(lo, hi + 1))
                    break
        else:
            # "Ukrainian shelling hit Belgorod": the parser can make the country word the subject and
            # the force noun after it a sibling; the two words still name that country's forces
            prev = doc[tok.i - 1] if tok.i > span.start else None
            if prev is not None and prev.i not in covered and prev.dep_ in ("nsubj", "nsubjpass") \
                    and prev.head.i == tok.head.i and tok.dep_ in ("aux", "auxpass", "compound", "amod"):
                c = _country_at(prev)
                if c:
                    a = pol if tok.lemma_.lower() in POLICE_NOUNS else mil
                    out.append(ActorMention(a, Span(doc, prev.i, tok.i + 1), _role(prev), c))
                    covered.update((prev.i, tok.i))
    out += _second_sides(out, covered)
    out += _states_acting(span, covered, mil)
    out += _prison_staff(span, covered, pol)
    # "Fulani militiamen", "Nuer youths": armed men named by their people are that people's militia
    for sp in _ethnic_spans(span):
        over = [m for m in out if m.span.start < sp.end and sp.start < m.span.end]
        if all(m.actor.generic for m in over):        # "militiamen" alone said less
            out = [m for m in out if m not in over]
            people = _ethnic()[0][sp[0].text]
            out.append(ActorMention(lexicon.Actor(f"{people} Ethnic Militia", "militia", None, True), sp, _role(sp.root)))
            covered.update(range(sp.start, sp.end))
    # "killing two Palestinians": people named by their nation are civilians of it
    civ = lexicon.actor_by_name("Civilians")
    for tok in span:
        if tok.i in covered or tok.tag_ not in ("NNPS", "NNS") or not tok.text[:1].isupper():
            continue
        c = country_of(tok.text[:-1]) if tok.lower_.endswith("s") else None
        if c and not any(ch.lower_ in MILITARY_NOUNS | POLICE_NOUNS for ch in tok.children):
            out.append(ActorMention(civ, Span(doc, tok.i, tok.i + 1), _role(tok), c))
    out.sort(key=lambda m: m.span.start)
    return _named_by(out)


PRISON_WORDS = {"prison", "prisoner", "inmate", "detainee", "jail", "penitentiary", "penal", "detention", "custody"}
PRISON_STAFF = {"guard", "staff", "warden", "wardens", "guards"}
NOT_PRISON_GUARDS = {"private", "security", "company", "border", "national", "presidential", "republican", "coast",
                     "village", "mine", "estate", "body", "armed"}


def _prison_staff(span: Span, covered: set[int], pol: lexicon.Actor) -> list[ActorMention]:
    """"Guards opened fire on prisoners", "prison staff beat detainees": the people who run a
    prison are a state body that ACLED records with the country's police forces (as the lexicon's
    'prison guards'), also where the sentence names the prison or its inmates and not the guards'."""
    if not any(t.lemma_.lower() in PRISON_WORDS for t in span):
        return []
    out = []
    for t in span:
        if t.i in covered or t.pos_ != "NOUN" or t.lemma_.lower() not in PRISON_STAFF or t.dep_ not in ("nsubj", "conj"):
            continue
        # guards who leave or suffer ("after guards abandoned their posts") do nothing to anyone
        if any(c.lower_ in NOT_PRISON_GUARDS for c in t.children) or \
                _verb_of(t).lemma_.lower() in WITHDRAW_VERBS | UNDERGO | TOLL_VERBS:
            continue
        lo = min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.lemma_.lower() in PRISON_WORDS])
        out.append(ActorMention(pol, Span(span.doc, lo, t.i + 1), _role(t)))
        covered.update(range(lo, t.i + 1))
    return out


def _modifiers(tok: Token) -> list[Token]:
    """The words before a noun that qualify it, through a chain of compounds: in 'a Russian
    Iskander missile' the parser hangs 'Russian' on 'Iskander', not on 'missile'."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") or (t is tok and c.dep_ not in ("det", "punct")):
                out.append(c)
                if c.i < tok.i and c.dep_ in ("compound", "nmod"):
                    todo.append(c)
    return out


# Verbs whose subject is where something happens or who merely has it, not who acts:
# "Lebanon saw protests", "Sudan faces famine", "Ukraine hosted the talks".
STATIVE = {"be", "have", "see", "witness", "experience", "face", "host", "remain", "become", "record", "register",
           "mark", "enter", "need", "want", "hope", "fear", "expect", "seem", "appear", "lie", "border"}


def _states_acting(span: Span, covered: set[int], mil: lexicon.Actor) -> list[ActorMention]:
    """'Azerbaijan shelled Armenian positions', 'Israel struck Beirut', 'Ukraine and Russia
    exchanged prisoners': a state named as the doer of an act is its armed forces, as coders
    record it. Only a country's own name, as the subject of a verb that acts."""
    out: list[ActorMention] = []
    for ent in span.ents:
        if ent.label_ != "GPE" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        c = country_of(ent.text)
        if c is None or c.lower() != ent.text.lower().removeprefix("the "):
            continue
        root = ent.root
        head = root.head
        while root.dep_ == "conj" and head.dep_ in ("nsubj", "conj"):      # "Ukraine and Russia exchanged"
            root, head = head, head.head
        if root.dep_ != "nsubj" or head.pos_ != "VERB" or head.lemma_.lower() in STATIVE | SAY:
            continue
        out.append(ActorMention(mil, ent, 1, c))
        covered.update(range(ent.start, ent.end))
    return out


def _second_sides(ms: list[ActorMention], covered: set[int]) -> list[ActorMention]:
    """'Russian and Ukrainian forces clashed': one noun, two sides. The parser joins the two
    country words, or makes the first the head and the noun its conjunct; either way the other
    word names a second state's forces in the same role."""
    out = []
    for m in ms:
        # a state's forces named by the lexicon ("Ukrainian forces") as well as by a country word
        # on a generic noun ("Nigerian troops")
        state = re.fullmatch(r"(Military|Police) Forces of (?:the )?(.+)", m.actor.name)
        own = m.country if m.actor.generic else (state.group(2) if state and state.group(2) in _lex().get("countries", {}) else None)
        if not (own and (state or m.actor.name in ("Military Forces", "Police Forces"))):
            continue
        kind = lexicon.actor_by_name(f"{state.group(1)} Forces") if state else m.actor
        root = m.span.root
        mods = [t for t in list(m.span) + list(root.children) if t.i != root.i and _country_at(t) == own]
        others = [o for t in mods for o in t.conjuncts]
        if root.dep_ == "conj" and root.head.i < m.span.start:
            others.append(root.head)
        first = min((t.i for t in mods), default=m.span.start)
        for o in others:
            taken = o.i in covered and not (m.span.start <= o.i < m.span.end)
            oc = _country_at(o) if not taken else None
            if oc and oc != own:
                role = _role(o) if o.i == root.head.i else m.role
                out.append(ActorMention(kind, Span(root.doc, o.i, o.i + 1), role, oc))
                covered.add(o.i)
                # the side named first is read first: its mention starts at its own word
                if first < m.span.start:
                    m.span = Span(root.doc, first, m.span.end)
    return out


@lru_cache(maxsize=1)
def _ethnic() -> tuple[dict[str, str], tuple[tuple[str, ...], ...]]:
    data = _lex().get("ethnic_militias", {})
    peoples = {p: ("Fulani" if p == "Peul" else p) for p in data.get("peoples", ())}   # Peul is French for Fulani
    words = tuple(sorted((tuple(w.split()) for w in data.get("words", ())), key=len, reverse=True))
    return peoples, words


def _ethnic_spans(span: Span) -> list[Span]:
    """'Fulani militiamen': a people's word before a word for armed men. 'Dinka and Nuer youths',
    'Tiv, Jukun and Kuteb militias': peoples joined on one such word are as many militias, each
    its own span (the shared word is in the last one's)."""
    peoples, words = _ethnic()
    out = []
    for tok in span:
        if tok.text not in peoples:
            continue
        for w in words:
            end = tok.i + 1 + len(w)
            if end <= span.end and tuple(t.lower_ for t in span.doc[tok.i + 1:end]) == w:
                out.append(Span(span.doc, tok.i, end))
                break
    doc = span.doc
    for sp in list(out):
        i = sp.start
        if i - 2 >= span.start and doc[i - 1].text == "-" and doc[i - 2].text in peoples:
            i -= 2                          # "Issa-Somali militias": one people's double name
        # walk back over "X and", "X ,": each people word joined on the armed men's word is a side
        while i - 2 >= span.start and doc[i - 1].lower_ in ("and", ",", "&"):
            j = i - 2
            if doc[j].text not in peoples and j - 2 >= span.start and doc[j - 1].text == "-" and doc[j - 2].text in peoples:
                j -= 2
            if doc[j].text not in peoples or any(o.start <= j < o.end for o in out):
                break
            out.append(Span(doc, j, j + 1))
            i = j
    return sorted(out, key=lambda s: s.start)


def _name(m: ActorMention, country: str | None, on: date | None) -> str:
    if m.options and country:
        # of groups sharing the alias, the one that fights in the event's country, when the
        # text's other words did not already decide
        iso = (_lex().get("countries", {}).get(country) or [None])[0]
        here = [n for n in m.options if iso and (lexicon.actor_by_name(n).country == iso or iso in _raw(n).get("theatres", ()))]
        if len(here) == 1 and here[0] != m.actor.name:
            return canonical(lexicon.actor_by_name(here[0]), m.country or country, on)
    # "Congolese troops" in the Republic of Congo: a demonym two countries share names the event's
    # country where that is one of them (the lexicon's demonym table keeps one country per word)
    own = re.fullmatch(r"(Military|Police) Forces of (?:the )?(.+)", m.actor.name)
    if own and country and own.group(2) != country and _shared_demonym(own.group(2), country) and \
            _lex()["countries"][country][1].lower() in m.span.text.lower():
        return _state_name(f"{own.group(1)} Forces", country, on)
    return canonical(m.actor, m.country or country, on)


def _shared_demonym(one: str, two: str) -> bool:
    data = _lex().get("countries", {})
    a, b = data.get(one), data.get(two)
    return bool(a and b and len(a) > 1 and len(b) > 1 and a[1].lower() == b[1].lower())


def _verb_at(span: Span, near: int) -> Token | None:
    tok = min(span, key=lambda t: abs(t.idx - near)) if len(span) else None
    return _verb_of(tok) if tok is not None else None


def _named_by(ms: list[ActorMention]) -> list[ActorMention]:
    """'ISKP militants', 'Fano militiamen': a generic word a named group's name modifies is that
    group. A speaker whose own clause tells the act ('ISWAP claimed it had overrun a base', 'the
    army said its soldiers killed') is the doer of it."""
    out: list[ActorMention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.actor.generic and not prev.actor.generic and \
                (prev.span.end == m.span.start or prev.span.root.head.i == m.span.root.i):
            prev.role = prev.role if prev.role else m.role
            if m.role and prev.role != m.role and prev.span.root.dep_ in ("compound", "nmod", "amod"):
                prev.role = m.role
            if prev.span.end == m.span.start:     # one name now: "Congolese army soldiers"
                prev.span = Span(prev.span.doc, prev.span.start, m.span.end)
            continue
        # "armed men believed to be Fulani militia", "gunmen suspected to be ISWAP fighters": who
        # the unnamed doers are thought to be is the doer a coder records
        if prev is not None and prev.actor.generic and prev.actor.type in ("unidentified", "rebels", "civilians") and \
                (not m.actor.generic or m.actor.name.endswith(" Ethnic Militia")) and _believed_to_be(m, prev):
            m.role = 2 if prev.role == 2 else 1
            out[-1] = m
            continue
        # "militants of JNIM", "fighters from the ADF": the generic word before is the group
        if prev is not None and prev.actor.generic and not m.actor.generic and \
                m.span.root.head.lower_ in ("of", "from") and m.span.root.head.head.i == prev.span.root.i:
            m.role = prev.role
            out[-1] = m
            continue
        out.append(m)
    speakers = [m for m in out if m.role == -1 and not m.actor.generic]
    for m in out:
        if m.role != -1 or m.actor.generic:
            continue
        # "according to the Houthis, ... brought down by their air defences": the one speaker
        # whose own forces ("their", "its") did the act is the doer
        if len(speakers) == 1 and any(t.lower_ in ("its", "their", "our") and t.head.dep_ == "pobj"
                                      and t.head.head.dep_ == "agent" for t in m.span.sent):
            m.role = 1
            continue
        speech = m.span.root.head
        # "ISKP claimed a suicide bombing": who claims an attack made it
        if speech.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lemma_ in CLAIMED for c in speech.children):
            m.role = 1
            continue
        for comp in (c for c in speech.children if c.dep_ in ("ccomp", "xcomp")):
            # "the PKK said two of its members died", "the army said three of its soldiers were
            # killed": the speaker's own people suffered the act; it was acted on
            lost = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if lost is not None and (comp.lemma_ in UNDERGO or any(c.dep_ == "auxpass" for c in comp.children)) and \
                    any(t.lower_ in ("its", "their", "our") and t.head.dep_ in ("nsubj", "nsubjpass", "pobj")
                        for t in lost.subtree):
                m.role = 2
                break
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.lower_ in ("it", "they", "we") or
                                     any(c.lower_ in ("its", "their", "our") for c in subj.children)):
                m.role = 1
                for o in out:      # "its soldiers" are the speaker, not a second actor
                    if o is not m and o.actor.generic and o.span.root.i == subj.i:
                        o.role = -1
    return out


BELIEVED = re.compile(r"^(?:,\s*)?(?:(?:who|which|that)\s+(?:are|were|is|was)\s+)?(?:(?:believed|suspected|thought|said|reported|"
                      r"alleged|presumed)\s+to\s+(?:be|have\s+been)|identified\s+as|described\s+as)(?:\s+(?:the|a|an))?\s*$", re.I)


def _believed_to_be(m: ActorMention, prev: ActorMention) -> bool:
    """m is said to be who prev is: 'armed men believed to be', 'gunmen identified as' between them."""
    doc = m.span.doc
    return prev.span.end <= m.span.start and bool(BELIEVED.match(doc[prev.span.end:m.span.start].text))


def _first_of_joined(ms: list[ActorMention]) -> list[ActorMention]:
    """Two actors joined by 'and' in one role ('Malian soldiers and Wagner mercenaries executed'):
    the one named first leads."""
    out = list(ms)
    for i, m in enumerate(out):
        if m.span.root.dep_ == "conj":
            head = m.span.root.head
            j = next((k for k, o in enumerate(out) if o.span.start <= head.i < o.span.end), None)
            if j is not None and j > i:
                out[i], out[j] = out[j], out[i]
    return out


def _crowd_by_verb(m: ActorMention) -> ActorMention:
    """People who protest are protesters, people who riot rioters (ACLED: demonstrators who turn
    to violence or destroy property are rioters), whatever word names them."""
    if m.role == 2 and m.actor.type == "civilians" and any(
            c.dep_ == "relcl" and c.lemma_ in PROTEST_VERBS for c in m.span.root.children):
        return ActorMention(lexicon.actor_by_name("Protesters"), m.span, m.role, m.country)   # "women who protested"
    if m.role != 1 or m.actor.type not in ("civilians", "protesters"):
        return m
    verb = _verb_of(m.span.root).lemma_.lower()
    to = "Rioters" if verb in RIOT_VERBS else "Protesters" if verb in PROTEST_VERBS and m.actor.type == "civilians" else None
    if to is None:
        return m
    return ActorMention(lexicon.actor_by_name(to), m.span, m.role, m.country)


UNKNOWN_WORDS = {"unidentified", "unknown", "masked", "hooded", "armed", "anonymous"}
PERSON_NOUNS = {"man", "men", "individual", "person", "persons", "people", "assailant", "perpetrator"}


def _unknown_doers(m: ActorMention) -> ActorMention:
    """'unidentified men set fire to a store', 'armed individuals destroyed a tower': people no
    one names who act with force are, for a coder, an unidentified armed group, not civilians or
    rioters (a crowd is named as one: looters, a mob)."""
    root = m.span.root
    if m.role != 1 or m.actor.type not in ("civilians", "rioters", "protesters") or \
            root.lemma_.lower() not in PERSON_NOUNS and root.lower_ not in PERSON_NOUNS:
        return m
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in UNKNOWN_WORDS for c in root.children):
        return m
    return ActorMention(lexicon.actor_by_name("Unidentified Armed Group"), m.span, m.role, m.country)


LOYAL_WORDS = {"loyal", "affiliated", "linked", "belonging", "allied", "tied", "answering"}


def _loyal_to(m: ActorMention, ms: list[ActorMention]) -> ActorMention:
    """'Gunmen loyal to Lanmo Sanjou', 'fighters affiliated with JNIM', 'gunmen of the Islamic
    State's Sahel branch': unnamed armed men the text ties to a named group or its leader are that
    group's."""
    if not (m.actor.generic and m.actor.type == "unidentified"):
        return m
    for c in m.span.root.children:
        # "gunmen of the Islamic State's Sahel branch", "fighters from ISWAP": armed men of a group
        preps = [c] if c.dep_ == "prep" and c.lower_ in ("of", "from") else []
        if c.lemma_.lower() in LOYAL_WORDS and c.dep_ in ("amod", "acl", "relcl"):
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
        if preps:
            for g in (g for p in preps for g in p.subtree):
                other = next((o for o in ms if o.span.start <= g.i < o.span.end and not o.actor.generic
                              and o.actor.type in NON_STATE_TYPES), None)
                if other is not None:
                    return ActorMention(other.actor, m.span, m.role, other.country)
    return m


SOURCE_VERBS = {"say", "claim", "state", "announce", "report", "confirm", "add"}
OWN_WORDS = {"its", "their", "our"}


def _named_by_source(m: ActorMention, span: Span) -> ActorMention:
    """'According to Hezbollah, its fighters attacked ...', 'Hamas's armed wing said its fighters
    ambushed ...', 'According to Fano commanders, their fighters ...': unnamed fighters that the
    report's own source calls its own are that source's (a coder records a group's statement of
    its own act under the group). The source is a named group the sentence quotes: the object of
    'according to', or the speaker of a verb of saying (or the owner of that speaker: a group's
    'armed wing', 'commanders', 'spokesman')."""
    if not (m.actor.generic and m.actor.type == "unidentified") or m.role != 1:
        return m
    if not any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in m.span.root.children):
        return m
    sent = m.span.root.sent
    for o in mentions(span):
        if o.role != -1 or o.actor.generic or o.actor.type not in NON_STATE_TYPES or not (sent.start <= o.span.start < sent.end):
            continue
        heads = [t for t in o.span.root.ancestors if t.i < sent.end][:4]
        quoted = any(t.lower_ == "to" and t.head.lower_ == "according" for t in heads) or any(
            t.pos_ == "VERB" and t.lemma_.lower() in SOURCE_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= o.span.start <= c.right_edge.i for c in t.children)
            for t in heads)
        if quoted:
            return ActorMention(o.actor, m.span, m.role, o.country)
    return m


MINISTRY_WORDS = {"defence", "defense"}


def _ministry_forces(span: Span, country: str | None, on: date | None) -> str | None:
    """'The Turkish defence ministry said its jets struck ...', 'According to Russia's ministry of
    defence, its aircraft hit ...': a defence ministry that reports what its own jets, drones or
    units did speaks for its state's military, the doer a coder records (Military Forces of the
    ministry's state: its demonym or owner, else the event's country). Only when the doers are the
    ministry's own ('its' / 'their'): a ministry that reports others' acts names no doer."""
    sent_of = {t.i: t.sent for t in span}
    for t in span:
        if t.lemma_.lower() != "ministry":
            continue
        defence = any(c.lower_ in MINISTRY_WORDS for c in t.children if c.dep_ in ("compound", "amod")) or any(
            g.lower_ in MINISTRY_WORDS for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
        if not defence:
            continue
        head = t.head
        if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            clause = head.head.head
        elif t.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in SOURCE_VERBS:
            clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        else:
            continue
        if clause is None or clause.i not in sent_of:
            continue
        own = any(c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
                  for c in clause.children)
        if not own:
            continue
        state = None
        for c in t.children:
            if c.dep_ in ("amod", "compound", "poss") and c.lower_ not in MINISTRY_WORDS:
                state = country_of(c.text.removesuffix("'s").removesuffix("’s")) or state
        state = state or country
        return _state_name("Military Forces", state, on) if state else None
    return None


def _mutineers(m: ActorMention) -> ActorMention:
    """'Soldiers mutinied and seized the camp': a state's soldiers who mutiny are its forces in mutiny."""
    verb = _verb_of(m.span.root)
    # "a group of soldiers mutinied in Tambura and fought loyalist troops": the mutiny verb may be
    # the first of joined verbs
    verbs = [verb] + list(verb.conjuncts) + ([verb.head] if verb.dep_ == "conj" else [])
    # "a group of soldiers mutinied in ...": the parser may hang the verb on the group's noun
    verbs += [c for t in [m.span.root] + [a for a in m.span.root.ancestors if a.i != verb.i][:2]
              for c in t.children if c.dep_ in ("acl", "relcl")]
    if m.role in (0, 1) and m.actor.name == "Military Forces" and any(v.lemma_.lower() in ("mutiny", "mutinie") for v in verbs):
        return ActorMention(lexicon.actor_by_name("Mutiny of Military Forces"), m.span, m.role, m.country)
    # a coup by the state's own troops ("officers seized power", "the army ousted the president",
    # "soldiers stormed the palace in a failed coup attempt"): the codebook's coup is a mutiny of
    # that state's forces, whoever among them (guard, special forces, officers) the text names
    # (the doer's own verb and those joined to it: "repelled by the Guard" after "attacked the palace
    # in a coup attempt" is no coup of the Guard's)
    agent = m.span.root.dep_ == "pobj" and m.span.root.head.dep_ == "agent"
    own = [verb] if agent else [verb] + list(verb.conjuncts)
    if m.role == 1 and m.actor.name in ("Military Forces", "Police Forces") and \
            any(_coup(v, m.actor.name == "Military Forces") for v in own):
        return ActorMention(lexicon.actor_by_name("Mutiny of Military Forces"), m.span, m.role, m.country)
    return m


COUP_VERBS = {"oust", "overthrow", "topple", "depose", "unseat"}
POWER_VERBS = {"seize", "take", "grab", "assume", "usurp"}
SEIZE_VERBS = {"seize", "detain", "arrest", "capture", "abduct", "kidnap", "hold"}
COUP_NOUNS = {"coup", "putsch", "coup d'etat", "coup d'état"}
# verbs that stop, judge or speak of a coup, and prepositions that give it as the act's cause
COUP_STOPPED = {"foil", "thwart", "prevent", "avert", "condemn", "denounce", "deny", "accuse", "charge",
                "sentence", "convict", "try", "investigate", "suspect", "allege", "plot"}
CAUSE_PREPS = {"over", "for", "after", "about", "regarding", "against", "following"}
RULER_NOUNS = {"president", "government", "leader", "prime", "minister", "premier", "head", "junta",
               "king", "regime", "ruler", "administration", "cabinet"}


def _head_of_state(o: Token) -> bool:
    """'President Conde', 'the president', 'the prime minister' (not 'the president's aide', not a
    'former' president)."""
    words = [o] + [c for c in o.children if c.dep_ in ("compound", "amod")]
    if any(c.lower_ in ("former", "ex", "ex-", "late") for c in o.children):
        return False
    return any(w.lemma_.lower() in ("president", "premier") for w in words) or \
        (o.lemma_.lower() == "minister" and any(c.lower_ == "prime" for c in o.children))


def _coup(verb: Token, troops: bool = True) -> bool:
    """A verb that tells a seizure of power: oust / overthrow the president or government, seize or
    take power, or any act done in, as, or by way of a coup ('staged a coup', 'in a coup attempt')."""
    lem = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lem in COUP_VERBS and (not objs or any(o.lemma_.lower() in RULER_NOUNS or o.ent_type_ == "PERSON"
                                              or any(t.lemma_.lower() in RULER_NOUNS for t in o.subtree) for o in objs)):
        return True
    if lem in POWER_VERBS and any(o.lemma_.lower() == "power" for o in objs):
        return True
    # "special forces seized President Conde", "the presidential guard detained President Bazoum":
    # the country's own troops who seize its sitting head of state or government stage a coup
    # (a "former" president arrested is an arrest)
    if troops and lem in SEIZE_VERBS and any(_head_of_state(o) for o in objs):
        return True
    # "staged a coup", "announced a coup", "stormed the palace in a failed coup (attempt)"; not a
    # coup that is the cause of the act ("arrested over an alleged coup plot", "detained for plotting
    # a coup") or that the act stops or judges ("foiled a coup", "sentenced ... for a coup attempt"):
    # those are the state's arrest or statement, no seizure of power
    if lem in ARREST_VERBS or lem in COUP_STOPPED:
        return False
    near = objs + [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in CAUSE_PREPS
                   for g in c.children if g.dep_ == "pobj"]
    for o in near:
        words = [o] + [c for c in o.children if c.dep_ in ("compound", "amod")]
        if any(w.lower_ in COUP_NOUNS or w.lemma_.lower() in COUP_NOUNS for w in words) and \
                not any(t.lower_ in ("anti", "anti-coup") for t in o.subtree):
            return True
    return False


ARMED_LIVELIHOODS = {"herder", "herdsman", "herdsmen", "hunter", "herders", "hunters"}


def _herders(m: ActorMention) -> ActorMention:
    """Herders and hunters who raid are an armed group; herders raided are civilians (ACLED codes
    pastoralist raiders as an armed group and the people they attack as civilians)."""
    word = m.span.root.lemma_.lower()
    if word not in ARMED_LIVELIHOODS:
        return m
    if m.role == 1 and m.actor.type == "civilians":
        return ActorMention(lexicon.actor_by_name("Unidentified Armed Group"), m.span, m.role, m.country)
    if m.role == 2 and m.actor.name.endswith(" Ethnic Militia") and not _blamed(m):   # blamed herders did it
        return ActorMention(lexicon.actor_by_name("Civilians"), m.span, m.role, m.country)
    return m


def _acted_on(m: ActorMention, role: int, kind: str | None) -> ActorMention:
    """Whom an event harms, named by a word that elsewhere names a party: people a protest word
    names ('students', 'activists') who are killed or seized outside a demonstration are civilians
    (the codebook's victims of violence against civilians); a group the lexicon says is recorded
    as civilians when attacked ('acted_on_as': settlers) is those civilians of its country."""
    if role != 2:
        return m
    if m.actor.type == "protesters" and kind and kind not in CROWD:
        return ActorMention(lexicon.actor_by_name("Civilians"), m.span, role, m.country)
    as_ = _raw(m.actor.name).get("acted_on_as")
    if as_ and lexicon.actor_by_name(as_):
        return ActorMention(lexicon.actor_by_name(as_), m.span, role, _by_iso().get(m.actor.country or ""))
    return m


KIN_NOUNS = {"wife", "husband", "son", "daughter", "child", "children", "brother", "sister", "mother", "father",
             "parent", "parents", "relative", "relatives", "family", "families", "widow", "nephew", "niece",
             "cousin", "uncle", "aunt", "fiancee", "fiance", "grandson", "granddaughter", "kin", "kinsman"}


def _kin_of(m: ActorMention) -> ActorMention:
    """'gunmen killed a police officer's wife', 'a soldier's son was abducted': the person harmed
    is the kin the possessive qualifies, a civilian, not the force or group the owner belongs to."""
    root = m.span.root
    while root.dep_ in ("compound", "amod") and root.head.i != root.i:     # "a police inspector's sons"
        root = root.head
    if root.dep_ == "poss" and root.head.lemma_.lower() in KIN_NOUNS and m.actor.type != "civilians":
        return ActorMention(lexicon.actor_by_name("Civilians"), m.span, m.role, m.country)
    return m


# "troops repelled an ISWAP assault", "residents fought off the bandits": whoever is repelled attacked
# (a coder records the attacker as actor1 whichever side the sentence makes its subject)
REPEL = {"repel", "repulse", "foil", "thwart", "rebuff", "resist", "counter"}
REPEL_PARTICLE = {"fight": "off", "beat": "back", "push": "back", "ward": "off", "fend": "off", "fought": "off"}


def _repelled(verb: Token | None) -> bool:
    if verb is None:
        return False
    lem = verb.lemma_.lower()
    if lem in REPEL:
        return True
    part = REPEL_PARTICLE.get(lem)
    return part is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ == part for c in verb.children)


def who_did_what(span: Span, country: str | None, near: int | None = None, on: date | None = None,
                 kind: str | None = None) -> tuple[str | None, str | None]:
    """(actor1, actor2) for the event told in span; None where the text does not say.

    `near` (a character offset of the trigger word) prefers the mentions closest to it, so a
    sentence telling two events gives each its own actors; without it, the sentence's main verb.
    `on` is the event's day (it picks the term of office); `kind` the event type, when known: in
    a protest or riot the people acting are protesters or rioters, not civilians.
    """
    ms = [_in_country(m, country) for m in mentions(span) if m.role != -1]
    if not ms:
        a1 = _ministry_forces(span, country, on) or _unnamed_doer(None, span, country, on, kind)
        # "a landmine exploded near X. Five soldiers died.": whom the toll after counts
        a2 = _toll_after(span, a1, country, on, kind) if kind not in CROWD else None
        return _by_codebook(a1, a2, kind, span, country, on, [])
    if near is None:
        near = span.root.idx
    verb = _verb_at(span, near)
    # the event verb's own actors first; then by distance; joined actors of one verb in text order
    ms.sort(key=lambda m: (_verb_of(m.span.root).i != verb.i if verb is not None else False,
                           min(abs(m.span.start_char - near), abs(m.span.end_char - near))))
    ms = _first_of_joined(ms)
    crowd = CROWD.get(kind or "")
    blamed = None
    named: list[tuple[str, int, ActorMention]] = []
    for m in ms:
        role = m.role
        m = _loyal_to(m, ms)
        m = _named_by_source(m, span)
        m = _mutineers(m)
        m = _crowd_by_verb(m)
        m = _herders(m)
        m = _unknown_doers(m)
        m = _acted_on(m, role, kind)
        m = _kin_of(m)
        # "...; relatives blamed militiamen of the PMF": a group someone blames was not acted on
        if role == 2 and (not m.actor.generic or m.actor.name.endswith(" Ethnic Militia")) and _blamed(m):
            role = -1
            if _official_blame(m):
                blamed = blamed or (m, _name(m, country, on))
        # "a man armed with a knife slashed two policemen": a person the text names by no group who
        # acts on a state's forces is the unnamed doer (an unidentified armed group), not a victim
        if m.actor.type in VICTIM_TYPES and role == 1 and not crowd and m.actor.generic and any(
                x.role == 2 and x.actor.type in STATE_TYPES and _verb_of(x.span.root).i == _verb_of(m.span.root).i
                for x in ms) and _verb_of(m.span.root).lemma_.lower() in HARM_VERBS:
            continue
        if m.actor.type in VICTIM_TYPES and role in (1, 0):
            if crowd:
                m = ActorMention(lexicon.actor_by_name(crowd), m.span, role, m.country)
            else:
                role = 2 if role == 1 else 0
        named.append((_name(m, country, on), role, m))
    # "X and Y clashed", "X and Y fighters clashed": of two doers of one verb and nobody acted
    # on, the one named second is the other side.
    doers = [x for x in named if x[1] == 1]
    # "Al Shabaab gunmen and suicide bombers besieged a hotel": unnamed fighters joined to a named
    # group are that group's, not a second side
    lead = min(doers, key=lambda x: x[2].span.start) if doers else None
    if len(doers) >= 2 and not lead[2].actor.generic and lead[2].actor.type in NON_STATE_TYPES:
        doers = [x for x in doers if x is lead or not (
            x[2].actor.generic and x[2].actor.type == "unidentified" and x[2].span.start > lead[2].span.start
            and x[2].span.root.dep_ == "conj" and x[2].span.root.head.i == lead[2].span.root.i)]
    sides = split = False
    if len(doers) >= 2 and not any(r == 2 for _, r, _ in named):
        verb = _verb_of(doers[0][2].span.root)
        same = sorted((x for x in doers if _verb_of(x[2].span.root).i == verb.i), key=lambda x: x[2].span.start)
        # only a verb two sides do to each other: "forces and clan militia regained the villages
        # from Al Shabaab" are one side acting together
        # a verb with its own object ("shot dead an artisanal miner") is one act on a third party too
        acts_on = any(c.dep_ == "dobj" and c.lemma_.lower() not in TRADED
                      and not any(c.left_edge.i <= x[2].span.start <= c.right_edge.i for x in same)   # "repelled a raid by X"
                      for c in verb.children)
        if len(same) >= 2 and verb.lemma_.lower() not in JOINT_ACTS and not acts_on:
            sides = True
            # "Los Chapitos and the Mayo faction fought": two factions of one group named apart are
            # that group on both sides (the codebook's intra-group fighting)
            split = len(same) >= 2 and same[0][0] == same[1][0] and not same[0][2].actor.generic \
                and same[0][2].span.text.lower() != same[1][2].span.text.lower() \
                and same[1][2].span.root.dep_ == "conj" and same[1][2].span.root.head.i == same[0][2].span.root.i
            later = {id(x) for x in same[1:]}
            named = [(n, 2 if id(x) in later else r, m) for x in named for (n, r, m) in [x]]
            named.sort(key=lambda x: x[2].span.start)
        elif len(same) >= 2:      # doers of one act together: the one named first leads
            named = [same[0]] + [x for x in named if x is not same[0]]
    if len(doers) >= 2 and not sides:
        # "mine security guards and police shot dead a miner": of joined doers of one act on
        # someone, the state's forces lead (a coder's actor1 for a joint operation with the state)
        first = min(doers, key=lambda x: x[2].span.start)
        verb = _verb_of(first[2].span.root)
        state = next((x for x in sorted(doers, key=lambda x: x[2].span.start) if _verb_of(x[2].span.root).i == verb.i
                      and x[2].span.root.dep_ == "conj" and actor_type(x[0]) in STATE_TYPES and x[1] == 1), None)
        if state is not None and actor_type(first[0]) not in STATE_TYPES and first[1] == 1 \
                and (any(r == 2 and _verb_of(m.span.root).i == verb.i for _, r, m in named)
                     or any(c.dep_ == "dobj" and c.lemma_.lower() not in TRADED for c in verb.children)):
            named = [state] + [x for x in named if x is not state]
    named = _definite_back(named, span, country, on)
    a1 = next((n for n, r, m in named if r == 1 and m.actor.type not in VICTIM_TYPES), None)
    a2 = next((n for n, r, _ in named if r == 2 and n != a1), None)
    if a1 and a2 and actor_type(a2) not in VICTIM_TYPES | {"protesters", "rioters"}:
        doer = next(m for n, r, m in named if n == a1 and r == 1)
        # ("an ISWAP attack on the base was repelled": the doer named on the act's noun attacked)
        on_act = doer.span.root.dep_ in ("compound", "amod") and doer.span.root.head.lemma_.lower() in ACT_NOUNS
        # ("...; attackers repelled": a headline's passive without its auxiliary; its subject is
        # who was repelled, the doer already)
        rep = _verb_of(doer.span.root)
        if _repelled(rep) and not on_act and not _bare_passive(rep):
            a1, a2 = a2, a1
    # "a Shabaab raid on an army post; attackers repelled": the attackers a sentence names after a
    # named group's act are that group (words that refer back to an attack, not new people)
    if a1 and a1.startswith("Unidentified Armed Group"):
        back = next((m for n, r, m in named if n == a1 and r == 1), None)
        group = next((n for n, r, m in named if r == 1 and not m.actor.generic and m.actor.type in NON_STATE_TYPES
                      and back is not None and m.span.start < back.span.start), None)
        if back is not None and back.span.root.lemma_.lower() in ATTACK_BACK and group and group != a2:
            a1 = group
    # "Gunmen attack an army patrol; troops repel them": whoever repels is the side attacked, and
    # the side that attacked in the sentence (a verb of assault) is the doer, though the repelling
    # side is named twice
    rep_doer = next((m for n, r, m in named if n == a1 and r == 1), None)
    if rep_doer is not None and _repelled(_verb_of(rep_doer.span.root)) and not _bare_passive(_verb_of(rep_doer.span.root)):
        attacker = next((n for n, r, m in named if r == 1 and n != a1 and m.actor.type not in VICTIM_TYPES
                         and (_verb_of(m.span.root).lemma_.lower() in ASSAULT_WORDS
                              or (m.span.root.dep_ in ("compound", "amod") and m.span.root.head.lemma_.lower() in ACT_NOUNS))), None)
        if attacker is not None and (a2 is None or a2 == attacker):
            a1, a2 = attacker, a1
    # a name that only qualifies a thing ("police custody", "an army truck" left over) is no party
    rest = [(n, m) for n, r, m in named if r == 0 and n not in (a1, a2)
            and not (m.actor.generic and m.span.root.dep_ in ("compound", "amod", "nmod", "poss"))]
    if a1 is None:
        cand = next((n for n, m in rest if m.actor.type not in VICTIM_TYPES), None)
        if cand:
            a1 = cand
            rest = [(n, m) for n, m in rest if n != cand]
    if a2 is None and rest:
        a2 = next((n for n, _ in rest if n != a1), None)
    # "the army engaged ISWAP fighters ... 15 militants were neutralised": unnamed militants acted
    # on beside a named group the text gives no role are that group
    if a2 and a2.startswith("Unidentified Armed Group"):
        other = next((n for n, m in rest if n not in (a1, a2) and not m.actor.generic and m.actor.type in NON_STATE_TYPES), None)
        # ("engage TTP militants; four militants killed": the toll's militants are the named group's)
        other = other or next((n for n, r, m in named if r == 2 and n not in (a1, a2) and not m.actor.generic
                               and m.actor.type in NON_STATE_TYPES), None)
        if other:
            a2 = other
    if a1 == a2:
        a2 = None
    # "a ranger was killed by a bomb; BRN insurgents were suspected": the group the sentence
    # blames is the doer it leaves unnamed
    if blamed and (a1 is None or actor_type(a1) == "unidentified"):
        a1 = blamed[1]
        if a2 == a1:
            a2 = None
    # "Tigrayan forces entered Mekelle after federal troops withdrew": in a transfer without a fight
    # the side that takes over is actor1 and the side that withdrew actor2, whichever verb the
    # transfer was found on; so too where the taking over was typed a regaining or an overtaking of
    # territory (the codebook's second party there is the side that lost the place)
    if kind in TERRITORY_KINDS:
        gone = [n for n, r, m in named if r == 1 and _verb_of(m.span.root).lemma_.lower() in WITHDRAW_VERBS]
        took = [n for n, r, m in named if r == 1 and n not in gone and actor_type(n) not in VICTIM_TYPES
                and _verb_of(m.span.root).lemma_.lower() not in WITHDRAW_VERBS]
        # "French troops left, handing their base to the Nigerien army": who is handed it takes over
        given = [n for n, r, m in named if m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "to"
                 and m.span.root.head.head.lemma_.lower() in HAND_VERBS and actor_type(n) not in VICTIM_TYPES]
        gone = gone or [n for n, r, m in named if r == 1 and _verb_of(m.span.root).lemma_.lower() in HAND_VERBS]
        took = [n for n in took if n not in gone]      # ("... after a brigade handed it over": not a taker)
        if gone and given and given[0] != gone[0]:
            a1, a2 = given[0], gone[0]
        elif gone and took:
            a1, a2 = took[0], gone[0]
    if a1 is None:
        a1 = _ministry_forces(span, country, on)
        if a1 == a2:
            a2 = None
    a1 = _unnamed_doer(a1, span, country, on, kind)
    if a1 == a2:
        a2 = None
    if a2 is None and a1 and (split or _rivals(named, a1)):
        a2 = a1
    if a2 is None and kind == "Agreement":
        a2 = _surrender_receiver(span, a1, country, on)
    if a2 is None and kind not in CROWD:
        a2 = _toll_after(span, a1, country, on, kind)
    return _by_codebook(a1, a2, kind, span, country, on, named)


SURRENDER_VERBS = {"surrender", "submit", "capitulate"}
SELF_WORDS = {"themselves", "himself", "herself", "ourselves"}
AUTHORITY_WORDS = {"authority", "authorities", "governor", "administration", "state", "official", "officials",
                   "government", "governorate", "prefect", "commissioner"}


def _surrendering(verb: Token) -> bool:
    """'surrendered', 'gave themselves up', 'turned themselves in', 'handed themselves over',
    'laid down their arms'."""
    lem = verb.lemma_.lower()
    if lem in SURRENDER_VERBS:
        return True
    if lem in ("give", "turn", "hand") and any(c.lower_ in SELF_WORDS for c in verb.children):
        return True
    return lem in ("lay", "put") and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("arm", "weapon", "gun", "rifle") for c in verb.children)


def _surrender_receiver(span: Span, a1: str | None, country: str | None, on: date | None) -> str | None:
    """Whom fighters surrendered to, where the lexicon names no party (the codebook's Agreement:
    actor2 the side surrendered to): 'the authorities', 'the governor' are the state, its military
    forces (the police only where the text says so); 'surrendered to them' after 'Taliban officials
    said' is the side that says it."""
    for t in span:
        if t.lower_ not in ("to", "before") or t.dep_ != "prep" or not _surrendering(t.head):
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.lower_ in ("them", "us", "him"):
            # the speaker of a verb that reports the surrender ("X said ... (as reported) that")
            says = []
            v = t.head
            while v.dep_ in ("ccomp", "conj", "advcl") and v.head.i != v.i:
                v = v.head
                if _says(v):
                    says.append(v.i)
            for m in mentions(span):
                if m.actor.type not in (STATE_TYPES | NON_STATE_TYPES):
                    continue
                root = m.span.root
                while root.dep_ in ("compound", "amod", "poss") and root.head.i != root.i:
                    root = root.head
                if root.dep_ == "nsubj" and root.head.i in says:
                    name = _name(_in_country(m, country), country, on)
                    return name if name != a1 else None
            return None
        if obj.lemma_.lower() in AUTHORITY_WORDS or obj.lower_ in AUTHORITY_WORDS:
            # ("the police authorities", "prison authorities": a police word says the police)
            police = any(c.lemma_.lower() in POLICE_NOUNS for c in obj.children)
            if country:
                return canonical(lexicon.actor_by_name("Police Forces" if police else "Military Forces"), country, on)
        return None
    return None


HAND_VERBS = {"hand", "cede", "transfer", "give", "surrender", "turn"}
SITE_NOUNS = "posts?|stations?|camps?|bases?|checkpoints?|headquarters|barracks|outposts?|positions?|garrisons?"
TERRITORY_KINDS = {"Non-violent transfer of territory", "Government regains territory", "Non-state actor overtakes territory",
                   "territory"}      # (the reader's kind before the doer decides which)
WITHDRAW_VERBS = {"withdraw", "leave", "abandon", "vacate", "retreat", "depart", "evacuate", "flee", "pull"}


TOLL_VERBS = {"kill", "wound", "injure", "die", "hurt", "perish", "lose", "martyr", "slay"}
TOLL_ADJ = {"dead", "killed", "wounded", "injured", "hurt"}


TOLL_MORE = re.compile(r"\b(?:died|dies|perished|hurt|lost their lives)\b", re.I)


def _toll_after(span: Span, a1: str | None, country: str | None, on: date | None, kind: str | None = None) -> str | None:
    """'Gunmen attacked a checkpoint near Zurmi. Three soldiers were wounded.': an act whose own
    sentence names nobody acted on, followed by a toll sentence that counts a state's soldiers or
    police, was done to those forces (the codebook's second party is whom the violence hit)."""
    doc = span.doc
    if not doc.has_annotation("SENT_START") or not len(span):
        return None
    sent, n = span[-1].sent, 0
    while sent.end < len(doc) and n < 2:
        sent, n = doc[sent.end].sent, n + 1
        for m in (_in_country(m, country) for m in mentions(sent)):
            if m.actor.type not in STATE_TYPES or m.role == -1:
                continue
            root = m.span.root
            # "two soldiers were wounded", "five soldiers died", "three policemen lost their lives",
            # "2 soldiers injured" (a participle on the noun), "one soldier dead"
            head = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
            acl = [c for c in root.children if c.dep_ in ("acl", "amod") and c.lower_ in TOLL_ADJ]
            intrans = head is not None and head.lemma_.lower() in TOLL_VERBS and (
                root.dep_ == "nsubjpass" or head.lemma_.lower() in ("die", "perish", "lose")
                or not any(c.dep_ == "dobj" for c in head.children))
            if not (intrans or acl or (root.dep_ == "ROOT" and any(t.lower_ in TOLL_ADJ for t in sent if t.i > root.i))):
                continue
            name = _name(m, country, on)
            if a1 and side_key(a1) == side_key(name):
                return None
            return name
        # a sentence that tells of another party's losses ("12 attackers died") ends the search;
        # one that counts people and names no armed party ("Nine tourists killed", "25 killed")
        # after a strike or shelling whose sentence named no target: those hit were civilians
        if TOLL.search(sent.text) or TOLL_MORE.search(sent.text):
            if kind in EXPLOSION_KINDS and not any(m.actor.type not in VICTIM_TYPES for m in mentions(sent)) \
                    and not any(t.lemma_.lower() in DOER_WORDS | {"fighter", "soldier", "militant", "rebel"} for t in sent):
                return canonical(lexicon.actor_by_name("Civilians"), country, on)
            return None
    return None


# "exchanged fire", "signed a deal": an object the two sides trade or share is no third party
TRADED = {"fire", "gunfire", "shot", "blow", "round", "salvo", "volley", "artillery",
          "deal", "agreement", "truce", "ceasefire", "cease-fire", "accord", "pact", "treaty", "memorandum", "prisoner", "talk"}
RECIPROCAL = {"clash", "fight", "battle", "feud", "exchange", "skirmish"}
RIVAL_WORDS = {"rival", "two", "opposing", "warring", "neighbouring", "neighboring"}


def _rivals(named: list, a1: str) -> bool:
    """'Two rival clan militias clashed', 'rival communal militias fought': one unnamed kind of
    armed group on both sides of a clash is both actors (ACLED names each side the same)."""
    m = next((m for n, r, m in named if n == a1 and r == 1), None)
    if m is None or not m.actor.generic or m.actor.type not in ("militia", "unidentified"):
        return False
    root = m.span.root
    rival = any(t.lower_ in RIVAL_WORDS for t in list(m.span) + list(root.children))
    return rival and root.tag_ in ("NNS", "NNPS") and _verb_of(root).lemma_.lower() in RECIPROCAL


def _unnamed_doer(a1: str | None, span: Span, country: str | None, on: date | None, kind: str | None) -> str | None:
    """The doer the event's own clause leaves unnamed, from the text around it: a group that
    claims the act just after, or whoever announces a decision."""
    if a1 is None or actor_type(a1) == "unidentified":
        a1 = _claimed_after(span, country, on) or a1
    if a1 is None and kind in ANNOUNCED_KINDS:
        a1 = _announcer(span, country, on)
    return a1


# Events that are a party's own decision: whoever announces one is the actor (ACLED's strategic
# developments record the group that declares, recruits, signs or sets up a base).
ANNOUNCED_KINDS = {"Change to group/activity", "Agreement", "Headquarters or base established", "Other"}
ANNOUNCE_VERBS = {"announce", "declare", "proclaim", "decree", "order", "unveil"}


def _announcer(span: Span, country: str | None, on: date | None) -> str | None:
    for m in (_in_country(m, country) for m in mentions(span)):
        if m.role == -1 and m.actor.type not in VICTIM_TYPES and _verb_of(m.span.root).lemma_.lower() in ANNOUNCE_VERBS:
            return _name(m, country, on)
    return None


def _claimed_after(span: Span, country: str | None, on: date | None) -> str | None:
    """'Two bombs exploded in the market. 9 killed. ISKP claimed the attack.': a group that
    claims the act in one of the two sentences after it is its doer, as a coder records a
    claimed attack under the claimant."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return None
    sent, n = span[0].sent if len(span) else None, 0
    while sent is not None and sent.end < len(doc) and n < 2:
        sent, n = doc[sent.end].sent, n + 1
        for m in mentions(sent):
            if m.actor.generic or m.actor.type in VICTIM_TYPES | STATE_TYPES:
                continue
            verb = _verb_of(m.span.root)
            # "IS-K claimed the attack": the parser may read a short name's "IS" as the verb
            misread = False
            if verb.lemma_.lower() not in ("claim", "blame") and m.span.end < sent.end and \
                    doc[m.span.end].lemma_.lower() == "claim":
                verb = doc[m.span.end]
                # "IS claimed the attack": the parser may take the name "IS" for the verb's
                # auxiliary, leaving the claimant no subject role
                misread = m.span.root.dep_ in ("aux", "auxpass") and m.span.start == sent.start
            if _blamed(m) or _identified(m):
                return _name(m, country, on)
            if m.role in (-1, 1) and verb.lemma_.lower() in ("say", "announce", "state") and _own_fighters_did(verb):
                return _name(m, country, on)
            if (m.role not in (-1, 1) and not misread) or verb.lemma_.lower() != "claim":
                continue
            objs = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
            # "Al-Shabaab claimed it killed five soldiers": a claim whose clause has the claimant do it
            if all((c.dep_ == "dobj" and (c.lemma_.lower() in CLAIMED or c.lower_ in ("it", "them"))) or
                   (c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in ("it", "they", "we") for g in c.children))
                   for c in objs):
                return _name(m, country, on)
    return None


def _own_fighters_did(verb: Token) -> bool:
    """'JNIM said its fighters had carried out the raid', 'the group said it attacked the post':
    a group's statement that its own men did an act is its claim."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in CARRIED | JOINT_ACTS:
            continue
        for g in c.children:
            if g.dep_ == "nsubj" and (g.lower_ in ("it", "they", "we") or any(
                    p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in g.children)):
                return c.lemma_.lower() not in CARRIED or any(
                    o.dep_ == "dobj" and (o.lemma_.lower() in CLAIMED or o.lower_ in ("it", "them")) for o in c.children)
    return False


DOER_WORDS = {"attacker", "assailant", "gunman", "killer", "perpetrator", "raider", "abductor", "kidnapper",
              "bomber", "militant", "fighter", "man", "culprit"}
ATTACK_BACK = {"attacker", "assailant", "raider"}
CARRIED = {"carry", "conduct", "perpetrate", "stage", "commit", "execute", "mount", "launch"}


def _identified(m: ActorMention) -> bool:
    """'Residents said the attackers were Ansaroul Islam fighters', 'the army said the assailants
    belonged to IS Sahel', 'officials said JNIM fighters had carried it out': a sentence after the
    act that says who did it names its doer."""
    # the parser may split a short name ("IS Sahel": "IS" the object, "Sahel" hung elsewhere)
    return any(_identifies(t) for t in m.span)


def _identifies(t: Token) -> bool:
    head = t.head
    # "the attackers were X": X the attribute of a copula whose subject is a word for the doers
    if t.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOER_WORDS for c in head.children)
    # "the assailants belonged to / were members of X"
    if t.dep_ == "pobj" and head.lower_ in ("to", "of") and head.head.lemma_.lower() in ("belong", "member"):
        v = head.head if head.head.pos_ == "VERB" else head.head.head
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOER_WORDS for c in v.children)
    # "JNIM fighters had carried it out", "X was behind the attack"
    if t.dep_ == "nsubj" and head.lemma_.lower() in CARRIED:
        return any(c.dep_ == "dobj" and (c.lower_ in ("it", "them") or c.lemma_.lower() in CLAIMED) for c in head.children)
    if t.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "prep" and c.lower_ == "behind" for c in head.children)
    return False


# "officials accused the Houthis": an accusation of an act names its doer as blame does
BLAME_VERBS = {"blame", "accuse"}


def _blamed(m: ActorMention) -> bool:
    """'Officials blamed Boko Haram', 'ISGS was blamed', 'police blamed ADF-linked cells': the group
    those who report an unclaimed attack blame is recorded as its doer (a coder codes a claimed or
    officially attributed attack under that group, an unattributed one as unidentified)."""
    doc, s = m.span.doc, m.span.start
    # "blamed IS Sahel": the parser may read a short name's "IS" as a verb; the words before decide
    if s > 0 and (doc[s - 1].lemma_.lower() in BLAME_VERBS or
                  (s > 1 and doc[s - 1].lower_ == "on" and doc[s - 2].lemma_.lower() == "blame")):
        return True
    t = m.span.root
    while t.dep_ in ("compound", "amod", "nmod", "npadvmod") and t.head.i != t.i:   # "ADF-linked cells"
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.dep_ == "prep":      # "blamed gunmen of AAH"
        t = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == "on":      # "the killing was blamed on IS Sahel"
        t = t.head
        return t.head.lemma_.lower() == "blame"
    # "BRN insurgents were suspected", "police suspected the ELN": suspicion names the doer as blame does
    if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in BLAME_VERBS:
        return True
    # ("jets struck suspected TTP hideouts" can be parsed with 'suspected' the verb: a suspicion
    # needs its subject or its passive)
    return t.head.lemma_.lower() == "suspect" and (
        t.dep_ == "nsubjpass" or (t.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in t.head.children)))


OFFICIAL = {"official", "authority", "police", "army", "military", "government", "governor", "ministry",
            "minister", "spokesman", "spokesperson", "officer", "commander", "source", "statement", "prosecutor"}


def _official_blame(m: ActorMention) -> bool:
    """Blame that names an act's doer for a coder: passive with nobody named ('BRN insurgents
    were suspected') or by officials; a relative's or witness's blame does not."""
    t = m.span.root
    while t.dep_ not in ("ROOT",) and t.lemma_.lower() not in ("blame", "accuse", "suspect") and t.head.i != t.i:
        t = t.head
    subj = [c for c in t.children if c.dep_ in ("nsubj", "agent")]
    if not subj:
        return True
    who = subj[0] if subj[0].dep_ == "nsubj" else next((g for g in subj[0].children if g.dep_ == "pobj"), subj[0])
    return who.lemma_.lower() in OFFICIAL or any(o.lemma_.lower() in OFFICIAL for o in who.children if o.dep_ in ("compound", "amod"))


PROTEST_KINDS = {"Peaceful protest", "Protest with intervention", "Protests"}
ARREST_VERBS = {"arrest", "detain", "apprehend", "round", "hold", "nab", "seize", "pick", "jail", "remand"}
# a crowd told by what it does while gathered ("people chanting against the government") is a
# demonstration as much as one named by the word
PROTEST_WORDS = {"protest", "protester", "protestor", "demonstration", "demonstrator", "demonstrate", "rally",
                 "march", "marcher", "sit", "picket", "strike", "striker", "boycott", "chant", "slogan"}
CAUSE_PREPS = {"over", "for", "after", "ahead", "before", "following", "about"}
GATHER_VERBS = {"gather", "assemble", "congregate", "converge", "rally", "march", "demonstrate", "protest"}


SUPPORTERS = {"supporter", "sympathizer", "sympathiser", "relative", "informant", "collaborator"}
AUTHORITY_NOUNS = {"authority", "official", "government", "directorate", "agency", "bureau", "unit", "department",
                   "service", "services", "ministry", "prosecutor", "investigator", "agent", "officer", "commission"}


def _arrested_by_authorities(span: Span) -> bool:
    """An arrest verb whose doer is a state body no force word names (authorities, an agency,
    a unit, officials), or a passive with no agent."""
    for t in span:
        if t.lemma_.lower() not in ARREST_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "nsubjpass" for c in subj) and not any(c.dep_ == "agent" for c in t.children):
            return True
        # the clipped passive of terse notes: "22 arrested in Turbat", "8 suspects detained"
        if t.tag_ == "VBN" and not any(c.dep_ in ("agent", "aux", "auxpass") for c in t.children):
            if t.dep_ == "acl" and not subj and (t.head.like_num or any(c.like_num for c in t.head.children)):
                return True
            # "31 arrested": a bare count parsed as the subject of the participle
            if subj and all(c.like_num or any(g.like_num for g in c.children) for c in subj) \
                    and not any(c.lemma_.lower() in MILITARY_NOUNS | POLICE_NOUNS for c in subj):
                return True
        if any(c.dep_ == "nsubj" and (c.lemma_.lower() in AUTHORITY_NOUNS or c.lower_ in AUTHORITY_NOUNS) for c in subj):
            return True
    return False


CUSTODY_WORDS = {"custody", "detention", "penal", "prison", "jail", "penitentiary", "cell", "cells"}
EXECUTE_VERBS = {"execute", "hang", "kill", "shoot", "torture", "behead", "die"}
HELD_WORDS = {"held", "detained", "jailed", "imprisoned", "arrested"}


def _state_custody_death(span: Span) -> bool:
    """'a student detained in a sweep died in police custody', 'an activist died in a penal
    colony', 'a suspect held by the CTD was killed', 'authorities hanged a protester': a death
    the text places in the state's hands, with no other doer (a subject or agent that is no state
    body: 'inmates of a rival gang killed two prisoners' is theirs)."""
    custody = any(t.lemma_.lower() in CUSTODY_WORDS or t.lower_ in CUSTODY_WORDS for t in span)
    for t in span:
        if t.lemma_.lower() not in EXECUTE_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        agent = [c for c in t.children if c.dep_ == "agent"]
        doer = [c for c in subj if c.dep_ == "nsubj"] if t.lemma_.lower() != "die" else []
        if any(c.lemma_.lower() in AUTHORITY_NOUNS or c.lower_ in AUTHORITY_NOUNS for c in doer):
            # "Iranian authorities hanged a protester", "officials executed 81 men"
            return True
        if doer or agent:
            continue
        # the one who died or was killed is someone the state held
        held = any(x.lower_ in HELD_WORDS for c in subj for x in c.subtree)
        if custody or held:
            return True
    return False


IMPOSE_VERBS = {"impose", "declare", "ban", "decree", "order", "extend", "lift", "suspend", "close", "bar", "prohibit",
                "enforce", "reimpose", "introduce", "pass"}
MEASURES = {"curfew", "emergency", "ban", "lockdown", "closure", "restriction", "blockade", "exception", "martial",
            "shutdown", "mobilisation", "mobilization", "conscription", "call-up", "airspace", "border", "rule"}
BANNING = {"ban", "bar", "prohibit", "close", "suspend"}
GOV_NOUNS = {"authority", "government", "governor", "ministry", "minister", "president", "administration", "council",
             "official", "cabinet", "parliament", "mayor", "prefect", "presidency", "state", "junta", "regime"}
CALL_UP = ("mobilis", "mobiliz", "conscript", "call-up", "draft")


def _imposed_by_authority(span: Span) -> str | None:
    """'police' or 'military' where a civil authority (government, governor, ministry, president,
    authorities; a junta is a military one) imposes, declares or bans; None otherwise."""
    for t in span:
        if t.lemma_.lower() not in IMPOSE_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        # a measure on people (a curfew, a ban, a state of emergency, a call-up), not any political
        # act a president announces ("the dissolution of Congress")
        if t.lemma_.lower() not in BANNING and not any(
                x.lemma_.lower() in MEASURES for x in t.subtree if x.i > t.i):
            continue
        for c in t.children:
            if c.dep_ != "nsubj":
                continue
            words = {c.lemma_.lower(), c.lower_} | {x.lemma_.lower() for x in c.children if x.dep_ in ("compound", "amod")}
            if words & GOV_NOUNS:
                military = "junta" in words or "military" in words or any(k in span.text.lower() for k in CALL_UP)
                return "military" if military else "police"
    return None


FIGHT_NOUNS = {"clash", "clashes", "fighting", "fight", "battle", "firefight", "gunfight", "skirmish", "exchange",
               "confrontation", "shootout", "hostility"}
PACT_NOUNS = {"truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "pact", "talks", "cessation", "armistice"}


def _parties_between(span: Span, named: list, on: date | None, nouns: set[str] = PACT_NOUNS) -> list[str]:
    """The two parties of "a <pact> between A and B" (or of another noun of two sides, as "a clash
    between A and B"): a named actor, or a country's name as its military forces."""
    for t in span:
        pact = t.head if t.head.dep_ != "acl" else t.head.head      # "a ceasefire brokered by X between A and B"
        if t.lower_ != "between" or pact.lemma_.lower() not in nouns:
            continue
        first = next((c for c in t.children if c.dep_ == "pobj"), None)
        if first is None:
            return []
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        if second is None:
            # a parse that hangs one name on the other ("between Al-Shabaab and Kenyan troops"
            # read as one noun phrase): the two named actors inside the phrase, in order
            inside = {x.i for x in t.subtree}
            names = list(dict.fromkeys(n for n, r, m in sorted(named, key=lambda x: x[2].span.start)
                                       if m.span.start in inside))
            return names if len(names) == 2 else []
        out = []
        for p in (first, second):
            if p is None:
                return []
            name = next((n for n, r, m in named if m.span.start <= p.i < m.span.end), None)
            if name is None:
                c = _country_at(p)
                name = _state_name("Military Forces", c, on) if c else None
            if name is None:
                return []
            out.append(name)
        return out if out[0] != out[1] else []
    return []


def _arrest_without_protest(span: Span, a1: str | None, a2: str | None) -> bool:
    """The sentence tells a state force arresting people and no demonstration: each protest
    word in it (if any) is only the arrest's cause or plan ("detained activists over a protest",
    "ahead of planned marches"), not the gathering where it happened."""
    if not any(actor_type(a) in STATE_TYPES for a in (a1, a2)):
        return False
    arrest = [t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ARREST_VERBS
              and any(c.dep_ == "nsubj" for c in t.children) and t.dep_ != "amod"]
    if not arrest:
        return False
    # "detained residents who gathered outside the district office": people held as they gathered
    # (a clause on them) were held at a gathering, a demonstration the sentence tells
    if any(t.lemma_.lower() in GATHER_VERBS and t.dep_ in ("relcl", "acl") for t in span):
        return False
    for t in span:
        if t.lemma_.lower() not in PROTEST_WORDS:
            continue
        h = t
        while h.dep_ in ("pobj", "compound", "amod", "conj", "dobj", "nmod") and h.head.i != h.i and h.head.lemma_.lower() not in CAUSE_PREPS:
            h = h.head
        if h.head.lemma_.lower() in CAUSE_PREPS or (h.head.dep_ == "pcomp" and h.head.head.lemma_.lower() in CAUSE_PREPS):
            continue
        return False
    return True
RIOT_KINDS = {"Violent demonstration", "Mob violence", "Riots"}
# Acts whose doer goes unnamed in most reports: the codebook then records an unidentified armed group.
UNNAMED_DOER_KINDS = {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Attack",
                      "Abduction/forced disappearance", "Sexual violence"}
CIVILIAN_TARGET_KINDS = {"Attack", "Abduction/forced disappearance", "Sexual violence"}
DEVICES = {"mine", "landmine", "ied", "device", "explosive", "bomb", "booby", "trap"}
STRUCK_BY_DEVICE = {"hit", "strike", "step", "run", "drive", "trigger", "detonate"}


def _by_codebook(a1: str | None, a2: str | None, kind: str | None, span: Span, country: str | None,
                 on: date | None, named: list) -> tuple[str | None, str | None]:
    """The actors' places that the codebook fixes by the event's type, whatever the sentence's
    grammar: in a demonstration the demonstrators are actor1 (protesters, or rioters in a riot)
    and whoever intervenes actor2; a vehicle or patrol that hits a mine was acted on; and a
    bombing, attack or abduction whose doer nobody names is an unidentified armed group's."""
    def generic(name: str) -> str:
        return canonical(lexicon.actor_by_name(name), country, on)

    crowd_types = ("protesters", "rioters", "civilians")
    # an armed group as the doer says the sentence tells no demonstration, whatever it was typed
    # a state force the sentence has acting on a crowd in what was typed a riot: the grammar is
    # surer than the type (firing on demonstrators is the state's act)
    doubtful = kind in RIOT_KINDS and actor_type(a1) in ("state forces", "police") and actor_type(a2) in crowd_types
    # "police arrested 40 election agents at a meeting": an arrest by the state with no
    # demonstration told (no protest word, or one only as the arrest's cause: "over a protest")
    # is an arrest, whatever it was typed: the force is actor1, the people held civilians
    if kind in PROTEST_KINDS and _arrest_without_protest(span, a1, a2):
        force = a1 if actor_type(a1) in STATE_TYPES else a2
        held = a2 if force == a1 else a1
        if held is None or actor_type(held) in ("protesters", "rioters") or actor_type(held) in STATE_TYPES:
            held = generic("Civilians")
        return force, held
    # a party's supporters who demonstrate or riot are the crowd (ACLED: protesters or rioters, the
    # party at most an associated actor); the party's name is kept for its militia's attacks
    if (kind in PROTEST_KINDS or kind in RIOT_KINDS) and (actor_type(a1) not in NON_STATE_TYPES or _party(a1)) \
            and not doubtful:
        crowd = generic("Protesters" if kind in PROTEST_KINDS else "Rioters")
        # a peaceful protest is, by definition, one nobody intervenes in: it has no second party
        # ("against the government" names a grievance, not an actor)
        if kind == "Peaceful protest":
            return crowd, None
        other = next((a for a in (a1, a2) if a and actor_type(a) not in crowd_types and not _party(a)), None)
        if other is None and kind in ("Protest with intervention", "Excessive force against protesters"):
            # the force that intervenes, wherever the sentence names it ("police baton-charged them")
            other = next((n for n, r, m in named if r != -1 and actor_type(n) in STATE_TYPES), None)
        if other is None and kind == "Protest with intervention" and any(
                (t.lemma_.lower() in ARREST_VERBS | {"disperse"} or t.lower_ in ("detained", "arrested", "dispersed"))
                and t.pos_ in ("VERB", "ADJ") for t in span):
            # "87 protesters detained", "marchers were dispersed": a demonstration's crowd held or
            # dispersed with no force named was held by the police (as a clipped passive arrest is)
            other = generic("Police Forces")
        if kind == "Mob violence" and other is None and _crowds_fight(span):
            # two crowds or communities fighting each other: rioters on both sides (the codebook's
            # mob violence between groups; neither is a victim)
            return crowd, crowd
        if kind in RIOT_KINDS and other is None and _marchers_hit(span):
            # a crowd (counter-protesters, a gang of thugs) attacking a march, rally or camp of
            # demonstrators acts on protesters, not on bystanders
            other = generic("Protesters")
        if kind in RIOT_KINDS and other is None:      # whom rioters attack
            other = next((a for a in (a2, a1) if a and actor_type(a) == "civilians"), None)
        if kind == "Mob violence" and other is None:
            # mob violence is, in the codebook, rioters against other people: civilians unless named
            other = generic("Civilians")
        return crowd, other
    if kind == "Remote explosive/landmine/IED" and a1 and actor_type(a1) not in crowd_types:
        struck = any(t.lemma_.lower() in STRUCK_BY_DEVICE and any(
            c.lemma_.lower() in DEVICES for c in t.subtree if c.i > t.i) for t in span if t.pos_ == "VERB")
        own = next((m for n, r, m in named if n == a1), None)
        if struck and own is not None and _verb_of(own.span.root).lemma_.lower() in STRUCK_BY_DEVICE:
            return generic("Unidentified Armed Group"), a1
    # excessive force is, by definition, force used on protesters: whoever the text names them by
    # ("supporters", "people protesting"), they are the event country's protesters
    if kind == "Excessive force against protesters" and actor_type(a1) in STATE_TYPES and \
            (a2 is None or actor_type(a2) == "civilians"):
        a2 = generic("Protesters")
    # "the army said its jets killed 12 fighters", "the Somali army said an air strike killed 30
    # militants": a state's forces that report a strike or operation whose doer the report leaves
    # unnamed tell their own act
    if a1 is None and kind in ("Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"):
        own = next((m for m in mentions(span) if m.role == -1 and m.actor.type in STATE_TYPES
                    and _verb_of(m.span.root).lemma_.lower() in ("say", "announce", "report", "confirm")), None)
        if own is not None and _name(own, country, on) != a2 and not (a2 and side_key(_name(own, country, on)) == side_key(a2)):
            a1 = _name(own, country, on)
    # a death in the state's custody (in detention, in a prison or penal colony, a detainee killed
    # with no other doer named) and an execution the authorities carry out are the act of the state
    # body that holds the person: the codebook records it with the country's police forces, as it
    # does arrests by "authorities" (the victims stay civilians)
    if a1 is None and kind == "Attack" and _state_custody_death(span):
        a1 = generic("Police Forces")
    if a1 is None and kind in UNNAMED_DOER_KINDS:
        a1 = generic("Unidentified Armed Group")
    # "ambush on a patrol; 23 soldiers killed": a battle has two sides, and where the text names
    # only the state's forces, acted on, the other is an armed group nobody names
    if a1 is None and kind == "Armed clash" and actor_type(a2) in STATE_TYPES \
            and any(t.lemma_.lower() in ASSAULT_WORDS for t in span):
        a1 = generic("Unidentified Armed Group")
    # violence against civilians is, by the codebook's definition, violence against unarmed
    # people: whoever the text names them by ("a bus driver", "a tax collector"), they are civilians
    if a2 is None and kind in CIVILIAN_TARGET_KINDS and actor_type(a1) not in crowd_types:
        a2 = generic("Civilians")
    # the codebook's strategic developments of one party (a base set up, a group's change of
    # activity, a coup or other) record that party alone
    if kind in ("Change to group/activity", "Other") and a1 is None:
        # "the governor imposed a curfew", "the government declared a state of emergency": a
        # measure a civil authority imposes is enforced by the state's police; a call-up by the
        # state is its military's
        imposer = _imposed_by_authority(span)
        if imposer:
            a1 = generic("Military Forces" if imposer == "military" else "Police Forces")
    if kind in ONE_PARTY_KINDS:
        return a1, None
    # "clash between IS fighters and the army", "fighting between the RSF and the army": a battle
    # told as a noun between two sides records them in the order written (nobody is the object)
    if kind == "Armed clash":
        between = _parties_between(span, named, on, FIGHT_NOUNS)
        if len(between) == 2:
            a1, a2 = between
    # an agreement is between parties: people it protects are not one of them
    if kind == "Agreement":
        # "a truce between Israel and Hamas", "a ceasefire between the DRC and Rwanda": the parties
        # are those the agreement is between, in the order written (a state by its name: its forces)
        between = _parties_between(span, named, on)
        if len(between) == 2 and (a1 is None or a2 is None or actor_type(a2) in VICTIM_TYPES or a1 not in between):
            a1, a2 = between
    if kind == "Agreement":
        a1, a2 = _signers(a1, a2, span, named, country, on)
    if kind == "Agreement" and (a2 is None or actor_type(a2) in VICTIM_TYPES):
        a2 = next((n for n, r, m in named if n != a1 and r != -1 and actor_type(n) not in VICTIM_TYPES), None)
    # an arrest by the state detains people, who are civilians unless a group is named; a second
    # force word in the arresting side's own words ("military counter-intelligence agents") is no
    # second party
    if kind == "Arrests" and a1 is None and _arrested_by_authorities(span):
        # "authorities arrested a blogger", "the Economic Crimes Unit detained...", "two journalists
        # were arrested": the state's body that arrests, unnamed as a force, is its police
        a1 = generic("Police Forces")
    if kind == "Arrests" and actor_type(a1) in STATE_TYPES:
        own = next((m for n, r, m in named if n == a2), None)
        # "arrested a YouTuber over a video criticising the government": the state named by a word
        # that is no force ("government", "authorities") is not who was arrested
        same_state = own is not None and actor_type(a2) in STATE_TYPES and \
            _state_country(a2) == _state_country(a1) and own.span.root.lemma_.lower() not in (MILITARY_NOUNS | POLICE_NOUNS) - {"government"}
        if a2 is None or same_state or (actor_type(a2) in STATE_TYPES and own is not None and own.role != 2):
            a2 = generic("Civilians")
        # "police arrested 150 looters": people arrested away from a demonstration are civilians,
        # whatever crowd word names them (an arrest at a demonstration is a protest event instead)
        elif actor_type(a2) in ("rioters", "protesters"):
            a2 = generic("Civilians")
        # "arrested two suspected ELN supporters": supporters and sympathisers of a group are not
        # its fighters; the people held are civilians
        elif own is not None and actor_type(a2) in NON_STATE_TYPES and any(
                t.lemma_.lower() in SUPPORTERS for t in (own.span.root, own.span.root.head)):
            a2 = generic("Civilians")
    # "armed individuals destroyed a tower": doers the text leaves unknown, by a word that is no
    # actor's name, are an unidentified armed group's
    if a1 is None and kind in ("Looting/property destruction", "Attack", "Abduction/forced disappearance") and any(
            t.dep_ == "nsubj" and (t.lemma_.lower() in PERSON_NOUNS or t.lower_ in PERSON_NOUNS)
            and any(c.dep_ in ("amod", "compound") and c.lower_ in UNKNOWN_WORDS for c in t.children) for t in span):
        a1 = generic("Unidentified Armed Group")
    # property destroyed or looted by an armed or state party (README, session 12 round 3): the
    # civilians' where it is a place people live, trade, farm, study, pray or are treated in (homes,
    # shops, markets, crops, schools, clinics, churches) or where the text names people as its owners
    # ("traders' kiosks", "cars owned by residents"); property whose owner the text does not name and
    # that is no such place (a depot, buses, a wall, a police station, a court, a bridge) is nobody's
    # in the record: no second party. An act whose object the parse does not show stays the civilians'.
    if kind == "Looting/property destruction" and a2 is None and actor_type(a1) in STATE_TYPES | NON_STATE_TYPES:
        hit = _property_hit(span)
        if not hit or any(_civil_place(t) or _people_own(t) for t in hit):
            a2 = generic("Civilians")
    if a2 is None and kind in EXPLOSION_KINDS:
        a2 = _struck(span, a1, country, on)
    # "troops reoccupied the gendarmerie post": a state's forces that take over a site its own police
    # or army held name no second party by the site's name (the codebook's second party is the side
    # that lost the place)
    if kind in TERRITORY_KINDS and actor_type(a1) in STATE_TYPES and actor_type(a2) in STATE_TYPES and \
            _state_country(a1) == _state_country(a2):
        own = next((m for n, r, m in named if n == a2), None)
        if own is not None and re.search(rf"\b{re.escape(own.span.text)}\s+(?:{SITE_NOUNS})\b", span.text, re.I):
            a2 = None
    # a non-state group that overruns a military or police site takes it from the state's forces
    # (the codebook's territory taken by a non-state actor is taken from whoever held it)
    if a2 is None and kind in ("territory", "Non-state actor overtakes territory") and actor_type(a1) in NON_STATE_TYPES \
            and country:
        site = STATE_SITE.search(span.text)
        if site:
            a2 = _state_name("Police Forces" if site.group(1) else "Military Forces", country, on)
    return a1, a2


MUTUAL_FIGHT = {"fight", "clash", "battle", "brawl", "scuffle"}
BOTH_SIDES = {"two", "rival", "both", "neighbouring", "neighboring", "opposing"}
MARCH_WORDS = {"march", "marcher", "rally", "demonstrator", "protester", "protestor", "demonstration",
               "protest", "encampment", "sit-in", "vigil", "picket", "procession"}


def _crowds_fight(span: Span) -> bool:
    """'Youths of the Tiv and Jukun communities clashed', 'villagers from two clans fought',
    'armed residents clashed with a group of youths': a verb of mutual fighting whose doers are two
    sides (joined, counted as two or rivals, or one fighting 'with' another)."""
    for v in span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in MUTUAL_FIGHT:
            continue
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between") and any(g.dep_ == "pobj" for g in c.children):
                return True
            if c.dep_ == "nsubj" and any(t.dep_ == "conj" or t.lower_ in BOTH_SIDES for t in c.subtree):
                return True
    return False


def _marchers_hit(span: Span) -> bool:
    """'attacked May Day marchers', 'threw stones at an anti-Islam rally', 'attacked a protest
    camp': demonstrators, their march or their camp as what the violence was done to."""
    def marchers(t: Token) -> bool:
        # (a noun: "on 21 March" is a day, not a march)
        return any(w.pos_ == "NOUN" and (w.lemma_.lower() in MARCH_WORDS or w.lower_ in MARCH_WORDS)
                   for w in [t, *(c for c in t.children if c.dep_ == "compound")])
    for t in span:
        # (not a march hit in a clause that tells the riot's cause: "torched homes after a religious
        # procession was attacked")
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" and marchers(t) and not (
                t.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "because", "since")
                                               for c in t.head.children)):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ("at", "on") and t.head.head.pos_ == "VERB" and marchers(t):
            return True
    return False


def _qualifies(w: Token, head: Token) -> bool:
    """'RENAMO leader Momade': the word is a modifier, through a chain of them, of that head."""
    while w.dep_ in ("compound", "poss", "amod", "nmod") and w.head.i != w.i:
        w = w.head
        if w.i == head.i:
            return True
    return False


def _signers(a1: str | None, a2: str | None, span: Span, named: list, country: str | None,
             on: date | None) -> tuple[str | None, str | None]:
    """The parties that sign or agree together as the verb's joined subjects, in the order written
    ("the Houthis and the Saudi-led coalition began a prisoner swap"); a head of state or
    government among them ("President Nyusi and RENAMO leader Momade signed") is the state's
    party, its military forces (the codebook's convention for a government as a party)."""
    subjects = [t for t in span if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")]
    subjects += [c for t in subjects for c in t.conjuncts if c.i > t.i]
    if len(subjects) < 2:
        return a1, a2
    parties: list[tuple[int, str]] = []
    for t in subjects:
        name = next((n for n, r, m in named if m.span.start <= t.i < m.span.end or _qualifies(m.span.root, t)), None)
        if name is None and country and _head_of_state(t):
            name = _state_name("Military Forces", country, on)
        if name is not None and actor_type(name) not in VICTIM_TYPES and name not in (n for _, n in parties):
            parties.append((t.i, name))
    if len(parties) < 2:
        return a1, a2
    parties.sort()
    if {a1, a2} <= {n for _, n in parties} or a1 is None or a2 is None or actor_type(a2) in VICTIM_TYPES:
        return parties[0][1], parties[1][1]
    return a1, a2


# the places a civilian population lives, trades, farms, studies, prays or is treated in: destroying
# or looting them acts on civilians whoever owns them (README, property convention)
CIVIL_PROPERTY = {"home", "homes", "house", "houses", "homestead", "hut", "dwelling", "apartment", "flat", "residence",
                  "shop", "store", "stall", "kiosk", "market", "supermarket", "mall", "pharmacy", "bakery", "restaurant",
                  "hotel", "business", "farm", "field", "crop", "crops", "granary", "barn", "orchard", "tree", "livestock",
                  "cattle", "goat", "sheep", "camel", "herd", "village", "hamlet", "settlement", "school", "university",
                  "college", "clinic", "hospital", "dispensary", "church", "mosque", "temple", "shrine", "synagogue",
                  "monastery", "property", "belongings", "structure"}
# words for a part or a number of a thing ("the windows of an office", "dozens of homes"): the
# thing hit is the one they are of
PART_WORDS = {"window", "wall", "door", "roof", "gate", "part", "fleet", "dozen", "dozens", "hundred", "hundreds",
              "number", "row", "section", "wing", "facade", "fence", "slogan", "graffiti", "paint", "fire", "blaze"}
OWNED_BY = {"company", "firm", "village", "residents", "farmers", "family"}


def _property_hit(span: Span) -> list[Token]:
    """What a looting or destruction verb acts on: its objects and their joined nouns, through a
    part or a number ("the windows of the office" -> office), and the place of "set fire to X",
    "daubed slogans on X"."""
    out: list[Token] = []
    for t in span:
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in ARREST_VERBS:
            found = [t, *t.conjuncts]
        elif t.dep_ == "pobj" and t.head.lower_ in ("to", "on", "at") and t.head.head.pos_ == "VERB" and \
                any(c.dep_ == "dobj" and c.lemma_.lower() in PART_WORDS for c in t.head.head.children):
            found = [t, *t.conjuncts]
        elif t.dep_ == "pobj" and t.head.lower_ in ("to", "on") and t.head.head.lemma_.lower() in ("fire", "slogan", "graffiti", "paint"):
            found = [t, *t.conjuncts]
        else:
            continue
        for f in found:
            while f.lemma_.lower() in PART_WORDS or f.lower_ in PART_WORDS:
                of = next((g for c in f.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
                if of is None:
                    break
                f = of
            if f.lemma_.lower() not in PART_WORDS:
                out.append(f)
    # "set fire to a depot": the object of "to" under "fire"
    for t in span:
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "fire" and t not in out:
            out += [t, *t.conjuncts]
    return out


def _civil_place(t: Token) -> bool:
    """A civilian place by its noun or the noun's modifier ('a health centre', 'market stalls')."""
    return any(w.lemma_.lower() in CIVIL_PROPERTY or w.lower_ in CIVIL_PROPERTY or w.lower_ in ("health", "medical")
               for w in [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))])


def _people_own(t: Token) -> bool:
    """'residents' cars', 'the cars of traders', 'vehicles owned by farmers', 'Palestinian-owned
    structures': the text names people (not a state, a force or an armed group) as the owners."""
    for c in t.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") and \
                (c.lemma_.lower() in OWNED_BY or _civilian_word(c)):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _civilian_word(g) for g in c.children):
            return True
        if c.dep_ in ("acl", "amod", "compound") and c.lower_.endswith("owned"):
            return c.dep_ != "acl" or any(g.dep_ == "agent" and any(_civilian_word(w) or w.lemma_.lower() in OWNED_BY
                                                                    for w in g.subtree) for g in c.children)
        if c.dep_ == "compound" and c.lower_ in OWNED_BY:
            return True
    return False


def _civilian_word(t: Token) -> bool:
    """A word the lexicon's generic civilians answer to ('residents', 'traders', 'a farmer')."""
    civ = lexicon.actor_by_name("Civilians")
    words = {a.lower() for a in civ.aliases} if civ else set()
    return t.lower_ in words or t.lemma_.lower() in words or t.lemma_.lower() + "s" in words


def _party(name: str | None) -> bool:
    """A political party's name (its supporters as a political militia)."""
    return bool(name) and bool(_raw(name).get("party"))


def _state_country(name: str | None) -> str | None:
    m = re.match(r"(?:Military|Police) Forces of (?:the )?(.+?)(?: \(\d{4}-(?:\d{4})?\))?$", name or "")
    return m.group(1) if m else None


ONE_PARTY_KINDS = {"Headquarters or base established", "Change to group/activity", "Other"}
EXPLOSION_KINDS = {"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
                   "Remote explosive/landmine/IED", "Grenade"}
# what a strike that names no armed target hit: people and their places, or a military site
CIVIL_HIT = re.compile(r"\b(?:residential|rall(?:y|ies)|crowds?|ceremon(?:y|ies)|restaurants?|hotels?|caf[eé]s?|"
                       r"neighbou?rhoods?|markets?|camps?|hospitals?|clinics?|schools?|weddings?|shopping|malls?|"
                       r"universit(?:y|ies)|colleges?|kindergartens?|baker(?:y|ies)|stadiums?|theat(?:re|er)s?|cinemas?|"
                       r"gatherings?|funerals?|homes?|houses?|villages?|mosques?|churches|church|buses|bus|apartments?|"
                       r"flats|shops?|farms?|civilians?|people|children|child|boys?|girls?|women|residents|villagers|"
                       r"famil(?:y|ies)|worshipp?ers|passengers|students|pupils|displaced|IDPs?|refugees|shelters?)\b", re.I)
MILITARY_SITE = re.compile(r"\b(?:airfields?|air\s?bases?|airbases?|military\s+bases?|army\s+bases?|barracks|garrisons?|"
                           r"military\s+(?:positions?|posts?|installations?|facilit(?:y|ies)|depots?)|army\s+(?:positions?|posts?)|"
                           r"ammunition\s+depots?|(?:air[-\s]defen[cs]e|missile|radar|rocket)\s+(?:sites?|batter(?:y|ies)|launchers?|bases?))\b", re.I)


# a site the state's forces hold: group 1 set for a police one
STATE_SITE = re.compile(r"\b(?:(police|gendarmerie)\s+(?:stations?|posts?|outposts?|camps?|checkpoints?|headquarters|barracks)|"
                        r"(?:border\s+guard|border|army|military|troops'?)\s+(?:posts?|outposts?|stations?|bases?|camps?|checkpoints?|"
                        r"positions?|headquarters)|air\s?bases?|airbases?|military\s+bases?|army\s+bases?|barracks|garrisons?|"
                        r"(?:regional|military|army|operations?|operational|divisional|battalion|brigade)\s+(?:command|headquarters))\b", re.I)
HELD_SITE = re.compile(r"\b([A-Z][A-Za-z.]+)[-\s](?:run|held|controlled|operated|occupied|manned)\s+(?:[\w'-]+\s+){0,3}?"
                       r"(?:air\s?bases?|airbases?|bases?|airfields?|positions?|posts?|outposts?|garrisons?|barracks)\b")


def _struck(span: Span, a1: str | None, country: str | None, on: date | None) -> str | None:
    """Whom a strike or bomb hit when its sentence names no armed target: the event country's
    forces for a military site a foreign or non-state attacker hit ("a Ukrainian drone struck an
    airfield near Soltsy"); civilians for people or their places ("bombed a religious gathering",
    "15 were killed" beside "a residential block"), as the codebook records remote violence."""
    text = span.text
    # "the US-run Ain al-Asad airbase": a site another country's forces hold is theirs
    held = HELD_SITE.search(text)
    holder = country_of(held.group(1)) if held else None
    if holder and holder != country:
        theirs = _state_name("Military Forces", holder, on)
        return theirs if a1 and side_key(a1) != side_key(theirs) else None
    if country and MILITARY_SITE.search(text):
        own = _state_name("Military Forces", country, on)
        return own if a1 and side_key(a1) != side_key(own) else None
    # people hit: their places, or a toll with no armed party named as the target ("killing a waitress")
    if CIVIL_HIT.search(text) or TOLL.search(text):
        return canonical(lexicon.actor_by_name("Civilians"), country, on)
    return None


TOLL = re.compile(r"\b(?:kill(?:ing|ed|s)?|wound(?:ing|ed|s)?|injur(?:ing|ed|ies|es)?|dead)\b", re.I)


ANAPHORIC_DET = {"the", "these", "those"}


def _definite_back(named: list, span: Span, country: str | None, on: date | None) -> list:
    """'ISIS said ... shot down by the terrorists': a definite generic ('the militants', 'the
    terrorists', 'the rebels') points back to a group already named, as a coder reads it. When
    this sentence or the one before names exactly one non-state armed group, the definite
    generic is that group; an indefinite one ('gunmen', 'unknown assailants') stays unidentified."""
    generic = [i for i, (_, _, m) in enumerate(named)
               if m.actor.generic and m.actor.type in ("unidentified", "rebels") and m.span.start > 0
               and span.doc[m.span.start - 1].lower_ in ANAPHORIC_DET]
    if not generic:
        return named
    doc = span.doc
    lo = span.start
    if lo > 0 and doc.has_annotation("SENT_START"):
        lo = doc[lo - 1].sent.start
    groups = {m.actor.name: m for m in mentions(doc[lo:span.end])
              if not m.actor.generic and m.actor.type not in STATE_TYPES | VICTIM_TYPES
              and m.actor.type not in ("protesters", "rioters")}
    if len(groups) != 1:
        return named
    g = next(iter(groups.values()))
    out = list(named)
    for i in generic:
        _, r, m = out[i]
        m2 = ActorMention(g.actor, m.span, r, g.country)
        out[i] = (_name(m2, country, on), r, m2)
    return out


def agent(span: Span, country: str | None, near: int | None = None, on: date | None = None) -> str | None:
    """The actor the parse names as doer (subject or passive agent), nearest `near`, or None."""
    found = agents(span, country, near, on)
    return found[0] if found else None


def _conj_top(tok: Token) -> Token:
    # "X and Y", and the small parser's "Somali forces and clan fighters" read as one noun phrase
    # ("forces" a modifier of "fighters"): the phrase's head
    while tok.dep_ in ("conj", "nmod", "compound", "appos") and tok.head is not tok:
        tok = tok.head
    return tok


def agents(span: Span, country: str | None, near: int | None = None, on: date | None = None) -> list[str]:
    """The doer nearest `near` (as agent()) first, then the doers joined to it as one subject ("Somali
    forces and clan fighters", "the army and VDP volunteers"): the same act's co-doers."""
    ms = [m for m in (_in_country(m, country) for m in mentions(span)) if m.role == 1 and m.actor.type not in VICTIM_TYPES]
    if not ms:
        return []
    if near is not None:
        ms.sort(key=lambda m: min(abs(m.span.start_char - near), abs(m.span.end_char - near)))
    top = _conj_top(ms[0].span.root)
    return [_name(m, country, on) for m in ms if m is ms[0] or _conj_top(m.span.root) == top]
