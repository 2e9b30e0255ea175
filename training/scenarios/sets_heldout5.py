"""Multi-report sets written by the fusion helper at the start of session 10 (part heldout5), before
any of that session's changes, in wars no other part covers and in shapes the others have few of:
Papua (a rebel army's six dead against the army's own one), Balochistan (one group's Telegram post
passed on by three outlets and nothing else), Peru's VRAEM (a joint command admitting a patrol's
dead, a broadcaster naming it another way, a paper citing the insurgents' video), northern Togo (a jihadist
claim relayed twice and flatly denied by the government), Uganda (a school attack told by the police,
by the defence ministry under two names and by the Red Cross with another toll), the Thai-Cambodian
border (a shelled petrol station seen by a wire's reporters, denied by one ministry written two
ways), and Rakhine (a paper withdrawing its own reporter's account, leaving the armed group alone).
Measured once with the session's starting code (bench/results/fusion.md, Session 10); its fusion kinds
were then fixed on train4 (Session 10b): no longer blind. Our own words (see README.md); gold statuses by docs/statuses.md."""
from author import C, E, M, R, S

ID, PK, PE, TG, UG, TH, MM = "ID", "PK", "PE", "TG", "UG", "TH", "MM"
SUGAPA = ("Sugapa", -3.73, 137.03, ID, "Central Papua")
TURBAT = ("Turbat", 26.00, 63.05, PK, "Balochistan")
VIZCATAN = ("Vizcatan del Ene", -12.22, -74.07, PE, "Junin")
KPINKANKANDI = ("Kpinkankandi", 10.93, 0.72, TG, "Savanes")
MPONDWE = ("Mpondwe", 0.04, 29.72, UG, "Western")
KANTHARALAK = ("Kantharalak", 14.65, 104.65, TH, "Sisaket")
KYAUKTAW = ("Kyauktaw", 20.84, 92.98, MM, "Rakhine")

