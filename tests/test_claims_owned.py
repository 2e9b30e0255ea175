"""Attribution, session 9: a side owning up to its own loss in the first person, a statement run
over a semicolon, an outlet's people told something, two speech verbs of one speaker, and
descriptions and pronouns that point back. Sentences of our own."""
from __future__ import annotations

import pytest

from livedesk.model import Report
from livedesk.read.claims import attribute
from livedesk.read.claims_sources import classify


def _claims(text: str, outlet: str | None = None):
    report = Report(text=text, outlet=outlet) if outlet else None
    return attribute(None, text, report)


def _said(text: str, c) -> str:
    return text[c.content_start:c.content_end]


# --- a side's own loss, told in the first person, is a confirmation ---------------------------

@pytest.mark.parametrize("text", [
    '"We lost four fighters when the convoy was hit," the movement\'s media wing said on Telegram.',
    "Three of our soldiers fell defending the bridge, the brigade's press service said.",
    "The front's press office said two of our comrades were martyred in the drone strike.",
    '"Our forces lost a helicopter near the border," a spokesman for the army said.',
    "A commander of the militia said our men were killed when the shells hit the depot.",
])
def test_first_person_own_loss_confirms(text):
    (c,) = _claims(text)
    assert c.stance == "confirms", (c.claimant, c.stance)


@pytest.mark.parametrize("text", [
    "The army said its soldiers killed 20 militants in the raid.",                 # a boast is a claim
    '"We killed dozens of the enemy and lost none of our men," the group\'s media wing said.',
    '"We lost everything in the fire," a resident of the village said.',          # no side's loss
    "Our fighters are still holding the eastern district, the rebels' spokesman said.",
])
def test_boasts_denials_of_loss_and_others_words_are_not_confirmations(text):
    claims = _claims(text)
    assert claims and all(c.stance == "asserts" for c in claims), [(c.claimant, c.stance) for c in claims]


def test_media_wing_of_an_armed_group_is_its_channel():
    assert classify("the group's media wing").kind == "militant media"
    assert classify("the rebels' propaganda arm").kind in ("militant media", "armed group")
    assert classify("the ministry's press wing").kind == "official"


# --- "X; Y, a commander said": the clause before the semicolon is said too ---------------------

@pytest.mark.parametrize("text,first", [
    ("Gunmen stormed the police post at dawn; four officers were killed, a local commander said.",
     "Gunmen stormed the police post at dawn"),
    ("The bridge was blown up overnight; the road to the port is cut, residents told Reuters.",
     "The bridge was blown up overnight"),
])
def test_trailing_speaker_speaks_for_both_clauses_of_a_semicolon(text, first):
    (c,) = _claims(text)
    assert _said(text, c).startswith(first)


def test_a_speaker_before_the_semicolon_keeps_the_two_statements_apart():
    text = "The army said it shelled the hills; two villagers were hurt, residents told AFP."
    got = {c.claimant: _said(text, c) for c in _claims(text)}
    assert got["army"] == "it shelled the hills"
    assert got["residents"] == "two villagers were hurt"


# --- "told our monitors": the outlet whose people heard it relays it ---------------------------

def test_told_our_monitors_makes_the_page_outlet_the_relay():
    text = "Four people were killed in the shelling of the market, a medical source told our monitors."
    (c,) = _claims(text, outlet="Syrian Observatory for Human Rights")
    assert c.claimant == "medical source"
    assert c.via == ["Syrian Observatory for Human Rights"]


def test_our_correspondent_was_told_by_names_the_speaker():
    text = "Our correspondent in Kidal was told by two traders that the rebels had left the town."
    (c,) = _claims(text, outlet="Radio Okapi")
    assert c.claimant == "two traders" and c.via == ["Radio Okapi"]
    assert _said(text, c) == "the rebels had left the town"


