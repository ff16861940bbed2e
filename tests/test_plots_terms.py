"""Tests of framing.plots.terms: key terms, log-odds and top terms on small hand-made tables."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
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


def keyness_table() -> pd.DataFrame:
    rows = [  # term, count_target, count_reference, g2, p_adjusted, log_ratio, log_odds_z
        ("renew", 4, 0, 6.0, 0.01, 3.2, 2.3),
        ("cpv", 9, 2, 5.6, 0.20, 2.3, 1.3),
        ("foreign", 3, 0, 4.5, 0.20, 2.7, 1.0),
        ("oil", 0, 3, 3.8, 0.20, -2.4, -0.9),
        ("gas", 0, 3, 3.8, 0.20, -2.4, -0.9),
        ("the", 10, 10, 0.0, 1.0, 0.0, 0.0),
    ]
    df = pd.DataFrame(
        rows,
        columns=[
            "term",
            "count_target",
            "count_reference",
            "g2",
            "p_adjusted",
            "log_ratio",
            "log_odds_z",
        ],
    )
    return df.assign(
        display=df["term"].str.upper(),
        direction=np.where(df["log_ratio"] > 0, "target", "reference"),
    )


def test_keyness_shows_top_terms_each_way_with_counts_and_significance():
    fig = plots.textplot_keyness(keyness_table(), n=2, target=P2, reference=P1)
    ax_g, ax_r = fig.axes[:2]
    labels = [t.get_text() for t in ax_g.get_yticklabels()]
    # top 2 by G2 each way; reference side: ties on G2 broken by term (gas < oil), strongest at the bottom
    assert labels == ["RENEW *", "CPV", "OIL", "GAS"]
    assert sorted(round(b.get_width(), 1) for b in bars(ax_g)) == [-3.8, -3.8, 5.6, 6.0]
    assert {"4 / 0", "9 / 2", "0 / 3"} <= set(texts(fig))
    assert any(
        "1 of 6 terms tested significant" in t for t in texts(fig)
    )  # only renew: 0.01 < 0.05


def test_keyness_names_the_groups_from_direction_when_not_given():
    table = keyness_table().assign(
        direction=np.where(keyness_table()["log_ratio"] > 0, "later", "earlier")
    )
    fig = plots.textplot_keyness(table, n=2)
    assert any(t.startswith("Key terms, later against earlier") for t in texts(fig))


def test_log_odds_draws_one_point_per_count_pair():
    fig = plots.textplot_log_odds(keyness_table(), target=P2, reference=P1)
    ax = fig.axes[0]
    offsets = np.concatenate([c.get_offsets() for c in ax.collections])
    # oil and gas share counts (0, 3) and z: 6 terms -> 5 points
    assert len(offsets) == 5
    assert sorted(map(tuple, offsets.tolist())) == sorted(
        [(4.0, 2.3), (11.0, 1.3), (3.0, 1.0), (3.0, -0.9), (20.0, 0.0)]
    )
    assert any(t.startswith("GAS, OIL") for t in texts(fig))
    assert any(f"key in {P2}, |z| ≥ 1.96 (1 terms)" in t for t in texts(fig))


def frequency_table() -> pd.DataFrame:
    freq = pd.DataFrame(
        {
            "term": ["a", "b", "c", "a", "d"],
            "display": ["A", "B", "C", "A", "D"],
            "group": [P1, P1, P1, P2, P2],
            "count": [5, 3, 3, 2, 7],
            "n_tokens": [100, 100, 100, 50, 50],
            "rank": [1, 2, 2, 2, 1],
        }
    )
    freq["rate_per_1000"] = freq["count"] / freq["n_tokens"] * 1000
    return freq


def test_top_terms_one_panel_per_period():
    fig = plots.textplot_top_terms(frequency_table(), n=2)
    a1, a2 = fig.axes[:2]
    assert [t.get_text() for t in a1.get_yticklabels()] == ["A", "B"]  # b and c tie: by term
    assert [t.get_text() for t in a2.get_yticklabels()] == ["D", "A"]
    assert sorted(b.get_width() for b in bars(a2)) == [40.0, 140.0]  # 2/50, 7/50 per 1,000
    assert a1.get_title(loc="left") == f"{P1} (100 tokens)"
    # the group column named by `by`
    fig = plots.textplot_top_terms(
        frequency_table().rename(columns={"group": "period"}), by="period"
    )
    assert fig.axes[0].get_title(loc="left") == f"{P1} (100 tokens)"


def test_missing_column_is_an_input_error_naming_it():
    with pytest.raises(InputError, match="keyness table"):
        plots.textplot_keyness(pd.DataFrame({"term": ["a"]}))


def test_empty_tables_give_a_figure_that_says_so():
    fig = plots.textplot_keyness(keyness_table().iloc[:0])
    assert "no terms tested" in texts(fig)
    fig = plots.textplot_log_odds(keyness_table().iloc[:0])
    assert "no terms tested" in texts(fig)


def test_single_column_figures_stack_their_panels():
    freq = pd.DataFrame(
        {"term": ["a", "b"], "group": [P1, P2], "count": [2, 3], "rate_per_1000": [4.0, 6.0]}
    )
    wide = plots.textplot_top_terms(freq, figsize=(7, 3))
    narrow = plots.textplot_top_terms(freq, figsize=(3.5, 5))
    for fig in (wide, narrow):
        fig.draw_without_rendering()
    (w1, w2), (n1, n2) = [[ax.get_position() for ax in fig.axes[:2]] for fig in (wide, narrow)]
    assert w1.x1 < w2.x0 and w1.y0 == pytest.approx(w2.y0)  # side by side
    assert n1.y0 > n2.y1 and n1.x0 == pytest.approx(n2.x0)  # stacked
    # titles wrap to the width: about 13 characters per inch -> 45 at 3.5 in
    assert all(len(line) <= 45 for line in narrow.get_suptitle().split("\n"))
