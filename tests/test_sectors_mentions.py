"""Tests of :mod:`framing.sectors.mentions`: the automaton windows, the mentions table (:func:`find_sector_mentions`) and the audit table (:func:`rejected_mentions`).

Each test sits in the file of the module whose rule decides its assertion. The tests are ordered by
rule, in the order the module defines them (a ``# === rule:`` line names the function; "other rules"
where none stands out), and a ``# ---`` comment names the round or probe that added each group.
End-to-end tests over the two study reports are in ``tests/test_sectors.py``; shared helpers in
``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import pandas as pd
import pytest
from sectors_helpers import _docs

import framing
from framing.config import load_study
from framing.errors import AnalysisError
from framing.sectors import MENTION_COLUMNS, find_sector_mentions

# === rule: `_automaton_plan` ===================================================================
# --- the rules of issue 13 ---


def test_no_mentions_gives_an_empty_table_with_the_columns():
    out = find_sector_mentions(_docs("Nothing to see here.", ""))
    assert out.empty and list(out.columns) == MENTION_COLUMNS


# === rule: `automaton_windows` =================================================================
# --- the rules of issue 13 ---


def test_n_jobs_is_accepted_and_ignored(docs):
    serial = find_sector_mentions(docs)
    pd.testing.assert_frame_equal(find_sector_mentions(docs, n_jobs=2, chunk_size=1), serial)
    pd.testing.assert_frame_equal(find_sector_mentions(docs, n_jobs=None), serial)
    with pytest.raises(AnalysisError, match="n_jobs"):
        find_sector_mentions(docs, n_jobs=0)
    with pytest.raises(AnalysisError, match="method"):
        find_sector_mentions(docs, method="regex")


def test_sentences_given_or_not_give_the_same_mentions(docs, analysis):
    study = load_study()
    from framing.lexicons import load_actors

    actors = load_actors(study.actors, sides=study.sides)
    alone = find_sector_mentions(docs, actors=actors)
    pd.testing.assert_frame_equal(
        alone.drop(columns=["period"]),
        analysis.mentions[MENTION_COLUMNS].drop(columns=["period"]),
        check_dtype=False,
    )


# === rule: `_check_texts` ======================================================================
# --- rejected_mentions ---


def test_rejected_mentions_by_hand():
    from framing.sectors import REJECTED_COLUMNS, rejected_mentions

    docs = pd.DataFrame({
        "doc_id": ["b", "a", "c"],  # corpus order, not sorted by id
        "period": ["p"] * 3,
        "text": [
            # "A " = 2, "military parade" = 15; 42 characters to "The ", so "CPRF" starts at 46
            "A military parade was held on Red Square. The CPRF leaders discussed cooperation.",
            # "The Ministry of " = 16; " signed a deal with the " = 24 after "Education" (16-25)
            "The Ministry of Education signed a deal with the port of Vladivostok.",
            "Energy ties grew.",  # a mention, nothing dropped
        ],
    })
    got = rejected_mentions(docs)
    assert list(got.columns) == REJECTED_COLUMNS
    assert got.values.tolist() == [
        ["b", "", 2, 17, "military parade", "exclusion", "military parade"],
        ["b", "party", 46, 80, "{party} {word} {word} {relation}", "no-link", "CPRF leaders discussed cooperation"],
        ["a", "education", 16, 25, "education", "inside-name", "Education"],
        ["a", "transport", 49, 53, "ports", "named-place", "port"],
    ]
    assert str(got["start"].dtype) == str(got["end"].dtype) == "int32"
    none = rejected_mentions(docs.iloc[2:])
    assert list(none.columns) == REJECTED_COLUMNS and len(none) == 0
    assert framing.rejected_mentions is rejected_mentions


def test_rejected_mentions_takes_the_lexicon_given(tmp_path):
    from framing.sectors import rejected_mentions

    own = tmp_path / "own.yml"
    own.write_text("sectors:\n  - id: growth\n    label: Growth\n    terms: [education]\n", encoding="utf-8")
    docs = _docs("The Ministry of Education signed a deal.")
    assert rejected_mentions(docs, lexicon=own)[["sector", "start", "end", "check"]].values.tolist() == [
        ["growth", 16, 25, "inside-name"]
    ]


# === rule: `_sentences_by_doc` =================================================================
# --- rejected_mentions ---


def test_rejected_mentions_over_the_study_corpus(docs, analysis, mentions):
    from framing.sectors import rejected_mentions
    from framing.sectors.checks import CHECKS

    before = mentions.copy()  # the fixture is built before the audit
    got = rejected_mentions(docs)
    pd.testing.assert_frame_equal(got, rejected_mentions(docs))  # deterministic
    for after in (find_sector_mentions(docs, sentences=analysis.sentences), find_sector_mentions(docs, actors=analysis.actors)):
        pd.testing.assert_frame_equal(after, before)  # the audit changes no mention
    pd.testing.assert_frame_equal(framing.analyse(docs, study=load_study()).mentions, analysis.mentions)
    assert len(got) > 0
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    names = {c.name for c in CHECKS} | {"no-link", "exclusion"}
    for row in got.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(texts[row.doc_id])
        assert row.text == texts[row.doc_id][row.start : row.end]
        assert row.check in names and (row.sector == "") == (row.check == "exclusion")
    order = list(docs["doc_id"])
    keys = [(order.index(d), a) for d, a in zip(got["doc_id"], got["start"], strict=True)]
    assert keys == sorted(keys)


# === rule: other rules =========================================================================
# --- the rules of issue 13 ---


def test_memoized_sentence_splitter_equals_split_sentences(docs):
    from framing.tokens import sentence_spans as _sentence_spans
    from framing.tokens import split_sentences

    tricky = (
        "Mr. Putin met Dr. Lâm. He said: \u201cYes!\u201d (Sent1.) Sent2. Wait... next one. U.S. "
        "firms grew 2.5 per cent. J. Bach wrote it. Is it? Yes!\n\n  New para.  \n \nLast one"
    )
    texts = [*docs["text"], tricky, tricky.upper(), ""]
    ref = split_sentences(_docs(*texts))
    for i, text in enumerate(texts):
        mine = [(p, a, b) for p, a, b in _sentence_spans(text)]
        sub = ref[ref["doc_id"] == f"d{i}"]
        assert mine == list(zip(sub["paragraph_id"], sub["start"], sub["end"], strict=True))


# --- rejected_mentions ---


def test_rejected_mentions_bad_docs_is_one_error():
    from framing.sectors import rejected_mentions

    with pytest.raises(AnalysisError, match="text"):
        rejected_mentions(pd.DataFrame({"doc_id": ["d"]}))
    with pytest.raises(AnalysisError, match="document 'd'"):
        rejected_mentions(pd.DataFrame({"doc_id": ["d"], "text": [None]}))
