"""Tests of :mod:`framing.speakers.sides`: the side of each person, host and guest.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from speakers_helpers import (
    _INTL_COPY,
    _INTL_VN_ONLY,
    CHINH_MEETS,
    CUBA_SIDES,
    INDIA_SIDES,
    SIDES,
    J,
    N,
    R,
    V,
    _filed,
    _filed_speakers,
    _one_a_paragraph,
    _paragraphs,
    _with_dateline,
    attributed,
    sides,
    speakers,
)

from framing.config import Side
from framing.errors import LexiconError
from framing.lexicons import load_actors
from framing.speakers import attribute_speakers, discover_people
from framing.speakers.document import _document_view
from framing.tokens import split_sentences

# === rule: `_Sides._in_place_name` =============================================================
# --- issue 13, round 5, heldout3 ---


def test_a_role_subject_is_not_the_person_named_after_it():
    out = attributed("General Secretary of the Communist Party of Việt Nam Tô Văn Hưng held phone talks with "
                     "Chairman of the United Russia party Dmitry Belov.",
                     "At the talks, the Party leader congratulated Belov on the elections.")
    assert (out["speaker"][1], out["side"][1]) == ("Tô Văn Hưng", V)
    # must not touch: with nobody named after it, the most recent fitting person
    out = attributed("General Secretary of the Communist Party of Việt Nam Tô Văn Hưng held phone talks with "
                     "Chairman of the United Russia party Dmitry Belov.",
                     "At the talks, the Party leader said the ties were strong.")
    assert out["speaker"][1] == "Dmitry Belov"


# --- round 10, heldout8 ---


def test_a_side_word_that_opens_a_vietnamese_place_is_no_side():
    from framing.normalize import strip_marks

    # round 10: "Lào Cai" without its marks is "Lao Cai", a province, not the Lao side
    for text in ("Secretary of the Lào Cai provincial Party Committee Đặng Văn Phúc hosted Chinese official Li Wenhua.",
                 strip_marks("Secretary of the Lào Cai provincial Party Committee Đặng Văn Phúc hosted Chinese official Li Wenhua.")):
        assert sides(text, "Phuc said trade grew.") == [N, V]
    # must not touch: the Lao side before a title, an institution, a role
    assert speakers("Lao Deputy Minister Khamla Vongsa met Vietnamese officials.",
                    "Khamla said trade grew.")[1] == ("Khamla Vongsa", "laos")
    assert sides("The Lao side said exports grew.") == ["laos"]
    assert sides("The Lao Ministry of Energy and Mines said exports grew.") == ["laos"]


# === rule: `_in_place_name` ====================================================================
# --- round 17, heldout19, heldout20 ---


def test_round17_central_banker_and_lao_cai():
    # round 17: "the Russian central banker" is a role; "Lao Cai" (Lào Cai without marks) is no Lao
    got = speakers("Russian First Deputy Chairwoman of the Bank of Russia Zinaida Orlova met Vietnamese guests.",
                   "The Russian central banker also briefed her guests.")
    assert got[1] == ("Zinaida Orlova", R)
    assert sides("Secretary of the Lao Cai Provincial Party Committee Le Thi Ha said trade grew.") == [V]
    # must not touch: the central bank, Lao officials
    assert sides("The central bank said prices rose.") == [N]
    assert sides("Lao Deputy Minister Khamsouk Vongdala said trade grew.") == ["laos"]
    assert sides("Lao Ambassador Khamphao Ernthavanh said trade grew.") == ["laos"]


# === rule: `_Sides._city_title` ================================================================
# --- round 24e, heldout45 ---


def test_round24e_a_city_opening_the_title_gives_its_country():
    o = "Vietnamese firms came to the forum."
    assert speakers(o, "Kazan Mayor Ilsur Metshin said trade was growing.")[1] == ("Ilsur Metshin", R)
    assert speakers(o, "According to Sochi Mayor Andrei Prosh, flights will grow.")[1] == ("Andrei Prosh", R)
    fixed = "Trade will grow, St. Petersburg Vice Governor Oleg Pavlov said."
    assert speakers(o, fixed)[1] == ("Oleg Pavlov", R)
    # must not touch: a country in the title first; a place's abbreviation with no speaker
    assert speakers(o, "Vietnamese Consul General Trần An said trade was growing in Kazan.")[1] == ("Trần An", V)
    assert speakers(o, "St. Petersburg hosted a forum on trade.")[1] == (N, N)


# === rule: `_Sides._dash_before` ===============================================================
# --- round 9, heldout7 ---


def test_a_bilateral_body_in_a_title_takes_the_side_named_first():
    # heldout7 e134: "Chairman of the Russia–Vietnam Friendship Society Viktor Bogdanov ... said" -> russia
    assert sides("For his part, Chairman of the Russia–Vietnam Friendship Society Viktor Bogdanov, a veteran, "
                 "said ties were strong.") == [R]
    assert sides("President of the Vietnam–Russia Friendship Association Nguyễn Thanh Hà said ties were strong.") == [V]
    # must not touch: "Ambassador to X" still names the post's host; a spaced dash ends a title
    assert sides("Vietnamese Ambassador to Russia Đặng Minh Khôi said ties were strong.") == [V]
    assert sides("Russian Minister Ivan Petrov met Vietnamese officials.",
                 "The Russia – Vietnam Petrov said it.") == [N, N]


# --- round 14, heldout13, heldout14 ---


def test_a_body_of_two_countries_joined_by_a_dash_is_the_first_ones():
    # round 14: "Vietnam-Russia" written without spaces is one dash between two sides, as "Chile – Peru"
    assert speakers("Addressing the event, Vice President of the Vietnam-Russia Friendship Association "
                    "Khổng Minh Luân said ties grew.") == [("Khổng Minh Luân", V)]
    assert speakers("Chairman of the Russia-Vietnam Friendship Society Vladimir Bukarsky said ties grew.") == [
        ("Vladimir Bukarsky", R)]
    # must not touch: a side word of its own in the title, a dash outside a title
    assert speakers("The Russian co-chair of the Vietnam-Russia Intergovernmental Commission Ivan Petrov "
                    "said trade grew.") == [("Ivan Petrov", R)]
    assert sides("The Vietnam-Russia trade turnover grew, Russian Ambassador Gennady Bezdetko said.") == [R]


# --- review leftovers ---


def test_leftover_a_joint_institution_gives_no_side_the_name_decides():
    # "Vietnam-Russia Tropical Centre": both sides' body; a Russian name is not the first side's
    assert speakers("Director of the Vietnam-Russia Tropical Centre Ivan Petrov said research would go on.") == [
        ("Ivan Petrov", R)]
    # must not touch: a Vietnamese name at the same centre, a side word of the person's own
    assert speakers("Director of the Vietnam-Russia Tropical Centre Nguyễn Văn An said research would go on.") == [
        ("Nguyễn Văn An", V)]
    assert speakers("Russian co-director of the Vietnam-Russia Tropical Centre Lê Văn Hải said research grew.") == [
        ("Lê Văn Hải", R)]


def test_leftover_the_host_as_a_noun_is_no_receiving_verb():
    # "Orlov thanked the host": "host" after "the" is the noun, not "hosts" (Orlov is the guest)
    o = ("Chairman of the Vietnam–Russia Friendship Association Nguyễn Văn Hùng met a delegation of the "
         "Russia–Vietnam Friendship Society led by its President Pavel Orlov.")
    assert _one_a_paragraph(o, "Orlov thanked the host for the warm welcome.", "Hùng said ties were strong.",
                       "The guest also proposed more exchanges.")[3] == ("Pavel Orlov", R)
    # "Hùng briefed the guests": the one who briefs the guests is the host
    assert _one_a_paragraph(o, "Hùng briefed the guests on the association's work.", "Orlov said ties were strong.",
                       "The guest also proposed more exchanges.")[3] == ("Pavel Orlov", R)
    # must not touch: "X hosted Y" still makes X the host
    assert _one_a_paragraph("Vietnamese Minister Nguyễn Văn An hosted Russian Minister Ivan Petrov.",
                       "An said ties were strong.", "The guest said trade grew.")[2] == ("Ivan Petrov", R)


# === rule: `_side_of` ==========================================================================
# --- round 18, heldout22 ---


def test_round18_a_country_after_in_is_where_the_post_is():
    # round 18: "Vietnamese Trade Counsellor in Russia Lê Quang Hiển": Russia is where the post is; the
    # title's own side word decides
    got = speakers("Vietnamese Trade Counsellor in Russia Lê Quang Hiển met Russian officials.",
                   "Hiển said trade rose.")
    assert got[1] == ("Lê Quang Hiển", V)
    # must not touch: a side word that opens the title, a post in a capital, a post "to" a country
    assert sides("Russian Deputy Minister Pavel Sorokin said trade rose.") == [R]
    assert sides("Russian Ambassador in Hà Nội Gennady Bezdetko said trade rose.") == [R]
    assert sides("Russian Ambassador to Vietnam Gennady Bezdetko said trade rose.") == [R]


# --- round 21, heldout32 ---


def test_round21_an_envoy_to_a_country_is_not_of_it():
    # round 21: in an apposition, the country after "ambassador to" is where the envoy was sent, not
    # his side; the name decides ("Đặng Hữu Phong, a former ambassador to Russia," is Vietnamese)
    o = "Hà Nội (VNA) — The association held a congress."
    said = "Re-elected President Đặng Hữu Phong, a former ambassador to Russia, said the association would grow."
    assert speakers(o, said)[1] == ("Đặng Hữu Phong", V)
    # must not touch: the country of a minister, an ambassador of a country to another
    assert speakers(o, "Yelena Morozova, Minister of Education of the Russian Federation, said ties grew.")[1] == (
        "Yelena Morozova", R)
    assert speakers(o, "Nguyễn Văn An, Ambassador of Việt Nam to Russia, said ties grew.")[1] == ("Nguyễn Văn An", V)


# === rule: `_body_owner` =======================================================================
# --- round 24d, heldout42 ---


def test_round25a_the_adjective_opening_a_bodys_name_is_whose_it_is():
    # fixes: "of <country>" ending a body's name is what the body is about, the adjective after
    # "the" that opens the name is whose it is
    assert speakers("Head of the Russian Society of Friends of Vietnam Irina Sokolova said the "
                    "society would hold a fair.") == [("Irina Sokolova", R)]
    assert speakers("President of the Russian Association of Veterans of Vietnam Pavel Orlov recalled "
                    "the war years.") == [("Pavel Orlov", R)]
    # must not touch: a body with no adjective before its "of <country>", and "of <country>" after
    # a body named by the other side's adjective stays where the body is (the name decides)
    assert speakers("Chairman of the Union of Friendship Organisations of Vietnam Trần Văn Lâm said "
                    "the union was ready.") == [("Trần Văn Lâm", V)]
    assert speakers("Russian Ambassador to Vietnam Gennady Bezdetko said the embassy was ready.") == [
        ("Gennady Bezdetko", R)]


# --- spk15 ---


def test_review25_the_adjective_of_a_unit_inside_a_parent_body_is_not_its_owner():
    # fixes: "of the" opens a parent body the country owns; the adjective names what the unit deals with
    assert speakers("Director of the Chinese Department of the Ministry of Foreign Affairs of Vietnam "
                    "Nguyen Van An said the talks went well.") == [("Nguyen Van An", V)]
    assert speakers("Head of the Russian Language Faculty of the University of Laos Somchai Keola said "
                    "demand grew.") == [("Somchai Keola", "laos")]
    # must not touch: one body's name from the adjective to "of <country>"
    assert speakers("Chairman of the Russian Union of Veterans of Vietnam Nikolai Kolesnik said the "
                    "friendship was strong.") == [("Nikolai Kolesnik", R)]


# === rule: `_Sides._foreign_mark` ==============================================================
# --- round 15, heldout16 ---


def test_a_title_of_another_country_takes_no_side():
    # a title with a country of no side ("US envoy"): not the side the document names most
    assert speakers("Russian Deputy Minister Ivan Petrov met US envoy John Smith on Monday.",
                    "Smith said the talks were good.") == [(N, N), ("John Smith", N)]
    assert speakers("British Ambassador John Smith said the talks were good.") == [("John Smith", N)]
    # still right: a side's own title, and a name with no title after a side's title
    assert speakers("Russian Deputy Minister Ivan Petrov met US envoy John Smith on Monday.",
                    "Petrov said the talks were good.") == [(N, N), ("Ivan Petrov", R)]
    assert speakers("Russian Ambassador Ivan Petrov said the talks were good.") == [("Ivan Petrov", R)]


# --- round 16, heldout17, heldout18 ---


def test_round16_russian_republics_and_fm_titles():
    # a republic's name ends in "-an" like a foreign nationality ("American"): it is a place of Russia
    got = _paragraphs(
        "Tatarstan's Prime Minister Timur Nigmatov met Vietnamese Deputy Minister Lê Văn Hải in Kazan.",
        "Nigmatov said the republic wanted more Vietnamese students.",
    )
    assert got[1][:2] == ("Timur Nigmatov", R)
    # "FM" is a title, as "PM" is
    got = _paragraphs("Vietnamese FM Bùi Thanh Sơn met Russian FM Sergey Lavrov in Moscow.", "Lavrov said trade had grown.")
    assert got[1][:2] == ("Sergey Lavrov", R)
    # must not touch: an American official keeps no side of Russia's
    got = _paragraphs("American envoy John Smith met Russian FM Sergey Lavrov.", "Smith said talks went well.")
    assert got[1][1] != R


# --- probe 14 ---


def test_round24c_company_letters_are_no_country():
    # fixes: two capitals before a company noun name the company, not a country of no side
    assert speakers("TH Group Chairwoman Nguyễn Thị Hoa told reporters the plant would grow.") == [
        ("Nguyễn Thị Hoa", V)]
    # must not touch: "US envoy X" is of a country of no side
    assert speakers("US envoy John Smith said the talks went well.") == [("John Smith", N)]


# === rule: `_foreign_mark` =====================================================================
# --- speaker probe 9 ---


def test_round23b_a_regions_affairs_in_a_title_are_no_nationality():
    # "sub-committee on Asian affairs": what the office deals with; the apposition gives the side
    assert speakers("Chairman of the committee on European affairs Ivan Petrov, a United Russia deputy, "
                    "met the guests.", "Petrov said trade grew.")[1] == ("Ivan Petrov", R)
    # must not touch: a country of no side that opens the title leaves the person without one
    assert speakers("American envoy John Smith met the guests.", "Smith said trade grew.")[1][1] == N


# === rule: `_Sides._place_side` ================================================================
# --- round 19 ---


def test_round19_the_dateline_tells_the_host_when_nothing_else_does():
    # round 19: "the host", "the hosts", "the host side" are the side whose country or capital (or
    # another city: names.yml ``cities``) the dateline names, when the text shows no one hosting
    o = "Russian Deputy Prime Minister Ivan Sokolov and Vietnamese Deputy Minister Nguyễn Văn An co-chaired the session."
    assert _with_dateline("MOSCOW", o, "The host said ties were strong.", "The host side proposed a forum.")[1:] == [
        ("Ivan Sokolov", R), ("The host side", R)]
    assert _with_dateline("HÀ NỘI", o, "The host said ties were strong.")[1] == ("Nguyễn Văn An", V)
    assert _with_dateline("VLADIVOSTOK", o, "The host said ties were strong.")[1] == ("Ivan Sokolov", R)
    assert _with_dateline("Moscow", "Russian and Vietnamese firms met.", "The hosts said ties were strong.")[1] == (
        "The hosts", R)
    assert _with_dateline("MOSCOW", o, "The guest thanked the hosts.")[1] == ("Nguyễn Văn An", V)  # the other
    # must not touch: a host the text shows ("X received Y": the dateline changes nothing), a dateline
    # of a side the text does not name, no dateline
    visit = ("Russian Deputy Prime Minister Ivan Sokolov paid a visit to Vietnam, holding talks with Vietnamese "
             "Deputy Minister Nguyễn Văn An.")
    for place in ("MOSCOW", "HÀ NỘI", ""):
        assert _with_dateline(place, visit, "The host said ties were strong.")[1] == ("Nguyễn Văn An", V)
    assert _with_dateline("BEIJING", "Trade rose.", "The host side proposed a forum.")[1] == (N, N)
    assert _with_dateline("", "Russian and Vietnamese firms met.", "The host side proposed a forum.")[1] == (N, N)


# --- round 20, heldout28 ---


def test_review14_the_organisers_after_an_active_organised_are_its_subjects_side():
    # review 14: a sentence that says who organised (active voice) names the organisers' side, not
    # the dateline's
    said = "The organisers said 300 guests attended."
    reception = "The Vietnamese embassy in Russia organised a reception on Monday."
    assert _with_dateline("MOSCOW", reception, said)[1] == ("The organisers", V)
    # must not touch: a passive with no agent (nobody said to organise: the dateline's), two
    # co-organisers (both sides)
    held = "A Vietnamese food fair was organised in Moscow on Monday."
    assert _with_dateline("MOSCOW", held, "Russia welcomes it.", said)[2] == ("The organisers", R)
    joint = "The Vietnamese embassy and the Russian ministry co-organised a reception."
    assert _with_dateline("MOSCOW", joint, said)[1] == ("both sides", J)


# --- round 23a, heldout35 ---


def test_probe12_the_host_and_the_guest_with_nobody_seen_receiving():
    # "X held talks with Y" (no receiving verb), a dateline of the host's capital: both roles fell on
    # the dateline's person; the pair is that person and the other side's opening person
    lines = ("Speaker of the Assembly Bounlap Keo held talks with Vietnamese Minister Nguyễn Văn An on Thursday.",
             "According to the Lao Speaker, trade should grow.", "Mr An said Vietnam would support Laos.",
             "The host and the guest agreed to step up exchanges.")
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(lines)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), datelines={"d": "Vientiane"})
    assert list(out["side"]) == [N, "laos", V, J]
    # one of them alone, or a pair of one side, stays as it was
    assert sides("Lao Minister Bounlap Keo received Vietnamese Minister Nguyễn Văn An on Thursday.",
                 "The host said Laos would buy more power.") == [N, "laos"]
    assert sides("Vietnamese Minister Nguyễn Văn An held talks with Vietnamese Deputy Minister Trần Văn Bình.",
                 "The host and the guest agreed to step up exchanges.")[1] != J


# === rule: `_Sides._hosts_by_visit` ============================================================
# --- round 7 ---


def test_the_country_visited_makes_the_host():
    out = attributed("Vietnamese Deputy Minister Trần Quang Minh paid a working visit to Laos, holding talks "
                     "with Lao Minister Bounthong Keola.", "Minh said trade grew.", "The host agreed.")
    assert (out["speaker"][2], out["side"][2]) == ("Bounthong Keola", "laos")
    # must not touch: a visit to a third country names no host among the two
    out = attributed("Vietnamese Deputy Minister Trần Quang Minh and Lao Minister Bounthong Keola paid a visit "
                     "to China.", "Minh said trade grew.", "The host agreed.")
    assert out["side"][2] != "laos"


def test_a_capital_in_a_title_keeps_the_persons_side():
    # review of round 7: a capital is no side word inside a title
    assert speakers("Vietnamese Ambassador in Moscow Đặng Minh Khôi said ties were strong.") == [("Đặng Minh Khôi", V)]
    assert sides("Head of the VNA bureau in Moscow Nguyễn Văn An said trade grew.") == [V]
    people = discover_people("Russian Ambassador in Hà Nội Ivan Petrov called on Vietnamese Minister Nguyễn Văn An.",
                             actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people][0] == ("Ivan Petrov", R)
    # the capital still speaks for its country as a subject
    assert sides("Vietnamese Minister Đinh Văn Quân met Chinese Minister Wang Lihua.", "Beijing said trade grew.") == [N, "china"]


# === rule: `_Sides._met_before` ================================================================
# --- rules added for issue 13 ---


def test_two_people_joined_by_and_after_a_title_keep_their_own_sides():
    people = discover_people(
        "The meeting in Havana was between PCC Organisation Secretary Roberto Molina Ortega and "
        "Lê Thành Công, head of the Vietnamese party's Central Economic Commission.",
        actors=load_actors(sides=CUBA_SIDES),
    )
    assert [(p.name, p.side) for p in people] == [("Roberto Molina Ortega", "cuba"), ("Lê Thành Công", V)]
    # must not touch: "and" inside a title ("the Russian Far East and Arctic") joins no two people
    people = discover_people(
        "Deputy Minister for the Development of the Russian Far East and Arctic Oleg Fyodorov spoke.",
        actors=load_actors(sides=SIDES),
    )
    assert len(people) == 1 and people[0].name.endswith("Oleg Fyodorov") and people[0].side == R


# --- issue 13, round 3, heldout2 ---


def test_the_visitor_without_a_receiving_verb_is_the_other_principal():
    out = attributed(
        "A meeting in Havana brought together PCC Secretary Roberto Molina Ortega and Lê Thành Công, head "
        "of the Vietnamese party's Central Economic Commission.",
        "Molina Ortega thanked Vietnam for rice donations.",
        "According to the visitor, Vietnamese companies are ready to invest.",
        sides=CUBA_SIDES,
    )
    assert out["speaker"][2] == "Lê Thành Công"
    # must not touch: a visitor received by name stays the one received
    out = attributed("Party chief Trần Văn Bình received Russian Deputy Minister Ivan Petrov.",
                     "Bình thanked the guest.", "The visitor said trade grew.")
    assert out["speaker"][2] == "Ivan Petrov"


# --- issue 13, round 5, heldout3 ---


def test_his_host_and_her_guest_tell_who_receives():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý and Lao Minister Sengdeuane Phommavong met in Hà Nội.",
                     "The Lao minister informed his host about the new law.",
                     "In the guest's view, the railway will cut costs.", "The host said trade grew.")
    assert list(zip(out["speaker"], out["side"], strict=True))[2:] == [("Sengdeuane Phommavong", "laos"), ("Nguyễn Hồng Quý", V)]
    # must not touch: a receiving verb decides first
    out = attributed("Lao Minister Sengdeuane Phommavong received Vietnamese Minister Nguyễn Hồng Quý.",
                     "Quý informed his host about the plan.", "The guest said trade grew.")
    assert (out["speaker"][2], out["side"][2]) == ("Nguyễn Hồng Quý", V)


# --- review of issue 13's speaker rules ---


def test_officials_said_takes_no_side_from_the_topic_of_the_sentence():
    # the person named is what the officials speak about, not who speaks
    got = _paragraphs(
        "General Secretary Tô Lâm met Russian President Vladimir Putin in Moscow on Monday.",
        "Putin will visit Hà Nội next year, officials said.",
    )
    assert got[1] == (N, N, N)
    # what the rule was made for: the person opening the sentence acted ("granted"; round 16 made
    # "offered" a verb of speech, whose subject speaks)
    got = _paragraphs(
        "Russian Deputy Prime Minister Dmitry Chernyshenko met Lao Prime Minister Sonexay Siphandone.",
        "Chernyshenko granted Laos a new line of credit, officials said.",
    )
    assert got[1][:2] == ("officials", R)


def test_his_host_after_an_opening_phrase():
    # the opening phrase names the other person; the subject (Chính) thanks his host
    got = _paragraphs(
        CHINH_MEETS,
        "Speaking to Chernyshenko, Chính thanked his host for the warm welcome.",
        "The host said trade had grown.",
    )
    assert got[2][:2] == ("Dmitry Chernyshenko", R)
    got = _paragraphs(CHINH_MEETS, "Chính thanked his host for the warm welcome.", "The host said trade had grown.")
    assert got[2][:2] == ("Dmitry Chernyshenko", R)


# --- round 7 ---


def test_talks_held_in_a_capital_make_its_side_the_host():
    out = attributed("Vietnamese Minister Đinh Văn Quân held talks in Hà Nội with Lao Minister Bounthong Keola.",
                     "Quân said trade grew.", "The guest held that coal could fuel the plants.",
                     "Hà Nội and Vientiane agreed to build a line.")
    assert list(out["side"])[2:] == ["laos", J]
    # must not touch: a capital outside the opening paragraph does not choose the host (the test
    # looks at the document itself: without a host, "the guest" falls back on who spoke last)
    doc = _document_view("Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola.\nQuân said they "
                         "held talks in Vientiane. The guest agreed.", load_actors(sides=SIDES))
    assert (doc.host, doc.guest) == (None, None)


def test_only_the_place_of_talks_makes_the_host():
    out = attributed("Russian Minister Ivan Petrov, who studied in Hà Nội, met Vietnamese Minister Nguyễn Văn An "
                     "in Moscow.", "An said trade grew.", "The host agreed.")
    assert (out["speaker"][2], out["side"][2]) == ("Ivan Petrov", R)


# --- review leftovers ---


def test_leftover_a_role_of_a_kind_and_an_alias_as_written():
    # "the diplomat": the ambassador named before, not the provincial chairman named after him
    o = ("Russian Ambassador to Việt Nam Gennady Bezdetko visited the province of Phú Thọ.",
         "Chairman of the provincial People's Committee Bùi Văn Quang briefed him on local business.")
    assert _one_a_paragraph(*o, "The diplomat said Russian firms were interested.")[2] == ("Gennady Bezdetko", R)
    # "the vice premier": the Vice Premier, not the deputy prime minister named after him
    w = "Chinese Vice Premier Wang Jun met Vietnamese Deputy Prime Minister Lê Thành Long in Beijing."
    assert speakers(w, "The vice premier said trade grew.")[1] == ("Wang Jun", "china")
    # must not touch: "the official" is anybody, the latest; "the deputy prime minister" is Long
    assert _one_a_paragraph(*o, "The official said procedures would be easier.")[2] == ("Bùi Văn Quang", V)
    assert speakers(w, "The deputy prime minister said trade grew.")[1] == ("Lê Thành Long", V)


# === rule: `_Sides._opening_people` ============================================================
# --- rules added for issue 13 ---


def test_a_side_word_with_marks_the_study_does_not_list_is_another_word():
    # "Lào Cai" (a Vietnamese province) is not "Lao"
    text = "Secretary of the Lào Cai provincial Party Committee Đặng Văn Phúc said trade grew."
    assert sides(text) == [V]
    # must not touch: the spelling the study lists, and a plain spelling without marks
    assert sides("Lao Deputy Prime Minister Khamla Vongsa said trade grew.") == ["laos"]
    viet = (Side("vietnam", "Việt Nam", countries=("Việt Nam",), adjectives=("Vietnamese",)),)
    out = attributed("Viet Nam Deputy Minister Trần Văn Bình said trade grew.", sides=viet)
    assert list(out["side"]) == [V]


# --- round 24e, heldout45 ---


def test_round24e_a_name_with_vietnamese_marks_is_vietnamese_its_surname_listed_or_not():
    o = "Russian doctors met Russian officials and Russia's partners in Samara."
    said = "Vice Chairman of the provincial People's Committee {} said ties with Russia were strong."
    assert speakers(o, said.format("Đầu Thanh Tùng"))[1] == ("Đầu Thanh Tùng", V)
    assert speakers(o, said.format("Khổng Minh Đạt"))[1] == ("Khổng Minh Đạt", V)
    # must not touch: the same name without marks (no origin: the side the document names most)
    assert speakers(o, said.format("Dau Thanh Tung"))[1] == ("Dau Thanh Tung", R)


# === rule: `_Sides._sentence_start` ============================================================
# --- review leftovers ---


def test_leftover_an_aide_to_a_titled_person_takes_that_persons_side():
    # "Adviser to the Governor X": the governor named before (Russian), not the side the document
    # names most (Laos) that a name of no origin would get
    o = ("Russian Governor of Primorye Oleg Kozhemyako met Lao and Vietnamese guests.",
         "Laos and Vietnam sent students; Laos sent 20.")
    assert speakers(*o, "Adviser to the Governor Pavel Lukin said the region would send more.")[2] == ("Pavel Lukin", R)
    # must not touch: with no governor named, the aide's side comes from the rules before
    assert speakers(*o[1:], "Adviser to the Governor Pavel Lukin said the region would send more.")[1] == (
        "Pavel Lukin", "laos")
    assert speakers(*o, "Lao Deputy Governor Khamla Vongsa said the region would send more.")[2] == (
        "Khamla Vongsa", "laos")
    # "the Governor's adviser X", a possessive before a post in lower case: a person, the same way
    assert speakers(*o, "The Governor's adviser Pavel Lukin said the region would send more.")[2] == (
        "Pavel Lukin", R)
    # must not touch: "the Party's newspaper Nhân Dân" is no person
    assert discover_people("The Party's newspaper Nhân Dân said the talks were good.") == []


# === rule: `_Sides._people_at` =================================================================
# --- issue 13, round 4 ---


def test_the_official_is_one_person_the_officials_a_side():
    out = attributed("Ivan Yurov met Politburo member Trần Cẩm Tú.", "Tú welcomed the visitor.",
                     "The Party official said the two Parties should meet more.")
    assert out["speaker"][2] == "Trần Cẩm Tú"
    # must not touch: "officials" with no side word is no person
    assert sides("Ivan Yurov met Politburo member Trần Cẩm Tú.", "The officials said trade grew.") == [N, N]


def test_officials_without_a_side_word_speak_for_the_person_the_sentence_names():
    out = attributed("Indian Defence Minister Rajiv Menon held talks with his Vietnamese counterpart General "
                     "Phan Văn Giang.", "Menon granted Vietnam a line of credit, officials said.",
                     sides=INDIA_SIDES)
    assert (out["speaker"][1], out["side"][1]) == ("officials", "india")
    # must not touch: officials in a sentence that names nobody stay the narrator's
    out = attributed("Indian Defence Minister Rajiv Menon held talks with his Vietnamese counterpart General "
                     "Phan Văn Giang.", "Trade grew, officials said.", sides=INDIA_SIDES)
    assert out["side"][1] == N


# === rule: `_fallback_sides` ===================================================================
# --- round 26b, heldout55 ---


def test_r26b_a_person_of_no_side_in_an_agency_s_copy_is_of_its_country():
    # fixes: "the state corporation's Deputy Director General X told reporters" in TASS copy that
    # names only Vietnam (was no side), then his quotes, "According to him", "he noted"
    o = ("Rostec is ready to supply helicopters to Vietnam, the state corporation's Deputy Director General "
         "Ivan Petrov told reporters.")
    assert _filed(o, '"Our Vietnamese partners are keen. We are ready," Petrov said.',
                  "According to him, talks will start soon.", agency="TASS") == [R, R, R, R]
    # must not touch: no agency (as before), a Vietnamese name, VNA copy (a non-Vietnamese name is no Vietnamese)
    assert _filed(o, "According to him, talks will start soon.") == [N, N]
    assert _filed("Director General Nguyen Van Hai told reporters that Vietnam would buy helicopters.",
                  agency="TASS") == [V]
    assert _filed(o, agency="VNA") == [N]


# --- International bodies in agency copy ---


@pytest.mark.parametrize("opening", [_INTL_COPY, _INTL_VN_ONLY])
def test_intl_people_of_an_international_body_take_no_side_of_the_agency(opening):
    # fixes: a person whose title or apposition names an international body (was Russia: the side the
    # document names most, or the copy's agency's country)
    for said in ("IAEA Director General Rafael Grossi said the plant met safety standards.",
                 "Rafael Grossi, Director General of the IAEA, said the plant met safety standards.",
                 "IAEA Director General Rafael Grossi told TASS the plant met safety standards."):
        assert _filed_speakers(opening, said, "Grossi said inspectors would visit.") == [
            (N, N), ("Rafael Grossi", N), ("Rafael Grossi", N)]
    assert _filed_speakers(opening, "ASEAN Secretary-General Kao Kim Hourn said ties were strong.")[1] == (
        "Kao Kim Hourn", N)
    assert _filed_speakers(opening, "IMF Resident Representative Paulo Medas said growth would stay strong.")[1] == (
        "Paulo Medas", N)
    # as before: the UN's people (two capitals mark no side) and a World Bank economist
    assert _filed(opening, "UN Secretary-General Antonio Guterres said the project was welcome.",
                  "A World Bank economist said growth would stay strong.", agency="TASS") == [N, N, N]


# === rule: `_Sides.agency_side_at` =============================================================
# --- round 23a, heldout35 ---


def test_probe12_a_news_outlet_reporting_is_the_narrator():
    # a paper or agency (actors.yml agencies) as the subject of a reporting verb reports the copy
    text = "Vietnamese Minister Nguyễn Văn An met Lao Deputy Minister Bounlap Keo in Vientiane on Monday"
    assert sides(text + ", Nhân Dân reported.") == [N]
    assert sides(text + ", the People's Daily newspaper reported.") == [N]
    # an institution reporting still speaks for its side; a person talking to an outlet too
    assert sides(text + ", the Lao Ministry of Energy reported.") == ["laos"]
    assert sides("Vietnamese Minister Nguyễn Văn An told Nhân Dân that trade would grow.") == [V]


# === rule: `_Sides._agency_side` ===============================================================
# --- round 18, heldout22 ---


def test_round18_a_person_who_told_an_agency_is_of_its_country():
    # round 18: the text names no side but the one a name origin covers (Vietnamese); the person with
    # no side who "told TASS" is of the agency's country
    got = speakers("Atomprom has finished the design of a reactor for Vietnam, Atomprom Deputy Director "
                   "General Pavel Sorokin told TASS on Thursday.", '"Our Vietnamese colleagues have it now," Sorokin said.')
    assert got == [("Pavel Sorokin", R), ("Pavel Sorokin", R)]
    # must not touch: a side the text names decides, a Vietnamese name stays Vietnamese, no agency
    assert sides("Chinese official Wang Li visited Vietnam.", "Director Pavel Sorokin told TASS it went well.")[1] == "china"
    assert sides("Director Lê Văn An told TASS the reactor was ready for Vietnam.") == [V]
    assert sides("Director Pavel Sorokin told reporters the reactor was ready for Vietnam.") == [N]


# === rule: `_Sides.institution_side` ===========================================================
# --- issue 13, round 4 ---


def test_the_host_side_and_the_institution_named_before():
    out = attributed("Lao Party General Secretary Thongsavanh Phomvihane received Vietnamese Party official "
                     "Nguyễn Văn Toàn.", "The host side proposed more scholarships.")
    assert out["side"][1] == "laos"
    out = attributed("The meeting took place, the Russian Foreign Ministry said.",
                     "The ministry noted that trade would grow.",
                     "The Vietnamese Embassy in Moscow hosted graduates.",
                     "The embassy noted that they would work in energy.")
    assert list(out["side"]) == [R, R, N, V]
    # must not touch: a ministry the text never tied to a side
    assert sides("The ministry said trade would grow.") == [N]


# --- review of issue 13's speaker rules ---


def test_the_ministry_said_takes_no_side_from_a_person_in_the_sentence():
    got = _paragraphs(CHINH_MEETS, "Chernyshenko's visit was confirmed on Sunday, the ministry said.")
    assert got[1] == (N, N, N)
    # a ministry the text tied to a side keeps that side
    got = _paragraphs(
        CHINH_MEETS,
        "The Russian Ministry of Foreign Affairs prepared the visit.",
        "The visit was confirmed on Sunday, the ministry said.",
    )
    assert got[2][1] == R


# === rule: other rules =========================================================================
# --- issue 13, round 5, heldout3 ---


def test_an_origin_list_may_be_incomplete():
    from framing.lexicons.names import parse_names

    names = parse_names("name_origins:\n  - adjective: Chinese\n    short_form: surname\n    complete: no\n"
                        "    surnames: [Chen]\n", "t.yml")
    assert names.open_origins == frozenset({"chinese"})
    # must not touch: a list is complete unless it says so; the flag is yes or no
    assert parse_names("name_origins:\n  - adjective: Vietnamese\n    short_form: given\n    surnames: [Trần]\n",
                       "t.yml").open_origins == frozenset()
    with pytest.raises(LexiconError, match="complete"):
        parse_names("name_origins:\n  - adjective: Chinese\n    short_form: surname\n    complete: maybe\n"
                    "    surnames: [Chen]\n", "t.yml")


# --- round 18, heldout22 ---


def test_review11_two_levels_of_government_give_the_same_side_in_every_process():
    # a set of levels ("regional", "provincial") was read in the order string hashing gives it, which
    # changes from one Python process to the next; now in sorted order: the same answer every time
    import os
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from speakers_helpers import speakers; "
        "print(speakers(\"The Republic of Tatarstan and Vietnam's Bac Ninh Province signed an agreement, "
        "the regional provincial government's press service reported.\")[0][1])"
    )
    here = str(Path(__file__).parent)
    got = {
        subprocess.run([sys.executable, "-c", code, here], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
        for seed in (1, 2, 3, 5)
    }
    assert got == {V}  # "provincial" before "regional": Bac Ninh's province


# == probe 26: precision in Vietnamese agencies' copy (VNA, VNS, Nhân Dân) ==========================
# Sentences written for the checks (not from the set).

def test_probe26_a_title_and_name_after_a_comma_is_the_next_person_of_a_list():
    # fixes: "X, Russian Ambassador Y," in an attendance list gave X the Russian side (was russia)
    o = ("The ceremony was attended by Deputy Minister of Construction Phạm Văn Lộc, Russian Ambassador "
         "Pavel Orlov, and local residents.")
    assert speakers(o, "Speaking at the event, Lộc said the bridge served the province well.")[1] == (
        "Phạm Văn Lộc", V)
    # must not touch: a real apposition with a side word
    o2 = "Yelena Morozova, Minister of Natural Resources of the Russian Federation, visited the park."
    assert speakers(o2, "Morozova said the park was beautiful.")[1] == ("Yelena Morozova", R)


# ==== round 27b (heldout54: party relations and high-level contacts) =============================

def test_r27b_receiving_the_guests_the_subject_hosts():
    # fixes: "Receiving the guests, X said": X hosts, the other opening person is "the guest" each time
    opening = ("A delegation of the CPRF led by Dmitry Novikov visited the Party Central Committee's "
               "Commission for External Relations on Tuesday.")
    got = speakers(opening, "Receiving the guests, head of the Commission Le Hoai Trung said the CPV values "
                   "ties with the CPRF.", "The guest said ties are strong.", "The guest said trade grew.",
                   "The host said trade grew.")
    assert got[2:] == [("Dmitry Novikov", R), ("Dmitry Novikov", R), ("Le Hoai Trung", V)]
    # must not touch: a receiving verb after its subject ("X welcomed the visitor")
    got = speakers(opening, "Le Hoai Trung welcomed the visitor and said ties are strong.",
                   "The guest said trade grew.")
    assert got[2] == ("Dmitry Novikov", R)


# --- review 29 ---

def test_review29_an_opening_participle_of_receiving_makes_the_subject_host():
    met = ("Russian Deputy Prime Minister Dmitry Chernyshenko met Vietnamese Deputy Prime Minister Trần Hồng Hà "
           "in Hanoi.")
    # fixes: "Receiving the Vietnamese delegation, X said" (the guest was X himself)
    assert speakers(met, "Receiving the Vietnamese delegation, Chernyshenko said Russia valued the ties.",
                    "The guest said Vietnam was ready.")[2] == ("Trần Hồng Hà", V)
    # must not touch: a person named in the opening clause is the guest, as before
    assert speakers(met, "Receiving Trần Hồng Hà, Chernyshenko said Russia valued the ties.",
                    "The guest said Vietnam was ready.")[2] == ("Trần Hồng Hà", V)


# --- round 28a (heldout61) ---

def test_r28a_two_capitals_a_text_gave_as_a_bodys_short_name_are_no_country():
    # fixes: "PV Power General Director X" after "(PV Power)" (was a foreign country's: no side)
    assert speakers("Russia's Novatek and Vietnam's PetroVietnam Power Corporation (PV Power) signed the deal.",
                    "PV Power General Director Ivan Sorokin said the deal fits the plan.")[1] == ("Ivan Sorokin", R)
    # must not touch: letters of a country the text gave no bracket for
    assert speakers("Russia's Novatek and Vietnam's PetroVietnam Power Corporation (PV Power) signed the deal.",
                    "US Ambassador Ivan Sorokin said the deal fits the plan.")[1] == ("Ivan Sorokin", N)
    assert speakers("Russia's Novatek and Vietnam's PetroVietnam Power Corporation signed the deal.",
                    "UK Power General Director Ivan Sorokin said the deal fits the plan.")[1] == ("Ivan Sorokin", N)


def test_r28a_a_side_represented_by_a_person_gives_its_side():
    # fixes: the side word of "the Vietnamese side was represented by" (the title names no side)
    assert speakers("The Vietnamese side was represented by General Director Andrei Khoa.",
                    "Khoa said the deal fits the plan.")[1] == ("Andrei Khoa", V)
    # must not touch: a delegation led by someone keeps the delegation's side; a side not represented
    assert speakers("A Russian delegation was led by General Director Andrei Khoa.",
                    "Khoa said the deal fits the plan.")[1] == ("Andrei Khoa", R)


# --- round 28e (heldout64) ---


def test_r28e_an_opening_of_no_people_gives_way_to_the_pair_the_next_paragraph_names():
    # fixes: a scene-setting lead, then "Attending were X and Russian Deputy Minister Y": with no
    # other clue, "the guest" is the one of the pair who is not the first to speak
    got = _paragraphs(
        "The Days of Russian Culture opened at the Opera House with a ballet.",
        "Attending the ceremony were Minister of Culture Đỗ Thanh Tùng and Russian Deputy Minister of "
        "Culture Natalia Orlova.",
        "Speaking at the ceremony, Minister Tùng said cultural exchanges are a bright spot.",
        "The guest said Russia planned to hold Việt Nam Culture Days in Moscow.")
    assert got[3][:2] == ("Natalia Orlova", R)
    # must not touch: the next paragraph names one person only (no pair: no principals)
    got = _paragraphs(
        "The Days of Russian Culture opened at the Opera House with a ballet.",
        "Russian Deputy Minister of Culture Natalia Orlova attended the ceremony.",
        "The guest said Russia planned to hold Việt Nam Culture Days in Moscow.")
    assert got[2][:2] == ("Natalia Orlova", R)


# --- probe 28 ---


def test_probe28_a_firms_two_letters_before_its_name_are_no_country_code():
    # fixes: letters of no country's code before a capitalised word of no title open a firm's name
    assert _filed_speakers("The Vietnamese side was represented by PV Power General Director Nguyễn Văn Minh.",
                           "PV Power General Director Nguyễn Văn Minh said the plant will open in May.",
                           agency="VNA")[1] == ("Nguyễn Văn Minh", V)
    assert _filed_speakers("Russia will help Vietnam build a power plant.",
                           "TV Energy Chairman Ivan Petrov said the deal was signed.")[1] == ("Ivan Petrov", R)
    # must not touch: a country's code, or letters right before a title
    assert _filed_speakers("Russia will help Vietnam build a power plant.",
                           "US Trade Representative John Smith said tariffs would rise.")[1] == ("John Smith", N)
    assert _filed_speakers("Russia will help Vietnam build a power plant.",
                           "NZ Prime Minister John Smith said trade would rise.")[1] == ("John Smith", N)


# --- round 29h (heldout71) ---


def test_r29h_a_role_of_one_side_names_the_person_of_that_side_first():
    # fixes: "the Vietnamese deputy minister" is the Vietnamese deputy minister named, not a second one
    # whose title holds the role but who has no side of his own
    assert _filed_speakers(
        "Deputy Defence Minister Pavel Orlov met a Vietnamese delegation led by Deputy Minister of National "
        "Defence Tran Van Hai.", "Orlov said Russia was ready.", "The Vietnamese deputy minister said Hanoi was ready.",
    )[1:] == [("Pavel Orlov", "russia"), ("Tran Van Hai", "vietnam")]
    # must not touch: the only governor, without a side, takes the role's side
    assert _filed_speakers("Governor Ivan Petrov met officials in Vientiane.", "The Lao governor said trade grew.")[1] == (
        "Ivan Petrov", "laos")


# --- round 30a (heldout77) ---


def test_r30a_the_agent_of_a_passive_receiving_verb_hosts():
    # fixes: "X was received by Y": Y is the host, X the guest
    assert speakers("Lao Deputy Minister Khamla Vongsa was welcomed in Hanoi by Vietnamese Minister Phạm Minh Khôi.",
                    "The host said the two ministries would meet yearly.",
                    "The guest thanked him.")[1:] == [("Phạm Minh Khôi", V), ("Khamla Vongsa", "laos")]
    assert speakers("CPV official Trần Văn Bình was received on Monday at the party's headquarters by URP Secretary "
                    "Andrei Lebedev.", "The host proposed more exchanges of delegations.")[1] == ("Andrei Lebedev", R)
    # must not touch: the active verb ("X received Y": X hosts), and a passive with no "by" before the other
    assert speakers("Vietnamese Minister Phạm Minh Khôi received Lao Deputy Minister Khamla Vongsa in Hanoi.",
                    "The host said the two ministries would meet yearly.")[1] == ("Phạm Minh Khôi", V)
    assert speakers("Vietnamese Minister Phạm Minh Khôi was received warmly and later met Lao Deputy Minister "
                    "Khamla Vongsa.", "The host said the two ministries would meet yearly.")[1] == ("Phạm Minh Khôi", V)


# --- review 35 ---


def test_rev35_a_passive_receiving_verb_after_any_form_of_be_hosts_its_agent():
    # fixes: "will be received by", "is to be received by": the agent hosts (r30a's passive knew
    # only "was", "were", "is", "are", "been", "being")
    assert speakers("Lao Deputy Minister Khamla Vongsa will be received in Hanoi by Vietnamese Minister Phạm Minh "
                    "Khôi.", "The host said the two ministries would meet yearly.")[1] == ("Phạm Minh Khôi", V)
    assert speakers("Lao Deputy Minister Khamla Vongsa is in Hanoi, where he is to be received by Vietnamese "
                    "Minister Phạm Minh Khôi.", "The host said the two ministries would meet yearly.")[1] == (
        "Phạm Minh Khôi", V)
    # must not touch: the active verb in the future ("X will receive Y": X hosts)
    assert speakers("Vietnamese Minister Phạm Minh Khôi will receive Lao Deputy Minister Khamla Vongsa in Hanoi.",
                    "The host said the two ministries would meet yearly.")[1] == ("Phạm Minh Khôi", V)


# --- round 31e (heldout98) ---


def test_round31e_studies_department_names_what_it_studies():
    # fixes: the country adjective before "Studies" (its key folds to "study") is the subject taught
    assert speakers("Dr Trần Văn Nam, head of the Russian Studies Department, said more teachers are needed.") == [
        ("Trần Văn Nam", V)]
    assert speakers("Lê Thị Hoa, dean of the school's Chinese Studies Faculty, said classes would grow.")[0][1] == V
    # must not touch: a side word that is whose the body is
    assert speakers("Ivan Petrov, head of the Russian Union of Travel Industry, said tours would grow.") == [
        ("Ivan Petrov", R)]


# --- round 31g (heldout86) ---


def test_r31g_the_title_of_the_addressee_stops_at_to_after_another_name():
    act = load_actors(sides=SIDES)
    # fixes: "Prime Minister X to Prime Minister Y": the sender's name and "to" are no part of Y's title
    people = discover_people("Trần Văn Nam wrote to Ivan Petrov, and Prime Minister Lê Văn Hòa to Chairman of the "
                             "State Duma Oleg Sokolov.", actors=act)
    sokolov = next(p for p in people if p.name == "Oleg Sokolov")
    assert "prime" not in sokolov.title and "duma" in sokolov.title
    # must not touch: an aide's title runs over "to" to the person it serves
    people = discover_people("Adviser to the Governor Pavel Lukin spoke.", actors=act)
    assert {"adviser", "governor"} <= people[0].title


# --- review 39 ---


def test_review39_a_singular_study_is_no_studies_department():
    # fixes: "a Vietnamese study team" is whose the team is (r31e read the singular "study" as "Studies")
    assert speakers("Nguyễn Văn Hải, leader of a Vietnamese study team on Russian grammar, said the work would "
                    "continue.") == [("Nguyễn Văn Hải", V)]
    # must not touch: the plural names what a department studies
    assert speakers("Dr Trần Thị Lan, head of the university's Russian Studies Department, said ties were strong.") == [
        ("Trần Thị Lan", V)]


# --- round 31k (heldout94) ---
def test_r31k_a_post_to_a_country_then_a_name_is_the_next_person_of_a_list():
    from speakers_helpers import attributed
    out = attributed(
        "Present were Deputy Minister of Industry Phạm Quang Huy, Russian Ambassador to Việt Nam Pavel Orlov and others.",
        "Addressing the event, Huy said the plant would open next year.",
    )
    assert list(out["side"])[1] == "vietnam"
    # an apposition of the person's own post stays his: the side word is his
    out = attributed(
        "Present was Pavel Orlov, Russian Ambassador to Việt Nam, and many guests.",
        "Addressing the event, Orlov said the plant would open next year.",
    )
    assert list(out["side"])[1] == "russia"


# --- round 33c (heldout110) ---
def test_r33c_a_name_right_after_to_takes_no_title_from_the_words_before():
    # the capitalised words before "to" name what is given ("the Order of Friendship of Vietnam"), no title:
    # the apposition after the name decides
    s2 = "Kuzmin thanked the Vietnamese side and said ties grew."
    o = ("The ambassador presented the Order of Friendship of Vietnam to Viktor Kuzmin, a veteran CPRF member, "
         "at a ceremony.")
    assert speakers(o, s2)[1] == ("Viktor Kuzmin", R)
    # must not touch: a title with "to" before the country, then the name ("Ambassador to Russia X")
    o = "Vietnamese Ambassador to Russia Le Quang Vinh presented the order at a ceremony."
    assert speakers(o, "Vinh said ties grew.")[1] == ("Le Quang Vinh", V)


def test_probe34p8_a_province_ending_like_a_nationality_is_a_place_where_the_report_writes_it_so():
    from speakers_helpers import _filed
    C = "china"
    opening = ("Vietnamese Ambassador to China Pham Thanh Binh held a working session with leaders of Yunnan "
               "province in Kunming on Tuesday.")
    # fixes: "Yunnan Vice Governor Zhang Li" read as a foreign title ("-an" as in "American"), so
    # no side (was narrator); the report writes "Yunnan province"
    assert _filed(opening, "Yunnan Vice Governor Zhang Li said the province will boost tourism with "
                  "Vietnam.", dateline="BEIJING", agency="NDO") == [N, C]
    # must not touch: a nationality adjective the report never writes as a place stays foreign
    assert _filed(opening, "American envoy John Smith said the talks were useful.",
                  dateline="BEIJING", agency="NDO") == [N, N]


def test_probe34p10_a_capital_in_a_local_title_gives_its_side_but_not_after_in():
    L = "laos"
    # fixes: "Mayor of Vientiane Capital X" gave no side (the capital was read as a post's place,
    # like "Ambassador in Moscow"); the capital after "of" in a title of no side word is its country's
    assert _filed("Hà Nội and Vientiane signed a plan on cooperation in education.",
                  "The plan was signed by Mayor of Vientiane Capital Atsaphangthong Sivilay.",
                  "Atsaphangthong said Vientiane will send more officials to Hà Nội for training.",
                  dateline="HÀ NỘI", agency="VNA") == [N, N, L]
    # must not touch: a capital after "in" is where the post is ("Ambassador in Moscow X")
    assert _filed("Vietnam and Russia held talks.", "Ambassador in Moscow Đặng Minh Khôi met the press.",
                  "Khôi said the two countries will expand trade.", dateline="HÀ NỘI", agency="VNA") == [N, N, V]


def test_probe34p10_a_delegation_from_a_capital_gives_its_leader_that_side():
    # fixes: "a delegation from Moscow led by Deputy Mayor X" left X of no side (was narrator)
    assert _filed("Chairman of the Hà Nội People's Committee Trần Quốc Hưng received a delegation from Moscow "
                  "led by Deputy Mayor Andrei Sokolin.", "Sokolin noted that trade with Việt Nam grew.",
                  dateline="HÀ NỘI", agency="VNA") == [N, R]
    # must not touch: a delegation received in a capital ("in", the place) gives no side
    assert _filed("Chairman Trần Quốc Hưng received a delegation in Moscow led by Deputy Mayor Andrei "
                  "Sokolin.", "Sokolin noted that trade with Việt Nam grew.", agency="VNA") == [N, N]


def test_probe34p10_a_city_ending_the_sentence_before_is_no_place_of_the_next_title():
    # fixes: "... the Russian city of Novosibirsk. Vice Chairman of the provincial People's Committee
    # Lê Hữu Phước said" took Russia from the city that ended the sentence before (was russia)
    opening = ("Khánh Hòa provincial leaders on April 2 hosted a reception for a delegation from the "
               "Russian city of Novosibirsk.")
    assert _filed(opening, "Vice Chairman of the provincial People's Committee Lê Hữu Phước said Khánh Hòa "
                  "welcomed more Russian tourists.", dateline="NHA TRANG", agency="VNA") == [N, V]
    # must not touch: a city opening the title, split at its dot or not
    assert _filed("Vietnam and Russia met.", "St. Petersburg Governor Viktor Mirenko said trade grew.",
                  agency="VNA") == [N, R]
    assert _filed("Vietnam and Russia met.", "Vladivostok Mayor Ivan Petrov said trade grew.",
                  agency="VNA") == [N, R]


# --- the lead's round 36g (heldout146, people-to-people, spent) ---


def test_lead36_a_bodys_remit_with_others_stays_in_its_name():
    # fixes: "Vice President of the Chinese People's Association for Friendship with Foreign Countries (CPAFFC)
    # Wang Lihua said" (e1803): "with" after a noun of the remit joins the name, so the title reaches the name
    assert speakers("Vice President of the Chinese People's Association for Friendship with Foreign Countries "
                    "(CPAFFC) Wang Lihua said Chinese visitors had returned.") == [("Wang Lihua", "china")]
    # must not touch: "with" after any other word
    assert sides("Russia signed a deal with Vietnam on Monday.") == [N]


def test_lead36_a_capital_opening_the_body_of_an_apposition_is_its_side():
    # fixes: "Nikolai Belyakov, chairman of the Moscow Union of Veterans of Vietnam, told ..." (e1794): Moscow's
    # body, the country after "of" is what it is about
    assert speakers("Nikolai Belyakov, chairman of the Moscow Union of Veterans of Vietnam, told the gathering that "
                    "ties were strong.") == [("Nikolai Belyakov", R)]
    # must not touch: a capital the person is in, no body's first word
    assert sides("Ivan Petrov, a teacher in Moscow, said ties were strong.") == [N]


def test_lead36_an_acronym_of_a_body_of_two_sides_is_neithers():
    # fixes: "Association of Vietnamese Alumni of Russia (AVAR)" made AVAR Russian, and its Vietnamese
    # chairman with it (e1796); the chairman's own name decides
    assert sides("The forum was co-organised by the Association of Vietnamese Alumni of Russia (AVAR) and the "
                 "Russian Embassy.", "AVAR chairman Phạm Văn Đức said many alumni hold senior posts.") == [N, V]
    # must not touch: a body of one country's name ("Association of Tour Operators of Russia (ATOR)")
    assert sides("The Association of Tour Operators of Russia (ATOR) met in Moscow.",
                 "According to ATOR, demand grew by a third.") == [N, R]
    # nor a party whose name holds another side's party name before "of" and the country that owns it
    # ("Liberal Democratic Party of Russia (LDPR)", not Japan's party of that name)
    assert sides("A delegation of the Liberal Democratic Party of Russia (LDPR) arrived.",
                 "LDPR deputy Ivan Petrov said ties were strong.") == [N, R]


def test_lead36_delegates_of_the_two_sides_agree_jointly():
    # fixes: "Delegates of the two countries agreed to promote trade ..." (after e1803's "Delegates agreed"),
    # as "Participants agreed"
    assert sides("Delegates of the two countries agreed to promote trade in farm produce.") == [J]
    # must not touch (review 51): bare delegates, who may be one party's congress; delegates who only visit
    assert sides("Delegates agreed that the Party must strengthen its leadership.") == [N]
    assert sides("Earlier, the delegates of the two countries visited an exhibition of photographs.") == [N]

def test_probe35p1_a_person_of_no_side_is_of_the_city_the_report_is_filed_from():
    # fixes: VNA copy filed from Vladivostok naming only Việt Nam left "Governor of the Primorye Territory
    # Sergei Morozov" of no side (was narrator); Nhân Dân copy from Kunming, "Zhao Jianguo" (a two-word
    # pinyin name shows no origin; was narrator)
    assert _filed("Vietnamese Consul General Nguyen Van Loc met with Governor of the Primorye Territory Sergei "
                  "Morozov.", "Morozov said Vietnam will get more flights.", dateline="VLADIVOSTOK",
                  agency="VNA") == [N, R]
    assert _filed("Secretary of the Yunnan Provincial Party Committee Zhao Jianguo met Dang Van Tuan.",
                  "Zhao said the two parties will expand cadre training.", dateline="KUNMING",
                  agency="NDO") == [N, "china"]
    # must not touch: copy filed from a city of the side a name origin covers gives no side to others
    assert _filed("Deputy Minister Nguyen Van Loc met Governor Sergei Morozov.",
                  "Morozov said Vietnam will get more flights.", dateline="HÀ NỘI", agency="VNA") == [N, N]


def test_probe35p1_a_kind_of_local_government_of_one_country_gives_that_side_last():
    # fixes: VNA copy from Hà Nội naming only Việt Nam: "Governor of the Irkutsk region X" and the
    # leader of "a delegation of the Tomsk region" were of no side (were narrator): the kind of local
    # government (names.yml local_kinds) is Russia's
    assert _filed("Deputy Prime Minister Nguyen Hoang Long received Governor of the Irkutsk region Andrei Belykh "
                  "in Hanoi.", "Belykh said Irkutsk wants to sell more electricity to Vietnam.",
                  dateline="HANOI", agency="VNA") == [N, R]
    assert _filed("Deputy Minister Le Thi Ha received a delegation of the Tomsk region led by Governor Sergei "
                  "Ilyin.", "Ilyin said Tomsk will admit more Vietnamese students.", dateline="HANOI",
                  agency="VNA") == [N, R]
    # must not touch: a report that names another side gives it first (rule 7: a Belarusian "region")
    assert _filed("Deputy Prime Minister Nguyen Hoang Long received Governor of the Gomel region Ivan "
                  "Kovalenko.", "Kovalenko said Belarus wants to sell more tractors to Vietnam.",
                  dateline="HANOI", agency="VNA") == [N, "belarus"]


def test_probe35p1_a_city_ending_a_title_after_of_is_the_posts_place():
    # fixes: "Mayor of Kazan Ivan Petrov" in VNA copy naming only Việt Nam (was narrator): a listed city
    # after "of" that ends the title gives its country, as "Kazan Mayor X" does
    assert _filed("Deputy Prime Minister Tran Quoc Viet received Mayor of Kazan Ivan Petrov.",
                  "Petrov said Vietnam will get more flights.", dateline="HANOI", agency="VNA") == [N, R]
    # must not touch: a city after "in" is where the post is, no side
    assert _filed("Vietnam and Laos held talks.", "Consul General in Kazan Ivan Petrov said Laos will get more "
                  "flights.", dateline="HANOI", agency="VNA") == [N, N]


# --- probe 35p8 (speakers in people-to-people copy) ---


def test_probe35p8_a_side_in_a_relative_clause_after_a_persons_noun_is_not_theirs():
    # fixes: ", a veteran who helped build Vietnam's air defence," names what the person did, not
    # whose they are (was vietnam); with no other mark the person has no side
    assert speakers("Nikolai Borisenko, a veteran who helped build Vietnam's air defence, said he was proud.") == [
        ("Nikolai Borisenko", N)]
    # must not touch: the side word before the relative clause, and a relative clause that gives the post
    assert speakers("Nikolai Borisenko, a Russian veteran who helped build Vietnam's air defence, said he was "
                    "proud.") == [("Nikolai Borisenko", R)]
    assert speakers("Konstantin Orlov, who heads the international commission of United Russia, said the "
                    "talks went well.") == [("Konstantin Orlov", R)]


# --- probe 38p2: sides of regional and local officials and bodies ---

def test_probe38p2_a_place_word_in_lower_case_after_its_name_is_a_place_of_its_level():
    # fixes: "Ulyanovsk region's head X" names a region; "the regional government said" after it is
    # that region's, at the end of the sentence too (were narrator)
    first = ("Ulyanovsk region's head Alexei Russkikh held talks with a delegation from Vietnam's Vinh Phuc "
             "province on Thursday.")
    assert sides(first, "The two sides signed a memorandum on trade, the regional government said.") == [N, R]
    assert sides(first, "The regional government said the two sides signed a memorandum.") == [N, R]
    # must not touch: a place word after the sentence's article alone; a region of no capitalised name
    assert sides("The region's head Alexei Russkikh held talks with a delegation from Vietnam on Thursday.",
                 "The two sides signed a memorandum on trade, the regional government said.") == [N, N]
    assert sides("Alexei Russkikh held talks on the region's trade with a delegation from Vietnam.",
                 "The two sides signed a memorandum on trade, the regional government said.") == [N, N]


def test_probe38p2_a_governor_of_a_russian_kind_of_region_in_copy_that_names_another_side():
    # fixes: "Irkutsk Region Governor X" in copy that names only Laos is Russian by the kind of his region,
    # not of the side the text names most (was laos); "The Irkutsk governor said" after him too
    s = "Irkutsk Region Governor Igor Kobzev met Lao Deputy Prime Minister Saleumxay Kommasith on Tuesday."
    assert speakers(s, "The Irkutsk governor said the region is ready to train more Lao students.")[1] == (
        "Igor Kobzev", R)
    # must not touch: a capitalised Region ending a longer name; a province (no kind of one country)
    assert sides("The Hong Kong Special Administrative Region Governor Tom Smith met Lao Deputy Prime Minister "
                 "Saleumxay Kommasith on Tuesday.", "Smith said trade would grow.")[1] == "laos"
    assert sides("Bokeo Province Governor Khamphan Sila met Lao Deputy Prime Minister Saleumxay Kommasith "
                 "on Tuesday.", "Khamphan said trade would grow.")[1] == "laos"


# --- probe 38p6 (health and labour beyond the usual nouns) ---


def test_probe38p6_the_bodys_head_in_the_possessive_is_of_the_body_named_before():
    # fixes: "Russia's ... Agency ..., the agency's head X" took the side the document names most (Laos,
    # twice with "the Lao side")
    assert sides("Russia's Federal Medical-Biological Agency will send doctors to Laos, the agency's head "
                 "Igor Morozov said.", "According to Morozov, the specialists will help the Lao side.") == [R, R]
    # must not touch: no body of that noun named before with a side word (rule 7 as before)
    assert sides("The FMBA will send doctors to Laos, the agency's head Igor Morozov said.",
                 "According to Morozov, the specialists will help the Lao side.") == ["laos", "laos"]


# --- review 54 (misfires of probes 38p1-38p9 and round 38a-38b) ---


def test_review54_a_part_of_the_world_is_no_region_of_local_government():
    # fixes: probe 38p2's lower-case place word read "the Asia-Pacific region" as a regional government's
    assert _filed("Vietnam and Russia discussed security in the Asia-Pacific region.",
                  "The regional government said it would host a forum.", dateline="MOSCOW", agency="VNA") == [J, N]
    # must not touch: a region by its name (probe 38p2)
    assert _filed("Vietnamese Deputy Prime Minister Tran Luu Quang received Governor of the Sverdlovsk region "
                  "Denis Pasler.", "The regional government said it would send a delegation.",
                  dateline="HANOI", agency="VNA") == [N, R]


def test_review54_a_news_agency_cited_is_not_the_agency_whose_head_speaks():
    # fixes: probe 38p6's "the agency's head X" took the news agency the report cites
    assert sides("Russia's Federal Medical-Biological Agency will send doctors to Laos, Vietnam News Agency "
                 "reported.", "The agency's head Igor Morozov said the doctors would arrive in May.") == [N, R]
    # must not touch: the body named with its side (probe 38p6)
    assert sides("Russia's Federal Medical-Biological Agency will send doctors to Laos, the agency's head "
                 "Igor Morozov said.", "According to Morozov, the specialists will help the Lao side.") == [R, R]
