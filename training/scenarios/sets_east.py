"""Multi-report sets, Ukraine and Myanmar: written by us, in our own words (see README.md)."""
from author import C, E, M, R, S

UA, MM = "UA", "MM"
RUS, UKR, WAG = "Military Forces of Russia", "Military Forces of Ukraine", "Wagner Group"
JUNTA = "Military Forces of Myanmar"
SOLEDAR = ("Soledar", 48.68, 38.09, UA, "Donetsk")
KREMINNA = ("Kreminna", 49.05, 38.22, UA, "Luhansk")
DNIPRO = ("Dnipro", 48.47, 35.04, UA, "Dnipropetrovsk")
ODESA = ("Odesa", 46.48, 30.72, UA, "Odesa")
KHARKIV = ("Kharkiv", 49.99, 36.23, UA, "Kharkiv")
KHARKIV_N = ("Tsyrkuny", 50.10, 36.38, UA, "Kharkiv")
AVDIIVKA = ("Avdiivka", 48.14, 37.74, UA, "Donetsk")
KUPIANSK = ("Kupiansk", 49.71, 37.61, UA, "Kharkiv")
LAUKKAING = ("Laukkaing", 23.69, 98.75, MM, "Shan")
SAGAING_V = ("Kanbalu", 23.20, 95.52, MM, "Sagaing")
PALETWA = ("Paletwa", 21.30, 92.85, MM, "Chin")

