"""Who frames it: speaker attribution rules, on made-up sentences and on the two reports."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.corpus import load_corpus
from framing.errors import InputError
from framing.sectors import LexiconError, find_sector_mentions
from framing.speakers import SPEAKER_COLUMNS, attribute_speakers, load_actors
from framing.tokens import split_sentences

TL, LHT, DM, GZ = "Tô Lâm", "Lê Hoài Trung", "Dmitry Medvedev", "Gennady Zyuganov"
V, R, J, N = "vietnam", "russia", "joint", "narrator"


def speakers(*sentences: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": [" ".join(sentences)]})
    out = attribute_speakers(docs)
    assert len(out) == len(sentences)
    return list(zip(out["speaker"], out["side"], strict=True))


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


def test_reports_attributed_as_by_hand(docs):
    out = attribute_speakers(docs)
    assert list(out.columns) == SPEAKER_COLUMNS
    pd.testing.assert_frame_equal(out[list(split_sentences(docs).columns)], split_sentences(docs))
    for doc_id, expected in HAND.items():
        mine = out[out["doc_id"] == doc_id]
        assert list(zip(mine["speaker"], mine["side"], strict=True)) == expected


def test_side_counts_in_the_reports(docs):
    out = attribute_speakers(docs)
    # Pyongyang: vietnam 4 (s0, s3, s5, s14), russia 3, joint 7, narrator 1
    # Moscow: vietnam 5 (s1, s2, s4, s5, s16), russia 9, joint 1, narrator 3
    counts = out.groupby(["doc_id", "side"], observed=True).size()
    assert counts["2025-10-10-pyongyang"].to_dict() == {J: 7, N: 1, R: 3, V: 4}
    assert counts["2026-02-24-moscow"].to_dict() == {J: 1, N: 3, R: 9, V: 5}


# --- rules on made-up sentences -------------------------------------------------------------


def test_subject_of_a_reporting_verb():
    assert speakers("Tô Lâm said the talks were useful.") == [(TL, V)]
    assert speakers("Medvedev underlined the point.") == [(DM, R)]
    assert speakers("Medvedev arrived in Hanoi.") == [(N, N)]  # not a reporting verb


def test_titles_before_a_name_and_roles():
    assert speakers("Russian Communist Party chief Zyuganov agreed to coordinate.") == [(GZ, R)]
    assert speakers("Party General Secretary Tô Lâm stressed ties.") == [(TL, V)]
    assert speakers("The foreign minister affirmed the plan.") == [(LHT, V)]


def test_inverted_reports():
    assert speakers("Ties are strong, said Medvedev.") == [(DM, R)]
    assert speakers("Trade is growing, Zyuganov said.") == [(GZ, R)]


def test_leading_adverbials_and_appositions_are_skipped():
    assert speakers("At the meeting, Trung said the congress succeeded.") == [(LHT, V)]
    assert speakers("On this occasion, on behalf of the party, Medvedev invited him.") == [(DM, R)]
    assert speakers("Medvedev, Chairman of URP, said ties matter.") == [(DM, R)]


def test_pronouns_and_continuations_take_the_previous_speaker():
    assert speakers("Zyuganov stressed unity.", "He added that more was possible.") == [
        (GZ, R),
        (GZ, R),
    ]
    assert speakers("Both sides agreed to meet.", "They also discussed trade.") == [
        ("both sides", J),
        ("both sides", J),
    ]
    assert speakers("Medvedev proposed a plan.", "This would include training.") == [
        (DM, R),
        (DM, R),
    ]
    # nothing before: a pronoun cannot be resolved
    assert speakers("He said nothing.") == [(N, N)]


def test_joint_subjects():
    assert speakers("Tô Lâm and Medvedev emphasised the friendship.") == [(f"{TL} and {DM}", J)]
    assert speakers("The two sides agreed to meet.") == [("both sides", J)]
    # "the two leaders" are the last two people who spoke: joint only if their sides differ
    assert speakers("Tô Lâm stressed ties.", "Medvedev agreed.", "The two leaders expressed hope.")[
        -1
    ] == (f"{TL} and {DM}", J)
    assert speakers("Medvedev stressed ties.", "Zyuganov agreed.", "Both leaders expressed hope.")[
        -1
    ] == (f"{DM} and {GZ}", R)
    # without two earlier speakers the group keeps its label
    assert speakers("The two leaders expressed hope.") == [("the leaders", J)]


def test_narrator_otherwise():
    assert speakers("The meeting took place in Moscow.", "The invitations were accepted.") == [
        (N, N),
        (N, N),
    ]


# --- the actors list ------------------------------------------------------------------------


def test_packaged_actors():
    act = load_actors()
    assert act.people[TL] == V and act.people[GZ] == R
    assert any(g["label"] == "both sides" and g["side"] == J for g in act.groups)


GOOD = """
people:
  - name: Ann
    side: vietnam
groups:
  - label: both sides
    side: joint
    phrases: [both sides]
reporting_verbs: [said]
"""


@pytest.mark.parametrize(
    "text, message",
    [
        ("people: [\n", "not valid YAML"),
        (GOOD + "colour: red\n", "unknown top-level key(s) colour"),
        (
            GOOD.replace("side: vietnam", "side: korea"),
            "person 'Ann': side must be vietnam or russia",
        ),
        (
            GOOD.replace("    side: joint\n", "    side: joint\n    size: 2\n"),
            "group 'both sides': unknown key(s) size",
        ),
        (GOOD + "openers: [at, on]\n", "'openers': item True is not a word (quote it"),
        (
            GOOD.replace("phrases: [both sides]", "phrases: [Ann]"),
            "group 'both sides': phrase 'ann'",
        ),
    ],
)
def test_bad_actor_lists_fail_with_one_line(tmp_path, text, message):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_actors(path)
    assert isinstance(err.value, InputError)
    assert message in str(err.value) and str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_a_custom_actors_list_is_used(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(GOOD, encoding="utf-8")
    docs = pd.DataFrame(
        {"doc_id": ["d"], "period": ["p"], "text": ["Ann said yes. Medvedev said no."]}
    )
    out = attribute_speakers(docs, actors=path)
    assert list(out["speaker"]) == ["Ann", N]
    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Ann said energy matters."]})
    m = find_sector_mentions(docs, actors=path)
    assert list(zip(m["sector"], m["speaker"], m["side"], strict=True)) == [("energy", "Ann", V)]
