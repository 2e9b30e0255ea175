"""The trainer's news-shaped copies (train.news_shape): cut starts, cut ends and datelines."""
from __future__ import annotations

from livedesk.read.typing_model import train
from livedesk.read.typing_model.train import Row, news_shape, with_news_shapes


def rows(label: str = "Attack", genre: str = "wire", n: int = 400) -> list[Row]:
    return [Row(f"Two men were shot dead by gunmen near the market in Kidal on day {i} of the month, police said.",
                label, "ML", genre, f"s{i % 7}", f"a.jsonl:{i}") for i in range(n)]


def test_copies_keep_label_country_and_scenario_and_come_after_the_rows():
    data = rows()
    out = with_news_shapes(data)
    assert out[:len(data)] == data
    extra = out[len(data):]
    # about one row in AUG_EVERY is picked; a few picked rows get no shape that fits
    assert len(data) // (3 * train.AUG_EVERY) < len(extra) <= len(data) // train.AUG_EVERY + 20
    by_where = {r.where: r for r in data}
    for c in extra:
        src = by_where[c.where.removesuffix("+shape")]
        assert (c.label, c.country, c.scenario) == (src.label, src.country, src.scenario)
        assert c.text != src.text
    assert with_news_shapes(data) == out          # deterministic


def test_each_shape_is_one_real_news_shape():
    shapes = {"start": 0, "end": 0, "dateline": 0}
    for c in with_news_shapes(rows())[400:]:
        if c.text.startswith(("were shot dead", "men were shot dead")):
            shapes["start"] += 1
        elif c.text.startswith("Two men were shot dead") and not c.text.endswith("."):
            shapes["end"] += 1                    # stops mid-word, like a feed's cut
        else:
            assert c.text.endswith("police said.") and not c.text.startswith("Two"), c.text
            shapes["dateline"] += 1
    assert all(shapes.values()), shapes
    assert any("MALI, " in c.text for c in with_news_shapes(rows(n=2000))[2000:])


def test_no_shape_where_it_could_change_the_label_or_the_genre_has_its_own():
    for r in rows(genre="coder") + rows(genre="headline"):
        assert news_shape(r) is None
    # a cut end would drop the time words that make background background
    for c in with_news_shapes(rows(label="Background"))[400:]:
        assert c.text.endswith("police said."), c.text
    # no cut start unless the text opens with a determiner or a number (the verb stays)
    verb_first = [Row(f"Gunmen killed {i} villagers near the market in Kidal on Monday night, police said.",
                      "Attack", "ML", "wire", "s", f"b:{i}") for i in range(400)]
    for c in with_news_shapes(verb_first)[400:]:
        assert "Gunmen killed" in c.text


def test_no_copies_when_switched_off(monkeypatch):
    monkeypatch.setattr(train, "AUG_EVERY", 0)
    data = rows()
    assert with_news_shapes(data) == data
