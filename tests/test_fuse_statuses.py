"""Statuses with one meaning (docs/statuses.md), on report sets written for these tests: opposite
claims are disputed, one source is one origin, a boast is a claim, an admission of a loss confirms
it, a denial with nothing independent behind the claim is denied, and every figure stays with its
own claimant."""
from __future__ import annotations

from livedesk.fuse import fuse
from livedesk.fuse.sets import mention_from_dict


def _m(mid, text, outlet, claims=(), published="2023-01-10T12:00:00Z", **frame):
    base = {"sub_event_type": "Armed clash", "actor1": "Military Forces of Russia",
            "actor2": "Military Forces of Ukraine", "date_start": "2023-01-10", "date_end": "2023-01-10",
            "location": {"name": "Bakhmut", "lat": 48.59, "lon": 38.0, "country": "UA", "precision": 1}}
    base.update(frame)
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": base, "claims": list(claims)})


def _one(ms):
    events = fuse(ms)
    assert len(events) == 1, [(e.mention_ids, e.status) for e in events]
    return events[0]


def test_opposite_claims_about_a_town_are_disputed_not_corroborated():
    text = ("Moscow says its troops now hold the whole of Bakhmut, while Kyiv insists heavy fighting "
            "is still going on in the western districts.")
    e = _one([_m("w1#0", text, "Wire Desk", claims=[
        {"claimant": "Russian Defence Ministry", "stance": "asserts",
         "text": "Moscow says its troops now hold the whole of Bakhmut, having taken control of it"},
        {"claimant": "Ukrainian General Staff", "stance": "asserts",
         "text": "Kyiv insists heavy fighting is still going on in the western districts"}],
        sub_event_type="Non-state actor overtakes territory")])
    assert e.status == "disputed", e.status_reason
    assert "opposite claims" in e.status_reason


def test_opposite_claims_from_two_reports_are_disputed():
    a = _m("ru#0", "The ministry said Russian units captured Bakhmut after weeks of assault.", "TASS",
           claims=[{"claimant": "Russian Ministry of Defence", "via": ["TASS"], "stance": "asserts"}],
           sub_event_type="Government regains territory")
    b = _m("ua#0", "Ukraine's military said its forces repelled assaults on Bakhmut and the battle "
           "for the town goes on.", "Kyiv Independent",
           claims=[{"claimant": "Ukrainian army", "stance": "asserts"}])
    e = _one([a, b])
    assert e.status == "disputed", e.status_reason


def test_one_source_under_two_names_is_one_origin():
    a = _m("a#0", "The Defence Ministry said its air defences downed two drones over the port.", "Wire A",
           claims=[{"claimant": "Defence Ministry", "stance": "asserts"}],
           sub_event_type="Air/drone strike", actor1="Houthis", actor2="Military Forces of Yemen",
           location={"name": "Mocha", "lat": 13.32, "lon": 43.25, "country": "YE", "precision": 1})
    b = _m("b#0", "Two drones were downed over the port, the Ministry of Defence said in a statement.",
           "Wire B", claims=[{"claimant": "Ministry of Defence", "stance": "asserts"},
                             {"claimant": "a spokesman for the Ministry of Defense", "stance": "asserts"}],
           sub_event_type="Air/drone strike", actor1="Houthis", actor2="Military Forces of Yemen",
           location={"name": "Mocha", "lat": 13.32, "lon": 43.25, "country": "YE", "precision": 1})
    e = _one([a, b])
    assert e.status != "corroborated", e.status_reason
    assert len(e.origins) == 1, e.origins


