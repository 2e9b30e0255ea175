"""Who stands behind an event: independent origins, status, first report, contradictions.

Corroboration counts independent origins, not mentions:
- a relay is not an origin (AP passing on Al-Bayan adds nothing; `via` is never counted);
- a side's mouthpieces are one origin (Al-Bayan and Amaq both speak for the Islamic State);
- near-verbatim copies (syndication, circular reporting) collapse into the earliest outlet;
- unnamed reports are listed but never count as independent (nobody can tell whose they are).
Statuses have one meaning each, written in docs/statuses.md: disputed (origins contradict each
other), denied (a party denies it and nothing independent supports it), confirmed (the party
concerned confirms the act or admits its own loss; its boasts are claims), corroborated (two or
more independent origins say the same thing), claimed (one origin: single-source).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta, timezone

from livedesk.fuse.outcomes import CLAUSES as _CLAUSES
from livedesk.fuse.outcomes import DENIAL, ENEMY, LEFT
from livedesk.fuse.outcomes import HOLDS as _HOLDS
from livedesk.fuse.outcomes import TERRITORIAL as _TERRITORIAL
from livedesk.fuse.outcomes import says_taken
from livedesk.model import Claim, EventFrame, Mention
from livedesk.read.lexicon import side_key
from livedesk.sources import MOUTHPIECES, classify, lookup, origin_key, side_of, unnamed_witness

_OPPOSITE = {"east": "west", "west": "east", "north": "south", "south": "north"}
_DIRECTION = re.compile(r"\b([Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?"
                        r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s(?:[A-Z][\w’'-]+|[a-z]{1,3}-[A-Z][\w’'-]+))?)")


_PERSONNEL = re.compile(r"\b(?:servicem[ae]n|soldiers?|officers?|pilots?|troops|personnel|sailors?|marines?|"
                        r"fighters|militiam[ae]n|combatants|guerrillas|jawans?|constables?|gendarmes?|"
                        r"airmen|crew(?:men)?|conscripts?|policem[ae]n|military\s+(?:advis[eo]rs?|police|"
                        r"instructors?|specialists?))\b")
# How a state tells of its own dead in its idiom: "paid the supreme price", "made the ultimate
# sacrifice", "lost / gave / laid down their lives" (no side writes so of the enemy's dead).
_BY_OURS = re.compile(r"^\s+by\s+(?:our|its|their)\b", re.I)
_OWN_IDIOM = (r"(?:paid|pay|pays)\s+the\s+(?:supreme|ultimate|highest)\s+price|(?:made|make|makes)\s+the\s+"
              r"(?:supreme|ultimate|highest)\s+sacrifice|(?:lost|gave|laid\s+down|sacrificed)\s+(?:their|his|her)\s+lives?")
_HARM = re.compile(r"\b(?:killed|killing|died|dies|dead|death|deaths|wounded|injured|wounds|lost|fallen|perished|"
                   r"martyred|martyrs?|losses|casualties|" + _OWN_IDIOM + r")\b", re.I)
# Personnel a speaker counts as having died or been hurt, in the passive ("two soldiers were
# martyred"): a side names the enemy's dead by their side ("Ukrainian servicemen") or as enemies,
# so uncounted-for personnel in its own statement are its own.
# (their unit may come between: "four soldiers of a patrol were killed", "two soldiers of the task
# force died")
# (or a participle says where they served: "two policemen attached to the base were killed",
# "soldiers stationed at the camp lost their lives"; and the idioms of _OWN_IDIOM)
_SUFFERED = re.compile(r"^\s+(?:(?:of|from)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\w-]+\s+){1,4}?|"
                       r"(?:attached|stationed|deployed|assigned|posted|serving|based|manning|guarding)\s+"
                       r"(?:to|at|in|on|with)?\s*(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\w-]+\s+){1,4}?)?"
                       r"(?:(?:were|was|have\s+been|had\s+been|are)\s+(?:killed|martyred|wounded|injured|hurt|lost)\b|"
                       r"(?:died|martyred|fell)\b|" + _OWN_IDIOM + r")", re.I)
OWN = "(own)"
# Words a side puts before the enemy's personnel, never its own ("enemy soldiers", "regime troops",
# "junta soldiers", "occupation soldiers"): counted dead so named are the other side's.
_ENEMY_WORDS = frozenset("enemy hostile opposing regime junta occupation occupying invading apostate".split())
# A state's own force: its state media telling of soldiers "martyred" with no side named tells of
# the state's own dead, as its ministry would (a side's mouthpieces are one voice).
_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of ")
# One state's branches (army, police, gendarmerie, its ministries and their media cells) are one
# side: an army statement telling of police killed at its base tells of its own state's dead, and
# the army and the police telling one raid are one origin, not two independent ones. The actor
# lexicon spells them "Military Forces of X" and "Police Forces of X"; both are the state X here.
_STATE_BRANCH = re.compile(r"^Police Forces of ")


def one_state(side: str | None) -> str | None:
    """'Police Forces of Nigeria' -> 'Military Forces of Nigeria': the state the branch belongs to."""
    return _STATE_BRANCH.sub("Military Forces of ", side) if side else side
# counted personnel ("killing fifteen soldiers", "forty soldiers died") could be anyone's: a number in
# words is a count as a number in digits is
_COUNTS = set("""two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred
hundreds thousand thousands scores several many some enemy hostile""".split())


# A harm word right after the personnel names them as the doers when an object follows ("its
# soldiers killed 20 militants"); as the victims when none does ("two soldiers killed in shelling").
_AGENT_AFTER = re.compile(r"^\s+(?:(?:of|from)\s+(?:the\s+)?(?:\d+\w*\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,2}\s+)?"
                          r"(?:have\s+|had\s+)?(?:(?:shot|brought)\s+down|killed|wounded|injured|shot|captured|destroyed|downed|"
                          r"eliminated|neutralised|neutralized|attacked|ambushed|stormed|raided|struck|hit|bombed|"
                          r"shelled|overran|seized|fired\s+on|detonated|blew\s+up|set\s+off|planted|targeted|"
                          r"repelled|repulsed|(?:drove|pushed|beat)\s+back|launched)\s+(?:\d|an?\b|the\b|dozens|scores|several|many|"
                          r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                          r"hundred|enemy|militants|rebels|fighters|terrorists|insurgents|members)", re.I)
# Aircraft and vehicles a side says it lost: "one of its jets was lost", "our Su-25 crashed".
_SPEAKS = re.compile(r"^\s*(?:said|says|told|tells|reported|added|confirmed|stated|announced)\b", re.I)
_OWN_CRAFT = re.compile(r"\b(?:its|our|own|one\s+of\s+(?:its|our))\s+(?:[\w-]+\s+){0,2}?(?:helicopters?|jets?|"
                        r"warplanes?|planes?|aircraft|drones?|su-\d+s?|mig-?\d*s?|tanks?|ships?|vessels?)\b", re.I)
# A side's own people counted in words too broad for _PERSONNEL ("forces", "men"), made its own by
# the possessive: "three of our forces", "two of its men".
_OWN_FORCES = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|some)\s+"
                         r"of\s+(?:our|its)\s+(?:own\s+)?(?:forces|men|members|ranks|cadres|agents)\b", re.I)
# A speaker losing people in the first person: "we lost eight brave jawans", "we have lost two
# comrades".
_WE_LOST = re.compile(r"\bwe\s+(?:have\s+|had\s+)?lost\s+(?:[\w-]+\s+){0,3}?(?:servicem[ae]n|soldiers?|"
                      r"officers?|troops|personnel|fighters|guerrillas|jawans?|constables?|gendarmes?|policem[ae]n|"
                      r"comrades|brothers|men|colleagues|agents|members)\b", re.I)
_LOST = re.compile(r"\b(?:lost|crash(?:ed|es)?|shot\s+down|downed|went\s+down|destroyed|sank|sunk|hit)\b", re.I)
# A craft named by its side's demonym: "a Syrian Air Force Mi-8 helicopter was shot down", "an Israeli
# drone crashed". Told by that side's own source, it admits the loss as "our helicopter" would.
_CRAFT = re.compile(r"\b(?:helicopters?|jets?|warplanes?|planes?|aircraft|drones?|tanks?|ships?|vessels?|"
                    r"frigates?|warships?|gunboats?)\b", re.I)
_CRAFT_LOST_AFTER = re.compile(r"^\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:shot\s+down|downed|"
                               r"destroyed|hit|lost|sunk)|crashed|went\s+down|sank)\b", re.I)
_CRAFT_LOST_BEFORE = re.compile(r"\b(?:shot\s+down|downed|destroyed|hit|sank|sunk|lost)\s+(?:an?|the|one|two|three|"
                                r"four|five|\d+)?\s*(?:[\w’'-]+\s+){0,4}$", re.I)


# Personnel told as busy at something ("troops were pursuing the rebels", "soldiers are combing the
# forest"): the doers of a search or a pursuit after the act, not its dead.
_BUSY = re.compile(r"^\s+(?:were|are|was|is|have\s+been|had\s+been)\s+(?!being\b)[a-z]+ing\b", re.I)
# Personnel told doing what follows an attack ("troops had pursued the attackers", "soldiers have
# cordoned off the area", "units chased the assailants into the forest"): the doers of a pursuit or a
# search, never its dead (a side writing so of its own men tells what they did, not that they fell).
_PURSUING = re.compile(r"^\s+(?:have\s+|had\s+|has\s+)?(?:pursued|chased|tracked|hunted|combed|cordoned|"
                       r"sealed|surrounded|encircled|secured|searched|arrested|rescued|evacuated|deployed\s+to|"
                       r"went\s+after|gave\s+chase|returned\s+fire|responded)\b", re.I)


# A state's force named by its demonym ("the Egyptian army", "Venezuelan troops"): the owner a
# following "its" refers back to when it is the last force the text names before it.
_NAMED_FORCE = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:army|military|armed\s+forces|forces|troops|police|navy|"
                          r"air\s+force|garrison)\b")


def _named_force(before: str) -> str | None:
    """The state side of the last force named by demonym in the 120 characters before a possessive."""
    found = list(_NAMED_FORCE.finditer(before[-120:]))
    return side_of(found[-1].group(1)) if found else None


def victims_side(text: str, fatalities=None) -> set[str]:
    """Whose people the text says were killed or hurt: the state sides its demonyms name ('two
    Russian soldiers were wounded'), and OWN for personnel or craft it names by no side
    ('serviceman Anton Yerygin ... died', 'one of its jets was lost'), who are the speaker's own.
    Personnel who do the killing ('its soldiers killed 20 militants') are not victims: a side
    telling of its own kills tells of its enemies' dead. The reader may have left fatalities.side
    empty."""
    text = text or ""
    out = set()
    if _OWN_CRAFT.search(text) and _LOST.search(text):
        out.add(OWN)
    for m in _CRAFT.finditer(text):
        # only the craft that was lost: "Russian jets hit the market" names the doers
        if not (_CRAFT_LOST_AFTER.match(text[m.end():m.end() + 40])
                or _CRAFT_LOST_BEFORE.search(text[max(0, m.start() - 70):m.start()])):
            continue
        before = re.findall(r"[\w’'-]+", text[max(0, m.start() - 40):m.start()])[-4:]
        out |= {x for w in before if w[:1].isupper() and (x := side_of(w))}
    hurt = bool(fatalities and (fatalities.best or fatalities.injured)) or bool(_HARM.search(text))
    if not hurt:
        return out
    own = _OWN_FORCES.search(text)
    if own and re.search(r"\bits\b", own.group(0), re.I) and (named := _named_force(text[:own.start()])):
        out.add(named)           # "stormed a post of the Egyptian army and killed seven of its members"
    elif own or _WE_LOST.search(text):
        out.add(OWN)             # "killing three of our forces", "we lost eight jawans": the speaker's own
    for m in _PERSONNEL.finditer(text):
        if _AGENT_AFTER.match(text[m.end():m.end() + 40]) or _SPEAKS.match(text[m.end():m.end() + 20]) \
                or _BUSY.match(text[m.end():m.end() + 40]) or _PURSUING.match(text[m.end():m.end() + 40]):
            continue             # the doers of the killing, or the speaker ("a police officer said")
        before = re.findall(r"[\w’'-]+", text[max(0, m.start() - 40):m.start()])[-2:]
        sides = {x for w in before if w[:1].isupper() and (x := side_of(w) or _group_side(w))}
        low = [w.lower() for w in before]
        if any(w in _ENEMY_WORDS for w in low):
            continue             # "200 regime troops died", "junta soldiers": how a side names the enemy's
        if low and low[-1] in ("no", "none", "without", "nor") or (len(low) > 1 and low[-2:] == ["none", "of"]):
            continue             # "no soldier was hurt", "none of our troops": nobody lost
        if any(w in ("with", "against", "by") for w in low):
            continue             # "killed in a clash with government troops": the other party
        told = _SUFFERED.match(text[m.end():m.end() + 70])
        if told and _BY_OURS.match(text[m.end() + told.end():m.end() + told.end() + 30]):
            continue             # "40 soldiers were killed by our mujahideen": the speaker's kills, not its dead
        if sides:
            out |= sides
        elif "its" in low and (named := _named_force(text[:m.start()])):
            out.add(named)       # "an incursion by the Venezuelan army; eight of its soldiers fell"
        elif any(w in ("its", "their") for w in low) and "our" not in low and _FIRST.search(text):
            continue             # a statement in the first person ("our units repelled the army; eight of
            #                      its soldiers fell"): its own are "ours", "its" is the enemy it named
        elif any(w in ("its", "our", "own") for w in low):
            out.add(OWN)
        elif not any(w.isdigit() or w in _COUNTS for w in low) or told:
            out.add(OWN)                 # "500 soldiers killed" could be anyone's: not claimed as own
    return out


# Told as the dead or hurt: "... who were martyred", "... killed in the strike", "lost / mourned /
# buried two of its men".
_VICTIM_AFTER = re.compile(r"^\s+(?:who\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|martyred|wounded|"
                           r"injured|hurt|lost)|died|fell|perished|(?:killed|wounded|injured|martyred)\s+"
                           r"(?:in|during|by|when|on|at|while)\b)", re.I)
_VICTIM_BEFORE = re.compile(r"\b(?:killed|killing|lost|losing|mourn\w*|buried|burying|funerals?\s+(?:of|for)|"
                            r"martyrdom\s+of|deaths?\s+of)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:its|their)\s+(?:own\s+)?$", re.I)
_POSSESSED = re.compile(r"\b(?:of\s+)?(?:its|their)\s+(?:own\s+)?$", re.I)


# "The Islamic Resistance mourned the martyr Ali Fares, one of its fighters": the mourned named
# between the owner and the possessive, the owner the name before the verb of mourning.
_APPOSED = re.compile(
    r"\b(?P<owner>(?:[A-Z][\w’'-]*\s+){1,4})(?:has\s+|have\s+)?(?:mourn(?:s|ed)?|buried|eulogi[sz]ed|"
    r"paid\s+tribute\s+to)\s+(?:the\s+)?(?:martyrs?\s+|commander\s+|fighter\s+)?(?:[A-Z][\w’'-]*\s*){1,5},\s+"
    r"(?:one|two|three|four|five|\d+)\s+of\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"(?:fighters|members|men|cadres|commanders|mujahideen|soldiers|officers|comrades|militants)\b")


def mourns_own(text: str, side: str | None, own_voice: bool = False) -> bool:
    """Whether the text tells of `side`'s own people killed or hurt, naming them as the side's by a
    possessive whose owner it names: "Hezbollah mourned two of its fighters", "the Front buried
    three of their men". A side's channel saying so admits its own loss, whatever roles the readers
    gave the sides (the possessive names whose dead they are; one naming another side's, "the army
    lost two of its soldiers, the group's agency said", admits nothing for the speaker)."""
    text = text or ""
    if not side:
        return False
    for m in _APPOSED.finditer(text):
        owner = m.group("owner").strip()
        owner = re.sub(r"^(?:The|A|An)\s+", "", owner)
        src = lookup(owner)
        got = (src.alignment if src else None) or side_of(owner)
        if got == side or (got is None and own_voice):
            # (a name nobody listed mourning "one of its fighters" in the side's own voice is
            # the side naming its own wing)
            return True
    if not _HARM.search(text):
        return False
    for m in list(_PERSONNEL.finditer(text)) + list(re.finditer(r"\b(?:men|members|ranks|cadres|forces)\b", text)):
        before = text[max(0, m.start() - 60):m.start()]
        if not (_VICTIM_AFTER.match(text[m.end():m.end() + 40]) or _VICTIM_BEFORE.search(before)):
            continue             # not told as the ones who died ("its fighters attacked ...")
        lead = re.sub(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens|several|many|some)\s+$",
                      "", before)
        if not _POSSESSED.search(lead):
            continue
        owner = lead[:_POSSESSED.search(lead).start()]
        words = re.findall(r"[\w’'-]+", owner)
        names = [w for w in words if w[:1].isupper()]
        run: list[str] = []      # the last name before it: "the Al-Qassam Brigades mourned two of ..."
        for w in reversed(words):
            if w[:1].isupper():
                run.insert(0, w)
            elif run:
                break
        if len(run) > 1:
            src = lookup(" ".join(run))
            got = (src.alignment if src else None) or side_of(" ".join(run))
            if got == side:
                return True
        for w in reversed(names):
            got = side_of(w) or _group_side(w)
            if got == side or w in re.findall(r"[\w’'-]+", side):
                return True      # (a group nobody listed names itself: "the HPG mourned its ...")
            if got:
                break
    return False


@lru_cache(maxsize=4096)
def _group_side(word: str) -> str | None:
    """The side a group's name stands for ("SDF fighters", "Hamas fighters"): states are named by
    their demonyms (side_of), armed groups by their own names."""
    hit = lookup(word)
    return hit.alignment if hit is not None and hit.kind in ("armed group", "militant media") else None


# Words of a place lost, as its loser tells it.
_LOSS = re.compile(r"\b(?:lost|los(?:e|es|ing)\s+control|fell|fallen|(?:captured|taken|seized|overrun)\s+by)\b|"
                   + LEFT.pattern, re.I)


# A side's own statement naming the enemy as the doer and a military place as the target ("militia
# drones hit the fuel depot and a naval base", "terrorists attacked an army post"): the side
# struck tells it, and admits it (a side's boast names its own troops as the doers).
# A side telling only that the enemy fired on or at it ("units of the armed forces of X fired with
# small arms on our positions", "violated the ceasefire"), with nothing hit, lost or hurt, accuses the
# other side: it tells no loss of its own, so it confirms nothing (docs/statuses.md: the accused
# side's denial against the accuser's word alone is a denial).
_FIRED_AT = re.compile(r"\b(?:fir(?:ed|ing)|opened\s+fire|violat\w+\s+the\s+ceasefire|ceasefire\s+violations?)\b", re.I)
_HARMED = re.compile(r"\b(?:kill\w*|dead|died|wounded|injur\w*|martyr\w*|casualt\w*|damag\w*|destroy\w*|"
                     r"hit|struck|burn\w*|ablaze|fire\s+broke|lost|losses)\b", re.I)


def accuses_only(text: str | None) -> bool:
    """The statement tells fire at the speaker's side and no harm done by it."""
    return bool(_FIRED_AT.search(text or "")) and not _HARMED.search(text or "")


_STRUCK_OWN = re.compile(r"(?:" + ENEMY.pattern + r")\s+(?:[\w-]+\s+){0,2}?(?:hit|struck|shelled|attacked|"
                         r"bombed|targeted|stormed|raided|overran|fired\s+(?:on|at))\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:bases?|depots?|airports?|air\s*bases?|barracks|headquarters|posts?|positions|"
                         r"checkpoints?|garrisons?|convoys?|outposts?)\b", re.I)


def left_own(text: str) -> bool:
    """Whether the text tells of its speaker's side leaving a place ("ordered units to pull out of
    Avdiivka"), not of the enemy's ("the militants withdrew from the village")."""
    m = LEFT.search(text or "")
    return bool(m) and not ENEMY.search(text[max(0, m.start() - 60):m.start()])


@dataclass
class Said:
    """One claim about the event, placed in its mention."""
    claim: Claim
    mention: Mention
    key: str                    # origin identity
    implicit: bool = False      # the outlet's own voice (no attributed claim in the frame)


def current(c: Claim) -> Claim:
    """The claim with kind, alignment and canonical name as the sources lexicon says today, so
    an edit to the lexicon takes effect at the next fusion without reading reports again."""
    found = _current(c.claimant, c.canonical, c.claimant_kind, c.description if not c.alignment else None)
    if found is None:
        return c
    kind, alignment, canonical = found
    return Claim(**{**c.__dict__, "claimant_kind": kind, "alignment": alignment, "canonical": canonical})


# Words by which a description says its person speaks for an organisation ("SPLA-IO spokesman").
_OFFICE = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|official|minister|chief|head|leader|"
                     r"representative|envoy|officer|director)\b", re.I)


