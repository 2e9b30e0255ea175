"""Multi-report sets held out from every change to fusion: written after the status rules were last
changed, in wars no other set covers (Ethiopia, Somalia, Libya, Iraq, Nigeria, Lebanon, Mozambique),
and measured once. Our own words (see README.md)."""
from author import C, E, M, R, S

ET, SO, LY, IQ, NG, LB, MZ = "ET", "SO", "LY", "IQ", "NG", "LB", "MZ"
ENDF, FANO, TPLF = "Military Forces of Ethiopia", "Fano", "Tigray People's Liberation Front"
LALIBELA = ("Lalibela", 12.03, 39.04, ET, "Amhara")
MEKELLE = ("Mekelle", 13.50, 39.47, ET, "Tigray")
MOGADISHU = ("Mogadishu", 2.04, 45.34, SO, "Banaadir")
TRIPOLI = ("Tripoli", 32.89, 13.19, LY, "Tripoli")
ERBIL = ("Erbil", 36.19, 44.01, IQ, "Erbil")
KONDUGA = ("Konduga", 11.65, 13.42, NG, "Borno")
KHIAM = ("Khiam", 33.33, 35.61, LB, "Nabatieh")
MOCIMBOA = ("Mocimboa da Praia", -11.35, 40.35, MZ, "Cabo Delgado")

