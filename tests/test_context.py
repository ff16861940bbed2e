"""Tests of framing.context: what each sector mention is about (cooperation with the partner, the
speaker's domestic agenda, or other), by rule from its sentence, checked on every mention of the
study and on sentences written for each rule."""

from __future__ import annotations

import doctest

import pandas as pd
import pytest

import framing
from framing import context as C
from framing.config import load_study
from framing.errors import AnalysisError, LexiconError
from framing.tokens import split_sentences

TARGET, REFERENCE = "2026-02", "2025-10"
P = "2025-10-10-pyongyang"
M = "2026-02-24-moscow"


@pytest.fixture(scope="module")
def analysis():
    return framing.analyse(framing.load_corpus(), study=load_study())


def mentions_of(text: str, *phrases: str, doc="d") -> tuple[pd.DataFrame, pd.DataFrame]:
    """A one-document corpus: its sentences, and a mention at each phrase (sector = the phrase)."""
    docs = pd.DataFrame({"doc_id": [doc], "period": ["p"], "text": [text]})
    sentences = split_sentences(docs)
    rows = []
    for phrase in phrases:
        start = text.index(phrase)
        sid = sentences[(sentences["start"] <= start) & (start < sentences["end"])]["sentence_id"]
        rows.append({"doc_id": doc, "sector": phrase, "start": start, "end": start + len(phrase),
                     "sentence_id": int(sid.iat[0])})
    return pd.DataFrame(rows), sentences


def contexts(text, *phrases):
    m, s = mentions_of(text, *phrases)
    out = C.mention_context(m, s)
    return dict(zip(out["sector"], zip(out["context"], out["context_rule"], strict=True), strict=True))


def test_the_four_rules_in_their_order():
    got = contexts(
        "Both sides agreed to boost inter-party cooperation and cooperation in energy. "
        "He stressed the congress's emphasis on digital transformation. "
        "Cadre training will follow enhanced collaboration. "
        "Health was mentioned.",
        "inter-party cooperation", "energy", "digital transformation", "Cadre training", "Health",
    )
    assert got == {
        # 1. a cue inside the mention
        "inter-party cooperation": ("cooperation", "in mention: cooperation"),
        # 2. the nearest cue before it ("cooperation", not the earlier "agreed to")
        "energy": ("cooperation", "before: cooperation"),
        "digital transformation": ("domestic", "before: congress's emphasis on"),
        # 3. the nearest cue after it
        "Cadre training": ("cooperation", "after: collaboration"),
        # 4. no cue in the sentence
        "Health": ("other", "default"),
    }


def test_cues_match_like_sector_terms():
    # case, curly apostrophes, plurals and hyphens are ignored
    got = contexts("THE CONGRESS’S EMPHASIS ON the growth-models: energy.", "energy")
    assert got["energy"][0] == "domestic"
    got = contexts("They exchanged views on regional issues.", "regional issues")
    assert got["regional issues"] == ("other", "before: exchanged views on")
    # a cue runs past the end of a mention: it counts as after it
    got = contexts("International issues of mutual concern were raised.", "International issues")
    assert got["International issues"] == ("other", "after: issues of mutual concern")


def test_every_mention_of_the_study(analysis):
    m = analysis.mentions
    assert list(m.columns[-2:]) == C.CONTEXT_COLUMNS  # framing.analyse adds them
    counts = m.groupby(["period", "context"]).size().to_dict()
    assert counts == {
        (REFERENCE, "cooperation"): 32,
        (REFERENCE, "other"): 2,
        (TARGET, "cooperation"): 19,
        (TARGET, "domestic"): 6,
        (TARGET, "other"): 1,
    }
    # issue 15: February's six domestic mentions are the Congress's priorities (s2: "the congress's
    # emphasis on transforming the growth model based on science-technology and digital
    # transformation, ... environmental protection"; s3: "foreign affairs, alongside defence and
    # security, has been identified as a key and regular task")
    domestic = m[m["context"] == "domestic"]
    assert sorted(zip(domestic["sentence_id"], domestic["sector"], strict=True)) == [
        (2, "culture"), (2, "economy"), (2, "environment"), (2, "science_technology"),
        (3, "defence_security"), (3, "diplomacy"),
    ]
    assert (domestic["doc_id"] == M).all()
    assert set(domestic["context_rule"]) == {"before: growth model",
                                             "after: has been identified as a key"}
    # talks about third parties: "exchanged views on regional and international issues"
    other = m[m["context"] == "other"]
    assert sorted(zip(other["doc_id"], other["sentence_id"], strict=True)) == [(P, 13), (P, 13), (M, 15)]
    # the fields of cooperation of October ("expand collaboration across major fields such as
    # politics, security and defence, energy and oil and gas, ...")
    s5 = m[(m["doc_id"] == P) & (m["sentence_id"] == 5)]
    assert len(s5) == 7 and set(s5["context_rule"]) == {"before: collaboration"}
    # every mention has a rule that names its cue
    assert m["context_rule"].str.match(r"^(in mention|before|after): .+|default$").all()


def test_the_rows_and_columns_of_the_mentions_are_kept(analysis):
    m = analysis.mentions.drop(columns=C.CONTEXT_COLUMNS)
    out = C.mention_context(m, analysis.sentences)
    pd.testing.assert_frame_equal(out.drop(columns=C.CONTEXT_COLUMNS), m)
    shuffled = m.sample(frac=1, random_state=1)
    again = C.mention_context(shuffled, analysis.sentences)
    assert again.index.tolist() == shuffled.index.tolist()
    pd.testing.assert_series_equal(again["context"].sort_index(), out["context"].sort_index())


def test_rules_from_another_file(tmp_path, analysis):
    path = tmp_path / "contexts.yml"
    path.write_text("default: unknown\ncontexts:\n  domestic: [growth model]\n", encoding="utf-8")
    rules = C.load_contexts(path)
    assert rules.names == ["domestic", "unknown"]
    out = C.mention_context(analysis.mentions, analysis.sentences, rules=path)
    assert out["context"].value_counts().to_dict() == {"unknown": 56, "domestic": 4}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("contexts: {a: [x]}", "exactly the keys"),
        ("default: other\ncontexts: []", "contexts: must map"),
        ("default: other\ncontexts: {a: []}", "non-empty list"),
        ("default: other\ncontexts: {a: ['  ,  ']}", "not a phrase with words"),
        ("default: other\ncontexts: {a: [cooperation], b: [Cooperations]}", "already a cue of a"),
        ("default: [x]\ncontexts: {a: [x]}", "default: must be"),
    ],
)
def test_bad_rules_are_one_line_errors(tmp_path, text, problem):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as err:
        C.load_contexts(path)
    assert "\n" not in str(err.value)


def test_bad_tables(analysis):
    with pytest.raises(AnalysisError, match="mentions"):
        C.mention_context(analysis.mentions.drop(columns="sentence_id"), analysis.sentences)
    with pytest.raises(AnalysisError, match="sentence 99"):
        C.mention_context(analysis.mentions.assign(sentence_id=99), analysis.sentences)
    with pytest.raises(AnalysisError, match="rules"):
        C.mention_context(analysis.mentions, analysis.sentences, rules=42)


def test_docstring_examples_run():
    result = doctest.testmod(C)
    assert result.attempted > 0 and result.failed == 0
