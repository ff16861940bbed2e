"""Probe 37p4: economy, energy and oil and gas in the technical words of business copy, in VNA, VNS,
Nhân Dân, TASS and Sputnik shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give.
Where the guidelines are silent the tuned parts' majority decides (counted over
``/tmp/evalset-probe37p4``'s first annotations): "joint venture(s)" optional (5 optional, 2 required),
"industrial parks" optional (27 to 6), "tariffs" optional (10 to 2), "turbines" optional (13 to 5),
"offshore blocks" and "offshore fields" optional (24 and 3 optional, none required), bare "output"
optional (3 to 0; "gas output" required), "bank transfers" optional (1 of 1), "free trade" optional (61
to 3), "coal" required (20 to 9), "grid(s)" required (30 to 6), "capital" poured in required (5 to 2),
but "registered capital" beside the investment it measures optional (no tuned example, and probe 34p4
leaves "investing in Vietnam, with 1 billion USD in registered capital" to the investment), "drilling"
and "wells" required (oil_gas; 15 to 2 and 19 to 11). Sector words inside names of
companies, funds, ministries and chambers and inside titles do not count; "power" as authority and
"energy" as vigour are no field. A sentence may carry a fourth item: optional rows. Written for the
probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0: a joint venture licensed; registered capital, an industrial park
    ("VNA", "HÀ NỘI", [
        ("A joint venture between a Vietnamese firm and a Russian partner was granted an investment "
         "licence in Hải Phòng on May 12, with registered capital of 120 million USD.", N,
         [("economy", "investment")], [("economy", "joint venture"), ("economy", "capital")]),
        ("The plant, located in an industrial park near the port, will assemble trucks for export to "
         "ASEAN markets.", N, [],
         [("economy", "industrial park"), ("economy", "export"), ("economy", "markets")]),
        ("Deputy Minister of Industry and Trade Phan Văn Khải said the project shows growing confidence "
         "of Russian investors in Việt Nam.", V, [("economy", "investors")]),
    ]),
    # 1: TASS: payments in national currencies
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam have switched most of their mutual settlements to roubles and dong, "
         "Russian Deputy Finance Minister Oleg Barinov told TASS on Tuesday.", R,
         [("economy", "settlements to roubles and dong")]),
        ("\"The share of payments in national currencies has exceeded 80%, and bank transfers now take "
         "two days instead of two weeks,\" he said.", R,
         [("economy", "payments in national currencies")], [("economy", "bank transfers")]),
        ("According to him, the two central banks are discussing a link between their payment systems.",
         R, [("economy", "payment systems")], [("economy", "central banks")]),
    ]),
    # 2: zero tariffs under the FTA, exports of a product
    ("VNS", "HÀ NỘI", [
        ("Việt Nam's exports of coffee to Russia rose 35 per cent in the first half of the year, "
         "according to the General Department of Customs.", V, [], [("economy", "exports")]),
        ("Most of the shipments enjoyed zero tariffs under the free trade agreement between Việt Nam "
         "and the Eurasian Economic Union.", N, [],
         [("economy", "zero tariffs"), ("economy", "free trade agreement")]),
        ("Vietnamese Trade Counsellor in Russia Nguyễn Thị Hà said Vietnamese exporters should build their own distribution "
         "networks in Russia rather than rely on intermediaries.", V, [],
         [("economy", "exporters")]),
    ]),
    # 3: Vietsovpetro wells and drilling
    ("VNA", "VŨNG TÀU", [
        ("The Việt Nam-Russia joint venture Vietsovpetro has drilled 14 new wells at the White Tiger "
         "field since January, bringing its oil output to 2.1 million tonnes.", N,
         [("oil_gas", "drilled 14 new wells"), ("oil_gas", "oil output")], [("oil_gas", "field")]),
        ("General Director Trần Quốc Lâm said the company plans to start drilling in two offshore "
         "blocks next year.", V, [("oil_gas", "drilling")], [("oil_gas", "offshore blocks")]),
        ("He added that enhanced oil recovery technology from Russian partners had helped keep ageing "
         "fields productive.", V, [("oil_gas", "enhanced oil recovery")],
         [("oil_gas", "fields"), ("science_technology", "technology")]),
    ]),
    # 4: Zarubezhneft and PetroVietnam; exploration and production
    ("TASS", "MOSCOW", [
        ("Zarubezhneft and PetroVietnam signed an agreement on Thursday to extend their cooperation in "
         "exploration and production on the Vietnamese continental shelf until 2045.", N,
         [("oil_gas", "exploration and production")]),
        ("Zarubezhneft CEO Pavel Gromov said the partners would invest more than 1 billion USD in new "
         "offshore fields.", R, [("economy", "invest")], [("oil_gas", "offshore fields")]),
        ("\"Our joint ventures produce about 5 million tonnes of crude a year,\" Gromov said.", R,
         [("oil_gas", "crude")], [("economy", "joint ventures")]),
    ]),
    # 5: Rosneft Vietnam, gas supplies
    ("VNA", "HỒ CHÍ MINH CITY", [
        ("Rosneft Vietnam said on Monday it had delivered the first gas from the Lan Do field to the "
         "Phú Mỹ power complex.", R, [("oil_gas", "gas")], [("energy", "power complex")]),
        ("The company expects gas output from the block to reach 1.5 billion cubic metres a year.", R,
         [("oil_gas", "gas output")], [("oil_gas", "block")]),
    ]),
    # 6: LNG supplies and terminals
    ("Sputnik", "HÀ NỘI", [
        ("Russian companies are ready to supply liquefied natural gas to Vietnam's new LNG terminals, "
         "Russian Ambassador Andrei Vorontsov told Sputnik.", R,
         [("oil_gas", "supply liquefied natural gas"), ("oil_gas", "LNG terminals")]),
        ("The diplomat noted that Vietnam plans to build several gas-fired power plants by 2030.", R,
         [("energy", "gas-fired power plants")]),
        ("He also said long-term LNG supplies could be paid for in national currencies.", R,
         [("oil_gas", "LNG supplies"), ("economy", "paid for in national currencies")]),
    ]),
    # 7: turbines, grids, power trading (Laos)
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Energy and Mines Khamsay Sengdara held talks with Vietnamese Ambassador Lê Văn "
         "Đức on power trading and grid connection.", N,
         [("energy", "power trading and grid connection")]),
        ("Khamsay said Laos wants to sell more electricity to Việt Nam through new 500kV transmission "
         "lines.", L, [("energy", "electricity"), ("energy", "transmission lines")]),
        ("Đức said Vietnamese firms could supply turbines and help upgrade the power grids of "
         "northern Lao provinces.", V, [("energy", "power grids")], [("energy", "turbines")]),
    ]),
    # 8: coal imports
    ("VNS", "HÀ NỘI", [
        ("Việt Nam imported 4.2 million tonnes of coal from Russia in the first five months, up 18 per "
         "cent year on year, the Ministry of Industry and Trade said.", V, [("energy", "coal")]),
        ("The ministry said Russian coal was mainly used by thermal power plants in the north.", V,
         [("energy", "coal"), ("energy", "thermal power plants")]),
    ]),
    # 9: renewable energy, Nhân Dân style
    ("Nhân Dân", "HÀ NỘI", [
        ("Permanent Deputy Prime Minister Nguyễn Hữu Tâm received a delegation of Russian businesses "
         "investing in renewable energy projects in Việt Nam.", N,
         [("economy", "investing in"), ("energy", "renewable energy")], [("economy", "businesses")]),
        ("He welcomed their plans to develop wind and solar power in the central provinces.", V,
         [("energy", "wind and solar power")]),
        ("The guests briefed the host on a 300 MW wind farm in Ninh Thuận.", R,
         [("energy", "wind farm")]),
    ]),
    # 10: nuclear
    ("TASS", "MOSCOW", [
        ("Rosatom is ready to help Vietnam build its first nuclear power plant, the corporation's head "
         "Ivan Sobolev told reporters on the sidelines of the forum.", R,
         [("nuclear", "nuclear power plant")]),
        ("He said the company could also train Vietnamese nuclear engineers at Russian universities.",
         R, [("education", "train")], [("nuclear", "nuclear"), ("education", "universities")]),
    ]),
    # 11: RDIF and VCCI names
    ("VNA", "MOSCOW", [
        ("The Russian Direct Investment Fund (RDIF) and the Vietnam Chamber of Commerce and Industry "
         "(VCCI) signed a memorandum of understanding in Moscow on October 3.", N, []),
        ("RDIF chief executive Mikhail Kiselev said the fund would co-invest with Vietnamese partners "
         "in logistics and agriculture.", R,
         [("economy", "co-invest"), ("transport", "logistics"), ("economy", "agriculture")]),
        ("VCCI Vice President Hoàng Quang Phòng said many Vietnamese firms want to open offices in "
         "Russia.", V, []),
    ]),
    # 12: a free trade zone; an economic zone
    ("VNA", "VLADIVOSTOK", [
        ("Vietnamese businesses are studying a proposal to open warehouses in a free trade zone near "
         "Vladivostok, Vietnamese Consul General Phạm Văn Lực said.", V, [],
         [("economy", "businesses"), ("economy", "free trade zone")]),
        ("He said Vietnamese seafood and fruit could be re-exported from there to other Russian regions.",
         V, [], [("economy", "re-exported")]),
    ]),
    # 13: the Ministry of Industry and Trade as a name; titles holding field words
    ("VNA", "HÀ NỘI", [
        ("Minister of Industry and Trade Lê Minh Khôi met Russian Deputy Energy Minister Sergei "
         "Tsivilev in Hà Nội on Wednesday.", N, []),
        ("Khôi proposed that the two sides step up cooperation in oil and gas, coal and electricity.",
         V, [("oil_gas", "oil and gas"), ("energy", "coal and electricity")]),
        ("Tsivilev agreed, noting that Russian companies have experience in building hydropower plants.",
         R, [("energy", "hydropower plants")]),
    ]),
    # 14: 'power' as authority, 'energy' as vigour
    ("VNA", "HÀ NỘI", [
        ("Since the party came to power in the republic, its delegations have visited Việt Nam every "
         "year.", N, []),
        ("The ambassador praised the energy and enthusiasm of the young diplomats.", N, []),
        ("Speaking at the meeting, Ambassador Nguyễn Thanh Sơn said the embassy would devote all its "
         "energy to the success of the visit.", V, []),
    ]),
    # 15: TASS Novak-style briefing
    ("TASS", "HANOI", [
        ("Russian Deputy Prime Minister Dmitry Lebedev and Vietnamese Deputy Prime Minister Trần Hồng "
         "Sơn co-chaired the 26th meeting of the intergovernmental commission on Friday.", N, []),
        ("Lebedev told reporters that trade between the two countries had reached 7 billion dollars.",
         R, [("economy", "trade")]),
        ("The two deputy prime ministers agreed to expand cooperation in oil refining, petrochemicals "
         "and power generation.", J,
         [("oil_gas", "oil refining, petrochemicals"), ("energy", "power generation")]),
    ]),
    # 16: investors' ranking; FDI
    ("VNA", "HÀ NỘI", [
        ("Russia ranks 26th among 145 countries and territories investing in Việt Nam, with 180 "
         "projects worth 1 billion USD, according to the Foreign Investment Agency.", V,
         [("economy", "investing in")]),
        ("Agency head Đỗ Nhất Hoàng said Russian investment is concentrated in mining and oil and gas.",
         V, [("economy", "investment"), ("oil_gas", "oil and gas")], [("economy", "mining")]),
    ]),
    # 17: an agreement on a gas-fired power plant and its turbines
    ("VNA", "NGHỆ AN", [
        ("Power Machines, a Russian company, will supply two steam turbines for the Quỳnh Lập "
         "thermal power plant under a contract signed on June 2.", N,
         [("energy", "thermal power plant")], [("energy", "steam turbines")]),
        ("The provincial People's Committee said the plant will add 1,200 MW to the national grid.", V,
         [("energy", "national grid")]),
    ]),
    # 18: Sputnik interview with a banker
    ("Sputnik", "MOSCOW", [
        ("The Vietnam-Russia Joint Venture Bank (VRB) has increased its charter capital and opened a "
         "representative office in Moscow.", N, [], [("economy", "charter capital")]),
        ("Its chairman, Vũ Đức Minh, told Sputnik that bank transfers between the two countries had "
         "doubled over the past year.", V, [], [("economy", "bank transfers")]),
        ("\"Settlements in roubles and dong are now routine for our clients,\" he said.", V,
         [("economy", "Settlements in roubles and dong")]),
    ]),
    # 19: an energy forum (name) and the field
    ("VNA", "MOSCOW", [
        ("A Vietnamese delegation attended the Russian Energy Week, held in Moscow from October 15 to "
         "17.", N, []),
        ("Deputy Minister Nguyễn Sinh Nhật Tân said Việt Nam sought Russian participation in energy "
         "infrastructure and energy security projects.", V,
         [("energy", "energy infrastructure and energy security")]),
    ]),
    # 20: petroleum exploration in the sea; drilling rig
    ("VNS", "HÀ NỘI", [
        ("PetroVietnam and the Russian side plan to deploy a new drilling rig at Block 15-1 in the "
         "second quarter.", N, [("oil_gas", "drilling rig")]),
        ("PetroVietnam Chairman Lê Mạnh Tùng said exploration in deep water would remain a priority.",
         V, [("oil_gas", "exploration")]),
    ]),
    # 21: power exports, hydropower in Laos
    ("VNA", "VIENTIANE", [
        ("Laos exported more than 3,000 MW of electricity to Việt Nam last year, Lao Deputy Minister "
         "Chanthaboun Sayavong said.", L, [("energy", "electricity")]),
        ("He said hydropower plants in Sekong and Attapeu would sell their output to Việt Nam under "
         "power purchase agreements.", L,
         [("energy", "hydropower plants"), ("energy", "power purchase agreements")],
         [("energy", "output")]),
    ]),
    # 22: a nuclear research centre and nuclear science
    ("VNA", "HÀ NỘI", [
        ("Russia and Việt Nam agreed to resume work on the Centre for Nuclear Science and Technology "
         "in Đồng Nai, Rosatom said on Wednesday.", R, []),
        ("The two sides also discussed the training of personnel for nuclear energy.", J,
         [("education", "training of personnel"), ("nuclear", "nuclear energy")]),
    ]),
    # 23: TASS quote about oil prices; a non-field 'energy' of the economy
    ("TASS", "MOSCOW", [
        ("Vietnam remains a promising market for Russian oil products, Russian Energy Minister Pavel "
         "Mikhailov said in an interview.", R, [("oil_gas", "oil products")],
         [("economy", "market")]),
        ("The minister said Moscow and Hanoi were also discussing the export of Russian fertilisers "
         "and grain.", R, [], [("economy", "export")]),
    ]),
    # 24: two-sentence: 'According to the minister'
    ("VNA", "HÀ NỘI", [
        ("Minister of Planning and Investment Nguyễn Chí Dũng received a delegation of the Russian "
         "business association Delovaya Rossiya.", N, [("economy", "business")]),
        ("According to the minister, Việt Nam is improving its business climate to attract more "
         "foreign investors.", V, [("economy", "business climate"), ("economy", "foreign investors")]),
        ("The guests said Russian companies were interested in industrial parks and seaports.", R,
         [("transport", "seaports")], [("economy", "industrial parks")]),
    ]),
    # 25: gas processing; an LNG import terminal
    ("VNA", "BÀ RỊA-VŨNG TÀU", [
        ("The Thị Vải LNG import terminal received its tenth cargo of liquefied natural gas on March "
         "8.", N, [("oil_gas", "LNG"), ("oil_gas", "liquefied natural gas")], [("transport", "cargo")]),
        ("PV GAS Deputy General Director Nguyễn Thanh Bình said the company was negotiating "
         "long-term supplies with Russian producers.", V, [], [("oil_gas", "supplies")]),
    ]),
    # 26: LNG-to-power, coal-fired plants, a trade house (name)
    ("VNS", "HÀ NỘI", [
        ("Russian and Vietnamese firms discussed LNG-to-power projects and the conversion of coal-fired "
         "plants at a seminar in Hà Nội on April 9.", N,
         [("oil_gas", "LNG"), ("energy", "power"), ("energy", "coal-fired plants")]),
        ("The Vietnam-Russia Trade House in Moscow said it had received orders for Vietnamese rubber and "
         "cashew nuts worth 30 million USD.", V, []),
    ]),
    # 27: Gazprom and a gas pipeline; 'the balance of power' as authority
    ("TASS", "MOSCOW", [
        ("Gazprom and PetroVietnam will study the construction of a gas pipeline to the Ca Mau "
         "industrial cluster, Russian Deputy Energy Minister Roman Yudin said on Thursday.", R,
         [("oil_gas", "gas pipeline")], [("economy", "industrial cluster")]),
        ("Yudin said the shift in the global balance of power would not affect Russia's commitments to "
         "its partners in Asia.", R, []),
    ]),
    # 28: a crude oil deal; a refinery
    ("VNA", "THANH HÓA", [
        ("The Nghi Sơn refinery will import two million barrels of Russian crude oil under a deal "
         "signed on July 4, Deputy Minister of Industry and Trade Trương Thanh Hoài said.", V,
         [("oil_gas", "crude oil")], [("oil_gas", "refinery")]),
        ("Hoài said payments would be made in roubles and dong through Russian banks.", V,
         [("economy", "payments would be made in roubles and dong")], [("economy", "banks")]),
    ]),
    # 29: hydropower, solar; 'powerful'
    ("Nhân Dân", "HÀ NỘI", [
        ("Vietnamese Ambassador to Laos Nguyễn Minh Tâm visited the Xekaman 1 hydropower plant, built "
         "by a Vietnamese investor in Attapeu province.", N,
         [("energy", "hydropower plant"), ("economy", "investor")]),
        ("He said the plant was a powerful symbol of the special relationship between the two countries.",
         V, []),
    ]),
    # 30: the Intergovernmental Commission as a name; energy efficiency and power exports
    ("VNA", "HÀ NỘI", [
        ("The Việt Nam-Russia Intergovernmental Commission for Economic, Trade, Scientific and "
         "Technical Cooperation will hold its 27th meeting in Moscow in November.", N, []),
        ("Deputy Minister Phạm Hoàng Mai said the two sides would discuss energy efficiency, power "
         "exports to Cambodia and joint oil and gas exploration in the East Sea.", V,
         [("energy", "energy efficiency, power exports"), ("oil_gas", "oil and gas exploration")]),
    ]),
]
