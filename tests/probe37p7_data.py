"""Probe 37p7: Việt Nam–China and Việt Nam–Laos copy in VNA, VNS, Nhân Dân, Xinhua and KPL shapes
(invented people and events).

Party ties (CPV–CPC, CPV–LPRP), border provinces and their officials (Lạng Sơn, Quảng Ninh, Lào Cai,
Guangxi, Yunnan; Nghệ An, Xiengkhouang, Savannakhet, Champasak), border gates and trade, railways,
hydropower and power imports, students and scholarships, cadre training at the political academies, and
later short forms ("the Chinese official", "the Lao leader", "the host", "Mr X"); close passages where
the narrator is right.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, L, C, J, N = "vietnam", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Politburo member and Permanent Member of the CPV Central Committee's Secretariat Trần Quốc "
         "Huy received a delegation of the Communist Party of China (CPC) led by Secretary of the CPC "
         "Guangxi Zhuang Autonomous Region Committee Liu Jianming in Hà Nội on May 14.", N, []),
        ("Huy said Việt Nam always treasures the comprehensive strategic cooperative partnership and "
         "the community with a shared future between the two countries.", V, []),
        ("He suggested Guangxi and the northern border provinces of Việt Nam expand cooperation in "
         "trade, investment and logistics.", V, [("economy", "trade, investment"),
                                                 ("transport", "logistics")]),
        ("For his part, the Chinese official said Guangxi wants to speed up the upgrading of border "
         "gates and promote smart border gate models.", C, [],
         [("economy", "border gates"), ("economy", "smart border gate")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Souksavanh Phommachanh held talks with Vietnamese Minister of "
         "Industry and Trade Đỗ Minh Khải in Vientiane on June 3.", N, []),
        ("Souksavanh said Laos wants to export more electricity to Việt Nam from hydropower plants "
         "in its southern provinces.", L, [("energy", "electricity"), ("energy", "hydropower plants")],
         [("economy", "export")]),
        ("Khải said Việt Nam will build more transmission lines to import power from Laos.", V,
         [("energy", "transmission lines"), ("energy", "power")], [("economy", "import")]),
        ("The two sides agreed to finish the joint study on a cross-border power grid this year.", J,
         [("energy", "power grid")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The special relationship between Việt Nam and Laos is a rare model in the world, said "
         "Chairman of the Lao Front for National Development Sinlavong Khoutphaythoune.", L, []),
        ("He was speaking at a meeting with Vietnamese Fatherland Front President Bùi Thanh Nam on "
         "July 2.", N, []),
        ("The Lao leader said the two fronts should step up exchanges between mass organisations and "
         "localities along the border.", L, [("people", "mass organisations and localities")]),
        ("Nam thanked the Lao side for its help in searching for and repatriating the remains of "
         "Vietnamese volunteer soldiers.", V, []),
    ]),
    ("VNA", "NGHE AN", [
        ("Secretary of the Nghệ An provincial Party Committee Nguyễn Đức Trung hosted Governor of "
         "Xiengkhouang province Phonesavanh Douangpanya on August 9.", N, []),
        ("Trung said Nghệ An will keep granting scholarships to Xiengkhouang students and training "
         "officials of the Lao province.", V, [("education", "scholarships"),
                                              ("party", "training officials")],
         [("education", "students")]),
        ("The host also proposed opening the Nậm Cắn - Nong Het border gate to tourists travelling by "
         "road.", V, [("tourism_sports", "tourists")], [("economy", "border gate"), ("transport", "road")]),
        ("Mr Phonesavanh thanked Nghệ An for its support in agriculture and health care.", L,
         [("economy", "agriculture"), ("health", "health care")]),
    ]),
    ("Xinhua", "BEIJING", [
        ("Chinese and Vietnamese officials on Tuesday marked the second anniversary of the opening of "
         "a freight train service between Kunming and Hải Phòng.", N, [("transport", "freight train")]),
        ("The service has carried more than 3,000 containers of fruit, fertiliser and machinery, "
         "according to the China Railway Kunming Group.", C, []),
        ("Vice Governor of Yunnan province Zhang Weiguo said the province is ready to work with Việt "
         "Nam on a standard-gauge railway linking Lào Cai with Hà Nội and Hải Phòng.", C,
         [("transport", "railway")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Trần Hồng Hà on September 5 received Chinese Ambassador to Việt Nam "
         "He Wei, who came to bid farewell at the end of his term.", N, []),
        ("Hà said the two sides should complete the feasibility study for the Lào Cai–Hà Nội–Hải "
         "Phòng railway soon and speed up cooperation in rail personnel training.", V,
         [("transport", "railway"), ("transport", "rail"), ("education", "personnel training")]),
        ("The diplomat said Chinese firms are interested in investing in Việt Nam's renewable energy "
         "and electric vehicle sectors.", C, [("economy", "investing"), ("energy", "renewable energy")],
         [("transport", "electric vehicle")]),
    ]),
    ("VNS", "HA NOI", [
        ("Two-way trade between Việt Nam and China reached 172 billion USD in the first ten months, "
         "according to the General Department of Customs.", V, [("economy", "Two-way trade")]),
        ("China remains Việt Nam's largest trading partner and its second-largest export market.", N,
         [("economy", "trading partner")], [("economy", "export market")]),
        ("Exports of durian, dragon fruit and other farm produce to China rose by 40 per cent, said "
         "Trần Thanh Hải, deputy director of the Ministry of Industry and Trade's Import-Export "
         "Department.", V, [("economy", "farm produce")], [("economy", "Exports")]),
    ]),
    ("VNA", "LANG SON", [
        ("Secretary of the Lạng Sơn provincial Party Committee Hoàng Văn Nghiệm held talks with Deputy "
         "Secretary of the CPC Guangxi Zhuang Autonomous Region Committee Wei Tao on October 12.", N,
         []),
        ("Both sides agreed to pilot smart border gates at the Hữu Nghị - Youyiguan pair and to keep "
         "goods clearance smooth during the harvest season.", J, [],
         [("economy", "smart border gates")]),
        ("Wei said Guangxi will send more tourists to Lạng Sơn and invite Vietnamese students to study "
         "at universities in Nanning.", C, [("tourism_sports", "tourists"),
                                            ("education", "universities")],
         [("education", "students")]),
        ("Nghiệm thanked the Chinese side and said the province will make it easier for Chinese "
         "visitors to enter with electronic visas.", V, [("tourism_sports", "visitors")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("A delegation of the Hồ Chí Minh National Academy of Politics led by its Director Nguyễn Xuân "
         "Thắng paid a working visit to Laos from November 2-5.", N, [],
         [("party", "Hồ Chí Minh National Academy of Politics")]),
        ("Meeting the delegation, Lao Party General Secretary and President Thongloun Sisoulith "
         "thanked the academy for training generations of Lao cadres.", L,
         [("party", "training generations of Lao cadres")]),
        ("He asked the two academies to step up research on Marxism-Leninism and exchanges of "
         "theoretical experience.", L,
         [("party", "research on Marxism-Leninism and exchanges of theoretical experience")]),
        ("Thắng said the academy is ready to co-train more mid-level and high-level officials for the "
         "LPRP.", V, [("party", "co-train more mid-level and high-level officials")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("The Laos-China Railway carried more than 4.8 million tonnes of cargo across the border in "
         "the first half of the year, according to the Laos-China Railway Company.", L,
         [("transport", "cargo")]),
        ("Deputy Minister of Public Works and Transport Viengsavath Siphandone said Laos wants to link "
         "the railway with Vietnamese seaports via the Vientiane–Vũng Áng line.", L,
         [("transport", "railway"), ("transport", "seaports")]),
    ]),
    ("VNA", "QUANG NINH", [
        ("Chairman of the Quảng Ninh provincial People's Committee Cao Tường Huy received Fangchenggang "
         "Party Secretary Huang Wenjun on December 1.", N, []),
        ("The Chinese guest said the two localities should cooperate in tourism, fishery management "
         "and search and rescue at sea.", C,
         [("people", "localities"), ("tourism_sports", "tourism"), ("economy", "fishery"),
          ("defence_security", "search and rescue")]),
        ("Huy agreed and proposed a self-drive tour route linking Móng Cái and Dongxing.", V,
         [("tourism_sports", "self-drive tour")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Siphandone received Vietnamese Minister of Education and Training "
         "Nguyễn Kim Sơn in Vientiane on March 18.", N, []),
        ("The Lao leader thanked Việt Nam for granting about 1,000 scholarships to Lao students every "
         "year.", L, [("education", "scholarships")], [("education", "students")]),
        ("Sơn said the ministry will help Laos train Vietnamese language teachers and build three "
         "boarding schools in the northern provinces.", V,
         [("education", "train Vietnamese language teachers"), ("education", "boarding schools")],
         [("culture", "Vietnamese language")]),
    ]),
    ("VNA", "BEIJING", [
        ("Member of the Standing Committee of the CPC Central Committee's Political Bureau Cai Qi met "
         "with a high-ranking CPV delegation in Beijing on April 8.", N, []),
        ("Cai said the CPC is ready to enhance exchanges on experience in Party building and "
         "governance with the CPV.", C, [("party", "Party building and governance")],
         [("party", "CPC is ready to enhance exchanges")]),
        ("He added that the two Parties should make better use of their theory workshops and the "
         "exchange of party delegations.", C, [("party", "theory workshops"),
                                               ("party", "exchange of party delegations")]),
        ("The head of the Vietnamese delegation, Lê Hoài Trung, said the CPV attaches great "
         "importance to its relations with the CPC.", V, [("party", "relations with the CPC")]),
    ]),
    ("VNA", "SAVANNAKHET", [
        ("Governor of Savannakhet province Santiphap Phomvihane received Vietnamese Consul General "
         "Nguyễn Văn Dũng on May 20.", N, []),
        ("Santiphap said the province hopes Vietnamese businesses will invest more in agriculture "
         "and processing along the East-West Economic Corridor.", L,
         [("economy", "invest"), ("economy", "agriculture")],
         [("economy", "businesses"), ("economy", "processing")]),
        ("Dũng said the consulate will support the Vietnamese community in Savannakhet to live in "
         "line with Lao law.", V, [("people", "Vietnamese community in")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam Electricity (EVN) signed a power purchase agreement with China Southern Power Grid "
         "on June 6 to import electricity from Yunnan through the 220 kV lines.", N,
         [("energy", "power"), ("energy", "electricity"), ("energy", "220 kV lines")],
         [("economy", "import")]),
        ("EVN Deputy General Director Nguyễn Tài Anh said the imports will help ensure power supply "
         "for northern provinces in the dry season.", V, [("energy", "power supply")],
         [("economy", "imports")]),
    ]),
    ("Nhân Dân", "CHAMPASAK", [
        ("A Vietnamese-funded hospital opened in Champasak province on July 7.", N, []),
        ("Speaking at the ceremony, Champasak Vice Governor Bounthong Chanthavong said the hospital "
         "will provide medical examination and treatment for local people.", L,
         [("health", "medical examination and treatment")]),
        ("Vietnamese Ambassador Nguyễn Minh Tâm said the project reflects the great friendship, "
         "special solidarity and comprehensive cooperation between the two countries.", V, []),
    ]),
    ("VNA", "LAO CAI", [
        ("Lào Cai and Yunnan held the fourth meeting of their joint working committee on July 15.", N,
         []),
        ("Vice Chairman of the Lào Cai provincial People's Committee Hoàng Quốc Khánh said agricultural "
         "exports through the Kim Thành border gate rose sharply this year.", V,
         [("economy", "agricultural exports")], [("economy", "border gate")]),
        ("The Chinese side proposed holding a cross-border tourism festival and a joint trade fair.",
         C, [("tourism_sports", "tourism festival"), ("economy", "trade fair")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Lao and Vietnamese youth unions held a friendship camp for 200 young people from border "
         "provinces in Vientiane on August 2.", N, [("people", "youth unions"),
                                                    ("people", "young people")]),
        ("Lao Youth Union Secretary Athsaphangthong Siphandone said the camp helps young people "
         "understand the history of the special relationship.", L, [("people", "young people")]),
    ]),
    ("VNA", "HANOI", [
        ("National Assembly Chairman Trần Thanh Mẫn held talks with Chairman of the Standing Committee "
         "of the National People's Congress Zhao Leji on August 18.", N, []),
        ("The two leaders agreed to strengthen parliamentary cooperation and exchanges between "
         "specialised committees.", J, [("diplomacy", "parliamentary cooperation")]),
        ("Zhao said China supports Việt Nam in hosting APEC and wants to coordinate closely at "
         "multilateral forums.", C, [("diplomacy", "multilateral forums")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese Minister of Public Security General Lương Tam Quang held talks with Lao "
         "Minister of Public Security Major General Vilay Lakhamfong on September 1.", N, []),
        ("The two ministers agreed to step up cooperation in fighting drug trafficking and "
         "transnational crime along the border.", J,
         [("defence_security", "drug trafficking and transnational crime")]),
        ("Vilay thanked Việt Nam for training Lao police officers.", L,
         [("education", "training Lao police officers")]),
    ]),
    ("VNS", "HA NOI", [
        ("More than 20,000 Lao students are studying in Việt Nam, according to the Ministry of "
         "Education and Training.", V, [("education", "students are studying")]),
        ("Deputy Minister Phạm Ngọc Thưởng said the ministry will raise the quality of Vietnamese "
         "language courses for them.", V, [("education", "Vietnamese language courses")]),
    ]),
    ("VNA", "KUNMING", [
        ("Secretary of the Hà Giang provincial Party Committee Hầu A Lềnh met with Secretary of the "
         "CPC Yunnan Provincial Committee Wang Ning in Kunming on October 4.", N, []),
        ("Wang said Yunnan wants to expand cooperation with Việt Nam's northern provinces in trade, "
         "agriculture and border management.", C,
         [("economy", "trade, agriculture"), ("defence_security", "border management")]),
        ("Lềnh said Hà Giang is ready to welcome Chinese investors in processing and tourism.", V,
         [("economy", "investors"), ("tourism_sports", "tourism")], [("economy", "processing")]),
    ]),
    ("VNA", "HANOI", [
        ("Party General Secretary Tô Lâm received Lao Deputy Prime Minister Saleumxay Kommasith on "
         "October 20.", N, []),
        ("The Party chief said the two sides should focus on connectivity, especially the Vientiane–"
         "Hà Nội expressway and the Vũng Áng port.", V,
         [("transport", "connectivity"), ("transport", "expressway"), ("transport", "port")]),
        ("Saleumxay, who is also Minister of Foreign Affairs, briefed the host on Laos's preparations "
         "for the ASEAN chairmanship.", L, []),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese and Chinese border guard forces held a joint patrol on the Beibu Gulf on "
         "November 10.", N, [("defence_security", "joint patrol")]),
        ("The patrol covered more than 100 nautical miles.", N, []),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Head of the CPV Central Committee's Commission for External Relations Lê Hoài Trung "
         "received Deputy Head of the International Department of the CPC Central Committee Sun "
         "Haiyan on November 25.", N, []),
        ("Trung said the commissions of the two Parties should coordinate closely to prepare for "
         "high-level meetings.", V, [("diplomacy", "high-level meetings")]),
        ("Sun said the CPC wants to deepen cooperation between the two parties in training young "
         "cadres.", C, [("party", "cooperation between the two parties"),
                        ("party", "training young cadres")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao President Thongloun Sisoulith on December 2 attended a ceremony marking the 50th "
         "anniversary of the Lao National Day at the Vietnamese Embassy.", N, []),
        ("Ambassador Nguyễn Minh Tâm recalled that the two peoples fought side by side for "
         "independence.", V, []),
        ("He said the embassy will support more exchanges between young people of the two countries.",
         V, [("people", "young people")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Agriculture and Environment Đỗ Đức Duy met with Chinese Vice Minister of "
         "Agriculture and Rural Affairs Zhang Zhili on December 8.", N, []),
        ("Duy proposed that China open its market to more Vietnamese fruit and aquatic products.", V,
         [], [("economy", "market")]),
        ("Zhang said the Chinese ministry would speed up quarantine procedures for durian and "
         "passion fruit.", C, []),
    ]),
    ("VNA", "NANNING", [
        ("The China-ASEAN Expo opened in Nanning on September 17 with more than 3,000 enterprises "
         "taking part.", N, [], [("economy", "enterprises")]),
        ("Vietnamese Deputy Minister of Industry and Trade Phan Thị Thắng said Vietnamese exporters "
         "want to join China's supply chains.", V, [("economy", "supply chains")],
         [("economy", "exporters")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("H.E. Mr. Bounleuth Vongphachanh, Vice Minister of Energy and Mines, and Vietnamese Deputy "
         "Minister of Industry and Trade Nguyễn Hoàng Long co-chaired a meeting on power trade on "
         "March 9.", N, [("energy", "power trade")]),
        ("According to Mr. Bounleuth, Laos sold about 1,800 MW of electricity to Viet Nam last year.",
         L, [("energy", "electricity")]),
        ("The Vice Minister added that new 500 kV transmission lines to the Vietnamese grid would be "
         "completed by 2027.", L, [("energy", "500 kV transmission lines")],
         [("energy", "grid")]),
    ]),
    ("Xinhua", "HANOI", [
        ("Vietnamese Prime Minister Pham Minh Chinh on Wednesday met with visiting Chinese Vice "
         "Premier Liu Guozhong.", N, []),
        ("\"Viet Nam welcomes Chinese investment in high technology and green energy,\" Chinh said.",
         V, [("economy", "investment"), ("science_technology", "high technology"),
             ("energy", "green energy")]),
        ("Liu said China is willing to import more high-quality agricultural products from Viet Nam.",
         C, [("economy", "agricultural products")], [("economy", "import")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Lao Front for National Development Central Committee Xaysomphone Phomvihane "
         "paid a courtesy call on State President Lương Cường on April 11.", N, []),
        ("The host said the two fronts have contributed to the great friendship, special solidarity "
         "and comprehensive cooperation between Việt Nam and Laos.", V, []),
        ("He hoped the fronts would promote exchanges between religious organisations and ethnic "
         "groups living along the border.", V, []),
        ("The Lao guest briefed the host on the Lao Front's work to prepare for the general "
         "election.", L, []),
    ]),
    ("VNA", "GUANGXI", [
        ("A delegation of Cao Bằng province led by Secretary of the provincial Party Committee Quản "
         "Minh Cường visited Guangxi on April 23.", N, []),
        ("Receiving the delegation, Chairman of the Guangxi Zhuang Autonomous Region Wei Tao said the "
         "region hopes to build a cross-border economic cooperation zone with Cao Bằng.", C,
         [("economy", "economic cooperation zone")]),
        ("The Chinese official also proposed joint efforts to protect the Bản Giốc - Detian "
         "waterfall and develop tourism there.", C, [("tourism_sports", "tourism")]),
        ("In his view, the two localities should also share experience in poverty reduction.", C,
         [("people", "localities")]),
        ("Cường thanked the host for the warm welcome.", V, []),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Politburo member and Director of the Hồ Chí Minh National Academy of Politics Nguyễn Xuân "
         "Thắng received President of the Lao National Academy of Politics and Public Administration "
         "Kikeo Khaykhamphithoune on May 6.", N, [],
         [("party", "Hồ Chí Minh National Academy of Politics")]),
        ("The two sides reviewed cooperation between the two academies in training and fostering "
         "cadres and in scientific research.", J,
         [("party", "cooperation between the two academies"), ("party", "training and fostering "
          "cadres"), ("science_technology", "scientific research")]),
        ("Kikeo said more than 3,000 Lao officials have graduated from the Vietnamese academy.", L,
         [], [("education", "graduated from the Vietnamese academy")]),
    ]),
    ("VNA", "BEIJING", [
        ("Chinese Minister of Education Huai Jinpeng met with Vietnamese Ambassador Phạm Thanh Bình "
         "in Beijing on May 19.", N, []),
        ("The minister said over 23,000 Vietnamese students are now studying in China.", C,
         [("education", "students are now studying")]),
        ("According to the ambassador, the two sides should sign a new agreement on mutual "
         "recognition of degrees.", V, [("education", "recognition of degrees")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese and Lao officials on June 10 broke ground on the Vientiane - Hà Nội expressway "
         "section linking Vientiane and Bolikhamxay.", N, [("transport", "expressway")]),
        ("Lao Minister of Public Works and Transport Mr Ngampasong Muongmany said the road will cut "
         "travel time to Vietnamese seaports by half.", L,
         [("transport", "road"), ("transport", "seaports")]),
        ("Mr Ngampasong thanked the Vietnamese Government and investors for their support.", L, [],
         [("economy", "investors")]),
    ]),
    ("VNS", "HA NOI", [
        ("Viet Nam imported about 4.5 billion kWh of electricity from Laos and China last year, "
         "according to data from Vietnam Electricity.", N, [("energy", "electricity")],
         [("economy", "imported")]),
        ("The volume is set to rise as new hydropower plants in northern Laos come online, said "
         "Đặng Huy Cường, former head of the Electricity Regulatory Authority of Viet Nam.", V,
         [("energy", "hydropower plants")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Foreign Minister Nguyễn Minh Vũ and Chinese Assistant Foreign Minister Hua Chunying "
         "co-chaired the 15th meeting of the steering committee on land border affairs on June 21.",
         N, []),
        ("They agreed to speed up the building of border markers and joint patrols along the "
         "border.", J, [("defence_security", "joint patrols")]),
        ("Hua said China is ready to open more border gate pairs to promote border trade.", C,
         [("economy", "border trade")], [("economy", "border gate")]),
    ]),
    ("KPL", "XIENGKHOUANG", [
        ("Xiengkhouang provincial Governor Mr. Phonesavanh Douangpanya and a delegation from Nghệ "
         "An province signed a cooperation agreement for 2026-2030 on July 1.", N, []),
        ("Under the agreement, the two provinces will cooperate in education, health, agriculture "
         "and trade.", N, [("education", "education"),
                           ("health", "health"), ("economy", "agriculture and trade")]),
        ("Mr. Phonesavanh said Nghệ An has trained more than 500 Xiengkhouang students and "
         "officials.", L, [("education", "trained more than 500 Xiengkhouang students")],
         [("education", "students")]),
    ]),
    ("VNA", "HANOI", [
        ("Secretary of the CPV Central Committee and Head of its Organisation Commission Lê Minh "
         "Hưng received a delegation of the LPRP Central Committee's Organisation Commission led by "
         "its head Sisay Leudetmounsone on July 8.", N, []),
        ("Hưng said the two commissions should share experience in personnel work and in the "
         "evaluation of cadres.", V, [("party", "personnel work"),
                                      ("party", "evaluation of cadres")]),
        ("Sisay said the LPRP values the support of the CPV in training Lao cadres.", L,
         [("party", "training Lao cadres")]),
    ]),
    ("VNA", "HANOI", [
        ("The first freight train carrying Vietnamese durian left Đồng Đăng station for Pingxiang "
         "on July 14.", N, [("transport", "freight train")]),
        ("Rail freight to China rose 30 per cent in the first half, according to the Việt Nam "
         "Railway Corporation.", V, [("transport", "Rail freight")]),
        ("General Director of the corporation Đặng Sỹ Mạnh said it plans to run more container "
         "trains to Nanning.", V, [("transport", "container trains")]),
    ]),
    ("Xinhua", "KUNMING", [
        ("\"Yunnan will open its doors wider to Vietnam and Laos,\" said Wang Ning, Party chief of "
         "Yunnan province, at a forum on cross-border economic cooperation on Monday.", C,
         [("economy", "economic cooperation")]),
        ("Wang added that the province's trade with Vietnam and Laos grew 12 percent last year.", C,
         [("economy", "trade")]),
        ("The forum drew more than 600 officials and business people from the three countries.", N,
         []),
    ]),
    ("VNA", "HANOI", [
        ("Lao Ambassador to Việt Nam Khamphao Ernthavanh and Chairman of the Hà Nội People's "
         "Committee Trần Sỹ Thanh attended a ceremony to hand over scholarships to Lao students on "
         "September 12.", N, [], [("education", "scholarships"), ("education", "students")]),
        ("Speaking at the event, the diplomat thanked Hà Nội for its care for Lao students and "
         "cadres studying in the capital.", L, [], [("education", "students")]),
        ("The Lao side proposed that the city host more Lao officials for short-term training courses "
         "in urban management.", L, [("party", "officials for short-term training courses")]),
    ]),
    ("VNA", "NANNING", [
        ("Secretary of the CPC Guangxi Zhuang Autonomous Region Committee Chen Gang received a "
         "delegation of Quảng Ninh province on October 3.", N, []),
        ("Chen said the region will work with Quảng Ninh to build the Móng Cái - Dongxing cross-border "
         "economic cooperation zone and improve connectivity between the two sides' seaports.", C,
         [("economy", "economic cooperation zone"), ("transport", "connectivity"),
          ("transport", "seaports")]),
        ("The Guangxi Party chief also suggested more exchanges between young people and trade "
         "unions of the two localities.", C,
         [("people", "young people and trade unions")], [("people", "localities")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Lao cadres studying at the Hồ Chí Minh National Academy of Politics have become key "
         "officials of the LPRP, said Lao Deputy Prime Minister Kikeo Khaykhamphithoune.", L,
         [("party", "studying at the Hồ Chí Minh National Academy of Politics")]),
        ("He was speaking at a meeting with Vietnamese Ambassador Nguyễn Minh Tâm in Vientiane on "
         "October 17.", N, []),
        ("The Vietnamese side pledged to help Laos train more high-level officials.", V,
         [("party", "train more high-level officials")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Nam Ou 7 hydropower plant in Phongsaly province, built by a Chinese company, began "
         "exporting power to Việt Nam on November 1.", N, [("energy", "hydropower plant"),
                                                           ("energy", "power to")],
         [("economy", "exporting")]),
        ("Lao Minister of Energy and Mines Phosay Sayasone said Laos aims to export 5,000 MW of "
         "electricity to Việt Nam by 2030.", L, [("energy", "electricity")], [("economy", "export")]),
        ("He and his Vietnamese counterpart agreed to build a new 500 kV line linking Savannakhet "
         "with Quảng Trị.", J, [("energy", "500 kV line")]),
    ]),
    ("VNA", "LAO CAI", [
        ("Import and export through the Lào Cai International Border Gate reached 2.4 billion USD in "
         "the first nine months.", N, [("economy", "Import and export")]),
        ("Director of the Lào Cai Department of Industry and Trade Phạm Đức Tân said fruit accounted "
         "for most of the exports.", V, [], [("economy", "exports")]),
        ("He noted that the standard-gauge railway from Lào Cai to Hải Phòng would cut freight costs "
         "for businesses.", V, [("transport", "standard-gauge railway"), ("transport", "freight")],
         [("economy", "businesses")]),
    ]),
]
