"""Multi-report sets written by the fusion helper at the start of session 12's second fusion round (issue
#15), before any of that round's changes, at places no other part uses. Two parts, split by country:

- heldout9 (fitting part, 6 sets): Nigeria (Isa: the army's statement tells police attached to its base
  killed, the police confirm, a paper raises the toll: confirmed), DR Congo (Masisi: M23 says it took
  the town, a site relays it, the army calls it baseless, a wire ends on "a claim the army dismissed as
  baseless": denied), Myanmar (Ann: the Arakan Army's capture of a command, a research monitor and two
  outlets passing on its figures: claimed), Haiti (Cabaret: a gang coalition's video, a radio that tells
  the attack and retracts it, the police's "No attack took place": denied), Ukraine (Orikhiv: one
  defence ministry's strike told by two agencies and a live blog: claimed), Sudan (Babanusa: the RSF
  says it took a division's base, the army says it holds and fights on, a doctors' network relays a
  side's figure: disputed).
- heldout9val (validation, 6 sets, never fitted): Burkina Faso (Diapaga: the army's general staff
  tells gendarmes killed, JNIM's agency boasts, a wire gives both: confirmed), Somalia (Adan Yabaal:
  al-Shabaab's capture, relayed, with "a claim the government rejected as baseless": denied),
  Mozambique (Ancuabe: an Islamic State claim a monitor relays, a site that retracts its own account:
  claimed), Lebanon (Kfar Kila: a drone strike on a car, the state agency's toll that rises, the party
  mourning its own fighter: confirmed), Yemen (Mocha: the Houthis say they downed a drone, two of
  their channels pass it on, the US command says one went down: confirmed), Colombia (Tame: an ELN drone
  attack on a base, the ombudsman and a paper's correspondent: corroborated).

Measured once with the round-1 code (bench/results/fusion.md, Session 12, round 2) before any change.
Our own words (see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

NG, CD, MM, HT, UA, SD = "NG", "CD", "MM", "HT", "UA", "SD"
BF, SO, MZ, LB, YE, CO = "BF", "SO", "MZ", "LB", "YE", "CO"
ISA = ("Isa", 13.20, 6.40, NG, "Sokoto")
MASISI = ("Masisi", -1.40, 28.82, CD, "Nord-Kivu")
ANN = ("Ann", 19.78, 94.03, MM, "Rakhine")
CABARET = ("Cabaret", 18.73, -72.42, HT, "Ouest")
ORIKHIV = ("Orikhiv", 47.57, 35.79, UA, "Zaporizhzhia")
BABANUSA = ("Babanusa", 11.33, 27.81, SD, "West Kordofan")
DIAPAGA = ("Diapaga", 12.07, 1.79, BF, "Est")
ADAN_YABAAL = ("Adan Yabaal", 3.38, 46.30, SO, "Middle Shabelle")
ANCUABE = ("Ancuabe", -12.97, 39.85, MZ, "Cabo Delgado")
KFAR_KILA = ("Kfar Kila", 33.28, 35.56, LB, "Nabatieh")
MOCHA = ("Mocha", 13.32, 43.25, YE, "Taizz")
TAME = ("Tame", 6.46, -71.73, CO, "Arauca")

FIT, VAL = "heldout9", "heldout9val"

SETS = [
    # ---- heldout9: the part read for kinds of error ----
    S("ng-isa-base", "Nigeria (Sokoto)", FIT,
      "Gunmen attack a forward base: the defence headquarters says its troops repelled them and that two "
      "mobile policemen attached to the base died, the state police command confirms its men, a paper "
      "first gives five dead and then nine: confirmed (one state's army telling its police dead).",
      {"base": E("Attack", "Lakurawa", "Military Forces of Nigeria", ISA, "2025-06-11", "confirmed",
                 "the army's statement and the police command tell the state's own men killed")},
      [R("Defence Headquarters", "2025-06-12T10:00:00Z",
         "Troops of Operation Fansan Yamma repelled an attack by Lakurawa terrorists on the forward operating "
         "base at Isa, Sokoto State, on Wednesday night and neutralised several of the attackers. Regrettably, "
         "two mobile police personnel attached to the base paid the supreme price.",
         [M("base", [C("Defence Headquarters", "confirms")], fat=(2, 2, None))], "official"),
       R("Daily Trust", "2025-06-12T07:00:00Z",
         "At least five people, among them two policemen, were killed when gunmen stormed the military base in "
         "Isa on Wednesday night, residents of the town told Daily Trust.",
         [M("base", [C("residents", via=("Daily Trust",))], fat=(5, 5, None), actor1=None)], "newspaper"),
       R("Premium Times", "2025-06-12T13:00:00Z",
         "The Sokoto State Police Command confirmed that two of its officers were killed during the attack on "
         "the base in Isa, its spokesperson, ASP Ahmed Rufai, said in a statement on Thursday.",
         [M("base", [C("Sokoto State Police Command", "confirms", via=("Premium Times",))], fat=(2, 2, 2),
            actor1=None)], "newspaper"),
       R("Daily Trust", "2025-06-12T18:00:00Z",
         "The death toll from Wednesday night's attack on the Isa military base has risen to nine, the chairman "
         "of Isa local government area, Sani Garba, told our correspondent on Thursday evening.",
         [M("base", [C("Isa local government chairman", via=("Daily Trust",))], fat=(9, 9, 9), actor1=None)],
         "newspaper")]),
    S("cd-masisi-town", "DR Congo (North Kivu)", FIT,
      "M23 says it took a territory's chief town; a Goma site relays its spokesman's post; the army's "
      "regional spokesman calls it baseless and says the town is in its hands; a wire ends on the army's "
      "dismissal: denied.",
      {"town": E("Non-state actor overtakes territory", "M23", "Military Forces of Democratic Republic of Congo",
                 MASISI, "2025-03-04", "denied", "M23 and its relay only; the army denies")},
      [R("AFC/M23", "2025-03-04T09:00:00Z",
         "The Congo River Alliance informs the public that its forces have liberated Masisi-centre from the "
         "coalition of the Kinshasa regime, the FDLR and the Wazalendo this morning. Calm has returned and the "
         "population is invited to go about its business.",
         [M("town", [C("AFC/M23")])], "militant media"),
       R("Goma24", "2025-03-04T12:00:00Z",
         "M23 rebels have seized Masisi-centre, the movement's spokesman Lawrence Kanyuka wrote on X on "
         "Tuesday.",
         [M("town", [C("AFC/M23", via=("Goma24",))])], "newspaper"),
       R("FARDC North Kivu", "2025-03-04T16:00:00Z",
         "The claims of the terrorists of the M23 about Masisi are baseless. Masisi-centre remains under the "
         "control of the FARDC, the spokesman of the operations sector, Lieutenant-Colonel Guillaume Ndjike, "
         "told the press.",
         [M("town", [C("FARDC North Kivu", "denies")])], "official"),
       R("Reuters", "2025-03-05T06:00:00Z",
         "M23 rebels said on Tuesday they had captured Masisi, the main town of the territory of the same name "
         "west of Goma, a claim the Congolese army dismissed as baseless.",
         [M("town", [C("AFC/M23", via=("Reuters",),
                       text="M23 rebels said on Tuesday they had captured Masisi, the main town of the "
                            "territory of the same name west of Goma"),
                     C("FARDC North Kivu", "denies", via=("Reuters",),
                       text="a claim the Congolese army dismissed as baseless")])])]),
    S("mm-ann-command", "Myanmar (Rakhine)", FIT,
      "The Arakan Army says it took a regional command's headquarters; an exile paper and a Rakhine agency "
      "pass on its statement; a research monitor repeats its figure of soldiers killed; the junta says "
      "nothing: one origin, claimed.",
      {"hq": E("Non-state actor overtakes territory", "Arakan Army", "Military Forces of Myanmar", ANN,
               "2024-12-20", "claimed", "the Arakan Army's word only; the others pass it on")},
      [R("Arakan Army", "2024-12-20T15:00:00Z",
         "After weeks of fighting our forces completely captured the headquarters of the military council's "
         "Western Regional Military Command in Ann township on 20 December; more than 200 enemy soldiers were "
         "killed and many were taken prisoner.",
         [M("hq", [C("Arakan Army")], fat=(200, 200, None))], "militant media"),
       R("Narinjara", "2024-12-20T18:00:00Z",
         "The Arakan Army announced on Friday evening that it had seized the Western Command headquarters in "
         "Ann, the second regional command to fall in the war.",
         [M("hq", [C("Arakan Army", via=("Narinjara",))])], "newspaper"),
       R("Myanmar Peace Monitor", "2024-12-21T08:00:00Z",
         "According to the Arakan Army, over 200 regime troops died in the battle for the Western Command in "
         "Ann; the figure cannot be checked and the military council has not commented.",
         [M("hq", [C("Arakan Army", via=("Myanmar Peace Monitor",))], fat=(200, 200, None))], "monitor"),
       R("The Irrawaddy", "2024-12-21T10:00:00Z",
         "The AA said its fighters overran the regime's Western Command in Ann after a month-long siege, "
         "capturing a brigadier general.",
         [M("hq", [C("Arakan Army", via=("The Irrawaddy",))])], "newspaper")]),
    S("ht-cabaret-station", "Haiti (Ouest)", FIT,
      "A gang coalition's leader claims in a video that his men burned a town's police station; a radio "
      "tells the attack in its own voice, then retracts; the police's spokesperson says no attack took "
      "place: denied.",
      {"station": E("Attack", "Viv Ansanm", "Police Forces of Haiti", CABARET, "2025-04-02", "denied",
                    "the coalition's claim only; the radio retracted; the police deny")},
      [R("Viv Ansanm", "2025-04-02T20:00:00Z",
         "In a video posted on Wednesday night, a Viv Ansanm leader said his soldiers had attacked the police "
         "station in Cabaret and set it on fire, and that the police had fled.",
         [M("station", [C("Viv Ansanm")])], "militant media"),
       R("Radio Caraibes", "2025-04-02T22:00:00Z",
         "Armed bandits attacked the police commissariat of Cabaret on Wednesday evening and set part of the "
         "building on fire, Radio Caraibes has learned.",
         [M("station", [C("Radio Caraibes")], actor1=None)], "newspaper"),
       R("Police Nationale d'Haiti", "2025-04-03T09:00:00Z",
         "No attack took place in Cabaret. The commissariat is intact and our officers are at their posts; "
         "the videos circulating on social networks are false, the PNH spokesperson said.",
         [M("station", [C("Police Nationale d'Haiti", "denies")])], "official"),
       R("Radio Caraibes", "2025-04-03T12:00:00Z",
         "Radio Caraibes retracts its report of Wednesday on an attack on the Cabaret commissariat: the "
         "information was not confirmed and we apologise to our listeners.",
         [M("station", [C("Radio Caraibes", "unconfirmed")], actor1=None)], "newspaper"),
       R("Le Nouvelliste", "2025-04-03T15:00:00Z",
         "A gang leader claimed in a video that the Cabaret police station had been burned, a claim the "
         "national police rejected on Thursday.",
         [M("station", [C("Viv Ansanm", via=("Le Nouvelliste",),
                          text="A gang leader claimed in a video that the Cabaret police station had been burned"),
                        C("Police Nationale d'Haiti", "denies", via=("Le Nouvelliste",),
                          text="a claim the national police rejected on Thursday")])], "newspaper")]),
    S("ua-orikhiv-strike", "Ukraine (Zaporizhzhia)", FIT,
      "Russia's defence ministry says a missile destroyed a brigade's command post; two state agencies and "
      "a live blog tell the ministry's statement; Ukraine does not comment: one origin, claimed.",
      {"strike": E("Shelling/artillery/missile attack", "Military Forces of Russia", "Military Forces of Ukraine",
                   ORIKHIV, "2025-02-11", "claimed", "the ministry's statement only; three outlets pass it on")},
      [R("Ministry of Defence of the Russian Federation", "2025-02-11T10:00:00Z",
         "An Iskander-M missile strike destroyed the command post of a brigade of the armed forces of Ukraine "
         "near Orikhiv in the Zaporizhzhia region; up to 40 servicemen were eliminated.",
         [M("strike", [C("Ministry of Defence of the Russian Federation")], fat=(40, 40, None))], "official"),
       R("TASS", "2025-02-11T11:00:00Z",
         "Russian forces struck a Ukrainian brigade command post near Orikhiv with an Iskander missile, killing "
         "up to 40 servicemen, the Russian Defence Ministry said on Tuesday.",
         [M("strike", [C("Ministry of Defence of the Russian Federation", via=("TASS",))], fat=(40, 40, None))]),
       R("RIA Novosti", "2025-02-11T11:30:00Z",
         "The Defence Ministry reported a strike by an Iskander complex on a command post of the Ukrainian "
         "armed forces near Orikhiv in the Zaporizhzhia region.",
         [M("strike", [C("Ministry of Defence of the Russian Federation", via=("RIA Novosti",))])]),
       R("Kyiv Independent", "2025-02-11T14:00:00Z",
         "Live: Russia's Defence Ministry claimed it hit a Ukrainian command post near Orikhiv with a ballistic "
         "missile. Ukraine's military has not commented and the claim could not be verified.",
         [M("strike", [C("Ministry of Defence of the Russian Federation", via=("Kyiv Independent",))])],
         "newspaper")]),
    S("sd-babanusa-division", "Sudan (West Kordofan)", FIT,
      "The RSF says it took an infantry division's base; the army's spokesman says the division repelled "
      "the attack and holds its positions while the fighting goes on; a doctors' network repeats the RSF's "
      "figure of soldiers killed; a wire gives both sides: disputed.",
      {"base": E("Non-state actor overtakes territory", "Rapid Support Forces", "Military Forces of Sudan",
                 BABANUSA, "2025-01-23", "disputed", "the RSF says it took the base; the army says it holds")},
      [R("Rapid Support Forces", "2025-01-23T13:00:00Z",
         "Our forces seized full control of the headquarters of the 22nd Infantry Division in Babanusa today "
         "after crushing the remnants of the Burhan militias; scores of them were killed.",
         [M("base", [C("Rapid Support Forces")])], "militant media"),
       R("Sudanese Armed Forces", "2025-01-23T17:00:00Z",
         "The 22nd Division in Babanusa repelled a large attack by the terrorist militia and our forces hold "
         "their positions; the fighting continues on the eastern side of the town, the armed forces "
         "spokesman said.",
         [M("base", [C("Sudanese Armed Forces")], type="Armed clash")], "official"),
       R("Sudan Doctors Network", "2025-01-24T07:00:00Z",
         "The network received reports from the RSF that more than 60 soldiers were killed in Babanusa; our "
         "teams at the town's hospital have not been able to work since Thursday.",
         [M("base", [C("Rapid Support Forces", via=("Sudan Doctors Network",))], fat=(60, 60, None))],
         "monitor"),
       R("Agence France-Presse", "2025-01-24T09:00:00Z",
         "The paramilitary Rapid Support Forces said they had overrun the army's base in Babanusa in West "
         "Kordofan, while the army said its troops had repelled the assault and were still fighting.",
         [M("base", [C("Rapid Support Forces", via=("Agence France-Presse",),
                       text="The paramilitary Rapid Support Forces said they had overrun the army's base in "
                            "Babanusa in West Kordofan"),
                     C("Sudanese Armed Forces", via=("Agence France-Presse",),
                       text="the army said its troops had repelled the assault and were still fighting")])])]),

    # ---- heldout9val: validation, by country; measured, never fitted ----
    S("bf-diapaga-post", "Burkina Faso (Est)", VAL,
      "Jihadists attack a gendarmerie post: the army's general staff says gendarmes fell and the attackers "
      "were pushed back, the national agency relays it, JNIM's agency boasts of more, a wire gives both: "
      "confirmed (the state's army telling its gendarmes dead).",
      {"post": E("Attack", "JNIM", "Military Forces of Burkina Faso", DIAPAGA, "2025-05-27", "confirmed",
                 "the general staff tells the state's own gendarmes killed")},
      [R("Etat-major general des armees", "2025-05-27T18:00:00Z",
         "The gendarmerie brigade of Diapaga was the target of a terrorist attack this Tuesday morning. The "
         "assailants were pushed back by the gendarmes with the support of the air vector. Sadly, three "
         "gendarmes fell with arms in hand.",
         [M("post", [C("Etat-major general des armees", "confirms")], fat=(3, 3, None))], "official"),
       R("Agence d'Information du Burkina", "2025-05-27T20:00:00Z",
         "Three gendarmes lost their lives in the attack on the Diapaga brigade on Tuesday, according to a "
         "communique of the general staff of the armies.",
         [M("post", [C("Etat-major general des armees", "confirms", via=("Agence d'Information du Burkina",))],
            fat=(3, 3, 3))], "state media"),
       R("Az-Zallaqa", "2025-05-27T21:00:00Z",
         "The mujahideen stormed the gendarmerie post of the junta in Diapaga and killed 17 of its elements "
         "and took their weapons.",
         [M("post", [C("Az-Zallaqa")], fat=(17, 17, 17))], "militant media"),
       R("Agence France-Presse", "2025-05-28T08:00:00Z",
         "Three gendarmes were killed in an attack on their post in Diapaga in eastern Burkina Faso, the army "
         "said, while the al-Qaeda-linked JNIM claimed to have killed 17.",
         [M("post", [C("Etat-major general des armees", "confirms", via=("Agence France-Presse",),
                       text="Three gendarmes were killed in an attack on their post in Diapaga in eastern "
                            "Burkina Faso, the army said"),
                     C("Az-Zallaqa", via=("Agence France-Presse",),
                       text="the al-Qaeda-linked JNIM claimed to have killed 17")], fat=(3, 3, None))])]),
    S("so-adanyabaal-base", "Somalia (Middle Shabelle)", VAL,
      "Al-Shabaab says it overran a base; a site close to it and a Mogadishu radio pass the claim on; the "
      "information ministry calls it baseless propaganda; a wire ends on the government's rejection: denied.",
      {"base": E("Non-state actor overtakes territory", "Al-Shabaab", "Military Forces of Somalia", ADAN_YABAAL,
                 "2025-04-16", "denied", "al-Shabaab and its relays only; the government denies")},
      [R("Shahada News Agency", "2025-04-16T10:00:00Z",
         "The mujahideen took the apostate militia's base in Adan Yabaal after dawn fighting and now control "
         "the whole town.",
         [M("base", [C("Shahada News Agency")])], "militant media"),
       R("Somali Memo", "2025-04-16T12:00:00Z",
         "Harakat al-Shabaab al-Mujahideen fighters have captured Adan Yabaal, the group's media wing said.",
         [M("base", [C("Shahada News Agency", via=("Somali Memo",))])], "newspaper"),
       R("Ministry of Information of Somalia", "2025-04-16T15:00:00Z",
         "The reports spread by the khawarij about Adan Yabaal are baseless propaganda. The national army is in "
         "the town, the deputy minister of information said.",
         [M("base", [C("Ministry of Information of Somalia", "denies")])], "official"),
       R("Radio Risaala", "2025-04-16T16:00:00Z",
         "Al-Shabaab says it captured Adan Yabaal in Middle Shabelle this morning; the government has not "
         "yet spoken.",
         [M("base", [C("Shahada News Agency", via=("Radio Risaala",))])], "newspaper"),
       R("Reuters", "2025-04-17T07:00:00Z",
         "Al Shabaab said on Wednesday it had captured the town of Adan Yabaal, about 220 km north of "
         "Mogadishu, a claim the Somali government rejected as baseless.",
         [M("base", [C("Shahada News Agency", via=("Reuters",),
                       text="Al Shabaab said on Wednesday it had captured the town of Adan Yabaal, about 220 km "
                            "north of Mogadishu"),
                     C("Ministry of Information of Somalia", "denies", via=("Reuters",),
                       text="a claim the Somali government rejected as baseless")])])]),
    S("mz-ancuabe-village", "Mozambique (Cabo Delgado)", VAL,
      "The Islamic State claims a raid on a village; a conflict monitor repeats its figure; a weekly tells "
      "soldiers killed and withdraws it; a site quotes unnamed villagers: one origin, claimed.",
      {"raid": E("Attack", "Islamic State Mozambique Province", "Civilians (Mozambique)", ANCUABE, "2025-09-08",
                 "claimed", "the Islamic State's word only; the weekly withdrew its own account")},
      [R("Amaq", "2025-09-08T19:00:00Z",
         "Soldiers of the caliphate attacked a Christian village near Ancuabe in Mozambique, killing 11 "
         "Christians and burning their church and houses.",
         [M("raid", [C("Amaq")], fat=(11, 11, 11))], "militant media"),
       R("Cabo Ligado", "2025-09-10T09:00:00Z",
         "The Islamic State claimed to have killed 11 Christians in a village near Ancuabe on 8 September; "
         "local sources had not confirmed the toll by the time of writing.",
         [M("raid", [C("Amaq", via=("Cabo Ligado",))], fat=(11, 11, 11))], "monitor"),
       R("Carta de Mocambique", "2025-09-09T08:00:00Z",
         "Four soldiers of the FADM were killed when insurgents raided a village in Ancuabe district on Monday, "
         "Carta has learned.",
         [M("raid", [C("Carta de Mocambique")], fat=(4, 4, 4))], "newspaper"),
       R("Carta de Mocambique", "2025-09-09T17:00:00Z",
         "Correction: Carta withdraws its report that four soldiers died in Ancuabe on Monday; the information "
         "could not be confirmed and we regret the error.",
         [M("raid", [C("Carta de Mocambique", "unconfirmed")], actor1=None)], "newspaper"),
       R("Pinnacle News", "2025-09-09T11:00:00Z",
         "Villagers who fled to Ancuabe town said men armed with machetes and guns burned houses in their "
         "village on Monday.",
         [M("raid", [C("villagers", via=("Pinnacle News",))], actor1=None)], "newspaper")]),
    S("lb-kfarkila-strike", "Lebanon (south)", VAL,
      "An Israeli drone hits a car: the army says it killed a Hezbollah operative, the state agency gives one "
      "dead then two, the party mourns one of its fighters: confirmed.",
      {"car": E("Air/drone strike", "Military Forces of Israel", "Hezbollah", KFAR_KILA, "2025-07-09",
                "confirmed", "Hezbollah mourns its own fighter")},
      [R("Israel Defense Forces", "2025-07-09T10:00:00Z",
         "An IDF aircraft struck and eliminated a Hezbollah terrorist in the area of Kfar Kila in southern "
         "Lebanon who was working to rebuild the organisation's infrastructure.",
         [M("car", [C("Israel Defense Forces")], fat=(1, 1, None))], "official"),
       R("National News Agency", "2025-07-09T09:00:00Z",
         "An enemy drone targeted a car on the road of Kfar Kila this morning, killing one person.",
         [M("car", [C("National News Agency")], fat=(1, 1, 1))], "state media"),
       R("National News Agency", "2025-07-09T13:00:00Z",
         "The toll of the enemy drone strike on a car in Kfar Kila rose to two dead after a wounded passenger "
         "died in hospital in Marjayoun.",
         [M("car", [C("National News Agency")], fat=(2, 2, 2))], "state media"),
       R("Hezbollah", "2025-07-09T16:00:00Z",
         "The Islamic Resistance mourns the martyr Ali Hassan Dakroub, one of its fighters, from the town of "
         "Kfar Kila, who rose on the road to Jerusalem.",
         [M("car", [C("Hezbollah", "confirms")], type="Other", actor1=None, fat=(1, 1, 1))], "militant media")]),
    S("ye-mocha-drone", "Yemen (Red Sea coast)", VAL,
      "The Houthis' military spokesman says their air defence downed a US drone off Mocha; their television "
      "and agency pass it on; the US command says one of its drones went down: confirmed.",
      {"drone": E("Air/drone strike", "Houthis", "Military Forces of the United States", MOCHA, "2025-03-30",
                  "confirmed", "the US command admits its own lost drone")},
      [R("Yahya Saree", "2025-03-30T16:00:00Z",
         "Our air defences shot down an American MQ-9 drone over the coast of Mocha while it was carrying out "
         "hostile missions, with a locally made missile.",
         [M("drone", [C("Yahya Saree")])], "militant media"),
       R("Al-Masirah", "2025-03-30T16:30:00Z",
         "The armed forces spokesman announced the downing of an American MQ-9 aircraft over Mocha.",
         [M("drone", [C("Yahya Saree", via=("Al-Masirah",))])], "militant media"),
       R("Saba", "2025-03-30T17:00:00Z",
         "The air defence forces shot down a hostile American drone of the MQ-9 type over the coast of Mocha, "
         "the armed forces spokesman said.",
         [M("drone", [C("Yahya Saree", via=("Saba",))])], "state media"),
       R("Associated Press", "2025-03-31T08:00:00Z",
         "An American MQ-9 Reaper drone went down off Yemen's Red Sea coast on Sunday, US Central Command said, "
         "without saying what brought it down; the Houthis claimed they shot it down near Mocha.",
         [M("drone", [C("US Central Command", "confirms", via=("Associated Press",),
                        text="An American MQ-9 Reaper drone went down off Yemen's Red Sea coast on Sunday, US "
                             "Central Command said, without saying what brought it down"),
                      C("Yahya Saree", via=("Associated Press",),
                        text="the Houthis claimed they shot it down near Mocha")])])]),
    S("co-tame-base", "Colombia (Arauca)", VAL,
      "The ELN's eastern front says its drones hit an army base; a radio relays its statement; the "
      "ombudsman's office says its staff confirmed the attack; a paper's correspondent saw the damage: "
      "corroborated.",
      {"base": E("Air/drone strike", "ELN", "Military Forces of Colombia", TAME, "2025-08-19", "corroborated",
                 "the ELN, the ombudsman's office and the paper's correspondent")},
      [R("Frente de Guerra Oriental", "2025-08-19T20:00:00Z",
         "Our units attacked the installations of the army's battalion in Tame with explosive drones on "
         "Tuesday in response to the military operations against the communities of Arauca.",
         [M("base", [C("Frente de Guerra Oriental")])], "militant media"),
       R("Caracol Radio", "2025-08-20T06:00:00Z",
         "The ELN said in a statement that it attacked a military base in Tame, Arauca, with drones loaded with "
         "explosives.",
         [M("base", [C("Frente de Guerra Oriental", via=("Caracol Radio",))])], "newspaper"),
       R("Defensoria del Pueblo", "2025-08-20T10:00:00Z",
         "The Ombudsman's Office confirmed that the battalion base in Tame was attacked with explosive-laden "
         "drones on Tuesday night and warns of the risk to the civilian population living around it.",
         [M("base", [C("Defensoria del Pueblo")])], "monitor"),
       R("El Tiempo", "2025-08-20T12:00:00Z",
         "Two explosions damaged the roof of a barracks and a water tank inside the base in Tame on Tuesday "
         "night, this newspaper's correspondent saw on Wednesday.",
         [M("base", [C("El Tiempo")], actor1=None)], "newspaper")]),
]
