"""Peoples, communities and clans whose name, before a noun for people ("Oromo protesters",
"Masalit farmers", "Kuki villagers"), says which country a report is about as a country's
adjective does. Only peoples that live mostly in one country: those spread over several (Fulani,
Tuareg, Kanuri, Pashtun, Hutu, Tutsi, Kurds, Druze, Maasai) say nothing of which one. Facts,
typed by us (session 9, geo).
"""
from __future__ import annotations

PEOPLES: dict[str, str] = {}
for _cc, _names in {
    "ET": "Oromo Amhara Tigrayan Tigrayans Sidama Gumuz Wolayta Gedeo Guji Konso Qemant Agew Oromos",
    "SD": "Masalit Fur Beja Nuba Misseriya Hawazma Rizeigat Messiria",
    "SS": "Dinka Nuer Shilluk Murle Mundari",
    "CD": "Hema Lendu Banyamulenge Bembe Nande Luba Yaka Teke",
    "NG": "Tiv Berom Ijaw Igbo Yoruba Jukun Ogoni Itsekiri Urhobo Mwaghavul Bachama Eggon Hausa",
    "ML": "Dogon Bambara Bozo",
    "BF": "Mossi Gourmantche",
    "MM": "Rohingya Kachin Karen Karenni Shan Rakhine Kayin Kokang Bamar",
    "IN": "Kuki Meitei Nagas Meiteis",
    "PK": "Sindhi Mohajir",
    "SY": "Alawite Alawites",
    "IQ": "Shabak",
    "SO": "Hawiye Darod Marehan Abgaal Isaaq Majerteen",
    "KE": "Turkana Pokot Kikuyu Kalenjin Samburu Marakwet Degodia",
    "UG": "Karamojong Acholi",
    "CO": "Nasa Embera",
    "CL": "Mapuche",
    "PH": "Moro Lumad Maranao Tausug Maguindanaon",
    "ID": "Papuan Papuans",
    "LK": "Sinhalese",
    "RU": "Chechen Ingush Dagestani Chechens",
    "MX": "Tzotzil Zapotec Mixtec Yaqui Triqui",
    "BR": "Guajajara Munduruku Pataxo",
    "NE": "Zarma Djerma",
    "LY": "Warfalla",
    "ZA": "Zulu Xhosa",
}.items():
    for _n in _names.split():
        PEOPLES[_n] = _cc