def test_a_group_and_its_people_and_channel_are_one_origin_and_a_relay_adds_none():
    common = dict(sub_event_type="Non-state actor overtakes territory", actor1="Hayat Tahrir al-Sham",
                  actor2="Military Forces of Syria",
                  location={"name": "Kafr Nabudah", "lat": 35.45, "lon": 36.5, "country": "SY", "precision": 1})
    ms = [_m("h1#0", "Hayat Tahrir al-Sham fighters seized the hilltop village at dawn.", "Ebaa",
             claims=[{"claimant": "Ebaa", "stance": "asserts"}], **common),
          _m("h2#0", "A commander of Hayat Tahrir al-Sham told reporters the village was taken.", "Levant Wire",
             claims=[{"claimant": "a commander of Hayat Tahrir al-Sham", "stance": "asserts"}], **common),
          _m("h3#0", "According to Hayat Tahrir al-Sham, its fighters took the village.", "Al-Masdar News",
             claims=[{"claimant": "Hayat Tahrir al-Sham", "via": ["Al-Masdar News"], "stance": "asserts"}],
             **common)]
    e = _one(ms)
    assert e.status == "claimed", e.status_reason
    assert len(e.origins) == 1, e.origins


def test_a_side_claiming_its_own_kills_is_a_claim_not_a_confirmation():
    m = _m("s#0", "The Syrian army said its soldiers killed 30 militants in an ambush near Sukhnah.",
           "SANA", claims=[{"claimant": "Syrian army", "via": ["SANA"], "stance": "asserts"}],
           actor1="Military Forces of Syria", actor2="Islamic State",
           location={"name": "Sukhnah", "lat": 34.88, "lon": 38.87, "country": "SY", "precision": 1})
    assert _one([m]).status == "claimed"


def test_a_side_admitting_its_own_lost_aircraft_confirms_it():
    common = dict(sub_event_type="Air/drone strike", actor1="Military Forces of Ukraine",
                  actor2="Military Forces of Russia",
                  location={"name": "Kreminna", "lat": 49.05, "lon": 38.22, "country": "UA", "precision": 1})
    a = _m("u#0", "Ukrainian air defence shot down a Russian Su-25 near Kreminna, the General Staff said.",
           "Ukrinform", claims=[{"claimant": "Ukrainian General Staff", "stance": "asserts"}], **common)
    b = _m("r#0", "The Russian Defence Ministry said one of its Su-25 jets crashed near Kreminna; "
           "the pilot ejected.", "TASS",
           claims=[{"claimant": "Russian Defence Ministry", "via": ["TASS"], "stance": "asserts"}], **common)
    e = _one([a, b])
    assert e.status == "confirmed", e.status_reason
    assert "Russian Defence Ministry" in e.status_reason


def test_a_denial_with_only_the_other_side_behind_the_claim_is_denied():
    common = dict(sub_event_type="Air/drone strike", actor1="Rapid Support Forces",
                  actor2="Military Forces of Sudan",
                  location={"name": "Omdurman", "lat": 15.64, "lon": 32.48, "country": "SD", "precision": 1},
                  date_start="2024-03-02", date_end="2024-03-02")
    a = _m("rsf#0", "The RSF said its drones hit an army ammunition depot in Omdurman.", "Sudan Wire",
           claims=[{"claimant": "RSF", "stance": "asserts"}], published="2024-03-02T10:00:00Z", **common)
    b = _m("saf#0", "The Sudanese army denied that any depot in Omdurman had been hit by drones.", "Sudan Wire",
           claims=[{"claimant": "Sudanese army", "stance": "denies"}], published="2024-03-02T15:00:00Z",
           **common)
    e = _one([a, b])
    assert e.status == "denied", e.status_reason
    # an origin independent of both sides reporting the strike makes it disputed
    c = _m("mon#0", "Residents and a monitor reported a large blast at the Omdurman depot after a drone "
           "strike.", "Radio Dabanga", claims=[{"claimant": "Sudan Doctors Network", "stance": "asserts"}],
           published="2024-03-02T18:00:00Z", **common)
    e = _one([a, b, c])
    assert e.status == "disputed", e.status_reason


