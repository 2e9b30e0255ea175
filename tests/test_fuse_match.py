"""Matching rules: places at two levels of detail, sub-event types reports give one happening,
and a report telling one event over consecutive sentences. Invented reports about invented days."""
from __future__ import annotations

from livedesk.fuse import fuse
from livedesk.fuse.sets import mention_from_dict
from livedesk.fuse.match import features, score
from livedesk.fuse.places import where_precision
from livedesk.model import Location

TOWN = {"name": "Saraqib", "lat": 35.862, "lon": 36.806, "country": "SY", "admin1": "Idlib", "precision": 1}
PROVINCE = {"name": "Idlib province", "lat": 35.93, "lon": 36.63, "country": "SY", "admin1": "Idlib",
            "precision": 4}


def _m(mid, text, outlet="Desk", start=0, end=0, **frame):
    base = {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia",
            "actor2": None, "date_start": "2019-03-04", "date_end": "2019-03-04",
            "start": start, "end": end, "location": TOWN}
    base.update(frame)
    return mention_from_dict({"id": mid, "outlet": outlet, "published": "2019-03-04T18:00:00Z",
                              "text": text, "frame": base})


def _homes(events):
    return {i: e.id for e in events for i in e.mention_ids}


def test_a_province_holding_the_town_matches_it_and_the_event_keeps_the_town():
    town = _m("a#0", "Warplanes struck a bakery in Saraqib on Monday, killing six people.", best=6)
    prov = _m("b#0", "Six people died when jets bombed a bakery in the Idlib countryside on Monday.",
              outlet="Other Desk", location=PROVINCE)
    (e,) = fuse([town, prov])
    assert e.frame.location.name == "Saraqib"
    # the same report placed in another province is no match for the town
    elsewhere = _m("c#0", "Six people died when jets bombed a bakery in the Hama countryside on Monday.",
                   outlet="Third Desk", location={**PROVINCE, "name": "Hama province", "admin1": "Hama",
                                                  "lat": 35.13, "lon": 36.75})
    homes = _homes(fuse([town, elsewhere]))
    assert homes["a#0"] != homes["c#0"]


def test_a_place_named_as_a_province_is_as_vague_as_one_whatever_point_it_got():
    # resolved to the provincial capital's point and marked exact, it still names the province
    assert where_precision(Location("Deir ez-Zor province", 35.33, 40.14, "SY", "Deir ez-Zor", 1)) == 4
    assert where_precision(Location("Saraqib", 35.86, 36.8, "SY", "Idlib", 1)) == 1
    town = _m("a#0", "Jets bombed the market in al-Mayadin on Monday, killing nine.", best=9,
              location={"name": "Mayadin", "lat": 35.02, "lon": 40.45, "country": "SY",
                        "admin1": "Deir ez-Zor", "precision": 1})
    prov = _m("b#0", "Nine shoppers were killed when jets bombed a market in Deir ez-Zor province.",
              outlet="Other Desk", best=9, location={"name": "Deir ez-Zor province", "lat": 35.33,
                                                     "lon": 40.14, "country": "SY",
                                                     "admin1": "Deir ez-Zor", "precision": 1})
    (e,) = fuse([town, prov])
    assert e.frame.location.name == "Mayadin"


def test_a_capture_told_with_and_without_fighting_is_one_event():
    kw = {"actor1": "Military Forces of Syria", "actor2": "Islamic State",
          "location": {"name": "Um Tinah", "lat": 34.61, "lon": 38.55, "country": "SY", "admin1": "Homs",
                       "precision": 1}}
    a = _m("a#0", "State television said the army recaptured Um Tinah from the jihadists on Monday.",
           sub_event_type="Government regains territory", **kw)
    b = _m("b#0", "Troops walked into Um Tinah on Monday after the jihadists left it overnight.",
           outlet="Other Desk", sub_event_type="Non-violent transfer of territory", **kw)
    assert len(fuse([a, b])) == 1
    # compatible at a cost: one type and the other are not the same thing for the score
    fa, fb = features(0, a), features(1, b)
    same = features(1, _m("c#0", b.text, outlet="Other Desk", sub_event_type="Government regains territory", **kw))
    assert score(fa, same) > score(fa, fb) > 0.6
    # a strike on the same village that day is a different happening, not a transfer of territory
    c = _m("d#0", "Jets struck Um Tinah on Monday.", outlet="Third Desk", sub_event_type="Air/drone strike",
           actor1="Military Forces of Russia", location=kw["location"])
    assert score(fb, features(2, c)) == 0.0


