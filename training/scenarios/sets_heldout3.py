"""Multi-report sets written by the lead at the start of session 8, before any of that session's
changes to reading or fusion, in wars and shapes the other parts have few of (Benin, Mexico, India,
Thailand, Ecuador, Iran, Syria's 2024 offensive, the West Bank, Burundi), and measured once at the
session's end. Our own words (see README.md); gold statuses by docs/statuses.md as it stood then."""
from author import C, E, M, R, S

BJ, MX, IN, TH, EC, IR, SY, PS, BI = "BJ", "MX", "IN", "TH", "EC", "IR", "SY", "PS", "BI"
KARIMAMA = ("Karimama", 12.07, 3.19, BJ, "Alibori")
CULIACAN = ("Culiacan", 24.80, -107.39, MX, "Sinaloa")
BIJAPUR = ("Bijapur", 18.80, 80.82, IN, "Chhattisgarh")
TAK_BAI = ("Tak Bai", 6.26, 102.05, TH, "Narathiwat")
GUAYAQUIL = ("Guayaquil", -2.19, -79.89, EC, "Guayas")
ISFAHAN = ("Isfahan", 32.65, 51.67, IR, "Isfahan")
HAMA = ("Hama", 35.13, 36.76, SY, "Hama")
JENIN = ("Jenin", 32.46, 35.30, PS, "West Bank")
GATUMBA = ("Gatumba", -3.33, 29.24, BI, "Bujumbura Rural")

