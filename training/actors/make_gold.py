"""Builds training/actors/gold.jsonl: event texts with the actors a conflict coder would record.

Two parts, both written by us: sentences made from templates and slot lists (below), each country
with its own towns, named groups and forces, and sentences written one by one (hand.jsonl). The
templates vary the shape (active, passive with "by", victims first, coder one-liner, headline,
reported speech, apposition, "came under attack", clashes of two sides, protests and riots, a
country named only as a word). Run:  python3 training/actors/make_gold.py  (deterministic).
State forces are named with ACLED's term of office for the event's day, as listed in
src/livedesk/lexicons/actors.json ("state_periods").
"""
from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEX = json.loads((HERE.parents[1] / "src" / "livedesk" / "lexicons" / "actors.json").read_text(encoding="utf-8"))
ARTICLED = set(LEX["articled"])


def period(country: str, day: date) -> str:
    terms = LEX["state_periods"].get(country)
    if not terms:
        return ""
    d = day.isoformat()
    t = next((t for t in terms if t[0] <= d and (t[1] is None or d < t[1])), terms[-1])
    return f" ({t[0][:4]}-{(t[1] or '')[:4]})"


def state(kind: str, country: str, day: date) -> str:
    c = f"the {country}" if country in ARTICLED else country
    return f"{kind} Forces of {c}{period(country, day)}"


