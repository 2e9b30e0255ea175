"""Attribution, session 13 wave 2b (claims3): "it is understood"; a silence ("has not said whether")
told alone or inside another's statement; "Nobody from X has said" inside a quotation; a person's job
before a name the tagger calls a place; a party's standing before its name; a body's name with an
appositive of what it is; one of the people an outlet cited. Sentences of our own, none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _of(text: str, words: str):
    claims = attribute(None, text)
    hit = [c for c in claims if words in text[c.start:c.end]]
    assert hit, [(c.claimant, text[c.start:c.end]) for c in claims]
    return hit[0]


@pytest.mark.parametrize("text, words", [
    ("The new container terminal will not open before 2027, it is understood.", "terminal"),
    ("Talks resumed in Doha on Sunday. It is understood that Egypt's mediators will skip the next round.",
     "mediators"),
])
def test_it_is_understood(text, words):
    c = _of(text, words)
    assert (c.claimant, c.stance) == ("unnamed reports", "uncertain")


def test_i_understand_is_no_statement():
    assert attribute(None, "I understand your concern about the delays.") == []


@pytest.mark.parametrize("text, words", [
    ("The coast guard has not said whether any of the crew survived.", "crew"),
    ("The ministry did not say who would pay for the new buses.", "buses"),
    ("The governor has not said when the bridge will reopen.", "bridge"),
])
def test_unanswered_question_is_unconfirmed(text, words):
    assert _of(text, words).stance == "unconfirmed"


def test_did_not_say_that_stays_uncertain():
    assert _of("The army did not say that the town had fallen.", "town").stance == "uncertain"


def test_silence_told_inside_a_statement_is_the_teller_s():
    text = "Its chairman, Marek Zając, said the council had not said who would pay for the shelters."
    c = _of(text, "shelters")
    assert (c.claimant, c.via, c.stance) == ("Marek Zając", [], "asserts")


def test_nobody_inside_a_quotation_is_the_quoted_speaker():
    text = ('"I heard it from a neighbour," said Hana Dvořák, a retired nurse. '
            '"Nobody from the town hall has said a word."')
    c = _of(text, "town hall")
    assert (c.claimant, c.stance) == ("Hana Dvořák", "asserts")


@pytest.mark.parametrize("text, name", [
    ("Opposition lawmaker Levan Kipiani, who marched with students, told the channel Pirveli that police had "
     "used pepper spray.", "Levan Kipiani"),
    ("Local activist Tamta Abashidze said the rally would go ahead on Friday.", "Tamta Abashidze"),
])
def test_a_job_before_a_name(text, name):
    assert _of(text, "police" if "police" in text else "rally").claimant == name


@pytest.mark.parametrize("text, name", [
    ("The opposition Freedom party said the budget would hurt pensioners.", "Freedom party"),
    ("The centre-left Civic Alliance party said it would abstain in the vote.", "Civic Alliance party"),
])
def test_a_party_s_standing_comes_off(text, name):
    assert _of(text, "said").claimant == name


def test_the_ruling_party_unnamed_stays():
    assert _of("The ruling party said the vote would go ahead.", "vote").claimant == "ruling party"


def test_a_body_s_name_then_what_it_is():
    text = "The Human Rights Commissioner's office, Moldova's ombudsman, said three inmates had bruises."
    assert _of(text, "inmates").claimant == "Human Rights Commissioner's office"


def test_one_of_the_people_an_outlet_cited():
    text = ("The Daily Monitor reported, citing three villagers in Kitgum, that soldiers had burned huts on "
            "Friday. One of the villagers said two men were shot.")
    c = _of(text, "two men")
    assert (c.claimant, c.via) == ("One of the villagers", ["Daily Monitor"])


def test_one_of_the_people_with_no_outlet_has_no_relay():
    text = "Three villagers said soldiers had burned huts. One of the villagers said two men were shot."
    assert _of(text, "two men").via == []


@pytest.mark.parametrize("text", [
    "Thousands of people protested outside parliament against a bill that would make charities register as "
    "\"foreign agents\".",
    "Police urged residents of the lower town to stay indoors.",
])
def test_acts_are_no_statements(text):
    assert attribute(None, text) == []


def test_a_protest_that_tells_what_is_protested():
    c = _of("Dairy farmers protested that the new quotas would ruin them.", "quotas")
    assert c.claimant == "Dairy farmers"


def test_a_study_is_its_author_s():
    text = ("A University of Lisbon study found that pupils slept longer. According to a survey by the pollster "
            "Aximage, 70 percent back the ban. The survey found that older parents agreed. The study also found "
            "that marks rose.")
    assert _of(text, "slept").claimant == "University of Lisbon"
    assert _of(text, "marks rose").claimant == "University of Lisbon"
    assert _of(text, "older parents").claimant == "Aximage"


def test_the_study_after_authors_spoke_in_it():
    text = ("Researchers at the Wolfson Institute said in a study published in May that rainfall had fallen. "
            "The study projected that summers would grow longer.")
    assert _of(text, "summers").claimant == "Researchers at the Wolfson Institute"


def test_guidance_is_its_body_s_and_the_paper_saw_only_it():
    text = ("Portugal will ban phones in schools, the education ministry announced. The ministry's guidance, seen "
            "by the newspaper Publico, says pupils with diabetes may keep their phones. The ministry said private "
            "schools were exempt.")
    assert (_of(text, "diabetes").claimant, _of(text, "diabetes").via) == ("education ministry", ["Publico"])
    assert _of(text, "Portugal will").via == []
    assert _of(text, "private").via == []


def test_who_is_said_of_a_person_not_a_country():
    text = ("Marta Zielińska, who has two sons at a school in Kraków, said the ban made sense. "
            "The ministry said pupils may keep phones.")
    assert _of(text, "pupils may").claimant == "ministry"
