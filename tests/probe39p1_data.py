"""Probe 39p1: people-to-people ties (localities and their cooperation, twinning, the Vietnamese community
abroad and the Russian community in Việt Nam, youth, friendship associations, veterans, women's unions,
trade unions, people-to-people diplomacy) in VNA, VNS, Nhân Dân, KPL and TASS shapes (invented people and
events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. The
same words inside names and titles (the Vietnam–Russia Friendship Association, the Ho Chi Minh Communist
Youth Union, the Vietnam Union of Friendship Organisations, "President of the Vietnamese Association in
Russia") do not count; people present at one event are optional; relationship labels ("the traditional
friendship between the two peoples") and "mutual understanding between the two peoples" (tuned parts: 12
unmarked, 3 marked) are not mentions. Where the guidelines are silent, the tuned parts' majority (see
RULES.md, "Probe 39p1"). Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, J, N = "vietnam", "russia", "laos", "joint", "narrator"

PASSAGES = [
    ("VNA", "HÀ NỘI", [
        ("Vice Chairwoman of the Vietnam Union of Friendship Organisations (VUFO) Tran Thi Thu Huong "
         "received a delegation of the Russia-Vietnam Friendship Society led by its President Sergei "
         "Morozov in Hanoi on May 14.", N, []),
        ("Huong said people-to-people diplomacy plays an important role in consolidating the traditional "
         "friendship between the two peoples.", V, [("people", "people-to-people diplomacy")]),
        ("She suggested that the two organisations step up youth exchanges and support cooperation "
         "between localities of the two countries.", V,
         [("people", "youth exchanges"), ("people", "localities")]),
        ("Morozov thanked VUFO for its support and said the society would open new chapters in several "
         "Russian regions next year.", R, []),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Nguyen Duc Thanh met representatives of the Vietnamese "
         "community in Yekaterinburg on February 3 on the occasion of the Lunar New Year.", N, [],
         [("people", "Vietnamese community")]),
        ("Thanh asked the community to preserve the Vietnamese language and to act as a bridge between "
         "the two peoples.", V, [],
         [("culture", "Vietnamese language"), ("people", "a bridge between the two peoples")]),
        ("President of the Vietnamese Association in Sverdlovsk Region Le Van Hung said the association "
         "would help children born in Russia learn about their homeland.", V, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia and Vietnam plan to expand youth exchanges and hold a joint youth camp on the Black Sea "
         "coast next summer, Rosmolodezh head Anna Kuznetsova told TASS on Thursday.", R,
         [("people", "youth exchanges"), ("people", "youth camp")]),
        ("\"Young people of our two countries want to know each other better,\" she said.", R,
         [("people", "Young people")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The northern province of Thai Nguyen and Russia's Kaluga Region signed a memorandum of "
         "understanding on establishing twinning relations on April 20.", N,
         [("people", "twinning relations")]),
        ("Thai Nguyen Party Secretary Pham Quoc Tuan said the province wishes to cooperate with Kaluga in "
         "agriculture, education and tourism.", V,
         [("economy", "agriculture"), ("education", "education"), ("tourism_sports", "tourism")]),
        ("Kaluga Governor Vladimir Shapsha noted that the region's economy grew by 6 percent last year "
         "and invited Vietnamese businesses to invest in the region.", R,
         [("economy", "invest")], [("economy", "economy"), ("economy", "businesses")]),
        ("The two sides agreed that local-level cooperation would give new impetus to the "
         "comprehensive strategic partnership.", J, [], [("people", "local-level cooperation")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("More than 200 young people from Việt Nam and Russia gathered in Hà Nội on Monday for the "
         "opening of a week-long friendship youth camp.", N, [("people", "youth camp")],
         [("people", "young people")]),
        ("The camp is co-organised by the Ho Chi Minh Communist Youth Union Central Committee and the "
         "Russian Youth Union.", N, []),
        ("Addressing the opening ceremony, Secretary of the Youth Union Central Committee Nguyen Minh "
         "Triet said youth organisations of the two countries should cooperate more closely in "
         "education, science and technology.", V,
         [("people", "youth organisations"), ("education", "education"),
          ("science_technology", "science and technology")]),
        ("Russian participant Daria Ivanova said the camp had given her many new Vietnamese friends.",
         R, []),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Lao Front for National Construction and the Vietnam Fatherland Front held talks in "
         "Vientiane on August 12 on people-to-people exchanges along the shared border.", N,
         [("people", "people-to-people exchanges")]),
        ("Vice President of the Lao Front Sengdeuan Lachanthaboun said the twinning of border villages "
         "had strengthened the solidarity between the peoples of the two countries.", L,
         [("people", "twinning")]),
        ("She also called on women's unions and veterans' associations of the two countries to expand "
         "exchanges.", L, [], [("people", "women's unions and veterans' associations")]),
        ("Vietnamese Ambassador to Laos Nguyen Minh Tam said the Vietnamese community in Laos, about "
         "30,000 strong, is grateful for the support of the Lao authorities.", V,
         [("people", "Vietnamese community in Laos")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Primorye and the Vietnamese province of Khanh Hoa will become sister provinces, Primorye "
         "Governor Oleg Kozhemyako said on Wednesday.", R, [("people", "sister provinces")]),
        ("\"We have agreed to open direct flights and to exchange tourist groups,\" Kozhemyako said.", R,
         [("transport", "direct flights"), ("tourism_sports", "tourist groups")]),
        ("According to him, about 3,000 Vietnamese expatriates live and work in the region.", R,
         [("people", "expatriates")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("The Vietnam-Russia Friendship Association held its sixth national congress in Hanoi on "
         "October 18.", N, []),
        ("Addressing the event, Vice Chairman of the National Assembly Tran Quang Phuong said the "
         "association has made important contributions to people-to-people diplomacy and to mutual "
         "understanding between the two peoples.", V, [("people", "people-to-people diplomacy")]),
        ("He asked the association to attract more young members and to work with localities to "
         "organise cultural exchanges.", V,
         [("people", "localities"), ("culture", "cultural exchanges")]),
        ("Former Russian Ambassador to Vietnam Andrei Belyaev, who attended the congress, praised the "
         "association's work among veterans and former students.", R, [],
         [("people", "veterans"), ("education", "students")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("President of the Vietnam General Confederation of Labour Nguyen Dinh Khang received a "
         "delegation of the Federation of Independent Trade Unions of Russia in Hanoi on Tuesday.", N, []),
        ("Khang said exchanges between the trade unions of the two countries had helped protect the "
         "rights of Vietnamese workers in Russia.", V, [("labour", "workers")],
         [("people", "trade unions"), ("labour", "trade unions")]),
        ("The two sides signed a cooperation agreement for 2026-2030.", N, []),
    ]),
    ("VNA", "MOSCOW", [
        ("The Ho Chi Minh Communist Youth Union and the Young Guard of United Russia co-hosted a forum of "
         "young leaders of the two countries in Moscow on July 2.", N, [],
         [("people", "young leaders"), ("party", "young leaders")]),
        ("Addressing the forum, First Secretary of the Youth Union Central Committee Bui Quang Huy said "
         "young people of the two countries should carry forward the traditional friendship.", V,
         [("people", "young people")]),
        ("Young Guard head Anton Demin proposed holding youth exchanges every year.", R,
         [("people", "youth exchanges")]),
    ]),
    ("VNA", "BẮC NINH", [
        ("A delegation of the Russian region of Ulyanovsk led by Deputy Governor Oleg Pavlov visited the "
         "northern province of Bac Ninh on March 18.", N, []),
        ("The people of the province turned out in large numbers to greet the guests.", N, []),
        ("Chairman of the provincial People's Committee Vuong Quoc Tuan briefed the guests on the "
         "locality's economy, which grew by 9 percent last year.", V, [], [("economy", "economy")]),
        ("He said fifty young engineers of the province had been trained at a plant near Moscow.", V, [],
         [("education", "trained")]),
        ("Pavlov said the two localities could cooperate in agriculture and the training of "
         "workers.", R, [("people", "localities"), ("economy", "agriculture"),
                         ("education", "training")], [("labour", "workers")]),
    ]),
    ("VNA", "MOSCOW", [
        ("The Vietnamese Embassy in Russia held a get-together on January 25 for representatives of the "
         "Vietnamese community, students and Russian friends to celebrate Tết.", N, [],
         [("people", "Vietnamese community"), ("education", "students")]),
        ("Attending the event were Deputy Chairwoman of the State Committee for Overseas Vietnamese Le "
         "Thi Thu Hang and President of the Vietnamese Association in Russia Do Xuan Hoang.", N, []),
        ("Hang briefed participants on the homeland's socio-economic development and thanked overseas "
         "Vietnamese for their contributions.", V, [],
         [("economy", "socio-economic development"), ("people", "overseas Vietnamese")]),
        ("Hoang pledged that the association would help the diaspora preserve the Vietnamese language "
         "and culture.", V, [("people", "diaspora"), ("culture", "culture")],
         [("culture", "Vietnamese language")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Ambassador to Vietnam Gennady Bezdetko met members of the Russian community in Nha "
         "Trang on Wednesday, the embassy's press service said.", R, [],
         [("people", "Russian community in")]),
        ("The diplomat said the number of Russian citizens living in Vietnam had doubled over the past "
         "two years.", R, [], [("people", "Russian citizens living in")]),
        ("He promised that the embassy would help compatriots with consular matters.", R,
         [("diplomacy", "consular")]),
    ]),
    ("VNA", "ĐÀ NẴNG", [
        ("Deputy Prime Minister Le Thanh Long and Lao Deputy Prime Minister Saleumxay Kommasith "
         "co-chaired a conference on cooperation between localities of Vietnam and Laos in Da Nang on "
         "November 5.", N, [("people", "localities")]),
        ("The two deputy prime ministers agreed that the sister-province relationships along the border "
         "are a valuable foundation for bilateral ties.", J,
         [("people", "sister-province relationships")]),
        ("Long asked Vietnamese provinces to help their Lao partners in agriculture, education and "
         "health care.", V, [("economy", "agriculture"), ("education", "education"),
                             ("health", "health care")]),
        ("Saleumxay said local-level exchanges had become an effective channel of people-to-people "
         "diplomacy.", L, [("people", "people-to-people diplomacy")],
         [("people", "local-level exchanges")]),
    ]),
    ("Nhân Dân", "MOSCOW", [
        ("A delegation of Vietnamese war veterans visited Russia's Ryazan Region from May 6 to 10 at the "
         "invitation of the regional veterans' council.", N, [], [("people", "veterans")]),
        ("The head of the delegation, Colonel Tran Van Kien, said exchanges between veterans help pass on "
         "the traditional friendship to the younger generation.", V,
         [("people", "exchanges between veterans")], [("people", "younger generation")]),
        ("The delegation laid flowers at the monument to Soviet soldiers and met pupils of a local "
         "school.", N, [], [("education", "pupils")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Director of the Russian Centre of Science and Culture in Hanoi Maria Sokolova met leaders of "
         "the city's youth organisations on Friday.", N, [], [("people", "youth organisations")]),
        ("Sokolova said the centre would offer more Russian language courses to young Vietnamese.", R,
         [("education", "Russian language courses")]),
    ]),
    ("VNS", "HCM CITY", [
        ("HCM City and Saint Petersburg, twinned cities since 1998, will hold a week of cultural "
         "exchanges next month, city officials said.", V,
         [("people", "twinned cities"), ("culture", "cultural exchanges")]),
        ("The programme includes film screenings, art performances and a photo exhibition on the two "
         "cities.", N, [], [("culture", "film screenings, art performances and a photo exhibition")]),
        ("Vice Chairman of the municipal People's Committee Duong Anh Duc said the twinning relations had "
         "brought concrete results in trade, tourism and education.", V,
         [("people", "twinning relations"), ("economy", "trade"), ("tourism_sports", "tourism"),
          ("education", "education")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("The Lao People's Revolutionary Youth Union and the Ho Chi Minh Communist Youth Union signed a "
         "cooperation plan for 2026-2030 in Vientiane on Thursday.", N, []),
        ("Under the plan, the two unions will exchange delegations, organise a joint youth camp every two "
         "years and promote volunteer activities in border areas.", N, [("people", "youth camp")],
         [("diplomacy", "exchange delegations"), ("people", "exchange delegations")]),
        ("Lao Youth Union Secretary Phoxay Sayasone said youth exchanges contribute to the special "
         "solidarity between the two peoples.", L, [("people", "youth exchanges")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Nguyen Duc Thanh held a working session with Governor of Tver Region "
         "Igor Rudenya on June 18.", N, []),
        ("Rudenya said Tver is ready to establish twinning ties with a Vietnamese province and to receive "
         "Vietnamese students at its universities.", R,
         [("people", "twinning ties"), ("education", "students")], [("education", "universities")]),
        ("Thanh suggested that the region join the annual conference of Vietnamese and Russian "
         "localities.", V, [("people", "localities")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Russian Ambassador Gennady Bezdetko thanked the Vietnamese authorities for creating "
         "favourable conditions for the Russian community in Vietnam.", R,
         [("people", "Russian community in Vietnam")]),
        ("Representatives of the Vietnamese community in Russia attended the reception.", N, [],
         [("people", "Vietnamese community in Russia")]),
    ]),
    ("Nhân Dân", "NGHỆ AN", [
        ("The Nghe An chapter of the Vietnam-Russia Friendship Association held a ceremony on November 7 "
         "to mark the anniversary of the October Revolution.", N, []),
        ("Chapter President Ho Van Hai said the chapter would coordinate with friendship associations in "
         "Russia to promote exchanges between people of the two countries.", V,
         [("people", "friendship associations"), ("people", "exchanges between people")]),
        ("The ceremony ended with Russian songs performed by local pupils.", N, [],
         [("culture", "Russian songs"), ("education", "pupils")]),
    ]),
    ("TASS", "HANOI", [
        ("More than 500 Vietnamese who studied in the Soviet Union and Russia gathered in Hanoi on "
         "Saturday for a meeting of alumni.", N, [], [("education", "studied"), ("education", "alumni")]),
        ("Russian Deputy Foreign Minister Andrei Rudenko, who addressed the meeting, said the alumni are "
         "a golden fund of Russian-Vietnamese relations.", R, [], [("education", "alumni")]),
        ("He called for more exchanges between the young generations of the two countries.", R,
         [("people", "young generations")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Association in Laos held a meeting on Sunday to mark its 20th founding "
         "anniversary.", N, []),
        ("Ambassador Nguyen Minh Tam urged overseas Vietnamese in Laos to respect local laws and to "
         "contribute to the friendship between the two peoples.", V, [],
         [("people", "overseas Vietnamese")]),
        ("He said the embassy would work with the Lao side to help Vietnamese expatriates obtain "
         "residence permits.", V, [("people", "Vietnamese expatriates")]),
    ]),
    ("VNA", "KAZAN", [
        ("The Tatarstan branch of the Russia-Vietnam Friendship Society and the Vietnamese diaspora in "
         "Kazan co-hosted a festival of Vietnamese culture on September 2.", N,
         [("culture", "festival"), ("culture", "culture")], [("people", "Vietnamese diaspora")]),
        ("Branch chairman Ildar Safin said such events help Russians learn more about Vietnam and "
         "strengthen exchanges between the two countries' localities.", R, [("people", "localities")]),
        ("He said the branch would also invite Vietnamese and Russian youth to take part in a summer "
         "camp on the Volga next year.", R, [("people", "youth")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The Vietnam Women's Union and the Union of Russian Women signed a memorandum of understanding "
         "on cooperation in Hanoi on March 8.", N, []),
        ("Under the document, the two organisations will exchange experience in protecting women's rights "
         "and promoting gender equality.", N, [("people", "women's rights"), ("people", "gender equality")]),
        ("President of the Vietnam Women's Union Ha Thi Nga said the memorandum opens a new chapter in "
         "cooperation between the mass organisations of the two countries.", V,
         [("people", "mass organisations")]),
    ]),
    ("TASS", "HANOI", [
        ("Russian compatriots living in Vietnam will be able to vote at three polling stations, the "
         "Russian embassy in Hanoi said on Monday.", R, [],
         [("people", "Russian compatriots living in")]),
        ("According to the embassy, about 15,000 Russians live in Vietnam permanently.", R, []),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Nguyen Duc Thanh received President of the Vietnamese "
         "Association in Russia Do Xuan Hoang on Friday.", N, []),
        ("Hoang briefed the ambassador on the association's activities, including Vietnamese language "
         "classes for children and charity work.", V, [("education", "Vietnamese language classes")]),
        ("Thanh asked the association to help Vietnamese expatriates integrate into Russian society and "
         "to promote people's diplomacy.", V,
         [("people", "Vietnamese expatriates"), ("people", "people's diplomacy")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Lao and Vietnamese veterans gathered in Vientiane on July 27 to recall their years of fighting "
         "side by side.", N, [], [("people", "veterans")]),
        ("President of the Lao Veterans' Federation Sisavath Keobounphanh said veterans of the two "
         "countries would continue to educate young people about the special relationship.", L,
         [("people", "young people")], [("people", "veterans"), ("education", "educate")]),
        ("Vietnamese Ambassador Nguyen Minh Tam thanked the federation and proposed that the veterans' "
         "associations of the two countries sign a new cooperation agreement.", V,
         [("people", "veterans' associations")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Cooperation at the local level has become a bright spot in Việt Nam-Russia relations, Deputy "
         "Minister of Foreign Affairs Le Thi Thu Hang said on Thursday.", V, [],
         [("people", "Cooperation at the local level")]),
        ("She said more than 30 pairs of Vietnamese provinces and Russian regions had signed cooperation "
         "agreements.", V, [], [("people", "Vietnamese provinces and Russian regions")]),
        ("The deputy minister added that young people of the two countries are the future of the "
         "friendship.", V, [("people", "young people")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Vietnamese and Russian students who took part in the exchange programme met Deputy Minister of "
         "Education and Training Hoang Minh Son on Wednesday.", N,
         [], [("education", "exchange programme"), ("people", "exchange programme"), ("education", "students")]),
        ("Son said the ministry would expand student exchanges and youth exchanges with Russia.", V,
         [("education", "student exchanges"), ("people", "youth exchanges")]),
        ("Young engineers from the two countries were trained together at the Dubna centre last year, "
         "he added.", V, [("education", "trained")]),
    ]),
    ("TASS", "MOSCOW", [
        ("The Federal Agency for Youth Affairs (Rosmolodezh) and the Vietnam Youth Federation signed an "
         "agreement on Tuesday, the agency's press service said.", R, []),
        ("Rosmolodezh head Grigory Gurov said the agreement covers exchanges of young entrepreneurs, "
         "volunteers and students.", R,
         [("people", "exchanges of young entrepreneurs, volunteers and students")]),
        ("Vietnam Youth Federation President Nguyen Ngoc Luong noted that young Vietnamese are "
         "increasingly interested in studying in Russia.", V, [],
         [("education", "studying")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Veteran diplomat Nguyen Phu Binh, former Vietnamese Ambassador to Russia, said the two countries "
         "should open more direct flights between their major cities.", V,
         [("transport", "direct flights")]),
        ("Local residents of the province have long been known for their hospitality, he said.", V, []),
        ("The city's leaders welcomed a delegation of the Russian Union of Youth on Wednesday.", N, []),
    ]),
    ("VNA", "MOSCOW", [
        ("A delegation of the Ho Chi Minh Communist Youth Union led by its First Secretary Bui Quang Huy "
         "held talks with Russian Minister of Education Sergei Kravtsov in Moscow on October 9.", N, []),
        ("Huy proposed that the two sides organise exchanges between young teachers and student "
         "volunteers.", V, [],
         [("people", "exchanges between young teachers and student volunteers"), ("education", "teachers")]),
        ("The Russian minister said his ministry supports the participation of Vietnamese youth in "
         "international competitions and youth forums in Russia.", R,
         [("people", "Vietnamese youth"), ("people", "youth forums")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("The Vietnam-Russia Friendship Association's Hanoi chapter held a get-together on Sunday for "
         "Vietnamese who studied and worked in the Soviet Union.", N, [], [("education", "studied")]),
        ("Chapter Chairman Vu Hong Quang said the chapter would step up friendship activities with "
         "Russian organisations and the Russian community in Hanoi.", V,
         [("people", "Russian community in Hanoi")], [("people", "friendship activities")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("President of the Lao Women's Union Inlavanh Keobounphanh received a delegation of the Vietnam "
         "Women's Union in Vientiane on Monday.", N, []),
        ("The Lao host said exchanges between women of the two countries had grown stronger over the "
         "years.", L, [("people", "exchanges between women")]),
        ("The Vietnamese guests briefed her on the union's programmes to support women in border "
         "provinces.", V, []),
    ]),
    ("VNA", "MOSCOW", [
        ("Chairwoman of the Vietnamese Women's Association in Moscow Pham Thi Mai and members of the "
         "association visited an orphanage in Moscow on June 1.", N, []),
        ("The association's chairwoman said the visit was part of its efforts to promote friendship "
         "between Vietnamese and Russian families.", V, []),
    ]),
    ("TASS", "HO CHI MINH CITY", [
        ("The Russian House in Ho Chi Minh City will host a youth forum on Russian-Vietnamese relations "
         "on Saturday, the Russian Consulate General told TASS.", R, [("people", "youth forum")]),
        ("\"We expect more than 150 young people from both countries,\" the diplomat said.", R, [],
         [("people", "young people")]),
        ("The consulate said the forum would also discuss the role of the Russian-speaking community in "
         "Vietnam.", R, [], [("people", "community in")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Standing Vice President of the Vietnam Union of Friendship Organisations Dong Huy Cuong hosted a "
         "reception for the Russian Ambassador on Thursday.", N, []),
        ("Cuong said the union would work with its Russian partners to promote people-to-people "
         "exchanges and cooperation between localities, especially in education and tourism.", V,
         [("people", "people-to-people exchanges"), ("people", "localities"), ("education", "education"),
          ("tourism_sports", "tourism")]),
        ("The ambassador pledged to support the union's activities and to help connect Russian regions "
         "with Vietnamese provinces.", R, [], [("people", "Russian regions with Vietnamese provinces")]),
    ]),
]
