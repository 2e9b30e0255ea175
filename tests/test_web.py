"""The web desk in process (httpx ASGITransport), and the SSE stream over a real loopback server."""
from __future__ import annotations

import asyncio
import json
import re
import threading
import time

import httpx
import pytest
from urllib.parse import quote

from livedesk.service import Desk
from livedesk.web import auth
from livedesk.web.app import create_app
from serverproc import sse_events

XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture
def desk(db_url, settings_for, factory):
    d = Desk(settings_for(db_url), reader=lambda r: factory.reading(
        r, sub_event_type="Armed clash" if "clash" in r.text else "Air/drone strike",
        place="Homs" if "Homs" in r.text else "Palmyra",
        lat=34.73 if "Homs" in r.text else 34.56, lon=36.71 if "Homs" in r.text else 38.28,
        day="2016-05-09" if "clash" in r.text else "2016-05-10",
        claimant="Al-Bayan" if "Bayan" in r.text else "SOHR", via=["Associated Press"],
        summary=r.text[:60]), fuser=factory.fuser)
    d.ingest_reports([
        factory.report("Jets struck Palmyra, Al-Bayan said.", outlet="AP"),
        factory.report("A clash near Homs " + XSS, outlet="Reuters", day="2016-05-09"),
    ])
    yield d
    d.store.close()


def call(app, method, url, **kw):
    async def go():
        transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://desk.test") as c:
            if "cookies" in kw:
                c.cookies.update(kw.pop("cookies"))
            return await c.request(method, url, **kw)
    return asyncio.run(go())


@pytest.fixture
def app(desk):
    return create_app(desk.settings, desk=desk)


def test_events_api_lists_newest_first_with_claims_and_sources(app):
    r = call(app, "GET", "/api/events")
    assert r.status_code == 200
    evs = r.json()["events"]
    assert [e["frame"]["date_start"] for e in evs] == ["2016-05-10", "2016-05-09"]
    assert evs[0]["claims"][0]["claimant"] == "Al-Bayan"
    assert evs[0]["claims"][0]["via"] == ["Associated Press"]
    assert evs[0]["reports"][0]["outlet"] == "AP"
    assert r.json()["seq"] > 0


def test_events_api_filters(app):
    ids = lambda q: [e["frame"]["location"]["name"] for e in call(app, "GET", "/api/events?" + q).json()["events"]]  # noqa: E731,E501
    assert ids("event_type=Battles") == ["Homs"]
    assert ids("date_from=2016-05-10") == ["Palmyra"]
    assert ids("date_to=2016-05-09") == ["Homs"]
    assert ids("source=Reuters") == ["Homs"]
    assert ids("source=Al-Bayan") == ["Palmyra"]
    assert ids("place=palm") == ["Palmyra"]
    assert ids("status=claimed") == ["Palmyra", "Homs"]
    assert call(app, "GET", "/api/events?date_from=yesterday").status_code == 422


def test_event_report_and_source_endpoints(app, desk):
    ev = call(app, "GET", "/api/events").json()["events"][0]
    one = call(app, "GET", f"/api/events/{quote(ev['id'], safe='')}").json()
    assert one["id"] == ev["id"] and one["history"][0]["action"] == "event.created"
    assert call(app, "GET", "/api/events/nope").status_code == 404
    reps = call(app, "GET", "/api/reports?source=AP").json()["reports"]
    assert len(reps) == 1 and reps[0]["outlet"] == "AP"
    full = call(app, "GET", f"/api/reports/{reps[0]['id']}").json()
    assert full["text"].startswith("Jets struck") and full["events"] == [ev["id"]]
    src = call(app, "GET", "/api/sources/AP").json()
    assert src["reports"] == 1 and src["events"][0]["id"] == ev["id"]
    assert call(app, "GET", "/api/sources/Nobody").status_code == 404


def test_pages_escape_report_text_and_send_csp(app):
    homs = [e for e in call(app, "GET", "/api/events").json()["events"]
            if e["frame"]["location"]["name"] == "Homs"][0]
    r = call(app, "GET", f"/events/{quote(homs['id'], safe='')}")
    assert r.status_code == 200
    assert "&lt;script&gt;window.__pwned" in r.text and "<script>window.__pwned" not in r.text
    assert "<mark>" in r.text                              # the statement is highlighted
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    page = call(app, "GET", "/")
    assert page.status_code == 200 and 'id="map"' in page.text
    assert call(app, "GET", "/sources/Reuters").status_code == 200
    assert call(app, "GET", "/vendor/leaflet/leaflet.js").status_code == 200
    assert call(app, "GET", "/vendor/world-atlas/countries-110m.json").status_code == 200


