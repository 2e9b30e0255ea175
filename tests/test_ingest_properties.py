"""Property tests of each reader: whatever the input, a Report or a named InputError, never a crash."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings, strategies as st

from livedesk.errors import CATALOGUE, InputError
from livedesk.ingest import read_bytes
from livedesk.ingest.decode import decode, paragraphs
from livedesk.ingest.liveblog import parse_marker
from livedesk.model import Report

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(st.characters(categories=("L", "N"), max_codepoint=0x2FFF), min_size=1, max_size=12)
phrase = st.lists(words, min_size=1, max_size=12).map(" ".join)
aware = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                     timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=3)),
                                                timezone(timedelta(hours=-5, minutes=-30))]))


def _check(out: list[Report], origin: str) -> None:
    for r in out:
        assert isinstance(r, Report)
        assert r.text and r.text == r.text.strip()
        assert r.origin == origin
        assert r.fmt in ("text", "html", "feed", "jsonl", "liveblog")
        assert r.published is None or r.published.utcoffset() == timedelta(0)
        assert "\x00" not in r.text
        r.fingerprint      # hashing must work on whatever text came through


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.xml", "a.jsonl", "a.json", "a"]))
def test_any_bytes_give_reports_or_a_named_error(data, name):
    try:
        out = read_bytes(data, name)
    except InputError as e:
        assert e.code in CATALOGUE and (e.where == name or e.where.startswith(name + ":"))
        return
    _check(out, name)
    assert [r.fingerprint for r in read_bytes(data, name)] == [r.fingerprint for r in out]


@FAST
@given(st.text(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.xml"]))
def test_any_text_gives_reports_or_a_named_error(text, name):
    data = text.encode("utf-8", "surrogatepass")
    try:
        _check(read_bytes(data, name), name)
    except InputError as e:
        assert e.code in CATALOGUE


@FAST
@given(st.binary(max_size=2000))
def test_decode_gives_clean_text_or_refuses(data):
    try:
        text = decode(data, "x")
    except InputError as e:
        assert e.code in ("binary", "empty")
        return
    assert text.strip() and "\x00" not in text and "\r" not in text
    text.encode("utf-8")                       # no lone surrogates survive


@FAST
@given(phrase, phrase, aware, st.lists(phrase, min_size=1, max_size=5))
def test_text_header_round_trip(title, outlet, when, paras):
    body = "\n\n".join(paras)
    data = f"Title: {title}\nOutlet: {outlet}\nPublished: {when.isoformat()}\n\n{body}\n".encode()
    [r] = read_bytes(data, "r.txt")
    assert r.title == " ".join(title.split()) and r.outlet == " ".join(outlet.split())
    assert r.published == when
    assert r.text == paragraphs("\n".join(paras))


@FAST
@given(st.lists(st.fixed_dictionaries({"id": words, "text": phrase},
                                      optional={"title": phrase, "source": phrase, "published": aware.map(str)}),
                min_size=1, max_size=6))
def test_jsonl_round_trip(objs):
    data = "\n".join(json.dumps(o, ensure_ascii=False) for o in objs).encode()
    out = read_bytes(data, "r.jsonl")
    assert [r.id for r in out] == [o["id"] for o in objs]
    assert [r.text for r in out] == [" ".join(o["text"].split()) for o in objs]
    for r, o in zip(out, objs):
        assert r.outlet == (" ".join(o["source"].split()) if "source" in o else None)
        if "published" in o:
            assert r.published == datetime.fromisoformat(o["published"])


@FAST
@given(st.lists(st.tuples(phrase, phrase, st.one_of(st.none(), words)), min_size=1, max_size=8))
def test_rss_round_trip_and_stable_ids(items):
    body = "".join(
        f"<item><title>{escape(t)}</title>{f'<guid>{escape(g)}</guid>' if g else ''}"
        f"<description>{escape('<p>' + escape(d) + '</p>')}</description></item>"
        for t, d, g in items)
    data = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>P</title>{body}</channel></rss>".encode()
    out = read_bytes(data, "f.rss")
    assert [r.title for r in out] == [" ".join(t.split()) for t, _, _ in items]
    assert [r.text for r in out] == [" ".join(d.split()) for _, d, _ in items]
    assert [r.id for r in read_bytes(data, "f.rss")] == [r.id for r in out]


@SLOW
@given(st.lists(phrase, min_size=1, max_size=6), st.sampled_from(["div", "article", "section", "main"]))
def test_html_page_text_comes_through(paras, wrapper):
    page = ("<html><head><title>T</title></head><body><" + wrapper + ">"
            + "".join(f"<p>{escape(p)}</p>" for p in paras) + f"</{wrapper}></body></html>")
    out = read_bytes(page.encode(), "p.html")
    _check(out, "p.html")
    text = "\n".join(r.text for r in out)
    assert " ".join(paras[0].split()) in text or len(paras[0]) < 3


tags = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<time datetime='2021-02-03T04:05:06Z'>",
                        "</time>", "<script>", "</script>", "<!--", "-->", "<br>", "&amp;", "&#x202e;", "<li>",
                        "<table><tr><td>", "Updated 10:05 GMT", "May 11, 2016 10:05", "\u200b", "<![CDATA[", "]]>"])


@SLOW
@given(st.lists(st.one_of(tags, phrase), max_size=80))
def test_tag_soup_never_crashes_and_is_stable(parts):
    data = ("<html><body>" + "".join(parts)).encode()
    try:
        out = read_bytes(data, "soup.html")
    except InputError as e:
        assert e.code in ("bad_html", "empty")
        return
    _check(out, "soup.html")
    assert [r.fingerprint for r in read_bytes(data, "soup.html")] == [r.fingerprint for r in out]


@FAST
@given(st.text(max_size=300))
def test_marker_parser_total(line):
    hit = parse_marker(line)
    if hit:
        stamp, rest = hit
        assert stamp.when is not None or stamp.hm is not None
        assert len(rest) <= len(line)


@FAST
@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["Updated ", "", "Posted at "]),
       st.sampled_from(["GMT", "UTC", ""]), phrase)
def test_marker_round_trip(h, m, head, tz, rest):
    line = f"{head}{h:02d}:{m:02d} {tz} - {rest}".replace("  ", " ")
    stamp, got = parse_marker(line)
    assert stamp.hm == (h, m) and got == rest.strip()
