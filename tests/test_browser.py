"""The served page in a real headless Chromium, on a real uvicorn server on loopback.

Reports are ingested by a separate Python process writing to the same database, as
`livedesk ingest` would while the desk is open; the page must update without a reload.
"""
from __future__ import annotations

import json
import re
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
                     uncertainty_km: float | None = 10, **more) -> dict:
    """Ingest one report from another process, with a reading built directly."""
    return ingest_many(db_url, [dict(text=text, summary=summary, claimant=claimant, place=place,
                                     lat=lat, lon=lon, day=day, outlet=outlet,
                                     uncertainty_km=uncertainty_km, **more)])


def ingest_many(db_url: str, specs: list[dict]) -> dict:
    """Ingest reports from another process in one batch, each with a reading built directly
    from its spec: text, summary, claimant, place, lat, lon, day, outlet, and optionally
    uncertainty_km, precision (2), country ("SY"), sub_event_type, published (ISO time) and
    any other EventFrame field (actor1, background, ...)."""
    code = textwrap.dedent("""
        import json, sys
        from datetime import datetime, timezone
        from livedesk.model import Claim, Event, EventFrame, Location, Reading, Report
        from livedesk.service import Desk
        from livedesk.settings import Settings
        url, specs = sys.argv[1], json.loads(sys.argv[2])
        by_text = {s["text"]: s for s in specs}
        BASE = {"text", "summary", "claimant", "place", "lat", "lon", "day", "outlet",
                "uncertainty_km", "precision", "country", "sub_event_type", "published", "title"}
        def reader(r):
            s = by_text[r.text]
            claim = Claim(claimant=s["claimant"], via=[s["outlet"]], start=0, end=len(r.text),
                          text=r.text)
            frame = EventFrame(sub_event_type=s.get("sub_event_type", "Non-state actor overtakes territory"),
                               summary=s["summary"], date_start=s["day"], date_end=s["day"],
                               date_precision=1, claims=[0], start=0, end=len(r.text),
                               location=Location(name=s["place"], lat=s["lat"], lon=s["lon"],
                                                 country=s.get("country", "SY"),
                                                 precision=s.get("precision", 2),
                                                 uncertainty_km=s.get("uncertainty_km")),
                               **{k: v for k, v in s.items() if k not in BASE})
            return Reading(report_id=r.id, events=[frame], claims=[claim])
        def one_event_a_mention(mentions, must_link=(), cannot_link=()):
            return [Event(id="e-" + m.id.replace("#", "-"), frame=m.frame, mention_ids=[m.id])
                    for m in mentions]
        desk = Desk(Settings(database_url=url), reader=reader, fuser=one_event_a_mention)
        reps = [Report(text=s["text"], outlet=s["outlet"], title=s.get("title"),
                       published=datetime.fromisoformat(s.get("published") or s["day"] + "T12:00:00+00:00"))
                for s in specs]
        print(json.dumps(desk.ingest_reports(reps).to_dict()))
    """)
    out = subprocess.run([sys.executable, "-c", code, db_url, json.dumps(specs)],
                         capture_output=True, text=True, timeout=120, check=True)
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
    # filters go through the API and the URL; on a phone they fold away under "Filters"
    assert not page.locator("input[name=source]").is_visible()
    page.click("#filterbox summary")
    page.fill("input[name=source]", "SANA")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events li.card")).to_have_count(1)
    assert "source=SANA" in page.url
    expect(page.locator("#daylabel")).to_have_text("all days")          # slider reset
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
    expect(page.locator(".history")).to_contain_text("analyst ana confirmed it, note: video geolocated")
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