def test_each_figure_stays_with_its_own_claimant():
    text = ("An air strike hit the market in Mayadin, killing nine people, the monitor said. "
            "The group's news agency put the toll at 23.")
    m = _m("my#0", text, "Levant Wire", claims=[
        {"claimant": "Syrian Observatory for Human Rights", "stance": "asserts",
         "text": "An air strike hit the market in Mayadin, killing nine people, the monitor said."},
        {"claimant": "Amaq", "stance": "asserts", "text": "The group's news agency put the toll at 23."}],
        sub_event_type="Air/drone strike", actor1="Military Forces of Russia", actor2="Civilians",
        fatalities={"best": 23, "low": 9, "high": 23},
        location={"name": "Mayadin", "lat": 35.02, "lon": 40.45, "country": "SY", "precision": 1})
    e = _one([m])
    rows = [r for r in e.casualties if r["claimant"] != "reconciled"]
    by = {r["claimant"].split(" (")[0]: r["best"] for r in rows}
    assert by == {"Syrian Observatory for Human Rights": 9, "Amaq": 23}, rows


def test_at_least_is_a_lower_bound_an_older_smaller_figure_cannot_outvote():
    common = dict(sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Russia",
                  actor2="Civilians",
                  location={"name": "Zaporizhzhia", "lat": 47.84, "lon": 35.14, "country": "UA", "precision": 1})
    a = _m("z1#0", "A missile hit a block of flats in Zaporizhzhia; four people were killed, police said.",
           "Local Daily", claims=[{"claimant": "police", "stance": "asserts"}],
           fatalities={"best": 4, "low": 4, "high": 4}, published="2023-01-10T08:00:00Z", **common)
    b = _m("z2#0", "Medics said three were killed in the Zaporizhzhia missile strike.", "City Radio",
           claims=[{"claimant": "medics", "stance": "asserts"}],
           fatalities={"best": 3, "low": 3, "high": 3}, published="2023-01-10T09:00:00Z", **common)
    c = _m("z3#0", "The regional governor said at least 11 people were killed when the missile hit the "
           "block of flats in Zaporizhzhia.", "Wire Desk",
           claims=[{"claimant": "regional governor", "stance": "asserts"}],
           fatalities={"best": 11, "low": 11}, published="2023-01-10T14:00:00Z", **common)
    e = _one([a, b, c])
    rec = next(r for r in e.casualties if r["claimant"] == "reconciled")
    assert rec["best"] >= 11, e.casualties


def test_a_speakers_title_is_not_a_victim():
    """'..., a police officer said': the officer speaks; the dead are not the police's own."""
    common = dict(sub_event_type="Attack", actor1="Al-Shabaab", actor2="Civilians",
                  location={"name": "Kismayo", "lat": -0.36, "lon": 42.55, "country": "SO", "precision": 1})
    a = _m("k1#0", "Seven people were killed when gunmen opened fire in a Kismayo tea shop, a police officer said.",
           "Coast Radio", claims=[{"claimant": "Somali police", "stance": "asserts"}],
           fatalities={"best": 7, "low": 7, "high": 7}, **common)
    b = _m("k2#0", "Gunmen killed seven customers at a tea shop in Kismayo, a Reuters reporter at the scene saw.",
           "Reuters", **common)
    e = _one([a, b])
    assert e.status == "corroborated", e.status_reason


def test_bare_office_descriptions_are_no_origins_of_their_own():
    """'city officials' and 'the regional governor' with no name and no side, in two wire stories:
    nobody can tell them apart from one office, so they do not corroborate each other; in the
    army's own statement 'the army said' is the army."""
    common = dict(sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Russia",
                  actor2="Civilians",
                  location={"name": "Sumy", "lat": 50.91, "lon": 34.8, "country": "UA", "precision": 1})
    a = _m("s1#0", "Shells hit a bus stop in Sumy, city officials said.", "Wire A",
           claims=[{"claimant": "city officials", "stance": "asserts"}], **common)
    b = _m("s2#0", "A bus stop in Sumy was shelled on Tuesday, the regional governor said.", "Wire B",
           claims=[{"claimant": "the regional governor", "stance": "asserts"}], **common)
    e = _one([a, b])
    assert e.status != "corroborated", e.status_reason
    c = _m("s3#0", "The army said its positions near Sumy were shelled and two soldiers were wounded.",
           "Ukrainian General Staff", claims=[{"claimant": "the army", "stance": "asserts"}],
           **{**common, "actor2": "Military Forces of Ukraine"})
    (e,) = fuse([c])
    assert any(o.startswith("Ukrainian General Staff") for o in e.origins), e.origins


