"""Synthetic reports for load and speed benchmarks, generated reproducibly from a seed.

The sentences are templates we wrote; they exercise the whole pipeline (actors, places, dates,
casualties, attribution) with realistic lengths. They are for measuring speed, never accuracy.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

PLACES = ["Homs", "Palmyra", "Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Hama", "Daraa", "Azaz",
          "al-Mayadin", "Manbij", "Qamishli", "Douma", "Latakia", "Tartus", "Jisr al-Shughur",
          "Maarat al-Numan", "al-Bab", "Tadmur", "Khan Shaykhun"]
OUTLETS = ["Reuters", "Associated Press", "AFP", "SANA", "Syrian Observatory for Human Rights",
           "Amaq News Agency", "Al-Masdar News", "Anadolu Agency", "Enab Baladi", "Step News"]
ACTORS = ["Islamic State fighters", "government forces", "rebel factions", "Kurdish-led forces",
          "Russian jets", "Turkish-backed fighters", "unidentified gunmen"]
TEMPLATES = [
    "{a} shelled residential areas of {p} on {day}, killing {n} people and wounding {m}, {o} said.",
    "An air strike hit a market in {p} on {day}, killing at least {n} civilians, according to {o}.",
    "{a} captured two villages near {p} after heavy clashes on {day}, {o} reported.",
    "A car bomb exploded at a checkpoint in {p} on {day}, killing {n}, {o} said, citing local sources.",
    "Hundreds of people protested peacefully in {p} on {day} against rising prices, {o} said.",
    "{a} arrested {n} men during raids in {p} on {day}, {o} reported.",
    "Clashes between {a} and {b} near {p} killed {n} fighters on {day}, {o} said.",
    "A roadside bomb struck a military vehicle outside {p} on {day}, killing {n} soldiers, {o} said.",
]
FILLER = ("Residents said the area had been quiet for weeks before the attack. "
          "Aid groups warned that hospitals in the province were running short of supplies. ")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def reports(n: int, seed: int = 7, start: datetime | None = None) -> list[dict]:
    """n contract-shaped report objects (id, text, title, published, source)."""
    rng = random.Random(seed)
    start = start or datetime(2016, 1, 1, tzinfo=timezone.utc)
    out = []
    for i in range(n):
        when = start + timedelta(minutes=37 * i)
        sentences = []
        for _ in range(rng.randint(2, 5)):
            t = rng.choice(TEMPLATES)
            sentences.append(t.format(a=rng.choice(ACTORS), b=rng.choice(ACTORS), p=rng.choice(PLACES),
                                      o=rng.choice(OUTLETS), day=DAYS[when.weekday() - 1],
                                      n=rng.randint(1, 40), m=rng.randint(1, 60)))
        text = " ".join(sentences)
        text = text[0].upper() + text[1:] + " " + FILLER * rng.randint(0, 2)
        out.append({"id": f"synth-{seed}-{i}", "text": text.strip(), "title": sentences[0][:80],
                    "published": when.isoformat(), "source": rng.choice(OUTLETS),
                    "url": f"https://example.org/synth/{seed}/{i}"})
    return out


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for r in reports(n, seed):
            fh.write(json.dumps(r) + "\n")
    return path
