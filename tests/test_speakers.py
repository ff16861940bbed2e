"""Who frames it: speaker attribution rules, on made-up sentences and on the two reports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from framing.config import Side, load_study
from framing.corpus import load_corpus
from framing.errors import InputError, LexiconError
from framing.lexicons import load_actors
from framing.sectors import find_sector_mentions
from framing.speakers import SPEAKER_COLUMNS, attribute_speakers, discover_people
from framing.tokens import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TL, LHT, DM, GZ = "Tô Lâm", "Lê Hoài Trung", "Dmitry Medvedev", "Gennady Zyuganov"
V, R, J, N = "vietnam", "russia", "joint", "narrator"

# Made-up sides, as a study file gives them (the library holds no side of its own).
SIDES = (
    Side("vietnam", "Việt Nam", countries=("Việt Nam", "Vietnam"), adjectives=("Vietnamese",),
         parties=("Communist Party of Việt Nam", "CPV")),
    Side("russia", "Russia", countries=("Russia", "Russian Federation"), adjectives=("Russian",),
         parties=("United Russia", "URP", "CPRF")),
    Side("laos", "Laos", countries=("Laos",), adjectives=("Lao",), parties=("LPRP",)),
    Side("china", "China", countries=("China",), adjectives=("Chinese",),
         parties=("Communist Party of China", "CPC")),
    Side("belarus", "Belarus", countries=("Belarus",), adjectives=("Belarusian",)),
)


@pytest.fixture(scope="module")
def study():
    return load_study()


@pytest.fixture(scope="module")
def actors(study):
    return load_actors(study.actors, sides=study.sides)


def attributed(*sentences: str, actors=None, sides=SIDES) -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    act = actors if actors is not None else load_actors(sides=sides)
    out = attribute_speakers(split_sentences(docs), actors=act)
    assert len(out) == len(sentences)
    return out


def speakers(*sentences: str, actors=None) -> list[tuple[str, str]]:
    out = attributed(*sentences, actors=actors)
    return list(zip(out["speaker"], out["side"], strict=True))


def sides(*sentences: str) -> list[str]:
    return list(attributed(*sentences)["side"])


def rules(*sentences: str) -> list[str]:
    return list(attributed(*sentences)["rule"])


# --- the two reports, attributed by hand --------------------------------------------------------
# (sentence id: opening words -> speaker, side, rule)
HAND = {
    "2025-10-10-pyongyang": [
        (TL, V),  # 0 "..., said Party General Secretary Tô Lâm at his meeting": inverted
        (N, N),  # 1 "The meeting took place ...": no reporting verb
        (f"{TL} and {DM}", J),  # 2 "At the meeting, ... Tô Lâm and Medvedev emphasised"
        (TL, V),  # 3 "The Vietnamese leader extended ... expressed": last Vietnamese speaker
        (DM, R),  # 4 "For his part, Medvedev conveyed"
        (TL, V),  # 5 "Party General Secretary Tô Lâm stressed"
        ("both sides", J),  # 6 "Both sides agreed"
        (DM, R),  # 7 "Medvedev congratulated"
        (DM, R),  # 8 "On behalf of the URP, he wished": he -> previous speaker
        (f"{TL} and {DM}", J),  # 9 "The two leaders expressed": the last two people who spoke
        (f"{TL} and {DM}", J),  # 10 "They also discussed": they -> previous speaker
        ("both sides", J),  # 11 "The two sides agreed"
        ("both sides", J),  # 12 "They also committed"
        (f"{TL} and {DM}", J),  # 13 "The leaders exchanged views"
        (TL, V),  # 14 "On this occasion, on behalf of ..., Party General Secretary Tô Lâm invited"
    ],
    "2026-02-24-moscow": [
        (N, N),  # 0 "Special Envoy ... Lê Hoài Trung, held separate meetings": not a reporting verb
        (LHT, V),  # 1 "At the meetings, Trung said"
        (LHT, V),  # 2 "He highlighted"
        (N, N),  # 3 "For the first time, foreign affairs ... has been identified"
        (LHT, V),  # 4 "The foreign minister affirmed": a role of Trung
        (LHT, V),  # 5 "He put forward several proposals"
        ("Russian party heads", R),  # 6 "For their parts, the Russian Party heads spoke highly"
        (DM, R),  # 7 "Medvedev stressed"
        (GZ, R),  # 8 "Zyuganov described"
        (f"{DM} and {GZ}", R),  # 9 "Both leaders expressed": the two Russians who spoke last
        (DM, R),  # 10 "Medvedev affirmed"
        (DM, R),  # 11 "He expressed readiness"
        (DM, R),  # 12 "He underlined"
        (DM, R),  # 13 "This would encompass ...": reported speech goes on
        (GZ, R),  # 14 "Russian Communist Party chief Zyuganov agreed"
        ("both sides", J),  # 15 "During the meetings, the sides also exchanged views"
        (LHT, V),  # 16 "On the occasion, Trung conveyed invitations"
        (N, N),  # 17 "The invitations were graciously accepted."
    ],
}


@pytest.fixture(scope="module")
def docs():
    return load_corpus()


def test_reports_attributed_as_by_hand(docs, actors):
    out = attribute_speakers(split_sentences(docs), actors=actors)
    assert list(out.columns) == SPEAKER_COLUMNS
    pd.testing.assert_frame_equal(out[list(split_sentences(docs).columns)], split_sentences(docs))
    for doc_id, expected in HAND.items():
        mine = out[out["doc_id"] == doc_id]
        assert list(zip(mine["speaker"], mine["side"], strict=True)) == expected


def test_reports_get_the_same_sides_without_the_actors_file(docs, study):
    """People found in the text, sides from the study's words: the actors file is not needed."""
    with_file = attribute_speakers(split_sentences(docs), actors=load_actors(study.actors, sides=study.sides))
    without = attribute_speakers(split_sentences(docs), actors=load_actors(sides=study.sides))
    assert list(without["side"]) == list(with_file["side"])


