"""Session 13 fusion kinds (docs/statuses.md): a side's statement that only denies in its own voice ("No air
operation was conducted in the X area", "The allegations ... that our forces targeted a market in X are
fabricated", "No base was attacked", "The propaganda ... is baseless") gives a denied frame and denies in
fusion; a report whose only words are another's silence ("said he had received no report of any attack")
is no origin; descriptions with no name ("an officer in the theatre command", "a rights group") count as
unnamed; a sentence that only tells the dead of the act before it is part of that act's text; a toll
follow-up of a gunfight is an update; a few side's mouthpieces listed. Reports written for these tests
(invented events at real places)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from livedesk.fuse.corroborate import claims_of, in_context
from livedesk.fuse.outcomes import DENIAL
from livedesk.fuse.sets import mention_from_dict
from livedesk.model import Claim, Report
from livedesk.read import read_report
from livedesk.read.casualties import extract
from livedesk.sources import lookup

FRIDAY = datetime(2025, 3, 14, 18, tzinfo=timezone.utc)
_ABECHE = {"name": "Abeche", "lat": 13.83, "lon": 20.83, "country": "TD", "precision": 1}


def _frames(text: str, outlet: str) -> list:
    r = Report(text=text, id="t", outlet=outlet, published=FRIDAY)
    return [f for f in read_report(r).events if not f.background]


@pytest.mark.parametrize("text", [
    "No base was attacked, and the army carries on its patrols in the region.",
    "No position of ours was hit during the night.",
    "No air operation was conducted in the Abeche area on Thursday.",
    "The propaganda spread by the rebels about an attack on our forces in Abeche is baseless.",
    "The news circulated by the terrorist group and its media is fabricated.",
    "The allegations of the junta that our forces shelled a school in Abeche are completely false.",
])
def test_a_sides_own_words_that_deny(text):
    assert DENIAL.search(text)


@pytest.mark.parametrize("text", [
    "No soldiers were on leave that week.",
    "The news was welcomed in the capital.",
])
def test_words_that_deny_nothing(text):
    assert not DENIAL.search(text)


def test_a_statement_that_only_denies_in_its_own_voice_gives_a_denied_frame_at_the_place():
    frames = _frames("No air operation was conducted in the Abeche area on Thursday. The stories spread by the "
                     "rebels and their media are fabricated to tarnish the army.", "Chadian Army")
    assert len(frames) == 1
    f = frames[0]
    assert f.denied
    assert f.location and f.location.name.startswith("Ab")
    assert f.confidence <= 0.5


def test_a_sides_denial_of_an_alleged_strike_gives_a_denied_frame():
    frames = _frames("The allegations of the government that our forces targeted a market in the town of Abeche "
                     "are fabricated. Our forces do not target civilians.", "Front for Change and Concord in Chad")
    assert len(frames) == 1 and frames[0].denied


def test_a_denial_of_no_act_of_war_gives_no_frame():
    assert not _frames("The allegations of corruption made against the minister are baseless.", "Test Outlet")


def _m(mid, text, outlet, claims=(), **frame):
    frame = {"sub_event_type": "Attack", "actor1": None, "actor2": "Military Forces of Chad",
             "date_start": "2025-03-13", "date_end": "2025-03-13", "location": dict(_ABECHE), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": "2025-03-14T10:00:00Z", "text": text,
                              "frame": frame, "claims": list(claims)})


def test_an_outlet_telling_only_that_an_official_had_no_report_of_it_is_no_origin():
    m = _m("a#0", "The district police commander said he had received no report of any attack near Abeche.",
           "Sahel Morning", [{"claimant": "district police commander", "stance": "unconfirmed",
                              "via": ["Sahel Morning"]}])
    assert all(c.claimant != "Sahel Morning" for c in claims_of(m))


def test_an_outlet_telling_the_act_itself_beside_anothers_silence_is_still_an_origin():
    m = _m("a#0", "Gunmen burned the market in Abeche overnight; the police have not commented.",
           "Sahel Morning", [{"claimant": "police", "stance": "unconfirmed", "via": ["Sahel Morning"]}])
    assert any(c.claimant == "Sahel Morning" for c in claims_of(m))


@pytest.mark.parametrize("name", ["officer in the theatre command", "rights group", "human rights group",
                                  "operation's media officer"])
def test_a_description_with_no_name_in_a_paper_counts_like_an_unnamed_report(name):
    c = Claim(claimant=name, stance="asserts", claimant_kind="official", via=["Sahel Morning"])
    assert in_context(c, "Sahel Morning").claimant_kind == "unnamed"


def test_a_sentence_telling_only_the_dead_of_the_act_before_it_is_that_acts_text():
    text = ("Troops repelled an attack by armed men on the army base in Abeche on Thursday night. "
            "Regrettably, two gallant soldiers paid the supreme price.")
    frames = _frames(text, "Chadian Army")
    assert frames
    assert any("supreme price" in text[f.start:f.end] for f in frames)


@pytest.mark.parametrize("sentence, best", [
    ("Regrettably, two gallant soldiers paid the supreme price.", 2),
    ("Three police officers made the ultimate sacrifice in the attack.", 3),
])
def test_a_states_idiom_for_its_dead_is_counted(sentence, best):
    assert extract(sentence).best == best


def test_a_count_then_a_clause_of_the_wounded_is_no_count_of_the_wounded():
    f = extract("The number of people killed in the gunfight has climbed to eight after a wounded man died.")
    assert f.best == 8 and f.injured is None
    assert extract("The attack killed three, five wounded.").injured == 5


def test_the_toll_of_a_gunfight_that_has_risen_is_an_update():
    frames = _frames("The number of people killed in Wednesday's gunfight in Abeche has climbed to eight, the "
                     "prosecutor's office said.", "Test Outlet")
    assert len(frames) == 1 and frames[0].fatalities.best == 8


@pytest.mark.parametrize("name, side", [
    ("Shahada News Agency", "Al-Shabaab"),
    ("Operation Hadin Kai", "Military Forces of Nigeria"),
    ("Zabihullah Mujahid", "Taliban"),
])
def test_listed_mouthpieces(name, side):
    hit = lookup(name)
    assert hit is not None and hit.alignment == side
