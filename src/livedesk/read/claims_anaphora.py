"""Pronouns and descriptions that point back to a named speaker ("he", "the monitor", "the
group", "the general staff"): the nearest named claimant they fit, by kind and by person or body.

`last` is the list sentence_claims keeps across a report: last[0] the latest named claim,
last[1:] every named claim met so far (most recent last).
"""
from __future__ import annotations

import re

from livedesk.model import Claim
from livedesk.read.claims_sources import lookup, side_of

# Definite descriptions that point back to the last named speaker, and the kinds they fit.
_ANAPHORS = {"monitor": {"monitor"}, "watchdog": {"monitor"}, "observatory": {"monitor"},
             "group": {"monitor", "armed group", "open-source investigators", "organisation"},
             "organisation": {"monitor", "organisation"}, "organization": {"monitor", "organisation"},
             "ministry": {"official"}, "army": {"official"}, "military": {"official"},
             "spokesman": {"official", "armed group"}, "spokeswoman": {"official", "armed group"},
             "agency": {"wire agency", "state media", "militant media"},
             "outlet": {"newspaper/broadcaster", "state media", "militant media"},
             "channel": {"newspaper/broadcaster", "state media", "militant media"},
             "broadcaster": {"newspaper/broadcaster", "state media", "militant media"},
             "newspaper": {"newspaper/broadcaster", "state media"}, "daily": {"newspaper/broadcaster"},
             "station": {"newspaper/broadcaster", "state media", "militant media"},
             "statement": None, "report": None, "account": None,
             # the paper a speaker said it in ("it disclosed in a filing ... The filing also showed")
             "filing": None, "notice": None, "submission": None,
             # a research body named before ("the think tank added", "the institute said")
             "tank": {"open-source investigators", "organisation", "monitor", "unknown"},
             "institute": {"open-source investigators", "organisation", "monitor", "unknown"}}


def _history(last: list) -> list[Claim]:
    """Named claimants met so far, nearest first (last[0] is the latest, last[1:] the history)."""
    hist = [c for c in reversed(last[1:]) if c is not None]
    return hist or ([last[0]] if last and last[0] is not None else [])


def pronoun_ref(pron: str, last: list) -> Claim | None:
    """'he'/'she' point back to the nearest person, 'it'/'its' to the nearest body."""
    hist = _history(last)
    if pron in ("he", "she", "his", "her"):
        # ("she" is never "a spokesman for X", "he" never "a spokeswoman for X", nor anyone the
        # text has already called 'he'; a thing a person owns, "X's campaign", is an 'it')
        want = "f" if pron in ("she", "her") else "m"
        fits = [c for c in hist if gender(c, hist) in (None, want) and not _plural_noun(c)
                and not _owned_thing(c)]
        # ("Dorn rejected the criticism": a surname alone is the person named in full before it)
        got = next((c for c in fits if _individual(c) or _one_person_role(c) or _role_for(c) or any(
                    h is not c and _same_person(c.claimant, h.claimant) and _individual(h) for h in hist)),
                   fits[0] if fits else hist[0] if hist else None)
        if got is not None and gender(got, hist) is None:
            remember(pron, got)        # what the report has called this person so far
        return got
    # 'it' is a body: never a person, nor a person named by a role ("a commander of the SSA", "a
    # spokesman for the mission", "two officials": people, though a body is named in their description);
    # a thing a person owns ("X's campaign") is an 'it' too
    return next((c for c in hist if _owned_thing(c) or (not _individual(c) and not _one_person_role(c)
                 and not _role_for(c) and not _role_named(c) and not _plural_noun(c))),
                hist[0] if hist else None)


def _same_person(a: str, b: str) -> bool:
    """'Solis' and 'Marta Solis': the surname alone is the person named in full (news style; the
    full name is put back after the sentences are read, claims._full_names)."""
    if a == b:
        return True
    short, full = sorted((a or "", b or ""), key=lambda x: len(x.split()))
    return len(short.split()) == 1 and short[:1].isupper() and full.split()[-1:] == [short]


