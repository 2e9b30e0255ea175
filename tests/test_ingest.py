"""Every reader on small fixtures written for the tests, format detection, stability."""
from __future__ import annotations

import io
import json
import shutil
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from livedesk.errors import InputError
from livedesk.ingest import read_bytes, read_path, read_sources
from livedesk.ingest.detect import sniff
from livedesk.settings import get_settings

FIX = Path(__file__).parent / "fixtures" / "ingest"


def utc(*a):
    return datetime(*a, tzinfo=timezone.utc)


def test_text_with_header():
    [r] = read_path(FIX / "headed.txt")
    assert r.fmt == "text"
    assert r.title == "Shelling reported near the river crossing"
    assert r.outlet == "Northern Courier" and r.author == "Dana Morel"
    assert r.url == "https://courier.example/2023/09/14/crossing"
    assert r.published == utc(2023, 9, 14, 5, 30)
    # hard-wrapped lines are joined; blank lines separate paragraphs
    assert r.text.split("\n") == [
        "Artillery fire struck villages near the river crossing overnight, according to two "
        "residents reached by telephone.",
        "The regional governor said no one was hurt. A local aid group said three homes were destroyed."]
    assert r.origin == str(FIX / "headed.txt")


def test_text_first_line_is_title():
    [r] = read_path(FIX / "plain.txt")
    assert r.title == "Convoy stopped at checkpoint"
    assert r.text.startswith("A humanitarian convoy") and r.text.count("\n") == 1
    assert r.published is None and r.outlet is None


def test_single_line_text_is_body_not_title():
    [r] = read_bytes(b"Clashes were reported in the north.\n", "one.txt")
    assert r.text == "Clashes were reported in the north." and r.title is None


def test_html_article_uses_metadata_and_drops_boilerplate():
    [r] = read_path(FIX / "article.html")
    assert r.fmt == "html"
    assert r.title == "Drone strike hits fuel depot"
    assert r.outlet == "The Valley Times"
    assert r.url == "https://valleytimes.example/news/fuel-depot"
    assert r.published == utc(2024, 2, 3, 6, 15)
    assert r.text.startswith("A drone struck a fuel depot")
    assert len(r.text.split("\n")) == 3
    for junk in ("Home", "Copyright", "Reader comment"):
        assert junk not in r.text


def test_rss_items_with_html_summaries_and_stable_ids():
    reports = read_path(FIX / "feed.rss")
    assert [r.title for r in reports] == ["Market reopens after attack", "Curfew lifted in the south",
                                         "No link, no guid"]
    a, b, c = reports
    assert a.text == "Traders returned to the central market a week after the bombing.\nSecurity was tight."
    assert a.published == utc(2024, 3, 5, 7, 0) and a.outlet == "Plains Monitor"
    assert b.url == "https://plains.example/a/2" and b.published == utc(2024, 3, 4, 18, 30)
    assert c.url is None and c.id.startswith("r-")
    assert len({r.id for r in reports}) == 3
    again = read_path(FIX / "feed.rss")
    assert [r.id for r in again] == [r.id for r in reports]


def test_atom_and_json_feed():
    [a] = read_path(FIX / "feed.atom")
    assert a.fmt == "feed" and a.title == "Ceasefire talks resume" and a.url == "https://hill.example/1"
    assert a.text == "Delegations met again in the capital, officials said."
    j1, j2 = read_path(FIX / "feed.json")
    assert j1.text == "Two cargo ships left the port on Friday.\nTalks continue."
    assert j1.published == utc(2024, 5, 10, 6, 0) and j1.outlet == "Coast Notes"
    assert j2.text == "Fishing was banned near the naval base." and j2.published == utc(2024, 5, 9)


def test_jsonl_keeps_good_lines_and_names_bad_ones():
    errors: list[InputError] = []
    reports = read_path(FIX / "reports.jsonl", errors=errors)
    assert [r.id for r in reports] == ["j1", "j2"]
    assert reports[0].outlet == "Metro Ledger" and reports[0].published == utc(2019, 3, 10)
    assert reports[1].text == "Protesters gathered outside parliament.\nPolice used tear gas."
    assert [(e.code, e.where.rsplit(":", 1)[1]) for e in errors] == [("bad_json", "3"), ("no_text", "4")]
    assert all(str(FIX / "reports.jsonl") in e.where for e in errors)


