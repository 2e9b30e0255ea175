"""Stance words: how news writes a denial, and which words a denial denies.

A denial is rarely the verb "deny". It is said of the reports ("said reports that X were
untrue", "called the claims baseless", "there was no truth to", "dismissed ... as propaganda"),
of the event ("the strike did not happen", "never took place"), or by a denial verb (deny,
refute, reject, rebuff, debunk, dismiss). Each denial keeps the span it denies, so fusion can
attach it to the event it denies even when the denying report tells no event of its own.
"""
from __future__ import annotations

# verbs whose object is what is denied
DENY_VERBS = {"deny", "dismiss", "reject", "refute", "rebuff", "debunk", "repudiate", "disavow", "dispute",
              "contradict"}
# words that, said of a report, claim or event, make the statement a denial
FALSE_WORDS = {"untrue", "false", "baseless", "unfounded", "fabricated", "groundless", "lie", "lies",
               "propaganda", "fake", "nonsense", "fabrication", "fabrications", "fiction", "incorrect",
               "inaccurate", "misleading", "disinformation", "hoax", "bogus", "fictitious", "invented",
               "unsubstantiated", "rumours", "rumors", "slander", "absurd", "ridiculous", "misinformation",
               "speculation", "rubbish", "fantasy", "smear", "exaggerated", "overblown", "erroneous", "unfair",
               "unjustified", "defamatory", "libellous", "garbage", "nonsensical", "fanciful", "fake-news"}
# nouns that stand for what someone else said
CLAIM_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "account", "accounts",
               "rumour", "rumours", "rumor", "rumors", "news", "story", "stories", "video", "videos", "footage",
               "statement", "statements", "assertion", "assertions", "suggestion", "suggestions", "images",
               "photos", "post", "posts", "accusation", "accusations"}
# "the strike did not happen", "never took place"
HAPPEN = {"happen", "occur", "take"}
# verbs that call something false when their complement is a FALSE_WORD ("called the report false")
CALLING = {"call", "brand", "describe", "label", "term", "characterise", "characterize", "dub"}
# acts whose existence a statement can deny outright: "there was no attack on X", "no strike took
# place" (not "there were no casualties": the act is granted, only its harm denied)
ACT_NOUNS = {"attack", "strike", "airstrike", "air", "raid", "bombing", "bombardment", "shelling", "fighting",
             "clash", "clashes", "battle", "assault", "offensive", "incursion", "infiltration", "ambush",
             "explosion", "blast", "shooting", "massacre", "killing", "killings", "abduction", "kidnapping",
             "capture", "takeover", "withdrawal", "breach", "violation", "violations", "incident", "hit",
             "strikes", "attacks", "raids", "bombings", "explosions", "blasts", "shootings", "incidents",
             "protest", "protests", "demonstration", "demonstrations", "crackdown", "arrests"}


def _no_act(t) -> bool:
    """'there was no attack', 'there has been no fighting', 'no strike took place': the act itself is
    said not to exist."""
    if t.lower_ not in ACT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return False
    head = t.head
    if t.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" and any(
            c.dep_ == "expl" and c.lower_ == "there" for c in head.children):
        return True
    return t.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in ("happen", "occur") or (
        head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in head.children)))


# Verbs of an act on a thing: "no tank was hit", "no aircraft was shot down" says the act on it
# did not happen. Not injury or damage verbs: "no soldiers were hurt", "no homes were damaged"
# grant the attack and count what it did not do.
_ACT_ON_THING = {"hit", "strike", "destroy", "down", "target"}


def _no_thing_acted_on(t) -> bool:
    """'no tank' of 'no tank was hit', 'no aircraft' of 'no aircraft was shot down'."""
    if t.dep_ != "nsubjpass" or not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return False
    verb = t.head.lemma_.lower()
    return verb in _ACT_ON_THING or (verb == "shoot" and any(c.lower_ == "down" for c in t.head.children))


