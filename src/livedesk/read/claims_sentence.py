"""Attribution inside one sentence: speech acts, their speakers, relays and stances.

The dependency parse gives the speech verbs (say, report, claim, deny, confirm ...), "according
to X", "X told Y", "quoted X as saying", "citing X"; a speech verb inside another's complement is
relayed by it ("Masdar notes that the government has not confirmed"), a trailing one relays
what precedes ("..., Amaq said, AP reported"). Each statement becomes a Claim whose claimant is
the innermost named speaker and whose `via` lists the outer ones, nearest the reader last.

Who the speaker is (names, descriptions, kinds) is claims_speaker; what a pronoun or "the monitor"
points back to is claims_anaphora; how a denial is worded and what it denies is claims_stance.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX as _AUX, NOUN as _NOUN, VERB as _VERB

from livedesk.model import Claim
from livedesk.read.claims_anaphora import anaphor, pronoun_ref, remember, subject_body
from livedesk.read.claims_sources import Source, classify, exact, fold, lookup, side_of
from livedesk.read.claims_speaker import (_DESCRIBED, OFFICE_WORDS, SEEN_BY, TRAIL_BEFORE, after_dateline, after_quote, classify_speaker,
                                          coordinated_speech, drop_title, masthead_and,
                                          loose_subject,
                                          inverted_speaker, name_of, own_outlet, owner_of_document, seen_by, short_name, speaker_tokens,
                                          split_appos)
from livedesk.read.claims_surface import surface_claims
from livedesk.read.claims_stance import CALLING, CLAIM_NOUNS, DENY_VERBS, FALSE_WORDS, denial_in, denied_span

SPEECH = {"say", "report", "claim", "announce", "state", "tell", "add", "note", "write", "tweet",
          "post", "publish", "broadcast", "reveal", "allege", "insist", "warn", "declare", "establish",
          "conclude", "confirm", "deny", "acknowledge", "admit", "verify", "corroborate", "dismiss",
          "reject", "refute", "assert", "quote", "explain", "accuse", "estimate", "document",
          "comment", "argue", "stress", "emphasise", "emphasize", "urge", "vow", "threaten", "pledge",
          "promise", "recall", "agree", "complain", "contend", "maintain", "observe", "remark", "reply",
          "respond", "testify", "concede", "boast", "charge", "disclose", "caution", "recount", "inform",
          "brief", "signal", "rebuff", "debunk", "repudiate", "dispute", "contradict", "answer",
          "mention", "relay", "stress", "underline", "predict", "forecast", "counter", "retort", "speculate",
          "posit", "concur", "lament", "protest", "swear", "attest", "recount", "allege", "claim", "reiterate",
          "affirm", "opine", "project", "hint",
          # the manner of saying, common in features ("'Not again,' she sighed")
          *sorted(MANNER := {"reckon", "joke", "quip", "confide", "muse", "grumble", "fume", "scoff", "sigh",
                             "exclaim", "whisper", "mutter", "shout", "yell"})}
# phrasal speech verbs: the particle makes the verb one of saying ("pointed out that ...")
PHRASAL_SPEECH = {("point", "out"), ("spell", "out"), ("sound", "off"),
                  # "played down talk of new laws", "played down the figure": a judgement stated of it
                  ("play", "down")}
# phrasal denials, said of a report, claim or rumour ("pushed back on reports that ...")
PHRASAL_DENY = {("push", "back"), ("hit", "back"), ("laugh", "off"), ("shoot", "down"), ("brush", "aside"),
                ("brush", "off"), ("knock", "down"), ("shrug", "off"), ("wave", "away"), ("pour", "cold"),
                ("cast", "doubt"), ("throw", "doubt")}
# belief and evidence verbs attribute only with a clause ("officials believe that ...",
# "footage showed that ..."; not "troops found weapons")
WEAK_SPEECH = {"believe", "think", "expect", "suggest", "indicate", "show", "find", "fear", "doubt", "hope",
               "know", "estimate", "suspect",
               # "investors are betting that ...", "the regulator ruled that ...": with a clause, a
               # belief and a finding
               "bet", "rule",
               # "strategists privately worry that the race is slipping away": a fear by another verb
               "worry"}
# belief and knowledge, as against evidence ("show", "find"): a belief inside another's statement is
# part of it
# what a body votes on or turns down: rejecting one is an act, not a denial of anything said
_PROPOSALS = {"proposal", "plan", "offer", "increase", "bill", "motion", "budget", "bid", "request", "amendment",
              "nomination", "candidacy", "deal", "merger", "application", "resignation", "cut", "rise", "hike"}
# a participle that says something of its own after a denial or a judgement
_OWN_PARTICIPLES = {"say", "insist", "argue", "claim", "add"}
_JUDGING_HEADS = {"deny", "reject", "dismiss", "blame", "refute", "rebuff", "accuse", "condemn"}
_BELIEF = {"believe", "think", "expect", "fear", "doubt", "hope", "know", "suspect", "bet", "worry"}
_EVIDENCE_VERBS = {"show", "find", "suggest", "indicate", "reveal"}
CONFIRM = {"confirm", "acknowledge", "admit", "verify", "corroborate", "concede"}
DENY = DENY_VERBS
HEDGES = {"reportedly", "allegedly", "purportedly", "supposedly", "possibly", "perhaps"}
SPECULATION = {"bet", "possible", "likely", "probable", "guess", "suspect", "assume", "if", "whether",
               "unless", "perhaps"}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis"}
PRONOUNS = {"it", "he", "she", "they", "its", "their", "his", "her"}
_TRANSLATION = re.compile(r"\((?:translation|translated|via|h/t|hat tip)\s+(?:by|from|to)?\s*([^)]+)\)", re.I)
_QUOTES = "\"“”‘’'"


@dataclass
class _Node:
    """One speech act found in a sentence."""
    verb: object                 # the speech verb (or 'according', or the hedged verb)
    speaker: Source | None
    surface: str
    stance: str
    tokens: set[int]             # token indexes of the span it covers
    relays: list[str] = field(default_factory=list)   # explicit relays inside the sentence
    parent: "_Node | None" = None
    children: list["_Node"] = field(default_factory=list)
    pronoun: bool = False
    content: set = field(default_factory=set)      # token indexes of what it says
    also: list = field(default_factory=list)     # (Source, surface) of conjoined speakers
    description: str | None = None                # "a council member in Raqqa"
    denied: tuple[int, int] | None = None         # token range a denial denies
    quoted: bool = False                          # "I"/"we" or a passive inside a quotation: the quoted speaker's words


# --- one sentence --------------------------------------------------------------------------

STATEMENT_NOUNS = {"statement", "communique", "communiqué", "announcement", "bulletin", "video",
                   "message", "update", "briefing", "press release"}


# what is measured or recorded, never a speaker relayed by the one who cites it
_EVIDENCE_NOUNS = {"figures", "data", "statistics", "numbers", "results", "findings", "evidence", "images",
                   "footage", "records", "readings", "trends", "tests", "samples"}

_SOURCE_NOUNS = {"source", "sources", "report", "reports", "official", "officials", "witness",
                 "witnesses", "resident", "residents", "activist", "activists", "media", "agency",
                 "ministry", "army", "military", "statement", "spokesman", "spokeswoman", "spokesperson",
                 "police", "monitor", "group", "observatory", "television", "tv", "radio", "newspaper",
                 "government", "authorities", "toll", "figures", "estimates", "data", "count", "tally",
                 "medics", "doctors", "rescuers", "correspondent", "reporter", "investigators", "analysts",
                 "observers", "commander", "governor", "council", "website", "channel", "account",
                 "experts", "diplomats", "lawyers", "officers", "fighters", "rebels", "militants", "commanders",
                 "relatives", "families", "survivors", "neighbours", "neighbors", "locals", "villagers", "elders",
                 "staff", "workers", "volunteers", "paramedics", "estimates", "statistics", "survey", "study",
                 "intelligence", "testimony", "testimonies", "members", "people", "spokesperson", "agencies",
                 "organisation", "organization", "organisations", "organizations", "groups", "records", "footage",
                 # bodies and people of general news (politics, business, courts, science, sport)
                 "aide", "aides", "insider", "insiders", "employee", "employees", "executive", "executives",
                 "person", "company", "companies", "firm", "bank", "party", "coalition", "union", "unions", "court",
                 "judge", "prosecutors", "prosecution", "defence", "defense", "lawyer", "attorney", "club", "team",
                 "university", "school", "hospital", "study", "studies", "research", "poll", "polls", "projections",
                 "filing", "filings", "documents", "document", "emails", "memo", "letter", "regulator",
                 "department", "office", "commission", "committee", "board", "council", "parliament", "spokesman",
                 "campaigners", "critics", "scientists", "economists", "experts", "authority", "agency",
                 "senator", "minister", "president", "chancellor", "mayor", "secretary", "cabinet", "palace",
                 "administration", "white", "campaign", "opposition", "charity", "federation", "association",
                 "institute", "centre", "center", "forecaster", "forecasts", "assessment", "census", "figures",
                 # documents that say something ("according to the final text / the draft / the indictment")
                 "text", "draft", "drafts", "indictment", "ruling", "judgment", "judgement", "verdict", "minutes",
                 "transcript", "transcripts", "papers", "records", "notes", "results", "analysis", "review",
                 "inquiry", "audit", "findings", "estimate", "projection", "model", "models", "agreement",
                 "communique", "declaration", "plan", "proposal", "budget", "accounts", "complaint", "lawsuit",
                 "spokespeople", "representatives", "negotiators", "envoys", "diplomat", "planners", "traders",
                 # one person or a few, described ("according to a man familiar with the matter")
                 "man", "woman", "men", "women", "mother", "father", "friend", "relative", "neighbour", "neighbor",
                 "nurse", "doctor", "teacher", "farmer", "driver", "passenger", "student", "soldier", "officer",
                 "chief", "chiefs", "leader", "leaders", "elder", "member", "employee", "guard", "villager",
                 "shopkeeper", "trader", "worker", "volunteer", "resident", "survivor", "victim", "fan", "fans"}


def _names_a_source(t) -> bool:
    """'according to X' attributes only when X is someone: a listed or proper name, or a noun
    for people and bodies that speak ('according to type, location and munitions' does not)."""
    to = t.nbor(1)
    pob = [c for c in to.children if c.dep_ == "pobj"]
    if not pob:
        return False
    return _is_source(pob[0], list(pob[0].subtree)) or _authored(list(pob[0].subtree))


def _authored(words) -> bool:
    """'according to a list released by the district office', 'data compiled by X', 'figures from
    X': a document with its author named is that author's statement (owner_of_document finds whom)."""
    owner = owner_of_document(words)
    if not owner or len(owner) >= len(words) or not any(w.pos_ in ("NOUN", "PROPN") for w in owner):
        return False
    # by whom or from whom, not what it is of ("a list of prices" names no one)
    before = owner[0].doc[owner[0].i - 1] if owner[0].i > 0 else None
    return before is not None and before.lower_ in ("by", "from")


def _is_source(head, words) -> bool:
    """A noun phrase naming someone who can say something (not 'price increases', 'type and location')."""
    if lookup(" ".join(w.text for w in words)) is not None:
        return True
    if head.tag_ == "NNS" and head.lower_.endswith(("ists", "ers", "ors", "ians", "ees", "ants", "ents")):
        return True                      # "according to analysts", "... to researchers"
    if head.lemma_.lower() in ("people", "person", "those", "someone") and any(
            c.dep_ in ("relcl", "acl") or c.dep_ == "amod" and c.lower_ in ("familiar", "close", "briefed")
            for c in head.children):
        return True                      # "according to people who have seen the plan"
    return head.pos_ == "PROPN" or head.lemma_.lower() in _SOURCE_NOUNS or head.lower_ in _SOURCE_NOUNS \
        or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or any(
            w.pos_ == "PROPN" or w.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for w in words)


def _phrasal(t) -> str | None:
    """'speech' for "pointed out", 'deny' for "pushed back on reports", else None."""
    prt = next((c.lower_ for c in t.children if c.dep_ in ("prt", "advmod", "dobj", "prep") and c.i > t.i
                and c.i - t.i <= 2), None)
    if prt is None:
        return None
    lemma = t.lemma_.lower()
    if (lemma, prt) in PHRASAL_SPEECH:
        return "speech"
    if (lemma, prt) in PHRASAL_DENY:
        # only said of what others said: "shot down a drone" is no denial
        objs = [x for x in t.subtree if x.i > t.i and (x.lower_ in CLAIM_NOUNS or x.lemma_.lower() in CLAIM_NOUNS)]
        if objs and objs[0].i - t.i <= 6:
            return "deny"
    return None


# bodies that take evidence: "the inquiry heard", "the court heard", "the tribunal was told"
_HEARING_BODIES = {"inquiry", "court", "tribunal", "inquest", "hearing", "jury", "committee", "panel", "trial",
                   "commission"}


def _unanswered(t) -> bool:
    """'did not return calls seeking comment', 'has not answered emails': silence, as 'did not
    respond to a request for comment' is."""
    return t.lemma_.lower() == "return" and any(c.dep_ == "neg" for c in t.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("call", "message", "email", "e-mail", "request", "text", "query")
        for c in t.children)


def _parenthetical(t) -> bool:
    """'Ankara, he wrote, would be content ...': a speech verb set between commas inside the clause it
    reports, with a subject of its own; the clause around it is what was written or said."""
    doc = t.doc
    lo, hi = t.left_edge.i, t.right_edge.i
    return t.dep_ in ("parataxis", "ccomp") and t.head.i > t.i and 0 < lo and hi + 1 < len(doc) \
        and "," in (doc[lo].text, doc[lo - 1].text) and "," in (doc[hi].text, doc[hi + 1].text) \
        and any(c.dep_ == "nsubj" for c in t.children)


