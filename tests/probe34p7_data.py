"""Probe 34p7: TASS and Sputnik copy: sources ('told TASS', 'the Kremlin press service said', 'the
ministry's press service reported', 'according to the Federal Customs Service'), headlines ending with a
dash and a source, Russian officials' roles as later referents ('the diplomat', 'the Russian leader',
'the head of state', 'the governor'), quotations opening the paragraph with the speaker after, 'he
added', 'According to him,', 'In his words,', Vietnamese officials seen from Moscow and Russian lists
of fields ('trade and economic, scientific and technical, and humanitarian cooperation') in TASS,
Sputnik, VNA and Nhân Dân shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # the Kremlin press service; the head of state; the Russian leader
    ("TASS", "MOSCOW", [
        ("Russian President Mikhail Orlov will hold talks with Vietnamese President Tran Duc Minh in the "
         "Kremlin on May 12, the Kremlin press service said.", R, []),
        ("The two leaders are expected to discuss trade and economic, scientific and technical, and "
         "humanitarian cooperation.", J, [("economy", "trade and economic")],
         [("science_technology", "scientific and technical"), ("culture", "humanitarian")]),
        ("The head of state stressed that Russia attaches great importance to energy projects in "
         "Vietnam.", R, [("energy", "energy projects")]),
        ("According to the Russian leader, bilateral trade grew by 12% last year.", R,
         [("economy", "bilateral trade")]),
    ]),
    # told TASS; the diplomat noted; In his words
    ("TASS", "HANOI", [
        ("Russian Ambassador to Vietnam Sergei Belov told TASS that Russian tour operators plan to add "
         "charter flights to Nha Trang.", R,
         [("tourism_sports", "tour operators"), ("transport", "charter flights")]),
        ("The diplomat noted that more than 300,000 Russian tourists visited Vietnam in the first half of "
         "the year.", R, [("tourism_sports", "Russian tourists")]),
        ("In his words, Vietnamese universities are interested in joint research with Russian "
         "institutes.", R, [("science_technology", "joint research")], [("education", "universities")]),
    ]),
    # Vietnamese Ambassador told TASS; quote first, speaker after
    ("TASS", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Nguyen Van Tung told TASS that Hanoi hopes to increase exports "
         "of seafood and fruit to Russia.", V, [], [("economy", "exports")]),
        ("\"We see great potential in agriculture and food processing,\" he said.", V,
         [("economy", "agriculture and food processing")]),
        ("He added that Vietnamese firms are ready to invest in Russia's Far East.", V,
         [("economy", "invest")]),
        ("According to him, the two countries should expand settlements in national currencies.", V,
         [("economy", "settlements in national currencies")]),
    ]),
    # headline with a dash source, then the body
    ("TASS", "MOSCOW", [
        ("Russia, Vietnam to double trade by 2030 – ambassador.", R, [("economy", "trade")]),
        ("Russia and Vietnam intend to double their trade turnover by 2030, Russian Ambassador to "
         "Vietnam Sergei Belov said.", R, [("economy", "trade turnover")]),
        ("\"Our goal is ambitious but achievable,\" the diplomat said.", R, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnam interested in Russian wheat supplies – deputy minister.", V, [],
         [("economy", "wheat supplies")]),
        ("Vietnam is interested in increasing purchases of Russian wheat, Vietnamese Deputy Minister of "
         "Agriculture Le Quoc Bao told TASS.", V, []),
    ]),
    # Deputy Prime Minister on the sidelines of the forum
    ("TASS", "VLADIVOSTOK", [
        ("Russia is ready to help Vietnam build a nuclear research centre, Russian Deputy Prime Minister "
         "Andrei Kozlov told reporters on the sidelines of the Eastern Economic Forum.", R,
         [("nuclear", "nuclear research")]),
        ("\"Talks on the project are at an advanced stage,\" Kozlov said.", R, []),
        ("The Eastern Economic Forum is being held in Vladivostok on September 3-6.", N, []),
    ]),
    # Rosatom Director General at a plenary session
    ("TASS", "SOCHI", [
        ("Rosatom Director General Yuri Fedin said at a plenary session of the forum that the corporation "
         "is ready to build a nuclear power plant in Vietnam.", R, [("nuclear", "nuclear power plant")]),
        ("He added that Rosatom would also train Vietnamese specialists in nuclear engineering.", R,
         [("education", "train Vietnamese specialists"), ("nuclear", "nuclear engineering")]),
        ("According to Fedin, about 400 Vietnamese students are studying nuclear physics in Russian "
         "universities.", R, [("education", "Vietnamese students"), ("nuclear", "nuclear physics")],
         [("education", "universities")]),
    ]),
    # the ministry's press service reported
    ("TASS", "MOSCOW", [
        ("Russian Minister of Agriculture Olga Zueva held talks with Vietnamese Minister of Agriculture "
         "and Environment Pham Van Duc, the ministry's press service reported.", R, []),
        ("The sides discussed increasing supplies of grain and fertilisers.", J, []),
        ("Zueva noted that Russia wants to open its market to Vietnamese tropical fruit.", R,
         [], [("economy", "market")]),
    ]),
    # according to the Federal Customs Service (figures: narrator) vs the service said (its side)
    ("TASS", "MOSCOW", [
        ("Trade between Russia and Vietnam rose by 8% in January-June to 3.1 billion USD, according to "
         "the Federal Customs Service.", R, [("economy", "Trade between Russia and Vietnam")]),
        ("Russian exports of oil products to Vietnam rose by 15%, according to Federal Customs Service "
         "data.", N, [("oil_gas", "oil products")], [("economy", "exports")]),
        ("The Federal Customs Service said imports of Vietnamese electronics rose by a quarter.", R, [],
         [("economy", "imports")]),
    ]),
    # governors and their press services
    ("TASS", "KAZAN", [
        ("Tatarstan Governor Rustam Galeev met Vietnamese Consul General Do Huy Hoang in Kazan, the "
         "governor's press service reported.", R, []),
        ("The governor said the region wants to supply trucks and petrochemical products to Vietnam.", R,
         [("oil_gas", "petrochemical products")]),
        ("Hoang invited Tatarstan companies to take part in an investment forum in Hanoi.", V, [],
         [("economy", "investment")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Primorye will launch a direct cargo shipping line to Haiphong in October, the regional "
         "government's press service said.", R, [("transport", "cargo shipping line")]),
        ("According to the press service, the line will carry timber, fertilisers and containers.", R, []),
        ("Primorye Governor Ivan Sokolov said the region counts on Vietnamese investment in its ports.",
         R, [("economy", "Vietnamese investment"), ("transport", "ports")]),
    ]),
    # Sputnik: the minister told Sputnik
    ("Sputnik", "HANOI", [
        ("Vietnam wants Russian companies to take part in building its high-speed railway, Vietnamese "
         "Deputy Minister of Construction Nguyen Thanh Long told Sputnik.", V,
         [("transport", "high-speed railway")]),
        ("\"Russian experience in railway construction is very valuable for us,\" the deputy minister "
         "said.", V, [("transport", "railway construction")]),
        ("In his words, the first section could be completed by 2030.", V, []),
    ]),
    # the Foreign Ministry spokeswoman at a briefing
    ("TASS", "MOSCOW", [
        ("Moscow and Hanoi will hold consultations on regional security in Hanoi next month, Russian "
         "Foreign Ministry spokeswoman Anna Lebedeva said at a briefing.", R,
         [("defence_security", "regional security")]),
        ("The diplomat added that the sides would also discuss cooperation at the UN and in ASEAN-led "
         "forums.", R, [("diplomacy", "cooperation at the UN and in ASEAN-led forums")]),
    ]),
    # Russian officials' lists of fields
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Pavel Gromov said relations with Vietnam are developing in the "
         "political, trade and economic, military and technical, and humanitarian spheres.", R,
         [("diplomacy", "political"), ("economy", "trade and economic"),
          ("defence_security", "military and technical")],
         [("culture", "humanitarian")]),
        ("He noted that Moscow values Hanoi's balanced foreign policy.", R,
         [("diplomacy", "foreign policy")]),
    ]),
    # VNA from Moscow: Vietnamese officials seen from Moscow
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Nguyen Van Tung had a working session with Governor of the "
         "Novosibirsk region Viktor Lapin on June 4.", N, []),
        ("Lapin said the region's universities are ready to admit more Vietnamese students.", R,
         [("education", "admit more Vietnamese students")], [("education", "universities")]),
        ("Tung suggested the two sides promote cooperation in pharmaceuticals and information "
         "technology.", V, [("health", "pharmaceuticals"), ("science_technology", "information technology")]),
    ]),
    # Nhân Dân: Russian Deputy PM in Hanoi, the Russian guest
    ("NDO", "HANOI", [
        ("Prime Minister Le Thanh Phong received Russian Deputy Prime Minister Andrei Kozlov in Hanoi on "
         "April 8.", N, []),
        ("Phong asked the Russian side to facilitate Vietnamese goods' access to the Russian market.", V,
         [], [("economy", "Russian market")]),
        ("The Russian guest said Moscow wants to expand cooperation with Vietnam in oil and gas and "
         "energy.", R, [("oil_gas", "oil and gas"), ("energy", "energy")]),
    ]),
    # the press service of the Russian Embassy
    ("TASS", "HANOI", [
        ("A Russian Navy detachment arrived at Cam Ranh port for a four-day visit, the press service of "
         "the Russian Embassy in Vietnam reported.", R, [], [("defence_security", "Russian Navy")]),
        ("The sailors will take part in joint search and rescue drills with the Vietnamese navy.", N,
         [("defence_security", "joint search and rescue drills")]),
    ]),
    # 'said in an interview with TASS'
    ("TASS", "MOSCOW", [
        ("Vietnam sees Russia as a key partner in education, Vietnamese Minister of Education and "
         "Training Hoang Minh Son said in an interview with TASS.", V, [("education", "education")]),
        ("\"Every year Russia grants about 1,000 scholarships to Vietnamese students,\" the minister "
         "said.", V, [("education", "scholarships"), ("education", "Vietnamese students")]),
        ("He also expressed the hope that more Russian schools would teach Vietnamese.", V,
         [("education", "teach")], [("education", "schools")]),
    ]),
    # Kremlin aide
    ("TASS", "MOSCOW", [
        ("Kremlin aide Yuri Sharov told reporters that the leaders will sign documents on energy, "
         "transport and digital transformation.", R,
         [("energy", "energy"), ("transport", "transport"),
          ("science_technology", "digital transformation")]),
        ("According to the Kremlin aide, a joint statement will also be adopted.", R, []),
    ]),
    # headline '– Rosatom chief'
    ("TASS", "MOSCOW", [
        ("First Vietnamese nuclear plant may start up in 2035 – Rosatom chief.", R,
         [("nuclear", "nuclear plant")]),
        ("The first power unit of a nuclear power plant in Vietnam could be commissioned in 2035, "
         "Rosatom Director General Yuri Fedin said.", R, [("nuclear", "nuclear power plant")]),
    ]),
    # Russian Energy Ministry said / Vietnamese side
    ("TASS", "MOSCOW", [
        ("Russian companies may increase liquefied natural gas supplies to Vietnam, the Russian Energy "
         "Ministry said.", R, [("oil_gas", "liquefied natural gas supplies")]),
        ("Earlier, Vietnam's state-owned PetroVietnam signed a memorandum with Zarubezhneft on offshore "
         "exploration.", N, [("oil_gas", "offshore exploration")]),
    ]),
    # Sputnik: the head of the Russian delegation
    ("Sputnik", "VIENTIANE", [
        ("Russia will supply Laos with equipment for the fight against drug trafficking, the head of the "
         "Russian delegation, Deputy Interior Minister Igor Vetrov, said.", R,
         [("defence_security", "fight against drug trafficking")]),
        ("Lao Minister of Public Security Vilay Keomanee thanked Moscow for its assistance in training "
         "police officers.", L, [("education", "training police officers")]),
    ]),
    # a quote with the speaker in the middle
    ("TASS", "MOSCOW", [
        ("\"Vietnam is our reliable partner in Southeast Asia,\" Russian Deputy Foreign Minister Mikhail "
         "Rudnev said.", R, []),
        ("\"We will continue to develop military and technical cooperation,\" he said.", R,
         [("defence_security", "military and technical cooperation")]),
    ]),
    # State Duma speaker
    ("VNA", "MOSCOW", [
        ("Chairman of the Russian State Duma Viktor Volodin hosted a reception for Vietnamese National "
         "Assembly Vice Chairman Tran Quang Tuan on March 10.", N, []),
        ("Volodin said inter-parliamentary cooperation is an important pillar of bilateral ties.", R,
         [("diplomacy", "inter-parliamentary cooperation")]),
        ("Tuan, for his part, proposed that the two legislatures share experience in law-making on the "
         "digital economy.", V, [("economy", "digital economy")]),
    ]),
    # Rosatom press service; the company's statement
    ("TASS", "MOSCOW", [
        ("Rosatom and Vietnam's Ministry of Science and Technology signed a roadmap on the peaceful use of "
         "atomic energy, the Rosatom press service said.", R, [("nuclear", "atomic energy")]),
        ("The document provides for training of Vietnamese personnel and construction of a research "
         "reactor.", N, [("education", "training of Vietnamese personnel"), ("nuclear", "research reactor")]),
    ]),
    # Russian Trade Representative
    ("TASS", "HO CHI MINH CITY", [
        ("Russian Trade Representative in Vietnam Denis Karpov told TASS that Russian exporters are "
         "interested in the Vietnamese market for agricultural machinery.", R,
         [("economy", "agricultural machinery")],
         [("economy", "exporters"), ("economy", "Vietnamese market")]),
        ("According to the trade representative, at least 20 Russian companies will take part in the "
         "exhibition in Ho Chi Minh City.", R, []),
    ]),
    # the regional ministry; sister cities
    ("TASS", "YEKATERINBURG", [
        ("Sverdlovsk region and Vietnam's Thanh Hoa province signed an agreement on trade, economic and "
         "cultural cooperation, the regional ministry of international relations said.", R,
         [("economy", "trade, economic"), ("culture", "cultural")]),
        ("The sides also agreed to develop youth exchanges and tourism.", J,
         [("people", "youth exchanges"), ("tourism_sports", "tourism")]),
    ]),
    # a Vietnamese official at a Russian forum; "the Vietnamese diplomat" later
    ("TASS", "ST. PETERSBURG", [
        ("\"Russia remains one of Vietnam's key partners in energy,\" Vietnamese Deputy Prime Minister Le Van "
         "Hung told TASS on the sidelines of the St. Petersburg International Economic Forum.", V,
         [("energy", "energy")]),
        ("Vietnamese Ambassador Nguyen Van Tung, who accompanied him, said Hanoi plans to open a trade "
         "office in Yekaterinburg.", V, [], [("economy", "trade office")]),
        ("The Vietnamese diplomat also noted that direct flights between Hanoi and St. Petersburg would "
         "resume in the autumn.", V, [("transport", "direct flights")]),
    ]),
    # a ministry as a source, no data word; a headline with a body's name after the dash
    ("TASS", "MOSCOW", [
        ("Russian oil companies eye new offshore blocks in Vietnam – Energy Ministry.", R,
         [("oil_gas", "oil")], [("oil_gas", "offshore blocks")]),
        ("According to the Russian Ministry of Economic Development, Vietnam accounts for a third of "
         "Russia's trade with ASEAN countries.", R, [("economy", "trade with ASEAN")]),
        ("\"We have agreed to expand cooperation in vocational training,\" the Russian minister told "
         "reporters after the meeting.", R, [("education", "vocational training")]),
    ]),
]
