"""Writes model_gaps_generated.jsonl: extra training items for kinds of mistake the event typer
made (see model_gaps_README.md). Our own templates and slot lists; deterministic (seed 1414).

    python3 training/events/model_gaps_make.py
"""
import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("model_gaps_generated.jsonl")

# (ISO country, towns, police/security force as reports name it)
PLACES = [
    ("IQ", ["Nasiriyah", "Basra", "Kut", "Diwaniyah"], "riot police"),
    ("LB", ["Tripoli", "Sidon", "Nabatieh"], "the army"),
    ("CL", ["Valparaiso", "Concepcion", "Antofagasta"], "carabineros"),
    ("CO", ["Cali", "Popayan", "Pasto"], "the ESMAD riot squad"),
    ("FR", ["Nantes", "Rennes", "Lyon"], "gendarmes"),
    ("KE", ["Kisumu", "Nakuru", "Mombasa"], "police"),
    ("NG", ["Lekki", "Ibadan", "Kano"], "soldiers"),
    ("SN", ["Ziguinchor", "Thies", "Kaolack"], "gendarmes"),
    ("ID", ["Makassar", "Medan", "Jayapura"], "police"),
    ("BD", ["Chittagong", "Sylhet", "Rajshahi"], "police"),
    ("PK", ["Quetta", "Peshawar", "Multan"], "police"),
    ("IN", ["Guwahati", "Imphal", "Srinagar"], "paramilitary police"),
    ("GE", ["Batumi", "Kutaisi", "Tbilisi"], "riot police"),
    ("RS", ["Novi Sad", "Nis", "Belgrade"], "gendarmerie units"),
    ("PE", ["Juliaca", "Ayacucho", "Cusco"], "police"),
    ("EC", ["Guayaquil", "Cuenca", "Latacunga"], "police"),
    ("ZW", ["Bulawayo", "Mutare", "Gweru"], "anti-riot police"),
    ("MA", ["Jerada", "Nador", "Al Hoceima"], "auxiliary forces"),
    ("TN", ["Kasserine", "Gafsa", "Sfax"], "the national guard"),
    ("GN", ["Conakry", "Labe", "Kankan"], "gendarmes"),
    ("MM", ["Mandalay", "Monywa", "Bago"], "soldiers"),
    ("IR", ["Zahedan", "Sanandaj", "Mashhad"], "security forces"),
    ("HK", ["Mong Kok", "Sha Tin", "Causeway Bay"], "police"),
    ("US", ["Portland", "Minneapolis", "Louisville"], "police"),
    ("GB", ["Bristol", "Belfast", "Leeds"], "police"),
    ("BO", ["El Alto", "Cochabamba", "Sucre"], "police"),
    ("UG", ["Kampala", "Jinja", "Masaka"], "military police"),
    ("ET", ["Gondar", "Dessie", "Adama"], "federal police"),
]
WHO = ["protesters", "demonstrators", "students", "opposition supporters", "young men", "marchers",
       "striking workers", "residents", "supporters of the jailed leader", "farmers"]
N = ["dozens of", "hundreds of", "several", "about 40", "more than 200", "scores of"]
DAY = ["on Tuesday", "on Friday night", "late on Sunday", "overnight", "on 3 March", "for a second day",
       "on Wednesday evening", "earlier today"]

