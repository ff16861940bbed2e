"""Probe 38p2: sides of regional and local officials and bodies of Việt Nam, Russia, China and Laos,
named by the place alone (VNA, VNS, Nhân Dân, TASS, Xinhua and KPL shapes; invented people and events).

Governors, vice governors, mayors, Party secretaries of provinces and cities, people's committees,
regional governments, provincial departments and delegations ("Champasak Vice Governor X", "the Guangxi
Department of Commerce", "Primorye Governor X", "the Khánh Hòa People's Committee", "Ulyanovsk region's
head X", "the Novosibirsk delegation", "the city's mayor", "the regional government said", "the
provincial leader"), in copy that names the two countries in its first sentence and in copy that names
no country after the dateline; places spelt with and without Vietnamese marks; later short forms ("the
governor", "the Lao official").

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("A delegation of Laos's Champasak province led by Vice Governor Bounthavy Sisouk paid a working "
         "visit to Quảng Nam province of Việt Nam on May 12.", N, []),
        ("Champasak Vice Governor Bounthavy Sisouk said the two provinces should expand cooperation in "
         "agriculture and tourism.", L, [("economy", "agriculture"), ("tourism_sports", "tourism")]),
        ("Chairman of the Quảng Nam People's Committee Lê Văn Dũng said the province will offer more "
         "scholarships to Champasak students.", V, [("education", "scholarships")],
         [("education", "students")]),
        ("The Lao official thanked the Quảng Nam People's Committee for its support in health care.", L,
         [("health", "health care")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Deputy Governor of Xiengkhouang Province Somphet Keomany received a delegation from Nghệ An led "
         "by Vice Chairman of the provincial People's Committee Hoàng Minh Đức on June 3.", N, []),
        ("Somphet said Xiengkhouang wants to attract more investment from Nghệ An.", L,
         [("economy", "investment")]),
        ("Đức said Nghệ An will continue cooperation in vocational training and health care with the "
         "neighbouring province.", V, [("education", "vocational training"), ("health", "health care")]),
        ("The deputy governor thanked Nghệ An for its help in education.", L,
         [("education", "education")]),
    ]),
    ("Xinhua", "NANNING", [
        ("The Guangxi Department of Commerce said on Monday that trade between Guangxi and Vietnamese "
         "provinces rose 12 percent in the first half of the year.", C, [("economy", "trade")]),
        ("Deputy director of the department Wei Lin said the region will open more lanes for fruit "
         "trucks at the Youyiguan border gate.", C, [], [("economy", "border gate")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Primorye Governor Oleg Malyshev met Vietnamese Consul General in Vladivostok Nguyen Thanh Hai "
         "on Tuesday.", N, []),
        ("The governor said the region wants to open a direct shipping line to Haiphong and develop "
         "tourism.", R, [("transport", "shipping line"), ("tourism_sports", "tourism")]),
        ("Hai said Vietnamese businesses are interested in the Free Port of Vladivostok.", V, [],
         [("economy", "businesses")]),
        ("According to the governor, the number of Vietnamese tourists visiting Primorye doubled last "
         "year.", R, [("tourism_sports", "tourists")]),
    ]),
    ("VNA", "KHANH HOA", [
        ("The Khánh Hòa People's Committee on April 8 hosted a reception for a delegation from Russia's "
         "Novosibirsk region led by Deputy Governor Ivan Sergeyev.", N, []),
        ("Vice Chairman of the provincial People's Committee Trần Hòa Nam said Khánh Hòa welcomed more "
         "than 400,000 Russian holidaymakers last year.", V, [("tourism_sports", "holidaymakers")]),
        ("The Novosibirsk delegation said the region wants to launch charter flights to Cam Ranh.", R,
         [("transport", "charter flights")]),
        ("Sergeyev proposed that the two sides cooperate in medical tourism and education.", R,
         [("tourism_sports", "medical tourism"), ("education", "education")]),
        ("The Khánh Hòa People's Committee said it will help Russian investors build resorts in the "
         "province.", V, [("economy", "investors")],
         [("tourism_sports", "resorts")]),
    ]),
    ("TASS", "ULYANOVSK", [
        ("Ulyanovsk region's head Alexei Russkikh held talks with a delegation from Vietnam's Vinh Phuc "
         "province on Thursday.", N, []),
        ("Russkikh said the region's universities are ready to admit more Vietnamese students.", R,
         [("education", "students")], [("education", "universities")]),
        ("The Vietnamese guests said Vinh Phuc is interested in cooperation in pharmaceuticals and "
         "agriculture.", V, [("health", "pharmaceuticals"), ("economy", "agriculture")]),
        ("The two sides signed a memorandum on trade cooperation, the regional government said.", R,
         [("economy", "trade")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Trần Lưu Quang received a delegation of the Yunnan provincial government "
         "led by Vice Governor Li Hua in Hà Nội on October 2.", N, []),
        ("Quang said Việt Nam wants to speed up the standard-gauge railway linking Lào Cai and Hà Nội.",
         V, [("transport", "railway")]),
        ("The Yunnan provincial government wants to work with the northern provinces on cross-border "
         "e-commerce, Li said.", C, [("economy", "e-commerce")]),
        ("The Chinese official also proposed more flights between Kunming and Hà Nội.", C,
         [("transport", "flights")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Secretary of the Lạng Sơn Party Committee Hoàng Văn Nghiệm held talks with Secretary of the "
         "Chongzuo Municipal Party Committee of China Liu Hong on September 20.", N, []),
        ("Nghiệm said the two localities should step up exchanges on Party building and cadre training.",
         V, [("people", "localities"), ("party", "Party building and cadre training")]),
        ("Liu said Chongzuo will facilitate the import of Vietnamese farm produce.", C,
         [("economy", "farm produce")], [("economy", "import")]),
        ("The two secretaries agreed to expand trade and people-to-people exchanges between the two "
         "cities.", J, [("economy", "trade"), ("people", "people-to-people exchanges")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Champasak Vice Governor Viengthong Phommachanh received Consul General Tran Van Hai in Pakse "
         "on Monday.", N, []),
        ("Viengthong said the province wants to attract investment in hydropower.", L,
         [("economy", "investment"), ("energy", "hydropower")]),
        ("The consul general said the consulate would help Champasak promote trade with the Central "
         "Highlands provinces.", V, [("economy", "trade")]),
    ]),
    ("VNS", "HCM CITY", [
        ("Vice Chairman of the HCM City People's Committee Võ Văn Hoan received Mayor of Yekaterinburg "
         "Alexei Orlov on Friday.", N, []),
        ("The city's mayor said Yekaterinburg is keen to cooperate with HCM City in education and "
         "culture.", R, [("education", "education"), ("culture", "culture")]),
        ("Hoan said HCM City wants more direct flights to Russian cities.", V,
         [("transport", "direct flights")]),
    ]),
    ("TASS", "YEKATERINBURG", [
        ("The government of the Sverdlovsk region and the Vietnamese province of Bình Dương signed an "
         "agreement on trade and economic cooperation on Wednesday.", N,
         [("economy", "trade and economic")]),
        ("The agreement covers logistics and the training of specialists, the regional government "
         "said.", R, [("transport", "logistics"), ("education", "training of specialists")]),
        ("The Bình Dương delegation said the province wants to attract Russian investment in its "
         "industrial parks.", V, [("economy", "investment")], [("economy", "industrial parks")]),
    ]),
    ("VNA", "DIEN BIEN", [
        ("Secretary of the Điện Biên provincial Party Committee Trần Quốc Cường received a delegation from "
         "Laos's Luang Prabang province led by Vice Governor Khamphanh Sengdara on July 4.", N, []),
        ("The provincial leader said Điện Biên and Luang Prabang should develop a joint tourism route.",
         V, [("tourism_sports", "tourism route")]),
        ("Khamphanh said Luang Prabang hopes to learn from Điện Biên's experience in agricultural "
         "production.", L, [("economy", "agricultural production")]),
    ]),
    ("Xinhua", "KUNMING", [
        ("The Yunnan provincial government and Laos's Luang Namtha province on Thursday signed an "
         "agreement on cross-border tourism.", N, [("tourism_sports", "tourism")]),
        ("Luang Namtha Governor Phetsamone Khamvongsa said the number of Chinese tourists visiting the "
         "province doubled last year.", L, [("tourism_sports", "tourists")]),
        ("The governor said the province will simplify entry procedures for tour groups.", L,
         [("tourism_sports", "tour groups")]),
    ]),
    ("TASS", "VIENTIANE", [
        ("Irkutsk Region Governor Igor Kobzev met Lao Deputy Prime Minister Saleumxay Kommasith in "
         "Vientiane on Tuesday.", N, []),
        ("The Irkutsk governor said the region is ready to train more Lao students.", R,
         [("education", "train"), ("education", "students")]),
        ("Saleumxay said Laos welcomes investment from the Siberian region in agriculture.", L,
         [("economy", "investment"), ("economy", "agriculture")]),
    ]),
    ("VNA", "LANG SON", [
        ("Vice Chairman of the Lang Son People's Committee Luong Trong Quynh held talks with Director of "
         "the Department of Commerce of China's Guangxi Zhuang Autonomous Region Huang Wei on November "
         "5.", N, []),
        ("Quynh said Lang Son wants to speed up customs clearance at its border gates.", V, [],
         [("economy", "border gates")]),
        ("The Guangxi Department of Commerce will work with Lang Son to build a cross-border e-commerce "
         "zone, Huang said.", C, [("economy", "e-commerce")]),
        ("The Chinese official said two-way trade through the province reached 5 billion USD last "
         "year.", C, [("economy", "two-way trade")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Secretary of the Savannakhet provincial Party Committee and Governor Santiphap Phomvihane "
         "received a delegation of the Quảng Trị provincial Party Committee on March 7.", N, []),
        ("Santiphap said the two provincial Party committees should enhance exchanges of experience in "
         "Party building.", L, [("party", "Party building")]),
        ("Head of the Quảng Trị delegation Lê Quang Tùng said the province will help Savannakhet train "
         "cadres.", V, [("party", "train cadres")]),
        ("The Lao official also asked Quảng Trị to share experience in developing the border economic "
         "zone.", L, [], [("economy", "economic zone")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Ambassador Đặng Minh Khôi on Thursday met Governor of the Kaluga region Vladislav Shapsha.", N,
         []),
        ("Shapsha said the region is ready to cooperate in pharmaceuticals.", R,
         [("health", "pharmaceuticals")]),
        ("Khôi said the embassy will help Kaluga businesses find partners in Bình Dương and Đồng Nai.",
         V, [], [("economy", "businesses")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Deputy Mayor of Vientiane Anouphap Tounalom received a delegation of the Hà Nội People's "
         "Council on August 15.", N, []),
        ("Anouphap said the capital wants to learn from Hà Nội's experience in waste treatment.", L,
         [("environment", "waste treatment")]),
        ("Vice Chairwoman of the Hà Nội People's Council Phùng Thị Hồng Hà said the city will keep "
         "offering scholarships to Vientiane students.", V, [("education", "scholarships")],
         [("education", "students")]),
        ("The Lao official thanked Hà Nội for its support.", L, []),
    ]),
    ("Xinhua", "HARBIN", [
        ("Heilongjiang Vice Governor Wang Yong on Monday met a delegation from Russia's Amur region led "
         "by Deputy Governor Pavel Ivanov.", N, []),
        ("Wang said the province will work with Amur to raise cross-border freight over the "
         "Blagoveshchensk-Heihe bridge.", C, [("transport", "freight")], [("transport", "bridge")]),
        ("Ivanov said the Amur region hopes to sell more electricity to the Chinese province.", R,
         [("energy", "electricity")]),
    ]),
    ("VNA", "HA TINH", [
        ("Governor of Bolikhamxay province Khamphan Phommathat said on May 20 that his province wants to "
         "buy more electricity from Hà Tĩnh.", L, [("energy", "electricity")]),
        ("The governor made the remarks at a meeting with Chairman of the Hà Tĩnh People's Committee Võ "
         "Trọng Hải.", N, []),
        ("Hải said Hà Tĩnh would support the neighbouring province in building roads to the border.", V,
         [("transport", "roads")]),
    ]),
    ("VNA", "NHA TRANG", [
        ("The Khanh Hoa People's Committee said on Tuesday that the province received 120,000 Russian "
         "tourists in the first quarter.", V, [("tourism_sports", "tourists")]),
        ("The province is working with airlines to open new routes from Novosibirsk and Irkutsk, the "
         "committee said.", V, [("transport", "routes")], [("transport", "airlines")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Novosibirsk Region Governor Andrei Travnikov said on Friday that the region will send a trade "
         "mission to Vietnam in the autumn.", R, [("economy", "trade mission")]),
        ("The regional government said the mission will focus on food exports and logistics.", R,
         [("transport", "logistics")], [("economy", "exports")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Quang Ninh People's Committee Cao Tuong Huy met Vice Governor of Guangdong "
         "Zhang Xin on Monday.", N, []),
        ("Huy said Quang Ninh hopes to attract investment in seaports and logistics.", V,
         [("economy", "investment"), ("transport", "seaports and logistics")]),
        ("The Guangdong official said the province's firms are keen to invest in Quang Ninh's industrial "
         "parks.", C, [("economy", "invest")], [("economy", "industrial parks")]),
    ]),
]
