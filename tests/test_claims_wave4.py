"""Attribution in whole articles, session 12 wave 4 (claims): kinds read on batch 17's and newsgen4's
train parts. A clergy style before a name; a role the tagger calls a proper noun beside a name; "the
agency" pointing back past other speakers to the one body named as an agency; a state body never
another state body. Sentences of our own, none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _of(text: str, words: str):
    claims = attribute(None, text)
    hit = [c for c in claims if words in text[c.start:c.end]]
    assert hit, [(c.claimant, text[c.start:c.end]) for c in claims]
    return hit[0]


# 1. a clergy style is a description, the name is who speaks
@pytest.mark.parametrize("speaker", ["the parish priest, Father Tomas Lero,", "the imam, Sheikh Musa Bello,",
                                     "the pastor, the Rev. Tomas Lero,"])
def test_clergy_style_before_a_name(speaker):
    text = f"Floods cut the road to the valley on Sunday. {speaker[0].upper() + speaker[1:]} said two people had drowned."
    got = _of(text, "drowned").claimant
    assert got in ("Tomas Lero", "Musa Bello"), got


# 2. "the agency" is the body the report named as an agency, however many speakers came between
def test_the_agency_points_back_past_other_speakers():
    text = ("The tender for the two sites drew no offers, the Norwegian Energy Directorate Agency said on Monday.\n\n"
            "Trade Minister Kari Holm said the state would look again at the terms. Analysts at Nordea said costs "
            "had risen. The fishermen's federation said it was relieved. A person close to one of the bidders said "
            "the board had pulled out a week earlier. Wind Norway said the risk was too high.\n\n"
            "The agency denied that any bidder had asked for more time.")
    assert _of(text, "asked for more time").claimant == "Norwegian Energy Directorate Agency"


# 3. "the military" after the police is the military, not the police named before
@pytest.mark.parametrize("first,same", [("police said", False), ("the army said", True),
                                        ("the defence ministry said", True)])
def test_the_military_is_not_the_police(first, same):
    text = f"Gunmen attacked a bus near the border on Friday, {first}. The military denied that any soldier had been killed."
    before = _of(text, "Gunmen").claimant
    got = _of(text, "any soldier").claimant
    assert (got == before) is same, (before, got)
    if not same:
        assert got.lower() == "military"


# 4. a rent or price index is its compiler's word, as a report or a survey is
def test_an_index_is_its_compilers():
    text = ("Rents in Lisbon rose 6 percent in a year, according to the National Statistics Institute's quarterly "
            "rent index.")
    assert _of(text, "Rents in Lisbon").claimant == "National Statistics Institute"


# 5. a body the report introduced by what it is ("the housing charity Haven") is an 'it', never a person
def test_a_described_charity_is_its():
    text = ("The landlords' association said the law would fail. The housing charity Haven said calls to its "
            "helpline had doubled. Its statement said one in four callers faced eviction.")
    assert _of(text, "one in four").claimant == "Haven"
