"""Probe 35p1: speakers from regions, provinces and cities in TASS, Sputnik, VNA, VNS and Nhân Dân shapes
(invented people and events).

Russian governors, heads of republics and regional ministries ("Governor of the Irkutsk region X", "the
regional ministry of international relations said", "the head of Tatarstan X", "Governor of Saint
Petersburg X", "A Moscow official said", "the city administration's press service"), in copy datelined
in that region and in VNA copy that names only Việt Nam as a country in the sentence; Vietnamese
provincial leaders ("Chairman of the Đà Nẵng People's Committee X", "Secretary of the Hải Phòng Party
Committee X", "A Huế official said"); Chinese and Lao provinces ("Governor of Luang Prabang province X",
"Guangxi officials"); later short forms ("the governor", "the provincial leader"); and close passages
where the narrator is right (a delegation's visit described, attendance, figures).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``): a region, a city or a province belongs to its country's side, and a
governor, a head of a republic, a regional ministry or a provincial leader speaks for it. Written for the
probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # a Russian governor in copy datelined in his region
    ("TASS", "IRKUTSK", [
        ("Governor of the Irkutsk region Andrei Belykh said on Tuesday that the region is ready to expand "
         "trade and tourism ties with Vietnam.", R, [("economy", "trade"), ("tourism_sports", "tourism")]),
        ("According to the governor, direct flights between Irkutsk and Nha Trang will begin in June.", R,
         [("transport", "direct flights")]),
        ("Last year, some 12,000 Vietnamese tourists visited Lake Baikal.", N,
         [("tourism_sports", "tourists")]),
    ]),
    # a Russian governor in VNA copy that names only Viet Nam
    ("VNA", "HANOI", [
        ("Permanent Deputy Prime Minister Nguyen Hoang Long received Governor of the Irkutsk region Andrei "
         "Belykh in Hanoi on March 5.", N, []),
        ("Belykh said Irkutsk wants to sell more electricity to Vietnam and welcomes investment from "
         "Vietnamese firms.", R, [("energy", "electricity"), ("economy", "investment")]),
        ("Long asked the region to help Vietnamese businesses investing in agriculture.", V,
         [("economy", "investing"), ("economy", "agriculture")], [("economy", "businesses")]),
    ]),
    ("VNA", "HCM CITY", [
        ("Vice Chairman of the HCM City People's Committee Duong Anh Khoa received Governor of the Kemerovo "
         "region Pavel Ostapenko on February 20.", N, []),
        ("Ostapenko said Kemerovo wanted to supply equipment to Vietnamese power plants.", R,
         [("energy", "power plants")]),
        ("Khoa said the city welcomed investment from the region.", V, [("economy", "investment")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Tran Quoc Viet received Governor of Saint Petersburg Nikolai Vetrov on "
         "June 14.", N, []),
        ("Vetrov said Saint Petersburg was ready to train Vietnamese specialists in port management.", R,
         [("education", "train Vietnamese specialists"), ("transport", "port management")]),
        ("Viet asked the city to help Vietnamese businesses take part in its international forum.", V, [],
         [("economy", "businesses")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Foreign Affairs Le Thi Thu Ha received a delegation of the Tomsk region led by "
         "Governor Sergei Ilyin on September 9.", N, []),
        ("Ilyin said Tomsk's universities were ready to admit more Vietnamese students in medicine and "
         "information technology.", R,
         [("education", "universities"), ("education", "students"), ("health", "medicine"),
          ("science_technology", "information technology")]),
        ("Ha said Vietnam valued the region's role in training Vietnamese specialists.", V,
         [("education", "training Vietnamese specialists")]),
    ]),
    ("VNA", "HANOI", [
        ("The Irkutsk regional ministry of international relations said a group of Vietnamese tour "
         "operators would visit the region in April.", R, [("tourism_sports", "tour operators")]),
        ("The ministry added that the visit would focus on winter tourism on Lake Baikal.", R,
         [("tourism_sports", "winter tourism")]),
    ]),
    # Saint Petersburg, Moscow and Moscow city officials
    ("TASS", "ST. PETERSBURG", [
        ("Governor of Saint Petersburg Alexei Gorbunov said on Friday that the city would open a "
         "Vietnamese cultural centre next year.", R, [("culture", "cultural centre")]),
        ("He noted that the number of Vietnamese students at the city's universities had doubled in five "
         "years.", R, [("education", "students"), ("education", "universities")]),
    ]),
    ("TASS", "MOSCOW", [
        ("A Moscow official said the city planned to hold Vietnamese culture days in Gorky Park in "
         "September.", R, [("culture", "culture days")]),
        ("The city administration's press service said more than 50 Vietnamese artists would perform.", R,
         []),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Hanoi People's Committee Nguyen Trong Dong received Moscow Deputy Mayor Natalia "
         "Orlova on November 6.", N, []),
        ("Orlova said Moscow would share its experience in urban transport with Hanoi.", R,
         [("transport", "urban transport")]),
        ("Dong suggested the two capitals cooperate in culture and tourism.", V,
         [("culture", "culture"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Dang Minh Khoi held a working session with Vice Governor of the Moscow "
         "region Ilya Kuzin on August 12.", N, []),
        ("Kuzin said the Moscow region was home to 20,000 Vietnamese people and hoped they would help "
         "boost trade between the two countries.", R, [("economy", "trade")]),
        ("Khoi thanked the regional authorities for supporting the Vietnamese community.", V, []),
    ]),
    # regional ministries and governments, press services
    ("TASS", "VLADIVOSTOK", [
        ("The Primorye regional ministry of international relations said in a statement that a Vietnamese "
         "delegation would attend the Eastern Economic Forum.", R, []),
        ("The ministry said the sides would discuss container shipping between Vladivostok and Hai Phong.",
         R, [("transport", "container shipping")]),
    ]),
    ("TASS", "KHABAROVSK", [
        ("The Khabarovsk Territory government said on Monday that a Vietnamese garment company would build a "
         "factory in the region.", R, []),
        ("The regional government added that the plant would employ 300 people.", R, []),
        ("The project was announced during a visit by a Vietnamese business delegation last month.", N, [],
         [("economy", "business delegation")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("The Leningrad region and Vietnam's Quang Ninh province have agreed to cooperate in port "
         "development, the regional government's press service said on Thursday.", R,
         [("transport", "port development")]),
        ("Governor of the Leningrad region Mikhail Rybin said the sides would also exchange tourist "
         "groups.", R, [("tourism_sports", "tourist groups")]),
    ]),
    ("TASS", "SOCHI", [
        ("Sochi will host a Russian-Vietnamese youth festival in August, the city administration's press "
         "service said.", R, [("people", "youth")]),
        ("More than 400 young people from the two countries are expected to take part.", N,
         [("people", "young people")]),
    ]),
    # heads of republics
    ("TASS", "KAZAN", [
        ("The head of Tatarstan, Timur Zakirov, told reporters in Kazan on Friday that the republic would "
         "open a representative office in Ho Chi Minh City.", R, []),
        ("The head of the republic said food exports to Vietnam had grown sharply.", R, [],
         [("economy", "exports")]),
    ]),
    ("TASS", "KAZAN", [
        ("The head of Tatarstan Rustam Galiev met with a delegation from the Vietnamese province of Bac "
         "Ninh led by Party Secretary Doan Van Hung.", N, []),
        ("Galiev said the republic's companies were interested in cooperation in the oil industry and in "
         "education.", R, [("oil_gas", "oil industry"), ("education", "education")]),
        ("Hung invited Tatarstan companies to invest in the province's industrial parks.", V,
         [("economy", "invest")], [("economy", "industrial parks")]),
    ]),
    ("VNA", "HANOI", [
        ("President of the Vietnam Union of Friendship Organisations Phan Anh Son received Head of the "
         "Republic of Bashkortostan Ilgiz Safin on October 2.", N, []),
        ("Safin said Bashkortostan hoped to cooperate with Vietnam in oil refining.", R,
         [("oil_gas", "oil refining")]),
        ("Son said the union would help the republic connect with Vietnamese localities.", V,
         [("people", "localities")]),
    ]),
    ("TASS", "CHEBOKSARY", [
        ("Head of the Chuvash Republic Pavel Smirnov said on Wednesday that the republic would send a "
         "delegation to Vietnam in November.", R, []),
        ("Smirnov said the delegation would discuss cooperation in agriculture.", R,
         [("economy", "agriculture")]),
    ]),
    # Vietnamese provincial and city leaders, and their Russian guests
    ("VNA", "DA NANG", [
        ("Chairman of the Da Nang People's Committee Le Trung Hieu hosted a reception on April 2 for a "
         "delegation of the Kaluga region led by Deputy Governor Dmitry Razin.", N, []),
        ("Hieu said Da Nang wishes to boost cooperation with Russian localities in tourism, education and "
         "high technology.", V,
         [("people", "localities"), ("tourism_sports", "tourism"), ("education", "education"),
          ("science_technology", "high technology")]),
        ("Razin said Kaluga wants to work with Vietnamese partners in pharmaceuticals.", R,
         [("health", "pharmaceuticals")]),
    ]),
    ("VNS", "ĐÀ NẴNG", [
        ("Chairman of the Đà Nẵng People's Committee Lê Trung Hiếu said the city would open a direct air "
         "route to Novosibirsk this autumn.", V, [("transport", "direct air route")]),
        ("He said the route would bring more Russian holidaymakers to the city's beaches.", V,
         [("tourism_sports", "holidaymakers")]),
    ]),
    ("VNA", "HAI PHONG", [
        ("Secretary of the Hai Phong Party Committee Le Tien Chau received Governor of the Samara region "
         "Vyacheslav Fedotov on May 10.", N, []),
        ("Chau said the city wants to expand cooperation with Samara in seaports and logistics.", V,
         [("transport", "seaports and logistics")]),
        ("The governor said Samara's universities were ready to train Vietnamese engineers.", R,
         [("education", "universities"), ("education", "train Vietnamese engineers")]),
    ]),
    ("VNS", "HẢI PHÒNG", [
        ("Secretary of the Hải Phòng Party Committee Lê Tiến Châu told the meeting that the city's port "
         "handled 2 million tonnes of Russian cargo last year.", V, [("transport", "cargo")]),
    ]),
    ("VNA", "HUE", [
        ("A Hue official said the city would host a Russian film week in July.", V,
         [("culture", "film week")]),
        ("The event is part of activities marking the 75th anniversary of diplomatic relations between "
         "Vietnam and Russia.", N, [], [("diplomacy", "anniversary of diplomatic relations")]),
    ]),
    ("VNS", "HCM CITY", [
        ("HCM City and the Russian region of Sverdlovsk signed a cooperation agreement on Tuesday covering "
         "education, health care and culture.", N,
         [("education", "education"), ("health", "health care"), ("culture", "culture")]),
        ("Vice Chairman of the HCM City People's Committee Võ Văn Hoàn said the city hoped to attract more "
         "Russian tourists.", V, [("tourism_sports", "tourists")]),
        ("Deputy Governor of Sverdlovsk Oleg Chemezov said the region's companies were keen to invest in "
         "the city.", R, [("economy", "invest")]),
    ]),
    ("VNA", "SOC TRANG", [
        ("Secretary of the Soc Trang provincial Party Committee Ho Van Ninh welcomed a delegation of the "
         "Russian Embassy led by Ambassador Ivan Gorelov on October 4.", N, []),
        ("The provincial leader briefed the guests on the locality's potential in agriculture and "
         "aquaculture.", V, [], [("economy", "agriculture and aquaculture")]),
        ("Gorelov said Russian firms were interested in importing Vietnamese fruit.", R, [],
         [("economy", "importing")]),
    ]),
    ("VNA", "VINH", [
        ("Chairman of the Nghe An provincial People's Committee Nguyen Duc Thang received Governor of "
         "Xieng Khouang province Phouvong Vongkhamsao on March 28.", N, []),
        ("The Lao guest thanked Nghe An for granting scholarships to Xieng Khouang students.", L,
         [("education", "scholarships")], [("education", "students")]),
        ("Thang said Nghe An would keep supporting the Lao province in education and health care.", V,
         [("education", "education"), ("health", "health care")]),
    ]),
    # Lao and Chinese provinces
    ("VNA", "VIENTIANE", [
        ("Governor of Luang Prabang province Khamkhan Chanthavisouk received a delegation from the Vietnamese "
         "province of Dien Bien on June 3.", N, []),
        ("The governor said Luang Prabang wants to learn from Dien Bien's experience in tourism "
         "development.", L, [("tourism_sports", "tourism development")]),
        ("He also called for more scholarships for Lao students in Dien Bien.", L,
         [("education", "scholarships"), ("education", "students")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Vice Chairwoman of the Quảng Ninh provincial People's Committee Nguyễn Thị Hạnh hosted Vice "
         "Chairman of the Guangxi Zhuang Autonomous Region People's Government Li Hongwei on May 21.", N, []),
        ("Hạnh proposed that the two sides step up cooperation in trade and tourism.", V,
         [("economy", "trade"), ("tourism_sports", "tourism")]),
        ("Guangxi officials also proposed expanding rail freight between Nanning and Hà Nội.", C,
         [("transport", "rail freight")]),
    ]),
    ("Nhân Dân", "KUNMING", [
        ("Secretary of the Yunnan Provincial Party Committee Zhao Jianguo met with Secretary of the Lào Cai "
         "Provincial Party Committee Đặng Văn Tuấn in Kunming.", N, []),
        ("Zhao said Yunnan wished to strengthen exchanges with Lào Cai in Party building and cadre "
         "training.", C, [("party", "Party building and cadre training")]),
        ("Tuấn briefed the host on Lào Cai's socio-economic development.", V, [],
         [("economy", "socio-economic development")]),
    ]),
    ("VNA", "LAO CAI", [
        ("Vice Chairman of the Honghe Prefecture People's Government Chen Ming held talks with Lao Cai "
         "leaders on cross-border trade.", N, [("economy", "cross-border trade")]),
        ("Chen said Honghe wanted to speed up construction of the railway link to Lao Cai.", C,
         [("transport", "railway link")]),
    ]),
    ("VNA", "HANOI", [
        ("A Shanghai official said the city hoped to welcome more Vietnamese students and tourists.", C,
         [("education", "students"), ("tourism_sports", "tourists")]),
    ]),
    # regions datelined in Russia, and more short forms
    ("Sputnik", "NOVOSIBIRSK", [
        ("Novosibirsk region Governor Andrei Kovrov told Sputnik that the region planned to double its trade "
         "with Vietnam by 2030.", R, [("economy", "trade")]),
        ("The governor said Novosibirsk scientists were already working with Vietnamese colleagues on "
         "vaccine research.", R, [("health", "vaccine research")], [("science_technology", "research")]),
    ]),
    ("VNA", "VLADIVOSTOK", [
        ("Vietnamese Consul General in Vladivostok Nguyen Van Loc met with Governor of the Primorye "
         "Territory Sergei Morozov on July 7.", N, []),
        ("Morozov said Primorye wants to open a direct air route to Da Nang.", R,
         [("transport", "direct air route")]),
        ("Loc asked the territory to support Vietnamese businesses operating there.", V, [],
         [("economy", "businesses")]),
    ]),
    ("TASS", "YEKATERINBURG", [
        ("The region's governor, Yevgeny Kuvshinov, met with the Vietnamese ambassador at the Innoprom "
         "exhibition.", N, []),
        ("Kuvshinov said the region's companies were ready to supply equipment for Vietnamese power "
         "plants.", R, [("energy", "power plants")]),
    ]),
    ("Sputnik", "HANOI", [
        ("The Hanoi People's Committee said on Monday that the city had approved a plan to expand "
         "cooperation with Moscow in education and healthcare.", V,
         [("education", "education"), ("health", "healthcare")]),
        ("Under the plan, the two cities will exchange teachers and doctors.", N, [],
         [("education", "teachers"), ("health", "doctors")]),
    ]),
    # the narrator: visits, attendance, figures
    ("VNA", "NINH BINH", [
        ("A delegation of the Yaroslavl region led by Deputy Governor Anna Belova visited the Trang An "
         "Landscape Complex on December 1.", N, []),
        ("The delegation also attended a ceremony marking the twinning of Ninh Binh and Yaroslavl.", N,
         [("people", "twinning")]),
        ("Trade between the Russian region and Vietnam reached 45 million USD last year.", N,
         [("economy", "Trade")]),
    ]),
    ("TASS", "KRASNODAR", [
        ("A Vietnamese delegation led by Vice Chairman of the Lam Dong provincial People's Committee Dang "
         "Van Khanh arrived in Krasnodar on Monday.", N, []),
        ("The guests toured a fruit farm and a winery near Anapa.", N, []),
        ("Officials of the Krasnodar Territory and the province attended the signing of a memorandum on "
         "agriculture.", N, [("economy", "agriculture")]),
    ]),
    ("VNA", "HANOI", [
        ("Governor of the Kaluga region Vladislav Shapovalov visited the Vietnam Military History Museum "
         "on September 3.", N, []),
        ("He was accompanied by officials of the Hanoi People's Committee.", N, []),
    ]),
]
