"""Trigger cues for the 25 ACLED sub-event types, and for the texts that report no event.

Each cue is a regular expression over the lower-cased sentence and a weight: 3 names the event
outright ("airstrike", "suicide bomber"), 2 points strongly at it, 1 only leans. Cues are written
from ACLED's codebook definitions, not from any evaluation set. Two families are decided in two
steps (see classify.py): protests (the kind of protest depends on what police or protesters did)
and territory (who took the place decides between the two Battles types).
"""
from __future__ import annotations

# Shared word groups.
NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|hundreds)"
PLACE = (r"(?:town|towns|village|villages|city|cities|district|districts|area|areas|region|regions|"
         r"neighbou?rhoods?|base|airbase|air base|airport|checkpoints?|positions?|hills?|territory|"
         r"territories|province|border (?:point|crossing)|crossing|outposts?|site|control|oil ?fields?|"
         r"gas ?fields?|highway|road|bridge|dam|strongholds?|enclaves?|posts?|suburbs?|island|localities|locality|"
         r"hilltops?|mountains?|parts? of)")
AIRCRAFT = r"(?:helicopters?|jets?|warplanes?|planes?|aircraft|mig-?\d+|su-?\d+|drones?|fighter)"

CUES: dict[str, list[tuple[str, float]]] = {
    "Air/drone strike": [
        (r"air ?strikes?|airstrikes?|air-strikes?|air ?raids?|aerial (?:bombardment|attack|bombing)s?", 3),
        (r"drone (?:strike|attack)s?|(?:unmanned|armed) drones?", 3),
        (r"warplanes?|fighter jets?|war ?planes?|bombers", 2),
        (r"barrel[- ]bombs?|helicopter gunships?|gunships?", 3),
        (r"(?:jets?|aircraft|planes|helicopters?|drones?|coalition|aviation) (?:\w+ )?(?:bombed|struck|pounded|hit|targeted|attacked|raided|shelled)", 3),
        (r"bombed by|\bbombing raids?|\bsorties?\b|dropped (?:bombs|barrels)|strikes (?:\w+ ){0,2}(?:targeted|hit|pounded|destroyed)", 2.5),
        (r"(?:u\.?s\.?|coalition|russian|israeli|saudi|turkish)[- ]led strikes?|(?:coalition|russian|israeli|us|u\.s\.) strikes?", 2),
    ],
    "Shelling/artillery/missile attack": [
        (r"shell(?:ed|ing|s)\b|shellfire", 3),
        (r"artillery|mortars?\b|howitzers?", 3),
        (r"rockets? (?:\w+ )?(?:fired|launched|landed|hit|slammed|struck|fell|attack)|fired (?:\w+ )?rockets?|rocket (?:fire|attacks?)|katyusha|grad rockets?", 3),
        (r"missiles? (?:\w+ )?(?:fired|launched|landed|hit|slammed|struck|attack)|fired (?:\w+ )?missiles?|missile (?:strikes?|attacks?)|ballistic missiles?|cruise missiles?", 3),
        (r"bombard(?:ed|ment|ing)", 2),
        (r"\bprojectiles?|tank fire|struck by a (?:\w+ )?missile", 2),
    ],
    "Suicide bomb": [
        (r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car bomb(?:er)?|vest|belt|blast|truck)", 5),
        (r"blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive|suicide)|kill(?:ing|ed) (?:himself|herself|themselves)", 5),
        (r"svbied|self-immolat\w+ bomber", 4),
    ],
    "Remote explosive/landmine/IED": [
        (r"\bieds?\b|improvised explosive|roadside bombs?|landmines?|land mines?|\bmine (?:blast|explosion)|stepped on a mine|"
         r"(?:ground|anti-personnel|anti-tank|sea) mines?|mines? (?:\w+ ){0,4}(?:detonated|exploded|went off)", 3),
        (r"car bombs?|car-bombs?|booby[- ]trapped|vbied|explosive[- ]laden|bomb-laden|truck bomb|sticky bombs?|magnetic bombs?", 3),
        (r"bomb (?:blast|explosion|attack)s?|(?:bomb|explosive device|explosives?|device) (?:\w+ )?(?:exploded|went off|detonated|blew up)", 3),
        (r"explosions?|blasts?|exploded|detonat(?:ed|ion)|bombing", 1.5),
    ],
    "Grenade": [
        (r"(?<!rocket-propelled )(?<!rocket propelled )\bgrenades?\b", 3.5),
        (r"(?:hurled|lobbed|threw|thrown|tossed) (?:\w+ ){0,2}(?:grenade|explosive)s?", 2),
    ],
    "Chemical weapon": [
        (r"chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|nerve (?:agent|gas)|mustard gas|poison(?:ous)? gas|toxic gas|\bopcw\b", 5),
    ],
    "Armed clash": [
        (r"clash(?:ed|es)?\b|gun ?battles?|firefights?|fire ?fights?|skirmish(?:es)?|exchange(?:d)? of fire|exchanged fire|shoot-?outs?", 3),
        (r"\bfighting\b(?! for| to | against (?:corruption|poverty|disease|crime|deportation)| deportation)|"
         r"fought(?! for| to | against (?:corruption|poverty|disease|crime|deportation))|battl(?:e|es|ed|ing)\b(?! for| against (?:corruption|poverty|disease|cancer))|"
         r"combat\b|hostilities", 2),
        (r"ambush(?:ed|es)?|(?:attacked|raided|stormed|assaulted|targeted) (?:\w+ ){0,4}(?:positions?|checkpoints?|bases?|posts?|camps?|convoys?|patrols?|troops|soldiers|forces|barracks|garrisons?)", 3),
        (r"(?:offensive|assault|counter-?attack|incursion)s?\b|repel(?:led)? (?:an? )?attacks?|storm(?:ed|ing)", 2),
        (r"(?:shot|shoot|shooting) down|downed|downing of", 3),
        (r"(?:killed|killing|wounded|eliminated) (?:\w+ ){0,4}(?:militants|soldiers|fighters|insurgents|rebels|troops|terrorists|policemen|police officers|servicemen|jihadists|gunmen)", 2.5),
        (r"advanc(?:ed|ing|es) (?:on|towards?|into)|besieg(?:e|ed|ing)|siege", 2),
    ],
    "Attack": [
        (r"gunmen|shot dead|gunned down|opened fire on (?:\w+ ){0,3}(?:civilians|people|villagers|worshippers|passengers|residents|crowd|students)", 3),
        (r"massacr(?:e|ed|es)|executed|execution|behead(?:ed|ing)|stabb(?:ed|ing)|hacked to death|shooting attack|gun attacks?|drive-by|shot and killed|killed (?:\w+ ){0,3}civilians|attack(?:ed|s)? on (?:\w+ ){0,2}(?:civilians|villagers|village|worshippers|church|mosque|school|hospital|market)", 3),
        (r"(?:attacked|killed|shot|murdered|tortured|assaulted) (?:\w+ ){0,3}(?:civilians?|villagers|residents|farmers|a man|a woman|women|children|teachers?|journalists?|worshippers|herders|passengers|tourists?)", 2),
        (r"(?:gunmen|militants|assailants|attackers|herders|bandits) (?:\w+ ){0,2}(?:attacked|raided|stormed|invaded) (?:\w+ ){0,3}(?:community|communities|village|town|homes?|houses?|church|mosque|market|school)", 3.2),
        (r"\battack(?:ed|s)?\b|\bshot\b|\bshooting\b|\bkilled\b", 1),
    ],
    "Sexual violence": [
        (r"\brap(?:e|ed|es|ing|ist)\b|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|abus\w*|violence|slavery|harass\w*)|molest\w*", 5),
    ],
    "Abduction/forced disappearance": [
        (r"kidnap\w*|abduct\w*|taken hostage|took (?:\w+ ){0,2}hostage|hostage-taking|forcibly disappeared|forced disappearances?|went missing after", 4),
        (r"hostages?|seized (?:\w+ ){0,2}(?:people|civilians|passengers|workers)", 2),
    ],
    "Peaceful protest": [
        (r"protest(?:s|ed|ers|ors|ing)?\b|demonstrat(?:ion|ions|ors|ed|ing)\b|rall(?:y|ies|ied)\b|sit-ins?|human chains?|marche[ds]\b|marching|picket\w*|strikers|went on strike|general strike|hunger strike", 2.5),
        (r"(?:thousands|hundreds|dozens|tens of thousands|crowds?) of (?:\w+ ){0,4}(?:gathered|marched|rallied|demonstrated)|took to the streets|vigils?\b|to disperse (?:\w+ ){0,2}(?:crowds?|protesters|demonstrators|rall\w+|anti-government|gathering)|gathered (?:\w+ ){0,4}to (?:protest|demand|denounce|condemn)", 2.5),
        (r"chant(?:ed|ing)|placards|slogans|anti-government", 1),
    ],
    "Violent demonstration": [
        (r"\briot(?:s|ers|ing|ed)?\b(?! police| gear| squad| control| unit)", 3),
    ],
    "Mob violence": [
        (r"\bmobs?\b|lynch\w*|vigilant\w*", 4),
    ],
    "Agreement": [
        (r"cease-?fires?|truces?|peace (?:deal|agreement|accord|treaty|talks)|prisoner (?:swap|exchange)|exchange of (?:prisoners|detainees|bodies)", 3),
        (r"\bagreed\b|agreements?|\bdeals?\b|signed|accords?|surrender(?:ed|s)?\b|reconciliation", 2),
        (r"in exchange for|(?:released|freed) (?:\w+ ){0,4}in (?:an? )?(?:exchange|swap)|swap of", 3),
    ],
    "Arrests": [
        (r"arrest(?:ed|s|ing)?\b|detain(?:ed|s|ing)?\b|detention|apprehend(?:ed)?|taken into custody|nabbed|rounded up", 3),
        (r"captured (?:a |an |the )?(?:\w+ ){0,3}(?:commander|leader|suspects?|members?|officials?|emir|spokesman|operatives?)", 3.2),
    ],
    "Change to group/activity": [
        (r"defect(?:ed|ion|ions|ors)?\b|pledg(?:ed|es) allegiance|merg(?:ed|er)|formed a new|formation of|disband\w*|dissolv\w*|split from|splinter", 3),
        (r"reinforc\w*|deploy(?:ed|ment|s)|dispatch\w*|mobili[sz]\w*|military (?:drills?|exercises?|build-?up)|recruit\w*|curfew|state of emergency|joined forces", 2),
        (r"\bjoin(?:ed|s)\b", 1),
    ],
    "Disrupted weapons use": [
        (r"defus(?:ed|e|ing)|dismantl(?:ed|ing)|thwart(?:ed|ing)|foil(?:ed|ing)|intercept(?:ed|s|ion)|bomb disposal|sappers|neutrali[sz]ed (?:\w+ ){0,2}(?:bomb|device|explosives?|mines?)", 3),
        (r"(?:arms|weapons?|ammunition) (?:cache|depot|stockpile)s?|caches? of (?:\w+ ){0,2}(?:arms|weapons|firearms|guns|ammunitions?|explosives)", 3.5),
        (r"(?:found|discovered|seized|confiscated|recovered|uncovered|captured|destroyed|dismantled|cleared|removed) (?:\w+ ){0,8}(?:weapons?|arms|firearms?|guns?|pistols?|ammunitions?|cartridges|rounds|bullets|explosives?|bombs?|devices?|rifles?|grenades?|launchers?|missiles?|rockets?|mines?|manpads|detonators?)", 3.5),
        (r"(?:weapons?|arms|firearms?|guns|ammunitions?|explosives?|devices?|bombs?|grenades?|rifles?) (?:\w+ ){0,6}(?:were|was|have been|has been) (?:found|discovered|seized|confiscated|recovered|defused)", 3.5),
    ],
    "Headquarters or base established": [
        (r"(?:set up|established?|establishing|build(?:s|ing)?|built|opened|erected|setting up) (?:\w+ ){0,3}(?:base|bases|headquarters|hq|outpost|outposts|observation posts?|military posts?|camp|positions?)", 4),
        (r"observation posts?|new (?:military )?base", 2),
    ],
    "Looting/property destruction": [
        (r"loot(?:ed|ing|ers)?\b|plunder\w*|ransack\w*|vandali[sz]\w*|pillag\w*", 3.5),
        (r"(?:torched|burned|burnt|set (?:fire|ablaze)|demolish\w*|bulldoz\w*|destroyed|razed) (?:\w+ ){0,4}(?:houses?|homes?|shops?|property|properties|buildings?|vehicles?|cars|crops|churches|mosques|schools?|offices?|villages?)", 3),
        (r"(?:houses?|homes?|shops?|stores?|property|properties|buildings?|vehicles?|cars|churches|mosques|schools?|offices?) (?:\w+ ){0,3}(?:were|was|have been|had been|has been) (?:\w+ )?(?:torched|burned|burnt|destroyed|looted|razed|demolished|vandali[sz]ed|set on fire|set ablaze|ransacked)", 3.5),
        (r"\bstolen\b|\bstole\b|demolition", 1.5),
    ],
    "Non-violent transfer of territory": [
        (r"withdr(?:ew|awn|awal|aw)\b|pull(?:ed)? out|handed (?:\w+ ){0,2}over|hand(?:ed)? over control|handover|without (?:a fight|resistance|fighting)|evacuat(?:ed|ion) of (?:\w+ ){0,2}(?:positions|fighters)", 3),
        (r"crossed into|entered (?:\w+ ){0,2}(?:territory|town|city|village)", 1.5),
    ],
    "Other": [
        (r"mass graves?", 3),
    ],
}

