"""Telegram: a Telegram Desktop export (result.json) and a channel's public preview (t.me/s/NAME).

Both fixtures were written for these tests in the exact shapes Telegram writes: the export with
service messages, a photo without caption, entity-list texts, a forwarded post, and posts in
Arabic, Russian and Ukrainian; the preview page with its message blocks, a service message,
a reply quote, a forwarded post and a photo-only post.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from clirun import cli, serve, store_of
from livedesk.ingest import read_path, read_sources
from livedesk.ingest.telegram import preview_url
from livedesk.model import Report
from livedesk.settings import get_settings

FIX = Path(__file__).parent / "fixtures" / "telegram"
EXPORT = FIX / "result.json"
PREVIEW = FIX / "preview.html"


def utc(*a):
    return datetime(*a, tzinfo=timezone.utc)


def test_export_posts_are_reports():
    reports = read_path(EXPORT)
    # two service messages and a photo without a caption carry nothing to read
    assert len(reports) == 6
    assert {r.outlet for r in reports} == {"Frontline Desk Monitor"}
    assert all(r.fmt == "telegram" for r in reports)
    first = reports[0]
    # the time is date_unixtime (UTC), not "date" (the exporting computer's clock, UTC+2 here)
    assert first.published == utc(2024, 3, 5, 7, 12, 44)
    assert first.url == "https://t.me/c/1987654321/2"
    assert first.text.startswith("Shelling hit the northern district of Kharkiv")
    assert len({r.id for r in reports}) == 6 and [r.id for r in read_path(EXPORT)] == [r.id for r in reports]


def test_export_entity_texts_keep_their_words_and_links():
    post = read_path(EXPORT)[1]
    assert post.text == ("Air defence shot down three drones over Odesa region before dawn, the Southern "
                         "command said. Statement: read it here. Map: https://maps.example/odesa-0305 #Odesa")
    assert post.links == ("https://command.example/news/812", "https://maps.example/odesa-0305")


def test_export_forwarded_post_has_its_relay():
    by_id = {r.url.rsplit("/", 1)[1]: r for r in read_path(EXPORT)}
    assert by_id["4"].relay == "Brigade Press Service"
    assert by_id["2"].relay is None


def test_other_languages_are_kept_and_marked():
    langs = {r.url.rsplit("/", 1)[1]: r.lang for r in read_path(EXPORT)}
    assert langs == {"2": "en", "3": "en", "4": "en", "5": "ar", "6": "ru", "7": "uk"}


def test_export_message_of_wrong_shape_is_named_and_the_rest_read(tmp_path):
    doc = json.loads(EXPORT.read_text("utf-8"))
    doc["messages"].insert(2, "not an object")
    doc["messages"][4]["date_unixtime"] = "soon"
    doc["messages"][4]["date"] = "sometime"
    bad = tmp_path / "result.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    got = list(read_sources([str(bad)]))
    errors = [g for g in got if not isinstance(g, Report)]
    assert len([g for g in got if isinstance(g, Report)]) == 5
    assert sorted(e.code for e in errors) == ["bad_date", "bad_json"]
    assert all(str(bad) in str(e) for e in errors)


def test_a_telegram_address_without_a_channel_name_says_so(tmp_path):
    # not "file not found": the person meant a channel and wrote its name wrong
    for src in ("t.me/x", "t.me/", "telegram.me/joinchat/AAAAAE1x"):
        [e] = list(read_sources([src]))
        assert e.code == "unsupported" and e.where == src and "t.me/NAME" in str(e), e
    run = cli("watch", "--once", "t.me/x", home=tmp_path)
    assert run.code == 1 and "not a public Telegram channel" in run.err, run.err


def test_channel_names_map_to_the_preview_page():
    assert preview_url("t.me/frontline_desk") == "https://t.me/s/frontline_desk"
    assert preview_url("https://t.me/s/frontline_desk") == "https://t.me/s/frontline_desk"
    assert preview_url("https://telegram.me/frontline_desk/") == "https://t.me/s/frontline_desk"
    assert preview_url("https://t.me/frontline_desk/119") is None      # one post, not a channel
    assert preview_url("https://example.org/t.me/x") is None


@pytest.fixture
def preview_server():
    with serve({"/s/frontline_desk": (200, PREVIEW.read_bytes(), "text/html; charset=utf-8")}) as base:
        yield f"{base}/s/frontline_desk"


def test_preview_page_over_http(preview_server):
    settings = replace(get_settings(), allow_private=True)
    reports = list(read_sources([preview_server], settings))
    assert all(isinstance(r, Report) for r in reports), reports
    # the service message and the photo without a caption are not reports
    assert [r.url for r in reports] == [f"https://t.me/frontline_desk/{n}" for n in (119, 120, 121, 122)]
    kherson, depot, russian, arabic = reports
    assert kherson.outlet == "Frontline Desk Monitor" and kherson.fmt == "telegram"
    assert kherson.published == utc(2024, 3, 6, 6, 41, 5)
    assert kherson.text == ("Russian forces shelled the centre of Kherson this morning, the regional military "
                            "administration said.\nOne man was killed and three were wounded. Statement #Kherson")
    assert kherson.links == ("https://khersonoda.example/news/4410",)   # the hashtag search is no link out
    assert depot.relay == "Brigade Press Service" and kherson.relay is None
    # a reply's quote of the earlier post is not part of the reply
    assert russian.text.startswith("Утром") and "Russian forces" not in russian.text
    assert (kherson.lang, depot.lang, russian.lang, arabic.lang) == ("en", "en", "ru", "ar")


def test_export_through_the_cli(tmp_path):
    run = cli("ingest", str(EXPORT), home=tmp_path)
    assert run.code == 0, run.err
    assert run.err_lines[0].startswith("6 new, 0 duplicate, 0 failed")
    store = store_of(tmp_path)
    try:
        reports = {r["url"].rsplit("/", 1)[1]: r for r in store.list_reports()}
        assert {k: r["lang"] for k, r in reports.items()} == {
            "2": "en", "3": "en", "4": "en", "5": "ar", "6": "ru", "7": "uk"}
        assert reports["3"]["links"] == ["https://command.example/news/812", "https://maps.example/odesa-0305"]
        assert reports["4"]["relay"] == "Brigade Press Service"
        # stored, shown with its text, not read by the English pipeline (no invented events)
        arabic = store.get_report(reports["5"]["id"])
        assert arabic["text"].startswith("قصفت") and arabic["frames"] == [] and arabic["read_error"] is None
        # the forwarded post: every statement passed through the channel it was forwarded from
        fwd = store.get_report(reports["4"]["id"])
        assert fwd["frames"], "the forwarded English post is read"
        chains = [[c["claimant"], *c["via"]] for c in fwd["claims"]]
        assert chains and all("Brigade Press Service" in chain for chain in chains)
    finally:
        store.close()
    again = cli("ingest", str(EXPORT), home=tmp_path)
    assert again.code == 0 and again.err_lines[0].startswith("0 new, 6 duplicate")


def test_posts_in_every_language_are_shown_on_the_channels_page(tmp_path):
    """Stored is not enough: the channel's page lists each post, marked with its language and
    laid out in its own direction."""
    import asyncio
    import re
    import httpx
    from livedesk.service import Desk
    from livedesk.settings import Settings
    from livedesk.web.app import create_app
    assert cli("ingest", str(EXPORT), home=tmp_path).code == 0
    desk = Desk(Settings(database_url=f"sqlite:///{tmp_path / 'desk.db'}", home=tmp_path))
    try:
        outlet = desk.store.list_reports()[0]["outlet"]

        async def get(url):
            transport = httpx.ASGITransport(app=create_app(desk.settings, desk=desk))
            async with httpx.AsyncClient(transport=transport, base_url="http://desk.test") as c:
                return await c.get(url, follow_redirects=True)
        page = asyncio.run(get("/sources/" + outlet)).text
    finally:
        desk.close()
    items = re.findall(r'<li( lang="[a-z]+")?><strong dir="auto">', page)
    assert sorted(items) == sorted([' lang="en"'] * 3 + [' lang="ar"', ' lang="ru"', ' lang="uk"']), items
    for lang in ("ar", "ru", "uk"):
        assert f'title="language of the report" lang="en">{lang}</span>' in page
    assert "قصفت" in page


def test_watch_polls_the_preview_through_the_safe_fetcher(tmp_path, preview_server):
    refused = cli("watch", "--once", preview_server, home=tmp_path)
    assert refused.code == 1
    assert "LIVEDESK_ALLOW_PRIVATE" in refused.err and "forbidden_url" in refused.err

    allowed = {"LIVEDESK_ALLOW_PRIVATE": "1"}
    (tmp_path / "watch_state.json").unlink()          # forget the backoff the refusal started
    first = cli("watch", "--once", preview_server, home=tmp_path, env=allowed)
    assert first.code == 0, first.err
    assert first.err_lines[0].startswith("4 new, 0 duplicate, 0 failed")
    second = cli("watch", "--once", preview_server, home=tmp_path, env=allowed)
    assert second.code == 0 and "nothing new" in second.err
    store = store_of(tmp_path)
    try:
        assert sorted(r["lang"] for r in store.list_reports()) == ["ar", "en", "en", "ru"]
    finally:
        store.close()


def test_a_desk_made_before_languages_upgrades_and_takes_posts(db_url):
    """A store made by schema 2 (no lang, relay, links) gains them on first open."""
    from sqlalchemy import create_engine, text

    from livedesk.store import Store
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:       # back to what schema 2 made
        for col in ("lang", "relay", "links"):
            conn.execute(text(f"ALTER TABLE reports DROP COLUMN {col}"))
        conn.execute(text("DELETE FROM schema_version WHERE version = 3"))
    engine.dispose()
    store = Store(db_url)
    try:
        post = read_path(EXPORT)[2]
        rid, created = store.add_report(post)
        assert created
        got = store.get_report(rid)
        assert (got["relay"], got["lang"]) == ("Brigade Press Service", "en")
    finally:
        store.close()
