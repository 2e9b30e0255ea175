"""Builds training/actors/coder16/notes.jsonl: session 12 round 2's actors blind batch.

    python3 training/actors/coder16/make.py        (deterministic; checks every line)

Written by hand in session 12 round 2 (actors helper) at commit 1c4d6ec, before the reader was run
on them, in the shapes the earlier batches had least of: long second-hand notes ("According to X,
on D, ..."), doers named by their own side ("According to Hezbollah, its fighters ..."), mob
violence between communities, counter-protesters attacking marches, a doer "backed by / supported
by X", state forces of territories (French Guiana, Greenland, Puerto Rico, Mayotte, Guadeloupe,
Martinique, Reunion, New Caledonia), foreign forces abroad. No ACLED or UCDP data was read. Line
format and date conventions: training/actors/coder8/make.py; conventions at the top of notes.txt.

Countries and territories the actors lexicon does not list get their name and their terms of
office (the lexicon's rule: the tenure of whoever directs the forces) from EXTRA below; a territory
has no terms of its own (its state forces are written PF:FR, PF:DK, PF:US). Where the lexicon lists
a country, its entry wins.

Validation part: a country split of its own, crc32(iso + "-c16") % 4 == 0, never read item by item.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from coder_notes import main_salted  # noqa: E402  (one parser and writer for the batches)
import make as coder_make  # noqa: E402  (evaluation/coder/make.py, put on the path by coder_notes)

# ISO -> (name as ACLED spells it, terms of office [first day, day after the last or None])
EXTRA = {
    "GF": ("French Guiana", []), "GL": ("Greenland", []), "PR": ("Puerto Rico", []),
    "YT": ("Mayotte", []), "GP": ("Guadeloupe", []), "MQ": ("Martinique", []), "RE": ("Reunion", []),
    "FI": ("Finland", [["2019-12-10", "2023-06-20"], ["2023-06-20", None]]),
    "LV": ("Latvia", [["2019-01-23", "2023-09-15"], ["2023-09-15", None]]),
    "EE": ("Estonia", [["2021-01-26", "2024-07-23"], ["2024-07-23", None]]),
    "RO": ("Romania", [["2014-12-21", "2025-02-12"], ["2025-02-12", "2025-05-26"], ["2025-05-26", None]]),
    "CZ": ("Czech Republic", [["2017-12-13", "2021-11-28"], ["2021-11-28", None]]),
    "FJ": ("Fiji", [["2007-01-05", "2022-12-24"], ["2022-12-24", None]]),
    "VU": ("Vanuatu", [["2022-11-04", "2023-09-06"], ["2023-09-06", "2023-10-06"], ["2023-10-06", "2025-02-11"], ["2025-02-11", None]]),
    "BZ": ("Belize", [["2020-11-12", None]]),
    "SR": ("Suriname", [["2020-07-16", "2025-07-16"], ["2025-07-16", None]]),
    "SG": ("Singapore", [["2004-08-12", "2024-05-15"], ["2024-05-15", None]]),
    "MT": ("Malta", [["2020-01-13", None]]),
    "MU": ("Mauritius", [["2017-01-23", "2024-11-13"], ["2024-11-13", None]]),
    "SI": ("Slovenia", [["2020-03-13", "2022-06-01"], ["2022-06-01", None]]),
    "IS": ("Iceland", [["2017-11-30", "2024-04-09"], ["2024-04-09", "2024-12-21"], ["2024-12-21", None]]),
}
for _iso, (_name, _terms) in EXTRA.items():
    if _iso not in coder_make.BY_ISO:
        coder_make.BY_ISO[_iso] = _name
        if _terms:
            coder_make.LEX.setdefault("state_periods", {})[_name] = _terms


if __name__ == "__main__":
    main_salted(HERE, "c16")