# Territory changing hands by force: decided between the two Battles types by who took it.
TERRITORY_TAKE = (
    rf"(?:captur\w+|seiz\w+|took|taken|take|taking|overr[au]n\w*|gain(?:ed)? control|wrest\w*|stormed and took) "
    rf"(?:\w+ ){{0,5}}{PLACE}|took (?:full )?control|tak(?:en|ing) (?:full )?control|seized control|fell to|"
    rf"under (?:the )?control of|(?:cut|cuts|severed|severs|severing|cutting) (?:\w+ ){{0,4}}(?:supply (?:route|line|lines|routes)|road|highway|route)|"
    rf"\bcaptur(?:ed|ing|e)\b|\boverr[au]n\b|(?:taken|took) over (?:\w+ ){{0,4}}{PLACE}|occupied (?:\w+ ){{0,4}}{PLACE}|"
    rf"established (?:full )?control|(?:took|taken|gained|seized) (?:full |complete )?control")
TERRITORY_REGAIN = (r"recovered control|regained control|recaptur\w*|retak\w*|retook|regain\w*|re-?took|re-?taken|liberat\w*|freed (?:\w+ ){0,3}"
                    rf"{PLACE}|recover(?:ed|ing) (?:\w+ ){{0,4}}{PLACE}|back under (?:\w+ ){{0,2}}control|"
                    rf"clear(?:ed|ing) (?:\w+ ){{0,4}}(?:of|from) (?:\w+ ){{0,2}}(?:militants|terrorists|rebels|fighters)|"
                    rf"won back|restored control")

