"""Probe 34p1: real agency copy's furniture (headlines, captions, credits, bylines, editors' notes,
datelines, closing credits, bracketed asides) and the report's frame (sentences opening 'Earlier,',
'Also on March 3,', 'On this occasion,', background history, quotations over two sentences) in VNA,
VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Furniture nobody voices is ``narrator``; a headline
naming a field gives its mention like any sentence. Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    # a headline, then the dateline with the agency
    ("VNA", "HANOI", [
        ("Vietnam, Russia to step up cooperation in oil and gas.", N, [("oil_gas", "oil and gas")]),
        ("Hanoi (VNA) – Deputy Prime Minister Tran Quoc Hai received Russian Deputy Energy Minister "
         "Pavel Zorin in Hanoi on March 3.", N, []),
        ("Hai said Vietnam welcomes Russian firms joining offshore exploration projects.", V,
         [("oil_gas", "offshore exploration")]),
        ("Zorin said Moscow is ready to supply more liquefied natural gas to Vietnam.", R,
         [("oil_gas", "liquefied natural gas")]),
    ]),
    # a caption and a photo credit
    ("VNA", "HANOI", [
        ("General Secretary Le Van Thanh (right) and Lao President Somsak Vongsa at the talks.", N, []),
        ("Photo: VNA.", N, []),
        ("The two leaders agreed to expand cooperation in education and human resources training.", J,
         [("education", "education and human resources training")]),
    ]),
    ("VNS", "HANOI", [
        ("Delegates attend the Vietnam-Russia investment forum in Hanoi on April 5.", N, [],
         [("economy", "investment")]),
        ("VNA/VNS Photo Minh Duc.", N, []),
        ("Deputy Minister of Planning and Investment Do Van Tam said Russian investment in Vietnam "
         "remains modest.", V, [("economy", "Russian investment")]),
    ]),
    # a byline and a dateline without the agency
    ("VNS", "HA NOI", [
        ("By Thu Hang.", N, []),
        ("HA NOI – Viet Nam and Laos have agreed to build two new border roads linking Quang Tri and "
         "Savannakhet provinces.", J, [("transport", "border roads")]),
        ("Deputy Minister of Transport Nguyen Duc Long said the roads would cut travel time for freight "
         "trucks.", V, [("transport", "roads"), ("transport", "freight")]),
    ]),
    # TASS frame
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam will hold a joint naval exercise in the autumn, "
         "Deputy Defence Minister Anatoly Grekov said on Tuesday.", R,
         [("defence_security", "joint naval exercise")]),
        ("\"We are also discussing the training of Vietnamese officers at Russian military academies,\" "
         "he told reporters.", R, [("education", "training")],
         [("defence_security", "military")]),
        ("\"This cooperation has a long history.", R, []),
        ("It will continue,\" the deputy minister added.", R, []),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Laos hopes to attract Russian tourists to its national parks, "
         "Lao Deputy Minister of Information, Culture and Tourism Sengphet Chanthavong told TASS.", L,
         [("tourism_sports", "Russian tourists")]),
        ("According to him, direct flights between Vladivostok and Vientiane could open next year.", L,
         [("transport", "direct flights")]),
        ("The Eastern Economic Forum is being held on Russky Island on September 4-6.", N, []),
        ("TASS is the forum's general information partner.", N, []),
    ]),
    # closing credit and related news
    ("VNA", "VIENTIANE", [
        ("Vientiane (VNA) – The Vietnamese Embassy in Laos held a ceremony to hand over 50 computers to a "
         "school in Vientiane province on May 10.", N, [], [("education", "school")]),
        ("Ambassador Nguyen Minh Chau said the gift reflects Vietnam's support for education in Laos.", V,
         [("education", "education")]),
        ("– VNA.", N, []),
        ("Related news.", N, []),
        ("Vietnam, Laos boost cooperation in health care.", N, [("health", "health care")]),
    ]),
    # bracketed aside and an editors' note
    ("VNA", "HANOI", [
        ("The Ministry of Industry and Trade (MoIT) and the Russian Export Centre (REC) signed a "
         "memorandum on trade promotion.", N, [("economy", "trade promotion")]),
        ("Under the deal, the REC will open an office in Ho Chi Minh City (HCM City).", N, []),
        ("Editor's note: This article was updated with comments from the Russian side.", N, []),
        ("REC Director Yulia Sergeeva said Russian exporters of grain and fertiliser want a bigger share "
         "of the Vietnamese market.", R, [],
         [("economy", "exporters"), ("economy", "Vietnamese market")]),
    ]),
    # 'Earlier,' with an explicit speaker, and with a narrated action
    ("VNA", "HANOI", [
        ("Minister of Public Security Tran Van Quang held talks with Russian Interior Minister Oleg "
         "Smirnov in Hanoi on March 3.", N, []),
        ("Quang proposed that the two ministries step up cooperation in fighting transnational crime.", V,
         [("defence_security", "fighting transnational crime")]),
        ("Smirnov agreed and suggested more exchanges of experience in cybersecurity.", R,
         [("defence_security", "cybersecurity")]),
        ("Earlier, the Russian minister laid a wreath at the Ho Chi Minh Mausoleum.", N, []),
        ("Earlier, Smirnov told Vietnamese police officers that Russia would help train their drug "
         "enforcement units.", R, [("defence_security", "drug enforcement")],
         [("education", "train")]),
    ]),
    # 'Also on March 3,' / 'On this occasion,'
    ("VNA", "MOSCOW", [
        ("Chairman of the National Assembly Vo Thanh Nam met Chairman of the Russian State Duma Ivan "
         "Petrov in Moscow on March 3.", N, []),
        ("Nam said the two legislatures should strengthen inter-parliamentary cooperation.", V,
         [("diplomacy", "inter-parliamentary cooperation")]),
        ("Also on March 3, Nam visited the Moscow State University and met Vietnamese students there.", N,
         [], [("education", "Vietnamese students")]),
        ("On this occasion, he urged the students to study hard and contribute to the homeland.", V, []),
    ]),
    ("NDO", "HANOI", [
        ("Head of the Party Central Committee's Commission for External Relations Le Hoai Trung received "
         "a delegation of the Lao People's Revolutionary Party (LPRP) led by Thongphan Inthavong.", N, []),
        ("Trung said the two Parties should continue exchanging experience in Party building.", V,
         [("party", "Party building")]),
        ("On this occasion, Thongphan conveyed greetings from LPRP leaders to the CPV leaders.", L, []),
        ("He said the LPRP wants to send more officials to study at the Ho Chi Minh National Academy of "
         "Politics.", L, [("party", "send more officials to study")],
         [("party", "Ho Chi Minh National Academy of Politics")]),
    ]),
    # background history
    ("VNA", "HANOI", [
        ("Vietnam and Russia established diplomatic relations on January 30, 1950.", N, []),
        ("During the war against the US, the Soviet Union sent thousands of experts to Vietnam.", N, []),
        ("Today, Russia is among Vietnam's leading trade partners, with two-way trade reaching 5.5 billion "
         "USD last year.", N, [("economy", "trade partners"), ("economy", "two-way trade")]),
    ]),
    # a quotation over two sentences, Vietnamese speaker
    ("VNA", "HANOI", [
        ("Prime Minister Pham Minh Duc held phone talks with Chinese Premier Wang Jian on June 2.", N, []),
        ("\"Vietnam wants to boost exports of fruit and farm produce to China,\" Duc said.", V,
         [("economy", "fruit and farm produce")], [("economy", "exports")]),
        ("\"We also hope China will open more border gates for our goods.", V, [],
         [("economy", "border gates")]),
        ("This will benefit businesses of both countries.\"", V, [], [("economy", "businesses")]),
        ("Wang said China would facilitate customs clearance at border crossings.", C, []),
    ]),
    # headline shapes with a colon and with a quote
    ("VNA", "HANOI", [
        ("Vietnam, Cuba pledge stronger ties in biotechnology.", J,
         [("science_technology", "biotechnology")]),
        ("Hanoi (VNA) – Vietnam and Cuba will expand joint research in biotechnology and vaccine "
         "production, the two sides agreed at a meeting in Hanoi on March 3.", J,
         [("science_technology", "joint research"), ("science_technology", "biotechnology"),
          ("health", "vaccine production")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia ready to build nuclear power plant in Vietnam – Rosatom chief.", R,
         [("nuclear", "nuclear power plant")]),
        ("Russia is ready to resume talks on building the first nuclear power "
         "plant in Vietnam, Rosatom Director General Alexei Likhachyov said on Thursday.", R,
         [("nuclear", "nuclear power plant")]),
        ("\"Our offer is on the table,\" he said.", R, []),
    ]),
    # a caption naming a field
    ("VNA", "HANOI", [
        ("Lao students at a Vietnamese language class at the Hanoi University of Education.", N,
         [], [("education", "Lao students"), ("education", "language class"), ("culture", "Vietnamese language")]),
        ("(Photo: VNA)", N, []),
        ("More than 14,000 Lao students are studying in Vietnam, according to the Ministry of Education "
         "and Training.", V, [("education", "14,000 Lao students")]),
    ]),
    # a report's frame in Nhân Dân: 'At the talks,' and 'For his part,'
    ("NDO", "HANOI", [
        ("NDO – President Nguyen Van Khanh held talks with Russian President Mikhail Orlov in Hanoi on "
         "March 3.", N, []),
        ("At the talks, Khanh proposed that the two countries expand cooperation in energy and "
         "transport.", V, [("energy", "energy"), ("transport", "transport")]),
        ("For his part, Orlov said Russia values its ties with Vietnam in Southeast Asia.", R, []),
        ("After the talks, the two presidents witnessed the signing of agreements on education and "
         "science.", N, [("education", "education"), ("science_technology", "science")]),
    ]),
    # dateline with the agency and a narrated closing sentence
    ("VNA", "BEIJING", [
        ("Beijing (VNA) – Vietnamese Ambassador to China Pham Sao Minh attended a trade fair of "
         "Vietnamese goods in Nanning on March 3.", N, [("economy", "trade fair")]),
        ("Addressing the opening ceremony, Minh said Vietnam's agricultural exports to China grew 20 "
         "percent last year.", V, [("economy", "agricultural exports")]),
        ("The fair runs until March 7.", N, []),
    ]),
    # the speaker stops at a new named subject
    ("VNA", "HANOI", [
        ("Deputy Minister of Culture, Sports and Tourism Ho An Phong met Lao Deputy Minister Khamsay "
         "Phommachanh.", N, []),
        ("Phong suggested the two ministries co-organise Vietnam-Laos tourism promotion events.", V,
         [("tourism_sports", "tourism promotion")]),
        ("Khamsay said Laos wants to learn from Vietnam's experience in preserving heritage.", L,
         [("culture", "preserving heritage")]),
        ("Earlier, the Lao delegation visited the Vietnam National Museum of History.", N, []),
    ]),
    # a sentence with a colon list after a reporting verb
    ("VNA", "HANOI", [
        ("Vice President Dang Thi Ngoc met a delegation of Russia's Tatarstan Republic led by its Prime "
         "Minister Rustam Gilyazov on March 3.", N, []),
        ("Ngoc suggested Tatarstan strengthen cooperation with Vietnamese localities in three areas: "
         "petrochemicals, automobile assembly and education.", V,
         [("people", "Vietnamese localities"), ("oil_gas", "petrochemicals"),
          ("education", "education")], [("economy", "automobile assembly")]),
    ]),
    # a TASS headline whose source closes it after a dash
    ("TASS", "MOSCOW", [
        ("Moscow, Hanoi to expand trade in farm produce \u2014 Lavrov.", R,
         [("economy", "trade"), ("economy", "farm produce")]),
        ("Russian Foreign Minister Sergei Lavrov met his Vietnamese counterpart Bui Thanh Son in Moscow on "
         "Tuesday.", N, []),
        ("\"We agreed to remove barriers to Vietnamese fruit on the Russian market,\" Lavrov told a news "
         "conference.", R, [], [("economy", "Russian market")]),
    ]),
]