@lru_cache(maxsize=65536)        # a million mentions name a few thousand claimants
def _current(claimant: str, canonical: str | None, kind: str | None,
             description: str | None = None) -> tuple | None:
    hit = lookup(claimant) or (lookup(canonical) if canonical else None)
    if hit is None and description and _OFFICE.search(description):
        # a person the lexicons do not know, described as a side's office ("SPLA-IO spokesman Lam
        # Paul Gabriel"): the side speaks through them
        office = lookup(description)
        if office is not None and office.kind in MOUTHPIECES and office.alignment:
            return office.kind, office.alignment, office.name
    if hit is None and kind:
        return None
    src = classify(claimant, side_of(claimant))
    if hit is not None and src.name != hit.name and src.kind != "official":
        src = hit
    return src.kind, src.alignment, hit.name if hit else canonical


# Words of a bare description of an office ("the military", "the general staff", "city officials",
# "its army chief"): with no name and no country it says which source only in its report's context.
_BARE = set("""the a an its their his her our this that city regional local state army military ministry
general staff command chief commander spokesman spokeswoman spokesperson official officials authorities
government governor minister information defence defense interior health office press service forces
armed security top senior source sources field in group movement organisation organization militants
rebels fighters insurgents jihadists wing media radio station channel leader leadership brigade division
battalion regiment unit units corps troops team officer officers theatre theater rights human aid
humanitarian operation""".split())   # "in": commander-in-chief; "an officer in the theatre command", "a rights group"
# (a possessive "the group's leader", "the militants' radio station", "the military's media wing" is
# a description too: it names whose office, not which one)


