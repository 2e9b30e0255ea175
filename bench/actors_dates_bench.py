"""Actors and dates on our own gold sets: training/actors/gold.jsonl and training/dates/gold.jsonl.

    PYTHONPATH=src python bench/actors_dates_bench.py [actors|heldout|dates|datesheldout|coder8|coder8b|coder9|coder9only|coder10only|coder11only|coder12only|coder13|coder13only|coder14|coder14only|coder15|coder16|coder18]

lines() returns the printed lines (bench/extract_bench.py prints them beside the typing figures):
actor1 right, actor2 right (exact ACLED-style names, the event's country and term of office
included), dates exact (start and end) and date precision right. Actors are read over the whole
text with the event's country the reader finds itself (from the places of the text), dated by
the report's day; dates are read by the reading pipeline's date choice over each text.
The session-8 coder notes (training/actors/coder8) are read by the whole reader instead, as the
blind coder notes are: the main event's actor1, actor2 and dates; their validation part (split by
country) is printed as a figure only, and `coder8` lists the errors of the train part alone.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "training" / "actors" / "gold.jsonl"
DATES = ROOT / "training" / "dates" / "gold.jsonl"
HELDOUT = ROOT / "training" / "actors" / "heldout.jsonl"
DATES_HELDOUT = ROOT / "training" / "dates" / "heldout.jsonl"
CODER8 = ROOT / "training" / "actors" / "coder8" / "notes.jsonl"
CODER8B = ROOT / "training" / "actors" / "coder8b" / "notes.jsonl"
CODER8C = ROOT / "training" / "actors" / "coder8c" / "notes.jsonl"
CODER9 = ROOT / "training" / "actors" / "coder9" / "notes.jsonl"
CODER10 = ROOT / "training" / "actors" / "coder10" / "notes.jsonl"
CODER11 = ROOT / "training" / "actors" / "coder11" / "notes.jsonl"
CODER12 = ROOT / "training" / "actors" / "coder12" / "notes.jsonl"
CODER13 = ROOT / "training" / "actors" / "coder13" / "notes.jsonl"
CODER14 = ROOT / "training" / "actors" / "coder14" / "notes.jsonl"
CODER15 = ROOT / "training" / "actors" / "coder15" / "notes.jsonl"
CODER16 = ROOT / "training" / "actors" / "coder16" / "notes.jsonl"
CODER18 = ROOT / "training" / "actors" / "coder18" / "notes.jsonl"


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def actor_results(items: list[dict] | None = None) -> list[dict]:
    from livedesk import geo
    from livedesk.read import actors, classify
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    out = []
    for it in items if items is not None else _load(ACTORS):
        doc = nlp(it["text"])
        try:
            places = list(geo.find_places(it["text"], doc))
        except Exception:       # no gazetteer: the country the text names
            places = []
        country = actors.event_country(doc, places, 0, len(it["text"]))
        # the event's type as the reader types it: the codebook fixes some actors by type
        cands = classify.classify(it["text"], it["text"])
        kind = max(cands, key=lambda c: c.score).type if cands else None
        a1, a2 = actors.who_did_what(doc[:], country, on=date.fromisoformat(it["report_date"]), kind=kind)
        out.append({**it, "got1": a1, "got2": a2, "got_country": country})
    return out


def date_results(items: list[dict] | None = None) -> list[dict]:
    from livedesk.read import dates_scan
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    out = []
    for it in items if items is not None else _load(DATES):
        text = it["text"]
        anchor = date.fromisoformat(it["report_date"])
        doc = nlp(text)
        r = dates_scan.event_date(doc, anchor, text)
        got = r.iso() if r else (None, None, None)
        out.append({**it, "got": got})
    return out


def coder8_results(split: str | None = None, path: Path = CODER8) -> list[dict]:
    """The session-8 coder notes read as reports by the whole reader (read_many), published on
    their report day: the main event's actors and dates, as the blind coder notes are judged."""
    sys.path.insert(0, str(ROOT / "bench"))
    import extract_bench as xb
    items = [it for it in _load(path) if split is None or it["split"] == split]
    rows = [{"id": it["id"], "text": it["text"], "published": it["report_date"] + "T12:00:00+00:00"} for it in items]
    outs = {o["id"]: o for o in xb.run_direct(rows)}
    res = []
    for it in items:
        ev = [e for e in outs.get(it["id"], {}).get("events", []) if not e.get("background") and not e.get("denied")]
        f = ev[0] if ev else {}
        res.append({**it, "event": bool(ev), "got_type": f.get("sub_event_type"), "got1": f.get("actor1"),
                    "got2": f.get("actor2"), "got_dates": (f.get("date_start"), f.get("date_end"), f.get("date_precision"))})
    return res