def test_side_counts_in_the_reports(docs, actors):
    out = attribute_speakers(split_sentences(docs), actors=actors)
    # Pyongyang: vietnam 4 (s0, s3, s5, s14), russia 3, joint 7, narrator 1
    # Moscow: vietnam 5 (s1, s2, s4, s5, s16), russia 9, joint 1, narrator 3
    counts = out.groupby(["doc_id", "side"], observed=True).size()
    assert counts["2025-10-10-pyongyang"].to_dict() == {J: 7, N: 1, R: 3, V: 4}
    assert counts["2026-02-24-moscow"].to_dict() == {J: 1, N: 3, R: 9, V: 5}


def test_the_rule_column_says_what_attributed_each_sentence(docs, actors):
    out = attribute_speakers(split_sentences(docs), actors=actors)
    p = list(out[out["doc_id"] == "2025-10-10-pyongyang"]["rule"])
    assert p[:3] == ["inverted", "narrator", "inverted"]  # ", said ... Tô Lâm"; "At the meeting, ..."
    assert p[6] == "group" and p[8] == "inverted:pronoun" and p[10] == "pronoun"
    m = list(out[out["doc_id"] == "2026-02-24-moscow"]["rule"])
    assert m[13] == "continuation" and m[7] == "subject+verb"


# --- rules on made-up sentences (the study's actors file) -------------------------------------


def test_subject_of_a_reporting_verb(actors):
    assert speakers("Tô Lâm said the talks were useful.", actors=actors) == [(TL, V)]
    assert speakers("Medvedev underlined the point.", actors=actors) == [(DM, R)]
    assert speakers("Medvedev arrived in Hanoi.", actors=actors) == [(N, N)]  # not a reporting verb