def test_a_named_outlets_activists_relay_for_that_outlet():
    text = "Local sources told SOHR activists that a tanker had been set on fire near the crossing."
    (c,) = _claims(text)
    assert c.claimant == "Local sources" and c.via == ["Syrian Observatory for Human Rights"]


def test_told_reporters_still_relays_nothing():
    (c,) = _claims("The mayor told reporters that the water supply would be restored on Friday.")
    assert c.via == []


# --- two speech verbs of one speaker in one sentence -------------------------------------------

@pytest.mark.parametrize("text,second", [
    ("The port authority confirmed that one crane had been damaged but insisted that ships were still docking.",
     "ships were still docking"),
    ("The finance minister said the deficit had narrowed and warned that the next budget would be tight.",
     "the next budget would be tight"),
    ("The carmaker said sales in China had fallen, but it stressed that margins had held up.",
     "margins had held up"),
])
def test_second_speech_verb_is_a_second_statement_of_the_same_speaker(text, second):
    claims = _claims(text)
    assert len(claims) == 2, [(c.claimant, _said(text, c)) for c in claims]
    assert claims[0].claimant == claims[1].claimant
    assert _said(text, claims[1]) == second
    assert second not in _said(text, claims[0])


# --- descriptions and pronouns that point back ---------------------------------------------------

def test_based_in_a_place_description_points_back_to_the_body():
    text = ("Airwars said the strike on the bakery killed at least nine people. "
            "The London-based monitor said it had identified four of the dead.")
    got = [c.claimant for c in _claims(text)]
    assert got == ["Airwars", "Airwars"]


def test_think_tank_points_back_to_the_institute():
    text = ("The Critical Threats Project said the militants had moved into the valley. "
            "The think tank added that supply lines along the river were exposed.")
    got = [c.claimant for c in _claims(text)]
    assert got[0] == got[1] == "Critical Threats Project"


def test_he_after_a_spokesman_is_the_spokesman():
    text = ("The governor, Amina Bello, said the curfew would stay. Later, Bello's spokesman said "
            "roadblocks would be lifted at noon. He added that schools would reopen on Monday.")
    got = [c.claimant for c in _claims(text)]
    assert got == ["Amina Bello", "Bello's spokesman", "Bello's spokesman"]


# --- relays and speakers the parser hides -----------------------------------------------------

@pytest.mark.parametrize("text,via", [
    ("Water had run out in two camps, aid workers told Axios.", ["Axios"]),
    ("A hospital director told dpa that the generators had failed overnight.", ["Deutsche Presse-Agentur"]),
    ("The ceasefire collapsed within hours, according to diplomats quoted by the Lusa news agency.", ["Lusa"]),
    ("Relatives of the detainee told local media that he had been moved to another prison.", ["local media"]),
])
def test_outlet_told_or_quoting_is_the_relay(text, via):
    (c,) = _claims(text)
    assert c.via == via, (c.claimant, c.via)


def test_citing_a_quoted_reason_names_no_source():
    text = 'The envoy will miss the talks, his office said in a statement, citing "family reasons".'
    (c,) = _claims(text)
    assert c.claimant == "his office" and c.via == []


def test_lower_case_common_word_is_not_the_paper_of_that_name():
    text = "The reform will cost twice what ministers have admitted, an independent budget office said."
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["independent budget office"]
    assert claims[0].via == []


def test_a_statement_set_after_another_is_not_relayed_by_it():
    text = ("The airline denied that it had cut safety checks, after a pilots' union said "
            "inspections had been halved.")
    got = {c.claimant: (c.stance, c.via) for c in _claims(text)}
    assert got["airline"][0] == "denies"
    assert got["pilots' union"] == ("asserts", [])


def test_subject_set_off_before_a_participle_speaks():
    text = "The cooperative, founded in 1976 by four farmers, says it will double its output."
    (c,) = _claims(text)
    assert c.claimant == "cooperative"


# --- judgements and doubts ----------------------------------------------------------------------