# Within a protest: what was done to or by the protesters.
PROTEST_LETHAL = (r"shot dead|live (?:ammunition|fire|rounds|bullets)|opened fire|fired on|violently|brutally|beaten|beat up|"
                  r"(?:protesters?|demonstrators?|people|students|activists|marchers|persons)\s+(?:\w+\s+){0,3}(?:were|was|have been|had been|got)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|shot)|"
                  r"(?:killing|killed|injuring|injured|wounding|wounded)\s+(?:\w+\s+){0,3}(?:protesters|demonstrators|students|activists|people|marchers)|"
                  r"deadly crackdown|(?:people|protesters) (?:\w+ ){0,2}(?:died|dead)")
PROTEST_VIOLENT = (r"\briot(?! police| gear| squad| control)\w*|violent|violence|aggressive|clash\w*|confrontations?|light(?:ed)? fires|pull(?:ed)? down|smash\w*|"
                   r"stones|rocks|turned violent|hurl\w* (?:stones|rocks)|pelt\w*|threw (?:\w+ ){0,2}(?:stones|rocks|"
                   r"petrol bombs|molotov\w*|bottles)|torch\w*|set (?:fire|ablaze)|vandali\w*|looted|stormed|"
                   r"attacked (?:the )?police|clashed with (?:\w+ )?police|firecrackers|burn(?:ed|ing|t) (?:tyres|tires|cars)")
