"""A side's craft named by its demonym and told as lost is that side's loss (fuse.corroborate.victims_side):
told by the side's own source it admits the loss, as "our helicopter was shot down" does."""
import pytest

from livedesk.fuse.corroborate import victims_side


@pytest.mark.parametrize("text,side", [
    ("A Turkish Air Force F-16 jet crashed near Malatya during a training flight, the ministry said.",
     "Military Forces of Turkey"),
    ("Houthi fighters shot down an American MQ-9 drone over Marib.", "Military Forces of the United States"),
    ("An Indian Army tank was destroyed by a mine near the border, officers said.", "Military Forces of India"),
    ("Ukrainian naval drones sank a Russian landing ship off the coast of Crimea.", "Military Forces of Russia"),
])
def test_a_craft_told_as_lost_is_its_sides_loss(text, side):
    assert side in victims_side(text)


@pytest.mark.parametrize("text", [
    "Russian jets hit the market in the town, killing five.",
    "Israeli drones struck a car on the coastal road.",
    "Turkish warplanes destroyed a depot of the militants in the mountains.",
])
def test_a_craft_that_does_the_hitting_is_no_loss(text):
    assert victims_side(text) == set()