def _nothing_hit(t, toks) -> bool:
    """'no tank was hit', 'no aircraft was shot down' as the content's own main clause: the act
    on the thing is said not to have happened ("missiles hit the city; no homes were damaged"
    grants the strike: there the clause is not the main one)."""
    if not _no_thing_acted_on(t):
        return False
    head = t.head
    ids = {x.i for x in toks}
    return head.i in ids and head.dep_ != "conj" and (head.head.i not in ids or head.head.i == head.i)


# words of judgement that deny only what was SAID ("the accusations were unfair", "called the figures
# exaggerated"); of a law, a plan or a price they are a judgement the speaker asserts ("the law is unfair",
# "the pay offer was unjustified")
_JUDGING_WORDS = {"unfair", "unjustified", "absurd", "ridiculous", "exaggerated", "overblown"}
_SAID_THINGS = CLAIM_NOUNS | {"criticism", "criticisms", "charge", "charges", "figure", "figures", "comment",
                               "comments", "remark", "remarks", "number", "numbers", "estimate", "estimates",
                               "toll", "count", "tally", "characterisation", "characterization", "portrayal",
                               "description", "version", "narrative", "verdict", "finding", "findings",
                               "conclusion", "conclusions", "accusation", "idea", "notion", "suggestion",
                               "it", "this", "that", "these", "those", "they"}


def _judged_thing(t) -> bool:
    """'the law is unfair', 'called the plan ridiculous': a word of judgement said of a thing that is no
    one's words (a law, a plan, an offer) judges it; it denies nothing."""
    if t.lower_ not in _JUDGING_WORDS:
        return False
    if t.dep_ in ("acomp", "attr"):
        subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif t.dep_ in ("oprd", "xcomp"):
        subj = [c for c in t.head.children if c.dep_ == "dobj"]
    elif t.dep_ == "amod":
        subj = [t.head]
    else:
        subj = []
    return bool(subj) and subj[0].lower_ not in _SAID_THINGS and subj[0].lemma_.lower() not in _SAID_THINGS \
        and subj[0].pos_ in ("NOUN", "PROPN")


def false_word(t) -> bool:
    return t.lower_ in FALSE_WORDS or (t.lower_ == "true" and any(
        c.dep_ == "neg" for c in list(t.head.children) + list(t.children)))


def denial_in(toks) -> object | None:
    """The token that makes the content a denial, or None.

    'reports that X were untrue' (a false word on a copula or as a complement), 'no truth to',
    'there is no basis for', 'X did not happen' / 'never took place'."""
    for t in toks:
        low = t.lower_
        if low in ("truth", "basis") and any(c.lower_ == "no" for c in t.children):
            return t
        if _no_act(t) or _nothing_hit(t, toks):
            return t
        # "claims of a crisis were simply wrong": wrong said of what others said (not "went wrong")
        if low == "wrong" and t.dep_ in ("acomp", "attr") and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in CLAIM_NOUNS or c.lemma_.lower() in CLAIM_NOUNS
                                                       or c.lower_ in ("figure", "figures", "report"))
                for c in t.head.children):
            return t
        # "were without merit", "is without foundation"
        if low in ("merit", "foundation", "basis", "substance") and t.head.lower_ == "without":
            return t
        if t.lemma_.lower() in HAPPEN and (any(c.dep_ == "neg" for c in t.children)
                                           or any(c.lower_ == "never" for c in t.children)):
            if t.lemma_.lower() != "take" or any(c.lower_ == "place" for c in t.children):
                return t
        if false_word(t) and not _judged_thing(t) and (t.dep_ in ("acomp", "attr", "oprd", "ccomp", "xcomp", "dobj", "ROOT", "conj", "pobj") or (
                t.dep_ == "amod" and t.head.dep_ in ("attr", "oprd", "acomp", "dobj"))):   # "were fake news"
            negated = any(c.dep_ == "neg" for c in t.head.children) and low != "true"
            if not negated:
                return t
    return None


