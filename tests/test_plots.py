"""Tests of framing.plots: the house style and every textplot_* function, on small hand-made tables."""

from __future__ import annotations

import itertools
import math

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from framing import plots
from framing.errors import InputError
from framing.plots import (
    PERIOD_COLOURS,
    SECTOR_COLOURS,
    SECTOR_MARKERS,
    SECTORS,
    figure_style,
    period_styles,
)

P1, P2 = "2025-10", "2026-02"


def luminance(hex_colour: str) -> float:
    """Grey value of a colour as printed (ITU-R BT.601 weights, 0 = black, 1 = white)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(mpl.text.Text)]
    return [t for t in out if t]


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


# ---------------------------------------------------------------------------------------------
# style
# ---------------------------------------------------------------------------------------------


def test_every_sector_has_its_own_colour_and_marker():
    assert set(SECTOR_COLOURS) == set(SECTORS) == set(SECTOR_MARKERS)
    assert len(set(SECTOR_COLOURS.values())) == 16
    assert len(set(SECTOR_MARKERS.values())) == 16
    # no two sector colours are near-identical: Euclidean RGB distance; the closest pair is culture
    # #CC79A7 and people #CC6677: sqrt(0 + (0x79-0x66)^2 + (0xA7-0x77)^2) = sqrt(19^2 + 48^2) = 51.6
    rgb = {
        s: np.array([int(c[i : i + 2], 16) for i in (1, 3, 5)]) for s, c in SECTOR_COLOURS.items()
    }
    dists = {
        (a, b): float(np.linalg.norm(rgb[a] - rgb[b]))
        for a, b in itertools.combinations(SECTORS, 2)
    }
    assert min(dists.values()) == pytest.approx(math.sqrt(19**2 + 48**2))
    assert min(dists, key=dists.get) == ("culture", "people")


def test_neighbouring_sectors_differ_in_grey():
    # listed next to each other in every figure, so they must differ when printed in grey
    for a, b in itertools.pairwise(SECTORS):
        assert abs(luminance(SECTOR_COLOURS[a]) - luminance(SECTOR_COLOURS[b])) >= 0.12, (a, b)
    # energy #F0E442: (0.299*240 + 0.587*228 + 0.114*66) / 255 = 213.12 / 255 = 0.836; oil_gas black = 0
    assert luminance(SECTOR_COLOURS["energy"]) == pytest.approx(213.12 / 255)
    assert luminance(SECTOR_COLOURS["oil_gas"]) == 0.0


def test_periods_differ_in_grey_and_hatch():
    # #004488: (0.587*68 + 0.114*136) / 255 = 55.42/255 = 0.217; #DDAA33: 171.683/255 = 0.673
    assert luminance(PERIOD_COLOURS[0]) == pytest.approx(55.42 / 255)
    assert luminance(PERIOD_COLOURS[1]) == pytest.approx(171.683 / 255)
    st = period_styles([P2, P1, P2])  # sorted in time, duplicates ignored
    assert list(st) == [P1, P2]
    assert st[P1]["color"] == PERIOD_COLOURS[0] and st[P1]["hatch"] == ""
    assert st[P2]["color"] == PERIOD_COLOURS[1] and st[P2]["hatch"] != ""
    assert st[P1]["marker"] != st[P2]["marker"]


def test_figure_style_sets_deterministic_output_and_restores():
    before = mpl.rcParams["svg.hashsalt"]
    with figure_style():
        assert mpl.rcParams["pdf.fonttype"] == 42
        assert mpl.rcParams["svg.fonttype"] == "path"
        assert mpl.rcParams["svg.hashsalt"] == "framing"
        assert mpl.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert mpl.rcParams["savefig.dpi"] == 300
    assert mpl.rcParams["svg.hashsalt"] == before
    assert plots.SIZES == {"full": 7.0, "single": 3.5}


# ---------------------------------------------------------------------------------------------
# sector figures
# ---------------------------------------------------------------------------------------------


def summary_table() -> pd.DataFrame:
    # 500 and 400 tokens; rates = count / n_tokens * 1000, e.g. 2 / 500 * 1000 = 4.0
    rows = [
        (P1, "party", 2, 500),
        (P1, "energy", 3, 500),
        (P1, "nuclear", 0, 500),
        (P2, "party", 6, 400),
        (P2, "energy", 0, 400),
        (P2, "nuclear", 1, 400),
    ]
    df = pd.DataFrame(rows, columns=["period", "sector", "count", "n_tokens"])
    return df.assign(rate_per_1000=df["count"] / df["n_tokens"] * 1000, share=0.0)


def test_sector_rates_draws_one_bar_per_sector_and_period_with_counts():
    fig = plots.textplot_sector_rates(summary_table())
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert len(bars(ax)) == 16 * 2  # every sector of the lexicon, both periods
    widths = sorted(round(b.get_width(), 6) for b in bars(ax) if b.get_width() > 0)
    assert widths == [2.5, 4.0, 6.0, 15.0]  # 1/400, 2/500, 3/500, 6/400 per 1,000
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Inter-party relations" and labels[-1] == "Environment"
    assert {"n=2", "n=6", "n=3", "n=1"} <= set(texts(fig))
    assert any("2025-10 (500 tokens)" in t for t in texts(fig))

    fig = plots.textplot_sector_rates(summary_table(), all_sectors=False, labels={"party": "Party"})
    assert len(bars(fig.axes[0])) == 3 * 2
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Party",
        "Energy",
        "Nuclear energy",
    ]


def difference_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sector": ["party", "energy", "environment"],
            "target": P2,
            "reference": P1,
            "count_target": [8, 0, 1],
            "count_reference": [3, 3, 0],
            "rate_diff": [11.1, -5.6, 2.1],
            "ci_low": [-3.8, -12.2, 0.0],
            "ci_high": [25.3, 0.0, 6.9],
            "share_target": [0.31, 0.0, 0.04],
            "share_reference": [0.09, 0.09, 0.0],
            "odds_ratio": [3.01, 0.0, np.inf],
            "p_value": [0.128, 0.252, 0.472],
            "too_small": [False, True, True],
        }
    )


def test_sector_difference_draws_intervals_and_flags_small_counts():
    fig = plots.textplot_sector_difference(difference_table())
    ax = fig.axes[0]
    intervals = [
        ln for ln in ax.lines if len(ln.get_ydata()) == 2 and ln.get_ydata()[0] == ln.get_ydata()[1]
    ]
    ends = sorted(tuple(ln.get_xdata()) for ln in intervals)
    assert ends == [(-12.2, 0.0), (-3.8, 25.3), (0.0, 6.9)]
    points = {ln.get_ydata()[0]: ln for ln in ax.lines if ln.get_marker() == "o"}
    # rows from the top: party (y=2) filled in its colour, energy and environment hollow
    face = {y: mpl.colors.to_hex(ln.get_markerfacecolor()) for y, ln in points.items()}
    assert face == {2: SECTOR_COLOURS["party"].lower(), 1: "#ffffff", 0: "#ffffff"}
    t = texts(fig)
    assert {"3 → 8", "3 → 0", "0 → 1", "9 → 31", "∞", "3.01", ".128"} <= set(t)
    assert any("2026-02 against 2025-10" in x for x in t)


def mentions_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "period": [P1, P1, P1, P2],
            "sector": ["party", "party", "energy", "energy"],
            "rel_position": [0.1, 0.5, 0.9, 0.25],
        }
    )


def test_sector_xray_puts_one_tick_per_mention_at_its_position():
    fig = plots.textplot_sector_xray(mentions_table())
    doc_axes = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert [ax.get_title(loc="left") for ax in doc_axes] == [f"a ({P1})", f"b ({P2})"]
    # each mention drawn twice (dark outline under the coloured tick); keep the coloured ones
    coloured = lambda ax: sorted(  # noqa: E731
        float(x)
        for ln in ax.lines
        if ln.get_marker() == "|" and ln.get_color() != "#333333"
        for x in ln.get_xdata()
    )
    assert coloured(doc_axes[0]) == [0.1, 0.5, 0.9]
    assert coloured(doc_axes[1]) == [0.25]
    assert [t.get_text() for t in doc_axes[0].get_yticklabels()] == [
        "Energy",
        "Inter-party relations",
    ]


def test_sector_sides_writes_each_count_in_its_cell():
    by_side = pd.DataFrame(
        {
            "period": [P1, P1, P2, P2],
            "side": ["vietnam", "joint", "russia", "vietnam"],
            "sector": ["party", "party", "party", "energy"],
            "count": [2, 4, 6, 1],
        }
    )
    fig = plots.textplot_sector_sides(by_side)
    imgs = [im for ax in fig.axes for im in ax.get_images()]
    assert len(imgs) == 2
    # rows party, energy; columns vietnam, russia, joint (narrator absent from the table)
    np.testing.assert_array_equal(imgs[0].get_array(), [[2, 0, 4], [0, 0, 0]])
    np.testing.assert_array_equal(imgs[1].get_array(), [[0, 6, 0], [1, 0, 0]])
    assert (
        fig.axes[0].get_title(loc="left") == f"{P1} (n=6)"
        and fig.axes[1].get_title(loc="left") == f"{P2} (n=7)"
    )


def test_sector_cooccurrence_mirrors_the_two_periods():
    rows = [
        (P1, "party", "energy", 2),
        (P1, "energy", "party", 2),  # listed both ways: one count
        (P1, "party", "party", 5),  # diagonal: not drawn
        (P2, "party", "nuclear", 1),
        (P2, "energy", "nuclear", 3),
    ]
    co = pd.DataFrame(rows, columns=["period", "sector_a", "sector_b", "n_sentences"])
    fig = plots.textplot_sector_cooccurrence(co)
    lower, upper = [im for im in fig.axes[0].get_images() if isinstance(im, AxesImage)]
    # sectors party, energy, nuclear; lower triangle 2025-10, upper triangle 2026-02
    assert lower.get_array()[1, 0] == 2 and lower.get_array().mask[0, 1]
    assert (
        upper.get_array()[0, 2] == 1
        and upper.get_array()[1, 2] == 3
        and upper.get_array().mask[1, 0]
    )
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Inter-party relations",
        "Energy",
        "Nuclear energy",
    ]


# ---------------------------------------------------------------------------------------------
# keyness figures
# ---------------------------------------------------------------------------------------------


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


def test_top_terms_one_panel_per_period():
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
    fig = plots.textplot_top_terms(freq, n=2)
    a1, a2 = fig.axes[:2]
    assert [t.get_text() for t in a1.get_yticklabels()] == ["A", "B"]  # b and c tie: by term
    assert [t.get_text() for t in a2.get_yticklabels()] == ["D", "A"]
    assert sorted(b.get_width() for b in bars(a2)) == [40.0, 140.0]  # 2/50, 7/50 per 1,000
    assert a1.get_title(loc="left") == f"{P1} (100 tokens)"


# ---------------------------------------------------------------------------------------------
# topic figures
# ---------------------------------------------------------------------------------------------


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


def test_topic_terms_one_panel_per_method_and_topic():
    fig = plots.textplot_topic_terms(topic_terms_table(), n=2)
    panels = [ax for ax in fig.axes if ax.get_visible() and bars(ax)]
    assert len(panels) == 4
    titles = [ax.get_title(loc="left") for ax in panels]
    assert titles[0] == "Seeded · topic 1 · stab. 0.90\nInter-party relations"  # seeded first
    assert titles[2].startswith("NMF · topic 1")
    first = panels[0]
    assert [t.get_text() for t in first.get_yticklabels()] == ["t11", "t12"]
    assert [t.get_fontweight() for t in first.get_yticklabels()] == ["bold", "normal"]
    assert [b.get_width() for b in bars(first)] == [1.0, 0.5]
    fig = plots.textplot_topic_terms(topic_terms_table(), method="nmf")
    assert len([ax for ax in fig.axes if bars(ax)]) == 2
    with pytest.raises(InputError, match="no method 'lda'"):
        plots.textplot_topic_terms(topic_terms_table(), method="lda")


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
    fig = plots.textplot_topic_proportions(prop)
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


# ---------------------------------------------------------------------------------------------
# contracts shared by all figures
# ---------------------------------------------------------------------------------------------


def test_overview_labels_every_value():
    ov = pd.DataFrame(
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
    fig = plots.textplot_corpus_overview(ov)
    assert sum(len(bars(ax)) for ax in fig.axes) == 6 * 2
    assert {" 535", " 479", " 0.45", " 0.50", " 35.7", " 26.6"} <= set(texts(fig))


def test_missing_column_is_an_input_error_naming_it():
    with pytest.raises(
        InputError, match="sector-summary-by-period table: missing column.*rate_per_1000"
    ):
        plots.textplot_sector_rates(summary_table().drop(columns=["rate_per_1000"]))
    with pytest.raises(InputError, match="keyness table"):
        plots.textplot_keyness(pd.DataFrame({"term": ["a"]}))


def test_empty_tables_give_a_figure_that_says_so():
    empty = summary_table().iloc[:0]
    fig = plots.textplot_sector_rates(empty)
    assert "no sector mentions" in texts(fig)
    fig = plots.textplot_keyness(keyness_table().iloc[:0])
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


def test_figures_are_not_registered_with_pyplot():
    import matplotlib.pyplot as plt

    n = len(plt.get_fignums())
    fig = plots.textplot_sector_rates(summary_table(), figsize=(3.5, 3))
    assert len(plt.get_fignums()) == n
    assert tuple(fig.get_size_inches()) == (3.5, 3.0)
