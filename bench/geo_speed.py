"""Given-span resolution speed on LGL and GeoWebNews, with a fingerprint of every PLACE dict
it returns, so a change meant only for speed can show that it changed no result.

    .venv/bin/python bench/geo_speed.py [--reps N] [--profile]

Each corpus is read once cold (the first reading of each name, as the bench's given-span
line) and N-1 times more with the lookup caches warm (the best of those is printed). The CPU
figure is the fair one on a shared machine. --profile prints cProfile's dearest functions of
one cold pass over both corpora instead. Prints figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "geo"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    from livedesk.geo import gazetteer, resolve_spans
    from livedesk.geo.containers import warm
    gaz = gazetteer.get()
    gaz.candidates("Palmyra")
    gaz.context_keys()
    warm()
    docs = {c: [json.loads(line) for line in open(SHARED / c, encoding="utf-8") if line.strip()]
            for c in ("lgl.jsonl", "gwn.jsonl")}
    spans = {c: [[(m["start"], m["end"]) for m in d["toponyms"]] for d in ds] for c, ds in docs.items()}
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for c, ds in docs.items():
            for d, s in zip(ds, spans[c]):
                resolve_spans(d["text"], s)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    for c, ds in docs.items():
        h = hashlib.sha1()
        warm_best = 0.0
        for rep in range(max(args.reps, 1)):
            t = time.process_time()
            res = [resolve_spans(d["text"], s) for d, s in zip(ds, spans[c])]
            rate = sum(map(len, res)) / (time.process_time() - t)
            if rep == 0:
                cold = rate
                for places in res:
                    for p in places:
                        h.update(json.dumps(p, sort_keys=True, default=str).encode())
            else:
                warm_best = max(warm_best, rate)
        n = sum(map(len, spans[c]))
        print(f"{c:9s} n={n} cpu spans/s cold={cold:.0f}" + (f" warm={warm_best:.0f}" if args.reps > 1 else "")
              + f" results={h.hexdigest()[:12]}")


if __name__ == "__main__":
    sys.exit(main())