def bare(c: Claim) -> bool:
    """A claimant named only by an office description, resolved to no source and no side."""
    return not c.alignment and _bare(c.claimant or "")


@lru_cache(maxsize=65536)
def _bare(name: str) -> bool:
    if lookup(name) is not None:
        return False
    # "the general staff of the armed forces": an office of a force nobody named
    name = re.sub(r"\s+of\s+(?:the\s+)?(?:armed\s+forces|army|military|forces)$", "", name, flags=re.I)
    words = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[A-Za-z0-9’']+", name)]
    # a unit's number ("the 101st Brigade") names no source either
    return bool(words) and all(w.lower() in _BARE or re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)
                               for w in words if w)


def in_context(c: Claim, outlet: str | None) -> Claim:
    """A bare description is the source whose report it is in when that source is a side's own
    channel ("the army said" in the army's statement is the army), and that side's office when the
    outlet is aligned with a side; elsewhere it names no source
    anyone can tell apart ("the military", "city officials" in a wire story): listed, never an
    origin of its own, so two descriptions of one office are not two origins.

    A claim the outlet heard through a side's own channel ("the Houthi-run Al-Masirah television
    said, citing the civil defence") is in that channel's context: the side's channel heard it, so
    the office it quotes is the side's, as it would be in the channel's own report."""
    hit = channel(outlet)
    if not (hit is not None and hit.alignment):
        heard = next((h for h in (channel(v) for v in reversed(c.via))
                      if h is not None and h.kind in MOUTHPIECES and h.alignment), None)
        hit = heard or hit
    if not bare(c):
        if (hit is not None and hit.kind in MOUTHPIECES and hit.alignment and not c.alignment
                and c.claimant_kind in ("official", "unknown", "organisation", None)
                and lookup(c.claimant or "") is None):
            # a person or office nobody listed, speaking in a side's own statement ("Army
            # spokesman Colonel Amadou Maiga said" on the army's channel) speaks for that side
            return Claim(**{**c.__dict__, "claimant_kind": "official", "alignment": hit.alignment})
        return c
    if hit is not None and hit.kind in MOUTHPIECES and hit.alignment:
        return Claim(**{**c.__dict__, "claimant_kind": hit.kind, "alignment": hit.alignment,
                        "canonical": hit.name})
    if hit is not None and hit.alignment:
        # an outlet aligned with a side ("a military source told Al-Masdar", a pro-government
        # site) hears that side's offices: the side's own official, one origin with the side
        return Claim(**{**c.__dict__, "claimant_kind": "official", "alignment": hit.alignment})
    return Claim(**{**c.__dict__, "claimant_kind": "unnamed"})


@lru_cache(maxsize=4096)
def channel(outlet: str | None):
    """What an outlet is as a source: the lexicon's entry, else a state's office named by its
    country or demonym ("Chadian army", "General Staff of Ukraine", "Armenian Ministry of
    Defence": that state's own channel), else a rights body by its name (a monitor), else None."""
    hit = lookup(outlet or "")
    if hit is not None or not outlet:
        return hit
    src = classify(outlet, side_of(outlet))
    # (a rights body named for the rights it defends is a monitor in its own voice, not a newspaper)
    return src if (src.kind == "official" and src.alignment) or src.kind == "monitor" else None


def claims_of(m: Mention) -> list[Claim]:
    """The frame's claims, plus the outlet's own voice when none of them says it happened
    (no claim at all, or only "X has not confirmed": the outlet itself reports the event); unnamed
    witnesses heard by an outlet as `heard_witnesses` says."""
    return heard_witnesses(_claims_of(m), m)


# What the outlet that spoke to unnamed witnesses is, when its own reporting counts: a source
# independent of the sides (an outlet nobody lists is a newspaper, as for an outlet's own voice).
_INDEPENDENT = ("wire agency", "newspaper/broadcaster", "monitor", "open-source investigators")


def heard_witnesses(claims: list[Claim], m: Mention) -> list[Claim]:
    """Unnamed witnesses ("residents said", "villagers told AFP", "locals reported") are unnamed:
    listed, never an origin of their own (docs/statuses.md: nobody can tell whose word it is, and a
    crowd cannot be told apart from the next report's crowd). The outlet that spoke to them (the
    relay nearest them, else the report's outlet) has done its own reporting: it counts as the
    outlet telling the event in its own voice, where that outlet is independent of the sides. An
    outlet of a side that quotes residents adds nothing: the side's word is not made a second
    origin by the people it chose to quote."""
    out: list[Claim] = []
    for c in claims:
        if not unnamed_witness(c.claimant, c.claimant_kind):
            out.append(c)
            continue
        outlet = c.via[0] if c.via else m.outlet
        hit = channel(outlet)
        independent = bool(outlet) and (hit is None or (not hit.alignment and hit.kind in _INDEPENDENT))
        told = c.stance in ("asserts", "confirms")
        out.append(Claim(**{**c.__dict__, "claimant_kind": "unnamed", "alignment": None,
                            "via": [] if independent and told else c.via}))
        if independent and told:
            # the outlet heard them itself: its own reporting, passed on by any later relays
            # (no statement text of its own: the witnesses' figures stay theirs, not the outlet's)
            out.append(Claim(claimant=outlet, stance="asserts", via=list(c.via[1:]),
                             claimant_kind=hit.kind if hit else "newspaper/broadcaster",
                             canonical=hit.name if hit else outlet))
    return out


def _claims_of(m: Mention) -> list[Claim]:
    if any(c.stance != "unconfirmed" for c in m.claims):
        return [in_context(current(c), m.outlet) for c in m.claims]
    hit = channel(m.outlet)
    outlet_key = origin_key(hit.name, hit.kind, hit.alignment) if hit else origin_key(
        m.outlet or "", "newspaper/broadcaster", None)
    if any(origin_key(x.canonical or x.claimant, x.claimant_kind, x.alignment) == outlet_key
           for x in map(current, m.claims)):
        # the outlet's own "could not confirm" or withdrawal is its voice already: it does not also
        # tell the event in the same report ("X withdraws its report: we can no longer stand behind it")
        return [in_context(current(c), m.outlet) for c in m.claims]
    if m.claims and (_DESCRIBED.search(m.text or "") or not any(
            not _SILENCE.search(x) for x in _CLAUSES.split(m.text or "") if x.strip())):
        # (or the outlet describes another's statement in its own sentence: "the jihadist statement
        # ... describes an assault on ...", "said in a statement seen by AFP": a relay of that
        # statement, not the outlet telling the event)
        # "ISW has seen no footage confirming it", "the army has not confirmed it, Radio Okapi
        # noted": every clause is about the silence; the outlet itself says nothing happened
        return [in_context(current(c), m.outlet) for c in m.claims]
    # "Masdar notes that the government has not confirmed it": the one noting it reports it
    voice = next((c.via[0] for c in m.claims if c.via), None) or m.outlet
    hit = channel(voice)
    stance = "denies" if DENIAL.search(m.text or "") else "asserts"     # the outlet's own words deny
    # an outlet nobody listed telling in its own voice of "our officers", "our forces": no newspaper
    # writes so of its news; the force itself speaks (a party, self_claim)
    unknown = not hit and not m.claims and bool(_OUR_PEOPLE.search(m.text or "") or _WE_LOST.search(m.text or ""))
    return [current(c) for c in m.claims] + [Claim(claimant=voice or "unnamed", stance=stance,
                  claimant_kind=(hit.kind if hit else "unknown" if unknown else "newspaper/broadcaster")
                  if voice else "unnamed",
                  alignment=hit.alignment if hit else None, canonical=hit.name if hit else voice)]


_OUR_PEOPLE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:officers?|soldiers?|forces|troops|fighters|men|"
                         r"personnel|units?|guerrillas|policem[ae]n|agents|members|positions?|bases?|"
                         r"stations?|posts?|patrols?)\b"
                         # its own armed wing by name: "Our People's Liberation Guerrilla Army carried out ..."
                         r"|\bour\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,4}(?:Army|Front|Brigades?|Battalions?|Forces|Guard|"
                         r"Corps|Wing|Column))\b", re.I)
# An outlet telling of another's statement rather than of the event: the statement, claim, video or
# communique is the subject that "describes", "says" or "shows", or the outlet only saw it.
_DESCRIBED = re.compile(
    r"\b(?:statements?|communiqu[eé]s?|claims?|videos?|posts?|pamphlets?|leaflets?|messages?|recordings?|"
    r"audio|footage)\b[^.;]{0,120}?\b(?:describes?|described|shows?|showed|tells?|told\s+of|says?|said|"
    r"claims?|claimed|purports?)\b"
    r"|\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?[A-Z]"
    r"|\b(?:according\s+to|in)\s+an?\s+(?:\w+\s+){0,2}?(?:statement|communiqu[eé]|video|post|message)\b", re.I)
