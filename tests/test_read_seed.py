"""Issue 2's acceptance test: the seed live-updates post read right.

The post (../shared/data/seed, written 2016-05-11) is read at run time, never copied here.
Place-dependent assertions live in test_seed_core_events_are_placed only, which is skipped
while the geo stage finds no places at all.
"""
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from livedesk import geo
from livedesk.model import Report
from livedesk.read import read_report

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed"


@pytest.fixture(scope="module")
def reading():
    files = sorted(SEED.glob("000_*.txt"))
    if not files:
        pytest.skip(f"seed data not found under {SEED}")
    text = files[0].read_text(encoding="utf-8")
    rep = Report(text=text, id="seed", published=datetime(2016, 5, 11, 12, tzinfo=timezone.utc))
    return text, read_report(rep)


def _within(f, start: str, end: str) -> bool:
    return f.date_start is not None and date.fromisoformat(f.date_start) <= date.fromisoformat(end) \
        and date.fromisoformat(f.date_end) >= date.fromisoformat(start)


def test_helicopter_downed_near_t4_on_may_10(reading):
    text, rd = reading
    frames = [f for f in rd.events if f.sub_event_type in ("Armed clash", "Shelling/artillery/missile attack")
              and "helicopter" in text[f.start:f.end] and not f.background]
    assert frames, "the helicopter shot down near T-4"
    assert any(f.date_start == f.date_end == "2016-05-10" and f.date_precision == 1 for f in frames)
    assert any(f.actor1 == "Islamic State" for f in frames)


def test_mig23_near_dumayr_end_of_april(reading):
    text, rd = reading
    frames = [f for f in rd.events if "MiG-23" in text[f.start:f.end]]
    assert frames, "the MiG-23 near Dumayr"
    f = frames[0]
    assert f.sub_event_type in ("Armed clash", "Shelling/artillery/missile attack", "Other")
    assert (f.date_start, f.date_end, f.date_precision) == ("2016-04-20", "2016-04-30", 4)
    assert "MiG-23" in f.weapons
    assert not f.background


def test_t4_site_captured_by_islamic_state(reading):
    text, rd = reading
    frames = [f for f in rd.events if f.sub_event_type == "Non-state actor overtakes territory"
              and f.actor1 == "Islamic State" and not f.background]
    assert frames
    assert all(_within(f, "2016-05-09", "2016-05-12") for f in frames)
    assert rd.events[0].sub_event_type in ("Non-state actor overtakes territory", "Armed clash")


def test_yerygin_killed_by_shelling(reading):
    text, rd = reading
    frames = [f for f in rd.events if "Yerygin" in text[f.start:f.end]]
    assert any(f.sub_event_type == "Shelling/artillery/missile attack" and f.fatalities.best == 1 for f in frames)


def test_palmyra_recapture_is_background(reading):
    text, rd = reading
    back = [f for f in rd.events if f.background]
    assert back, "weeks after the government recaptured it"
    # The government's recapture, told in passing ("weeks after its recapture"), is no event of
    # the report's days: no frame says the government regained ground then. Mentions the typer
    # marks as background keep their own dates ("despite the fact that ISIS shot down a
    # helicopter yesterday"); which hedged sentences it marks so moves with the int8 encoder's
    # rounding on a given CPU ("It now appears that the road has been retaken today" is a
    # current event read as background on a VNNI CPU: a typing miss, not a dating one).
    assert not any(f.sub_event_type == "Government regains territory" and not f.background
                   and f.date_start and f.date_end >= "2016-05-01" for f in rd.events)
    assert not any(f.date_start and f.date_start.startswith("2016-04-12") for f in rd.events), "T-4 read as a date"


def test_seed_core_events_are_placed(reading):
    text, rd = reading
    if not geo.find_places("Syrian troops entered Palmyra.", None):
        pytest.skip("the geo stage finds no places yet (livedesk.geo placeholder)")
    import math

    def km(a, b, c, d):
        p = math.pi / 180
        h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
        return 12742 * math.asin(math.sqrt(h))

    heli = [f for f in rd.events if "helicopter" in text[f.start:f.end] and f.location and f.location.lat]
    assert any(km(34.6, 37.6, f.location.lat, f.location.lon) <= 60 for f in heli)
    mig = [f for f in rd.events if "MiG-23" in text[f.start:f.end] and f.location and f.location.lat]
    assert any(km(33.61, 36.75, f.location.lat, f.location.lon) <= 25 for f in mig)
