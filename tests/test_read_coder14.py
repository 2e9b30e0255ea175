"""Codebook rules met in session 13's coder notes (issue 14), on sentences of our own:
- state forces retaking a place with allied fighters, as one subject, regain it (Government regains
  territory: government forces or their affiliates);
- a detention after which the person is disappeared is an abduction/forced disappearance, whether
  the same sentence or the next one says so;
- "fought" is a verb of fighting: soldiers who fought a group they took for civilians still clashed."""
from datetime import datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import read_report

PUB = datetime(2023, 5, 12, 8, tzinfo=timezone.utc)


def _main(text: str):
    rd = read_report(Report(text=text, id="t", published=PUB))
    ev = [e for e in rd.events if not e.background]
    return ev[0].sub_event_type if ev else None


@pytest.mark.parametrize("text", [
    "On 8 May 2023, Nigerian troops and CJTF fighters took back the village of Kirawa (Borno) from ISWAP after a battle.",
    "On 9 May 2023, the army and Dozo hunters drove the militants out of Sokoura (Mopti) and reoccupied the village.",
])
def test_state_forces_with_allied_fighters_regain(text):
    assert _main(text) == "Government regains territory"


def test_militants_alone_still_overtake():
    assert _main("On 9 May 2023, JNIM fighters overran the gendarmerie post at Boulsa (Namentenga) and "
                 "took control of the town.") == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "On 9 May 2023, soldiers detained a lawyer at a checkpoint in Gao. His whereabouts remain unknown.",
    "On 9 May 2023, intelligence agents detained a blogger in Tunis and took him to an unknown location.",
])
def test_detention_then_disappearance_is_abduction(text):
    assert _main(text) == "Abduction/forced disappearance"


def test_plain_arrest_stays_arrest():
    assert _main("On 9 May 2023, police arrested a journalist in Tunis over a radio interview.") == "Arrests"


def test_fought_with_people_is_still_a_clash():
    assert _main("On 9 May 2023, soldiers fought with gold miners near Kalsaka (Yatenga) for two hours.") == "Armed clash"
