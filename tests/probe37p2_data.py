"""Probe 37p2: education and science-technology cooperation beyond 'education', 'training' and
'students' in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Cadets and military academies, study places and quotas, joint courses, double degrees, online classes,
retraining, internships, summer schools, preparatory faculties, language departments, Vietnamese
studies, textbooks, lecturers sent to teach, engineers prepared for a field; research fields
(oceanography, new materials, Earth observation satellites, launch services, space exploration,
digitalising oil fields, joint laboratories, research reactors); universities, schools and institutes as
the field and as actors, places or settings; and close sentences where the same words are not the field.

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows (where the guidelines make a kind optional or the tuned
parts split on it). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # 0 cadets and military academies
    ("VNA", "MOSCOW", [
        ("Vietnamese Deputy Minister of National Defence Senior Lieutenant General Hoang Van Khiem held "
         "talks with Russian Deputy Defence Minister Colonel General Pavel Grekov in Moscow on May 14.",
         N, []),
        ("Khiem asked the Russian side to admit more Vietnamese cadets to its military academies next "
         "year.", V, [("education", "admit more Vietnamese cadets")], [("defence_security", "military academies"),
                                                                        ("education", "military academies")]),
        ("Grekov said the academies would set aside 120 study places for Vietnamese officers.", R,
         [("education", "120 study places")]),
    ]),
    # 1 cadets as people at one event
    ("VNA", "HAI PHONG", [
        ("A training ship of the Russian Pacific Fleet carrying 150 cadets docked at Hai Phong port on "
         "June 2.", N, [], [("education", "cadets")]),
        ("The cadets laid flowers at the Ho Chi Minh Monument and toured the city.", N, [],
         [("education", "cadets")]),
    ]),
    # 2 study places and quotas
    ("VNS", "HÀ NỘI", [
        ("Russia will offer Vietnamese students 1,000 state-funded study places in the 2025-2026 "
         "academic year, Russian Ambassador Sergei Volodin said on Tuesday.", R,
         [("education", "1,000 state-funded study places")], [("education", "students"),
                                                             ("education", "academic year")]),
        ("He said the quota had grown by a fifth in three years.", R, [], [("education", "quota")]),
    ]),
    # 3 joint courses, double degrees
    ("VNA", "HCM CITY", [
        ("The HCM City University of Technology and the Tomsk Polytechnic University signed an agreement "
         "on a double degree programme in petroleum engineering on April 9.", N,
         [("education", "double degree programme"), ("oil_gas", "petroleum engineering")]),
        ("Rector Nguyen Thi Hanh said the two universities would also run joint courses in automation.",
         V, [("education", "joint courses"), ("science_technology", "automation")]),
    ]),
    # 4 online classes, retraining
    ("Nhân Dân", "VIENTIANE", [
        ("The Vietnamese Embassy in Laos and the Lao Ministry of Education and Sports opened online "
         "classes in Vietnamese for teachers in northern provinces.", N,
         [("education", "online classes in Vietnamese")], [("education", "teachers")]),
        ("Lao Deputy Minister Phouthone Sisavath said the retraining of 500 teachers would help the "
         "country meet its goals.", L, [("education", "retraining of 500 teachers")]),
    ]),
    # 5 internships, summer schools
    ("TASS", "MOSCOW", [
        ("Vietnamese students will be able to do internships at Russian energy companies, Deputy "
         "Minister of Science and Higher Education Dmitry Pavlov told TASS.", R,
         [("education", "internships")], [("education", "students"), ("energy", "energy")]),
        ("According to him, a summer school on nuclear physics for young Vietnamese scientists will "
         "open in Dubna in July.", R, [("education", "summer school"), ("nuclear", "nuclear physics")],
         [("science_technology", "scientists")]),
    ]),
    # 6 preparatory faculties, language departments
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Dang Minh Khoi visited the preparatory faculty of the Peoples' "
         "Friendship University of Russia on March 20.", N, [], [("education", "preparatory faculty")]),
        ("He called on Russian universities to open more Vietnamese language departments and expand "
         "Vietnamese studies.", V, [],
         [("education", "universities"), ("education", "Vietnamese language departments"),
          ("education", "Vietnamese studies")]),
    ]),
    # 7 textbooks, lecturers sent to teach
    ("VNA", "VIENTIANE", [
        ("Việt Nam will help Laos compile Vietnamese-language textbooks and send 40 lecturers to teach "
         "at Lao universities, Deputy Minister of Education and Training Pham Ngoc Son said.", V,
         [("education", "teach")], [("education", "textbooks"), ("education", "lecturers"),
                                    ("education", "universities")]),
    ]),
    # 8 prepare engineers for
    ("TASS", "MOSCOW", [
        ("Rosatom will help prepare engineers for the nuclear power plant Việt Nam plans to build, the "
         "corporation's Director General Yuri Semenov said on Thursday.", R,
         [("nuclear", "nuclear power plant")], [("education", "prepare engineers")]),
        ("\"We have already trained more than 400 Vietnamese specialists,\" Semenov said.", R,
         [("education", "trained more than 400 Vietnamese specialists")]),
    ]),
    # 9 research fields: oceanography, new materials
    ("VNA", "VLADIVOSTOK", [
        ("The Vietnam Academy of Science and Technology and the Far Eastern Branch of the Russian Academy "
         "of Sciences agreed to expand joint research in oceanography and new materials.", N,
         [("science_technology", "joint research"), ("science_technology", "oceanography and new materials")]),
        ("Academician Tran Quoc Dat said the two sides would launch a joint expedition in the East Sea "
         "next year.", V, [], [("science_technology", "joint expedition")]),
    ]),
    # 10 Earth observation satellites, launch services, space exploration
    ("TASS", "HANOI", [
        ("Roscosmos is ready to offer Vietnam launch services and help it build Earth observation "
         "satellites, Roscosmos Deputy Director General Andrei Kuzin said.", R,
         [("science_technology", "launch services"), ("science_technology", "Earth observation satellites")]),
        ("He added that the two countries could also cooperate in space exploration.", R,
         [("science_technology", "space exploration")]),
    ]),
    # 11 digitalising oil fields
    ("VNA", "HÀ NỘI", [
        ("Vietsovpetro and Gazprom Neft will cooperate in digitalising oil fields on the continental "
         "shelf, the joint venture said in a statement.", N,
         [("oil_gas", "oil fields")], [("science_technology", "digitalising")]),
    ]),
    # 12 joint laboratories, research reactors
    ("VNA", "HÀ NỘI", [
        ("Minister of Science and Technology Le Thanh Binh received Russian Deputy Minister Oleg "
         "Sorokin on October 3.", N, []),
        ("Binh proposed that the two sides set up joint laboratories in biotechnology and cooperate in "
         "building a research reactor.", V,
         [("science_technology", "joint laboratories"), ("science_technology", "biotechnology"),
          ("nuclear", "research reactor")]),
        ("Sorokin agreed, saying Russian institutes were ready to share their experience.", R, []),
    ]),
    # 13 cooperation between universities (field) vs university as host
    ("VNS", "HÀ NỘI", [
        ("Cooperation between universities is a bright spot in Việt Nam-Russia relations, Deputy "
         "Minister of Education and Training Nguyen Van Phuc said at a forum in Hà Nội on Monday.", V,
         [("education", "Cooperation between universities")]),
        ("The Hà Nội University of Science and Technology hosted the forum, which drew 40 rectors.", N,
         []),
    ]),
    # 14 the university hosted the ceremony; students attended
    ("VNA", "HÀ NỘI", [
        ("The Hà Nội National University hosted a ceremony on May 5 to mark the 80th birthday of "
         "Russian writer Ivan Petrov.", N, []),
        ("Students of Hà Nội universities attended the ceremony.", N, [],
         [("education", "Students"), ("education", "universities")]),
        ("Russian Ambassador Sergei Volodin presented books to the university's library.", N, []),
    ]),
    # 15 schools as places and as the field
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnamese Ambassador Nguyen Ba Hung visited the Nguyen Du Bilingual School in Vientiane on "
         "September 5, the first day of the school year.", N, [], [("education", "school year")]),
        ("Hung said Việt Nam would continue to build schools and train teachers for Laos.", V,
         [("education", "build schools and train teachers")]),
    ]),
    # 16 institutes as actors
    ("TASS", "MOSCOW", [
        ("The Institute of China and Contemporary Asia of the Russian Academy of Sciences held a round "
         "table on Vietnam's economy on Wednesday.", N, [], [("economy", "economy")]),
        ("Institute director Kirill Babaev said Russian scholars follow Vietnam's reforms with "
         "interest.", R, []),
    ]),
    # 17 institutes as the field of cooperation
    ("VNA", "HÀ NỘI", [
        ("The two sides agreed to promote cooperation between research institutes and universities in "
         "agriculture and medicine.", J,
         [("education", "universities"), ("economy", "agriculture"), ("health", "medicine")],
         [("science_technology", "research institutes")]),
    ]),
    # 18 academy as actor (not party)
    ("VNA", "HÀ NỘI", [
        ("The Vietnam Academy of Social Sciences and the Russian Academy of Sciences co-organised a "
         "conference on Asia-Pacific security in Hà Nội on June 12.", N,
         [("defence_security", "security")]),
    ]),
    # 19 lecturers sent to teach Russian
    ("TASS", "HANOI", [
        ("Russia will send ten lecturers to teach Russian at Vietnamese universities next year, the "
         "Pushkin State Russian Language Institute said on Monday.", R, [("education", "teach Russian")],
         [("education", "lecturers"), ("education", "universities")]),
    ]),
    # 20 Vietnamese studies centre as place
    ("VNA", "SAINT PETERSBURG", [
        ("The Centre for Vietnamese Studies at Saint Petersburg State University hosted a book launch "
         "on April 18.", N, []),
        ("Centre director Anna Ivanova said interest in learning Vietnamese had grown among Russian "
         "students.", R, [("education", "learning Vietnamese")], [("education", "students")]),
    ]),
    # 21 scholarships as numbers, student exchange
    ("VNA", "HÀ NỘI", [
        ("Each year, Việt Nam grants 1,000 scholarships to Lao students, Minister Nguyen Kim Son said.",
         V, [("education", "1,000 scholarships")], [("education", "students")]),
        ("He proposed expanding exchanges of pupils between schools in border provinces.", V,
         [("education", "exchanges of pupils")], [("education", "schools"), ("people", "border provinces")]),
    ]),
    # 22 engineers as people (neutral) vs training them
    ("VNA", "NINH THUAN", [
        ("Russian engineers inspected the site of the planned wind farm on Thursday.", N,
         [("energy", "wind farm")]),
        ("Chairman of the Ninh Thuan People's Committee Tran Quoc Nam said the province needs to train "
         "more engineers for the renewable energy sector.", V, [("education", "train more engineers"), ("energy", "renewable energy")]),
    ]),
    # 23 teachers as people at one event vs exchange of teachers
    ("Nhân Dân", "HÀ NỘI", [
        ("Teachers and pupils of the Russian school at the embassy received gifts from the delegation.",
         N, [], [("education", "Teachers and pupils")]),
        ("Deputy Prime Minister Tran Hong Ha said Việt Nam wants to exchange teachers with Russian "
         "regions.", V, [("education", "exchange teachers")]),
    ]),
    # 24 science park, technology transfer
    ("VNA", "MOSCOW", [
        ("Vietnamese Deputy Minister of Science and Technology Bui The Duy toured the Skolkovo innovation "
         "centre on July 7.", N, []),
        ("Duy said Việt Nam hopes to learn from Russia's experience in building science parks and "
         "transferring technology.", V,
         [("science_technology", "science parks"), ("science_technology", "technology")]),
    ]),
    # 25 Russian language teaching vs language alone
    ("TASS", "MOSCOW", [
        ("The Russian side will help open Russian language departments at two universities in "
         "central Vietnam, Deputy Foreign Minister Andrei Rudenko said.", R,
         [], [("education", "Russian language departments"), ("education", "universities")]),
    ]),
    # 26 nuclear research centre, training nuclear specialists
    ("VNA", "HÀ NỘI", [
        ("The two ministers witnessed the signing of a roadmap for the Centre for Nuclear Science and "
         "Technology in Đồng Nai.", N, []),
        ("The roadmap covers the training of nuclear specialists and the supply of fuel for the research "
         "reactor.", N, [("education", "training of nuclear specialists"), ("nuclear", "research reactor")],
         [("nuclear", "nuclear"), ("nuclear", "fuel")]),
    ]),
    # 27 school in name vs field
    ("VNA", "MOSCOW", [
        ("Students of Moscow School No. 1409, where Vietnamese is taught, performed songs at the "
         "ceremony.", N, [], [("education", "Students"), ("education", "Vietnamese is taught")]),
        ("Vietnamese Ambassador Dang Minh Khoi thanked the school's teachers for their dedication.", V, [],
         [("education", "teachers")]),
    ]),
    # 28 university delegation (actor)
    ("VNS", "ĐÀ NẴNG", [
        ("A delegation of Russia's Far Eastern Federal University led by Vice Rector Irina Orlova paid a "
         "working visit to Đà Nẵng on August 4.", N, []),
        ("Orlova said the university wants to admit more students from the central region.", R,
         [("education", "admit more students")]),
    ]),
    # 29 scientific cooperation at a plenary; research in
    ("TASS", "MOSCOW", [
        ("Russian and Vietnamese scientists will jointly study climate change in the Mekong Delta, the "
         "Russian Science Foundation said on Friday.", R,
         [("environment", "climate change")], [("science_technology", "scientists")]),
        ("The foundation will fund 12 joint projects in marine biology and geology.", N,
         [("science_technology", "marine biology")], [("science_technology", "geology")]),
    ]),
    # 30 vocational training and skills
    ("Nhân Dân", "VIENTIANE", [
        ("Vietnamese and Lao officials reviewed the vocational training project at the Lao-Viet "
         "Technical College on Friday.", J, [("education", "vocational training")]),
        ("The Lao side asked Việt Nam to help upgrade the college's workshops and equipment.", L, []),
    ]),
    # 31 'oceanography' in a name vs field
    ("VNA", "NHA TRANG", [
        ("Russian research vessel Akademik Lavrentyev docked at Nha Trang port on Tuesday.", N, []),
        ("Scientists from the Institute of Oceanography and the Russian crew will survey the seabed "
         "over ten days.", N, [], [("science_technology", "Scientists")]),
    ]),
    # 32 military academy as field (exchange)
    ("VNA", "HÀ NỘI", [
        ("Both sides agreed to expand exchanges between military academies and cooperation in "
         "military medicine.", J,
         [("defence_security", "military academies"), ("defence_security", "military"),
          ("health", "medicine")], [("education", "military academies")]),
    ]),
    # 33 a space centre as place vs space cooperation
    ("TASS", "BAIKONUR", [
        ("A Vietnamese delegation visited the Baikonur Cosmodrome on Thursday.", N, []),
        ("Deputy Prime Minister Tran Luu Quang said Việt Nam wanted to train its own cosmonauts with "
         "Russian help.", V, [("education", "train its own cosmonauts")]),
    ]),
    # 34 cadets of a training ship at one visit; a training cruise is no field
    ("VNA", "CAM RANH", [
        ("Russian sailors and cadets of the training ship Smolny welcomed a Vietnamese delegation aboard "
         "on Tuesday.", N, [], [("education", "cadets")]),
        ("Russian commander Captain First Rank Igor Lebedev said the training cruise would help young "
         "officers gain experience at sea.", R, []),
    ]),
    # 35 'Russian Studies' in a name vs Russian studies as the field
    ("VNS", "HÀ NỘI", [
        ("The Institute of Russian Studies of the Vietnam Academy of Social Sciences hosted a seminar on "
         "Friday.", N, []),
        ("Its director Pham Thi Lan said interest in Russian studies was growing among young Vietnamese "
         "researchers.", V, [], [("education", "Russian studies"), ("science_technology", "researchers")]),
    ]),
    # 36 a launch that is no space launch
    ("TASS", "NOVOSIBIRSK", [
        ("The two sides also discussed the launch of a direct flight between Novosibirsk and Nha Trang.",
         J, [("transport", "direct flight")]),
    ]),
    # 37 students accepted and study places
    ("Nhân Dân", "HÀ NỘI", [
        ("The Ministry of Education and Training will accept 200 Lao students for master's programmes "
         "next year, Deputy Minister Hoang Minh Son said.", V,
         [("education", "200 Lao students"), ("education", "master's programmes")]),
        ("He said the ministry had also set aside 50 study places for Cambodian students.", V,
         [("education", "50 study places")], [("education", "students")]),
    ]),
    # 38 oceanographers on a survey (people, no field word of the lexicon)
    ("VNA", "VLADIVOSTOK", [
        ("A group of Vietnamese oceanographers joined a Russian research vessel for a month-long survey "
         "in the Sea of Japan.", N, [], [("science_technology", "oceanographers"),
                                          ("science_technology", "research vessel")]),
    ]),
    # 39 cadets arrived (people at one visit)
    ("TASS", "VLADIVOSTOK", [
        ("Vietnamese naval cadets who arrived in Vladivostok on Monday will spend two weeks in the city, "
         "the Russian Pacific Fleet's press service said.", R, [], [("education", "cadets"),
                                                                   ("defence_security", "naval")]),
    ]),
    # 40 physicists sent (an occupation: neutral) to a named institute
    ("TASS", "DUBNA", [
        ("Vietnam will send 20 young physicists to the Joint Institute for Nuclear Research in Dubna next "
         "year, the institute's Russian Vice-Director Nikita Vorobyov said.", R, [],
         [("science_technology", "physicists")]),
        ("He said the institute would also host a school for young Vietnamese scientists on neutron "
         "physics in October.", R, [("education", "school"), ("science_technology", "neutron physics")],
         [("science_technology", "scientists")]),
    ]),
    # 41 alumni at one event
    ("VNA", "HÀ NỘI", [
        ("Some 300 Vietnamese alumni of Soviet and Russian universities gathered in Hà Nội on Saturday to "
         "mark the Russian Day of Science.", N, [],
         [("education", "alumni"), ("education", "universities"), ("science_technology", "Science")]),
    ]),
    # 42 a research centre's work: joint studies of tropical diseases
    ("VNA", "HÀ NỘI", [
        ("The Vietnam-Russia Tropical Centre marked its 35th anniversary on May 10.", N, []),
        ("Its Vietnamese Director General Colonel Le Van Hai said the centre's scientists had carried out "
         "more than 100 joint studies of tropical diseases and marine corrosion.", V,
         [("health", "tropical diseases")],
         [("science_technology", "scientists"), ("science_technology", "joint studies"),
          ("science_technology", "marine corrosion")]),
    ]),
    # 43 a plan of scientific and technological cooperation
    ("Nhân Dân", "MOSCOW", [
        ("The two ministers signed a programme of scientific and technological cooperation for "
         "2026-2030.", N, [("science_technology", "scientific and technological")]),
    ]),
    # 44 a school year opened (one event)
    ("VNS", "VIENTIANE", [
        ("The new academic year at the Lao-Viet Friendship School opened on September 5 with 600 pupils.",
         N, [], [("education", "academic year"), ("education", "pupils")]),
    ]),
    # 45 a university's press service and its rector as speakers
    ("TASS", "TOMSK", [
        ("Russia's Tomsk Polytechnic University will open a representative office in Hanoi next year, "
         "the university's press service said on Monday.", R, []),
        ("According to its rector Pavel Lukin, about 400 Vietnamese students currently study at the "
         "university.", R,
         [("education", "400 Vietnamese students")]),
    ]),
    # 46 a rector as speaker; the partners offer internships
    ("VNA", "HÀ NỘI", [
        ("Speaking at the ceremony, Rector of the Hà Nội University of Pharmacy Nguyen Thi Thu said the "
         "school hoped to expand research on medicinal plants with Russian partners.", V,
         [("science_technology", "research")], [("health", "medicinal plants")]),
        ("The Russian partners, in turn, offered to host Vietnamese pharmacists for internships.", R, [],
         [("education", "internships")]),
    ]),
    # 47 graduates as a record; training human resources
    ("Nhân Dân", "VIENTIANE", [
        ("Lao students who graduated from Vietnamese universities make up a large share of the country's "
         "civil servants, Lao Minister of Education and Sports Phoukhong Sisoulath said.", L, [],
         [("education", "students"), ("education", "universities")]),
        ("The minister thanked Việt Nam for its long-standing support in training human resources for "
         "Laos.", L, [("education", "training human resources")]),
    ]),
    # 48 a quotation, then an education fair
    ("TASS", "MOSCOW", [
        ("\"We see great interest in Russian engineering education among young Vietnamese,\" Deputy "
         "Minister of Science and Higher Education Konstantin Moskvin told reporters.", R,
         [("education", "education")]),
        ("He added that Russian universities would hold an education fair in Hanoi in November.", R,
         [("education", "education fair")], [("education", "universities")]),
    ]),
]