def coder8_line(res: list[dict], title: str) -> str:
    n = max(1, len(res))
    ev = [r for r in res if r["event"]]
    from livedesk.read.actors import same_actor      # a group's full and short names are one actor
    a1 = sum(same_actor(r["got1"], r["actor1"]) for r in res)
    a1e = sum(same_actor(r["got1"], r["actor1"]) for r in ev)
    return (f"{title} ({len(res)} notes, {len({r['iso'] for r in res})} countries): "
            f"actor1 {a1 / n:.3f}, actor2 {sum(same_actor(r['got2'], r['actor2']) for r in res) / n:.3f}, "
            f"date start exact {sum(r['got_dates'][0] == r['start'] for r in res) / n:.3f}, "
            f"start+end exact {sum(r['got_dates'][:2] == (r['start'], r['end']) for r in res) / n:.3f}, "
            f"precision right {sum(r['got_dates'][2] == r['precision'] for r in res) / n:.3f}; "
            f"no event {1 - len(ev) / n:.1%}, actor1 where an event was read {a1e / max(1, len(ev)):.3f}")


def lines() -> list[str]:
    out = []
    if ACTORS.exists():
        res = actor_results()
        n = len(res)
        r1 = sum(r["got1"] == r["actor1"] for r in res)
        r2 = sum(r["got2"] == r["actor2"] for r in res)
        both = sum(r["got1"] == r["actor1"] and r["got2"] == r["actor2"] for r in res)
        rc = sum(r["got_country"] == r["country"] for r in res)
        hand = [r for r in res if r.get("source") == "hand"]
        h1 = sum(r["got1"] == r["actor1"] for r in hand)
        out.append(f"actors (own gold, {n} texts, {len({r['country'] for r in res})} countries): "
                   f"actor1 right {r1 / n:.3f}, actor2 right {r2 / n:.3f}, both {both / n:.3f}, "
                   f"event country {rc / n:.3f}; hand-written part ({len(hand)}): actor1 {h1 / max(1, len(hand)):.3f}")
    if HELDOUT.exists():
        res = actor_results(_load(HELDOUT))
        n = len(res)
        # blind when first run (commit 8fca179: actor1 0.862, actor2 0.759); its misses then showed
        # the kinds fixed since (ethnic militias, "claimed by", raiding herders, the VDP)
        out.append(f"actors second set (written after the code was frozen; blind at 8fca179: actor1 0.862, "
                   f"actor2 0.759; {n} texts): "
                   f"actor1 right {sum(r['got1'] == r['actor1'] for r in res) / n:.3f}, "
                   f"actor2 right {sum(r['got2'] == r['actor2'] for r in res) / n:.3f}")
    if DATES.exists():
        res = date_results()
        n = len(res)
        exact = sum(tuple(r["got"][:2]) == (r["start"], r["end"]) for r in res)
        prec = sum(r["got"][2] == r["precision"] for r in res)
        out.append(f"dates (own gold, {n} texts): dates exact {exact / n:.3f}, precision right {prec / n:.3f}")
    if DATES_HELDOUT.exists():
        res = date_results(_load(DATES_HELDOUT))
        n = len(res)
        exact = sum(tuple(r["got"][:2]) == (r["start"], r["end"]) for r in res)
        prec = sum(r["got"][2] == r["precision"] for r in res)
        out.append(f"dates held out (written after the code was frozen, never tuned on; {n} texts): "
                   f"dates exact {exact / n:.3f}, precision right {prec / n:.3f}")
    if CODER8.exists():
        res = coder8_results()
        out.append(coder8_line([r for r in res if r["split"] == "train"], "coder notes s8, train part"))
        out.append(coder8_line([r for r in res if r["split"] == "valid"], "coder notes s8, validation part (never read)"))
    if CODER8B.exists():
        # the second batch, written after the first batch's fixes: blind when first run at f45c768
        res = coder8_results(path=CODER8B)
        out.append(coder8_line([r for r in res if r["split"] == "train"], "coder notes s8 second batch, train part"))
        out.append(coder8_line([r for r in res if r["split"] == "valid"], "coder notes s8 second batch, validation part (never read)"))
    if CODER8C.exists():
        # the third batch: a final check of the code at 9413108, read as a figure only
        out.append(coder8_line(coder8_results(path=CODER8C), "coder notes s8 third batch (final check, never read)"))
    if CODER9.exists():
        # session 9's blind batch, written at 7f58f21 before any session-9 change; from session 10
        # its train part may be read for kinds, its validation part stays a figure
        out += coder9_lines()
    if CODER10.exists():
        # session 10's blind batch, written at c77e85a before any session-10 change: a figure only
        out.append(coder10_line())
    if CODER11.exists():
        # session 10b's blind batch (the conventions settled in session 10b), written at 397f340
        out.append(coder11_line())
    if CODER12.exists():
        # session 10c's blind batch of strategic developments, written at c464614: a figure only
        out.append(coder12_line())
    if CODER13.exists():
        # session 11's blind batch, written at 9ecce16: its train part read for kinds, its
        # validation countries a figure only
        out.append(coder13_line())
    if CODER14.exists():
        # session 11's second blind batch (actors3), written at f20ccd6: its train part read for
        # kinds, its validation countries (its own split, make.py) a figure only
        out.append(coder14_line())
    return out


