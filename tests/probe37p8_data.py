"""Probe 37p8: sector words inside names and titles of ministries, companies, funds, events,
committees, academies and universities, next to the same words used as fields, in VNA, VNS, Nhân Dân,
TASS and Sputnik shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[,
optional])`` by the annotation guidelines (``data/evaluation/README.md``): names and titles never
count, the field named outside them does. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, J, N = "vietnam", "russia", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Director of the Ministry of Culture, Sports and Tourism's International Cooperation Department "
         "Nguyen Thi Hanh received a delegation of the Russian Ministry of Culture on May 12.", N, []),
        ("Hanh said the two sides should expand cooperation in culture, cinema and tourism.", V,
         [("culture", "culture, cinema"), ("tourism_sports", "tourism")]),
        ("The Russian guests proposed holding Days of Russian Culture in Da Nang next year.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Education and Training Tran Van Phuc hosted Rector of the Moscow State "
         "University of Railway Engineering Andrei Belov.", N, []),
        ("Phuc said Vietnam needs more engineers trained in railway construction and signalling.", V,
         [("transport", "railway construction")], [("education", "engineers trained")]),
        ("Belov said his university would offer 50 scholarships to Vietnamese students this year.", R,
         [("education", "scholarships"), ("education", "students")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Ministry of Energy and Vietnam Electricity (EVN) discussed joint projects on the "
         "sidelines of Russian Energy Week.", J, []),
        ("Deputy Energy Minister Pavel Sorokin said Russia is ready to help Vietnam modernise its "
         "hydropower plants.", R, [("energy", "hydropower plants")]),
        ("EVN General Director Le Quang Minh said Vietnam wants to cooperate in power grid construction.",
         V, [("energy", "power grid construction")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam Oil and Gas Group (Petrovietnam) and Zarubezhneft marked the 40th anniversary of the "
         "Vietsovpetro joint venture.", N, []),
        ("Petrovietnam Chairman Do Van Khanh said Vietsovpetro remains a symbol of Vietnam-Russia oil "
         "and gas cooperation.", V, [("oil_gas", "oil and gas cooperation")]),
        ("He said the two sides would expand exploration on the continental shelf.", V,
         [("oil_gas", "exploration on the continental shelf")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Rusvietpetro, a joint venture of Zarubezhneft and Petrovietnam, produced 3 million tonnes of "
         "oil in the Nenets Autonomous Area last year, the company said.", N, [("oil_gas", "oil")]),
        ("Zarubezhneft CEO Sergei Kudryashov told reporters that oil production would stay stable.", R,
         [("oil_gas", "oil production")]),
    ]),
    ("VNS", "HANOI", [
        ("Vietnam National Coal and Mineral Industries Group (Vinacomin) signed an agreement with "
         "the Hanoi University of Mining and Geology on mining and geology training.", N,
         [("education", "mining and geology training")]),
        ("Rector of the Hanoi University of Mining and Geology Pham Van Tuan said the deal would help "
         "train 500 engineers for coal mines.", V,
         [("education", "train 500 engineers")], [("energy", "coal mines")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Academy of Science and Technology (VAST) and the Russian Academy of Sciences "
         "signed a cooperation plan for 2025-2027.", N, []),
        ("VAST President Chau Van Minh said the plan covers marine science, biotechnology and new "
         "materials.", V, [("science_technology", "marine science, biotechnology and new materials")]),
        ("He said VAST would send 20 young researchers to Russian institutes.", V,
         [], [("science_technology", "young researchers")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Science Foundation (RSF) will support 15 joint projects with Vietnamese "
         "scientists, RSF Director General Alexander Khlunov said.", R,
         [], [("science_technology", "joint projects with Vietnamese scientists")]),
        ("The projects deal with climate research and artificial intelligence, he said.", R,
         [("science_technology", "artificial intelligence")],
         [("environment", "climate research"), ("science_technology", "climate research")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Chairman of the National Assembly's Committee for Culture and Education Nguyen Dac Vinh "
         "received a delegation of the Russian State Duma.", N, []),
        ("Vinh said the two legislatures should share experience in making laws on education and "
         "culture.", V, [("education", "education"), ("culture", "culture")]),
    ]),
    ("VNA", "VLADIVOSTOK", [
        ("Deputy Prime Minister Tran Hong Ha attended the Eastern Economic Forum (EEF) in "
         "Vladivostok.", N, []),
        ("Speaking at the EEF plenary session, Ha called for stronger cooperation in energy, "
         "logistics and seaports.", V,
         [("energy", "energy"), ("transport", "logistics and seaports")]),
        ("He also met Chairman of the Vietnam-Russia Friendship Association Nguyen Van Lam.", N, []),
    ]),
    ("TASS", "MOSCOW", [
        ("The Saint Petersburg Currency Exchange launched trading in the Vietnamese dong on Monday, "
         "the exchange's press service said.", N, [("economy", "trading in the Vietnamese dong")]),
        ("The move will make settlements in national currencies easier, the statement said.", N,
         [("economy", "settlements in national currencies")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Development Bank (VDB) will lend 2 trillion VND for rural road projects in the "
         "northern mountains.", N, [("transport", "rural road projects")]),
        ("VDB General Director Dao Quang Thu said the loans target transport and irrigation.", V,
         [("transport", "transport")], [("economy", "irrigation")]),
    ]),
    ("VNS", "HANOI", [
        ("Vietnam Expo 2025 opened in Hanoi with 500 booths from 20 countries, the Ministry of Industry "
         "and Trade said.", V, []),
        ("Russian firms at the fair showed farm machinery and medical equipment.", N,
         [("health", "medical equipment")], [("economy", "farm machinery")]),
    ]),
    ("TASS", "MURMANSK", [
        ("The International Arctic Forum opened in Murmansk on Thursday.", N, []),
        ("Russian Deputy Prime Minister Yuri Kozlov said Arctic shipping along the Northern Sea "
         "Route would grow.", R, [("transport", "Arctic shipping along the Northern Sea Route")]),
        ("Vietnamese Deputy Minister of Transport Nguyen Xuan Sang said Vietnam is interested in "
         "container transport through the route.", V, [("transport", "container transport")]),
    ]),
    ("VNA", "HANOI", [
        ("The opening ceremony of the Year of Russia-Vietnam Humanitarian Exchange took place at the "
         "Hanoi Opera House.", N, []),
        ("Minister of Culture, Sports and Tourism Nguyen Van Tam said the year would bring concerts, "
         "film weeks and exhibitions to both countries.", V,
         [("culture", "concerts, film weeks and exhibitions")]),
    ]),
    ("VNA", "HANOI", [
        ("Director of the Institute of Energy Nguyen Duc Cuong said Vietnam will need 30 gigawatts of "
         "new power capacity by 2030.", V, [("energy", "new power capacity")]),
        ("He said nuclear power could help meet the demand.", V, [("nuclear", "nuclear power")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("Rosatom Director General Alexei Likhachev met Vietnamese Minister of Science and Technology "
         "Huynh Thanh Dat.", N, []),
        ("Likhachev said Rosatom is ready to build a nuclear research centre in Vietnam.", R,
         [("nuclear", "nuclear research centre")]),
        ("Dat said Vietnam wants to train nuclear specialists in Russia.", V,
         [("nuclear", "train nuclear specialists")], [("education", "train nuclear specialists")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("The Ho Chi Minh City University of Medicine and Pharmacy signed a memorandum with the "
         "Pirogov Russian National Research Medical University.", N, []),
        ("The two universities will exchange lecturers and students in medicine and pharmacy.", N,
         [("education", "exchange lecturers and students"), ("health", "medicine and pharmacy")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Ministry of Science and Higher Education will raise the quota for Vietnamese "
         "students to 1,500 places, Deputy Minister Konstantin Mogilevsky said.", R,
         [("education", "quota for Vietnamese students")]),
        ("Most of the places are in engineering, medicine and agriculture.", N,
         [], [("education", "engineering"), ("health", "medicine"), ("economy", "agriculture")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Agriculture and Rural Development Le Minh Hoan received the Russian Ambassador.",
         N, []),
        ("Hoan said Vietnam wants to export more seafood and fruit to Russia.", V,
         [], [("economy", "export more seafood and fruit")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Chairwoman of the Vietnam-Russia Friendship Association Nguyen Thi Mai hosted a reception "
         "for Russian veterans of the Vietnam war.", N, []),
        ("Mai said the friendship between the two peoples must be passed on to the young generation.",
         V, [], [("people", "friendship between the two peoples"), ("people", "young generation")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Rector of the Far Eastern Federal University Boris Korobets said his university would open a "
         "Vietnamese language centre.", R, [("education", "Vietnamese language centre")]),
        ("He said 300 Vietnamese students now study on the Russky Island campus.", R,
         [("education", "300 Vietnamese students")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Public Security's Department of International Cooperation held talks with "
         "the Russian Interior Ministry.", N, []),
        ("The two sides agreed to step up cooperation in fighting cross-border crime and cyber "
         "crime.", J, [("defence_security", "fighting cross-border crime and cyber crime")]),
    ]),
    ("VNS", "HANOI", [
        ("Vietnam Airlines and Aeroflot signed a codeshare agreement on Hanoi-Moscow flights.", N,
         [("transport", "codeshare agreement on Hanoi-Moscow flights")]),
        ("Deputy Director of the Civil Aviation Authority of Vietnam Vo Huy Cuong said direct flights "
         "would boost tourism.", V,
         [("transport", "direct flights"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("General Director of Vietnam National Petroleum Group (Petrolimex) Pham Van Thanh received "
         "a delegation of Gazprom Neft.", N, []),
        ("Thanh said Petrolimex wants to import more diesel and jet fuel from Russia.", V,
         [], [("oil_gas", "diesel and jet fuel")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Academy of Sciences and the Vietnam Academy of Science and Technology will open "
         "a joint laboratory for tropical medicine in Hanoi, RAS President Gennady Krasnikov said.", R,
         [("health", "tropical medicine")], [("science_technology", "joint laboratory")]),
        ("He said Russian and Vietnamese scientists had worked together for six decades.", R,
         [], [("science_technology", "Russian and Vietnamese scientists")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairman of the National Assembly's Committee for Science, Technology and Environment "
         "Tran Van Khai chaired a seminar on digital transformation.", N,
         [("science_technology", "digital transformation")]),
        ("Khai said Vietnam should learn from Russia in cyber security and e-government.", V,
         [("defence_security", "cyber security")], [("science_technology", "e-government")]),
    ]),
]
