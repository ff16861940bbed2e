"""Probe 37p6: speakers who are institutions or people reported indirectly (press services, statements,
readouts, meetings reported, funds and associations as sources), in VNA, VNS, Nhân Dân, TASS and Sputnik
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``, "Side": an institution reported as a source takes its country's side,
"the Kremlin press service said", "According to the Kremlin", "the fund said", "according to ATOR";
a statement's words are its issuer's, a joint statement's both sides'; "They" and "the two sides"
after two named people of two sides are joint; figures "according to data of" a body stay the
narrator's; a person met who speaks in a relative clause, "met X, who said", is X's, as the tuned parts
give it) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A sentence may carry a
fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0: a telephone call, the Kremlin's readout
    ("TASS", "MOSCOW", [
        ("Russian President Vladimir Putin and Vietnamese President Luong Van Hai discussed the "
         "expansion of trade and energy cooperation by telephone on Tuesday, the Kremlin press service "
         "reported.", R, [("economy", "trade"), ("energy", "energy")]),
        ("According to the Kremlin, the two leaders also reviewed progress on the construction of a "
         "nuclear science and technology centre in Vietnam.", R,
         [("nuclear", "nuclear science")]),
        ("The presidents agreed to keep in touch.", J, []),
    ]),
    # 1: a regional government's press service
    ("TASS", "YEKATERINBURG", [
        ("Governor of the Sverdlovsk Region Yevgeny Kornilov met with a delegation from Vietnam's Thai "
         "Nguyen province led by its Chairman Tran Duc Manh, the regional government's press service "
         "said.", R, []),
        ("The sides discussed cooperation in metallurgy, machine building and vocational training.", J,
         [("education", "vocational training")], [("economy", "metallurgy"), ("economy", "machine building")]),
        ("Kornilov said the region is ready to receive Vietnamese students at the Ural Federal "
         "University.", R, [], [("education", "students")]),
    ]),
    # 2: a ministry's statement
    ("VNA", "HANOI", [
        ("The Ministry of Foreign Affairs said in a statement on June 4 that Vietnam welcomes the "
         "resumption of direct flights between Hanoi and Vladivostok.", V, [("transport", "direct flights")]),
        ("The statement said the route would boost tourism and trade between the two countries.", V,
         [("tourism_sports", "tourism"), ("economy", "trade")]),
    ]),
    # 3: a joint statement
    ("VNA", "MOSCOW", [
        ("Vietnam and Russia issued a joint statement at the end of the official visit by Prime Minister "
         "Pham Quoc Dung.", N, []),
        ("The statement said the sides agreed to expand cooperation in oil and gas exploration and in "
         "the peaceful use of atomic energy.", J,
         [("oil_gas", "oil and gas exploration"), ("nuclear", "atomic energy")]),
        ("It added that the two countries will step up settlements in national currencies.", J,
         [("economy", "settlements in national currencies")]),
    ]),
    # 4: a delegation meets a person who speaks in a relative clause
    ("VNA", "KAZAN", [
        ("A delegation of the Vietnamese Ministry of Health led by Deputy Minister Le Thi Hoa visited "
         "Tatarstan from May 12 to 15.", N, []),
        ("The delegation met Tatarstan's Health Minister Rustam Galiev, who said the republic's clinics "
         "are ready to train Vietnamese doctors in cardiology.", R,
         [("education", "train"), ("health", "cardiology")], [("health", "doctors"), ("health", "clinics")]),
        ("Hoa invited Galiev to visit Vietnam to discuss cooperation in medical tourism.", V,
         [("tourism_sports", "medical tourism")]),
    ]),
    # 5: a welcomed visit, exchanged views, They also
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Phommavong received Vietnamese Minister of Industry and Trade Do "
         "Thang Hai in Vientiane on March 9.", N, []),
        ("Sonexay welcomed the visit and said Laos wants to export more electricity to Vietnam.", L,
         [("energy", "electricity")]),
        ("The two sides exchanged views on the construction of power transmission lines across the "
         "border.", J, [("energy", "power transmission lines")]),
        ("They also reviewed the progress of the Vientiane-Hanoi expressway.", J,
         [("transport", "expressway")]),
    ]),
    # 6: the guests after a delegation
    ("VNA", "HAI PHONG", [
        ("Chairman of the Hai Phong People's Committee Nguyen Van Tung received a delegation from the "
         "Russian city of Novorossiysk on April 2.", N, []),
        ("Tung briefed the guests on the city's seaport development plans.", V,
         [("transport", "seaport")]),
        ("The guests proposed opening a regular container shipping line between the two ports.", R,
         [("transport", "container shipping line"), ("transport", "ports")]),
    ]),
    # 7: RDIF, the fund said
    ("TASS", "MOSCOW", [
        ("The Russian Direct Investment Fund (RDIF) and a Vietnamese partner will set up a joint "
         "platform to finance pharmaceutical projects in Vietnam, the fund said on Monday.", R,
         [("health", "pharmaceutical")], [("economy", "finance")]),
        ("RDIF said the first projects will focus on vaccine production.", R,
         [("health", "vaccine production")]),
        ("The fund noted that the platform could later invest in logistics.", R,
         [("economy", "invest"), ("transport", "logistics")]),
    ]),
    # 8: ATOR and figures according to data
    ("Sputnik", "MOSCOW", [
        ("Russian tourists made 520,000 trips to Vietnam in the first half of the year, the Association "
         "of Tour Operators of Russia (ATOR) said.", R, [("tourism_sports", "Russian tourists")]),
        ("According to data of the Vietnam National Authority of Tourism, Russia ranked eighth among "
         "the sources of foreign visitors.", N, [], [("tourism_sports", "foreign visitors")]),
        ("According to ATOR, charter flights to Nha Trang and Phu Quoc will rise this winter.", R,
         [("transport", "charter flights")]),
        ("The association added that tour prices have risen by 10 percent.", R, []),
    ]),
    # 9: an opening sentence ending with the press service, then he added
    ("TASS", "MOSCOW", [
        ("Russian Minister of Energy Sergei Tsivilev and Vietnamese Ambassador Dang Minh Khoi discussed "
         "supplies of liquefied natural gas to Vietnam, the ministry's press service said.", R,
         [("oil_gas", "liquefied natural gas")]),
        ("Tsivilev said Russian companies are ready to build gas-fired power plants in Vietnam.", R,
         [("energy", "gas-fired power plants")]),
        ("He added that the two countries could also cooperate in coal mining.", R,
         [("energy", "coal mining")]),
    ]),
    # 10: the official also noted
    ("VNA", "HANOI", [
        ("Deputy Minister of Education and Training Nguyen Thi Thu met Rector of Saint Petersburg "
         "State University Nikolai Kuzmin in Hanoi on October 3.", N, []),
        ("Kuzmin said the university will offer 50 scholarships to Vietnamese students next year.", R,
         [("education", "scholarships")], [("education", "students")]),
        ("The Russian official also noted that joint research in linguistics is under way.", R,
         [("science_technology", "joint research")]),
    ]),
    # 11: the Lao Ministry of Foreign Affairs said
    ("VNA", "VIENTIANE", [
        ("The Lao Ministry of Foreign Affairs said on Friday that Laos and Vietnam will hold their "
         "annual political consultation in Vientiane next month.", L, [("diplomacy", "political consultation")]),
        ("The ministry added that the two sides will discuss border management and trade facilitation.",
         L, [("defence_security", "border management"), ("economy", "trade facilitation")]),
    ]),
    # 12: Xinhua quoted
    ("VNA", "BEIJING", [
        ("Xinhua quoted Chinese Commerce Ministry spokesman Wang Jun as saying that China will import "
         "more durian and dragon fruit from Vietnam.", C, [], [("economy", "import")]),
        ("Wang said two-way trade between China and Vietnam reached 200 billion USD last year.", C,
         [("economy", "two-way trade")]),
    ]),
    # 13: a ministry's statement, Russian
    ("TASS", "MOSCOW", [
        ("Russian Deputy Foreign Minister Andrei Lukin held consultations with Vietnamese Deputy "
         "Foreign Minister Pham Thanh Long in Moscow, the Russian Foreign Ministry said in a statement.",
         R, []),
        ("According to the statement, the diplomats discussed cooperation in the United Nations and "
         "other multilateral forums.", R, [("diplomacy", "multilateral forums")]),
    ]),
    # 14: VNS welcomed, invited
    ("VNS", "HA NOI", [
        ("Secretary of the Ha Noi Party Committee Bui Thi Lan received Moscow City Duma Chairman Alexei "
         "Shaposhnikov on Tuesday.", N, []),
        ("Lan welcomed the visit and hoped the two capitals would expand cooperation in urban "
         "transport and culture.", V, [("transport", "urban transport"), ("culture", "culture")]),
        ("Shaposhnikov invited Lan to visit Moscow during the Moscow Urban Forum.", R, []),
    ]),
    # 15: Nhân Dân, the guests' delegation
    ("NDO", "HANOI", [
        ("A delegation of the Lao People's Revolutionary Party (LPRP) led by Politburo member Bounthong "
         "Chitmany paid a working visit to Vietnam from July 1 to 5.", N, []),
        ("The delegation held talks with Standing member of the Secretariat of the CPV Central Committee "
         "Tran Quang Vinh.", N, []),
        ("The guests proposed that the two parties expand cadre training and theoretical exchanges.", L,
         [("party", "cadre training and theoretical exchanges")]),
        ("Vinh affirmed that the CPV always attaches importance to the special relationship with the "
         "LPRP.", V, [("party", "relationship with the LPRP")]),
    ]),
    # 16: a press office statement about a person
    ("VNA", "HANOI", [
        ("The Ministry of National Defence said General Tran Van Khang had held talks with the Russian "
         "Deputy Defence Minister on defence industry cooperation.", V, [("defence_security", "defence industry")]),
    ]),
    # 17: according to the ministry, figures of a body
    ("VNA", "HANOI", [
        ("According to the Ministry of Industry and Trade, Vietnam's exports of farm produce to Russia "
         "rose 18 percent in the first quarter.", V, [("economy", "exports of farm produce")]),
        ("Two-way trade reached 2.1 billion USD in the period, according to figures of the General "
         "Department of Customs.", N, [("economy", "Two-way trade")]),
    ]),
    # 18: a company's press service
    ("TASS", "MOSCOW", [
        ("Zarubezhneft has started drilling a new well at a block off Vietnam's coast, the company's "
         "press service said on Wednesday.", R, [("oil_gas", "drilling")]),
        ("The company said the well would raise its oil output in Vietnam by 10 percent.", R,
         [("oil_gas", "oil output")]),
    ]),
    # 19: the university's press service, then a professor quoted
    ("Sputnik", "KAZAN", [
        ("Kazan Federal University has enrolled 60 Vietnamese students in its petroleum engineering "
         "courses this autumn, the university's press service said.", R,
         [("education", "enrolled 60 Vietnamese students"), ("oil_gas", "petroleum engineering")]),
        ("Vice Rector Igor Sokolov said the students would do internships at oil fields in Tatarstan.",
         R, [("oil_gas", "oil fields")], [("education", "students"), ("education", "internships")]),
    ]),
    # 20: a meeting with the host's counterparts, "They agreed"
    ("VNA", "HANOI", [
        ("Minister of Culture, Sports and Tourism Nguyen Van Minh held talks with Russian Minister of "
         "Culture Olga Belova in Hanoi on November 12.", N, []),
        ("They agreed to hold culture days in each other's country in 2027.", J,
         [("culture", "culture days")]),
        ("Belova invited Vietnamese artists to perform at a festival in Saint Petersburg.", R,
         [], [("culture", "artists"), ("culture", "festival")]),
    ]),
    # 21: the regional press service in a second sentence
    ("TASS", "VLADIVOSTOK", [
        ("Primorye Governor Oleg Markin and Vietnamese Consul General Nguyen Van Dat discussed "
         "direct flights between Vladivostok and Da Nang.", J, [("transport", "direct flights")]),
        ("The governor's press service said the sides also agreed to hold a business forum in the "
         "autumn.", R, [], [("economy", "business forum")]),
    ]),
    # 22: the Chinese side's institution
    ("VNA", "NANNING", [
        ("The Guangxi Department of Commerce said cross-border trade with Vietnam rose 12 percent in the "
         "first half of the year.", C, [("economy", "cross-border trade")]),
        ("It said the region plans to open two more border gates for farm produce.", C, [],
         [("economy", "border gates"), ("economy", "farm produce")]),
    ]),
    # 23: KPL, the Lao ministry and a Vietnamese ambassador
    ("KPL", "VIENTIANE", [
        ("Lao Minister of Education and Sports Phonethep Sisavath met Vietnamese Ambassador Nguyen Minh "
         "Tam on August 20.", N, []),
        ("The Lao minister thanked Vietnam for scholarships for Lao students.", L,
         [("education", "scholarships")], [("education", "Lao students")]),
        ("The ambassador said Vietnam will receive 1,000 Lao students this year.", V,
         [("education", "receive 1,000 Lao students")]),
    ]),
    # 24: statement by the embassy
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia said in a statement that Vietnamese citizens need no visa for "
         "stays of up to 45 days.", V, []),
    ]),
    # 25: a readout, the government's website
    ("VNA", "HANOI", [
        ("Prime Minister Pham Quoc Dung received Chairman of the Russian State Duma Vyacheslav Orlov on "
         "Thursday, the Government's portal reported.", V, []),
        ("The two sides discussed cooperation in energy, education and inter-parliamentary exchanges.",
         J, [("energy", "energy"), ("education", "education"), ("diplomacy", "inter-parliamentary")]),
        ("Orlov proposed that the two legislatures share experience in lawmaking.", R, []),
    ]),
    # 26: TASS, "said the Kremlin's statement", "the statement noted"
    ("TASS", "MOSCOW", [
        ("Putin congratulated To Lam on his re-election as General Secretary, the Kremlin said.", R, []),
        ("The message noted that Russia and Vietnam have developed strong ties in trade, energy and "
         "education.", R, [("economy", "trade"), ("energy", "energy"), ("education", "education")]),
    ]),
    # 27: the press service at the start, then "He also noted"
    ("Sputnik", "MOSCOW", [
        ("According to the press service of the Russian Ministry of Agriculture, Russian wheat exports "
         "to Vietnam doubled last year.", R, [], [("economy", "wheat exports")]),
        ("Deputy Minister Pavel Surin said Russia is ready to supply fertilisers as well.", R, []),
        ("He also noted that the two sides are discussing veterinary certificates for beef.", R, []),
    ]),
    # 28: according to ATOR, data of a body, the association said
    ("VNA", "NHA TRANG", [
        ("Khanh Hoa received 310,000 Russian holidaymakers in the first nine months, according to the "
         "provincial Department of Tourism's statistics.", N, [("tourism_sports", "Russian holidaymakers")]),
        ("The department said the province would hold a tourism roadshow in Moscow in November.", V,
         [("tourism_sports", "tourism roadshow")]),
    ]),
    # 29: a delegation; the Vietnamese side; the hosts
    ("NDO", "MOSCOW", [
        ("A delegation of the Communist Party of Vietnam led by Head of the Party Central Committee's "
         "Commission for Information and Education Le Van Phong visited Russia from June 3 to 8.", N, []),
        ("The delegation had working sessions with the CPRF and United Russia.", N, []),
        ("The hosts expressed their wish to learn from the CPV's experience in Party building.", R,
         [("party", "Party building")]),
        ("Phong invited leaders of the two parties to visit Vietnam.", V, []),
    ]),
    # 30: Xinhua, Chinese ministry said, Vietnamese said
    ("Xinhua", "BEIJING", [
        ("China and Vietnam will step up cooperation in railway connectivity, the Chinese Foreign "
         "Ministry said on Thursday.", C, [("transport", "railway connectivity")]),
        ("Ministry spokeswoman Liu Ning said the two countries' railway companies are studying a "
         "standard-gauge line from Lao Cai to Hai Phong.", C, [("transport", "railway")],
         [("transport", "standard-gauge line")]),
    ]),
    # 31: "who said", Russian guest met by a Vietnamese delegation
    ("VNA", "NOVOSIBIRSK", [
        ("A delegation of Lam Dong province led by Vice Chairman Dang Tri Dung visited Novosibirsk on "
         "September 15.", N, []),
        ("The delegation met Novosibirsk Vice Governor Irina Manuilova, who said the region is "
         "interested in importing coffee and tea from Lam Dong.", R, [], [("economy", "importing")]),
        ("Dung said the province wants to attract Russian investment in hi-tech agriculture.", V,
         [("economy", "investment"), ("economy", "agriculture")], [("science_technology", "hi-tech")]),
    ]),
    # 32: a statement posted on a website, a communique
    ("VNA", "HANOI", [
        ("Vietnam and Laos will upgrade two border gates into international ones, according to a "
         "statement posted on the website of the Ministry of Foreign Affairs.", V, [],
         [("economy", "border gates")]),
        ("The communique said the two foreign ministers also agreed to promote cooperation in "
         "education and human resources training.", V,
         [("education", "education and human resources training")]),
    ]),
    # 33: Peskov, the spokesman told reporters
    ("TASS", "MOSCOW", [
        ("Putin and the Vietnamese leader will discuss energy projects and military-technical "
         "cooperation, Kremlin spokesman Dmitry Peskov told reporters.", R,
         [("energy", "energy"), ("defence_security", "military-technical")]),
        ("The Kremlin spokesman added that a package of agreements on education is being prepared.", R,
         [("education", "education")]),
    ]),
    # 34: KPL quoted; the Lao side
    ("VNA", "VIENTIANE", [
        ("KPL quoted Lao Minister of Energy and Mines Phosai Sayasone as saying that Laos will sell "
         "3,000 MW of electricity to Vietnam by 2030.", L, [("energy", "electricity")]),
        ("The Lao minister said new transmission lines would link the two grids.", L,
         [("energy", "transmission lines"), ("energy", "grids")]),
    ]),
    # 35: a source at the ministry told TASS
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam are preparing an agreement on mutual protection of investments, a source "
         "in the Russian Ministry of Economic Development told TASS.", R,
         [("economy", "investments")]),
        ("According to the source, the document may be signed during the intergovernmental commission "
         "meeting in the autumn.", R, []),
    ]),
    # 36: the ministry's spokeswoman at a press briefing
    ("VNS", "HA NOI", [
        ("Viet Nam welcomes Russian investors in renewable energy, Deputy Spokeswoman of the Ministry of "
         "Foreign Affairs Pham Thu Hang said at a regular press briefing on Thursday.", V,
         [("economy", "investors"), ("energy", "renewable energy")]),
        ("She said the two countries will mark the 75th anniversary of diplomatic relations with a "
         "series of cultural events.", V, [("culture", "cultural events")],
         [("diplomacy", "anniversary of diplomatic relations")]),
    ]),
    # 37: In a statement, the embassy
    ("VNA", "MOSCOW", [
        ("In a statement issued on Monday, the Vietnamese Embassy in Russia said more than 3,000 "
         "Vietnamese students are studying at Russian universities.", V,
         [("education", "studying"), ("education", "universities")], [("education", "students")]),
        ("The embassy also called on Vietnamese students to observe local regulations.", V, [],
         [("education", "students")]),
    ]),
    # 38: the two delegations, the readout
    ("TASS", "MOSCOW", [
        ("Russian Deputy Prime Minister Dmitry Grigorenko met Vietnamese Deputy Prime Minister Ho Duc "
         "Hai on Wednesday, the Russian government said in a readout.", R, []),
        ("The sides discussed digital transformation and cooperation in information security, the "
         "readout said.", R, [("science_technology", "digital transformation"),
                              ("defence_security", "information security")]),
    ]),
]
