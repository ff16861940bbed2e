"""Probe 34p5: speakers the system still leaves to the narrator or gives the wrong side, in VNA, VNS,
Nhân Dân and TASS shapes (invented people and events): a person introduced by a company role with no
country, a firm or body named without a country word in copy whose dateline or earlier sentences give
the country, a Lao or Vietnamese name after a lower-case role, two sides in one sentence, "the
ambassador" never named before, a headline source named below, a rector or governor in a report
datelined in a Russian city, "the head of state", "the Kremlin leader", "the guest", "his counterpart",
"the two officials", "the Lao side", "the host country", pronouns across a quotation; and close passages
where the narrator is right (actions, attendance lists, background).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # a company role with no country, in a TASS report from Vladivostok
    ("TASS", "VLADIVOSTOK", [
        ("Head of Novastroy's Asia-Pacific division Kirill Zhadov said the company plans to double its "
         "liquefied natural gas shipments to Vietnam.", R, [("oil_gas", "liquefied natural gas")]),
        ("According to him, the first cargo will leave the port of Nakhodka in June.", R, [],
         [("transport", "cargo")]),
    ]),
    # a firm named without a country word; the dateline and the earlier sentence give the country
    ("TASS", "MOSCOW", [
        ("Russia's Gazoil company will take part in drilling two new wells on the Vietnamese shelf.", N,
         [("oil_gas", "drilling")]),
        ("The company's deputy CEO Oleg Bereznin told TASS that the exploration would start next year.", R,
         [("oil_gas", "exploration")]),
    ]),
    # a Lao name after a lower-case role
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Vietnam and Laos held a meeting on power trade in Vientiane on May 12.", N,
         [("energy", "power trade")]),
        ("At the meeting, the deputy minister of energy and mines Khamsing Vongdara said Laos wants to "
         "sell more electricity to Vietnam.", L, [("energy", "electricity")]),
        ("Khamsing added that new transmission lines would be built by 2028.", L,
         [("energy", "transmission lines")]),
    ]),
    # a Vietnamese name after a lower-case role
    ("VNS", "HA NOI", [
        ("The vice chairman of the provincial People's Committee Tran Van Khoa said Nghe An welcomes "
         "Lao investors in agriculture.", V, [("economy", "agriculture")],
         [("economy", "investors")]),
    ]),
    # two sides in one sentence: both voice it (probe 35p2: joint, as probes 33p1 and 34p4 answered and
    # the guidelines' "X and Y agreed"; first written here as the first speaker's)
    ("VNA", "MOSCOW", [
        ("The Vietnamese leader proposed expanding cooperation in education, while the Russian side "
         "pledged more scholarships for Vietnamese students.", J,
         [("education", "education"), ("education", "scholarships")],
         [("education", "Vietnamese students")]),
    ]),
    # "the ambassador" never named before, in a report from the embassy's city
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – The Vietnamese Embassy in Laos presented 200 bicycles to pupils in "
         "Bolikhamxay province on June 1.", N, [], [("education", "pupils")]),
        ("The ambassador said the gift reflects Vietnam's care for education in Laos.", V,
         [("education", "education")]),
    ]),
    # a headline source named below
    ("TASS", "MOSCOW", [
        ("Vietnam's first nuclear research reactor to be built by 2030 – Atomstroy chief.", R,
         [("nuclear", "nuclear research reactor")]),
        ("Russia will complete the reactor in Vietnam before 2030, Atomstroy "
         "Director General Anton Lisitsyn told reporters.", R, [], [("nuclear", "reactor")]),
    ]),
    # a rector in a report datelined in a Russian city
    ("TASS", "KAZAN", [
        ("Kazan Federal University will admit 300 Vietnamese students next year, rector Ilya Sabirov "
         "said.", R, [("education", "admit 300 Vietnamese students")]),
    ]),
    # a governor in a Russian city
    ("TASS", "IRKUTSK", [
        ("The region is ready to export more timber and grain to Vietnam, Governor Pavel Osintsev "
         "told TASS.", R, [], [("economy", "export"), ("economy", "grain")]),
    ]),
    # "the head of state" after a named president
    ("TASS", "MOSCOW", [
        ("Russian President Mikhail Danilov met with Lao President Bounmy Phommachan in the Kremlin on "
         "Tuesday.", N, []),
        ("The head of state noted that trade between the two countries grew by 20% last year.", R,
         [("economy", "trade")]),
        ("The Lao president thanked Russia for its help in training Lao specialists.", L,
         [("education", "training Lao specialists")]),
    ]),
    # "the Kremlin leader"
    ("VNA", "MOSCOW", [
        ("General Secretary Le Minh Thang held talks with Russian President Mikhail Danilov in Moscow on "
         "May 9.", N, []),
        ("The Kremlin leader said Russia is ready to help Vietnam build its first nuclear power plant.",
         R, [("nuclear", "nuclear power plant")]),
        ("The Vietnamese Party chief affirmed that Vietnam values energy cooperation with Russia.", V,
         [("energy", "energy")]),
    ]),
    # "the guest" and "the host"
    ("Nhân Dân", "HANOI", [
        ("Politburo member Nguyen Thanh Son received a delegation of the Communist Party of the Russian "
         "Federation led by Vladimir Kazantsev in Hanoi on April 2.", N, []),
        ("The guest said the CPRF wants to learn from Vietnam's experience in Party building.", R,
         [("party", "Party building")]),
        ("The host briefed the delegation on the CPV's cadre training work.", V,
         [("party", "cadre training")]),
    ]),
    # "his counterpart"
    ("VNA", "HANOI", [
        ("Minister of Public Security Le Quoc Hung held talks with Lao Minister of Public Security "
         "Vilay Lakhamfong in Hanoi on Monday.", N, []),
        ("Hung said Vietnam will help Laos fight drug trafficking along the border.", V,
         [("defence_security", "drug trafficking")]),
        ("His counterpart thanked Vietnam for training Lao police officers.", L,
         [("education", "training")]),
    ]),
    # "the two officials" from two countries
    ("VNA", "HANOI", [
        ("Deputy Foreign Minister Pham Quang Vinh hosted Russian Deputy Foreign Minister Andrei Rudin "
         "on March 20.", N, []),
        ("The two officials agreed to boost cooperation at multilateral forums.", J,
         [("diplomacy", "multilateral forums")]),
    ]),
    # "the Lao side"
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Vietnamese and Lao officials met in Vientiane on July 3 to review the "
         "railway project.", N, [("transport", "railway")]),
        ("The Lao side said it will clear land for the railway by December.", L,
         [("transport", "railway")]),
        ("The Vietnamese side pledged to speed up the design work.", V, []),
    ]),
    # "the host country"
    ("TASS", "VIENTIANE", [
        ("A Russian delegation led by Deputy Minister Sergei Galkin visited Vientiane on Friday.", N, []),
        ("The host country said it would offer Russian companies land for agricultural projects.", L,
         [("economy", "agricultural")]),
    ]),
    # pronouns across a quotation
    ("TASS", "MOSCOW", [
        ("\"We are ready to train Vietnamese engineers at our universities,\" Deputy Education Minister "
         "Yulia Morozova said.", R, [("education", "train Vietnamese engineers")],
         [("education", "universities")]),
        ("\"The first group will arrive in September,\" she added.", R, []),
        ("She also said Russia would open a Russian language centre in Da Nang.", R,
         [("education", "Russian language centre")]),
    ]),
    # a firm named without a country, speaking as a body
    ("VNA", "HANOI", [
        ("Hanoi (VNA) – Petrovietco plans to raise oil output at the Dai Hung field by 10% this year, "
         "the group's general director Hoang Van Phuc said on March 8.", V, [("oil_gas", "oil output")]),
    ]),
    # a university without a country word in a Russian city report
    ("TASS", "TOMSK", [
        ("Tomsk Polytechnic University will open a joint laboratory with a Hanoi university, the "
         "university's rector Sergei Vlasenko told TASS.", R, [("science_technology", "joint laboratory")],
         [("education", "university")]),
    ]),
    # a foundation without a country word
    ("TASS", "ST. PETERSBURG", [
        ("The Roskongress Foundation will hold a business forum in Ho Chi Minh City in October, the "
         "foundation's adviser Anton Kobyakin said.", R, [],
         [("economy", "business")]),
    ]),
    # narrator: actions, attendance, background
    ("VNA", "HANOI", [
        ("Hanoi (VNA) – Deputy Prime Minister Tran Hong Ha received Russian Deputy Energy Minister "
         "Roman Marshavin in Hanoi on August 5.", N, []),
        ("Attending the reception were officials of the ministries of industry and foreign affairs.", N,
         []),
        ("The two sides discussed cooperation in oil and gas and nuclear energy.", J,
         [("oil_gas", "oil and gas"), ("nuclear", "nuclear energy")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – Lao Deputy Prime Minister Saleumxay Kommasith attended a ceremony to open "
         "a Vietnamese-funded school in Vientiane on September 2.", N, [],
         [("education", "school")]),
        ("Also present were the Vietnamese ambassador and local officials.", N, []),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The two Parties have maintained close ties since the 1950s.", N,
         [("party", "two Parties have maintained close ties")]),
        ("In the past, Soviet experts helped Vietnam build the Hoa Binh hydropower plant.", N, [],
         [("energy", "hydropower")]),
    ]),
    # "the minister" with a preceding named minister of another country
    ("VNA", "MOSCOW", [
        ("Russian Minister of Agriculture Dmitry Zorin received Vietnamese Deputy Minister of "
         "Agriculture Phung Duc Tien in Moscow on April 15.", N, []),
        ("The Russian minister said Russia wants to import more Vietnamese seafood and fruit.", R, [],
         [("economy", "import")]),
        ("The deputy minister invited Russian firms to invest in Vietnam's agriculture.", V,
         [("economy", "invest"), ("economy", "agriculture")]),
    ]),
    # a Vietnamese locality leader in a VNA report from a province
    ("VNA", "HAI PHONG", [
        ("Hai Phong (VNA) – Chairman of the municipal People's Committee Nguyen Van Tung hosted a "
         "delegation from Russia's Primorsky region on June 12.", N, []),
        ("He said the city wants to open direct shipping routes to Vladivostok.", V,
         [("transport", "shipping routes")]),
        ("The visitors said Primorsky is ready to boost tourism exchanges with Hai Phong.", R,
         [("tourism_sports", "tourism")]),
    ]),
    # TASS: a Vietnamese official without a country word in a TASS report from Hanoi
    ("TASS", "HANOI", [
        ("Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan said Hanoi "
         "hopes to sign a deal on rice exports to Russia.", V, [], [("economy", "rice exports")]),
        ("The Vietnamese official said the talks will continue in Moscow.", V, []),
    ]),
    # a Lao name with a lower-case role, in a VNA report datelined Hanoi
    ("VNA", "HANOI", [
        ("Hanoi (VNA) – Lao deputy minister of education and sports Phonesavanh Inthavong visited the "
         "Vietnam National University on Wednesday.", N, []),
        ("The deputy minister said Laos will send 500 students to Vietnam each year.", L,
         [("education", "send 500 students")]),
    ]),
    # Chinese speaker after a Vietnamese
    ("VNA", "BEIJING", [
        ("Chinese Vice Minister of Commerce Wang Lei met with Vietnamese Ambassador Pham Sao Mai in "
         "Beijing on Friday.", N, []),
        ("Wang said China wants to import more Vietnamese durians.", C, [], [("economy", "import")]),
        ("The ambassador proposed opening more border gates for farm produce.", V,
         [("economy", "farm produce")], [("economy", "border gates")]),
    ]),
    # a TASS sentence: "the diplomat" after a named ambassador
    ("TASS", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Dang Minh Khoi told TASS that Vietnam wants more Russian "
         "tourists.", V, [("tourism_sports", "Russian tourists")]),
        ("The diplomat said new direct flights from Kazan would open in the autumn.", V,
         [("transport", "direct flights")]),
    ]),
    # "the two leaders" of different countries
    ("VNA", "VIENTIANE", [
        ("The two leaders agreed to promote connections in transport and energy.", J,
         [("transport", "transport"), ("energy", "energy")]),
    ]),
    # background and figures by official data
    ("VNS", "HA NOI", [
        ("Two-way trade between Viet Nam and Russia reached 5 billion USD last year, according to the "
         "General Department of Customs.", N, [("economy", "Two-way trade")]),
        ("Russia is Viet Nam's largest supplier of fertiliser.", N, []),
    ]),
]
