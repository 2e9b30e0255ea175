"""Writes distinctions_generated.jsonl: items for distinctions the event typer missed on text it had
not seen (see distinctions_README.md). Our own templates and slot lists (places and actors from
countries.py); deterministic (seed 1406).

    python3 training/events/distinctions_make.py

A template is a string with slots ({town}, {army}, ...) and inline choices "[a|b|c]" (one picked
at random per item, no nesting), so one family gives many wordings; each family is one scenario
(`dist-<kind>-<nn>`), and the validation split holds families out whole.
"""
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from countries import C, NO_TERRITORY, PROGOV, PROTEST_CAUSE, PROTESTERS, WAR_PLACES  # noqa: E402

OUT = Path(__file__).with_name("distinctions_generated.jsonl")
PER_FAMILY = 12

NVT, REGAIN, OVERTAKE = "Non-violent transfer of territory", "Government regains territory", "Non-state actor overtakes territory"
PEACE, PWI, EFP, VD = "Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"
CLASH, AIR, SHELL = "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"
NOEV, BG = "No event", "Background"

DAYS = ["on Tuesday", "on Sunday", "late on Friday", "overnight", "on Monday morning", "early on Wednesday",
        "on Thursday", "at dawn on Saturday", "yesterday", "earlier today", "this morning", "on Saturday night"]
DATES = ["3 March 2019", "14 June 2021", "27 October 2020", "9 January 2022", "18 August 2018", "2 May 2023",
         "21 November 2017", "6 April 2024", "30 September 2016", "12 December 2020", "25 July 2022", "1 February 2021"]
N = ["dozens of", "hundreds of", "several", "about 50", "more than 200", "scores of", "a few hundred", "thousands of"]
FOREIGN = ["UN peacekeepers", "the UN mission", "African Union troops", "the foreign contingent", "the regional force",
           "coalition troops", "the international stabilisation force", "the departing foreign garrison"]
OUTLETS_GEN = ["a war monitor", "local sources", "residents", "a security source", "the group's media arm",
               "state television", "an official", "activists"]
POLICE_GEN = ["riot police", "police", "security forces", "anti-riot units", "gendarmes", "soldiers", "the national guard"]
WHO_EXTRA = ["protesters", "demonstrators", "marchers", "activists", "rally-goers", "strikers"]

_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def expand(rng, t):
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), t)


def cap(s):
    return s[:1].upper() + s[1:]


def territory_places(code):
    c = C[code]
    places = [(t, a) for t, a in c["places"] if t not in NO_TERRITORY]
    war = WAR_PLACES.get(code)
    if war:
        places = [(t, a) for t, a in places if t in war]
    return places


def armed_groups(code):
    return [g for g in C[code]["groups"] if g not in PROGOV.get(code, set())]


def slots(rng, code):
    c = C[code]
    places = territory_places(code) or c["places"]
    town, adm = rng.choice(places)
    town2, _ = rng.choice(places)
    groups = armed_groups(code) or ["armed men"]
    g1 = rng.choice(groups)
    g2 = rng.choice([g for g in groups if g != g1] or ["a rival faction"])
    police = rng.choice(c["police"] + POLICE_GEN[:3])
    who = rng.choice(PROTESTERS + WHO_EXTRA)
    s = dict(town=town, town2=town2 if town2 != town else "a nearby village", adm=adm, cty=c["name"], adj=c["adj"],
             army=rng.choice(c["army"]), group=g1, group2=g2, police=police, who=who,
             n=rng.choice(N), day=rng.choice(DAYS), date=rng.choice(DATES), cause=rng.choice(PROTEST_CAUSE),
             foreign=rng.choice(FOREIGN), outlet=rng.choice(list(c["outlet"]) + OUTLETS_GEN),
             official=c["official"], k=str(rng.choice([2, 3, 4, 5, 6, 7, 9, 11, 12, 15, 20, 23, 40])),
             air=rng.choice(c["air"]) if c["air"] else "warplanes")
    for key in ("army", "group", "group2", "police", "who", "foreign", "outlet", "official", "air"):
        s[key.capitalize()] = cap(s[key])
    return s


# ---------------------------------------------------------------------------------------------
# Families: (kind, label, genre, template). The label may be a function of the slots' roles:
# "TAKER" picks Government regains territory when the army takes, else the non-state type.

