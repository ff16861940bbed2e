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
from framing.speakers.document import _document_view
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


def speakers(*sentences: str, actors=None, sides=SIDES) -> list[tuple[str, str]]:
    out = attributed(*sentences, actors=actors, sides=sides)
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
    # round 19: a given name alone ("Trung") names the actors file's person where the text names him in full
    assert speakers("Lê Hoài Trung arrived.", "At the meeting, Trung said the congress succeeded.",
                    actors=actors)[1] == (LHT, V)
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


# --- issue 13, round 4: made-up VNA and TASS sentences (each rule: what it fixes, what it leaves) -----


def test_a_short_month_is_a_date_only_before_a_number():
    out = attributed("Vietnamese Prime Minister Phạm Minh Tâm received Chinese Minister of Commerce Wang Jun "
                     "on June 4.",
                     "Wang said China would import more fruit.")
    assert (out["speaker"][1], out["side"][1]) == ("Wang Jun", "china")
    # must not touch: "Jun 4" is a date, and the name before it ends there
    names = [p.name for p in discover_people("Russian Minister Ivan Petrov Jun 4 met them.",
                                             actors=load_actors(sides=SIDES))]
    assert names == ["Ivan Petrov"]


def test_a_run_is_cut_at_its_date_and_the_title_after_it_kept():
    out = attributed("President Lương Văn Khải hosted a reception in Hà Nội on April 2 for Chairman of the "
                     "Russian Federation Council Valentina Orlova.",
                     "The guest said flights would grow.")
    assert (out["speaker"][1], out["side"][1]) == ("Valentina Orlova", R)
    # must not touch: "on Friday, ..." before a name without a title names nobody
    assert sides("On Friday, Hà Nội hosted the fair.", "Officials met.") == [N, N]


def test_a_name_after_an_institution_in_the_title_is_a_person():
    out = attributed("Ivan Yurov met Politburo member and permanent member of the Secretariat Trần Cẩm Tú.",
                     "Tú highlighted the friendship.")
    assert (out["speaker"][1], out["side"][1]) == ("Trần Cẩm Tú", V)
    # must not touch: a capitalised place after "the" is no person
    assert [p.name for p in discover_people("Secretary of the Điện Biên Province Party Committee spoke.",
                                            actors=load_actors(sides=SIDES))] == []


def test_a_head_after_of_in_a_title_is_no_part_of_the_name():
    people = discover_people("A delegation of United Russia led by Secretary of its General Council Andrei "
                             "Turin arrived.", actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people] == [("Andrei Turin", R)]
    # must not touch: a surname that looks like a head right after a title ("Park" is a head too)
    people = discover_people("Korean Minister Park Min-soo met them.", actors=load_actors(sides=SIDES))
    assert [p.name for p in people] == ["Park Min-soo"]


def test_a_long_bracket_inside_a_title_and_its_side():
    out = attributed("Chairman of the Central Committee of the CPRF (Communist Party of the Russian Federation) "
                     "Gennady Zolov met Vietnamese Ambassador Nguyễn Thanh Hải.",
                     "Zolov highly valued the ties with Việt Nam.")
    assert (out["speaker"][1], out["side"][1]) == ("Gennady Zolov", R)
    # must not touch: a bracket that defines an acronym is not read as a title (see above)
    assert sides("The Lao People's Revolutionary Party (LPRP) met.", "Trade rose.") == [N, N]


def test_the_last_word_of_a_name_is_no_country_head():
    out = attributed("Minister of Natural Resources and Environment Đỗ Đức Nam said Việt Nam would plant "
                     "trees.")
    assert (out["speaker"][0], out["side"][0]) == ("Đỗ Đức Nam", V)
    # must not touch: "Korea" alone is still the Korean side when the text names it
    korea = (*SIDES, Side("korea", "Korea", countries=("Republic of Korea",), adjectives=("Korean",)))
    out = attributed("The Republic of Korea and Laos met.", "Korea said trade grew.", sides=korea)
    assert out["side"][1] == "korea"


def test_a_titled_name_before_a_comma_in_a_leading_phrase():
    out = attributed("Trần Văn Hải visited Moscow.",
                     "Meeting with Deputy Secretary of the General Council of United Russia Andrei Kozlov, Hải "
                     "briefed him on the congress.",
                     "Kozlov said United Russia wants to learn.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Trần Văn Hải", V), ("Andrei Kozlov", R)]
    # must not touch: an untitled name before a comma is no new person
    assert [p.name for p in discover_people("Hà Nội, Moscow and Vientiane met.",
                                            actors=load_actors(sides=SIDES))] == []


def test_held_that_and_valued_report():
    out = attributed("Russian Deputy Minister Pavel Gromov met them.", "Gromov highly valued the ties.",
                     "He held that trade would grow.")
    assert list(out["side"]) == [N, R, R]
    # must not touch: "held talks" and "held a meeting" say nothing
    assert sides("Russian Deputy Minister Pavel Gromov met them.", "Gromov held talks with the press.") == [N, N]


def test_the_party_leader_is_the_one_who_leads():
    out = attributed("Lao Party General Secretary Thongsavanh Phomvihane received Vietnamese Party official "
                     "Nguyễn Văn Toàn.", "The Party leader said the exchanges were useful.",
                     "Welcoming the guest, the Party chief affirmed the ties.")
    assert list(out["side"])[1:] == ["laos", "laos"]
    # must not touch: "the Vietnamese official" is still the official
    out = attributed("Lao Party General Secretary Thongsavanh Phomvihane received Vietnamese Party official "
                     "Nguyễn Văn Toàn.", "The Vietnamese official said the exchanges were useful.")
    assert out["speaker"][1] == "Nguyễn Văn Toàn"


def test_the_official_is_one_person_the_officials_a_side():
    out = attributed("Ivan Yurov met Politburo member Trần Cẩm Tú.", "Tú welcomed the visitor.",
                     "The Party official said the two Parties should meet more.")
    assert out["speaker"][2] == "Trần Cẩm Tú"
    # must not touch: "officials" with no side word is no person
    assert sides("Ivan Yurov met Politburo member Trần Cẩm Tú.", "The officials said trade grew.") == [N, N]


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


def test_a_named_institution_the_text_tied_to_a_side():
    out = attributed("Russia's state nuclear corporation Rosatom will train engineers.",
                     "Rosatom said a centre would open.")
    assert (out["speaker"][1], out["side"][1]) == ("Rosatom", R)
    out = attributed("Rosatom Director General Aleksei Lavrin, Deputy Chairman of the Russian Federation "
                     "Council, arrived.", "Rosatom said a centre would open.")
    assert out["side"][1] == R
    # must not touch: a name the text never tied to a side
    assert sides("Rosatom said a centre would open.") == [N]


def test_a_plural_role_is_the_two_people_who_spoke_last():
    out = attributed("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.",
                     "The diplomats discussed a nuclear plant.")
    assert (out["speaker"][3], out["side"][3]) == ("Pavel Gromov and Đặng Minh Khôi", J)
    # must not touch: "the guests" still answer the guest
    out = attributed("Party chief Trần Văn Bình received Russian Deputy Minister Ivan Petrov.",
                     "The guests said trade grew.")
    assert out["speaker"][1] == "Ivan Petrov"


def test_a_seat_of_government_speaks_for_its_country():
    out = attributed("Vietnamese State President Lương Minh Cường met Russian President Vladimir Putin.",
                     "Cường invited Putin to Hà Nội.",
                     "The Russian leader accepted the invitation, the Kremlin said.",
                     "The talks were useful, the Kremlin press service said.")
    assert list(out["side"])[2:] == [R, R]
    # must not touch: a seat whose country the study has no side for names nobody's side
    assert sides("Trade grew, the White House said.") == [N]


def test_a_title_that_closes_with_party_before_the_name():
    out = attributed("Lê Văn Thành held talks with Chairman of the United Russia party Dmitry Mironov.",
                     "Mironov congratulated Thành.")
    assert (out["speaker"][1], out["side"][1]) == ("Dmitry Mironov", R)
    # must not touch: a party word after a verb is no title
    assert [p.name for p in discover_people("Voters backed the ruling party Dmitry Mironov founded.",
                                            actors=load_actors(sides=SIDES))] == []


def test_officials_without_a_side_word_speak_for_the_person_the_sentence_names():
    out = attributed("Indian Defence Minister Rajiv Menon held talks with his Vietnamese counterpart General "
                     "Phan Văn Giang.", "Menon granted Vietnam a line of credit, officials said.",
                     sides=INDIA_SIDES)
    assert (out["speaker"][1], out["side"][1]) == ("officials", "india")
    # must not touch: officials in a sentence that names nobody stay the narrator's
    out = attributed("Indian Defence Minister Rajiv Menon held talks with his Vietnamese counterpart General "
                     "Phan Văn Giang.", "Trade grew, officials said.", sides=INDIA_SIDES)
    assert out["side"][1] == N


def test_a_field_before_a_role_is_its_modifier():
    out = attributed("Russian Minister of Trade Ivan Petrov met Vietnamese Minister of Health Trần Văn Bình.",
                     "Petrov said exports grew.", "Bình said hospitals grew.",
                     "The trade minister added that prices fell.")
    assert out["speaker"][3] == "Ivan Petrov"
    # must not touch: a field word before a noun that is no role
    assert sides("Russian Minister of Trade Ivan Petrov met them.", "The trade talks went well.") == [N, N]


def test_a_leading_participle_is_no_title_of_the_subject():
    out = attributed("National Assembly Chairman Trần Thanh Mẫn held talks with Chairman of the State Duma "
                     "Vyacheslav Volodin.", "Welcoming Volodin and the Russian delegation, Mẫn said ties grew.")
    assert (out["speaker"][1], out["side"][1]) == ("Trần Thanh Mẫn", V)
    # must not touch: two people as one subject
    out = attributed("National Assembly Chairman Trần Thanh Mẫn held talks with Chairman of the State Duma "
                     "Vyacheslav Volodin of the Russian Federation.", "Volodin and Mẫn said ties grew.")
    assert out["side"][1] == J


def test_a_country_after_the_name():
    people = discover_people("Chairman of the State Duma Vyacheslav Volodin of Russia met them.",
                             actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people] == [("Vyacheslav Volodin", R)]
    # a place after the name is no person of its own
    people = discover_people("Governor Ivan Petrov of Primorye Territory met them.", actors=load_actors(sides=SIDES))
    assert [p.name for p in people] == ["Ivan Petrov"]
    # must not touch: "of" after a title opens the office, not a place ("Minister of Trade Ivan Petrov")
    people = discover_people("Minister of Trade Ivan Petrov met them.", actors=load_actors(sides=SIDES))
    assert [p.name for p in people] == ["Ivan Petrov"]


def test_an_institution_that_opens_with_a_side_word():
    assert sides("The Vietnam Oil and Gas Group said output grew.", "Vietnam Airlines reported more flights.") == [V, V]
    # must not touch: a side word before a noun that is no institution
    assert sides("The Russian economy grew.", "Vietnam Oil and Gas said output grew.") == [N, N]


def test_roles_find_the_people_the_actors_file_names(actors):
    out = attributed(
        "Party General Secretary Tô Lâm received Dmitry Medvedev, Chairman of the United Russia party.",
        "The Party leader said the two Parties should deepen ties.",
        "The guest said United Russia values its ties with the CPV.",
        "According to the visitor, trade will grow.",
        actors=actors,
    )
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [(TL, V), (DM, R), (DM, R)]
    # must not touch: the actors file's names and their order in a joint label
    out = attributed("Tô Lâm met Dmitry Medvedev.", "Medvedev and Lâm agreed to meet again.", actors=actors)
    assert (out["speaker"][1], out["side"][1]) == (f"{TL} and {DM}", J)


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


# --- issue 13, round 5: rules written against heldout3 (each with what it must leave alone) -------


def test_a_lower_case_title_before_the_name_after_a_possessive():
    act = load_actors(sides=SIDES)
    text = ("Deputy Secretary of the General Council of United Russia and head of its international "
            "commission Sergei Zavarov met them.")
    assert [(p.name, p.side) for p in discover_people(text, actors=act)] == [("Sergei Zavarov", R)]
    text = ("He met Member of the Political Bureau of the Communist Party of China (CPC) Central "
            "Committee and Head of its Organisation Department Wu Hailin.")
    assert [(p.name, p.side) for p in discover_people(text, actors=act)] == [("Wu Hailin", "china")]
    # the same title after a comma: the person speaks ("..., TITLE NAME told reporters")
    out = attributed("The two parties will sign a plan, Deputy Secretary of the General Council of United "
                     "Russia and head of its international commission Sergei Zavarov told reporters.")
    assert (out["speaker"][0], out["side"][0]) == ("Sergei Zavarov", R)
    # must not touch: a verb between the title and the name ("The head of the team met X")
    assert discover_people("The head of the team met Ivan Petrov.", actors=act) == []


def test_generic_roles_of_executives_scientists_and_officers():
    out = attributed("Vietnamese Ambassador Đinh Văn Hào met Yevgeny Lomov, First Deputy General Director "
                     "of the Russian oil company Zarubezhneft.",
                     "The Russian executive informed the ambassador about new projects.",
                     "The Vietnamese officer said the ties were strong.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Yevgeny Lomov", R), ("Đinh Văn Hào", V)]
    # must not touch: a role of a side is not the last person of the other side
    out = attributed("Vietnamese Ambassador Đinh Văn Hào met Yevgeny Lomov, First Deputy General Director "
                     "of the Russian oil company Zarubezhneft.", "Lomov said output grew.",
                     "The Vietnamese scientist said research grew.")
    assert out["speaker"][2] == "Đinh Văn Hào"


def test_they_after_one_speaker_is_the_pair():
    out = attributed("Vietnamese Deputy Minister Đỗ Văn Tân held talks with Russian Deputy Minister Gennady Sirov.",
                     "Sirov proposed joint exercises.", "The two deputy ministers then signed a plan.",
                     "They agreed to meet again in Moscow.")
    assert (out["speaker"][3], out["side"][3]) == ("Đỗ Văn Tân and Gennady Sirov", J)
    # must not touch: "he" after one speaker is that speaker
    out = attributed("Vietnamese Deputy Minister Đỗ Văn Tân held talks with Russian Deputy Minister Gennady Sirov.",
                     "Sirov proposed joint exercises.", "He agreed to meet again in Moscow.")
    assert (out["speaker"][2], out["side"][2]) == ("Gennady Sirov", R)


def test_a_pair_of_roles_as_subject():
    out = attributed("Vietnamese Minister Nguyễn Văn Liêm received Russian Vice President Valentina Krugova.",
                     "The host and the guest agreed that science should grow.",
                     "The minister and the Russian scientist also discussed education.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Nguyễn Văn Liêm and Valentina Krugova", J)] * 2
    # must not touch: a role with an object ("The host thanked the guest") is the host alone
    out = attributed("Vietnamese Minister Nguyễn Văn Liêm received Russian Vice President Valentina Krugova.",
                     "The host thanked the guest for the visit.")
    assert (out["speaker"][1], out["side"][1]) == ("Nguyễn Văn Liêm", V)


def test_his_host_and_her_guest_tell_who_receives():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý and Lao Minister Sengdeuane Phommavong met in Hà Nội.",
                     "The Lao minister informed his host about the new law.",
                     "In the guest's view, the railway will cut costs.", "The host said trade grew.")
    assert list(zip(out["speaker"], out["side"], strict=True))[2:] == [("Sengdeuane Phommavong", "laos"), ("Nguyễn Hồng Quý", V)]
    # must not touch: a receiving verb decides first
    out = attributed("Lao Minister Sengdeuane Phommavong received Vietnamese Minister Nguyễn Hồng Quý.",
                     "Quý informed his host about the plan.", "The guest said trade grew.")
    assert (out["speaker"][2], out["side"][2]) == ("Nguyễn Hồng Quý", V)


def test_reviewed_reports_like_discussed():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý met Lao Minister Sengdeuane Phommavong.",
                     "The two ministers also reviewed progress on the expressway.")
    assert out["side"][1] == J
    # must not touch: a thing that was reviewed speaks for nobody
    assert sides("The plan was reviewed in May.") == [N]


def test_according_to_data_from_an_institution_tied_to_a_side():
    out = attributed("The Vietnam Oil and Gas Group (Petrovina) met Russian partners.",
                     "According to figures released by Petrovina, output grew.",
                     "Laos exports power to Việt Nam, according to Petrovina.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Petrovina", V), ("Petrovina", V)]
    # must not touch: data of nobody in particular, or of a name with no side
    assert sides("According to official figures, output grew.",
                 "According to figures released by Zarubezhneft, output grew.") == [N, N]


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


def test_the_countrys_title_after_a_comma():
    out = attributed("Vietnam wants Russian fertilisers, the country's Ambassador to Russia Đặng Minh Khoa "
                     "said on Monday.")
    assert (out["speaker"][0], out["side"][0]) == ("Đặng Minh Khoa", V)
    # must not touch: a possessive of a name is no title ("Russia's exports grew, ...")
    assert sides("Russia's exports grew last year.") == [N]


def test_an_institution_spelled_with_vietnamese_marks():
    out = attributed("Chairman of the Lạng Sơn People's Committee Hoàng Văn Trọng met Chinese officials.",
                     "According to statistics from the Lạng Sơn Department of Industry and Trade, trade grew.",
                     "According to statistics from the Guangxi Department of Commerce, trade grew.")
    assert list(out["side"])[1:] == [V, N]


def test_a_title_of_two_offices_before_the_name_after_a_comma():
    out = attributed("The Russian party will host a course in Moscow, Deputy Secretary of the Presidium of the "
                     "Russian party and head of its youth exchange commission Pavel Dronov told TASS on Tuesday.")
    assert (out["speaker"][0], out["side"][0]) == ("Pavel Dronov", R)
    # must not touch: four lower-case words before the name are no title
    assert sides("The plan was approved after the head of its big new regional trade commission Pavel Dronov "
                 "arrived.") == [N]


def test_dwelt_on_reports_speech():
    out = attributed("Vietnamese Minister Nguyễn Hồng Quý met Russian Deputy Minister Pavel Dronov.",
                     "The deputy minister also dwelt on the humanitarian sphere.")
    assert (out["speaker"][1], out["side"][1]) == ("Pavel Dronov", R)
    # must not touch: dwelt in a place is no speech
    assert sides("The delegation dwelt in a hotel near the lake.") == [N]


def test_who_after_a_title_in_apposition():
    out = attributed("The same day, the delegation met Bounmy Phanthavong, Head of the LPRP Central Committee's "
                     "Commission for Organisation, who proposed more exchanges of cadres.")
    assert (out["speaker"][0], out["side"][0]) == ("Bounmy Phanthavong", "laos")
    # must not touch: a relative clause without speech; an apposition that is no title
    assert sides("The same day, the delegation met Bounmy Phanthavong, Head of the LPRP Central Committee's "
                 "Commission for Organisation, who arrived on Monday.") == [N]
    assert sides("The same day, the delegation met Bounmy Phanthavong, a farmer who proposed more exchanges.") == [N]


def test_second_field_of_a_title_is_no_part_of_the_name():
    people = discover_people("Lao Minister of Energy and Mines Bounkham Vorachit met Vietnamese Minister "
                             "Nguyễn Hồng Quý.", actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people] == [("Bounkham Vorachit", "laos"), ("Nguyễn Hồng Quý", V)]
    # must not touch: a Vietnamese name after such a title keeps its three words
    people = discover_people("Minister of Industry and Trade Nguyễn Hồng Quý met Lao Minister Bounkham Vorachit.",
                             actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people] == [("Nguyễn Hồng Quý", V), ("Bounkham Vorachit", "laos")]


def test_a_chinese_surname_after_an_institution_in_the_title():
    out = attributed("Chairman of the Lạng Sơn People's Committee Hoàng Văn Trọng met Vice Chairman of the "
                     "Guangxi Zhuang Autonomous Region Chen Weidong.", "Chen said trade grew.")
    assert (out["speaker"][1], out["side"][1]) == ("Chen Weidong", "china")
    # must not touch: a pronoun that spells like a surname ("He" is left out of the list)
    assert sides("He said trade grew.") == [N]


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


# --- review of issue 13's speaker rules: misfires on ordinary text ---------------------------


