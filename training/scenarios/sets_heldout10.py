"""Multi-report sets written by the fusion helper at the start of session 12's fourth fusion round (issue
#15), before any of that round's changes, in wars and at places no other part uses. One part, heldout10,
kept blind: the desk is NOT run on it by the helper that wrote it; the lead measures it once on the final
merged code (bench/status_bench.py --part heldout10).

- Ghana (Bawku: the army tells two police officers of a joint patrol dead in its idiom, the state agency
  relays it, a radio quotes residents, the police name their dead, a site gives the toll that has risen:
  confirmed).
- Bangladesh (Ruma: the KNF says it took an army camp, the army's press wing calls the claims baseless
  and says the camp remains under its control, a paper's own correspondent saw the camp emptied, a site
  ends on "a claim the ISPR called baseless", a wire gives both: disputed).
- Chile (Tirua: a Mapuche group claims burning forestry trucks, the police tell the arson, a radio's team
  saw the wrecks, another radio relays the claim: corroborated).
- Brazil (Rio de Janeiro: a police operation in the Mare told by the police, two monitors and a portal
  with "at least" and a lower police figure: corroborated; the same evening an exchange of fire in Cidade
  de Deus told only by the police and that portal: claimed; two events in one city on one day).
- Jordan (Ruwaished: the army's statement on smugglers it killed, told by the state agency, a television
  and a wire: one origin, claimed).
- Papua New Guinea (Wapenamanda: police give a toll of a tribal ambush, a paper copies it, the UN rights
  office gives a higher one, a radio's follow-up says the toll has risen, from an unnamed priest:
  corroborated).
- Tunisia (Jebel Chaambi: an Islamic State affiliate claims a mine on an army vehicle, a monitor passes
  it on, the defence ministry says no explosion targeted any unit, a radio gives both: denied).
- Venezuela (Guasdualito: a FARC dissident front says eight soldiers fell, the armed forces' command
  calls the reports false, a weekly gives both, a site passes on relatives' messages it could not
  confirm: denied).
- Republic of Congo (Mindouli: Ntumi's rebels say they took the town, the army in its own language says
  it holds its positions and the fighting goes on, the state agency relays it, a radio gives both:
  disputed).
- Cote d'Ivoire (Kafolo: the armed forces' communique tells ten of its soldiers killed, a daily and a
  wire pass it on, a site gives twenty from unnamed sources and withdraws it: confirmed).
- Russia (Derbent: the Islamic State's agency claims killing police, the republic's interior ministry
  says no attack took place, a state agency and a radio pass the denial on: denied).

Our own words (see README.md); gold statuses by docs/statuses.md as it reads at round 4 (unnamed witnesses
never count, the independent outlet that spoke to them does; one state's branches are one side)."""
from author import C, E, M, R, S

GH, BD, CL, BR, JO, PG = "GH", "BD", "CL", "BR", "JO", "PG"
TN, VE, CG, CI, RU = "TN", "VE", "CG", "CI", "RU"
BAWKU = ("Bawku", 11.06, -0.24, GH, "Upper East")
RUMA = ("Ruma", 22.05, 92.41, BD, "Chattogram")
TIRUA = ("Tirua", -38.34, -73.49, CL, "Biobio")
MARE = ("Mare", -22.86, -43.24, BR, "Rio de Janeiro")
CIDADE_DE_DEUS = ("Cidade de Deus", -22.95, -43.36, BR, "Rio de Janeiro")
RUWAISHED = ("Ruwaished", 32.50, 38.20, JO, "Mafraq")
WAPENAMANDA = ("Wapenamanda", -5.63, 143.89, PG, "Enga")
CHAAMBI = ("Jebel Chaambi", 35.21, 8.68, TN, "Kasserine")
GUASDUALITO = ("Guasdualito", 7.24, -70.73, VE, "Apure")
MINDOULI = ("Mindouli", -4.28, 14.36, CG, "Pool")
KAFOLO = ("Kafolo", 9.59, -4.32, CI, "Savanes")
DERBENT = ("Derbent", 42.06, 48.29, RU, "Dagestan")

PART = "heldout10"

