"""Multi-report sets, Sudan, the Sahel and eastern DR Congo: written by us, in our own words (see
README.md)."""
from author import C, E, M, R, S

SD, ML, BF, CD = "SD", "ML", "BF", "CD"
SAF, RSF = "Military Forces of Sudan", "Rapid Support Forces"
FAMA, JNIM, WAG = "Military Forces of Mali", "JNIM", "Wagner Group"
BFA = "Military Forces of Burkina Faso"
FARDC, M23 = "Military Forces of the Democratic Republic of Congo", "M23"
EL_FASHER = ("El Fasher", 13.63, 25.35, SD, "North Darfur")
OMDURMAN = ("Omdurman", 15.64, 32.48, SD, "Khartoum")
PORT_SUDAN = ("Port Sudan", 19.62, 37.22, SD, "Red Sea")
WAD_MADANI = ("Wad Madani", 14.40, 33.52, SD, "Al Jazirah")
NYALA = ("Nyala", 12.05, 24.88, SD, "South Darfur")
TINZAOUATEN = ("Tinzaouaten", 19.95, 2.95, ML, "Kidal")
BARSALOGHO = ("Barsalogho", 13.42, -1.06, BF, "Centre-Nord")
KIDAL = ("Kidal", 18.44, 1.41, ML, "Kidal")
SAKE = ("Sake", -1.57, 29.04, CD, "North Kivu")
RUBAYA = ("Rubaya", -1.55, 28.88, CD, "North Kivu")
BUNAGANA = ("Bunagana", -1.28, 29.60, CD, "North Kivu")