VIOLENT = [
    "{N} {who} threw stones and petrol bombs at {force} in {town} {day}, and {force} answered with tear gas.",
    "Clashes broke out in {town} {day} as {who} hurled rocks at {force}, who fired tear gas and rubber bullets.",
    "{force_cap} used water cannon after {who} set barricades alight and attacked a police station in {town} {day}.",
    "In {town}, {who} torched a government office and pelted {force} with stones; {force} responded with tear gas.",
    "{N} {who} fought running battles with {force} in {town} {day}, burning tyres and smashing shop windows.",
    "Angry {who} stormed the governor's compound in {town} {day} and set vehicles on fire before {force} dispersed them.",
    "{who_cap} blocked the main road into {town} with burning tyres and threw rocks at {force}, who fired tear gas.",
    "Street violence flared in {town} {day}: {who} hurled fireworks at {force} and looted two shops.",
    "Protest turns violent in {town} as {who} clash with {force}",
    "On {date}, {who} rioted in {town}, attacking {force} with stones and burning a bank; {force} used tear gas.",
    "{force_cap} fired tear gas at {who} who were throwing bottles and setting fire to rubbish bins in {town} {day}.",
    "Several officers were hurt when {who} attacked {force} with sticks and stones during a march in {town} {day}.",
]
EXCESSIVE = [
    "{force_cap} violently broke up a peaceful sit-in in {town} {day}, leaving {N} {who} badly injured.",
    "{N} peaceful {who} were wounded when {force} fired rubber bullets at close range in {town} {day}.",
    "{force_cap} beat peaceful {who} with batons and rifle butts in {town} {day}; several were taken to hospital with serious injuries.",
    "Medics said {N} {who} were hospitalised after {force} attacked a peaceful march in {town} {day}.",
    "{force_cap} crushed a peaceful rally in {town} {day}, seriously injuring {N} {who}, rights groups said.",
    "Peaceful {who} in {town} were shot with live rounds by {force} {day}; two were in critical condition.",
    "{force_cap} brutally dispersed a peaceful protest in {town} {day}, severely beating {N} {who}.",
    "Security forces fired directly at unarmed {who} in {town} {day}, killing one and wounding {N} others.",
    "On {date}, {force} used excessive force against peaceful {who} in {town}, injuring at least 15 of them.",
    "{force_cap} opened fire on {who} staging a peaceful sit-in outside the council in {town}, wounding several.",
]
NVT = [
    "{armed} entered {town} {day} after {other} pulled out, meeting no resistance.",
    "{other_cap} withdrew from {town} {day} and {armed} moved in without a shot being fired.",
    "{armed} took over positions in {town} vacated by {other} {day}, residents said.",
    "Under the deal, {other} handed {town} over to {armed} {day}.",
    "{armed} deployed in {town} {day} after {other} left the area under a negotiated arrangement.",
    "{other_cap} abandoned {town} {day}; {armed} arrived hours later and raised their flag without any fighting.",
    "On {date}, {armed} took control of {town} (peacefully) following the withdrawal of {other}.",
    "Control of {town} passed to {armed} {day} when {other} withdrew under a local agreement.",
    "{armed} walked into {town} unopposed {day}, after {other} evacuated their bases there.",
    "{other_cap} completed their pullout from {town} {day}, handing the checkpoints to {armed}.",
]
# (ISO, towns, actor who takes over, actor who leaves)
TERR = [
    ("SY", ["Manbij", "Tabqa", "Tal Rifaat"], "Syrian government troops", "Kurdish-led SDF fighters"),
    ("SY", ["Saraqib", "Jisr al-Shughur"], "Turkish-backed factions", "YPG units"),
    ("ML", ["Ber", "Anefis", "Aguelhok"], "the Malian army", "UN peacekeepers"),
    ("ML", ["Kidal", "Tessalit"], "rebels of the CSP", "government soldiers"),
    ("SO", ["Bulo Burte", "Moqokori"], "al-Shabaab fighters", "Ethiopian troops"),
    ("SO", ["Baidoa", "Beledweyne"], "Somali army units", "AU peacekeepers"),
    ("YE", ["Mukalla", "Ataq"], "UAE-backed forces", "al-Qaeda fighters"),
    ("LY", ["Sirte", "Jufra"], "LNA forces", "GNA-aligned brigades"),
    ("MM", ["Lashio", "Hsipaw"], "the MNDAA", "junta troops"),
    ("CD", ["Rutshuru", "Kiwanja"], "M23 rebels", "FARDC soldiers"),
    ("AZ", ["Lachin", "Kalbajar"], "Azerbaijani forces", "Armenian troops"),
    ("AF", ["Kunduz", "Pul-e-Khumri"], "Taliban fighters", "government forces"),
    ("SD", ["Wad Madani", "El Obeid"], "the RSF", "the army"),
    ("IQ", ["Sinjar", "Kirkuk"], "federal Iraqi forces", "Peshmerga fighters"),
]