def _owned_thing(c: Claim) -> bool:
    """"Whitford's campaign", "the minister's office": a thing a person owns, said by no person of
    its own; 'it' points back to it, never 'he' or 'she'."""
    m = re.search(r"['’]s ([a-z]+)$", c.claimant or "")
    return bool(m) and m.group(1) not in _PERSON_ROLES and m.group(1) not in _FEMALE_ROLES | _MALE_ROLES


def _plural_noun(c: Claim) -> bool:
    """A claimant named by a plural common noun ("police", "residents", "the rebels") is 'they' in
    English, never 'it' (a name in capitals is left alone: "Médecins Sans Frontières" is 'it')."""
    words = (c.claimant or "").split()
    last = words[-1] if words else ""
    return last.islower() and (last in ("police", "people", "militants") or last.endswith("s") and not last.endswith(("ss", "us")))


# words that tell a person's sex ("a spokeswoman", "her brother Ibrahim", "the boy's father")
_MALE_WORDS = {"brother", "son", "father", "husband", "uncle", "nephew", "grandfather", "boy", "mr", "sir"}
_FEMALE_WORDS = {"sister", "daughter", "mother", "wife", "aunt", "niece", "grandmother", "girl", "mrs", "ms", "miss"}


def gender(c: Claim, hist: list) -> str | None:
    """'m' or 'f' where the claimant's words say so ("spokeswoman", "his father") or the text has
    already called this claimant 'he' or 'she' (remember()); else None. Keeps each name's own
    pronoun in a piece that quotes a man and a woman in turn (a Q&A, a profile)."""
    words = re.findall(r"[a-z]+", (c.claimant or "").lower())
    # the head of the description decides ("her brother Ibrahim" is a man; 'her' is someone else)
    head = [w for w in words if w not in ("his", "her", "their", "the", "a", "an")]
    if set(head) & (_MALE_ROLES | _MALE_WORDS):
        return "m"
    if set(head) & (_FEMALE_ROLES | _FEMALE_WORDS):
        return "f"
    return next((h.__dict__["said_as"] for h in hist
                 if _same_person(h.claimant, c.claimant) and "said_as" in h.__dict__), None)


def remember(pron: str, c: Claim) -> None:
    """The text called claimant c 'he' or 'she': later pronouns of the other sex are someone else."""
    if pron in ("he", "his", "him"):
        c.__dict__["said_as"] = "m"
    elif pron in ("she", "her"):
        c.__dict__["said_as"] = "f"


def _one_person_role(c: Claim) -> bool:
    """A claimant described by one person's role and no name: "Babayev's spokesman", "the
    company's chief executive", "a police spokeswoman" is 'he' or 'she' as much as a named person;
    so is a role placed by where the person is ("a nurse at the hospital", "a diplomat in Kabul"):
    the role is the word before the place, and the place names no one else."""
    words = re.findall(r"[a-z]+", (c.claimant or "").lower())
    k = next((i for i, w in enumerate(words) if w in _PLACED), len(words))
    words = words[:k]
    return bool(words) and (words[-1] in _PERSON_ROLES | _MORE_ROLES or _man_word(words[-1])) and not words[-1].endswith("s") \
        and words[-1] != "people" and not any(w in ("of", "for", "from") for w in words)


