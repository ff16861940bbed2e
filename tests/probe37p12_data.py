"""Probe 37p12: lists that share a head noun, and verb forms of fields, in VNA, VNS, Nhân Dân and TASS
shapes (invented people and events).

Shared-head lists ("economic, trade and investment cooperation", "energy and transport infrastructure"),
serial commas, "as well as", "both ... and", lists inside longer phrases; verb forms ("to train cadres",
"invest in", "trading", "treating patients", "teach Russian"); hyphenated and slashed compounds
("economic-trade", "oil/gas", "culture-tourism"); and close sentences where a list member is no field
("the economic and social situation of the province" as a briefing).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give (one
row per sector of a shared-head list; neighbouring terms of one sector one row). A sentence may carry a
fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0 economic, trade and investment cooperation
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Pham Quang Vinh received Russian Deputy Minister of Economic Development "
         "Sergei Lavrentyev in Hanoi on April 9.", N, []),
        ("Vinh said the two countries should lift economic, trade and investment cooperation to match "
         "their good political ties.", V, [("economy", "economic, trade and investment"),
                                           ("diplomacy", "political ties")]),
        ("Lavrentyev agreed, adding that Russian firms want to invest in Vietnam's processing industry.",
         R, [("economy", "invest in")], [("economy", "processing industry")]),
    ]),
    # 1 cultural, educational and scientific exchanges
    ("VNS", "HANOI", [
        ("The two sides also agreed to expand cultural, educational and scientific exchanges.", J,
         [("culture", "cultural"), ("education", "educational"), ("science_technology", "scientific exchanges")]),
        ("Minister Tran Hong Son said Vietnam would send more lecturers to teach Russian at Hanoi "
         "schools.", V, [("education", "teach Russian")], [("education", "lecturers"), ("education", "schools")]),
    ]),
    # 2 energy and transport infrastructure
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Phommavong welcomed Vietnamese Minister of Transport Le Duc Hai on "
         "Tuesday.", N, []),
        ("Sonexay said Laos hopes to work with Vietnam on energy and transport infrastructure linking "
         "the two countries.", L, [("energy", "energy"), ("transport", "transport infrastructure")]),
        ("Hai said Vietnamese contractors stand ready to build roads, railways and power lines in Laos.",
         V, [("transport", "roads, railways"), ("energy", "power lines")]),
    ]),
    # 3 oil and gas, power and mining projects
    ("TASS", "MOSCOW", [
        ("Russian companies are interested in oil and gas, power and mining projects in Vietnam, Deputy "
         "Energy Minister Pavel Kuznetsov told TASS.", R, [("oil_gas", "oil and gas"), ("energy", "power")],
         [("economy", "mining")]),
        ("He said Zarubezhneft and its Vietnamese partner plan to cooperate in exploring oil on the "
         "continental shelf.", R, [("oil_gas", "exploring oil")]),
    ]),
    # 4 defence and security ties
    ("VNA", "HANOI", [
        ("General Nguyen Tan Cuong held talks with the visiting Lao Deputy Minister of National "
         "Defence Lieutenant General Bounmy Chanthavong.", N, []),
        ("Cuong said defence and security ties are a pillar of the special relationship.", V,
         [("defence_security", "defence and security")]),
        ("Bounmy thanked Vietnam for helping train Lao military officers and for its help in "
         "clearing unexploded ordnance.", L, [("defence_security", "train Lao military officers")],
         [("education", "train Lao military officers"), ("defence_security", "clearing unexploded ordnance")]),
    ]),
    # 5 party, state and parliamentary channels
    ("Nhân Dân", "HANOI", [
        ("Politburo member Le Hoai Trung received a delegation of the United Russia party led by Deputy "
         "Secretary Andrei Turchin on October 2.", N, []),
        ("Trung said the two countries should make better use of party, state and parliamentary channels.",
         V, [("party", "party"), ("diplomacy", "parliamentary channels")], [("diplomacy", "state")]),
        ("Turchin said United Russia wants to exchange delegations and share experience in party "
         "building with the CPV.", R, [("party", "exchange delegations"), ("party", "party building")]),
    ]),
    # 6 tourism and sports exchanges
    ("VNA", "DA NANG", [
        ("Da Nang and the Russian city of Kazan agreed to boost tourism and sports exchanges.", N,
         [("tourism_sports", "tourism and sports exchanges")]),
        ("Kazan deputy mayor Ildar Garipov said direct flights and visa-free travel had helped trading "
         "firms and holidaymakers alike.", R, [("transport", "direct flights"), ("tourism_sports", "holidaymakers")],
         [("economy", "trading firms"), ("tourism_sports", "visa-free travel")]),
    ]),
    # 7 science, technology and innovation
    ("VNS", "HANOI", [
        ("Science, technology and innovation will be the new engine of ties, Deputy Minister of Science "
         "and Technology Bui The Duy said.", V, [("science_technology", "Science, technology and innovation")]),
        ("He said Vietnam and Russia would co-operate in training engineers for the nuclear and "
         "space sectors.", V, [("education", "training engineers"), ("nuclear", "nuclear"),
                               ("science_technology", "space")]),
    ]),
    # 8 serial commas, as well as
    ("VNA", "MOSCOW", [
        ("The two ministers discussed trade, energy, and health, as well as education and culture.", J,
         [("economy", "trade"), ("energy", "energy"), ("health", "health"), ("education", "education"),
          ("culture", "culture")]),
        ("Russian Minister Mikhail Tarasov said Moscow is ready to supply fertiliser as well as grain.",
         R, [], [("economy", "supply fertiliser")]),
    ]),
    # 9 both ... and
    ("TASS", "HANOI", [
        ("The agreement covers both agriculture and fisheries, the Russian ambassador Gennady "
         "Bezdetko said.", R, [("economy", "agriculture and fisheries")]),
        ("Bezdetko added that both the oil and the gas sectors of Vietnam welcome Russian technology.",
         R, [("oil_gas", "oil"), ("oil_gas", "gas sectors")], [("science_technology", "technology")]),
    ]),
    # 10 list inside longer phrases
    ("VNA", "VIENTIANE", [
        ("Vietnamese Ambassador Nguyen Minh Tam met Lao Minister of Education Phout Simmalavong.", N, []),
        ("Tam said Vietnam will help with the training of personnel for the energy, transport and health "
         "sectors of Laos.", V, [("education", "training of personnel"), ("energy", "energy"),
                                  ("transport", "transport"), ("health", "health sectors")]),
        ("Phout thanked Vietnam for training Lao cadres and for educating thousands of Lao students.",
         L, [("party", "training Lao cadres"), ("education", "educating"), ("education", "students")]),
    ]),
    # 11 hyphenated and slashed compounds
    ("Nhân Dân", "HANOI", [
        ("The two sides reviewed economic-trade and science-technology cooperation.", J,
         [("economy", "economic-trade"), ("science_technology", "science-technology")]),
        ("Deputy Minister Hoang Long said Vietnam wants Russian help in oil/gas and in culture-tourism "
         "projects.", V, [("oil_gas", "oil/gas"), ("culture", "culture"), ("tourism_sports", "tourism")]),
    ]),
    # 12 close: the economic and social situation briefed
    ("VNA", "HA TINH", [
        ("Secretary of the Ha Tinh provincial Party Committee Nguyen Duc Vinh received Russian Consul "
         "General Andrei Smirnov.", N, []),
        ("Vinh briefed the guest on the economic and social situation of the province.", V, [],
         [("economy", "economic")]),
        ("He said Ha Tinh welcomes Russian investors in steel, logistics and seaports.", V,
         [("economy", "investors"), ("transport", "logistics and seaports")], [("economy", "steel")]),
    ]),
    # 13 close: political and economic stability of one country
    ("TASS", "MOSCOW", [
        ("Russian Foreign Ministry spokeswoman Irina Zakharova said Moscow values the political and "
         "economic stability of Vietnam.", R, [], [("economy", "economic")]),
        ("She said the sides would hold consultations on regional and international issues next month.",
         R, [("diplomacy", "regional and international issues")]),
    ]),
    # 14 treating patients, medicine
    ("VNA", "HANOI", [
        ("A team of Russian doctors from Novosibirsk arrived at Bach Mai Hospital to help in treating "
         "patients with heart disease.", N, [("health", "treating patients"), ("health", "heart disease")],
         [("health", "doctors")]),
        ("Team leader Oleg Petrov said the doctors would also train Vietnamese surgeons in new cardiac "
         "techniques.", R, [("education", "train Vietnamese surgeons")], [("health", "train Vietnamese surgeons"),
                                                                         ("health", "doctors")]),
    ]),
    # 15 trading verb
    ("VNS", "HANOI", [
        ("Vietnam and Laos have been trading more across the border, the Ministry of Industry and "
         "Trade said.", V, [], [("economy", "trading")]),
        ("Two-way trade rose to 2 billion USD last year, it said.", V, [("economy", "trade")]),
    ]),
    # 16 health and education list with head 'care'
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnam has built schools and hospitals in five Lao provinces, Vietnamese Ambassador Nguyen Minh Tam said.", V,
         [("education", "schools"), ("health", "hospitals")]),
        ("He said the two countries should cooperate in health care and vocational training.", V,
         [("health", "health care"), ("education", "vocational training")]),
    ]),
    # 17 youth, people-to-people
    ("VNA", "ST PETERSBURG", [
        ("Consul General Vu Thanh Ha said youth, people-to-people and locality exchanges bring the two "
         "nations closer.", V, [("people", "youth, people-to-people and locality exchanges")]),
        ("She called for more cooperation in labour and vocational training.", V,
         [("labour", "labour"), ("education", "vocational training")]),
    ]),
    # 18 agriculture, forestry and fisheries
    ("VNA", "HANOI", [
        ("The Lao delegation visited agricultural, forestry and fisheries research institutes in "
         "Hanoi.", N, [("economy", "agricultural, forestry and fisheries")], [("science_technology", "research")]),
        ("Deputy Minister Phouth Phommala said Laos wants to learn from Vietnam in growing coffee and "
         "raising livestock.", L, [], [("economy", "growing coffee"), ("economy", "raising livestock")]),
    ]),
    # 19 environment and climate
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will step up cooperation in environmental protection and climate change "
         "response, Deputy Minister of Natural Resources Denis Butov said.", R,
         [("environment", "environmental protection and climate change response")]),
    ]),
    # 20 digital economy and digital transformation
    ("VNA", "HANOI", [
        ("Minister Nguyen Manh Hung said the two countries should work together in the digital "
         "economy and digital transformation.", V, [("economy", "digital economy"),
                                                     ("science_technology", "digital transformation")]),
        ("He said Vietnamese firms are ready to invest in data centres and train IT engineers for Laos.",
         V, [("economy", "invest in"), ("science_technology", "data centres"), ("education", "train IT engineers")],
         [("science_technology", "IT engineers")]),
    ]),
    # 21 culture, arts and sport
    ("VNS", "HANOI", [
        ("The programme includes culture, arts and sport events in both countries.", N,
         [("culture", "culture, arts"), ("tourism_sports", "sport")]),
        ("Organiser Le Thu Trang said Russian artists would perform and teach dance in Hanoi.", V,
         [("education", "teach")], [("culture", "teach dance"), ("culture", "artists")]),
    ]),
    # 22 energy and oil and gas, as well as
    ("TASS", "HANOI", [
        ("Novatek CEO Leonid Mikhelson said the company sees Vietnam as a market for liquefied natural "
         "gas as well as for power generation.", R, [("oil_gas", "liquefied natural gas"),
                                                     ("energy", "power generation")], [("economy", "market")]),
        ("He said Novatek would also train Vietnamese specialists in gas processing.", R,
         [("education", "train Vietnamese specialists"), ("oil_gas", "gas processing")]),
    ]),
    # 23 scientific and technical cooperation with as well as
    ("VNA", "MOSCOW", [
        ("The intergovernmental commission on economic, trade and scientific-technical cooperation met "
         "in Moscow.", N, [], [("economy", "economic, trade"), ("science_technology", "scientific-technical")]),
        ("The co-chairs agreed to expand cooperation in education and healthcare, as well as in "
         "transport and logistics.", J, [("education", "education"), ("health", "healthcare"),
                                          ("transport", "transport and logistics")]),
    ]),
    # 24 banking and finance, payments
    ("VNS", "HANOI", [
        ("Central bank governor Nguyen Thi Hong said banking and finance links need settlements in "
         "national currencies.", V, [("economy", "banking and finance"),
                                     ("economy", "settlements in national currencies")]),
    ]),
    # 25 Lao copy, hydropower and mining
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Saleumxay Kommasith said Laos welcomes Vietnamese investment in "
         "hydropower, wind and solar.", L, [("economy", "investment"), ("energy", "hydropower, wind and solar")]),
        ("He asked Vietnam to buy more electricity from Laos and to help build transmission lines.", L,
         [("energy", "electricity"), ("energy", "transmission lines")]),
    ]),
    # 26 education and training bare, shared head 'cooperation'
    ("Nhân Dân", "HANOI", [
        ("Education and training cooperation remains a strategic pillar, the two Politburo members "
         "agreed.", J, [("education", "Education and training")]),
        ("They also agreed to strengthen cooperation between the two parties' theoretical agencies.", J,
         [("party", "cooperation between the two parties")], [("party", "theoretical")]),
    ]),
    # 27 defence industry and military technology
    ("TASS", "MOSCOW", [
        ("Russia is ready to deepen military and military-technical cooperation with Vietnam, Defence "
         "Minister Andrei Belousov said.", R, [("defence_security", "military and military-technical")]),
        ("He said the two armies would also cooperate in military medicine and rescue.", R,
         [("defence_security", "military"), ("health", "medicine")], [("defence_security", "rescue")]),
    ]),
    # 28 close: economic and social development plans of one province
    ("VNA", "VIENTIANE", [
        ("Governor of Champasak province Vilayvong Boutdakham briefed the Vietnamese delegation on the "
         "province's socio-economic development.", L, [], [("economy", "socio-economic development")]),
        ("Vilayvong said Champasak wants to attract Vietnamese investment in agriculture and tourism.",
         L, [("economy", "investment"), ("economy", "agriculture"), ("tourism_sports", "tourism")]),
    ]),
]