def test_liveblog_html_time_elements():
    reports = read_path(FIX / "liveblog.html")
    assert all(r.fmt == "liveblog" for r in reports)
    assert all(r.parent == "https://easternwire.example/live/border-clashes" for r in reports)
    intro, *updates = reports
    assert intro.text.startswith("Follow our coverage")
    assert [u.published for u in updates] == [utc(2022, 6, 20, 14, 32), utc(2022, 6, 20, 11, 5),
                                              utc(2022, 6, 20, 8, 40)]
    assert updates[0].title == "Bridge closed"
    assert updates[0].text == "Police closed the main bridge after shells landed near the customs post."
    assert updates[1].text.endswith("could not be independently verified.")


def test_liveblog_headings_anchor_to_page_date_and_own_dates():
    reports = read_path(FIX / "liveblog-headings.html")
    assert [r.published for r in reports] == [utc(2016, 5, 11, 14, 32), utc(2016, 5, 11, 10, 5),
                                              utc(2016, 5, 10, 23, 50)]
    assert reports[2].text == "Sirens sounded across the city shortly before midnight."
    assert all(r.parent == str(FIX / "liveblog-headings.html") for r in reports)


def test_liveblog_plain_text():
    reports = read_path(FIX / "liveblog.txt")
    assert [r.published for r in reports] == [utc(2021, 8, 2, 9, 15), utc(2021, 8, 2, 11, 40),
                                              utc(2021, 8, 2, 16, 5)]
    assert reports[0].text == "Water levels rose again overnight along the lower river.\nTwo villages were cut off."
    assert all(r.outlet == "Delta Daily" and r.fmt == "liveblog" for r in reports)


def test_liveblog_rolls_back_over_midnight_when_newest_first():
    page = ("<html><head><meta property='article:published_time' content='2020-01-02T00:00:00Z'></head>"
            "<body><h3>00:40</h3><p>After midnight a blast was heard.</p>"
            "<h3>23:10</h3><p>Late in the evening troops moved in.</p>"
            "<h3>21:00</h3><p>Earlier, the roads were closed.</p></body></html>")
    reports = read_bytes(page.encode(), "roll.html")
    assert [r.published for r in reports] == [utc(2020, 1, 2, 0, 40), utc(2020, 1, 1, 23, 10),
                                              utc(2020, 1, 1, 21, 0)]


def test_one_timestamp_is_not_a_liveblog():
    page = b"<html><body><h3>10:05</h3><p>Only one stamped paragraph here, and some more words.</p></body></html>"
    [r] = read_bytes(page, "one.html")
    assert r.fmt == "html"


@pytest.mark.parametrize("name", sorted(p.name for p in FIX.iterdir()))
def test_same_file_twice_gives_equal_fingerprints(name):
    a = [r.fingerprint for r in read_path(FIX / name)]
    b = [r.fingerprint for r in read_path(FIX / name)]
    assert a and a == b


@pytest.mark.parametrize("name,kind", [("article.html", "html"), ("feed.rss", "feed"), ("feed.atom", "feed"),
                                       ("feed.json", "json"), ("reports.jsonl", "jsonl"), ("plain.txt", "text")])
def test_detection_by_content_not_extension(tmp_path, name, kind):
    data = (FIX / name).read_bytes()
    assert sniff(data, "x.bin") == kind
    misnamed = tmp_path / ("wrong.txt" if kind != "text" else "wrong.html")
    misnamed.write_bytes(data)
    assert [r.text for r in read_path(misnamed)] == [r.text for r in read_path(FIX / name)]


def test_encodings(tmp_path):
    text = "Title: Frappe près de Alep\n\nLes forces ont bombardé le quartier, a déclaré l'OSDH.\n"
    for enc in ("utf-8", "utf-8-sig", "utf-16", "cp1252"):
        [r] = read_bytes(text.encode(enc), f"f.{enc}.txt")
        assert r.title == "Frappe près de Alep", enc
        assert "bombardé" in r.text and "déclaré" in r.text, enc
    mixed = "Title: Mixed\n\nA line in UTF-8: café.\n".encode() + "Une ligne en cp1252: été.\n".encode("cp1252")
    [r] = read_bytes(mixed, "mixed.txt")
    assert "café" in r.text and "été" in r.text


def test_html_declared_charset():
    page = ("<html><head><meta charset='windows-1251'><title>Обстрел</title></head><body><article>"
            "<p>Ночью был обстрелян пригород, сообщили местные власти. Пострадавших нет, сказали они.</p>"
            "</article></body></html>").encode("cp1251")
    [r] = read_bytes(page, "ru.html")
    assert "обстрелян пригород" in r.text


