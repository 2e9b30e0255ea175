"""Multi-report sets written in session 7, in wars no earlier set covers (Kashmir, Russia's border
regions, the southern Philippines, Kenya, the Central African Republic, western Niger, Lake Chad,
northern Iraq, Manipur, Western Sahara, the Rift Valley), in shapes the earlier sets have few of:
a denial published before the claim it denies, boasts of a side's own kills, relays of relays,
conflicting tolls from independent origins, opposite claims about a place, one office under
several names, an eyewitness beside an official. Measured once end to end before any change they
prompted (bench/results/fusion.md), then used as training for kinds of error. Our own words (see
README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

IN, RU, PH, KE, CF, NE, TD, IQ, EH = "IN", "RU", "PH", "KE", "CF", "NE", "TD", "IQ", "EH"
POONCH = ("Poonch", 33.77, 74.09, IN, "Jammu and Kashmir")
BELGOROD = ("Belgorod", 50.60, 36.59, RU, "Belgorod")
BASILAN = ("Sumisip", 6.42, 122.05, PH, "Basilan")
LAMU = ("Mpeketoni", -2.39, 40.70, KE, "Lamu")
BAMBARI = ("Bambari", 5.76, 20.67, CF, "Ouaka")
BANIBANGOU = ("Banibangou", 15.04, 2.70, NE, "Tillaberi")
BOHOMA = ("Barkaram", 13.45, 14.30, TD, "Lac")
AMADIYA = ("Amadiya", 37.09, 43.49, IQ, "Duhok")
CHURA = ("Churachandpur", 24.33, 93.68, IN, "Manipur")
MAHBES = ("Mahbes", 27.22, -9.03, EH, "Western Sahara")
BARINGO = ("Chemolingot", 0.98, 35.98, KE, "Baringo")

SETS = [
    S("in-poonch-post", "Kashmir", "train2",
      "Firing on a border post: the accused army's denial comes first, then the claim, then villagers "
      "who heard it.",
      {"post": E("Armed clash", "Military Forces of Pakistan", "Military Forces of India", POONCH,
                 "2021-11-02", "disputed", "the accused side denies; villagers, independent of both, "
                                           "heard the firing")},
      [R("ISPR", "2021-11-02T06:00:00Z",
         "The military's media wing rejected as baseless reports in Indian media that Pakistani troops had "
         "fired on an Indian post in the Poonch sector overnight.",
         [M("post", [C("ISPR", "denies")])], "official"),
       R("Indian Army", "2021-11-02T09:00:00Z",
         "Pakistani troops opened unprovoked fire on a forward post in Poonch during the night and our "
         "soldiers responded, a Northern Command spokesman said.",
         [M("post", [C("Indian Army")])], "official"),
       R("Press Trust of India", "2021-11-02T12:00:00Z",
         "Villagers in Poonch told PTI they had heard bursts of gunfire from the direction of the border "
         "posts for about two hours after midnight.",
         [M("post", [C("villagers in Poonch", via=("Press Trust of India",))])])]),
    S("ru-belgorod-depot", "Russia/Ukraine", "train2",
      "A fuel depot hit by drones: the attacker's boast, the struck side's governor admitting the fire, "
      "state media relaying him.",
      {"depot": E("Air/drone strike", "Military Forces of Ukraine", "Military Forces of Russia", BELGOROD,
                  "2024-03-22", "confirmed", "the governor of the struck region confirms the hit")},
      [R("General Staff of Ukraine", "2024-03-22T07:00:00Z",
         "Our drones struck an oil depot supplying the occupiers' army in Belgorod region overnight; a large "
         "fire broke out at the site.",
         [M("depot", [C("General Staff of Ukraine")])], "official"),
       R("Telegram channel of the Belgorod governor", "2024-03-22T08:00:00Z",
         "Governor Vyacheslav Gladkov said fuel tanks at a depot near Belgorod caught fire after a drone "
         "attack during the night and that nobody was hurt.",
         [M("depot", [C("Vyacheslav Gladkov")])], "official"),
       R("TASS", "2024-03-22T09:30:00Z",
         "A fire at a fuel depot near Belgorod after a Ukrainian drone attack has been put out, regional "
         "governor Vyacheslav Gladkov said, according to TASS.",
         [M("depot", [C("Vyacheslav Gladkov", via=("TASS",))])], "state media")]),
    S("ph-basilan-clash", "Philippines", "train2",
      "An army boast of militants killed, told by the brigade, relayed by the state agency and a paper.",
      {"clash": E("Armed clash", "Military Forces of Philippines", "Abu Sayyaf", BASILAN, "2022-02-15",
                  "claimed", "one origin, the army; its own kills are a claim, not a confirmation")},
      [R("Philippine Army", "2022-02-15T05:00:00Z",
         "Troops of the 101st Brigade killed seven Abu Sayyaf militants in a firefight in the hinterlands of "
         "Sumisip, Basilan, on Monday, the brigade commander said.",
         [M("clash", [C("Philippine Army")], fat=(7, 7, 7))], "official"),
       R("Philippine News Agency", "2022-02-15T08:00:00Z",
         "Seven members of the Abu Sayyaf were killed in a clash with government troops in Sumisip town, "
         "according to the army's 101st Brigade.",
         [M("clash", [C("Philippine Army", via=("Philippine News Agency",))], fat=(7, 7, 7))], "state media"),
       R("Philippine Daily Inquirer", "2022-02-15T11:00:00Z",
         "The army said its soldiers killed seven Abu Sayyaf gunmen in Basilan after an hour-long gunfight. "
         "No soldier was hurt, it added.",
         [M("clash", [C("Philippine Army", via=("Philippine Daily Inquirer",))], fat=(7, 7, 7))],
         "newspaper")]),
    S("ke-mpeketoni-bus", "Kenya", "train2",
      "An attack on a bus claimed by the group's radio, passed on by a Somali site, then by a Kenyan "
      "paper citing the site; police say nothing yet.",
      {"bus": E("Attack", "Al-Shabaab", "Civilians", LAMU, "2023-06-24", "claimed",
                "one origin, the group, through two relays; the police have not confirmed")},
      [R("Radio Andalus", "2023-06-24T09:00:00Z",
         "The mujahideen ambushed a bus carrying Kenyan crusaders near Mpeketoni and killed six of them.",
         [M("bus", [], fat=(6, 6, 6))], "militant media"),
       R("Garowe Online", "2023-06-24T12:00:00Z",
         "Al-Shabaab said its fighters attacked a bus near Mpeketoni in Lamu county and killed six people, "
         "the group's Radio Andalus reported.",
         [M("bus", [C("Al-Shabaab", via=("Garowe Online",))], fat=(6, 6, 6))], "newspaper"),
       R("The Standard", "2023-06-24T15:00:00Z",
         "Six passengers were killed when a bus was attacked near Mpeketoni, Garowe Online reported, citing "
         "the militants' radio station. Police had not confirmed the attack by Saturday afternoon.",
         [M("bus", [C("Al-Shabaab", via=("Garowe Online", "The Standard")),
                    C("Kenyan police", "unconfirmed", via=("The Standard",))], fat=(6, 6, 6))],
         "newspaper")]),
    S("cf-bambari-raid", "Central African Republic", "train2",
      "A raid on a village near Bambari told by the UN mission, a radio's own correspondent and the "
      "government, each with its own toll, none denying.",
      {"raid": E("Attack", "UPC", "Civilians", BAMBARI, "2021-04-11", "corroborated",
                 "three independent origins; the tolls differ, nobody denies")},
      [R("Radio Ndeke Luka", "2021-04-11T10:00:00Z",
         "Our correspondent in Bambari counted eight bodies in a village on the road north of the town after "
         "armed men raided it at dawn on Sunday.",
         [M("raid", [], fat=(8, 8, 8))], "newspaper"),
       R("MINUSCA", "2021-04-11T17:00:00Z",
         "The UN mission said at least 12 civilians were killed when fighters of the UPC attacked a village "
         "near Bambari on Sunday and that its peacekeepers had been sent to the area.",
         [M("raid", [C("MINUSCA")], fat=(12, 12, None))], "monitor"),
       R("Central African government", "2021-04-12T08:00:00Z",
         "Government spokesman Ange-Maxime Kazagui said 15 villagers were killed in the attack near Bambari "
         "and condemned the UPC.",
         [M("raid", [C("Central African government")], fat=(15, 15, 15))], "official")]),
    S("ne-banibangou-post", "Niger", "train2",
      "Militants say they took an army post; the army says its troops held it after a long fight; a "
      "wire relays both.",
      {"post": E("Non-state actor overtakes territory", "Islamic State Sahel", "Military Forces of Niger",
                 BANIBANGOU, "2022-09-07", "disputed", "opposite claims: taken vs held")},
      [R("Amaq", "2022-09-07T18:00:00Z",
         "Soldiers of the caliphate stormed the Nigerien army post at Banibangou and took control of it "
         "after the apostates fled.",
         [M("post", [])], "militant media"),
       R("Nigerien Armed Forces", "2022-09-07T20:00:00Z",
         "Army spokesman Colonel Amadou Maiga said troops at Banibangou repelled a large terrorist attack "
         "and that the post remains in the army's hands.",
         [M("post", [C("Nigerien Armed Forces")], type="Armed clash")], "official"),
       R("Agence France-Presse", "2022-09-08T07:00:00Z",
         "The Islamic State group said it had seized an army post in Banibangou, in western Niger, but the "
         "army said the attack had been pushed back.",
         [M("post", [C("Islamic State Sahel", via=("Agence France-Presse",),
                       text="The Islamic State group said it had seized an army post in Banibangou"),
                     C("Nigerien Armed Forces", via=("Agence France-Presse",),
                       text="the army said the attack had been pushed back")])])]),
    S("td-barkaram-base", "Lake Chad", "train2",
      "An island base overrun at night: the army admits its dead, the group boasts of more, a wire "
      "relays the army.",
      {"base": E("Attack", "Boko Haram", "Military Forces of Chad", BOHOMA, "2020-03-23", "confirmed",
                 "the army admits its own dead")},
      [R("Chadian army", "2020-03-23T14:00:00Z",
         "Army spokesman Azem Bermendoa said 23 soldiers were killed when Boko Haram fighters attacked the "
         "army base on the island of Barkaram in the Lake province overnight.",
         [M("base", [C("Chadian army")], fat=(23, 23, 23))], "official"),
       R("Agence France-Presse", "2020-03-23T16:00:00Z",
         "Twenty-three Chadian soldiers died in a jihadist attack on a base on Barkaram island, an army "
         "spokesman told AFP.",
         [M("base", [C("Chadian army", via=("Agence France-Presse",))], fat=(23, 23, 23))]),
       R("Boko Haram", "2020-03-24T09:00:00Z",
         "In a video, the group's leader said his fighters had destroyed the base at Barkaram and killed "
         "nearly a hundred soldiers.",
         [M("base", [C("Boko Haram")], fat=(100, 100, None))], "militant media")]),
    S("iq-amadiya-strike", "Northern Iraq", "train2",
      "An air strike in the mountains: the striking side counts militants killed, the group's agency "
      "counts its own dead, a Kurdish channel relays the group.",
      {"strike": E("Air/drone strike", "Military Forces of Turkey", "PKK", AMADIYA, "2022-06-05",
                   "confirmed", "the group admits its own dead")},
      [R("Turkish Ministry of National Defence", "2022-06-05T11:00:00Z",
         "The ministry said its jets struck PKK shelters near Amadiya in northern Iraq and neutralised 12 "
         "terrorists.",
         [M("strike", [C("Turkish Ministry of National Defence")], fat=(12, 12, 12))], "official"),
       R("Firat News Agency", "2022-06-05T15:00:00Z",
         "Four of our guerrillas fell martyrs when Turkish warplanes bombed positions near Amadiya, the HPG "
         "press office said.",
         [M("strike", [C("HPG")], fat=(4, 4, 4))], "militant media"),
       R("Rudaw", "2022-06-05T18:00:00Z",
         "The PKK's armed wing said four of its fighters were killed in a Turkish air strike near Amadiya, "
         "Firat News Agency reported.",
         [M("strike", [C("HPG", via=("Firat News Agency", "Rudaw"))], fat=(4, 4, 4))], "newspaper")]),
    S("in-churachandpur-homes", "Manipur", "train2",
      "Houses set on fire in a village: police blame an armed group, the group denies, residents tell "
      "what they saw.",
      {"homes": E("Looting/property destruction", "Unidentified Armed Group (India)", "Civilians", CHURA,
                  "2023-06-12", "disputed", "the accused group denies; residents independently saw it")},
      [R("Manipur Police", "2023-06-12T10:00:00Z",
         "Armed miscreants set fire to at least twenty houses in a village in Churachandpur district on "
         "Sunday night, the police said.",
         [M("homes", [C("Manipur Police")])], "official"),
       R("The Hindu", "2023-06-12T14:00:00Z",
         "Residents of the village said they fled into the forest when a group of armed men began torching "
         "houses around 11 pm. \"We watched our homes burn from the hill,\" one woman said.",
         [M("homes", [C("residents of the village", via=("The Hindu",))])], "newspaper"),
       R("Imphal Free Press", "2023-06-12T18:00:00Z",
         "The armed group named by the police denied any role in the burning of houses in Churachandpur, "
         "calling the accusation a fabrication.",
         [M("homes", [C("the armed group", "denies", via=("Imphal Free Press",))])], "newspaper")]),
    S("eh-mahbes-shelling", "Western Sahara", "train2",
      "A movement claims it shelled army positions; the army denies any attack; the movement's agency "
      "and a wire relay.",
      {"shells": E("Shelling/artillery/missile attack", "Polisario Front", "Military Forces of Morocco",
                   MAHBES, "2021-01-14", "denied", "the army denies; only the movement's own claim")},
      [R("Sahara Press Service", "2021-01-14T10:00:00Z",
         "Units of the Sahrawi army bombarded positions of the occupation forces in the Mahbes sector, "
         "inflicting heavy losses, the defence ministry of the movement said.",
         [M("shells", [C("Polisario Front")])], "state media"),
       R("Royal Armed Forces", "2021-01-14T15:00:00Z",
         "A military source denied that any attack had taken place in the Mahbes sector and said the area "
         "was calm.",
         [M("shells", [C("Royal Armed Forces", "denies")])], "official"),
       R("Agence France-Presse", "2021-01-14T18:00:00Z",
         "The Polisario Front said it shelled Moroccan positions near Mahbes, a claim Rabat rejected.",
         [M("shells", [C("Polisario Front", via=("Agence France-Presse",)),
                       C("Moroccan government", "denies", via=("Agence France-Presse",))])])]),
    S("ke-chemolingot-raid", "Kenya", "train2",
      "A bandit raid told by one ministry under three names: its statement, a paper citing it, its "
      "cabinet secretary on radio.",
      {"raid": E("Attack", "Unidentified Armed Group (Kenya)", "Civilians", BARINGO, "2023-02-18", "claimed",
                 "one origin: the ministry, however it is named")},
      [R("Ministry of Interior and National Administration", "2023-02-18T09:00:00Z",
         "Armed bandits killed three herders and drove away hundreds of cattle near Chemolingot in Baringo "
         "county on Friday, the Ministry of Interior said in a statement.",
         [M("raid", [C("Kenyan Ministry of Interior")], fat=(3, 3, 3))], "official"),
       R("The Star", "2023-02-18T12:00:00Z",
         "Three herders were shot dead by bandits near Chemolingot, the Interior Ministry said on Saturday.",
         [M("raid", [C("Kenyan Ministry of Interior", via=("The Star",))], fat=(3, 3, 3))], "newspaper"),
       R("Capital FM", "2023-02-18T17:00:00Z",
         "Interior Cabinet Secretary Kithure Kindiki told Capital FM that the bandits who killed three herders "
         "in Baringo would be hunted down.",
         [M("raid", [C("Kenyan Ministry of Interior", via=("Capital FM",))], fat=(3, 3, 3))], "newspaper")]),
]
