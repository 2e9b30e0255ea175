"""Per-country slot lists for build.py: real places (town, first-level division), and actors named
the way reports and coders name them. Written by hand from general knowledge of each conflict; the
lists only feed templates, they are not a gazetteer.

Keys per country:
  name, adj      country name and adjective
  places         (town, admin1) pairs
  army           how reports name the state's armed forces
  police         how reports name police / security services
  groups         non-state armed groups, militias, gangs active there
  air            who carries out air or drone strikes there (empty: none in templates)
  shell          who fires artillery, rockets or missiles there (empty: none)
  chem           non-empty where chemical-weapon use has been alleged
  suicide        True where suicide bombings are part of the conflict
  official       a local official who gives tolls
  outlet         local media or monitors that report there
"""

C = {}


def add(code, name, adj, places, army, police, groups, air=(), shell=(), chem=False, suicide=False,
        official="a local official", outlet=("local media",)):
    C[code] = dict(name=name, adj=adj, places=list(places), army=list(army), police=list(police),
                   groups=list(groups), air=list(air), shell=list(shell), chem=chem, suicide=suicide,
                   official=official, outlet=list(outlet))


# ---- Africa
add("NG", "Nigeria", "Nigerian",
    [("Maiduguri", "Borno"), ("Gwoza", "Borno"), ("Bama", "Borno"), ("Damboa", "Borno"), ("Monguno", "Borno"),
     ("Geidam", "Yobe"), ("Zurmi", "Zamfara"), ("Tsafe", "Zamfara"), ("Kankara", "Katsina"), ("Bokkos", "Plateau"),
     ("Kajuru", "Kaduna"), ("Shiroro", "Niger"), ("Gwer West", "Benue"), ("Orlu", "Imo")],
    ["Nigerian troops", "soldiers", "the Nigerian Army", "troops of Operation Hadin Kai", "the military"],
    ["police", "the Nigeria Police Force", "mobile police officers", "operatives of the Department of State Services"],
    ["Boko Haram", "ISWAP fighters", "JAS militants", "bandits", "armed bandits", "suspected Fulani militia",
     "IPOB gunmen", "members of the Eastern Security Network", "Civilian JTF members", "a vigilante group"],
    air=["the Nigerian Air Force", "a military jet", "Air Task Force aircraft"],
    shell=["Boko Haram fighters", "troops"], suicide=True,
    official="the local government chairman", outlet=("HumAngle", "Daily Trust", "Premium Times"))
add("ML", "Mali", "Malian",
    [("Kidal", "Kidal"), ("Gao", "Gao"), ("Menaka", "Menaka"), ("Timbuktu", "Timbuktu"), ("Mopti", "Mopti"),
     ("Djenne", "Mopti"), ("Bandiagara", "Mopti"), ("Niono", "Segou"), ("Boni", "Mopti"), ("Tessalit", "Kidal"),
     ("Ansongo", "Gao"), ("Nara", "Koulikoro")],
    ["Malian soldiers", "the Malian army", "FAMa troops", "the armed forces (FAMa)"],
    ["gendarmes", "the national guard", "state security agents"],
    ["JNIM", "militants from Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel fighters",
     "Dan Na Ambassagou militiamen", "Dozo hunters", "CSP-DPA rebels", "Wagner Group mercenaries",
     "Africa Corps fighters"],
    air=["the Malian air force", "Malian army drones", "a Bayraktar drone"], shell=["JNIM", "rebels"], suicide=True,
    official="a local elected official", outlet=("Studio Tamani", "local sources"))
add("BF", "Burkina Faso", "Burkinabe",
    [("Djibo", "Sahel"), ("Arbinda", "Sahel"), ("Dori", "Sahel"), ("Fada N'Gourma", "Est"), ("Diapaga", "Est"),
     ("Barsalogho", "Centre-Nord"), ("Kaya", "Centre-Nord"), ("Solenzo", "Boucle du Mouhoun"), ("Ouahigouya", "Nord"),
     ("Gorom-Gorom", "Sahel"), ("Tougan", "Boucle du Mouhoun")],
    ["Burkinabe soldiers", "the army", "troops", "the Rapid Intervention Battalion"],
    ["gendarmes", "police", "security forces"],
    ["JNIM", "Islamic State Sahel militants", "VDP volunteers", "Volunteers for the Defence of the Homeland",
     "suspected jihadists", "armed men on motorbikes"],
    air=["the Burkinabe air force", "army drones", "a military helicopter"], shell=["militants"], suicide=True,
    official="a local official", outlet=("local sources", "a security source"))
add("NE", "Niger", "Nigerien",
    [("Tillaberi", "Tillaberi"), ("Diffa", "Diffa"), ("Bosso", "Diffa"), ("Ouallam", "Tillaberi"),
     ("Tahoua", "Tahoua"), ("Banibangou", "Tillaberi"), ("Ayorou", "Tillaberi"), ("Tassia", "Tillaberi")],
    ["Nigerien soldiers", "the army", "Nigerien troops"], ["police", "the national guard", "gendarmes"],
    ["Islamic State Sahel fighters", "JNIM militants", "Boko Haram", "bandits", "FPL rebels"],
    air=["the Nigerien air force", "army drones"], shell=["militants"], suicide=True,
    official="the mayor", outlet=("Aktiv", "local sources"))
add("SO", "Somalia", "Somali",
    [("Mogadishu", "Banadir"), ("Baidoa", "Bay"), ("Beledweyne", "Hiraan"), ("Jowhar", "Middle Shabelle"),
     ("Afgooye", "Lower Shabelle"), ("Marka", "Lower Shabelle"), ("Kismayo", "Lower Juba"), ("Galkayo", "Mudug"),
     ("Bulo Burde", "Hiraan"), ("Adale", "Middle Shabelle"), ("Dhusamareb", "Galgaduud")],
    ["Somali National Army troops", "SNA soldiers", "government forces", "Danab special forces", "AUSSOM troops"],
    ["police", "NISA agents", "Somali police"],
    ["al-Shabaab", "Al Shabaab militants", "clan militia", "Ma'awisley fighters", "Islamic State Somalia fighters"],
    air=["US Africa Command", "a US drone", "Turkish drones", "government aircraft"],
    shell=["al-Shabaab", "militants"], suicide=True,
    official="the district commissioner", outlet=("Garowe Online", "Radio Shabelle", "Hiiraan Online"))
