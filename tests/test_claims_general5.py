"""Attribution in general news, session 13 (claims2): kinds read off the train part of
training/attribution/news_general5.txt, each fixed in general and tested here on sentences of our own
(other firms, people and places; none from a data set or from the batch)."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _of(claims, text: str, words: str):
    hit = [c for c in claims if words in text[c.start:c.end]]
    assert hit, [(c.claimant, text[c.start:c.end]) for c in claims]
    return hit[0]


# 1. a hyphenated modifier and an age between commas describe the speaker; they are no part of the name
@pytest.mark.parametrize("text,who", [
    ("A study by the London-based think tank Chatham House found that exports had fallen.", "Chatham House"),
    ("The state-owned lender Banco Nacion said it would cut rates.", "Banco Nacion"),
    ("Speaking in Leeds, retired nurse Jean Hollis, 72, said the clinic had closed.", "Jean Hollis"),
    ("Outside the town hall in Arica, retired miner Pedro Soto, 68, said he received little.", "Pedro Soto"),
])
def test_descriptions_come_off_the_name(text, who):
    assert [c.claimant for c in _claims(text)] == [who]


# 2. "the company" is the firm its own sentence names first, or the one the story called by its trade
def test_the_company_is_the_firm_named():
    text = "Volvo will cut 3,000 jobs in Sweden, the company said on Monday."
    assert [c.claimant for c in _claims(text)] == ["Volvo"]
    text = ("Lufthansa, the German airline, said it would add flights to Asia. Profit at the carrier fell 20 "
            "percent, the company said.")
    assert _of(_claims(text), text, "Profit at the carrier").claimant == "Lufthansa"
    text = "Prices will rise again next year, the company said."
    assert [c.claimant for c in _claims(text)] == ["company"]


def test_the_government_is_no_international_body():
    text = ("The OECD said growth would slow. The government denied that any deal had been made with the "
            "unions.")
    assert _of(_claims(text), text, "government denied").claimant == "government"


# 3. "the survey" / "the poll" speaks for the one pollster the story names, whichever word it used
@pytest.mark.parametrize("text,who", [
    ("A YouGov survey found that 40 percent of adults drank less. The poll found that wine sales fell.", "YouGov"),
    ("A survey of 1,500 farmers by the research firm Kynetec, published on Friday, found that many planned to "
     "cut herds. The survey found that costs had risen.", "Kynetec"),
])
def test_survey_speaks_for_its_pollster(text, who):
    assert all(c.claimant == who for c in _claims(text))


# 4. a surname alone is the person named in full before: 'he' after it is that man
def test_pronoun_after_a_surname_only_sentence():
    text = ('Karl Dorn, an economist, said rates would rise. Anna Weiss, its director, said shoppers were worried. '
            'Dorn rejected the criticism. "Every gram counts," he said.')
    assert _of(_claims(text), text, "Every gram counts").claimant == "Karl Dorn"


def test_it_after_a_body_that_took_a_side():
    text = ("The Finance Ministry said costs would rise. The Fiscal Council, an independent body that advises on "
            "public finances, questioned that estimate. In a letter to the committee, it wrote that the ministry "
            "had been too optimistic.")
    assert _of(_claims(text), text, "too optimistic").claimant == "Fiscal Council"


# 5. what describes the body a spokeswoman speaks for is said of the body
def test_spokeswoman_for_a_described_body():
    text = "A spokeswoman for Tesco, Britain's biggest retailer, said prices would stay flat."
    assert [c.claimant for c in _claims(text)] == ["spokeswoman for Tesco"]


# 6. an outlet whose name ends like a people's adjective ("Punch") is still an outlet
def test_outlet_named_before_newspaper():
    text = "Its president, Emeka Obi, said in an interview with the Punch newspaper that workers had been cheated."
    assert _claims(text)[0].via == ["Punch"]


# 7. "called X Y" with a phrase the parser hangs on the verb after the object
def test_called_x_y_with_trailing_phrase():
    text = 'Labour Minister Francisca Aránguiz called the vote "the most important social reform in 40 years".'
    assert [c.claimant for c in _claims(text)] == ["Francisca Aránguiz"]
    for text in ('The union called off the strike "for now".', 'She called for "restraint on all sides".'):
        assert _claims(text) == []


# 8. ", blaming X for Y" after a statement is the same speaker's second statement
def test_blaming_participle_is_a_second_statement():
    text = "Volvo will cut 3,000 jobs, the company said on Monday, blaming weak demand for the losses."
    cs = _claims(text)
    assert [c.claimant for c in cs] == ["Volvo", "Volvo"]


# 9. whom someone informed, and a promise told inside another's statement, say nothing of their own
def test_informed_and_nested_promise_say_nothing():
    assert _claims("The firm learned of the breach before it informed the regulator.") == []
    text = ("El Mercurio reported, citing a Finance Ministry source, that the government had also promised to "
            "fund a study.")
    cs = _claims(text)
    assert [(c.claimant, c.via) for c in cs] == [("Finance Ministry source", ["El Mercurio"])]


# 10. a for-to infinitive tells what someone is to do, not what anyone said
def test_for_to_infinitive_says_nothing():
    text = "The council urged anyone offered cash for a vote to report it."
    assert all("vote" != c.claimant for c in _claims(text))
    assert _claims("It is time for the minister to explain why the money was spent.") == []


# 11. a word of judgement said of a law, a plan or an offer asserts; said of someone's words it denies them
@pytest.mark.parametrize("text,stance", [
    ("Critics say the law is unfair.", "asserts"),
    ("The union said the pay offer was unfair.", "asserts"),
    ("The minister said the accusations were unfair.", "denies"),
    ("Police said the figures were exaggerated.", "denies"),
])
def test_judgement_words_deny_only_what_was_said(text, stance):
    assert [c.stance for c in _claims(text)] == [stance]