# prepositions that place a person ("a nurse at ...", "a diplomat in ...") without naming whom they speak for
_PLACED = {"at", "in", "on", "near", "inside", "outside"}
# roles of one person that _PERSON_ROLES (kept as it is for "the official said") does not list
_MORE_ROLES = {"diplomat", "survivor", "volunteer", "farmer", "shopkeeper", "trader", "worker", "medic",
               "paramedic", "surgeon", "midwife", "pharmacist", "student", "mason", "driver", "nun", "priest",
               "imam", "elder", "chief",
               # people a report quotes by what they are ("a villager", "a herder", "one refugee"): each is
               # 'he' or 'she' as much as a named person, and nearer than one named before
               "villager", "herder", "shepherd", "refugee", "cousin", "relative", "uncle", "aunt", "pupil",
               "mechanic", "labourer", "laborer", "vendor", "guard", "pilot", "sailor", "monk", "widow", "widower",
               "grandmother", "grandfather", "neighbour", "neighbor", "owner", "tenant", "bystander", "passenger",
               "motorist", "rescuer", "firefighter", "employee", "coordinator", "organiser", "organizer", "member",
               "veteran", "candidate", "voter", "protester", "demonstrator", "parent", "pensioner", "miner",
               "detainee", "prisoner", "hostage", "defector", "teenager"}


def _man_word(w: str) -> bool:
    """'fisherman', 'policewoman', 'chairperson', 'militiaman': one person by the word's own ending."""
    return len(w) > 5 and w.endswith(("man", "woman", "person")) and w not in ("human", "german", "ottoman", "superhuman")


_FEMALE_ROLES = {"spokeswoman", "chairwoman", "woman", "businesswoman", "congresswoman", "councilwoman", "alderwoman"}
_MALE_ROLES = {"spokesman", "chairman", "man", "businessman", "congressman", "councilman", "alderman"}


def _role_for(c: Claim) -> bool:
    """"A spokeswoman for the company", "the head of the agency": one person's role, then whom the
    person speaks for; 'she' or 'he' as much as a person named."""
    words = re.findall(r"[a-z]+", (c.claimant or "").lower())
    k = next((i for i, w in enumerate(words) if w in ("of", "for", "from")), None)
    return bool(k) and words[k - 1] in _PERSON_ROLES | {"head"} and not words[k - 1].endswith("s")


def _role_named(c: Claim) -> bool:
    """A claimant named by people's role ("a local official", "security sources", "two paramedics"
    are people; "the army did not comment" after them is the army, not they)."""
    words = re.findall(r"[a-z]+", (c.claimant or "").lower())
    return bool(words) and words[-1] in _PERSON_ROLES and not any(w in ("of", "for", "from") for w in words)


# what a report calls a firm by its trade ("Heineken, the Dutch brewer", "the Canadian miner Barrick"):
# a firm, so "the company" or "the firm" said later is it
_TRADES = {"maker", "manufacturer", "producer", "brewer", "grocer", "retailer", "supermarket", "chain", "airline",
           "carrier", "lender", "insurer", "miner", "carmaker", "automaker", "chipmaker", "drugmaker", "developer",
           "supplier", "distributor", "exporter", "refiner", "utility", "conglomerate", "startup", "giant",
           "operator", "platform", "app", "firm", "company", "bank", "group"}
# trades no person is called by
_FIRM_ONLY = {"brewer", "grocer", "supermarket", "chain", "airline", "carmaker", "automaker", "chipmaker",
              "drugmaker", "conglomerate", "utility", "refiner", "lender", "insurer", "retailer"}


def _individual(c: Claim) -> bool:
    """A claimant that is one person: a person, or anyone named with a description of their own
    ("Omar Hadid, a local councillor" is an official and still 'he'). A description whose head is a
    body ("The UN mission, BINUH"; "the humanitarian office, OCHA") makes a body, never 'he' or 'she'."""
    if c.description is not None:
        # ("its ambassador to the European Union": the head is the ambassador, not the union)
        head = re.findall(r"[a-z]+", re.split(r"\b(?:of|for|in|at|on|from|to|with|which|that)\b", c.description.lower())[0])
        if head and head[-1] in _BODY_WORDS:
            return False
        # "Lufthansa, the German airline", "Aeberli, the Swiss chocolate maker": a firm by its trade
        # ("Ana Soto, a retired miner" is still a person)
        if head and head[-1] in _TRADES and (head[-1] in _FIRM_ONLY or c.description.lower().startswith("the ")
                                             and c.claimant_kind != "person"):
            return False
    return c.claimant_kind == "person" or c.description is not None