# -- the desk as an analyst reads it (issue 17) ------------------------------------------------
# Four events in Syria on four days, one known only to the country (Russia) and one flagged as
# background (Iran): the last two must not pull the map out to Eurasia.
SYRIA = [
    dict(text="Militants stormed the town at dawn, the monitor said.", day="2016-05-08",
         summary="Islamic State fighters stormed Palmyra at dawn, the Syrian Observatory said.",
         claimant="SOHR", outlet="Reuters", place="Palmyra", lat=34.56, lon=38.28,
         actor1="Islamic State", uncertainty_km=10),
    dict(text="Jets struck a market in the city.", day="2016-05-09",
         summary="Government jets struck a market in Homs, state media said.",
         claimant="SANA", outlet="SANA", place="Homs", lat=34.73, lon=36.71,
         actor1="Military Forces of Syria", sub_event_type="Air/drone strike", uncertainty_km=10),
    dict(text="Shells fell on the old city overnight.", day="2016-05-10",
         summary="Shells fell on the old city of Aleppo overnight.",
         claimant="SOHR", outlet="Associated Press", place="Aleppo", lat=36.20, lon=37.16,
         sub_event_type="Shelling/artillery/missile attack", uncertainty_km=10),
    dict(text="Fighting went on near the airport.", day="2016-05-11",
         summary="Fighting went on near Deir ez-Zor airport.", claimant="SOHR",
         outlet="Reuters", place="Deir ez-Zor", lat=35.33, lon=40.14,
         sub_event_type="Armed clash", uncertainty_km=10),
    dict(text="Moscow said its jets flew twenty sorties.", day="2016-05-10",
         summary="Moscow said its jets flew twenty sorties over Syria.", claimant="TASS",
         outlet="TASS", place="Russia", lat=61.52, lon=105.32, precision=6, country="RU",
         sub_event_type="Air/drone strike", uncertainty_km=10),
    dict(text="Weeks after Tehran sent advisers, the front was quiet.", day="2016-05-09",
         summary="Weeks after Iran sent advisers the front was quiet.", claimant="IRNA",
         outlet="IRNA", place="Iran", lat=32.43, lon=53.69, precision=6, country="IR",
         sub_event_type="Other", background=True, uncertainty_km=10),
]


def _offline(page, base: str) -> list[str]:
    """Refuse every request that leaves the desk's own server, and list them."""
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(base):
            return r.continue_()
        outside.append(r.request.url)
        return r.abort()
    page.route("**/*", route)
    return outside


def _wait_url(page, part: str, timeout_s: float = 15) -> None:
    """Wait until the page's URL (kept by history.replaceState, no navigation) contains part;
    wait_for_function would need the eval the page's CSP forbids."""
    for _ in range(int(timeout_s * 10)):
        if part in page.url:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{part!r} never in {page.url}")


def _view(page) -> tuple[int, float, float]:
    """Zoom and centre of the desk's map, from the shareable URL it keeps."""
    from urllib.parse import parse_qs, urlsplit
    z, lat, lon = parse_qs(urlsplit(page.url).query)["map"][0].split("/")
    return int(z), float(lat), float(lon)


def _visible_labels(page) -> set[str]:
    """Place names drawn inside the map's box."""
    return set(page.evaluate("""() => {
        const m = document.getElementById('map').getBoundingClientRect();
        return [...document.querySelectorAll('#map .place-label')].filter(el => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.left >= m.left && r.right <= m.right && r.top >= m.top
                   && r.bottom <= m.bottom && getComputedStyle(el).visibility !== 'hidden';
        }).map(el => el.textContent.trim());
    }"""))


def test_map_is_readable_offline_and_fits_the_events_below_country_level(live_server, browser):
    ingest_many(live_server.database_url, SYRIA)
    page, problems = _page(browser, viewport={"width": 1400, "height": 900})
    outside = _offline(page, live_server.url)
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card >> nth=5")
    _wait_url(page, "map=")
    page.locator("#map .place-label", has_text="Damascus").first.wait_for()
    z, lat, lon = _view(page)
    # the view is Syria, not Eurasia: the Russian and Iranian centroids stay off the map
    assert z >= 6 and 32 < lat < 37.5 and 35 < lon < 42, (z, lat, lon)
    assert page.locator("#map .leaflet-marker-pane .ev-marker").count() == 4
    expect(page.locator("path.uncertainty")).to_have_count(4)
    # place names a reader orients by, drawn from the gazetteer with no tile server
    names = _visible_labels(page)
    assert {"Damascus", "Aleppo", "Homs"} <= names, names
    assert any(n.upper() == "LEBANON" or n == "Beirut" for n in names), names
    assert page.locator("img.leaflet-tile").count() == 0
    # the governorates' borders (Natural Earth admin-1) drawn under the names, from the desk
    expect(page.locator("#map path.province").first).to_be_attached()
    assert page.locator("#map .leaflet-provinces-pane path.province").count() >= 5
    z = page.evaluate("['provinces', 'borders', 'labels'].map(p => Number(getComputedStyle("
                      "document.querySelector('#map .leaflet-' + p + '-pane')).zIndex))")
    assert z[1] < z[0] < z[2], z       # over the country fills, under the place names
    # the legend explains the type letters and status rings
    legend = page.locator("#legend")
    expect(legend).to_be_visible()
    for words in ("Battles", "Explosions/Remote violence", "corroborated", "Capital"):
        assert words in legend.inner_text()
    # the events kept off the map are listed, greyed and explained
    russia = page.locator("#events li.card.offmap", has_text="twenty sorties")
    expect(russia).to_contain_text("known only to the country")
    iran = page.locator("#events li.card.offmap", has_text="advisers")
    expect(iran).to_contain_text("background")
    assert "not on the map" in page.locator("#offmap-note").inner_text()
    assert page.locator("#events li.card.offmap").count() == 2
    page.screenshot(path=str(SHOTS / "desk_map_syria.png"))
    assert outside == [], outside
    assert not problems, problems


