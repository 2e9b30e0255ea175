"""Sub-event types as fusion compares them: the kinds of event that are never one happening, and the
types that reports of one happening commonly give it (from ACLED's codebook), with what differing costs.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from livedesk.model import ACLED_TYPES

# The kinds of event: mentions of different kinds are never one event (unless their types are
# listed as compatible below).
GROUP = {"Battles": "violence", "Explosions/Remote violence": "violence",
         "Violence against civilians": "violence", "Protests": "unrest", "Riots": "unrest",
         "Strategic developments": "strategic"}
# Sub-event types that reports of one happening commonly give it, and what the disagreement costs
# (1.0 is the same type). ACLED's codebook separates these by details a first report often lacks or
# gets wrong; everything not listed here is two different happenings (score 0 across event kinds,
# a weak 0.2 within one ACLED event type).
COMPATIBLE: dict[frozenset[str], float] = {}


def _compatible(score_: float, *pairs: tuple[str, str]) -> None:
    for a, b in pairs:
        COMPATIBLE[frozenset((a, b))] = score_


# Territory changing hands: the codebook splits a capture into a battle (government regains /
# non-state actor overtakes) or a strategic development (non-violent transfer) only by whether
# fighting took place, which reports of one capture tell differently ("retook" / "entered after
# the fighters withdrew"); ACLED files all three under a place that changed hands.
_compatible(0.6, ("Government regains territory", "Non-violent transfer of territory"),
            ("Non-state actor overtakes territory", "Non-violent transfer of territory"))
# Two readings of who holds the place afterwards: both say the place changed hands, and differ only
# on which side is the state, which reports often leave unstated (and a foreign army taking a town
# is neither) -- as near as a capture told with or without a fight.
_compatible(0.6, ("Government regains territory", "Non-state actor overtakes territory"))
# A side pulling out of a place (a change to its activity) is the other side's taking it, told by
# the side that left.
_compatible(0.35, ("Change to group/activity", "Non-violent transfer of territory"),
            ("Change to group/activity", "Government regains territory"),
            ("Change to group/activity", "Non-state actor overtakes territory"))
# A fight over a place is an armed clash until a report says the place changed hands (with or
# without a fight: "entered after the defenders pulled back" beside "the fighting goes on").
_compatible(0.35, ("Armed clash", "Government regains territory"),
            ("Armed clash", "Non-state actor overtakes territory"),
            ("Armed clash", "Non-violent transfer of territory"))
# An armed group firing on a patrol, a post or a convoy: the codebook makes it a battle (the target
# is armed), a reader who takes the target for bystanders an attack on civilians ("armed men opened
# fire on our patrol"); both readings describe one assault.
_compatible(0.35, ("Armed clash", "Attack"))
# Fighting told from afar: a clash often comes with (and is reported as) the shelling or air
# strikes that accompany it.
_compatible(0.35, ("Armed clash", "Shelling/artillery/missile attack"), ("Armed clash", "Air/drone strike"),
            ("Shelling/artillery/missile attack", "Non-state actor overtakes territory"),
            ("Shelling/artillery/missile attack", "Government regains territory"),
            ("Air/drone strike", "Non-state actor overtakes territory"),
            ("Air/drone strike", "Government regains territory"))
# Remote violence: the codebook tells these apart by the weapon, which witnesses on the ground often
# cannot (a missile or an air strike; a planted or a suicide car bomb; a grenade or an IED).
_REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
           "Suicide bomb", "Grenade")
_compatible(0.35, *combinations(_REMOTE, 2))
# A wave of drones or missiles is told by the side it hit as the interceptions ("air defences
# destroyed 19 of 25 drones") and by the one that launched it as the strike.
_compatible(0.35, ("Disrupted weapons use", "Air/drone strike"),
            ("Disrupted weapons use", "Shelling/artillery/missile attack"))
# A strike that kills civilians is read as an attack on civilians; ACLED codes it as remote
# violence with civilian targeting, so both readings describe the same strike.
_compatible(0.35, *[(x, "Attack") for x in _REMOTE])
# One demonstration told as peaceful, met by force, or turning violent: the codebook separates
# these by the response and the crowd's conduct, on which reports of one protest differ.
_compatible(0.35, *combinations(("Peaceful protest", "Protest with intervention",
                                  "Excessive force against protesters", "Violent demonstration",
                                  "Mob violence"), 2))
# Strategic developments without a clear type ("Other") and the ones nearest it: seizures,
# destruction, a group's change of activity or a new base are often one development told twice.
_compatible(0.35, *combinations(("Disrupted weapons use", "Looting/property destruction", "Other",
                                  "Change to group/activity", "Headquarters or base established"), 2))


@lru_cache(maxsize=4096)        # a few dozen types; asked millions of times by matching
def type_score(a: str, b: str) -> float:
    """1.0 for one type, the table's cost for compatible ones, 0.2 within one event type, else 0."""
    if a == b:
        return 1.0
    near = COMPATIBLE.get(frozenset((a, b)))
    if near is not None:
        return near
    return 0.2 if ACLED_TYPES.get(a) == ACLED_TYPES.get(b) else 0.0


@lru_cache(maxsize=4096)
def compatible(a: str, b: str) -> bool:
    """Whether the table pairs two types (across kinds of event)."""
    return frozenset((a, b)) in COMPATIBLE


def group(sub: str) -> str:
    """The kind of event a sub-event type is: violence, unrest or strategic."""
    return GROUP.get(ACLED_TYPES.get(sub, ""), "other")


# The kinds of event a mention is blocked with: its own, and those of the types it is compatible
# with across kinds (a non-violent transfer of territory meets the battles that retake a place).
BLOCKS: dict[str, tuple[str, ...]] = {
    sub: tuple(dict.fromkeys([group(sub)] + [group(o) for pair in COMPATIBLE if sub in pair
                                              for o in pair if o != sub]))
    for sub in ACLED_TYPES}