PROTEST_INTERVENTION = (r"tear ?gas|water cannons?|rubber bullets|pepper spray|dispers\w+|detain\w*|arrest\w*|batons?|"
                        r"broke up|break up|crack(?:ed)? ?down|cut short|stun grenades?|blocked|prevented|held back|suppress\w*|chased?|"
                        r"baton[- ]charg\w*|attacked (?:\w+ ){0,3}(?:protest|march|rally|demonstration|human chain|sit-in)\w*")

# Texts that report no political-violence event (CASE 2021's non-conflict classes).
NON_EVENT: list[tuple[str, float]] = [
    # natural disasters
    (r"earthquakes?|quakes?|tremors?|floods?|flooding|flooded|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|"
     r"tornado(?:e?s)?|storms?|drought|wildfires?|forest fires?|bush ?fires?|tsunami|volcan\w+|avalanche|heavy rains?|"
     r"monsoon|heat ?wave|magnitude|epidemic|outbreak|cholera|blizzard|lightning|heavy snow\w*|snowfall|high winds|"
     r"searing temperatures|fires? (?:are |were )?(?:burning|raging)", 3.5),
    # accidents and man-made disasters
    (r"(?:plane|train|bus|car|road|air|helicopter|boat|ferry) (?:crash|accident|collision)|accidents?|derail\w*|"
     r"capsiz\w*|collapsed?|fire broke out|caught fire|catching fire|blaze|gas leak|leak|oil spill|stampede|"
     r"(?:factory|plant|mine|refinery) (?:fire|explosion|blast)|crashed|crash", 2.5),
    # organised crime
    (r"smuggl\w*|traffick\w*|drugs?\b|narcotics?|cocaine|heroin|cannabis|marijuana|counterfeit|fake currency|fraud|"
     r"robber(?:y|ies)|robbed|burglar\w*|theft|extortion|money laundering|cartels?|gangsters?|ransom|poachers?|"
     r"contraband|bribe\w*|corruption|scam", 3),
    # diplomacy and statements
    (r"\btalks\b|summit|diplomat\w*|ambassadors?|embass\w+|expel\w*|sanctions?|foreign minist\w+|bilateral|"
     r"met with|meeting with|visit(?:ed|s)?\b|state visit|condemn\w*|urged|called on|calls? for|negotiat\w+|"
     r"security council|resolution|envoy|president \w+ (?:said|says)|election|elections|cyberattacks?|"
     r"statement|announced|pledged aid|humanitarian aid|refugees", 1.5),
    # claims of responsibility and blame
    (r"claim\w* responsibility|responsibility for|held responsible|denied (?:\w+ ){0,3}responsib\w+|"
     r"attribut\w+ (?:the )?(?:attack|bombing)", 3),
    (r"blam(?:ed|es|ing)|accus(?:ed|es|ing)", 2.5),
]

# A clause opened by one of these tells of something earlier than the report's own news.
BACKGROUND = (r"(?:(?:days|weeks|months|years|just|long) after|\bsince\b|\bago\b|earlier this (?:year|month)|"
              r"last year|previously|in the past|back in|the previous|formerly|had been|"
              r"accused (?:\w+ ){0,3}of|blamed (?:\w+ ){0,3}for|(?:was|were) the scene of|"
              r"\bafter (?:its|their|the) (?:recapture|capture|fall|liberation)|\bin (?:19|20)\d\d\b)")
