"""The array screen before pair scoring (match._links) drops only pairs score() would give 0: the
links it returns are exactly those of scoring every candidate pair, in the same order."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from livedesk.fuse.match import THRESHOLD, _links, candidate_pairs, features, score
from livedesk.model import Claim, EventFrame, Location, Mention

TYPES = ["Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack", "Peaceful protest",
         "Non-state actor overtakes territory", "Other", "Remote explosive/landmine/IED"]
TOWNS = [("Alpha", 35.00, 38.00), ("Bravo", 35.04, 38.05), ("Charlie", 35.30, 38.20), ("Delta", 35.90, 38.90),
         ("Echo", 35.01, 38.60)]
WORDS = "market school convoy bridge village bakery mosque road base checkpoint patrol drone shell".split()


def _mentions(n: int, seed: int) -> list[Mention]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    out = []
    for k in range(n):
        name, lat, lon = rng.choice(TOWNS)
        shape = rng.random()
        if shape < 0.1:
            loc = Location(f"{name} province", lat + 0.2, lon + 0.2, "SY", "Homs", precision=4)
        elif shape < 0.2:
            loc = Location(f"east of {name}", lat, lon + 0.3, "SY", "Homs", precision=2)
        elif shape < 0.25:
            loc = None
        else:
            loc = Location(name, lat + rng.gauss(0, 0.01), lon + rng.gauss(0, 0.01), "SY", "Homs",
                           precision=rng.choice([1, 1, 2, 3]))
        day = start + timedelta(days=rng.randrange(6))
        other = rng.choice(TOWNS)[0]
        text = " ".join(rng.sample(WORDS, 4)) + (f" near {other}" if rng.random() < 0.3 else "")
        dated = rng.random() > 0.05
        frame = EventFrame(sub_event_type=rng.choice(TYPES), summary=text,
                           actor1=rng.choice([None, "Islamic State", "Military Forces of Syria"]),
                           actor2=rng.choice([None, "Civilians", "Syrian Democratic Forces"]),
                           date_start=day.date().isoformat() if dated else None,
                           date_end=day.date().isoformat() if dated else None, date_precision=1,
                           location=loc, confidence=rng.uniform(0.2, 0.9))
        stance = rng.choice(["asserts", "asserts", "denies", "confirms"])
        claims = [Claim(claimant="Syrian Observatory for Human Rights", stance=stance)] if rng.random() < 0.7 else []
        out.append(Mention(id=f"m{k}#0", report_id=f"m{k}", frame=frame, claims=claims, outlet="Reuters",
                           published=day + timedelta(hours=5), text=text))
    return out


def test_screened_links_are_exactly_the_scored_ones():
    for seed in (1, 2, 3):
        feats = [features(i, m) for i, m in enumerate(_mentions(600, seed))]
        want = []
        for i, j in candidate_pairs(feats):
            s = score(feats[i], feats[j])
            if s >= THRESHOLD:
                want.append((s, i, j))
        assert _links(feats) == want
        assert want                       # the data is dense enough to link

