"""Probe 35p4: the long tail of sector wordings in VNA, VNS, Nhân Dân and TASS shapes (invented people
and events): verbs and participles ("to train 300 engineers", "taught Russian", "treated patients",
"drilled two wells", "invested in", "welcomed 20,000 Russian holidaymakers"), paraphrases ("traffic
management", "smart city", "coaches and athletes", "wood processing", "aquaculture", "digital
transformation", "green transition", "the fight against drugs", "search and rescue"), long lists
("agriculture, wood processing and aquaculture", "oil and gas, power, mining and chemicals"), hyphenated
and slashed compounds ("economic-trade", "education-training", "science-technology",
"culture-sports-tourism", "oil/gas"), beside close sentences where the same words are no field (a name, a
title, a figurative use, a trip).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Where the guidelines are silent the tuned parts'
majority decides (RULES.md, "Probe 35p4"). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0: verbs of schooling; a title holding the same words
    ("VNA", "HANOI", [
        ("Minister of Education and Training Phan Quang Vinh on April 8 received Russian Deputy Minister "
         "of Science and Higher Education Oleg Markin.", N, []),
        ("Vinh said Vietnamese universities hope to train 300 engineers in Russia each year under the new "
         "programme.", V, [("education", "train 300 engineers")], [("education", "universities")]),
        ("Markin said Russian lecturers have taught Russian to more than 2,000 Vietnamese students at "
         "the Hà Nội centre since 2019.", R,
         [("education", "taught Russian to more than 2,000 Vietnamese students")],
         [("education", "lecturers")]),
    ]),
    # 1: health verbs; a figurative "treated"
    ("VNA", "VLADIVOSTOK", [
        ("Doctors of the Vietnamese-Russian medical team treated more than 1,500 patients in Quảng Trị "
         "province last month, the team's head, Dr Lê Văn Thắng, said.", V,
         [("health", "treated more than 1,500 patients")]),
        ("The Russian delegation was treated to a performance of Huế royal music on the last evening.",
         N, [], [("culture", "Huế royal music")]),
    ]),
    # 2: oil and gas verbs; a figurative "drilled"
    ("VNA", "HANOI", [
        ("Vietsovpetro drilled two wells at the White Tiger field in the first quarter, General Director "
         "Trần Đức Lâm said on Tuesday.", V, [("oil_gas", "drilled two wells")]),
        ("Lâm said the joint venture would drill four more wells offshore and raise its oil/gas output "
         "by 5 percent this year.", V, [("oil_gas", "drill four more wells"), ("oil_gas", "oil/gas")]),
        ("The instructors drilled the new staff on safety rules before the rig tour, he added.", V, []),
    ]),
    # 3: investment verbs; a trip
    ("TASS", "MOSCOW", [
        ("Russian companies have invested in 180 projects in Vietnam worth "
         "about 1 billion USD, Deputy Economic Development Minister Pavel Orlov said on Monday.", R,
         [("economy", "invested")]),
        ("According to him, Russian firms are ready to invest in Vietnamese seaports and logistics "
         "centres.", R, [("economy", "invest"), ("transport", "seaports and logistics")]),
        ("Orlov flew to Hà Nội later in the day for a session of the intergovernmental commission.",
         N, []),
    ]),
    # 4: tourist counts by a verb; a welcome that is a reception
    ("VNA", "KHÁNH HÒA", [
        ("Khánh Hòa province welcomed 20,000 Russian holidaymakers in the first two months of the year, "
         "up 30 percent from a year earlier.", N, [("tourism_sports", "holidaymakers")]),
        ("Chairman of the provincial People's Committee Nguyễn Hữu Phong welcomed Russian Consul "
         "General Dmitry Belov at the provincial headquarters on March 2.", N, []),
        ("Phong said the province would open two more direct air routes to Siberian cities to attract "
         "Russian tourists.", V, [("transport", "direct air routes"), ("tourism_sports", "tourists")]),
    ]),
    # 5: transport paraphrases; a police name
    ("VNA", "HANOI", [
        ("Hà Nội and Moscow will share experience in traffic management and urban railways under a "
         "memorandum signed on Friday.", N, [("transport", "traffic management and urban railways")]),
        ("Director of the Hà Nội Traffic Police Department Colonel Đào Văn Hùng attended the signing.",
         N, []),
        ("The Russian side also offered to help the city build a smart city operations centre, Deputy "
         "Mayor Trần Thị Mai said.", V, [], [("science_technology", "smart city")]),
    ]),
    # 6: sport as people exchanged; a figurative "coach"
    ("Nhân Dân", "HANOI", [
        ("The two sports ministries agreed to exchange coaches and athletes and to hold joint training "
         "camps for young gymnasts.", J, [("tourism_sports", "exchange coaches and athletes"),
                                          ("tourism_sports", "joint training camps")]),
        ("Deputy Minister of Culture, Sports and Tourism Hoàng Đạo Cương said sport is a bridge "
         "between the two peoples.", V, [("tourism_sports", "sport")],
         [("people", "bridge between the two peoples")]),
    ]),
    # 7: defence paraphrases
    ("VNA", "MOSCOW", [
        ("Deputy Defence Minister Senior Lieutenant General Hoàng Xuân Chiến held talks with Russian "
         "Deputy Defence Minister Colonel General Alexander Fomin in Moscow on August 14.", N, []),
        ("The two sides agreed to boost exchanges of young officers and cooperation in search and "
         "rescue at sea.", J, [("defence_security", "search and rescue")],
         [("defence_security", "exchanges of young officers")]),
        ("Chiến said Việt Nam values Russia's help in military training and the fight against "
         "terrorism.", V, [("defence_security", "military training"),
                           ("defence_security", "fight against terrorism")]),
    ]),
    # 8: crime paraphrases; a name holding "drugs"
    ("VNA", "VIENTIANE", [
        ("Vietnamese and Lao police forces will step up cooperation in the fight against drug "
         "trafficking and transnational crime along the border, Lao Deputy Minister of Public Security "
         "Khamsone Phommavong said.", L,
         [("defence_security", "drug trafficking and transnational crime")]),
        ("The meeting took place at the headquarters of the Lao National Commission for Drug Control "
         "and Supervision.", N, []),
    ]),
    # 9: economy lists and paraphrases
    ("VNA", "HANOI", [
        ("Deputy Minister of Agriculture and Environment Phùng Đức Tiến said Việt Nam and Belarus could "
         "expand cooperation in agriculture, wood processing and aquaculture.", V,
         [("economy", "agriculture, wood processing and aquaculture")]),  # probe 39p6: one list of one sector
        ("Tiến asked the Belarusian side to open its market wider to Vietnamese fruit and seafood.",
         V, [], [("economy", "market")]),
        ("The Belarusian ambassador said his country wants to import more tropical fruit from Việt "
         "Nam.", "belarus", [], [("economy", "import")]),
    ]),
    # 10: an industries list; a name holding the same words
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam have good prospects for cooperation in oil and "
         "gas, power, mining and chemicals, Russian Energy Minister Sergei Volin told reporters.", R,
         [("oil_gas", "oil and gas"), ("energy", "power")],
         [("economy", "mining"), ("economy", "chemicals")]),
        ("Volin spoke on the sidelines of the Russian Energy Week.", N, []),
    ]),
    # 11: hyphenated compounds
    ("VNA", "HANOI", [
        ("National Assembly Chairman Trần Minh Đức on October 2 received a delegation of the State Duma "
         "led by Deputy Chairman Igor Kuznetsov.", N, []),
        ("Đức said economic-trade cooperation remains modest and proposed that the two legislatures "
         "support education-training and science-technology links.", V,
         [("economy", "economic-trade"), ("education", "education-training"),
          ("science_technology", "science-technology")]),
        ("Kuznetsov suggested more culture-sports-tourism exchanges between localities.", R,
         [("culture", "culture"), ("tourism_sports", "sports-tourism"), ("people", "localities")]),
    ]),
    # 12: digital and green transitions
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Lê Văn Thành and Russian Deputy Prime Minister Dmitry Chernov agreed "
         "to cooperate in digital transformation, cybersecurity and artificial intelligence.", J,
         [("science_technology", "digital transformation"), ("defence_security", "cybersecurity"),
          ("science_technology", "artificial intelligence")]),
        ("Thành said the green transition and renewable energy are priorities of Việt Nam's "
         "development.", V, [("energy", "renewable energy")], [("environment", "green transition")]),
    ]),
    # 13: food security (not defence) beside a field of farming
    ("VNA", "ROME", [
        ("Deputy Minister Phùng Đức Tiến said Việt Nam is ready to share its experience in rice "
         "farming to help ensure global food security.", V, [("economy", "rice farming")]),
        ("He added that Việt Nam shipped more than 100,000 tonnes of rice to Russia last year.", V, []),
    ]),
    # 14: verbs of schooling in party copy
    ("Nhân Dân", "HANOI", [
        ("Head of the Party Central Committee's Commission for External Affairs Lê Hoài Trung received "
         "a delegation of the Communist Party of the Russian Federation (CPRF).", N, []),
        ("Trung said the two parties should continue to train cadres and exchange theoretical "
         "experience.", V, [("party", "train cadres"), ("party", "exchange theoretical experience")]),
        ("The CPRF delegation leader said his party values the relationship with the CPV.", R,
         [("party", "relationship with the CPV")]),
    ]),
    # 15: teaching in Laos; a name holding "education"
    ("VNA", "VIENTIANE", [
        ("Vietnamese teachers have taught Vietnamese at 12 schools in Laos since 2020, Lao Deputy "
         "Minister of Education and Sports Khamphou Sisavath said.", L, [("education", "taught Vietnamese at 12 schools")],
         [("education", "teachers")]),
        ("Khamphou spoke at the Vientiane College of Education, which was built with Vietnamese aid.",
         N, []),
        ("He said Laos wants Vietnam to help educate more Lao teachers and train 500 Lao students in "
         "nursing.", L, [("education", "educate"), ("education", "train 500 Lao students")],
         [("health", "nursing"), ("education", "teachers"), ("education", "students")]),
    ]),
    # 16: health paraphrases; a figure of speech
    ("TASS", "MOSCOW", [
        ("Russia will supply vaccines and cancer drugs to Vietnam under a "
         "deal signed on Friday, the Russian Health Ministry said.", R,
         [("health", "vaccines and cancer drugs")]),
        ("The ministry said Russian surgeons would operate on Vietnamese children with heart defects in "
         "Hà Nội next spring.", R, [("health", "operate on Vietnamese children with heart defects")]),
        ("The relationship is in good health, a ministry spokesman said.", R, []),
    ]),
    # 17: labour paraphrases
    ("VNA", "HANOI", [
        ("Deputy Minister of Home Affairs Nguyễn Bá Hoan said Russia could recruit more Vietnamese "
         "workers for its construction and farming sectors.", V,
         [("labour", "Vietnamese workers"), ("economy", "construction and farming")]),
        ("Hoan asked Russian employers to protect the rights of Vietnamese guest workers.", V,
         [("labour", "Vietnamese guest workers")], [("labour", "employers")]),
    ]),
    # 18: transport verbs and paraphrases
    ("VNS", "HCM CITY", [
        ("Vietjet will fly three times a week between HCM City and Novosibirsk from November, the "
         "carrier said on Tuesday.", N, [("transport", "fly three times a week")]),
        ("The airline said it carried more than 80,000 passengers on its Russian routes last year.", N, [],
         [("transport", "airline")]),
        ("Its chairwoman flew to Moscow to sign the deal.", N, []),
    ]),
    # 19: a long list of fields in a joint statement
    ("VNA", "HANOI", [
        ("The joint statement said the two countries will expand cooperation in trade, investment, "
         "energy, oil and gas, education, science and technology, culture and tourism.", J,
         [("economy", "trade, investment"), ("energy", "energy"), ("oil_gas", "oil and gas"),
          ("education", "education"), ("science_technology", "science and technology"),
          ("culture", "culture"), ("tourism_sports", "tourism")]),
        ("They also agreed to cooperate in the fight against drugs and human trafficking.", J,
         [("defence_security", "drugs and human trafficking")]),
    ]),
    # 20: culture verbs; a name holding "culture"
    ("VNA", "MOSCOW", [
        ("Vietnamese and Russian film studios will co-produce a feature film about the builders of the "
         "Hòa Bình dam, Russian Deputy Culture Minister Andrei Malkov said.", R,
         [("culture", "co-produce a feature film")], [("culture", "film studios")]),
        ("Malkov spoke at the Moscow Palace of Culture after the opening of a photo exhibition.", N, [],
         [("culture", "photo exhibition")]),
        ("He said the two countries would translate and publish each other's classic novels.", R,
         [], [("culture", "translate and publish each other's classic novels")]),
    ]),
    # 21: science verbs
    ("VNA", "HANOI", [
        ("Vietnamese and Russian scientists will jointly research tropical diseases at the Russia-Vietnam "
         "Tropical Centre, its Vietnamese director Nguyễn Thanh Hải said.", V,
         [("science_technology", "jointly research"), ("health", "tropical diseases")]),
        ("Hải said the centre had launched a microsatellite with Russian help in March.", V,
         [("science_technology", "microsatellite")]),
    ]),
    # 22: energy verbs; a figurative "powered"
    ("VNA", "VIENTIANE", [
        ("Laos exported 2,000 MW of electricity to Việt Nam last year, Lao Minister of Energy and Mines "
         "Phosay Sayasone said.", L, [("energy", "electricity")]),
        ("Phosay said Laos wants to build more hydropower plants and sell power to Vietnamese "
         "provinces.", L, [("energy", "hydropower plants"), ("energy", "sell power")]),
        ("He said the friendship between the two peoples is powered by mutual trust.", L, []),
    ]),
    # 23: nuclear and environment paraphrases
    ("TASS", "MOSCOW", [
        ("Rosatom will help Vietnam build a nuclear research centre and "
         "train its specialists, the company's director general Alexei Likhov said.", R,
         [("nuclear", "nuclear research centre"), ("education", "train its specialists")]),
        ("Likhov also said the two sides would cooperate in climate change response and waste "
         "treatment.", R, [("environment", "climate change response and waste treatment")]),
    ]),
    # 24: people paraphrases
    ("VNA", "HANOI", [
        ("Vice President Võ Thị Mai said twinning between Vietnamese and Russian provinces and youth "
         "exchanges help bring the two peoples closer.", V,
         [("people", "twinning"), ("people", "youth exchanges")]),
        ("Mai thanked the Russian side for hosting 300 Vietnamese children at summer camps in Artek.",
         V, [], [("people", "summer camps")]),
    ]),
    # 25: diplomacy paraphrases
    ("VNA", "MOSCOW", [
        ("Foreign Minister Bùi Thanh Sơn and his Russian counterpart agreed to coordinate closely at "
         "multilateral forums and consult on international and regional issues.", J,
         [("diplomacy", "multilateral forums"), ("diplomacy", "international and regional issues")]),
        ("Sơn said political trust is the foundation of the relations.", V,
         [("diplomacy", "political trust")]),
    ]),
    # 26: trade by verbs; a title
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Phan Thị Thắng said Vietnam wants to sell more coffee, "
         "seafood and textiles to the Eurasian Economic Union.", V, [], [("economy", "sell")]),
        ("Thắng said two-way trade rose to 5 billion USD last year.", V,
         [("economy", "two-way trade")]),
        ("She said the two countries should settle payments in national currencies.", V,
         [("economy", "payments in national currencies")]),
    ]),
    # 27: economy paraphrases; an airline's name
    ("VNS", "HCM CITY", [
        ("Russian and Vietnamese firms will cooperate in e-commerce, fintech and cold chain logistics, "
         "Deputy Minister of Industry and Trade Nguyễn Sinh Nhật Tân said.", V,
         [("economy", "e-commerce, fintech"), ("transport", "cold chain logistics")]),
        ("Vietnam Airlines will open a Hà Nội–Novosibirsk route in June, Tân said.", V, [],
         [("transport", "route")]),
    ]),
    # 28: health verbs and lists
    ("VNA", "HÀ NỘI", [
        ("Both sides agreed to cooperate in traditional medicine, pharmaceuticals and child vaccination.",
         J, [("health", "traditional medicine, pharmaceuticals and child vaccination")]),
        ("Russian doctors vaccinated 3,000 children in Điện Biên province during the programme's first "
         "phase, Deputy Minister of Health Đỗ Xuân Tuyên said.", V,
         [("health", "vaccinated 3,000 children")]),
    ]),
    # 29: study verbs
    ("VNA", "MOSCOW", [
        ("More than 5,000 Vietnamese have studied in Russia on scholarships since 2000, Ambassador Đặng "
         "Minh Khôi said.", V, [("education", "scholarships")], [("education", "studied")]),
        ("Many of them graduated from Russian universities and now hold senior posts in Việt Nam, he "
         "added.", V, [], [("education", "graduated"), ("education", "universities")]),
    ]),
    # 30: sport lists
    ("Nhân Dân", "VIENTIANE", [
        ("Lao Minister of Education and Sports Phout Simmalavong and Vietnamese Minister of Culture, "
         "Sports and Tourism Nguyễn Văn Hùng agreed to hold football and martial arts tournaments for "
         "young people of border provinces.", J, [("tourism_sports", "football and martial arts")],
         [("people", "young people")]),
    ]),
    # 31: oil and gas verbs; energy lists
    ("TASS", "MOSCOW", [
        ("Zarubezhneft has refined the first batch of Vietnamese crude at its plant in Orsk, the "
         "company's press service said.", R, [("oil_gas", "refined the first batch of Vietnamese crude")]),
        ("The company also plans to supply LNG to a new terminal in Thị Vải, it said.", R,
         [("oil_gas", "LNG")]),
        ("Russian companies also want to build solar farms and wind parks in southern Vietnam, the press "
         "service added.", R, [("energy", "solar farms and wind parks")]),
    ]),
    # 32: names and titles holding field words
    ("VNA", "HCM CITY", [
        ("The HCM City Department of Culture and Sports hosted the Russian delegation at the Vietnam "
         "Exhibition Centre for Culture and Arts.", N, []),
        ("Chairman of the Vietnam Football Federation Trần Quốc Tuấn attended the reception.", N, []),
        ("The delegation later toured the Hòa Lạc Hi-Tech Park.", N, []),
        ("Lieutenant General Nguyễn Văn Nam, Director of the Department of Search and Rescue, briefed "
         "the guests on the city's preparations for the storm season.", V, []),
    ]),
    # 33: farming verbs; environment paraphrases
    ("VNA", "VIENTIANE", [
        ("Vietnamese experts will help Lao farmers grow coffee and raise fish in cages along the Mekong, "
         "Lao Minister of Agriculture and Forestry Linkham Douangsavanh said.", L,
         [("economy", "grow coffee and raise fish")], [("economy", "farmers")]),
        ("Linkham said the two countries should also work together on forest protection and the green "
         "transition.", L, [("environment", "forest protection")],
         [("environment", "green transition")]),
    ]),
    # 34: trade verbs with figures
    ("VNA", "HÀ NỘI", [
        ("Việt Nam exported 1.2 billion USD worth of goods to Russia in the first half, while imports "
         "from Russia reached 800 million USD, according to customs data.", N, [],
         [("economy", "exported"), ("economy", "imports")]),
        ("Two-way trade is expected to exceed 5 billion USD this year, the General Department of Customs "
         "said.", V, [("economy", "Two-way trade")]),
    ]),
    # 35: hyphenated and slashed compounds of two sectors and of one
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Hồng Hà said the two countries should lift trade-investment ties "
         "and expand defence-security cooperation.", V,
         [("economy", "trade-investment"), ("defence_security", "defence-security")]),
        ("Hà also called for closer energy/oil-gas cooperation, including in upstream projects.", V,
         [("energy", "energy"), ("oil_gas", "oil-gas")], [("oil_gas", "upstream projects")]),
        ("The Russian guest said labour-export programmes and youth-student exchanges would deepen "
         "people-to-people ties.", R,
         [("labour", "labour-export"), ("people", "youth"), ("education", "student exchanges"),
          ("people", "people-to-people ties")]),
    ]),
    # 36: verbs of training and sending people
    ("Nhân Dân", "HÀ NỘI", [
        ("Russia has trained more than 200 Vietnamese military pilots since 2010, Russian Ambassador "
         "Gennady Bezdetko said.", R, [("defence_security", "military pilots")],
         [("education", "trained")]),
        ("He said Russia would grant 1,000 scholarships to Vietnamese students next year and host 50 "
         "Lao trainees at its nuclear training centre.", R,
         [("education", "scholarships"), ("nuclear", "nuclear"), ("education", "training centre")],
         [("education", "Vietnamese students"), ("education", "trainees")]),
    ]),
    # 37: sister cities; patrols; figurative "sister"
    ("VNA", "ĐÀ NẴNG", [
        ("Đà Nẵng and Vladivostok signed a twinning agreement in 2019 and have since exchanged "
         "delegations every year, Chairman of the city People's Committee Lê Trung Chinh said.", V,
         [("people", "twinning agreement")], [("diplomacy", "exchanged delegations")]),
        ("Chinh said the two cities also want to cooperate in the marine economy and seaport logistics.",
         V, [("economy", "marine economy"), ("transport", "seaport logistics")]),
        ("Russian Navy ships and Vietnamese coast guard vessels patrolled the Gulf of Tonkin together "
         "for the first time last month, he said.", V,
         [("defence_security", "patrolled the Gulf of Tonkin together")]),
    ]),
    # 38: science, technology and innovation lists
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will step up cooperation in science, technology and innovation, including "
         "artificial intelligence and quantum computing, Deputy Science Minister Denis Sekirinsky said.",
         R, [("science_technology", "science, technology and innovation"),
             ("science_technology", "artificial intelligence and quantum computing")]),
        ("He said the two countries' IT firms would open a joint software centre in Đà Nẵng.", R,
         [("science_technology", "IT")], [("science_technology", "software")]),
    ]),
    # 39: fertiliser, hydrocarbons
    ("TASS", "MOSCOW", [
        ("Russian exporters shipped 300,000 tonnes of fertilisers to Vietnam in 2024, the Russian "
         "Fertilizer Producers Association said.", R, [],
         [("economy", "fertilisers"), ("economy", "exporters")]),
        ("Russia is also ready to supply hydrocarbons and coal to Vietnamese power plants, the "
         "association said.", R, [("oil_gas", "hydrocarbons"), ("energy", "coal"),
                                  ("energy", "power plants")]),
    ]),
]
