"""Attribution in whole articles, session 12 (claims): a speaker described again by the head noun of
its first description ("the diplomat", "the executive", "the mission"), pronouns that fit a person
placed by where they work ("a nurse at the clinic ... she said") and never a body that an apposition
describes, 'it' never a person named by a role, accented family names, and dates that relay nothing.
Sentences of our own, none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _of(claims, words: str):
    hit = [c for c in claims if words in (c.text or "")]
    assert hit, [(c.claimant, c.text) for c in claims]
    return hit[0]


@pytest.mark.parametrize("text,later,speaker", [
    ('A European diplomat in Nairobi said the talks had stalled. "Nobody wants to move first," the diplomat said.',
     "Nobody wants", "European diplomat in Nairobi"),
    ("A senior manager at one of the big grain traders said prices would rise. The manager added that "
     "stocks in the port were low.", "stocks in the port", "senior manager at one of the big grain traders"),
    ("The UN Assistance Mission in Iraq, UNAMI, said it was worried by the clashes. The mission added that it "
     "had spoken to both sides.", "had spoken to both sides", "UNAMI"),
])
def test_a_description_again_is_the_speaker_first_described(text, later, speaker):
    assert _of(_claims(text), later).claimant == speaker


def test_a_new_description_is_not_taken_for_an_earlier_speaker():
    cs = _claims("A local farmer said the river had risen overnight. The engineer said the dam was safe.")
    assert _of(cs, "the dam was safe").claimant != "local farmer"


def test_she_is_the_person_placed_at_a_workplace_not_an_earlier_official():
    cs = _claims('A district official said the road was closed. A midwife at the town clinic said the clinic '
                 'had no power. "We deliver babies by torchlight," she said.')
    assert _of(cs, "torchlight").claimant == "midwife at the town clinic"


def test_a_body_described_by_apposition_is_not_she():
    text = ('Ruth Amadi said the count would go on.\n\nThe UN mission, UNMISS, said in a report that 40,000 '
            'people had fled.\n\nAmadi said the team had moved offices. "We will not stop," she said.')
    assert _of(_claims(text), "We will not stop").claimant == "Ruth Amadi"


def test_it_is_a_body_not_a_person_named_by_role():
    cs = _claims("The Coastal Guard Command said patrols had been doubled. A commander of the Coastal Guard "
                 "Command, speaking on condition of anonymity, said two boats were missing. It said the "
                 "search would resume at dawn.")
    assert _of(cs, "search would resume").claimant == "Coastal Guard Command"


@pytest.mark.parametrize("full,short", [("Lucía Peña", "Peña"), ("Jürgen Müller", "Müller"),
                                        ("Inés Ríos", "Ríos")])
def test_an_accented_family_name_takes_the_full_name(full, short):
    text = f"{full} has farmed the valley for thirty years.\n\n\"The frost came early,\" {short} said."
    assert _of(_claims(text), "frost came early").claimant == full


def test_a_month_relays_nothing():
    cs = _claims("The rebel command did not answer questions. In a communique published in March, it said "
                 "its units had left the valley.")
    c = _of(cs, "left the valley")
    assert "March" not in c.via


def test_a_hyphenated_first_name_still_gives_one_full_name():
    text = ("Jean-Paul Akono, the former director, was cleared in May.\n\n"
            "\"I was never told,\" Akono said.")
    assert _of(_claims(text), "never told").claimant == "Jean-Paul Akono"
