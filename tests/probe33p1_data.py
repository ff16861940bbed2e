"""Probe 33p1: speakers and sides in the shapes of real VNA English and TASS copy.

Invented people and events, written for the probe (nothing copied from the evaluation set or from real
reports). Each passage is one document; each sentence carries the side the guidelines give
(``data/evaluation/README.md``, "Side") and its mentions as (sector, surface), a third item "optional"
where the guidelines make the row optional. Corrected after the first run where the guidelines or the
tuned parts' majority said my first answer was wrong (RULES.md, "Probe 33p1").
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES: list[tuple[str, list[tuple[str, str, list[tuple[str, ...]]]]]] = [
    ("vna-1", [
        ("Party General Secretary Tô Lâm held talks with Chairman of the Communist Party of the Russian "
         "Federation Pavel Sergeyev in Hà Nội on Monday, during which the two sides agreed to step up "
         "cadre training.", N, [("party", "cadre training")]),
        ("Lâm stressed that the CPV always treasures its ties with the CPRF.", V,
         [("party", "ties with the CPRF")]),
        ("For his part, the guest proposed expanding theoretical exchanges.", R,
         [("party", "theoretical exchanges")]),
    ]),
    ("vna-2", [
        ("Prime Minister Phạm Minh Tuấn received Russian Deputy Prime Minister Oleg Karpov in Hà Nội on "
         "March 4, with both sides agreeing to boost cooperation in energy and oil and gas.", J,
         [("energy", "energy"), ("oil_gas", "oil and gas")]),
        ("Tuấn asked Russia to facilitate the export of Vietnamese farm produce.", V,
         [("economy", "farm produce")]),
        ("The Russian official affirmed that Russia attaches importance to nuclear power cooperation "
         "with Việt Nam.", R, [("nuclear", "nuclear power")]),
    ]),
    ("vna-3", [
        ("Minister of Foreign Affairs Lê Văn Hòa met with Lao Deputy Prime Minister Bounleuth "
         "Sivongsa in Vientiane, at which Hòa briefed the host on the outcomes of the congress.", V,
         []),
        ("Bounleuth congratulated Việt Nam on its achievements, noting that the two countries should "
         "further expand trade and investment.", L, [("economy", "trade and investment")]),
        ("The Lao leader also suggested strengthening cooperation in education.", L,
         [("education", "education")]),
    ]),
    ("vna-4", [
        ("Speaking at the meeting, Vice President Trần Thị Lan highlighted the fine results of "
         "tourism cooperation, stressing that direct flights should be increased.", V,
         [("tourism_sports", "tourism"), ("transport", "direct flights")]),
        ("She invited Russian businesses to invest in renewable energy.", V,
         [("economy", "invest"), ("energy", "renewable energy"), ("economy", "businesses", "optional")]),
    ]),
    ("vna-5", [
        ("Chairman of the National Assembly Nguyễn Đức Minh welcomed Russian State Duma Deputy "
         "Chairman Igor Belov, who congratulated Việt Nam on the success of its elections.", R, []),
        ("Minh said parliamentary cooperation is an important pillar of the relationship.", V,
         [("diplomacy", "parliamentary cooperation")]),
        ("On this occasion, Minh invited the Duma's leader to visit Việt Nam.", V, []),
    ]),
    ("vna-6", [
        ("Vietnamese Ambassador to Russia Đặng Quốc Khánh expressed his delight at the growth of "
         "two-way trade, which rose to 5 billion USD last year.", V, [("economy", "two-way trade")]),
        ("The two sides also exchanged views on international and regional issues of mutual concern.",
         J, [("diplomacy", "international and regional issues")]),
    ]),
    ("vna-7", [
        ("Both sides affirmed their commitment to enhancing defence and security cooperation.", J,
         [("defence_security", "defence and security")]),
        ("The Vietnamese leader called for stronger links in science and technology, while the "
         "Russian side proposed a joint laboratory for biotechnology.", J,
         [("science_technology", "science and technology"), ("science_technology", "joint laboratory"),
          ("science_technology", "biotechnology")]),
    ]),
    ("vna-8", [
        ("Deputy Prime Minister Hồ Văn Sơn held talks with Chinese Vice Premier Liu Jianhua in Beijing.",
         N, []),
        ("He affirmed that Việt Nam considers China a top priority and suggested the two sides expand "
         "railway connectivity.", V, [("transport", "railway connectivity")]),
        ("Liu noted that China is willing to import more Vietnamese agricultural products.", C,
         [("economy", "agricultural products")]),
    ]),
    ("tass-1", [
        ("Russia and Vietnam plan to expand cooperation in the field of healthcare, Russian Deputy "
         "Health Minister Anna Gromova told TASS.", R, [("health", "healthcare")]),
        ("\"We are ready to train Vietnamese doctors at our universities,\" the deputy minister said.",
         R, [("education", "train Vietnamese doctors"), ("education", "universities", "optional")]),
    ]),
    ("tass-2", [
        ("Russian Foreign Minister Sergei Volkov met with his Vietnamese counterpart Lê Văn Hòa in "
         "Moscow, the Russian Foreign Ministry said.", R, []),
        ("The ministers discussed cooperation in energy and the fight against terrorism, according to "
         "a statement of the press service.", R,
         [("energy", "energy"), ("defence_security", "terrorism")]),
        ("Volkov said Moscow would welcome more Vietnamese students at Russian universities.", R,
         [("education", "Vietnamese students"), ("education", "universities", "optional")]),
    ]),
    ("tass-3", [
        ("\"Our trade can reach 10 billion dollars by 2030,\" Russian Ambassador to Vietnam Mikhail "
         "Orlov said.", R, [("economy", "Our trade")]),
        ("According to the diplomat, the main obstacle is logistics.", R, [("transport", "logistics")]),
        ("The Russian diplomat added that payments in national currencies are growing.", R,
         [("economy", "payments in national currencies")]),
    ]),
    ("tass-4", [
        ("Vietnamese Prime Minister Pham Minh Tuan thanked Russia for its help in training nuclear "
         "specialists, the government press service reported.", V,
         [("nuclear", "nuclear"), ("education", "training")]),
        ("Tuan also said Vietnam hopes to attract Russian investment in shipbuilding.", V,
         [("economy", "investment")]),
    ]),
    ("tass-5", [
        ("Lao President Thongsing Vongdala received Russian Security Council Deputy Secretary Andrei "
         "Zaitsev, according to the Lao news agency.", L, []),
        ("The Lao leader noted the importance of cooperation in countering drug trafficking.", L,
         [("defence_security", "drug trafficking")]),
        ("Zaitsev, for his part, stressed Russia's readiness to help Laos train police officers.", R,
         [("education", "train police officers")]),
    ]),
    ("tass-6", [
        ("Chinese Vice Foreign Minister Wang Dehua held consultations with Russian Deputy Foreign "
         "Minister Yuri Andreyev in Moscow on Tuesday.", N, []),
        ("The sides exchanged views on the situation in the Asia-Pacific region, the Russian Foreign "
         "Ministry said in a statement.", R,
         [("diplomacy", "situation in the Asia-Pacific region")]),
        ("The Chinese diplomat highlighted cooperation in multilateral forums.", C,
         [("diplomacy", "multilateral forums")]),
    ]),
    ("vns-1", [
        ("Secretary of the Hà Nội Party Committee Bùi Thị Hạnh on Tuesday hosted a reception for "
         "Governor of Russia's Kaluga Region Dmitry Frolov.", N, []),
        ("Hạnh said the capital wants to learn from Kaluga's experience in attracting investment in "
         "industrial parks.", V, [("economy", "investment"), ("economy", "industrial parks")]),
        ("The governor said that Kaluga is ready to welcome Hà Nội's firms and proposed twinning "
         "schools.", R, [("education", "schools")]),
    ]),
    ("vns-2", [
        ("Tô Lâm, General Secretary of the CPV Central Committee, received Russian Minister of "
         "Education Andrei Kravtsov, who informed the host of plans to open a branch of a Russian "
         "university in Việt Nam.", R, [("education", "university")]),
        ("The host welcomed the initiative, saying education is a pillar of the two countries' "
         "friendship.", V, [("education", "education")]),
    ]),
    ("vns-3", [
        ("To Lam, the Vietnamese leader, told Lao counterpart Thongloun Sisoulith that the two "
         "parties should step up the exchange of experience in Party building.", V,
         [("party", "exchange of experience in Party building")]),
        ("Thongloun agreed, adding that Laos wishes to send more cadres to study in Việt Nam.", L,
         [("party", "cadres")]),
    ]),
    ("nd-2", [
        ("Standing member of the CPV Secretariat Trần Cẩm Tú affirmed that the CPV and the LPRP share "
         "a special bond, and suggested more exchanges of delegations between the two Parties.", V,
         [("party", "CPV and the LPRP share a special bond"),
          ("party", "exchanges of delegations between the two Parties")]),
        ("Expressing his thanks, Lao Party official Sonexay Phommavong emphasised that Laos always "
         "remembers Việt Nam's support.", L, []),
        ("The two sides agreed to organise a theory workshop next year.", J,
         [("party", "theory workshop")]),
    ]),
    ("nd-3", [
        ("At the talks, Chinese Party chief Zhao Lijun spoke highly of Việt Nam's renewal, while Tô Lâm "
         "praised China's poverty reduction.", J, []),
        ("Zhao proposed that the two Parties deepen cooperation in training officials.", C,
         [("party", "cooperation in training officials")]),
        ("The Chinese leader also expressed support for more youth exchanges.", C,
         [("people", "youth exchanges")]),
    ]),
    ("vna-9", [
        ("Deputy Minister of Industry and Trade Phan Thị Mai had a working session with a delegation "
         "of Russia's Tatarstan Republic led by Vice Premier Rustam Khairullin.", N, []),
        ("Mai suggested that Tatarstan increase imports of Vietnamese seafood, stressing that the two "
         "sides need to resolve payment problems.", V, [("economy", "payment problems")]),
        ("Khairullin said that Tatarstan would send a business delegation to Hà Nội in June.", R,
         [("economy", "business", "optional")]),
        ("He also proposed a direct air route between Kazan and Hồ Chí Minh City.", R,
         [("transport", "direct air route")]),
    ]),
    ("vna-10", [
        ("Lao Prime Minister Sonexay Siphandone expressed his appreciation for Việt Nam's assistance in "
         "the construction of the Vientiane–Hà Nội expressway.", L, [("transport", "expressway")]),
        ("The Lao leader asked Việt Nam to help train Lao teachers.", L,
         [("education", "train Lao teachers")]),
        ("In reply, Prime Minister Phạm Minh Tuấn pledged to increase scholarships for Lao students.",
         V, [("education", "scholarships"), ("education", "students", "optional")]),
    ]),
    ("tass-7", [
        ("\"Cooperation in the humanitarian sphere is developing rapidly,\" Yelena Markova, head of "
         "the Russian Science and Culture Centre in Hanoi, said.", R, []),
        ("She said the centre will hold Russian film weeks in three Vietnamese cities.", R,
         [("culture", "film weeks")]),
    ]),
    ("tass-8", [
        ("The two countries agreed to expand tourism, Russian Deputy Economic Development Minister "
         "Pavel Ilyin said after talks in Hanoi.", R, [("tourism_sports", "tourism")]),
        ("Ilyin noted that 600,000 Russian tourists visited Vietnam last year.", R,
         [("tourism_sports", "Russian tourists")]),
    ]),
    ("vna-11", [
        ("President Lương Văn Cường received outgoing Chinese Ambassador Xiong Bo, who briefed him on "
         "the outcomes of China's economic development.", C,
         [("economy", "economic", "optional")]),
        ("Cường asked the ambassador to continue promoting trade and tourism between the two "
         "countries.", V, [("economy", "trade"), ("tourism_sports", "tourism")]),
    ]),
]