SETS = [
    S("et-lalibela-town", "Ethiopia", "heldout",
      "A town a militia says it took and the army says it holds.",
      {"town": E("Non-state actor overtakes territory", FANO, ENDF, LALIBELA, "2023-08-03", "disputed",
                 "opposite claims: taken vs held")},
      [R("Addis Standard", "2023-08-03T09:00:00Z",
         "A Fano commander told Addis Standard that the militia's fighters had seized Lalibela overnight.",
         [M("town", [C("a Fano commander", via=("Addis Standard",))])], "newspaper"),
       R("Ethiopian National Defense Force", "2023-08-03T13:00:00Z",
         "The defence force said it remains in full control of Lalibela and that extremist attacks on the "
         "town had been repulsed.",
         [M("town", [C("Ethiopian National Defense Force")], type="Armed clash")], "official"),
       R("BBC", "2023-08-03T16:00:00Z",
         "Fano fighters claim to have captured Lalibela, but the army says it still controls the town, "
         "residents reached by phone gave conflicting accounts.",
         [M("town", [C("Fano", text="Fano fighters claim to have captured Lalibela"),
                     C("Ethiopian army", text="the army says it still controls the town")])])]),
    S("so-mogadishu-hotel", "Somalia", "heldout",
      "A hotel siege: the police count, the attackers' boast, a wire's reporter, a hospital's later "
      "lower bound.",
      {"siege": E("Attack", "Al-Shabaab", "Civilians", MOGADISHU, "2022-08-20", "corroborated",
                  "the police, a wire's own reporter and the group itself")},
      [R("Somali National News Agency", "2022-08-20T08:00:00Z",
         "Nine people were killed when gunmen stormed a hotel near the Lido beach in Mogadishu, a police "
         "officer said.",
         [M("siege", [C("Somali police")], fat=(9, 9, 9))], "state media"),
       R("Radio Andalus", "2022-08-20T09:00:00Z",
         "The mujahideen stormed the hotel in Mogadishu and killed more than twenty apostate officials.",
         [M("siege", [], fat=(20, 20, None))], "militant media"),
       R("Associated Press", "2022-08-20T12:00:00Z",
         "An AP reporter heard gunfire and blasts from the besieged hotel in Mogadishu for hours as security "
         "forces fought the attackers floor by floor.",
         [M("siege", [])]),
       R("Garowe Online", "2022-08-20T18:00:00Z",
         "A doctor at Medina hospital said at least 14 bodies had been brought in from the Mogadishu hotel "
         "attack.",
         [M("siege", [C("a doctor at Medina hospital")], fat=(14, 14, None))], "newspaper")]),
    S("ly-tripoli-clash", "Libya", "heldout",
      "Night clashes between two armed groups in the capital: unnamed residents, one named medical "
      "service, and a paper copying its statement.",
      {"clash": E("Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)",
                  TRIPOLI, "2023-08-14", "claimed", "one named origin")},
      [R("Libya Observer", "2023-08-14T23:00:00Z",
         "Residents reported heavy gunfire in several districts of Tripoli tonight, apparently between rival "
         "armed groups.",
         [M("clash", [C("residents", "uncertain")])], "live blog"),
       R("Emergency Medicine Centre", "2023-08-15T08:00:00Z",
         "The Emergency Medicine Centre said two people were killed and eleven wounded in the overnight "
         "clashes in Tripoli.",
         [M("clash", [C("Emergency Medicine Centre")], fat=(2, 2, 2), day="2023-08-14")], "official"),
       R("Libya Herald", "2023-08-15T09:30:00Z",
         "The Emergency Medicine Centre said two people were killed and eleven wounded in the overnight "
         "clashes in Tripoli.",
         [M("clash", [C("Emergency Medicine Centre", via=("Libya Herald",))], fat=(2, 2, 2), day="2023-08-14")],
         "newspaper")]),
    S("iq-erbil-drone", "Iraq", "heldout",
      "A drone attack on an air base: the militia's claim, the regional counter-terrorism service, and the "
      "targeted side saying it was attacked.",
      {"drone": E("Air/drone strike", "Islamic Resistance in Iraq", "Military Forces of the United States",
                  ERBIL, "2023-10-26", "confirmed", "the side attacked says the attack took place")},
      [R("Sabereen News", "2023-10-26T06:00:00Z",
         "The Islamic Resistance in Iraq said it struck the American occupation base at Erbil airport with "
         "two drones.",
         [M("drone", [C("Islamic Resistance in Iraq")])], "militant media"),
       R("Rudaw", "2023-10-26T07:30:00Z",
         "The Kurdistan Region's counter-terrorism service said a drone was shot down near Erbil airport at "
         "dawn, causing no casualties.",
         [M("drone", [C("Kurdistan Region counter-terrorism service", via=("Rudaw",))])], "newspaper"),
       R("Pentagon", "2023-10-26T15:00:00Z",
         "A Pentagon spokesman said US forces at Erbil air base were attacked by a one-way drone overnight; "
         "there were minor injuries and no damage.",
         [M("drone", [C("Pentagon")])], "official")]),
    S("ng-konduga-bombing", "Nigeria", "heldout",
      "A market bombing: the police's toll, the vigilantes' higher count, and the jihadists' claim through "
      "their agency.",
      {"bomb": E("Suicide bomb", "Islamic State West Africa Province", "Civilians", KONDUGA, "2024-06-29",
                 "corroborated", "the police, the vigilantes and the group's agency")},
      [R("Premium Times", "2024-06-29T18:00:00Z",
         "Police in Borno state said 12 people were killed when a suicide bomber struck a market in Konduga.",
         [M("bomb", [C("Borno state police", via=("Premium Times",))], fat=(12, 12, 12))], "newspaper"),
       R("Reuters", "2024-06-29T20:00:00Z",
         "A leader of the local vigilante force told Reuters that 19 bodies had been recovered from the market "
         "in Konduga after the blast.",
         [M("bomb", [C("Civilian Joint Task Force", via=("Reuters",))], fat=(19, 19, 19))]),
       R("Amaq", "2024-06-30T08:00:00Z",
         "A martyrdom-seeker of the Islamic State detonated his explosive belt among a gathering of militia "
         "and Christians in Konduga.",
         [M("bomb", [], day="2024-06-29")], "militant media")]),
    S("lb-khiam-strike", "Lebanon", "heldout",
      "A strike on a border town: the army's account, the state agency, and the group announcing its own "
      "fighters' deaths.",
      {"strike": E("Air/drone strike", "Military Forces of Israel", "Hezbollah", KHIAM, "2024-01-09", "confirmed",
                   "Hezbollah announces its own dead")},
      [R("Israeli military", "2024-01-09T10:00:00Z",
         "Fighter jets struck Hezbollah operatives and a launch post in the area of Khiam, the military said.",
         [M("strike", [C("Israeli military")])], "official"),
       R("National News Agency", "2024-01-09T11:00:00Z",
         "An enemy drone targeted a house on the edge of Khiam this morning, the National News Agency reported.",
         [M("strike", [])], "state media"),
       R("Al-Manar", "2024-01-09T17:00:00Z",
         "Hezbollah mourned two of its fighters who were martyred in the strike on Khiam.",
         [M("strike", [C("Hezbollah")], fat=(2, 2, 2))], "militant media")]),
    S("et-mekelle-market", "Ethiopia", "heldout",
      "An air raid a regional broadcaster reports and the government says never took place.",
      {"raid": E("Air/drone strike", ENDF, "Civilians", MEKELLE, "2021-10-18", "denied",
                 "the government denies; only the other side's media claims it")},
      [R("Tigrai Television", "2021-10-18T10:00:00Z",
         "Ethiopian warplanes bombed a market in Mekelle this morning, killing civilians, Tigrai Television said.",
         [M("raid", [C("Tigrai Television")])], "militant media"),
       R("Reuters", "2021-10-18T13:00:00Z",
         "A spokesman for the Tigray People's Liberation Front said jets struck Mekelle; Reuters could not "
         "independently verify the report.",
         [M("raid", [C("Tigray People's Liberation Front", via=("Reuters",))])]),
       R("Ethiopian Government Communication Service", "2021-10-18T16:00:00Z",
         "A government spokesperson denied that the air force had carried out any strike on Mekelle and "
         "called the reports fabricated.",
         [M("raid", [C("Ethiopian government", "denies")])], "official")]),
    S("mz-mocimboa-port", "Mozambique", "heldout",
      "A port town the jihadists say they took and the defence ministry says is still being fought over.",
      {"port": E("Non-state actor overtakes territory", "Islamic State Mozambique Province",
                 "Military Forces of Mozambique", MOCIMBOA, "2020-08-12", "disputed",
                 "opposite claims: taken vs fighting goes on")},
      [R("Amaq", "2020-08-12T10:00:00Z",
         "The soldiers of the caliphate took control of the town of Mocimboa da Praia and its port.",
         [M("port", [])], "militant media"),
       R("Lusa", "2020-08-12T14:00:00Z",
         "The Mozambican defence ministry said troops were still fighting insurgents in Mocimboa da Praia and "
         "denied that the port had fallen, Lusa reported.",
         [M("port", [C("Mozambican defence ministry", via=("Lusa",))], type="Armed clash")]),
       R("Zitamar News", "2020-08-12T17:00:00Z",
         "Insurgents say they hold Mocimboa da Praia, while the government insists its forces are still "
         "battling for the town.",
         [M("port", [C("insurgents", text="Insurgents say they hold Mocimboa da Praia"),
                     C("Mozambican government", text="the government insists its forces are still battling for the town")])],
         "newspaper")]),
]
