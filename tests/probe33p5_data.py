"""Probe 33p5: who speaks later in a report: short forms, roles and reported speech (invented people and events).

Each passage is a list of sentences; each sentence is ``(text, side, mentions)`` where ``side`` is the
side of whoever voices the sentence by the annotation guidelines (``data/evaluation/README.md``) and
``mentions`` the ``(sector, surface)`` rows the guidelines give. Written for the probe, copied from
nothing. A sentence may carry a fourth item: optional rows (neither right nor wrong when found).
"""

from __future__ import annotations

V, R, J, N = "vietnam", "russia", "joint", "narrator"
L, C = "laos", "china"

PASSAGES = [
    [
        ("Deputy Prime Minister Trần Văn Bình received Russian Deputy Minister of Transport Igor Lebedkin "
         "in Hà Nội on Tuesday.", N, []),
        ("Bình said Việt Nam wants to open more direct flights between the two countries.",
         V, [("transport", "direct flights")]),
        ("The Russian minister said his ministry is ready to help train Vietnamese railway engineers.",
         R, [("transport", "railway engineers"), ("education", "train")]),
        ("According to him, two Russian firms are studying the North-South railway.",
         R, [("transport", "North-South railway")]),
    ],
    [
        ("Party official Nguyễn Thị Lan met with a delegation of the Communist Party of the Russian "
         "Federation led by Sergei Volkov.", N, []),
        ("Lan briefed the guests on the outcomes of the Party Congress.", V, [], [("party", "Party Congress")]),
        ("For his part, Volkov praised the achievements of Việt Nam's Doi moi (Renewal) process.",
         R, []),
        ("In his words, the CPRF attaches importance to exchanges of theoretical experience.",
         R, [("party", "exchanges of theoretical experience")]),
    ],
    [
        ("President Lương Minh Hải held talks with Lao President Thongsing Phouvong in Vientiane.", N, []),
        ("Mr Phouvong thanked Việt Nam for its support in training Lao officials.",
         L, [("party", "training Lao officials")]),
        ("The Lao leader said the two countries should complete the Vientiane-Hà Nội expressway.",
         L, [("transport", "expressway")]),
        ("The Vietnamese State leader, for his part, suggested the two sides boost trade.",
         V, [("economy", "trade")]),
    ],
    [
        ("Chinese Ambassador Wang Jian paid a courtesy call on Hà Nội Party Secretary Đỗ Văn Minh.", N, []),
        ("Wang said China is ready to share experience in urban railway development.",
         C, [("transport", "urban railway")]),
        ("Minh asked the envoy to help Hà Nội attract Chinese investment in green energy.",
         V, [("economy", "investment"), ("energy", "green energy")]),
        ("The envoy pledged to work as a bridge between localities of the two countries.", C, [], [("people", "localities")]),
    ],
    [
        ("Russian Foreign Minister Pavel Orlov held phone talks with his Vietnamese counterpart Bùi Thanh "
         "Hà.", N, []),
        ("The Russian minister underlined that Moscow values its comprehensive strategic partnership "
         "with Hà Nội.", R, []),
        ("Hà, in turn, expressed his belief that bilateral trade would reach 10 billion USD.",
         V, [("economy", "bilateral trade")]),
    ],
    [
        ("President Vladimir Morozov met with National Assembly Chairman Phạm Quang Huy at the Kremlin.",
         N, []),
        ("The Kremlin leader described Việt Nam as a reliable friend of Russia.", R, []),
        ("Huy held that parliamentary cooperation is an important pillar of the relationship.",
         V, [("diplomacy", "parliamentary cooperation")]),
        ("The head of state also noted growing interest of Russian tourists in Vietnamese resorts.",
         R, [("tourism_sports", "Russian tourists")]),
    ],
    [
        ("Minister of Education Lê Thu Trang hosted Lao Minister of Education Vongsay Khamphoui.", N, []),
        ("The host said Vietnamese universities will receive 500 more Lao students this year.",
         V, [("education", "Vietnamese universities"), ("education", "Lao students")]),
        ("The guest thanked Việt Nam for the scholarships.", L, [("education", "scholarships")]),
        ("\"Our students return home ready to serve the country,\" Vongsay said.", L, [], [("education", "students")]),
    ],
    [
        ("Deputy Foreign Minister Hoàng Anh Dũng received Chinese Vice Foreign Minister Liu Wei.", N, []),
        ("Liu expressed his wish to step up cooperation in agriculture and border trade.",
         C, [("economy", "border trade")], [("economy", "agriculture")]),
        ("In Dũng's view, the two sides should settle disagreements at sea by peaceful means.", V, []),
        ("He also proposed more flights between Vietnamese and Chinese cities.", V, [("transport", "flights")]),
    ],
    [
        ("Russian Energy Minister Nikolai Fedotov met with Vietnamese Minister of Industry and Trade "
         "Nguyễn Hồng Phúc in Moscow.", N, []),
        ("Phúc's view that the two countries should jointly explore oil and gas fields was welcomed by "
         "the Russian side.", R, [("oil_gas", "oil and gas fields")]),
        ("Fedotov said Russian companies are ready to supply LNG to Việt Nam.", R, [("oil_gas", "LNG")]),
    ],
    [
        ("General Secretary Tô Lâm received a Chinese delegation led by Li Hong, head of the CPC's "
         "International Liaison Department.", N, []),
        ("The Party chief said Việt Nam values its relations with China.", V, []),
        ("Li conveyed greetings from the Chinese leaders.", C, []),
        ("The Party official said the CPC wants to deepen exchanges of experience in Party building.",
         C, [("party", "Party building")]),
    ],
    [
        ("Lao Deputy Prime Minister Sonexay Vilavong received Vietnamese Ambassador Nguyễn Bá Hùng in "
         "Vientiane.", N, []),
        ("Sonexay said Laos wants Vietnamese investors to build more hydropower plants.",
         L, [("energy", "hydropower plants")], [("economy", "investors")]),
        ("The ambassador pledged to promote Vietnamese investment in Laos.", V, [("economy", "investment")]),
    ],
    [
        ("Russian Deputy Prime Minister Andrei Belov co-chaired the intergovernmental commission meeting "
         "with Deputy Prime Minister Nguyễn Chí Thanh.", N, []),
        ("Thanh said the two sides signed eight agreements in trade, energy and education.",
         V, [("economy", "trade"), ("energy", "energy"), ("education", "education")]),
        ("Belov, for his part, noted that payments in national currencies are growing.",
         R, [("economy", "payments in national currencies")]),
        ("He said Russia is ready to train more Vietnamese specialists in nuclear power.",
         R, [("nuclear", "nuclear power"), ("education", "train")]),
    ],
    [
        ("Vietnamese Ambassador Đặng Minh Khôi met with Governor of the Primorsky Territory Oleg "
         "Kuznetsov.", N, []),
        ("The governor said Vladivostok wants to expand sea links with Hải Phòng.",
         R, [("transport", "sea links")]),
        ("\"Our port is open to Vietnamese goods,\" the governor said.", R, [], [("transport", "port")]),
        ("Khôi described the Far East as a promising destination for Vietnamese businesses.",
         V, [("economy", "Vietnamese businesses")]),
    ],
    [
        ("Vice President Võ Thị Ngọc met with Chinese Vice President Zhao Ming on the sidelines of the "
         "forum.", N, []),
        ("According to Zhao, China is Việt Nam's largest trading partner.", C, [("economy", "trading partner")]),
        ("Ngọc said the two sides should raise the quality of investment projects.",
         V, [("economy", "investment projects")]),
    ],
    [
        ("Russian Ambassador Yuri Sokolov presented his credentials to President Lương Minh Hải.", N, []),
        ("President Hải asked the ambassador to help boost cooperation in education and training.",
         V, [("education", "education and training")]),
        ("Sokolov said he would do his best to develop the friendship between the two peoples.",
         R, []),
    ],
    [
        ("Minister of Public Security Lương Tam Quang held talks with Lao Minister of Public Security "
         "Khamsay Sengdara.", N, []),
        ("The Lao minister thanked Việt Nam for helping train Lao police officers.",
         L, [("education", "train")], [("defence_security", "police officers")]),
        ("Quang said the two ministries should jointly fight drug trafficking across the border.",
         V, [("defence_security", "drug trafficking")]),
    ],
    [
        ("Deputy Prime Minister Trần Hồng Nam received Gazprom Deputy Chairman Viktor Zubkov.", N, []),
        ("Nam said PetroVietnam and Gazprom should expand joint exploration on the continental shelf.",
         V, [("oil_gas", "joint exploration on the continental shelf")]),
        ("The guest said Gazprom is ready to take part in new gas projects in Việt Nam.",
         R, [("oil_gas", "gas projects")]),
    ],
    [
        ("Chinese Minister of Commerce Sun Lei met with Vietnamese Minister of Agriculture Đinh Văn "
         "Thắng.", N, []),
        ("Sun said China will open its market wider to Vietnamese fruit.", C, [("economy", "market")]),
        ("Thắng expressed his hope that customs clearance at border gates would be faster.",
         V, []),
    ],
    [
        ("Russian Deputy Foreign Minister Andrei Rudakov received Vietnamese Ambassador Đặng Minh Khôi.",
         N, []),
        ("Rudakov said the two sides will prepare for a high-level visit.", R, [], [("diplomacy", "high-level visit")]),
        ("In the ambassador's words, Việt Nam hopes to open a centre for Russian language studies in "
         "Hà Nội.", V, [], [("education", "Russian language studies"), ("culture", "centre")]),
    ],
    [
        ("Lao Prime Minister Sonexay Siphandone received Vietnamese Minister of Health Đào Hồng Lan.", N, []),
        ("The Lao PM said Laos wants more Vietnamese doctors to work at its provincial hospitals.",
         L, [("health", "provincial hospitals")], [("health", "Vietnamese doctors")]),
        ("The Vietnamese minister pledged to train 200 Lao health workers.",
         V, [("education", "train"), ("health", "health workers")]),
    ],
    [
        ("Secretary of the Russian Security Council Sergei Panin met with Minister of National Defence "
         "Phan Văn Giang.", N, []),
        ("Panin said Russia and Việt Nam share views on many international issues.", R, [("diplomacy", "international issues")]),
        ("General Giang said the two armies should strengthen cooperation in military training.",
         V, [("defence_security", "military training")], [("education", "training")]),
    ],
    [
        ("Chinese Premier Wu Dong met with Prime Minister Phạm Minh Chính in Tianjin.", N, []),
        ("Wu said the two countries should speed up standard-gauge railway projects.",
         C, [("transport", "standard-gauge railway projects")]),
        ("PM Chính asked the Chinese side to import more Vietnamese farm products.",
         V, [], [("economy", "import"), ("economy", "farm products")]),
        ("The Chinese Premier agreed, saying China values Vietnamese agricultural products.", C, [], [("economy", "agricultural products")]),
    ],
    [
        ("Minister of Culture Nguyễn Văn Hùng met Russian Minister of Culture Olga Lyubimova.", N, []),
        ("Lyubimova said Russia would hold Russian Culture Days in Việt Nam next year.",
         R, [("culture", "Russian Culture Days")]),
        ("The Vietnamese minister proposed that the two sides promote tourism.",
         V, [("tourism_sports", "tourism")]),
    ],
]

# The copy's agency and dateline by passage (the corpus table's metadata; VNA from Hà Nội unless listed)
AGENCIES = {5: ("TASS", "MOSCOW"), 8: ("TASS", "MOSCOW"), 12: ("TASS", "VLADIVOSTOK"), 18: ("TASS", "MOSCOW"),
            2: ("VNA", "VIENTIANE"), 10: ("VNA", "VIENTIANE")}