# Not conflict events: accidents with explosions or leaks, and police work against ordinary crime
# (ACLED codes political violence and politically relevant arrests, not industrial accidents or
# the arrest of thieves and smugglers).
ACCIDENT = [
    "A boiler exploded at a fertiliser plant in {town} {day}, killing {k} workers, the fire service said.",
    "Toxic fumes leaked from a ruptured tank at a chemical factory in {town}, sending {N} residents to hospital.",
    "{N} people were evacuated after a gas cylinder blast tore through a restaurant kitchen in {town} {day}.",
    "An explosion at a fireworks warehouse in {town} {day} killed {k} people and shattered windows for blocks.",
    "A tanker carrying chlorine overturned on the highway near {town}, and authorities told residents to stay indoors.",
    "Investigators blamed a faulty valve for the blast at the oil refinery in {town} that killed {k} employees.",
    "Chemical plant fire in {town}: {k} dead, thousands told to shelter in place",
    "A pipeline explosion near {town} {day} was caused by ageing equipment, the energy ministry said.",
]
CRIME = [
    "Police in {town} arrested {k} men suspected of running a car-theft ring and recovered 20 stolen vehicles.",
    "Customs officers detained a lorry driver at the {town} border post with 300 kg of cannabis hidden in his cargo.",
    "Detectives arrested a gang accused of printing counterfeit banknotes in a warehouse in {town} {day}.",
    "Police broke up a human-trafficking network in {town} and rescued {k} women, officials said.",
    "{k} suspects were held in {town} {day} over a string of burglaries, police said.",
    "A man was arrested in {town} on charges of online fraud after a months-long investigation.",
    "Anti-narcotics police seized methamphetamine worth millions and arrested {k} dealers in {town}.",
    "Police in {town} caught a gang that stole copper cable from the railway, a spokesman said.",
]
# Movements of armed forces with no fighting: "Change to group/activity" in ACLED.
MOVE = [
    "{armed_cap} sent reinforcements, dozens of vehicles and heavy weapons to the front near {town} {day}.",
    "{armed_cap} pulled out of their base outside {town} {day} and redeployed to the north.",
    "A convoy of {armed} was seen heading towards {town} {day}, residents said.",
    "{armed_cap} moved artillery and hundreds of troops to positions around {town} ahead of a feared offensive.",
    "{armed_cap} withdrew from a key outpost near {town} {day}, without handing it to anyone.",
    "{armed_cap} announced a general mobilisation and called up reservists in the {town} area.",
]
# Arrest of a fighter or commander ("captured" a person is not a captured town).
CAPTURE = [
    "{armed_cap} captured a senior commander of the rival group near {town} {day}, the spokesman said.",
    "A bomb-maker for the insurgents was captured alive by {armed} during a raid in {town}.",
    "{armed_cap} said they had detained {k} suspected fighters at a checkpoint outside {town} {day}.",
    "Security forces captured the group's deputy leader in a hideout in {town}, state TV reported.",
]
# Fire from afar that kills fighters is still shelling, not a clash.
SHELL_FIGHTERS = [
    "{armed_cap}'s artillery pounded positions of the enemy near {town} {day}, killing {k} fighters.",
    "Tanks and rocket launchers of {armed} shelled an insurgent camp outside {town}, killing many militants.",
    "Mortar rounds fired by {armed} hit a gathering of rival fighters in {town} {day}, killing {k}.",
    "{armed_cap} said its missile units destroyed an enemy command post near {town}, killing {k} fighters.",
]