def test_titles_before_a_name_and_roles(actors):
    assert speakers("Russian Communist Party chief Zyuganov agreed to coordinate.", actors=actors) == [(GZ, R)]
    assert speakers("Party General Secretary Tô Lâm stressed ties.", actors=actors) == [(TL, V)]
    assert speakers("The foreign minister affirmed the plan.", actors=actors) == [(LHT, V)]


def test_inverted_reports(actors):
    assert speakers("Ties are strong, said Medvedev.", actors=actors) == [(DM, R)]
    assert speakers("Trade is growing, Zyuganov said.", actors=actors) == [(GZ, R)]


def test_leading_adverbials_and_appositions_are_skipped(actors):
    assert speakers("At the meeting, Trung said the congress succeeded.", actors=actors) == [(LHT, V)]
    assert speakers("On this occasion, on behalf of the party, Medvedev invited him.", actors=actors) == [(DM, R)]
    assert speakers("Medvedev, Chairman of URP, said ties matter.", actors=actors) == [(DM, R)]


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


def test_narrator_otherwise(actors):
    assert speakers("The meeting took place in Moscow.", "The invitations were accepted.", actors=actors) == [
        (N, N),
        (N, N),
    ]


# --- people found in the text: no actors file, the sides of the study ---------------------------


def test_title_and_name_give_a_person_and_its_side():
    people = discover_people(
        "Russian Deputy Prime Minister Ivan Petrov met Lao Prime Minister Khamla Vongsa.",
        actors=load_actors(sides=SIDES),
    )
    assert [(p.name, p.side, p.how) for p in people] == [
        ("Ivan Petrov", R, "title"),
        ("Khamla Vongsa", "laos", "title"),
    ]
    assert sides("Russian Deputy Prime Minister Ivan Petrov said trade grew.") == [R]
    # a place before a title is no person: "Xiengkhouang Governor Somphone Inthavong"
    assert [p.name for p in discover_people("Xiengkhouang Governor Somphone Inthavong spoke.")] == [
        "Somphone Inthavong"
    ]


def test_side_from_an_apposition_a_delegation_or_the_name():
    act = load_actors(sides=SIDES)
    text = (
        "Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee, met "
        "a URP delegation headed by Andrei Lebedev. Minister of Industry and Trade Phạm Minh Khôi "
        "attended."
    )
    assert [(p.name, p.side, p.how) for p in discover_people(text, actors=act)] == [
        ("Xi Jinping", "china", "apposition"),
        ("Andrei Lebedev", R, "delegation"),
        ("Phạm Minh Khôi", V, "origin"),
    ]
    # an ambassador's side is not the country he is posted to
    people = discover_people("Russian Ambassador to Vietnam Gennady Orlov attended.", actors=act)
    assert [(p.name, p.side) for p in people] == [("Gennady Orlov", R)]


def test_a_title_in_lower_case_or_a_full_vietnamese_name_introduces_a_person():
    act = load_actors(sides=SIDES)
    text = (
        "Politburo member and head of the CPV Central Committee's Commission for Information "
        "Trần Đức Lộc and head of the CPC Central Committee's Publicity Department Wang Lihua "
        "co-chaired the event. Đinh Công Tuấn attended."
    )
    assert [(p.name, p.side) for p in discover_people(text, actors=act)] == [
        ("Trần Đức Lộc", V),
        ("Wang Lihua", "china"),
        ("Đinh Công Tuấn", V),
    ]
    # institutions are no people: "the Youth Union's Central Committee", "the Party School"
    assert discover_people("First Secretary of the Youth Union's Central Committee spoke.") == []
    assert [p.name for p in discover_people("Rector of the United Russia Party School Olga Semenova.")] == [
        "Olga Semenova"
    ]


def test_later_short_forms_resolve_within_the_document():
    assert sides(
        "Minister of Industry and Trade Trần Văn Bình received Chinese Vice Minister Li Mingyuan.",
        "Party chief Bình noted that trade grew.",  # a Vietnamese name: the given name
        "Minister Bình also said that ties were strong.",
        "Li said China would invest.",  # a Chinese name: the surname, first
    ) == [N, V, V, "china"]