add("ET", "Ethiopia", "Ethiopian",
    [("Gondar", "Amhara"), ("Bahir Dar", "Amhara"), ("Debre Markos", "Amhara"), ("Lalibela", "Amhara"),
     ("Mekelle", "Tigray"), ("Nekemte", "Oromia"), ("Dembi Dolo", "Oromia"), ("Shewa Robit", "Amhara"),
     ("Kemise", "Amhara"), ("Gimbi", "Oromia")],
    ["ENDF troops", "federal soldiers", "the Ethiopian National Defense Force", "government forces"],
    ["federal police", "regional special forces", "Amhara regional police"],
    ["Fano militiamen", "Fano fighters", "the Oromo Liberation Army", "OLA fighters", "TPLF forces"],
    air=["an Ethiopian military drone", "the Ethiopian air force"], shell=["federal troops", "Fano"],
    official="a local administrator", outlet=("Addis Standard", "residents"))
add("SD", "Sudan", "Sudanese",
    [("El Fasher", "North Darfur"), ("Omdurman", "Khartoum"), ("Khartoum Bahri", "Khartoum"), ("Wad Madani", "Al Jazirah"),
     ("El Obeid", "North Kordofan"), ("Nyala", "South Darfur"), ("El Geneina", "West Darfur"), ("Sennar", "Sennar"),
     ("Babanusa", "West Kordofan"), ("Kadugli", "South Kordofan"), ("Tawila", "North Darfur")],
    ["the Sudanese Armed Forces", "SAF troops", "the army", "army soldiers"],
    ["police", "General Intelligence Service agents", "security forces"],
    ["the Rapid Support Forces", "RSF fighters", "RSF paramilitaries", "the SPLM-N", "joint forces of Darfur armed movements",
     "Arab militias allied to the RSF"],
    air=["army warplanes", "a Sudanese army drone", "RSF drones", "SAF aircraft"],
    shell=["the RSF", "the army", "RSF artillery"], chem=True,
    official="the Sudan Doctors Network", outlet=("Emergency Lawyers", "Sudan Tribune", "Radio Dabanga"))
add("SS", "South Sudan", "South Sudanese",
    [("Juba", "Central Equatoria"), ("Malakal", "Upper Nile"), ("Nasir", "Upper Nile"), ("Bor", "Jonglei"),
     ("Yei", "Central Equatoria"), ("Rumbek", "Lakes"), ("Tambura", "Western Equatoria"), ("Pibor", "Greater Pibor")],
    ["SSPDF soldiers", "the army", "South Sudan People's Defence Forces"], ["police", "National Security Service agents"],
    ["SPLA-IO forces", "the White Army", "NAS rebels", "cattle raiders", "armed youth"],
    air=["an SSPDF gunship", "army aircraft"], shell=["SSPDF"], official="the county commissioner",
    outlet=("Radio Tamazuj", "Eye Radio"))
add("CD", "DR Congo", "Congolese",
    [("Goma", "North Kivu"), ("Beni", "North Kivu"), ("Butembo", "North Kivu"), ("Rutshuru", "North Kivu"),
     ("Masisi", "North Kivu"), ("Bunia", "Ituri"), ("Djugu", "Ituri"), ("Uvira", "South Kivu"), ("Bukavu", "South Kivu"),
     ("Fizi", "South Kivu"), ("Lubero", "North Kivu")],
    ["FARDC soldiers", "the Congolese army", "FARDC troops"], ["police", "PNC officers", "ANR agents"],
    ["M23 rebels", "the M23", "ADF militants", "Allied Democratic Forces fighters", "CODECO militiamen",
     "Wazalendo fighters", "Mai-Mai militiamen", "Zaire militia"],
    air=["FARDC Sukhoi jets", "army drones", "a Congolese army drone"], shell=["M23", "FARDC artillery"],
    official="the territory administrator", outlet=("Radio Okapi", "Actualite.cd", "the Kivu Security Tracker"))
add("CM", "Cameroon", "Cameroonian",
    [("Bamenda", "North-West"), ("Kumba", "South-West"), ("Buea", "South-West"), ("Ndop", "North-West"),
     ("Kolofata", "Far North"), ("Mora", "Far North"), ("Mokolo", "Far North"), ("Batibo", "North-West")],
    ["Cameroonian soldiers", "the army", "BIR troops", "the Rapid Intervention Battalion"], ["gendarmes", "police"],
    ["Ambazonian separatists", "Amba fighters", "separatist fighters", "Boko Haram", "ISWAP"],
    air=["the air force"], shell=["Boko Haram"], suicide=True, official="the divisional officer",
    outlet=("Mimi Mefo Info", "The Guardian Post"))
add("MZ", "Mozambique", "Mozambican",
    [("Mocimboa da Praia", "Cabo Delgado"), ("Palma", "Cabo Delgado"), ("Macomia", "Cabo Delgado"),
     ("Muidumbe", "Cabo Delgado"), ("Ancuabe", "Cabo Delgado"), ("Chiure", "Cabo Delgado"), ("Maputo", "Maputo City"),
     ("Nampula", "Nampula")],
    ["Mozambican troops", "the FADM", "Rwandan forces", "Rwandan and Mozambican troops"],
    ["police", "the Rapid Intervention Unit (UIR)"],
    ["Islamic State Mozambique insurgents", "al-Shabaab insurgents", "insurgents", "Naparama militia", "local forces"],
    air=["a government helicopter"], shell=[], official="the district administrator",
    outlet=("Cabo Ligado", "Carta de Mocambique", "Pinnacle News"))
add("LY", "Libya", "Libyan",
    [("Tripoli", "Tripoli"), ("Misrata", "Misrata"), ("Zawiya", "Zawiya"), ("Sirte", "Sirte"), ("Benghazi", "Benghazi"),
     ("Gharyan", "Jabal al Gharbi"), ("Zintan", "Jabal al Gharbi"), ("Sabha", "Sabha"), ("Derna", "Derna")],
    ["forces of the Government of National Unity", "LNA forces", "Haftar's Libyan National Army", "GNU-aligned units"],
    ["police", "the Interior Ministry's forces", "the Rada Special Deterrence Force"],
    ["the Stability Support Apparatus", "the 444th Brigade", "a Zawiya militia", "armed groups", "the Rada force"],
    air=["a Turkish-made drone", "LNA aircraft"], shell=["LNA artillery", "militias"],
    official="the municipal council", outlet=("Libya Observer", "Libya Review"))
add("KE", "Kenya", "Kenyan",
    [("Nairobi", "Nairobi"), ("Mandera", "Mandera"), ("Lamu", "Lamu"), ("Garissa", "Garissa"), ("Kisumu", "Kisumu"),
     ("Mombasa", "Mombasa"), ("Marsabit", "Marsabit"), ("Kerio Valley", "Elgeyo-Marakwet")],
    ["KDF soldiers", "the Kenya Defence Forces"], ["police", "anti-riot police", "General Service Unit officers"],
    ["al-Shabaab", "bandits", "cattle rustlers", "armed herders"],
    air=[], shell=[], suicide=False, official="the county commissioner", outlet=("Daily Nation", "The Standard"))
