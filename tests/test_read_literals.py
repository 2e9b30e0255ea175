"""The literal pre-check: it must never skip a cue that matches (else typing silently changes)."""
import random

from livedesk.read import classify, cues
from livedesk.read.literals import Scanner, required

SENTENCES = [
    "Warplanes carried out airstrikes on the market, killing nine people.",
    "A suicide bomber blew himself up at a checkpoint; a car bomb went off later.",
    "Rebels recaptured the air base after clashes, weeks after the government retook the town.",
    "Police fired tear gas and rubber bullets to disperse the peaceful protesters.",
    "An earthquake and floods hit the province; talks between the foreign ministers failed.",
    "Mortar shells and grad rockets landed on the suburb; sarin was used, the OPCW said.",
    "The militants seized control of the oil fields and took the bridge without a fight.",
    "nothing here at all",
    "",
]


def test_scanner_finds_exactly_the_words_a_text_holds():
    words = ["air", "airstrike", "airs", "strike", "trike", "rike", "a", "ab", "abc", "bc", "c", "x-y", "(?"]
    sc = Scanner(words)
    rnd = random.Random(7)
    alphabet = "airstkebcxy-(? "
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert sc.present(text) == {w for w in words if w in text}, text


def test_screened_scores_agree_with_the_plain_regexes():
    pats = classify._cue_patterns()
    assert pats and all(p in classify._screen()[2] for p in pats if required(p))
    for s in SENTENCES:
        low = s.lower()
        for t, weighted in cues.CUES.items():
            plain = [w for p, w in weighted if classify._rx(p).search(low)]
            best = classify._best(weighted, low)[0]
            assert best == (max(plain) + 0.25 * (len(plain) - 1) if plain else 0.0), (t, s)


def test_an_unlisted_pattern_is_checked_by_its_own_literals():
    assert classify._search(r"unlisted ?cue", "an unlistedcue here").span() == (3, 14)
    assert classify._search(r"unlisted ?cue", "nothing") is None