# (also one who "had received no report of", "has no information about", "was not aware of" the act:
# another's silence told, not the outlet telling the act)
_SILENCE = re.compile(r"\b(?:confirm\w*|verif\w*|footage|evidence|no\s+word|comment\w*|noted|"
                      r"(?:received|had|has|have|got)\s+no\s+(?:\w+\s+)?(?:reports?|information|knowledge|record)|"
                      r"(?:not|un)\s*aware|knew\s+of\s+no|know\s+of\s+no)\b", re.I)


# The kinds of source the sources lexicon and attribution give (lexicons/sources.json).
KINDS = ("wire agency", "newspaper/broadcaster", "state media", "militant media", "monitor",
         "open-source investigators", "official", "armed group", "local witness", "unnamed")
_LABELLED = re.compile(r" \((" + "|".join(re.escape(k) for k in KINDS) + r")(?: of .+|, aligned with .+)?\)$")


def kind_of(origin: str) -> str | None:
    """The kind of source an origin as `label` wrote it names: 'SOHR (monitor)' -> 'monitor'."""
    m = _LABELLED.search(origin)
    return m.group(1) if m else None


def label(c: Claim) -> str:
    """'Al-Bayan (militant media of Islamic State)', 'SOHR (monitor)'."""
    name = c.canonical or c.claimant
    kind = c.claimant_kind or "source"
    if c.alignment and kind in MOUTHPIECES:
        return f"{name} ({kind} of {c.alignment})"
    if c.alignment:
        return f"{name} ({kind}, aligned with {c.alignment})"
    return f"{name} ({kind})" if kind != "unknown" else name


def _copies(ms: list[Mention]) -> dict[str, Mention]:
    """mention id -> the earlier mention it copies near-verbatim from another outlet."""
    from rapidfuzz import fuzz
    out: dict[str, Mention] = {}
    seen: list[Mention] = []
    for m in ms:
        if len(m.text or "") >= 40:
            for e in seen:
                if e.outlet != m.outlet and fuzz.ratio(e.text, m.text) >= 90:
                    out[m.id] = out.get(e.id, e)
                    break
            seen.append(m)
    return out


def _published(m: Mention) -> datetime:
    p = m.published
    if p is None:
        return datetime.max.replace(tzinfo=timezone.utc)
    return p if p.tzinfo else p.replace(tzinfo=timezone.utc)


# Wording that says a place changed hands even where the reader typed the event a clash.
_TAKEN = re.compile(r"\b(?:(?:took|taken|takes|seized|in|under|full|complete)\s+(?:full\s+)?control|captured|"
                    r"seized|liberated|retook|recaptured|fell\s+to)\b"
                    r"|\b(?:had|has|have)\s+taken\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?-i:[A-Z])", re.I)


def outcome(c: Claim, m: Mention) -> str | None:
    """'control' when the claim says a place changed hands, 'holds' when it says the place held
    out or fighting goes on, None when it says neither. A sentence telling both ("X claims
    control, but Y says fighting continues") is read at the clause naming the claimant."""
    text = c.text or m.text or ""
    ctl, hold = says_taken(text), bool(_HOLDS.search(text))
    if ctl and hold:
        who = [w for w in re.findall(r"[\w’'-]+", c.claimant or "") if w[:1].isupper()] or [c.claimant or ""]
        for clause in _CLAUSES.split(text):
            if any(w and w in clause for w in who):
                ctl, hold = says_taken(clause), bool(_HOLDS.search(clause))
                break
    if hold and not ctl:
        return "holds"
    if ctl and not hold:
        return "control"
    if not ctl and not hold and m.frame.sub_event_type in _TERRITORIAL:
        return "control"         # the claimant says what the frame says: the place changed hands
    return None


# A claimant saying it did the act itself ("the Polisario Front said it shelled Moroccan positions",
# "the group said its fighters attacked a bus"): a party to the event speaking, never a witness
# independent of the sides, even where no lexicon knows the group.
_SELF = r"\s*,?\s+(?:said|says|claimed|claims|announced|stated|added|boasted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|they|their|we|our)\b"
_PARTY_KINDS = ("armed group", "organisation", "unknown", "militant media", None)


# The first person of a party to the fighting: "our" owning fighters, forces, their dead or their
# weapons, or "we" doing an act of war. A relief body's "our volunteers recovered 37 bodies", "our
# teams treated the wounded", or an outlet's "we can no longer stand behind the account" owns no
# fighter and no act of war: it tells what it saw or did for the victims, not its side's deed.
# (A side withdraws from a place; an outlet that "withdraws its report" is no side.)
_FIRST = re.compile(
    # (an armed wing the speaker names as its own: "our People's Liberation Guerrilla Army")
    r"\bour\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,4}(?:Army|Front|Brigades?|Battalions?|Forces|Guard|Corps|Wing|Column))\b|"
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:officers?|soldiers?|forces|troops|fighters|men|personnel|units?|"
    r"guerrillas|policem[ae]n|agents|members|positions?|bases?|stations?|posts?|patrols?|martyrs?|"
    r"comrades?|brothers|mujahideen|cadres?|heroes|lions|columns?|brigades?|battalions?|operations?|"
    r"attacks?|offensive|drones?|aircraft|jets?|artillery|rockets?|missiles?|commanders?)\b"
    r"|\bwe\s+(?:have\s+|had\s+)?(?:[\w-]+ly\s+)?(?:attack|kill|struck|strike|shot|shoot|ambush|destroy|captur|"
    r"took|take|seiz|down|target|launch|fire|fired|lost|lose|repel|repuls|hit|bomb|shell|storm|overr|raid|"
    r"liberat|control|withdr\w*\s+(?:from|to)\b|retreat|clash|fought|fight|engag|neutrali|eliminat|carried\s+out|blew|blow)\w*",
    re.I)


def self_claim(c: Claim, m: Mention) -> bool:
    """Whether the claimant tells the act as its own doing or its own loss in its statement: "X
    said it/its fighters ...", or, as the one speaker of its report, in the first person ("four of
    our guerrillas fell, the HPG press office said")."""
    if c.alignment or c.claimant_kind not in _PARTY_KINDS + ("official",):
        return False
    name = c.claimant or ""
    text = c.text or m.text or ""
    if not name:
        return False
    if c.claimant_kind in _PARTY_KINDS and re.search(re.escape(name) + _SELF, text):
        return True
    speakers = {x.claimant for x in m.claims if x.stance != "unconfirmed"} or {m.outlet}
    return speakers == {name} and bool(_FIRST.search(re.sub(r"[\"“][^\"”]*[\"”]", " ", text)))


# Offices a state fills in its own provinces and towns: whoever speaks from them speaks for the
# state whose territory the event is in ("regional governor Vyacheslav Gladkov said").
_LOCAL_OFFICE = re.compile(r"\b(?:governor|governorate|mayor|regional\s+(?:administration|authorities|"
                           r"officials?|head)|provincial\s+(?:administration|authorities|officials?))\b", re.I)


def local_state(c: Claim, m: Mention, frame: EventFrame) -> str | None:
    """The state side an unaligned local office speaks for: the state of the event's country."""
    if c.alignment or c.claimant_kind not in ("official", "unnamed", None):
        return None
    who = " ".join(x for x in (c.description, c.claimant) if x)
    near = m.text or ""
    at = near.find(c.claimant or "\0")
    around = near[max(0, at - 40):at + len(c.claimant or "") + 5] if at >= 0 else ""
    if not (_LOCAL_OFFICE.search(who) or _LOCAL_OFFICE.search(around)):
        return None
    loc = frame.location or m.frame.location
    return state_of(loc.country) if loc is not None and loc.country else None


# Words that name a state's own military command and nothing else ("Joint Command of the Armed
# Forces", "the armed forces high command", "Joint Task Force", "Comando Conjunto de las Fuerzas
# Armadas", "Fuerza de Tarea Conjunta"): with no country in the name, it is the command of the state
# whose territory the event is in, like a governor's office.
_COMMAND_WORDS = set("""joint combined high supreme general central command commands task force forces
armed armies army military defence defense staff headquarters of the and
comando conjunto conjunta fuerza fuerzas tarea armadas armada estado mayor general de del las los la el
commandement interarmees forces armees etat-major""".split())
# (a state's mark: a rebel coalition's "Military Operations Command" names no state)
_STATE_MARK = re.compile(r"\b(?:joint|high|supreme|armed|task|staff|defen[cs]e|conjunt[oa]|armadas|mayor|"
                         r"interarm[eé]es|arm[eé]es)\b", re.I)
_COMMAND_HEAD = re.compile(r"\b(?:command|headquarters|task\s+force|staff|comando|fuerza\s+de\s+tarea|"
                           r"estado\s+mayor|commandement|[eé]tat-major)\b", re.I)


def command_state(c: Claim, m: Mention, frame: EventFrame) -> str | None:
    """The state side an unlisted, unaligned military command named without its country speaks for:
    the state of the event's country (one office under two names is then one origin)."""
    if c.alignment or c.claimant_kind not in ("official", "unknown", "organisation", "unnamed", None):
        return None
    name = c.claimant or ""
    if not _COMMAND_HEAD.search(name) or not _STATE_MARK.search(name) or lookup(name) is not None:
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ-]+", name)]
    if not words or not all(w.strip("-") in _COMMAND_WORDS for w in words):
        return None
    loc = frame.location or m.frame.location
    return state_of(loc.country) if loc is not None and loc.country else None


# A state's own office written in its own language and listed nowhere ("Forces Armees Maliennes",
# "Armee Nationale Tchadienne", "Ministere de la Defense Nationale", "Government Communication
# Service"): a name made only of words of state offices, with at most the country's own name or
# demonym, is the office of the state whose territory the event is in, as a governor's is. A name
# with any other word ("National Salvation Front", "National Liberation Army") is not a state's.
_OFFICE_WORDS = _COMMAND_WORDS | set("""ministry ministries ministere ministerio government gouvernement
gobierno presidency presidence presidencia communication communications service information national
nationale nationales nacional armee armees ejercito defensa populaire public affairs office for du des le les
et y""".split())
_OFFICE_MARK = re.compile(r"\b(?:army|arm[eé]es?|ej[eé]rcito|armed\s+forces|forces\s+arm[eé]es|fuerzas\s+armadas|"
                          r"minist\w+|government|gouvernement|gobierno|presiden\w+)\b", re.I)
