"""Write the general-news part of the attribution data and the headline stance set:

    python3 training/attribution/general.py

-> general_{train,validation}.jsonl (attributed statements, same line format as the rest of this
folder) and headlines/{train,validation}.jsonl (one headline a line, with its for / against /
observing label). Deterministic (seeded). Frames here, slots in general_slots.py, both written by
us. Topics in general_slots.VALIDATION_TOPICS go to validation whole (politics, business, tech,
climate, education, transport train; courts, science, sport, health validate).

The frames cover what general political / business / court / science news uses and the conflict
frames did not: every reporting verb in its inflections, noun cues ("X's view is", "a report by X
found"), "told reporters", "said in an interview (with Y)", quotations over several sentences with
the speaker after, reported speech in subordinate clauses, passives ("it was reported by"),
unnamed sources kept as such, denials in general wording ("pushed back on", "called ... baseless").
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from general_slots import DAYS, OUTLETS, TOPICS, UNNAMED, VALIDATION_TOPICS

HERE = Path(__file__).resolve().parent

# lemma: (past, third person present, stance); every verb is used in several forms
VERBS = {
    "say": ("said", "says", "asserts"), "argue": ("argued", "argues", "asserts"), "claim": ("claimed", "claims", "asserts"),
    "warn": ("warned", "warns", "asserts"), "insist": ("insisted", "insists", "asserts"),
    "acknowledge": ("acknowledged", "acknowledges", "confirms"), "contend": ("contended", "contends", "asserts"),
    "note": ("noted", "notes", "asserts"), "add": ("added", "adds", "asserts"), "explain": ("explained", "explains", "asserts"),
    "estimate": ("estimated", "estimates", "asserts"), "predict": ("predicted", "predicts", "asserts"),
    "believe": ("believed", "believes", "asserts"), "suggest": ("suggested", "suggests", "asserts"),
    "concede": ("conceded", "concedes", "confirms"), "recall": ("recalled", "recalls", "asserts"),
    "testify": ("testified", "testifies", "asserts"), "allege": ("alleged", "alleges", "asserts"),
    "tweet": ("tweeted", "tweets", "asserts"), "write": ("wrote", "writes", "asserts"),
    "maintain": ("maintained", "maintains", "asserts"), "stress": ("stressed", "stresses", "asserts"),
    "point out": ("pointed out", "points out", "asserts"), "conclude": ("concluded", "concludes", "asserts"),
    "announce": ("announced", "announces", "asserts"), "reveal": ("revealed", "reveals", "asserts"),
    "disclose": ("disclosed", "discloses", "asserts"), "forecast": ("forecast", "forecasts", "asserts"),
    "admit": ("admitted", "admits", "confirms"), "confirm": ("confirmed", "confirms", "confirms"),
    "state": ("stated", "states", "asserts"), "emphasise": ("emphasised", "emphasises", "asserts"),
    "caution": ("cautioned", "cautions", "asserts"), "report": ("reported", "reports", "asserts"),
    "assert": ("asserted", "asserts", "asserts"), "complain": ("complained", "complains", "asserts"),
    "counter": ("countered", "counters", "asserts"), "observe": ("observed", "observes", "asserts"),
    "signal": ("signalled", "signals", "asserts"), "acknowledge ": ("acknowledged", "acknowledges", "confirms"),
    "agree": ("agreed", "agrees", "asserts"), "find": ("found", "finds", "asserts"), "show": ("showed", "shows", "asserts"),
    "told": ("told", "tells", "asserts"),
}
# verbs that can close a sentence after what they say ("..., she argued.")
AFTER = ["said", "argued", "warned", "insisted", "added", "noted", "explained", "claimed", "wrote", "tweeted",
         "contended", "estimated", "predicted", "recalled", "testified", "alleged", "suggested", "acknowledged",
         "conceded", "maintained", "stressed", "cautioned", "countered", "observed", "complained", "said on Tuesday",
         "said in a statement", "wrote in a blog post", "said in a filing", "said at a press conference"]
DENY_ADJ = ["baseless", "unfounded", "false", "untrue", "inaccurate", "misleading", "nonsense", "groundless",
            "completely wrong", "fabricated", "speculation", "pure fiction"]
SMALL = {"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "near", "over", "from", "as"}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def bare(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


def title(s: str) -> str:
    return " ".join(w if (i and w in SMALL) else (w[:1].upper() + w[1:]) for i, w in enumerate(s.split(" ")))


def claim(claimant, via, stance, content, description=None):
    d = {"claimant": bare(claimant), "via": [bare(v) for v in via], "stance": stance, "content": content}
    if description:
        d["description"] = description
    return d


class Gen:
    def __init__(self, seed: int = 615):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def speaker(self, t, kinds=("body", "person", "unnamed")):
        """(surface, gold claimant, description, pronoun)"""
        k = self.pick(kinds)
        if k == "person":
            name, desc, pr = self.pick(TOPICS[t]["people"])
            return name, name, desc, pr
        if k == "unnamed":
            u = self.pick(UNNAMED)
            return u, u, None, "they"
        org, _, pr = self.pick(TOPICS[t]["bodies"])
        return org, org, None, pr

    def clause(self, t):
        return self.pick(TOPICS[t]["clauses"])

    def outlet(self, exclude=()):
        return self.pick([o for o in OUTLETS if o not in exclude])

    def verb_form(self, plural=False):
        """A reporting verb in one of its forms, with what it makes of the statement."""
        lemma = self.pick([v for v in VERBS if v not in ("told", "find", "show", "acknowledge ")])
        past, pres, stance = VERBS[lemma]
        form = self.pick(["past", "past", "pres", "perfect", "day"])
        if form == "pres":
            w = (lemma if plural else pres)
        elif form == "perfect":
            w = ("have " if plural else "has ") + (past if lemma not in ("write",) else "written")
        elif form == "day":
            w = f"{past} {self.pick(DAYS)}"
        else:
            w = past
        return w, stance

    # --- shapes: each returns (text, claims, genre) ---------------------------------------------
    def reporting_verb(self, t):
        s, g, d, pr = self.speaker(t)
        w, st = self.verb_form(plural=g in ("sources", "officials", "analysts", "critics", "economists", "insiders",
                                            "residents", "several employees", "people familiar with the matter",
                                            "two people briefed on the talks", "people close to the company"))
        c = self.clause(t)
        that = self.pick(["that ", "that ", ""]) if not w.startswith(("pointed", "points")) else "that "
        if d:
            return f"{s}, {d}, {w} {that}{c}.", [claim(g, [], st, c, d)], "wire"
        return f"{cap(s)} {w} {that}{c}.", [claim(g, [], st, c)], "wire"

    def verb_after(self, t):
        s, g, d, pr = self.speaker(t)
        c = self.clause(t)
        v = self.pick(AFTER)
        st = "confirms" if v in ("acknowledged", "conceded") else "asserts"
        k = self.r.randrange(3)
        if k == 0 and d:
            return f"{cap(c)}, {v.split()[0]} {s}, {d}.", [claim(g, [], st, c, d)], "wire"
        if k == 1 and " " not in v:
            return f"{cap(c)}, {v} {s}.", [claim(g, [], st, c)], "wire"
        return f"{cap(c)}, {s} {v}.", [claim(g, [], st, c)], "wire"

    def noun_cue(self, t):
        org, ref, _ = self.pick(TOPICS[t]["bodies"])
        name, desc, pr = self.pick(TOPICS[t]["people"])
        c = self.clause(t)
        poss = lambda x: x + ("'" if x.endswith("s") else "'s")          # noqa: E731
        k = self.r.randrange(9)
        if k == 0:
            return f"In a statement, {org} said {c}.", [claim(org, [], "asserts", c)], "wire"
        if k == 1:
            return f"{cap(c)}, {org} said in a statement.", [claim(org, [], "asserts", c)], "wire"
        if k == 2:
            return f"{poss(name)} view is that {c}.", [claim(name, [], "asserts", c)], "wire"
        if k == 3:
            return f"In {poss(name)} view, {c}.", [claim(name, [], "asserts", c)], "wire"
        if k == 4:
            return f"A report by {org} found that {c}.", [claim(org, [], "asserts", c)], "wire"
        if k == 5:
            return f"{cap(poss(org))} report found that {c}.", [claim(org, [], "asserts", c)], "wire"
        if k == 6:
            return f"{cap(poss(org))} position is that {c}.", [claim(org, [], "asserts", c)], "wire"
        if k == 7:
            return f"According to {org}, {c}.", [claim(org, [], "asserts", c)], "wire"
        return f"{cap(c)}, according to a statement from {org}.", [claim(org, [], "asserts", c)], "wire"

    def told(self, t):
        s, g, d, pr = self.speaker(t, ("body", "person"))
        c = self.clause(t)
        r = self.outlet()
        k = self.r.randrange(8)
        day = self.pick(DAYS)
        if k == 0:
            return f"{cap(s)} told reporters {day} that {c}.", [claim(g, [], "asserts", c)], "wire"
        if k == 1:
            return f"{cap(s)} told {r} that {c}.", [claim(g, [r], "asserts", c)], "wire"
        if k == 2:
            return f"{cap(s)} said in an interview that {c}.", [claim(g, [], "asserts", c)], "wire"
        if k == 3:
            return f"{cap(s)} said in an interview with {r} that {c}.", [claim(g, [r], "asserts", c)], "wire"
        if k == 4:
            return f"{cap(c)}, {s} told reporters.", [claim(g, [], "asserts", c)], "wire"
        if k == 5:
            q = self.pick(TOPICS[t]["quotes"])
            return f"\"{q},\" {s} told {r}.", [claim(g, [r], "asserts", q)], "wire"
        if k == 6:
            return f"Speaking to reporters {day}, {s} said {c}.", [claim(g, [], "asserts", c)], "wire"
        return f"{cap(s)} told {r} in an interview that {c}.", [claim(g, [r], "asserts", c)], "wire"

    def long_quote(self, t):
        qs = self.r.sample(TOPICS[t]["quotes"], min(3, len(TOPICS[t]["quotes"])))
        inner = ". ".join(qs[:self.r.choice([2, 3])])
        name, desc, pr = self.pick(TOPICS[t]["people"])
        k = self.r.randrange(4)
        if k == 0:
            return f"\"{inner},\" {name} said.", [claim(name, [], "asserts", inner)], "wire"
        if k == 1:
            return f"\"{inner},\" said {name}, {desc}.", [claim(name, [], "asserts", inner, desc)], "wire"
        if k == 2:
            return f"{name} said: \"{inner}.\"", [claim(name, [], "asserts", inner)], "wire"
        org, ref, _ = self.pick(TOPICS[t]["bodies"])
        return f"\"{inner},\" {org} said in a statement.", [claim(org, [], "asserts", inner)], "wire"

    def quote_continued(self, t):
        q1, q2 = self.r.sample(TOPICS[t]["quotes"], 2)
        name, desc, pr = self.pick(TOPICS[t]["people"])
        k = self.r.randrange(3)
        if k == 0:
            return (f"\"{q1},\" {name} said. \"{q2}.\"", [claim(name, [], "asserts", q1), claim(name, [], "asserts", q2)],
                    "wire")
        if k == 1:
            return (f"\"{q1},\" said {name}, {desc}. \"{q2}.\"",
                    [claim(name, [], "asserts", q1, desc), claim(name, [], "asserts", q2)], "wire")
        c = self.clause(t)
        return (f"{name}, {desc}, said {c}. \"{q2},\" {pr} added.",
                [claim(name, [], "asserts", c, desc), claim(name, [], "asserts", q2)], "wire")

    def subordinate(self, t):
        s, g, d, pr = self.speaker(t, ("body", "person"))
        c = self.clause(t)
        re_ = self.pick(TOPICS[t]["reactions"])
        v = self.pick(["warned", "said", "announced", "revealed", "claimed", "admitted", "disclosed"])
        st = "confirms" if v == "admitted" else "asserts"
        k = self.r.randrange(5)
        if k == 0:
            return f"{re_} after {s} {v} that {c}.", [claim(g, [], st, c)], "wire"
        if k == 1:
            return f"{re_} when {s} {v} that {c}.", [claim(g, [], st, c)], "wire"
        if k == 2:
            return f"Although {s} {v} that {c}, few expected a quick change.", [claim(g, [], st, c)], "wire"
        if k == 3:
            s2, g2, d2, _ = self.speaker(t, ("person",))
            if g2 == g:
                return f"{re_} after {s} {v} that {c}.", [claim(g, [], st, c)], "wire"
            return f"{cap(s2)} said {s} had {v} that {c}.", [claim(g, [s2], st, c)], "wire"
        return f"{re_}, days after {s} {v} that {c}.", [claim(g, [], st, c)], "wire"

    def passive(self, t):
        org, ref, _ = self.pick(TOPICS[t]["bodies"])
        r = self.outlet()
        c = self.clause(t)
        k = self.r.randrange(4)
        if k == 0:
            return f"It was reported by {r} that {c}.", [claim(r, [], "asserts", c)], "wire"
        if k == 1:
            return f"It was announced by {org} {self.pick(DAYS)} that {c}.", [claim(org, [], "asserts", c)], "wire"
        if k == 2:
            return f"It has been reported that {c}.", [claim("unnamed reports", [], "uncertain", c)], "wire"
        return f"{cap(c)}, it was claimed by {org}.", [claim(org, [], "asserts", c)], "wire"

    def unnamed(self, t):
        u = self.pick(UNNAMED)
        c = self.clause(t)
        r = self.outlet()
        k = self.r.randrange(6)
        plural = not u.startswith(("a ", "an "))
        if k == 0:
            return f"{cap(u)} said {c}.", [claim(u, [], "asserts", c)], "wire"
        if k == 1:
            return f"{cap(c)}, {u} said.", [claim(u, [], "asserts", c)], "wire"
        if k == 2:
            return f"{cap(c)}, {u} told {r}.", [claim(u, [r], "asserts", c)], "wire"
        if k == 3:
            return f"{cap(r)} reported, citing {u}, that {c}.", [claim(u, [r], "asserts", c)], "wire"
        if k == 4:
            return (f"{cap(u)}, speaking on condition of anonymity because {'they were' if plural else 'they were'} not "
                    f"authorised to speak publicly, said {c}.", [claim(u, [], "asserts", c)], "wire")
        return f"According to {u}, {c}.", [claim(u, [], "asserts", c)], "wire"

    def relay(self, t):
        s, g, d, pr = self.speaker(t, ("body", "person"))
        r1 = self.outlet()
        r2 = self.outlet(exclude=(r1,))
        c = self.clause(t)
        k = self.r.randrange(7)
        if k == 0:
            return f"{cap(s)} said {c}, {r1} reported.", [claim(g, [r1], "asserts", c)], "wire"
        if k == 1:
            return f"{cap(c)}, {s} said, according to {r1}.", [claim(g, [r1], "asserts", c)], "wire"
        if k == 2:
            return f"{cap(r1)}, citing {s}, reported that {c}.", [claim(g, [r1], "asserts", c)], "wire"
        if k == 3:
            return f"{cap(s)} said {c}, {r1} reported, citing {r2}.", [claim(g, [r2, r1], "asserts", c)], "wire"
        if k == 4:
            return f"{cap(r2)}, citing {r1}, reported that {s} had said {c}.", [claim(g, [r1, r2], "asserts", c)], "wire"
        if k == 5:
            return f"{cap(r1)} quoted {s} as saying {c}.", [claim(g, [r1], "asserts", c)], "wire"
        return f"Citing {s}, {r1} said {c}.", [claim(g, [r1], "asserts", c)], "wire"

    def denial(self, t):
        s, g, d, pr = self.speaker(t, ("body", "body", "person"))
        c = self.clause(t)
        n = self.pick(TOPICS[t]["nps"])
        adj = self.pick(DENY_ADJ)
        lead = f"{s}, {d}," if d else cap(s)
        k = self.r.randrange(14)
        if k == 0:
            return f"{lead} denied that {c}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 1:
            c2 = self.clause(t)
            # "denied A, saying B": two statements, one per verb of saying (the stories' convention)
            return (f"{lead} denied {self.pick(DAYS)} that {c}, saying {c2}.",
                    [claim(g, [], "denies", c, d), claim(g, [], "asserts", c2, d)], "wire")
        if k == 2:
            return f"{lead} rejected claims that {c}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 3:
            return f"{lead} dismissed reports that {c} as {adj}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 4:
            return f"{lead} said reports that {c} were {adj}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 5:
            return f"{lead} called the allegations {adj}.", [claim(g, [], "denies", "the allegations", d)], "wire"
        if k == 6:
            return f"{lead} pushed back on reports that {c}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 7:
            return f"There is no truth to reports that {c}, {s} said.", [claim(g, [], "denies", c)], "wire"
        if k == 8:
            return f"{lead} categorically denied {n}.", [claim(g, [], "denies", n, d)], "wire"
        if k == 9:
            return f"{lead} disputed claims that {c}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 10:
            return f"{lead} said the claim that {c} was {adj}.", [claim(g, [], "denies", c, d)], "wire"
        if k == 11:
            return f"{lead} has denied {n}.", [claim(g, [], "denies", n, d)], "wire"
        if k == 12:
            return f"{lead} insisted that {n} never happened.", [claim(g, [], "denies", n, d)], "wire"
        return f"{lead} flatly rejected suggestions that {c}.", [claim(g, [], "denies", c, d)], "wire"

    def confirm(self, t):
        s, g, d, pr = self.speaker(t, ("body", "person"))
        c = self.clause(t)
        lead = f"{s}, {d}," if d else cap(s)
        k = self.r.randrange(6)
        if k == 0:
            return f"{lead} confirmed that {c}.", [claim(g, [], "confirms", c, d)], "wire"
        if k == 1:
            return f"{lead} acknowledged that {c}.", [claim(g, [], "confirms", c, d)], "wire"
        if k == 2:
            return f"{lead} declined to comment on reports that {c}.", [claim(g, [], "unconfirmed", c, d)], "wire"
        if k == 3:
            return f"{lead} would neither confirm nor deny that {c}.", [claim(g, [], "unconfirmed", c, d)], "wire"
        if k == 4:
            return f"{lead} has not confirmed that {c}.", [claim(g, [], "unconfirmed", c, d)], "wire"
        return f"{lead} conceded that {c}.", [claim(g, [], "confirms", c, d)], "wire"

    def hedged(self, t):
        s, g, d, pr = self.speaker(t, ("body", "person", "unnamed"))
        h = self.pick(TOPICS[t]["hedged"])
        k = self.r.randrange(3)
        if k == 0:
            return f"{cap(s)} said {h}.", [claim(g, [], "uncertain", h)], "wire"
        if k == 1:
            return f"{cap(h)}, {s} said.", [claim(g, [], "uncertain", h)], "wire"
        return f"According to {s}, {h}.", [claim(g, [], "uncertain", h)], "wire"

    def apposition(self, t):
        name, desc, pr = self.pick(TOPICS[t]["people"])
        q = self.pick(TOPICS[t]["quotes"])
        c = self.clause(t)
        k = self.r.randrange(4)
        if k == 0:
            return f"\"{q},\" said {name}, {desc}.", [claim(name, [], "asserts", q, desc)], "wire"
        if k == 1:
            return f"{name}, {desc}, argued that {c}.", [claim(name, [], "asserts", c, desc)], "wire"
        if k == 2:
            return f"\"{q},\" said {desc}, {name}.", [claim(name, [], "asserts", q, desc)], "wire"
        return f"{cap(c)}, said {name}, who is {desc}.", [claim(name, [], "asserts", c, desc)], "wire"

    def anaphor(self, t):
        org, ref, pr = self.pick(TOPICS[t]["bodies"])
        name, desc, ppr = self.pick(TOPICS[t]["people"])
        c1, c2 = self.r.sample(TOPICS[t]["clauses"], 2)
        v = self.pick(["added", "said", "warned", "noted", "argued", "stressed"])
        k = self.r.randrange(3)
        if k == 0:
            return (f"{cap(org)} said {c1}. {cap(pr)} {v} that {c2}.",
                    [claim(org, [], "asserts", c1), claim(org, [], "asserts", c2)], "wire")
        if k == 1:
            return (f"{name}, {desc}, said {c1}. {cap(ppr)} also {v} that {c2}.",
                    [claim(name, [], "asserts", c1, desc), claim(name, [], "asserts", c2)], "wire")
        return (f"{cap(org)} said {c1}. {cap(ref)} {v} that {c2}.",
                [claim(org, [], "asserts", c1), claim(org, [], "asserts", c2)], "wire")

    def whole_sentence(self, t):
        s, g, d, pr = self.speaker(t, ("body",))
        re_ = self.pick(TOPICS[t]["reactions"])
        c = self.clause(t)
        body = f"{re_} on {self.pick(['Monday', 'Friday', 'Wednesday'])}, raising fears that {c}"
        return f"{body}, {s} said.", [claim(g, [], "asserts", body)], "wire"

    # --- headlines: (text, label, claims) --------------------------------------------------------
    def headline(self, t):
        org, ref, _ = self.pick(TOPICS[t]["bodies"])
        name, desc, _ = self.pick(TOPICS[t]["people"])
        s = bare(self.pick([org, org, name]))
        hc, hn = self.pick(TOPICS[t]["heads"])
        label = self.pick(["for", "against", "against", "observing"])
        if label == "for":
            k = self.r.randrange(7)
            h = [f"{s} says {hc}", f"{cap(hc)}, {s} says", f"{s}: {hc}", f"{cap(hc)}: {s}", f"{s} confirms {hn}",
                 f"{s} admits {hn}", cap(hc)][k]
            st = "confirms" if k in (4, 5) else "asserts"
            gold = [] if k == 6 else [claim(s, [], st, hn if k in (4, 5) else hc)]
        elif label == "against":
            adj = self.pick(["unfounded", "baseless", "false", "untrue", "fake news", "nonsense"])
            k = self.r.randrange(13)
            h = [f"{s} denies {hn}", f"{s} refutes reports of {hn}", f"{s} says reports of {hn} are untrue",
                 f"{s} dismisses reports of {hn} as {adj}", f"{s} rejects claims of {hn}",
                 f"No truth to reports of {hn}, says {s}", f"{s} slams reports of {hn} as {adj}",
                 f"{s} shoots down rumours of {hn}", f"{s} calls reports of {hn} '{adj}'",
                 f"{s}: reports of {hn} are {adj}", f"{s} pours cold water on reports of {hn}",
                 f"{s} says there was no {hn}" if not hn.startswith(("a ", "the ")) else f"{s} denies reports of {hn}",
                 f"{cap(hn)} reports {adj}, {s} says"][k]
            gold = [claim(s, [], "denies", hn)]
        else:
            k = self.r.randrange(8)
            h = [f"Report: {hc}", f"{cap(hc)}, sources claim", f"{cap(hc)} - unconfirmed reports",
                 f"Unconfirmed reports say {hc}", f"{cap(hc)}, report says", f"{s} reportedly considering {hn}",
                 f"Rumours of {hn} swirl", f"{cap(hc)}? Reports say so"][k]
            gold = []
        h = cap(h)
        if self.r.random() < .45:
            h = title(h)
        if gold:
            g = gold[0]
            low = h.lower()
            i = low.find(g["content"].lower())
            if i < 0:
                gold = []
            else:
                g["content"] = h[i:i + len(g["content"])]
                j = low.find(g["claimant"].lower())
                g["claimant"] = h[j:j + len(g["claimant"])] if j >= 0 else g["claimant"]
        return h, label, gold


def hand_headlines(path: Path) -> list[dict]:
    """Lines of headlines/handwritten.txt (format in its header) as rows."""
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        parts = [x.strip() for x in line.split("|")]
        if len(parts) != 5 or parts[1] not in ("for", "against", "observing") or parts[4] not in parts[2]:
            raise SystemExit(f"{path}:{no}: bad headline line")
        set_, label, text, who, content = parts
        stance = {"for": "asserts", "against": "denies"}.get(label, "uncertain")
        gold = [claim(who, [], stance, content)] if who else []
        rows.append({"id": f"hhead-{len(rows) + 1:03d}", "set": set_, "text": text, "label": label, "claims": gold})
    return rows


SHAPES = {"reporting_verb": 40, "verb_after": 16, "noun_cue": 16, "told": 14, "long_quote": 9, "quote_continued": 8,
          "subordinate": 12, "passive": 7, "unnamed": 12, "relay": 14, "denial": 18, "confirm": 8, "hedged": 7,
          "apposition": 8, "anaphor": 10, "whole_sentence": 5}
HEADLINES_PER_TOPIC = 45


def main() -> None:
    g = Gen()
    out = {"train": [], "validation": []}
    heads = {"train": [], "validation": []}
    for topic in TOPICS:
        part = "validation" if topic in VALIDATION_TOPICS else "train"
        n = 0
        seen = set()
        for shape, count in SHAPES.items():
            for _ in range(count):
                for _try in range(6):
                    text, claims, genre = getattr(g, shape)(topic)
                    if text not in seen:
                        break
                seen.add(text)
                for c in claims:
                    if c["content"] not in text:
                        c["content"] = cap(c["content"])
                    assert c["content"] in text, (text, c)
                n += 1
                out[part].append({"id": f"gen-{topic}-{n:03d}", "set": f"news-{topic}", "genre": genre,
                                  "shape": shape, "text": text, "claims": claims})
        hs = set()
        for i in range(HEADLINES_PER_TOPIC):
            for _try in range(8):
                h, label, gold = g.headline(topic)
                if h not in hs:
                    break
            if h in hs:
                continue
            hs.add(h)
            heads[part].append({"id": f"head-{topic}-{i + 1:03d}", "set": f"news-{topic}", "text": h,
                                "label": label, "claims": gold})
    for part, rows in out.items():
        with open(HERE / f"general_{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("general", part, len(rows), "items", sum(len(r["claims"]) for r in rows), "statements")
    from generate import handwritten
    # hand-written files: news_handwritten.txt (batches 1-3) and news_stories.txt (story passages, batch 4)
    # news_stories8/9/10/11/12/13/14/15/16/17.txt: batches 8, 9 (session 8), 10 (session 9), 11, 12 (session 10), 13 and 14 (session 11), 15, 16 and 17 (session 12); news_general2/3/4.txt (session 12) and news_general5/6.txt (session 13): whole general-news articles, --only newsgen2 ... newsgen6,: their own files so that it can be measured alone (--only stories8)
    for src, stem, prefix in (("news_handwritten.txt", "newshand", "news-"), ("news_stories.txt", "stories", "story-"),
                              ("news_stories8.txt", "stories8", "story8-"), ("news_stories9.txt", "stories9", "story9-"),
                              ("news_stories10.txt", "stories10", "story10-"),
                              ("news_stories11.txt", "stories11", "story11-"),
                              ("news_stories12.txt", "stories12", "story12-"),
                              ("news_stories13.txt", "stories13", "story13-"),
                              ("news_stories14.txt", "stories14", "story14-"),
                              ("news_stories15.txt", "stories15", "story15-"),
                              ("news_stories16.txt", "stories16", "story16-"),
                              ("news_stories17.txt", "stories17", "story17-"),
                              ("news_stories18.txt", "stories18", "story18-"),
                              ("news_stories19.txt", "stories19", "story19-"),
                              ("news_general2.txt", "newsgen2", "gen2-"),
                              ("news_general3.txt", "newsgen3", "gen3-"),
                              ("news_general4.txt", "newsgen4", "gen4-"),
                              ("news_general5.txt", "newsgen5", "gen5-"),
                              ("news_general6.txt", "newsgen6", "gen6-")):
        hand = {"train": [], "validation": []}
        for row in handwritten(HERE / src):
            row["id"] = prefix + row["id"]
            hand["validation" if row["set"].split("-")[1] in VALIDATION_TOPICS else "train"].append(row)
        for part, rows in hand.items():
            with open(HERE / f"{stem}_{part}.jsonl", "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(src, part, len(rows), "items", sum(len(r["claims"]) for r in rows), "statements")
    for row in hand_headlines(HERE / "headlines" / "handwritten.txt"):
        heads["validation" if row["set"].split("-")[1] in VALIDATION_TOPICS else "train"].append(row)
    (HERE / "headlines").mkdir(exist_ok=True)
    for part, rows in heads.items():
        with open(HERE / "headlines" / f"generated_{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                if row["id"].startswith("head-"):
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(HERE / "headlines" / f"handwritten_{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                if row["id"].startswith("hhead-"):
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("headlines", part, len(rows), "of which handwritten", sum(r["id"].startswith("hhead-") for r in rows))
    for n in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17):  # headline batches 3-17: own files, measured alone
        batch = {"train": [], "validation": []}
        for row in hand_headlines(HERE / "headlines" / f"batch{n}.txt"):
            row["id"] = row["id"].replace("hhead-", f"head{n}-")
            batch["validation" if row["set"].split("-")[1] in VALIDATION_TOPICS else "train"].append(row)
        for part, rows in batch.items():
            (HERE / "headlines" / f"batch{n}_{part}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            print(f"headline batch {n}", part, len(rows))


if __name__ == "__main__":
    main()
