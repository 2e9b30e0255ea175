"""Actors normalised through the lexicon, with roles; weapons named; the entity ruler's fixes."""
import json
from datetime import date

import pytest

from livedesk.read import lexicon
from livedesk.read.actors import actor_type, who_did_what, report_country
from livedesk.read.nlp import get_nlp
from livedesk.read.weapons import weapons_in


def _doc(text):
    return get_nlp()(text)


@pytest.mark.parametrize("alias", ["ISIS", "IS", "ISIL", "Daesh", "Islamic State"])
def test_islamic_state_aliases(alias):
    doc = _doc(f"{alias} fighters attacked an army checkpoint near Raqqa in Syria.")
    a1, _ = who_did_what(doc[:], report_country(doc))
    assert a1 == "Islamic State"


@pytest.mark.parametrize("alias", ["regime forces", "Assad's troops", "the SAA", "Syrian government forces"])
def test_syrian_forces_aliases(alias):
    doc = _doc(f"{alias} shelled the town of Douma.")
    a1, _ = who_did_what(doc[:], report_country(doc), on=date(2016, 5, 11))
    assert a1 == "Military Forces of Syria (2000-)"


def test_is_the_verb_is_not_the_group():
    doc = _doc("The situation is tense and the road is closed.")
    assert who_did_what(doc[:], None) == (None, None)


def test_who_acted_on_whom_passive_and_active():
    doc = _doc("Iraqi security forces freed several villages from Islamic State militants.")
    assert who_did_what(doc[:], report_country(doc), on=date(2017, 7, 1)) == ("Military Forces of Iraq (2014-2018)",
                                                                             "Islamic State")
    doc = _doc("The town was captured by Hayat Tahrir al-Sham after heavy fighting with the Syrian army.")
    a1, a2 = who_did_what(doc[:], report_country(doc))
    assert a1 == "Hayat Tahrir al-Sham"


def test_generic_forces_take_the_report_country():
    doc = _doc("In Syria, government forces attacked rebel positions near Hama.")
    a1, a2 = who_did_what(doc[:], report_country(doc), on=date(2016, 5, 11))
    assert a1 == "Military Forces of Syria (2000-)"
    assert actor_type(a1) == "state forces"
    assert actor_type("Syrian rebels") == "rebels"


def test_speakers_are_not_actors():
    doc = _doc("The Syrian Observatory said that rebels shelled the Assad regime positions.")
    a1, _ = who_did_what(doc[:], report_country(doc))
    assert a1 == "Syrian rebels"


def test_lexicon_entries_are_well_formed():
    types = {"state forces", "rebels", "militants", "militia", "civilians", "foreign forces",
             "protesters", "rioters", "police", "unidentified"}
    assert all(a.type in types for a in lexicon.actors())
    raw = json.loads((lexicon.LEXICON_DIR / "weapons.json").read_text())
    from livedesk.model import ACLED_TYPES
    assert all(w["suggests"] in ACLED_TYPES or w["suggests"] is None for w in raw["weapons"])


@pytest.mark.parametrize("text,weapon", [
    ("Rebels fired a MANPADS at the helicopter.", "MANPADS"),
    ("Photos show a QW/Misagh-1 in rebel hands.", "QW/Misagh-1"),
    ("A Misagh-1 was seen near Hama.", "QW/Misagh-1"),
    ("Helicopters dropped barrel bombs on Daraa.", "barrel bomb"),
    ("A MiG-23 was shot down.", "MiG-23"),
    ("Inspectors found traces of sarin.", "sarin"),
])
def test_weapons(text, weapon):
    doc = _doc(text)
    assert weapon in weapons_in(doc[:])


def test_entity_ruler_fixes_places_and_outlets():
    doc = _doc("ISIS advanced on Palmyra after taking a site near the T-4 air base, Al-Bayan radio said. "
               "A representative of the Russian Hmeemeem Air Base spoke.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Palmyra", "GPE") in ents
    assert ("T-4 air base", "FAC") in ents
    assert ("Al-Bayan radio", "ORG") in ents
    assert ("Hmeemeem Air Base", "FAC") in ents
    assert get_nlp() is get_nlp()


def test_users_extend_the_actor_lexicon_without_code(tmp_path, monkeypatch):
    from livedesk.read import actors as actors_mod
    data = json.loads((lexicon.LEXICON_DIR / "actors.json").read_text())
    data["actors"].append({"name": "Lions of the Valley Brigade", "type": "militia", "country": "SY",
                           "aliases": ["Valley Lions"]})
    (tmp_path / "actors.json").write_text(json.dumps(data))
    (tmp_path / "weapons.json").write_text((lexicon.LEXICON_DIR / "weapons.json").read_text())
    caches = [lexicon.actors, lexicon.actor_index, actors_mod._matcher, actors_mod._countries]
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for c in caches:
        c.cache_clear()
    try:
        doc = _doc("Valley Lions attacked an army checkpoint near Hama in Syria.")
        a1, _ = who_did_what(doc[:], report_country(doc))
        assert a1 == "Lions of the Valley Brigade"
        assert actor_type(a1) == "militia"
    finally:
        monkeypatch.undo()
        for c in caches:
            c.cache_clear()