SETS = [
    S("bj-karimama-post", "Benin", "heldout3",
      "An army post overrun near the W park: the group boasts a large toll, the army gives its own dead, "
      "a wire relays the army.",
      {"post": E("Attack", "JNIM", "Military Forces of Benin", KARIMAMA, "2025-04-17", "confirmed",
                 "the army admits its own dead")},
      [R("Az-Zallaqa", "2025-04-17T16:00:00Z",
         "The mujahideen stormed a position of the Beninese army near Karimama and killed about thirty "
         "soldiers, seizing weapons and vehicles.",
         [M("post", [], fat=(30, 30, None))], "militant media"),
       R("Beninese Armed Forces", "2025-04-18T09:00:00Z",
         "The general staff regrets to announce that eight of our soldiers fell on Thursday when terrorists "
         "attacked a post of Operation Mirador in the Karimama area.",
         [M("post", [C("Beninese Armed Forces", "confirms")], fat=(8, 8, 8))], "official"),
       R("Agence France-Presse", "2025-04-18T11:30:00Z",
         "Eight Beninese soldiers were killed in an attack on an army post in the far north near Karimama, "
         "the army said on Friday, without naming the attackers.",
         [M("post", [C("Beninese Armed Forces", "confirms", via=("Agence France-Presse",))], fat=(8, 8, 8),
            actor1=None)])]),
    S("mx-culiacan-clash", "Mexico", "heldout3",
      "Soldiers and cartel gunmen exchange fire in a city: the defence ministry tells its own kills, a "
      "local paper's reporters saw the fighting, a national daily relays the ministry.",
      {"clash": E("Armed clash", "Military Forces of Mexico", "Sinaloa Cartel", CULIACAN, "2024-10-21",
                  "corroborated", "the ministry and a paper's own reporters, none denying")},
      [R("SEDENA", "2024-10-21T18:00:00Z",
         "Army personnel on patrol in Culiacan were attacked by armed civilians and repelled the aggression, "
         "neutralising nineteen of the aggressors and detaining one, the Defence Ministry reported.",
         [M("clash", [C("Mexican Defence Ministry")], fat=(19, 19, 19))], "official"),
       R("Riodoce", "2024-10-21T20:00:00Z",
         "Our reporters heard bursts of gunfire for almost an hour on the eastern edge of Culiacan on Monday "
         "as soldiers traded shots with gunmen holed up in a ranch.",
         [M("clash", [])], "newspaper"),
       R("El Universal", "2024-10-22T07:00:00Z",
         "Nineteen suspected cartel gunmen died in a firefight with soldiers near Culiacan, according to the "
         "Defence Ministry.",
         [M("clash", [C("Mexican Defence Ministry", via=("El Universal",))], fat=(19, 19, 19))],
         "newspaper")]),
    S("in-bijapur-ied", "India", "heldout3",
      "A roadside bomb hits a security vehicle: the police chief gives his men's deaths, an agency relays "
      "him, the rebels' committee claims it.",
      {"ied": E("Remote explosive/landmine/IED", "CPI (Maoist)", "Police Forces of India", BIJAPUR,
                "2025-01-06", "confirmed", "the police admit their own dead")},
      [R("Press Trust of India", "2025-01-06T11:00:00Z",
         "Eight personnel of the District Reserve Guard and their driver were killed when Maoists blew up "
         "their vehicle with an improvised explosive device in Bijapur district on Monday, Inspector General "
         "of Police (Bastar range) P Sundarraj said.",
         [M("ied", [C("Chhattisgarh Police", "confirms", via=("Press Trust of India",))], fat=(9, 9, 9))],
         "wire"),
       R("Chhattisgarh Police", "2025-01-06T13:00:00Z",
         "We lost eight brave jawans of the DRG and a civilian driver in the cowardly IED blast on the "
         "Kutru-Bedre road in Bijapur. Their sacrifice will not go in vain.",
         [M("ied", [C("Chhattisgarh Police", "confirms")], fat=(9, 9, 9))], "official"),
       R("The Hindu", "2025-01-07T05:00:00Z",
         "In a note left near the blast site, the Maoists' West Bastar division committee claimed "
         "responsibility for the explosion that killed nine people in Bijapur.",
         [M("ied", [C("CPI (Maoist)", via=("The Hindu",))], fat=(9, 9, 9))], "newspaper")]),
    S("th-tak-bai-market", "Thailand", "heldout3",
      "A bomb at a morning market told by the police, copied by a second site, and mentioned in passing "
      "with a hedge.",
      {"bomb": E("Remote explosive/landmine/IED", "Unidentified Armed Group (Thailand)", "Civilians", TAK_BAI,
                 "2024-08-12", "claimed", "one origin: the police; the copy counts once; the hedge never")},
      [R("Bangkok Post", "2024-08-12T06:00:00Z",
         "A bomb hidden in a motorcycle exploded at a morning market in Tak Bai district of Narathiwat, "
         "wounding five vendors, police said.",
         [M("bomb", [C("Thai police", via=("Bangkok Post",))], fat=(0, 0, 0))], "newspaper"),
       R("Thai Examiner", "2024-08-12T08:00:00Z",
         "A bomb hidden in a motorcycle exploded at a morning market in Tak Bai district of Narathiwat, "
         "wounding five vendors, police said.",
         [M("bomb", [C("Thai police", via=("Thai Examiner",))], fat=(0, 0, 0))], "newspaper"),
       R("Regional news digest", "2024-08-12T15:00:00Z",
         "In the deep south, a market in Tak Bai was reportedly hit by an explosion on Monday.",
         [M("bomb", [C("unnamed reports", "uncertain")])], "live blog")]),
    S("ec-guayaquil-prison", "Ecuador", "heldout3",
      "Gangs fight inside a prison: the prison service gives one toll, a rights committee a higher one "
      "later, a wire relays both.",
      {"riot": E("Armed clash", "Los Choneros", "Los Lobos", GUAYAQUIL, "2024-11-12", "corroborated",
                 "the prison service and an independent rights committee; tolls differ, nobody denies")},
      [R("SNAI", "2024-11-12T14:00:00Z",
         "The prison service reported a confrontation between inmates in pavilion 7 of the Litoral "
         "penitentiary in Guayaquil; so far six people deprived of liberty have died.",
         [M("riot", [C("SNAI")], fat=(6, 6, 6), actor1=None, actor2=None)], "official"),
       R("Permanent Committee for Human Rights", "2024-11-12T22:00:00Z",
         "Families at the gates of the Litoral prison told our monitors that at least fifteen inmates were "
         "killed when rival gangs fought with rifles and explosives inside pavilion 7.",
         [M("riot", [C("Permanent Committee for Human Rights")], fat=(15, 15, None), actor1=None, actor2=None)],
         "monitor"),
       R("Reuters", "2024-11-13T09:00:00Z",
         "At least fifteen inmates died in a gang battle at Ecuador's largest prison in Guayaquil, a rights "
         "group said, while the prison service put the toll at six.",
         [M("riot", [C("Permanent Committee for Human Rights", via=("Reuters",)),
                     C("SNAI", via=("Reuters",))], fat=(15, 6, None), actor1=None, actor2=None)])]),
    S("ir-isfahan-strike", "Iran", "heldout3",
      "Unnamed foreign officials tell a paper of a strike near a city; the state denies any attack and "
      "speaks of small drones shot down.",
      {"strike": E("Air/drone strike", "Military Forces of Israel", "Military Forces of Iran", ISFAHAN,
                   "2024-04-19", "denied", "the state concerned denies; only unnamed officials behind it")},
      [R("The New York Times", "2024-04-19T06:00:00Z",
         "Israel carried out a limited strike on an air-defence site near Isfahan early on Friday, two "
         "officials briefed on the operation said, speaking on condition of anonymity.",
         [M("strike", [C("unnamed officials", via=("The New York Times",))])], "newspaper"),
       R("IRNA", "2024-04-19T09:00:00Z",
         "There was no missile attack on Isfahan; air defences fired at a few small flying objects, which "
         "were brought down, and no damage was caused, an army commander said.",
         [M("strike", [C("Iranian government", "denies")])], "state media"),
       R("Tasnim", "2024-04-19T10:00:00Z",
         "Reports of an attack on Isfahan from outside the country are false; the sounds heard at dawn came "
         "from air defence fire, an informed source said.",
         [M("strike", [C("Iranian government", "denies")])], "state media")]),
    S("sy-hama-entry", "Syria", "heldout3",
      "Rebels say they entered a city; the army announces it has redeployed outside it; a monitor relays "
      "the rebels' entry.",
      {"city": E("Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Military Forces of Syria",
                 HAMA, "2024-12-05", "confirmed", "the army admits leaving the city: the side that loses says it")},
      [R("Military Operations Command", "2024-12-05T11:00:00Z",
         "Our forces have entered the city of Hama from several directions and are clearing its "
         "neighbourhoods.",
         [M("city", [])], "militant media"),
       R("SANA", "2024-12-05T15:00:00Z",
         "The army general command said its units had redeployed and taken up positions outside the city of "
         "Hama to preserve the lives of civilians, after terrorist groups broke through several fronts.",
         [M("city", [C("Syrian government", "confirms")])], "state media"),
       R("Syrian Observatory for Human Rights", "2024-12-05T16:00:00Z",
         "Factions of the Military Operations Command are now in control of most of Hama city after "
         "government forces pulled out, SOHR sources reported.",
         [M("city", [C("Syrian Observatory for Human Rights")])], "monitor")]),
    S("ps-jenin-raid", "West Bank", "heldout3",
      "A raid on a refugee camp told by both sides: the army names those it killed as militants, the "
      "health ministry counts the dead, an agency relays the ministry.",
      {"raid": E("Armed clash", "Military Forces of Israel", "Palestinian Islamic Jihad", JENIN, "2024-08-28",
                 "corroborated", "two opposing sides each say it happened; neither denies")},
      [R("Israeli military", "2024-08-28T07:00:00Z",
         "Overnight, IDF and Border Police forces began a counterterrorism operation in Jenin; so far, three "
         "armed terrorists who opened fire at the forces have been eliminated.",
         [M("raid", [C("Israeli military")], fat=(3, 3, 3))], "official"),
       R("Palestinian Ministry of Health", "2024-08-28T09:00:00Z",
         "Three citizens were martyred by occupation bullets in Jenin camp this morning, and a fourth was "
         "critically wounded.",
         [M("raid", [C("Palestinian Ministry of Health")], fat=(3, 3, 3))], "official"),
       R("Wafa", "2024-08-28T10:00:00Z",
         "According to the Ministry of Health, three young men were killed by Israeli forces who stormed "
         "Jenin camp at dawn.",
         [M("raid", [C("Palestinian Ministry of Health", via=("Wafa",))], fat=(3, 3, 3))], "state media")]),
    S("bi-gatumba-attack", "Burundi", "heldout3",
      "A rebel group says it killed soldiers near the border; the government denies any fighting; a "
      "rights league reports clashes and the wounded.",
      {"fight": E("Armed clash", "RED-Tabara", "Military Forces of Burundi", GATUMBA, "2023-12-22", "disputed",
                  "the government denies; an independent rights league reports the clashes")},
      [R("RED-Tabara", "2023-12-22T20:00:00Z",
         "Our fighters attacked a position of the regime's army near Gatumba this afternoon and put more "
         "than ten soldiers out of action.",
         [M("fight", [], fat=(10, 10, None))], "militant media"),
       R("Burundi government", "2023-12-23T09:00:00Z",
         "Government spokesman Jerome Niyonzima said no fighting took place near Gatumba and called the "
         "rebels' claims pure propaganda.",
         [M("fight", [C("Burundi government", "denies")])], "official"),
       R("Ligue Iteka", "2023-12-23T14:00:00Z",
         "Residents of Gatumba told the league that heavy gunfire was heard near the Rusizi river on Friday "
         "afternoon and that at least four wounded people were taken to the local health centre.",
         [M("fight", [C("Ligue Iteka")])], "monitor")]),
]