def _is_speech(t) -> bool:
    if t.lemma_.lower() in ("say", "tell", "confirm") and t.head.lower_ in ("able", "unable") and any(
            a.lemma_.lower() in SPEECH and a.pos_ == "VERB" for a in t.head.ancestors):
        return False                      # "He said the mission was not able to say who fired": his words
    if t.lemma_.lower() in ("say", "specify", "disclose", "explain") and t.dep_ in ("ccomp", "conj") and any(
            c.dep_ == "neg" and c.i < t.i for c in t.children) and not any(
            c.dep_ in ("ccomp", "parataxis") and not _wh_clause(c) for c in t.children) and any(
            a.lemma_.lower() in SPEECH and a.pos_ == "VERB" and a.i < t.i for a in t.ancestors):
        return False                      # "She said the ministry had not said who would pay": her words
    if t.lemma_.lower() == "urge" and t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in t.children if c.i > t.i):
        return False                      # "urged Tbilisi to withdraw it": an appeal to act, as "called on X to"
    if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
        return _names_a_source(t)
    if t.lemma_.lower() in ("show", "prove", "demonstrate", "signal") and t.dep_ in ("advcl", "xcomp", "acl") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False                      # "using the strikes to show that X is weak": a purpose, no statement
    if t.head.lower_ in ("due", "set", "scheduled", "expected") and t.head.i < t.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False                      # "is due to report by Friday": a statement not yet made
    if _unanswered(t):
        return True
    if t.pos_ == "VERB" and t.lemma_.lower() not in SPEECH and _phrasal(t):
        return True
    if t.lemma_.lower() in ("answer", "respond", "reply") and not any(c.dep_ == "neg" for c in t.children) and not any(
            c.dep_ in ("ccomp", "parataxis") for c in t.children) and not _trails(t, t.sent):
        return False                      # "would answer every allegation": not a statement (silence is, negated)
    if any(c.dep_ == "mark" and c.lower_ == "than" or c.dep_ == "dobj" and c.lower_ in ("what", "whatever")
           for c in t.children) and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children):
        # "costs more than ministers have admitted", "twice what they said": a measure, no statement
        return False
    if t.lemma_.lower() == "write" and not any(c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp", "prep", "dative")
                                               for c in t.children) and not _trails(t, t.sent) \
            and not _parenthetical(t):
        return False                      # '"It was writing," she said': writing done, nothing written said
    if t.lemma_.lower() in ("explain", "note", "mention") and any(c.dep_ == "auxpass" for c in t.children):
        return False                      # "could not be explained by chance": a cause, not a speaker
    if t.lemma_.lower() == "tell" and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children) and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children):
        return False                      # "had been told to close": an order given, not a statement
    if t.dep_ in ("relcl", "advcl") and t.lemma_.lower() in DENY_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in t.children):
        return False                      # "..., which Hamas denies": read by _denied_after
    if t.lemma_.lower() == "deny" and (any(c.dep_ == "dative" for c in t.children) and any(
            c.dep_ == "dobj" for c in t.children) or sum(c.dep_ == "dobj" for c in t.children) >= 2):
        return False                      # "denied consumers a real choice": a refusal, not a denial
    if t.lower_ == "quoting" and not any(c.dep_ in ("nsubj", "ccomp") for c in t.children):
        return False                      # "Al Jazeera, quoting a Hamas official, said": a source cited (_cites)
    if t.lemma_.lower() in ("ask", "shout", "yell", "scream", "exclaim") and t.pos_ == "VERB":
        # '"How can I feed my children?" he asked', '"Run!" she shouted': a question or cry quoted,
        # closed by its speaker (not "asked the court to ...", "shouted slogans")
        doc = t.doc
        s0 = t.sent.start
        if s0 >= 2 and doc[s0 - 1].text in _QUOTES and doc[s0 - 2].text in ("?", "!") and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > t.i for c in t.children):
            return True                   # the parser ended the sentence at the quotation's '?'
        before = [x for x in t.sent if x.i < t.i]
        return _trails(t, t.sent) and any(x.text in ("?", "!") for x in before) and any(x.text in _QUOTES for x in before)
    if t.lemma_.lower() in _CHARACTERISE | {"blame"} and t.pos_ == "VERB":
        # "condemned the attack as 'a cowardly act'", "blamed the rebels for the blast": a judgement
        # someone states (not "condemned the attack", "blamed the weather")
        # ("blamed the flooding on the dredging cuts": the cause named with "on" is a judgement too)
        preps = ("for", "on") if t.lemma_.lower() == "blame" else ("as",)
        # (", blaming X for Y" after "the company said": the participle shares the speaker's subject)
        return any(c.dep_ == "prep" and c.lower_ in preps and c.i > t.i for c in _as_holders(t)) and (any(
            c.dep_ == "nsubj" for c in t.children) or t.tag_ == "VBG" and t.dep_ == "advcl" and t.i > t.head.i
            and t.head.lemma_.lower() in SPEECH) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
    if t.lemma_.lower() == "describe" and t.pos_ == "VERB":
        # "described the situation as 'a war zone'": a characterisation is a statement
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in _as_holders(t)) and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
    if t.lemma_.lower() == "hear" and t.pos_ == "VERB":
        # "..., the inquiry heard.", "the court heard that ...": evidence given to a hearing that
        # names no witness is on the body's record, the body is the source as written (a passive in
        # all but form); "residents heard explosions" is no statement
        return (_trails(t, t.sent) or any(c.dep_ in ("ccomp", "parataxis") for c in t.children)) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _HEARING_BODIES for c in t.children)
    if t.lemma_.lower() in ("understand", "learn") and t.pos_ == "VERB":
        # "..., the BBC understands.", "..., Reuters has learned.": the outlet that found it out
        # relays it; "I understand your concern" is no statement
        # "..., it is understood." / "It is understood that ...": the same hearsay with nobody named
        # (a passive: unnamed reports)
        if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children) and any(
                c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            return True
        return _trails(t, t.sent) and any((c.dep_ in ("nsubj", "compound") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
                                           or c.dep_ == "nsubjpass" and c.lower_ == "it") and c.i < t.i
                                          for c in t.children)
    if t.lemma_.lower() in ("publish", "post", "broadcast", "release", "issue", "print", "air", "document") and any(
            c.dep_ == "nsubjpass" and c.lower_ != "it" for c in t.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") for c in t.children):
        return False                      # "the findings were published in Nature": a thing published, no statement
    if t.lemma_.lower() == "agree" and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children) \
            and not _trails(t, t.sent):
        return False                      # "agreed to open talks", "agreed terms": a decision, not a statement
    if t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "at" for c in _as_holders(t)):
        return True                       # "the monitor put the toll at eight": a figure someone gives
    if _puts_figure(t):
        return True
    if t.lemma_.lower() in ("pledge", "promise", "vow", "offer", "disclose") and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") for c in t.children) and not _trails(t, t.sent):
        return False                      # "pledged 300 billion dollars", "agreed terms": an act, not a statement
    if t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
        return False                      # "anyone asked for a bribe to report it": what someone is to do, nothing said
    if t.lemma_.lower() in ("inform", "notify", "alert") and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") or c.dep_ == "prep" and c.lower_ in ("of", "about")
            for c in t.children) and not _trails(t, t.sent):
        return False                      # "before it informed the regulator": whom it told, nothing said
    if t.lemma_.lower() in ("pledge", "promise", "vow") and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children) \
            and any(a.lemma_.lower() in SPEECH and a.pos_ == "VERB" for a in t.ancestors):
        # "X reported that the government had promised to fund a study": a commitment told inside another's
        # statement is what that one reports (one statement), not a speaker relayed by it
        return False
    if t.lemma_.lower() in ("reject", "dismiss") and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children) \
            and not _trails(t, t.sent) and any(c.dep_ == "dobj" and c.lemma_.lower() in _PROPOSALS for c in t.children):
        return False                      # "the council rejected the tax increase": a vote on a proposal, no denial
    if t.lemma_.lower() == "declare" and sum(c.dep_ in ("dobj", "oprd") for c in t.children) >= 2:
        return True                       # "declared the alliance the winner": a verdict stated, as "called X Y"
    if t.lemma_.lower() in ("declare", "establish", "complain", "protest") and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") for c in t.children) and not any(
            c.dep_ == "dobj" and c.lower_ in CLAIM_NOUNS | STATEMENT_NOUNS for c in t.children):
        return False                      # "failed to declare the shares", "established a base"
    if t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.children) \
            and not any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in t.children) and not _trails(t, t.sent):
        return False                      # "the commission will announce the results": an act to come, no statement
    if t.pos_ == "VERB" and t.lemma_.lower() not in SPEECH and t.lemma_.lower() not in _HANDLING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in t.children):
        pass                                  # "put out a statement", "issued a communique"
    elif t.pos_ == "VERB" and t.lemma_.lower() in WEAK_SPEECH:
        comps = [c for c in t.children if c.dep_ == "ccomp"]
        if not comps:
            return False
        # "X told the Post that the president expected the nomination to be confirmed": an
        # infinitive under another's statement is part of what that speaker says, not a belief
        # relayed ("He expects growth to stall" on its own is his statement)
        if all(any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in c.children) for c in comps) and any(
                a.lemma_.lower() in SPEECH and a.pos_ == "VERB" for a in t.ancestors):
            return False
        # "Ministers believe the strike will collapse, two officials said", "engineers knew that
        # ..., internal emails show": a belief or knowledge told by another is what that one says
        # (the teller is the source; the believers are not a speaker relayed by it)
        if t.lemma_.lower() in _BELIEF and any(
                a.pos_ == "VERB" and (a.lemma_.lower() in SPEECH or a.lemma_.lower() in _EVIDENCE_VERBS
                                      or a.lemma_.lower() == "hear" and _is_speech(a))
                for a in t.ancestors):
            return False
    elif t.pos_ == "VERB" and t.lemma_.lower() in CALLING:
        # "called the reports false", "branded the claims a fabrication": a denial by calling
        lows = _doc_arrays(t.doc)[0]
        # "called the count 'deeply flawed'": a characterisation in the speaker's quoted words
        # is a statement too (not "called for 'restraint'", "called off")
        quoted = (any(c.dep_ == "nsubj" for c in t.children) or t.dep_ == "conj" and t.head.lemma_.lower() in SPEECH) \
            and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "up", "in") and _before_object(t, c)
                        for c in t.children) and any(
            x.text in ('"', "“") for c in t.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") and c.i > t.i
            for x in c.subtree)
        if _FALSE_IDS.isdisjoint(lows[t.i + 1:max(t.right_edge.i, t.sent.end - 1) + 1]) and not quoted:
            return False
    elif t.lemma_.lower() not in SPEECH or t.pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    if t.pos_ == "NOUN" and not (t.lower_ == "reports" and any(c.dep_ == "compound" for c in t.children)
                                 and not any(c.dep_ == "det" for c in t.children)) and not (
            # a headline verb read as a plural noun: "Malian army rejects claims of ..."
            t.dep_ == "ROOT" and t.lower_.endswith("s") and any(c.dep_ == "nsubj" for c in t.children)):
        return False
    if t.dep_ in ("relcl", "acl") and any(c.dep_ == "nsubj" for c in t.children) and (any(
            c.dep_ == "ccomp" for c in t.children) or _trails(t, t.sent) or _relative_accusation(t)):
        pass                             # "the town, where the army says rebels killed the pilot";
        # "... two villages near Palmyra, the Associated Press reported": read as a relative clause
    elif t.dep_ in ("amod", "compound", "nsubj", "nsubjpass", "csubj", "csubjpass", "pobj", "acl", "relcl"):
        return False
    # "... that reports that X were false": 'reports' read as a verb whose subject is 'that'
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") and not _relative_speaker(c) for c in t.children):
        return False
    # speech inside a conditional or a guess is not a statement ("if this outlet is reporting
    # it, then someone is admitting it"; "it's a safe bet that ..."). A clause closing the sentence
    # ("X is likely to open a probe, a person familiar with the matter told Reuters") is not inside
    # the guess: it says who made it, though the parser hangs it under the guess's verb
    for anc in ([] if t.dep_ == "advcl" and t.head.i < t.i and _trails(t, t.sent) else [t, *t.ancestors]):
        for c in anc.children:
            if c.dep_ == "mark" and c.lower_ in SPECULATION:
                return False
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SPECULATION for m in c.children):
                return False
            if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in SPECULATION and anc is not t:
                return False
        if anc is not t and anc.lemma_.lower() in SPECULATION:
            return False
    return True


# an outlet's people, told something: "our monitors", "SOHR activists", "the agency's correspondent"
_STAFF = {"monitor", "monitors", "correspondent", "correspondents", "reporter", "reporters", "journalist",
          "journalists", "activist", "activists", "network", "team", "stringer", "stringers", "staff",
          "crew", "researchers", "researcher", "sources"}


_SELF_MEDIA = {"newspaper", "paper", "publication", "website", "magazine", "programme", "program", "site", "outlet"}


def _staff_outlet(c, own: str | None) -> str | None:
    """For a noun an outlet's people are named by ("our monitors", "SOHR's activists", "the
    Observatory's monitors", "AFP correspondents"): the outlet's name ('' for "our" when the page's
    own outlet is unknown); None for any other noun."""
    if c.lower_ not in _STAFF or c.lower_ == "sources":
        return None
    for k in c.children:
        if k.dep_ == "poss":
            if k.lower_ == "our":
                return own or ""
            if k.pos_ == "PRON":
                return None
            name = name_of([x for x in k.subtree if x.dep_ != "case" and x.text not in ("'s", "’s", "'")])
            return name if name and (lookup(name) or k.pos_ == "PROPN") else None
    # "SOHR activists", "AFP correspondents": a capitalised name before the noun (the parser may
    # read it as a compound, a proper noun or an adjective)
    comp = [k for k in c.children if k.dep_ in ("compound", "amod", "nmod") and k.i < c.i and k.text[:1].isupper()
            and (k.pos_ == "PROPN" or k.ent_type_ == "ORG" or (k.text.isupper() and len(k.text) > 1))]
    if comp:
        name = name_of(list(c.doc[comp[0].left_edge.i:c.i]))
        return name if name and (lookup(name) or comp[0].text.isupper() or comp[0].ent_type_ == "ORG") else None
    return None


# verbs that handle a message without making a statement ("unable to send messages", "read the statement")
_HANDLING = {"send", "receive", "delete", "hear", "get", "open", "forward", "see", "view", "translate"}
_TOLL_NOUNS = {"toll", "figure", "number", "count", "tally", "estimate", "cost", "loss", "losses", "damage", "total"}
_UNNAMED_PAIR = re.compile(r"\s+and\s+(?=(?:a|an|one|two|three|several)\s+[a-z])")
_UNNAMED_OTHERS = re.compile(r"\s+and\s+(?=(?:[a-z]+\s+)?[a-z]+s$)")


def _relative_accusation(t) -> bool:
    """'the ANO movement, which accused the government of losing control': an accusation in a
    relative clause is its antecedent's statement, as 'which said ...' is (whom, and of what)."""
    preps = {"accuse": ("of",), "blame": ("for", "on")}.get(t.lemma_.lower())
    if t.dep_ == "relcl" and t.lemma_.lower() in CALLING and _calls_x_y(t) and any(
            c.dep_ == "nsubj" and _relative_speaker(c) for c in t.children):
        return True                      # "Rowan, who had called the rise 'the least bad option', said ...": hers
    return t.dep_ == "relcl" and bool(preps) and any(c.dep_ == "nsubj" and c.lower_ == "which"
                                                     for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ in preps for c in _as_holders(t))


def _calls_x_y(t) -> bool:
    """'called the offer an insult': a verb of calling with a thing and what it is called (two objects),
    a judgement stated; not 'called for a recount', 'called off the strike' or 'called the minister'."""
    kids = list(t.children)
    return any(c.dep_ == "dobj" for c in kids) and any(c.dep_ in ("oprd", "xcomp") and c.i > t.i for c in kids) \
        and not any(c.dep_ in ("prt", "prep") and c.lower_ in ("for", "off", "up", "on", "in") and _before_object(t, c)
                    for c in kids)


def _before_object(t, c) -> bool:
    """A particle or preposition that makes a phrasal verb of 'call' ("called for", "called off the
    strike") comes before its object; one after the object and what it is called ("called the vote 'the
    biggest reform in 40 years'", the parser hanging "in 40 years" on the verb) is no part of the verb."""
    objs = [x.i for x in t.children if x.dep_ in ("dobj", "oprd", "xcomp", "ccomp") and x.i > t.i]
    return not objs or c.i < max(objs)


def _puts_figure(t) -> bool:
    """'the projection puts inflation at 4.1 percent', 'a survey put the party on 33 percent': 'put'
    with a thing and a number after 'at' / 'on' gives an estimate, whatever the thing measured (as
    'put the toll at eight'); without a number it is an act ('put the plan on hold')."""
    # ("the budget, which he put at 3 million": a figure inside the statement around it, not one of its own)
    return t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on") and any(x.like_num for x in c.subtree) for c in t.children)


