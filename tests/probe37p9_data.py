"""Probe 37p9: culture and people-to-people cooperation beyond the usual nouns (film weeks, touring
troupes, co-produced films, translation, book fairs, museum exchanges, heritage conservation, festivals
as an exchange, friendship associations, veterans, alumni, twinning, youth camps, the Vietnamese
community, sister schools), and close sentences where the same words are one event's setting or
programme, in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
by the annotation guidelines (``data/evaluation/README.md``): people present at one event and programme
items of one event are optional; series and exchanges stay required. Where the guidelines are silent,
the tuned parts' majority: "Vietnamese community" 22 required / 47 optional (optional when met at an
event); "alumni" 0 / 4 and "studied" 4 / 27 (optional); "humanitarian sphere" 0 / 16 (optional);
veterans 7 / 9 (optional when honoured at one event). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, J, N = "vietnam", "russia", "laos", "joint", "narrator"

PASSAGES = [
    ("VNA", "MOSCOW", [
        ("Vietnam and Russia will hold film weeks in each other's country next year, Deputy Minister of "
         "Culture, Sports and Tourism Hoang Minh Tuan said on Tuesday.", V, [("culture", "film weeks")]),
        ("Tuan said the two ministries also plan to exchange art troupes and co-produce a feature film.", V,
         [("culture", "art troupes"), ("culture", "co-produce a feature film")]),
        ("The Russian side was represented by Deputy Minister of Culture Olga Morozova.", N, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam intend to expand the translation of literature, Russian Deputy Culture "
         "Minister Olga Morozova told TASS.", R, [("culture", "literature")]),
        ("According to her, book fairs of Vietnamese publishers will be held in Moscow every September.", R,
         [("culture", "book fairs")]),
        ("Morozova added that museums of the two countries would exchange exhibitions.", R,
         [("culture", "museums"), ("culture", "exchange exhibitions")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The Vietnam-Russia Friendship Association held its congress in Hanoi on Saturday.", N, []),
        ("Association President Nguyen Van Long said its chapters in 20 provinces had organised "
         "people-to-people exchanges with Russian partners.", V, [("people", "people-to-people exchanges")],
         [("people", "chapters")]),
        ("He called on members to help young people learn more about Russian culture.", V,
         [("people", "young people"), ("culture", "culture")]),
    ]),
    ("VNS", "HANOI", [
        ("More than 300 Vietnamese who studied in the Soviet Union gathered in Hanoi on Sunday.", N, [],
         [("education", "studied")]),
        ("The alumni association's chairwoman, Pham Thi Lan, said its members had translated hundreds of "
         "Russian novels into Vietnamese.", V, [], [("education", "alumni"), ("culture", "translated")]),
        ("The evening ended with Russian songs performed by former students.", N, [],
         [("culture", "songs"), ("education", "students")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("Ho Chi Minh City and St Petersburg marked 15 years of twinning with a ceremony on Thursday.", N,
         [], [("people", "twinning")]),
        ("Vice Chairman of the municipal People's Committee Tran Quoc Viet said the two cities would "
         "exchange delegations of young people every year.", V, [("people", "young people")],
         [("diplomacy", "exchange delegations")]),
        ("Delegates toured a photo exhibition on the history of the two cities.", N, [],
         [("culture", "photo exhibition")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Some 50 schoolchildren from Vietnam will spend two weeks at a youth exchange camp near "
         "Vladivostok, the Primorye regional government said.", R, [("people", "youth exchange camp")]),
        ("The children will study Russian and visit the city's museums, the regional government said.", R,
         [], [("education", "study Russian"), ("culture", "museums")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Ambassador Dang Minh Khoi met with representatives of the Vietnamese community in Russia on the "
         "occasion of the Lunar New Year.", N, [], [("people", "Vietnamese community in Russia")]),
        ("Khoi urged overseas Vietnamese to act as a bridge between the two peoples.", V,
         [("people", "bridge between the two peoples")], [("people", "overseas Vietnamese")]),
        ("The ceremony closed with a concert by Vietnamese students in Moscow.", N, [],
         [("culture", "concert"), ("education", "students")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The programme of cultural exchanges for 2028 will include film screenings, tours by theatre "
         "troupes and book exhibitions, Russian Foreign Minister Sergei Antonov said.", R,
         [("culture", "cultural exchanges"), ("culture", "film screenings"), ("culture", "theatre troupes and book exhibitions")]),
        ("Antonov and his Vietnamese counterpart also discussed cooperation in the humanitarian sphere.", J,
         [], [("culture", "humanitarian sphere")]),
    ]),
    ("VNA", "HANOI", [
        ("Hanoi's Chu Van An High School and a Moscow lyceum signed an agreement on twinning between the "
         "two schools on Monday.", N, [("people", "twinning between the two schools")],
         [("education", "schools")]),
        ("Under the agreement, the schools will exchange teachers and pupils every year.", N,
         [("education", "exchange teachers and pupils")]),
        ("Pupils of the two schools performed folk songs at the signing ceremony.", N, [],
         [("culture", "folk songs")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("A Vietnamese art troupe is touring four Lao provinces this week under the two countries' cultural "
         "exchange programme.", N, [("culture", "art troupe"), ("culture", "cultural")]),
        ("Deputy head of the troupe Nguyen Thu Ha said the tour would take traditional music to audiences "
         "in Luang Prabang.", V, [("culture", "traditional music")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese and Russian experts will jointly carry out the restoration of ancient paintings at "
         "a pagoda in Ha Tay under a project signed on Wednesday.", N,
         [("culture", "restoration of ancient paintings")]),
        ("Le Van Binh, Director of the Department of Cultural Heritage, said heritage conservation was a "
         "new field of cooperation between the two countries.", V, [("culture", "heritage conservation")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian and Vietnamese studios have started shooting a co-produced film, the Russian Ministry of "
         "Culture said on Friday.", R, [("culture", "co-produced film")]),
        ("The movies will be released in both countries in 2028, the ministry said.", R,
         [("culture", "movies")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Russian veterans who served in Vietnam were awarded Vietnamese friendship medals at a ceremony in "
         "Moscow on Thursday.", N, [], [("people", "veterans")]),
        ("Chairman of the veterans' association Nikolai Gromov thanked Vietnam for the honour.", R, [],
         [("people", "veterans' association")]),
        ("Gromov said the association would continue exchanges between veterans of the two countries.", R,
         [("people", "exchanges between veterans")]),
    ]),
    ("VNS", "DA NANG", [
        ("The festival, organised every two years, is a major cultural exchange between the two countries, "
         "said Nguyen Hoang Anh, Director of the city's Department of Culture and Sports.", V,
         [("culture", "cultural")], [("culture", "festival")]),
        ("Anh said Da Nang also hoped to host a Russian film festival next year.", V,
         [("culture", "film festival")]),
    ]),
    ("TASS", "KAZAN", [
        ("Tatarstan and Vietnam's Ha Nam province signed an agreement on twinning in Kazan on Monday, the "
         "republic's press service reported.", R, [("people", "agreement on twinning")]),
        ("The document provides for youth exchanges, joint cultural events and cooperation in agriculture.", N,
         [("people", "youth exchanges"), ("culture", "cultural"), ("economy", "agriculture")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam National University welcomed 40 Russian students taking part in a summer school on "
         "Vietnamese culture.", N, [("education", "summer school"), ("culture", "culture")],
         [("education", "students")]),
        ("At the opening ceremony, the Russian students performed folk music of their country.", N, [],
         [("culture", "folk music")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnamese and Lao localities have set up 30 pairs of sister provinces, Vietnamese Ambassador "
         "Tran Van Nam said.", V, [("people", "localities"), ("people", "sister provinces")]),
        ("Nam said the friendship associations of the two countries would hold youth exchanges in "
         "August.", V, [("people", "friendship associations"), ("people", "youth exchanges")]),
        ("Lao Deputy Foreign Minister Khamphet Sivilay said Laos valued the Vietnamese community in Laos "
         "as a bridge between the two peoples.", L,
         [("people", "bridge between the two peoples")], [("people", "Vietnamese community in Laos")]),
    ]),
    ("VNA", "ST PETERSBURG", [
        ("Delegates laid flowers at the monument to President Ho Chi Minh.", N, []),
        ("The delegation then watched a performance by Russian children.", N, [],
         [("culture", "performance")]),
        ("Consul General Le Thi Mai said museums and theatres of the city had long been open to "
         "Vietnamese artists.", V, [("culture", "museums and theatres")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Over 500 Vietnamese graduates of Soviet universities met in Moscow on Saturday.", N, [],
         [("education", "graduates"), ("education", "universities")]),
        ("They were welcomed by Deputy Education Minister Pavel Lebedev.", N, []),
        ("Lebedev said Russia would send 200 Russian students to Vietnam each year under student "
         "exchanges.", R, [("education", "students"), ("education", "student exchanges")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Le Quang Vinh received a delegation of the Russia-Vietnam Friendship "
         "Society led by its President Igor Volkov on Monday.", N, []),
        ("Vinh said people-to-people diplomacy had helped to strengthen the friendship between the two "
         "peoples.", V, [("people", "people-to-people diplomacy")]),
        ("Volkov said the society would open new chapters in the Urals and Siberia.", R, [],
         [("people", "chapters")]),
        ("The guest also proposed more exchanges of schoolchildren between the two countries.", R,
         [("people", "exchanges of schoolchildren")]),
    ]),
    ("VNS", "HUE", [
        ("Russian and Vietnamese restorers will work together on the preservation of relics in the Hue "
         "Imperial Citadel.", N, [("culture", "preservation of relics")]),
        ("The project also covers training in museum management for local staff, said Director of the Hue "
         "Monuments Conservation Centre Hoang Viet Trung.", V,
         [("education", "training"), ("culture", "museum management")]),
        ("Guests at the signing were treated to a performance of royal court music.", N, [],
         [("culture", "court music")]),
    ]),
    ("TASS", "NOVOSIBIRSK", [
        ("Novosibirsk will host Vietnamese Culture Days in October, the regional culture ministry said.", R,
         []),
        ("The ministry said the programme would include an exhibition of lacquer paintings and concerts "
         "of folk ensembles touring several cities.", R,
         [("culture", "lacquer paintings"), ("culture", "folk ensembles")]),
        ("Governor Andrei Zorin said cultural ties with Vietnam were growing.", R, [("culture", "cultural")]),
        ("Vietnamese Consul General Nguyen Duc Hanh thanked the region for supporting the Vietnamese "
         "community there.", V, [], [("people", "Vietnamese community there")]),
    ]),
]
