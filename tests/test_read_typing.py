"""Event typing by the trained model, on sentences written for these tests in shapes the training
data does not use (none taken from an evaluation set); the model's rebuild and offline loading."""
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from livedesk.model import ACLED_TYPES, Report
from livedesk.read import classify, read_report
from livedesk.read.typing_model import LABELS, train
from livedesk.read.typing_model.model import FILES, MODEL_DIR, ModelMissing, load, read

ROOT = Path(__file__).resolve().parents[1]
PUB = datetime(2019, 3, 14, 10, tzinfo=timezone.utc)


def top(text: str) -> str | None:
    ev = [e for e in read_report(Report(text=text, id="t", published=PUB)).events if not e.background]
    return ev[0].sub_event_type if ev else None


def events(text: str) -> list:
    return [e for e in read_report(Report(text=text, id="t", published=PUB)).events if not e.background]


@pytest.mark.parametrize("text,expected", [
    ("A kamikaze drone slammed into an apartment block in Odesa overnight, killing three people, "
     "the regional governor said.", "Air/drone strike"),
    ("journalists were seized by gunmen", "Abduction/forced disappearance"),
    ("Government troops and rebel fighters clashed for hours on the outskirts of the town.", "Armed clash"),
    ("The army recaptured the village from the militants after a week of fighting.", "Government regains territory"),
    ("Islamic State fighters seized control of the town after government troops fled.", "Non-state actor overtakes territory"),
    pytest.param("Inspectors said sarin was used in the attack on the suburb.", "Chemical weapon",
                 marks=pytest.mark.xfail(strict=True, reason="known miss: the typer reads an inspectors' finding "
                                         "about 'the attack' as background (0.99); needs data of that shape")),
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
    # shapes of our own: a headline, a monitor's note, a coder's one-liner, a passive with the agent last
    ("BREAKING: Missiles rain down on Zaporizhzhia suburbs for second night", "Shelling/artillery/missile attack"),
    ("On 9 March, a landmine planted on a farm track tore through a tractor near Kadugli, killing its driver.", "Remote explosive/landmine/IED"),
    ("A convoy of Red Cross staff was ambushed and three of them were taken away by masked men near Gao.", "Abduction/forced disappearance"),
    ("Hundreds took to the streets of Tbilisi on Saturday waving flags and chanting against the new law.", "Peaceful protest"),
])
def test_typing(text, expected):
    assert expected in ACLED_TYPES
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "Troops fired on a crowd of mourners in Homs, killing four",
    "The Syrian army said its soldiers killed 20 militants in the countryside of Hama.",
    "Security forces arrested and beat an opposition leader in Jijiga.",
])
def test_violence_is_an_event_and_never_a_change_of_territory(text):
    t = top(text)
    assert t is not None and t not in ("Government regains territory", "Non-state actor overtakes territory"), t


@pytest.mark.parametrize("text", [
    "A magnitude 6.1 earthquake struck the coast, killing eight people and damaging hundreds of homes.",
    "Floods after heavy rain displaced thousands of families in the south.",
    "A passenger train derailed near the city, injuring 30 people.",
    "Customs officers seized 200 kilograms of cocaine hidden in a shipment of bananas.",
    "The foreign ministers met in Geneva for talks on the refugee crisis.",
    "The country expelled two diplomats over the spying affair.",
    "The minister blamed the opposition for the unrest.",
    "The weather was calm and the market reopened on Monday.",
    # background, pledges, weapons' origins: mentioned, not happening
    "Casualties have mounted since the onset of the bombing campaign in September 2015.",
    "Analysts said the weapon is either Iranian made or a copy of an older Soviet design.",
    "Britain pledged to send a squadron of tanks to Ukraine before the spring.",
    "The museum displays shells fired during the siege of the city in the 1990s.",
])
def test_no_event(text):
    assert top(text) is None


@pytest.mark.parametrize("sentence", [
    "Residents said there were no reports of clashes in the district overnight.",
    "Loyalist troops did not capture the hill, the rebels insisted.",
])
def test_a_denied_event_tells_no_event(sentence):
    assert not [c for c in classify.classify(sentence) if not c.background]


def test_several_events_each_tied_to_its_sentences():
    text = ("Rebels shelled the airport on Monday.\n"
            "The weather in the capital was mild.\n"
            "Later, police arrested five men suspected of planning a bombing.")
    rd = read_report(Report(text=text, id="multi", published=PUB))
    kinds = {e.sub_event_type: e for e in rd.events if not e.background}
    assert set(kinds) == {"Shelling/artillery/missile attack", "Arrests"}
    shell, arrest = kinds["Shelling/artillery/missile attack"], kinds["Arrests"]
    assert "shelled the airport" in text[shell.start:shell.end]
    assert "arrested five men" in text[arrest.start:arrest.end]
    assert "weather" not in text[shell.start:shell.end] + text[arrest.start:arrest.end]


