"""Probe 34p2: people-to-people, culture, education, health, tourism and sport words as the field of
cooperation beside the same words as only the setting (a venue, a programme item, a life story, people
present, a count), in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows (people present at one event, programme items of one
event, occupations). Venues, names of events and bodies, titles and life stories are not mentions.
Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Pham Quang Dinh hosted a reception at the Bolshoi Theatre on "
         "September 2 to mark Vietnam's National Day.", N, []),
        ("The reception closed with an opera and ballet evening performed by Russian artists.", N, [],
         [("culture", "opera and ballet evening")]),
        ("Dinh said the two countries should expand cooperation in culture, education and tourism.", V,
         [("culture", "culture"), ("education", "education"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice Chairman of the National Assembly Tran Duc Long received Russian State Duma deputy "
         "Sergei Marchenko, who graduated from a Soviet university in Leningrad.", N, [],
         [("education", "university")]),
        ("Long, a former student of Moscow State University, said he keeps fond memories of Russia.", V,
         []),
        ("He proposed that the two legislatures support cooperation in education and training.", V,
         [("education", "education and training")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Deputy Minister of Science and Higher Education Oleg Sharov held talks with Vietnamese "
         "Deputy Minister of Education and Training Hoang Minh Son in Moscow.", N, []),
        ("Sharov said Russia will increase the quota of state-funded places for Vietnamese students to "
         "1,500 next year.", R, [("education", "state-funded places"), ("education", "Vietnamese students")]),
        ("Son thanked Russia for training thousands of Vietnamese specialists.", V,
         [("education", "training thousands of Vietnamese specialists")]),
    ]),
    ("VNA", "HANOI", [
        ("Students of the Hanoi University of Culture attended the ceremony to open the Russian "
         "Culture Days in Hanoi.", N, [], [("education", "Students")]),
        ("Russian Deputy Minister of Culture Andrei Lvov said the event showcases the richness of "
         "Russian art.", R, [], [("culture", "Russian art")]),
        ("He said Moscow hopes to expand cultural exchanges with Vietnam.", R,
         [("culture", "cultural exchanges")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Minister of National Defence Vongsay Keobounmy visited the schools where Lao "
         "officers train in Vietnam.", N, [], [("education", "schools")]),
        ("Vongsay said the Lao army values Vietnam's help in training its officers.", L,
         [("education", "training its officers")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Health Dao Hong Lan received Russian Deputy Minister of Health Yevgeny Kamkin.",
         N, []),
        ("Lan proposed that the two ministries step up health care cooperation, especially in "
         "vaccine production and training of doctors.", V,
         [("health", "health care"), ("health", "vaccine production"),
          ("education", "training of doctors")]),
        ("Kamkin said Russia is ready to share its experience in preventive medicine.", R,
         [("health", "preventive medicine")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("Russian Consul General Andrei Frolov visited Cho Ray Hospital, where a Russian sailor was "
         "treated after an accident at sea.", N, []),
        ("Frolov thanked the doctors for their care of the sailor.", R, [],
         [("health", "doctors")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("The Far Eastern Federal University hosted a meeting of rectors of Russian and Vietnamese "
         "universities on October 4.", N, [("education", "universities")]),
        ("Rector Boris Kolesnikov said the university wants to open joint training programmes in "
         "biology and marine science with Vietnamese partners.", R,
         [("education", "joint training programmes"), ("science_technology", "biology and marine science")]),
        ("He said the intake of Vietnamese students rose to 300 this year.", R,
         [("education", "intake of Vietnamese students")]),
    ]),
    ("VNA", "HANOI", [
        ("A seminar on Russian medical terminology was held at the Hanoi Medical University for "
         "lecturers and students.", N, [], [("education", "lecturers and students")]),
        ("Dean Nguyen Thi Hanh said the course helps young doctors who will study in Russia.", V,
         [("education", "study in Russia")], [("health", "doctors")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian tour operators reported a 40% rise in bookings to Vietnam for the winter season.", R,
         [("tourism_sports", "tour operators"), ("tourism_sports", "bookings to Vietnam")]),
        ("Association of Tour Operators of Russia Vice President Artur Muradyan said Nha Trang and "
         "Phu Quoc remain the most popular destinations.", R, []),
        ("He said direct flights would help expand tourism between the two countries.", R,
         [("transport", "direct flights"), ("tourism_sports", "tourism")]),
    ]),
    ("VNA", "HANOI", [
        ("The Russian Film Festival opened in Hanoi on November 10 with screenings of five films.", N,
         [], [("culture", "screenings of five films")]),
        ("Director of the Cinema Department Vi Kien Thanh said film cooperation between Vietnam and "
         "Russia has great potential.", V, [("culture", "film cooperation")]),
        ("He suggested that the two sides co-produce films and exchange film weeks regularly.", V,
         [("culture", "co-produce films"), ("culture", "film weeks")]),
    ]),
    ("VNA", "HANOI", [
        ("Tourists from Russia joined local people at the Hung Kings Temple Festival in Phu Tho.", N,
         [], [("tourism_sports", "Tourists from Russia")]),
        ("Provincial Vice Chairman Ha Van Tam said the province wants to attract more Russian "
         "tourists.", V, [("tourism_sports", "attract more Russian tourists")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Teachers and lecturers attended a meeting in Hanoi to mark the Day of Russian Science.", N, [],
         [("education", "Teachers and lecturers")]),
        ("Russian Ambassador Gennady Bezdetko said scientific cooperation is a pillar of bilateral "
         "ties.", R, [("science_technology", "scientific cooperation")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Culture, Sports and Tourism Hoang Dao Cuong met with Russian Deputy "
         "Minister of Sport Azat Kadyrov.", N, []),
        ("Cuong said Vietnam wants to learn from Russia in training athletes for the Olympic Games.",
         V, [("tourism_sports", "training athletes")], [("education", "training")]),
        ("Kadyrov invited Vietnamese coaches to courses in Kazan.", R,
         [("tourism_sports", "Vietnamese coaches to courses")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Lao Ministry of Education and Sports and the Vietnamese Embassy held a ceremony to see "
         "off 500 Lao students who will study in Vietnam.", N, [("education", "Lao students")]),
        ("Lao Minister Phout Simmalavong said education cooperation is a bright spot in the special "
         "relationship.", L, [("education", "education cooperation")]),
    ]),
    ("VNA", "HANOI", [
        ("Party General Secretary Nguyen Van Thanh visited the Vietnam-Russia Tropical Centre, where "
         "Russian and Vietnamese scientists study tropical diseases.", N, [],
         [("health", "tropical diseases")]),
        ("Thanh said the centre is a symbol of scientific and technological cooperation.", V,
         [("science_technology", "scientific and technological cooperation")]),
    ]),
    ("TASS", "MOSCOW", [
        ("A Vietnamese ballet dancer who studied at the Vaganova Academy performed at the Mariinsky "
         "Theatre on Saturday.", N, [], [("culture", "ballet dancer")]),
        ("Russian Culture Minister Olga Lyubimova said ballet exchanges with Vietnam should become "
         "regular.", R, [("culture", "ballet exchanges")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Vo Thi Anh Xuan received a delegation of Russian Paralympic athletes who "
         "competed at the Hanoi Marathon.", N, [],
         [("tourism_sports", "Paralympic athletes")]),
        ("She said sports exchanges help bring the two peoples closer.", V,
         [("tourism_sports", "sports exchanges")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Health and the Russian Embassy held a ceremony to hand over medical "
         "equipment to the Bach Mai Hospital.", N, [("health", "medical equipment")]),
        ("Russian Ambassador Gennady Bezdetko said Russia will continue to support Vietnam in public "
         "health.", R, [("health", "public health")]),
    ]),
    ("VNA", "HANOI", [
        ("Chairman of the Vietnam-Russia Friendship Association Nguyen Van Hai, who studied "
         "engineering in Kiev in the 1970s, met with the Russian delegation.", N, []),
        ("Hai said the association will organise more youth exchanges and people-to-people "
         "activities.", V, [("people", "youth exchanges and people-to-people")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Pupils of the Hanoi-Amsterdam High School sang Russian songs at the ceremony.", N, [],
         [("culture", "Russian songs")]),
        ("Russian Ambassador Gennady Bezdetko said Russia will open more Russian language centres in "
         "Vietnamese schools.", R, [("education", "Russian language centres")], [("education", "schools")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Le Thanh Long met with Russian Deputy Prime Minister Dmitry "
         "Chernyshenko.", N, []),
        ("The two sides agreed to step up cooperation in education, health care and tourism.", J,
         [("education", "education"), ("health", "health care"), ("tourism_sports", "tourism")]),
        ("Chernyshenko said the number of Russian tourists to Vietnam reached 500,000 last year.", R,
         [("tourism_sports", "number of Russian tourists")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Health Minister Bounfeng Phoummalaysith visited the Lao-Vietnam Friendship Hospital in "
         "Xieng Khouang, where he was treated as a child.", N, []),
        ("Bounfeng said the two health ministries should cooperate in training medical staff.", L,
         [("education", "training medical staff")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnamese students attended the opening of the International Festival of Youth and "
         "Students in Sochi.", N, [], [("education", "students")]),
        ("Head of Rosmolodezh Grigory Gurov said youth cooperation with Vietnam is growing.", R,
         [("people", "youth cooperation")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam Academy of Social Sciences held a seminar on the legacy of the Russian writer "
         "Leo Tolstoy.", N, []),
        ("Russian scholars and Vietnamese researchers attended the event.", N, []),
        ("Institute Director Tran Minh Huong said literary translation between the two languages "
         "needs more support.", V, [("culture", "literary translation")]),
    ]),
    ("VNA", "HANOI", [
        ("Minister of Education and Training Nguyen Kim Son received Lao Deputy Minister of Education "
         "and Sports Kongsy Sengmany.", N, []),
        ("Son said Vietnam will help Laos train teachers of the Vietnamese language.", V,
         [("education", "train teachers")], [("culture", "Vietnamese language")]),
        ("Kongsy thanked Vietnam for scholarships granted to Lao students.", L,
         [("education", "scholarships")], [("education", "Lao students")]),
    ]),
    ("VNA", "HANOI", [
        ("Russian tourists who were injured in a road accident in Khanh Hoa were taken to the "
         "provincial hospital.", N, [], [("tourism_sports", "tourists"), ("health", "hospital")]),
        ("The Russian Consulate General said all of them are in stable condition.", R, []),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Health Ministry and Vietnam's Ministry of Health signed a memorandum on "
         "cooperation in nuclear medicine.", N, [("health", "nuclear medicine")],
         [("nuclear", "nuclear")]),
        ("Russian Health Minister Mikhail Murashko said the two countries will also train "
         "radiologists.", R, [("education", "train radiologists")]),
    ]),
    ("VNA", "HANOI", [
        ("An exhibition of photos on Vietnam-Russia friendship was held at the Hanoi Opera House on "
         "November 7.", N, [], [("culture", "exhibition of photos")]),
        ("Deputy Foreign Minister Le Thi Thu Hang said cultural diplomacy is a bridge between the two "
         "peoples.", V, [("culture", "cultural diplomacy")],
         [("diplomacy", "diplomacy"), ("people", "bridge between the two peoples")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnamese Ambassador Dang Minh Khoi, a graduate of the Moscow State Institute of "
         "International Relations, presented his credentials to President Vladimir Putin.", N, []),
        ("Khoi said he will work to boost trade, investment and education links.", V,
         [("economy", "trade, investment"), ("education", "education")]),
    ]),
    ("VNA", "TOMSK", [
        ("Vietnamese Ambassador Dang Minh Khoi met Vietnamese students studying in Tomsk on March 8.", N, [],
         [("education", "students studying in")]),
        ("Members of the university's football team greeted the guests.", N, [],
         [("tourism_sports", "football")]),
        ("Rector Viktor Demin, who taught biology in Hanoi in the 1980s, said the university will admit "
         "more Vietnamese students under scholarships.", R,
         [("education", "Vietnamese students"), ("education", "scholarships")]),
    ]),
    ("VNS", "HANOI", [
        ("The Vietnam-Russia Investment Forum opened at the Ministry of Culture's conference hall on "
         "Thursday.", N, []),
        ("The forum's cultural programme included a folk music concert and a tea ceremony.", N, [],
         [("culture", "cultural"), ("culture", "folk music concert")]),
        ("Deputy Minister of Planning and Investment Tran Quoc Phuong, a former teacher, said the two "
         "countries should boost education ties and tourism.", V,
         [("education", "education"), ("tourism_sports", "tourism")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Former Vietnamese Ambassador Nguyen Thanh Son, who was treated at a Moscow hospital after a "
         "heart attack, thanked Russian doctors on Tuesday.", V, [],
         [("health", "hospital"), ("health", "doctors")]),
        ("A doctor by training, Son said the two countries should cooperate in cardiology.", V,
         [("health", "cardiology")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The two deputy prime ministers agreed to build a hospital in Vientiane with Vietnamese aid.",
         J, [("health", "build a hospital")]),
        ("The Lao side will provide land, while Vietnam will train the hospital's staff.", N,
         [("education", "train the hospital's staff")]),
    ]),
]
