"""An origin's latest word stands, a relief body's first person makes it no party, an outlet that
describes another's statement has no voice of its own, and a state's command named two ways without
its country is one origin (docs/statuses.md). Report sets written for these tests."""
from __future__ import annotations

from livedesk.fuse.sets import mention_from_dict
from test_fuse_statuses import _one  # one event, or the test fails

_PLACE = {"name": "Kidal", "lat": 18.44, "lon": 1.41, "country": "ML", "precision": 1}


def _m(mid, text, outlet, claims=(), published="2024-02-03T12:00:00Z", **frame):
    frame = {"sub_event_type": "Attack", "actor1": "JNIM", "actor2": "Civilians (Mali)",
             "date_start": "2024-02-03", "date_end": "2024-02-03", "location": dict(_PLACE), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def test_an_outlet_withdrawing_its_own_account_is_no_denial_and_no_origin():
    e = _one([
        _m("a#0", "Gunmen burned the cattle market in Kidal on Saturday, the group said on its channel.", "Wire One",
           claims=[{"claimant": "JNIM", "via": ["Wire One"], "stance": "asserts"}]),
        _m("b#0", "The Sahel Tribune's stringer watched the cattle market in Kidal burn on Saturday.",
           "Sahel Tribune", claims=[{"claimant": "Sahel Tribune", "stance": "asserts"}],
           published="2024-02-03T15:00:00Z"),
        _m("c#0", "We withdraw our story on the Kidal market fire: our stringer was not there, we found.",
           "Sahel Tribune", claims=[{"claimant": "Sahel Tribune", "stance": "denies"}],
           published="2024-02-04T09:00:00Z")])
    assert e.status == "claimed", e.status_reason
    assert "withdrew its own account" in e.status_reason


def test_a_retraction_read_as_not_confirming_is_a_withdrawal_and_a_plain_one_is_not():
    def run(last_text):
        return _one([
            _m("a#0", "Gunmen burned the cattle market in Kidal on Saturday, the group said on its channel.",
               "Wire One", claims=[{"claimant": "JNIM", "via": ["Wire One"], "stance": "asserts"}]),
            _m("b#0", "The Sahel Tribune's stringer watched the cattle market in Kidal burn on Saturday.",
               "Sahel Tribune", claims=[{"claimant": "Sahel Tribune", "stance": "asserts"}],
               published="2024-02-03T15:00:00Z"),
            _m("c#0", last_text, "Sahel Tribune",
               claims=[{"claimant": "Sahel Tribune", "stance": "unconfirmed"}], published="2024-02-04T09:00:00Z")])
    e = run("The Sahel Tribune retracts its story on the Kidal market fire: it could not confirm the blaze.")
    assert e.status == "claimed", e.status_reason
    assert "withdrew its own account" in e.status_reason
    # a later word that only says it has not confirmed more takes nothing back
    e = run("The Sahel Tribune has not confirmed the toll of the Kidal market fire.")
    assert e.status == "corroborated", e.status_reason


def test_a_correction_back_counts_the_outlet_again():
    e = _one([
        _m("a#0", "Gunmen burned the cattle market in Kidal, the regional governor said.", "Wire One",
           claims=[{"claimant": "Kidal regional governor", "via": ["Wire One"], "stance": "asserts"}]),
        _m("b#0", "The Sahel Tribune cannot confirm any fire at the Kidal market.", "Sahel Tribune",
           claims=[{"claimant": "Sahel Tribune", "stance": "denies"}], published="2024-02-03T15:00:00Z"),
        _m("c#0", "The Sahel Tribune's reporter saw the burned stalls of the Kidal market on Sunday.",
           "Sahel Tribune", claims=[{"claimant": "Sahel Tribune", "stance": "asserts"}],
           published="2024-02-04T09:00:00Z")])
    assert e.status == "corroborated", e.status_reason


def test_a_relief_body_speaking_of_its_volunteers_is_no_party():
    e = _one([
        _m("a#0", "Eleven villagers were killed by gunmen near Kidal, the army said.", "Malian army",
           claims=[{"claimant": "Malian army", "stance": "asserts"}]),
        _m("b#0", "Our volunteers buried eleven people and our teams treated six wounded near Kidal.",
           "Kidal Relief Committee", claims=[{"claimant": "Kidal Relief Committee", "stance": "asserts"}],
           actor1=None)])
    assert e.status == "corroborated", e.status_reason
    assert "of Kidal Relief Committee" not in e.status_reason      # not made a side of its own


def test_a_wire_describing_a_statement_it_cannot_verify_is_no_origin():
    e = _one([
        _m("a#0", "JNIM said its fighters stormed an army camp near Kidal.", "Az-Zallaqa",
           claims=[{"claimant": "JNIM", "stance": "asserts"}], actor2="Military Forces of Mali"),
        _m("b#0", "The group's statement, shared on its usual channels, describes an assault on a camp "
           "near Kidal; it could not be verified.", "Wire Two",
           claims=[{"claimant": "Wire Two", "stance": "unconfirmed"}], actor2="Military Forces of Mali")])
    assert e.status == "claimed", e.status_reason


def test_a_joint_command_named_two_ways_is_one_origin():
    e = _one([
        _m("a#0", "A patrol came under fire near Kidal and one soldier was hurt, the Joint Command said.",
           "Joint Command of the Armed Forces", sub_event_type="Armed clash", actor2="Military Forces of Mali",
           claims=[{"claimant": "Joint Command of the Armed Forces", "stance": "asserts"}]),
        _m("b#0", "The armed forces general staff said a patrol was fired on near Kidal.", "Radio Two",
           sub_event_type="Armed clash", actor2="Military Forces of Mali",
           claims=[{"claimant": "Malian armed forces general staff", "via": ["Radio Two"], "stance": "asserts"}])])
    assert "2 independent origins" not in e.status_reason, e.status_reason
