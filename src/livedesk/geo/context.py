"""Document context for resolution: how the names of one text vote for each other's readings.

Every distinct name holds a probability over its candidates. Three kinds of evidence move it:
  - the countries the other names (all their candidates, by probability) lie in;
  - the first-level divisions they lie in ("Texas" lifts every Texan town);
  - nearness: a candidate close to some candidate of another name ("Ashland" and
    "Boyd County" meet only in Kentucky). Every candidate votes, weighted by how it
    stands against its name's likeliest reading, so two names that are each ambiguous still
    find the place where they meet.
A name is never context for itself, and a repeated name counts once: repetition is
emphasis, not independent evidence.
"""
from __future__ import annotations

import math
from collections import defaultdict

from livedesk.geo.gazetteer import Place

# Weights in log10-population units, like the priors they are added to.
W_CTX_COUNTRY, W_CTX_ADMIN1 = 3.5, 2.5
ADMIN1_FULL = 3.0   # division support (a division named counts 2, a town in it 1) at full pull
W_NEAR, NEAR_CAP = 2.5, 2.0
# A metropolis lies near a great many places, and a national capital is named for what its
# government does ("Washington said"): lying near one is a quarter of the evidence of lying
# near a town (a village in Sussex is not the Washington of a story naming London, nor a
# hamlet in Maryland the California of a story datelined Washington).
METROPOLIS, W_NEAR_METROPOLIS = 3_000_000, 0.25
# A town bearing the name of a country or a first-level division ("Florida", New York) needs
# more than nearness to be read over it: its nearness counts up to half the usual cap.
NEAR_CAP_AREA_NAME = 1.0
W_PRIOR = 2.0       # a country the text is about, per unit of text_countries' weight: a country named
W_PRIOR_DIVISION = 2.0  # a division the text names outside the names resolved: as a division named
SETTLED = 0.05      # largest change of any probability below which rounds stop early
# Areas whose point says little about where in them a text is: no nearness either way.
AREAL = frozenset(("PCLI", "PCLS", "PCL", "CONT", "ADM1", "SEA", "RGN", "OCN"))
_NO_COUNTRY = frozenset(("OCN", "SEA", "CONT", "RGN"))
_CELL = 2.0          # degrees: the 3x3 cells around a point cover at least ~150 km
_KM_PER_DEG = 111.2


def softmax(scores: list[float]) -> list[float]:
    """Scores (log10 units) -> probabilities; the factor sharpens them a little."""
    m = max(scores)
    ex = [math.exp((x - m) * 1.5) for x in scores]
    t = sum(ex)
    return [e / t for e in ex]


# Support by squared equirectangular distance in degrees: full within 50 km, half within
# 150 km (a county and its seat, two suburbs), none beyond.
_R50, _R150 = (50 / _KM_PER_DEG) ** 2, (150 / _KM_PER_DEG) ** 2


