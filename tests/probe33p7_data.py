"""Probe 33p7: names, titles and acronyms holding sector words in VNA, VNS, Nhân Dân, KPL, Xinhua and TASS
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give
(sector words inside names of bodies, events and companies and inside people's titles do not count; a
party name or acronym alone is an actor). A sentence may carry a fourth item: optional rows. Written
for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Minister of Industry and Trade Nguyen Van Hoan received a delegation of the Lao Ministry of "
         "Energy and Mines led by Deputy Minister Khamphet Sihalath on March 3.", N, []),
        ("Hoan said the two ministries should step up cooperation in energy and mining, especially "
         "power transmission.", V, [("energy", "energy"), ("energy", "power transmission")],
         [("economy", "mining")]),
        ("Khamphet thanked the Ministry of Industry and Trade for its support in training Lao energy "
         "officials.", L, [("party", "training Lao energy officials")], [("energy", "energy")]),
    ]),
    ("VNA", "HANOI", [
        ("PetroVietnam Gas (PV GAS) and the Russian company Zarubezhneft signed a memorandum on "
         "liquefied natural gas supply.", N, [("oil_gas", "liquefied natural gas supply")]),
        ("PV GAS General Director Pham Quoc Thang said the deal would help secure gas for power "
         "plants in the south.", V, [("oil_gas", "gas"), ("energy", "power plants")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee Thongsing "
         "Keomany received Vietnamese Ambassador Tran Van Son.", N, []),
        ("The LPRP leader said the special relationship between the two Parties is a priceless asset.",
         L, [("party", "relationship between the two Parties")]),
        ("He asked the embassy to help promote trade and investment between the two countries.",
         L, [("economy", "trade and investment")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Committee for External Relations of the Communist Party of Vietnam (CPV) "
         "Central Committee Le Minh Tuan hosted a reception for a delegation of the Communist Party of "
         "Cuba (PCC).", N, []),
        ("Tuan said the CPV wants to deepen theoretical exchanges and cadre training with the PCC.",
         V, [("party", "theoretical exchanges and cadre training")]),
        ("The Cuban guest briefed the host on the PCC's preparations for its congress.", "cuba", []),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Health Tran Thi Lan held talks with Director of the Cuban Centre for "
         "Genetic Engineering and Biotechnology (CIGB) Eduardo Ramos on vaccine production.", N,
         [("health", "vaccine production")]),
        ("Lan said Vietnam hopes to cooperate with CIGB in biotechnology and medicine.", V,
         [("science_technology", "biotechnology"), ("health", "medicine")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Dang Minh Khoi attended the Russian Energy Week in Moscow.",
         N, []),
        ("On the sidelines, he met Deputy Head of the Russian Ministry of Energy Nikolai Volkov.", N, []),
        ("Khoi said Vietnamese firms want to join oil and gas exploration projects in Siberia.", V,
         [("oil_gas", "oil and gas exploration")]),
        ("Volkov noted that the energy ministries of the two countries are drafting a roadmap for "
         "cooperation in nuclear power.", R, [("nuclear", "nuclear power")], [("energy", "energy")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Chamber of Commerce and Industry (VCCI) and the Russian Export Centre co-hosted a "
         "business forum in Hanoi on April 12.", N, [], [("economy", "business forum")]),
        ("VCCI Vice President Hoang Quang Phong said two-way trade reached 5 billion USD last year.",
         V, [("economy", "two-way trade")]),
        ("He urged businesses of the two sides to invest in agriculture, logistics and tourism.", V,
         [("economy", "invest"), ("economy", "agriculture"), ("transport", "logistics"),
          ("tourism_sports", "tourism")], [("economy", "businesses")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Minister of Education and Sports Phout Simmalavong met with Vietnamese Deputy Minister of "
         "Education and Training Ngo Thi Hoa in Vientiane.", N, []),
        ("The two ministers agreed to increase scholarships for Lao students at Vietnamese "
         "universities.", J, [("education", "scholarships"), ("education", "universities")],
         [("education", "students")]),
        ("Phout thanked Vietnam for training Lao teachers in the Vietnamese language.", L,
         [("education", "training")], [("culture", "Vietnamese language"), ("education", "teachers")]),
    ]),
    ("Xinhua", "BEIJING", [
        ("Head of the International Department of the Communist Party of China (CPC) Central Committee "
         "Liu Haitao met a delegation of the Communist Party of Vietnam led by Nguyen Thanh Binh.", N, []),
        ("Liu said the CPC is ready to share experience in Party building and governance with the CPV.",
         C, [("party", "Party building")], [("party", "governance")]),
        ("Binh said the CPV values exchanges between the two parties.", V,
         [("party", "exchanges between the two parties")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Rosatom Director General Alexei Likhanov and Chairman of Vietnam Electricity (EVN) Dang Hoang "
         "Anh discussed nuclear power plant construction.", J,
         [("nuclear", "nuclear power plant construction")]),
        ("\"We are ready to train Vietnamese nuclear engineers at our universities,\" Likhanov said.",
         R, [("education", "train"), ("nuclear", "nuclear engineers"), ("education", "universities")]),
    ]),
    ("VNA", "HANOI", [
        ("President of the Vietnam Academy of Science and Technology (VAST) Tran Quoc Tuan received "
         "Vice President of the Russian Academy of Sciences Igor Belov.", N, []),
        ("The two sides discussed joint research in space technology and marine science.", J,
         [("science_technology", "joint research"), ("science_technology", "space technology"),
          ("science_technology", "marine science")]),
        ("Tuan said VAST would send more young scientists to Russian institutes.", V,
         [], [("science_technology", "scientists"), ("science_technology", "institutes")]),
    ]),
    ("VNA", "HAVANA", [
        ("Cuban Minister of Foreign Trade and Foreign Investment Rodrigo Perez met the Vietnamese "
         "Ambassador in Havana.", N, []),
        ("Perez said Cuba welcomes Vietnamese investment in rice production and renewable energy.", "cuba",
         [("economy", "investment"), ("energy", "renewable energy")], [("economy", "rice production")]),
        ("The ambassador said Vietnamese firms such as Viglacera and Thai Binh Group want to expand in "
         "the Mariel Special Development Zone.", V, []),
    ]),
    ("VNA", "HANOI", [
        ("The National Assembly's Committee for Science, Technology and Environment held a meeting "
         "with the Lao National Assembly's Economic, Planning and Finance Committee.", N, []),
        ("Committee Chairman Le Quang Huy said the two committees should share experience in "
         "environmental protection and climate change response.", V,
         [("environment", "environmental protection and climate change")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Public Security Le Van Tuyen held talks with Lao Deputy Minister of "
         "Public Security Vilay Lakhamphong.", N, []),
        ("They agreed to step up cooperation in fighting drug trafficking and transnational crime.",
         J, [("defence_security", "drug trafficking and transnational crime")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Vietnam-Russia Friendship Association Do Van Chien met the Russian "
         "Ambassador.", N, []),
        ("Chien said the association will organise more youth exchanges and cultural events.", V,
         [("people", "youth exchanges"), ("culture", "cultural events")]),
    ]),
    ("VNA", "HANOI", [
        ("The Asian Development Bank (ADB) and the Ministry of Finance signed a loan for rural "
         "roads.", N, [("transport", "rural roads")]),
        ("ADB Country Director Shantanu Rao said the bank supports Vietnam's transport "
         "infrastructure.", N, [("transport", "transport infrastructure")]),
    ]),
    ("VNA", "HANOI", [
        ("Director of the Energy Institute Nguyen Duc Minh said Vietnam needs more offshore wind power.",
         V, [("energy", "offshore wind power")]),
        ("Minh also said the Institute will cooperate with Lao energy agencies.", V, [],
         [("energy", "energy")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The St. Petersburg International Economic Forum (SPIEF) will host a Russia-Vietnam business "
         "dialogue, Roscongress Foundation said.", R, [], [("economy", "business dialogue")]),
        ("Head of the Russian Direct Investment Fund (RDIF) Kirill Sokolov said the fund is studying "
         "investment in Vietnamese ports.", R, [("economy", "investment"), ("transport", "ports")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairwoman of the National Assembly Nguyen Thi Thanh received Vice Chairman of the "
         "Cuban National Assembly of People's Power Juan Ortega.", N, []),
        ("Thanh said the two legislatures should strengthen parliamentary cooperation.", V,
         [("diplomacy", "parliamentary cooperation")]),
        ("Ortega agreed, adding that Cuba wants more Vietnamese investment in agriculture.", "cuba",
         [("economy", "investment"), ("economy", "agriculture")]),
    ]),
    ("VNA", "HANOI", [
        ("The Hanoi Stock Exchange (HNX) and the Lao Securities Exchange (LSX) signed a cooperation "
         "agreement.", N, []),
        ("HNX General Director Nguyen Anh Phong said the two exchanges would share experience in "
         "capital markets.", V, [("economy", "capital markets")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Transport Tran Hong Minh and Lao Minister of Public Works and Transport Viengsavath "
         "Siphandone discussed the Vientiane-Hanoi railway.", J, [("transport", "railway")]),
        ("Viengsavath said the railway would boost trade and tourism.", L,
         [("transport", "railway"), ("economy", "trade"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Union of Science and Technology Associations (VUSTA) hosted a workshop with the "
         "Chinese Association for Science and Technology (CAST).", N, []),
        ("VUSTA President Phan Xuan Dung said the two unions would cooperate in digital "
         "transformation.", V, [("science_technology", "digital transformation")]),
    ]),
    ("VNA", "HANOI", [
        ("General Director of Vietnam National Coal and Mineral Industries Group (Vinacomin) Ngo Hoang "
         "Ngan said the group is importing coal from Laos.", V, [("energy", "coal")]),
    ]),
    ("VNA", "HANOI", [
        ("Politburo member and Director of the Ho Chi Minh National Academy of Politics Nguyen Xuan "
         "Thang received Rector of the Cuban Nico Lopez Party School Maria Torres.", N, [],
         [("party", "Ho Chi Minh National Academy of Politics"), ("party", "Party School")]),
        ("Thang said cooperation between the two party schools is important for training cadres.", V,
         [("party", "cooperation between the two party schools"), ("party", "training cadres")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Tran Luu Quang attended the Vietnam International Tourism Expo "
         "(VITM).", N, []),
        ("He said Vietnam aims to receive 20 million foreign tourists this year.", V,
         [("tourism_sports", "foreign tourists")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the State Capital Management Committee at Enterprises Nguyen Hoang Anh met "
         "executives of Russia's Gazprom.", N, []),
        ("Anh said Vietnam is interested in cooperation in gas processing.", V,
         [("oil_gas", "gas processing")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Agriculture and Rural Development and the Russian Federal Service for "
         "Veterinary and Phytosanitary Surveillance agreed to speed up procedures for farm exports.", J,
         [("economy", "farm exports")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Labour, Invalids and Social Affairs Nguyen Ba Hoan received a delegation "
         "of the Korean Human Resources Development Service.", N, []),
        ("Hoan said Vietnam wants to send more workers to the Republic of Korea.", V,
         [("labour", "workers")]),
    ]),
    ("VNA", "HANOI", [
        ("Head of the Central Economic Commission Tran Luu Hoa met Chinese Vice Minister of Commerce "
         "Wang Lei.", N, []),
        ("Hoa said the two sides should boost trade in farm produce and e-commerce.", V,
         [("economy", "trade in farm produce and e-commerce")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Youth Federation and the Lao Youth Union held their annual meeting.", N, []),
        ("The two youth organisations agreed to organise more exchanges for young people.", J,
         [("people", "exchanges for young people")], [("people", "youth organisations")]),
    ]),
]