def test_consecutive_sentences_at_one_place_tell_one_event():
    text = ("Officials said the army retook Um Tinah on Monday. "
            "A monitor said troops entered the village after the fighters withdrew.")
    cut = text.index("A monitor")
    loc = {"name": "Um Tinah", "lat": 34.61, "lon": 38.55, "country": "SY", "admin1": "Homs", "precision": 1}
    a = _m("r#0", text[:cut], start=0, end=cut - 1, sub_event_type="Government regains territory",
           actor1="Military Forces of Syria", location=loc)
    b = _m("r#1", text[cut:], start=cut, end=len(text), sub_event_type="Non-violent transfer of territory",
           actor1="Islamic State", location=loc)
    assert len(fuse([a, b])) == 1
    # the same two sentences far apart in a long report are not told on from one another
    far_a = _m("s#0", a.text, start=0, end=cut - 1, sub_event_type="Government regains territory",
               actor1="Military Forces of Syria", location=loc)
    far_b = _m("s#1", b.text, start=cut + 900, end=cut + 1000, sub_event_type="Non-violent transfer of territory",
               actor1="Islamic State", location=loc)
    assert score(features(0, far_a), features(1, far_b)) < score(features(0, a), features(1, b))
    # nor are two frames whose place in the report is unknown
    no_span = [_m(f"u#{k}", m.text, sub_event_type=m.frame.sub_event_type, actor1=m.frame.actor1, location=loc)
               for k, m in enumerate((a, b))]
    assert score(features(0, no_span[0]), features(1, no_span[1])) < score(features(0, a), features(1, b))


def test_a_vague_mention_whose_words_name_the_town_meets_it():
    town = _m("a#0", "A car bomb killed seven at a checkpoint in Azaz on Monday.", best=7,
              sub_event_type="Remote explosive/landmine/IED", actor1=None,
              location={"name": "Azaz", "lat": 36.586, "lon": 37.046, "country": "SY", "admin1": "Aleppo",
                        "precision": 1})
    # the reader placed it across the border, at the neighbouring country's province
    vague = _m("b#0", "Seven people were killed when a car bomb exploded at a checkpoint in Azaz, "
               "across the border from Kilis province.", outlet="Other Desk", best=7,
               sub_event_type="Remote explosive/landmine/IED", actor1=None,
               location={"name": "Kilis province", "lat": 36.9, "lon": 37.3, "country": "TR",
                         "admin1": "Kilis", "precision": 4})
    assert len(fuse([town, vague])) == 1
    # without the town in its words the same vague mention stays apart
    other = _m("c#0", "Seven people were killed when a car bomb exploded at a checkpoint near the border.",
               outlet="Other Desk", best=7, sub_event_type="Remote explosive/landmine/IED", actor1=None,
               location=vague.frame.location.to_dict())
    assert len(fuse([town, other])) == 2


def _shelling(mid, text, day="2019-03-04", outlet="Desk", sub_event_type_="Shelling/artillery/missile attack",
              **kw):
    return _m(mid, text, outlet=outlet, sub_event_type=sub_event_type_,
              actor1="Military Forces of Russia", actor2="Military Forces of Ukraine",
              date_start=day, date_end=day, published=None,
              location={"name": "Avdiivka", "lat": 48.14, "lon": 37.75, "country": "UA", "admin1": "Donetsk",
                        "precision": 1}, **kw)


def test_the_mornings_air_strike_is_not_the_nights_shelling():
    # (the same type by the same sides at one place on one day is one event for ACLED, whatever the
    # hour; the hour tells apart what differs otherwise, here two kinds of remote violence)
    strike = _shelling("a#0", "Russian jets bombed the coke plant in Avdiivka on Monday morning.",
                       sub_event_type_="Air/drone strike")
    night = _shelling("b#0", "Avdiivka's water filter station was shelled on Monday night.", outlet="Other Desk")
    morning = _shelling("c#0", "Avdiivka's coke plant was shelled on Monday morning.", outlet="Third Desk")
    fa = features(0, strike)
    assert score(fa, features(1, night)) < 0.6 <= score(fa, features(2, morning))
    assert len(fuse([strike, night])) == 2 and len(fuse([strike, morning])) == 1


def test_a_town_shelled_two_days_running_is_two_events_yet_a_misdated_report_joins():
    monday = [_shelling(f"m{k}#0", f"Artillery hit the {w} in Avdiivka, officials said.", outlet=f"Desk {k}")
              for k, w in enumerate(("water station", "water station and a school", "station"))]
    tuesday = [_shelling(f"t{k}#0", f"Artillery hit the {w} in Avdiivka, officials said.", day="2019-03-05",
                         outlet=f"Paper {k}") for k, w in enumerate(("market", "central market", "market hall"))]
    homes = _homes(fuse(monday + tuesday))
    assert len({homes[m.id] for m in monday}) == 1 and len({homes[m.id] for m in tuesday}) == 1
    assert homes["m0#0"] != homes["t0#0"]
    # one report a day off, telling the same details, still joins its event
    late = _shelling("x#0", "Artillery hit the water station in Avdiivka, officials said.", day="2019-03-05",
                     outlet="Late Desk")
    homes = _homes(fuse(monday + [late]))
    assert homes["x#0"] == homes["m0#0"]