# A crewed aircraft brought down by fire from the ground or the air is fighting between armed
# groups ("Armed clash" in ACLED); an intercepted drone or missile is "Disrupted weapons use".
DOWNED = [
    "{armed_cap} shot down a military helicopter near {town} {day}, killing its two pilots.",
    "A fighter jet of {other} was downed by a surface-to-air missile fired by {armed} near {town}.",
    "{armed_cap} said they had brought down a government warplane over {town} {day}; the pilot ejected.",
    "A helicopter gunship crashed near {town} after being hit by machine-gun fire from {armed}, the crew was killed.",
    "{armed_cap} downed a transport plane carrying troops of {other} as it approached {town}.",
    "Anti-aircraft fire from {armed} shot down a reconnaissance aircraft of {other} over {town} {day}.",
    "A military helicopter was shot down near {town} {day}, and {armed} said they had fired the missile.",
    "A warplane of {other} was shot down over {town} {day}; its pilot was captured by {armed}.",
    "{other_cap} said one of their jets was downed by ground fire from {armed} near {town}.",
    "Two crew members died when their helicopter was shot down by {armed} east of {town} {day}.",
    "According to {armed}, an army attack helicopter was brought down near {town}.",
    "A fighter jet was shot down near {town} {day}, the pilot's fate unknown; {armed} claimed the downing.",
]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def main() -> None:
    rnd = random.Random(1414)
    rows = []
    months = ["January", "March", "May", "June", "August", "October", "November"]

    def date() -> str:
        return f"{rnd.randint(1, 28)} {rnd.choice(months)} {rnd.choice([2019, 2021, 2022, 2023, 2024])}"

    for label, fam, temps in (("Violent demonstration", "violent", VIOLENT),
                              ("Excessive force against protesters", "excessive", EXCESSIVE)):
        for k, t in enumerate(temps):
            for _ in range(9):
                iso, towns, force = rnd.choice(PLACES)
                who = rnd.choice(WHO)
                text = t.format(N=rnd.choice(N), who=who, who_cap=cap(who), force=force, force_cap=cap(force),
                                town=rnd.choice(towns), day=rnd.choice(DAY), date=date())
                rows.append({"text": cap(text), "label": label, "country": iso,
                             "genre": "coder" if text.startswith("On ") else "headline" if not text.endswith(".") else "wire",
                             "scenario": f"gaps-{fam}-{k:02d}"})
    for k, t in enumerate(NVT):
        for _ in range(12):
            iso, towns, armed, other = rnd.choice(TERR)
            text = t.format(armed=armed, other=other, other_cap=cap(other), town=rnd.choice(towns),
                            day=rnd.choice(DAY), date=date())
            rows.append({"text": cap(text), "label": "Non-violent transfer of territory", "country": iso,
                         "genre": "coder" if text.startswith("On ") else "wire", "scenario": f"gaps-nvt-{k:02d}"})
    for label, fam, temps, src in (("No event", "accident", ACCIDENT, "p"), ("No event", "crime", CRIME, "p"),
                                   ("Change to group/activity", "move", MOVE, "t"), ("Arrests", "capture", CAPTURE, "t"),
                                   ("Shelling/artillery/missile attack", "shell-fighters", SHELL_FIGHTERS, "t"),
                                   ("Armed clash", "downed", DOWNED, "t")):
        for k, t in enumerate(temps):
            for _ in range(10):
                if src == "p":
                    iso, towns, _force = rnd.choice(PLACES)
                    armed = "the army"
                else:
                    iso, towns, armed, other = rnd.choice(TERR)
                text = t.format(N=rnd.choice(N), k=rnd.randint(2, 19), town=rnd.choice(towns), day=rnd.choice(DAY),
                                armed=armed, armed_cap=cap(armed), other=other, other_cap=cap(other))
                rows.append({"text": cap(text), "label": label, "country": iso,
                             "genre": "headline" if not text.endswith(".") else "wire", "scenario": f"gaps-{fam}-{k:02d}"})
    seen, out = set(), []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} rows -> {OUT.name}")


if __name__ == "__main__":
    main()
