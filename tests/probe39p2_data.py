"""Probe 39p2: Việt Nam–Laos and Việt Nam–China copy, second pass, in VNA, VNS, Nhân Dân, KPL and Xinhua
shapes (invented people and events).

Receptions in Hà Nội, Vientiane, Beijing and Kunming with host and guest alternating ("For his part",
"The Lao guest", "The Chinese official", "Mr X", "Ms Y"); Lao and Chinese titles holding party and state
posts in one; Lao given names and Chinese surnames used alone; provinces with their party and people's
committees; border gates, railways and expressways; hydropower and electricity imports; students and
scholarships; cadre training at political academies; the special relationship and the comprehensive
strategic cooperative partnership; closing background paragraphs.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` with
optional rows as a fourth item. Sectors and sides by ``data/evaluation/README.md``; where it is silent,
by the tuned parts' majority. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Party General Secretary To Van Hung on October 14 received Politburo member and Permanent Member "
         "of the LPRP Central Committee's Secretariat Khamsone Vongphachanh, who is on a working visit to "
         "Việt Nam.", N, []),
        ("Hung said the CPV always attaches importance to strengthening the special relationship between "
         "the two Parties, States and peoples.", V, [],
         [("party", "relationship between the two Parties")]),
        ("He suggested the two Parties increase theoretical exchanges and coordinate in training cadres "
         "for the grassroots level.", V,
         [("party", "theoretical exchanges"), ("party", "training cadres")]),
        ("For his part, Khamsone thanked Việt Nam for its wholehearted assistance, including "
         "scholarships for thousands of Lao students every year.", L,
         [("education", "scholarships"), ("education", "students")]),
        ("The Lao guest said the LPRP wants to learn from the CPV's experience in Party building.", L,
         [("party", "Party building")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Chairman of the Lao National Assembly Saysomphone Keobounheuang received Vietnamese Ambassador "
         "Nguyen Minh Tam in Vientiane on March 2.", N, []),
        ("The Lao leader said the Lao National Assembly wants to expand cooperation with its Vietnamese "
         "counterpart in law-making and supervision.", L, [],
         [("diplomacy", "law-making")]),
        ("Mr Saysomphone also asked the embassy to help speed up the Vientiane–Hà Nội expressway and the "
         "Vientiane–Vũng Áng railway projects.", L,
         [("transport", "expressway"), ("transport", "railway")]),
        ("Tam pledged that the embassy will work with ministries of both countries to remove obstacles "
         "for the projects and to boost electricity imports from Laos.", V,
         [("energy", "electricity imports")]),
    ]),
    ("Nhân Dân", "KUNMING", [
        ("Member of the Political Bureau of the CPC Central Committee and Secretary of the CPC Yunnan "
         "Provincial Committee Wang Jianguo met with Secretary of the Lào Cai Provincial Party Committee "
         "Do Van Thanh in Kunming on Tuesday.", N, []),
        ("Wang said Yunnan is ready to work with Vietnamese border provinces to upgrade border gates, speed "
         "up customs clearance and expand trade in agricultural products.", C,
         [("economy", "trade")], [("economy", "border gates"), ("economy", "agricultural products")]),
        ("Thanh thanked the Yunnan side and proposed that the two localities jointly build a cross-border "
         "economic cooperation zone.", V,
         [("people", "localities"), ("economy", "economic")]),
        ("The two sides also agreed to cooperate in tourism and in the prevention of drug trafficking "
         "along the border.", J,
         [("tourism_sports", "tourism"), ("defence_security", "drug trafficking")]),
    ]),
    ("VNA", "BEIJING", [
        ("Chinese Vice President Li Mingde received a delegation of the Ho Chi Minh National Academy of "
         "Politics led by its President Pham Van Quyet in Beijing on Thursday.", N, [],
         [("party", "Ho Chi Minh National Academy of Politics")]),
        ("Li said cadre training is an important channel of cooperation between the CPC and the CPV.", C,
         [("party", "cadre training"), ("party", "cooperation between the CPC and the CPV")]),
        ("Quyet briefed the host on the academy's cooperation with the Central Party School of the CPC in "
         "training mid-level and senior officials.", V,
         [("party", "training mid-level and senior officials")],
         [("party", "cooperation with the Central Party School of the CPC")]),
        ("The Chinese official hoped the two academies would expand theoretical research and exchanges "
         "of lecturers.", C,
         [("party", "theoretical research")], [("education", "exchanges of lecturers")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao Minister of Energy and Mines Phoxay Sayasone and Vietnamese Minister of Industry and Trade "
         "Le Duc Khanh signed an agreement on electricity cooperation in Vientiane on Friday.", N,
         [("energy", "electricity cooperation")]),
        ("Under the deal, Laos will export about 5,000 MW of electricity to Việt Nam by 2030, mainly from "
         "hydropower and wind power plants in the southern provinces.", N,
         [("energy", "electricity"), ("energy", "hydropower and wind power plants")]),
        ("Phoxay said the transmission lines linking Sekong province with Quảng Nam province would be "
         "completed next year.", L, [("energy", "transmission lines")]),
        ("Khanh said Việt Nam welcomed more Lao power exports, which help ensure energy security for its "
         "northern and central regions.", V,
         [("energy", "power exports"), ("energy", "energy security")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("More than 16,000 Lao students are studying in Việt Nam, about 1,000 of them on Vietnamese "
         "Government scholarships.", N,
         [("education", "students"), ("education", "scholarships")]),
        ("Speaking at a meeting with Lao students in Hà Nội on Tuesday, Deputy Minister of Education and "
         "Training Hoang Thi Mai said the ministry would raise the quality of Vietnamese language "
         "teaching for them.", V,
         [("education", "teaching")], [("education", "students")]),
        ("Ms Mai also asked universities to create favourable conditions for the students to do "
         "internships.", V, [],
         [("education", "universities"), ("education", "students"), ("education", "internships")]),
        ("Student Vongdeuan Inthavong, speaking on behalf of the Lao students, thanked the Vietnamese "
         "Party, State and people for their support.", L, [],
         [("education", "students")]),
    ]),
    ("Xinhua", "BEIJING", [
        ("Chinese Premier Zhao Lijun held talks with Vietnamese Prime Minister Pham Quang Vinh in Beijing "
         "on Monday.", N, []),
        ("Zhao said China is willing to work with Vietnam to advance the building of a China-Vietnam "
         "community with a shared future that carries strategic significance.", C, []),
        ("He called on the two sides to speed up the connectivity of railways, expressways and airports, "
         "and to expand cooperation in new energy and the digital economy.", C,
         [("transport", "railways, expressways and airports"), ("energy", "new energy"),
          ("economy", "digital economy")], [("transport", "connectivity")]),
        ("Vinh said Vietnam attaches great importance to developing relations with China, a top "
         "priority in its foreign policy.", V, [("diplomacy", "foreign policy")]),
        ("The Vietnamese leader hoped China would open its market wider to Vietnamese agricultural "
         "products.", V, [("economy", "agricultural products")], [("economy", "market")]),
    ]),
    ("VNA", "LẠNG SƠN", [
        ("Secretary of the Lạng Sơn Provincial Party Committee Hoang Van Nghiem held talks with Deputy "
         "Secretary of the CPC Guangxi Zhuang Autonomous Region Committee Chen Haoming in the border city "
         "of Lạng Sơn on Thursday.", N, []),
        ("Nghiem said the two sides should pilot smart border gates and expand rail freight through Đồng "
         "Đăng station.", V,
         [("transport", "rail freight")], [("economy", "smart border gates")]),
        ("Chen agreed and proposed that the two localities boost cooperation in trade, logistics and "
         "tourism.", C,
         [("people", "localities"), ("economy", "trade"), ("transport", "logistics"),
          ("tourism_sports", "tourism")]),
        ("Also on Thursday, the Chairman of the provincial People's Committee, Luong Trong Quynh, said the "
         "province's import-export turnover via its border gates reached 5.3 billion USD in the first "
         "half of the year.", V,
         [("economy", "import-export turnover")], [("economy", "border gates")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("A delegation of the Nghệ An Provincial Party Committee led by its Secretary Tran Van Loc paid a "
         "working visit to Xiengkhouang province from August 5 to 7.", N, []),
        ("Receiving the delegation, Secretary of the Xiengkhouang Provincial Party Committee and Governor "
         "of the province Sinay Mienglavanh said the province hopes to receive more support from Nghệ An "
         "in training cadres and developing agriculture.", L,
         [("party", "training cadres"), ("economy", "agriculture")]),
        ("Mr Sinay also asked Nghệ An to help upgrade the road to the Nậm Cắn international border "
         "gate.", L, [("transport", "road")], [("economy", "border gate")]),
        ("Loc said Nghệ An will continue to offer scholarships to Xiengkhouang students and share "
         "experience in Party building at the grassroots.", V,
         [("education", "scholarships"), ("education", "students"), ("party", "Party building")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairwoman of the National Assembly Nguyen Thi Thu Lan received a delegation of the "
         "National People's Congress of China led by Vice Chairman of the NPC Standing Committee Zhang "
         "Wei in Hà Nội on Wednesday.", N, []),
        ("Lan said the two legislatures should step up inter-parliamentary cooperation.", V,
         [("diplomacy", "inter-parliamentary cooperation")]),
        ("The Chinese official agreed, saying that the NPC is ready to share experience in legislation "
         "on the digital economy and artificial intelligence.", C,
         [("economy", "digital economy"), ("science_technology", "artificial intelligence")],
         [("diplomacy", "legislation")]),
        ("Zhang also proposed that the two sides promote people-to-people exchanges, especially among "
         "young people.", C,
         [("people", "people-to-people exchanges"), ("people", "young people")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Việt Nam and Laos established diplomatic relations on September 5, 1962.", N, []),
        ("Over the past decades, the armies and peoples of the two countries fought side by side against "
         "foreign aggressors.", N, []),
        ("Việt Nam is currently the third largest investor in Laos, while two-way trade reached 2.1 "
         "billion USD last year.", N,
         [("economy", "investor"), ("economy", "two-way trade")]),
        ("China has been Việt Nam's largest trading partner for 20 consecutive years, and Việt Nam is "
         "China's largest trading partner in ASEAN.", N,
         [("economy", "trading partner"), ("economy", "trading partner")]),
        ("The two countries established their comprehensive strategic cooperative partnership in "
         "2008.", N, []),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Ho Chi Minh National Academy of Politics and the Kaysone Phomvihane Academy of Politics and "
         "Public Administration signed a cooperation plan for 2026-2030 in Vientiane on Monday.", N, [],
         [("party", "Ho Chi Minh National Academy of Politics"),
          ("party", "Kaysone Phomvihane Academy of Politics")]),
        ("Under the plan, the two academies will co-organise training courses for Lao leading cadres and "
         "hold annual theoretical workshops.", N,
         [("party", "training courses for Lao leading cadres"), ("party", "theoretical workshops")]),
        ("Director of the Kaysone Phomvihane academy Khamphanh Sisomphone said that thousands of Lao "
         "officials had been trained in Việt Nam over the past four decades.", L,
         [("party", "Lao officials had been trained")]),
        ("Mr Khamphanh added that many of them now hold key positions in the Party and State apparatus "
         "of Laos.", L, []),
    ]),
    ("VNA", "ĐIỆN BIÊN", [
        ("The People's Committee of Điện Biên province and the administration of Phongsaly province "
         "signed a memorandum on border management and the fight against drug and human trafficking.", N,
         [("defence_security", "border management"), ("defence_security", "drug and human trafficking")]),
        ("Vice Chairman of the Điện Biên People's Committee Lo Van Phong said the two provinces would "
         "conduct joint border patrols and exchange information on crime.", V,
         [("defence_security", "joint border patrols")], [("defence_security", "crime")]),
        ("The Lao side pledged to cooperate closely to maintain security and order in the border "
         "areas.", L, [("defence_security", "security and order")]),
    ]),
    ("Xinhua", "VIENTIANE", [
        ("Lao Deputy Prime Minister Bounthong Sihavong met with visiting Chinese Vice Minister of Commerce "
         "Guo Ting in Vientiane on Tuesday.", N, []),
        ("Bounthong said the railway linking Laos and China has boosted tourism and the export of Lao "
         "farm products to China.", L,
         [("transport", "railway"), ("tourism_sports", "tourism"), ("economy", "farm products")]),
        ("Guo said China will continue to encourage Chinese enterprises to invest in Laos, especially in "
         "agriculture and renewable energy.", C,
         [("economy", "invest"), ("economy", "agriculture"), ("energy", "renewable energy")],
         [("economy", "enterprises")]),
    ]),
    ("VNA", "HANOI", [
        ("Permanent Member of the CPV Central Committee's Secretariat Luong Van Thinh received Head of the "
         "International Department of the CPC Central Committee Qian Weidong in Hà Nội on Friday.", N, []),
        ("Thinh said the two Parties' external relations agencies should coordinate closely to carry out "
         "the common perceptions reached by their top leaders.", V, []),
        ("For his part, Qian said the CPC is ready to deepen exchanges of experience in Party building "
         "with the CPV.", C, [("party", "Party building")]),
        ("Qian also invited a delegation of Vietnamese young cadres to attend a training course in China "
         "next year.", C, [("party", "training course")]),
    ]),
    ("VNS", "QUẢNG NINH", [
        ("Quảng Ninh province welcomed 1.2 million Chinese visitors in the first nine months, up 40 per "
         "cent year-on-year, the provincial Department of Tourism said.", V,
         [("tourism_sports", "Chinese visitors")]),
        ("Director of the department Nguyen Thi Hanh said the reopening of the Móng Cái border crossing "
         "for tourists had helped.", V, [("tourism_sports", "tourists")]),
        ("She said the province plans to open more charter flights from Chinese cities to Vân Đồn "
         "airport.", V, [("transport", "charter flights")], [("transport", "airport")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Education and Sports Viengthong Chanthavong received Vietnamese Deputy Minister "
         "of Education and Training Nguyen Van Son in Vientiane on Monday.", N, []),
        ("Ms Viengthong said Laos wants to send more postgraduate students to Việt Nam and to improve the "
         "teaching of the Vietnamese language in Lao schools.", L,
         [("education", "postgraduate students"), ("education", "teaching of the Vietnamese language")],
         [("education", "schools")]),
        ("Son said Việt Nam would help Laos build three boarding schools in its northern provinces.", V,
         [("education", "boarding schools")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Laos and Việt Nam share a border of more than 2,300 km, with ten Lao provinces adjoining ten "
         "Vietnamese provinces.", N, []),
        ("Việt Nam currently imports electricity from China via 220kV and 110kV lines to Lào Cai and Hà "
         "Giang.", N, [("energy", "electricity")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Politburo member, Permanent Member of the LPRP Central Committee's Secretariat and Vice President "
         "of the Lao PDR Bounlap Keophila on June 18 hosted a reception for Secretary of the Hà Tĩnh "
         "Provincial Party Committee Nguyen Thi Hoai.", N, []),
        ("Bounlap hailed the cooperation between Hà Tĩnh and the Lao provinces of Bolikhamxay and "
         "Khammouane, especially in building schools and clinics and in training teachers.", L,
         [("education", "building schools"), ("education", "training teachers")],
         [("people", "cooperation between Hà Tĩnh and the Lao provinces"), ("health", "clinics")]),
        ("In his view, the planned Vũng Áng port railway would give Lao goods a shorter route to the sea.",
         L, [("transport", "port railway")]),
        ("Ms Hoai said Hà Tĩnh will continue to support Bolikhamxay in surveying hydropower and mining "
         "projects and in developing border markets.", V,
         [("energy", "hydropower")], [("economy", "mining"), ("economy", "border markets")]),
        ("Both sides agreed to increase the exchange of delegations between the two provinces' Party "
         "committees.", J, [("party", "exchange of delegations between the two provinces' Party "
                               "committees")]),
    ]),
    ("Xinhua", "NANNING", [
        ("Member of the Political Bureau of the CPC Central Committee and Secretary of the CPC Guangxi "
         "Zhuang Autonomous Region Committee Huang Zhiping met with a delegation of the Communist Party "
         "of Vietnam led by Secretary of the Cao Bằng Provincial Party Committee Trieu Van Khai on "
         "Wednesday.", N, []),
        ("Huang, also a member of the CPC Central Committee, said Guangxi hopes to link its "
         "expressways with those of northern Vietnam and to open more cross-border freight train "
         "routes.", C,
         [("transport", "expressways"), ("transport", "cross-border freight train routes")]),
        ("According to Khai, Cao Bằng is ready to cooperate with Guangxi in border tourism, especially at "
         "the Bản Giốc waterfall.", V, [("tourism_sports", "border tourism")]),
        ("The two leaders also discussed ways to protect the border environment and to prevent forest "
         "fires.", J, [("environment", "environment")], [("environment", "forest fires")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Lao Deputy Prime Minister Sonexay Phommavong held talks with Deputy Prime Minister Tran Hong "
         "Quang in Hà Nội on Monday.", N, []),
        ("Mr Sonexay said Laos wants to cooperate with Việt Nam in digital transformation and "
         "e-government.", L,
         [("science_technology", "digital transformation")], [("science_technology", "e-government")]),
        ("The Vietnamese Deputy PM, for his part, proposed that the two sides set up a working group on "
         "payments in national currencies.", V,
         [("economy", "payments in national currencies")]),
        ("They also agreed to speed up the construction of the Lao section of the Vientiane–Hà Nội "
         "expressway.", J, [("transport", "expressway")]),
        ("The Vientiane–Hà Nội expressway, once completed, will cut the travel time between the two "
         "capitals to about ten hours.", N, [("transport", "expressway")],
         [("transport", "travel time")]),
    ]),
    ("Nhân Dân", "BEIJING", [
        ("Vietnamese Ambassador to China Ms Pham Thi Thu on Tuesday met with Vice Minister of Education "
         "of China Liu Bingyan to discuss cooperation in education.", N,
         [("education", "cooperation in education")]),
        ("Ms Thu said more than 23,000 Vietnamese students are studying in China and asked the Chinese "
         "side to offer more government scholarships.", V,
         [("education", "Vietnamese students"), ("education", "government scholarships")]),
        ("The Chinese official said the two countries should also promote the teaching of Chinese in "
         "Vietnamese universities and vocational training in border areas.", C,
         [("education", "teaching of Chinese"), ("education", "vocational training")],
         [("education", "universities")]),
        ("Liu added that the ministry will send experts to help Vietnamese schools teach the Chinese "
         "language.", C, [("education", "schools teach the Chinese language")]),
    ]),
    ("VNA", "BEIJING", [
        ("Politburo member and Permanent Member of the CPV Central Committee's Secretariat Dinh Van "
         "Cuong was received by Chinese Vice President Han Zhenhua in Beijing on Thursday.", N, []),
        ("Receiving the Vietnamese guest, Han said China regards Việt Nam as a priority in its "
         "neighbourhood diplomacy.", C, [("diplomacy", "neighbourhood diplomacy")]),
        ("The host proposed that the two countries expand cooperation in science and technology, "
         "semiconductors and green finance.", C,
         [("science_technology", "science and technology, semiconductors"),
          ("economy", "green finance")]),
        ("Cuong, for his part, affirmed that Việt Nam consistently pursues the \"one China\" policy.",
         V, []),
        ("The Vietnamese official also hoped the Chinese side would facilitate customs clearance of "
         "Vietnamese durian and seafood at border gates.", V, [], [("economy", "border gates")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao Minister of Public Works and Transport Vilayvong Bouddakham and Vietnamese Minister of "
         "Construction Nguyen Van Tri discussed the Vientiane–Vũng Áng railway in Vientiane on Friday.",
         J, [("transport", "railway")]),
        ("\"The railway will help Laos turn from a landlocked country into a land-linked hub,\" "
         "Vilayvong said.", L, [("transport", "railway")]),
        ("His Vietnamese counterpart said Vũng Áng port has set aside land for Lao cargo.", V,
         [("transport", "Vũng Áng port")], [("transport", "cargo")]),
        ("The Vietnamese Embassy in Vientiane said more than 400 Vietnamese enterprises are now "
         "investing in Laos.", V,
         [("economy", "investing")], [("economy", "enterprises")]),
    ]),
    ("VNA", "HÀ GIANG", [
        ("Chairman of the Hà Giang provincial People's Committee Hoang Gia Long on Wednesday received a "
         "delegation of the Wenshan Prefecture of China's Yunnan province.", N, []),
        ("Long suggested the two localities open more pairs of border gates and cooperate in medicinal "
         "herb farming.", V,
         [("people", "localities"), ("economy", "medicinal herb farming")],
         [("economy", "border gates")]),
        ("The head of the Chinese delegation, Yang Lin, said Wenshan is willing to buy more electricity "
         "from Hà Giang's small hydropower plants.", C,
         [("energy", "electricity"), ("energy", "small hydropower plants")]),
        ("The two sides signed minutes on cooperation in epidemic prevention and control for livestock "
         "and crops.", N,
         [("health", "epidemic prevention and control"), ("economy", "livestock")]),
    ]),
    ("VNA", "LUANG PRABANG", [
        ("Vietnamese Consul General in Luang Prabang Ngo Van Hai on Saturday presented 200 bicycles to "
         "pupils of ethnic minority schools in Nambak district.", N, [],
         [("education", "pupils"), ("education", "schools")]),
        ("Speaking at the ceremony, Hai said the gifts showed the special solidarity between the two "
         "peoples.", V, []),
        ("\"We hope the pupils will study well and become good citizens,\" he said.", V, [],
         [("education", "pupils")]),
        ("\"Việt Nam will continue to help Luang Prabang train teachers and doctors.\"", V,
         [("education", "train teachers")], [("health", "doctors")]),
        ("Deputy Governor of Luang Prabang province Khamphong Sivilay thanked the consulate and "
         "said the province would use the gifts well.", L, []),
    ]),
    ("VNA", "HANOI", [
        ("Chinese Ambassador to Việt Nam Gao Fenglin on Monday called on Minister of Public Security "
         "General Le Quoc Thinh in Hà Nội.", N, []),
        ("Thinh asked the Chinese police to cooperate more closely with Vietnamese forces in fighting "
         "online fraud and illegal entry.", V,
         [("defence_security", "online fraud and illegal entry")]),
        ("Mr Gao agreed, adding that the two ministries should share information on cybercrime.", C,
         [("defence_security", "cybercrime")]),
        ("The diplomat said the Chinese side also wants to train Vietnamese police officers in forensic "
         "techniques.", C, [("education", "train")],
         [("defence_security", "police officers"), ("defence_security", "forensic techniques")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao Ambassador to Việt Nam Khamla Sengdara on Tuesday briefed reporters in Vientiane on the "
         "upcoming visit of the Lao Prime Minister to Hà Nội.", L, []),
        ("The two governments are expected to sign agreements on power purchases, aviation and "
         "banking, Khamla said.", L,
         [("energy", "power purchases"), ("transport", "aviation"), ("economy", "banking")]),
        ("The Lao diplomat noted that Vietnamese investors are among the largest in Laos, with projects "
         "in rubber, mining, banking and telecommunications.", L,
         [("economy", "investors"), ("science_technology", "telecommunications"),
          ("economy", "banking")],
         [("economy", "mining"), ("economy", "rubber")]),
    ]),
]
