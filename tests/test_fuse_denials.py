"""A denial attaches to the event it denies, even when the denying report tells no event of its
own: the real reader reads the reports, their frames go to fusion as the store hands them over."""
from __future__ import annotations

from datetime import datetime, timezone

from livedesk.fuse import fuse
from livedesk.model import Mention, Report
from livedesk.read import read_report


def _mentions(report: Report) -> list[Mention]:
    reading = read_report(report)
    out = []
    for i, f in enumerate(reading.events):
        out.append(Mention(id=f"{report.id}#{i}", report_id=report.id, frame=f,
                           claims=[reading.claims[k] for k in f.claims if 0 <= k < len(reading.claims)],
                           outlet=report.outlet, published=report.published,
                           text=report.text[f.start:f.end]))
    return out


def _report(rid, outlet, text, hour):
    return Report(text=text, id=rid, outlet=outlet,
                  published=datetime(2024, 5, 14, hour, tzinfo=timezone.utc))


def test_a_denial_only_report_gives_a_mention_of_the_denied_event():
    denial = _report("d1", "Sudan Wire", "The Sudanese army rejected reports that RSF drones hit a fuel "
                     "depot in Port Sudan on Tuesday.", 15)
    ms = _mentions(denial)
    assert ms, "the denied event must reach fusion"
    m = ms[0]
    assert m.frame.sub_event_type == "Air/drone strike"
    assert m.frame.location is not None and "Port Sudan" in m.frame.location.name
    assert any(c.stance == "denies" for c in m.claims)


def test_the_denied_content_is_read_even_when_the_sentence_gives_no_event():
    """The pipeline's own path: with no frame over the denial (the sentence read as no event or as
    background), the denied content is typed, placed and dated on its own."""
    from livedesk.read import claims as claims_mod
    from livedesk.read.nlp import get_nlp
    from livedesk.read.pipeline import _denied, _paragraph_ids
    text = "The Myanmar military denied reports that its aircraft bombed a monastery in Sagaing on Friday."
    report = _report("d2", "Desk", text, 9)
    doc = get_nlp()(text)
    claims = list(claims_mod.attribute(doc, text, report))
    assert any(c.stance == "denies" for c in claims)
    sents = list(doc.sents)
    stexts = [text[s.start_char:s.end_char] for s in sents]
    drafts = _denied(sents, stexts, _paragraph_ids(doc, sents, text), claims, [], report.anchor, "MM", text)
    assert len(drafts) == 1
    f = drafts[0].frame
    assert f.sub_event_type == "Air/drone strike" and not f.background
    assert f.date_start == "2024-05-10"
    # a typing that reads the denied act as background: its frame gives way to the denied content's
    from livedesk.model import EventFrame
    from livedesk.read.pipeline import _Draft
    bg = _Draft(EventFrame(sub_event_type="Air/drone strike", start=0, end=len(text), background=True), 1.0, 0, 0)
    drafts = _denied(sents, stexts, _paragraph_ids(doc, sents, text), claims, [bg], report.anchor, "MM", text)
    assert [d.frame.background for d in drafts] == [False]


def test_a_denial_joins_the_event_and_makes_it_disputed_or_denied():
    claim = _report("c1", "Levant Wire", "Russian warplanes struck a vegetable market in Mayadin on "
                    "Tuesday, killing 14 people, the Syrian Observatory for Human Rights said.", 10)
    denial = _report("d3", "Russian Ministry of Defence", "The Russian Ministry of Defence denied that "
                     "Russian warplanes struck a market in Mayadin on Tuesday.", 18)
    ms = _mentions(claim) + _mentions(denial)
    events = fuse(ms, now=denial.published)
    home = [e for e in events if any(i.startswith("d3#") for i in e.mention_ids)]
    assert home and any(i.startswith("c1#") for i in home[0].mention_ids), [(e.mention_ids, e.status) for e in events]
    # the Observatory is independent of the sides: its report against the ministry's denial
    assert home[0].status == "disputed", home[0].status_reason


def test_a_denial_the_typer_cannot_type_still_reaches_the_event_it_denies():
    """'denied striking the school in X': no event type is read from a gerund, yet the denial must
    reach fusion (a frame typed Other, placed and dated from its sentence) and deny the strike."""
    claim = _report("c1", "RSF media office", "Army jets bombed a school in Kutum on Tuesday morning, "
                    "killing seven pupils, the Rapid Support Forces said.", 9)
    denial = _report("d2", "Sudanese Armed Forces", "The Sudanese army denied striking the school in Kutum.", 15)
    dms = _mentions(denial)
    assert dms and any(c.stance == "denies" for m in dms for c in m.claims), [m.frame for m in dms]
    events = fuse(_mentions(claim) + dms, now=datetime(2024, 5, 15, tzinfo=timezone.utc))
    main = [e for e in events if "d2#0" in e.mention_ids]
    assert main and len(main[0].mention_ids) >= 2, [(e.mention_ids, e.status) for e in events]
    assert main[0].status == "denied", main[0].status_reason
