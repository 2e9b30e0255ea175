"""Attribution in whole general-news articles, session 12 round 2 (claims2): a body named again by what
it is ("the authority", "the agency") is the nearest body whose name says so, never a nearer body of
another kind; "played down" and "declared X the winner" state a judgement; a body rejecting a proposal
votes, it denies nothing; a count's results are its counter's word; a nested statement is the inner
speaker's, relayed by the outer. Sentences of our own."""
from __future__ import annotations

from test_claims_general import _claims, _of  # attribute() on our text; the claim that says these words


def test_the_authority_skips_a_nearer_union():
    text = ("The Financial Conduct Authority said the two insurers had overcharged customers. The GMB union said "
            "the fine would cost jobs at call centres. Customers have until June to claim refunds, the authority said.")
    claims = _claims(text)
    assert _of(claims, "until June").claimant == "Financial Conduct Authority"


def test_the_agency_is_the_body_first_described_so():
    text = ("The ratings agency Fitch said it could lower the province's rating. The province's treasurer, Mark "
            "Ellison, said the deficit would shrink next year. The agency said a cut would raise borrowing costs.")
    claims = _claims(text)
    assert _of(claims, "raise borrowing costs").claimant == "Fitch"


def test_played_down_is_a_judgement_stated():
    text = "Health Minister Lena Kraus played down fears of a second wave on Monday."
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["Lena Kraus"]


def test_declared_the_winner_is_a_verdict():
    text = "The electoral board declared the Liberal candidate the winner after a recount in the riding."
    claims = _claims(text)
    assert len(claims) == 1 and "winner" in claims[0].text


def test_rejecting_a_proposal_denies_nothing():
    text = "The regional assembly rejected the governor's proposed fuel tax increase by 41 votes to 30."
    assert _claims(text) == []


def test_results_from_a_ministry_are_the_ministry_s():
    text = ("The ruling party won 61 percent of the vote, according to results from the Interior Ministry with "
            "most districts counted.")
    assert [c.claimant for c in _claims(text)] == ["Interior Ministry"]


def test_nested_statement_is_the_inner_speaker_via_the_outer():
    text = ("Transport Minister Hugo Brandt said the rail strike was costing the economy millions. A senior "
            "official said the minister had warned the rail operator that the government would not wait much longer.")
    claims = _claims(text)
    c = _of(claims, "would not wait")
    assert c.claimant == "Hugo Brandt" and c.via == ["senior official"]
