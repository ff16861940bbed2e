"""Probe 37p1: relations between political parties in wordings the usual nouns miss, in VNA, VNS,
Nhân Dân and TASS shapes (invented people and events).

Events the two parties hold ("an online seminar", "co-organise a conference on socialism", "a theory
workshop series"), people exchanged ("an exchange of young party cadres", "internships for party
officials", "visits by party delegations at all levels"), channels ("party contacts", "along party
lines", "through party channels"), the party bodies of provinces and their ties ("the provincial Party
Committees of Nghệ An and Ulyanovsk"), the CPV's external-relations words ("relations with political
forces", "sister parties") and experience shared on a party matter ("inspection and supervision of
Party members", "building a clean and strong Party"); and close passages where the words are no
relation between parties (a party's own affairs briefed, "third-party", "the parties to the contract",
a party name inside a title, "working party").

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give; a
sentence may carry a fourth item: optional rows. Where the guidelines are silent the tuned parts'
majority decides (RULES.md, "Probe 37p1"). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, C, L, J, N = "vietnam", "russia", "china", "laos", "joint", "narrator"

PASSAGES = [
    # 0 events the two parties hold
    ("VNA", "HANOI", [
        ("Head of the CPV Central Committee's Commission for External Relations Trần Quang Hiếu received "
         "a delegation of the Communist Party of the Russian Federation (CPRF) led by Presidium member "
         "Oleg Lavrenov in Hà Nội on May 12.", N, []),
        ("Hiếu proposed that the two parties hold an online seminar on social policy later this year.",
         V, [], [("party", "online seminar"), ("labour", "social policy")]),
        ("Lavrenov agreed, adding that the CPRF and the CPV could co-organise a conference on socialism "
         "in Moscow.", R, [("party", "conference on socialism")]),
    ]),
    # 1
    ("Nhân Dân", "HANOI", [
        ("The two sides agreed to step up joint research on socialism in the 21st century.", J, [],
         [("science_technology", "research"), ("party", "joint research on socialism")]),
        ("They also agreed to launch a theory workshop series with the first session in Hà Nội.", J,
         [("party", "theory workshop series")]),
        ("The CPRF delegation later visited Bắc Ninh province.", N, []),
    ]),
    # 2 people exchanged
    ("TASS", "MOSCOW", [
        ("United Russia will continue sending United Russia delegations to Việt Nam, Secretary of the "
         "party's General Council Viktor Pestov told TASS on Tuesday.", R,
         [("party", "sending United Russia delegations")]),
        ("According to him, visits by party delegations at all levels have become regular.", R,
         [("party", "visits by party delegations")]),
        ("Pestov also said an exchange of young party cadres would start in the autumn.", R,
         [("party", "exchange of young party cadres")]),
    ]),
    # 3
    ("VNA", "VIENTIANE", [
        ("Lao People's Revolutionary Party (LPRP) Politburo member Khamphanh Vongsa received a "
         "delegation of the CPV Central Committee's Organisation Commission on April 2.", N, []),
        ("Khamphanh thanked the CPV for offering internships for party officials from Lao provinces.",
         L, [("party", "internships for party officials")]),
        ("The Vietnamese guest said the two parties should also share experience in personnel work and "
         "cadre planning.", V, [("party", "personnel work and cadre planning")]),
    ]),
    # 4 channels
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Nguyễn Thanh Phong met with Deputy Chairman of the State Duma Boris "
         "Alekseev, a senior member of the Liberal Democratic Party of Russia (LDPR), on June 4.", N, []),
        ("Phong said Việt Nam values its relations with political forces in Russia, including the LDPR.",
         V, [("party", "relations with political forces")]),
        ("Alekseev said high-level contacts between the two parties would deepen political trust.", R,
         [("party", "high-level contacts between the two parties"), ("diplomacy", "political trust")]),
    ]),
    # 5
    ("TASS", "MOSCOW", [
        ("Russia and Việt Nam maintain contacts through parliamentary channels and along party lines, "
         "Deputy Foreign Minister Yegor Sorokin said on Friday.", R,
         [("diplomacy", "parliamentary channels"), ("party", "along party lines")]),
        ("The diplomat added that a party forum in Sochi would gather delegates from 40 countries.", R,
         []),
    ]),
    # 6
    ("VNS", "HÀ NỘI", [
        ("Politburo member Đỗ Minh Khang hosted a reception for Secretary of the General Council of the "
         "United Russia party Andrei Belov in Hà Nội on Thursday.", N, []),
        ("Khang said the two countries should make better use of cooperation through party channels to "
         "drive trade and investment.", V,
         [("party", "party channels"), ("economy", "trade and investment")]),
        ("Belov agreed, saying party contacts remain a pillar of the ties.", R,
         [("party", "party contacts")]),
    ]),
    # 7 party bodies of provinces
    ("VNA", "LẠNG SƠN", [
        ("Secretary of the Lạng Sơn provincial Party Committee Hoàng Văn Quyết received a delegation of "
         "the Chongzuo municipal committee of the Communist Party of China (CPC) led by its Secretary "
         "Liu Weiming on March 20.", N, []),
        ("Quyết said cooperation between the Party organisations of Lạng Sơn and Chongzuo has helped "
         "boost border trade.", V,
         [("party", "cooperation between the Party organisations"), ("economy", "border trade")]),
        ("Liu suggested that the two sides hold regular exchanges between their Party organisations.",
         C, [("party", "exchanges between their Party organisations")]),
    ]),
    # 8
    ("VNS", "NGHỆ AN", [
        ("Ties between the provincial Party Committees of Nghệ An and Ulyanovsk have grown since they "
         "signed a memorandum in 2022.", N,
         [("party", "Ties between the provincial Party Committees")]),
        ("Under the memorandum, the party schools of the two sides will exchange lecturers.", N,
         [("party", "party schools of the two sides will exchange lecturers")], [("education", "lecturers")]),
        ("Ulyanovsk Governor Pavel Dorin said the region wants more Vietnamese students at its "
         "universities.", R, [("education", "students")], [("education", "universities")]),
    ]),
    # 9 the CPV's external-relations words
    ("Nhân Dân", "HANOI", [
        ("The CPV currently has relations with more than 250 parties and political forces in the world.",
         N, [("party", "relations with more than 250 parties")]),
        ("In Russia, it maintains ties with parties and political forces across the political spectrum.",
         N, [("party", "ties with parties and political forces")]),
        ("Party leader Trịnh Văn Lâm said strategic communication between the two parties should be "
         "strengthened.", V, [],
         [("party", "strategic communication between the two parties"), ("diplomacy", "strategic communication")]),
    ]),
    # 10
    ("VNA", "HAVANA", [
        ("A delegation of the CPV led by Secretariat member Lưu Đức Tâm paid a working visit to Cuba "
         "from May 3 to 6.", N, []),
        ("Tâm affirmed that the CPV always treasures its relations with sister parties, including the "
         "Communist Party of Cuba.", V, [("party", "relations with sister parties")]),
        ("Cuban leader Rafael Ortega said the two parties would keep sharing experience in building a "
         "clean and strong Party.", "cuba", [("party", "building a clean and strong Party")]),
    ]),
    # 11 experience on a party matter
    ("VNA", "HANOI", [
        ("Head of the CPV Central Committee's Inspection Commission Vũ Thành Đạt held talks with a "
         "delegation of the LPRP Central Committee's Inspection Commission on July 8.", N, []),
        ("The two sides exchanged experience in the inspection and supervision of Party members.", J,
         [("party", "inspection and supervision")]),
        ("Đạt said the CPV stands ready to train Lao inspection officials.", V,
         [("party", "train Lao inspection officials")]),
    ]),
    # 12
    ("TASS", "MOSCOW", [
        ("The CPRF is ready to share its experience in election campaigns with Vietnamese colleagues, "
         "CPRF Deputy Chairman Ivan Sergeyev said.", R, [], [("party", "election campaigns")]),
        ("He noted that the two parties have held theoretical seminars every year since 2010.", R,
         [("party", "theoretical seminars")]),
    ]),
    # 13
    ("VNA", "HÀ NỘI", [
        ("Permanent member of the CPV Secretariat Phan Văn Hòa received a delegation of the "
         "Cambodian People's Party (CPP) led by its Vice President Men Sokha.", N, []),
        ("Hòa briefed the guests on the CPV's preparations for its 14th National Congress.", V, []),
        ("The Cambodian guest said the CPP wants to learn from the CPV's experience in personnel work.", "cambodia",
         [("party", "personnel work")]),
    ]),
    # 14
    ("Nhân Dân", "HANOI", [
        ("The two parties agreed to co-organise a scientific conference on the 110th anniversary of the "
         "October Revolution.", J, [],
         [("party", "co-organise a scientific conference"), ("science_technology", "scientific")]),
        ("Both sides pledged to keep high-level contacts between the two parties and to step up "
         "delegation exchanges at all levels.", J,
         [("party", "high-level contacts between the two parties"), ("party", "delegation exchanges")]),
    ]),
    # 15 close passages: domestic party affairs
    ("VNA", "VIENTIANE", [
        ("LPRP General Secretary Chanthavong Sihalath received Vietnamese Ambassador Đặng Quốc Bảo on "
         "August 15.", N, []),
        ("Chanthavong briefed the guest on the LPRP's preparations for its 12th Congress and the "
         "country's socio-economic situation.", L, [], [("economy", "socio-economic")]),
        ("Bảo congratulated the LPRP on its achievements in national development.", V, []),
    ]),
    # 16 third-party, parties to the contract
    ("VNS", "HÀ NỘI", [
        ("The parties to the contract agreed to settle disputes through a third-party arbitrator.", N,
         []),
        ("Under the deal, Vietnam Airlines will buy fuel from a third-party supplier in Singapore.", N,
         [], [("energy", "fuel")]),
        ("A working party of the two ministries will draft rules on data sharing by December.", N, []),
    ]),
    # 17 party names inside titles
    ("TASS", "MOSCOW", [
        ("Chairman of the Central Committee of the Communist Party of the Russian Federation Gennady "
         "Zaitsev met Vietnamese Ambassador Nguyễn Thanh Phong on Monday.", N, []),
        ("Zaitsev praised Việt Nam's achievements in renewal.", R, []),
        ("He said the CPRF would send a delegation to the Vietnamese party congress.", R, []),
    ]),
    # 18 party name in a title, trade talk
    ("VNA", "MOSCOW", [
        ("Member of the General Council of the United Russia party and Governor of Tver region Sergei "
         "Rudnev received a Vietnamese business delegation on Wednesday.", N, [],
         [("economy", "business delegation")]),
        ("Rudnev said the region wants to import more Vietnamese farm produce.", R,
         [("economy", "farm produce")]),
    ]),
    # 19 training and fostering
    ("VNA", "HANOI", [
        ("President of the Hồ Chí Minh National Academy of Politics Lê Văn Thịnh received a delegation "
         "of the Higher Party School of the CPC Central Committee on October 2.", N, [],
         [("party", "Hồ Chí Minh National Academy of Politics"), ("party", "Higher Party School")]),
        ("Thịnh proposed that the two schools cooperate in training young party cadres and in joint "
         "research on Marxism-Leninism.", V,
         [("party", "training young party cadres"), ("party", "research on Marxism-Leninism")]),
        ("The Chinese guest agreed and invited Vietnamese lecturers to a theory workshop in Beijing.",
         C, [("party", "theory workshop")], [("education", "lecturers")]),
    ]),
    # 20 United Russia and the CPV, a plan signed
    ("TASS", "MOSCOW", [
        ("United Russia and the Communist Party of Vietnam signed a cooperation plan for 2026-2030 "
         "on Tuesday, the party's press service reported.", R,
         [("party", "United Russia and the Communist Party of Vietnam signed a cooperation plan")]),
        ("The plan provides for exchanges of experience in party building and legislative work.", N,
         [("party", "party building")], [("diplomacy", "legislative work")]),
    ]),
    # 21 party contacts and business (close: contract parties)
    ("VNA", "HCM CITY", [
        ("The two parties to the investment deal, a Russian fertiliser maker and a Vietnamese "
         "distributor, signed the papers in HCM City on Friday.", N, [("economy", "investment")]),
        ("The Russian side said it would open a warehouse in Bình Dương next year.", R, []),
    ]),
    # 22 party bodies of provinces, Laos
    ("VNA", "ĐIỆN BIÊN", [
        ("Secretary of the Điện Biên provincial Party Committee Lò Văn Mạnh held talks with Secretary "
         "of the Party Committee of Phongsaly province Khamsone Phommachanh.", N, []),
        ("Mạnh said the two Party Committees should increase delegation exchanges and cooperate in "
         "border security.", V,
         [("party", "the two Party Committees should increase delegation exchanges"),
          ("defence_security", "border security")]),
        ("Khamsone asked Điện Biên to help train Phongsaly cadres in its school of politics.", L,
         [("party", "train Phongsaly cadres")], [("party", "school of politics")]),
    ]),
    # 23 CPV delegation in Russia
    ("Nhân Dân", "MOSCOW", [
        ("A delegation of the CPV led by Politburo member Nguyễn Hải Long held talks with leaders of "
         "the A Just Russia party in Moscow on September 9.", N, []),
        ("Long said the CPV wishes to expand ties with A Just Russia through visits by party "
         "delegations and theoretical exchanges.", V,
         [("party", "ties with A Just Russia"), ("party", "visits by party delegations and theoretical exchanges")]),
        ("The Russian host said his party wants to learn from Việt Nam's experience in poverty "
         "reduction.", R, []),
    ]),
    # 24 domestic party events, not relations
    ("VNA", "HANOI", [
        ("The Hà Nội Party Committee held a conference on Monday to review the city's economic "
         "performance in the first half.", N, [], [("economy", "economic")]),
        ("Secretary of the municipal Party Committee Đinh Văn Tuấn asked departments to speed up "
         "public investment disbursement.", V, [("economy", "public investment")]),
    ]),
    # 25 party-to-party with youth
    ("TASS", "MOSCOW", [
        ("The Young Guard of United Russia will host Vietnamese youth activists at a summer school in "
         "Kazan, its chairman Denis Kolesov told TASS.", R,
         [("people", "youth activists")], [("party", "summer school"), ("education", "summer school")]),
        ("Kolesov said such contacts along party lines help young politicians understand each other.",
         R, [("party", "contacts along party lines")]),
    ]),
    # 26 sister parties in Laos
    ("VNA", "VIENTIANE", [
        ("A delegation of the CPV Central Committee's Commission for Mass Mobilisation led by its head "
         "Hà Thị Nga visited Laos from June 10 to 14.", N, []),
        ("The two sides shared experience in mass mobilisation work.", J,
         [("party", "mass mobilisation work")]),
        ("Nga said the commissions of the two sister parties would hold a joint seminar next year.", V,
         [], [("party", "the two sister parties would hold a joint seminar")]),
    ]),
    # 27 experience in election campaigns, Laos
    ("VNS", "HÀ NỘI", [
        ("Lao and Vietnamese officials met in Hà Nội to review cooperation between the Front "
         "organisations of the two countries.", N, []),
        ("They agreed to share experience in organising elections to the National Assembly.", J, [],
         [("party", "organising elections")]),
    ]),
    # 28 people exchanged between provinces
    ("VNA", "QUẢNG NINH", [
        ("Secretary of the Quảng Ninh provincial Party Committee Vũ Đức Hải received a delegation of the "
         "Guangxi Zhuang Autonomous Region Committee of the CPC on November 5.", N, []),
        ("Hải said exchanges of party officials between the two localities have become regular.", V,
         [("party", "exchanges of party officials")], [("people", "localities")]),
        ("The Chinese guest said Guangxi would organise study tours for party officials of Quảng Ninh.", C,
         [("party", "study tours for party officials")]),
    ]),
    # 29 a party organ and a party's regional branch exchange visits
    ("TASS", "VLADIVOSTOK", [
        ("Delegations of the Hải Phòng Party Committee and the Primorye branch of United Russia will "
         "exchange visits every year, the branch's press service said on Monday.", R,
         [("party", "Delegations of the Hải Phòng Party Committee and the Primorye branch of United Russia "
                    "will exchange visits")]),
        ("The branch's secretary Igor Markov said the visits would also help Vietnamese seafood "
         "exporters find buyers in Primorye.", R, [], [("economy", "seafood exporters")]),
    ]),
    # 30 experience on party matters
    ("Nhân Dân", "HANOI", [
        ("A delegation of the Communist Party of Cuba led by Politburo member Ana Suárez held talks with "
         "the CPV Central Committee's Organisation Commission on March 14.", N, []),
        ("The two sides shared experience in building grassroots party organisations and in fighting "
         "corruption within the Party.", J, [("party", "building grassroots party organisations")],
         [("party", "fighting corruption within the Party")]),
        ("Suárez said the PCC would send party officials for training at the Hồ Chí Minh National "
         "Academy of Politics.", "cuba", [("party", "send party officials for training")],
         [("party", "Hồ Chí Minh National Academy of Politics")]),
    ]),
    # 31 the organs of two parties
    ("VNA", "VIENTIANE", [
        ("The two parties' commissions for external relations agreed to strengthen coordination at "
         "multilateral forums.", J,
         [("party", "two parties' commissions for external relations agreed to strengthen coordination"),
          ("diplomacy", "multilateral forums")]),
        ("They also agreed to exchange information on the international situation.", J, []),
    ]),
    # 32 close: parties to a dispute, a working party
    ("VNS", "HÀ NỘI", [
        ("A court in Hà Nội ruled that the parties to the dispute must share the costs of the "
         "arbitration.", N, []),
        ("The two ministries also set up a joint working party on customs data.", N, []),
    ]),
    # 33 CPRF and theory
    ("TASS", "MOSCOW", [
        ("CPRF Secretary Andrei Kuzmin met a delegation of the CPV's Central Theoretical Council in "
         "Moscow on Wednesday.", N, []),
        ("Kuzmin said the CPRF wants to exchange experience in party work with the CPV.", R,
         [("party", "exchange experience in party work")]),
        ("He added that the two parties would hold a joint round table on the congress documents in "
         "Hà Nội.", R, [("party", "round table on the congress documents")]),
    ]),
    # 34 research on the doctrine and Party inspection, the parties named
    ("VNA", "HÀ NỘI", [
        ("Politburo member Đỗ Văn Hùng held talks with a CPRF delegation led by Central Committee "
         "Secretary Pavel Ivanov on May 13.", N, []),
        ("The two sides agreed to carry out joint research on socialism in the new era.", J, [],
         [("science_technology", "research"), ("party", "joint research on socialism")]),
        ("Ivanov said the CPRF wanted to learn from the CPV's experience in Party inspection.", R,
         [("party", "Party inspection")]),
    ]),
    # 35 close: a third-party inspection
    ("VNS", "HÀ NỘI", [
        ("The contractor will pay for a third-party inspection of the new warehouse.", N, []),
    ]),
]
