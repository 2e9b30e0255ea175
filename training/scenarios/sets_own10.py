"""Multi-report sets written by the fusion helper in session 10 (part train4) for four kinds of error
the blind part heldout5 showed, in wars no other part covers: an outlet withdrawing its own earlier
account (Sinai, with nothing left but the claiming group; northern Kosovo, with two other origins
left), a relief body telling in the first person of what its volunteers did (Casamance), an outlet
describing a group's statement in its own sentence and saying it could not verify it (Cabinda,
southern Tanzania), and one joint command named two ways (northern Paraguay). Training data: measured
once with the code before the fixes, then used to fix those kinds. Our own words (see README.md);
gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

EG, XK, SN, AO, TZ, PY = "EG", "XK", "SN", "AO", "TZ", "PY"
SHEIKH_ZUWEID = ("Sheikh Zuweid", 31.22, 34.11, EG, "North Sinai")
VARAGE = ("Varage", 42.93, 20.73, XK, "Mitrovica")
BAYOTTE = ("Boffa Bayotte", 12.50, -16.37, SN, "Ziguinchor")
NECUTO = ("Necuto", -4.93, 12.62, AO, "Cabinda")
KITAYA = ("Kitaya", -10.63, 40.17, TZ, "Mtwara")
YBY_YAU = ("Yby Yau", -22.97, -56.53, PY, "Concepcion")

SETS = [
    S("eg-zuweid-checkpoint", "Egypt (North Sinai)", "train4",
      "The Islamic State's agency claims a checkpoint attack; an independent site first tells it from its "
      "correspondent, then withdraws that account the next day; a wire relays the group: one origin left.",
      {"checkpoint": E("Attack", "Islamic State", "Military Forces of Egypt", SHEIKH_ZUWEID, "2022-05-09",
                       "claimed", "the site withdrew its own account; only the group is left")},
      [R("Amaq", "2022-05-09T21:00:00Z",
         "Soldiers of the caliphate stormed a checkpoint of the apostate Egyptian army west of Sheikh Zuweid "
         "on Monday evening and killed seven of its members.",
         [M("checkpoint", [C("Amaq")], fat=(7, 7, 7))], "militant media"),
       R("Mada Masr", "2022-05-10T06:00:00Z",
         "A correspondent for Mada Masr in El-Arish saw ambulances leave the army checkpoint on the coastal road "
         "west of Sheikh Zuweid after an hour of gunfire on Monday night.",
         [M("checkpoint", [C("Mada Masr")], actor1=None)], "newspaper"),
       R("Mada Masr", "2022-05-10T20:00:00Z",
         "Mada Masr has taken down its report of an attack on the checkpoint near Sheikh Zuweid: the photographs "
         "that ran with it date from 2017 and we can no longer stand behind the account.",
         [M("checkpoint", [C("Mada Masr", "denies")], actor1=None)], "newspaper"),
       R("Reuters", "2022-05-11T09:00:00Z",
         "Islamic State said its fighters killed seven soldiers at a checkpoint in North Sinai; Egypt's military "
         "spokesman did not respond to a request for comment.",
         [M("checkpoint", [C("Islamic State", via=("Reuters",))], fat=(7, 7, 7), vague="North Sinai")])]),
    S("xk-varage-canal", "Kosovo (north)", "train4",
      "A blast breaches a canal: the police tell it, a regional network's reporter sees the breach, a local "
      "portal tells it and then retracts its own account: two origins stand, nobody denies.",
      {"canal": E("Remote explosive/landmine/IED", None, "Civilians (Kosovo)", VARAGE, "2024-11-29",
                  "corroborated", "the police and BIRN's own reporter; the portal withdrew its own account")},
      [R("Kosovo Police", "2024-11-29T23:00:00Z",
         "An explosive device damaged the Ibar-Lepenac canal at Varage in Zubin Potok on Friday evening, cutting "
         "water to several towns, the police said.",
         [M("canal", [C("Kosovo Police")])], "official"),
       R("Kossev", "2024-11-30T07:00:00Z",
         "Kossev's reporter at Varage saw a second crater on the road above the canal, next to the breach.",
         [M("canal", [C("Kossev")])], "newspaper"),
       R("Balkan Insight", "2024-11-30T10:00:00Z",
         "Water was still pouring through a gap in the wall of the canal at Varage on Saturday morning, BIRN's "
         "reporter at the site saw.",
         [M("canal", [C("Balkan Insight")])], "newspaper"),
       R("Kossev", "2024-11-30T15:00:00Z",
         "Correction: Kossev retracts this morning's report of a second crater at Varage. The reporter had seen "
         "roadworks, and the portal withdraws the account.",
         [M("canal", [C("Kossev", "denies")])], "newspaper")]),
    S("sn-bayotte-forest", "Senegal (Casamance)", "train4",
      "Gunmen kill woodcutters in a forest: the army tells it through the state agency, the national Red "
      "Cross says its volunteers carried the bodies out: two origins, none a party.",
      {"forest": E("Attack", "Unidentified Armed Group (Senegal)", "Civilians (Senegal)", BAYOTTE, "2018-01-06",
                   "corroborated", "the army and the Red Cross; the Red Cross speaks of its volunteers, not fighters")},
      [R("Senegalese army", "2018-01-06T20:00:00Z",
         "Armed men shot dead thirteen young men who were cutting wood in the Bayotte forest near Ziguinchor on "
         "Saturday, the army's information office said.",
         [M("forest", [C("Senegalese army")], fat=(13, 13, 13))], "official"),
       R("Agence de Presse Senegalaise", "2018-01-07T08:00:00Z",
         "The army said troops were combing the Bayotte forest for the gunmen who killed thirteen woodcutters.",
         [M("forest", [C("Senegalese army", via=("Agence de Presse Senegalaise",))], fat=(13, 13, 13))],
         "state media"),
       R("Senegalese Red Cross", "2018-01-07T11:00:00Z",
         "Our teams brought thirteen bodies out of the Bayotte forest and our volunteers took nine wounded men "
         "to the regional hospital in Ziguinchor.",
         [M("forest", [C("Senegalese Red Cross")], fat=(13, 13, 13), actor1=None)], "monitor")]),
    S("ao-necuto-post", "Angola (Cabinda)", "train4",
      "A separatist group says it attacked an army post; a wire quotes its statement, a second wire describes "
      "it and cannot verify it; the armed forces deny: denied.",
      {"post": E("Attack", "FLEC-FAC", "Military Forces of Angola", NECUTO, "2023-09-12", "denied",
                 "the armed forces deny; only the group and two wires describing its statement")},
      [R("Agence France-Presse", "2023-09-13T09:00:00Z",
         "FLEC-FAC said in a statement seen by AFP that its fighters killed eight Angolan soldiers in an attack "
         "on an army post at Necuto, in the Cabinda enclave, on Tuesday.",
         [M("post", [C("FLEC-FAC", via=("Agence France-Presse",))], fat=(8, 8, 8))]),
       R("Lusa", "2023-09-13T13:00:00Z",
         "The separatist communique, e-mailed to newsrooms in Lisbon, describes an ambush on soldiers at Necuto "
         "in northern Cabinda; its account could not be verified.",
         [M("post", [C("FLEC-FAC", via=("Lusa",))])]),
       R("Angolan Armed Forces", "2023-09-13T18:00:00Z",
         "The general staff of the Angolan Armed Forces denies that any unit was attacked at Necuto and calls "
         "the separatists' communique an invention.",
         [M("post", [C("Angolan Armed Forces", "denies")], actor1=None)], "official")]),
    S("tz-kitaya-village", "Tanzania (Mtwara)", "train4",
      "A jihadist agency claims a raid over the border; two wires describe the claim, one quoting it, one "
      "saying it could not check it; nobody else speaks: one origin.",
      {"village": E("Attack", "Islamic State", "Civilians (Tanzania)", KITAYA, "2020-10-14", "claimed",
                    "the group's own agency, described twice; nobody else")},
      [R("Amaq", "2020-10-15T16:00:00Z",
         "Soldiers of the caliphate raided the village of Kitaya in the Mtwara region of Tanzania and set fire "
         "to houses and an army vehicle.",
         [M("village", [C("Amaq")])], "militant media"),
       R("Reuters", "2020-10-16T07:00:00Z",
         "The claim, posted by the group's Amaq agency and seen by Reuters, tells of fighters burning homes in "
         "Kitaya on the Tanzanian side of the Ruvuma river; Reuters was unable to verify it.",
         [M("village", [C("Amaq", via=("Reuters",))])]),
       R("Deutsche Presse-Agentur", "2020-10-16T11:00:00Z",
         "According to a statement attributed to Islamic State, its men attacked Kitaya village in southern "
         "Tanzania on Wednesday.",
         [M("village", [C("Islamic State", via=("Deutsche Presse-Agentur",))])])]),
    S("py-ybyyau-patrol", "Paraguay", "train4",
      "Guerrillas ambush a patrol: the joint task force admits two soldiers dead, a paper gives the same "
      "command under its Spanish name, another carries the guerrillas' pamphlet: confirmed, one state origin.",
      {"patrol": E("Attack", "EPP: Paraguayan People's Army", "Military Forces of Paraguay", YBY_YAU,
                   "2021-07-18", "confirmed", "the joint command admits two of its soldiers dead")},
      [R("Joint Task Force", "2021-07-18T22:00:00Z",
         "Two soldiers of the Joint Task Force were killed and one wounded when guerrillas ambushed their patrol "
         "on a ranch road near Yby Yau on Sunday, the command said.",
         [M("patrol", [C("Joint Task Force", "confirms")], fat=(2, 2, 2))], "official"),
       R("ABC Color", "2021-07-19T08:00:00Z",
         "The Fuerza de Tarea Conjunta, the army, navy and police command that hunts the EPP in the north, "
         "confirmed the deaths of two of its men near Yby Yau.",
         [M("patrol", [C("Fuerza de Tarea Conjunta", "confirms", via=("ABC Color",))], fat=(2, 2, 2))],
         "newspaper"),
       R("Ultima Hora", "2021-07-19T15:00:00Z",
         "A pamphlet signed by the EPP and left at a farm near Yby Yau says its column attacked the patrol "
         "as a warning to ranchers.",
         [M("patrol", [C("EPP", via=("Ultima Hora",))])], "newspaper")]),
]
