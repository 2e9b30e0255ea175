"""The reading pipeline: one parsed report in, a Reading (frames + claims) out.

Stages, in order, each named so that a failure says where it happened:
  claims  -> livedesk.read.claims.attribute (who says what)
  places  -> livedesk.geo.find_places (toponyms of the whole report)
  events  -> per sentence: typing (classify), actors, dates, fatalities, weapons
  locate  -> livedesk.geo.locate per frame
  order   -> merge neighbouring sentences about one event; most salient first
A failing claims/places/locate stage leaves its part empty and names itself in Reading.error;
the frames that could be read are kept.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from livedesk import geo
from livedesk.geo.relative import home_country
from livedesk.model import ACLED_TYPES, EventFrame, Fatalities, Reading, Report
from livedesk.read import actors as actors_mod
from livedesk.read.actors import NON_STATE_TYPES, STATE_TYPES
from livedesk.read import casualties, classify, dates, dates_scan, weapons
from livedesk.read import claims as claims_mod
from livedesk.read import nlp as nlp_mod

log = logging.getLogger(__name__)

VICTIM_TYPES = {"civilians", "protesters"}
STALE_DAYS = 45
DATELINE = re.compile(r"\s*[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\w ]{1,20})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]+\s+")          # an event dated this long before the report is background to it


class StageError(Exception):
    def __init__(self, stage: str, exc: Exception):
        self.stage = stage
        super().__init__(f"stage '{stage}' failed: {type(exc).__name__}: {exc}")


@dataclass
class _Draft:
    frame: EventFrame
    score: float
    sent_index: int
    paragraph: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    ahead: int | None = None    # how far on a frame naming only a country may look for its town
    first_index: int = -1       # the sentence a merged frame starts in (sent_index is its last)

    def __post_init__(self):
        if self.first_index < 0:
            self.first_index = self.sent_index


def _paragraph_ids(doc: Doc, sents: list[Span], text: str | None = None) -> list[int]:
    """Paragraph number of each sentence (a new paragraph after every line break); text is
    doc.text when the caller has it (Doc.text rebuilds it from every token)."""
    ids, p = [], 0
    prev_end = 0
    text = doc.text if text is None else text
    for s in sents:
        if "\n" in text[prev_end:s.start_char]:
            p += 1
        ids.append(p)
        prev_end = s.end_char
        if "\n" in text[s.start_char:s.end_char]:
            p += 1
    return ids


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def summary(sent_text: str, limit: int = 200) -> str:
    s = _clean(sent_text)
    return s if len(s) <= limit else s[:limit - 1].rsplit(" ", 1)[0] + "…"


def _ents(doc: Doc, label: str) -> list[Span]:
    # Span.ents walks the whole document each time: collect a label's entities once per doc.
    key = "livedesk_ents_" + label
    if key not in doc.user_data:
        doc.user_data[key] = [e for e in nlp_mod.ents(doc) if e.label_ == label]
    return doc.user_data[key]


def _date_for(sent: Span, cand: classify.Candidate, anchor: date | None, text: str) -> dates.DateRange | None:
    # `text` is the report's text: Doc.text would rebuild it from every token on each call.
    # A background event takes the dates of its own clause; a main event any of its sentence.
    bg_at = sent.start_char + cand.start - 40 if cand.background else None
    found = dates_scan.find(text, sent.start_char, sent.end_char, anchor, _ents(sent.doc, "DATE"))
    return dates_scan.pick(found, bg_at, anchor)


def _territory_type(cand: classify.Candidate, sent: Span, country: str | None) -> str:
    # Only an actor the parse names as the doer decides; "for the government forces" does not. State
    # forces that retake a place together with allied fighters ("Somali forces and clan militias
    # took back ...", "the army and VDP volunteers drove militants out") regain it: the codebook's
    # type is government forces or their affiliates regaining control, so a state doer joined to
    # the nearest one as the same subject decides.
    doers = actors_mod.agents(sent, country, sent.start_char + cand.start)
    t1 = actors_mod.actor_type(doers[0]) if doers else None
    if t1 in STATE_TYPES or any(actors_mod.actor_type(d) in STATE_TYPES for d in doers[1:]):
        return classify.REGAIN
    if t1 in NON_STATE_TYPES:
        return classify.OVERTAKE
    return classify.REGAIN if cand.regain else classify.OVERTAKE


def _frame(sent: Span, cand: classify.Candidate, anchor: date | None, country: str | None, text: str,
           sent_text: str, places: list[dict] | None = None,
           told_before: dates.DateRange | None = None) -> tuple[EventFrame, bool]:
    """The frame of one candidate event in one sentence, and whether the sentence gave no date.
    `told_before` is the day the paragraph's narration stands at (_paragraph_day): a main event
    its own sentence does not date happened then, not on the report's day."""
    dr = _date_for(sent, cand, anchor, text)
    undated = dr is None
    if dr is None and told_before is not None and not cand.background:
        dr = told_before
    on = dr.start if dr else anchor
    # the event's country is where its own sentence's places lie, else the report's
    country = actors_mod.event_country(sent.doc, places, sent.start_char, sent.end_char) or country
    a1, a2 = actors_mod.who_did_what(sent, country, sent.start_char + cand.start, on=on, kind=cand.type)
    t = cand.type
    if t == classify.TERRITORY:
        t = _territory_type(cand, sent, country)
    t2 = actors_mod.actor_type(a2)
    if t == "Armed clash" and t2 in VICTIM_TYPES and not re.search(r"clash|battle|fight|fought|exchang\w* (?:of )?fire",
                                                                     sent_text, re.I):
        t = "Attack"
    elif t == "Attack" and t2 in (STATE_TYPES | NON_STATE_TYPES) and actors_mod.actor_type(a1) not in VICTIM_TYPES:
        t = "Armed clash"
    elif t == "Attack" and actors_mod.actor_type(a1) in STATE_TYPES and t2 in (None, "civilians") \
            and _AT_PROTEST.search(sent_text):
        # the codebook: state forces that kill or fire on people at a demonstration use excessive
        # force against protesters, whatever the text calls the people (Attack is for civilians
        # who were not demonstrating)
        t = "Excessive force against protesters"
        a1, a2 = actors_mod.who_did_what(sent, country, sent.start_char + cand.start, on=on, kind=t)
    if t not in ACLED_TYPES:
        t = "Other"
    background = cand.background
    if dr is None:
        dr = None if background else dates.default_range(anchor)
    elif anchor and dr.end < anchor - timedelta(days=STALE_DAYS):
        background = True
    fat = casualties.extract(sent_text)
    if fat.best is not None and actors_mod.actor_type(a2) in VICTIM_TYPES:
        fat.side = a2
    ws = weapons.weapons_in(sent)
    # A dateline ("BEIRUT (AP) –") says where the reporter files from, not where it happened.
    start = sent.start_char
    m = DATELINE.match(sent_text)
    if m:
        start += m.end()
    return EventFrame(
        sub_event_type=t, summary=summary(sent_text), actor1=a1, actor2=a2,
        date_start=dr.start.isoformat() if dr else None, date_end=dr.end.isoformat() if dr else None,
        date_precision=dr.precision if dr else None, fatalities=fat, weapons=ws,
        confidence=round(cand.confidence - (0.2 if background else 0.0), 2),
        start=start, end=sent.end_char, background=background), undated


