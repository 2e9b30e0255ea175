"""Multi-report sets written by the fusion helper at the end of session 13's fusion round (issue #15 items
3-4), after that round's changes, at places and in wars no other set uses at those places. One part,
heldout12, kept blind: the desk is NOT run on it by the helper that wrote it; the lead measures it once on
the final merged code (bench/status_bench.py --part heldout12).

- Niger (Tera: the army's communique counts its own dead, the state television relays it, the Islamic
  State's agency claims more, a site's follow-up says the toll has risen: confirmed).
- Pakistan (Lakki Marwat: a faction named after its leader claims killing police at a station, a paper
  relays it, police officials say they are looking into it, a wire relays it too: claimed).
- Iraq (Tuz Khurmatu: the Islamic State's weekly claims a bomb on a PMF vehicle, the PMF's own statement
  says no vehicle was hit, the state agency passes the denial on: denied).
- DR Congo (Lubero: ADF raiders kill villagers; a civil-society leader, the UN mission and the army's
  sector spokesman tell it with tolls that rise; a radio copies the army: corroborated).
- Burkina Faso (Nouna: JNIM's channel says it took the army post, the government's information agency
  says the post held and the attackers were driven back, a radio gives both: disputed).
- Lebanon (Jezzine: an Israeli drone hits a car; the Israeli army says it killed a Hezbollah operative, the
  state agency tells a strike that killed a man, a paper gives both: corroborated).
- Philippines (Butig: the army's brigade says it killed five Dawlah Islamiyah fighters, the state agency
  and a paper pass its word on: claimed).
- India (Sukma: Maoists blow up a police vehicle; the state police count two of their men killed, a wire
  and a paper relay the police, the Maoists' committee claims it later: confirmed).
- Ethiopia (Nekemte: the OLA says it overran a military camp, the government's communication service
  calls the reports fabricated, a site relays the OLA, a wire gives both: denied).
- Haiti (Lascahobas: the Viv Ansanm coalition says it took the town, the national police say fighting goes
  on and the town is not lost, a rights group's own monitors saw the gangs in the centre, a radio gives
  both: disputed).

Our own words (see README.md); gold statuses by docs/statuses.md as it reads at session 13's end."""
from author import C, E, M, R, S

NE, PK, IQ, CD, BF, LB, PH, IN, ET, HT = "NE", "PK", "IQ", "CD", "BF", "LB", "PH", "IN", "ET", "HT"
TERA = ("Tera", 14.01, 0.75, NE, "Tillaberi")
LAKKI = ("Lakki Marwat", 32.61, 70.91, PK, "Khyber Pakhtunkhwa")
TUZ = ("Tuz Khurmatu", 34.89, 44.63, IQ, "Salah Al-Din")
LUBERO = ("Lubero", -0.16, 29.24, CD, "North Kivu")
NOUNA = ("Nouna", 12.73, -3.86, BF, "Boucle du Mouhoun")
JEZZINE = ("Jezzine", 33.54, 35.58, LB, "South Lebanon")
BUTIG = ("Butig", 7.72, 124.30, PH, "Lanao del Sur")
SUKMA = ("Sukma", 18.39, 81.66, IN, "Chhattisgarh")
NEKEMTE = ("Nekemte", 9.08, 36.55, ET, "Oromia")
LASCAHOBAS = ("Lascahobas", 18.83, -71.94, HT, "Centre")

PART = "heldout12"