def test_a_side_saying_it_pulled_out_of_a_town_admits_losing_it():
    # the readers name no side that lost the town: the withdrawal itself says who did
    common = dict(sub_event_type="Government regains territory", actor1="Military Forces of Russia",
                  actor2=None,
                  location={"name": "Vuhledar", "lat": 47.78, "lon": 37.25, "country": "UA", "precision": 1})
    took = _m("t#0", "The defence ministry said its units had taken full control of Vuhledar.", "TASS",
              claims=[{"claimant": "Russian Defence Ministry", "stance": "asserts"}], **common)
    left = _m("l#0", "The brigade was ordered to withdraw from Vuhledar to save soldiers' lives, the "
              "General Staff said.", "Ukrinform",
              claims=[{"claimant": "Ukrainian General Staff", "stance": "asserts"}], **common)
    e = _one([took, left])
    assert e.status == "confirmed", e.status_reason
    # the army telling of the enemy leaving is its own claim, no admission
    enemy = _m("e#0", "The General Staff said the militants withdrew from Vuhledar overnight.", "Ukrinform",
               claims=[{"claimant": "Ukrainian General Staff", "stance": "asserts"}],
               **{**common, "actor1": "Military Forces of Ukraine"})
    assert _one([enemy]).status == "claimed"


def test_a_groups_own_fighters_killed_told_by_its_own_channel_confirm_it():
    # the reader names no target: whose dead they are is in the words
    common = dict(sub_event_type="Air/drone strike", actor1="Military Forces of Turkey", actor2=None,
                  location={"name": "Kobani", "lat": 36.89, "lon": 38.35, "country": "SY", "precision": 1})
    own = _m("h#0", "A Turkish drone hit a car near Kobani, killing two SDF fighters.", "Hawar News Agency",
             **common)
    assert _one([own]).status == "confirmed"
    # the same words from a monitor are one more origin, not an admission
    mon = _m("s#0", "A Turkish drone hit a car near Kobani, killing two SDF fighters.",
             "Syrian Observatory for Human Rights", **common)
    assert _one([mon]).status == "claimed"


def test_a_side_channel_telling_its_own_act_is_no_relay_of_who_passes_it_on():
    common = dict(sub_event_type="Non-state actor overtakes territory", actor1="Rapid Support Forces",
                  actor2="Military Forces of Sudan",
                  location={"name": "Babanusa", "lat": 11.33, "lon": 27.81, "country": "SD", "precision": 1})
    own = _m("r#0", "Our forces stormed and took the army's garrison in Babanusa.", "Rapid Support Forces",
             **common)
    # a wire story read with the army as claimant and the RSF as the relay (a misreading)
    wire = _m("w#0", "The RSF said it seized the garrison in Babanusa, while the army said its forces "
              "beat back the attack.", "Sudan Wire",
              claims=[{"claimant": "army", "stance": "asserts", "via": ["Rapid Support Forces"]}], **common)
    e = _one([own, wire])
    assert "Rapid Support Forces" in " ".join(e.origins), e.status_reason


