"""Builds training/dates/gold.jsonl: event texts with the report's day and the event's dates.

Each item: text, report_date, gold start/end and UCDP date precision (1 the day; 2 within 2-6
days; 3 the week; 4 the month; 5 the year). Part comes from templates (a date expression of one
kind put into an event sentence of our own; the gold computed here by calendar arithmetic, apart
from the reader's code), part is written by hand (hand.jsonl). Run:
    python3 training/dates/make_gold.py      (deterministic)
Conventions: a weekday names the latest such day on or before the report's; "overnight" is the
night before the report (two days, precision 2); "around 6 May (as reported)" is 6 May with
precision 2; a range of days is its first to last day; a text with no date is the day before the
report to the report's day (precision 2); a dateline re-dates the report; "since ..." and the day
a statement was made are not the event's date.
"""
from __future__ import annotations

import calendar
import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
WD = list(calendar.day_name)
MON = list(calendar.month_name)

EVENTS = [
    "gunmen attacked a village near Gao, killing four herders",
    "a drone struck a fuel depot on the edge of Kherson",
    "militants ambushed an army patrol outside Djibo",
    "police fired tear gas at students marching in Nairobi",
    "a roadside bomb hit a minibus near Baidoa",
    "rebels seized a border post north of Goma",
    "an airstrike destroyed a bakery in a village south of Idlib",
    "rioters set fire to a police station in Imphal",
    "armed men abducted a priest on the road to Kaduna",
    "shells landed on a market in Omdurman, wounding a dozen people",
    "soldiers and cartel gunmen exchanged fire in Culiacan",
    "a suicide bomber blew himself up at a checkpoint in Mogadishu",
    "security forces raided a mosque in Peshawar and detained six men",
    "Houthi fighters fired a missile at a ship off Hodeidah",
    "an IED killed two soldiers on the road between Mopti and Djenne",
    "protesters blocked the main highway into Dhaka",
    "Arakan Army fighters overran a police outpost near Sittwe",
    "a mob beat two men accused of theft in Gumla district",
    "ADF militants killed eleven villagers near Beni",
    "an Israeli drone hit a car near Tyre, killing its driver",
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def latest(weekday: int, anchor: date) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def dm(d: date) -> str:
    return f"{d.day} {MON[d.month]}"


def prec_of(a: date, b: date) -> int:
    n = (b - a).days
    return 1 if n == 0 else 2 if n <= 5 else 3 if n <= 6 else 4


def make(rng: random.Random) -> list[dict]:
    out = []

    def add(text, anchor, a, b, p, kind):
        out.append({"text": text, "report_date": anchor.isoformat(), "start": a.isoformat(), "end": b.isoformat(),
                    "precision": p, "kind": kind, "source": "template"})

    for i in range(12):
        for k in range(20):
            anchor = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 2900))
            ev = rng.choice(EVENTS)
            if k == 0:
                w = rng.randrange(7)
                d = latest(w, anchor)
                add(f"{cap(ev)} on {WD[w]}, local officials said.", anchor, d, d, 1, "weekday")
            elif k == 1:
                w = rng.randrange(7)
                d = latest(w, anchor)
                form = rng.choice([f"late on {WD[w]}", f"in the early hours of {WD[w]}", f"on {WD[w]} night", f"early on {WD[w]}"])
                add(f"{cap(form)}, {ev}.", anchor, d, d, 1, "weekday part")
            elif k == 2:
                d = anchor - timedelta(days=1)
                add(f"{cap(ev)} yesterday, residents said.", anchor, d, d, 1, "yesterday")
            elif k == 3:
                add(f"{cap(ev)} overnight, the regional governor said.", anchor, anchor - timedelta(days=1), anchor, 2, "overnight")
            elif k == 4:
                b = anchor - timedelta(days=rng.randrange(1, 20))
                a = b - timedelta(days=1)
                if a.month != b.month:
                    b, a = b - timedelta(days=2), b - timedelta(days=3)
                add(f"On the night of {a.day} to {b.day} {MON[b.month]}, {ev}.", anchor, a, b, 2, "night of")
            elif k == 5:
                b = anchor - timedelta(days=rng.randrange(0, 20))
                n = rng.choice([1, 2, 3, 4, 6, 9])
                a = b - timedelta(days=n)
                if a.month != b.month:
                    a = b.replace(day=1)
                    if a == b:
                        b = b + timedelta(days=1) if b + timedelta(days=1) <= anchor else b
                if a == b:
                    continue
                form = rng.choice([f"Between {a.day} and {b.day} {MON[b.month]}", f"From {a.day} to {b.day} {MON[b.month]}",
                                   f"Between {MON[b.month]} {a.day} and {b.day}"])
                add(f"{form}, {ev}, a monitoring group said.", anchor, a, b, prec_of(a, b), "between")
            elif k == 6:
                mon = anchor - timedelta(days=anchor.weekday() + 7)
                add(f"Last week {ev}.", anchor, mon, mon + timedelta(days=6), 3, "last week")
            elif k == 7:
                add(f"Earlier this month, {ev}.", anchor, anchor.replace(day=1), anchor, 4, "earlier this month")
            elif k == 8:
                prev = anchor.replace(day=1) - timedelta(days=1)
                add(f"{cap(ev)} last month, according to a UN report published on {WD[anchor.weekday()]}.", anchor,
                    prev.replace(day=1), prev, 4, "last month")
            elif k == 9:
                d = anchor - timedelta(days=rng.randrange(0, 10))
                add(f"Around {dm(d)} {d.year} (as reported), {ev}.", anchor, d, d, 2, "around")
            elif k == 10:
                d = anchor - timedelta(days=rng.randrange(0, 6))
                add(f"On {dm(d)} {d.year}, {ev}.", anchor, d, d, 1, "coder")
            elif k == 11:
                dl = anchor - timedelta(days=rng.choice([0, 1]))
                w = rng.randrange(7)
                d = latest(w, dl)
                city = rng.choice(["KABUL", "BAMAKO", "KYIV", "MOGADISHU", "BEIRUT", "LAGOS", "KHARTOUM", "BOGOTA"])
                agency = rng.choice(["Reuters", "AFP", "AP"])
                add(f"{city}, {MON[dl.month]} {dl.day} ({agency}) - {cap(ev)} on {WD[w]}, officials said.", anchor, d, d, 1, "dateline weekday")
            elif k == 12:
                dl = anchor - timedelta(days=rng.choice([0, 1]))
                city = rng.choice(["NIAMEY", "ADEN", "GOMA", "JUBA", "ISLAMABAD", "MANILA"])
                add(f"{city}, {dl.day} {MON[dl.month]} (Reuters) - {cap(ev)}, a security source said.", anchor,
                    dl - timedelta(days=1), dl, 2, "dateline only")
            elif k == 13:
                w = rng.randrange(7)
                d = latest(w, anchor)
                y = anchor.year - rng.randrange(2, 8)
                m, dd = rng.randrange(1, 13), rng.randrange(1, 28)
                add(f"{cap(ev)} on {WD[w]}, the latest violence since the truce of {MON[m]} {dd}, {y} collapsed.", anchor, d, d, 1, "since")
            elif k == 14:
                w1 = anchor.weekday()
                w2 = rng.choice([x for x in range(7) if x != w1])
                d = latest(w2, anchor)
                add(f"The army said on {WD[w1]} that {ev} on {WD[w2]}.", anchor, d, d, 1, "statement day")
            elif k == 15:
                part = rng.choice(["early", "mid-", "late"])
                prev = anchor.replace(day=1) - timedelta(days=1)
                mon = prev.month
                last = calendar.monthrange(prev.year, mon)[1]
                a, b = {"early": (1, 10), "mid-": (11, 20), "late": (21, last)}[part]
                phrase = f"in {part}{MON[mon]}" if part == "mid-" else f"in {part} {MON[mon]}"
                add(f"{cap(ev)} {phrase}, villagers told investigators.", anchor, date(prev.year, mon, a), date(prev.year, mon, b), 4, "part of month")
            elif k == 16:
                n = rng.choice([2, 3, 4])
                word = {2: "two", 3: "three", 4: "four"}[n]
                d = anchor - timedelta(days=n)
                add(f"{cap(ev)} {word} days ago, witnesses said.", anchor, d, d, 1, "days ago")
            elif k == 17:
                d = anchor - timedelta(days=rng.randrange(1, 25))
                add(f"{cap(ev)} on {MON[d.month]} {d.day}, the ministry said.", anchor, d, d, 1, "month day")
            elif k == 18:
                add(f"{cap(ev)} this morning, police said.", anchor, anchor, anchor, 1, "this morning")
            else:
                add(f"{cap(ev)}, a spokesman said.", anchor, anchor - timedelta(days=1), anchor, 2, "no date")
    return out


def main() -> None:
    items = make(random.Random(5))
    for line in (HERE / "hand.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            items.append({**json.loads(line), "source": "hand"})
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for i, it in enumerate(items):
            f.write(json.dumps({"id": f"date-{i:04d}", **it}, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {HERE / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
