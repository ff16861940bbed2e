"""Probe 40p2: sentence ends, abbreviations and initials in VNA, VNS, Nhân Dân, TASS and Sputnik shapes,
and the speakers the sentences carry (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where the
sentences are cut as the guidelines' speaker rows cut them (a full stop of an initial, a title, a unit, a
company form or a quotation before a lower-case word ends no sentence; the initials of a country, "etc."
and a month's short form before "The", "He", "It" do), ``side`` is the side of whoever voices the sentence
by ``data/evaluation/README.md`` and ``mentions`` the ``(sector, surface)`` rows. A sentence may carry a
fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("TASS", "MOSCOW", [
        ("Russian Deputy Foreign Minister A.N. Rudenkov met Vietnamese Ambassador Dang Minh Khoi on Oct. 14.", N, []),
        ("Rudenkov said Moscow is ready to expand cooperation in energy and transport with Hanoi.", R,
         [("energy", "energy"), ("transport", "transport")]),
    ]),
    ("VNA", "HANOI", [
        ("The delegation toured the museum of poet A.S. Pushkin in St. Petersburg.", N, []),
        ("Deputy Minister of Culture Ta Quang Vinh said the two countries should boost cultural exchanges and tourism.", V,
         [("culture", "cultural exchanges"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("Talks between the two ministers were held at 5 p.m. on Monday.", N, []),
        ("Vietnamese Minister of Industry and Trade Bui Van Khang said trade reached 3.5 billion USD last year.", V,
         [("economy", "trade")]),
        ("He proposed more investment in oil and gas exploration on the continental shelf.", V,
         [("economy", "investment"), ("oil_gas", "oil and gas exploration")]),
    ]),
    ("Sputnik", "HANOI", [
        ("Researcher Nguyen T. Hanh of the Vietnam Academy of Social Sciences spoke at the forum.", N, []),
        ("She said the two countries should train more specialists in nuclear power.", V,
         [("education", "train more specialists"), ("nuclear", "nuclear power")]),
    ]),
    ("VNA", "HANOI", [
        ("Russian Ambassador G.S. Bezdenko said Russia values its comprehensive strategic partnership with Vietnam.", R, []),
        ("He added that Russian companies want to take part in railway projects.", R, [("transport", "railway")]),
    ]),
    ("VNS", "HANOI", [
        ("U.N. agencies will support Vietnam in health care and climate change adaptation this year.", N,
         [("health", "health care"), ("environment", "climate change")]),
        ("Deputy Minister of Planning Tran Quoc Phuong said the E.U. is also a key partner in renewable energy.", V,
         [("energy", "renewable energy")]),
    ]),
    ("VNA", "WASHINGTON", [
        ("Vietnamese Deputy Prime Minister Le Hoang Phuc ended his working trip to the U.S.", N, []),
        ("The Deputy PM told Vietnamese businesses to seize chances in semiconductors and digital technology.", V,
         [("science_technology", "semiconductors and digital technology")], [("economy", "businesses")]),
    ]),
    ("VNA", "HANOI", [
        ("Assoc. Prof. Dr. Pham Thi Lien, Rector of the Hanoi University of Pharmacy, hosted Prof. I.V. Semenov.", N, []),
        ("Lien said the university hopes to co-train pharmacists with Russian partners.", V,
         [("education", "co-train pharmacists")]),
        ("Semenov said Russian schools are ready to receive Vietnamese students.", R, [("education", "Russian schools"), ("education", "Vietnamese students")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Lt. Gen. Oleg Kurbatov met a delegation of the Vietnam People's Army led by Maj. Gen. Tran Duc Hau.", N, []),
        ("Kurbatov said the two armies should step up cooperation in military training.", R,
         [("defence_security", "military training")]),
        ("Hau said Vietnam values Russia's help in defence industry.", V, [("defence_security", "defence industry")]),
    ]),
    ("VNA", "HANOI", [
        ("Viet Phat Energy Co., Ltd. signed a contract with Russia's Silovye Mashiny on the supply of turbines.", N,
         [("energy", "turbines")]),
        ("Its director Do Van Tam said the turbines will go to a hydropower plant in Son La.", V,
         [("energy", "hydropower plant")], [("energy", "turbines")]),
    ]),
    ("VNA", "HANOI", [
        ("The deal was signed with Song Hong Construction JSC.", N, []),
        ("The company's chairman said it will build roads and bridges in the Mekong Delta.", V,
         [("transport", "roads and bridges")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("Russian investment in Vietnam reached US$1.2 bln. in 2023, the Russian Ministry of Economic Development said.", R,
         [("economy", "investment")]),
        ("Deputy Minister Pavel Lomtev said more Russian firms want to invest in agriculture.", R,
         [("economy", "invest"), ("economy", "agriculture")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Minister of Agriculture Pavel Lomtev spoke at the forum in Kazan.", N, []),
        ('"We are ready to supply more grain and fertiliser." Lomtev added.', R,
         [], [("economy", "grain and fertiliser")]),
        ("He said the two sides will meet again in Sept.", R, []),
    ]),
    ("TASS", "MOSCOW", [
        ('"We are ready." the Russian Foreign Minister told reporters.', R, []),
        ("He said Moscow and Hanoi will sign a plan on education and science.", R,
         [("education", "education"), ("science_technology", "science")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Russian Deputy Prime Minister Dmitry Cherkov received Ambassador Dang Minh Khoi on Oct. 3.", N, []),
        ('"Russia will remain a reliable partner of Vietnam in energy." he stressed.', R, [("energy", "energy")]),
        ("Ambassador Dang Minh Khoi thanked Russia for its support in training Vietnamese engineers.", V,
         [("education", "training Vietnamese engineers")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Mr. Tran Quoc Viet and Mrs. Elena Sorokina attended the opening ceremony at 9 a.m.", N, []),
        ("The Vietnamese official said people-to-people exchanges are the foundation of the friendship.", V,
         [("people", "people-to-people exchanges")]),
    ]),
    ("VNA", "LAO CAI", [
        ("A group of Russian tourists climbed Mt. Fansipan on Sunday.", N, [("tourism_sports", "tourists")]),
        ("Provincial official Lo Van Sang said the province welcomed 40,000 Russian visitors in the first half.", V,
         [("tourism_sports", "visitors")]),
    ]),
    ("VNA", "HANOI", [
        ("Thermal power plants Nos. 3 and 4 of the Vung Ang complex will open next year.", N,
         [("energy", "Thermal power")]),
        ("Deputy Minister Nguyen Sinh Thao said the plants will supply electricity to the north.", V,
         [("energy", "electricity")]),
    ]),
    ("VNA", "HANOI", [
        ("Talks covered trade, tourism, labour etc.", N,
         [("economy", "trade"), ("tourism_sports", "tourism"), ("labour", "labour")]),
        ("The Lao minister said Laos wants more Vietnamese investment in agriculture.", L,
         [("economy", "investment"), ("economy", "agriculture")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The forum drew firms from the U.S., Japan, Russia, the E.U., etc. to Vientiane.", N, []),
        ("Lao Deputy PM Khamla Phommavong said Laos welcomes investment in mining and hydropower.", L,
         [("economy", "investment"), ("energy", "hydropower")], [("economy", "mining")]),
    ]),
    ("VNS", "HO CHI MINH CITY", [
        ("The exhibition runs from Oct. 10 to Oct. 14 at the Saigon Exhibition and Convention Center.", N, []),
        ("Organisers said more than 300 firms will show products in food processing, i.e. dairy and seafood.", N,
         [("economy", "food processing")], [("economy", "dairy and seafood")]),
    ]),
    ("VNA", "HANOI", [
        ("The meeting was chaired by Dr. Nguyen Thi Bich, Director of the National Cancer Hospital.", N, []),
        ("Bich said the hospital wants to cooperate with Russian centres in nuclear medicine, e.g. isotope therapy.", V,
         [("nuclear", "nuclear"), ("health", "medicine")], [("health", "isotope therapy"), ("nuclear", "isotope")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("Governor Alexander Belsky received Vietnamese Consul General Le Thi Huong.", N, []),
        ("The governor said St. Petersburg's shipyards are interested in orders from Vietnam.", R,
         [], [("economy", "shipyards")]),
        ("Huong said the city could help train Vietnamese seafarers.", V, [("education", "train Vietnamese seafarers")]),
    ]),
    ("VNA", "HANOI", [
        ("Exports of farm produce to Russia rose approx. 12 percent in the first nine months.", N,
         [("economy", "farm produce")], [("economy", "Exports")]),
        ("Trade counsellor Vu Minh Duc said rice, coffee, seafood, etc. sell well in Russian markets.", V,
         [], [("economy", "rice, coffee, seafood"), ("economy", "markets")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("The match Russia vs. Vietnam drew 40,000 fans in Moscow.", N, [], [("tourism_sports", "match")]),
        ("Russian Sports Minister Mikhail Degtyar said the two countries will hold more football exchanges.", R,
         [("tourism_sports", "football")]),
    ]),
    ("VNA", "HANOI", [
        ("Students attend a class at the Vietnam-Russia school in Hanoi.", N, [("education", "Students")], [("education", "school")]),
        ("(Photo: VNA)", N, []),
        ("Deputy Minister of Education Hoang Minh Son said Russian scholarships help Vietnam train its scientists.", V,
         [("education", "scholarships"), ("education", "train its scientists")]),
    ]),
    ("VNA", "HANOI", [
        ("The agreement covers three areas: oil and gas; power generation; and nuclear safety.", N,
         [("oil_gas", "oil and gas"), ("energy", "power generation"), ("nuclear", "nuclear safety")]),
        ("Minister Bui Van Khang said the areas are priorities for both countries.", V, []),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairman of the National Assembly Tran Van Quang said... the law on energy will be passed soon.", V,
         [("energy", "energy")]),
        ("He said it will attract investment in wind power.", V, [("economy", "investment"), ("energy", "wind power")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Chairman of the State Duma V.V. Volkin met Vietnamese NA Vice Chairman Tran Van Quang.", N, []),
        ("Volkin said parliamentary cooperation is an important channel of bilateral relations.", R,
         [("diplomacy", "parliamentary cooperation")]),
        ("Quang said the Vietnamese NA wants to learn from the Duma's experience in lawmaking.", V, []),
    ]),
    ("VNA", "HANOI", [
        ("The two sides signed the document at 10 a.m.", N, []),
        ("Russian Deputy Minister Pavel Lomtev then told the press that Russia will buy more Vietnamese seafood.", R,
         [], [("economy", "seafood")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Sberbank Corp. opened a representative office in Hanoi on Feb. 2.", N, []),
        ("Its deputy head said the bank will serve Russian firms investing in Vietnam.", R,
         [("economy", "investing")], [("economy", "bank")]),
    ]),
    ("VNA", "HANOI", [
        ("The talks were held in the U.S.", N, []),
        ("The Vietnamese delegation was led by Deputy Minister Ha Kim Ngoc.", N, []),
        ("Ngoc said Vietnam wants U.S. investment in clean energy.", V, [("economy", "investment"), ("energy", "clean energy")]),
    ]),
    ("VNS", "HANOI", [
        ("Professor Nguyen Van Hieu (1938-2022) founded the institute in 1969.", N, []),
        ("He trained hundreds of physicists with Soviet colleagues, the institute's director said.", V,
         [("education", "trained hundreds of physicists")]),
    ]),
]
