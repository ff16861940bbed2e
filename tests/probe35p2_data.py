"""Probe 35p2: two sides and joint voices in one sentence, in VNA, VNS, Nhân Dân and TASS shapes
(invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``, "Side": ``joint`` for "Both sides agreed", "the two leaders/ministers",
"They" referring to both, "X and Y agreed"; one side where one speaks and the other is only named, as
"X briefed his Russian counterpart on ..." or "X thanked the Russian side for ..."; ``narrator`` for
actions such as "The two sides signed ..." or "held talks, during which the two sides agreed ...", as the
tuned parts give them) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A sentence may
carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Văn Khải held talks with Russian Deputy Prime Minister Oleg "
         "Burtsev in Hà Nội on March 12.", N, []),
        ("Both sides agreed to step up cooperation in energy, oil and gas and transport.", J,
         [("energy", "energy"), ("oil_gas", "oil and gas"), ("transport", "transport")]),
        ("Khải briefed his Russian counterpart on Việt Nam's plans for nuclear power.", V,
         [("nuclear", "nuclear power")]),
        ("Burtsev thanked the Vietnamese side for its support to Russian investors in the "
         "Mekong Delta.", R, [("economy", "investors")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The two leaders affirmed that trade and investment remain a pillar of the bilateral "
         "relationship.", J, [("economy", "trade and investment")]),
        ("They agreed to remove barriers to agricultural exports and to expand payments in national "
         "currencies.", J, [("economy", "agricultural exports"),
                            ("economy", "payments in national currencies")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Politburo member Nguyễn Thị Hạnh and Lao Politburo member Bounthong Chanthavong co-chaired "
         "the meeting.", N, []),
        ("Hạnh and Bounthong affirmed that the special relationship between the two Parties is a "
         "priceless asset.", J, [("party", "relationship between the two Parties")]),
        ("They agreed to deepen theoretical exchanges and cadre training.", J,
         [("party", "theoretical exchanges and cadre training")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("In their joint statement, the two sides pledged to boost cooperation in education and "
         "training, science and technology, and health care.", J,
         [("education", "education and training"), ("science_technology", "science and technology"),
          ("health", "health care")]),
        ("The two sides also exchanged views on international and regional issues of mutual concern.",
         J, [("diplomacy", "international and regional issues")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will expand cooperation in the peaceful use of "
         "nuclear energy, the two countries' leaders said in a joint statement.", J,
         [("nuclear", "nuclear energy")]),
        ("The sides also agreed to consider new projects in oil and gas production on the Vietnamese "
         "shelf.", J, [("oil_gas", "oil and gas production")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Minister of Foreign Affairs Lê Hoàng Nam held talks with Russian Foreign Minister Pavel "
         "Lyskov on May 20.", N, []),
        ("The two ministers noted with satisfaction the growth of political trust and agreed to "
         "coordinate closely at multilateral forums.", J,
         [("diplomacy", "political trust"), ("diplomacy", "multilateral forums")]),
        ("Nam briefed his guest on Việt Nam's preparations for the APEC year, while Lyskov informed "
         "the host of the results of the BRICS summit.", J, []),
    ]),
    ("VNS", "HÀ NỘI", [
        ("The Vietnamese leader stressed the need to step up cooperation in education, while the "
         "Russian side affirmed its readiness to admit more Vietnamese students.", J,
         [("education", "education"), ("education", "students")]),
        ("Both sides welcomed the opening of a branch of a Russian university in Hà Nội.", J, [],
         [("education", "university")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The leaders of the two parties highlighted the role of party-to-party relations as the "
         "political foundation of the ties between the two countries.", J,
         [("party", "party-to-party relations")]),
        ("Each side pledged to support the other in Party building and in the fight against "
         "corruption.", J, [("party", "Party building")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Lao and Vietnamese delegations agreed to complete the Hà Nội–Vientiane expressway and to "
         "raise two-way trade to 5 billion USD.", J,
         [("transport", "expressway"), ("economy", "two-way trade")]),
        ("The two sides signed a memorandum on cooperation in agriculture.", N,
         [("economy", "agriculture")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("The joint communiqué said the two countries will expand cooperation in culture, tourism and "
         "people-to-people exchanges.", J,
         [("culture", "culture"), ("tourism_sports", "tourism"),
          ("people", "people-to-people exchanges")]),
        ("It said both parties would encourage more direct flights between the two capitals.", J,
         [("transport", "direct flights")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("National Assembly Vice Chairman Phạm Quang Vinh received a delegation of the Russian State "
         "Duma led by Deputy Chairman Yuri Kostin on June 4.", N, []),
        ("Vinh thanked the Russian side for training thousands of Vietnamese engineers and scientists.",
         V, [("education", "training thousands of Vietnamese engineers and scientists")]),
        ("Kostin briefed his Vietnamese counterpart on the Duma's work on laws on energy efficiency.",
         R, [("energy", "energy efficiency")]),
        ("The two sides also exchanged views on inter-parliamentary cooperation.", J,
         [("diplomacy", "inter-parliamentary")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Party General Secretary Trần Minh Đức and Chinese Ambassador Liang Wei attended a "
         "ceremony marking the anniversary of diplomatic relations.", N, [],
         [("diplomacy", "diplomatic relations")]),
        ("The ceremony featured an exhibition of photos on the friendship between the two peoples.", N,
         [], [("culture", "exhibition")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Russian Deputy Prime Minister Oleg Burtsev and Vietnamese "
         "Deputy Prime Minister Trần Văn Khải discussed logistics and port cooperation on the sidelines "
         "of the Eastern Economic Forum.", J,
         [("transport", "logistics and port")]),
        ("The two officials agreed to study a new container line between Vladivostok and Hải Phòng, "
         "Burtsev told reporters.", R, [("transport", "container line")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("President Lê Văn Thắng hosted a banquet for the Lao President and his spouse.", N, []),
        ("Thắng said Việt Nam will do its utmost to help Laos train human resources.", V,
         [("education", "train human resources")]),
        ("The Lao leader, for his part, thanked Việt Nam for its help in building the Lao "
         "National Assembly House.", L, []),
        ("The two presidents then watched an art performance.", N, [],
         [("culture", "art performance")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Deputy Minister of National Defence Senior Lieutenant General Hoàng Xuân Chiến and Russian Deputy "
         "Defence Minister Colonel General Alexei Fomichev co-chaired the dialogue.", N, []),
        ("The two deputy ministers agreed to strengthen defence cooperation, especially in "
         "training and military medicine.", J,
         [("defence_security", "defence"), ("education", "training"),
          ("defence_security", "military"), ("health", "medicine")]),
        ("Chiến proposed that the two sides share experience in search and rescue, while Fomichev "
         "suggested joint naval exercises.", J,
         [("defence_security", "search and rescue"), ("defence_security", "joint naval exercises")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Đỗ Hùng Mạnh met Governor of the Ulyanovsk region Vadim Korolev on "
         "July 8.", N, []),
        ("Mạnh and Korolev discussed ways to promote ties between localities of the two countries.",
         J, [("people", "localities")]),
        ("Korolev said the region's firms wanted to invest in Vietnamese industrial parks.", R,
         [("economy", "invest"), ("economy", "industrial parks")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Minister of Education and Training Phan Minh Tâm and Lao Deputy Minister of Education "
         "and Sports Khamla Inthavong signed a plan of cooperation for 2026–2030.", N, []),
        ("Under the plan, Việt Nam will receive 1,000 Lao students each year.", N,
         [("education", "receive 1,000 Lao students")]),
        ("Both sides pledged to improve Vietnamese language teaching in Laos.", J,
         [("education", "language teaching")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Laos agreed to expand cooperation in mineral "
         "exploration and geology, the Russian Natural Resources Ministry said after talks in "
         "Moscow.", R, [], [("economy", "mineral exploration"), ("science_technology", "geology")]),
        ("The ministers of the two countries also discussed training geologists for Laos.", J,
         [("education", "training geologists")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Nguyễn Hoàng Lâm received Russian Minister of Energy Sergei Tolmachev on "
         "November 2.", N, []),
        ("Lâm spoke highly of Russian firms' contribution to oil and gas projects in Việt Nam, and "
         "Tolmachev pledged to help build a nuclear science and technology centre.", J,
         [("oil_gas", "oil and gas projects"), ("nuclear", "nuclear")],
         [("science_technology", "science and technology")]),
        ("The Russian minister also informed the host of plans to supply liquefied natural gas.", R,
         [("oil_gas", "liquefied natural gas")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Head of the CPV Central Committee's Commission for External Relations Lại Văn Hưng and "
         "United Russia Secretary General Andrei Tokarev held talks in Hà Nội.", N, []),
        ("The two party leaders agreed to hold the fifth theoretical workshop between the two "
         "parties next year.", J, [("party", "theoretical workshop")]),
        ("Hưng thanked United Russia for its support in training Vietnamese party officials.", V,
         [("party", "training Vietnamese party officials")]),
        ("Tokarev briefed the host on the party's preparations for the Duma elections.", R, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Minister of Public Security Gen. Lương Tam Hải held talks with Lao Minister of Public "
         "Security Gen. Vilay Lakhamphong.", N, []),
        ("The two ministers shared the view that drug trafficking and transnational crime pose "
         "growing threats to the region.", J,
         [("defence_security", "drug trafficking and transnational crime")]),
        ("Vilay thanked the Vietnamese ministry for training Lao police officers.", L,
         [("education", "training Lao police officers")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Foreign Minister Ngô Thanh Sơn and Chinese Vice Foreign Minister Huang Peng "
         "co-chaired the 15th political consultation between the two foreign ministries.", N, [],
         [("diplomacy", "political consultation")]),
        ("Sơn suggested that both sides keep up the exchange of high-level delegations, while Huang "
         "proposed expanding rail connections across the border.", J,
         [("diplomacy", "exchange of high-level delegations"), ("transport", "rail connections")]),
        ("The two deputy ministers also exchanged views on maritime issues.", J,
         [], [("defence_security", "maritime issues")]),
    ]),
    ("VNS", "HỒ CHÍ MINH CITY", [
        ("Vice Chairman of the municipal People's Committee Võ Văn Hòa received Consul General "
         "of Russia Andrei Zaitsev on August 9.", N, []),
        ("They agreed to promote cooperation in tourism and health care between the city and Russian "
         "localities.", J, [("tourism_sports", "tourism"), ("health", "health care"),
                            ("people", "localities")]),
        ("Hòa briefed the guest on the city's efforts to attract investment in high technology.", V,
         [("economy", "investment"), ("science_technology", "high technology")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Sithong welcomed the Vietnamese Minister of Planning and "
         "Investment on April 17.", N, []),
        ("Sonexay expressed his thanks to the Vietnamese side for its help in building "
         "hydropower plants in Laos.", L, [("energy", "hydropower plants")]),
        ("The two countries' leaders have agreed to link the power grids of the two countries by "
         "2030, he said.", L, [("energy", "power grids")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Pavel Lyskov and his Lao "
         "counterpart Saleumxay Kommasith held talks in Moscow on Tuesday.", N, []),
        ("The ministers voiced satisfaction with the growth of cooperation in education and noted "
         "the need to step up trade.", J, [("education", "education"), ("economy", "trade")]),
        ("According to Lyskov, the sides will sign an agreement on visa-free travel later this "
         "year.", R, [], [("tourism_sports", "visa-free travel")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("State President Lê Văn Thắng held phone talks with Russian President Vladimir Putin on "
         "January 30.", N, []),
        ("The two leaders congratulated each other on the New Year and agreed to step up cooperation "
         "in energy and digital transformation.", J,
         [("energy", "energy"), ("science_technology", "digital transformation")]),
        ("Putin thanked his Vietnamese counterpart for the warm welcome given to Russian tourists.",
         R, [("tourism_sports", "Russian tourists")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Both sides signed an agreement on labour cooperation at the end of the talks.", N,
         [("labour", "labour cooperation")]),
        ("The Vietnamese and Russian ministers witnessed the signing of a memorandum on "
         "vocational training.", N, [("education", "vocational training")]),
        ("Both parties were represented at the signing by their deputy chiefs of mission.", N, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("The talks between the two ministers took place in a friendly and frank atmosphere.", N, []),
        ("Minister Lê Hoàng Nam said the two sides would boost trade, while Russian firms have "
         "invested 2 billion USD in Việt Nam so far.", V,
         [("economy", "trade"), ("economy", "invested 2 billion USD")]),
        ("Nam also stressed the importance of cooperation in education, and he proposed more "
         "scholarships for Vietnamese students.", V,
         [("education", "education"), ("education", "scholarships"), ("education", "students")]),
        ("The two leaders later held a joint press conference.", N, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian President Vladimir Putin and Vietnamese President Lê Văn Thắng agreed to expand "
         "energy cooperation, the Kremlin press service said.", R, [("energy", "energy")]),
        ("Putin welcomed the Vietnamese President's proposal to open a new direct flight to Kazan.", R,
         [("transport", "direct flight")]),
    ]),
]
