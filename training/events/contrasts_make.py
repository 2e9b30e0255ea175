"""Writes contrasts_generated.jsonl: hard negatives and their event twins, for the kinds of error the
typer made on news text it had not seen (see contrasts_README.md). Our own templates and slot lists;
places and actors from countries.py, plus a few countries with no war (crime, accidents and courts
happen everywhere, and a reader that meets "police" and "seized" in Perth or Lyon must not code an
ACLED event). Deterministic (seed 1407).

    python3 training/events/contrasts_make.py

Template syntax as in distinctions_make.py: slots in braces, inline choices "[a|b|c]"; each family
is one scenario (`con-<kind>-<nn>`), so the validation split holds families out whole, and whole
countries by the trainer's own hash.
"""
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from countries import C, PROGOV, PROTESTERS, PROTEST_CAUSE, WAR_PLACES  # noqa: E402
from distinctions_make import cap, expand  # noqa: E402  (the same template syntax)

OUT = Path(__file__).with_name("contrasts_generated.jsonl")
PER_FAMILY = 16
PER_NEG = 11       # negatives per family: the twins keep the events' share

NOEV, BG = "No event", "Background"
ARR, DWU, CHEM, IED, MOB, ATT, LOOT = ("Arrests", "Disrupted weapons use", "Chemical weapon",
                                       "Remote explosive/landmine/IED", "Mob violence", "Attack",
                                       "Looting/property destruction")
PEACE, PWI, EFP, VD = "Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"
CLASH, AIR, SHELL, AGR = "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Agreement"
REGAIN, OVERTAKE, NVT = "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"
ABD, CHG, OTHER = "Abduction/forced disappearance", "Change to group/activity", "Other"

# Countries without a war, for the ordinary-news families: (name, adjective, [(town, region)], [police]).
CALM = {
    "AU": ("Australia", "Australian", [("Geelong", "Victoria"), ("Townsville", "Queensland"), ("Wollongong", "New South Wales"), ("Bunbury", "Western Australia")],
           ["Victoria Police", "detectives", "Queensland Police", "officers from the state crime squad"]),
    "GB": ("Britain", "British", [("Leeds", "West Yorkshire"), ("Swansea", "Wales"), ("Stockport", "Greater Manchester"), ("Dundee", "Scotland")],
           ["police", "detectives", "officers from the National Crime Agency", "Border Force officers"]),
    "US": ("the United States", "American", [("Tulsa", "Oklahoma"), ("Fresno", "California"), ("Akron", "Ohio"), ("El Paso", "Texas")],
           ["police", "sheriff's deputies", "FBI agents", "federal agents"]),
    "CN": ("China", "Chinese", [("Wenzhou", "Zhejiang"), ("Dongguan", "Guangdong"), ("Luoyang", "Henan"), ("Mianyang", "Sichuan")],
           ["police", "public security officers", "customs officers", "the city's public security bureau"]),
    "VN": ("Vietnam", "Vietnamese", [("Hai Phong", "Hai Phong"), ("Can Tho", "Can Tho"), ("Vinh", "Nghe An"), ("Da Lat", "Lam Dong")],
           ["police", "provincial police", "border guards", "market inspectors"]),
    "JP": ("Japan", "Japanese", [("Sendai", "Miyagi"), ("Kobe", "Hyogo"), ("Kanazawa", "Ishikawa"), ("Kumamoto", "Kumamoto")],
           ["police", "prefectural police", "investigators"]),
    "DE": ("Germany", "German", [("Duisburg", "North Rhine-Westphalia"), ("Leipzig", "Saxony"), ("Augsburg", "Bavaria"), ("Kiel", "Schleswig-Holstein")],
           ["police", "prosecutors", "federal police", "customs investigators"]),
    "IT": ("Italy", "Italian", [("Bari", "Apulia"), ("Verona", "Veneto"), ("Catania", "Sicily"), ("Bergamo", "Lombardy")],
           ["Carabinieri", "police", "the Guardia di Finanza", "anti-mafia investigators"]),
    "ES": ("Spain", "Spanish", [("Malaga", "Andalusia"), ("Zaragoza", "Aragon"), ("Vigo", "Galicia"), ("Alicante", "Valencia")],
           ["the Guardia Civil", "national police", "customs officers"]),
    "CA": ("Canada", "Canadian", [("Hamilton", "Ontario"), ("Surrey", "British Columbia"), ("Laval", "Quebec"), ("Regina", "Saskatchewan")],
           ["police", "RCMP officers", "border officers"]),
    "CZ": ("the Czech Republic", "Czech", [("Brno", "South Moravia"), ("Ostrava", "Moravia-Silesia"), ("Plzen", "Plzen")],
           ["police", "customs officers", "organised crime detectives"]),
    "PL": ("Poland", "Polish", [("Gdansk", "Pomerania"), ("Lodz", "Lodz"), ("Lublin", "Lublin")],
           ["police", "border guards", "anti-corruption officers"]),
    "BO": ("Bolivia", "Bolivian", [("Cochabamba", "Cochabamba"), ("Santa Cruz", "Santa Cruz"), ("Oruro", "Oruro")],
           ["police", "anti-drug police", "prosecutors"]),
    "MY": ("Malaysia", "Malaysian", [("Johor Bahru", "Johor"), ("Ipoh", "Perak"), ("Kota Kinabalu", "Sabah")],
           ["police", "customs officers", "anti-graft officers"]),
    "KR": ("South Korea", "South Korean", [("Busan", "Busan"), ("Daegu", "Daegu"), ("Gwangju", "Gwangju")],
           ["police", "prosecutors", "coast guard officers"]),
    "NZ": ("New Zealand", "New Zealand", [("Hamilton", "Waikato"), ("Dunedin", "Otago"), ("Tauranga", "Bay of Plenty")],
           ["police", "customs officers"]),
    "ZM": ("Zambia", "Zambian", [("Ndola", "Copperbelt"), ("Kitwe", "Copperbelt"), ("Livingstone", "Southern")],
           ["police", "Drug Enforcement Commission officers"]),
    "PY": ("Paraguay", "Paraguayan", [("Ciudad del Este", "Alto Parana"), ("Encarnacion", "Itapua")],
           ["police", "anti-drug agents", "prosecutors"]),
}