def test_a_military_source_of_an_aligned_outlet_is_that_sides_official():
    common = dict(sub_event_type="Armed clash", actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria",
                  location={"name": "Saraqib", "lat": 35.86, "lon": 36.8, "country": "SY", "precision": 1})
    m = _m("a#0", "A government Mi-8 went down near Saraqib, a military source told Al-Masdar News.",
           "Al-Masdar News", claims=[{"claimant": "military source", "stance": "asserts",
                                      "via": ["Al-Masdar News"]}], **common)
    e = _one([m])
    assert e.status == "confirmed", e.status_reason       # the side that loses it says it happened
    # the same words in a wire story: nobody can tell whose source it is
    w = _m("b#0", "A government Mi-8 went down near Saraqib, a military source told the agency.",
           "Wire Desk", claims=[{"claimant": "military source", "stance": "asserts"}], **common)
    assert _one([w]).status == "claimed"


def test_a_capture_claimed_and_an_attack_repulsed_are_disputed_whatever_roles_the_readers_gave():
    # one reader made the defenders actor1 and the attackers actor2: the attackers telling of their
    # capture are still the takers, not a side admitting its loss
    place = {"name": "Imam Sahib", "lat": 37.18, "lon": 68.92, "country": "AF", "precision": 1}
    took = _m("t#0", "The Taliban said its fighters captured the district checkpoint in Imam Sahib.", "Wire Desk",
              claims=[{"claimant": "Taliban", "stance": "asserts"}], sub_event_type="Non-state actor overtakes territory",
              actor1="Military Forces of Afghanistan", actor2=None, location=place)
    held = _m("h#0", "The ministry said troops repulsed the attack on the checkpoint in Imam Sahib and the post "
              "remains under their control.", "Ministry Desk",
              claims=[{"claimant": "Ministry of Defence spokesman", "stance": "asserts"}],
              sub_event_type="Armed clash", actor1="Military Forces of Afghanistan", actor2="Taliban", location=place)
    e = _one([took, held])
    assert e.status == "disputed", e.status_reason


# Session 7 kinds: a state's office named by its demonym, a group nobody listed speaking for itself,
# a unit's boast, "no soldier was hurt", a local governor, a state ombudsman.
_KIVU = {"name": "Rutshuru", "lat": -1.19, "lon": 29.45, "country": "CD", "precision": 1}


def test_a_state_office_named_by_its_demonym_admits_its_own_dead():
    a = _m("a#0", "Army spokesman Major Kalala Mbuyi said 14 soldiers were killed when rebels overran an "
           "army post near Rutshuru.", "Congolese army",
           claims=[{"claimant": "Kalala Mbuyi", "stance": "asserts", "claimant_kind": "official"}],
           sub_event_type="Attack", actor1="M23", actor2="Military Forces of the Democratic Republic of Congo",
           location=_KIVU)
    b = _m("b#0", "Our fighters destroyed the enemy post near Rutshuru.", "Rebel Channel",
           sub_event_type="Attack", actor1="M23", actor2="Military Forces of the Democratic Republic of Congo",
           location=_KIVU)
    e = _one([a, b])
    assert e.status == "confirmed", e.status_reason


def test_a_unit_boasting_of_its_kills_and_no_soldier_hurt_is_a_claim():
    a = _m("a#0", "Troops of the 42nd Battalion killed nine rebels in a gunfight near Rutshuru, the "
           "battalion commander said. No soldier was hurt.", "Congolese army",
           claims=[{"claimant": "battalion commander", "stance": "asserts"}],
           actor1="Military Forces of the Democratic Republic of Congo", actor2="M23", location=_KIVU)
    e = _one([a])
    assert e.status == "claimed", e.status_reason


def test_a_group_nobody_listed_saying_it_did_it_is_a_party_not_an_independent_origin():
    a = _m("a#0", "The Kivu Liberation Front said it shelled army positions near Rutshuru.", "Wire A",
           claims=[{"claimant": "Kivu Liberation Front", "stance": "asserts", "via": ["Wire A"]}],
           sub_event_type="Shelling/artillery/missile attack", actor1="Kivu Liberation Front",
           actor2="Military Forces of the Democratic Republic of Congo", location=_KIVU)
    b = _m("b#0", "The army denied that its positions near Rutshuru had been shelled.", "Congolese army",
           claims=[{"claimant": "army", "stance": "denies"}],
           sub_event_type="Shelling/artillery/missile attack", location=_KIVU)
    e = _one([a, b])
    assert e.status == "denied", e.status_reason