def test_rtl_and_zero_width_characters():
    text = "Title: \u202bقصف\u202c\n\nقال\u200b مسؤولون إن القصف استهدف\u200f السوق. Pal\u200bmyra\n"
    [r] = read_bytes(text.encode(), "ar.txt")
    assert r.title == "قصف"
    assert "Palmyra" in r.text and "\u200b" not in r.text and "\u200f" not in r.text
    persian = "Title: t\n\nمی\u200cخواهم\n"       # ZWNJ is spelling in Persian: kept
    assert "\u200c" in read_bytes(persian.encode(), "fa.txt")[0].text


@pytest.mark.parametrize("data,code", [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
                                       (b"<rss><channel><title>x</title></channel></rss>", "empty"),
                                       (b"<?xml version='1.0'?><rss><channel><item>", "bad_feed"),
                                       (b'{"items": 3, "version": "https://jsonfeed.org/version/1"}', "bad_feed"),
                                       (b"[]", "empty"), (b'{"title": "x"}', "no_text")])
def test_bad_input_is_a_named_error(data, code):
    with pytest.raises(InputError) as e:
        read_bytes(data, "bad.input")
    # a malformed feed names its line too ("bad.input:1")
    assert e.value.code == code and e.value.where.split(":")[0] == "bad.input"


FEED_HEAD = (b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
             b"<item><title>Depot hit</title><description>A drone hit a fuel depot on Monday, officials said."
             b"</description><guid>w1</guid></item>")


def test_a_feed_broken_after_some_items_gives_them_and_names_the_break():
    # cut short in transfer: the whole item before the cut is read, the cut is an error
    cut = FEED_HEAD + b"<item><title>Bridge</title><description>Shelling damaged the bri"
    errors: list[InputError] = []
    reports = read_bytes(cut, "wire.xml", errors=errors)
    assert [r.title for r in reports][:1] == ["Depot hit"]
    [e] = errors
    assert e.code == "bad_feed" and e.where.startswith("wire.xml:1") and "malformed XML" in str(e)
    assert f"{len(reports)} item(s) before the break were read" in str(e)
    # a whole feed whose only fault is its declared encoding loses nothing: no error
    errors = []
    latin = FEED_HEAD.replace(b"utf-8", b"us-ascii").replace(b"officials", "offici\u00e9ls".encode()) \
        + b"</channel></rss>"
    assert len(read_bytes(latin, "wire.xml", errors=errors)) == 1 and errors == []
    assert read_bytes(FEED_HEAD + b"</channel></rss>", "wire.xml", errors=errors) and errors == []


def test_too_large_and_missing(tmp_path):
    small = replace(get_settings(), max_bytes=100)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(InputError) as e:
        read_path(big, small)
    assert e.value.code == "too_large" and str(big) in str(e.value)
    with pytest.raises(InputError) as e:
        read_path(tmp_path / "nope.txt")
    assert e.value.code == "not_found"


