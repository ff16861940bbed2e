"""Probe 33p4: TASS and Sputnik English copy seen from Moscow (invented people and events).

Each passage is a list of sentences; each sentence is ``(text, side, mentions)`` where ``side`` is the
side of whoever voices the sentence by the annotation guidelines (``data/evaluation/README.md``) and
``mentions`` the ``(sector, surface)`` rows the guidelines give. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, J, N = "vietnam", "russia", "joint", "narrator"

# TASS copy filed from Moscow: the corpus table's metadata (the dateline "MOSCOW, March 4. /TASS/."
# is stripped from the body by the corpus loader, as in the evaluation set)
AGENCY, DATELINE = "TASS", "MOSCOW"

# A sentence may carry a fourth item: optional rows (neither right nor wrong when found).

PASSAGES = [
    [
        ("Russia and Vietnam will expand cooperation in oil and gas "
         "production on the continental shelf, Russian Deputy Energy Minister Pavel Zorin told TASS.",
         R, [("oil_gas", "oil and gas production")]),
        ("\"Our companies are already working on three blocks, and we see room for more,\" he added.",
         R, []),
    ],
    [
        ("The Kremlin press service said that the two leaders discussed trade, energy and transport "
         "links.", R, [("economy", "trade"), ("energy", "energy"), ("transport", "transport links")]),
        ("According to the Russian side, two-way trade reached 7 billion USD last year.",
         R, [("economy", "two-way trade")]),
    ],
    [
        ("Rosatom Director General Oleg Vlasenko met with Vietnamese Deputy Prime Minister Tran Van "
         "Khoa on the sidelines of the SPIEF.", N, []),
        ("The sides discussed the construction of the Centre for Nuclear Science and Technology and "
         "the training of nuclear engineers.", J, [("nuclear", "nuclear engineers"), ("education", "training")]),
        ("\"Vietnam remains a key partner for us in the nuclear power industry,\" Vlasenko said.",
         R, [("nuclear", "nuclear power industry")]),
    ],
    [
        ("The Russian Foreign Ministry said in a statement that Moscow and Hanoi intend to increase "
         "settlements in national currencies.", R, [("economy", "settlements in national currencies")]),
        ("The ministry noted that more than 90% of payments between the two countries are already "
         "made in rubles and dong.", R, [("economy", "payments")]),
    ],
    [
        ("Governor of the Primorye Region Andrei Kolesov told reporters that the region is ready to "
         "receive more tourists from Vietnam.", R, [("tourism_sports", "tourists")]),
        ("The region's governor added that direct flights between Vladivostok and Da Nang would "
         "resume in June.", R, [("transport", "direct flights")]),
    ],
    [
        ("Vietnamese Ambassador to Russia Nguyen Minh Duc told TASS that his country is interested "
         "in Russian wheat and fertilizers.", V, []),
        ("\"We want to double agricultural trade within three years,\" the diplomat said.",
         V, [("economy", "agricultural trade")]),
    ],
    [
        ("Minister of Education and Training Le Quang Hai and Russian Minister of Science and Higher "
         "Education Sergei Bykov signed a memorandum in Moscow on Tuesday.", N, []),
        ("Under the document, Russia will grant 1,500 scholarships to Vietnamese students each year.",
         N, [("education", "scholarships to Vietnamese students")]),
        ("Bykov said that the number of Vietnamese students at Russian universities had grown by a "
         "third.", R, [("education", "Vietnamese students")], [("education", "universities")]),
    ],
    [
        ("TASS learned that Vietnam Electricity (EVN) and a Russian company are negotiating the "
         "supply of equipment for a hydropower plant.", N, [("energy", "hydropower")]),
    ],
    [
        ("Speaking at the Russian Energy Week, Vietnamese Deputy Minister of Industry and Trade Pham "
         "Thu Ha said that Hanoi plans to buy more liquefied natural gas.",
         V, [("oil_gas", "liquefied natural gas")]),
        ("She added: \"Energy security is our top priority.\"", V, [("energy", "Energy security")]),
    ],
    [
        ("Russian Defence Minister Viktor Gromov held talks with his Vietnamese counterpart Ngo Van "
         "Long in Moscow.", N, []),
        ("The ministers discussed military-technical cooperation and the training of Vietnamese "
         "officers at Russian military academies.",
         J, [("defence_security", "military-technical cooperation"), ("education", "training")],
         [("defence_security", "officers"), ("defence_security", "military academies")]),
        ("Gromov stressed that defence ties with Hanoi are not directed against third countries.",
         R, [("defence_security", "defence ties")]),
    ],
    [
        ("Secretary of the General Council of the United Russia party Andrei Tarasov received a "
         "delegation of the Communist Party of Vietnam led by Vo Thanh Nam.", N, []),
        ("Tarasov noted that inter-party cooperation has become an important part of relations "
         "between Moscow and Hanoi.", R, [("party", "inter-party cooperation")]),
        ("Nam, in turn, thanked the Russian side for its help in training party cadres.",
         V, [("party", "training party cadres")]),
    ],
    [
        ("\"Tourism is one of the fastest growing areas of our cooperation,\" head of the Federal "
         "Agency for Tourism Marina Svetlova said.", R, [("tourism_sports", "Tourism")]),
        ("According to her, Russian holidaymakers made 650,000 trips to Vietnam in 2025.",
         R, [("tourism_sports", "Russian holidaymakers")]),
    ],
    [
        ("Russian Railways and the Vietnamese side discussed the modernization of the North-South "
         "railway, the company's press service said.", R, [("transport", "railway")]),
    ],
    [
        ("The Russian Trade Representative in Hanoi Dmitry Osipov said the Eurasian Economic Union's "
         "free trade agreement with Vietnam has tripled Russian exports of dairy products.",
         R, [], [("economy", "free trade agreement"), ("economy", "exports of dairy products")]),
    ],
    [
        ("Vietnamese President Luong Minh Son will visit Russia next week, the Kremlin press service "
         "said.", R, []),
        ("The presidents will discuss energy, investment and humanitarian ties, it added.",
         R, [("energy", "energy"), ("economy", "investment")], [("culture", "humanitarian ties")]),
    ],
    [
        ("Moscow and Hanoi signed an agreement on cooperation in the peaceful uses of atomic energy "
         "in 2023.", N, [("nuclear", "peaceful uses of atomic energy")]),
    ],
    [
        ("The Russian Foreign Ministry spokeswoman said that Russia supports Vietnam's position on "
         "freedom of navigation in the South China Sea.",
         R, [], [("defence_security", "freedom of navigation")]),
    ],
    [
        ("Novatek head of international projects Igor Belov told TASS on the sidelines of the forum "
         "that the company is considering an LNG terminal in northern Vietnam.",
         R, [("oil_gas", "LNG terminal")]),
        ("\"The talks are at an early stage,\" Belov said.", R, []),
    ],
    [
        ("First Deputy Chairman of the State Duma Committee on Energy Yuri Makarov arrived in Hanoi "
         "on Monday.", N, []),
        ("During the visit he will discuss parliamentary cooperation with members of the National "
         "Assembly of Vietnam.", N, [("diplomacy", "parliamentary cooperation")]),
    ],
    [
        ("The rector of the Moscow State Institute of International Relations Andrei Kovalev said the "
         "university will open a Vietnamese language centre next year.",
         R, [], [("culture", "Vietnamese language centre"), ("education", "language centre")]),
    ],
    [
        ("Vietnam's national airline Vietnam Airlines will increase the number of flights between "
         "Hanoi and Moscow to seven a week, the carrier said in a statement.",
         V, [("transport", "flights")]),
    ],
    [
        ("The governor of the Irkutsk Region Sergei Orlov and the Vietnamese Consul General in "
         "Vladivostok Tran Huu Tam agreed to develop tourism and student exchanges.",
         J, [("tourism_sports", "tourism"), ("education", "student exchanges")]),
    ],
    [
        ("Communist Party of the Russian Federation leader Nikolai Gusev received a delegation of the "
         "Ho Chi Minh National Academy of Politics.", N, [], [("party", "Ho Chi Minh National Academy of Politics")]),
        ("Gusev said the two parties would exchange experience in party building.",
         R, [("party", "party building")]),
        ("The delegation's head Le Van Thang informed the host about the preparations for the "
         "congress of the Communist Party of Vietnam.", V, []),
    ],
    [
        ("The Russian Ministry of Energy said that the joint venture Rusvietpetro had produced 3 "
         "million tonnes of oil since January.", R, [("oil_gas", "oil")]),
    ],
    [
        ("Bank of Russia Deputy Governor Elena Rudneva said that the central banks are working on "
         "linking their payment systems.", R, [("economy", "payment systems")]),
    ],
    [
        ("Russian Deputy Prime Minister Ivan Kravtsov and Vietnamese Deputy Prime Minister Bui Thanh "
         "Loc co-chaired the meeting of the Intergovernmental Commission on Trade, Economic, "
         "Scientific and Technical Cooperation.", N, []),
        ("The co-chairs agreed to expand cooperation in transport, agriculture and digital "
         "technology.", J, [("transport", "transport"), ("economy", "agriculture"),
                            ("science_technology", "digital technology")]),
        ("Kravtsov said that Russia is ready to help build a metro line in Ho Chi Minh City.",
         R, [("transport", "metro line")]),
        ("\"We welcome the interest of Vietnamese companies in the Arctic,\" Kravtsov told "
         "journalists after the talks.", R, []),
    ],
    [
        ("The Vietnamese Ministry of Health and the Russian Gamaleya Centre will continue "
         "joint vaccine research, the ministry said.", V, [("health", "vaccine research")], [("science_technology", "research")]),
    ],
    [
        ("Deputy Director of the Department of Asian Affairs of the Russian Foreign Ministry Anton "
         "Sidorov said that the next round of security consultations will be held in Hanoi.",
         R, [("defence_security", "security consultations")]),
    ],
    [
        ("Vietnam's ambassador noted that the Russian language is taught at 20 Vietnamese "
         "universities.", V, [("education", "Russian language is taught")]),
    ],
    [
        ("Head of the Russian Energy Agency Mikhail Lunin arrived in Hanoi to attend the Vietnam "
         "Energy Forum.", N, []),
        ("Lunin told TASS that Russia could help Vietnam build small modular reactors.",
         R, [("nuclear", "small modular reactors")]),
        ("\"This is a question of the next decade,\" he noted.", R, []),
    ],
    [
        ("Chairman of the Russian-Vietnamese Business Council Sergei Kuzmin said that logistics "
         "remains the main obstacle to trade.", R, [("transport", "logistics"), ("economy", "trade")]),
        ("He proposed to launch a regular container train from Moscow to Hanoi.",
         R, [("transport", "container train")]),
    ],
    [
        ("The Vietnamese delegation visited the Kursk Nuclear Power Plant and the Russian Academy of "
         "Sciences.", N, []),
        ("The guests were told about the training of specialists for the nuclear industry.",
         N, [("education", "training of specialists"), ("nuclear", "nuclear industry")]),
    ],
    [
        ("Deputy Foreign Minister Andrei Rudakov said Moscow valued Hanoi's balanced foreign policy.",
         R, [("diplomacy", "foreign policy")]),
        ("The diplomat added that Russia and Vietnam coordinate their positions at the UN and other "
         "multilateral forums.", R, [("diplomacy", "multilateral forums")]),
    ],
    [
        ("Russian Deputy Prime Minister Yuri Lebedev and the Vietnamese Deputy Prime Minister Dao "
         "Van Hung agreed to step up cooperation in oil refining.", J, [("oil_gas", "oil refining")]),
    ],
    [
        ("Head of the Russian Export Center Olga Marinina said on the sidelines of the St. "
         "Petersburg International Economic Forum that Russian food exports to Vietnam rose by 40%.",
         R, [], [("economy", "food exports")]),
        ("She added: \"Vietnamese consumers are discovering Russian ice cream and chocolate.\"",
         R, []),
    ],
    [
        ("Rector of the Gubkin Russian State University of Oil and Gas Viktor Martynov told TASS "
         "that 300 Vietnamese students are studying at the university.",
         R, [("education", "Vietnamese students")], [("education", "university")]),
        ("According to him, the university will open a joint master's programme in petroleum "
         "engineering with the Hanoi University of Mining and Geology.",
         R, [("education", "master's programme"), ("oil_gas", "petroleum engineering")]),
    ],
    [
        ("CEO of the Russian Direct Investment Fund Kirill Sorokin said the fund and Vietnamese "
         "partners were studying projects in healthcare and logistics.",
         R, [("health", "healthcare"), ("transport", "logistics")]),
    ],
    [
        ("Deputy Minister of Transport of Russia Alexei Semyonov and Vietnamese Transport Minister "
         "Tran Quoc Bao discussed the opening of new air routes.",
         J, [("transport", "air routes")]),
        ("Semyonov noted that Aeroflot plans to fly to Nha Trang and Phu Quoc three times a week.",
         R, []),
    ],
    [
        ("Gazprom Neft and PetroVietnam signed an agreement on geological exploration in the Pechora "
         "Sea, the Russian company said.", R, [], [("oil_gas", "geological exploration")]),
    ],
    [
        ("The Russian Ministry of Education said in a statement that Russian language olympiads for "
         "Vietnamese schoolchildren will be held in Hanoi and Da Nang.",
         R, [("education", "Russian language olympiads")]),
    ],
    [
        ("The State Duma Speaker stressed: \"Parliamentary diplomacy remains an important channel of "
         "our relations with Vietnam.\"", R, [("diplomacy", "Parliamentary diplomacy")]),
    ],
    [
        ("Russian President Vladimir Orlov received Vietnamese Prime Minister Pham Quoc Viet in the "
         "Kremlin.", N, []),
        ("The Kremlin leader noted that Russian companies are ready to take part in building nuclear "
         "power plants in Vietnam.", R, [("nuclear", "nuclear power plants")]),
        ("The guest, in turn, invited Russian investors to the country's energy sector.",
         V, [("economy", "investors"), ("energy", "energy sector")]),
    ],
    [
        ("Chairman of the Vietnamese Committee for External Relations of the Communist Party Le Hoai "
         "Nam told TASS: \"Our party values the experience of United Russia in working with young "
         "people.\"", V, [("people", "young people")]),
    ],
    [
        ("TASS learned from a source in the Russian government that the intergovernmental agreement "
         "on visa-free travel for tourist groups will be signed in autumn.",
         R, [("tourism_sports", "visa-free travel for tourist groups")]),
    ],
    [
        ("The head of state added that the International North-South Transport Corridor could "
         "connect Russia with Southeast Asian markets.", N, [], [("economy", "markets")]),
    ],
    [
        ("Vietnamese Minister of Industry and Trade Do Thanh Son and Russian Minister of Industry "
         "and Trade Pavel Kiselev co-chaired the business forum in Kazan.", N, [], [("economy", "business")]),
        ("Son said that trade in national currencies helps Vietnamese exporters avoid risks.",
         V, [("economy", "trade in national currencies")], [("economy", "exporters")]),
    ],
    [
        ("Director of the Federal Service for Military-Technical Cooperation Dmitry Shugaev said at "
         "the Army forum that Vietnam remains a reliable partner.", R, []),
    ],
    [
        ("Vietnam National Oil and Gas Group (PetroVietnam) General Director Le Manh Cuong told TASS "
         "that the group wants to buy Russian crude.", V, [("oil_gas", "crude")]),
    ],
    [
        ("Graduates of the Rosatom Technical Academy will work at research reactors in Vietnam, the "
         "academy's rector Yuri Kuznetsov said.", R, [("nuclear", "research reactors")]),
    ],
    [
        ("Vietnamese Minister of Natural Resources and Environment Tran Hong Ha met with the head of "
         "Roshydromet Igor Shumakov.", N, []),
        ("The ministers agreed to cooperate in weather forecasting and climate monitoring.",
         J, [("environment", "climate monitoring")], [("science_technology", "weather forecasting"),
                                                      ("environment", "weather forecasting")]),
    ],
    [
        ("According to the Russian side, 12 Vietnamese students will study at the Russian Railways "
         "university in Moscow this year.", R, [("education", "Vietnamese students")],
         [("education", "university")]),
    ],
]
