"""Speaker attribution end to end: the two study reports attributed by hand, their sides and rules,
and the study's sides through ``framing.analyse``.

The rules are tested one module at a time, in ``tests/test_speakers_<module>.py`` (one file per module of
``framing.speakers``); a rule's test is found by its name (``data/evaluation/RULES.md``). Shared helpers
and data are in ``tests/speakers_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
from speakers_helpers import HAND, J, N, R, V

from framing.lexicons import load_actors
from framing.speakers import SPEAKER_COLUMNS, attribute_speakers
from framing.tokens import split_sentences

# --- the two reports, attributed by hand ---


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


# --- the actors list ---


def test_study_sides_reach_the_speakers_through_analyse(study):
    import framing

    docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
                         "text": ["Russian Deputy Prime Minister Ivan Petrov said energy matters."]})
    a = framing.analyse(docs, study=dataclasses.replace(study, actors=None))
    assert list(a.mentions["side"]) == [R]
