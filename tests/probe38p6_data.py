"""Probe 38p6: health and labour cooperation beyond the usual nouns, in VNA, VNS, Nhân Dân, KPL and TASS
shapes (invented people and events).

Treatment, rehabilitation, surgery, medical teams, field hospitals, clinics, patients treated, medical
equipment, departments of medicine, disease prevention, epidemics, vaccination, nuclear medicine,
pharmaceutical plants and medicines registered; guest workers, trainees, recruitment, employers, work
permits, vocational training, migrant workers' rights, social insurance and occupational safety. The
same words inside names and titles and as people present at one event, and close sentences where they
name no field ("a healthy relationship", "treatment of the issue", "labour-intensive industries").

Each passage is ``(agency, dateline, sentences)``; each sentence is ``(text, side, mentions)`` with an
optional fourth item of optional rows, as in ``probe33p7_data.py``. Written for the probe, copied from
nothing.
"""

from __future__ import annotations

V, R, L, C, J, N = "vietnam", "russia", "laos", "china", "joint", "narrator"
JP, KR, CU = "japan", "korea", "cuba"

PASSAGES = [
    ("VNA", "HANOI", [
        ("Minister of Labour, Invalids and Social Affairs Dao Ngoc Hai received Lao Deputy Minister of "
         "Labour and Social Welfare Bounkham Vorachit in Hanoi on May 14.", N, []),
        ("Hai said the two ministries should expand cooperation in vocational training, labour "
         "recruitment and social insurance.", V,
         [("education", "vocational training"), ("labour", "labour recruitment and social insurance")]),
        ("Bounkham thanked Vietnam for receiving Lao trainees at its vocational colleges.", L,
         [("education", "vocational colleges")], [("education", "trainees"), ("labour", "trainees")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("A Vietnamese medical team from Bach Mai Hospital performed free cataract surgery for 420 "
         "patients in Champasak province from June 2 to 9.", N,
         [("health", "cataract surgery")], [("health", "medical team")]),
        ("Dr Nguyen Thi Thu, head of the team, said the doctors had also trained 30 Lao medical workers "
         "in eye care.", V,
         [("education", "trained 30 Lao medical workers"), ("health", "eye care")],
         [("health", "medical workers")]),
        ("A patient from Pakse district thanked the Vietnamese doctors for restoring her sight.", L, [],
         [("health", "patient")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia's Federal Medical-Biological Agency (FMBA) will send a mobile field hospital and a team "
         "of 25 doctors to Laos to help fight dengue fever, the agency's head Igor Morozov told TASS on "
         "Tuesday.", R, [("health", "dengue fever")], [("health", "field hospital")]),
        ("According to Morozov, the specialists will also help the Lao side set up a laboratory for "
         "disease prevention.", R, [("health", "disease prevention")]),
        ("\"Our epidemiologists have worked in tropical countries for many years,\" he said.", R, []),
    ]),
    ("VNA", "HANOI", [
        ("Deputy Minister of Health Le Van Tuan and Russian Deputy Minister of Health Sergei Glagolev held "
         "talks on health cooperation in Hanoi on July 3.", N, [("health", "health cooperation")]),
        ("The two sides agreed to boost cooperation in oncology and cardiology and in the production of "
         "radiopharmaceuticals.", J,
         [("health", "oncology and cardiology"), ("health", "radiopharmaceuticals")]),
        ("Glagolev said Russian firms are ready to build a pharmaceutical plant in Bac Ninh province.", R,
         [("health", "pharmaceutical")]),
        ("He added that 14 Russian medicines had been registered in Vietnam since January.", R,
         [("health", "medicines")]),
    ]),
    ("VNS", "HÀ NỘI", [
        ("Bạch Mai Hospital and the Russian Research Centre of Surgery signed an agreement on cooperation "
         "in heart surgery and rehabilitation on Monday.", N,
         [("health", "heart surgery and rehabilitation")]),
        ("Director of Bạch Mai Hospital Đào Xuân Cơ said the hospital would send 20 doctors to Moscow for "
         "internships.", V, [], [("education", "internships")]),
        ("He said the Russian side would also donate medical equipment to the hospital's new cardiology "
         "department.", V, [("health", "medical equipment"), ("health", "cardiology")]),
    ]),
    ("Nhân Dân", "TOKYO", [
        ("Deputy Minister of Labour, Invalids and Social Affairs Nguyen Ba Hoan held talks with Japanese "
         "Vice Minister of Health, Labour and Welfare Kenji Sato in Tokyo on August 20.", N, []),
        ("Hoan asked Japan to protect the rights of Vietnamese technical interns and to let them change "
         "employers more easily.", V, [("labour", "technical interns")], [("labour", "employers")]),
        ("Sato said Japanese employers valued the diligence of Vietnamese workers, who now number more "
         "than 500,000 in Japan.", JP, [("labour", "workers")], [("labour", "employers")]),
    ]),
    ("VNA", "SEOUL", [
        ("More than 3,000 Vietnamese workers left for the Republic of Korea under the Employment Permit "
         "System (EPS) in the first half of the year, according to the Department of Overseas Labour.",
         V, [("labour", "workers")]),
        ("The department said it would tighten control over recruitment agencies to stop illegal fees "
         "being charged to guest workers.", V, [("labour", "recruitment"), ("labour", "guest workers")]),
    ]),
    ("VNA", "HANOI", [
        ("The Ministry of Labour, Invalids and Social Affairs said on Friday that 42,000 Vietnamese workers "
         "had gone abroad in the first quarter.", V, [("labour", "workers")]),
    ]),
    ("TASS", "VLADIVOSTOK", [
        ("Primorye Governor Oleg Kozhemyako said the region plans to invite 2,000 Vietnamese workers for "
         "construction and agriculture next year.", R,
         [("labour", "workers"), ("economy", "agriculture")], [("economy", "construction")]),
        ("The workers will receive work permits within ten days under a simplified procedure, he added.",
         R, [("labour", "workers"), ("labour", "work permits")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("The Lao Ministry of Health and the Vietnamese Embassy handed over a radiotherapy unit to "
         "Mittaphab Hospital on Friday.", N, [("health", "radiotherapy")]),
        ("Lao Minister of Health Bounfeng Phoummalaysith said the unit would help treat up to 60 cancer "
         "patients a day.", L, [("health", "cancer patients")]),
        ("Vietnamese Ambassador Nguyen Ba Hung said Vietnam would continue training Lao doctors in nuclear "
         "medicine.", V, [("education", "training Lao doctors")],
         [("health", "nuclear medicine"), ("nuclear", "nuclear medicine")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Prime Minister Pham Minh Chinh said the healthy development of Vietnam-Laos ties benefits both "
         "peoples.", V, []),
        ("He called for a proper treatment of outstanding issues in the spirit of mutual understanding.",
         V, []),
        ("Chinh said Laos could attract more investment in labour-intensive industries such as garments "
         "and footwear.", V, [("economy", "investment")], [("economy", "labour-intensive industries")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia has delivered more than 1 million doses of its vaccine to Laos, Russian Direct "
         "Investment Fund (RDIF) CEO Kirill Dmitriev told reporters.", R, [("health", "vaccine")]),
        ("The fund also plans to localise vaccine production in Vietnam, he said.", R,
         [("health", "vaccine production")]),
    ]),
    ("VNA", "HO CHI MINH CITY", [
        ("Hundreds of doctors, nurses and medical students attended a ceremony marking Vietnamese "
         "Doctors' Day at Cho Ray Hospital on February 27.", N, [],
         [("health", "medical"), ("education", "students"), ("health", "nurses")]),
        ("Deputy Minister of Health Tran Van Thuan praised the Cuban doctors who have worked at the "
         "hospital for the past decade.", V, []),
    ]),
    ("VNA", "HAVANA", [
        ("Cuban Minister of Public Health Jose Angel Portal said Cuba is ready to share its experience in "
         "primary healthcare and family medicine with Vietnam.", CU,
         [("health", "healthcare and family medicine")]),
        ("Portal noted that more than 200 Vietnamese patients had received treatment at Cuban clinics "
         "since 2015.", CU, [("health", "patients had received treatment")], [("health", "clinics")]),
    ]),
    ("VNA", "MOSCOW", [
        ("Vietnamese Ambassador Dang Minh Khoi met with Vietnamese migrant workers at a garment factory "
         "in Moscow's Lyublino district on Sunday.", N, [], [("labour", "migrant workers")]),
        ("He urged the employers to ensure occupational safety and pay social insurance contributions "
         "for the workers.", V, [("labour", "occupational safety")],
         [("labour", "social insurance"), ("labour", "employers"), ("labour", "workers")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Labour and Social Protection Minister Anton Kotyakov and Vietnamese Deputy Minister of "
         "Labour Le Van Thanh signed a memorandum on cooperation in labour and social protection in "
         "Moscow on Wednesday.", N, [("labour", "labour and social protection")]),
        ("Kotyakov said Russia was interested in attracting Vietnamese workers to its Far East, where the "
         "labour shortage is acute.", R, [("labour", "workers"), ("labour", "labour shortage")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("Vietnam Social Security has helped Laos design a social insurance database, Lao Deputy Minister "
         "of Labour and Social Welfare Phoxay Khaykhamphithoune said.", L, [],
         [("labour", "social insurance")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Chinese Vice Minister of Human Resources and Social Security Li Zhong said the two countries "
         "should cooperate in vocational skills training and in protecting the rights of migrant "
         "workers in border areas.", C,
         [("education", "vocational skills training"), ("labour", "rights of migrant workers")]),
        ("The Chinese side will receive 300 Vietnamese trainees at its vocational schools this year, he "
         "said.", C, [("education", "vocational schools")], [("education", "trainees"), ("labour", "trainees")]),
    ]),
    ("VNA", "HANOI", [
        ("At the reception, Deputy Health Minister Nguyen Thi Lien Huong thanked Japan's JICA for its "
         "support for the Cho Ray Hospital expansion project.", V, []),
        ("Huong said the ministry hoped JICA would continue supporting Vietnam in patient safety and "
         "infection control.", V, [("health", "patient safety and infection control")]),
    ]),
    ("KPL", "VIENTIANE", [
        ("The Lao Federation of Trade Unions and the Vietnam General Confederation of Labour agreed to "
         "share experience in protecting workers and settling labour disputes.", J,
         [("labour", "protecting workers and settling labour disputes")]),
    ]),
    ("VNA", "HANOI", [
        ("Lao patient Somphone Keola, 54, underwent a kidney transplant at Viet Duc Hospital last week, "
         "the first performed on a foreign patient at the hospital.", N,
         [("health", "kidney transplant")]),
        ("The patient thanked the surgeons for their dedication.", L, []),
        ("Hospital director Tran Binh Giang said the hospital was ready to receive more Lao patients for "
         "treatment.", V, [("health", "patients for treatment")]),
    ]),
    ("VNA", "HANOI", [
        ("Vietnam and Laos will set up a joint mechanism to share information on epidemics in border "
         "areas, Deputy Minister of Health Do Xuan Tuyen said on Thursday.", V, [("health", "epidemics")]),
        ("Tuyen said Vietnam would support Laos in vaccination campaigns for children in its northern "
         "provinces.", V, [("health", "vaccination")]),
        ("The epidemic situation in the region remains complicated, he noted.", V, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian employers are ready to hire up to 10,000 workers from Vietnam, Laos and Cambodia, the "
         "head of the Russian Union of Industrialists and Entrepreneurs Alexander Shokhin said on Friday.",
         R, [("labour", "workers")], [("labour", "employers")]),
        ("Employers in the construction sector said they faced a shortage of 150,000 workers.", R,
         [("labour", "workers")], [("labour", "Employers"), ("economy", "construction sector")]),
    ]),
    ("VNS", "QUẢNG NAM", [
        ("The Department of Labour, Invalids and Social Affairs of Quảng Nam Province said on Tuesday it "
         "had approved 120 work permits for foreign experts.", V, [("labour", "work permits")]),
        ("The fruits of the labour of generations of Vietnamese and Lao people must be preserved, Party "
         "chief Nguyễn Văn Minh told the delegation.", V, []),
    ]),
    ("KPL", "VIENTIANE", [
        ("The Lao Ministry of Health said on Monday that the Chinese-funded Mahosot Hospital would open a "
         "rehabilitation department in October.", L, [("health", "rehabilitation")]),
        ("The Chinese side has also built a plant for the treatment of wastewater at the hospital, the "
         "ministry said.", L, [("environment", "treatment of wastewater")]),
    ]),
    ("TASS", "MOSCOW", [
        ("Russia's Health Ministry has registered two Vietnamese traditional medicines for sale in Russia, "
         "the ministry's press service said.", R, [("health", "traditional medicines")]),
        ("Russian pharmacies will start selling them in March, it said.", R, [],
         [("health", "pharmacies")]),
    ]),
    ("VNA", "HANOI", [
        ("Rosatom and the Vietnam Atomic Energy Institute signed a roadmap on cooperation in nuclear "
         "medicine and the production of isotopes for cancer treatment.", N,
         [("health", "cancer treatment")],
         [("health", "nuclear medicine"), ("nuclear", "nuclear medicine"), ("nuclear", "isotopes")]),
    ]),
    ("VNA", "THAI BINH", [
        ("Doctors and nurses of the Vietnam-Cuba Friendship Hospital welcomed the Cuban delegation.", N, []),
        ("More than 40 Japanese employers attended a job fair in Nghe An province on Saturday.", N, [],
         [("labour", "employers"), ("labour", "job fair")]),
    ]),
    ("VNA", "HANOI", [
        ("Vice President Vo Thi Anh Xuan received a delegation of the Korean Ministry of Employment and "
         "Labor led by Vice Minister Kim Min-seok on Monday.", N, []),
        ("The guest said Korea would raise the quota of Vietnamese workers under the EPS next year.", KR,
         [("labour", "workers")]),
        ("He also pledged to improve housing and health insurance for them.", KR,
         [("health", "health insurance")]),
        ("Xuan asked the Korean side to help Vietnamese guest workers return home at the end of their "
         "contracts.", V, [("labour", "guest workers")]),
    ]),
    ("Nhân Dân", "HANOI", [
        ("Deputy Prime Minister Tran Hong Ha said the health of the partnership depended on both sides "
         "keeping their promises.", V, []),
    ]),
    ("TASS", "MOSCOW", [
        ("Russian Health Minister Mikhail Murashko said Russian clinics had treated 1,500 Vietnamese "
         "patients last year.", R, [("health", "patients")], [("health", "clinics")]),
        ("\"We are ready to share our experience in medical rehabilitation after strokes,\" the minister "
         "said.", R, [("health", "medical rehabilitation")]),
    ]),
    ("VNA", "VIENTIANE", [
        ("The Vietnamese Ministry of National Defence handed over medical equipment worth 5 billion VND "
         "to the Lao People's Army Hospital 103 on Tuesday.", N, [("health", "medical equipment")]),
        ("Lao Deputy Minister of National Defence Vongkham Phommakone thanked Vietnam for the gift, saying "
         "it would help the hospital provide better care for soldiers and their families.", L, []),
    ]),
]
