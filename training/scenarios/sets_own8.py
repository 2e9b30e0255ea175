"""Multi-report sets written in session 8 (part train3), in wars no other part covers (the
Kyrgyz-Tajik border, Georgia 2008, Sri Lanka 2009, south-eastern Turkey, the West Bank), for three
kinds of error found on the validation and held-out parts and fixed in general:
- a side saying it still holds a place in words that hold words of control ("remains in full
  control", "has not been captured"), opposite another side's capture: disputed;
- a side's own channel naming its own dead as its own ("mourned three of its fighters"), whatever
  roles the readers gave the sides: confirmed;
- a capture, an advance from it told over two days, and the next day's road cut: two events, not
  one chained through the advance;
- a force nobody listed telling in its own voice of "our agents" wounded (added after the fix for
  it, so not blind): confirmed.
Our own words (see README.md); gold statuses by docs/statuses.md. Measured end to end once before
they were used for anything (bench/results/fusion.md, Session 8)."""
from author import C, E, M, R, S

KG, GE, LK, TR, PS, EC = "KG", "GE", "LK", "TR", "PS", "EC"
GUAYAQUIL = ("Guayaquil", -2.19, -79.89, EC, "Guayas")
MAKSAT = ("Maksat", 39.95, 69.92, KG, "Batken")
GORI = ("Gori", 41.98, 44.11, GE, "Shida Kartli")
PARANTHAN = ("Paranthan", 9.44, 80.33, LK, "Northern")
MURIKANDY = ("Murikandy", 9.26, 80.43, LK, "Northern")
SEMDINLI = ("Semdinli", 37.30, 44.57, TR, "Hakkari")
TULKARM = ("Tulkarm", 32.31, 35.03, PS, "West Bank")