def coder9_lines() -> list[str]:
    res = coder8_results(path=CODER9)
    return [coder8_line(res, "coder notes s9 (blind at 7f58f21; train part read in session 10)"),
            coder8_line([r for r in res if r["split"] == "valid"], "coder notes s9, validation part (never read)")]


def _batch_line(path: Path, label: str) -> str:
    """A blind batch's figure, with its validation countries' figure beside it."""
    res = coder8_results(path=path)
    return "; ".join([coder8_line(res, label),
                      coder8_line([r for r in res if r["split"] == "valid"], "its validation countries")])


def coder10_line() -> str:
    return _batch_line(CODER10, "coder notes s10 (blind, never read)")


def coder11_line() -> str:
    return _batch_line(CODER11, "coder notes s10b (blind at 397f340)")


def coder12_line() -> str:
    return _batch_line(CODER12, "coder notes s10c strategic (blind at c464614)")


def coder13_line() -> str:
    return _batch_line(CODER13, "coder notes s11 (blind at 9ecce16; train part read in session 11)")


def coder14_line() -> str:
    return _batch_line(CODER14, "coder notes s11b (blind at f20ccd6; train part read in session 11)")


def _errors(kind: str) -> None:
    batches = {"coder8": CODER8, "coder8b": CODER8B, "coder9": CODER9, "coder13": CODER13, "coder14": CODER14,
               "coder15": CODER15, "coder16": CODER16, "coder18": CODER18}
    if kind in batches:      # the train part only: the validation part is read as a figure, never item by item
        for r in coder8_results("train", batches[kind]):
            if (r["got1"], r["got2"], r["got_dates"]) != (r["actor1"], r["actor2"], (r["start"], r["end"], r["precision"])):
                print(f"{r['id']} {r['report_date']} [{r['sub_event_type']} / read {r['got_type']}] {r['text']}\n"
                      f"   gold {r['actor1']} | {r['actor2']} | {r['start']} {r['end']} {r['precision']}\n"
                      f"   got  {r['got1']} | {r['got2']} | {' '.join(map(str, r['got_dates']))}")
        return
    if kind in ("actors", "heldout"):
        for r in actor_results(_load(HELDOUT) if kind == "heldout" else None):
            if (r["got1"], r["got2"]) != (r["actor1"], r["actor2"]):
                print(f"{r['id']} [{r['shape']}] {r['text']}\n   gold {r['actor1']} | {r['actor2']}\n   got  {r['got1']} | {r['got2']} ({r['got_country']})")
    else:
        for r in date_results(_load(DATES_HELDOUT) if kind == "datesheldout" else None):
            if tuple(r["got"]) != (r["start"], r["end"], r["precision"]):
                print(f"{r['id']} {r['report_date']} {r['text']}\n   gold {r['start']} {r['end']} {r['precision']}   got {r['got']}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "coder9only":     # the batch's figures alone
        print("\n".join(coder9_lines()))
    elif len(sys.argv) > 1 and sys.argv[1] == "coder10only":   # session 10's blind batch, figure alone
        print(coder10_line())
    elif len(sys.argv) > 1 and sys.argv[1] == "coder11only":   # session 10b's blind batch, figure alone
        print(coder11_line())
    elif len(sys.argv) > 1 and sys.argv[1] == "coder12only":   # session 10c's blind batch, figure alone
        print(coder12_line())
    elif len(sys.argv) > 1 and sys.argv[1] == "coder13only":   # session 11's blind batch, figure alone
        print(coder13_line())
    elif len(sys.argv) > 1 and sys.argv[1] == "coder14only":   # session 11's second blind batch, figure alone
        print(coder14_line())
    elif len(sys.argv) > 1:
        _errors(sys.argv[1])
    else:
        print(f"actors/dates bench, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
        for line in lines():
            print(line)