# nouns that tell what KIND of body a body is: "the authority said" is a body whose name says it is an
# authority (or says nothing), never "the Unite union" nearer to it ("group", "force" are left out: an
# armed group or a state's force is called so whatever its name)
_KIND_NOUNS = {"authority", "agency", "union", "corporation", "company", "firm", "commission", "bank", "council",
               "committee", "federation", "office", "board", "court", "party", "network", "alliance",
               "association", "fund", "university", "hospital", "institute", "service", "department",
               "foundation", "trust", "league", "coalition", "movement", "regulator", "watchdog", "tribunal"}


def _kind_head(toks) -> str:
    """'authority' for a bare "the authority"; '' for anything else."""
    if len(toks) == 2 and toks[0].lower_ == "the" and toks[1].lower_ in _KIND_NOUNS:
        return toks[1].lower_
    return ""


def _kinds_named(c: Claim, before: str) -> set[str]:
    """The kind nouns a body's name or description carries, or the report put next to its name when it
    first named it ("the rating agency Moody's", "Moody's, the rating agency")."""
    words = set(re.findall(r"[a-z]+", f"{c.claimant} {c.description or ''}".lower())) & _KIND_NOUNS
    # the trade a firm is called by: its description, or the last word of a name with no place in it
    # ("Engineers at the carmaker" are people at a firm, not the firm)
    said = set(re.findall(r"[a-z]+", (c.description or "").lower()))
    if not re.search(r"\b(?:at|of|for|in|from|with)\b", c.claimant or ""):
        said |= set(re.findall(r"[a-z]+", (c.claimant or "").lower())[-1:])
    name = re.escape(c.claimant)
    # (every word of the description after the name: "Moody's, the rating agency", "X, the Swiss
    # chocolate maker")
    for m in re.finditer(r"\b(\w+) " + name + r"\b|\b" + name + r", (?:a|an|the) ((?:[\w-]+ ){0,3}[\w-]+)\b", before):
        got = {w.lower() for g in m.groups() if g for w in g.split()}
        words |= got & _KIND_NOUNS
        said |= got
    # a firm called by its trade ("the Dutch brewer", "the chocolate maker") is a company and a firm
    # (only a firm with a name: "the company" after "the drugmaker" names nobody new)
    if said & _TRADES and not words - {"company", "firm", "bank", "group"} and re.search(r"[A-Z]", c.claimant or ""):
        words |= {"company", "firm"}
    return words


def anaphor(toks, last: list):
    """The nearest named claimant the subject 'the monitor', 'the group', 'the statement' fits."""
    # "The company, whose shares have tripled, said": a relative clause tells more of the body named
    # before, it does not make another one
    rel = {x.i for t in toks if t.dep_ == "relcl" and t.head.i in {k.i for k in toks} for x in t.subtree}
    if rel:
        toks = [t for t in toks if t.i not in rel]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return None
    # "Reuters reports, citing a diplomatic source in Baku, ... The source said": a bare "the source"
    # is the one unnamed source the report has cited; with two of them it names neither
    if len(toks) == 2 and toks[0].lower_ == "the" and toks[1].lower_ == "source":
        seen = toks[0].doc.user_data.get("livedesk_unnamed", [])
        cited = [c for c in seen if c.start < toks[0].idx and re.search(r"\bsource$|\bsource (?:in|at|from|close|familiar)\b", c.claimant)]
        if len({c.claimant for c in cited}) == 1:
            return cited[-1]
        return None
    head = _kind_head(toks)
    before = toks[0].doc.text[:toks[0].idx] if head else ""
    if head:
        # a body named again by what it is: the nearest one whose name says it is that
        # (however far back: "the agency" after six other speakers is still the one body the report
        # named as an agency, never a person or body met since whose name says nothing of its kind)
        got = next((c for c in _history(last) if not _individual(c) and head in _kinds_named(c, before)), None)
        if got is None and head in _FIRM_KINDS:
            got = next((c for c in _history(last)[:6] if not _kinds_named(c, before) and _country_named(c)), None)
        if got is not None:
            return got
    for prev in _history(last)[:6]:
        if head and (_kinds_named(prev, before) or _individual(prev) or _role_for(prev) or _role_named(prev)):
            continue                     # its name says it is another kind of body, or it is a person
        got = _anaphor_one(toks, prev)
        if got is not None:
            return got
    return None