# country: demonym, towns, named armed groups (surface, coder's name), forces words
C = {
    "Syria": ("Syrian", ["Idlib", "Daraa", "Deir ez-Zor", "Raqqa"], [("HTS fighters", "Hayat Tahrir al-Sham"), ("Islamic State militants", "Islamic State"), ("the SDF", "Syrian Democratic Forces")]),
    "Iraq": ("Iraqi", ["Kirkuk", "Mosul", "Baqubah", "Tikrit"], [("Islamic State fighters", "Islamic State"), ("Kataib Hezbollah", "Kata'ib Hezbollah")]),
    "Yemen": ("Yemeni", ["Marib", "Taiz", "Hodeidah"], [("Houthi fighters", "Houthis"), ("Ansar Allah", "Houthis"), ("AQAP militants", "Al-Qaeda")]),
    "Lebanon": ("Lebanese", ["Tyre", "Sidon", "Baalbek"], [("Hezbollah", "Hezbollah")]),
    "Palestine": ("Palestinian", ["Jenin", "Khan Younis", "Rafah", "Nablus"], [("Hamas gunmen", "Hamas"), ("Islamic Jihad fighters", "Palestinian Islamic Jihad")]),
    "Nigeria": ("Nigerian", ["Maiduguri", "Kaduna", "Jos", "Gusau"], [("Boko Haram fighters", "Boko Haram"), ("ISWAP militants", "Islamic State West Africa Province"), ("JAS fighters", "Boko Haram")]),
    "Mali": ("Malian", ["Gao", "Mopti", "Timbuktu", "Menaka"], [("JNIM fighters", "JNIM: Group for Support of Islam and Muslims"), ("Islamic State Sahel militants", "Islamic State Sahel Province")]),
    "Burkina Faso": ("Burkinabe", ["Djibo", "Kaya", "Dori"], [("JNIM militants", "JNIM: Group for Support of Islam and Muslims")]),
    "Niger": ("Nigerien", ["Tillaberi", "Diffa", "Agadez"], [("Islamic State Sahel fighters", "Islamic State Sahel Province")]),
    "Cameroon": ("Cameroonian", ["Bamenda", "Kousseri", "Buea"], [("Ambazonian separatists", "Ambazonian Separatists"), ("Boko Haram militants", "Boko Haram")]),
    "Sudan": ("Sudanese", ["El Fasher", "Omdurman", "Wad Madani", "Nyala"], [("RSF fighters", "Rapid Support Forces"), ("the Rapid Support Forces", "Rapid Support Forces")]),
    "South Sudan": ("South Sudanese", ["Malakal", "Bor", "Yei"], []),
    "Somalia": ("Somali", ["Mogadishu", "Kismayo", "Beledweyne", "Baidoa"], [("al-Shabaab fighters", "Al-Shabaab"), ("al-Shabab militants", "Al-Shabaab")]),
    "Kenya": ("Kenyan", ["Mandera", "Garissa", "Lamu"], [("al-Shabaab militants", "Al-Shabaab")]),
    "Ethiopia": ("Ethiopian", ["Gondar", "Bahir Dar", "Debre Markos"], [("Fano militiamen", "Fano Militia"), ("OLA rebels", "Oromo Liberation Army")]),
    "Democratic Republic of Congo": ("Congolese", ["Goma", "Beni", "Bunia", "Rutshuru"], [("M23 rebels", "M23: March 23 Movement"), ("ADF militants", "ADF: Allied Democratic Forces"), ("CODECO militia", "CODECO: Cooperative for the Development of Congo")]),
    "Central African Republic": ("Central African", ["Bangui", "Bambari", "Bria"], [("Wagner fighters", "Wagner Group")]),
    "Mozambique": ("Mozambican", ["Mocimboa da Praia", "Macomia", "Pemba"], [("Islamic State Mozambique fighters", "Islamic State Mozambique Province")]),
    "Libya": ("Libyan", ["Benghazi", "Misrata", "Sabha"], []),
    "Egypt": ("Egyptian", ["Arish", "Rafah", "Asyut"], []),
    "Afghanistan": ("Afghan", ["Kandahar", "Jalalabad", "Kunduz"], [("ISKP militants", "Islamic State Khorasan Province")]),
    "Pakistan": ("Pakistani", ["Peshawar", "Quetta", "Bannu", "Turbat"], [("TTP militants", "Tehrik-i-Taliban Pakistan"), ("BLA fighters", "Baloch Liberation Army")]),
    "India": ("Indian", ["Imphal", "Srinagar", "Raipur", "Kolkata"], [("Lashkar-e-Taiba militants", "Lashkar-e-Taiba")]),
    "Bangladesh": ("Bangladeshi", ["Dhaka", "Chittagong", "Sylhet"], []),
    "Myanmar": ("Myanmar", ["Sagaing", "Mandalay", "Sittwe", "Lashio"], [("the Arakan Army", "Arakan Army"), ("People's Defence Force fighters", "People's Defence Force"), ("junta troops", "Military Forces of Myanmar")]),
    "Philippines": ("Philippine", ["Marawi", "Cotabato", "Jolo"], [("Abu Sayyaf gunmen", "Abu Sayyaf"), ("NPA rebels", "New People's Army")]),
    "Colombia": ("Colombian", ["Cucuta", "Arauca", "Tumaco", "Cali"], [("ELN guerrillas", "ELN: National Liberation Army"), ("FARC dissidents", "FARC dissidents"), ("the Gulf Clan", "Gulf Clan")]),
    "Mexico": ("Mexican", ["Culiacan", "Guadalajara", "Tijuana", "Zamora"], [("CJNG gunmen", "CJNG: Jalisco New Generation Cartel"), ("Sinaloa Cartel gunmen", "Sinaloa Cartel")]),
    "Haiti": ("Haitian", ["Port-au-Prince", "Gonaives", "Mirebalais"], [("Viv Ansanm gangs", "Gangs (Haiti)")]),
    "Ukraine": ("Ukrainian", ["Kharkiv", "Odesa", "Zaporizhzhia", "Kherson"], []),
    "Russia": ("Russian", ["Belgorod", "Kursk", "Bryansk"], []),
    "Turkey": ("Turkish", ["Diyarbakir", "Hakkari", "Sirnak"], [("PKK militants", "Kurdistan Workers' Party")]),
    "Venezuela": ("Venezuelan", ["Caracas", "Maracaibo", "Valencia"], []),
    "Ecuador": ("Ecuadorian", ["Guayaquil", "Esmeraldas", "Machala"], []),
    "Brazil": ("Brazilian", ["Rio de Janeiro", "Salvador", "Manaus"], []),
    "Indonesia": ("Indonesian", ["Jayapura", "Timika", "Wamena"], []),
    "Thailand": ("Thai", ["Pattani", "Narathiwat", "Yala"], []),
    "Chad": ("Chadian", ["N'Djamena", "Bol", "Abeche"], []),
}
# Foreign forces that act in another country: (surface, their country, where)
FOREIGN = [("Russian forces", "Russia", "Ukraine"), ("a Russian drone", "Russia", "Ukraine"), ("Russian missiles", "Russia", "Ukraine"),
           ("Israeli forces", "Israel", "Palestine"), ("an Israeli drone", "Israel", "Lebanon"), ("Israeli warplanes", "Israel", "Syria"),
           ("Turkish drones", "Turkey", "Iraq"), ("Turkish warplanes", "Turkey", "Syria"), ("US forces", "United States", "Somalia"),
           ("a US drone", "United States", "Yemen"), ("Kenyan troops", "Kenya", "Somalia"), ("Ukrainian drones", "Ukraine", "Russia"),
           ("Russian warplanes", "Russia", "Syria"), ("the Saudi-led coalition", None, "Yemen"), ("Rwandan troops", "Rwanda", "Democratic Republic of Congo")]
