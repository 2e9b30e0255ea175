"""Where and when the reading puts an event, across sentences: a headline's date is its
update's, a frame naming only a country takes the town named next, a report's events at home
come before its events abroad."""
from datetime import datetime, timezone

from livedesk.model import Report
from livedesk.read import read_report

PUB = datetime(2016, 5, 11, 9, tzinfo=timezone.utc)     # a Wednesday


def _events(text: str):
    return read_report(Report(text=text, id="t", published=PUB)).events


def _find(events, word):
    return next(e for e in events if word in e.summary)


def test_an_undated_headline_takes_the_date_of_the_update_it_heads():
    text = ("Rebel shelling kills two soldiers outside Hama\n"
            "Rebel fighters shelled army positions north of Hama on Monday, killing two soldiers.\n"
            "Government troops seize hill near Latakia\n"
            "Army units took a strategic hill in the Latakia countryside, state media said.")
    ev = _events(text)
    first = _find(ev, "Rebel shelling kills")
    assert (first.date_start, first.date_end, first.date_precision) == ("2016-05-09", "2016-05-09", 1)
    # The second update names no date: its headline gets none, not the page's date.
    second = _find(ev, "Government troops seize")
    assert second.date_start is None and second.date_precision is None


def test_a_one_paragraph_report_keeps_the_usual_default_date():
    ev = _events("Rebels shelled army positions north of Hama, a monitor said")
    assert ev and ev[0].date_start == "2016-05-10" and ev[0].date_end == "2016-05-11"


def test_a_headline_naming_only_the_country_takes_the_town_of_its_update():
    text = ("Car bomb kills nine in northern Syria\n"
            "A car bomb exploded near a crowded bakery in the town of Azaz, killing nine people.")
    head = _find(_events(text), "Car bomb kills nine")
    assert head.location.country == "SY" and head.location.admin1 == "Aleppo"
    assert head.location.precision <= 2


def test_the_events_at_home_come_before_the_one_abroad():
    # The report is about Syria (its towns); the strike across the border in Turkey is told
    # first, with a toll, yet ranks after the events in Syria.
    text = ("Rockets fired from across the border killed three guards at a post in Kilis, Turkey. "
            "The guards had just changed shifts. An air strike killed four civilians in Azaz on Tuesday. "
            "Aid groups in Aleppo and Idlib said families fled to Afrin.")
    countries = [e.location.country for e in _events(text) if e.location]
    assert "TR" in countries and "SY" in countries
    assert countries.index("TR") > max(i for i, c in enumerate(countries) if c == "SY")


def test_a_lead_event_told_over_several_sentences_keeps_its_lead_weight():
    # The lead's strike is told over four sentences (one merged frame); the later bombing, with
    # a toll of its own, is a side story.
    text = ("Government helicopters dropped barrel bombs on Daraya on Monday, killing 12 people. "
            "More barrel bombs hit the western edge of Daraya an hour later. "
            "A third wave of barrel bombs struck a field clinic in Daraya. "
            "Helicopters dropped barrel bombs on the town again at dusk. "
            "Separately, a suicide bomber blew himself up at a checkpoint near Jaramana on Monday, "
            "killing 15 men.")
    top = _events(text)[0]
    assert top.sub_event_type == "Air/drone strike" and top.fatalities.best == 12


def test_an_event_whose_place_the_gazetteer_lacks_is_placed_at_its_country():
    # the hills are not in any gazetteer; the text makes the country plain: precision 6, not nothing
    from livedesk.model import Report
    from livedesk.read import read_report
    r = read_report(Report(text="Iraqi troops killed five militants in a gunfight in the Qaltabar hills on Monday.",
                           id="t"))
    ev = [e for e in r.events if not e.background]
    assert ev and ev[0].location is not None, ev
    assert (ev[0].location.country, ev[0].location.precision) == ("IQ", 6)
