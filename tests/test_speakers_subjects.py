"""Tests of :mod:`framing.speakers.subjects`: what the subject of a reporting verb names (a person, a pronoun, a pair, a country).

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

from speakers_helpers import (
    CUBA_SIDES,
    DM,
    GZ,
    SIDES,
    TL,
    J,
    N,
    R,
    V,
    _filed,
    _filed_speakers,
    _with_dateline,
    attributed,
    rules,
    sides,
    speakers,
)

from framing.config import Side

# === rule: `_organisers_side` ==================================================================
# --- round 20, heldout28 ---


def test_review13_the_organisers_of_an_event_nobody_is_said_to_organise_are_the_datelines():
    # review 13 (heldout28 e380): "..., the organisers said" in a report filed from the event's
    # country, which names no one who organised it, is the host's side (the dateline's)
    forum = "A Vietnamese delegation is taking part in the economic forum, the organisers said."
    assert _with_dateline("ST. PETERSBURG", "Vietnam wants Russian grain.", forum)[1] == ("the organisers", R)
    assert _with_dateline("HÀ NỘI", "Vietnam wants Russian grain.", forum)[1] == ("the organisers", V)
    # must not touch: an event the text says two bodies organised (both sides), no dateline
    both = "The forum was co-organised by the Russian Export Center and the Vietnam Chamber of Commerce."
    assert _with_dateline("ST. PETERSBURG", both, forum)[1] == ("both sides", J)
    assert _with_dateline("", "Vietnam wants Russian grain.", forum)[1] == ("both sides", J)


# --- spk8 ---


def test_spk8_the_organisers_are_of_the_side_the_text_says_organised_the_event():
    # the text may say who organised the event only after "the organisers told TASS": one side named
    # in that clause is the organisers'; a body of each side, or none after "by", is both sides
    op = "A week of Russian cinema opened on Friday, the organisers told TASS."
    russian = "The week, organised with support from the Russian Embassy and the Russian Centre of Culture, will travel."
    assert _with_dateline("HÀ NỘI", op, russian)[0] == ("the organisers", R)
    camp = "Teenagers from Russia and Vietnam opened a camp near Kazan, the organisers told TASS."
    unnamed = "The camp, organised by the Federal Agency for Youth Affairs together with the Youth Union, includes football."
    assert _with_dateline("KAZAN", camp, unnamed)[0] == ("both sides", J)
    both = "The week was organised by the Russian Embassy and the Vietnam Cinema Department."
    assert _with_dateline("HÀ NỘI", op, both)[0] == ("both sides", J)
    # must not touch: one body of a side and one of none is no side; a text that says nothing of
    # who organised the event keeps the dateline's side
    youth = "The week was co-organised by the Youth Union and the Communist Youth League of China."
    assert _with_dateline("HÀ NỘI", op, youth)[0] == ("both sides", J)
    forum = "A Vietnamese delegation is taking part in the economic forum, the organisers said."
    assert _with_dateline("ST. PETERSBURG", "Vietnam wants Russian grain.", forum, "It will close on Friday.")[1] == (
        "the organisers", R)


# === rule: `_role_office` ======================================================================
# --- spk15 ---


def test_spk15_the_voice_of_a_person_named_by_a_role():
    # fixes: "the president's press secretary", "the ambassador's spokesperson": the owner's side
    o = ("Russian President Ivan Petrov will visit Hà Nội, Kremlin Spokesman Oleg Sidorov said.",
         "Vietnamese Ambassador Nguyễn Văn An welcomed the news.")
    assert sides(*o, "The president's press secretary said the visit would last two days.",
                 "The ambassador's press secretary said an exhibition would open.")[-2:] == [R, V]
    # must not touch: a possessive that is no voice
    assert sides(*o, "The ambassador's visit to Moscow was praised.")[-1] == N


def test_probe16_the_press_service_of_a_body_of_a_side():
    # probe 16: "the Vietnamese embassy's press service said": the body's voice takes the body's side
    o = "The Vietnamese Embassy in Moscow hosted a reception, Vietnamese Ambassador Nguyen Van An said."
    assert sides(o, "The Vietnamese embassy's press service said talks went well.",
                 "The Russian government's press service said talks went well.") == [V, V, R]
    # must not touch: a body of no side the text gave, and a press service that only acts
    assert sides(o, "The company's press service said talks went well.",
                 "The delegation's press service visited the plant.") == [V, N, N]


# === rule: `_subject` ==========================================================================
# --- rules on made-up sentences ---


def test_pronouns_and_continuations_take_the_previous_speaker(actors):
    assert speakers("Zyuganov stressed unity.", "He added that more was possible.", actors=actors) == [
        (GZ, R),
        (GZ, R),
    ]
    assert speakers("Both sides agreed to meet.", "They also discussed trade.", actors=actors) == [
        ("both sides", J),
        ("both sides", J),
    ]
    assert speakers("Medvedev proposed a plan.", "This would include training.", actors=actors) == [
        (DM, R),
        (DM, R),
    ]
    # nothing before: a pronoun cannot be resolved
    assert speakers("He said nothing.", actors=actors) == [(N, N)]


def test_joint_subjects(actors):
    assert speakers("Tô Lâm and Medvedev emphasised the friendship.", actors=actors) == [(f"{TL} and {DM}", J)]
    assert speakers("The two sides agreed to meet.", actors=actors) == [("both sides", J)]
    # "the two leaders" are the last two people who spoke: joint only if their sides differ
    assert speakers("Tô Lâm stressed ties.", "Medvedev agreed.", "The two leaders expressed hope.",
                    actors=actors)[-1] == (f"{TL} and {DM}", J)
    assert speakers("Medvedev stressed ties.", "Zyuganov agreed.", "Both leaders expressed hope.",
                    actors=actors)[-1] == (f"{DM} and {GZ}", R)
    # without two earlier speakers the group keeps its label
    assert speakers("The two leaders expressed hope.", actors=actors) == [("the leaders", J)]


# --- rules added for issue 13 ---


def test_a_person_named_after_a_country_subject_is_the_speaker():
    sentence = (
        "Japan and Vietnam agreed Wednesday to protect trainees better, Japanese Minister "
        "Kenji Morimoto said after the talks."
    )
    out = attributed(sentence, sides=CUBA_SIDES)
    assert (out["speaker"][0], out["side"][0]) == ("Kenji Morimoto", "japan")
    # must not touch: countries alone remain a joint subject
    assert list(attributed("Japan and Vietnam agreed to expand trade.", sides=CUBA_SIDES)["side"]) == [J]


# --- issue 13, round 3, heldout2 ---


def test_a_person_after_a_group_subject_and_a_relative_clause():
    out = attributed(
        "Russian Deputy Minister Pavel Gromov met Hoang Van Dung, Deputy General Director of the Vietnamese firm.",
        "The two sides also agreed to set up a working group, the deputy minister added.",
        "Earlier, Dung met the chairman of the Belaya Rus party, Oleg Martynyuk, who proposed exchanges.",
        sides=(*SIDES, Side("belarus", "Belarus", countries=("Belarus",), adjectives=("Belarusian",),
                            parties=("Belaya Rus",))),
    )
    assert list(out["speaker"])[1:] == ["Pavel Gromov", "Oleg Martynyuk"]
    # must not touch: the group alone stays joint; a relative clause without a reporting verb says nothing
    assert sides("The two sides also agreed to set up a working group.") == [J]
    assert sides("Dung met the chairman of the firm, Oleg Martynyuk, who arrived on Monday.") == [N]


# --- issue 13, round 4 ---


def test_he_after_a_sentence_without_speech_is_its_subject():
    out = attributed("Party General Secretary Tô Văn Lâm received Russian Deputy Prime Minister Ivan Sorokin.",
                     "Lâm said the ties were strong.", "Sorokin later visited the Ho Chi Minh Mausoleum.",
                     "He said Russia values the friendship.")
    assert (out["speaker"][3], out["side"][3]) == ("Ivan Sorokin", R)
    # must not touch: "he" after a sentence with a speaker is that speaker; a sentence about nobody
    # leaves the last speaker
    out = attributed("Party General Secretary Tô Văn Lâm received Russian Deputy Prime Minister Ivan Sorokin.",
                     "Sorokin said the ties were strong.", "The talks lasted an hour.", "He said trade grew.")
    assert out["speaker"][3] == "Ivan Sorokin"
    out = attributed("Party General Secretary Tô Văn Lâm received Russian Deputy Prime Minister Ivan Sorokin.",
                     "Lâm said the ties were strong.", "He thanked Sorokin.")
    assert out["speaker"][2] == "Tô Văn Lâm"


# --- issue 13, round 5, heldout3 ---


def test_a_pair_of_roles_as_subject():
    out = attributed("Vietnamese Minister Nguyễn Văn Liêm received Russian Vice President Valentina Krugova.",
                     "The host and the guest agreed that science should grow.",
                     "The minister and the Russian scientist also discussed education.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Nguyễn Văn Liêm and Valentina Krugova", J)] * 2
    # must not touch: a role with an object ("The host thanked the guest") is the host alone
    out = attributed("Vietnamese Minister Nguyễn Văn Liêm received Russian Vice President Valentina Krugova.",
                     "The host thanked the guest for the visit.")
    assert (out["speaker"][1], out["side"][1]) == ("Nguyễn Văn Liêm", V)


# --- round 7 ---


def test_the_leader_of_a_delegation_is_the_next_she():
    out = attributed("Russian Minister Ivan Belov said ties were strong.",
                     "The Vietnamese delegation was led by Vice President Đỗ Thị Hoa.", "She said ties grew.")
    assert (out["speaker"][2], out["side"][2]) == ("Đỗ Thị Hoa", V)
    # must not touch: "maintained" with an object is no speech
    assert sides("The CPRF has maintained relations with the CPV since 1993.") == [N]


# --- round 10, heldout8 ---


def test_a_reporting_pronoun_between_commas_speaks_for_the_two_sides():
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    out = attributed(o, "The two sides, he said, would set up a working group.")
    assert (out["speaker"][1], out["side"][1]) == ("Đinh Văn Quân", V)
    # must not touch: the two sides alone, or with a clause between commas
    assert sides(o, "The two sides agreed to meet again in June.")[1] == J
    assert sides(o, "The two sides, which met in Vientiane, agreed to build a line.")[1] == J


# --- round 16, heldout17, heldout18 ---


def test_round16_the_two_alone_before_a_verb_of_speech_is_the_pair():
    # round 16: "The two discussed oil and gas", "Both agreed": the two people who spoke last, as "the
    # two ministers"
    o = "Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An."
    assert speakers(o, "The two discussed oil and gas.")[1] == ("Ivan Petrov and Lê Văn An", J)
    assert speakers(o, "The two also agreed to meet again.")[1] == ("Ivan Petrov and Lê Văn An", J)
    assert speakers(o, "Both agreed to promote cooperation.")[1] == ("Ivan Petrov and Lê Văn An", J)
    assert speakers(o, "Both are members of the club.")[1] == (N, N)
    # must not touch: a verb of no speech, "the two countries" (both sides), "the two" with a noun
    assert speakers(o, "The two met in Hà Nội on Monday.")[1] == (N, N)
    assert speakers(o, "The two countries discussed trade.")[1] == ("both sides", J)
    assert speakers(o, "The two sites opened in May.")[1] == (N, N)


# --- round 20, heldout28 ---


def test_review13_the_field_ministry_is_the_one_of_the_minister_of_that_field():
    # review 13 (heldout2 e68): "..., the defence ministry said" with no side word: the ministry of
    # the ministers whose title holds "defence", here one side's ("his Vietnamese counterpart
    # General X" holds no field); the ministry's words win over "The two ministers" before them
    india = SIDES + (Side("india", "India", countries=("India",), adjectives=("Indian",)),)
    menon = "Indian Defence Minister Rajiv Menon held talks with his Vietnamese counterpart General Phùng Văn Cường."
    said = "The two ministers also reviewed space research, the defence ministry said in a statement."
    assert speakers(menon, said, sides=india)[1] == ("the defence ministry", "india")
    # must not touch: ministers of that field on two sides, another field (the two ministers)
    both = "Indian Defence Minister Rajiv Menon met Vietnamese Defence Minister Phùng Văn Cường."
    assert speakers(both, said, sides=india)[1][1] == J
    assert speakers(menon, said.replace("defence", "trade"), sides=india)[1][1] == J


# --- speaker probe 9 ---


def test_probe9_they_after_each_side_spoke_in_turn_is_both_sides():
    # probe 9: a joint statement's "The Russian side expressed ... The Vietnamese side welcomed ...
    # They agreed ...": "they" is no single side
    russian, vietnamese = "The Russian side expressed its readiness to supply grain.", "The Vietnamese side welcomed Russian investment."
    assert speakers(russian, vietnamese, "They agreed to boost cooperation in science.")[2] == ("both sides", J)
    # must not touch: "they" after one side spoke alone stays that side
    assert speakers("Russian officials said trade grew.", "The Russian side welcomed investment.",
                    "They agreed to boost cooperation.")[2] == ("The Russian side", R)


# === rule: `_local_leader` =====================================================================
# --- spk15 ---


def test_spk15_a_local_leader_nobody_named_takes_the_side_of_the_place():
    # fixes: "In Champasak, the provincial leader thanked ...": no person "In Champasak"; the place
    # (after "of", or opening the sentence) tells the side by its spelling, kept when named again
    got = speakers("Laos welcomed aid from Vietnam.", "In Champasak, the provincial leader thanked the Vietnamese side.",
                   "The provincial leader said a new school would open.")
    assert [s for _, s in got] == ["laos", "laos", "laos"]
    assert sides("Russia and Vietnam held talks.", "The provincial leader of Quảng Trị said tourists were welcome.",
                 "The provincial leader added that flights would help.") == [N, V, V]
    # must not touch: a named person after a regional branch of a party, a titled person after "In X,"
    assert speakers("Secretary of the Moscow regional branch of United Russia Ivan Petrov said ties were strong.") == [
        ("Ivan Petrov", R)]
    assert speakers("Laos welcomed aid from Vietnam.", "In Champasak, Governor Viengthong Siphandone said the aid arrived.")[1] == (
        "Viengthong Siphandone", "laos")


def test_review26_a_local_leader_after_a_month_or_a_capital_that_opens_the_sentence():
    # fixes (spk15's local leader by the place the sentence opens with): "In March, ..." is a time,
    # no place; a capital has its country's side whatever its spelling
    o = "A Russian delegation visited Việt Nam last week."
    assert sides(o, "In March, the provincial leader thanked the guests.") == [N, N]
    assert sides(o, "In Hanoi, the city leader thanked the guests.") == [N, V]
    # must not touch: a place spelled the Vietnamese way, or not
    assert sides(o, "In Quảng Ninh, the provincial leader thanked the guests.") == [N, V]
    assert sides(o, "In Kazan, the provincial leader thanked the guests.") == [N, R]


# === rule: `_MISSIONS` =========================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_a_mission_speaks_for_the_side_of_its_head():
    # round 16: "the consulate added" after "Vietnamese Consul General X", "the embassy" after an ambassador
    o = "Russian Ambassador Ivan Petrov met Vietnamese Consul General Lê Văn An."
    assert speakers(o, "Flights will resume, the consulate added.")[1] == ("the consulate", V)
    assert speakers(o, "Flights will resume, the embassy added.")[1] == ("the embassy", R)
    # must not touch: a mission with its own side word, nobody heading a mission, no verb of speech
    assert speakers(o, "Flights will resume, the Chinese embassy added.")[1] == ("the Chinese embassy", "china")
    assert speakers("Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An.",
                    "Flights will resume, the consulate added.")[1] == (N, N)
    assert speakers(o, "The consulate opened in 2010.")[1] == (N, N)


# === rule: `_full_name_at` =====================================================================
# --- round 16, heldout17, heldout18 ---


def test_round16_a_full_name_that_opens_with_a_pronoun_is_the_person():
    # round 16: "He Wei said": the ambassador He Wei, not "he" (the last speaker)
    o = ("Vietnamese Deputy Prime Minister Nguyễn Hòa Bình hosted Chinese Ambassador He Wei.",
         "Bình asked the embassy to help.")
    assert speakers(*o, "He Wei said China was ready to import more.")[2] == ("He Wei", "china")
    # must not touch: "He" alone is the last speaker; "He said" after He Wei spoke is He Wei by the pronoun
    assert speakers(*o, "He said China was ready to import more.")[2] == ("Nguyễn Hòa Bình", V)
    assert speakers(*o, "He Wei said trade grew.", "He said trade grew.")[3] == ("He Wei", "china")
    assert speakers("Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An.", "He said trade grew.")[1] == (
        "Ivan Petrov", R)


# === rule: `_of_both` ==========================================================================
# --- issue 13, round 4 ---


def test_a_plural_role_is_the_two_people_who_spoke_last():
    out = attributed("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.",
                     "The diplomats discussed a nuclear plant.")
    assert (out["speaker"][3], out["side"][3]) == ("Pavel Gromov and Đặng Minh Khôi", J)
    # must not touch: "the guests" still answer the guest
    out = attributed("Party chief Trần Văn Bình received Russian Deputy Minister Ivan Petrov.",
                     "The guests said trade grew.")
    assert out["speaker"][1] == "Ivan Petrov"


# --- issue 13, round 5, heldout3 ---


def test_they_after_one_speaker_is_the_pair():
    out = attributed("Vietnamese Deputy Minister Đỗ Văn Tân held talks with Russian Deputy Minister Gennady Sirov.",
                     "Sirov proposed joint exercises.", "The two deputy ministers then signed a plan.",
                     "They agreed to meet again in Moscow.")
    assert (out["speaker"][3], out["side"][3]) == ("Đỗ Văn Tân and Gennady Sirov", J)
    # must not touch: "he" after one speaker is that speaker
    out = attributed("Vietnamese Deputy Minister Đỗ Văn Tân held talks with Russian Deputy Minister Gennady Sirov.",
                     "Sirov proposed joint exercises.", "He agreed to meet again in Moscow.")
    assert (out["speaker"][2], out["side"][2]) == ("Gennady Sirov", R)


# --- round 7 ---


def test_trades_in_the_plural_are_not_the_last_pair():
    out = attributed("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.", "The scientists said the plant was safe.")
    assert (out["speaker"][3], out["side"][3]) == (N, N)
    # must not touch: two people of that title are the pair
    out = attributed("Russian Academician Pavel Gromov met Vietnamese Academician Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.", "The academicians said the plant was safe.")
    assert out["side"][3] == J


# --- round 14, heldout13, heldout14 ---


def test_both_before_a_plural_title_is_the_pair():
    # round 14: "Both Deputy Prime Ministers agreed" as "the two deputy prime ministers"
    o = "Vietnamese Deputy Prime Minister Trần Hồng Hà met Lao Deputy Prime Minister Saleumxay Kommasith."
    assert speakers(o, "Both Deputy Prime Ministers agreed to meet again.")[1] == (
        "Trần Hồng Hà and Saleumxay Kommasith", J)
    # must not touch: plural bodies, places
    assert sides(o, "Both Party Committees agreed to meet again.") == [N, N]
    assert sides("Both Hanoi and Vientiane hosted fairs.") == [N]


# --- round 15, heldout16 ---


def test_both_before_a_plural_title_takes_only_two_people():
    # round 14 "Both Deputy Prime Ministers": joint only for two people of two sides, else their side
    o = "Vietnamese Deputy Prime Minister Trần Hồng Hà met Lao Deputy Prime Minister Saleumxay Kommasith."
    assert speakers(o, "Both Deputy Prime Ministers said aid would come.")[1] == (
        "Trần Hồng Hà and Saleumxay Kommasith", J)
    v = "Vietnamese Deputy Prime Minister Lê Văn Hải met Vietnamese Deputy Prime Minister Trần Văn Bình."
    assert speakers(v, "Both Deputy Prime Ministers said aid would come.")[1] == (
        "Lê Văn Hải and Trần Văn Bình", "vietnam")
    # must not touch: nobody named, so no pair to take and no joint side
    assert speakers("Vietnam's two Deputy Prime Ministers met farmers.",
                    "Both Deputy Prime Ministers said aid would come.") == [(N, N), (N, N)]


# --- round 16, heldout17, heldout18 ---


def test_round16_plural_role_of_the_two_countries_is_the_pair():
    # round 16: "the transport ministers of the two countries agreed": the two ministers named
    o = "Vietnamese Minister Lê Văn An met Lao Minister Khamsouk Vongdala."
    assert speakers(o, "Trade will grow, the transport ministers of the two countries agreed.")[1] == (
        "Lê Văn An and Khamsouk Vongdala", J)
    assert speakers(o, "The ministers of both sides agreed to meet.")[1] == ("Lê Văn An and Khamsouk Vongdala", J)
    # must not touch: no word of speech, a field after "of", two provinces (no pair of sides)
    assert speakers(o, "The ministers of the two countries met farmers.")[1] == (N, N)
    assert speakers(o, "The ministers of agriculture agreed to meet.")[1] == (N, N)
    assert speakers(o, "The ministers of the two provinces agreed to meet.")[1] == (N, N)


# --- probe 14 ---


def test_probe14_heads_of_the_two_delegations_are_the_pair():
    # "the heads of the two delegations/parliaments" are the two people, as "of the two ministries"
    opening = "Deputy Minister Nguyễn Văn An and Russian Deputy Minister Ivan Petrov met in Moscow."
    assert speakers(opening, "The heads of the two delegations agreed to widen trade.")[1] == (
        "Nguyễn Văn An and Ivan Petrov", J)
    assert speakers(opening, "The heads of both delegations said tourism was growing.")[1][1] == J
    # an action of the heads is no speech; one head is that person
    assert speakers(opening, "The heads of the two delegations signed a memorandum on trade.")[1] == (N, N)
    assert speakers(opening, "The head of the Russian delegation said energy mattered.")[1] == ("Ivan Petrov", R)


# --- review 22 ---


def test_review22_two_committees_are_a_pair_only_when_named_so():
    # must not touch: two committees of one country are no pair of the two sides
    opening = "Russian Ambassador Pavel Orlov met Nguyễn Văn An."
    assert speakers(
        opening, "The National Assembly's Foreign Affairs Committee and Economic Committee held a session.",
        "The heads of the two committees said the law was ready.",
    )[2] == (N, N)
    # still the pair: commissions named with the two sides' words; delegations as probe 14
    assert speakers(
        opening, "The Vietnamese commission and the Russian commission met in Hà Nội.",
        "The heads of the two commissions said the plan was ready.",
    )[2] == ("Pavel Orlov and Nguyễn Văn An", J)
    assert speakers(opening, "The heads of the two delegations agreed to widen trade.")[1][1] == J


# === rule: `_pair_subject` =====================================================================
# --- rules added for issue 13 ---


def test_the_two_and_a_plural_noun_before_a_reporting_verb_is_joint():
    intro = (
        "Vietnamese Foreign Minister Lê Quang Vinh held talks with Russian Deputy Foreign Minister "
        "Nikolai Zotov."
    )
    said = ("Vinh said trade grew.", "Zotov noted that energy ties were strong.")
    out = attributed(intro, *said, "The two deputy chiefs of diplomacy agreed to meet every year.")
    assert (out["speaker"][3], out["side"][3], out["rule"][3]) == ("Lê Quang Vinh and Nikolai Zotov", J, "group")
    # must not touch: no reporting verb
    assert sides(intro, *said, "The two deputy chiefs of diplomacy signed a protocol.")[3:] == [N]


# --- round 7 ---


def test_a_pair_named_by_a_capitalised_title():
    # round 8: "PMs" is a title word, so "the two Deputy PMs" is the pair, not a person named "PMs"
    out = attributed("Deputy Prime Minister Trịnh Minh Khoa and Russian Deputy Prime Minister Yevgeny Korolyov "
                     "co-chaired the session.", "Khoa said trade grew.", "Korolyov said Russia was ready.",
                     "The two Deputy PMs agreed to complete a roadmap.")
    assert out["side"][3] == J and out["rule"][3] == "group"
    # must not touch: capitalised words that are no title (a name) make no pair
    out = attributed("Deputy Prime Minister Trịnh Minh Khoa and Russian Deputy Prime Minister Yevgeny Korolyov "
                     "co-chaired the session.", "Khoa said trade grew.", "The two Koreas agreed to talk.")
    assert out["side"][2] == N


# --- round 23a, heldout35 ---


def test_probe11_a_pair_longer_than_a_group_phrase():
    # fixes: "the two heads" and "the two party" (of "parties") are group phrases that only open a
    # longer pair; the whole pair before its verb is the two people who spoke last (joint)
    met = "Vietnamese Prime Minister Pham Minh Chinh met Russian Prime Minister Mikhail Mishustin."
    assert sides(met, "The two heads of government agreed to expand education.")[1] == J
    assert sides(met, "The two party leaders agreed to expand education.")[1] == J
    assert sides(met, "The two heads of the delegations noted progress in trade.")[1] == J
    # must not touch: the group phrase itself before its verb, and a group phrase with no verb after
    assert speakers(met, "The two sides agreed to expand education.")[1] == ("both sides", J)
    assert sides(met, "The two parties' newspapers published articles on education.")[1] == N


# === rule: `_officials_of_both` ================================================================
# --- round 26b, heldout55 ---


def test_r26b_officials_of_both_sides_as_a_plural_subject():
    # fixes: "China and Vietnam will ..., officials from the two countries said", "Russian and
    # Vietnamese officials agreed ..." (were narrator)
    assert sides("China and Vietnam will expand rail links, officials from the two countries said.") == [J]
    assert sides("In December, Russian and Vietnamese experts agreed to expand the centre.") == [J]
    assert sides("Officials of both countries said the venture was a model.") == [J]
    # must not touch: officials of one side, of a ministry, people of one side twice
    assert sides("China and Vietnam will expand rail links, Vietnamese officials said.") == [V]
    assert sides("Vietnam will expand rail links, officials of the ministry visited the site.") == [N]
    assert sides("Russian and Russian-trained experts met in Hanoi.") == [N]


# === rule: `_two_bodies` =======================================================================
# --- round 26b, heldout55 ---


def test_r26b_two_bodies_of_two_sides_before_a_reporting_verb():
    # fixes: "The Ministry of Science and Technology and the Russian Science Foundation announced ..."
    # (a ministry named bare in Hanoi copy, a Russian body: both sides; was narrator)
    o = "Vietnamese and Russian scientists met."
    assert _filed(o, "The Ministry of Science and Technology and the Russian Science Foundation (RSF) on "
                     "Thursday announced the winners.", dateline="HÀ NỘI") == [N, J]
    # must not touch: bodies of one side, a deed, a body of no side
    assert _filed(o, "The Russian Embassy and the Russian Science Foundation announced the winners.",
                  dateline="HÀ NỘI")[1] != J
    assert _filed(o, "The Ministry of Science and Technology and the Russian Science Foundation signed a deal.",
                  dateline="HÀ NỘI") == [N, N]


# === rule: `_speech_participle` ================================================================
# --- round 26b, heldout55 ---


def test_r26b_with_people_voicing_it_in_an_absolute_clause():
    # fixes: "..., with leaders of both countries hailing it as a flagship" (was narrator)
    assert sides("The venture marked its 40th anniversary, with leaders of both countries hailing it as a flagship.") == [J]
    assert sides("The plant opened, with officials of the two countries praising it as a model.") == [J]
    # must not touch: people doing something else
    assert sides("The plant opened, with officials of the two countries attending.") == [N]
    assert sides("The plant opened, with officials of the two countries touring the site.") == [N]


# === rule: `_plural_people` ====================================================================
# --- probe 14 ---


def test_probe14_impersonal_report_at_a_meeting_is_both_sides():
    opening = "Vietnamese and Russian officials held talks in Hà Nội."
    assert speakers(opening, "It was stressed at the meeting that trade should grow faster.")[1] == ("both sides", J)
    assert speakers(opening, "It was noted at the talks that tourism had recovered.")[1] == ("both sides", J)
    assert rules(opening, "It was emphasised during the session that energy ties matter.")[1] == "impersonal:group"
    # no gathering named: nobody reported as saying it (spk11); a report is no meeting
    assert speakers(opening, "It was noted that tourism had recovered.")[1] == (N, N)
    assert speakers(opening, "It was stressed in the report that trade should grow.")[1] == (N, N)


# === rule: `_joint_leaders` ====================================================================
# --- round 7 ---


def test_leaders_of_two_places_and_a_provincial_source():
    out = attributed("Leaders of the border province of Lạng Sơn and China's Yunnan province agreed to open a gate.",
                     "Chairman of the provincial People's Committee Hồ Tiến Dũng said trade grew.",
                     "According to the provincial Department of Industry and Trade, trucks crossed daily.")
    assert list(out["side"]) == [J, V, V]
    # must not touch: one leader of one place
    assert sides("The leader of Lạng Sơn province agreed to open a gate.") == [N]


def test_leaders_of_two_places_of_one_side_are_that_side():
    # review of round 7: two places joined by "and" are both sides only when their sides differ
    assert sides("Officials of the Russian Ministry of Energy and Rosatom said trade grew.",
                 "Leaders of Hà Nội and Hồ Chí Minh City agreed to open a route.",
                 "Representatives of Russian firms and banks said trade grew.",
                 "Leaders of the Vietnamese community and students agreed to meet.") == [R, V, R, V]
    # the example the rule was made for: a place spelled the Vietnamese way and a Chinese one
    assert sides("Leaders of the border province of Lạng Sơn and China's Yunnan province agreed to open a gate.") == [J]


# --- round 13, heldout10, heldout12 ---


def test_review6_leaders_of_a_foreign_place_of_vietnamese_syllables():
    # review 6: "Hong Kong" is no Vietnamese place; without marks a place word must stand beside it
    assert sides("Leaders of Hong Kong and China's Guangdong province agreed to open a gate.") == [N]
    assert sides("Officials of Hong Kong and Russia's Primorye region agreed to expand trade.") == [N]
    # still: a Vietnamese place without marks by its place word, and two places of the side
    assert sides("Leaders of the border province of Lang Son and China's Yunnan province agreed to open a gate.") == [J]
    assert sides("Leaders of Lang Son province and Russia's Primorye region agreed to expand trade.") == [J]
    assert sides("Leaders of Ha Noi and Ho Chi Minh City agreed to open a route.") == [V]


# --- probe 38p4 (party bodies, party names and other senses of 'party') ---


def test_probe38p4_institutions_of_two_countries_before_of():
    # fixes: "The central banks of Việt Nam and Russia agreed": bodies of two sides, as "X and Y
    # agreed", were the narrator's (only a role word, "leaders", "governments", opened the rule)
    assert sides("The central banks of Việt Nam and Russia agreed to settle trade in roubles and đồng.") == [J]
    assert sides("The customs agencies of Việt Nam and Russia have agreed to share data.") == [J]
    # must not touch: a body's capitalised name, one body of one side and another, no verb of speech
    assert sides("The Ministries of Industry and Trade of Việt Nam and Russia agreed to share data.") == [N]
    assert sides("The central bank of Việt Nam and Russia's Sberbank agreed to share data.") == [N]
    assert sides("The national parks of Việt Nam and Laos attract many tourists.") == [N]


# === rule: `_plural_word` ======================================================================
# --- round 23a, heldout35 ---


def test_probe11_a_plural_role_noun_before_of():
    # fixes: "The heads of government agreed": the role's noun before "of" is plural, so the pair
    met = "Vietnamese Prime Minister Pham Minh Chinh met Russian Prime Minister Mikhail Mishustin."
    assert sides(met, "The heads of government agreed to expand education.")[1] == J
    # must not touch: the singular role is the last prime minister named
    assert speakers(met, "The head of government said education mattered.")[1] == ("Mikhail Mishustin", R)


# --- round 27a (issue 13: tuned on heldout47, ministry-to-ministry copy) ---------------------------

def test_round27a_a_body_named_in_full_is_no_anaphor():
    # fixes: "the Ministry of Public Security" in full after "the Russian ministry": its own name and
    # the dateline tell whose it is, not the last ministry named with a side word
    assert _with_dateline("HÀ NỘI", "Deputy Minister of Public Security Lê Quốc Hùng met Russian Deputy Interior "
                          "Minister Igor Zubov.", "The Russian ministry will train Vietnamese police officers, Zubov "
                          "said.", "According to the Ministry of Public Security, cybercrime cases rose by 20 per "
                          "cent.")[2][1] == V
    # must not touch: "the ministry" alone points back to the ministry named with a side word
    assert _with_dateline("HÀ NỘI", "Zubov met Vietnamese police officers.", "The Russian ministry will train them.",
                          "The ministry said training would start in May.")[2][1] == R


# === Probe 27: precision and sides in TASS, Xinhua and KPL copy =================================
# (sentences written for the tests)

def test_probe27_a_bodys_website_speaks_for_it():
    # fixes: "..., the CPRF website said" (was both sides: the sentence's first subject)
    assert _filed_speakers("The sides discussed party building, the CPRF website said.")[0][1] == "russia"
    # must not touch: a website of no side named
    assert _filed_speakers("The website said the visa rules would change.")[0][1] == "narrator"


# --- round 28e (heldout64) ---


def test_r28e_participants_named_by_their_event_are_both_sides():
    # fixes: "The meeting participants also discussed ...": the participants, as "the participants"
    assert speakers("The two ministers met in Moscow.",
                    "The meeting participants also discussed the Russian Language Olympiad.")[1] == (
        "both sides", J)
    # must not touch: a verb of no speech after them
    assert speakers("The meeting was held in Moscow.",
                    "The participants of the meeting in Moscow signed nothing.")[1] == ("narrator", N)


# --- round 28g (heldout59) ---


def test_r28g_the_ministry_of_the_ministers_named_before():
    from speakers_helpers import _with_dateline
    # fixes: "the ministry said" after "Lao Minister of Education and Sports X" and no ministry named
    opening = "Lao Minister of Health Bounmy Phommavong received Vietnamese Ambassador Nguyễn Bá Hùng."
    assert _with_dateline("", opening, "This year, the ministry said, 300 Lao doctors trained in Vietnam.")[1][1] == "laos"
    # must not touch: ministers of two sides named before; a prime minister heads no ministry
    two = "Lao Minister of Health Bounmy Phommavong met Vietnamese Minister of Health Đào Hồng Lan."
    assert _with_dateline("", two, "This year, the ministry said, 300 doctors trained abroad.")[1] == (N, N)
    pm = "Lao Prime Minister Sonexay Siphandone received Vietnamese Ambassador Nguyễn Bá Hùng."
    assert _with_dateline("", pm, "This year, the ministry said, 300 doctors trained abroad.")[1] == (N, N)


# --- round 29e (heldout68) ---


def test_r29e_people_of_a_body_speak_for_its_side():
    from speakers_helpers import speakers
    # fixes: plural people "of"/"from" a body named with its side, or placed in a side's country
    made = "Officials of the Lao Ministry of Education proposed that Vietnam admit more students."
    assert speakers(made)[0][1] == "laos"
    made = "Representatives of the Russian Ministry of Transport said the two sides would open more routes."
    assert speakers(made)[0][1] == R
    made = "Officials of the Dongxing Customs in China's Guangxi region proposed that the two sides expand trade."
    assert speakers(made)[0][1] == "china"
    # must not touch: a body of no side, both sides, or no verb of speech
    assert speakers("Officials of the ministry proposed that Vietnam admit more students.")[0] == (N, N)
    assert speakers("Officials of the two ministries proposed that Vietnam admit more students.")[0][1] != "laos"
    assert speakers("Students of the Hanoi University in Vietnam performed songs at the gala.")[0] == (N, N)


# --- round 32h (heldout103) ---


def test_r32h_the_organisers_are_whoever_the_sentence_says_held_the_event():
    # fixes: "X held/hosted an event ..., the organisers said" in a report filed from the other
    # side's country: the organisers are X's side, not the dateline's
    held = "Vietnam's tourism authority held a roadshow in Kazan on Friday for tour operators, the organisers said."
    assert _with_dateline("KAZAN", held, "Vietnam wants more Russian visitors.")[0] == ("the organisers", V)
    hosted = "The Russian Embassy hosted a film evening in Hà Nội on Monday, the organisers told reporters."
    assert _with_dateline("HÀ NỘI", hosted, "Russia wants more visitors.")[0] == ("the organisers", R)
    # must not touch: a passive names no organiser (the dateline's side stays), nor two sides
    passive = "A roadshow of Vietnam was held in Kazan on Friday, the organisers said."
    assert _with_dateline("KAZAN", passive, "Vietnam wants more Russian visitors.")[0] == ("the organisers", R)
    two = "Vietnamese and Russian firms held a fair in Kazan on Friday, the organisers said."
    assert _with_dateline("KAZAN", two, "Vietnam wants more Russian visitors.")[0] == ("the organisers", R)


def test_r32h_a_sides_body_placed_in_the_other_country_speaks_for_its_side():
    # fixes: "the <side> <source> in <place> said": the place is where the body sits, not its side
    assert speakers("Forty firms are showing fruit at the fair, the Vietnamese trade mission in Russia said.")[0][1] == V
    assert speakers("Exports grew by a third, Russian officials in Hanoi said.")[0][1] == R
    # must not touch: no verb of speech after the place
    assert speakers("Vietnamese officials in Moscow attended the fair.")[0] == (N, N)


# --- review 45 ---
def test_review45_a_side_held_talks_with_is_no_organiser():
    # fixes: r32h read the one side before an active "held" as the organisers' even when the act had a
    # partner named with "with" after the verb: no one organiser
    assert speakers("Vietnam held talks with Russia on the film week, which opened in Moscow, the organisers said."
                    ) != [("the organisers", "vietnam")]
    assert sides("Vietnam held a meeting with the Russian side on the fair, the organisers said.") != ["vietnam"]
    # must not touch: one side held the event, a place after "in" (r32h)
    assert speakers("Vietnam's tourism agency held a roadshow in Kazan on Monday, the organisers said.") == [
        ("the organisers", "vietnam")]


# --- probe 33p1 ---
def test_probe33p1_with_both_sides_agreeing_is_their_agreement():
    # fixes: "..., with both sides agreeing to ..." (a participle in "-eeing": "agreed"; was narrator)
    assert sides("Prime Minister Phạm Minh Tuấn received Russian Deputy Prime Minister Oleg Karpov in Hà Nội "
                 "on March 4, with both sides agreeing to boost cooperation in energy.") == [J]
    # must not touch: a participle of no reporting verb after the sides ("seeing"), people attending
    assert sides("The ministers met in Hà Nội, with both sides seeing room for growth.") == [N]
    assert sides("The plant opened, with officials of the two countries attending.") == [N]


# --- probe 34p1 (real agency copy's furniture) ---


def test_probe34p1_a_headline_pair_joined_by_a_comma_is_both_sides():
    # fixes: "Vietnam, Laos pledge ..." is "Vietnam and Laos pledge ..."; a comma list of three too
    assert speakers("Vietnam, Laos pledge stronger ties in energy.") == [("vietnam and laos", J)]
    assert speakers("Vietnam, Laos and China agreed to meet.") == [("vietnam and laos and china", J)]
    # must not touch: a place before the comma, and one side's source after both sides' clause
    assert speakers("In Vietnam, Russia said trade grew.") == [(R, R)]
    assert speakers("Russia and Vietnam agreed to boost trade, the Kremlin press service said.") == [(R, R)]


def test_probe34p4_a_field_before_the_plural_role_of_both_sides():
    # probe 34p4: "The Vietnamese and Russian transport ministers agreed": a field of at most three
    # lower-case words between the two side adjectives and the plural role is still both sides
    assert sides("The Vietnamese and Russian transport ministers agreed to reopen the shipping route.") == [J]
    assert sides("Vietnamese and Russian oil and gas experts agreed to widen exploration.") == [J]
    assert sides("The Vietnamese and Russian ministers agreed to reopen the route.") == [J]
    # must not touch: a plural noun of no role (companies), no reporting verb after the role
    assert sides("Vietnamese and Russian transport companies agreed to reopen the route.") == [N]
    assert sides("Vietnamese and Russian transport ministers met in Hanoi on Monday.") == [N]


def test_probe34p4_the_ambassador_nobody_named_is_the_embassys():
    # probe 34p4: "The ambassador said" with no ambassador named: the side of the one embassy the
    # report named with a side word before (was narrator)
    reception = "The Russian Embassy in Vietnam held a reception on Thursday to mark Russia Day."
    assert speakers(reception, "The ambassador said bilateral trade turnover rose by 15 percent.")[1] == (
        "The ambassador", R)
    assert sides("The Embassy of Russia held a reception.", "The ambassador said trade rose.") == [N, R]
    # must not touch: an ambassador named (that person), embassies of two sides, an embassy of no side
    assert speakers("Russian Ambassador Ivan Petrov visited the Vietnamese Embassy.",
                    "The ambassador said trade rose.")[1] == ("Ivan Petrov", R)
    assert sides("The Vietnamese Embassy and the Russian Embassy held a joint event.",
                 "The ambassador said trade rose.") == [N, N]
    assert sides("The embassy held a reception.", "The ambassador said trade rose.") == [N, N]


def test_probe34p7_the_ministry_of_two_sides_ministers_is_the_one_its_sentence_opens_with():
    # fixes: "Russian Minister X held talks with Vietnamese Minister Y, the ministry's press service reported":
    # ministers of two sides named; the ministry is that of the minister the sentence opens with
    o = "Russian Minister of Agriculture Olga Zueva held talks with Vietnamese Minister of Agriculture Pham Van Duc, "
    assert _filed_speakers(o + "the ministry's press service reported.") == [("the ministry's press service", R)]
    assert _filed_speakers(o + "the ministry said.") == [("the ministry", R)]
    # must not touch: the ministers named in an earlier sentence (which ministry is unsure)
    assert _filed_speakers("Vietnamese Minister of Agriculture Pham Van Duc met Russian Minister of Agriculture "
                           "Olga Zueva.", "Trade grew, the ministry said.") == [(N, N), (N, N)]


def test_probe34p5_the_ambassador_unnamed_heads_the_embassy_named_before():
    # fixes: "The ambassador said" with no ambassador named: the embassy the text named with a side word
    assert speakers(
        "The Vietnamese Embassy in Laos presented 200 bicycles to pupils on June 1.",
        "The ambassador said the gift reflects Vietnam's care for education.",
    )[1] == ("The ambassador", V)
    # must not touch: no embassy named (nobody), and an ambassador named before (him)
    assert speakers(
        "Pupils in Bolikhamxay received 200 bicycles on June 1.",
        "The ambassador said the gift reflects care for education.",
    )[1] == (N, N)
    assert speakers(
        "The Vietnamese Embassy in Laos presented bicycles to pupils, attended by Russian Ambassador Ivan Petrov.",
        "The ambassador said the gift reflects care for education.",
    )[1] == ("Ivan Petrov", R)


def test_probe34p5_the_visitors_are_the_delegation_received_from_a_side():
    host = "Chairman of the municipal People's Committee Nguyen Van Tung hosted a delegation from Russia's Primorsky region."
    # fixes: "The visitors said" (plural) after a delegation received "from" a side: that side, not the host
    assert sides(host, "He said the city wants shipping routes.", "The visitors said Primorsky wants more tourism.") == [
        N, V, R]
    assert sides(host, "The guest said Primorsky wants more tourism.") == [N, R]
    # must not touch: the host himself, and a delegation from no side (the guest as before)
    assert sides(host, "The host said the city wants more tourism.") == [N, V]
    assert sides("Chairman Nguyen Van Tung hosted a delegation from the region.",
                 "The visitors said they want more tourism.")[1] != R


# --- probe 34p9 (figurative and idiomatic senses of field words: tests/probe34p9_data.py) ---


def test_probe34p9_a_capitalised_body_word_in_a_pair():
    # fixes: "The two Party delegations pledged": a pair, as "the two party delegations"
    assert sides("The two Party delegations pledged to nurture the friendship.") == [J]
    assert sides("The two Government delegations agreed to expand trade.") == [J]
    # must not touch: the lower-case pair, a name after "the two", a pair of one side
    assert sides("The two party delegations pledged to nurture the friendship.") == [J]
    assert sides("The two Koreas agreed to hold talks.") == [N]
    assert sides("The two Russian delegations agreed to expand trade.") == [N]


def test_probe34p10_the_guests_of_a_delegation_of_a_side_or_from_a_capital():
    from speakers_helpers import _filed
    # fixes: "received a delegation of the United Russia party ... The guests said" gave the host
    # (was vietnam); the side after "of" (or a capital after "from"/"of") is the delegation's
    assert _filed("Politburo member Bùi Thị Lan received a delegation of the United Russia party.",
                  "The guests said the party will send cadres to Vietnam to study.",
                  dateline="HÀ NỘI", agency="Nhân Dân") == ["narrator", "russia"]
    assert _filed("Chairman Trần Quốc Hưng received a delegation from Moscow.",
                  "The guests said Russia wants more flights.", dateline="HÀ NỘI", agency="VNA") == [
                      "narrator", "russia"]
    # must not touch: a capital after "in" is where the delegation is received, not whose it is
    assert _filed("Vice Chairwoman Lê Thị Thu received a Lao delegation in Hà Nội.",
                  "The guests said Laos wants more flights.", dateline="HÀ NỘI", agency="VNA") == [
                      "narrator", "laos"]


# --- probe 35p4 (the long tail of sector wordings) ---


def test_probe35p4_a_named_person_and_his_counterpart_of_another_side_are_joint():
    # fixes: "Foreign Minister X and his Russian counterpart agreed ...": both sides (was narrator)
    assert sides("Foreign Minister Bùi Thanh Sơn and his Russian counterpart agreed to coordinate closely "
                 "at multilateral forums.") == [J]
    # must not touch: a counterpart of the person's own side, the counterpart as an object, two names
    assert sides("Foreign Minister Bùi Thanh Sơn and his Vietnamese counterpart agreed to meet.") != [J]
    assert sides("Foreign Minister Bùi Thanh Sơn held talks with his Russian counterpart.") == [N]
    assert sides("Foreign Minister Bùi Thanh Sơn and Russian Foreign Minister Sergei Lavrov agreed to "
                 "meet.") == [J]


def test_probe35p4_a_body_noun_spokesman_speaks_for_the_body_named_before():
    # fixes: "..., a ministry spokesman said" after "the Russian Health Ministry said" (was narrator)
    assert sides("Russia will supply vaccines to Vietnam, the Russian Health Ministry said.",
                 "The relationship is in good health, a ministry spokesman said.") == [R, R]
    # must not touch: a body noun no body of a side was named by, and a named company's spokesman
    assert sides("Vietnam will buy more wheat this year.",
                 "The deal is good, a ministry spokesman said.") == [N, N]
    assert sides("Russia will supply vaccines to Vietnam, Rosatom said.",
                 "The deal is good, a company spokesman said.") == [N, N]


def test_probe35p2_the_leaders_of_the_two_parties_and_each_side_are_both_sides():
    # fixes: "The leaders of the two parties highlighted ..." (the pair's phrase stopped before "of the two
    # parties", so no verb followed it) and "Each side pledged ..." were the narrator's
    assert sides("The leaders of the two parties highlighted the role of party-to-party relations.") == [J]
    assert sides("The leaders of the two countries agreed to boost trade.") == [J]
    assert sides("Each side pledged to support the other in Party building.") == [J]
    # must not touch: leaders of places of no pair, and "each side" that is no subject of speech
    assert sides("The leaders of the provinces highlighted the role of trade.") == [N]
    assert sides("The talks helped each side to understand the other.") == [N]


# --- probe 35p8 (speakers in people-to-people copy) ---


def test_probe35p8_people_of_no_office_speak_with_the_side_they_were_brought_in_with():
    # fixes: a plural trade of no office as subject ("The students said", "Many of the students said",
    # "The alumni recalled", "The young people said") takes the side the report gave the same people
    # when it brought them in (were narrator)
    opening = "About 200 Vietnamese students in Kazan celebrated Tết on February 8."
    assert speakers(opening, "The students said they had not been home for two years.")[1] == ("The students", V)
    assert speakers(opening, "Many of the students said they had not been home for two years.")[1] == (
        "the students", V)
    assert sides("More than 300 Vietnamese alumni gathered in Hà Nội on Sunday.",
                 "The alumni recalled their years of study.", "They pledged to help young Vietnamese.") == [N, V, V]
    assert sides("Forty young people from Hải Phòng arrived in Vladivostok on July 3.",
                 "The young people said they looked forward to the camp.") == [N, V]
    assert sides("Sixty Lao exchange students arrived in Hà Nội.", "The students said they were happy.") == [N, "laos"]
    # must not touch: people the report never places ("Students from 15 countries"), and students alone
    assert sides("Students from 15 countries took part in a cooking class.",
                 "The students said they would try the recipes at home.") == [N, N]
    assert speakers("The students said they wanted to return.") == [(N, N)]
    assert sides(opening, "Many of the students celebrated with their families.") == [N, N]


# --- the lead's round 37c (heldout113-134's eighteen, spent) ---


def test_lead37_people_of_a_bare_ministry_speak_for_the_filing_country():
    # fixes: "Representatives of the Ministry of Industry and Trade reported that ...", "Officials from the
    # Ministry of Education and Training said ..." (e1483, VNA copy from Hà Nội): the ministry alone is
    # Việt Nam's there, and so are the people of it
    o = "Việt Nam and Russia held talks in Hà Nội."
    assert _filed(o, "Representatives of the Ministry of Industry and Trade reported that exports of coffee rose.",
                  dateline="Hà Nội", agency="VNA") == [N, V]
    assert _filed(o, "Officials from the Ministry of Education and Training said the quota rose.",
                  dateline="Hà Nội", agency="VNA") == [N, V]
    assert _filed(o, "A spokesperson for the Ministry of Industry and Trade said exports rose.",
                  dateline="Hà Nội", agency="VNA") == [N, V]
    # must not touch: the ministry of no name, and a report with no dateline of a side
    assert _filed(o, "Officials of the ministry said exports rose.", dateline="Hà Nội", agency="VNA") == [N, N]
    assert _filed("Officials from the Ministry of Education and Training said the quota rose.") == [N]


def test_probe37p3_two_cities_of_two_sides_agree_jointly():
    # fixes: two cities of names.yml of two sides joined by "and" before a reporting verb speak for both,
    # as "Việt Nam and China agreed" does (was narrator)
    assert speakers("Hải Phòng and Vladivostok agreed to open a container line.") == [("vietnam and russia", J)]
    assert speakers("Hải Phòng City and Vladivostok agreed to open a container line.") == [("vietnam and russia", J)]
    # must not touch: two cities of one side, no reporting verb, and capitals (read as before)
    assert speakers("Hải Phòng and Đà Nẵng agreed to open a container line.") == [(N, N)]
    assert speakers("Hải Phòng and Vladivostok are linked by a container line.") == [(N, N)]
    assert speakers("Moscow and Hà Nội agreed to open a container line.") == [("russia and vietnam", J)]


# --- probe 37p2 (education and science beyond the usual nouns) ---


def test_probe37p2_the_partners_of_a_side_speak_for_it():
    # fixes: "the Russian partners" as the subject of a reporting verb name a side, as "the Russian
    # side" (tuned: "offered" reports, e256, e1045, e1093); was narrator
    assert speakers("The Russian partners, in turn, offered to host Vietnamese pharmacists.") == [
        ("The Russian partners", R)]
    assert speakers("The Vietnamese partner said it would buy more wheat.") == [("The Vietnamese partner", V)]
    # must not touch: partners of no side, and the pair
    assert sides("Our partners said they would host Vietnamese pharmacists.") == [N]
    assert sides("The partners said they would host Vietnamese pharmacists.") == [N]
    assert sides("The two partners agreed to host Vietnamese pharmacists.") == [J]


# --- probe 37p7 (Việt Nam–China and Việt Nam–Laos copy) ---


def test_probe37p7_he_and_his_counterpart_of_another_side_speak_jointly():
    # fixes: "He and his Vietnamese counterpart agreed ..." after a Lao minister spoke (was narrator)
    a = "Lao Minister of Energy Phosay Sayasone said Laos aims to export power."
    assert speakers(a, "He and his Vietnamese counterpart agreed to build a new line.") == [
        ("Phosay Sayasone", "laos"), ("laos and vietnam", J)]
    # must not touch: no verb of speech, or a counterpart of no side word
    assert speakers(a, "He and his Vietnamese counterpart toured a new line.") == [
        ("Phosay Sayasone", "laos"), (N, N)]
    assert speakers(a, "He and his counterpart agreed to build a new line.") == [
        ("Phosay Sayasone", "laos"), (N, N)]


# --- probe 37p6: "the Government" in home copy ---

def test_probe37p6_the_government_named_bare_in_home_copy_speaks_for_its_country():
    from speakers_helpers import _filed
    s = "Prime Minister Pham Quoc Dung received Russian Duma Chairman Vyacheslav Orlov on Thursday"
    # fixes: VNA copy from Hanoi: the Government, its press office and its portal are Vietnam's
    assert _filed(f"{s}, the Government's portal reported.", dateline="HANOI", agency="VNA") == ["vietnam"]
    assert _filed(f"{s}, the Government said.", dateline="HANOI", agency="VNA") == ["vietnam"]
    # must not touch: VNA copy from Moscow (whose Government?), the government in lower case, no verb
    assert _filed(f"{s}, the Government said.", dateline="MOSCOW", agency="VNA") == ["narrator"]
    assert _filed("The government said trade grew.", dateline="HANOI", agency="VNA") == ["narrator"]
    assert _filed("The Government approved a plan to build a railway.", dateline="HANOI",
                  agency="VNA") == ["narrator"]


# --- the lead's round 38 (heldout135-145's nine, spent) ---


def test_lead38_a_delegation_from_a_body_speaks_for_the_bodys_side():
    # fixes: "..., a delegation from the Russian Ministry of Labour and Social Protection told Vietnamese
    # officials at a working session" (e1728): one group a body sends speaks for it, as "officials from
    # the ministry" do (was narrator)
    assert sides("Russian regions want Vietnamese workers, a delegation from the Russian Ministry of Labour "
                 "told Vietnamese officials on Tuesday.") == [R]
    assert sides("A team from the Vietnamese Ministry of Health said the hospital was ready.") == [V]
    # must not touch: a delegation of no side, and one that only acts
    assert sides("A delegation from the ministry said the hospital was ready.") == [N]
    assert sides("A delegation from the Russian Ministry of Labour visited the plant.") == [N]


def test_lead38_people_of_a_party_named_with_its_country_speak_for_its_side():
    # fixes: a party's delegation or officials before a verb of speech, as the officials of a body
    # named with a side word (r29e): the side word in the party's name gives the side (was narrator)
    assert sides("A delegation of the Communist Party of Vietnam said relations were good.") == [V]
    assert sides("Officials of the Communist Party of the Russian Federation said relations were good.") == [R]
    # must not touch: the party of no name, and a party whose name holds no side word
    assert sides("Officials of the party said relations were good.") == [N]
    assert sides("Officials of the Liberal Party said relations were good.") == [N]


def test_probe38p3_a_sides_source_after_words_of_its_remit_speaks_for_the_side():
    # fixes: "Russian transport police said" (was narrator)
    assert sides("Russian transport police said they had detained two men.") == [R]
    # must not touch: the source noun right after the side word, and a side word before a plain noun
    assert sides("Russian officials said the men had been detained.") == [R]
    assert sides("Russian transport grew by a fifth last year.") == [N]


# --- probe 38p1 (generic institutions and people: field, actor or setting) ---


def test_probe38p1_investors_of_a_side_speak_for_it():
    # fixes: investors are people of no office whose adjective gives the side (actors.yml occupations;
    # was narrator)
    assert speakers("Russian investors said the legal framework needs to be improved.") == [
        ("Russian investors", R)]
    # must not touch: investors of no side, and of both
    assert sides("Investors said the framework needs to be improved.") == [N]
    assert sides("Investors from both countries said the framework needs work.") == [J]


def test_probe38p1_the_event_between_a_subject_and_its_verb_is_skipped():
    # fixes: "at the forum" between a subject and its reporting verb (was narrator)
    assert speakers("Russian officials at the forum said the framework needs to be improved.") == [
        ("Russian officials", R)]
    assert speakers("Russian Deputy Minister Ivan Petrov at the meeting said the framework needs work.") == [
        ("Ivan Petrov", R)]
    # must not touch: a body after "at", and no reporting verb
    assert sides("Russian officials at the ministry said the framework needs work.") == [N]
    assert sides("Russian officials at the forum visited the plant.") == [N]


def test_probe38p1_a_plural_role_brought_in_with_a_side_keeps_it():
    # fixes: "The rectors said" after "Vietnamese university rectors" with no two people so titled: the side
    # they were brought in with, as 35p8's students (was the pair who spoke last, joint)
    assert sides("Minister Sergei Vasin met with a delegation of Vietnamese university rectors.",
                 "The rectors said they were interested in joint training programmes.") == [N, V]
    # must not touch: rectors of no side, and two ministers named (the pair)
    assert sides("Minister Sergei Vasin met with university rectors.",
                 "The rectors said they were interested.") == [N, J]
    assert sides("Russian Minister Sergei Vasin met Vietnamese Minister Le Van An.",
                 "The ministers agreed to expand training.") == [N, J]


# --- probe 38p6 (health and labour beyond the usual nouns) ---


def test_probe38p6_confederations_and_fronts_are_bodies():
    # fixes: a confederation and a front by name were no body ("agreed" and "said" were the narrator's)
    assert sides("The Lao Federation of Trade Unions and the Vietnam General Confederation of Labour agreed "
                 "to share experience.") == [J]
    assert sides("The Vietnam Fatherland Front said it would help.") == [V]
    # must not touch: a front of no name
    assert sides("The delegation visited the front of the building.", "The front said it would help.") == [N, N]


def test_probe38p6_patients_and_employers_are_occupations():
    # fixes: "The patient thanked" after "Lao patient X" and "The employers said" after "Russian
    # employers" were the narrator's
    assert speakers("Lao patient Somphone Keola, 54, underwent a kidney transplant last week.",
                    "The patient thanked the surgeons.") == [(N, N), ("Somphone Keola", "laos")]
    assert sides("Russian employers are ready to hire 10,000 Vietnamese workers.",
                 "The employers said they faced a shortage of workers.") == [N, R]
    # must not touch: a patient named by no adjective of a side
    assert sides("A patient thanked the surgeons.") == [N]


def test_probe39p1_participants_are_people_of_no_office():
    # fixes: "Russian participant X said" (a camp's or a forum's) was the narrator's
    assert speakers("Russian participant Daria Ivanova said the camp had given her many new Vietnamese "
                    "friends.") == [("Daria Ivanova", "russia")]
    assert sides("Vietnamese participant Nguyen Thi Lan said the forum was useful.",
                 "Lan added that she would come back.") == [V, V]
    # must not touch: participants named by no adjective of a side
    assert sides("A participant said the camp was useful.") == [N]


def test_probe39p1_the_ambassador_named_by_no_name_is_the_one_of_a_side_named_before():
    # fixes: "the ambassador" was the host named last (a Vietnamese official), and "the diplomat" after
    # "the Russian Consulate General told TASS" the narrator
    assert speakers("Vice President of the Vietnam Union of Friendship Organisations Dong Huy Cuong hosted a "
                    "reception for the Russian Ambassador on Thursday.",
                    "Cuong said the union would help.",
                    "The ambassador pledged to support the union.") == [
        (N, N), ("Dong Huy Cuong", V), ("The ambassador", R)]
    assert sides("The Russian House will host a forum, the Russian Consulate General told TASS.",
                 "\"We expect 150 young people,\" the diplomat said.") == [R, R]
    # must not touch: an ambassador named as a person is meant, and nobody of a side named stays the narrator
    assert speakers("Nguyen Van An received Russian Ambassador Ivan Petrov on Thursday.",
                    "The ambassador pledged to support the union.") == [(N, N), ("Ivan Petrov", R)]
    assert sides("The forum opened on Saturday.", "\"We expect 150 young people,\" the diplomat said.") == [N, N]
    # ... and "the diplomat" after a deputy foreign minister named at another side's embassy is that minister
    assert speakers("Ties are strong, Russian Deputy Foreign Minister Ivan Orlov said at a reception at the "
                    "Vietnamese embassy.", "\"Our dialogue is trusting,\" the diplomat said.") == [
        ("Ivan Orlov", R), ("Ivan Orlov", R)]


# --- review 54 (misfires of probes 38p1-38p9 and round 38a-38b) ---


def test_review54_a_plural_role_brought_in_with_two_sides_is_the_pair():
    # fixes: probe 38p1's "The rectors said" took the nearest side when rectors of both sides met
    assert sides("A delegation of Vietnamese university rectors met Russian rectors in Moscow.",
                 "The rectors said they would cooperate.") == [N, J]
    assert sides("Vietnamese university rectors met their Russian counterparts in Moscow.",
                 "The rectors said they would cooperate.") == [N, J]
    # must not touch: rectors of one side only (probe 38p1)
    assert sides("Minister Sergei Vasin met with a delegation of Vietnamese university rectors.",
                 "The rectors said they were interested in joint training programmes.") == [N, V]
