"""Tests of :mod:`framing.speakers.quotes`: quotations across sentences, interviews, pairs, narrated subjects.

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_speakers.py``; shared helpers in
``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pandas as pd
from speakers_helpers import (
    SIDES,
    J,
    N,
    R,
    V,
    _sides_by_paragraph,
    attributed,
    rules,
    sides,
    speakers,
)

from framing.lexicons import load_actors
from framing.speakers import attribute_speakers
from framing.tokens import split_sentences

# === rule: `_quotation_pairs` ==================================================================
# --- people found in the text ---


def test_reported_speech_beyond_x_said():
    intro = "Russian Deputy Prime Minister Ivan Petrov met Lao Prime Minister Khamla Vongsa."
    assert rules(intro, "According to Petrov, trade grew.")[1:] == ["according-to"]
    assert sides(intro, "Petrov spoke.", "According to him, trade grew.")[1:] == [R, R]
    assert rules(intro, "In Khamla's view, energy matters.")[1:] == ["view"]
    assert sides(intro, "Khamla spoke.", "In his words, energy matters.")[1:] == ["laos", "laos"]
    # "X shared Y's view": both hold it
    assert sides(intro, "Petrov shared Khamla's view that trade should grow.")[1:] == [J]
    assert sides(intro, '"Trade will grow," Petrov told reporters.')[1:] == [R]
    # a quotation over two sentences has one speaker
    assert sides(intro, '"Trade will grow.', 'Energy too," Khamla said.')[1:] == ["laos", "laos"]
    # a broad set of verbs
    for verb in ["consented", "asserted", "pledged", "urged", "briefed", "was quoted as saying"]:
        assert sides(intro, f"Khamla {verb} that power exports would rise.")[1:] == ["laos"]
    # data is nobody's speech; sources of a side speak for it
    assert sides(intro, "Trade rose, according to official data.")[1:] == [N]
    assert sides(intro, "According to Vietnamese officials, trade rose.")[1:] == [V]
    # countries as subjects
    assert sides("Laos and Russia agreed Friday to expand trade.") == [J]


# --- round 7 ---


def test_the_subject_inside_a_quotation_is_not_the_speaker():
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.",
                     '"The Vietnamese side has confirmed its interest.', 'We are ready," he said.',
                     '"Safety comes first.', 'Every design meets the standard," Belov continued.')
    assert list(out["side"])[1:] == [R, R, R, R]
    # must not touch: a quotation mark that never closes makes no quotation
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.", '"The Vietnamese side said it was ready.')
    assert out["side"][1] == V


def test_a_quotation_pairs_only_an_opening_mark_with_the_next_mark():
    # review of round 7: a paragraph of a long quotation left open, then an inch mark further on
    out = attributed("Russian Minister Ivan Petrov met Vietnamese Minister Nguyễn Văn An.",
                     '"Our trade grew by 20 percent," Petrov said.', '"We want more.', '"Energy is key," he added.',
                     "An said ties were strong.", "He hoped for more flights.", 'The 12" pipes arrived.')
    assert list(zip(out["speaker"], out["side"], strict=True))[3:6] == [
        ("Ivan Petrov", R), ("Nguyễn Văn An", V), ("Nguyễn Văn An", V)]
    assert sides("Russian Minister Ivan Petrov met Vietnamese Minister Nguyễn Văn An.", 'The 12" pipes arrived.',
                 "An said ties were strong.", 'Petrov said the 10" pipes were late.') == [N, N, V, R]
    # the quotation the rule was made for still has its speaker
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.",
                     '"The Vietnamese side has confirmed its interest.', 'We are ready," he said.')
    assert list(out["side"])[1:] == [R, R]


# === rule: `_sides_after_pair` =================================================================
# --- round 23a, heldout35 ---


def test_review17b_a_pair_of_one_side_is_no_two_sides():
    # review 17b: "the two <head>" or "both <head>" of one side (people or a side named after it) is
    # no joint subject for "they"
    out = speakers("Russian Foreign Minister Sergey Lavrov said trade grew.",
                   "The two ministers, Lavrov and Shoigu, arrived in Hà Nội on Monday.", "They said ties were strong.")
    assert out[2] == ("Sergey Lavrov", R)
    out = speakers("Russian Foreign Minister Sergey Lavrov said trade grew.",
                   "Both officials from the Russian embassy attended.", "They said ties were strong.")
    assert out[2][1] != J
    # must not touch: a pair of both sides, named or not
    assert speakers("Russian Foreign Minister Sergey Lavrov met Vietnamese Foreign Minister Bùi Thanh Sơn.",
                    "The two ministers, Lavrov and Sơn, toured a factory.", "They agreed to meet again.")[2] == (
        "both sides", J)
    assert speakers("Lavrov said trade grew.", "The two presidents held talks.",
                    "They agreed to meet again.")[2] == ("both sides", J)


# === rule: `_both_sides_subject` ===============================================================
# --- speaker probe 9 ---


def test_fix10_they_after_a_subject_of_both_sides_is_joint():
    # fix 10 (review 16 leftover): "they" is the subject of the narrated sentence before when it names
    # both sides, not whoever spoke last
    assert speakers("Vietnam and Russia held talks in Hà Nội on Monday.",
                    "They agreed to boost cooperation in science.")[1] == ("both sides", J)
    assert speakers("The Russian side expressed its readiness to supply grain.",
                    "The Vietnamese side welcomed Russian investment.", "Both delegations also visited a factory.",
                    "They agreed to boost cooperation.")[3] == ("both sides", J)
    assert speakers("Vietnamese and Russian officials met in Moscow.", "They agreed to meet again.")[1] == (
        "both sides", J)
    # must not touch: one side's subject, sides named after the verb
    assert speakers("Russian officials said trade grew.", "The Russian side welcomed investment.",
                    "They agreed to boost cooperation.")[2] == ("The Russian side", R)
    assert speakers("Russian Deputy Minister Ivan Petrov met Vietnamese officials in Hà Nội.",
                    "They agreed to boost cooperation.")[1] == (N, N)


# --- round 23a, heldout35 ---


def test_review19_sides_after_an_opening_preposition_are_no_subject():
    # fixes: "In Vietnam and Russia, ..." names a place, not the subject "they" points back to
    visit = "Russian Ambassador Ivan Petrov visited a school in Hanoi."
    place = "In Vietnam and Russia, many pupils now learn both languages."
    assert sides(visit, place, "They said the exchanges should grow.")[2] == N
    relation = "Between Vietnam and Russia, trade rose by ten percent last year."
    assert sides(visit, relation, "They said the exchanges should grow.")[2] == N
    # must not touch: the two sides as the subject
    talks = "Vietnam and Russia held talks in Hanoi."
    assert sides(visit, talks, "They agreed to expand trade.")[2] == J


# === rule: `_narrated_subject` =================================================================
# --- probe 14 ---


def test_probe14_answer_paragraphs_of_an_interview_are_the_interviewee():
    text = ("Russian Ambassador Ivan Petrov has given an interview to a Vietnamese newspaper.\n\n"
            "Question: How are relations?\n\nAnswer: Trade is growing. We want more tourists.\n\n"
            "The interview was published on Monday.")
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    assert list(out["side"]) == [N, N, R, R, N]
    assert list(out["rule"])[2:4] == ["interview", "interview"]
    # without a question label there is no interview printed as Q&A: "Answer:" alone is narration
    text = "Russian Ambassador Ivan Petrov gave an interview.\n\nAnswer: the plan was approved."
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    assert list(attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))["side"]) == [N, N]


# === rule: `_quoted_clause` ====================================================================
# --- round 9, heldout7 ---


def test_a_whole_quotation_after_a_quoted_speaker_in_the_paragraph_is_that_speakers():
    # heldout7 e132: '"... 1950," the diplomat recalled. "Since then our peoples ..."' -> the diplomat
    out = attributed("Russian Ambassador Andrei Sokolov gave an interview.",
                     '"Our countries are old friends," Sokolov recalled.', '"Since then we have stood together."')
    assert list(out["side"]) == [N, R, R]
    assert list(out["rule"])[2] == "quotation"
    # must not touch: after a narrator sentence; in a new paragraph; after a speaker who quoted nobody;
    # a quotation followed by its own reporting clause keeps that clause's speaker
    assert sides("Russian Ambassador Andrei Sokolov gave an interview.", "The embassy opened in 1950.",
                 '"Since then we have stood together."') == [N, N, N]
    assert _sides_by_paragraph('Russian Ambassador Andrei Sokolov said: "Our countries are old friends."',
                       '"Since then we have stood together."') == [("Andrei Sokolov", R), (N, N)]
    assert sides("Russian Ambassador Andrei Sokolov said ties were strong.", '"Since then we have stood together."') == [R, N]
    assert sides('"Trade grew," Russian Ambassador Andrei Sokolov said.',
                 '"Ties are strong," Vietnamese Minister Nguyễn Văn An said.') == [R, V]


# --- review of round 9 ---


def test_a_separate_quotation_follows_only_a_quoted_clause():
    # must not touch: a scare quote in the sentence before is no quotation of the speaker's
    assert sides('Russian Ambassador Andrei Sokolov called the talks "useful".',
                 '"Since then we have stood together."') == [R, N]
    # the round-9 case: a quoted clause with its reporting verb after it
    out = attributed("Russian Ambassador Andrei Sokolov gave an interview.",
                     '"Our countries are old friends," Sokolov recalled.', '"Since then we have stood together."')
    assert list(out["side"]) == [N, R, R]


# --- round 12, heldout9 ---


def test_a_quotation_after_one_that_closed_with_its_speaker_is_his():
    # round 12: '"A. B," he noted. "C."': the quotation over two sentences closes before the
    # reporting verb; the next whole quotation in the paragraph is the same speaker's
    opening = "Russian Ambassador Igor Malyshkin met students."
    two = ('"Relations have deep roots.', 'Thousands studied here," he noted.')
    assert sides(opening, *two, '"We want to restore the exchanges."') == [N, R, R, R]
    # must not touch: scare quotes, another speaker's quotation, a narrated sentence between
    assert sides(opening, *two, '"The exchanges" were called "useful".') == [N, R, R, N]
    assert sides(opening, *two, 'Vietnamese Ambassador Dang Minh Khoi said "the exchanges are useful."') == [N, R, R, V]
    assert sides(opening, *two, "Trade grew.", '"We want to restore the exchanges."') == [N, R, R, N, N]


# --- round 23a, heldout35 ---


def test_probe10_a_whole_quotation_after_a_quote_verb_of_continuing():
    # fixes: '"...," the Russian minister continued. "..."': the next whole quotation is the same voice
    opening = "Russian Energy Minister Sergei Tsivilev met Vietnamese Minister Nguyễn Hồng Diên."
    said = '"We have good prospects in agriculture," the Russian minister continued.'
    assert sides(opening, said, '"Vietnamese fruit is popular in Russia."')[1:] == [R, R]
    # must not touch: a whole quotation after a scare quote, or across a paragraph break
    scare = 'Tsivilev called the talks "very useful and open".'
    assert sides(opening, scare, '"Vietnamese fruit is popular in Russia."')[2] == N


# --- round 28a (heldout61) ---

def test_r28a_the_person_a_side_is_represented_by_is_whom_the_next_pronoun_means():
    said = "Novatek Deputy Chairman Pavel Lebedev told reporters that Russia would supply LNG."
    # fixes: "According to him" after "The Vietnamese side was represented by X." (was Lebedev)
    assert speakers(said, "The Vietnamese side was represented by General Director Tran Minh Khoa.",
                    "According to him, the deal fits the plan.")[2] == ("Tran Minh Khoa", V)
    # must not touch: a person who only attended is not the subject the pronoun means
    assert speakers(said, "The talks were attended by General Director Tran Minh Khoa.",
                    "According to him, the deal fits the plan.")[2] == ("Pavel Lebedev", R)


# --- probe 34p3 (defence, security, diplomacy and history as background: tests/probe34p3_data.py) ---


def test_probe34p3_she_after_a_subject_with_a_closed_apposition_of_title():
    # fixes: "Ambassador X, head of Vietnam's mission to the UN, addressed ... She said ..." (was narrator):
    # the apposition of the subject's title, closed by a comma before the verb, leaves one subject
    assert speakers("Ambassador Dang Thi Mai, head of Vietnam's Permanent Mission to the United Nations, "
                    "addressed a UN open debate.", "She said Vietnam has sent 1,000 officers to peacekeeping "
                    "missions.") == [("narrator", N), ("Dang Thi Mai", V)]
    # must not touch: two people named ("X, head of ..., and Russian Ambassador Y attended"), no verb after
    assert sides("Ambassador Dang Thi Mai, head of Vietnam's Permanent Mission to the United Nations, and "
                 "Russian Ambassador Ivan Petrov attended a debate.", "She said Vietnam has sent 1,000 officers "
                 "to peacekeeping missions.") == [N, N]
    assert sides("Ambassador Dang Thi Mai, head of Vietnam's Permanent Mission to the United Nations.",
                 "She said Vietnam has sent 1,000 officers.") == [N, N]


# --- probe 38p5 (quotation mechanics: tests/probe38p5_data.py) ---

def test_probe38p5_a_paragraph_opened_with_a_quote_mark_is_the_speaker_s_who_closes_the_next():
    # fixes: '"Laos is rich in hydropower.' then '"We invite investors," he said.' (was narrator): the
    # newswire habit of opening each paragraph of a long quotation anew and closing only the last
    said = "Lao Deputy Prime Minister Khamsay Vongphet said Laos wants more investment."
    assert sides(said, '"Laos is rich in minerals and hydropower.',
                 '"We invite Vietnamese enterprises to invest in energy," he said.') == ["laos"] * 3
    # a chain of open paragraphs, and sentences without marks inside them, take the closing speaker
    opened = "Russian Deputy Minister Ivan Petrov met Vietnamese officials on Monday."
    assert sides(opened, '"Trade is growing.', "Energy is next.", '"Nuclear is key.',
                 '"We will do more," Petrov said.') == [N, R, R, R, R]
    # must not touch: an open mark followed by a narrator's sentence, or by a quotation with no speaker
    assert sides(opened, '"Trade is growing.', "The talks ended at noon.") == [N, N, N]
    assert sides(opened, '"Trade is growing.', '"Energy is next."') == [N, N, N]