def _as_holders(v) -> list:
    """The verb's children and its object's: the parser hangs "as ..." on either."""
    return [c for c in v.children] + [x for c in v.children if c.dep_ == "dobj" for x in c.children]


def _relative_speaker(c) -> bool:
    """'aid groups, which said ...', 'the operator, which says ...': a non-restrictive relative
    pronoun, set off by a comma, standing for the body just named."""
    return c.lower_ in ("which", "who") and c.head.dep_ == "relcl" and c.i > 0 and c.doc[c.i - 1].text == ","


# verbs that state a judgement of something "as" something ("condemned the raid as a war crime")
_CHARACTERISE = {"condemn", "denounce", "slam", "hail", "praise", "criticise", "criticize", "decry", "welcome",
                 "portray", "depict", "paint", "present", "cast"}


# marks of a clause set beside a statement rather than inside it, when the clause has its own speaker
_SIDE_BY_SIDE = {"while", "whereas", "although", "though", "after", "before", "since", "because", "until", "once"}


def _content(v, speech_ids: set[int]) -> set[int]:
    """Token indexes of what the verb says (its complement), up to a ';' clause boundary."""
    if v.lower_ == "according":
        head = v.head
        while head.dep_ == "conj" and head.head.i != head.i:   # "either crashed or was shot down"
            head = head.head
        skip = {t.i for t in v.subtree}
        return {t.i for t in head.subtree if t.i not in skip}
    out: set[int] = set()
    phrasal = _phrasal(v) == "deny"
    calling = v.lemma_.lower() in CALLING or v.lemma_.lower() in _CHARACTERISE
    if v.lemma_.lower() == "quote":
        # "State television quoted the minister as saying that X": X, not the minister
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i:
                for say in (x for x in c.children if x.dep_ == "pcomp" and x.lemma_.lower() in ("say", "tell")):
                    said = {t.i for k in say.children if k.dep_ in ("ccomp", "parataxis", "dobj", "xcomp")
                            for t in k.subtree}
                    if said:
                        return said
    if v.lemma_.lower() in ("blame", "accuse") and not any(c.dep_ in ("ccomp", "parataxis") for c in v.children):
        # "blamed the rebels for the blast", "accused the army of shelling the town": whom, and of what
        preps = ("for", "on") if v.lemma_.lower() == "blame" else ("of",)
        for c in _as_holders(v):
            if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in preps and c.i > v.i:
                out |= {t.i for t in c.subtree}
        if out:
            return out
    for c in v.children:
        if v.lemma_.lower() == "put" and c.dep_ == "prep" and c.lower_ in ("at", "on") and _puts_figure(v):
            out |= {t.i for t in c.subtree} | {t.i for x in v.children if x.dep_ == "dobj" for t in x.subtree}
            continue                          # "put ANO on 33 percent": whom, and the figure
        if v.lemma_.lower() == "put" and c.dep_ == "prep" and c.lower_ == "at":
            out |= {t.i for t in c.subtree}   # "put the toll at eight"
            continue
        if calling and c.dep_ == "dobj":      # "described the situation as 'a war zone'"
            out |= {t.i for t in c.subtree}
            continue
        if calling and c.dep_ == "prep" and c.lower_ == "as" and c.i > v.i:
            out |= {t.i for t in c.subtree}
            continue
        if phrasal and c.dep_ in ("prep", "dobj") and c.i > v.i:
            out |= {t.i for t in c.subtree}
            continue
        if c.dep_ == "dobj" and v.lemma_.lower() == "tell" and any(x.dep_ == "ccomp" for x in v.children):
            continue                      # "told the Washington Post that X": the one told is not what is said
        if c.dep_ in CONTENT_DEPS or (c.dep_ == "conj" and c.i not in speech_ids
                                      and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)):
            if _semicolon_between(c, v):
                continue
            out |= {t.i for t in c.subtree}
    # "A said X, while B said Y", "A denied X after B said Y": B's clause is not part of what A says
    for t in [v.doc[i] for i in out]:
        if t.dep_ == "advcl" and t.i > v.i and any(m.dep_ == "mark" and (
                m.lower_ in ("while", "whereas", "although") or m.lower_ in _SIDE_BY_SIDE and t.lemma_.lower() in SPEECH
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) for m in t.children):
            cut = {x.i for x in t.subtree}
            out = {i for i in out if i not in cut and not (i == t.left_edge.i - 1 and v.doc[i].text == ",")}
    return out


def inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotation marks opened earlier on its line (paragraph)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _semicolon_between(a, b) -> bool:
    return _semicolon_at(a.doc, a.i, b.i)


def _semicolon_at(doc, i: int, j: int) -> bool:
    """A ';' token between token indexes i and j (from the lower, before the higher)."""
    lo, hi = (i, j) if i < j else (j, i)
    semis = _doc_arrays(doc)[1]
    k = bisect_left(semis, lo)
    return k < len(semis) and semis[k] < hi


_SEMICOLON = get_string_id(";")
_FALSE_IDS = frozenset(map(get_string_id, FALSE_WORDS | {"true"}))
# a word one of which every denial that denial_in finds contains (lower-case forms)
_DENIAL_CUE_IDS = _FALSE_IDS | frozenset(map(get_string_id, (
    "truth", "basis", "merit", "foundation", "substance", "wrong", "happen", "happened", "happens", "happening", "occur", "occurred", "occurs", "took", "take",
    "taken", "takes", "taking", "no")))
_HEDGE_IDS = frozenset(map(get_string_id, HEDGES))
_EITHER_OR = frozenset(map(get_string_id, ("either", "or")))
_MODALS = frozenset(map(get_string_id, ("may", "might", "could")))
_HAVE = get_string_id("have")


def _doc_arrays(doc) -> tuple[list[int], list[int]]:
    """Each token's lower-case form (as a string id) and the indexes of ';' tokens, read once per
    doc: the stance and clause checks ask about many tokens of every statement."""
    got = doc.user_data.get("livedesk_lowers")
    if got is None or len(got[0]) != len(doc):
        arr = doc.to_array([LOWER, ORTH])
        lows = arr[:, 0].tolist()
        got = doc.user_data["livedesk_lowers"] = (lows, numpy.flatnonzero(arr[:, 1] == _SEMICOLON).tolist())
    return got


def _span_tokens(v, speech_ids: set[int]) -> set[int]:
    """The statement a speech verb covers: its subtree, less separate clauses joined to it."""
    if v.lower_ == "according":
        head = v.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return {t.i for t in head.subtree}
    drop: set[int] = set()
    for c in v.children:
        # ("... and urged Tbilisi to withdraw it": an appeal joined to the statement is no part of it)
        separate = c.dep_ == "conj" and (c.i in speech_ids or c.lemma_.lower() in ("urge", "appeal") or any(
            x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children))
        if separate or (c.dep_ in CONTENT_DEPS and _semicolon_between(c, v)):
            drop |= {t.i for t in c.subtree}
            drop |= {x.i for x in v.children if x.dep_ == "cc" and x.i < c.i}
    return {t.i for t in v.subtree} - drop


def _stance(v, content: set[int]) -> str:
    lemma = v.lemma_.lower()
    # a 'not' after the verb belongs to what is said ('replied: "Absolutely not."'), not to the saying
    negated = any(c.dep_ == "neg" and c.i < v.i for c in v.children) or any(
        a.lemma_.lower() in ("decline", "refuse", "fail", "unable") for a in [v.head] if v.dep_ == "xcomp") or any(
        # "Neither company would comment", "No one at the ministry responded": a subject that negates
        c.dep_ == "nsubj" and (c.lower_ in ("none", "nobody", "neither") or any(
            d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in c.children)) for c in v.children)
    h = v
    while h.dep_ in ("xcomp", "acomp") and h.head.i != h.i:   # "could not", "was not able to"
        h = h.head
        if any(c.dep_ == "neg" or c.lower_ == "yet" for c in h.children) or h.lemma_.lower() in (
                "unable", "fail", "decline", "refuse"):
            negated = True                # "could not confirm", "has yet to confirm"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in v.children) and lemma not in DENY:
        return "uncertain"                # "the minister reportedly said": hearsay of a statement
    if lemma in CONFIRM | DENY and (any(c.lower_ == "neither" for c in v.children) or any(
            c.lower_ == "neither" for c in v.head.children if v.dep_ == "conj")):
        return "unconfirmed"              # "would neither confirm nor deny": silence, not a stance
    if lemma not in SPEECH and _phrasal(v) == "deny":
        return "denies"
    if lemma in CONFIRM:
        return "unconfirmed" if negated else "confirms"
    if lemma in ("comment", "respond", "reply", "answer") and negated or _unanswered(v):
        # "has not commented", "did not respond to requests for comment": silence, not a denial
        return "unconfirmed"
    if lemma in DENY:
        return "uncertain" if negated else "denies"
    if (lemma in CALLING or lemma in _CHARACTERISE) and not _FALSE_IDS.isdisjoint(
            _doc_arrays(v.doc)[0][v.i + 1:max(v.right_edge.i, v.sent.end - 1) + 1]):
        return "denies"                   # "called the reports false"; "described it as a war zone" asserts
    if negated and lemma in ("say", "specify", "disclose", "reveal", "explain") and not any(
            c.dep_ in ("ccomp", "parataxis") and not _wh_clause(c) for c in v.children):
        # "Police have not said whether anyone was armed", "did not say who": a question left
        # unanswered, as "would not say" (silence, nothing asserted or doubted)
        return "unconfirmed"
    if negated:
        return "uncertain"
    lows = _doc_arrays(v.doc)[0]
    if not _DENIAL_CUE_IDS.isdisjoint(lows[i] for i in content) and denial_in(
            v.doc[i] for i in sorted(content)) is not None:
        return "denies"
    lows = _doc_arrays(v.doc)[0]
    words = {lows[i] for i in content}
    if not words.isdisjoint(_HEDGE_IDS) or _EITHER_OR <= words or _modal_perfect(lows, content):
        return "uncertain"
    return "asserts"


_WH = {"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"}


def _wh_clause(c) -> bool:
    """'whether anyone was armed', 'who would pay': a clause that asks, it states nothing."""
    return any(x.lower_ in _WH and x.i <= c.i for x in c.subtree if x.i <= c.left_edge.i + 1)


def _modal_perfect(lows: list[int], content: set[int]) -> bool:
    """'may have been shot down', 'might have crashed': a guess, not an assertion."""
    n = len(lows)
    return any(lows[i] in _MODALS and i + 1 < n and lows[i + 1] == _HAVE for i in content)


_SPEECH_LEMMA: dict[int, bool] = {}       # lemma hash -> lower-cased lemma is a speech verb


def _speech_candidates(doc) -> list[int]:
    """Indices of the tokens _is_speech can accept, read once per doc from arrays: "according",
    any VERB, and an AUX or NOUN whose lemma is a speech verb. The rest never are."""
    got = doc.user_data.get("livedesk_speech")
    if got is None or got[0] != len(doc):
        strings = doc.vocab.strings
        arr = doc.to_array([POS, LEMMA, LOWER])
        pos, lemma = arr[:, 0], arr[:, 1]
        mask = (pos == _VERB) | (arr[:, 2] == numpy.uint64(strings.add("according")))
        other = (pos == _AUX) | (pos == _NOUN)
        if other.any():
            hits = []
            for h in numpy.unique(lemma[other]).tolist():
                hit = _SPEECH_LEMMA.get(h)
                if hit is None:
                    hit = _SPEECH_LEMMA[h] = strings[h].lower() in SPEECH
                if hit:
                    hits.append(h)
            if hits:
                mask |= other & numpy.isin(lemma, numpy.array(hits, dtype=lemma.dtype))
        got = doc.user_data["livedesk_speech"] = (len(doc), numpy.flatnonzero(mask).tolist())
    return got[1]


def _hedge_tokens(doc) -> list[int]:
    """Indices of the tokens whose lower-case form is a hedge word, read once per doc."""
    got = doc.user_data.get("livedesk_hedges")
    if got is None or got[0] != len(doc):
        words = numpy.array(sorted(doc.vocab.strings.add(w) for w in HEDGES), dtype="uint64")
        lows = doc.to_array([LOWER]).reshape(-1)
        got = doc.user_data["livedesk_hedges"] = (len(doc), numpy.flatnonzero(numpy.isin(lows, words)).tolist())
    return got[1]