_GLUE = set("of the and for du des le les la de del el et y".split())
# the country's own name where its French form begins otherwise than the English ("Tchad", "tchadienne")
_LOCAL_NAMES = {"TD": ("tchad",), "LB": ("liban",), "IQ": ("irak",), "MA": ("maroc",), "DZ": ("alger",),
                "CF": ("centrafric",), "CI": ("ivoir", "cote"), "KH": ("cambod",)}


@lru_cache(maxsize=65536)
def _fold(w: str) -> str:
    # a pure function asked for the same claimant names event after event (a hot path at scale)
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch)).lower()


def office_state(c: Claim, m: Mention, frame: EventFrame, sides: frozenset[str] = frozenset()) -> str | None:
    """The state side an unlisted, unaligned office named in state-office words speaks for: the state
    of the event's country (see _OFFICE_WORDS)."""
    if c.alignment or c.claimant_kind not in ("official", "unknown", "organisation", "unnamed",
                                              "newspaper/broadcaster", None):
        return None
    name = c.claimant or ""
    if not _OFFICE_MARK.search(_fold(name)) or lookup(name) is not None:
        return None
    loc = frame.location or m.frame.location
    if loc is None or not loc.country:
        return None
    from livedesk.read.actors import _by_iso
    country = _fold(_by_iso().get(loc.country) or "")
    # every word of the country's name counts ("Forces Armees de Cote d'Ivoire", "Armed Forces of the
    # Democratic Republic of Congo"), an elided article cut off its word ("d'Ivoire": "ivoire")
    stems = tuple(w[:4] for w in country.split() if len(w) >= 4) + _LOCAL_NAMES.get(loc.country, ())
    words = [re.sub(r"^[dl]['’]", "", _fold(w).strip("-")) for w in re.findall(r"[A-Za-zÀ-ÿ'’-]+", name)]
    others = [w for w in words if w not in _OFFICE_WORDS]
    if not words or len(others) > 3 or (others and not (stems and all(w.startswith(stems) for w in others))):
        return None
    state = state_of(loc.country)
    if not others and name != (m.outlet or ""):
        return None       # "the Defence Ministry said" in a wire may be any country's: only the office's own channel
    if not others and state not in sides | {side_key(a) for a in (frame.actor1, frame.actor2, m.frame.actor1,
                                                                   m.frame.actor2) if a}:
        # no country in the name ("Ministere des Armees"): the event's state only where it is a side
        # of the act (a foreign army's strike in the country is told by its own ministry)
        return None
    return state


# A state's police named after one of its provinces ("Jharkhand Police", "Punjab Police", "Borno
# State Police Command", "Police of Sindh"): a provincial branch of the state's police, so the state
# whose province the event lies in speaks through it, as through its army (one state's branches are
# one side). Only where the name's region is the event's own province (or its country).
_REGIONAL_FORCE = re.compile(
    r"^(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:State\s+|Provincial\s+|Province\s+)?"
    r"(?:Police|Gendarmerie|Constabulary|Levies|Rangers)(?:\s+(?:Force|Service|Command|Department|Headquarters))?$"
    r"|^(?:the\s+)?(?:Police|Gendarmerie|Constabulary)\s+(?:Force\s+|Service\s+|Command\s+|Department\s+)?"
    r"of\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+(?:State|Province))?$")


def regional_force_state(c: Claim, m: Mention, frame: EventFrame) -> str | None:
    """The state side an unlisted, unaligned provincial police force speaks for: the state of the
    event's country, where the force is named after the event's province (see _REGIONAL_FORCE)."""
    if c.alignment or c.claimant_kind not in ("official", "unknown", "organisation", "unnamed",
                                              "newspaper/broadcaster", None):
        return None
    name = (c.claimant or "").strip()
    hit = _REGIONAL_FORCE.match(name)
    if hit is None or lookup(name) is not None:
        return None
    loc = frame.location or m.frame.location
    if loc is None or not loc.country:
        return None
    region = _fold(hit.group("a") or hit.group("b") or "")
    from livedesk.read.actors import _by_iso
    places = {_fold(x) for x in (loc.admin1, _by_iso().get(loc.country)) if x}
    places |= {p.rsplit(" ", 1)[0] for p in places if p.endswith((" state", " province", " region"))}
    if region not in places:
        return None
    return state_of(loc.country)


_DEED = re.compile(r"\s+(?:has\s+|have\s+)?claim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:an?|the)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|ambush|raids?|bombings?|strikes?|killing|"
                   r"capture|seizure|operations?)\b", re.I)


def _claims_deed(c: Claim, frame: EventFrame) -> bool:
    """An armed group's claim that tells the act as its own: the group the event names as the doer,
    or a group saying it carried the act out ("X claimed the assault on ...")."""
    if c.claimant_kind not in ("armed group", "militant media") or not c.alignment:
        return False
    if frame.actor1 and side_key(frame.actor1) == c.alignment:
        return True
    text = c.text or ""
    return any(re.search(re.escape(n) + _DEED.pattern, text, re.I) for n in {c.claimant, c.canonical} if n)


@lru_cache(maxsize=512)
def state_of(iso: str) -> str | None:
    from livedesk.read.actors import _by_iso
    name = _by_iso().get(iso)
    return side_of(name) if name else None


def _side_origin(key: str) -> bool:
    """A side speaking for itself (its officials, its media): a party to the event, not a witness."""
    return key.startswith("side:")


def _one_key_per_person(said: list[Said]) -> list[Said]:
    """A person written in full in one report and by surname alone in another ("Jimmy Cherizier",
    "Cherizier") is one origin: the surname's key takes the full name's, where one full name
    among the event's claimants ends in it (two people sharing it leave it alone)."""
    full: dict[str, set[str]] = {}
    for s in said:
        if s.claim.claimant_kind == "person" and s.key.startswith("src:") and " " in s.key[4:]:
            full.setdefault(s.key[4:].split()[-1], set()).add(s.key)
    if not full:
        return said
    out = []
    for s in said:
        name = s.key[4:]
        if (s.claim.claimant_kind == "person" and s.key.startswith("src:") and " " not in name
                and len(full.get(name, ())) == 1):
            s = Said(s.claim, s.mention, next(iter(full[name])), s.implicit)
        out.append(s)
    return out


def _one_key_per_group(said: list[Said]) -> list[Said]:
    """One armed group under two names is one origin: a group nobody listed, speaking as a party,
    whose name holds a listed group's short name as a word ("Amhara Fano National Movement", Fano)
    or whose initials spell it ("Front pour l'Alternance et la Concorde au Tchad", FACT), is that
    group (its branch, its umbrella, its name in another language), where one such group is in the
    event."""
    listed = {s.claim.alignment for s in said if s.claim.alignment and lookup(s.claim.alignment) is not None}
    if not listed:
        return said
    out = []
    for s in said:
        c = s.claim
        own = c.canonical or c.claimant or ""
        if c.claimant_kind in ("armed group", "militant media") and c.alignment == own and lookup(own) is None:
            words = re.findall(r"[A-Za-zÀ-ÿ]+", own)
            initials = "".join(w[0] for w in words if w[0].isupper()).lower()
            hits = {side for side in listed if side != own and any(
                short and (short.lower() == initials or re.search(r"\b" + re.escape(short) + r"\b", own, re.I))
                for short in {side.split(":")[0].strip()} if len(short) >= 3)}
            if len(hits) == 1:
                side = hits.pop()
                c = Claim(**{**c.__dict__, "alignment": side})
                s = Said(c, s.mention, origin_key(own, c.claimant_kind, side), s.implicit)
        out.append(s)
    return out


def _one_key_per_initials(said: list[Said], event_sides: frozenset[str]) -> list[Said]:
    """A speaker written only by capitals ("The AA said its fighters overran ...") is the side of the
    event whose name those capitals spell (Arakan Army) before any outlet or state the same letters
    stand for elsewhere (the Anadolu Agency): news copy shortens the party it is writing about, and
    an outlet from outside the war quoted by its initials alone is rare. Only where exactly one side
    of the event spells it and the lexicon's reading aligns with no side of the event."""
    def initials_only(c: Claim) -> bool:
        own = (c.claimant or "").strip()
        return 2 <= len(own) <= 5 and own.isalpha() and own.isupper()

    sides = {x for x in event_sides if x} | {s.claim.alignment for s in said
                                              if s.claim.alignment and not initials_only(s.claim)}
    out = []
    for s in said:
        c = s.claim
        own = (c.claimant or "").strip()
        if initials_only(c) and c.alignment not in sides:
            hits = {side for side in sides if "".join(
                w[0] for w in re.findall(r"[A-Za-z]+", side.split(":")[0]) if w[0].isupper()) == own}
            if len(hits) == 1:
                side = hits.pop()
                c = Claim(**{**c.__dict__, "alignment": side, "canonical": side, "claimant_kind": "armed group"})
                s = Said(c, s.mention, origin_key(side, "armed group", side), s.implicit)
        out.append(s)
    return out


def _one_key_per_office(said: list[Said]) -> list[Said]:
    """One office under two names is one origin: an unaligned office ("the spokesman of the Ministry
    of Defense", "the Ministry of Defence in Tripoli") whose office words are those of exactly one
    side's office in the event ("Ministry of Defence of Libya") is that side's office."""
    def core(name: str) -> frozenset[str]:
        return frozenset(w.replace("defense", "defence") for w in (_fold(x) for x in re.findall(r"[A-Za-zÀ-ÿ]+", name))
                         if w in _OFFICE_WORDS and w not in _GLUE)
    sides: dict[frozenset[str], set[str]] = {}
    for s in said:
        c = s.claim
        if c.claimant_kind == "official" and c.alignment and _OFFICE_MARK.search(_fold(c.claimant or "")):
            sides.setdefault(core(c.claimant), set()).add(c.alignment)
    if not sides:
        return said
    out = []
    for s in said:
        c = s.claim
        if c.claimant_kind == "official" and not c.alignment and _OFFICE_MARK.search(_fold(c.claimant or "")):
            hit = sides.get(core(c.claimant), set())
            if len(hit) == 1:
                c = Claim(**{**c.__dict__, "alignment": next(iter(hit))})
                s = Said(c, s.mention, origin_key(c.canonical or c.claimant, c.claimant_kind, c.alignment), s.implicit)
        out.append(s)
    return out


