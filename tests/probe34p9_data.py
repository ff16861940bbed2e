"""Probe 34p9: field words used figuratively, idiomatically or in a non-field sense, as diplomatic copy
often does ("wished him good health", "positive energy", "invested great efforts", "a school of
thought", "trade barbs", "a nuclear family", "the economy of the speech"), beside close sentences where
the same words name the field ("health cooperation", "energy cooperation", "invest in Việt Nam"), in
VNA English, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. A figure of speech, a wish, an idiom and a word of
another sense are no mention. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("President Luong Van Thinh on October 3 received outgoing Russian Ambassador Igor Vasilyev, who "
         "came to bid farewell at the end of his tenure.", N, []),
        ("Thinh wished Vasilyev good health and happiness in his new post.", V, []),
        ("He proposed that the two countries step up health cooperation, especially in vaccine research.",
         V, [("health", "health"), ("health", "vaccine")], [("science_technology", "research")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Speaking at the reception, Vietnamese Ambassador Dang Minh Khoi said the visit of the Prime "
         "Minister had brought positive energy to the relations between the two countries.", V, []),
        ("Khoi said the two sides had also agreed to expand energy cooperation, including in oil and gas "
         "and renewable power.", V,
         [("energy", "energy"), ("oil_gas", "oil and gas"), ("energy", "renewable power")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Foreign Minister Andrei Rudin said Moscow and Hanoi have invested great efforts "
         "in building mutual trust over seven decades.", R, []),
        ("According to Rudin, Russian companies are ready to invest in Vietnam's infrastructure and "
         "manufacturing.", R, [("economy", "invest"), ("transport", "infrastructure")],
         [("economy", "manufacturing")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Addressing the seminar, Chinese Ambassador Xiong Bo said the two parties share the same school "
         "of thought on building socialism suited to national conditions.", C, []),
        ("He said the two sides should hold more theoretical exchanges.", C,
         [("party", "theoretical exchanges")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Embassy in Laos held a get-together with Lao officials who studied in Vietnam.",
         N, []),
        ("Ambassador Nguyen Ba Hung said such events help educate the younger generation about the "
         "traditions of the special friendship.", V, [],
         [("education", "educate"), ("people", "younger generation")]),
        ("He said Vietnam will continue granting scholarships to Lao students.", V,
         [("education", "scholarships")], [("education", "Lao students")]),
    ]),
    ("VNA", "HANOI", [
        ("The two ministers exchanged views on international and regional issues of mutual concern.", J,
         [("diplomacy", "international and regional issues")]),
        ("They also exchanged experience in training diplomats.", J,
         [("education", "training diplomats")]),
    ]),
    ("VNS", "HA NOI", [
        ("Deputy Prime Minister Tran Hong Son praised the power of example set by Russian veterans who "
         "helped Viet Nam during the war.", V, []),
        ("He also thanked Russia for the power plants it helped build in Viet Nam.", V, [],
         [("energy", "power plants")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Governor Pavel Ivanov described Vietnam as the engine of growth in Southeast Asia.", R, []),
        ("He said the region intends to increase exports of timber and seafood to Vietnam.", R, [],
         [("economy", "exports")]),
    ]),
    ("VNA", "HANOI", [
        ("Secretary of the Ho Chi Minh Communist Youth Union Central Committee Bui Quang Huy said the "
         "young generation is the driving force of the friendship between the two countries.", V, [],
         [("people", "young generation")]),
        ("Huy proposed more youth exchanges between the two countries.", V,
         [("people", "youth exchanges")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Minister of Public Security Khamphong Siphanh pledged to ensure the security and "
         "safety of the Vietnamese delegation during its stay.", L, []),
        ("Khamphong said the two ministries will step up cooperation against drug trafficking along the "
         "border.", L, [("defence_security", "drug trafficking")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Russian State Duma deputy Olga Lebedeva said the two countries enjoy a healthy relationship "
         "free of disputes.", R, []),
        ("Lebedeva said Russia is ready to help train doctors for Vietnamese hospitals.", R,
         [("education", "train doctors")], [("health", "hospitals")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The two Party delegations pledged to nurture the friendship and cultivate trust between the two "
         "Parties.", J, [], [("party", "trust between the two Parties")]),
        ("They agreed to expand the training of cadres.", J, [("party", "training of cadres")]),
    ]),
    ("VNA", "BAC NINH", [
        ("During his visit to the province, Russian Ambassador Sergei Orlov called on a nuclear family of "
         "four living in a new housing estate.", N, []),
        ("Orlov said Russia hopes to build a nuclear power plant with Vietnam in the future.", R,
         [("nuclear", "nuclear power")]),
    ]),
    ("VNA", "HANOI", [
        ("Honour guards transported the wreath of the Russian delegation to the Unknown Soldiers' "
         "Memorial.", N, []),
        ("The delegation's head, Vladimir Guskov, said transport links between the two countries need to "
         "be improved.", R, [("transport", "transport links")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The ministers did not trade barbs over the disputed issues, a diplomatic source told TASS.", N,
         []),
        ("Instead, they discussed how to raise trade between the two countries to 10 billion USD.", N,
         [("economy", "trade")]),
    ]),
    ("VNA", "QUANG NINH", [
        ("Vice Chairwoman of the Quang Ninh Provincial People's Committee Nguyen Thi Hanh received a "
         "delegation of the Khabarovsk Territory Tourism Committee.", N, []),
        ("Hanh said the province wants to attract more Russian tourists through charter flights.", V,
         [("tourism_sports", "Russian tourists"), ("transport", "charter flights")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister Pham Van Lam, who defended his thesis at Saint Petersburg State University in "
         "1989, greeted the Russian guests in Russian.", N, []),
        ("Lam said the two countries should expand cooperation in science and technology.", V,
         [("science_technology", "science and technology")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Speaking at the workshop, Russian scholar Ivan Melnikov said the science of governance is "
         "learned through practice.", R, []),
        ("He noted that the Russian Academy of Sciences has worked with Vietnamese institutes on "
         "marine science for decades.", R, [("science_technology", "marine science")]),
    ]),
    ("VNS", "HA NOI", [
        ("Observers praised the economy of the speech, which lasted only ten minutes.", N, []),
        ("In the speech, the Russian Prime Minister said the two economies complement each other.", R,
         [], [("economy", "economies")]),
    ]),
    ("VNA", "HANOI", [
        ("The two sides agreed to boost cultural exchanges and to hold Vietnamese Culture Days in Russia "
         "next year.", J, [("culture", "cultural exchanges")]),
        ("Minister of Culture, Sports and Tourism Nguyen Van Tung said culture is a bridge that links the "
         "hearts of the two peoples.", V, [("culture", "culture")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese Deputy Foreign Minister Do Hung Viet said political trust is the most valuable asset "
         "of the relationship.", V, [("diplomacy", "political trust")]),
        ("Viet said the two sides should turn the good political relations into economic gains.", V,
         [("diplomacy", "political relations"), ("economy", "economic")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian President Viktor Savin wished the Vietnamese people peace and prosperity.", R, []),
        ("Savin said trade between the two countries grew by 15% last year.", R,
         [("economy", "trade")]),
    ]),
    ("VNA", "HANOI", [
        ("Russian Ambassador Sergei Orlov said the friendship between the two peoples has stood the test of time.", R, []),
        ("He said the two nations have weathered many storms together.", R, []),
        ("He called for more cooperation in tourism, sport and education.", R,
         [("tourism_sports", "tourism, sport"), ("education", "education")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairwoman of the Vietnam-Russia Friendship Association Le Thi Mai said the association serves "
         "as a bridge of friendship between the two peoples.", V, [],
         [("people", "bridge of friendship between the two peoples")]),
        ("Mai said the association will organise more people-to-people exchanges.", V,
         [("people", "people-to-people exchanges")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Sergei Lavrin said relations with Vietnam are a school of patience and "
         "mutual respect.", R, []),
        ("Lavrin said Moscow will send more teachers of the Russian language to Vietnamese schools.", R,
         [("education", "teachers of the Russian language")], [("education", "schools")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese President Luong Van Thinh and Russian President Viktor Savin held talks in a warm and trustful atmosphere.", N, []),
        ("The two leaders agreed that energy, oil and gas and nuclear power remain pillars of the "
         "cooperation.", J,
         [("energy", "energy"), ("oil_gas", "oil and gas"), ("nuclear", "nuclear power")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Party General Secretary To Van Lam said the two Parties should nurture the younger generations' "
         "sense of the revolutionary traditions.", V, []),
        ("Lam proposed that the two Parties exchange experience in Party building.", V,
         [("party", "Party building")]),
    ]),
    ("VNA", "HANOI", [
        ("The Russian minister said the talks had given fresh energy to bilateral ties.", R, []),
        ("Both sides welcomed the progress of the Long Phu power project.", J, [],
         [("energy", "power project")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("Consul General Alexei Popov said the Russian community in the city has invested its heart in "
         "the friendship.", R, [], [("people", "Russian community in the city")]),
        ("Popov said Russian investors have invested more than 1 billion USD in the city.", R,
         [("economy", "investors"), ("economy", "invested more than 1 billion USD")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Phomvihane said Vietnam's experience is a valuable lesson for Laos.",
         L, []),
        ("Sonexay said Laos wants to learn from Vietnam's experience in education reform.", L,
         [("education", "education reform")]),
    ]),
    ("TASS", "HANOI", [
        ("Russian Ambassador Orlov said he had taken a crash course in Vietnamese history before arriving "
         "in Hanoi.", R, [], [("education", "crash course in Vietnamese history")]),
        ("He said Russia offers language courses for Vietnamese students at 20 universities.", R,
         [("education", "language courses")], [("education", "Vietnamese students"),
                                               ("education", "universities")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnamese minister said the two sides must keep the flame of friendship burning.", V, []),
        ("Chinese Vice Minister Liu Jian agreed and proposed a healthy and stable development of "
         "economic and trade ties.", C, [("economy", "economic and trade")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Vo Thi Lan said the women's union is a powerful force for peace.", V, []),
        ("She said Vietnam will boost power transmission links with Laos.", V,
         [("energy", "power transmission")]),
    ]),
    ("VNS", "HA NOI", [
        ("The two sides hailed the market price of trust, saying no deal can be struck without it.", J, []),
        ("They agreed to open their markets wider to each other's farm produce.", J,
         [("economy", "farm produce")], [("economy", "markets")]),
    ]),
    ("VNA", "HANOI", [
        ("The Lao guests toured the Temple of Literature, the country's first university.", N, [],
         [("education", "university")]),
        ("Lao Minister of Education and Sports Phoxay Sayasone said the two countries will open more "
         "joint training programmes.", L, [("education", "joint training programmes")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Prime Minister Denis Kotov said the two countries trade not only goods but also "
         "ideas.", R, [], [("economy", "trade")]),
        ("He said Russian wheat exports to Vietnam doubled this year.", R,
         [], [("economy", "wheat exports")]),
    ]),
]
