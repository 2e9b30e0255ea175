"""Multi-report sets written by the fusion helper at the start of session 9 (part heldout4), before
any of that session's changes, in wars and shapes the other parts have few of: Sudan's RSF and the
state (a drone strike on a hospital, the RSF rejecting it "as baseless", a medical charity's own
teams), Myanmar's resistance (a regional command lost, the junta's spokesman admitting the loss of
contact on state TV), Cabo Delgado (a defence ministry's own dead relayed through a second outlet),
Haiti (one gang leader's video quoted by two outlets and nothing else), Israel and Hezbollah (a
boast of a tank hit, relayed, and denied by the army in a live blog), Colombia's Catatumbo (one
armed group says it drove the other out, the other says it holds its positions), and Amhara (a drone
strike told by a named doctor and the rights commission while the government stays silent).
Measured once with the session's starting code (bench/results/fusion.md, Session 9); blind: never
fitted. Our own words (see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

SD, MM, MZ, HT, IL, CO, ET = "SD", "MM", "MZ", "HT", "IL", "CO", "ET"
EL_FASHER = ("El Fasher", 13.63, 25.35, SD, "North Darfur")
LASHIO = ("Lashio", 22.94, 97.75, MM, "Shan")
MACOMIA = ("Macomia", -12.24, 40.12, MZ, "Cabo Delgado")
MIREBALAIS = ("Mirebalais", 18.83, -72.10, HT, "Centre")
METULA = ("Metula", 33.28, 35.58, IL, "Northern")
TIBU = ("Tibu", 8.64, -72.73, CO, "Norte de Santander")
DEBRE_MARKOS = ("Debre Markos", 10.33, 37.73, ET, "Amhara")

SETS = [
    S("sd-elfasher-hospital", "Sudan", "heldout4",
      "A drone strike on a hospital: the state government blames the RSF, a medical charity's own teams "
      "treat the wounded, the RSF rejects the accusation, a paper sets the denial beside the claim.",
      {"strike": E("Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", EL_FASHER, "2025-01-24",
                   "disputed", "the RSF denies; a charity independent of the sides stands behind the strike")},
      [R("North Darfur state government", "2025-01-24T12:00:00Z",
         "A drone launched by the rebel militia struck the Saudi hospital in El Fasher this morning, killing "
         "dozens of patients and their companions, the North Darfur state government said.",
         [M("strike", [C("North Darfur state government")])], "official"),
       R("Medecins Sans Frontieres", "2025-01-24T17:00:00Z",
         "Our teams in El Fasher received more than thirty wounded on Friday after the Saudi hospital was hit "
         "in a drone strike, the medical charity said.",
         [M("strike", [C("Medecins Sans Frontieres")], actor1=None)], "monitor"),
       R("Rapid Support Forces", "2025-01-24T20:00:00Z",
         "The Rapid Support Forces reject as baseless the accusation that our forces targeted the Saudi hospital "
         "in El Fasher and call for an independent inquiry.",
         [M("strike", [C("Rapid Support Forces", "denies")])], "militant media"),
       R("Sudan Tribune", "2025-01-25T08:00:00Z",
         "The RSF has dismissed as fabricated reports that one of its drones hit a hospital in El Fasher, where "
         "the state government says dozens were killed.",
         [M("strike", [C("Rapid Support Forces", "denies", via=("Sudan Tribune",),
                         text="The RSF has dismissed as fabricated reports that one of its drones hit a hospital in El Fasher"),
                       C("North Darfur state government", via=("Sudan Tribune",),
                         text="the state government says dozens were killed")])], "newspaper")]),
    S("mm-lashio-command", "Myanmar", "heldout4",
      "A regional command taken by a resistance army: its own channel, a paper relaying it, the junta's "
      "spokesman on state TV admitting contact with the command's officers was lost, residents by phone.",
      {"command": E("Non-state actor overtakes territory", "MNDAA", "Military Forces of Myanmar", LASHIO,
                    "2024-08-03", "confirmed", "the junta admits losing the command")},
      [R("MNDAA", "2024-08-03T14:00:00Z",
         "Our brigades have taken the headquarters of the Northeastern Military Command in Lashio after weeks "
         "of fighting, the alliance announced on its Telegram channel.",
         [M("command", [C("MNDAA")])], "militant media"),
       R("The Irrawaddy", "2024-08-04T06:00:00Z",
         "The Kokang army said on Saturday that it now holds the regional command base in Lashio, the first "
         "such headquarters to fall to resistance forces.",
         [M("command", [C("MNDAA", via=("The Irrawaddy",))])], "newspaper"),
       R("MRTV", "2024-08-05T13:00:00Z",
         "Major General Zaw Min Tun acknowledged that communication with the senior officers of the "
         "Northeastern Command in Lashio had been lost and said troops were working to retake the base.",
         [M("command", [C("Myanmar military government", "confirms")], actor1=None)], "state media"),
       R("Radio Free Asia", "2024-08-05T16:00:00Z",
         "Residents of Lashio reached by phone said the shooting around the command base stopped on Saturday "
         "and flags of the Kokang army now fly over its gate.",
         [M("command", [C("residents of Lashio", via=("Radio Free Asia",))])])]),
    S("mz-macomia-raid", "Mozambique", "heldout4",
      "Insurgents raid a district town: the group's agency boasts, the defence ministry gives its own dead "
      "to a wire, a local site passes on the wire.",
      {"raid": E("Attack", "Islamic State Mozambique Province", "Military Forces of Mozambique", MACOMIA,
                 "2024-05-10", "confirmed", "the ministry admits four soldiers dead")},
      [R("Amaq", "2024-05-10T20:00:00Z",
         "Fighters of the Islamic State entered the town of Macomia on Friday and fought Mozambican troops for "
         "hours, killing and wounding a number of them.",
         [M("raid", [C("Amaq")])], "militant media"),
       R("Lusa", "2024-05-11T10:00:00Z",
         "Mozambique's defence ministry said four soldiers died and several were wounded when insurgents raided "
         "Macomia, in Cabo Delgado province, on Friday.",
         [M("raid", [C("Mozambican Defence Ministry", "confirms", via=("Lusa",))], fat=(4, 4, 4))]),
       R("Club of Mozambique", "2024-05-11T14:00:00Z",
         "Four soldiers were killed in Friday's insurgent raid on Macomia, Lusa reported, quoting the defence "
         "ministry.",
         [M("raid", [C("Mozambican Defence Ministry", "confirms", via=("Lusa", "Club of Mozambique"))],
            fat=(4, 4, 4))], "newspaper")]),
    S("ht-mirebalais-station", "Haiti", "heldout4",
      "A gang leader says in a video his men took a police station; two outlets quote the same video, a "
      "radio has only unconfirmed reports: one origin.",
      {"station": E("Non-state actor overtakes territory", "Viv Ansanm", "Police Forces of Haiti", MIREBALAIS,
                    "2025-03-31", "claimed", "one gang leader's video, quoted twice; nothing else named")},
      [R("Le Nouvelliste", "2025-03-31T15:00:00Z",
         "In a video posted on social media, gang leader Jimmy Cherizier said his men had taken over the police "
         "station in Mirebalais.",
         [M("station", [C("Jimmy Cherizier", via=("Le Nouvelliste",))])], "newspaper"),
       R("Associated Press", "2025-03-31T19:00:00Z",
         "Cherizier, who leads the Viv Ansanm coalition, claimed in a video that gunmen now control the "
         "Mirebalais police station, a claim police did not immediately address.",
         [M("station", [C("Jimmy Cherizier", via=("Associated Press",))])]),
       R("Radio Kiskeya", "2025-04-01T07:00:00Z",
         "Unconfirmed reports say the police station in Mirebalais was overrun overnight and partly set "
         "ablaze.",
         [M("station", [C("unconfirmed reports", "uncertain", via=("Radio Kiskeya",))], actor1=None)],
         "newspaper")]),
    S("lb-metula-tank", "Israel/Lebanon", "heldout4",
      "A group boasts of a missile hit on a tank, a friendly channel relays the statement, the army says no "
      "tank was hit in a live blog: denied.",
      {"tank": E("Attack", "Hezbollah", "Military Forces of Israel", METULA, "2024-01-15", "denied",
                 "the army denies; only the claiming side and its relays stand behind it")},
      [R("Al-Manar", "2024-01-15T11:00:00Z",
         "The Islamic Resistance targeted a Merkava tank near the Metula settlement with a guided missile, "
         "scoring a direct hit and killing and wounding its crew.",
         [M("tank", [C("Hezbollah")])], "militant media"),
       R("Al Mayadeen", "2024-01-15T12:30:00Z",
         "Hezbollah said in a statement that its fighters destroyed an Israeli tank at Metula, the second such "
         "attack this week.",
         [M("tank", [C("Hezbollah", via=("Al Mayadeen",))])], "newspaper"),
       R("Times of Israel", "2024-01-15T14:00:00Z",
         "The IDF says no tank was hit near Metula and no soldiers were hurt, after Hezbollah claimed a missile "
         "strike there.",
         [M("tank", [C("Israeli military", "denies",
                       text="The IDF says no tank was hit near Metula and no soldiers were hurt"),
                     C("Hezbollah", via=("Times of Israel",), text="after Hezbollah claimed a missile strike there")])],
         "live blog")]),
    S("co-tibu-area", "Colombia", "heldout4",
      "One armed group says it drove its rival out of a rural area, the rival says it holds its positions and "
      "the clashes go on, the ombudsman counts the displaced: disputed.",
      {"area": E("Non-state actor overtakes territory", "ELN", "FARC-EP dissidents", TIBU, "2025-01-18",
                 "disputed", "one group says it took the area, the other that it still holds it")},
      [R("ELN", "2025-01-18T10:00:00Z",
         "The Northeastern War Front announces that its units have driven the dissident structures out of the "
         "rural area of Tibu and now exercise control there.",
         [M("area", [C("ELN")])], "militant media"),
       R("El Tiempo", "2025-01-18T18:00:00Z",
         "The 33rd Front of the dissidents said in an audio message that it still holds its positions around "
         "Tibu and that the clashes with the ELN continue.",
         [M("area", [C("FARC-EP dissidents", via=("El Tiempo",))], type="Armed clash")], "newspaper"),
       R("Defensoria del Pueblo", "2025-01-19T09:00:00Z",
         "Fighting between the ELN and FARC dissidents in Tibu has forced more than five thousand people from "
         "their homes, the ombudsman's office said.",
         [M("area", [C("Defensoria del Pueblo")], type="Armed clash")], "monitor")]),
    S("et-debremarkos-drone", "Ethiopia", "heldout4",
      "A drone hits a minibus: a named doctor tells a broadcaster, the rights commission verifies it days "
      "later, a paper notes the government's silence: two independent origins, nobody denying.",
      {"strike": E("Air/drone strike", "Military Forces of Ethiopia", "Civilians (Ethiopia)", DEBRE_MARKOS,
                   "2024-10-12", "corroborated", "a doctor and the rights commission, neither a side, none denying")},
      [R("BBC Amharic", "2024-10-12T16:00:00Z",
         "Dr Alemu Tesfaye, who heads the emergency ward at the Debre Markos referral hospital, told the BBC "
         "that eleven bodies were brought in after a drone struck a minibus on the road outside the town.",
         [M("strike", [C("Alemu Tesfaye", via=("BBC Amharic",))], fat=(11, 11, 11), actor1=None)], "newspaper"),
       R("Ethiopian Human Rights Commission", "2024-10-14T09:00:00Z",
         "The commission said it had verified that a drone strike hit a passenger vehicle near Debre Markos on "
         "12 October, killing at least eleven civilians, and urged the federal government to investigate.",
         [M("strike", [C("Ethiopian Human Rights Commission")], fat=(11, 11, None), actor1=None)], "monitor"),
       R("Addis Standard", "2024-10-14T15:00:00Z",
         "Government spokespeople did not respond to questions about the drone strike near Debre Markos, which "
         "the rights commission says killed at least eleven people.",
         [M("strike", [C("Ethiopian Human Rights Commission", via=("Addis Standard",))], fat=(11, 11, None),
            actor1=None)], "newspaper")]),
]