# --- a sentence that tells two events: its coordinated clauses are typed on their own ----------

def test_two_clauses_with_their_own_objects_are_split():
    s = "Rebel fighters overran the customs post and shot down an army helicopter over the river."
    parts = classify._clauses(s)
    assert [t for _, t in parts] == ["Rebel fighters overran the customs post", "shot down an army helicopter over the river."]
    assert all(s[o:o + len(t)] == t for o, t in parts)


@pytest.mark.parametrize("sentence", [
    "Armed youths abducted and raped two girls collecting firewood near the camp.",   # two verbs, one object
    "Soldiers and police officers killed three men at the market on Sunday.",        # nouns joined, not clauses
    "Fighters attacked and seized the town after two days of fighting.",
])
def test_one_action_is_not_split(sentence):
    assert classify._clauses(sentence) == []


def test_a_second_event_told_in_its_own_clause_is_kept():
    s = "Rebel fighters overran the customs post on Sunday and shot down an army helicopter over the river."
    kinds = [c for c in classify.classify(s) if not c.background]
    assert len(kinds) == 2 and len({c.type for c in kinds}) == 2, [(c.type, c.probability) for c in kinds]
    # each is tied to the words of its own clause
    assert {s[c.start:c.end] for c in kinds} & {"helicopter", "shot down", "shot", "down", "army helicopter"}


def test_police_action_within_a_protest_is_not_a_second_event():
    s = "Police fired tear gas at the marchers in the square and arrested twenty of them near the station."
    kinds = [c.type for c in classify.classify(s) if not c.background]
    assert kinds == ["Protest with intervention"], kinds


# --- the rules that state the codebook ----------------------------------------------------

def _probs(**given: float) -> np.ndarray:
    p = np.full(len(LABELS), 1e-4)
    for k, v in given.items():
        p[LABELS.index(k.replace("_", " "))] = v
    return p / p.sum()


def test_excessive_force_needs_lethal_or_severe_force():
    head = load()
    p = np.zeros(len(LABELS))
    p[LABELS.index("Excessive force against protesters")] = 0.9
    p[LABELS.index("No event")] = 0.1
    mild = classify._decide(head, "Police charged the marchers with batons.", "Police charged the marchers with batons.", p)
    lethal = classify._decide(head, "Police fired live rounds at the marchers, killing two.",
                              "Police fired live rounds at the marchers, killing two.", p)
    assert mild[0].type == "Protest with intervention"
    assert lethal[0].type == "Excessive force against protesters"
    # a coder's fatality line that states none is no sign of severe force
    for note in ("Police dispersed the marchers with tear gas. Fatalities: 0. [size=no report]",
                 "Police dispersed the marchers with tear gas. No fatalities reported.",
                 "Police dispersed the marchers with tear gas; no injuries were reported."):
        assert classify._decide(head, note, note, p)[0].type == "Protest with intervention"
    dead = "Police fired on the marchers. Fatalities: 2."
    assert classify._decide(head, dead, dead, p)[0].type == "Excessive force against protesters"


def test_who_took_the_place_decides_the_territory_type():
    # The same wording, a state doer and a non-state doer (ACLED: the actor's type decides).
    assert top("The army took full control of the town of Kidal on Sunday.") == "Government regains territory"
    assert top("Rebel fighters took full control of the town of Kidal on Sunday.") == "Non-state actor overtakes territory"


# --- the model: shipped, rebuilt the same, loaded offline ----------------------------------

def test_the_shipped_model_was_trained_on_the_data_in_the_repository():
    rows = train.load_rows(train.default_data_dir())
    meta = load().meta
    assert meta["data_sha256"] == train.digest(rows), \
        "training/events changed since the model was built: run `livedesk train events` and commit the model"
    assert sum(f.stat().st_size for f in MODEL_DIR.iterdir()) < 20_000_000