_COUNT_HINT = re.compile(r"kill|dead|death|died|wound|injur|toll|casualt|lives|slain|hurt|bodies|massacr|execut|"
                         r"(?:supreme|ultimate) (?:price|sacrifice)", re.I)


def _events(doc: Doc, report: Report, places: list[dict] | None = None,
            claims: list | None = None) -> list[_Draft]:
    # a dateline ("KABUL, May 5 (Reuters) -") dates the report: relative words count from it
    anchor = dates_scan.dateline(report.text, report.anchor)[1] or report.anchor
    country = actors_mod.event_country(doc, places)
    sents = list(doc.sents)
    text = report.text
    paras = _paragraph_ids(doc, sents, text)
    # Sentence texts sliced from the report (Span.text rebuilds them token by token).
    stexts = [text[s.start_char:s.end_char] for s in sents]
    heads = _headlines(paras, stexts)
    drafts: list[_Draft] = []
    loose: list[tuple[int, Fatalities]] = []
    # Every sentence long enough to tell an event is typed in one batch (the model's encoder
    # costs far less per sentence in a batch than one by one).
    typed = [i for i, st in enumerate(stexts) if len(st.strip()) >= 12]
    ctxs = [" ".join(stexts[j] for j in range(max(0, i - 1), min(len(sents), i + 2)) if paras[j] == paras[i])
            for i in typed]
    by_sent = dict(zip(typed, classify.classify_all([stexts[i] for i in typed], ctxs)))
    for i, sent in enumerate(sents):
        st = stexts[i]
        if i not in by_sent:
            continue
        cands = by_sent[i]
        before = _paragraph_day(i, sents, paras, heads, anchor, text) if cands else None
        for cand in cands:
            f, undated = _frame(sent, cand, anchor, country, text, st, places, before)
            if undated and paras[i] in heads and not f.background:
                _date_from_update(f, i, sents, paras, heads, anchor, text)
            drafts.append(_Draft(f, cand.score, i, paras[i], [(sent.start_char, sent.end_char)]))
        if not cands and _COUNT_HINT.search(st):
            fat = casualties.extract(st)
            if fat.best is not None or fat.injured is not None:
                loose.append((i, fat))
    # A sentence with figures but no event of its own ("14 fighters were killed in the north")
    # completes the nearest event of its paragraph, the one before it first.
    for i, fat in loose:
        near = [d for d in drafts if d.paragraph == paras[i] and not d.frame.background and abs(d.sent_index - i) <= 3]
        if near:
            d = min(near, key=lambda d: (abs(d.sent_index - i), d.sent_index > i))
            d.frame.fatalities = casualties.merge(d.frame.fatalities, fat)
            # its words are the event's too: whose dead they are ("Regrettably, three gallant
            # soldiers paid the supreme price") is read from the frame's text by fusion (every
            # frame of that sentence: one sentence may give an act two readings)
            for e in near:
                if e.sent_index == d.sent_index < i:
                    e.frame.end = max(e.frame.end, sents[i].end_char)
                    e.spans.append((sents[i].start_char, sents[i].end_char))
    drafts = _tolls(drafts, sents)
    drafts = _protest_ends(drafts, sents)
    drafts = _merge(drafts, sents)
    drafts = _denied(sents, stexts, paras, claims or [], drafts, anchor, country, text, places)
    if not drafts:
        drafts = _witnessed(sents, stexts, paras, anchor, country, text, places) \
            or _updated_toll(sents, stexts, paras, anchor, country, text, places) \
            or _own_denial(sents, stexts, paras, anchor, country, text, places)
    ends = [s.end_char for s in sents]
    for d in drafts:
        d.ahead = _ahead_end(d.sent_index, paras, ends, heads)
    return drafts


# "denied that X", "rejected reports of X", "called claims that X a fabrication": what follows is
# the denied content, when attribution gave none of its own.
_DENIED = re.compile(r"\b(?:den(?:y|ies|ied)|rejec?t(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed)?|dispute[sd]?|"
                     r"acknowledg(?:e|es|ed)|admit(?:s|ted)?|confirm(?:s|ed)?)\b"
                     r"(?:\s+\w+){0,4}?\s+(?:that|reports?\s+(?:that|of)|claims?\s+(?:that|of)|allegations?\s+"
                     r"(?:that|of))\s+|\b(?:den(?:y|ies|ied)|acknowledg(?:e|es|ed)|admit(?:s|ted)?)\s+(?=\w+ing\b)", re.I)
