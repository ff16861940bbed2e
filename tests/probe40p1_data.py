"""Probe 40p1: one-sector lists that the system may split into two or three mentions (members with
their own modifiers, heads the match leaves out, middle members the lexicon lacks, "of" members) and
close sentences whose two mentions must stay two, in VNA, VNS, Nhân Dân and TASS shapes (invented
people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give
(neighbouring terms of one sector joined by "and", "or", commas, "as well as" or nothing are one
mention, quoted whole). A sentence may carry a fourth item: optional rows. Written for the probe,
copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("TASS", "HANOI", [
        ("Vietnamese Deputy Foreign Minister Do Hung Viet met Russian Deputy Foreign Minister Andrei "
         "Rudov in Hanoi on Thursday.", N, []),
        ("Rudov said Moscow values cooperation with Hanoi in combating cyber crime and transnational "
         "terrorism.", R, [("defence_security", "cyber crime and transnational terrorism")]),
        ("Viet said the two sides should expand trade in Hanoi and investment in the Mekong Delta.", V,
         [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("VNA", "DA NANG", [
        ("Da Nang city will upgrade its airport and build a new seaport by 2030, city Chairman Luong "
         "Van Phuc said.", V, [("transport", "airport"), ("transport", "seaport")]),
        ("Phuc said the city also wants to develop offshore wind and marine tourism.", V,
         [("energy", "offshore wind"), ("tourism_sports", "tourism")]),  # shortest span: "marine" names no tourism
        ("He said exports rose 12 percent, and investment doubled.", V,
         [("economy", "exports"), ("economy", "investment")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Tran Quoc Binh received a delegation from the Russian "
         "Ministry of Energy led by Deputy Minister Pavel Sorokin on May 12.", N, []),
        ("Binh said Vietnam needs investment in power grids and new generating capacity to meet rising "
         "demand.", V, [("economy", "investment"), ("energy", "power grids and new generating capacity")]),
        ("Sorokin said Russian companies are ready to build a hydropower plant and upgrade the "
         "transmission network.", R, [("energy", "hydropower plant"), ("energy", "transmission network")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Security Council Secretary Viktor Lebedev met Vietnamese Minister of Public Security "
         "Le Van Hung in Moscow on Tuesday.", N, []),
        ("Lebedev said the two countries face common challenges such as cyber threats and "
         "international terrorism.", R, [("defence_security", "cyber threats and international terrorism")]),
        ("Hung said Vietnam is willing to step up intelligence sharing and to train police officers "
         "with Russia.", V, [("defence_security", "intelligence sharing"),
                             ("defence_security", "train police officers")],
         [("education", "train police officers")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Health received a shipment of vaccine doses, as well as ventilators and "
         "protective equipment, from the Russian Government on June 3.", N,
         [("health", "vaccine doses, as well as ventilators and protective equipment")]),
        ("Deputy Minister of Health Nguyen Thi Hoa thanked Russia for its support in disease "
         "prevention and control.", V, [("health", "disease prevention and control")]),
    ]),
    ("VNS", "HANOI", [
        ("Vietnam and Laos agreed to boost the translation of literary works, art troupe exchanges and "
         "the preservation of cultural heritage in the 2026-2030 period.", J,
         [("culture", "translation of literary works, art troupe exchanges and the preservation of "
                      "cultural heritage")]),
        ("Lao Minister of Information, Culture and Tourism Souksavanh Phommala said cinema, libraries, "
         "museums and fine arts are areas with great potential.", L,
         [("culture", "cinema, libraries, museums and fine arts")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Vice President of the Vietnam Academy of Science and Technology Pham Duc Long hosted a "
         "delegation of the Russian Academy of Sciences on August 8.", N, []),
        ("Long proposed joint research in biotechnology, new materials and marine science.", V,
         [("science_technology", "research in biotechnology, new materials and marine science")]),
        ("The Russian side agreed to expand scientist exchanges and to open a joint laboratory in "
         "Nha Trang.", R, [("science_technology", "joint laboratory")],
         [("science_technology", "scientist exchanges")]),
    ]),
    ("VNA", "NHA TRANG", [
        ("Khanh Hoa province aims to develop golf, spa and medical tourism to attract high-spending "
         "visitors from Russia.", N, [("tourism_sports", "golf, spa and medical tourism"),
                                       ("tourism_sports", "attract high-spending visitors")]),
        ("Provincial Vice Chairwoman Le Thi Mai said the locality will also protect coral reefs and "
         "marine biodiversity around its islands.", V,
         [("environment", "coral reefs and marine biodiversity")]),
    ]),
    ("VNA", "HANOI", [
        ("The State Bank of Vietnam and the Central Bank of Russia discussed linking payment card "
         "systems and QR-code payments between the two countries.", J,
         [("economy", "payment card systems and QR-code payments")]),
        ("Deputy Governor Dao Minh Tuan said the link would help boost trade and attract investment.",
         V, [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Russian Railways and Vietnamese partners plan to build a railway and upgrade the port of "
         "Hai Phong, Deputy Transport Minister Oleg Belov told TASS.", R,
         [("transport", "railway")]),  # "the port of Hai Phong": a named place
        ("Belov said freight volumes between Vladivostok and Hai Phong rose 20 percent last year.", R,
         [("transport", "freight")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese Ambassador to Laos Nguyen Minh Tam visited the Lao Ministry of Education and "
         "Sports on September 4.", N, []),
        ("Tam said Vietnam will continue to grant scholarships and train teachers, doctors and "
         "engineers for Laos.", V, [("education", "scholarships"),
                                    ("education", "train teachers, doctors and engineers")]),
        ("Lao Minister Phouvong Keola said vocational training, higher education and Vietnamese "
         "language teaching are priorities.", L,
         [("education", "vocational training, higher education and Vietnamese language teaching")]),
    ]),
    ("VNS", "HA NOI", [
        ("The two sides agreed to cooperate in agriculture, forestry and fisheries, as well as in "
         "renewable energy.", J, [("economy", "agriculture, forestry and fisheries"),
                                  ("energy", "renewable energy")]),
        ("They also pledged to promote tourism and sport, and to expand direct flights.", J,
         [("tourism_sports", "tourism and sport"), ("transport", "direct flights")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Natural Resources and Environment Dang Quoc Khanh received Russian Deputy "
         "Minister of Natural Resources Ilya Kuznetsov on October 1.", N, []),
        ("Khanh said the two ministries should cooperate on climate change adaptation, air pollution "
         "control and waste treatment.", V,
         [("environment", "climate change adaptation, air pollution control and waste treatment")]),
        ("Kuznetsov said Russia is ready to share experience in forest protection in Siberia and in "
         "water resources management.", R,
         [("environment", "forest protection"), ("environment", "water resources management")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Prime Minister Yuri Orlov said Moscow and Hanoi would expand cooperation in "
         "nuclear medicine and radiation technologies.", R,
         [("nuclear", "nuclear"), ("nuclear", "radiation technologies")], [("health", "medicine")]),
        ("Orlov added that Rosatom would train 100 Vietnamese specialists in 2027.", R,
         [("education", "train 100 Vietnamese specialists")]),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Van Son on Monday received Chairman of the Russian company Novatek "
         "Leonid Gusev.", N, []),
        ("Son asked the company to invest in liquefied natural gas terminals and gas-fired power "
         "plants in Vietnam.", V, [("economy", "invest"), ("oil_gas", "liquefied natural gas"),
                                  ("energy", "gas-fired power plants")],
         [("oil_gas", "gas-fired")]),
        ("Gusev said Novatek sees great potential in Vietnam's energy market.", R, [("energy", "energy")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Politburo member and Permanent Member of the Party Central Committee's Secretariat Tran Van "
         "Quang received a delegation of the Communist Party of the Russian Federation on November 7.",
         N, []),
        ("Quang said the two Parties should boost theoretical exchanges, cadre training and the "
         "sharing of experience in Party building.", V,
         [("party", "theoretical exchanges, cadre training and the sharing of experience in Party "
                    "building")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam and Russia will step up cooperation in road, railway and inland waterway "
         "transport, the two transport ministers agreed.", J,
         [("transport", "road, railway and inland waterway transport")]),
        ("They also discussed seaports, logistics centres and airports.", J,
         [("transport", "seaports, logistics centres and airports")]),
    ]),
    ("VNS", "HCM CITY", [
        ("HCM City wants to attract investment in semiconductors, artificial intelligence and digital "
         "transformation, its vice chairman Ngo Van Tuan said.", V,
         [("economy", "investment"),
          ("science_technology", "semiconductors, artificial intelligence and digital transformation")]),
        ("Tuan said the city has 12 industrial parks and two high-tech parks.", V,
         [("economy", "industrial parks")], [("science_technology", "high-tech")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam-Russia Friendship Association held a meeting in Hanoi on Sunday.", N, []),
        ("Its President Bui Thi Nga said people-to-people exchanges, youth exchanges and friendship "
         "between the two peoples are the foundation of bilateral ties.", V,
         [("people", "people-to-people exchanges, youth exchanges and friendship between the two peoples")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam should expand trade in agricultural products, seafood and fertilisers, "
         "Russian Deputy Economic Development Minister Andrei Volkov said.", R,
         [("economy", "trade in agricultural products, seafood and fertilisers")]),
        ("He said bilateral trade reached 7 billion USD last year, while Russian investment in "
         "Vietnam stood at 1 billion USD.", R, [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Culture, Sports and Tourism Nguyen Van Hung met Russian Minister of Culture Olga "
         "Petrova on March 18.", N, []),
        ("Hung proposed that the two ministries organise Culture Days, film weeks and art "
         "exhibitions in each country.", V,
         [("culture", "film weeks and art exhibitions")], [("culture", "Culture Days")]),
        ("Petrova said Russia would send ballet, circus and folk music troupes to Vietnam.", R,
         [("culture", "ballet, circus and folk music")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnamese and Lao defence ministries agreed to cooperate in training, military "
         "medicine and search and rescue.", J,
         [("education", "training"), ("defence_security", "military"), ("health", "medicine"),
          ("defence_security", "search and rescue")]),
        ("They also agreed to tackle drug trafficking and human trafficking along the border.", J,
         [("defence_security", "drug trafficking and human trafficking")]),
    ]),
    ("VNS", "HA NOI", [
        ("Japan will help Viet Nam develop urban railways, expressways and smart traffic systems, "
         "Ambassador Ito Hiroshi said.", "japan",
         [("transport", "urban railways, expressways and smart traffic systems")]),
        ("He said Japanese firms also want to invest in offshore wind and green hydrogen.", "japan",
         [("economy", "invest"), ("energy", "offshore wind and green hydrogen")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Labour, Invalids and Social Affairs Dao Ngoc Lan received Russian Deputy Labour "
         "Minister Sergei Tikhonov.", N, []),
        ("Lan said the two sides should cooperate in vocational training, social insurance and the "
         "protection of migrant workers.", V,
         [("education", "vocational training"),
          ("labour", "social insurance and the protection of migrant workers")]),
    ]),
    ("TASS", "HANOI", [
        ("Russian Ambassador Gennady Bezdetko said Russian tourists are drawn to Vietnam's beaches, "
         "cuisine and heritage sites.", R,
         [("tourism_sports", "tourists")], [("culture", "cuisine and heritage")]),
        ("He said 600,000 Russian holidaymakers visited Vietnam in 2025, and direct flights to Cam "
         "Ranh and Phu Quoc have doubled.", R,
         [("tourism_sports", "holidaymakers"), ("transport", "direct flights")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Science and Technology and Russia's Skoltech signed an agreement on "
         "innovation, start-ups and technology transfer.", N,
         [("science_technology", "innovation, start-ups and technology transfer")]),
        ("Deputy Minister Hoang Minh said the deal covers digital technology, big data and cloud "
         "computing.", V, [("science_technology", "digital technology, big data and cloud computing")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The two leaders agreed to deepen cooperation in defence and security, as well as in "
         "education and training.", J,
         [("defence_security", "defence and security"), ("education", "education and training")]),
        ("They pledged to strengthen political trust and coordinate at multilateral forums.", J,
         [("diplomacy", "political trust"), ("diplomacy", "multilateral forums")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Health Le Van Nam said Vietnam hopes to learn from Cuba in primary "
         "healthcare, preventive medicine and biotechnology.", V,
         [("health", "healthcare, preventive medicine"), ("science_technology", "biotechnology")]),
        ("He said the ministry will send doctors and nurses for training in Havana.", V,
         [("education", "training")], [("health", "doctors and nurses")]),
    ]),
]