add("CF", "Central African Republic", "Central African",
    [("Bangui", "Bangui"), ("Bambari", "Ouaka"), ("Bria", "Haute-Kotto"), ("Paoua", "Ouham-Pende"),
     ("Ndele", "Bamingui-Bangoran"), ("Kaga-Bandoro", "Nana-Grebizi"), ("Bossangoa", "Ouham"), ("Zemio", "Haut-Mbomou")],
    ["FACA soldiers", "the Central African army", "Russian instructors and FACA"], ["gendarmes", "police"],
    ["CPC rebels", "3R fighters", "UPC militiamen", "anti-Balaka militiamen", "Azande Ani Kpi Gbe militia", "Wagner fighters"],
    air=["a helicopter"], shell=[], official="a local authority", outlet=("Radio Ndeke Luka", "Corbeau News"))
add("TD", "Chad", "Chadian",
    [("N'Djamena", "N'Djamena"), ("Bol", "Lac"), ("Abeche", "Ouaddai"), ("Moundou", "Logone Occidental"),
     ("Baga Sola", "Lac"), ("Ngouboua", "Lac")],
    ["Chadian soldiers", "the army"], ["police", "gendarmes"], ["Boko Haram", "FACT rebels", "herders"],
    air=["the Chadian air force"], shell=[], suicide=True, official="the governor", outlet=("Alwihda Info",))
add("UG", "Uganda", "Ugandan",
    [("Kampala", "Kampala"), ("Kasese", "Kasese"), ("Moroto", "Moroto"), ("Kotido", "Kotido"), ("Mpondwe", "Kasese")],
    ["UPDF soldiers", "the army"], ["police", "military police"], ["ADF rebels", "Karamojong cattle raiders"],
    air=[], shell=[], official="the resident district commissioner", outlet=("Daily Monitor",))
add("ZA", "South Africa", "South African",
    [("Johannesburg", "Gauteng"), ("Durban", "KwaZulu-Natal"), ("Cape Town", "Western Cape"), ("Pretoria", "Gauteng"),
     ("Soweto", "Gauteng"), ("Pietermaritzburg", "KwaZulu-Natal")],
    ["the army"], ["police", "SAPS officers", "the Public Order Policing unit"], ["taxi association gunmen", "hitmen"],
    official="a police spokesperson", outlet=("News24", "eNCA"))
add("SN", "Senegal", "Senegalese",
    [("Dakar", "Dakar"), ("Ziguinchor", "Ziguinchor"), ("Thies", "Thies"), ("Mbacke", "Diourbel"), ("Kaolack", "Kaolack")],
    ["the army"], ["police", "gendarmes", "riot police"], ["MFDC rebels"], official="the prefect",
    outlet=("Senego",))
add("TN", "Tunisia", "Tunisian",
    [("Tunis", "Tunis"), ("Sfax", "Sfax"), ("Kasserine", "Kasserine"), ("Sidi Bouzid", "Sidi Bouzid"), ("Gafsa", "Gafsa")],
    ["the army"], ["police", "the National Guard"], ["militants of Okba Ibn Nafaa", "jihadists"],
    official="the governor", outlet=("TAP",))
add("EG", "Egypt", "Egyptian",
    [("Cairo", "Cairo"), ("Alexandria", "Alexandria"), ("Al-Arish", "North Sinai"), ("Rafah", "North Sinai"),
     ("Sheikh Zuweid", "North Sinai"), ("Bir al-Abd", "North Sinai")],
    ["the Egyptian army", "Egyptian troops"], ["police", "security forces"],
    ["Sinai Province militants", "Islamic State militants", "Hasm members"], air=["the Egyptian air force"],
    suicide=True, official="a security source", outlet=("Ahram Online",))
add("GH", "Ghana", "Ghanaian",
    [("Accra", "Greater Accra"), ("Bawku", "Upper East"), ("Kumasi", "Ashanti"), ("Tamale", "Northern")],
    ["soldiers"], ["police", "the military and police"], ["Kusasi and Mamprusi factions", "armed youth"],
    official="the regional minister", outlet=("GhanaWeb", "Citi FM"))
add("BI", "Burundi", "Burundian",
    [("Bujumbura", "Bujumbura Mairie"), ("Gitega", "Gitega"), ("Cibitoke", "Cibitoke"), ("Bubanza", "Bubanza")],
    ["Burundian soldiers"], ["police", "SNR intelligence agents"], ["Imbonerakure members", "RED-Tabara rebels"],
    official="the provincial governor", outlet=("SOS Medias Burundi", "Iwacu"))

# ---- Middle East and North Africa
add("SY", "Syria", "Syrian",
    [("Idlib", "Idlib"), ("Maarat al-Numan", "Idlib"), ("Saraqib", "Idlib"), ("Jisr al-Shughur", "Idlib"),
     ("Aleppo", "Aleppo"), ("Afrin", "Aleppo"), ("Manbij", "Aleppo"), ("Deir ez-Zor", "Deir ez-Zor"),
     ("al-Mayadin", "Deir ez-Zor"), ("Raqqa", "Raqqa"), ("Hasakah", "Hasakah"), ("Qamishli", "Hasakah"),
     ("Daraa", "Daraa"), ("Homs", "Homs"), ("Palmyra", "Homs"), ("Douma", "Rural Damascus"), ("Hama", "Hama"),
     ("Latakia", "Latakia"), ("Jableh", "Latakia"), ("Sweida", "As-Suwayda")],
    ["regime forces", "Syrian government troops", "the Syrian army", "government forces", "the Syrian Arab Army"],
    ["security forces", "General Security personnel", "intelligence agents"],
    ["the SDF", "Syrian Democratic Forces fighters", "HTS fighters", "Hayat Tahrir al-Sham", "Turkish-backed factions",
     "the Syrian National Army", "ISIS cells", "Islamic State militants", "Druze gunmen", "tribal fighters"],
    air=["Russian warplanes", "Syrian regime helicopters", "Turkish drones", "US-led coalition aircraft",
         "Israeli jets", "a Turkish drone", "regime warplanes"],
    shell=["regime forces", "Turkish artillery", "the SDF", "HTS", "Turkish-backed factions"], chem=True, suicide=True,
    official="a local council official", outlet=("the Syrian Observatory for Human Rights", "SANA", "Enab Baladi"))
