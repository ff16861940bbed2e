"""Probe 35p3: interviews, press conferences and statements in TASS, Sputnik, VNA, VNS and Nhân Dân
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows they give. A person who
"told TASS", spoke "in an interview with Sputnik", "told reporters", answered "at a press briefing" or
"wrote on social media", a body's statement, press service or press office, "a source in the Russian
government", "as quoted by" and a headline's source after a dash are all reported speech: the side is
that voice's. In question-and-answer copy the question is the narrator's and the answer the person
interviewed. Figures with no source and lists of events are the narrator's. Written for the probe,
copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam intend to expand cooperation in oil and gas production on the Arctic shelf, "
         "Russian Deputy Energy Minister Pavel Sorokov told TASS on Thursday.", R,
         [("oil_gas", "oil and gas production")]),
        ("According to him, Zarubezhneft and Petrovietnam are discussing two new offshore blocks.", R, [],
         [("oil_gas", "offshore blocks")]),
        ("The deputy minister added that the sides were also considering liquefied natural gas supplies "
         "to Vietnamese power plants.", R,
         [("oil_gas", "liquefied natural gas supplies"), ("energy", "power plants")]),
    ]),
    ("Sputnik", "HANOI", [
        ("In an interview with Sputnik, Vietnamese Deputy Minister of Education and Training Hoang Minh "
         "Son said more than 7,000 Vietnamese students are now studying in Russia.", V,
         [("education", "students")]),
        ("He noted that Russian universities had offered 1,000 scholarships for the 2027 academic year.", V,
         [("education", "universities"), ("education", "scholarships")]),
        ("The deputy minister said the two countries also planned to open a joint centre for teaching the "
         "Russian language in Da Nang.", V, [("education", "teaching")],
         [("education", "Russian language")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Dang Quoc Thinh has given an interview to TASS ahead of the "
         "visit of the Vietnamese Prime Minister.", N, []),
        ("Question: What areas of cooperation will the leaders discuss?", N, []),
        ("Answer: The main topics will be energy, transport and education.", V,
         [("energy", "energy"), ("transport", "transport"), ("education", "education")]),
        ("We also hope to sign a new agreement on tourism.", V, [("tourism_sports", "tourism")]),
        ("Question: How is trade between the two countries developing?", N, [("economy", "trade")]),
        ("Answer: Last year two-way trade reached 7 billion USD, and we want to double that figure by "
         "2030.", V, [("economy", "two-way trade")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian President Vladimir Putin held a telephone conversation with Vietnamese President Luong "
         "Van Hai on Tuesday, the Kremlin press service said.", R, []),
        ("The leaders discussed cooperation in energy, including nuclear power, as well as trade and "
         "investment, the statement said.", R,
         [("energy", "energy"), ("nuclear", "nuclear power"), ("economy", "trade and investment")]),
        ("The two presidents agreed to keep in close contact.", J, []),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Foreign Ministry said in a statement on Friday that Moscow welcomed the outcome of "
         "the consultations with Hanoi on maritime security.", R,
         [("defence_security", "maritime security")]),
        ("The ministry noted that the two countries share approaches to regional matters and to "
         "cooperation at multilateral forums.", R,
         [("diplomacy", "regional matters"), ("diplomacy", "multilateral forums")]),
    ]),
    ("VNA", "HANOI", [
        ("The Russian Embassy in Vietnam said on its Telegram channel that direct flights between "
         "Vladivostok and Nha Trang would resume in June.", R, [("transport", "direct flights")]),
        ("According to the embassy, about 60,000 Russian tourists visited Nha Trang in the first "
         "quarter.", R, [("tourism_sports", "Russian tourists")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("Russia will supply 2 million tonnes of wheat to Vietnam this year, Deputy Agriculture Minister "
         "Oleg Zhukin said, as quoted by Sputnik.", R, []),
        ("He said Russian exporters were also interested in the Vietnamese seafood and fruit markets.", R,
         [], [("economy", "exporters"), ("economy", "markets")]),
    ]),
    ("VNA", "HANOI", [
        ("Speaking at a regular press briefing in Hanoi on Thursday, Foreign Ministry spokeswoman Pham Thu "
         "Hang said Vietnam and Russia would hold the next round of their strategic dialogue on defence "
         "in July.", V, [("defence_security", "defence")], [("diplomacy", "strategic dialogue")]),
        ("Answering a question about the safety of Vietnamese workers in Russia, Hang said the embassy "
         "was in close contact with the local authorities.", V, [("labour", "Vietnamese workers")]),
        ("She added that protecting citizens abroad was a priority of Vietnam's foreign policy.", V,
         [("diplomacy", "foreign policy")]),
    ]),
    ("TASS", "HANOI", [
        ("Vietnamese Minister of Industry and Trade Nguyen Hong Dien told reporters after the talks that "
         "the two sides had agreed to boost agricultural trade.", V, [("economy", "agricultural trade")]),
        ("He said the ministry would also help Vietnamese businesses take part in trade fairs in "
         "Russia.", V, [("economy", "trade fairs")], [("economy", "businesses")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia, Vietnam to expand cooperation in nuclear medicine – Rosatom chief.", R,
         [("nuclear", "nuclear"), ("health", "medicine")]),
        ("Russia and Vietnam will build a centre for nuclear medicine in Hanoi, Rosatom Director General "
         "Alexei Likhanov told TASS.", R, [("nuclear", "nuclear"), ("health", "medicine")]),
        ("He said Rosatom was also ready to train Vietnamese specialists for the centre.", R,
         [("education", "train Vietnamese specialists")]),
    ]),
    ("TASS", "MOSCOW", [
        ("A source in the Russian government told TASS that the intergovernmental commission would meet "
         "in Hanoi in October.", R, []),
        ("The source said the agenda included energy, transport and digital transformation.", R,
         [("energy", "energy"), ("transport", "transport"),
          ("science_technology", "digital transformation")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Ministry of Agriculture's press office reported that exports of Russian grain to "
         "Vietnam had tripled in the first half of the year.", R, [], [("economy", "exports")]),
        ("Vietnam has become one of the top ten buyers of Russian wheat, the press office said.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("Russian Ambassador to Vietnam Gennady Bezdetkin wrote on social media that the Russian cultural "
         "festival in Hue had drawn thousands of spectators.", R, [("culture", "cultural")]),
        ("He thanked the city authorities for their help in organising the concerts and exhibitions.", R,
         [], [("culture", "concerts and exhibitions")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Trade between Russia and Vietnam rose 12 percent to 6.1 billion USD in the first ten months, "
         "according to Russian customs data.", N, [("economy", "Trade")]),
        ("Russian investment in Vietnam totalled 1 billion USD across 200 projects.", N,
         [("economy", "investment")]),
        ("Nearly 500,000 Russian holidaymakers visited Vietnam last year.", N,
         [("tourism_sports", "holidaymakers")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The programme of the cross year includes a film week in Hanoi, a youth forum in Kazan and a "
         "conference on nuclear energy in Moscow.", N,
         [("culture", "film week"), ("people", "youth"), ("nuclear", "nuclear energy")]),
        ("More than 40 events are planned in the two countries.", N, []),
    ]),
    ("TASS", "VIENTIANE", [
        ("Lao Deputy Prime Minister Saleumxay Vongsack told TASS in an interview in Vientiane that Laos "
         "counts on Russian support in building a railway to the Vietnamese border.", L,
         [("transport", "railway")]),
        ("Vongsack said Russian specialists were already training Lao engineers in hydropower.", L,
         [("education", "training Lao engineers"), ("energy", "hydropower")]),
        ("The Lao official also invited Russian companies to invest in agriculture.", L,
         [("economy", "invest"), ("economy", "agriculture")]),
    ]),
    ("VNA", "MOSCOW", [
        ("At a press conference in Moscow on April 5, Russian Deputy Foreign Minister Andrei Rudin said "
         "Russia valued its political trust with Vietnam.", R, [("diplomacy", "political trust")]),
        ("Rudin told journalists that the two countries would mark the anniversary of diplomatic "
         "relations next year with a series of cultural events.", R, [("culture", "cultural")],
         [("diplomacy", "anniversary of diplomatic relations")]),
        ("Responding to a question from VNA, he said Russia was ready to train more Vietnamese "
         "diplomats.", R, [("education", "train")]),
    ]),
    ("Sputnik", "HANOI", [
        ("Asked by Sputnik whether Vietnam would buy more Russian fertiliser, Deputy Minister of "
         "Agriculture Tran Thanh Nam said the decision would depend on prices.", V, []),
        ("\"Russia is a reliable partner for our agriculture,\" Nam said.", V,
         [("economy", "agriculture")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("The Commission for External Relations of the Communist Party of Vietnam Central Committee said "
         "in a statement that the CPV and United Russia had agreed to hold a theory workshop next year.",
         V, [("party", "theory workshop")]),
        ("The statement said the two parties would also exchange delegations to share experience in Party "
         "building.", V, [("party", "exchange delegations"), ("party", "Party building")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian gas producer Novatek is in talks with Vietnamese partners on a new LNG terminal, the "
         "company's press service told TASS.", R, [("oil_gas", "LNG terminal")]),
        ("The terminal would supply gas to power plants in southern Vietnam, it said.", R,
         [("oil_gas", "gas"), ("energy", "power plants")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Chairman of the Việt Nam–Russia Friendship Association Nguyễn Văn Thành told Việt Nam News that "
         "people-to-people exchanges were the foundation of bilateral ties.", V,
         [("people", "people-to-people exchanges")]),
        ("He said the association would send 50 young people to a summer camp in Russia in July.", V,
         [("people", "young people")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Kremlin spokesman Dmitry Peskov told reporters on Monday that the Russian leader would discuss "
         "energy security with his Vietnamese counterpart.", R, [("energy", "energy security")]),
        ("Answering a question about arms deliveries, Peskov said military-technical cooperation was "
         "developing in line with existing agreements.", R,
         [("defence_security", "arms deliveries"), ("defence_security", "military-technical")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia said in a statement that it had set up a hotline for "
         "Vietnamese citizens affected by the floods in the Primorye region.", V, []),
        ("The embassy urged Vietnamese nationals in the area to follow the instructions of the local "
         "authorities.", V, []),
    ]),
    ("Sputnik", "HANOI", [
        ("Chinese Ambassador to Vietnam Xiong Bo told Sputnik that China and Vietnam would open two new "
         "rail freight routes this year.", C, [("transport", "rail freight")]),
        ("The diplomat said China remained Vietnam's largest trading partner.", C,
         [("economy", "trading partner")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Over the past year, the two ministries held five rounds of consultations, signed three "
         "agreements on vocational training and organised a seminar on cybersecurity.", N,
         [("education", "vocational training"), ("defence_security", "cybersecurity")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Russian Ministry of Health said in a statement that Russian and Vietnamese scientists had "
         "completed trials of a new tuberculosis vaccine.", R, [("health", "vaccine")]),
        ("The ministry added that production of the vaccine could start in Vietnam in 2028.", R,
         [("health", "vaccine")]),
    ]),
    ("Sputnik", "HANOI", [
        ("Sputnik spoke with Russian Trade Representative in Vietnam Igor Mazurin about the prospects for "
         "economic cooperation.", N, [("economy", "economic")]),
        ("Sputnik: Which sectors are the most promising?", N, []),
        ("Mazurin: Above all, logistics, pharmaceuticals and agriculture.", R,
         [("transport", "logistics"), ("health", "pharmaceuticals"), ("economy", "agriculture")]),
        ("Sputnik: And what about payments?", N, [("economy", "payments")]),
        ("Mazurin: Most settlements are now made in national currencies.", R,
         [("economy", "settlements")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Prime Minister Tran Hong Ha on Monday received a Russian delegation led by First Deputy "
         "Minister of Transport Andrei Kosov.", N, []),
        ("Speaking to reporters after the meeting, the Russian deputy minister said Russian Railways was "
         "ready to help Vietnam build its north–south high-speed railway.", R,
         [("transport", "high-speed railway")]),
        ("Ha told the press that Vietnam welcomed Russian experience in rail transport and the training "
         "of railway engineers.", V,
         [("transport", "rail transport"), ("education", "training of railway engineers")],
         [("transport", "railway")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("Sputnik asked the head of the Vietnamese trade office in Moscow, Le Thanh Tung, how sanctions "
         "had affected bilateral trade.", N, [("economy", "bilateral trade")],
         [("economy", "trade office")]),
        ("According to Tung, Vietnamese exporters have switched to payments in roubles and dong.", V,
         [("economy", "payments")], [("economy", "exporters")]),
        ("He said the trade office would hold a week of Vietnamese goods in Moscow in September.", V, [],
         [("economy", "trade office")]),
    ]),
    ("TASS", "VIENTIANE", [
        ("The Lao Ministry of Energy and Mines said on Tuesday that electricity exports to Vietnam reached "
         "3 billion kWh in the first half of the year.", L, [("energy", "electricity exports")]),
        ("The ministry's press office said new transmission lines to Vietnam would be completed next "
         "year.", L, [("energy", "transmission lines")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Putin, To Lam to discuss oil and gas cooperation – Kremlin.", R, [("oil_gas", "oil and gas")]),
        ("The leaders will also discuss education and humanitarian ties, Kremlin aide Yuri Ushkin told "
         "reporters.", R, [("education", "education")], [("culture", "humanitarian")]),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("At the press conference, Vietnamese Ambassador to Laos Nguyen Ba Hung said Vietnam's investment "
         "in Laos had reached 5.5 billion USD.", V, [("economy", "investment")]),
        ("He said Vietnamese firms were among the largest investors in Laos.", V,
         [("economy", "investors")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("In 2026, Laos exported 2.1 billion USD worth of goods to Vietnam and imported 1.6 billion USD "
         "worth.", N, [], [("economy", "exported"), ("economy", "imported")]),
        ("Bilateral trade turnover grew by 18 percent.", N, [("economy", "trade")]),
    ]),
    ("Sputnik", "HANOI", [
        ("Vietnam hopes to receive more Russian tourists after the resumption of direct flights, Deputy "
         "Minister of Culture, Sports and Tourism Ho An Phong was quoted by Sputnik as saying.", V,
         [("tourism_sports", "Russian tourists"), ("transport", "direct flights")]),
    ]),
    ("TASS", "VIENTIANE", [
        ("The Russian Embassy in Laos said on its Telegram channel that a Russian medical team had "
         "performed 200 free eye operations in Luang Prabang.", R, [], [("health", "medical")]),
        ("It added that the team would return next year to train Lao doctors.", R,
         [("education", "train Lao doctors")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Vietnamese Minister of Industry and Trade Nguyen Hong Dien and Russian Minister of Economic "
         "Development Maxim Reshetkov co-chaired the session of the intergovernmental commission.", N, []),
        ("The Russian minister told reporters after the session that the two countries would set up a "
         "working group on logistics.", R, [("transport", "logistics")]),
        ("His Vietnamese counterpart said Vietnam wanted more Russian investment in its seaports.", V,
         [("economy", "investment"), ("transport", "seaports")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Foreign Ministry spokeswoman Maria Orlova said at a weekly briefing that Moscow and Hanoi "
         "were coordinating their positions at the United Nations.", R, []),
        ("Commenting on the upcoming visit, Orlova told journalists that the sides would sign documents "
         "on education and science.", R, [("education", "education"), ("science_technology", "science")]),
    ]),
    ("Sputnik", "MOSCOW", [
        ("Speaking to Sputnik on the sidelines of the forum, the head of the Vietnam National "
         "Administration of Tourism, Nguyen Trung Khanh, said Vietnam expected 700,000 Russian visitors "
         "this year.", V, [("tourism_sports", "Russian visitors")]),
        ("Khanh said new charter flights from Siberian cities would help reach the target.", V,
         [("transport", "charter flights")]),
    ]),
    ("VNA", "MOSCOW", [
        ("VNA's correspondent in Moscow reported that the Vietnamese pavilion at the fair drew large "
         "crowds.", N, []),
        ("The Vietnamese companies at the fair presented coffee, seafood and textiles.", N, []),
    ]),
    ("Nhân Dân", "VIENTIANE", [
        ("In an interview with Nhân Dân newspaper, Lao Ambassador to Vietnam Khamphao Ernthavanh said the "
         "two countries had completed the expressway linking Vientiane and Hanoi's seaport.", L,
         [("transport", "expressway"), ("transport", "seaport")]),
        ("The ambassador said Laos also wanted to send more students to Vietnamese universities.", L,
         [("education", "students"), ("education", "universities")]),
    ]),
    ("TASS", "VIENTIANE", [
        ("Lao Deputy Minister of Foreign Affairs Phoxay Khaykhamphithoune has given an interview to TASS "
         "before his visit to Moscow.", N, []),
        ("TASS: What will you discuss in Moscow?", N, []),
        ("Phoxay: We will discuss the training of Lao specialists in Russia and cooperation in energy.", L,
         [("education", "training of Lao specialists"), ("energy", "energy")]),
        ("TASS: What about the railway?", N, [("transport", "railway")]),
        ("Phoxay: Russian companies are studying the project.", L, []),
    ]),
    ("TASS", "MOSCOW", [
        ("The agency quoted Deputy Minister of Education Olga Petrenko as saying that 1,500 Vietnamese "
         "students would receive Russian government scholarships next year.", R,
         [("education", "scholarships")], [("education", "students")]),
        ("She said most of them would study engineering and medicine.", R,
         [("health", "medicine")], [("education", "study"), ("education", "engineering")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Moscow is ready to help Hanoi develop its nuclear energy sector, Russian Foreign Ministry "
         "spokeswoman Maria Orlova said at a briefing, answering a question from a Sputnik correspondent.",
         R, [("nuclear", "nuclear energy")]),
        ("Asked whether Vietnam would join the project, the spokeswoman said the decision was up to Hanoi.",
         R, []),
    ]),
    ("TASS", "MOSCOW", [
        ("The Vietnamese Embassy in Moscow told TASS that a new consular office would open in Vladivostok "
         "to serve Vietnamese workers in the Far East.", V, [("labour", "Vietnamese workers")]),
        ("The press service of the Russian Embassy in Hanoi told Sputnik that the visa centre would also "
         "handle applications from Vietnamese tourists.", R, [("tourism_sports", "Vietnamese tourists")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Kremlin press service reported that the two presidents had agreed to expand cooperation in "
         "energy and agriculture.", R, [("energy", "energy"), ("economy", "agriculture")]),
        ("According to TASS, the two sides signed 12 documents during the visit.", N, []),
        ("The visit programme included a meeting with students of Moscow State University and a tour of "
         "an exhibition of Russian aircraft.", N, [], [("education", "students")]),
    ]),
    ("VNA", "HANOI", [
        ("\"We want to double the number of Vietnamese students in Russia,\" Russian Ambassador Gennady "
         "Bezdetkin told Sputnik.", R, [("education", "students")]),
        ("\"Our universities are ready,\" the ambassador said.", R, [("education", "universities")]),
        ("The Vietnamese Foreign Ministry said on its website that the two countries had agreed to hold "
         "consultations on consular matters.", V, [("diplomacy", "consular")]),
    ]),
    ("Sputnik", "HANOI", [
        ("Deputy Minister of Health Nguyen Thi Lien said in an interview with RIA Novosti published on "
         "Monday that Vietnam wanted to produce Russian vaccines under licence.", V,
         [("health", "vaccines")]),
        ("Lien added that Vietnamese hospitals were also interested in Russian medical equipment.", V,
         [("health", "medical equipment")], [("health", "hospitals")]),
    ]),
]
