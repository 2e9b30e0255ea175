"""Session 12 fusion round 2 (docs/statuses.md): one state's branches are one side (an army statement
telling of police killed at its base admits the state's own loss; the army and the police are one
origin); a side's words for the enemy ("regime troops", "junta soldiers") name the enemy's dead, not its
own; a speaker written by its capitals alone is the event's side those capitals spell. Reports written
for these tests (invented events at real places)."""
from __future__ import annotations

from livedesk.fuse.corroborate import OWN, one_state, victims_side
from test_fuse_battles import _m
from test_fuse_statuses import _one


def test_a_state_branch_is_that_state():
    assert one_state("Police Forces of Nigeria") == "Military Forces of Nigeria"
    assert one_state("Military Forces of Nigeria") == "Military Forces of Nigeria"
    assert one_state("JNIM") == "JNIM" and one_state(None) is None


def test_an_army_confirming_an_attack_on_its_states_police_is_the_party_concerned():
    ms = [_m("a#0", "Soldiers repelled an attack on the base at Gorom-Gorom; regrettably two policemen attached to "
             "the base were killed.", "Burkina Faso armed forces",
             [{"claimant": "Burkina Faso armed forces", "stance": "confirms", "claimant_kind": "official",
               "alignment": "Military Forces of Burkina Faso"}],
             sub_event_type="Attack", actor2="Police Forces of Burkina Faso"),
          _m("b#0", "JNIM fighters attacked the base at Gorom-Gorom.", "Az-Zallaqa",
             [{"claimant": "JNIM", "stance": "asserts"}], sub_event_type="Attack",
             actor2="Police Forces of Burkina Faso")]
    ev = _one(ms)
    assert ev.status == "confirmed", ev.status_reason


def test_the_enemys_dead_by_a_sides_words_for_them_are_not_the_speakers():
    assert OWN not in victims_side("According to the rebels, over 200 regime troops died in the battle.")
    assert OWN not in victims_side("Dozens of junta soldiers were killed, the group said.")
    assert OWN in victims_side("Two soldiers died in the battle, the army said.")


def test_capitals_are_the_side_they_spell_not_an_outlet_from_outside_the_war():
    ms = [_m("a#0", "Our forces captured the command headquarters at Ann.", "Arakan Army",
             [{"claimant": "Arakan Army", "stance": "asserts"}], actor1="Arakan Army",
             actor2="Military Forces of Myanmar"),
          _m("b#0", "The AA said its fighters overran the command headquarters at Ann.", "The Irrawaddy",
             [{"claimant": "AA", "stance": "asserts"}], actor1="Arakan Army", actor2="Military Forces of Myanmar")]
    ev = _one(ms)
    assert ev.status == "claimed", ev.status_reason
