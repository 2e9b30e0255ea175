"""Attribution in whole articles, session 12 round 2 (claims): rules of English reporting that batch 15
left open. A second statement after ", saying"; an object-gap relative ("a figure police said was
exaggerated"); each name's own pronoun; a plain relay that stays in its sentence; "gave her name
only as X"; a document whose author is named ("a list released by X"); a writer's aside after a
trailing "an official said,". Sentences of our own, none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _said(text: str, c) -> str:
    return "" if c.content_start is None else text[c.content_start:c.content_end]


def _of(claims, text: str, words: str):
    hit = [c for c in claims if words in _said(text, c)]
    assert hit, [(c.claimant, _said(text, c)) for c in claims]
    return hit[0]


# 1. ", saying": after an act owned with a noun ("claimed responsibility for X"), a second statement
@pytest.mark.parametrize("text,first,second", [
    ("A little-known militia claimed responsibility for the raid in a post on Telegram, saying its men had "
     "destroyed three trucks.", "responsibility", "its men had destroyed three trucks"),
    ("The navy confirmed the sinking of the ferry, saying 14 crew members had been rescued.",
     "the sinking", "14 crew members had been rescued"),
])
def test_saying_after_an_owned_act_is_a_second_statement(text, first, second):
    cs = _claims(text)
    a, b = _of(cs, text, first), _of(cs, text, second)
    assert a is not b and a.claimant == b.claimant
    assert second not in _said(text, a)


def test_saying_after_a_plain_said_stays_one_statement():
    text = "The mayor said the bridge was closed, saying engineers feared it would collapse."
    cs = _claims(text)
    assert len([c for c in cs if c.claimant == "mayor"]) <= 2
    assert _of(cs, text, "the bridge was closed").claimant == "mayor"


# 2. an object-gap relative: "a figure police said was exaggerated"
@pytest.mark.parametrize("text,outer,inner,speaker", [
    ("The union claimed 30,000 people marched, a figure police said was far too high.",
     "30,000 people marched", "was far too high", "police"),
    ("The statement said the group had killed 23 people, a figure officials said was exaggerated.",
     "had killed 23 people", "was exaggerated", "officials"),
])
def test_object_gap_relative_speaker_and_content(text, outer, inner, speaker):
    cs = _claims(text)
    c = _of(cs, text, inner)
    assert c.claimant == speaker and not c.via
    o = _of(cs, text, outer)
    assert inner not in _said(text, o) and o.claimant != speaker


def test_it_is_never_a_plural_noun_named_before():
    text = ("The union claimed 30,000 people marched, a figure police said was far too high.\n\n"
            "The interior ministry, ISPR, said the march was peaceful. It said two officers were hurt.")
    assert _of(_claims(text), text, "two officers were hurt").claimant != "police"


def test_a_complement_clause_with_its_own_subject_is_no_gap():
    text = "The agency said the toll was rising."
    assert _of(_claims(text), text, "the toll was rising").claimant == "agency"


# 3. each name's own pronoun
def test_she_is_not_a_man_the_text_called_he():
    text = ("Rosa Lind runs a shelter in the capital.\n\n"
            "The gang leader, Marco Tellez, said in a video that his men would defend the district. "
            "He denied that they had attacked the clinic.\n\n"
            "Lind said her staff now sleep at the shelter. \"We will stay,\" she said.")
    assert _of(_claims(text), text, "We will stay").claimant == "Rosa Lind"


def test_he_still_goes_to_the_man_named_before():
    text = ("Marco Tellez, who leads the gang, said in a video that his men would defend the district. "
            "He denied that they had attacked the clinic.")
    assert _of(_claims(text), text, "they had attacked the clinic").claimant == "Marco Tellez"


# 4. an outlet named for a statement relays the same speaker's later words, never earlier ones nor
# another speaker's
def test_an_outlet_relays_no_earlier_statement():
    text = ("The army did not respond to requests for comment. In a statement read on state television, "
            "the army said it had retaken the bridge.\n\nA farmer in the valley said the roads were still closed.")
    cs = _claims(text)
    assert _of(cs, text, "retaken the bridge").via == ["state television"]
    assert [c.via for c in cs if c.stance == "unconfirmed"] == [[]]
    assert _of(cs, text, "the roads were still closed").via == []


def test_an_outlet_relays_the_speakers_later_words():
    text = ("A rebel spokesman told Radio Mara that no fighters had been in the town. "
            "\"This was a market day,\" he said.")
    assert _of(_claims(text), text, "This was a market day").via == ["Radio Mara"]


# 5. "gave her name only as X"
@pytest.mark.parametrize("text,words,speaker", [
    ("Traders returned on Friday. One of them, a fish seller who gave her name only as Grace, said she had "
     "lost her stall. \"We start again,\" she said.", "We start again", "Grace"),
    ("One survivor, a 40-year-old driver who gave his name only as Musa, said the gunmen had spared him.",
     "spared him", "Musa"),
    ("One survivor, a 40-year-old driver from the north, said the gunmen had spared him.", "spared him", "One survivor"),
])
def test_the_name_given_is_the_speaker(text, words, speaker):
    assert _of(_claims(text), text, words).claimant == speaker


# 6. a document whose author is named
@pytest.mark.parametrize("text,speaker", [
    ("Most of the dead were teenagers, according to a list released by the local hospital.", "local hospital"),
    ("Prices rose by a third, according to figures from the central bank.", "central bank"),
])
def test_a_document_with_its_author_is_the_authors(text, speaker):
    assert [c.claimant for c in _claims(text)] == [speaker]


def test_a_list_of_things_names_no_one():
    assert _claims("Prices rose, according to a list of prices.") == []


# 7. a writer's aside after a trailing speech clause
def test_an_aside_after_a_trailing_said_is_not_the_content():
    text = ("A drone strike on a crowded market in the region killed at least 26 civilians on Tuesday, a local official said, "
            "in one of the deadliest attacks since fighting between the army and the militia flared two years ago.")
    c = _of(_claims(text), text, "killed at least 26 civilians")
    assert c.claimant == "local official" and "flared" not in _said(text, c)


def test_a_parenthetical_occasion_keeps_its_clause():
    text = "The minister said, in a speech on Monday, that the talks would resume."
    assert _of(_claims(text), text, "the talks would resume").claimant == "minister"
