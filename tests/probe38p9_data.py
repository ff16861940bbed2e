"""Probe 38p9: diplomacy, and diplomacy versus party and people, in VNA, VNS, Nhân Dân and TASS shapes
(invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` with
optional rows as a fourth item. Sectors by ``data/evaluation/README.md``; where it is silent, by the
tuned parts' majority in /tmp/evalset: "high-level" contacts 21 optional to 8 required (optional here),
"strategic dialogue" 5 optional to 1 (optional), "consular" 7 required to 2 (required), "situation" 9
required to 7 optional as diplomacy (required), "visits" mixed (optional), "localities" 107 required
to 43 as people (required). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Deputy Prime Minister and Foreign Minister Bui Thanh Khiem held talks with Russian Foreign "
         "Minister Pavel Lebedev in Hanoi on April 9.", N, []),
        ("Khiem said political trust between Vietnam and Russia has been constantly consolidated through "
         "high-level contacts and exchanges of visits at all levels.", V,
         [("diplomacy", "political trust")],
         [("diplomacy", "high-level contacts"), ("diplomacy", "exchanges of visits at all levels")]),
        ("He proposed that the two sides maintain regular consultations between the foreign ministries "
         "and strengthen coordination and mutual support at multilateral forums.", V,
         [("diplomacy", "consultations between the foreign ministries"),
          ("diplomacy", "multilateral forums")]),
        ("Lebedev agreed, adding that Moscow values its Comprehensive Strategic Partnership with Hanoi.",
         R, []),
        ("The two ministers also exchanged views on international and regional issues of mutual concern.",
         J, [("diplomacy", "international and regional issues")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will hold a strategic dialogue at the level of deputy foreign ministers in "
         "Moscow next week, the Russian Foreign Ministry said on Tuesday.", R, [],
         [("diplomacy", "strategic dialogue")]),
        ("\"The parties will discuss the international and regional situation and preparations for "
         "contacts at the highest level,\" the ministry said in a statement.", R,
         [("diplomacy", "international and regional situation")],
         [("diplomacy", "contacts at the highest level")]),
        ("According to the statement, consular cooperation and the protection of citizens will also be "
         "on the agenda.", R,
         [("diplomacy", "consular cooperation"), ("diplomacy", "protection of citizens")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("National Assembly Vice Chairwoman Nguyen Thi Hoa on Wednesday received a delegation of the "
         "Lao National Assembly led by Vice President Bounmy Phommachanh.", N, []),
        ("Hoa said parliamentary cooperation is an important pillar of the special relationship.", V,
         [("diplomacy", "parliamentary cooperation")]),
        ("She suggested the two legislatures share experience in law-making and in supervising the "
         "implementation of agreements signed between the two governments.", V, [],
         [("diplomacy", "law-making")]),
        ("Bounmy thanked Việt Nam for its support and pledged to promote ties through the channels of the "
         "State, the Party, the National Assembly and people-to-people exchanges.", L,
         [("people", "people-to-people exchanges")],
         [("diplomacy", "channels of the State"), ("party", "the Party"),
          ("diplomacy", "the National Assembly")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Head of the Party Central Committee's Commission for External Relations Tran Duc Luan received "
         "a delegation of the Communist Party of the Russian Federation (CPRF) on May 12.", N, []),
        ("Luan proposed that the two parties increase exchanges of delegations at all levels and share "
         "experience in Party building.", V,
         [("party", "exchanges of delegations"), ("party", "Party building")]),
        ("He also suggested cooperation between the Ho Chi Minh National Academy of Politics and the "
         "CPRF's party school in training cadres.", V,
         [("party", "cooperation between the Ho Chi Minh National Academy of Politics and the CPRF's "
           "party school"), ("party", "training cadres")]),
        ("The Russian guest said the CPRF attaches importance to its relations with the CPV.", R,
         [("party", "relations with the CPV")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese Ambassador to Laos Le Van Phuc on June 2 attended a ceremony marking the 75th "
         "anniversary of diplomatic relations between the two countries.", N, [],
         [("diplomacy", "anniversary of diplomatic relations")]),
        ("Speaking at the event, Phuc said the two countries' high-level contacts and consultations "
         "between their foreign ministries have become more regular.", V,
         [("diplomacy", "consultations between their foreign ministries")],
         [("diplomacy", "high-level contacts")]),
        ("He said the embassy will work with Lao authorities on citizen protection and consular "
         "affairs.", V, [("diplomacy", "citizen protection and consular affairs")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("President of the Vietnam-Russia Friendship Association Dao Minh Chau received a delegation of "
         "the Russia-Vietnam Friendship Society on July 5.", N, []),
        ("Chau said the association will promote exchanges between young people and between localities "
         "of the two countries.", V,
         [("people", "young people"), ("people", "localities")]),
        ("The Russian guests proposed more cultural exchanges and visits by friendship groups.", R,
         [("culture", "cultural")], [("people", "visits by friendship groups")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Secretary of the Quang Ninh provincial Party Committee Vu Duc Tam received Governor of Russia's "
         "Tomsk region Viktor Ilyin on August 14.", N, []),
        ("Tam said the province wants to step up exchanges of delegations with Tomsk and cooperation in "
         "tourism and education.", V,
         [("tourism_sports", "tourism"), ("education", "education")],
         [("diplomacy", "exchanges of delegations"), ("people", "exchanges of delegations")]),
        ("Ilyin said cooperation between localities is an important part of bilateral ties.", R,
         [("people", "cooperation between localities")]),
    ]),
    ("TASS", "HANOI", [
        ("Russian Ambassador to Vietnam Sergei Krylov met with Vietnamese Deputy Foreign Minister Pham "
         "Quang Vu on Thursday, the Russian embassy said.", R, []),
        ("\"The sides discussed the schedule of upcoming high-level contacts and interaction within "
         "the UN and ASEAN-led mechanisms,\" the embassy said on its Telegram channel.", R, [],
         [("diplomacy", "high-level contacts"), ("diplomacy", "interaction within the UN"),
          ("diplomacy", "ASEAN-led mechanisms")]),
        ("Vu said Vietnam is ready to coordinate closely with Russia at international forums.", V,
         [("diplomacy", "international forums")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Deputy Chairman of the State Duma Andrei Sokolov hosted Vietnamese National Assembly Chairman "
         "Hoang Van Nghia in Moscow.", N, []),
        ("Nghia suggested the two legislatures enhance inter-parliamentary cooperation and "
         "coordination at the Inter-Parliamentary Union and the Asian Parliamentary Assembly.", V,
         [("diplomacy", "inter-parliamentary cooperation")]),
        ("Sokolov said parliamentary diplomacy helps strengthen political trust.", R,
         [("diplomacy", "parliamentary diplomacy"), ("diplomacy", "political trust")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Việt Nam and China held the 12th round of their strategic dialogue at the deputy ministerial "
         "level in Hà Nội on Monday.", N, [], [("diplomacy", "strategic dialogue")]),
        ("Deputy Foreign Minister Ngo Thanh Son said the two sides should well implement the common "
         "perceptions reached by their top leaders.", V, []),
        ("Chinese Vice Foreign Minister Zhou Lin said China is willing to boost political trust and "
         "properly handle maritime issues.", C,
         [("diplomacy", "political trust"), ("defence_security", "maritime issues")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("A delegation of the Lao People's Revolutionary Party (LPRP) Central Committee's Commission for "
         "Propaganda and Training, led by its head Souksavanh Inthavong, visited Hà Nội from September 3 "
         "to 6.", N, []),
        ("During talks with the CPV Central Committee's Commission for Information and Education, the two "
         "sides agreed to enhance cooperation between the two commissions.", J,
         [("party", "cooperation between the two commissions")]),
        ("Souksavanh said the LPRP highly values exchanges of experience in ideological work.", L,
         [("party", "exchanges of experience")], [("party", "ideological work")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Foreign Minister Bui Thanh Khiem and visiting Lao Foreign Minister Thongphet Sayavong co-chaired "
         "the annual political consultation between the two foreign ministries on October 8.", N,
         [("diplomacy", "political consultation")]),
        ("The two ministers agreed to maintain high-level visits and strengthen coordination at regional "
         "and international forums, especially ASEAN and the UN.", J,
         [("diplomacy", "regional and international forums")],
         [("diplomacy", "high-level visits")]),
        ("Khiem asked Laos to continue facilitating the stay of Vietnamese citizens in Laos.", V,
         [("diplomacy", "stay of Vietnamese citizens")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("The Primorye region and Vietnam's Khanh Hoa province signed an agreement on cooperation, the "
         "regional government said on Friday.", R, []),
        ("\"The document provides for cooperation in tourism, education and culture, as well as youth "
         "exchanges,\" Governor Igor Morozov was quoted as saying.", R,
         [("tourism_sports", "tourism"), ("education", "education"), ("culture", "culture"),
          ("people", "youth exchanges")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Permanent member of the CPV Central Committee's Secretariat Truong Quoc Binh received a "
         "delegation of the Communist Party of China led by Liu Wei on November 4.", N, []),
        ("Binh said the two Parties should maintain high-level contacts and exchanges of delegations at "
         "all levels, and promote the role of the Party channel in orienting bilateral relations.", V,
         [("party", "exchanges of delegations"), ("party", "the Party channel")],
         [("party", "high-level contacts")]),
        ("Liu said the CPC is ready to strengthen theoretical exchanges with the CPV.", C,
         [("party", "theoretical exchanges")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("The Vietnam Union of Friendship Organisations (VUFO) and the Russian Centre for International "
         "Cooperation held a meeting in Hà Nội on Tuesday.", N, []),
        ("VUFO Vice President Le Thi Thu said people-to-people diplomacy complements the diplomacy of "
         "the Party and the State.", V,
         [("people", "people-to-people diplomacy")], [("diplomacy", "diplomacy of")]),
        ("She said the union will expand exchanges between the two peoples, especially young people.", V,
         [("people", "exchanges between the two peoples"), ("people", "young people")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Russian Deputy Foreign Minister Andrei Rudin received Vietnamese Ambassador Dang Minh Khoi on "
         "December 1.", N, []),
        ("The two sides reviewed preparations for the 75th anniversary of diplomatic relations and "
         "discussed regular consultations between the foreign ministries.", J,
         [("diplomacy", "consultations between the foreign ministries")],
         [("diplomacy", "anniversary of diplomatic relations")]),
        ("Khoi thanked the Russian side for its help with consular matters concerning Vietnamese "
         "nationals.", V, [("diplomacy", "consular matters")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Moscow and Hanoi share similar positions on most international issues, Russian Foreign "
         "Ministry spokeswoman Anna Zakharova said at a briefing on Wednesday.", R,
         [("diplomacy", "international issues")]),
        ("\"We appreciate our coordination at the United Nations and other multilateral platforms,\" she "
         "said.", R, [("diplomacy", "multilateral platforms")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Chairwoman of the Party Central Committee's Commission for Mass Mobilisation Ha Thi Lien "
         "received a delegation of the Lao Front for National Construction on January 15.", N, []),
        ("Lien said the two organisations should step up exchanges of experience in mass mobilisation "
         "work and strengthen ties between border localities.", V,
         [("party", "mass mobilisation work"), ("people", "border localities")],
         [("party", "exchanges of experience")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("President Vo Minh Tuan and Lao President Thongloun Sisavath held talks on February 20.", N, []),
        ("The two leaders agreed to strengthen political trust and maintain regular high-level meetings "
         "through the channels of the Party, State, National Assembly and people-to-people exchange.", J,
         [("diplomacy", "political trust"), ("people", "people-to-people exchange")],
         [("diplomacy", "high-level meetings"), ("diplomacy", "channels of the Party"),
          ("party", "channels of the Party")]),
        ("Tuan thanked Laos for supporting Việt Nam's candidacy for the UN Human Rights Council.", V,
         [], [("diplomacy", "candidacy")]),
    ]),
    ("VNA", "HANOI", [
        ("Foreign Minister Bui Thanh Khiem on March 2 held phone talks with his Cambodian counterpart "
         "Sok Vanna.", N, []),
        ("Khiem proposed that the two ministries maintain regular consultations and coordinate closely "
         "at ASEAN and other multilateral forums.", V,
         [("diplomacy", "consultations"), ("diplomacy", "multilateral forums")]),
        ("Sok Vanna said Cambodia will continue to facilitate the legal status of people of Vietnamese "
         "origin in Cambodia.", "cambodia", [], [("diplomacy", "legal status")]),
    ]),
]
