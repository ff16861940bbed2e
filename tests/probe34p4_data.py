"""Probe 34p4: economy, trade, energy and transport words in VNA, VNS, Nhân Dân and TASS shapes, as the
field of cooperation beside the same words as a setting, a source, a count or part of a name (invented
people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give
("markets" as places, "industry" or "energy" inside names, political "power", a delegation's airport and
ports of call are no mention; bare "market", "businesses", "enterprises", "exports" are optional; figures
"according to" a body's data are narrator). A sentence may carry a fourth item: optional rows. Written
for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Two-way trade between Vietnam and Russia reached 4.8 billion USD in the first ten months of "
         "the year, up 12 percent year-on-year, according to the General Department of Customs.", V,
         [("economy", "Two-way trade")]),
        ("Vietnam mainly shipped phones, textiles and farm produce to Russia, while importing fertiliser "
         "and steel.", N, [], [("economy", "farm produce")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Pham Duc Long visited the Dorogomilovsky market in Moscow on "
         "October 14, where many Vietnamese traders run stalls.", N, []),
        ("Long said he hoped more Vietnamese goods would reach the Russian market through official "
         "channels.", V, [], [("economy", "market")]),
        ("He urged the traders to abide by Russian law.", V, []),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Head of Novatek's Asia-Pacific division Kirill Zhdanov said the company was ready to supply "
         "liquefied natural gas to Vietnam from its Arctic projects.", R,
         [("oil_gas", "liquefied natural gas")]),
        ("According to him, talks with Vietnamese partners on a long-term contract are at an advanced "
         "stage.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Tran Quoc Hung received a delegation of Gazprom led by "
         "its Deputy Chairman Andrei Malkov on November 2.", N, []),
        ("Hung said energy cooperation is a pillar of the Vietnam-Russia Comprehensive Strategic "
         "Partnership.", V, [("energy", "energy cooperation")]),
        ("He proposed that the two sides expand joint oil and gas exploration on the continental shelf.",
         V, [("oil_gas", "oil and gas exploration")]),
    ]),
    ("VNA", "HANOI", [
        ("More than 300 businesses attended the Vietnam-Russia Business Forum in Hanoi on Tuesday.", N,
         [], [("economy", "businesses")]),
        ("Deputy Prime Minister Le Van Tam said Vietnam is improving its investment climate to attract "
         "more Russian investors.", V, [], [("economy", "investment climate"), ("economy", "investors")]),
        ("He called on Russian firms to expand investment in processing and manufacturing, energy and "
         "logistics.", V, [("economy", "expand investment"), ("energy", "energy"),
                           ("transport", "logistics")], [("economy", "processing and manufacturing")]),
    ]),
    ("VNS", "HANOI", [
        ("A delegation of the Russian Federation Council led by Deputy Speaker Oleg Tarasov landed at "
         "Noi Bai International Airport on Monday evening, starting a four-day visit to Vietnam.", N, []),
        ("Tarasov said the Russian side wished to boost transport connectivity, including direct flights "
         "and railway freight.", R, [("transport", "transport connectivity"),
                                     ("transport", "direct flights and railway freight")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Navy's frigate Admiral Petrov will make ports of call in Cam Ranh and Manila "
         "during its voyage, the Pacific Fleet press service said.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("Party General Secretary Nguyen Minh Duc received a delegation of the Communist Party of the "
         "Russian Federation led by its Chairman Ivan Sokolov on May 6.", N, []),
        ("The Vietnamese leader said the CPV had held power for nearly eight decades, while the Russian "
         "side briefed the host on the CPRF's work in the State Duma.", J, []),
        ("Duc proposed that the two parties increase exchanges of experience in economic management.", V,
         [("economy", "economic management")], [("party", "two parties increase exchanges of experience")]),
    ]),
    ("VNA", "HANOI", [
        ("Russian Ambassador to Vietnam Nikolai Kuznetsov held a working session with leaders of the "
         "northern province of Quang Ninh.", N, []),
        ("The ambassador said Russian tourists were returning to Ha Long Bay in growing numbers.", R,
         [("tourism_sports", "Russian tourists")]),
        ("He suggested that the province open direct air routes to Novosibirsk and Yekaterinburg.", R,
         [("transport", "direct air routes")]),
    ]),
    ("VNA", "HANOI", [
        ("The Russian Embassy in Vietnam held a reception on Thursday to mark Russia Day.", N, []),
        ("The ambassador said bilateral trade turnover rose by 15 percent last year.", R,
         [("economy", "trade turnover")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The Vietnamese leader highlighted the potential for cooperation in energy, while the Russian "
         "side stressed transport and logistics.", J, [("energy", "energy"),
                                                       ("transport", "transport and logistics")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian power engineering company Power Machines will supply turbines for a hydropower plant in "
         "central Vietnam, the company's press service said.", R,
         [("energy", "power engineering"), ("energy", "hydropower plant")], [("energy", "turbines")]),
        ("The contract is worth about 9 billion roubles.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Transport Nguyen Thanh Binh received Russian Deputy Transport Minister Dmitry "
         "Orlov in Hanoi on June 3.", N, []),
        ("Binh said the two ministries should cooperate in railway modernisation and seaport "
         "development.", V, [("transport", "railway modernisation and seaport development")]),
        ("Orlov said Russian Railways was ready to train Vietnamese railway engineers.", R,
         [("education", "train Vietnamese railway engineers")],
         [("transport", "railway")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam's exports to the Eurasian Economic Union rose 18 percent in the first half, according "
         "to data from the Ministry of Industry and Trade.", N, [], [("economy", "exports")]),
        ("Seafood, coffee and rubber were the main items.", N, []),
    ]),
    ("VNS", "HO CHI MINH CITY", [
        ("Ben Thanh Market and other traditional markets in the city welcomed large numbers of Russian "
         "visitors during the peak season.", N, [("tourism_sports", "Russian visitors")]),
        ("Vendors said they had learnt a few Russian words to serve the guests.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Van Quang received Chairman of the Board of Directors of Zarubezhneft "
         "Sergei Kudrin in Hanoi on Wednesday.", N, []),
        ("Quang spoke highly of the joint venture Vietsovpetro's contribution to Vietnam's oil and gas "
         "industry.", V, [("oil_gas", "oil and gas")]),
        ("Kudrin said Zarubezhneft wanted to take part in more offshore projects and in gas-fired power "
         "generation.", R, [("energy", "gas-fired power generation")], [("oil_gas", "offshore projects")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Energy and Mines Somchai Vongsa and Vietnamese Minister of Industry and Trade "
         "Tran Van Hoa co-chaired a meeting on power purchase in Vientiane.", N,
         [("energy", "power purchase")]),
        ("Somchai said Laos hoped to export more electricity to Vietnam by 2030.", L,
         [("energy", "export more electricity")]),
        ("Hoa said Vietnam would speed up the building of transmission lines along the border.", V,
         [("energy", "transmission lines")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairwoman of the Vietnam Chamber of Commerce and Industry Nguyen Thi Mai received a "
         "delegation of the Russian Union of Industrialists and Entrepreneurs.", N, []),
        ("Mai said Vietnamese enterprises wanted to learn about the Russian market.", V, [],
         [("economy", "enterprises"), ("economy", "market")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam plan to raise trade to 10 billion USD by 2030, Russian Deputy Prime "
         "Minister Alexei Volkov told reporters after a session of the intergovernmental commission.", R,
         [("economy", "trade")]),
        ("He said settlements in national currencies were growing.", R,
         [("economy", "settlements in national currencies")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Prime Minister Pham Van Quang arrived at Vnukovo Airport in Moscow on Sunday for an "
         "official visit to Russia.", N, []),
        ("He was welcomed at the airport by Russian Deputy Foreign Minister Andrei Rudenko.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnamese and Russian transport ministers agreed to soon reopen the shipping route "
         "between Vladivostok and Hai Phong.", J, [("transport", "shipping route")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Planning and Investment Do Thanh Trung met a delegation of the Russian "
         "Direct Investment Fund in Hanoi on Friday.", N, []),
        ("Trung said Russia was 24th among 145 countries and territories investing in Vietnam, with 1 "
         "billion USD in registered capital.", V, [("economy", "investing in Vietnam")],
         # r38a: the capital the investment measures, optional (two writers of the spent parts mark it
         # required, e1729 and e1764; probe 37p4 optional)
         [("economy", "registered capital")]),
    ]),
    ("VNA", "HANOI", [
        ("According to the General Statistics Office, Vietnam welcomed more than 150,000 Russian "
         "holidaymakers in the first quarter.", V, [("tourism_sports", "Russian holidaymakers")]),
    ]),
    ("VNA", "HANOI", [
        ("The Russian Trade Representative in Vietnam Yury Belov said Russian companies were interested "
         "in investing in Vietnam's energy sector.", R,
         [("economy", "investing"), ("energy", "energy sector")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Secretary of the Hai Phong municipal Party Committee Le Tien Chau welcomed a delegation from "
         "Vladivostok city.", N, []),
        ("Chau said Hai Phong's port, with more than 40 berths, could become a gateway for Russian goods "
         "to Southeast Asia.", V, [], [("transport", "port")]),
        ("The Russian guests toured the Lach Huyen deep-water port.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("Head of the Party Central Committee's Economic Commission Tran Luu Hai hosted a delegation of "
         "United Russia.", N, []),
        ("The two sides exchanged views on the power of the party in a multi-party system and on the "
         "development of the market economy.", J, [("economy", "market economy")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Vietnam-Russia Friendship Association Nguyen Van Thanh said trade and "
         "investment between the two countries have not matched their potential.", V,
         [("economy", "trade and investment")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia's Rosneft and PetroVietnam discussed new gas projects off the coast of Vietnam, a "
         "Rosneft spokesman said on Monday.", R, [("oil_gas", "gas projects")]),
        ("He did not disclose the sums involved.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam Airlines will launch a direct flight between Hanoi and Moscow from December, the "
         "carrier said.", V, [("transport", "direct flight")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Vo Thi Anh received Governor of Russia's Irkutsk region Igor Kobzev.", N, []),
        ("Anh expressed her hope that Irkutsk would step up economic and trade cooperation with Vietnamese "
         "localities.", V, [("economy", "economic and trade"), ("people", "localities")]),
        ("Kobzev said Irkutsk's aluminium industry and electricity could interest Vietnamese "
         "investors.", R, [("energy", "electricity")],
         [("economy", "aluminium industry"), ("economy", "investors")]),
    ]),
    ("VNS", "HANOI", [
        ("Russia remains one of Vietnam's largest suppliers of fertiliser and wheat, industry sources "
         "said.", N, []),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the National Assembly Tran Thanh Man received Chairman of the State Duma "
         "Vyacheslav Lebedev on Thursday.", N, []),
        ("Lebedev said he supported expanding energy and transport links.", R,
         [("energy", "energy"), ("transport", "transport links")]),
        ("The host thanked the Russian side and asked the Duma to help Vietnamese businesses access "
         "the Eurasian market.", V, [], [("economy", "businesses"), ("economy", "market")]),
    ]),
    ("VNA", "HANOI", [
        ("Rosatom Director General Alexei Likhachev met Deputy Prime Minister Bui Thanh Son.", N, []),
        ("Likhachev said Russia was ready to help Vietnam build its first nuclear power plant.", R,
         [("nuclear", "nuclear power plant")]),
        ("Son said nuclear power was a long-term choice for Vietnam's energy security.", V,
         [("nuclear", "nuclear power"), ("energy", "energy security")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Energy Minister Sergei Tsivilev held talks with Vietnamese Deputy Prime Minister Bui "
         "Thanh Son on the sidelines of the Russian Energy Week.", N, []),
        ("The sides discussed supplies of crude and coal.", J, [("oil_gas", "crude"), ("energy", "coal")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam Oil and Gas Group (Petrovietnam) and Gazprom signed an agreement on cooperation in "
         "the field of gas processing.", N, [("oil_gas", "gas processing")]),
    ]),
]