def test_another_kind_of_violence_at_the_same_place_needs_shared_details():
    a = _m("a#0", "Jets bombed the grain silos of Saraqib on Monday.")
    b = _m("b#0", "Fighters clashed with troops at the northern checkpoint on Monday.", outlet="Other Desk",
           sub_event_type="Armed clash")
    c = _m("c#0", "Fighting near the grain silos of Saraqib on Monday as jets bombed them.", outlet="Third Desk",
           sub_event_type="Armed clash")
    fa = features(0, a)
    assert score(fa, features(1, b)) < 0.6 <= score(fa, features(2, c))


def test_one_actor_is_never_both_sides_of_the_fused_event():
    a = _m("a#0", "Militants of the Front dispersed a protest in Saraqib.", sub_event_type="Protest with intervention",
           actor1="Hayat Tahrir al-Sham", actor2=None)
    b = _m("b#0", "Residents marched in Saraqib against the Front.", outlet="Other Desk",
           sub_event_type="Protest with intervention", actor1="Protesters (Syria)", actor2="Hayat Tahrir al-Sham")
    c = _m("c#0", "The Front broke up a march in Saraqib.", outlet="Third Desk",
           sub_event_type="Protest with intervention", actor1="Hayat Tahrir al-Sham", actor2=None)
    (e,) = fuse([a, b, c])
    assert e.frame.actor1 == "Hayat Tahrir al-Sham" and e.frame.actor2 == "Protesters (Syria)"


def test_a_place_named_near_or_east_of_is_the_place_itself():
    from livedesk.fuse.places import place_core
    assert place_core("near Kherson") == place_core("20 km east of Kherson") == place_core("Kherson")
    assert place_core("the town of Vuhledar") == place_core("Vuhledar")
    assert place_core("Kherson") != place_core("Mykolaiv")


def test_a_capture_read_either_way_at_one_place_on_one_day_is_one_capture():
    # one side's report names the taker, the other's names the side that left; one reader types it
    # a government regaining the town, the other a non-state actor taking it
    town = {"name": "Vuhledar", "lat": 47.78, "lon": 37.25, "country": "UA", "admin1": "Donetsk", "precision": 1}
    took = _m("t#0", "Our assault units have raised the flag over the centre of Vuhledar.",
              sub_event_type="Government regains territory", actor1="Military Forces of Russia",
              location=town, date_start="2024-10-01", date_end="2024-10-01")
    left = _m("l#0", "Command ordered the brigade to pull out of Vuhledar to avoid encirclement.",
              outlet="Other Desk", sub_event_type="Change to group/activity", actor1="Military Forces of Ukraine",
              location={**town, "name": "near Vuhledar", "precision": 2}, date_start="2024-10-01",
              date_end="2024-10-01")
    (e,) = fuse([took, left])
    assert len(e.mention_ids) == 2
    # a strike at the same town that day is not the capture
    strike = _m("s#0", "A glide bomb hit the hospital in Vuhledar in the afternoon.", outlet="Third Desk",
                sub_event_type="Air/drone strike", actor1="Military Forces of Russia", location=town,
                date_start="2024-10-01", date_end="2024-10-01")
    homes = _homes(fuse([took, left, strike]))
    assert homes["t#0"] == homes["l#0"] != homes["s#0"]


def test_a_denial_naming_no_typed_act_joins_the_act_told_at_its_place():
    town = {"name": "Kutum", "lat": 14.2, "lon": 24.66, "country": "SD", "admin1": "North Darfur", "precision": 1}
    told = _m("a#0", "Shells fired by the militia fell on the cattle market in Kutum, killing nine.",
              sub_event_type="Shelling/artillery/missile attack", actor1="Rapid Support Forces", best=9,
              location=town, date_start="2024-05-04", date_end="2024-05-04")
    denial = mention_from_dict({
        "id": "d#0", "outlet": "Militia media office", "published": "2024-05-04T20:00:00Z",
        "text": "The militia denied shelling the Kutum market and accused the army of staging the attack.",
        "frame": {"sub_event_type": "Other", "date_start": "2024-05-04", "date_end": "2024-05-04"},
        "claims": [{"claimant": "Rapid Support Forces", "stance": "denies"},
                   {"claimant": "Rapid Support Forces", "stance": "asserts"}]})
    events = fuse([told, denial])
    assert len(events) == 1, [e.mention_ids for e in events]
    # without the denial it says nothing of the market: a frame typed "Other" with no place of its
    # own and no name in common stays apart
    stray = mention_from_dict({
        "id": "x#0", "outlet": "Militia media office", "published": "2024-05-04T20:00:00Z",
        "text": "Negotiators met again in Jeddah on Saturday.",
        "frame": {"sub_event_type": "Other", "date_start": "2024-05-04", "date_end": "2024-05-04"}})
    assert len(fuse([told, stray])) == 2