SETS = [
    S("ne-tera-convoy", "Niger (Tillaberi)", PART,
      "Jihadists ambush an army convoy near Tera: the army's communique counts twelve soldiers killed, the "
      "state television relays it, the Islamic State's agency claims twenty, a site's follow-up says the "
      "army's toll has risen to fourteen: confirmed (the army tells its own dead).",
      {"convoy": E("Attack", "Islamic State Sahel", "Military Forces of Niger", TERA, "2026-01-13", "confirmed",
                   "the army tells its own soldiers killed")},
      [R("Forces Armees Nigeriennes", "2026-01-14T09:00:00Z",
         "On Tuesday afternoon a supply convoy of the defence and security forces was ambushed by armed terrorist "
         "groups some fifteen kilometres from Tera. Provisional toll: on our side, twelve soldiers fell with "
         "honour and nine were wounded; on the enemy side, dozens of terrorists neutralised.",
         [M("convoy", [C("Forces Armees Nigeriennes", "confirms")], fat=(12, 12, None), actor1=None)], "official"),
       R("Tele Sahel", "2026-01-14T20:00:00Z",
         "Twelve soldiers were killed and nine wounded when terrorists ambushed a supply convoy near Tera on "
         "Tuesday, the army said in a communique read on the evening news.",
         [M("convoy", [C("Forces Armees Nigeriennes", "confirms", via=("Tele Sahel",))], fat=(12, 12, None),
            actor1=None)], "state media"),
       R("Amaq", "2026-01-14T06:00:00Z",
         "Fighters of the Islamic State ambushed a convoy of the Nigerien army near Tera, killing twenty "
         "soldiers and burning four vehicles.",
         [M("convoy", [C("Amaq")], fat=(20, 20, None))], "militant media"),
       R("ActuNiger", "2026-01-16T10:00:00Z",
         "The toll of Tuesday's ambush on the army convoy near Tera has risen to fourteen soldiers after two of "
         "the wounded died in Niamey, a security source told ActuNiger.",
         [M("convoy", [C("security source", via=("ActuNiger",))], fat=(14, 14, 14), actor1=None)],
         "newspaper")]),
    S("pk-lakki-station", "Pakistan (Khyber Pakhtunkhwa)", PART,
      "A militant faction named after its leader claims killing four policemen at a station in Lakki Marwat; "
      "a paper relays the claim; police officials say they are looking into it; a wire relays the claim and "
      "says the police gave no details: claimed (one origin; the police silent).",
      {"station": E("Attack", "Hafiz Gul Bahadur Group", "Police Forces of Pakistan", LAKKI, "2026-02-07",
                    "claimed", "the faction's word only")},
      [R("Hafiz Gul Bahadur Group", "2026-02-07T23:00:00Z",
         "Our mujahideen attacked the police station in Lakki Marwat tonight with heavy and light weapons; four "
         "policemen were killed and the station was set on fire.",
         [M("station", [C("Hafiz Gul Bahadur Group")], fat=(4, 4, None))], "militant media"),
       R("The Express Tribune", "2026-02-08T07:00:00Z",
         "The Hafiz Gul Bahadur group claimed on Saturday night that its fighters had killed four policemen in an "
         "attack on a police station in Lakki Marwat. Police officials said they were looking into the claim.",
         [M("station", [C("Hafiz Gul Bahadur Group", via=("The Express Tribune",),
                          text="The Hafiz Gul Bahadur group claimed on Saturday night that its fighters had "
                               "killed four policemen in an attack on a police station in Lakki Marwat."),
                        C("Police officials", "unconfirmed", via=("The Express Tribune",),
                          text="Police officials said they were looking into the claim.")], fat=(4, 4, None))],
         "newspaper"),
       R("Agence France-Presse", "2026-02-08T09:00:00Z",
         "A militant faction said it had attacked the main police station in Lakki Marwat in northwest Pakistan "
         "late on Saturday and killed four officers; police gave no details.",
         [M("station", [C("Hafiz Gul Bahadur Group", via=("Agence France-Presse",),
                          text="A militant faction said it had attacked the main police station in Lakki Marwat "
                               "in northwest Pakistan late on Saturday and killed four officers"),
                        C("police", "unconfirmed", via=("Agence France-Presse",),
                          text="police gave no details")], fat=(4, 4, None))])]),
    S("iq-tuz-vehicle", "Iraq (Salah al-Din)", PART,
      "The Islamic State's weekly claims a bomb on a PMF vehicle near Tuz Khurmatu; the PMF's own statement "
      "says no vehicle of its brigades was hit and the claim is propaganda; the state agency passes the "
      "denial on; a Kurdish channel relays the claim: denied.",
      {"vehicle": E("Remote explosive/landmine/IED", "Islamic State", "Popular Mobilization Forces", TUZ,
                    "2026-03-18", "denied", "the group's word only; the PMF denies")},
      [R("Al-Naba", "2026-03-19T18:00:00Z",
         "Soldiers of the caliphate blew up an explosive device on a vehicle of the rafidi Popular Mobilisation "
         "militia near Tuz Khurmatu, killing three of its members and wounding others.",
         [M("vehicle", [C("Al-Naba")], fat=(3, 3, None))], "militant media"),
       R("Popular Mobilization Forces", "2026-03-19T21:00:00Z",
         "No vehicle of our brigades was hit near Tuz Khurmatu. The propaganda spread by the remnants of Daesh "
         "is false, and our forces continue their search operations in the area.",
         [M("vehicle", [C("Popular Mobilization Forces", "denies")])], "official"),
       R("Iraqi News Agency", "2026-03-19T22:00:00Z",
         "The Popular Mobilization Forces denied claims by Daesh remnants that one of their vehicles had been "
         "targeted with an explosive device near Tuz Khurmatu.",
         [M("vehicle", [C("Popular Mobilization Forces", "denies", via=("Iraqi News Agency",))])], "state media"),
       R("Kurdistan24", "2026-03-19T23:00:00Z",
         "The Islamic State said in its weekly newsletter that it had killed three members of the Popular "
         "Mobilization Forces with a roadside bomb near Tuz Khurmatu; the PMF said none of its vehicles was "
         "hit.",
         [M("vehicle", [C("Al-Naba", via=("Kurdistan24",),
                          text="The Islamic State said in its weekly newsletter that it had killed three members of "
                               "the Popular Mobilization Forces with a roadside bomb near Tuz Khurmatu"),
                        C("Popular Mobilization Forces", "denies", via=("Kurdistan24",),
                          text="the PMF said none of its vehicles was hit")], fat=(3, 3, None))],
         "newspaper")]),
    S("cd-lubero-village", "DR Congo (North Kivu)", PART,
      "ADF raiders kill villagers near Lubero: a civil-society leader gives eighteen, the army's sector "
      "spokesman gives fifteen, a radio copies the army, the UN mission gives at least 22 the next day: "
      "corroborated (the civil-society leader, named, and the UN mission).",
      {"village": E("Attack", "ADF", "Civilians (Democratic Republic of Congo)", LUBERO, "2026-05-05",
                    "corroborated", "a named civil-society leader, the army and the UN mission")},
      [R("Radio Moto Butembo-Beni", "2026-05-06T08:00:00Z",
         "Eighteen people were killed with machetes and guns during the night of Tuesday in a village on the "
         "outskirts of Lubero, Kambale Muhindo, president of the local civil society, told our newsroom.",
         [M("village", [C("Kambale Muhindo", via=("Radio Moto Butembo-Beni",))], fat=(18, 18, None),
            actor1=None)], "newspaper"),
       R("Forces Armees de la Republique Democratique du Congo", "2026-05-06T12:00:00Z",
         "The ADF terrorists attacked a village near Lubero on the night of Tuesday, killing fifteen civilians. "
         "Our units pursued the assailants into the forest, the spokesman of the Sokola 1 operations sector "
         "said.",
         [M("village", [C("Forces Armees de la Republique Democratique du Congo")], fat=(15, 15, None))],
         "official"),
       R("Radio Okapi", "2026-05-06T14:00:00Z",
         "ADF rebels killed fifteen civilians in an attack on a village near Lubero on Tuesday night, the army "
         "spokesman of the Sokola 1 sector said, adding that troops had pursued the attackers into the forest.",
         [M("village", [C("Forces Armees de la Republique Democratique du Congo", via=("Radio Okapi",))],
            fat=(15, 15, None))], "newspaper"),
       R("MONUSCO", "2026-05-07T10:00:00Z",
         "MONUSCO strongly condemns the attack by the ADF on a village in Lubero territory on 5 May, in which at "
         "least 22 civilians were killed, and has sent a patrol to support the population.",
         [M("village", [C("MONUSCO")], fat=(22, 22, None), vague="Lubero")], "monitor")]),
    S("bf-nouna-post", "Burkina Faso (Boucle du Mouhoun)", PART,
      "JNIM's channel says its fighters took the army post at Nouna; the government's information agency says "
      "the post held and the attackers were driven back with heavy losses; a radio gives both: disputed "
      "(changed hands against held).",
      {"post": E("Non-state actor overtakes territory", "JNIM", "Military Forces of Burkina Faso", NOUNA,
                 "2026-05-26", "disputed", "JNIM says it took the post; the government says it held")},
      [R("az-Zallaqa", "2026-05-26T15:00:00Z",
         "The mujahideen took control of the military post of Nouna after a battle of several hours; the "
         "soldiers of the junta fled and left behind their weapons and vehicles.",
         [M("post", [C("az-Zallaqa")])], "militant media"),
       R("Agence d'Information du Burkina", "2026-05-26T20:00:00Z",
         "The detachment of Nouna vigorously pushed back a terrorist attack on Tuesday. The post remains under "
         "the control of our forces, and the assailants suffered heavy losses during their retreat.",
         [M("post", [C("Agence d'Information du Burkina")], type="Armed clash")], "state media"),
       R("Radio Omega", "2026-05-27T07:00:00Z",
         "The JNIM said it had captured the army post in Nouna on Tuesday, while the government's information "
         "agency said the detachment had driven the attackers back and still held the post.",
         [M("post", [C("az-Zallaqa", via=("Radio Omega",),
                       text="The JNIM said it had captured the army post in Nouna on Tuesday"),
                     C("Agence d'Information du Burkina", via=("Radio Omega",),
                       text="the government's information agency said the detachment had driven the attackers "
                            "back and still held the post")])], "newspaper")]),
    S("lb-jezzine-car", "Lebanon (south)", PART,
      "An Israeli drone hits a car on the road near Jezzine: the Israeli army says it killed a Hezbollah "
      "operative, the state agency tells a drone strike that killed a man, a paper gives both: corroborated "
      "(the striking side and the state's agency; nobody denies).",
      {"car": E("Air/drone strike", "Military Forces of Israel", "Hezbollah", JEZZINE, "2026-07-04",
                "corroborated", "the Israeli army and Lebanon's state agency")},
      [R("National News Agency", "2026-07-04T11:00:00Z",
         "An Israeli drone fired a missile at a car on the road between Jezzine and Kfar Houne this morning, "
         "killing the man driving it.",
         [M("car", [C("National News Agency")], fat=(1, 1, 1), actor2=None)], "state media"),
       R("Israel Defense Forces", "2026-07-04T13:00:00Z",
         "An IDF aircraft struck and eliminated a Hezbollah terrorist in the area of Jezzine in southern Lebanon "
         "who was involved in rebuilding the organisation's infrastructure.",
         [M("car", [C("Israel Defense Forces")], fat=(1, 1, 1))], "official"),
       R("L'Orient Today", "2026-07-04T15:00:00Z",
         "A man was killed when an Israeli drone struck his car near Jezzine on Saturday morning, the state "
         "news agency said; the Israeli army said it had targeted a Hezbollah member.",
         [M("car", [C("National News Agency", via=("L'Orient Today",),
                      text="A man was killed when an Israeli drone struck his car near Jezzine on Saturday "
                           "morning, the state news agency said"),
                    C("Israel Defense Forces", via=("L'Orient Today",),
                      text="the Israeli army said it had targeted a Hezbollah member")], fat=(1, 1, 1))],
         "newspaper")]),
    S("ph-butig-clash", "Philippines (Lanao del Sur)", PART,
      "The army's infantry brigade says its troops killed five Dawlah Islamiyah fighters in a clash near Butig; "
      "the state agency and a paper pass its word on; nobody else speaks: claimed (a side's own kills, one "
      "origin).",
      {"clash": E("Armed clash", "Military Forces of the Philippines", "Dawlah Islamiyah", BUTIG, "2026-08-18",
                  "claimed", "the army's word only, relayed twice")},
      [R("103rd Infantry Brigade", "2026-08-18T10:00:00Z",
         "Troops of the 103rd Infantry Brigade engaged some fifteen members of the Dawlah Islamiyah-Maute group "
         "in a village of Butig at dawn today. Five enemy fighters were neutralised and high-powered firearms "
         "were recovered. No casualty on the government side.",
         [M("clash", [C("103rd Infantry Brigade")], fat=(5, 5, None))], "official"),
       R("Philippine News Agency", "2026-08-18T13:00:00Z",
         "Five members of the Dawlah Islamiyah-Maute group were killed in a clash with soldiers in Butig, "
         "Lanao del Sur on Tuesday morning, the Army's 103rd Infantry Brigade said.",
         [M("clash", [C("103rd Infantry Brigade", via=("Philippine News Agency",))], fat=(5, 5, None))],
         "state media"),
       R("Philippine Daily Inquirer", "2026-08-18T16:00:00Z",
         "Soldiers killed five suspected Dawlah Islamiyah militants in a gunbattle in Butig town on Tuesday, "
         "the military said, in the latest clash in the hinterlands of Lanao del Sur.",
         [M("clash", [C("103rd Infantry Brigade", via=("Philippine Daily Inquirer",))], fat=(5, 5, None))],
         "newspaper")]),
    S("in-sukma-vehicle", "India (Chhattisgarh)", PART,
      "Maoists blow up a police vehicle near Sukma: the state police count two of their men killed, a wire and "
      "a paper relay the police, the Maoists' committee claims the blast two days later: confirmed (the "
      "police tell their own dead).",
      {"vehicle": E("Remote explosive/landmine/IED", "CPI (Maoist)", "Police Forces of India", SUKMA,
                    "2026-09-15", "confirmed", "the police tell their own men killed")},
      [R("Chhattisgarh Police", "2026-09-15T12:00:00Z",
         "Two jawans of the District Reserve Guard were martyred and three injured when an IED planted by "
         "Maoists went off under their vehicle near Sukma this morning. The injured have been airlifted to "
         "Raipur.",
         [M("vehicle", [C("Chhattisgarh Police", "confirms")], fat=(2, 2, None))], "official"),
       R("Press Trust of India", "2026-09-15T13:00:00Z",
         "Two police personnel were killed and three others injured when Maoists triggered an IED blast "
         "targeting their vehicle in Chhattisgarh's Sukma district on Tuesday, police said.",
         [M("vehicle", [C("Chhattisgarh Police", "confirms", via=("Press Trust of India",))], fat=(2, 2, None))]),
       R("The Hindu", "2026-09-15T18:00:00Z",
         "Two jawans were killed in a Maoist IED blast in Sukma on Tuesday, a senior police officer said.",
         [M("vehicle", [C("senior police officer", via=("The Hindu",))], fat=(2, 2, None))], "newspaper"),
       R("Dandakaranya Special Zonal Committee", "2026-09-17T09:00:00Z",
         "Our People's Liberation Guerrilla Army carried out the blast on the police vehicle near Sukma on 15 "
         "September in answer to the fake encounters of the government forces.",
         [M("vehicle", [C("Dandakaranya Special Zonal Committee")])], "militant media")]),
    S("et-nekemte-camp", "Ethiopia (Oromia)", PART,
      "The OLA says it overran a military camp outside Nekemte and killed many soldiers; the government's "
      "communication service calls the reports fabricated; a diaspora site relays the OLA; a wire gives both "
      "and could not verify either: denied.",
      {"camp": E("Non-state actor overtakes territory", "Oromo Liberation Army", "Military Forces of Ethiopia",
                 NEKEMTE, "2026-10-21", "denied", "the OLA's word and its relay only; the government denies")},
      [R("Oromo Liberation Army", "2026-10-21T18:00:00Z",
         "Our forces overran the military camp on the outskirts of Nekemte today after fierce fighting, killing "
         "dozens of regime soldiers and capturing weapons and ammunition.",
         [M("camp", [C("Oromo Liberation Army")])], "militant media"),
       R("Oromia Media Network", "2026-10-21T20:00:00Z",
         "The Oromo Liberation Army said its fighters captured a military camp near Nekemte on Wednesday.",
         [M("camp", [C("Oromo Liberation Army", via=("Oromia Media Network",))])], "newspaper"),
       R("Government Communication Service", "2026-10-22T09:00:00Z",
         "The reports spread by the terrorist group Shene about a military camp near Nekemte are fabricated. "
         "No camp was captured and the area is peaceful.",
         [M("camp", [C("Government Communication Service", "denies")])], "official"),
       R("Reuters", "2026-10-22T12:00:00Z",
         "An Oromo rebel group said it had overrun a military camp near the western city of Nekemte; the "
         "government called the reports fabricated. Reuters could not independently verify either account.",
         [M("camp", [C("Oromo Liberation Army", via=("Reuters",),
                       text="An Oromo rebel group said it had overrun a military camp near the western city of "
                            "Nekemte"),
                     C("Government Communication Service", "denies", via=("Reuters",),
                       text="the government called the reports fabricated")])])]),
    S("ht-lascahobas-town", "Haiti (Centre)", PART,
      "The Viv Ansanm coalition says it took Lascahobas; the national police say fighting goes on and the town "
      "is not lost; a rights group's own monitors saw gang members in the centre and the station burned; a "
      "radio gives both: disputed.",
      {"town": E("Non-state actor overtakes territory", "Viv Ansanm", "Police Forces of Haiti", LASCAHOBAS,
                 "2026-11-10", "disputed", "the coalition and a rights group's monitors against the police")},
      [R("Viv Ansanm", "2026-11-10T16:00:00Z",
         "Our soldiers entered Lascahobas this morning and now control the town and its police station. The "
         "police ran toward Mirebalais.",
         [M("town", [C("Viv Ansanm")])], "militant media"),
       R("Police Nationale d'Haiti", "2026-11-10T19:00:00Z",
         "Units of the national police are still fighting the armed bandits in Lascahobas. The town has not "
         "fallen, and reinforcements have been sent from Hinche.",
         [M("town", [C("Police Nationale d'Haiti")], type="Armed clash")], "official"),
       R("Reseau National de Defense des Droits Humains", "2026-11-11T10:00:00Z",
         "Our monitors in Lascahobas saw armed members of the coalition patrolling the town centre on Tuesday "
         "afternoon and the police station in flames; hundreds of families fled on foot toward Belladere.",
         [M("town", [C("Reseau National de Defense des Droits Humains")])], "monitor"),
       R("Radio Kiskeya", "2026-11-11T12:00:00Z",
         "The Viv Ansanm gang coalition said it had taken Lascahobas on Tuesday, while the police said their "
         "units were still fighting in the town.",
         [M("town", [C("Viv Ansanm", via=("Radio Kiskeya",),
                       text="The Viv Ansanm gang coalition said it had taken Lascahobas on Tuesday"),
                     C("Police Nationale d'Haiti", via=("Radio Kiskeya",),
                       text="the police said their units were still fighting in the town")])], "newspaper")]),
]
