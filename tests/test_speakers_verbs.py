"""Tests of :mod:`framing.speakers.verbs`: reporting verbs after a subject.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

from speakers_helpers import DM, TL, J, N, R, V, attributed, sides, speakers

# === rule: `_side_group` =======================================================================
# --- round 12, heldout9 ---


def test_called_on_a_sides_people_to_act_is_speech():
    # round 12: "He called on Russian investors to pour capital into ...": urged, not a visit
    opening = "Deputy Minister Hồ Sĩ Tuệ said two-way trade reached 4 billion USD."
    assert sides(opening, "He called on Russian investors to pour capital into energy.") == [V, V]
    # must not touch: "called on" a titled person or a side's people without "to" is a visit
    assert sides(opening, "He called on Russian President Vladimir Putin at the Kremlin.") == [V, N]
    assert sides(opening, "He called on Russian Deputy Prime Minister Dmitry Chernyshenko.") == [V, N]
    assert sides(opening, "He called on Russian businesses.") == [V, N]


# --- round 15, heldout16 ---


def test_round15_calling_on_a_list_of_sides_and_places_to_act_is_urging():
    # round 15: "called on Vietnamese and Russian cities and provinces to sign": urged, no visit
    o = "Vietnamese Deputy Minister Bùi Thị Nguyệt Hằng recalled that many were trained."
    assert sides(o, "Hằng called on Vietnamese and Russian cities and provinces to sign more agreements.") == [V, V]
    assert sides(o, "Hằng called on Vietnamese and Russian cities to sign more agreements.") == [V, V]
    # must not touch: a visit to a titled person, to people with no "to", a list of two sides' nouns
    assert sides(o, "Hằng called on Russian and Chinese President Ivan Petrov in Moscow.") == [V, N]
    assert sides(o, "Hằng called on Russian and Vietnamese leaders and officials in Moscow.") == [V, N]
    assert sides(o, "Hằng called on Russian firms and Vietnamese banks.") == [V, N]


# --- round 23a, heldout35 ---


def test_round23a_called_on_a_group_of_several_words_to_act_is_urging():
    # fixes: "called on <side> <lower-case words> <plural noun> to ..." urges, as "called on Russian
    # investors to ..." did
    urged = "Deputy Minister Nguyễn Văn An called on Russian shipping companies to open new routes."
    assert speakers(urged)[0] == ("Nguyễn Văn An", V)
    assert speakers("Deputy Minister Nguyễn Văn An has called on Russian software firms to invest.")[0] == (
        "Nguyễn Văn An", V)
    # must not touch: a visit paid to a person, or to a group with no "to" after it
    assert sides("Deputy Minister Nguyễn Văn An called on Russian President Vladimir Putin in Moscow.") == [N]
    assert sides("Deputy Minister Nguyễn Văn An called on Russian business leaders in Moscow.") == [N]


# === rule: `_verb_after` =======================================================================
# --- people found in the text ---


def test_received_is_no_speech_and_sides_come_only_from_the_study():
    assert sides("Lao Prime Minister Khamla Vongsa received a delegation.") == [N]
    # without sides in the study, people are found but have no side
    out = attributed("Lao Prime Minister Khamla Vongsa said trade grew.", sides=())
    assert list(out["speaker"]) == ["Khamla Vongsa"] and list(out["side"]) == [N]


# --- issue 13, round 3, heldout2 ---


def test_a_reporting_verb_after_receiving_the_visitor():
    out = attributed(
        "Lê Minh Khôi held talks with Bounmy Vongphachanh, Secretary of the LPRP Central Committee.",
        "Khôi welcomed the visitor and briefed him on the congress.",
        "He proposed that the two Parties exchange delegations.",
        "The guest said Laos wants to learn from Việt Nam.",
    )
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [
        ("Lê Minh Khôi", V), ("Lê Minh Khôi", V), ("Bounmy Vongphachanh", "laos")]
    # must not touch: receiving and holding talks say nothing
    assert sides("Lê Minh Khôi held talks with Bounmy Vongphachanh, Secretary of the LPRP Central Committee.",
                 "Khôi welcomed the visitor and held talks with him.") == [N, N]


# --- issue 13, round 4 ---


def test_held_that_and_valued_report():
    out = attributed("Russian Deputy Minister Pavel Gromov met them.", "Gromov highly valued the ties.",
                     "He held that trade would grow.")
    assert list(out["side"]) == [N, R, R]
    # must not touch: "held talks" and "held a meeting" say nothing
    assert sides("Russian Deputy Minister Pavel Gromov met them.", "Gromov held talks with the press.") == [N, N]


# --- issue 13, round 5, heldout3 ---


def test_reviewed_reports_like_discussed():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý met Lao Minister Sengdeuane Phommavong.",
                     "The two ministers also reviewed progress on the expressway.")
    assert out["side"][1] == J
    # must not touch: a thing that was reviewed speaks for nobody
    assert sides("The plan was reviewed in May.") == [N]


def test_dwelt_on_reports_speech():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý met Russian Deputy Minister Pavel Dronov.",
                     "The deputy minister also dwelt on the humanitarian sphere.")
    assert (out["speaker"][1], out["side"][1]) == ("Pavel Dronov", R)
    # must not touch: dwelt in a place is no speech
    assert sides("The delegation dwelt in a hotel near the lake.") == [N]


# --- round 9, heldout7 ---


def test_pointed_to_reports_speech_and_manager_and_deputy_are_roles():
    # heldout7 e132 "He also pointed to cooperation between regions", e130 "The manager noted that",
    # e126 "The deputy also called for"
    assert sides("Russian Deputy Director Oleg Petrov said trade grew.", "He also pointed to cooperation in energy.",
                 "The deputy also called for more flights.") == [R, R, R]
    # must not touch: a thing that points to something; "deputy" before a longer role keeps that role
    assert sides("Russian Deputy Director Oleg Petrov met Vietnamese officials.",
                 "The figures pointed to a slowdown.") == [N, N]
    assert sides("Russian Minister Ivan Petrov met Vietnamese Deputy Minister Nguyễn Văn An.",
                 "The deputy minister said trade grew.") == [N, V]
    assert sides("Russian Minister Ivan Petrov met Vietnamese officials.", "The deputy head of the store spoke.") == [N, N]


def test_wrote_that_reports_speech_and_wrote_a_letter_does_not():
    # heldout7 e128: "The CPRF wrote that the relations between the CPRF and the CPV ..." -> russia
    assert sides("The CPRF wrote that ties were strong.") == [R]
    # must not touch: writing a thing is an act, not speech
    assert sides("The CPRF wrote a letter to the CPV.", "Russian Minister Ivan Petrov wrote a book.",
                 "The CPRF wrote to the CPV on Monday.") == [N, N, N]


# --- round 16, heldout17, heldout18 ---


def test_round16_offering_and_declining_are_acts_of_speech():
    # round 16: "X also offered help with ...", "X declined to give figures": the subject's words
    o = "Vietnamese Minister Lê Văn An met Lao Minister Khamsouk Vongdala."
    assert speakers(o, "An also offered help with the training of engineers.")[1] == ("Lê Văn An", V)
    assert speakers(o, "Khamsouk declined to give figures.")[1] == ("Khamsouk Vongdala", "laos")
    # must not touch: figures that decline, a thing offered with no person, the adjective
    assert speakers(o, "Lao exports declined by 5 percent.")[1] == (N, N)
    assert speakers(o, "The hotel offered discounts to tourists.")[1] == (N, N)
    assert speakers(o, "The offered price was low.")[1] == (N, N)


# --- round 17, heldout19, heldout20 ---


def test_a_reporting_verbs_word_after_a_possessive_is_a_noun():
    # "wishes" (round 17), "hopes", "calls" after "'s" are the possessor's nouns, no verb of the subject
    assert sides("President Putin's wishes for peace were read out at the ceremony.") == [N]
    assert speakers("The Lao side's wishes were noted by the Vietnamese delegation.") == [
        ("the Vietnamese delegation", V)]
    # must not touch: the verb after the subject, and a possessive before a subject noun
    assert speakers("The Vietnamese side wishes to expand trade.") == [("The Vietnamese side", V)]
    assert sides("Russia's ambassador said trade grew.") == [R]


# --- round 18, heldout22 ---


def test_round18_welcoming_a_guests_visit_is_a_view():
    # round 18: "welcomed the delegation's visit, ..., and spoke highly of ...": the visit is welcomed,
    # a view; the person speaks
    got = speakers("Head of the Commission Đoàn Văn Hùng received a Chinese delegation.", "Hùng welcomed the "
                   "delegation's visit, the first since the pandemic, and spoke highly of the results.")
    assert got[1] == ("Đoàn Văn Hùng", V)
    # must not touch: welcoming the delegation or its members is a reception
    assert sides("Hùng welcomed the delegation, the first since the pandemic.") == [N]
    assert sides("Hùng welcomed the delegation's members at the airport.") == [N]
    assert sides("Hùng welcomed the visitors' group at the airport.") == [N]


# --- round 19b, heldout25 ---


def test_round19b_spoke_before_a_time_or_place_and_offered_incense_report_acts_not_words():
    # round 19b: "has spoken highly of" reports a view as "spoke highly of" does; "spoke" right
    # before "after", "before", "at", "during" is the act of speaking, and "offered incense",
    # "offered flowers", "offered a floral wreath" a rite: no words reported
    lao = "Lao Minister of Education Khamla Phommavong {} Việt Nam's support in training."
    assert speakers(lao.format("has spoken highly of")) == [("Khamla Phommavong", "laos")]
    petrov = "Russian Deputy Minister Ivan Petrov {}."
    assert sides(petrov.format("spoke after a meeting at which ties were reviewed")) == [N]
    assert sides(petrov.format("spoke at the opening ceremony")) == [N]
    assert sides("Earlier, the Russian delegation offered incense at the relic site.") == [N]
    assert sides("The Russian delegation offered a floral wreath at the monument.") == [N]
    # must not touch: "spoke highly of", "spoke in favour of", "spoke (at length) about", "offered to", an offer
    # of a thing, a rite followed by words
    assert speakers(lao.format("spoke highly of")) == [("Khamla Phommavong", "laos")]
    assert sides(petrov.format("spoke in favour of closer ties")) == [R]
    assert sides(petrov.format("spoke about closer ties")) == [R]
    assert sides(petrov.format("spoke at length about closer ties")) == [R]
    assert sides("The Russian delegation offered to help build the plant.") == [R]
    assert sides("The Russian delegation offered a loan for the plant.") == [R]
    assert sides(petrov.format("offered flowers and said ties were strong")) == [R]


# --- speaker probe 9 ---


def test_round23b_called_on_a_body_to_act_urges_it():
    # "called on <a body> to ...": urging, a verb of speech; the pronoun is the last speaker
    assert sides("Lê Văn Minh met the CPRF delegation.", "Minh said ties were strong.",
                 "He also called on United Russia to back projects in energy.") == [N, V, V]
    # must not touch: "called on" a person is a visit, no words
    assert sides("Lê Văn Minh met the CPRF delegation.", "Minh said ties were strong.",
                 "He also called on Prime Minister Ivan Petrov in Moscow.")[2] == N


# --- round 23a, heldout35 ---


def test_probe10_going_on_to_speak():
    # fixes: "X went on to propose ...", 'He went on: "..."' report speech like "went on to say"
    opening = "Vice President Võ Thị Ánh Xuân received Russian Senator Valentina Matviyenko."
    assert sides(opening, "Matviyenko went on to propose more youth exchanges.")[1] == R
    assert sides(opening, "Xuân said ties are strong.", 'She went on: "We want more Russian tourists."')[2] == V
    assert sides(opening, "Xuân went on to stress the role of education.")[1] == V
    # must not touch: going on to do something is narration
    assert sides(opening, "Matviyenko went on to visit a school in Huế.")[1] == N
    assert sides(opening, "Matviyenko went on a tour of the city.")[1] == N


def test_round24b_an_apposition_name_goes_on_under_a_ministry():
    # fixes: a body's name with a comma and "under the Ministry of ..." in a title's apposition
    assert speakers(
        "Lê Văn Nam, Director of the Department of Quality, Processing and Trade under the Ministry of"
        " Agriculture, said inspectors would be trained."
    ) == [("Lê Văn Nam", V)]
    # must not touch: an apposition of a title whose list goes on ("Culture, Sports and Tourism")
    assert speakers(
        "Lê Văn Nam, a former Deputy Minister of Culture, Sports and Tourism, recalled the visit."
    ) == [("Lê Văn Nam", V)]


# --- probe 14 ---


def test_round24c_expected_as_a_verb_of_speech():
    # fixes: "He expected ..." after a person spoke
    assert speakers("Nguyễn Văn An said the route would help.", "He expected more visitors this year.") == [
        ("Nguyễn Văn An", V), ("Nguyễn Văn An", V)]
    # must not touch: the passive "is expected", "as expected"
    assert speakers("Nguyễn Văn An said the route would help.", "He is expected to visit Moscow.") == [
        ("Nguyễn Văn An", V), ("narrator", N)]
    assert speakers("Nguyễn Văn An said the route would help.", "As expected, trade grew.") == [
        ("Nguyễn Văn An", V), ("narrator", N)]


# --- review 22 ---


def test_review22_expected_in_a_passive_clause_is_no_speech():
    # must not touch: "X, expected in Moscow next week, will ..." is a passive clause, no speech
    opening = "Nguyễn Văn An met the press."
    assert speakers(opening, "The minister, expected in Moscow next week, will sign deals.")[1] == (N, N)
    assert speakers(opening, "The Russian delegation, said to be the largest, will sign deals.")[1] == (N, N)
    assert speakers(opening, "Lê Văn Nam, expected to become minister, visited Russia.")[1] == (N, N)
    # still read: the subject's own verb after the clause, and "expected" with an object
    assert speakers(opening, "The minister, expected in Moscow next week, said trade grew.")[1] == (
        "Nguyễn Văn An", V)
    assert speakers(opening, "He expected more visitors this year.")[1] == ("Nguyễn Văn An", V)


# --- round 26a, heldout53 ---


def test_r26a_attributing_a_cause_is_speech():
    # fixes: "He attributed the growth to ...": the speaker's reading of a cause
    o = "Russian Ambassador Ivan Petrov said tourist flows had tripled."
    assert sides(o, "He attributed the growth to new direct flights.") == [R, R]
    assert sides(o, "Petrov ascribed the rise to lower fares.") == [R, R]
    # must not touch: the passive with no one named
    assert sides(o, "The growth was attributed to new direct flights.") == [R, N]


# === rule: `_count_at` =========================================================================
# --- round 10, heldout8 ---


def test_welcoming_a_number_of_arrivals_reports_no_speech():
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    assert sides(o, "Quảng Ninh welcomed some 15 million holidaymakers in 2024.")[1] == N
    assert sides(o, "Keola welcomed 5,000 traders to the fair.")[1] == N
    # must not touch: welcoming a thing, a figure after an article, a year
    assert sides(o, "Quảng Ninh welcomed the new flights.")[1] == V
    assert sides(o, "Keola welcomed the 20 percent rise in trade.")[1] == "laos"
    assert sides(o, "Quân welcomed 2025 as a year of new projects.")[1] == V


# --- round 13, heldout10, heldout12 ---


def test_review6_welcoming_a_share_or_years_reports_speech():
    # review 6: a percent or a span of years is no count of arrivals
    assert sides("Russian Deputy Prime Minister Dmitry Chernyshenko welcomed 2 percent growth.") == [R]
    assert sides("The Russian president welcomed 150 years of ties with Vietnam.") == [R]
    # still: a count of people reports none
    assert sides("The Russian president welcomed 5,000 traders to the fair.") == [N]


# --- review 8 ---


def test_review8_welcoming_a_count_uses_the_shared_count_rule():
    # framing.lexicons.counts.is_count decides for speakers and sectors alike: a figure or a word of
    # thousands opens a count of arrivals (no words), a year does not
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    assert sides(o, "Keola welcomed 200 students to the fair.")[1] == N
    assert sides(o, "Keola welcomed more than 3,000 Russian tourists.")[1] == N
    # a word of thousands now counts here as in the sector matcher (before review 8: speech)
    assert sides(o, "Quảng Ninh welcomed millions of holidaymakers in 2024.")[1] == N
    # must not touch: a year, a thing welcomed
    assert sides(o, "Keola welcomed 2025 as a year of new projects.")[1] == "laos"
    assert sides(o, "Keola welcomed the new flights.")[1] == "laos"


# === rule: `_past_act` =========================================================================
# --- rules on made-up sentences ---


def test_subject_of_a_reporting_verb(actors):
    assert speakers("Tô Lâm said the talks were useful.", actors=actors) == [(TL, V)]
    assert speakers("Medvedev underlined the point.", actors=actors) == [(DM, R)]
    assert speakers("Medvedev arrived in Hanoi.", actors=actors) == [(N, N)]  # not a reporting verb


# --- round 7 ---


def test_continued_and_went_on_report_speech_only_after_a_quotation():
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.", '"Safety comes first," Belov continued.',
                     '"We will build it on time," Belov went on.')
    assert list(out["side"])[1:] == [R, R]
    # must not touch (review of round 7): narration of going on
    assert sides("Russian Minister Ivan Petrov met Vietnamese Minister Nguyễn Văn An.",
                 "Petrov continued his tour of the region.", "An went on a visit to the port.",
                 "Petrov visited the plant in the north, and continued to the port.") == [N, N, N, N]


# --- round 20, heldout28 ---


def test_review13_accepting_an_invitation_is_a_reply():
    # review 13 (heldout28 e377): "accepted the invitation" answers an invitation, as "consented"
    # does: the subject speaks ("The Russian leader" is the Russian named last)
    o = "President Nguyễn Văn An invited Russian President Ivan Petrov to visit Việt Nam."
    assert speakers(o, "The Russian leader accepted the invitation with pleasure.")[1] == ("Ivan Petrov", R)
    # must not touch: accepting anything else is an act
    assert sides(o, "The Russian leader accepted the credentials of the new envoy.") == [V, N]
    assert sides(o, "The university accepted 200 Vietnamese students.") == [V, N]


# == probe 26: precision in Vietnamese agencies' copy (VNA, VNS, Nhân Dân) ==========================
# Sentences written for the checks (not from the set).

def test_probe26_flowers_offered_after_another_predicate_are_a_tribute():
    # fixes: "watched a film and offered flowers": no words (was joint, "the participants")
    assert sides("The participants watched a short film and offered flowers at the memorial.") == [N]
    assert sides("The delegates toured the museum and offered a wreath at the monument.") == [N]
    # must not touch: an offer of help is speech
    assert sides("The participants visited the plant and offered to help the families.") == [J]


# ==== round 27b (heldout54: party relations and high-level contacts) =============================

def test_r27b_held_between_commas_is_speech():
    # fixes: ", he held," / ", she maintained," between commas with no "that"
    first = "Sergei Ivanov, Secretary of the CPRF Central Committee, told the seminar that ties are strong."
    assert speakers(first, "Vietnam's results, he held, prove that the course is right.")[1] == (
        "Sergei Ivanov", R)
    assert speakers(first, "Vietnam's results, he maintained, prove that the course is right.")[1] == (
        "Sergei Ivanov", R)
    # must not touch: "held" of an event or of talks, a subject that opens the sentence
    assert speakers(first, "The meeting was held, as planned, in Moscow.")[1] == ("narrator", N)
    assert speakers(first, "Ivanov held, together with the Vietnamese guests, a ceremony at the "
                    "monument.")[1] == ("narrator", N)
    assert speakers(first, "The two parties have maintained, for decades, close ties.")[1] == ("narrator", N)


# --- round 27c (heldout48) ---


def test_r27c_a_bracketed_short_form_before_the_verb_and_a_forecast():
    # fixes: "..., the Federal Customs Service (FCS) reported": the short form stands between the body
    # and its verb; "the ministry has forecast a harvest": a forecast states a figure
    assert speakers("Russia's imports rose 3% in May, the Russian Federal Customs Service (FCS) reported.") == [
        ("the Russian Federal Customs Service", R)]
    assert speakers("The Russian Ministry of Energy has forecast oil output of 510 million tonnes.") == [
        ("The Russian Ministry of Energy", R)]
    # must not touch: a bracket that is no short form before a verb, a forecast as a noun
    assert sides("Russia's imports rose 3% in May (against 2% in April), analysts at a bank noted.") == [N]
    assert sides("The Russian ministry's forecast for the harvest was cut in May.") == [N]
    assert sides("Russian forecasts for the harvest were cut in May.") == [N]


# --- round 27d (heldout56) ---


def test_r27d_a_complaint_is_said():
    # fixes: "X also complained that ...", "X lamented that ...": the speaker's words, after a comma clause
    head = "Executive Director of the Association of Tour Operators of Russia Anna Petrova told TASS that demand was high."
    assert speakers(head, "Petrova also complained that Russian bank cards cannot be used there, so travellers "
                    "have to bring cash.")[1] == ("Anna Petrova", R)
    assert speakers(head, "Petrova lamented that hotels remain scarce there, so tourists have to book early.")[1] == (
        "Anna Petrova", R)
    # must not touch: complaints as a noun, with no speaker
    assert sides(head, "Complaints that bank cards cannot be used there remain common, so travellers bring "
                 "cash.")[1] == N


# --- round 28g (heldout59) ---


def test_r28g_spoke_by_telephone_is_a_call_not_words():
    o = "Party General Secretary Tô Lâm met Russian President Vladimir Putin in Moscow."
    # fixes: "The two presidents last spoke by telephone in September": a call, nothing said
    assert speakers(o, "The two leaders last talked over the phone in May.")[1] == (N, N)
    assert speakers(o, "Lâm and Putin spoke via video link on Monday.")[1] == (N, N)
    # must not touch: talking with no means of a call, another verb of speech after it, or a verb
    # that says what was discussed
    assert speakers(o, "The two leaders last talked in May.")[1][1] == J
    assert speakers(o, "Lâm and Putin spoke by phone and agreed to meet.")[1][1] == J
    assert speakers(o, "Lâm discussed trade by telephone with Putin.")[1][1] == V


# --- review 31 ---


def test_review31_a_call_with_its_topic_after_the_means_reports_words():
    # fixes: "spoke by telephone about X" is "spoke about X by telephone" in the other order (r28g)
    opening = "Russian President Vladimir Putin received General Secretary Tô Lâm."
    assert speakers(opening, "Putin spoke by telephone about energy projects.")[1] == ("Vladimir Putin", R)
    assert speakers(opening, "Putin spoke via video link about the new railway.")[1] == ("Vladimir Putin", R)
    # must not touch: a call held, with a time or a length after the means
    assert speakers(opening, "The two leaders last spoke by telephone in March.")[1] == (N, N)
    assert speakers(opening, "Putin talked over the phone for an hour.")[1] == (N, N)


# --- round 29d (heldout23) ---


def test_r29d_a_relative_clause_after_the_apposition_keeps_the_subject():
    # fixes: "X, <title> of <place>, which/where/who ..., said": the clause ends at the comma before the verb
    opening = "Vietnam and Russia held talks in Hà Nội."
    assert speakers(opening, "Nguyễn Văn Bình, Chairman of the People's Committee of Khánh Hòa Province, "
                    "which receives most Russian tourists, said the province will open a centre.")[1] == (
        "Nguyễn Văn Bình", V)
    assert speakers(opening, "Ivan Petrov, Rector of Tomsk University, where many Vietnamese study, noted that "
                    "the school will grow.")[1] == ("Ivan Petrov", R)
    assert speakers(opening, "Ivan Petrov, Rector of Tomsk University, who studied in Hà Nội, said the school "
                    "will grow.")[1] == ("Ivan Petrov", R)
    # must not touch: no reporting verb after the clause
    assert speakers(opening, "Ivan Petrov, Rector of Tomsk University, which trains engineers, opened a new hall.")[1] == (
        N, N)
    assert speakers(opening, "Ivan Petrov met Lê Văn Nam, Rector of Huế University, which trains engineers, and "
                    "toured the campus.")[1] == (N, N)


# --- round 29g (heldout72) ---


def test_r29g_a_second_apposition_describing_the_body():
    # fixes: "X, head of Y, the agency that ..., noted": the person speaks over both appositions
    assert speakers("Ivan Orlov, deputy head of Rosfilm, the state agency that promotes Russian films abroad, "
                    "noted that Soviet films were popular in Vietnam.")[0][0] == "Ivan Orlov"
    assert speakers("Ivan Orlov, director of Rostek, a company that builds ports, said exports would grow.")[0][0] == (
        "Ivan Orlov")
    # must not touch: a second person joined by "and" is no apposition
    assert speakers("Ivan Orlov, director of Rostek, and Tô Lâm agreed that trade would grow.")[0][0] != "Ivan Orlov"


# --- round 29f (heldout69) ---


def test_r29f_a_relative_clause_after_an_apposition_before_the_verb():
    # fixes: "X, <title>, who heads ..., said": both read between subject and verb
    assert speakers("Do Thanh Long, Deputy Minister of Industry and Trade, who heads the Vietnamese delegation at "
                    "the forum, said his country wants more gas.") == [("Do Thanh Long", V)]
    # must not touch: no reporting verb after the clause
    assert speakers("Nguyen Van An, Deputy Minister of Finance, who arrived in Moscow on Monday.") == [(N, N)]


def test_r29f_spoke_to_a_listener_then_when_is_the_act_of_speaking():
    # fixes: "X spoke to TASS after meeting ...": no words reported
    opening = "Russian Deputy Finance Minister Denis Kiselyov told TASS the share grew."
    assert speakers(opening, "Kiselyov spoke to TASS after meeting a Vietnamese delegation.")[1] == (N, N)
    assert speakers(opening, "Kiselyov spoke to reporters at the ministry.")[1] == (N, N)
    # must not touch: a topic after the listener
    assert speakers(opening, "Kiselyov spoke to TASS about the payments after the meeting.")[1] == (
        "Denis Kiselyov", R)


# --- round 29e (heldout68) ---


def test_r29e_accepting_someones_invitation_is_a_reply():
    talks = "Lao Foreign Minister Saleumxay Kommasith held talks with Russian Foreign Minister Sergei Lavrov."
    # fixes: the owner of the invitation between the verb and "invitation"
    assert speakers(talks, "Lavrov accepted Saleumxay's invitation to visit Vientiane.")[1][1] == R
    assert speakers(talks, "Lavrov accepted his Lao counterpart's invitation with pleasure.")[1][1] == R
    # must not touch: other things accepted, an invitation card among gifts
    assert speakers(talks, "Lavrov accepted the students' letters.")[1] == (N, N)
    assert speakers(talks, "Lavrov accepted the flowers and an invitation card.")[1] == (N, N)


# --- review 33 ---


def test_rev33_a_second_apposition_may_open_with_a_side_adjective():
    # fixes: "the Russian state corporation" describes the body of the first apposition, as "the state agency"
    assert speakers("Pavel Lebedev, director of Rostek, the Russian state corporation that builds reactors, "
                    "noted the progress.")[0] == ("Pavel Lebedev", "russia")
    # must not touch: a capitalised name after the article is another subject, no description
    assert speakers("Pavel Lebedev, director of Rostek, the Ministry of Energy and the embassy agreed on the "
                    "plan.")[0][0] != "Pavel Lebedev"


# --- round 30c (heldout73) ---


def test_r30c_a_places_plural_group_called_on_to_act_is_urged():
    opening = "Vietnamese Deputy Minister Lê Văn An received Russian Deputy Governor Ivan Petrov."
    # fixes: a place's name before a plural noun (one or two lower-case words) and "to" after "called
    # on" is a group urged, as a side's word before it is
    assert speakers(opening, "He also called on Kazan firms to open plants in the province.")[1] == ("Lê Văn An", V)
    assert speakers(opening, "He called on Tatarstan travel agencies to add charter flights.")[1] == ("Lê Văn An", V)
    # must not touch: a person called on (a visit), a group called on at a place, no "to"
    assert speakers(opening, "He called on Kazan Mayor Ilsur Metshin to discuss the fair.")[1] == (N, N)
    assert speakers(opening, "Later he called on Kazan officials at their office.")[1] == (N, N)


def test_r30c_a_joke_is_said():
    opening = "Vietnamese Deputy Minister Lê Văn An received Russian Deputy Governor Ivan Petrov."
    # fixes: "joked", "quipped" report words like "said"
    assert speakers(opening, "“Our winters are long,” Petrov joked.")[1] == ("Ivan Petrov", R)
    assert speakers(opening, "Petrov thanked the hosts.", "“Come in summer,” he quipped.")[2] == ("Ivan Petrov", R)
    # must not touch: the noun "jokes", a crowd that joked
    assert speakers(opening, "The jokes about the cold were many.")[1] == (N, N)


# --- round 30a (heldout77) ---


def test_r30a_a_time_adverb_between_the_auxiliary_and_the_reporting_verb():
    # fixes: "has since proposed", "has already said": the subject still speaks
    assert sides("The Russian side has since proposed to hold the seminar every year.") == [R]
    assert sides("The Vietnamese side has already suggested a new date for the talks.") == [V]
    # must not touch: no reporting verb after the adverb
    assert sides("Trade has since grown by ten percent.") == [N]
    assert sides("The two countries have already built three bridges.") == [N]
    # nor a verb of talks held after "since": a record, as after a date
    met = "Minister Phạm Minh Khôi met Russian Deputy Minister Ivan Petrov in Hanoi on Monday."
    assert sides(met, "Vietnam and Russia signed their first agreement in 2010 and have since exchanged more "
                 "than 20 delegations.")[1] == N
    assert sides(met, "Vietnam and Russia have since agreed to open more flights.")[1] == J


# --- round 31g (heldout86) ---


def test_r31g_wrote_between_commas_or_closing_a_clause_reports_the_writer():
    sent = "Russian Prime Minister Mikhail Mishustin sent a letter to the students."
    # fixes: "he wrote" between commas, a name and a role closing the clause
    assert sides(sent, "Energy, he wrote, is the core of the partnership.") == [N, R]
    assert sides(sent, "Trade is growing fast, the Prime Minister wrote.") == [N, R]
    assert sides(sent, "Science, Mishustin wrote, must come first.") == [N, R]
    # must not touch: "wrote" with an object or a listener is a deed, no words
    assert sides(sent, "He wrote a second letter to the teachers.") == [N, N]
    assert sides(sent, "Mishustin wrote to the Vietnamese Prime Minister last week.") == [N, N]


def test_r31g_exchanging_messages_or_greetings_is_an_act_of_no_words():
    met = "Russian Prime Minister Mikhail Mishustin and Prime Minister Lê Văn Khải held talks by phone."
    # fixes: an exchange of correspondence reports no words
    assert sides(met, "Vietnamese and Russian leaders on Monday exchanged messages of congratulations.") == [N, N]
    assert sides(met, "The two prime ministers exchanged New Year greetings.") == [N, N]
    assert sides(met, "The two leaders exchanged congratulatory letters.") == [N, N]
    # must not touch: views exchanged are words; a reporting verb after "and" in the same predicate speaks
    assert sides(met, "The two prime ministers exchanged views on energy.") == [N, J]
    assert sides(met, "The two prime ministers exchanged greetings and reviewed trade ties.") == [N, J]


# --- round 31d (heldout96) ---


def test_r31d_extended_reports_speech_only_with_what_is_said():
    # fixes: "Vietnam extended visa-free stays", "extended the agreement", "extended a credit line":
    # acts, no words (were the subject's)
    assert sides("Vietnam extended visa-free stays for Russian citizens to 45 days.") == [N]
    assert sides("Vietnamese Deputy Minister Nguyen Van An extended the deadline for the project.") == [N]
    assert sides("The Russian side extended a credit line of 1 billion USD to Vietnam.") == [N]
    # must not touch: greetings, an invitation or thanks extended are said
    assert sides("Russian President Vladimir Putin extended his warmest New Year greetings to the CPV.") == [R]
    assert sides("Russian Foreign Minister Sergei Lavrov extended an invitation to his Vietnamese "
                 "counterpart to visit Moscow.") == [R]
    assert sides("Vietnamese Deputy Minister Nguyen Van An extended thanks to the Russian side.") == [V]


# --- review 40 ---


def test_review40_support_extended_in_kind_or_money_is_a_deed():
    # fixes: financial or material support extended is given, no words (verbs._extends_words)
    assert sides("Russia extended financial support worth 2 billion USD for the plant.") == [N]
    assert sides("The Russian side extended humanitarian support to the flooded provinces.") == [N]
    # must not touch: support extended with no kind, as greetings are, reports the stance (r31d)
    assert sides("Russia extended support to the Vietnamese candidacy for the council.") == [R]


# --- round 32d (heldout108) ---
def test_r32d_singling_out_and_advising_are_said():
    # fixes: a pronoun after a named speaker, the verb "singled out"; advice given by a spokesperson
    assert sides("Russian Deputy Foreign Minister Andrei Rudenko said ties were strong.",
                 "He singled out the nuclear research centre as a flagship project.") == [R, R]
    assert sides("Vietnamese Deputy Spokesperson Phạm Thu Hà said the embassy was helping.",
                 "Hà advised citizens travelling abroad to check their papers.") == [V, V]
    # must not touch: a deed with no reporting verb
    assert sides("Russian Deputy Foreign Minister Andrei Rudenko said ties were strong.",
                 "The centre opened a new laboratory last year.") == [R, N]


# --- round 32e (heldout104) ---


def test_r32e_a_speech_verb_after_met_and():
    # fixes: an irregular past act ("met", "paid") then "and" and a reporting verb: the subject speaks
    first = "Secretary of the Party Central Committee Nguyễn Văn Lâm attended the ceremony in Moscow."
    assert speakers(first, "On the sidelines, Lâm met CPRF Chairman Gennady Zyuganov and conveyed the "
                    "congratulations of the CPV leadership.")[1] == ("Nguyễn Văn Lâm", V)
    assert speakers(first, "Lâm paid a visit to Ulyanovsk and stressed the role of trade.")[1] == (
        "Nguyễn Văn Lâm", V)
    # must not touch: a second act that is no speech, or a relative clause of the other person
    assert speakers(first, "Lâm met Zyuganov and visited a plant.")[1] == (N, N)
    assert speakers(first, "Lâm met Zyuganov and the CPRF delegation.")[1] == (N, N)


# --- round 32f (heldout105) ---


def test_r32f_welcoming_people_is_a_reception():
    # fixes: a group of people welcomed (scientists, a crew, students): nothing said
    first = "Deputy Minister Nguyễn Văn Hải said the project was useful."
    for obj in ("the scientists at a ceremony in Hội An", "the crew of the Russian ship",
                "the Russian students at the airport"):
        assert speakers(first, f"Vice Chairman Trần Văn Long welcomed {obj}.")[1] == (N, N)
    # must not touch: what the people did, welcomed as a view; a reporting verb after "and"
    assert speakers(first, "Vice Chairman Trần Văn Long welcomed the scientists' findings.")[1] == (
        "Trần Văn Long", V)
    assert speakers(first, "Vice Chairman Trần Văn Long welcomed the crew and said the visit mattered.")[1] == (
        "Trần Văn Long", V)


# --- review 44 ---


def test_rev44_welcoming_what_a_group_did_is_a_view():
    # fixes: the people named after "of" are not what is welcomed ("the contribution of the scientists")
    first = "Deputy Minister Nguyễn Văn Hải said the project was useful."
    for obj in ("the contribution of the scientists to the project", "the return of the crew"):
        assert speakers(first, f"Vice Chairman Trần Văn Long welcomed {obj}.")[1] == ("Trần Văn Long", V)
    # must not touch: a group or a part of it welcomed ("a group of experts", "the crew of the ship")
    for obj in ("a group of Russian experts", "the crew of the Russian ship", "the head of the delegation"):
        assert speakers(first, f"Vice Chairman Trần Văn Long welcomed {obj}.")[1] == (N, N)


# --- probe 33p1 ---
def test_probe33p1_welcoming_a_person_named_receives_a_guest():
    from speakers_helpers import speakers
    # fixes: "welcomed <title> <name>" receives a guest, no words (was the host's); the guest's
    # relative clause of speech then voices the sentence
    assert speakers("Chairman of the National Assembly Nguyễn Đức Minh welcomed Russian State Duma Deputy "
                    "Chairman Igor Belov in Hà Nội on Monday.") == [("narrator", "narrator")]
    assert speakers("Chairman of the National Assembly Nguyễn Đức Minh welcomed Russian State Duma Deputy "
                    "Chairman Igor Belov, who congratulated Việt Nam on the success of its elections.") == [
        ("Igor Belov", "russia")]
    # must not touch: a person's proposal welcomed (a view), a thing welcomed
    assert speakers("Nguyễn Đức Minh welcomed President Putin's proposal to expand trade.") == [
        ("Nguyễn Đức Minh", "vietnam")]
    assert speakers("Nguyễn Đức Minh welcomed the results of the talks.") == [("Nguyễn Đức Minh", "vietnam")]
    # a visit of a person welcomed (lower-case words before the name: a view, heldout93 e1164)
    assert speakers("Nguyễn Đức Minh welcomed the state visit of General Secretary Tô Lâm.") == [
        ("Nguyễn Đức Minh", "vietnam")]


# --- probe 34p9 (figurative and idiomatic senses of field words: tests/probe34p9_data.py) ---


def test_probe34p9_calling_on_people_with_no_to_is_a_visit():
    # fixes: "called on a family of four", "called on veteran X at his home": a visit, no words
    assert sides("During his visit, Russian Ambassador Sergei Orlov called on a family of four in the "
                 "province.") == [N]
    assert sides("Russian Ambassador Sergei Orlov called on veteran Nguyen Van Ba at his home.") == [N]
    # must not touch: people urged to act, and a visit followed by a reporting verb
    assert sides("Russian Ambassador Sergei Orlov called on the two sides to expand trade.") == [R]
    assert sides("Russian Ambassador Sergei Orlov called on Vietnamese firms to invest in Russia.") == [R]
    assert sides("Russian Ambassador Sergei Orlov called on a family of veterans and said the friendship "
                 "will last.") == [R]


# --- the lead's fixes of stop 42 (heldout141, spent on the lead's round 35a) ---


def test_lead35_drawing_attention_to_a_matter_is_saying_it():
    # fixes: "The Vietnamese diplomat also drew attention to ..." after the diplomat is named (e1740)
    assert speakers("Vietnamese Deputy Foreign Minister Đặng Thị Hồng Vân received the Russian envoy.",
                    "The Vietnamese diplomat also drew attention to the effects of climate change.") == [
        (N, N), ("Đặng Thị Hồng Vân", V)]
    assert speakers("Russian Ambassador Sergei Orlov called attention to the growth of trade.") == [
        ("Sergei Orlov", R)]
    # must not touch: a matter that draws attention says nothing
    assert speakers("The exhibition drew attention from many visitors.") == [(N, N)]


# --- probe 35p3 (interviews, press conferences and statements in TASS and Sputnik copy) ---


def test_probe35p3_wrote_on_social_media_that_reports_words():
    # fixes: "X wrote on social media that ...", "wrote on his Telegram channel that", "posted on the
    # embassy's website that" (a place of writing between the verb and "that")
    assert sides("Russian Ambassador Gennady Bezdetkin wrote on social media that the festival had drawn "
                 "thousands.") == [R]
    assert sides("Russian Ambassador Gennady Bezdetkin wrote on his Telegram channel that the festival was a "
                 "success.") == [R]
    assert sides("Russian Ambassador Gennady Bezdetkin posted on the embassy's website that the festival was a "
                 "success.") == [R]
    # must not touch: a deed of writing, and a place then an object with a relative "that"
    assert sides("Russian Ambassador Gennady Bezdetkin wrote in the guest book of the museum.") == [N]
    assert sides("Russian Ambassador Gennady Bezdetkin wrote on the board the names of pupils that won.") == [N]
    assert sides("Russian Ambassador Gennady Bezdetkin wrote a letter to the students.") == [N]


# --- the lead's round 36e (people-to-people speakers, heldout139 spent) ---


def test_lead36_an_age_before_an_apposition_is_skipped():
    # fixes: "X, 21, from Hải Phòng, said": the age's comma opens the apposition after it
    assert speakers("Nguyễn Thu Hà, 21, from Hải Phòng, said the scholarship changed her life.") == [
        ("Nguyễn Thu Hà", V)]
    assert speakers("Nguyễn Thu Hà, 21, said the scholarship changed her life.") == [("Nguyễn Thu Hà", V)]
    # must not touch: a list of counts is no subject
    assert speakers("In 2019, 300 students, 40 teachers and 20 doctors joined the programme.") == [(N, N)]


# --- probe 35p4 (the long tail of sector wordings) ---


def test_probe35p4_speaking_on_the_sidelines_is_a_place_not_words():
    # fixes: "Volin spoke on the sidelines of the Russian Energy Week." (was russia: no words)
    opening = "Russia has good prospects in oil and gas, Russian Energy Minister Sergei Volin told reporters."
    assert sides(opening, "Volin spoke on the sidelines of the Russian Energy Week.") == [R, N]
    assert sides(opening, "Volin spoke on the eve of the visit.") == [R, N]
    # must not touch: "spoke on" a matter reports words; "spoke at" stays an act as before
    assert sides(opening, "Volin spoke on the need to expand energy cooperation.") == [R, R]
    assert sides(opening, "Volin spoke at the forum.") == [R, N]


# --- probe 35p2 (two sides and joint voices in one sentence: tests/probe35p2_data.py) ---


def test_probe35p2_welcoming_an_office_of_a_side_with_no_name_receives_a_guest():
    from speakers_helpers import speakers
    # fixes: "welcomed the Vietnamese Minister of Planning and Investment" (an office of a side, no name)
    # was the host's words; it receives a guest, as a person named does
    assert speakers("Lao Prime Minister Sonexay Sithong welcomed the Vietnamese Minister of Planning and "
                    "Investment on April 17.") == [("narrator", "narrator")]
    assert speakers("Lao Prime Minister Sonexay Sithong welcomed the Russian Ambassador.") == [("narrator", "narrator")]
    # must not touch: the office's proposal (a view), a body of a side
    assert speakers("Lao Prime Minister Sonexay Sithong welcomed the Vietnamese Minister's proposal to expand "
                    "trade.") == [("Sonexay Sithong", "laos")]
    assert speakers("Lao Prime Minister Sonexay Sithong welcomed the Vietnamese Government's decision to expand "
                    "trade.") == [("Sonexay Sithong", "laos")]


# --- probe 35p7 ---


def test_probe35p7_welcoming_him_receives_a_guest():
    # fixes: "X welcomed him at Nội Bài airport" (was X, vietnam): a person welcomed, a reception
    assert speakers("Head of the Party Central Committee's Commission for External Relations Trần Minh Đức "
                    "welcomed him at Nội Bài airport.") == [(N, N)]
    # must not touch: "her" as a possessive (a view welcomed); a reporting verb after the reception
    assert speakers("Head of the Party Central Committee's Commission for External Relations Trần Minh Đức "
                    "welcomed her proposal.") == [("Trần Minh Đức", V)]
    assert speakers("Trần Minh Đức welcomed him and said the visit was important.") == [("Trần Minh Đức", V)]