def test_read_sources_walks_directories_and_goes_on(tmp_path):
    shutil.copytree(FIX, tmp_path / "in")
    (tmp_path / "in" / "sub").mkdir()
    (tmp_path / "in" / "sub" / "blob.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "in" / ".hidden.txt").write_text("Hidden\nnot read")
    out = list(read_sources([str(tmp_path / "in"), str(tmp_path / "missing"), "ftp://x.example/f"]))
    errors = [o for o in out if isinstance(o, InputError)]
    reports = [o for o in out if not isinstance(o, InputError)]
    assert sorted(e.code for e in errors) == ["bad_json", "binary", "forbidden_url", "no_text", "not_found"]
    expected = sum(len(read_path(p)) for p in FIX.iterdir())
    assert len(reports) == expected
    assert not any("Hidden" == r.title for r in reports)


def test_read_sources_stdin(monkeypatch):
    lines = [json.dumps({"id": "s1", "text": "Troops entered the town."}), "{broken", "",
             json.dumps({"id": "s2", "text": "A bridge was destroyed.", "published": "2020-02-02"})]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    out = list(read_sources(["-"]))
    assert [getattr(o, "id", None) for o in out] == ["s1", None, "s2"]
    assert out[1].code == "bad_json" and out[1].where == "-:2"
    assert out[2].published == utc(2020, 2, 2)


def test_dated_furniture_is_not_a_liveblog():
    related = "".join(f"<li class='item'><time datetime='2024-01-0{i}T10:00:00Z'>Jan {i}</time>"
                      f"<a href='/s{i}'>Other story {i}</a></li>" for i in range(1, 6))
    comments = "".join(f"<div class='comment'><time datetime='2024-01-09T1{i}:00:00Z'>1{i}:00</time>"
                       f"<p>Reader {i} thinks this is a very long and heartfelt comment indeed.</p></div>"
                       for i in range(4))
    page = ("<html><head><title>Dam breach floods valley</title></head><body><article><h1>Dam breach floods valley</h1>"
            "<p>A dam upstream of the valley gave way on Tuesday night, flooding four villages, the "
            "regional emergency service said.</p><p>Rescue teams used boats to reach stranded families.</p>"
            f"</article><ul class='list'>{related}</ul><section id='comments'>{comments}</section></body></html>")
    [r] = read_bytes(page.encode(), "dam.html")
    assert r.fmt == "html" and r.text.startswith("A dam upstream")
    assert "Reader" not in r.text


def test_liveblog_from_json_ld():
    a, b = read_path(FIX / "liveblog-jsonld.html")
    assert (a.title, a.published) == ("Port closed", utc(2023, 10, 4, 12, 20))
    assert (b.title, b.published) == ("Winds strengthen", utc(2023, 10, 4, 8, 0))
    assert b.text == "Forecasters said gusts reached 120 km/h along the northern shore."
    assert a.outlet == "Gulf Herald" and a.fmt == "liveblog" and a.parent == str(FIX / "liveblog-jsonld.html")


def test_every_line_error_named_when_no_line_is_good(tmp_path):
    p = tmp_path / "all-bad.jsonl"
    p.write_text('{"id": 1}\n{oops\n{"text": ""}\n')
    out = list(read_sources([str(p), str(tmp_path / "nul\0name.txt")]))
    assert [(e.code, e.where) for e in out] == [("no_text", f"{p}:1"), ("bad_json", f"{p}:2"),
                                               ("no_text", f"{p}:3"), ("not_found", str(tmp_path / "nul\0name.txt"))]


def test_liveblog_time_inside_heading_becomes_title():
    page = ("<html><body>"
            "<h3><time datetime='2021-04-01T09:00:00Z'>09:00</time> Market shelled</h3>"
            "<p>Several stalls were destroyed in the morning shelling, traders said.</p>"
            "<h3><time datetime='2021-04-01T07:30:00Z'>07:30</time> Curfew ends</h3>"
            "<p>The night curfew ended and shops opened across the old town.</p></body></html>")
    a, b = read_bytes(page.encode(), "h.html")
    assert (a.title, a.published) == ("Market shelled", utc(2021, 4, 1, 9, 0))
    assert a.text == "Several stalls were destroyed in the morning shelling, traders said."
    assert b.title == "Curfew ends" and b.published == utc(2021, 4, 1, 7, 30)


def test_liveblog_time_leading_a_paragraph():
    page = ("<html><head><meta property='article:published_time' content='2019-07-07T03:00:00Z'></head><body>"
            "<p><time datetime='2019-07-07T12:15:00Z'>12:15</time> Talks broke up without agreement, envoys said.</p>"
            "<p><strong>11:02 GMT</strong> Delegations arrived at the venue under heavy guard.</p>"
            "<p>Journalists were kept outside the perimeter.</p></body></html>")
    a, b = read_bytes(page.encode(), "p.html")
    assert a.text == "Talks broke up without agreement, envoys said." and a.published == utc(2019, 7, 7, 12, 15)
    assert b.text == "Delegations arrived at the venue under heavy guard.\nJournalists were kept outside the perimeter."
    assert b.published == utc(2019, 7, 7, 11, 2)


def test_markdown_heading_title():
    [r] = read_bytes(b"# Strike on the depot\n\nThe depot burned all night, the mayor said.\n", "m.md")
    assert r.title == "Strike on the depot" and r.text == "The depot burned all night, the mayor said."


def test_html_time_to_the_minute_from_a_byline_time_element():
    page = ("<html><head><title>Raid on village</title></head><body><article><h1>Raid on village</h1>"
            "<p class='byline'>By A. Writer, <time datetime='2022-03-04T08:15:00+01:00'>4 March 2022</time></p>"
            "<p>Soldiers raided the village at dawn, detaining several men, residents said in interviews.</p>"
            "<p>The army said the operation targeted weapons caches hidden in farm buildings.</p></article></body></html>")
    [r] = read_bytes(page.encode(), "raid.html")
    assert r.published == utc(2022, 3, 4, 7, 15)


def test_header_date_that_is_no_date_names_file_and_line():
    data = b"Title: Raid\nOutlet: Courier\nPublished: 2016-13-45\n\nTroops raided a village at dawn.\n"
    with pytest.raises(InputError) as e:
        read_bytes(data, "raid.txt")
    assert e.value.code == "bad_date" and e.value.where == "raid.txt:3" and "2016-13-45" in str(e.value)


@pytest.mark.parametrize("data", [b"Title: Raid\nOutlet: Courier\n", b"Title: Raid\nOutlet: Courier\n\n\n"])
def test_header_lines_alone_are_no_report(data):
    with pytest.raises(InputError) as e:
        read_bytes(data, "headers.txt")
    assert e.value.code == "no_text" and e.value.where == "headers.txt"


def test_given_outlet_date_and_url_win_over_the_header():
    from livedesk.ingest.text import Given
    data = b"Outlet: Someone Else\nPublished: 2010-01-01\n\nTroops raided a village at dawn.\n"
    given = Given(outlet="Valley Courier", published=utc(2016, 5, 11, 12), url="https://courier.example/raid")
    [r] = read_bytes(data, "raid.txt", given=given)
    assert (r.outlet, r.published, r.url) == ("Valley Courier", utc(2016, 5, 11, 12), "https://courier.example/raid")
    [plain] = read_bytes(b"Troops raided a village at dawn.\n", "raid.txt", given=given)
    assert plain.outlet == "Valley Courier" and plain.published == utc(2016, 5, 11, 12)


def test_xml_that_is_no_feed_is_a_bad_feed_not_an_empty_one():
    with pytest.raises(InputError) as e:
        read_bytes(b"<?xml version='1.0'?><catalog><book>x</book></catalog>", "books.xml")
    assert e.value.code == "bad_feed" and "not RSS, Atom or RDF" in str(e.value)


def test_every_report_is_marked_with_its_language():
    [en] = read_bytes(b"Artillery fire hit the market of Idlib on Tuesday, the civil defence said.\n", "a.txt")
    [ru] = read_bytes("Артиллерия обстреляла рынок в Идлибе во вторник, сообщила гражданская оборона.\n"
                      .encode(), "b.txt")
    [short] = read_bytes(b"Idlib.\n", "c.txt")
    assert (en.lang, ru.lang, short.lang) == ("en", "ru", None)


@pytest.mark.parametrize("text, lang", [
    ("A drone struck a fuel depot in Nyala on Sunday evening, residents said. Video: "
     "https://example.org/v/nyala-depot", "en"),
    ("Two boats were hit off the coast overnight, the navy said. More at www.example.net/a/b?x=1 "
     "and from @coastwatch_feed, write to desk@example.org", "en"),
    ("Des tirs ont visé le marché central dans la matinée, selon la protection civile. "
     "https://example.org/fr/marche", "fr"),
    ("Артиллерия обстреляла рынок утром, сообщили местные жители. https://example.org/ru/rynok", "ru"),
])
def test_links_and_handles_do_not_hide_a_posts_language(text, lang):
    # channel posts end with links and @handles; their letters are no language's words
    from livedesk.ingest.language import detect
    assert detect(text) == lang


def test_an_empty_folder_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    [e] = list(read_sources([str(tmp_path / "empty")]))
    assert isinstance(e, InputError) and e.code == "empty" and e.where == str(tmp_path / "empty")


def test_a_pretty_printed_json_document_is_one_document_not_json_lines():
    # one-line objects inside an indented document made it look like JSON Lines: every line failed
    doc = b'{\n "note": "not a report",\n "items": [\n  {"a": 1},\n  {"b": 2}\n ]\n}\n'
    with pytest.raises(InputError) as e:
        read_bytes(doc, "meta.json")
    assert e.value.code == "no_text" and e.value.where == "meta.json" and "not a report" in str(e.value)


@pytest.mark.parametrize("line", [
    "Houthis claim drone attack on Jizan", "RSF shells El Fasher, 12 dead", "Jets pound Maarat al-Numan",
    "Shelling in Donetsk, Makiivka, Horlivka", "SDF arrests ISIS cell in Deir ez-Zor",
    "Tigray: TPLF forces enter Mekelle", "Boko Haram abducts 30 in Borno",
    "Gunmen kill 7 in Zamfara village", "Bakhmut: heavy fighting continues"])
def test_short_english_lines_full_of_names_are_never_taken_for_another_language(line):
    # a report marked with another language is not read into events: a wrong mark loses them
    from livedesk.ingest.language import detect
    assert detect(line) in ("en", None)