# what a claim's content may be that names no act of its own ("called the reports a fabrication")
_NO_ACT = re.compile(r"^\W*(?:the|these|those|such|its|their|his|her|moscow's|\w+'s)?\s*(?:reports?|claims?|"
                     r"statements?|allegations?|accounts?|accusations?|footage|video|story|stories)\W*$", re.I)
_TOLD = ("denies", "confirms")
# a report that tells nothing but what someone says happened, has not confirmed, or reportedly
# happened (vocabulary.md stances) is about that event
_SAID = ("asserts", "unconfirmed", "uncertain")
# words that name an act of political violence or its marks (a claim, a witness account or a
# retraction about one); a claim without any ("the new hospital will open") tells no event
_ACT = re.compile(r"\b(?:attack\w*|strikes?|struck|bomb\w*|shell\w*|explosi\w+|explod\w+|blasts?|gunfire|"
                  r"shots?|shooting|fir(?:ing|ed) on|fighting|fought|clash\w*|battle\w*|ambush\w*|raid\w*|"
                  r"assault\w*|offensive|operation|killed|killings?|dead|died|bodies|wounded|injured|toll|"
                  r"crater|rubble|charred|burn(?:ed|t|ing)|destroyed|damaged|drones?|air ?strikes?|missiles?|"
                  r"rockets?|grenade\w*|mortar\w*|armou?red|troops|gunmen)\b", re.I)
# a claim's content that is an intention, not an act: "(pledged) to send tanks", "(said) it would
# retaliate", "(vowed) they will retake the town"
_INTENT = re.compile(r"^\W*(?:to\s|(?:\S+\s+){0,4}?(?:will|would|shall|plans?\s+to|intends?\s+to|"
                     r"(?:is|are|was|were)\s+(?:set|going|about|ready|prepared)\s+to)\b)", re.I)       # stances that are about an event another report tells
# A claim the typer reads no act in is taken as an event only when it tells an act of war done:
# a word of war and a verb of the act done ("army jets struck a market", "an explosive device
# damaged the canal"), or a claim of responsibility. "Police said a man shot his neighbour" and
# "officials said the fire killed 46" are crime and disaster news, "North Korea supplied artillery
# shells" and "the minister blamed the attack on terrorists" tell no act done: the typer's no event
# or background is right there. A non-confirmation ("has not confirmed any fighting") needs only
# an act word: what is not confirmed is an act.
_WAR = re.compile(r"\b(?:air ?strikes?|airstrikes?|drones?|(?:fighter )?jets|warplanes?|aircraft|shell(?:ed|ing)|"
                  r"missiles?|rockets?|mortars?|artillery|ambush\w*|offensive|military|troops|soldiers|army|"
                  r"militants?|insurgents?|rebels?|fighters|jihadists?|armed groups?|militias?|paramilitar\w+|"
                  r"convoy|explosive device|roadside bomb|IED|front ?line)\b", re.I)
_DONE = re.compile(r"\b(?:struck|hit|attacked|bombed|shelled|ambushed|stormed|raided|killed|wounded|damaged|"
                   r"destroyed|exploded|detonated|burned|burnt|caught fire|opened fire|fired on|fought|clashed|"
                   r"seized|captured|overran|downed|shot down)\b", re.I)
_RESPONSIBILITY = re.compile(r"\bclaimed (?:responsibility for )?(?:the|an|a|its) (?:\w+ ){0,2}?"
                             r"(?:attack|ambush|bombing|assault|raid|strike)\b", re.I)


# A claim made after the act it is about ("claimed last week's bombing", "said it was behind the
# attack earlier this month", or any claim the typer read as background with such a time): the act was
# news when it happened, and ACLED codes it from the reports of that day; the later claim is background
# to it. Relative past only: "on Sunday" may be today's news.
_EARLIER = re.compile(r"\b(?:last|previous|past)\s+(?:week|month|year|weekend)|"
                      r"\b(?:earlier|late|early)\s+(?:this|last|in the)\s+(?:week|month|year)\b|"
                      r"\bthe\s+(?:day|week|month|night)\s+before\b|\bthe\s+previous\s+(?:day|week|month|night)\b|"
                      r"\b(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+(?:ago|earlier)\b", re.I)
_OWNS = re.compile(r"\bclaim(?:s|ed|ing)\b|\b(?:was|were|is|are)\s+behind\b", re.I)
# how sure the typer must be of a claim's content alone, when it read the whole sentence as no
# event and the sentence has no word of war (a robbery "police said" happened reads weakly as one)
CLAIM_PROB = 0.5


def _war_act(sentence: str, stance: str) -> bool:
    if stance == "unconfirmed":
        return bool(_ACT.search(sentence)) and bool(_WAR.search(sentence) or re.search(
            r"\b(?:attack|fighting|operation|strike|bombing|clash(?:es)?|toll)\b", sentence, re.I))
    return bool(_RESPONSIBILITY.search(sentence) or (_WAR.search(sentence) and _DONE.search(sentence)))