add("IQ", "Iraq", "Iraqi",
    [("Mosul", "Nineveh"), ("Sinjar", "Nineveh"), ("Kirkuk", "Kirkuk"), ("Tikrit", "Salahuddin"), ("Samarra", "Salahuddin"),
     ("Fallujah", "Anbar"), ("Ramadi", "Anbar"), ("Baqubah", "Diyala"), ("Erbil", "Erbil"), ("Sulaymaniyah", "Sulaymaniyah"),
     ("Baghdad", "Baghdad"), ("Basra", "Basra"), ("Nasiriyah", "Dhi Qar")],
    ["Iraqi troops", "the Iraqi army", "Iraqi security forces", "the Counter-Terrorism Service"],
    ["police", "federal police", "riot police", "security forces"],
    ["Islamic State militants", "ISIS remnants", "the Popular Mobilization Forces", "Kataib Hezbollah",
     "PKK fighters", "an Iran-backed militia", "the Islamic Resistance in Iraq"],
    air=["Turkish warplanes", "a Turkish drone", "US aircraft", "Iraqi F-16s", "Iraqi army aviation"],
    shell=["Turkish artillery", "Iran's Revolutionary Guards", "militants", "an Iran-backed group"], chem=True,
    suicide=True, official="a security official", outlet=("Rudaw", "Shafaq News", "the Security Media Cell"))
add("YE", "Yemen", "Yemeni",
    [("Taiz", "Taiz"), ("Marib", "Marib"), ("Hodeidah", "Hodeidah"), ("Sanaa", "Amanat al-Asimah"), ("Saada", "Saada"),
     ("Aden", "Aden"), ("Al-Dhalea", "Al-Dhalea"), ("Hajjah", "Hajjah"), ("Al-Bayda", "Al-Bayda"), ("Shabwa", "Shabwa"),
     ("Abyan", "Abyan"), ("Harib", "Marib")],
    ["government forces", "pro-government troops", "forces loyal to the Presidential Leadership Council",
     "the Giants Brigades", "Southern Transitional Council forces"],
    ["security forces", "Security Belt forces", "Houthi security"],
    ["the Houthis", "Houthi fighters", "Ansar Allah", "AQAP militants", "al-Qaeda in the Arabian Peninsula",
     "tribal gunmen", "STC-backed forces"],
    air=["Saudi-led coalition jets", "US warplanes", "US and British aircraft", "Israeli jets", "a Houthi drone"],
    shell=["the Houthis", "Houthi snipers and artillery", "government forces"], chem=False, suicide=True,
    official="a local official", outlet=("Saba", "Al-Masirah", "Al-Masdar Online"))
add("LB", "Lebanon", "Lebanese",
    [("Beirut", "Beirut"), ("Tyre", "South"), ("Nabatieh", "Nabatieh"), ("Bint Jbeil", "Nabatieh"), ("Baalbek", "Baalbek-Hermel"),
     ("Tripoli", "North"), ("Khiam", "Nabatieh"), ("Sidon", "South"), ("Marjayoun", "Nabatieh")],
    ["the Lebanese army", "Lebanese soldiers"], ["police", "Internal Security Forces", "riot police"],
    ["Hezbollah", "Hezbollah fighters", "Amal gunmen", "Palestinian factions in Ain al-Hilweh", "clan gunmen"],
    air=["Israeli warplanes", "an Israeli drone", "Israeli jets"], shell=["Israeli artillery", "Hezbollah"],
    official="the state-run National News Agency", outlet=("NNA", "L'Orient Today", "Al-Manar"))
add("PS", "Palestine", "Palestinian",
    [("Gaza City", "Gaza Strip"), ("Khan Younis", "Gaza Strip"), ("Rafah", "Gaza Strip"), ("Jabalia", "Gaza Strip"),
     ("Deir al-Balah", "Gaza Strip"), ("Jenin", "West Bank"), ("Nablus", "West Bank"), ("Tulkarm", "West Bank"),
     ("Hebron", "West Bank"), ("Ramallah", "West Bank"), ("Tubas", "West Bank")],
    ["Israeli forces", "Israeli troops", "the Israeli army", "the IDF"],
    ["Israeli border police", "Palestinian Authority security forces", "Israeli police"],
    ["Hamas", "the Qassam Brigades", "Palestinian Islamic Jihad", "the al-Quds Brigades", "Israeli settlers",
     "the Jenin Brigade", "armed settlers"],
    air=["Israeli warplanes", "an Israeli drone", "Israeli aircraft"], shell=["Israeli tanks", "Hamas", "Israeli artillery"],
    official="the Gaza civil defence agency", outlet=("WAFA", "the Palestinian health ministry"))
add("IL", "Israel", "Israeli",
    [("Sderot", "Southern"), ("Kiryat Shmona", "Northern"), ("Haifa", "Haifa"), ("Tel Aviv", "Tel Aviv"),
     ("Ashkelon", "Southern"), ("Metula", "Northern"), ("Jerusalem", "Jerusalem")],
    ["the IDF", "Israeli troops"], ["Israeli police"], ["Hezbollah", "Hamas", "a Palestinian gunman"],
    air=["a Hezbollah drone", "a Houthi drone"], shell=["Hezbollah", "Hamas", "the Houthis"], official="Magen David Adom",
    outlet=("Times of Israel", "Haaretz"))
add("IR", "Iran", "Iranian",
    [("Tehran", "Tehran"), ("Zahedan", "Sistan and Baluchestan"), ("Mahabad", "West Azerbaijan"), ("Sanandaj", "Kurdistan"),
     ("Isfahan", "Isfahan"), ("Khash", "Sistan and Baluchestan"), ("Saravan", "Sistan and Baluchestan")],
    ["the Revolutionary Guards", "IRGC forces"], ["police", "Basij militiamen", "security forces", "riot police"],
    ["Jaish al-Adl militants", "PJAK fighters", "gunmen"], air=["Israeli aircraft", "IRGC drones"],
    shell=["the IRGC"], suicide=True, official="the provincial governor", outlet=("IRNA", "Hengaw", "HRANA"))
add("TR", "Turkey", "Turkish",
    [("Istanbul", "Istanbul"), ("Ankara", "Ankara"), ("Diyarbakir", "Diyarbakir"), ("Hakkari", "Hakkari"), ("Sirnak", "Sirnak"),
     ("Izmir", "Izmir")],
    ["Turkish troops", "the Turkish army"], ["police", "riot police", "gendarmerie"], ["PKK militants", "ISIS suspects"],
    air=["Turkish jets"], shell=["PKK"], suicide=True, official="the governor's office", outlet=("Anadolu Agency", "Bianet"))