def test_a_regional_governor_speaks_for_the_state_whose_region_was_hit():
    loc = {"name": "Kursk", "lat": 51.73, "lon": 36.19, "country": "RU", "precision": 1}
    a = _m("a#0", "Our drones hit a fuel depot in Kursk region overnight.", "Ukrainian General Staff",
           sub_event_type="Air/drone strike", actor1="Military Forces of Ukraine",
           actor2="Military Forces of Russia", location=loc)
    b = _m("b#0", "A drone attack set fuel tanks alight near Kursk, regional governor Pyotr Orlov said.",
           "Regional News", claims=[{"claimant": "Pyotr Orlov", "stance": "asserts", "claimant_kind": "official"}],
           sub_event_type="Air/drone strike", actor1="Military Forces of Ukraine",
           actor2="Military Forces of Russia", location=loc)
    e = _one([a, b])
    assert e.status == "confirmed", e.status_reason


def test_a_states_ombudsman_is_independent_of_its_army():
    loc = {"name": "Tame", "lat": 6.46, "lon": -71.74, "country": "CO", "precision": 1}
    a = _m("a#0", "Our commandos fired rockets at the army base in Tame tonight.", "ELN",
           sub_event_type="Shelling/artillery/missile attack", actor1="ELN",
           actor2="Military Forces of Colombia", location=loc)
    b = _m("b#0", "The Colombian army denied that its base in Tame had come under fire.", "Colombian army",
           claims=[{"claimant": "Colombian army", "stance": "denies"}],
           sub_event_type="Shelling/artillery/missile attack", location=loc)
    c = _m("c#0", "Explosions were heard inside the base in Tame, the Ombudsman's Office of Colombia said.",
           "Paper", claims=[{"claimant": "Ombudsman's Office of Colombia", "stance": "asserts", "via": ["Paper"]}],
           sub_event_type="Shelling/artillery/missile attack", location=loc)
    e = _one([a, b, c])
    assert e.status == "disputed", e.status_reason


def test_an_admission_dated_by_its_statement_joins_the_fighting_days_before():
    # the reader typed the admission "Other" (no act of its own) and dated it by the statement
    a = _m("a#0", "Our fighters ambushed an army column near Rutshuru and killed many soldiers.", "Rebel Channel",
           published="2023-01-10T12:00:00Z", sub_event_type="Armed clash", actor1="M23",
           actor2="Military Forces of the Democratic Republic of Congo", location=None)
    b = _m("b#0", "The general staff acknowledged heavy losses among its soldiers in the ambush near Rutshuru.",
           "Congolese army", claims=[{"claimant": "general staff", "stance": "confirms"}],
           published="2023-01-12T12:00:00Z", sub_event_type="Other", actor1=None, actor2=None,
           date_start="2023-01-12", date_end="2023-01-12", location=None)
    e = _one([a, b])
    assert e.status == "confirmed", e.status_reason


def test_a_sides_own_forces_killed_in_its_statement_confirm_the_strike():
    loc = {"name": "Hodeidah", "lat": 14.8, "lon": 42.95, "country": "YE", "precision": 1}
    a = _m("a#0", "Our aircraft struck launch sites near Hodeidah, the command said.", "US Central Command",
           claims=[{"claimant": "US Central Command", "stance": "asserts"}], sub_event_type="Air/drone strike",
           actor1="Military Forces of the United States", actor2=None, location=loc)
    b = _m("b#0", "Enemy raids on Hodeidah killed two of our forces, the group's military spokesman said.",
           "Houthi Channel", claims=[{"claimant": "Houthi military spokesman", "stance": "asserts"}], sub_event_type="Air/drone strike",
           actor1="Military Forces of the United States", actor2=None, location=loc)
    e = _one([a, b])
    assert e.status == "confirmed", e.status_reason


