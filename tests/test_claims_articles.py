"""Attribution in whole articles, session 11 (claims3): a name with a description on each side or a
participle after it, local-government titles, an outlet's reach ending at a new occasion, a letter
speaking for its writer, and statements not yet made ("is due to report"). Sentences of our own."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _of(claims, words: str):
    hit = [c for c in claims if words in (c.text or "")]
    assert hit, [(c.claimant, c.text) for c in claims]
    return hit[0]


# --- the name, not its descriptions, is the speaker ------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The founder, Lina Park, a retired nurse, said that the charity would appeal.", "Lina Park"),
    ("Its treasurer, Omar Nasser, a former banker, told the meeting that the accounts were clean.", "Omar Nasser"),
    ('"We have run out of diesel," said Kofi Mensah, a baker, reached by phone.', "Kofi Mensah"),
    ('"The water came in at night," said Anil Rao, a farmer, contacted by telephone.', "Anil Rao"),
])
def test_name_between_descriptions(text, name):
    (c,) = _claims(text)
    assert c.claimant == name, c.claimant


@pytest.mark.parametrize("text", [
    "Councillor Jane Marsh told the meeting that the library would close. Councillor Marsh said later "
    "that she regretted the vote.",
    "Alderman Jane Marsh said the library would close. Marsh added that the vote had been close.",
])
def test_council_title_is_no_part_of_the_name(text):
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["Jane Marsh", "Jane Marsh"], [c.claimant for c in claims]


def test_a_name_description_pair_still_splits():
    (c,) = _claims("Hassan Omar, a council member in Raqqa, said the bridge had collapsed.")
    assert c.claimant == "Hassan Omar" and "council member" in (c.description or "")


# --- an outlet's reach ends at a new occasion -------------------------------------------------

def test_interview_relay_stops_at_a_new_occasion():
    text = ("Rosa Lind, the mayor of Malmo, told the BBC that the bridge was unsafe. She said the city had no "
            "money.\n\nLind later told reporters in Malmo that repairs would start in May. She said the "
            "council would vote on Friday.")
    claims = _claims(text)
    assert _of(claims, "bridge was unsafe").via == ["BBC"]
    assert _of(claims, "no money").via == ["BBC"]                  # the same interview goes on
    assert _of(claims, "repairs would start").via == []            # told reporters: a new occasion
    assert _of(claims, "council would vote").via == []             # and it holds after


def test_interview_relay_without_a_new_occasion_still_spreads():
    text = ("Rosa Lind, the mayor of Malmo, told the BBC that the bridge was unsafe.\n\n"
            "Lind said the repairs would start in May.")
    assert _of(_claims(text), "repairs would start").via == ["BBC"]


# --- a letter speaks for its writer; 'she' and 'he' after a spokesperson for a body ------------

@pytest.mark.parametrize("text,words,who", [
    ("The head of the depot, Lars Berg, wrote to the board on Monday asking for a meeting. The letter said "
     "drivers had not been paid for two months.", "The letter said", "Lars Berg"),
    ("The mayor, Ana Rossi, wrote to ministers warning that the city could run out of money. The letter "
     "said schools would close first.", "The letter said", "Ana Rossi"),
    ("The analyst Tom Berg said the shares were cheap. A spokeswoman for the company said the plant would "
     "stay open. She declined to comment on the job cuts.", "to comment", "spokeswoman for the company"),
    ("The lawyer Ana Cruz said the ruling was wrong. A spokesman for the ministry said the report was "
     "accurate. He declined to comment on the appeal.", "to comment", "spokesman for the ministry"),
    # 'she' is never 'a spokesman': the nearest person named before him
    ("Maria Lopez said the vote was fair. A spokesman for the party said the count was slow. She declined "
     "to comment on the result.", "to comment", "Maria Lopez"),
])
def test_speaker_pointed_back(text, words, who):
    c = _of(_claims(text), words)
    assert c.claimant == who, c.claimant


def test_a_letter_with_no_writer_named_stays():
    (c,) = _claims("The letter said the strike would go ahead.")
    assert c.claimant.lower().endswith("letter"), c.claimant


# --- a poll speaks for its pollster ---------------------------------------------------------

@pytest.mark.parametrize("text,pollster", [
    ("An exit poll for the broadcaster TVN showed the ruling party ahead. The opposition was on 30 percent, "
     "according to the exit poll, which was conducted by the Ipsos institute.", "Ipsos institute"),
    ("Support for the mayor has fallen, a poll published on Sunday showed. The survey, carried out by the "
     "Opinium agency for the Observer, put her on 31 percent. The Greens were on 12 percent, according to "
     "the poll.", "Opinium agency"),
])
def test_poll_is_its_pollster(text, pollster):
    claims = _claims(text)
    assert claims and all(c.claimant == pollster for c in claims), [c.claimant for c in claims]


def test_poll_with_two_pollsters_stays_the_poll():
    text = ("The survey, carried out by the Opinium agency, put the mayor on 31 percent. A second survey, "
            "conducted by the YouGov institute, gave her 28 percent. The Greens were on 12 percent, according "
            "to the poll.")
    assert _of(_claims(text), "Greens").claimant.endswith("poll")


# --- a speaker hung on a fronted place ------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("In the port town of Sines, Rita Gomes, a 40-year-old teacher, said she had voted for the first time.",
     "Rita Gomes"),
    ("In the northern city of Braga, where turnout was low, Joao Pinto, a 63-year-old shopkeeper, said he had "
     "not voted.", "Joao Pinto"),
])
def test_speaker_after_a_fronted_place(text, name):
    (c,) = _claims(text)
    assert c.claimant == name, c.claimant


def test_fronted_place_with_a_subject_of_its_own():
    (c,) = _claims("In the town of Sines, turnout was low, officials said.")
    assert c.claimant == "officials"