add("JO", "Jordan", "Jordanian",
    [("Amman", "Amman"), ("Zarqa", "Zarqa"), ("Irbid", "Irbid"), ("Mafraq", "Mafraq"), ("Ruwaished", "Mafraq")],
    ["the Jordanian army", "border guards"], ["police", "gendarmerie"], ["drug smugglers", "armed smugglers"],
    air=["Jordanian jets"], official="the army", outlet=("Petra",))

# ---- South and Southeast Asia
add("AF", "Afghanistan", "Afghan",
    [("Kabul", "Kabul"), ("Jalalabad", "Nangarhar"), ("Kunduz", "Kunduz"), ("Mazar-i-Sharif", "Balkh"), ("Herat", "Herat"),
     ("Kandahar", "Kandahar"), ("Panjshir", "Panjshir"), ("Khost", "Khost"), ("Andarab", "Baghlan"), ("Faizabad", "Badakhshan")],
    ["Taliban forces", "Taliban fighters", "the Taliban's security forces"],
    ["Taliban police", "the Taliban's intelligence directorate"],
    ["the National Resistance Front", "NRF fighters", "ISIS-K", "Islamic State Khorasan militants", "the Afghanistan Freedom Front"],
    air=["Pakistani jets", "a US drone", "Pakistani aircraft"], shell=["Pakistani forces"], suicide=True,
    official="a Taliban spokesman", outlet=("Tolo News", "Amu TV", "Afghanistan International"))