F = []


# Where a family's event is plausible: territory changes hands and aircraft are downed where a war
# with armed groups holding ground goes on; air strikes where someone strikes from the air.
TERR = {"NG", "ML", "BF", "NE", "SO", "ET", "SD", "SS", "CD", "CM", "MZ", "LY", "CF", "TD", "SY", "IQ", "YE",
        "AF", "MM", "PH", "CO", "HT"}


def fam(kind, label, genre, *templates, where=None):
    for t in templates:
        F.append((kind, label, genre, t, where))


# 1. Non-violent transfer: a capture verb, but the place changes hands without a fight.
fam("nvt", NVT, "wire",
    "{Group} [entered|moved into|took over|took control of|seized] {town} {day} after {army} [pulled out|withdrew|left the town|abandoned their positions], [meeting no resistance|without a shot being fired|residents said|without any fighting].",
    "{Army} [retook|regained|took back|returned to] {town} {day} after {group} [withdrew|pulled out|left] under [a local deal|an agreement brokered by elders|a negotiated arrangement], with no fighting reported.",
    "{Group} [captured|took|seized] {town} unopposed {day}: {army} had [already left|pulled back|withdrawn] [the night before|hours earlier|a day earlier].",
    "[The handover|The transfer] of {town} to {army} [was completed|went ahead|took place] {day}, as {foreign} [left the base|withdrew|ended their mission there].",
    "{Foreign} handed [the base|their camp|the airport|control of the town] in {town} to {army} {day}, [ending years of deployment|in a ceremony attended by local officials|as part of their drawdown].",
    "{Group} [took over|occupied|moved into] [the military camp|the barracks|the base|the police station|checkpoints] in {town} [abandoned|vacated|left empty] by {army} {day}.",
    "{Army} [pulled out of|withdrew from|evacuated] {town} {day}, and {group} [took control of|entered|raised their flag over] the town [without a fight|unopposed|hours later without clashes].",
    "Under [the ceasefire terms|the deal|a local truce|the agreement], {group} [handed over|ceded|surrendered control of] {town} to {army} {day}.",
    "{Group} [regained|recaptured|retook] {town} {day} [after|once] {army} [withdrew|pulled out|left] without [resistance|a fight|firing a shot].",
    "{Army} [took over|assumed control of|deployed into] {town} {day} [after|once] {group} [agreed to leave|pulled out under a deal|handed over their positions], [residents said|officials said|no clashes were reported].",
    "{Group} [crossed into|advanced into|spread into] {town} and [established control over|took charge of] [several villages|the area|the market and the main road] {day} without meeting [any resistance|opposition].",
    "[Control of|Authority over] {town} [passed|was transferred] [peacefully|without bloodshed|without fighting] to {army} {day} [under a handover deal|as {group} left|after talks].",
    "{Group} [walked into|entered] {town} {day} [after|as] {army} [retreated|fell back|withdrew] [overnight|without a fight|in the face of their advance], [and there was no fighting|meeting no resistance|locals said].",
    "{Army} [extended|restored] state control over {town} {day} without [clashes|a battle|fighting] after {group} [withdrew|dispersed|left the area] under [mediation|a deal with local leaders].",
    "Local officials said {town} [changed hands|changed hands peacefully|was handed over] {day}: {group} left and {army} moved in without [incident|clashes|any shots fired].")
fam("nvt", NVT, "coder",
    "On {date}, {group} [took control of|entered|occupied] {town} ({adm}) after {army} withdrew [without fighting|from the town|from their positions]. [No fatalities.|No clashes reported.|No casualties reported.]",
    "On {date}, {army} [regained control of|took over|re-entered] {town} ({adm}) following the [withdrawal|departure|pull-out] of {group} [under a local agreement|without fighting|after negotiations]. [No clashes.|No fatalities.|]",
    "Around {date} (as reported), {foreign} handed over [their base|the camp|positions] in {town} ({adm}) to {army}. [Non-violent transfer.|No fighting reported.|]",
    "On {date}, {group} [seized|took over] [a military post|an army base|the gendarmerie post] in {town} ({adm}) abandoned by {army} [earlier that day|the previous night|days earlier]. No [fighting|clashes] reported.")
