"""Probe 39p5: nuclear, oil and gas and power copy (reactors, fuel, wells, generation) in VNA, VNS,
Nhân Dân and TASS shapes (invented people and events).

Layout as ``probe33p7_data``: ``(agency, dateline, [(text, side, mentions[, optional]), ...])``.
Sector words inside names of bodies and companies and inside titles do not count; "reactor" counts
(tuned parts mark it about 20 of 23 times). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("TASS", "MOSCOW", [
        ("Rosatom and the Vietnamese Ministry of Science and Technology have agreed on the main terms for "
         "building the Centre for Nuclear Science and Technology in Dong Nai, Rosatom's first deputy "
         "director general Pavel Lagunov told TASS.", R, []),
        ("\"The research reactor will be used to produce radioisotopes for medicine and agriculture,\" "
         "Lagunov said.", R, [("nuclear", "research reactor"), ("nuclear", "radioisotopes"),
                              ("health", "medicine"), ("economy", "agriculture")]),
        ("He added that Russia would guarantee nuclear fuel supplies for the reactor's entire life "
         "cycle.", R, [("nuclear", "nuclear fuel")]),
        ("According to him, no reactor can be operated safely without well-trained personnel.", R,
         [("nuclear", "reactor")], [("education", "trained")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Science and Technology Le Xuan Dinh received a delegation of Rosatom led by "
         "its deputy director general Anton Serov on May 12.", N, []),
        ("Dinh said Viet Nam attaches importance to developing nuclear power for peaceful purposes.", V,
         [("nuclear", "nuclear power")]),
        ("Serov said Rosatom stands ready to train reactor operators and specialists in radiation "
         "safety for Viet Nam.", R, [("nuclear", "reactor"), ("nuclear", "radiation safety")],
         [("education", "train")]),
    ]),
    ("VNA", "NINH THUAN", [
        ("The provincial People's Committee of Ninh Thuan held a working session with the Electricity of "
         "Viet Nam Group (EVN) on the Ninh Thuan 1 nuclear power plant project on June 4.", N,
         [("nuclear", "nuclear power plant")]),
        ("Chairman of the provincial People's Committee Tran Quoc Nam said the province has completed "
         "site clearance for the plant.", V, []),
        ("EVN Deputy General Director Nguyen Tai Anh said the group would work with Russian partners on "
         "fuel supply and waste management.", V, [], [("nuclear", "fuel supply"), ("environment", "waste management")]),
    ]),
    ("VNS", "HA NOI", [
        ("The Vietnam Atomic Energy Institute and the Joint Institute for Nuclear Research in Dubna "
         "signed an agreement on training young scientists on Tuesday.", N,
         [("education", "training")]),
        ("Under the deal, 20 Vietnamese researchers a year will work at the Dubna institute's "
         "laboratories.", N, [], [("science_technology", "researchers")]),
        ("Institute director Tran Chi Thanh said the cooperation would help Viet Nam master nuclear "
         "technology and isotopes for medicine.", V, [("nuclear", "nuclear technology and isotopes"),
                                                      ("health", "medicine")]),
    ]),
    ("Nhan Dan", "HA NOI", [
        ("The Nuclear Research Reactor Centre in Da Lat marked 40 years of operation on Saturday.", N, []),
        ("Speaking at the ceremony, Deputy Prime Minister Tran Hong Ha praised the centre's staff for "
         "decades of safe reactor operation.", V, [("nuclear", "reactor")]),
        ("The reactor with a capacity of 500 kilowatts supplies radiopharmaceuticals to more than 30 "
         "hospitals.", N, [("nuclear", "reactor")],
         [("health", "hospitals"), ("nuclear", "radiopharmaceuticals"), ("health", "radiopharmaceuticals")]),
    ]),
    ("TASS", "HANOI", [
        ("Zarubezhneft and PetroVietnam plan to drill at least five new oil wells at the White Tiger "
         "field this year, Vietsovpetro General Director Vu Mai Khanh told TASS.", V,
         [("oil_gas", "drill at least five new oil wells")], [("oil_gas", "field")]),
        ("\"The joint venture produced 3 million tonnes of oil last year,\" he said.", V,
         [("oil_gas", "oil")]),
        ("Khanh added that Vietsovpetro was also studying gas-to-power projects with Russian partners.", V,
         [("oil_gas", "gas"), ("energy", "power")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("Novatek is ready to supply liquefied natural gas to Vietnam, the company's deputy chairman "
         "Mikhail Arkhipov told TASS on the sidelines of the forum.", R,
         [("oil_gas", "liquefied natural gas")]),
        ("\"Gas generation is the most reliable way to meet demand in a fast-growing economy,\" "
         "Arkhipov said.", R, [("energy", "Gas generation")], [("economy", "economy")]),
        ("He said Novatek was in talks on building LNG terminals in the north of the country.", R,
         [("oil_gas", "LNG")]),
    ]),
    ("VNA", "HANOI", [
        ("Viet Nam Oil and Gas Group (Petrovietnam) reported revenue of 950 trillion VND in 2025, up 8 "
         "percent from a year earlier.", V, []),
        ("The group produced 10.5 million tonnes of crude oil and 8 billion cubic metres of gas.", N,
         [("oil_gas", "crude oil"), ("oil_gas", "gas")]),
        ("Its Dung Quat refinery operated at 110 percent of design capacity.", N, [],
         [("oil_gas", "refinery")]),
        ("Petrovietnam Chairman Le Manh Hung said the group would raise oil refining capacity and "
         "invest in offshore wind power.", V, [("oil_gas", "oil refining"), ("energy", "offshore wind power")],
         [("economy", "invest")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Energy and Mines Phoxay Sayasone received Vietnamese Ambassador Nguyen Minh Tam "
         "in Vientiane on July 2.", N, []),
        ("Phoxay said Laos wants to boost electricity exports to Viet Nam through new power lines.", L,
         [("energy", "electricity"), ("energy", "power lines")], [("economy", "exports")]),
        ("Tam said Viet Nam will import more electricity from Lao hydropower plants.", V,
         [("energy", "electricity"), ("energy", "hydropower plants")]),
    ]),
    ("VNS", "HA NOI", [
        ("Viet Nam imported 3.2 billion kWh of electricity from Laos in the first half of the year, the "
         "Ministry of Industry and Trade said.", V, [("energy", "electricity")]),
        ("The 500kV Monsoon-Thanh My transmission line will carry power from a wind farm in Sekong "
         "province.", N, [("energy", "transmission line"), ("energy", "power"), ("energy", "wind farm")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia's Power Machines will supply turbines for a hydropower plant in Vietnam, the company's "
         "press service said.", R, [("energy", "turbines"), ("energy", "hydropower plant")]),
        ("The contract covers four generating units with a total capacity of 260 MW.", N,
         [("energy", "generating units")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Truong Thanh Hoai said coal will remain an important "
         "source of power until 2030.", V, [("energy", "coal"), ("energy", "power")]),
        ("He said the country needs to add 20,000 MW of generating capacity from gas and renewables.", V,
         [("energy", "generating capacity"), ("oil_gas", "gas"), ("energy", "renewables")]),
    ]),
    ("Nhan Dan", "HA NOI", [
        ("The Viet Nam Agency for Radiation and Nuclear Safety held a workshop on nuclear medicine with "
         "Russian experts on Thursday.", N, [("nuclear", "nuclear"), ("health", "medicine")]),
        ("Participants discussed the use of isotopes in cancer diagnosis and treatment.", N,
         [("nuclear", "isotopes"), ("health", "cancer diagnosis and treatment")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Gazprom Neft and a Vietnamese partner are considering joint exploration on the shelf, the "
         "company said.", R, [("oil_gas", "exploration on the shelf")]),
        ("Gazprom said in a statement that the block's reserves exceed 50 billion cubic metres of "
         "gas.", R, [("oil_gas", "gas")], [("oil_gas", "block")]),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Chinh met with Rosatom Director General Alexey Likhachev in Ha Noi "
         "on Monday.", N, []),
        ("Chinh asked Rosatom to speed up the centre for nuclear science and technology project and to "
         "help train human resources for the nuclear power industry.", V,
         [("nuclear", "nuclear power"), ("education", "train")],
         [("nuclear", "nuclear science"), ("science_technology", "technology")]),
        ("Likhachev said Rosatom would ensure radiation safety and the supply of fuel for the plant's "
         "life cycle.", R, [("nuclear", "radiation safety")], [("nuclear", "supply of fuel")]),
    ]),
    ("VNA", "VUNG TAU", [
        ("The Vietnam-Russia joint venture Vietsovpetro celebrated the output of its 250 millionth tonne of "
         "crude oil on Friday.", N, [("oil_gas", "crude oil")]),
        ("Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan said the venture is a symbol of "
         "Viet Nam-Russia cooperation in oil and gas.", V, [("oil_gas", "oil and gas")]),
        ("He asked Vietsovpetro to apply new technologies to slow the decline of the White Tiger field.", V,
         [], [("oil_gas", "field"), ("science_technology", "technologies")]),
        ("Russian Ambassador Gennady Bezdetko said Russian companies are interested in more oil and gas "
         "projects on Viet Nam's continental shelf.", R, [("oil_gas", "oil and gas")]),
    ]),
    ("TASS", "HANOI", [
        ("Vietnam expects Russia to help it build a nuclear power plant, Vietnamese Deputy Prime Minister "
         "Bui Thanh Son told TASS.", V, [("nuclear", "nuclear power plant")]),
        ("\"We need a reliable partner in nuclear energy, and Russia has the experience,\" Son said.", V,
         [("nuclear", "nuclear energy")]),
        ("He added that Vietnam would also buy more Russian LNG and oil.", V,
         [("oil_gas", "LNG and oil")]),
    ]),
    ("VNS", "HA NOI", [
        ("Electricity consumption in the north rose 12 per cent in June, forcing Vietnam Electricity (EVN) "
         "to run coal-fired plants at full load.", N, [("energy", "Electricity"), ("energy", "coal-fired")]),
        ("EVN said hydropower reservoirs in the north were at low levels because of drought.", V,
         [("energy", "hydropower")]),
        ("The group has also asked to import 1,200 MW of power from Laos and China.", V,
         [("energy", "power")]),
    ]),
    ("Nhan Dan", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Siphandone visited the Nam Theun 2 hydropower plant on Tuesday.", N,
         [("energy", "hydropower plant")]),
        ("He said Laos aims to become the battery of Southeast Asia by exporting clean energy to its "
         "neighbours.", L, [("energy", "clean energy")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Rosatom's fuel company TVEL has shipped a batch of fuel assemblies for research reactors abroad, "
         "the company's press service said.", R, [("nuclear", "fuel assemblies"), ("nuclear", "research reactors")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Atomic Energy Institute (VINATOM) opened a training course on radiation safety for "
         "40 medical staff from provincial hospitals on Monday.", N,
         [("nuclear", "radiation safety")], [("education", "training"), ("health", "medical staff"),
                                            ("health", "hospitals")]),
        ("VINATOM director Tran Chi Thanh said nuclear techniques are widely used in agriculture to "
         "create new rice varieties.", V, [("nuclear", "nuclear"), ("economy", "agriculture")]),
        ("Viet Nam has more than 40 nuclear medicine departments, he said.", V,
         [("nuclear", "nuclear"), ("health", "medicine")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("Zarubezhneft intends to take part in new offshore projects in Vietnam, company CEO Sergei "
         "Kudryashov told reporters.", R, [], [("oil_gas", "offshore")]),
        ("According to him, Vietsovpetro will drill 18 new wells this year.", R,
         [("oil_gas", "drill 18 new wells")]),
    ]),
    ("VNA", "HA TINH", [
        ("Ha Tinh province welcomed a delegation of Russia's Power Machines to survey the site of the "
         "Vung Ang 3 thermal power plant.", N, [("energy", "thermal power")]),
        ("Provincial Vice Chairman Le Ngoc Chau said the province will create favourable conditions for "
         "investors.", V, [("economy", "investors")]),
    ]),
]
