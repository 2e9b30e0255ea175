"""Attribution in whole articles, session 12 round 3 (claims): kinds batch 16 left open. Interview
answers labelled by initials or the whole name; a group named by what it calls itself; a denial of
a word; a disputed figure in an object-gap relative is the speaker's assertion (the codebook's
convention, training/attribution/README.md). Sentences of our own, none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _claims(text: str):
    return attribute(None, text)


def _said(text: str, c) -> str:
    return "" if c.content_start is None else text[c.content_start:c.content_end]


def _of(claims, text: str, words: str):
    hit = [c for c in claims if words in text[c.start:c.end]]
    assert hit, [(c.claimant, text[c.start:c.end]) for c in claims]
    return hit[0]


# 1. a Q&A whose answers carry the interviewee's initials or whole name, not "A:"
@pytest.mark.parametrize("label_one,label_two", [("PR:", "PR:"), ("P.R.:", "Priya Raman:"), ("Raman:", "P. R.:")])
def test_interview_answers_labelled_by_initials_or_name(label_one, label_two):
    text = ("Priya Raman is a hydrologist in Chennai who studies the city's lakes. We asked her about the coming "
            "summer. The interview has been shortened.\n\n"
            "Q: Will the reservoirs last the summer?\n\n"
            f"{label_one} Only if the rains come on time. The city uses twice what the lakes can refill.\n\n"
            "Q: The water board says the new pipeline will close the gap.\n\n"
            f"{label_two} The pipeline brings water from a river that is also falling every year.")
    cs = _claims(text)
    assert _of(cs, text, "rains come on time").claimant == "Priya Raman"
    assert _of(cs, text, "falling every year").claimant == "Priya Raman"
    assert _of(cs, text, "pipeline will close the gap").claimant == "water board"


def test_initials_of_another_name_are_not_the_interviewee():
    # "TV:" is not Priya Raman's label: that paragraph is no answer of hers
    text = ("Priya Raman is a hydrologist in Chennai. We asked her about the summer.\n\n"
            "Q: Will the reservoirs last?\n\n"
            "PR: Only if the rains come on time, and the lakes are already low.\n\n"
            "Q: And the pipeline?\n\n"
            "TV: It brings water from a river that is also falling every year.")
    cs = _claims(text)
    assert not [c for c in cs if "falling every year" in text[c.start:c.end] and c.claimant == "Priya Raman"]


# 2. a group named by what it calls itself
@pytest.mark.parametrize("text,name", [
    ("A group calling itself the Northern Shield said it had planted the bomb.", "Northern Shield"),
    ("A faction called the Free Hills Brigade said its men were not involved in the raid.", "Free Hills Brigade"),
    ("A little-known militia that calls itself the Sons of the Delta claimed the attack in a post on Telegram, "
     "saying it had targeted the pipeline.", "Sons of the Delta"),
])
def test_a_group_calling_itself_x_is_x(text, name):
    cs = _claims(text)
    assert cs and all(c.claimant == name for c in cs), [(c.claimant, c.text) for c in cs]


def test_a_group_of_people_called_someone_is_no_name():
    text = "Witnesses said a man called Ahmed had been taken away by soldiers."
    assert [c.claimant for c in _claims(text)] == ["Witnesses"]


# 3. a denial of a word or a label
@pytest.mark.parametrize("text,who", [
    ("Opposition leaders rejected the word coup.", "Opposition leaders"),
    ("The interior ministry rejected the label genocide for the killings.", "interior ministry"),
])
def test_rejecting_a_word_is_a_denial(text, who):
    c = _of(_claims(text), text, "rejected")
    assert (c.claimant, c.stance) == (who, "denies")


# 4. a disputed figure in an object-gap relative that the parser reads right (the relative clause
#    on the head noun): the speaker asserts the gapped words, and the statement it comments on keeps
#    its own stance (the figure is disputed, not the report denied)
_GAPPED = (("The rebels said 40 soldiers had died, a figure the army said was exaggerated.", "40 soldiers had died",
            "rebels", "army said was exaggerated"),
           ("The video said 12 soldiers had been killed, a toll the army said was invented.",
            "12 soldiers had been killed", "video", "army said was invented"))


def test_disputed_figure_in_a_relative_is_asserted():
    for text, claim_words, other, gap_words in _GAPPED:
        cs = _claims(text)
        first = _of(cs, text, claim_words)
        gap = [c for c in cs if c.claimant == "army"]
        assert (first.claimant, first.stance) == (other, "asserts"), text
        assert gap and gap[0].stance == "asserts" and gap_words in text[gap[0].start:gap[0].end], text


def test_figures_said_untrue_stay_a_denial():
    text = "The government said the rebels' figures were exaggerated and untrue."
    assert _of(_claims(text), text, "untrue").stance == "denies"
