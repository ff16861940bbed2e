"""Probe 37p10: diplomacy, labour, environment and nuclear cooperation in varied wordings, in VNA, VNS,
Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give:
political trust, multilateral forums, regional and international issues, consular affairs and the
exchange of delegations between states are diplomacy (delegations exchanged between parties are party);
guest workers, labour export, work permits and the social insurance of migrant workers are labour;
vocational skills are education (e44's one row); climate change, carbon credits, the marine environment,
forest fire prevention and biodiversity are environment; nuclear power, nuclear safety, the research
reactor and radioactive waste are nuclear. Sector words inside names of bodies and titles do not count,
nor figures of speech ("a climate of trust", "a labour of love", "a nuclear family"). Where the
guidelines are silent the tuned parts' majority decides: "high-level visits" optional (4 of 4),
"visa exemption" optional (3 of 3), "green transition" optional (4 of 4), "fuel supply" for a reactor
optional (4 of 4), "social insurance" alone optional (1 of 1; with "safe working conditions" required,
2 of 2), a maritime issue named by the East Sea optional (3 of 3). A sentence may carry a fourth item:
optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
D, LA, E, NU = "diplomacy", "labour", "environment", "nuclear"

PASSAGES = [
    # 0: political consultations; political trust, high-level visits, multilateral forums
    ("VNA", "HÀ NỘI", [
        ("Deputy Minister of Foreign Affairs Trịnh Quang Vĩnh and Russian Deputy Foreign Minister "
         "Arkady Zorin co-chaired the 12th political consultation between the two foreign ministries "
         "in Hà Nội on May 6.", N, [(D, "political consultation")]),
        ("Vĩnh said the two sides should further consolidate political trust and maintain the "
         "exchange of delegations at all levels, especially high-level visits.", V,
         [(D, "political trust"), (D, "exchange of delegations")], [(D, "high-level visits")]),
        ("Zorin agreed, adding that Moscow values coordination with Hà Nội at multilateral forums "
         "such as the UN and APEC.", R, [(D, "multilateral forums")]),
        ("The two sides also exchanged views on regional and international issues of mutual concern, "
         "including the situation in the East Sea.", J, [(D, "regional and international issues")],
         [(D, "situation in the East Sea")]),
    ]),
    # 1: consular affairs, visa exemption, citizen protection
    ("VNS", "HÀ NỘI", [
        ("Việt Nam and Laos will step up cooperation in consular affairs and the protection of "
         "citizens, officials said at a meeting in Hà Nội on Tuesday.", N,
         [(D, "consular affairs and the protection of citizens")]),
        ("Director of the Consular Department Hoàng Minh Châu said the ministry had helped more than "
         "200 Vietnamese citizens in difficulty in Laos last year.", V, [],
         [(D, "helped more than 200 Vietnamese citizens")]),
        ("Lao Deputy Foreign Minister Sounthone Keoviset said the visa exemption for ordinary passport "
         "holders had made travel between the two countries much easier.", L, [],
         [("tourism_sports", "visa exemption"), ("people", "travel")]),
    ]),
    # 2: a climate of trust, figure; political trust inside a sentence of a party leader
    ("Nhân Dân", "VIENTIANE", [
        ("Politburo member Nguyễn Đình Tường paid a working visit to Laos from June 2 to 4 at the "
         "invitation of the Lao People's Revolutionary Party (LPRP).", N, []),
        ("At the talks, Tường said the two Parties should step up the exchange of delegations at all "
         "levels and share experience in Party building.", V,
         [("party", "exchange of delegations"), ("party", "Party building")]),
        ("LPRP Central Committee Secretary Bounma Chanthavong said a climate of trust between the two "
         "Parties had helped both countries overcome many difficulties.", L,
         [("party", "trust between the two Parties")]),
    ]),
    # 3: guest workers, work permits, labour export
    ("TASS", "MOSCOW", [
        ("The number of Vietnamese guest workers in Russia rose by 15% last year to some 18,000, the "
         "Russian Interior Ministry's press service told TASS.", R, [(LA, "Vietnamese guest workers")]),
        ("According to the ministry, most of them received work permits in the construction, textile "
         "and agricultural sectors.", R,
         [(LA, "work permits"), ("economy", "agricultural")], [("economy", "construction")]),
        ("Vietnamese Ambassador Ngô Đức Tuấn told TASS that Hanoi sees labour export to Russia as a "
         "promising area.", V, [(LA, "labour export")]),
        ("\"We want our workers to have social insurance and safe working conditions,\" the diplomat "
         "said.", V, [(LA, "social insurance and safe working conditions")], [(LA, "workers")]),
    ]),
    # 4: vocational skills, migrant workers' social insurance
    ("VNA", "HÀ NỘI", [
        ("Minister of Labour, Invalids and Social Affairs Đào Thị Hằng received Lao Minister of Labour "
         "and Social Welfare Phongsavanh Inthalath on August 19.", N, []),
        ("Hằng proposed that the two ministries cooperate in improving the vocational skills of "
         "workers and ensuring social insurance for migrant workers.", V,
         [("education", "vocational skills"), (LA, "social insurance for migrant workers")],
         [(LA, "workers")]),
        ("The Lao minister thanked Việt Nam for its support in vocational training over the years.", L,
         [("education", "vocational training")]),
        ("She said it was a labour of love for the Lao staff who had studied in Việt Nam.", L, []),
    ]),
    # 5: climate change response, green transition, carbon credits
    ("VNA", "MOSCOW", [
        ("Deputy Minister of Natural Resources and Environment Lê Công Thành met with Russian Deputy "
         "Minister of Natural Resources and Ecology Pavel Strelkov in Moscow on September 11.", N, []),
        ("The two sides discussed cooperation in climate change response, green transition and carbon "
         "credits.", J, [(E, "climate change response, green transition and carbon credits")]),
        ("Thành proposed joint research on marine environment protection and biodiversity in the "
         "Gulf of Tonkin.", V, [(E, "marine environment protection and biodiversity")],
         [("science_technology", "joint research")]),
        ("Strelkov said Russia was ready to share its experience in forest fire prevention.", R,
         [(E, "forest fire prevention")]),
    ]),
    # 6: the Ninh Thuận nuclear power project, nuclear safety, the research reactor
    ("VNS", "HÀ NỘI", [
        ("Russia's State Atomic Energy Corporation Rosatom will help Việt Nam train specialists for "
         "the Ninh Thuận nuclear power project, its Director General Yevgeny Malin said on Wednesday.",
         R, [("education", "train specialists"), (NU, "nuclear power")]),
        ("Malin said nuclear safety would remain the top priority of the project.", R,
         [(NU, "nuclear safety")]),
        ("He added that the new research reactor in Đồng Nai would produce isotopes for radiation "
         "medicine.", R, [(NU, "research reactor"), (NU, "isotopes")],
         [(NU, "radiation"), ("health", "medicine")]),
    ]),
    # 7: nuclear fuel, radioactive waste; a nuclear family
    ("TASS", "MOSCOW", [
        ("Rosatom and Vietnam's Ministry of Science and Technology signed a roadmap on cooperation "
         "in nuclear fuel supply and radioactive waste management.", N,
         [(NU, "nuclear fuel"), (NU, "radioactive waste")]),
        ("Deputy Minister Lý Văn Quân said the roadmap would help Vietnam build a national nuclear "
         "industry.", V, [(NU, "nuclear industry")]),
        ("Quân, who grew up in a nuclear family in Hải Phòng, studied physics in Obninsk in the "
         "1990s.", N, [], [("education", "studied"), ("science_technology", "physics")]),
    ]),
    # 8: names holding the words: titles and bodies
    ("VNA", "HÀ NỘI", [
        ("Director of the Việt Nam Atomic Energy Institute Trần Chí Hùng received a delegation of the "
         "Joint Institute for Nuclear Research (JINR) led by Vice Director Oleg Fomin.", N, []),
        ("Fomin said the JINR wants to expand training for young Vietnamese physicists.", R,
         [("education", "training")], [("science_technology", "physicists")]),
        ("The Department of Climate Change and the Vietnam Environment Administration also attended "
         "the meeting.", N, []),
    ]),
    # 9: environment ministers; "the environment" of business, figure
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Natural Resources and Environment Bounkham Vorachit hosted Vietnamese "
         "Deputy Minister Nguyễn Thị Phương Hoa on October 7.", N, []),
        ("Bounkham said the business environment in Laos was improving, and invited Vietnamese "
         "investors to the country.", L, [("economy", "business environment"), ("economy", "investors")]),
        ("Hoa suggested the two ministries share data on transboundary water resources and "
         "cooperate in climate change adaptation in the Mekong basin.", V,
         [(E, "climate change adaptation"), (E, "water resources")]),
    ]),
    # 10: party delegations vs state delegations
    ("VNA", "HÀ NỘI", [
        ("Head of the Party Central Committee's Commission for External Relations Lê Hoài Trung "
         "received a delegation of the Communist Party of the Russian Federation (CPRF) on April 2.",
         N, []),
        ("Trung said the CPV attached importance to the exchange of party delegations and theoretical "
         "workshops with the CPRF.", V,
         [("party", "exchange of party delegations and theoretical workshops")]),
        ("The Russian guest expressed the hope that the two Parties would boost political trust and "
         "coordinate at international forums of left-wing parties.", R,
         [], [("party", "political trust"), (D, "political trust"),
              ("party", "international forums of left-wing parties")]),
    ]),
    # 11: parliamentary channel, mutual concern
    ("Nhân Dân", "MOSCOW", [
        ("Vice Chairman of the National Assembly Trần Quang Phương held talks with Deputy Chairman of "
         "the Russian State Duma Boris Volin in Moscow on November 14.", N, []),
        ("The two sides agreed to strengthen cooperation via the parliamentary channel and to support "
         "each other at inter-parliamentary forums.", J,
         [(D, "parliamentary channel"), (D, "inter-parliamentary forums")]),
        ("Volin said the Duma would support laws facilitating labour migration and the legal stay of "
         "Vietnamese workers in Russia.", R,
         [(LA, "labour migration"), (LA, "Vietnamese workers")]),
    ]),
    # 12: embassy and citizens, a passage of VNA Moscow
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia held a meeting with representatives of the Vietnamese "
         "community in Moscow on December 20.", N, [], [("people", "Vietnamese community in Moscow")]),
        ("Ambassador Đặng Minh Khôi said the embassy always gives priority to citizen protection and "
         "will soon open a hotline for Vietnamese labourers.", V,
         [(D, "citizen protection"), (LA, "Vietnamese labourers")]),
        ("He asked the community to follow Russian rules on residence and work permits.", V,
         [(LA, "work permits")]),
    ]),
    # 13: APEC as a name; environment in a title and as a field
    ("VNS", "HÀ NỘI", [
        ("Việt Nam will host an APEC workshop on marine debris in Đà Nẵng next month, the Ministry of "
         "Natural Resources and Environment said.", V, [(E, "marine debris")]),
        ("The ministry said member economies would share experience in reducing plastic waste at sea.",
         V, [(E, "plastic waste")]),
    ]),
    # 14: nuclear in TASS words
    ("TASS", "HANOI", [
        ("Russia and Vietnam are ready to resume talks on the construction of a nuclear power plant in "
         "Ninh Thuan province, Russian Ambassador Gennady Bezdetko told TASS.", R,
         [(NU, "nuclear power plant")]),
        ("According to the diplomat, the Vietnamese side has shown interest in small modular "
         "reactors.", R, [(NU, "small modular reactors")]),
        ("He noted that more than 300 Vietnamese students are studying nuclear physics at Russian "
         "universities.", R, [(NU, "nuclear physics"), ("education", "universities")],
         [("education", "students"), ("education", "studying")]),
    ]),
    # 15: labour in the narrator's voice; green growth
    ("VNA", "HÀ NỘI", [
        ("Việt Nam sent nearly 160,000 workers abroad under contracts in 2025, according to the "
         "Department of Overseas Labour.", N, [(LA, "workers abroad under contracts")]),
        ("Japan, the Republic of Korea and Taiwan (China) remained the largest labour markets.", N,
         [(LA, "labour markets")]),
    ]),
    # 16: foreign ministers' phone call; "the host"
    ("VNA", "HÀ NỘI", [
        ("Foreign Minister Bùi Thanh Hải held phone talks with his Lao counterpart Saleumxay "
         "Phomvihane on February 9.", N, []),
        ("The two ministers agreed to maintain regular high-level contacts and to coordinate closely "
         "at ASEAN and the UN.", J, [], [(D, "high-level contacts")]),
        ("Hải suggested that the two foreign ministries work together on consular and citizen "
         "protection work for each other's nationals in third countries.", V,
         [(D, "consular and citizen protection work")]),
        ("The Lao minister noted that the foreign policy of his country always attaches importance "
         "to the special relationship with Việt Nam.", L, [(D, "foreign policy")]),
    ]),
    # 17: Ninh Thuan in a Nhân Dân interview; "In his view"
    ("Nhân Dân", "HÀ NỘI", [
        ("Speaking to Nhân Dân, Director of the Việt Nam Agency for Radiation and Nuclear Safety Võ "
         "Thanh Lâm said the agency had trained 120 inspectors in Russia and Japan.", V,
         [("education", "trained 120 inspectors")]),
        ("In Lâm's view, nuclear power is an important option for Việt Nam's energy security after "
         "2035.", V, [(NU, "nuclear power"), ("energy", "energy security")]),
        ("He said the nuclear family of agencies needs better coordination.", V, []),
    ]),
    # 18: Chinese border provinces; environment in joint wording
    ("VNA", "LẠNG SƠN", [
        ("Secretary of the Lạng Sơn provincial Party Committee Hoàng Văn Nghiệm held talks with Party "
         "Secretary of China's Guangxi Zhuang Autonomous Region Chen Ming on March 18.", N, []),
        ("They agreed to step up forest fire prevention, the protection of border landmarks and the "
         "management of Vietnamese labourers working in Guangxi.", J,
         [(E, "forest fire prevention"), (LA, "Vietnamese labourers")],
         [(D, "protection of border landmarks"), ("defence_security", "protection of border landmarks")]),
        ("Chen said Guangxi is ready to grant more work permits to Vietnamese workers in the border "
         "area.", C, [(LA, "work permits"), (LA, "Vietnamese workers")]),
    ]),
    # 19: TASS from Moscow: climate and labour in one statement
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will set up a working group on climate change, the Russian Ministry of "
         "Economic Development said in a statement on Friday.", R, [(E, "climate change")]),
        ("The group will study a mechanism for mutual recognition of carbon credits, the statement "
         "said.", R, [(E, "carbon credits")]),
        ("The two countries also plan to sign an agreement on temporary labour activity of their "
         "citizens next year, it added.", R, [(LA, "temporary labour activity")]),
    ]),
]
