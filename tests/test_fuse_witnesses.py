"""Session 12 fusion round 3 (docs/statuses.md): unnamed witnesses ("residents said", "villagers told
AFP") are listed but never an origin of their own; the outlet that spoke to them counts as its own
reporting where it is independent of the sides. Reports written for these tests (invented events at
real places)."""
from __future__ import annotations

import pytest

from livedesk.fuse.corroborate import OWN, victims_side
from livedesk.fuse.outcomes import DENIAL
from livedesk.sources import classify, unnamed_witness
from test_fuse_battles import _m
from test_fuse_statuses import _one


@pytest.mark.parametrize("name,unnamed", [
    ("residents", True), ("Villagers", True), ("local residents", True), ("two villagers", True),
    ("Kabul residents", True), ("residents of Abu Salim", True), ("a doctor at the hospital", True),
    ("doctor Ahmed Ali", False), ("Hassan Omar, a resident", False), ("Reuters", False)])
def test_which_witnesses_are_unnamed(name, unnamed):
    assert unnamed_witness(name, classify(name).kind) is unnamed


def _raid(*others):
    """A group claims a raid on a village; other reports follow."""
    return [_m("a#0", "Our fighters raided the village of Sebba and killed the militia guarding it.", "Az-Zallaqa",
               [{"claimant": "JNIM", "stance": "asserts"}], sub_event_type="Attack",
               actor2="Volunteers for the Defense of the Homeland")] + [
        _m(f"o{k}#0", text, outlet, claims, sub_event_type="Attack", actor2="Volunteers for the Defense of the Homeland",
           published=f"2024-03-06T0{3 + k}:00:00Z") for k, (outlet, text, claims) in enumerate(others)]


def test_residents_heard_by_a_side_channel_add_no_origin():
    ev = _one(_raid(("Radio Sahel Libre", "Residents of Sebba said gunmen on motorbikes stormed the village at dawn.",
                     [{"claimant": "Residents of Sebba", "stance": "asserts", "via": ["Az-Zallaqa"]}])))
    assert ev.status == "claimed", ev.status_reason
    assert "local witness" not in ev.status_reason


def test_villagers_who_told_a_wire_are_the_wires_reporting():
    ev = _one(_raid(("Le Monde", "Villagers told AFP that gunmen on motorbikes stormed Sebba at dawn, Le Monde reported.",
                     [{"claimant": "Villagers", "stance": "asserts", "via": ["AFP", "Le Monde"]}])))
    assert ev.status == "corroborated", ev.status_reason
    assert "Agence France-Presse (wire agency)" in ev.status_reason and "Villagers (local witness)" not in ev.status_reason


def test_two_crowds_of_residents_are_not_two_origins():
    ms = [_m(f"r{k}#0", text, "Az-Zallaqa", [{"claimant": who, "stance": "asserts", "via": ["Az-Zallaqa"]}],
             sub_event_type="Attack", actor1=None, actor2=None)
          for k, (who, text) in enumerate([("residents", "Residents said gunmen stormed Sebba at dawn."),
                                           ("locals", "Locals reported gunfire in Sebba at dawn.")])]
    ev = _one(ms)
    assert ev.status != "corroborated", ev.status_reason


# Round 3, kinds of how sides write (docs/statuses.md): a state's own dead in its idiom, and a side's
# own-voice "The claims ... are baseless".
@pytest.mark.parametrize("text,own", [
    ("Two mobile police personnel attached to the base paid the supreme price while repelling the attack.", True),
    ("Regrettably, three soldiers stationed at the camp lost their lives.", True),
    ("Two gallant soldiers made the ultimate sacrifice defending the post.", True),
    ("Four soldiers were martyred in the attack on the checkpoint.", True),
    ("Forty soldiers stationed at the camp were killed by our mujahideen.", False),
    ("Our troops neutralised 30 terrorists.", False)])
def test_a_states_own_dead_in_its_idiom(text, own):
    assert (OWN in victims_side(text)) is own


def test_an_army_telling_its_dead_in_its_idiom_confirms():
    ms = [_m("a#0", "Troops repelled an attack on the base at Djibo; two soldiers attached to the base paid the "
             "supreme price.", "Burkina Faso armed forces",
             [{"claimant": "Burkina Faso armed forces", "stance": "asserts", "claimant_kind": "official",
               "alignment": "Military Forces of Burkina Faso"}], sub_event_type="Attack"),
          _m("b#0", "JNIM fighters attacked the base at Djibo.", "Az-Zallaqa", [{"claimant": "JNIM", "stance": "asserts"}],
             sub_event_type="Attack")]
    ev = _one(ms)
    assert ev.status == "confirmed", ev.status_reason


@pytest.mark.parametrize("text,denies", [
    ("The claims of the terrorists of the JNIM about the town are baseless.", True),
    ("The allegations spread by the militia regarding the fall of the post are completely false.", True),
    ("These reports are fabricated.", True),
    ("The group said the claims were true and the town had fallen.", False),
    ("The army said its claims are based on footage.", False)])
def test_a_sides_own_voice_calling_the_claims_false(text, denies):
    assert bool(DENIAL.search(text)) is denies


def test_an_army_channel_calling_the_claims_baseless_denies():
    ms = [_m("a#0", "Our fighters took control of the post at Djibo.", "Az-Zallaqa",
             [{"claimant": "JNIM", "stance": "asserts"}]),
          _m("b#0", "The claims of the terrorists about the post at Djibo are baseless.", "Burkina Faso armed forces", [])]
    ev = _one(ms)
    assert ev.status == "denied", ev.status_reason
