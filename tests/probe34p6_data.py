"""Probe 34p6: real VNA English copy's long sentences (officials' full titles, long lists of fields with
hyphenated and slashed names, a side briefing the guest on its own country and its Party Congress,
"On this occasion", "The two sides also exchanged views on", "Expressing his delight at",
"Highlighting ..., he suggested", "For his part", "the host affirmed that Việt Nam always treasures",
"witnessed the signing of", "the agreements reached", "the two Parties, States and peoples"), in VNA,
VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows (a country's own socio-economic situation and the goals
of its Party Congress in a briefing, the Congress itself, "humanitarian", "mining", bare "exports").
Relationship labels ("the two Parties, States and peoples", "comprehensive strategic partnership") and
words inside titles and names are not mentions. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

SOCIO = ("economy", "socio-economic")
CONGRESS14 = ("party", "14th National Party Congress")
GOALS = ("science_technology", "science, technology, innovation and digital transformation")

PASSAGES = [
    ("VNA", "HÀ NỘI", [
        ("Politburo member and Permanent Member of the Secretariat of the Communist Party of Việt Nam "
         "(CPV) Central Committee Trần Minh Quang received a delegation of the Communist Party of the "
         "Russian Federation (CPRF) led by Vice Chairman of the CPRF Central Committee Dmitry Orlovsky "
         "in Hà Nội on March 12.", N, []),
        ("Briefing the guests on Việt Nam's socio-economic situation and the outcomes of the 14th "
         "National Party Congress, including the goals of science, technology, innovation and digital "
         "transformation, Quang said the Congress had set out a vision for the country's development "
         "to 2045.", V, [], [SOCIO, CONGRESS14, GOALS]),
        ("Expressing his delight at the fine development of the relations between the CPV and the "
         "CPRF, Quang affirmed that Việt Nam always treasures the traditional friendship and "
         "comprehensive strategic partnership with Russia.", V,
         [("party", "relations between the CPV and the CPRF")]),
        ("For his part, Orlovsky congratulated the CPV on the success of its 14th National Congress "
         "and said the CPRF wishes to step up theoretical exchanges and cadre training with the CPV.",
         R, [("party", "theoretical exchanges and cadre training")],
         [("party", "14th National Congress")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("General Secretary of the CPV Central Committee and State President Lê Văn Thành held talks "
         "with General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee and "
         "President of Laos Sonexay Vongkhamsao in Hà Nội on April 8.", N, []),
        ("The two leaders agreed to continue effectively implementing the agreements reached and to "
         "step up cooperation in economy, trade, investment, energy, oil and gas, education-training, "
         "science-technology, culture, tourism and people-to-people exchange.", J,
         [("economy", "economy, trade, investment"), ("energy", "energy"), ("oil_gas", "oil and gas"),
          ("education", "education-training"), ("science_technology", "science-technology"),
          ("culture", "culture"), ("tourism_sports", "tourism"), ("people", "people-to-people exchange")]),
        ("Highlighting the special solidarity between the two Parties, States and peoples, Thành "
         "suggested that the two sides strengthen defence and security cooperation and better connect "
         "their transport infrastructure.", V,
         [("defence_security", "defence and security"), ("transport", "transport infrastructure")]),
        ("For his part, Sonexay thanked Việt Nam for its wholehearted support in human resources "
         "training and affirmed that Laos always treasures the great friendship with Việt Nam.", L,
         [("education", "human resources training")]),
        ("The two leaders witnessed the signing of a cooperation plan between the two Politburos for "
         "2026-2030 and agreements on customs, banking and higher education.", N,
         [("economy", "customs, banking"), ("education", "higher education")],
         [("party", "cooperation plan between the two Politburos")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Đặng Quốc Hải had a working session with First Deputy "
         "Chairman of the State Duma Committee on International Affairs Viktor Zhuravlev in Moscow on "
         "May 20.", N, []),
        ("The ambassador briefed the host on Việt Nam's socio-economic development and the outcomes of "
         "the 14th National Party Congress, which set the goals of making science, technology, "
         "innovation and digital transformation the main driving force of growth.", V, [],
         [("economy", "socio-economic development"), CONGRESS14, GOALS]),
        ("Hải proposed that the two legislatures strengthen inter-parliamentary cooperation and "
         "oversee the implementation of agreements in trade, energy, oil-gas and transport.", V,
         [("diplomacy", "inter-parliamentary cooperation"), ("economy", "trade"), ("energy", "energy"),
          ("oil_gas", "oil-gas"), ("transport", "transport")]),
        ("For his part, Zhuravlev said the State Duma supports the expansion of education and "
         "humanitarian cooperation between the two countries.", R, [("education", "education")],
         [("culture", "humanitarian")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Bounthavy Sisoulath received Vietnamese Minister of Finance Nguyễn Chí "
         "Tâm in Vientiane on June 3, on the occasion of the 47th meeting of the Việt Nam-Laos "
         "Intergovernmental Committee.", N, []),
        ("Bounthavy thanked Việt Nam for its valuable support in training Lao cadres and in "
         "healthcare.", L, [("party", "training Lao cadres"), ("health", "healthcare")]),
        ("He suggested the two sides speed up the Vientiane-Hà Nội expressway project and expand "
         "cooperation in electricity trading, agriculture and mining.", L,
         [("transport", "expressway"), ("energy", "electricity trading"), ("economy", "agriculture")],
         [("economy", "mining")]),
        ("Tâm affirmed that the Vietnamese Party, State and people always treasure the great "
         "friendship, special solidarity and comprehensive cooperation with Laos.", V, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Phạm Đức Long received Russian Deputy Prime Minister Andrei Voronin, "
         "co-chair of the Việt Nam-Russia Intergovernmental Commission for Economic, Trade, Scientific "
         "and Technological Cooperation, on July 9.", N, []),
        ("Long suggested that the two sides give priority to cooperation in oil and gas, energy, "
         "transport, agriculture and education-training, and soon open a direct shipping route between "
         "Vladivostok and Hải Phòng.", V,
         [("oil_gas", "oil and gas"), ("energy", "energy"), ("transport", "transport"),
          ("economy", "agriculture"), ("education", "education-training"),
          ("transport", "direct shipping route")]),
        ("On this occasion, Long asked the Russian side to create favourable conditions for "
         "Vietnamese farm produce, seafood and textiles to access the Russian market.", V,
         [("economy", "farm produce"), ("economy", "access the Russian market")]),
        ("For his part, Voronin said Russia is ready to supply liquefied natural gas to Việt Nam and "
         "to cooperate in building nuclear power plants.", R,
         [("oil_gas", "liquefied natural gas"), ("nuclear", "nuclear power")]),
        ("The two sides also exchanged views on international and regional issues of mutual "
         "concern.", J, [("diplomacy", "international and regional issues")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Vice Chairwoman of the National Assembly Nguyễn Thị Thu Hà received a delegation of the "
         "Federation Council of Russia led by Deputy Chairman Konstantin Belov on August 14.", N, []),
        ("Expressing her delight at the growth of two-way trade, which reached 7.2 billion USD last "
         "year, Hà said there is still room for cooperation in investment, logistics and tourism.", V,
         [("economy", "two-way trade"), ("economy", "investment"), ("transport", "logistics"),
          ("tourism_sports", "tourism")]),
        ("Belov said the Federation Council wants to expand exchanges between Russian regions and "
         "Vietnamese localities.", R,
         [("people", "exchanges between Russian regions and Vietnamese localities")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Head of the CPV Central Committee's Commission for External Relations Lê Hoài Trung hosted "
         "a reception for a delegation of the United Russia party led by Secretary of the General "
         "Council Andrei Turchak.", N, []),
        ("Trung briefed the guests on the outcomes of the 14th National Party Congress and Việt Nam's "
         "priorities in economic growth, science-technology and digital transformation in the new "
         "era.", V, [],
         [CONGRESS14, ("economy", "economic growth"),
          ("science_technology", "science-technology and digital transformation")]),
        ("Highlighting the role of party-to-party relations as the political foundation of the "
         "bilateral ties, he suggested the two parties step up the exchange of delegations at all "
         "levels and share experience in Party building.", V,
         [("party", "party-to-party relations"), ("party", "exchange of delegations"),
          ("party", "Party building")]),
        ("Turchak said United Russia attaches great importance to its cooperation with the CPV.", R,
         [("party", "cooperation with the CPV")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Sergei Lavrov held talks with Vietnamese Minister of Foreign "
         "Affairs Bùi Thanh Tùng in Moscow on Tuesday.", N, []),
        ("\"We agreed to continue effectively implementing the agreements reached at the highest level, "
         "above all in energy, transport and logistics, and in high technologies,\" Lavrov told a news "
         "conference after the talks.", R,
         [("energy", "energy"), ("transport", "transport and logistics"),
          ("science_technology", "high technologies")]),
        ("He said the two countries coordinate closely at the United Nations and other multilateral "
         "forums.", R, [("diplomacy", "multilateral forums")]),
        ("Tùng affirmed that Việt Nam always treasures its traditional friendship with Russia and "
         "wants to expand cooperation in education, science and culture.", V,
         [("education", "education"), ("science_technology", "science"), ("culture", "culture")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Politburo member, Secretary of the Party Central Committee and Head of the Central Commission "
         "for Organisation Hoàng Văn Nam received Chairman of the Central Committee of the Lao Front "
         "for National Development Xaysomphone Phomvihane on September 2.", N, []),
        ("Nam suggested that the two sides continue exchanging experience in Party building, cadre "
         "work and mass mobilisation work.", V,
         [("party", "Party building, cadre work and mass mobilisation work")]),
        ("Xaysomphone briefed the host on the preparations for the 12th National Congress of the LPRP "
         "and the socio-economic situation of Laos.", L, [],
         [("party", "12th National Congress of the LPRP"), SOCIO]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Minister of Industry and Trade Nguyễn Hồng Diên and Russian Minister of Energy Nikolai "
         "Shulgin co-chaired the sixth meeting of the working group on energy cooperation in Hà Nội "
         "on October 5.", N, [("energy", "energy cooperation")]),
        ("The two ministers agreed to expand cooperation in oil-gas exploration and exploitation, "
         "power generation, coal and renewable energy.", J,
         [("oil_gas", "oil-gas exploration and exploitation"),
          ("energy", "power generation, coal and renewable energy")]),
        ("Diên proposed that Russian firms join the development of LNG-to-power projects and the "
         "electricity grid.", V,
         [("oil_gas", "LNG"), ("energy", "power projects"), ("energy", "electricity grid")]),
        ("Shulgin said Russia is ready to share its experience in the nuclear and hydropower "
         "sectors.", R, [("nuclear", "nuclear"), ("energy", "hydropower")]),
        ("After the meeting, the two ministers witnessed the signing of a memorandum of understanding "
         "on cooperation in geological exploration and a contract on the supply of gas turbines.", N,
         [], [("oil_gas", "geological exploration"), ("energy", "gas turbines")]),
    ]),
    ("VNA", "BEIJING", [
        ("Member of the Politburo and Chairman of the Central Inspection Commission Trần Cẩm Tú met "
         "with Chinese Vice President Han Zheng in Beijing on November 7.", N, []),
        ("Tú affirmed that the Party, State and people of Việt Nam always treasure the traditional "
         "friendship with China and give top priority to relations with the Communist Party of China "
         "(CPC).", V, [("party", "relations with the Communist Party of China")]),
        ("He suggested the two sides strengthen political trust, step up exchanges between the "
         "inspection agencies of the two Parties and expand railway, road and border gate "
         "connectivity.", V,
         [("diplomacy", "political trust"),
          ("party", "exchanges between the inspection agencies of the two Parties"),
          ("transport", "railway, road and border gate connectivity")]),
        ("For his part, Han said China regards Việt Nam as a priority in its neighbourhood diplomacy "
         "and is ready to import more Vietnamese agricultural products.", C,
         [("diplomacy", "neighbourhood diplomacy"), ("economy", "agricultural products")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Minister of Education and Training Nguyễn Kim Sơn received Russian Deputy Minister of "
         "Science and Higher Education Olga Petrova on November 18.", N, []),
        ("Sơn thanked Russia for granting 1,200 scholarships a year to Vietnamese students and "
         "proposed joint training programmes in engineering, medicine and information technology.", V,
         [("education", "scholarships"), ("education", "Vietnamese students"),
          ("education", "joint training programmes"), ("health", "medicine"),
          ("science_technology", "information technology")],
         [("science_technology", "engineering")]),
        ("Petrova said the two ministries should also promote Russian-language teaching in "
         "Việt Nam.", R, [("education", "Russian-language teaching")]),
        ("On this occasion, the two sides signed a plan on cooperation in education and science for "
         "2026-2028.", N, [("education", "education"), ("science_technology", "science")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("State President Lương Cường received Russian Ambassador Gennady Bezdetko in Hà Nội on "
         "December 1.", N, []),
        ("Welcoming the ambassador, the host affirmed that Việt Nam always treasures and wishes to "
         "further deepen its comprehensive strategic partnership with Russia.", V, []),
        ("He suggested that the two countries step up cooperation in defence-security, oil and gas "
         "and nuclear energy, and promote people-to-people exchange and youth exchanges.", V,
         [("defence_security", "defence-security"), ("oil_gas", "oil and gas"),
          ("nuclear", "nuclear energy"), ("people", "people-to-people exchange and youth exchanges")]),
        ("Bezdetko said the Russian side is preparing a year of cultural exchanges in 2027.", R,
         [("culture", "cultural exchanges")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Secretary of the Party Committee of Nghệ An province Nguyễn Khắc Thận and Governor of "
         "Xiengkhouang province Bounma Phommavong co-chaired a conference reviewing cooperation between "
         "the two provinces in Vientiane.", N, [("people", "cooperation between the two provinces")]),
        ("They agreed to boost cooperation in agriculture, forestry, education-training, health care "
         "and border security.", J,
         [("economy", "agriculture, forestry"), ("education", "education-training"),
          ("health", "health care"), ("defence_security", "border security")]),
        ("Thận said Nghệ An will continue to admit Lao students and train officials for "
         "Xiengkhouang.", V, [("education", "admit Lao students"), ("party", "train officials")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Hồng Hà received Chinese Minister of Commerce Wang Wentao in "
         "Hà Nội on January 14.", N, []),
        ("Hà proposed that China open its market wider to Vietnamese farm products and step up "
         "cooperation in e-commerce, the digital economy and green transition.", V,
         [("economy", "farm products"), ("economy", "e-commerce"), ("economy", "digital economy")],
         [("economy", "market"), ("environment", "green transition")]),
        ("Wang said Chinese enterprises want to invest in high-tech and clean energy projects in "
         "Việt Nam.", C,
         [("economy", "invest"), ("energy", "clean energy")],
         [("economy", "enterprises"), ("science_technology", "high-tech")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Deputy Minister of National Defence Senior Lieutenant General Hoàng Xuân Chiến held talks "
         "with Russian Deputy Minister of Defence Colonel General Alexander Fomin in Moscow.", N, []),
        ("The two sides agreed to effectively implement the agreements reached and to expand "
         "cooperation in military training, defence industry, military medicine and UN "
         "peacekeeping.", J,
         [("defence_security", "military training, defence industry"),
          ("defence_security", "military"), ("health", "medicine"),
          ("defence_security", "peacekeeping")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Governor of Primorye Territory Oleg Kozhemyako met with a delegation from the Vietnamese "
         "province of Khánh Hòa led by Chairman of the provincial People's Committee Trần Phong.", N,
         []),
        ("Kozhemyako said the region is interested in fishing, seafood processing, port logistics and "
         "tourism, and proposed opening direct flights between Vladivostok and Nha Trang.", R,
         [("transport", "port logistics"), ("tourism_sports", "tourism"), ("transport", "direct flights")],
         [("economy", "fishing, seafood processing")]),
        ("According to him, about 90,000 tourists from Primorye visited Khánh Hòa last year.", R,
         [("tourism_sports", "tourists")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Secretary of the Hà Nội Party Committee Bùi Thị Minh Hoài received a delegation of the "
         "Moscow City Duma led by its Chairman Alexei Shaposhnikov.", N, []),
        ("Expressing her delight at the results of the cooperation between Hà Nội and Moscow, Hoài "
         "said the capital wants to learn from Moscow's experience in urban planning, metro "
         "construction and smart city development.", V,
         [("people", "cooperation between Hà Nội and Moscow"), ("transport", "metro construction"),
],
         [("transport", "urban planning"), ("science_technology", "smart city")]),
        ("For his part, Shaposhnikov briefed the host on Moscow's socio-economic situation and its "
         "achievements in public transport.", R, [],
         [SOCIO, ("transport", "public transport")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The two leaders also exchanged views on the situation in Asia-Pacific and agreed to "
         "coordinate closely at regional and international forums such as the United Nations, ASEAN "
         "and APEC.", J, [("diplomacy", "regional and international forums")]),
        ("Both sides affirmed the importance of maintaining peace, stability, freedom of navigation "
         "and overflight in the East Sea.", J, [], [("defence_security", "freedom of navigation")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Minister of Health Đào Hồng Lan and Cuban Ambassador Orlando Hernández Guillén signed a "
         "memorandum on cooperation in medicine, pharmaceuticals and traditional medicine.", N,
         [("health", "medicine, pharmaceuticals and traditional medicine")]),
        ("Lan said Việt Nam hopes to learn from Cuba's experience in biotechnology and vaccine "
         "production.", V,
         [("science_technology", "biotechnology"), ("health", "vaccine production")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Chairman of the Việt Nam-Russia Friendship Association Nguyễn Văn Đức received Deputy "
         "Chairman of the Russia-Việt Nam Friendship Society Pavel Gusev in Hà Nội on February 6.", N,
         []),
        ("Expressing his delight at the fine development of the comprehensive strategic partnership, "
         "the guest said the society will hold more activities in education/training, culture and "
         "youth exchange.", R,
         [("education", "education/training"), ("culture", "culture"), ("people", "youth exchange")]),
        ("The host briefed the guest on Việt Nam's socio-economic achievements in 2025 and affirmed "
         "that the association always treasures its ties with Russian friendship organisations.", V, [],
         [("economy", "socio-economic"), ("people", "friendship organisations")]),
        ("On this occasion, Đức conveyed his invitation to Gusev to attend the Russian Culture Days in "
         "Hà Nội.", V, []),
    ]),
    ("VNA", "MOSCOW", [
        ("Member of the Politburo and Head of the CPV Central Committee's Commission for Information, "
         "Education and Mass Mobilisation Nguyễn Trọng Nghĩa met with Chairman of the CPRF Central "
         "Committee Gennady Zyuganov in Moscow on March 3.", N, []),
        ("Nghĩa briefed the host on the results of the 14th National Party Congress and thanked the "
         "CPRF for its support of the CPV.", V, [], [CONGRESS14]),
        ("Highlighting the agreements reached by the two Parties' top leaders, he suggested the two "
         "Parties increase the exchange of delegations, theoretical workshops and the training of "
         "cadres.", V,
         [("party", "exchange of delegations, theoretical workshops"), ("party", "training of cadres")],
         [("party", "agreements reached by the two Parties' top leaders")]),
        ("Zyuganov spoke highly of Việt Nam's achievements and said the CPRF treasures its friendship "
         "with the CPV.", R, [("party", "friendship with the CPV")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Deputy Minister of Foreign Affairs Đỗ Hùng Việt and Russian Deputy Foreign Minister Andrei "
         "Rudenko co-chaired the 12th Diplomatic, Defence and Security Strategic Dialogue in Hà Nội on "
         "April 2.", N, []),
        ("They agreed to step up cooperation in oil/gas, energy, nuclear power, science-technology and "
         "cybersecurity.", J,
         [("oil_gas", "oil/gas"), ("energy", "energy"), ("nuclear", "nuclear power"),
          ("science_technology", "science-technology"), ("defence_security", "cybersecurity")]),
        ("For his part, Rudenko said Russia supports Việt Nam's role in ASEAN and the Mekong-Lancang "
         "Cooperation.", R, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Permanent Deputy Prime Minister Nguyễn Hòa Bình received Chinese Ambassador He Wei in Hà Nội "
         "on May 15.", N, []),
        ("Bình suggested that the two sides speed up the standard-gauge railway links, expand "
         "cooperation in finance-banking and agriculture-fisheries and open more smart border gates.",
         V, [("transport", "standard-gauge railway links"), ("economy", "finance-banking and agriculture-fisheries")], [("economy", "smart border gates")]),
        ("The ambassador affirmed that China attaches importance to relations with Việt Nam and wants to "
         "import more Vietnamese durians and seafood.", C, [], [("economy", "import")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Thanking the host for the warm welcome, Vietnamese Minister of Home Affairs Phạm Thị Thanh "
         "Trà said she was delighted to visit Laos on the occasion of the 49th anniversary of the "
         "Việt Nam-Laos Treaty of Amity and Cooperation.", V, []),
        ("At the talks, the two ministers agreed to step up cooperation in civil service reform, "
         "labour and the training of civil servants.", J,
         [("labour", "labour"), ("party", "training of civil servants")]),
        ("According to the Lao minister, about 300 Lao officials attend refresher courses in Việt Nam "
         "each year.", L, [("education", "refresher courses")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Chairman of the National Assembly Trần Thanh Mẫn held talks with Chairman of the State Duma "
         "Vyacheslav Volodin in Hà Nội on June 24.", N, []),
        ("The Vietnamese leader suggested that the two legislatures promote cooperation in science, "
         "technology, innovation and digital transformation, and in responding to climate change.", V,
         [GOALS, ("environment", "climate change")]),
        ("Sharing Mẫn's view, Volodin said the Duma would support laws that ease investment and "
         "payments in national currencies.", J,
         [("economy", "investment and payments in national currencies")]),
        ("Both sides agreed to maintain the exchange of delegations at all levels and to coordinate at "
         "inter-parliamentary forums such as the IPU and the APPF.", J,
         [("diplomacy", "exchange of delegations"), ("diplomacy", "inter-parliamentary forums")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam signed a roadmap on energy cooperation until 2030, Russian Deputy Energy "
         "Minister Pavel Sorokin told reporters on Thursday.", R, [("energy", "energy cooperation")]),
        ("\"The roadmap covers oil and gas production, power generation and the peaceful use of atomic "
         "energy,\" he said.", R,
         [("oil_gas", "oil and gas production"), ("energy", "power generation"),
          ("nuclear", "peaceful use of atomic energy")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Minister of Labour, Invalids and Social Affairs Lê Văn Thanh received a delegation of "
         "the Korean Ministry of Employment and Labor led by Vice Minister Kim Min-seok.", N, []),
        ("Thanh proposed that the Korean side receive more Vietnamese workers under the Employment "
         "Permit System and open training in vocational skills for them.", V,
         [("labour", "Vietnamese workers"), ("education", "training in vocational skills")]),
        ("For his part, Kim said the Republic of Korea values the contribution of Vietnamese workers to "
         "its economy.", "korea", [("labour", "Vietnamese workers")], [("economy", "economy")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Receiving Ambassador of Laos to Việt Nam Khamphao Ernthavanh in Hà Nội on July 17, Minister "
         "of Agriculture and Environment Đỗ Đức Duy said the two ministries should cooperate more "
         "closely in irrigation, forestry, climate change adaptation and the management of Mekong "
         "water resources.", V,
         [("economy", "irrigation, forestry"), ("environment", "climate change adaptation"),
          ("environment", "management of Mekong water resources")]),
        ("The diplomat, for her part, thanked the Vietnamese ministry for sending experts to help Lao "
         "farmers grow rice and coffee.", L, [], [("economy", "farmers")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Vice President Võ Thị Ánh Xuân hosted a reception for Russian Deputy Prime Minister and "
         "Presidential Envoy to the Far Eastern Federal District Yuri Trutnev on August 4.", N, []),
        ("Xuân expressed her hope that the Far East will become a gateway for Vietnamese goods into "
         "Russia, and that Vietnamese investors will take part in projects in agriculture, wood "
         "processing and aquaculture there.", V,
         [("economy", "Vietnamese investors"), ("economy", "agriculture, wood processing and aquaculture")],
         [("economy", "Vietnamese goods")]),
        ("Trutnev informed the host that Russia plans to open a Vladivostok-Đà Nẵng air route and "
         "build a logistics centre for Vietnamese exporters.", R,
         [("transport", "air route"), ("transport", "logistics centre")], [("economy", "exporters")]),
        ("The two sides also exchanged views on the preparations for the Eastern Economic Forum in "
         "September.", J, []),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("In his speech, General Secretary Tô Lâm stressed that the Party, State and people of Việt "
         "Nam always treasure and give top priority to the great friendship and special solidarity "
         "with Laos.", V, []),
        ("He called on the two Parties to intensify the exchange of experience in Party building, the "
         "fight against corruption and the training of young leaders.", V,
         [("party", "exchange of experience in Party building")],
         [("party", "fight against corruption"), ("party", "training of young leaders")]),
        ("Lao President Thongloun Sisoulith said the LPRP and the Lao people will never forget the "
         "support of Việt Nam during the struggle for national liberation.", L, []),
    ]),
]