# role nouns name a person of their own ("the official said"), never a body named before
_PERSON_ROLES = {"official", "officials", "source", "sources", "witness", "witnesses", "resident", "residents",
                 "doctor", "doctors", "commander", "minister", "spokesman", "spokeswoman", "spokesperson", "man",
                 "woman", "people", "activist", "activists", "officer", "soldier", "fighter", "governor", "mayor",
                 "president", "leader", "chief", "analyst", "analysts", "journalist", "reporter", "correspondent",
                 # people of general news: each is someone of their own, never a body named before
                 "lawyer", "lawyers", "solicitor", "attorney", "barrister", "counsel", "adviser", "advisor", "aide",
                 "executive", "director", "manager", "coach", "captain", "teacher", "nurse", "professor",
                 "scientist", "researcher", "researchers", "economist", "economists", "engineer", "judge",
                 "prosecutor", "prosecutors", "client", "founder", "chairman", "chairwoman", "secretary",
                 "senator", "councillor", "mother", "father", "wife", "husband", "son", "daughter", "brother",
                 "sister", "friend", "neighbour", "neighbor", "player", "striker", "agent", "patient", "victim"}


# adjectives that describe a body named before without making it another one
_LOOSE_ADJ = {"same", "independent", "local", "main", "official", "former", "latter", "other", "new", "largest",
              "influential", "powerful", "little-known", "militant", "armed", "rebel", "jihadist", "islamist"}

# a state's own bodies, told apart from any outlet or group named before
_STATE_BODIES = {"army", "military", "ministry", "government", "police"}


# a state's bodies by family: "the military" is the army or the defence ministry named before, never
# the police or a ministry of something else, though all are 'official' speakers
_STATE_FAMILY = {"army": {"army", "military", "forces", "defence", "defense", "troops", "navy", "command"},
                 "police": {"police", "gendarmerie"},
                 "ministry": {"ministry"},
                 "government": {"government", "cabinet", "administration", "presidency"}}
_STATE_FAMILY["military"] = _STATE_FAMILY["army"]


def _state_family(c: Claim) -> set[str]:
    """The state-body words a claimant's name or description carries."""
    words = set(re.findall(r"[a-z]+", f"{c.claimant} {c.description or ''}".lower()))
    return words & set().union(*_STATE_FAMILY.values())


# words a body's name carries; a bare name the tagger called an organisation ("Karen Holt") has none
_BODY_WORDS = {"mission", "group", "office", "agency", "committee", "council", "union", "party", "company", "bank",
               "institute", "centre", "center", "network", "court", "commission", "authority", "service", "team",
               "club", "association", "foundation", "project", "tracker", "ministry", "department", "board",
               "organisation", "organization", "corporation", "corp", "inc", "ltd", "plc", "group", "fund",
               "university", "school", "hospital", "trust", "federation", "league", "observatory", "watch",
               "alliance", "coalition", "front", "movement", "force", "forces", "army", "police", "cross",
               "crescent", "programme", "program", "initiative", "monitor", "index", "lab", "laboratory",
               # a state's bodies named by their kind ("the military, ISPR," "its media wing, X")
               "military", "navy", "wing", "government", "administration", "directorate", "secretariat",
               # what a report calls a body before its name ("the housing charity Threshold", "the
               # pollster Datafolha", "the lender Caixa"): a body, and so an 'it'
               "charity", "ngo", "nonprofit", "lobby", "firm", "lender", "regulator", "insurer", "retailer",
               "carmaker", "startup", "pollster", "consultancy", "provider", "manufacturer", "publisher",
               "operator", "watchdog", "newspaper", "broadcaster", "outlet", "website", "magazine", "tank"}


