"""Probe 37p3: tourism, sport and transport beyond the usual nouns in VNA, VNS, Nhân Dân and TASS shapes
(invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` where
``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows the guidelines give. A
sentence may carry a fourth item: optional rows. Routes, flights, carriers, hubs, tourists by other
words, trips and sport count as fields; an airport or port where a delegation lands or that it visits,
a carrier or port inside a company's name, "the route of the march" and "guests of the ceremony" do
not. Where the guidelines are silent the tuned parts' majority decides (RULES.md, "Probe 37p3").
Written for the probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
T, S = "transport", "tourism_sports"

PASSAGES = [
    # 0: a new route; weekly flights; a carrier's frequencies
    ("TASS", "KHABAROVSK", [
        ("Russian carrier Azur Air will launch a new route from Khabarovsk to Nha Trang on December 2, "
         "the airline's press service told TASS.", R, [(T, "new route")], [(T, "carrier")]),
        ("The flights will operate twice a week on Boeing 757 aircraft.", N, [(T, "flights")]),
        ("Khabarovsk Territory Tourism Committee head Irina Solovyova said holidaymakers from the Far "
         "East had long asked for a direct service to the Vietnamese coast.", R,
         [(S, "holidaymakers"), (T, "direct service")]),
    ]),
    # 1: Aeroflot increases frequencies; charter flights
    ("VNA", "MOSCOW", [
        ("Aeroflot will increase frequencies on its Moscow–Hà Nội route to ten a week from March, "
         "Vietnamese Ambassador Đặng Quốc Hưng said on Tuesday.", V, [],
         [(T, "route"), (T, "frequencies")]),
        ("Hưng said charter flights from Yekaterinburg, Kazan and Irkutsk to Phú Quốc would also resume "
         "this winter.", V, [(T, "charter flights")]),
        ("He added that more than 300,000 Russian travellers visited Việt Nam last year.", V,
         [(S, "300,000 Russian travellers")]),
    ]),
    # 2: direct flights resumed; arrivals by a count
    ("VNS", "KHÁNH HÒA", [
        ("Direct flights between Vladivostok and Cam Ranh resumed on Sunday after a three-year pause.",
         N, [(T, "Direct flights")]),
        ("Khánh Hòa Department of Tourism director Nguyễn Thị Mai said the province expects about "
         "150,000 Russian arrivals this year.", V, [(S, "150,000 Russian arrivals")]),
        ("She said local resorts and tour guides had been preparing for the season since August.", V,
         [(S, "resorts and tour guides")]),
    ]),
    # 3: the sea route; a container line; seaports
    ("TASS", "VLADIVOSTOK", [
        ("FESCO plans to open a regular container line between Vladivostok and Hải Phòng in the "
         "second quarter, the company's deputy head Andrei Kuzmin said.", R,
         [(T, "container line")]),
        ("According to Kuzmin, the sea route takes eight days, half the time of the route via "
         "Shanghai.", R, [], [(T, "sea route"), (T, "route")]),
        ("He said Russian and Vietnamese seaports would sign a cooperation agreement at the Eastern "
         "Economic Forum.", R, [(T, "seaports")]),
    ]),
    # 4: the North–South corridor; rail freight; dry ports; logistics hubs
    ("VNA", "HÀ NỘI", [
        ("Deputy Minister of Transport Lê Anh Tuấn received Russian Deputy Transport Minister Pavel "
         "Gromov in Hà Nội on May 14.", N, []),
        ("Tuấn said Việt Nam wants to link its ports to the North–South corridor through Russia and "
         "Central Asia.", V, [(T, "ports")], [(T, "North–South corridor")]),
        ("Gromov proposed developing rail freight and dry ports along the route.", R,
         [(T, "rail freight and dry ports")], [(T, "route")]),
        ("The two deputy ministers agreed to study joint logistics hubs in the northern provinces.", J,
         [(T, "logistics hubs")]),
    ]),
    # 5: airports and airlines; the delegation landed at an airport (a place)
    ("VNA", "NOVOSIBIRSK", [
        ("A delegation of Bình Định Province led by Chairman Phạm Văn Lộc landed at Tolmachevo airport "
         "on June 5.", N, []),
        ("Lộc told Novosibirsk Region Governor Sergei Tikhonov that the province's airport could "
         "receive wide-body aircraft from next year.", V, [], [(T, "airport")]),
        ("Tikhonov said airlines of the region were ready to study the route.", R, [],
         [(T, "airlines"), (T, "route")]),
    ]),
    # 6: visitors by a count, guests as tourists, the source an institution
    ("VNA", "ĐÀ NẴNG", [
        ("Đà Nẵng received nearly 90,000 visitors from Russia in the first half of the year, according "
         "to the city's Department of Tourism.", V, [(S, "90,000 visitors")]),
        ("Vice Chairman of the municipal People's Committee Trần Văn Hải said the city would hold a "
         "tourism roadshow in Moscow and St Petersburg in October.", V, [(S, "tourism roadshow")]),
        ("He said Russian guests stay longer and spend more than visitors from most other markets.", V,
         [], [(S, "Russian guests"), (S, "visitors")]),
    ]),
    # 7: guests of the ceremony (no field); the route of the march (no field)
    ("Nhân Dân", "HÀ NỘI", [
        ("Guests of the ceremony included Russian Ambassador Oleg Sizov and representatives of "
         "Vietnamese veterans' associations.", N, [], [("people", "veterans' associations")]),
        ("The route of the march ran from Ba Đình Square to Hoàn Kiếm Lake.", N, []),
        ("Sizov said the Russian people would never forget the friendship of the Vietnamese people.", R,
         []),
    ]),
    # 8: cultural tours; self-driving tours; tour packages
    ("VNA", "LẠNG SƠN", [
        ("Lạng Sơn and Guangxi agreed to launch cultural tours and self-driving tours across the "
         "border from the third quarter.", J, [("culture", "cultural"), (S, "self-driving tours")]),
        ("Director of the Guangxi Department of Culture and Tourism Liang Wei said travel companies of "
         "the region had designed 15 tour packages for Vietnamese visitors.", C,
         [(S, "travel companies"), (S, "tour packages")], [(S, "Vietnamese visitors")]),
        ("Liang said Chinese travel to Lạng Sơn had doubled since the border gates reopened.", C,
         [], [(S, "travel"), ("economy", "border gates")]),
    ]),
    # 9: visa-free stays (optional); medical tourism and golf
    ("TASS", "HANOI", [
        ("Russian citizens may enjoy visa-free stays of 45 days in Vietnam under a new rule, Vietnamese "
         "Deputy Foreign Minister Pham Quang Vu told TASS.", V, [], [(S, "visa-free stays")]),
        ("Vu said Vietnam is also promoting golf and medical tourism among Russian holidaymakers.", V,
         [(S, "golf and medical tourism"), (S, "holidaymakers")]),
    ]),
    # 10: sport: athletes, coaches, a friendly match, the SEA Games
    ("VNA", "HÀ NỘI", [
        ("Vietnamese and Lao athletes will hold joint training camps in Hà Nội ahead of the SEA Games.",
         N, [(S, "athletes"), (S, "training camps")]),
        ("Deputy Minister of Culture, Sports and Tourism Hoàng Đạo Cương said the two countries would "
         "exchange coaches in athletics, swimming and shooting.", V,
         [(S, "exchange coaches"), (S, "athletics")]),
        ("The women's football teams of the two countries will also play a friendly match on the "
         "national stadium on June 20.", N, [(S, "football")], [(S, "friendly match")]),
    ]),
    # 11: an airline and a port inside company names
    ("VNS", "HÀ NỘI", [
        ("Vietnam Airlines and Saigon Newport Corporation signed a memorandum with Russia's Sovcomflot "
         "on Thursday.", N, []),
        ("Vietnam Airlines General Director Lê Hồng Hà said the carrier wants to carry more Russian "
         "tourists in the coming season.", V, [(S, "Russian tourists")], [(T, "carrier")]),
    ]),
    # 12: a port visited (a place); a ship's call
    ("VNA", "HẢI PHÒNG", [
        ("The Russian delegation visited Lạch Huyện port and laid flowers at the Martyrs' Monument in "
         "the city.", N, []),
        ("Governor of Primorye Territory Oleg Kozhemyako said the region hopes to double cargo "
         "turnover between Vladivostok and Hải Phòng by 2030.", R, [(T, "cargo turnover")]),
        ("Hải Phòng People's Committee Chairman Nguyễn Văn Tùng said the city would give priority to "
         "container shipping with Russian ports.", V, [(T, "container shipping"), (T, "ports")]),
    ]),
    # 13: tourists by "holidaymakers" with a count; charter programmes
    ("TASS", "MOSCOW", [
        ("Russian tour operators sent about 40,000 holidaymakers to Vietnam in January, the Association "
         "of Tour Operators of Russia (ATOR) said.", R,
         [(S, "tour operators"), (S, "40,000 holidaymakers")]),
        ("ATOR said Nha Trang and Phu Quoc remain the most popular beach destinations among Russian "
         "travellers.", R, [(S, "beach destinations")], [(S, "Russian travellers")]),
        ("The association added that demand for winter holidays in Southeast Asia grew by a third.", R,
         [(S, "winter holidays")]),
    ]),
    # 14: rail services; freight trains; transit
    ("VNA", "HÀ NỘI", [
        ("A freight train carrying 40 containers of coffee and seafood left Yên Viên station for Moscow "
         "on Monday.", N, [(T, "freight train")]),
        ("Vietnam Railways General Director Đặng Sỹ Mạnh said the company would run two such trains "
         "a month.", V, [], [(T, "trains")]),
        ("He said rail services to Russia take about 20 days, against 45 days by sea.", V,
         [(T, "rail services")]),
    ]),
    # 15: tour guides and tourism workforce (training); Russian-speaking guides
    ("VNS", "NHA TRANG", [
        ("Khánh Hòa will train 200 Russian-speaking tour guides this year, provincial Vice Chairman "
         "Lê Hữu Hoàng said.", V, [("education", "train"), (S, "tour guides")]),
        ("Hoàng said the shortage of guides had become a bottleneck for tourism in the province.", V,
         [(S, "tourism")], [(S, "guides")]),
    ]),
    # 16: ports and airports in a list; a port as a place of signing
    ("TASS", "ST. PETERSBURG", [
        ("Russian Deputy Prime Minister Vitaly Savelyev met Vietnamese Minister of Transport Trần Hồng "
         "Minh on the sidelines of the International Maritime Defence Show.", N, []),
        ("Savelyev said Russia was ready to help Vietnam modernise its airports, seaports and railways.",
         R, [(T, "airports, seaports and railways")]),
        ("Minh thanked him and invited Russian firms to take part in building the North–South "
         "expressway.", V, [(T, "expressway")]),
    ]),
    # 17: tourists by 'visitors' without a count, guests at an event (no field)
    ("VNA", "MOSCOW", [
        ("The Việt Nam Culture Days in Moscow drew many visitors to the Gorky Park pavilion on Saturday.",
         N, [], [("culture", "Culture Days")]),
        ("Deputy Minister of Culture, Sports and Tourism Trịnh Thị Thủy said the event aims to "
         "attract more Russian visitors to Việt Nam's beaches and heritage sites.", V,
         [(S, "attract more Russian visitors")], [("culture", "heritage")]),
        ("Guests at the opening enjoyed áo dài shows and Vietnamese cuisine.", N, [],
         [("culture", "áo dài shows"), ("culture", "Vietnamese cuisine")]),
    ]),
    # 18: Laos: tourism and the railway
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Minister of Information, Culture and Tourism Sounthone Keomanivong received a "
         "delegation of Vietnamese travel firms on April 9.", N, [], [(S, "travel firms")]),
        ("Sounthone said the Laos–China Railway had brought a surge of foreign arrivals to Luang "
         "Prabang and Vang Vieng.", L, [(S, "foreign arrivals")]),
        ("He invited Vietnamese tourists to travel by train from Vientiane to the north.", L,
         [(S, "Vietnamese tourists"), (T, "by train")]),
    ]),
    # 19: a sports exchange in TASS
    ("TASS", "MOSCOW", [
        ("Russia's Sports Ministry and Vietnam's General Department of Sports signed a plan of exchanges "
         "for 2026–2028.", N, []),
        ("Russian Deputy Sports Minister Azat Kadyrov said young Vietnamese athletes would train at "
         "Russian sports schools in gymnastics and wrestling.", R,
         [(S, "athletes"), (S, "sports schools"), (S, "gymnastics and wrestling")]),
        ("He said the sides would also exchange referees and sports scientists.", R,
         [(S, "exchange referees")], [(S, "sports scientists")]),
    ]),
    # 20: carriers and passenger traffic; an airport as the place a leader arrives
    ("VNA", "HÀ NỘI", [
        ("Prime Minister Phạm Minh Chính arrived at Vnukovo International Airport on Monday, starting "
         "an official visit to Russia.", N, []),
        ("Seeing him off at Nội Bài airport were Deputy Prime Minister Trần Lưu Quang and Russian "
         "Ambassador Gennady Bezdetko.", N, []),
    ]),
    # 21: travellers by other words; a museum's visitors (no field)
    ("VNS", "HUẾ", [
        ("The Imperial Citadel museum welcomed its millionth visitor of the year on Friday, a retired "
         "teacher from Hải Dương.", N, []),
        ("Huế Department of Tourism director Nguyễn Văn Phúc said holidaymakers from Russia and "
         "Kazakhstan now fly to Huế via Đà Nẵng.", V, [(S, "holidaymakers")]),
    ]),
    # 22: the two sides agreed on tourism and transport
    ("VNA", "MOSCOW", [
        ("Both sides agreed to increase the number of flights between the two countries and to "
         "simplify procedures for tour groups.", J, [(T, "flights"), (S, "tour groups")]),
        ("They also agreed to hold a Russia–Việt Nam tourism year in 2027.", J, [(S, "tourism")]),
    ]),
    # 23: a carrier as the source; weekly flights; the carrier's press service
    ("TASS", "MOSCOW", [
        ("Vietjet will launch weekly flights from Novosibirsk to Phu Quoc on October 30, the "
         "Vietnamese carrier's press service said.", V, [(T, "weekly flights")], [(T, "carrier")]),
        ("Tickets went on sale on Monday, the carrier said.", V, []),
        ("Rosaviatsia said Russian airlines now fly to seven Vietnamese airports.", R,
         [(T, "airports")], [(T, "airlines")]),
    ]),
    # 24: a port and an airline inside company names; the holding's head speaks
    ("VNS", "HCM CITY", [
        ("Saigon Newport Corporation and Vietnam Airlines Cargo signed a deal with the Russian logistics "
         "group FESCO in HCM City on Wednesday.", N, []),
        ("Saigon Newport deputy general director Trần Minh Phước said the deal would open a direct "
         "container service between Cát Lái and Vladivostok.", V, [(T, "container service")]),
    ]),
    # 25: guests of a hotel as tourists; homestays and eco-tourism
    ("Nhân Dân", "SA PA", [
        ("Lào Cai welcomed 1.2 million guests in the first quarter, including 150,000 foreign "
         "holidaymakers, provincial Vice Chairman Giàng Thị Dung said.", V,
         [(S, "150,000 foreign holidaymakers")], [(S, "1.2 million guests")]),
        ("Dung said Russian visitors showed growing interest in homestays and trekking in Sa Pa.", V,
         [(S, "Russian visitors"), (S, "homestays and trekking")]),
    ]),
    # 26: the SEA Games as an event; athletes competing
    ("VNA", "BANGKOK", [
        ("Vietnamese athletes won 12 gold medals on the third day of the SEA Games in Bangkok.", N, [],
         [(S, "athletes")]),
        ("Head of the Vietnamese sports delegation Đặng Hà Việt said the team was ahead of its target.",
         V, [], [(S, "sports")]),
    ]),
    # 27: a minister arrives at a seaport; the port as place
    ("TASS", "VLADIVOSTOK", [
        ("Vietnamese Deputy Prime Minister Trần Hồng Hà arrived at the Vladivostok sea port on a "
         "training ship of the Vietnamese Navy.", N, []),
        ("Hà told Primorye Governor Oleg Kozhemyako that Vietnam wants Russian investment in its "
         "seaports and logistics.", V, [("economy", "investment"), (T, "seaports and logistics")]),
    ]),
    # 28: tourism by the verb; a 'tour' of a plant (no field)
    ("VNA", "KAZAN", [
        ("The Vietnamese delegation toured the KAMAZ truck plant and a rail car factory in Tatarstan.",
         N, [], [(T, "rail")]),
        ("Tatarstan Deputy Prime Minister Roman Shaikhutdinov said more than 5,000 residents of the "
         "republic holidayed in Vietnam last year.", R, [(S, "holidayed")]),
    ]),
    # 29: two cities agree; a container line; a sea-rail route
    ("VNA", "HẢI PHÒNG", [
        ("Hải Phòng and Vladivostok agreed on Tuesday to open a weekly container line between their ports "
         "from next spring.", J, [(T, "container line"), (T, "ports")]),
        ("The city's Department of Transport said the line would cut shipping time for Vietnamese "
         "exporters to the Russian Far East by a week.", V, [(T, "shipping")], [("economy", "exporters")]),
    ]),
    # 30: guests of a hotel; tourism workers; the hospitality trade
    ("VNS", "PHÚ QUỐC", [
        ("Hotels on Phú Quốc Island were nearly full over the New Year, with Russian guests making up a "
         "third of bookings, the Kiên Giang Department of Tourism said.", V,
         [(S, "bookings")], [(S, "Russian guests")]),
        ("The department said the island's hospitality industry still lacks Russian-speaking staff.", V,
         [(S, "hospitality industry")]),
    ]),
    # 31: a marathon of talks and a race of runners; sports tourism
    ("VNA", "ĐÀ NẴNG", [
        ("More than 500 foreign runners, including 80 Russians, took part in the Đà Nẵng International "
         "Marathon on Sunday.", N, []),
        ("Vice Chairman of the municipal People's Committee Hồ Kỳ Minh said sports tourism had become a "
         "new strength of the city.", V, [(S, "sports tourism")]),
    ]),
    # 32: a passage of a TASS interview; flights and tourists by a count in the quotation
    ("TASS", "HANOI", [
        ("Russian Ambassador to Vietnam Gennady Bezdetko told TASS that about 20 flights a week now link "
         "the two countries.", R, [(T, "flights")]),
        ("\"Last year, more than 600,000 Russian tourists came here, and this year there will be more,\" "
         "the ambassador said.", R, [(S, "600,000 Russian tourists")]),
        ("He noted that Vietnamese airlines plan to open flights to Kazan and Yekaterinburg.", R,
         [(T, "flights")], [(T, "airlines")]),
    ]),
]