SETS = [
    S("gh-bawku-patrol", "Ghana (Upper East)", PART,
      "Gunmen fire on a joint patrol: the armed forces say two police officers of the patrol made the ultimate "
      "sacrifice, the state agency relays it, a radio quotes residents, the police name their two dead, a site "
      "says the toll has risen to four: confirmed (one state's army telling its police dead; the police too).",
      {"patrol": E("Attack", "Unidentified Armed Group (Ghana)", "Police Forces of Ghana", BAWKU, "2025-03-18",
                   "confirmed", "the armed forces and the police tell the state's own officers killed")},
      [R("Ghana Armed Forces", "2025-03-19T09:00:00Z",
         "A joint military and police patrol came under fire from armed men near the central market in Bawku on "
         "Tuesday evening. The troops returned fire and the attackers fled into nearby houses. Two police "
         "officers of the patrol made the ultimate sacrifice. The Ghana Armed Forces extends its condolences to "
         "the bereaved families.",
         [M("patrol", [C("Ghana Armed Forces", "confirms")], fat=(2, 2, None))], "official"),
       R("Ghana News Agency", "2025-03-19T11:00:00Z",
         "Two policemen were killed when gunmen opened fire on a joint security patrol in Bawku on Tuesday, the "
         "Ghana Armed Forces said in a statement issued in Accra on Wednesday.",
         [M("patrol", [C("Ghana Armed Forces", "confirms", via=("Ghana News Agency",))], fat=(2, 2, 2))],
         "state media"),
       R("Citi FM", "2025-03-18T22:00:00Z",
         "Residents of Bawku told Citi News that heavy gunfire rang out around the central market for close to "
         "an hour on Tuesday evening and that at least three people, police officers among them, had been shot "
         "dead.",
         [M("patrol", [C("residents", via=("Citi FM",))], fat=(3, 3, None), actor1=None)], "newspaper"),
       R("Ghana Police Service", "2025-03-19T15:00:00Z",
         "The Police Administration regrets to announce the death of two of our gallant officers, Sergeant "
         "Ibrahim Adams and Constable Yaw Mensah, who were shot during the attack on the security patrol at "
         "Bawku. A manhunt for the perpetrators is under way.",
         [M("patrol", [C("Ghana Police Service", "confirms")], fat=(2, 2, 2), actor1=None)], "official"),
       R("MyJoyOnline", "2025-03-20T08:00:00Z",
         "The toll from Tuesday's attack on the security patrol in Bawku has risen to four after two traders "
         "wounded in the shooting died at the Bawku Presbyterian Hospital, a hospital official told Joy News.",
         [M("patrol", [C("hospital official", via=("MyJoyOnline",))], fat=(4, 4, 4), actor1=None)],
         "newspaper")]),
    S("bd-ruma-camp", "Bangladesh (Chittagong Hill Tracts)", PART,
      "The KNF says it took an army camp; the army's press wing calls the claims baseless and says the camp "
      "remains under its control; a paper's own correspondent saw the soldiers leave and the camp empty; a "
      "site ends on the ISPR's word; a wire gives both: disputed (a capture denied, an independent origin "
      "saying the place changed hands).",
      {"camp": E("Non-state actor overtakes territory", "Kuki-Chin National Front", "Military Forces of Bangladesh",
                 RUMA, "2025-02-11", "disputed", "the KNF and a paper's own correspondent against the army")},
      [R("Kuki-Chin National Front", "2025-02-11T08:00:00Z",
         "Before dawn our Kuki-Chin National Army fighters took the army camp at Ruma bazar. The occupying "
         "soldiers ran toward Bandarban and left their stores behind. The camp is now in our hands.",
         [M("camp", [C("Kuki-Chin National Front")])], "militant media"),
       R("Inter Services Public Relations", "2025-02-11T13:00:00Z",
         "The claims made by the KNF terrorists on social media about the Ruma camp are baseless. The camp "
         "remains under the full control of the Bangladesh Army and the situation in Ruma is normal.",
         [M("camp", [C("Inter Services Public Relations", "denies")])], "official"),
       R("Prothom Alo", "2025-02-11T16:00:00Z",
         "Soldiers pulled out of the Ruma camp after a gunfight that lasted about two hours early on Tuesday, "
         "and by mid-morning the camp stood empty, Prothom Alo's Bandarban correspondent saw from the bazar.",
         [M("camp", [C("Prothom Alo")], actor1=None)], "newspaper"),
       R("bdnews24.com", "2025-02-11T18:00:00Z",
         "The KNF said on its Facebook page that it had captured the army camp at Ruma in Bandarban, a claim "
         "the ISPR called baseless.",
         [M("camp", [C("Kuki-Chin National Front", via=("bdnews24.com",),
                       text="The KNF said on its Facebook page that it had captured the army camp at Ruma in "
                            "Bandarban"),
                     C("Inter Services Public Relations", "denies", via=("bdnews24.com",),
                       text="a claim the ISPR called baseless")])], "newspaper"),
       R("Agence France-Presse", "2025-02-12T06:00:00Z",
         "An ethnic armed group in Bangladesh's Chittagong Hill Tracts said it overran an army camp in Ruma on "
         "Tuesday, while the military said the camp was still in its hands.",
         [M("camp", [C("Kuki-Chin National Front", via=("Agence France-Presse",),
                       text="An ethnic armed group in Bangladesh's Chittagong Hill Tracts said it overran an "
                            "army camp in Ruma on Tuesday"),
                     C("Inter Services Public Relations", "denies", via=("Agence France-Presse",),
                       text="the military said the camp was still in its hands")])])]),
    S("cl-tirua-trucks", "Chile (Araucania and Biobio)", PART,
      "A Mapuche armed group claims burning forestry trucks; the police tell the arson with a lower count; a "
      "radio's team saw the wrecks; another radio relays the claim: corroborated.",
      {"trucks": E("Looting/property destruction", "Resistencia Mapuche Lavkenche", "Civilians (Chile)", TIRUA,
                   "2025-05-06", "corroborated", "the group, the police and a radio's own team")},
      [R("Resistencia Mapuche Lavkenche", "2025-05-07T02:00:00Z",
         "Our weichafe set fire to nine trucks and two machines of the forestry company on the Tranaquepe "
         "estate near Tirua, an act of territorial resistance against the extractive companies that occupy "
         "our land.",
         [M("trucks", [C("Resistencia Mapuche Lavkenche")])], "militant media"),
       R("Carabineros de Chile", "2025-05-06T23:00:00Z",
         "At about 19:30 a group of hooded, armed individuals set fire to six trucks and two pieces of heavy "
         "machinery at a forestry site in the commune of Tirua. No one was hurt. Personnel of the special "
         "police operations group are at the scene.",
         [M("trucks", [C("Carabineros de Chile")], actor1=None)], "official"),
       R("BioBioChile", "2025-05-07T08:00:00Z",
         "The burned-out shells of six trucks still lay across the forest road outside Tirua on Wednesday "
         "morning, a BioBioChile team saw. One of the drivers said the men had made them climb down at gunpoint "
         "before pouring petrol on the cabs.",
         [M("trucks", [C("BioBioChile")], actor1=None)], "newspaper"),
       R("Cooperativa", "2025-05-07T10:00:00Z",
         "The Resistencia Mapuche Lavkenche claimed the burning of forestry trucks in Tirua in a statement sent "
         "to the media on Wednesday.",
         [M("trucks", [C("Resistencia Mapuche Lavkenche", via=("Cooperativa",))])], "newspaper")]),
    S("br-rio-operations", "Brazil (Rio de Janeiro)", PART,
      "Two events in one city on one day: a police operation in the Mare told by the military police (five "
      "suspects), two community monitors (at least seven) and a news portal: corroborated; an evening "
      "exchange of fire in Cidade de Deus told only by the police and passed on by the portal: claimed.",
      {"mare": E("Armed clash", "Police Forces of Brazil", "Comando Vermelho", MARE, "2025-08-12", "corroborated",
                 "the police and two independent monitors"),
       "cdd": E("Armed clash", "Police Forces of Brazil", "Comando Vermelho", CIDADE_DE_DEUS, "2025-08-12",
                "claimed", "the police's word only; the portal passes it on")},
      [R("Policia Militar do Estado do Rio de Janeiro", "2025-08-12T14:00:00Z",
         "Teams of the special operations battalion were attacked by criminals while carrying out an operation "
         "in the Mare complex early on Tuesday. Five suspects were neutralised; four rifles and a large amount "
         "of drugs were seized.",
         [M("mare", [C("Policia Militar do Estado do Rio de Janeiro")], fat=(5, 5, None))], "official"),
       R("Redes da Mare", "2025-08-12T17:00:00Z",
         "At least seven people were killed during today's police operation in the Mare, among them a resident "
         "shot at his own door in Nova Holanda. Schools and the health post stayed shut all day.",
         [M("mare", [C("Redes da Mare")], fat=(7, 7, None))], "monitor"),
       R("Fogo Cruzado", "2025-08-12T19:00:00Z",
         "We recorded shooting in the Mare for more than six hours on Tuesday during a police operation; seven "
         "people were shot dead, according to our data.",
         [M("mare", [C("Fogo Cruzado")], fat=(7, 7, 7))], "monitor"),
       R("G1", "2025-08-12T21:00:00Z",
         "The police operation in the Mare complex left at least seven dead on Tuesday, according to the "
         "community group Redes da Mare; the police put the number at five. In the evening, in Cidade de Deus "
         "in the west zone, officers exchanged fire with drug traffickers for about an hour, the military "
         "police said, reporting no injuries.",
         [M("mare", [C("Redes da Mare", via=("G1",),
                       text="The police operation in the Mare complex left at least seven dead on Tuesday, "
                            "according to the community group Redes da Mare"),
                     C("Policia Militar do Estado do Rio de Janeiro", via=("G1",),
                       text="the police put the number at five")],
            text="The police operation in the Mare complex left at least seven dead on Tuesday, according to "
                 "the community group Redes da Mare; the police put the number at five.", fat=(7, 7, None)),
          M("cdd", [C("Policia Militar do Estado do Rio de Janeiro", via=("G1",))],
            text="In the evening, in Cidade de Deus in the west zone, officers exchanged fire with drug "
                 "traffickers for about an hour, the military police said, reporting no injuries.")],
         "newspaper"),
       R("Policia Militar do Estado do Rio de Janeiro", "2025-08-12T23:00:00Z",
         "In Cidade de Deus, teams of the 18th battalion were attacked by armed men at about 19:00 while "
         "patrolling the Karate area and repelled the aggression. No officer was hurt.",
         [M("cdd", [C("Policia Militar do Estado do Rio de Janeiro")])], "official")]),
    S("jo-ruwaished-border", "Jordan (Syrian border)", PART,
      "The army says it killed four smugglers crossing from Syria; the state agency, a television and a wire "
      "pass its statement on; nobody else speaks: one origin (a side's own kills), claimed.",
      {"border": E("Armed clash", "Military Forces of Jordan", "Unidentified Armed Group (Jordan)", RUWAISHED,
                   "2025-01-27", "claimed", "the army's statement only, relayed three times")},
      [R("Jordan Armed Forces", "2025-01-27T07:00:00Z",
         "The Eastern Military Zone, working with the anti-narcotics department, foiled at dawn today an attempt "
         "by armed groups to infiltrate and smuggle large amounts of narcotics from Syrian territory into the "
         "Kingdom. The rules of engagement were applied: four smugglers were killed, others were wounded and the "
         "rest fled back into Syrian depth, a military source at the General Command said.",
         [M("border", [C("Jordan Armed Forces")], fat=(4, 4, None))], "official"),
       R("Petra", "2025-01-27T08:00:00Z",
         "Four smugglers were killed as the armed forces foiled an infiltration and smuggling attempt on the "
         "northeastern border at dawn, a military source said.",
         [M("border", [C("Jordan Armed Forces", via=("Petra",))], fat=(4, 4, 4))], "state media"),
       R("Roya News", "2025-01-27T09:30:00Z",
         "The Jordanian army said it killed four smugglers who tried to cross from Syria near Ruwaished early on "
         "Monday and seized more than a million Captagon pills.",
         [M("border", [C("Jordan Armed Forces", via=("Roya News",))], fat=(4, 4, 4))], "newspaper"),
       R("Reuters", "2025-01-27T12:00:00Z",
         "Jordan's army said on Monday its troops had killed four armed smugglers trying to cross from Syria near "
         "the eastern town of Ruwaished; there was no word from the Syrian side.",
         [M("border", [C("Jordan Armed Forces", via=("Reuters",))], fat=(4, 4, 4))])]),
    S("pg-wapenamanda-ambush", "Papua New Guinea (Enga)", PART,
      "Tribal fighters ambush travellers: the provincial police commander gives at least 14 dead, a paper "
      "copies it, the UN rights office gives at least 17, a radio's follow-up says the toll has risen to 17 "
      "from an unnamed priest: corroborated (the police and the UN office, neither a side).",
      {"ambush": E("Attack", "Communal Militia (Papua New Guinea)", "Civilians (Papua New Guinea)", WAPENAMANDA,
                   "2025-10-14", "corroborated", "the police and the UN rights office")},
      [R("Royal Papua New Guinea Constabulary", "2025-10-15T04:00:00Z",
         "Enga provincial police commander Superintendent Peter Kaiyo said at least 14 men were killed when "
         "tribal fighters ambushed a group travelling on the highway near Wapenamanda on Tuesday morning. Bodies "
         "are still being recovered from the bush and a curfew is in force.",
         [M("ambush", [C("Royal Papua New Guinea Constabulary")], fat=(14, 14, None))], "official"),
       R("Post-Courier", "2025-10-15T09:00:00Z",
         "At least 14 people were killed in a tribal ambush near Wapenamanda on Tuesday morning, police said. "
         "Bodies are still being recovered from the bush.",
         [M("ambush", [C("Royal Papua New Guinea Constabulary", via=("Post-Courier",))], fat=(14, 14, None))],
         "newspaper"),
       R("UN Human Rights Office", "2025-10-16T10:00:00Z",
         "We are appalled by the killing of at least 17 people, a child among them, in an ambush in Enga "
         "Province on 14 October, and we urge the authorities to bring those responsible to justice.",
         [M("ambush", [C("UN Human Rights Office")], fat=(17, 17, None), vague="Enga", actor1=None)],
         "monitor"),
       R("Radio New Zealand", "2025-10-16T12:00:00Z",
         "The toll from Tuesday's ambush near Wapenamanda in Papua New Guinea's Enga highlands has risen to 17, "
         "a Catholic priest in the area told RNZ Pacific.",
         [M("ambush", [C("Catholic priest", via=("Radio New Zealand",))], fat=(17, 17, 17), actor1=None)],
         "newspaper")]),
    S("tn-chaambi-mine", "Tunisia (Kasserine)", PART,
      "An Islamic State affiliate claims a mine on an army vehicle; a monitor passes the claim on; the defence "
      "ministry says no explosion targeted any unit and the statements are false; a radio gives both: denied.",
      {"mine": E("Remote explosive/landmine/IED", "Jund al-Khilafa", "Military Forces of Tunisia", CHAAMBI,
                 "2025-06-03", "denied", "the group and its relays only; the ministry denies")},
      [R("Jund al-Khilafa", "2025-06-03T11:00:00Z",
         "The soldiers of the caliphate detonated an explosive device on a vehicle of the apostate Tunisian army "
         "on the slopes of Mount Chaambi, killing and wounding those aboard.",
         [M("mine", [C("Jund al-Khilafa")])], "militant media"),
       R("SITE Intelligence Group", "2025-06-03T15:00:00Z",
         "Jund al-Khilafa, the Islamic State's Tunisian affiliate, claimed in a Telegram statement to have blown "
         "up an army vehicle at Mount Chaambi in Kasserine governorate.",
         [M("mine", [C("Jund al-Khilafa", via=("SITE Intelligence Group",))])], "monitor"),
       R("Ministry of National Defence of Tunisia", "2025-06-03T18:00:00Z",
         "No explosion targeted any military unit at Jebel Chaambi. The statements circulated by terrorist "
         "groups are false; our units in the area carry on their usual missions, the ministry's spokesman said.",
         [M("mine", [C("Ministry of National Defence of Tunisia", "denies")])], "official"),
       R("Mosaique FM", "2025-06-03T19:00:00Z",
         "The defence ministry denied on Tuesday that an army vehicle had been hit by a mine at Mount Chaambi, "
         "after a jihadist group claimed the attack online.",
         [M("mine", [C("Ministry of National Defence of Tunisia", "denies", via=("Mosaique FM",),
                       text="The defence ministry denied on Tuesday that an army vehicle had been hit by a mine "
                            "at Mount Chaambi"),
                     C("Jund al-Khilafa", via=("Mosaique FM",),
                       text="after a jihadist group claimed the attack online")])], "newspaper")]),
    S("ve-guasdualito-patrol", "Venezuela (Apure)", PART,
      "A FARC dissident front says eight Venezuelan soldiers fell; the armed forces' command calls the reports "
      "false and says no clash took place; a weekly gives both; a site passes on relatives' messages it could "
      "not confirm: denied (hedged messages are no origin).",
      {"patrol": E("Armed clash", "FARC Dissident Front 10", "Military Forces of Venezuela", GUASDUALITO,
                   "2025-04-07", "denied", "the dissidents and their relays only; the command denies")},
      [R("Frente 10 Martin Villa", "2025-04-07T22:00:00Z",
         "Our guerrilla units repelled an incursion by the Venezuelan army near Guasdualito on Monday; eight of "
         "its soldiers fell and the rest withdrew, leaving their rifles behind.",
         [M("patrol", [C("Frente 10 Martin Villa")], fat=(8, 8, None))], "militant media"),
       R("Comando Estrategico Operacional", "2025-04-08T14:00:00Z",
         "The reports spread by the narco-terrorist groups about losses in Apure are false. No clash took place "
         "near Guasdualito and all our units are complete, the commander of the Strategic Operational Command "
         "said.",
         [M("patrol", [C("Comando Estrategico Operacional", "denies")])], "official"),
       R("Semana", "2025-04-08T18:00:00Z",
         "A FARC dissident faction said in a video that it had killed eight Venezuelan soldiers near "
         "Guasdualito, a claim Venezuela's military high command rejected as false.",
         [M("patrol", [C("Frente 10 Martin Villa", via=("Semana",),
                         text="A FARC dissident faction said in a video that it had killed eight Venezuelan "
                              "soldiers near Guasdualito"),
                       C("Comando Estrategico Operacional", "denies", via=("Semana",),
                         text="a claim Venezuela's military high command rejected as false")], fat=(8, 8, None))],
         "newspaper"),
       R("Efecto Cocuyo", "2025-04-08T20:00:00Z",
         "Messages shared among relatives of soldiers posted in Apure speak of a clash near Guasdualito on "
         "Monday. Efecto Cocuyo could not confirm them, and the armed forces deny any fighting.",
         [M("patrol", [C("relatives of soldiers", "uncertain", via=("Efecto Cocuyo",)),
                       C("Comando Estrategico Operacional", "denies", via=("Efecto Cocuyo",),
                         text="the armed forces deny any fighting")], actor1=None)], "newspaper")]),
    S("cg-mindouli-town", "Republic of Congo (Pool)", PART,
      "Ntumi's rebels say they took a railway town; the army, in its own language, says its forces hold their "
      "positions and fight on at the edge of town; the state agency relays the army; a radio gives both: "
      "disputed (changed hands against held).",
      {"town": E("Non-state actor overtakes territory", "Ninja Militia", "Military Forces of Republic of Congo",
                 MINDOULI, "2025-11-02", "disputed", "the rebels say they took it; the army says it holds")},
      [R("Conseil National des Republicains", "2025-11-02T09:00:00Z",
         "The resistance forces of the CNR have controlled Mindouli and its railway station since this morning. "
         "The government troops withdrew toward Kinkala, abandoning two vehicles.",
         [M("town", [C("Conseil National des Republicains")])], "militant media"),
       R("Forces Armees Congolaises", "2025-11-02T13:00:00Z",
         "Our forces hold their positions in Mindouli and the fighting continues on the outskirts of the town "
         "against the militiamen of the self-proclaimed pastor Ntumi, the army spokesman said.",
         [M("town", [C("Forces Armees Congolaises")], type="Armed clash")], "official"),
       R("Agence Congolaise d'Information", "2025-11-02T15:00:00Z",
         "The armed forces pushed back the attack of the Ninja militiamen on Mindouli and remain masters of the "
         "town, according to the army spokesman.",
         [M("town", [C("Forces Armees Congolaises", via=("Agence Congolaise d'Information",))],
            type="Armed clash")], "state media"),
       R("Radio France Internationale", "2025-11-03T06:00:00Z",
         "Rebels loyal to Pastor Ntumi said they had seized Mindouli, on the railway between Brazzaville and "
         "Pointe-Noire, while the army said it still held the town and was fighting on its edges.",
         [M("town", [C("Conseil National des Republicains", via=("Radio France Internationale",),
                       text="Rebels loyal to Pastor Ntumi said they had seized Mindouli, on the railway between "
                            "Brazzaville and Pointe-Noire"),
                     C("Forces Armees Congolaises", via=("Radio France Internationale",),
                       text="the army said it still held the town and was fighting on its edges")])])]),
    S("ci-kafolo-post", "Cote d'Ivoire (north)", PART,
      "Jihadists attack a border post: the armed forces' communique counts ten of its soldiers killed, a "
      "daily and a wire pass it on, a site gives twenty from unnamed sources and withdraws the figure: "
      "confirmed (a communique admitting its own dead).",
      {"post": E("Attack", "JNIM", "Military Forces of Cote d'Ivoire", KAFOLO, "2025-06-12", "confirmed",
                 "the armed forces tell their own soldiers killed")},
      [R("Forces Armees de Cote d'Ivoire", "2025-06-12T08:00:00Z",
         "In the early hours of Thursday the mixed army and gendarmerie post of Kafolo, on the border with "
         "Burkina Faso, was attacked by armed individuals. Sadly, we count ten soldiers killed and six wounded. "
         "One assailant was neutralised and two were captured.",
         [M("post", [C("Forces Armees de Cote d'Ivoire", "confirms")], fat=(10, 10, None), actor1=None)],
         "official"),
       R("Koaci", "2025-06-12T07:00:00Z",
         "At least twenty soldiers died at Kafolo overnight, sources on the ground told Koaci.",
         [M("post", [C("sources on the ground", via=("Koaci",))], fat=(20, 20, None), actor1=None)], "newspaper"),
       R("Fraternite Matin", "2025-06-12T11:00:00Z",
         "Ten soldiers were killed in the attack on the Kafolo post in the early hours of Thursday, the general "
         "staff of the armies said in a communique read on national television.",
         [M("post", [C("Forces Armees de Cote d'Ivoire", "confirms", via=("Fraternite Matin",))],
            fat=(10, 10, 10), actor1=None)], "state media"),
       R("Agence France-Presse", "2025-06-12T12:00:00Z",
         "Jihadists killed ten soldiers in an attack on a border post in northern Ivory Coast, the army said, "
         "one of the deadliest attacks in the country in years.",
         [M("post", [C("Forces Armees de Cote d'Ivoire", "confirms", via=("Agence France-Presse",))],
            fat=(10, 10, 10))]),
       R("Koaci", "2025-06-12T15:00:00Z",
         "Koaci withdraws the figure of twenty dead it gave this morning for Kafolo: it came from a source we "
         "could not verify. We regret the error.",
         [M("post", [C("Koaci", "unconfirmed")], actor1=None)], "newspaper")]),
    S("ru-derbent-post", "Russia (Dagestan)", PART,
      "The Islamic State's agency claims killing three police at a post; the republic's interior ministry "
      "says no attack took place; a state agency relays the denial; a radio gives both: denied.",
      {"post": E("Attack", "Islamic State", "Police Forces of Russia", DERBENT, "2025-09-21", "denied",
                 "the group's word only; the interior ministry denies")},
      [R("Amaq", "2025-09-21T19:00:00Z",
         "Soldiers of the caliphate attacked a checkpoint of the Russian police in the city of Derbent with "
         "machine guns, killing three of its members.",
         [M("post", [C("Amaq")], fat=(3, 3, None))], "militant media"),
       R("Ministry of Internal Affairs of Dagestan", "2025-09-21T21:00:00Z",
         "No attack on a police post took place in Derbent. The information spread on Telegram channels does "
         "not correspond to reality; all posts are working as usual, the press service of the republic's "
         "interior ministry said.",
         [M("post", [C("Ministry of Internal Affairs of Dagestan", "denies")])], "official"),
       R("RIA Novosti", "2025-09-21T22:00:00Z",
         "Dagestan's interior ministry denied reports of an attack on police in Derbent, calling the Telegram "
         "posts fakes.",
         [M("post", [C("Ministry of Internal Affairs of Dagestan", "denies", via=("RIA Novosti",))])],
         "state media"),
       R("Kavkaz.Realii", "2025-09-22T07:00:00Z",
         "The Islamic State claimed an attack on police in Derbent on Sunday in a message carried by its Amaq "
         "agency; the republic's interior ministry said no such attack took place.",
         [M("post", [C("Amaq", via=("Kavkaz.Realii",),
                       text="The Islamic State claimed an attack on police in Derbent on Sunday in a message "
                            "carried by its Amaq agency"),
                     C("Ministry of Internal Affairs of Dagestan", "denies", via=("Kavkaz.Realii",),
                       text="the republic's interior ministry said no such attack took place")])],
         "newspaper")]),
]