def _looks_like_body(c: Claim) -> bool:
    """A body's name: a word bodies carry, one word ('Spotify'), an acronym, or words joined by 'for'/'of'
    ('Transport for London'); two capitalised words alone may be a person ('Karen Holt')."""
    words = c.claimant.split()
    return bool(set(re.findall(r"[a-z]+", c.claimant.lower())) & _BODY_WORDS) or lookup(c.claimant) is not None \
        or len(words) == 1 or c.claimant.isupper() or any(w in ("for", "of", "and", "&") for w in words)


# what a body named by its country and its trade ("Canada Post", "Australia Post", "Air India") is called
# again: a firm or a state's service, never a union, party or court, which the text names of their own
_FIRM_KINDS = {"corporation", "company", "service", "firm", "operator", "carrier", "airline"}


def _country_named(c: Claim) -> bool:
    """A name the tagger called an organisation that holds a country: a body (people are not named after
    countries), though two capitalised words alone may be a person's name."""
    return c.claimant_kind == "organisation" and side_of(c.claimant) is not None


def _anaphor_one(toks, prev: Claim | None):
    # "the Britain-based monitor", "the Washington-based think tank": where a body sits describes
    # it and names no other body
    based = {t.i for t in toks if t.lower_ == "based" and t.i >= 2 and t.doc[t.i - 1].text == "-"}
    toks = [t for t in toks if not any(t.i in (b, b - 1, b - 2) for b in based)
            and not (t.lower_ == "think" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "tank")]
    if prev is None or not toks or len(toks) > 5:
        return None
    if toks[0].lower_ not in ("the", "this", "that", "its", "their"):
        return None
    heads = [t for t in toks if t.head.i == t.i or t.head.i not in {x.i for x in toks}]
    head = heads[0].lemma_.lower() if heads else ""
    if head not in _PERSON_ROLES and (_individual(prev) or _role_named(prev)):
        return None                      # "the army", "the group" is no person named before
    # "the general staff", "the air force" after "Ukraine's air force": a shortened name
    rest = [t.lower_ for t in toks[1:]]
    named = re.findall(r"[a-z]+", prev.claimant.lower())
    if rest and len(named) > len(rest) and named[-len(rest):] == rest:
        return prev
    if any(t.pos_ == "PROPN" for t in toks) or lookup(" ".join(t.text for t in toks)) is not None:
        return None
    # "the national meteorological agency" after the US Geological Survey: words of its own that
    # the earlier name does not carry make it another body ("the London-based monitor" still fits)
    own = [t for t in toks[1:] if t.pos_ == "ADJ" and t.is_lower and "-" not in t.text
           and t.lower_ not in _LOOSE_ADJ and t.lower_ not in named]
    # "the finance ministry" after "government sources": a noun of its own before the head names
    # another body ("the defence ministry" after "Russia's defence ministry" still fits)
    own += [t for t in toks[1:] if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower
            and t.lower_ not in named and t.i < toks[-1].i]
    if own:
        return None
    # only a bare "the mission": "the transport authority" names a body of its own
    # (a person's role, "the diplomat", "the survivor", is someone met before, never a body)
    # ("the government", "the police" is no body of another kind named before: the OECD is not "the government")
    # ("the survey", "the poll" is the pollster's, found by the pollster named in the text: claims._pollsters)
    if head in ("survey", "poll", "study"):
        return None
    if head not in _ANAPHORS and head not in _PERSON_ROLES | _MORE_ROLES and toks[-1].pos_ == "NOUN" and len(toks) == 2 \
            and toks[0].lower_ == "the" and (head not in _STATE_BODIES or _state_family(prev) & _STATE_FAMILY[head]) \
            and (prev.claimant_kind == "monitor" or prev.claimant_kind == "organisation" and _looks_like_body(prev)):
        return prev                      # "the mission", "the tracker": a body named before by a name we do not list
    # (a body's name: one the tagger called an organisation, or one capitalised word that is no plural
    # noun opening a sentence, "Investors are betting ...")
    one_name = len(prev.claimant.split()) == 1 and prev.claimant[:1].isupper() and not prev.claimant.endswith("s")
    if head in _FIRM_KINDS and len(toks) == 2 and (prev.claimant_kind == "organisation" and _looks_like_body(prev)
                                                   or prev.claimant_kind == "unknown" and one_name) \
            and side_of(prev.claimant) is None:
        return prev                      # "the company" after "Helvion denied ...": the firm named before
    if head in _ANAPHORS and head not in _STATE_BODIES and prev.claimant_kind in ("unknown", "organisation"):
        return prev                      # "the broadcaster" after an outlet nobody listed
    if head not in _ANAPHORS:
        return None
    if head in _STATE_BODIES and _state_family(prev) - _STATE_FAMILY[head] and not _state_family(prev) & _STATE_FAMILY[head]:
        return None                      # "the military denied" after the police: another of the state's bodies
    fits = _ANAPHORS[head]
    return prev if fits is None or prev.claimant_kind in fits else None


