"""Multi-report sets written by the fusion helper at the start of session 13 (issue #15 items 3-4), before
any of that session's changes, at places no other part uses. Split by country (crc32 of the ISO code % 4 ==
0 is validation): heldout11 (NG, SO, SD, MM, MX, YE, KE, AF) is measured once end to end and then read for
kinds of error; heldout11val (ML, CM, UA, CO) is measured, never read or fitted.

- heldout11:
  - Nigeria (Damboa: ISWAP's agency claims 23 soldiers, the army's operation says three paid the supreme
    price, an analyst's site passes on military sources, a paper gives both, a toll follow-up from an unnamed
    officer: confirmed).
  - Somalia (Wanlaweyn: Al-Shabaab's agency claims a base, a pro-Shabaab site relays it, the defence ministry
    calls it baseless propaganda and says no base was attacked, the state agency passes the denial on, a
    site gives both: denied).
  - Sudan (Kosti: the state government blames an RSF drone for a market strike, a lawyers' monitor counts
    more dead, the RSF calls it fabricated, the state agency copies the government, a paper gives the monitor
    and the denial: disputed).
  - Myanmar (Hpakant: the KIA tells a jet bombing a village, a magazine quotes residents, the junta's
    information team says no air operation took place, a radio gives both: disputed).
  - Mexico (Navolato: the state prosecutor tells a gunfight between cartel factions, a paper's reporters at
    the scene count more dead, a national paper copies the prosecutor, a weekly's follow-up says the toll has
    risen: corroborated).
  - Yemen (Harib: the Houthis' spokesman says a US drone was shot down, their agency and channel pass it on,
    a wire adds unnamed US officials who would not confirm: claimed).
  - Kenya (Witu: Al-Shabaab's agency claims killing soldiers at a camp, the KDF says no such incident
    occurred, a paper gives both, the county police say they have no report of it: denied).
  - Afghanistan (Urgun: the Taliban's spokesman says Pakistani jets killed civilians, the UN mission has
    credible reports of civilian dead, unnamed Pakistani security sources speak of militant hideouts, a
    channel's reporter saw the houses: corroborated).
- heldout11val:
  - Mali (Niono: JNIM's channel says it took the camp, the army says it repelled the attack and holds the
    camp, the state broadcaster relays the army, a radio gives both: disputed).
  - Cameroon (Mora: a Boko Haram video, told only by relays, claims soldiers killed at a post; the defence
    ministry says no attack took place; the state broadcaster passes the denial on: denied).
  - Ukraine (Sumy: the regional administration tells a missile strike and a toll that rises, a wire's
    reporters saw the site, Russia's defence ministry says it struck a command gathering: corroborated).
  - Colombia (Argelia: the police tell two of their patrolmen killed by drone-dropped explosives, a paper and
    the governor pass it on, a monitor counts a civilian too: confirmed).

Our own words (see README.md); gold statuses by docs/statuses.md as it reads at session 13's start."""
from author import C, E, M, R, S

NG, SO, SD, MM, MX, YE, KE, AF = "NG", "SO", "SD", "MM", "MX", "YE", "KE", "AF"
ML, CM, UA, CO = "ML", "CM", "UA", "CO"
DAMBOA = ("Damboa", 11.16, 12.76, NG, "Borno")
WANLAWEYN = ("Wanlaweyn", 2.62, 44.89, SO, "Lower Shabelle")
KOSTI = ("Kosti", 13.16, 32.66, SD, "White Nile")
HPAKANT = ("Hpakant", 25.61, 96.31, MM, "Kachin")
NAVOLATO = ("Navolato", 24.73, -107.71, MX, "Sinaloa")
HARIB = ("Harib", 14.93, 45.50, YE, "Marib")
WITU = ("Witu", -2.39, 40.44, KE, "Lamu")
URGUN = ("Urgun", 32.95, 69.18, AF, "Paktika")
NIONO = ("Niono", 14.25, -5.99, ML, "Segou")
MORA = ("Mora", 11.05, 14.14, CM, "Far North")
SUMY = ("Sumy", 50.92, 34.80, UA, "Sumy")
ARGELIA = ("Argelia", 2.26, -77.25, CO, "Cauca")

