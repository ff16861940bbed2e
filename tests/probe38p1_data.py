"""Probe 38p1: generic words for institutions and people of a field (universities, students, businesses,
investors, hospitals, localities, markets, media, artists, athletes, tourists) written as the field, as
the actors, audience, place or setting of one event, and in mixed shapes, in VNA, VNS, Nhân Dân and TASS
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. The
field named with the people counts ("cooperation between universities", "exchanges between localities",
"support Vietnamese students studying in Russia"); people present at one event, bare "businesses",
"enterprises", "market(s)" and occupations are optional (guide of 2026-11; RULES.md, "Probe 38p1").
Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, J, N = "vietnam", "russia", "laos", "joint", "narrator"

PASSAGES = [
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Pham Duc Long paid a working visit to Tomsk Polytechnic "
         "University on November 4.", N, []),
        ("Long thanked the university for its support for Vietnamese students studying in Tomsk and asked "
         "it to admit more Vietnamese students in oil and gas engineering.", V,
         [("education", "admit more Vietnamese students"), ("oil_gas", "oil and gas engineering")],
         [("education", "Vietnamese students studying in Tomsk"), ("education", "university")]),
        ("Rector Igor Zaitsev said the university hoped to expand cooperation with Vietnamese "
         "universities in training and research.", R,
         [("education", "cooperation with Vietnamese universities"), ("education", "training"),
          ("science_technology", "research")]),
        ("Students of the university later performed Vietnamese folk songs for the guests.", N, [],
         [("education", "Students"), ("culture", "folk songs")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("More than 200 businesses from Việt Nam and Russia attended a trade forum in Hà Nội on "
         "Tuesday.", N, [("economy", "trade")], [("economy", "businesses")]),
        ("Deputy Minister of Industry and Trade Lê Thị Hằng said the forum aimed to connect businesses of "
         "the two countries in energy, agriculture and logistics.", V,
         [("energy", "energy"), ("economy", "agriculture"), ("transport", "logistics")],
         [("economy", "connect businesses")]),
        ("Russian investors are interested in Vietnamese energy projects, especially wind power, said "
         "Oleg Sorokin, head of the Russian business delegation.", R,
         [("economy", "investors"), ("energy", "energy projects"), ("energy", "wind power")],
         [("economy", "business delegation")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia is ready to open its market wider to Vietnamese farm goods, Russian Deputy Agriculture "
         "Minister Pavel Lebedev told reporters on Thursday.", R,
         [("economy", "farm goods")], [("economy", "market")]),
        ("The market reacted calmly to the new tariffs, he added.", R, [], [("economy", "market")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam National University, Hanoi and Saint Petersburg State University signed an agreement "
         "on cooperation in training and research on Friday.", N,
         [("education", "training"), ("science_technology", "research")]),
        ("Under the agreement, the two universities will exchange lecturers and students and jointly "
         "supervise doctoral students.", N,
         [("education", "exchange lecturers and students"), ("education", "doctoral students")]),
        ("Many universities of the two countries have signed similar agreements in recent years, said "
         "Vice Rector Tran Minh Duc.", V, [], [("education", "universities")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Deputy Prime Minister Nguyễn Văn Thành received a delegation of the Russian Union of "
         "Journalists.", N, []),
        ("Thành said media cooperation between the two countries should help people understand each "
         "other better.", V, [("culture", "media cooperation")]),
        ("The Russian guests said journalists of the two countries should exchange information more "
         "often.", R, [], [("culture", "journalists of the two countries should exchange information")]),
    ]),
    ("VNA", "KAZAN", [
        ("Representatives of Vietnamese localities were present at the Russia-Vietnam forum of regions "
         "in Kazan.", N, [], [("people", "localities")]),
        ("Tatarstan's President Rustam Galiev said exchanges between localities are an important pillar of "
         "bilateral ties.", R, [("people", "exchanges between localities")]),
        ("He said the republic would send a delegation of businesses to Hải Phòng next spring.", R, [],
         [("economy", "businesses")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("A delegation of the Vietnamese Ministry of Health led by Deputy Minister Ngo Thi Mai visited "
         "Setthathirath Hospital in Vientiane on Wednesday.", N, []),
        ("Mai said Vietnamese hospitals stand ready to train Lao doctors and share experience in disease "
         "prevention.", V,
         [("education", "train Lao doctors"), ("health", "disease prevention")],
         [("health", "hospitals")]),
        ("The delegation also visited a local hospital and presented medical equipment.", N, [],
         [("health", "hospital"), ("health", "medical equipment")]),
    ]),
    ("TASS", "HANOI", [
        ("About 500,000 Russian tourists visited Vietnam in the first ten months of the year, the "
         "Vietnam National Authority of Tourism said.", V, [("tourism_sports", "Russian tourists")]),
        ("Tourists from Russia mostly choose the beaches of Nha Trang and Phu Quoc, the authority said.",
         V, [("tourism_sports", "Tourists from Russia")]),
        ("A group of tourists from Novosibirsk took part in the opening of the new air route on Monday.",
         N, [("transport", "air route")], [("tourism_sports", "tourists")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia held a reception to honour Vietnamese scientists working at "
         "Russian research institutes.", N, [], [("science_technology", "scientists"),
                                                 ("science_technology", "research institutes")]),
        ("Vietnamese Ambassador Pham Duc Long said the scientists are a bridge for cooperation in science and technology "
         "between the two countries.", V, [("science_technology", "science and technology")],
         [("science_technology", "scientists")]),
        ("He hoped Russian research institutes would host more young Vietnamese researchers.", V,
         [("science_technology", "research institutes would host more young Vietnamese researchers")]),
    ]),
    ("VNS", "HCM CITY", [
        ("Russian artists performed at the opening of the Russian Culture Days in HCM City on "
         "Saturday.", N, [], [("culture", "artists")]),
        ("Deputy Minister of Culture, Sports and Tourism Hoàng Văn Kiên said the event helps "
         "Vietnamese audiences learn more about Russian culture.", V, [("culture", "Russian culture")]),
        ("Kiên said exchanges of artists between the two countries would be stepped up.", V,
         [("culture", "exchanges of artists")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnamese athletes will take part in the BRICS Games in Kazan next June, the Russian Sports "
         "Ministry said.", R, [], [("tourism_sports", "athletes")]),
        ("Sports Minister Anton Kozlov said cooperation in sports and the training of athletes were among "
         "the priorities.", R,
         [("tourism_sports", "sports"), ("tourism_sports", "training of athletes")],
         [("education", "training")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("Lao Deputy Minister of Education and Sports Phonesavanh Keomany received Vietnamese Ambassador "
         "Nguyen Ba Hung.", N, []),
        ("Phonesavanh thanked Vietnam for granting scholarships to Lao students every year.", L,
         [("education", "scholarships"), ("education", "Lao students")]),
        ("Hung said the embassy would continue to support Lao students studying in Vietnam.", V,
         [("education", "support Lao students studying in Vietnam")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam-Russia Business Forum drew investors from both countries on Monday.", N, [],
         [("economy", "investors")]),
        ("Russian investors at the forum said the legal framework for investment needs to be improved.", R,
         [("economy", "investors"), ("economy", "investment")]),
        ("Deputy Minister of Planning and Investment Tran Quoc Phuong said Vietnam would create favourable "
         "conditions for Russian businesses to invest in the country.", V,
         [("economy", "invest")], [("economy", "businesses")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Primorye Governor Ivan Kuzmin met with Vietnamese Consul General Le Van Hai on Tuesday.", N, []),
        ("Kuzmin said the region wants to attract Vietnamese firms to its industrial parks and expand "
         "trade in seafood.", R, [("economy", "trade")], [("economy", "industrial parks")]),
        ("Hai said Vietnamese provinces are keen to establish twinning ties with Primorye.", V,
         [("people", "twinning ties")], [("people", "provinces")]),
    ]),
    ("VNA", "HANOI", [
        ("Students of the Hanoi University of Foreign Languages welcomed Russian guests with a concert on "
         "Thursday.", N, [], [("education", "Students"), ("culture", "concert")]),
        ("The university now teaches Russian to more than 300 students, its rector Vu Thi Lan said.", V,
         [("education", "teaches Russian")], [("education", "students")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Vietnamese enterprises should take advantage of the free trade agreement with the Eurasian "
         "Economic Union, Deputy Minister Lê Thị Hằng said.", V, [],
         [("economy", "enterprises"), ("economy", "free trade agreement")]),
        ("She said exports of Vietnamese farm produce to Russia rose 12 per cent last year.", V,
         [("economy", "exports of Vietnamese farm produce")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The Vietnamese Students' Association in Russia held its congress in Moscow on Sunday.", N, []),
        ("Vietnamese Ambassador Pham Duc Long urged Vietnamese students to study well and contribute to the friendship between "
         "the two peoples.", V, [], [("education", "Vietnamese students"), ("education", "study")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian and Vietnamese media outlets signed a memorandum on news exchange in Moscow on Friday.",
         N, [], [("culture", "news exchange"), ("culture", "media")]),
        ("The document provides for joint coverage of major events and training of journalists.", N,
         [("education", "training of journalists")], [("culture", "joint coverage")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Đặng Thị Hoa received Russian Ambassador Viktor Belov in Hà Nội on Monday.", N, []),
        ("Hoa suggested that the two countries boost cooperation in education, health care and culture.",
         V, [("education", "education"), ("health", "health care"), ("culture", "culture")]),
        ("Belov said more Russian universities wanted to open branches in Vietnam.", R, [],
         [("education", "universities")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The Hà Nội Party Committee hosted a delegation of the Moscow City Duma on Tuesday.", N, []),
        ("The two sides agreed to promote exchanges between Hà Nội and Moscow in culture, education and "
         "tourism.", J, [("culture", "culture"), ("education", "education"), ("tourism_sports", "tourism")]),
        ("Businesses of the two capitals will be encouraged to cooperate in trade and urban transport.", N,
         [("economy", "trade"), ("transport", "urban transport")], [("economy", "Businesses")]),
    ]),
    ("VNA", "NOVOSIBIRSK", [
        ("Vietnamese doctors completed a six-month internship at a Novosibirsk clinic on Friday.", N,
         [("education", "internship")], [("health", "doctors"), ("health", "clinic")]),
        ("The clinic's director Yelena Petrova said she hoped more Vietnamese doctors would come for "
         "training in cardiology.", R, [("education", "training"), ("health", "cardiology")],
         [("health", "doctors")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Education Minister Sergei Vasin met with a delegation of Vietnamese university "
         "rectors on Wednesday.", N, [], [("education", "university")]),
        ("Vasin said cooperation between universities of the two countries is developing dynamically.",
         R, [("education", "cooperation between universities")]),
        ("The rectors said they were interested in joint training programmes in engineering.", V,
         [("education", "joint training programmes")], [("education", "engineering")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese businesses in Laos presented gifts to poor pupils in Xieng Khouang province on "
         "Saturday.", N, [], [("economy", "businesses"), ("education", "pupils")]),
        ("Representatives of the businesses said they would continue charity activities in Laos.", V, [],
         [("economy", "businesses")]),
    ]),
    ("VNS", "ĐÀ NẴNG", [
        ("Đà Nẵng received 150,000 Russian holidaymakers last year, the city's tourism department said.",
         V, [("tourism_sports", "Russian holidaymakers")],
         [("tourism_sports", "tourism department")]),
        ("Local hotels and travel firms have hired Russian-speaking staff to serve tourists from Russia.",
         N, [("tourism_sports", "travel firms")], [("tourism_sports", "tourists from Russia")]),
    ]),
]
