"""Shapes of coder-written event descriptions (ACLED-style one-liners), written by us: a date,
an actor, what it did, and the place with its containers as coders note them ("X (X, Y)",
"X, Y district, Z", "Y district (Z)", "Z province"). build.py fills them with coder.tsv."""

MONTHS = "January February March April May June July August September October November December".split()

# (actor, what it did, what followed): generic enough for every country; {D} is the
# country's adjective. What followed is written after the place, as coders write it.
ACTS = [
    ("unidentified gunmen", "abducted two aid workers", ""),
    ("fighters of an armed faction", "overran a gendarmerie outpost", ", three gendarmes died"),
    ("{D} security forces", "exchanged fire with smugglers", "; two smugglers were killed"),
    ("a landmine", "tore through a water tanker", ", wounding its driver"),
    ("families of detainees", "staged a march to the prosecutor's office", ""),
    ("warplanes", "bombed a fuel station", "; six civilians died"),
    ("a quadcopter", "dropped a grenade on a tea house", ", killing a shopkeeper"),
    ("artillery shelling", "hit a residential neighbourhood", ". No casualties were reported"),
    ("armed bandits", "raided a cattle market", " and made off with livestock"),
    ("demonstrators", "blocked the main road", " over water and power cuts"),
    ("{D} troops", "repelled an attack on their base", "; one soldier was killed"),
    ("suspected militants", "set fire to a school and a health centre", ""),
    ("a roadside bomb", "killed a local official and his driver", ""),
    ("rioters", "looted shops", " after a dispute between traders and police"),
    ("an armed group", "ambushed a convoy of traders", ", killing five"),
    ("unknown assailants", "shot dead a community leader", " at his home"),
    ("{D} police", "arrested eleven people during a night raid", ""),
    ("residents", "held a sit-in", " against the killing of a young man"),
    ("a suicide bomber", "blew himself up at a checkpoint", ", killing two guards"),
    ("fighters of a local militia", "seized a village", " after brief fighting"),
]

# kind -> shapes; {P} the place, {A2} its district, {W} the district's word, {A1} its
# province, {V} the province's word, {date}, {actor}, {did}.
SHAPES = {
    "town": [
        "On {date}, {actor} {did} in {P} ({A2}, {A1}){tail}.",
        "On {date}, {actor} {did} in {P} ({A1}){tail}.",
        "On {date}, {actor} {did} in {P}, {A2} {W}, {A1} {V}{tail}.",
        "On {date}, {actor} {did} in {P} town ({A2} {W}, {A1}){tail}.",
        "{Actor} {did} in {P} ({A2}, {A1}) on {date}{tail}.",
        "On {date}, {actor} {did} near {P}, {A2} {W}, in {A1}{tail}.",
        "On {date}, {actor} {did} in {P} in {A2} {W} of {A1} {V}{tail}.",
        "On the night of {date}, {actor} {did} in {P} ({A2} {W}, {A1} {V}){tail}.",
    ],
    "district": [
        "On {date}, {actor} {did} in {A2} {W} ({A1}){tail}.",
        "On {date}, {actor} {did} in {A2} {W}, {A1} {V}{tail}.",
        "On {date}, {actor} {did} in the {A2} {W} of {A1}{tail}.",
    ],
    "village": [
        "On {date}, {actor} {did} in {P} village, {A2} {W}, {A1}{tail}.",
        "On {date}, {actor} {did} in {P} ({A2}, {A1}){tail}.",
        "On {date}, {actor} {did} in the village of {P} in {A2} {W} ({A1} {V}){tail}.",
    ],
    "province": [
        "On {date}, {actor} {did} in {A1} {V}{tail}.",
        "On {date}, {actor} {did} in several villages of {A1} {V}{tail}.",
        "On {date}, {actor} {did} across {A1} {V}{tail}.",
    ],
}

# The word coders write after a first-level division of each country.
ADMIN1_WORD = {
    "SY": "governorate", "IQ": "governorate", "YE": "governorate", "LB": "governorate",
    "PS": "governorate", "EG": "governorate", "AF": "province", "PK": "province", "SO": "region",
    "SD": "state", "SS": "state", "NG": "state", "ML": "region", "BF": "region", "NE": "region",
    "TD": "province", "CM": "region", "CF": "prefecture", "CD": "province", "BI": "province",
    "MZ": "province", "LY": "district", "UA": "oblast", "RU": "oblast", "MM": "state",
    "CO": "department", "MX": "state", "IN": "state", "BD": "division", "ET": "region",
    "KE": "county", "HT": "department", "VE": "state", "BR": "state", "UG": "region",
    "BJ": "department", "TG": "region", "GH": "region", "IR": "province", "AM": "province",
    "TH": "province", "ID": "province", "PE": "region", "EC": "province", "HN": "department",
    "GT": "department", "TR": "province", "PH": "province",
}

# Validation only: countries are split so that errors are read on one part (train) and the
# other (validation) is reported as it comes.
VALIDATION = frozenset("SO SD BF CD UA MM CO LB NE CM HT IN KE TH BJ GH".split())
