"""Probe 38p4: party bodies, party names and other senses of 'party' in VNA, VNS, Nhân Dân and TASS
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[,
optional])`` where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give.
The names of party bodies (commissions, departments, councils, committees, schools) and the titles
built on them are no mention; a party name alone is an actor; a relation between two parties or
between their bodies ("cooperation between the two commissions", "a memorandum between the CPV and
United Russia") is a party mention, quoted whole; the other senses of 'party' ("all parties
concerned", "the parties to the contract", "a third party", "a working party", "a birthday party",
"the Russian party" for the Russian side) are nothing. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
K = "cambodia"

PASSAGES = [
    # 0: the Commission for External Relations and the CPC's International Department
    ("VNA", "HANOI", [
        ("Head of the Party Central Committee's Commission for External Relations Nguyễn Thanh Hải "
         "received a delegation of the International Department of the Communist Party of China (CPC) "
         "Central Committee led by its Vice Minister Zhao Mingyu in Hà Nội on May 12.", N, []),
        ("Hải said the commission and the International Department agreed to deepen exchanges and to "
         "share experience in Party building.", V, [("party", "exchanges"), ("party", "Party building")]),
        ("Zhao briefed the host on the outcomes of the CPC's recent plenum and said the International "
         "Department values its ties with the Vietnamese commission.", C,
         [("party", "ties with the Vietnamese commission")]),
        ("The two sides agreed to implement the cooperation plan between the two agencies for "
         "2026-2030.", J, [("party", "cooperation plan between the two agencies")]),
    ]),
    # 1: United Russia's General Council and the CPV's Organisation Commission
    ("VNA", "MOSCOW", [
        ("Secretary of the United Russia General Council Andrei Melnikov received a delegation of the "
         "Communist Party of Việt Nam (CPV) led by Trần Quang Vinh, Deputy Head of the CPV Central "
         "Committee's Organisation Commission, in Moscow on June 4.", N, []),
        ("Melnikov said United Russia attaches importance to its relations with the CPV and wants to "
         "expand exchanges of party delegations.", R,
         [("party", "relations with the CPV"), ("party", "exchanges of party delegations")]),
        ("Vinh proposed that the two parties share experience in personnel work and in the training of "
         "cadres.", V, [("party", "personnel work"), ("party", "training of cadres")]),
        ("They agreed to carry out the memorandum between the CPV and United Russia signed in 2024.", J,
         [("party", "memorandum between the CPV and United Russia")]),
    ]),
    # 2: the CPRF Central Committee
    ("TASS", "MOSCOW", [
        ("First Deputy Chairman of the CPRF Central Committee Viktor Sorokin met with a delegation of "
         "the Communist Party of Vietnam on Thursday.", N, []),
        ("Sorokin said ties between the CPRF and the CPV have stood the test of time.", R,
         [("party", "ties between the CPRF and the CPV")]),
        ("He said the CPRF would welcome further training of its young cadres in Vietnam.", R,
         [("party", "training of its young cadres")]),
        ("The Russian party will host a theory seminar with the CPV in Moscow in the autumn, Sorokin "
         "said.", R, [("party", "theory seminar")]),
    ]),
    # 3: LDPR, A Just Russia - For Truth, New People
    ("TASS", "MOSCOW", [
        ("LDPR Deputy Chairman Yaroslav Demin told TASS that the party supports closer economic ties "
         "with Vietnam.", R, [("economy", "economic")]),
        ("A Just Russia – For Truth deputy Olga Veselova said the party would propose a bill on "
         "cooperation in education with Asian partners.", R, [("education", "education")]),
        ("New People deputy Artyom Lisin said trade and tourism with Vietnam had grown strongly.", R,
         [("economy", "trade"), ("tourism_sports", "tourism")]),
        ("LDPR, A Just Russia – For Truth and New People were all represented at the meeting.", N, []),
    ]),
    # 4: the LPRP's Commission for External Relations
    ("VNA", "VIENTIANE", [
        ("Head of the LPRP Central Committee's Commission for External Relations Thongphan Keola "
         "received Vietnamese Ambassador Nguyễn Minh Tâm in Vientiane on September 8.", N, []),
        ("Thongphan said the commission stands ready to work with its Vietnamese counterpart to deepen "
         "the relations between the two Parties.", L, [("party", "relations between the two Parties")]),
        ("Tâm thanked the Lao commission for its support and said cooperation between the two "
         "commissions has been effective.", V, [("party", "cooperation between the two commissions")]),
        ("The ambassador also visited the Lao Party's Central Political and Administrative School in "
         "the capital.", N, [], [("party", "Central Political and Administrative School")]),
    ]),
    # 5: two provincial Party Committees
    ("VNA", "QUANG TRI", [
        ("Secretary of the Quảng Trị Provincial Party Committee Hoàng Văn Phúc received a delegation of "
         "the Savannakhet Provincial Party Committee led by its Deputy Secretary Bounmy Xaysana on "
         "April 2.", N, []),
        ("Phúc said the two provincial Party Committees would continue to exchange delegations and "
         "train Lao cadres.", V, [("party", "exchange delegations"), ("party", "train Lao cadres")]),
        ("Bounmy thanked Quảng Trị for training officials of Savannakhet and for its help in border "
         "security.", L, [("party", "training officials"), ("defence_security", "border security")]),
        ("The two Party Committees signed a cooperation agreement for 2026-2030.", N,
         [("party", "cooperation agreement")]),
    ]),
    # 6: the Party Central Committee's Secretariat
    ("Nhân Dân", "HANOI", [
        ("Permanent Member of the Party Central Committee's Secretariat Lương Đức Trọng hosted a "
         "reception in Hà Nội on July 17 for a delegation of the Cambodian People's Party (CPP) led by "
         "its Vice President Men Sokha.", N, []),
        ("Trọng said the CPV treasures its friendship with the CPP and hopes the two parties will step "
         "up cooperation in Party building.", V,
         [("party", "friendship with the CPP"), ("party", "Party building")]),
        ("Sokha briefed the host on the CPP's preparations for the commune elections.", K, []),
    ]),
    # 7: party schools and the academy
    ("VNA", "HANOI", [
        ("Director of the Ho Chi Minh National Academy of Politics Phạm Đức Lâm received Vice President "
         "of the Central Party School of the CPC Liu Wenqiang on March 20.", N, [],
         [("party", "Ho Chi Minh National Academy of Politics"), ("party", "Central Party School")]),
        ("Lâm said cooperation between the two party schools has helped train many leaders for both "
         "parties.", V, [("party", "cooperation between the two party schools")],
         [("party", "train many leaders")]),
        ("Liu proposed that the two schools exchange lecturers and co-organise theory workshops.", C,
         [("party", "theory workshops")], [("education", "exchange lecturers"), ("party", "exchange lecturers")]),
        ("The guest also toured the academy's campus.", N, []),
    ]),
    # 8: the parties to a contract, a third party, the Russian party as the Russian side
    ("VNS", "HANOI", [
        ("Việt Nam's Sông Đà Construction and Russia's Volga Turbine Works signed a contract on "
         "supplying turbines for a hydropower plant in Sơn La.", N, [("energy", "hydropower plant")],
         [("energy", "turbines")]),
        ("Under the deal, the parties to the contract will share the cost of maintenance for ten "
         "years.", N, []),
        ("Any dispute between the parties will be settled by a third party chosen by both sides.", N, []),
        ("The Russian party will also train Vietnamese engineers to run the plant, Volga Turbine Works "
         "director Sergei Antonov said.", R, [("education", "train Vietnamese engineers")]),
    ]),
    # 9: all parties concerned, a party to the convention
    ("VNA", "HANOI", [
        ("Foreign Ministry spokeswoman Đoàn Thị Mai said Việt Nam calls on all parties concerned to "
         "exercise restraint and respect international law.", V, []),
        ("As a party to the 1982 United Nations Convention on the Law of the Sea, Việt Nam always "
         "settles disputes by peaceful means, Mai said.", V, []),
        ("She added that maritime security in the East Sea serves the interests of all parties.", V,
         [("defence_security", "maritime security")]),
    ]),
    # 10: a working party
    ("VNS", "HANOI", [
        ("A joint working party on transport met in Hà Nội on Tuesday to review plans for more direct "
         "flights between the two countries.", N,
         [("transport", "transport"), ("transport", "direct flights")]),
        ("The working party agreed that carriers of both sides would add weekly flights from Moscow to "
         "Nha Trang.", J, [("transport", "weekly flights")]),
    ]),
    # 11: a birthday party
    ("VNA", "KAZAN", [
        ("Vietnamese students in Kazan held a birthday party for their teacher, Professor Irina "
         "Sokolova, who has taught Vietnamese for 40 years.", N, [],
         [("education", "students"), ("education", "taught Vietnamese")]),
        ("Sokolova said she was proud that many of her former students now work on trade between Russia "
         "and Vietnam.", R, [("economy", "trade")], [("education", "students")]),
    ]),
    # 12: the guest party
    ("VNA", "HANOI", [
        ("Deputy Head of the Party Central Committee's Commission for External Relations Vũ Thanh Bình "
         "held talks with a delegation of the Communist Party of the Russian Federation (CPRF) led by "
         "Secretary of its Central Committee Dmitry Ivashin in Hà Nội on October 3.", N, []),
        ("The host side briefed the guest party on Việt Nam's socio-economic development and the "
         "preparations for the Party's congress.", V, [], [("economy", "socio-economic development")]),
        ("The guest party said the CPRF highly values the CPV's experience in Party building and wants "
         "to boost ties between the two parties.", R,
         [("party", "Party building"), ("party", "ties between the two parties")]),
        ("Both sides agreed to step up cooperation between the Commission for External Relations and "
         "the CPRF Central Committee's international department.", J,
         [("party", "cooperation between the Commission for External Relations and the CPRF Central "
                    "Committee's international department")]),
    ]),
    # 13: a course at the academy for the LPRP
    ("Nhân Dân", "HANOI", [
        ("A training course for 40 officials of the Lao People's Revolutionary Party opened at the Ho "
         "Chi Minh National Academy of Politics on Monday.", N, [("party", "training course")],
         [("party", "Ho Chi Minh National Academy of Politics")]),
        ("Vice President of the academy Hoàng Minh Đức said the course is part of the cooperation "
         "between the academy and the LPRP Central Committee's Organisation Commission.", V,
         [("party", "cooperation between the academy and the LPRP Central Committee's Organisation "
                    "Commission")]),
        ("Deputy Head of the LPRP Central Committee's Organisation Commission Khamla Sisavath thanked "
         "the academy for training generations of Lao cadres.", L,
         [("party", "training generations of Lao cadres")]),
    ]),
    # 14: the Vietnamese party and the Russian party as the two sides of a negotiation
    ("VNS", "HANOI", [
        ("At the talks, the Vietnamese party proposed that the two sides remove barriers to farm exports "
         "and settle payments in national currencies, Deputy Minister of Industry and Trade Phan Thị "
         "Lan said.", V, [("economy", "farm exports"), ("economy", "payments in national currencies")]),
        ("The Russian party agreed to consider the proposal, she said.", V, []),
    ]),
    # 15: the CPC's International Department and United Russia's General Council
    ("TASS", "BEIJING", [
        ("Head of the International Department of the CPC Central Committee Wang Jianhua met with a "
         "delegation of United Russia led by Deputy Secretary of its General Council Irina Kovaleva on "
         "Wednesday.", N, []),
        ("Wang said the CPC is ready to strengthen inter-party cooperation with United Russia.", C,
         [("party", "inter-party cooperation")]),
        ("Kovaleva said United Russia and the CPC had held 12 rounds of inter-party dialogue since "
         "2009.", R, [("party", "inter-party dialogue")]),
        ("The sides also discussed cooperation in trade and in the Arctic, the party's press service "
         "said.", R, [("economy", "trade")]),
    ]),
    # 16: a third party in defence
    ("VNA", "HANOI", [
        ("Vietnamese Deputy Defence Minister Nguyễn Văn Khải said defence cooperation with Russia is not "
         "aimed at any third party.", V, [("defence_security", "defence")]),
        ("Khải said Việt Nam will not join any military alliance or side with one country against "
         "another.", V, [], [("defence_security", "military alliance")]),
    ]),
    # 17: a city Party Committee and a CPRF city branch
    ("Nhân Dân", "HANOI", [
        ("Secretary of the Hà Nội Party Committee Trịnh Văn Quang received a delegation of the Moscow "
         "city branch of the CPRF led by its First Secretary Nikolai Zubov on November 6.", N, []),
        ("Quang said ties between the Hà Nội Party Organisation and the Moscow branch have been nurtured "
         "by generations of leaders.", V,
         [("party", "ties between the Hà Nội Party Organisation and the Moscow branch")]),
        ("Zubov said the Moscow branch would send young members to study the CPV's experience in mass "
         "mobilisation work.", R, [("party", "mass mobilisation work")]),
        ("The two sides also discussed youth exchanges and twinning between the two capitals.", J,
         [("people", "youth exchanges"), ("people", "twinning")]),
    ]),
    # 18: a third-party currency
    ("VNS", "HANOI", [
        ("The central banks of Việt Nam and Russia agreed to settle trade in roubles and đồng without "
         "using a third-party currency.", J, [("economy", "trade")]),
    ]),
    # 19: a party congress
    ("VNA", "MOSCOW", [
        ("A delegation of the CPV attended the 23rd Congress of United Russia in Moscow on Sunday.", N,
         []),
        ("The delegation head, Đinh Văn Hùng, said the CPV would continue to strengthen its relationship "
         "with United Russia.", V, [("party", "relationship with United Russia")]),
    ]),
    # 20: the parties to an agreement and the Vietnamese party as the side
    ("VNS", "HANOI", [
        ("Việt Nam and Russia on Friday signed an agreement on the mutual protection of investments in "
         "Hà Nội.", N, [("economy", "investments")]),
        ("Under the agreement, cooperation between the two parties to the deal will last ten years.", N, []),
        ("Information exchanged under it will not be passed to third parties without consent.", N, []),
        ("The Vietnamese party proposed that the two sides also boost cooperation in oil and gas.", V,
         [("oil_gas", "oil and gas")]),
    ]),
    # 21: a party to the Paris Agreement, the parties concerned
    ("VNA", "HANOI", [
        ("As a party to the Paris Agreement, Việt Nam has pledged to reach net-zero emissions by 2050, "
         "Deputy Minister of Agriculture and Environment Lê Văn Khang said.", V,
         [("environment", "net-zero emissions")]),
        ("He called on the parties concerned to mobilise climate finance for developing countries.", V,
         [("environment", "climate finance")]),
    ]),
    # 22: a reception called a party, and party schools as a place of study
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Embassy in Laos hosted a party on September 2 to mark Việt Nam's National Day.",
         N, []),
        ("Many of the Lao guests had studied at Vietnamese party schools, Ambassador Nguyễn Minh Tâm "
         "said.", V, [], [("party", "party schools")]),
        ("The ambassador said the embassy would help the two parties' political academies expand "
         "cooperation in training young officials.", V,
         [("party", "training young officials")], [("party", "political academies")]),
    ]),
]
