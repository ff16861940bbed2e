"""Probe 34p10: capitals, cities and regions that stand for a side, and capitals that are only a place,
in VNA, VNS, Nhân Dân and TASS shapes (invented people and events).

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions[, optional])``
where ``side`` is the side of whoever voices the sentence by the annotation guidelines
(``data/evaluation/README.md``) and ``mentions`` the ``(sector, surface)`` rows they give. A side given
only by a capital, a city or a region ("a delegation from Moscow led by Deputy Mayor X", "Saint
Petersburg Governor X", "Khánh Hòa provincial leaders") is that country's; a capital that only places an
event ("the talks in Moscow", "flights to Moscow", "born in Hanoi") gives no speaker. Written for the
probe, copied from nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"

PASSAGES = [
    ("VNA", "HÀ NỘI", [
        ("Chairman of the Hà Nội People's Committee Trần Quốc Hưng on March 12 received a delegation from "
         "Moscow led by Deputy Mayor Andrei Sokolin.", N, []),
        ("Sokolin noted that Moscow companies are keen to take part in metro and urban transport projects "
         "in the Vietnamese capital.", R, [("transport", "metro"), ("transport", "urban transport")]),
        ("Hưng said Hà Nội wants to learn from Moscow's experience in digital transformation and "
         "healthcare.", V,
         [("science_technology", "digital transformation"), ("health", "healthcare")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Moscow and Hà Nội agreed on Tuesday to expand exchanges in culture, education and tourism.", J,
         [("culture", "culture"), ("education", "education"), ("tourism_sports", "tourism")]),
        ("The agreement was signed at the talks in Moscow between the two city governments.", N, []),
        ("Russian tourists can now take direct flights to Moscow from Nha Trang twice a week.", N,
         [("transport", "direct flights")], [("tourism_sports", "Russian tourists")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Speaker of the Moscow City Duma Igor Vlasenko met with a delegation of the Hà Nội People's "
         "Council on Friday.", N, []),
        ("Vlasenko said the two capitals could share their experience in housing construction and "
         "environmental protection.", R,
         [("environment", "environmental protection")], [("economy", "housing construction")]),
        ("The Vietnamese guests invited the Moscow deputies to visit Hanoi next year.", V, []),
    ]),
    ("TASS", "SAINT PETERSBURG", [
        ("Saint Petersburg Governor Viktor Mirenko said the city is ready to train Vietnamese specialists "
         "in shipbuilding and port logistics.", R,
         [("education", "train Vietnamese specialists"), ("transport", "port logistics")],
         [("economy", "shipbuilding")]),
        ("According to him, trade between Saint Petersburg and Vietnamese provinces rose by 20 percent "
         "last year.", R, [("economy", "trade")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Kremlin aide Yuri Oshakin said the visit would focus on energy and nuclear power.", R,
         [("energy", "energy"), ("nuclear", "nuclear power")]),
        ("He added that Moscow sees Hanoi as a key partner in Southeast Asia.", R, []),
        ("Beijing and Hanoi have also stepped up rail links this year, he noted.", R,
         [("transport", "rail links")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("Vice Mayor of Vientiane Capital Somphone Keovilay held talks with a delegation from Hà Nội led "
         "by Vice Chairwoman of the Hà Nội People's Committee Lê Thị Thu.", N, []),
        ("Somphone said Vientiane Capital hopes to cooperate with Hà Nội in urban planning and waste "
         "treatment.", L, [("environment", "waste treatment")], [("economy", "urban planning")]),
        ("Thu said Hà Nội will continue to grant scholarships to students from Vientiane.", V,
         [("education", "scholarships")], [("education", "students")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Governor of the Primorye region Oleg Kozhin met with Vietnamese Consul General Nguyễn Văn Tâm "
         "in Vladivostok.", N, []),
        ("Kozhin said the region wants to expand seafood trade and container shipping with Vietnam.", R,
         [("economy", "trade"), ("transport", "container shipping")]),
        ("The diplomat said Vietnamese businesses are interested in investing in the Russian Far East.",
         V, [("economy", "investing")], [("economy", "businesses")]),
    ]),
    ("TASS", "KAZAN", [
        ("Tatarstan's head Rustam Galiullin received Vietnamese Ambassador Đặng Minh Khôi on Monday.",
         N, []),
        ("Galiullin said the republic is ready to supply trucks and petrochemical products to Vietnam.",
         R, [("oil_gas", "petrochemical")]),
        ("The ambassador invited Tatarstan companies to invest in Vietnamese industrial parks.", V,
         [("economy", "invest")], [("economy", "industrial parks")]),
    ]),
    ("TASS", "ULYANOVSK", [
        ("Ulyanovsk Governor Alexei Rusakov said the region plans to open a Vietnamese language centre "
         "at its university.", R, [("education", "Vietnamese language")]),
        ("He noted that more than 300 Vietnamese students study in Ulyanovsk.", R,
         [("education", "Vietnamese students")]),
    ]),
    ("VNA", "NHA TRANG", [
        ("Khánh Hòa provincial leaders on April 2 hosted a reception for a delegation from the Russian "
         "city of Novosibirsk.", N, []),
        ("Vice Chairman of the provincial People's Committee Lê Hữu Phước said Khánh Hòa welcomed more "
         "than 300,000 Russian tourists last year.", V,
         [("tourism_sports", "300,000 Russian tourists")]),
        ("He proposed that the two localities open more charter flights.", V,
         [("people", "localities"), ("transport", "charter flights")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("A Hà Nội official said the city would send 50 young civil servants to Moscow for training in "
         "public administration.", V, [("education", "training")]),
        ("The programme is funded by the Moscow-based company Rostek.", N, []),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador to Russia Đặng Minh Khôi on May 5 had a working session with Head of the "
         "Department for External Economic and International Relations of Moscow Sergei Volin.", N, []),
        ("Volin said Moscow wants to boost trade and investment ties with Hà Nội and Hồ Chí Minh City.", R,
         [("economy", "trade and investment")]),
        ("Khôi said the embassy will help Moscow firms find partners in Việt Nam.", V, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Hà Nội and Vientiane signed a plan on cooperation in education and health for 2026–2030.", N,
         [("education", "education"), ("health", "health")]),
        ("The plan was signed in Hà Nội by Chairman of the Hà Nội People's Committee Trần Quốc Hưng and "
         "Mayor of Vientiane Capital Atsaphangthong Sivilay.", N, []),
        ("Atsaphangthong said Vientiane will send more officials to Hà Nội for training.", L,
         [("education", "training")]),
    ]),
    ("Nhân Dân", "HÀ NỘI", [
        ("Politburo member and Secretary of the Hà Nội Party Committee Bùi Thị Lan received a delegation "
         "of the Moscow branch of the United Russia party.", N, []),
        ("Lan said the Hà Nội Party Committee hopes to exchange experience in Party building with the "
         "Moscow branch.", V, [("party", "Party building")]),
        ("The guests said the Moscow branch will send cadres to Hà Nội to study.", R, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Moscow Mayor Pavel Sorokin said on Thursday that the Russian capital and Hanoi would hold joint "
         "film weeks in 2027.", R, [("culture", "film weeks")]),
        ("The mayor, who was born in Hanoi in 1968, said he remembers the city fondly.", R, []),
        ("Sorokin added that Moscow would help Hanoi build its second metro line.", R,
         [("transport", "metro")]),
    ]),
    ("VNA", "HỒ CHÍ MINH CITY", [
        ("Vice Chairman of the Hồ Chí Minh City People's Committee Võ Văn Hoan on June 4 received "
         "Governor of the Irkutsk region Igor Kobzar.", N, []),
        ("Kobzar said Irkutsk wants to sell more timber and fertiliser to Vietnam.", R, []),
        ("Hoan proposed the two localities cooperate in tourism and education.", V,
         [("people", "localities"), ("tourism_sports", "tourism"), ("education", "education")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Đà Nẵng Party Secretary Nguyễn Văn Quảng paid a working visit to Kazan on July 1.", N, []),
        ("Quảng said Đà Nẵng hopes to attract investment from Tatarstan in petrochemicals and "
         "high-tech industries.", V,
         [("economy", "investment"), ("oil_gas", "petrochemicals"),
          ("science_technology", "high-tech")]),
        ("Tatarstan's Prime Minister Alexei Pesoshin said the republic is ready to share its experience "
         "in oil refining.", R, [("oil_gas", "oil refining")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Hanoi and Moscow will expand cooperation in higher education, the Russian Ministry of Science "
         "and Higher Education said on Wednesday.", R, [("education", "higher education")]),
        ("The ministry said more than 1,500 Vietnamese students now study at Moscow universities.", R,
         [("education", "Vietnamese students")], [("education", "universities")]),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Deputy Prime Minister Lê Văn Thành received Governor of the Primorye region Oleg Kozhin in Hà "
         "Nội on August 8.", N, []),
        ("The Russian governor said Primorye hopes to open a direct shipping route to Hải Phòng.", R,
         [("transport", "shipping route")]),
        ("Thành welcomed the region's plans and asked it to support Vietnamese workers in Vladivostok.",
         V, [("labour", "Vietnamese workers")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Beijing and Moscow have agreed to boost cooperation in energy, a Kremlin spokesman said.", R,
         [("energy", "energy")]),
        ("The talks in Moscow lasted three hours.", N, []),
    ]),
    ("VNA", "HÀ NỘI", [
        ("Lao Ambassador to Việt Nam Khamphao Ernthavanh on September 3 met with Secretary of the Hà Nội "
         "Party Committee Bùi Thị Lan.", N, []),
        ("The Lao diplomat thanked Hà Nội for training many officials from Vientiane.", L,
         [("party", "training many officials from Vientiane")]),
        ("Lan said the city will continue to support Vientiane in urban development.", V, []),
    ]),
    ("TASS", "NIZHNY NOVGOROD", [
        ("Nizhny Novgorod Region Governor Gleb Nikitov held a meeting with a Vietnamese business "
         "delegation.", N, [], [("economy", "business")]),
        ("Nikitov said the region's GAZ plant is ready to assemble buses in Vietnam.", R, []),
        ("The Vietnamese delegation said buses are in high demand in Hà Nội.", V, []),
    ]),
]
