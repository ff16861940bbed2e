"""Probe 39p6: one-sector lists whose members carry their own modifiers or are words the lexicon may
lack, in VNA, VNS, Nhân Dân and TASS shapes (invented people and events), with close sentences where
two mentions must stay two (two sectors, two clauses or verbs, a list broken by a figure or a place).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give (a
list of one sector joined by 'and', 'or', commas or 'as well as' is one mention, quoted whole). A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Deputy Minister of Public Security Tran Quoc Dung received Russian Deputy Interior Minister "
         "Oleg Kravtsov in Hanoi on April 8.", N, []),
        ("Dung said the two ministries should work closely against cyber threats and international "
         "terrorism.", V, [("defence_security", "cyber threats and international terrorism")]),
        ("Kravtsov said Russia was ready to share experience in fighting drug trafficking, money "
         "laundering and high-tech crime.", R,
         [("defence_security", "drug trafficking, money laundering and high-tech crime")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian power engineers will help Vietnam build power grids and new generating capacity, "
         "Deputy Energy Minister Pavel Sorokin told TASS.", R,
         [("energy", "power grids and new generating capacity")]),
        ("\"We are discussing hydropower, wind farms and nuclear energy,\" Sorokin said.", R,
         [("energy", "hydropower, wind farms"), ("nuclear", "nuclear energy")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Culture, Sports and Tourism Le Van Thanh met with Lao Minister of Information, "
         "Culture and Tourism Bounleua Sinxayvoravong on May 12.", N, []),
        ("Thanh proposed that the two ministries expand cooperation in cinema, libraries, museums and "
         "fine arts.", V, [("culture", "cinema, libraries, museums and fine arts")]),
        ("Bounleua suggested that the two sides hold film weeks, translation of literary works, art "
         "troupe exchanges and the preservation of cultural heritage.", L,
         [("culture", "film weeks, translation of literary works, art troupe exchanges and the "
           "preservation of cultural heritage")]),
    ]),
    ("VNS", "HANOI", [
        ("Russia has delivered vaccine doses, as well as ventilators and protective equipment, to "
         "several provinces in the Mekong Delta.", N,
         [("health", "vaccine doses, as well as ventilators and protective equipment")]),
        ("Deputy Minister of Health Nguyen Thi Lien said the aid had helped local hospitals and "
         "clinics.", V, [("health", "hospitals and clinics")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The Vietnam Academy of Science and Technology and the Russian Academy of Sciences agreed to "
         "promote joint research in biotechnology, new materials and marine science.", J,
         [("science_technology", "biotechnology, new materials and marine science")],
         [("science_technology", "joint research")]),
        ("Academician Sergei Volkov said Russian institutes were also interested in satellite "
         "imaging and space research.", R, [("science_technology", "satellite imaging and space research")]),
    ]),
    ("VNA", "PHU QUOC", [
        ("Kien Giang province has called for investment in golf, spa and medical tourism on Phu Quoc "
         "island.", N, [("economy", "investment"), ("tourism_sports", "golf, spa and medical tourism")]),
        ("Provincial Vice Chairman Nguyen Luu Trung said Russian holidaymakers liked beach resorts, "
         "diving and yachting.", V, [("tourism_sports", "holidaymakers"), ("tourism_sports", "beach resorts, diving and yachting")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Sonexay Siphandone said Laos wants to link its capital with the "
         "sea by an expressway and a railway.", L, [("transport", "expressway"), ("transport", "railway")]),
        ("He said the two countries should also boost trade and attract investment.", L,
         [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("VNA", "LANG SON", [
        ("Lang Son province has identified trade, border-gate economy, agriculture as its three "
         "pillars for the next five years.", N,
         [("economy", "trade, border-gate economy, agriculture")]),
        ("Provincial Party Secretary Hoang Van Nghiem said the province would build a railway and "
         "upgrade the port of Dong Dang.", V, [("transport", "railway"), ("transport", "port")]),
    ]),
    ("VNS", "KHANH HOA", [
        ("Scientists from Vietnam and Russia have launched a project to protect coral reefs and marine "
         "biodiversity in Nha Trang Bay.", N,
         [("environment", "coral reefs and marine biodiversity")]),
        ("The Russian side will provide research vessels and diving equipment, said Dr Irina Sokolova of "
         "the Far Eastern Branch.", R, [],
         [("science_technology", "research vessels and diving equipment")]),
    ]),
    ("VNA", "HANOI", [
        ("The State Bank of Vietnam and the Bank of Russia discussed links between payment card systems "
         "and QR-code payments.", J, [("economy", "payment card systems and QR-code payments")]),
        ("Deputy Governor Pham Thanh Ha said the move would facilitate trade, tourism and "
         "remittances.", V, [("economy", "trade"), ("tourism_sports", "tourism")],
         [("economy", "remittances")]),
    ]),
    ("TASS", "HANOI", [
        ("Russia and Vietnam will build the expressway and the railway in different provinces, Russian "
         "Ambassador Gennady Bezdetko said.", R, [("transport", "expressway"), ("transport", "railway")]),
        ("He said that trade reached 5.3 billion US dollars last year and investment grew by 12 "
         "percent.", R, [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Chinh asked ministries to speed up work on seaports, airports and "
         "inland waterways.", V, [("transport", "seaports, airports and inland waterways")]),
        ("He also called for more investment in hospitals, schools and housing for workers.", V,
         [("economy", "investment"), ("health", "hospitals"), ("education", "schools")],
         [("people", "housing for workers"), ("labour", "workers")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The two Parties agreed to enhance the exchange of theoretical experience, cadre training and "
         "the sharing of information on Party building.", J,
         [("party", "exchange of theoretical experience, cadre training and the sharing of information "
           "on Party building")]),
        ("Head of the Party Central Committee's Commission for External Relations Le Hoai Trung said "
         "the two sides should also step up people-to-people exchanges.", V,
         [("people", "people-to-people exchanges")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Dang Minh Khoi said Vietnamese firms were keen to export seafood, "
         "fruits and coffee to Russia.", V, []),
        ("Russian Deputy Agriculture Minister Maxim Titov said Russia could supply wheat, fertilisers "
         "and farm machinery.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Education and Training and the Russian Ministry of Science and Higher "
         "Education signed an agreement on scholarships, joint training programmes and the teaching of "
         "the Russian language.", N,
         [("education", "scholarships, joint training programmes and the teaching of the Russian "
           "language")]),
        ("Russia will grant 1,000 scholarships to Vietnamese students next year, said Deputy Minister "
         "Konstantin Mogilevsky.", R, [("education", "scholarships")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Rosatom and its Vietnamese partners discussed nuclear medicine, radiation technologies and "
         "the training of nuclear specialists.", N,
         [("nuclear", "nuclear medicine, radiation technologies and the training of nuclear "
           "specialists")]),
        ("Rosatom Deputy Director General Kirill Komarov said a research reactor could be built in "
         "Dong Nai.", R, [("nuclear", "research reactor")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam and Russia pledged to strengthen cooperation in defence industry, military training "
         "and maritime security.", J,
         [("defence_security", "defence industry, military training and maritime security")]),
        ("Defence Minister Phan Van Giang said the cooperation in military medicine and search and "
         "rescue had brought practical results.", V,
         [("defence_security", "military medicine and search and rescue")]),
    ]),
    ("VNS", "HCM CITY", [
        ("The city's Department of Labour said it would help 5,000 guest workers find jobs in Russia, "
         "Japan and the Republic of Korea.", N, [("labour", "guest workers"), ("labour", "jobs")]),
        ("Director Le Van Thinh said the department would focus on vocational training, language "
         "courses and job placement.", V,
         [("labour", "vocational training, language courses and job placement")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan said the two countries should "
         "cooperate in crude oil, liquefied natural gas and petrochemicals.", V,
         [("oil_gas", "crude oil, liquefied natural gas and petrochemicals")]),
        ("He said Vietnam also hoped to work with Russia on solar power and offshore wind.", V,
         [("energy", "solar power and offshore wind")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Governor of Primorsky Territory Oleg Kozhemyako said the region wanted more flights, cargo "
         "shipping and rail freight to Vietnam.", R,
         [("transport", "flights, cargo shipping and rail freight")]),
        ("He said Vietnamese tourists were increasingly visiting Vladivostok, and that sea ports in the "
         "region could handle more containers.", R,
         [("tourism_sports", "tourists"), ("transport", "sea ports")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Natural Resources and Environment Le Cong Thanh said the two sides should "
         "cooperate in climate change response, waste treatment and air pollution control.", V,
         [("environment", "climate change response, waste treatment and air pollution control")]),
        ("Russian Deputy Minister Sergei Anopriyenko said Russia had experience in forest protection "
         "and water resources management.", R,
         [("environment", "forest protection and water resources management")]),
    ]),
    ("VNA", "HANOI", [
        ("General Director of Vietnam Airlines Le Hong Ha said the carrier would resume direct flights "
         "to Moscow and open a route to Saint Petersburg.", V,
         [("transport", "direct flights")], [("transport", "route")]),
        ("He said that the airline had carried 45,000 passengers on the route last year, and that cargo "
         "volumes rose by 20 percent.", V, [("transport", "cargo")],
         [("transport", "passengers")]),
    ]),
    ("Nhân Dân", "HAVANA", [
        ("Vietnam and Cuba agreed to step up cooperation in rice production, aquaculture and food "
         "processing.", J, [("economy", "rice production, aquaculture and food processing")]),
        ("Cuban Deputy Minister Ana Teresa Igarza said Cuba appreciated Vietnam's support in vaccines, "
         "medical equipment and medicines.", "cuba",
         [("health", "vaccines, medical equipment and medicines")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Football Federation and the Russian Football Union signed an agreement on youth "
         "football, coaching courses and refereeing.", N,
         [("tourism_sports", "youth football, coaching courses and refereeing")]),
        ("The Russian side will send coaches to Hanoi, while Vietnamese players will train in Moscow, "
         "the federation said.", N, [],
         [("tourism_sports", "coaches"), ("tourism_sports", "players")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the National Assembly Tran Thanh Man said digital transformation, artificial "
         "intelligence and semiconductors were new pillars of the partnership.", V,
         [("science_technology", "digital transformation, artificial intelligence and "
           "semiconductors")]),
        ("He said the two legislatures would also share experience in law-making and supervision.", V, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Prime Minister Dmitry Chernyshenko said Russia and Vietnam would hold cross "
         "years of tourism, film festivals and youth exchanges.", R,
         [("tourism_sports", "tourism"), ("culture", "film festivals"), ("people", "youth exchanges")]),
        ("He said the number of Russian tourists to Vietnam had doubled, with Nha Trang and Phu Quoc the "
         "favourite destinations.", R, [("tourism_sports", "tourists")],
         [("tourism_sports", "destinations")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam wants to attract Russian investment in high-tech agriculture, processing industry and "
         "logistics, Deputy Minister of Planning and Investment Tran Quoc Phuong said.", V,
         [("economy", "investment"), ("economy", "high-tech agriculture, processing industry"),
          ("transport", "logistics")]),
        ("Phuong said Russian investment in Vietnam stood at 1 billion US dollars, mostly in oil and gas.",
         V, [("economy", "investment"), ("oil_gas", "oil and gas")]),
    ]),
    ("VNA", "HANOI", [
        ("The forum discussed tuition, student dormitories and university rankings.", N,
         [("education", "tuition, student dormitories and university rankings")]),
        ("Vice Rector Nguyen Huu Duc said Vietnamese universities had signed 40 agreements with Russian "
         "universities, mostly in Moscow.", V, [("education", "universities")],
         [("education", "Russian universities")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnam and Laos agreed to develop hydropower plants and power transmission lines in the "
         "border areas.", J, [("energy", "hydropower plants and power transmission lines")]),
        ("Lao Minister of Energy and Mines Phoxay Sayasone said Laos aimed to export 5,000 MW of "
         "electricity to Vietnam by 2030.", L, [("energy", "electricity")]),
    ]),
]