fam("nvt", NVT, "headline",
    "{Group} [Enter|Take] {town} [Unopposed|Without a Fight|As Troops Withdraw|After Army Pulls Out]",
    "{Army} [Take Over|Return to|Retake] {town} [After Militants Withdraw|Without a Shot|Under Deal]",
    "[Foreign|UN|Peacekeeping] [Troops|Force] Hand {town} [Base|Camp] to {adj} Army",
    "{town} [changes hands|handed over] without [fighting|a fight] as {army} [pull out|withdraw]")
fam("nvt", NVT, "liveblog",
    "[09:40|14:15|22:05|06:30]: {Outlet} [report|says|say] {group} [have entered|are now inside|control] {town}; {army} [left|pulled out] [overnight|earlier] and there was no fighting.",
    "[Update|Latest|Breaking]: {army} [back in|have entered] {town} after {group} [pulled out|left], [no shots fired|no clashes reported|residents say].")
fam("nvt", NVT, "monitor",
    "{Group} [imposed|established] [their control|control] over {town} {day} after {army} [withdrew from|evacuated] the area, {outlet} [reported|said], [adding that no clashes took place|without any fighting recorded].",
    "{Outlet} [documented|recorded] the [handover|transfer] of {town} from {group} to {army} {day}, [which took place without clashes|carried out under a settlement agreement].")
fam("nvt", NVT, "ministry",
    "[Units of|Forces of] {army} [entered|took charge of|assumed positions in] {town} {day} [in line with|under] the [agreement|settlement], the ministry said, [after the armed groups withdrew|after the militants left with their light weapons].")

# Contrast: the same capture verbs with fighting told: the Battles types.
fam("capfight", "TAKER", "wire",
    "{Taker} [captured|seized|took control of|overran] {town} {day} after [heavy fighting|fierce clashes|a day-long battle|hours of fighting] with {loser}.",
    "{Taker} [stormed|attacked and took|fought their way into] {town} {day}, [driving out|forcing out|routing] {loser} [after clashes|in heavy fighting].",
    "{Taker} [recaptured|retook|regained control of] {town} {day} following [days of battles|an assault|street fighting] against {loser}, {outlet} said.",
    "{Taker} [took|seized] {town} {day}; {loser} [retreated|fled] after [a fierce battle|losing dozens of fighters|heavy clashes].")
fam("capfight", "TAKER", "coder",
    "On {date}, {taker} [captured|took control of|recaptured] {town} ({adm}) after clashes with {loser}. [Fatalities unknown.|Several fighters killed.|{k} fatalities.]")

# 2. Protest with intervention: police break up, disperse, chase, detain; no severe harm.
fam("pwi", PWI, "wire",
    "{Police} [broke up|dispersed|suppressed|cleared] a [peaceful|small|peaceful but unauthorised|silent] [march|sit-in|rally|demonstration|vigil] by {who} in {town} {day}.",
    "{Police} [baton-charged|pushed back|chased] {who} [protesting|marching|rallying] against {cause} in {town} {day} and [detained|arrested|took away] [several|at least 12|dozens] of them.",
    "{Police} [fired tear gas|used pepper spray|used water cannon] to [disperse|break up|clear] {who} [protesting|demonstrating|gathered] against {cause} in {town} {day}.",
    "[A|The] [protest|march|sit-in|rally] by {who} against {cause} in {town} was [cut short|broken up|dispersed|stopped] {day} when {police} [moved in|arrived with batons|fired tear gas|detained the organisers].",
    "{Police} [detained|arrested|rounded up] {n} {who} [who were|as they were] [trying to hold|staging|taking part in] [an unsanctioned|a peaceful|an unauthorised] [protest|picket|rally] in {town} {day}.",
    "{Police} [suppressed|crushed|put down] a [peaceful|] [demonstration|march|protest] organised by {who} in {town} {day} to [demand|denounce|protest] {cause}.",
    "[Riot police|Security forces|Police officers] [chased|scattered|dispersed] {who} [through the streets of|in the centre of|outside the governor's office in] {town} {day} during [a protest|protests] over {cause}.",
    "{Police} [removed|forcibly removed|carried away] {who} [staging a sit-in|blocking the road|camped] outside [the parliament|the ministry|the council offices] in {town} {day}[; some were detained.|.|, ending the protest.]",
    "{Who_cap} [demonstrating|protesting] over {cause} in {town} {day} were [dispersed by|met with tear gas from|kettled and detained by] {police}.",
    "{Police} [prevented|stopped|blocked] {who} from [marching|holding a rally] in {town} {day}, [firing tear gas|arresting the organisers|pushing them back with shields], [witnesses said|the organisers said|local media reported].")