DAYS = ["on Tuesday", "on Sunday", "late on Friday", "overnight", "on Monday morning", "early on Wednesday",
        "on Thursday", "on Saturday night", "yesterday", "earlier today", "this week", "on Monday"]
DATES = ["3 March 2019", "14 June 2021", "27 October 2020", "9 January 2022", "18 August 2018", "2 May 2023",
         "21 November 2017", "6 April 2024", "30 September 2016", "12 December 2020", "25 July 2022", "1 February 2021"]
AGE = ["23-year-old", "41-year-old", "35-year-old", "19-year-old", "52-year-old", "28-year-old", "60-year-old"]
K = ["two", "three", "four", "five", "six", "seven", "nine", "11", "14", "17", "22", "31"]
SAID = ["police said", "a police spokesman said", "officials said", "local media reported", "the force said in a statement",
        "investigators said", "a spokesperson told reporters", "according to a statement"]



def slots(rng, code):
    if code in CALM:
        name, adj, places, police = CALM[code]
        army, groups, air, outlet = ["the army"], ["a criminal gang"], ["the air force"], ["local media"]
        official = "the mayor"
    else:
        c = C[code]
        name, adj, places, police = c["name"], c["adj"], c["places"], c["police"]
        war = WAR_PLACES.get(code)
        army, air, outlet, official = c["army"], c["air"] or ["warplanes"], list(c["outlet"]), c["official"]
        groups = [g for g in c["groups"] if g not in PROGOV.get(code, set())] or ["armed men"]
        if war:
            places = [(t, a) for t, a in places if t in war] or places
    town, adm = rng.choice(places)
    town2, _ = rng.choice(places)
    g1 = rng.choice(groups)
    s = dict(town=town, town2=town2 if town2 != town else "a nearby town", adm=adm, cty=name, adj=adj,
             police=rng.choice(police), army=rng.choice(army), group=g1, air=rng.choice(air),
             outlet=rng.choice(outlet + ["a local news site", "the state news agency", "a regional broadcaster"]),
             official=official, day=rng.choice(DAYS), date=rng.choice(DATES), age=rng.choice(AGE),
             k=rng.choice(K), k2=rng.choice(K), said=rng.choice(SAID), who=rng.choice(PROTESTERS),
             cause=rng.choice(PROTEST_CAUSE))
    for key in list(s):
        if isinstance(s[key], str):
            s[key.capitalize()] = cap(s[key])
    return s


F = []
WAR = {"NG", "ML", "BF", "NE", "SO", "ET", "SD", "SS", "CD", "CM", "MZ", "LY", "CF", "TD", "SY", "IQ", "YE",
       "AF", "MM", "PH", "CO", "HT", "UA", "PK"}
ANY = None          # every country of countries.py and CALM
CONFLICT = "conflict"   # countries.py only (a political target, an armed group)


def fam(kind, label, genre, *templates, where=ANY):
    for t in templates:
        F.append((kind, label, genre, t, where))


# ---------------------------------------------------------------------------------------------
# 1. Policing of ordinary crime is no ACLED event. The codebook's Arrests are politically
#    significant detentions (protesters, opposition, journalists, activists, suspected members of
#    armed groups); a thief, a dealer or a fraudster taken in by police is crime news.
fam("crimearrest", NOEV, "wire",
    "{Police} [arrested|detained|picked up|took into custody] a {age} [man|woman|driver|shop owner] [in|near] {town} {day} [on suspicion of|over|in connection with] [a string of burglaries|stealing cars|selling counterfeit medicines|running an online betting scam|the theft of copper cable|a hit-and-run crash], {said}.",
    "[An alleged|A wanted] [drug dealer|car thief|pickpocket gang leader|loan shark|poacher] [was taken into custody|was picked up|gave himself up] in {town} after [weeks on the run|a tip from neighbours|a car chase], {said}; charges of [theft|fraud|extortion|dealing] are expected.",
    "[Two|Three|Four|Five] men [were arrested|were detained|have been taken into custody] in {town} {day} after [a jewellery shop|a petrol station|a pharmacy|a bank branch|a supermarket] was [robbed|held up|burgled], {said}.",
    "Traffic officers searching a [lorry|minivan|car] at a [toll gate|roadblock] outside {town} {day} found [stolen phones|forged passports|bundles of fake banknotes] hidden under the seats and held the driver for questioning, {said}.",
    "A {age} [accountant|teacher|businessman|tour operator] who ran [a pyramid scheme|an online lottery scam|a fake visa agency] out of {town} was held {day} when [angry investors|the bank|a former partner] went to the police, {said}.",
    "{Police} said they [detained|arrested|questioned] {k} people [in|over] [a probe into|an investigation into|a crackdown on] [alleged corruption in the health ministry|a fuel subsidy fraud|illegal logging|match-fixing|a fake-degree racket|bribery at the land registry] in {town}.",
    where=ANY)