def test_role_phrases_name_a_person_introduced_before():
    text = (
        "Belarusian President Ivan Marchenko received Vietnamese Deputy Prime Minister Đoàn Văn Sơn.",
        "The head of state noted that trade had grown.",
        "The Vietnamese guest thanked the host.",
        "The host said Belarus would supply tractors.",
        "His Vietnamese counterpart welcomed the offer.",
    )
    out = attributed(*text)
    assert list(out["speaker"][1:]) == ["Ivan Marchenko", "Đoàn Văn Sơn", "Ivan Marchenko", "Đoàn Văn Sơn"]
    assert list(out["side"]) == [N, "belarus", V, "belarus", V]
    assert list(out["rule"][1:]) == ["role"] * 4


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


def test_received_is_no_speech_and_sides_come_only_from_the_study():
    assert sides("Lao Prime Minister Khamla Vongsa received a delegation.") == [N]
    # without sides in the study, people are found but have no side
    out = attributed("Lao Prime Minister Khamla Vongsa said trade grew.", sides=())
    assert list(out["speaker"]) == ["Khamla Vongsa"] and list(out["side"]) == [N]


# --- the actors list ------------------------------------------------------------------------


def test_packaged_actors_name_nobody_and_the_study_file_adds_people(study):
    assert load_actors().people == {}
    act = load_actors(study.actors, sides=study.sides)
    assert act.people[TL] == V and act.people[GZ] == R
    assert any(g["label"] == "both sides" and g["side"] == J for g in act.groups)


GOOD = """
people:
  - name: Ann
    side: vietnam
groups:
  - label: both teams
    side: joint
    phrases: [both teams]
reporting_verbs: [said]
"""


@pytest.mark.parametrize(
    "text, message",
    [
        ("people: [\n", "not valid YAML"),
        (GOOD + "colour: red\n", "unknown top-level key(s) colour"),
        (
            GOOD.replace("side: vietnam", "side: korea"),
            "person 'Ann': side 'korea' is not a side of the study",
        ),
        (
            GOOD.replace("    side: joint\n", "    side: joint\n    size: 2\n"),
            "group 'both teams': unknown key(s) size",
        ),
        (GOOD + "openers: [at, on]\n", "'openers': item True is not a word (quote it"),
        (
            GOOD.replace("phrases: [both teams]", "phrases: [Ann]"),
            "group 'both teams': phrase 'ann'",
        ),
    ],
)
def test_bad_actor_lists_fail_with_one_line(tmp_path, text, message):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_actors(path, sides=("vietnam", "russia"))
    assert isinstance(err.value, InputError)
    assert message in str(err.value) and str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_a_custom_actors_list_is_used(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(GOOD, encoding="utf-8")
    docs = pd.DataFrame(
        {"doc_id": ["d"], "period": ["p"], "text": ["Ann said yes. Medvedev said no."]}
    )
    out = attribute_speakers(split_sentences(docs), actors=path)
    # Medvedev: not in this list, and no title introduces him: the narrator's sentence
    assert list(out["speaker"]) == ["Ann", N]
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Ann said energy matters."]})
    m = find_sector_mentions(docs, actors=path)
    assert list(zip(m["sector"], m["speaker"], m["side"], strict=True)) == [("energy", "Ann", V)]


def test_study_sides_reach_the_speakers_through_analyse(study):
    import framing

    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
                         "text": ["Russian Deputy Prime Minister Ivan Petrov said energy matters."]})
    a = framing.analyse(docs, study=dataclasses.replace(study, actors=None))
    assert list(a.mentions["side"]) == [R]


# --- rules added for issue 13 (round 2): each with an example it fixes and one it must not touch ---

CUBA_SIDES = (
    *SIDES,
    Side("cuba", "Cuba", countries=("Cuba",), adjectives=("Cuban",), parties=("PCC",)),
    Side("japan", "Japan", countries=("Japan",), adjectives=("Japanese",)),
)