fam("pwi", PWI, "coder",
    "On {date}, {n} {who} [protested|demonstrated|held a sit-in] in {town} ({adm}) against {cause}. {Police} [dispersed them with tear gas|arrested [several|5|12] participants|broke up the gathering]. [No injuries reported.|]",
    "On {date}, {police} [dispersed|broke up] a [protest|demonstration|march] of {who} in {town} ({adm}) [using tear gas|and arrested several protesters|with batons and water cannon]. [Size=no report.|]",
    "Around {date} (as reported), {police} [detained|arrested] [3|7|dozens of|several] {who} [during|at] a [protest|rally] in {town} ({adm}) over {cause}.")
fam("pwi", PWI, "headline",
    "[Police|Riot Police|Security Forces] [Disperse|Break Up|Tear-Gas] {Who_cap} [Protest|Rally|March] in {town}",
    "[Dozens Detained|Activists Held|Organisers Arrested] as [Police|Security Forces] Break Up {town} [Protest|Rally]",
    "{town} [sit-in|march|protest] [broken up|dispersed] by [police|riot police], [organisers detained|tear gas fired]")
fam("pwi", PWI, "liveblog",
    "[11:20|15:45|18:10|20:30]: {Police} [are now dispersing|have begun clearing|are detaining] {who} [in the main square of|outside the court in] {town}; [tear gas has been fired|several people have been taken away].")

# 3. Excessive force: the same dispersal, but people badly hurt or killed, rubber bullets, live fire.
fam("efp", EFP, "wire",
    "[Dozens|Scores|At least 30|Many] [of people|of {who}|protesters] were [injured|wounded|hurt] in {town} {day} when {police} fired [rubber bullets|rubber bullets and tear gas|rubber bullets, tear gas and water cannon] to disperse [a protest|a crowd|{who}] against {cause}.",
    "{Police} [brutally|forcibly] [broke up|suppressed] a peaceful [protest|march|sit-in] by {who} in {town} {day}, [injuring|leaving injured|wounding] {n} [people|of them|participants].",
    "[Several|Dozens of|A number of] {who} were [reportedly|] [injured|taken to hospital] after {police} [brutally broke up|beat|attacked] a [protest|sit-in|march] in {town} {day}, [according to local media|medics said|organisers said].",
    "{Police} used [water cannon, tear gas and rubber bullets|rubber bullets and stun grenades|batons and rubber bullets] {day} to break up a [rally|protest] by {who} in {town}[, wounding several.|; at least [9|14|20] were hurt.|, injuring dozens.]",
    "{Police} [opened fire on|fired live rounds at|shot at] {who} [protesting|marching|demonstrating] against {cause} in {town} {day}, [killing|wounding|killing one and wounding] [two|three|several|at least five].",
    "[One|Two|A] [protester|student|demonstrator] [was killed|died|was shot dead] and [others|several|many] [were wounded|injured] as {police} [fired on|cracked down on|dispersed] [a peaceful protest|demonstrators|a march] in {town} {day}.",
    "{Police} [severely beat|beat|assaulted] [peaceful|unarmed] {who} [with batons|with clubs and rifle butts] [in|outside the ministry in] {town} {day}, [leaving several in hospital|breaking one man's arm|injuring many].",
    "The authorities [brutally crushed|cracked down on] [a peaceful protest|peaceful protests|the demonstrations] in {town} {day}, [beating and detaining|injuring and detaining] {n} [people|{who}].",
    "[Serious injuries were reported|Many were hurt|Several were badly hurt] among {who} in {town} {day} as {police} [suppressed|broke up|attacked] their [peaceful|] [protest|sit-in|gathering].",
    "{Police} [fired|shot] tear gas canisters [directly at|into] [a crowd of|] {who} in {town} {day}, [seriously injuring|wounding] [a teenager|several people|two journalists].")
