"""Multi-report sets written by the fusion helper at the start of session 11 (part heldout6), before
any of that session's changes, in the wars the desk follows most (Sudan, Myanmar, Ukraine, Lebanon,
Gaza, the Sahel, eastern DR Congo, Yemen), at places no other part uses, and in the shapes those
wars' reports take: an army admitting a strike on its own depot against a paramilitary's boast
(El Obeid), a junta denying an air strike on a school that a UN office and a resistance group both
tell (Tabayin), a capture claimed and a town said to be still fought over (Toretsk), a party mourning
its own fighter after a strike (Bint Jbeil), a jihadist claim denied by a junta with only an unnamed
security source behind it (Djibo), a church massacre told by a UN mission, a local leader whose toll
is revised and a copied article (Komanda), one side's three mouthpieces and a wire relaying them
(Saada), a rebel capture passed on by four outlets (Hpapun) and a tent camp struck, told by two relief
bodies while the army says it is looking into it (al-Mawasi).
Measured once with the session's starting code (bench/results/fusion.md, Session 11) before any
change. Our own words (see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

SD, MM, UA, LB, BF, CD, YE, PS = "SD", "MM", "UA", "LB", "BF", "CD", "YE", "PS"
EL_OBEID = ("El Obeid", 13.18, 30.22, SD, "North Kordofan")
TABAYIN = ("Tabayin", 22.69, 95.33, MM, "Sagaing")
TORETSK = ("Toretsk", 48.40, 37.85, UA, "Donetsk")
BINT_JBEIL = ("Bint Jbeil", 33.12, 35.43, LB, "Nabatieh")
DJIBO = ("Djibo", 14.10, -1.63, BF, "Sahel")
KOMANDA = ("Komanda", 1.37, 29.77, CD, "Ituri")
SAADA = ("Saada", 16.94, 43.76, YE, "Saada")
HPAPUN = ("Hpapun", 18.07, 97.44, MM, "Kayin")
MAWASI = ("al-Mawasi", 31.36, 34.25, PS, "Khan Younis")

SETS = [
    S("sd-elobeid-depot", "Sudan", "heldout6",
      "Drones hit a fuel depot: the army's spokesman admits the depot burned, the RSF boasts on Telegram, "
      "a Sudanese site relays the RSF, a wire cites the army and its own witnesses.",
      {"depot": E("Air/drone strike", "Rapid Support Forces", "Military Forces of Sudan", EL_OBEID,
                  "2025-05-04", "confirmed", "the army admits its own depot was struck")},
      [R("Rapid Support Forces", "2025-05-04T08:00:00Z",
         "Our drone units destroyed the fuel depot of the army of the Port Sudan Brigade in El Obeid at "
         "dawn today, setting its tanks ablaze.",
         [M("depot", [C("Rapid Support Forces")])], "militant media"),
       R("Sudanese Armed Forces", "2025-05-04T11:00:00Z",
         "Hostile drones launched by the rebel militia struck the fuel depot of our forces in El Obeid this "
         "morning and caused a fire that civil defence teams are containing; there were no casualties, army "
         "spokesman Brigadier Nabil Abdallah said.",
         [M("depot", [C("Sudanese Armed Forces", "confirms")], fat=(0, 0, 0))], "official"),
       R("Sudan Tribune", "2025-05-04T13:00:00Z",
         "The RSF said in a post on its Telegram channel that its drones hit a military fuel store in El Obeid, "
         "the capital of North Kordofan.",
         [M("depot", [C("Rapid Support Forces", via=("Sudan Tribune",))])], "newspaper"),
       R("Reuters", "2025-05-04T16:00:00Z",
         "Sudan's army said drones struck a fuel depot in El Obeid on Sunday. Two witnesses told Reuters "
         "they saw thick black smoke rising over the city's east for hours.",
         [M("depot", [C("Sudanese Armed Forces", "confirms", via=("Reuters",),
                        text="Sudan's army said drones struck a fuel depot in El Obeid on Sunday."),
                      C("witnesses", text="Two witnesses told Reuters they saw thick black smoke")],
            actor1=None)])]),
    S("mm-tabayin-school", "Myanmar (Sagaing)", "heldout6",
      "A school hit from the air: a resistance force gives the toll, an exile outlet relays it, the junta's "
      "spokesman calls it fabricated, the UN human rights office says its own information shows children died.",
      {"school": E("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", TABAYIN,
                   "2025-05-12", "disputed",
                   "the junta denies; the UN office stands behind the strike besides the resistance force")},
      [R("Tabayin People's Defence Force", "2025-05-12T07:00:00Z",
         "A junta jet dropped two bombs on the middle school in Oe Htein Kwin village, Tabayin township, "
         "during morning lessons, killing 20 children and two teachers, our local defence force said.",
         [M("school", [C("Tabayin People's Defence Force")], fat=(22, 22, 22))], "militant media"),
       R("Myanmar Now", "2025-05-12T12:00:00Z",
         "Twenty pupils and two teachers died when a military aircraft bombed a school in Tabayin township on "
         "Monday, a spokesperson for the township's People's Defence Force told Myanmar Now.",
         [M("school", [C("Tabayin People's Defence Force", via=("Myanmar Now",))], fat=(22, 22, 22))],
         "newspaper"),
       R("Myanmar military government", "2025-05-13T06:00:00Z",
         "Junta spokesman Major General Zaw Min Tun said reports of an air strike on a school in Tabayin were "
         "fabricated news spread by terrorist groups, and that no aircraft operated in the area that day.",
         [M("school", [C("Myanmar military government", "denies")], actor1=None)], "state media"),
       R("UN Human Rights Office", "2025-05-14T10:00:00Z",
         "Information gathered by our office indicates that at least 17 children were among those killed when "
         "a school in Tabayin township, Sagaing Region, was struck from the air on 12 May.",
         [M("school", [C("UN Human Rights Office")], fat=(17, 17, None), actor1=None)], "monitor"),
       R("The Irrawaddy", "2025-05-14T15:00:00Z",
         "The UN rights office said at least 17 children died in the bombing of the Tabayin school, which the "
         "regime has denied carrying out.",
         [M("school", [C("UN Human Rights Office", via=("The Irrawaddy",),
                         text="The UN rights office said at least 17 children died in the bombing of the Tabayin school"),
                       C("Myanmar military government", "denies", via=("The Irrawaddy",),
                         text="which the regime has denied carrying out")],
            fat=(17, 17, None))], "newspaper")]),
    S("ua-toretsk-town", "Russia/Ukraine", "heldout6",
      "Russia's defence ministry says it has taken a town, two state agencies repeat it word for word, "
      "Ukraine's operational group says the fighting goes on in its streets, a think tank sees no capture.",
      {"town": E("Non-state actor overtakes territory", "Military Forces of Russia", "Military Forces of Ukraine",
                 TORETSK, "2025-02-10", "disputed",
                 "Russia claims the capture; Ukraine says the fighting goes on")},
      [R("Russian Ministry of Defence", "2025-02-10T09:00:00Z",
         "Units of the Southern group of forces have completed the liberation of the town of Dzerzhinsk "
         "(Toretsk) in the Donetsk People's Republic, the Ministry of Defence reported.",
         [M("town", [C("Russian Ministry of Defence")])], "official"),
       R("TASS", "2025-02-10T09:20:00Z",
         "Units of the Southern group of forces have completed the liberation of the town of Dzerzhinsk "
         "(Toretsk), the Russian Defence Ministry said.",
         [M("town", [C("Russian Ministry of Defence", via=("TASS",))])], "state media"),
       R("RIA Novosti", "2025-02-10T09:25:00Z",
         "Units of the Southern group of forces have completed the liberation of Dzerzhinsk (Toretsk), the "
         "Russian Defence Ministry said.",
         [M("town", [C("Russian Ministry of Defence", via=("RIA Novosti",))])], "state media"),
       R("Kyiv Independent", "2025-02-10T14:00:00Z",
         "Fighting continues inside Toretsk and Ukrainian units still hold positions in the town's north, "
         "Viktor Trehubov, spokesman for the Khortytsia group of forces, said, dismissing Moscow's claim.",
         [M("town", [C("Khortytsia group of forces", "denies", via=("Kyiv Independent",))],
            type="Armed clash", actor1=None)], "newspaper"),
       R("Institute for the Study of War", "2025-02-11T01:00:00Z",
         "Geolocated footage published on 10 February shows Ukrainian forces still operating in north-western "
         "Toretsk; ISW has not observed evidence that Russian forces have seized the whole town.",
         [M("town", [C("Institute for the Study of War")], type="Armed clash", actor1=None)],
         "monitor")]),
    S("lb-bintjbeil-car", "Israel/Hezbollah", "heldout6",
      "A drone hits a car: the Israeli army says it killed a Hezbollah operative, the Lebanese state agency "
      "reports one dead, a Beirut paper relays the agency, Hezbollah mourns one of its fighters.",
      {"car": E("Air/drone strike", "Military Forces of Israel", "Hezbollah", BINT_JBEIL, "2025-03-22",
                "confirmed", "Hezbollah admits its own fighter killed")},
      [R("Israel Defense Forces", "2025-03-22T10:00:00Z",
         "A short while ago the IDF struck a Hezbollah terrorist in the area of Bint Jbeil in southern Lebanon "
         "who was advancing attacks against the State of Israel.",
         [M("car", [C("Israel Defense Forces")])], "official"),
       R("National News Agency", "2025-03-22T10:30:00Z",
         "An enemy drone targeted a car on the road between Bint Jbeil and Ainata, killing its driver.",
         [M("car", [C("National News Agency")], fat=(1, 1, 1), actor2=None)], "state media"),
       R("L'Orient Today", "2025-03-22T12:00:00Z",
         "One man was killed when an Israeli drone struck a car near Bint Jbeil, the state-run National News "
         "Agency reported.",
         [M("car", [C("National News Agency", via=("L'Orient Today",))], fat=(1, 1, 1), actor2=None)],
         "newspaper"),
       R("Al-Manar", "2025-03-22T17:00:00Z",
         "The Islamic Resistance mourned the martyr Ali Hassan Fares, one of its fighters from Bint Jbeil, who "
         "rose on the road to Jerusalem.",
         [M("car", [C("Hezbollah", "confirms")], fat=(1, 1, 1), actor1=None)], "militant media"),
       R("Agence France-Presse", "2025-03-22T18:00:00Z",
         "An Israeli drone strike on a car in south Lebanon killed a Hezbollah member, a source close to the "
         "group told AFP, despite the ceasefire in force since November.",
         [M("car", [C("source close to the group")], fat=(1, 1, 1))])]),
    S("bf-djibo-base", "Burkina Faso", "heldout6",
      "JNIM claims an assault on an army base; a news site and a wire relay the claim; an unnamed security "
      "source speaks of an attack; the junta denies losing anything: denied.",
      {"base": E("Attack", "JNIM", "Military Forces of Burkina Faso", DJIBO, "2025-05-11", "denied",
                 "the government denies; only JNIM and an unnamed source stand behind it")},
      [R("Wamaps", "2025-05-11T15:00:00Z",
         "JNIM fighters stormed the military camp at Djibo on Sunday morning and say they killed dozens of "
         "soldiers and VDP auxiliaries, according to a claim carried by the group's az-Zallaqa outlet.",
         [M("base", [C("JNIM", via=("Wamaps",))])], "newspaper"),
       R("Agence France-Presse", "2025-05-12T08:00:00Z",
         "Al-Qaeda's Sahel branch claimed an assault on the Djibo garrison in northern Burkina Faso. A "
         "security source told AFP that a large attack took place, without giving a toll.",
         [M("base", [C("JNIM", via=("Agence France-Presse",),
                       text="Al-Qaeda's Sahel branch claimed an assault on the Djibo garrison"),
                     C("security source", text="A security source told AFP that a large attack took place")])]),
       R("Government of Burkina Faso", "2025-05-12T19:00:00Z",
         "Government spokesman Jean Emmanuel Ouedraogo called the images of a fallen Djibo camp circulating on "
         "social networks a montage, and said the garrison had repelled no attack because none had occurred.",
         [M("base", [C("Government of Burkina Faso", "denies")], actor1=None)], "official"),
       R("Radiodiffusion Television du Burkina", "2025-05-12T21:00:00Z",
         "The government has refuted the terrorist propaganda about Djibo: our defence and security forces "
         "hold all their positions in the province of Soum.",
         [M("base", [C("Government of Burkina Faso", "denies", via=("Radiodiffusion Television du Burkina",))],
            vague="Soum", actor1=None)], "state media")]),
    S("cd-komanda-church", "DR Congo (Ituri)", "heldout6",
      "Worshippers killed at a night vigil: the UN mission gives its toll, a civil society leader revises "
      "his twice, a Kinshasa site copies the radio's article, the Islamic State's agency claims it.",
      {"church": E("Attack", "ADF", "Civilians (Democratic Republic of Congo)", KOMANDA, "2025-07-27",
                   "corroborated", "the UN mission and the civil society leader, with the group's own claim")},
      [R("Radio Okapi", "2025-07-27T06:00:00Z",
         "At least 21 people were killed overnight by ADF rebels in a Catholic church in Komanda, Ituri, "
         "during a prayer vigil, said Dieudonne Duranthabo, civil society coordinator for the area.",
         [M("church", [C("Dieudonne Duranthabo", via=("Radio Okapi",))], fat=(21, 21, None))], "newspaper"),
       R("Actualite.cd", "2025-07-27T07:00:00Z",
         "At least 21 people were killed overnight by ADF rebels in a Catholic church in Komanda, in Ituri, "
         "during a prayer vigil, according to Dieudonne Duranthabo, civil society coordinator.",
         [M("church", [C("Dieudonne Duranthabo", via=("Actualite.cd",))], fat=(21, 21, None))], "newspaper"),
       R("Radio Okapi", "2025-07-27T18:00:00Z",
         "The toll of the attack on the Komanda church has risen to 38 dead after more bodies were found in "
         "burned houses nearby, Dieudonne Duranthabo said on Sunday evening.",
         [M("church", [C("Dieudonne Duranthabo", via=("Radio Okapi",))], fat=(38, 38, 38))], "newspaper"),
       R("MONUSCO", "2025-07-28T09:00:00Z",
         "The mission condemns the attack by ADF combatants on worshippers in Komanda on the night of 26 to 27 "
         "July, in which at least 43 civilians, among them children, lost their lives.",
         [M("church", [C("MONUSCO")], fat=(43, 43, None))], "monitor"),
       R("Reuters", "2025-07-28T12:00:00Z",
         "Islamic State claimed the attack on a church in the Congolese town of Komanda through its Amaq "
         "agency, saying its fighters killed about 45 Christians.",
         [M("church", [C("Amaq", via=("Reuters",))], fat=(45, 45, 45))])]),
    S("ye-saada-centre", "Yemen", "heldout6",
      "A strike on a migrant detention centre is told by the Houthis' television, their news agency and "
      "their health ministry, and by a wire citing the television; the US command says it is assessing: "
      "one origin.",
      {"centre": E("Air/drone strike", "Military Forces of the United States", "Civilians (Yemen)", SAADA,
                   "2025-04-28", "claimed", "only the Houthi authorities (three mouthpieces) stand behind it")},
      [R("Al-Masirah", "2025-04-28T04:00:00Z",
         "American aggression raids hit a centre holding African migrants in Saada at dawn, killing 68 and "
         "wounding 47, the civil defence said.",
         [M("centre", [C("Al-Masirah")], fat=(68, 68, 68))], "militant media"),
       R("Saba", "2025-04-28T06:00:00Z",
         "Sixty-eight African migrants were martyred in American raids that targeted their shelter in Saada "
         "governorate, the ministry of health said in a statement.",
         [M("centre", [C("Houthi health ministry")], fat=(68, 68, 68))], "state media"),
       R("Agence France-Presse", "2025-04-28T09:00:00Z",
         "At least 68 migrants died in a US strike on a detention centre in the rebel stronghold of Saada, the "
         "Houthi-run Al-Masirah television said, citing the civil defence.",
         [M("centre", [C("Al-Masirah", via=("Agence France-Presse",))], fat=(68, 68, None))]),
       R("US Central Command", "2025-04-28T20:00:00Z",
         "CENTCOM is aware of claims of civilian casualties in Saada and is assessing them; we take such "
         "claims seriously.",
         [M("centre", [C("US Central Command", "uncertain")], vague="Saada", actor1=None)], "official")]),
    S("mm-hpapun-camp", "Myanmar (Kayin)", "heldout6",
      "An ethnic armed group says it took an army camp; a Karen outlet and three exile outlets pass the "
      "statement on, one nearly word for word; nobody else speaks: one origin.",
      {"camp": E("Non-state actor overtakes territory", "Karen National Liberation Army",
                 "Military Forces of Myanmar", HPAPUN, "2025-03-30", "claimed",
                 "the KNLA's own statement, relayed twice; nobody else")},
      [R("Karen National Union", "2025-03-30T12:00:00Z",
         "KNLA Brigade 5 forces captured the regime's camp at Hpapun after three days of fighting and seized "
         "weapons and ammunition, the KNU said in a statement on Sunday.",
         [M("camp", [C("Karen National Union")])], "militant media"),
       R("Karen Information Center", "2025-03-30T15:00:00Z",
         "KNLA Brigade 5 captured the regime's camp at Hpapun after three days of fighting and seized weapons "
         "and ammunition, the KNU said on Sunday.",
         [M("camp", [C("Karen National Union", via=("Karen Information Center",))])], "newspaper"),
       R("The Irrawaddy", "2025-03-31T03:00:00Z",
         "Karen resistance fighters overran a junta base in Hpapun township after a three-day siege, according "
         "to a statement by the Karen National Union, which The Irrawaddy could not verify.",
         [M("camp", [C("Karen National Union", via=("The Irrawaddy",))], vague="Hpapun")], "newspaper"),
       R("Democratic Voice of Burma", "2025-03-31T09:00:00Z",
         "The KNU says its Brigade 5 now holds the former regime camp at Hpapun; the military council has not "
         "commented on the loss.",
         [M("camp", [C("Karen National Union", via=("Democratic Voice of Burma",))])], "newspaper")]),
    S("ps-mawasi-tents", "Gaza", "heldout6",
      "Tents struck at night: the Red Crescent counts the dead and revises its count, a doctors' charity "
      "treats the wounded at its field hospital, a news agency relays the Red Crescent, the army says it is "
      "looking into it: two origins, none denying.",
      {"tents": E("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", MAWASI,
                  "2025-06-08", "corroborated", "the Red Crescent and MSF; the army neither confirms nor denies")},
      [R("Palestine Red Crescent Society", "2025-06-08T02:00:00Z",
         "Our crews recovered six bodies and transferred fourteen wounded after an Israeli strike on tents of "
         "displaced families in al-Mawasi, west of Khan Younis.",
         [M("tents", [C("Palestine Red Crescent Society")], fat=(6, 6, 6))], "monitor"),
       R("WAFA", "2025-06-08T05:00:00Z",
         "Six citizens were martyred and others injured when the occupation bombed tents sheltering displaced "
         "people in al-Mawasi, the Red Crescent said.",
         [M("tents", [C("Palestine Red Crescent Society", via=("WAFA",))], fat=(6, 6, 6))], "state media"),
       R("Medecins Sans Frontieres", "2025-06-08T09:00:00Z",
         "Our field hospital in al-Mawasi received 19 wounded people overnight after a strike hit the tent "
         "area beside it; two of them died on arrival.",
         [M("tents", [C("Medecins Sans Frontieres")], fat=(2, 2, None), actor1=None)], "monitor"),
       R("Palestine Red Crescent Society", "2025-06-08T11:00:00Z",
         "The number of dead from the overnight bombing of the displaced people's tents in al-Mawasi has risen "
         "to nine, two of them children.",
         [M("tents", [C("Palestine Red Crescent Society")], fat=(9, 9, 9), actor1=None)], "monitor"),
       R("Times of Israel", "2025-06-08T13:00:00Z",
         "The Israeli military said it was looking into reports of a strike on tents in the Mawasi area and "
         "had no immediate comment.",
         [M("tents", [C("Israel Defense Forces", "uncertain", via=("Times of Israel",))], actor1=None)],
         "newspaper")]),
]
