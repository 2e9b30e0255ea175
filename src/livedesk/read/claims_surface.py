"""Attribution by word order, for sentences the parse gave no speech act.

The small parser misreads reporting verbs it rarely saw in that role ("The ministry forecast
that ..." read as a noun, "An aide contended inflation had peaked" with 'contended' as an
adjective, ", estimated Marcus Adeyemi." with the name as an adverb). News sentences that
attribute keep a fixed order whatever the parse says:

- NP + reporting verb (+ "that" | a finite clause): "The ministry forecast that X."
- X + , + NP + reporting verb / X + , + reporting verb + NP at the end: "X, Unilever countered."
- noun cues: "In X's view, ...", "X's view / position / assessment is that ...".

Used only where sentence_claims found nothing, so it never overrides the parse.
"""
from __future__ import annotations

import re
from functools import lru_cache

from livedesk.model import Claim
from livedesk.read.claims_sources import lookup
from livedesk.read.claims_speaker import classify_speaker, owner_of_document, split_appos

_IRREGULAR = {"said": "say", "says": "say", "wrote": "write", "written": "write", "told": "tell", "tells": "tell",
              "forecast": "forecast", "forecasts": "forecast", "found": "find", "thought": "think",
              "knew": "know", "foresaw": "foresee", "swore": "swear", "sworn": "swear", "made": "make",
              "quipped": "quip", "quips": "quip"}
# nouns as often as verbs: never taken as a reporting verb by word order alone
_AMBIGUOUS = {"state", "report", "note", "charge", "answer", "signal", "post", "document", "brief", "project",
              "comment", "claim", "quote", "relay", "broadcast", "publish", "dispute", "estimate", "respond",
              "reply", "verify", "agree", "show", "find", "know", "hope", "fear", "doubt", "expect", "think",
              "suspect", "indicate", "believe", "suggest"}
# belief and evidence verbs: by word order only with "that" after them
_WITH_THAT = {"believe", "suggest", "think", "expect", "fear", "indicate", "show", "find", "estimate", "claim",
              "note", "report", "state", "know", "suspect", "doubt", "hope",
              # "thousands protested outside parliament against a bill": a protest is an act unless
              # what is protested is told ("protested that the cuts would ruin them")
              "protest", "complain"}
_DAY = re.compile(r"^(?:on \w+(?: \w+)?|last \w+|earlier this \w+|late on \w+|this \w+|today|yesterday|again|"
                  r"repeatedly|also|in a \w+(?: \w+)?|on \w+ (?:morning|evening|night|afternoon))$")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJ_STOP = {"VERB", "AUX", "SCONJ"}


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    from livedesk.read.claims_sentence import CONFIRM, SPEECH, WEAK_SPEECH
    from livedesk.read.claims_stance import DENY_VERBS
    out: dict[str, str] = {}
    for w in SPEECH | WEAK_SPEECH | CONFIRM | DENY_VERBS:
        if w in ("tell", "quote", "inform", "brief", "ask", "urge", "threaten", "vow", "pledge", "promise"):
            continue                      # these take a person or an infinitive first
        stem = w[:-1] if w.endswith("e") else w
        forms = {w + "s", w + "ed", stem + "ed", w + "es"}
        if w.endswith("y"):
            forms |= {w[:-1] + "ies", w[:-1] + "ied"}
        if re.search(r"[^aeiou][aeiou][lrt]$", w) and w not in ("counter", "recount", "comment", "answer"):
            forms.add(w + w[-1] + "ed")   # "signalled", "admitted", "regretted"
        for f in forms:
            out.setdefault(f, w)
    for f, w in _IRREGULAR.items():
        out[f] = w
    # the bare form after a plural subject the tagger read as a noun ("Activists in the north say ...")
    for w in ("say", "warn", "insist", "claim", "allege", "argue", "admit", "deny", "confirm", "believe", "fear",
              "predict", "add", "note", "show", "suggest", "indicate", "reveal"):
        out.setdefault(w, w)
    return out


@lru_cache(maxsize=1)
def _manner() -> frozenset[str]:
    from livedesk.read.claims_sentence import MANNER
    return frozenset(MANNER)


def _lemma(word: str) -> str | None:
    return _forms().get(word.lower())