def _says_something(v) -> bool:
    """A verb of the manner of saying speaks only with what is said: a clause or a quotation
    ('she sighed that ...', '"Not again," she sighed'), not 'the crowd shouted as the convoy passed'."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in v.children):
        return True
    return any(t.text in "\"”’" for t in v.doc[max(v.i - 4, 0):v.i])


# a state's or a company's own bodies, named by "its" after the state or company ("Its foreign ministry")
_OWN_BODIES = {"ministry", "army", "military", "embassy", "government", "parliament", "navy", "police", "regulator",
               "board", "office", "department", "agency"}


def _owned_body(toks, last: list):
    """'Its foreign ministry', 'its space agency' after a body named before: that body's own one
    (the nearest body a possessive 'its' points back to), never a similar body named earlier."""
    if not 2 <= len(toks) <= 4 or toks[0].lower_ not in ("its", "their") or toks[-1].lower_ not in _OWN_BODIES \
            or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in toks[1:]):
        return None
    prev = pronoun_ref(toks[0].lower_, last)
    if prev is None or prev.claimant_kind in ("person", "unnamed") or prev.description is not None \
            or not prev.claimant[:1].isupper() or prev.via:
        return None
    return prev


def _person_before(v) -> str | None:
    """The nearest person (two or three words, tagged a person) named before the verb `v`."""
    # (in an earlier sentence: a person named in the verb's own sentence would be its subject)
    names = [e for e in v.doc.ents if e.label_ == "PERSON" and e.end <= v.sent.start and 2 <= len(e) <= 3
             and all(t.text[:1].isupper() for t in e)]
    return names[-1].text if names else None


def _hyphen_whole(toks) -> list:
    """'King Willem-Alexander', 'Jean-Baptiste Mendy': the parser may take the part after the hyphen
    for the subject and hang the rest elsewhere; a name joined by a hyphen is one name, and a
    capitalised word before it ("King") goes with it."""
    if not toks:
        return toks
    doc, k = toks[0].doc, toks[0].i
    while k >= 2 and doc[k - 1].text in "-–" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].pos_ == "PROPN" and doc[k - 2].text[:1].isupper() and toks[0].text[:1].isupper():
        k -= 2
        while k >= 1 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and doc[k - 1].head.i == k:
            k -= 1
    return list(doc[k:toks[0].i]) + list(toks) if k < toks[0].i else toks


def sentence_claims(sent, base: int, text: str, last: list, own: str | None = None) -> list[Claim]:
    doc = sent.doc
    cands = _speech_candidates(doc)
    lo, hi = bisect_left(cands, sent.start), bisect_left(cands, sent.end)
    speech = [t for t in (doc[i] for i in cands[lo:hi]) if _is_speech(t) and (t.lemma_.lower() not in MANNER or _says_something(t))]
    # "X reported that Y was, according to Z, shot down": Z is X's sourcing note, X stays the
    # claimant (a later "according to" under an earlier speaker does not start a new chain).
    # "Witnesses said ..., according to Reuters." closing the sentence is the outer relay.
    first_named = min((t.i for t in speech if t.lower_ != "according"), default=None)
    closing = None
    for t in speech:
        if t.lower_ == "according" and first_named is not None and first_named < t.i:
            tail = [x for x in sent if x.i > max(y.i for y in t.subtree) and not x.is_punct and not x.is_space]
            if not tail:
                closing = t
    # kept for now: an outlet's "according to" a party names its origin (decided below, by kind)
    notes = {t.i for t in speech if t.lower_ == "according" and first_named is not None
             and first_named < t.i and t is not closing}
    ids = {t.i for t in speech}
    # "denied the reports, saying ...", "said ..., adding that ...": the participle continues the
    # same statement; it is content of its head, not a speech act of its own
    # ("rejected that, saying Y", "blamed X for Z, saying Y", "denied A, saying B": a denial or a
    # judgement and then a statement of its own, two statements by one speaker, as the gold of every
    # batch writes them)
    own_part = {t.i for t in speech if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i in ids
                and t.lemma_.lower() in _OWN_PARTICIPLES and _judging_head(t.head)
                and any(c.dep_ in ("ccomp", "parataxis") for c in t.children)}
    # "..., the company announced, blaming record cocoa costs for the fall": an accusation after a
    # statement is a second statement of the same speaker, as "blamed X for Y, saying Z" is two
    own_part |= {t.i for t in speech if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i in ids
                 and t.lemma_.lower() in ("blame", "accuse") and t.head.lemma_.lower() in SPEECH
                 and t.head.lemma_.lower() not in _JUDGING_HEADS and t.i > t.head.i
                 and any(c.dep_ == "dobj" for c in t.children)}
    speech = [t for t in speech if t.i in own_part or not (t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG"
                                        and (t.head.i in ids or any(a.i in ids for a in t.ancestors))
                                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))]
    # "would neither confirm nor deny": one statement (of silence), not two
    speech = [t for t in speech if not (t.dep_ == "conj" and t.head.i in ids and any(
        c.lower_ == "nor" for c in list(t.head.children) + list(t.children)))]
    ids = {t.i for t in speech}
    nodes: dict[int, _Node] = {}
    gaps: dict[int, int] = {}            # speech verb -> the relative head it really hangs on
    cites = _cites(sent, ids) if ids else {}
    for v in speech:
        toks, passive = speaker_tokens(v)
        toks = _hyphen_whole(after_dateline(after_quote(toks)))
        given = _given_name(toks)
        self_named = _self_named(toks) if given is None else None
        gap = _object_gap(v, toks)
        if gap is not None:
            gaps[v.i] = gap
            toks = [t for t in toks if t.i > gap]
        relays_seen = seen_by(toks)
        toks = owner_of_document(toks)
        toks, desc = split_appos(toks)
        toks, title = drop_title(toks)
        desc = desc or title
        # "a council report seen by the Herald": the report's own words name no outlet inside it
        core = [t for t in toks if not any(a.dep_ == "acl" and a.i > toks[0].i for a in [t, *t.ancestors]
                                           if a.i in {x.i for x in toks})]
        surface = short_name(core) or name_of(toks)
        if v.i in own_part and v.lemma_.lower() in ("blame", "accuse"):
            toks, surface = [], ""       # ", blaming X for Y": the speaker of the verb it hangs on
        if surface and surface[:5].lower() == "both " and len(surface.split()) > 1:
            surface = re.sub(r"^both\s+(?:the\s+)?", "", surface, flags=re.I)   # "Both the army and the rebels said"
        # "a local official and a security source told AFP", read as one speaker by word order:
        # two unnamed people, each of them says it
        pair = _UNNAMED_PAIR.split(surface) if surface else []
        if len(pair) < 2 and surface and toks and toks[0].lower_ in ("a", "an", "one") and surface[:1].islower():
            # "a local official and aid workers said": an unnamed person and unnamed others, as above
            pair = _UNNAMED_OTHERS.split(surface)
        if len(pair) == 2 and all(len(x.split()) <= 5 for x in pair):
            surface = pair[0]
        content = _content(v, ids) - {t.i for t in toks}     # who speaks is not what is said
        if v.i in gaps:                  # "a figure police said was exaggerated": only the gapped clause
            content = {t.i for c in v.children if c.dep_ == "ccomp" and c.i > v.i for t in c.subtree}
        for c in v.children:
            if c.i in own_part:
                content -= {t.i for t in c.subtree}
        # the gapped clause says how the head noun is ("was exaggerated", "was invented"), not a
        # report's words it calls false: the speaker asserts it (the codebook's convention; a disputed
        # figure said outright, "said the figures were untrue", stays a denial)
        stance = "asserts" if v.i in gaps and v.lemma_.lower() in SPEECH else _stance(v, content)
        pron = bool(toks) and len(toks) == 1 and toks[0].lower_ in PRONOUNS
        owner = _owned_body(toks, last) if surface and not pron else None
        if owner is not None:            # "Its foreign ministry did not respond": the ministry of the body named before
            surface = f"{owner.claimant}'s " + " ".join(t.text for t in toks[1:])
        ref = anaphor(toks, last) if surface and not pron and owner is None else None
        if ref is None and surface and not pron and owner is None:
            named = subject_body(toks, content)
            if named is not None:        # "Volvo will cut jobs, the company said": the firm it names
                surface, toks = named
        # ("people who have seen the plan said": people a clause picks out are someone)
        picked = any(t.dep_ in ("relcl", "acl") and t.head.lower_ in ("people", "those") for t in toks)
        if surface and surface.lower() in _NOBODY and not picked or toks and toks[0].lower_ == "no" and toks[0].dep_ == "det":
            continue                         # "Nobody told the parents", "No group has claimed": no one speaks
        if toks and toks[0].lower_ in ("nobody", "no-one") and inside_quote(text, base + v.idx):
            continue                         # '"Nobody from the council has said a word," she said': hers
        if _hearsay(v):
            # "Soldiers said to have defected", "the general, believed to have died": nobody is
            # named as saying it
            toks, passive, surface, stance = [], True, "", "uncertain"
        first = bool(toks) and len(toks) == 1 and toks[0].lower_ in ("we", "i")
        # "'... We expect the deal to close next year,' said X": inside quotation marks "we" and
        # "I", and a passive with no agent ("justice denied"), are the quoted speaker talking
        inner = (first or passive) and inside_quote(text, base + v.idx)
        if inner:
            speaker, surface, stance = None, "", stance if stance != "asserts" or not passive else "asserts"
        elif first and own:
            speaker, surface = lookup(own) or Source(own, "newspaper/broadcaster"), own
        elif passive and stance == "unconfirmed" and own:
            # "could not be independently verified": the reporting outlet says it could not
            speaker, surface = lookup(own) or Source(own, "newspaper/broadcaster"), own
        elif passive:
            speaker, stance = Source("unnamed reports", "unnamed"), (
                stance if stance != "asserts" else "uncertain")
            surface = "unnamed reports"
        elif pron:
            speaker = None                   # resolved once nesting is known
        elif ref is not None:                # "the monitor said", "the group added": the one named before
            speaker = Source(ref.canonical or ref.claimant, ref.claimant_kind or "unknown", ref.alignment)
            surface = ref.claimant
        elif surface:
            speaker = classify_speaker(surface, toks)
        else:
            speaker = None
        if given and speaker is not None and not pron:
            speaker, surface = Source(given, "person"), given
        elif self_named and speaker is not None and not pron:
            speaker, surface = lookup(self_named) or Source(self_named, speaker.kind, speaker.alignment), self_named
        if desc and speaker is not None and lookup(surface) is None and speaker.kind in (
                "unknown", "official", "person", "organisation"):
            # a named person: an official when the description says so ("a district commissioner")
            official = classify(desc).kind == "official" or bool(set(desc.lower().split()) & OFFICE_WORDS)
            # "The French energy group TotalEnergies", "the drone maker X": a description whose head
            # is a kind of body describes a body, never a person
            desc_head = re.findall(r"[a-z]+", re.split(r"\b(?:of|for|in|at|on|from|which|that|who)\b", desc.lower())[0])
            if desc_head and desc_head[-1] in _DESCRIBED | {"producer", "exporter", "contractor"} \
                    and speaker.kind != "person":
                speaker = Source(speaker.name, "organisation", speaker.alignment)
            else:
                speaker = Source(speaker.name, "official" if official else "person", speaker.alignment)
        # "the report found": one document someone published, not hearsay ("reports say")
        one_report = bool(toks) and surface.lower().split()[-1:] in (["report"], ["study"]) and (
            toks[0].lower_ in ("the", "this", "its", "their") or len(surface.split()) > 1)   # "a council report"
        if speaker is not None and speaker.kind == "unnamed" and stance == "asserts" and not one_report and \
                set(surface.lower().split()) & _RUMOUR_NOUNS:
            stance = "uncertain"           # "reports say", "rumours claim": hearsay, not a source asserting
        if v.i in own_part and not surface:
            pron = True                      # the speaker of the verb it hangs on (resolved below)
        node = _Node(v, speaker, surface, stance, _span_tokens(v, ids), pronoun=pron and not inner, description=desc,
                     quoted=inner)
        node.content = content
        if not content and v.dep_ in ("parataxis", "ccomp") and v.head.i > v.i and v.head.i not in ids:
            # a parenthetical "The attack, he said, was launched at dawn": it speaks for its head
            head = {t.i for t in v.head.subtree} - {t.i for t in v.subtree}
            node.tokens |= head
            node.content = content = head
            node.stance = stance = _stance(v, head)
        if stance == "denies":
            node.denied = denied_span(v, None if v.lemma_.lower() in DENY_VERBS or _phrasal(v) == "deny" else
                                      denial_in(doc[i] for i in sorted(content)), content)
        low = v.lemma_.lower()
        # "told Reuters that ...": the outlet told and publishing it is the relay (not "told reporters")
        if low == "tell":
            taken: set[int] = set()
            for c in v.children:
                if c.dep_ in ("dobj", "dative") and c.lower_ in _SELF_MEDIA and any(
                        k.lower_ == "this" for k in c.children):
                    continue   # "told this newspaper": the page's own outlet, never a relay of its own page
                staff = _staff_outlet(c, own) if c.dep_ in ("dobj", "dative", "nsubjpass") else None
                if staff is not None:
                    # "told our monitors", "SOHR activists were told": the outlet whose people
                    # heard it relays it; the one who told them is the claimant
                    if staff:
                        node.relays.append(relay_name(staff))
                    continue
                # "insiders told Axios.", "told dpa that": an outlet's name the parser read as an
                # adverb or a verb
                outlet_word = c.i == v.i + 1 and (
                    c.dep_ in ("advmod", "npadvmod", "dobj", "dative", "attr") and (
                        lookup(c.text) is not None or c.text[:1].isupper() and c.pos_ in ("ADV", "PROPN", "NOUN")
                        and c.lower_ not in _AUDIENCES and c.ent_type_ not in ("DATE", "TIME", "GPE"))
                    or c.dep_ == "xcomp" and c.pos_ == "VERB" and lookup(c.text) is not None)
                if outlet_word and not (c.dep_ in ("dobj", "dative") and name_of(list(c.subtree))):
                    node.relays.append(relay_name(c.text))
                    node.content.discard(c.i)
                    continue
                if c.dep_ in ("dobj", "dative") and c.i not in taken:
                    name = _outlet_by_its_name(c) or name_of(list(c.subtree))
                    # "told the Portuguese news agency Lusa that ...": the parser may leave the
                    # outlet's name outside the description it follows
                    k = c.right_edge.i + 1
                    def named(x):
                        return x.pos_ == "PROPN" or x.ent_type_ == "ORG" or (x.text.isupper() and len(x.text) > 1)
                    if (c.lower_ in _MEDIA_NOUNS or _news_site(c)) and k < len(doc) and named(doc[k]):
                        e = k
                        while e + 1 < len(doc) and named(doc[e + 1]):
                            e += 1
                        if e + 1 < len(doc) and doc[e + 1].lower_ in ("that", ",", ".", "on", "in"):
                            name = doc[k:e + 1].text
                            taken |= set(range(k, e + 1))
                    # "tells Syrian from Russian jets" is telling apart, not telling someone
                    if any(x.dep_ == "prep" and x.lower_ == "from" for x in v.children):
                        continue
                    if name.lower().removeprefix("the ") in _AUDIENCES or c.lower_ in _AUDIENCES:
                        continue         # "told the Commons", "told the jury": heard it, did not publish it
                    if name and (lookup(name) or c.ent_type_ in ("ORG", "PERSON") or c.pos_ == "PROPN"
                                 or c.lower_ in _MEDIA_NOUNS or _news_site(c)   # "told a radio station"
                                 or c.lower_ == "media" and not any(x.lower_ == "social" for x in c.children)):
                        run = _outlet_run(doc, c, name)
                        if run is not None:
                            name = run[0]
                            node.content -= run[1]
                            taken |= run[1]
                        node.relays.append(relay_name(name))
        node.relays += _interview_relays(v) + [r for r in relays_seen if key(r) != key(surface or "")]
        # "X, speaking to Al Jazeera, rejected ...": the outlet spoken to relays X
        subj_kids = [x for c in v.children if c.dep_ == "nsubj" for x in c.children]
        for c in list(v.children) + subj_kids:
            if c.tag_ == "VBG" and c.lemma_.lower() in ("speak", "talk", "write") and c.dep_ in ("advcl", "xcomp", "conj", "acl"):
                # "Speaking in an interview with Le Monde, X said"; "Speaking on national radio" is the
                # speaker on air, not a statement a broadcaster carried
                node.relays += _interview_relays(c, on_air=False)
                for pr in c.children:
                    if pr.dep_ == "prep" and pr.lower_ in ("to", "with"):
                        for ob in pr.children:
                            name = name_of(list(ob.subtree)) if ob.dep_ == "pobj" else ""
                            if ob.lemma_.lower() in ("reporter", "journalist", "correspondent", "press"):
                                continue     # "Speaking to reporters in Kyiv": as "told reporters", no relay
                            if name and (lookup(name) or classify_speaker(name, list(ob.subtree)).kind in _OUTLETS
                                         or ob.lower_ in _MEDIA_NOUNS):
                                node.relays.append(relay_name(name))
        # "X was quoted by Y as saying": Y relays X
        if low == "quote" and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            for c in v.children:
                if c.dep_ == "agent":
                    pob = [x for x in c.children if x.dep_ == "pobj"]
                    if pob:
                        node.relays.append(name_of(list(pob[0].subtree)))
        # "SANA quoted a military source as saying", "Reuters, citing officials, reported",
        # "Citing X, Y said": the one quoted or cited is the speaker, the subject relays it
        quoted = [c for c in v.children if c.dep_ == "dobj"] if low == "quote" and not passive else []
        quoted = cites.get(v.i, quoted)
        if quoted:
            qtoks, qdesc = split_appos(list(quoted[0].subtree))
            inner = short_name(qtoks) or name_of(qtoks)
            if inner and node.speaker is not None:
                node.relays = [node.speaker.name if lookup(node.surface) else relay_name(node.surface)] + node.relays
                node.speaker, node.surface, node.description = classify_speaker(inner, qtoks), inner, qdesc
                # "reported, citing people familiar with the matter, that X": the cited clause is who
                # says it, not what is said
                head = quoted[0].span[0].doc[quoted[0].span.start - 1] if isinstance(quoted[0], _Words) else quoted[0].head
                if head.lower_ in ("citing", "quoting") and head.i > v.i:
                    cut = {x.i for x in head.subtree} | {x.i for x in quoted[0].subtree}
                    lo, hi = min(cut), max(cut)
                    if lo > 0 and doc[lo - 1].text == ",":
                        cut.add(lo - 1)
                    if hi + 1 < len(doc) and doc[hi + 1].text == ",":
                        cut.add(hi + 1)
                    if node.content - cut:
                        node.content -= cut
        if len(pair) == 2 and all(len(x.split()) <= 5 for x in pair):
            node.also.append((classify(pair[1], side_of(pair[1])), re.sub(r"^(?:a|an)\s+", "", pair[1])))
        # "The Observatory and Reuters said ...": each of them says it
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and not passive and not masthead_and(subj[0]):
            for c in subj[0].children:
                if c.dep_ == "conj":
                    other = name_of(list(c.subtree))
                    if other:
                        node.also.append((classify(other, side_of(other)), other))
        nodes[v.i] = node
    closing = _orient_according(nodes, notes, closing)
    trailing = {i for i, n in nodes.items() if _trails(n.verb, sent)}
    leading = {i for i, n in nodes.items() if n.verb.lower_ == "according" and i <= sent.start + 1}
    linear = trailing | leading | ({closing.i} if closing is not None else set())
    # nesting by the parse: a speech verb inside another's complement is relayed by it. A trailing
    # clause ("..., AP reported") and a sentence-framing "according to" scope by word order instead:
    # the parser often hangs a trailing clause under the speech verb it follows
    for i, node in nodes.items():
        # an object-gap relative ("a figure police said was exaggerated") is a relative clause,
        # background as any other: never relayed by the statement it comments on
        if i in linear or node.parent is not None or i in gaps:
            continue
        t = node.verb
        while t.head.i != t.i:
            h = t.head
            if t.dep_ in ("relcl", "acl", "appos"):   # a relative clause is background
                break
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _SIDE_BY_SIDE for m in t.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                # "A said X, while B said Y": two speakers side by side; "A denied X, after B said
                # Y": B's statement is the occasion of A's, not relayed by it
                break
            if h.i in nodes and h.i != i:
                if h.i in linear or _semicolon_between(t, h):   # "A said X; B reported Y": two statements
                    break
                if h.i in gaps and t.i < gaps[h.i]:
                    # "The statement said X, a figure police said was exaggerated": the relative
                    # clause (misparsed as the main verb) comments on X; it does not relay it
                    break
                if _denies_claim_before(h) and h.i > t.i:
                    # "Kyiv has accused Moscow of X, a charge Russia denies" (the denial parsed as the
                    # main verb): two speakers; the second denies what the first says
                    den = nodes[h.i]
                    said = {k for k in node.content if not doc[k].is_punct}
                    if said:
                        den.content, den.stance, den.denied = said, "denies", (min(said), max(said))
                    break
                if t.dep_ == "conj":
                    t = h
                    continue
                if t.dep_ in CONTENT_DEPS or t.dep_ in ("prep", "pcomp", "pobj"):
                    node.parent = nodes[h.i]
                    nodes[h.i].children.append(node)
                break
            t = h
    # "acknowledged that X but insisted that Y" (the parser hangs 'insisted' inside X): a second
    # statement by the same speaker, beside the first, not relayed by it
    for i, n in nodes.items():
        p = n.parent
        if p is not None and coordinated_speech(n.verb) and n.verb.head.head.i == p.verb.i and n.speaker is not None \
                and p.speaker is not None and n.surface == p.surface:
            p.children.remove(n)
            n.parent = p.parent
            if n.parent is not None:
                n.parent.children.append(n)
            cut = {t.i for t in n.verb.subtree} | {c.i for c in n.verb.head.children if c.dep_ == "cc" and c.i < n.verb.i}
            if n.verb.i > 0 and doc[n.verb.left_edge.i - 1].text == ",":
                cut.add(n.verb.left_edge.i - 1)
            p.content = p.content - cut
            p.tokens = p.tokens - cut
            p.stance = _stance(p.verb, p.content)
    # a speech verb inside another's statement that names nobody ("Houthi claims that ...",
    # "no injuries were reported") is part of that statement, not a statement of its own
    for i in [i for i, n in nodes.items() if n.parent is not None and not n.children and (
            (n.speaker is None and not n.pronoun) or n.surface == "unnamed reports")]:
        n = nodes.pop(i)
        n.parent.children.remove(n)
    for i in [i for i, n in nodes.items() if n.parent is None and n.speaker is None and not n.pronoun
              and i not in linear and not n.children]:
        del nodes[i]
    _noun_only_acts(nodes)
    # "the minister said the fall showed the plan was working": a thing that shows or suggests
    # is evidence inside the statement, not a speaker relayed by it
    # ("the council said the figures showed that ...": numbers and data are evidence whatever their kind)
    for i in [i for i, n in nodes.items() if n.parent is not None and not n.children
              and n.verb.lemma_.lower() in WEAK_SPEECH | {"prove", "confirm"} and n.speaker is not None
              and n.surface and not n.surface[:1].isupper() and (
                  n.surface.split()[-1].lower() in _EVIDENCE_NOUNS
                  or n.verb.lemma_.lower() in WEAK_SPEECH and n.speaker.kind == "unknown"
                  and n.surface.split()[-1].lower() not in _SOURCE_NOUNS
                  and not n.surface.lower().split()[-1].endswith(("ers", "ists", "ors", "ians")))]:
        n = nodes.pop(i)
        n.parent.children.remove(n)
    for i in [i for i, n in nodes.items() if n.quoted and n.children]:   # "'I was told he said ...'"
        for ch in nodes[i].children:
            ch.parent = nodes[i].parent
            if ch.parent is not None:
                ch.parent.children.append(ch)
        if nodes[i].parent is not None:
            nodes[i].parent.children.remove(nodes[i])
        del nodes[i]
    # word-order scopes, left to right: a trailing clause or closing "according to" wraps every
    # statement before it not yet wrapped ("Amaq said ..., AP reported, according to Newsweek");
    # a leading "According to X," wraps the whole sentence
    _cut_gapped(nodes, gaps)
    for i in sorted(linear):
        outer = nodes[i]
        front = _front(outer.verb) if i in trailing else outer.verb.i
        if i in leading:                  # "According to X, A; B": X speaks for A, not for B
            semis = [k for k in range(i, sent.end) if doc[k].text == ";"]
            scope = range(sent.start, semis[0] if semis else sent.end)
        else:
            scope = range(sent.start, front)
        if i in trailing:
            semis = [k for k in scope if doc[k].text == ";"]
            # "Rebels shelled the airport; two civilians were killed, a commander said": the clause
            # before the ';' is the commander's statement too, unless a speaker of its own says it
            # ("A said X; Y, B reported")
            voiced = bool(semis) and any(j != i and n.verb.i < semis[-1] for j, n in nodes.items())
            scope = range(semis[-1] + 1 if voiced else sent.start, front)
        for j, n in nodes.items():
            if j != i and n.parent is None and n.verb.i in scope:
                n.parent = outer
                outer.children.append(n)
        outer.tokens |= set(scope) | {t.i for t in outer.verb.subtree if t.i >= scope.start}
        if i in trailing and not outer.children:
            before = {k for k in scope if not doc[k].is_punct}
            outer.content = before
            outer.stance = _stance(outer.verb, before)
            if outer.surface == "unnamed reports" and outer.stance == "asserts":
                outer.stance = "uncertain"    # "..., it was reported": hearsay, as when it leads
            if outer.stance == "denies":
                outer.denied = denied_span(outer.verb, denial_in(doc[k] for k in sorted(before)), before)
    _noun_only_acts(nodes)
    # the same once word order has wrapped them: "According to a council report, officials had been
    # warned that ..." is the report's statement, not one by nobody under it
    for i in [i for i, n in nodes.items() if n.parent is not None and not n.children
              and n.surface == "unnamed reports" and n.parent.speaker is not None]:
        n = nodes.pop(i)
        n.parent.children.remove(n)
        if not n.parent.content:
            n.parent.content = n.content
    for node in nodes.values():            # "It said ...": the enclosing speaker, else the nearest fitting one
        if node.pronoun and node.speaker is None:
            ref = node.parent if node.parent is not None and node.parent.speaker is not None else None
            # "The union said ..., and it warned that ...": the speaker of the verb it is joined to
            if ref is None and (node.verb.dep_ == "conj" or node.verb.i in own_part) and node.verb.head.i in nodes and \
                    nodes[node.verb.head.i].speaker is not None and not nodes[node.verb.head.i].pronoun:
                ref = nodes[node.verb.head.i]
            if ref is not None:
                node.speaker, node.surface = ref.speaker, ref.surface
            else:
                pron = next((t.lower_ for t in speaker_tokens(node.verb)[0]), "it")
                own = _subject_before(node, pron) if node.verb.i in trailing else None
                prev = own or pronoun_ref(pron, last)
                if prev is None and pron in ("he", "she") and any(
                        c.dep_ in ("ccomp", "parataxis") for c in node.verb.children):
                    # "The cyclist Marta Vidal has ridden for ... In an interview, she said": news names a
                    # person before anyone speaks; 'she' is the nearest person named, quoted or not
                    name = _person_before(node.verb)
                    if name:
                        node.speaker, node.surface = Source(name, "person"), name
                        continue
                if prev is not None:
                    remember(pron, prev)
                    node.speaker = Source(prev.canonical or prev.claimant, prev.claimant_kind or "unknown",
                                          prev.alignment)
                    node.surface = prev.claimant
    # "reportedly": a hedged verb nobody in the sentence is said to have said
    covered = set().union(*(n.tokens for n in nodes.values())) if nodes else set()
    hedges = _hedge_tokens(doc)
    for t in (doc[i] for i in hedges[bisect_left(hedges, sent.start):bisect_left(hedges, sent.end)]):
        if t.lower_ in HEDGES and t.dep_ == "advmod" and t.head.i not in covered:
            h = t.head
            toks = {x.i for x in h.subtree}
            toks = {i for i in toks if not _semicolon_at(doc, i, h.i)}
            nodes[-t.i - 1] = _Node(h, Source("unnamed reports", "unnamed"), "unnamed reports",
                                    "uncertain", toks)
    claims: list[Claim] = _noun_claims(sent, base, text)
    if not nodes:
        noun = bool(claims)
        if not claims:                        # the parse missed a reporting verb: word order
            claims = surface_claims(sent, base, text)
            for c in claims:
                # "In her view, ...": the view is the person the pronoun points back to
                if c.claimant.lower() in ("his", "her", "its", "their"):
                    prev = pronoun_ref({"his": "he", "her": "she"}.get(c.claimant.lower(), "it"), last)
                    if prev is not None:
                        c.claimant, c.claimant_kind, c.alignment = prev.claimant, prev.claimant_kind, prev.alignment
                        c.canonical = prev.canonical
            claims = [c for c in claims if c.claimant.lower() not in ("his", "her", "its", "their")]
        for c in claims:
            # "The governor's warning that ... drew a reply. ... The governor stood by it": one who
            # speaks through a noun of saying is met as much as one who speaks through a verb
            if c.claimant_kind != "unnamed":
                last[0] = c
                last.append(c)
        if noun:
            return claims
        if not claims:
            _mention(sent, last)
        return claims
    adding = _ADDING_ID in _doc_arrays(doc)[0][sent.start:sent.end]     # ", adding that" (checked once)
    # the sentence's own characters, sliced (Span.text would join its tokens anew)
    trans = _TRANSLATION.search(text[base + sent.start_char:base + sent.end_char])
    for node in nodes.values():
        if node.children:                     # a pure relay: its children carry the statement
            continue
        chain: list[_Node] = []
        n = node
        while n is not None:
            chain.append(n)
            n = n.parent
        named = [n for n in chain if n.speaker is not None]
        if not named:
            continue
        # the innermost speaker is the claimant, vague or not ("a military source told Reuters":
        # the source is the origin, Reuters relays it); the chain runs outwards from it, each
        # speaker followed by the relays named for it ("Newsweek, citing AP, reported that ...")
        claimant = named[0]
        via: list[str] = list(claimant.relays)
        rest = named[1:]
        for r in rest:
            name = r.speaker.name if lookup(r.surface) else relay_name(r.surface)
            if r.speaker is claimant.speaker or r.surface == claimant.surface:
                via += r.relays
                continue
            if r.speaker.kind == "unnamed" and lookup(r.surface) is None:
                continue                     # "it was reported that X said": nobody relays
            if via and r.surface.lower().removeprefix("the ") in _OUTLET_WORDS:
                continue                     # "X told Al Jazeera ..., the broadcaster reported": the same outlet
            via += [name] + r.relays
        if trans:
            via.append(trans.group(1).strip())
        top = chain[-1]
        lo, hi = _run(top.tokens | node.tokens, node.verb.i)
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and doc[lo].text not in _QUOTES:
            lo += 1
        while hi > lo and doc[hi].is_space:
            hi -= 1
        s_tok, e_tok = doc[lo], doc[hi]
        start = base + s_tok.idx
        end = base + e_tok.idx + len(e_tok.text)
        # trailing punctuation and closing quotes belong to the statement, not beyond it
        c = Claim(claimant=claimant.surface, stance=node.stance, start=start, end=end,
                  text=text[start:end], via=dedupe(via))
        c.claimant_kind = claimant.speaker.kind
        c.alignment = claimant.speaker.alignment
        hit = lookup(claimant.surface) or lookup(claimant.speaker.name)
        c.canonical = hit.name if hit else None
        c.description = claimant.description
        # "Amaq said X, AP reported": the parse may hang the trailing relay inside X; X ends before it
        cuts = [_front(r.verb) for r in chain[1:] if r.verb.i in trailing and r.verb.i > node.verb.i]
        if cuts and node.denied is None and any(i >= min(cuts) for i in node.content):
            node.content = {i for i in node.content if i < min(cuts)}
        span = _content_range(node)
        if span is not None:
            c.content_start, c.content_end = base + doc[span[0]].idx, base + doc[span[1]].idx + len(doc[span[1]].text)
            if c.content_start < c.start or c.content_end > c.end:
                # the statement's span holds what it says ("X will bid, the daily reported on
                # Friday, citing Y" once ended at "Friday")
                c.start, c.end = min(c.start, c.content_start), max(c.end, c.content_end)
                c.text = text[c.start:c.end]
        claims.append(c)
        extra = _adding(node, c, base, text, sent.end) if adding else None
        if extra is not None:
            claims.append(extra)
        for src, other in (claimant.also if claimant is node or claimant.verb is node.verb else []):
            hit2 = lookup(other)
            claims.append(Claim(claimant=other, stance=c.stance, start=c.start, end=c.end, text=c.text,
                                via=list(c.via), claimant_kind=src.kind, alignment=src.alignment,
                                canonical=hit2.name if hit2 else None, content_start=c.content_start,
                                content_end=c.content_end))
        # "The airline will cut jobs, it said in a statement. According to the statement, ...": a
        # pronoun resolved to a subject named in its own sentence joins the history too
        if claimant.speaker.kind not in ("unnamed",) and (not claimant.pronoun or claimant.surface and all(
                x is None or x.claimant != claimant.surface for x in last)):
            last[0] = c
            last.append(c)                   # the history anaphors look back through
        elif claimant.speaker.kind == "unnamed" and "livedesk_unnamed" in doc.user_data:
            doc.user_data["livedesk_unnamed"].append(c)     # kept apart, for a later "the source"
    claims += _denied_after(sent, base, text, claims)
    return claims


_DENIED_NOUNS = {"claim", "accusation", "allegation", "charge", "assertion", "account", "version"}


def _denies_claim_before(v) -> bool:
    """'..., a charge Russia denies' read with the denial as the sentence's main verb: a denial
    whose object is a claim noun set before it, after a comma."""
    return v.lemma_.lower() in DENY_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DENIED_NOUNS and c.i < v.i and c.left_edge.i > 0
        and v.doc[c.left_edge.i - 1].text == "," for c in v.children)


# the same by word order, where the parser took the verb for a noun ("a claim Kyiv rejects")
_DENIED_TAIL = re.compile(r",\s+(?:which|(?:a|an)\s+(?:claim|accusation|allegation|charge|account|assertion|version)"
                          r"(?:\s+that)?)\s+(?P<who>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:has\s+|have\s+|had\s+)?"
                          r"(?:repeatedly\s+|strongly\s+|firmly\s+|flatly\s+|always\s+)?"
                          r"(?:denie[sd]|deny|rejecte?d?|rejects|disputed?|disputes|refuted?|refutes|dismissed|dismisses)"
                          r"\s*[.!]?\s*$")


# what "deny" refuses rather than denies: "which denied them access", "who denied the request"
_REFUSED = {"access", "entry", "permission", "request", "visa", "visas", "bail", "application", "appeal",
            "passage", "service", "services", "right", "rights", "aid", "approval", "clearance", "license", "licence"}


def _denied_by_antecedent(v, sent, base: int, text: str, claims: list[Claim]) -> Claim | None:
    """'..., blaming the Rapid Support Forces, which denied any involvement'; 'Police said the Front carried
    out the raid, blaming its commander, who denied it': a relative clause closing the sentence whose subject
    is the relative pronoun of a body named in what the statement says: that body denies the statement
    (English grammar: the pronoun stands for the noun before the comma)."""
    if v.dep_ != "relcl":
        return None
    rp = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") and c.i < v.i]
    if not rp:
        return None
    doc = sent.doc
    comma = doc[rp[0].i - 1] if rp[0].i > sent.start else None
    if comma is None or comma.text != "," or any(not t.is_punct for t in doc[v.right_edge.i + 1:sent.end]):
        return None
    if any(c.dep_ == "dative" for c in v.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _REFUSED for c in v.children):
        return None                          # "which denied them access": a refusal, not a denial
    head = v.head
    toks = [t for t in head.subtree if t.i < comma.i]
    # "the paramilitary Rapid Support Forces": the words that describe a name are not part of it
    lead = [t for t in toks if t.dep_ not in ("det", "predet")]
    while len(lead) > 1 and lead[0].pos_ in ("ADJ", "NOUN") and not lead[0].is_title and all(
            t.pos_ == "PROPN" for t in lead[1:]):
        lead = lead[1:]
    toks = lead or toks
    name = name_of(toks)
    if not name or head.pos_ not in ("PROPN", "NOUN") or head.i >= comma.i:
        return None
    at = base + doc[toks[0].i].idx if toks else None
    cut = base + comma.idx
    # the body is one the statement names (what it says, or whom it blames after it: "..., a rights group
    # said, blaming the RSF, which ..."), not its speaker ("the ministry, which denied ...")
    s0 = base + sent.start_char
    said = [c for c in claims if c.stance == "asserts" and c.content_start is not None
            and s0 <= c.start <= at < cut and c.content_start < cut]
    if not said:
        return None
    src = said[0]
    if key(src.claimant) == key(name):
        return None
    who = classify_speaker(name, toks)
    hit = lookup(name)
    end = base + v.right_edge.idx + len(v.right_edge.text)
    start = min(base + rp[0].idx, src.content_start)     # the span holds the words it denies
    if src.end > cut:                        # the statement ends before its denial
        src.end = cut
        src.text = text[src.start:src.end]
        if src.content_end is not None and src.content_end > cut:
            src.content_end = cut
    return Claim(claimant=name, stance="denies", start=start, end=end, text=text[start:end],
                 claimant_kind=who.kind, alignment=who.alignment, canonical=hit.name if hit else None,
                 content_start=src.content_start, content_end=min(src.content_end or cut, cut))


def _denied_after(sent, base: int, text: str, claims: list[Claim]) -> list[Claim]:
    """'Israel says Hamas uses hospitals as command centres, which Hamas denies'; 'Russia says it took
    the village, a claim Ukraine has rejected': the one set after the statement denies what it says."""
    out = []
    for v in sent:
        if v.dep_ not in ("relcl", "advcl") or v.lemma_.lower() not in DENY_VERBS:
            continue
        by_antecedent = _denied_by_antecedent(v, sent, base, text, claims)
        if by_antecedent is not None:
            out.append(by_antecedent)
            continue
        rel = [c for c in v.children if c.dep_ == "dobj" and c.lower_ in ("which", "that")]
        if v.dep_ == "advcl" and not rel:
            continue
        noun = v.head if v.head.lemma_.lower() in _DENIED_NOUNS and not rel else None
        if not rel and noun is None:
            continue
        doc = sent.doc
        left = rel[0].i if rel else noun.left_edge.i
        right = max(v.right_edge.i, noun.i if noun is not None else 0)
        comma = doc[left - 1] if left > sent.start and doc[left - 1].text == "," else None
        # only where it closes the sentence ("the house, which his family denies owning, was sold" is no denial of a statement)
        if comma is None or any(not t.is_punct for t in doc[right + 1:sent.end]):
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj",)]
        if not subj:
            continue
        name = name_of(list(subj[0].subtree))
        if not name or subj[0].pos_ == "PRON":
            continue
        cut = base + comma.idx
        said = [c for c in claims if c.start < cut <= c.end and c.content_start is not None and c.content_start < cut]
        if not said:
            continue
        src = said[0]
        toks = list(subj[0].subtree)
        who = classify_speaker(name, toks)
        hit = lookup(name)
        start = base + comma.idx + 1
        end = base + v.idx + len(v.text)
        while start < end and text[start] == " ":
            start += 1
        start = min(start, src.content_start)      # the span holds the words it denies
        out.append(Claim(claimant=name, stance="denies", start=start, end=end, text=text[start:end],
                         claimant_kind=who.kind, alignment=who.alignment, canonical=hit.name if hit else None,
                         content_start=src.content_start, content_end=min(src.content_end or cut, cut)))
        if src.end > cut:                      # the statement ends before its denial
            src.end = cut
            src.text = text[src.start:src.end]
            if src.content_end is not None and src.content_end > cut:
                src.content_end = cut
    if out or not claims:
        return out
    s0, s1 = base + sent.start_char, base + sent.end_char
    m = _DENIED_TAIL.search(text[s0:s1])
    if m is None or m.group("who").split()[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return out
    cut = s0 + m.start()
    said = [c for c in claims if c.start < cut <= c.end and c.content_start is not None and c.content_start < cut
            and c.stance == "asserts"]
    if not said:
        return out
    src = said[0]
    name = re.sub(r"^the\s+", "", m.group("who"))
    if any(c.stance == "denies" and key(c.claimant) == key(name) for c in claims):
        return out                                 # the parse read that denial already
    who = classify(name, side_of(name))
    hit = lookup(name)
    start = cut + 1 + (len(m.group(0)) - len(m.group(0).lstrip(", ")) - 1)
    end = s0 + m.end()
    while end > start and text[end - 1] in " .!":
        end -= 1
    start = min(start, src.content_start)          # the span holds the words it denies
    out.append(Claim(claimant=name, stance="denies", start=start, end=end, text=text[start:end],
                     claimant_kind=who.kind, alignment=who.alignment, canonical=hit.name if hit else None,
                     content_start=src.content_start, content_end=min(src.content_end or cut, cut)))
    if src.end > cut:
        src.end = cut
        src.text = text[src.start:src.end]
        if src.content_end is not None and src.content_end > cut:
            src.content_end = cut
    return out


_CLAIM_HEADS = {"claim", "claims", "allegation", "allegations", "assertion", "assertions", "accusation",
                "accusations", "insistence",
                # what general news tells as a noun: "the government's warning that ...", "the minister's
                # admission that ...", "the company's denial that ..."
                "warning", "warnings", "announcement", "admission", "acknowledgement", "acknowledgment",
                "denial", "prediction", "predictions", "forecast", "estimate", "argument", "contention",
                "suggestion", "promise", "pledge", "assurance", "assurances", "confirmation", "statement",
                "revelation", "complaint", "conclusion", "finding", "findings", "belief", "testimony"}
_NOUN_STANCE = {"admission": "confirms", "acknowledgement": "confirms", "acknowledgment": "confirms",
                "confirmation": "confirms", "denial": "denies"}


_CLAIM_HEAD_IDS = frozenset(map(get_string_id, _CLAIM_HEADS))


def _mention(sent, last: list) -> None:
    """'Economist Ravi Shah is less optimistic. He expects ...': a person who is the subject of a
    sentence that says nothing is who the next 'he' or 'she' is. Kept in the anaphora history only
    (never last[0], never a claim), and only for people: 'it' keeps pointing at the last body that spoke."""
    root = sent.root
    # (the parser may hang the subject of a passive on its auxiliary: "X, Y, was not convinced")
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] or [
        c for a in root.children if a.dep_ in ("aux", "auxpass") for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("The federation's head, X, urged both sides to accept arbitration. She said ...": an appeal says
    # nothing, its subject is who 'she' is)
    if not subj or root.lemma_.lower() in SPEECH and not (root.lemma_.lower() == "urge" and not _is_speech(root)):
        return
    # commas kept for split_appos ("Chile's interior minister, Carolina Toha, spoke to reporters")
    toks = [t for t in subj[0].subtree if not (t.dep_ in ("relcl", "acl") or t.is_punct and t.text != ",")]
    toks, desc = split_appos(toks)
    toks = [t for t in toks if not t.is_punct]
    toks, title = drop_title(toks)
    if len(toks) >= 3 and toks[0].lower_ in _PERSON_ROLE_WORDS and all(t.pos_ == "PROPN" for t in toks[1:]):
        title, toks = toks[0].text, toks[1:]        # "Economist Ravi Shah": the role set before the name
    if not toks or len(toks) > 5:
        return
    person = toks[-1].ent_type_ == "PERSON" or (len(toks) >= 2 and all(t.pos_ == "PROPN" for t in toks[-2:])
                                                and toks[0].pos_ in ("PROPN", "NOUN"))
    role = toks[0].lower_ in ("the", "one", "a", "an") and toks[-1].lemma_.lower() in _PERSON_ROLE_WORDS
    if not (person or role):
        # "The Environment Agency issued 40 warnings. It said ...": a named body as the subject is
        # what 'it' points to, but only while no body has spoken yet (a speaker stays the nearer 'it')
        body = [t for t in toks if t.pos_ != "DET"]
        # "The company apologised. It rejected ...": a body described by its kind counts as well
        described = toks[0].lower_ == "the" and body and body[-1].pos_ == "NOUN" and body[-1].lemma_.lower() in _BODY_NOUNS
        if body and (described or body[-1].pos_ == "PROPN" and (body[-1].ent_type_ == "ORG" or lookup(
                " ".join(t.text for t in body)) is not None)) and (root.lemma_.lower() in _REACTING or not any(
                c is not None and c.claimant_kind not in ("person",) and c.description is None for c in last)):
            name = name_of(toks)
            src = classify_speaker(name, toks) if name else None
            if name and src is not None and src.kind not in ("person", "unnamed"):
                last.append(Claim(claimant=name, claimant_kind=src.kind, alignment=src.alignment,
                                  canonical=lookup(name).name if lookup(name) else None))
        return
    name = name_of(toks)
    if name:
        # "The central bank governor's warning ... The governor stood by her remarks": the same
        # one met before under a longer name
        words = name.lower().split()
        prev = next((c for c in reversed(last) if role and c is not None and c.claimant and len(
            c.claimant.split()) > len(words) and c.claimant.lower().split()[-len(words):] == words), None)
        last.append(prev or Claim(claimant=name, claimant_kind="person", description=desc or title))


# "The Fiscal Council questioned that estimate. In a letter, it wrote ...": a body that takes a side on
# what was said is the subject the next sentence goes on about, though other bodies spoke before it
_REACTING = {"question", "challenge", "dispute", "doubt", "contest", "criticise", "criticize", "condemn", "oppose",
             "defend", "welcome", "praise", "back", "support", "endorse", "attack", "slam"}

# bodies a story names by their kind ("the company", "the club") that 'it' can point back to
_BODY_NOUNS = {"company", "firm", "bank", "airline", "club", "ministry", "government", "council", "agency", "army",
               "police", "union", "university", "hospital", "party", "regulator", "board", "court", "committee",
               "commission", "department", "group", "federation", "league", "carrier", "retailer", "manufacturer",
               "insurer", "network", "broadcaster", "newspaper", "charity", "authority", "military", "operator"}

# roles that name one person ("the mayor was blunt. She said ...")
_PERSON_ROLE_WORDS = {"mayor", "minister", "president", "governor", "senator", "chancellor", "secretary",
                      "spokesman", "spokeswoman", "spokesperson", "chief", "director", "manager", "coach",
                      "captain", "lawyer", "judge", "prosecutor", "doctor", "nurse", "teacher", "professor",
                      "economist", "analyst", "scientist", "founder", "chairman", "chairwoman", "executive",
                      "ambassador", "envoy", "commander", "general", "officer", "leader", "premier", "king",
                      "queen", "pope", "witness", "resident", "victim", "mother", "father", "official",
                      "paramedic", "driver", "farmer", "worker", "student", "pilot", "soldier", "survivor",
                      "owner", "developer", "engineer", "researcher", "campaigner", "activist", "volunteer"}


def _noun_claims(sent, base: int, text: str) -> list[Claim]:
    """"Russia's claim that it had taken Robotyne", "claims by the group that ...": a claim
    told as a noun is its owner's statement, whatever the sentence then says of it."""
    out: list[Claim] = []
    lows = _doc_arrays(sent.doc)[0]
    if _CLAIM_HEAD_IDS.isdisjoint(lows[sent.start:sent.end]):
        return out                       # most sentences: no claim noun, no token walk
    for t in sent:
        if t.lower_ not in _CLAIM_HEADS or t.pos_ != "NOUN":
            continue
        owner = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if not owner:
            owner = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "by"
                     for x in c.children if x.dep_ == "pobj"]
        clause = [c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > t.i
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not owner or not clause:
            continue
        toks = [x for x in owner[0].subtree if x.tag_ != "POS"]
        name = short_name(toks) or name_of(toks)
        if not name:
            continue
        content = [x for x in clause[0].subtree if not (x.dep_ == "mark" and x.head.i == clause[0].i)]
        s_tok, e_tok = t.left_edge, clause[0].right_edge
        start, end = base + s_tok.idx, base + e_tok.idx + len(e_tok.text)
        src = classify_speaker(name, toks)
        hit = lookup(name)
        out.append(Claim(claimant=name, stance=_NOUN_STANCE.get(t.lower_, "asserts"), start=start, end=end,
                         text=text[start:end],
                         claimant_kind=src.kind, alignment=src.alignment, canonical=hit.name if hit else None,
                         content_start=base + content[0].idx,
                         content_end=base + content[-1].idx + len(content[-1].text)))
    return out


_OUTLETS = {"wire agency", "newspaper/broadcaster", "state media", "militant media"}
_MEDIA_NOUNS = {"station", "radio", "television", "tv", "newspaper", "channel", "broadcaster", "agency", "daily",
                "outlet", "outlets", "website", "magazine"}


def _orient_according(nodes: dict, notes: set[int], closing):
    """'According to X' after a named speaker Y: when Y is an outlet and X is not ('Al-Masdar
    reported ..., according to ISIS'), X is the origin and Y relays it; otherwise X is Y's outer
    relay when it closes the sentence ('Witnesses said ..., according to Reuters') and a sourcing
    note inside Y's statement when it does not. Returns the closing 'according' still wrapping."""
    for i in sorted(notes | ({closing.i} if closing is not None else set())):
        a = nodes.get(i)
        if a is None:
            continue
        host = next((n for j, n in sorted(nodes.items(), reverse=True)
                     if j < i and j not in notes and n.verb.lower_ != "according" and n.speaker is not None), None)
        if host is not None and a.speaker is not None and host.speaker.kind in _OUTLETS \
                and a.speaker.kind not in _OUTLETS:
            a.parent = host
            host.children.append(a)
            if closing is not None and i == closing.i:
                closing = None
        elif i in notes:
            del nodes[i]
    return closing


_NOBODY = {"nobody", "no one", "none", "nothing", "everyone", "everybody", "someone", "somebody", "anyone",
           "no-one", "people", "you"}
_AUDIENCES = {"commons", "house of commons", "lords", "house of lords", "congress", "parliament", "senate", "house",
              "court", "jury", "judge", "committee", "hearing", "inquiry", "conference", "summit", "assembly",
              "lawmakers", "legislators", "mps", "rally", "crowd", "supporters", "investors", "analysts",
              "shareholders", "delegates", "students", "staff", "employees", "voters", "bundestag", "duma", "knesset",
              "general assembly", "security council", "cabinet", "council", "panel", "tribunal", "magistrates"}
# a description an outlet named just before is called by
_OUTLET_WORDS = {"broadcaster", "newspaper", "paper", "agency", "news agency", "channel", "station", "outlet", "network",
                 "daily", "website", "magazine", "wire service"}
_INTERVIEW = {"interview", "interviews", "remarks", "remark", "comments", "comment", "conversation", "op-ed", "column",
              "article", "appearance", "podcast", "call"}


def _when(t) -> bool:
    """'in an interview with Swedish Radio on Monday': the parser may hang the day on the interview
    beside its outlet; a day, date or time is when the words were said, never who carried them."""
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WEEKDAYS


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
             "tonight", "weekend"}


def _interview_relays(v, on_air: bool = True) -> list[str]:
    """'said in an interview with Axios', 'said in remarks to the BBC', 'wrote in an op-ed for
    The Guardian', 'said on CNN': the outlet that carried the words relays them."""
    out = []
    for c in v.children:
        if c.dep_ != "prep" or (c.i < v.i and c.lower_ != "in"):     # "In an interview with X, Y said" too
            continue
        for ob in (x for x in c.children if x.dep_ == "pobj"):
            if c.lower_ == "in" and ob.lemma_.lower() in _INTERVIEW:
                for p2 in ob.children:
                    if p2.dep_ == "prep" and p2.lower_ in ("with", "to", "for", "on"):
                        for ob2 in (x for x in p2.children if x.dep_ == "pobj" and not _when(x)):
                            name = name_of(list(ob2.subtree))
                            if name and (lookup(name) or ob2.pos_ == "PROPN" or ob2.lower_ in _MEDIA_NOUNS):
                                out.append(relay_name(name))
            if c.lower_ == "in" and (ob.lemma_.lower() in _INTERVIEW or ob.lower_ in STATEMENT_NOUNS):
                out += _carried_by(ob) + _given_to_outlet(ob)
            if c.lower_ == "in" and (ob.lemma_.lower() in _PRIVATE_DOCS or ob.lower_ in STATEMENT_NOUNS):
                out += _seen_by_outlet(ob, v)
            if on_air and c.lower_ == "on" and c.i > v.i and ob.ent_type_ not in ("DATE", "TIME"):
                # "said on state television", "told reporters on CNN": the broadcaster carried it
                # (a platform the speaker posts on himself, "on Telegram", carries nothing)
                name = name_of(list(ob.subtree))
                hit = lookup(name) if name else None
                own_channel = any(x.dep_ == "poss" for x in ob.children)     # "on its radio": its own voice
                if not own_channel and (ob.lower_ in ("television", "tv", "radio") or hit is not None and hit.kind in _OUTLETS):
                    out.append(relay_name(name))
    return out


def _news_site(t) -> bool:
    """'the news site Seznam Zpravy', 'a news portal': an outlet named by what it is, as 'a radio station'."""
    return t.lower_ in ("site", "portal", "service", "outlet") and any(x.lower_ == "news" for x in t.children)


def _outlet_by_its_name(c) -> str | None:
    """'the news site Seznam Zpravy', 'the radio station Europe 1': the outlet is its name, the
    words before it only say what it is."""
    if not (c.lower_ in _MEDIA_NOUNS or _news_site(c)):
        return None
    ap = next((x for x in c.children if x.dep_ == "appos" and x.pos_ == "PROPN"), None)
    return name_of(list(ap.subtree)) if ap is not None else None


def _given_to_outlet(noun) -> list[str]:
    """'said in a statement to NBC News', 'argued in a column in the newspaper Publico': a statement
    given to an outlet, or a piece printed in one, reaches the reader through it, as an interview
    with it does. Only an outlet: 'a statement to parliament' or 'to investors' was heard, not carried."""
    out = []
    for p in (x for x in noun.children if x.dep_ == "prep" and x.lower_ in ("to", "in")):
        if p.lower_ == "to" and noun.lower_ not in STATEMENT_NOUNS:
            continue                      # ("in an interview to X" is the interview's own rule above)
        for ob in (x for x in p.children if x.dep_ == "pobj" and not _when(x)):
            name = name_of(list(ob.subtree))
            hit = lookup(name) if name else None
            if name and (hit is not None and hit.kind in _OUTLETS or ob.lower_ in _MEDIA_NOUNS or _news_site(ob)):
                out.append(relay_name(name))
    return out


_CARRY = {"carry", "read", "broadcast", "publish", "air", "post", "relay", "televise", "run", "issue", "release"}


def _carried_by(noun) -> list[str]:
    """'in a statement read on state television', '... carried by the state news agency',
    '... published in Le Monde': the outlet that carried the statement relays it."""
    out = []
    for acl in (x for x in noun.children if x.dep_ == "acl" and x.lemma_.lower() in _CARRY):
        for p in acl.children:
            if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in ("on", "in", "by", "over")):
                for ob in (x for x in p.children if x.dep_ == "pobj"):
                    name = name_of(list(ob.subtree))
                    hit = lookup(name) if name else None
                    # a platform the speaker posts on ("posted on Telegram") carries nothing of its own
                    if name and (hit is not None and hit.kind in _OUTLETS or (p.dep_ == "agent" or p.lower_ == "in") and ob.pos_ == "PROPN"
                                 or ob.lower_ in _MEDIA_NOUNS
                                 or ob.lemma_.lower() in ("agency", "media", "outlet", "website")):
                        out.append(relay_name(_name_after(ob) or name))
    return out


