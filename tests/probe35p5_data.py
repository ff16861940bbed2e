"""Probe 35p5: institutions, people and figures as the setting of a report rather than as a field of
cooperation, in VNA English, VNS, Nhân Dân and TASS shapes (invented people and events).

Universities, schools, hospitals, theatres, museums, stadiums, hotels, banks, ports and airports as the
places where something happened ("the meeting took place at the university's hall", "the delegation
stayed at a hotel near the port"), people by occupation ("pupils sang", "doctors attended"), figures and
prices in passing ("the company's turnover", "the market price of"), an event's own furniture ("the
festival's stage", "the forum's plenary session"), beside close sentences where the same words name the
field ("cooperation between universities", "training doctors", "exchanges of pupils", "trade reached 5
billion USD").

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows (people present at one event, bare "market", occupations
the lexicon matches). A place where something happened is no mention. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # universities and schools: the place, then the field
    ("VNA", "HANOI", [
        ("The meeting took place at the university's main hall on the morning of April 9.", N, []),
        ("Rector Nguyen Van Khiem said the university wants to expand cooperation between universities "
         "of the two countries.", V, [("education", "cooperation between universities")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The ceremony was held at the Moscow State Institute of International Relations, where many "
         "Vietnamese diplomats once studied.", N, []),
        ("Ambassador Dang Minh Khoi thanked Russia for training generations of Vietnamese specialists.",
         V, [("education", "training generations of Vietnamese specialists")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Pupils of the Chu Van An High School sang Russian songs to welcome the guests.", N, [],
         [("education", "Pupils")]),
        ("Russian Deputy Minister of Education Irina Sokolova said the two countries should increase "
         "exchanges of pupils and teachers.", R, [("education", "exchanges of pupils and teachers")]),
    ]),
    ("VNS", "HA NOI", [
        ("The delegation visited a primary school in Ba Dinh District, where children presented "
         "drawings of Russian fairy tales.", N, []),
        ("Deputy Minister Sokolova said Russia will help Viet Nam teach the Russian language in "
         "schools.", R, [("education", "teach")], [("education", "Russian language"), ("education", "schools")]),
    ]),
    # hospitals and doctors
    ("VNA", "HANOI", [
        ("The Russian delegation toured Bach Mai Hospital, one of the largest hospitals in the country.",
         N, []),
        ("Doctors and nurses of the hospital attended the meeting.", N, [], [("health", "Doctors and nurses")]),
        ("Deputy Health Minister Le Thi Hoa said Viet Nam hopes Russia will help train doctors and "
         "develop nuclear medicine.", V, [("education", "train doctors"), ("nuclear", "nuclear"),
                                          ("health", "medicine")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The talks were held at a clinic of the Russian Ministry of Health in central Moscow.", N, []),
        ("Russian Health Minister Mikhail Orekhov said Russia is ready to expand cooperation in "
         "healthcare with Vietnam.", R, [("health", "healthcare")]),
    ]),
    ("VNA", "HUE", [
        ("The Russian ambassador presented gifts to patients at the Central Hospital in Hue.", N, []),
        ("He said Russian and Vietnamese hospitals could exchange experience in treating cancer.", R,
         [("health", "hospitals"), ("health", "treating cancer")]),
    ]),
    # theatres, museums, stadiums
    ("VNA", "HANOI", [
        ("The gala was held at the Hanoi Opera House on the evening of May 12.", N, []),
        ("Artists of the two countries performed on the festival's stage for two hours.", N, []),
        ("Minister of Culture, Sports and Tourism Nguyen Van Tung said the two countries will hold "
         "culture days in each other's country every year.", V, [("culture", "culture days")]),
    ]),
    ("TASS", "ST. PETERSBURG", [
        ("The Vietnamese Prime Minister visited the Hermitage Museum, where he was shown its collection "
         "of Asian art.", N, []),
        ("The museum's director Pavel Gorin said the Hermitage is ready to exchange exhibitions with "
         "Vietnamese museums.", R, [("culture", "exchange exhibitions")], [("culture", "museums")]),
    ]),
    ("VNS", "HA NOI", [
        ("The opening ceremony took place at My Dinh National Stadium before 20,000 spectators.", N, []),
        ("Russian Sports Minister Oleg Kuzin said the two countries will step up cooperation in sports "
         "and the training of athletes.", R, [("tourism_sports", "sports"),
                                              ("tourism_sports", "training of athletes")],
         [("education", "training")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The two theatres will co-stage a ballet next year, the director of Russia's Bolshoi Theatre, "
         "Anna Volina, said.", R, [("culture", "co-stage a ballet")]),
        ("She spoke after a performance at the theatre attended by Vietnamese Ambassador Dang Minh Khoi.",
         N, []),
    ]),
    # hotels, banks, ports, airports
    ("VNA", "VLADIVOSTOK", [
        ("The Vietnamese delegation stayed at a hotel near the port of Vladivostok.", N, []),
        ("Deputy Minister of Transport Nguyen Duy Lam said the two countries should open a direct "
         "shipping route between Hai Phong and Vladivostok.", V, [("transport", "shipping route")]),
    ]),
    ("VNA", "HANOI", [
        ("The delegation landed at Noi Bai International Airport on the evening of June 2.", N, []),
        ("The Lao Minister of Public Works and Transport, Viengthong Siphandone, said the two countries "
         "should build more airports and seaports.", L, [("transport", "airports and seaports")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The agreement was signed at the headquarters of the bank in Moscow on Tuesday.", N, []),
        ("Bank chairman Viktor Belov said settlements in national currencies account for most of the "
         "trade between Russia and Vietnam.", R, [("economy", "settlements in national currencies"),
                                                  ("economy", "trade")]),
    ]),
    ("VNA", "HANOI", [
        ("The forum was held at the Sheraton Hotel with the participation of 200 business leaders and "
         "scholars.", N, [], [("economy", "business leaders")]),
        ("Deputy Prime Minister Tran Hong Son said banking cooperation should support investment in the "
         "two economies.", V, [("economy", "banking"), ("economy", "investment")], [("economy", "economies")]),
    ]),
    # an event's own furniture
    ("VNA", "VLADIVOSTOK", [
        ("Prime Minister Pham Minh Tuan addressed the forum's plenary session on September 5.", N, []),
        ("He said Viet Nam wants to attract Russian investment in energy and logistics.", V,
         [("economy", "investment"), ("energy", "energy"), ("transport", "logistics")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The festival's opening ceremony was broadcast live on national television.", N, []),
        ("Speaking at the event, Lao Ambassador Khamphao Ernthavanh said the two countries should "
         "cooperate in radio, television and the press.", L, [("culture", "radio, television and the press")]),
    ]),
    # figures and prices in passing, then as trade
    ("TASS", "MOSCOW", [
        ("Vietnam's trade with Russia reached 5 billion USD last year, Russian Deputy Minister of "
         "Economic Development Sergei Lavrin said.", R, [("economy", "trade")]),
        ("He noted that the company's turnover grew by a quarter in the same period.", R, []),
    ]),
    ("VNS", "HA NOI", [
        ("The market price of rice rose by 3 per cent in the first quarter, according to the General "
         "Statistics Office.", V, [], [("economy", "market")]),
        ("Trade between Viet Nam and Laos grew by 12 per cent in the same period, the office said.", V,
         [("economy", "Trade")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The company's revenue reached 40 million USD in 2025, its director Somphone Keola told "
         "reporters.", L, []),
        ("Somphone said the company plans to invest in hydropower in southern Laos.", L,
         [("economy", "invest"), ("energy", "hydropower")]),
    ]),
    # people by occupation at one event, then as the field
    ("VNA", "HANOI", [
        ("Scientists, lecturers and students of the Vietnam Academy of Science and Technology attended "
         "the seminar.", N, [], [("education", "students")]),
        ("Academician Ivan Rybakov said Russia and Viet Nam should jointly train young scientists.",
         R, [("education", "train young scientists")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Many Vietnamese students and teachers came to the embassy to greet visiting Vietnamese President "
         "Luong Van Thinh.", N, [],
         [("education", "students and teachers")]),
        ("Thinh asked the students to study well and contribute to the friendship between the "
         "two countries.", V, [], [("education", "students")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia will admit 1,000 Vietnamese students to its universities under state scholarships "
         "this year, Minister of Science and Higher Education Valery Falkov said.", R,
         [("education", "admit 1,000 Vietnamese students"), ("education", "universities"),
          ("education", "scholarships")]),
    ]),
    ("VNA", "HANOI", [
        ("Business leaders of the two countries attended the reception.", N, [],
         [("economy", "Business leaders")]),
        ("Minister of Industry and Trade Nguyen Hong Dien called on them to boost exports of farm "
         "produce.", V, [("economy", "exports of farm produce")]),
    ]),
    # schools and universities as actors in a list of signatories
    ("VNA", "HANOI", [
        ("Hanoi University of Science and Technology and Tomsk Polytechnic University signed a "
         "memorandum of understanding.", N, []),
        ("Under the memorandum, the two universities will exchange lecturers and students and conduct "
         "joint research in materials science.", N,
         [("education", "exchange lecturers and students"), ("science_technology", "joint research"),
          ("science_technology", "materials science")]),
    ]),
    # a hospital built as aid, a hotel as a trade
    ("VNA", "VIENTIANE", [
        ("The Vietnamese-funded hospital in Xieng Khouang province was handed over to Laos on July 2.", N,
         [("health", "hospital")]),
        ("Lao Deputy Minister of Health Phonepaseuth Ounaphom said the hospital will treat 300 "
         "patients a day.", L, [], [("health", "patients")]),
    ]),
    ("VNS", "NHA TRANG", [
        ("Nearly 300,000 Russian tourists stayed at hotels in Khanh Hoa last year, the provincial tourism "
         "department said.", N, [("tourism_sports", "300,000 Russian tourists")], [("tourism_sports", "tourism")]),
        ("The province wants to train more staff for its hotels and restaurants, its vice chairman "
         "Tran Hoa Nam said.", V, [], [("education", "train more staff"),
                                  ("tourism_sports", "hotels and restaurants")]),
    ]),
    # a port and an airport as places, beside port services
    ("TASS", "VLADIVOSTOK", [
        ("A Vietnamese navy ship arrived at the port of Vladivostok on a friendly visit.", N,
         [], [("defence_security", "navy ship")]),
        ("The commander of the ship, Captain Nguyen Van Dung, said the crew would take part in a "
         "parade.", V, []),
    ]),
    ("VNA", "HAI PHONG", [
        ("The meeting took place at the Hai Phong port's administration building.", N, []),
        ("Port director Vu Minh Tuan said the port wants to handle more containers from Russia.", V, []),
    ]),
    # students seen off or met at an event (optional), and schools as a field
    ("VNA", "MOSCOW", [
        ("Ambassador Dang Minh Khoi met Vietnamese students newly arrived in Kazan.", N, [],
         [("education", "Vietnamese students")]),
        ("He urged the Russian side to create favourable conditions for Vietnamese students to study in "
         "Russia.", V, [("education", "Vietnamese students to study in Russia")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("The reception was held at the Lao-Viet Friendship School in Vientiane.", N, []),
        ("Lao Minister of Education and Sports Phout Simmalavong thanked Viet Nam for building schools "
         "and training Lao teachers.", L, [("education", "building schools and training Lao teachers")]),
    ]),
    # a hotel conference hall and the forum's sessions
    ("TASS", "MOSCOW", [
        ("The Russian-Vietnamese business forum opened at the Metropol hotel on Thursday.", N, [],
         [("economy", "business")]),
        ("Russian Deputy Minister of Economic Development Sergei Lavrin told the plenary session that "
         "Russia is ready to increase supplies of fertilisers and grain to Vietnam.", R, [],
         [("economy", "supplies of fertilisers and grain")]),
    ]),
    # a theatre play, a concert as one event's item, films as a field
    ("VNA", "HANOI", [
        ("The evening ended with a concert by Russian and Vietnamese artists.", N, [],
         [("culture", "concert")]),
        ("The two ministers signed a plan to co-produce a feature film about the friendship between the "
         "two countries.", N, [("culture", "co-produce a feature film")]),
    ]),
    # veterans and scholars at a ceremony; a researcher's institution named
    ("VNA", "HANOI", [
        ("Business leaders, scholars and veterans attended the ceremony at the Vietnam-Russia "
         "Friendship House.", N, [], [("economy", "Business leaders")]),
        ("Professor Nguyen Thi Mai of the Vietnam National University said the two countries should "
         "expand cooperation in science and education.", V,
         [("science_technology", "science"), ("education", "education")]),
    ]),
    # a company's figures as a company's, and the trade figure
    ("VNA", "MOSCOW", [
        ("Director of the Russian company Agrotorg Dmitry Sazonov said the company's sales in Vietnam "
         "doubled last year.", R, []),
        ("He said trade in agricultural products between the two countries could reach 2 billion USD.",
         R, [("economy", "trade in agricultural products")], [("economy", "agricultural products")]),
    ]),
    # airport as a field
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Saleumxay Kommasith said Laos welcomes Vietnamese investment in "
         "airports and railways.", L, [("economy", "investment"), ("transport", "airports and railways")]),
        ("The two sides then toured the airport's new terminal.", N, []),
    ]),
    # a school event, children and a stadium
    ("VNS", "HA NOI", [
        ("Russian and Vietnamese children played football at the stadium of the Hanoi Sports "
         "University.", N, [], [("tourism_sports", "football")]),
        ("The Russian coach Andrei Gromov said the two countries should exchange youth football teams "
         "every year.", R, [("tourism_sports", "exchange youth football teams")], [("people", "youth")]),
    ]),
    # a museum visited and cooperation in preserving heritage
    ("VNA", "HANOI", [
        ("The Russian guests visited the Vietnam Museum of Ethnology on November 3.", N, []),
        ("Russian Deputy Minister of Culture Olga Yarilova said the two countries should cooperate in "
         "preserving cultural heritage.", R, [("culture", "preserving cultural heritage")]),
    ]),
    # a university hall, and a deputy rector speaking of science
    ("TASS", "NOVOSIBIRSK", [
        ("The conference was held at Novosibirsk State University's congress hall.", N, []),
        ("Vice-rector Yelena Markova said the university has trained more than 200 Vietnamese "
         "physicists.", R, [("education", "trained more than 200 Vietnamese physicists")]),
    ]),
    # bankers present, banking as a field
    ("VNA", "HANOI", [
        ("Representatives of ministries, banks and enterprises attended the conference.", N, [],
         [("economy", "enterprises")]),
        ("State Bank Governor Nguyen Thi Hong said the two central banks should strengthen cooperation "
         "in payments.", V, [("economy", "payments")]),
    ]),
]