def surface_claims(sent, base: int, text: str) -> list[Claim]:
    """Claims found by word order in a sentence the parse gave none (see the module docstring)."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text not in "\"”":
        toks = toks[:-1]
    if len(toks) < 5:
        return []
    return (_noun_cue(sent, base, text) or _colon_quote(sent, base, text) or _closing(toks, base, text)
            or _opening(toks, base, text) or _opening(_after_front(toks), base, text) or _belief_adj(sent, base, text))


# beliefs and knowledge told with an adjective ("traders are convinced that ...", "the regulator is
# aware that ..."): the subject holds the view the clause states
_BELIEF_ADJ = {"convinced", "confident", "certain", "sure", "adamant", "aware", "persuaded"}


def _belief_adj(sent, base, text) -> list[Claim]:
    for t in sent:
        if t.lower_ not in _BELIEF_ADJ or t.dep_ != "acomp" or t.head.lemma_ != "be":
            continue
        if any(c.dep_ == "neg" for c in t.head.children):
            continue                      # "is not convinced that": doubt, not a view held
        comp = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i]
        subj = [c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.i]
        if not comp or not subj:
            continue
        who = [x for x in subj[0].subtree if not x.is_punct and x.dep_ != "appos"]
        if not who or who[0].pos_ == "PRON" or not any(x.pos_ in ("PROPN", "NOUN") for x in who):
            continue
        content = [x for x in comp[0].subtree if not (x.dep_ == "mark" and x.head.i == comp[0].i)]
        return _claim(who, t, content, _stance_fn("say"), base, text)
    return []


def _after_front(toks) -> list:
    """'In its annual outlook, the group forecast that ...': the clause after a fronted phrase."""
    if not toks or toks[0].pos_ != "ADP":
        return []
    k = next((i for i, t in enumerate(toks[:12]) if t.text == ","), None)
    return toks[k + 1:] if k is not None and len(toks) - k > 6 else []


def _colon_quote(sent, base, text) -> list[Claim]:
    """'Karen Holt put it more simply: "The money has run out."': the subject of a clause that
    opens a quotation with a colon speaks it."""
    toks = list(sent)
    for k, t in enumerate(toks[:-2]):
        if t.text != ":" or toks[k + 1].text not in "\"“":
            continue
        subj = [x for x in toks[:k] if x.dep_ == "nsubj" and x.head.i < t.i]
        if not subj:
            return []
        root = subj[0].head
        who = [x for x in subj[0].subtree if not x.is_punct]
        if not who or who[0].pos_ == "PRON" or not any(x.pos_ in ("PROPN", "NOUN") for x in who):
            return []
        # the closing mark may fall into the next sentence ('... run out."' split before the '"')
        close = next((j for j in range(k + 2, len(toks)) if toks[j].text in "\"”"), None)
        if close is None:
            close = len(toks)
            while close > k + 2 and (toks[close - 1].is_punct or toks[close - 1].is_space):
                close -= 1
        if close - (k + 2) < 2:
            return []
        return _claim(who, root, toks[k + 2:close], _stance_fn("say"), base, text)
    return []


def _claim(name_toks, v, content, stance_of, base, text) -> list[Claim]:
    name_toks, desc = split_appos(owner_of_document(name_toks))
    while name_toks and name_toks[0].pos_ == "DET" or (name_toks and name_toks[0].lower_ in ("the", "a", "an")):
        name_toks = name_toks[1:]
    while content and (content[0].is_punct and content[0].text not in "\"“" or content[0].lower_ == "that"):
        content = content[1:]
    while content and content[-1].is_punct and content[-1].text not in "\"”":
        content = content[:-1]
    if not name_toks or not content or len(name_toks) > 9:
        return []
    doc = name_toks[0].doc
    name = doc[name_toks[0].i:name_toks[-1].i + 1].text
    if name.lower() in ("it", "this", "that", "there", "nobody", "he", "she", "they", "we", "i"):
        return []                         # a pronoun needs the history; the parse path owns it
    src = classify_speaker(name, name_toks)
    stance = stance_of(content)
    cs, ce = base + content[0].idx, base + content[-1].idx + len(content[-1].text)
    lo = min(name_toks[0].i, v.i, content[0].i)
    hi = max(name_toks[-1].i, v.i, content[-1].i)
    start, end = base + doc[lo].idx, base + doc[hi].idx + len(doc[hi].text)
    hit = lookup(name)
    return [Claim(claimant=name, stance=stance, start=start, end=end, text=text[start:end], description=desc,
                  claimant_kind=src.kind, alignment=src.alignment, canonical=hit.name if hit else None,
                  content_start=cs, content_end=ce)]


def _stance_fn(lemma: str):
    from livedesk.read.claims_sentence import CONFIRM, HEDGES
    from livedesk.read.claims_stance import DENY_VERBS

    def stance(content) -> str:
        if lemma in CONFIRM:
            return "confirms"
        if lemma in DENY_VERBS:
            return "denies"
        words = {t.lower_ for t in content}
        low = [t.lower_ for t in content]
        if words & HEDGES or {"either", "or"} <= words or any(
                a in ("may", "might", "could") and b == "have" for a, b in zip(low, low[1:])):
            return "uncertain"
        return "asserts"
    return stance


def _opening(toks, base, text) -> list[Claim]:
    """'The ministry forecast that X', 'An aide contended inflation had peaked'."""
    for k, t in enumerate(toks[1:10], 1):
        lemma = _lemma(t.lower_)
        if lemma is None:
            # ("Data compiled by Bloomberg show that": a participle inside the subject)
            if t.pos_ in _SUBJ_STOP and t.lower_ not in ("has", "have", "had") and not (
                    t.tag_ == "VBN" and t.dep_ == "acl" and any(c.dep_ == "agent" for c in t.children)):
                return []
            continue
        subj = toks[:k]
        while subj and subj[-1].lower_ in ("has", "have", "had", "also", "repeatedly"):
            subj = subj[:-1]
        if not subj or not any(x.pos_ in ("PROPN", "NOUN") for x in subj) or subj[0].pos_ in ("ADP", "SCONJ"):
            return []
        if any(x.text in "\"“”" for x in subj):
            return []
        rest = toks[k + 1:]
        relative = len(subj) >= 3 and subj[-1].lower_ in ("which", "who") and subj[-2].text == ","
        if relative:
            # "The port operator, which says X, has offered ...": the body named before the
            # relative pronoun speaks, and what it says ends where the main clause resumes
            subj = subj[:-2]
            end = next((i for i in range(1, len(rest) - 1) if rest[i].text == "," and rest[i + 1].tag_ in _FINITE), None)
            rest = rest[:end] if end else rest
        # skip "on Thursday", "last week" between the verb and what it says
        j = 0
        for n in range(5, 0, -1):
            if len(rest) > n and rest[n - 1].lower_ != "that" and _DAY.match(" ".join(x.lower_ for x in rest[:n])):
                j = n
                break
        body = rest[j:]
        if len(body) < 4:
            return []
        has_that = body[0].lower_ == "that"
        if (lemma in _WITH_THAT or lemma in _manner()) and not has_that:
            return []
        if lemma in _AMBIGUOUS and not has_that and t.tag_ not in ("VBD", "VBZ", "VBN"):
            return []
        if not has_that and not any(x.tag_ in _FINITE for x in body[1:]):
            return []
        return _claim(subj, t, body, _stance_fn(lemma), base, text)
    return []


def _closing(toks, base, text) -> list[Claim]:
    """'X, Unilever countered.' / 'X, estimated Marcus Adeyemi, an analyst.'"""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    for c in commas:
        tail = toks[c + 1:]
        if not 2 <= len(tail) <= 14 or c < 4:
            continue
        # verb first ("..., recalled Laura Whitfield")
        lemma = _lemma(tail[0].lower_)
        if lemma is not None and tail[0].tag_ != "VBG":
            who = tail[1:]
            if who and (who[0].pos_ in ("PROPN", "DET", "NOUN", "NUM", "ADJ")) and not any(
                    x.tag_ in _FINITE and x.pos_ in ("VERB", "AUX") for x in who):
                return _claim(who, tail[0], toks[:c], _stance_fn(lemma), base, text)
        # name first ("..., Unilever countered", "..., the Met Office complained on Tuesday")
        for k, t in enumerate(tail[1:8], 1):
            lemma = _lemma(t.lower_)
            if lemma is None:
                continue
            after = " ".join(x.lower_ for x in tail[k + 1:])
            if after and not _DAY.match(after):
                break
            who = tail[:k]
            if any(x.pos_ in ("VERB", "AUX") or x.tag_ in _FINITE for x in who) or not any(
                    x.pos_ in ("PROPN", "NOUN") for x in who):
                break
            return _claim(who, t, toks[:c], _stance_fn(lemma), base, text)
    return []


_VIEW_IN = re.compile(r"^(?:In|in) (?P<who>(?:his|her|its|their)(?= )|[^,]{2,70}?(?=['’]))(?:['’]s?)? (?:view|opinion|assessment|"
                      r"estimation|judge?ment|words|analysis|reading)s?, (?P<c>.{8,})$")
_VIEW_IS = re.compile(r"^(?P<who>[^,]{2,70}?)['’]s? (?:view|position|belief|argument|contention|assessment|"
                      r"conclusion|understanding|stance|line|case|finding|message|verdict|claim)s? (?:is|was|has been|"
                      r"remains|remained) that (?P<c>.{8,})$")


# "In the view of the island states, ...", "In the eyes of the court, ...": the noun cue with "of"
_VIEW_OF = re.compile(r"^(?:In|in) the (?:view|opinion|eyes|estimation|assessment|judge?ment|words|reading) of "
                      r"(?P<who>[^,]{2,70}?), (?P<c>.{8,})$")
# "For the ministry, the strike was a provocation": a perspective put before a judgement, with no
# speech verb. Only an institution or a role that speaks (not "For years", "For the engineers, the
# silence lasted seven minutes", which tells what they lived through) and only a clause that
# judges: a copula or a verb of meaning ("the cost reflects ...", "the case turned on ...").
_FOR_WHO = re.compile(r"^For (?P<who>(?:the |its |their |his |her |[A-Z])[^,]{1,60}?), (?P<c>.{8,})$")
_JUDGING = {"be", "reflect", "turn", "mean", "mark", "represent", "amount", "remain", "prove", "signal", "show"}
_NOT_WHO = {"time", "moment", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade",
            "decades", "while", "record", "most", "part", "reason", "example", "instance", "first", "second",
            "now", "once", "sake", "purpose", "purposes", "rest", "people", "many", "some", "others"}


def _speaking_head(toks) -> bool:
    from livedesk.read.claims_sentence import _BODY_NOUNS, _PERSON_ROLE_WORDS
    head = toks[-1]
    if any(t.lower_ in _NOT_WHO or t.like_num for t in toks):
        return False
    if head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT", "PRODUCT", "WORK_OF_ART"):
        return False                      # "For Kenya, the deal is worth ...": who gains, not who says
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PERSON", "NORP"):
        return True
    lem = head.lemma_.lower()
    return lem in _BODY_NOUNS or lem in _PERSON_ROLE_WORDS or lem in _GROUP_SPEAKERS


_GROUP_SPEAKERS = {"organiser", "organizer", "critic", "supporter", "opposition", "campaigner", "landlord",
                   "tenant", "drugmaker", "carmaker", "state", "union", "prosecution", "defence", "defense",
                   "administration", "cabinet", "palace", "kremlin", "pentagon", "rebel", "junta", "regime"}


def _perspective(sent, base, text, s) -> list[Claim]:
    m = _FOR_WHO.match(s)
    if not m:
        return []
    off = base + sent.start_char
    who = [t for t in sent if off + m.start("who") <= base + t.idx < off + m.end("who")]
    content = [t for t in sent if off + m.start("c") <= base + t.idx < off + m.end("c")]
    if not who or not content or not _speaking_head(who):
        return []
    verb = next((t for t in content if t.tag_ in _FINITE), None)
    if verb is None or verb.lemma_.lower() not in _JUDGING:
        return []
    return _claim(who, sent.doc[who[-1].i], content, _stance_fn("say"), base, text)


def _noun_cue(sent, base, text) -> list[Claim]:
    s = text[base + sent.start_char:base + sent.end_char].rstrip()
    s = s[:-1] if s.endswith(".") else s
    m = _VIEW_IN.match(s) or _VIEW_IS.match(s) or _VIEW_OF.match(s)
    if not m:
        return _perspective(sent, base, text, s)
    doc = sent.doc
    off = base + sent.start_char
    ws, we = off + m.start("who"), off + m.end("who")
    name_toks = [t for t in sent if ws <= base + t.idx < we]
    content = [t for t in sent if base + t.idx >= off + m.start("c") and base + t.idx < off + m.end("c")]
    if not name_toks or not content:
        return []
    v = doc[name_toks[-1].i]
    return _claim(name_toks, v, content, _stance_fn("say"), base, text)


__all__ = ["surface_claims"]