def _sign_in(app, name, password):
    r = call(app, "POST", "/api/session", json={"name": name, "password": password})
    return r, {auth.COOKIE: r.cookies.get(auth.COOKIE)} if r.status_code == 200 else {}


def test_writes_need_role_csrf_and_same_origin(app, desk):
    auth.add_user(desk.store, "vera", "viewer-pass", "viewer")
    auth.add_user(desk.store, "ana", "analyst-pass", "analyst")
    ev = call(app, "GET", "/api/events").json()["events"][0]
    url = f"/api/events/{quote(ev['id'], safe='')}/review"
    body = {"status": "confirmed", "reason": "geolocated video"}
    assert call(app, "POST", url, json=body).status_code == 401
    r, vc = _sign_in(app, "vera", "viewer-pass")
    assert call(app, "POST", url, json=body, cookies=vc,
                headers={"X-CSRF-Token": r.json()["csrf"]}).status_code == 403
    r, ac = _sign_in(app, "ana", "analyst-pass")
    assert r.json()["role"] == "analyst"
    assert call(app, "POST", url, json=body, cookies=ac).status_code == 403          # no CSRF
    assert call(app, "POST", url, json=body, cookies=ac,
                headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert call(app, "POST", url, json=body, cookies=ac, headers={
        "X-CSRF-Token": r.json()["csrf"], "Origin": "http://evil.test"}).status_code == 403
    ok = call(app, "POST", url, json=body, cookies=ac, headers={
        "X-CSRF-Token": r.json()["csrf"], "Origin": "http://desk.test"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["status"] == "confirmed" and ok.json()["review"]["by"] == "ana"
    hist = [h for h in desk.store.history(ev["id"]) if h["action"] == "review.review"]
    assert hist and hist[0]["who"] == "ana" and hist[0]["at"]


def test_sign_in_is_rate_limited_and_form_posts_refused(app, desk):
    auth.add_user(desk.store, "ana", "analyst-pass", "analyst")
    for _ in range(auth.MAX_FAILURES):
        assert _sign_in(app, "ana", "wrong")[0].status_code == 401
    assert _sign_in(app, "ana", "analyst-pass")[0].status_code == 429
    form = call(app, "POST", "/api/session", data={"name": "x", "password": "y"})
    assert form.status_code in (415, 422)


def test_expired_session_cannot_write(app, desk):
    uid = auth.add_user(desk.store, "ana", "analyst-pass", "analyst")
    desk.store.create_session(uid, "old-token", "csrf-old", minutes=-1)
    ev = call(app, "GET", "/api/events").json()["events"][0]
    r = call(app, "POST", f"/api/events/{quote(ev['id'], safe='')}/notes", json={"text": "x"},
             cookies={auth.COOKIE: "old-token"}, headers={"X-CSRF-Token": "csrf-old"})
    assert r.status_code == 401


def test_analyst_edit_merge_split_through_api(app, desk):
    auth.add_user(desk.store, "ana", "analyst-pass", "analyst")
    r, ck = _sign_in(app, "ana", "analyst-pass")
    h = {"X-CSRF-Token": r.json()["csrf"]}
    a, b = call(app, "GET", "/api/events").json()["events"]
    e = call(app, "POST", f"/api/events/{quote(a['id'], safe='')}/edit", cookies=ck, headers=h,
             json={"field": "actor1", "value": "Russia"})
    assert e.status_code == 200 and e.json()["frame"]["actor1"] == "Russia"
    assert call(app, "POST", f"/api/events/{quote(a['id'], safe='')}/edit", cookies=ck, headers=h,
                json={"field": "sub_event_type", "value": "Nonsense"}).status_code == 422
    m = call(app, "POST", f"/api/events/{quote(a['id'], safe='')}/merge", cookies=ck, headers=h,
             json={"other": b["id"]})
    assert m.status_code == 200, m.text
    evs = call(app, "GET", "/api/events").json()["events"]
    assert len(evs) == 1 and len(evs[0]["mention_ids"]) == 2
    s = call(app, "POST", f"/api/events/{quote(evs[0]['id'], safe='')}/split", cookies=ck, headers=h,
             json={"mention_id": b["mention_ids"][0]})
    assert s.status_code == 200, s.text
    assert len(call(app, "GET", "/api/events").json()["events"]) == 2
    actions = [c["action"] for c in desk.store.changes_since(0) if c["who"] == "ana"]
    assert "review.must_link" in actions and "review.cannot_link" in actions


def test_admin_adds_users_analyst_cannot(app, desk):
    auth.add_user(desk.store, "root", "admin-pass", "admin")
    auth.add_user(desk.store, "ana", "analyst-pass", "analyst")
    r, ck = _sign_in(app, "ana", "analyst-pass")
    new = {"name": "bob", "password": "bob-password", "role": "viewer"}
    assert call(app, "POST", "/api/users", json=new, cookies=ck,
                headers={"X-CSRF-Token": r.json()["csrf"]}).status_code == 403
    r, ck = _sign_in(app, "root", "admin-pass")
    assert call(app, "POST", "/api/users", json=new, cookies=ck,
                headers={"X-CSRF-Token": r.json()["csrf"]}).status_code == 200
    assert desk.store.get_user("bob")["role"] == "viewer"


def test_add_user_refuses_bad_roles_and_short_passwords(store):
    with pytest.raises(ValueError):
        auth.add_user(store, "x", "long-enough", "superuser")
    with pytest.raises(ValueError):
        auth.add_user(store, "x", "short", "viewer")


def test_sse_stream_over_loopback_sees_an_ingest_from_another_desk(live_server, settings_for,
                                                                   factory):
    seen: list[dict] = []
    ready = threading.Event()

    def listen():
        for event, data in sse_events(live_server.url, 15):
            if event == "hello":
                ready.set()
            elif event == "change":
                seen.append(data)
                if data["action"] == "event.created":
                    return

    t = threading.Thread(target=listen, daemon=True)
    t.start()
    assert ready.wait(10)
    writer = Desk(settings_for(live_server.database_url), reader=factory.reader(),
                  fuser=factory.fuser)
    writer.ingest_reports([factory.report("Strike on Palmyra reported live.")])
    t.join(10)
    assert [c["action"] for c in seen] == ["report.added", "event.created"]
    assert seen[1]["target"] == writer.store.list_events()[0]["id"]


def test_sse_replays_from_last_event_id(live_server, settings_for, factory):
    writer = Desk(settings_for(live_server.database_url), reader=factory.reader(),
                  fuser=factory.fuser)
    auth.add_user(writer.store, "ana", "analyst-pass", "analyst")
    writer.ingest_reports([factory.report("Earlier strike.")])
    lines = []
    with httpx.stream("GET", live_server.url + "/api/stream", headers={"Last-Event-ID": "0"},
                      timeout=10) as r:
        for line in r.iter_lines():
            lines.append(line)
            if line.startswith("data: ") and "event.created" in line:
                break
    assert any(line.startswith("id: ") for line in lines)
    assert any("report.added" in line for line in lines)
    assert not any("user" in line for line in lines)              # accounts stay private


def test_export_endpoints_follow_filters(app):
    r = call(app, "GET", "/api/export.csv?event_type=Battles")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.strip().splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year") and len(lines) == 2
    g = call(app, "GET", "/api/export.geojson").json()
    assert len(g["features"]) == 2
    assert call(app, "GET", "/api/export.xlsx").status_code == 422


def _first_created(url: str, ready: threading.Event, out: list, timeout: float = 20) -> None:
    for event, data in sse_events(url, timeout):
        if event == "hello":
            ready.set()
        elif data.get("action") == "event.created":
            out.append(time.monotonic())
            return


def test_postgres_notify_wakes_the_stream_before_the_poll(pg_url, settings_for, factory):
    """With the poll set to 30 s, only LISTEN/NOTIFY can deliver the change within seconds."""
    from conftest import LiveServer
    settings = settings_for(pg_url)
    with LiveServer(settings, desk=Desk(settings, fuser=factory.fuser)) as srv:
        srv.app.state.hub.interval = 30
        ready, got = threading.Event(), []
        t = threading.Thread(target=_first_created, args=(srv.url, ready, got), daemon=True)
        t.start()
        assert ready.wait(10)
        time.sleep(0.5)                      # the LISTEN connection is up
        writer = Desk(settings, reader=factory.reader(), fuser=factory.fuser)
        writer.ingest_reports([factory.report("Strike reported on PostgreSQL.")])
        t0 = time.monotonic()
        t.join(15)
        assert got and got[0] - t0 < 5
        writer.store.close()


def test_event_page_lists_merge_candidates_and_html_404(app, desk, factory):
    desk.ingest_reports([factory.report("Jets struck Palmyra again, SOHR said.", outlet="AFP")])
    evs = call(app, "GET", "/api/events?place=Palmyra").json()["events"]
    assert len(evs) == 2
    page = call(app, "GET", f"/events/{quote(evs[0]['id'], safe='')}")
    assert f'href="/events/{quote(evs[1]["id"], safe="")}"' in page.text
    assert 'class="merge-with"' not in page.text                   # anonymous: no button
    homs = call(app, "GET", "/api/events?place=Homs").json()["events"][0]
    assert quote(homs["id"], safe="") not in page.text            # 150 km away, not offered
    # nothing missing is written "None": the report has no title, the frame no actor
    text = re.sub(r"<[^>]+>", " ", page.text)
    assert "None" not in text.split(), [ln for ln in text.splitlines() if "None" in ln]
    missing = call(app, "GET", "/events/nope", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "Back to the desk" in missing.text
    assert call(app, "GET", "/api/events/nope").json() == {"error": "no such event"}


def test_source_names_with_slashes_resolve(app, desk, factory):
    desk.ingest_reports([factory.report("Strike seen by a wire.", outlet="AFP/Getty")])
    assert call(app, "GET", "/api/sources/" + quote("AFP/Getty", safe="")).json()["reports"] == 1
    assert call(app, "GET", "/sources/" + quote("AFP/Getty", safe="")).status_code == 200


def test_event_page_shows_casualties_per_claimant_and_reconciled(db_url, settings_for, factory):
    from livedesk.model import Event

    def fuser(mentions, must_link=(), cannot_link=()):
        return [Event(id="e-one", frame=mentions[0].frame, mention_ids=[m.id for m in mentions],
                      casualties=[{"claimant": "SOHR", "via": ["AP"], "best": 7, "low": 5,
                                   "high": 9, "injured": None, "side": None, "confirmed": False},
                                  {"claimant": "reconciled", "best": 7, "low": 5, "high": 9,
                                   "injured": None, "side": None, "confirmed": None}])]
    d = Desk(settings_for(db_url), reader=factory.reader(best=7), fuser=fuser)
    d.ingest_reports([factory.report("Seven killed in Palmyra, SOHR said.")])
    page = call(create_app(d.settings, desk=d), "GET", "/events/e-one")
    assert '<tr class="reconciled">' in page.text and "5-9" in page.text and "via AP" in page.text
    d.store.close()


def test_oversized_write_bodies_are_refused_unread(app):
    big = {"name": "x", "password": "y" * (70 * 1024)}
    assert call(app, "POST", "/api/session", json=big).status_code == 413


@pytest.fixture
def alias_app(db_url, settings_for, factory):
    """Two events stored under canonical and as-written names: an Islamic State attack on
    Palmyra claimed by 'SOHR' and carried by 'AP'; a Syrian army strike on Homs from SANA."""
    def reader(r):
        isis = "Palmyra" in r.text
        return factory.reading(r, place="Palmyra" if isis else "Homs",
                               lat=34.56 if isis else 34.73, lon=38.28 if isis else 36.71,
                               claimant="SOHR" if isis else "Syrian Arab News Agency",
                               actor1="Islamic State" if isis else "Military Forces of Syria",
                               summary=r.text)
    d = Desk(settings_for(db_url), reader=reader, fuser=factory.fuser)
    d.ingest_reports([factory.report("Militants stormed Palmyra.", outlet="AP"),
                      factory.report("Jets struck Homs.", outlet="SANA")])
    yield create_app(d.settings, desk=d)
    d.store.close()


def test_filters_accept_any_alias_the_lexicons_know(alias_app):
    def places(q):
        r = call(alias_app, "GET", "/api/events?" + q)
        assert r.status_code == 200, r.text
        return [e["frame"]["location"]["name"] for e in r.json()["events"]]
    assert places("actor=ISIS") == ["Palmyra"]                 # actors.json alias
    assert places("actor=Daesh") == ["Palmyra"]
    assert places("actor=Syrian%20army") == ["Homs"]
    assert places("actor=islamic") == ["Palmyra"]              # typed text still a substring
    assert places("place=Tadmur") == ["Palmyra"]               # the gazetteer's names of it
    assert places("place=Hims") == ["Homs"]
    assert places("source=Syrian%20Observatory%20for%20Human%20Rights") == ["Palmyra"]
    assert places("source=the%20Observatory") == ["Palmyra"]   # claim written 'SOHR'
    assert places("source=Associated%20Press") == ["Palmyra"]  # outlet written 'AP'
    assert places("source=SANA") == ["Homs"]
    assert places("actor=ISIS&place=Homs") == []
    csv = call(alias_app, "GET", "/api/export.csv?place=Tadmur").text
    assert "stormed Palmyra" in csv and "struck Homs" not in csv


def test_one_page_per_source_whatever_name_is_used(alias_app):
    canon = "/sources/" + quote("Syrian Observatory for Human Rights", safe="")
    for name in ("SOHR", "the Observatory", "Syrian Observatory for Human Rights"):
        r = call(alias_app, "GET", "/sources/" + quote(name, safe=""), follow_redirects=True,
                 headers={"Accept": "text/html"})
        assert r.status_code == 200 and str(r.url).endswith(canon), (name, r.url)
        assert "<h1>Syrian Observatory for Human Rights</h1>" in r.text
        assert "Militants stormed Palmyra." in r.text
    api = call(alias_app, "GET", "/api/sources/SOHR").json()
    assert api["name"] == "Syrian Observatory for Human Rights" and api["claims"] == 1
    assert "SOHR" in api["aliases"]
    ap = call(alias_app, "GET", "/api/sources/Associated%20Press").json()
    assert ap["reports"] == 1 and ap["first_published"].startswith("2016-05-11")


def test_place_labels_come_by_zoom_from_the_gazetteer(app):
    syria = "west=35&south=32&east=42.5&north=37.5"

    def names(zoom, kind=None):
        r = call(app, "GET", f"/api/places?{syria}&zoom={zoom}")
        assert r.status_code == 200
        return {p["name"] for p in r.json()["places"] if kind is None or p["kind"] == kind}
    assert "Damascus" in names(4, "capital") and "Tadmur" not in names(4)
    assert {"Aleppo", "Homs"} <= names(6, "town") and "Tadmur" in names(6)    # ~50,000 people
    assert "Hamah" in names(6)                      # transliteration marks dropped (Ḩamāh)
    assert {"Raqqa", "Daraa"} <= names(6, "region")
    assert "Syria" in names(5, "country") and not names(8, "country")
    assert len(names(9)) > len(names(7)) > len(names(5))
    assert call(app, "GET", "/api/places?zoom=99").status_code == 422


def test_province_lines_are_the_arcs_two_provinces_share(tmp_path):
    """Read from a TopoJSON file written here in the shape the package ships (quantized,
    delta-encoded arcs; polygons as rings of arc indices, ~i for an arc reversed)."""
    from livedesk.web.boundaries import read_country
    # Two provinces side by side: arc 0 is the line between them, arcs 1 and 2 the outer border.
    topo = {"type": "Topology", "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
            "objects": {"xyz": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}},
                {"type": "MultiPolygon", "arcs": [[[2, ~0]]], "properties": {"name": "East"}}]}},
            "arcs": [[[2, 0], [0, 4]],                      # (11, 20) -> (11, 21)
                     [[2, 4], [-2, 0], [0, -4], [2, 0]],
                     [[2, 0], [2, 0], [0, 4], [-2, 0]]]}
    (tmp_path / "xyz.topo.json").write_text(json.dumps(topo))
    c = read_country(tmp_path / "xyz.topo.json")
    assert c.code == "XYZ"
    assert [ln.points for ln in c.lines] == [((11.0, 20.0), (11.0, 21.0))]
    assert c.bbox == (11.0, 20.0, 11.0, 21.0)
    # a line across the antimeridian is cut there, not drawn across the whole map
    topo = {"type": "Topology", "objects": {"r": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]]}, {"type": "Polygon", "arcs": [[~0]]}]}},
            "arcs": [[[178, 65], [179.9, 66], [-179.9, 66.5], [-178, 67]]]}
    (tmp_path / "rrr.topo.json").write_text(json.dumps(topo))
    lines = [ln.points for ln in read_country(tmp_path / "rrr.topo.json").lines]
    assert lines == [((178, 65), (179.9, 66)), ((-179.9, 66.5), (-178, 67))]