def _denied(sents: list[Span], stexts: list[str], paras: list[int], claims: list, drafts: list[_Draft],
            anchor: date | None, country: str | None, text: str,
            places: list[dict] | None = None) -> list[_Draft]:
    """The events that claims tell where the reading typed no event of its own there. A report that
    only denies ("the ministry denied that its aircraft struck the market in al-Mayadin") or only
    confirms ("Moscow acknowledged losing a jet near Kreminna") must still reach the event it is
    about, so fusion can set the denial or confirmation beside the claim; and a report whose every
    sentence the typer missed ("The UN said eleven of its trucks were emptied by armed men near
    Deir al-Balah") still tells what its claimant says happened.

    The claim's content is typed by the event classifier as any sentence is (its "background"
    verdict is ignored: the content is the news here), else the words after the denying verb, else
    the sentence; a denial or confirmation none of these types still makes a frame, typed "Other"
    (what it denies is told by the reports fusion matches it with: its place, date and words).
    Placed and dated from its sentence; a background frame the sentence gave is replaced by it.
    Returns the drafts with these added."""
    out: list[_Draft] = []
    told_any = any(not d.frame.background for d in drafts)
    for c in claims:
        if c.stance not in _TOLD and (told_any or c.stance not in _SAID):
            continue
        if any(d.frame.start < c.end and c.start < d.frame.end and not d.frame.background for d in drafts + out):
            continue
        i = next((k for k, sent in enumerate(sents) if sent.start_char <= c.start < sent.end_char), None)
        if i is None:
            continue
        if c.stance in _SAID and _EARLIER.search(stexts[i]) and (_OWNS.search(stexts[i]) or any(
                d.frame.background and d.sent_index == i for d in drafts)):
            continue      # a claim of, or about, an earlier act the typer read as no new event here
        # what attribution says is said or denied (Claim.content_start/end, offsets in the report's text)
        cs, ce = getattr(c, "content_start", None), getattr(c, "content_end", None)
        content = text[cs:ce] if cs is not None and ce is not None and ce > cs else ""
        if c.stance == "asserts" and _INTENT.match(content):
            continue      # what a side pledges, plans or threatens to do has not happened
        if c.stance == "asserts" and content and not any(
                t.pos_ in ("VERB", "AUX") for t in sents[i] if cs <= t.idx < ce):
            content = ""  # a blame's "the opposition for the unrest" tells no act of its own: the sentence is typed
        tries = [content] if content and not _NO_ACT.match(content) else []
        m = _DENIED.search(stexts[i])
        if m:
            tries.append(stexts[i][m.end():])
        tries.append(stexts[i])
        cand = None
        for t in dict.fromkeys(x for x in tries if x.strip()):
            cands = classify.classify(t, t)
            if cands:
                cand = max(cands, key=lambda x: x.score)
                content = t
                break
        if cand is not None and c.stance in _SAID and cand.probability < CLAIM_PROB \
                and not any(d.sent_index == i for d in drafts) and not _WAR.search(stexts[i]):
            continue      # the sentence read whole is no event, its content only weakly one, and no word of war
        if cand is None:
            # a claim the typer reads no act in is still the report's news when the report tells
            # nothing else and its sentence names an act ("the army has not confirmed any operation
            # around X", "the group claimed the attack on a convoy"): untyped, as a denial is
            if c.stance not in _TOLD and not _war_act(stexts[i], c.stance):
                continue
            content = tries[0]
            cand = classify.Candidate(type="Other", score=1.0, start=0, end=0, probability=0.2)
        cand = dataclasses.replace(cand, background=False, start=max(0, stexts[i].find(content[:30])))
        f, _ = _frame(sents[i], cand, anchor, country, text, stexts[i], places)
        f.confidence = round(min(f.confidence, 0.5), 2)     # the event is only named to be denied
        f.denied = c.stance == "denies"
        out.append(_Draft(f, cand.score, i, paras[i], [(sents[i].start_char, sents[i].end_char)]))
        drafts = [d for d in drafts if not (d.frame.background and d.frame.start < c.end and c.start < d.frame.end)]
    return drafts + out


# an account at first hand: the outlet's own staff, or people on the spot, saw, heard or handled
# the act's marks ("our reporters heard bursts of gunfire", "an AP journalist saw bodies pulled from
# a house", "our teams brought thirteen bodies out of the forest")
_WITNESS = re.compile(r"\b(?:reporters?|journalists?|correspondents?|photographers?|cameram[ae]n|crews?|"
                      r"teams|volunteers|villagers|residents|neighbou?rs|witness(?:es)?)\b"
                      r"[^.;:]{0,80}?\b(?:saw|seen|see|heard|hear|counted|witnessed|filmed|photographed|"
                      r"brought|carried|pulled|recovered|took)\b", re.I)


# a side's notice of its own member's death ("The Islamic Resistance mourned the martyr X, one of
# its fighters", "the brigade paid tribute to two of its gunners"): the member was killed, so the
# notice tells that an act happened, whatever its type
_MOURNS = re.compile(r"\b(?:mourn(?:s|ed|ing)?|eulogi[sz](?:es|ed)|paid\s+(?:tribute|homage)\s+to|"
                     r"announced\s+the\s+(?:death|martyrdom|killing)\s+of)\b", re.I)
_OWN_MEMBER = re.compile(r"\b(?:the\s+martyrs?\b|(?:its|their|our)\s+(?:own\s+)?(?:fighters?|members?|commanders?|"
                         r"soldiers?|officers?|men|cadres?|leaders?|gunners?|comrades?|mujahid(?:een|in)?)\b)", re.I)


def _witnessed(sents: list[Span], stexts: list[str], paras: list[int], anchor: date | None,
               country: str | None, text: str, places: list[dict] | None = None) -> list[_Draft]:
    """A report the typer reads no event in at all, whose sentence is a first-hand account of an
    act's marks (a witness cue and an act word in one sentence), or a side's notice of its own
    member's death, still tells that act: the outlet
    or the witnesses are its source. It is untyped ("Other"), as a denial the typer cannot type is:
    the typer's best act type for a sentence it reads as no event is a poor guess, and fusion
    matches an untyped frame by place, date and words. Its confidence is low (0.4)."""
    for i, st in enumerate(stexts):
        if (_WITNESS.search(st) and _ACT.search(st)) or (_MOURNS.search(st) and _OWN_MEMBER.search(st)):
            cand = classify.Candidate(type="Other", score=2.8, start=0, end=0, probability=0.2)
            f, _ = _frame(sents[i], cand, anchor, country, text, st, places)
            f.confidence = round(min(f.confidence, 0.4), 2)
            # one account, one event: the first sentence that gives it
            return [_Draft(f, cand.score, i, paras[i], [(sents[i].start_char, sents[i].end_char)])]
    return []