def test_a_side_telling_of_the_enemy_hitting_its_own_base_confirms_it_but_its_boast_does_not():
    loc = {"name": "Kalemie", "lat": -5.95, "lon": 29.19, "country": "CD", "precision": 1}
    wit = _m("w#0", "Residents of Kalemie said they heard several explosions near the airport before dawn.",
             "Radio Desk", claims=[{"claimant": "residents of Kalemie", "stance": "asserts", "via": ["Radio Desk"]}],
             sub_event_type="Air/drone strike", actor1=None, actor2=None, location=loc)
    army = _m("a#0", "Army spokesman Major Kalala Mbuyi said rebel drones struck the air base in Kalemie overnight.",
              "Congolese army", claims=[{"claimant": "Kalala Mbuyi", "stance": "asserts", "claimant_kind": "official"}],
              sub_event_type="Air/drone strike", actor1="M23", actor2=None, location=loc)
    assert _one([wit, army]).status == "confirmed"
    boast = _m("a#0", "Army spokesman Major Kalala Mbuyi said its drones struck rebel positions near Kalemie.",
               "Congolese army", claims=[{"claimant": "Kalala Mbuyi", "stance": "asserts", "claimant_kind": "official"}],
               sub_event_type="Air/drone strike", actor1=None, actor2="M23", location=loc)
    assert _one([wit, boast]).status == "corroborated"


# Session 8 kinds: words of holding a place that hold words of control ("remains in full control"),
# a side's channel naming its own dead as its own whatever roles the readers gave the sides.
_HILL_TOWN = {"name": "Isfana", "lat": 39.84, "lon": 69.53, "country": "KG", "precision": 1}


def test_a_side_saying_it_remains_in_control_contradicts_the_capture():
    took = _m("t#0", "The rebel front said its fighters seized Isfana overnight.", "Front Radio",
              claims=[{"claimant": "Front commander", "stance": "asserts"}], published="2022-09-15T08:00:00Z",
              sub_event_type="Non-state actor overtakes territory", actor1="Unidentified Armed Group (Kyrgyzstan)",
              actor2=None, location=_HILL_TOWN, date_start="2022-09-15", date_end="2022-09-15")
    # typed as the government retaking the town: the reader saw words of control in "remains in full control"
    held = _m("h#0", "The defence ministry said the army remains in full control of Isfana and that the attack "
              "on the town had failed.", "Ministry Desk",
              claims=[{"claimant": "Kyrgyz Defence Ministry", "stance": "asserts"}], published="2022-09-15T10:00:00Z",
              sub_event_type="Government regains territory", actor1=None, actor2=None, location=_HILL_TOWN,
              date_start="2022-09-15", date_end="2022-09-15")
    e = _one([took, held])
    assert e.status == "disputed", e.status_reason
    # the same ministry telling that its troops took control of the town is one more origin of a capture
    retook = _m("r#0", "The defence ministry said the army took full control of Isfana after the fighters "
                "withdrew.", "Ministry Desk", claims=[{"claimant": "Kyrgyz Defence Ministry", "stance": "asserts"}],
                published="2022-09-15T10:00:00Z", sub_event_type="Government regains territory", actor1=None,
                actor2=None, location=_HILL_TOWN, date_start="2022-09-15", date_end="2022-09-15")
    e = _one([took, retook])
    assert e.status != "disputed", e.status_reason


