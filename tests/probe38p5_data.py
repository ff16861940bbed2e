"""Probe 38p5: quotation mechanics in TASS, Sputnik, VNA, VNS and Nhân Dân shapes (invented people and
events): quotations over several sentences and across a paragraph break, quotes closed by 'he said',
'- said X', 'X told TASS', the speaker named after the quote, quotes opened after a colon, a quote
inside a paraphrase, curly and straight marks, documents quoted, 'RIA Novosti quoted X as saying',
interviews, a third person's words inside someone's speech, and narrator sentences after a quote.

Each passage is ``(agency, dateline, sentences)``; each sentence ``(text, side, mentions[, optional])``
with the side of whoever voices it by the annotation guidelines (``data/evaluation/README.md``): a
sentence inside a quotation is its speaker's, wherever the speaker is named; a joint statement is
``joint``; a sentence nobody is reported as saying is ``narrator``. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, J, N = "vietnam", "russia", "laos", "joint", "narrator"

PASSAGES = [
    # 0: a quotation over two sentences, the speaker at its end
    ("TASS", "MOSCOW", [
        ("Russian Deputy Foreign Minister Andrei Kostrov met Vietnamese Ambassador Nguyen Thanh Hai "
         "on Tuesday.", N, []),
        ('"We discussed ways to expand trade and energy cooperation.', R,
         [("economy", "trade"), ("energy", "energy")]),
        ('Russia is ready to supply more crude oil to Vietnam," Kostrov told TASS after the meeting.', R,
         [("oil_gas", "crude oil")]),
    ]),
    # 1: a quote opened after a colon, then a paraphrase
    ("VNA", "HANOI", [
        ('Speaking at the meeting, Deputy Prime Minister Tran Quoc Vinh said: "Vietnam attaches great '
         'importance to cooperation with Laos in education and training."', V,
         [("education", "education and training")]),
        ("He added that the two countries should expand cooperation in transport and logistics.", V,
         [("transport", "transport and logistics")]),
    ]),
    # 2: the speaker named only after the quote, then "he said", then a narrator sentence
    ("VNS", "HANOI", [
        ('"The two sides will soon open direct flights between Hanoi and Vladivostok," Deputy Minister '
         'of Transport Le Van Duc said.', V, [("transport", "direct flights")]),
        ('"This will give a strong boost to tourism," he said.', V, [("tourism_sports", "tourism")]),
        ("The agreement is expected to be signed in May.", N, []),
    ]),
    # 3: "- said X." (TASS)
    ("TASS", "VIENTIANE", [
        ('"Our countries have always supported each other in the international arena," - said Russian '
         'Ambassador to Laos Sergei Volodkin.', R, [("diplomacy", "international arena")]),
        ("According to him, the Russian side is ready to train Lao specialists in medicine.", R,
         [("education", "train Lao specialists"), ("health", "medicine")]),
    ]),
    # 4: a quote inside a paraphrase
    ("Sputnik", "MOSCOW", [
        ('Vietnamese Minister of Industry and Trade Pham Van Long called the talks "a milestone for '
         'energy cooperation" between the two countries.', V, [("energy", "energy")]),
        ("Long said Hanoi was interested in buying Russian liquefied natural gas.", V,
         [("oil_gas", "liquefied natural gas")]),
    ]),
    # 5: a joint statement quoted
    ("VNA", "MOSCOW", [
        ("Following the talks, the two leaders adopted a joint statement.", N, []),
        ('The joint statement reads: "The two sides will strengthen cooperation in defence and '
         'security."', J, [("defence_security", "defence and security")]),
        ("It also says the two sides will promote cooperation in science and technology.", J,
         [("science_technology", "science and technology")]),
    ]),
    # 6: RIA Novosti quoted X as saying
    ("TASS", "MOSCOW", [
        ("RIA Novosti quoted Deputy Energy Minister Pavel Sorin as saying that Russia could build a "
         "nuclear power plant in Vietnam.", R, [("nuclear", "nuclear power plant")]),
        ("Sorin also said Russian companies want to take part in hydropower projects in Laos.", R,
         [("energy", "hydropower")]),
    ]),
    # 7: an interview, then "the diplomat said"
    ("Sputnik", "MOSCOW", [
        ("In an interview with Sputnik, Vietnamese Ambassador to Russia Dang Van Khoa said two-way "
         "trade reached 6 billion USD last year.", V, [("economy", "trade")]),
        ('"We expect this figure to double by 2030," the diplomat said.', V, []),
    ]),
    # 8: a third person's words inside someone's speech
    ("Nhan Dan", "HANOI", [
        ("Addressing the ceremony, Politburo member Nguyen Van Thanh recalled President Ho Chi Minh's "
         'words that "helping friends is helping ourselves".', V, []),
        ("Thanh said Vietnam will continue to train Lao cadres at its party schools.", V,
         [("party", "train Lao cadres")], [("party", "party schools")]),
    ]),
    ("TASS", "MOSCOW", [
        ('Quoting Lenin\'s words that "one must learn, learn and learn", rector Viktor Savin said his '
         "university would admit more Vietnamese students next year.", R,
         [("education", "admit more Vietnamese students")]),
    ]),
    # 10: narrator sentences after a quote ends
    ("TASS", "VLADIVOSTOK", [
        ('"We will do everything to expand cooperation in agriculture," Primorye Governor Ivan Rudov '
         "said.", R, [("economy", "agriculture")]),
        ("The governor then toured a dairy farm outside the city.", N, []),
        ("The region hosted more than 50,000 Vietnamese tourists last year.", N,
         [("tourism_sports", "Vietnamese tourists")]),
    ]),
    # 11: a quotation across a paragraph break (newswire habit: each paragraph opens anew)
    ("VNA", "VIENTIANE", [
        ("Lao Deputy Prime Minister Khamsay Vongphet told the forum that Laos wants more Vietnamese "
         "investment.", L, [("economy", "investment")]),
        ('"Laos is rich in minerals and hydropower.', L, [("energy", "hydropower")],
         [("economy", "minerals")]),
        ('"We invite Vietnamese enterprises to invest in renewable energy," he said.', L,
         [("economy", "invest in"), ("energy", "renewable energy")], [("economy", "enterprises")]),
    ]),
    # 12: curly quotes over three sentences, speaker at the start
    ("Sputnik", "HANOI", [
        ("Russian Ambassador to Vietnam Gennady Bezrukov told Sputnik: “Our cooperation in oil and gas "
         "has a long history.", R, [("oil_gas", "oil and gas")]),
        ("Now we want to add nuclear energy and medicine.", R,
         [("nuclear", "nuclear energy"), ("health", "medicine")]),
        ("Both countries will benefit from this.”", R, []),
    ]),
    # 13: a message quoted
    ("VNA", "HANOI", [
        ("On the occasion, Lao Prime Minister Sonexay Phimmasone sent a message of congratulations to "
         "his Vietnamese counterpart.", N, []),
        ("The message said Laos highly values Vietnam's support in health care and education.", L,
         [("health", "health care"), ("education", "education")]),
    ]),
    # 14: a quote, then the next speaker by "For his part"
    ("VNA", "MOSCOW", [
        ('"Russia regards Vietnam as a reliable partner in Southeast Asia," Russian Deputy Prime '
         "Minister Mikhail Bogov said.", R, []),
        ("For his part, Deputy Prime Minister Le Thanh Nam said Vietnam wants to boost cooperation in "
         "digital transformation.", V, [("science_technology", "digital transformation")]),
        ('"We also hope to train more engineers in Russia," Nam said.', V,
         [("education", "train more engineers")]),
    ]),
    # 15: straight quote with "X told reporters", then a narrator figure
    ("VNS", "HO CHI MINH CITY", [
        ('"Seafood and fruit exports to Russia grew strongly this year," Deputy Director of the city\'s '
         "Department of Industry and Trade Nguyen Thi Mai told reporters.", V,
         [], [("economy", "Seafood and fruit exports")]),
        ("According to customs data, the city's exports to Russia reached 400 million USD in ten "
         "months.", N, [], [("economy", "exports")]),
    ]),
    # 16: a quotation whose words name a third person as subject
    ("TASS", "MOSCOW", [
        ('"The Vietnamese side has confirmed its interest in the project.', R, []),
        ('We expect the first gas to flow in 2028," Gazprom Deputy Chairman Oleg Serov said.', R,
         [("oil_gas", "gas")]),
        ("Serov spoke after talks with PetroVietnam executives.", N, []),
    ]),
    # 17: a paragraph-opening quote with no closing mark, then a "he stressed" paraphrase
    ("Nhan Dan", "HANOI", [
        ("Chairman of the Central Commission for External Relations Tran Minh Duc received a "
         "delegation of the Communist Party of the Russian Federation (CPRF).", N, []),
        ("Duc said the CPV treasures its relations with the CPRF.", V,
         [("party", "relations with the CPRF")]),
        ('"The two parties should step up theoretical exchanges.', V,
         [("party", "theoretical exchanges")]),
        ('"They should also share experience in party building," he stressed.', V,
         [("party", "party building")]),
    ]),
    # 18: speaker named after the quote with an inverted verb
    ("VNA", "HANOI", [
        ('"Vietnam will create favourable conditions for Russian investors," said Deputy Minister of '
         "Finance Vo Thanh Hung.", V, [("economy", "investors")]),
        ("Hung held talks with a delegation of Russian businesses on the same day.", N, [],
         [("economy", "businesses")]),
    ]),
    # 19: a quote in the middle of a sentence with "he said" split
    ("TASS", "HANOI", [
        ('"Cultural exchanges," Bezrov said, "are the foundation of friendship between our peoples."',
         R, [("culture", "Cultural exchanges")]),
        ("Russian Deputy Culture Minister Anton Bezrov is visiting Hanoi for the Russian Film Week.", N,
         [], [("culture", "Film Week")]),
    ]),
    # 20: a quote after "stated" with a colon and curly quotes, then narrator
    ("Sputnik", "VIENTIANE", [
        ("Lao Minister of Education Phonesavanh Keola stated: “Russian universities have trained "
         "thousands of Lao specialists.”", L, [("education", "trained thousands of Lao specialists")],
         [("education", "universities")]),
        ("The minister spoke at a reception marking the Day of Russian Science.", N, []),
    ]),
    # 21: "the statement said" by a ministry
    ("TASS", "MOSCOW", [
        ("The Russian Foreign Ministry issued a statement on the visit.", N, []),
        ('"Moscow and Hanoi will coordinate their positions on international and regional issues," '
         "the statement said.", R, [("diplomacy", "international and regional issues")]),
    ]),
    # 22: an interview with a newspaper, speaker then pronoun
    ("Nhan Dan", "MOSCOW", [
        ("In an interview with Nhan Dan, CPRF Deputy Chairman Dmitry Novak said the two parties "
         "should expand cadre training.", R, [("party", "cadre training")]),
        ('"We are ready to receive Vietnamese party officials for training," he said.', R,
         [("party", "party officials for training")]),
    ]),
    # 23: a quote after a colon over two sentences, then narrator
    ("VNA", "HANOI", [
        ('Deputy Minister of Health Tran Van Tuan noted: "Russia is a leading partner in vaccine '
         'production.', V, [("health", "vaccine production")]),
        ('We want to expand this cooperation."', V, []),
        ("The two sides then signed a memorandum on pharmaceuticals.", N,
         [("health", "pharmaceuticals")]),
    ]),
    # 24: "X was quoted by TASS as saying"
    ("TASS", "MOSCOW", [
        ("Russian Railways head Oleg Belov was quoted by Interfax as saying that a container train "
         "service to Hanoi would start in June.", R, [("transport", "container train")]),
    ]),
    # 25: quotes in the mouths of two people, each named after
    ("VNA", "VIENTIANE", [
        ('"Laos and Vietnam share a border of more than 2,000 kilometres," Lao Deputy Minister of '
         'Public Security Phoukhong Sisavath said.', L, []),
        ('"Border security is a priority for both," replied Vietnamese Deputy Minister Le Quoc An.', V,
         [("defence_security", "Border security")]),
        ("The two delegations agreed to step up the fight against drug trafficking.", J,
         [("defence_security", "drug trafficking")]),
    ]),
    # 26: a short quote inside a reported sentence
    ("VNS", "HANOI", [
        ('Vietnamese Ambassador Nguyen Van Khoa described the potential for cooperation in tourism as "enormous".', V,
         [("tourism_sports", "tourism")]),
    ]),
    # 27: a document's words cited
    ("TASS", "MOSCOW", [
        ("The agreement, signed in Moscow on Friday, provides for cooperation in oil and gas "
         "exploration.", N, [("oil_gas", "oil and gas exploration")]),
        ('According to the document, the parties "will jointly develop offshore fields".', J,
         [("oil_gas", "offshore fields")]),
    ]),
    # 28: "quoted the <role>, <name>, as saying"
    ("TASS", "MOSCOW", [
        ("TASS quoted the Vietnamese ambassador, Dang Van Khoa, as saying that two-way trade would "
         "exceed 7 billion USD this year.", V, [("economy", "trade")]),
    ]),
    # 29: curly quotes over two sentences closed by "X told TASS"
    ("TASS", "HANOI", [
        ("Russian Deputy Prime Minister Mikhail Bogov arrived in Hanoi on Monday.", N, []),
        ("“Vietnam is our key partner in Asia.", R, []),
        ("We will expand energy cooperation,” Bogov told TASS.", R, [("energy", "energy")]),
    ]),
    # 30: the speaker after the quote, then "adding that"
    ("VNA", "MOSCOW", [
        ('"We have agreed to simplify visa procedures," Vietnamese Deputy Foreign Minister Do Hung Viet '
         "said, adding that the two sides would expand tourism.", V, [("tourism_sports", "tourism")]),
    ]),
    # 31: a message's words after its sender is named, then "It also said"
    ("VNA", "HANOI", [
        ("CPRF Chairman Gennady Zyrin sent a message to the CPV Central Committee.", N, []),
        ('"Our parties are bound by common ideals," the message said.', R, []),
        ("It also said the CPRF hopes to expand exchanges of party delegations with the CPV.", R,
         [("party", "exchanges of party delegations")]),
    ]),
    # 32: a quote after "He stressed:", then a narrator sentence
    ("VNA", "VIENTIANE", [
        ("Lao Minister of Public Works Khamla Sisavath spoke at the forum.", N, []),
        ('He stressed: "Laos needs more investment in transport."', L,
         [("economy", "investment"), ("transport", "transport")]),
        ("The forum drew 300 delegates.", N, []),
    ]),
    # 33: two speakers by role and pronoun around quotes
    ("Sputnik", "MOSCOW", [
        ("Vietnamese Deputy Minister of Education Le Van Tam met Russian Deputy Minister of Science "
         "Olga Kuznetsova in Moscow.", N, []),
        ('"Education is a priority for us," the Vietnamese deputy minister said.', V,
         [("education", "Education")]),
        ("Kuznetsova agreed.", R, []),
        ('"We will offer 1,000 scholarships to Vietnamese students," she said.', R,
         [("education", "scholarships"), ("education", "students")]),
    ]),
]
