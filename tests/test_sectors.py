"""Sector mentions end to end: the two study reports against the hand count, the mentions table,
the rule column, the fast key stream against the tokenizer's, and the command line.

The rules are tested one module at a time, in ``tests/test_sectors_<module>.py`` (one file per module of
``framing.sectors``); a rule's test is found by its name (``data/evaluation/RULES.md``). Shared helpers
and data are in ``tests/sectors_helpers.py``, fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import unicodedata

import pytest
from sectors_helpers import HAND_COUNT, HAND_MENTIONS, RAW, M, P

from framing import cli
from framing.lexicons.matching import key_stream as _stream
from framing.sectors import MENTION_COLUMNS
from framing.tokens import key_stream_reference as _stream_reference

# --- the hand count ---


@pytest.mark.parametrize("sector", list(HAND_COUNT))
def test_each_sector_count_matches_the_hand_count(mentions, sector):
    got = mentions[mentions["sector"] == sector].groupby("doc_id", observed=False).size()
    assert (int(got.get(P, 0)), int(got.get(M, 0))) == HAND_COUNT[sector]


def test_totals_match_the_hand_count(mentions):
    assert sum(p for p, _ in HAND_COUNT.values()) == 34
    assert sum(m for _, m in HAND_COUNT.values()) == 26
    assert mentions["doc_id"].value_counts()[P] == 34
    assert mentions["doc_id"].value_counts()[M] == 26


@pytest.mark.parametrize("doc_id", [P, M])
def test_every_mention_matches_the_hand_list(mentions, doc_id):
    mine = mentions[mentions["doc_id"] == doc_id]
    got = list(zip(mine["sentence_id"], mine["sector"], mine["surface"], strict=True))
    assert got == HAND_MENTIONS[doc_id]


def test_mentions_table_columns_offsets_and_order(docs, mentions):
    assert list(mentions.columns) == MENTION_COLUMNS
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for r in mentions.itertuples():
        text = texts[r.doc_id]
        assert text[r.start : r.end] == r.surface
        assert r.rel_position == pytest.approx(r.start / len(text))
    # no overlaps, sorted by doc then start
    for _, g in mentions.groupby("doc_id", observed=True):
        assert (g["start"].to_numpy()[1:] >= g["end"].to_numpy()[:-1]).all()
    assert list(mentions["doc_id"].astype(str).unique()) == [P, M]
    assert set(mentions["period"].astype(str)) == {"2025-10", "2026-02"}


def test_mentions_carry_sentence_paragraph_speaker_and_side(mentions):
    row = mentions[mentions["surface"] == "theory exchanges"].iloc[0]
    # Moscow paragraph 9 = sentence 14: "Russian Communist Party chief Zyuganov agreed ..."
    assert (row["paragraph_id"], row["sentence_id"]) == (9, 14)
    assert (row["speaker"], row["side"]) == ("Gennady Zyuganov", "russia")
    row = mentions[mentions["surface"] == "foreign affairs"].iloc[0]
    assert (row["speaker"], row["side"]) == ("narrator", "narrator")  # "For the first time, ..."
    row = mentions[mentions["surface"] == "cadre training"].iloc[0]
    assert (row["speaker"], row["side"]) == ("Dmitry Medvedev", "russia")  # "This would encompass"


# --- the rules of issue 13 ---


def test_the_rule_column_records_what_matched(mentions):
    assert (mentions["rule"].str.len() > 0).all()
    row = mentions[mentions["surface"] == "relations with the two parties"].iloc[0]
    assert row["rule"] == "party-relation:{relation} with the {party}"
    row = mentions[mentions["surface"] == "security and defence"].iloc[0]
    assert row["rule"] == "term:security + term:defence"


def test_fast_stream_equals_the_tokenizer_based_stream(docs):
    tricky = [
        "Việt Nam–Russia ties; U.S. firms, 1.5 per cent, o'clock, people’s and citizens' travel",
        "science-technology, party-to-party, 2026-2028, well--known, -lead, end-",
        unicodedata.normalize("NFD", "Hồ Chí Minh National Academy of Politics"),
        "soft\u00adhyphen and\u00a0no-break\r\nspace",
    ]
    for text in [*docs["text"], *tricky]:
        assert _stream(text) == _stream_reference(text)


# --- command line ---


def test_cli_mentions_writes_the_csv(capsys):
    assert cli.main(["mentions", "--corpus", str(RAW)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(",".join(MENTION_COLUMNS))
    assert len(lines) == 1 + 60


def test_cli_mentions_bad_corpus_exits_2(tmp_path, capsys):
    assert cli.main(["mentions", "--corpus", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "corpus folder does not exist" in err
