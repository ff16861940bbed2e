"""Tests of framing.plots.topics: topic terms, proportions and k selection on hand-made tables."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from framing import plots
from framing.errors import InputError
from framing.lexicons import load_lexicon
from framing.plots import FALLBACK_COLOURS, PERIOD_COLOURS

P1, P2 = "2025-10", "2026-02"


def texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(mpl.text.Text)]
    return [t for t in out if t]


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


@pytest.fixture(scope="module")
def lexicon():
    """What the reporting layer passes: the lexicon's labels and colours."""
    lex = load_lexicon()
    return {"labels": lex.labels(), "colours": lex.colours()}


def topic_terms_table() -> pd.DataFrame:
    rows = []
    for method in ("nmf", "seeded"):
        for topic in (1, 2):
            for rank in (1, 2, 3):
                rows.append(
                    (
                        method,
                        topic,
                        rank,
                        f"t{topic}{rank}",
                        1.0 / rank,
                        method == "seeded" and rank == 1,
                        "party" if topic == 1 else "energy",
                        0.9,
                    )
                )
    return pd.DataFrame(
        rows, columns=["method", "topic", "rank", "term", "weight", "seed", "sector", "stability"]
    )


def test_topic_terms_one_panel_per_method_and_topic(lexicon):
    fig = plots.textplot_topic_terms(topic_terms_table(), n=2, **lexicon)
    panels = [ax for ax in fig.axes if ax.get_visible() and bars(ax)]
    assert len(panels) == 4
    titles = [ax.get_title(loc="left") for ax in panels]
    assert titles[0] == "Seeded · topic 1 · stab. 0.90\nInter-party relations"  # seeded first
    assert titles[2].startswith("NMF · topic 1")
    first = panels[0]
    assert [t.get_text() for t in first.get_yticklabels()] == ["t11", "t12"]
    assert [t.get_fontweight() for t in first.get_yticklabels()] == ["bold", "normal"]
    assert [b.get_width() for b in bars(first)] == [1.0, 0.5]
    assert mpl.colors.to_hex(bars(first)[0].get_facecolor()) == lexicon["colours"]["party"].lower()
    fig = plots.textplot_topic_terms(topic_terms_table(), method="nmf")
    assert len([ax for ax in fig.axes if bars(ax)]) == 2
    with pytest.raises(InputError, match="no method 'lda'"):
        plots.textplot_topic_terms(topic_terms_table(), method="lda")


def test_topic_terms_without_lexicon_options_use_ids_and_fallback_colours():
    table = topic_terms_table().assign(seed_sector="")  # unseeded: the dominant sector counts
    table.loc[table["topic"] == 2, "sector"] = None  # a topic without a sector
    fig = plots.textplot_topic_terms(table, method="seeded")
    one, two = [ax for ax in fig.axes if bars(ax)]
    assert one.get_title(loc="left").endswith("\nparty")
    assert mpl.colors.to_hex(bars(one)[0].get_facecolor()) == FALLBACK_COLOURS[0].lower()
    assert "\n" not in two.get_title(loc="left")
    assert mpl.colors.to_hex(bars(two)[0].get_facecolor()) == PERIOD_COLOURS[0].lower()


def test_topic_proportions_points_and_intervals_per_period():
    prop = pd.DataFrame(
        {
            "method": "nmf",
            "topic": [1, 1, 2, 2],
            "period": [P1, P2, P1, P2],
            "mean": [0.4, 0.5, 0.6, 0.5],
            "lower": [0.1, 0.2, 0.3, 0.25],
            "upper": [0.7, 0.8, 0.9, 0.75],
            "n_passages": [8, 9, 8, 9],
        }
    )
    for table, by in ((prop, "period"), (prop.rename(columns={"period": "wave"}), "wave")):
        fig = plots.textplot_topic_proportions(table, by=by)
        ax = fig.axes[0]
        intervals = sorted(
            tuple(ln.get_xdata())
            for ln in ax.lines
            if len(ln.get_xdata()) == 2 and ln.get_marker() in ("None", "", None)
        )
        assert intervals == [(0.1, 0.7), (0.2, 0.8), (0.25, 0.75), (0.3, 0.9)]
        assert {f"{P1}, 8 passages", f"{P2}, 9 passages"} <= set(texts(fig))


def test_k_selection_one_line_per_method_and_measure():
    sel = pd.DataFrame(
        {
            "method": ["nmf"] * 3 + ["lda"] * 3,
            "k": [2, 3, 4] * 2,
            "coherence": [0.1, 0.3, 0.2, 0.0, 0.1, 0.05],
            "diversity": [1.0, 0.9, 0.8, 1.0, 0.95, 0.7],
            "stability": [1.0, 0.97, 0.8, 0.4, 0.41, 0.3],
            "chosen": [False, True, False, False, True, False],
        }
    )
    fig = plots.textplot_k_selection(sel)
    panels = fig.axes[:3]
    assert [ax.get_title(loc="left") for ax in panels] == [
        "Coherence (mean NPMI)",
        "Diversity (unique top terms)",
        "Stability (mean Jaccard)",
    ]
    for ax in panels:
        series = [ln for ln in ax.lines if len(ln.get_xdata()) == 3]
        assert len(series) == 2
        circled = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
        assert [float(ln.get_xdata()[0]) for ln in circled] == [3.0, 3.0]
    assert any("chosen k = 3" in t for t in texts(fig))