def test_a_groups_channel_mourning_its_own_fighters_confirms_the_strike_whatever_the_roles():
    place = {"name": "Bint Jbeil", "lat": 33.12, "lon": 35.43, "country": "LB", "precision": 1}
    claim = _m("i#0", "Warplanes struck a weapons depot of the group in Bint Jbeil, the Israeli military said.",
               "Army Desk", claims=[{"claimant": "Israeli military", "stance": "asserts"}],
               sub_event_type="Air/drone strike", actor1="Military Forces of Israel", actor2=None,
               location=place)
    # the readers named no target, and one took the mourners for the attackers
    mourn = _m("m#0", "Hezbollah mourned three of its fighters who were killed in the raid on Bint Jbeil.",
               "Al-Manar", sub_event_type="Air/drone strike", actor1="Hezbollah", actor2=None, location=place)
    e = _one([claim, mourn])
    assert e.status == "confirmed", e.status_reason
    # its own fighters doing the fighting are no loss of its own
    boast = _m("b#0", "Hezbollah said its fighters attacked an army position near Bint Jbeil.", "Al-Manar",
               sub_event_type="Air/drone strike", actor1="Hezbollah", actor2=None, location=place)
    e = _one([claim, boast])
    assert e.status != "confirmed", e.status_reason
    # another side's dead named by their own side's possessive admit nothing for the speaker
    other = _m("o#0", "The army lost two of its soldiers in the raid on Bint Jbeil, Al-Manar said.", "Al-Manar",
               sub_event_type="Air/drone strike", actor1="Hezbollah", actor2=None, location=place)
    e = _one([claim, other])
    assert e.status != "confirmed", e.status_reason


def test_an_unlisted_force_telling_of_our_officers_in_its_own_voice_admits_its_loss():
    station = {"name": "Tumaco", "lat": 1.80, "lon": -78.76, "country": "CO", "precision": 1}
    common = dict(sub_event_type="Air/drone strike", actor1=None, actor2="Police Forces of Colombia",
                  location=station, published="2024-06-03T12:00:00Z", date_start="2024-06-03",
                  date_end="2024-06-03")
    own = _m("p#0", "Three of our officers were wounded when a drone dropped a charge on the station in Tumaco this "
             "morning.", "Departamento de Policia Narino", **common)
    paper = _m("n#0", "A drone dropped explosives on the police station in Tumaco, wounding three officers, the "
               "National Police said.", "Regional Daily",
               claims=[{"claimant": "National Police", "stance": "asserts"}], **common)
    e = _one([own, paper])
    assert e.status == "confirmed", e.status_reason
    # an outlet telling the same in its news voice, without "our", is one more origin, no admission
    news = _m("q#0", "Three officers were wounded when a drone dropped a charge on the station in Tumaco this "
              "morning.", "Departamento Noticias Narino", **common)
    e = _one([news, paper])
    assert e.status == "corroborated", e.status_reason


def test_a_person_by_full_name_and_by_surname_alone_is_one_origin():
    where = {"name": "Kenscoff", "lat": 18.45, "lon": -72.29, "country": "HT", "precision": 1}
    a = _m("ht1#0", "Gang leader Wilson Joseph said in a video that his men burned the police post.",
           "Port Wire", claims=[{"claimant": "Wilson Joseph", "claimant_kind": "person", "stance": "asserts"}],
           sub_event_type="Attack", actor1="Gangs (Haiti)", actor2="Police Forces of Haiti", location=where)
    b = _m("ht2#0", "The police post was set on fire by his fighters, Joseph said in the same video.",
           "Island Radio", claims=[{"claimant": "Joseph", "claimant_kind": "person", "stance": "asserts"}],
           sub_event_type="Attack", actor1="Gangs (Haiti)", actor2="Police Forces of Haiti", location=where)
    e = _one([a, b])
    assert e.status != "corroborated", e.status_reason
    assert len(e.origins) == 1, e.origins
    # two men of one surname, each in full, stay two origins
    c = _m("ht3#0", "The post burned, said Marie Joseph, a nurse who lives beside it.", "Island Radio",
           claims=[{"claimant": "Marie Joseph", "claimant_kind": "person", "stance": "asserts"}],
           sub_event_type="Attack", actor1="Gangs (Haiti)", actor2="Police Forces of Haiti", location=where)
    assert len(_one([a, c]).origins) == 2
