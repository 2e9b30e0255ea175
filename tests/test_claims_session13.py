"""Attribution in whole articles, session 13 (claims): kinds read on batch 18's train part. A description
set before a body's name; a live blog's time stamp; "seen by this newspaper"; a parenthetical "X, he
wrote, Y"; "he" after a person described but not named; "a teacher named X"; "In her view"; "The
company, whose ..., said"; an outlet that carried one statement; "the source" after one cited source;
"X, asked about Y, said"; "not able to say" inside a statement; "to show that". Sentences of our own,
none from a data set."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute


def _of(text: str, words: str):
    claims = attribute(None, text)
    hit = [c for c in claims if words in text[c.start:c.end]]
    assert hit, [(c.claimant, text[c.start:c.end]) for c in claims]
    return hit[0]


# 1. the description before a body's name comes off; the name speaks
@pytest.mark.parametrize("speaker, name", [
    ("the election monitor Votewatch Balkans", "Votewatch Balkans"),
    ("the opposition weekly Novi Glas", "Novi Glas"),
    ("the Vienna-based Serbian daily Vesti Danas", "Vesti Danas"),
    ("the Georgian news site Netgazeti", "Netgazeti"),
])
def test_description_before_a_name(speaker, name):
    text = f"Turnout fell below 40 percent in the northern districts, according to {speaker}."
    assert _of(text, "Turnout").claimant == name


# 2. a live blog's time stamp is no part of who speaks
def test_time_stamp_before_the_subject():
    text = ("Flooding in the delta: live. 09:10 - Rivers are still rising. "
            "14:25 - The regional outlet Delta Times says the dyke near Kampen has been breached.")
    assert _of(text, "dyke").claimant == "Delta Times"


# 3. the page's own outlet relays nothing
def test_seen_by_this_newspaper_relays_nothing():
    text = ("The finance ministry has written to the regions twice. In a letter seen by this newspaper, the ministry "
            "said the transfers would be cut by a tenth.")
    assert _of(text, "transfers").via == []


# 4. "X, he wrote, Y": the writer speaks
def test_parenthetical_writer():
    text = ("Oskar Lind, a columnist, wrote that the coalition was tired. The prime minister, he wrote, would "
            "call an election before the budget.")
    assert _of(text, "call an election").claimant == "Oskar Lind"


# 5. "he" after a person described but not named is that person
def test_he_after_a_described_person():
    text = ("The mayor, Ana Petrovic, said the water had reached the station. A ferryman who gave no name said the "
            "boats had stopped running on Monday. \"We tied them up and went home,\" he said.")
    assert _of(text, "tied them up").claimant == "ferryman"


# 6. "a teacher named X" is X
def test_a_person_named_in_the_apposition():
    text = "Her neighbour, a baker named Luka Horvat, said the shop had flooded twice."
    assert _of(text, "flooded").claimant == "Luka Horvat"


# 7. "In her view, ..." is the woman named before
def test_in_her_view():
    text = ("Mira Kostova, who studies elections at a university in Sofia, said turnout would fall again. "
            "In her view, the president will call early elections in the spring.")
    assert _of(text, "early elections").claimant == "Mira Kostova"


# 8. "The company, whose ..., said" is the firm named before
@pytest.mark.parametrize("first", ["Norvik denied that it had sold parts to the militia.",
                                   "The Danish shipping group Norvik said it was checking its records."])
def test_the_company_whose(first):
    text = f"{first} The company, whose shares fell 9 percent, said it followed every export rule."
    assert _of(text, "export rule").claimant == "Norvik"


def test_the_company_is_no_plural_speaker():
    text = ("Investors are betting that the chain will close stores. The company has said only that it is "
            "reviewing its estate.")
    assert _of(text, "reviewing").claimant != "Investors"


# 9. an outlet that carried one statement relays it and what follows, not what came before
def test_carried_by_an_agency():
    text = ("Georgia says the drone came from the north. In a statement carried by the state news agency Sakinform, "
            "it said the drone had been shot down near Gori.")
    assert _of(text, "came from the north").via == []
    assert _of(text, "shot down").via == ["Sakinform"]


# 10. "the source" after one cited source is that source
def test_the_source_after_one_source():
    text = ("Reuters reports, citing a security source in Niamey, that the convoy was attacked at dawn. The source said "
            "four soldiers were missing.")
    c = _of(text, "four soldiers")
    assert c.claimant == "security source in Niamey" and c.via == ["Reuters"]


# 11. "X, asked about Y, said"
def test_asked_between_commas():
    text = ("Chile's foreign ministry spokesman, asked about the protest at his weekly briefing, said Santiago "
            "would keep its ambassador at home.")
    assert _of(text, "ambassador at home").claimant == "Chile's foreign ministry spokesman"


# 12. "said the mission was not able to say ..." is the speaker's one statement
def test_not_able_to_say_inside_a_statement():
    text = "Helga Berg said patrols had heard shooting. She said the mission was not able to say who had fired."
    assert _of(text, "who had fired").claimant == "Helga Berg"


# 13. "X, a group that traces Y, which said ..." is X
def test_second_relative_clause_stands_for_the_body():
    text = ("The inquiry follows a study by Open Ledger, a Dutch group that tracks arms exports, which said it had "
            "found the rifles in two depots.")
    assert _of(text, "found the rifles").claimant == "Open Ledger"


# 14. "its ambassador to the European Union, X," is a person, 'he' afterwards
def test_ambassador_to_a_union_is_a_person():
    text = ("A Saudi official said the kingdom backed the talks. Chad's government welcomed the plan. Its ambassador "
            "to the African Union, Idriss Mahamat, told AFP that the plan was fair. He said N'Djamena would host the "
            "next round.")
    assert _of(text, "next round").claimant == "Idriss Mahamat"


# 15. a news site told goes on relaying the speaker's later statements
def test_news_site_told_relays_later_statements():
    text = ("\"The roof came down at midnight,\" one man, who gave his name as Davit, told the Georgian news site "
            "Batumelebi. He said the family had slept in the car.")
    assert _of(text, "slept in the car").via == ["Batumelebi"]
