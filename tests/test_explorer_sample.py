"""The explorer at scale (issue 16): per-document material for a bounded, seeded, stratified sample.

A corpus whose texts fit :data:`framing.report.explorer.MAX_CHARS` is embedded whole, its page
unchanged; a larger one gets the texts, sentences, keys, lines, mentions and aligned statements of a
sample of its documents, drawn per group, while every count and statistic stays complete, and the
page says so.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

import framing
from framing.report.explorer import (
    MAX_CHARS,
    _template,
    embed_json,
    explorer_data,
    render_explorer,
    sample_documents,
    select_blocks,
)

# Three periods of six reports each; lengths differ so that the budget cuts through a group.
PERIODS = ["2021-01", "2021-02", "2021-03"]
PHRASES = [
    "Both sides agreed to boost energy cooperation and trade.",
    "The two countries will expand education exchanges.",
    "They discussed nuclear power and oil and gas projects.",
    "The leaders praised the mutually beneficial cooperation in defence.",
    "Culture and tourism ties grew, the minister said.",
    "Trade reached a record and investment rose.",
]


def _corpus() -> pd.DataFrame:
    rows = []
    for p, period in enumerate(PERIODS):
        for i in range(6):
            words = " ".join(f"{period[-1]}word{i}x{j}" for j in range(i + 1))  # words of one report
            text = " ".join(PHRASES[(i + k + p) % len(PHRASES)] for k in range(1 + i % 3)) + f" Also {words}."
            rows.append((f"{period}-r{i}", period, pd.Timestamp(f"{period}-{10 + i}"), text))
    return pd.DataFrame(rows, columns=["doc_id", "period", "date", "text"])


@pytest.fixture(scope="module")
def analysis():
    return framing.analyse(_corpus())


#: A budget well under the corpus's characters, so that every group is sampled.
BUDGET = 1200


@pytest.fixture(scope="module")
def sampled(analysis):
    return explorer_data(analysis, max_chars=BUDGET, seed=0)


@pytest.fixture(scope="module")
def whole(analysis):
    return explorer_data(analysis, max_chars=None)


def _lines(data, occ):
    """Occurrences as (doc_id, start, end), whatever the sentence numbering of the page."""
    s = data["sentences"]
    return sorted((data["docs"][s["doc"][o[0]]]["doc_id"], o[1], o[2]) for o in occ)


def test_sample_is_deterministic_stratified_and_within_budget(analysis):
    docs = analysis.docs
    keep = sample_documents(analysis, max_chars=BUDGET, seed=0)
    assert keep.equals(sample_documents(analysis, max_chars=BUDGET, seed=0))  # same seed, same sample
    assert sorted(docs.loc[keep, "doc_id"]) == [
        "2021-01-r1", "2021-01-r2", "2021-02-r0", "2021-02-r1", "2021-03-r1", "2021-03-r2",
    ]
    assert not keep.equals(sample_documents(analysis, max_chars=BUDGET, seed=1))  # the seed matters
    chars = docs["text"].str.len()
    total = int(chars.sum())
    assert total == 2607 > BUDGET
    for g in PERIODS:
        mine = docs["period"] == g
        taken = chars[mine & keep]
        assert len(taken) >= 1  # every group has lines
        share = BUDGET * chars[mine].sum() / total
        assert taken.sum() <= share or len(taken) == 1  # within its share (or its one document)
    # a budget the corpus fits, or none, embeds every document
    assert sample_documents(analysis, max_chars=total).all()
    assert sample_documents(analysis, max_chars=None).all()
    assert sample_documents(analysis).all() and MAX_CHARS > total


def test_a_small_corpus_is_embedded_whole_with_the_page_of_before(analysis, whole):
    d = explorer_data(analysis)  # the default budget
    assert "sample" not in d
    assert embed_json(d) == embed_json(whole)
    assert [x["doc_id"] for x in d["docs"]] == sorted(analysis.docs["doc_id"])
    page = render_explorer(d)
    # the script is the template's without its sample blocks: the page a whole corpus always had
    js = select_blocks(_template("explorer.js"), sampled=False).strip()
    assert f"<script>\n{js}\n</script>" in page
    assert "SAMPLE" not in page and "//#" not in page
    assert "embeds" not in " ".join(d["note"])


def test_sampled_page_says_what_it_holds(analysis, sampled):
    s = sampled["sample"]
    assert (s["docs"], s["of"], s["seed"], s["max_chars"]) == (6, 18, 0, BUDGET)
    assert s["groups"] == [[2, 6], [2, 6], [2, 6]]
    assert sampled["note"][0] == s["text"]
    assert s["text"].startswith("This page embeds 6 of the 18 reports")
    assert "seed 0" in s["text"] and "framing kwic" in s["text"] and "1,200 characters" in s["text"]
    assert [len(g) for g in sampled["period_docs"]] == [2, 2, 2]
    page = render_explorer(sampled)
    js = select_blocks(_template("explorer.js"), sampled=True).strip()
    assert f"<script>\n{js}\n</script>" in page and "var SAMPLE = D.sample;" in js
    assert "//#" not in page
    m = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', page, re.S)
    assert json.loads(m.group(1))["sample"] == s


def test_sampled_counts_stay_complete_and_lines_come_from_the_sample(analysis, sampled, whole):
    kept = {d["doc_id"] for d in sampled["docs"]}
    assert len(kept) == 6 and len(whole["docs"]) == 18
    assert sampled["words"] == whole["words"]
    for a, b in zip(sampled["sectors"], whole["sectors"], strict=True):
        assert (a["id"], a["count"], a["rate"], a["sides"]) == (b["id"], b["count"], b["rate"], b["sides"])
        assert _lines(sampled, a["occ"]) == [x for x in _lines(whole, b["occ"]) if x[0] in kept]
    # every tested term keeps its statistics; its lines are those of the sample
    t, w = sampled["terms"], whole["terms"]
    tested = [i for i in range(len(w["term"])) if w["count_a"][i] + w["count_b"][i] >= 2]
    assert tested and {w["term"][i] for i in tested} <= set(t["term"])
    for i in tested:
        j = t["term"].index(w["term"][i])
        for c in ("count_a", "count_b", "g2", "p_value", "p_adjusted", "log_odds_z"):
            assert t[c][j] == w[c][i], (w["term"][i], c)
        assert _lines(sampled, t["occ"][j]) == [x for x in _lines(whole, w["occ"][i]) if x[0] in kept]
    # the terms seen once, which grow with a corpus, only where the sample has them
    once = [i for i in range(len(t["term"])) if t["count_a"][i] + t["count_b"][i] < 2]
    assert once and all(t["occ"][i] for i in once)
    # the search's keys, the sentences and the report view: sampled documents only
    assert len(sampled["keys"]["docs"]) == 6
    assert {sampled["docs"][k]["doc_id"] for k in sampled["sentences"]["doc"]} == kept
    assert {sampled["docs"][k]["doc_id"] for k in sampled["mentions"]["doc"]} <= kept
    n_mentions = int(analysis.mentions["doc_id"].isin(kept).sum())
    assert len(sampled["mentions"]["doc"]) == n_mentions < len(whole["mentions"]["doc"])
    # formulae: counts of every occurrence
    f, fw = sampled["formulae"], whole["formulae"]
    assert (f["text"], f["count"], f["n_docs"]) == (fw["text"], fw["count"], fw["n_docs"])


def test_sampled_statements_carry_their_sentences(analysis, sampled, whole):
    from framing.alignment import align_statements

    kept = {d["doc_id"] for d in sampled["docs"]}
    table = align_statements(analysis, reference=PERIODS[0], target=PERIODS[-1])
    tdoc, rdoc = table["target_doc_id"], table["reference_doc_id"]
    mine = table[tdoc.isin(kept) | (tdoc.isna() & rdoc.isin(kept))]
    A = sampled["alignment"]
    assert 0 < len(A["label"]) == len(mine) < len(whole["alignment"]["label"])
    assert A["label"] == mine["label"].tolist()
    texts = dict(zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True))
    for side in ("reference", "target"):
        for doc, sid, text, r in zip(A[f"{side}_doc_id"], A[f"{side}_sentence_id"], A[f"{side}_text"],
                                     mine.itertuples(index=False), strict=True):
            if text is None:
                assert pd.isna(getattr(r, f"{side}_doc_id"))
                continue
            start, end = int(getattr(r, f"{side}_start")), int(getattr(r, f"{side}_end"))
            assert (doc, sid, text) == (getattr(r, f"{side}_doc_id"), getattr(r, f"{side}_sentence_id"),
                                        texts[doc][start:end])
    # some partners lie outside the sample: only their text says what they were
    assert any(d is not None and d not in kept for d in A["reference_doc_id"])


def test_tables_already_computed_are_reused_with_the_same_result(analysis, sampled):
    from framing.report.tables import formula_tables, term_tables

    tables = {**formula_tables(analysis), **term_tables(analysis)}
    assert embed_json(explorer_data(analysis, max_chars=BUDGET, seed=0, tables=tables)) == embed_json(sampled)
    # tables of other groups are not used
    other = {**formula_tables(analysis, reference=PERIODS[0], target=PERIODS[1]),
             **term_tables(analysis, reference=PERIODS[0], target=PERIODS[1])}
    assert embed_json(explorer_data(analysis, max_chars=BUDGET, seed=0, tables=other)) == embed_json(sampled)


def test_select_blocks_keeps_one_branch_and_rejects_a_bad_block():
    js = "a\n  //#if sample\nb\n  //#else\nc\n  //#endif\nd\n"
    assert select_blocks(js, sampled=True) == "a\nb\nd\n"
    assert select_blocks(js, sampled=False) == "a\nc\nd\n"
    assert select_blocks("a\n//#if sample\nb\n//#endif\n", sampled=False) == "a\n"
    with pytest.raises(ValueError, match="not closed"):
        select_blocks("//#if sample\nb\n", sampled=True)
    with pytest.raises(ValueError, match="misplaced"):
        select_blocks("//#else\n", sampled=True)
