"""Probe 37p11: speakers named once by a long title and name and then only by short forms (surname,
Vietnamese or Lao given name, title plus name, role phrases such as "the Russian minister", "the host",
"the guest", "his Vietnamese counterpart", "the Kremlin leader", "the envoy", pronouns across sentences,
"According to him", "In her view", "he added"), with two or three people of different sides in one
passage, sentences naming both ("X and Y agreed", "The two leaders"), and role phrases naming no one who
speaks (narrator), in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``, "Side") and ``mentions`` the ``(sector, surface)`` rows the guidelines
give. A sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0: host and guest by role phrases
    ("VNA", "HANOI", [
        ("Minister of Foreign Affairs Nguyễn Văn Khải received Russian Deputy Foreign Minister Andrei "
         "Molotkov in Hà Nội on April 8.", N, []),
        ("The host said Việt Nam wants to raise trade between the two countries to 15 billion USD.", V,
         [("economy", "trade")]),
        ("The guest briefed Khải on preparations for the Russia–Việt Nam intergovernmental commission.",
         R, []),
        ("The Russian diplomat added that Moscow supports more direct flights to Đà Nẵng.", R,
         [("transport", "direct flights")]),
        ("The two officials agreed to step up cooperation in education and training.", J,
         [("education", "education and training")]),
    ]),
    # 1: given name, pronoun, "According to him"
    ("VNS", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Quốc Bảo on Tuesday hosted a delegation from the Russian region of "
         "Novosibirsk led by Governor Pavel Yermakov.", N, []),
        ("Bảo said Vietnamese firms are interested in investing in agriculture and food processing in "
         "Siberia.", V, [("economy", "investing"), ("economy", "agriculture and food processing")]),
        ("According to him, logistics links across Central Asia could cut shipping times.", V,
         [("transport", "logistics"), ("transport", "shipping")]),
        ("Yermakov said the region's universities would welcome more Vietnamese students.", R,
         [("education", "universities")], [("education", "students")]),
        ("He added that Novosibirsk wants to host a Vietnamese culture week next year.", R,
         [("culture", "culture week")]),
    ]),
    # 2: the Lao leader, his Vietnamese counterpart
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sisavath Keobounma held talks with his Vietnamese counterpart Phạm Minh "
         "Quang in Vientiane on March 14.", N, []),
        ("The Lao leader thanked Việt Nam for its support in building the Vientiane–Vũng Áng railway.",
         L, [("transport", "railway")]),
        ("His Vietnamese counterpart pledged to help Laos develop hydropower and power transmission lines.",
         V, [("energy", "hydropower and power transmission lines")]),
        ("Quang stressed that the two countries should finish the expressway on schedule.", V,
         [("transport", "expressway")]),
        ("The two leaders witnessed the signing of eight cooperation documents.", N, []),
    ]),
    # 3: the Kremlin leader, the head of state
    ("TASS", "MOSCOW", [
        ("Russian President Vladimir Putin met with Vietnamese State President Lương Đức Thịnh in the "
         "Kremlin on Monday.", N, []),
        ("The Kremlin leader said bilateral trade grew by 12% last year.", R, [("economy", "bilateral trade")]),
        ("The Vietnamese head of state invited Russian companies to take part in oil and gas projects "
         "on the continental shelf.", V, [("oil_gas", "oil and gas projects")]),
        ("Putin noted that Rosatom is ready to help build a nuclear research centre in Việt Nam.", R,
         [("nuclear", "nuclear research")]),
        ("In his words, the centre will train hundreds of Vietnamese specialists.", R,
         [("education", "train")]),
        ("Putin and Thịnh agreed to expand cooperation in defence and security.", J,
         [("defence_security", "defence and security")]),
    ]),
    # 4: Party chief by given name, the Party leader
    ("Nhân Dân", "HÀ NỘI", [
        ("General Secretary of the Communist Party of Việt Nam Central Committee Trần Văn Bình received "
         "Chairman of the Communist Party of the Russian Federation (CPRF) Central Committee Gennady "
         "Savelyev.", N, []),
        ("Party chief Bình said the two Parties should enhance the exchange of theoretical experience.",
         V, [("party", "exchange of theoretical experience")]),
        ("The CPRF leader spoke highly of Việt Nam's achievements in the Đổi mới (renewal) process.", R, []),
        ("The Russian politician said the CPRF wants to send more cadres to study at the Hồ Chí Minh "
         "National Academy of Politics.", R, [], [("party", "cadres")]),
        ("The Party leader affirmed that the CPV always treasures its ties with the CPRF.", V,
         [("party", "ties with the CPRF")]),
    ]),
    # 5: Minister Sokolov, the Russian minister, the envoy
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Đặng Hữu Phong had a working session with Russian Minister of "
         "Transport Igor Sokolov on May 20.", N, []),
        ("Minister Sokolov said Russian Railways is ready to help upgrade Việt Nam's North–South railway.",
         R, [("transport", "railway")]),
        ("The Russian minister proposed opening a container train route from Hà Nội to Moscow.", R,
         [("transport", "container train")]),
        ("The envoy welcomed the proposal and said it would boost trade and tourism.", V,
         [("economy", "trade"), ("tourism_sports", "tourism")]),
        ("Phong added that Vietnamese seaports could serve as gateways for Russian goods to ASEAN.", V,
         [("transport", "seaports")]),
    ]),
    # 6: the ambassador and the minister, in her view
    ("VNS", "HÀ NỘI", [
        ("Minister of Education and Training Lê Thị Hạnh on Thursday received Lao Ambassador to Việt Nam "
         "Khamphou Vongsa.", N, []),
        ("Hạnh said Việt Nam would offer 1,000 scholarships to Lao students this year.", V,
         [("education", "scholarships")], [("education", "students")]),
        ("In her view, Vietnamese language teaching in Laos should be improved.", V,
         [("education", "language teaching")]),
        ("The ambassador thanked the ministry and said many Lao graduates now hold key posts.", L, []),
        ("Khamphou also asked Việt Nam to help train Lao teachers of mathematics.", L,
         [("education", "train")], [("education", "teachers"), ("science_technology", "mathematics")]),
    ]),
    # 7: co-chairs, "the two co-chairs"
    ("VNA", "HÀ NỘI", [
        ("The 26th meeting of the Việt Nam–Russia Intergovernmental Commission was co-chaired by Deputy "
         "Prime Minister Hồ Đức Lâm and Russian Deputy Prime Minister Oleg Chernikov.", N, []),
        ("Lâm said energy, oil and gas remain pillars of bilateral cooperation.", V,
         [("energy", "energy"), ("oil_gas", "oil and gas")]),
        ("Chernikov said Russia is ready to supply more fertiliser and wheat to Việt Nam.", R, [],
         [("economy", "fertiliser"), ("economy", "wheat")]),
        ("The two co-chairs agreed to remove obstacles to investment.", J, [("economy", "investment")]),
        ("They also signed the protocol of the meeting.", N, []),
    ]),
    # 8: TASS, surname then the diplomat
    ("TASS", "HANOI", [
        ("Russian Ambassador to Vietnam Sergei Lavrentyev told TASS that the two countries are "
         "preparing a new agreement on tourism.", R, [("tourism_sports", "tourism")]),
        ("Lavrentyev said more than 600,000 Russian tourists visited Vietnam in the first half of the "
         "year.", R, [], [("tourism_sports", "tourists")]),
        ("The diplomat noted that direct flights now link Moscow with Nha Trang and Phu Quoc.", R,
         [("transport", "direct flights")]),
        ("According to him, Russian universities host about 7,000 Vietnamese students.", R,
         [("education", "universities")], [("education", "students")]),
    ]),
    # 9: the visiting official, Mr
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Bounthong Saysana received Vietnamese Minister of Agriculture and "
         "Environment Nguyễn Hữu Tài in Vientiane on June 2.", N, []),
        ("Mr Bounthong said Laos wants to learn from Việt Nam's experience in irrigation and rice "
         "farming.", L, [("economy", "rice farming")], [("economy", "irrigation")]),
        ("The visiting official said Việt Nam is ready to share high-yield seed varieties.", V, [],
         [("economy", "seed varieties")]),
        ("Tài also proposed joint research on climate change in the Mekong basin.", V,
         [("science_technology", "research")], [("environment", "climate change")]),
    ]),
    # 10: three people, pronouns across paragraphs
    ("VNA", "HÀ NỘI", [
        ("Chairman of the National Assembly Đỗ Văn Thành met with Chairman of the Russian State Duma "
         "Committee on International Affairs Leonid Grachev and Lao National Assembly Vice Chairwoman "
         "Souphaphone Inthavong on the sidelines of a forum.", N, []),
        ("Thành said the parliaments should supervise the implementation of trade agreements.", V,
         [("economy", "trade agreements")]),
        ("Grachev said the State Duma had ratified a treaty on legal assistance.", R, []),
        ("He said he hoped Vietnamese lawmakers would visit Moscow soon.", R, []),
        ("Souphaphone thanked Việt Nam for training Lao parliamentary staff.", L,
         [("education", "training")]),
        ("She said the Lao National Assembly will hold a seminar on digital transformation.", L,
         [("science_technology", "digital transformation")]),
    ]),
    # 11: role phrases naming no one who speaks (narrator)
    ("VNA", "HÀ NỘI", [
        ("A Russian trade delegation arrived in Hà Nội on Monday for a three-day visit.", N, [],
         [("economy", "trade")]),
        ("The visit of the Russian minister is the first of its kind since 2019.", N, []),
        ("The delegation is scheduled to tour an industrial park in Bắc Ninh.", N, [],
         [("economy", "industrial park")]),
        ("Trade between the two countries reached 7 billion USD last year, according to official data.",
         N, [("economy", "Trade")]),
    ]),
    # 12: TASS, the Lao guest, the host
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Viktor Lunin held talks with Lao Minister of Foreign Affairs "
         "Thongphet Xayavong in Moscow on Wednesday.", N, []),
        ("Lunin said Russia will continue to train Lao military personnel.", R,
         [("education", "train"), ("defence_security", "military personnel")]),
        ("The Lao guest thanked Moscow for its help in demining.", L, [], [("defence_security", "demining")]),
        ("Xayavong said Laos welcomes Russian investment in mining and power generation.", L,
         [("economy", "investment"), ("energy", "power generation")], [("economy", "mining")]),
        ("The host pointed out that the two countries will mark 65 years of diplomatic relations.", R, [],
         [("diplomacy", "diplomatic")]),
        ("The ministers agreed to hold regular consultations.", J, []),
    ]),
    # 13: the Vietnamese leader stressed; a TASS quotation
    ("TASS", "ST. PETERSBURG", [
        ("Vietnamese Prime Minister Phan Minh Đạt met with St. Petersburg Governor Aleksandr Belkin on "
         "the sidelines of the economic forum.", N, [],
         [("economy", "economic forum")]),
        ("Belkin said the city's shipyards are ready to build vessels for Vietnamese companies.", R,
         [], [("economy", "shipyards"), ("transport", "vessels")]),
        ("The Vietnamese leader stressed that Hanoi wants more Russian investment in seaports and "
         "high-tech industry.", V, [("economy", "investment"), ("transport", "seaports"),
                                      ("science_technology", "high-tech industry")]),
        ("\"We see great potential in education and science,\" Đạt said.", V,
         [("education", "education"), ("science_technology", "science")]),
    ]),
    # 14: three-sentence passage, short forms of a woman
    ("VNA", "HÀ NỘI", [
        ("Vice President Võ Thị Hương received Chinese Vice Minister of Commerce Liu Jianmin in Hà Nội "
         "on Friday.", N, []),
        ("Hương called on Chinese firms to invest in green energy and electric vehicles in Việt Nam.",
         V, [("economy", "invest"), ("energy", "green energy")],
         [("transport", "electric vehicles")]),
        ("The Chinese official said two-way trade reached 200 billion USD last year.", C,
         [("economy", "two-way trade")]),
        ("He said China will open its market wider to Vietnamese fruit.", C, [], [("economy", "market")]),
        ("The Vice President welcomed the move.", V, []),
    ]),
    # 15: the two leaders after two named people; both named
    ("Nhân Dân", "VIENTIANE", [
        ("General Secretary of the Lao People's Revolutionary Party Central Committee and President of "
         "Laos Thongdeng Phanthavong held talks with Vietnamese Party General Secretary Trần Văn Bình.",
         N, []),
        ("The two leaders agreed to deepen the special relationship between the two Parties.", J,
         [("party", "relationship between the two Parties")]),
        ("Thongdeng said the LPRP wants to learn from the CPV's experience in Party building.", L,
         [("party", "Party building")]),
        ("Bình affirmed that Việt Nam will always stand side by side with Laos.", V, []),
        ("Thongdeng and Bình also agreed to expand cooperation in education and human resources "
         "training.", J, [("education", "education and human resources training")]),
    ]),
    # 16: the Chinese diplomat, the top legislator, the Vietnamese side
    ("VNA", "HÀ NỘI", [
        ("National Assembly Chairman Đỗ Văn Thành received Chinese Ambassador to Việt Nam Wang Lixin on "
         "Monday.", N, []),
        ("Speaking at the meeting, the Chinese diplomat said Beijing values its ties with Hà Nội.", C, []),
        ("For his part, the top legislator asked China to import more Vietnamese farm produce.", V,
         [("economy", "farm produce")]),
        ("The Vietnamese side also proposed opening more border gates.", V, [], [("economy", "border gates")]),
    ]),
    # 17: thanking his host, the Lao President, the Vietnamese guest
    ("VNA", "VIENTIANE", [
        ("Lao President Thongdeng Phanthavong received Vietnamese Minister of Public Security Lê Quang Hòa "
         "on June 5.", N, []),
        ("Thanking his host for the warm welcome, Hòa said the two ministries would fight drug trafficking "
         "together.", V, [("defence_security", "drug trafficking")]),
        ("The Lao President said Laos highly values Việt Nam's help in training police officers.", L,
         [("education", "training")], [("defence_security", "police")]),
        ("The Vietnamese guest pledged to keep up that help.", V, []),
    ]),
    # 18: TASS, Ms, her Russian counterpart, the Russian lawmaker, the Speaker
    ("TASS", "MOSCOW", [
        ("Chairman of the State Duma Vyacheslav Orlov met with Vietnamese National Assembly Vice "
         "Chairwoman Nguyễn Thị Thu on Tuesday.", N, []),
        ("Ms Thu said Vietnamese lawmakers want to learn from Russia's experience in digital legislation.",
         V, [], [("science_technology", "digital")]),
        ("Her Russian counterpart said the Duma will set up a friendship group with Vietnam.", R, []),
        ("The Russian lawmaker added that trade should reach 20 billion dollars.", R, [("economy", "trade")]),
        ("The Speaker also noted that Russian universities train thousands of Vietnamese students.", R,
         [("education", "universities"), ("education", "train")], [("education", "students")]),
    ]),
    # 19: the Deputy PM, the governor, Mr, both sides
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Quốc Bảo received Governor of Russia's Primorsky Territory Andrei "
         "Zhuravlev in Hà Nội on August 11.", N, []),
        ("The Deputy PM said Việt Nam wants to increase seafood exports to the Russian Far East.", V, [],
         [("economy", "seafood exports")]),
        ("The governor said Vladivostok port is ready to handle more Vietnamese goods.", R,
         [("transport", "port")]),
        ("Mr Zhuravlev also proposed a direct flight between Vladivostok and Đà Nẵng.", R,
         [("transport", "direct flight")]),
        ("Both sides agreed to set up a working group.", J, []),
    ]),
    # 20: the head of the delegation, the Vietnamese minister, the Russian executive
    ("VNA", "HÀ NỘI", [
        ("Minister of Industry and Trade Nguyễn Hồng Sơn received a delegation of Russia's Gazprom Neft "
         "led by its Deputy CEO Maxim Belov.", N, []),
        ("The head of the delegation said the company wants to expand its oil and gas exploration in "
         "Việt Nam.", R, [("oil_gas", "oil and gas exploration")]),
        ("The Vietnamese minister said the ministry will support the company's projects.", V, []),
        ("The Russian executive thanked him.", R, []),
    ]),
    # 21: Nhân Dân, the Chinese guest, the Vice Minister, the Vietnamese Party official
    ("Nhân Dân", "HÀ NỘI", [
        ("Politburo member and Permanent Member of the Party Central Committee's Secretariat Lê Thanh Hải "
         "received a delegation of the Communist Party of China led by Liu Hongwei, Vice Minister of the "
         "CPC Central Committee's International Liaison Department.", N, []),
        ("Hải said the two Parties should strengthen exchanges on Party building.", V,
         [("party", "Party building")]),
        ("The Chinese guest said the CPC attaches importance to its relations with the CPV.", C,
         [("party", "relations with the CPV")]),
        ("The Vice Minister briefed his host on China's economic situation.", C, [],
         [("economy", "economic situation")]),
        ("The Vietnamese Party official welcomed the briefing.", V, []),
    ]),
    # 22: TASS, in his opinion, in turn, both deputy ministers
    ("TASS", "HANOI", [
        ("Vietnamese Deputy Foreign Minister Đỗ Hùng Việt met with Russian Deputy Foreign Minister Andrei "
         "Rudakov in Hanoi on Thursday.", N, []),
        ("Rudakov told reporters after the talks that the two countries will hold a strategic dialogue in "
         "October.", R, [], [("diplomacy", "strategic dialogue")]),
        ("In his opinion, cooperation in energy is developing well.", R, [("energy", "energy")]),
        ("The Vietnamese diplomat, in turn, said Hanoi is interested in Russian wheat.", V, [],
         [("economy", "wheat")]),
        ("Both deputy ministers expressed satisfaction with the results.", J, []),
    ]),
    # 23: role phrases naming no one who speaks; a ministry's word
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Phạm Minh Quang chaired a meeting on energy security on Friday.", N,
         [("energy", "energy security")]),
        ("The Russian minister's proposal on a new refinery was also discussed.", N,
         [("oil_gas", "refinery")]),
        ("The guest list included representatives of ten ministries.", N, []),
        ("The head of state is due to visit Moscow in May, the Ministry of Foreign Affairs said.", V, []),
    ]),
    # 24: the ambassador and the minister, according to the Russian official, the Vietnamese envoy
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Đặng Hữu Phong paid a courtesy call on Russian Minister of "
         "Education Sergei Kravtsin.", N, []),
        ("The ambassador thanked the minister for the scholarships granted to Vietnamese students.", V,
         [("education", "scholarships")], [("education", "students")]),
        ("The minister said Russia will raise the quota to 1,500 places.", R, []),
        ("According to the Russian official, Vietnamese students perform well.", R, [],
         [("education", "students")]),
        ("The Vietnamese envoy said the embassy will help promote Russian education in Việt Nam.", V,
         [("education", "education")]),
    ]),
]