fam("crimearrest", NOEV, "headline",
    "[Police Arrest|Cops Nab|Police Detain] [Suspected Car Thieves|Drug Courier|Fraud Suspect|Burglary Gang|Alleged Cattle Rustlers] in {town}",
    "{Town}: {k} held over [cash machine thefts|counterfeit banknotes|illegal gold mining|online scams|smuggled cigarettes]",
    "Man, {age2}, arrested after [fatal stabbing|robbery|road rage attack|house fire] in {town}")
fam("crimearrest", NOEV, "coder",
    "On {date}, {police} arrested {k} [suspected thieves|drug dealers|fraudsters|armed robbers|cattle rustlers|kidnap-for-ransom suspects known to police] in {town} ({adm}). [Criminal case.|No political motive reported.|Ordinary crime.]",
    "On {date}, police in {town} ({adm}) detained a man [suspected of murdering his neighbour|accused of defrauding pensioners|found with stolen livestock|wanted for a bank robbery].")
fam("crimearrest", NOEV, "ministry",
    "The [Interior Ministry|police command|provincial police] said {day} that officers had [arrested|apprehended] {k} members of a [car-theft|drug-trafficking|robbery|counterfeit currency|burglary] ring operating in {town} and [recovered|seized] [stolen vehicles|cash|phones and laptops|jewellery] worth [thousands of dollars|about 2 million|a large sum].",
    "Police statement: a suspect in the [murder|robbery|rape|fraud] case reported in {town} last week has been arrested and will appear in court {day}.")
fam("crimecourt", NOEV, "wire",
    "A court in {town} [sentenced|jailed|convicted] a {age} man {day} [to 12 years|to life in prison|for murder|for armed robbery|for trafficking heroin] [over the killing of his business partner|for a 2019 robbery|after a trial lasting months].",
    "The trial of {k} men accused of [a bank robbery|the murder of a shopkeeper|smuggling cocaine|a kidnapping for ransom] opened in {town} {day}, with prosecutors [seeking|demanding] [long sentences|life terms].",
    "[A judge|The high court|Magistrates] in {town} [granted bail to|remanded in custody|acquitted] [a businessman|two police officers|a former minister|a nurse] [charged with|accused of] [fraud|manslaughter|embezzlement|assault] {day}.")

# Their twin: the same verbs against a political or conflict target are ACLED Arrests.
fam("polarrest", ARR, "wire",
    "{Police} [arrested|detained|rounded up|took away] {k} [opposition activists|members of the main opposition party|student leaders|journalists covering the vote|trade union leaders|human rights defenders] in {town} {day}, [their party said|colleagues said|a rights group said|lawyers said].",
    "{Police} [arrested|detained] [a prominent opposition figure|the editor of an independent newspaper|a well-known government critic|a local organiser of last week's protests] at [his|her] home in {town} {day}, [accusing them of|on charges of] [inciting unrest|spreading false news|undermining the state|insulting the president].",
    "[Security forces|Intelligence officers|Soldiers] [arrested|detained|picked up] {k} [people suspected of links to|men accused of supplying|suspected collaborators of] {group} in {town} {day}, {said}.",
    "{Police} [arrested|detained] {k} [people|supporters of the opposition|activists] [ahead of|on the eve of|before] [planned protests|a banned rally|the anniversary of the uprising|the election] in {town}, [in what rights groups called a pre-emptive crackdown|a monitoring group said|their families said].",
    where=CONFLICT)
fam("polarrest", ARR, "coder",
    "On {date}, {police} arrested {k} [opposition party members|journalists|activists of a banned movement|suspected members of {group}] in {town} ({adm}).",
    "On {date}, [security forces|police] detained [a local opposition leader|a human rights lawyer|a blogger critical of the government] in {town} ({adm}) [on charges of|for] [sedition|incitement|spreading false news].",
    where=CONFLICT)
fam("polarrest", ARR, "headline",
    "[Police Detain|Authorities Arrest|Security Forces Round Up] {k} [Opposition Activists|Journalists|Union Leaders|Student Protest Leaders] in {town}",
    where=CONFLICT)

