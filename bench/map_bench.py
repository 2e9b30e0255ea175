"""What the readable map and the alias filters cost: place labels by zoom, and a filter widened
to every name of what was typed. Prints; asserts nothing.

    .venv/bin/python bench/map_bench.py [--repeat 50]

1. labels(): the /api/places answer for the desk's usual views (world, region, Syria at zoom 6
   and 7, a town at zoom 9 and 11), median and worst milliseconds over --repeat calls, and how
   many labels each gives the page to place. The answer cache (web/cache.py) serves repeats of
   one URL; the page rounds its box out to a grid so that small pans repeat URLs.
2. boundaries(): the /api/boundaries answer (province lines) for the views from zoom 5: CPU ms
   of the first call (the lines of the countries in view simplified for that zoom) and of a
   repeat (kept per country and zoom), lines and bytes sent; and the CPU time of reading the
   package's files once a process.
3. The filters: aliases.actor_names / place_names / source_names, first call (cold: lexicons
   and gazetteer names read) and warm, in microseconds.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

from livedesk.web import aliases, boundaries, labels

VIEWS = {  # name: (west, south, east, north, zoom), as the page asks them
    "world z2": (-180, -90, 180, 90, 2),
    "Middle East z4": (22.5, 11.25, 67.5, 45, 4),
    "Syria z6": (33.75, 30.9375, 45, 39.375, 6),
    "Syria z7": (33.75, 30.9375, 45, 39.375, 7),
    "Homs z9": (36, 34, 37.5, 35.5, 9),
    "Homs z11": (36.5, 34.5, 37, 35, 11),
}


def ms(f, repeat: int) -> tuple[float, float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = len(f())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    labels.labels(0, 0, 1, 1, 6)          # open the gazetteer once, outside the timings
    print(f"labels() over {args.repeat} calls each")
    print(f"  {'view':16} {'median ms':>10} {'worst ms':>9} {'labels':>7}")
    for name, (w, s, e, n, z) in VIEWS.items():
        med, worst, count = ms(lambda: labels.labels(w, s, e, n, z), args.repeat)
        print(f"  {name:16} {med:10.1f} {worst:9.1f} {count:7d}")
    t = time.process_time()
    countries = boundaries.index()
    print(f"boundaries: package files read once in {(time.process_time() - t) * 1000:,.0f} ms"
          f" CPU ({len(countries)} countries with province lines)")
    print(f"  {'view':16} {'first ms':>9} {'repeat ms':>10} {'lines':>6} {'kB sent':>8}")
    for name, (w, s, e, n, z) in VIEWS.items():
        if z < boundaries.FROM_ZOOM:
            continue
        t = time.process_time()
        out = boundaries.boundaries(w, s, e, n, z)
        first = (time.process_time() - t) * 1000
        t = time.process_time()
        for _ in range(args.repeat):
            boundaries.boundaries(w, s, e, n, z)
        again = (time.process_time() - t) * 1000 / args.repeat
        size = len(json.dumps(out, separators=(",", ":")))
        print(f"  {name:16} {first:9.1f} {again:10.2f} {sum(len(c['lines']) for c in out):6d}"
              f" {size / 1000:8.1f}")
    print("alias widening, microseconds (cold = first call in the process)")
    for fn, q in ((aliases.actor_names, "ISIS"), (aliases.place_names, "Tadmur"),
                  (aliases.source_names, "SOHR")):
        t = time.perf_counter()
        out = fn(q)
        cold = (time.perf_counter() - t) * 1e6
        t = time.perf_counter()
        for _ in range(args.repeat):
            fn(q)
        warm = (time.perf_counter() - t) * 1e6 / args.repeat
        print(f"  {fn.__name__}({q!r}): cold {cold:,.0f}, warm {warm:,.0f}; {len(out)} names")


if __name__ == "__main__":
    main()
