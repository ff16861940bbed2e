"""Probe 33p2: what is not a mention in VNA English and TASS copy (invented sentences).

Each item: (text, mentions, sides). ``mentions`` lists (sector, surface, required) as the annotation
guidelines (``data/evaluation/README.md``) give them (required=False: optional); ``sides`` gives the
side of each sentence of the text (vietnam, russia, joint, narrator). Written for the probe; people,
bodies and events are made up.
"""

from __future__ import annotations

V, R, J, N = "vietnam", "russia", "joint", "narrator"

PROBE = [
    # --- names of bodies, programmes, events, funds, companies and schools ---
    ("The 25th session of the Việt Nam–Russia Intergovernmental Committee for Economic, Trade, "
     "Scientific and Technical Cooperation opened in Hà Nội on Monday.", [], [N]),
    ("Deputy Prime Minister Lê Minh Khôi received Kirill Antonov, head of the Russian Direct "
     "Investment Fund, in Hà Nội on Tuesday.", [], [N]),
    ("Vietnam Oil and Gas Group and Zarubezhneft signed a memorandum on the sidelines of the forum.",
     [], [N]),
    ("The delegation visited the Moscow State Institute of International Relations and the Russian "
     "Academy of Sciences.", [], [N]),
    ("The Russian Energy Week will be held in Moscow in October, the organisers said.", [], [R]),
    ("Representatives of the Vietnam Chamber of Commerce and Industry and the Russian Union of "
     "Industrialists and Entrepreneurs attended the event.", [], [N]),
    ("The Eastern Economic Forum opened in Vladivostok on Wednesday with some 7,000 participants.",
     [], [N]),
    ("Ambassador Đặng Minh Tuấn paid a working visit to the Vietnam National University of "
     "Agriculture's partner, Timiryazev Agricultural Academy.", [], [N]),
    ("The Ho Chi Minh Communist Youth Union and the Russian Youth Union co-organised the gala.",
     [], [N]),
    ("Under the framework of the Việt Nam–Russia Tropical Centre, the two sides carried out joint "
     "research on tropical diseases.",
     [("health", "tropical diseases", True), ("science_technology", "research", True)], [N]),
    ("Petrovietnam Technical Services Corporation said it would expand oil and gas exploration off "
     "the coast.", [("oil_gas", "oil and gas", True)], [V]),
    ("The Russian Science Foundation and the Vietnam Academy of Science and Technology agreed to fund "
     "joint research in biotechnology.",
     [("science_technology", "research", True), ("science_technology", "biotechnology", True)], [J]),
    # --- people's titles ---
    ("Chairman of the National Assembly's Committee for Culture and Society Nguyễn Đắc Vinh received "
     "a delegation of the State Duma on Thursday.", [], [N]),
    ("Deputy Minister of Industry and Trade Phan Thị Lan said bilateral trade reached 5 billion USD "
     "last year.", [("economy", "trade", True)], [V]),
    ("Russian First Deputy Minister of Energy Pavel Sorokin noted that the two sides had discussed "
     "nuclear power.", [("nuclear", "nuclear power", True)], [R]),
    ("Director of the Department of Europe under the Ministry of Foreign Affairs Trần Văn Hòa and "
     "Head of the Education Department of Kazan Elena Volkova attended the ceremony.", [], [N]),
    ("Rector of the Ho Chi Minh National Academy of Politics Nguyễn Xuân Thắng welcomed the guests.",
     [("party", "Ho Chi Minh National Academy of Politics", False)], [N]),
    ("Minister of Health Đào Hồng Lan and her Russian counterpart Mikhail Murashko signed the plan.",
     [], [N]),
    ("Chairwoman of the Việt Nam–Russia Friendship Association Vũ Thị Mai said the association would "
     "organise more exchanges for young people.", [("people", "young people", True)], [V]),
    # --- relationship labels ---
    ("The two leaders hailed the comprehensive strategic partnership between Việt Nam and Russia.",
     [], [J]),
    ("Russian Foreign Minister Sergei Lavrov said the traditional friendship between the two peoples had stood the test of time.",
     [], [R]),
    ("Phạm Quang Huy noted that bilateral cooperation had grown strongly in recent years.", [], [V]),
    ("Both sides agreed to deepen the traditional friendship and step up cooperation in energy and "
     "oil and gas.", [("energy", "energy", True), ("oil_gas", "oil and gas", True)], [J]),
    ("The visit marks the 75th anniversary of diplomatic relations between the two countries.",
     [("diplomacy", "diplomatic relations", False)], [N]),
    ("The Russian diplomat affirmed that Moscow regarded Hà Nội as a reliable partner in the region.",
     [], [R]),
    # --- background and history ---
    ("During the war, thousands of Soviet specialists helped Việt Nam build power plants and bridges.",
     [], [N]),
    ("Russian Ambassador Gennady Volkov praised the country's achievements in renewal over the past four decades.", [], [R]),
    ("Amid the pandemic, the two sides kept in touch through online meetings.", [], [N]),
    ("Because of COVID-19, the festival was held online last year.", [], [N]),
    ("Veteran Nguyễn Văn Minh recalled the years when Vietnamese students studied in the Soviet Union and "
     "returned to build the country after the war.", [("education", "students", True)], [V]),
    ("The two sides pledged to expand cooperation in vaccine production and epidemic prevention.",
     [("health", "vaccine production and epidemic prevention", True)], [J]),
    ("The delegation laid a wreath at the monument to President Hồ Chí Minh in Moscow.", [], [N]),
    # --- domestic briefings ---
    ("Briefing the guests on the country's socio-economic development, Deputy Prime Minister Trần Đức Thắng said growth had "
     "exceeded 7 percent.", [("economy", "socio-economic development", False)], [V]),
    ("Quảng Ninh Party Secretary Vũ Đại Thắng informed the Russian delegation about the local economic situation and "
     "the province's efforts to attract investment.",
     [("economy", "economic", False), ("economy", "investment", True)], [V]),
    ("Russian Deputy Minister Oleg Ivanov shared with his host the results of the Russian economy in the first half of the year.",
     [("economy", "economy", False)], [R]),
    # --- programme items of one event; people met at one event ---
    ("The ceremony closed with a concert by Russian and Vietnamese artists.",
     [("culture", "concert", False)], [N]),
    ("Delegates toured a photo exhibition on the history of the friendship.",
     [("culture", "photo exhibition", False)], [N]),
    ("On this occasion, the ambassador presented gifts to teachers and pupils of the school.",
     [("education", "teachers and pupils", False)], [N]),
    ("The ambassador met Vietnamese students newly arrived in Kazan.",
     [("education", "students", False)], [N]),
    ("The two ministries agreed to send 500 students to Russia each year under state scholarships.",
     [("education", "students", True), ("education", "scholarships", True)], [J]),
    ("The two sides will hold film weeks and photo exhibitions in each other's country.",
     [("culture", "film weeks and photo exhibitions", True)], [N]),
    # --- look-alikes ---
    ("The minister said food security remained a priority for the two countries.", [], [N]),
    ("The poet was praised for the economy of words in his verse.", [], [N]),
    ("Deputy Minister Nguyễn Văn Hùng stressed that Việt Nam offered a stable political environment for Russian investors.",
     [("economy", "investors", True)], [V]),
    ("The Russian training ship Perekop docked at Cam Ranh port on Friday.", [], [N]),
    ("The festival showed the energy of young people from both countries.",
     [("people", "young people", False)], [N]),
    ("The restaurant serves dishes cooked in edible oil imported from Russia.", [], [N]),
    ("APEC member economies agreed on the text.", [], [N]),
    # --- figures of speech ---
    ("The association serves as a bridge connecting the two peoples.", [], [N]),
    ("Russian Ambassador Igor Sokolov described the private sector as the engine of growth of the Vietnamese economy.",
     [("economy", "private sector", False), ("economy", "economy", False)], [R]),
    ("The Vietnamese leader said young people were the future of the nation.", [("people", "young people", False)], [V]),
    # --- close sentences where the words count ---
    ("Deputy Minister Phan Thị Lan proposed stronger cooperation in energy, transport and the training of specialists.",
     [("energy", "energy", True), ("transport", "transport", True),
      ("education", "training of specialists", True)], [V]),
    ("Both sides agreed to boost trade, investment and tourism.",
     [("economy", "trade, investment", True), ("tourism_sports", "tourism", True)], [J]),
    ("The Russian side proposed cooperation in nuclear energy and the training of nuclear engineers.",
     [("nuclear", "nuclear energy", True), ("education", "training", True),
      ("nuclear", "nuclear engineers", True)], [R]),
    ("CPV delegation head Nguyễn Văn Tùng held talks with CPRF leaders in Moscow. According to him, the two "
     "parties will step up the exchange of delegations and cadre training.",
     [("party", "exchange of delegations and cadre training", True)], [N, V]),
    # --- passages: a later sentence's speaker depends on an earlier one ---
    ("Deputy Minister of Foreign Affairs Nguyễn Thanh Sơn held talks with Russian Deputy Foreign "
     "Minister Andrei Rudenko in Moscow. Sơn said Việt Nam wished to expand cooperation in "
     "education. Rudenko, for his part, highlighted the potential of energy cooperation.",
     [("education", "education", True), ("energy", "energy", True)], [N, V, R]),
    ("Chairwoman of the Russian Federation Council's Committee on Science, Education and Culture "
     "Lilia Gumerova met the delegation. She said Russia would admit more Vietnamese students.",
     [("education", "students", True)], [N, R]),
    ("Secretary of the Party Central Committee Lê Văn Thành hosted a reception for the CPRF "
     "delegation. He said the CPV valued its relations with the CPRF. The guest thanked him for the "
     "warm welcome.", [("party", "relations with the CPRF", True)], [N, V, R]),
    ("Rosatom Director General Oleg Likhachev met Vietnamese Ambassador Đặng Minh Khôi. Likhachev "
     "said Rosatom was ready to help Việt Nam train personnel for the nuclear power industry.",
     [("nuclear", "nuclear power", True), ("education", "train personnel", True)], [N, R]),
    ("The Ministry of Culture, Sports and Tourism announced on Monday the programme of the Russian "
     "Culture Days. The event will include a gala and a film screening.",
     [("culture", "film screening", False)], [N, N]),
    ("Prime Minister Mikhail Mishustin received General Secretary Tô Lâm. The Russian Prime Minister "
     "said the Arctic LNG projects opened new opportunities for the two countries.",
     [("oil_gas", "LNG", False)], [N, R]),
    ("Director of the Vietnam Institute of Petroleum Nguyễn Hoàng Nam told reporters that the "
     "Vietsovpetro joint venture had produced 250 million tonnes of crude oil.",
     [("oil_gas", "crude oil", True)], [V]),
    ("Deputy Minister of Education and Training Hoàng Minh Sơn and Head of the Russian Federal "
     "Agency for Tourism Zarina Doguzova attended the opening of the Russian Education Centre.",
     [], [N]),
    # --- more names, titles and look-alikes (added in the same probe) ---
    ("General Director of the Vietnam National Energy and Industry Group Lê Văn Long attended the "
     "signing.", [], [N]),
    ("The Hanoi University of Science and Technology and the Tomsk Polytechnic University signed an "
     "agreement on student exchanges.", [("education", "student exchanges", True)], [N]),
    ("The Russian Ministry of Economic Development said on Friday that the free trade agreement had "
     "doubled bilateral trade.",
     [("economy", "free trade agreement", False), ("economy", "bilateral trade", True)], [R]),
    ("Participants in the Vietnam–Russia Youth Friendship Festival visited the Hồ Chí Minh "
     "Mausoleum.", [], [N]),
    ("The anniversary of the victory in the Great Patriotic War was celebrated at the embassy.",
     [], [N]),
    ("The frigate Gepard of the Vietnam People's Navy took part in the naval parade in Kronstadt.",
     [], [N]),
    ("Vice Chairwoman of the Vietnam General Confederation of Labour Nguyễn Thị Thu Hồng said the "
     "two sides would protect the rights of Vietnamese workers in Russia.",
     [("labour", "workers", True)], [V]),
    ("The Việt Nam–Russia Friendship Hospital in Hà Nội celebrated its 60th founding anniversary.",
     [], [N]),
]