add("PK", "Pakistan", "Pakistani",
    [("Peshawar", "Khyber Pakhtunkhwa"), ("Bannu", "Khyber Pakhtunkhwa"), ("Dera Ismail Khan", "Khyber Pakhtunkhwa"),
     ("North Waziristan", "Khyber Pakhtunkhwa"), ("Bajaur", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"),
     ("Turbat", "Balochistan"), ("Gwadar", "Balochistan"), ("Karachi", "Sindh"), ("Lahore", "Punjab"), ("Kurram", "Khyber Pakhtunkhwa")],
    ["Pakistani security forces", "troops", "the Pakistan army", "the Frontier Corps"],
    ["police", "the Counter Terrorism Department", "the CTD"],
    ["the Pakistani Taliban", "TTP militants", "the Baloch Liberation Army", "BLA fighters", "Hafiz Gul Bahadur group",
     "ISIS-K", "the Balochistan Liberation Front"],
    air=["Pakistani jets", "a quadcopter", "a drone"], shell=["Afghan Taliban forces", "Indian troops", "Pakistani troops"],
    suicide=True, official="a district police officer", outlet=("Dawn", "ISPR", "The Express Tribune"))
add("IN", "India", "Indian",
    [("Srinagar", "Jammu and Kashmir"), ("Anantnag", "Jammu and Kashmir"), ("Poonch", "Jammu and Kashmir"),
     ("Imphal", "Manipur"), ("Churachandpur", "Manipur"), ("Bijapur", "Chhattisgarh"), ("Sukma", "Chhattisgarh"),
     ("Dantewada", "Chhattisgarh"), ("Kolkata", "West Bengal"), ("New Delhi", "Delhi"), ("Ludhiana", "Punjab")],
    ["Indian security forces", "troops", "the Indian army", "CRPF personnel", "the Assam Rifles"],
    ["police", "the District Reserve Guard", "the state police"],
    ["Maoists", "Naxalite rebels", "the CPI (Maoist)", "Kuki militants", "Meitei militants", "Arambai Tenggol members",
     "The Resistance Front", "Lashkar-e-Taiba militants", "Jaish-e-Mohammed militants"],
    air=["Pakistani drones"], shell=["Pakistani troops"], official="a senior police officer",
    outlet=("PTI", "The Hindu", "Indian Express"))
add("BD", "Bangladesh", "Bangladeshi",
    [("Dhaka", "Dhaka"), ("Chittagong", "Chittagong"), ("Cox's Bazar", "Chittagong"), ("Bandarban", "Chittagong"),
     ("Sylhet", "Sylhet"), ("Rajshahi", "Rajshahi"), ("Khulna", "Khulna")],
    ["the army", "BGB troops"], ["police", "RAB", "the Rapid Action Battalion", "riot police"],
    ["Awami League activists", "BNP activists", "Chhatra League members", "the Kuki-Chin National Front", "ARSA members"],
    official="the officer-in-charge of the local police station", outlet=("The Daily Star", "Prothom Alo", "bdnews24"))
add("LK", "Sri Lanka", "Sri Lankan",
    [("Colombo", "Western"), ("Kandy", "Central"), ("Jaffna", "Northern"), ("Galle", "Southern"), ("Batticaloa", "Eastern")],
    ["the army"], ["police", "the Special Task Force"], ["gunmen"], official="a police spokesman",
    outlet=("Daily Mirror", "NewsFirst"))
add("NP", "Nepal", "Nepali",
    [("Kathmandu", "Bagmati"), ("Biratnagar", "Koshi"), ("Pokhara", "Gandaki"), ("Birgunj", "Madhesh"), ("Janakpur", "Madhesh")],
    ["the Nepal Army"], ["police", "Armed Police Force personnel", "riot police"], ["cadres"],
    official="the chief district officer", outlet=("Kathmandu Post", "Setopati"))
add("MM", "Myanmar", "Myanmar",
    [("Lashio", "Shan"), ("Myawaddy", "Kayin"), ("Hpakant", "Kachin"), ("Bhamo", "Kachin"), ("Sittwe", "Rakhine"),
     ("Kyaukphyu", "Rakhine"), ("Sagaing", "Sagaing"), ("Monywa", "Sagaing"), ("Mandalay", "Mandalay"), ("Loikaw", "Kayah"),
     ("Hakha", "Chin"), ("Mogok", "Mandalay")],
    ["junta troops", "the military", "regime soldiers", "the Tatmadaw", "junta forces"],
    ["police", "junta police"],
    ["the Arakan Army", "People's Defence Force fighters", "the PDF", "the Kachin Independence Army", "the KIA",
     "the Ta'ang National Liberation Army", "the MNDAA", "the Karen National Liberation Army", "the KNU",
     "Karenni resistance forces", "the Chin National Army", "pro-junta Pyu Saw Htee militia"],
    air=["junta aircraft", "a junta fighter jet", "military jets", "a paramotor", "junta drones", "resistance drones"],
    shell=["junta artillery", "the military", "the Arakan Army"], official="a resistance spokesperson",
    outlet=("Myanmar Now", "The Irrawaddy", "Radio Free Asia", "Mizzima"))
add("PH", "Philippines", "Philippine",
    [("Marawi", "Lanao del Sur"), ("Cotabato City", "Maguindanao"), ("Jolo", "Sulu"), ("Datu Paglas", "Maguindanao del Sur"),
     ("Basilan", "Basilan"), ("Catarman", "Northern Samar"), ("Manila", "Metro Manila"), ("Davao City", "Davao del Sur")],
    ["soldiers", "Philippine army troops", "the AFP"], ["police", "PNP officers"],
    ["the New People's Army", "NPA rebels", "Abu Sayyaf", "the Dawlah Islamiyah", "BIFF fighters", "MILF members"],
    air=["military aircraft", "the Philippine Air Force"], shell=["the army"], suicide=True,
    official="a military spokesman", outlet=("Rappler", "Philippine Daily Inquirer"))
add("TH", "Thailand", "Thai",
    [("Pattani", "Pattani"), ("Yala", "Yala"), ("Narathiwat", "Narathiwat"), ("Bangkok", "Bangkok"), ("Rueso", "Narathiwat")],
    ["Thai soldiers", "rangers", "paramilitary rangers"], ["police", "riot police"],
    ["insurgents", "BRN militants", "separatist insurgents"], official="the Internal Security Operations Command",
    outlet=("Bangkok Post", "Deep South Watch"))
add("ID", "Indonesia", "Indonesian",
    [("Jakarta", "Jakarta"), ("Jayapura", "Papua"), ("Intan Jaya", "Central Papua"), ("Nduga", "Highland Papua"),
     ("Puncak", "Central Papua"), ("Makassar", "South Sulawesi"), ("Poso", "Central Sulawesi")],
    ["Indonesian troops", "TNI soldiers"], ["police", "Brimob officers", "riot police", "Densus 88"],
    ["the West Papua National Liberation Army", "TPNPB fighters", "Papuan rebels", "JAD militants"],
    air=[], shell=[], suicide=True, official="a regional police spokesman", outlet=("Tempo", "Jakarta Post"))

# ---- Latin America
add("MX", "Mexico", "Mexican",
    [("Culiacan", "Sinaloa"), ("Apatzingan", "Michoacan"), ("Aguililla", "Michoacan"), ("Tijuana", "Baja California"),
     ("Reynosa", "Tamaulipas"), ("Celaya", "Guanajuato"), ("Chilpancingo", "Guerrero"), ("Ciudad Juarez", "Chihuahua"),
     ("Frontera Comalapa", "Chiapas"), ("Zacatecas", "Zacatecas")],
    ["soldiers", "the Mexican army", "the National Guard", "marines"], ["police", "state police", "municipal police"],
    ["the Jalisco New Generation Cartel", "CJNG gunmen", "the Sinaloa Cartel", "Los Chapitos", "La Mayiza",
     "Carteles Unidos", "cartel gunmen", "La Familia Michoacana", "the Gulf Cartel"],
    air=["CJNG drones", "cartel drones"], shell=[], official="the state prosecutor's office",
    outlet=("Milenio", "El Universal", "Proceso"))
add("CO", "Colombia", "Colombian",
    [("Tibu", "Norte de Santander"), ("Cucuta", "Norte de Santander"), ("Tumaco", "Narino"), ("Jamundi", "Valle del Cauca"),
     ("Suarez", "Cauca"), ("Argelia", "Cauca"), ("Arauca", "Arauca"), ("Saravena", "Arauca"), ("Quibdo", "Choco"),
     ("Medellin", "Antioquia")],
    ["soldiers", "the Colombian army", "troops"], ["police", "riot police (UNDMO)", "the ESMAD"],
    ["the ELN", "National Liberation Army guerrillas", "FARC dissidents", "the EMC", "the Clan del Golfo",
     "the Gulf Clan", "the Segunda Marquetalia", "the Carlos Patino front"],
    air=["the Colombian air force", "ELN drones", "FARC dissident drones"], shell=[], official="the regional ombudsman",
    outlet=("El Tiempo", "Semana", "Indepaz"))
add("BR", "Brazil", "Brazilian",
    [("Rio de Janeiro", "Rio de Janeiro"), ("Sao Paulo", "Sao Paulo"), ("Salvador", "Bahia"), ("Manaus", "Amazonas"),
     ("Belem", "Para"), ("Fortaleza", "Ceara")],
    ["soldiers"], ["military police", "police", "the BOPE", "civil police"],
    ["Comando Vermelho", "the PCC", "militia members", "drug traffickers"], official="the state security secretariat",
    outlet=("G1", "Folha de S.Paulo"))
add("VE", "Venezuela", "Venezuelan",
    [("Caracas", "Capital District"), ("Maracaibo", "Zulia"), ("Valencia", "Carabobo"), ("San Cristobal", "Tachira"),
     ("Barquisimeto", "Lara")],
    ["soldiers", "the FANB"], ["police", "the National Guard", "GNB officers", "SEBIN agents"],
    ["colectivos", "pro-government colectivos", "the Tren de Aragua gang"], official="an opposition lawmaker",
    outlet=("Efecto Cocuyo", "El Pitazo"))
add("HT", "Haiti", "Haitian",
    [("Port-au-Prince", "Ouest"), ("Croix-des-Bouquets", "Ouest"), ("Petion-Ville", "Ouest"), ("Mirebalais", "Centre"),
     ("Saint-Marc", "Artibonite"), ("Cabaret", "Ouest"), ("Kenscoff", "Ouest"), ("Petite-Riviere", "Artibonite")],
    ["the Haitian army"], ["police", "the Haitian National Police", "the Kenyan-led mission"],
    ["Viv Ansanm gangs", "the 400 Mawozo gang", "Gran Grif gang members", "G9 gangs", "Bwa Kale vigilantes",
     "self-defence brigades"], air=["a police drone", "a Task Force drone"], shell=[],
    official="the mayor", outlet=("Le Nouvelliste", "AlterPresse"))
add("EC", "Ecuador", "Ecuadorian",
    [("Guayaquil", "Guayas"), ("Quito", "Pichincha"), ("Esmeraldas", "Esmeraldas"), ("Manta", "Manabi"),
     ("Duran", "Guayas")],
    ["soldiers", "the armed forces"], ["police"], ["Los Choneros", "Los Lobos", "gang members"],
    official="the police command", outlet=("El Universo", "Primicias"))
add("PE", "Peru", "Peruvian",
    [("Lima", "Lima"), ("Juliaca", "Puno"), ("Ayacucho", "Ayacucho"), ("Cusco", "Cusco"), ("Pataz", "La Libertad")],
    ["soldiers"], ["police", "riot police"], ["Shining Path remnants", "illegal miners"],
    official="the ombudsman's office", outlet=("La Republica", "RPP"))
add("CL", "Chile", "Chilean",
    [("Santiago", "Santiago Metropolitan"), ("Temuco", "Araucania"), ("Valparaiso", "Valparaiso"), ("Ercilla", "Araucania")],
    ["soldiers"], ["Carabineros", "police"], ["the Coordinadora Arauco-Malleco", "masked gunmen"],
    official="the regional delegate", outlet=("La Tercera", "BioBioChile"))
add("HN", "Honduras", "Honduran",
    [("Tegucigalpa", "Francisco Morazan"), ("San Pedro Sula", "Cortes"), ("Tocoa", "Colon"), ("Choloma", "Cortes")],
    ["soldiers"], ["police", "military police"], ["MS-13 members", "Barrio 18 gang members"],
    official="the police", outlet=("La Prensa", "El Heraldo"))
add("AR", "Argentina", "Argentine",
    [("Buenos Aires", "Buenos Aires"), ("Rosario", "Santa Fe"), ("Cordoba", "Cordoba"), ("Mendoza", "Mendoza")],
    ["soldiers"], ["police", "federal police", "gendarmes"], ["gunmen"], official="the security ministry",
    outlet=("Clarin", "La Nacion"))

# ---- Europe and the Caucasus
add("UA", "Ukraine", "Ukrainian",
    [("Kharkiv", "Kharkiv"), ("Kupiansk", "Kharkiv"), ("Vovchansk", "Kharkiv"), ("Pokrovsk", "Donetsk"),
     ("Kostiantynivka", "Donetsk"), ("Kramatorsk", "Donetsk"), ("Chasiv Yar", "Donetsk"), ("Toretsk", "Donetsk"),
     ("Kherson", "Kherson"), ("Zaporizhzhia", "Zaporizhzhia"), ("Huliaipole", "Zaporizhzhia"), ("Nikopol", "Dnipropetrovsk"),
     ("Odesa", "Odesa"), ("Sumy", "Sumy"), ("Kyiv", "Kyiv City"), ("Dnipro", "Dnipropetrovsk"), ("Lviv", "Lviv"),
     ("Kryvyi Rih", "Dnipropetrovsk"), ("Izium", "Kharkiv"), ("Siversk", "Donetsk")],
    ["Ukrainian forces", "Ukrainian troops", "the Armed Forces of Ukraine", "the 47th Mechanized Brigade",
     "Ukrainian defenders"],
    ["Ukrainian police", "the SBU", "the Security Service of Ukraine"],
    ["Russian forces", "Russian troops", "Russian assault groups", "the Russian army"],
    air=["Russian aircraft", "a Russian Shahed drone", "Russian glide bombs", "a Russian FPV drone", "Russian drones",
         "a Russian Lancet drone", "Russian Su-34 bombers", "Ukrainian drones"],
    shell=["Russian forces", "Russian artillery", "Russian troops", "Ukrainian artillery"], chem=True,
    official="the regional governor", outlet=("Ukrainska Pravda", "Suspilne", "the General Staff"))
add("RU", "Russia", "Russian",
    [("Belgorod", "Belgorod"), ("Shebekino", "Belgorod"), ("Kursk", "Kursk"), ("Sudzha", "Kursk"), ("Bryansk", "Bryansk"),
     ("Moscow", "Moscow"), ("Makhachkala", "Dagestan"), ("Nalchik", "Kabardino-Balkaria"), ("Grozny", "Chechnya"),
     ("Novorossiysk", "Krasnodar"), ("Tuapse", "Krasnodar")],
    ["Russian troops", "the Russian army", "Russian forces"], ["police", "OMON riot police", "the FSB", "Rosgvardia officers"],
    ["Ukrainian forces", "the Freedom of Russia Legion", "the Russian Volunteer Corps", "Islamic State militants"],
    air=["Ukrainian drones", "a Ukrainian drone", "Ukrainian long-range drones"], shell=["Ukrainian forces", "Ukrainian artillery"],
    chem=True, suicide=True, official="the regional governor", outlet=("TASS", "Mediazona", "Astra"))
add("RS", "Serbia", "Serbian",
    [("Belgrade", "Belgrade"), ("Novi Sad", "South Backa"), ("Nis", "Nisava"), ("Kragujevac", "Sumadija")],
    ["the Serbian army"], ["police", "gendarmerie officers", "riot police"], ["football hooligans", "masked men"],
    official="the interior minister", outlet=("N1", "RTS"))
add("XK", "Kosovo", "Kosovar",
    [("Pristina", "Pristina"), ("Mitrovica", "Mitrovica"), ("Zvecan", "Mitrovica"), ("Leposavic", "Mitrovica"),
     ("Banjska", "Mitrovica")],
    ["KFOR troops"], ["Kosovo police", "police"], ["armed Serbs", "a group of armed Serbs"], official="Kosovo police",
    outlet=("Koha", "KoSSev"))
add("BA", "Bosnia and Herzegovina", "Bosnian",
    [("Sarajevo", "Federation of Bosnia and Herzegovina"), ("Banja Luka", "Republika Srpska"), ("Mostar", "Federation of Bosnia and Herzegovina"),
     ("Tuzla", "Federation of Bosnia and Herzegovina")],
    ["EUFOR troops"], ["police"], ["fans"], official="cantonal police", outlet=("Klix", "N1 BiH"))
add("GE", "Georgia", "Georgian",
    [("Tbilisi", "Tbilisi"), ("Batumi", "Adjara"), ("Kutaisi", "Imereti"), ("Zugdidi", "Samegrelo-Zemo Svaneti")],
    ["Georgian troops"], ["riot police", "police", "special forces"], ["Russian border guards"],
    official="the interior ministry", outlet=("Civil.ge", "Formula TV"))
add("AM", "Armenia", "Armenian",
    [("Yerevan", "Yerevan"), ("Jermuk", "Vayots Dzor"), ("Sotk", "Gegharkunik"), ("Goris", "Syunik")],
    ["Armenian troops"], ["police"], ["Azerbaijani forces"], shell=["Azerbaijani forces"],
    official="the defence ministry", outlet=("Armenpress", "Azatutyun"))
add("AZ", "Azerbaijan", "Azerbaijani",
    [("Baku", "Baku"), ("Lachin", "Lachin"), ("Kalbajar", "Kalbajar"), ("Tovuz", "Tovuz")],
    ["Azerbaijani troops"], ["police"], ["Armenian forces"], shell=["Armenian forces"],
    official="the defence ministry", outlet=("APA", "Turan"))
add("FR", "France", "French",
    [("Paris", "Ile-de-France"), ("Marseille", "Provence-Alpes-Cote d'Azur"), ("Lyon", "Auvergne-Rhone-Alpes"),
     ("Nantes", "Pays de la Loire"), ("Noumea", "New Caledonia")],
    ["soldiers"], ["police", "gendarmes", "riot police (CRS)"], ["rioters"], official="the prefecture",
    outlet=("Le Monde", "BFMTV"))
add("GR", "Greece", "Greek",
    [("Athens", "Attica"), ("Thessaloniki", "Central Macedonia"), ("Patras", "Western Greece")],
    ["soldiers"], ["riot police", "police"], ["anarchists"], official="police", outlet=("Kathimerini",))
add("MD", "Moldova", "Moldovan",
    [("Chisinau", "Chisinau"), ("Balti", "Balti"), ("Comrat", "Gagauzia")], ["soldiers"], ["police"], ["pro-Russian activists"],
    official="police", outlet=("Ziarul de Garda",))

# Protest and riot slot lists are shared across countries but some places have their own.
PROTESTERS = ["students", "teachers", "traders", "farmers", "residents", "opposition supporters", "women",
              "workers", "health workers", "families of detainees", "displaced people", "lawyers", "motorcycle taxi drivers",
              "pensioners", "miners", "fishermen", "university staff", "relatives of missing soldiers", "youths",
              "supporters of the jailed opposition leader", "civil servants", "truck drivers", "market vendors"]
PROTEST_CAUSE = ["fuel price rises", "the killing of a local trader", "unpaid salaries", "power cuts", "insecurity on the highway",
                 "the arrest of a journalist", "a disputed election result", "water shortages", "the closure of a market",
                 "a new tax on mobile money", "the detention of their relatives", "land grabs", "the rising cost of bread",
                 "police brutality", "the government's handling of the ceasefire talks", "corruption in the local council",
                 "a planned mine expansion", "the postponement of elections", "attacks on their villages",
                 "the conscription drive", "the demolition of their homes", "a controversial constitutional amendment"]

# Pro-government or state-allied militias and foreign allies: never the side that takes a town from
# the state or that the army "recaptures" a town from; they do appear as perpetrators against civilians.
PROGOV = {
    "NG": {"Civilian JTF members", "a vigilante group"},
    "ML": {"Wagner Group mercenaries", "Africa Corps fighters", "Dan Na Ambassagou militiamen", "Dozo hunters"},
    "BF": {"VDP volunteers", "Volunteers for the Defence of the Homeland"},
    "SO": {"Ma'awisley fighters"},
    "MZ": {"Naparama militia", "local forces"},
    "IQ": {"the Popular Mobilization Forces", "Kataib Hezbollah", "an Iran-backed militia", "the Islamic Resistance in Iraq"},
    "CD": {"Wazalendo fighters", "Mai-Mai militiamen"},
    "CF": {"Wagner fighters", "anti-Balaka militiamen"},
    "BI": {"Imbonerakure members"},
    "VE": {"colectivos", "pro-government colectivos"},
    "MM": {"pro-junta Pyu Saw Htee militia"},
    "PS": {"Israeli settlers", "armed settlers"},
    "HT": {"Bwa Kale vigilantes", "self-defence brigades"},
    "YE": {"STC-backed forces"},
}

# Where the armed conflict is (towns of C[code]["places"]); war labels use only these there, so the
# data does not put air strikes in Alexandria or territorial takeovers in a capital at peace.
WAR_PLACES = {
    "EG": {"Al-Arish", "Rafah", "Sheikh Zuweid", "Bir al-Abd"},
    "IN": {"Srinagar", "Anantnag", "Poonch", "Imphal", "Churachandpur", "Bijapur", "Sukma", "Dantewada"},
    "TR": {"Diyarbakir", "Hakkari", "Sirnak"},
    "RU": {"Belgorod", "Shebekino", "Kursk", "Sudzha", "Bryansk", "Makhachkala", "Nalchik", "Novorossiysk", "Tuapse"},
    "TH": {"Pattani", "Yala", "Narathiwat", "Rueso"},
    "ID": {"Jayapura", "Intan Jaya", "Nduga", "Puncak", "Poso"},
    "PH": {"Marawi", "Cotabato City", "Jolo", "Datu Paglas", "Basilan", "Catarman"},
    "KE": {"Mandera", "Lamu", "Garissa", "Marsabit", "Kerio Valley"},
    "IR": {"Zahedan", "Khash", "Saravan", "Mahabad", "Sanandaj"},
    "UG": {"Kasese", "Moroto", "Kotido", "Mpondwe"},
    "TD": {"Bol", "Baga Sola", "Ngouboua"},
    "IL": {"Sderot", "Kiryat Shmona", "Ashkelon", "Metula"},
    "CO": {"Tibu", "Cucuta", "Tumaco", "Jamundi", "Suarez", "Argelia", "Arauca", "Saravena", "Quibdo"},
    "MX": {"Culiacan", "Apatzingan", "Aguililla", "Reynosa", "Celaya", "Chilpancingo", "Frontera Comalapa", "Zacatecas"},
    "AM": {"Jermuk", "Sotk", "Goris"}, "AZ": {"Lachin", "Kalbajar", "Tovuz"},
    "LY": {"Tripoli", "Misrata", "Zawiya", "Sirte", "Gharyan", "Zintan", "Sabha", "Derna"},
}

# Capitals and cities not plausibly taken, handed over or used as a rebel base in these data.
NO_TERRITORY = {"Kyiv", "Moscow", "N'Djamena", "Kampala", "Nairobi", "Tunis", "Cairo", "Accra", "Bujumbura", "Tehran",
                "Ankara", "Amman", "Dhaka", "Colombo", "Kathmandu", "Bangkok", "Jakarta", "Manila", "Caracas", "Quito",
                "Lima", "Santiago", "Tegucigalpa", "Buenos Aires", "Belgrade", "Pristina", "Sarajevo", "Tbilisi",
                "Yerevan", "Baku", "Paris", "Athens", "Chisinau", "Beirut", "Jerusalem", "Tel Aviv", "Dakar", "Juba",
                "Bangui", "Baghdad", "Mogadishu", "Istanbul", "Lviv", "Haifa", "Maputo", "Johannesburg", "Pretoria",
                "Sao Paulo", "Rio de Janeiro", "New Delhi", "Kolkata", "Lahore", "Karachi", "Erbil", "Izmir",
                "Bamako", "Niamey", "Damascus", "Addis Ababa", "Kinshasa", "Kandy", "Galle"}

# Countries whose armed groups speak the jihadist idiom used in some militant-media templates.
JIHADIST = {"NG", "ML", "BF", "NE", "SO", "MZ", "SY", "IQ", "AF", "PK", "YE", "EG", "CM", "TD", "PH", "CD", "TN", "KE"}