def test_the_rebuild_gives_the_shipped_model(tmp_path):
    """One rebuild from the repository's data must give the shipped model: byte for byte on a
    machine of the kind that built it (this checks determinism and reproducibility at once, in one
    build rather than two). On another CPU the int8 encoder's rounding may differ in the last
    digits (onnxruntime's int8 kernels without VNNI add products pairwise in 16 bits, with VNNI in
    32), and the head trained on those vectors moves with them; so there the vocabulary must be the
    same, the weights close as a whole, and the two models must read our own sentences alike."""
    out = tmp_path / "m"
    p = subprocess.run([sys.executable, "-m", "livedesk.cli", "train", "events", "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert p.returncode == 0, p.stderr
    built = {f: (out / f).read_bytes() for f in FILES}
    shipped = {f: (MODEL_DIR / f).read_bytes() for f in FILES}
    assert json.loads(built["meta.json"])["data_sha256"] == load().meta["data_sha256"]
    if built == shipped:
        return
    assert built["vocab.txt"] == shipped["vocab.txt"]
    new, old = read(out), load()
    for f in FILES:
        if f.endswith(".npy"):
            a, b = np.load(out / f), np.load(MODEL_DIR / f)
            assert a.shape == b.shape and np.linalg.norm(a - b) <= 0.15 * np.linalg.norm(b), f
    texts = ["Gunmen opened fire on villagers returning from the fields, killing six.",
             "Mortar shells fired by the militants landed on a residential district.",
             "Police fired tear gas to disperse the protesters outside parliament.",
             "The army recaptured the village from the militants after a week of fighting.",
             "Armed men kidnapped two aid workers on the road to the camp.",
             "Floods after heavy rain displaced thousands of families in the south.",
             "The foreign ministers met in Geneva for talks on the refugee crisis.",
             "Hundreds of students marched peacefully through the capital to demand lower fees."]
    assert (new.proba(texts).argmax(1) == old.proba(texts).argmax(1)).mean() >= 0.95
    # Every 40th row of the training data (about 400 sentences of every genre and label).
    sample = [r.text for r in train.load_rows(train.default_data_dir())[::40]]
    assert (new.proba(sample).argmax(1) == old.proba(sample).argmax(1)).mean() >= 0.95


def test_train_names_a_bad_line_and_goes_on(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    good = [{"text": f"Gunmen kidnapped {n} traders on the road.", "label": "Abduction/forced disappearance",
             "country": "Mali", "scenario": f"s{n}"} for n in range(6)]
    good += [{"text": f"It rained on {n} days in the hills.", "label": "No event", "country": "Chad",
              "scenario": f"r{n}"} for n in range(6)]
    lines = [json.dumps(r) for r in good] + ["{not json", json.dumps({"text": "x", "label": "Riot"})]
    (data / "a.jsonl").write_text("\n".join(lines) + "\n")
    p = subprocess.run([sys.executable, "-m", "livedesk.cli", "train", "events", "--data", str(data),
                        "--out", str(tmp_path / "m")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "a.jsonl:13" in p.stderr and "a.jsonl:14" in p.stderr and "unknown label 'Riot'" in p.stderr
    assert read(tmp_path / "m").meta["rows"] == 12
    empty = subprocess.run([sys.executable, "-m", "livedesk.cli", "train", "events", "--data", str(tmp_path / "none"),
                            "--out", str(tmp_path / "m2")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert empty.returncode != 0 and "no *.jsonl" in empty.stderr


def test_a_missing_model_says_how_to_rebuild_it(tmp_path):
    with pytest.raises(ModelMissing, match="livedesk train events"):
        read(tmp_path)


def test_the_model_loads_and_types_with_no_network():
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from livedesk.read import classify\n"
        "c = classify.classify('Warplanes bombed the market in the town, killing nine people.')\n"
        "print(c[0].type, c[0].confidence)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    kind, conf = p.stdout.split()[:-1], float(p.stdout.split()[-1])
    assert " ".join(kind) == "Air/drone strike" and 0.0 < conf <= 1.0


def test_arrests_with_no_demonstration_are_arrests():
    # ACLED codebook: "Protest with intervention" is a demonstration that force intervened in;
    # arrests where no demonstration is told are Strategic developments > Arrests
    head = load()
    p = _probs(Protest_with_intervention=0.7, Arrests=0.2, No_event=0.1)
    for s in ("Police arrested nine members of the farmers' union at their offices in Cochabamba.",
              "Gendarmes detained two radio presenters in Dori on Friday night.",
              "Soldiers rounded up some thirty young men in a market town near Beni.",
              "Agents of the intelligence service took a blogger into custody in Tashkent in March."):
        got = classify._decide(head, s, s, p)
        assert [c.type for c in got] == ["Arrests"], (s, got)
        assert got[0].probability == pytest.approx(0.9, abs=0.01)
    # a demonstration told in the sentence or beside it keeps the protest type
    for s, ctx in (("Police arrested eleven students as they marched to the governor's residence.", None),
                   ("Riot police detained dozens outside the labour ministry.",
                    "Nurses staged a sit-in outside the labour ministry. Riot police detained dozens outside the labour ministry."),
                   ("Officers detained the organisers of the vigil in Minsk.", None),
                   # told by its act, or by force used on a crowd
                   ("Police detained fourteen pensioners who had blocked the coastal highway near Valparaiso.", None),
                   ("Guards detained three women who chained themselves to the railings of the assembly.", None),
                   ("Troops fired tear gas at traders in Kano and arrested about twenty.", None)):
        got = classify._decide(head, s, ctx or s, p)
        assert got[0].type == "Protest with intervention", (s, got)
    # no arrest word: the model's type stands
    s = "Police fired tear gas at the market traders."
    assert classify._decide(head, s, s, p)[0].type == "Protest with intervention"