def contextualise(cands: list[list[tuple[Place, float]]], rounds: int = 3,
                  prior=None, weights: list[float] | None = None) -> list[list[float]]:
    """Probabilities for every name's candidates (with their prior scores) after `rounds`
    rounds of context, each round re-reading every name against the beliefs of the others.
    `prior` (containers.Prior): countries the text is about by its own words (its people's
    adjectives, the countries it names), each a vote for its places like a country named."""
    n = len(cands)
    probs = [softmax([sc for _, sc in c]) if len(c) > 1 else [1.0] * len(c) for c in cands]
    open_names = [i for i in range(n) if len(cands[i]) > 1]
    if not open_names:
        return probs
    is_open = [len(c) > 1 for c in cands]
    # What does not change between rounds is worked out once: each candidate's country and
    # division keys, which candidates of other names lie near it (from a coarse grid), and
    # the whole vote of names with a single candidate, whose belief never moves.
    # A candidate's division key is (country, admin1) unless it is a country; it gives the
    # weight 2 if it is a country or a first-level division, else 1; it takes context from
    # its division unless it is a country or a continent.
    fixed_cc: dict = defaultdict(float)
    fixed_a1: dict = defaultdict(float)
    for i, c in enumerate(cands):
        if not is_open[i] and c and c[0][0].country:
            p = c[0][0]
            w = 2.0 if p.feature in ("PCLI", "ADM1") else 1.0
            if weights is not None:
                w *= weights[i]     # a nationality before a weapon noun: the attacker's, a weaker vote
            fixed_cc[p.country] += w
            if p.feature != "PCLI":
                fixed_a1[(p.country, p.admin1)] += w
    if prior is not None:
        # Read only where it can tell: some name has readings in several countries, or in
        # several divisions of one.
        if len({p.country for i in open_names for p, _sc in cands[i]}) > 1:
            for cc, w in prior.get().items():
                fixed_cc[cc] += W_PRIOR * w
        if len({(p.country, p.admin1) for i in open_names for p, _sc in cands[i]}) > 1:
            for a1, w in prior.divisions().items():
                fixed_a1[a1] += W_PRIOR_DIVISION * w
                fixed_cc[a1[0]] += W_PRIOR_DIVISION * w
    near = _neighbours(cands, is_open)
    # Per open name, one row per candidate: prior, country, division it takes context from,
    # division key and weight it gives context to, fixed nearness and open neighbours.
    rows = {}
    for i in open_names:
        row = rows[i] = []
        for (p, sc), (fx, gr) in zip(cands[i], near[i]):
            cc, f = p.country, p.feature
            a1 = (cc, p.admin1) if cc and f != "PCLI" else None
            row.append((sc, cc, a1 if f != "PCLI" and f != "CONT" else None, a1,
                        2.0 if f == "PCLI" or f == "ADM1" else 1.0, fx, gr,
                        f == "PPLC" or (not cc and f in _NO_COUNTRY)))
    # The last field, `wide`: a national capital, or an ocean, sea, continent or region in no
    # country. Such a reading takes as much country support as the best of its namesakes.
    area_named = {i for i in open_names if any(p.feature in ("ADM1", "PCLI") for p, _sc in cands[i])}
    wide_cc = {i: {r[1] for r in rows[i] if r[7]} for i in open_names if any(r[7] for r in rows[i])}
    has_wide = wide_cc.keys()
    # What each candidate gives the others, only for those in a country: (index, country,
    # division key, weight). And the names whose beliefs some candidate's nearness reads.
    # A name's vote weight (`weights`) holds for a name with several readings as for one with
    # one: "US" (the country, or a French commune) before "forces" gave its full vote.
    gives = {i: [(a, r[1], r[3], r[4] * (weights[i] if weights is not None else 1.0))
                 for a, r in enumerate(rows[i]) if r[1]] for i in open_names}
    read_near = sorted({j for i in open_names for r in rows[i] for j, _pairs in r[6]})
    last = rounds - 1
    for _round in range(rounds):
        own_cc: dict = {}
        own_a1: dict = {}
        countries = defaultdict(float, fixed_cc)
        admin1s = defaultdict(float, fixed_a1)
        for i in open_names:
            cc_m: dict = {}
            a1_m: dict = {}
            pr = probs[i]
            for a, cc, a1, w in gives[i]:
                pb = pr[a]
                if pb < 0.01:
                    continue
                cc_m[cc] = cc_m.get(cc, 0.0) + pb * w
                if a1:
                    a1_m[a1] = a1_m.get(a1, 0.0) + pb * w
            own_cc[i] = cc_m
            own_a1[i] = a1_m
            for k, v in cc_m.items():
                countries[k] += v
            for k, v in a1_m.items():
                admin1s[k] += v
        ctot = sum(countries.values())
        atot = sum(admin1s.values())
        # Nearness counts each candidate by how it stands against its name's likeliest reading,
        # so two names that are each spread over many namesakes still lift the pair that meets.
        rel = {}
        for j in read_near:
            pr = probs[j]
            m = max(pr)
            rel[j] = [pb / m for pb in pr]
        new = list(probs)
        for i in open_names:
            cc_m, a1_m = own_cc[i], own_a1[i]
            wc = W_CTX_COUNTRY / max(ctot - sum(cc_m.values()), 1e-9)
            others = atot - sum(a1_m.values())
            # A division's pull grows with how much the text says of it: one town in New
            # York does not make every namesake in the state likelier than Boston.
            wa = W_CTX_ADMIN1 / max(others, 1e-9) * min(1.0, others / ADMIN1_FULL)
            scores = []
            # A national capital whose country the document names is not displaced by a
            # namesake on the document's country alone (Moscow, Idaho in an American text
            # about flights to Russia), nor by one abroad on its country and division
            # (Washington, Tyne and Wear in a British story that also names the United
            # States); only by a namesake at home on its division, or by places named near it.
            top = 0.0
            if i in has_wide:
                home = wide_cc[i]
                for _s, cc, ta, _a1, w, _f, _g, _wd in rows[i]:
                    if cc:
                        t = max(countries[cc] - cc_m.get(cc, 0.0), 0.0) * wc
                        if ta and w == 1.0 and cc not in home:
                            t += max(admin1s[ta] - a1_m.get(ta, 0.0), 0.0) * wa
                        if t > top:
                            top = t
            cap = NEAR_CAP_AREA_NAME if i in area_named else NEAR_CAP
            for sc, cc, ta, _a1, _w, fixed, groups, wide in rows[i]:
                if wide and not cc:
                    sc += top           # an ocean, a sea, a continent: in no country, so
                                        # no country of the document speaks against it
                elif cc:
                    v = countries[cc] - cc_m.get(cc, 0.0)
                    t = wc * v if v > 0.0 else 0.0
                    if ta:
                        va = admin1s[ta] - a1_m.get(ta, 0.0)
                        if va > 0.0:
                            t += wa * va
                    if wide and v > 0.0 and top > t:
                        t = top
                    sc += t
                if fixed or groups:
                    total = fixed
                    for j, pairs in groups:
                        rj = rel[j]
                        if len(pairs) == 1:
                            b, cl = pairs[0]
                            total += rj[b] * cl
                        else:
                            total += max([rj[b] * cl for b, cl in pairs])
                    sc += W_NEAR * (total if total < cap else cap)
                scores.append(sc)
            new[i] = softmax(scores)
        if _round == last:
            probs = new
            break           # no round follows: how far beliefs moved does not matter
        moved = max([abs(x - y) for i in open_names for x, y in zip(new[i], probs[i])])
        probs = new
        if moved < SETTLED:
            break           # beliefs have settled: another round would change nothing
    return probs


