"""Figures for claims and fusion (issue 5). Prints; asserts nothing.

    .venv/bin/python bench/fusion_bench.py                 # seed, report sets, 10k/100k/1M timings
    .venv/bin/python bench/fusion_bench.py --quick         # 10k/30k only
    .venv/bin/python bench/fusion_bench.py --scale-only    # the timings alone

1. Seed (../shared/data/seed): attribution of the core events' claims (claimant, relay chain and
   stance all right, per gold.json), and the status fusion gives each core event whose gold status
   names one. For the statuses, each gold claim's cue becomes a mention whose frame is written from
   gold.json's fields (type, actors, place, date) and whose claims are what `attribute` found for
   those words: it measures claims + corroboration, not the reading engineer's frames.
1b. Seed end to end: the real reader (read_report) on the seed, its frames handed to fuse() as the
   store hands them over (Store.mentions); each frame whose span holds a core event's gold claim cue
   is labelled with that event. Pairwise precision/recall of "same event" over those frames (are the
   helicopter, the site capture, the road cut, Yerygin and the MiG-23 kept apart and each kept
   whole), and each core event's status against gold.json.
2. The hand-written report sets in tests/fixtures/fusion: pairwise precision and recall of
   "same event".
3. Scale: synthetic mentions (random.Random(7), so every run gets the same ones): fuse() wall and
   CPU time at 10k, 100k and 1M (target: 1M in under 5 minutes, near-linear), and pairwise
   precision/recall against the generator's truth.
"""
from __future__ import annotations

import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from livedesk.fuse import fuse  # noqa: E402
from fusion_eval import gold_status, pairwise  # noqa: E402
from livedesk.fuse.sets import mention_from_dict  # noqa: E402
from livedesk.model import Claim, EventFrame, Fatalities, Location, Mention, Report  # noqa: E402
from livedesk.read.claims import attribute  # noqa: E402
from livedesk.read.claims_eval import judge, locate, speaking_for  # noqa: E402
from livedesk.sources import lookup  # noqa: E402


def _actor(name: str | None) -> str | None:
    if not name:
        return None
    hit = lookup(name)
    return (hit.alignment or hit.name) if hit else name


def _load_seed(label: str) -> tuple[dict, str, datetime] | None:
    """The seed's gold reading, its text and its publication time (noon UTC), or None (said so)."""
    gold_path = SHARED / "data" / "seed" / "gold.json"
    if not gold_path.exists():
        print(f"{label}: ../shared/data/seed not found, skipped")
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["document"]).read_text(encoding="utf-8")
    published = datetime.fromisoformat(gold["published"]).replace(hour=12, tzinfo=timezone.utc)
    return gold, text, published


def seed() -> None:
    loaded = _load_seed("seed")
    if loaded is None:
        return
    gold, text, published = loaded
    report = Report(text=text, id="seed", outlet="The Interpreter", author="James Miller",
                    published=published)
    t0 = time.perf_counter()
    claims = attribute(None, text, report)
    took = time.perf_counter() - t0
    core = [(ev, g) for ev in gold["events"] if ev.get("core") for g in ev.get("claims", [])]
    every = [(ev, g) for ev in gold["events"] for g in ev.get("claims", [])]
    for name, items in (("core", core), ("all", every)):
        vs = [judge(text, claims, g, report) for _, g in items]
        ok = sum(v.ok for v in vs)
        print(f"seed claims ({name} events): {ok}/{len(vs)} = {100 * ok / len(vs):.1f}% right "
              f"(claimant {sum(v.claimant_ok for v in vs)}, relay chain {sum(v.via_ok for v in vs)}, "
              f"stance {sum(v.stance_ok for v in vs)})")
        for v in vs:
            if not v.ok:
                got = (v.got.claimant, v.got.via, v.got.stance) if v.got else None
                print(f"    miss: {v.cue[:60]!r}: want {v.expected['claimant']!r} "
                      f"{v.expected.get('via')} {v.expected.get('stance')}, got {got}")
    print(f"seed attribution: {len(claims)} claims in {took:.2f} s (incl. model load)")
    try:
        from livedesk.read.nlp import get_nlp
        big = "\n".join([text] * 30)
        doc = get_nlp()(big)
        t0 = time.perf_counter()
        n_big = len(attribute(doc, big, report))
        dt = time.perf_counter() - t0
        print(f"attribution speed (parse excluded): {len(big.split()):,} words, {n_big} claims in "
              f"{dt:.2f} s = {len(big.split()) / dt:,.0f} words/s")
    except ImportError:
        pass
    right = scored = 0
    truth, all_mentions = {}, []
    for ev in gold["events"]:
        if not ev.get("core"):
            continue
        loc = ev.get("location") or {}
        date = ev.get("date") or {}
        frame = EventFrame(
            sub_event_type=ev["sub_event_type"][0], summary=ev["summary"],
            actor1=_actor(ev.get("actor1")), actor2=_actor(ev.get("actor2")),
            date_start=date.get("start"), date_end=date.get("end"),
            location=Location(loc.get("name", ""), loc.get("lat"), loc.get("lon"), loc.get("country"),
                              loc.get("admin1"), precision=4 if loc.get("precision") == "province" else 2),
            fatalities=Fatalities(**{k: (ev.get("fatalities") or {}).get(k) for k in ("best", "low", "high", "side")}),
            confidence=0.7)
        ms = []
        for k, g in enumerate(ev.get("claims", [])):
            span = locate(text, g["cue"])
            if span is None:
                continue
            c = speaking_for(claims, span, report)
            own = c.claimant == report.outlet and not c.via and c not in claims
            m = Mention(id=f"seed#{ev['id']}-{k}", report_id="seed", frame=frame,
                        claims=[] if own else [Claim(**c.__dict__)], outlet=report.outlet,
                        published=published, text=text[span[0]:span[1]])
            ms.append(m)
            truth[m.id] = ev["id"]
        all_mentions += ms
        want = gold_status(ev.get("status", ""))
        got = fuse(ms, now=published)
        label = got[0].status if len(got) == 1 else f"split into {len(got)}"
        if want:
            scored += 1
            right += label == want
        print(f"    {ev['id']:<18} gold: {want or '(no status word)':<13} desk: {label:<13} "
              f"{got[0].status_reason[:150] if got else ''}")
    print(f"seed statuses: {right}/{scored} as gold.json says")
    p, r = pairwise(fuse(all_mentions, now=published), truth)
    print(f"seed core events fused together: pairwise precision {p:.2f} recall {r:.2f} "
          f"(events a few km apart on one day; informational)")


