"""Multi-report sets written by the fusion helper for session 11's third fusion task (part heldout7),
before any of that task's changes, in wars and places no other part uses (Somalia's Hiraan,
Mozambique's Mueda, Haiti's Kenscoff, Nigeria's Zamfara, Colombia's Valle del Cauca, Syria's
Aleppo east, Pakistan's Tirah valley, the Armenia-Azerbaijan border, North Darfur's Tawila) and in
the shapes that broke before: an army admitting its own dead beside a jihadist boast and a villager's
eyewitness account (Bulo Burde), a jihadist claim denied by a ministry while a relief body treats the
wounded (Mueda), an outlet retracting its own account with a gang's boast left standing and a police
"has not confirmed" (Kenscoff), a massacre told by a rights group, a governor and a villager (Zurmi),
an army telling its own wounded twice with the rising count (Jamundi), a capture claimed and the
other side saying it still holds the village (Deir Hafer), villagers' account of an air strike that
the army denies (Tirah; gold corrected from denied to disputed after the blind run:
residents are local witnesses, an origin, by the house's convention), a ministry's claim of fire that the
other side calls false (Zangilan), and a camp shelled, told twice by a doctors' network and by two
more bodies (Tawila).
Measured once with the task's starting code (bench/results/fusion.md, Session 11, fusion3) before
any change. Our own words (see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

SO, MZ, HT, NG, CO, SY, PK, AZ, SD = "SO", "MZ", "HT", "NG", "CO", "SY", "PK", "AZ", "SD"
BULO_BURDE = ("Bulo Burde", 3.85, 45.57, SO, "Hiraan")
MUEDA = ("Mueda", -11.66, 39.55, MZ, "Cabo Delgado")
KENSCOFF = ("Kenscoff", 18.45, -72.29, HT, "Ouest")
ZURMI = ("Zurmi", 12.78, 6.78, NG, "Zamfara")
JAMUNDI = ("Jamundi", 3.26, -76.54, CO, "Valle del Cauca")
DEIR_HAFER = ("Deir Hafer", 36.16, 37.70, SY, "Aleppo")
TIRAH = ("Tirah", 33.78, 70.98, PK, "Khyber Pakhtunkhwa")
ZANGILAN = ("Zangilan", 39.08, 46.66, AZ, "Zangilan")
TAWILA = ("Tawila", 13.51, 24.87, SD, "North Darfur")

SETS = [
    S("so-buloburde-base", "Somalia", "heldout7",
      "Al-Shabaab storms a base: its radio boasts of dozens of dead soldiers, a Somali site relays it, the "
      "state agency says the attack was beaten off and three soldiers were martyred, a local site quotes an "
      "elder who heard the fighting, a wire cites the district commissioner: confirmed.",
      {"base": E("Attack", "Al-Shabaab", "Military Forces of Somalia", BULO_BURDE, "2025-08-19",
                 "confirmed", "the army admits three of its own soldiers killed")},
      [R("Radio Andalus", "2025-08-19T05:30:00Z",
         "Mujahideen fighters overran the apostate militia's base at Bulo Burde in Hiiraan before dawn and "
         "killed 27 soldiers, seizing two armed vehicles.",
         [M("base", [C("Al-Shabaab")], fat=(27, 27, 27))], "militant media"),
       R("Somali National News Agency", "2025-08-19T09:00:00Z",
         "The Somali National Army repulsed a Khawarij attack on its positions in Bulo Burde this morning, "
         "killing more than 15 of the attackers; three of our soldiers were martyred in the fighting, the "
         "deputy information minister said.",
         [M("base", [C("Somali National News Agency", "confirms")], fat=(18, 18, None))], "state media"),
       R("Hiiraan Online", "2025-08-19T10:00:00Z",
         "Residents of Bulo Burde woke to heavy gunfire and explosions from the army base on the town's "
         "northern edge at about four in the morning, an elder, Abdi Hassan Guure, told Hiiraan Online; he "
         "later saw soldiers carrying bodies into the district hospital.",
         [M("base", [C("Abdi Hassan Guure", via=("Hiiraan Online",))], actor1=None)], "newspaper"),
       R("Garowe Online", "2025-08-19T12:00:00Z",
         "Al-Shabaab claimed through its Radio Andalus that its fighters killed 27 soldiers at Bulo Burde, a "
         "figure that could not be verified.",
         [M("base", [C("Al-Shabaab", via=("Garowe Online",))], fat=(27, 27, 27))], "newspaper"),
       R("Reuters", "2025-08-19T15:00:00Z",
         "Al Shabaab militants attacked an army base in the central Somali town of Bulo Burde on Tuesday, "
         "the district commissioner, Omar Ali Dhere, told Reuters, adding that the assault had been repelled.",
         [M("base", [C("Omar Ali Dhere", via=("Reuters",))])])]),
    S("mz-mueda-convoy", "Mozambique (Cabo Delgado)", "heldout7",
      "The Islamic State's agency claims an ambush on an army convoy; a wire relays the claim; the defence "
      "ministry says no convoy was attacked; a relief body's hospital team received wounded soldiers from "
      "the road: disputed.",
      {"convoy": E("Attack", "Islamic State Mozambique Province", "Military Forces of Mozambique", MUEDA,
                   "2025-10-03", "disputed",
                   "the ministry denies; the relief body's own account stands beside the group's claim")},
      [R("Amaq", "2025-10-03T19:00:00Z",
         "Soldiers of the caliphate ambushed a convoy of the Mozambican crusader army on the road south of "
         "Mueda, killing and wounding a number of them and burning a truck.",
         [M("convoy", [C("Amaq")])], "militant media"),
       R("Agence France-Presse", "2025-10-04T08:00:00Z",
         "The Islamic State group said its fighters ambushed a Mozambican army convoy near Mueda in Cabo "
         "Delgado province, in a statement carried by its Amaq propaganda agency.",
         [M("convoy", [C("Amaq", via=("Agence France-Presse",))])]),
       R("Medecins Sans Frontieres", "2025-10-04T10:00:00Z",
         "Our team at the Mueda district hospital treated eleven soldiers with gunshot and burn wounds who "
         "were brought in on Friday evening after their convoy was attacked on the road south of the town.",
         [M("convoy", [C("Medecins Sans Frontieres")], actor1=None)], "monitor"),
       R("Ministry of National Defence of Mozambique", "2025-10-04T16:00:00Z",
         "The Ministry of National Defence rejects the reports circulating on social networks: no convoy of "
         "the Defence and Security Forces was attacked near Mueda and the road remains open, spokesman "
         "Colonel Omar Saranga said.",
         [M("convoy", [C("Ministry of National Defence of Mozambique", "denies")], actor1=None)], "official"),
       R("Zitamar News", "2025-10-05T07:00:00Z",
         "The defence ministry has denied that a convoy was ambushed near Mueda, though MSF said its hospital "
         "team there treated eleven wounded soldiers after an attack on the road.",
         [M("convoy", [C("Ministry of National Defence of Mozambique", "denies", via=("Zitamar News",),
                         text="The defence ministry has denied that a convoy was ambushed near Mueda"),
                       C("Medecins Sans Frontieres", via=("Zitamar News",),
                         text="MSF said its hospital team there treated eleven wounded soldiers")],
            actor1=None)], "newspaper")]),
    S("ht-kenscoff-station", "Haiti", "heldout7",
      "A news site says gangs burned the Kenscoff police station; a radio relays it; the gang coalition's "
      "leader boasts of it; the site retracts its account (the station stands); a daily notes the police "
      "have not confirmed any attack: one origin left, the gang's.",
      {"station": E("Attack", "Viv Ansanm", "Police Forces of Haiti", KENSCOFF, "2025-04-02", "claimed",
                    "the site withdrew its own account; only Viv Ansanm's boast stands")},
      [R("Gazette Haiti", "2025-04-02T14:00:00Z",
         "Armed men from the Viv Ansanm coalition set fire to the police sub-station in Kenscoff on Wednesday "
         "morning after a long exchange of fire with the officers posted there.",
         [M("station", [C("Gazette Haiti")])], "newspaper"),
       R("Radio Caraibes", "2025-04-02T16:00:00Z",
         "Gangs burned the Kenscoff police sub-station on Wednesday, according to the news site Gazette Haiti.",
         [M("station", [C("Gazette Haiti", via=("Radio Caraibes",))])], "newspaper"),
       R("Viv Ansanm", "2025-04-02T18:00:00Z",
         "In a video posted on social media, Viv Ansanm leader Jimmy Cherizier said his men had attacked the "
         "police in Kenscoff and would not stop until the government fell.",
         [M("station", [C("Viv Ansanm")])], "militant media"),
       R("Gazette Haiti", "2025-04-03T09:00:00Z",
         "Gazette Haiti withdraws its report that the Kenscoff police sub-station was burned: the building "
         "that caught fire stood beside it, and we can no longer stand behind our account of an attack on it.",
         [M("station", [C("Gazette Haiti", "unconfirmed")], actor1=None)], "newspaper"),
       R("Le Nouvelliste", "2025-04-03T12:00:00Z",
         "The Haitian National Police has not confirmed any attack on its Kenscoff unit, whose officers were "
         "seen on patrol in the town on Thursday.",
         [M("station", [C("Haitian National Police", "unconfirmed", via=("Le Nouvelliste",))], actor1=None)],
         "newspaper")]),
    S("ng-zurmi-village", "Nigeria (Zamfara)", "heldout7",
      "Gunmen on motorcycles kill villagers: a rights group, the state governor's spokesman and a villager "
      "who buried the dead each tell it with their own toll; a daily copies a wire; nobody denies.",
      {"village": E("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", ZURMI,
                    "2025-06-14", "corroborated",
                    "Amnesty, the governor's office and a villager; nobody contradicts")},
      [R("Amnesty International Nigeria", "2025-06-14T20:00:00Z",
         "Gunmen on motorcycles stormed Kadawa village in Zurmi local government area on Saturday afternoon "
         "and shot dead at least 26 people, our monitors found; the security forces arrived after they left.",
         [M("village", [C("Amnesty International Nigeria")], fat=(26, 26, None))], "monitor"),
       R("Daily Trust", "2025-06-15T06:00:00Z",
         "I helped bury 31 of my neighbours this morning, said Musa Kadawa, a farmer who hid in a millet field "
         "while the bandits went from house to house in the Zurmi village.",
         [M("village", [C("Musa Kadawa", via=("Daily Trust",))], fat=(31, 31, 31))], "newspaper"),
       R("Zamfara State Government", "2025-06-15T10:00:00Z",
         "Governor Dauda Lawal condemned the killing of 23 innocent people by bandits in Kadawa, Zurmi, and "
         "ordered relief materials for the survivors, his spokesman Sulaiman Bala Idris said.",
         [M("village", [C("Zamfara State Government")], fat=(23, 23, 23))], "official"),
       R("Associated Press", "2025-06-15T13:00:00Z",
         "Armed men killed at least 26 villagers in Nigeria's northwestern Zamfara state, Amnesty International "
         "said Sunday, the latest in a string of attacks by gangs known locally as bandits.",
         [M("village", [C("Amnesty International Nigeria", via=("Associated Press",))], fat=(26, 26, None))]),
       R("Premium Times", "2025-06-15T15:00:00Z",
         "Armed men killed at least 26 villagers in Nigeria's northwestern Zamfara state, Amnesty International "
         "said on Sunday, the latest in a string of attacks by gangs known locally as bandits.",
         [M("village", [C("Amnesty International Nigeria", via=("Premium Times",))], fat=(26, 26, None))],
         "newspaper")]),
    S("co-jamundi-drone", "Colombia (Valle del Cauca)", "heldout7",
      "Explosive drones hit a battalion's post: the army tells its own wounded twice, the count rising; a "
      "dissident front boasts of the strike; two papers relay the army: confirmed.",
      {"post": E("Air/drone strike", "FARC-EP dissidents", "Military Forces of Colombia", JAMUNDI,
                 "2025-09-09", "confirmed", "the army tells its own wounded")},
      [R("Ejercito Nacional de Colombia", "2025-09-09T13:00:00Z",
         "Two of our soldiers of the Third Brigade were wounded this morning when drones loaded with explosives "
         "struck a post in rural Jamundi; the attack is attributed to the Jaime Martinez front.",
         [M("post", [C("Ejercito Nacional de Colombia", "confirms")])], "official"),
       R("El Tiempo", "2025-09-09T15:00:00Z",
         "Two soldiers were wounded by an explosive drone in rural Jamundi, the army said, blaming dissidents "
         "of the Jaime Martinez front.",
         [M("post", [C("Ejercito Nacional de Colombia", "confirms", via=("El Tiempo",))])], "newspaper"),
       R("Frente Jaime Martinez", "2025-09-09T18:00:00Z",
         "Our aerial unit hit the occupation troops camped in the hills of Jamundi who had come to attack "
         "the communities; we warned them.",
         [M("post", [C("Frente Jaime Martinez")])], "militant media"),
       R("Ejercito Nacional de Colombia", "2025-09-10T08:00:00Z",
         "Update: five of our soldiers are now being treated for wounds after yesterday's drone attack on "
         "the post in Jamundi; one is in serious condition.",
         [M("post", [C("Ejercito Nacional de Colombia", "confirms")], actor1=None)], "official"),
       R("Semana", "2025-09-10T10:00:00Z",
         "The army raised to five the number of soldiers wounded in the drone attack in Jamundi that it "
         "blames on the dissidents.",
         [M("post", [C("Ejercito Nacional de Colombia", "confirms", via=("Semana",))])], "newspaper")]),
    S("sy-deirhafer-village", "Syria (Aleppo east)", "heldout7",
      "The defence ministry says its units took a village from the SDF; a state agency copies it; the SDF "
      "says its fighters still hold the village and beat off the assault; a monitor says clashes go on: "
      "disputed.",
      {"village": E("Government regains territory", "Military Forces of Syria", "Syrian Democratic Forces",
                    DEIR_HAFER, "2025-11-02", "disputed",
                    "the ministry claims the village; the SDF says it still holds it")},
      [R("Syrian Ministry of Defence", "2025-11-02T10:00:00Z",
         "Units of the Syrian Arab Army took full control of the village of Rasm al-Imam east of Deir Hafer "
         "after the SDF militia fired on our positions from it, the ministry's media office said.",
         [M("village", [C("Syrian Ministry of Defence")])], "official"),
       R("SANA", "2025-11-02T10:30:00Z",
         "Units of the army took full control of the village of Rasm al-Imam east of Deir Hafer after the SDF "
         "fired on army positions from it, the Ministry of Defence said.",
         [M("village", [C("Syrian Ministry of Defence", via=("SANA",))])], "state media"),
       R("Syrian Democratic Forces", "2025-11-02T13:00:00Z",
         "Our fighters repelled an attack by Damascus government factions on Rasm al-Imam near Deir Hafer; the "
         "village remains in our hands and the claims of its capture are false.",
         [M("village", [C("Syrian Democratic Forces", "denies")], type="Armed clash")], "militant media"),
       R("Syrian Observatory for Human Rights", "2025-11-02T17:00:00Z",
         "Clashes are still going on between government forces and the SDF around Rasm al-Imam in the Deir "
         "Hafer countryside, SOHR activists report.",
         [M("village", [C("Syrian Observatory for Human Rights")], type="Armed clash")], "monitor"),
       R("North Press Agency", "2025-11-02T19:00:00Z",
         "The SDF denied that government forces had taken Rasm al-Imam, saying its fighters had repelled the "
         "assault on the village near Deir Hafer.",
         [M("village", [C("Syrian Democratic Forces", "denies", via=("North Press Agency",))],
            type="Armed clash")], "newspaper")]),
    S("pk-tirah-houses", "Pakistan (Khyber Pakhtunkhwa)", "heldout7",
      "Villagers say jets bombed houses at night; a paper and a wire quote unnamed residents; the army's "
      "media wing says no air operation took place and militants' explosives went off; a state agency "
      "relays it: disputed (local witnesses count as an origin, as in train2's Churachandpur).",
      {"houses": E("Air/drone strike", "Military Forces of Pakistan", "Civilians (Pakistan)", TIRAH,
                   "2025-09-22", "disputed",
                   "the army denies; residents and villagers are local witnesses, an origin apart from the sides")},
      [R("Dawn", "2025-09-22T09:00:00Z",
         "Residents of a village in the Tirah valley said jets dropped bombs on houses at about two in the "
         "night, killing at least 20 people, among them women and children.",
         [M("houses", [C("residents")], fat=(20, 20, None))], "newspaper"),
       R("Agence France-Presse", "2025-09-22T11:00:00Z",
         "At least 20 people died when several houses collapsed in the Tirah valley overnight, a local "
         "official told AFP on condition of anonymity, saying aircraft had been heard before the blasts.",
         [M("houses", [C("local official")], fat=(20, 20, None), actor1=None)]),
       R("Inter-Services Public Relations", "2025-09-22T15:00:00Z",
         "No air operation was conducted in Tirah; the blasts were caused by bomb-making material stored by "
         "khawarij in a compound, which went off, ISPR said.",
         [M("houses", [C("Inter-Services Public Relations", "denies")], actor1=None)], "official"),
       R("Associated Press of Pakistan", "2025-09-22T16:00:00Z",
         "The military's media wing rejected reports of an air strike in Tirah and said explosives stored by "
         "terrorists had detonated in a compound.",
         [M("houses", [C("Inter-Services Public Relations", "denies", via=("Associated Press of Pakistan",))],
            actor1=None)], "state media"),
       R("The Express Tribune", "2025-09-23T07:00:00Z",
         "Funeral prayers were held on Tuesday for the people killed in the Tirah blasts; villagers blamed an "
         "air strike, which the military denies.",
         [M("houses", [C("villagers", text="villagers blamed an air strike"),
                       C("Inter-Services Public Relations", "denies", via=("The Express Tribune",),
                         text="which the military denies")])], "newspaper")]),
    S("az-zangilan-fire", "Armenia/Azerbaijan", "heldout7",
      "Azerbaijan's defence ministry says Armenian units fired on its positions; an Azerbaijani agency "
      "relays it; Armenia's ministry calls it false; an Armenian agency relays that; a wire gives both: "
      "denied.",
      {"fire": E("Armed clash", "Military Forces of Armenia", "Military Forces of Azerbaijan", ZANGILAN,
                 "2025-03-31", "denied", "only Azerbaijan claims it; Armenia denies")},
      [R("Ministry of Defence of Azerbaijan", "2025-03-31T07:00:00Z",
         "On the night of 30 to 31 March, units of the armed forces of Armenia fired with small arms on the "
         "positions of the Azerbaijani Army in the direction of the Zangilan district.",
         [M("fire", [C("Ministry of Defence of Azerbaijan")])], "official"),
       R("APA", "2025-03-31T07:30:00Z",
         "Armenian units fired on Azerbaijani army positions in the Zangilan direction overnight, the "
         "Azerbaijani Defence Ministry said.",
         [M("fire", [C("Ministry of Defence of Azerbaijan", via=("APA",))])], "state media"),
       R("Ministry of Defence of Armenia", "2025-03-31T09:00:00Z",
         "The report of the Azerbaijani Ministry of Defence that units of the Armenian armed forces fired on "
         "Azerbaijani positions in the Zangilan direction does not correspond to reality.",
         [M("fire", [C("Ministry of Defence of Armenia", "denies")])], "official"),
       R("Armenpress", "2025-03-31T09:30:00Z",
         "Armenia's Ministry of Defence said Azerbaijan's report of Armenian fire on its positions near Zangilan "
         "was untrue.",
         [M("fire", [C("Ministry of Defence of Armenia", "denies", via=("Armenpress",))])], "state media"),
       R("Reuters", "2025-03-31T12:00:00Z",
         "Azerbaijan accused Armenian forces of firing on its positions overnight near the border, a charge "
         "Yerevan denied, amid talks on a peace treaty.",
         [M("fire", [C("Ministry of Defence of Azerbaijan", via=("Reuters",),
                       text="Azerbaijan accused Armenian forces of firing on its positions overnight"),
                     C("Ministry of Defence of Armenia", "denies", via=("Reuters",), text="a charge Yerevan denied")],
            vague="Armenia-Azerbaijan border")])]),
    S("sd-tawila-camp", "Sudan (Darfur)", "heldout7",
      "Shells fall on a displacement camp: a doctors' network posts twice with a rising toll, a wire and a "
      "Darfur outlet relay it, a lawyers' group and a relief body give their own accounts; nobody denies: "
      "corroborated.",
      {"camp": E("Shelling/artillery/missile attack", "Rapid Support Forces", "Civilians (Sudan)", TAWILA,
                 "2025-07-20", "corroborated",
                 "the doctors' network, the lawyers and the relief body; nobody contradicts")},
      [R("Sudan Doctors Network", "2025-07-20T11:00:00Z",
         "The Rapid Support Forces militia shelled the displacement camp in Tawila this morning, killing 12 "
         "people, most of them women who had fled El Fasher.",
         [M("camp", [C("Sudan Doctors Network")], fat=(12, 12, 12))], "monitor"),
       R("Darfur24", "2025-07-20T13:00:00Z",
         "Twelve displaced people were killed when the RSF shelled a camp in Tawila, the Sudan Doctors Network "
         "said.",
         [M("camp", [C("Sudan Doctors Network", via=("Darfur24",))], fat=(12, 12, 12))], "newspaper"),
       R("Sudan Doctors Network", "2025-07-20T19:00:00Z",
         "The toll of the RSF shelling of the Tawila camp has risen to 19 dead and 30 wounded.",
         [M("camp", [C("Sudan Doctors Network")], fat=(19, 19, 19))], "monitor"),
       R("Emergency Lawyers", "2025-07-21T08:00:00Z",
         "We documented the fall of at least six shells on shelters in the Tawila camp for the displaced on "
         "Sunday, fired from RSF positions to the east, and the deaths of 17 civilians.",
         [M("camp", [C("Emergency Lawyers")], fat=(17, 17, None))], "monitor"),
       R("Norwegian Refugee Council", "2025-07-21T12:00:00Z",
         "Our staff in Tawila report that shelling struck the camp where we distribute water on Sunday; several "
         "families we work with lost relatives.",
         [M("camp", [C("Norwegian Refugee Council")], actor1=None)], "monitor")]),
]
