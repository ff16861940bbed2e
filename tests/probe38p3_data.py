"""Probe 38p3: sector words in lower-case titles, role phrases, offices and modifiers, in VNA, VNS,
Nhân Dân and TASS shapes (invented people and events).

A sector word that is part of a lower-case title or office ("the Russian energy minister", "the
defence attaché", "trade counsellor"), of a body named by its remit ("health officials", "the tourism
authority of the province", "transport police", "trade union leaders") or of a modifier that names no
field ("educational background", "nuclear family", "oil prices fell"), next to close sentences where
the same word is the field ("energy cooperation", "trade rose 20 percent", "military-technical
cooperation", "tourism recovered").

Decided by the guidelines (``data/evaluation/README.md``: sector words inside a person's title do not
count; background and domestic matters do not count) and, where they are silent, by the tuned parts
(counted over /tmp/evalset-probe38p3, RULES.md "Probe 38p3"): a lower-case minister (0 of 7 marked),
attaché or counsellor (0 of 5 marked) is no mention; "the two X ministries" (0 required, 7 optional,
11 unmarked), "X authorities/officials" (2 optional), "oil prices" (1 optional, 1 unmarked), "trade
unions" (1 required, 2 optional, 1 unmarked), "cultural identity" (1 optional), "X crisis" (1
required, 1 optional, 1 unmarked), "oil company" (8 optional) are optional; "security situation" (2
of 2 required) and "energy efficiency" (2 of 2 required) count.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence and ``mentions`` the ``(sector, surface)`` rows the
guidelines give. A sentence may carry a fourth item: optional rows. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0 the Russian energy minister / energy cooperation
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Ho Quang Minh received visiting Russian Deputy Energy Minister Grigory "
         "Belkin in Hanoi on May 14.", N, []),
        ("Minh said energy cooperation between the two ministries has yielded practical results, "
         "especially in power generation.", V, [("energy", "energy"), ("energy", "power generation")]),
        ("Belkin said the Russian energy minister would visit Vietnam in the autumn to review the "
         "projects.", R, []),
    ]),
    # 1 the education minister said / scholarships
    ("VNS", "HANOI", [
        ("Vietnam's education minister Pham Thanh Duc said on Tuesday that the number of Russian "
         "government scholarships for Vietnamese students would rise to 1,100 this year.", V,
         [("education", "scholarships")], [("education", "students")]),
        ("Duc, a former physics lecturer with an engineering background, took office in 2024.", N, [],
         [("education", "lecturer")]),
        ("The education minister also said more Russian universities would open branches in Vietnam.", V,
         [], [("education", "universities")]),
    ]),
    # 2 the culture ministry / films and music
    ("TASS", "MOSCOW", [
        ("The Russian culture ministry will hold a festival of Vietnamese films and music in five cities "
         "in September, the ministry's press service told TASS.", R, [("culture", "films and music")],
         [("culture", "culture ministry"), ("culture", "festival")]),
        ("The festival will open in Kazan on September 3, the culture ministry said.", R, [],
         [("culture", "culture ministry"), ("culture", "festival")]),
    ]),
    # 3 health officials / cooperation in medicine
    ("VNA", "VIENTIANE", [
        ("Lao health officials welcomed a team of Vietnamese doctors at Mahosot Hospital on Monday.", N,
         [], [("health", "health officials"), ("health", "doctors")]),
        ("Team leader Dr Vu Minh Tam said the two countries would expand cooperation in medicine and "
         "heart surgery.", V, [("health", "medicine and heart surgery")]),
        ("The Lao health minister thanked the team and asked Vietnam to help train more nurses.", L,
         [("education", "train more nurses")], [("health", "train more nurses")]),
    ]),
    # 4 the defence attaché / military-technical cooperation
    ("VNA", "HANOI", [
        ("The Russian defence attaché in Hanoi, Colonel Viktor Lobanov, laid a wreath at the Ho Chi Minh "
         "Mausoleum on Friday.", N, []),
        ("Lobanov said the two defence ministries will expand military-technical cooperation.", R,
         [("defence_security", "military-technical")], [("defence_security", "defence ministries")]),
        ("The attaché added that a Russian naval training ship would call at Cam Ranh next year.", R,
         [], [("defence_security", "naval")]),
    ]),
    # 5 trade counsellor / trade rose 20 percent
    ("TASS", "HANOI", [
        ("Trade between Russia and Vietnam rose 20 percent year-on-year in the first half, Russian trade "
         "counsellor in Vietnam Alexei Morozov told TASS.", R, [("economy", "Trade")]),
        ("The counsellor said Russian exporters of grain and fertilisers were keen to expand their "
         "presence in the Vietnamese market.", R, [],
         [("economy", "exporters"), ("economy", "market")]),
        ("Morozov, who served as a trade counsellor in Laos before, said the two governments should "
         "settle more payments in national currencies.", R,
         [("economy", "payments in national currencies")]),
    ]),
    # 6 the tourism authority of the province / tourism recovered
    ("VNA", "NHA TRANG", [
        ("The tourism authority of Khanh Hoa province said the number of Russian holidaymakers reached "
         "120,000 in the first quarter.", V, [("tourism_sports", "holidaymakers")],
         [("tourism_sports", "tourism authority")]),
        ("Tourism recovered strongly after direct flights from Novosibirsk and Irkutsk resumed in "
         "December, it added.", V, [("tourism_sports", "Tourism"), ("transport", "direct flights")]),
    ]),
    # 7 oil prices fell / drilling
    ("TASS", "MOSCOW", [
        ("Oil prices fell on Thursday after reports of higher output in the Gulf.", N, [],
         [("oil_gas", "Oil prices")]),
        ("Zarubezhneft's head of Asian projects, Dmitry Kovalenko, said the company would keep "
         "drilling for oil off Vietnam's coast regardless of oil prices.", R,
         [("oil_gas", "drilling for oil")], [("oil_gas", "oil prices")]),
    ]),
    # 8 trade union leaders / vocational training
    ("VNA", "HANOI", [
        ("Trade union leaders of Vietnam and Laos met in Hanoi on March 8.", N, [],
         [("labour", "Trade union"), ("people", "Trade union")]),
        ("Vice President of the Vietnam General Confederation of Labour Ngo Duy Hieu said the two "
         "organisations would share experience in vocational training for union members.", V,
         [("education", "vocational training")]),
    ]),
    # 9 energy-efficient buildings
    ("VNS", "HANOI", [
        ("Russian and Vietnamese scientists will jointly design energy-efficient buildings for the "
         "tropical climate, project leader Professor Ivan Zhukov said.", R,
         [("energy", "energy-efficient")]),
        ("The new embassy building in Hanoi, which is energy-efficient, was completed in 2023.", N, [],
         [("energy", "energy-efficient")]),
    ]),
    # 10 an economic crisis (history) / economic cooperation
    ("TASS", "HANOI", [
        ("Russian Ambassador to Vietnam Yuri Kozlov said the economic crisis of the 1990s had "
         "interrupted many joint projects.", R, [], [("economy", "economic crisis")]),
        ("He said economic cooperation had since recovered and bilateral trade reached 5 billion USD "
         "last year.", R, [("economy", "economic"), ("economy", "trade")]),
    ]),
    # 11 the security situation in the region
    ("VNA", "VIENTIANE", [
        ("Vietnamese Minister of Public Security General Luong Van Khoi held talks with Lao Minister "
         "of Public Security Khamsing Sivongsa in Vientiane on June 2.", N, []),
        ("The two ministers exchanged views on the security situation in the region and agreed to step "
         "up information sharing.", J, [("defence_security", "security")]),
        ("Khoi said the security situation along the shared border remained stable.", V,
         [("defence_security", "security")]),
        ("Khamsing proposed that the two ministries cooperate more closely against drug trafficking.",
         L, [("defence_security", "drug trafficking")]),
    ]),
    # 12 cultural identity / language classes
    ("Nhân Dân", "MOSCOW", [
        ("Ambassador Dang Minh Khoi urged Vietnamese families in Moscow to help their children preserve "
         "their cultural identity.", V, [], [("culture", "cultural identity")]),
        ("He said the embassy would work with Russian partners to open more Vietnamese language classes "
         "for children in Moscow.", V, [("education", "language classes")],
         [("culture", "Vietnamese language")]),
    ]),
    # 13 transport police / transport cooperation
    ("TASS", "MOSCOW", [
        ("Russian transport police said on Sunday they had detained two men suspected of theft.", R, []),
        ("Vietnam and Russia agreed last year to expand transport cooperation, including new rail "
         "freight routes.", N, [("transport", "transport"), ("transport", "rail freight routes")]),
    ]),
    # 14 nuclear family / nuclear research
    ("TASS", "MOSCOW", [
        ("The new film tells the story of a nuclear family in wartime Hanoi, director Anna Petrova told "
         "TASS.", R, [], [("culture", "film")]),
        ("Rosatom deputy head Nikolai Zaitsev said the nuclear research centre in Dong Nai would open in "
         "2028.", R, [("nuclear", "nuclear research")]),
    ]),
    # 15 lower-case titles before names; foreign minister-level
    ("VNA", "MOSCOW", [
        ("Deputy foreign minister Le Thi Thu Hang met Russian deputy foreign minister Andrei Rudin in "
         "Moscow on Wednesday.", N, []),
        ("Hang said the two countries should strengthen political trust and coordinate at multilateral "
         "forums.", V, [("diplomacy", "political trust"), ("diplomacy", "multilateral forums")]),
        ("Rudin said the two foreign ministries would hold their next consultation in Hanoi.", R, [],
         [("diplomacy", "foreign ministries")]),
    ]),
    # 16 the agriculture minister / agricultural cooperation
    ("VNA", "HANOI", [
        ("The Russian agriculture minister's deputy, Oksana Lebedeva, held talks with Vietnamese "
         "officials in Hanoi on Thursday.", N, []),
        ("Lebedeva said Russia wants to import more Vietnamese fruit and seafood.", R, [],
         [("economy", "import")]),
        ("The deputy minister said agricultural cooperation had great potential.", R,
         [("economy", "agricultural")]),
    ]),
    # 17 health ministries / epidemic prevention
    ("VNA", "VIENTIANE", [
        ("The two health ministries signed a plan on epidemic prevention and control for 2026-2028.", N,
         [("health", "epidemic prevention and control")], [("health", "health ministries")]),
        ("Lao Deputy Health Minister Phonepaseuth Ounaphom said Vietnamese experts had helped Laos "
         "build its vaccine cold chain.", L, [("health", "vaccine")]),
    ]),
    # 18 oil company (modifier) / oil and gas
    ("TASS", "HANOI", [
        ("The Russian state-owned oil company said on Monday it had started production at a new well "
         "off the southern coast of Vietnam.", R, [("oil_gas", "production")],
         [("oil_gas", "oil company")]),
        ("The company's chief engineer Pavel Orlov said the joint venture would invest 300 million USD "
         "in oil and gas exploration next year.", R,
         [("economy", "invest"), ("oil_gas", "oil and gas exploration")]),
    ]),
    # 19 the trade representative office / trade promotion
    ("VNA", "KAZAN", [
        ("Vietnam opened a trade representative office in Kazan on June 4.", N, [],
         [("economy", "trade")]),
        ("Head of the office Nguyen Van Tuan said it would help Vietnamese firms promote trade with "
         "the Volga region.", V, [("economy", "trade")]),
    ]),
    # 20 the culture minister / cultural exchanges
    ("Nhân Dân", "HANOI", [
        ("Minister of Culture, Sports and Tourism Nguyen Van Hung received a delegation of the Lao "
         "culture ministry on Friday.", N, [], [("culture", "culture ministry")]),
        ("The culture minister said the two ministries should hold more art performances and film "
         "weeks in each other's country.", V, [("culture", "art performances and film weeks")]),
        ("The Lao guest said cultural exchanges help young people of both countries understand each "
         "other.", L, [("culture", "cultural exchanges"), ("people", "young people")]),
    ]),
    # 21 the defence minister / defence cooperation
    ("TASS", "MOSCOW", [
        ("The Vietnamese defence minister arrived in Moscow on Tuesday for a three-day visit, the "
         "Russian defence ministry said.", R, [], [("defence_security", "defence ministry")]),
        ("The ministry said the two sides would discuss defence cooperation and the training of "
         "Vietnamese military specialists.", R,
         [("defence_security", "defence"), ("defence_security", "training of Vietnamese military specialists")],
         [("education", "training of Vietnamese military specialists")]),
    ]),
    # 22 economic adviser, economic section
    ("VNS", "HANOI", [
        ("Economic adviser to the Russian embassy Maxim Petrov said Russian investors were looking at "
         "projects in logistics and seaports.", R,
         [("economy", "investors"), ("transport", "logistics and seaports")]),
        ("Petrov, who heads the embassy's economic section, said a business forum would be held in "
         "Hanoi in October.", R, [("economy", "business forum")]),
    ]),
    # 23 science minister / science cooperation
    ("TASS", "NOVOSIBIRSK", [
        ("Vietnam's science minister Tran Quoc Dat visited the Siberian Branch of the Russian Academy of "
         "Sciences on Monday.", N, []),
        ("Dat said the two countries should expand scientific cooperation in new materials and "
         "biotechnology.", V, [("science_technology", "scientific"),
                               ("science_technology", "new materials and biotechnology")]),
    ]),
    # 24 labour officials, labour cooperation
    ("VNA", "HANOI", [
        ("Labour officials of the two countries reviewed a pilot scheme under which 500 Vietnamese "
         "workers will go to Russia.", N, [("labour", "workers")], [("labour", "Labour officials")]),
        ("Vietnamese Deputy Labour Minister Le Van Thanh said labour cooperation should focus on "
         "skilled jobs.", V, [("labour", "labour")]),
    ]),
    # 25 economic growth of one country, economic modifier in a title phrase
    ("VNA", "VIENTIANE", [
        ("The Lao finance minister briefed the guests on the country's economic growth and debt "
         "situation.", L, [], [("economy", "economic growth")]),
        ("Vietnamese Ambassador Nguyen Minh Tam said Vietnam would keep supporting Laos in energy "
         "and transport infrastructure.", V, [("energy", "energy"), ("transport", "transport infrastructure")]),
    ]),
]