# Contraband seized is crime news; weapons and explosives seized are Disrupted weapons use.
fam("contraband", NOEV, "wire",
    "{Police} [seized|confiscated|impounded] [fake designer handbags|knock-off watches|smuggled cigarettes|pirated software|bags of cocaine|crystal meth|untaxed alcohol|protected timber|ivory tusks] worth [an estimated|about|more than] [2 million dollars|900,000 euros|half a billion|40 million rupees] in {town} {day}, {said}.",
    "[Customs officers|{Police}|Market inspectors] [raided|searched|shut down] [a warehouse|{k} workshops|an illegal factory|a storage unit|a port container] in {town} {day} [and found|holding] [thousands of fake perfumes|counterfeit medicines|smuggled fuel|tonnes of illegally caught fish|boxes of contraband phones].",
    "[A drug raid|An anti-narcotics operation|A crackdown on illegal mining] in {town} {day} [led to|ended with] the seizure of [heroin|cannabis plants|mercury and gold|cash and luxury cars] and the arrest of {k} people, {said}.",
    "[Coast guards|Border officers|{Police}] turned back a [fishing boat|convoy of pick-ups|lorry] [carrying|loaded with] [undocumented travellers|contraband fuel|stolen motorbikes|songbirds for sale] near {town} {day}, {said}.",
    where=ANY)
fam("contraband", NOEV, "headline",
    "[Customs Seize|Police Seize|Officers Confiscate] [Counterfeit Goods|Fake Medicines|Drugs|Smuggled Cigarettes] Worth Millions in {town}",
    "[People-smuggling boat turned back|Fuel smugglers caught|Drug shipment intercepted] [near|off] {town}")
fam("weapseize", DWU, "wire",
    "{Army} [seized|found|uncovered] [a cache of|a hidden depot of|a stockpile of] [rifles, mortar rounds and explosives|weapons and ammunition|rocket launchers and grenades|bomb-making materials] [belonging to|left by|used by] {group} near {town} {day}, {said}.",
    "[Security forces|{Police}] [defused|dismantled|made safe] [a roadside bomb|an explosive device|{k} improvised explosive devices] [planted by|attributed to] {group} on the road to {town} {day}.",
    where=CONFLICT)