def test_blaming_someone_for_something_is_a_statement():
    text = "The port workers' union blamed the operator for the crane collapse."
    (c,) = _claims(text)
    assert c.claimant == "port workers' union" and "for the crane collapse" in _said(text, c)


def test_blaming_with_no_charge_named_is_not():
    assert _claims("The committee blamed the weather.") == []


def test_condemning_something_as_a_quoted_thing_is_a_statement():
    text = 'The interior ministry condemned the arson attack as "an act of pure hatred".'
    (c,) = _claims(text)
    assert c.claimant == "interior ministry" and c.stance == "asserts"


def test_casting_doubt_on_reports_denies_what_they_say():
    text = "The coast guard cast doubt on reports that a second boat had capsized."
    (c,) = _claims(text)
    assert c.stance == "denies" and _said(text, c) == "a second boat had capsized"


def test_a_quoted_question_closed_by_asked_is_a_statement():
    text = '"Who will rebuild the school?" asked Samira Haddad, whose daughter studied there.'
    (c,) = _claims(text)
    assert c.claimant == "Samira Haddad" and _said(text, c) == "Who will rebuild the school"


def test_asking_someone_to_act_is_no_statement():
    assert _claims("The judge asked the lawyers to file their arguments by Friday.") == []


def test_an_armed_wings_press_office_speaks_for_its_party():
    text = "Two of our comrades fell in the air strike on the Zap region, the HPG press office said."
    (c,) = _claims(text)
    assert c.stance == "confirms"
    assert c.claimant_kind in ("armed group", "militant media") and c.alignment == "Kurdistan Workers' Party"


@pytest.mark.parametrize("text,who,said", [
    ('"Where were the firefighters?" a shopkeeper asked.', "shopkeeper", "Where were the firefighters"),
    ('"Leave the building now!" the guard shouted.', "guard", "Leave the building now"),
    ('"Is anyone still inside?" a rescuer said.', "rescuer", "Is anyone still inside"),
])
def test_speaker_closing_a_quoted_question_or_cry(text, who, said):
    (c,) = _claims(text)
    assert c.claimant == who and _said(text, c) == said


def test_short_whole_sentence_quotation_goes_on_in_the_speakers_voice():
    text = 'The clinic closed at noon. "We have no more fuel," a nurse said. "Nothing works."'
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["nurse", "nurse"]
    assert "Nothing works" in text[claims[1].start:claims[1].end]


def test_scare_quoted_word_is_still_no_quotation():
    text = 'The minister said the strike was "illegal". Unions called the "reform" a scandal.'
    assert all("reform" not in c.text or c.claimant != "minister" for c in _claims(text))


def test_a_charge_denied_after_it_keeps_both_speakers():
    text = "Rebels have accused the army of burning the village, a charge the military denies."
    got = {c.claimant: c.stance for c in _claims(text)}
    assert got == {"Rebels": "asserts", "military": "denies"}


def test_accusing_after_saying_is_a_second_statement():
    text = "The ministry says the dam is safe and accuses the rebels of spreading panic."
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["ministry", "ministry"]
    assert "spreading panic" in _said(text, claims[1]) and "panic" not in _said(text, claims[0])


def test_quoted_as_saying_says_what_was_said_not_who():
    text = "State radio quoted the defence minister as saying that the border posts had been retaken."
    (c,) = _claims(text)
    assert c.claimant == "defence minister" and _said(text, c) == "the border posts had been retaken"


def test_quoting_someone_makes_the_outlet_the_relay():
    text = "The Kurdish news agency, quoting a local commander, said the road to the dam was open."
    (c,) = _claims(text)
    assert c.claimant == "local commander" and len(c.via) == 1


def test_the_broadcaster_after_a_named_one_is_no_second_relay():
    text = ("A government spokesman, Ali Reza, told Al Jazeera that the talks would resume on Sunday, "
            "the broadcaster reported.")
    (c,) = _claims(text)
    assert c.claimant == "Ali Reza" and len(c.via) == 1