# A follow-up that tells only a toll's rise names the act it counts: "the death toll from Monday's attack
# on the military base in X has risen to seven", "the number of people killed in Sunday's bombing of the
# market has climbed to 14". The act must be one of political violence (not "the toll of road accidents").
_TOLL_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:\w+\s+)?(?:killed|dead))\s+(?:from|of|in)\s+"
                          r"(?P<act>[^.;:]{3,120}?)\s+(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|reached|"
                          r"jumped|increased|grown|grew)\b", re.I)
_TOLL_ACT = re.compile(r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|(?:air|drone|missile)?\s*strikes?|airstrikes?|"
                       r"bombings?|blasts?|explosions?|shelling|clash(?:es)?|fighting|massacres?|shootings?|"
                       r"killings?|suicide\s+bombing|gun\s*fights?|gun\s+battles?|fire\s*fights?|shoot-?outs?|"
                       r"exchanges?\s+of\s+fire)\b", re.I)


def _updated_toll(sents: list[Span], stexts: list[str], paras: list[int], anchor: date | None,
                  country: str | None, text: str, places: list[dict] | None = None) -> list[_Draft]:
    """A report the typer reads no event in, whose sentence only says that the toll of a named act has
    risen ("The death toll from Wednesday's attack on the base in X has risen to nine, the chairman
    said"), still tells that act: its place, its day and its new count, so fusion can set the update
    beside the act's other reports and keep the claimant's figure. It is untyped ("Other"), as an
    eyewitness account or a mourning notice is: the sentence names the act by a noun ("attack",
    "bombing"), which says too little for the typer, and fusion matches an untyped frame by place,
    date and words. Its confidence is low (0.4)."""
    for i, st in enumerate(stexts):
        m = _TOLL_UPDATE.search(st)
        if not m or not _TOLL_ACT.search(m.group("act")):
            continue
        cand = classify.Candidate(type="Other", score=2.8, start=0, end=0, probability=0.2)
        f, _ = _frame(sents[i], cand, anchor, country, text, st, places)
        if f.fatalities.best is None:
            continue            # a rise the reader cannot count is no update
        f.confidence = round(min(f.confidence, 0.4), 2)
        return [_Draft(f, cand.score, i, paras[i], [(sents[i].start_char, sents[i].end_char)])]
    return []


# the act a side's own denial is about: a word of war or its marks, or the side's forces targeting
_DENIED_ACT = re.compile(r"\btarget(?:ed|ing|s)?\b|\b(?:our|its|their)\s+(?:forces|units|troops)\b", re.I)


def _own_denial(sents: list[Span], stexts: list[str], paras: list[int], anchor: date | None,
                country: str | None, text: str, places: list[dict] | None = None) -> list[_Draft]:
    """A report the typer reads no event in and attribution gives no claim in, whose sentence denies in
    the speaker's own voice ("No air operation was conducted in the X area", "The allegations ... that
    our forces targeted a market in X are fabricated", "No base was attacked"), still tells the act it
    denies: a side's statement that only denies names no act of its own, and without a frame fusion
    never sets the denial beside the claim (docs/statuses.md: a denial attaches to the event it
    denies). The frame is typed by the event classifier on the sentence, else untyped ("Other"),
    placed and dated from it, marked denied, confidence <= 0.5; fusion reads the outlet's own voice as
    denying by the same words (fuse.outcomes.DENIAL). One frame: the first such sentence."""
    from livedesk.fuse.outcomes import DENIAL
    for i, st in enumerate(stexts):
        if not DENIAL.search(st) or not (_ACT.search(st) or _WAR.search(st) or _DENIED_ACT.search(st)):
            continue
        cands = classify.classify(st, st)
        cand = max(cands, key=lambda x: x.score) if cands else classify.Candidate(
            type="Other", score=1.0, start=0, end=0, probability=0.2)
        cand = dataclasses.replace(cand, background=False, start=0)
        f, _ = _frame(sents[i], cand, anchor, country, text, st, places)
        f.confidence = round(min(f.confidence, 0.5), 2)
        f.denied = True
        return [_Draft(f, cand.score, i, paras[i], [(sents[i].start_char, sents[i].end_char)])]
    return []


_AHEAD_SENTS = 2
_HEADLINE_CHARS = 150
_UPDATE_SENTS = 3


def _headlines(paras: list[int], stexts: list[str]) -> set[int]:
    """Paragraphs that are headlines: short, with no closing stop, and followed by a paragraph
    (the update they head). A one-paragraph text (a snippet, a wire story) has none."""
    texts: dict[int, str] = {}
    for p, t in zip(paras, stexts):
        texts[p] = texts.get(p, "") + " " + t
    last = paras[-1] if paras else -1
    return {p for p, t in texts.items() if p != last and len(t.strip()) <= _HEADLINE_CHARS
            and not t.rstrip().endswith((".", "!", "?", ":", ";", ",", "\"", "”", "’"))}


def _ahead_end(i: int, paras: list[int], ends: list[int], heads: set[int]) -> int:
    """The end of the text a frame of sentence i may take its town from when it names only a
    country: the next sentences of its paragraph, or of the next one when sentence i is in a
    headline (the update below it tells where)."""
    last, n = i, 0
    j = i + 1
    nxt = next((p for p in paras[i + 1:] if p != paras[i]), None) if paras[i] in heads else None
    while j < len(paras) and n < _AHEAD_SENTS and paras[j] in (paras[i], nxt):
        last, n, j = j, n + 1, j + 1
    return ends[last]


