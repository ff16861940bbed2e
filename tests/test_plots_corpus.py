"""Tests of framing.plots.corpus: the corpus overview on a small hand-made table."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from framing import plots
from framing.errors import InputError

P1, P2 = "2025-10", "2026-02"


def texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(mpl.text.Text)]
    return [t for t in out if t]


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def overview_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "period": [P1, P2],
            "n_tokens": [535, 479],
            "n_types": [241, 239],
            "ttr": [0.4505, 0.499],
            "n_sentences": [15, 18],
            "mean_sentence_length": [35.67, 26.61],
            "n_paragraphs": [11, 12],
        }
    )


def test_overview_labels_every_value():
    fig = plots.textplot_corpus_overview(overview_table())
    assert sum(len(bars(ax)) for ax in fig.axes) == 6 * 2
    assert {" 535", " 479", " 0.45", " 0.50", " 35.7", " 26.6"} <= set(texts(fig))
    assert fig.get_suptitle() == "The two reports at a glance"
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [f"a\n({P1})", f"b\n({P2})"]


def test_overview_counts_the_documents_and_takes_the_group_column():
    three = pd.concat([overview_table(), overview_table().iloc[:1].assign(doc_id="c")])
    fig = plots.textplot_corpus_overview(three.rename(columns={"period": "wave"}), by="wave")
    assert fig.get_suptitle() == "The three reports at a glance"
    assert sum(len(bars(ax)) for ax in fig.axes) == 6 * 3


def test_overview_skips_missing_metrics_and_says_when_empty():
    fig = plots.textplot_corpus_overview(overview_table()[["doc_id", "period", "n_tokens"]])
    assert [ax.get_title(loc="left") for ax in fig.axes if ax.axison] == ["Tokens"]
    fig = plots.textplot_corpus_overview(overview_table().iloc[:0])
    assert "no documents" in texts(fig)
    with pytest.raises(InputError, match="lexical-overview table: missing column"):
        plots.textplot_corpus_overview(overview_table().drop(columns=["doc_id"]))


def test_overview_pools_reports_by_group_past_max_docs():
    # 6 reports in two groups with max_docs=4: one bar per group at the mean, whisker min-max
    overview = pd.DataFrame({
        "doc_id": list("abcdef"), "period": ["g1"] * 4 + ["g2"] * 2,
        "n_tokens": [100, 200, 300, 400, 50, 150],
    })
    fig = plots.textplot_corpus_overview(overview, order=["g1", "g2"], max_docs=4)
    ax = next(a for a in fig.axes if a.axison)
    widths = [p.get_width() for p in ax.patches]
    assert widths == [250.0, 100.0]  # means: (100+200+300+400)/4, (50+150)/2
    assert [t.get_text() for t in ax.get_yticklabels()] == ["g1 (4 reports)", "g2 (2 reports)"]
    assert "by group (mean, whisker min–max)" in fig._suptitle.get_text()
    assert "six reports" in fig._suptitle.get_text()
