"""Write the generated part of the attribution data: training/attribution/generated_{train,validation}.jsonl.

    python training/attribution/generate.py

Deterministic (one seeded random generator). Sentence frames here, slot lists in slots.py, both
written by us. Each line is one attributed statement (a sentence or a short passage) with its gold
claims: claimant, via (relays, origin side first, reader last), stance and content (the words the
claimant says, asserts or denies, as they appear in the text). Wars in slots.VALIDATION_WARS go
to the validation file whole.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from slots import DAYS, UNNAMED, VALIDATION_WARS, WARS, WIRES

HERE = Path(__file__).resolve().parent
FEMALE = {"Nour Haddad", "Olena Kovalenko", "Samira Abu Nada", "Amat al-Salam", "Layla Hamid", "Fatima Ishaq",
          "Ma Hla", "Aminata Traore", "Halima Yusuf", "Tsega Berhe", "Jeanne Mapendo", "Luz Marina Perez"}
NUMS = ["two", "three", "four", "five", "six", "seven", "nine", "11", "12", "14", "17", "20", "23", "31", "40"]

CLAUSES = [
    "{a} shelled {p}, killing {n} civilians",
    "{n} people were killed in an air strike on {p}",
    "{a} captured two villages near {p}",
    "a drone hit a fuel depot outside {p}",
    "{a} shot down a drone over {p}",
    "{n} soldiers died in an ambush near {p}",
    "{a} had withdrawn from positions east of {p}",
    "a car bomb exploded at a market in {p}",
    "{a} fired rockets at residential areas of {p}",
    "the main hospital in {p} was struck twice",
    "{a} killed {n} fighters in clashes near {p}",
    "{a} abducted {n} aid workers on the road to {p}",
    "{n} displaced families had fled {p} since the weekend",
    "a convoy carrying ammunition was destroyed near {p}",
    "{a} blew up a bridge on the southern edge of {p}",
    "the water station serving {p} had been knocked out",
]
NPS = ["a strike on {p}", "the shelling of {p}", "an attack on a convoy near {p}", "the capture of {p}",
       "the downing of a jet over {p}", "civilian deaths in {p}", "a massacre in {p}", "the bombing of a school in {p}",
       "a withdrawal from {p}", "the use of chemical weapons in {p}", "an ambush near {p}"]
QUOTES = ["We repelled the attack and the enemy fled", "The shelling lasted all night and nobody could sleep",
          "Our fighters are still holding the eastern district", "Nothing has reached us yet",
          "We counted {n} bodies in the street", "They hit the bakery while people were queueing",
          "The road to {p} is cut and the wounded cannot be moved", "Every house on our street was damaged",
          "The enemy suffered heavy losses near {p}", "We have no water, no power and no medicine left"]
HEDGED = ["{n} fighters were reportedly killed near {p}", "the aircraft either crashed or was shot down near {p}",
          "{a} may have used cluster munitions in {p}", "the convoy was possibly hit by a mine near {p}",
          "{a} allegedly executed {n} prisoners outside {p}", "the blast may have been caused by a drone near {p}"]
WHOLE = ["{A} attacked an army checkpoint near {p} {d}, killing {n} soldiers",
         "An air strike hit a crowded market in {p} {d}, wounding dozens of shoppers",
         "{A} overran a base outside {p} {d} after hours of fighting, seizing weapons and vehicles",
         "Shells fell on a camp for displaced people in {p} {d}, killing {n} children and a teacher",
         "{A} ambushed a supply column on the road from {p} {d}, setting fire to {n} trucks"]
DENY_ADJ = ["baseless", "unfounded", "false", "untrue", "fabricated", "a lie", "propaganda", "groundless"]
SMALL = {"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "near", "over", "from", "as"}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def title(s: str) -> str:
    words = s.split(" ")
    return " ".join(w if (i and w in SMALL) else (w[:1].upper() + w[1:]) for i, w in enumerate(words))


class Gen:
    def __init__(self, seed: int = 15):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def fill(self, war, tmpl):
        w = WARS[war]
        a = self.pick(w["attackers"])
        return tmpl.format(a=a, A=cap(a), p=self.pick(w["places"]), n=self.pick(NUMS), d=self.pick(DAYS))

    def clause(self, war):
        return self.fill(war, self.pick(CLAUSES))

    def np(self, war):
        return self.fill(war, self.pick(NPS))

    def speaker(self, war, kinds=("official", "media", "monitor", "person", "unnamed")):
        """(surface in text, gold claimant, description or None, is_person)."""
        w = WARS[war]
        k = self.pick(kinds)
        if k == "person":
            name, desc = self.pick(w["people"])
            return name, name, desc, True
        if k == "unnamed":
            u = self.pick(UNNAMED)
            return u, u, None, False
        pool = {"official": w["officials"], "media": w["media"], "monitor": w["monitors"]}[k]
        name = self.pick(pool)[0]
        return name, name, None, False

    def wire(self, exclude=()):
        return self.pick([x for x in WIRES if x not in exclude])

    def stance(self):
        x = self.r.random()
        return ("asserts" if x < .4 else "denies" if x < .65 else "confirms" if x < .75
                else "unconfirmed" if x < .87 else "uncertain")

    # -- a speaker's verb phrase before the content: (phrase, stance, content) ---------------
    def vp(self, war, stance, person=False):
        c = self.clause(war)
        if stance == "asserts":
            v = self.pick(["said", "said {d} that", "reported that", "claimed that", "announced that",
                           "said in a statement that", "wrote on Telegram that", "stated that", "insisted that",
                           "told a news conference that"])
            return v.format(d=self.pick(DAYS)) + " " + c, stance, c
        if stance == "denies":
            k = self.r.randrange(11)
            adj = self.pick(DENY_ADJ)
            if k == 0:
                return "denied that " + c, stance, c
            if k == 1:
                return "denied reports that " + c, stance, c
            if k == 2:
                return "rejected claims that " + c, stance, c
            if k == 3:
                return f"said reports that {c} were untrue", stance, c
            if k == 4:
                return f"dismissed reports that {c} as {adj}", stance, c
            if k == 5:
                return f"said there was no truth to reports that {c}", stance, c
            if k == 6:
                return f"called reports that {c} \"completely false\"", stance, c
            if k == 7:
                return "refuted claims that " + c, stance, c
            if k == 8:
                n = self.np(war)
                return f"said {n} did not happen", stance, n
            if k == 9:
                return f"said claims that {c} were {adj}", stance, c
            n = self.np(war)
            return f"flatly denied {n}", stance, n
        if stance == "confirms":
            v = self.pick(["confirmed that", "acknowledged that", "admitted that", "confirmed on {d} that"])
            return v.format(d=self.pick(DAYS)) + " " + c, stance, c
        if stance == "unconfirmed":
            pr = "she" if person else "it"
            v = self.pick(["has not confirmed that", "could not confirm that", "declined to confirm that",
                           f"said {pr} could not confirm reports that", "did not confirm that",
                           "has yet to confirm that"])
            return v + " " + c, stance, c
        h = self.fill(war, self.pick(HEDGED))
        v = self.pick(["said", "reported that", "said {d} that"]).format(d=self.pick(DAYS))
        return v + " " + h, "uncertain", h

    def after(self, war, stance):
        """(content sentence part, verb after the speaker, stance, content)."""
        c = self.clause(war)
        if stance == "denies":
            return f"Reports that {c} are {self.pick(['false', 'untrue', 'baseless'])}", "said", "denies", c
        if stance == "confirms":
            return cap(c), "confirmed", "confirms", c
        if stance == "uncertain":
            h = self.fill(war, self.pick(HEDGED))
            return cap(h), "said", "uncertain", h
        return cap(c), self.pick(["said", "reported", "said in a statement", "said on Telegram", "claimed"]), "asserts", c

    # -- shapes: each returns (text, claims, genre) --------------------------------------------
    def say_before(self, war):
        s, g, d, person = self.speaker(war)
        st = self.stance()
        vp, st, c = self.vp(war, st, person and g in FEMALE)
        if d:
            return f"{s}, {d}, {vp}.", [claim(g, [], st, c, d)], "wire"
        return f"{cap(s)} {vp}.", [claim(g, [], st, c)], self.pick(["wire", "ministry", "monitor", "live blog"])

    def say_after(self, war):
        s, g, d, _ = self.speaker(war, ("official", "media", "monitor", "unnamed"))
        st = self.pick(["asserts", "asserts", "asserts", "denies", "confirms", "uncertain"])
        body, verb, st, c = self.after(war, st)
        if self.r.random() < .3 and verb == "said":
            return f"{body}, said {s}.", [claim(g, [], st, c)], "wire"
        return f"{body}, {s} {verb}.", [claim(g, [], st, c)], "wire"

    def whole(self, war):
        s, g, _, _ = self.speaker(war, ("official", "monitor", "media"))
        body = self.fill(war, self.pick(WHOLE))
        return f"{body}, {s} said.", [claim(g, [], "asserts", body)], "wire"

    def apposition(self, war):
        name, desc = self.pick(WARS[war]["people"])
        q = self.fill(war, self.pick(QUOTES))
        k = self.r.randrange(4)
        if k == 0:
            return f"\"{q},\" said {name}, {desc}.", [claim(name, [], "asserts", q, desc)], "wire"
        if k == 1:
            return f"\"{q},\" said {desc}, {name}.", [claim(name, [], "asserts", q, desc)], "wire"
        if k == 2:
            c = self.clause(war)
            return f"{name}, {desc}, said {c}.", [claim(name, [], "asserts", c, desc)], "wire"
        r = self.wire()
        return f"\"{q},\" {name}, {desc}, told {r}.", [claim(name, [r], "asserts", q, desc)], "wire"

    def direct_quote(self, war):
        s, g, d, person = self.speaker(war, ("official", "monitor", "person"))
        q = self.fill(war, self.pick(QUOTES))
        q2 = self.fill(war, self.pick(QUOTES))
        k = self.r.randrange(4)
        if k == 0:
            return f"\"{q},\" {s} said.", [claim(g, [], "asserts", q)], "wire"
        if k == 1:
            return f"{cap(s)} said: \"{q}.\"", [claim(g, [], "asserts", q)], "live blog"
        if k == 2:
            return f"\"{q}. {q2},\" {s} said.", [claim(g, [], "asserts", q)], "wire"
        return f"\"{q},\" {s} said in a video posted online.", [claim(g, [], "asserts", q)], "live blog"

    def trailing_relay(self, war):
        s, g, d, _ = self.speaker(war, ("official", "media", "monitor"))
        r = self.wire()
        st = self.pick(["asserts", "asserts", "denies", "uncertain"])
        vp, st, c = self.vp(war, st)
        k = self.r.randrange(3)
        if k == 0:
            return f"{cap(s)} {vp}, {r} reported.", [claim(g, [r], st, c)], "wire"
        if k == 1:
            return f"{cap(s)} {vp}, according to {r}.", [claim(g, [r], st, c)], "wire"
        c = self.clause(war)
        return f"{cap(c)}, {s} said, {r} reported.", [claim(g, [r], "asserts", c)], "wire"

    def according(self, war):
        s, g, d, _ = self.speaker(war, ("official", "media", "monitor", "unnamed"))
        c = self.clause(war)
        k = self.r.randrange(4)
        if k == 0:
            return f"According to {s}, {c}.", [claim(g, [], "asserts", c)], "wire"
        if k == 1:
            return f"{cap(c)}, according to {s}.", [claim(g, [], "asserts", c)], "wire"
        if k == 2:
            s, g, d, _ = self.speaker(war, ("official", "monitor"))
            return f"{cap(c)}, according to a statement from {s}.", [claim(g, [], "asserts", c)], "ministry"
        h = self.fill(war, self.pick(HEDGED))
        return f"According to {s}, {h}.", [claim(g, [], "uncertain", h)], "wire"

    def told(self, war):
        s, g, d, person = self.speaker(war, ("official", "person", "unnamed", "monitor"))
        r = self.wire()
        st = self.pick(["asserts", "asserts", "denies", "uncertain", "unconfirmed"])
        k = self.r.randrange(4)
        if k == 0 or st != "asserts":
            if st == "unconfirmed":
                c = self.clause(war)
                return (f"{cap(s)} told {r} {'she' if g in FEMALE else 'they' if not person else 'he'} could not confirm that {c}.",
                        [claim(g, [r], st, c)], "wire")
            if st == "uncertain":
                h = self.fill(war, self.pick(HEDGED))
                return f"{cap(s)} told {r} that {h}.", [claim(g, [r], st, h)], "wire"
            if st == "denies":
                c2 = self.clause(war)
                adj = self.pick(["false", "untrue", "baseless", "fabricated"])
                return f"{cap(s)} told {r} that reports that {c2} were {adj}.", [claim(g, [r], "denies", c2)], "wire"
            c = self.clause(war)
            return f"{cap(s)} told {r} that {c}.", [claim(g, [r], st, c)], "wire"
        if k == 1:
            q = self.fill(war, self.pick(QUOTES))
            return f"\"{q},\" {s} told {r}.", [claim(g, [r], "asserts", q)], "wire"
        if k == 2:
            c = self.clause(war)
            return f"{cap(c)}, {s} told {r}.", [claim(g, [r], "asserts", c)], "wire"
        c = self.clause(war)
        aud = self.pick(["reporters", "journalists", "a news conference", "a briefing in the capital"])
        return f"{cap(s)} told {aud} that {c}.", [claim(g, [], "asserts", c)], "wire"

    def citing(self, war):
        s, g, d, _ = self.speaker(war, ("official", "media", "monitor", "unnamed"))
        r = self.wire()
        c = self.clause(war)
        k = self.r.randrange(5)
        if k == 0:
            return f"{cap(r)}, citing {s}, said {c}.", [claim(g, [r], "asserts", c)], "wire"
        if k == 1:
            return f"Citing {s}, {r} said that {c}.", [claim(g, [r], "asserts", c)], "wire"
        if k == 2:
            return f"{cap(r)} reported, citing {s}, that {c}.", [claim(g, [r], "asserts", c)], "wire"
        if k == 3:
            return f"{cap(c)}, {r} reported, citing {s}.", [claim(g, [r], "asserts", c)], "wire"
        h = self.fill(war, self.pick(HEDGED))
        return f"{cap(r)}, citing {s}, said {h}.", [claim(g, [r], "uncertain", h)], "wire"

    def quoted_as(self, war):
        s, g, d, _ = self.speaker(war, ("official", "person"))
        c = self.clause(war)
        k = self.r.randrange(3)
        if k == 0:
            return f"{cap(s)} was quoted as saying that {c}.", [claim(g, [], "asserts", c)], "wire"
        r = self.pick(WARS[war]["media"])[0] if self.r.random() < .5 else self.wire()
        if k == 1:
            return f"{cap(r)} quoted {s} as saying {c}.", [claim(g, [r], "asserts", c)], "wire"
        return f"{cap(s)} was quoted by {r} as saying {c}.", [claim(g, [r], "asserts", c)], "wire"

    def nested(self, war):
        s = self.pick(WARS[war]["media"] + WARS[war]["officials"])[0]
        r1 = self.wire()
        r2 = self.wire(exclude=(r1,))
        c = self.clause(war)
        k = self.r.randrange(4)
        if k == 0:
            return f"{cap(r2)}, citing {r1}, reported that {s} said {c}.", [claim(s, [r1, r2], "asserts", c)], "live blog"
        if k == 1:
            return f"{cap(r2)} reported that {r1} quoted {s} as saying {c}.", [claim(s, [r1, r2], "asserts", c)], "live blog"
        if k == 2:
            return f"{cap(s)} said {c}, {r1} reported, according to {r2}.", [claim(s, [r1, r2], "asserts", c)], "live blog"
        return f"According to {r2}, {r1} reported that {s} said {c}.", [claim(s, [r1, r2], "asserts", c)], "live blog"

    def headline(self, war):
        s, g, d, _ = self.speaker(war, ("official", "media", "monitor"))
        s = s[4:] if s.startswith("the ") else s
        g = s
        st = self.pick(["asserts", "denies", "denies", "confirms", "uncertain"])
        n = self.np(war)
        c = self.clause(war)
        if st == "asserts":
            t = self.pick([f"{s} says {c}", f"{cap(c)}: {s}", f"{cap(c)}, {s} says", f"{s}: {c}"])
            cont = c
        elif st == "denies":
            cont = n
            t = self.pick([f"{s} denies {n}", f"{s} refutes reports of {n}", f"{s} says reports of {n} are untrue",
                           f"{s} dismisses reports of {n} as unfounded", f"{s} rejects claims of {n}",
                           f"{s} calls reports of {n} fake"])
        elif st == "confirms":
            cont = n
            t = self.pick([f"{s} confirms {n}", f"{s} admits {n}"])
        else:
            cont = self.fill(war, self.pick(["{n} fighters reportedly killed near {p}",
                                             "jet reportedly shot down over {p}",
                                             "{a} reportedly seize {p}"]))
            g, t = "unnamed reports", cont
        if self.r.random() < .5:
            t = title(t)
            cont = t[t.lower().index(cont.lower()):][:len(cont)]
        return t, [claim(g, [], st, cont)], "headline"

    def anaphor(self, war):
        w = WARS[war]
        k = self.r.randrange(3)
        c1, c2 = self.clause(war), self.clause(war)
        if k == 0 and w["pron"]:
            org, ref = self.pick(sorted(w["pron"].items()))
            return (f"{cap(org)} said {c1}. {cap(ref)} added that {c2}.",
                    [claim(org, [], "asserts", c1), claim(org, [], "asserts", c2)], "wire")
        if k == 1:
            name, desc = self.pick(w["people"])
            pr = "She" if name in FEMALE else "He"
            return (f"{name}, {desc}, said {c1}. {pr} said {c2}.",
                    [claim(name, [], "asserts", c1, desc), claim(name, [], "asserts", c2)], "wire")
        org, ref = self.pick(sorted(w["pron"].items()))
        name, desc = self.pick(w["people"])
        c3 = self.clause(war)
        return (f"{cap(org)} said {c1}. {name}, {desc}, said {c2}. {cap(ref)} also said {c3}." if ref != "it"
                else f"{cap(org)} said {c1}. {name}, {desc}, said {c2}.",
                [claim(org, [], "asserts", c1), claim(name, [], "asserts", c2, desc)]
                + ([claim(org, [], "asserts", c3)] if ref != "it" else []), "wire")

    def unnamed(self, war):
        u = self.pick(UNNAMED)
        st = self.pick(["asserts", "asserts", "uncertain", "denies"])
        vp, st, c = self.vp(war, st)
        return f"{cap(u)} {vp}.", [claim(u, [], st, c)], "wire"


def claim(claimant, via, stance, content, description=None):
    d = {"claimant": claimant[4:] if claimant.startswith("the ") else claimant, "via": [v[4:] if v.startswith("the ") else v for v in via],
         "stance": stance, "content": content}
    if description:
        d["description"] = description
    return d


SHAPES = {"say_before": 14, "say_after": 12, "whole_sentence": 6, "apposition": 9, "direct_quote": 9,
          "trailing_relay": 9, "according_to": 9, "told": 10, "citing": 10, "quoted_as": 7, "nested": 7,
          "headline": 14, "anaphor": 9, "unnamed": 7}
METHOD = {"whole_sentence": "whole", "according_to": "according"}


def handwritten(path: Path) -> list[dict]:
    """Blocks of handwritten.txt (format in its header) as data rows; a bad block names its line."""
    rows, cur = [], None
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@"):
            set_, shape, genre = line[1:].split(maxsplit=2)
            cur = {"id": f"hw-{len(rows) + 1:04d}", "set": set_, "genre": genre, "shape": shape, "text": "",
                   "claims": []}
            rows.append(cur)
        elif line.startswith("= "):
            parts = [x.strip() for x in line[2:].split("|")]
            if cur is None or len(parts) != 4 or parts[3] not in cur["text"]:
                raise SystemExit(f"{path}:{no}: bad gold line (claimant | via | stance | content in text)")
            via = [v.strip() for v in parts[1].split(";") if v.strip()]
            cur["claims"].append({"claimant": parts[0], "via": via, "stance": parts[2], "content": parts[3]})
        elif cur is not None and not cur["text"]:
            cur["text"] = line.strip()
        elif cur is not None and not cur["claims"]:
            # a further line before the gold is the next paragraph of a whole article (batch 13)
            cur["text"] += "\n\n" + line.strip()
        else:
            raise SystemExit(f"{path}:{no}: text outside a block")
    return rows


def main() -> None:
    g = Gen()
    out = {"train": [], "validation": []}
    for war in WARS:
        n = 0
        for shape, count in SHAPES.items():
            for _ in range(count):
                text, claims, genre = getattr(g, METHOD.get(shape, shape))(war)
                for c in claims:
                    if c["content"] not in text:          # it opens the sentence, capitalised
                        c["content"] = cap(c["content"])
                    assert c["content"] in text, (text, c)
                n += 1
                out["validation" if war in VALIDATION_WARS else "train"].append(
                    {"id": f"gen-{war}-{n:03d}", "set": war, "genre": genre, "shape": shape, "text": text,
                     "claims": claims})
    hand = {"train": [], "validation": []}
    for row in handwritten(HERE / "handwritten.txt"):
        hand["validation" if row["set"].split("-")[0] in VALIDATION_WARS else "train"].append(row)
    for part, rows in hand.items():
        with open(HERE / f"handwritten_{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("handwritten", part, len(rows))
    for part, rows in out.items():
        with open(HERE / f"generated_{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(part, len(rows))


if __name__ == "__main__":
    main()
