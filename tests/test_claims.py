"""Attribution: claimant, relay chain and stance, on the seed page and on sentences of our own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from livedesk.model import Report
from livedesk.read.claims import attribute, voice
from livedesk.read.claims_eval import judge
from livedesk.read.claims_sources import classify, lookup, origin_key, same_source

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "seed"


def _one(text: str):
    claims = attribute(None, text)
    assert claims, f"no claim found in {text!r}"
    return claims


@pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="seed data not present")
def test_seed_core_claims_have_right_claimant_relays_and_stance():
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    text = (SEED / gold["document"]).read_text(encoding="utf-8")
    report = Report(text=text, outlet="The Interpreter", author="James Miller")
    claims = attribute(None, text, report)
    verdicts = [judge(text, claims, g, report)
                for ev in gold["events"] if ev.get("core") for g in ev.get("claims", [])]
    right = sum(v.ok for v in verdicts)
    bad = [(v.cue, v.got and (v.got.claimant, v.got.via, v.got.stance)) for v in verdicts if not v.ok]
    assert right / len(verdicts) >= 0.9, bad
    # every claim's offsets point at its own text
    for c in claims:
        assert text[c.start:c.end] == c.text


def test_nested_trailing_attribution_gives_inner_claimant_and_outer_relay():
    (c,) = _one("Rebels said they shot down a government jet over Hama, AFP reported.")
    assert c.canonical == "Syrian rebels" and c.via == ["Agence France-Presse"]


def test_relay_inside_complement():
    text = "Masdar notes that the Syrian government has not confirmed the incident."
    (c,) = _one(text)
    assert same_source(c.claimant, "Syrian government")
    assert c.via == ["Al-Masdar News"] and c.stance == "unconfirmed"


@pytest.mark.parametrize("text,stance", [
    ("The Pentagon denied that its aircraft had struck the hospital in Raqqa.", "denies"),
    ("A spokesman for the Russian Defence Ministry confirmed that two soldiers were killed.", "confirms"),
    ("The ministry said it could not confirm the reports of shelling in Idlib.", "unconfirmed"),
    ("Twenty fighters were reportedly killed in the clashes near Manbij.", "uncertain"),
    ("Residents said the militants may have been targeting the checkpoint.", "uncertain"),
    ("The army has not commented on the report.", "unconfirmed"),
    ("Local officials said a car bomb killed nine people at the market.", "asserts"),
])
def test_stance(text, stance):
    assert _one(text)[0].stance == stance


def test_quoted_and_cited_sources_are_the_claimant_and_the_quoter_relays():
    (c,) = _one("SANA quoted a military source as saying that army units repelled an attack.")
    assert c.claimant == "military source" and c.via == ["SANA"] and c.claimant_kind == "official"


def test_unnamed_source_stays_the_claimant_and_the_outlet_it_told_relays():
    (c,) = _one("Witnesses told Reuters that helicopters dropped barrel bombs on the market.")
    assert c.claimant == "Witnesses" and c.via == ["Reuters"] and c.claimant_kind == "local witness"


def test_semicolon_separates_two_statements():
    claims = _one("Ukraine's General Staff said its forces repelled eleven attacks near Bakhmut; "
                  "Russian state media reported that the town had been encircled.")
    assert [c.canonical for c in claims] == ["Ukrainian General Staff", "RIA Novosti"]
    assert all(c.via == [] for c in claims)
    assert claims[1].claimant_kind == "state media" and claims[1].alignment == "Military Forces of Russia"


def test_contradicting_parties_in_one_sentence():
    claims = _one("Amaq claimed the attack, but Iraqi officials said the blast was caused by a gas cylinder.")
    kinds = {c.canonical: c.claimant_kind for c in claims}
    assert kinds == {"Amaq": "militant media", "Iraqi Joint Operations Command": "official"}


def test_quoted_block_after_an_introduction_speaks_in_its_owners_voice():
    text = ("Reuters reports that fighting resumed overnight:\n"
            "Government forces shelled the northern districts of the town before dawn.\n"
            "We will keep following the story.")
    report = Report(text=text, outlet="Our Desk")
    claims = attribute(None, text, report)
    s = text.index("Government forces")
    (c,) = voice(claims, s, s + 20, report)
    assert c.canonical == "Reuters"
    # the author's own line after the block is the report's own voice
    s = text.index("We will")
    (own,) = voice(claims, s, s + 10, report)
    assert own.claimant == "Our Desk" and own.via == []


def test_pronoun_follows_the_previous_speaker_and_inherits_the_relay_named_later():
    text = ("Reuters reports:\n"
            "Amaq said the group captured a village. It said it also seized weapons. "
            "The capture cuts a road, Amaq said, the Associated Press reported.")
    claims = attribute(None, text, Report(text=text, outlet="Desk"))
    amaq = [c for c in claims if c.canonical == "Amaq"]
    assert len(amaq) >= 3
    assert amaq[0].via == ["Associated Press", "Reuters"], amaq[0]
    assert amaq[1].via == ["Associated Press", "Reuters"], amaq[1]


def test_lexicon_folds_spellings_and_mouthpieces_share_an_origin():
    assert lookup("the Observatory").name == lookup("SOHR").name
    assert lookup("Hmeemeem").name == lookup("Khmeimim air base").name
    assert lookup("is") is None                      # the verb is not the group
    a, b = classify("Al-Bayan"), classify("Amaq News Agency")
    assert origin_key(a.name, a.kind, a.alignment) == origin_key(b.name, b.kind, b.alignment)
    m, s = classify("Al-Masdar News"), classify("SANA")
    assert origin_key(m.name, m.kind, m.alignment) != origin_key(s.name, s.kind, s.alignment)
    assert classify("Syrian state television").kind == "state media"
    assert classify("local residents").kind == "local witness"


def test_wire_story_patterns():
    text = ("Syrian state media denied the reports, saying the army had targeted militant positions.\n"
            "The group claimed the bombing in a statement posted online, but the claim could not be "
            "independently verified.\n"
            "Russia's Defense Ministry has not commented on the strike, which came a day after Moscow "
            "announced a ceasefire.")
    claims = attribute(None, text, Report(text=text, outlet="Associated Press"))
    got = {(c.canonical or c.claimant, c.stance, tuple(c.via)) for c in claims}
    # a participle continues its head's statement: the denial stays a denial
    assert ("SANA", "denies", ()) in got
    # what the outlet could not verify is the outlet's own word, not a relay of the claim
    assert ("Associated Press", "unconfirmed", ()) in got
    assert ("group", "asserts", ()) in got
    # a speech verb in a relative clause is its own statement, not relayed by the main verb
    assert ("Russian Defence Ministry", "unconfirmed", ()) in got
    assert ("Russian government", "asserts", ()) in got


@pytest.mark.parametrize("text,claimant,kind,alignment,via", [
    ("Ukraine says it has shot down 20 drones over Kyiv.", "Ukraine", "official", "Military Forces of Ukraine", []),
    ("A senior US official, speaking on condition of anonymity, told Reuters that the convoy was hit.",
     "senior US official", "official", "Military Forces of the United States", ["Reuters"]),
    ("The claims were dismissed by Moscow as fake news.", "Moscow", "official", "Military Forces of Russia", []),
    ("Witnesses said gunmen opened fire on the crowd, according to Reuters.", "Witnesses", "local witness", None,
     ["Reuters"]),
    ("Reuters, citing two security sources, reported that the commander had been killed.",
     "two security sources", "unnamed", None, ["Reuters"]),
    ("The Syrian Observatory, a Britain-based monitoring group, said 40 fighters were killed.",
     "Syrian Observatory", "monitor", None, []),
    ("The pro-Assad Al-Masdar News reported that a helicopter was downed.", "Al-Masdar News",
     "newspaper/broadcaster", "Military Forces of Syria", []),
])
def test_claimant_kind_alignment_and_relays(text, claimant, kind, alignment, via):
    c = _one(text)[0]
    assert (c.claimant, c.claimant_kind, c.alignment, c.via) == (claimant, kind, alignment, via)


def test_a_clause_introduced_by_while_is_not_relayed_by_the_main_verb():
    claims = _one("The Houthis claimed responsibility, while Saudi state media said the missile was intercepted.")
    assert [(c.canonical or c.claimant, c.via) for c in claims] == [("Houthis", []), ("Saudi state media", [])]


def test_live_blog_entries_statements_quotes_and_stamps():
    text = ("14:05 GMT\n"
            "The defence ministry in Kyiv has put out a statement:\n"
            "\"Our units repelled four assaults near the village overnight. The enemy lost two tanks.\n"
            "\"The situation remains difficult but under control.\"\n"
            "The pro-Kremlin channel Rybar claims the village was taken at dawn.\n"
            "13:20 GMT\n"
            "Air raid sirens sounded across the south this morning.\n"
            "We have not been able to verify these reports independently.")
    report = Report(text=text, outlet="World Desk")
    claims = attribute(None, text, report)
    for words in ("The enemy lost two tanks", "The situation remains difficult"):
        s = text.index(words)
        (c,) = voice(claims, s, s + len(words), report)
        assert c.claimant == "defence ministry in Kyiv" and c.alignment == "Military Forces of Ukraine"
    rybar = next(c for c in claims if "Rybar" in c.claimant)
    # "pro-Kremlin" says whose side it is on, not that the Kremlin is speaking
    assert rybar.canonical is None and rybar.alignment == "Military Forces of Russia"
    assert rybar.claimant_kind == "newspaper/broadcaster"
    # the time stamp ends the quoted block: the sirens are the desk's own report
    s = text.index("Air raid")
    assert voice(claims, s, s + 10, report)[0].claimant == "World Desk"
    assert any(c.claimant == "World Desk" and c.stance == "unconfirmed" for c in claims)


def test_any_arrangement_of_lines_gives_valid_offsets():
    import random
    lines = ["Reuters reports:", "Amaq said fighters took the town.", "[…]", "It said more would follow.",
             "Breaking", "12:40", "Strikes hit Idlib", "The ministry denied it, saying nothing was hit.",
             "“We saw the planes,” a resident told AFP.", "", "— Staff", "According to the UN:",
             "Reportedly, ten people died; officials have not confirmed.", "Kyiv says:", "x", ":", "\"", "…"]
    rng = random.Random(5)
    for _ in range(40):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 9)))
        for c in attribute(None, text, Report(text=text, outlet="Desk")):
            assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text
            assert c.stance in ("asserts", "denies", "unconfirmed", "confirms", "uncertain")
            assert c.claimant and c.claimant not in c.via


def test_a_definite_description_points_back_to_the_speaker_named_before():
    text = ("The Syrian Observatory for Human Rights said 20 fighters died. "
            "The monitor said the toll could rise. The statement added that two villages were hit.")
    claims = attribute(None, text)
    assert [c.canonical for c in claims] == ["Syrian Observatory for Human Rights"] * 3


def test_unlisted_people_and_organisations_get_a_kind():
    (c,) = _one("Abu Yazan told reporters that the road was cut.")
    assert c.claimant_kind == "person"


def test_conjoined_speakers_each_make_the_claim():
    claims = _one("The observatory and the Reuters news agency said at least 23 people were killed.")
    assert sorted(c.canonical for c in claims) == ["Reuters", "Syrian Observatory for Human Rights"]
    assert len({(c.start, c.end) for c in claims}) == 1


def test_layout_kinds():
    from livedesk.read.claims_layout import split
    kinds = [p.kind for p in split("• 12 killed in Idlib\n1. Strikes on Aleppo\nUpdate 3\n"
                                   "Rebels push into the town\nAP reports:\n[…]\n— A. Writer\n\n"
                                   "A New Weapon Appears – bellingcat")]
    assert kinds == ["body", "body", "stamp", "headline", "intro", "elision", "signature", "headline"]
    assert split("A New Weapon Appears – bellingcat")[0].suffix_outlet == "bellingcat"


def test_either_alone_is_not_a_hedge():
    assert _one("Witnesses said troops were deployed on either side of the road.")[0].stance == "asserts"
    assert _one("Officials said the jet either crashed or was shot down.")[0].stance == "uncertain"


FAKES = SEED.parent / "fakes" / "dev.jsonl"


def _fakes_sentence(item: str, words: str) -> str:
    """The sentence of a FA-KES article holding `words`, read at run time (dev text is never copied
    into the repository)."""
    if not FAKES.exists():
        pytest.skip("../shared/data/fakes not present")
    for line in FAKES.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        if o.get("id") == item and words in o.get("text", ""):
            t = o["text"]
            i = t.index(words)
            start = t.rfind(". ", 0, i) + 2 if t.rfind(". ", 0, i) >= 0 else 0
            end = t.find(". ", i)
            return t[start:end + 1 if end >= 0 else len(t)]
    pytest.skip(f"{FAKES}: item {item} not found")


@pytest.mark.parametrize("source", ["own", "fakes"])
def test_only_sources_attribute_and_only_outlets_travel_as_relays(source):
    # A source saying how it works ("says it determines ...") is no outlet that relays what follows.
    method = (_fakes_sentence("fakes-1923848121", "determines whose planes") if source == "fakes" else
              "The Observatory says it tells Syrian from Russian jets by their flight paths and the bombs they drop.")
    text = ("The Observatory chief Rami Abdel Rahman told AFP that six civilians were killed. "
            + method + " The Observatory said nine more died on Thursday.")
    claims = attribute(None, text)
    assert all(c.via in ([], ["Agence France-Presse"]) for c in claims), [(c.claimant, c.via) for c in claims]
    assert claims[-1].via == ["Agence France-Presse"]


def test_an_embedded_post_speaks_for_its_author():
    text = ("Journalists report that the convoy crossed the border this morning:\n"
            "Convoy of 40 trucks just crossed at Izvaryne, no markings on them\n"
            "— Ruslan Leviev (@Ruslan_Leviev) May 11, 2016\n"
            "This is the third such convoy this month.")
    report = Report(text=text, outlet="Desk")
    claims = attribute(None, text, report)
    s = text.index("Convoy of 40")
    (c,) = voice(claims, s, s + 12, report)
    assert (c.claimant, c.via) == ("Ruslan Leviev", [])
    s = text.index("This is the third")
    assert voice(claims, s, s + 10, report)[0].claimant == "Desk"


# --- every shape news uses (sentences written for these tests; none in the training data) ---

def _only(text: str):
    claims = _one(text)
    assert len(claims) == 1, [(c.claimant, c.via, c.stance) for c in claims]
    return claims[0]


@pytest.mark.parametrize("text,claimant,description,kind", [
    ('"Nobody has come to help us," said Leila Mansour, a teacher in Tartus.', "Leila Mansour",
     "a teacher in Tartus", "person"),
    ('"The bridge is gone," said a fisherman from Kherson, Petro Hnatiuk.', "Petro Hnatiuk",
     "a fisherman from Kherson", "person"),
    ("Abdi Warsame, a district commissioner in Baidoa, said the convoy was ambushed at dawn.",
     "Abdi Warsame", "a district commissioner in Baidoa", "official"),
])
def test_apposition_gives_the_person_and_keeps_the_description_apart(text, claimant, description, kind):
    c = _only(text)
    assert (c.claimant, c.description, c.via) == (claimant, description, [])
    assert c.claimant_kind == kind


@pytest.mark.parametrize("text,claimant,via", [
    # "X said ..., Y reported": X is the origin, Y relays it
    ("Amaq said the group's fighters had seized a gas field near Homs, the Associated Press reported.",
     "Amaq", ["Associated Press"]),
    ("Army units repelled an attack on the airport, the defence ministry said, Xinhua reported.",
     "defence ministry", ["Xinhua"]),
    ("Hezbollah said it had hit a radar post, according to Al Jazeera.", "Hezbollah", ["Al Jazeera"]),
    # "Y, citing X" and "Citing X, Y said"
    ("Citing Reuters, the newspaper said that Houthi fighters downed a drone over Marib.", "Reuters",
     ["newspaper"]),
    ("The BBC, citing hospital staff, said 14 people had died in the shelling of Kramatorsk.",
     "hospital staff", ["BBC"]),
    ("Gunmen burned the market in Bunia, Radio Okapi reported, citing local chiefs.", "local chiefs",
     ["Radio Okapi"]),
    # "X told Y": X speaks, Y relays
    ("A senior commander told Reuters that the brigade had lost a third of its tanks.", "senior commander",
     ["Reuters"]),
    ("\"We had no warning,\" a nurse at the clinic told the BBC.", "nurse at the clinic", ["BBC"]),
    # "X was quoted (by Y) as saying"
    ("The governor was quoted by Interfax as saying that two substations were on fire.", "governor",
     ["Interfax"]),
    # nested relays, origin first
    ("Newsweek, citing the Associated Press, reported that Al-Bayan radio said the fighters had taken the airport.",
     "Al-Bayan radio", ["Associated Press", "Newsweek"]),
    ("Sky News reported that Reuters had quoted a police officer as saying the blast was a car bomb.",
     "police officer", ["Reuters", "Sky News"]),
])
def test_relay_chain_runs_from_the_origin_to_the_reader(text, claimant, via):
    c = _only(text)
    assert same_source(c.claimant, claimant) and [lookup(v).name if lookup(v) else v for v in c.via] == [
        lookup(v).name if lookup(v) else v for v in via], (c.claimant, c.via)


def test_a_closing_attribution_speaks_for_the_whole_sentence():
    text = ("Gunmen stormed a police post outside Mopti before dawn on Sunday, killing three officers and "
            "burning two vehicles, the Malian army said.")
    c = _only(text)
    assert c.claimant == "Malian army" and c.start == 0 and c.stance == "asserts"


@pytest.mark.parametrize("text,claimant,stance", [
    ("Kremlin Denies Strike On Kharkiv Market", "Kremlin", "denies"),
    ("Ukraine Refutes Reports Of Withdrawal From Vuhledar", "Ukraine", "denies"),
    ("Hamas dismisses Israeli account of hospital raid as fabricated", "Hamas", "denies"),
    ("Pentagon Confirms Drone Strike In Northern Syria", "Pentagon", "confirms"),
    ("Sudan army says it retook refinery north of Khartoum", "Sudan army", "asserts"),
    ("Two soldiers killed in ambush near Timbuktu: army", "army", "asserts"),
])
def test_headlines_in_any_case(text, claimant, stance):
    c = _only(text)
    assert (c.claimant, c.stance) == (claimant, stance)


def test_pronouns_and_descriptions_take_the_nearest_fitting_speaker():
    text = ("The Syrian Observatory for Human Rights said 11 fighters died near Tadmur. "
            "Omar Hadid, a local councillor, said the road was closed. "
            "The monitor added that two of the dead were commanders. He said more bodies were expected.")
    got = [(c.canonical or c.claimant) for c in _one(text)]
    assert got == ["Syrian Observatory for Human Rights", "Omar Hadid", "Syrian Observatory for Human Rights",
                   "Omar Hadid"]


@pytest.mark.parametrize("text,claimant", [
    ("A military source said two jets took off from the base at dawn.", "military source"),
    ("Activists said regime helicopters dropped barrel bombs on the village.", "Activists"),
    ("Residents told AFP the water had been cut for a week.", "Residents"),
])
def test_unnamed_sources_are_kept_as_such(text, claimant):
    c = _only(text)
    assert c.claimant == claimant and c.claimant_kind in ("unnamed", "official", "local witness")


@pytest.mark.parametrize("text,denied", [
    ("The governor said reports that the dam had been hit were untrue.", "the dam had been hit"),
    ("The ministry said there was no truth to claims that its troops had looted the village.",
     "its troops had looted the village"),
    ("The army called reports of a retreat from Pokrovsk false.", "a retreat from Pokrovsk"),
    ("The spokesman said the strike on the school did not happen.", "the strike on the school"),
    ("Moscow rejected claims that its jets had bombed the hospital.", "its jets had bombed the hospital"),
    ("The RSF dismissed the report as baseless propaganda.", "the report"),
    ("Tehran denied supplying drones to the Houthis.", "supplying drones to the Houthis"),
    # the act itself said not to exist
    ("The police chief said there had been no raid on the mosque in Kano.", "raid on the mosque in Kano"),
    ("\"There has been no shelling of Zaporizhzhia tonight,\" the regional head said.",
     "shelling of Zaporizhzhia"),
    ("No airstrike took place near Sanaa, a coalition spokesman said.", "airstrike"),
    # the act on the thing said not to have happened
    ("The army said no tank was hit near the border.", "tank was hit near the border"),
    ("A spokesman said no aircraft had been shot down over the province.",
     "aircraft had been shot down over the province"),
])
def test_denials_in_all_wordings_keep_what_they_deny(text, denied):
    c = _only(text)
    assert c.stance == "denies", (c.claimant, c.stance)
    assert text[c.content_start:c.content_end] == denied


@pytest.mark.parametrize("text,stance", [
    ("The army has yet to confirm that the general was killed.", "unconfirmed"),
    ("The jet either crashed or was shot down, according to activists.", "uncertain"),
    ("Rebel commanders acknowledged that they had lost the hill.", "confirms"),
])
def test_confirmation_and_hedges(text, stance):
    assert _only(text).stance == stance


def test_a_quotation_over_several_sentences_is_one_statement():
    text = '"The shelling started at midnight. By morning the clinic was gone," said Dr Samir Aziz.'
    c = _only(text)
    assert c.claimant == "Samir Aziz" or c.claimant == "Dr Samir Aziz"
    assert c.start == 0


def test_a_continued_quotation_keeps_its_speaker():
    text = '"The dam is holding," said Karim Saleh, an engineer at the site. "But one more strike and it goes."'
    claims = _one(text)
    assert [c.claimant for c in claims] == ["Karim Saleh", "Karim Saleh"]
    assert claims[1].start == text.index('"But')


@pytest.mark.parametrize("text,claimant,stance", [
    # parenthetical attribution, after a speaker named in the sentence before
    ("The mayor said the bridge was down. The attack, he said, began at dawn.", "mayor", "asserts"),
    # a document speaks for whoever issued it
    ("The ministry's statement said three soldiers were wounded near Kupiansk.", "ministry", "asserts"),
    ("A statement from the navy said two boats had been sunk off Hodeidah.", "navy", "asserts"),
    # hearsay of a statement is uncertain
    ("The commander reportedly said the offensive would resume within days.", "commander", "uncertain"),
    # a speech verb inside a relative clause, with its own subject and clause
    ("The shells hit Jarabulus, where the army says rebels had massed.", "army", "asserts"),
])
def test_less_common_attribution_shapes(text, claimant, stance):
    c = _one(text)[-1]
    assert (c.claimant, c.stance) == (claimant, stance)


def test_a_claim_told_as_a_noun_is_its_owners_statement():
    text = "Russia's claim that it had taken Robotyne was rejected by the Ukrainian military."
    got = {(c.claimant, c.stance) for c in _one(text)}
    assert got == {("Russia", "asserts"), ("Ukrainian military", "denies")}


@pytest.mark.parametrize("text,claimant,stance", [
    ("Photo of 'gas attack victims' in Douma is a hoax", "unnamed", "denies"),
    ("Claims of a mass grave at the stadium are false", "unnamed", "denies"),
    ("Rebel commander reportedly wounded near Hama", "unnamed reports", "uncertain"),
    ("Wagner Commander Said To Have Been Killed Near Lyman", "unnamed reports", "uncertain"),
    ("Reports: Jets struck an arms depot near Hama", "unnamed reports", "uncertain"),
])
def test_headlines_that_name_no_speaker_still_take_a_stance(text, claimant, stance):
    c = _only(text)
    assert (c.claimant, c.stance) == (claimant, stance)


def test_quotations_across_paragraphs_keep_their_speaker():
    text = ("The governor of Kherson said the city had come under heavy fire overnight.\n"
            '"We will rebuild every house they destroyed. Nobody is leaving."\n'
            '"The shelling started just after midnight\n'
            '"and it did not stop until dawn," said Oleksandr Prokudin.')
    got = [c.claimant for c in attribute(None, text)]
    assert got == ["governor of Kherson", "governor of Kherson", "Oleksandr Prokudin", "Oleksandr Prokudin"]


@pytest.mark.parametrize("text,claimant,stance", [
    ("Reports that rebels blew up the bridge at Raqqa are untrue, said two officials.", "two officials", "denies"),
    ('The governor called claims that the dam had burst "completely false".', "governor", "denies"),
    ('The army said reports of heavy losses were "fake news".', "army", "denies"),
    ("Islamic State's Amaq agency said its fighters had destroyed two tanks.", "Amaq agency", "asserts"),
])
def test_inverted_and_described_speakers_and_denials_said_of_reports(text, claimant, stance):
    c = _only(text)
    assert (c.claimant, c.stance) == (claimant, stance)


@pytest.mark.parametrize("text,claimant,via", [
    # an outlet's "according to" a party names the origin: the outlet only relays
    ("Al-Masdar News reported that rebels had left the hill, according to ISIS.", "Islamic State", ["Al-Masdar News"]),
    ("Reuters reported that the airport was shelled, according to a military source.", "military source",
     ["Reuters"]),
    # a source's statement closed by "according to" an outlet: the outlet relays it
    ("Witnesses said gunmen fired on the crowd, according to Reuters.", "Witnesses", ["Reuters"]),
])
def test_according_to_is_oriented_by_who_is_an_outlet(text, claimant, via):
    c = _only(text)
    assert (c.canonical or c.claimant, [lookup(v).name if lookup(v) else v for v in c.via]) == (claimant, via)


def test_a_closing_relay_read_as_a_relative_clause_still_relays():
    c = _only("Gunmen took two villages near Tadmur, the Associated Press reported, citing the group's radio.")
    assert c.claimant == "group's radio" and c.via == ["Associated Press"]


@pytest.mark.parametrize("text,claimant,via", [
    ("A militia commander, speaking to Al Jazeera, rejected the accusations as lies.", "militia commander",
     ["Al Jazeera"]),
    ("The police chief told a radio station on Monday that officers had reopened the road.", "police chief",
     ["radio station"]),
])
def test_the_outlet_spoken_to_relays(text, claimant, via):
    c = _only(text)
    assert (c.claimant, c.via) == (claimant, via)


# --- general news: shapes the conflict wire copy did not have (sentences of our own) ---------

@pytest.mark.parametrize("text,claimant,via,stance,content", [
    # reporting verbs the small parser misreads (a noun, an adjective): word order still attributes
    ("The tax office forecast that receipts would fall by a tenth next year.", "tax office", [], "asserts",
     "receipts would fall by a tenth next year"),
    ("A lobbyist contended fares had risen faster than wages since 2019.", "lobbyist", [], "asserts",
     "fares had risen faster than wages since 2019"),
    ("The museum pointed out that the painting had been restored twice.", "museum", [], "asserts",
     "the painting had been restored twice"),
    # inverted closing speakers with verbs other than 'said'
    ("The factory in Leeds would shut by March, observed Rolls-Royce.", "Rolls-Royce", [], "asserts",
     "The factory in Leeds would shut by March"),
    ("The harvest was the worst in a decade, maintained farmers.", "farmers", [], "asserts",
     "The harvest was the worst in a decade"),
    # an interview names the outlet that carried the words
    ("The coach said in an interview with Le Figaro that he would stay until 2027.", "coach", ["Le Figaro"],
     "asserts", "he would stay until 2027"),
    # unnamed sources kept with what says who they are
    ("Three people briefed on the negotiations said the offer had been withdrawn.",
     "Three people briefed on the negotiations", [], "asserts", "the offer had been withdrawn"),
    # noun cues
    ("In the regulator's view, the merger would raise prices for households.", "regulator", [], "asserts",
     "the merger would raise prices for households"),
    ("The union's position is that the pay offer was below inflation.", "union", [], "asserts",
     "the pay offer was below inflation"),
    # denials in general wording
    ("The carmaker pushed back on reports that it would close its plant in Turin.", "carmaker", [], "denies",
     "it would close its plant in Turin"),
    ("The museum would neither confirm nor deny that the painting had been sold.", "museum", [], "unconfirmed", None),
    ("Amaq denied on Sunday that its fighters had left the town, saying they still held the market.", "Amaq", [],
     "denies", "its fighters had left the town"),
])
def test_general_news_shapes(text, claimant, via, stance, content):
    c = _only(text)
    assert c.claimant.lower().removeprefix("the ") == claimant.lower(), (c.claimant, c.via, c.stance)
    assert [v.lower().removeprefix("the ") for v in c.via] == [v.lower() for v in via]
    assert c.stance == stance
    if content is not None:
        assert text[c.content_start:c.content_end] == content


def test_nobody_inside_a_quotation_is_no_speaker():
    claims = _one('"Nobody told the tenants until the night before," Maria Lopez said. "We found out on Facebook."')
    assert {c.claimant for c in claims} == {"Maria Lopez"}
    assert len(claims) == 2


def test_masthead_with_and_is_one_outlet():
    (c,) = _one("The mayor said the tram line would reopen in May, the Globe and Mail reported.")
    assert c.via == ["Globe and Mail"] or c.via == ["The Globe and Mail"]


@pytest.mark.parametrize("line,stance,claimant", [
    ("Pentagon Denies Report Of Troop Buildup", "denies", "Pentagon"),
    ("Airline boss pours cold water on reports of merger", "denies", "Airline boss"),
    ("No truth to takeover rumours, says brewer", "denies", "brewer"),
    ("Museum: reports of stolen painting are false", "denies", "Museum"),
    ("Brewer Rejects Claims It Watered Down Beer", "denies", "Brewer"),
    ("Brewer to close Dublin plant, sources claim", "uncertain", None),
    ("Report: Brewer weighing sale of Dublin plant", "uncertain", None),
])
def test_headline_stance_from_its_wording(line, stance, claimant):
    claims = attribute(None, line, Report(text=line))
    assert claims, line
    best = max(claims, key=lambda c: c.end - c.start)
    assert best.stance == stance, [(c.claimant, c.stance) for c in claims]
    if claimant:
        assert best.claimant == claimant


def test_hyphenated_name_split_into_subjects_stays_one_claimant():
    # the small parser makes "al", "-" and "Sham" three subjects of "said"
    claims = _one("Hayat Tahrir al-Sham said on its radio that it had downed a drone near Ariha, Anadolu reported; "
                  "there was no word from the army.")
    first = min(claims, key=lambda c: c.start)
    assert first.claimant == "Hayat Tahrir al-Sham"
    assert [v.lower() for v in first.via] in (["anadolu"], ["anadolu agency"])


def test_leading_according_to_stops_at_a_semicolon():
    claims = _one("According to a police source, no shots were fired at the march; the source called the video fake.")
    assert {c.claimant for c in claims} == {"police source", "source"}
    assert all(not c.via for c in claims)


def test_document_seen_by_an_outlet_is_relayed_by_it():
    (c,) = _one("According to a council memo seen by the Herald, the tunnel will open a year late.")
    assert c.claimant == "council memo" and c.via == ["Herald"]


def test_a_name_inside_a_plural_speaker_is_not_the_speaker():
    (c,) = _one("Lawyers for the driver, Tom Reece, argue that the brakes had failed before the crash.")
    assert c.claimant == "Lawyers for the driver"


def test_would_answer_is_no_statement_and_a_possessed_role_is_its_own_speaker():
    claims = _one('His lawyer told reporters that his client would "answer every charge in court". '
                  "Their solicitor said the losses ran into millions.")
    assert [c.claimant for c in claims] == ["His lawyer", "Their solicitor"] or \
        [c.claimant for c in claims] == ["lawyer", "solicitor"], [(c.claimant, c.via) for c in claims]


def test_real_news_shapes_across_sentences():
    text = ('The mayor was blunt about the budget. "We cannot keep paying for roads nobody uses," she says.\n\n'
            'Karen Holt put it more simply: "The money has run out."\n\n'
            "Economist Ravi Shah is less optimistic. He expects growth to stall in the spring.\n\n"
            "The minister's admission that targets had been missed came after months of pressure.\n\n"
            "In a post on social media, the club wrote that the stadium would close for repairs.")
    got = [(c.claimant, c.stance) for c in attribute(None, text)]
    assert got == [("mayor", "asserts"), ("Karen Holt", "asserts"), ("Ravi Shah", "asserts"),
                   ("minister", "confirms"), ("club", "asserts")], got


def test_trailing_relay_is_not_part_of_what_is_said():
    text = "The union said the strike would close every school in the county, the BBC reported."
    (c,) = _one(text)
    assert c.via == ["BBC"] or c.via == ["the BBC"] or [v.lower() for v in c.via] == ["bbc"]
    assert text[c.content_start:c.content_end] == "the strike would close every school in the county"


def test_it_points_to_a_named_body_that_acted_only_while_no_body_has_spoken():
    first = _one("The Environment Agency issued 40 flood warnings overnight. It said the river would peak on Tuesday.")
    assert [c.claimant for c in first] == ["Environment Agency"]
    later = _one("The Syrian Observatory said 12 people died. Hezbollah fired rockets at the border. "
                 "It said the toll would rise.")
    assert {c.claimant for c in later} == {"Syrian Observatory"}


# --- session 7: kinds found on story-shaped passages (our own sentences, not the bench data) ---

def test_we_and_i_inside_a_long_quotation_are_the_quoted_speaker():
    text = ('"The harvest was the worst in a decade. Prices will go up. We expect shortages by March," '
            "said Tomas Berg, who chairs the growers' association.")
    (c,) = _one(text)
    assert c.claimant == "Tomas Berg" and c.via == []
    # what is said runs over the whole quotation, not its last sentence only
    assert text[c.content_start:c.content_end].startswith("The harvest was the worst")


def test_continued_quotation_with_we_stays_with_its_speaker():
    claims = _one('"The pitch is unplayable," a league spokesman said. "We know fans are angry and we share that."')
    assert [c.claimant for c in claims] == ["league spokesman", "league spokesman"]


def test_agentless_passive_inside_a_quotation_is_no_denial_by_nobody():
    claims = _one('"The appeal was lodged on time," Judge Ruth Amadi said. "Access to the court cannot be denied."')
    assert {c.claimant for c in claims} == {"Ruth Amadi"}
    assert all(c.stance == "asserts" for c in claims)


def test_closing_told_after_a_guess_is_the_speaker():
    (c,) = _one("The airline is likely to cut its summer schedule, two people with knowledge of the plans told Bloomberg.")
    assert c.claimant == "two people with knowledge of the plans" and c.via == ["Bloomberg"]


def test_relative_pronoun_speaker_is_the_body_it_follows():
    claims = _one("The plan was criticised by the teachers' union, which said class sizes would rise to 40.")
    assert ("teachers' union" in [c.claimant for c in claims] or "teachers union" in [c.claimant for c in claims]), \
        [(c.claimant, c.via) for c in claims]


def test_adding_that_is_a_second_statement_by_the_same_speaker():
    text = "The fire may have started in the kitchen, the brigade said, adding that nobody had been hurt."
    a, b = _one(text)
    assert a.claimant == b.claimant == "brigade"
    assert a.stance == "uncertain" and b.stance == "asserts"
    assert text[b.content_start:b.content_end] == "nobody had been hurt"


@pytest.mark.parametrize("text,claimant,via", [
    # an outlet that "understands" relays what it found out
    ("The club has told the striker he can leave in January, the BBC understands.", "club", ["BBC"]),
    # the outlet that carried a statement relays it
    ("The junta said in a statement read on national television that elections would be postponed.", "junta",
     ["national television"]),
    # a listed outlet inside a longer name ('the Times' in 'Financial Times') is not that outlet
    ("The governor said in an interview with the Financial Times that the bank would hold rates.", "governor",
     ["Financial Times"]),
    ("The minister told the German newspaper Bild that the border checks would stay.", "minister", ["Bild"]),
    ("Two hospitals in the city had run out of fuel, according to a nurse who spoke to Al Jazeera.", "nurse",
     ["Al Jazeera"]),
    # a platform the speaker posts on himself carries nothing of its own
    ("The militia said in a statement posted on Telegram that it had taken the bridge.", "militia", []),
])
def test_relays_named_around_the_statement(text, claimant, via):
    claims = _one(text)
    assert any(c.via == via and c.claimant == claimant for c in claims), \
        [(c.claimant, c.via) for c in claims]


def test_title_and_workplace_come_off_the_name():
    (c,) = _one("Prices will keep rising, Professor Anna Weiss of the University of Vienna said.")
    assert c.claimant == "Anna Weiss"


def test_it_points_back_to_a_body_named_by_its_kind():
    claims = _one("The bank apologised to its customers. It denied that any data had been stolen.")
    assert [(c.claimant, c.stance) for c in claims] == [("bank", "denies")]


def test_a_document_published_is_no_statement_by_nobody():
    claims = _one("The results were published in The Lancet after Dr Omar Haddad admitted that the sample was small.")
    assert [(c.claimant, c.stance) for c in claims] == [("Omar Haddad", "confirms")]


@pytest.mark.parametrize("line,stance", [
    ("Singer claims she was followed by a drone", "uncertain"),
    # a headline's group claiming an act keeps the page's distance (session 12 convention, README "Headlines")
    ("Rebel group claims attack on army base near Gao", "uncertain"),
    ("Did the mayor really ban cars?", "uncertain"),
    ("Fact check: garlic does not cure the flu", "denies"),
    ("Council investigating reports of rats in school kitchen", "uncertain"),
    ("Video appears to show bear in shopping centre", "uncertain"),
    ("Scientists say viral 'memory pill' study does not hold up", "denies"),
    # session 10 wordings
    ("Palace Neither Confirms Nor Denies Royal Engagement Report", "unconfirmed"),
    ("Finance minister puts rumours of devaluation to rest", "denies"),
    ("Coach rules out return to national team", "denies"),
    ("Club Confirms New Stadium Plan After Months Of Speculation", "confirms"),
    ("Charity says it is aware of reports of missing funds", "uncertain"),
    ("Accountant forged invoices for years, auditors claim", "uncertain"),      # the rumour's own verb
    ("Bank says viral screenshot of account freeze is faked", "denies"),
    ("No, tap water cannot be charged with electricity", "denies"),
    ("Ministry says leaked memo on school closures is fabricated", "denies"),
    ("Zoo Says Photo Of Escaped Tiger Is Not From Its Park", "denies"),
    ("Minister says report is not finished yet", "asserts"),
    ("Carmaker admits hiding crash test reports", "confirms"),      # the object, not '..., reports say'
])
def test_headline_distance_questions_and_fact_checks(line, stance):
    claims = attribute(None, line, Report(text=line))
    assert claims, line
    best = max(claims, key=lambda c: c.end - c.start)
    assert best.stance == stance, [(c.claimant, c.stance) for c in claims]


def test_quotation_hung_on_the_speaker_name_is_not_the_speaker():
    (c,) = _one('"The bridge was never designed for this much traffic," chief engineer Li Wei told Xinhua.')
    assert c.claimant == "Li Wei" and len(c.via) == 1


def test_describing_as_is_a_statement_and_asserts():
    (c,) = _one('The coach, who was sent to the stands in the second half, described the defeat as "unacceptable".')
    assert (c.claimant, c.stance) == ("coach", "asserts")


@pytest.mark.parametrize("line", [
    "Port authority slaps down reports of strike",
    "Singer: I never lied to my fans",
    "Museum says painting is 'not for sale'",
    "Carmaker Rubbishes Merger Talk",
])
def test_headline_denials_by_negation_and_idiom(line):
    claims = attribute(None, line, Report(text=line))
    assert claims and max(claims, key=lambda c: c.end - c.start).stance == "denies", \
        [(c.claimant, c.stance) for c in claims]


# --- whole article openings: several speakers in a row ---

def test_speaker_parsed_as_apposition_of_a_fronted_place():
    (c,) = _one("In Odesa, the regional governor, Oleh Kiper, said on Telegram that two port buildings were hit.")
    assert c.claimant == "Oleh Kiper" and c.via == []      # a platform he posts on himself relays nothing


def test_relative_who_after_a_source_with_a_complement():
    claims = _one("The talks were suspended on Friday, according to a man familiar with the matter, who said "
                  "both sides had walked out.")
    assert [c.claimant for c in claims] == ["man familiar with the matter"] * 2


def test_while_clause_is_a_second_speaker_not_a_relay():
    claims = _one("Union leaders said the offer was an insult, while the employers' federation said it was final.")
    assert [c.via for c in claims] == [[], []]
    assert "while" not in claims[0].text[-40:]


def test_participle_after_an_act_speaks_for_its_subject():
    (c,) = _one("The central bank raised rates by half a point, saying inflation was still far too high.")
    assert c.claimant == "central bank" and c.stance == "asserts"


def test_broadcaster_said_on_relays():
    (c,) = _one("The interior minister said on national television that the curfew would be lifted.")
    assert c.via == ["national television"]


def test_two_unnamed_sources_in_one_closing_clause_are_two_claimants():
    claims = _one("Six soldiers were killed near the border, a military official and a local leader told Reuters.")
    assert sorted(c.claimant for c in claims) == ["local leader", "military official"]
    assert all(c.content_start is not None for c in claims)


def test_no_group_is_no_speaker():
    assert attribute(None, "No group has claimed responsibility for the bombing.") == []


def test_described_agency_after_a_named_one_is_another_body():
    claims = _one("The quake struck at dawn, according to the European-Mediterranean Seismological Centre. "
                  "The national disaster agency said three people were hurt.")
    assert [c.claimant for c in claims][-1] == "national disaster agency"


def test_person_of_an_institution_and_citing_a_reason():
    (c,) = _one('"The data are very clear," said Maria Costa of the University of Lisbon.')
    assert c.claimant == "Maria Costa"
    (d,) = _one("Farmers said they would keep protesting, citing rising fuel costs.")
    assert d.claimant == "Farmers" and d.via == []


def test_wire_dateline_is_neither_speaker_nor_content():
    text = "NAIROBI (Reuters) - Floods have displaced more than 20,000 people in the west, the Red Cross said."
    (c,) = _one(text)
    assert c.claimant == "Red Cross"
    assert text[c.content_start:c.content_end].startswith("Floods have displaced")


def test_bare_say_after_a_plural_subject_and_a_toll_put_at():
    (c,) = _one("Residents in the east say the water has been cut off for five days.")
    assert c.claimant == "Residents in the east"
    (d,) = _one("Amnesty International, a rights group based in London, put the death toll at 31.")
    assert d.claimant == "Amnesty International"


def test_owner_before_a_person_name_is_description_and_evidence_is_no_speaker():
    (c,) = _one("The champion, Norway's Karsten Holm, said he had trained at altitude for months.")
    assert c.claimant == "Karsten Holm"
    (d,) = _one("The minister said the drop showed the reforms were working.")
    assert d.claimant == "minister" and d.via == []


# --- session 8: story shapes (sentences of our own, written apart from the batch they fix) ---

@pytest.mark.parametrize("text,name,desc", [
    ("Foreign Secretary Amal Haddad said the embassy would reopen in May.", "Amal Haddad", "Foreign Secretary"),
    ("Chief Superintendent Gareth Rowe told reporters the search would go on overnight.", "Gareth Rowe",
     "Chief Superintendent"),
    ('"We will not give up," geologist Marta Ruiz Soto said after the survey.', "Marta Ruiz Soto", "geologist"),
])
def test_a_role_before_a_name_is_its_description(text, name, desc):
    c = _only(text)
    assert (c.claimant, c.description) == (name, desc)


def test_a_person_from_somewhere_after_a_description_and_comma():
    c = _only('"The water is rising faster than we planned for," said the chief hydrologist of the region, '
              'Tomas Lindqvist of Uppsala.')
    assert c.claimant == "Tomas Lindqvist" and "Uppsala" in c.description


def test_an_unnamed_speaker_described_after_a_comma():
    claims = _one("Drivers say the new timetable is impossible to keep. One of them, a driver with ten years on "
                  "the route, said breaks had been cut to five minutes.")
    assert [c.claimant for c in claims] == ["Drivers", "One of them"]


def test_an_outlet_described_by_its_kind_is_named_by_its_name():
    (c,) = _one("The bank plans to close 40 branches, the Asahi newspaper reported, citing people familiar with "
                "the plan.")
    assert (c.claimant, c.via) == ("people familiar with the plan", ["Asahi"])
    (c,) = _one("The dockers told the Polish news agency PAP that the strike would last two days.")
    assert (c.claimant, c.via) == ("dockers", ["PAP"])
    (c,) = _one("The dockers told the Greek news agency that the strike would last two days.")
    assert c.via == ["Greek news agency"]                 # a people's adjective is no outlet's name


def test_a_body_announcing_later_is_no_statement_of_its_own():
    (c,) = _one("The panel will publish its findings next month, its chair told reporters.")
    assert (c.claimant, c.via) == ("its chair", [])


def test_a_closing_it_said_points_to_the_body_it_speaks_about():
    claims = _one("The brewery will close its plant in Leeds next year, it said on Tuesday.")
    assert [c.claimant for c in claims] == ["brewery"]
    assert not attribute(None, "The storm killed three people, it said.")   # a storm is no speaker


def test_a_description_with_a_noun_of_its_own_is_another_body():
    claims = _one("The port will be sold to a Gulf investor, the daily reported, citing unnamed government sources. "
                  "The transport ministry declined to comment.")
    assert [(c.claimant, c.stance) for c in claims][-1] == ("transport ministry", "unconfirmed")


def test_a_quotation_after_a_sentence_that_sets_the_speaker_before_an_audience():
    claims = _one("Kenya's health minister, Susan Wafula, spoke to reporters in Nairobi. \"We have enough vaccine "
                  "for every district. Nobody will be turned away.\"")
    assert [c.claimant for c in claims] == ["Susan Wafula"]


def test_calling_something_in_quoted_words_is_a_statement():
    claims = _one('The union\'s general secretary, Rob Ellis, called the offer "an insult" and said members '
                  'would vote on a strike.')
    assert [c.claimant for c in claims] == ["Rob Ellis", "Rob Ellis"]
    assert len(_one('The minister called for "calm and restraint" and said the army would stay.')) == 1


def test_it_was_reported_closing_a_sentence_is_hearsay():
    c = _only("The singer cancelled two concerts because of illness, it was reported on Sunday.")
    assert (c.claimant, c.stance) == ("unnamed reports", "uncertain")


@pytest.mark.parametrize("line,who,stance", [
    ("Rebels Took The Bridge At Dawn, Claims Army Commander", "Army Commander", "uncertain"),
    ("Lost Van Gogh found in attic, collector claims", "collector", "uncertain"),
    ("Union brushes off reports of split over pay deal", "Union", "denies"),
    ("Broadcaster says viral clip of presenter is edited", "Broadcaster", "denies"),
    ("Council: 'Free Parking' Text Is A Scam", "Council", "denies"),
    ("Leaked image purports to show new stadium design", None, "uncertain"),
])
def test_headline_speaker_and_stance_from_its_wording(line, who, stance):
    claims = attribute(None, line, Report(text=line))
    assert claims, line
    best = max(claims, key=lambda c: c.end - c.start)
    assert best.stance == stance and (who is None or best.claimant == who), [(c.claimant, c.stance) for c in claims]


def test_denying_someone_something_is_no_denial():
    claims = _one('Housing minister Leila Dahmani said landlords had "denied tenants a fair hearing".')
    assert [(c.claimant, c.stance) for c in claims] == [("Leila Dahmani", "asserts")]


def test_a_speech_act_told_with_a_noun_only_is_part_of_the_statement_around_it():
    claims = _one("The captain had reported a fault in the steering hours before the ship ran aground, "
                  "a coastguard officer said.")
    assert [(c.claimant, c.via) for c in claims] == [("coastguard officer", [])]


def test_a_closing_they_said_points_to_a_body_in_british_usage():
    claims = _one("The club have appointed a new head coach, they said on Friday.")
    assert [c.claimant for c in claims] == ["club"]


def test_a_website_described_before_its_name():
    (c,) = _one("Prices of used cars fell for a fifth month, according to the pricing website AutoTrend.")
    assert c.claimant == "AutoTrend"


def test_the_month_may_is_no_guess_in_a_headline():
    line = "Factory orders rose 3% in May, trade body says"
    (c,) = attribute(None, line, Report(text=line))
    assert (c.claimant, c.stance) == ("trade body", "asserts")


@pytest.mark.parametrize("text,denier", [
    ("The junta says the rebels shelled the market, which the rebels deny.", "rebels"),
    ("Moscow says its jets hit only military targets, a claim Kyiv rejects.", "Kyiv"),
    ("The ministry said the strike killed fighters, an account the villagers dispute.", "villagers"),
])
def test_a_denial_set_after_a_statement_denies_what_it_says(text, denier):
    claims = _one(text)
    assert [c.stance for c in claims] == ["asserts", "denies"]
    said, denied = claims
    assert denied.claimant == denier
    assert (denied.content_start, denied.content_end) == (said.content_start, said.content_end)


def test_a_denial_inside_the_middle_of_a_sentence_denies_no_statement():
    claims = _one("The lawyer said the house, which his family denies owning, was sold in 2019.")
    assert [c.stance for c in claims] == ["asserts"]


def test_how_a_speaker_spoke_set_off_by_commas_is_not_who():
    c = _only("A senior EU diplomat, briefing journalists in Brussels, said the sanctions package was ready.")
    assert c.claimant == "senior EU diplomat"


def test_a_title_before_a_single_name():
    c = _only("Chancellor Scholz told reporters that the pipeline would stay closed.")
    assert c.claimant in ("Scholz", "Chancellor Scholz")      # 'chancellor' is a role, not a listed title
    c = _only("President Ruto said the new levy would be dropped.")
    assert (c.claimant, c.description) == ("Ruto", "President")


@pytest.mark.parametrize("text", [
    "There were no casualties in the strike on the depot, the army said.",    # the act granted, its harm denied
    "There was no damage to the dam after the shelling, the operator said.",
])
def test_no_harm_from_an_act_is_no_denial_of_the_act(text):
    assert _only(text).stance == "asserts"


@pytest.mark.parametrize("text,kind", [
    ("Troops shelled the village overnight, two security officials said on condition of anonymity.", "unnamed"),
    ("A police officer, who asked not to be identified, said the station had been torched.", "unnamed"),
    ("Troops shelled the village overnight, two security officials said.", "official"),
])
def test_a_speaker_the_report_says_is_not_named_is_unnamed(text, kind):
    assert _only(text).claimant_kind == kind


@pytest.mark.parametrize("text", [
    "The army said its base was shelled overnight but no soldiers were hurt.",
    "The governor said Russian missiles hit the city overnight and no homes were hit.",
    "The mayor said no homes were damaged when the drone fell in a field.",
])
def test_what_an_attack_did_not_do_grants_the_attack(text):
    # injuries and damage not done, or a second clause, count the attack's toll: no denial
    assert _only(text).stance == "asserts"


# --- session 10: shapes real news uses that the reader missed (our own sentences) -------------

@pytest.mark.parametrize("text,claimant", [
    ("For the health ministry, the closures are a necessary precaution.", "health ministry"),
    ("For the opposition, the new map was a blatant gerrymander.", "opposition"),
    ("In the eyes of the regulator, the merger would harm consumers.", "regulator"),
    ("In the opinion of the committee, the rules were broken twice.", "committee"),
])
def test_a_perspective_before_a_judgement_is_attributed(text, claimant):
    c = _only(text)
    assert (c.claimant, c.stance) == (claimant, "asserts")


@pytest.mark.parametrize("text", [
    "For the passengers on the delayed train, the wait lasted four hours.",   # what they lived through
    "For years, the bridge was the only way across the river.",
    "For Chile, the copper deal is worth 3 billion dollars.",                 # who gains, not who says
    "For the first time, the club was relegated.",
    # a verb of the manner of saying with nothing said
    "The crowd shouted as the convoy passed the square.",
    "Residents sighed with relief when the power came back on.",
])
def test_a_fronted_for_phrase_or_a_manner_verb_that_says_nothing(text):
    assert attribute(None, text) == []


def test_a_reporting_verb_after_a_fronted_phrase_the_parse_missed():
    c = _only("In its quarterly bulletin, the central bank forecast that unemployment would rise.")
    assert c.claimant == "central bank" and "unemployment would rise" in c.text


def test_a_document_seen_by_an_outlet_relays_what_its_writer_says():
    c = _only("The mayor admitted in an email to councillors, seen by the Guardian, that the budget was short.")
    assert (c.claimant, c.via, c.stance) == ("mayor", ["The Guardian"], "confirms")
    c = _only("The coach wrote in a letter obtained by Reuters that he would step down.")
    assert c.via == ["Reuters"]


def test_a_relative_pronoun_under_declined_to_comment_is_the_body_named():
    claims = attribute(None, "Questions were sent to the ministry of health, which declined to comment.")
    assert [(c.claimant, c.stance) for c in claims] == [("ministry of health", "unconfirmed")]


def test_a_body_after_a_person_named_by_role_is_not_that_person():
    claims = attribute(None, "Three guards were killed, a prison official said. The police did not comment.")
    assert [c.claimant for c in claims] == ["prison official", "police"]


def test_she_after_a_person_named_as_a_passive_subject():
    text = ('"The harvest is lost," said Tomas Ruiz, a grower. The cooperative said prices would rise. '
            'The region\'s governor, Elena Varga, was not convinced. She said the losses were "manageable".')
    claims = attribute(None, text)
    assert claims[-1].claimant == "Elena Varga"


@pytest.mark.parametrize("text,name", [
    ("A Kurdish militia, the YPG, said it had repelled the attack.", "YPG"),
    ('"We have run out of insulin," said Omar Haddad of the Red Crescent, a volunteer medic.', "Omar Haddad"),
])
def test_the_name_in_an_apposition_is_the_claimant(text, name):
    assert _only(text).claimant == name


@pytest.mark.parametrize("text,claimant", [
    ("Half the bridges need repair, a survey by the engineers' institute found.", "engineers' institute"),
    ("Wages fell in real terms, according to a study from the Bank of Canada.", "Bank of Canada"),
    ("Smoking rates fell, a study of 20,000 adults found.", "study of 20,000 adults"),  # 'of': what it looked at
    ("The fire began in the kitchen, a review commissioned by the landlord found.", "review"),  # who paid
    # verbs of the manner of saying
    ("The ferry will run again on Monday, the harbour master reckoned.", "harbour master"),
    ("The striker joked that he had scored with his eyes closed.", "striker"),
])
def test_a_study_or_audit_by_someone_is_its_author_and_manner_verbs_attribute(text, claimant):
    assert _only(text).claimant == claimant


def test_figures_cited_inside_a_statement_are_evidence_not_a_relayed_speaker():
    c = _only("The charity said the figures showed that hunger had doubled.")
    assert (c.claimant, c.via) == ("charity", [])


def test_a_place_name_with_a_lower_case_particle_stays_whole():
    c = _only("Two bridges collapsed, according to the fire service of Mato Grosso do Sul.")
    assert c.claimant == "fire service of Mato Grosso do Sul"


def test_a_rejection_joined_to_a_statement_is_the_same_speakers():
    claims = _one("The striker's agent said his client was fit and rejected claims that he had refused to train.")
    assert [(c.claimant, c.stance) for c in claims] == [("striker's agent", "asserts"), ("striker's agent", "denies")]


def test_not_returning_calls_is_silence():
    c = _only("The minister's office did not return calls seeking comment.")
    assert (c.claimant, c.stance) == ("minister's office", "unconfirmed")
    assert attribute(None, "The coach returned calls from the board on Monday.") == []


def test_records_and_figures_that_show_a_clause_attribute():
    c = _only("Court records show that the landlord was fined twice.")
    assert (c.claimant, c.stance) == ("Court records", "asserts")
    c = _only("Figures published by the regulator show that complaints doubled.")
    assert c.claimant == "regulator"



@pytest.mark.parametrize("text,claimant,via", [
    ("Speaking to reporters in Lagos, the governor said the curfew would be lifted.", "governor", []),  # as "told reporters"
    # a closing speaker the parser hung as an apposition inside the statement's noun
    ('The raids hit "smuggling depots" of the cartel and its local allies, Mexico\'s navy said on Friday.',
     "Mexico's navy", []),
    # a listed outlet's name the tagger read as a verb; a listed name that starts with a title-like word
    ("Dpa, citing UNICEF, said three schools had been hit.", "UNICEF", ["Deutsche Presse-Agentur"]),
    ("According to Doctors Without Borders, the clinic was looted.", "Doctors Without Borders", []),
])
def test_closing_and_fronted_speakers(text, claimant, via):
    c = _only(text)
    assert (c.claimant, c.via) == (claimant, via)


@pytest.mark.parametrize("text,claimant,via", [
    # a belief told by another is the teller's statement, not the believers' relayed
    ("Party whips privately think the vote will be lost, three MPs said.", "three MPs", []),
    # "citing" a sign on the ground gives a reason, not a source
    ("Aid groups believe the truce will not last, citing a build-up of troops near the border.", "Aid groups", []),
    # the author of a survey the parser hung on what the survey looked at
    ("Most nurses work unpaid overtime, a survey of 4,000 nurses by the Royal College found.", "Royal College", []),
    # belief verbs of the market and findings of a regulator, with a clause
    ("Bond traders are betting that the central bank will hold rates.", "Bond traders", []),
    # people a relative clause picks out are a source, by verb and by "according to"
    ("The insurer will sell its car business, people who have seen the plan said.", "people", []),
    ("The insurer will sell its car business, according to people who have seen the plan.", "people", []),
    ("The insurer will sell its car business, according to people familiar with the matter.",
     "people familiar with the matter", []),
    # the subject of a 'because' inside the speaker's relative clause, hung on 'said', does not speak
    ("One developer, who asked not to be named because his firm bids for council contracts, said rents "
     "had doubled.", "One developer", []),
])
def test_beliefs_reasons_and_authors(text, claimant, via):
    c = _only(text)
    assert (c.claimant, c.via) == (claimant, via)


def test_a_negating_subject_is_silence_and_a_ruling_attributes():
    c = _only("Neither airline would comment.")
    assert c.stance == "unconfirmed"
    got = attribute(None, "The advert's claim that the drink was healthy was misleading, the watchdog ruled.")
    assert any(c.claimant == "watchdog" for c in got)


def test_a_role_met_through_a_noun_of_saying_is_found_again_by_its_short_name():
    text = ('The harbour master\'s warning that the quay could flood was ignored. The master stood by it. '
            'The tide was rising fast, he said.')
    got = attribute(None, text)
    assert [c.claimant for c in got if "tide" in c.text] == ["harbour master"]


def test_blame_on_a_belief_adjective_and_a_filing_named_again():
    c = _only("Growers blamed the poor harvest on a late frost.")
    assert (c.claimant, c.stance) == ("Growers", "asserts")
    assert attribute(None, "Growers blamed the weather.") == []
    c = _only("Bond dealers are increasingly confident that the deficit will shrink.")
    assert c.claimant == "Bond dealers"
    assert attribute(None, "Bond dealers are not convinced that the deficit will shrink.") == []
    text = ("The retailer lost 40 stores last year, it disclosed in a filing on Monday. "
            "The filing also showed that its founder had sold shares.")
    got = attribute(None, text)
    assert [c.claimant for c in got if "founder" in c.text] == ["retailer"]



def test_hearings_media_owners_closing_unnamed_and_adverb_outlets():
    # evidence a hearing heard from no one named is on the body's record; knowledge told so is the body's
    c = _only("The landlord knew the boiler was faulty, the tribunal heard on Thursday.")
    assert (c.claimant, c.via, c.stance) == ("tribunal", [], "asserts")
    c = _only("The court heard that the driver had been on his phone for ten minutes.")
    assert c.claimant == "court"
    assert attribute(None, "Villagers heard gunfire near the border overnight.") == []
    # a passive names its publisher through the medium's owner; no owner stays unnamed reports
    c = _only("The festival will not go ahead this year, it was announced on the council's website.")
    assert (c.claimant, c.stance) == ("council", "asserts")
    c = _only("It is alleged that the treasurer moved club funds into a private account.")
    assert (c.claimant, c.stance) == ("unnamed reports", "uncertain")
    c = _only("The airline will drop the route in spring, explained people familiar with the plans.")
    assert c.claimant == "people familiar with the plans"
    c = _only("Semafor quoted two senior aides as saying that the trip had been cancelled.")
    assert (c.claimant, c.via) == ("two senior aides", ["Semafor"])


def test_a_denial_or_blame_then_saying_is_two_statements_and_adding_stays():
    got = attribute(None, "The port authority rejected the complaint, saying the cranes had been inspected in May.")
    assert [(c.claimant, c.stance) for c in got] == [("port authority", "denies"), ("port authority", "asserts")]
    got = attribute(None, "The coach blamed the referee for the defeat, saying two goals should have stood.")
    assert [c.claimant for c in got] == ["coach", "coach"]


# --- rumour headlines in tabloid and tech-site wording (session 11) ---

@pytest.mark.parametrize("line", [
    "Airport not closing, says operator",                              # a named speaker's flat negation
    "Festival organisers: headliner has not pulled out",
    "Vitamin D Does Not Prevent Colds, Researchers Say",
    "There will be no fuel rationing, energy minister says",
    "Theme Park Has 'No Plans' To Raise Ticket Prices",
    "Boxer's manager puts retirement talk to bed",                     # idioms
    "Bakery chain shuts down closure rumours",
    "Broadcaster Calls BS On Report Of Presenter Exit",
    "Wrestler Not Injured, Despite Online Rumours",                    # the page answers a rumour it names
    "No, Elvis did not record a secret album in 1975",
    "Council: viral photo of flooded bridge was staged",              # what a rumour travels in, judged
    "Holiday snap of mayor turns out to be photoshopped",
    "Viral Clip Of Senator Singing Is A Deepfake",
    "Lottery 'winner' text is a phishing scam, regulator warns",
    "Goalkeeper hits out at 'cruel' divorce rumours",
])
def test_rumour_headline_denials(line):
    claims = attribute(None, line, Report(text=line))
    assert claims and max(claims, key=lambda c: c.end - c.start).stance == "denies", \
        [(c.claimant, c.stance) for c in claims]


@pytest.mark.parametrize("line,who", [
    ("Singer Responds To Reports Of Feud With Bandmate", "Singer"),    # answers, takes no side
    ("Coach Addresses Retirement Speculation", "Coach"),
    ("Chef to open restaurant in Lisbon, pals say", None),             # nobody in particular
    ("Goalkeeper and pop singer 'engaged after whirlwind romance'", None),   # a tabloid's quoted predicate
    ("Chat show host 'set to quit' after ratings slump", None),
])
def test_rumour_headlines_that_only_observe(line, who):
    claims = attribute(None, line, Report(text=line))
    assert claims, line
    best = max(claims, key=lambda c: c.end - c.start)
    assert best.stance == "uncertain" and (who is None or best.claimant == who), \
        [(c.claimant, c.stance) for c in claims]


@pytest.mark.parametrize("line", [
    "Senator Who Denied Bribery Charges Resigns",                      # the denial is a relative clause's
    "Bank set to close 40 branches",                                   # a plan the page states
    "Airline fined for misleading passengers over refunds",            # a false word as the act reported
    "Minister says inquiry is not over yet",                           # a state, no rumour answered
    "Ferry Operator Will Add Night Crossings From May",                # the month, no guess
])
def test_rumour_headlines_that_deny_nothing(line):
    claims = attribute(None, line, Report(text=line))
    assert all(c.stance not in ("denies", "uncertain") for c in claims), [(c.claimant, c.stance) for c in claims]


def _headline_label(line: str) -> str:
    """The stance a rumour headline takes as a whole (as bench/stance_headlines.py reads it)."""
    claims = attribute(None, line, Report(text=line))
    if not claims:
        return {"asserts": "for"}.get(voice([], 0, len(line))[0].stance, "observing")
    best = max(claims, key=lambda c: c.end - c.start)
    return {"asserts": "for", "confirms": "for", "denies": "against"}.get(best.stance, "observing")


@pytest.mark.parametrize("line,label", [
    # a named speaker says a state goes on: the opposite of the rumoured change is a denial
    ("Airline chief: I remain in charge", "against"),
    ("Tour operator says all holidays going ahead as planned", "against"),
    ("Miners' union: pit stays open", "against"),
    ("Minister says unemployment remains high", "for"),            # a state word that answers no rumour
    ("Central bank says rates will stay high", "for"),
    ("Police say suspect remains in custody", "for"),
    # what a rumour travels in, shown to be from another time or place
    ("Viral protest photo is from 2015, police say", "against"),
    ("Storm video shows a different hurricane", "against"),
    ("Clip of 'shark in mall' was filmed in 2011", "against"),
    ("Video appears to show tanks near the border", "observing"),   # a guess stays a guess
    ("Poet's Agent: Memoir Claims 'Pure Fiction'", "against"),
    # a denial in a relative clause is not the headline's
    ("Dealer that denied fraud rumours is shut down", "for"),
    ("Broker whose founder dismissed insolvency talk collapses", "for"),
    ("Bakery that rejected hygiene claims reportedly closes", "observing"),
    # claims as the ground of an act the page reports; investigating them observes
    ("Bakery fined over gluten-free claims", "for"),
    ("Coach resigns amid doping claims", "for"),
    ("Police investigate claims of fraud at charity", "observing"),
    ("Pharma group rejects claims of price fixing", "against"),
    # kickers change nothing
    ("WATCH: Singer shuts down split rumours", "against"),
    ("UPDATE 1-Telecoms firm said to weigh bid for rival", "observing"),
    ("REVEALED: Actor 'quietly engaged' to co-star", "observing"),
    ("BREAKING: Port operator confirms terminal fire", "for"),
])
def test_rumour_headline_shapes_of_batch_eleven(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


# --- rumour headlines, session 11 headlines3: reassurance, quoted verdicts, questions, claimed clauses ---
@pytest.mark.parametrize("line,label", [
    # a named speaker's reassurance is the opposite of the scare it answers
    ("Health agency: bottled water is perfectly safe", "against"),
    ("Regulator says phone chargers are harmless", "against"),
    ("Boxer: I'm fine, fight is on", "against"),
    ("Party chairman: we are united", "against"),
    ("Curator: painting is intact", "against"),
    ("Band's drummer: we're still together", "against"),
    ("Player's knee injury is minor, club says", "against"),
    ("Minister: Coalition Stronger Than Ever", "against"),
    # "no sign of", "poses no risk" by a named speaker is a flat negation
    ("Geologists: no sign of volcanic activity", "against"),
    ("Dam poses no risk, engineers say", "against"),
    # quoted verdicts on a rumour's motive or worth
    ("Defendant calls fraud charges 'a witch-hunt'", "against"),
    ("Club: Relegation Story 'Scaremongering'", "against"),
    ("General: Reports Of Surrender 'Propaganda'", "against"),
    ("'Total Fabrication': Senator's Aide On Bribe Story", "against"),
    ("Actor not in rehab: publicist", "against"),
    # a question asks, whatever its verb
    ("Did the mayor really deny the bribe?", "observing"),
    ("Did the carmaker just confirm the recall?", "observing"),
    ("Ministers neither confirm nor deny arrest", "observing"),
    # a claimed clause whose verb is past, with no auxiliary
    ("Former guard claims prisoners kept in basement", "observing"),
    ("Hacked emails allege minister hid losses", "observing"),
    ("Pilots claim airline skipped safety checks", "observing"),
    ("Actress 'heartbroken' after split", "observing"),
    # plural "say" names its speaker; after a helper it is no speaker
    ("Doctors say new drug cuts heart attacks", "for"),
    ("Doctors say sweeteners do not cause cancer", "against"),
    ("No, the Senator Did Not Say That About Farmers", "against"),
])
def test_rumour_headline_shapes_of_batch_twelve(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


# plain reports of a state that goes on answer no rumour: "remains on / under / in / at", "still in /
# on" and "will stay at" deny only with a post, a hold or a place of belonging a rumour would take
@pytest.mark.parametrize("line", [
    "Inflation remains above target for third month",
    "Oil price stays above $50 despite supply glut",
    "Airport remains closed as ash cloud lingers",
    "Border crossing still shut, drivers say",
    "Thousands still without power after storm, utility says",
    "Singer remains in hospital after fall, spokesman says",
    "Striker still out with hamstring injury, manager says",
    "Fire still burning at chemical plant, officials say",
    "Stock market stays in the red after bank collapse",
    "Minister says trade deficit remains stubbornly high",
    "Factory to stay shut until March, company says",
    "Coach says team remains focused on the league",
    "Drought remains severe across the south, agency says",
    "Unemployment stays at 5.1%",
    "Hostages still held in embassy, police say",
    "Road stays closed after landslide, council says",
    "Volcano remains on high alert, observatory says",
    "Mayor says city remains under flood warning",
    "Company says CEO remains on medical leave",
    "Search for missing climbers still on hold, rescuers say",
    "Police say motive still unclear",
    "Cause of crash remains a mystery, investigators say",
    "Shares remain under pressure after profit warning",
    "Runway plan still in doubt, minister says",
    "Court says ban on protest stays in force",
    "Patient still in critical condition, doctors say",
    "Tennis star remains world number one",
    "Economy still growing, central bank says",
    "Prices remain at record high, figures show",
    "Opposition leader remains under house arrest, lawyer says",
    "Refugees still stranded at port, aid group says",
    "Schools stay closed for second week after floods",
    "Town still under curfew, army says",
    "Measles cases remain at highest level in 20 years, agency says",
    "Runway still under water, airport says",
    "Ceasefire talks remain stalled, mediators say",
    "Ferry still in port as storm rages, operator says",
    "Governor says state of emergency remains in effect",
    "Rescuers: dozens still trapped under rubble",
    "Bank says interest rates will stay at 0.5%",
])
def test_plain_reports_of_a_lasting_state_deny_nothing(line):
    assert _headline_label(line) == "for", [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


@pytest.mark.parametrize("line", [
    "Rebel commander: town remains under our control",
    "Coach insists he remains in charge",
    "Studio: director still on the project",
    "Striker will stay at the club, agent says",
])
def test_a_kept_post_or_hold_is_still_a_denial(line):
    assert _headline_label(line) == "against", [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


def test_a_claim_inside_a_relative_clause_leaves_the_page_report():
    assert _headline_label("Doctor Who Claimed To Have Cured Baldness Is Struck Off") == "for"


# a reassuring state that is the outcome of an event the line reports is a plain report
@pytest.mark.parametrize("line", [
    "Pilot says all passengers are safe after emergency landing",
    "Police: missing hiker found and is safe",
    "Sailor rescued after 40 days at sea is fine, doctors say",
    "Coast guard: tanker is afloat after collision",
    "Lifeguards say beach is safe to reopen after shark sighting",
    "Farmers' union: we are united against the trade deal",
])
def test_a_reassuring_outcome_of_a_reported_event_denies_nothing(line):
    assert _headline_label(line) == "for", [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


def test_a_reassurance_after_a_named_scare_still_denies():
    assert _headline_label("Ferry firm: vessel is safe after sinking rumours") == "against"


# session 12 (headline batch 13's train part): kinds, in new wording
@pytest.mark.parametrize("line,label", [
    # a question the headline asks and answers: the answer decides; an answer with no side observes
    ("Merger called off? Bank says no", "against"),
    ("Royal baby on the way? Not so fast", "against"),
    ("Stadium move? Owner says yes", "for"),
    ("Price war? Supermarket confirms deep cuts", "for"),
    ("Nurses' pay rise? Unions still waiting for details", "observing"),
    ("Bridge closing for good? Residents fear the worst", "observing"),
    # a negative determiner or pronoun negates a named speaker's clause as "not" does
    ("Ministry says no troops have been sent to the border", "against"),
    ("Retailer: no stores will close this year", "against"),
    ("Goalkeeper has no intention of leaving, agent says", "against"),
    ("Singer had nothing to do with feud, publicist says", "against"),
    ("Fire crews say no one was hurt in warehouse blaze", "for"),
    # a group that claims an act keeps the page's distance; one that says it did it is for
    ("Pirates claim seizure of tanker off Somalia", "observing"),
    ("Rebel group claims responsibility for pipeline attack", "observing"),
    ("Hacktivists claim breach of ministry servers", "observing"),
    ("Whistleblower claims insurer plans to cut payouts", "observing"),
    ("Rebel group says it attacked pipeline", "for"),
    ("Sprinter claims gold in 200m final", "for"),
    # sources however placed, an outlet's report, a belief, a leaked document
    ("Actor to quit soap, sources close to star say", "observing"),
    ("Minister to resign, tabloid says", "observing"),
    ("Fans believe singer is quitting band", "observing"),
    ("Leaked memo shows council plans to close libraries", "observing"),
    ("Leaked files allege mayor rigged tender", "observing"),
    # explainers and markets take no side
    ("Bank collapse rumours: what we know", "observing"),
    ("Explained: why the shark video is fake", "against"),
    ("Shares slide on reports of accounting probe", "observing"),
    # proof of life after a death or health rumour; support given amid exit talk
    ("Rapper posts gym selfie after death rumours", "against"),
    ("Queen pictured at garden party amid health speculation", "against"),
    ("Board stands by chief executive despite exit talk", "against"),
    # a hold kept, a service carried on, a finding of nothing, a joke or a render
    ("Rebels still hold airport, commander says", "against"),
    ("Bakery chain: our shops will keep trading", "against"),
    ("Inspectors found no traces of asbestos in school", "against"),
    ("Studio says 'leaked' trailer is fan-made", "against"),
    ("Fact check: quote attributed to mayor is satire", "against"),
])
def test_rumour_headline_shapes_of_batch_thirteen(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


def test_a_death_after_a_health_scare_is_no_proof_of_life():
    assert _headline_label("Singer dies weeks after health scare") == "for"


# session 12 round 2 (headline batch 14's train part and older train parts): kinds, in new wording
@pytest.mark.parametrize("line,label", [
    # the party concerned gives an ordinary cause or purpose for what the rumour explains otherwise
    ("Air force says drone fell due to a software glitch", "against"),
    ("Ferry fire caused by electrical fault, operator says", "against"),
    ("Coastguard: warships offshore are on routine patrol", "against"),
    ("Club says striker's hospital check was 'precautionary'", "against"),
    ("Senator was at a fundraiser at time of alleged meeting, spokesman says", "against"),
    ("Police say gang's raid on depot repelled", "against"),
    # ... but a sequence the page reports, with no cause word, is a plain report
    ("Railway halts trains after signal fault, operator says", "for"),
    # "fully <state>", backing and sufficiency said by a named speaker
    ("Hospital trust: wards fully staffed this winter", "against"),
    ("Club owner: coach has our full backing", "against"),
    ("Pharmacy chain says it has enough stock of flu jabs", "against"),
    ("Regulator says insurer well capitalised", "against"),
    # what the rumour makes much of, said to be less
    ("Actor's spokesman: 'They are just old friends'", "against"),
    ("Palace: King has a mild cold, nothing more", "against"),
    # a headline's elliptical "No X" by a named speaker; an outcome is no denial
    ("No merger talks, says brewer", "against"),
    ("Mayor: no tram cuts this year", "against"),
    ("Water board: dams are full, no rationing", "against"),
    ("No injuries in depot fire, police say", "for"),
    # questions answered by a plain opposite in quotes, or "not yet"
    ("Wedding bells? 'We're only colleagues,' says newsreader", "against"),
    ("Stepping down? 'Not yet,' says party leader", "against"),
    ("New album? 'Yes,' says drummer", "for"),
    # speculation that grows is the rumour going round, not a verdict
    ("Band splitting up? Cryptic post sparks speculation", "observing"),
    # a third party's fear, hearsay, the wire's "- party insiders", a viral clip
    ("Commuters fear loss of night bus", "observing"),
    ("Singer cancels gigs amid health fears", "for"),
    ("Carmaker on verge of selling plant, trade press hears", "observing"),
    ("Budget to raise fuel duty - Treasury insiders", "observing"),
    ("Viral video shows minister asleep in parliament", "observing"),
    ("Shares in grocer tumble on takeover talk", "observing"),
    # the subject of a rumour that it is gone, going about its business
    ("Tycoon chairs board meeting days after reports of his death", "against"),
    ("Destroyer pictured at sea after sinking claims", "against"),
    # false verdicts: a machine's or a fan's making, "premature", a hoax confirmed
    ("Fact check: photo of flooded airport was generated by AI", "against"),
    ("Government: reports of a trade deal are premature", "against"),
    ("Singer's death is a hoax, her label confirms", "against"),
    ("Leaked customer list is an old one, bank says", "against"),
    # a rumour's act in the infinitive is no denial
    ("Streaming service to shut down in Canada, report says", "observing"),
])
def test_rumour_headline_shapes_of_batch_fourteen(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


# --- rumour headlines, session 12 wave 4: the rumour as the setting or subject, a confirmed plan ---
@pytest.mark.parametrize("line,label", [
    # the rumour as the setting of what the line reports ("amid reports it has ..."), or as its subject
    ("Shelling near Goma airport amid reports rebels have entered the city", "observing"),
    ("Investors pile into gold amid talk of a rate cut", "observing"),
    ("Rumours that club will move stadium: fans' groups demand answers", "observing"),
    ("Talk of cabinet reshuffle unsettles coalition partners", "observing"),
    ("Reports of ceasefire deal lift hopes in Gaza", "observing"),
    ("Chip stocks climb on merger chatter", "observing"),
    ("What the reported pipeline deal means for Ankara", "observing"),
    # not so where the act, not the rumour, is the news, or where a speaker answers it
    ("Coach resigns amid doping claims", "for"),
    ("Minister chairs cabinet meeting a day after reports of her death", "against"),
    ("Fighting reported near Kherson", "observing"),
    # a speaker that confirms a plan going ahead confirms the rumour of it ("says" keeps the state)
    ("Dock strike will go ahead next week, union confirms", "for"),
    ("Festival will go ahead as planned, organisers confirm", "for"),
    ("Festival will go ahead as planned, organisers say", "against"),
    ("Singer's death is a hoax, her label confirms", "against"),
    # ... and so does one that confirms or admits a negation; "says" with it stays a denial
    ("Coach confirms he will not renew his contract", "for"),
    ("Airline admits it did not inspect the engines", "for"),
    ("Coach says he will not leave the club", "against"),
    # outlets in the plural keep the page's distance; one named channel is a party
    ("Port city hit by missiles, pro-government channels say", "observing"),
    ("Army seized refinery, rebel outlets report", "observing"),
    ("Broadcaster says anchor has not been fired", "against"),
])
def test_rumour_headline_shapes_of_batch_fifteen(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


# --- rumour headlines, session 13: kinds of batch 16's train part, in other words ---
@pytest.mark.parametrize("line,label", [
    # "fantasy" naming a genre is no verdict; as a verdict it still is one
    ("Broadcaster drops fantasy series after one season", "for"),
    ("Fantasy football app to close in March", "for"),
    ("Minister calls merger story 'pure fantasy'", "against"),
    # a speaker that confirms there will be none of a thing confirms the rumour that there will be none
    ("Organisers confirm there will be no festival this summer", "for"),
    ("Organisers say there will be no change to the festival", "against"),
    # a possessive speaker says ("X's agent says ..."); a quotation after "citing" is the subject's reason
    ("Carmaker's chief says new plant will open in 2027", "for"),
    ("Mayor quits, citing 'personal reasons'", "for"),
    # a false verdict with an article ("is a scam"), made-up rumours owned up to
    ("Bank warns text message about frozen accounts is a scam", "against"),
    ("Parody account admits it invented the minister's quote", "against"),
    ("Streamer admits he staged the crash", "for"),
    # rumours travelling, leaking, believed, reported as an adjective, accounts in conflict
    ("Tablet price leaks on retailer site", "observing"),
    ("Video of burning bridge viewed millions of times", "observing"),
    ("Missing climber believed dead after avalanche", "observing"),
    ("Ministers face questions over reported arms deal", "observing"),
    ("Striker's rumoured move divides fans", "observing"),
    ("Village's fate unclear as both armies claim it", "observing"),
    ("Conflicting accounts emerge over border clash", "observing"),
    ("Pension cut expected, according to people briefed on the plans", "observing"),
    ("Coalition wobbles as smaller party weighs walkout", "observing"),
    ("Rail line will close next year, fans of the route believe", "observing"),
    ("Residents panic over claims that the dam is leaking", "observing"),
    ("Drone pictures claim to show damaged runway", "observing"),
    # proof of life by a shared picture; no harm done; a race held in the speaker's own voice
    ("Rapper shares studio selfie after coma rumours", "against"),
    ("Navy: frigate undamaged and back on patrol", "against"),
    ("Governor: 'We are in this race until the end'", "against"),
    ("Police say blast was an accident", "against"),
    # guards: an outcome, a plain report
    ("Hostages released unharmed, police say", "for"),
    ("Shares in retailer rise after strong results", "for"),
])
def test_rumour_headline_shapes_of_batch_sixteen(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


def test_evidence_that_does_not_decide_observes():
    assert _headline_label("Drone footage fails to confirm capture of hill town") == "observing"
    assert _headline_label("Tests confirm capture of hill town") == "for"


@pytest.mark.parametrize("line,label", [
    # claims that an event happened are the setting of what the line reports, as "amid reports" is
    ("Markets steady amid claims of a ceasefire deal", "observing"),
    ("Villagers flee after claims of militant advance", "observing"),
    ("Passengers told to check accounts after breach claims", "observing"),
    # an accusation the act answers keeps the act
    ("Coach sacked over racism claims", "for"),
    ("Charity boss resigns amid expenses claims", "for"),
])
def test_claims_of_an_event_are_the_setting(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


@pytest.mark.parametrize("line,label", [
    # backing or a post kept, a future assured, by a named speaker; the page saying the rumour died away
    ("Head teacher keeps governors' support, council says", "against"),
    ("Ferry operator says island route has a long-term future", "against"),
    ("Hospital's future is secure, health minister says", "against"),
    ("Merger talk fades as bank shares slip", "against"),
    # guards: backing lost, a future in doubt, a rumour growing
    ("Head teacher loses governors' support, council says", "for"),
    ("Island route's future in doubt, operator says", "for"),
    ("Merger talk grows as bank shares jump", "observing"),
])
def test_backing_kept_and_rumours_fading_deny(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


@pytest.mark.parametrize("line,label", [
    ("Airline tie-up would create Europe's biggest carrier", "observing"),
    ("Minister says she would never leave the party", "against"),
])
def test_what_a_rumoured_deal_would_bring_observes(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


@pytest.mark.parametrize("line,label", [
    # denials by the opposite: a service carried on, a complete accounting, a harmless artefact, good faith
    ("Port authority: ferries will sail normally despite pilots' walkout", "against"),
    ("Navy says all ships returned safely to harbour", "against"),
    ("Mountain rescue team: every climber accounted for", "against"),
    ("Zoo keeper says escaped 'lion' was a large inflatable toy", "against"),
    ("Mayor says planning decision was taken in good faith", "against"),
    # a negated expectation is a statement, not a guess
    ("Grid operator: no power cuts expected this winter", "against"),
    ("Power cuts expected this winter, sources say", "observing"),
    # the outlet takes its story back, or the person named sues for libel
    ("Weekly magazine retracts report on footballer's divorce", "against"),
    ("Broadcaster pulls documentary and apologises to senator", "against"),
    ("Actress sues tabloid for defamation over pregnancy story", "against"),
    # a page verdict with a false noun in the plural, and mockery of the rumour
    ("Viral videos of flooded metro station are deepfakes", "against"),
    ("Veteran singer laughs at rumours of her retirement", "against"),
    # a false word that only names the object of the act the line reports keeps the act
    ("Student loses deposit to bogus landlord advert, police say", "for"),
    ("Watchdog orders removal of fake investment ads", "for"),
    ("Retired teacher hits back at fake obituary", "against"),
    # guards: an outcome of an event, a return from a rescue
    ("All passengers safe after emergency landing in Lyon, airline says", "for"),
    ("Hostages released unharmed, police say", "for"),
])
def test_denials_by_the_opposite_and_retractions(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]


@pytest.mark.parametrize("line,label", [
    ("Border town's control disputed after overnight raid", "observing"),
    ("Senators call for inquiry after bribery allegations", "observing"),
    ("Festival in doubt after headline act pulls out", "observing"),
    ("Shoppers stock up on rice amid export ban talk", "observing"),
    ("Separatist group claims railway bombing", "observing"),
    ("Leaflets claim mayor owns three hotels abroad", "observing"),
    ("Western diplomats say peacekeepers will leave by June", "observing"),
    ("Cheating claims: what the chess federation will examine", "observing"),
    ("Pop duo announces 'extended break'", "for"),
    # guards: a named speaker's doubt, a party that disputes, a disputed place, an act over claims
    ("Island route's future in doubt, operator says", "for"),
    ("Clashes in disputed border region kill four", "for"),
    ("Rebel group says it bombed railway line", "for"),
    ("Burger chain faces probe over hygiene claims", "for"),
])
def test_contested_hedged_and_claimed_observe(line, label):
    assert _headline_label(line) == label, [(c.claimant, c.stance) for c in attribute(None, line, Report(text=line))]