def _name_after(ob) -> str | None:
    """'carried by the state news agency Azertac': the parser may leave the outlet's name outside the
    description it follows; the capitalised run right after the description noun is the outlet."""
    doc = ob.doc
    k = ob.right_edge.i + 1
    if ob.lower_ not in _MEDIA_NOUNS and ob.lemma_.lower() not in ("agency", "outlet", "website", "site") or k >= len(doc):
        return None
    e = k
    while e < len(doc) and (doc[e].pos_ == "PROPN" or doc[e].text[:1].isupper() and doc[e].pos_ != "PRON"
                            or doc[e].text == "-" and not doc[e - 1].whitespace_) and doc[e].ent_type_ not in ("DATE", "TIME"):
        e += 1
    if e == k or (e < len(doc) and doc[e].text not in (",", ".", ";", ")", "that", "on", "in")) and doc[e].pos_ != "VERB":
        return None
    return doc[ob.left_edge.i:e].text


# what a speaker writes to a few people, which reaches the public through the outlet that saw it
_PRIVATE_DOCS = {"memo", "letter", "email", "e-mail", "note", "filing", "document", "message", "presentation"}


def _seen_by_outlet(noun, v) -> list[str]:
    """'acknowledged in a memo to staff, seen by Bloomberg', 'wrote in a letter obtained by the
    Times': the outlet that saw the document relays what it says (as for 'a draft seen by X').
    The parser may hang the participle after a comma on the verb rather than on the document."""
    out = []
    parts = [x for x in noun.subtree if x.dep_ == "acl" and x.head.i >= noun.i] + \
        [x for x in v.children if x.dep_ == "advcl" and x.tag_ == "VBN" and x.i > noun.i]
    for acl in (x for x in parts if x.lemma_.lower() in SEEN_BY):
        for p in (x for x in acl.children if x.dep_ == "agent"):
            for ob in (x for x in p.children if x.dep_ == "pobj"):
                name = name_of(list(ob.subtree))
                hit = lookup(name) if name else None
                if name and (hit is not None and hit.kind in _OUTLETS or ob.pos_ == "PROPN" or ob.lower_ in _MEDIA_NOUNS) \
                        and not own_outlet(ob):      # "seen by this newspaper": the page itself relays nothing
                    out.append(relay_name(name))
    return out


