"""Event typing on sentences written for these tests (none taken from an evaluation set)."""
from datetime import datetime, timezone

import pytest

from livedesk.model import ACLED_TYPES, Report
from livedesk.read import read_report

PUB = datetime(2019, 3, 14, 10, tzinfo=timezone.utc)


def top(text: str) -> str | None:
    ev = [e for e in read_report(Report(text=text, id="t", published=PUB)).events if not e.background]
    return ev[0].sub_event_type if ev else None


@pytest.mark.parametrize("text,expected", [
    ("Government troops and rebel fighters clashed for hours on the outskirts of the town.", "Armed clash"),
    ("The army recaptured the village from the militants after a week of fighting.", "Government regains territory"),
    ("Islamic State fighters seized control of the town after government troops fled.", "Non-state actor overtakes territory"),
    ("Inspectors said sarin was used in the attack on the suburb.", "Chemical weapon"),
    ("Warplanes carried out airstrikes on the market, killing nine people.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", "Suicide bomb"),
    ("Mortar shells fired by the militants landed on a residential district.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded as a police patrol passed, wounding three officers.", "Remote explosive/landmine/IED"),
    ("An attacker hurled a grenade at a police post in the market.", "Grenade"),
    ("Gunmen opened fire on villagers returning from the fields, killing six.", "Attack"),
    ("Armed men kidnapped two aid workers on the road to the camp.", "Abduction/forced disappearance"),
    ("Militiamen raped several women during the raid on the village.", "Sexual violence"),
    ("Hundreds of students marched peacefully through the capital to demand lower fees.", "Peaceful protest"),
    ("Police fired tear gas to disperse the protesters outside parliament.", "Protest with intervention"),
    ("Security forces shot dead four protesters during the demonstration.", "Excessive force against protesters"),
    ("Rioters torched cars and smashed shop windows in the city centre.", "Violent demonstration"),
    ("An angry mob lynched a man accused of theft.", "Mob violence"),
    ("The two sides signed a ceasefire agreement in the capital.", "Agreement"),
    ("Police arrested twelve suspected militants in overnight raids.", "Arrests"),
    ("Dozens of soldiers defected to the opposition with their weapons.", "Change to group/activity"),
    ("Army engineers defused an explosive device found near the bridge.", "Disrupted weapons use"),
    ("Turkish forces set up a new observation post near the town.", "Headquarters or base established"),
    ("Fighters looted shops and homes after the residents fled.", "Looting/property destruction"),
    ("The rebels withdrew from the town and handed it over to the Kurdish forces without a fight.", "Non-violent transfer of territory"),
])
def test_typing(text, expected):
    assert expected in ACLED_TYPES
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "A magnitude 6.1 earthquake struck the coast, killing eight people and damaging hundreds of homes.",
    "Floods after heavy rain displaced thousands of families in the south.",
    "A passenger train derailed near the city, injuring 30 people.",
    "Customs officers seized 200 kilograms of cocaine hidden in a shipment of bananas.",
    "The foreign ministers met in Geneva for talks on the refugee crisis.",
    "The country expelled two diplomats over the spying affair.",
    "The group claimed responsibility for last week's attack in a statement.",
    "The minister blamed the opposition for the unrest.",
    "The weather was calm and the market reopened on Monday.",
])
def test_no_event(text):
    assert top(text) is None


def test_several_events_each_tied_to_its_sentences():
    text = ("Rebels shelled the airport on Monday.\n"
            "The weather in the capital was mild.\n"
            "Later, police arrested five men suspected of planning a bombing.")
    rd = read_report(Report(text=text, id="multi", published=PUB))
    kinds = {e.sub_event_type: e for e in rd.events}
    assert set(kinds) == {"Shelling/artillery/missile attack", "Arrests"}
    shell, arrest = kinds["Shelling/artillery/missile attack"], kinds["Arrests"]
    assert "shelled the airport" in text[shell.start:shell.end]
    assert "arrested five men" in text[arrest.start:arrest.end]
    assert "weather" not in text[shell.start:shell.end] + text[arrest.start:arrest.end]


