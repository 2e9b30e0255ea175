"""Fusion on multi-report sets written for the tests (tests/fixtures/fusion/*.json)."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from livedesk.fuse import event_id, fuse, tally
from livedesk.fuse.sets import mention_from_dict

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))   # evaluation lives in bench/
from fusion_eval import pairwise  # noqa: E402
from livedesk.fuse.match import candidate_pairs, features

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "fusion").glob("*.json"))


def _load(path: Path):
    d = json.loads(path.read_text(encoding="utf-8"))
    ms = [mention_from_dict(x) for x in d["mentions"]]
    truth = {x["id"]: x["event"] for x in d["mentions"]}
    now = datetime.fromisoformat(d.get("now", "2030-01-01T00:00:00+00:00").replace("Z", "+00:00"))
    return d, ms, truth, now


def _by_label(events, truth):
    out = {}
    for e in events:
        labels = {truth[i] for i in e.mention_ids}
        assert len(labels) == 1, f"event mixes {labels}"
        out[labels.pop()] = e
    return out


def test_fixtures_exist():
    assert len(FIXTURES) >= 3


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_same_event_pairs_precision_and_recall(path):
    _, ms, truth, now = _load(path)
    p, r = pairwise(fuse(ms, now=now), truth)
    assert p >= 0.9 and r >= 0.9, (p, r)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_statuses_and_what_the_reports_say(path):
    d, ms, truth, now = _load(path)
    events = _by_label(fuse(ms, now=now), truth)
    for label, want in d["expect"].items():
        e = events[label]
        assert e.status == want["status"], (label, e.status_reason)
        assert e.status_reason
        rec = next((r for r in e.casualties if r["claimant"] == "reconciled"), {})
        if "reconciled_best" in want:
            assert rec["best"] == want["reconciled_best"], e.casualties
        if "reconciled_high" in want:
            assert rec["high"] == want["reconciled_high"]
        if "reconciled_confirmed" in want:
            assert rec["confirmed"] == want["reconciled_confirmed"]
            assert rec["reported"] == want["reconciled_reported"]
        if want.get("copies"):
            assert "near-verbatim" in e.status_reason
        if "contradiction" in want:
            assert any(want["contradiction"] in c for c in e.contradictions), e.contradictions
        if "admission" in want:
            assert f"{want['admission']}" in e.status_reason and "own side's interest" in e.status_reason
        if "silent" in want:
            assert f"{want['silent']} (the side concerned) has not confirmed" in e.status_reason
        if "stale" in want:
            assert e.stale is want["stale"]


def test_relays_are_not_origins_and_first_report_is_earliest():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "deir_helicopter.json")
    e = _by_label(fuse(ms, now=now), truth)["deir-heli"]
    assert not any(o.startswith(("Associated Press", "Frontline Weekly")) for o in e.origins)
    assert e.first_reported["outlet"] == "Associated Press"
    assert [s["outlet"] for s in e.first_reported["spread"]][:2] == ["Associated Press", "Frontline Weekly"]


def test_event_ids_are_stable_when_later_reports_join():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "idlib_market.json")
    early = [m for m in ms if m.published.hour < 12 and m.published.day == 5]
    ids_early = {truth[e.mention_ids[0]]: e.id for e in fuse(early, now=now)}
    ids_all = {truth[e.mention_ids[0]]: e.id for e in fuse(ms, now=now)}
    for label, eid in ids_early.items():
        assert ids_all[label] == eid
    assert fuse(list(reversed(ms)), now=now)[0].id in {e.id for e in fuse(ms, now=now)}


def test_analysts_split_and_merge():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "idlib_market.json")
    # cannot_link splits the live-blog's later toll from the wire report it would join
    events = fuse(ms, cannot_link=[("wire-1#0", "blog-3#0"), ("copy-1#0", "blog-3#0"),
                                   ("blog-1#0", "blog-3#0"), ("wire-2#0", "blog-3#0"),
                                   ("blog-2#0", "blog-3#0")], now=now)
    home = {i: e.id for e in events for i in e.mention_ids}
    assert home["wire-1#0"] != home["blog-3#0"]
    # must_link joins what the rules keep apart (the two strikes, four days apart)
    events = fuse(ms, must_link=[("wire-1#0", "wire-4#0")], now=now)
    home = {i: e.id for e in events for i in e.mention_ids}
    assert home["wire-1#0"] == home["wire-4#0"] == home["blog-4#0"]


def test_staleness_follows_the_setting(monkeypatch):
    _, ms, truth, _ = _load(Path(__file__).parent / "fixtures" / "fusion" / "deir_helicopter.json")
    lone = [m for m in ms if truth[m.id] == "mayadin-abduction"]
    t0 = lone[0].published
    assert not fuse(lone, now=t0 + timedelta(hours=10))[0].stale
    assert fuse(lone, now=t0 + timedelta(hours=60))[0].stale
    monkeypatch.setenv("LIVEDESK_STALE_HOURS", "100")
    assert not fuse(lone, now=t0 + timedelta(hours=60))[0].stale


def test_tally_keeps_confirmed_apart_from_reported():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "deir_helicopter.json")
    t = tally(fuse(ms, now=now), "Military Forces of Russia", since="2015-09-30", country="SY")
    assert (t["confirmed"], t["reported"], t["events"]) == (1, 2, 1)


def test_blocking_never_compares_mentions_a_week_or_a_country_apart():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "idlib_market.json")
    base = ms[0]
    moved = []
    for k, (days, country, lat) in enumerate([(7, "SY", None), (0, "IQ", 33.3)]):
        f = json.loads(json.dumps(base.frame.to_dict()))
        f.pop("event_type")
        f["date_start"] = f["date_end"] = (datetime.fromisoformat(f["date_start"])
                                           + timedelta(days=days)).date().isoformat()
        f["location"]["country"] = country
        if lat is not None:
            f["location"].update(lat=lat, lon=44.4, name="Baghdad")
        moved.append(mention_from_dict({"id": f"moved#{k}", "frame": f, "text": base.text}))
    feats = [features(i, m) for i, m in enumerate([base, *moved])]
    assert set(candidate_pairs(feats)) == set()
    assert len(fuse([base, *moved], now=now)) == 3


def test_event_id_derives_from_earliest_mention():
    _, ms, _, _ = _load(FIXTURES[0])
    a = event_id(ms)
    late = ms[0].__class__(**{**ms[0].__dict__, "id": "zz#9",
                              "published": datetime(2100, 1, 1, tzinfo=timezone.utc)})
    assert event_id(ms + [late]) == a


def _mention(mid, text, outlet, claims=(), **frame):
    base = {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria",
            "actor2": "Syrian rebels", "date_start": "2020-02-01", "date_end": "2020-02-01",
            "location": {"name": "Saraqib", "lat": 35.86, "lon": 36.8, "country": "SY", "precision": 1}}
    base.update(frame)
    return mention_from_dict({"id": mid, "outlet": outlet, "published": "2020-02-01T12:00:00Z",
                              "text": text, "frame": base, "claims": list(claims)})


def test_headline_and_text_disagreeing_on_direction_is_flagged():
    m = _mention("a#0", "Jet Shot Down West of Saraqib. A jet was shot down east of Saraqib today.", "Desk")
    (e,) = fuse([m])
    assert any("west of Saraqib" in c and "east of Saraqib" in c for c in e.contradictions)


def test_an_outlet_reporting_only_the_silence_of_a_side_still_reports_the_event():
    m1 = _mention("a#0", "A helicopter was lost; the government has not confirmed it.", "Al-Masdar News",
                  claims=[{"claimant": "Syrian government", "via": ["Al-Masdar News"], "stance": "unconfirmed"}])
    m2 = _mention("b#0", "Rebels say they downed a helicopter near Saraqib.", "Levant Live",
                  claims=[{"claimant": "Syrian Observatory for Human Rights", "stance": "asserts"}])
    (e,) = fuse([m1, m2])
    assert e.status == "corroborated", e.status_reason
    assert "Syrian government (the side concerned) has not confirmed" in e.status_reason


def test_a_side_admitting_its_own_loss_confirms_it():
    m1 = _mention("a#0", "Rebels shot down a government jet over Saraqib, activists said.", "Reuters",
                  claims=[{"claimant": "activists", "stance": "asserts"}],
                  sub_event_type="Armed clash", actor1="Syrian rebels", actor2="Military Forces of Syria")
    m2 = _mention("b#0", "The army said one of its jets was lost over Saraqib.", "SANA",
                  claims=[{"claimant": "Syrian army", "via": ["SANA"], "stance": "asserts"}],
                  sub_event_type="Armed clash", actor1="Syrian rebels", actor2="Military Forces of Syria")
    (e,) = fuse([m1, m2])
    assert e.status == "confirmed", e.status_reason
    # the perpetrator's own boast is a claim, not a confirmation
    m3 = _mention("c#0", "Rebel media said they downed the jet.", "Levant Live",
                  claims=[{"claimant": "Free Syrian Army", "stance": "asserts"}],
                  sub_event_type="Armed clash", actor1="Syrian rebels", actor2="Military Forces of Syria")
    (e,) = fuse([m3])
    assert e.status == "claimed"


def test_claims_stored_without_kind_are_completed_from_the_lexicon():
    from livedesk.fuse.corroborate import current
    from livedesk.model import Claim
    c = current(Claim(claimant="the Observatory"))
    assert (c.claimant_kind, c.canonical) == ("monitor", "Syrian Observatory for Human Rights")
    c = current(Claim(claimant="a representative of the Russian Hmeemeem Air Base", claimant_kind="unknown"))
    assert (c.claimant_kind, c.alignment) == ("official", "Military Forces of Russia")


def test_paths_show_how_the_story_travelled_and_tolls_that_differ_are_flagged():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "deir_helicopter.json")
    events = _by_label(fuse(ms, now=now), truth)
    assert "Al-Bayan → Associated Press → Frontline Weekly" in events["deir-heli"].first_reported["paths"]
    assert any(c.startswith("death tolls differ: 1") for c in events["hama-russian"].contradictions)


def test_a_report_recapping_what_it_attributes_elsewhere_is_not_a_second_origin():
    a = _mention("r1#0", "Rebels said they took the hill.", "Desk",
                 claims=[{"claimant": "Free Syrian Army", "stance": "asserts"}])
    b = _mention("r1#1", "The hill fell to the rebels today.", "Desk")
    (e,) = fuse([a, b])
    assert e.status == "claimed" and len(e.origins) == 1, e.status_reason
    # with only a hedged report beside it, the outlet's own word stands
    c = _mention("r2#0", "A jet was reportedly shot down near Saraqib.", "Desk",
                 claims=[{"claimant": "unnamed reports", "stance": "uncertain"}])
    d = _mention("r2#1", "The jet was shot down near Saraqib.", "Desk")
    (e,) = fuse([c, d])
    assert e.origins == ["Desk (newspaper/broadcaster)"], e.status_reason


def test_reports_differing_on_kind_of_event_are_flagged():
    _, ms, truth, now = _load(Path(__file__).parent / "fixtures" / "fusion" / "zaporizhzhia_front.json")
    e = _by_label(fuse(ms, now=now), truth)["robotyne"]
    assert any(c.startswith("reports differ on what happened") for c in e.contradictions)
    assert not any(c.startswith("reports differ on the date") for c in e.contradictions)
