"""Attribution in whole general-news articles, session 12 round 3 (claims2): an outlet named by a place
and a word ("Myanmar Now") relays by its whole name, never the country; a body whose name holds a masthead
word ("Canada Post") is an outlet only where the lexicon or the text says so; "the group's statement said"
is the group the text named, though it spoke by no verb of its own; "X, who had called A B, said ..." is
two statements of X; "X data" is X's. Sentences of our own."""
from __future__ import annotations

from test_claims_general import _claims, _of  # attribute() on our text; the claim that says these words


def test_told_an_outlet_named_by_a_country_relays_by_its_whole_name():
    claims = _claims("Fishermen in the delta told Myanmar Now that soldiers had burned their boats.")
    assert _of(claims, "burned").via == ["Myanmar Now"]


def test_according_to_a_listed_outlet_named_by_a_country():
    claims = _claims("According to Myanmar Now, the junta had closed the border crossing at dawn.")
    assert _of(claims, "border crossing").claimant == "Myanmar Now"


def test_an_unlisted_outlet_keeps_its_whole_capitalised_run():
    claims = _claims("A nurse told Lusaka Evening Courier that the clinic had run out of insulin.")
    assert _of(claims, "insulin").via == ["Lusaka Evening Courier"]


def test_a_name_after_told_that_starts_what_is_said_stays_in_it():
    claims = _claims("The mayor told Reuters Israel had closed the crossing overnight.")
    assert all("Israel" not in v for c in claims for v in c.via)


def test_a_postal_service_is_no_newspaper_and_is_the_corporation():
    text = ("Canada Post said its offer to the carriers was fair. The union said it would keep striking. "
            "The corporation said it had lost 400 million dollars this year.")
    claims = _claims(text)
    assert _of(claims, "offer to the carriers").claimant_kind != "newspaper/broadcaster"
    assert _of(claims, "400 million").claimant == "Canada Post"
    assert _of(claims, "keep striking").claimant != "Canada Post"


def test_a_masthead_the_text_calls_a_newspaper_stays_one():
    claims = _claims("The Denver Post reported that the sheriff would resign. The newspaper said two deputies had confirmed it.")
    assert _of(claims, "sheriff").claimant_kind == "newspaper/broadcaster"


def test_the_groups_statement_is_the_group_named_before():
    text = ("The consumer group Which? welcomed the ruling. Its director, Helen Dray, said fees had risen. "
            "The group's statement said customers had overpaid by 90 pounds a year.")
    assert _of(_claims(text), "overpaid").claimant == "Which?"


def test_who_had_called_a_b_is_a_second_statement_of_the_speaker():
    text = 'Okafor, who had called the tariff "the least painful choice", said he would defend it in parliament.'
    claims = _claims(text)
    assert [c.claimant for c in claims].count("Okafor") == 2
    said = sorted(text[c.content_start:c.content_end] for c in claims)
    assert said[0].startswith("he would defend") and said[1] == 'the tariff "the least painful choice"'


def test_who_called_for_is_no_statement():
    claims = _claims("Kerr, who called for a recount, said the result was wrong.")
    assert len(claims) == 1


def test_data_of_a_body_is_the_bodys():
    assert _of(_claims("Bond yields barely moved, according to Refinitiv data."), "yields").claimant == "Refinitiv"
    assert _of(_claims("Official data showed exports fell 3 percent in May."), "exports").claimant != "Official"
