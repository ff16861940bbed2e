"""Probe 34p8: Việt Nam–China and Việt Nam–Laos copy in the shapes of Xinhua English, KPL, Nhân Dân, VNA
and VNS (invented people and events, beside heads of state the set also names).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give
(the CPC and the LPRP by name or acronym and "the two Parties" alone are actors; "the great friendship,
special solidarity and comprehensive cooperation", "the community with a shared future", "the Belt and
Road Initiative" and "Two Corridors, One Belt" are labels and names, no mention; relations, exchanges and
seminars between the two Parties are party; "Xinhua reported" after a speaker leaves the speaker's side;
"according to KPL" / "according to Xinhua" alone gives the agency's country, as an institution reported
as a source). A sentence may carry a fourth item: optional rows. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, L, C, J, N = "vietnam", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("Xinhua", "BEIJING", [
        ("General Secretary of the Communist Party of China (CPC) Central Committee and Chinese President "
         "Xi Jinping held talks here on Tuesday with To Van Hai, General Secretary of the Communist Party "
         "of Vietnam (CPV) Central Committee.", N, []),
        ("Xi said the two Parties should deepen exchanges and expand cooperation in trade, railways and "
         "new energy.", C,
         [("party", "exchanges"), ("economy", "trade"), ("transport", "railways"),
          ("energy", "new energy")]),
        ("He said China is ready to work with Vietnam to build a China-Vietnam community with a shared "
         "future that carries strategic significance.", C, []),
        ("Hai said the CPV attaches great importance to its relations with the CPC.", V,
         [("party", "relations with the CPC")]),
    ]),
    ("Xinhua", "BEIJING", [
        ("Wang Jun, a member of the Political Bureau of the CPC Central Committee, met with a delegation "
         "of the Communist Party of Vietnam led by Nguyen Thi Mai in Beijing on Thursday.", N, []),
        ("Wang said the CPC is willing to strengthen theoretical exchanges and cadre training with the "
         "CPV, Xinhua reported.", C, [("party", "theoretical exchanges and cadre training")]),
        ("Mai said Vietnam welcomes Chinese investment in high-quality projects and hopes to export more "
         "farm produce to China.", V, [("economy", "investment")],
         [("economy", "export"), ("economy", "farm produce")]),
    ]),
    ("VNA", "LANG SON", [
        ("Secretary of the Lang Son provincial Party Committee Hoang Van Dung received a delegation of "
         "the Guangxi Zhuang Autonomous Region led by Party Secretary Chen Guohua on April 10.", N, []),
        ("Dung said the province wants to boost trade, logistics and tourism with Guangxi.", V,
         [("economy", "trade"), ("transport", "logistics"), ("tourism_sports", "tourism")]),
        ("The Chinese guest said Guangxi will speed up customs clearance for Vietnamese fruit at the "
         "Youyiguan border gate.", C, [], [("economy", "border gate")]),
        ("Both sides agreed to step up exchanges between the party committees of the two localities.", J,
         [("party", "exchanges between the party committees")], [("people", "localities")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Secretary General of the LPRP Central Committee and Lao President Thongloun Sisoulith received "
         "Vietnamese Minister of Public Security Tran Quoc Vinh in Vientiane on Monday.", N, []),
        ("The Lao leader said the great friendship, special solidarity and comprehensive cooperation "
         "between Laos and Vietnam is an invaluable asset of the two nations.", L, []),
        ("He asked the two ministries to cooperate closely in combating drug trafficking and "
         "transnational crime along the border.", L,
         [("defence_security", "drug trafficking and transnational crime")]),
        ("Vinh pledged that Vietnam's public security force will continue to help train Lao police "
         "officers.", V, [("education", "train Lao police officers")], [("defence_security", "public security")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnam Electricity (EVN) and Electricite du Laos signed a power purchase agreement in "
         "Vientiane on June 5.", N, [("energy", "power purchase")]),
        ("Under the deal, Vietnam will import about 1,000 MW of electricity from hydropower plants in "
         "southern Laos from 2027.", N, [("energy", "electricity"), ("energy", "hydropower plants")],
         [("economy", "import")]),
        ("Lao Minister of Energy and Mines Bounmy Phommachanh said electricity exports to Vietnam have "
         "become an important source of revenue for Laos.", L, [("energy", "electricity exports")]),
        ("According to KPL, Laos now sells power to Vietnam, Thailand, Cambodia and Myanmar.", N,
         [("energy", "sells power")]),
    ]),
    ("NDO", "VIENTIANE", [
        ("Vietnamese Ambassador to Laos Nguyen Minh Tam attended a ceremony in Vientiane on Friday to "
         "see off 250 Lao students going to study in Vietnam.", N, [], [("education", "students")]),
        ("Tam said training human resources for Laos is a strategic task in the two countries' "
         "cooperation.", V, [("education", "training human resources")]),
        ("Vietnam grants about 1,100 scholarships to Lao students each year, he said.", V,
         [("education", "scholarships")], [("education", "students")]),
        ("Lao Deputy Minister of Education and Sports Khamsay Vongsa thanked Vietnam for training "
         "thousands of Lao cadres over the past decades.", L,
         [("party", "training thousands of Lao cadres")]),
    ]),
    ("VNA", "HANOI", [
        ("The Communist Party of Vietnam and the Lao People's Revolutionary Party held their 10th theory "
         "seminar in Hanoi on Tuesday, focusing on Party building in the new period.", N,
         [("party", "theory seminar"), ("party", "Party building")]),
        ("Head of the CPV Central Committee's Commission for Communication and Education Pham Van Loc "
         "said the seminar is a chance for the two Parties to share experience in Party building.", V,
         [("party", "Party building")]),
        ("Head of the LPRP Central Committee's Commission for Propaganda and Training Khamphan Phommathat "
         "said the LPRP values its theoretical cooperation with the CPV.", L,
         [("party", "theoretical cooperation")]),
        ("The two Parties agreed to hold the next seminar in Laos in 2027.", J, [], [("party", "seminar")]),
    ]),
    ("VNA", "QUANG TRI", [
        ("Secretary of the Quang Tri provincial Party Committee Le Van Hung and Secretary of the "
         "Savannakhet provincial Party Committee and Governor Somphone Keovilay co-chaired a meeting in "
         "Dong Ha on March 20.", N, []),
        ("The two secretaries agreed to boost cooperation in agriculture, health care and border "
         "management.", J, [("economy", "agriculture"), ("health", "health care"),
                            ("defence_security", "border management")]),
        ("Hung said Quang Tri will continue to support Savannakhet in upgrading the road to the Lao Bao "
         "border gate.", V, [("transport", "road")], [("economy", "border gate")]),
        ("Somphone thanked the province for receiving Savannakhet students at its vocational schools.",
         L, [], [("education", "students"), ("education", "vocational schools")]),
    ]),
    ("Xinhua", "BEIJING", [
        ("China and Vietnam will speed up feasibility studies for a standard-gauge railway linking "
         "Kunming and Hai Phong, the Chinese Ministry of Transport said on Wednesday.", C,
         [("transport", "standard-gauge railway")]),
        ("The line is a flagship project of the Belt and Road Initiative and the Two Corridors, One Belt "
         "framework, the ministry said.", C, []),
    ]),
    ("VNA", "HANOI", [
        ("President Luong Van Thanh hosted a welcome ceremony for Secretary General of the LPRP Central "
         "Committee and Lao President Thongloun Sisoulith in Hanoi on Thursday.", N, []),
        ("During their talks, the two leaders agreed to raise the efficiency of economic cooperation, "
         "which remains modest compared with the fine political relations.", J,
         [("economy", "economic cooperation"), ("diplomacy", "political relations")]),
        ("The Lao leader praised Vietnam's assistance in building the Vientiane–Hanoi expressway.", L,
         [("transport", "expressway")]),
        ("Thanh said Vietnam stands ready to buy more electricity from Laos and to help Laos develop its "
         "energy sector.", V, [("energy", "electricity"), ("energy", "energy")]),
    ]),
    ("NDO", "HANOI", [
        ("Politburo member and Permanent Member of the CPV Central Committee's Secretariat Tran Thi Hoa "
         "received Chinese Ambassador Zhou Wei in Hanoi on Monday.", N, []),
        ("Hoa asked the ambassador to help promote exchanges between the two Parties and "
         "people-to-people exchanges, especially among young people.", V,
         [("party", "exchanges between the two Parties"), ("people", "people-to-people exchanges"),
          ("people", "young people")]),
        ("The Chinese diplomat said the Chinese side is ready to work with Vietnam to implement the "
         "common perceptions reached by the top leaders of the two Parties and countries.", C, []),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Ho Duc Minh held talks with Guangxi Party Secretary Chen Guohua in Hanoi "
         "on Wednesday.", N, []),
        ("The Chinese side pledged to open its market wider to Vietnamese durian and passion fruit.", C,
         [], [("economy", "market")]),
        ("Minh suggested the two sides pilot smart border gates and soon connect the railways across the "
         "border.", V, [("transport", "railways")], [("economy", "smart border gates")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao Deputy Prime Minister Phankham Sivilay received a delegation of Vietnam's Quang Nam "
         "province led by Party Secretary Tran Duc Loc on Monday.", N, []),
        ("According to KPL, the two sides discussed cooperation in agriculture, tourism and cross-border "
         "trade.", J, [("economy", "agriculture"), ("tourism_sports", "tourism"),
                       ("economy", "cross-border trade")]),
        ("Loc said Quang Nam will send experts to help Sekong province grow coffee and build "
         "irrigation works.", V, [], [("economy", "irrigation works"), ("economy", "coffee")]),
    ]),
    ("VNS", "HANOI", [
        ("General Secretary and President Xi Jinping said at the talks that China and Vietnam are good "
         "neighbours, good friends, good comrades and good partners.", C, []),
        ("He called on the two sides to tap the potential of the digital economy and green development.",
         C, [("economy", "digital economy")], [("environment", "green development")]),
    ]),
    ("VNA", "HANOI", [
        ("Comrade Thongloun Sisoulith expressed his thanks to the Party, State and people of Vietnam for "
         "their support to the Lao revolution.", L, []),
        ("Comrade To Van Hai affirmed that the CPV always gives top priority to the special relationship "
         "with Laos.", V, []),
        ("The two leaders agreed to intensify the exchange of delegations at all levels and the sharing "
         "of experience in Party building.", J,
         [("party", "exchange of delegations"), ("party", "Party building")]),
    ]),
    ("Xinhua", "HANOI", [
        ("Vietnamese Prime Minister Nguyen Hoang Long met with visiting Chinese Vice Premier Li Wenhua "
         "in Hanoi on Friday.", N, []),
        ("Long said Vietnam hopes China will increase imports of Vietnamese agricultural products and "
         "help build the Lao Cai-Hanoi-Hai Phong railway.", V,
         [("economy", "agricultural products"), ("transport", "railway")], [("economy", "imports")]),
        ("Li said China is willing to align the Belt and Road Initiative with Vietnam's Two Corridors, One "
         "Belt framework.", C, []),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Embassy in Laos held a get-together on Saturday for Lao officials who have "
         "studied in Vietnam.", N, []),
        ("Ambassador Nguyen Minh Tam said more than 16,000 Lao students are studying in Vietnam.", V,
         [("education", "Lao students are studying")]),
        ("Former Lao Minister of Education Somsy Inthavong recalled his years as a student in Hanoi in "
         "the 1970s.", L, []),
    ]),
    ("NDO", "HANOI", [
        ("A delegation of the Communist Party of China led by Head of the CPC Central Committee's "
         "International Department Liu Haitao arrived in Hanoi on Sunday for a four-day working visit.",
         N, []),
        ("Meeting the guests, Politburo member Vo Thi Thu said the two Parties should strengthen "
         "cooperation in training cadres.", V, [("party", "training cadres")]),
        ("Liu said the CPC wants to learn from the CPV's experience in the fight against corruption.", C,
         [], [("party", "fight against corruption")]),
    ]),
    ("VNA", "DIEN BIEN", [
        ("Authorities of the northern province of Dien Bien and Laos's Phongsaly province signed an "
         "agreement on border management on Thursday.", N, [("defence_security", "border management")]),
        ("Under the deal, the two provinces will jointly patrol the border and fight drug trafficking.",
         N, [("defence_security", "patrol the border"), ("defence_security", "drug trafficking")]),
        ("Phongsaly Governor Khamla Sisavath said the agreement would help keep the border peaceful and "
         "stable.", L, []),
    ]),
    ("Xinhua", "KUNMING", [
        ("A freight train carrying 1,200 tonnes of fertiliser left Kunming for Hanoi on Monday, local "
         "railway authorities said.", C, [("transport", "freight train")],
         [("economy", "fertiliser"), ("transport", "railway")]),
        ("Cross-border rail freight between China and Vietnam has grown rapidly since the line reopened, "
         "they said.", C, [("transport", "rail freight")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Industry and Trade Nguyen Quang Huy and Lao Minister of Energy and Mines Bounmy "
         "Phommachanh co-chaired a conference on energy cooperation in Hanoi on Monday.", N,
         [("energy", "energy cooperation")]),
        ("Huy said Vietnam will buy 5,000 MW of Lao electricity by 2030 under an agreement between the "
         "two governments.", V, [("energy", "electricity")]),
        ("Bounmy said Laos is building transmission lines to carry power from wind farms in Sekong to "
         "Vietnam.", L, [("energy", "transmission lines"), ("energy", "power"), ("energy", "wind farms")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao Foreign Minister Bounlap Keokhamphan and his Vietnamese counterpart Bui Thanh Nam held "
         "talks in Vientiane on Wednesday.", N, []),
        ("They agreed to coordinate closely at ASEAN and other multilateral forums.", J,
         [("diplomacy", "multilateral forums")]),
        ("The Vietnamese minister said Vietnam supports Laos in hosting ASEAN meetings this year.", V, []),
    ]),
    ("NDO", "BEIJING", [
        ("Vietnamese Ambassador to China Pham Thanh Binh held a working session with leaders of Yunnan "
         "province in Kunming on Tuesday.", N, []),
        ("Binh proposed that Yunnan import more Vietnamese seafood and open more flights to Hanoi.", V,
         [("transport", "flights")], [("economy", "import")]),
        ("Yunnan Vice Governor Zhang Li said the province will boost tourism and education cooperation "
         "with Vietnam's northern provinces.", C,
         [("tourism_sports", "tourism"), ("education", "education cooperation")]),
    ]),
    ("Xinhua", "NANNING", [
        ("Guangxi's border trade with Vietnam rose 15 percent year on year to 30 billion USD in 2025, the "
         "regional department of commerce said on Tuesday.", C, [("economy", "border trade")]),
        ("Chinese and Vietnamese experts attended a forum in Nanning on Monday, which focused on digital "
         "transformation and e-commerce.", N,
         [("science_technology", "digital transformation"), ("economy", "e-commerce")]),
        ("Speaking at the forum, Vietnamese Consul General in Nanning Do Thi Lan said Vietnamese firms "
         "want to sell more fruit on Chinese e-commerce platforms.", V,
         [("economy", "e-commerce platforms")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam's electricity imports from Laos reached 2.5 billion kWh in the first half of the year, "
         "according to Vietnam Electricity (EVN).", V, [("energy", "electricity imports")]),
        ("EVN Deputy General Director Nguyen Tai Anh said the group is building a 500 kV line to carry "
         "power from Lao wind farms to central Vietnam.", V,
         [("energy", "500 kV line"), ("energy", "power"), ("energy", "wind farms")]),
    ]),
    ("NDO", "HANOI", [
        ("The Hanoi University of Science and Technology held a ceremony on Friday to present diplomas to "
         "120 Lao students.", N, [], [("education", "students")]),
        ("Speaking at the ceremony, Souksavanh Phomma, a Lao graduate in electrical engineering, said he "
         "would return home to work for Electricite du Laos.", L, [], [("energy", "electrical engineering")]),
        ("In his speech, the Lao Ambassador to Vietnam thanked the university for training high-quality "
         "human resources for Laos.", L, [("education", "training high-quality human resources")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Head of the LPRP Central Committee's External Relations Commission Thongsavanh Keola received a "
         "delegation of the Communist Party of Vietnam on Thursday.", N, []),
        ("Comrade Thongsavanh expressed his belief that the relations between the two Parties will "
         "continue to grow.", L, [("party", "relations between the two Parties")]),
        ("The Vietnamese guest briefed the host on the outcomes of the 14th National Congress of the "
         "CPV.", V, []),
        ("Both sides agreed to step up the training of cadres and to expand cooperation between the "
         "external relations agencies of the two Parties.", J,
         [("party", "training of cadres"),
          ("party", "cooperation between the external relations agencies of the two Parties")]),
    ]),
]