def test_background_event_marked():
    text = ("Islamic State militants advanced on the city on Wednesday, several weeks after the "
            "government recaptured it from the extremists.")
    rd = read_report(Report(text=text, id="bg", published=PUB))
    back = [e for e in rd.events if e.background]
    assert any(e.sub_event_type == "Government regains territory" for e in back)
    assert not rd.events[0].background       # the news comes first


def test_two_events_in_one_sentence():
    text = ("ISIS militants took control of the site, seized two government checkpoints "
            "and downed a military helicopter north of the base.")
    types = {e.sub_event_type for e in read_report(Report(text=text, id="two", published=PUB)).events}
    assert "Non-state actor overtakes territory" in types
    assert "Armed clash" in types


# --- the literal pre-check in classify: it may only skip regexes that cannot match ------------

from livedesk.read import classify as classify_mod, cues as cues_mod  # noqa: E402
from livedesk.read.literals import required  # noqa: E402

_ALL_CUES = ([p for pats in cues_mod.CUES.values() for p, _ in pats] + [p for p, _ in cues_mod.NON_EVENT]
             + [cues_mod.BACKGROUND, cues_mod.PROTEST_VIOLENT, cues_mod.PROTEST_LETHAL,
                cues_mod.PROTEST_INTERVENTION, cues_mod.TERRITORY_REGAIN, cues_mod.TERRITORY_TAKE])


@pytest.mark.parametrize("pattern,expected", [
    (r"air ?strikes?", {"strike"}),
    (r"\bieds?\b|land mines?", {"ied", "land mine"}),
    (r"(?:found|seized) (?:\w+ ){0,8}(?:weapons?|arms)", {"found", "seized"}),
    (r"re-?took", {"took"}),
    (r"\w+ed|x?", None),                      # nothing every match must contain
    (r"(?i)shell", None),                     # a case-folding pattern is never pre-checked
])
def test_required_literals(pattern, expected):
    got = required(pattern)
    assert (set(got) if got is not None else None) == expected


def test_every_cue_has_a_precheck_and_it_agrees_with_the_regex():
    sentences = [text.lower() for text, _ in [
        ("Government troops and rebel fighters clashed for hours on the outskirts of the town.", 0),
        ("Warplanes carried out air strikes and barrel bombs fell; tear gas was used to disperse the crowd.", 0),
        ("Rebels recaptured the hilltop, then seized control of the highway and cut the supply route.", 0),
        ("Police arrested 12 protesters after the riot; looters ransacked shops and torched cars.", 0),
        ("An earthquake and floods hit the region months after the ceasefire agreement was signed.", 0),
        ("Sappers defused a roadside bomb; weapons were found in a cache of arms near the base.", 0),
        ("Militants pledged allegiance, deployed reinforcements and set up a new military base.", 0),
        ("Gunmen attacked the village, kidnapped two workers and blamed the army for the massacre.", 0),
    ]]
    for p in _ALL_CUES:
        anchors = required(p)
        assert anchors, p
        for s in sentences:
            m = classify_mod._rx(p).search(s)
            if m:
                assert any(a in s for a in anchors), (p, s)
            assert (classify_mod._search(p, s) is None) == (m is None)


@pytest.mark.parametrize("sentence", [
    "Residents said there were no reports of clashes in the district overnight.",
    "There was no shelling on the town overnight, a resident said.",
    "Loyalist troops did not capture the hill, the rebels insisted.",
])
def test_a_cue_the_sentence_itself_denies_tells_no_event(sentence):
    assert classify_mod.classify(sentence) == []


@pytest.mark.parametrize("sentence, kind", [
    ("No one was hurt in the air strike on the depot, the ministry said.", "Air/drone strike"),
    ("Gunmen clashed with the police near the bridge, leaving no fewer than nine dead.", "Armed clash"),
])
def test_a_no_elsewhere_in_the_sentence_does_not_deny_its_event(sentence, kind):
    assert [c.type for c in classify_mod.classify(sentence)][:1] == [kind]