fam("efp", EFP, "coder",
    "On {date}, {police} [fired rubber bullets at|shot at|beat] {who} [protesting|demonstrating] against {cause} in {town} ({adm}), [injuring|wounding] [12|several|dozens of] [them|protesters]. [Size=no report.|]",
    "On {date}, {police} [opened fire on|used live ammunition against] [a protest|demonstrators] in {town} ({adm}), killing [1|2|3] [protester|protesters] and wounding [others|several]. [{k} fatalities.|]",
    "Around {date} (as reported), {police} [forcibly broke up|brutally broke up] a [protest|sit-in] of {who} in {town} ({adm}); [several protesters were hospitalised|many were injured].")
fam("efp", EFP, "headline",
    "[Dozens Hurt|Protesters Injured|Several Wounded] as [Police|Security Forces] [Fire Rubber Bullets|Crack Down] on {town} [Protest|Rally]",
    "[Protester Killed|Two Dead|Student Shot Dead] as [Police|Troops] Fire on {town} [March|Demonstrators]")
fam("efp", EFP, "ngo",
    "[Rights groups|Medics|An NGO] said {police} used [excessive|disproportionate|lethal] force against peaceful {who} in {town} {day}, [injuring|hospitalising] {n} people.")

# 4. Violent demonstration: the demonstrators themselves clash, throw, burn, storm (police answer or not).
fam("vd", VD, "wire",
    "Clashes [erupted|broke out] between {police} and {who} in {town} {day} [during|after|at the end of] a [protest|march|rally] against {cause}.",
    "{Who_cap} [clashed with|fought|confronted] {police} in {town} {day}, [throwing|hurling] [stones|rocks|fireworks|bottles and stones|petrol bombs] as {police} [fired tear gas|used water cannon|tried to disperse them].",
    "[Youths|Groups of young men|{Who_cap}] [ignored|broke] [the curfew|the ban on gatherings] in {town} {day}, [throwing fireworks at police|setting fire to bins|smashing shop windows]; {police} [used water cannon|fired tear gas] on the [rioters|crowd].",
    "[A|The] [protest|demonstration|march] against {cause} in {town} [descended into violence|turned violent|turned into a riot] {day} as {who} [set cars alight|torched a police post|pelted officers with stones].",
    "{Who_cap} [lit fires|burned tyres|set up burning barricades] [amid|despite|under] tear gas fired by {police} in {town} {day}.",
    "[Protesters|Demonstrators|{Who_cap}] [stormed|forced their way into|ransacked] [the council building|the governor's office|a police station|the local party office] in {town} {day} during [a protest|protests] over {cause}.",
    "{Police} [fired tear gas and rubber bullets|used water cannon|fired tear gas] [during running battles with|as they fought] {who} in {town} {day}[, and the confrontations lasted for hours.|.| after stones were thrown.]",
    "[Street violence|Rioting|Unrest] [flared|broke out|spread] in {town} {day} as {who} [angered by|protesting] {cause} [hurled stones at police|burned vehicles|attacked shops].",
    "{N_cap} {who} [rallied|marched] in {town} {day} after [several nights of|two nights of] [street violence|rioting|clashes with police], [throwing stones at officers again|burning tyres again|blocking roads with burning debris].",
    "[Several|Four|Dozens of] [police officers|officers|gendarmes] were [injured|hurt] when {who} [attacked|stoned|charged] them in {town} {day} during a protest against {cause}.",
    "[Rival|Opposing] groups of [demonstrators|protesters] [clashed|fought each other|threw stones at each other] in {town} {day}[, and police separated them.|.| before police intervened.]",
    "{Who_cap} [blocked|barricaded] the [highway|main road|bridge] into {town} {day} [with burning tyres|and threw rocks at passing vehicles|and clashed with police who tried to clear it].")
fam("vd", VD, "coder",
    "On {date}, {who} [rioted|clashed with {police}] in {town} ({adm}) over {cause}, [throwing stones|burning tyres|setting a police vehicle on fire]. {Police} [used tear gas|fired tear gas|intervened]. [Several injuries.|No fatalities.|]",
    "On {date}, {n} {who} [protesting|demonstrating against] {cause} in {town} ({adm}) [vandalised|torched|attacked] [a government building|the town hall|shops]. [Size=no report.|]",
    "Around {date} (as reported), [rioters|protesters] [clashed with|attacked] {police} in {town} ({adm}) [with stones and sticks|with petrol bombs|during a protest]. [{k} injured.|]")