def _neighbours(cands: list[list[tuple[Place, float]]], is_open: list[bool]) -> list:
    """Per candidate of each open name: (fixed support from single-candidate names nearby,
    ((open name, ((its candidate, closeness), ...)), ...)). Candidates are put in a grid of
    coarse cells and each pair of neighbouring cells is compared once."""
    # A cell is keyed by one int, row * _ROW + column (columns run -90..90), and its
    # neighbours by adding an offset: no tuple is built per lookup.
    grid: dict = {}
    named = 0               # names with a candidate in the grid
    cos = math.cos
    for i, c in enumerate(cands):
        op = is_open[i]
        placed = False
        for a, (p, _sc) in enumerate(c):
            if p.feature not in AREAL:
                lat = p.lat
                cell = int(lat // _CELL) * _ROW + int(p.lon // _CELL)
                entry = (lat, p.lon, cos(lat * _RAD), i, a, p.id, op,
                         W_NEAR_METROPOLIS if p.population >= METROPOLIS or p.feature == "PPLC"
                         else 1.0)
                here = grid.get(cell)
                if here is None:
                    grid[cell] = [entry]
                else:
                    here.append(entry)
                placed = True
        named += placed
    if named < 2:           # candidates of one name only: no pair can form
        return [[_ALONE] * len(c) if is_open[i] else () for i, c in enumerate(cands)]
    pairs_found = []
    for cell, here in grid.items():
        for off in _HALF_OFF:
            if off == 0:
                if len(here) == 1:
                    continue        # most cells hold one candidate: no pair inside
                there = here
            else:
                there = grid.get(cell + off)
                if there is None:
                    continue
            for k, u in enumerate(here):
                ui, upid = u[3], u[5]
                for v in (here[k + 1:] if there is here else there):
                    if ui == v[3] or upid == v[5] or not (u[6] or v[6]):
                        continue
                    dx = (v[1] - u[1]) * (u[2] + v[2]) * 0.5
                    dy = v[0] - u[0]
                    d2 = dx * dx + dy * dy
                    if d2 < _R150:
                        pairs_found.append((u, v, 1.0 if d2 < _R50 else 0.5))
    fixed: dict = defaultdict(dict)         # (i, a) -> {j: closeness}
    groups: dict = defaultdict(dict)        # (i, a) -> {j: [(b, closeness)]}
    for u, v, cl in pairs_found:
        for x, y in ((u, v), (v, u)):
            if not x[6]:
                continue
            c = cl * y[7]
            if y[6]:
                groups[(x[3], x[4])].setdefault(y[3], []).append((y[4], c))
            elif c > fixed[(x[3], x[4])].get(y[3], 0.0):
                fixed[(x[3], x[4])][y[3]] = c
    # Most candidates met no one: they share one empty entry; only those that did are filled in.
    out = [[_ALONE] * len(c) if is_open[i] else () for i, c in enumerate(cands)]
    for i, a in fixed.keys() | groups.keys():
        out[i][a] = (sum(fixed[(i, a)].values()) if (i, a) in fixed else 0.0,
                     tuple((j, tuple(pairs)) for j, pairs in groups[(i, a)].items())
                     if (i, a) in groups else ())
    return out


# The cell itself and the four neighbours "after" it: every pair of adjacent cells once.
_HALF = ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1))
_ROW = 1000
_HALF_OFF = tuple(dy * _ROW + dx for dy, dx in _HALF)
_RAD = math.pi / 180.0      # what math.radians multiplies by
_ALONE = (0.0, ())


