"""Multi-report sets written by the fusion helper at the start of session 12 (issue #15), before any of
that session's changes, in wars no part heldout6/heldout7 uses and at places no other part uses. Two
parts, split by country:

- heldout8 (fitting part, 7 sets): Mali (Anefis: a rebel front claims an army camp, the army says the
  fighting goes on and it holds: a territory claim and a clash at one place and day, disputed),
  Ethiopia (Merawi: a Fano capture relayed by a diaspora outlet, called baseless by the government:
  denied), Iran (Rask: a jihadist claim of responsibility beside state media's own martyred police:
  confirmed), Niger (Ouallam: a defence communique admitting its own dead against a jihadist boast:
  confirmed), Libya (Zawiya: one defence ministry's briefing told by three outlets under two spellings:
  claimed; Abu Salim: a brigade's capture of a district and the clashes a paper's correspondent and a UN
  mission describe: one event, corroborated), Chad (Zouar: a rebel claim, a site that tells it and then
  withdraws it, the army's flat denial: denied).
- heldout8val (validation, 5 sets, never fitted): Thailand (Sungai Kolok: a market bomb with a rolling
  police toll and a rescue body's "at least": corroborated), Cameroon (Kumba: a separatist ambush claim
  that a rights monitor confirms: corroborated), South Sudan (Yei: a rebel capture passed on by three
  outlets: claimed), Iraq (Kirkuk: a roadside bomb in the morning and rockets in the evening, one city,
  one day: two events), the Philippines (Datu Hoffer: an army clash report, a radio that reports soldiers
  dead and retracts it, villagers who heard the fighting: corroborated).

Measured once with main's code (bench/results/fusion.md, Session 12) before any change. Our own words
(see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

ML, ET, IR, NE, LY, TD = "ML", "ET", "IR", "NE", "LY", "TD"
TH, CM, SS, IQ, PH = "TH", "CM", "SS", "IQ", "PH"
ANEFIS = ("Anefis", 18.05, 0.60, ML, "Kidal")
MERAWI = ("Merawi", 11.41, 37.16, ET, "Amhara")
RASK = ("Rask", 26.23, 61.40, IR, "Sistan and Baluchestan")
OUALLAM = ("Ouallam", 14.32, 2.09, NE, "Tillaberi")
ZAWIYA = ("Zawiya", 32.76, 12.73, LY, "Zawiya")
ABU_SALIM = ("Abu Salim", 32.86, 13.19, LY, "Tripoli")
ZOUAR = ("Zouar", 20.45, 16.53, TD, "Tibesti")
SUNGAI_KOLOK = ("Sungai Kolok", 6.03, 101.97, TH, "Narathiwat")
KUMBA = ("Kumba", 4.64, 9.45, CM, "Sud-Ouest")
YEI = ("Yei", 4.09, 30.68, SS, "Central Equatoria")
KIRKUK = ("Kirkuk", 35.47, 44.39, IQ, "Kirkuk")
DATU_HOFFER = ("Datu Hoffer Ampatuan", 6.88, 124.45, PH, "Maguindanao del Sur")

FIT, VAL = "heldout8", "heldout8val"

SETS = [
    # ---- heldout8: the part read for kinds of error ----
    S("ml-anefis-camp", "Mali", FIT,
      "A rebel front says it took an army camp; the army's general staff says its units are fighting and "
      "hold their positions; state television relays the army; residents hear heavy weapons; a wire gives "
      "both sides: one event, disputed (taken against still held and fighting).",
      {"camp": E("Non-state actor overtakes territory", "Azawad Liberation Front", "Military Forces of Mali",
                 ANEFIS, "2025-05-13", "disputed",
                 "the front says it took the camp; the army says the fighting goes on and it holds")},
      [R("Front de Liberation de l'Azawad", "2025-05-13T11:00:00Z",
         "Our fighters took control of the FAMa camp at Anefis on Tuesday after three hours of combat with "
         "the army and its Russian mercenaries; the weapons of the camp are now in our hands.",
         [M("camp", [C("Front de Liberation de l'Azawad")])], "militant media"),
       R("Forces Armees Maliennes", "2025-05-13T14:00:00Z",
         "Units of the FAMa have been engaged since this morning in fierce combat against terrorist groups "
         "in the Anefis area. Our forces are holding their positions and the fighting is continuing.",
         [M("camp", [C("Forces Armees Maliennes")], type="Armed clash")], "official"),
       R("ORTM", "2025-05-13T19:00:00Z",
         "The general staff says our valiant armed forces are holding firm at Anefis against the terrorist "
         "hordes who attacked them this morning.",
         [M("camp", [C("Forces Armees Maliennes", via=("ORTM",))], type="Armed clash")], "state media"),
       R("Studio Tamani", "2025-05-13T20:00:00Z",
         "Residents of Anefis reached by telephone said the sound of heavy weapons came from the direction "
         "of the military camp until late in the afternoon.",
         [M("camp", [C("residents", via=("Studio Tamani",))], type="Armed clash", actor1=None, actor2=None)],
         "newspaper"),
       R("Agence France-Presse", "2025-05-14T07:00:00Z",
         "Separatist rebels of the Azawad Liberation Front said they had seized an army camp at Anefis in "
         "northern Mali on Tuesday, while the army said fighting there was still under way.",
         [M("camp", [C("Front de Liberation de l'Azawad", via=("Agence France-Presse",),
                       text="Separatist rebels of the Azawad Liberation Front said they had seized an army "
                            "camp at Anefis in northern Mali on Tuesday"),
                     C("Forces Armees Maliennes", via=("Agence France-Presse",),
                       text="the army said fighting there was still under way")])])]),
    S("et-merawi-town", "Ethiopia (Amhara)", FIT,
      "A Fano movement says it liberated a town; a diaspora outlet relays its Telegram post; the government's "
      "communication service calls the report baseless and the state agency relays that; a paper gives "
      "both and could verify neither: denied.",
      {"town": E("Non-state actor overtakes territory", "Fano", "Military Forces of Ethiopia", MERAWI,
                 "2025-02-18", "denied", "only Fano and its relays; the government denies")},
      [R("Amhara Fano National Movement", "2025-02-18T08:00:00Z",
         "Our forces liberated the town of Merawi from the army of the fascist regime this morning; the enemy "
         "fled toward Bahir Dar leaving its dead behind.",
         [M("town", [C("Amhara Fano National Movement")])], "militant media"),
       R("Ethio 251 Media", "2025-02-18T10:00:00Z",
         "Fano fighters have taken Merawi, the Amhara Fano National Movement announced on its Telegram "
         "channel on Tuesday.",
         [M("town", [C("Amhara Fano National Movement", via=("Ethio 251 Media",))])], "newspaper"),
       R("Government Communication Service", "2025-02-18T15:00:00Z",
         "Reports that the town of Merawi has fallen to extremist forces are baseless. The town is under the "
         "full control of the national defence force and life there continues as normal.",
         [M("town", [C("Government Communication Service", "denies")])], "official"),
       R("Ethiopian News Agency", "2025-02-18T17:00:00Z",
         "The Government Communication Service dismissed as fabricated the claims spread by the extremist "
         "group about Merawi.",
         [M("town", [C("Government Communication Service", "denies", via=("Ethiopian News Agency",))],
            actor1=None)], "state media"),
       R("Addis Standard", "2025-02-19T06:00:00Z",
         "Fano said it captured Merawi, about 30 km south of Bahir Dar, a claim the government dismissed as "
         "baseless; Addis Standard could not verify either account as telephone lines to the area are cut.",
         [M("town", [C("Amhara Fano National Movement", via=("Addis Standard",),
                       text="Fano said it captured Merawi, about 30 km south of Bahir Dar"),
                     C("Government Communication Service", "denies", via=("Addis Standard",),
                       text="a claim the government dismissed as baseless")])], "newspaper")]),
    S("ir-rask-police", "Iran (Sistan and Baluchestan)", FIT,
      "Gunmen attack a police headquarters: state media and a semi-official agency give two martyred "
      "police, the jihadist group claims it with a higher toll, an exile channel and a wire report the "
      "claim of responsibility: confirmed.",
      {"hq": E("Attack", "Jaish al-Adl", "Police Forces of Iran", RASK, "2025-04-08", "confirmed",
               "the state's own media tell its own police martyred")},
      [R("IRNA", "2025-04-08T21:00:00Z",
         "Two police officers were martyred and three wounded when terrorists attacked the police "
         "headquarters in Rask late on Tuesday, the deputy governor of Sistan and Baluchestan for security "
         "affairs said.",
         [M("hq", [C("IRNA", "confirms")], fat=(2, 2, 2))], "state media"),
       R("Jaish al-Adl", "2025-04-08T22:30:00Z",
         "The mujahideen of Jaish al-Adl struck the headquarters of the regime's repressive forces in Rask, "
         "killing at least six of them.",
         [M("hq", [C("Jaish al-Adl")], fat=(6, 6, None))], "militant media"),
       R("Iran International", "2025-04-09T06:00:00Z",
         "The Sunni militant group Jaish al-Adl claimed responsibility for the overnight attack on a police "
         "headquarters in Rask in a statement on its Telegram channel.",
         [M("hq", [C("Jaish al-Adl", via=("Iran International",))])], "newspaper"),
       R("Tasnim News Agency", "2025-04-09T08:00:00Z",
         "The terrorists who attacked the Rask station were driven off after a gun battle, the police chief "
         "of Sistan and Baluchestan said, adding that two of our colleagues were martyred.",
         [M("hq", [C("Police of Sistan and Baluchestan", "confirms", via=("Tasnim News Agency",))],
            fat=(2, 2, 2))], "state media"),
       R("Reuters", "2025-04-09T10:00:00Z",
         "Gunmen killed two policemen in an attack on a police station in the town of Rask in southeastern "
         "Iran, state media reported, and the militant group Jaish al-Adl claimed responsibility.",
         [M("hq", [C("IRNA", "confirms", via=("Reuters",),
                     text="Gunmen killed two policemen in an attack on a police station in the town of Rask "
                          "in southeastern Iran, state media reported"),
                   C("Jaish al-Adl", via=("Reuters",),
                     text="the militant group Jaish al-Adl claimed responsibility")], fat=(2, 2, 2))])]),
    S("ne-ouallam-convoy", "Niger (Tillaberi)", FIT,
      "A supply convoy is ambushed: the defence ministry's communique admits ten soldiers lost, state "
      "television and a wire relay it, the Islamic State's agency boasts of forty, a local site quotes "
      "unnamed sources: confirmed.",
      {"convoy": E("Attack", "Islamic State Sahel Province", "Military Forces of Niger", OUALLAM,
                   "2025-03-21", "confirmed", "the ministry admits its own dead")},
      [R("Ministere de la Defense Nationale", "2025-03-22T09:00:00Z",
         "On Friday an FAN unit escorting a supply convoy was attacked by a group of terrorists near "
         "Ouallam. Unfortunately we lost ten soldiers and four others were wounded; on the enemy side some "
         "twenty terrorists were neutralised.",
         [M("convoy", [C("Ministere de la Defense Nationale", "confirms")], fat=(10, 10, None))], "official"),
       R("Tele Sahel", "2025-03-22T12:00:00Z",
         "Ten of our soldiers fell with honour near Ouallam on Friday, the defence ministry said in a "
         "communique read on the evening news.",
         [M("convoy", [C("Ministere de la Defense Nationale", "confirms", via=("Tele Sahel",))],
            fat=(10, 10, 10))], "state media"),
       R("Amaq", "2025-03-21T20:00:00Z",
         "Soldiers of the caliphate ambushed a convoy of the apostate Nigerien army near Ouallam, killing 40 "
         "of them and seizing weapons and vehicles.",
         [M("convoy", [C("Amaq")], fat=(40, 40, 40))], "militant media"),
       R("Agence France-Presse", "2025-03-22T14:00:00Z",
         "At least ten Nigerien soldiers were killed in an ambush near Ouallam in the western Tillaberi "
         "region, the defence ministry said on Saturday, in an area where the Islamic State group is active.",
         [M("convoy", [C("Ministere de la Defense Nationale", "confirms", via=("Agence France-Presse",))],
            fat=(10, 10, None))]),
       R("Air Info", "2025-03-22T16:00:00Z",
         "Sources in Ouallam told Air Info that the convoy came under fire about 15 km from the town and "
         "that several bodies were brought to the district hospital.",
         [M("convoy", [C("sources", via=("Air Info",))], actor1=None)], "newspaper")]),
    S("ly-zawiya-drones", "Libya (west)", FIT,
      "A defence ministry says its drones struck smugglers' hideouts; three outlets tell the ministry's "
      "briefing, under 'Defence Ministry' and 'Ministry of Defense': one origin, claimed.",
      {"strike": E("Air/drone strike", "Military Forces of Libya", "Unidentified Armed Group (Libya)", ZAWIYA,
                   "2025-06-03", "claimed", "the ministry's briefing only; the outlets pass it on")},
      [R("Ministry of Defence of Libya", "2025-06-03T07:00:00Z",
         "Drones of the Ministry of Defence carried out precise strikes at dawn on dens of fuel smuggling and "
         "human trafficking gangs in Zawiya, destroying boats and vehicles used in their crimes.",
         [M("strike", [C("Ministry of Defence of Libya")])], "official"),
       R("Libya Observer", "2025-06-03T09:00:00Z",
         "The Defence Ministry of the Government of National Unity said its drones struck fuel smuggling and "
         "human trafficking hideouts in Zawiya at dawn on Tuesday.",
         [M("strike", [C("Ministry of Defence of Libya", via=("Libya Observer",))])], "newspaper"),
       R("Libya Al-Ahrar", "2025-06-03T13:00:00Z",
         "At a briefing in Tripoli, the spokesman of the Ministry of Defense said drones had hit boats and "
         "vehicles of smuggling gangs in Zawiya this morning.",
         [M("strike", [C("Ministry of Defence of Libya", via=("Libya Al-Ahrar",))])], "newspaper"),
       R("Al Wasat", "2025-06-03T15:00:00Z",
         "Drones struck several sites in Zawiya at dawn on Tuesday, the Ministry of Defence in Tripoli "
         "announced, saying the targets were smugglers.",
         [M("strike", [C("Ministry of Defence of Libya", via=("Al Wasat",))])], "newspaper")]),
    S("ly-abusalim-district", "Libya (Tripoli)", FIT,
      "A brigade says it took a Tripoli district; a paper's correspondent and a UN mission tell the night's "
      "clashes there; a wire gives the brigade's claim and its own witness: one event, corroborated.",
      {"district": E("Non-state actor overtakes territory", "444 Combat Brigade", "Stability Support Apparatus",
                     ABU_SALIM, "2025-05-12", "corroborated",
                     "the brigade, the paper's correspondent, the UN mission and the wire's witness")},
      [R("444 Combat Brigade", "2025-05-12T23:30:00Z",
         "Units of the 444 Combat Brigade took full control of the Abu Salim district on Monday night and "
         "secured its headquarters after the outlaw groups fled.",
         [M("district", [C("444 Combat Brigade")])], "official"),
       R("Libya Observer", "2025-05-12T21:00:00Z",
         "Heavy clashes with medium and heavy weapons broke out in Abu Salim in southern Tripoli on Monday "
         "evening, our correspondent said, as residents sheltered indoors.",
         [M("district", [C("Libya Observer")], type="Armed clash", actor1=None, actor2=None)], "newspaper"),
       R("UNSMIL", "2025-05-13T02:00:00Z",
         "UNSMIL is alarmed by the violent clashes in Tripoli's Abu Salim neighbourhood involving heavy "
         "weapons in densely populated areas, and calls for an immediate ceasefire.",
         [M("district", [C("UNSMIL")], type="Armed clash", actor1=None, actor2=None)], "monitor"),
       R("Reuters", "2025-05-13T08:00:00Z",
         "An armed group aligned with the Tripoli government said it had seized the Abu Salim district after "
         "a night of fighting with a rival force, and a Reuters witness heard gunfire there until dawn.",
         [M("district", [C("444 Combat Brigade", via=("Reuters",),
                           text="An armed group aligned with the Tripoli government said it had seized the Abu "
                                "Salim district after a night of fighting with a rival force"),
                         C("Reuters", text="a Reuters witness heard gunfire there until dawn")])])]),
    S("td-zouar-garrison", "Chad (Tibesti)", FIT,
      "A rebel front claims an attack on a garrison; a news site tells it, then withdraws its article; the "
      "army says no attack took place; a radio gives the claim and the denial: denied.",
      {"garrison": E("Attack", "FACT", "Military Forces of Chad", ZOUAR, "2025-01-26", "denied",
                     "the site withdrew its own account; only the front's claim against the army's denial")},
      [R("Front pour l'Alternance et la Concorde au Tchad", "2025-01-26T09:00:00Z",
         "Our forces attacked the garrison of the junta at Zouar at dawn, killing about fifteen soldiers and "
         "capturing three vehicles.",
         [M("garrison", [C("Front pour l'Alternance et la Concorde au Tchad")], fat=(15, 15, None))],
         "militant media"),
       R("Tchadinfos", "2025-01-26T12:00:00Z",
         "Armed men attacked the military garrison in Zouar in Tibesti early on Sunday, killing several "
         "soldiers, according to our information.",
         [M("garrison", [C("Tchadinfos")], actor1=None)], "newspaper"),
       R("Armee Nationale Tchadienne", "2025-01-26T17:00:00Z",
         "No attack took place in Zouar. The information relayed on social networks by the FACT and some "
         "sites is false; calm reigns in the whole of Tibesti, army spokesman General Issakha Malloua said.",
         [M("garrison", [C("Armee Nationale Tchadienne", "denies")])], "official"),
       R("Tchadinfos", "2025-01-27T08:00:00Z",
         "Tchadinfos withdraws its article of Sunday on an attack at Zouar: our information could not be "
         "confirmed, and we apologise to our readers.",
         [M("garrison", [C("Tchadinfos", "unconfirmed")], actor1=None)], "newspaper"),
       R("Radio France Internationale", "2025-01-27T10:00:00Z",
         "The FACT rebel group said it attacked an army garrison at Zouar in northern Chad, a claim the army "
         "flatly denied on Monday.",
         [M("garrison", [C("Front pour l'Alternance et la Concorde au Tchad", via=("Radio France Internationale",),
                           text="The FACT rebel group said it attacked an army garrison at Zouar in northern Chad"),
                         C("Armee Nationale Tchadienne", "denies", via=("Radio France Internationale",),
                           text="a claim the army flatly denied on Monday")])], "newspaper")]),

    # ---- heldout8val: validation, by country; measured, never fitted ----
    S("th-sungaikolok-market", "Thailand (deep south)", VAL,
      "A motorcycle bomb at a market: the police toll rises from two to four, a rescue foundation gives at "
      "least five, a wire relays the foundation; nobody claims, nobody denies: corroborated.",
      {"market": E("Remote explosive/landmine/IED", "Unidentified Armed Group (Thailand)", "Civilians (Thailand)",
                   SUNGAI_KOLOK, "2025-05-10", "corroborated", "the police and the rescue foundation")},
      [R("Bangkok Post", "2025-05-10T04:00:00Z",
         "A bomb hidden in a motorcycle exploded outside a market in Sungai Kolok on Saturday morning, killing "
         "two people and wounding 14, Narathiwat police said.",
         [M("market", [C("Narathiwat police", via=("Bangkok Post",))], fat=(2, 2, 2))], "newspaper"),
       R("Ruamkatanyu Foundation", "2025-05-10T06:00:00Z",
         "Our rescue volunteers carried at least five dead and 20 injured from the market blast in Sungai "
         "Kolok to the hospital.",
         [M("market", [C("Ruamkatanyu Foundation")], fat=(5, 5, None))], "monitor"),
       R("Thai PBS", "2025-05-10T09:00:00Z",
         "The death toll from the Sungai Kolok market bomb has risen to four, the Narathiwat police commander "
         "told reporters in the afternoon.",
         [M("market", [C("Narathiwat police", via=("Thai PBS",))], fat=(4, 4, 4))], "newspaper"),
       R("Reuters", "2025-05-10T11:00:00Z",
         "A motorcycle bomb killed at least five people at a market in Thailand's southern province of "
         "Narathiwat on Saturday, a rescue foundation said, the deadliest attack in the region this year.",
         [M("market", [C("Ruamkatanyu Foundation", via=("Reuters",))], fat=(5, 5, None),
            vague="Narathiwat")])]),
    S("cm-kumba-ambush", "Cameroon (South-West)", VAL,
      "Separatists claim an ambush on soldiers in a video; a site relays the video; a rights monitor's field "
      "staff confirm the attack; residents heard the gunfire; the army says nothing: corroborated.",
      {"ambush": E("Attack", "Ambazonia Defence Forces", "Military Forces of Cameroon", KUMBA, "2025-08-07",
                   "corroborated", "the separatists and the rights monitor; nobody contradicts")},
      [R("Ambazonia Defence Forces", "2025-08-07T18:00:00Z",
         "Our Restoration Forces ambushed a convoy of the occupying La Republique army on the Kumba-Mamfe road "
         "on Thursday, killing five of their soldiers.",
         [M("ambush", [C("Ambazonia Defence Forces")], fat=(5, 5, 5))], "militant media"),
       R("Mimi Mefo Info", "2025-08-08T07:00:00Z",
         "Separatist fighters of the Ambazonia Defence Forces said in a video posted online that they ambushed "
         "soldiers near Kumba, killing five; MMI could not verify the claim.",
         [M("ambush", [C("Ambazonia Defence Forces", via=("Mimi Mefo Info",))], fat=(5, 5, 5))], "newspaper"),
       R("Centre for Human Rights and Democracy in Africa", "2025-08-09T10:00:00Z",
         "Our field monitors confirmed that separatist fighters attacked a military convoy outside Kumba on "
         "7 August; at least three soldiers died and a passing taxi driver was wounded.",
         [M("ambush", [C("Centre for Human Rights and Democracy in Africa")], fat=(3, 3, None))], "monitor"),
       R("The Guardian Post", "2025-08-08T09:00:00Z",
         "Residents of Kumba said gunfire rang out for about an hour on the Mamfe road on Thursday afternoon "
         "and soldiers later sealed off the area.",
         [M("ambush", [C("residents", via=("The Guardian Post",))], type="Armed clash", actor1=None)],
         "newspaper")]),
    S("ss-yei-base", "South Sudan (Equatoria)", VAL,
      "A rebel front says it overran an army base; a radio, a site quoting its spokesman's post and a second "
      "radio pass the claim on; the army cannot be reached: one origin, claimed.",
      {"base": E("Non-state actor overtakes territory", "National Salvation Front", "Military Forces of South Sudan",
                 YEI, "2025-07-15", "claimed", "the front's word only; three outlets relay it")},
      [R("National Salvation Front", "2025-07-15T12:00:00Z",
         "NAS gallant forces overran the SSPDF base near Yei on Tuesday morning, capturing a large quantity of "
         "arms and ammunition; the regime soldiers ran away.",
         [M("base", [C("National Salvation Front")])], "militant media"),
       R("Radio Tamazuj", "2025-07-15T16:00:00Z",
         "The National Salvation Front said in a statement that its forces captured an army base near Yei on "
         "Tuesday; the army could not be reached for comment.",
         [M("base", [C("National Salvation Front", via=("Radio Tamazuj",))])], "newspaper"),
       R("Sudans Post", "2025-07-15T18:00:00Z",
         "NAS spokesman Suba Samuel Manase said on Facebook that the group's fighters overran the army base "
         "near Yei and seized weapons.",
         [M("base", [C("National Salvation Front", via=("Sudans Post",))])], "newspaper"),
       R("Eye Radio", "2025-07-16T07:00:00Z",
         "The NAS rebel group has claimed the capture of a military base near Yei, a claim that could not be "
         "independently verified.",
         [M("base", [C("National Salvation Front", via=("Eye Radio",))])], "newspaper")]),
    S("iq-kirkuk-two-events", "Iraq (Kirkuk)", VAL,
      "Two events in one city on one day: a roadside bomb on a police patrol in the morning, which the "
      "security cell admits and the Islamic State claims, and rockets near a base in the evening, told by "
      "one outlet's correspondent and an unnamed source: two events, not one.",
      {"ied": E("Remote explosive/landmine/IED", "Islamic State", "Police Forces of Iraq", KIRKUK, "2025-10-19",
                "confirmed", "the security cell tells its own police killed"),
       "rockets": E("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq",
                    KIRKUK, "2025-10-19", "claimed", "one named origin (the correspondent); the source is unnamed")},
      [R("Security Media Cell", "2025-10-19T08:00:00Z",
         "Two members of the federal police were martyred and another was wounded when an explosive device "
         "went off beside their patrol on the road south of Kirkuk this morning.",
         [M("ied", [C("Security Media Cell", "confirms")], fat=(2, 2, 2))], "official"),
       R("Amaq", "2025-10-19T12:00:00Z",
         "Soldiers of the caliphate detonated an explosive device on a patrol of the Rafidi federal police "
         "south of Kirkuk, killing and wounding several of them.",
         [M("ied", [C("Amaq")])], "militant media"),
       R("Shafaq News", "2025-10-19T20:00:00Z",
         "An explosive device struck a federal police patrol south of Kirkuk on Sunday morning, killing two, "
         "the Security Media Cell said. In the evening, three rockets landed near the K1 military base "
         "northwest of the city, a security source told Shafaq News, causing no casualties.",
         [M("ied", [C("Security Media Cell", "confirms", via=("Shafaq News",))], fat=(2, 2, 2),
            text="An explosive device struck a federal police patrol south of Kirkuk on Sunday morning, killing "
                 "two, the Security Media Cell said."),
          M("rockets", [C("security source", via=("Shafaq News",))],
            text="In the evening, three rockets landed near the K1 military base northwest of the city, a "
                 "security source told Shafaq News, causing no casualties.")], "newspaper"),
       R("Rudaw", "2025-10-19T21:30:00Z",
         "Three rockets struck near the K1 base in Kirkuk late on Sunday, Rudaw's correspondent in the city "
         "reported. Earlier in the day a roadside bomb killed two federal policemen south of the city.",
         [M("rockets", [C("Rudaw")],
            text="Three rockets struck near the K1 base in Kirkuk late on Sunday, Rudaw's correspondent in the "
                 "city reported."),
          M("ied", [C("Rudaw")], fat=(2, 2, 2),
            text="Earlier in the day a roadside bomb killed two federal policemen south of the city.")],
         "newspaper"),
       R("Kurdistan24", "2025-10-19T15:00:00Z",
         "Kirkuk police said two officers were killed by a bomb on a road south of the city on Sunday.",
         [M("ied", [C("Kirkuk police", "confirms", via=("Kurdistan24",))], fat=(2, 2, 2), actor1=None)],
         "newspaper")]),
    S("ph-datuhoffer-clash", "Philippines (Maguindanao)", VAL,
      "An army division reports a clash with a jihadist faction; a radio reports two soldiers dead and then "
      "retracts it; villagers heard the fighting; the state agency relays the army: corroborated.",
      {"clash": E("Armed clash", "Military Forces of the Philippines", "Bangsamoro Islamic Freedom Fighters",
                  DATU_HOFFER, "2025-09-27", "corroborated",
                  "the army and the villagers; the radio withdrew its own account")},
      [R("6th Infantry Division", "2025-09-27T10:00:00Z",
         "Troops of the 6th Infantry Division clashed with some 20 BIFF terrorists in Datu Hoffer Ampatuan on "
         "Saturday morning; three of the enemy were killed and no soldier was hurt, the division commander said.",
         [M("clash", [C("6th Infantry Division")], fat=(3, 3, 3))], "official"),
       R("Brigada News", "2025-09-27T11:00:00Z",
         "Two soldiers were killed in an encounter with BIFF gunmen in Datu Hoffer town on Saturday, according "
         "to our reporter in the area.",
         [M("clash", [C("Brigada News")], fat=(2, 2, 2))], "newspaper"),
       R("MindaNews", "2025-09-27T14:00:00Z",
         "Gunfire echoed for nearly two hours in the villages of Datu Hoffer Ampatuan on Saturday as soldiers "
         "fought BIFF gunmen, residents told MindaNews, and dozens of families fled to the town centre.",
         [M("clash", [C("residents", via=("MindaNews",))])], "newspaper"),
       R("Brigada News", "2025-09-27T16:00:00Z",
         "Correction: Brigada News retracts its earlier report that two soldiers died in the Datu Hoffer "
         "encounter; we could not confirm it and we regret the error.",
         [M("clash", [C("Brigada News", "unconfirmed")], actor1=None)], "newspaper"),
       R("Philippine News Agency", "2025-09-27T18:00:00Z",
         "Three BIFF members were killed in a clash with government troops in Maguindanao del Sur on Saturday, "
         "the military said.",
         [M("clash", [C("6th Infantry Division", via=("Philippine News Agency",))], fat=(3, 3, 3),
            vague="Maguindanao del Sur")], "state media")]),
]
