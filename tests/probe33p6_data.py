"""Probe 33p6: lists of fields and verb forms in the wordings of VNA, VNS, Nhân Dân and TASS copy.

Each passage is a list of sentences; each sentence is ``(text, side, mentions)`` where ``side`` is the
side of whoever voices the sentence by the annotation guidelines (``data/evaluation/README.md``) and
``mentions`` the ``(sector, surface)`` rows the guidelines give (one mention per sector per
coordinated phrase; terms of different sectors separate; names and titles excluded). Invented people
and events; written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, J, N = "vietnam", "russia", "joint", "narrator"

PASSAGES = [
    [("The two sides agreed to further promote economic, trade and investment cooperation.",
      J, [("economy", "economic, trade and investment cooperation")])],
    [("Deputy Prime Minister Nguyen Van Thang said Vietnam wants to boost cooperation in trade, energy "
      "and education with Russia.", V, [("economy", "trade"), ("energy", "energy"), ("education", "education")])],
    [("The two countries will step up cultural and educational exchanges, the joint statement said.",
      J, [("culture", "cultural"), ("education", "educational exchanges")])],
    [("Russian Ambassador Pavel Orlov said Moscow is ready to help Vietnam build energy and transport "
      "infrastructure.", R, [("energy", "energy"), ("transport", "transport infrastructure")])],
    [("The two leaders discussed ways to deepen economic and defence cooperation.",
      J, [("economy", "economic"), ("defence_security", "defence cooperation")])],
    [("Vietnam and Russia have maintained cooperation in the fields of oil and gas, nuclear power, "
      "science and technology, education and training.", N,
      [("oil_gas", "oil and gas"), ("nuclear", "nuclear power"), ("science_technology", "science and technology"),
       ("education", "education and training")])],
    [("Minister Le Thi Hoa proposed that the two ministries expand collaboration in such areas as "
      "health care, pharmaceuticals and medical training.", V,
      [("health", "health care, pharmaceuticals and medical training"), ("education", "training")])],
    [("The delegation visited several projects, including a hydropower plant and a railway depot.",
      N, [("energy", "hydropower plant"), ("transport", "railway depot")])],
    [("The minister called for stronger links in agriculture and tourism as well as culture and sports.",
      N, [("economy", "agriculture"), ("tourism_sports", "tourism"), ("culture", "culture"), ("tourism_sports", "sports")])],
    [("Russian businesses are keen to invest in Vietnam's energy sector, said Deputy Minister Ivan "
      "Sokolov.", R, [("economy", "businesses"), ("economy", "invest"), ("energy", "energy sector")])],
    [("Vietnam will continue to send students to Russia and train cadres at Russian academies, Party "
      "official Tran Quoc Hung said.", V, [("education", "students"), ("party", "train cadres")],
      [("education", "academies")])],
    [("The province aims to educate 2,000 young people a year in vocational skills, its chairman said.",
      V, [("education", "educate"), ("people", "young people"), ("education", "vocational skills")])],
    [("Vietnamese firms trade with Russian partners mainly in seafood, textiles and coffee.",
      N, [("economy", "trade")])],
    [("VTV and a Russian studio will co-produce a documentary about the war-time friendship.",
      N, [("culture", "co-produce a documentary")])],
    [("The two sides agreed to boost oil-and-gas exploration on the continental shelf.",
      J, [("oil_gas", "oil-and-gas exploration")])],
    [("Cooperation in science-technology and innovation has achieved encouraging results, Minister "
      "Pham Duc Long noted.", V, [("science_technology", "science-technology and innovation")])],
    [("The agreement covers education/training and youth exchanges.", N,
      [("education", "education/training"), ("people", "youth exchanges")])],
    [("Minister of Culture, Sports and Tourism Vu Minh Tam received the Russian delegation in Hanoi.",
      N, []),
     ("Vu Minh Tam said culture, sports and tourism are bright spots in bilateral ties.",
      V, [("culture", "culture"), ("tourism_sports", "sports and tourism")])],
    [("Deputy Minister of Industry and Trade Hoang Van Phuc chaired the meeting.", N, []),
     ("Hoang Van Phuc said industry and trade cooperation should match the two countries' potential.",
      V, [("economy", "industry and trade cooperation")])],
    [("The Vietnam-Russia Tropical Centre has carried out research in biology, ecology and medicine "
      "for decades.", N, [("science_technology", "research"), ("environment", "ecology"),
                           ("health", "medicine")])],
    [("The Russian side expressed its wish to expand collaboration in labour, tourism and transport.",
      R, [("labour", "labour"), ("tourism_sports", "tourism"), ("transport", "transport")])],
    [("The two Parties will strengthen exchanges of theory and experience in Party building.",
      N, [("party", "exchanges of theory"), ("party", "Party building")])],
    [("Russia and Vietnam plan to expand cooperation in the energy, transport and "
      "agriculture sectors, Russian Deputy Foreign Minister Yuri Belov said.", R,
      [("energy", "energy"), ("transport", "transport"), ("economy", "agriculture")]),
     ("Belov said the sides also discussed security, defence and law-enforcement cooperation.",
      R, [("defence_security", "security, defence and law-enforcement cooperation")]),
     ("According to him, trade, investment and payments in national currencies are high on the "
      "agenda.", R, [("economy", "trade, investment and payments in national currencies")])],
    [("The ministers discussed ways to promote investment, tourism, health care and education "
      "cooperation.", J, [("economy", "investment"), ("tourism_sports", "tourism"), ("health", "health care"),
                          ("education", "education cooperation")])],
    [("The two sides pledged to promote people-to-people exchanges, especially among young "
      "people, students and localities.", J,
      [("people", "people-to-people exchanges"), ("people", "young people"), ("education", "students"),
       ("people", "localities")])],
    [("The forum brought together scientists, educators and artists from both countries.",
      N, [], [("science_technology", "scientists"), ("education", "educators"), ("culture", "artists")])],
    [("Vietnam welcomes Russian investors in energy, oil and gas and infrastructure, Prime Minister "
      "Dang Quang Minh told the forum.", V, [("economy", "investors"), ("energy", "energy"),
                                              ("oil_gas", "oil and gas"), ("transport", "infrastructure")])],
    [("The Russian Academy of Sciences and the Vietnam Academy of Science and Technology signed a "
      "memorandum.", N, [])],
    [("The memorandum covers joint research in physics, chemistry and space technology.",
      N, [("science_technology", "joint research in physics, chemistry and space technology")])],
    [("Under the plan, Russia will train Vietnamese doctors, nurses and engineers.",
      N, [("education", "train")], [("health", "doctors, nurses")])],
    [("Tran Thi Lan, head of the Party Central Committee's Commission for External Relations, "
      "received a delegation of the United Russia party.", N, []),
     ("She said the two parties should step up the exchange of delegations at all levels and "
      "cooperation in cadre training.", V, [("party", "exchange of delegations"), ("party", "cadre training")])],
    [("The two sides also agreed to enhance coordination at multilateral forums such as the United "
      "Nations and APEC.", J, [("diplomacy", "coordination at multilateral forums")])],
    [("Deputy Governor Anna Volkova said the region is ready to trade with Vietnamese provinces and "
      "invest in their seaports.", R, [("economy", "trade"), ("economy", "invest"), ("transport", "seaports")])],
    [("Vietnam is interested in Russian experience in building and operating nuclear power plants.",
      N, [("nuclear", "nuclear power plants")])],
    [("The two ministers reviewed cooperation in defence industry, military training and "
      "peacekeeping.", J, [("defence_security", "defence industry, military training and peacekeeping")])],
    [("Hanoi and Saint Petersburg signed agreements on tourism, culture, health and education.",
      N, [("tourism_sports", "tourism"), ("culture", "culture"), ("health", "health"), ("education", "education")])],
    [("The Vietnam-Russia Friendship Association organised a photo exhibition and a film week.",
      N, [("culture", "photo exhibition"), ("culture", "film week")])],
    [("Chairman of the Vietnam-Russia Friendship Association Do Van Khai said the film week drew "
      "thousands of viewers.", V, [("culture", "film week")])],
    [("Russian Deputy Minister of Science and Higher Education Sergei Petrov arrived in Hanoi on Monday.", N, []),
     ("Petrov said Russia has increased scholarships for Vietnamese students in science and "
      "engineering.", R, [("education", "scholarships"), ("education", "students"),
                          ("science_technology", "science and engineering")])],
    [("Vietnam and Russia have huge potential to expand cooperation in information and "
      "communications technology, digital transformation and e-commerce.", N,
      [("science_technology", "information and communications technology, digital transformation"),
       ("economy", "e-commerce")])],
    [("Minister Nguyen Thi Binh highlighted the role of Russian-trained experts in Vietnam's oil and "
      "gas, power and mining industries.", V, [("oil_gas", "oil and gas"), ("energy", "power"), ("economy", "industries")], [("education", "trained")])],
    [("The agreements signed span trade, investment, banking and finance.", N,
      [("economy", "trade, investment, banking and finance")])],
    [("In the field of health, the two sides agreed to cooperate in vaccine production and "
      "traditional medicine.", J, [("health", "health"), ("health", "vaccine production and traditional medicine")])],
    [("The two leaders hailed growing cooperation in security, intelligence and crime prevention.",
      J, [("defence_security", "security, intelligence and crime prevention")])],
    [("Russian companies want to co-invest with Vietnamese partners in transport and logistics.",
      N, [("economy", "co-invest"), ("transport", "transport and logistics")])],
    [("\"We must train more high-quality human resources for industry,\" the Vietnamese minister "
      "stressed.", V, [("education", "train"), ("economy", "industry")], [("labour", "human resources")])],
    [("The President of the Russian Union of Oil and Gas Producers, Gennady Volkov, visited Vung Tau.",
      N, []),
     ("Volkov said oil and gas remain the backbone of bilateral economic ties.", R,
      [("oil_gas", "oil and gas"), ("economy", "economic ties")])],
    [("Vietnam hopes to learn from Russia's experience in environmental protection, climate change "
      "response and disaster prevention, the minister said.", V,
      [("environment", "environmental protection, climate change response and disaster prevention")])],
    [("The Moscow State Institute of International Relations will admit 50 Vietnamese students this "
      "year.", N, [("education", "students")])],
    [("The two sides agreed on the need to step up cooperation in agriculture, forestry and "
      "fisheries.", J, [("economy", "agriculture, forestry and fisheries")])],
    [("Russian Railways is ready to help Vietnam modernise its railway network and train "
      "railway specialists, the company's deputy head Oleg Ivanov said.", R,
      [("transport", "railway network"), ("education", "train"), ("transport", "railway specialists")])],
    [("The sides discussed cooperation in sport, including football and martial arts.",
      J, [("tourism_sports", "sport, including football and martial arts")])],
    [("Speaking at the event, Ambassador Dang Minh Khoi said education and training cooperation is "
      "a traditional pillar of the relationship.", V, [("education", "education and training cooperation")]),
     ("The ambassador also praised the work of Vietnamese journalists and writers in Russia.",
      V, [], [("culture", "journalists and writers")])],
    [("The Ministry of Education and Training and the Russian Ministry of Enlightenment signed a "
      "plan on teaching Russian in Vietnamese schools.", N, [("education", "teaching Russian in Vietnamese schools")])],
]
