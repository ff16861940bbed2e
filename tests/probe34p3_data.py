"""Probe 34p3: defence, security, diplomacy and history words as background or ceremony beside the same
fields as real cooperation, in VNA English, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. History recalled, wars, wreaths at memorials, guards of
honour, names of bodies ("Ministry of Public Security", "Security Council", "United Nations") and
"food security" are no mention; "energy security" is energy; veterans as guests and "the anniversary of
diplomatic relations" are optional; "peace and stability in the region" is optional diplomacy (as the
tuned parts mark it). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
CU = "cuba"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Deputy Minister of National Defence Senior Lieutenant General Hoang Van Tien held talks with "
         "Russian Deputy Defence Minister Colonel General Pavel Sorokin in Hanoi on April 8.", N, []),
        ("Tien said defence cooperation is a pillar of the comprehensive strategic partnership between "
         "the two countries.", V, [("defence_security", "defence")]),
        ("Sorokin proposed expanding military-technical cooperation and the training of officers.", R,
         [("defence_security", "military-technical")],
         [("education", "training of officers"), ("defence_security", "training of officers")]),
    ]),
    ("VNA", "HANOI", [
        ("A guard of honour welcomed the Lao delegation at the headquarters of the Ministry of National "
         "Defence.", N, []),
        ("The guests later laid a wreath at the Heroic Martyrs' Memorial on Bac Son street.", N, []),
        ("Lao Deputy Defence Minister Soukthavy Phommachanh recalled the years when Vietnamese "
         "volunteers and Lao soldiers fought side by side during the war of resistance.", L, []),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnamese Minister of Public Security General Le Quoc Hung met Lao Minister of Public "
         "Security Vilay Sengdara in Vientiane.", N, []),
        ("Hung suggested the two ministries step up cooperation in crime prevention, especially "
         "drug trafficking and cybercrime.", V,
         [("defence_security", "crime prevention"), ("defence_security", "drug trafficking and cybercrime")]),
        ("Vilay thanked the Ministry of Public Security of Vietnam for training Lao police officers.", L,
         [("education", "training")], [("defence_security", "police")]),
    ]),
    ("VNS", "HA NOI", [
        ("Veterans, students and officials attended a ceremony in Ha Noi to mark the 75th anniversary of "
         "diplomatic relations between Viet Nam and Russia.", N, [],
         [("people", "Veterans"), ("people", "students"), ("education", "students"), ("diplomacy", "diplomatic relations")]),
        ("A military band played Soviet-era songs at the start of the ceremony.", N, [],
         [("culture", "songs"), ("defence_security", "military")]),
        ("Russian Ambassador Igor Petrov said the two countries should expand cooperation in "
         "education, culture and tourism.", R,
         [("education", "education"), ("culture", "culture"), ("tourism_sports", "tourism")]),
    ]),
    ("Nhan Dan", "HA NOI", [
        ("Born in Nghe An in 1951, Lieutenant General Tran Van Khoa studied at a Soviet military academy "
         "in the 1970s before serving in the northern border region.", N, []),
        ("At the meeting with the Russian Embassy's defence attaché, Khoa spoke warmly of his teachers in "
         "Moscow.", V, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will continue to coordinate their positions at multilateral forums, "
         "including the United Nations and ASEAN-led mechanisms, Russian Foreign Minister Sergei "
         "Vasiliev said on Tuesday.", R, [("diplomacy", "coordinate their positions at multilateral forums")],
         [("diplomacy", "ASEAN-led mechanisms")]),
        ("He said Moscow values Hanoi's balanced stance on the situation in the UN Security Council.", R, []),
    ]),
    ("VNA", "NEW YORK", [
        ("Ambassador Dang Thi Mai, head of Vietnam's Permanent Mission to the United Nations, addressed "
         "a UN Security Council open debate on the protection of civilians.", N, []),
        ("She said Vietnam has sent more than 1,000 officers to UN peacekeeping missions since 2014.", V,
         [("defence_security", "peacekeeping")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Minister of Industry and Trade Nguyen Duc Minh and Russian Energy Minister Oleg "
         "Kuzmin discussed energy security and oil and gas exploration on the continental shelf.", J,
         [("energy", "energy security"), ("oil_gas", "oil and gas exploration")]),
        ("Minh said Vietnam wants to buy more Russian fertiliser to help ensure food security.", V,
         [], [("economy", "fertiliser")]),
    ]),
    ("VNS", "HA NOI", [
        ("More than 2,000 police officers were deployed to ensure the security of the event, which drew "
         "leaders from 20 countries.", N, []),
        ("Deputy Prime Minister Pham Thanh Long said the forum showed Viet Nam's role in maintaining "
         "peace and stability in the region.", V, [], [("diplomacy", "peace and stability in the region")]),
    ]),
    ("VNA", "HANOI", [
        ("Permanent member of the Party Central Committee's Secretariat Vo Minh Thanh received Chinese "
         "Vice Minister of Public Security Zhao Lin on June 12.", N, []),
        ("Thanh asked the two ministries to cooperate in fighting transnational crime and ensuring "
         "border security.", V, [("defence_security", "transnational crime"), ("defence_security", "border security")]),
        ("Zhao said the Chinese ministry is ready to share experience in cybersecurity with its "
         "Vietnamese counterpart.", C, [("defence_security", "cybersecurity")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Security Council Secretary Nikolai Belyaev held consultations with Vietnamese Minister "
         "of Public Security Le Quoc Hung in Moscow.", N, []),
        ("The sides discussed cooperation between the law enforcement agencies and information security.",
         J, [("defence_security", "law enforcement"), ("defence_security", "information security")]),
    ]),
    ("VNA", "HANOI", [
        ("President Nguyen Van Quang received veterans who had fought in the Dien Bien Phu campaign on "
         "the 70th anniversary of the victory.", N, [], [("people", "veterans")]),
        ("Quang said the victory remains a source of pride for the nation.", V, []),
    ]),
    ("VNA", "HANOI", [
        ("Defence Minister General Phan Van Thang held talks with Cuban Minister of the Revolutionary "
         "Armed Forces General Alvaro Lopez.", N, []),
        ("The two ministers agreed to expand cooperation in military medicine, training and defence "
         "industry.", J, [("defence_security", "military"), ("health", "medicine"),
                          ("defence_security", "defence industry")], [("education", "training")]),
        ("Lopez recalled the support Cuba gave Vietnam during the war against the US.", CU, []),
    ]),
    ("Nhan Dan", "VIENTIANE", [
        ("A delegation of the Vietnam Veterans' Association visited the Lao Ministry of National "
         "Defence.", N, []),
        ("The guests laid flowers at the Monument to Vietnam-Laos Combat Alliance in Xieng Khouang.", N, []),
        ("Head of the delegation Nguyen Huu Duc said the association wants to work with its Lao "
         "counterpart on searching for the remains of Vietnamese volunteer soldiers.", V,
         [], [("defence_security", "searching for the remains")]),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Foreign Minister Do Hung Nam and Russian Deputy Foreign Minister Andrei Rudenko co-chaired "
         "the 12th strategic dialogue at the deputy foreign minister level.", N, [],
         [("diplomacy", "strategic dialogue")]),
        ("They agreed to boost political trust and strengthen coordination at multilateral forums.", J,
         [("diplomacy", "political trust"), ("diplomacy", "multilateral forums")]),
        ("The two sides also exchanged views on international and regional issues of mutual concern.", J,
         [("diplomacy", "international and regional issues")]),
    ]),
    ("VNA", "HANOI", [
        ("Ambassador Ngo Tuan Anh presented his credentials to the Russian President at the Kremlin.", N, []),
        ("The ceremony was held in the Alexander Hall of the Grand Kremlin Palace, with a military band "
         "playing the anthems of the two countries.", N, [], [("defence_security", "military")]),
    ]),
    ("TASS", "HANOI", [
        ("The 80th anniversary of the establishment of diplomatic relations between Russia and Vietnam "
         "will be celebrated next year, Russian Ambassador Igor Petrov told TASS.", R, [],
         [("diplomacy", "diplomatic relations")]),
        ("According to the diplomat, the two countries plan to hold a year of cultural exchanges and a "
         "forum of young diplomats.", R, [("culture", "cultural exchanges")], [("people", "young diplomats")]),
    ]),
    ("VNA", "HANOI", [
        ("The Vietnam People's Army Museum held an exhibition marking 80 years of the Vietnam People's "
         "Army, featuring weapons and documents from the two wars of resistance.", N, []),
        ("Museum director Colonel Nguyen Thi Hoa said the exhibition drew 30,000 visitors in its first "
         "week.", V, []),
    ]),
    ("VNA", "HANOI", [
        ("Chief of the General Staff of the Vietnam People's Army Senior Lieutenant General Nguyen Tan "
         "Luc received Chinese Defence Attache Senior Colonel Wang Hai.", N, []),
        ("Luc proposed enhancing border defence cooperation and joint patrols in the Gulf of Tonkin.", V,
         [("defence_security", "border defence"), ("defence_security", "joint patrols")]),
        ("Wang said the Chinese army is ready to increase exchanges of young officers.", C,
         [("defence_security", "exchanges of young officers")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao Prime Minister Sonexay Siphandone received Vietnamese Minister of Public Security Le Quoc "
         "Hung.", N, []),
        ("Sonexay thanked Vietnam for helping Laos maintain political security and social order.", L,
         [("defence_security", "political security and social order")]),
        ("He also hoped the two ministries would cooperate in managing the border.", L,
         [("defence_security", "managing the border")]),
    ]),
    ("VNS", "HA NOI", [
        ("Ha Noi's People's Committee Chairman Tran Sy Thanh received a delegation from Moscow led by "
         "Deputy Mayor Natalia Sergeyeva.", N, []),
        ("Thanh said Ha Noi wants to learn from Moscow's experience in urban security and traffic "
         "management.", V, [("defence_security", "urban security"), ("transport", "traffic management")]),
        ("Sergeyeva noted that Moscow's smart city systems could be shared with the Vietnamese capital.",
         R, [("science_technology", "smart city")]),
    ]),
    ("TASS", "MOSCOW", [
        ("A wreath-laying ceremony took place at the Tomb of the Unknown Soldier by the Kremlin wall.", N, []),
        ("Vietnamese Defence Minister Phan Van Thang and Russian Defence Minister Andrei Belousov then "
         "signed a roadmap for military cooperation until 2030.", N, [("defence_security", "military")]),
    ]),
    ("VNA", "HANOI", [
        ("National Assembly Chairman Tran Thanh Man received Cuban Ambassador Rogelio Polanco.", N, []),
        ("Man said Vietnam will always remember Cuba's support during the struggle for national "
         "independence and reunification.", V, []),
        ("The ambassador said Cuba wants to expand parliamentary cooperation and coordination at "
         "inter-parliamentary forums.", CU, [("diplomacy", "parliamentary cooperation"),
                                              ("diplomacy", "inter-parliamentary forums")]),
    ]),
    ("VNA", "BEIJING", [
        ("The Vietnamese Embassy in China held a get-together for Vietnamese war veterans visiting "
         "Beijing.", N, [], [("people", "veterans")]),
        ("Ambassador Pham Sao Mai briefed the veterans on the country's foreign policy and its ties with "
         "China.", V, [("diplomacy", "foreign policy")]),
    ]),
    ("Nhan Dan", "HA NOI", [
        ("The Central Military Commission held a meeting to review five years of international defence "
         "integration and defence diplomacy.", N, [("defence_security", "defence integration and defence")],
         [("diplomacy", "diplomacy")]),
        ("Defence Minister Phan Van Thang said Viet Nam has set up defence cooperation with more than "
         "100 countries.", V, [("defence_security", "defence")]),
        ("He said the army would keep sending engineering units to the UN mission in Abyei.", V,
         [], [("defence_security", "UN mission")]),
    ]),
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Chinh received Russian Security Council Deputy Secretary Alexander "
         "Venediktov.", N, []),
        ("Chinh affirmed that Vietnam pursues a foreign policy of independence, self-reliance, peace, "
         "friendship and cooperation.", V, [("diplomacy", "foreign policy")]),
        ("Venediktov said Russia is ready to cooperate with Vietnam in ensuring information security and "
         "combating terrorism.", R, [("defence_security", "information security"), ("defence_security", "terrorism")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Public Security held a ceremony to mark the 80th anniversary of the People's "
         "Public Security Force, attended by veterans and heroes of the force.", N, [],
         [("people", "veterans")]),
        ("General Secretary To Lam presented the force with the Gold Star Order.", N, []),
    ]),
]