def test_a_surname_of_two_words_is_a_short_form():
    intro = "Cuban Vice President Roberto Molina Ortega received Vietnamese Minister Trần Văn Bình."
    out = attributed(intro, "According to Molina Ortega, trade grew.", "Trade grew, Molina Ortega said.", sides=CUBA_SIDES)
    assert list(zip(out["speaker"][1:], out["side"][1:], strict=True)) == [("Roberto Molina Ortega", "cuba")] * 2
    # must not touch: a Vietnamese name keeps its given-name usage, "Văn Bình" is no short form
    out = attributed(intro, "Văn Bình Street was closed.", sides=CUBA_SIDES)
    assert out["side"][1] == N


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


def test_in_x_account_is_reported_speech():
    intro = "Russian Deputy Prime Minister Ivan Petrov met Lao Prime Minister Khamla Vongsa."
    assert sides(intro, "In Petrov's account, the talks went well.")[1:] == [R]
    assert rules(intro, "In Petrov's account, the talks went well.")[1:] == ["view"]
    # must not touch: "on account of" names nobody
    assert sides(intro, "On account of the rain, the visit was short.")[1:] == [N]


def test_role_nouns_communist_and_lawmaker_refer_back():
    intro = "CPRF First Deputy Chairman Leonid Zhukov received Vietnamese Ambassador Đặng Minh Khôi."
    assert speakers(intro, "The Russian communist said the party would send a group.")[1:] == [("Leonid Zhukov", R)]
    # must not touch: "communist" as an adjective of no subject
    assert sides(intro, "The communist movement has a long history in Asia.")[1:] == [N]


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


def test_a_person_named_after_a_country_subject_is_the_speaker():
    sentence = (
        "Japan and Vietnam agreed Wednesday to protect trainees better, Japanese Minister "
        "Kenji Morimoto said after the talks."
    )
    out = attributed(sentence, sides=CUBA_SIDES)
    assert (out["speaker"][0], out["side"][0]) == ("Kenji Morimoto", "japan")
    # must not touch: countries alone remain a joint subject
    assert list(attributed("Japan and Vietnam agreed to expand trade.", sides=CUBA_SIDES)["side"]) == [J]


def test_a_provincial_title_reaches_the_name_and_a_place_after_the_is_no_person():
    lao = attributed(
        "Secretary of the Điện Biên provincial Party Committee Lò Thị Hương said trade grew.",
        "Lao Party Secretary Khamla Sipaseuth thanked the host.",
    )
    assert list(zip(lao["speaker"], lao["side"], strict=True)) == [
        ("Lò Thị Hương", V), ("Khamla Sipaseuth", "laos")
    ]
    people = discover_people(
        "Secretary of the Điện Biên provincial Party Committee Lò Thị Hương spoke.",
        actors=load_actors(sides=SIDES),
    )
    assert [p.name for p in people] == ["Lò Thị Hương"]
    # must not touch: a title and a name with no "the" before the name
    assert sides("Lao Deputy Prime Minister Khamla Vongsa said trade grew.") == ["laos"]


def test_a_side_word_with_marks_the_study_does_not_list_is_another_word():
    # "Lào Cai" (a Vietnamese province) is not "Lao"
    text = "Secretary of the Lào Cai provincial Party Committee Đặng Văn Phúc said trade grew."
    assert sides(text) == [V]
    # must not touch: the spelling the study lists, and a plain spelling without marks
    assert sides("Lao Deputy Prime Minister Khamla Vongsa said trade grew.") == ["laos"]
    viet = (Side("vietnam", "Việt Nam", countries=("Việt Nam",), adjectives=("Vietnamese",)),)
    out = attributed("Viet Nam Deputy Minister Trần Văn Bình said trade grew.", sides=viet)
    assert list(out["side"]) == [V]


# --- issue 13, round 3: rules written after scoring twelve new reports (heldout2) untouched -----