# kind nouns a firm's or a body's own name is said again by in the sentence that names it ("Volvo will cut
# 3,000 jobs, the company said"): the body the reported clause is about
_SAME_SENTENCE_KINDS = {"company", "firm", "group", "bank", "lender", "airline", "carrier", "retailer", "insurer",
                        "operator", "maker", "manufacturer", "brewer", "miner", "union", "charity", "club",
                        "university", "association", "federation", "foundation", "institute"}


def subject_body(toks, content: set[int]) -> tuple[str, list] | None:
    """"Volvo will cut 3,000 jobs in Sweden, the company said": a bare "the company" with nobody named
    before it is the named body that is the subject of the clause it reports, when that comes first in
    the sentence and its name says no other kind of body (the news style of naming a firm once)."""
    if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].lower_ not in _SAME_SENTENCE_KINDS or not content:
        return None
    kind = toks[1].lower_
    doc = toks[0].doc
    for i in sorted(content):
        t = doc[i]
        if t.i >= toks[0].i or t.dep_ not in ("nsubj", "nsubjpass") or t.head.i not in content:
            continue
        if t.text.isupper() and t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "--", "—", "–"):
            # "ZURICH -- Aeberli, the Swiss chocolate maker, will ...": the parser may make the wire
            # dateline the subject and the firm its apposition
            t = next((a for a in t.children if a.dep_ == "appos" and a.i > t.i + 1), None)
            if t is None:
                return None
        if t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "GPE", "NORP", "DATE", "LOC"):
            return None                  # "Prices will rise, the company said": no body is named there
        run = [t]
        for x in reversed(list(doc[max(0, t.i - 4):t.i])):
            if x.dep_ == "compound" and x.head.i in {r.i for r in run} and (x.pos_ == "PROPN" or x.text in "-&"):
                run.insert(0, x)
            else:
                break
        name = doc[run[0].i:run[-1].i + 1].text
        said = set(re.findall(r"[a-z]+", " ".join(x.text for a in t.children if a.dep_ == "appos"
                                                    for x in a.subtree).lower()))
        own = (set(re.findall(r"[a-z]+", name.lower())) | said) & (_KIND_NOUNS | _TRADES)
        if own and kind not in own and not (said & _TRADES and kind in ("company", "firm")):
            return None                  # "Unite ..., the company said": the name says another kind
        return name, run
    return None
