"""Probe 37p5: defence, security and health cooperation in varied wordings, in VNA, VNS, Nhân Dân and TASS
shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give:
police cooperation, crime of every kind, ordnance, naval equipment, military-technical cooperation,
peacekeeping and patrols are defence_security; vaccines, testing, the fight against the pandemic,
hospitals, traditional medicine and pharmaceuticals are health; sector words inside names of bodies
(the Ministry of Public Security, the Security Council, the Federal Medical-Biological Agency, the
Gamaleya Centre, the Vietnam People's Navy, a medical university) and inside titles do not count;
close wordings where the word is no field ("security of supply", "job security", "a healthy economy",
"a shot in the arm", "the good health of relations") give nothing. Where the guidelines are silent the
tuned parts' majority decides: "training doctors" is education (8 required against 2 optional health),
"nuclear medicine" is nuclear (2 required, 1 health), "warships" optional (7 of 7 optional), "joint
patrols" required (12 of 12), hospitals visited at one event optional. A sentence may carry a fourth
item: optional rows. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
D, H = "defence_security", "health"

PASSAGES = [
    # 0: police cooperation; a minister's title with "Public Security"; "for his part"
    ("VNA", "HÀ NỘI", [
        ("Minister of Public Security General Lương Tam Khang received Russian Deputy Interior "
         "Minister Oleg Sokolin in Hà Nội on March 12.", N, []),
        ("Khang said the two ministries should step up cooperation in combating transnational crime, "
         "cybercrime and online fraud.", V, [(D, "transnational crime, cybercrime and online fraud")]),
        ("He proposed that the two sides share experience in digital forensics and exchange "
         "information on wanted criminals.", V, [], [(D, "digital forensics"), ("science_technology", "digital forensics")]),
        ("Sokolin, for his part, said Russia is ready to help Việt Nam ensure security for major "
         "international events hosted by the country.", R, [(D, "security")]),
    ]),
    # 1: the Security Council's secretary; names hold "Security"
    ("VNA", "MOSCOW", [
        ("Secretary of the Russian Security Council Sergei Varnov held talks with Vietnamese Deputy "
         "Minister of Public Security Lt. Gen. Phạm Thế Tùng in Moscow on June 4.", N, []),
        ("Varnov said the Security Council attaches great importance to information security and the "
         "fight against terrorism and extremism.", R,
         [(D, "information security"), (D, "terrorism and extremism")]),
        ("Tùng briefed the guest on Việt Nam's efforts to combat drug trafficking and human "
         "trafficking along its borders.", V, [(D, "drug trafficking and human trafficking")]),
        ("The two sides agreed to step up the fight against transnational drug rings.", J,
         [(D, "transnational drug rings")]),
    ]),
    # 2: TASS, military-technical cooperation, naval equipment
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam intend to expand military-technical cooperation, Russian Deputy Defence "
         "Minister Alexander Fomenko told TASS on Tuesday.", R, [(D, "military-technical")]),
        ("\"We are discussing new supplies of naval equipment and the servicing of warships delivered "
         "earlier,\" the deputy minister said.", R, [(D, "naval equipment")], [(D, "warships")]),
        ("According to him, the two countries' navies will hold a joint exercise in the Pacific next "
         "year.", R, [(D, "joint exercise")]),
    ]),
    # 3: a port call; the Vietnam People's Navy by name
    ("VNA", "KHÁNH HÒA", [
        ("Three ships of the Russian Pacific Fleet docked at Cam Ranh International Port on May 20, "
         "starting a five-day port call.", N, [], [(D, "port call")]),
        ("Rear Admiral Ivan Zhukov, deputy commander of the Russian fleet, said the visit would "
         "strengthen naval cooperation between the two countries.", R, [(D, "naval cooperation")]),
        ("The sailors will play friendly football matches with officers of the Vietnam People's Navy "
         "and visit a local hospital.", N, [], [("tourism_sports", "football matches"), (H, "hospital")]),
    ]),
    # 4: VNS, vaccine doses; the Ministry of Health as a source
    ("VNS", "HÀ NỘI", [
        ("Việt Nam will receive a further 2 million doses of the Sputnik V vaccine from Russia this "
         "month, the Ministry of Health said on Friday.", V, [(H, "vaccine")], [(H, "doses")]),
        ("The doses were produced under a technology transfer deal between the Gamaleya Centre and "
         "Vabiotech.", N, [("science_technology", "technology transfer")], [(H, "doses")]),
        ("Deputy Minister of Health Đỗ Xuân Tuấn said the ministry was also working with Russian "
         "partners on testing and diagnosing COVID-19.", V, [(H, "testing and diagnosing")]),
    ]),
    # 5: the Federal Medical-Biological Agency by name and acronym
    ("VNA", "MOSCOW", [
        ("Head of Russia's Federal Medical-Biological Agency (FMBA) Veronika Skvortsova received "
         "Vietnamese Ambassador Đặng Minh Khôi on October 8.", N, []),
        ("Skvortsova said the agency was ready to share its experience in the fight against the "
         "pandemic and in producing vaccines and test kits.", R,
         [(H, "fight against the pandemic"), (H, "vaccines and test kits")]),
        ("Khôi proposed that the FMBA train Vietnamese doctors and help build a nuclear medicine "
         "centre in Hà Nội.", V, [("education", "train Vietnamese doctors"), ("nuclear", "nuclear medicine"),
                (H, "medicine")]),
    ]),
    # 6: traditional medicine with China; a body named "Administration"
    ("VNA", "HÀ NỘI", [
        ("Vietnamese and Chinese experts discussed cooperation in traditional medicine and "
         "pharmaceuticals at a workshop in Hà Nội on Tuesday.", J,
         [(H, "traditional medicine and pharmaceuticals")]),
        ("Director of the Traditional Medicine Administration Nguyễn Thị Lan said the two sides should "
         "jointly research medicinal herbs.", V, [("science_technology", "research")], [(H, "medicinal herbs")]),
        ("Chinese Vice Minister Wang Hua said China would help Việt Nam develop acupuncture and herbal "
         "medicine.", C, [(H, "acupuncture and herbal medicine")]),
    ]),
    # 7: unexploded ordnance in Laos
    ("VNA", "VIENTIANE", [
        ("Vietnamese and Lao military engineers have cleared unexploded ordnance from 300 hectares in "
         "Xiengkhouang province, the Lao Ministry of National Defence said.", L,
         [(D, "unexploded ordnance")], [(D, "military")]),
        ("Lao Deputy Minister of National Defence Lt. Gen. Khamlieng Outhakaysone thanked Việt Nam for "
         "its help in mine clearance.", L, [(D, "mine clearance")]),
        ("The Vietnamese side handed over 50 mine detectors to the Lao army.", N, [], [(D, "mine detectors")]),
    ]),
    # 8: border guards and joint patrols
    ("VNA", "LẠNG SƠN", [
        ("Border guards of Việt Nam and China conducted joint patrols along the shared border on "
         "Thursday.", N, [(D, "joint patrols")]),
        ("Colonel Hoàng Văn Đức, commander of the Lạng Sơn Border Guard, said the patrols helped curb "
         "smuggling and illegal migration.", V, [(D, "smuggling and illegal migration")]),
        ("His Chinese counterpart said the two forces would also share information on human "
         "trafficking.", C, [(D, "human trafficking")]),
    ]),
    # 9: peacekeeping; a department by name
    ("VNA", "HÀ NỘI", [
        ("The Việt Nam Department of Peacekeeping Operations held a ceremony on Monday to see off 60 "
         "officers leaving for South Sudan.", N, []),
        ("Deputy Defence Minister Senior Lieutenant General Hoàng Xuân Chiến said Việt Nam wants to "
         "contribute more to UN peacekeeping.", V, [(D, "peacekeeping")]),
        ("The officers will staff a level-2 field hospital, he added.", V, [], [(H, "field hospital")]),
    ]),
    # 10: military medicine
    ("Nhân Dân", "HÀ NỘI", [
        ("The medical departments of the Vietnamese and Russian armies signed a plan on cooperation in "
         "military medicine for 2025-2027.", N, [(D, "military"), (H, "medicine")], [(H, "medical")]),
        ("Major General Nguyễn Văn Hùng, director of the Military Medical Department, said the plan "
         "covers field surgery and the treatment of burns.", V,
         [(H, "field surgery"), (H, "treatment of burns")]),
    ]),
    # 11: the Gamaleya Centre; "a shot in the arm"
    ("TASS", "MOSCOW", [
        ("The Gamaleya Centre will help Vietnam set up production of a vaccine against dengue fever, the "
         "centre's director Alexander Gintsburg told reporters.", R,
         [(H, "production of a vaccine")], [(H, "dengue fever")]),
        ("He said the project would be a shot in the arm for bilateral ties.", R, []),
    ]),
    # 12: security of supply, job security, a healthy economy (no field in the look-alikes)
    ("VNA", "HÀ NỘI", [
        ("Russian Ambassador Gennady Bezdetko said Russia could guarantee security of supply for "
         "Vietnamese buyers of liquefied natural gas.", R, [("oil_gas", "liquefied natural gas")]),
        ("He said a healthy economy needs reliable sources of energy.", R, [("energy", "energy")]),
        ("Chairman of the Hà Tĩnh provincial People's Committee Võ Trọng Hải said the new factory will "
         "give 2,000 local workers job security.", V, [], [("labour", "workers")]),
    ]),
    # 13: the health of relations (figurative)
    ("VNA", "MOSCOW", [
        ("Vietnamese Deputy Foreign Minister Lê Thị Thu Hằng said the good health of bilateral relations "
         "was reflected in frequent high-level visits.", V, [], [("diplomacy", "high-level visits")]),
        ("Russian Deputy Foreign Minister Andrei Rudenko said the two sides should also coordinate "
         "closely at the UN Security Council.", R, [], [("diplomacy", "coordinate closely")]),
    ]),
    # 14: hospitals and medical universities
    ("VNS", "HÀ NỘI", [
        ("Hà Nội Medical University and the Pirogov Russian National Research Medical University signed "
         "an agreement on joint training of doctors on Wednesday.", N,
         [("education", "joint training of doctors")]),
        ("Under the deal, lecturers from the Russian university will teach cardiology and oncology to "
         "Vietnamese residents.", N, [(H, "cardiology and oncology")],
         [("education", "teach"), ("education", "lecturers")]),
        ("Rector Nguyễn Hữu Tú said the university also wants to cooperate with Russian hospitals in "
         "clinical research.", V, [(H, "hospitals"), (H, "clinical research")]),
    ]),
    # 15: doctors sent; Central Military Hospital by name
    ("VNA", "VIENTIANE", [
        ("A team of 12 doctors from Central Military Hospital 108 arrived in Vientiane on Sunday to "
         "help Lao colleagues with heart surgery.", N, [(H, "heart surgery")], [(H, "doctors")]),
        ("Lao Health Minister Bounfeng Phoummalaysith said the Lao people appreciate the help of "
         "Vietnamese doctors in improving healthcare.", L, [(H, "healthcare")], [(H, "doctors")]),
    ]),
    # 16: cybersecurity; the Ministry of Public Security's department by name
    ("VNA", "HÀ NỘI", [
        ("The Department of Cyber Security and High-Tech Crime Prevention under the Ministry of Public "
         "Security hosted a Russian delegation on Monday.", N, []),
        ("The two sides discussed ways to protect critical information infrastructure and to fight "
         "cyberattacks.", J, [(D, "critical information infrastructure"), (D, "cyberattacks")]),
        ("The Russian guests said their country is willing to train Vietnamese specialists in "
         "cybersecurity.", R, [("education", "train Vietnamese specialists"), (D, "cybersecurity")]),
    ]),
    # 17: TASS, arms supplies and defence industry
    ("TASS", "MOSCOW", [
        ("Rosoboronexport expects to sign new contracts for arms supplies to Southeast Asian countries, "
         "the company's press service said.", R, [(D, "arms supplies")]),
        ("The company's head said Vietnam remains one of its key partners in the region.", R, []),
        ("In his words, the two countries could also cooperate in the defence industry.", R,
         [(D, "defence industry")]),
    ]),
    # 18: the pandemic as setting against cooperation against it
    ("VNA", "HÀ NỘI", [
        ("Because of the COVID-19 pandemic, the annual meeting of the two ministries was held online.",
         N, []),
        ("Deputy Minister Trần Văn Thuấn said Russia's support in the prevention and control of "
         "COVID-19 was valuable.", V, [(H, "prevention and control of COVID-19")]),
        ("The Russian side said it would donate ventilators and medical masks to Vietnamese "
         "hospitals.", R, [(H, "ventilators and medical masks"), (H, "hospitals")]),
    ]),
    # 19: pharmaceuticals; a pharmaceutical company by name
    ("VNS", "HCM CITY", [
        ("Representatives of the Việt Nam Pharmaceutical Corporation met Russian drug makers in HCM City "
         "on Thursday.", N, [], [(H, "drug makers")]),
        ("The corporation's general director said Vietnamese firms want to import more Russian "
         "medicines and to make generic drugs under licence.", V,
         [(H, "medicines"), (H, "generic drugs")]),
    ]),
    # 20: the Lao leader; security along the border
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Public Security Vilay Lakhamfong received a delegation of Việt Nam's Ministry "
         "of Public Security on Tuesday.", N, []),
        ("The Lao minister said the two ministries should work closely to maintain security and order "
         "in border areas.", L, [(D, "security and order")]),
        ("He also asked the Vietnamese side to help train Lao police officers.", L,
         [("education", "train Lao police officers")]),
    ]),
    # 21: TASS, a doctor's interview
    ("TASS", "HANOI", [
        ("Russian doctors working at the Vietnam-Russia Tropical Centre have studied more than 20 kinds of "
         "tropical diseases, the centre's Russian director general Andrei Kuznetsov told TASS.", R,
         [(H, "tropical diseases")]),
        ("\"Our joint research in tropical medicine helps both countries,\" he said.", R,
         [("science_technology", "research"), (H, "tropical medicine")]),
    ]),
    # 22: Nhân Dân, a joint statement on security
    ("Nhân Dân", "HÀ NỘI", [
        ("The joint statement said the two sides would enhance cooperation in defence and security, "
         "including training, military medicine and search and rescue.", J,
         [(D, "defence and security"), ("education", "training"), (D, "military"), (H, "medicine"),
          (D, "search and rescue")]),
        ("It said the two countries oppose the use of force and the threat to use force.", J, []),
    ]),
    # 23: role phrases as speakers: "the general", "the admiral"; an agency's press service
    ("VNA", "MOSCOW", [
        ("Vietnamese Defence Minister General Phan Văn Giang met Commander-in-Chief of the Russian Navy "
         "Admiral Nikolai Yevmenov in Moscow on Monday.", N, []),
        ("The general said the two navies should expand exchanges in training and search and rescue.",
         V, [("education", "training"), (D, "search and rescue")]),
        ("The admiral said Russia was ready to help Việt Nam train submarine crews.", R,
         [("education", "train"), (D, "submarine")]),
        ("According to the Russian Defence Ministry's press service, the two sides also discussed "
         "arms control.", R, [(D, "arms control")]),
    ]),
    # 24: TASS, a health agency as a source; figures by data stay the narrator's
    ("TASS", "MOSCOW", [
        ("Russia's Federal Medical-Biological Agency (FMBA) has sent a mobile laboratory to Vietnam to help test for the coronavirus, the "
         "agency's press service said on Wednesday.", R, [], [(H, "mobile laboratory"), (H, "test")]),
        ("According to official data, Vietnam has tested more than 1 million people since January.", N,
         [], [(H, "tested")]),
        ("The Russian specialists will also train Vietnamese epidemiologists, the agency added.", R,
         [("education", "train Vietnamese epidemiologists")]),
    ]),
    # 25: Laos, military hospitals by name; the Lao leader
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Siphandone visited the 103 Military Hospital, built with "
         "Vietnamese assistance, on Friday.", N, []),
        ("The Lao leader thanked Vietnamese military doctors for treating thousands of Lao patients "
         "every year.", L, [(H, "patients")], [(D, "military"), (H, "doctors")]),
        ("He asked the hospital to help train Lao nurses and to share its experience in emergency "
         "care.", L, [("education", "train Lao nurses"), (H, "emergency care")]),
    ]),
    # 26: a local office by its role alone after another side's envoy ("the provincial chairman"); job security
    ("VNA", "HÀ TĨNH", [
        ("Russian Ambassador Gennady Bezdetko visited Hà Tĩnh province on Thursday to discuss "
         "investment.", N, [("economy", "investment")]),
        ("Bezdetko said Russian firms were interested in the province's seaport and power plants.", R,
         [("transport", "seaport"), ("energy", "power plants")]),
        ("The new steel plant will give 2,000 local workers job security, the provincial chairman said.",
         V, [], [("labour", "workers")]),
    ]),
]