def test_province_lines_for_the_view_from_natural_earth(app):
    """The installed package's data (npm ci): Syria's governorates at zoom 6, only the
    countries in view, simpler when zoomed out, none at continent scale."""
    def get(box, zoom):
        r = call(app, "GET", f"/api/boundaries?{box}&zoom={zoom}")
        assert r.status_code == 200
        assert "Natural Earth" in r.json()["source"]
        return {c["country"]: c["lines"] for c in r.json()["boundaries"]}
    syria = "west=35&south=32&east=42.5&north=37.5"
    at6 = get(syria, 6)
    assert "SYR" in at6 and len(at6["SYR"]) >= 10, at6.keys()
    # countries whose far-off territories stretch their box (France, the USA) are not sent
    assert set(at6) <= {"SYR", "LBN", "ISR", "JOR", "IRQ", "TUR", "CYP", "PSX"}, set(at6)
    # a line between Homs and Hama governorates crosses the road between the two towns
    homs_hama = [pt for ln in at6["SYR"] for pt in ln if 36.6 < pt[0] < 36.9 and 34.8 < pt[1] < 35.1]
    assert homs_hama, "no line between Homs and Hama"
    points = lambda d: sum(len(ln) for ln in d["SYR"])
    assert points(get(syria, 5)) < points(at6) < points(get(syria, 9))
    assert get(syria, 4) == {}
    # the view's copy of the world east of 180 gets the lines moved by 360 degrees
    east = get("west=395&south=32&east=402.5&north=37.5", 6)
    assert east["SYR"][0][0][0] > 360
    assert call(app, "GET", "/api/boundaries?zoom=99").status_code == 422