def denied_span(v, trigger, content: set[int]) -> tuple[int, int] | None:
    """Token range (inclusive) of what a denial denies."""
    doc = v.doc

    def inner(n):
        """'reports that X' / 'claims of X' -> X; otherwise n's own subtree."""
        for c in n.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > n.i:
                toks = [x for x in c.subtree if not (x.dep_ == "mark" and x.head.i == c.i)]
                return toks[0].i, toks[-1].i
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "that") and c.i > n.i:
                toks = [x for x in c.subtree if x.i != c.i]
                if toks:
                    return toks[0].i, toks[-1].i
        toks = list(n.subtree)
        return (toks[0].i, toks[-1].i) if toks else None

    def trim(span):
        """A false word the parser hung inside the denied words ('reports of X false') stays out."""
        if span is None:
            return None
        a, b = span
        while b > a and (false_word(doc[b]) or doc[b].is_punct or doc[b].lower_ in ("as", "a", "an", "completely")):
            b -= 1
        return a, b

    if trigger is None:                    # a denial verb: its object or clause
        for c in v.children:
            if c.dep_ == "ccomp":
                # "denied that X, saying Y": Y is the denier's own account, not what it denies
                said = {y.i for x in c.subtree if x.tag_ == "VBG" and x.dep_ in ("advcl", "xcomp", "conj")
                        and x.i > c.i and doc[x.i - 1].text == "," for y in x.subtree}
                toks = [x for x in c.subtree if not (x.dep_ == "mark" and x.head.i == c.i) and x.i not in said]
                while len(toks) > 1 and toks[-1].is_punct:
                    toks.pop()
                return toks[0].i, toks[-1].i
        for c in v.children:
            if c.dep_ == "dobj" and c.lower_ in ("doubt", "water") and c.i - v.i <= 2:
                # "cast doubt on reports that X", "poured cold water on claims of X": what it is cast on
                for p in (x for x in c.children if x.dep_ == "prep" and x.lower_ in ("on", "over", "upon")):
                    pob = [x for x in p.children if x.dep_ == "pobj"]
                    if pob:
                        if pob[0].lower_ in CLAIM_NOUNS or pob[0].lemma_.lower() in CLAIM_NOUNS:
                            return trim(inner(pob[0]))
                        return pob[0].left_edge.i, pob[0].right_edge.i
                continue
            if c.dep_ in ("dobj", "nsubjpass"):
                if c.lower_ in CLAIM_NOUNS or c.lemma_.lower() in CLAIM_NOUNS:
                    return trim(inner(c))
                return c.left_edge.i, c.right_edge.i
        for c in v.children:               # "pushed back on reports that X": the claim noun's X
            if c.dep_ == "prep" and c.i > v.i:
                pob = [x for x in c.children if x.dep_ == "pobj"]
                if pob and (pob[0].lower_ in CLAIM_NOUNS or pob[0].lemma_.lower() in CLAIM_NOUNS):
                    return trim(inner(pob[0]))
        return None
    # 'there was no attack on X': the act named, without its 'no'
    if _no_act(trigger):
        toks = [x for x in trigger.subtree if not (x.dep_ == "det" and x.head.i == trigger.i)]
        return toks[0].i, toks[-1].i
    # 'no tank was hit near Metula': the clause, without its 'no'
    if _no_thing_acted_on(trigger):
        toks = [x for x in trigger.head.subtree if not (x.dep_ == "det" and x.head.i == trigger.i)
                and not x.is_punct]
        return toks[0].i, toks[-1].i
    # 'X did not happen': the subject of happen
    if trigger.lemma_.lower() in HAPPEN:
        subj = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (subj[0].left_edge.i, subj[0].right_edge.i) if subj else None
    # the claim noun nearest the false word: its subject, its object or the noun of 'no truth to'
    cands = [doc[i] for i in sorted(content) if doc[i].lower_ in CLAIM_NOUNS or doc[i].lemma_.lower() in CLAIM_NOUNS]
    if cands:
        return trim(inner(cands[0]))
    head = trigger.head
    # "it was not true that X": the expletive's clause is what is denied
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        for c in head.children:
            if c.dep_ in ("ccomp", "csubj") and c.i > trigger.i:
                toks = [x for x in c.subtree if not (x.dep_ == "mark" and x.head.i == c.i)]
                return toks[0].i, toks[-1].i
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != trigger.i]
    if subj:
        return subj[0].left_edge.i, subj[0].right_edge.i
    return None