FIT, VAL = "heldout11", "heldout11val"

SETS = [
    # ---- heldout11: measured once end to end, then read for kinds of error ----
    S("ng-damboa-base", "Nigeria (Borno)", FIT,
      "ISWAP fighters attack an army base: the group's agency claims 23 soldiers killed, the army's operation "
      "says it repelled the attack and three soldiers paid the supreme price, an analyst's site passes on "
      "military sources, a paper gives both, a site's follow-up says the toll has risen to five: confirmed "
      "(the army admits its own dead).",
      {"base": E("Attack", "Islamic State West Africa Province", "Military Forces of Nigeria", DAMBOA,
                 "2026-03-10", "confirmed", "the army tells its own soldiers killed")},
      [R("Amaq", "2026-03-11T06:00:00Z",
         "Soldiers of the caliphate stormed a barracks of the Nigerian army in the town of Damboa in Borno, "
         "killing 23 soldiers and seizing weapons and ammunition, before returning safely to their positions.",
         [M("base", [C("Amaq")], fat=(23, 23, None))], "militant media"),
       R("Operation Hadin Kai", "2026-03-11T10:00:00Z",
         "Troops of Operation Hadin Kai on Tuesday night repelled an attack by ISWAP terrorists on the Forward "
         "Operating Base in Damboa. Several terrorists were neutralised and their gun trucks destroyed. "
         "Regrettably, three gallant soldiers paid the supreme price while four others were wounded and are "
         "receiving treatment, the operation's media officer said.",
         [M("base", [C("Operation Hadin Kai", "confirms")], fat=(3, 3, None))], "official"),
       R("Zagazola Makama", "2026-03-11T08:00:00Z",
         "Military sources told Zagazola Makama that the insurgents came in over a dozen gun trucks at about "
         "21:30 on Tuesday and were engaged for nearly two hours before air support arrived over Damboa.",
         [M("base", [C("military sources", via=("Zagazola Makama",))])], "newspaper"),
       R("Premium Times", "2026-03-11T14:00:00Z",
         "Three soldiers were killed when ISWAP fighters attacked a military base in Damboa, Borno State, late "
         "on Tuesday, the army said. The jihadist group claimed in a statement carried by its Amaq agency that "
         "it had killed 23 soldiers.",
         [M("base", [C("Operation Hadin Kai", "confirms", via=("Premium Times",),
                       text="Three soldiers were killed when ISWAP fighters attacked a military base in Damboa, "
                            "Borno State, late on Tuesday, the army said."),
                     C("Amaq", via=("Premium Times",),
                       text="The jihadist group claimed in a statement carried by its Amaq agency that it had "
                            "killed 23 soldiers.")], fat=(3, 3, 23))], "newspaper"),
       R("HumAngle", "2026-03-12T09:00:00Z",
         "The toll from Tuesday night's attack on the army base in Damboa has risen to five soldiers after two "
         "of the wounded died at a hospital in Maiduguri, an officer in the theatre command told HumAngle.",
         [M("base", [C("officer in the theatre command", via=("HumAngle",))], fat=(5, 5, 5), actor1=None)],
         "newspaper")]),
    S("so-wanlaweyn-base", "Somalia (Lower Shabelle)", FIT,
      "Al-Shabaab's agency claims storming an army base near Wanlaweyn; a pro-Shabaab site relays it; the "
      "defence ministry calls it baseless propaganda and says no base was attacked; the state agency passes "
      "the denial on; a site gives both and found no other confirmation: denied.",
      {"base": E("Attack", "Al-Shabaab", "Military Forces of Somalia", WANLAWEYN, "2026-04-14", "denied",
                 "the group's word and its relays only; the ministry denies")},
      [R("Shahada News Agency", "2026-04-14T05:30:00Z",
         "Mujahideen fighters raided a base of the apostate militias in Wanlaweyn district at dawn, killing 17 "
         "soldiers and seizing a technical mounted with a heavy machine gun.",
         [M("base", [C("Shahada News Agency")], fat=(17, 17, None))], "militant media"),
       R("Calamada", "2026-04-14T08:00:00Z",
         "Harakat al-Shabaab al-Mujahideen said its fighters killed 17 soldiers in a dawn raid on a base near "
         "Wanlaweyn, according to a statement published by Shahada.",
         [M("base", [C("Shahada News Agency", via=("Calamada",))], fat=(17, 17, None))], "newspaper"),
       R("Ministry of Defence of Somalia", "2026-04-14T12:00:00Z",
         "The propaganda spread by the Khawarij about an attack on our forces in Wanlaweyn is baseless. No base "
         "was attacked, and the Somali National Army continues its operations in Lower Shabelle.",
         [M("base", [C("Ministry of Defence of Somalia", "denies")])], "official"),
       R("Somali National News Agency", "2026-04-14T13:00:00Z",
         "The Ministry of Defence dismissed as false the claims by the Khawarij that they had attacked a "
         "national army base in Wanlaweyn district on Tuesday.",
         [M("base", [C("Ministry of Defence of Somalia", "denies", via=("Somali National News Agency",))])],
         "state media"),
       R("Garowe Online", "2026-04-14T16:00:00Z",
         "Al-Shabaab claimed on Tuesday that it had killed 17 soldiers in an attack on a base in Wanlaweyn, a "
         "claim the defence ministry dismissed as baseless. Garowe Online could not independently confirm "
         "either account.",
         [M("base", [C("Shahada News Agency", via=("Garowe Online",),
                       text="Al-Shabaab claimed on Tuesday that it had killed 17 soldiers in an attack on a base "
                            "in Wanlaweyn"),
                     C("Ministry of Defence of Somalia", "denies", via=("Garowe Online",),
                       text="a claim the defence ministry dismissed as baseless")], fat=(17, 17, None))],
         "newspaper")]),
    S("sd-kosti-market", "Sudan (White Nile)", FIT,
      "A drone hits the main market in Kosti: the state government blames the RSF and counts 14 dead, the state "
      "agency copies it, a lawyers' monitor counts at least 16, the RSF calls the allegations fabricated, a "
      "paper gives the monitor and the denial: disputed (a denial against an independent monitor).",
      {"market": E("Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", KOSTI, "2026-05-17",
                   "disputed", "the government and an independent monitor against the RSF's denial")},
      [R("White Nile State Government", "2026-05-17T09:00:00Z",
         "A drone launched by the terrorist Rapid Support Forces militia struck the central market in Kosti this "
         "morning, killing 14 civilians and wounding dozens, the state's acting governor said.",
         [M("market", [C("White Nile State Government")], fat=(14, 14, None))], "official"),
       R("Sudan News Agency", "2026-05-17T10:00:00Z",
         "A drone launched by the rebel militia struck the central market in Kosti on Sunday morning, killing 14 "
         "civilians and wounding dozens, the state government said.",
         [M("market", [C("White Nile State Government", via=("Sudan News Agency",))], fat=(14, 14, None))],
         "state media"),
       R("Emergency Lawyers", "2026-05-17T15:00:00Z",
         "We document the killing of at least 16 civilians, traders and shoppers among them, when a drone "
         "belonging to the Rapid Support Forces bombed Kosti market on Sunday. We call for an independent "
         "investigation.",
         [M("market", [C("Emergency Lawyers")], fat=(16, 16, None))], "monitor"),
       R("Rapid Support Forces", "2026-05-17T18:00:00Z",
         "The allegations of the Port Sudan authorities that our forces targeted a market in the city of Kosti "
         "are fabricated. Our forces do not target civilians or civilian facilities.",
         [M("market", [C("Rapid Support Forces", "denies")])], "militant media"),
       R("Sudan Tribune", "2026-05-18T07:00:00Z",
         "At least 16 people were killed when a drone struck the main market in Kosti on Sunday, a rights group "
         "said, blaming the paramilitary Rapid Support Forces, which denied any involvement.",
         [M("market", [C("Emergency Lawyers", via=("Sudan Tribune",),
                         text="At least 16 people were killed when a drone struck the main market in Kosti on "
                              "Sunday, a rights group said, blaming the paramilitary Rapid Support Forces"),
                       C("Rapid Support Forces", "denies", via=("Sudan Tribune",),
                         text="which denied any involvement")], fat=(16, 16, None))], "newspaper")]),
    S("mm-hpakant-strike", "Myanmar (Kachin)", FIT,
      "A jet bombs a village near Hpakant: the KIA tells nine civilians killed, a magazine quotes residents "
      "who counted eight, the junta's information team says no air operation took place, a radio gives both: "
      "disputed (the magazine's own reporting against the junta's denial).",
      {"strike": E("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", HPAKANT,
                   "2026-06-05", "disputed", "the KIA and a magazine's own reporting against the junta")},
      [R("Kachin Independence Army", "2026-06-05T13:00:00Z",
         "A junta fighter jet dropped bombs on a village near Hpakant on Friday afternoon, killing nine "
         "civilians, among them three children, and destroying eleven houses.",
         [M("strike", [C("Kachin Independence Army")], fat=(9, 9, None))], "militant media"),
       R("The Irrawaddy", "2026-06-05T17:00:00Z",
         "Residents of a jade-mining village outside Hpakant told The Irrawaddy that a jet dropped two bombs "
         "near the village market on Friday afternoon; they had counted eight bodies by evening.",
         [M("strike", [C("residents", via=("The Irrawaddy",))], fat=(8, 8, None), actor1=None)], "newspaper"),
       R("State Administration Council Information Team", "2026-06-06T08:00:00Z",
         "No air operation was conducted in the Hpakant area on 5 June. The news spread by the KIA terrorist "
         "group and its media is fabricated to tarnish the image of the Tatmadaw.",
         [M("strike", [C("State Administration Council Information Team", "denies")])], "official"),
       R("Radio Free Asia", "2026-06-06T10:00:00Z",
         "The Kachin Independence Army said nine civilians were killed when a military jet bombed a village near "
         "Hpakant on Friday; the junta denied carrying out any air strike in the area.",
         [M("strike", [C("Kachin Independence Army", via=("Radio Free Asia",),
                         text="The Kachin Independence Army said nine civilians were killed when a military jet "
                              "bombed a village near Hpakant on Friday"),
                       C("State Administration Council Information Team", "denies", via=("Radio Free Asia",),
                         text="the junta denied carrying out any air strike in the area")], fat=(9, 9, None))],
         "newspaper")]),
    S("mx-navolato-clash", "Mexico (Sinaloa)", FIT,
      "Cartel factions fight in Navolato: the state prosecutor counts six bodies, a national paper copies it, "
      "a local paper's reporters at the scene count at least seven, a weekly's follow-up says the toll has "
      "risen to eight: corroborated (the prosecutor, no side of the fight, and the paper's own reporters).",
      {"clash": E("Armed clash", "Los Chapitos", "La Mayiza", NAVOLATO, "2026-02-19", "corroborated",
                  "the state prosecutor and a paper's own reporters")},
      [R("Fiscalia General del Estado de Sinaloa", "2026-02-19T22:00:00Z",
         "Six bodies with gunshot wounds were found on Thursday afternoon on a farm road in the municipality of "
         "Navolato after an armed confrontation between criminal groups. Rifles, magazines and two armoured "
         "vehicles were secured at the scene.",
         [M("clash", [C("Fiscalia General del Estado de Sinaloa")], fat=(6, 6, None))], "official"),
       R("El Universal", "2026-02-19T23:30:00Z",
         "Six bodies with gunshot wounds were found on Thursday on a farm road in Navolato, Sinaloa, after an "
         "armed confrontation between criminal groups, the state prosecutor's office said.",
         [M("clash", [C("Fiscalia General del Estado de Sinaloa", via=("El Universal",))], fat=(6, 6, None))],
         "newspaper"),
       R("Noroeste", "2026-02-20T01:00:00Z",
         "At least seven men were killed in a gun battle between rival factions of the Sinaloa cartel outside "
         "Navolato on Thursday. Noroeste reporters who reached the farm road saw seven bodies, hundreds of "
         "spent cartridges and two burned pick-up trucks.",
         [M("clash", [C("Noroeste")], fat=(7, 7, None))], "newspaper"),
       R("Riodoce", "2026-02-21T12:00:00Z",
         "The number of people killed in Thursday's gunfight in Navolato has climbed to eight after a wounded "
         "man died at the general hospital in Culiacan, the state prosecutor's office said.",
         [M("clash", [C("Fiscalia General del Estado de Sinaloa", via=("Riodoce",))], fat=(8, 8, 8),
            actor1=None, actor2=None)], "newspaper")]),
    S("ye-harib-drone", "Yemen (Marib)", FIT,
      "The Houthis' military spokesman says their air defences downed a US drone over Harib; their agency and "
      "their channel pass it on; a wire adds unnamed US officials who would not confirm the loss: claimed "
      "(one side, unnamed officials never count).",
      {"drone": E("Air/drone strike", "Houthis", "Military Forces of the United States", HARIB, "2026-07-22",
                  "claimed", "the Houthis' word only, through three of their mouthpieces")},
      [R("Yahya Saree", "2026-07-22T19:00:00Z",
         "With God's help our air defences shot down an American MQ-9 drone over Harib district in Marib "
         "governorate this afternoon while it was carrying out hostile missions against our country.",
         [M("drone", [C("Yahya Saree")])], "militant media"),
       R("Saba", "2026-07-22T19:30:00Z",
         "The armed forces announced shooting down an American MQ-9 drone over Harib district in Marib "
         "governorate, the military spokesman said in a statement.",
         [M("drone", [C("Yahya Saree", via=("Saba",))])], "militant media"),
       R("Associated Press", "2026-07-22T21:00:00Z",
         "Yemen's Houthi rebels said Wednesday they had shot down a US MQ-9 Reaper drone over Marib province. "
         "Two US officials, speaking on condition of anonymity, said the military was aware of the claim but "
         "would not confirm any loss.",
         [M("drone", [C("Yahya Saree", via=("Associated Press",),
                        text="Yemen's Houthi rebels said Wednesday they had shot down a US MQ-9 Reaper drone over "
                             "Marib province."),
                      C("US officials", "unconfirmed", via=("Associated Press",),
                        text="Two US officials, speaking on condition of anonymity, said the military was aware "
                             "of the claim but would not confirm any loss.")], vague="Marib")]),
       R("Al-Masirah", "2026-07-23T07:00:00Z",
         "Al-Masirah aired footage it said showed the burning wreckage of the American drone that our air "
         "defences brought down in Harib on Wednesday.",
         [M("drone", [C("Al-Masirah")])], "militant media")]),
    S("ke-witu-camp", "Kenya (Lamu)", FIT,
      "Al-Shabaab's agency claims killing nine soldiers at a camp near Witu; the KDF dismisses the reports as "
      "false and says no such incident occurred; a paper gives both; the county police commander says he has "
      "no report of any attack: denied.",
      {"camp": E("Attack", "Al-Shabaab", "Military Forces of Kenya", WITU, "2026-08-09", "denied",
                 "the group's word only; the KDF denies")},
      [R("Shahada News Agency", "2026-08-09T07:00:00Z",
         "The mujahideen attacked a camp of the Kenyan crusader army in the forest near Witu at dawn on Sunday, "
         "killing nine soldiers and burning two of their vehicles.",
         [M("camp", [C("Shahada News Agency")], fat=(9, 9, None))], "militant media"),
       R("Kenya Defence Forces", "2026-08-09T15:00:00Z",
         "KDF wishes to dismiss as false the reports circulating on social media of an attack on our camp near "
         "Witu. No such incident occurred. Our troops remain firmly on course in the Lamu operation.",
         [M("camp", [C("Kenya Defence Forces", "denies")])], "official"),
       R("The Star", "2026-08-09T18:00:00Z",
         "Al-Shabaab claimed on Sunday that it had killed nine Kenyan soldiers in an attack on a camp near "
         "Witu in Lamu County, a claim the Kenya Defence Forces dismissed as false.",
         [M("camp", [C("Shahada News Agency", via=("The Star",),
                       text="Al-Shabaab claimed on Sunday that it had killed nine Kenyan soldiers in an attack "
                            "on a camp near Witu in Lamu County"),
                     C("Kenya Defence Forces", "denies", via=("The Star",),
                       text="a claim the Kenya Defence Forces dismissed as false")], fat=(9, 9, None))],
         "newspaper"),
       R("Daily Nation", "2026-08-10T06:00:00Z",
         "Lamu County police commander said he had received no report of any attack near Witu over the weekend.",
         [M("camp", [C("Lamu County police commander", "unconfirmed", via=("Daily Nation",))], actor1=None)],
         "newspaper")]),
    S("af-urgun-strike", "Afghanistan (Paktika)", FIT,
      "Pakistani jets strike houses in Urgun: the Taliban's spokesman tells twelve civilians killed, the UN "
      "mission has credible reports of civilian dead, unnamed Pakistani security sources speak of militant "
      "hideouts, a channel's reporter saw the ruins: corroborated (the Taliban and the UN mission; nobody "
      "denies).",
      {"strike": E("Air/drone strike", "Military Forces of Pakistan", "Civilians (Afghanistan)", URGUN,
                   "2026-09-03", "corroborated", "the Taliban's spokesman, the UN mission and a channel's reporter")},
      [R("Zabihullah Mujahid", "2026-09-04T03:00:00Z",
         "Last night Pakistani military aircraft bombed the homes of civilians in Urgun district of Paktika "
         "province, martyring twelve people, most of them women and children. The Islamic Emirate condemns "
         "this violation of Afghanistan's sovereignty and will respond.",
         [M("strike", [C("Zabihullah Mujahid")], fat=(12, 12, None))], "official"),
       R("Dawn", "2026-09-04T08:00:00Z",
         "Security sources told Dawn on Friday that the strikes in Paktika targeted hideouts of the Tehreek-e-Taliban "
         "Pakistan used to plan attacks across the border, and that several militants were killed.",
         [M("strike", [C("security sources", "uncertain", via=("Dawn",))], vague="Paktika")], "newspaper"),
       R("United Nations Assistance Mission in Afghanistan", "2026-09-04T12:00:00Z",
         "UNAMA has received credible reports that civilians, including women and children, were killed in "
         "airstrikes in Urgun district, Paktika, on the night of 3 September, and calls on all parties to "
         "protect civilians.",
         [M("strike", [C("United Nations Assistance Mission in Afghanistan")], actor1=None)], "monitor"),
       R("Tolo News", "2026-09-04T14:00:00Z",
         "A Tolo News reporter in Urgun saw three houses reduced to rubble in a village south of the district "
         "centre on Thursday night's strikes; relatives were digging graves beside them.",
         [M("strike", [C("Tolo News")], actor1=None)], "newspaper")]),

    # ---- heldout11val: validation, by country; measured, never read or fitted ----
    S("ml-niono-camp", "Mali (Segou)", VAL,
      "JNIM's channel says its fighters took the army camp at Niono; the army says it repelled the attack and "
      "the camp remains under its control; the state broadcaster relays the army; a radio gives both: "
      "disputed (changed hands against held).",
      {"camp": E("Non-state actor overtakes territory", "JNIM", "Military Forces of Mali", NIONO, "2026-04-27",
                 "disputed", "JNIM says it took the camp; the army says it holds it")},
      [R("az-Zallaqa", "2026-04-27T10:00:00Z",
         "The mujahideen of Jama'at Nusrat al-Islam wal-Muslimin took control of the military camp of Niono "
         "after the apostate soldiers fled, and seized vehicles and weapons.",
         [M("camp", [C("az-Zallaqa")])], "militant media"),
       R("Forces Armees Maliennes", "2026-04-27T14:00:00Z",
         "The FAMa vigorously repelled a terrorist attack against the Niono camp in the early hours of Monday. "
         "The camp remains under the full control of our forces. Provisional toll: eleven terrorists "
         "neutralised; on the friendly side, two wounded.",
         [M("camp", [C("Forces Armees Maliennes")], type="Armed clash")], "official"),
       R("ORTM", "2026-04-27T20:00:00Z",
         "The armed forces repelled an attack by armed terrorist groups on the Niono camp on Monday and remain "
         "in control of it, the army general staff said.",
         [M("camp", [C("Forces Armees Maliennes", via=("ORTM",))], type="Armed clash")], "state media"),
       R("Studio Tamani", "2026-04-28T07:00:00Z",
         "The JNIM said it had taken the military camp at Niono on Monday, while the army said it had repelled "
         "the assault and still held the camp.",
         [M("camp", [C("az-Zallaqa", via=("Studio Tamani",),
                       text="The JNIM said it had taken the military camp at Niono on Monday"),
                     C("Forces Armees Maliennes", via=("Studio Tamani",),
                       text="the army said it had repelled the assault and still held the camp")])],
         "newspaper")]),
    S("cm-mora-post", "Cameroon (Far North)", VAL,
      "A video said to be Boko Haram's claims soldiers killed at a post near Mora, told only by relays; the "
      "defence ministry says no attack took place; the state broadcaster passes the denial on; a news site "
      "gives both: denied.",
      {"post": E("Attack", "Boko Haram", "Military Forces of Cameroon", MORA, "2026-06-23", "denied",
                 "the group's video, through relays only; the ministry denies")},
      [R("HumAngle", "2026-06-24T09:00:00Z",
         "In a video released on Wednesday, Boko Haram fighters said they had killed seven Cameroonian soldiers "
         "in an attack on an army post outside Mora on Tuesday night and showed rifles they said they took.",
         [M("post", [C("Boko Haram", via=("HumAngle",))], fat=(7, 7, None))], "newspaper"),
       R("Ministere de la Defense du Cameroun", "2026-06-24T16:00:00Z",
         "The Ministry of Defence formally denies the allegations spread on social networks about an attack on a "
         "military post at Mora. No such attack took place, and the defence and security forces remain "
         "deployed throughout the Far North region.",
         [M("post", [C("Ministere de la Defense du Cameroun", "denies")])], "official"),
       R("CRTV", "2026-06-24T19:00:00Z",
         "The defence ministry has denied reports that Boko Haram attacked an army post in Mora, describing them "
         "as fake news.",
         [M("post", [C("Ministere de la Defense du Cameroun", "denies", via=("CRTV",))])], "state media"),
       R("Journal du Cameroun", "2026-06-25T08:00:00Z",
         "A video attributed to Boko Haram claims seven soldiers were killed near Mora on Tuesday; the defence "
         "ministry says no attack took place.",
         [M("post", [C("Boko Haram", via=("Journal du Cameroun",),
                       text="A video attributed to Boko Haram claims seven soldiers were killed near Mora on "
                            "Tuesday"),
                     C("Ministere de la Defense du Cameroun", "denies", via=("Journal du Cameroun",),
                       text="the defence ministry says no attack took place")], fat=(7, 7, None))],
         "newspaper")]),
    S("ua-sumy-strike", "Ukraine (Sumy)", VAL,
      "Ballistic missiles hit central Sumy: the regional administration counts eleven dead, then says the toll "
      "has risen to fourteen; a wire's reporters saw the site; Russia's defence ministry says it struck a "
      "gathering of Ukrainian commanders: corroborated (both sides and a wire tell the strike).",
      {"strike": E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", SUMY,
                   "2026-03-29", "corroborated", "the regional administration, a wire's reporters and the "
                   "striking side")},
      [R("Sumy Regional Military Administration", "2026-03-29T09:00:00Z",
         "Two Russian ballistic missiles hit the centre of Sumy this morning, near a university building and a "
         "trolleybus stop. Eleven people were killed and 60 wounded, the head of the regional military "
         "administration said.",
         [M("strike", [C("Sumy Regional Military Administration")], fat=(11, 11, None))], "official"),
       R("Reuters", "2026-03-29T13:00:00Z",
         "Reuters reporters in Sumy saw a burned-out trolleybus and bodies covered with sheets on the street "
         "after two missiles struck the city centre on Sunday morning.",
         [M("strike", [C("Reuters")], actor1=None)]),
       R("Ministry of Defence of the Russian Federation", "2026-03-29T15:00:00Z",
         "A strike with Iskander missiles hit a meeting of the command staff of the operational-tactical group "
         "in the city of Sumy; up to 40 servicemen were eliminated.",
         [M("strike", [C("Ministry of Defence of the Russian Federation")], actor2="Military Forces of Ukraine")],
         "official"),
       R("Sumy Regional Military Administration", "2026-03-30T08:00:00Z",
         "The toll of yesterday's missile strike on Sumy has risen to 14 after three of the wounded died in "
         "hospital overnight.",
         [M("strike", [C("Sumy Regional Military Administration")], fat=(14, 14, None), actor1=None)],
         "official")]),
    S("co-argelia-station", "Colombia (Cauca)", VAL,
      "Explosives dropped from drones hit the police station in Argelia: the police tell two of their "
      "patrolmen killed, a paper and the governor pass it on, a monitor counts three dead with a civilian: "
      "confirmed (the police admit their own dead).",
      {"station": E("Air/drone strike", "FARC-EP dissidents", "Police Forces of Colombia", ARGELIA, "2026-10-06",
                    "confirmed", "the police tell their own patrolmen killed")},
      [R("Policia Nacional de Colombia", "2026-10-06T21:00:00Z",
         "With deep sorrow we report that two of our patrolmen were killed and three more wounded when the "
         "police station in Argelia, Cauca, was attacked with explosives dropped from drones by the Carlos "
         "Patino structure on Tuesday afternoon.",
         [M("station", [C("Policia Nacional de Colombia", "confirms")], fat=(2, 2, None))], "official"),
       R("El Tiempo", "2026-10-06T22:30:00Z",
         "Two police officers were killed and three wounded in a drone attack on the police station in Argelia, "
         "in Cauca, the National Police said, blaming dissidents of the former FARC.",
         [M("station", [C("Policia Nacional de Colombia", "confirms", via=("El Tiempo",))], fat=(2, 2, None))],
         "newspaper"),
       R("Gobernacion del Cauca", "2026-10-07T08:00:00Z",
         "The governor of Cauca rejected the drone attack on the Argelia police station, in which two "
         "patrolmen lost their lives, and called for more troops in the south of the department.",
         [M("station", [C("Gobernacion del Cauca")], fat=(2, 2, None), actor1=None)], "official"),
       R("Indepaz", "2026-10-07T12:00:00Z",
         "At least three people died in Tuesday's drone attack on the Argelia police station: two patrolmen and "
         "a shopkeeper whose store stood across the street.",
         [M("station", [C("Indepaz")], fat=(3, 3, None), actor1=None)], "monitor")]),
]
