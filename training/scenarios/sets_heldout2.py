"""Multi-report sets held out from every change to fusion made before them: written at the end of the
session that last changed matching and statuses, in wars no other set covers (Afghanistan, Colombia,
Armenia/Azerbaijan, Haiti, Pakistan, Cameroon, South Sudan, the Red Sea), and measured once. Our own
words (see README.md); gold statuses by docs/statuses.md as written before these sets."""
from author import C, E, M, R, S

AF, CO, AM, HT, PK, CM, SS, YE = "AF", "CO", "AM", "HT", "PK", "CM", "SS", "YE"
KUNDUZ = ("Kunduz", 36.73, 68.86, AF, "Kunduz")
SUAREZ = ("Suarez", 2.95, -76.69, CO, "Cauca")
SARAVENA = ("Saravena", 6.95, -71.88, CO, "Arauca")
SOTK = ("Sotk", 40.20, 45.93, AM, "Gegharkunik")
PAP = ("Port-au-Prince", 18.54, -72.34, HT, "Ouest")
BANNU = ("Bannu", 32.99, 70.60, PK, "Khyber Pakhtunkhwa")
BAMENDA = ("Bamenda", 5.96, 10.15, CM, "North-West")
NASIR = ("Nasir", 8.60, 33.07, SS, "Upper Nile")
ADEN = ("Aden", 12.78, 45.04, YE, "Aden")