fam("vd", VD, "headline",
    "[Protesters|Rioters|Youths] [Clash With|Stone|Battle] Police in {town} [Over|Against] {cause}",
    "{town} [protest|march] turns violent[; police fire tear gas|: cars torched|as demonstrators hurl stones]",
    "[Riots|Unrest|Street Battles] [Rock|Hit|Grip] {town} [as|After] [Protest|Demonstration] [Turns Violent|Over {cause}]")
fam("vd", VD, "liveblog",
    "[21:10|23:40|19:55|01:15]: [Clashes|Skirmishes] [are under way|have broken out] between {who} and {police} in {town}; [stones and fireworks are being thrown|a car has been set on fire|police are firing tear gas at stone-throwers].")

# Contrast: a protest with nothing done to it and nothing done by it is a peaceful protest.
fam("peace", PEACE, "wire",
    "{N_cap} {who} [marched|rallied|gathered] [peacefully|] in {town} {day} against {cause}; {police} [watched|stood by|escorted the march] and [there were no incidents|no arrests were made|it ended without incident].",
    "{Who_cap} [held|staged] a [peaceful|silent|candlelit] [protest|vigil|sit-in] in {town} {day} to [demand|denounce|protest] {cause}[, and it dispersed on its own.|.| without incident.]")
fam("peace", PEACE, "coder",
    "On {date}, {who} [protested|demonstrated|held a sit-in] in {town} ({adm}) [against|over] {cause}. [Size=no report.|Size=around 200.|]")

# 5. Plain verbs and nominal reports in running news: they tell an event now.
fam("plain", "TAKER", "wire",
    "{Taker} [entered|moved into|pushed into|advanced into] {town} {day} [and took control of the centre|after clashes with {loser}|and raised their flag|, driving out {loser}].",
    "{Taker} [entered|moved into|pushed into|advanced into] the [village|town|district centre] of {town} {day}[ and took control.|, {outlet} said.|, driving out {loser}.]")
fam("plain", REGAIN, "wire",
    "{Army} [restored|re-established] [control|security|state authority] [in|over] {town} {day} after [clashes with|driving out|routing] {group}.",
    "{Army} [said it had restored security in|said it had cleared|announced it had retaken] {town} {day} [after an operation against|after expelling] {group}[.|, {outlet} said.]")
fam("plain", AIR, "wire",
    "{Air} [carried out|conducted|launched] [strikes|air strikes|a series of raids|drone strikes] on [positions of {group}|{group} targets|the outskirts of {town}] [near|in|around] {town} {day}[, {outlet} said.|.|, killing {k}.]",
    "{Outlet} [reported|said there were] [air raids|strikes by warplanes|drone strikes|several raids] on {town} {day}[.| with no word on casualties.|, and smoke rose over the market.]")
fam("plain", CLASH, "wire",
    "A [military|government|army] [helicopter|jet|fighter jet|transport plane] [crashed|went down|came down] near {town} {day} after [being hit by|coming under] [ground fire|fire from {group}|a missile fired by {group}], {outlet} said.",
    "{Outlet} also [reported|confirmed] the [downing|shooting down|loss] of [a military helicopter|an army jet|a warplane|a government aircraft] [near|over|outside] {town} {day}, [claimed by {group}|during fighting with {group}|hit by ground fire].",
    "{Group} [said they shot down|claimed the downing of|brought down] [a military helicopter|an air force jet|a warplane] [over|near] {town} {day}[; its crew was killed.|.|; the army has not commented.]")
fam("plain", NOEV, "wire",
    "[A military|An air force|An army] [helicopter|jet|training aircraft] [crashed|went down] near {town} {day} [during a training flight|because of a technical fault|in bad weather|after engine failure], [the ministry said|officials said], [killing its crew|and both pilots ejected safely].",
    "A [passenger plane|cargo plane|light aircraft] [crashed|skidded off the runway] [near|at] {town} {day} [in heavy fog|after an engine fire|during landing], [aviation officials said|the airline said].")
fam("plain", "NOM", "monitor",
    "{Outlet} also [reported|documented|recorded] the [shelling|bombardment] of {town} {day}[.|, without giving a toll.|, saying homes were hit.]",
    "{Outlet} [reported|noted] [the capture of {town} by {group}|the fall of {town} to {group}] {day}[ after clashes.|, after a night of fighting.|.]",
    "{Outlet} [reported|recorded] the [killing|execution] of {k} civilians [by|at the hands of] {group} in {town} {day}.")