def seed_end_to_end() -> None:
    from fusion_eval import end_to_end
    loaded = _load_seed("seed end to end")
    if loaded is None:
        return
    gold, text, published = loaded
    report = Report(text=text, outlet="The Interpreter", published=published).with_id()
    res = end_to_end(text, gold, report)
    right = scored = 0
    for row in res["core"]:
        if row["want"]:
            scored += 1
            right += row["got"] == row["want"]
        print(f"    {row['id']:<18} gold: {row['want'] or '(no status word)':<16} desk: {row['got']:<13} "
              f"{row['mentions']} cue frames in {row['events']} event(s); {row['reason'][:110]}")
    print(f"seed end to end (real reading, {res['frames']} frames -> {res['events']} events, "
          f"{res['labelled']} cue-labelled): core events pairwise precision {res['precision']:.2f} "
          f"recall {res['recall']:.2f}; statuses {right}/{scored} as gold.json says")


def fixtures() -> None:
    tp_p = []
    for path in sorted((ROOT / "tests" / "fixtures" / "fusion").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        ms = [mention_from_dict(x) for x in d["mentions"]]
        truth = {x["id"]: x["event"] for x in d["mentions"]}
        p, r = pairwise(fuse(ms), truth)
        tp_p.append((p, r, len(ms)))
        print(f"report set {path.stem:<16} {len(ms):3d} mentions, {len(set(truth.values()))} events: "
              f"pairwise precision {p:.2f} recall {r:.2f}")
    n = sum(x[2] for x in tp_p)
    print(f"report sets (mention-weighted): precision {sum(p * k for p, _, k in tp_p) / n:.2f} "
          f"recall {sum(r * k for _, r, k in tp_p) / n:.2f}")


# --- synthetic mentions ----------------------------------------------------------------------

TYPES = [("Air/drone strike", "Military Forces of Syria", "Civilians"),
         ("Shelling/artillery/missile attack", "Military Forces of Russia", "Military Forces of Ukraine"),
         ("Armed clash", "Islamic State", "Military Forces of Syria"),
         ("Armed clash", "Syrian Democratic Forces", "Islamic State"),
         ("Remote explosive/landmine/IED", "Unidentified Armed Group", "Military Forces of Iraq"),
         ("Peaceful protest", "Protesters", None),
         ("Arrests", "Police Forces", "Protesters"),
         ("Abduction/forced disappearance", "Unidentified Armed Group", "Civilians")]
OUTLETS = ["Reuters", "Associated Press", "Agence France-Presse", "BBC", "Al Jazeera", "SANA", "TASS",
           "Kyiv Independent", "Levant Live", "The Valley Courier"]
CLAIMANTS = ["Syrian Observatory for Human Rights", "Amaq", "Syrian government", "Russian Defence Ministry",
             "Ukrainian General Staff", "local residents", "White Helmets", "Pentagon", "Bellingcat"]
STANCES = ["asserts"] * 8 + ["denies", "unconfirmed", "uncertain", "confirms"]
VOCAB = ("market school hospital checkpoint convoy bridge village bakery mosque road base airport "
         "factory camp farm tower station depot plant field dam port square street hill ridge "
         "outskirts centre north south east west drone rocket mortar "
         "missile shell car bomb gunmen patrol raid siege offensive retreat advance").split()
# An event happens at one time of day; the reports that give it agree on it (they are not
# drawn at random per report, as filler words are).
TIMES = ["dawn", "morning", "afternoon", "evening", "night"]


def synthetic(n: int, seed: int = 7) -> tuple[list[Mention], dict[str, str]]:
    """n mentions of events over two years in 300 towns (a fifth of the events in 5 of them, so
    those towns see several events a day at 100k) and the event each mention tells.

    An event is what ACLED codes as one: a type, its actors, a town and a day (a second draw of
    the same is skipped). Its reports share 4 of its 6 detail words, its time of day when they give
    one, its toll within a few; 10% place it at the province, 5% date it a day off. The words come
    from a ~50-word vocabulary, so unrelated events share two or three of them by chance: wording
    is weaker evidence here than in real reports.
    """
    rng = random.Random(seed)
    towns = []
    for c, (lat0, lon0) in (("SY", (35.0, 38.0)), ("UA", (48.5, 35.0)), ("IQ", (33.5, 43.5))):
        for k in range(100):
            towns.append((f"{c}-town-{k}", lat0 + rng.uniform(-2, 2), lon0 + rng.uniform(-3, 3), c))
    hot = towns[:5]
    start = datetime(2022, 1, 1, tzinfo=timezone.utc)
    mentions: list[Mention] = []
    truth: dict[str, str] = {}
    e = 0
    seen: set[tuple] = set()
    while len(mentions) < n:
        town = rng.choice(hot) if rng.random() < 0.2 else rng.choice(towns)
        sub, a1, a2 = rng.choice(TYPES)
        day = start + timedelta(days=rng.randrange(730))
        # ACLED codes one event per type, actors, place and day: a second draw of the same is not
        # a second event (scoring it as one would ask the desk to split what the codebook joins)
        if (town[0], sub, a1, a2, day) in seen:
            continue
        seen.add((town[0], sub, a1, a2, day))
        e += 1
        words = rng.sample(VOCAB, 6)
        when = rng.choice(TIMES) if rng.random() < 0.5 else None
        dead = rng.choice([None, None, rng.randint(1, 40)])
        for k in range(rng.randint(1, 7)):
            if len(mentions) >= n:
                break
            vague = rng.random() < 0.1
            lat, lon = town[1] + rng.gauss(0, 0.02), town[2] + rng.gauss(0, 0.02)
            province = f"{town[3]}-province-{int(town[0].rsplit('-', 1)[1]) // 10}"
            loc = (Location(province, town[1] + 0.3, town[2] + 0.3, town[3], province, precision=4)
                   if vague else Location(town[0], lat, lon, town[3], province, precision=rng.choice([1, 1, 2])))
            pub = day + timedelta(hours=rng.uniform(1, 40))
            t = " ".join(rng.sample(words, 4) + rng.sample(VOCAB, 3)
                         + ([when] if when and rng.random() < 0.6 else []))
            # a report now and then dates the event a day off (time zones, "yesterday")
            told = day + timedelta(days=rng.choice((-1, 1))) if rng.random() < 0.05 else day
            frame = EventFrame(sub_event_type=sub, summary=t, actor1=a1 if rng.random() < 0.8 else None,
                               actor2=a2, date_start=told.date().isoformat(), date_end=told.date().isoformat(),
                               date_precision=1, location=loc,
                               fatalities=Fatalities(best=dead and max(1, dead + rng.randint(-2, 5))),
                               confidence=rng.uniform(0.4, 0.9))
            who = rng.choice(CLAIMANTS)
            src = lookup(who)
            claims = [] if rng.random() < 0.3 else [Claim(
                claimant=who, stance=rng.choice(STANCES), via=[rng.choice(OUTLETS)],
                claimant_kind=src.kind if src else "local witness", alignment=src.alignment if src else None,
                canonical=src.name if src else None)]
            mid = f"syn-{e}-{k}#0"
            mentions.append(Mention(id=mid, report_id=mid[:-2], frame=frame, claims=claims,
                                    outlet=rng.choice(OUTLETS), published=pub, text=t))
            truth[mid] = f"ev-{e}"
    return mentions, truth


def scale(sizes: list[int]) -> None:
    """Wall time is what a user waits; CPU time (this process) is the part that does not depend on
    what else the machine runs (a shared machine's wall time can be several times its CPU time)."""
    times = {}
    for n in sizes:
        ms, truth = synthetic(n)
        t0, c0 = time.perf_counter(), time.process_time()
        events = fuse(ms, now=datetime(2024, 6, 1, tzinfo=timezone.utc))
        dt, ct = time.perf_counter() - t0, time.process_time() - c0
        times[n] = ct
        p, r = pairwise(events, truth)
        print(f"fuse {n:>9,} synthetic mentions: wall {dt:7.1f} s, CPU {ct:7.1f} s "
              f"({1e6 * ct / n:4.0f} us/mention CPU), "
              f"{len(events):,} events (truth {len(set(truth.values())):,}); "
              f"pairwise precision {p:.3f} recall {r:.3f}", flush=True)
        del ms, events
    if len(times) > 1:
        lo, hi = min(times), max(times)
        print(f"growth {lo:,} -> {hi:,}: x{times[hi] / times[lo]:.1f} CPU time for x{hi / lo:.0f} mentions")


if __name__ == "__main__":
    if "--scale-only" not in sys.argv:
        seed()
        seed_end_to_end()
        fixtures()
    scale([10_000, 30_000] if "--quick" in sys.argv else [10_000, 100_000, 1_000_000])