SETS = [
    S("af-kunduz-checkpoint", "Afghanistan", "heldout2",
      "A checkpoint the insurgents say they took and the ministry says held, with a paper relaying both.",
      {"post": E("Non-state actor overtakes territory", "Taliban", "Military Forces of Afghanistan", KUNDUZ,
                 "2021-06-21", "disputed", "opposite claims: taken vs held")},
      [R("Taliban", "2021-06-21T05:00:00Z",
         "The mujahideen of the Islamic Emirate overran the puppet army's checkpoint on the edge of Kunduz city "
         "before dawn and seized its weapons.",
         [M("post", [])], "militant media"),
       R("Afghan Ministry of Defence", "2021-06-21T10:00:00Z",
         "Ministry of Defence spokesman Fawad Aman said the security forces repulsed a Taliban attack on a "
         "checkpoint near Kunduz city and the post remains under their control.",
         [M("post", [C("Afghan Ministry of Defence")], type="Armed clash")], "official"),
       R("Pajhwok Afghan News", "2021-06-21T14:00:00Z",
         "The Taliban claimed to have captured a checkpoint outside Kunduz, while the defence ministry said "
         "its troops had beaten back the assault.",
         [M("post", [C("Taliban", text="The Taliban claimed to have captured a checkpoint outside Kunduz"),
                     C("Afghan Ministry of Defence",
                       text="the defence ministry said its troops had beaten back the assault")])],
         "newspaper")]),
    S("co-suarez-drone", "Colombia", "heldout2",
      "Explosives dropped by a drone on a police station: the police admit their wounded, a paper relays "
      "them, residents describe the blasts.",
      {"drone": E("Air/drone strike", "FARC-EP dissidents", "Police Forces of Colombia", SUAREZ, "2024-05-20",
                  "confirmed", "the police admit their own wounded")},
      [R("Policia Nacional de Colombia", "2024-05-20T15:00:00Z",
         "Two of our officers were wounded when a drone dropped explosives on the police station in Suarez, "
         "Cauca, this morning.",
         [M("drone", [C("Colombian National Police")])], "official"),
       R("El Tiempo", "2024-05-20T17:00:00Z",
         "A drone loaded with explosives struck the police station in Suarez on Monday, wounding two officers, "
         "the National Police said, blaming FARC dissidents.",
         [M("drone", [C("Colombian National Police", via=("El Tiempo",))])], "newspaper"),
       R("Caracol Radio", "2024-05-20T18:30:00Z",
         "Residents of Suarez said they heard two loud explosions near the police station shortly after nine "
         "in the morning.",
         [M("drone", [C("residents of Suarez")])], "newspaper")]),
    S("co-saravena-base", "Colombia", "heldout2",
      "A rebel group claims an attack on an army base, the army denies any attack, the ombudsman reports "
      "explosions at the base.",
      {"base": E("Shelling/artillery/missile attack", "ELN", "Military Forces of Colombia", SARAVENA,
                 "2023-03-29", "disputed", "the army denies; an independent ombudsman reports the blasts")},
      [R("ELN", "2023-03-29T20:00:00Z",
         "Our urban commandos fired rockets at the army battalion in Saravena tonight, causing heavy damage.",
         [M("base", [])], "militant media"),
       R("Colombian Army", "2023-03-30T08:00:00Z",
         "The army denied that its battalion in Saravena had been attacked and called the rebels' statement "
         "a lie.",
         [M("base", [C("Colombian Army", "denies")])], "official"),
       R("Semana", "2023-03-30T11:00:00Z",
         "The ombudsman's office said several explosions were heard inside the army battalion in Saravena on "
         "Wednesday night and that two soldiers were taken to hospital.",
         [M("base", [C("Ombudsman's Office of Colombia", via=("Semana",))])], "newspaper")]),
    S("am-sotk-shelling", "Armenia/Azerbaijan", "heldout2",
      "One side says the other shelled a border village; the other denies; state media and a wire relay.",
      {"shells": E("Shelling/artillery/missile attack", "Military Forces of Azerbaijan", "Civilians", SOTK,
                   "2023-04-11", "denied", "the accused side denies; only the other side's claim")},
      [R("Armenian Ministry of Defence", "2023-04-11T07:00:00Z",
         "Azerbaijani units opened artillery fire on houses in the village of Sotk overnight, the ministry "
         "said.",
         [M("shells", [C("Armenian Ministry of Defence")])], "official"),
       R("Armenpress", "2023-04-11T08:00:00Z",
         "According to the Defence Ministry, Azerbaijani artillery shelled residential areas of Sotk during the "
         "night.",
         [M("shells", [C("Armenian Ministry of Defence", via=("Armenpress",))])], "state media"),
       R("Azerbaijani Ministry of Defence", "2023-04-11T09:30:00Z",
         "The ministry denied that its units had fired on Sotk and called the Armenian statement "
         "disinformation.",
         [M("shells", [C("Azerbaijani Ministry of Defence", "denies")])], "official"),
       R("Reuters", "2023-04-11T12:00:00Z",
         "Armenia accused Azerbaijan of shelling the border village of Sotk, which Baku denied.",
         [M("shells", [C("Armenian government", via=("Reuters",)),
                       C("Azerbaijani government", "denies", via=("Reuters",))])])]),
    S("ht-pap-station", "Haiti", "heldout2",
      "Gangs attack a police station: the gang's video, a paper's reporter at the scene, the UN office.",
      {"station": E("Armed clash", "Viv Ansanm", "Police Forces of Haiti", PAP, "2024-03-03", "corroborated",
                    "the gang, a paper's own reporter and the UN office, none denying")},
      [R("Le Nouvelliste", "2024-03-03T13:00:00Z",
         "Our reporter saw the police station in the Bel Air district of Port-au-Prince in flames after armed "
         "gangs attacked it on Sunday morning.",
         [M("station", [])], "newspaper"),
       R("BINUH", "2024-03-03T19:00:00Z",
         "The UN office in Haiti said gangs attacked a police station in central Port-au-Prince on Sunday and "
         "set it on fire.",
         [M("station", [C("BINUH")])], "monitor"),
       R("Haiti Libre", "2024-03-03T21:00:00Z",
         "In a video posted online, gang leader Jimmy Cherizier said his men had burned the police station "
         "in Port-au-Prince.",
         [M("station", [C("Viv Ansanm", via=("Haiti Libre",))])], "newspaper")]),
    S("pk-bannu-cantonment", "Pakistan", "heldout2",
      "A car bomb at a cantonment: the military's media wing gives its own dead, a paper copies it, the "
      "attackers boast of more.",
      {"bomb": E("Suicide bomb", "Jaish al-Fursan", "Military Forces of Pakistan", BANNU, "2025-03-04",
                 "confirmed", "the military admits its own dead")},
      [R("ISPR", "2025-03-04T18:00:00Z",
         "Five soldiers embraced martyrdom when terrorists rammed an explosives-laden vehicle into the "
         "boundary wall of Bannu cantonment, ISPR said.",
         [M("bomb", [C("ISPR")], fat=(5, 5, 5))], "official"),
       R("Dawn", "2025-03-04T19:00:00Z",
         "Five soldiers were martyred when terrorists rammed an explosives-laden vehicle into the boundary "
         "wall of Bannu cantonment, ISPR said on Tuesday.",
         [M("bomb", [C("ISPR", via=("Dawn",))], fat=(5, 5, 5))], "newspaper"),
       R("Jaish al-Fursan", "2025-03-04T20:00:00Z",
         "Our martyrdom-seekers struck the army cantonment in Bannu and killed dozens of soldiers.",
         [M("bomb", [], fat=(24, 24, None))], "militant media")]),
    S("cm-bamenda-teachers", "Cameroon", "heldout2",
      "Teachers abducted: one outlet's report, a near-copy on another site, a hedged mention.",
      {"abduct": E("Abduction/forced disappearance", "Ambazonian separatists", "Civilians", BAMENDA,
                   "2022-11-08", "claimed", "one origin; the copy counts once; the hedged report never")},
      [R("Mimi Mefo Info", "2022-11-08T10:00:00Z",
         "Separatist fighters abducted five teachers from a secondary school in Bamenda on Tuesday morning, "
         "MMI has learned.",
         [M("abduct", [])], "newspaper"),
       R("Cameroon News Agency", "2022-11-08T12:00:00Z",
         "Separatist fighters abducted five teachers from a secondary school in Bamenda on Tuesday morning, "
         "MMI has learned.",
         [M("abduct", [])], "newspaper"),
       R("Cameroon Concord", "2022-11-08T15:00:00Z",
         "Several teachers have reportedly been kidnapped in Bamenda.",
         [M("abduct", [C("unnamed reports", "uncertain")])], "newspaper")]),
    S("ss-nasir-barracks", "South Sudan", "heldout2",
      "A rebel movement says it overran a garrison; the army denies the town fell; a radio relays both.",
      {"garrison": E("Non-state actor overtakes territory", "SPLA-IO", "Military Forces of South Sudan", NASIR,
                     "2025-03-04", "denied", "the army denies; only the rebels' own claim")},
      [R("SPLA-IO", "2025-03-04T09:00:00Z",
         "SPLA-IO spokesman Lam Paul Gabriel said the movement's forces had overrun the army garrison in Nasir "
         "after heavy fighting.",
         [M("garrison", [C("SPLA-IO")])], "militant media"),
       R("SSPDF", "2025-03-04T13:00:00Z",
         "Army spokesman Lul Ruai Koang denied that the Nasir garrison had fallen to the rebels.",
         [M("garrison", [C("SSPDF", "denies")])], "official"),
       R("Radio Tamazuj", "2025-03-04T16:00:00Z",
         "The SPLA-IO said it captured the army garrison in Nasir, but the army denied the claim.",
         [M("garrison", [C("SPLA-IO", via=("Radio Tamazuj",), text="The SPLA-IO said it captured the army "
                                                                   "garrison in Nasir"),
                         C("SSPDF", "denies", via=("Radio Tamazuj",), text="the army denied the claim")])])]),
    S("ye-aden-ship", "Red Sea", "heldout2",
      "A cargo ship hit off Aden: the attackers' claim, a maritime agency's notice, the US command's "
      "statement.",
      {"ship": E("Shelling/artillery/missile attack", "Houthis", "Civilians", ADEN, "2024-02-19",
                 "corroborated", "the group, a maritime agency and the US command")},
      [R("Al-Masirah", "2024-02-19T10:00:00Z",
         "Military spokesman Yahya Saree said the naval forces targeted a British ship in the Gulf of Aden "
         "with anti-ship missiles, hitting it directly.",
         [M("ship", [C("Houthis")])], "militant media"),
       R("UKMTO", "2024-02-19T11:00:00Z",
         "UKMTO received a report of a vessel hit by a missile 35 nautical miles south of Aden; the crew were "
         "reported safe.",
         [M("ship", [C("UKMTO")])], "monitor"),
       R("US Central Command", "2024-02-19T20:00:00Z",
         "CENTCOM said two anti-ship ballistic missiles fired by the Houthis struck a cargo ship off Aden on "
         "Monday, causing damage.",
         [M("ship", [C("US Central Command")])], "official")]),
]
