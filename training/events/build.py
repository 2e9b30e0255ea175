"""Build generated.jsonl: labelled event-typing items from templates and slot lists written by us.

Deterministic: one seeded random.Random drives every choice, so the same source gives the same file.
    python3 training/events/build.py            writes training/events/generated.jsonl

Each template family (one entry in a label's template list) gets one scenario id, gen-<label>-<n>,
shared by every item generated from it, so a validation split by scenario holds out whole families.
Templates use {slot} for slot values (filled per country, see countries.py and slots()) and
[a|b|c] for inline alternatives, picked at random.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from countries import C, PROTESTERS, PROTEST_CAUSE, PROGOV, WAR_PLACES, NO_TERRITORY, JIHADIST  # noqa: E402
from templates import TEMPLATES, BACKGROUND, NO_EVENT, WRAP_SECOND  # noqa: E402

SEED = 14
PER_LABEL = 280          # items per event label before de-duplication
PER_NEG = 900            # items each for "No event" and "Background"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

CIVILIANS = ["civilians", "villagers", "farmers", "herders", "displaced people", "traders", "worshippers",
             "passengers", "residents", "women and children", "miners", "fishermen", "returnees", "mourners",
             "bus passengers", "market-goers", "members of one family", "schoolchildren", "motorcyclists"]
VICTIMS = ["two aid workers", "a local chief", "a village head", "a Catholic priest", "three teachers", "a journalist",
           "an NGO driver", "a health worker", "the son of a local MP", "a traditional ruler", "two engineers",
           "a councillor", "a trader", "four herders", "a nurse", "a student activist",
           "an imam", "a district official", "a businessman", "several farmers", "a humanitarian worker",
           "a human rights lawyer", "a pastor", "a school principal", "two truck drivers"]
TARGETS = ["a market", "a residential building", "a school", "a hospital", "a fuel depot", "a power substation",
           "a checkpoint", "an apartment block", "a railway station", "a grain warehouse", "a mosque",
           "a military position", "a vehicle", "a displacement camp", "a bakery", "a bridge", "a farm",
           "a house", "a convoy", "a weapons depot", "a port facility"]


def number(rng, lo, hi, words=0.4):
    n = rng.randint(lo, hi)
    if n <= 12 and n >= 2 and rng.random() < words:
        return WORDS[n - 2]
    return str(n)


def coder_date(rng):
    y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    m = rng.choice(MONTHS)
    d = rng.randint(1, 28)
    r = rng.random()
    if r < 0.55:
        return f"On {d} {m} {y}"
    if r < 0.75:
        return f"Around {d} {m} {y} (as reported)"
    if r < 0.85:
        return f"On the night of {d}-{d + 1} {m} {y}"
    if r < 0.93:
        return f"Between {d} and {min(d + rng.randint(1, 4), 30)} {m} {y}"
    return f"On {d} {m}"


def news_day(rng):
    return rng.choice([f"on {rng.choice(WEEKDAYS)}", f"late on {rng.choice(WEEKDAYS)}", "overnight",
                       f"early on {rng.choice(WEEKDAYS)}", "on Sunday night", "this morning", "yesterday",
                       f"on {rng.randint(1, 28)} {rng.choice(MONTHS)}", f"on {rng.choice(WEEKDAYS)} evening",
                       "earlier today", f"on the night of {rng.choice(WEEKDAYS)}"])


# Labels whose perpetrator may be any armed group, pro-government militias included.
ANY_GROUP = {"Attack", "Looting/property destruction", "Sexual violence", "Abduction/forced disappearance",
             "Mob violence", "Background", "No event"}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
             "Headquarters or base established"}
PEACEFUL = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
            "Violent demonstration", "Mob violence", "Arrests", "No event", "Background", "Other"}


def slots(rng, c, code, label):
    places = c["places"]
    if label not in PEACEFUL and code in WAR_PLACES:
        places = [p for p in places if p[0] in WAR_PLACES[code]] or places
    if label in TERRITORY:
        places = [p for p in places if p[0] not in NO_TERRITORY] or places
    town, adm = rng.choice(places)
    other = [p for p in places if p[0] != town]
    town2, adm2 = rng.choice(other) if other else (town, adm)
    groups = c["groups"]
    if label not in ANY_GROUP:
        groups = [g for g in groups if g not in PROGOV.get(code, ())] or groups
    g = rng.choice(groups)
    g2 = rng.choice([x for x in groups if x != g] or groups)
    s = dict(
        P=town, A=adm, P2=town2, A2=adm2, C=c["name"], ADJ=c["adj"],
        ARMY=rng.choice(c["army"]), POL=rng.choice(c["police"]), GRP=g, GRP2=g2,
        AIR=rng.choice(c["air"]) if c["air"] else "", SHELL=rng.choice(c["shell"]) if c["shell"] else "",
        N=number(rng, 2, 30), N2=number(rng, 2, 6, 0.6), BIG=str(rng.randint(20, 400)), K=number(rng, 3, 60),
        D=news_day(rng), CD=coder_date(rng), OFF=c["official"], OUT=rng.choice(c["outlet"]),
        CIV=rng.choice(CIVILIANS), VIC=rng.choice(VICTIMS), TGT=rng.choice(TARGETS),
        PRO=rng.choice(PROTESTERS), CAUSE=rng.choice(PROTEST_CAUSE),
        YEAR=str(rng.randint(2012, 2023)), MON=rng.choice(MONTHS), WD=rng.choice(WEEKDAYS),
        KM=str(rng.randint(5, 60)),
    )
    # Agreement with the victim slot: one person or several.
    one = s["VIC"].split()[0] in ("a", "an", "the")  # every plural entry starts with a number word or "several"
    s.update(WAS="was" if one else "were", HAS="has" if one else "have", HIS="his" if one else "their",
             HIM="him" if one else "them")
    s["ATTR"] = rng.choice([f", {s['OFF']} said", f", according to {s['OUT']}", ", residents said",
                            ", a security source said", ", witnesses told reporters", ", local sources reported",
                            f", {s['OUT']} reported", "", "", ", officials said", ", a medic said",
                            f", {s['OFF']} told reporters", ", sources said"])
    return s


# A share of items uses invented town and group names, so that a model learns the sentence and not a
# list of known names: real reports name villages and splinter groups no gazetteer or lexicon holds.
INVENTED_SHARE = 0.12
SYLL = ["ka", "ro", "mbe", "ta", "shi", "wa", "no", "ged", "ul", "bar", "zi", "ko", "lan", "mo", "sa", "tu", "dar",
        "ve", "ni", "gol", "ba", "rek", "hu", "ya", "dan", "ese", "kir", "ol", "pa", "man"]


def invented(rng, parts):
    name = "".join(rng.choice(SYLL) for _ in range(parts))
    return name[0].upper() + name[1:]


def invent_slots(rng, s):
    s["P"], s["P2"] = invented(rng, rng.randint(2, 3)), invented(rng, rng.randint(2, 3))
    s["A"], s["A2"] = invented(rng, 2), invented(rng, 2)
    base = invented(rng, 2)
    s["GRP"] = rng.choice([f"the {base} Liberation Front", f"{base} militiamen", f"the {base} brigade",
                           f"fighters of the {base} movement", f"{base} armed groups", f"the {base} Defence Forces"])
    s["GRP2"] = f"{invented(rng, 2)} fighters"


ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
SLOT = re.compile(r"\{([A-Z0-9]+)\}")


def render(tpl, s, rng):
    while True:
        t2 = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), tpl)
        if t2 == tpl:
            break
        tpl = t2
    out = SLOT.sub(lambda m: s[m.group(1)], tpl)
    out = re.sub(r"\s+", " ", out).strip()
    out = re.sub(r"\s+([,.;:])", r"\1", out)
    # Sentence starts (also after an emoji or a slot that begins lower case) take a capital.
    out = re.sub(r"(^|[.!?]\s+|^\W+\s)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return out


def title_case(t):
    small = {"a", "an", "the", "in", "on", "of", "and", "as", "at", "to", "for", "by", "after", "with", "near", "from"}
    words = t.split()
    return " ".join(w if (i and w.lower() in small) or not w[0].isalpha() else w[0].upper() + w[1:]
                    for i, w in enumerate(words))


# Countries where organised armed conflict is not the story: only protest, riot, crime-like and
# negative labels are generated there, so the data does not put artillery duels in Athens.
UNREST_ONLY = {"FR", "GR", "RS", "BA", "GE", "MD", "AR", "CL", "PE", "SN", "NP", "LK", "GH", "ZA", "JO", "XK"}
UNREST_LABELS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration", "Mob violence", "Arrests", "Looting/property destruction",
                 "Grenade", "Remote explosive/landmine/IED", "Disrupted weapons use", "No event", "Background"}


JIHAD_WORDS = ("mujahideen", "apostate", "Crusader", "martyrdom", "Muslims", "istishhaad", "God", "brothers")


# Negative templates that speak of war, kept out of countries whose story is unrest.
WARLIKE = re.compile(r"\{(GRP|GRP2|ARMY|AIR|SHELL)\}|offensive|\bwar\b|landmine|air strike|suicide|shell|changed hands|"
                     r"massacre|siege|drone|missile|bombing|troops|ceasefire|truce|aircraft|jets|seize|targets|retake")


def eligible(code, c, tpl, label):
    if code in UNREST_ONLY and label in ("Background", "No event") and WARLIKE.search(tpl):
        return False
    if any(w in tpl for w in JIHAD_WORDS) and code not in JIHADIST:
        return False
    if code in UNREST_ONLY and label not in UNREST_LABELS:
        return False
    if "{AIR}" in tpl and not c["air"]:
        return False
    if "{SHELL}" in tpl and not c["shell"]:
        return False
    if label == "Chemical weapon" and not c["chem"]:
        return False
    if label == "Suicide bomb" and not c["suicide"]:
        return False
    if "{GRP2}" in tpl and len(c["groups"]) < 2:
        return False
    return True


def slug(label):
    return re.sub(r"[^a-z]+", "-", label.lower()).strip("-")


def generate():
    rng = random.Random(SEED)
    codes = sorted(C)
    out, seen = [], set()

    def emit(label, fams, n, prefix):
        k = 0
        tries = 0
        while k < n and tries < n * 20:
            tries += 1
            idx = (k + tries) % len(fams)
            genre, tpl = fams[idx]
            code = rng.choice(codes)
            c = C[code]
            if not eligible(code, c, tpl, label):
                continue
            s = slots(rng, c, code, label)
            if rng.random() < INVENTED_SHARE:
                invent_slots(rng, s)
            text = render(tpl, s, rng)
            if genre == "headline":
                r = rng.random()
                text = title_case(text) if r < 0.5 else text.upper() if r < 0.6 else text
            # Channels and wires flag some posts; the flag says nothing about the type.
            if genre in ("telegram", "liveblog") and text[0].isalpha() and not text.startswith(("Update", "Breaking")) \
                    and rng.random() < 0.15:
                text = rng.choice(["BREAKING: ", "URGENT | ", "Update: ", "JUST IN: ", "⚡️ "]) + text
            # A live-blog update often carries a second, neutral sentence after the event.
            if genre == "liveblog" and rng.random() < 0.5:
                text = text + " " + render(rng.choice(WRAP_SECOND), s, rng)
            if text in seen:
                continue
            seen.add(text)
            out.append({"text": text, "label": label, "country": code, "genre": genre,
                        "scenario": f"gen-{prefix}-{idx:02d}"})
            k += 1

    for label in sorted(TEMPLATES):
        emit(label, TEMPLATES[label], PER_LABEL, slug(label))
    emit("No event", NO_EVENT, PER_NEG, "no-event")
    emit("Background", BACKGROUND, PER_NEG, "background")
    return out


def main():
    items = generate()
    path = os.path.join(HERE, "generated.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in items:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"build: wrote {len(items)} items to {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
