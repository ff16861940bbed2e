"""Probe 41p1: one-sector lists that the system split into two or three mentions (members with their
own modifier, a head noun the match leaves out, middle members the lexicon lacks, "of" members), and
close sentences where two mentions must stay two (two sectors, two clauses, two verbs, a figure or a
place between), in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[,
optional])`` where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give:
neighbouring terms of one sector joined only by "and", "or", commas, "as well as" or nothing form one
mention, quoted whole; terms of different sectors stay separate. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, J, N = "vietnam", "russia", "laos", "joint", "narrator"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Deputy Minister Ta Quang Dinh received a delegation from the Russian city of Kazan on April 8.", N, []),
        ("Dinh said the two sides could expand cooperation in cinema, libraries, museums and fine arts.", V,
         [("culture", "cinema, libraries, museums and fine arts")]),
        ("He also proposed promoting golf, spa and medical tourism among Russian visitors.", V,
         [("tourism_sports", "golf, spa and medical tourism")], [("tourism_sports", "visitors")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese and Russian institutes signed an agreement on joint research in biotechnology, new "
         "materials and marine science on May 12.", N,
         [("science_technology", "research"), ("science_technology", "biotechnology, new materials and marine science")]),
        ("Director of the Vietnamese institute Pham Thi Hoa said the programme would also survey coral reefs "
         "and marine biodiversity off the central coast.", V,
         [("environment", "coral reefs and marine biodiversity")]),
    ]),
    ("VNS", "HA NOI", [
        ("The central bank will link payment card systems and QR-code payments with partners in Laos and "
         "Cambodia, Deputy Governor Dao Minh Tu said.", V,
         [("economy", "payment card systems and QR-code payments")]),
        ("The country needs to invest in power grids and new generating capacity to meet demand, Deputy "
         "Minister Nguyen Hoang Long said.", V, [("economy", "invest"), ("energy", "power grids and new generating capacity")]),
        ("Long added that the ministry would give priority to wind farms and rooftop solar power.", V,
         [("energy", "wind farms and rooftop solar power")]),
    ]),
    ("VNA", "HANOI", [
        ("Viet Nam and Russia agreed to step up cooperation in countering cyber threats and international "
         "terrorism.", J, [("defence_security", "cyber threats and international terrorism")]),
        ("Deputy Minister of Public Security Le Van Tuyen said the two forces would also fight drug "
         "trafficking and transnational crime.", V,
         [("defence_security", "drug trafficking and transnational crime")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia has supplied vaccine doses, as well as ventilators and protective equipment, to Vietnam, "
         "Deputy Health Minister Oleg Gridin said on Tuesday.", R,
         [("health", "vaccine doses, as well as ventilators and protective equipment")]),
        ("According to Gridin, Russian clinics are ready to offer heart surgery and advanced cancer "
         "treatment to Vietnamese patients.", R,
         [("health", "clinics"), ("health", "heart surgery and advanced cancer treatment")]),
    ]),
    ("VNA", "HANOI", [
        ("The sides discussed translation of literary works, art troupe exchanges and the preservation of "
         "cultural heritage.", J,
         [("culture", "translation of literary works, art troupe exchanges"), ("culture", "cultural heritage")]),
        ("The two countries also pledged to boost trade and attract investment.", J,
         [("economy", "trade"), ("economy", "investment")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Saleumxay Kommasith said Laos wants Vietnamese support for hydropower and "
         "cross-border transmission lines.", L,
         [("energy", "hydropower and cross-border transmission lines")]),
        ("He also asked Vietnamese firms to build a railway and upgrade the seaport at Vung Ang.", L,
         [("transport", "railway"), ("transport", "seaport")]),
    ]),
    ("Nhan Dan", "HANOI", [
        ("The Party's theoretical work and ideological education must keep pace with the country's "
         "development, Politburo member Tran Van Hieu said.", V,
         [("party", "theoretical work and ideological education")]),
        ("Hieu called for better training of cadres, political education and the building of grassroots "
         "Party organisations.", V,
         [("party", "training of cadres"), ("party", "building of grassroots Party organisations")],
         [("education", "political education")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese students will receive scholarships and postgraduate training at Russian universities "
         "from next year.", N, [("education", "students"), ("education", "scholarships and postgraduate training"),
                              ("education", "universities")]),
        ("The agreement also covers vocational training and higher education, Vice Minister Hoang Minh Son "
         "said.", V, [("education", "vocational training and higher education")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian companies are interested in oil refining and petrochemical production in Vietnam, Deputy "
         "Energy Minister Pavel Sorokin said.", R,
         [("oil_gas", "oil refining and petrochemical production")]),
        ("Sorokin said Moscow is also ready to help Hanoi with power plants, transmission grids and "
         "nuclear energy.", R, [("energy", "power plants, transmission grids"), ("nuclear", "nuclear energy")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("A Russian film week, photo exhibitions and folk music concerts will take place in the city in "
         "June.", N, [("culture", "film week, photo exhibitions and folk music concerts")]),
        ("The city's tourism department said it will also promote golf tourism and sports events.", V,
         [("tourism_sports", "golf tourism and sports events")], [("tourism_sports", "tourism department")]),
    ]),
    ("VNS", "HA NOI", [
        ("Viet Nam received test kits, as well as masks and medical supplies, from Russia during the "
         "pandemic, Deputy Minister of Health Do Xuan Tuyen said.", V,
         [("health", "test kits, as well as masks and medical supplies")]),
        ("Tuyen said the ministry will train more doctors and buy modern medical equipment.", V,
         [("education", "train more doctors"), ("health", "medical equipment")]),
    ]),
    ("VNA", "HANOI", [
        ("Trade between the two countries reached 5.2 billion USD last year, while investment from Russia "
         "rose by 10 percent.", N, [("economy", "Trade"), ("economy", "investment")]),
        ("The delegation visited schools in Hue and universities in Da Nang.", N,
         [("education", "schools"), ("education", "universities")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("The Russian Pacific Fleet and the Vietnamese navy will hold joint exercises, search and rescue "
         "drills and port calls this year, fleet commander Admiral Viktor Liina said.", R,
         [("defence_security", "joint exercises, search and rescue drills and port calls")]),
        ("He said maritime security in the region and defence industry cooperation were discussed.", R,
         [("defence_security", "maritime security"), ("defence_security", "defence industry cooperation")]),
    ]),
    ("VNA", "HANOI", [
        ("The two ministries will cooperate in digital transformation, e-government and artificial "
         "intelligence.", N,
         [("science_technology", "digital transformation, e-government and artificial intelligence")]),
        ("They will also work on forest protection, coastal erosion and waste treatment.", N,
         [("environment", "forest protection, coastal erosion and waste treatment")]),
    ]),
    ("VNS", "HA NOI", [
        ("Investors from Russia are looking at seaports, logistics centres and dry ports in the northern "
         "region.", N, [("transport", "seaports, logistics centres and dry ports")], [("economy", "Investors")]),
        ("The development of seaports, the upgrading of airports and the expansion of expressways were "
         "discussed, said Deputy Minister of Transport Le Anh Tuan.", V,
         [("transport", "seaports"), ("transport", "airports"), ("transport", "expressways")]),
    ]),
    ("Nhan Dan", "HANOI", [
        ("The exhibition features cinema, puppetry, folk music and fine arts from both countries.", N,
         [("culture", "cinema, puppetry, folk music and fine arts")]),
        ("Cultural exchanges and tourism have brought the two peoples closer, the organisers said.", V,
         [("culture", "Cultural exchanges"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("The sides agreed on the training of doctors, the exchange of medical experts and the production "
         "of vaccines.", J,
         [("education", "training of doctors"), ("health", "medical experts"), ("health", "production of vaccines")]),
        ("Russia will provide vaccines, and Vietnam will build a packaging plant in Hung Yen.", N,
         [("health", "vaccines")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian and Vietnamese researchers will develop satellite navigation, remote sensing and space "
         "technology, Roscosmos official Igor Smirnov said.", R,
         [("science_technology", "satellite navigation, remote sensing and space technology")]),
        ("Smirnov said the sides would also launch a joint satellite in 2027 and train Vietnamese "
         "engineers.", R, [("education", "train Vietnamese engineers")], [("science_technology", "satellite")]),
    ]),
    ("VNA", "HANOI", [
        ("The ministry will support organic farming, aquaculture and forestry in the Mekong Delta.", N,
         [("economy", "organic farming, aquaculture and forestry")]),
        ("Exports of rice rose to 4 billion USD, and exports of seafood reached 9 billion USD.", N,
         [], [("economy", "Exports of rice"), ("economy", "exports of seafood")]),
    ]),
    ("VNS", "HA NOI", [
        ("The programme covers English teaching, teacher training and school meals in mountainous "
         "provinces.", N, [("education", "English teaching, teacher training and school meals")]),
        ("Education in Ha Giang and health care in Lai Chau will receive 200 billion VND.", N,
         [("education", "Education"), ("health", "health care")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese and Lao officials discussed road transport, inland waterways and civil aviation.", J,
         [("transport", "road transport, inland waterways and civil aviation")]),
        ("The Lao minister said Laos would open its airspace to Vietnamese airlines and build new roads "
         "to the border.", L, [("transport", "airspace to Vietnamese airlines"), ("transport", "roads")]),
    ]),
    ("TASS", "HANOI", [
        ("Russian Ambassador Gennady Bezdetko said bilateral trade, investment and tourism all grew in "
         "2024.", R, [("economy", "trade, investment"), ("tourism_sports", "tourism")]),
        ("Bezdetko said Russian tourists favour beach resorts, golf and spa treatments in Nha Trang.", R,
         [("tourism_sports", "tourists"), ("tourism_sports", "beach resorts, golf and spa treatments")]),
    ]),
    ("VNA", "HANOI", [
        ("The centre will offer Russian language courses, cultural events and book presentations.", N,
         [("education", "Russian language courses"), ("culture", "cultural events and book presentations")]),
        ("Professor Nguyen Thi Mai said the centre would also teach Vietnamese literature, history and "
         "traditional music.", V,
         [("education", "teach"), ("culture", "literature, history and traditional music")]),
    ]),
    ("VNA", "HANOI", [
        ("Climate change adaptation, disaster prevention and water resources management were on the "
         "agenda.", N,
         [("environment", "Climate change adaptation, disaster prevention and water resources management")]),
        ("The minister said air pollution in Hanoi and plastic waste in coastal areas need urgent action.",
         V, [("environment", "air pollution"), ("environment", "plastic waste")]),
    ]),
    ("Nhan Dan", "HANOI", [
        ("The two Parties will step up the exchange of delegations, theoretical seminars and cadre "
         "training.", N,
         [("party", "exchange of delegations, theoretical seminars and cadre training")]),
        ("The Vietnamese side thanked the Russian party for training Vietnamese cadres and for hosting "
         "its delegation.", V, [("party", "training Vietnamese cadres")], [("party", "hosting its delegation")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("The forum discussed shipbuilding, port logistics and Arctic shipping, Deputy Governor Anna "
         "Volkova said.", R, [("transport", "shipbuilding, port logistics and Arctic shipping")]),
        ("Volkova said cargo turnover at the port grew 8 percent, and container traffic hit a record.", R,
         [("transport", "cargo turnover"), ("transport", "container traffic")], [("transport", "port")]),
    ]),
    ("VNA", "HANOI", [
        ("The two sides agreed to promote exchanges of labour, vocational skills and migrant workers' "
         "welfare.", J, [("labour", "labour"), ("labour", "migrant workers' welfare")],
         [("education", "vocational skills")]),
        ("Vietnam will send workers and train them in Russian language skills.", N,
         [("labour", "send workers"), ("education", "train them in Russian language skills")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Deputy Prime Minister Tran Luu Quang met Russian Deputy Prime Minister Dmitry Chernyshenko in Moscow "
         "on June 5.", N, []),
        ("The Russian official proposed expanding cooperation in oil and gas exploration, nuclear power and "
         "renewable energy.", R,
         [("oil_gas", "oil and gas exploration"), ("nuclear", "nuclear power"), ("energy", "renewable energy")]),
        ("Quang said Vietnam welcomes Russian investment in seaports, railways and inland waterways.", V,
         [("economy", "investment"), ("transport", "seaports, railways and inland waterways")]),
    ]),
    ("VNS", "HA NOI", [
        ("The city will build metro lines, bus rapid transit and urban railways by 2035, Vice Chairman Duong "
         "Duc Tuan said.", V, [("transport", "metro lines, bus rapid transit and urban railways")]),
        ("Tuan said the city would also promote trade and then facilitate investment in its industrial parks.",
         V, [("economy", "trade"), ("economy", "investment")], [("economy", "industrial parks")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia is ready to supply fuel and build refineries in Vietnam, Deputy Energy Minister Sergei "
         "Mochalnikov told TASS.", R, [("oil_gas", "refineries")], [("oil_gas", "fuel")]),
        ("Mochalnikov said the two countries also discussed coal supplies and cross-border power trade.", R,
         [("energy", "coal supplies and cross-border power trade")]),
    ]),
    ("Nhan Dan", "HANOI", [
        ("The province will develop eco-tourism, community-based tourism and sports tourism in the coming "
         "years, its Party Secretary Nguyen Van Thang said.", V,
         [("tourism_sports", "eco-tourism, community-based tourism and sports tourism")]),
    ]),
]
