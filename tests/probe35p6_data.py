"""Probe 35p6: VNA's lists of fields and hyphenated compounds in long sentences (VNA, VNS, Nhân Dân and
TASS shapes; invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give: a
hyphenated pair of one sector ("economy-trade", "education-training") is one field, neighbouring terms
of one sector joined by commas and "and" are one mention, terms of different sectors stay apart; sector
words inside names and titles do not count. A sentence may carry a fourth item: optional rows. Written
for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Duc on May 14 received Russian Deputy Prime Minister Alexei Voronin, "
         "who is in Hanoi to co-chair the 27th meeting of the Vietnam-Russia Intergovernmental Committee "
         "for Economic, Trade, Scientific and Technological Cooperation.", N, []),
        ("Welcoming the guest, Duc affirmed that Vietnam always treasures its traditional friendship and "
         "Comprehensive Strategic Partnership with Russia, and expressed the wish to further promote "
         "cooperation in the fields of economy-trade, investment, energy, oil and gas, "
         "science-technology, education-training, culture, tourism and people-to-people exchange.", V,
         [("economy", "economy-trade, investment"), ("energy", "energy"), ("oil_gas", "oil and gas"),
          ("science_technology", "science-technology"), ("education", "education-training"),
          ("culture", "culture"), ("tourism_sports", "tourism"), ("people", "people-to-people exchange")]),
        ("He suggested that the two sides soon remove obstacles in payment and banking; expand "
         "settlements in national currencies; and step up cooperation in such areas as transport, "
         "logistics, agriculture and fisheries.", V,
         [("economy", "payment and banking"), ("economy", "national currencies"),
          ("transport", "transport, logistics"), ("economy", "agriculture and fisheries")]),
        ("For his part, Voronin spoke highly of Vietnam's socio-economic achievements and said Russia "
         "considers Vietnam a key partner in the Asia-Pacific region.", R, [],
         [("economy", "socio-economic")]),
        ("The Russian Deputy Prime Minister proposed that the two sides accelerate projects in energy, "
         "oil and gas exploration and nuclear power, and expand the training of Vietnamese specialists "
         "in Russian universities.", R,
         [("energy", "energy"), ("oil_gas", "oil and gas exploration"), ("nuclear", "nuclear power"),
          ("education", "training")], [("education", "universities")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Politburo member and Permanent Member of the Party Central Committee's Secretariat Tran Quoc "
         "Hung held talks in Moscow on June 3 with Secretary of the General Council of the United Russia "
         "Party Andrei Klimenko.", N, []),
        ("The two sides also exchanged views on the situation of each party and each country, as well as "
         "international and regional issues of mutual concern.", J,
         [("diplomacy", "international and regional issues")]),
        ("Hung suggested that the two parties continue to maintain delegation exchanges at all levels; "
         "intensify the sharing of experience in Party building and socio-economic management; and "
         "coordinate closely at multilateral forums of political parties.", V,
         [("party", "delegation exchanges"), ("party", "Party building"),
          ("economy", "socio-economic management")],
         [("party", "multilateral forums of political parties"), ("diplomacy", "multilateral forums")]),
        ("Speaking highly of the outcomes of the cooperation programme between the CPV and United Russia "
         "for 2024-2027, Klimenko affirmed that his party attaches importance to inter-party ties with "
         "the CPV.", R,
         [("party", "cooperation programme between the CPV and United Russia"),
          ("party", "inter-party ties")]),
        ("He also proposed opening a training course on political theory for young officials of the two "
         "parties in the 2026-2027 period.", R,
         [("party", "training course"), ("party", "political theory")]),
    ]),
    ("VNS", "HA NOI", [
        ("Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien on Tuesday hosted "
         "a reception for Russian Deputy Defence Minister Colonel General Alexander Fomenko, who is on a "
         "working visit to Viet Nam.", N, []),
        ("The host said defence cooperation is an important pillar of the Comprehensive Strategic "
         "Partnership, and suggested that the two sides continue to effectively implement signed "
         "agreements; step up delegation exchanges at all levels; and expand cooperation in such areas "
         "as military medicine, personnel training, defence industry and UN peacekeeping.", V,
         [("defence_security", "defence"), ("diplomacy", "delegation exchanges"),
          ("defence_security", "military"), ("health", "medicine"),
          ("defence_security", "defence industry and UN peacekeeping")],
         [("education", "personnel training")]),
        ("For his part, the guest thanked the Vietnamese ministry for its warm hospitality and agreed "
         "that the two sides should strengthen coordination in maritime security and cyber security.", R,
         [("defence_security", "maritime security and cyber security")]),
    ]),
    ("NDO", "VIENTIANE", [
        ("Chairman of the Vietnamese National Assembly's Committee for Culture and Society Nguyen Dac Vinh "
         "led a delegation to Laos from April 8 to 11 at the invitation of the Lao National Assembly's "
         "Committee for Cultural and Social Affairs.", N, []),
        ("At a meeting with Vice President of the Lao National Assembly Sounthone Xayachack, Vinh "
         "expressed his delight at the fruitful development of the great friendship, special solidarity "
         "and comprehensive cooperation between Vietnam and Laos, especially in the fields of "
         "politics-diplomacy, defence-security, education-training and culture.", V,
         [("diplomacy", "politics-diplomacy"), ("defence_security", "defence-security"),
          ("education", "education-training"), ("culture", "culture")]),
        ("Sounthone, for her part, thanked Vietnam for training thousands of Lao officials and students "
         "each year, and proposed that the two legislative bodies share experience in law-making and "
         "supervision.", L, [("education", "training")], [("education", "students")]),
        ("She also suggested the two committees coordinate in preserving and promoting the cultural "
         "heritage of ethnic minority groups along the shared border.", L,
         [("culture", "cultural heritage")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam intend to expand cooperation in the fuel and energy sector, including oil "
         "and gas production on the Vietnamese continental shelf, Russian Energy Minister Pavel Dorofeev "
         "told reporters after talks with Vietnamese Minister of Industry and Trade Le Anh Khoa.", R,
         [("energy", "fuel and energy"), ("oil_gas", "oil and gas production")],
         [("oil_gas", "continental shelf")]),
        ("According to him, the two sides also discussed prospects for supplies of Russian liquefied "
         "natural gas and the construction of gas-fired power plants in Vietnam.", R,
         [("oil_gas", "liquefied natural gas"), ("energy", "power plants")], [("oil_gas", "gas-fired")]),
        ("Dorofeev added that Rosatom and the Vietnamese side are working on a roadmap for nuclear "
         "research cooperation.", R, [("nuclear", "nuclear research")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairwoman of the Vietnam Chamber of Commerce and Industry (VCCI) Tran Thi Lan Huong on "
         "July 2 received a delegation of the Chamber of Commerce and Industry of Russia's Novosibirsk "
         "region led by its President Oleg Semenov.", N, []),
        ("Huong said two-way trade between Vietnam and Russia reached 4.6 billion USD last year, but "
         "remains modest compared to the potential of the two countries.", V, [("economy", "two-way trade")]),
        ("She suggested that the two chambers work closely to organise trade promotion activities; "
         "share market information; and help enterprises of both sides tap opportunities in such areas "
         "as agriculture, pharmaceuticals and logistics.", V,
         [("economy", "trade promotion"), ("economy", "agriculture"), ("health", "pharmaceuticals"),
          ("transport", "logistics")], [("economy", "market information"), ("economy", "enterprises")]),
        ("Welcoming the proposals, Semenov informed the host that many firms in Novosibirsk want to "
         "import Vietnamese seafood, fruit and coffee and to invest in hotels in Khanh Hoa province.", R,
         [("economy", "invest")], [("economy", "import"), ("tourism_sports", "hotels")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Education and Training Nguyen Kim Son on September 9 had a working session with "
         "Russian Minister of Science and Higher Education Valery Falkov, who is in Hanoi to attend the "
         "Vietnam-Russia Education Forum.", N, []),
        ("The two ministers reviewed cooperation in education-training and science-technology over the "
         "past years, noting that Russia currently grants about 1,000 scholarships to Vietnamese students "
         "every year.", J,
         [("education", "education-training"), ("science_technology", "science-technology"),
          ("education", "scholarships")], [("education", "students")]),
        ("Son proposed that Russia increase the number of scholarships in information technology, "
         "nuclear energy and medicine; and that the two sides expand joint training programmes and "
         "academic exchanges.", V,
         [("education", "scholarships"), ("science_technology", "information technology"),
          ("nuclear", "nuclear energy"), ("health", "medicine"),
          ("education", "joint training programmes and academic exchanges")]),
        ("Falkov affirmed that Russian universities are ready to welcome more Vietnamese students and to "
         "cooperate with Vietnamese partners in teaching the Russian language.", R,
         [("education", "students"), ("education", "teaching")],
         [("education", "universities"), ("culture", "Russian language")]),
    ]),
    ("VNA", "HANOI", [
        ("General Secretary To Van Lam received Chairman of the Communist Party of the Russian Federation "
         "(CPRF) Central Committee Gennady Zubkov in Hanoi on November 20.", N, []),
        ("The host welcomed the guest's visit, describing it as a vivid manifestation of the "
         "long-standing relations between the CPV and the CPRF.", V,
         [("party", "relations between the CPV and the CPRF")]),
        ("He suggested that the two parties strengthen theoretical exchanges, especially on building "
         "socialism in the new context; and continue cooperation in training cadres and in disseminating "
         "the history of the two countries' friendship among the young generation.", V,
         [("party", "theoretical exchanges"), ("party", "training cadres")],
         [("people", "young generation")]),
        ("The guest briefed the host on the CPRF's activities and affirmed that the CPRF always supports "
         "the development of the friendship between the two Parties.", R,
         [("party", "friendship between the two Parties")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Culture, Sports and Tourism Nguyen Van Hung on October 15 hosted a reception for "
         "Governor of Russia's Primorsky Territory Oleg Kozlov.", N, []),
        ("Speaking highly of the territory's role as a gateway of Russia to the Asia-Pacific, Hung "
         "proposed that the two sides promote direct flights between Vladivostok and Vietnamese tourist "
         "destinations, and organise culture weeks, film screenings and art exhibitions in each other's "
         "localities.", V,
         [("transport", "direct flights"), ("tourism_sports", "tourist destinations"),
          ("culture", "culture weeks, film screenings and art exhibitions"), ("people", "localities")]),
        ("Kozlov said the territory wishes to cooperate with Vietnamese localities in sports, fisheries "
         "and port services.", R,
         [("people", "localities"), ("tourism_sports", "sports"), ("economy", "fisheries"),
          ("transport", "port services")]),
    ]),
    ("VNS", "HA NOI", [
        ("Deputy Foreign Minister Le Thi Thu Hang held the 12th political consultation with Russian "
         "Deputy Foreign Minister Andrei Rudin in Ha Noi on Monday.", N, [],
         [("diplomacy", "political consultation")]),
        ("The two sides reviewed the implementation of high-level agreements and agreed to step up the "
         "exchange of delegations and coordination at multilateral forums, including the United Nations, "
         "ASEAN and the Asia-Pacific Economic Cooperation (APEC) forum.", J,
         [("diplomacy", "exchange of delegations"), ("diplomacy", "multilateral forums")]),
        ("The two sides also exchanged views on international and regional issues of mutual concern, "
         "including the East Sea issue and the situation in the Middle East.", J,
         [("diplomacy", "international and regional issues")]),
        ("On this occasion, Hang conveyed an invitation from Foreign Minister Bui Thanh Tam to Russian "
         "Foreign Minister Sergei Lavrentiev to visit Viet Nam.", V, []),
    ]),
    ("VNA", "VIENTIANE", [
        ("Permanent Deputy Prime Minister Nguyen Hoa Nam and Lao Deputy Prime Minister Saleumxay "
         "Bounthavy co-chaired the 47th meeting of the Vietnam-Laos Intergovernmental Committee in "
         "Vientiane on January 10.", N, []),
        ("The two sides agreed to speed up key transport projects, including expressways, seaports and "
         "railways; promote power trading; and facilitate the transit of goods across the border.", J,
         [("transport", "transport"), ("transport", "expressways, seaports and railways"),
          ("energy", "power trading")], [("transport", "transit of goods")]),
        ("Saleumxay thanked Vietnam for its effective assistance, especially in human resources "
         "training, and asked the Vietnamese side to encourage its enterprises to invest in agriculture "
         "and hydropower in Laos.", L,
         [("education", "human resources training"), ("economy", "invest"), ("economy", "agriculture"),
          ("energy", "hydropower")], [("economy", "enterprises")]),
        ("Nam, for his part, said the Vietnamese Government will continue to send experts to help Laos "
         "in education, health care and digital transformation.", V,
         [("education", "education"), ("health", "health care"),
          ("science_technology", "digital transformation")]),
    ]),
    ("NDO", "HANOI", [
        ("Politburo member, Secretary of the Party Central Committee and Head of the Party Central "
         "Committee's Commission for External Relations Le Hoai Nam received a delegation of the "
         "International Department of the Communist Party of China (CPC) Central Committee led by its "
         "Vice Minister Sun Haiyan.", N, []),
        ("Nam proposed that the two sides continue to maintain high-level meetings; make good use of the "
         "party channel to guide bilateral ties; promote exchanges between the two parties' commissions "
         "for external relations; and expand practical cooperation in trade, investment, infrastructure "
         "connectivity, green development and digital economy.", V,
         [("party", "party channel"), ("party", "exchanges between the two parties' commissions for external relations"),
          ("economy", "trade, investment"), ("transport", "infrastructure connectivity"),
          ("economy", "digital economy")],
         [("diplomacy", "high-level meetings"), ("environment", "green development")]),
        ("Sun said the CPC attaches great importance to developing relations with the CPV and is willing "
         "to share experience in Party building and state governance.", C,
         [("party", "relations with the CPV"), ("party", "Party building")],
         [("party", "state governance")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Dang Minh Khoi on August 5 had a working session with President "
         "of Russia's Republic of Tatarstan Rustam Minnikhanov in Kazan.", N, []),
        ("Minnikhanov said Tatarstan wants to boost cooperation with Vietnamese localities in such areas "
         "as petrochemicals, automobile manufacturing, agriculture and education.", R,
         [("people", "localities"), ("oil_gas", "petrochemicals"), ("economy", "agriculture"),
          ("education", "education")], [("economy", "automobile manufacturing")]),
        ("Khoi, for his part, informed the host that Vietnam is calling for investment in renewable "
         "energy and high-tech agriculture, and hoped that Tatarstan firms would open representative "
         "offices in Vietnam.", V,
         [("economy", "investment"), ("energy", "renewable energy"), ("economy", "high-tech agriculture")],
         [("science_technology", "high-tech")]),
    ]),
    ("VNS", "HA NOI", [
        ("Minister of Health Dao Hong Lan received a delegation of the Russian Federal Service for "
         "Surveillance on Consumer Rights Protection and Human Wellbeing led by its head Anna Popova on "
         "Friday.", N, []),
        ("Lan thanked the Russian agency for its support in epidemic prevention and control and vaccine "
         "production during the COVID-19 pandemic, and suggested the two sides cooperate in training "
         "medical staff, transferring technology and setting up a joint laboratory for tropical "
         "diseases.", V,
         [("health", "epidemic prevention and control and vaccine production"), ("education", "training"),
          ("science_technology", "transferring technology"), ("health", "tropical diseases")],
         [("health", "medical staff"), ("science_technology", "joint laboratory")]),
        ("Popova agreed with the host's proposals and said Russia stands ready to share its experience in "
         "disease surveillance and public health.", R,
         [("health", "disease surveillance and public health")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will hold cross years of culture in 2027-2028, Russian Culture Minister Olga "
         "Lyubova told TASS on Thursday.", R, [("culture", "culture")]),
        ("\"We have agreed with our Vietnamese colleagues on a rich programme that includes tours of "
         "theatre companies, film weeks, exhibitions and educational projects,\" she said.", R,
         [("culture", "theatre companies, film weeks, exhibitions"), ("education", "educational")]),
        ("According to the minister, the Russian side also plans to open a Russian language centre in "
         "Da Nang.", R, [], [("culture", "Russian language"), ("education", "language centre")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Science and Technology Nguyen Manh Cuong and Russian Minister of Digital Development "
         "Maksut Shadrin signed a memorandum of understanding on cooperation in information technology "
         "and telecommunications in Hanoi on March 25.", N,
         [("science_technology", "information technology and telecommunications")]),
        ("Cuong said the memorandum opens up opportunities for the two countries to work together in "
         "artificial intelligence, semiconductors and e-government.", V,
         [("science_technology", "artificial intelligence, semiconductors and e-government")]),
        ("Shadrin said Russian technology companies are interested in the Vietnamese market and proposed "
         "setting up a joint working group on digital technologies.", R,
         [("science_technology", "digital technologies")],
         [("economy", "market"), ("science_technology", "technology")]),
    ]),
    ("VNA", "HANOI", [
        ("President Luong Van Cuong on December 2 received Sergei Kirienko, First Deputy Chief of Staff "
         "of the Russian Presidential Executive Office, who is in Vietnam to attend the Vietnam-Russia "
         "Forum on Digital Economy.", N, []),
        ("Cuong suggested that the two sides continue to maintain regular high-level contacts; "
         "effectively implement cooperation mechanisms; and create favourable conditions for the "
         "Vietnamese community in Russia to live, work and do business stably.", V, [],
         [("diplomacy", "high-level contacts"), ("people", "Vietnamese community"),
          ("economy", "do business")]),
        ("Kirienko said Russia highly values Vietnam's role in ASEAN and wants to expand cooperation in "
         "education, youth exchange and science.", R,
         [("education", "education"), ("people", "youth exchange"), ("science_technology", "science")]),
    ]),
    ("NDO", "HO CHI MINH CITY", [
        ("A high-ranking delegation of the Lao People's Revolutionary Party (LPRP), led by Politburo "
         "member and Standing Member of the LPRP Central Committee's Secretariat Bounthong Chitmany, paid "
         "a working visit to Ho Chi Minh City from February 22 to 25.", N, []),
        ("Receiving the delegation, Secretary of the municipal Party Committee Nguyen Van Nen said the "
         "city has provided scholarships for hundreds of Lao students and trained many Lao officials at "
         "its Cadre Academy.", V,
         [("education", "scholarships"), ("party", "trained many Lao officials")],
         [("education", "students")]),
        ("Bounthong, for his part, expressed his wish that Ho Chi Minh City will continue to share "
         "experience with Lao localities in urban management, investment attraction and the "
         "development of the private economy.", L,
         [("people", "localities"), ("economy", "investment attraction"), ("economy", "private economy")],
         [("transport", "urban management")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Tran Luu Quang on April 17 received Chairman of the Board of Directors of "
         "Russian oil company Zarubezhneft Sergei Kudryashov.", N, []),
        ("The Russian guest informed his host about the progress of joint projects between Zarubezhneft "
         "and the Vietnam National Industry and Energy Group (Petrovietnam), including the Vietsovpetro "
         "joint venture, which is exploring new oil and gas blocks on the continental shelf.", R,
         [("oil_gas", "oil and gas")], [("economy", "joint venture"), ("oil_gas", "continental shelf")]),
        ("He also expressed the company's interest in the development of LNG-to-power projects and in "
         "the production of green hydrogen in Vietnam.", R,
         [("oil_gas", "LNG"), ("energy", "power"), ("energy", "green hydrogen")]),
        ("Quang asked Zarubezhneft to coordinate with Vietnamese partners in training high-quality human "
         "resources for the oil and gas industry.", V,
         [("education", "training"), ("oil_gas", "oil and gas industry")]),
    ]),
    ("VNA", "HANOI", [
        ("The joint statement adopted at the end of the visit said the two countries will strengthen "
         "bilateral cooperation across political-diplomatic, economic, defence-security, "
         "scientific-technological, educational and cultural pillars.", J,
         [("diplomacy", "political-diplomatic"), ("economy", "economic"),
          ("defence_security", "defence-security"), ("science_technology", "scientific-technological"),
          ("education", "educational"), ("culture", "cultural")]),
        ("It said the two sides will work to raise two-way trade to 10 billion USD by 2030; boost "
         "cooperation in energy, including nuclear energy; and support exchange programmes between "
         "localities.", J,
         [("economy", "two-way trade"), ("energy", "energy"), ("nuclear", "nuclear energy"),
          ("people", "localities")]),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Duc held phone talks with Russian Prime Minister Mikhail Mishustin on "
         "July 18.", N, []),
        ("The two leaders expressed satisfaction at the growth of bilateral trade, which exceeded 5 "
         "billion USD last year, and agreed to create more favourable conditions for each other's "
         "agricultural, fishery and pharmaceutical products to access their markets.", J,
         [("economy", "bilateral trade"), ("economy", "agricultural, fishery"),
          ("health", "pharmaceutical")], [("economy", "markets")]),
        ("Duc proposed that Russia soon recognise Vietnam as a market economy and support Vietnamese "
         "enterprises in participating in Russia's projects in the Far East and the Arctic.", V,
         [("economy", "market economy")], [("economy", "enterprises")]),
        ("Mishustin agreed with Duc's proposals and stressed that energy and transport infrastructure "
         "remain priorities of the economic cooperation between the two countries.", R,
         [("energy", "energy"), ("transport", "transport infrastructure"), ("economy", "economic")]),
    ]),
    # second batch: compounds of two sectors, slashes, names with sector words, host and guest of Russia
    ("VNA", "MOSCOW", [
        ("Russian Minister of Agriculture Oksana Lutova on March 4 hosted a reception for Vietnamese "
         "Minister of Agriculture and Environment Do Duc Thang, who is in Moscow for the 8th meeting of "
         "the Vietnam-Russia working group on agriculture.", N, [("economy", "agriculture")]),
        ("Welcoming the Vietnamese delegation, the host said Russia is ready to expand exports of wheat, "
         "fertilisers and livestock products to Vietnam and to import more Vietnamese seafood, coffee "
         "and tropical fruit.", R, [],
         [("economy", "exports"), ("economy", "livestock"), ("economy", "import")]),
        ("The guest, for his part, proposed that the two ministries soon complete procedures to open the "
         "market for Vietnamese durian and pomelo; and cooperate in agriculture-forestry-fisheries, "
         "veterinary medicine and plant protection.", V,
         [("economy", "agriculture-forestry-fisheries"), ("health", "veterinary medicine")],
         [("economy", "market"), ("economy", "plant protection")]),
        ("He also invited Russian businesses to invest in hi-tech agricultural zones in the Mekong Delta.",
         V, [("economy", "invest"), ("economy", "hi-tech agricultural")],
         [("economy", "businesses"), ("science_technology", "hi-tech")]),
    ]),
    ("VNS", "HA NOI", [
        ("Deputy Minister of Culture, Sports and Tourism Ho An Phong on Wednesday received a delegation "
         "of the Russian Federal Agency for Tourism (Rosturism) led by Deputy Head Nikita Kondratyev.",
         N, []),
        ("Phong said culture-tourism cooperation has become a bright spot in bilateral relations, with "
         "more than 550,000 Russian holidaymakers visiting Viet Nam last year.", V,
         [("culture", "culture"), ("tourism_sports", "tourism"), ("tourism_sports", "holidaymakers")]),
        ("He suggested that the two sides increase direct flights from Russian cities to Nha Trang, Phu "
         "Quoc and Da Nang; jointly promote tourism products; and facilitate visa procedures for "
         "tourists.", V,
         [("transport", "direct flights"), ("tourism_sports", "tourism products"),
          ("tourism_sports", "tourists")]),
        ("Kondratyev said Rosturism wants to work with Vietnamese partners in medical tourism, sports "
         "tourism and the training of tour guides who speak Russian.", R,
         [("tourism_sports", "medical tourism, sports tourism"), ("tourism_sports", "tour guides")],
         [("education", "training")]),
    ]),
    ("NDO", "HANOI", [
        ("Permanent Vice Chairman of the National Assembly Tran Van Dinh held talks with Chairman of the "
         "Russian State Duma Committee on Energy Pavel Zavalny in Hanoi on September 17.", N, []),
        ("The two sides agreed that parliamentary cooperation is an important channel contributing to "
         "the Comprehensive Strategic Partnership, and discussed ways to support the implementation of "
         "agreements in the fields of energy, oil-gas, nuclear power and renewable energy.", J,
         [("diplomacy", "parliamentary cooperation"), ("energy", "energy"), ("oil_gas", "oil-gas"),
          ("nuclear", "nuclear power"), ("energy", "renewable energy")]),
        ("Dinh asked the Duma committee to help remove legal barriers to Vietnamese investment projects "
         "in Russia and to support Petrovietnam's exploration activities in the Pechora Sea.", V,
         [("economy", "investment"), ("oil_gas", "exploration")]),
        ("Zavalny said he shared the host's view that energy security is a pillar of the two countries' "
         "relations.", J, [("energy", "energy security")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Education and Sports Phout Sinakhone and Vietnamese Ambassador Nguyen Minh Tam "
         "on May 20 co-chaired a ceremony to hand over a school building funded by the Vietnamese "
         "Government in Xieng Khouang province.", N, [], [("education", "school building")]),
        ("Speaking at the ceremony, Tam said education-training cooperation is a strategic pillar of the "
         "special relationship between Vietnam and Laos, and Vietnam currently hosts more than 16,000 "
         "Lao students.", V,
         [("education", "education-training"), ("education", "Lao students")]),
        ("The Lao minister thanked the Vietnamese Party, State and people for their support in developing "
         "human resources, and pledged to use the school effectively.", L,
         [("education", "developing human resources")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Vo Thi Lan met Chairwoman of the Federation Council Committee on Science, "
         "Education and Culture Lilia Gumerova on October 3.", N, []),
        ("Lan proposed that the two sides promote cooperation in science/technology, education/training "
         "and culture/arts, and encourage exchanges between universities and research institutes of the "
         "two countries.", V,
         [("science_technology", "science/technology"), ("education", "education/training"),
          ("culture", "culture/arts"), ("education", "exchanges between universities")],
         [("science_technology", "research institutes")]),
        ("Gumerova affirmed that Russia attaches importance to teaching the Russian language in Vietnam "
         "and the Vietnamese language in Russia.", R, [("education", "teaching")],
         [("culture", "Russian language"), ("culture", "Vietnamese language")]),
    ]),
    ("VNA", "HANOI", [
        ("Party General Secretary To Van Lam on February 11 received a delegation of the Russian Direct "
         "Investment Fund (RDIF) led by its CEO Kirill Dmitrenko.", N, []),
        ("Expressing his delight at the sound development of economic-trade ties, the Party leader "
         "suggested that RDIF consider investing in infrastructure, energy and high technology in "
         "Vietnam.", V,
         [("economy", "economic-trade"), ("economy", "investing"), ("transport", "infrastructure"),
          ("energy", "energy"), ("science_technology", "high technology")]),
        ("Dmitrenko briefed the host on the fund's projects in Asia and said RDIF is ready to set up a "
         "joint investment platform with Vietnamese partners.", R,
         [("economy", "joint investment platform")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian and Vietnamese defence ministries plan to expand military-technical cooperation, "
         "Russian Deputy Defence Minister Viktor Goremykin told TASS.", R,
         [("defence_security", "military-technical")]),
        ("\"We have agreed to step up joint exercises, exchanges of military cadets and cooperation in "
         "military education,\" he said.", R,
         [("defence_security", "joint exercises"), ("defence_security", "military"),
          ("defence_security", "military"), ("education", "education")], [("education", "cadets")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Home Affairs Pham Thi Thanh Tra received Russian Minister of Labour and Social "
         "Protection Anton Kotyakov in Hanoi on June 24.", N, []),
        ("The two ministers discussed cooperation in labour, employment and social security, and agreed "
         "to study a mechanism for sending Vietnamese workers to Russia.", J,
         [("labour", "labour, employment"), ("labour", "Vietnamese workers")],
         [("labour", "social security")]),
        ("Kotyakov said Russian enterprises in the construction, textile and agriculture sectors need "
         "skilled workers, and proposed that the two sides cooperate in vocational training.", R,
         [("labour", "skilled workers"), ("education", "vocational training"), ("economy", "agriculture")],
         [("economy", "enterprises"), ("economy", "construction")]),
    ]),
    # third batch: speakers of long copy (roles, "According to him", "In his view", hosts abroad)
    ("VNA", "MOSCOW", [
        ("Chairman of the State Duma Vyacheslav Volkov on July 9 hosted talks with Vietnamese National "
         "Assembly Chairman Tran Thanh Man, who is on an official visit to Russia.", N, []),
        ("Highlighting the role of parliamentary diplomacy, the host proposed that the two legislatures "
         "step up the exchange of delegations, share experience in law-making and coordinate at "
         "inter-parliamentary forums such as the Inter-Parliamentary Union and the Asia-Pacific "
         "Parliamentary Forum.", R,
         [("diplomacy", "parliamentary diplomacy"), ("diplomacy", "exchange of delegations"),
          ("diplomacy", "inter-parliamentary forums")]),
        ("In his view, the two countries should also expand cooperation in education-training, "
         "science-technology and culture, as well as in the fight against transnational crime and "
         "terrorism.", R,
         [("education", "education-training"), ("science_technology", "science-technology"),
          ("culture", "culture"), ("defence_security", "transnational crime and terrorism")]),
        ("His Vietnamese counterpart agreed, adding that Vietnam welcomes Russian investment in "
         "energy, oil and gas, transport infrastructure and processing industry.", V,
         [("economy", "investment"), ("energy", "energy"), ("oil_gas", "oil and gas"),
          ("transport", "transport infrastructure")], [("economy", "processing industry")]),
        ("Also at the talks, the two sides exchanged views on regional and international issues of "
         "mutual concern, and agreed to coordinate closely at multilateral forums.", J,
         [("diplomacy", "regional and international issues"), ("diplomacy", "multilateral forums")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Siphandone received Vietnamese Minister of Planning and "
         "Investment Nguyen Chi Dung in Vientiane on April 2.", N, []),
        ("The Lao leader spoke highly of the outcomes of economic-trade-investment cooperation between "
         "the two countries, noting that Vietnam is now the third largest investor in Laos with 250 "
         "projects worth over 5.5 billion USD.", L,
         [("economy", "economic-trade-investment"), ("economy", "investor")],
         [("economy", "projects")]),
        ("According to him, Laos wants Vietnamese investors to focus on agriculture, mining, energy and "
         "logistics, especially the Vung Ang port and the Vientiane-Hanoi expressway.", L,
         [("economy", "investors"), ("economy", "agriculture"), ("energy", "energy"),
          ("transport", "logistics")],
         [("economy", "mining"), ("transport", "port"), ("transport", "expressway")]),
        ("Dung, for his part, said the ministry will work with Lao agencies to remove difficulties for "
         "investment projects and to improve the investment environment.", V,
         [("economy", "investment"), ("economy", "investment environment")]),
    ]),
    ("TASS", "HANOI", [
        ("Moscow and Hanoi will continue to develop cooperation in the fuel and energy complex, high "
         "technologies, education and culture, Russian Ambassador to Vietnam Gennady Bezdetko told TASS "
         "on the eve of the anniversary of diplomatic relations.", R,
         [("energy", "fuel and energy complex"), ("science_technology", "high technologies"),
          ("education", "education"), ("culture", "culture")],
         [("diplomacy", "anniversary of diplomatic relations")]),
        ("\"Our trade turnover exceeded 7 billion US dollars last year, and we see good prospects in "
         "agriculture, pharmaceuticals and the supply of Russian machinery,\" the diplomat stressed.", R,
         [("economy", "trade turnover"), ("economy", "agriculture"), ("health", "pharmaceuticals")],
         [("economy", "supply of Russian machinery")]),
        ("He added that the number of Russian tourists visiting Vietnam had grown by a third and that "
         "new direct flights from Siberian cities would open in the autumn.", R,
         [("tourism_sports", "Russian tourists"), ("transport", "direct flights")]),
    ]),
    # fourth batch: more compounds, names with sector words, and "He" after a second person
    ("VNA", "HANOI", [
        ("Minister of Natural Resources and Environment Dang Quoc Khanh on November 6 received Director "
         "of the Joint Vietnam-Russia Tropical Science and Technology Research Centre Andrei Kuznetsov.",
         N, []),
        ("Kuznetsov briefed the host on the centre's research in tropical ecology, tropical medicine and "
         "materials durability, and on its joint expeditions with Vietnamese scientists.", R,
         [("environment", "tropical ecology"), ("health", "tropical medicine"),
          ("science_technology", "research")],
         [("science_technology", "materials durability"), ("science_technology", "joint expeditions"),
          ("science_technology", "scientists")]),
        ("He also proposed that the two sides cooperate in climate change response, marine environment "
         "protection and the sustainable use of water resources in the Mekong Delta.", R,
         [("environment", "climate change response, marine environment protection"),
          ("environment", "water resources")]),
        ("Khanh said the ministry welcomes the centre's proposals and asked it to help train Vietnamese "
         "specialists in meteorology, hydrology and oceanography.", V,
         [("education", "train Vietnamese specialists"),
          ("environment", "meteorology, hydrology and oceanography")]),
    ]),
    ("VNS", "HA NOI", [
        ("Vice Chairwoman of the Viet Nam-Russia Friendship Association Nguyen Thi Hoa and Vice President "
         "of the Russia-Viet Nam Friendship Society Anatoly Lebedev co-chaired a seminar on "
         "people-to-people diplomacy in Ha Noi on Thursday.", N,
         [("people", "people-to-people diplomacy")]),
        ("Hoa said the association has organised many exchanges of youth, veterans and students, as "
         "well as art performances and photo exhibitions on the two countries' friendship.", V,
         [("people", "exchanges of youth, veterans"), ("education", "students"),
          ("culture", "art performances and photo exhibitions")]),
        ("Lebedev suggested that the two organisations expand socio-cultural exchanges, teach the "
         "Vietnamese language to Russian children of Vietnamese origin, and support inter-regional "
         "cooperation.", R,
         [("culture", "socio-cultural exchanges"), ("education", "teach"),
          ("people", "inter-regional cooperation")],
         [("culture", "Vietnamese language")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Bui Thanh Son and Russian Deputy Prime Minister Dmitry Chernov co-chaired "
         "the 26th meeting of the Vietnam-Russia Intergovernmental Committee on Trade-Economic and "
         "Scientific-Technical Cooperation in Hanoi on December 12.", N, []),
        ("At the meeting, the two sides reviewed cooperation in trade-economic, investment, energy, "
         "science-technical, education, humanitarian and regional fields.", J,
         [("economy", "trade-economic, investment"), ("energy", "energy"),
          ("science_technology", "science-technical"), ("education", "education")],
         [("culture", "humanitarian"), ("people", "regional")]),
        ("They agreed to strengthen agro-forestry-fishery cooperation, to bring bilateral trade to 15 "
         "billion USD by 2030, and to expand the use of the national currencies in payments.", J,
         [("economy", "agro-forestry-fishery"), ("economy", "bilateral trade"),
          ("economy", "national currencies in payments")]),
        ("Son asked the Russian side to simplify procedures for Vietnamese fruit, seafood and coffee, "
         "while Chernov called for more Vietnamese orders for Russian aircraft, trucks and railway "
         "carriages.", J, [], [("transport", "aircraft"), ("transport", "railway carriages")]),
        # (review 51: joint, as probe 35p2 reads two speakers of two sides joined by ", while", and probes
        # 33p1 and 34p4 answered)
    ]),
    # fifth batch: roles and short names as speakers of long list sentences
    ("NDO", "VIENTIANE", [
        ("Party General Secretary Tran Van Binh on March 14 held talks with General Secretary of the "
         "Lao People's Revolutionary Party Central Committee and Lao President Thongloun Vongsa in "
         "Vientiane.", N, []),
        ("Party chief Binh said the two sides should make breakthroughs in economic, trade and investment "
         "cooperation, with a focus on transport connectivity, energy, digital transformation and "
         "human resources training.", V,
         [("economy", "economic, trade and investment"), ("transport", "transport connectivity"),
          ("energy", "energy"), ("science_technology", "digital transformation"),
          ("education", "human resources training")]),
        ("The Lao leader agreed, and proposed that the two Parties continue to exchange experience in "
         "Party building, theoretical research and the training of cadres.", L,
         [("party", "Party building, theoretical research"), ("party", "training of cadres")]),
        ("The two Party leaders also agreed to strengthen coordination in defence-security and "
         "foreign affairs, and to make good use of the cooperation mechanisms between the two "
         "Parliaments and the two Fronts.", J,
         [("defence_security", "defence-security"), ("diplomacy", "foreign affairs")],
         [("diplomacy", "cooperation mechanisms between the two Parliaments")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Phan Thi Thang received Lao Deputy Minister of Energy and "
         "Mines Chanthaboun Soukaloun in Hanoi on August 22.", N, []),
        ("Mr Chanthaboun said Laos wants to sell more electricity to Vietnam and invites Vietnamese "
         "businesses to invest in wind power, solar power and power transmission lines in the southern "
         "provinces of Laos.", L,
         [("energy", "electricity"), ("economy", "invest"),
          ("energy", "wind power, solar power and power transmission lines")],
         [("economy", "businesses")]),
        ("Thang said the ministry will speed up procedures for power imports from Laos and cooperate "
         "with the Lao side in mineral exploration and processing.", V,
         [("energy", "power imports")], [("economy", "mineral exploration and processing")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Foreign Minister Sergei Lavrentiev will hold talks with his Vietnamese counterpart Bui "
         "Thanh Tam in Moscow on Friday, the Russian Foreign Ministry said.", R, []),
        ("The ministers are expected to discuss the implementation of agreements on trade, energy, "
         "science and education, as well as cooperation within the UN, APEC and other multilateral "
         "platforms, the ministry added.", R,
         [("economy", "trade"), ("energy", "energy"), ("science_technology", "science"),
          ("education", "education"), ("diplomacy", "multilateral platforms")]),
        ("According to the ministry, the Russian minister will also hand over a message from the "
         "Russian President to the Vietnamese leadership.", R, []),
    ]),
]