_DESCRIBED_RELAY = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:newspaper|news agency|agency|broadcaster|daily|"
                             r"channel|tabloid|weekly|magazine|website|news site|site|portal|outlet|station|network)\s+(?=[A-Z])")


_DESCRIBING_TAIL = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?((?:[A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*){0,3})"
                              r"\s+(?:newspaper|news agency|agency|broadcaster|daily|channel|television channel|"
                              r"television|tv channel|tabloid|weekly|magazine|website|news website|radio|radio station)$")


# a people's adjective ("Portuguese", "South Korean", "Iraqi") is no outlet's name (the few in "-ch" are
# listed: "the Punch newspaper" is an outlet)
_DEMONYM = re.compile(r"^(?:(?:North|South|East|West|New|Saudi)\s+)?(?:[A-Z][a-z]+(?:ese|ian|ish|ean|ic)|French|Dutch|Czech|"
                      r"American|Mexican|Korean|German|African|Kenyan|Ugandan|Iraqi|Israeli|Saudi|Pakistani|Afghan|"
                      r"Thai|Swiss|Greek|Yemeni|Omani|Kuwaiti|Qatari|Emirati|Bangladeshi|Nepali|Somali|Malian|Chadian|"
                      r"Nigerian|Cuban|Chilean|Peruvian|Moroccan|Tibetan|Filipino|Arab|Kurdish|Basque|Catalan|"
                      r"Local|State|National|Regional|Official|Independent)$")


