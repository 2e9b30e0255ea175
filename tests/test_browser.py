"""The served page in a real headless Chromium, on a real uvicorn server on loopback.

Reports are ingested by a separate Python process writing to the same database, as
`livedesk ingest` would while the desk is open; the page must update without a reload.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

SHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium")


def ingest_elsewhere(db_url: str, text: str, summary: str, claimant: str, place: str,
                     lat: float, lon: float, day: str, outlet: str = "Associated Press",
                     uncertainty_km: float | None = 10) -> dict:
    """Ingest one report from another process, with a reading built directly."""
    spec = dict(text=text, summary=summary, claimant=claimant, place=place, lat=lat, lon=lon,
                day=day, outlet=outlet, km=uncertainty_km, url=db_url)
    code = textwrap.dedent("""
        import json, sys
        from datetime import datetime, timezone
        from livedesk.model import Claim, Event, EventFrame, Location, Reading, Report
        from livedesk.service import Desk
        from livedesk.settings import Settings
        s = json.loads(sys.argv[1])
        def reader(r):
            claim = Claim(claimant=s["claimant"], via=[s["outlet"]], start=0, end=len(r.text),
                          text=r.text)
            frame = EventFrame(sub_event_type="Non-state actor overtakes territory",
                               summary=s["summary"], date_start=s["day"], date_end=s["day"],
                               date_precision=1, claims=[0], start=0, end=len(r.text),
                               location=Location(name=s["place"], lat=s["lat"], lon=s["lon"],
                                                 country="SY", precision=2,
                                                 uncertainty_km=s["km"]))
            return Reading(report_id=r.id, events=[frame], claims=[claim])
        def one_event_a_mention(mentions, must_link=(), cannot_link=()):
            return [Event(id="e-" + m.id.replace("#", "-"), frame=m.frame, mention_ids=[m.id])
                    for m in mentions]
        desk = Desk(Settings(database_url=s["url"]), reader=reader, fuser=one_event_a_mention)
        rep = Report(text=s["text"], outlet=s["outlet"],
                     published=datetime.fromisoformat(s["day"] + "T12:00:00+00:00"))
        print(json.dumps(desk.ingest_reports([rep]).to_dict()))
    """)
    out = subprocess.run([sys.executable, "-c", code, json.dumps(spec)], capture_output=True,
                         text=True, timeout=60, check=True)
    return json.loads(out.stdout)


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright
    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _page(browser, **kw):
    ctx = browser.new_context(**kw)
    page = ctx.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return page, problems


@pytest.fixture(params=["sqlite", "postgresql"])
def any_live_server(request, settings_for):
    """The desk served over either engine: the live page must work on both."""
    from conftest import Factory, LiveServer
    from livedesk.service import Desk
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    settings = settings_for(url)
    with LiveServer(settings, desk=Desk(settings, fuser=Factory.fuser)) as srv:
        srv.database_url = url
        srv.engine = request.param
        yield srv


def test_ingested_report_appears_on_open_page_without_reload(any_live_server, browser):
    live_server = any_live_server
    db = live_server.database_url
    ingest_elsewhere(db, "Earlier: shelling hit Homs.", "Shelling hits Homs", "SOHR",
                     "Homs", 34.73, 36.71, "2016-05-09")
    page, problems = _page(browser, viewport={"width": 1280, "height": 800})
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card")
    page.wait_for_selector("#live.on")
    assert page.locator("#events li.card").count() == 1
    page.evaluate("window.__sameDocument = true")          # a reload would lose this

    summary = ingest_elsewhere(
        db, "ISIS-affiliated radio station Al-Bayan said the group captured a rocket site.",
        "ISIS captures a rocket-launching site near T-4", "Al-Bayan", "Tiyas Air Base",
        34.52, 37.63, "2016-05-10")
    assert summary["new"] == 1

    card = page.locator("#events li.card", has_text="rocket-launching site near T-4")
    card.wait_for(timeout=15000)
    assert page.evaluate("window.__sameDocument") is True
    first = page.locator("#events li.card").first
    assert "T-4" in first.inner_text()                        # newest first
    assert "Al-Bayan" in first.inner_text() and "Associated Press" in first.inner_text()
    # both events are on the map (markers or a cluster), with an uncertainty circle each
    # (locator waits, not wait_for_function: the page's CSP forbids the eval it uses)
    page.locator(".ev-marker, .marker-cluster").first.wait_for()
    expect(page.locator("path.uncertainty")).to_have_count(2)
    page.locator("path.country").nth(100).wait_for(state="attached")
    card.click()
    page.wait_for_selector(".leaflet-popup-content >> text=Tiyas Air Base")
    page.screenshot(path=str(SHOTS / f"desk_live_update_{live_server.engine}.png"),
                    full_page=True)
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    assert not problems, problems


def test_script_in_a_report_never_runs(live_server, browser):
    evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    ingest_elsewhere(live_server.database_url, "Report says " + evil, "Strike " + evil,
                     "Claimant " + evil, "Palmyra " + evil, 34.56, 38.28, "2016-05-10")
    page, problems = _page(browser)
    page.goto(live_server.url + "/")
    card = page.locator("#events li.card").first
    card.wait_for()
    assert "<script>window.__pwned=1</script>" in card.inner_text()   # shown as text
    card.click()
    page.wait_for_selector(".leaflet-popup-content")
    eid = card.get_attribute("data-id")
    page.goto(live_server.url + "/events/" + quote(eid, safe=""))
    page.wait_for_selector("blockquote.context mark")
    assert evil in page.locator("blockquote.context").first.inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(SHOTS / "event_escaped.png"), full_page=True)


def test_keyboard_filters_slider_and_phone_layout(live_server, browser):
    db = live_server.database_url
    ingest_elsewhere(db, "Clash one.", "Clash at Homs", "SOHR", "Homs", 34.73, 36.71, "2016-05-08")
    ingest_elsewhere(db, "Clash two.", "Attack at Palmyra", "SANA", "Palmyra", 34.56, 38.28,
                     "2016-05-10")
    page, problems = _page(browser, viewport={"width": 390, "height": 844}, is_mobile=True,
                           has_touch=True)
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card >> nth=1")
    # keyboard: j selects the first card, j again the second, Enter opens it
    page.locator("body").press("j")
    page.keyboard.press("j")
    assert "Homs" in page.evaluate("document.activeElement.innerText")
    # slider back to the first day hides the later event's marker
    n_all = page.evaluate("document.querySelectorAll('path.uncertainty').length")
    page.evaluate("const s=document.getElementById('day'); s.value='0';"
                  "s.dispatchEvent(new Event('input'))")
    assert page.locator("#daylabel").inner_text() == "up to 2016-05-08"
    assert page.evaluate("document.querySelectorAll('path.uncertainty').length") == n_all - 1
    # filters go through the API and the URL
    page.fill("input[name=source]", "SANA")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events li.card")).to_have_count(1)
    assert "source=SANA" in page.url
    assert page.locator("#daylabel").inner_text() == "all days"          # slider reset
    expect(page.locator(".leaflet-popup")).to_have_count(0)             # Homs popup gone
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, "the page scrolls sideways on a phone"
    page.screenshot(path=str(SHOTS / "desk_phone.png"), full_page=True)
    assert not problems, problems


def _signed_in_page(browser, url: str, name: str, password: str):
    """A page signed in through the real form, and the list collecting its problems."""
    page, problems = _page(browser)
    page.goto(url + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("#login button")
    page.wait_for_url(url + "/")
    return page, problems


def test_analyst_signs_in_and_confirms_an_event(live_server, browser):
    from livedesk.store import Store
    from livedesk.web.auth import add_user
    s = Store(live_server.database_url)
    add_user(s, "ana", "analyst-pass", "analyst")
    ingest_elsewhere(live_server.database_url, "Strike text.", "Strike at Palmyra", "SOHR",
                     "Palmyra", 34.56, 38.28, "2016-05-10")
    eid = s.list_events()[0]["id"]
    page, problems = _signed_in_page(browser, live_server.url, "ana", "analyst-pass")
    page.goto(live_server.url + "/events/" + quote(eid, safe=""))
    page.wait_for_selector("#minimap path.uncertainty")
    page.select_option("#review-form select[name=status]", "confirmed")
    page.fill("#review-form input[name=reason]", "video geolocated")
    page.click("#review-form button")
    page.wait_for_selector(".badge.review-confirmed")
    assert "confirmed by analyst ana" in page.locator(".reason").inner_text()
    assert "review.review" in page.locator(".history").inner_text()
    page.screenshot(path=str(SHOTS / "event_reviewed.png"), full_page=True)
    s.close()
    assert not problems, problems


def test_analyst_merges_a_candidate_then_splits_it_again(live_server, browser):
    from livedesk.store import Store
    from livedesk.web.auth import add_user
    s = Store(live_server.database_url)
    add_user(s, "ana", "analyst-pass", "analyst")
    for text, outlet in (("AP on the strike.", "AP"), ("Reuters on the strike.", "Reuters")):
        ingest_elsewhere(live_server.database_url, text, "Strike at Palmyra", "SOHR",
                         "Palmyra", 34.56, 38.28, "2016-05-10", outlet=outlet)
    first = s.list_events()[0]["id"]
    page, problems = _signed_in_page(browser, live_server.url, "ana", "analyst-pass")
    page.goto(live_server.url + "/events/" + quote(first, safe=""))
    page.click("#candidates button.merge-with")
    page.wait_for_selector("#split-form")                    # the merged event: two mentions
    assert len(s.list_events()) == 1
    assert page.locator("ol.mentions li").count() == 2
    page.click("#split-form button")
    page.wait_for_selector("#candidates button.merge-with")  # split: the other is a candidate
    assert len(s.list_events()) == 2
    who = {(c["who"], c["action"]) for c in s.changes_since(0)}
    assert ("ana", "review.must_link") in who and ("ana", "review.cannot_link") in who
    page.screenshot(path=str(SHOTS / "event_split.png"), full_page=True)
    s.close()
    assert not problems, problems
