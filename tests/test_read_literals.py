"""The literal scanner: it finds exactly the listed words a text holds."""
import random

import pytest

from livedesk.read.literals import Scanner, required

def test_scanner_finds_exactly_the_words_a_text_holds():
    words = ["air", "airstrike", "airs", "strike", "trike", "rike", "a", "ab", "abc", "bc", "c", "x-y", "(?"]
    sc = Scanner(words)
    rnd = random.Random(7)
    alphabet = "airstkebcxy-(? "
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert sc.present(text) == {w for w in words if w in text}, text


# (moved here from test_read_typing.py when the cue list it screened was replaced by a model)
@pytest.mark.parametrize("pattern,expected", [
    (r"air ?strikes?", {"strike"}),
    (r"\bieds?\b|land mines?", {"ied", "land mine"}),
    (r"(?:found|seized) (?:\w+ ){0,8}(?:weapons?|arms)", {"found", "seized"}),
    (r"re-?took", {"took"}),
    (r"\w+ed|x?", None),                      # nothing every match must contain
    (r"(?i)shell", None),                     # a case-folding pattern is never pre-checked
])
def test_required_literals(pattern, expected):
    got = required(pattern)
    assert (set(got) if got is not None else None) == expected
