"""Probe 33p3: party relations in the wordings of real VNA, Nhân Dân and TASS copy (made up).

Each item: (passage, mentions, sides). ``mentions`` lists (sector, surface) the guidelines require
(data/evaluation/README.md lines 96-260); ``sides`` gives the side of each sentence's speaker
("vietnam", "russia", "joint", "" for the narrator or a side outside the study); an optional fourth
element lists optional (sector, surface) rows, neither right nor wrong. Rows marked "corrected" were
changed after the first run, where the first answer went against the guidelines or the set's majority
(data/evaluation/RULES.md, probe 33p3).
"""

V, R, J, N = "vietnam", "russia", "joint", ""
P = "party"

PROBE = [
    # --- relation nouns with parties by name ---
    ("Politburo member Nguyen Van Hoa said the relations between the CPV and the CPRF have grown steadily.",
     [(P, "relations between the CPV and the CPRF")], [V]),
    ("Deputy Chairman of the United Russia General Council Sergei Andreev noted that cooperation between United Russia and the Communist Party of Viet Nam is an important pillar.",
     [(P, "cooperation between United Russia and the Communist Party of Viet Nam")], [R]),
    ("The two sides agreed to deepen the ties between the Communist Party of Viet Nam and A Just Russia – For Truth.",
     [(P, "ties between the Communist Party of Viet Nam and A Just Russia – For Truth")], [J]),
    ("Tran Thi Mai, head of the CPV Central Committee's Commission for External Relations, hailed the friendship between the CPV and the Communist Party of Cuba.",
     [(P, "friendship between the CPV and the Communist Party of Cuba")], [V]),
    ("He affirmed that the Vietnamese Party always attaches importance to its relations with the Cambodian People's Party.",
     [(P, "relations with the Cambodian People's Party")], [N]),
    ("LDPR Chairman Pavel Sorokin said his party wishes to expand cooperation with the CPV in the coming years.",
     [(P, "cooperation with the CPV")], [R]),
    # --- acronyms and "the two Parties" ---
    ("Vu Quang Minh spoke highly of the outcomes of the cooperation between the two Parties over the past five years.",
     [(P, "cooperation between the two Parties")], [V]),
    ("The Lao People's Revolutionary Party (LPRP) and the CPV have maintained regular exchanges. Bounmy said relations between the LPRP and the CPV are a priceless asset.",
     [(P, "The Lao People's Revolutionary Party (LPRP) and the CPV have maintained regular exchanges"),
      (P, "relations between the LPRP and the CPV")], [N, N]),  # corrected: two parties keeping exchanges (clause)
    ("The two Parties will continue to share experience in Party building and national development, the joint statement said.",
     [(P, "Party building")], [J]),
    ("Both sides agreed to enhance the solidarity between the two Parties and to promote exchanges of delegations at all levels.",
     [(P, "solidarity between the two Parties"), (P, "exchanges of delegations")], [J]),
    # --- party-to-party, inter-party, Party channels ---
    ("The Vietnamese official proposed that the two sides intensify party-to-party exchanges.",
     [(P, "party-to-party exchanges")], [V]),
    ("Andreev said inter-party cooperation remains the political foundation of the Russia-Vietnam relationship.",
     [(P, "inter-party cooperation")], [N]),  # corrected: a surname never introduced has no side
    ("The two sides agreed to make better use of Party channels to boost economic cooperation.",
     [(P, "Party channels"), ("economy", "economic")], [J]),
    ("Hoa suggested that the two sides maintain cooperation through Party channels, State channels and people-to-people diplomacy.",
     [(P, "Party channels"), ("diplomacy", "State channels"), ("people", "people-to-people")], [N]),  # corrected: a surname never introduced has no side
    ("The CPRF leader called for stronger inter-party ties in the face of global turbulence.",
     [(P, "inter-party ties")], [R]),
    # --- exchanges of delegations ---
    ("The two Parties will step up the exchange of high-level delegations, the Vietnamese leader said.",
     [(P, "exchange of high-level delegations")], [V]),
    ("Sorokin said the LDPR and the CPV should exchange delegations more often.",
     [(P, "exchange delegations")], [N]),  # corrected: a surname never introduced has no side
    ("A delegation of the Communist Party of Viet Nam led by Le Thanh Son arrived in Moscow on March 3.",
     [], [N]),
    # --- theory workshops ---
    ("The two Parties held their seventh theory workshop in Ha Noi on Tuesday.",
     [(P, "theory workshop")], [N]),
    ("Delegates to the theoretical seminar between the CPV and the CPC discussed socialism in the new era.",
     [(P, "theoretical seminar between the CPV and the CPC")], [N]),
    ("The Vietnamese side proposed holding regular theoretical exchanges between the two Parties.",
     [(P, "theoretical exchanges between the two Parties")], [V]),
    # --- cadre training ---
    ("Son thanked the Russian side for its help in training Vietnamese cadres.",
     [(P, "training Vietnamese cadres")], [N]),  # corrected: a surname never introduced has no side
    ("The two sides agreed to boost cooperation in cadre training and the exchange of experience in Party work.",
     [(P, "cadre training"), (P, "Party work")], [J]),
    ("United Russia is ready to host short-term courses for Vietnamese Party officials, Andreev said.",
     [(P, "courses for Vietnamese Party officials")], [N]),  # corrected: a surname never introduced has no side
    # --- Party building experience ---
    ("Hoa shared Vietnam's experience in Party building and rectification.",
     [(P, "Party building")], [N]),  # corrected: a surname never introduced has no side
    ("The Russian guest expressed his wish to learn from the CPV's experience in building a clean and strong Party.",
     [(P, "building a clean and strong Party")], [R]),
    # --- agreements and plans ---
    ("The two Parties signed a cooperation plan for the 2026-2030 period.",
     [(P, "cooperation plan")], [N]),
    ("Andreev said the cooperation agreement between United Russia and the CPV had been implemented effectively.",
     [(P, "cooperation agreement between United Russia and the CPV")], [N]),  # corrected: a surname never introduced has no side
    ("They reviewed the implementation of the cooperation agreement between the two Parties.",
     [(P, "cooperation agreement between the two Parties")], [N]),
    # --- party schools ---
    ("The two sides welcomed the cooperation between the Ho Chi Minh National Academy of Politics and the Party School of the CPC Central Committee.",
     [(P, "cooperation between the Ho Chi Minh National Academy of Politics and the Party School of the CPC Central Committee")], [J]),
    ("Hoa suggested that the two party schools expand cooperation in research and training.",
     [(P, "two party schools expand cooperation"), ("science_technology", "research"), ("education", "training")], [N]),  # corrected: a surname never introduced has no side
    # --- local party committees ---
    ("He welcomed the twinning ties between the Party Committee of Ha Noi and the Moscow branch of United Russia.",
     [("people", "twinning ties")], [N]),  # corrected: twinning is localities (set e151 "twinning relationship")
    ("The two sides agreed to encourage ties between local Party organisations.",
     [(P, "ties between local Party organisations")], [J]),
    ("The Thanh Hoa provincial Party Committee and the CPRF regional branch in Ulyanovsk signed a memorandum on cooperation.",
     [(P, "Party Committee and the CPRF regional branch in Ulyanovsk signed a memorandum")], [N]),  # corrected: a memorandum between party bodies (set: e101, e138, e218, e883 required)
    # --- Nhân Dân / VNS style passages ---
    ("Receiving the delegation, Party General Secretary To Lam said the CPV treasures its traditional friendship with the CPRF. He suggested the two Parties step up theoretical exchanges and cadre training.",
     [(P, "friendship with the CPRF"), (P, "theoretical exchanges and cadre training")], [V, V]),  # corrected: one sector joined by "and" is one mention
    ("Zyuganov congratulated the CPV on its achievements. The CPRF chairman said cooperation with the Vietnamese communists would remain a priority.",
     [(P, "cooperation with the Vietnamese communists")], [R, R]),
    ("Andreev briefed his host on United Russia's preparations for the Duma election. He also proposed that the two Parties hold an online seminar on youth work.",
     [("people", "youth")], [N, N], [(P, "online seminar")]),  # corrected: an event on another field is that field's (as "cooperation in energy"); the surname never introduced
    ("The Russian politician said United Russia values its cooperation with the CPV.",
     [(P, "cooperation with the CPV")], [R]),
    # --- TASS style ---
    ("The LDPR and the CPV will sign a memorandum of cooperation, LDPR leader Pavel Sorokin told TASS.",
     [(P, "LDPR and the CPV will sign a memorandum of cooperation")], [R]),  # corrected: a memorandum between two parties named (set majority required)
    ("\"Our party-to-party relations are developing dynamically,\" Andreev told TASS.",
     [(P, "party-to-party relations")], [N]),  # corrected: a surname never introduced has no side
    ("According to the CPRF press service, the sides discussed the development of interparty contacts.",
     [(P, "interparty contacts")], [R]),
    # --- precision: not party mentions ---
    ("The CPV and the CPRF congratulated each other on the anniversary.",
     [], [N]),
    ("The CPRF has won seats in several regional legislatures.",
     [], [N]),
    ("He wished the friendship between the two Parties, States and peoples to grow further.",
     [], [N]),
    ("Hoa hailed the traditional friendship between the two Parties, two States and two peoples of Vietnam and Cuba.",
     [], [N]),  # corrected: a surname never introduced has no side
    ("Son briefed the guests on the CPV's preparations for its 14th National Congress.",
     [], [N]),  # corrected: a surname never introduced has no side
    ("Sorokin informed the Vietnamese side of the LDPR's campaign for the regional elections.",
     [], [N]),  # corrected: a surname never introduced has no side
    ("The international meeting of communist and workers' parties opened in Havana.",
     [], [N], [(P, "meeting of communist and workers' parties")]),  # corrected: optional (guidelines, round 13)
    ("The delegation visited the Ho Chi Minh National Academy of Politics.",
     [], [N], [(P, "Ho Chi Minh National Academy of Politics")]),  # corrected: a party school as a place visited is optional
    ("The CPC delegation paid a courtesy call on the Party School of the Ha Noi Party Committee.",
     [], [N]),
    ("The CPP won a landslide in the commune elections.",
     [], [N]),
    ("The Party Central Committee's Secretariat issued a directive on anti-corruption work.",
     [], [N]),
    ("The CPV delegation laid a wreath at the Tomb of the Unknown Soldier.",
     [], [N]),
    ("United Russia's faction in the State Duma supported the bill.",
     [], [N]),
    ("Hoa said the Party's leadership is the decisive factor of Viet Nam's success.",
     [], [N]),  # corrected: a surname never introduced has no side
    ("The Communist Party of Cuba held its plenum in Havana.",
     [], [N]),
    ("The two sides agreed to raise relations between the two countries to a new height.",
     [], [J]),
    ("LPRP General Secretary Thongloun Sisoulith received the visiting Vietnamese delegation.",
     [], [N]),
    ("The CPV Central Committee's Commission for External Relations hosted a reception in Ha Noi.",
     [], [N]),
    ("Members of the two parties to the dispute met in Geneva.",
     [], [N]),
    ("The Russian side highly valued the CPV's role in the country's renewal.",
     [], [R]),
    ("The Vietnamese leader welcomed the LPRP delegation and wished the LPRP success in its congress.",
     [], [V]),
    ("A Just Russia – For Truth leader Sergei Mironov was re-elected at the party congress.",
     [], [N]),
]
