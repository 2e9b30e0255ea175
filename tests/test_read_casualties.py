"""Fatality phrases: best/low/high, vague plurals, ranges, injured apart, confirmed apart."""
import pytest

from livedesk.read.casualties import extract


@pytest.mark.parametrize("sentence,best,low,high,injured", [
    ("At least 70 people were killed in the attack.", 70, 70, None, None),
    ("Dozens were killed and 30 wounded.", 24, 24, None, 30),
    ("The strike killed 12 and wounded 40 others.", 12, 12, 12, 40),
    ("Between 10 and 15 soldiers were killed.", 10, 10, 15, None),
    ("Up to 40 people died.", 40, None, 40, None),
    ("Warplanes pounded the village, killing 6 civilians, including 2 women.", 6, 6, 6, None),
    ("The death toll rose to 112 on Sunday.", 112, 112, 112, None),
    ("A car bomb killed six people and injured another ten.", 6, 6, 6, 10),
    ("Two soldiers were killed and three injured.", 2, 2, 2, 3),
    ("Gunmen left seven people dead.", 7, 7, 7, None),
    ("At least three people were injured when two grenades exploded.", None, None, None, 3),
    ("A soldier was killed by a sniper.", 1, 1, 1, None),
])
def test_counts(sentence, best, low, high, injured):
    f = extract(sentence)
    assert (f.best, f.low, f.high, f.injured) == (best, low, high, injured)


def test_reported_and_confirmed_kept_apart():
    f = extract("Eight have been reported killed, but only seven were confirmed dead by the ministry.")
    assert f.confirmed is True
    assert (f.best, f.low, f.high) == (7, 7, 8)


def test_no_count_from_years_or_unrelated_numbers():
    assert extract("In 2012 there were 300 protests across 14 provinces.").best is None
    assert extract("The convoy carried 5000 people out of the town.").best is None


def test_the_gate_covers_every_death_and_injury_word():
    from livedesk.read import casualties as cas
    from livedesk.read.literals import _required_item, _sre_parse, required as _anchors
    words = set(_anchors(cas.KILL)) | set(_anchors(cas.HURT))
    # the verbs that open _N_AFTER: its first group
    group = next(item for item in _sre_parse.parse(cas._N_AFTER.pattern) if item[0].name == "SUBPATTERN")
    after = _required_item(*group)
    assert after and {"kill", "left", "wounding"} <= set(after)
    for w in words | set(after):
        assert any(g in w.lower() for g in cas._GATE), w
    for w in _anchors(cas.KILL):          # _RANGE keeps a range only when a KILL word follows it
        assert any(g in w.lower() for g in cas._KILL_GATE), w
    assert cas.extract("Between 10 and 15 people were killed.").low == 10
    # a sentence with none of them states no count; one with them still does
    assert cas.extract("Twelve soldiers were reported missing near the border.").best is None
    assert cas.extract("The strike left 14 people dead.").best == 14


@pytest.mark.parametrize("text", [
    "None were killed in the attack.",                 # "none" holds no "one"
    "Civilians are often killed in such raids.",        # "often" holds no "ten"
    "The kittens were found dead in the rubble.",       # "kittens" holds no "tens"
])
def test_no_count_read_from_inside_a_word(text):
    assert extract(text).best is None


def test_a_qualifier_inside_a_word_is_no_qualifier():
    # "that least" holds "at least"; the figure stays exact
    f = extract("Observers said that least 5 people were killed.")
    assert (f.best, f.low, f.high) == (5, 5, 5)


@pytest.mark.parametrize("text", ["The 330 am raid killed everyone inside the house.",
                                  "A 12 a.m. strike killed a shepherd.",
                                  "The 0400 GMT shelling killed a family."])
def test_a_clock_time_is_no_count(text):
    assert extract(text).best is None


def test_a_count_before_a_comma_is_still_a_count():
    f = extract("The blast killed 5, wounding 7 others.")
    assert (f.best, f.injured) == (5, 7)
