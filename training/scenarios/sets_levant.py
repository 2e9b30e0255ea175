"""Multi-report sets, Syria, Gaza and Yemen: written by us, in our own words (see README.md)."""
from author import C, E, M, R, S

SY, PS, YE = "SY", "PS", "YE"
SYA, RUS, IS_ = "Military Forces of Syria", "Military Forces of Russia", "Islamic State"
ISR, HAMAS = "Military Forces of Israel", "Hamas"
PALMYRA = ("Palmyra", 34.56, 38.27, SY, "Homs")
KUWEIRES = ("Kuweires air base", 36.19, 37.58, SY, "Aleppo")
MAYADIN = ("Mayadin", 35.02, 40.45, SY, "Deir ez-Zor")
BAYARAT = ("al-Bayarat", 34.55, 38.45, SY, "Homs")
SARAQIB = ("Saraqib", 35.86, 36.80, SY, "Idlib")
TAL_ABYAD = ("Tal Abyad", 36.70, 38.95, SY, "Raqqa")
UM_ASHBA = ("Um Ashba", 36.66, 38.83, SY, "Raqqa")
KAFR_NABL = ("Kafr Nabl", 35.61, 36.56, SY, "Idlib")
JABALIA = ("Jabalia", 31.53, 34.48, PS, "North Gaza")
NUSEIRAT = ("Nuseirat", 31.45, 34.39, PS, "Deir al-Balah")
RAFAH = ("Rafah", 31.30, 34.25, PS, "Rafah")
KHAN_YOUNIS = ("Khan Younis", 31.35, 34.30, PS, "Khan Younis")
DEIR_BALAH = ("Deir al-Balah", 31.42, 34.35, PS, "Deir al-Balah")
MARIB = ("Marib", 15.46, 45.32, YE, "Marib")
HODEIDAH = ("Hodeidah", 14.80, 42.95, YE, "Al Hudaydah")
TAIZ = ("Taiz", 13.58, 44.02, YE, "Taiz")