# One public office written in its own language by itself and in English by a wire ("Fiscalia General
# del Estado de Sinaloa" / "the state prosecutor's office", "Procuraduria" / "the attorney general's
# office", "Prefecture de police" / "police prefecture"): the words of public offices in Spanish, French
# and Portuguese read as their English word (general language, no body listed).
_OFFICE_EN = {
    "fiscalia": "prosecutor", "fiscal": "prosecutor", "fiscales": "prosecutor", "procuraduria": "prosecutor",
    "procurador": "prosecutor", "procureur": "prosecutor", "parquet": "prosecutor", "prosecutors": "prosecutor",
    "prosecution": "prosecutor", "promotoria": "prosecutor", "attorney": "prosecutor", "ministerio": "ministry",
    "ministere": "ministry", "ministry": "ministry", "policia": "police", "policias": "police", "police": "police",
    "gendarmerie": "gendarmerie", "gendarmeria": "gendarmerie", "gobierno": "government", "gouvernement": "government",
    "governo": "government", "government": "government", "gobernador": "governor", "gouverneur": "governor",
    "governador": "governor", "governor": "governor", "gobernacion": "governor", "governorate": "governor",
    "alcaldia": "mayor", "alcalde": "mayor", "ayuntamiento": "mayor", "mairie": "mayor", "maire": "mayor",
    "prefeitura": "mayor", "prefeito": "mayor", "mayor": "mayor", "municipality": "mayor", "municipal": "mayor",
    "prefecture": "prefecture", "prefectura": "prefecture", "prefect": "prefecture", "prefet": "prefecture",
    "ejercito": "army", "armee": "army", "exercito": "army", "army": "army", "guardia": "guard", "garde": "guard",
    "guarda": "guard", "guard": "guard", "proteccion": "protection", "protection": "protection", "protecao": "protection",
    "defensa": "defence", "defense": "defence", "defesa": "defence", "defence": "defence", "seguridad": "security",
    "securite": "security", "seguranca": "security", "security": "security", "salud": "health", "sante": "health",
    "saude": "health", "health": "health", "justicia": "justice", "justice": "justice", "justica": "justice",
    "interior": "interior", "interieur": "interior", "estado": "state", "etat": "state", "estatal": "state",
    "state": "state", "general": "general", "generale": "general", "geral": "general", "federal": "federal",
    "federale": "federal", "nacional": "national", "nationale": "national", "national": "national",
    "republica": "republic", "republique": "republic", "republic": "republic", "civil": "civil", "civile": "civil",
    "publico": "public", "public": "public", "publique": "public", "secretaria": "secretariat",
    "secretariat": "secretariat", "secretary": "secretariat", "secretariado": "secretariat",
}
# the office a name is of (one of these must be shared) and the words that only qualify it
_OFFICE_HEADS = frozenset(("prosecutor", "ministry", "police", "gendarmerie", "government", "governor", "mayor",
                           "prefecture", "army", "guard", "protection"))
_QUALIFIERS = frozenset(("state", "general", "federal", "national", "republic", "public", "civil", "secretariat",
                         "security", "justice", "interior", "defence", "health"))
_NOISE = frozenset("""office offices oficina bureau of the de del la el los las du des le les da do dos das
e y et and s en in""".split())


def _office_concepts(name: str) -> frozenset[str]:
    return frozenset(_OFFICE_EN.get(w, w) for w in (_fold(x) for x in re.findall(r"[A-Za-zÀ-ÿ]+", name))
                     if w not in _NOISE)


def _one_key_per_translation(said: list[Said], places: set[str]) -> list[Said]:
    """One public office, no side of the event, under its own-language name and an English description
    of it is one origin: an unlisted, unaligned name whose office words (read in English) are all among
    another's, the other adding only words that qualify an office ("general", "national") or name the
    event's place (its province, its country), where exactly one such other name is in the event."""
    def open_(s: Said) -> bool:
        c = s.claim
        return (s.key.startswith("src:") and not c.alignment and lookup(c.canonical or c.claimant or "") is None
                and c.claimant_kind in ("official", "newspaper/broadcaster", "unknown", None))
    concepts = {s.key: _office_concepts(s.claim.canonical or s.claim.claimant or "") for s in said if open_(s)}
    concepts = {k: v for k, v in concepts.items() if v & _OFFICE_HEADS}
    if len(concepts) < 2:
        return said
    move: dict[str, str] = {}
    for k, small in concepts.items():
        bigger = {k2 for k2, big in concepts.items() if k2 != k and small < big and small & big & _OFFICE_HEADS
                  and all(w in _QUALIFIERS or w in places for w in big - small)
                  and len(big & _OFFICE_HEADS) == len(small & _OFFICE_HEADS)}
        if len(bigger) == 1:
            move[k] = bigger.pop()
    if not move:
        return said
    return [Said(s.claim, s.mention, move.get(s.key, s.key), s.implicit) for s in said]


# Words a description of an unnamed office or armed group is made of ("a senior police officer",
# "the army spokesman of the sector", "a militant faction", "a Baloch separatist group"): whose office or
# which kind of group, never which one.
_DESC_STATE = set("""police policeman policemen officer officers army military soldiers troops security forces
force armed infantry brigade division battalion regiment unit units corps command sector district station
superintendent inspector constable gendarmerie navy naval marines air spokesman spokeswoman spokesperson
commander official officials senior top chief head deputy local provincial regional state operations
operation""".split())
_DESC_GROUP = set("""group groups faction factions rebel rebels militant militants insurgent insurgents jihadist
jihadists islamist islamists armed outfit gang gangs coalition militia militias separatist separatists
guerrilla guerrillas fighters movement organisation organization banned outlawed proscribed splinter
spokesman commander leader leaders""".split())
_DESC_MEDIA = set("""state official government run government-run state-run news agency television tv radio
broadcaster media outlet channel network newspaper national public""".split())
_MEDIA_DESC_MARK = {"agency", "television", "tv", "radio", "broadcaster", "media", "outlet", "channel"}
_DESC_GLUE = set("the a an its their of in from and".split())
_STATE_DESC_MARK = {"police", "policeman", "policemen", "army", "military", "soldiers", "troops", "security",
                    "infantry", "brigade", "division", "battalion", "regiment", "gendarmerie", "navy", "naval",
                    "marines", "superintendent", "constable"}
_GROUP_DESC_MARK = {"group", "groups", "faction", "factions", "rebel", "rebels", "militant", "militants",
                    "insurgent", "insurgents", "jihadist", "jihadists", "islamist", "islamists", "outfit",
                    "gang", "gangs", "militia", "militias", "separatist", "separatists", "guerrilla",
                    "guerrillas"}
# a service's possessive before its own unit ("the Army's 11th Infantry Division", "the Navy's 4th
# Fleet"): the unit is the same source with or without it
_SERVICE_OWN = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:army|navy|military|air\s+force|police|marines?|"
                          r"marine\s+corps|gendarmerie)[’']s?\s+", re.I)


def _unit_name(name: str) -> str:
    """'the Army's 11th Infantry Division' -> '11th infantry division'."""
    return _fold(_SERVICE_OWN.sub("", re.sub(r"^the\s+", "", name.strip(), flags=re.I)))