# An invented front line: a pumping station at one village and a town 50 km east of it.
_STATION = {"name": "Qarat Suwan", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": "Homs", "precision": 1}
_TOWN_E = {"name": "Bir Hadid", "lat": 35.0, "lon": 38.55, "country": "SY", "admin1": "Homs", "precision": 1}


def _front(mid, text, day, location, outlet, sub="Non-state actor overtakes territory", end=None):
    return _m(mid, text, outlet=outlet, sub_event_type=sub, actor1="Islamic State",
              actor2="Military Forces of Syria", date_start=day, date_end=end or day, location=location)


def _chain():
    capture = _front("a#0", "Militants overran the Qarat Suwan pumping station on Monday and seized two "
                     "army checkpoints around it, the group's radio said.", "2019-03-04", _STATION, "Radio Desk")
    advance = _front("b#0", "After taking Qarat Suwan the militants advanced toward Bir Hadid, pushing "
                     "east along the road on Monday and Tuesday.", "2019-03-04", _TOWN_E, "Evening Paper",
                     end="2019-03-05")
    road = _front("c#0", "Militants cut the road to Bir Hadid on Tuesday, severing the army's supply "
                  "line east of Qarat Suwan, the monitor said.", "2019-03-05", _TOWN_E, "Monitor Desk")
    return capture, advance, road


def test_an_advance_told_over_two_days_does_not_chain_the_capture_to_the_next_days_road_cut():
    capture, advance, road = _chain()
    fa, fb, fc = features(0, capture), features(1, advance), features(2, road)
    # the shape single linkage chains: each end links to the middle, not to the other end
    assert score(fa, fb) >= 0.6 and score(fb, fc) >= 0.6 > score(fa, fc)
    for order in ([capture, advance, road], [road, advance, capture], [advance, road, capture]):
        homes = _homes(fuse(order))
        assert homes["a#0"] != homes["c#0"], order      # the capture and the road cut are never one event
        assert homes["b#0"] in (homes["a#0"], homes["c#0"])
    # second reports of each end still join their own event: one telling the capture in a two-day
    # window, one telling the road cut at the town
    capture2 = _front("a2#0", "The jihadists captured the pumping station at Qarat Suwan and two checkpoints "
                      "this week.", "2019-03-04", _STATION, "Wire Desk", end="2019-03-05")
    road2 = _front("c2#0", "The army's only supply road into Bir Hadid was cut by the militants on Tuesday.",
                   "2019-03-05", _TOWN_E, "Town Radio")
    homes = _homes(fuse([capture, capture2, advance, road, road2]))
    assert homes["a#0"] == homes["a2#0"] != homes["c#0"] == homes["c2#0"]


def test_members_that_do_not_link_share_an_event_only_at_one_place_and_time():
    from livedesk.fuse.match import _holds
    base = _front("p#0", "Militants overran the Qarat Suwan pumping station on Monday.", "2019-03-04",
                  _STATION, "Radio Desk")
    fp = features(0, base)
    # another kind of act at the same place on the same day, in other words: nothing tells it apart
    clash = _front("q#0", "Heavy fighting was reported around the village at dawn.", "2019-03-04",
                   _STATION, "Other Desk", sub="Armed clash")
    fq = features(1, clash)
    # (session 12: a fight and the capture of one place on one day are one battle told with and
    # without its outcome, so that pair now links outright; shelling there stays another kind of act)
    assert score(fp, fq) >= 0.6 and _holds(fp, fq)
    shells = _front("q2#0", "Shells were reported falling around the village at dawn.", "2019-03-04",
                    _STATION, "Other Desk", sub="Shelling/artillery/missile attack")
    fq2 = features(1, shells)
    assert score(fp, fq2) < 0.6 and _holds(fp, fq2)
    # the same, a day later: another kind of act on another day is another event
    later = _front("r#0", clash.text, "2019-03-05", _STATION, "Other Desk", sub="Armed clash")
    assert not _holds(fp, features(2, later))
    # the same day and kind, 30 km away: another place is another event unless the pair links
    away = _front("s#0", clash.text, "2019-03-04", {**_STATION, "name": "Tell Ahmar", "lon": 38.33,
                                                     "precision": 2}, "Other Desk", sub="Armed clash")
    fs = features(3, away)
    assert score(fp, fs) < 0.6 and not _holds(fp, fs)