__all__ = ["DENY_VERBS", "FALSE_WORDS", "CLAIM_NOUNS", "CALLING", "ACT_NOUNS", "denial_in", "denied_span", "false_word"]


# A side telling of its own dead or lost craft in the first person ("we lost three fighters", "two
# of our soldiers fell", "our comrades were martyred", "our helicopter was shot down"): the party in
# a position to know owns up to its loss, a confirmation, not one more claim. Its boasts ("we killed
# 20 militants") and "none of our men" are not.
_OURS = (r"(?:fighters?|soldiers?|comrades?|guerrillas?|men|troops|officers?|members|martyrs?|brothers|"
         r"mujahideen|servicem[ae]n|personnel|policem[ae]n|pilots?|crew|sailors?|marines?|commanders?|cadres|"
         r"volunteers|defenders|heroes|sons)")
_CRAFT = r"(?:tanks?|helicopters?|jets?|warplanes?|planes?|aircraft|drones?|ships?|vessels?|vehicles?|positions?|posts?)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+number|several|some|dozens|many)"
OWN_LOSS = __import__("re").compile(
    r"\bwe\s+(?:have\s+|had\s+)?lost\s+(?:(?:a|an|the|" + _NUM + r")\s+)?(?:of\s+our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + _OURS + "|" + _CRAFT + r")\b"
    r"|\b(?:" + _NUM + r"\s+of\s+)?our\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?" + _OURS +
    r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:killed|martyred|wounded|injured|lost|captured)"
    r"|(?:fell|died|perished|were\s+martyred)|(?:fell|died)\s+as\s+martyrs?)\b"
    r"|\b(?:lost|losing|mourn(?:s|ed)?|buried|burying)\s+(?:" + _NUM + r"\s+)?(?:of\s+)?our\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _OURS + r"\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units?|army|side|ranks|brigade|battalion|regiment)\s+"
    r"(?:have\s+|had\s+|has\s+)?lost\s+(?:(?:a|an|" + _NUM + r")\s+)?(?:of\s+(?:their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + _OURS + "|" + _CRAFT + r")\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?" + _CRAFT + r"\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:shot\s+down|downed|destroyed|hit|lost|sunk)\b", __import__("re").I)
_NOT_LOST = __import__("re").compile(r"\b(?:none\s+of\s+our|no\s+(?:losses|casualties)|did\s+not\s+lose|"
                                     r"didn't\s+lose|without\s+(?:losing|loss)|not\s+a\s+single)\b", __import__("re").I)
# who owns up for a side: its officials, its armed group, its media; not a monitor, a wire, a
# witness or a source nobody names
_NEUTRAL_KINDS = {"monitor", "wire agency", "newspaper/broadcaster", "local witness", "unnamed",
                  "open-source investigators"}


# a body's own channel, whatever kind its words gave it ("the brigade's press service")
_CHANNEL = __import__("re").compile(r"\b(?:press|media|information)\s+(?:service|office|centre|center|wing|department|cell)\b",
                                    __import__("re").I)


def own_loss(content: str, kind: str | None, name: str = "") -> bool:
    """Whether a statement is a side admitting its own loss in the first person (see OWN_LOSS)."""
    if kind in _NEUTRAL_KINDS and not _CHANNEL.search(name or ""):
        return False
    return bool(OWN_LOSS.search(content or "")) and not _NOT_LOST.search(content or "")