SETS = [
    S("sd-el-fasher-division", "Sudan", "train",
      "A divisional headquarters a paramilitary force says it overran and the army says it defended.",
      {"hq": E("Non-state actor overtakes territory", RSF, SAF, EL_FASHER, "2024-06-14", "disputed",
               "opposite claims: taken vs attack repelled")},
      [R("Rapid Support Forces", "2024-06-14T08:00:00Z",
         "Our forces stormed and captured the headquarters of the army's Sixth Infantry Division in El "
         "Fasher this morning.",
         [M("hq", [C("RSF")])], "militant media"),
       R("Sudanese Armed Forces", "2024-06-14T11:00:00Z",
         "Army spokesman Nabil Abdallah said troops repelled a large RSF assault on the Sixth Division in "
         "El Fasher and inflicted heavy losses on the militia.",
         [M("hq", [C("Nabil Abdallah")], type="Armed clash")], "official"),
       R("Sudan Tribune", "2024-06-14T15:00:00Z",
         "The RSF said it seized the army's base in El Fasher, while the army said its forces beat back "
         "the attack.",
         [M("hq", [C("RSF", text="The RSF said it seized the army's base in El Fasher"),
                   C("Sudanese army", text="the army said its forces beat back the attack")])], "newspaper")]),
    S("sd-omdurman-market", "Sudan", "train",
      "Shells on a market: doctors' and lawyers' networks, the army-aligned health ministry's lower bound, "
      "and the accused force's denial.",
      {"market": E("Shelling/artillery/missile attack", RSF, "Civilians", OMDURMAN, "2024-09-01", "disputed",
                   "the RSF denies; independent networks report the shelling")},
      [R("Sudan Doctors Network", "2024-09-01T13:00:00Z",
         "Fifteen civilians were killed when artillery shells fired by the RSF fell on the Sabreen market in "
         "Omdurman.",
         [M("market", [], fat=(15, 15, 15))], "monitor"),
       R("Emergency Lawyers", "2024-09-01T15:00:00Z",
         "The Emergency Lawyers group said the RSF shelled the market in Karari, Omdurman, killing 15 people.",
         [M("market", [C("Emergency Lawyers")], fat=(15, 15, 15))], "monitor"),
       R("Sudan Tribune", "2024-09-02T08:00:00Z",
         "The health ministry in Khartoum state raised the toll from the Omdurman market shelling to at least "
         "21 dead.",
         [M("market", [C("Khartoum state health ministry", via=("Sudan Tribune",))], fat=(21, 21, None),
            day="2024-09-01")], "newspaper"),
       R("RSF spokesman", "2024-09-01T19:00:00Z",
         "The Rapid Support Forces denied shelling the Omdurman market and accused the army of staging the "
         "attack.",
         [M("market", [C("Rapid Support Forces", "denies")])], "militant media")]),
    S("sd-port-sudan-depot", "Sudan", "train",
      "Drones on a fuel depot far from the front: the attacker's claim, the government admitting the fire, "
      "and a wire's witnesses.",
      {"depot": E("Air/drone strike", RSF, SAF, PORT_SUDAN, "2025-05-06", "confirmed",
                  "the government (the side struck) confirms the hit")},
      [R("Reuters", "2025-05-06T07:00:00Z",
         "Drones struck the main fuel depot in Port Sudan before dawn, witnesses told Reuters, sending plumes "
         "of black smoke over the city.",
         [M("depot", [C("witnesses", via=("Reuters",))])]),
       R("Sudanese Armed Forces", "2025-05-06T09:00:00Z",
         "Army spokesman Nabil Abdallah said militia drones hit the strategic fuel depot and a naval base in "
         "Port Sudan, causing a fire.",
         [M("depot", [C("Sudanese army spokesman")])], "official"),
       R("Sudan Tribune", "2025-05-06T10:30:00Z",
         "According to the army, drones launched by the RSF set the Port Sudan fuel depot ablaze on Tuesday.",
         [M("depot", [C("Sudanese army", via=("Sudan Tribune",))])], "newspaper")]),
    S("sd-wad-madani-entry", "Sudan", "train",
      "A city the army says it retook, which residents and an independent paper also report; the force "
      "that lost it says nothing.",
      {"city": E("Government regains territory", SAF, RSF, WAD_MADANI, "2025-01-11", "corroborated",
                 "the army and an independent paper's own reporting")},
      [R("Sudanese Armed Forces", "2025-01-11T10:00:00Z",
         "The armed forces entered Wad Madani on Saturday and are clearing the last militia positions, the "
         "army said.",
         [M("city", [C("Sudanese army")])], "official"),
       R("Sudan Tribune", "2025-01-11T14:00:00Z",
         "Army troops drove into central Wad Madani on Saturday, Sudan Tribune's correspondent reported, as "
         "RSF fighters left the city towards the east.",
         [M("city", [C("Sudan Tribune")])], "newspaper"),
       R("Radio Dabanga", "2025-01-11T16:00:00Z",
         "Residents of Wad Madani said soldiers were celebrating in the streets after the army retook the "
         "city.",
         [M("city", [C("residents", via=("Radio Dabanga",))])], "newspaper")]),
    S("sd-nyala-market-raid", "Sudan", "train",
      "An air raid the paramilitary force's media says hit a market and the army says never took place.",
      {"raid": E("Air/drone strike", SAF, "Civilians", NYALA, "2024-03-27", "denied",
                 "the army denies; only the other side's media claims it")},
      [R("RSF media office", "2024-03-27T12:00:00Z",
         "Army warplanes bombed the central market of Nyala at noon, killing dozens of civilians, the RSF "
         "media office said.",
         [M("raid", [C("RSF media office")])], "militant media"),
       R("Sudan Wire", "2024-03-27T15:00:00Z",
         "The Rapid Support Forces said army jets struck a market in Nyala; there was no independent "
         "confirmation.",
         [M("raid", [C("Rapid Support Forces", via=("Sudan Wire",))])]),
       R("Sudanese Armed Forces", "2024-03-27T18:00:00Z",
         "The army denied carrying out any air strike on Nyala market and called the RSF's account "
         "fabricated propaganda.",
         [M("raid", [C("Sudanese army", "denies")])], "official")]),
    S("ml-tinzaouaten-ambush", "Sahel", "validation",
      "An ambush on a convoy near the Algerian border: the jihadist group's boast, a channel close to the "
      "mercenaries admitting heavy losses, and the army's statement of its own losses.",
      {"ambush": E("Armed clash", JNIM, FAMA, TINZAOUATEN, "2024-07-27", "confirmed",
                   "the losing side (the army and the mercenaries' channel) admits its losses")},
      [R("Az-Zallaqa", "2024-07-27T18:00:00Z",
         "The mujahideen ambushed a convoy of the Malian army and Wagner near Tinzaouaten, killing dozens.",
         [M("ambush", [C("JNIM")])], "militant media"),
       R("Grey Zone", "2024-07-28T08:00:00Z",
         "Our fighters and Malian soldiers fought for three days near Tinzaouaten and suffered heavy losses; "
         "the commander was killed.",
         [M("ambush", [C("Wagner Telegram channel")], actor2=WAG)], "militant media"),
       R("Malian Armed Forces", "2024-07-29T12:00:00Z",
         "The army general staff acknowledged significant losses among its soldiers in the fighting at "
         "Tinzaouaten.",
         [M("ambush", [C("Malian army")])], "official")]),
    S("bf-barsalogho-attack", "Sahel", "validation",
      "A massacre of people digging trenches: the attackers' boast, a UN count, a government that has not "
      "confirmed; two independent origins.",
      {"attack": E("Attack", JNIM, "Civilians", BARSALOGHO, "2024-08-24", "corroborated",
                   "the attackers' claim and the UN's count; the government has not confirmed")},
      [R("Az-Zallaqa", "2024-08-24T20:00:00Z",
         "JNIM said its fighters attacked army positions and militia at Barsalogho, killing 300.",
         [M("attack", [C("JNIM")], fat=(300, 300, 300))], "militant media"),
       R("United Nations", "2024-08-26T10:00:00Z",
         "The UN human rights office said at least 133 people were killed in the attack at Barsalogho, many "
         "of them civilians digging defensive trenches.",
         [M("attack", [C("UN human rights office")], fat=(133, 133, None), day="2024-08-24")], "monitor"),
       R("Agence France-Presse", "2024-08-26T12:00:00Z",
         "Burkina Faso's government has not confirmed any toll from the weekend attack in Barsalogho, AFP "
         "noted.",
         [M("attack", [C("Burkinabe government", "unconfirmed", via=("Agence France-Presse",))],
            day="2024-08-24")])]),
    S("ml-kidal-drone", "Sahel", "validation",
      "A drone strike the army announces, relayed by a wire and by state television: one origin.",
      {"strike": E("Air/drone strike", FAMA, "Unidentified Armed Group (Mali)", KIDAL, "2024-03-17", "claimed",
                   "one origin: the army; the rest relay it")},
      [R("Malian Armed Forces", "2024-03-17T11:00:00Z",
         "The armed forces carried out a drone strike on a terrorist logistics site near Kidal, the general "
         "staff said.",
         [M("strike", [C("Malian army")])], "official"),
       R("ORTM", "2024-03-17T13:00:00Z",
         "According to the general staff of the armed forces, a drone strike destroyed a terrorist depot near "
         "Kidal.",
         [M("strike", [C("Malian army", via=("ORTM",))])], "state media"),
       R("Reuters", "2024-03-17T15:00:00Z",
         "Mali's army said a drone strike hit a militant supply site near Kidal, Reuters reported, citing a "
         "statement.",
         [M("strike", [C("Malian army", via=("Reuters",))])])]),
    S("cd-sake-camp-shelling", "DR Congo", "validation",
      "Shells on a displacement camp: the UN mission's count, the army blaming the rebels, the rebels "
      "denying.",
      {"camp": E("Shelling/artillery/missile attack", M23, "Civilians", SAKE, "2024-05-03", "disputed",
                 "the rebels deny; the UN mission, independent, reports it")},
      [R("MONUSCO", "2024-05-03T14:00:00Z",
         "Bombs struck the Mugunga displacement camps on the Sake road, killing at least 9 people, the UN "
         "mission said.",
         [M("camp", [C("MONUSCO")], fat=(9, 9, None), actor1=None)], "monitor"),
       R("Armed Forces of the DRC", "2024-05-03T16:00:00Z",
         "The army accused M23 rebels of firing the shells that hit the camps west of Goma near Sake.",
         [M("camp", [C("FARDC")])], "official"),
       R("Radio Okapi", "2024-05-03T19:00:00Z",
         "M23 spokesman Lawrence Kanyuka denied that the rebels had shelled the camp near Sake and blamed "
         "the army's allies.",
         [M("camp", [C("Lawrence Kanyuka", "denies", via=("Radio Okapi",))])], "newspaper")]),
    S("cd-rubaya-mines", "DR Congo", "validation",
      "A mining town a rebel group says it took, where the army says fighting goes on.",
      {"town": E("Non-state actor overtakes territory", M23, FARDC, RUBAYA, "2024-04-30", "disputed",
                 "opposite claims: taken vs fighting goes on")},
      [R("M23", "2024-04-30T09:00:00Z",
         "The M23 announced that it had taken control of Rubaya and its coltan mines.",
         [M("town", [C("M23")])], "militant media"),
       R("Armed Forces of the DRC", "2024-04-30T13:00:00Z",
         "Army spokesman said fighting is continuing around Rubaya and that the loyalist forces still hold "
         "the mining sites.",
         [M("town", [C("Congolese army spokesman")], type="Armed clash")], "official"),
       R("Actualite.cd", "2024-04-30T16:00:00Z",
         "The M23 rebels say they seized Rubaya, but the Congolese army insists clashes are still raging in "
         "the area.",
         [M("town", [C("M23", text="The M23 rebels say they seized Rubaya"),
                     C("Congolese army", text="the Congolese army insists clashes are still raging in the area")])],
         "newspaper")]),
    S("cd-bunagana-rumour", "DR Congo", "validation",
      "Social-media posts that the army retook a border town, which the rebels who hold it call fake: "
      "denied.",
      {"town": E("Government regains territory", FARDC, M23, BUNAGANA, "2024-02-10", "denied",
                 "the rebels deny; only unnamed posts claim it")},
      [R("Goma Live", "2024-02-10T09:00:00Z",
         "Unverified posts on social media say government troops have reportedly retaken Bunagana.",
         [M("town", [C("social media posts", "uncertain")])], "live blog"),
       R("M23", "2024-02-10T12:00:00Z",
         "M23 spokesman Lawrence Kanyuka called reports that the army had retaken Bunagana fake news and "
         "said the town was calm under the movement's administration.",
         [M("town", [C("Lawrence Kanyuka", "denies")])], "militant media"),
       R("Radio Okapi", "2024-02-10T15:00:00Z",
         "The army has not confirmed any operation around Bunagana, Radio Okapi noted.",
         [M("town", [C("FARDC", "unconfirmed", via=("Radio Okapi",))])], "newspaper")]),
]