def _outlet_run(doc, c, name: str) -> tuple[str, set[int]] | None:
    """'told Myanmar Now that', 'told the Libya Observer': many outlets are named by a place and a word
    the parser hangs elsewhere ('Now' an adverb), so the one told is the whole capitalised run after the
    verb, not the country. A listed outlet's name is taken whatever follows; an unlisted run only where
    what is said starts after it ('that', a comma, a full stop), so that 'told AFP Israel had ...' keeps
    Israel in what is said. Returns the name and the tokens added to it."""
    e = c.right_edge.i
    k = e + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].text not in ("I", "That") \
            and doc[k].ent_type_ not in ("DATE", "TIME") and not doc[k].is_sent_start:
        k += 1
    if k == e + 1:
        return None
    first = c.left_edge.i + (doc[c.left_edge.i].lower_ == "the")
    whole = doc[first:k].text
    if exact(whole) is None and not (k < len(doc) and (doc[k].lower_ == "that" or doc[k].is_punct) and name
                                     and whole.endswith(doc[k - 1].text) and name in whole):
        return None
    return whole, set(range(e + 1, k))


def relay_name(name: str) -> str:
    """A relay's listed name when the lexicon lists this very outlet; the name as written when the
    listed name found inside it is another outlet's ("Financial Times" holds "Times")."""
    m = _DESCRIBED_RELAY.match(name)
    if m:
        name = name[m.end():]             # "the Portuguese newspaper Record" -> "Record"
    # "the Nikkei newspaper", "South Korea's Yonhap news agency": the outlet's own name
    m = _DESCRIBING_TAIL.match(name)
    if m and not _DEMONYM.match(m.group(1)):       # "the Portuguese news agency" names no outlet
        name = m.group(1)
    hit = lookup(name)
    if hit is None:
        return name
    if exact(name) is None:
        caps = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() and w.lower() != "the"]
        listed = fold(hit.name)
        if any(fold(w) not in listed.split() for w in caps):
            return name
    return hit.name


_RUMOUR_NOUNS = {"reports", "report", "rumours", "rumors", "rumour", "rumor", "speculation"}


def _hearsay(v) -> bool:
    """'X said to have ...' (a participle with 'to' and no auxiliary): said of X by nobody named."""
    doc = v.doc
    return (v.tag_ in ("VBN", "VBD") and v.lemma_.lower() in ("say", "report", "believe", "think", "rumour", "rumor")
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
            and v.i + 2 < len(doc) and doc[v.i + 1].lower_ == "to" and doc[v.i + 2].lower_ in ("have", "be", "been"))


_ADDING_ID = get_string_id("adding")


def _adding(node: _Node, c: Claim, base: int, text: str, sent_end: int) -> Claim | None:
    """'X said A, adding that B': B is a second statement by the same speaker (news writes "he
    added" for a new point), not part of A; A's claim ends before the participle."""
    v = node.verb
    # the parser hangs ", adding that" on the speech verb or inside what it says ("said 40 died, adding")
    add = next((x for x in v.doc[v.i + 1:sent_end] if x.lower_ == "adding" and x.doc[x.i - 1].text == ","
                and x.dep_ in ("advcl", "xcomp", "conj") and (x.head.i == v.i or x.head.i in node.content)), None)
    comp = [x for x in add.children if x.dep_ in ("ccomp", "parataxis")] if add is not None else []
    if not comp:
        return None
    doc = v.doc
    ids = sorted(t.i for t in comp[0].subtree if not t.is_space)
    while ids and (doc[ids[0]].lower_ == "that" and doc[ids[0]].dep_ == "mark" or doc[ids[0]].is_punct):
        ids.pop(0)
    while ids and doc[ids[-1]].is_punct:
        ids.pop()
    if not ids:
        return None
    cs, ce = base + doc[ids[0]].idx, base + doc[ids[-1]].idx + len(doc[ids[-1]].text)
    start = base + add.idx
    out = Claim(claimant=c.claimant, stance=_stance(add, set(ids)), start=start, end=ce, text=text[start:ce],
                via=list(c.via), claimant_kind=c.claimant_kind, alignment=c.alignment, canonical=c.canonical,
                description=c.description, content_start=cs, content_end=ce)
    k = add.i - 1 if add.i > 0 and doc[add.i - 1].text == "," else add.i
    cut = base + doc[k].idx
    if c.start < cut < c.end:
        c.end = cut
        c.text = text[c.start:c.end]
        if c.content_end is not None and c.content_end > cut:
            c.content_end = cut
    return out