# Contrast: the same nouns in anniversaries, trials and memories: background.
fam("bgnom", BG, "wire",
    "[Residents marked|The town marked|Families gathered to mark] the [anniversary|fifth anniversary|tenth anniversary] of the [fall of|capture of|shelling of|siege of] {town} {day}.",
    "[A court|Judges|A military tribunal] in {town} [opened the trial|heard evidence|sentenced the men accused] [over|in] the [downing of|killing of|shelling of] [an airliner|a military helicopter|civilians] [years ago|in 2015|during the war].",
    "[Since|Ever since] the [fall of|capture of] {town} [to {group}|] [two years ago|in 2019|last spring], [trade has collapsed|the road has stayed closed|residents have fled].")

# 6. Two- and three-sentence passages: the rally is told first, what happened to it (or what its
# marchers did) after; the passage takes the later, decisive part.
fam("passage", VD, "wire",
    "{N_cap} {who} [took to the streets|rallied|marched] in {town} {day} against {cause}. [Clashes erupted|Scuffles turned into clashes|Fighting broke out] between [protesters|the marchers|them] and {police}[, who fired tear gas.|.| as stones were thrown.]",
    "{Who_cap} [gathered|assembled] in the centre of {town} {day} to protest {cause}. [Later|By evening|After dark], [groups of them|some protesters|young men among them] [threw stones at|attacked|set fire to the cars of] {police}.",
    "[The protest began peacefully.|It started as a peaceful march.|The rally opened with speeches.] [Hours later|By nightfall|Then], {who} in {town} [were hurling rocks and fireworks at|were fighting running battles with] {police}[, who answered with water cannon.|.]")
fam("passage", PWI, "wire",
    "{N_cap} {who} [marched|rallied|gathered] in {town} {day} against {cause}. {Police} [dispersed them|broke up the rally|moved in] [with tear gas|with batons and shields|and detained several organisers][.| within the hour.| before it reached the ministry.]",
    "{Who_cap} [held|staged] a [sit-in|demonstration] outside [the governor's office|parliament|the court] in {town} {day} over {cause}. [Police|Security forces|Officers] [cleared the square|removed them|pushed them back] and [arrested|detained] [a dozen|several|about 20] of them.")
fam("passage", EFP, "wire",
    "{N_cap} {who} [marched|rallied] [peacefully|] in {town} {day} against {cause}. {Police} [fired rubber bullets|opened fire|beat them with batons] [to disperse the crowd|as the march reached the square], [wounding|injuring|killing one and wounding] [several|at least eight|dozens].",
    "{Who_cap} [demonstrated|gathered] in {town} {day} over {cause}. [Medics said|Hospital staff said|Organisers said] {n} [were injured|were treated for wounds|needed hospital care] after {police} [charged the crowd|fired on them|used rubber bullets].")
fam("passage", NVT, "wire",
    "{Army} [left|pulled out of|withdrew from] {town} {day}. [Hours later|By evening|The next morning], {group} [entered|moved into|raised their flag in] the town; [residents said there was no fighting|no shots were fired|there was no resistance].",
    "{Group} [entered|took control of] {town} {day}, {outlet} said. [The army|Government troops|{Army}] had [withdrawn|pulled out] [the night before|earlier in the week] and [there were no clashes|the takeover was unopposed].")

# More plain running-news shapes (strikes, entries, downings) in other genres.
fam("plain", AIR, "liveblog",
    "[10:05|13:30|17:50|23:20]: [Strikes|Air strikes|Drone strikes|Raids] [reported on|hit|are hitting] {town} [this hour|again|overnight], according to {outlet}.",
    "[Update|Latest]: {air} [carried out|have carried out] [several strikes|new raids|strikes] [around|near|on] {town}[.|, according to {outlet}.]")
fam("plain", AIR, "coder",
    "On {date}, {air} carried out [strikes|air strikes|raids] [on|near|in] {town} ({adm}). [Fatalities unknown.|No fatalities reported.|{k} fatalities.]")
