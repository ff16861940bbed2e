"""Probe 39p3: economy, transport and energy words that are not fields of cooperation, in VNA, VNS, Nhân
Dân and TASS shapes (invented people and events).

The words of trade, investment, transport, logistics and energy where they name something other than a
field the two sides cooperate in or discuss: a figure's unit or object ("the ship carrying 3,000 tonnes
of rice", "the plant's output", "the company's revenue"), a setting or a vehicle ("at the port of Hải
Phòng", "arrived by train", "the delegation flew to", "at the airport"), a person's occupation or history
("a former trade official", "a railway engineer by training"), background facts about one country alone
("Russia's economy grew 3.6 percent", "inflation"), figures of speech ("a bridge between the two peoples",
"a driving force", "the engine of the relationship"), and beside them the same words where they do name a
field ("cooperation in trade and investment", "logistics links", "transport connectivity", "energy
security", "two-way trade reached ..."), with the figures real copy carries (turnover, investment capital,
projects, tourists, flights per week).

Decided by the guidelines (``data/evaluation/README.md``): figures of trade, investment and tourists
count; a country's own economy in a briefing is optional; settings, vehicles, occupations, product
categories and figures of speech name no field; sector words inside names and titles do not count.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence and ``mentions`` the ``(sector, surface)`` rows the
guidelines give. A sentence may carry a fourth item: optional rows. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0 a port as a setting, then trade as a field
    ("VNA", "HẢI PHÒNG", [
        ("Hải Phòng (VNA) – A ceremony to welcome the first container train from Novosibirsk was held "
         "at the port of Hải Phòng on June 5.", N, [], [("transport", "container train")]),
        ("Speaking at the event, Deputy Minister of Transport Nguyễn Văn Khải said the new route would "
         "strengthen logistics links between Việt Nam and Russia and boost two-way trade.", V,
         [("transport", "logistics links"), ("economy", "two-way trade")]),
        ("The train, which carried 1,200 tonnes of fertiliser, took 18 days to reach the port.", N, [],
         [("transport", "train")]),
    ]),
    # 1 flew / airport as setting
    ("VNA", "MOSCOW", [
        ("Moscow (VNA) – National Assembly Vice Chairman Trần Đức Hùng and his delegation flew to "
         "Moscow on July 2, starting an official visit to Russia.", N, []),
        ("The delegation was welcomed at Vnukovo airport by Deputy Chairman of the State Duma Pyotr "
         "Sergeev.", N, []),
        ("Hùng said the Vietnamese parliament wants to help remove obstacles to investment and "
         "improve air connectivity between the two countries.", V,
         [("economy", "investment"), ("transport", "air connectivity")]),
    ]),
    # 2 a person's occupation and history
    ("TASS", "MOSCOW", [
        ("MOSCOW, March 14.", N, []),
        ("/TASS/.", N, []),
        ("Andrei Belov, a former trade official who now heads the "
         "Russian-Vietnamese Business Council, said Russian companies see Vietnam as a gateway to "
         "Southeast Asia.", R, []),
        ("Belov, a railway engineer by training, said rail freight between the two countries could "
         "double by 2030.", R, [("transport", "rail freight")],
         [("transport", "railway")]),
    ]),
    # 3 a domestic background fact
    ("TASS", "MOSCOW", [
        ("Russia's economy grew 3.6 percent last year despite sanctions, according to the Federal "
         "State Statistics Service.", R, [], [("economy", "economy")]),
        ("Inflation slowed to 7.4 percent in the fourth quarter.", N, []),
        ("Deputy Prime Minister Vadim Orlov told TASS that Moscow would expand trade and investment "
         "cooperation with Hanoi.", R, [("economy", "trade and investment")]),
    ]),
    # 4 figures of speech
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – President Lê Minh Phúc received Russian Ambassador Sergei Vasin in Hà Nội on "
         "May 20.", N, []),
        ("Phúc described the Russian-Vietnamese friendship as a bridge between the two peoples.", V,
         [], [("people", "bridge between the two peoples")]),
        ("He said economic cooperation should become a driving force of the relationship, and "
         "suggested the two sides expand cooperation in energy, oil and gas and transport.", V,
         [("economy", "economic"), ("energy", "energy"), ("oil_gas", "oil and gas"),
          ("transport", "transport")]),
        ("Vasin said the visit of the Russian Prime Minister had opened a new chapter in bilateral "
         "ties.", R, []),
    ]),
    # 5 figures: turnover, investment capital, projects
    ("VNA", "HÀ NỘI", [
        ("Trade turnover between Việt Nam and Russia reached 5.1 billion USD last year, up 12 percent.",
         N, [("economy", "Trade turnover")]),
        ("Russia currently has 198 valid investment projects in Việt Nam with total registered capital "
         "of about 990 million USD, ranking 26th among 149 countries and territories investing in "
         "Việt Nam.", N, [("economy", "investment projects"), ("economy", "registered capital"),
             ("economy", "investing")]),
        ("Việt Nam has 22 projects in Russia worth 1.6 billion USD.", N, []),
    ]),
    # 6 company's revenue and a plant's output
    ("VNS", "HÀ NỘI", [
        ("Hà Nội – The Vietnamese-Russian joint venture Vietsovpetro reported revenue of 2.3 billion "
         "USD for the first half of the year.", N, []),
        ("The company's output reached 1.4 million tonnes of crude oil, its general director Phạm "
         "Quang Minh said.", V, [], [("oil_gas", "crude oil")]),
        ("Minh said the company hopes to expand oil and gas exploration on the continental shelf with "
         "its Russian partner.", V, [("oil_gas", "oil and gas exploration")]),
    ]),
    # 7 fuel prices, domestic
    ("VNA", "HÀ NỘI", [
        ("Fuel prices in Việt Nam rose for the third time this month, the Ministry of Industry and "
         "Trade said.", V, []),
        ("The ministry said it would work with Russian partners to ensure energy security and a stable "
         "supply of petroleum products.", V,
         [("energy", "energy security"), ("oil_gas", "petroleum products")]),
    ]),
    # 8 tourists, flights per week
    ("VNA", "NHA TRANG", [
        ("Khánh Hòa welcomed more than 250,000 Russian tourists in the first nine months, according to "
         "the provincial Department of Tourism.", V, [("tourism_sports", "Russian tourists")]),
        ("There are now 26 flights per week between Nha Trang and Russian cities.", N,
         [("transport", "flights")]),
        ("A charter flight carrying 230 passengers from Irkutsk landed at Cam Ranh International "
         "Airport on the morning of October 3.", N, [("transport", "charter flight")]),
    ]),
    # 9 arrived by train
    ("TASS", "VLADIVOSTOK", [
        ("VLADIVOSTOK, August 9.", N, []),
        ("/TASS/.", N, []),
        ("A delegation of the Vietnamese province of Quảng Ninh arrived "
         "in Vladivostok by train from Khabarovsk.", N, []),
        ("The delegation's head, Vice Chairman of the provincial People's Committee Đỗ Văn Tâm, said "
         "Quảng Ninh wants to open a sea route to Vladivostok for container shipping.", V,
         [("transport", "sea route"), ("transport", "container shipping")]),
    ]),
    # 10 the trade centre where the ceremony was held
    ("VNA", "MOSCOW", [
        ("The ceremony was held at the Hanoi-Moscow trade centre in the Russian capital on September "
         "12.", N, []),
        ("Ambassador Ngô Đức Hoàng said the centre would help Vietnamese goods reach Russian "
         "consumers.", V, []),
        ("He called on businesses of the two countries to make use of the free trade agreement "
         "between Việt Nam and the Eurasian Economic Union.", V, [],
         [("economy", "businesses"), ("economy", "free trade agreement")]),
    ]),
    # 11 an investor from Kazan as a person
    ("VNA", "KAZAN", [
        ("Kazan (VNA) – Rustam Galiev, an investor from Kazan, hosted the Vietnamese delegation at his "
         "farm outside the city.", N, [], [("economy", "investor")]),
        ("The Vietnamese Consul General in Vladivostok, Lê Thanh Sơn, urged Tatarstan to invest in "
         "agriculture and food processing in Việt Nam.", V,
         [("economy", "invest"), ("economy", "agriculture and food processing")]),
    ]),
    # 12 energy of a person and a plant's output
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI – The Sông Lô hydropower plant, built with Russian equipment, generated 820 million "
         "kWh of electricity last year.", N, [],
         [("energy", "hydropower plant"), ("energy", "electricity")]),
        ("At the talks, the two sides discussed cooperation in hydropower and the modernisation of "
         "power plants built with Soviet help.", J,
         [("energy", "hydropower"), ("energy", "power plants")]),
    ]),
    # 13 Russian GDP as background, Vietnamese GDP
    ("TASS", "HANOI", [
        ("HANOI, February 3.", N, []),
        ("/TASS/.", N, []),
        ("Vietnam's GDP grew by 7.1% in 2025, the country's General "
         "Statistics Office said.", V, [], [("economy", "GDP")]),
        ("Vietnamese Deputy Foreign Minister Hoang Van Cuong told TASS that Hanoi was interested in "
         "Russian energy supplies, including liquefied natural gas.", V,
         [("energy", "energy supplies"), ("oil_gas", "liquefied natural gas")]),
    ]),
    # 14 engine of the relationship, new chapter
    ("NHÂN DÂN", "HÀ NỘI", [
        ("Party General Secretary Trần Văn Hải said the Comprehensive Strategic Partnership is the "
         "engine of the relationship between Việt Nam and Russia.", V, []),
        ("He proposed that the two sides make breakthroughs in trade, investment and transport "
         "connectivity.", V,
         [("economy", "trade, investment"), ("transport", "transport connectivity")]),
    ]),
    # 15 the ship carrying rice
    ("VNA", "VLADIVOSTOK", [
        ("The ship carrying 3,000 tonnes of Vietnamese rice docked at the port of Vladivostok on "
         "Monday.", N, []),
        ("The shipment marks the first direct delivery of Vietnamese rice to Russia's Far East, said "
         "Nguyễn Thị Lan, director of the exporting company.", V, []),
    ]),
    # 16 logistics company as an actor, logistics field
    ("TASS", "ST. PETERSBURG", [
        ("ST. PETERSBURG, June 18.", N, []),
        ("/TASS/.", N, []),
        ("Russian Railways and a Vietnamese logistics company signed "
         "an agreement on the sidelines of the St. Petersburg International Economic Forum.", N,
         [("transport", "logistics")]),
        ("The document provides for cooperation in multimodal transport and the development of "
         "logistics centres.", N,
         [("transport", "multimodal transport"), ("transport", "logistics centres")]),
    ]),
    # 17 the delegation left for
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Vietnamese Deputy Prime Minister Trần Hữu Lâm left Vientiane for Savannakhet "
         "by car on March 8 to inspect the Lao section of the Hà Nội-Vientiane expressway.", N,
         [("transport", "expressway")]),
        ("Lao Minister of Public Works and Transport Viengthong Sisavath said Laos hopes to complete "
         "the railway link to Vũng Áng port soon.", L, [("transport", "railway link")],
         [("transport", "Vũng Áng port")]),
    ]),
    # 18 energy as figure of speech and energy field
    ("VNA", "HÀ NỘI", [
        ("Hà Nội (VNA) – The young delegates brought new energy to the friendship between the two "
         "peoples, Vice President Đặng Thu Hà said.", V, []),
        ("She asked Russia to help Việt Nam train engineers for the nuclear power industry.", V,
         [("education", "train engineers"), ("nuclear", "nuclear power")]),
    ]),
    # 19 investment climate, an investor ranking
    ("VNA", "HÀ NỘI", [
        ("Minister of Planning and Investment Nguyễn Chí Thanh said Việt Nam has always created "
         "favourable conditions for Russian investors.", V, [("economy", "investors")]),
        ("He noted that Singapore remains the largest foreign investor in Việt Nam.", V,
         [("economy", "foreign investor")]),
    ]),
    # 20 a former oil worker, a veteran of the oil and gas industry
    ("VNA", "VŨNG TÀU", [
        ("Bà Rịa-Vũng Tàu (VNA) – Nguyễn Văn Đông, who worked for 30 years as a driller at "
         "Vietsovpetro, received the Order of Friendship from the Russian President.", N, []),
        ("The Russian Consul General in Ho Chi Minh City, Alexei Karpov, said Vietsovpetro is a symbol "
         "of cooperation in oil and gas between the two countries.", R, [("oil_gas", "oil and gas")]),
    ]),
    # 21 the economy of a city in a briefing
    ("VNA", "HÀ NỘI", [
        ("Chairman of the Hà Nội People's Committee Trần Sĩ Khanh briefed the guests on the capital's "
         "socio-economic development.", V, [], [("economy", "socio-economic development")]),
        ("Moscow Deputy Mayor Natalia Kuzmina said the two cities could expand cooperation in urban "
         "transport and tourism.", R,
         [("transport", "urban transport"), ("tourism_sports", "tourism")]),
    ]),
    # 22 railway station as a setting
    ("TASS", "MOSCOW", [
        ("MOSCOW, May 9.", N, []),
        ("/TASS/.", N, []),
        ("Veterans laid flowers at the Kursky railway station, from which Soviet "
         "volunteers left for Vietnam in 1965.", N, []),
        ("Vietnamese Ambassador Dang Minh Khoi thanked Russia for its help in building the Thang Long "
         "bridge.", V, [], [("transport", "bridge")]),
    ]),
    # 23 trade official title, trade figures
    ("VNA", "MOSCOW", [
        ("Trade Counsellor at the Vietnamese Embassy in Russia Đỗ Quang Huy said Vietnamese exports to "
         "Russia rose 18 percent to 3.2 billion USD in the first eight months.", V, [],
         [("economy", "exports")]),
        ("Seafood, coffee and textiles accounted for most of the increase, he said.", V, []),
    ]),
    # 24 a market as a setting vs market access
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI – The delegation visited Đồng Xuân market, the oldest in Hà Nội.", N, []),
        ("Deputy Minister of Agriculture Phùng Đức Tiến asked the Russian side to speed up market "
         "access for Vietnamese fruit.", V, [("economy", "market access")]),
    ]),
    # 25 "driving force" with a real field
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Phạm Minh Quang said energy and oil and gas cooperation is a pillar of the "
         "partnership and a driving force for other fields.", V,
         [("energy", "energy"), ("oil_gas", "oil and gas")]),
        ("The Russian Prime Minister said the two countries should lift trade turnover to 10 billion "
         "USD by 2030.", R, [("economy", "trade turnover")]),
    ]),
    # 26 a passage after the speaker's words: background
    ("TASS", "MOSCOW", [
        ("MOSCOW, April 2.", N, []),
        ("/TASS/.", N, []),
        ("Rosatom Director General Alexei Likhachev said the company was ready "
         "to help Vietnam build its first nuclear power plant.", R, [("nuclear", "nuclear power plant")]),
        ("Rosatom's foreign orders portfolio stood at about 200 billion USD at the end of last year.",
         N, []),
    ]),
    # 27 trade fair as an event and the field
    ("VNA", "HÀ NỘI", [
        ("More than 150 Russian companies took part in the fair, which was held at the Giảng Võ "
         "Exhibition Centre.", N, []),
        ("Deputy Minister of Industry and Trade Phan Thị Thắng said the fair would promote trade and "
         "investment ties between Russian regions and Vietnamese localities.", V,
         [("economy", "trade and investment"), ("people", "localities")]),
    ]),
    # 28 vehicles as gifts: a figure's object
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – The Vietnamese Embassy in Laos handed over 20 buses and five trucks to the "
         "Lao Ministry of Education and Sports.", N, []),
        ("Lao Deputy Minister Phout Simmalavong said the vehicles would help students in remote areas "
         "get to school.", L, [],
         [("education", "students"), ("education", "school")]),
    ]),
    # 29 energy field and the weather
    ("TASS", "MOSCOW", [
        ("MOSCOW, January 20.", N, []),
        ("/TASS/.", N, []),
        ("Russia and Laos discussed supplies of Russian oil products and "
         "cooperation in power generation, the Russian Energy Ministry said.", R,
         [("oil_gas", "oil products"), ("energy", "power generation")]),
    ]),
    # 30 history of a person
    ("NHÂN DÂN", "HÀ NỘI", [
        ("Nguyễn Thị Hoa, who studied economics in Moscow in the 1980s, now chairs the Việt Nam-Russia "
         "Friendship Association in Hà Nội.", N, [],
         [("economy", "economics")]),
        ("She said the association would organise more exchanges between young people of the two "
         "countries.", V, [("people", "young people")]),
    ]),
    # 31 inflation and exchange rates in a background paragraph; payments in national currencies
    ("VNA", "MOSCOW", [
        ("The rouble fell against the US dollar in the first quarter.", N, []),
        ("The two central banks agreed to expand settlements in national currencies to facilitate "
         "trade.", J, [("economy", "settlements in national currencies"), ("economy", "trade")]),
    ]),
    # 32 a construction site as a setting; infrastructure as a field
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Phạm Minh Quang and his Lao counterpart Sonexay Phommachanh visited the "
         "construction site of the Ring Road 4 on the outskirts of Hà Nội.", N, []),
        ("They agreed to expand cooperation in infrastructure development and energy.", J,
         [("transport", "infrastructure development"), ("energy", "energy")]),
    ]),
    # 33 a trade delegation as an actor and trade as a field
    ("VNA", "HÀ NỘI", [
        ("Vietnamese Deputy Minister of Foreign Affairs Lê Hoài Nam received a Russian business "
         "delegation led by Viktor Romanov, President of the Chamber of Commerce of Tatarstan.", N, [],
         [("economy", "business")]),
        ("Romanov said Tatar businesses want to invest in the processing of agricultural products in "
         "Việt Nam.", R, [("economy", "invest"), ("economy", "agricultural products")],
         [("economy", "businesses")]),
    ]),
    # 34 energy ministers' meeting
    ("VNA", "MOSCOW", [
        ("Deputy Prime Minister Trần Hữu Lâm travelled to Moscow on a flight of Vietnam Airlines.", N, []),
        ("He and Russian Deputy Prime Minister Alexander Novak reviewed progress in energy, oil and gas "
         "and nuclear cooperation.", N,
         [("energy", "energy"), ("oil_gas", "oil and gas"), ("nuclear", "nuclear")]),
    ]),
    # 35 the road to independence: a figure
    ("NHÂN DÂN", "HÀ NỘI", [
        ("Speaking at the meeting, Russian Ambassador Gennady Volkov recalled that the Soviet Union "
         "stood by Việt Nam on its long road to independence and reunification.", R, []),
        ("He said Russia wants to expand cooperation in energy, transport and education with Việt Nam.",
         R, [("energy", "energy"), ("transport", "transport"), ("education", "education")]),
    ]),
    # 36 a person's working life in an industry
    ("VNA", "MOSCOW", [
        ("Moscow (VNA) – Nguyễn Hữu Thành, who worked for 20 years in the oil industry in Siberia "
         "before founding a trading company, was elected chairman of the Vietnamese Business "
         "Association in Russia.", N, []),
        ("Thành said the association would help Vietnamese firms take part in oil and gas projects and "
         "logistics in the Far East.", V,
         [("oil_gas", "oil and gas projects"), ("transport", "logistics")]),
    ]),
    # 37 energy as vigour; energy cooperation
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI – The Russian students, full of energy after a week in Đà Nẵng, performed folk songs "
         "at the closing ceremony.", N, [],
         [("education", "students"), ("culture", "folk songs")]),
        ("Deputy Minister of Education Hoàng Minh Sơn said the two sides would send more students to "
         "each other's universities.", V,
         [("education", "send more students"), ("education", "universities")]),
    ]),
    # 38 prices as background of one market
    ("TASS", "MOSCOW", [
        ("MOSCOW, October 7.", N, []),
        ("/TASS/.", N, []),
        ("High energy prices in Europe forced several Russian fertiliser plants to cut output, the "
         "ministry's data showed.", N, [], [("energy", "energy prices")]),
        ("Deputy Minister of Agriculture Oleg Markin said Russia is ready to increase fertiliser supplies "
         "to Vietnam.", R, []),
    ]),
    # 39 an economic crisis recalled
    ("VNA", "HÀ NỘI", [
        ("President Lê Minh Phúc recalled that the economic crisis of the 1990s had hit both countries "
         "hard.", V, [], [("economy", "economic crisis")]),
        ("He said that Việt Nam and Russia now need to raise two-way trade to a new level.", V,
         [("economy", "two-way trade")]),
    ]),
    # 40 workers of a plant: the object of a figure
    ("VNA", "KALUGA", [
        ("The plant, which employs 1,500 workers, produced 40,000 buses and trucks last year.", N, [],
         [("labour", "workers")]),
        ("Governor of the Kaluga region Vladislav Shapkin said the region wants to supply vehicles and "
         "components to Việt Nam and set up an assembly line there.", R, []),
    ]),
    # 41 a city as an economic hub: background
    ("VNA", "ST. PETERSBURG", [
        ("Hồ Chí Minh City, the country's largest economic hub, accounts for about a fifth of Việt Nam's "
         "GDP.", N, [], [("economy", "economic"), ("economy", "GDP")]),
        ("Vice Chairman of the city People's Committee Võ Văn Hoan said the city wants to cooperate with "
         "St Petersburg in seaports, shipbuilding and tourism.", V,
         [("transport", "seaports"), ("tourism_sports", "tourism")], [("economy", "shipbuilding")]),
    ]),
    # 42 a former trade representative who now teaches
    ("VNA", "MOSCOW", [
        ("Nguyễn Văn Phương, a former Vietnamese trade representative in Moscow, now teaches at the "
         "Moscow State Institute of International Relations.", N, [],
         [("education", "teaches")]),
        ("At the seminar, Phương said that payments in national currencies would help businesses of the "
         "two countries.", V, [("economy", "payments in national currencies")],
         [("economy", "businesses")]),
    ]),
    # 43 passengers at a new terminal; flights as a field
    ("VNA", "ĐÀ NẴNG", [
        ("Đà Nẵng (VNA) – The new terminal of Đà Nẵng International Airport, which opened in May, can "
         "serve 10 million passengers a year.", N, [], [("transport", "terminal")]),
        ("The city's Department of Tourism said direct flights from Moscow and Novosibirsk brought "
         "nearly 90,000 Russian visitors to Đà Nẵng in the first half of the year.", V,
         [("transport", "direct flights"), ("tourism_sports", "90,000 Russian visitors")]),
    ]),
    # 44 oil prices as background for one company
    ("TASS", "MOSCOW", [
        ("MOSCOW, November 2.", N, []),
        ("/TASS/.", N, []),
        ("The net profit of Russian oil company Zarubezhneft rose by a third last year on the back of "
         "higher oil prices, the company said.", R, [], [("oil_gas", "oil prices")]),
        ("The company's Director General Sergei Kudrin said Zarubezhneft plans to drill new wells on "
         "Vietnam's continental shelf with PetroVietnam.", R, [("oil_gas", "drill new wells")]),
    ]),
    # 45 paving the way, the vehicle of friendship, the flagship
    ("VNA", "HÀ NỘI", [
        ("Vice President Đặng Thu Hà said cultural exchanges are the vehicle of friendship between the "
         "two peoples.", V, [("culture", "cultural exchanges")]),
        ("She said the new direct air route between Hà Nội and Kazan would pave the way for more "
         "tourist flows.", V, [("transport", "direct air route"), ("tourism_sports", "tourist flows")]),
    ]),
    # 46 trade in a name and a place of a ceremony
    ("VNA", "HÀ NỘI", [
        ("The forum took place at the headquarters of the Vietnam Chamber of Commerce and Industry in "
         "Hà Nội.", N, []),
        ("Speakers said Russian investors are interested in Vietnamese industrial parks, energy and "
         "infrastructure.", N,
         [("economy", "investors"), ("economy", "industrial parks"), ("energy", "energy"),
          ("transport", "infrastructure")]),
    ]),
    # 47 a company by its trade, as an actor
    ("TASS", "MOSCOW", [
        ("MOSCOW, December 4.", N, []),
        ("/TASS/.", N, []),
        ("Rosneft, Russia's largest oil company, will keep working on Vietnam's continental shelf, the "
         "company's press service said.", R, [], [("oil_gas", "oil company")]),
        ("Russian energy companies are ready to take part in new gas-fired power projects in Vietnam, "
         "Deputy Energy Minister Pavel Sorokin said.", R,
         [("energy", "energy companies"), ("energy", "gas-fired power")]),
    ]),
    # 48 a former minister; a title in lower case
    ("VNA", "MOSCOW", [
        ("Moscow (VNA) – Sergei Ivanov, a former energy minister who now heads the Russia-Vietnam "
         "Friendship Society, received the Vietnamese delegation.", N, []),
        ("Ivanov said the society would help promote people-to-people exchanges and tourism.", R,
         [("people", "people-to-people exchanges"), ("tourism_sports", "tourism")]),
    ]),
    # 49 ships and trains as vehicles of a visit
    ("VNA", "HẠ LONG", [
        ("Quảng Ninh (VNA) – The Russian delegation took a boat trip on Hạ Long Bay on the afternoon of "
         "April 20.", N, []),
        ("Earlier, the guests held talks with provincial leaders on tourism promotion and direct flights "
         "between Vân Đồn and Russian cities.", N,
         [("tourism_sports", "tourism promotion"), ("transport", "direct flights")]),
    ]),
    # 50 the two economies complement each other
    ("VNA", "MOSCOW", [
        ("Ambassador Đặng Minh Khôi, who arrived in Moscow by plane on Monday, said the two economies "
         "complement each other rather than compete.", V, [("economy", "economies")]),
        ("He noted that Russia's share in Việt Nam's total trade remains modest, at about 1 percent.",
         V, [("economy", "trade")]),
    ]),
    # 51 passengers on the carrier's route; trade figures by official data
    ("VNS", "HÀ NỘI", [
        ("HÀ NỘI – Vietnam Airlines carried about 25,000 passengers on its Hà Nội-Moscow route last year, "
         "the carrier said.", V, [("transport", "route")]),
        ("Two-way trade rose 12 percent last year, according to official data.", N,
         [("economy", "Two-way trade")]),
    ]),
    # 52 a trade centre, the Trade Office as a source
    ("VNA", "MOSCOW", [
        ("According to the Vietnamese Trade Office in Russia, two-way trade topped 4.5 billion USD in the "
         "first ten months.", V, [("economy", "two-way trade")]),
        ("Data from the Russian Federal Customs Service showed that Russian exports of fertiliser to "
         "Việt Nam doubled.", N, [], [("economy", "exports")]),
    ]),
    # 53 an investor country ranking, the engine figure
    ("NHÂN DÂN", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Hữu Lâm said trade remains the engine of the partnership, but "
         "investment has lagged behind.", V, [("economy", "trade"), ("economy", "investment")]),
        ("Russia ranks 26th among foreign investors in Việt Nam, he said.", V,
         [("economy", "foreign investors")]),
    ]),
    # 54 fuel for a flight; a trade fair where the meeting was held
    ("VNA", "VLADIVOSTOK", [
        ("The meeting took place at the Vladivostok Expo Centre on the sidelines of a trade fair of "
         "Vietnamese goods.", N, [], [("economy", "trade fair")]),
        ("Deputy Governor of Primorye Anna Sokolova said the region wants to buy more Vietnamese fruit, "
         "seafood and coffee and to ship Russian timber and fertiliser to Việt Nam.", R, []),
    ]),
    # 55 a port city as a place, a seaport as a field
    ("VNA", "HẢI PHÒNG", [
        ("Hải Phòng (VNA) – Leaders of the northern port city received a delegation from Russia's "
         "Primorsky Territory on May 14.", N, []),
        ("The two sides agreed to promote cooperation between their seaports and to open a regular "
         "container shipping line.", J,
         [("transport", "seaports"), ("transport", "container shipping line")]),
    ]),
    # 56 a container terminal as the venue, the shipping line as the field
    ("VNA", "HẢI PHÒNG", [
        ("The ceremony took place at the Hải Phòng container terminal on the morning of July 1.", N, []),
        ("Russian Deputy Minister of Transport Dmitry Zverev said the new shipping line would cut "
         "delivery times between Vladivostok and Hải Phòng to nine days.", R,
         [("transport", "shipping line")]),
    ]),
    # 57 an idiom of loss beside the field
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Trần Hữu Lâm said the two sides should not let the potential of their "
         "partnership go to waste.", V, []),
        ("He called for stronger cooperation in waste treatment and renewable energy.", V,
         [("environment", "waste treatment"), ("energy", "renewable energy")]),
    ]),
    # 58 the figure of a locomotive, tourists counted, a bridge built with Soviet aid
    ("VNA", "NHA TRANG", [
        ("Russians make up the largest group of foreign tourists in Nha Trang, according to the "
         "provincial Department of Tourism.", V, [("tourism_sports", "foreign tourists")]),
        ("The department's director, Nguyễn Thị Mai, said the city hopes to attract 500,000 Russian "
         "holidaymakers next year.", V, [("tourism_sports", "500,000 Russian holidaymakers")]),
    ]),
    # 59 a country's own economy as the setting of a visit
    ("TASS", "VIENTIANE", [
        ("VIENTIANE, September 9.", N, []),
        ("/TASS/.", N, []),
        ("Laos, whose economy depends heavily on electricity exports to its neighbours, is seeking "
         "Russian help to build new power lines.", N, [("energy", "power lines")],
         [("economy", "economy"), ("energy", "electricity exports")]),
        ("Lao Deputy Minister of Energy and Mines Chanthaboun Soukaloun said the two sides had agreed "
         "to study a joint project on power grid development.", L,
         [("energy", "power grid development")]),
    ]),
]