def _paragraphs(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(speaker, side, rule) of each sentence of a made-up report, one sentence a paragraph."""
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], out["rule"], strict=True))


CHINH_MEETS = "Prime Minister Phạm Minh Chính met Russian Deputy Prime Minister Dmitry Chernyshenko in Moscow."


def test_a_short_month_before_a_full_stop_is_a_name():
    # "Jun." ends the sentence: Vice Minister Wang Jun, not a date; "Jun. 4" is still a date
    got = _paragraphs(
        "General Secretary Tô Lâm received a Chinese delegation led by Vice Minister Wang Jun.",
        "Jun said trade had grown.",
    )
    assert got[1][:2] == ("Wang Jun", "china")
    got = _paragraphs(  # (the sentence splitter cuts after "Jun.": three sentences)
        "General Secretary Tô Lâm received a Chinese delegation led by Vice Minister Wang Jun on Jun. 4.",
        "Jun said trade had grown.",
    )
    assert got[-1][:2] == ("Wang Jun", "china")


@pytest.mark.parametrize("role", ["premier", "PM"])
def test_premier_and_pm_are_the_prime_minister(role):
    # two Vietnamese ministers in the text: "the Vietnamese PM" is the prime minister, not the
    # foreign minister the text named last
    got = _paragraphs(
        "Prime Minister Phạm Minh Chính and Foreign Minister Bùi Thanh Sơn met Russian Foreign "
        "Minister Sergei Lavrov in Hà Nội.",
        f"The Vietnamese {role} said trade had grown.",
    )
    assert got[1] == ("Phạm Minh Chính", V, "role")
    # a plain role still goes to the person named last: "the Vietnamese minister"
    got = _paragraphs(
        "Prime Minister Phạm Minh Chính and Foreign Minister Bùi Thanh Sơn met Russian Foreign "
        "Minister Sergei Lavrov in Hà Nội.",
        "The Vietnamese minister said trade had grown.",
    )
    assert got[1][:2] == ("Bùi Thanh Sơn", V)


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


# --- round 7 (issue 13) ----------------------------------------------------------------------


def test_a_comma_ends_a_name_titled_in_lower_case_before_its_run():
    out = attributed("During talks with Member of the CPC Politburo and Head of its Organisation Department "
                     "Zhou Mingde, Tuấn said ties were strong.", "Zhou welcomed the visitors and briefed them "
                     "on the plenum.", "In Zhou's opinion, youth exchanges should grow.")
    assert [p.name for p in discover_people(out["text"].str.cat(sep=" "), actors=load_actors(sides=SIDES))] == [
        "Zhou Mingde"]
    assert list(out["side"])[1:] == ["china", "china"]
    # must not touch: a run of two names after a capitalised title still gives no person at the comma
    assert sides("Deputy Minister Hoàng Văn Dũng, Lê Văn Tám and others attended.") == [N]


def test_academic_titles_are_roles():
    out = attributed("Russian Academician Oleg Smirnov met Vietnamese Minister Vũ Đức Tài.",
                     "Tài said research should grow.", "The academician suggested a new laboratory.",
                     "Rector of Moscow University Pavel Rudin said more students would come.",
                     "The rector held that the course was useful.")
    assert list(zip(out["speaker"], out["side"], strict=True))[2:] == [
        ("Oleg Smirnov", R), ("Pavel Rudin", R), ("Pavel Rudin", R)]
    # must not touch: "held" with an object is no speech
    assert sides("Rector of Moscow University Pavel Rudin held a ceremony.") == [N]


def test_the_country_visited_makes_the_host():
    out = attributed("Vietnamese Deputy Minister Trần Quang Minh paid a working visit to Laos, holding talks "
                     "with Lao Minister Bounthong Keola.", "Minh said trade grew.", "The host agreed.")
    assert (out["speaker"][2], out["side"][2]) == ("Bounthong Keola", "laos")
    # must not touch: a visit to a third country names no host among the two
    out = attributed("Vietnamese Deputy Minister Trần Quang Minh and Lao Minister Bounthong Keola paid a visit "
                     "to China.", "Minh said trade grew.", "The host agreed.")
    assert out["side"][2] != "laos"


def test_the_subject_inside_a_quotation_is_not_the_speaker():
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.",
                     '"The Vietnamese side has confirmed its interest.', 'We are ready," he said.',
                     '"Safety comes first.', 'Every design meets the standard," Belov continued.')
    assert list(out["side"])[1:] == [R, R, R, R]
    # must not touch: a quotation mark that never closes makes no quotation
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.", '"The Vietnamese side said it was ready.')
    assert out["side"][1] == V


def test_the_leader_of_a_delegation_is_the_next_she():
    out = attributed("Russian Minister Ivan Belov said ties were strong.",
                     "The Vietnamese delegation was led by Vice President Đỗ Thị Hoa.", "She said ties grew.")
    assert (out["speaker"][2], out["side"][2]) == ("Đỗ Thị Hoa", V)
    # must not touch: "maintained" with an object is no speech
    assert sides("The CPRF has maintained relations with the CPV since 1993.") == [N]


def test_leaders_of_two_places_and_a_provincial_source():
    out = attributed("Leaders of the border province of Lạng Sơn and China's Yunnan province agreed to open a gate.",
                     "Chairman of the provincial People's Committee Hồ Tiến Dũng said trade grew.",
                     "According to the provincial Department of Industry and Trade, trucks crossed daily.")
    assert list(out["side"]) == [J, V, V]
    # must not touch: one leader of one place
    assert sides("The leader of Lạng Sơn province agreed to open a gate.") == [N]


def test_trades_in_the_plural_are_not_the_last_pair():
    out = attributed("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.", "The scientists said the plant was safe.")
    assert (out["speaker"][3], out["side"][3]) == (N, N)
    # must not touch: two people of that title are the pair
    out = attributed("Russian Academician Pavel Gromov met Vietnamese Academician Đặng Minh Khôi.",
                     "Gromov said trade grew.", "Khôi said energy ties grew.", "The academicians said the plant was safe.")
    assert out["side"][3] == J


def test_a_role_alias_keeps_every_word_of_its_title(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("roles: [top leader = general secretary]\n", encoding="utf-8")
    act = load_actors(path, sides=SIDES)
    out = attributed("Vietnamese General Secretary Trần Văn Bình and Vietnamese Secretary Lê Văn Cường received "
                     "Russian Minister Ivan Petrov.", "Cường said trade grew.", "The top leader said ties were strong.",
                     actors=act)
    assert out["speaker"][2] == "Trần Văn Bình"
    # must not touch: a role with no alias is its own head ("the minister")
    out = attributed("Vietnamese General Secretary Trần Văn Bình and Vietnamese Secretary Lê Văn Cường received "
                     "Russian Minister Ivan Petrov.", "Cường said trade grew.", "The minister said ties were strong.",
                     actors=act)
    assert out["speaker"][2] == "Ivan Petrov"


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


def test_a_second_predicate_after_comma_and_reports_speech():
    out = attributed("Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola.",
                     "The two ministers also witnessed the signing of a deal between two power firms, and agreed "
                     "to meet again.")
    assert out["side"][1] == J
    # must not touch: "and" after a comma that opens another subject's clause
    out = attributed("Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola.",
                     "Quân visited a plant in Vientiane, and officials of the plant showed him the line.")
    assert out["side"][1] == N


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


def test_a_capital_in_a_title_keeps_the_persons_side():
    # review of round 7: a capital is no side word inside a title
    assert speakers("Vietnamese Ambassador in Moscow Đặng Minh Khôi said ties were strong.") == [("Đặng Minh Khôi", V)]
    assert sides("Head of the VNA bureau in Moscow Nguyễn Văn An said trade grew.") == [V]
    people = discover_people("Russian Ambassador in Hà Nội Ivan Petrov called on Vietnamese Minister Nguyễn Văn An.",
                             actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people][0] == ("Ivan Petrov", R)
    # the capital still speaks for its country as a subject
    assert sides("Vietnamese Minister Đinh Văn Quân met Chinese Minister Wang Lihua.", "Beijing said trade grew.") == [N, "china"]


def test_only_the_place_of_talks_makes_the_host():
    out = attributed("Russian Minister Ivan Petrov, who studied in Hà Nội, met Vietnamese Minister Nguyễn Văn An "
                     "in Moscow.", "An said trade grew.", "The host agreed.")
    assert (out["speaker"][2], out["side"][2]) == ("Ivan Petrov", R)


def test_continued_and_went_on_report_speech_only_after_a_quotation():
    out = attributed("Russian Deputy Minister Ivan Belov arrived in Hà Nội.", '"Safety comes first," Belov continued.',
                     '"We will build it on time," Belov went on.')
    assert list(out["side"])[1:] == [R, R]
    # must not touch (review of round 7): narration of going on
    assert sides("Russian Minister Ivan Petrov met Vietnamese Minister Nguyễn Văn An.",
                 "Petrov continued his tour of the region.", "An went on a visit to the port.",
                 "Petrov visited the plant in the north, and continued to the port.") == [N, N, N, N]


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


def test_leaders_of_two_places_of_one_side_are_that_side():
    # review of round 7: two places joined by "and" are both sides only when their sides differ
    assert sides("Officials of the Russian Ministry of Energy and Rosatom said trade grew.",
                 "Leaders of Hà Nội and Hồ Chí Minh City agreed to open a route.",
                 "Representatives of Russian firms and banks said trade grew.",
                 "Leaders of the Vietnamese community and students agreed to meet.") == [R, V, R, V]
    # the example the rule was made for: a place spelled the Vietnamese way and a Chinese one
    assert sides("Leaders of the border province of Lạng Sơn and China's Yunnan province agreed to open a gate.") == [J]


def test_a_role_alias_gives_its_side_only_to_a_person_of_the_whole_title(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("roles: [party chief = general secretary]\n", encoding="utf-8")
    act = load_actors(path, sides=SIDES)
    text = " The Lao party chief said ties were strong."
    people = discover_people("General Secretary Kaysone Vongsa and Secretary Bounmy Keola met Vietnamese Minister "
                             "Nguyễn Văn An." + text, actors=act)
    assert [(p.name, p.how) for p in people][:2] == [("Kaysone Vongsa", "role"), ("Bounmy Keola", "document")]
    # must not touch: a plain secretary is no party chief
    people = discover_people("Secretary Bounmy Keola met Vietnamese Minister Nguyễn Văn An." + text, actors=act)
    assert (people[0].name, people[0].how) == ("Bounmy Keola", "document")


def test_dean_before_one_name_word_is_a_given_name():
    # review of round 7: "Dean" is a given name too
    intro = "Russian Minister Ivan Petrov met Vietnamese Minister Nguyễn Văn An."
    assert sides(intro, "Dean Acheson said trade grew.") == [N, N]
    # the title the rule was made for: before a name of two words
    assert speakers(intro, "Dean Pavel Rudin said trade grew.")[1] == ("Pavel Rudin", R)


def test_trades_and_local_levels_come_from_the_actors_file(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("roles: [engineer]\ntrades: [engineer]\n", encoding="utf-8")
    lines = ("Russian Deputy Minister Pavel Gromov met Vietnamese Ambassador Đặng Minh Khôi.", "Gromov said trade grew.",
             "Khôi said energy ties grew.", "The engineers said the plant was safe.")
    # a role named for a trade in the user's file: people the report does not name
    assert attributed(*lines, actors=load_actors(path, sides=SIDES))["side"][3] == N
    packaged = load_actors(sides=SIDES)
    assert "scientist" in packaged.trades and "provincial" in packaged.local_levels
    assert packaged.quote_verbs.longest(["went", "on"], 0) is not None


# --- round 9 (tuned on heldout7) ------------------------------------------------------------------


def _sides_by_paragraph(*paragraphs: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], strict=True))


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


def test_a_bilateral_body_in_a_title_takes_the_side_named_first():
    # heldout7 e134: "Chairman of the Russia–Vietnam Friendship Society Viktor Bogdanov ... said" -> russia
    assert sides("For his part, Chairman of the Russia–Vietnam Friendship Society Viktor Bogdanov, a veteran, "
                 "said ties were strong.") == [R]
    assert sides("President of the Vietnam–Russia Friendship Association Nguyễn Thanh Hà said ties were strong.") == [V]
    # must not touch: "Ambassador to X" still names the post's host; a spaced dash ends a title
    assert sides("Vietnamese Ambassador to Russia Đặng Minh Khôi said ties were strong.") == [V]
    assert sides("Russian Minister Ivan Petrov met Vietnamese officials.",
                 "The Russia – Vietnam Petrov said it.") == [N, N]


def test_it_takes_only_a_party_or_institution_that_spoke_right_before():
    # heldout7 e128: "United Russia pledged to ... It also called for wider contacts" -> russia
    assert sides("The CPRF said ties were strong.", "It also called for wider contacts.") == [R, R]
    assert sides("The CPRF said ties were strong.", '"Trade grows," it said.') == [R, R]
    # must not touch: "it" after a person; after a narrator sentence; "it" with no reporting verb
    assert sides("Russian Minister Ivan Petrov said ties were strong.", "It also called for wider contacts.") == [R, N]
    assert sides("The CPRF sent a letter to the CPV.", "It also called for wider contacts.") == [N, N]
    assert sides("The CPRF said ties were strong.", "It is expected that trade grows.") == [R, N]


def test_wrote_that_reports_speech_and_wrote_a_letter_does_not():
    # heldout7 e128: "The CPRF wrote that the relations between the CPRF and the CPV ..." -> russia
    assert sides("The CPRF wrote that ties were strong.") == [R]
    # must not touch: writing a thing is an act, not speech
    assert sides("The CPRF wrote a letter to the CPV.", "Russian Minister Ivan Petrov wrote a book.",
                 "The CPRF wrote to the CPV on Monday.") == [N, N, N]


def test_words_of_meeting_come_from_the_actors_file():
    # review of round 8: the word list moved from speakers.py to actors.yml (keys fold plurals)
    act = load_actors()
    assert act.meeting_words == frozenset({"talk", "met", "meet", "meeting", "negotiation"})


# --- review of round 9 --------------------------------------------------------------------------


def test_a_country_adjective_in_the_title_beats_a_two_country_body():
    # the body's first country counts only when no other side word is in the title
    assert sides("Vietnamese co-chair of the Russia–Vietnam Intergovernmental Commission Trần Hồng Hà "
                 "said trade grew.") == [V]
    assert sides("Russian co-chair of the Vietnam–Russia Intergovernmental Committee Dmitry Chernyshenko "
                 "said trade grew.") == [R]
    # the round-9 case: a body alone in the title still takes the side it names first
    assert sides("Chairman of the Russia–Vietnam Friendship Society Viktor Bogdanov said ties were strong.") == [R]


def test_manager_and_deputy_refer_only_to_a_title_holding_the_word():
    # must not touch: an earlier person with another title is not "the manager" / "the deputy"
    assert sides("Russian Ambassador Andrei Sokolov met Vietnamese Minister Nguyễn Văn An.",
                 "The manager said trade grew.") == [N, N]
    assert sides("Russian Ambassador Andrei Sokolov met Vietnamese Minister Nguyễn Văn An.",
                 "The deputy said trade grew.") == [N, N]
    # a title holding the word still makes the role
    assert sides("Russian project manager Oleg Petrov met Vietnamese officials.",
                 "The manager noted that output rose.") == [N, R]
    act = load_actors()
    # fix 10: the three words of a spokesperson's office are strict too
    assert act.strict_roles == frozenset({"manager", "deputy", "consul", "spokesperson", "spokeswoman", "spokesman"})
    assert {"manager", "deputy"} & act.generic_roles == set()


def test_it_is_not_the_speaker_after_a_document_or_in_the_present():
    # must not touch: "it" may be the document the sentence before names, and a text's content is
    # reported in the present
    assert sides("The Russian government welcomed the treaty.", "It calls for visa-free travel from 2026.") == [R, N]
    assert sides("Russia welcomed the plan.", "It also calls for a ceasefire.") == [R, N]
    assert sides("The CPRF welcomed the statement.", "It also called for wider contacts.") == [R, N]
    # the round-9 case still holds: a party that spoke, then "it" in the past (no document named;
    # "law-making" is none)
    assert sides("United Russia pledged to continue the dialogue with the CPV.",
                 "It also called for wider contacts.") == [R, R]
    assert sides("United Russia pledged to share experience in law-making.",
                 "It also called for wider contacts.") == [R, R]
    act = load_actors()
    assert act.impersonal_pronouns == frozenset({"it"})
    assert {"treaty", "plan", "agreement", "statement", "letter"} <= act.documents


def test_a_separate_quotation_follows_only_a_quoted_clause():
    # must not touch: a scare quote in the sentence before is no quotation of the speaker's
    assert sides('Russian Ambassador Andrei Sokolov called the talks "useful".',
                 '"Since then we have stood together."') == [R, N]
    # the round-9 case: a quoted clause with its reporting verb after it
    out = attributed("Russian Ambassador Andrei Sokolov gave an interview.",
                     '"Our countries are old friends," Sokolov recalled.', '"Since then we have stood together."')
    assert list(out["side"]) == [N, R, R]


def test_it_with_a_past_was_or_has_is_no_present_tense():
    # review of the round-9 fixes: "was" and "has" end in -s but are no present tense
    assert sides("The CPRF said ties were strong.", "It was ready to help, it said.") == [R, R]
    # must not touch: a present tense is a text's content ("It calls for ...")
    assert sides("The CPRF said ties were strong.", "It calls for wider contacts.") == [R, N]


# --- round 10 (tuned on heldout8) ---------------------------------------------------------------


def test_a_vietnamese_name_word_that_folds_to_a_title_word_is_a_name():
    # "Thế" folds to "the", a title word: the name was cut to "Hùng" and nobody was found
    text = ("Politburo member and Head of the Central Committee's Commission for Economic Affairs Lê Thế Hùng "
            "received Russian Deputy Minister Pavel Orlov.")
    people = discover_people(text, actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people][0] == ("Lê Thế Hùng", V)
    assert speakers(text, "Hùng said that ties were strong.")[1] == ("Lê Thế Hùng", V)
    # the same without marks, as TASS and VNA English spell names: "The" between two name words
    people = discover_people(text.replace("Lê Thế Hùng", "Le The Hung"), actors=load_actors(sides=SIDES))
    assert [(p.name, p.side) for p in people][0] == ("Le The Hung", V)
    # must not touch: an English "The" inside a title run, and a title's institution as a subject
    assert speakers("Chairman of The Hanoi Times Editorial Board Nguyễn Văn An said trade grew.") == [
        ("Nguyễn Văn An", V)]
    assert sides("Deputy Head of the Commission for External Relations Nguyễn Văn An met Russian Minister Ivan "
                 "Petrov.", "The Commission said trade grew.") == [N, N]


def test_a_name_of_its_origin_after_an_institution_then_and_another_person():
    # the title ends with an institution's name; "Phạm Quang Hải and Anna Sokolova" are two people, and
    # Sokolova takes the side of her own apposition, not of Hải's title
    out = attributed("The memorandum was initialled by Deputy Chairman of the CPV Inspection Commission Phạm Quang "
                     "Hải and Anna Sokolova, Head of the Youth Department of United Russia.",
                     "Hải said cadre work was key.", "Sokolova, in turn, noted that United Russia valued the memorandum.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Phạm Quang Hải", V), ("Anna Sokolova", R)]
    # the same without marks: a surname of the origin's list first, right after the institution's head
    out = attributed("The memorandum was initialled by Deputy Chairman of the CPV Inspection Commission Pham Quang "
                     "Hai and Anna Sokolova, Head of the Youth Department of United Russia.",
                     "Hai said cadre work was key.", "Sokolova, in turn, noted that United Russia valued the memorandum.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("Pham Quang Hai", V), ("Anna Sokolova", R)]
    # must not touch: a second name with no title of its own keeps no side of the first one's title
    out = attributed("The deal was signed by Deputy Head of the Commission Phạm Quang Hải and Ivan Petrov.",
                     "Petrov said trade grew.")
    assert out["side"][1] == N


def test_a_second_predicate_after_and_without_a_comma():
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    assert sides(o, "The two ministers signed a plan on power trade and agreed to meet in May.")[1] == J
    # must not touch: a reception after "and", another subject after "and"
    assert sides(o, "Quân toured the port and welcomed a delegation of Lao traders.")[1] == N
    assert sides(o, "Quân visited a plant in Vientiane and officials of the plant showed him the line.")[1] == N
    assert sides(o, "Quân signed the plan and Keola said it was timely.")[1] == N


def test_welcoming_a_number_of_arrivals_reports_no_speech():
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    assert sides(o, "Quảng Ninh welcomed some 15 million holidaymakers in 2024.")[1] == N
    assert sides(o, "Keola welcomed 5,000 traders to the fair.")[1] == N
    # must not touch: welcoming a thing, a figure after an article, a year
    assert sides(o, "Quảng Ninh welcomed the new flights.")[1] == V
    assert sides(o, "Keola welcomed the 20 percent rise in trade.")[1] == "laos"
    assert sides(o, "Quân welcomed 2025 as a year of new projects.")[1] == V


def test_a_reporting_pronoun_between_commas_speaks_for_the_two_sides():
    o = "Vietnamese Minister Đinh Văn Quân met Lao Minister Bounthong Keola."
    out = attributed(o, "The two sides, he said, would set up a working group.")
    assert (out["speaker"][1], out["side"][1]) == ("Đinh Văn Quân", V)
    # must not touch: the two sides alone, or with a clause between commas
    assert sides(o, "The two sides agreed to meet again in June.")[1] == J
    assert sides(o, "The two sides, which met in Vientiane, agreed to build a line.")[1] == J


def test_a_party_named_by_its_side_speaks_for_it():
    o = "The CPV received letters from the CPRF and United Russia."
    assert sides(o, "In a letter to the CPV, the Russian ruling party said the congress was a success.")[1] == R
    assert sides(o, "The Vietnamese party said the letters were warm.")[1] == V
    # must not touch: "the party" with no side word when both sides' parties are named, a delegation
    # that arrives ("according to the party's press service" is the party the last sentence opens
    # with: see test_leftover_the_partys_press_service_is_the_party_named_first)
    assert sides(o, "The party said the letters were warm.")[1] == N
    assert sides(o, "According to the party's press service, 300 students study in Russia.")[1] == V
    assert sides(o, "The Russian party delegation arrived in Hà Nội.")[1] == N


def test_a_name_of_its_origin_spelled_without_marks_after_an_institution():
    # TASS and VNA English spell Vietnamese names without marks: after a committee's name, three
    # words with a surname of the origin's list first are a person, as "Trần Quốc Bình" is
    assert speakers("Chairman of the Nghe An provincial People's Committee Tran Quoc Binh on Monday received a "
                    "delegation from Russia's Tver region led by Deputy Governor Oleg Smirnov.",
                    "Binh said trade grew.")[1] == ("Tran Quoc Binh", V)
    # must not touch: a city's name after a head, which ends with a head of its own
    assert discover_people("He visited the People's Committee Ho Chi Minh City office.",
                           actors=load_actors(sides=SIDES)) == []


def test_a_vietnamese_name_without_marks_is_vietnamese():
    from framing.normalize import strip_marks
    from framing.speakers._common import _vietnamese_spelling

    # round 10: VNA English and TASS drop the marks; two words at the start of a title's name were
    # Vietnamese only with them, and the name then took the side the document names most
    # ("Luong Cuong" russia, as Volodin)
    for text in ("President Lương Cường received Chairman of the Russian State Duma Vyacheslav Volodin.",
                 "President Luong Cuong received Chairman of the Russian State Duma Vyacheslav Volodin."):
        out = attributed(text, "Cuong said trade grew." if text.isascii() else "Cường said trade grew.",
                         "Volodin said energy ties grew.")
        assert list(out["side"]) == [N, V, R]
    out = attributed(strip_marks("Party General Secretary Tô Lâm received Russian Ambassador Gennady Bezdetko."),
                     "Lam said trade grew.", "The Party chief said energy ties grew.")
    assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [("To Lam", V), ("To Lam", V)]
    # a name of three syllables and a surname is a person without a title, marks or not
    assert speakers("Mai Lan Anh said the two sides agreed to boost trade with Russia.") == [("Mai Lan Anh", V)]
    # every word one syllable of Vietnamese, two words at least; one word only by its marks
    assert [_vietnamese_spelling(s) for s in ("To Lam", "Nguyen Minh Hang", "Nghiem Thi Thanh Van", "Huế")] == [True] * 4
    assert [_vietnamese_spelling(s) for s in ("Vyacheslav Volodin", "Wang Yi", "Dong Jun", "Kim Jong Un", "Lee Jae",
                                               "Sok Vannak", "Hue", "Lang Son Department")] == [False] * 8
    assert _vietnamese_spelling("Lang Son Department", opening=True)
    # must not touch: a Chinese name with a surname Vietnamese shares ("Dong Jun": "Jun" is no
    # syllable of it), a Russian name, and a place of syllables that no title names
    assert speakers("Defence Minister Dong Jun met Vietnamese Ambassador Phạm Sao Mai in China.",
                    "Dong said trade grew.")[1] == ("Dong Jun", "china")
    assert speakers("Russian Ambassador Gennady Bezdetko met Deputy Minister Nguyen Minh Hang.",
                    "Bezdetko said trade grew.")[1] == ("Gennady Bezdetko", R)
    assert sides("Tourists visited Ha Long Bay and Russia, officials said.") == [N]


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


def test_a_vietnamese_given_name_that_folds_to_a_particle_names_the_person():
    # round 10: "Vân" (and "Van" without marks) is a given name, though "Văn" in the middle of a
    # name never names the person alone
    for given, full in (("Vân", "Nghiêm Thị Thanh Vân"), ("Van", "Nghiem Thi Thanh Van")):
        out = attributed(f"Vice President of the Friendship Union {full} met Russian Ambassador Gennady Borodin.",
                         f"{given} said people-to-people ties grew.")
        assert (out["speaker"][1], out["side"][1]) == (full, V)
    # must not touch: the middle "Van" or "Thi" of another name, and its given name
    assert sides("Deputy Minister Nguyen Van An met Russian Ambassador Gennady Borodin.",
                 "Van said the talks went well.") == [N, N]
    assert speakers("Deputy Minister Nguyen Thi Hang met Russian Ambassador Gennady Borodin.", "Thi said trade grew.",
                    "Hang said energy ties grew.")[1:] == [(N, N), ("Nguyen Thi Hang", V)]


def test_two_people_after_a_title_that_ends_in_an_institution():
    from framing.normalize import strip_marks

    # round 10: "Deputy Head of the Economic Commission X and Y, coordinator of ...": X is a person
    # too (with the marks it was seen only as the speaker of its short form)
    text = ("The plan was signed by Deputy Head of the Economic Commission Lương Thị Hạnh and Nikolai Voronin, "
            "coordinator of the council's section.")
    for t in (text, strip_marks(text)):
        out = attributed(t, "Hanh said the CPV values the partnership.", "Voronin said United Russia is ready.")
        assert list(zip(out["speaker"], out["side"], strict=True))[1:] == [
            (strip_marks("Lương Thị Hạnh") if t.isascii() else "Lương Thị Hạnh", V), ("Nikolai Voronin", R)]
    # must not touch: a title that holds "and", two titled people, one person after a title
    assert speakers("The deal was signed by Minister of Industry and Trade Nguyễn Hồng Diên and Russian Deputy "
                    "Minister Ivan Petrov.", "Diên said trade grew.", "Petrov said energy ties grew.")[1:] == [
        ("Nguyễn Hồng Diên", V), ("Ivan Petrov", R)]
    assert [p.name for p in discover_people("Chairman of the Union of Science and Technology Associations "
                                            "Phan Xuân Dũng said ties grew.")] == ["Phan Xuân Dũng"]


def test_a_role_word_that_opens_an_institution_is_no_role():
    # round 10: "General" of "the General Department of Vietnam Customs" is no role word (a
    # general), and "Customs" is a name's word, no data; the institution's country speaks, or nobody
    opening = "Deputy Foreign Minister Nguyen Minh Hang met Russian Ambassador Gennady Bezdetko."
    assert sides(opening, "Hang said trade grew.",
                 "Trade reached 3.6 billion USD, according to the General Department of Vietnam Customs.",
                 "According to the General Statistics Office, exports grew.") == [N, V, V, N]
    # must not touch: roles, one capitalised, a capitalised general secretary, and customs data
    assert sides(opening, "Hang said trade grew.", "The Russian diplomat said energy ties grew.",
                 "The Ambassador said exports grew.") == [N, V, R, R]
    assert speakers("Party General Secretary Tô Lâm met Russian President Vladimir Putin.",
                    "The General Secretary said ties grew.")[1] == (TL, V)
    assert sides(opening, "Trade grew, according to customs data.") == [N, N]


def test_a_role_of_a_unit_is_the_person_whose_title_holds_it():
    # round 10: "The head of the Commission" is the person whose title holds the Commission ("head
    # of the Party Central Committee's Economic Commission Trần Tuấn Anh"), not nobody
    opening = ("A delegation of the Communist Party of Vietnam led by Politburo member and head of the Party "
               "Central Committee's Economic Commission Trần Tuấn Anh visited Russia.")
    met = "Meeting Secretary of the General Council of United Russia Andrey Turchak, Anh said the two Parties should work together."
    assert speakers(opening, met, "The head of the Commission said ties grew.")[2] == ("Trần Tuấn Anh", V)
    assert speakers(opening, met, "The Secretary of the Council said ties grew.")[2] == ("Andrey Turchak", R)
    # must not touch: a unit no title holds, a delegation of a side, the unit before the role
    assert speakers(opening, met, "The head of the Academy said ties grew.")[2] == (N, N)
    assert speakers(opening, met, "The head of the Russian delegation said ties grew.")[2] == ("Andrey Turchak", R)
    assert speakers(opening, met, "The Commission head said ties grew.")[2] == ("Trần Tuấn Anh", V)


def test_a_role_with_a_side_then_a_name_between_commas_is_that_person():
    # round 10: "Vietnam's ambassador to Russia, Dang Minh Khoi, told TASS ..." and "The Russian
    # ambassador, Gennady Bezdetko, said ...": the name is a person of the role's side (not the
    # side after "to"), and "the diplomat" later is that person
    opening = "Russian President Vladimir Putin met Vietnamese Minister Nguyen Van An."
    quote = '"There are good prospects," the diplomat said.'
    for text, who, side in (("Vietnam's ambassador to Russia, Dang Minh Khoi, told TASS that trade could grow.", "Dang Minh Khoi", V),
                            ("Russia's ambassador to Vietnam, Gennady Bezdetko, said trade could grow.", "Gennady Bezdetko", R),
                            ("The Russian ambassador, Gennady Bezdetko, said trade could grow.", "Gennady Bezdetko", R)):
        assert speakers(opening, text, quote)[1:] == [(who, side), (who, side)]
    # must not touch: a role with no name, a side as subject, a name after a place
    assert speakers(opening, "According to the Russian ambassador, trade grew.")[1] == ("Vladimir Putin", R)
    assert sides(opening, "The Russian side, meanwhile, said trade grew.") == [N, R]
    assert sides(opening, "In the Russian capital, Gennady Bezdetko said trade could grow.") == [N, N]


def test_a_bay_of_vietnamese_syllables_is_a_place():
    # round 10: "Ha Long Bay" is three syllables with a surname ("Hà"), but "Bay" heads a place's
    # name (names.yml heads), marks or not
    assert discover_people("Ha Long Bay attracted 5 million visitors, officials said.") == []
    assert discover_people("Hạ Long Bay attracted 5 million visitors, officials said.") == []
    # must not touch: a person named so, a person after a title, a bay in a sector phrase
    assert [p.name for p in discover_people("Mai Lan Anh said tourism grew.")] == ["Mai Lan Anh"]
    assert [p.name for p in discover_people("Governor Ha Long Minh said tourism grew.")] == ["Ha Long Minh"]
    assert find_sector_mentions(pd.DataFrame({"doc_id": ["d"], "period": ["p"],
                                              "text": ["Tourism around Ha Long Bay grew."]}))["sector"].tolist() == [
        "tourism_sports"]


# --- round 12 (tuned on heldout9) ---------------------------------------------------------------


def test_a_post_in_a_city_of_the_other_spelling_belongs_to_the_title():
    # round 12: "Consul General in Đà Nẵng Igor Malyshkin": after a person's title and "in", a place
    # spelled the Vietnamese way and then a name that is not (or the reverse) are the post's place
    # and the person; the person keeps the title's side, and "in his words" is his
    for place in ("Đà Nẵng", "Da Nang"):
        text = f"Russian Consul General in {place} Igor Malyshkin, who met travel firms, said visas were issued."
        assert speakers(text, "In his words, tourism is the best diplomacy.") == [
            ("Igor Malyshkin", R), ("Igor Malyshkin", R)]
    for name in ("Nguyễn Văn Hùng", "Nguyen Van Hung"):
        assert speakers(f"Vietnamese Consul General in Vladivostok {name} said visas were issued.") == [(name, V)]
    # must not touch: a place after "in" with no title before it, a place of one spelling, no name
    assert sides("The minister said investment in Đà Nẵng Hi-Tech Park grew.") == [N]
    assert sides("The ambassador in Ho Chi Minh City said trade grew.") == [N]
    assert speakers("Ambassador Ivan Petrov, who lived in Da Nang High School dormitories, said it grew.") == [
        ("Ivan Petrov", N)]


def test_the_consul_general_is_a_person_whose_title_says_consul():
    # round 12: "consul", "consul general" and "consul-general" are roles, strict ones
    opening = "Russian Consul General Igor Malyshkin said visas were issued."
    assert speakers(opening, "The consul general suggested that cities hold more events.")[1] == ("Igor Malyshkin", R)
    # must not touch: an ambassador is no consul; "the general" is still no consul
    ambassador = "Vietnamese Ambassador Dang Minh Khoi said visas were issued."
    assert sides(ambassador, "The consul general suggested that cities hold more events.") == [V, N]
    assert sides("Russian Ambassador Igor Malyshkin said visas were issued.", "The consul suggested more events.") == [R, N]
    assert sides("The general said troops were ready.") == [N]


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


def test_called_on_a_sides_people_to_act_is_speech():
    # round 12: "He called on Russian investors to pour capital into ...": urged, not a visit
    opening = "Deputy Minister Hồ Sĩ Tuệ said two-way trade reached 4 billion USD."
    assert sides(opening, "He called on Russian investors to pour capital into energy.") == [V, V]
    # must not touch: "called on" a titled person or a side's people without "to" is a visit
    assert sides(opening, "He called on Russian President Vladimir Putin at the Kremlin.") == [V, N]
    assert sides(opening, "He called on Russian Deputy Prime Minister Dmitry Chernyshenko.") == [V, N]
    assert sides(opening, "He called on Russian businesses.") == [V, N]


def test_a_bare_institution_closing_a_sentence_as_source_is_the_hosts():
    # round 12: "..., according to the Foreign Investment Agency.": news copy names its own
    # country's offices bare; the bare office is the host's (or, with no host, the first person's)
    opening = "Deputy Minister Hồ Sĩ Tuệ received Russian Deputy Minister Kirill Zhdanovich in Hà Nội."
    assert speakers(opening, "Russia is the 23rd largest investor, according to the Foreign Investment Agency.")[1] == (
        "the Foreign Investment Agency", V)
    assert sides(opening, "Russia is the largest investor, according to the Foreign Investment Agency (FIA).") == [N, V]
    # must not touch: a side word in the name, the source opening the sentence
    assert sides(opening, "Russia is the largest investor, according to the Foreign Investment Agency of Russia.") == [N, R]
    # no reception: the side of the first person the report names (the copy's own official first)
    met = "Deputy Minister Hồ Sĩ Tuệ met Russian Deputy Minister Kirill Zhdanovich."
    assert sides(met, "Russia is the 23rd largest investor, according to the Foreign Investment Agency.") == [N, V]
    # nobody of a known side: nobody
    assert sides("Trade grew.", "Russia is the 23rd largest investor, according to the Foreign Investment Agency.") == [N, N]
    assert sides(opening, "According to the Foreign Investment Agency, investment rose, but the ministry disagreed.") == [N, N]


def test_a_title_ending_in_a_unit_of_a_sides_body():
    # round 12: "Secretary of the Moscow city branch of United Russia Arkady Zemtsov": a branch
    # (chapter, wing) and "of" the side's body end the title before the name
    for text in ("At the meeting, Secretary of the Moscow city branch of United Russia Arkady Zemtsov said ties grew.",
                 "Secretary of the Moscow branch of United Russia Arkady Zemtsov said ties grew."):
        assert speakers(text) == [("Arkady Zemtsov", R)]
    # must not touch: a verb in between, a branch with no title before it
    assert sides("The head of the delegation met leaders of United Russia Arkady Zemtsov and others.") == [N]
    assert sides("The delegation visited the branch of United Russia Arkady Zemtsov leads.") == [N]


def test_a_field_between_a_side_word_and_a_group_role():
    # round 12: "Vietnamese tourism authorities said/expect ...": a field word between a side word
    # and a role word, without "the"; "expect" reports a view
    assert speakers("Vietnamese tourism authorities said arrivals would rise.") == [("Vietnamese tourism authorities", V)]
    assert sides("Việt Nam's tourism authorities expect Russian arrivals to exceed 1 million.") == [V]
    assert sides("Russian energy officials said output rose.") == [R]
    # must not touch: a field as the subject, the passive "is expected", a role after a field alone
    assert sides("Vietnamese tourism grew and officials said arrivals rose.") == [N]
    assert sides("Trade is expected to grow.") == [N]
    assert sides("Tourism officials said arrivals rose.") == [N]


# --- round 13 (tuned on heldout10 and heldout12) -----------------------------------------------


def test_the_banker_is_the_last_person_named():
    # round 13: "..., the banker said": a generic role, like "the businessman"
    opening = "Deputy Governor of the State Bank of Vietnam Lương Thị Ngà said banks were ready."
    assert speakers(opening, '"Students need it," the banker said.') == [
        ("Lương Thị Ngà", V), ("Lương Thị Ngà", V)]
    # must not touch: no one named before, "a banker" who is someone else, bankers who meet
    assert sides("The banker said rates would fall.") == [N]
    assert sides("Russian Deputy Minister Ivan Petrov said trade grew.", "A banker from Hanoi later said rates would fall.") == [R, N]
    assert sides("Russian Deputy Minister Ivan Petrov said trade grew.", "The bankers of both countries met in Hanoi.") == [R, N]


def test_an_attache_is_a_title_before_a_name():
    # round 13: "the Embassy's labour attaché Đặng Văn Sinh told ...": a diplomatic title (names.yml titles)
    assert speakers("The Vietnamese Embassy's labour attaché Đặng Văn Sinh told reporters that workers were paid.") == [
        ("Đặng Văn Sinh", V)]
    assert speakers("Russian Defence Attaché Colonel Ivan Petrov said the drills went well.") == [("Ivan Petrov", R)]
    # must not touch: an attaché with no name, one met by someone else, the verb "attached"
    assert sides("The attaché said the drills went well.") == [N]
    assert sides("Russian Ambassador Ivan Petrov met the attaché of the Lao embassy.") == [N]
    assert sides("He attached importance to the drills.") == [N]


def test_review6_foreign_names_of_vietnamese_syllables_are_no_institution_of_the_side():
    # review 6: a name spelled with Vietnamese syllables but without marks ("Hong Kong", "Hun Sen")
    # is the Vietnamese side's only when an institution's head ends it
    o = "Deputy Prime Minister Trần Hồng Hà visited the port."
    for text in ("Hong Kong said it would join the project.", "Ban Ki-moon said the climate plan was urgent.",
                 "Hun Sen said the border was calm.", "Hon Hai said it would build a plant."):
        assert sides(o, text) == [N, N]
    # the case the rule was made for: an institution of that spelling, marks or not
    assert speakers(o, "The Lạng Sơn Department said exports rose.")[1] == ("The Lạng Sơn Department", V)
    assert speakers(o, "The Lang Son Department said exports rose.")[1] == ("The Lang Son Department", V)
    assert sides(o, "Lạng Sơn said exports rose.") == [N, V]


def test_review6_head_of_another_commission_is_not_the_persons():
    # review 6: every word of the unit must be in the person's title
    opening = ("A delegation of the Communist Party of Vietnam led by Politburo member and head of the Party "
               "Central Committee's Economic Commission Trần Tuấn Anh visited Russia.")
    assert sides(opening, "The head of the European Commission said sanctions would stay.") == [N, N]
    # still: the head of the Commission, and of the Economic Commission, is Anh
    assert speakers(opening, "The head of the Commission said ties grew.")[1] == ("Trần Tuấn Anh", V)
    assert speakers(opening, "The head of the Economic Commission said ties grew.")[1] == ("Trần Tuấn Anh", V)


def test_review6_leaders_of_a_foreign_place_of_vietnamese_syllables():
    # review 6: "Hong Kong" is no Vietnamese place; without marks a place word must stand beside it
    assert sides("Leaders of Hong Kong and China's Guangdong province agreed to open a gate.") == [N]
    assert sides("Officials of Hong Kong and Russia's Primorye region agreed to expand trade.") == [N]
    # still: a Vietnamese place without marks by its place word, and two places of the side
    assert sides("Leaders of the border province of Lang Son and China's Yunnan province agreed to open a gate.") == [J]
    assert sides("Leaders of Lang Son province and Russia's Primorye region agreed to expand trade.") == [J]
    assert sides("Leaders of Ha Noi and Ho Chi Minh City agreed to open a route.") == [V]


def test_review6_welcoming_a_share_or_years_reports_speech():
    # review 6: a percent or a span of years is no count of arrivals
    assert sides("Russian Deputy Prime Minister Dmitry Chernyshenko welcomed 2 percent growth.") == [R]
    assert sides("The Russian president welcomed 150 years of ties with Vietnam.") == [R]
    # still: a count of people reports none
    assert sides("The Russian president welcomed 5,000 traders to the fair.") == [N]


def test_review6_the_country_of_a_place_between_commas_is_no_subject():
    # review 6: "in Moscow, Russia," names where the embassy is; Russia does not speak (round 14:
    # the embassy, a named institution that says something, does: its side)
    assert sides("The Vietnamese embassy in Moscow, Russia, said visas would be issued.") == [V]
    # still: a country as the subject after a place and a comma
    assert sides("The talks were held in Moscow, Russia said.") == [R]
    assert sides("The talks were held in Hanoi, Russian Ambassador Gennady Bezdetko said.") == [R]


# --- round 14 (tuned on heldout13 and heldout14) -----------------------------------------------


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


def test_a_member_of_a_named_body_is_a_title():
    # round 14: "State Duma member X", "Politburo member X": lower-case "member" after a body's name
    assert speakers("CPRF Central Committee Deputy Chairman and State Duma member Arkady Shilnikov told TASS "
                    "that ties grew.") == [("Arkady Shilnikov", R)]
    assert speakers("Politburo member Trần Cẩm Tú said the Party would act.") == [("Trần Cẩm Tú", V)]
    # must not touch: a country that is a member, "member of", nobody named
    assert sides("Vietnam is an ASEAN member and a WTO member.") == [N]
    assert sides("Each member of the delegation said thanks.") == [N]
    assert sides("A State Duma member said ties grew.") == [N]


def test_a_title_for_a_field_of_a_body():
    # round 14: "Director for international business of Rosatom X": the field between title and "of"
    found = speakers("Director for international business of Rosatom Gleb Pastukhov said the plant would be safe.")
    assert found[0][0].endswith("Gleb Pastukhov")
    # must not touch: no title before "for"
    assert sides("The fund for the development of Hanoi said it would invest.") == [N]
    assert sides("He voted for the plan of the ministry.") == [N]


def test_an_institution_in_its_city_speaks():
    # round 14: "the Russian Embassy in Hanoi said": the body's seat stands between it and its verb
    assert speakers("The Russian Embassy in Hanoi said in a statement that visas would be issued.") == [
        ("The Russian Embassy", R)]
    # must not touch: no verb of speech, a person who acts
    assert sides("The Russian delegation in Hanoi visited a factory.") == [N]
    assert sides("The Vietnamese ambassador in Moscow met students.") == [N]


def test_both_before_a_plural_title_is_the_pair():
    # round 14: "Both Deputy Prime Ministers agreed" as "the two deputy prime ministers"
    o = "Vietnamese Deputy Prime Minister Trần Hồng Hà met Lao Deputy Prime Minister Saleumxay Kommasith."
    assert speakers(o, "Both Deputy Prime Ministers agreed to meet again.")[1] == (
        "Trần Hồng Hà and Saleumxay Kommasith", J)
    # must not touch: plural bodies, places
    assert sides(o, "Both Party Committees agreed to meet again.") == [N, N]
    assert sides("Both Hanoi and Vientiane hosted fairs.") == [N]


def test_a_document_speaks_for_its_author():
    # round 14: "The letter affirmed ...", "It expressed ...", "the statement says", "Under the
    # document, ...", "according to a joint statement": the author's words, joint when both sign
    assert speakers("The CPRF Central Committee has sent a letter to the CPV.", "The letter affirmed that ties are strong.",
                    "It expressed the wish to expand exchanges.") == [
        (N, N), ("The CPRF Central Committee", R), ("The CPRF Central Committee", R)]
    assert sides("Vietnam and Russia will expand trade, according to a joint statement released on Wednesday.",
                 "The statement says the two sides will meet.", "Under the document, they will open flights.") == [J, J, J]
    # must not touch: a plan the sides sign, a document of no author, a report's data, a plan after a statement
    assert sides("The two ministries signed a plan.", "Under the plan, the two sides will train officials.") == [N, N]
    assert sides("The letter arrived on Monday.", "The statement says ties are strong.") == [N, N]
    assert sides("Trade rose 5 percent, according to a report of the ministry.") == [N]
    assert sides("The Russian Embassy said in a statement that visas would be issued.", "The plan says flights will resume.") == [R, N]


def test_an_apposition_holds_a_list_of_a_names_words():
    # round 14: "a former Deputy Minister of Culture, Sports and Tourism," is one apposition
    assert speakers("Trịnh Thu Hằng, a former Deputy Minister of Culture, Sports and Tourism, recalled that "
                    "many were trained.") == [("Trịnh Thu Hằng", V)]
    # must not touch: a list of people after an apposition, places after a name with no verb
    assert sides("Trịnh Thu Hằng, a former minister, Ivan Petrov and Lê Văn An attended the fair.") == [N]
    assert sides("Deputy Minister Trịnh Thu Hằng, Hanoi, Moscow, visited the fair.") == [N]
    assert sides("Ivan Petrov, Director of Sales, Marketing and Logistics, visited the plant.") == [N]


def test_a_data_word_before_a_source_noun_names_a_body():
    # round 14: "according to the Vietnamese statistics office": an office, which takes its side
    assert speakers("About 140,000 Russian tourists visited Vietnam, according to the Vietnamese statistics office.") == [
        ("the Vietnamese statistics office", V)]
    # must not touch: data of no side, data of a ministry, customs data
    assert sides("Exports rose 5 percent, according to statistics.") == [N]
    assert sides("Exports rose 5 percent, according to official data of the ministry.") == [N]
    assert sides("Exports rose, according to customs data.") == [N]


def test_backing_anothers_proposal_is_held_by_both():
    # round 14: "Kuprianov backed Thiêm's proposal", like "shared Y's view": both hold it
    o = "Russian Ambassador Ivan Petrov met Vietnamese Deputy Minister Lê Văn An."
    assert sides(o, "Petrov backed An's proposal to set up a working group.") == [N, J]
    # must not touch: a proposal of nobody named, another's visit, countries
    assert sides(o, "Petrov backed the proposal.") == [N, R]
    assert sides(o, "Petrov supported An's visit to Moscow.") == [N, R]
    assert sides(o, "Russia supported Vietnam's proposal to hold talks.") == [N, R]


# --- round 15 (tuned on heldout16) ----------------------------------------------------------------


def test_round15_calling_on_a_list_of_sides_and_places_to_act_is_urging():
    # round 15: "called on Vietnamese and Russian cities and provinces to sign": urged, no visit
    o = "Vietnamese Deputy Minister Bùi Thị Nguyệt Hằng recalled that many were trained."
    assert sides(o, "Hằng called on Vietnamese and Russian cities and provinces to sign more agreements.") == [V, V]
    assert sides(o, "Hằng called on Vietnamese and Russian cities to sign more agreements.") == [V, V]
    # must not touch: a visit to a titled person, to people with no "to", a list of two sides' nouns
    assert sides(o, "Hằng called on Russian and Chinese President Ivan Petrov in Moscow.") == [V, N]
    assert sides(o, "Hằng called on Russian and Vietnamese leaders and officials in Moscow.") == [V, N]
    assert sides(o, "Hằng called on Russian firms and Vietnamese banks.") == [V, N]


def test_review7_a_document_someone_else_wrote_is_not_the_speakers():
    # "a letter from farmers", "received a letter": the letter's words are not the receiver's
    assert sides(
        "Minister Nguyen Van An received a letter from farmers in Son La.", "The letter asked for help."
    ) == ["narrator", "narrator"]
    assert sides(
        "Russian Ambassador Ivan Petrov said a message from veterans had moved him.", "The message recalled the war."
    ) == ["russia", "narrator"]
    # the author is still the one who sent it
    assert sides(
        "President Vo Van Thuong sent a letter of congratulations to Putin.", "The letter affirmed that ties were strong."
    ) == ["narrator", "vietnam"]


def test_review7_a_document_of_unknown_author_ends_an_older_documents_author():
    # the embassy's statement is not the veterans' letter
    assert sides(
        "The Russian Embassy said in a statement that visas would be free.",
        "Veterans from Hanoi wrote a letter to the museum.",
        "The letter thanked the staff.",
    ) == ["russia", "narrator", "narrator"]
    assert sides(
        "The Russian Embassy said in a statement that visas would be free.",
        "The statement added that flights would resume.",
        "The statement also said that fees would fall.",
    ) == ["russia", "russia", "russia"]


def test_review7_a_subject_that_only_speaks_of_a_document_did_not_write_it():
    # criticising or reading out a document makes nobody its author; sending one does
    assert sides(
        "Russian Foreign Ministry spokeswoman Maria Zakharova criticised the G7 statement.",
        "The statement called for new sanctions.",
    ) == ["narrator", "narrator"]
    assert sides(
        "Russian Ambassador Gennady Bezdetko read out a letter by a Soviet soldier.", "The letter described the battle."
    ) == ["narrator", "narrator"]
    assert sides(
        "Russian Ambassador Gennady Bezdetko sent a letter to the veterans.", "The letter thanked them."
    ) == ["narrator", "russia"]


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


def test_a_title_of_another_country_takes_no_side():
    # a title with a country of no side ("US envoy"): not the side the document names most
    assert speakers("Russian Deputy Minister Ivan Petrov met US envoy John Smith on Monday.",
                    "Smith said the talks were good.") == [(N, N), ("John Smith", N)]
    assert speakers("British Ambassador John Smith said the talks were good.") == [("John Smith", N)]
    # still right: a side's own title, and a name with no title after a side's title
    assert speakers("Russian Deputy Minister Ivan Petrov met US envoy John Smith on Monday.",
                    "Petrov said the talks were good.") == [(N, N), ("Ivan Petrov", R)]
    assert speakers("Russian Ambassador Ivan Petrov said the talks were good.") == [("Ivan Petrov", R)]


# --- review 8 ------------------------------------------------------------------------------------


def test_review8_document_verbs_and_body_units_come_from_the_packaged_file():
    # the lists moved from speakers.py to actors.yml; keys fold plurals ("sends" = "send"), so the
    # lists hold the forms a text's keys can take
    act = load_actors()
    assert act.authoring_verbs == frozenset({
        "sent", "send", "sending", "issued", "issue", "released", "release", "adopted", "adopt", "published",
        "publish", "wrote", "write", "written", "signed", "sign", "addressed", "address"})
    assert act.obtaining_verbs == frozenset({"received", "receive", "receiving", "got", "get"})
    assert act.body_units == frozenset({"branch", "chapter", "division", "wing", "cell"})
    # what they decide: a letter the subject got is not its words, one it sends is
    assert sides("Minister Nguyen Van An got a letter from farmers in Son La.", "The letter asked for help.") == [N, N]
    assert sides("President Vo Van Thuong sends a letter to Putin.", "The letter affirmed that ties were strong.") == [
        N, V]
    # a unit of a side's body ends a title before "of" and the side ("wing" as "branch")
    assert speakers("Secretary of the Moscow youth wing of United Russia Arkady Zemtsov said ties grew.") == [
        ("Arkady Zemtsov", R)]


def test_review8_a_malformed_packaged_list_is_one_line():
    from framing.lexicons.actors import _Builder

    b = _Builder(())
    with pytest.raises(LexiconError) as err:
        b.add("authoring_verbs: [sent, yes]\n", "actors.yml")
    assert str(err.value).startswith("actors.yml") and "'authoring_verbs': item True is not a word" in str(err.value)
    assert "\n" not in str(err.value)


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


# --- review leftovers (issue 13): shapes the last closing note listed, each with what it must leave ------


def test_leftover_a_role_noun_names_the_earlier_persons_job():
    # "the manager" is the (general) director named before, though the title says "Director"
    o = "Deputy General Director of PetroVietnam Nguyễn Văn An said output rose."
    assert speakers(o, "The manager noted that demand was rising.") == [
        ("Nguyễn Văn An", V), ("Nguyễn Văn An", V)]
    assert rules(o, "The manager noted that demand was rising.") == ["subject+verb", "role"]
    # must not touch: nobody whose title is a manager's or a director's, so no one
    assert sides("Vietnamese Minister Nguyễn Văn An visited the plant.",
                 "The manager noted that demand was rising.") == [N, N]


def test_leftover_the_deputy_alone_is_a_member_of_the_duma():
    # "the deputy" after "State Duma deputy X", not the deputy minister named later
    o = "Russian State Duma deputy Ivan Orlov met Vietnamese Deputy Minister Lê Văn Hải."
    assert speakers(o, "The deputy said ties were strong.")[1] == ("Ivan Orlov", R)
    # the State Duma is Russia's: its deputy takes that side with no other side word
    assert speakers("State Duma deputy Ivan Orlov visited Hà Nội.", "The deputy said ties were strong.") == [
        (N, N), ("Ivan Orlov", R)]
    # must not touch: a deputy minister alone is still "the deputy"
    assert speakers("Vietnamese Deputy Minister Lê Văn Hải met Russian firms.",
                    "The deputy said ties were strong.")[1] == ("Lê Văn Hải", V)


def test_leftover_a_joint_institution_gives_no_side_the_name_decides():
    # "Vietnam-Russia Tropical Centre": both sides' body; a Russian name is not the first side's
    assert speakers("Director of the Vietnam-Russia Tropical Centre Ivan Petrov said research would go on.") == [
        ("Ivan Petrov", R)]
    # must not touch: a Vietnamese name at the same centre, a side word of the person's own
    assert speakers("Director of the Vietnam-Russia Tropical Centre Nguyễn Văn An said research would go on.") == [
        ("Nguyễn Văn An", V)]
    assert speakers("Russian co-director of the Vietnam-Russia Tropical Centre Lê Văn Hải said research grew.") == [
        ("Lê Văn Hải", R)]


def test_leftover_a_known_persons_title_is_not_the_next_names(actors):
    # "Foreign Minister Lê Hoài Trung and Ivan Petrov": the actors file knows Trung; his title
    # (and its side) is not Petrov's
    people = {p.name: p.side for p in discover_people(
        "Vietnamese Foreign Minister Lê Hoài Trung and Ivan Petrov, a businessman, said trade grew.", actors=actors)}
    assert people == {"Ivan Petrov": None, LHT: V}
    # must not touch: a title before a discovered name and "and" stays that name's only, as before
    people = {p.name: (p.side, p.how) for p in discover_people(
        "Vietnamese Foreign Minister Nguyễn Văn An and Ivan Petrov, a businessman, said trade grew.", actors=actors)}
    assert people == {"Nguyễn Văn An": (V, "title"), "Ivan Petrov": (None, "")}


def test_leftover_a_short_form_is_no_word_of_a_longer_name(actors):
    # "Lâm" of Tô Lâm (actors file) is not in "Carrie Lam" nor in the province "Lam Dong"
    names = [p.name for p in discover_people("Former Hong Kong leader Carrie Lam said the city would recover.",
                                              actors=actors)]
    assert names == ["Carrie Lam"]
    assert discover_people("Lam Dong officials said coffee exports rose.", actors=actors) == []
    assert discover_people("Lâm Đồng officials said coffee exports rose.", actors=actors) == []
    # must not touch: the short form alone, after a title, before a possessive (round 19: a given name
    # without a title, in a text that names the person in full)
    for text in ("Tô Lâm arrived. Lâm said ties were strong.", "Party chief Lâm said ties were strong.",
                 "To Lam arrived. Lâm's visit ended."):
        assert [p.name for p in discover_people(text, actors=actors)] == [TL]


def test_leftover_the_partys_press_service_is_the_party_named_first():
    # decided: the party the sentence names before the phrase (its subject), else the party the
    # nearest earlier sentence names first (its subject or topic)
    o = "A CPV delegation visited Moscow to meet United Russia officials."
    assert speakers(o, "United Russia held talks with the delegation, according to the party's press service.")[1] == (
        "the party's press service", R)
    assert speakers("The Communist Party of Việt Nam and United Russia signed a cooperation plan.",
                    "According to the party's press service, the plan covers training.")[1] == (
        "the party's press service", V)
    assert rules(o, "According to the party, the plan covers training.")[1] == "according-to:role"
    # a party's name before a country's adjective: "Vietnamese students" is no party
    assert sides("The CPRF and the CPV signed a memorandum.",
                 "Many Vietnamese students study in regions run by CPRF governors, according to the party's "
                 "press service.") == [N, R]
    # must not touch: what the party's charter says is no one's words; nor "the party said" (no
    # side word of its own) when both sides' parties are named
    assert sides(o, "According to the party's charter, members pay dues.") == [N, N]
    assert sides(o, "The party said the talks were good.") == [N, N]


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


def test_leftover_an_article_is_no_name_and_brings_someone_new():
    # "A student", "An official": not the person named before, nor a role named "A"
    o = "Russian Ambassador Ivan Petrov met students."
    assert speakers(o, "An official said the course was useful.") == [(N, N), (N, N)]
    assert speakers("A student said the course was useful.") == [(N, N)]
    # must not touch: "the official" is the person named before; "a Russian official" is that side
    assert speakers(o, "The official said the course was useful.")[1] == ("Ivan Petrov", R)
    assert speakers(o, "A Russian official said the course was useful.")[1] == ("A Russian official", R)
    # "a/an" role of an institution with a side: that side, no earlier person
    v = "Vietnamese Minister Nguyễn Văn An met Russian guests."
    assert speakers(v, "A spokesman for the Russian Ministry of Culture said the week would open.")[1] == (
        "A spokesman for the Russian Ministry of Culture", R)
    assert sides(v, "A representative of the Hà Nội People's Committee said the city was ready.") == [N, V]
    # must not touch: "a member of the audience", an institution of no side
    assert sides(v, "A member of the audience said the film was good.") == [N, N]
    assert sides(v, "A representative of the committee said the city was ready.") == [N, N]


def _one_a_paragraph(*paragraphs: str) -> list[tuple[str, str]]:
    # a report of one sentence per paragraph, as VNA and TASS copy runs
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["\n\n".join(paragraphs)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    return list(zip(out["speaker"], out["side"], strict=True))


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


def test_leftover_an_institutions_role_by_its_possessive():
    # "the foundation's director": the director whose title names a foundation
    o = "Director of the Russian Science Foundation Pavel Ivanov met Vietnamese Minister Nguyễn Văn An."
    assert speakers(o, "The foundation's director said calls would open in May.")[1] == ("Pavel Ivanov", R)
    # must not touch: no one whose title names that body, so no one
    assert speakers("Russian Minister Ivan Petrov met Vietnamese scientists.",
                    "The foundation's director said calls would open in May.")[1] == (N, N)


def test_review9_base_forms_of_authoring_verbs_and_a_folded_attache():
    # keys fold "publishes" to "publish" and "Attaché" to "attache": the lists hold those keys
    after = "The letter affirmed that ties are strong."
    for verb in ("publishes", "addresses"):
        assert speakers(f"The CPRF Central Committee {verb} a letter to the CPV every year.", after)[1] == (
            "The CPRF Central Committee", R), verb
    # must not touch: a letter got from someone else is not the subject's
    assert speakers("The CPRF Central Committee gets a letter every year.", after)[1] == (N, N)
    assert speakers("Russian Military Attaché Ivan Petrov met Vietnamese Deputy Minister Nguyễn Văn An.",
                    "The diplomat said ties were strong.")[1] == ("Ivan Petrov", R)


# --- round 16 (tuned on heldout17 and heldout18) --------------------------------------------------


def test_round16_a_name_word_alone_is_the_person_not_the_country():
    # round 16: "Nam said", after "Trịnh Hoài Nam": the person, not "Việt Nam" by its last word
    o = "Vietnamese Deputy Prime Minister Trịnh Hoài Nam and Russian Deputy Prime Minister Ivan Petrov met in Moscow."
    assert speakers(o, "Nam said trade grew, and he urged the two sides to act.")[1] == ("Trịnh Hoài Nam", V)
    # must not touch: the country's full name, another speaker, a country's last word nobody bears
    assert speakers(o, "Việt Nam said trade grew, and it urged the two sides to act.")[1] == (N, N)
    assert speakers(o, "Trade grew in Việt Nam, Petrov said.")[1] == ("Ivan Petrov", R)
    assert speakers("Vietnamese Minister Lê Văn An and Russian Minister Ivan Petrov met in Moscow.",
                    "Nam said trade grew, and he urged the two sides to act.")[1] == (N, N)


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


def test_round16_offering_and_declining_are_acts_of_speech():
    # round 16: "X also offered help with ...", "X declined to give figures": the subject's words
    o = "Vietnamese Minister Lê Văn An met Lao Minister Khamsouk Vongdala."
    assert speakers(o, "An also offered help with the training of engineers.")[1] == ("Lê Văn An", V)
    assert speakers(o, "Khamsouk declined to give figures.")[1] == ("Khamsouk Vongdala", "laos")
    # must not touch: figures that decline, a thing offered with no person, the adjective
    assert speakers(o, "Lao exports declined by 5 percent.")[1] == (N, N)
    assert speakers(o, "The hotel offered discounts to tourists.")[1] == (N, N)
    assert speakers(o, "The offered price was low.")[1] == (N, N)


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


def test_round16_a_legislature_in_a_who_clause_makes_a_deputy():
    # round 16: "X, who heads a group in the ... of the State Duma," is "the deputy" of a later sentence
    o = "Russian politician Ivan Petrov met Vietnamese Ambassador Lê Văn An."
    assert speakers(o, "Petrov, who heads a group in the State Duma, said ties grew.",
                    "The deputy also called for more exchanges.")[2] == ("Ivan Petrov", R)
    # must not touch: a visit to the legislature, a post outside one, no relative clause at all
    assert speakers(o, "Petrov, who visited the State Duma, said ties grew.",
                    "The deputy also called for more exchanges.")[2] == (N, N)
    assert speakers(o, "Petrov, who heads a group in the ministry, said ties grew.",
                    "The deputy also called for more exchanges.")[2] == (N, N)
    assert speakers(o, "Petrov said ties grew in the State Duma.", "The deputy also called for more exchanges.")[2] == (N, N)


def test_round16_members_of_a_body_speak_for_its_side():
    # round 16: "Members of the association pledged": the association named before with a side word
    o = "Vietnamese Ambassador Lê Văn An met leaders of the Association of Vietnamese Businesses in Russia."
    assert speakers(o, "Members of the association pledged to donate vaccines.")[1] == ("Members of the association", V)
    # must not touch: no verb of speech, a body never named with a side word, no such body at all
    assert speakers(o, "Members of the association visited a farm.")[1] == (N, N)
    assert speakers(o, "Members of the committee said prices rose.")[1] == (N, N)
    assert speakers("Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An.",
                    "Members of the association pledged to donate vaccines.")[1] == (N, N)


def test_round16_the_agent_of_a_passive_verb_of_speech_speaks():
    # round 16: "was cited by both sides as a model", "was praised by X": the agent after "by"
    o = "Russian Minister Ivan Petrov met Vietnamese Minister Lê Văn An."
    assert speakers(o, "The centre was cited by both sides as a model.")[1] == ("both sides", J)
    assert speakers(o, "The plan was praised by Petrov.")[1] == ("Ivan Petrov", R)
    # must not touch: a passive of no speech, an agent nobody can name, no passive at all
    assert speakers(o, "The centre was built by both sides in 1988.")[1] == (N, N)
    assert speakers(o, "The plan was praised by experts.")[1] == (N, N)
    assert speakers(o, "The centre opened in 1988 near Hà Nội.")[1] == (N, N)


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


def test_round16_quoted_by_an_agency_as_saying():
    # round 16: "X was quoted by TASS as saying": the agency between "quoted" and "as saying"
    o = "Russian Deputy Minister Ivan Petrov met Vietnamese Ambassador Đặng Minh Khôi in Moscow."
    assert speakers(o, "Petrov was quoted by TASS as saying that flights would grow.")[1] == ("Ivan Petrov", R)
    # must not touch: a price quoted to a country, a text quoted by a newspaper, a quoted figure
    assert speakers(o, "Vietnam was quoted a price of 5 USD.")[1] == (N, N)
    assert speakers(o, "The plan was quoted in full by the newspaper.")[1] == (N, N)
    assert speakers(o, "The quoted figure was 5 percent.")[1] == (N, N)


def test_round16_a_persons_press_service_speaks_for_the_person():
    # round 16: "Petrov's press service said", "Khôi's office said": the person's side
    o = "Russian Deputy Minister Ivan Petrov met Vietnamese Ambassador Đặng Minh Khôi in Moscow."
    assert speakers(o, "Petrov's press service said flights would grow.")[1] == ("Petrov's press service", R)
    assert speakers(o, "Trade grew, Khôi's office said.")[1] == ("Khôi's office", V)
    # must not touch: the person's visit (a topic), an office with no verb of speech, the person himself
    assert speakers(o, "Petrov's visit was confirmed on Sunday.")[1] == (N, N)
    assert speakers(o, "Petrov's office opened in May.")[1] == (N, N)
    assert speakers(o, "Petrov said flights would grow.")[1] == ("Ivan Petrov", R)


def test_round16_it_after_said_in_a_statement_is_the_institution():
    # round 16: "X said in a statement that ... It added ...": the statement is how X spoke
    o = "Lao Minister Khamsouk Vongdala met Vietnamese Ambassador Nguyễn Minh Tâm."
    assert speakers(o, "The Lao Ministry of Foreign Affairs said in a statement that visas were free.",
                    "It added that the ministry would help.")[2] == ("The Lao Ministry of Foreign Affairs", "laos")
    # must not touch: a statement someone else wrote, a treaty, the present tense of a text's content
    assert speakers(o, "The Lao Ministry of Foreign Affairs welcomed the statement.",
                    "It added that the ministry would help.")[2] == (N, N)
    assert speakers(o, "The Lao government welcomed the treaty.", "It calls for visa-free travel.")[2] == (N, N)
    assert speakers(o, "The Lao Ministry of Foreign Affairs said in a statement that visas were free.",
                    "It calls for visa-free travel.")[2] == (N, N)


def test_round16_a_spokesman_of_a_body_a_titled_person_heads():
    # round 16: "A Roscosmos spokesperson confirmed" after "Roscosmos head Yury Borisov": Borisov's side
    o = ("Russia and Vietnam will work together in space, Roscosmos head Yury Borisov said after talks with "
         "Vietnamese Minister of Science Huỳnh Thành Đạt.")
    assert speakers(o, "A Roscosmos spokesperson later confirmed the talks.")[1] == ("A Roscosmos spokesperson", R)
    assert speakers(o, "The Roscosmos official said the launch was set.")[1] == ("The Roscosmos official", R)
    # must not touch: a body nobody heads (review 13: the body's voice, of no known side), a thing
    # of the body, the spokesman of a side word
    assert speakers(o, "A Gazprom spokesperson later confirmed the talks.")[1] == ("A Gazprom spokesperson", N)
    assert speakers(o, "A Roscosmos rocket later lifted off.")[1] == (N, N)
    assert speakers(o, "A Vietnamese spokesperson later confirmed the talks.")[1] == ("A Vietnamese spokesperson", V)


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


def test_round16_fm_is_a_foreign_minister():
    # round 16: "the Russian FM" (headline style for a foreign minister) is the Russian foreign minister
    o = "Vietnamese President Lương Cường received Russian Foreign Minister Sergei Lavrov."
    assert speakers(o, "The Russian FM affirmed that ties were strong.")[1] == ("Sergei Lavrov", R)
    # must not touch: FM radio, a frequency, the full title
    assert speakers(o, "The FM radio station opened in May.")[1] == (N, N)
    assert speakers(o, "Prices on FM bands rose.")[1] == (N, N)
    assert speakers(o, "The Russian foreign minister said ties were strong.")[1] == ("Sergei Lavrov", R)


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


# --- round 17 (tuned on heldout19 and heldout20) --------------------------------------------------


def test_round17_a_research_fellow_of_a_studied_country_is_his_academys():
    # round 17: "a research fellow at the Institute of China ... of the Russian Academy" is a titled
    # apposition (research fellow, expert, analyst are roles); the country an institute studies is no side
    o = ("Moscow will expand contacts with Hanoi, Ivan Sorokin, a leading research fellow at the Institute of "
         "China and Contemporary Asia of the Russian Academy of Sciences, told reporters.")
    assert speakers(o, "The expert noted that trade lagged behind politics.") == [("Ivan Sorokin", R)] * 2
    # must not touch: an institute with no person, plural experts, an analyst not named
    assert sides("The Institute of China Studies opened a new library in May.") == [N]
    assert sides("Experts said prices would rise.") == [N]
    assert sides("An analyst from the World Bank visited Hanoi.") == [N]
    # "the expert" is nobody when only a director was named before
    assert speakers("Director of the Russian Institute of Energy Ivan Petrov said output grew.",
                    "The expert noted that trade lagged behind politics.")[1] == (N, N)


def test_round17_a_sides_customs_and_the_countrys_ministry_are_sources():
    # round 17: "according to the Vietnamese customs", "according to the country's Health Ministry"
    assert speakers("Exports rose by 5%, according to the Vietnamese customs.") == [("the Vietnamese customs", V)]
    assert speakers("Laos had vaccinated half of its people by May, according to the country's Health Ministry.") == [
        ("the country's Health Ministry", "laos")]
    # must not touch: data of no side, a data word before its giver, a country named after the phrase
    assert sides("Output grew, according to customs data.") == [N]
    assert sides("Imports rose, according to Russian customs statistics released by the ministry.") == [N]
    assert sides("Prices rose, according to the country's statistics.") == [N]
    assert sides("The country's economy grew by 5%, officials said.") == [N]
    # ... nor two countries before it: "the country" may be either
    assert sides("Russia sent vaccines to Laos, according to the country's Health Ministry.") == [N]


def test_round17_a_side_word_inside_an_institutions_name():
    # round 17: "the Pushkin State Russian Language Institute said": the side word inside the name
    assert speakers("Vietnamese students won three medals, the Pushkin State Russian Language Institute said.") == [
        ("the Pushkin State Russian Language Institute", R)]
    # must not touch: no verb of speech, a name of two sides, a name with no side word
    assert sides("The Russian Language Institute in Hanoi opened in May.") == [N]
    assert sides("The Vietnam-Russia Friendship Association held a meeting.") == [N]
    # (r26a: "the Moscow State University" now takes its capital's side: a place of a side opens it)
    assert sides("Prices rose, the Lomonosov State University said.") == [N]


def test_round17_a_bodys_title_before_a_comma_and_a_rank_note_in_brackets():
    # round 17: "the institute's vice-rector, Irina Belova," and "Colonel (retired) Nikolai Orlov" are titled names
    got = speakers("Russian Minister Ivan Petrov arrived.",
                   '"Trade is growing," the institute\'s vice-rector, Irina Belova, told reporters.')
    assert got[1][0] == "Irina Belova"
    assert speakers("Speaking at the ceremony, head of the group Colonel (retired) Nikolai Orlov said the "
                    "veterans were proud.")[0][0] == "Nikolai Orlov"
    # must not touch: a possessive before a plain noun, a bracket after a title alone or a place
    assert sides("The company's director, a Russian, arrived.") == [N]
    assert sides("The Minister (acting) arrived late.") == [N]
    assert sides("Prices in Hanoi (Vietnam) rose.") == [N]


def test_round17_secretary_of_the_branch_names_a_person():
    # round 17: "Secretary of the branch Valentina Orlova said": a title ending in a unit the text named
    o = "Vietnamese Minister Lê Văn An met United Russia officials."
    assert speakers(o, "Secretary of the branch Valentina Orlova said ties were strong.")[1][0] == "Valentina Orlova"
    # must not touch: a unit in a longer lower-case phrase, a plural title
    assert speakers(o, "The head of the branch office said prices rose.")[1] == (N, N)
    assert speakers(o, "Members of the branch Ivan Petrov and Oleg Sokolov arrived.")[1] == (N, N)


def test_round17_a_body_word_in_two_sides_names_is_no_spokesmans_body():
    # round 17: "The Party official" after the Communist Party of Việt Nam and the United Russia Party:
    # not the United Russia man by "Party", but the role's person
    o = ("Chairman of the Communist Party of Việt Nam Commission Lê Văn An met Deputy Secretary of the General "
         "Council of the United Russia Party Oleg Petrov.")
    urp = tuple(dataclasses.replace(x, parties=(*x.parties, "United Russia Party")) if x.id == R else x for x in SIDES)
    out = attributed(o, "An said ties were strong.", "The Party official also suggested more exchanges.", sides=urp)
    assert (out["speaker"][2], out["side"][2]) == ("Lê Văn An", V)
    # must not touch: a body only one side's person heads
    got = speakers("Russian Minister Oleg Petrov met Head of the Roscosmos agency Ivan Sokolov.",
                   "A Roscosmos spokesperson confirmed the launch.")
    assert got[1] == ("A Roscosmos spokesperson", R)


def test_round17_the_country_a_body_sits_in_is_no_side():
    # round 17: "President of the Association of Vietnamese in the Russian Federation X": titled; Vietnamese
    got = speakers("President of the Association of Vietnamese in the Russian Federation Bế Quang Vinh said the "
                   "community grew.")
    assert got == [("Bế Quang Vinh", V)]
    # must not touch: the post's place, the country of the post, no verb
    assert speakers("Russian Ambassador in Hanoi Ivan Petrov said trade grew.") == [("Ivan Petrov", R)]
    assert speakers("Vietnamese Ambassador to Russia Đặng Minh Khôi said trade grew.") == [("Đặng Minh Khôi", V)]
    assert sides("Chairman of the Vietnamese association Lê Văn An met students in Russia.") == [N]


def test_round17_wishes_editors_and_he_after_a_side():
    # round 17: "The Vietnamese side wishes ...", then "He" is the Vietnamese person who spoke before
    got = speakers("Speaking at the ceremony, Vietnamese editor Lê Văn An said ties were strong.",
                   "The Vietnamese side wishes to learn from Russian research.", "He suggested joint articles.")
    assert got == [("Lê Văn An", V), ("The Vietnamese side", V), ("Lê Văn An", V)]
    # must not touch: "wishes" as a noun, "they" after a side, a side with no person before
    assert sides("Best wishes were sent.") == [N]
    assert speakers("The Vietnamese side agreed.", "They will meet again.") == [("The Vietnamese side", V), (N, N)]
    assert speakers("The Russian side wishes to expand trade.", "He said so.")[1] == ("The Russian side", R)


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


def test_round17_the_regional_government_is_the_regions():
    # round 17: "the regional government's press service", "the regional ministry of industry and trade"
    got = speakers("The Republic of Tatarstan and Vietnam's Bac Ninh Province signed an agreement, the regional "
                   "government's press service reported.", "Trade rose by 30%, the regional ministry of industry and "
                   "trade said.")
    assert got == [("the regional government's press service", R), ("the regional ministry of industry and trade", R)]
    assert sides("Vietnam's Bac Ninh Province signed an agreement, the provincial government said.") == [V]
    # must not touch: no region named before, a person of a side but no region
    assert sides("The regional government said prices rose.") == [N]
    assert sides("Vietnamese Minister Lê Văn An met students.", "The regional ministry said prices rose.") == [N, N]


def test_round17_at_which_a_named_person_said():
    # round 17: "..., at which Russian Ambassador X said ...": the person of the relative clause speaks
    got = speakers("Russian Ambassador Andrei Sokolov arrived.", "The embassy held a meeting in Hanoi, at which "
                   "Russian Ambassador Andrei Sokolov said ties were strong.")
    assert got[1] == ("Andrei Sokolov", R)
    # must not touch: no verb of speech, no subject, a plural with no name
    assert sides("The embassy held a reception, at which the guests watched a film.") == [N]
    assert sides("They met in Hanoi, where the weather was fine.") == [N]
    assert sides("Petrov visited the plant, where workers said output grew.") == [N]


def test_a_reporting_verbs_word_after_a_possessive_is_a_noun():
    # "wishes" (round 17), "hopes", "calls" after "'s" are the possessor's nouns, no verb of the subject
    assert sides("President Putin's wishes for peace were read out at the ceremony.") == [N]
    assert speakers("The Lao side's wishes were noted by the Vietnamese delegation.") == [
        ("the Vietnamese delegation", V)]
    # must not touch: the verb after the subject, and a possessive before a subject noun
    assert speakers("The Vietnamese side wishes to expand trade.") == [("The Vietnamese side", V)]
    assert sides("Russia's ambassador said trade grew.") == [R]


# --- round 18 (tuned on heldout22) ---------------------------------------------------------------


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


def test_round18_a_titled_name_after_an_institutions_head():
    # round 18: "Vice Rector of the Novosibirsk Mining University Vadim Orlov": the name after the
    # institution's head is the titled person (Russian: the other side the text names)
    got = speakers("Vietnamese Rector Lê Văn An met Russian guests.", "For his part, Vice Rector of the Novosibirsk "
                   "Mining University Vadim Orlov said ties were strong.")
    assert got[1] == ("Vadim Orlov", R)
    # must not touch: an institution with no name after it, a place after "the", one word after a head
    assert sides("Director of the Bolshoi Theatre said ties were strong.") == [N]
    assert sides("Secretary of the Điện Biên Provincial Party Committee said ties were strong.") == [N]
    assert sides("Head of the Novosibirsk Mining University Press said ties were strong.") == [N]


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


def test_round18_the_press_service_named_before():
    # round 18: "the press service said" after "the United Russia press service said": that party's
    got = speakers("The two parties agreed on a seminar, the United Russia press service said.",
                   '"The sides noted the high level of trust," the press service said in a statement.')
    assert got[1] == ("the press service", R)
    # must not touch: no press service named before, one named with no side word, a press conference
    assert sides("The press service said trust was high.") == [N]
    assert sides("The ministry's press service said so.", "The press service said trust was high.") == [N, N]
    assert sides("Russian officials met the press.", "The press conference was held in Moscow.")[1] == N


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


def test_round18_a_role_does_not_ask_its_own_side():
    # round 18: of two deputy ministers, "the deputy minister asked the Russian side to ..." is the
    # one not of the Russian side
    first = "Vietnamese Deputy Minister Chu Thị Vân Anh met Pavel Kuzmenko, Russian Deputy Minister of Labour."
    assert speakers(first, "The deputy minister asked the Russian side to protect workers.")[1] == ("Chu Thị Vân Anh", V)
    assert speakers(first, "The deputy minister asked the Vietnamese side to send workers.")[1] == ("Pavel Kuzmenko", R)
    # must not touch: no side asked, a side addressed by no verb, one person only
    assert speakers(first, "The deputy minister said the Russian side was ready.")[1] == ("Chu Thị Vân Anh", V)
    assert speakers("Russian Deputy Minister Pavel Kuzmenko met reporters.",
                    "The deputy minister asked the Russian side to act.")[1] == ("Pavel Kuzmenko", R)
    assert sides("The deputy minister asked the Russian side to act.") == [N]


def test_round18_a_region_of_no_side_word_in_a_two_side_text():
    # round 18: "the Primorye Territory" has no side word; of the two sides of the text, it is the one
    # whose names are not spelled the Vietnamese way
    got = speakers("Vietnamese and Russian artists came to the Primorye Territory, the regional government's "
                   "press service said.")
    assert got == [("the regional government's press service", R)]
    assert sides("Vietnamese and Russian artists came to Lam Dong Province, the provincial government said.") == [V]
    # must not touch: three sides, one side only, no place before
    assert sides("Vietnamese, Lao and Russian artists came to the Primorye Territory, the regional government "
                 "said.") == [N]
    assert sides("Artists came to the Primorye Territory, the regional government said.") == [N]
    assert sides("Vietnamese and Russian artists met, the regional government said.") == [N]


def test_review11_two_levels_of_government_give_the_same_side_in_every_process():
    # a set of levels ("regional", "provincial") was read in the order string hashing gives it, which
    # changes from one Python process to the next; now in sorted order: the same answer every time
    import os
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_speakers import speakers; "
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


# --- round 19 (the last stop's leftovers: general rules, each with what it must leave alone) --------


def test_round19_a_given_name_after_another_surname_is_another_person(actors):
    # round 19: "Vũ Lâm said" opening a sentence is Vũ Lâm, not the "Lâm" of Tô Lâm (a Vietnamese
    # surname before the given name makes a longer name, even as a sentence's first word)
    o = "Party General Secretary Tô Lâm met guests."
    assert speakers(o, "Vũ Lâm said the exhibition was a success.", actors=actors)[1][0] == "Vũ Lâm"
    assert speakers(o.replace("Tô Lâm", "To Lam"), "Vu Lam said the show was a success.",
                    actors=actors)[1][0] not in (TL, "To Lam")
    assert speakers(o, "Painter Vũ Lâm said the exhibition was a success.", actors=actors)[1] != (TL, V)
    # a given name alone names the actors file's person only where the text names him in full
    assert speakers("Painter Vũ Lâm opened a show.", "Lâm said it was a success.", actors=actors)[1] != (TL, V)
    # must not touch: the short form after the full name, after a title, an opening word that is no surname
    assert speakers(o, "Lâm said ties were strong.", actors=actors)[1] == (TL, V)
    assert speakers(o, "Then Lâm said ties were strong.", actors=actors)[1] == (TL, V)
    assert speakers("Party chief Lâm said ties were strong.", actors=actors) == [(TL, V)]
    assert speakers(o, "Tô Lâm said ties were strong.", actors=actors)[1] == (TL, V)


def test_round19_an_ambassador_of_a_country_in_another_is_of_the_first():
    # round 19: "Ambassador of Vietnam in Russia X": the country after "of" is the one the envoy
    # represents, the country after "in" where the post is; a country after a title and "in" opens
    # no name of its own ("Russian Ambassador in Vietnam Gennady Bezdetko")
    assert speakers("Ambassador of Vietnam in Russia Đặng Minh Khôi said trade rose.") == [("Đặng Minh Khôi", V)]
    assert speakers("Ambassador of Vietnam in Russia Ivan Petrov said trade rose.") == [("Ivan Petrov", V)]
    assert speakers("Ambassador of Russia in Vietnam Gennady Bezdetko said trade rose.") == [("Gennady Bezdetko", R)]
    assert speakers("Russian Ambassador in Vietnam Gennady Bezdetko said trade rose.") == [("Gennady Bezdetko", R)]
    assert speakers("Ambassador of the Russian Federation to Việt Nam Gennady Bezdetko said trade rose.") == [
        ("Gennady Bezdetko", R)]
    # must not touch: no title before "in", a role with no name, a capital after "in"
    assert speakers("Russian investors in Vietnam said trade rose.") == [(N, N)]  # as before: people unnamed
    assert speakers("The Russian ambassador in Vietnam said trade rose.") == [("The Russian ambassador", R)]
    assert sides("Russian Ambassador in Hà Nội Gennady Bezdetko said trade rose.") == [R]


def test_round19_he_after_where_is_the_subject_the_where_hangs_on():
    # round 19: ", where he urged ..." / ", where she said ...": the subject of the clause the "where"
    # hangs on, with no gender clue needed
    o = "Vietnamese Deputy Minister Nguyễn Văn An met Russian Deputy Minister Ivan Petrov."
    got = attributed(o, "Petrov then attended a forum in Hà Nội, where he urged more trade.")
    assert list(zip(got["speaker"], got["side"], got["rule"], strict=True))[1] == ("Ivan Petrov", R, "where")
    assert speakers(o, "An then visited a plant, where she said output rose.")[1] == ("Nguyễn Văn An", V)
    # must not touch: a subject that is no person, a "where" of an event ("it"), "where" with a name
    assert speakers(o, "Workers gathered at the plant, where he said output rose.")[1] == (N, N)
    assert speakers(o, "Petrov visited the plant, where it discussed output.")[1] == (N, N)
    assert speakers(o, "The forum opened in Hà Nội, where Petrov said trade rose.")[1] == ("Ivan Petrov", R)


def test_round19_an_organisation_gives_the_side_the_text_gives_it():
    # round 19: a company or body the text gives a side (a side word and an organisation noun before
    # its name, a side's possessive, an apposition) gives it to its spokesperson, press service and people
    assert speakers("Vietnam's Sovico Group signed a deal.", "The group's CEO said the deal was big.")[1] == (
        "The group's CEO", V)
    assert speakers("Novatek, a Russian firm, signed a deal.", "A company spokesperson said supplies would "
                    "start soon.")[1] == ("A company spokesperson", R)
    assert speakers("Novatek, a Russian firm, signed a deal.", "Novatek's press service said supplies would "
                    "start soon.")[1] == ("Novatek's press service", R)
    assert speakers("Russian state corporation Rosatom is back.", "A spokesman for the state corporation said "
                    "talks went well.")[1] == ("A spokesman for the state corporation", R)
    assert sides("Vietnam's Sovico Group signed a deal.", "Supplies will start soon, a company spokesperson "
                 "told reporters.") == [N, V]
    assert speakers("Novatek, a Russian firm, signed a deal.", "Supplies will start in May, according to the "
                    "company.")[1] == ("the company", R)
    # its people: the organisation in the title decides before the side the document names most
    got = speakers("Vietnamese Deputy Minister Nguyễn Văn An met Chinese and Russian officials.",
                   "Russian energy company Zarubezhneft signed a deal with Chinese firms.",
                   "Zarubezhneft Director General Pavel Yermishin said talks went well.")
    assert got[2] == ("Pavel Yermishin", R)
    # must not touch: an organisation the text gives no side, no organisation named before, "the
    # company" after firms of two sides, a company's noun with no verb of speech
    assert sides("Rosatom is back.", "A spokesman for the state corporation said talks went well.") == [N, N]
    assert sides("Novatek signed a deal.", "A company spokesperson said supplies would start soon.") == [N, N]
    assert sides("Vietnamese Deputy Minister Nguyễn Văn An met Russian officials.",
                 "The company said the deal was big.") == [N, N]
    assert sides("Russian firm Novatek and Vietnamese firm Sovico signed a deal.",
                 "The company said the deal was big.") == [N, N]
    assert sides("Novatek, a Russian firm, signed a deal.", "The company's shares rose.") == [N, N]
    assert sides("Vietnam's Sovico Group signed a deal.", "A group of Russian students said it was useful.") == [N, N]
    assert sides("Novatek signed a deal.", "Supplies will start in May, according to the company.") == [N, N]


def _with_dateline(dateline: str, *sentences: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), datelines={"d": dateline})
    return list(zip(out["speaker"], out["side"], strict=True))


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


def test_round19_a_study_file_may_add_to_the_grammar_lists(tmp_path):
    # round 19 (review 9, D1): speakers read these lists from the actors in hand, not from a copy of
    # the packaged file made at import, so a study's file may add to them as to any other list
    path = tmp_path / "actors.yml"
    path.write_text(GOOD + "body_units: [bureau]\nauthoring_verbs: [drafted]\n", encoding="utf-8")
    act = load_actors(path, sides=("vietnam", "russia"))
    assert {"bureau", "branch"} <= act.body_units and {"drafted", "sent"} <= act.authoring_verbs


# --- round 19b (heldout25/26 leftovers: general rules, each with what it must leave alone) ----------


def test_round19b_the_origins_middle_name_marks_a_name_its_surname_list_misses():
    # round 19b: "Thị" second in a name of three or four words is the Vietnamese women's middle
    # name (names.yml ``middle_names``): the name is Vietnamese though its surname is not listed
    o = "Russian and Russian officials met in Moscow with Russia's partners."
    said = "Addressing the event, {}, head of the council, said ties were strong."
    assert speakers(o, said.format("Khiếu Thị Hoa"))[1] == ("Khiếu Thị Hoa", V)
    assert speakers(o, said.format("Khieu Thi Hoa"))[1] == ("Khieu Thi Hoa", V)
    assert speakers(o, said.format("Khiếu Thị Mai Hoa"))[1] == ("Khiếu Thị Mai Hoa", V)
    # must not touch: no middle name and no marks (the side the document names most), a title's
    # side first (round 24e: "Khiếu Minh Hoa", marked, is Vietnamese by its marks)
    assert speakers(o, said.format("Khieu Minh Hoa"))[1] == ("Khieu Minh Hoa", R)
    assert speakers(o, "Russian Deputy Minister Khiếu Thị Hoa said ties were strong.")[1] == ("Khiếu Thị Hoa", R)


def test_review13_the_middle_name_needs_a_vietnamese_name_around_it():
    # review 13 (P3): "Thi" folded from "Thị" is no Vietnamese name in "Anna Thi Smith": the middle
    # name counts when the surname is listed or every word is a Vietnamese syllable
    assert speakers("Anna Thi Smith, a researcher, said the data were new.") == [("Anna Thi Smith", N)]
    assert sides("Anna Thị Smith, a researcher, said the data were new.") == [N]
    # must not touch: a surname the list misses, with marks or without, and a listed one
    for name in ("Phí Thị Ngân", "Phi Thi Ngan", "Khieu Thi Hoa", "Nguyen Thi Lynn"):
        assert speakers(f"{name}, a researcher, said the data were new.") == [(name, V)]


def test_round19b_a_delegation_leader_with_his_title_after_is_whom_he_means():
    # round 19b: "was led by X, Vice Chairman of ...": the title apposition after the leader's name
    # keeps him whom the next "he" means (round 7 rule 6 read only a name ending the sentence)
    o = "Russian Vice Governor Ivan Petrov said the flights would start in May."
    led = "The Vietnamese delegation was led by Nguyễn Văn An, Vice Chairman of the provincial People's Committee."
    assert speakers(o, led, "He told journalists that his province wants more flights.")[2] == ("Nguyễn Văn An", V)
    # must not touch: two people after "led by", no apposition (as before)
    two = "The Vietnamese delegation was led by Nguyễn Văn An and Trần Văn Bình."
    assert speakers(o, two, "He told journalists that his province wants more flights.")[2] != ("Nguyễn Văn An", V)
    assert speakers(o, "The Vietnamese delegation was led by Nguyễn Văn An.",
                    "He told journalists that his province wants more flights.")[2] == ("Nguyễn Văn An", V)


def test_round19b_data_of_a_sides_institution_named_by_its_head_and_field():
    # round 19b: "according to data of the X" is X speaking, as "data from/by X"; a name that
    # opens with a side word has its head before its field ("the Vietnam National Authority of
    # Tourism", "the Russian Federal Agency for Tourism"), not only last
    rose = "Visitors rose, according to {}."
    assert speakers(rose.format("data of the Vietnam National Authority of Tourism")) == [
        ("the Vietnam National Authority of Tourism", V)]
    assert speakers(rose.format("figures of the Russian Federal Agency for Tourism")) == [
        ("the Russian Federal Agency for Tourism", R)]
    assert speakers("The Vietnam National Authority of Tourism said arrivals rose.") == [
        ("The Vietnam National Authority of Tourism", V)]
    # must not touch: data of a body of no side, of people unnamed, a name with no institution's head
    assert sides(rose.format("data of the ministry")) == [N]
    assert sides(rose.format("data of Russian experts")) == [N]
    assert sides(rose.format("data of the Vietnam Pride of Asia")) == [N]
    assert sides("The Vietnam Pride of Asia said arrivals rose.") == [N]


def test_round19b_a_body_named_in_a_persons_title_is_of_that_persons_side():
    # round 19b: "X, head of the ... department of the Ministry of Science and Higher Education, told
    # reporters" then "The Ministry of Science and Higher Education said": X's side
    o = ("Russia will keep its quotas, Irina Petrova, head of the international department of the Ministry of "
         "Science and Higher Education, told reporters.")
    said = "The Ministry of {} said in a statement that 200 deals were signed."
    assert speakers(o, said.format("Science and Higher Education"))[1] == (
        "The Ministry of Science and Higher Education", R)
    # must not touch: another ministry, a body not in her title, no side of hers
    assert sides(o, said.format("Health")) == [R, N]
    assert sides("Russia will keep its quotas, Irina Petrova, an expert, told reporters at the Ministry of "
                 "Science and Higher Education.", said.format("Science and Higher Education")) == [R, N]
    assert sides(o.replace("Russia will keep its quotas", "Quotas will stay"),
                 said.format("Science and Higher Education")) == [N, N]


def test_round19b_a_bodys_spokesman_and_the_spokesman_after():
    # round 19b, review 13 (P1): '"...," the spokesman said' after "A Rostec spokesman told TASS" is
    # that voice, not a person of another title named before; the body takes a side only when
    # something ties it to one (here a guest visited it: the host's), never from the agency told
    o = "Vietnamese Deputy Minister Nguyễn Văn An visited the Rostec corporation."
    told = "A Rostec spokesman told TASS that the corporation was ready to help."
    q = '"Vietnam is an old partner," the spokesman said.'
    unknown = ("A Rostec spokesman", N)
    assert speakers(o, told, q) == [(N, N), unknown, unknown]
    met = "Russian Deputy Minister Ivan Petrov met Vietnamese Deputy Minister Nguyễn Văn An."
    guest = "The Vietnamese guest visited the Rostec corporation."
    assert speakers(met, guest, told, q)[2:] == [("A Rostec spokesman", R)] * 2
    # must not touch: no verb of speech, another speaker between
    assert speakers(o, "A Rostec spokesman visited TASS to say the corporation was ready to help.")[1] == (N, N)
    petrov = ("Ivan Petrov", R)
    # fix 10: a deputy minister is never "the spokesman" (guidelines: a role names again a person
    # introduced in that role; strict_roles): the spokesman after Petrov is no longer Petrov (was
    # petrov here); another speaker between, the Rostec voice is not taken up again either
    assert speakers(o, told, "Russian Deputy Minister Ivan Petrov said trade rose.", q)[1:] == [
        unknown, petrov, (N, N)]


def test_review13_a_news_agency_told_gives_no_side_to_a_body(tmp_path):
    # review 13 (P1): both countries' agencies interview the other's firms: "told TASS" ties no body
    # to Russia, "told VNA" none to Việt Nam; the speaker is the body, its side unknown, and "the
    # spokesman" after it is that voice, not a person named before
    assert speakers("A Petrovietnam spokesman told TASS that talks continued.") == [("A Petrovietnam spokesman", N)]
    assert sides("A Rosatom spokesman told VNA the plant was on track.") == [N]
    assert speakers("Russian Deputy Minister Ivan Petrov met the guests.",
                    "A Rostec spokesman told reporters the deliveries were on schedule.",
                    '"We are ready," the spokesman said.')[1:] == [("A Rostec spokesman", N)] * 2
    # must not touch: a body the text names with a side word, a body the actors file gives a side
    assert sides("Vietnamese carrier Vietjet opened a route.", "A Vietjet spokesman told TASS flights would resume.") == [N, V]
    assert sides("Russia's Rostec signed a deal.", "A Rostec spokesman told VNA deliveries would start.") == [N, R]
    (tmp_path / "actors.yml").write_text(
        "groups:\n  - label: Rosatom\n    resolve: none\n    side: russia\n    phrases: [Rosatom]\n", encoding="utf-8")
    own = load_actors(tmp_path / "actors.yml", sides=SIDES)
    assert speakers("A Rosatom spokesman told VNA the plant was on track.", actors=own) == [("A Rosatom spokesman", R)]
    # "The Party official" may be a person the role was given: no body's voice
    assert speakers("The Party official said the two Parties should meet more.") == [(N, N)]


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


def test_round19b_according_to_the_press_service_named_before():
    # round 19b: "According to the press service, ..." is the press service the text named last,
    # of the side of its owner: a side's name before it, or an institution's possessive noun
    # ("the council's press service" after "the Russian Security Council")
    o = ("Russia and Vietnam agreed to step up cooperation, Deputy Secretary of the Russian Security Council "
         "Ivan Petrov said, the council's press service reported.")
    acc = "According to the press service, the sides also discussed cyber security."
    assert speakers(o, acc) == [("Ivan Petrov", R), ("the press service", R)]
    kremlin = "Russia and Vietnam agreed to step up cooperation, the Kremlin press service reported."
    assert speakers(kremlin, acc)[1] == ("the press service", R)
    # must not touch: no press service named before, one of an owner with no side (the two sides
    # of the sentence speak, as before)
    plain = "Russia and Vietnam agreed to step up cooperation."
    assert speakers(plain, acc)[1] == ("both sides", J)
    assert speakers(plain.replace(".", ", Rostec's press service reported."), acc)[1] == ("both sides", J)


def test_round19b_names_file_middle_names_are_read_and_checked():
    # round 19b: ``middle_names`` of a name origin is optional; read as folded keys, checked as a
    # list of words like ``surnames``
    from framing.lexicons.names import parse_names

    base = "name_origins:\n  - adjective: Vietnamese\n    short_form: given\n    surnames: [Nguyễn]\n"
    assert parse_names(base + "    middle_names: [Thị]\n", "t.yml").origin_middles == (
        ("vietnamese", frozenset({"thi"})),)
    assert parse_names(base, "t.yml").origin_middles == ()
    with pytest.raises(LexiconError, match="middle_names"):
        parse_names(base + "    middle_names: Thị\n", "t.yml")


def test_round19b_the_company_after_its_manager_spoke_is_his():
    # round 19b: "the company's press service said" in a text that gave no company a side: the
    # company of the manager (director, CEO, executive) named last, of his side
    mgr = "Output in Russia rose, Zarubezhneft Deputy Director General Oleg Petrov told TASS."
    c = "The company's press service said dividends rose."
    assert speakers(mgr, c) == [("Oleg Petrov", R), ("The company's press service", R)]
    # must not touch: after a minister, after a ministry department's director, "a company
    # spokesperson" (someone new), the company with no verb of speech
    assert sides(mgr.replace("Zarubezhneft Deputy Director General", "Russian Deputy Minister"), c) == [R, N]
    assert sides("Output in Russia rose, Oleg Petrov, Director of the Department of Asia of the Foreign "
                 "Ministry, told TASS.", c) == [R, N]
    assert sides(mgr, "A company spokesperson said dividends rose.") == [R, N]
    assert sides(mgr, "The company's shares rose.") == [R, N]


# --- round 20 (heldout28 leftovers: general rules, each with what it must leave alone) --------------


def test_round20_its_titled_office_holder_speaks():
    # round 20: "In a message signed on behalf of the X, its Secretary Y said": the body's own office
    # holder named by title is the speaker, and "he" after him
    o = "Leaders of the Communist Party of the Russian Federation (CPRF) sent messages to Việt Nam."
    said = "In a message signed on behalf of the CPRF Central Committee, its Secretary Leonid Vyrypaev said that ties were strong."
    assert speakers(o, said, "He stressed that the CPRF cherishes its ties.")[1:] == [
        ("Leonid Vyrypaev", R), ("Leonid Vyrypaev", R)]
    # must not touch: "its" before a body or a plural that is no person
    assert sides(o, "In a statement, its ministry said that ties were strong.") == [N, N]
    assert sides(o, "Their delegations agreed that trade should grow.") == [N, N]
    assert sides(o, "On the occasion, their Chairman Ivan Petrov visited the museum.") == [N, N]


def test_round20_and_then_a_verb_is_no_inverted_subject():
    # round 20: "..., and wished Vietnamese communists success": the second verb of the sentence's
    # subject; its object is no speaker put after the verb
    o = "Leaders of the Communist Party of the Russian Federation (CPRF) sent messages to Việt Nam."
    said = "In a message on behalf of the CPRF Central Committee, Secretary Leonid Vyrypaev said that ties were strong."
    s = "The message also noted that Russian communists follow Việt Nam's progress, and wished Vietnamese communists success."
    assert speakers(o, said, s)[2] == ("Leonid Vyrypaev", R)
    # must not touch: an inverted subject with no "and" (", said X")
    assert sides("Trade will grow, said Russian Deputy Minister Ivan Petrov.") == [R]


def test_review13_a_quotes_own_reporting_clause_names_its_speaker():
    # review 13 (P2): '"...," Tô Lâm said, and wished ...': a name with an origin (a listed surname,
    # Vietnamese spelling) right after the closing quotation and before the reporting verb is a
    # person, title or not; the "and" clause after it stays his
    q = '"Ties are strong," {} said, and wished Vietnamese communists success.'
    assert speakers(q.format("Tô Lâm")) == [("Tô Lâm", V)]
    assert speakers(q.format("To Lam")) == [("To Lam", V)]
    # must not touch: a capital, a name of no origin, the same name outside a quotation's clause
    assert sides(q.format("Hà Nội")) == [V]  # the capital as a subject, not a person
    assert speakers(q.format("Ivan Petrov")) == [(N, N)]
    assert sides("Ties are strong, Tô Lâm said.", "Tô Lâm Street was busy, reports said.") == [N, N]


def test_review13_a_given_name_two_people_share_is_the_one_named_in_full_last(actors):
    # review 13: the actors file's alias "Lâm" (Tô Lâm) is not the "Lâm" of a Vũ Lâm the text named
    # in full after him: "Lâm added" is Vũ Lâm, as without the actors file
    o = "Party General Secretary Tô Lâm received Russian Deputy Minister Ivan Petrov in Hà Nội."
    vu = "Deputy Minister of Industry Vũ Lâm said energy ties were growing."
    added = "Lâm added that a new plant would open."
    assert speakers(o, vu, added, actors=actors)[1:] == [("Vũ Lâm", V), ("Vũ Lâm", V)]
    assert speakers(o, vu, added)[1:] == [("Vũ Lâm", V), ("Vũ Lâm", V)]
    # must not touch: Tô Lâm named in full after Vũ Lâm, and a title before the given name
    assert speakers(vu, o.replace("received", "said he welcomed"), added, actors=actors)[1:] == [(TL, V), (TL, V)]
    assert speakers(o, vu, "General Secretary Lâm added that a new plant would open.", actors=actors)[2] == (TL, V)


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


def test_review13_the_regions_body_after_a_region_named_only_in_a_title():
    # review 13 (heldout26 e359): "according to the republic's Ministry of ...": the region the text
    # named (a seat of names.yml, here only in a title and as a subject) is that body's place
    o = "Deputy Prime Minister of Tatarstan Rustem Ivanov met Vietnamese diplomats in Kazan."
    data = "Exports to Vietnam rose by 5%, according to the republic's Ministry of Industry and Trade."
    assert speakers(o, data)[1] == ("the republic's Ministry of Industry and Trade", R)
    provincial = "Exports rose by 5%, according to the province's Department of Industry and Trade."
    assert speakers("Governor of Lạng Sơn Province Hồ Tiến Dũng met Chinese diplomats in Vietnam.", provincial)[1] == (
        "the province's Department of Industry and Trade", V)
    # must not touch: no region named before; a province's body after a seat (the Kremlin) only
    assert sides("Vietnamese diplomats visited Kazan.", data) == [N, N]
    assert sides("The Kremlin welcomed the talks with Vietnam.", provincial) == [R, N]


def test_review13_the_party_that_speaks_is_the_party_named_last():
    # review 13 (heldout21 e297): "..., the party said" is the party the text named last (the
    # sentence's own, else the nearest earlier sentence's first), as "according to the party's ..."
    o = "The CPRF held its congress near Moscow."
    said = "The congress was attended by 400 delegates, the party said."
    assert speakers(o, said)[1] == ("the party", R)
    assert speakers(o, "The party said 400 delegates attended.")[1] == ("The party", R)
    # must not touch: no party named, two sides' parties in the sentence before, no verb of
    # speech, the parties
    assert sides("The congress opened near Moscow.", said) == [N, N]
    assert sides("The CPV and the CPRF held a congress.", said) == [N, N]
    assert sides(o, "The party congress adopted a programme.") == [N, N]
    assert sides("The CPV and the CPRF met.", "The parties signed a plan.") == [N, N]


def test_review13_its_head_speaks_for_the_body_the_sentence_opens_with():
    # review 13 (heldout21 e297): "..., and its head said" with no one so titled named: the office
    # holder of the body the sentence opens with (its first side word), not of a body after it
    s = ("A delegation of the Communist Party of Vietnam attended the CPRF congress near Moscow, and its "
         "head said Hanoi wants to widen party contacts.")
    assert speakers(s) == [("its head", V)]
    assert speakers("The Vietnamese delegation attended the congress.", "Its head said ties were strong.")[1] == (
        "Its head", V)
    # must not touch: a plural or a body's unit ("its members", "its ministry"), no verb of speech,
    # no side named
    assert sides(s.replace("its head said", "its members said")) == [N]
    assert sides(s.replace("its head said", "its ministry said")) == [N]
    assert sides(s.replace("its head said Hanoi wants", "its head visited Hanoi to")) == [N]
    assert sides("A delegation attended the congress, and its head said ties were strong.") == [N]


def test_review13_one_visitor_the_opening_names_is_the_guest_of_the_country_visited():
    # review 13 (heldout16 e233): "A delegation ... led by X paid a working visit to Russia" with no
    # one else in the opening: X is the guest, the first Russian named after it the host ("the
    # guest also met ..., where he urged" is X, not the Russian who spoke last)
    act = load_actors(sides=SIDES)
    o = "A delegation of the CPV led by Nguyễn Văn An paid a working visit to Russia."
    met = "At a meeting with Russian Deputy Minister Ivan Petrov, An briefed him on the congress."
    doc = _document_view(o + "\n" + met, act)  # the opening paragraph names An alone
    assert (doc.people[doc.guest].name, doc.people[doc.host].name) == ("Nguyễn Văn An", "Ivan Petrov")
    # must not touch: a visit to the visitor's own country, nobody of the country visited named
    for text in (o.replace("to Russia", "to Việt Nam's north") + "\n" + met, o):
        doc = _document_view(text, act)
        assert (doc.host, doc.guest) == (None, None)


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


def test_review13_accepting_an_invitation_is_a_reply():
    # review 13 (heldout28 e377): "accepted the invitation" answers an invitation, as "consented"
    # does: the subject speaks ("The Russian leader" is the Russian named last)
    o = "President Nguyễn Văn An invited Russian President Ivan Petrov to visit Việt Nam."
    assert speakers(o, "The Russian leader accepted the invitation with pleasure.")[1] == ("Ivan Petrov", R)
    # must not touch: accepting anything else is an act
    assert sides(o, "The Russian leader accepted the credentials of the new envoy.") == [V, N]
    assert sides(o, "The university accepted 200 Vietnamese students.") == [V, N]


# --- round 21 (heldout32: culture, education, people and localities copy) -------------------------


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


def test_speed_helpers_find_what_a_scan_would():
    from framing.lexicons.matching import PhraseTrie
    from framing.speakers._common import _first_keys, _positions_before, _vietnamese_marks

    keys = ["the", "ministry", "said", "the", "ministry", "of", "the"]
    # every "the" before key 6, ascending; none past the end given; an absent key gives none
    assert _positions_before(keys, "the", 6) == [0, 3]
    assert _positions_before(keys, "ministry", 2) == [1]
    assert _positions_before(keys, "said", 2) == []
    assert _positions_before(keys, "embassy", 7) == []
    assert _positions_before(keys, "the", 0) == []
    # the first keys of literal patterns; None when a pattern opens with a slot (any key may)
    trie = PhraseTrie()
    trie.add(("according", "to"), "a")
    assert set(_first_keys(trie)) == {"according"}
    slotted = PhraseTrie(classes={"party": PhraseTrie()})
    slotted.add((("{}", "party"), "said"), "b")
    assert _first_keys(slotted) is None
    # plain ASCII carries no Vietnamese mark; a mark or "Đ" does
    assert [_vietnamese_marks(s) for s in ("Tran Cam Tu", "Trần Cẩm Tú", "Đặng", "Dang")] == [False, True, True, False]


# --- spk8 (issue 13, after round 21) --------------------------------------------------------------


def test_spk8_the_charge_d_affaires_is_a_title_and_one_person():
    # "Chargé d'Affaires" is an office although its second word starts lower-case, and the "s" of
    # "affaires" is no plural: a title before a name, and "the chargé d'affaires" refers back to him
    later = "The chargé d'affaires added that ties were strong."
    for title in ("Chargé d'Affaires", "Charge d'Affaires", "Chargé d\u2019Affaires"):
        assert speakers(f"Russian {title} Ivan Petrov said trade grew.", later) == [
            ("Ivan Petrov", R), ("Ivan Petrov", R)]
    assert speakers("Ivan Petrov, the Russian chargé d'affaires, said trade grew.", later) == [
        ("Ivan Petrov", R), ("Ivan Petrov", R)]
    # must not touch: "charges" is no office; plural roles stay a group
    assert sides("Russian Chargé d'Affaires Ivan Petrov said trade grew.", "The charges were dropped.") == [R, N]
    assert speakers("Russian Ambassador Ivan Petrov met Vietnamese Ambassador Nguyễn Văn An.",
                    "The ambassadors agreed that ties were strong.")[1][1] == J


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


def test_review14_its_head_takes_no_partners_side():
    # review 14: "Its head said" after "Rosatom signed a deal with Việt Nam": Việt Nam is the
    # partner, not the body's own side (no side word of the body: narrator)
    assert speakers("Rosatom signed a deal with Việt Nam.", "Its head said the plant was on track.")[1] == (N, N)
    # must not touch: the body's own side word before the partner
    assert speakers("Russia's Rosatom signed a deal with Việt Nam.", "Its head said the plant was on track.")[1] == (
        "Its head",
        R,
    )
    assert speakers("The Vietnamese delegation attended the congress.", "Its head said ties were strong.")[1] == (
        "Its head",
        V,
    )


# --- round 22b (heldout29: pandemic-era copy) ----------------------------------------------------


def test_round22b_a_ministry_named_bare_is_the_datelines():
    # round 22b: "..., the Ministry of Foreign Affairs said" with no side word, in a report filed
    # from Hà Nội, is Việt Nam's own ministry (_home_ministry)
    said = ("Most Vietnamese passengers were students whose Russian scholarships had ended, the Ministry of "
            "Foreign Affairs said.")
    assert _with_dateline("HÀ NỘI", said)[0] == ("the Ministry of Foreign Affairs", V)
    assert _with_dateline("MOSCOW", said)[0] == ("the Ministry of Foreign Affairs", R)
    # must not touch: no dateline, a dateline of a side the text does not name, a ministry with a
    # side word, "the ministry" alone
    assert sides(said) == [N]
    assert _with_dateline("VIENTIANE", said)[0] == (N, N)
    assert _with_dateline("HÀ NỘI", "Exports grew, the Russian Ministry of Economic Development said.")[0] == (
        "the Russian Ministry of Economic Development", R)
    assert _with_dateline("HÀ NỘI", "Exports grew, the ministry said.")[0] == (N, N)


def test_review15_a_ministry_whose_country_follows_its_name_is_that_countrys():
    # review 15: _home_ministry read "of Russia" / "in Moscow" as part of the name and still gave
    # the dateline's side; the country (or capital) after the name decides
    said = "Việt Nam and Russia signed a deal, the Ministry of Foreign Affairs of Russia said."
    assert _with_dateline("HÀ NỘI", said)[0] == ("the Ministry of Foreign Affairs of Russia", R)
    assert _with_dateline("HÀ NỘI", said.replace("of Russia", "in Moscow"))[0] == (
        "the Ministry of Foreign Affairs in Moscow", R)
    # must not touch: a ministry named bare still takes the dateline's side
    assert _with_dateline("HÀ NỘI", "Việt Nam and Russia signed a deal, the Ministry of Industry and Trade said.")[0] == (
        "the Ministry of Industry and Trade", V)


def test_round22b_the_body_a_person_is_of_stands_before_the_verb():
    # round 22b: "Counsellor X of the Vietnamese Embassy in Russia told ...": the body and where it
    # sits stand between the name and the verb (_body_of_person)
    assert speakers("Minister Counsellor Mạc Đình Thiêm of the Vietnamese Embassy in Russia told Việt Nam News "
                    "that the embassy had worked with Russian universities.") == [("Mạc Đình Thiêm", V)]
    assert speakers("Professor Ivan Petrov of the Russian Academy of Sciences said the work went on.") == [
        ("Ivan Petrov", R)]
    # must not touch: a person after "with" is no subject; a body of lower-case words is no name
    assert sides("Talks with Professor Ivan Petrov of the Russian Academy said nothing new.") == [N]
    assert sides("Professor Ivan Petrov of the local branch of a bank opened the session.") == [N]


def test_round22b_a_seat_after_the_side_word_of_an_apposition_is_in_the_title():
    # round 22b: "X, a member of the CPRF Central Committee and a State Duma deputy," holds a seat:
    # "the deputy said" is X, as after "State Duma deputy X"
    first = ("Ties are strong, Viktor Shamrayev, a member of the Presidium of the CPRF Central Committee and "
             "a State Duma deputy, told TASS.")
    assert speakers(first, '"Our delegations attend each other\'s events," the deputy said.')[1] == (
        "Viktor Shamrayev", R)
    # must not touch: the title words after the side word stay out ("Russian Deputy Minister of
    # Labour" after a Vietnamese deputy minister named first keeps the older reading)
    two = "Vietnamese Deputy Minister Chu Thị Vân Anh met Pavel Kuzmenko, Russian Deputy Minister of Labour."
    assert speakers(two, "The deputy minister said the Russian side was ready.")[1] == ("Chu Thị Vân Anh", V)
# --- round 22a (heldout24: party, energy, education, economy, tourism, transport copy) ----------


def test_round22a_a_portfolio_word_before_and_is_no_person():
    # round 22a: "Minister of Planning and Investment Bounkham Vongsakda": "Planning" before "and"
    # and a field word is part of the portfolio, so the title still names the person at the end
    opening = ("Vientiane (VNA) – Vietnamese Ambassador Vũ Đình Thao called on Lao Deputy Prime Minister and "
               "Minister of Planning and Investment Bounkham Vongsakda on July 7.")
    assert speakers(opening, "Bounkham, for his part, thanked Việt Nam for its assistance.")[1] == (
        "Bounkham Vongsakda", "laos")
    # must not touch: a portfolio of field words only, two people joined by "and" after a title
    assert speakers("Deputy Minister of Industry and Trade Nguyễn Sinh Nhật Tân met the Lao delegation.",
                    "Tân said trade grew.")[1] == ("Nguyễn Sinh Nhật Tân", V)
    assert speakers("Deputy Head of the Economic Commission Lương Thị Hạnh and Nikolai Voronin signed it.",
                    "Voronin said trade grew.")[1] == ("Nikolai Voronin", N)


def test_round22a_a_title_at_an_institution_names_the_person_after_it():
    # round 22a: "Counsellor at the Vietnamese Embassy in Moscow X", as "Secretary in the Ministry of ... X"
    assert speakers("Education Counsellor at the Vietnamese Embassy in Moscow Bùi Thị Nhàn welcomed the agreement.") == [
        ("Bùi Thị Nhàn", V)]
    # must not touch: people at an institution the text does not name
    assert speakers("Experts at the Russian Academy of Sciences said trade grew.") == [(N, N)]


def test_round22a_the_country_of_a_source_is_the_one_named_by_its_name():
    # round 22a: "Russian holidaymakers visited Vietnam, according to the country's statistics
    # office": of the two sides, only Vietnam is named as a country (Russian is an adjective)
    assert speakers("In 2019, about 650,000 Russian holidaymakers visited Vietnam, according to the country's "
                    "statistics office.") == [("the country's statistics office", V)]
    # must not touch: two countries named by their names, which is the country's is unclear
    assert speakers("In 2019, Russia sent vaccines to Vietnam, according to the country's health ministry.") == [
        (N, N)]
# --- review 14 leftovers -------------------------------------------------------------------------


def test_review14_leftovers_a_name_before_a_place_word_is_a_place():
    # heldout32 e436: "leaders of Nghệ An province" made "Nghệ An" a person, who then took the
    # later title "Vice Chairman of the Nghệ An People's Committee Phan Văn Thiệu" from its holder
    attending = "Attending the ceremony were leaders of Nghệ An province."
    said = "Vice Chairman of the Nghệ An People's Committee Phan Văn Thiệu said the two provinces would step up cooperation."
    assert speakers(attending, said)[1] == ("Phan Văn Thiệu", V)
    # must not touch: a person named in an attendance list still speaks later by surname
    assert speakers("Attending were Deputy Minister Nguyễn Văn An and others.", "An said ties were strong.")[1] == (
        "Nguyễn Văn An", V)


def test_review14_leftovers_a_body_that_names_its_country_after_of():
    # heldout32 e431: "..., the Association of Tour Operators of Russia (ATOR) said": an
    # institution takes its country's side, here given after "of" inside its name
    flights = "Charter flights to Vietnam will rise, the Association of Tour Operators of Russia (ATOR) said on Tuesday."
    assert speakers(flights)[0] == ("the Association of Tour Operators of Russia", R)
    assert speakers("Trade grew, the Association of Russian Banks said.")[0] == ("the Association of Russian Banks", R)
    # must not touch: such a name of no country stays a source of no side
    assert sides("Trade grew, the Union of Friendship Organisations said.") == [N]


# --- veterans as speakers -----------------------------------------------------------------------


def test_the_veteran_is_the_soldier_named_before_never_a_minister_who_met_veterans():
    # heldout24 e337, heldout32 e427: "Colonel (retired) X, who served as ..." then "The veteran
    # recalled ...": a role resolved, as "the expert", only to a person whose title fits it
    sorokin = "Russian Colonel (retired) Ivan Sorokin, who served as a radar specialist in 1968, laid flowers."
    assert speakers(sorokin, "The veteran recalled the friendship of the villagers.")[1] == ("Ivan Sorokin", R)
    assert speakers("Russian war veteran Ivan Sorokin, 92, laid flowers.", "The veteran said peace mattered.")[1] == (
        "Ivan Sorokin", R)
    # plural veterans are a group of their side, as "the officials"
    assert speakers("Russian veterans met students in Hà Nội.", "The veterans said peace mattered.")[1] == (
        "The veterans", R)
    # must not touch: a minister who met veterans is no veteran
    met = "Deputy Minister Nguyễn Văn An met Russian war veterans."
    assert speakers(met, "The veteran recalled the battles of 1972.")[1] == (N, N)
    assert speakers("Veterans of both countries met in Hà Nội.", "The veterans said peace mattered.")[1] == (N, N)


def test_review15_the_countrys_source_after_two_countries_listed_is_the_narrators():
    # review 15: "Vietnam and Laos" names two countries; "the country's" after them is either
    # (_listed_with_another)
    assert _with_dateline("MOSCOW", "Russian tourists flocked to Vietnam and Laos, according to the country's "
                          "statistics office.")[0] == (N, N)
    # must not touch: one country named by its name, others by adjectives
    assert _with_dateline("MOSCOW", "Russian tourists flocked to Vietnam, according to the country's statistics "
                          "office.")[0] == ("the country's statistics office", V)
    assert _with_dateline("MOSCOW", "Lao and Russian officials met in Vietnam, according to the country's foreign "
                          "ministry.")[0][1] == V


def test_review15_any_title_before_a_person_of_a_body():
    # review 15: "Counsellor", "Trade Counsellor", "the counsellor" before "X of the Vietnamese
    # Embassy in Russia" (_titled_name_of, title_skip), as "Minister Counsellor"
    assert speakers("Counsellor Mạc Đình Thiêm of the Vietnamese Embassy in Russia told reporters that trade "
                    "grew.") == [("Mạc Đình Thiêm", V)]
    assert speakers("Trade Counsellor Mạc Đình Thiêm of the Vietnamese Embassy in Russia said trade grew.") == [
        ("Mạc Đình Thiêm", V)]
    assert speakers("The counsellor Mac Dinh Thiem of the Vietnamese Embassy in Russia said trade grew.") == [
        ("Mac Dinh Thiem", V)]
    # must not touch: a person after "with" is no subject
    assert sides("Talks with Counsellor Mạc Đình Thiêm of the Vietnamese Embassy said nothing new.") == [N]


# --- speaker probe 9 ------------------------------------------------------------------------------


def test_probe9_according_to_a_role_ends_at_its_comma():
    # probe 9: "According to the Russian minister, Sơn proposed ..." read "the Russian minister, Sơn"
    # as a title and its name (an apposition) and gave the sentence to Sơn; the comma ends the source
    falkov = "Russian Minister of Science and Higher Education Valery Falkov said trade grew."
    met = "Falkov recalled that he had met Minister of Education and Training Nguyễn Kim Sơn in Moscow."
    assert speakers(falkov, met, "According to the Russian minister, Sơn proposed a research centre.")[2] == (
        "Valery Falkov", R)
    # must not touch: an apposition closed by a comma names the source itself
    assert speakers(falkov, "According to the Russian minister, Valery Falkov, trade grew.")[1] == (
        "Valery Falkov", R)
    assert speakers("According to Russian Deputy Prime Minister Ivan Sokolov, trade grew.") == [("Ivan Sokolov", R)]


def test_probe9_they_after_each_side_spoke_in_turn_is_both_sides():
    # probe 9: a joint statement's "The Russian side expressed ... The Vietnamese side welcomed ...
    # They agreed ...": "they" is no single side
    russian, vietnamese = "The Russian side expressed its readiness to supply grain.", "The Vietnamese side welcomed Russian investment."
    assert speakers(russian, vietnamese, "They agreed to boost cooperation in science.")[2] == ("both sides", J)
    # must not touch: "they" after one side spoke alone stays that side
    assert speakers("Russian officials said trade grew.", "The Russian side welcomed investment.",
                    "They agreed to boost cooperation.")[2] == ("The Russian side", R)


def test_probe9_a_role_from_a_place_before_its_verb():
    # probe 9: "The guest from Đà Nẵng invited ..." lost its verb behind the place the guest came from
    received = ("Governor of Primorsky Krai Oleg Kozhemyako received a delegation of Đà Nẵng city led by Chairman of "
                "the municipal People's Committee Lê Trung Chinh on Friday.")
    assert speakers(received, "The guest from Đà Nẵng said ties were strong.")[1] == ("Lê Trung Chinh", V)
    # must not touch: a verb that reports nothing, and a side's name after "from"
    assert speakers(received, "The guest from Đà Nẵng received gifts from the host.")[1] == (N, N)
    assert speakers(received, "The guest from Russia said ties were strong.")[1] == (N, N)


def test_probe9_agreed_with_the_other_that_is_both():
    # probe 9: "The Chinese guest agreed with his host that ...": both hold the view, as "X shared
    # Y's view that ..."
    received = ("Permanent member of the Secretariat Trần Cẩm Tú received a CPC delegation led by Li Ganjie, Head of "
                "the CPC Central Committee's Organisation Department.")
    both = ("Trần Cẩm Tú and Li Ganjie", J)
    assert speakers(received, "The Chinese guest agreed with his host that the two parties should meet more.")[1] == both
    assert speakers(received, "Li agreed with Tú that the two parties should meet more.")[1] == both
    # must not touch: assent to a proposal is one person's, and "him" is not resolved here
    assert speakers(received, "Li agreed with Tú's proposal that the parties meet.")[1] == ("Li Ganjie", "china")
    assert speakers(received, "Li agreed with him that ties should grow.")[1] == ("Li Ganjie", "china")


def test_probe9_spokesperson_spokeswoman_and_spokesman_are_one_office():
    # probe 9: '..., the spokeswoman said.' after "Deputy Spokesperson ... Phạm Thu Hằng" spoke again
    # went to another woman titled "spokeswoman" named between
    hang = "Deputy Spokesperson of the Ministry of Foreign Affairs Phạm Thu Hằng said Việt Nam supports dialogue."
    zakharova = "Russian Foreign Ministry spokeswoman Maria Zakharova said the trip would focus on energy."
    again = "Hằng also confirmed that a ship would call at Cam Ranh."
    assert speakers(hang, zakharova, again, "The visit is routine, the spokeswoman said.")[3] == ("Phạm Thu Hằng", V)
    # must not touch: the spokeswoman who spoke last stays, and a minister is no spokesperson
    assert speakers(hang, zakharova, "The visit is routine, the spokeswoman said.")[2] == ("Maria Zakharova", R)
    assert speakers(zakharova, "Deputy Minister Nguyễn Văn An said ties were good.",
                    "The spokeswoman added that trade grew.")[2] == ("Maria Zakharova", R)


def test_review16_the_veteran_is_no_civil_title_that_shares_a_rank_word():
    # review 16: "General Secretary", "Lieutenant Governor" hold a rank's word and no rank
    assert speakers("General Secretary Tô Lâm received Russian Ambassador Gennady Bezdetko.",
                    "The veteran said peace mattered.")[1] == (N, N)
    # must not touch: a general is a soldier
    assert speakers("Russian Lieutenant General Pavel Orlov, a veteran of the war, laid flowers.",
                    "The veteran said the friendship endured.")[1] == ("Pavel Orlov", R)
    assert speakers("Novatek Chief Executive Officer Leonid Mikhelson met Vietnamese officials.",
                    "The veteran said peace mattered.")[1] == (N, N)


def test_fix10_the_spokesperson_is_never_a_minister_named_last():
    # fix 10 (review 16 leftover): the three words of a spokesperson's office are strict roles
    # (guidelines: a role names again a person introduced in it)
    assert speakers("Deputy Foreign Minister Ivan Petrov met Vietnamese officials.",
                    "The talks were useful, the spokesperson said.")[1] == (N, N)
    # must not touch: a spokesperson named before
    assert speakers("Russian Foreign Ministry spokeswoman Maria Zakharova met the press.",
                    "The talks were useful, the spokesperson said.")[1] == ("Maria Zakharova", R)


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


def test_round23b_called_on_a_body_to_act_urges_it():
    # "called on <a body> to ...": urging, a verb of speech; the pronoun is the last speaker
    assert sides("Lê Văn Minh met the CPRF delegation.", "Minh said ties were strong.",
                 "He also called on United Russia to back projects in energy.") == [N, V, V]
    # must not touch: "called on" a person is a visit, no words
    assert sides("Lê Văn Minh met the CPRF delegation.", "Minh said ties were strong.",
                 "He also called on Prime Minister Ivan Petrov in Moscow.")[2] == N


def test_round23b_a_regions_affairs_in_a_title_are_no_nationality():
    # "sub-committee on Asian affairs": what the office deals with; the apposition gives the side
    assert speakers("Chairman of the committee on European affairs Ivan Petrov, a United Russia deputy, "
                    "met the guests.", "Petrov said trade grew.")[1] == ("Ivan Petrov", R)
    # must not touch: a country of no side that opens the title leaves the person without one
    assert speakers("American envoy John Smith met the guests.", "Smith said trade grew.")[1][1] == N


def test_round23b_a_body_named_in_full_with_its_country_writes_its_message():
    # "The Central Committee of the Communist Party of Việt Nam (CPV) has sent a message ... The
    # message said": the body's head after one or two capitalised words, its country after "of"
    assert sides("The Central Committee of the Communist Party of Việt Nam (CPV) has sent a message to the CPRF.",
                 "The message affirmed that ties would grow.") == [N, V]
    # must not touch: a body named with no country, and a message of unknown author
    assert sides("The Central Committee of the party has sent a message to the CPRF.",
                 "The message affirmed that ties would grow.") == [N, N]


# --- round 23a (heldout35) ----------------------------------------------------------------------


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


def test_round23a_the_envoy_is_the_ambassador_or_consul_named_before():
    # fixes: "the envoy" after a consul general or an ambassador, not the host named last
    opening = ("Party Secretary Lê Văn Minh received Russian Consul General in Đà Nẵng Pavel Orlov, "
               "who came to open a school.")
    said = "Minh said the province needs teachers."
    assert speakers(opening, said, "The envoy said that Russia will send books.")[2] == ("Pavel Orlov", R)
    ambassador = "Minister Nguyễn Văn An received Russian Ambassador Sergei Volkov."
    assert speakers(ambassador, "An said trade grew.", "The envoy said that Russia will buy more fruit.")[2] == (
        "Sergei Volkov", R)
    # must not touch: a Vietnamese envoy is the Vietnamese ambassador, not the minister met
    met = "Vietnamese Ambassador Đặng Minh Khôi met Russian Deputy Minister Andrei Rudenko."
    assert speakers(met, "Rudenko said trade grew.", "The envoy said that Vietnam will send students.")[2] == (
        "Đặng Minh Khôi", V)


def test_round23a_according_to_the_body_named_before_by_its_head():
    # fixes: "according to the service" points back to the capitalised body of that head named
    # before, which takes the side of the country in or before its name (guidelines: institutions)
    named = "Russia's Federal Service for Fisheries (Rosrybolovstvo) approved ten Vietnamese plants on Monday."
    assert speakers(named, "Seafood trade grew by 9 percent, according to the service.")[1] == ("the service", R)
    dept = "The Vietnamese General Department of Forestry published new figures."
    assert speakers(dept, "Timber exports fell, according to the department.")[1] == ("the department", V)
    # must not touch: a body of no side, or none named before, stays the narrator's
    assert speakers("The Federal Customs Service published figures.", "Trade grew, according to the service.")[1] == (
        N, N)
    assert sides("Trade grew, according to the service.") == [N]


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


def test_probe10_according_to_a_document_whose_author_the_text_named():
    # fixes: "According to the statement, ..." after the text named who issued it (a joint one: both
    # sides), then "The document highlights ..." and "It also calls for ..." keep that author
    issued = "Việt Nam and Russia issued a joint statement after the talks in Moscow."
    got = sides(issued, "According to the statement, both countries will expand trade.",
                "The document highlights education.", "It also calls for closer ties in culture.")
    assert got == [N, J, J, J]
    embassy = "The Russian Embassy issued a statement on Monday."
    assert sides(embassy, "According to the statement, Russia will supply more grain.")[1] == R
    letter = "Russian Ambassador Gennady Bezdetko sent a letter to the province."
    assert sides(letter, "According to the letter, Russian firms want to buy seafood.")[1] == R
    # must not touch: a document of unknown author, or data, stays the narrator's
    assert sides("A statement was posted online.", "According to the statement, trade will grow.") == [N, N]
    assert sides(issued, "According to official data, trade grew by 9 percent.")[1] == N
    assert sides("According to the statement, trade will grow.") == [N]


def test_probe10_a_document_after_its_quotation_and_quote_verbs_of_writing():
    # fixes: '"...," the message reads.' is the message's author's; '"...," he wrote.' is a quote verb
    sent = "Russian President Vladimir Putin sent a message to Vietnamese leader Tô Lâm, the Kremlin said."
    assert sides(sent, '"Our ties in energy are developing successfully," the message reads.')[1] == R
    wrote = "In the letter, Putin said the countries were building a nuclear centre."
    assert sides(sent, wrote, '"I am confident we will continue to cooperate," he wrote.')[2] == R
    # must not touch: "wrote" and "reads" without a quotation right before are no reporting verbs
    assert sides("Putin read a poem about Hà Nội.") == [N]
    assert sides("A Vietnamese student wrote a book about Russia.") == [N]


def test_probe10_a_whole_quotation_after_a_quote_verb_of_continuing():
    # fixes: '"...," the Russian minister continued. "..."': the next whole quotation is the same voice
    opening = "Russian Energy Minister Sergei Tsivilev met Vietnamese Minister Nguyễn Hồng Diên."
    said = '"We have good prospects in agriculture," the Russian minister continued.'
    assert sides(opening, said, '"Vietnamese fruit is popular in Russia."')[1:] == [R, R]
    # must not touch: a whole quotation after a scare quote, or across a paragraph break
    scare = 'Tsivilev called the talks "very useful and open".'
    assert sides(opening, scare, '"Vietnamese fruit is popular in Russia."')[2] == N


def test_probe10_going_on_to_speak():
    # fixes: "X went on to propose ...", 'He went on: "..."' report speech like "went on to say"
    opening = "Vice President Võ Thị Ánh Xuân received Russian Senator Valentina Matviyenko."
    assert sides(opening, "Matviyenko went on to propose more youth exchanges.")[1] == R
    assert sides(opening, "Xuân said ties are strong.", 'She went on: "We want more Russian tourists."')[2] == V
    assert sides(opening, "Xuân went on to stress the role of education.")[1] == V
    # must not touch: going on to do something is narration
    assert sides(opening, "Matviyenko went on to visit a school in Huế.")[1] == N
    assert sides(opening, "Matviyenko went on a tour of the city.")[1] == N


def test_probe10_the_body_named_before_as_a_subject():
    # fixes: "The association said ..." after "the Vietnam Association of ...", as "according to the
    # association" (round 23a): the body of that head named last, with its name's side
    named = "According to the Vietnam Association of Seafood Exporters and Producers, exports to Russia grew."
    assert sides(named, "The association said logistics costs remained high.") == [V, V]
    agency = "Russia's Federal Agency for Tourism published figures on Monday."
    assert sides(agency, "The agency said Russian tourists prefer Nha Trang.")[1] == R
    # must not touch: a body named with no side, or none named, stays the narrator's
    assert sides("The Seafood Exporters Association met in Hà Nội.", "The association said costs rose.")[1] == N
    assert sides("The association said costs rose.") == [N]


def test_probe10_data_of_a_named_body_as_the_subject_of_showing():
    # fixes: "Figures from China's General Administration of Customs show ..." is that body's, as
    # "according to figures from X" (guidelines: an institution reported as a source)
    held = "China and Vietnam held talks."
    assert sides(held, "Figures from China's General Administration of Customs show trade topped 200 billion USD.")[1] == (
        "china")
    assert sides("Figures from the Russian Federal Customs Service showed trade grew.") == [R]
    assert sides("Statistics from the Vietnamese Ministry of Industry and Trade indicate that exports rose.") == [V]
    # must not touch: data of no named body with a side, or no verb of showing, stay the narrator's
    assert sides("Customs data showed that trade grew.") == [N]
    assert sides("Data from the General Statistics Office showed trade grew.") == [N]
    assert sides("Figures from the Russian Federal Customs Service were published on Monday.") == [N]


def test_probe10_a_level_of_government_inside_a_title():
    # fixes: "Chairman of the provincial People's Committee X": the lower-case level before the
    # body's name belongs to the title, so a two-word name is a person; "according to the
    # provincial Department of ..." then takes that person's side (local_levels)
    visit = "Russian Governor Oleg Kozhemyako visited Khánh Hòa province."
    chair = "Chairman of the provincial People's Committee Trần Phong said tourists came."
    dept = "According to the provincial Department of Tourism, Russians are the largest group."
    assert speakers(visit, chair, dept)[1:] == [("Trần Phong", V), ("the provincial Department of Tourism", V)]
    assert speakers(visit, "Secretary of the municipal Party Committee Lê Minh said tourists came.")[1] == ("Lê Minh", V)
    # must not touch: a level with no title before it names no person
    assert sides(visit, "The provincial People's Committee Trần Phong said tourists came.")[1] == N
    assert sides(visit, "Officials of the provincial Party Committee said tourists came.")[1] == N


def test_probe12_a_lower_case_title_before_a_name_after_its():
    # "..., its head X said": the office holder named after a lower-case title speaks, as after a
    # capitalised one; the possessive with no name ("its head said") keeps its own rule
    assert speakers(
        "The Lao Youth Union will send 100 students to Hà Nội, its head Bounlap Keo said on Monday.",
    ) == [("Bounlap Keo", "laos")]
    assert speakers(
        "The Russian Ministry of Energy will expand oil supplies, its deputy head Ivan Petrov said.",
    ) == [("Ivan Petrov", R)]
    # no reporting verb after the name: nobody speaks
    assert sides("The Lao Youth Union sent 100 students to Hà Nội, its head Bounlap Keo and two aides.") == [N]


def test_probe12_a_news_outlet_reporting_is_the_narrator():
    # a paper or agency (actors.yml agencies) as the subject of a reporting verb reports the copy
    text = "Vietnamese Minister Nguyễn Văn An met Lao Deputy Minister Bounlap Keo in Vientiane on Monday"
    assert sides(text + ", Nhân Dân reported.") == [N]
    assert sides(text + ", the People's Daily newspaper reported.") == [N]
    # an institution reporting still speaks for its side; a person talking to an outlet too
    assert sides(text + ", the Lao Ministry of Energy reported.") == ["laos"]
    assert sides("Vietnamese Minister Nguyễn Văn An told Nhân Dân that trade would grow.") == [V]


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


def test_probe11_a_person_reporting_after_a_body_clause_voices_the_sentence():
    # fixes: "The Russian side proposed ..., Viet said": the deputy minister who briefs reports the
    # Russian side's proposal, so the sentence is his, as after "The two sides agreed ..."
    brief = "Deputy Foreign Minister Do Hung Viet briefed the press on Monday."
    assert sides(brief, "The Russian side proposed a new air route to attract tourists, Viet said.")[1] == V
    assert sides(brief, "The Russian delegation asked for more rice, he told reporters.")[1] == V
    assert sides(brief, "The Russian Embassy will host a film week, the deputy minister added.")[1] == V
    # must not touch: a body's clause with no person reporting after it, or a relative clause
    assert sides(brief, "The Russian side proposed a new air route to attract tourists.")[1] == R
    assert sides(brief, "The Russian side proposed a new air route, which Viet said was welcome.")[1] == R


def test_probe11_an_impersonal_agreement_is_both_sides():
    # fixes: "It was agreed that ..." after talks has no subject: the agreement is both sides'
    talks = "The two foreign ministries held consultations in Hanoi."
    assert sides(talks, "It was agreed that the ministries would coordinate at multilateral forums.")[1] == J
    assert sides(talks, "It was also agreed at the talks to open a new route.")[1] == J
    # must not touch: impersonal verbs other than agreement, and "agreed" with no clause after it
    assert sides(talks, "It was noted that trade had grown.")[1] == N
    assert sides(talks, "It was reported that trade had grown.")[1] == N
    assert sides(talks, "It was agreed upon long ago.")[1] == N


def test_probe11_the_party_chief_is_the_general_secretary():
    # fixes: "The Party chief" after a general secretary received a party's chairman is the general
    # secretary, though the chairman was named last
    met = ("General Secretary of the Communist Party of Vietnam To Lam received Chairman of the "
           "Communist Party of the Russian Federation Gennady Zyuganov in Hanoi.")
    assert speakers(met, "The Party chief said that ties in education had grown.")[1] == ("To Lam", V)
    # must not touch: a chairman's own role, and the Party chief when only a chairman holds a Party title
    assert speakers(met, "The chairman said that ties in education had grown.")[1] == ("Gennady Zyuganov", R)
    alone = "Chairman of the Communist Party of the Russian Federation Gennady Zyuganov visited Hanoi."
    assert sides(alone, "The Party chief said that ties in education had grown.")[1] == R


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


def test_probe11_a_plural_role_noun_before_of():
    # fixes: "The heads of government agreed": the role's noun before "of" is plural, so the pair
    met = "Vietnamese Prime Minister Pham Minh Chinh met Russian Prime Minister Mikhail Mishustin."
    assert sides(met, "The heads of government agreed to expand education.")[1] == J
    # must not touch: the singular role is the last prime minister named
    assert speakers(met, "The head of government said education mattered.")[1] == ("Mikhail Mishustin", R)


def test_review19_only_a_passive_agreement_is_impersonal():
    # fixes: "It has agreed to ..." is a body's active "it" (the company named before), not the
    # subject-less agreement of both sides
    deal = "Vietnam Airlines held talks with a Russian aircraft maker in Moscow."
    assert sides(deal, "It has agreed to buy ten aircraft next year.")[1] == N
    assert sides(deal, "It had also agreed to open a route to Kazan.")[1] == N
    # must not touch: the passive, with or without "been"
    assert sides(deal, "It has been agreed that the two sides will meet again.")[1] == J
    assert sides(deal, "It had also been agreed to open a route to Kazan.")[1] == J
    assert sides(deal, "It was agreed that the two sides will meet again.")[1] == J


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


def test_probe13_title_in_apposition_after_side_word_is_the_role():
    # a diplomatic post right after the side word of an apposition is the person's role: a later
    # "the envoy" / "the ambassador" / "the consul" finds that person, not the last one named
    assert speakers(
        "Pavel Orlov, Russian Ambassador to Vietnam, met Minister Nguyễn Văn An.",
        "The envoy said ties were strong.",
    )[1] == ("Pavel Orlov", R)
    assert speakers(
        "Trần Minh Đức, Vietnamese Consul General in Vladivostok, met Governor Igor Petrov.",
        "The consul said trade was growing.",
    )[1] == ("Trần Minh Đức", V)
    assert speakers(
        "Nguyễn Văn An, Vietnamese Ambassador to Russia, met Igor Petrov, Governor of Primorye Territory.",
        "The envoy praised the region.",
        "The governor said investors were welcome.",
    )[1:] == [("Nguyễn Văn An", V), ("Igor Petrov", R)]
    people = discover_people("Nguyễn Văn An, Vietnamese Ambassador to Russia, spoke.", actors=load_actors(sides=SIDES))
    assert {"ambassador", "vietnamese"} <= people[0].title


def test_probe13_apposition_role_leaves_other_titles_alone():
    # a title before the name, and two ambassadors of different sides: as before
    assert speakers(
        "Vietnamese Ambassador Nguyễn Văn An met Governor Igor Petrov.",
        "The ambassador said ties were strong.",
    )[1] == ("Nguyễn Văn An", V)
    assert speakers(
        "Nguyễn Văn An, Vietnamese Ambassador to Russia, met Russian Ambassador Pavel Orlov.",
        "The Russian ambassador said ties were strong.",
    )[1] == ("Pavel Orlov", R)
    assert speakers(
        "Nguyễn Văn An, Vietnamese Ambassador to Russia, met Pavel Orlov, Russian Ambassador to Vietnam.",
        "The Vietnamese envoy said ties were strong.",
    )[1] == ("Nguyễn Văn An", V)
    # other titles after the side word stay out (round 22b): "the minister" is not read from them
    people = discover_people("Sergei Ivanov, Russian Minister of Energy, spoke.", actors=load_actors(sides=SIDES))
    assert "minister" not in people[0].title
    # the run stops at "to": the country an ambassador is sent to is no title of his
    people = discover_people("Nguyễn Văn An, Vietnamese Ambassador to Russia, spoke.", actors=load_actors(sides=SIDES))
    assert "russia" not in people[0].title


def test_round24b_a_participle_of_speech_gives_the_clause_person():
    # fixes: "X opened the conference, saying ...": the subject of the clause speaks
    assert speakers(
        "Lao Deputy Prime Minister Somsak Phommachan opened the forum, saying investment had grown."
    ) == [("Somsak Phommachan", "laos")]
    assert speakers(
        "Russian Ambassador Pavel Orlov met the guests.",
        "He toured the plant, noting that output had doubled.",
    )[1] == ("Pavel Orlov", R)
    # must not touch: a body or group as subject, a participle that is no speech, a later comma
    assert speakers("The delegation toured the plant, saying it was modern.") == [("narrator", N)]
    assert speakers("Russian Ambassador Pavel Orlov opened the fair, seeing many guests.") == [("narrator", N)]
    assert speakers(
        "Russian Ambassador Pavel Orlov met Nguyễn Văn An, who chaired the talks, saying trade grew."
    ) == [("narrator", N)]


def test_round24b_a_level_of_government_before_a_body_as_subject():
    # fixes: "..., the provincial Department of Tourism reported": the people of that level's side
    assert speakers(
        "Arrivals grew by half, the provincial Department of Tourism reported on Monday.",
        "Vice Chairman of the provincial People's Committee Trần Văn Hải said hotels were full.",
    )[0] == ("the provincial Department of Tourism", V)
    assert speakers(
        "The provincial Department of Tourism said arrivals grew.",
        "Vice Chairman of the provincial People's Committee Trần Văn Hải spoke.",
    )[0] == ("The provincial Department of Tourism", V)
    # must not touch: no person of that level (no side to give)
    assert speakers(
        "Arrivals grew by half, the provincial Department of Tourism reported.",
        "Russian Ambassador Pavel Orlov spoke.",
    )[0] == ("narrator", N)


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


# --- probe 14 (spk14): correspondents, heads of delegation, impersonal reports ---------------------


def test_probe14_heads_of_the_two_delegations_are_the_pair():
    # "the heads of the two delegations/parliaments" are the two people, as "of the two ministries"
    opening = "Deputy Minister Nguyễn Văn An and Russian Deputy Minister Ivan Petrov met in Moscow."
    assert speakers(opening, "The heads of the two delegations agreed to widen trade.")[1] == (
        "Nguyễn Văn An and Ivan Petrov", J)
    assert speakers(opening, "The heads of both delegations said tourism was growing.")[1][1] == J
    # an action of the heads is no speech; one head is that person
    assert speakers(opening, "The heads of the two delegations signed a memorandum on trade.")[1] == (N, N)
    assert speakers(opening, "The head of the Russian delegation said energy mattered.")[1] == ("Ivan Petrov", R)


def test_probe14_impersonal_report_at_a_meeting_is_both_sides():
    opening = "Vietnamese and Russian officials held talks in Hà Nội."
    assert speakers(opening, "It was stressed at the meeting that trade should grow faster.")[1] == ("both sides", J)
    assert speakers(opening, "It was noted at the talks that tourism had recovered.")[1] == ("both sides", J)
    assert rules(opening, "It was emphasised during the session that energy ties matter.")[1] == "impersonal:group"
    # no gathering named: nobody reported as saying it (spk11); a report is no meeting
    assert speakers(opening, "It was noted that tourism had recovered.")[1] == (N, N)
    assert speakers(opening, "It was stressed in the report that trade should grow.")[1] == (N, N)


def test_probe14_quoted_as_saying_is_the_one_quoted():
    opening = "Russian Deputy Minister Ivan Petrov visited Hà Nội."
    assert speakers(opening, "A VNA correspondent quoted Petrov as saying that energy ties were strong.")[1] == (
        "Ivan Petrov", R)
    assert speakers(opening, "Petrov toured a port.", "The newspaper quoted him as saying that trade grew.")[2] == (
        "Ivan Petrov", R)
    # a reporter who quotes is no voice; a speaker who quotes another speaks himself
    assert speakers(opening, "VNA correspondent Trần Hiếu quoted Petrov as saying that trade grew.")[1] == (
        "Ivan Petrov", R)
    assert speakers(
        "Russian Deputy Minister Ivan Petrov met Vietnamese Deputy Minister Nguyễn Văn An.",
        "An quoted Hồ Chí Minh as saying that education matters.",
    )[1] == ("Nguyễn Văn An", V)
    # quoting words or figures, not a person as saying: narrator
    assert speakers(opening, "A correspondent quoted a line from a poem about friendship.")[1] == (N, N)
    assert speakers(opening, "Reporters quoted figures as high as 5 billion USD in trade.")[1] == (N, N)


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


def _dated(text: str, place: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), datelines={"d": place})
    return list(zip(out["speaker"], out["side"], strict=True))


def test_probe14_bodies_named_bare_in_copy_from_their_country():
    # a bare ministry, then "the ministry"; a state body opening with a state word: the dateline's country
    out = _dated("Trade between Russia and Vietnam grew, the Ministry of Economic Development said. The ministry "
                 "said exports had risen. According to the Federal Customs Service, coal supplies doubled.", "MOSCOW")
    assert [s for _, s in out] == [R, R, R]
    # no dateline of a side: no side for a body named bare
    out = _dated("Russia and Vietnam met. According to the Federal Customs Service, coal supplies doubled.", "")
    assert out[1][1] == N
    # a body that opens with no state word stays unread ("the Eurasian Economic Commission")
    out = _dated("Russia and Vietnam met. According to the Eurasian Economic Commission, coal supplies doubled.", "MOSCOW")
    assert out[1][1] == N


def test_probe14_short_form_of_a_body_named_with_its_country():
    assert speakers(
        "Payments will grow, the State Bank of Việt Nam said.",
        "The State Bank said the two banks had agreed to train staff.",
    )[1][1] == V
    # a short form never named in full with a country: narrator
    assert speakers("Payments will grow.", "The State Bank said the banks had agreed to train staff.")[1] == (N, N)


def test_probe14_office_of_a_named_body_speaks_for_its_side():
    opening = "Russia and Vietnam held talks."
    assert speakers(opening, "Trade grew, the Russian Foreign Ministry's press service said.")[1][1] == R
    assert speakers(opening, "The press service of the Russian Foreign Ministry reported that trade grew.")[1][1] == R
    assert speakers(
        opening, "Trade grew, according to the press service of the Russian Foreign Ministry.",
        "According to the press service, tourism grew.",
    )[2][1] == R
    # no verb of speech; an office of no named body; a body of no side
    assert speakers(opening, "The Russian Foreign Ministry's press service published photos.")[1] == (N, N)
    assert speakers(opening, "Trade grew, the ministry's press service said.")[1] == (N, N)
    assert speakers(opening, "The Eurasian Economic Commission's press service said trade grew.")[1] == (N, N)


def test_probe14_one_sides_source_after_what_both_agreed():
    # "X and Y agreed ..., the Kremlin press service said": the source reporting voices the sentence
    opening = "Russia and Vietnam held talks."
    assert speakers(opening, "Russia and Vietnam agreed to expand trade, the Russian press service said.")[1][1] == R
    # a second act joined by "and" is no source of the first; no source: both
    assert speakers(opening, "Both sides agreed to expand trade, and Russia pledged to buy coffee.")[1][1] == J
    assert speakers(opening, "Both sides agreed to expand trade with Russia.")[1][1] == J


def test_round24c_according_to_a_titled_person_of_a_side():
    # fixes: "According to" before the side word is no post's country ("Ambassador to Vietnam")
    assert speakers(
        "According to Russian Ambassador Pavel Orlov, the sides discussed Vietnamese fruit.",
    ) == [("Pavel Orlov", R)]
    # must not touch: the country an ambassador is sent to
    assert speakers(
        "Russian Ambassador to Vietnam Pavel Orlov said the sides discussed Vietnamese fruit.",
    ) == [("Pavel Orlov", R)]


def test_round24c_company_letters_are_no_country():
    # fixes: two capitals before a company noun name the company, not a country of no side
    assert speakers("TH Group Chairwoman Nguyễn Thị Hoa told reporters the plant would grow.") == [
        ("Nguyễn Thị Hoa", V)]
    # must not touch: "US envoy X" is of a country of no side
    assert speakers("US envoy John Smith said the talks went well.") == [("John Smith", N)]


def test_round24c_a_ministry_named_with_its_country():
    # fixes: "the Ministry of ... of the Russian Federation said", with no dateline
    assert speakers("The Ministry of Energy of the Russian Federation said exports had doubled.") == [
        ("The Ministry of Energy of the Russian Federation", R)]
    # must not touch: a ministry of no country and no dateline
    assert speakers("The Ministry of Energy said exports had doubled.") == [("narrator", N)]


def test_round24c_an_organisation_by_its_countrys_adjective():
    # fixes: "the Russian manufacturer expects", "a Vietnamese firm said"
    assert speakers("The plant was built in 2019.", "The Russian manufacturer expects to finish by May.") == [
        ("narrator", N), ("The Russian manufacturer", R)]
    assert speakers("A Vietnamese firm said it would buy the turbines.") == [("A Vietnamese firm", V)]
    # must not touch: the firm as an owner, and no verb of speech
    assert speakers("The Russian firm's turbines arrived in May.") == [("narrator", N)]
    assert speakers("The Russian company built the plant.") == [("narrator", N)]


def test_round24c_expected_as_a_verb_of_speech():
    # fixes: "He expected ..." after a person spoke
    assert speakers("Nguyễn Văn An said the route would help.", "He expected more visitors this year.") == [
        ("Nguyễn Văn An", V), ("Nguyễn Văn An", V)]
    # must not touch: the passive "is expected", "as expected"
    assert speakers("Nguyễn Văn An said the route would help.", "He is expected to visit Moscow.") == [
        ("Nguyễn Văn An", V), ("narrator", N)]
    assert speakers("Nguyễn Văn An said the route would help.", "As expected, trade grew.") == [
        ("Nguyễn Văn An", V), ("narrator", N)]


def test_probe17_participles_of_a_request_after_a_scene_setting_phrase():
    # fixes: "calling for", "urging" as speech; a scene-setting phrase before the subject's clause
    assert speakers(
        "Russian Ambassador Pavel Orlov sent a letter to the minister, calling for closer ties."
    ) == [("Pavel Orlov", R)]
    assert speakers(
        "On the same day, Russian Ambassador Pavel Orlov sent a message to the governor, urging more flights."
    ) == [("Pavel Orlov", R)]
    # must not touch: "calling at" a port, a scene-setting phrase with no speech after, a body
    assert speakers("Russian Ambassador Pavel Orlov boarded the ship, calling at Cam Ranh later.") == [("narrator", N)]
    assert speakers("On the same day, Russian Ambassador Pavel Orlov toured the port, seeing many ships.") == [
        ("narrator", N)]
    assert speakers("On the same day, the delegation visited the port, urging more flights.") == [("narrator", N)]


# --- round 24e (heldout45: local and people-level copy; sentences written for the test) ------------


def test_round24e_a_name_with_vietnamese_marks_is_vietnamese_its_surname_listed_or_not():
    o = "Russian doctors met Russian officials and Russia's partners in Samara."
    said = "Vice Chairman of the provincial People's Committee {} said ties with Russia were strong."
    assert speakers(o, said.format("Đầu Thanh Tùng"))[1] == ("Đầu Thanh Tùng", V)
    assert speakers(o, said.format("Khổng Minh Đạt"))[1] == ("Khổng Minh Đạt", V)
    # must not touch: the same name without marks (no origin: the side the document names most)
    assert speakers(o, said.format("Dau Thanh Tung"))[1] == ("Dau Thanh Tung", R)


def test_round24e_a_plural_after_the_name_opens_a_clause_not_an_apposition():
    o = "Vietnamese and Russian alumni met in Hà Nội."
    fixed = "According to the club's chairman, Professor Lê Minh Hải, its members will help Russian schools."
    assert speakers(o, fixed)[1] == ("Lê Minh Hải", V)
    # must not touch: a singular title after the possessive is the person's apposition
    assert speakers(o, "Olga Smirnova, its Russian chairwoman, said ties were strong.")[1] == ("Olga Smirnova", R)


def test_round24e_a_country_after_in_inside_an_apposition_is_a_place():
    o = "Vietnamese traders met Russian buyers."
    fixed = "Trần Văn Long, head of a firm that sells tea in Russia, said freight was costly."
    assert speakers(o, fixed)[1] == ("Trần Văn Long", V)
    # must not touch: the nationality word before "in" is the person's
    assert speakers(o, "Oleg Ivanov, a Russian businessman in Vietnam, said freight was costly.")[1] == ("Oleg Ivanov", R)


def test_round24e_a_city_opening_the_title_gives_its_country():
    o = "Vietnamese firms came to the forum."
    assert speakers(o, "Kazan Mayor Ilsur Metshin said trade was growing.")[1] == ("Ilsur Metshin", R)
    assert speakers(o, "According to Sochi Mayor Andrei Prosh, flights will grow.")[1] == ("Andrei Prosh", R)
    fixed = "Trade will grow, St. Petersburg Vice Governor Oleg Pavlov said."
    assert speakers(o, fixed)[1] == ("Oleg Pavlov", R)
    # must not touch: a country in the title first; a place's abbreviation with no speaker
    assert speakers(o, "Vietnamese Consul General Trần An said trade was growing in Kazan.")[1] == ("Trần An", V)
    assert speakers(o, "St. Petersburg hosted a forum on trade.")[1] == (N, N)


def test_round24e_the_press_service_said_is_the_one_named_before():
    first = "Russia's S7 Airlines will fly to Huế, the airline's press service told TASS."
    assert speakers(first, "Demand is high, the press service said.")[1] == ("the press service", R)
    # must not touch: a press service never named before with an owner
    assert speakers("Trade rose.", "Demand is high, the press service said.")[1] == (N, N)


def test_round24e_a_title_with_modifiers_before_the_name_between_commas():
    o = "Lao farmers met Lao officials in Vientiane."
    fixed = "The provincial Agriculture delegate, Bounmy Phommachanh, said the yield doubled."
    assert speakers(o, fixed)[1] == ("Bounmy Phommachanh", "laos")
    # must not touch: no verb of speech after the apposition
    assert speakers(o, "The visit of the provincial Agriculture delegate, Bounmy Phommachanh, was short.")[1] == (N, N)


# --- review 22: misfires of round 24b, probe 14 and round 24c --------------------------------------


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


def test_review22_a_firm_by_its_countrys_adjective_with_its_name():
    # fixes: the firm's name after its head, an apposition or a clause before the verb
    opening = "Russia and Vietnam held talks."
    assert speakers(opening, "The Russian company Novatek said the plant would open.")[1] == (
        "The Russian company Novatek", R)
    assert speakers(opening, "A Vietnamese company, PetroVietnam, said it would invest.")[1] == (
        "A Vietnamese company", V)
    assert speakers(opening, "The Russian firm, which built the plant, said output grew.")[1][1] == R
    # must not touch: no verb of speech after the name or the clause; an owner's part
    assert speakers(opening, "The Russian company Novatek built the plant.")[1] == (N, N)
    assert speakers(opening, "The Russian developer, according to the plan, will build homes.")[1] == (N, N)
    assert speakers(opening, "The Russian company Novatek's turbines arrived in May.")[1] == (N, N)


def test_review22_a_gathering_of_one_side_is_no_pair():
    # must not touch: "It was noted at the conference that ..." after a conference one side held
    assert speakers(
        "The Vietnamese Ministry of Industry and Trade held a conference on exports to Russia.",
        "It was noted at the conference that exports grew.",
    )[1] == (N, N)
    assert speakers("The Russian Ministry of Energy held a meeting in Moscow.",
                    "It was noted at the meeting that trade grew.")[1] == (N, N)
    # still both: a gathering of the two, held by one with the other, or named by neither
    assert speakers("Officials of Vietnam and Russia held a meeting in Hà Nội.",
                    "It was noted at the meeting that trade grew.")[1] == ("both sides", J)
    assert speakers("The Russian Ministry of Energy held a meeting with Vietnamese officials.",
                    "It was noted at the meeting that trade grew.")[1] == ("both sides", J)


def test_review22_a_participle_of_speech_after_an_opening_phrase():
    # fixes: "In Hà Nội, X opened the fair, saying ...": the clause after the opening phrase
    opening = "Russian Ambassador Pavel Orlov arrived."
    assert speakers(opening, "In Hà Nội, Nguyễn Văn An opened the fair, saying trade should grow.")[1] == (
        "Nguyễn Văn An", V)
    # must not touch: a body as subject, a later comma, a participle with no speech
    assert speakers(opening, "On Monday, the delegation toured the plant, saying it was modern.")[1] == (N, N)
    assert speakers(
        opening, "Earlier, Nguyễn Văn An met Lê Văn Nam, who chaired the talks, saying trade grew.")[1] == (N, N)
    assert speakers(opening, "At the event, Orlov watched a film, seeing many guests.")[1] == (N, N)


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


def test_round24f_a_hope_voiced_after_an_opening_adverbial():
    # fixes: "hoping that"/"wishing" as participles of speech, and the clause after an opener's comma
    assert speakers(
        "On the same day, Deputy Minister Nguyễn Văn An sent a letter to the Duma, hoping that ties would grow."
    ) == [("Nguyễn Văn An", V)]
    assert speakers(
        "Russian Ambassador Pavel Orlov sent a message to the CPV, wishing the congress success."
    ) == [("Pavel Orlov", R)]
    # must not touch: a hope that is an aim, a group as subject after an opener, a later comma
    assert speakers("Russian Ambassador Pavel Orlov visited the school, hoping to see students.") == [("narrator", N)]
    assert speakers("On Monday, the delegation toured the plant, hoping that ties grow.") == [("narrator", N)]
    assert speakers(
        "On Monday, Russian Ambassador Pavel Orlov met Nguyễn Văn An, who chaired the talks, saying trade grew."
    ) == [("narrator", N)]


# --- round 24d: sources of people, culture, health and labour copy (tuned on heldout42) -------------


def test_round24d_according_to_a_level_of_government_takes_the_place_named_before():
    # fixes: "the province of X" in lower case, the place spelled the Vietnamese way, in a text of three sides
    assert speakers(
        "The province of Khánh Hòa welcomed 90,000 Russian tourists and 50,000 Chinese tourists, "
        "according to the provincial Department of Tourism.",
        "Vietnamese officials were pleased.",
    )[0] == ("the provincial Department of Tourism", V)
    # must not touch: a level of government with no place of that level and no person of it
    assert speakers(
        "Arrivals grew by half, according to the provincial Department of Tourism.",
        "Russian Ambassador Pavel Orlov spoke.",
    )[0] == ("narrator", N)


def test_round24d_the_bank_points_back_to_the_bank_of_a_country():
    # fixes: "..., the bank said" after "the Export-Import Bank of Korea said"; "According to the
    # Department of X," opening a sentence: the copy's own country's body, named bare
    assert speakers(
        "Russia will lend US$10 million, the Development Bank of Russia said.",
        "The loan will pay for roads, the bank said.",
    )[1] == ("the bank", R)
    assert speakers(
        "Deputy Minister Nguyễn Văn An of Vietnam met Russian Ambassador Pavel Orlov.",
        "According to the Department of Overseas Labour, Vietnam sent 9,000 workers abroad.",
    )[1][1] == V
    # must not touch: a body named by a place before its head (maybe the other country's), a bank the
    # text gave no side
    assert speakers(
        "Deputy Minister Nguyễn Văn An of Vietnam met Chinese officials.",
        "According to the Guangxi Department of Commerce, trade grew.",
    )[1] == ("narrator", N)
    assert speakers(
        "The loan was agreed, the Development Bank said.",
        "The loan will pay for roads, the bank said.",
    )[1] == ("narrator", N)


def test_round24d_the_press_service_of_a_body_named_bare_is_the_datelines_country():
    # fixes: "the fleet's press service said" after "Pacific Fleet" (no side word), in copy filed from
    # a side's country, and "the press service said" after it
    o = "Ships of the Pacific Fleet reached Cam Ranh, the fleet's press service said."
    assert _with_dateline("VLADIVOSTOK", o, "Russian sailors will play football, the press service said.") == [
        ("the fleet's press service", R), ("the press service", R)]
    # must not touch: no dateline of a side, or a body the text ties to a side by a side word
    assert _with_dateline("", o, "Russian sailors will play football.")[0] == ("narrator", N)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Vietnamese Coast Guard arrived, the guard's press service said.",
        "Russian sailors met them.")[0] == ("narrator", N)


def test_review24_wishing_to_is_an_aim_not_a_wish_voiced():
    # fixes: "wishing to <verb>" after a clause of travel is what the subject wants, as "hoping to"
    assert speakers("Russian Prime Minister Dmitry Medvedev toured the port, wishing to learn more about it.") == [
        ("narrator", N)]
    # must not touch: a wish voiced with a message ("wishing it success")
    assert speakers("Party General Secretary Tô Lâm sent a letter to the Russian Duma, wishing it success.") == [
        (TL, V)]


def test_review24_calling_on_a_person_is_a_visit_without_a_request():
    # fixes: "calling on President X at the Palace" pays a visit (the key of "Tô" is "to": no request)
    assert speakers(
        "Russian Prime Minister Dmitry Medvedev arrived in Hà Nội, calling on President Tô Lâm at the Palace.") == [
        ("narrator", N)]
    # must not touch: "calling on X to <verb>" and "calling for" ask
    assert speakers(
        "Russian Prime Minister Dmitry Medvedev sent a message, calling on the two sides to expand trade.") == [(DM, R)]
    assert speakers("Russian Prime Minister Dmitry Medvedev sent a message, calling for closer ties.") == [(DM, R)]


def test_review24_a_city_before_a_comma_opens_no_title():
    # fixes: a city at the end of an opening phrase is no part of the title after its comma
    assert speakers("After visiting Vladivostok, Minister Lê Hoài Trung said the port was modern.")[0][1] == V
    # must not touch: the city that opens the title ("Vladivostok Mayor X")
    assert speakers("Vladivostok Mayor Konstantin Shestakov said the city welcomed tourists.")[0][1] == R


def test_review24_a_press_service_of_a_firm_or_a_foreign_body_is_not_the_datelines():
    # fixes: a firm named bare, or a body named by a country of no side, may be of any country
    assert _with_dateline(
        "VLADIVOSTOK", "Toyota Motor Corporation opened a plant in Hà Nội, the corporation's press service said.",
        "Russian workers will train there.")[0] == ("narrator", N)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Indian Navy reached Cam Ranh, the navy's press service said.",
        "Russian sailors met them.")[0] == ("narrator", N)
    # must not touch: a state body of no side word in the dateline's copy (round 24d)
    assert _with_dateline(
        "VLADIVOSTOK", "Ships of the Pacific Fleet reached Cam Ranh, the fleet's press service said.",
        "Russian sailors met them.")[0] == ("the fleet's press service", R)


def test_review24_a_body_named_head_first_with_its_owner_after_a_second_of():
    # fixes: "the Department of Tourism of Irkutsk": the owner after a second "of" may be the other side's
    o = "Deputy Minister Nguyễn Văn An of Vietnam met Russian Ambassador Pavel Orlov."
    assert speakers(o, "According to the Department of Tourism of Irkutsk, arrivals rose.")[1] == ("narrator", N)
    # must not touch: a head-first body with one "of" (round 24d), its field joined by "and"
    assert speakers(o, "According to the Department of Science and Technology, output rose.")[1][1] == V


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


def test_round25a_a_place_word_ends_the_place_of_a_title_before_the_name():
    # fixes: "in HCM City": a place spelled neither way, ended by "City", then the name
    assert speakers("Russian Consul General in HCM City Aleksey Popov said the consulate was busy.") == [
        ("Aleksey Popov", R)]
    # fixes: a Vietnamese name without its marks after "... Province" in a long title, then its
    # short form and "According to him" after two people
    assert speakers(
        "Governor Oleg Kozhemyako and Secretary of the Party Committee of Vietnam's Lam Dong Province "
        "Tran Duc Quan signed a plan.", "Quan, for his part, said the province would send students.",
        "According to him, flights will resume.") == [
        ("narrator", N), ("Tran Duc Quan", V), ("Tran Duc Quan", V)]
    # must not touch: a place of Vietnamese syllables (read before), a place word inside a body's name
    assert speakers("Russian Consul General in Ho Chi Minh City Aleksey Popov said the consulate was "
                    "busy.") == [("Aleksey Popov", R)]
    assert speakers("Vice Chairman of the Hà Nội City People's Committee Nguyễn Mạnh Quyền said the "
                    "city would help.") == [("Nguyễn Mạnh Quyền", V)]


# --- spk15: agencies quoting, spokespeople, documents, bodies named bare ------------------------


def test_spk15_a_bare_state_body_opening_with_general_or_running_past_of_is_the_datelines():
    # fixes: "the General ... Office/Administration" and "the National Bureau of Statistics" named
    # bare in copy filed from a side's country are that country's; "the office" names it again
    o = "Chinese and Vietnamese firms signed deals."
    assert _with_dateline("BEIJING", o, "Exports rose 9%, the General Administration of Customs said.",
                          "The National Bureau of Statistics said output rose.")[1:] == [
        ("the General Administration of Customs", "china"), ("The National Bureau of Statistics", "china")]
    assert _with_dateline("HÀ NỘI", o, "Rice exports to China doubled, the General Statistics Office said.",
                          "Fruit led the rise, the office said.")[1:] == [
        ("the General Statistics Office", V), ("the office", V)]
    # must not touch: "General" opening a person's title, and a report filed from a third country
    assert _with_dateline("HÀ NỘI", o, "General Director Nguyễn Văn An of PetroVietnam said gas output rose.")[1] == (
        "Nguyễn Văn An", V)
    assert _with_dateline("BANGKOK", o, "Exports rose 9%, the General Administration of Customs said.")[1] == (
        "narrator", N)


def test_spk15_a_document_names_its_writer_before_it_or_after_from():
    # fixes: "a message of greetings from X" then "The message read that": X's words; "X's
    # letter to Y affirmed"; "The message from <a side's party> said"; "The joint statement stated"
    got = speakers(
        "Lao President Thongloun Sisoulith received a message of greetings from Russian President Ivan Petrov.",
        "The message read that Moscow valued its ties with Vientiane.",
        "Lao President Thongloun Sisoulith's letter to the CPRF affirmed that the friendship would last.",
        "The message from the Communist Party of China said the two parties would meet.",
        "The joint statement stated that the two sides would expand trade.",
    )
    assert [s for _, s in got] == [N, R, "laos", "china", J]
    # must not touch: a letter from people of no side, and a letter only received
    assert speakers("The minister received a letter from farmers.", "The letter read that prices were low.") == [
        ("narrator", N), ("narrator", N)]


def test_spk15_an_adverb_inside_a_passive_of_speech_and_cited_as_saying():
    # fixes: "was also quoted as saying", "was later quoted by", "Interfax cited X as saying"
    o = "Russian Deputy Minister Ivan Sokolov met Vietnamese Ambassador Nguyễn Văn An."
    assert sides(o, "Sokolov was also quoted as saying that banks were ready.",
                 "An was later quoted by local media as saying that flights would rise.",
                 "Interfax cited the Russian deputy minister as saying that talks went well.") == [N, R, V, R]
    # must not touch: passives that are no speech, and "cited" without "as saying"
    assert sides(o, "The figures were also cited as showing growth.", "The plan was later adopted by the government.",
                 "The report cited rising prices as a reason.") == [N, N, N, N]


def test_spk15_as_somebody_put_it():
    # fixes: "..., as X put it", "As the Vietnamese minister put it, ...": the one who put it speaks
    o = "Cuban Minister Ana Teresita González met Vietnamese Minister Nguyễn Văn An."
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join((
        o, "Rice is the pillar of the partnership, as González put it.",
        "As the Vietnamese minister put it, the projects are a symbol of friendship."))]})
    cuba = Side("cuba", "Cuba", countries=("Cuba",), adjectives=("Cuban",))
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=(*SIDES, cuba)))
    assert list(out["side"]) == [N, "cuba", V]
    assert list(out["rule"])[1:] == ["as-put", "as-put:role"]
    # must not touch: "as expected", and "as" with no person ("as the report put it")
    assert sides(o, "Rice output rose, as expected.", "As the report put it, prices rose.") == [N, N, N]


def test_spk15_the_voice_of_a_person_named_by_a_role():
    # fixes: "the president's press secretary", "the ambassador's spokesperson": the owner's side
    o = ("Russian President Ivan Petrov will visit Hà Nội, Kremlin Spokesman Oleg Sidorov said.",
         "Vietnamese Ambassador Nguyễn Văn An welcomed the news.")
    assert sides(*o, "The president's press secretary said the visit would last two days.",
                 "The ambassador's press secretary said an exhibition would open.")[-2:] == [R, V]
    # must not touch: a possessive that is no voice
    assert sides(*o, "The ambassador's visit to Moscow was praised.")[-1] == N


def test_spk15_a_representative_of_a_long_body_name_and_sources_in_a_body():
    # fixes: the body after "a representative of" runs past "of ... and ..." to the verb; "Sources
    # in the Russian Foreign Ministry" and then "sources in the ministry" speak for the body
    o = "Vietnamese Deputy Minister Nguyễn Văn An visited Laos."
    assert sides(o, "A representative of the Lao Ministry of Labour and Social Welfare briefed the guests.") == [N, "laos"]
    assert sides("Russia and Vietnam held talks.", "Sources in the Russian Foreign Ministry told reporters a deal was close.",
                 "Sources in the ministry said it could be signed soon.") == [N, R, R]
    # must not touch: a representative as one of a list that acts, sources in no body of a side
    assert sides(o, "A representative of the Lao Ministry of Health and the guests visited a hospital.") == [N, N]
    assert sides("Russia and Vietnam held talks.", "Sources in the industry said prices rose.",
                 "Diplomatic sources said the talks went well.") == [N, N, N]


def test_spk15_the_country_of_a_post_between_a_role_and_its_verb():
    # fixes: "The Chinese ambassador to Laos on Friday praised ...": the post's country in between
    assert sides("Laos and China held talks.", "The Chinese ambassador to Laos on Friday praised the railway.",
                 "The Lao envoy to Beijing, who attended online, said trade grew.") == [N, "china", "laos"]
    # must not touch: a delegation's trip is no speech
    assert sides("Laos and China held talks.", "The Lao delegation to China visited a plant.") == [N, N]


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


def test_spk15_a_participle_that_names_in_words_after_a_clause_that_is_no_speech():
    # fixes: "X hosted the guest, calling Russia a trusted friend", "X toured the port, describing
    # the talks as fruitful": naming something is saying it
    o = "Russian President Ivan Petrov held talks with Vietnamese President Nguyễn Văn An."
    assert sides(o, "The Vietnamese president hosted the guest, calling Russia a trusted friend.",
                 "Petrov toured the port, describing the talks as fruitful.") == [N, V, R]
    # must not touch: calling at a place, calling a vote, describing with no "as", a body acting
    assert sides(o, "Petrov toured the port, calling at a pier.", "Petrov opened the meeting, calling a vote.",
                 "Petrov left the palace, describing a circle over the city.",
                 "The delegation toured the plant, calling it a model.") == [N, N, N, N, N]


def test_review25_the_adjective_of_a_unit_inside_a_parent_body_is_not_its_owner():
    # fixes: "of the" opens a parent body the country owns; the adjective names what the unit deals with
    assert speakers("Director of the Chinese Department of the Ministry of Foreign Affairs of Vietnam "
                    "Nguyen Van An said the talks went well.") == [("Nguyen Van An", V)]
    assert speakers("Head of the Russian Language Faculty of the University of Laos Somchai Keola said "
                    "demand grew.") == [("Somchai Keola", "laos")]
    # must not touch: one body's name from the adjective to "of <country>"
    assert speakers("Chairman of the Russian Union of Veterans of Vietnam Nikolai Kolesnik said the "
                    "friendship was strong.") == [("Nikolai Kolesnik", R)]


def test_probe19_a_date_between_subject_and_verb_is_skipped():
    # probe 19: "X and Y on November 20 agreed": a day of a month between the subject and its verb, as
    # "on Monday" (speakers._common._skip_fillers)
    assert sides("Vietnamese Deputy Prime Minister Bùi Thanh Sơn and Russian Minister Maxim Orlov on "
                 "November 20 agreed to strengthen supply chains.") == ["joint"]
    assert sides("Russian Minister Maxim Orlov on 20 November said supply chains matter.") == ["russia"]
    # must not touch: a date after a noun, and talks held on a date (narration, as "held talks on")
    assert sides("The agreement signed on November 20 said trade would grow.") == ["narrator"]
    assert sides("Vietnamese Deputy Prime Minister Bùi Thanh Sơn and Russian Minister Maxim Orlov on "
                 "November 20 discussed a plan.") == ["narrator"]


def test_probe16_an_interview_labelled_by_the_asker_and_the_person():
    # probe 16: "TASS: ...?" / "Son: ...": a paragraph a known person's name and a colon open is that
    # person's words, to the paragraph's end
    text = ("Vietnamese Foreign Minister Bui Thanh Son gave an interview to TASS.\n\n"
            "TASS: How do you see trade?\n\nSon: Trade is growing. Our firms want more.\n\n"
            "TASS: And tourism?\n\nTourists come back every year.")
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    assert list(out["side"]) == [N, N, V, V, N, N]
    # must not touch: a name and a colon with no question label beside it (a headline, a caption)
    text = "Russian Foreign Minister Sergey Lavrov met the press.\n\nLavrov: a man of principles."
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [text]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES))
    assert list(out["side"]) == [N, N]


def test_probe16_one_person_reporting_what_two_people_or_a_side_did():
    # probe 16: "X and Y discussed ..., Peskov told reporters", "The Vietnamese side expressed
    # gratitude ..., the ministry noted": the source after the comma voices the sentence
    o = ("Russian President Ivan Petrov held talks with Vietnamese President Nguyen Van An, Kremlin "
         "spokesman Oleg Belov said.")
    assert sides(o, "Petrov and An discussed gas supplies, Belov told reporters.") == [R, R]
    assert sides(o, "The Vietnamese side expressed gratitude for the vaccines, Belov noted.") == [R, R]
    # must not touch: the pair's verb alone, a joined clause, a comma inside a title, one side to another
    assert sides(o, "Petrov and An discussed gas supplies, trade and energy.") == [R, J]
    assert sides(o, "Petrov and An discussed gas, and Belov attended the talks.") == [R, J]
    assert sides("Russian Minister of Labour, Welfare and Housing Maxim Orlov and Vietnamese Minister of "
                 "Labour, Invalids and Social Affairs Dao Thi Mai agreed to protect workers.") == [J]
    assert sides(o, "The Vietnamese side welcomed the plan, and the Russian side offered loans.") == [R, V]


def test_probe16_an_officer_of_a_state_body_named_by_its_side():
    # probe 16: "the chairman of the Russian parliament": the body's side adjective gives the side
    o = "State Duma Chairman Ivan Petrov held talks with Vietnamese Ambassador Nguyen Van An."
    assert speakers(o, "The chairman of the Russian parliament proposed a forum.")[1] == ("Ivan Petrov", R)
    assert sides(o, "The head of the Vietnamese parliament proposed a forum.") == [N, V]
    # must not touch: a body of both sides, a project
    assert sides(o, "The chairman of the Russian-Vietnamese friendship society proposed a forum.",
                 "The head of the Russian project proposed a forum.") == [N, N, N]


def test_probe16_the_press_service_of_a_body_of_a_side():
    # probe 16: "the Vietnamese embassy's press service said": the body's voice takes the body's side
    o = "The Vietnamese Embassy in Moscow hosted a reception, Vietnamese Ambassador Nguyen Van An said."
    assert sides(o, "The Vietnamese embassy's press service said talks went well.",
                 "The Russian government's press service said talks went well.") == [V, V, R]
    # must not touch: a body of no side the text gave, and a press service that only acts
    assert sides(o, "The company's press service said talks went well.",
                 "The delegation's press service visited the plant.") == [V, N, N]


def test_review26_putting_it_with_a_particle_or_reading_a_text_out_is_no_speech():
    # fixes (spk15's "as X put it"): "put it into practice", "put it on hold" are deeds, not wording;
    # and a person who "read that letter" reads a text out ("read that" is a document's wording)
    o = "Russian Foreign Minister Sergei Lavrov visited Hà Nội."
    assert sides(o, "As the minister put it into practice, the plan worked.") == [N, N]
    assert sides(o, "As Lavrov put it on hold, the project stalled.") == [N, N]
    assert sides(o, "Lavrov read that letter aloud at the ceremony.") == [N, N]
    # must not touch: "as X put it" followed by where or to whom, and a document that reads that
    assert sides(o, "As Lavrov put it in his speech, the two nations are old friends.") == [N, R]
    assert sides(o, "As Lavrov put it to reporters, the two nations are old friends.") == [N, R]
    assert sides(o, "Lavrov's letter read that Moscow valued the ties.") == [N, R]


def test_review26_a_date_with_its_year_between_subject_and_verb_is_skipped():
    # fixes (probe 19's date between subject and verb): the date may carry its year
    o = "Russian Foreign Minister Sergei Lavrov visited Hà Nội."
    assert sides(o, "Lavrov on November 20, 2025 said the talks were useful.") == [N, R]
    assert sides(o, "Lavrov on 20 November 2025 said the talks were useful.") == [N, R]
    # must not touch: talks held on a dated day stay narration
    assert sides(o, "Lavrov on November 20, 2025 discussed the plan with his host.") == [N, N]


def test_review26_a_local_leader_after_a_month_or_a_capital_that_opens_the_sentence():
    # fixes (spk15's local leader by the place the sentence opens with): "In March, ..." is a time,
    # no place; a capital has its country's side whatever its spelling
    o = "A Russian delegation visited Việt Nam last week."
    assert sides(o, "In March, the provincial leader thanked the guests.") == [N, N]
    assert sides(o, "In Hanoi, the city leader thanked the guests.") == [N, V]
    # must not touch: a place spelled the Vietnamese way, or not
    assert sides(o, "In Quảng Ninh, the provincial leader thanked the guests.") == [N, V]
    assert sides(o, "In Kazan, the provincial leader thanked the guests.") == [N, R]


# -- round 26a (heldout53: other agencies' copy) -----------------------------------------------------


C = "china"


def _filed(*sentences: str, dateline: str = "", agency: str = "") -> list[str]:
    """Sides of sentences filed from ``dateline`` by ``agency``, as the corpus table gives them."""
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES),
                             datelines={"d": dateline}, agencies={"d": agency})
    return list(out["side"])


def test_r26a_a_vietnamese_given_name_of_two_syllables_is_the_person_named_in_full():
    # fixes: "Lan Anh" of "Nguyễn Thị Lan Anh" is no new person (given the side the text names most)
    o = "Vice Chairwoman Nguyễn Thị Thu Hà received Russian Deputy Minister Ivan Petrov and his delegation."
    assert speakers(o, "Thu Hà said ties were strong.", "She proposed more flights.")[1:] == [
        ("Nguyễn Thị Thu Hà", V), ("Nguyễn Thị Thu Hà", V)]
    assert speakers(o, "Welcoming the guests, Thu Hà said ties were strong.")[1] == ("Nguyễn Thị Thu Hà", V)
    o2 = "Deputy Minister Nguyen Thi Minh Chau received Russian Deputy Minister Ivan Petrov in Hanoi."
    assert speakers(o2, "Minh Chau said ties were strong.")[1] == ("Nguyen Thi Minh Chau", V)
    # must not touch: the same given name after another surname is another person
    assert speakers(o, "Director Hoàng Thu Hà said ties were strong.")[1][0] == "Hoàng Thu Hà"


def test_r26a_attributing_a_cause_is_speech():
    # fixes: "He attributed the growth to ...": the speaker's reading of a cause
    o = "Russian Ambassador Ivan Petrov said tourist flows had tripled."
    assert sides(o, "He attributed the growth to new direct flights.") == [R, R]
    assert sides(o, "Petrov ascribed the rise to lower fares.") == [R, R]
    # must not touch: the passive with no one named
    assert sides(o, "The growth was attributed to new direct flights.") == [R, N]


def test_r26a_a_firm_named_by_a_noun_of_its_kind():
    # fixes: "Russia's flag carrier X ... the airline's press service said", then "the press service said"
    o = "Russian carrier Azur Air will fly to Phu Quoc from May, the airline's press service said."
    assert sides(o, "Flights will run twice a week, the press service said.") == [R, R]
    assert sides("Russia's largest carrier Pobeda will add flights.", "The airline said demand was high.") == [N, R]
    # must not touch: carriers of two sides, a firm of another kind, no side given
    assert sides("Russian carrier Azur Air and Vietnamese carrier Vietjet signed a deal.",
                 "The airline said demand was high.") == [N, N]
    assert sides("Russian energy company Novatek signed a deal.", "The airline said demand was high.") == [N, N]
    assert sides("Azur Air will fly to Phu Quoc, the airline's press service said.") == [N]


def test_r26a_an_association_named_with_its_country_after_a_second_of():
    # fixes: "the Association of Tour Operators of Russia ... The association noted that ..."
    o = "According to the Association of Seafood Exporters of Vietnam, sales to Russia rose."
    assert sides(o, "The association noted that demand was strong.") == [V, V]
    # must not touch: an association named with no country
    assert sides("According to the Association of Seafood Exporters, sales to Russia rose.",
                 "The association noted that demand was strong.") == [N, N]


def test_r26a_a_body_named_bare_is_of_the_copy_s_agency_country():
    # fixes: TASS copy filed from Hanoi names Russia's own fleet bare ("the fleet's press service")
    o = ("Russian and Vietnamese officers met in Hanoi. Meanwhile, three Baltic Fleet ships arrived in "
         "Da Nang, the fleet's press service said.")
    assert _filed(o, dateline="HANOI", agency="TASS") == [N, R]
    assert _filed(o, dateline="MOSCOW", agency="VNA") == [N, V]
    # must not touch: no agency (the dateline's country, as before), a fleet named with a country
    assert _filed(o, dateline="HANOI") == [N, V]
    assert _filed("Russian and Vietnamese officers met in Hanoi. Meanwhile, three Indian Navy ships arrived "
                  "in Da Nang, the navy's press service said.", dateline="HANOI", agency="TASS") == [N, N]


def test_r26a_a_body_named_by_a_place_of_a_side():
    # fixes: "according to Nanning Customs", "The Guangxi Department of Commerce said": a listed city,
    # or a place the text tied to a side ("China's Guangxi"), opening a body's name
    o = "Trade between China and Vietnam rose, according to Nanning Customs."
    assert sides(o, "The Vladivostok City Administration said more flights were planned.") == [C, R]
    assert sides("Prices rose, the Moscow State University said.") == [R]
    assert sides("Trade between south China's Yunnan Province and Vietnam rose.",
                 "The Yunnan Department of Commerce said it would hold fairs.") == [N, C]
    assert sides("Lang Son, Vietnam, sent fruit to China.", "The Lang Son Department of Trade said sales rose.") == [N, V]
    # must not touch: a place the text tied to no side, a place with no body's head
    assert sides("Trade between China and Vietnam rose.",
                 "The Guangxi Department of Commerce said it would hold fairs.") == [N, N]
    assert sides("Trade between China and Vietnam rose.", "Nanning Airport said it would add flights.") == [N, N]


def test_r26a_an_agreement_placed_in_a_past_year_is_background():
    # fixes: "China and Vietnam agreed in 2024 to ..." in a later report: the narrator's background
    o = "Trade between Russia and Vietnam rose in May."
    assert sides(o, "Russia and Vietnam agreed in 2024 to build a railway.") == [N, N]
    assert sides(o, "Russia and Vietnam agreed in March 2023 to build a railway.") == [N, N]
    assert sides(o, "Russia and Vietnam agreed last year to build a railway.") == [N, N]
    assert sides(o, "In 2019, Russia and Vietnam agreed to build a railway.") == [N, N]
    # must not touch: the agreement reported as the news, on a day or with no time, or one person
    assert sides(o, "Russia and Vietnam agreed to build a railway.") == [N, J]
    assert sides(o, "Russia and Vietnam on Monday agreed to build a railway.") == [N, J]
    assert sides(o, "Russia and Vietnam agreed in Hanoi to build a railway.") == [N, J]
    assert sides("Russian Minister Ivan Petrov met his Vietnamese counterpart.",
                 "Petrov said in 2024 that the railway mattered.") == [N, R]


# -- round 26b (heldout55: speakers in TASS and company copy) -----------------------------------------


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


def test_r26b_a_firm_named_bare_whose_press_service_speaks_in_an_agency_s_copy():
    # fixes: "Glavkosmos press service said" in TASS copy (was narrator), then "the press service said",
    # "According to Glavkosmos"; "X plans ..., the company's press service told TASS" (the lead's subject)
    o = "Russia and Vietnam are discussing a launch, the Glavkosmos press service said."
    assert _filed(o, '"Our partners are keen," the press service said.',
                  "According to Glavkosmos, engineers finished training.", agency="TASS") == [R, R, R]
    o2 = "Gazpromneft plans to drill on the Vietnamese shelf, the company's press service told TASS."
    assert _filed(o2, "According to the company, output rose.", agency="TASS") == [R, R]
    # fixes: a firm of a side word's press service ("the Russian company's press service told TASS")
    assert _filed("Sovcomflot is in talks with Vietnamese firms, the Russian company's press service said.",
                  '"Vietnam is a growing market," the press service said.') == [R, R]
    # must not touch: no agency (a firm named bare is of no side), an agency's own press service
    assert _filed(o, '"Our partners are keen," the press service said.') == [N, N]
    assert _filed(o2, "According to the company, output rose.") == [N, N]
    assert _filed("Vietnam and Laos signed a deal, the TASS press service said.", agency="TASS") == [N]


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


def test_r26b_with_people_voicing_it_in_an_absolute_clause():
    # fixes: "..., with leaders of both countries hailing it as a flagship" (was narrator)
    assert sides("The venture marked its 40th anniversary, with leaders of both countries hailing it as a flagship.") == [J]
    assert sides("The plant opened, with officials of the two countries praising it as a model.") == [J]
    # must not touch: people doing something else
    assert sides("The plant opened, with officials of the two countries attending.") == [N]
    assert sides("The plant opened, with officials of the two countries touring the site.") == [N]


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


def test_review27_a_new_group_and_another_bodys_seat_in_a_place():
    # fixes: "a group of students" named after a firm makes "the group" those people, not the firm
    assert sides("Russian oil company Rosneft signed a deal in Hanoi.", "A group of Vietnamese students visited it.",
                 "The group said it was impressed.") == [N, N, N]
    # fixes: the office or bureau of another body in a listed capital is no body of the capital's side
    assert sides("Vietnamese Prime Minister Phạm Minh Chính visited Moscow.",
                 "The Moscow Bureau of Reuters reported the talks.") == [N, N]
    # must not touch: the firm's kin noun with no new group; a body of the capital itself
    assert sides("Russian oil company Rosneft signed a deal in Hanoi.", "The group said output would grow.") == [N, R]
    assert sides("Vietnamese Prime Minister Phạm Minh Chính visited Moscow.",
                 "The Moscow City Council said it would host a festival.") == [N, R]


# --- probe 22: a place's abbreviation in a speaker's title ---------------------------------------
def test_probe22_saint_abbreviated_inside_a_title():
    # fixes: "of St. Petersburg" between a title and the name (the full stop ended the title)
    assert speakers("Deputy Governor of St. Petersburg Anna Kuzmina said the city would host a fair.")[0][0] == (
        "Anna Kuzmina")
    # must not touch: a title with no name after it stays nobody's
    assert speakers("The Governor of St. Petersburg said the city would host a fair.")[0][0] == "narrator"


def test_probe22_acronym_of_a_long_sided_name():
    # fixes: an acronym defined after a side's body whose name runs past eight keys
    assert sides("Prices are rising, according to the Vietnam Association of Coffee Growers and Traders of the Central "
                 "Highlands (VACGT).",
                 "Shipments to Russia doubled, VACGT said.") == [V, V]
    # must not touch: an acronym after a name with no side word
    assert sides("Prices are rising, according to the Association of Coffee Growers and Traders (ACGT).",
                 "Shipments to Russia doubled, ACGT said.")[1] == N


# --- International bodies in agency copy (review 28 leftover) -------------------------------------
# Round 26b gives a person or body of no side in a national agency's copy the agency's country; an
# intergovernmental body (actors.yml ``international_bodies``) is of no country. Copy of TASS naming
# only Vietnam and Russia (or only Vietnam), sentences written for the check.
_INTL_COPY = "Russia will help Vietnam build a nuclear research centre."
_INTL_VN_ONLY = "Vietnam will build a nuclear research centre."


def _filed_speakers(*sentences: str, agency: str = "TASS") -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(split_sentences(docs), actors=load_actors(sides=SIDES), agencies={"d": agency})
    return list(zip(out["speaker"], out["side"], strict=True))


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


def test_intl_a_body_named_with_an_international_body_takes_no_side_of_the_agency():
    # fixes: "the WHO press service", "the UNESCO press service", "the IAEA's press service" (were Russia:
    # r26b's bare body in an agency's copy)
    for body in ("the WHO press service", "the UNESCO press service", "the IAEA's press service"):
        assert _filed(f"Vietnam's clinics will get new equipment, {body} said.", agency="TASS") == [N]
    # must not touch: a bare home body ("the Roscosmos press service": Russia); "Who" opening a question
    assert _filed("Vietnam's clinics will get new equipment, the Roscosmos press service said.", agency="TASS") == [R]
    assert _filed(_INTL_VN_ONLY, "Who said the plant was safe? Rosatom head Alexei Likhachev said it was.",
                  agency="TASS") == [N, N, R]


def test_intl_posts_to_an_international_body_and_home_people_keep_their_side():
    # must not touch: a firm's person of no side (r26b: Russia); a post to the UN or UNESCO is a
    # country's; a body of the two sides (as before)
    for opening in (_INTL_COPY, _INTL_VN_ONLY):
        assert _filed_speakers(opening, "Rosatom's First Deputy Director General Kirill Komarov said the plant "
                               "was on track.")[1] == ("Kirill Komarov", R)
        assert _filed_speakers(opening, "Vietnamese Ambassador to UNESCO Le Thi Hong Van said the project was "
                               "welcome.")[1] == ("Le Thi Hong Van", V)
        assert _filed_speakers(opening, "The Vietnam-Russia Friendship Association said the project was "
                               "welcome.")[1] == ("The Vietnam-Russia Friendship Association", V)
        # fixes too: the UN between the post and the name is no part of the name (was nobody, narrator)
        assert _filed_speakers(opening, "Russia's Permanent Representative to the UN Vasily Nebenzya said the "
                               "project was welcome.")[1] == ("Vasily Nebenzya", R)
        assert _filed_speakers(opening, "Vietnamese Ambassador to UNESCO Anna Petrova said the project was "
                               "welcome.")[1] == ("Anna Petrova", V)
        # an international body elsewhere in the sentence, or named with a side word
        assert _filed_speakers(opening, "Speaking at the ASEAN summit, Rosatom head Alexei Likhachev said the "
                               "plant was on track.")[1] == ("Alexei Likhachev", R)
        assert _filed(opening, "The Russian UNESCO Commission said the project was welcome.", agency="TASS")[1] == R


# ==== round 27b (heldout54: party relations and high-level contacts) =============================
# module: framing.speakers.discovery


def test_r27b_a_relative_clause_giving_a_post_names_a_person():
    # fixes: ", who heads/chairs/led ...," or ", who is <title> ...," stands for a title in apposition
    opening = "More than 40 parties have gathered in Vladivostok."
    assert speakers(opening, "Opening the event, Konstantin Orlov, who heads the international commission "
                    "of United Russia's General Council, said parties should resist blocs.")[1] == (
        "Konstantin Orlov", R)
    assert speakers(opening, "Opening the event, Konstantin Orlov, who is deputy head of the commission of "
                    "United Russia, said parties should resist blocs.")[1] == ("Konstantin Orlov", R)
    assert speakers(opening, "Sergei Ivanov, who led the United Russia delegation, said ties were "
                    "strong.", "Greeting the guests, Ivanov thanked the CPV for its support.")[1:] == [
        ("Sergei Ivanov", R), ("Sergei Ivanov", R)]
    # must not touch: a relative clause of no post, a plural subject
    assert speakers(opening, "Opening the event, Konstantin Orlov, who was elected last year, said parties "
                    "should resist blocs.")[1] == ("narrator", N)
    assert speakers(opening, "Delegations who lead the talks said nothing new.")[1] == ("narrator", N)


# module: framing.speakers.verbs


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


# module: framing.speakers.sides


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


# module: framing.speakers.attribution


def test_r27b_a_message_signed_by_a_person_is_theirs():
    # fixes: '"...," reads the message signed by X' and '"...," the message signed by X said'
    opening = "The CPRF has sent a message of greetings to the congress of the Communist Party of Vietnam."
    assert speakers(opening, '"Our friendship has withstood every test," reads the message signed by CPRF '
                    'Chairman Yuri Kuznetsov.')[1][1] == R
    assert speakers(opening, '"Our friendship has withstood every test," the message signed by CPRF '
                    'Chairman Yuri Kuznetsov said.')[1][1] == R
    # must not touch: a document delivered by someone, a message of no one named
    assert speakers(opening, "The letter was delivered by Ivan Petrov, a courier, on Monday.")[1] == (
        "narrator", N)