def _paragraph_day(i: int, sents: list[Span], paras: list[int], heads: set[int], anchor: date | None,
                   text: str) -> dates.DateRange | None:
    """The day an earlier sentence of the paragraph set its narration at: "On 12 May, gunmen
    attacked X. Three soldiers died.", "25 February 2022. Gunmen kill six farmers." A narration
    keeps its day until a sentence gives another, so the nearest earlier sentence with a date
    decides: the date it would be dated by carries on when written out (not counted from the
    report, not a statement's, not a period's start, not long past); any other ("last year",
    "on Monday", "said on 3 May") stops the search.
    Headline paragraphs are dated by their updates (_date_from_update)."""
    if paras[i] in heads:
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        if paras[j] != paras[i]:
            return None
        found = dates_scan.find(text, sents[j].start_char, sents[j].end_char, anchor, _ents(sents[j].doc, "DATE"))
        if not any(not f.since for f in found):
            continue        # "since 2019" opens a period of background; the narration's day is older
        ok = [f for f in found if f.explicit and not f.said and not f.since and f.range.precision <= dates.PREC_DAYS
              and not (anchor and f.range.end < anchor - timedelta(days=STALE_DAYS))]
        r = dates_scan.pick(found, None, anchor)
        return r if any(f.range == r for f in ok) else None
    return None


def _date_from_update(f: EventFrame, i: int, sents: list[Span], paras: list[int], heads: set[int],
                      anchor: date | None, text: str) -> None:
    """A headline names no date: its event has the date of the update it heads (the first date
    the update's opening sentences give), else no date. The page's own date is not the event's:
    a live page carries updates written over days."""
    f.date_start = f.date_end = f.date_precision = None
    j, seen = i + 1, 0
    while j < len(sents) and seen < _UPDATE_SENTS and (paras[j] == paras[i] or paras[j] not in heads):
        if paras[j] != paras[i]:
            seen += 1
            found = dates_scan.find(text, sents[j].start_char, sents[j].end_char, anchor, _ents(sents[j].doc, "DATE"))
            r = dates_scan.pick(found, None, anchor)
            if r:
                f.date_start, f.date_end, f.date_precision = r.start.isoformat(), r.end.isoformat(), r.precision
                return
        j += 1


# What a sentence that only counts the dead does ("5 killed, including 2 children", "The toll
# rose to 12", "Two of the wounded later died"): it tells no act of its own.
_TOLL_VERBS = {"kill", "die", "wound", "injure", "be", "include", "rise", "reach", "climb", "leave",
               "report", "confirm", "succumb", "hurt", "bring", "stand", "count", "remain",
               # "the toll is expected to rise", "is feared to climb"
               "expect", "fear",
               # "600 affected", "dozens displaced": who else the event touched is part of its count
               "affect", "displace"}


# "according to the army" names whose count it is, as "the army said" does
_TOLL_SOURCES = {"say", "tell", "add", "state", "accord"}


def _toll_only(sent: Span, f: EventFrame) -> bool:
    if f.background or (f.fatalities.best is None and f.fatalities.injured is None):
        return False
    # a modal or tense auxiliary ("could rise", "has risen") tells no act of its own
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    # "Eight killed, the Taliban said", "Officials said 24 civilians died": whose count it is
    # tells no act either
    said = [t for t in verbs if t.lemma_.lower() in _TOLL_SOURCES]
    if not all(t.lemma_.lower() in _TOLL_VERBS for t in verbs if t not in said) or len(said) == len(verbs):
        return False
    # nobody and nothing in it does anything: "gunmen killed seven" and "an air strike killed
    # seven" are acts, "seven killed" and "four people were killed" counts
    ms = actors_mod.mentions(sent)
    if any(m.role == 1 and m.actor.type not in actors_mod.VICTIM_TYPES for m in ms):
        return False
    victims = {i for m in ms if m.actor.type in actors_mod.VICTIM_TYPES for i in range(m.span.start, m.span.end)}
    for t in sent:
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("kill", "wound", "injure", "hurt") \
                and t.i not in victims and not t.like_num and t.lower_ not in casualties.VAGUE \
                and not any(c.dep_ == "nummod" for c in t.children):
            return False
    return True


def _tolls(drafts: list[_Draft], sents: list[Span]) -> list[_Draft]:
    """A sentence that only gives the toll of the event told just before it ("A drone struck a
    market in X. 5 killed, including 2 children.") is that event's toll, not an event of its own:
    news and coders follow the act with its count. Its figures go to the event before it in its
    paragraph (at most two sentences back); without one it stays a frame."""
    out: list[_Draft] = []
    for d in drafts:
        prev = next((p for p in reversed(out) if p.paragraph == d.paragraph and not p.frame.background
                     and 0 < d.sent_index - p.sent_index <= 2), None)
        if prev is not None and _toll_only(sents[d.sent_index], d.frame):
            p, f = prev.frame, d.frame
            p.fatalities = casualties.merge(p.fatalities, f.fatalities)
            p.end = max(p.end, f.end)
            prev.spans.append((f.start, f.end))
            prev.sent_index = d.sent_index
            continue
        out.append(d)
    return out


# people told as demonstrating when force hit them
_AT_PROTEST = re.compile(r"\b(?:protest(?:ing|ers)|demonstrat(?:ing|ors)|march(?:ing|ers)|"
                         r"(?:during|at|on|into) (?:an? |the )?(?:[\w-]+ ){0,2}(?:protests?|demonstrations?|rall(?:y|ies)|"
                         r"(?-i:marche?s?)|sit-?ins?))\b", re.I)
_PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                  "Violent demonstration"}
# what a sentence that only tells how a demonstration ended does: it ended, broke up, dispersed, the
# crowd went home or left, the road reopened; "be" for "the square was quiet"
_END_VERBS = {"end", "disperse", "break", "go", "leave", "finish", "wind", "conclude", "lift", "return",
              "be", "remain", "reopen", "resume", "pack", "withdraw", "call", "head", "drift", "melt"}
_END_WORD = re.compile(r"\b(?:end|ended|ends|dispers\w*|broke up|break up|went (?:home|back)|left|finished|"
                       r"wound up|concluded|called off|lifted|packed up|withdrew|melted away|drifted away|quiet|calm)\b", re.I)


