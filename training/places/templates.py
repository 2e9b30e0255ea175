"""Sentence shapes of the written places set, in our own words: (genre, shape, template).

Slots: T town, A its province as journalists spell it, C country, D demonym (adjective),
N a number, B a bigger town nearby, K its distance in km, W the compass word from B to T.
"""

TOWN = [
    ("coder", "paren", "On 3 March, unidentified gunmen shot dead a local trader in {T} ({T}, {A})."),
    ("coder", "paren", "Military forces clashed with an armed group in {T} ({T}, {A}); {N} fatalities reported."),
    ("coder", "paren", "Around {N} people demonstrated in {T} ({T}, {A}) against rising fuel prices."),
    ("coder", "paren", "Police arrested {N} suspected militants during a dawn raid in {T} ({A})."),
    ("coder", "comma_province", "Rebels ambushed an army convoy near {T}, {A} province, killing {N} soldiers."),
    ("coder", "comma_province", "An IED targeted a police vehicle in {T}, {A} province; no casualties."),
    ("coder", "comma_province", "A drone strike hit a house in {T}, {A}, killing a family of {N}."),
    ("wire", "demonym", "{D} troops entered {T} on Sunday after heavy fighting, killing {N} militants."),
    ("wire", "demonym", "{D} police said a roadside bomb exploded near {T}, wounding {N} people."),
    ("wire", "demonym", "Armed men stormed a village outside {T} overnight, {D} officials said, and {N} people were killed."),
    ("wire", "countryside", "Shelling hit the town of {T} in the {A} countryside, killing {N} civilians, a monitor said."),
    ("wire", "countryside", "A car bomb exploded in {T} in {A} countryside on Friday, wounding {N}."),
    ("wire", "district_of", "Fighting erupted in the {T} district of {A} late on Tuesday, residents said."),
    ("wire", "in_dir_country", "Air strikes pounded {T} in {A} province of {C}, leaving {N} dead."),
    ("wire", "country", "Gunmen killed {N} villagers in {T}, {C}, local authorities said on Monday."),
    ("liveblog", "liveblog", "09:15 - Local sources in {T} ({A}) report explosions after midnight; {N} injured so far."),
    ("liveblog", "liveblog", "Update: at least {N} killed as mortar rounds land in {T}, the {A} governor says."),
    ("headline", "headline", "{N} dead as militants raid {T} in {C}'s {A} province"),
    ("monitor", "demonym", "The {D} army shelled positions around {T} on Saturday, according to a local monitoring group."),
    ("ministry", "comma_province", "The ministry said its forces repelled an attack on a checkpoint at {T} in {A} province."),
]

# With a bigger town nearby: "X, K km W of B".
TOWN_NEAR = [
    ("coder", "dir_of", "Armed men looted shops in {T}, {K} km {W} of {B}, on Wednesday."),
    ("wire", "dir_of", "A mortar round struck a school in {T}, {W} of {B}, wounding {N} pupils."),
    ("wire", "dir_of", "{D} forces pushed into {T}, about {K} kilometres {W} of {B}, after days of clashes."),
    ("liveblog", "dir_of", "Reports of heavy gunfire in {T}, just {W} of {B}, in the past hour."),
]

PROVINCE_ONLY = [
    ("coder", "province", "Clashes were reported across {A} province, {C}, on Tuesday; no casualty figures given."),
    ("wire", "province", "{D} officials said insurgents attacked several checkpoints in {A} province overnight."),
    ("liveblog", "province", "Drone activity reported over {C}'s {A} region all night, according to local sources."),
    ("ministry", "province", "The {D} interior ministry said security forces swept {A} province for militants."),
]