def test_comments_carried_by_an_agency_are_relayed_by_it():
    text = "In comments carried by the state news agency SANA, the health minister said two hospitals were hit."
    (c,) = _claims(text)
    assert c.via == ["SANA"] or len(c.via) == 1


def test_cited_clause_is_not_what_is_said():
    text = "The Financial Times reported, citing three bankers, that the bank would sell its Polish unit."
    (c,) = _claims(text)
    assert c.claimant == "three bankers" and _said(text, c) == "the bank would sell its Polish unit"


def test_quotation_opened_inside_what_is_said_keeps_its_closing_mark():
    text = 'The senator said the briefing had been "deeply troubling".'
    (c,) = _claims(text)
    assert _said(text, c) == 'the briefing had been "deeply troubling"'


# --- session 11: a speaker named by the surname alone is the person named in full before ----------

def test_surname_alone_is_the_person_named_in_full_earlier():
    text = ("The head of the farmers' union, Agnieszka Wrobel, said the drought had cut the wheat harvest "
            "by a third.\n\nWrobel told reporters on Friday that the government's aid would come too late. "
            "Piotr Zielinski, a grain trader, said prices had already doubled.")
    by_text = {text[c.start:c.end][:6]: c.claimant for c in _claims(text)}
    assert by_text["Wrobel"] == "Agnieszka Wrobel"
    assert by_text["Piotr "] == "Piotr Zielinski"


def test_surname_shared_by_two_people_stays_as_written():
    text = ("Maria Costa and her brother Luis Costa run the vineyard. "
            "Costa said the frost had killed half the vines.")
    claimants = [c.claimant for c in _claims(text)]
    assert "Costa" in claimants and "Maria Costa" not in claimants and "Luis Costa" not in claimants


# --- session 11 (claims2): descriptions of a body named before, wrappers, Q&A, names kept whole ----

def _who_says(text: str, words: str) -> list[str]:
    """The claimants of the claims whose span holds `words`."""
    at = text.index(words)
    return [c.claimant for c in _claims(text) if c.start <= at < c.end]


@pytest.mark.parametrize("text, words, body", [
    ("Inflation in Poland slowed to 4.1 percent in October, according to figures from the Central Statistical "
     "Office. The statistics office said food prices had fallen for a second month.",
     "food prices had fallen", "Central Statistical Office"),
    ("The Reserve Bank of India kept its main rate at 6.5 percent on Thursday. Growth had been stronger than "
     "expected, the central bank said.", "stronger than", "Reserve Bank of India"),
    ("The Chilean mining ministry's report on Tuesday put the cost of the new tailings rules at 900 million "
     "dollars. The ministry later said the figure included work already planned.", "work already planned",
     "Chilean mining ministry"),
    ("Ferries to the islands will sail at half capacity, the port operator Kalmar Hamnar said. Services will "
     "return to normal by June, the operator said.", "normal by June", "Kalmar Hamnar"),
])
def test_a_description_is_the_body_named_before(text, words, body):
    assert _who_says(text, words) == [body]


def test_a_description_no_body_before_fits_stays_as_written():
    text = ("The weather service warned of storms along the coast. Schools will close on Friday, "
            "the education ministry said.")
    claimants = [c.claimant for c in _claims(text)]
    assert "education ministry" in claimants


def test_its_ministry_is_the_ministry_of_the_body_named_just_before():
    text = ("Egypt's foreign ministry said it was following the fighting with concern. Qatar, which hosted the "
            "last round of talks, denies taking sides. Its foreign ministry did not respond to a request for comment.")
    claimants = [c.claimant for c in _claims(text)]
    assert "Qatar's foreign ministry" in claimants


