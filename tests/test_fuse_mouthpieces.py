"""An office quoted through a side's own channel is that side, armed groups claiming one deed are
one side, and a side's mourning notice is its admission of the act (docs/statuses.md). Report
sets written for these tests."""
from __future__ import annotations

from livedesk.fuse.match import features, place_score
from livedesk.fuse.sets import mention_from_dict
from test_fuse_statuses import _one  # one event, or the test fails

_HAJJAH = {"name": "Hajjah", "lat": 15.69, "lon": 43.60, "country": "YE", "precision": 1}
_MENAKA = {"name": "Menaka", "lat": 15.92, "lon": 2.40, "country": "ML", "precision": 1}
_AITAROUN = {"name": "Aitaroun", "lat": 33.12, "lon": 35.47, "country": "LB", "precision": 1}


def _m(mid, text, outlet, claims=(), published="2024-06-03T12:00:00Z", place=_HAJJAH, **frame):
    frame = {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of the United States",
             "actor2": "Civilians (Yemen)", "date_start": "2024-06-03", "date_end": "2024-06-03",
             "location": dict(place), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def test_an_office_quoted_through_a_sides_channel_is_that_side_not_a_second_origin():
    e = _one([
        _m("a#0", "Raids hit a fish market in Hajjah on Monday, killing nine people, the civil defence said.",
           "Al-Masirah", claims=[{"claimant": "civil defence", "stance": "asserts"}]),
        _m("b#0", "Nine people died when strikes hit a market in Hajjah, the Houthi-run Al-Masirah television "
           "reported, citing the civil defence.", "Wire One",
           claims=[{"claimant": "civil defence", "stance": "asserts", "via": ["Al-Masirah"]}],
           published="2024-06-03T16:00:00Z")])
    assert e.status == "claimed", e.status_reason       # one side, heard twice


def test_a_bare_office_in_a_wire_with_no_channel_behind_it_is_still_no_origin_of_that_side():
    e = _one([
        _m("a#0", "Raids hit a fish market in Hajjah on Monday, killing nine people, the civil defence said.",
           "Al-Masirah", claims=[{"claimant": "civil defence", "stance": "asserts"}]),
        _m("b#0", "Wire One's correspondent in Hajjah saw the burned stalls of the fish market.", "Wire One",
           claims=[{"claimant": "Wire One", "stance": "asserts"}], published="2024-06-03T16:00:00Z")])
    assert e.status == "corroborated", e.status_reason   # the wire's own reporter is independent


def _sahel(mid, text, outlet, claims, published="2024-06-03T12:00:00Z"):
    return _m(mid, text, outlet, claims, published, place=_MENAKA, sub_event_type="Attack", actor1="JNIM",
              actor2="Military Forces of Mali")


def test_two_armed_groups_claiming_one_deed_are_one_side_not_corroboration():
    e = _one([
        _sahel("a#0", "JNIM fighters overran the army post at Menaka on Monday, the group said.", "Wire One",
               [{"claimant": "JNIM", "stance": "asserts", "via": ["Wire One"]}]),
        _sahel("b#0", "Al-Qaeda claimed the assault on the army post at Menaka in a message on Monday.", "Wire Two",
               [{"claimant": "Al-Qaeda", "stance": "asserts", "via": ["Wire Two"],
                 "text": "Al-Qaeda claimed the assault on the army post at Menaka"}],
               published="2024-06-03T18:00:00Z")])
    assert e.status == "claimed", e.status_reason
    assert "counted once" in e.status_reason


def test_a_doers_claim_beside_a_monitor_is_still_corroborated():
    e = _one([
        _sahel("a#0", "JNIM fighters overran the army post at Menaka on Monday, the group said.", "Wire One",
               [{"claimant": "JNIM", "stance": "asserts", "via": ["Wire One"]}]),
        _sahel("b#0", "Human Rights Watch said the post at Menaka was overrun by jihadists on Monday.", "Wire Two",
               [{"claimant": "Human Rights Watch", "stance": "asserts", "via": ["Wire Two"]}],
               published="2024-06-03T18:00:00Z")])
    assert e.status == "corroborated", e.status_reason


def _lebanon(mid, text, outlet, claims=(), place=_AITAROUN, **frame):
    # (the target as a reader often gives it: the rider, not the party that mourns him)
    frame = {"actor1": "Military Forces of Israel", "actor2": "Civilians (Lebanon)", **frame}
    return _m(mid, text, outlet, claims, place=place, **frame)


def test_a_sides_mourning_notice_joins_the_strike_and_confirms_it():
    ms = [
        _lebanon("a#0", "The army struck a Hezbollah operative on a motorbike in Aitaroun.", "Israel Defense Forces",
                 [{"claimant": "Israel Defense Forces", "stance": "asserts"}]),
        _lebanon("b#0", "A drone hit a motorbike at the entrance of Aitaroun, killing its rider.", "Wire One",
                 actor1=None),
        _lebanon("c#0", "The Islamic Resistance mourned the martyr Hadi Kassem Nasrallah, one of its fighters "
                 "from Aitaroun.", "Al-Manar", sub_event_type="Change to group/activity", actor1=None, actor2=None)]
    e = _one(ms)
    assert e.status == "confirmed", e.status_reason


def test_a_mourning_notice_of_another_sides_dead_admits_nothing():
    e = _one([
        _lebanon("a#0", "The army struck a Hezbollah operative on a motorbike in Aitaroun.", "Israel Defense Forces",
                 [{"claimant": "Israel Defense Forces", "stance": "asserts"}]),
        _lebanon("b#0", "Hamas mourned the martyr Hadi Kassem, one of its members, killed in Aitaroun.", "Al-Manar",
                 sub_event_type="Change to group/activity", actor1=None, actor2=None)])
    assert e.status != "confirmed", e.status_reason


def test_a_statement_of_the_groups_plans_is_no_mourning_and_keeps_its_type():
    a = features(0, _lebanon("a#0", "The army struck a motorbike in Aitaroun.", "Wire One"))
    b = features(1, _lebanon("b#0", "Hezbollah named a new commander for its southern front in Aitaroun.",
                             "Al-Manar", sub_event_type="Change to group/activity"))
    assert not b.untyped and a.untyped is False


def test_one_gazetteer_point_written_two_ways_is_the_same_place():
    near = dict(_AITAROUN, name="in the area of Aitaroun", precision=2)
    a = features(0, _lebanon("a#0", "A drone hit a car in the area of Aitaroun.", "Wire One", place=near))
    b = features(1, _lebanon("b#0", "A drone hit a car in Aitaroun.", "Wire Two"))
    assert place_score(a, b) >= 0.8
    other = features(2, _lebanon("c#0", "A drone hit a car in Tyre.", "Wire Three",
                                 place={"name": "Tyre", "lat": 33.27, "lon": 35.20, "country": "LB",
                                        "precision": 1}))
    assert place_score(b, other) < 0          # two named places apart stay apart


def test_a_sides_dead_named_with_their_unit_between_are_its_own_loss():
    from livedesk.fuse.corroborate import OWN, victims_side
    assert OWN in victims_side("Three soldiers of a border patrol were killed in an ambush near Menaka, "
                               "the general staff said.")
    assert OWN in victims_side("Two officers from the rapid reaction unit died when their car hit a mine.")
    # the unit's soldiers doing the killing are no loss of its own
    assert OWN not in victims_side("Four soldiers of the patrol killed two attackers near Menaka.")


def test_a_withdrawal_told_as_a_redeployment_is_the_speakers_side_leaving():
    from livedesk.fuse.corroborate import left_own
    assert left_own("The command said its units had regrouped to positions away from Balakliia to "
                    "reinforce the Donetsk front.")
    assert left_own("Our forces redeployed outside the town to spare its residents.")
    assert not left_own("The militants redeployed outside the town after the air raids.")   # the enemy's
    assert not left_own("Two battalions were redeployed to the northern front last spring.")  # no place left


def _savanes(mid, text, outlet, claims, published, **frame):
    frame = {"sub_event_type": "Attack", "actor1": "JNIM", "actor2": "Military Forces of Togo (2005-)",
             "date_start": "2024-06-03", "date_end": "2024-06-03",
             "location": {"name": "Togo", "lat": 8.6, "lon": 1.0, "country": "TG", "precision": 6}, **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def _koundjoare(denier_outlet):
    return [
        _savanes("a#0", "JNIM said its men overran a Togolese army post at Koundjoare on Monday, killing a dozen "
                 "soldiers.", "Wire One", [{"claimant": "JNIM", "stance": "asserts", "via": ["Wire One"]}],
                 "2024-06-03T12:00:00Z"),
        _savanes("b#0", "The government denies that any post at Koundjoare came under fire and calls the "
                 "claims online propaganda.", denier_outlet, [{"claimant": "government", "stance": "denies"}],
                 "2024-06-03T20:00:00Z", sub_event_type="Other", actor1=None, actor2=None, location=None)]


def test_a_government_denial_with_no_place_meets_the_claim_about_its_own_forces():
    e = _one(_koundjoare("Togolese government"))
    assert e.status == "denied", e.status_reason
    a, b = (features(i, m) for i, m in enumerate(_koundjoare("Togolese government")))
    neutral = features(1, _koundjoare("Sahel Weekly")[1])
    from livedesk.fuse.match import score
    assert score(a, b) > score(a, neutral)     # the denier's side is a side of the act


def test_a_force_nobody_listed_saying_we_lost_its_men_admits_its_own_loss():
    gao = {"name": "Gao", "lat": 16.27, "lon": -0.04, "country": "ML", "precision": 1}
    kw = dict(place=gao, sub_event_type="Attack", actor1="Unidentified Armed Group (Mali)",
              actor2="Police Forces of Mali")
    e = _one([
        _m("a#0", "We lost three brave constables in the ambush on the Gao road on Monday.", "Gao Regional Police",
           **kw),
        _m("b#0", "Wire One's reporter saw the burned police vehicle on the road outside Gao on Monday.", "Wire One",
           published="2024-06-03T18:00:00Z", **kw)])
    assert e.status == "confirmed", e.status_reason
    from livedesk.fuse.corroborate import OWN, victims_side
    assert OWN not in victims_side("We lost contact with the convoy for an hour, then three gunmen were killed.")


def test_an_admission_read_as_a_confirmation_and_a_claim_by_one_speaker_still_looks_back():
    babanusa = {"name": "Babanusa", "lat": 11.33, "lon": 27.81, "country": "SD", "precision": 1}
    kw = dict(place=babanusa, actor1="Rapid Support Forces", actor2="Military Forces of Sudan (2019-)")
    e = _one([
        _m("a#0", "Our forces have seized the base of the 22nd Infantry Division in Babanusa, the RSF said.",
           "Rapid Support Forces", [{"claimant": "Rapid Support Forces", "stance": "asserts"}],
           sub_event_type="Non-state actor overtakes territory", **kw),
        _m("b#0", "Army spokesman Nabil Abdallah acknowledged that the division in Babanusa had lost contact "
           "with the general command.", "Sudan TV",
           [{"claimant": "Nabil Abdallah", "stance": "confirms"}, {"claimant": "Nabil Abdallah", "stance": "asserts"}],
           published="2024-06-05T12:00:00Z", sub_event_type="Other",
           **{**kw, "actor1": None, "date_start": "2024-06-05", "date_end": "2024-06-05"})])
    assert len(e.mention_ids) == 2