def document_place(readings: list[tuple[Place, float, int] | None]) -> Place | None:
    """The place a document is about, for names the gazetteer lacks (a street, a school):
    the town or county the other readings cluster around. `readings` holds, per distinct
    name, its chosen place, probability and number of mentions. A town supported by nearby
    readings and by the division it lies in beats a lone town named more often."""
    towns = [(p, pb, m) for p, pb, m in filter(None, readings) if p.feature not in AREAL]
    if not towns:
        areas = [(p, pb * m) for p, pb, m in filter(None, readings) if p.feature == "ADM1"]
        return max(areas, key=lambda t: t[1])[0] if areas else None
    a1_weight: dict = defaultdict(float)
    for p, pb, m in filter(None, readings):
        if p.feature == "ADM1":
            a1_weight[(p.country, p.admin1)] += pb
    best, best_w = None, -1.0
    for p, pb, m in towns:
        coslat = math.cos(math.radians(p.lat))
        w = pb * (1.0 + 0.25 * min(m - 1, 4)) + a1_weight.get((p.country, p.admin1), 0.0)
        for q, qb, _qm in towns:
            if q is not p:
                dx, dy = (q.lon - p.lon) * coslat, q.lat - p.lat
                d2 = dx * dx + dy * dy
                w += qb if d2 < _R50 else (qb * 0.5 if d2 < _R150 else 0.0)
        if w > best_w:
            best, best_w = p, w
    return best
