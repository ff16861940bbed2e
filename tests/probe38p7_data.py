"""Probe 38p7: background, figures and closing paragraphs of VNA, VNS, Nhân Dân and TASS copy (invented
people and events).

The paragraphs real agency copy ends with: bilateral trade and investment figures and rankings ("Two-way
trade reached ...", "Russia ranks 26th among foreign investors ...", "according to the General
Department of Customs"), history ("The two countries established diplomatic relations on ...", "The
Comprehensive Strategic Partnership was set up in ..."), earlier and later events ("Earlier, the
delegation visited ...", "On the same day, ...", "During the visit, the delegation is scheduled to
..."), attendance and signings ("The two sides signed a memorandum of understanding on ...", "Attending
the event were ..."), datelines and credits ("– VNA", "/TASS/"), and paragraphs after a named speaker's
last words where the narrator takes over again (figures right after "he said").

Decided by the guidelines (``data/evaluation/README.md``): background fields count and are the
narrator's; figures and rankings of partners count ("two-way trade", "investors", "trading partner");
figures "according to" customs or statistics data stay the narrator's, figures "according to" a named
Vietnamese body ("the General Department of Customs") are that body's side (tuned parts: 13 vietnam, 9
narrator); "..., during which he/the two sides ..." after talks held is the narrator's (8 of 10); relationship labels ("the
Comprehensive Strategic Partnership", "relations between the two countries") do not count, "diplomatic
relations" is optional (tuned parts: 32 optional rows, none required); sector words inside names of
bodies and titles do not count; people and programme items of one event are optional.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence and ``mentions`` the ``(sector, surface)`` rows the
guidelines give. A sentence may carry a fourth item: optional rows. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0 figures right after "he said"
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Deputy Prime Minister Lê Quang Thịnh received Russian Deputy Minister of "
         "Economic Development Pavel Zorin in Hà Nội on April 8.", N, []),
        ("Thịnh asked the Russian side to create favourable conditions for Vietnamese farm produce to "
         "enter the Russian market, he said.", V, [("economy", "farm produce")],
         [("economy", "Russian market")]),
        ("Two-way trade reached 5.2 billion USD in 2024, up 10 percent year-on-year, according to the "
         "General Department of Customs.", V, [("economy", "Two-way trade")]),
        ("Russia ranks 26th among foreign investors in Việt Nam with 200 projects worth nearly 1 "
         "billion USD.", N, [("economy", "investors")]),
        ("– VNA", N, []),
    ]),
    # 1 history and the partnership as background
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Vice President Đặng Thị Hoa hosted a reception for Russian Ambassador Oleg "
         "Belyaev on January 28 on the occasion of the Lunar New Year.", N, []),
        ("Hoa said Việt Nam wants to expand cooperation with Russia in education, science and "
         "technology.", V, [("education", "education"), ("science_technology", "science and technology")]),
        ("Belyaev pledged to do his best to promote energy and oil and gas projects between the two "
         "countries.", R, [("energy", "energy"), ("oil_gas", "oil and gas")]),
        ("The two countries established diplomatic relations on January 30, 1950.", N, [],
         [("diplomacy", "diplomatic relations")]),
        ("The Comprehensive Strategic Partnership was set up in 2012.", N, []),
    ]),
    # 2 earlier, on the same day
    ("VNA", "MOSCOW", [
        ("Moscow (VNA) – Chairman of the Vietnam Fatherland Front Central Committee Trần Văn Phúc met "
         "with Chairman of the Russian State Duma Committee on International Affairs Viktor Lebedev in "
         "Moscow on June 3.", N, []),
        ("Phúc suggested that the two sides step up people-to-people exchanges and cooperation between "
         "localities.", V, [("people", "people-to-people exchanges"), ("people", "localities")]),
        ("Earlier, the delegation visited the Vietnamese Embassy in Russia and met with the Vietnamese "
         "community in Moscow.", N, [], [("people", "Vietnamese community in Moscow")]),
        ("On the same day, Phúc laid a wreath at the monument to Hồ Chí Minh in Moscow.", N, []),
    ]),
    # 3 during the visit, scheduled
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI — Lao Deputy Prime Minister Bounkham Sisavath arrived in Hà Nội on Tuesday for a "
         "three-day official visit to Việt Nam.", N, []),
        ("During the visit, Bounkham is scheduled to co-chair a meeting on cooperation in transport and "
         "energy with his Vietnamese counterpart.", N, [("transport", "transport"), ("energy", "energy")]),
        ("He will also visit a hydropower plant in Hòa Bình province and attend a business forum.", N,
         [("energy", "hydropower")], [("economy", "business forum")]),
    ]),
    # 4 signings at the end
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Vietnamese Minister of Education and Training Nguyễn Hữu Tài held talks with "
         "Lao Minister of Education and Sports Souksavanh Phommachanh in Vientiane on May 20.", N, []),
        ("Tài said Việt Nam will grant 1,000 scholarships to Lao students this year.", V,
         [("education", "scholarships")], [("education", "students")]),
        ("After the talks, the two sides signed a memorandum of understanding on cooperation in "
         "vocational training for the 2025–2030 period.", N, [("education", "vocational training")]),
        ("Attending the event were Vietnamese Ambassador to Laos Phạm Minh Khôi and officials of the two "
         "ministries.", N, []),
        ("– VNA", N, []),
    ]),
    # 5 TASS: dateline, figures after quote
    ("TASS", "MOSCOW", [
        ("MOSCOW, March 12.", N, []),
        ("/TASS/.", N, []),
        ("Russia and Vietnam will expand cooperation in nuclear energy and "
         "the training of specialists for the sector, Deputy Energy Minister Igor Sedov told TASS.", R,
         [("nuclear", "nuclear energy"), ("education", "training of specialists")]),
        ("\"We have agreed to set up a joint working group on the matter,\" he said.", R, []),
        ("Trade turnover between Russia and Vietnam grew by 12% in 2024 to $5.8 billion, according to "
         "Russian customs data.", N, [("economy", "Trade turnover")]),
        ("Vietnam is Russia's largest trading partner in Southeast Asia.", N,
         [("economy", "trading partner")]),
    ]),
    # 6 TASS: history of the partnership
    ("TASS", "HANOI", [
        ("HANOI, September 2.", N, []),
        ("/TASS/.", N, []),
        ("Vietnamese Prime Minister Pham Van Khang will attend the Eastern "
         "Economic Forum in Vladivostok, the government's press office said on Monday.", V, []),
        ("Khang is expected to hold talks with Russian officials on energy, logistics and agriculture, "
         "the press office said.", V,
         [("energy", "energy"), ("transport", "logistics"), ("economy", "agriculture")]),
        ("Russia and Vietnam established diplomatic relations in 1950.", N, [],
         [("diplomacy", "diplomatic relations")]),
        ("In 2012, the two countries upgraded their ties to a comprehensive strategic partnership.", N, []),
    ]),
    # 7 Nhân Dân: FDI ranking and investors
    ("Nhân Dân", "HÀ NỘI", [
        ("Minister of Planning and Investment Trần Đức Vinh received a delegation of Russian "
         "businesses led by Sergei Kurakin, Vice President of the Russian Chamber of Commerce, on "
         "Wednesday.", N, [], [("economy", "businesses")]),
        ("Vinh welcomed Russian investors to Việt Nam, especially in energy, infrastructure and "
         "high technology.", V,
         [("economy", "investors"), ("energy", "energy"), ("transport", "infrastructure"),
          ("science_technology", "high technology")]),
        ("Kurakin said Russian companies are interested in the automobile and pharmaceutical "
         "industries.", R, [("health", "pharmaceutical")], [("economy", "automobile")]),
        ("As of the end of March, Russia had 210 valid investment projects in Việt Nam with total "
         "registered capital of 990 million USD.", N, [("economy", "investment")],
         [("economy", "registered capital")]),
        ("Việt Nam has 30 projects in Russia worth nearly 3 billion USD, mainly in oil and gas and "
         "agriculture.", N, [("oil_gas", "oil and gas"), ("economy", "agriculture")]),
    ]),
    # 8 tourism figures as closing
    ("VNA", "NHA TRANG", [
        ("Nha Trang (VNA) – Khánh Hòa province welcomed the first charter flight of the year from "
         "Novosibirsk on January 5, carrying more than 200 Russian tourists.", N,
         [("transport", "charter flight"), ("tourism_sports", "tourists")]),
        ("Vice Chairman of the provincial People's Committee Lê Văn Hải said the province hopes to "
         "receive 300,000 Russian visitors this year.", V, [("tourism_sports", "visitors")]),
        ("Last year, Khánh Hòa welcomed about 250,000 Russian holidaymakers, up 40 percent from the "
         "previous year.", N, [("tourism_sports", "holidaymakers")]),
        ("Russia is currently the province's second largest source of foreign tourists after the "
         "Republic of Korea.", N, [("tourism_sports", "tourists")]),
    ]),
    # 9 "he said" then narrator background of one project
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI — Việt Nam and Russia will speed up the construction of a centre for nuclear science "
         "and technology, Deputy Minister of Science and Technology Lê Xuân Định said on Thursday.", V,
         [("nuclear", "nuclear science and technology")], [("science_technology", "technology")]),
        ("The centre will help train nuclear engineers for the country, he said.", V,
         [("nuclear", "nuclear"), ("education", "train")]),
        ("The project was agreed by the two governments in 2019.", N, []),
        ("It includes a research reactor with a capacity of 10 megawatts.", N,
         [("nuclear", "research reactor")]),
    ]),
    # 10 Laos: trade and investment background
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Lao Prime Minister Sonexay Phommavong received Vietnamese Minister of "
         "Industry and Trade Nguyễn Hồng Sơn in Vientiane on July 14.", N, []),
        ("Sonexay asked the two ministries to work together to raise two-way trade to 5 billion USD.", L,
         [("economy", "two-way trade")]),
        ("Sơn informed the host that the two sides will soon open more border markets.", V, [],
         [("economy", "border markets")]),
        ("Việt Nam is now the third largest foreign investor in Laos, with 250 projects worth 5.5 "
         "billion USD.", N, [("economy", "investor")]),
        ("Bilateral trade reached 1.9 billion USD in 2024.", N, [("economy", "Bilateral trade")]),
    ]),
    # 11 attendance list with titles
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – The Vietnam–Russia Friendship Association held a ceremony in Hà Nội on "
         "November 7 to mark the anniversary of the October Revolution.", N, []),
        ("Attending the event were Chairman of the Vietnam Union of Friendship Organisations Phan Anh "
         "Tuấn, Deputy Minister of Culture, Sports and Tourism Hoàng Đạo Cương and Russian Deputy "
         "Ambassador Andrei Bykov.", N, []),
        ("Tuấn said the association will organise more cultural exchanges and Russian language "
         "classes.", V, [("culture", "cultural exchanges"), ("education", "classes")],
         [("culture", "Russian language")]),
        ("The ceremony closed with a performance of Russian and Vietnamese songs.", N, [],
         [("culture", "performance"), ("culture", "songs")]),
        ("– VNA", N, []),
    ]),
    # 12 China: figures according to statistics office
    ("VNA", "BEIJING", [
        ("Beijing (VNA) – Vietnamese Ambassador to China Hoàng Minh Trí met with Vice Governor of "
         "Yunnan province Li Wenhua in Kunming on August 6.", N, []),
        ("Li said Yunnan wants to step up cooperation with Vietnamese localities in agriculture and "
         "logistics.", C,
         [("people", "localities"), ("economy", "agriculture"), ("transport", "logistics")]),
        ("Trade between Việt Nam and Yunnan reached 6 billion USD last year, according to the "
         "provincial statistics office.", N, [("economy", "Trade")]),
        ("China has been Việt Nam's largest trading partner for 20 consecutive years.", N,
         [("economy", "trading partner")]),
    ]),
    # 13 TASS end: the Kremlin said, then background
    ("TASS", "MOSCOW", [
        ("MOSCOW, June 18.", N, []),
        ("/TASS/.", N, []),
        ("Russian President Nikolai Orlov will pay a state visit to Vietnam "
         "later this month, Kremlin spokesman Yuri Pankov told reporters.", R, []),
        ("The two leaders are expected to discuss energy, transport and security, Pankov said.", R,
         [("energy", "energy"), ("transport", "transport"), ("defence_security", "security")]),
        ("Orlov last visited Vietnam in 2017.", N, []),
        ("The two countries marked the 75th anniversary of diplomatic relations in January.", N, [],
         [("diplomacy", "anniversary of diplomatic relations")]),
    ]),
    # 14 on the same day, another meeting
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Politburo member Trương Minh Hải held talks with Lao Politburo member "
         "Sisavath Keoboualapha in Vientiane on October 9.", N, []),
        ("The two sides agreed to strengthen cadre training and theoretical exchanges between the two "
         "Parties.", J, [("party", "cadre training and theoretical exchanges")]),
        ("On the same day, Hải visited the Lao National Academy of Politics and Public "
         "Administration.", N, [], [("party", "Lao National Academy of Politics")]),
        ("Earlier, he paid a courtesy call on Lao President Thongvanh Sihalath.", N, []),
    ]),
    # 15 figures-only closing after quote with pronoun
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI — Rice exports to Russia could double in the next two years, Nguyễn Thị Lan, "
         "Director of the Ministry of Agriculture's Agro-Processing Department, said on Friday.", V, [],
         [("economy", "exports")]),
        ("She said Vietnamese exporters should make better use of the free trade agreement with the "
         "Eurasian Economic Union.", V, [], [("economy", "exporters"), ("economy", "free trade agreement")]),
        ("In the first nine months of the year, Việt Nam's agricultural exports to Russia reached 900 "
         "million USD, up 15 percent.", N, [("economy", "agricultural exports")]),
        ("Seafood, coffee and cashew nuts were the main items.", N, []),
    ]),
    # 16 scheduled programme and credit
    ("Nhân Dân", "MOSCOW", [
        ("A delegation of the Communist Party of Vietnam led by Secretary of the Party Central "
         "Committee Nguyễn Đức Lâm arrived in Moscow on Sunday for a working visit to Russia.", N, []),
        ("During the visit, the delegation is scheduled to meet leaders of the United Russia party and "
         "exchange experience in Party building.", N, [("party", "Party building")]),
        ("It will also visit Vietnamese students at the Moscow State University.", N, [],
         [("education", "students")]),
    ]),
    # 17 narrator takes over after a named speaker: war history
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Minister of National Defence General Phạm Văn Hùng received Russian Deputy "
         "Defence Minister Colonel General Aleksandr Fomichev in Hà Nội on December 4.", N, []),
        ("Hùng said the two ministries should step up defence cooperation, especially in training and "
         "military medicine.", V,
         [("defence_security", "defence"), ("education", "training"), ("defence_security", "military"),
          ("health", "medicine")]),
        ("Fomichev agreed, saying Russia is ready to continue training Vietnamese officers.", R,
         [("education", "training Vietnamese officers")]),
        ("During the resistance war against the US, the Soviet Union provided Việt Nam with weapons "
         "and trained thousands of Vietnamese soldiers.", N, [("education", "trained")],
         [("defence_security", "weapons")]),
    ]),
    # 18 signing list: several documents
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Prime Minister Trần Hữu Phong and Lao Prime Minister Sonexay Phommavong "
         "co-chaired the 47th meeting of the Việt Nam–Laos Intergovernmental Committee in Hà Nội on "
         "January 10.", N, []),
        ("The two PMs agreed to connect the two economies through expressways, railways and power "
         "grids.", J,
         [("transport", "expressways, railways"), ("energy", "power grids")],
         [("economy", "economies")]),
        ("Following the meeting, the two sides signed 12 cooperation documents in fields such as "
         "education, health, energy and digital transformation.", N,
         [("education", "education"), ("health", "health"), ("energy", "energy"),
          ("science_technology", "digital transformation")]),
    ]),
    # 19 TASS: closing with source institution
    ("TASS", "VLADIVOSTOK", [
        ("VLADIVOSTOK, May 15.", N, []),
        ("/TASS/.", N, []),
        ("A new container line will link Vladivostok and Vietnam's Ho Chi Minh City "
         "from June, the Primorye regional government said.", R, [("transport", "container line")]),
        ("The line will carry fruit, seafood and consumer goods, the statement said.", R, []),
        ("Vladivostok's commercial seaport handled 20 million tonnes of cargo last year.", N, [],
         [("economy", "commercial"), ("transport", "seaport"), ("transport", "cargo")]),
    ]),
    # 20 earlier agreements recalled by narrator
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Permanent member of the Party Central Committee's Secretariat Lương Văn Minh "
         "received a delegation of the Communist Party of the Russian Federation (CPRF) led by Deputy "
         "Chairman Dmitry Novikov on November 2.", N, []),
        ("Minh thanked the CPRF for its support for Vietnamese students in Russia.", V, [],
         [("education", "students")]),
        ("Novikov said the CPRF attaches importance to relations with the Communist Party of "
         "Vietnam.", R, [("party", "relations with the Communist Party of Vietnam")]),
        ("In 2023, the two parties signed a cooperation plan for the 2023–2027 period.", N,
         [("party", "two parties signed a cooperation plan")]),
    ]),
    # 21 a quote then figures paragraph, then more quote
    ("VNA", "MOSCOW", [
        ("Moscow (VNA) – Vietnamese Ambassador to Russia Đỗ Văn Nam attended a Vietnamese goods fair "
         "in Moscow on September 9.", N, []),
        ("\"Russian consumers love Vietnamese fruit and coffee,\" Nam said.", V, []),
        ("Việt Nam's exports to Russia reached 3.1 billion USD in the first eight months of this year, "
         "while imports from Russia stood at 1.2 billion USD.", N, [],
         [("economy", "exports"), ("economy", "imports")]),
        ("The fair brings together 80 Vietnamese businesses in food processing, textiles and "
         "handicrafts.", N, [], [("economy", "businesses"), ("economy", "food processing")]),
        ("– VNA", N, []),
    ]),
    # 22 VNS closing with the dateline person at the end
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI — The number of Russian students studying in Việt Nam has risen sharply, Vice Rector "
         "of the Hà Nội University of Culture Phạm Thị Ngọc said on Tuesday.", V,
         [("education", "Russian students studying in Việt Nam")]),
        ("About 500 Russian students are now learning Vietnamese at universities in Hà Nội and HCM "
         "City.", N, [("education", "students"), ("education", "universities"), ("education", "learning Vietnamese")]),
        ("Thousands of Vietnamese were trained in the Soviet Union from the 1950s to the 1980s.", N,
         [("education", "trained")]),
    ]),
    # 23 later event and ministry visit
    ("VNA", "ST. PETERSBURG", [
        ("St. Petersburg (VNA) – A delegation of Hải Phòng city led by Chairman of the municipal "
         "People's Committee Nguyễn Văn Tùng held a working session with St. Petersburg Vice Governor "
         "Mikhail Zarubin on July 1.", N, []),
        ("Zarubin said St. Petersburg wants to open a direct shipping route to Hải Phòng port.", R,
         [("transport", "direct shipping route")], [("transport", "port")]),
        ("Hải Phòng and St. Petersburg have been twinned since 2015.", N, [],
         [("people", "twinned")]),
        ("The delegation will later visit Kaliningrad, where it will learn about shipbuilding.", N, [],
         [("economy", "shipbuilding")]),
    ]),
    # 24 "Earlier," opening a report of another speaker's words
    ("TASS", "MOSCOW", [
        ("MOSCOW, October 3.", N, []),
        ("/TASS/.", N, []),
        ("Russia is ready to increase oil supplies to Vietnam, Deputy Prime Minister Andrei Vlasov "
         "said at a meeting with Vietnamese Ambassador Do Minh Quang on Thursday.", R,
         [("oil_gas", "oil supplies")]),
        ("Earlier, Vlasov said Russia and Vietnam were discussing settlements in national "
         "currencies.", R, [("economy", "settlements in national currencies")]),
        ("In 2023, the two countries agreed to build a nuclear science and technology centre in "
         "Vietnam.", N, [("nuclear", "nuclear")], [("science_technology", "science and technology")]),
    ]),
    # 25 quote spread over two sentences, then the narrator
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – Deputy Minister of Foreign Affairs Vũ Thanh Sơn received Lao Deputy Foreign "
         "Minister Phoxay Khaykhamphithoune in Hà Nội on August 19.", N, []),
        ("\"Việt Nam always gives top priority to the special relationship with Laos,\" Sơn said.", V, []),
        ("\"We will continue to support Laos in training human resources.\"", V,
         [("education", "training human resources")]),
        ("The talks took place in an atmosphere of friendship and mutual understanding.", N, []),
        ("Also present were officials of the two foreign ministries.", N, []),
    ]),
    # 26 earlier on the same day, during which he ...
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Vietnamese Minister of Culture, Sports and Tourism Nguyễn Minh Đạo met with "
         "Lao Deputy Prime Minister Saleumxay Phommasack in Vientiane on March 27.", N, []),
        ("Saleumxay said Laos wants to learn from Việt Nam's experience in developing community-based "
         "tourism.", L, [("tourism_sports", "community-based tourism")]),
        ("Earlier the same day, Đạo held talks with Lao Minister of Information, Culture and Tourism "
         "Suanesavanh Vignaket, during which he called for closer cooperation in heritage "
         "preservation.", N, [("culture", "heritage preservation")]),
        ("The two ministers then signed a plan for cultural exchanges for 2025–2027.", N,
         [("culture", "cultural exchanges")]),
    ]),
    # 27 Nhân Dân: investment destination and power imports as background
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnamese Ambassador to Laos Nguyễn Bá Hùng paid a farewell call on Lao President "
         "Thongsavanh Phomvihane on December 12.", N, []),
        ("The Lao President praised the ambassador's contributions to the special relationship "
         "between the two countries.", L, []),
        ("Laos is Việt Nam's largest investment destination, with about 240 projects.", N,
         [("economy", "investment")]),
        ("Việt Nam mainly imports electricity, fertiliser and farm produce from Laos.", N,
         [("energy", "electricity"), ("economy", "farm produce")], [("economy", "imports")]),
    ]),
    # 28 under the agreement: the document's content is the narrator's
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI — Việt Nam and Russia on Monday signed an agreement on the training of nuclear "
         "engineers in Hà Nội.", N, [("nuclear", "nuclear engineers"), ("education", "training")]),
        ("Under the agreement, Russia will train 200 Vietnamese specialists over five years.", N,
         [("education", "train 200 Vietnamese specialists")]),
        ("The signing ceremony was witnessed by Deputy Prime Minister Trần Văn Lâm and Russian "
         "Ambassador Gennady Bezdetko.", N, []),
    ]),
    # 29 the government's statement, home copy
    ("TASS", "MOSCOW", [
        ("MOSCOW, April 22.", N, []),
        ("/TASS/.", N, []),
        ("Russian Prime Minister Mikhail Volkov will visit Vietnam and Laos next week, the "
         "government's press service said on Tuesday.", R, []),
        ("Volkov is expected to discuss cooperation in energy and transport, the press service "
         "said.", R, [("energy", "energy"), ("transport", "transport")]),
        ("Russia's trade with Laos remains small, at about $50 million a year.", N,
         [("economy", "trade")]),
    ]),
]