def _protest_ends(drafts: list[_Draft], sents: list[Span]) -> list[_Draft]:
    """A sentence that only tells how a demonstration ended ("The crowd dispersed peacefully.",
    "Most marchers went home by midnight.") is that demonstration, not another one: ACLED codes a
    demonstration once, by the most severe thing that happened at it, so a peaceful end after tear
    gas stays the intervention. It joins the protest frame before it in its paragraph (at most
    two sentences back); without one it stays a frame."""
    out: list[_Draft] = []
    for d in drafts:
        f = d.frame
        prev = next((p for p in reversed(out) if p.paragraph == d.paragraph and not p.frame.background
                     and p.frame.sub_event_type in _PROTEST_TYPES
                     and 0 < d.sent_index - p.sent_index <= 2), None)
        sent = sents[d.sent_index]
        verbs = [t for t in sent if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))]
        if prev is not None and f.sub_event_type == "Peaceful protest" and not f.background \
                and _END_WORD.search(sent.text) \
                and all(t.lemma_.lower() in _END_VERBS for t in verbs if t.dep_ in ("ROOT", "conj")):
            p = prev.frame
            p.end = max(p.end, f.end)
            prev.spans.append((f.start, f.end))
            prev.sent_index = d.sent_index
            continue
        out.append(d)
    return out


# a sentence that opens on one of these tells another event, not the outcome of the one before
_SEPARATE = re.compile(r"\W*(?:elsewhere|separately|meanwhile|also|earlier|later|in (?:a|another) separate|"
                       r"in another|on (?:the same|another) day|the (?:next|following|previous) day|"
                       r"(?:the )?(?:same|next|previous) (?:day|night|week))\b", re.I)


def _merge(drafts: list[_Draft], sents: list[Span] | None = None) -> list[_Draft]:
    """Neighbouring sentences of one paragraph telling one type of event are one frame."""
    out: list[_Draft] = []
    for d in drafts:
        # the frame before it in the report, passing over background frames (the context itself)
        prev = next((p for p in reversed(out) if not p.frame.background or d.frame.background), None)
        # a sentence that names no doer and follows one frameless sentence of background still
        # tells the act before it ("X attacked a base. The base had been set up last year. The
        # attack was repelled, with 15 killed"): long notes put context between act and outcome
        # nor does one whose doer is a side of the act before ("X attacked a base. <context>.
        # Troops held the position, with four killed": the side attacked tells the outcome)
        unnamed = d.frame.actor1 is None or d.frame.actor1.startswith("Unidentified Armed Group")
        sides = (prev.frame.actor1, prev.frame.actor2) if prev else ()
        gap = 2 if unnamed or d.frame.actor1 in sides else 1
        # an outcome that names no doer and nobody new ("Fighting went on through the night and an
        # unknown number died", "Two civilians were killed") tells the act before it, whatever type
        # its own words were given: the note's event is the act, with its doer
        # (a background frame between them is passed over)
        act = next((p for p in reversed(out) if not p.frame.background), None)
        outcome = act is not None and d.frame.actor1 is None and d.frame.actor2 in (None, act.frame.actor2) \
            and act.frame.actor1 is not None and not d.frame.background \
            and sents is not None and not _SEPARATE.match(sents[d.sent_index].text)
        if outcome and act.paragraph == d.paragraph and d.sent_index - act.sent_index <= 2:
            prev = act
        if prev and prev.paragraph == d.paragraph and d.sent_index - prev.sent_index <= gap \
                and (prev.frame.sub_event_type == d.frame.sub_event_type or outcome) \
                and prev.frame.background == d.frame.background:
            p, f = prev.frame, d.frame
            if p.sub_event_type != f.sub_event_type and d.score > prev.score:
                p.sub_event_type = f.sub_event_type     # an outcome the typer is surer of names the act's kind
            p.end = max(p.end, f.end)
            p.actor1 = p.actor1 or f.actor1
            p.actor2 = p.actor2 or f.actor2
            p.fatalities = casualties.merge(p.fatalities, f.fatalities)
            p.weapons += [w for w in f.weapons if w not in p.weapons]
            if (f.date_precision or 9) < (p.date_precision or 9):
                p.date_start, p.date_end, p.date_precision = f.date_start, f.date_end, f.date_precision
            p.confidence = max(p.confidence, f.confidence)
            prev.score = max(prev.score, d.score) + 0.25
            prev.sent_index = d.sent_index
            prev.spans.append((f.start, f.end))
            continue
        out.append(d)
    return out


# Words of coder shorthand and outcome lines that tell no act: "Unknown casualties.", "No
# fighting.", "Fatalities: 0.", "[size=no report]".
def _tells_act(sent: Span) -> bool:
    """Whether a sentence tells something done: a verb of its own that is not a count ("killed",
    "died", "affected"), not whose count it is ("according to", "said") and not negated. A
    bracketed coder tag ("[women targeted: girls]") tells none."""
    t = sent.text.strip()
    if t.startswith("[") and t.endswith("]"):
        return False
    for w in sent:
        if w.pos_ != "VERB" or w.dep_ in ("aux", "auxpass", "amod") or any(c.dep_ == "neg" for c in w.children):
            continue
        lemma = w.lemma_.lower()
        if lemma not in _TOLL_VERBS and lemma not in _TOLL_SOURCES:
            return True
        # a count verb with its doer is an act: "gunmen killed seven", "were shot dead by soldiers"
        if lemma in ("kill", "wound", "injure", "hurt") and any(
                (c.dep_ == "nsubj" and not c.like_num and c.lower_ not in casualties.VAGUE
                 and not any(g.dep_ == "nummod" for g in c.children)) or c.dep_ == "agent"
                for c in w.children):
            return True
    return False