@pytest.mark.parametrize("text, source", [
    ("An analysis of court filings by the legal charity Fair Trials found that 300 defendants had waited more "
     "than two years for a hearing.", "Fair Trials"),
    ("Unemployment in Chile will reach 9 percent by March, according to calculations by the consultancy "
     "Santiago Analitica based on tax data.", "Santiago Analitica"),
    ("According to a survey by the pollster Datafolha for the newspaper Folha, 41 percent of Brazilians back "
     "the reform.", "Datafolha"),
    ("Flights between Lagos and Abuja will be cut by a third, the airport operator FAAN said on Monday.", "FAAN"),
])
def test_wrappers_come_off_down_to_the_source(text, source):
    assert [c.claimant for c in _claims(text)] == [source]


def test_a_for_inside_a_name_stays():
    text = "Prices will rise by 4 percent next year, according to figures from the Office for Budget Responsibility."
    assert [c.claimant for c in _claims(text)] == ["Office for Budget Responsibility"]


def test_people_quoted_as_saying_are_the_claimant_without_as_saying():
    text = ("The daily Publico quoted three officials involved in the negotiations as saying that the deal "
            "was close.")
    (c,) = _claims(text)
    assert c.claimant == "three officials involved in the negotiations" and c.via == ["Publico"]


def test_interview_answers_are_the_interviewee_s():
    text = ("Amaru Quispe runs the largest quinoa cooperative in Bolivia. We asked him about prices and the "
            "drought.\n\nQ: Prices fell this year. Why?\n\nA: Two reasons. Peru planted much more, and buyers "
            "in Europe ordered less.\n\nQ: Will members leave the cooperative?\n\nA: Some will. We cannot pay "
            "what we paid in 2022, and I understand why they look elsewhere.")
    answers = [c for c in _claims(text) if text[c.start:c.start + 3] in ("Two", "Som")]
    assert [c.claimant for c in answers] == ["Amaru Quispe", "Amaru Quispe"]
    assert not any(c.claimant in ("I", "We", "we") for c in _claims(text))


@pytest.mark.parametrize("text, name", [
    ("The retailer Baxter & Daughters said on Monday that its sales had fallen 6 percent.", "Baxter & Daughters"),
    ("King Willem-Alexander has not commented on the talks.", "King Willem-Alexander"),
    ("The striker Jean-Baptiste Mendy said the team had lost its nerve.", "Jean-Baptiste Mendy"),
])
def test_names_joined_by_an_ampersand_or_a_hyphen_stay_whole(text, name):
    assert [c.claimant for c in _claims(text)] == [name]


@pytest.mark.parametrize("text, source", [
    ("The UN said 12,000 people had fled, citing figures from the International Organization for Migration.",
     "International Organization for Migration"),
    ("Delays doubled in October, according to data from Network Rail's own system.", "Network Rail"),
])
def test_numbers_named_as_the_source_are_whoever_compiled_them(text, source):
    assert source in [c.claimant for c in _claims(text)]


def test_told_this_newspaper_relays_nothing():
    text = "Two former engineers told this newspaper that the alarms had been switched off for weeks."
    (c,) = _claims(text)
    assert c.claimant == "Two former engineers" and c.via == []


def test_she_is_the_person_named_before_anyone_spoke():
    text = ("The cyclist Marta Vidal has ridden for the same team for nine years.\n\n"
            "She said the team had offered her a job as a coach once she retires.")
    assert [c.claimant for c in _claims(text)] == ["Marta Vidal"]


def test_an_interview_with_a_paper_named_once_relays_the_speaker_s_later_words():
    text = ("Marta Vidal, a cyclist, said she had ridden for the same team for nine years.\n\n"
            "In a long interview with the newspaper El Mundo, she said she would retire after the Vuelta.\n\n"
            '"I will think about coaching in the winter," Vidal said.')
    later = [c for c in _claims(text) if c.start >= text.index("In a long")]
    assert [c.via for c in later] == [["El Mundo"], ["El Mundo"]]


def test_an_act_announced_by_she_is_no_second_statement():
    text = ('"We have waited two years for a fair offer," the head of the nurses\' union, Anna Berg, said on Friday '
            'as she announced three days of strikes.')
    assert [c.claimant for c in _claims(text)] == ["Anna Berg"]