def test_map_readable_on_a_phone_and_on_the_event_page(live_server, browser):
    ingest_many(live_server.database_url, SYRIA)
    page, problems = _page(browser, viewport={"width": 390, "height": 844}, is_mobile=True,
                           has_touch=True)
    _offline(page, live_server.url)
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card >> nth=5")
    page.locator("#map .place-label", has_text="Damascus").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(SHOTS / "desk_map_phone.png"))
    eid = page.locator("#events li.card", has_text="market").get_attribute("data-id")
    page.goto(live_server.url + "/events/" + quote(eid, safe=""))
    page.locator("#minimap .place-label", has_text="Homs").first.wait_for()
    page.screenshot(path=str(SHOTS / "event_minimap_phone.png"))
    assert not problems, problems


def _cards(page) -> list[str]:
    return [t.split("\n")[1] for t in page.locator("#events li.card").all_inner_texts()]


def test_slider_date_filter_and_map_move_the_timeline_and_the_url_keeps_them(live_server, browser):
    ingest_many(live_server.database_url, SYRIA)
    page, problems = _page(browser, viewport={"width": 1400, "height": 900})
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card >> nth=5")
    page.evaluate("const s=document.getElementById('day'); s.value='1';"
                  "s.dispatchEvent(new Event('input'))")
    assert page.locator("#daylabel").inner_text() == "up to 2016-05-09"
    # the timeline follows the slider: up to 9 May, Palmyra, Homs and the Iranian background
    cards = page.locator("#events li.card")
    expect(cards).to_have_count(3)
    text = " ".join(cards.all_inner_texts())
    assert "Palmyra" in text and "Homs" in text and "Aleppo" not in text
    assert page.locator("#count").inner_text() == "3 of 6"
    assert page.locator("#map .leaflet-marker-pane .ev-marker").count() == 2
    assert "upto=2016-05-09" in page.url
    page.screenshot(path=str(SHOTS / "desk_slider_day2.png"))
    # the URL is a shareable view: opened afresh it shows the same day
    shared = page.url
    other, _ = _page(browser, viewport={"width": 1400, "height": 900})
    other.goto(shared)
    other.wait_for_selector("#events li.card")
    expect(other.locator("#daylabel")).to_have_text("up to 2016-05-09")
    expect(other.locator("#events li.card")).to_have_count(3)
    # the date filter moves map and timeline together
    page.fill("input[name=date_from]", "2016-05-10")
    page.click("#filters button[type=submit]")
    expect(cards).to_have_count(3)          # Aleppo, Deir ez-Zor, the Russian statement
    assert page.locator("#map .leaflet-marker-pane .ev-marker").count() == 2
    assert "date_from=2016-05-10" in page.url
    # "only what the map shows": a view of Palmyra lists Palmyra alone
    other.goto(live_server.url + "/?inview=1&map=9/34.56/38.28")
    other.wait_for_selector("#events li.card")
    expect(other.locator("#events li.card")).to_have_count(1)
    assert "Palmyra" in other.locator("#events li.card").inner_text()
    assert other.locator("#inview").is_checked()
    # pan to Aleppo: the list follows the map
    other.evaluate("1")
    other.goto(live_server.url + "/?inview=1&map=9/36.20/37.16")
    other.wait_for_selector("#events li.card")
    expect(other.locator("#events li.card")).to_have_count(1)
    assert "Aleppo" in other.locator("#events li.card").inner_text()
    other.screenshot(path=str(SHOTS / "desk_inview_aleppo.png"))
    assert not problems, problems


