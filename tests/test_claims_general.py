"""Attribution in whole political-news articles, session 12 (claims2): pronouns that keep the sex the
report gave a person, owned things that are 'it', titles of US copy, days that are no relay, outlets
named with what they are, statements given to outlets, pollsters named before 'poll' or after 'by',
'put X at N' as an estimate, family-name-first names, and intransitive 'write'. Sentences of our own."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _of(claims, words: str):
    hit = [c for c in claims if words in (c.text or "")]
    assert hit, [(c.claimant, c.text) for c in claims]
    return hit[0]


def test_she_skips_a_man_the_report_called_he():
    text = ('The mayor, Ines Caldera, said the bridge would reopen in May. "We are nearly there," she said. '
            'The contractor\'s manager, Paul Ferris, said the work was on schedule. "Nothing has gone wrong," he '
            'said. She added that the city would pay for the delay.')
    claims = _claims(text)
    assert _of(claims, "Nothing has gone wrong").claimant == "Paul Ferris"
    assert _of(claims, "She added").claimant == "Ines Caldera"


def test_he_skips_a_woman_the_report_called_she():
    text = ("The opposition leader, Marta Solis, told the chamber that rents had doubled. The cabinet, she said, "
            "had failed. Prime Minister Jonas Berg said rents had risen less than wages. Solis called for a vote. "
            "He argued that new building had reached a record.")
    claims = _claims(text)
    assert _of(claims, "He argued").claimant == "Jonas Berg"


def test_a_persons_campaign_is_it():
    text = ("Lopez's campaign said two debates were enough. Carter's campaign denied that it was short of money. "
            "It said it had raised 14 million dollars.")
    assert _of(_claims(text), "It said it had raised").claimant == "Carter's campaign"


@pytest.mark.parametrize("text,name", [
    ("Rep. Maria Lopez of Texas said the bill would pass next week.", "Maria Lopez"),
    ("Administrator Joan Price told the panel that the agency needed more staff.", "Joan Price"),
    ("Economist Karl Weber of Commerzbank said prices would rise.", "Karl Weber"),
])
def test_titles_and_employers_are_descriptions(text, name):
    (c,) = _claims(text)
    assert c.claimant == name


def test_a_day_is_no_relay():
    (c,) = _claims("The transport minister, Lena Holm, acknowledged in an interview with Swedish Radio on Monday "
                   "that the line would open late.")
    assert c.via == ["Swedish Radio"]


@pytest.mark.parametrize("text,via", [
    ("Union officials told the news site Dennik N that the strike would go ahead.", ["Dennik N"]),
    ("The ministry said in a statement to CNN that it stood by the figures.", ["CNN"]),
    ("The former minister Jorge Pais argued in a column in the newspaper Publico that the tax would fail.", ["Publico"]),
    ("The company said in a statement to the stock exchange that profits had fallen.", []),
])
def test_outlets_that_carried_the_words(text, via):
    (c,) = _claims(text)
    assert c.via == via


def test_pollster_before_poll_and_after_by():
    assert _claims("A YouGov poll published on Sunday found that most voters backed the plan.")[0].claimant == "YouGov"
    claims = _claims("A survey by the Kantar institute put the Greens on 14 percent. The survey found that half of "
                     "voters were undecided.")
    assert [c.claimant for c in claims] == ["Kantar institute", "Kantar institute"]
    assert _claims("The exit poll found that the Socialists led.")[0].claimant == "exit poll"


def test_put_a_figure_is_an_estimate_of_its_maker():
    claims = _claims("The National Bank of Hungary held rates. The central bank's new forecast, released with the "
                     "decision, puts growth at 1.2 percent.")
    assert _of(claims, "puts growth").claimant == "National Bank of Hungary"
    assert _claims("The government put the plan on hold.") == []


def test_family_name_first():
    claims = _claims("Seoul's foreign minister, Kim Soo-hyun, met her counterpart on Monday. Kim said the talks "
                     "had been useful.")
    assert _of(claims, "Kim said").claimant == "Kim Soo-hyun"


def test_writing_done_says_nothing():
    claims = _claims('Akinyi Wambua told supporters that her agents had been thrown out. "It was not counting. It '
                     'was writing," she said.')
    quote = _of(claims, "It was writing")
    assert quote.claimant == "Akinyi Wambua" and quote.via == []


def test_worry_with_a_clause_is_a_belief():
    (c,) = _claims("Party strategists privately worry that the seat is slipping away.")
    assert c.claimant == "Party strategists"
    assert _claims("Parents worry about the cost of school meals.") == []


def test_accusation_in_a_relative_clause_is_the_antecedents():
    (c,) = _claims('The bill was drafted by the Green Party, which accused ministers of "ignoring the science".')
    assert c.claimant == "Green Party"
    assert _claims("The party, which was accused of fraud, lost the vote.") == []


def test_a_figure_in_a_relative_clause_stays_inside_the_statement():
    (c,) = _claims("Lamb said his group would have cut the communications budget, which he put at 3 million pounds.")
    assert c.claimant == "Lamb"