fam("weapseize", DWU, "coder",
    "On {date}, {army} discovered a weapons cache of {group} containing [rifles and ammunition|mortars and RPGs|explosives] in {town} ({adm}).",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 2. Industrial and household accidents: a leak of gas is no chemical weapon and a plant blast no
#    bomb. Chemical weapons and IEDs are used by someone against someone.
fam("accident", NOEV, "wire",
    "A leak of [ammonia|chlorine|sulphur dioxide|hydrogen sulphide] at [a cold-storage plant|a water treatment works|a fertiliser factory|a paper mill] in {town} {day} [sent|forced] [dozens of|scores of|about 90] [residents|workers|schoolchildren] [to hospital with sore eyes and coughs|out of their homes], {said}.",
    "[A boiler|A reactor vessel|A furnace|A dust-filled silo] blew apart at [a textile mill|a refinery|a steel works|a fireworks factory|a pharmaceutical plant] in {town} {day}; the company said {k} of its staff died and the [plant|site] would stay shut during an inquiry.",
    "[A gas cylinder|A cooking-gas cylinder|A fuel tanker|A transformer] [exploded|blew up] [at a restaurant|in a residential building|on the highway|at a market] in {town} {day}, killing {k} people; [investigators blamed a faulty valve|the cause was a gas leak|police ruled out sabotage].",
    "A methane explosion [tore through|hit] a [coal mine|mine shaft] near {town} {day}, trapping {k} miners, [mine officials said|the mining company said|rescuers said].",
    "[The leak|The blast|The fire] at the [plant|factory|depot] in {town} was caused by [a welding accident|a power surge|poor maintenance|an overheated valve], [the labour ministry said|the operator said|inspectors found], and {k} [workers|residents] remain in hospital.",
    where=ANY)
fam("accident", NOEV, "headline",
    "[Gas Leak at|Blast at|Explosion Rocks|Fire Guts] [Chemical Plant|Fertiliser Factory|Refinery|Fireworks Factory] in {town}; {k} [Dead|Injured|Hospitalised]",
    "[Ammonia|Chlorine] leak [sends|puts] [dozens|hundreds] to hospital in {town}")
fam("accident", NOEV, "coder",
    "On {date}, an explosion at a [factory|gas station|mine|warehouse] in {town} ({adm}) killed {k} workers. [Accident; no attack reported.|Industrial accident.]")
fam("chemtwin", CHEM, "wire",
    "{Group} [fired|dropped|used] [shells filled with chlorine|canisters of toxic gas|chemical munitions] on [positions of|residents of] {town} {day}, [leaving|causing] dozens with [breathing difficulties|choking symptoms], {said}.",
    where={"SY", "IQ", "UA"})
fam("iedtwin", IED, "wire",
    "A [roadside bomb|bomb planted under a car|landmine|remote-controlled device] [exploded|went off|struck a vehicle] in {town} {day}, killing {k} people; [no group claimed it|officials blamed {group}].",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 3. Street crime and assault are no mob violence or attack: a gang of youths beating a pensioner,
#    a stabbing outside a bar, a murder at home. Mob violence is a crowd acting together, often in
#    communal or political anger (lynchings, raids on a group's homes).
fam("streetcrime", NOEV, "wire",
    "A {age} [delivery rider|shopkeeper|bus driver|taxi driver] was robbed and punched [at a bus stop|outside a bar|at a petrol station] in {town} {day}; [police want to trace two men seen on camera|he is recovering at home|his phone and wallet were taken].",
    "A {age} man was stabbed to death [after a row|during an argument|outside a nightclub|in a dispute over money] in {town} {day}, {said}, [adding that the killing was not linked to terrorism|and a suspect has been arrested|in what they called a domestic dispute].",
    "[Armed robbers|Robbers] [held up|raided] a [bus|jewellery store|cash van|money transfer office] in {town} {day}, [shooting dead|wounding] [a guard|the driver|a customer] before fleeing with [cash|gold|the takings], {said}.",
    "[Two rival gangs|Members of two drug gangs|Rival criminal groups] [fought|shot at each other] in {town} {day} over [drug turf|a smuggling route|an unpaid debt], [killing|leaving] {k} [people|gang members] [dead|wounded], {said}.",
    "[A man|A farmer|A teenager] was found dead in {town} {day} [and police have opened a murder inquiry|after a quarrel with neighbours|in what police called a robbery gone wrong].",
    where=ANY)
fam("streetcrime", NOEV, "headline",
    "[Pensioner Beaten by Youths|Teen Stabbed|Shopkeeper Shot in Robbery|Man Killed in Bar Fight] in {town}; Police Hunt Suspects")
fam("mobtwin", MOB, "wire",
    "An angry crowd [beat to death|lynched|set upon and killed] {k} [men|suspects] [accused of stealing a motorbike|suspected of kidnapping children|accused of witchcraft|whom they blamed for a theft] in {town} {day}, {said}.",
    "[A mob|Hundreds of villagers|A crowd of residents] [attacked|torched|ransacked] the homes of [a minority community|families accused of blasphemy|migrants from another region] in {town} {day}, [injuring|driving out] {k} people.",
    "[Villagers armed with machetes|A crowd of market traders|Townspeople] caught and [burned|beat to death] {k} [men|youths] [they took for cattle thieves|blamed for a spate of burglaries|suspected of stealing a child] near {town} {day}.",
    where=ANY)
fam("mobtwin", MOB, "coder",
    "On {date}, a mob lynched [a man accused of theft|two suspected kidnappers|a man accused of blasphemy] in {town} ({adm}).")

# ---------------------------------------------------------------------------------------------
# 4. Blame, accusations and rejoinders are statements, not events; a denial of a named strike is
#    background to it (the strike is not what the text reports happening).
fam("blame", NOEV, "wire",
    "[The foreign ministry|The government|Opposition leaders|The defence minister|The president's office] [accused|blamed|criticised] [its neighbour|the West|the rebels|rival parties|foreign powers] [of|for] [stoking unrest|backing terrorists|violating the truce|meddling in the election|spreading lies], [calling the claims|in remarks|in a statement] {day}.",
    "{Adj} officials [dismissed|rejected|called baseless] [accusations|allegations|claims] by [Washington|the UN|rights groups|the opposition] that [they|the government] [supported|armed|financed] [militias|armed groups|the coup plotters].",
    "[The UN envoy|The EU|Rights groups|The African Union] [condemned|deplored|expressed concern over] [the violence|the growing insecurity|attacks on civilians] in {cty} {day}, [calling for restraint|urging all sides to protect civilians|and called for an inquiry].",
    "[A spokesman for {group}|The ministry|Army spokesman] [said|insisted] [the accusations were false|the report was propaganda|the video was fabricated] and accused [the media|foreign outlets|the other side] of [distorting the facts|a smear campaign].",
    "{Official} blamed [poor planning|corruption|the previous government|foreign interference] for the [insecurity|unrest|fuel crisis|collapse of services] in {town}, in a speech {day}.",
    where=ANY)
fam("blame", BG, "wire",
    "[The army|The defence ministry|Government officials|The rebel command] denied [that its forces were behind|responsibility for|any role in] the [air strike|shelling|attack|bombing] on [a market|a hospital|a school|a convoy] in {town} [last week|on Monday|earlier this month], [blaming|and blamed] [the other side|{group}|unknown attackers].",
    "{Group} denied [carrying out|being responsible for] the [ambush|bombing|killings] near {town} [that left|which killed] {k} people [last week|on Saturday], [saying it does not target civilians|and blamed government agents].",
    "[A spokesman|The ministry] [rejected|dismissed] [accusations|allegations] that [its|government] [aircraft|drones|troops] [bombed|shelled|attacked] [a mosque|a camp for displaced people|a wedding party] near {town} {day}.",
    "[{Group}|A group calling itself the liberation front] [claimed responsibility for|said it carried out] the [bombing|attack|ambush] in {town} [last week|on Friday|three days ago], in a statement [posted online|sent to reporters|on its channel].",
    where=CONFLICT)

# ---------------------------------------------------------------------------------------------
# 5. Other ordinary news told in war words: elections, courts, economics, sport, disasters.
fam("ordinary", NOEV, "wire",
    "[Voters in {town}|Election officials|The electoral commission] [began counting ballots|announced turnout of 61 percent|extended polling hours] {day} [in the second round|in a tight race|after a calm vote], {said}.",
    "The central bank [raised|cut] interest rates {day} as inflation [hit|eased to] [12|7|19] percent, [squeezing|easing pressure on] households in {cty}.",
    "[The home side|{Town}'s football club|The national team] [stormed back|launched a late attack|fired three goals] to [beat|crush|overpower] [their rivals|the visitors|the league leaders] {day}.",
    "[Floods|A landslide|A cyclone|An earthquake|A heatwave] [hit|struck|swept through] {town} {day}, [killing|leaving] {k} people [dead|missing] and [forcing thousands from their homes|cutting power to the area], [the disaster agency said|officials said].",
    "[Teachers|Nurses|Dock workers|Rail staff] in {town} [went on strike|walked out|began a strike] {day} over [pay|pensions|working hours], [shutting schools|halting trains|disrupting the port].",
    "[Parliament|Lawmakers|The cabinet] [approved|rejected|debated] a bill on [police reform|the budget|land ownership|press freedom] {day}, [with the opposition walking out|after a heated session|by a narrow margin].",
    "The {adj} president [met|held talks with|received] [his|the] [French|Chinese|Turkish|Qatari|Kenyan] counterpart {day} [to discuss trade and security|and signed deals on energy and roads|on a state visit].",
    where=ANY)

# ---------------------------------------------------------------------------------------------
# 6. Protests: the protesters' own violence decides Violent demonstration, even when only some do it
#    or when police reply with tear gas; a rally after earlier violence, or against violence, is
#    peaceful. Lethal or severe force against peaceful protesters is excessive force.
fam("vd", VD, "wire",
    "A march by {who} in {town} {day} over {cause} was mostly calm until a [small group|few dozen people|breakaway group] at its head [overturned cars|threw bottles at police|wrecked a bank branch|set a police kiosk alight].",
    "{Who} [forced open|climbed over|broke through] the [gates|fence] of [the parliament|the governor's office|the ruling party's headquarters] in {town} {day} and [smashed furniture inside|hurled chairs from the windows|occupied the courtyard], {said}.",
    "Rival groups of [protesters|demonstrators|supporters of the two parties] [scuffled|traded blows|hurled stones at each other] [at|during] [rallies|competing demonstrations|a march] in {town} {day}, [with several hurt|before police separated them].",
    "[Clashes|Scuffles|Fighting] broke out between {police} and {who} [protesting|demonstrating] [against|over] {cause} in {town} {day}; [demonstrators threw stones|protesters hurled rocks and petrol bombs] and {police} [replied with|fired] tear gas.",
    "Protesters [pelted|stoned] [police|the convoy of the governor|a police station] [with rocks|with stones and bottles] in {town} {day} over {cause}, {said}.",
    where=ANY)
fam("vd", VD, "coder",
    "On {date}, {who} rioted in {town} ({adm}) over {cause}, [throwing stones at police and burning tyres|setting a police post on fire|damaging shops]. [Police used tear gas.|Some arrests reported.|]",
    where=ANY)
fam("vd", VD, "headline",
    "[Protest Turns Violent in|Protesters Smash Windows in|Rioters Torch Cars in] {town} Over {Cause}")
fam("vdneg", PEACE, "wire",
    "{Who} [rallied|marched|gathered] in {town} {day} [in protest at|to demand justice for] [police brutality|the killing of a local trader|the arrests of activists|attacks on journalists], [chanting|holding banners|waving flags] [peacefully|without incident].",
    "[A week after|Two days after|Days after] [riots|clashes|deadly unrest] [shook|in] {town}, [thousands of|hundreds of] {who} [held a silent march|gathered in the main square with candles|marched to the town hall singing] {day}.",
    where=ANY)
fam("efp", EFP, "wire",
    "{Police} [violently dispersed|brutally broke up|crushed] a peaceful [rally|sit-in|march] by {who} in {town} {day}, [firing rubber bullets at close range|clubbing demonstrators to the ground|leaving {k} people in hospital].",
    "[Security forces|{Police}] [fired live rounds|opened fire] on {who} [protesting|marching] [over|against] {cause} in {town} {day}, [killing|wounding] {k}, {said}.",
    where=CONFLICT)
fam("pwi", PWI, "wire",
    "{Police} [used tear gas and water cannon|fired tear gas|used batons] to [disperse|break up] {who} [protesting|rallying] [over|against] {cause} in {town} {day} and [detained|arrested] {k} people; [no injuries were reported|the crowd scattered].",
    where=ANY)

# ---------------------------------------------------------------------------------------------
# 7. Shelling by its means: an army's guns or missiles hitting a group's camp or moving column is
#    shelling, not an armed clash, though fighters are the target.
fam("shell", SHELL, "wire",
    "{Army} [shelled|pounded|bombarded] [positions held by|the hideouts of|a convoy of] {group} near {town} {day} [with artillery|with tanks and mortars|with rocket launchers], [the army said|a security source said|a monitor said].",
    "[Howitzers|Rocket launchers|Heavy guns] fired by {army} [hit|landed on] [a gathering of|a base of|trenches dug by] {group} [north of|outside] {town} {day}, [a military statement said|a field commander said].",
    "[A guided rocket|An artillery round|A cruise missile] [slammed into|wrecked] the command post of {group} near {town} {day}, {said}.",
    where=WAR)
fam("shell", CLASH, "wire",
    "{Army} and {group} [fought|exchanged fire|clashed] [with rifles and machine guns|at close range|for hours] near {town} {day}, [leaving|with] {k} [dead on both sides|fighters killed].",
    where=WAR)

# ---------------------------------------------------------------------------------------------
# 8. Territory: the state retaking a place is Government regains territory whatever the verb
#    ("captured", "occupied", "freed", "recovered"); a place changing hands without a fight is the
#    non-violent transfer.
fam("regain", REGAIN, "wire",
    "{Army} [captured|took|seized] [the town of {town2}|a ridge|the crossroads|a string of farms] [from|held by] {group} near {town} {day}, [after an offensive|following heavy fighting|state media said].",
    "{Town}, lost to {group} [in the spring|two years ago|last month], is back under the control of {army} after [a dawn assault|a three-day push|street fighting], {said}.",
    "{Army} [liberated|cleared] {town} of {group} {day} [after a week-long assault|in a dawn offensive|after fierce clashes].",
    where=WAR)
fam("regain", REGAIN, "coder",
    "On {date}, {army} [regained control of|recaptured|seized] {town} ({adm}) from {group} after clashes.",
    where=WAR)
fam("nvt", NVT, "wire",
    "{Group} [entered|moved into|took control of] {town} {day} [after|once] {army} [pulled out|withdrew], [without encountering resistance|meeting no resistance|without a fight], {said}.",
    "Under the [ceasefire deal|agreement signed last week|truce], {army} [handed over|gave up|withdrew from] [the districts around|control of] {town}, [which passed to|leaving it to] [the other side|{group}] {day} without fighting.",
    where=WAR)

# ---------------------------------------------------------------------------------------------
# 9. Looting: shops looted or burned in unrest are looting/property destruction, even when the
#    sentence is about police or arrests afterwards; an ordinary burglary is crime.
fam("loot", LOOT, "wire",
    "[Dozens of|Several] [market stalls|warehouses|kiosks] were [looted|ransacked] in {town} {day} as crowds roamed the streets, {said}.",
    "[Traders|Shopkeepers] in {town} counted their losses {day} after [crowds|youths] [emptied|broke into] their [stores|stalls] during [the curfew|the riots|a night of unrest], {said}.",
    where=ANY)
fam("loot", NOEV, "wire",
    "[Burglars|Thieves|A gang] broke into a [jewellery shop|pharmacy|warehouse|electronics store] in {town} {day} and [stole|made off with] [gold|cash|phones|medicines], {said}.")

# ---------------------------------------------------------------------------------------------
# 10. Air strikes on civilians keep their means: ACLED types a strike by how it was delivered, the
#     victims decide only the actors.
fam("airciv", AIR, "wire",
    "[A drone strike|An air strike|Warplanes|A helicopter gunship] [hit|struck|bombed] [a wedding party|a market|a school|a crowd of villagers|a hospital] in {town} {day}, killing {k} civilians, {said}.",
    "[Civilians|Women and children|Displaced families] were among the {k} killed when {air} [struck|bombed] [homes|a camp|a mosque] in {town} {day}.",
    where={c for c in C if C[c]["air"]} & WAR)
fam("airciv", ATT, "wire",
    "[Gunmen|Armed men|Fighters of {group}] [killed|shot dead|massacred] {k} [villagers|civilians|worshippers|farmers] in {town} {day}, {said}.",
    where=WAR)

# ---------------------------------------------------------------------------------------------
# 11. Agreements announced or welcomed are the agreement; talks that have not agreed anything are
#     no event.
fam("agree", AGR, "wire",
    "[The government|{Army}|The rebel alliance] [announced|declared|agreed to] a [ceasefire|truce|halt to hostilities] with {group} around {town} {day}, [effective at midnight|for the holiday period|to let aid convoys through].",
    "[The UN|The EU|Regional mediators] [hailed|praised] [the truce signed|the prisoner swap agreed] between {army} and {group} {day}.",
    where=WAR)
fam("agree", NOEV, "wire",
    "[Talks|Negotiations|A round of talks] between [the government|{army}] and {group} [resumed|stalled|were postponed|began] in [a neighbouring capital|Doha|Addis Ababa|Geneva] {day} [without a deal|with no agreement in sight|as fighting continued].",
    where=WAR)

# ---------------------------------------------------------------------------------------------
# 12. The twins of the crime families, so that the police and the calm countries do not by
#     themselves mean "no event": weapons and explosives seized or found are disrupted weapons use
#     wherever they are; a gunman shooting into a crowd is an attack on civilians; a gas spread on
#     purpose is a chemical weapon; activists held for organising a protest are arrests.
fam("weaptwin", DWU, "wire",
    "{Police} [raided a house|searched a car|stopped a van] in {town} {day} and [recovered|confiscated] [a cache of rifles and pistols|{k} assault rifles and a grenade|a box of detonators], {said}.",
    "[Bomb disposal experts|An army team] made safe [a pipe bomb|a home-made bomb|two hand grenades] [left near a school|hidden under a bridge|found in a parked car] in {town} {day}, {said}.",
    "[Bomb disposal teams|Army engineers|Sappers] [defused|cleared|destroyed] [a minefield along the river|{k} unexploded shells|a bomb left on the main road] [around|near|outside] {town} {day}, {said}.",
    where=ANY)
fam("weaptwin", DWU, "coder",
    "On {date}, police seized [firearms and ammunition|an arms cache|explosives] in {town} ({adm}). [Three people detained.|No injuries.|]",
    where=ANY)
fam("shoottwin", ATT, "wire",
    "A man with a rifle shot [worshippers at a church|students at a college|shoppers at a market|guests at a wedding] in {town} {day}, killing {k} [before he was arrested|before police shot him], {said}.",
    "[Masked men|Armed men] [burst into|stormed] a [village meeting|family home|minibus] in {town} {day} and shot {k} people dead, [witnesses said|local media reported].",
    where=ANY)
fam("chemattack", CHEM, "wire",
    "[Dozens|Scores|At least 40] people [were killed|died|choked to death] in [a poison gas attack|an attack with toxic gas|a suspected sarin attack] on {town} {day}, [activists said|rescue workers said|a monitor said].",
    "[Rescuers|Doctors|Activists] said [chlorine|a toxic gas|poison gas] was [dropped|released|fired] on [homes|a shelter|a rebel-held district] in {town} {day}, [killing|suffocating] {k} people.",
    where={"SY", "IQ", "UA", "YE", "MM"})
fam("polarrest2", ARR, "wire",
    "[Authorities|{Police}|Prosecutors] [arrested|detained|charged] [a pro-democracy activist|a student union leader|the organiser of last month's march|two opposition campaigners] in {town} {day} [for taking part in an unauthorised rally|over social media posts calling for strikes|for leading a sit-in], [rights groups said|their lawyers said|a party statement said].",

    where=CONFLICT)
fam("loot2", LOOT, "wire",
    "[A supermarket|A warehouse of food aid|A pharmacy] in {town} was [looted|ransacked] [during the unrest|amid the curfew|during the riots] {day}, [community leaders said|traders said|{said}].",
    "[Lorries carrying goods|A row of stalls|A bus depot] [went up in flames|was torched] in {town} {day} when [rioters|youths] [turned on|targeted] [businesses run by newcomers|property of a rival community], {said}.",
    "[Crowds|Youths|Gangs of looters] [stripped|looted|raided] [a shopping centre|warehouses|the market|a food depot] in {town} {day}, [carrying off goods|leaving shelves empty], {said}.",
    where=ANY)
fam("regain2", REGAIN, "wire",
    "[Soldiers|Troops|{Army}] [drove|pushed] {group} out of {k} [hamlets|settlements] [west of|south of] {town} {day} [and raised the flag over the district office|and set up checkpoints there], {said}.",
    "[State media said|A war monitor said|The army said] [government forces|{army}] [had taken|had captured|had seized control of] [the hills|villages|a key crossroads] near {town} from {group} {day}.",
    where=WAR)


def generate(families, seed, prefix, out_path, per_family=PER_FAMILY, per_neg=PER_NEG):
    """Expands each family's templates over countries and slots into out_path (JSON Lines): one
    scenario `<prefix>-<kind>-<nn>` per family; the same seed gives the same bytes."""
    rng = random.Random(seed)
    war_codes = sorted(C)
    all_codes = war_codes + sorted(CALM)
    out, seen, counters = [], set(), {}
    for kind, label, genre, tmpl, where in families:
        pool = all_codes if where is ANY else war_codes if where == CONFLICT else sorted(c for c in where if c in C)
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        scen = f"{prefix}-{kind}-{n:02d}"
        want = per_neg if label in (NOEV, BG) else per_family
        made = tries = 0
        while made < want and tries < want * 20:
            tries += 1
            code = rng.choice(pool)
            s = slots(rng, code)
            s["age2"] = s["age"].split("-")[0]
            text = expand(rng, tmpl)
            try:
                text = text.format(**s)
            except KeyError as exc:
                raise SystemExit(f"{scen}: no slot {exc} in {tmpl!r}")
            text = re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
            text = cap(text)
            if genre == "headline":
                text = text.rstrip(".")
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append({"text": text, "label": label, "country": code, "genre": genre, "scenario": scen})
            made += 1
    out_path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{out_path.name}: {len(out)} items, {len(counters)} kinds, {sum(counters.values())} families")


def main():
    generate(F, 1407, "con", OUT)


if __name__ == "__main__":
    main()