FOREIGN_NAME = {"the Saudi-led coalition": "Saudi-led coalition"}

ARMY = ["troops", "soldiers", "the army", "government forces", "security forces", "{dem} troops", "{dem} soldiers", "the {dem} army"]
POLICE = ["police", "riot police", "police officers", "{dem} police"]
VICTIMS = [("civilians", 3), ("villagers", 5), ("farmers", 4), ("worshippers", 2), ("mourners", 4), ("aid workers", 2),
           ("journalists", 2), ("passengers", 6), ("traders", 3), ("schoolchildren", 7), ("displaced people", 9), ("herders", 4)]
UNKNOWN = ["gunmen", "unidentified gunmen", "armed men", "suspected militants", "unknown assailants", "masked gunmen"]
PROT = ["protesters", "demonstrators", "students", "opposition supporters"]
RIOT = ["rioters", "a mob", "an angry mob"]
NUM = ["two", "three", "four", "five", "six", "seven", "nine", "12", "15", "21"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def make(rng: random.Random) -> list[dict]:
    out = []
    countries = sorted(C)
    day0 = date(2019, 1, 1)

    def item(text, country, a1, a2, shape, day):
        out.append({"text": text, "country": country, "report_date": day.isoformat(),
                    "actor1": a1, "actor2": a2, "shape": shape, "source": "template"})

    for rnd in range(6):
        for country in countries:
            dem, towns, groups = C[country]
            day = day0 + timedelta(days=rng.randrange(0, 2500))
            town = rng.choice(towns)
            army = rng.choice(ARMY).format(dem=dem)
            army_gold = state("Military", country, day)
            pol = rng.choice(POLICE).format(dem=dem)
            pol_gold = state("Police", country, day)
            vic, n = rng.choice(VICTIMS), rng.choice(NUM)
            civ = f"Civilians ({country})"
            unk = rng.choice(UNKNOWN)
            uag = f"Unidentified Armed Group ({country})"
            grp = rng.choice(groups) if groups else (unk, uag)
            if grp[1].startswith("Military Forces of"):
                grp = (grp[0], state("Military", country, day))
            wd = day.strftime("%A")
            shape = (rnd * 7 + countries.index(country)) % 12
            if shape == 0:
                item(f"{cap(grp[0])} attacked a village near {town} on {wd}, killing {n} {vic[0]}.", country, grp[1], civ, "active", day)
            elif shape == 1:
                item(f"{cap(n)} soldiers were killed by {grp[0]} in an ambush outside {town}.", country, grp[1], army_gold, "passive", day)
            elif shape == 2:
                item(f"On {day.day} {day.strftime('%B %Y')}, {unk} abducted {n} {vic[0]} in {town} ({town}).", country, uag, civ, "coder", day)
            elif shape == 3:
                item(f"{cap(army)} kill {n} {grp[0].replace('the ', '')} in raid near {town}", country, army_gold, grp[1], "headline", day)
            elif shape == 4:
                item(f"Local officials said {grp[0]} had opened fire on {vic[0]} at a market in {town}, killing {n}.", country, grp[1], civ, "reported", day)
            elif shape == 5:
                item(f"{cap(n)} {vic[0]} died when {grp[0]} shelled the outskirts of {town} on {wd}.", country, grp[1], civ, "victims first", day)
            elif shape == 6:
                # a protest the police disperse is a protest (with intervention): ACLED records
                # the demonstrators as actor1 and the force that intervened as actor2
                item(f"{cap(pol)} fired tear gas at {rng.choice(PROT)} who had blocked the main road in {town}.", country, f"Protesters ({country})", pol_gold, "protest", day)
            elif shape == 7:
                item(f"Hundreds of {rng.choice(PROT)} rallied in {town} on {wd} against the rising price of bread.", country, f"Protesters ({country})", None, "protest", day)
            elif shape == 8:
                r = rng.choice(RIOT)
                item(f"{cap(r)} set fire to shops and attacked {vic[0]} in {town} after a dispute over land.", country, f"Rioters ({country})", civ, "riot", day)
            elif shape == 9 and not grp[1].startswith("Military Forces"):
                item(f"An army convoy came under attack by {grp[0]} on the road between {town} and {towns[0] if town != towns[0] else towns[1]}.", country, grp[1], army_gold, "came under", day)
            elif shape == 10:
                item(f"{cap(army)} clashed with {grp[0]} near {town} for several hours on {wd}.", country, army_gold, grp[1], "clash", day)
            else:
                item(f"{cap(n)} {vic[0]} were seized by {unk} on the road to {town}.", country, uag, civ, "passive", day)
    # foreign forces acting abroad, and their victims
    for rnd in range(3):
        for surf, home, where in FOREIGN:
            day = day0 + timedelta(days=rng.randrange(1300, 2500))
            town = rng.choice(C[where][1])
            gold = FOREIGN_NAME.get(surf) or state("Military", home, day)
            vic, n = rng.choice(VICTIMS), rng.choice(NUM)
            if rnd == 0:
                item(f"{cap(surf)} struck {town} overnight, killing {n} {vic[0]}, the regional governor said.", where, gold, f"Civilians ({where})", "foreign", day)
            elif rnd == 1:
                item(f"{cap(n)} {vic[0]} were killed in {town} by {surf}, according to local medics.", where, gold, f"Civilians ({where})", "foreign passive", day)
            else:
                opp = C[where][2][0] if C[where][2] else None
                if opp:
                    item(f"{cap(surf)} targeted {opp[0]} positions near {town}.", where, gold, opp[1], "foreign", day)
                else:
                    item(f"{cap(surf)} hit an apartment block in {town}, wounding {n} {vic[0]}.", where, gold, f"Civilians ({where})", "foreign", day)
    return out


def main() -> None:
    rng = random.Random(14)
    items = make(rng)
    hand = [json.loads(line) for line in (HERE / "hand.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for h in hand:
        h.setdefault("source", "hand")
        day = date.fromisoformat(h["report_date"])
        for k in ("actor1", "actor2"):
            m = re.fullmatch(r"(Mutiny of )?\{(MF|PF):(.+)\}", h[k] or "")     # "Mutiny of {MF:Mali}" too
            if m:
                h[k] = (m.group(1) or "") + state("Military" if m.group(2) == "MF" else "Police", m.group(3), day)
    items += hand
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for i, it in enumerate(items):
            f.write(json.dumps({"id": f"act-{i:04d}", **it}, ensure_ascii=False) + "\n")
    print(f"{len(items)} items, {len({i['country'] for i in items})} countries -> {HERE / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