def _after_act(drafts: list[_Draft], sents: list[Span]) -> set[int]:
    """Drafts (by id) that follow an act told earlier in their paragraph and tell none of their
    own: a toll, an outcome or a tag after the act ("X shelled Y. 1 child killed and 600
    affected.", "... exchanged fire with armed men. 12 assailants killed according to the army.").
    The act is the event (a coder note's first act is its event; ACLED codes the act and gives
    its toll as fatalities), so such a frame ranks below it however many dead it counts."""
    memo: dict[int, bool] = {}

    def acts_in(i: int) -> bool:
        if i not in memo:
            memo[i] = _tells_act(sents[i])
        return memo[i]
    acts = [d for d in drafts if not d.frame.background and acts_in(d.first_index)]
    out = set()
    for d in drafts:
        if d.frame.background or not acts or any(acts_in(i) for i in _sent_range(d, sents)):
            continue
        if any(a.paragraph == d.paragraph and a.first_index < d.first_index for a in acts):
            out.add(id(d))
    return out


# A coder note opens the sentence of the act it codes with that act's day: "On 6 March 2023,
# gunmen ...", "On or about 4 May, ...", "Around 6 May 2020 (as reported), ...", "Between 1 and 5
# May, ...". A day written inside the clause of an earlier sentence ("Militants seized the town on
# 10 June.") dates the context the coder gives before the coded act.
_OPENS_WITH_DAY = re.compile(
    r"\W*(?:on(?: or about)?|around|about|between|overnight on|in the night of)\s+(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{dates._MONTH_RX})\b|(?:{dates._MONTH_RX})\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE)


def _dated_after_context(drafts: list[_Draft], sents: list[Span]) -> set[int]:
    """Drafts (by id) whose sentence opens with their day, later than the day of an act told
    before them in a sentence that does not open with its own: the note's coded act after its
    context ("Militants seized Mansila on 10 June 2022. On 14 June 2022, the army struck their
    positions in Mansila."). Only dated frames count: an undated one gives no order."""
    def opens(d: _Draft) -> bool:
        return bool(_OPENS_WITH_DAY.match(sents[d.first_index].text))
    told = [d for d in drafts if not d.frame.background and d.frame.date_start]
    out = set()
    for d in told:
        if d.first_index == 0 or not opens(d):
            continue
        if any(e.first_index < d.first_index and not opens(e) and e.frame.date_start < d.frame.date_start
               for e in told):
            out.add(id(d))
    return out


def _sent_range(d: _Draft, sents: list[Span]) -> list[int]:
    """The sentences a (merged) draft spans."""
    return [i for i, s in enumerate(sents) if any(a < s.end_char and s.start_char < b for a, b in d.spans)] \
        or [d.first_index]


def _salience(d: _Draft, repeats: int = 1, home: str | None = None, after_act: bool = False,
              coded: bool = False) -> float:
    f = d.frame
    s = d.score
    # the act a coder note opens with its day, after the context it gives (see _dated_after_context):
    # worth more than the lead's place and toll (+1.6 at most) that the context sentence holds
    s += 2.0 if coded else 0.0
    # a toll or outcome line after the act it counts is no rival of the act (see _after_act)
    s -= 2.0 if after_act else 0.0
    s += 0.5 * min(4, repeats - 1)      # what a report comes back to is what it is about
    s += 0.6 if d.first_index == 0 else 0.3 if d.first_index <= 2 else 0.0
    s += 0.4 if f.fatalities.best else 0.0
    # News puts its main event and toll first (headline, lead).
    s += 1.0 if f.fatalities.best and d.first_index <= 2 else 0.0
    s += 0.2 if f.location else 0.0
    # A report is about events in the country it names most: one placed abroad is a side story
    # ("Turkish jets", "talks in Geneva"), one placed in a town or province of it is concrete.
    if f.location and home and f.location.country:
        s += 0.2 if f.location.country == home and (f.location.precision or 9) <= 4 else \
            -0.6 if f.location.country != home else 0.0
    s += 0.2 if f.actor1 else 0.0
    s -= 3.0 if f.background else 0.0
    return s


def read_doc(doc: Doc, report: Report) -> Reading:
    """Read one report whose text is already parsed into doc (doc.text == report.text)."""
    text = report.text
    reading = Reading(report_id=report.id)
    errors: list[str] = []

    try:
        reading.claims = list(claims_mod.attribute(doc, text, report))
    except Exception as exc:  # another engineer's stage must not lose the report
        errors.append(str(StageError("claims", exc)))
        log.exception("claims stage failed on %s", report.id)
    try:
        places = list(geo.find_places(text, doc))
    except Exception as exc:
        errors.append(str(StageError("places", exc)))
        places = []

    try:
        drafts = _events(doc, report, places, reading.claims)
    except Exception as exc:
        errors.append(str(StageError("events", exc)))
        log.exception("events stage failed on %s", report.id)
        drafts = []

    for d in drafts:
        f = d.frame
        try:
            f.location = geo.locate(text, f.start, f.end, places, ahead=d.ahead)
            if f.location is None and not f.background:
                # no place the gazetteer holds, but a country the words make plain (the one the
                # actors are named by): the event is placed at its country, precision 6
                country = actors_mod.event_country(doc, places, f.start, f.end)
                f.location = geo.country_location(country) if country else None
        except Exception as exc:
            if not any("'locate'" in e for e in errors):
                errors.append(str(StageError("locate", exc)))
        f.claims = [i for i, c in enumerate(reading.claims) if c.start < f.end and f.start < c.end]

    from collections import Counter
    told = Counter((d.frame.sub_event_type, d.frame.actor1) for d in drafts if not d.frame.background)
    home = home_country(text, [p for p in places if p.get("lat") is not None])
    sents = list(doc.sents)
    later = _after_act(drafts, sents)
    coded = _dated_after_context(drafts, sents)
    drafts.sort(key=lambda d: (-_salience(d, told[(d.frame.sub_event_type, d.frame.actor1)], home, id(d) in later,
                                          id(d) in coded), d.frame.start))
    reading.events = [d.frame for d in drafts]
    if errors:
        reading.error = {"code": "read_failed",
                         "message": f"{report.origin or report.id}: " + "; ".join(errors)}
    return reading
