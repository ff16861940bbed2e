"""Probe 35p8: speakers in people-to-people copy (students, alumni, artists, doctors, tourists and
veterans), in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``, "Side"; a student, graduate, tourist or veteran of one country is that
country's side, named with the country's adjective, by the country they come from or study for, or by a
name of that country; a group of them who speak, as "Many of the students said" or "The alumni
recalled", is the side of the group, as the tuned parts give "Veterans who studied in Moscow ... shared
their memories" to vietnam; a speaker the text never ties to a side, and lists of attendees, programme
items and gifts handed over, are the narrator's) and ``mentions`` the ``(sector, surface)`` rows the
guidelines give (people present at one event and programme items of one event are optional; a field
studied by one person is optional, as the tuned parts mark "doctorate" and "medicine" after a name). A
sentence may carry a fourth item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0: a scholarship ceremony; the students' representative, then the ambassador by surname
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia held a ceremony in Moscow on September 6 to present "
         "scholarships to 45 Vietnamese students.", N, [("education", "scholarships")],
         [("education", "students")]),
        ("Ambassador Trịnh Quốc Hoàn urged the students to study hard and to keep close ties with the "
         "Vietnamese community in Russia.", V, [("people", "Vietnamese community in Russia")],
         [("education", "study"), ("education", "students")]),
        ("On behalf of the students, Lê Thu Trang, who will study nuclear physics at Tomsk Polytechnic "
         "University, pledged to return and work in the country's nuclear power sector.", V,
         [("nuclear", "nuclear power sector")], [("nuclear", "nuclear physics")]),
    ]),
    # 1: a graduation; 'Representing the graduates, X, who earned a doctorate in ..., thanked ...'
    ("VNA", "THÁI NGUYÊN", [
        ("Thái Nguyên University held a graduation ceremony on July 14 for 120 Lao students who "
         "completed bachelor's, master's and doctoral programmes.", N, [],
         [("education", "students"), ("education", "bachelor's, master's and doctoral programmes")]),
        ("Representing the graduates, Khamsing Vongphachanh, who earned a doctorate in veterinary "
         "science, thanked the Vietnamese lecturers for their dedication.", L, [],
         [("education", "doctorate"), ("education", "lecturers")]),
        ("He said the knowledge gained in Việt Nam would help him develop animal husbandry in his "
         "home province of Houaphanh.", L, [("economy", "animal husbandry")]),
    ]),
    # 2: 'X, 21, a fourth-year student at ..., said'
    ("VNS", "HÀ NỘI", [
        ("Nguyễn Hải Yến, 21, a fourth-year student at the Hà Nội University of Foreign Languages, "
         "said the Russian language summer camp had opened a new world for her.", V, [],
         [("people", "Russian language summer camp")]),
        ("Yến said she hoped to work as an interpreter for Russian tourists in Nha Trang.", V,
         [("tourism_sports", "Russian tourists")]),
    ]),
    # 3: 'Lao student X said', later by given name
    ("VNA", "ĐÀ NẴNG", [
        ("Lao student Bounpheng Sisomphone said the Vietnamese language course had helped her settle "
         "into university life quickly.", L, [("education", "Vietnamese language course")]),
        ("Bounpheng added that she wanted to become a teacher of Vietnamese in Vientiane.", L, [],
         [("education", "teacher")]),
    ]),
    # 4: 'Russian tourist X told reporters'; a figure of the narrator
    ("VNS", "KHÁNH HÒA", [
        ("Khánh Hòa Province welcomed more than 80,000 Russian holidaymakers in the first five months "
         "of the year.", N, [("tourism_sports", "80,000 Russian holidaymakers")]),
        ("Russian tourist Svetlana Rodionova told reporters that the direct flights from Novosibirsk "
         "had made the trip much easier.", R, [("transport", "direct flights")]),
        ("\"The sea is warm and the people are friendly,\" she said.", R, []),
    ]),
    # 5: 'X, a veteran who fought in ..., recalled'
    ("VNA", "MOSCOW", [
        ("The Russian Union of Veterans of Vietnam held a get-together in Moscow on May 8 to mark "
         "Victory Day.", N, []),
        ("Yuri Kozhevnikov, a veteran who served as a military specialist in Việt Nam in the 1960s, "
         "recalled that Vietnamese villagers had shared their rice with him.", R, []),
        ("He said the memories of those years had bound him to Việt Nam for life.", R, []),
    ]),
    # 6: 'Artist X, whose works ..., said'; a film week
    ("TASS", "HANOI", [
        ("An exhibition of paintings by Russian artists opened at the Việt Nam Fine Arts Museum on "
         "Tuesday.", N, [], [("culture", "exhibition of paintings")]),
        ("Artist Pavel Lebedinsky, whose works depict the landscapes of northern Việt Nam, said art "
         "had always been a bridge between the two peoples.", R,
         [("people", "bridge between the two peoples")], [("culture", "art")]),
    ]),
    # 7: 'Dr. X, head of the visiting team, said'; charity surgeries
    ("VNA", "VIENTIANE", [
        ("A team of doctors from Hà Nội's Việt Đức Hospital performed free eye surgeries for 300 "
         "patients in Vientiane last week.", N, [("health", "free eye surgeries")],
         [("health", "doctors")]),
        ("Dr. Phạm Quang Vinh, head of the visiting team, said the Vietnamese doctors had also trained "
         "20 Lao ophthalmologists.", V, [("education", "trained")],
         [("health", "doctors"), ("health", "ophthalmologists")]),
        ("Lao Deputy Minister of Health Bounlay Phommasack thanked the team and said the surgeries had "
         "given many poor patients their sight back.", L, [],
         [("health", "surgeries")]),
    ]),
    # 8: 'Many of the students said ...' after Vietnamese students in Russia
    ("VNS", "KAZAN", [
        ("About 200 Vietnamese students in Kazan celebrated the Lunar New Year at a festival organised "
         "by the local Vietnamese community on February 8.", N, [],
         [("people", "Vietnamese community"), ("education", "students"), ("culture", "festival")]),
        ("Many of the students said they had not been home for two years because of the cost of "
         "flights.", V, [], [("education", "students"), ("transport", "flights")]),
        ("The evening ended with folk songs and dances performed by the students.", N, [],
         [("culture", "folk songs and dances"), ("education", "students")]),
    ]),
    # 9: the alumni
    ("Nhân Dân", "HÀ NỘI", [
        ("More than 300 Vietnamese alumni of Soviet and Russian universities gathered in Hà Nội on "
         "Sunday to mark the 30th anniversary of their association.", N, [],
         [("education", "alumni"), ("education", "universities")]),
        ("The alumni recalled their years of study in Moscow, Leningrad and Kyiv with warmth.", V, [],
         [("education", "study")]),
        ("They pledged to help young Vietnamese who wish to study in Russia.", V,
         [("education", "study in Russia")], [("people", "young Vietnamese")]),
    ]),
    # 10: the young people said
    ("VNA", "VLADIVOSTOK", [
        ("Forty young people from Hải Phòng arrived in Vladivostok on July 3 for a ten-day youth "
         "exchange camp.", N, [("people", "youth exchange camp")], [("people", "young people")]),
        ("The young people said they looked forward to learning about Russian culture and sport.", V,
         [("culture", "culture"), ("tourism_sports", "sport")], [("people", "young people")]),
    ]),
    # 11: two people named, then a quotation '..., she said'
    ("VNA", "MOSCOW", [
        ("Among the guests at the evening were Russian translator Marina Zhukova and Vietnamese "
         "poet Hoàng Văn Khánh.", N, []),
        ("Zhukova has translated more than 20 Vietnamese novels into Russian.", N, [],
         [("culture", "translated more than 20 Vietnamese novels")]),
        ("\"Vietnamese literature deserves far more readers in Russia,\" she said.", R,
         [("culture", "Vietnamese literature")]),
    ]),
    # 12: a person by name and nationality, later by given name
    ("VNA", "HÀ NỘI", [
        ("Xaysana Phommachak, a Lao master's student at the National Economics University, won first "
         "prize at the Vietnamese-language speaking contest for foreign students.", N, [],
         [("education", "Vietnamese-language speaking contest"), ("education", "students")]),
        ("Xaysana said he had learnt the language by listening to Vietnamese folk songs.", L, [],
         [("culture", "folk songs")]),
    ]),
    # 13: the students' representative
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Embassy in Laos saw off 60 Lao students who will study in Việt Nam this "
         "year under government scholarships.", N, [("education", "scholarships")],
         [("education", "students")]),
        ("The students' representative, Chanthala Inthavong, pledged to study hard and to serve as a "
         "bridge between the two peoples.", L, [("people", "bridge between the two peoples")],
         [("education", "study")]),
    ]),
    # 14: a charity surgery; the Russian doctor by surname
    ("TASS", "HANOI", [
        ("Russian cardiac surgeons from the Bakulev Centre carried out 25 operations on Vietnamese "
         "children at the Hanoi Heart Hospital this week.", N, [("health", "25 operations")],
         [("health", "cardiac surgeons")]),
        ("Team leader Dr. Andrei Malyshev said the visit was the third of its kind.", R, []),
        ("Malyshev added that Vietnamese surgeons would come to Moscow for training next year.", R,
         [("education", "training")], [("health", "surgeons")]),
    ]),
    # 15: sport
    ("VNS", "HÀ NỘI", [
        ("A Russian sambo team led by coach Vladimir Gusev held a week of joint training with the "
         "Vietnamese national team in Hà Nội.", N, [("tourism_sports", "joint training")],
         [("tourism_sports", "sambo team")]),
        ("Gusev said sambo was growing fast in Việt Nam and that sports exchanges should become "
         "regular.", R, [("tourism_sports", "sports exchanges")], [("tourism_sports", "sambo")]),
        ("Vietnamese athlete Trần Thị Mai, who won gold at the last SEA Games, said training with the "
         "Russians had taught her a great deal.", V, [],
         [("tourism_sports", "training"), ("education", "training")]),
    ]),
    # 16: a list of attendees, gifts
    ("VNA", "HÀ NỘI", [
        ("Attending the event were Vice Chairman of the Việt Nam-Russia Friendship Association Nguyễn "
         "Đức Toàn, Russian Ambassador Dmitry Sorokin and many former students of Soviet universities.",
         N, [], [("education", "former students"), ("education", "universities")]),
        ("On the occasion, the association presented gifts to ten veterans who had studied in the "
         "Soviet Union.", N, [], [("people", "veterans")]),
    ]),
    # 17: Chinese students; 'Chinese student X said'
    ("VNA", "HÀ NỘI", [
        ("The University of Social Sciences and Humanities held a Vietnamese culture festival for "
         "200 international students on Friday.", N, [("culture", "Vietnamese culture festival")],
         [("education", "international students")]),
        ("Chinese student Li Xiaomei, from Guangxi, said she had come to Hà Nội to study Vietnamese "
         "history and literature.", C, [("culture", "literature")],
         [("education", "study"), ("culture", "Vietnamese history")]),
    ]),
    # 18: a performance of a visiting troupe
    ("Nhân Dân", "HÀ NỘI", [
        ("Artists of the Lao National Song and Dance Troupe gave a performance at the Hà Nội Opera "
         "House on October 10.", N, [], [("culture", "performance")]),
        ("Singer Souksakhone Phimmasone, who has toured Việt Nam five times, said the Vietnamese "
         "audience always welcomed Lao songs warmly.", L, [], [("culture", "Lao songs")]),
    ]),
    # 19: a veteran in TASS; by surname
    ("TASS", "VLADIVOSTOK", [
        ("Nikolai Borisenko, a 92-year-old veteran who helped build Việt Nam's air defence in 1965, "
         "received a Vietnamese order on Thursday.", N, [], [("defence_security", "air defence")]),
        ("Borisenko told TASS he still corresponded with Vietnamese comrades.", R, []),
    ]),
    # 20: 'X, 23, from Laos, said' and a Vietnamese teacher
    ("VNA", "HUẾ", [
        ("Phonsavanh Douangmala, 23, from Champasak, said the Huế Festival had shown her how much Laos "
         "and Việt Nam share in culture.", L, [("culture", "culture")],
         [("culture", "Huế Festival")]),
        ("Her teacher, Lê Thị Hồng, said more Lao students should be sent to study in central Việt "
         "Nam.", V, [("education", "Lao students"), ("education", "sent to study")]),
    ]),
    # 21: a film week, a director of no side named
    ("VNA", "HÀ NỘI", [
        ("A Russian film week opened at the National Cinema Centre in Hà Nội on November 2.", N,
         [("culture", "Russian film week")]),
        ("Director Sergei Orlovsky, whose latest film was shot in Hạ Long Bay, said Vietnamese "
         "landscapes had inspired a generation of Russian filmmakers.", R, [],
         [("culture", "film"), ("culture", "filmmakers")]),
        ("The opening ceremony closed with a screening of his film.", N, [],
         [("culture", "screening of his film")]),
    ]),
    # 22: tourists interviewed, pronouns
    ("TASS", "NHA TRANG", [
        ("Mikhail Sedov, a tourist from Irkutsk, said he and his wife had chosen Nha Trang for its "
         "beaches and prices.", R, []),
        ("\"We will come back next winter,\" he said.", R, []),
    ]),
    # 23: a graduate working for a joint venture
    ("VNA", "VŨNG TÀU", [
        ("Engineer Đỗ Minh Quang, a graduate of the Gubkin University, said the years in Moscow had "
         "prepared him for his work on offshore oil and gas fields.", V,
         [("oil_gas", "offshore oil and gas fields")]),
        ("Quang now heads a team of 30 engineers at the joint venture.", N, [],
         [("oil_gas", "engineers")]),
    ]),
    # 24: volunteers
    ("VNS", "HÀ NỘI", [
        ("Twenty Russian volunteers taught English and Russian to children in Hà Giang Province this "
         "summer.", N, [("education", "taught")],
         [("people", "Russian volunteers")]),
        ("Volunteer Daria Kuzmina, 20, said the children had taught her Vietnamese in return.", R, []),
    ]),
    # 25: Chinese tourist; a Vietnamese guide
    ("VNA", "LẠNG SƠN", [
        ("Chinese tourist Zhang Wei said the border gate had become much quicker to cross since the "
         "new customs system was introduced.", C, [], [("economy", "border gate")]),
        ("Tour guide Hoàng Thị Lan said Chinese visitors to Lạng Sơn had doubled this year.", V,
         [("tourism_sports", "Chinese visitors")]),
    ]),
    # 26: a Russian teacher named with her nationality, later by surname
    ("Nhân Dân", "HÀ NỘI", [
        ("Russian teacher Yelena Korneeva has taught Russian at the Hà Nội University of Foreign "
         "Languages for 15 years.", N, [], [("education", "taught Russian")]),
        ("Korneeva said the number of Vietnamese students learning Russian was growing again.", R,
         [("education", "Vietnamese students learning Russian")]),
    ]),
    # 27: the young people of two sides together
    ("VNA", "MOSCOW", [
        ("Young people from Việt Nam and Russia planted 100 trees at a friendship park in Moscow on "
         "Saturday.", N, [], [("people", "Young people"), ("environment", "planted 100 trees")]),
        ("The participants said they hoped to hold such events every year.", J, []),
    ]),
    # 28: students of many countries: nothing ties them to a side
    ("VNS", "HÀ NỘI", [
        ("Students from 15 countries took part in a Vietnamese cooking class at the Hà Nội Open "
         "University on Saturday.", N, [], [("education", "Students")]),
        ("The students said they would try the recipes at home.", N, [], [("education", "students")]),
    ]),
    # 29: gifts handed over; the ambassador speaks, then the narrator
    ("VNA", "VIENTIANE", [
        ("Vietnamese Ambassador Nguyễn Bá Hùng presented 50 bicycles to Lao pupils at a school in "
         "Vientiane on Monday.", N, [], [("education", "pupils"), ("education", "school")]),
        ("Hùng said the embassy would continue to support education in the capital's poor districts.",
         V, [("education", "education")]),
        ("The pupils then performed Lao and Vietnamese songs for the guests.", N, [],
         [("culture", "Lao and Vietnamese songs")]),
    ]),
    # 30: a doctor who studied in Russia
    ("VNA", "HẢI PHÒNG", [
        ("Dr. Vũ Thị Nga, who trained in cardiology in St Petersburg, said Russian hospitals had "
         "taught her modern methods of heart surgery.", V, [],
         [("health", "cardiology"), ("health", "heart surgery"), ("education", "trained"),
          ("health", "hospitals")]),
    ]),
]