SETS = [
    S("ua-soledar-control", "Ukraine", "train",
      "A town one side says it took and the other says it still fights for, told by both sides' media, "
      "a mercenary group's channel and a wire setting the two claims side by side.",
      {"soledar": E("Government regains territory", RUS, UKR, SOLEDAR, "2023-01-13", "disputed",
                    "opposite claims: control vs fighting goes on")},
      [R("TASS", "2023-01-13T08:00:00Z",
         "The Russian Defence Ministry said on Friday that its forces had completed the liberation of Soledar.",
         [M("soledar", [C("Russian Defence Ministry", via=("TASS",))])], "state media"),
       R("Wagner Telegram channel", "2023-01-12T22:00:00Z",
         "Units of the company have taken full control of Soledar; pockets of resistance are being cleared.",
         [M("soledar", [C("Wagner Group")], day="2023-01-12", actor1=WAG)], "militant media"),
       R("Kyiv Independent", "2023-01-13T10:30:00Z",
         "Ukraine's General Staff said heavy fighting is still going on in Soledar and rejected Moscow's "
         "statement as premature.",
         [M("soledar", [C("Ukrainian General Staff", via=("Kyiv Independent",))], type="Armed clash")], "newspaper"),
       R("Reuters", "2023-01-13T12:00:00Z",
         "Russia has claimed control of Soledar, but Ukraine says fierce fighting is still taking place in "
         "the salt-mining town.",
         [M("soledar", [C("Russian Defence Ministry", text="Russia has claimed control of Soledar"),
                        C("Ukrainian General Staff",
                          text="Ukraine says fierce fighting is still taking place in the salt-mining town")])])]),
    S("ua-kreminna-su25", "Ukraine", "train",
      "An attack jet one side says it shot down and the other says it lost in a crash: the loss is "
      "admitted, so confirmed.",
      {"jet": E("Air/drone strike", UKR, RUS, KREMINNA, "2023-05-02", "confirmed",
                "Russia admits the loss of its aircraft")},
      [R("Ukrinform", "2023-05-02T09:00:00Z",
         "Air defence units shot down a Russian Su-25 attack aircraft near Kreminna, the General Staff said.",
         [M("jet", [C("Ukrainian General Staff", via=("Ukrinform",))])], "state media"),
       R("TASS", "2023-05-02T13:30:00Z",
         "The Defence Ministry said one of its Su-25 jets crashed near Kreminna during a combat mission; the "
         "pilot ejected and was picked up.",
         [M("jet", [C("Russian Defence Ministry", via=("TASS",))])], "state media"),
       R("The Kyiv Post", "2023-05-02T15:00:00Z",
         "Moscow acknowledged losing a Su-25 near Kreminna, which Ukraine says its gunners brought down.",
         [M("jet", [C("Russian government", text="Moscow acknowledged losing a Su-25 near Kreminna"),
                    C("Ukrainian military", text="which Ukraine says its gunners brought down")])], "newspaper")]),
    S("ua-dnipro-block", "Ukraine", "train",
      "A missile on a block of flats: a first small toll, the governor's lower bound, the emergency "
      "service's later count, a wire's own reporters, and the accused side's denial.",
      {"block": E("Shelling/artillery/missile attack", RUS, "Civilians", DNIPRO, "2023-01-14", "disputed",
                  "the Kremlin denies; a wire's own reporters and Ukraine's services report it")},
      [R("Dnipro Online", "2023-01-14T14:00:00Z",
         "A missile hit an apartment block on the left bank of Dnipro; five people are dead, city officials said.",
         [M("block", [C("city officials")], fat=(5, 5, 5))], "live blog"),
       R("Kyiv Independent", "2023-01-14T16:00:00Z",
         "The regional governor said at least 12 residents were killed when a Russian missile struck the "
         "nine-storey block in Dnipro.",
         [M("block", [C("regional governor", via=("Kyiv Independent",))], fat=(12, 12, None))], "newspaper"),
       R("Reuters", "2023-01-14T19:30:00Z",
         "Reuters journalists at the scene in Dnipro saw rescuers carry bodies from the collapsed section of "
         "the building late into the night.",
         [M("block", [])]),
       R("State Emergency Service of Ukraine", "2023-01-15T09:00:00Z",
         "Rescuers have recovered 30 bodies from the ruins of the block of flats hit in Dnipro on Saturday.",
         [M("block", [], fat=(30, 30, 30), day="2023-01-14")], "official"),
       R("TASS", "2023-01-15T11:00:00Z",
         "The Kremlin denied that Russian forces had struck the residential building in Dnipro and blamed "
         "Ukrainian air defences for the collapse.",
         [M("block", [C("Kremlin", "denies", via=("TASS",))], day="2023-01-14")], "state media")]),
    S("ua-odesa-port", "Ukraine", "train",
      "A night drone attack on a port: the regional administration, the air force's count of drones "
      "downed, and the attacker's own account of its target.",
      {"port": E("Air/drone strike", RUS, "Civilians", ODESA, "2023-07-24", "corroborated",
                 "the regional administration and the attacking side both report it")},
      [R("Suspilne", "2023-07-24T06:00:00Z",
         "Drones hit grain storage at the port of Odesa overnight and two workers were injured, the Odesa "
         "regional administration said.",
         [M("port", [C("Odesa regional administration", via=("Suspilne",))])], "newspaper"),
       R("Ukrainska Pravda", "2023-07-24T07:15:00Z",
         "Air defences destroyed 19 of 25 Shahed drones launched at the Odesa region overnight, Ukraine's "
         "air force said; debris and direct hits damaged port buildings.",
         [M("port", [C("Ukrainian Air Force", via=("Ukrainska Pravda",))])], "newspaper"),
       R("RIA Novosti", "2023-07-24T10:00:00Z",
         "The Russian Defence Ministry said a group strike with drones hit fuel facilities used by the "
         "Ukrainian military in the port of Odesa.",
         [M("port", [C("Russian Defence Ministry", via=("RIA Novosti",))], actor2=UKR)], "state media")]),
    S("ua-kharkiv-two-strikes", "Ukraine", "train",
      "Two strikes on one city's day: a morning missile on a printing house (the governor and a wire's "
      "photographer) and an evening glide bomb on a suburb only the governor reports.",
      {"printing": E("Shelling/artillery/missile attack", RUS, "Civilians", KHARKIV, "2024-05-23",
                     "corroborated", "the governor and a wire's own photographer"),
       "suburb": E("Air/drone strike", RUS, "Civilians", KHARKIV_N, "2024-05-23", "claimed", "one origin")},
      [R("Kharkiv regional administration", "2024-05-23T10:00:00Z",
         "Russian missiles hit a printing house in Kharkiv this morning, killing seven employees, the "
         "governor said. In the evening a guided bomb struck houses in Tsyrkuny north of the city, "
         "wounding three.",
         [M("printing", [C("Kharkiv regional administration")], fat=(7, 7, 7),
            text="Russian missiles hit a printing house in Kharkiv this morning, killing seven employees, the governor said."),
          M("suburb", [C("Kharkiv regional administration")],
            text="In the evening a guided bomb struck houses in Tsyrkuny north of the city, wounding three.")],
         "official"),
       R("Associated Press", "2024-05-23T12:30:00Z",
         "An AP photographer saw firefighters pulling books and bodies from the burning printing works in "
         "Kharkiv after the morning missile strike.",
         [M("printing", [])]),
       R("Kyiv Independent", "2024-05-23T13:00:00Z",
         "Seven people died in a morning missile attack on a Kharkiv printing house, regional governor Oleh "
         "Syniehubov reported.",
         [M("printing", [C("Kharkiv regional administration", via=("Kyiv Independent",))], fat=(7, 7, 7))],
         "newspaper")]),
    S("ua-avdiivka-withdrawal", "Ukraine", "train",
      "A withdrawal the defending side announces itself, while the attacker claims the town: the loser's "
      "own word confirms it.",
      {"town": E("Government regains territory", RUS, UKR, AVDIIVKA, "2024-02-17", "confirmed",
                 "the side that lost the town announces its withdrawal")},
      [R("Ukrinform", "2024-02-17T01:00:00Z",
         "The commander-in-chief said he had ordered units to pull out of Avdiivka to save soldiers' lives.",
         [M("town", [C("Ukrainian military", via=("Ukrinform",))])], "state media"),
       R("TASS", "2024-02-17T12:00:00Z",
         "Defence Minister Sergei Shoigu reported that Russian troops had taken full control of Avdiivka.",
         [M("town", [C("Russian Defence Ministry", via=("TASS",))])], "state media"),
       R("BBC", "2024-02-17T14:00:00Z",
         "Ukraine has withdrawn from the eastern town of Avdiivka after months of fighting, its army chief said.",
         [M("town", [C("Ukrainian military", via=("BBC",))])], "newspaper")]),
    S("ua-kupiansk-rumour", "Ukraine", "train",
      "Bloggers' reports that a town was entered, which the defending side calls fake and investigators "
      "cannot confirm: denied.",
      {"entry": E("Non-state actor overtakes territory", RUS, UKR, KUPIANSK, "2024-11-20", "denied",
                  "the side concerned denies; only unnamed bloggers claim it")},
      [R("Rybar", "2024-11-20T08:00:00Z",
         "Russian assault groups have reportedly entered the northern districts of Kupiansk, according to "
         "several military bloggers.",
         [M("entry", [C("military bloggers", "uncertain")])], "militant media"),
       R("Ukrainska Pravda", "2024-11-20T11:00:00Z",
         "The General Staff dismissed reports that Russian troops had entered Kupiansk as fake and said the "
         "town remains under Ukrainian control.",
         [M("entry", [C("Ukrainian General Staff", "denies", via=("Ukrainska Pravda",))])], "newspaper"),
       R("Institute for the Study of War", "2024-11-20T23:00:00Z",
         "ISW has seen no footage confirming claims that Russian forces entered Kupiansk.",
         [M("entry", [C("Institute for the Study of War", "unconfirmed")])], "investigators")]),
    S("mm-laukkaing-capture", "Myanmar", "validation",
      "A border town an ethnic army says it took, which the junta says its troops still hold, while an "
      "independent outlet reports the group's flag over the town.",
      {"town": E("Non-state actor overtakes territory", "MNDAA", JUNTA, LAUKKAING, "2024-01-05", "disputed",
                 "the junta denies the fall; an independent outlet reports it")},
      [R("Kokang Online", "2024-01-05T06:00:00Z",
         "The MNDAA said its forces captured Laukkaing and the regional command headquarters at dawn.",
         [M("town", [C("MNDAA")])], "militant media"),
       R("Global New Light of Myanmar", "2024-01-05T12:00:00Z",
         "Junta spokesman Zaw Min Tun denied that Laukkaing had fallen and said the Tatmadaw still held the town.",
         [M("town", [C("Zaw Min Tun", "denies", via=("Global New Light of Myanmar",))])], "state media"),
       R("The Irrawaddy", "2024-01-05T15:00:00Z",
         "Residents of Laukkaing told The Irrawaddy that MNDAA flags were flying over the town's command base "
         "on Friday afternoon.",
         [M("town", [C("The Irrawaddy")])], "newspaper")]),
    S("mm-kanbalu-monastery", "Myanmar", "validation",
      "An air strike on a monastery: a local outlet's count, resistance fighters' higher one, and the "
      "junta's denial.",
      {"strike": E("Air/drone strike", JUNTA, "Civilians", SAGAING_V, "2023-04-11", "disputed",
                   "the junta denies; an independent outlet reports the strike")},
      [R("Myanmar Now", "2023-04-11T10:00:00Z",
         "A junta jet bombed a monastery sheltering displaced people near Kanbalu in Sagaing region, killing "
         "at least 20, villagers told Myanmar Now.",
         [M("strike", [C("Myanmar Now")], fat=(20, 20, None))], "newspaper"),
       R("People's Defence Force", "2023-04-11T12:00:00Z",
         "Local resistance fighters said 31 villagers died when the monastery near Kanbalu was bombed.",
         [M("strike", [C("local resistance fighters")], fat=(31, 31, 31))], "militant media"),
       R("MRTV", "2023-04-11T20:00:00Z",
         "The military denied bombing any religious building near Kanbalu and said reports of civilian "
         "deaths were fabricated.",
         [M("strike", [C("Myanmar military", "denies", via=("MRTV",))])], "state media")]),
    S("mm-paletwa-fall", "Myanmar", "validation",
      "A town an ethnic army says it seized and state media says the troops left to spare civilians: "
      "the side that lost it admits it.",
      {"town": E("Non-state actor overtakes territory", "Arakan Army", JUNTA, PALETWA, "2024-01-14", "confirmed",
                 "the junta's own media admits its troops left the town")},
      [R("Arakan Army", "2024-01-14T09:00:00Z",
         "The Arakan Army announced it had seized Paletwa township after the last junta camp fell.",
         [M("town", [C("Arakan Army")])], "militant media"),
       R("The Irrawaddy", "2024-01-14T13:00:00Z",
         "According to the Arakan Army, its fighters now hold the whole of Paletwa, the group's spokesman "
         "Khaing Thu Kha told reporters.",
         [M("town", [C("Arakan Army", via=("The Irrawaddy",))])], "newspaper"),
       R("Global New Light of Myanmar", "2024-01-15T06:00:00Z",
         "Security forces were withdrawn from Paletwa to protect residents from the terrorists' attacks, the "
         "Myanmar military said.",
         [M("town", [C("Myanmar military", via=("Global New Light of Myanmar",))], day="2024-01-14")],
         "state media")]),
]
