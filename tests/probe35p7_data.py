"""Probe 35p7: party-to-party wordings and party speakers in VNA, VNS, Nhân Dân and TASS shapes
(invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give
(relational party phrases whole; "the two Parties and States", "special relationship" and a party's
name alone are labels and actors; "party" as a gathering, a side of a contract or a working group is
no political party). A sentence may carry a fourth item: optional rows. Written for the probe, copied
from nothing.
"""

from __future__ import annotations

V, R, L, C, CU, J, N = "vietnam", "russia", "laos", "china", "cuba", "joint", "narrator"

PASSAGES = [
    ("VNA", "HÀ NỘI", [
        ("Secretary of the CPV Central Committee and Head of its Commission for External Relations Lê "
         "Hải Nam received a delegation of the Communist Party of the Russian Federation (CPRF) led by "
         "Deputy Chairman of the CPRF Central Committee Pavel Sergeyev in Hà Nội on April 8.", N, []),
        ("Nam said the CPV treasures its friendship with the CPRF and wants to step up the exchange of "
         "experience in Party building and cadre training.", V,
         [("party", "friendship with the CPRF"),
          ("party", "exchange of experience in Party building and cadre training")]),
        ("Sergeyev briefed the host on the CPRF's recent activities and said the two parties should hold "
         "a theoretical workshop in Moscow next year.", R, [("party", "theoretical workshop")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Head of the Party Central Committee's Commission for External Relations Trần Minh Đức held "
         "talks with Secretary General of the United Russia party's General Council Andrei Belyakov in "
         "Hà Nội on May 14.", N, []),
        ("Đức said the relationship between the CPV and United Russia has grown steadily since the two "
         "parties signed their first cooperation agreement in 2009.", V,
         [("party", "relationship between the CPV and United Russia")],
         [("party", "cooperation agreement")]),
        ("He proposed signing a cooperation agreement between the two parties for the 2025-2030 period "
         "and expanding channels between the two parties.", V,
         [("party", "cooperation agreement between the two parties"),
          ("party", "channels between the two parties")]),
        ("Belyakov said United Russia highly values its ties with the CPV, the ruling party of Việt Nam.",
         R, [("party", "ties with the CPV")]),
        ("The Russian guest also congratulated the CPV on the success of its 14th National Congress.", R,
         [], [("party", "14th National Congress")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Chairman of the CPRF Central Committee Mikhail Varenikov has sent a message of congratulations "
         "to the Communist Party of Vietnam on the 96th anniversary of its founding.", N, []),
        ("The CPRF leader wrote that relations between the CPRF and the CPV rest on shared ideals.", R,
         [("party", "relations between the CPRF and the CPV")]),
        ("\"We value the exchanges of party delegations and the regular theoretical seminars held by our "
         "two parties,\" Varenikov said.", R,
         [("party", "exchanges of party delegations"), ("party", "theoretical seminars")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("A delegation of the CPV Central Committee's Commission for External Relations led by its "
         "Deputy Head Nguyễn Thị Hoa paid a working visit to Laos from June 2 to 5.", N, []),
        ("Meeting the delegation, Head of the LPRP Central Committee's Commission for External Relations "
         "Sonexay Phommachak said the two Parties and States attach great importance to the special "
         "relationship.", L, []),
        ("He spoke highly of Việt Nam's support in cadre training, which has helped the LPRP build a "
         "contingent of capable officials.", L, [("party", "cadre training")]),
        ("Hoa briefed the host on the CPV's ideological work and the Party-building work in the new "
         "period.", V, [("party", "Party-building work")], [("party", "ideological work")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Permanent member of the CPV Central Committee's Secretariat Đỗ Văn Thành received a delegation "
         "of senior officials of the Communist Party of China (CPC) on July 10.", N, []),
        ("Thành said the two Parties should make better use of the party channel to guide ties between "
         "the two countries.", V, [("party", "party channel")]),
        ("Head of the delegation Li Wenhua, Vice President of the CPC Central Party School, said the "
         "school is ready to share its experience in cadre training with Vietnamese partners.", C,
         [("party", "cadre training")], [("party", "Central Party School")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("The embassy of Laos in Hà Nội hosted a party for Lao students to celebrate the Bunpimay "
         "festival.", N, [], [("education", "Lao students"), ("culture", "festival")]),
        ("Russian companies are a party to the contract for the construction of the power plant.", N,
         [("energy", "power plant")]),
        ("A working party of experts from the two ministries will draft a roadmap for cooperation in "
         "renewable energy.", N, [("energy", "renewable energy")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Both parties agreed to extend the gas supply contract until 2030, Gazprom's press service "
         "said.", R, [("oil_gas", "gas supply")]),
        ("Russia is not a party to the conflict, Kremlin spokesman Anton Lebedev told reporters.", R, []),
    ]),
    ("VNA", "HAVANA", [
        ("The delegation laid flowers at the headquarters of the Communist Party of Cuba in Havana.", N, []),
        ("Member of the Politburo and Secretary of the Communist Party of Cuba (PCC) Central Committee "
         "Ramón Cabrera Díaz received a CPV delegation led by Secretary of the CPV Central Committee "
         "Phạm Quang Vinh on September 20.", N, []),
        ("Cabrera said the PCC values the exchange of theoretical experience with the CPV, especially "
         "on building socialism.", CU, [("party", "exchange of theoretical experience")],
         [("party", "building socialism")]),
        ("Vinh affirmed that the CPV always stands by the PCC and the Cuban people and proposed that "
         "the two Parties hold more seminars on theory.", V, [("party", "seminars on theory")]),
    ]),
    ("TASS", "MOSCOW", [
        ("United Russia deputy Sergei Krylov, who chairs the State Duma committee on energy, said Russia "
         "is ready to supply more LNG to Vietnam.", R, [("oil_gas", "LNG")]),
        ("The Communist Party of Vietnam Online Newspaper reported that the two countries discussed "
         "tourism.", V, [("tourism_sports", "tourism")]),
    ]),
    ("TASS", "MOSCOW", [
        ("LDPR leader Igor Tarasenko met Vietnamese Ambassador Đặng Văn Hòa at the party's headquarters "
         "on Monday.", N, []),
        ("Tarasenko said the LDPR wants to set up contacts with the Communist Party of Vietnam and to "
         "send a party delegation to Hanoi this year.", R,
         [("party", "contacts with the Communist Party of Vietnam")]),
        ("The ambassador said Vietnam welcomes ties with all Russian political parties.", V,
         [("party", "ties with all Russian political parties")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Chairman of the A Just Russia – For Truth party Anatoly Voronin received Vietnamese Ambassador "
         "Đặng Văn Hòa in Moscow.", N, []),
        ("Voronin said his party hopes to learn from the CPV's experience in ideological work and in "
         "the fight against corruption.", R, [],
         [("party", "ideological work"), ("party", "fight against corruption")]),
        ("The Russian politician added that A Just Russia supports more cooperation in education and "
         "culture between the two countries.", R,
         [("education", "education"), ("culture", "culture")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Secretary of the CPV Central Committee and Chairman of the Central Theoretical Council Nguyễn "
         "Văn Kiên met with Chairman of the CPRF Central Committee Mikhail Varenikov in Moscow on "
         "October 3.", N, []),
        ("Kiên briefed the host on the preparations for the CPV's 14th National Congress.", V, [],
         [("party", "14th National Congress")]),
        ("The CPRF leader said his party follows Việt Nam's renewal process closely and values the two "
         "parties' theoretical exchanges.", R, [("party", "two parties' theoretical exchanges")]),
        ("Both sides agreed to co-organise a theoretical conference in 2026.", J,
         [("party", "theoretical conference")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("General Secretary of the LPRP Central Committee and President of Laos Thongphanh Sisomphone "
         "sent a message of congratulations to the CPV Central Committee.", N, []),
        ("In the message, the Lao leader said the great friendship, special solidarity and comprehensive "
         "cooperation between the two Parties, two States and two peoples are an invaluable asset.", L,
         [], [("party", "cooperation between the two Parties")]),
    ]),
    ("VNA", "BEIJING", [
        ("Head of the International Department of the CPC Central Committee Wang Jianguo received Deputy "
         "Head of the CPV Central Committee's Commission for External Relations Lê Thu Hà in Beijing on "
         "November 5.", N, []),
        ("Wang said the CPC is ready to work with the CPV to deepen exchanges between the two Parties in "
         "areas such as Party building and state governance.", C,
         [("party", "exchanges between the two Parties"), ("party", "Party building")],
         [("party", "state governance")]),
        ("Hà said the Commission will coordinate closely with the International Department to carry out "
         "the agreements reached by the two Parties' top leaders.", V, [],
         [("party", "agreements reached by the two Parties' top leaders")]),
    ]),
    ("TASS", "MOSCOW", [
        ("United Russia and the Communist Party of Vietnam will sign a new cooperation agreement during "
         "the visit, Secretary General of the United Russia party's General Council Andrei Belyakov told "
         "TASS.", R, [("party", "cooperation agreement")]),
        ("According to him, the document provides for regular exchanges of delegations, joint "
         "theoretical seminars and the training of party activists.", R,
         [("party", "exchanges of delegations"), ("party", "theoretical seminars"),
          ("party", "training of party activists")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("The ministry said third-party inspectors would check the quality of coffee exports.", N, [],
         [("economy", "exports")]),
        ("Secretary of the Hà Nội Party Committee Nguyễn Đức Long received a delegation of the Moscow "
         "city branch of the CPRF on December 2.", N, []),
        ("Long said the Hà Nội Party Organisation wants to exchange experience in Party building with "
         "the CPRF's Moscow branch and to promote cooperation between the two capitals in tourism and "
         "culture.", V, [("party", "exchange experience in Party building"),
                         ("tourism_sports", "tourism"), ("culture", "culture")]),
        ("First Secretary of the Moscow City Committee of the CPRF Oleg Denisov said the branch wants to "
         "send young members to study at Vietnamese party schools.", R, [],
         [("party", "party schools")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Politburo member Trương Quang Minh said the two Parties' relationship is the political "
         "foundation of the Việt Nam–Laos ties.", V, [("party", "two Parties' relationship")]),
        ("The Party leader also called for closer coordination in training young cadres.", V,
         [("party", "training young cadres")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnam's ruling party has elected a new Politburo at its congress, the party's press service "
         "said.", V, []),
        ("The Kremlin's party of power, United Russia, won 280 seats in the State Duma.", N, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Head of the Party Central Committee's Commission for Information and Education Vũ Thị "
         "Mai received a delegation of the LPRP Central Committee's Propaganda and Training Board on "
         "March 21.", N, []),
        ("Mai said the two boards should share experience in the Party's information work and in "
         "training propaganda officials.", V,
         [("party", "training propaganda officials")], [("party", "Party's information work")]),
        ("The Lao guests expressed their thanks for the training courses for LPRP officials organised by "
         "the Vietnamese side.", L, [("party", "training courses for LPRP officials")]),
    ]),
    ("VNA", "HỒ CHÍ MINH CITY", [
        ("Secretary of the city Party Committee Ngô Thanh Phong hosted a reception for a delegation of "
         "the Communist Party of China's Guangdong Provincial Committee on May 5.", N, []),
        ("Phong said the city wants to boost inter-party exchanges with Guangdong as well as trade and "
         "investment.", V, [("party", "inter-party exchanges"), ("economy", "trade and investment")]),
        ("The Chinese guest said Guangdong will encourage its firms to invest in the city's high-tech "
         "parks.", C, [("economy", "invest")], [("science_technology", "high-tech parks")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Vietnamese delegation attended a reception at the CPRF Central Committee, the party's "
         "website said.", R, []),
        ("CPRF Central Committee Secretary Dmitry Nekrasov said the party will hold a round table on "
         "the experience of socialist construction in Vietnam, China and Cuba.", R,
         [("party", "round table on the experience of socialist construction")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("The CPV and the LPRP have agreed to increase the number of Lao cadres trained at Vietnamese "
         "political academies, said Deputy Head of the Party Central Committee's Organisation Commission "
         "Lý Văn Sơn.", V, [("party", "Lao cadres trained")], [("party", "political academies")]),
        ("Sơn said the two Parties' organisation commissions will also exchange experience in personnel "
         "work.", V, [("party", "exchange experience in personnel work")]),
        ("At a party held after the talks, the two delegations sang Vietnamese and Lao folk songs.", N,
         [], [("culture", "folk songs")]),
    ]),
    ("VNA", "MOSCOW", [
        ("A delegation of the CPV Central Committee's Commission for External Relations led by Deputy "
         "Head Phan Anh Tú held working sessions with the LDPR and A Just Russia – For Truth in Moscow "
         "from August 11 to 15.", N, []),
        ("At the meetings, the Russian party leaders said they wish to build ties with the CPV.", R,
         [("party", "ties with the CPV")]),
        ("Tú said the CPV is ready to expand relations with Russian parties that support the Việt "
         "Nam–Russia comprehensive strategic partnership.", V,
         [("party", "relations with Russian parties")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Communist Party of the Russian Federation will send a delegation to the 14th Congress of "
         "the Communist Party of Vietnam, CPRF leader Mikhail Varenikov told TASS on Tuesday.", R, [],
         [("party", "14th Congress")]),
        ("\"Our parties have a long tradition of exchanging experience in party building,\" he said.", R,
         [("party", "exchanging experience in party building")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The Hồ Chí Minh National Academy of Politics and the Higher Party School of the Lao People's "
         "Revolutionary Party signed an agreement on cooperation between the two party schools for "
         "2026-2030.", N, [("party", "cooperation between the two party schools")],
         [("party", "Hồ Chí Minh National Academy of Politics"), ("party", "Higher Party School")]),
        ("Director of the academy Hoàng Văn Lợi said the academy has trained more than 3,000 Lao "
         "officials since 1990.", V, [("party", "trained more than 3,000 Lao officials")]),
        ("Lợi added that the academy will send lecturers to teach political theory at the Lao school.", V,
         [("party", "teach political theory")], [("education", "lecturers")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("On the occasion of the 30th anniversary of the CPRF's re-establishment, the CPV Central "
         "Committee sent a message of congratulations to the CPRF Central Committee.", N, []),
        ("The message said the CPV highly values the CPRF's solidarity with the Vietnamese people.", V, []),
        ("It expressed the hope that the friendship between the two Parties will grow ever stronger.", V,
         [("party", "friendship between the two Parties")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Party General Secretary Thongphanh Sisomphone received Vietnamese Politburo member Nguyễn "
         "Thành Công in Vientiane on Tuesday.", N, []),
        ("The Party leader thanked Việt Nam for helping Laos train cadres for its ministries.", L,
         [("party", "train cadres")]),
        ("Công said the CPV always attaches importance to the special solidarity with the LPRP.", V, [],
         [("party", "solidarity with the LPRP")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Deputy Secretary of the United Russia General Council's Presidium Yelena Markova said the "
         "party's school will host a group of Vietnamese party officials next spring.", R, [],
         [("party", "party's school")]),
        ("The party is interested in the Vietnamese experience of fighting corruption, she said.", R, [],
         [("party", "fighting corruption")]),
    ]),
    ("VNS", "QUẢNG NGÃI", [
        ("A search party found the missing fishermen off Quảng Ngãi on Sunday.", N, []),
        ("The two parties to the loan agreement, Vietcombank and VTB, will finance a solar power project "
         "in Ninh Thuận.", N, [("energy", "solar power")], [("economy", "finance")]),
        ("Vietnamese students in St. Petersburg held a graduation party at the consulate.", N, [],
         [("education", "Vietnamese students")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Delegations of the CPV Central Committee's Commission for External Relations and the "
         "International Cooperation Commission of United Russia's General Council met in Hà Nội on "
         "Thursday.", N, []),
        ("\"Our two commissions should exchange delegations regularly and share experience in "
         "ideological work,\" said Secretary General of the United Russia party's General Council "
         "Andrei Belyakov.", R, [("party", "exchange delegations")], [("party", "ideological work")]),
        ("Deputy Head of the commission Lê Thu Hà said the sides had also agreed on cadre training "
         "courses for young United Russia members.", V, [("party", "cadre training")]),
    ]),
    ("TASS", "MOSCOW", [
        ("A Just Russia – For Truth leader Anatoly Voronin told TASS his party had invited Vietnamese "
         "communists to an international forum of left-wing parties in Moscow.", R, [],
         [("party", "international forum of left-wing parties")]),
        ("The forum will discuss the fight against neocolonialism and the role of ruling parties in "
         "economic development, Voronin said.", R, [("economy", "economic development")],
         [("party", "role of ruling parties")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The CPRF leader arrived in Hà Nội on Sunday for a four-day visit at the invitation of the CPV "
         "Central Committee.", N, []),
        ("Head of the Party Central Committee's Commission for External Relations Trần Minh Đức "
         "welcomed him at Nội Bài airport.", N, []),
        ("At their talks on Monday, Đức said the CPV wants to boost cooperation between the two parties "
         "in training cadres and exchanging theoretical research.", V,
         [("party", "cooperation between the two parties"), ("party", "training cadres"),
          ("party", "exchanging theoretical research")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Vietnam is a party to the Paris Agreement on climate change, Deputy Minister of Natural "
         "Resources and Environment Lê Công Thành said.", V, [("environment", "climate change")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Secretary General of the United Russia party's General Council Andrei Belyakov said the party "
         "values its ties with the CPV.", R, [("party", "ties with the CPV")]),
        ("He added that United Russia's party school would hold short courses for Vietnamese party "
         "officials.", R, [("party", "short courses for Vietnamese party officials")],
         [("party", "party school")]),
    ]),
]
