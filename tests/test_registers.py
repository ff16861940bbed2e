"""Register counts of notebook 05 (framing.report.notebook.register_counts): every term of every
register matched at once, leftmost-longest, so that no stretch of text counts for two terms."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.concordance import kwic
from framing.config import load_study
from framing.errors import AnalysisError
from framing.report.notebook import load_registers, register_counts

TARGET, REFERENCE = "2026-02", "2025-10"


@pytest.fixture(scope="module")
def analysis():
    return framing.analyse(framing.load_corpus(), study=load_study())


def test_a_title_of_two_terms_counts_once(analysis):
    # issue 15: "the register table says non-overlapping but counts 'Minister of Foreign Affairs'
    # as both 'minister' and 'foreign affairs'"
    counts = register_counts(analysis).set_index("term")
    assert list(counts.columns[:2]) == ["register", "kind"]
    assert list(counts.columns[2:]) == [REFERENCE, TARGET]
    # February: "Minister of Foreign Affairs Lê Hoài Trung" (the title, once), "The foreign
    # minister affirmed" (minister), "For the first time, foreign affairs ..." (foreign affairs)
    assert counts.loc["Minister of Foreign Affairs", TARGET] == 1
    assert counts.loc["minister", TARGET] == 1 and counts.loc["foreign affairs", TARGET] == 1
    # one concordance per term (the defect) finds the title's two words again
    feb = analysis.docs.loc[analysis.docs["period"] == TARGET, "doc_id"]
    for term in ("minister", "foreign affairs"):
        lines = kwic(analysis, term, window=1)
        assert lines["doc_id"].isin(feb).sum() == 2
    totals = counts.groupby("register")[[REFERENCE, TARGET]].sum()
    assert totals.loc["state"].tolist() == [8, 6] and totals.loc["party"].tolist() == [3, 24]


def test_no_stretch_of_text_counts_for_two_terms(analysis):
    # every match of every term, found one concordance per term: the register counts equal the
    # leftmost-longest choice among them, so overlapping matches are counted once
    registers = load_registers()
    spans = []
    for kinds in registers.values():
        for terms in kinds.values():
            for t in terms:
                for r in kwic(analysis, t, window=1).itertuples():
                    spans.append((str(r.doc_id), int(r.start), int(r.end), t))
    kept, last_end = [], {}
    for doc, start, end, term in sorted(spans, key=lambda s: (s[0], s[1], -(s[2] - s[1]))):
        if start >= last_end.get(doc, -1):
            kept.append(term)
            last_end[doc] = end
    assert len(kept) < len(spans)  # there were overlaps to resolve
    counts = register_counts(analysis)
    assert int(counts[[REFERENCE, TARGET]].to_numpy().sum()) == len(kept)
    assert counts.set_index("term")[[REFERENCE, TARGET]].sum(axis=1).to_dict() == {
        t: kept.count(t) for t in counts["term"]
    }


def test_terms_that_match_alike_are_an_error(analysis):
    with pytest.raises(AnalysisError, match="matches like 'minister'"):
        register_counts(analysis, {"state": {"a": ["minister"], "b": ["Ministers"]}})
    with pytest.raises(AnalysisError, match="has no words"):
        register_counts(analysis, {"state": {"a": [" - "]}})
    only = register_counts(analysis, {"state": {"a": ["state"]}}, periods=[TARGET])
    assert isinstance(only, pd.DataFrame) and list(only.columns) == ["register", "kind", "term", TARGET]