SETS = [
    S("kg-maksat-village", "Kyrgyzstan/Tajikistan", "train3",
      "Border fighting over a village: one side's border troops claim it, the other's ministry says it "
      "remains in full control, a wire sets both side by side.",
      {"village": E("Armed clash", "Military Forces of Tajikistan", "Military Forces of Kyrgyzstan", MAKSAT,
                    "2022-09-16", "disputed", "one side says it took the village, the other that it still holds it")},
      [R("Tajik border service", "2022-09-16T07:00:00Z",
         "Tajik border units took control of the village of Maksat after Kyrgyz forces shelled our positions "
         "overnight, the border service said in a statement.",
         [M("village", [C("Tajik border service")], type="Government regains territory")], "official"),
       R("Kyrgyz Defence Ministry", "2022-09-16T09:30:00Z",
         "The ministry said Maksat remains in full control of Kyrgyz border guards and that attempts by Tajik "
         "troops to enter the village were stopped.",
         [M("village", [C("Kyrgyz Defence Ministry")])], "official"),
       R("Reuters", "2022-09-16T13:00:00Z",
         "Dushanbe says its forces seized Maksat, while Bishkek says the village has not been captured and its "
         "guards are still holding their posts.",
         [M("village", [C("Tajik border service", text="Dushanbe says its forces seized Maksat"),
                        C("Kyrgyz Defence Ministry",
                          text="Bishkek says the village has not been captured and its guards are still holding their posts")])])]),
    S("ge-gori-town", "Georgia", "train3",
      "A town the invader says it controls and the defender says is still in its hands; a monitor saw "
      "armoured columns on the road but could not enter.",
      {"town": E("Non-state actor overtakes territory", "Military Forces of Russia", "Military Forces of Georgia", GORI,
                 "2008-08-13", "disputed", "taken by one side's word, held by the other's")},
      [R("Russian Defence Ministry", "2008-08-13T10:00:00Z",
         "Russian units have established control over Gori to secure weapons depots abandoned by the Georgian "
         "army, a deputy chief of the general staff said.",
         [M("town", [C("Russian Defence Ministry")], type="Non-violent transfer of territory")], "official"),
       R("Georgian Interior Ministry", "2008-08-13T11:30:00Z",
         "A spokesman for the Georgian Interior Ministry said Gori had not fallen and remains under the control of "
         "Georgian police, though Russian armour was seen on its outskirts.",
         [M("town", [C("Georgian Interior Ministry")])], "official"),
       R("Associated Press", "2008-08-13T15:00:00Z",
         "An AP reporter on the highway west of Gori saw a column of Russian armoured vehicles heading toward the "
         "town; checkpoints kept journalists out.",
         [M("town", [C("Associated Press")], type="Armed clash")])]),
    S("tr-semdinli-strike", "Turkey", "train3",
      "An air strike told as a boast by the striking ministry, as its own dead by the group's channel, and "
      "passed on by a wire.",
      {"strike": E("Air/drone strike", "Military Forces of Turkey", "Kurdistan Workers' Party", SEMDINLI, "2019-07-22",
                   "confirmed", "the group names the dead as its own")},
      [R("Turkish Defence Ministry", "2019-07-22T08:00:00Z",
         "Air strikes neutralised five terrorists hiding in caves in the Semdinli countryside, the ministry said.",
         [M("strike", [C("Turkish Defence Ministry")], fat=(5, 5, 5))], "official"),
       R("Firat News Agency", "2019-07-22T14:00:00Z",
         "The HPG mourned three of its guerrillas who were killed when Turkish jets bombed positions near Semdinli "
         "on Monday.",
         [M("strike", [C("HPG")], fat=(3, 3, 3), actor1="Kurdistan Workers' Party", actor2=None)], "militant media"),
       R("Agence France-Presse", "2019-07-22T17:00:00Z",
         "Turkey said its jets killed five militants near Semdinli; a pro-PKK agency put the group's dead at three.",
         [M("strike", [C("Turkish Defence Ministry", via=("Agence France-Presse",),
                         text="Turkey said its jets killed five militants near Semdinli"),
                       C("Firat News Agency", via=("Agence France-Presse",),
                         text="a pro-PKK agency put the group's dead at three")], fat=(3, 3, 5))])]),
    S("ps-tulkarm-drone", "West Bank", "train3",
      "A drone strike on a refugee camp: the army's claim of a cell struck, the armed wing mourning two of its "
      "members, the official agency's count, a hospital source.",
      {"strike": E("Air/drone strike", "Military Forces of Israel", "Hamas", TULKARM, "2024-08-27", "confirmed",
                   "the armed wing names the dead as its own members")},
      [R("Israeli military", "2024-08-27T06:00:00Z",
         "An aircraft struck a terrorist cell in the Nur Shams camp near Tulkarm overnight, the military said.",
         [M("strike", [C("Israeli military")], actor2=None)], "official"),
       R("Al-Aqsa TV", "2024-08-27T09:00:00Z",
         "The Al-Qassam Brigades mourned two of their members who were martyred in the drone strike on the Nur Shams "
         "camp in Tulkarm.",
         [M("strike", [C("Al-Qassam Brigades")], fat=(2, 2, 2), actor1="Hamas", actor2=None)], "militant media"),
       R("Wafa", "2024-08-27T10:00:00Z",
         "Two young men were killed and three wounded when an Israeli drone hit a house in the Nur Shams camp, a "
         "medical source told Wafa.",
         [M("strike", [C("a medical source", via=("Wafa",))], fat=(2, 2, 2))], "state media")]),
    S("lk-paranthan-road", "Sri Lanka", "train3",
      "A junction taken one day, an advance from it told over two days, and the next day's cut of the road "
      "into the rebel capital: two events.",
      {"junction": E("Government regains territory", "Military Forces of Sri Lanka", "LTTE: Liberation Tigers of Tamil Eelam",
                     PARANTHAN, "2009-01-01", "corroborated", "the army's claim and a wire's own reporter"),
       "road": E("Armed clash", "Military Forces of Sri Lanka", "LTTE: Liberation Tigers of Tamil Eelam", MURIKANDY,
                 "2009-01-02", "claimed", "only the rebels' website tells the road cut")},
      [R("Sri Lankan Ministry of Defence", "2009-01-01T08:00:00Z",
         "Troops of the 58th Division captured the Paranthan junction on Thursday after heavy fighting, the "
         "ministry said.",
         [M("junction", [C("Sri Lankan Ministry of Defence")])], "official"),
       R("Reuters", "2009-01-01T16:00:00Z",
         "A Reuters reporter travelling with the army saw troops in control of the Paranthan junction on Thursday "
         "evening.",
         [M("junction", [C("Reuters")])]),
       R("Daily Mirror", "2009-01-02T07:00:00Z",
         "After taking Paranthan the army advanced toward Kilinochchi, pushing east along the A9 on Thursday and "
         "Friday, military officials said.",
         [M("junction", [C("military officials", via=("Daily Mirror",))], type="Armed clash", day="2009-01-01")],
         "newspaper"),
       R("TamilNet", "2009-01-02T18:00:00Z",
         "The Tigers said fighting cut the A9 road at Murikandy on Friday, between Paranthan and the south, and "
         "their cadres were holding the line.",
         [M("road", [C("LTTE")])], "militant media")]),
    S("ec-guayaquil-patrol", "Ecuador", "train3",
      "Gunmen fire on a police patrol: the police's own account in the first person, a paper quoting a "
      "commander, residents who heard it.",
      {"patrol": E("Attack", "Unidentified Armed Group (Ecuador)", "Police Forces of Ecuador", GUAYAQUIL,
                   "2024-01-10", "confirmed", "the police tell of their own agents wounded")},
      [R("Policia Nacional del Ecuador", "2024-01-10T05:00:00Z",
         "Two of our agents were wounded when armed men opened fire on our patrol in the south of Guayaquil "
         "overnight; the attackers fled on motorcycles.",
         [M("patrol", [C("Policia Nacional del Ecuador")])], "official"),
       R("El Universo", "2024-01-10T09:00:00Z",
         "Gunmen shot at a police patrol in southern Guayaquil during the night, wounding two officers, a "
         "district commander said.",
         [M("patrol", [C("district commander", via=("El Universo",))])], "newspaper"),
       R("Expreso", "2024-01-10T11:00:00Z",
         "Neighbours in the Guasmo area of Guayaquil said they heard a long burst of gunfire shortly after "
         "midnight.",
         [M("patrol", [C("neighbours in Guasmo", via=("Expreso",))])], "newspaper")]),
]
