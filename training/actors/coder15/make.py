"""Builds training/actors/coder15/notes.jsonl: session 12's actors blind batch (242 notes).

    python3 training/actors/coder15/make.py        (deterministic; checks every line)

Written by hand in session 12 (actors helper) at commit d38896b, before the reader was run on them:
countries no earlier batch used (42 of its 89), long second-hand notes ("According to X, on D,
..."), surrenders and defections, named militias under their local names (Rwanda's and Uganda's
and Burundi's forces in the DR Congo, Eritrea, Ethiopia's regions, Myanmar's ethnic armed
organisations, Mexico's cartels, Haiti's gangs, Sahel groups, Colombia's dissidents, Papua,
Mozambique), police against gunmen, property with and without a named owner, riots between
communities, protests with counter-protesters, state forces of foreign countries abroad. No ACLED
or UCDP data was read. Line format and date conventions: training/actors/coder8/make.py;
conventions at the top of notes.txt.

Countries the actors lexicon does not list get their name and their terms of office (the
lexicon's rule: the tenure of whoever directs the forces) from EXTRA below, so that the gold names
them as the lexicon would; where the lexicon lists a country, its entry wins.

Validation part: a country split of its own, crc32(iso + "-c15") % 4 == 0, never read item by item.
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
    "IE": ("Ireland", [["2020-06-27", "2022-12-17"], ["2022-12-17", "2024-04-09"], ["2024-04-09", "2025-01-23"], ["2025-01-23", None]]),
    "PT": ("Portugal", [["2015-11-26", "2024-04-02"], ["2024-04-02", None]]),
    "AL": ("Albania", [["2013-09-15", None]]),
    "MK": ("North Macedonia", [["2022-01-17", "2024-01-28"], ["2024-01-28", "2024-06-23"], ["2024-06-23", None]]),
    "SB": ("Solomon Islands", [["2019-04-24", "2024-05-02"], ["2024-05-02", None]]),
    "NC": ("New Caledonia", []),
    "TL": ("Timor-Leste", [["2018-06-22", "2023-07-01"], ["2023-07-01", None]]),
    "KM": ("Comoros", [["2016-05-26", None]]),
    "TT": ("Trinidad and Tobago", [["2015-09-09", "2025-03-17"], ["2025-03-17", "2025-05-01"], ["2025-05-01", None]]),
    "PA": ("Panama", [["2019-07-01", "2024-07-01"], ["2024-07-01", None]]),
    "CR": ("Costa Rica", [["2018-05-08", "2022-05-08"], ["2022-05-08", None]]),
    "GY": ("Guyana", [["2015-05-16", "2020-08-02"], ["2020-08-02", None]]),
    "SK": ("Slovakia", [["2021-04-01", "2023-05-15"], ["2023-05-15", "2023-10-25"], ["2023-10-25", None]]),
    "DK": ("Denmark", [["2019-06-27", None]]),
    "HU": ("Hungary", [["2010-05-29", None]]),
    "HR": ("Croatia", [["2016-10-19", None]]),
    "BG": ("Bulgaria", [["2023-06-06", "2024-04-09"], ["2024-04-09", "2025-01-16"], ["2025-01-16", None]]),
    "BA": ("Bosnia and Herzegovina", [["2019-12-23", "2023-01-25"], ["2023-01-25", None]]),
    "ME": ("Montenegro", [["2020-12-04", "2022-04-28"], ["2022-04-28", "2023-10-31"], ["2023-10-31", None]]),
    "NZ": ("New Zealand", [["2017-10-26", "2023-01-25"], ["2023-01-25", "2023-11-27"], ["2023-11-27", None]]),
    "AT": ("Austria", [["2019-06-03", "2020-01-07"], ["2020-01-07", "2021-10-11"], ["2021-10-11", "2021-12-06"], ["2021-12-06", "2025-03-03"], ["2025-03-03", None]]),
    "NO": ("Norway", [["2021-10-14", None]]),
    "CH": ("Switzerland", []),
    "LT": ("Lithuania", [["2020-12-11", "2024-12-12"], ["2024-12-12", None]]),
}
ARTICLED = ("Solomon Islands",)   # "Police Forces of the Solomon Islands", as ACLED writes it
for _iso, (_name, _terms) in EXTRA.items():
    if _iso not in coder_make.BY_ISO:
        coder_make.BY_ISO[_iso] = _name
        if _terms:
            coder_make.LEX.setdefault("state_periods", {})[_name] = _terms
        if _name in ARTICLED:
            coder_make.LEX.setdefault("articled", []).append(_name)


if __name__ == "__main__":
    main_salted(HERE, "c15")