def _description_kind(name: str, owner: str | None) -> str | None:
    """'state' or 'group' when the name only describes an office or an armed group (see _DESC_STATE),
    None when it names one. Words after "of" name the office's post ("the army spokesman of the
    northern sector"); a proper word elsewhere must be a word of `owner`, the named origin it may be
    ("a Baloch separatist group": the Baloch Liberation Army)."""
    head = re.split(r"\s+of\s+", _SERVICE_OWN.sub("", name.strip()), maxsplit=1)[0]
    words = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[A-Za-z0-9’'-]+", head)]
    low = [w.lower() for w in words]
    if not low:
        return None
    owned = {w.lower() for w in re.findall(r"[A-Za-z]+", owner or "")}
    for w, lw in zip(words, low):
        if lw in _DESC_STATE or lw in _DESC_GROUP or lw in _DESC_MEDIA or lw in _DESC_GLUE \
                or re.fullmatch(r"\d+(?:st|nd|rd|th)?", lw):
            continue
        if w[:1].isupper() and lw in owned:
            continue
        return None
    if set(low) & _MEDIA_DESC_MARK:
        # "the state news agency", "the group's television": a side's channel, described
        return "media" if all(w in _DESC_MEDIA or w in _DESC_GLUE or w in owned for w in low) else None
    state, group = bool(set(low) & _STATE_DESC_MARK), bool(set(low) & _GROUP_DESC_MARK)
    return "state" if state and not group else "group" if group and not state else None


def _one_key_per_description(said: list[Said], frame: EventFrame | None = None) -> list[Said]:
    """An unnamed description that fits a named origin of the same event is that origin, not an
    independent one: "police said" or "a senior police officer said" in a wire beside the provincial
    police's own statement, "a militant faction said it attacked" beside the faction named, "a
    Baloch separatist group said" beside the Baloch Liberation Army, "the state news agency said" beside the
    state's agency. It fits where the event holds exactly one named origin of its kind (a state's
    office for an office, an armed group for a group, a side's channel for a channel) that
    tells it the same way (telling with telling, denying with denying); two such leave it as it is.
    An office fits only the state of the event's country: "police said" in a foreign army's strike is
    the country's police, not that army.
    A unit named with and without its service's possessive ("the Army's 11th Infantry Division",
    "11th Infantry Division") is one source."""
    def told(c: Claim) -> bool:
        return c.stance in _TOLD

    def described(c: Claim, owner: str | None = None) -> str | None:
        own = c.canonical or c.claimant or ""
        if lookup(own) is not None or c.claimant_kind not in (
                "official", "unknown", "organisation", "armed group", "newspaper/broadcaster", "state media",
                "militant media", None):
            return None
        if c.alignment and c.alignment not in (c.claimant, c.canonical):
            return None
        return _description_kind(c.claimant or "", owner)

    loc = frame.location if frame is not None else None
    home = one_state(state_of(loc.country)) if loc is not None and loc.country else None
    named: dict[tuple[str, bool], dict[str, Said]] = {}
    for s in said:
        c = s.claim
        others = " ".join(x.claim.canonical or x.claim.claimant or "" for x in said if x.key != s.key)
        if not (c.alignment and s.key.startswith("side:")) or described(c, others):
            continue        # (a description is no named origin, whichever name it may fit)
        kind = "state" if _STATE_FORCE.match(one_state(c.alignment) or "") else "group"
        if kind == "state" and home and one_state(c.alignment) != home:
            kind = "foreign"      # "police said" in a foreign army's strike is the country's police, not that army
        if kind == "group" and c.claimant_kind not in ("armed group", "militant media", "official"):
            continue
        named.setdefault((kind, told(c)), {}).setdefault(s.key, s)
        if c.claimant_kind in ("state media", "militant media"):
            named.setdefault(("media", told(c)), {}).setdefault(s.key, s)
    units: dict[str, Said] = {}
    for s in said:
        name = _unit_name(s.claim.claimant or "")
        if name and (name not in units or (s.claim.claimant_kind == "official"
                                           and units[name].claim.claimant_kind != "official")):
            units[name] = s
    out = []
    for s in said:
        c = s.claim
        if c.stance not in ("asserts", "confirms", "denies"):
            out.append(s)
            continue
        target = None
        for kind in ("state", "group", "media"):
            cands = named.get((kind, told(c)), {})
            if len(cands) == 1:
                t = next(iter(cands.values()))
                if t.key != s.key and described(c, t.claim.canonical or t.claim.claimant or t.claim.alignment) == kind:
                    target = t
        if target is None:
            u = units.get(_unit_name(c.claimant or ""))
            if u is not None and u is not s and u.key != s.key and (c.claimant or "") != (u.claim.claimant or ""):
                target = u
        if target is not None:
            t = target.claim
            c = Claim(**{**c.__dict__, "claimant_kind": t.claimant_kind, "alignment": t.alignment})
            s = Said(c, s.mention, target.key, s.implicit)
        out.append(s)
    return out


_TOLD = ("asserts", "confirms")
# a source taking back its own account: "withdraws its report", "retracts", "a correction"
_WITHDRAWS = re.compile(r"\b(?:withdr[ae]w[sn]?|withdrawing|retract(?:s|ed|ing|ion)?|correction|"
                        r"taken down|no longer stands? behind)\b", re.I)


def _latest_word(said: list[Said]) -> tuple[list[Said], list[str]]:
    """An origin's latest word stands (docs/statuses.md): a source not a side that told the event in
    its own voice and later withdraws that account ("we withdraw our report", "the account could
    not be confirmed and has been taken down") is neither an origin nor a party denying it: its
    telling and its withdrawal both drop out. One that denied and later told it in its own voice
    (a correction the other way) is an origin, and its earlier denial drops out. A side's own
    word is left to the rules for parties (its denial is a party's denial, whatever it said first).
    `said` is in publication order."""
    # "DMG withdraws its report ...: we could not confirm that the market was struck": a source's
    # own non-confirmation, in words that take back an account, of what it told earlier is its
    # withdrawal, as a later denial would be
    told_at: dict[str, datetime] = {}
    for s in said:
        if s.claim.stance in _TOLD and not s.claim.via:
            told_at.setdefault(s.key, _published(s.mention))
    said = [Said(Claim(**{**s.claim.__dict__, "stance": "denies"}), s.mention, s.key, s.implicit)
            if s.claim.stance == "unconfirmed" and s.key in told_at and _published(s.mention) > told_at[s.key]
            and _WITHDRAWS.search(s.mention.text or "") else s for s in said]
    own: dict[str, list[Said]] = {}
    for s in said:
        c = s.claim
        if c.stance in _TOLD + ("denies",) and not c.via and not c.alignment and not _side_origin(s.key):
            own.setdefault(s.key, []).append(s)
    drop: set[int] = set()
    withdrawn: list[str] = []
    for key, xs in own.items():
        stances = {x.claim.stance in _TOLD for x in xs}
        if len(stances) < 2:
            continue
        last = xs[-1]
        if last.claim.stance == "denies":
            told = [x for x in xs if x.claim.stance in _TOLD]
            if _published(told[0].mention) >= _published(last.mention):
                continue                                 # denied in the same breath: not a withdrawal
            drop |= {id(x) for x in said if x.key == key and x.claim.stance in _TOLD + ("denies",)}
            withdrawn.append(last.claim.canonical or last.claim.claimant)
        else:
            drop |= {id(x) for x in xs if x.claim.stance == "denies"}
    if not drop:
        return said, withdrawn
    return [s for s in said if id(s) not in drop], withdrawn


def _place_words(ms: list[Mention], frame: EventFrame) -> set[str]:
    """The words naming where the event is: its places, their provinces, their country (folded)."""
    from livedesk.read.actors import _by_iso
    out: set[str] = set()
    for loc in [frame.location] + [m.frame.location for m in ms]:
        if loc is None:
            continue
        for name in (loc.name, loc.admin1, _by_iso().get(loc.country or "")):
            out |= {_fold(w) for w in re.findall(r"[A-Za-zÀ-ÿ]+", name or "") if len(w) >= 3}
    return out - _NOISE


def assess(ms: list[Mention], frame: EventFrame, now: datetime, stale_hours: float) -> dict:
    """status, status_reason, origins, first_reported, contradictions, stale for one event.

    Statuses (docs/statuses.md):
    - disputed: origins contradict each other: one asserts what another denies (and an origin
      independent of the sides, or a confirmation, stands behind it), or one says a place changed
      hands while another says it held;
    - denied: a party denies it and nothing independent of the sides supports it;
    - confirmed: the party concerned confirms the act, or admits its own loss;
    - corroborated: two or more independent origins say it, and none contradicts;
    - claimed: one origin (single-source).
    """
    ms = sorted(ms, key=lambda m: (_published(m), m.id))
    copies = _copies(ms)
    said: list[Said] = []
    # A report that attributes the event elsewhere in its text relays it: its unattributed
    # sentences about the same event are a recap, not an origin of their own.
    attributing = {m.report_id for m in ms if any(
        c.stance in ("asserts", "confirms", "denies") and c.claimant_kind not in ("unnamed", None)
        for c in m.claims)}
    # a claimant that tells the act as its own in one report is a party in all of them
    parties = {c.canonical or c.claimant for m in ms for c in m.claims if self_claim(c, m)}
    # the sides any report of the event names (whose own offices may speak of it)
    event_sides = frozenset(side_key(a) for x in ms for a in (x.frame.actor1, x.frame.actor2) if a)
    # a claimant nobody listed that some report names as an actor of the act is a party to it, not a
    # witness ("Jund al-Khilafa claimed the blast" where the group is the doer): its claim is its side's
    parties |= {c.canonical or c.claimant for m in ms for c in m.claims
                if c.claimant_kind == "unknown" and not c.alignment and (c.canonical or c.claimant)
                and side_key(c.canonical or c.claimant) in event_sides}
    for m in ms:
        implicit = not m.claims
        if implicit and m.report_id in attributing:
            continue
        src = copies.get(m.id) if implicit else None
        for c in (claims_of(src) if src else claims_of(m)):
            state = local_state(c, m, frame) or command_state(c, m, frame) or office_state(
                c, m, frame, event_sides) or regional_force_state(c, m, frame)
            if state:
                c = Claim(**{**c.__dict__, "claimant_kind": "official", "alignment": state})
            elif implicit and not c.alignment and c.claimant_kind == "unknown" and self_claim(c, m):
                parties.add(c.canonical or c.claimant)  # an outlet speaking of "our officers": the force
                c = Claim(**{**c.__dict__, "alignment": c.canonical or c.claimant, "claimant_kind": "armed group"})
            elif not c.alignment and (c.canonical or c.claimant) in parties:
                c = Claim(**{**c.__dict__, "alignment": c.canonical or c.claimant,
                             "claimant_kind": c.claimant_kind if c.claimant_kind in MOUTHPIECES else "armed group"})
            key = origin_key(c.canonical or c.claimant, c.claimant_kind, c.alignment)
            if key.startswith("side:"):
                key = "side:" + one_state(key[5:])       # the army and the police of one state: one origin
            said.append(Said(c, m, key, implicit))
    said = _one_key_per_office(_one_key_per_group(_one_key_per_initials(_one_key_per_person(said), event_sides)))
    said = _one_key_per_translation(said, _place_words(ms, frame))
    said = _one_key_per_description(said, frame)
    said, withdrawn = _latest_word(said)
    # sides as the sources lexicon spells them: without a state force's term of office
    # (a state's branches compared as the state: see one_state)
    concerned = {one_state(side_key(a)) for a in (frame.actor1, frame.actor2) if a}
    # the side that loses by it: the target (ACLED's actor2), or whose dead the figures count
    loser = one_state(side_key(frame.actor2 or (frame.fatalities.side if frame.fatalities else None)))
    asserting: dict[str, Claim] = {}
    weak: dict[str, Claim] = {}
    confirmers: dict[str, Claim] = {}
    deniers: dict[str, Claim] = {}
    silent: dict[str, Claim] = {}
    admissions: dict[str, Claim] = {}
    outcomes: dict[str, dict[str, Claim]] = {"control": {}, "holds": {}}
    relays: list[str] = []
    # a claimant that relays another's claim of this event passes on what it was told: its own
    # unattributed telling of the same event is no second origin ("AP reports ISIS took the base"
    # beside "Al-Bayan said ISIS took the base, AP reported")
    relayers = {v for s in said if s.claim.stance in ("asserts", "confirms", "denies") for v in s.claim.via}
    relayed_own: list[str] = []
    own_losses: dict[int, set[str]] = {}
    tells_taken: set[str] = set()          # origins whose own report says the place changed hands

    def hurt_in(m: Mention) -> set[str]:           # read only where a side's own claim needs it
        if id(m) not in own_losses:
            own_losses[id(m)] = victims_side(m.text, m.frame.fatalities)
        return own_losses[id(m)]

    for s in said:
        c = s.claim
        for v in c.via:
            if v not in relays and not any(v == (x.claim.canonical or x.claim.claimant) for x in said):
                relays.append(v)
        mouth = c.claimant_kind in MOUTHPIECES
        if c.stance == "denies":
            deniers.setdefault(s.key, c)
        elif c.stance == "unconfirmed":
            silent.setdefault(s.key, c)
        elif c.stance == "uncertain" or c.claimant_kind in ("unnamed", None):
            weak.setdefault(s.key, c)
        elif (c.stance == "asserts" and not c.via and not mouth and (c.canonical or c.claimant) in relayers
              and any(x.claim.via and x.key != s.key for x in said)):
            # (a side's own channel telling its own act is its claim, whoever else passes it on)
            name = c.canonical or c.claimant
            if name not in relayed_own:
                relayed_own.append(name)
        else:
            asserting.setdefault(s.key, c)
            told = outcome(c, s.mention)
            if told:
                outcomes[told].setdefault(s.key, c)
            if told == "control" or s.mention.frame.sub_event_type in _TERRITORIAL:
                tells_taken.add(s.key)
            hurt = {one_state(x) for x in hurt_in(s.mention)} if mouth and c.alignment else set()
            side = one_state(c.alignment)
            party = side is not None and (side in concerned or side == loser)
            # the side that loses by it as the claimant's own report tells it: a ministry telling of
            # civilians killed in its city tells of the civilians' loss, not its side's, whatever
            # target another report names
            own_target = one_state(side_key(s.mention.frame.actor2))
            loses = loser if not own_target or own_target == loser else None
            if c.stance == "confirms" and mouth and (party or not concerned):
                confirmers.setdefault(s.key, c)          # the side concerned confirms the act
            elif mouth and c.alignment and (side in hurt or (OWN in hurt and (
                    c.claimant_kind == "official" or side == loser
                    or (c.claimant_kind == "state media" and _STATE_FORCE.match(c.alignment))
                    or (c.canonical or c.claimant) in parties))):
                # (a group nobody listed, telling of its own dead in the first person, is the party)
                confirmers.setdefault(s.key, c)          # a side admitting its own dead or lost craft
            elif mourns_own(c.text or s.mention.text, c.alignment if mouth else (
                    c.canonical or c.claimant if not c.alignment and c.claimant_kind in _PARTY_KINDS else None),
                    own_voice=mouth and s.implicit):
                confirmers.setdefault(s.key, c)          # a side naming its own dead as its own
            elif mouth and loses and side == loses and told != "holds" and not (
                    told == "control" and not _LOSS.search(c.text or s.mention.text or "")) \
                    and not accuses_only(c.text or s.mention.text):
                # the side that loses by it says it happened (a side telling of a capture in words of
                # taking, not of losing, is the taker whatever roles the readers gave: its claim)
                confirmers.setdefault(s.key, c)
            elif mouth and c.alignment and left_own(c.text or s.mention.text):
                confirmers.setdefault(s.key, c)          # a side saying it left the place admits losing it
            elif mouth and c.alignment and c.claimant_kind == "official" and not c.via and \
                    _STRUCK_OWN.search(c.text or s.mention.text or "") and not accuses_only(c.text or s.mention.text):
                confirmers.setdefault(s.key, c)          # a side telling of the enemy hitting its own post
            elif loser and side == loser and not mouth:
                admissions.setdefault(s.key, c)          # an outlet of that side carries it
    for k in deniers:                                    # who denies does not also assert
        asserting.pop(k, None)
        confirmers.pop(k, None)
        for o in outcomes.values():
            o.pop(k, None)
    independent = list(asserting.values())
    n = len(independent)
    # armed groups each claiming the act as their own doing (the group named as the doer, or one
    # that "claimed the assault") are the doer's side however many names it goes by (a branch and
    # its parent, a group and its coalition): credit claimed twice is one claim, not two witnesses
    doers = [k for k, c in asserting.items() if _claims_deed(c, frame)]
    if len(doers) > 1:
        n -= len(doers) - 1
    # origins independent of the sides (a monitor, a wire's own reporters, investigators)
    neutral = [k for k in asserting if not _side_origin(k)]
    # one side says the place changed hands, another origin says it held: opposite claims
    # (only where a report says a place changed hands: "overran a checkpoint" in a raid the army says
    # it repelled is one raid told by both sides, not two claims about who holds a place)
    territorial = any(m.frame.sub_event_type in _TERRITORIAL for m in ms) or any(
        _TAKEN.search(c.text or "") for o in outcomes["control"].values() for c in (o,))
    # a place said to have changed hands: some report of the event is typed as the capture itself
    captured = bool(outcomes["control"]) and any(m.frame.sub_event_type in _TERRITORIAL for m in ms)
    clash = [(a, b) for a in outcomes["control"] for b in outcomes["holds"] if a != b] if territorial else []
    if deniers and (confirmers or neutral or any(k not in deniers and _side_origin(k) and
                                                  one_state(asserting[k].alignment) != one_state(deniers[d].alignment)
                                                  and n >= 2 for k in asserting for d in deniers)):
        status = "disputed"
    elif deniers:
        status = "denied"
    elif clash:
        status = "disputed"
    elif confirmers:
        status = "confirmed"
    elif n >= 2 and not (captured and len(tells_taken & set(asserting)) - max(0, len(doers) - 1) < 2):
        status = "corroborated"
    else:
        # (a place said to have changed hands is corroborated by two origins saying it did: a monitor
        # or a witness telling only of fighting there supports the battle, not its outcome)
        status = "claimed"
    parts = []
    if clash:
        a, b = clash[0]
        ca, cb = outcomes["control"][a], outcomes["holds"][b]
        parts.append(f"{ca.canonical or ca.claimant} says the place changed hands; "
                     f"{cb.canonical or cb.claimant} says it holds or the fighting goes on (opposite claims)")
    if independent:
        word = "independent origins" if n > 1 else "origin"
        parts.append(f"{n} {word}: " + ", ".join(label(c) for c in independent))
        if len(doers) > 1:
            parts.append(", ".join(label(asserting[k]) for k in doers)
                         + " each claim the act as their own (the doer's side, counted once)")
        if status == "claimed" and n >= 2:
            fights = [label(c) for k, c in asserting.items() if k not in tells_taken]
            parts.append(", ".join(fights) + " tell of fighting there, not that the place changed hands")
    elif weak:
        parts.append("unnamed or hedged reports only: " + ", ".join(label(c) for c in weak.values()))
    if confirmers:
        parts.append("confirmed by " + ", ".join(label(c) for c in confirmers.values())
                     + ", the party concerned")
    if deniers:
        parts.append("denied by " + ", ".join(label(c) for c in deniers.values()))
        if status == "denied" and independent:
            parts.append("no origin independent of the sides supports it")
    if withdrawn:
        parts.append(", ".join(withdrawn) + " withdrew its own account (its latest word stands: no origin, no denial)")
    if admissions:
        parts.append(", ".join(label(c) for c in admissions.values())
                     + " reports it against its own side's interest")
    relays += [r for r in relayed_own if r not in relays]
    if relays:
        parts.append("relayed by " + ", ".join(relays) + " (a relay is not a corroboration)")
    if copies:
        parts.append(", ".join(sorted({f"{m.outlet} copies {copies[m.id].outlet}" for m in ms
                                        if m.id in copies})) + " (near-verbatim, counted once)")
    for c in silent.values():
        who = c.canonical or c.claimant
        note = " (the side concerned)" if c.alignment and one_state(c.alignment) in concerned else ""
        parts.append(f"{who}{note} has not confirmed")
    if status in ("claimed", "corroborated") and not silent and concerned and not confirmers and not deniers:
        from livedesk.fuse.match import is_generic
        quiet = [a for a in (frame.actor2,) if a and not is_generic(a)]
        if quiet:
            parts.append(f"nothing heard from {quiet[0]}")
    first = ms[0]
    spread, seen_outlets = [], set()
    for m in ms:
        if m.outlet not in seen_outlets:
            seen_outlets.add(m.outlet)
            spread.append({"outlet": m.outlet, "report_id": m.report_id,
                           "published": m.published.isoformat() if m.published else None})
    # how the story travelled: origin -> relays -> the outlet that carried it, earliest first
    paths: list[str] = []
    for s_ in said:
        c = s_.claim
        steps = [c.canonical or c.claimant, *c.via]
        if s_.mention.outlet and s_.mention.outlet not in steps:
            steps.append(s_.mention.outlet)
        path = " → ".join(steps)
        if path not in paths and c.stance != "unconfirmed":
            paths.append(path)
    first_reported = {"report_id": first.report_id, "outlet": first.outlet,
                      "published": first.published.isoformat() if first.published else None,
                      "spread": spread[:20], "paths": paths[:20]}
    stale = False
    if status == "claimed" and first.published is not None:
        stale = now - _published(first) > timedelta(hours=stale_hours)
    origins = [label(c) for c in independent] or [label(c) for c in weak.values()]
    if not origins and deniers:
        origins = [label(c) for c in deniers.values()]
    return {"status": status, "status_reason": "; ".join(parts), "origins": origins,
            "first_reported": first_reported, "stale": stale,
            "contradictions": contradictions(ms, said)}


def contradictions(ms: list[Mention], said: list[Said]) -> list[str]:
    """Plain statements of where the reports of one event disagree."""
    out: list[str] = []
    seen: dict[tuple[str, str], str] = {}        # (place, direction) -> who says it
    for m in ms:
        for text in (m.text, m.frame.summary):
            for d, place in _DIRECTION.findall(text or ""):
                d, key = d.lower(), place.lower()
                who = m.outlet or m.report_id
                opp = seen.get((key, _OPPOSITE[d]))
                if opp is not None:
                    msg = f"{opp} says {_OPPOSITE[d]} of {place}; {who} says {d} of {place}"
                    if msg not in out:
                        out.append(msg)
                seen.setdefault((key, d), who)
    assert_who = {s.claim.canonical or s.claim.claimant for s in said
                  if s.claim.stance in ("asserts", "confirms")}
    deny_who = {s.claim.canonical or s.claim.claimant for s in said if s.claim.stance == "denies"}
    if assert_who and deny_who:
        out.append(f"asserted by {', '.join(sorted(assert_who))}; denied by {', '.join(sorted(deny_who))}")
    kinds: dict[str, list[str]] = {}
    for m in ms:
        who = m.outlet or m.report_id
        names = kinds.setdefault(m.frame.sub_event_type, [])
        if who not in names:
            names.append(who)
    if len(kinds) > 1:
        out.append("reports differ on what happened: " + "; ".join(
            f"{k} ({', '.join(v[:3])})" for k, v in kinds.items()))
    days = sorted({(m.frame.date_start or m.frame.date_end, m.frame.date_end or m.frame.date_start)
                   for m in ms if m.frame.date_start or m.frame.date_end})
    if days and max(a for a, _ in days) > min(b for _, b in days):
        out.append("reports differ on the date: " + ", ".join(
            a if a == b else f"{a}..{b}" for a, b in days[:4]))
    from livedesk.fuse.places import km
    pts = [(m, m.frame.location) for m in ms if m.frame.location and m.frame.location.lat is not None
           and m.frame.location.lon is not None and m.frame.location.precision < 4]
    far = 0.0, None
    for i in range(len(pts)):
        for j in range(i + 1, min(len(pts), i + 30)):
            d = km(pts[i][1], pts[j][1]) or 0.0
            if d > far[0]:
                far = d, (pts[i][0], pts[j][0])
    if far[0] > 60 and far[1]:
        a, b = far[1]
        out.append(f"places {far[0]:.0f} km apart: {a.frame.location.name} ({a.outlet}) "
                   f"and {b.frame.location.name} ({b.outlet})")
    return out