def test_tile_server_is_off_by_default_and_opened_only_to_its_origin(desk, settings_for, db_url):
    from dataclasses import replace
    page = call(create_app(desk.settings, desk=desk), "GET", "/")
    assert 'name="tiles"' not in page.text
    assert "img-src 'self' data:;" in page.headers["content-security-policy"]
    s = replace(desk.settings, tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                tiles_attribution="© Example contributors")
    page = call(create_app(s, desk=desk), "GET", "/")
    assert 'content="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in page.text
    assert "© Example contributors" in page.text
    assert "img-src 'self' data: https://*.tiles.example.org;" in page.headers["content-security-policy"]


def test_headline_and_history_in_words():
    from livedesk.web import words
    ev = {"frame": {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria",
                    "location": {"name": "Homs"}}}
    assert words.headline(ev) == "Military Forces of Syria: air/drone strike in Homs"
    ev["frame"]["location"]["name"] = "20 km east of Palmyra"
    assert words.headline(ev) == "Military Forces of Syria: air/drone strike 20 km east of Palmyra"
    assert words.headline({"frame": {"sub_event_type": "IED attack"}}) == "IED attack"
    line = words.history_line(
        {"who": "alice", "action": "review.review",
         "payload": {"value": {"status": "confirmed", "reason": "two videos"}}},
        role_of=lambda n: "analyst", event_name=lambda e: None, mention_name=str)
    assert line == "analyst alice confirmed it, note: two videos"
    line = words.history_line({"who": "fusion", "action": "event.updated",
                               "payload": {"status": ["claimed", "corroborated"],
                                           "reports": [1, 2], "mention_ids": [["a"], ["a", "b"]]}},
                              role_of=lambda n: None, event_name=lambda e: None, mention_name=str)
    assert line == "fusion updated it: status claimed \u2192 corroborated; reports 1 \u2192 2"
    assert words.when("2016-05-10T14:02:00+03:00") == "10 May 2016, 11:02 UTC"
    assert words.report_title({"id": "r-1", "title": None},
                              "Update: flags raised over the citadel.") == \
        "Update: flags raised over the citadel."
