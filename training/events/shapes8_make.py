"""Writes shapes8_generated.jsonl: event kinds the typer still confused on news text it had not
been tuned on (session 8; see shapes8_README.md), each told in shapes the rest of training/events
has few of, beside the neighbouring type or non-event the same words also describe. Our own
templates and slot lists; places and actors from countries.py and contrasts_make.CALM.
Deterministic (seed 1408).

    python3 training/events/shapes8_make.py

Template syntax as in distinctions_make.py: slots in braces, inline choices "[a|b|c]". Each family
is one scenario (`s8-<kind>-<nn>`), so the validation split holds families out whole, and whole
countries by the trainer's own hash.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from contrasts_make import generate  # noqa: E402  (the same slots and expansion as the contrasts)

OUT = Path(__file__).with_name("shapes8_generated.jsonl")
PER_FAMILY = 16
PER_NEG = 12

NOEV, BG = "No event", "Background"
ARR, DWU, IED, ATT, LOOT, GREN, SUI = ("Arrests", "Disrupted weapons use", "Remote explosive/landmine/IED", "Attack",
                                       "Looting/property destruction", "Grenade", "Suicide bomb")
PEACE, PWI, EFP, VD, MOB = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                            "Violent demonstration", "Mob violence")
CLASH, SHELL, AGR, CHG = "Armed clash", "Shelling/artillery/missile attack", "Agreement", "Change to group/activity"
REGAIN, OVERTAKE, NVT = "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"

F = []
ANY = None
CONFLICT = "conflict"


def fam(kind, label, genre, *templates, where=ANY):
    for t in templates:
        F.append((kind, label, genre, t, where))


# ---------------------------------------------------------------------------------------------
# 1. Non-violent transfer of territory (codebook: a place changes hands without fighting). What
#    decides is that no one fought for it: the other side had gone, or a deal handed it over. The
#    verbs are those of a capture, so the family has twins where the same place changed hands by
#    fighting.
fam("nvt", NVT, "wire",
    "{Town}, which {army} had [abandoned|emptied|given up] [at the weekend|days earlier|last month], [is now held by|has passed to|is under the control of] {group}, whose [patrols|checkpoints|officials] [appeared|were set up] there {day} [with no battle fought|without any fighting], {said}.",
    "{Group} [hoisted|raised] [its flag|their banner] over the [district office|police station|town hall] in {town} {day}; [the garrison|the soldiers|the last troops] [had driven away|had been recalled|had decamped] [the evening before|before dawn], and [locals|shopkeepers|a teacher] said not one shot was heard.",
    "[Control of|The administration of] {town} [changed hands|was handed over|passed] [peacefully|quietly|without bloodshed] {day} when {group} [left under a truce|walked out under a deal with clan elders|withdrew as agreed in talks] and {army} [took up its old positions|came back|moved its units in], {said}.",
    "[The ceasefire accord|The withdrawal deal|The agreement signed last month] [requires|provides for] {army} to [give up|hand back|cede] [villages|districts|checkpoints] around {town}, and the first of them [changed hands|were handed over] {day} [without incident|under observers' eyes].",
    "[Observers|Mediators|Local officials] said {day} that {group} had [vacated|given up|left] its [bases|posts|trenches] around {town} and that [government soldiers|{army}] had [occupied|taken over] them [unopposed|without a fight] [the same afternoon|within hours].",
    where=CONFLICT)
fam("nvt", NVT, "coder",
    "On {date}, {group} [assumed|took] control of {town} ({adm}), [vacated|left] by [government forces|the army|security forces] [the day before|earlier that week]. No clashes reported.",
    "On {date}, {army} [regained|resumed] control of {town} ({adm}) without fighting after {group} [left|withdrew] [under a local agreement|at night|following negotiations].",
    "On {date}, [peacekeepers|foreign forces|a neighbouring army] handed over their [base|camp|positions] in {town} ({adm}) to {army}.",
    where=CONFLICT)
fam("nvt", NVT, "liveblog",
    "[Update|Latest|09:40]: {group} [flags are now flying|fighters are patrolling the streets|has set up checkpoints] in {town}, [residents|people there] tell us. [The army|The soldiers] [had gone|had packed up] overnight, and nobody reports any shooting.",
    "[Breaking|Update]: {army} [is back in|has returned to] {town}. The militants [left|went] yesterday under a deal with local elders, and the handover passed off quietly, {said}.",
    where=CONFLICT)
fam("nvt", NVT, "headline",
    "{Town} [Changes Hands|Falls] Without a Fight as [Army|Troops] [Leave|Decamp]",
    "[Army|Government Troops] [Return to|Reoccupy] {town} as [Rebels|Militants|Fighters] Leave Under Deal",
    where=CONFLICT)
fam("nvttwin", OVERTAKE, "wire",
    "{Group} [stormed|overran|fought their way into] {town} {day} after [hours|two days|a night] of [heavy fighting|fierce clashes] with {army}, and now [hold|control] the town, {said}.",
    "[Fighters of {group}|{Group}] [seized|captured] {town} {day} following [an assault|a dawn offensive|intense battles] in which {k} soldiers were killed, {said}.",
    where=CONFLICT)
fam("nvttwin", REGAIN, "wire",
    "{Army} [recaptured|retook|won back] {town} from {group} {day} after [a week-long battle|heavy fighting|street fighting], {said}.",
    "[After|Following] [fierce|days of] fighting, {army} [drove|forced] {group} out of {town} {day} and [regained|restored] control of the town, {said}.",
    where=CONFLICT)
# A force that leaves, moves or grows with nobody taking its place is a change to its activity.
fam("leavebase", CHG, "wire",
    "[Foreign troops|{Army}|Coalition forces] [packed up and left|closed down|dismantled] [their outpost|an airstrip they had used|a logistics hub] near {town} {day} [as part of a drawdown|on orders from the capital|to reinforce other fronts], {said}.",
    "[Extra battalions|Fresh units|Armoured units|Special forces] [were flown into|were moved to|arrived in] {town} {day} [to bolster the garrison|after threats from {group}|as tension rose along the front], {said}.",
    "{Group} [announced|declared] {day} that it [had appointed a new commander|was merging with a smaller faction|was recruiting fighters|had formed a new brigade] [in|around] {town}, {said}.",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 2. Weapons and explosives found, seized or made safe are Disrupted weapons use wherever they
#    are (in a calm country too); the twin negatives are contraband and drugs, in contrasts_make.
fam("dwu", DWU, "wire",
    "[Guns|Firearms|Rifles, pistols and a machine gun] [hidden in|stashed under|buried behind] [a wardrobe|the floor of a shed|a chicken coop|a false wall] in {town} [were uncovered|were found] by {police} {day}, [along with|together with] [boxes of bullets|magazines and silencers|a crate of cartridges], {said}.",
    "[Bomb disposal officers|A bomb squad|Army technical officers] [were called to|attended] [a building site|a railway line|a car park|a school playground] in {town} {day} after [a worker|a passer-by|a caretaker] [spotted|reported] a [suspicious device|pipe bomb|hand grenade|rusty mortar round]; it was [made safe|detonated in a controlled blast] and [nobody was hurt|the cordon lifted by evening].",
    "[A search of|A raid on] [a house|a farm|a warehouse|an abandoned building] in {town} {day} [turned up|uncovered] [rifles and a crate of ammunition|a rocket launcher and ammunition|detonators, fuses and explosives], {said}.",
    where=ANY)
fam("dwu", DWU, "wire",
    "[Army engineers|Demining teams|Mine clearance crews] [lifted|cleared|removed] {k} [anti-personnel mines|booby traps|unexploded rockets] [left|laid] [by {group}|by the retreating fighters] [along the roads|in the fields] around {town} {day}, {said}.",
    "[Air defences|Soldiers|Troops] [shot down|brought down|downed] [an armed drone|a kamikaze drone|{k} drones] [approaching|heading for|over] {town} {day}, {said}.",
    "{Army} [foiled|thwarted|stopped] a [planned car bombing|plot to attack a checkpoint|rocket launch] [in|near] {town} {day}, [seizing|capturing] [the launcher|the vehicle and its explosives|the device] before it could be used, {said}.",
    where=CONFLICT)
fam("dwu", DWU, "coder",
    "On {date}, police recovered [an AK-47 rifle|two pistols|a home-made gun|a hand grenade] and ammunition during a search in {town} ({adm}).",
    "On {date}, [a bomb disposal team|the army|police] defused an explosive device found [near a market|on a road|at a bus stop] in {town} ({adm}).",
    "Around {date} (as reported), [security forces|police] [recovered|confiscated] [weapons and ammunition|explosives and detonators] from a house in {town} ({adm}).",
    where=ANY)
fam("dwu", DWU, "headline",
    "[Police Find|Officers Uncover|Cache Found:] [Guns and Ammunition|Rifles and Bullets|Illegal Firearms] [in {town}|at {town} Farm|Under {town} Shed]",
    "[Controlled Blast|Bomb Squad Called] in {town} After [Device|Grenade|Old Shell] Found",
    where=ANY)

# ---------------------------------------------------------------------------------------------
# 3. Arrests (codebook: politically significant detentions by state forces): activists, critics,
#    organisers, round-ups before a banned rally, and members of armed groups taken alive ("the
#    army captured a militant" is an arrest, not a captured town).
fam("arrest", ARR, "wire",
    "[A blogger|A satirist|A student organiser|A union secretary|A lawyer for political prisoners] who [called for|backed|helped plan] [last month's strike|the sit-ins|the boycott of the vote] [was taken from|was seized at] [her|his] [home|office] in {town} {day} by [plain-clothes police|state security officers|{police}], [friends said|a rights group said|a party statement said].",
    "[Before|To stop] [a rally the courts had banned|a march planned for Friday|a boycott rally], {police} [took|hauled] [dozens of|{k}] [opposition supporters|youth activists|members of the organising committee] [off the streets|from their homes] in {town} {day}, {said}.",
    "[Hundreds|Scores|Dozens] of [opposition supporters|activists|party members] [sit|are being held|remain] in [police cells|detention] in {town} [weeks after|since] the [crackdown|state of emergency|ban on gatherings] [began|was declared], {said}.",
    "{Army} [captured|arrested|took prisoner] [a {group} quartermaster|a {group} recruiter|the deputy head of {group} in the area|a {group} financier] [in a raid|at a checkpoint|in a night operation] near {town} {day}, {said}.",
    where=CONFLICT)
fam("arrest", ARR, "coder",
    "On {date}, {police} arrested [an opposition activist|a journalist|three members of a youth movement|a local human rights defender] in {town} ({adm}) over [a protest|social media posts|a petition against the government].",
    "On {date}, {army} arrested a suspected {group} [member|commander|informant] in {town} ({adm}).",
    where=CONFLICT)
fam("arrest", ARR, "headline",
    "[Activist|Blogger|Opposition Figure|Union Leader] [Held|Arrested] in {town} [Over Protest|in Widening Crackdown|After Critical Post]",
    "[Army Nabs|Troops Arrest] {group} [Recruiter|Financier|Suspect] Near {town}",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 4. Fire from afar on a group's camp, column or lines is Shelling/artillery/missile attack even
#    when it kills fighters; an exchange at close range is an Armed clash (the twin).
fam("shell", SHELL, "wire",
    "{Group} [lost|said it lost] {k} [fighters|members|men] {day} when [shells|rockets|mortar bombs] fired by {army} [landed on|hit|struck] [its base|a training camp|a checkpoint it held|its trenches] outside {town}, {said}.",
    "{Army} [used|turned] [howitzers|tanks|multiple rocket launchers|heavy mortars] [on|against] {group} [hideouts|bases|vehicles|trenches] [outside|across the river from|north of] {town} {day}; [the army|a military statement] [put|gave] the [militants'|group's] losses at {k}.",
    "[A command post|A fuel depot|An ammunition store] used by {group} near {town} was [destroyed|set ablaze|hit] by [a rocket salvo|an artillery barrage|a cruise missile] {day}, {said}.",
    where=CONFLICT)
fam("shell", SHELL, "coder",
    "On {date}, {army} shelled {group} positions near {town} ({adm}), killing {k} fighters.",
    "On {date}, [artillery|a missile] [fired by|launched by] {army} hit a {group} camp in {town} ({adm}). Fatalities among the militants reported.",
    where=CONFLICT)
fam("shelltwin", CLASH, "wire",
    "{Army} and {group} [fought|exchanged fire|battled] [for hours|at close range|with rifles and machine guns] near {town} {day}, [leaving|with] {k} dead on both sides, {said}.",
    "[Soldiers|Troops] [repelled|beat back] an attack by {group} on their [post|checkpoint|base] in {town} {day}, killing {k} attackers, {said}.",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 5. Attack on civilians: targeted killings (an official, a teacher, a cleric), shootings of
#    people gathered for prayer or shopping, fire on a civilian car.
fam("attack", ATT, "wire",
    "[A village headman|A school principal|A local councillor|An imam|A radio presenter] was [shot|killed] [outside his home|on his way to work|at his shop] in {town} {day} by [men on a motorbike|two men who fled|assailants nobody has named], {said}.",
    "[Militants|Gunmen|Armed men] [stopped|ambushed|sprayed with bullets] a [minibus of traders|family car|taxi|van carrying farm workers] [near|on the road to|outside] {town} {day}, [killing|wounding] {k} [passengers|people], {said}.",
    where=CONFLICT)
fam("attack", ATT, "wire",
    "{K} [worshippers|shoppers|guests|students] were [killed|shot|wounded] when [an attacker|a man with an assault rifle|two gunmen] [started shooting|fired] [during prayers at a mosque|in a crowded market|at a wedding hall|in a church] in {town} {day}, {said}.",
    where=ANY)
fam("attack", ATT, "coder",
    "On {date}, unidentified gunmen shot and killed a [school teacher|health worker|local official|trader] in {town} ({adm}).",
    "On {date}, [armed men|suspected {group} members] fired at a civilian vehicle near {town} ({adm}), killing {k} passengers.",
    where=CONFLICT)
fam("attack", ATT, "headline",
    "[Councillor Killed by|Teacher Shot by|Trader Slain by] [Gunmen|Assailants] in {town}",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 6. Bombs: grenades thrown at security posts are Grenade (not a clash); a landmine or roadside
#    bomb is Remote explosive whoever it kills; a bomber who dies by his own device is a Suicide bomb.
fam("grenade", GREN, "wire",
    "[Assailants|Militants|Men on motorbikes] [lobbed|threw|hurled] grenades at [a police post|a checkpoint|a police station|an army camp|a patrol] in {town} {day}, wounding {k2} [officers|soldiers|people], {said}.",
    where=CONFLICT)
fam("ied", IED, "wire",
    "[A roadside bomb|An improvised explosive device|A buried mine] [tore through|struck|flipped] [an army lorry|a police pick-up|a bus of day labourers|a water tanker] [on the road out of|near|outside] {town} {day}; {group} [is suspected|was blamed|claimed it], {said}.",
    "[A magnetic bomb|A device hidden in a motorcycle|A bomb in a roadside drain] [went off|exploded] [beside|under] [a patrol|an official's car|a convoy] in {town} {day}, [killing|wounding] {k}, {said}.",
    where=CONFLICT)
fam("ied", IED, "coder",
    "On {date}, a landmine planted by {group} exploded under a military vehicle near {town} ({adm}), killing {k} soldiers.",
    "On {date}, a roadside IED detonated as a civilian bus passed near {town} ({adm}); {k} killed.",
    where=CONFLICT)
fam("suicide", SUI, "wire",
    "[Cornered|Trapped|Surrounded] in a [safe house|flat|farm building] in {town} {day}, [three|four|several] [suspected {group} members|militants] [set off their explosive belts|blew themselves up] [as|when] [commandos|troops|police] [moved in|broke down the door], {said}.",
    "A [bomber|militant|attacker] [wearing|strapped with] [an explosive vest|a suicide belt] [blew himself up|detonated it] at [a checkpoint|a mosque|a market|a recruitment centre] in {town} {day}, killing {k}, {said}.",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 7. Looting and burning in unrest (riots, attacks on migrants' businesses, a curfew or a
#    blackout) is Looting/property destruction; one burglary is crime news (the twin).
fam("loot", LOOT, "wire",
    "[Mobs|Crowds|Groups of men] [went from store to store|moved through the market] in {town} {day}, [breaking into|emptying|torching] [businesses run by migrants|stalls of traders from the north|kiosks owned by foreigners], {said}.",
    "[Looters|Crowds|Groups of young men] [broke into|cleaned out|stripped] [a supermarket|liquor stores|a shopping centre|warehouses] in {town} during [the curfew|a power blackout|the riots] {day}, {said}.",
    "[A warehouse of food aid|A bank branch|The main market|A row of shops] in {town} was [ransacked|plundered|burned out] {day} [as unrest spread|during a night of rioting|amid anger at {cause}], {said}.",
    where=ANY)
fam("loot", LOOT, "coder",
    "On {date}, [rioters|a crowd|residents] looted and burned [foreign-owned shops|shops owned by migrants|stalls] in {town} ({adm}). No casualties reported.",
    where=ANY)
fam("loottwin", NOEV, "wire",
    "[Burglars|Thieves|A gang] broke into [a jewellery shop|a phone store|a pharmacy] in {town} {day} and made off with [goods|cash|stock] worth [thousands|a large sum], {said}.",
    "[Shop owners|Traders] in {town} [complained|said] {day} that [shoplifting|petty theft|break-ins] had [risen|doubled] this year and asked the council for more street lighting.",
    where=ANY)

# ---------------------------------------------------------------------------------------------
# 8. Protests: a march held now is the event even when the text recalls the violence that
#    prompted it (Peaceful protest); demonstrators who burn, stone or fight police or a rival
#    crowd make a Violent demonstration, whatever the police then do.
fam("peace", PEACE, "wire",
    "[A week after|Two days after|Days after] [troops|police] [killed|shot] [marchers|demonstrators] in {town}, [crowds|{who}|thousands] [were back on the streets|returned to the square|marched again] {day}; [this time|on this occasion] [no police were seen|the march passed off calmly], {said}.",
    "[Mourners|{Who}|Families] [walked|marched] [in silence|with portraits of the dead] through {town} {day} [demanding justice for|in memory of] [those killed in last month's unrest|the victims of the attack on their village], {said}.",
    "[A rally|A sit-in|A march] in {town} {day} [against|condemning] [the burning of the courthouse|last week's rioting|the attacks on shops] [drew|brought out] [hundreds|a large crowd] and ended [without incident|peacefully], {said}.",
    where=ANY)
fam("viol", VD, "wire",
    "[Supporters of two rival parties|Fans of rival candidates|Two marches heading in opposite directions] [met|collided] in {town} {day}, and [fists|sticks|stones and bottles] [flew|were used] before police [separated them|arrived], {said}.",
    "[Marchers|Demonstrators|{Who}] [tore down|pushed through] [the police cordon|barriers] in {town} {day} and [stoned|set fire to] [a police van|the district office|a bank], {said}.",
    "[Protesters|Demonstrators|{Who}] [set fire to|torched|ransacked|stormed] [a police post|the governor's office|ruling party offices|the town hall] in {town} {day} during a protest over {cause}, {said}.",
    where=ANY)
fam("viol", VD, "coder",
    "On {date}, {who} rioted in {town} ({adm}) over {cause}, [throwing stones at police|burning tyres and a police vehicle|clashing with a rival group].",
    where=ANY)
fam("force", EFP, "wire",
    "[Police|Security forces|Soldiers] [fired live rounds|opened fire|fired rubber bullets] [at|into] [a peaceful march|a crowd of {who}|demonstrators] in {town} {day}, [wounding|injuring|killing] {k} people, {said}.",
    "[Police|Riot police] [brutally|violently] [broke up|dispersed|attacked] a [peaceful|silent] [sit-in|march|demonstration] of {who} in {town} {day}, [beating several so badly they were taken to hospital|leaving {k} seriously hurt], {said}.",
    where=ANY)
fam("pwi", PWI, "wire",
    "[Tear gas|Water cannon and tear gas] [cleared|scattered] [a march|a rally|a sit-in] of {who} in {town} {day}, and {k} [demonstrators|organisers] were [led away|taken into custody], {said}.",
    where=ANY)

# ---------------------------------------------------------------------------------------------
# 9. Agreements: a ceasefire, truce or exchange agreed, signed or put into effect. Talks that end
#    without a deal stay No event (the twin).
fam("agree", AGR, "wire",
    "[A truce|A ceasefire|A cessation of hostilities] [agreed|signed|brokered] between {army} and {group} [came into force|took effect|began] around {town} {day}, {said}.",
    "[The government|{Army}] and {group} [agreed to|signed a deal to|struck an agreement to] [a ceasefire|exchange prisoners|reopen the road to {town}|withdraw heavy weapons from {town}] {day}, {said}.",
    "[Under a deal brokered by|After mediation by] [elders|religious leaders|a neighbouring country], {group} and {army} [swapped|exchanged|released] [prisoners|bodies|detainees] near {town} {day}.",
    where=CONFLICT)
fam("agree", AGR, "coder",
    "On {date}, {army} and {group} agreed [a local ceasefire|a prisoner exchange|a truce] in {town} ({adm}).",
    where=CONFLICT)
fam("agreetwin", NOEV, "wire",
    "[Delegations|Negotiators] of [the government|both sides] and {group} [met|held talks|resumed talks] in [a neighbouring capital|{town}] {day} [but failed to agree|with no deal in sight|and agreed only to meet again].",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 10. Accidents and ordinary crime that use the words of war are no event; a chemical agent used
#     on people by an armed actor is a Chemical weapon (the twin).
fam("accident", NOEV, "wire",
    "[An overheated dryer|A welding spark|A faulty compressor] [set off|caused] [a blast|an explosion|a fire and then a blast] at a [fertiliser depot|paint factory|grain silo|plastics works] in {town} {day}; {k} [staff|workers] [died|were hurt], and the labour inspectorate has opened an inquiry.",
    "[Residents near|Families living by] a [water treatment plant|cold store|tannery] in {town} were [told to stay indoors|moved out] {day} after [ammonia|chlorine|sulphur] [escaped|seeped] from a [corroded tank|damaged valve], {said}; [dozens|about 40] [needed treatment|went to hospital].",
    where=ANY)
fam("chem", "Chemical weapon", "wire",
    "[Doctors|Medics|Nurses] [treating the wounded|at field hospitals] in {town} said {day} that [patients|victims] of [the bombardment|the attack] showed [signs of exposure to a nerve agent|symptoms of chlorine poisoning|pinpoint pupils and foaming at the mouth], [and that|adding that] at least {k} had died.",
    "[Government forces|{Army}|Regime aircraft] [dropped|fired] [canisters of chlorine|shells filled with toxic gas|munitions carrying a chemical agent] on [a rebel-held suburb|residential blocks|a hospital] in {town} {day}, [suffocating|poisoning] {k} people, {said}.",
    where={"SY", "IQ", "UA", "YE", "MM", "SD"})
fam("crime", NOEV, "wire",
    "[A pickpocket ring|A gang of car thieves|Three men who sold fake gold] [working|operating] in {town} [was broken up|were caught] {day} after [months of surveillance|a tip-off from a shopkeeper], {said}.",
    "A [neighbours' quarrel|drunken row|dispute over a parking space] in {town} ended with a man [stabbed|badly beaten] {day}; [police said it was a private dispute|the suspect handed himself in], {said}.",
    where=ANY)

# A report that nothing happened is no event, however many event words it negates. The transfers
# above say "no clashes reported" beside a change of hands; here the calm is all the text tells.
fam("calm", NOEV, "wire",
    "[The night|The weekend|Election day] passed [quietly|calmly|without incident] in {town}, [residents|local officials|a monitor] said {day}, with no fighting or shelling recorded.",
    "[Not a shot was fired|No gunfire was heard|The front line stayed silent] around {town} {day}, [the first such lull in weeks|as the truce held|according to people there], {said}.",
    "[Markets|Schools|Offices] in {town} reopened {day} and [calm|a tense calm] returned to the streets; [police|officials] said no incidents had been logged since the weekend.",
    where=ANY)
fam("calm", NOEV, "coder",
    "On {date}, the situation in {town} ({adm}) remained calm; no violent incidents were recorded.",
    where=ANY)
fam("calm", NOEV, "liveblog",
    "[Update|Latest|06:30]: a quiet night in {town}, [our correspondent says|residents tell us]. No shooting, no explosions, and no new casualties.",
    where=ANY)


def main():
    generate(F, 1408, "s8", OUT, PER_FAMILY, PER_NEG)


if __name__ == "__main__":
    main()