def test_filters_take_aliases_and_sources_have_one_page(live_server, browser):
    ingest_many(live_server.database_url, SYRIA)
    page, problems = _page(browser, viewport={"width": 1400, "height": 900})
    page.goto(live_server.url + "/")
    page.wait_for_selector("#events li.card >> nth=5")
    for field, value, expected in (("actor", "ISIS", "Palmyra"), ("place", "Tadmur", "Palmyra"),
                                   ("actor", "Syrian army", "Homs")):
        page.click("#filters button[type=reset]")
        page.fill(f"input[name={field}]", value)
        page.click("#filters button[type=submit]")
        expect(page.locator("#events li.card")).to_have_count(1)
        expect(page.locator("#events li.card .place")).to_have_text(expected)
    page.click("#filters button[type=reset]")
    page.fill("input[name=source]", "the Observatory")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events li.card")).to_have_count(3)        # SOHR's three claims
    page.screenshot(path=str(SHOTS / "desk_source_alias.png"))
    page.locator("#events li.card a.claimant", has_text="SOHR").first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "Syrian Observatory for Human Rights"
    assert page.url.endswith("/sources/" + quote("Syrian Observatory for Human Rights", safe=""))
    assert page.locator("ol.plain").first.locator("li").count() == 3
    assert not problems, problems
    # "first seen" is when the source's earliest report was published, not the ingestion day
    page.goto(live_server.url + "/sources/Reuters")
    first = page.locator("dt:text('First seen') + dd time")
    assert first.get_attribute("datetime").startswith("2016-05-08T12:00")
    assert "2016" in first.inner_text() and "May" in first.inner_text()


PALMYRA = [
    dict(text="Palmyra has fallen, fighters posted at noon.", day="2016-05-08",
         title="Islamic State takes Palmyra", summary="Islamic State fighters took Palmyra on "
         "Sunday after a week of fighting around the ancient city, a monitor said.",
         claimant="SOHR", outlet="Reuters", place="Palmyra", lat=34.56, lon=38.28,
         actor1="Islamic State", published="2016-05-08T09:30:00+00:00"),
    # a live-blog update: no title of its own
    dict(text="Update: residents say black flags were raised over the citadel.", day="2016-05-08",
         summary="Black flags were raised over the citadel of Palmyra, residents said.",
         claimant="residents", outlet="Al Jazeera", place="Palmyra", lat=34.56, lon=38.28,
         actor1="Islamic State", published="2016-05-08T11:02:00+00:00"),
]


def test_event_page_reads_on_a_phone(live_server, browser):
    from livedesk.store import Store
    from livedesk.web.auth import add_user
    s = Store(live_server.database_url)
    add_user(s, "ana", "analyst-pass", "analyst")
    ingest_many(live_server.database_url, PALMYRA)
    ids = {e["frame"]["summary"][:5]: e["id"] for e in s.list_events()}
    page, problems = _page(browser, viewport={"width": 390, "height": 844}, is_mobile=True,
                           has_touch=True, timezone_id="Asia/Damascus")
    page.goto(live_server.url + "/login")
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", "analyst-pass")
    page.click("#login button")
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + "/events/" + quote(ids["Islam"], safe=""))
    # a short headline, who did what where, with the first sentence in full below it
    h1 = page.locator("h1.headline")
    assert h1.inner_text() == "Islamic State: non-state actor overtakes territory in Palmyra"
    assert page.locator("p.sentence").inner_text() == PALMYRA[0]["summary"]
    # merge by picking a named candidate: no ids to type, none shown
    options = page.locator("#merge-form select[name=other] option").all_inner_texts()
    assert options and all("Palmyra" in o for o in options), options
    assert page.locator("#merge-form input").count() == 0
    page.click("#merge-form button")
    page.wait_for_selector("#split-form")
    splits = page.locator("#split-form select option").all_inner_texts()
    assert any(o.startswith("Reuters, ") for o in splits) and any(o.startswith("Al Jazeera, ") for o in splits)
    # a review with a reason reads as a sentence in the history
    page.select_option("#review-form select[name=status]", "confirmed")
    page.fill("#review-form input[name=reason]", "flags seen in two videos")
    page.click("#review-form button")
    page.wait_for_selector(".badge.review-confirmed")
    history = page.locator("ol.history").inner_text()
    assert "analyst ana confirmed it, note: flags seen in two videos" in history
    assert "ana merged it with Islamic State" in history
    body = page.locator("main").inner_text()
    assert "None" not in body.split() and "{" not in history
    assert not re.search(r"\br-[0-9a-f]{6,}|#\d\b", body), "an internal id is shown"
    # the live-blog update is named by what it says; times in the reader's zone, named
    reports = page.locator("ol.mentions").inner_text()
    assert "residents say black flags were raised" in reports
    update = page.locator("ol.mentions li", has_text="black flags").locator("time")
    assert "14:02" in update.inner_text() and "GMT+3" in update.inner_text(), update.inner_text()
    # nothing wider than the phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(SHOTS / "event_phone.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 900})
    page.screenshot(path=str(SHOTS / "event_desktop.png"), full_page=True)
    s.close()
    assert not problems, problems