# more bodies a closing 'it said' can be: makers and sellers, services, institutions
_MORE_BODIES = {"brewery", "maker", "carmaker", "automaker", "chipmaker", "drugmaker", "chain", "supermarket",
                "producer", "utility", "developer", "studio", "publisher", "lender", "institute", "foundation",
                "school", "association", "organisation", "organization", "church", "embassy", "mission", "navy",
                "corporation", "conglomerate", "giant", "startup", "start-up", "consortium", "exchange", "museum",
                "zoo", "theatre", "festival", "team", "squad", "service", "watchdog", "monitor", "office", "cabinet",
                "parliament", "assembly", "senate", "tribunal", "agency", "secretariat", "railway", "port", "airport"}


# claiming or owning up to an act is the actor's own statement ("claimed responsibility for the bombing")
_OWN_ACT = {"claim", "admit", "acknowledge", "accept", "deny", "confirm", "reject", "dispute"}


def _object_gap(v, toks) -> int | None:
    """'a figure police said was exaggerated', 'the toll officials said was too low': a relative
    clause with its object gapped (no 'that', no subject in what is said). The parser often reads the
    relative head and the speaker as one noun phrase ('figure police'); the speaker is the words
    after the head. Returns the head's index, or None where the clause said has a subject of its own."""
    comp = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
    if not comp or any(c.dep_.startswith(("nsubj", "csubj")) or c.dep_ == "expl" for c in comp[0].children):
        return None
    # the clause opens on its verb ("said was exaggerated", "said had been inflated")
    if comp[0].left_edge.i != v.i + 1 or v.doc[v.i + 1].pos_ not in ("AUX", "VERB"):
        return None
    # parsed right: the verb of saying is a relative clause on the common noun before its subject
    # ("a toll [the army said] was invented")
    if v.dep_ == "relcl" and v.head.pos_ == "NOUN" and v.head.is_lower and toks and v.head.i < toks[0].i:
        return v.head.i
    if len(toks) < 3:
        return None
    det, head = toks[0], toks[1]
    if det.dep_ != "det" or det.lower_ not in ("a", "an", "the", "this", "that") or head.pos_ != "NOUN" \
            or not head.is_lower or toks[2].pos_ not in ("NOUN", "PROPN", "DET"):
        return None
    return head.i


def _cut_gapped(nodes: dict, gaps: dict) -> None:
    """"The group said it had killed 23 people, a figure police said was exaggerated": the relative
    clause is police's comment, not part of what the group says (its stance neither)."""
    for g, head in gaps.items():
        if g not in nodes:
            continue
        doc = nodes[g].verb.doc
        lo = head - 1 if head > 0 and doc[head - 1].dep_ == "det" else head
        if lo > 0 and doc[lo - 1].text == ",":
            lo -= 1
        cut = set(range(lo, max(t.i for t in nodes[g].verb.subtree) + 1))
        for i, n in nodes.items():
            if i != g and n.content & cut and n.content - cut:
                n.content -= cut
                n.tokens -= cut
                n.stance = _stance(n.verb, n.content)


# "One of them, a grain seller who gave her name only as Tigist": the name she gave is the speaker
# (the codebook's convention); "who asked to be identified only as", "identified only by his first
# name, X" are the same act
_GIVEN = re.compile(r"\b(?:gave|give|gives|giving)\s+(?:his|her|their|only\s+(?:his|her|their))\s+(?:first\s+)?name"
                    r"(?:\s+only)?\s+as\s+|\bidentified\s+only\s+(?:as|by\s+(?:his|her)\s+first\s+name,?)\s+"
                    # "The cousin, a teacher named Karwan Aziz,": a person described and then named; the
                    # name speaks (a group "called X" is _self_named's)
                    r"|\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?!(?:group|faction|movement|militia|outfit|organi[sz]ation|"
                    r"network|brigade|coalition|alliance|cell|unit|front|company|firm|party|village|town)\s)"
                    r"[a-z]+\s+named\s+(?=[A-Z])")


def _given_name(toks) -> str | None:
    if not toks:
        return None
    doc = toks[0].doc
    span = doc[toks[0].i:toks[-1].i + 1]
    m = _GIVEN.search(span.text)
    if m is None:
        return None
    name = re.match(r"[A-ZÀ-Þ][\w'-]+(?:\s+[A-ZÀ-Þ][\w'-]+)?", span.text[m.end():])
    return name.group(0) if name else None


# "A group calling itself the Bui Warriors", "a faction that calls itself X", "a militia called X",
# "an outfit known as X": the speaker is the name the group goes by, the description stays apart
# (as "gave his name only as X" for a person)
_SELF_NAMED = re.compile(
    r"\b(?:calling|calls|called)\s+(?:itself|themselves)\s+|\b(?:group|faction|movement|militia|outfit|"
    r"organi[sz]ation|network|brigade|coalition|alliance|cell|unit|front)\s+(?:called|named|known\s+as)\s+")
_PROPER_RUN = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*)")


def _self_named(toks) -> str | None:
    if not toks:
        return None
    doc = toks[0].doc
    span = doc[toks[0].i:toks[-1].i + 1].text
    m = _SELF_NAMED.search(span)
    if m is None:
        return None
    name = _PROPER_RUN.match(span[m.end():])
    if name is None:
        return None
    words = name.group(1).split()
    while words and words[-1] in ("of", "for", "the", "and"):    # "the X of" cut at the speaker's end
        words.pop()
    return " ".join(words) or None


# owning up to an act or a fact with a noun ("claimed responsibility", "confirmed the deaths"); a
# dispute ("disputed the figure, saying ...") stays one statement, as the gold of every batch has it
_OWNING = {"claim", "admit", "acknowledge", "accept", "confirm"}


def _judging_head(v) -> bool:
    """A head after which ", saying Y" is a second statement: a judgement ("denied the reports",
    "blamed X for Z"), or an act owned or disputed with a noun for its object and no clause of its
    own ("claimed responsibility for the raid, saying Y", "confirmed the deaths, saying Y"): the
    noun is what the first statement owns, the participle's clause is what the speaker then says."""
    lemma = v.lemma_.lower()
    if lemma in _JUDGING_HEADS:
        return True
    return lemma in _OWNING and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in v.children) \
        and not any(c.dep_ in ("ccomp", "parataxis") for c in v.children)


def _noun_only_acts(nodes: dict) -> None:
    """'the pilot had reported a problem with the engine, an official said': a speech act told
    with only a noun for what was said is part of the statement around it, not a relayed one."""
    for i in [i for i, n in nodes.items() if n.parent is not None and not n.children and n.stance == "asserts"
              and n.verb.lower_ != "according" and n.verb.lemma_.lower() not in _OWN_ACT and not any(
                  c.dep_ in ("ccomp", "parataxis", "xcomp", "oprd") for c in n.verb.children)
              and any(c.dep_ == "dobj" and c.lemma_.lower() not in CLAIM_NOUNS | STATEMENT_NOUNS
                      for c in n.verb.children) and not any(
                  c.dep_ == "prep" and c.lower_ in ("as", "at") for c in n.verb.children)]:
        n = nodes.pop(i)
        n.parent.children.remove(n)


def _subject_before(node: _Node, pron: str) -> Claim | None:
    """'The company will cut 1,200 jobs, it said': a closing 'it' or 'they' with a body as the
    subject of what is said points to that body (a company, a ministry, a named organisation)."""
    if pron not in ("it", "they"):
        return None
    doc = node.verb.doc
    for i in sorted(node.content):
        t = doc[i]
        if i >= node.verb.i:
            break
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        plural = t.tag_ in ("NNS", "NNPS")
        body = t.lemma_.lower() in _BODY_NOUNS | _MORE_BODIES or (t.ent_type_ == "ORG" and t.pos_ == "PROPN")
        # "The club have sacked their manager, they said": a body is 'they' too in British usage
        if not body or plural and pron == "it":
            return None
        toks = [x for x in t.subtree if x.i < node.verb.i]
        name = name_of(toks)
        if not name or any(x.dep_ == "poss" and x.pos_ == "PRON" for x in toks):
            return None
        src = classify_speaker(name, toks)
        hit = lookup(name)
        return Claim(claimant=name, claimant_kind=src.kind, alignment=src.alignment,
                     canonical=hit.name if hit else None)
    return None


def _content_range(node: _Node) -> tuple[int, int] | None:
    """First and last token of what the statement says (for a denial, what it denies)."""
    if node.denied is not None:
        return node.denied
    doc = node.verb.doc
    ids = sorted(i for i in node.content if not doc[i].is_space)
    while ids and doc[ids[0]].is_punct and doc[ids[0]].text not in _QUOTES:
        ids.pop(0)
    while ids and doc[ids[-1]].is_punct:
        ids.pop()
    while ids and doc[ids[0]].dep_ == "mark" and doc[ids[0]].lower_ == "that":
        ids.pop(0)
    # 'the briefing had been "deeply troubling"': a quotation opened inside keeps its closing mark
    if ids and ids[-1] + 1 < len(doc) and doc[ids[-1] + 1].text in ('"', "”") and \
            sum(doc[i].text in ('"', "“", "”") for i in ids) % 2 == 1:
        ids.append(ids[-1] + 1)
    # a wire dateline ("BRUSSELS (Reuters) - ") is not what anyone says
    dash = next((k for k, i in enumerate(ids[:14]) if doc[i].text in ("-", "–", "—")), None)
    if dash is not None and doc[ids[0]].text.isupper() and any(doc[i].text == ")" for i in ids[:dash]):
        ids = ids[dash + 1:]
    return (ids[0], ids[-1]) if ids else None


_CITE_IDS = frozenset(map(get_string_id, ("citing", "cites", "cited", "quoting")))


def _cites(sent, speech_ids: set[int]) -> dict[int, list]:
    """Speech verb index -> the noun a 'citing' attached to it names. The parser hangs "citing X"
    on the speech verb, on its complement's verb, or on the sentence root; it belongs to the
    nearest speech verb above it, else to the only one."""
    out: dict[int, list] = {}
    doc = sent.doc
    lows = _doc_arrays(doc)[0]
    if _CITE_IDS.isdisjoint(lows[sent.start:sent.end]):
        return out
    for t in sent:
        if t.lower_ not in ("citing", "cites", "cited", "quoting") or t.i in speech_ids:
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text in _QUOTES:
            continue                     # 'citing "pressing matters at home"': a reason in quotation marks
        obj = [x for x in t.children if x.dep_ in ("dobj", "pobj")] if t.pos_ == "VERB" else []
        if not obj:
            # misparsed ("Citing/PROPN Reuters, the newspaper said"): the words up to the next comma
            j = t.i + 1
            while j < sent.end and doc[j].text not in (",", ";") and doc[j].lower_ != "that" and j - t.i <= 10:
                j += 1
            if j == t.i + 1:
                continue
            obj = [_Words(doc[t.i + 1:j])]
        head = obj[0] if not isinstance(obj[0], _Words) else obj[0].span[-1]
        # "citing a build-up of forces": a hyphenated noun is its whole word
        word = head.lemma_.lower()
        if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].dep_ == "compound":
            word = doc[head.i - 2].lower_ + "-" + word
        if word in _REASONS and not _is_source(head, list(obj[0].subtree)):
            continue                     # "citing price increases elsewhere": a reason, not a source
        owner = next((a.i for a in t.ancestors if a.i in speech_ids), None)
        if owner is None and speech_ids:
            owner = min(speech_ids, key=lambda i: abs(i - t.i))
        if owner is None:
            continue
        # the cited one is the nearest speech verb's source; but a speech verb inside the
        # complement after "citing" ("..., citing X, that Y said") still has its own speaker
        out.setdefault(owner, obj)
    return out


# what "citing" names when it gives a reason rather than a source ("citing rising costs")
_REASONS = {"increase", "rise", "fall", "drop", "cost", "price", "concern", "fear", "worry", "problem", "difficulty",
            "shortage", "delay", "need", "lack", "rule", "law", "risk", "threat", "change", "health", "safety",
            "security", "reason", "ground", "circumstance", "tradition", "policy", "pressure", "uncertainty",
            "disagreement", "failure", "loss", "weather", "condition", "inflation", "demand",
            # signs on the ground given as the reason for a view ("citing a build-up of troops")
            "build-up", "buildup", "evidence", "sign", "surge", "escalation", "violation", "movement", "presence",
            "progress", "improvement", "deterioration", "slowdown", "growth"}


class _Words:
    """A span standing in for a noun whose subtree the parser got wrong."""
    def __init__(self, span):
        self.span = span

    @property
    def subtree(self):
        return iter(self.span)


def _front(v) -> int:
    """First token of a speech clause: its verb or its subject, whichever comes first."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        loose = loose_subject(v)
        if loose:
            return min(loose[0].i, v.i)       # "..., observed Toyota": the clause starts at the verb
    # a quotation the parser hung on the subject's name is not part of the clause
    return min([v.i] + [after_quote(list(c.subtree))[0].i for c in subj])


def _after_aside(v, c) -> bool:
    """"..., a local official said, in one of the deadliest attacks since fighting flared two years
    ago": a clause the parser hangs on the verb after a comma and a preposition of its own belongs to
    that phrase (the writer's aside), not to what the speaker says; a clause said has a subject."""
    if any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
        return False
    return any(p.dep_ == "prep" and v.i < p.i < c.i and p.i > 0 and v.doc[p.i - 1].text == ","
               for p in v.children)


def _trails(v, sent) -> bool:
    """A speech clause closing a sentence after the words it speaks for ("..., AP reported",
    "'...,' said X, a doctor"): no complement of its own after it, set off by a comma or quote."""
    if v.lower_ == "according" or (v.dep_ in ("parataxis", "ccomp", "advcl") and v.head.i > v.i
                                   and not _semicolon_at(v.doc, v.i, v.head.i)):
        return False                     # a parenthetical speaks for what comes after it (not across a ';')
    low = v.lemma_.lower()
    # "..., observed Toyota.": the words after the verb are its speaker, not its object
    spoken_by = {t.i for t in inverted_speaker(v)}
    for c in v.children:
        if c.i in spoken_by:
            continue
        if c.i > v.i and c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") and not (
                c.lemma_.lower() == "cite" or c.dep_ == "xcomp" and c.tag_ == "VBG") and not _after_aside(v, c):
            return False
        if c.i > v.i and c.dep_ == "dobj" and low not in ("tell", "quote", "add"):
            return False
        if c.i > v.i and c.dep_ == "prep" and c.lower_ == "as" and low == "quote":
            return False
    front = _front(v)
    k = front - 1
    while k >= sent.start and v.doc[k].is_space:
        k -= 1
    if k < sent.start + 2 or v.doc[k].text not in TRAIL_BEFORE:
        return False
    words = [t for t in v.doc[sent.start:k] if not t.is_punct]
    return len(words) >= 2


def _run(ids: set[int], anchor: int) -> tuple[int, int]:
    """The contiguous stretch of `ids` around `anchor` (a dropped clause splits a span in two)."""
    if anchor not in ids:
        return min(ids), max(ids)
    lo = hi = anchor
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return lo, hi


def key(name: str) -> str:
    hit = lookup(name)
    return hit.name if hit else name.lower().strip(" ." + _QUOTES)


def dedupe(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        k = key(n)
        if n and k not in seen:
            seen.add(k)
            out.append(n)
    return out


__all__ = ["sentence_claims", "HEDGES", "dedupe", "key"]