fam("plain", "TAKER", "coder",
    "On {date}, {taker} entered {town} ({adm}) [after clashes with {loser}|and took control of the town|following fighting with {loser}]. [Fatalities unknown.|]")
fam("plain", CLASH, "coder",
    "On {date}, {group} shot down [a military helicopter|an air force jet|a government aircraft] near {town} ({adm}). [Crew killed.|Fatalities unknown.|{k} fatalities.]")
fam("plain", CLASH, "liveblog",
    "[08:15|12:40|16:05|21:30]: [A military helicopter|An army jet|A warplane] has [crashed|gone down|been downed] near {town}; {outlet} [says|say] it was [hit by|brought down by] [ground fire|{group}|a missile].")

# Contrast for the dispersal families above: police arresting people in ordinary crime stories,
# and blasts at plants, tell no conflict event; an arrest of an activist at home is Arrests.
fam("crime", NOEV, "wire",
    "{Police} [arrested|detained|rounded up] [ten|six|14|three] [people|suspects|men] [in a raid on|after breaking up] [a cigarette smuggling ring|a drug gang|a car theft ring|an illegal betting operation] in {town} {day} and [recovered|seized] [stolen goods|cash and phones|a haul of pills|two stolen cars].",
    "{Police} in {town} [arrested|detained] [a man|two traders|a gang of five|a bank clerk] [suspected of|over] [fraud|smuggling fuel|selling fake medicine|a string of burglaries|a bank robbery] {day}, [a spokesman said|officials said|local media reported].",
    "[A tank|A storage bunker|A boiler|A gas cylinder store] at [a chemical plant|a waste treatment plant|a refinery|a fertiliser factory] [exploded|blew up|caught fire] in {town} {day}, [injuring|killing] [two workers|several employees|three people]; [the cause is being investigated|officials blamed a gas leak|firefighters put out the blaze].")
fam("crime", "Arrests", "wire",
    "{Police} [arrested|detained|picked up] [an opposition organiser|a journalist|two activists|a student leader] [at home|at their office|at a checkpoint] in {town} {day}[, relatives said.|.|, their lawyer said.]")


def label_for(label, s, taker_is_army, nom_kind):
    if label == "TAKER":
        return REGAIN if taker_is_army else OVERTAKE
    if label == "NOM":
        return nom_kind
    return label


def main():
    rng = random.Random(1406)
    codes = sorted(C)
    out, seen = [], set()
    counters = {}
    for kind, label, genre, tmpl, where in F:
        if where is None and (kind in ("nvt", "capfight", "bgnom") or label in ("TAKER", "NOM", CLASH)):
            where = "terr"
        pool = [c for c in codes if c in TERR] if where == "terr" else \
            [c for c in codes if C[c]["air"]] if label == AIR else codes
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        scen = f"dist-{kind}-{n:02d}"
        made = tries = 0
        while made < PER_FAMILY and tries < PER_FAMILY * 20:
            tries += 1
            code = rng.choice(pool)
            s = slots(rng, code)
            army_takes = rng.random() < 0.5
            if army_takes:
                s.update(taker=s["army"], loser=s["group"])
            else:
                s.update(taker=s["group"], loser=rng.choice([s["army"], s["group2"]]))
            s["Taker"], s["Loser"] = cap(s["taker"]), cap(s["loser"])
            s["N_cap"] = cap(s["n"])
            s["Who_cap"] = cap(s["who"])
            text = expand(rng, tmpl)
            nom_kind = SHELL if "shelling" in text or "bombardment" in text else \
                "Attack" if ("killing" in text or "execution" in text) else OVERTAKE
            if label == "NOM" and "fall" in text or label == "NOM" and "capture" in text:
                nom_kind = OVERTAKE
            try:
                text = text.format(**s)
            except KeyError as exc:
                raise SystemExit(f"{scen}: no slot {exc} in {tmpl!r}")
            text = re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
            if genre == "headline":
                text = text.rstrip(".")
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append({"text": text, "label": label_for(label, s, army_takes, nom_kind), "country": code,
                        "genre": genre, "scenario": scen})
            made += 1
    OUT.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    from collections import Counter
    print(f"{OUT.name}: {len(out)} items, {len(F)} families; " +
          ", ".join(f"{k} {v}" for k, v in sorted(Counter(o['label'] for o in out).items())))


if __name__ == "__main__":
    main()