SETS = [
    S("id-sugapa-post", "Indonesia (Papua)", "heldout5",
      "Rebels attack an army post: the rebels' spokesman says six soldiers were shot dead, a Papuan paper "
      "relays him, the regional command admits one soldier killed, a wire sets the two tolls side by side.",
      {"post": E("Attack", "TPNPB", "Military Forces of Indonesia", SUGAPA, "2025-04-08",
                 "confirmed", "the army admits one of its soldiers dead; the tolls differ (one against six)")},
      [R("TPNPB", "2025-04-08T09:00:00Z",
         "Fighters of our Intan Jaya command attacked the TNI post in Sugapa at dawn on Tuesday and shot dead "
         "six soldiers, spokesman Sebby Sambom said in a statement.",
         [M("post", [C("TPNPB")], fat=(6, 6, 6))], "militant media"),
       R("Jubi", "2025-04-08T13:00:00Z",
         "The West Papua National Liberation Army said its men killed six soldiers in Sugapa, a figure the "
         "military disputes.",
         [M("post", [C("TPNPB", via=("Jubi",))], fat=(6, 6, 6))], "newspaper"),
       R("Antara", "2025-04-08T15:00:00Z",
         "One soldier was killed and another wounded when armed separatists opened fire on a security post "
         "in Sugapa, Intan Jaya, on Tuesday, the Cenderawasih military command said.",
         [M("post", [C("Indonesian military", "confirms")], fat=(1, 1, 1))], "state media"),
       R("Reuters", "2025-04-09T04:00:00Z",
         "Indonesia's military said one soldier died in the attack in Papua's Intan Jaya regency, while the "
         "rebels put the toll at six.",
         [M("post", [C("Indonesian military", "confirms", via=("Reuters",),
                       text="Indonesia's military said one soldier died in the attack in Papua's Intan Jaya regency"),
                     C("TPNPB", via=("Reuters",), text="the rebels put the toll at six")],
            vague="Intan Jaya", fat=(1, 1, 6))])]),
    S("pk-turbat-convoy", "Pakistan (Balochistan)", "heldout5",
      "A separatist group posts on Telegram that it ambushed a paramilitary convoy; three outlets pass the "
      "post on and officials say nothing: one origin.",
      {"convoy": E("Attack", "BLA", "Military Forces of Pakistan", TURBAT, "2025-03-16",
                   "claimed", "the group's own post, relayed three times; nobody else")},
      [R("The Balochistan Post", "2025-03-16T18:00:00Z",
         "The Baloch Liberation Army said on its Telegram channel that its fighters ambushed a convoy of "
         "Frontier Corps vehicles near Turbat in Kech district on Sunday, destroying two of them.",
         [M("convoy", [C("BLA", via=("The Balochistan Post",))])], "newspaper"),
       R("Dawn", "2025-03-17T05:00:00Z",
         "The outlawed BLA claimed an attack on a paramilitary convoy near Turbat in a post on a messaging app; "
         "there was no word from officials by Monday morning.",
         [M("convoy", [C("BLA", via=("Dawn",))])], "newspaper"),
       R("Agence France-Presse", "2025-03-17T09:00:00Z",
         "The BLA said its men destroyed two Frontier Corps vehicles outside Turbat, according to a statement "
         "shared on the group's channel, which AFP could not independently verify.",
         [M("convoy", [C("BLA", via=("Agence France-Presse",))])])]),
    S("pe-vizcatan-ambush", "Peru", "heldout5",
      "A patrol ambushed in the jungle: the joint command admits four soldiers dead, a broadcaster relays the "
      "high command under another name, a paper cites a video the insurgents spread online.",
      {"ambush": E("Attack", "Militarized Communist Party of Peru", "Military Forces of Peru", VIZCATAN,
                   "2025-05-10", "confirmed", "the armed forces admit four of their soldiers dead")},
      [R("Joint Command of the Armed Forces", "2025-05-11T01:00:00Z",
         "Four soldiers of a patrol were killed and two wounded in an ambush by narcoterrorist remnants near "
         "Vizcatan del Ene, in the VRAEM, on Saturday, the Joint Command of the Armed Forces said.",
         [M("ambush", [C("Joint Command of the Armed Forces", "confirms")], fat=(4, 4, 4))], "official"),
       R("RPP Noticias", "2025-05-11T10:00:00Z",
         "Peru's armed forces high command confirmed the deaths of four troops in an attack on a patrol in the "
         "Vizcatan del Ene jungle, the broadcaster reported.",
         [M("ambush", [C("Joint Command of the Armed Forces", "confirms", via=("RPP Noticias",))],
            fat=(4, 4, 4), actor1=None)]),
       R("La Republica", "2025-05-12T08:00:00Z",
         "A video attributed to the Militarized Communist Party of Peru and shared on social networks shows "
         "rifles it says were taken from the patrol ambushed at Vizcatan del Ene.",
         [M("ambush", [C("Militarized Communist Party of Peru", via=("La Republica",))])], "newspaper")]),
    S("tg-kpinkankandi-post", "Togo", "heldout5",
      "A jihadist group says through its media arm that it overran a border post; two outlets relay it; the "
      "government denies any attack took place: denied.",
      {"post": E("Attack", "JNIM", "Military Forces of Togo", KPINKANKANDI, "2025-04-17", "denied",
                 "the government denies; only the claiming group and its relays stand behind it")},
      [R("Le Monde Afrique", "2025-04-18T07:00:00Z",
         "JNIM said through its az-Zallaqa media arm that it overran a Togolese army post at Kpinkankandi on "
         "Thursday and killed around twenty soldiers.",
         [M("post", [C("JNIM", via=("Le Monde Afrique",))], fat=(20, 20, None))], "newspaper"),
       R("Agence France-Presse", "2025-04-18T12:00:00Z",
         "The jihadist statement, shared on channels close to al-Qaeda, describes an assault on a Togolese "
         "outpost at Kpinkankandi near the border with Burkina Faso; it could not be verified.",
         [M("post", [C("JNIM", via=("Agence France-Presse",))])]),
       R("Togolese government", "2025-04-18T19:00:00Z",
         "The government formally denies that any attack took place on the positions of the defence and "
         "security forces at Kpinkankandi and calls the messages circulating online propaganda.",
         [M("post", [C("Togolese government", "denies")], actor1=None)], "official")]),
    S("ug-mpondwe-school", "Uganda", "heldout5",
      "Rebels attack a school at night: the police give the toll, the defence ministry is quoted under two "
      "names by two outlets, the Red Cross counts fewer bodies: two origins, none denying.",
      {"school": E("Attack", "ADF", "Civilians (Uganda)", MPONDWE, "2023-06-16", "corroborated",
                   "the state (police, defence ministry) and the Red Cross; the tolls differ")},
      [R("Uganda Police Force", "2023-06-17T06:00:00Z",
         "Forty-one people, most of them students, were killed when ADF rebels attacked Lhubiriha Secondary "
         "School in Mpondwe on Friday night, police said.",
         [M("school", [C("Uganda Police Force")], fat=(41, 41, 41))], "official"),
       R("Daily Monitor", "2023-06-17T09:00:00Z",
         "The Ministry of Defence and Veterans Affairs said the attackers fled towards Virunga national park "
         "after setting fire to a dormitory at the school in Mpondwe.",
         [M("school", [C("Ugandan Ministry of Defence", via=("Daily Monitor",))])], "newspaper"),
       R("Xinhua", "2023-06-17T12:00:00Z",
         "Uganda's defence ministry spokesman Felix Kulayigye said troops were pursuing the rebels who attacked "
         "the Mpondwe school, where 41 people died.",
         [M("school", [C("Ugandan Ministry of Defence", via=("Xinhua",))], fat=(41, 41, 41))]),
       R("Uganda Red Cross Society", "2023-06-17T14:00:00Z",
         "Our volunteers recovered 37 bodies from the school in Mpondwe and took eight injured people to "
         "Bwera hospital.",
         [M("school", [C("Uganda Red Cross Society")], fat=(37, 37, 37), actor1=None)], "monitor")]),
    S("th-kantharalak-station", "Thailand/Cambodia", "heldout5",
      "Rockets hit a petrol station: the Thai army blames Cambodia, a wire's reporters see the ruins, the "
      "Cambodian defence ministry denies under its full name and a paper quotes its spokeswoman: disputed.",
      {"station": E("Shelling/artillery/missile attack", "Military Forces of Cambodia", "Civilians (Thailand)",
                    KANTHARALAK, "2025-07-24", "disputed",
                    "Cambodia denies; the wire's own reporters stand behind the strike besides the Thai army")},
      [R("Royal Thai Army", "2025-07-24T10:00:00Z",
         "Rockets fired by Cambodian forces hit a petrol station in Kantharalak district of Sisaket province on "
         "Thursday, killing six civilians, the army said.",
         [M("station", [C("Royal Thai Army")], fat=(6, 6, 6))], "official"),
       R("Reuters", "2025-07-24T15:00:00Z",
         "Reuters reporters in Kantharalak saw the charred shell of a petrol station and the shop beside it, "
         "where rescue workers said six people had died on Thursday.",
         [M("station", [C("Reuters")], fat=(6, 6, 6), actor1=None)]),
       R("Agence Kampuchea Presse", "2025-07-24T17:00:00Z",
         "Cambodia's Ministry of National Defence rejected accusations that its forces struck civilian sites in "
         "Sisaket province, saying its artillery fired only at military positions.",
         [M("station", [C("Cambodian Ministry of National Defence", "denies")], vague="Sisaket")], "state media"),
       R("Khmer Times", "2025-07-25T02:00:00Z",
         "The Cambodian defence ministry's spokeswoman, Maly Socheata, said Thai claims that a fuel station in "
         "Kantharalak was shelled by Cambodian troops were false.",
         [M("station", [C("Cambodian Ministry of National Defence", "denies", via=("Khmer Times",))])],
         "newspaper")]),
    S("mm-kyauktaw-market", "Myanmar (Rakhine)", "heldout5",
      "An armed group says junta jets bombed a market; a local outlet's reporter says he saw bodies, then the "
      "outlet withdraws that account; a radio relays the group: the group alone stands behind it.",
      {"market": E("Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", KYAUKTAW,
                   "2024-03-13", "claimed", "the outlet withdrew its own account; only the Arakan Army is left")},
      [R("Arakan Army", "2024-03-13T11:00:00Z",
         "Junta jet fighters bombed the morning market in Kyauktaw on Wednesday, killing twelve civilians, the "
         "Arakan Army said.",
         [M("market", [C("Arakan Army")], fat=(12, 12, 12))], "militant media"),
       R("Development Media Group", "2024-03-13T14:00:00Z",
         "Our reporter in Kyauktaw saw at least ten bodies at the market after an air strike on Wednesday "
         "morning.",
         [M("market", [C("Development Media Group")], fat=(10, 10, None), actor1=None)], "newspaper"),
       R("Development Media Group", "2024-03-14T08:00:00Z",
         "DMG withdraws its report of an air strike on the Kyauktaw market on Wednesday: the photographs it "
         "carried were taken after an earlier attack, and we could not confirm that the market was struck.",
         [M("market", [C("Development Media Group", "denies")], actor1=None)], "newspaper"),
       R("Radio Free Asia", "2024-03-14T12:00:00Z",
         "The Arakan Army said a military aircraft struck a market in Kyauktaw, a claim RFA could not "
         "independently confirm.",
         [M("market", [C("Arakan Army", via=("Radio Free Asia",))], fat=None)])]),
]