SETS = [
    S("sy-palmyra-checkpoint", "Syria", "train",
      "An Islamic State raid on an army checkpoint: a monitor, the group's agency (relayed by a wire), and "
      "the army admitting its own dead, each with its own toll.",
      {"raid": E("Armed clash", IS_, SYA, PALMYRA, "2017-03-06", "confirmed",
                 "the army (the side that lost men) admits two soldiers killed")},
      [R("Syrian Observatory for Human Rights", "2017-03-06T09:10:00Z",
         "Islamic State fighters stormed an army checkpoint on the road west of Palmyra before dawn, "
         "killing four soldiers, the Syrian Observatory for Human Rights said.",
         [M("raid", [C("Syrian Observatory for Human Rights")], fat=(4, 4, 4))], "monitor"),
       R("Associated Press", "2017-03-06T11:40:00Z",
         "The extremists' Amaq news agency said the group's fighters killed nine soldiers at a checkpoint "
         "near Palmyra, the Associated Press reported. The claim could not be independently verified.",
         [M("raid", [C("Amaq", via=("Associated Press",))], fat=(9, 9, 9))]),
       R("SANA", "2017-03-06T13:00:00Z",
         "Army units repelled a terrorist attack on a checkpoint near Palmyra at dawn; two soldiers were "
         "martyred and several attackers were killed, a military source said.",
         [M("raid", [C("Syrian military source", via=("SANA",))], fat=(2, 2, 2))], "state media"),
       R("The Levant Daily", "2017-03-06T16:20:00Z",
         "Four soldiers died when Islamic State gunmen overran a checkpoint outside Palmyra early on Monday, "
         "according to the Syrian Observatory for Human Rights, while state media put the army's loss at two.",
         [M("raid", [C("Syrian Observatory for Human Rights", via=("The Levant Daily",),
                       text="Four soldiers died when Islamic State gunmen overran a checkpoint outside Palmyra"),
                     C("Syrian state media", via=("The Levant Daily",), text="state media put the army's loss at two")],
            fat=(4, 2, 4))])]),
    S("sy-kuweires-helicopter", "Syria", "train",
      "A helicopter downed or crashed near Kuweires: a rebel coalition's channel and its commander (one "
      "origin), a relay, and the government side admitting the loss while blaming a fault.",
      {"heli": E("Armed clash", "Jaysh al-Fatah", SYA, KUWEIRES, "2016-05-15", "confirmed",
                 "the government side admits its helicopter was lost")},
      [R("Jaysh al-Fatah", "2016-05-15T13:05:00Z",
         "Our air defence units brought down a regime helicopter near the Kuweires military airport this "
         "afternoon; both pilots were killed.",
         [M("heli", [], fat=(2, 2, 2))], "militant media"),
       R("Levant Live", "2016-05-15T14:30:00Z",
         "A commander of Jaysh al-Fatah told Levant Live his fighters shot down the helicopter with a "
         "heavy machine gun as it circled Kuweires.",
         [M("heli", [C("a commander of Jaysh al-Fatah")])], "live blog"),
       R("Al-Masdar News", "2016-05-15T15:10:00Z",
         "A Syrian Air Force Mi-8 crashed near Kuweires air base on Sunday afternoon, a military source "
         "told Al-Masdar News, blaming a technical fault. The fate of its two pilots is unknown.",
         [M("heli", [C("Syrian military source", via=("Al-Masdar News",))])], "newspaper"),
       R("The Interpreter", "2016-05-15T18:00:00Z",
         "A rebel faction, Jaysh al-Fatah, says it downed a government helicopter near Kuweires; the "
         "pro-government Al-Masdar reports that the aircraft was lost to a mechanical failure.",
         [M("heli", [C("rebel faction, Jaysh al-Fatah",
                       text="A rebel faction, Jaysh al-Fatah, says it downed a government helicopter near Kuweires"),
                     C("Al-Masdar News", text="the pro-government Al-Masdar reports that the aircraft was lost")])])]),
    S("sy-mayadin-market", "Syria", "train",
      "Air strikes on a market: the monitor's toll and the militants' higher one, a wire story and its "
      "near-copy, and the accused ministry's denial with no event of its own.",
      {"market": E("Air/drone strike", RUS, "Civilians", MAYADIN, "2016-05-14", "disputed",
                   "the ministry denies; an independent monitor reports the strike")},
      [R("Syrian Observatory for Human Rights", "2016-05-14T12:00:00Z",
         "The Observatory documented the deaths of at least 11 civilians in air strikes on the crowded "
         "market of al-Mayadin on Saturday and could not say whose aircraft carried them out.",
         [M("market", [C("Syrian Observatory for Human Rights")], fat=(11, 11, None), actor1=None)], "monitor"),
       R("Amaq", "2016-05-14T12:40:00Z",
         "Seventeen Muslims were martyred when Crusader Russian jets bombed the vegetable market in al-Mayadin "
         "this morning.",
         [M("market", [], fat=(17, 17, 17), vague="Deir ez-Zor province")], "militant media"),
       R("Reuters", "2016-05-14T14:20:00Z",
         "Air strikes on a market in the eastern Syrian town of al-Mayadin killed at least 11 civilians on "
         "Saturday, the Syrian Observatory for Human Rights said. Islamic State's Amaq agency put the dead "
         "at 17 and blamed Russian jets.",
         [M("market", [C("Syrian Observatory for Human Rights", via=("Reuters",),
                         text="Air strikes on a market in the eastern Syrian town of al-Mayadin killed at least 11 civilians on Saturday"),
                       C("Amaq", via=("Reuters",), text="Islamic State's Amaq agency put the dead at 17 and blamed Russian jets.")],
            fat=(11, 11, 17))]),
       R("The Levant Daily", "2016-05-14T15:05:00Z",
         "Air strikes on a market in the eastern Syrian town of al-Mayadin killed at least 11 civilians on "
         "Saturday, the Syrian Observatory for Human Rights said. Amaq put the dead at 17 and blamed Russia.",
         [M("market", [C("Syrian Observatory for Human Rights", via=("The Levant Daily",),
                         text="Air strikes on a market in the eastern Syrian town of al-Mayadin killed at least 11 civilians on Saturday"),
                       C("Amaq", via=("The Levant Daily",), text="Amaq put the dead at 17 and blamed Russia.")],
            fat=(11, 11, 17))], "newspaper"),
       R("Russian Ministry of Defence", "2016-05-14T17:30:00Z",
         "The Russian Ministry of Defence denied that its aircraft carried out any strikes on al-Mayadin on "
         "Saturday and called the reports a fabrication.",
         [M("market", [C("Russian Ministry of Defence", "denies")])], "official")]),
    S("sy-bayarat-village", "Syria", "train",
      "A village retaken, or not: state media and the monitor say government forces entered it; the "
      "militants' agency denies it and says its men still hold the village.",
      {"village": E("Government regains territory", SYA, IS_, BAYARAT, "2016-05-15", "disputed",
                    "Amaq denies; the monitor, independent of the sides, reports the entry")},
      [R("SANA", "2016-05-15T09:30:00Z",
         "Army units restored security to the village of al-Bayarat east of Palmyra after eliminating the "
         "last terrorists holed up there, a military source said.",
         [M("village", [C("Syrian military source", via=("SANA",))])], "state media"),
       R("Syrian Observatory for Human Rights", "2016-05-15T10:30:00Z",
         "Government forces and allied militias entered al-Bayarat on Sunday morning after Islamic State "
         "fighters pulled back towards the desert; three soldiers were killed by mines on the approach.",
         [M("village", [C("Syrian Observatory for Human Rights")], type="Non-violent transfer of territory",
            fat=(3, 3, 3))], "monitor"),
       R("Amaq", "2016-05-15T12:00:00Z",
         "Amaq denied that regime forces had taken al-Bayarat, saying the group's fighters still held the "
         "village and had destroyed two tanks on its western edge.",
         [M("village", [C("Amaq", "denies")], type="Armed clash")], "militant media"),
       R("The Interpreter", "2016-05-15T15:00:00Z",
         "Syrian state media says the army has retaken al-Bayarat, a village some 20 km east of Palmyra, "
         "which the Observatory also reports; ISIS's Amaq insists the fight goes on.",
         [M("village", [C("Syrian state media", text="Syrian state media says the army has retaken al-Bayarat"),
                        C("Syrian Observatory for Human Rights", text="which the Observatory also reports"),
                        C("Amaq", "denies", text="ISIS's Amaq insists the fight goes on")])])]),
    S("sy-saraqib-jet", "Syria", "train",
      "A jet the rebels say they downed and the army says was never lost: the claim, its relays, the "
      "denial; nothing independent.",
      {"jet": E("Armed clash", "Hayat Tahrir al-Sham", SYA, SARAQIB, "2020-02-11", "denied",
                "the army denies; only the claiming side and its relays stand behind it")},
      [R("Ebaa", "2020-02-11T08:15:00Z",
         "The mujahideen downed a regime warplane over Saraqib at first light with an anti-aircraft missile.",
         [M("jet", [])], "militant media"),
       R("Anadolu Agency", "2020-02-11T09:40:00Z",
         "Hayat Tahrir al-Sham said on its Ebaa channel that it shot down a Syrian government jet near "
         "Saraqib, Anadolu reported; there was no word from Damascus.",
         [M("jet", [C("Hayat Tahrir al-Sham", via=("Ebaa", "Anadolu Agency"))])]),
       R("SANA", "2020-02-11T12:00:00Z",
         "A military source denied that any Syrian aircraft had been lost over Idlib province and said "
         "terrorist claims of a downed jet were baseless.",
         [M("jet", [C("Syrian military source", "denies", via=("SANA",))], vague="Idlib province")], "state media"),
       R("Al-Masdar News", "2020-02-11T13:30:00Z",
         "According to an army source, no warplane was shot down near Saraqib; the source called the "
         "militants' video fabricated.",
         [M("jet", [C("Syrian army", "denies", via=("Al-Masdar News",))])], "newspaper")]),
    S("sy-tal-abyad-two-events", "Syria", "train",
      "Two events near Tal Abyad on one day: a drone strike on a Kurdish-led forces' vehicle that the "
      "victims' own agency reports, and a clash only that agency tells.",
      {"drone": E("Air/drone strike", "Military Forces of Turkey", "Syrian Democratic Forces", TAL_ABYAD,
                  "2021-08-19", "confirmed", "the side that lost men (SDF, through its agency) says so"),
       "clash": E("Armed clash", "Syrian rebels", "Syrian Democratic Forces", UM_ASHBA, "2021-08-19",
                  "claimed", "one origin")},
      [R("Hawar News Agency", "2021-08-19T10:00:00Z",
         "A Turkish drone struck a military vehicle on the road east of Tal Abyad this morning, killing three "
         "SDF fighters. In the evening, our forces repelled an attack by Turkish-backed factions on the "
         "village of Um Ashba.",
         [M("drone", [], fat=(3, 3, 3),
            text="A Turkish drone struck a military vehicle on the road east of Tal Abyad this morning, killing three SDF fighters."),
          M("clash", [], text="In the evening, our forces repelled an attack by Turkish-backed factions on the village of Um Ashba.")],
         "militant media"),
       R("Syrian Observatory for Human Rights", "2021-08-19T12:30:00Z",
         "Three members of the Syrian Democratic Forces were killed when a Turkish drone hit their car near "
         "Tal Abyad on Thursday morning.",
         [M("drone", [C("Syrian Observatory for Human Rights")], fat=(3, 3, 3))], "monitor"),
       R("Anadolu Agency", "2021-08-19T15:00:00Z",
         "Turkish forces neutralised three terrorists in a targeted operation in the Tal Abyad area, the "
         "Turkish Defence Ministry said.",
         [M("drone", [C("Turkish Defence Ministry", via=("Anadolu Agency",))], fat=(3, 3, 3))], "state media")]),
    S("sy-kafr-nabl-protests", "Syria", "train",
      "A Friday protest told by a monitor, activists and a wire's own reporter (with a near-copy), and "
      "a smaller one on the Saturday that only activists report.",
      {"friday": E("Peaceful protest", "Protesters", None, KAFR_NABL, "2019-06-14", "corroborated",
                   "three independent origins"),
       "saturday": E("Peaceful protest", "Protesters", None, KAFR_NABL, "2019-06-15", "claimed", "one origin")},
      [R("Syrian Observatory for Human Rights", "2019-06-14T14:00:00Z",
         "Hundreds of people demonstrated in Kafr Nabl after Friday prayers against the bombardment of "
         "southern Idlib.",
         [M("friday", [C("Syrian Observatory for Human Rights")])], "monitor"),
       R("Reuters", "2019-06-14T16:00:00Z",
         "Several hundred protesters marched through Kafr Nabl after Friday prayers, waving banners against "
         "the air raids, a Reuters witness said.",
         [M("friday", [])]),
       R("The Valley Courier", "2019-06-14T16:45:00Z",
         "Several hundred protesters marched through Kafr Nabl after Friday prayers, waving banners against "
         "the air raids, a Reuters witness said.",
         [M("friday", [])], "newspaper"),
       R("Local Coordination Committees", "2019-06-15T18:00:00Z",
         "Residents of Kafr Nabl came out on Friday in a large march. On Saturday evening a smaller crowd "
         "gathered again in the town square to mourn the dead of the week's raids.",
         [M("friday", [C("Local Coordination Committees")], text="Residents of Kafr Nabl came out on Friday in a large march."),
          M("saturday", [C("Local Coordination Committees")],
            text="On Saturday evening a smaller crowd gathered again in the town square to mourn the dead of the week's raids.")],
         "monitor")]),
    S("gz-jabalia-house", "Gaza", "train",
      "A strike on a house: the health ministry's toll, the rescuers' count, a wire's own reporter, and "
      "the army's account of its target.",
      {"house": E("Air/drone strike", ISR, "Civilians", JABALIA, "2023-11-22", "corroborated",
                  "several independent origins; the army's statement is its own claim")},
      [R("Gaza Health Ministry", "2023-11-22T07:30:00Z",
         "Twelve people, most of them from one family, were killed when an Israeli strike flattened a house "
         "in Jabalia overnight, the health ministry in Gaza said.",
         [M("house", [C("Gaza Health Ministry")], fat=(12, 12, 12))], "official"),
       R("Palestine Red Crescent Society", "2023-11-22T09:00:00Z",
         "Our crews recovered nine bodies from the rubble of a bombed home in Jabalia camp and are still "
         "searching for others.",
         [M("house", [], fat=(9, 9, 9))], "monitor"),
       R("Associated Press", "2023-11-22T10:15:00Z",
         "An AP journalist at the scene in Jabalia saw neighbours pulling bodies from a collapsed three-storey "
         "house after an overnight air strike.",
         [M("house", [])]),
       R("The Times of Israel", "2023-11-22T12:00:00Z",
         "The Israeli military said its jets struck a Hamas commander's position in northern Gaza overnight.",
         [M("house", [C("Israeli military", via=("The Times of Israel",))], vague="North Gaza", actor2=HAMAS)],
         "newspaper")]),
    S("gz-nuseirat-clinic", "Gaza", "train",
      "A blast at a clinic: the ministry blames an Israeli strike, the army denies striking it, and the "
      "wires say they cannot verify either account.",
      {"clinic": E("Air/drone strike", ISR, "Civilians", NUSEIRAT, "2024-01-08", "denied",
                   "the army denies; only the ministry (the other side) asserts it, the wires are hedged")},
      [R("Gaza Health Ministry", "2024-01-08T10:00:00Z",
         "An Israeli strike on the courtyard of a clinic in Nuseirat killed 14 displaced people, the ministry said.",
         [M("clinic", [C("Gaza Health Ministry")], fat=(14, 14, 14))], "official"),
       R("Israeli military", "2024-01-08T14:00:00Z",
         "The military denied striking the clinic in Nuseirat and said initial checks pointed to a rocket "
         "that fell short.",
         [M("clinic", [C("Israeli military", "denies")])], "official"),
       R("Agence France-Presse", "2024-01-08T15:20:00Z",
         "The blast at the Nuseirat clinic was reportedly caused by an air strike, though AFP could not "
         "independently confirm the cause or the toll.",
         [M("clinic", [C("unnamed reports", "uncertain", via=("Agence France-Presse",))])])]),
    S("gz-rafah-tank", "Gaza", "train",
      "A tank hit in Rafah: the armed wing's claim, the army's admission of its dead soldiers, and a "
      "newspaper relaying the army.",
      {"tank": E("Armed clash", HAMAS, ISR, RAFAH, "2024-06-11", "confirmed",
                 "the army admits two soldiers killed")},
      [R("Al-Qassam Brigades", "2024-06-11T09:00:00Z",
         "Our fighters destroyed a Merkava tank with a Yassin-105 shell east of Rafah, killing its crew.",
         [M("tank", [])], "militant media"),
       R("Israeli military", "2024-06-11T18:00:00Z",
         "Two soldiers were killed in combat in the southern Gaza Strip when an anti-tank missile hit their "
         "tank near Rafah, the military announced.",
         [M("tank", [C("Israeli military")], fat=(2, 2, 2))], "official"),
       R("The Times of Israel", "2024-06-11T18:40:00Z",
         "The IDF named two soldiers killed when their tank was struck by an anti-tank missile in Rafah.",
         [M("tank", [C("IDF", via=("The Times of Israel",))], fat=(2, 2, 2))], "newspaper")]),
    S("gz-khan-younis-quarter", "Gaza", "train",
      "A quarter the army says it controls and the armed wing says it is still fighting in.",
      {"quarter": E("Non-state actor overtakes territory", ISR, HAMAS, KHAN_YOUNIS, "2024-01-24", "disputed",
                    "opposite claims about who holds the quarter")},
      [R("Israeli military", "2024-01-24T08:00:00Z",
         "Troops have taken operational control of the al-Amal quarter of Khan Younis after two days of "
         "fighting, the military said.",
         [M("quarter", [C("Israeli military")])], "official"),
       R("Al-Aqsa TV", "2024-01-24T10:30:00Z",
         "Qassam fighters are still engaging the occupation forces in al-Amal and have pushed them back "
         "from the hospital's walls.",
         [M("quarter", [C("Al-Qassam Brigades", via=("Al-Aqsa TV",))], type="Armed clash")], "militant media"),
       R("Al Jazeera", "2024-01-24T13:00:00Z",
         "Israel says it controls al-Amal in Khan Younis, but Hamas's armed wing says fierce fighting "
         "continues in the quarter.",
         [M("quarter", [C("Israeli military", text="Israel says it controls al-Amal in Khan Younis"),
                        C("Al-Qassam Brigades", text="Hamas's armed wing says fierce fighting continues in the quarter")])])]),
    S("gz-deir-balah-convoy", "Gaza", "train",
      "An aid convoy looted: unnamed sources, one named UN statement, and a newspaper copying it.",
      {"convoy": E("Looting/property destruction", "Unidentified Armed Group (Palestine)", "Civilians",
                   DEIR_BALAH, "2024-03-02", "claimed", "one named origin; unnamed reports never count")},
      [R("Gaza Now", "2024-03-02T11:00:00Z",
         "Sources say armed men looted several aid lorries on the coastal road near Deir al-Balah this morning.",
         [M("convoy", [C("sources", "uncertain")])], "live blog"),
       R("United Nations", "2024-03-02T16:00:00Z",
         "The UN said eleven of its trucks carrying flour were stopped and emptied by armed men near Deir "
         "al-Balah on Saturday morning.",
         [M("convoy", [C("United Nations")])], "monitor"),
       R("Middle East Eye", "2024-03-02T17:30:00Z",
         "The UN said eleven of its trucks carrying flour were stopped and emptied by armed men near Deir "
         "al-Balah on Saturday morning.",
         [M("convoy", [C("United Nations", via=("Middle East Eye",))])], "newspaper")]),
    S("ye-marib-drones", "Yemen", "validation",
      "Drones the Houthis say hit army positions and the government says were shot down short of them.",
      {"drones": E("Air/drone strike", "Houthis", "Military Forces of Yemen", MARIB, "2021-04-03", "denied",
                   "the army denies any hit; only the Houthis and their relays claim it")},
      [R("Al-Masirah", "2021-04-03T07:00:00Z",
         "Yahya Saree said the drone force struck gatherings of the aggression's mercenaries west of Marib "
         "city, causing heavy losses.",
         [M("drones", [C("Yahya Saree", via=("Al-Masirah",))])], "militant media"),
       R("Saba News Agency", "2021-04-03T08:10:00Z",
         "The armed forces spokesman announced successful drone operations against mercenary positions west "
         "of Marib.",
         [M("drones", [C("Houthi military spokesman", via=("Saba",))])], "militant media"),
       R("Yemeni government", "2021-04-03T12:00:00Z",
         "The army denied that Houthi drones had hit any of its positions around Marib, saying air defences "
         "downed all three before they reached the front.",
         [M("drones", [C("Yemeni army", "denies")])], "official")]),
    S("ye-hodeidah-port", "Yemen", "validation",
      "Strikes on Hodeidah port: the striking side's statement, the Houthis' own channel admitting the "
      "strikes and their dead, and a copy.",
      {"port": E("Air/drone strike", "Military Forces of the United States", "Houthis", HODEIDAH, "2024-01-12",
                 "confirmed", "the side struck confirms the strikes and its dead")},
      [R("Pentagon", "2024-01-12T02:30:00Z",
         "US Central Command said its forces struck radar and launch sites used by the Houthis around the "
         "port of Hodeidah.",
         [M("port", [C("US Central Command")])], "official"),
       R("Al-Masirah", "2024-01-12T05:00:00Z",
         "American and British aircraft carried out raids on the port of Hodeidah at dawn, killing three of "
         "our forces, the Houthis' military spokesman said.",
         [M("port", [C("Houthi military spokesman", via=("Al-Masirah",))], fat=(3, 3, 3))], "militant media"),
       R("Asharq Al-Awsat", "2024-01-12T08:00:00Z",
         "American and British aircraft carried out raids on the port of Hodeidah at dawn, killing three of "
         "their forces, the Houthis' military spokesman said.",
         [M("port", [C("Houthi military spokesman", via=("Asharq Al-Awsat",))], fat=(3, 3, 3))], "newspaper")]),
    S("ye-taiz-shelling", "Yemen", "validation",
      "Shells on a Taiz neighbourhood: the UN's count, the government blaming the Houthis, the Houthis "
      "denying.",
      {"shells": E("Shelling/artillery/missile attack", "Houthis", "Civilians", TAIZ, "2022-07-23", "disputed",
                   "the Houthis deny; the UN, independent, reports the shelling")},
      [R("United Nations", "2022-07-23T15:00:00Z",
         "UNICEF said two children were killed and eleven hurt when shells landed in a residential "
         "neighbourhood of Taiz on Saturday.",
         [M("shells", [C("UNICEF")], fat=(2, 2, 2), actor1=None)], "monitor"),
       R("Yemeni government", "2022-07-23T16:30:00Z",
         "The information minister accused the Houthi militia of shelling al-Zaid neighbourhood in Taiz, "
         "killing two children.",
         [M("shells", [C("Yemeni government")], fat=(2, 2, 2))], "official"),
       R("Al-Masirah", "2022-07-23T19:00:00Z",
         "A military source denied that the army and popular committees had fired on any neighbourhood of "
         "Taiz and blamed the mercenaries.",
         [M("shells", [C("Houthi military", "denies", via=("Al-Masirah",))])], "militant media")]),
]