INDIA_SIDES = (*SIDES, Side("india", "India", countries=("India",), adjectives=("Indian",)))


def test_a_title_with_a_bracket_reaches_the_name():
    out = attributed(
        "Deputy Minister of Construction (MOC) Nguyễn Hữu Tuấn and Vice Governor of Yunnan Province (China) "
        "Wang Jianhua co-chaired the session.",
        "Wang said Yunnan is ready to expand trade.",
        "Tuấn said the railway would open in 2030.",
    )
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Wang Jianhua", "china"),
                                                                      ("Nguyễn Hữu Tuấn", V)]
    # must not touch: a bracket that defines an acronym stays out of the person's name
    names = [p.name for p in discover_people("Lao People's Revolutionary Party (LPRP) Secretary Khamla "
                                             "Sipaseuth met them.", actors=load_actors(sides=SIDES))]
    assert names == ["Khamla Sipaseuth"]


def test_the_comma_closing_an_apposition_before_the_verb():
    out = attributed(
        "Russian Deputy Minister Pavel Gromov met them.",
        "The head of the Vietnamese delegation, Deputy General Director Hoang Van Dung, expressed interest in oil.",
        "In his words, the economy will need more power.",
    )
    assert list(out["speaker"])[1:] == ["Hoang Van Dung", "Hoang Van Dung"]
    # must not touch: an apposition opened after the subject still needs its closing comma
    assert sides("Russian Deputy Minister Pavel Gromov met them.",
                 "Gromov, Deputy Minister of Energy, said trade grew.") == [N, R]


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


def test_his_counterpart_is_of_the_other_side_and_he_is_the_person_of_a_joint_sentence():
    out = attributed(
        "India and Vietnam agreed to deepen defence cooperation, as Defence Minister Rajiv Menon held talks "
        "with his Vietnamese counterpart General Phùng Văn Cường here.",
        "He also proposed training officers.",
        "The Vietnamese minister thanked India.",
        "Later in the day, General Cường called on External Affairs Minister Sunil Rao.",
        sides=INDIA_SIDES,
    )
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [
        ("Rajiv Menon", "india"), ("Phùng Văn Cường", V), (N, N)]
    # must not touch: "called on X to" is urging
    out = attributed("Vice President Chea Sophal met Secretary Phạm Quang Đạo.", "Sophal called on the two governments to cut tariffs.",
                     sides=INDIA_SIDES)
    assert out["speaker"][1] == "Chea Sophal"


def test_an_institution_named_with_a_side_word_reports():
    assert sides("Earlier, the Russian Ministry of Energy reported that trade rose.") == [R]
    # must not touch: an institution that only acts
    assert sides("Earlier, the Russian Ministry of Energy signed a contract.") == [N]


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


def test_in_the_view_of_and_according_to_a_statement():
    out = attributed(
        "Vice Governor Wang Jianhua of China met Vietnamese Deputy Minister Nguyễn Hữu Tuấn.",
        "In the view of the Chinese guest, the railway will be a backbone of trade.",
        "According to a ministry statement, he urged companies to invest.",
    )
    assert list(out["side"])[1:] == ["china", "china"]
    # must not touch: "according to official data" stays the narrator's
    assert sides("According to official data, trade rose by 12%.") == [N]


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


def test_a_subject_that_ends_the_text_is_no_speaker_and_no_crash():
    # a byline or caption: the subject runs to the end of the document, no verb follows
    from framing.speakers import speakers_of_document

    assert speakers_of_document("Minister Nguyen Van Binh", [(0, 24)]) == [("narrator", "narrator", "narrator")]
    text = "Vietnam and Russia discussed energy cooperation, Deputy Minister Nguyen Van Binh"
    m = find_sector_mentions(pd.DataFrame({"doc_id": ["a"], "period": ["p"], "text": [text]}))
    assert m[["surface", "start", "speaker"]].values.tolist() == [["energy", 29, "narrator"]]
