"""Tests of framing.plots.sectors: the five sector figures on small hand-made tables, drawn with the
options the reporting layer passes (the lexicon's labels and colours, the study's sides) and
without them (order and labels from the table, fallback colours, default sides)."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from framing import plots
from framing.errors import InputError
from framing.lexicons import load_lexicon
from framing.plots import FALLBACK_COLOURS
from framing.plots.style import panel_title

P1, P2 = "2025-10", "2026-02"
# the study's sides as the reporting layer passes them (Study.side_styles())
STUDY_SIDES = {
    "narrator": ("Narrator", "#BBBBBB"),
    "vietnam": ("Việt Nam", "#CC3311"),
    "russia": ("Russia", "#0077BB"),
    "joint": ("Joint", "#999933"),
}


def texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(mpl.text.Text)]
    return [t for t in out if t]


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def ticks(ax, axis: str = "y") -> list[str]:
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in labels]


@pytest.fixture(scope="module")
def lexicon():
    """What the reporting layer passes to every sector figure: the lexicon's labels and colours."""
    lex = load_lexicon()
    return {"labels": lex.labels(), "colours": lex.colours()}


def summary_table(labels=None) -> pd.DataFrame:
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
    df = df.assign(rate_per_1000=df["count"] / df["n_tokens"] * 1000, share=0.0)
    if labels is not None:  # the summary tables carry each sector's label
        df.insert(2, "label", df["sector"].map(labels))
    return df


# ---------------------------------------------------------------------------------------------
# sector rates
# ---------------------------------------------------------------------------------------------


def test_sector_rates_draws_one_bar_per_sector_and_period_with_counts(lexicon):
    fig = plots.textplot_sector_rates(summary_table(), **lexicon)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert len(bars(ax)) == 16 * 2  # every sector of the lexicon, both periods
    widths = sorted(round(b.get_width(), 6) for b in bars(ax) if b.get_width() > 0)
    assert widths == [2.5, 4.0, 6.0, 15.0]  # 1/400, 2/500, 3/500, 6/400 per 1,000
    labels = ticks(ax)
    assert labels[0] == "Inter-party relations" and labels[-1] == "Environment"
    assert {"n=2", "n=6", "n=3", "n=1"} <= set(texts(fig))
    assert any("2025-10 (500 tokens)" in t for t in texts(fig))

    table = summary_table(lexicon["labels"])
    fig = plots.textplot_sector_rates(table, all_sectors=False, labels={"party": "Party"})
    assert len(bars(fig.axes[0])) == 3 * 2
    assert ticks(fig.axes[0]) == ["Party", "Energy", "Nuclear energy"]  # the rest from the table


def test_sector_rates_without_labels_lists_the_table_in_its_order():
    fig = plots.textplot_sector_rates(summary_table())
    assert ticks(fig.axes[0]) == ["party", "energy", "nuclear"]  # no label anywhere: the id
    # all_sectors=False drops sectors never mentioned in any period
    table = summary_table().assign(count=lambda d: d["count"].where(d["sector"] != "nuclear", 0))
    fig = plots.textplot_sector_rates(table, all_sectors=False)
    assert ticks(fig.axes[0]) == ["party", "energy"]


def custom_lexicon(tmp_path):
    path = tmp_path / "farming.yml"
    path.write_text(
        "sectors:\n"
        "  - id: water\n    label: Irrigation & water\n    terms: [irrigation, water]\n"
        "  - id: rice\n    label: Rice trade\n    colour: '#117733'\n    terms: [rice]\n"
        "  - id: rail\n    label: Railways\n    terms: [railway]\n",
        encoding="utf-8",
    )
    return load_lexicon(path)


def test_a_custom_lexicon_gets_its_own_axis(tmp_path):
    lex = custom_lexicon(tmp_path)
    rows = [
        (p, s, lex.label(s), c, 100)
        for p, counts in ((P1, (1, 0, 2)), (P2, (3, 1, 0)))
        for s, c in zip(lex.sectors, counts, strict=True)
    ]
    summary = pd.DataFrame(rows, columns=["period", "sector", "label", "count", "n_tokens"])
    summary["rate_per_1000"] = summary["count"] * 10.0
    # from the table alone (label column, rows in lexicon order) and from the lexicon's labels
    for options in ({}, {"labels": lex.labels(), "colours": lex.colours()}):
        fig = plots.textplot_sector_rates(summary, **options)
        assert ticks(fig.axes[0]) == ["Irrigation & water", "Rice trade", "Railways"]
        assert len(bars(fig.axes[0])) == 3 * 2
        assert not {"Inter-party relations", "Energy"} & set(texts(fig))
    # the other sector figures name the custom sectors too
    mentions = pd.DataFrame(
        {"doc_id": "a", "period": P1, "sector": ["rail", "water"], "rel_position": [0.2, 0.6]}
    )
    fig = plots.textplot_sector_xray(mentions, labels=lex.labels(), colours=lex.colours())
    assert ticks(fig.axes[0]) == ["Railways", "Irrigation & water"]  # lexicon order, top down


def difference_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sector": ["party", "energy", "environment"],
            "target": P2,
            "reference": P1,
            "count_target": [8, 0, 1],
            "count_reference": [3, 3, 0],
            "rate_diff": [11.1, -5.6, 2.1],
            "rate_ci_low": [-3.8, -12.2, 0.0],
            "rate_ci_high": [25.3, 0.0, 6.9],
            "rate_p": [0.128, 0.252, 0.472],
            "rate_p_adjusted": [1.0, 1.0, 1.0],
            "share_target": [0.31, 0.0, 0.04],
            "share_reference": [0.09, 0.09, 0.0],
            "share_odds_ratio": [4.59, 0.0, np.inf],
            "share_p": [0.0437, 0.251, 0.433],
            "share_p_adjusted": [0.70, 1.0, 1.0],
            "share_cluster_p": [0.132, 0.064, 0.248],
            "too_small": [False, True, True],
        }
    )


def point_faces(ax) -> dict:
    """Face colour of each sector's point, by row (0 = bottom)."""
    points = {ln.get_ydata()[0]: ln for ln in ax.lines if ln.get_marker() == "o"}
    return {y: mpl.colors.to_hex(ln.get_markerfacecolor()) for y, ln in points.items()}


def test_sector_difference_draws_intervals_and_flags_small_counts(lexicon):
    fig = plots.textplot_sector_difference(difference_table(), **lexicon)
    ax = fig.axes[0]
    intervals = [
        ln for ln in ax.lines if len(ln.get_ydata()) == 2 and ln.get_ydata()[0] == ln.get_ydata()[1]
    ]
    ends = sorted(tuple(ln.get_xdata()) for ln in intervals)
    assert ends == [(-12.2, 0.0), (-3.8, 25.3), (0.0, 6.9)]
    # rows from the top: party (y=2) filled in its colour, energy and environment hollow
    party = lexicon["colours"]["party"].lower()
    assert point_faces(ax) == {2: party, 1: "#ffffff", 0: "#ffffff"}
    assert ticks(ax) == ["Inter-party relations", "Energy", "Environment"]  # top down
    t = texts(fig)
    assert {"3 → 8", "3 → 0", "0 → 1", "9 → 31", "∞‡", "0†", "4.59", ".044", ".13"} <= set(t)
    assert any("2026-02 against 2025-10" in x for x in t)


def test_odds_ratios_of_zero_and_infinity_are_marked_and_explained(lexicon):
    # issue 17: "odds ratios print as 0.00 and ∞ without a note". Energy 0 mentions in 2026-02
    # (a = 0: OR = 0·d/(b·3) = 0), Environment 0 in 2025-10 (c = 0: OR = 1·d/(b·0) = ∞).
    fig = plots.textplot_sector_difference(difference_table(), **lexicon)
    t = texts(fig)
    assert "0.00" not in t and "∞" not in t
    assert [x for x in t if x in {"0†", "∞‡", "4.59"}] == ["4.59", "0†", "∞‡"]  # rows top down
    note = " ".join(" ".join(x.split()) for x in t if "share OR 0" in x.replace("\n", " "))
    assert "share OR 0†: none in 2026-02, ∞‡: none in 2025-10 (a zero count: no finite odds ratio)" in note
    # the table keeps the numbers
    assert list(difference_table()["share_odds_ratio"]) == [4.59, 0.0, np.inf]
    # with the totals, a zero among the other sectors is told apart: 3 of 3 mentions in the
    # reference are this sector's (d = 0: OR = 0), 1 of 1 in the target (b = 0: OR = ∞)
    table = difference_table().assign(mentions_target=[26, 26, 1], mentions_reference=[34, 3, 34])
    table.loc[1, "count_target"] = 2
    fig = plots.textplot_sector_difference(table, **lexicon)
    note = " ".join(" ".join(x.split()) for x in texts(fig) if "share OR" in x.replace("\n", " "))
    assert "0†: no other sector in 2025-10, ∞‡: none in 2025-10" in note
    table.loc[2, "count_reference"] = 1
    fig = plots.textplot_sector_difference(table, **lexicon)
    note = " ".join(" ".join(x.split()) for x in texts(fig) if "share OR" in x.replace("\n", " "))
    assert "∞‡: no other sector in 2026-02" in note
    # no zero, no infinity: no note
    fig = plots.textplot_sector_difference(difference_table().iloc[:1], **lexicon)
    assert not any("share OR 0" in x or "∞" in x for x in texts(fig))


def test_sector_difference_names_the_test_behind_each_p(lexicon):
    # issue 15: "the figure says 'this sector against all other mentions' (a share test)" while it
    # showed the rate test's p. Each column is now named by its test, and the footnote says which
    # test is which and what the adjustment across sectors leaves.
    fig = plots.textplot_sector_difference(difference_table(), **lexicon)
    t = texts(fig)
    assert {"share OR", "share p", "rate p", "sent. p"} <= set(t)
    row = {x for x in t if x in {".044", ".13", ".13 ", "4.59"}}
    assert row == {".044", ".13", "4.59"}  # share p .044 beside rate p .128 (shown .13)
    note = " ".join(x.replace("\n", " ") for x in t)
    assert "share p: Fisher's exact test, this sector against the other sector mentions" in note
    assert "rate p: Fisher's exact test, its mentions against all tokens" in note
    assert "permutation of whole sentences" in note
    assert "none stays below .05 after Benjamini–Hochberg over 3 sectors" in note
    # single column: the two tests still named
    narrow_fig = plots.textplot_sector_difference(difference_table(), figsize=(3.5, 5), **lexicon)
    t = texts(narrow_fig)
    assert {"share", "rate"} <= set(t)
    note = " ".join(x.replace("\n", " ") for x in t)
    assert "share: p of Fisher's exact test, this sector against" in note


def test_sector_without_colour_gets_a_deterministic_fallback(lexicon):
    table = difference_table().assign(too_small=False)
    colours = {k: v for k, v in lexicon["colours"].items() if k != "energy"}
    faces = [
        point_faces(
            plots.textplot_sector_difference(table, labels=lexicon["labels"], colours=colours).axes[
                0
            ]
        )
        for _ in range(2)
    ]
    assert faces[0] == faces[1]  # the same colour every time
    energy = list(lexicon["labels"]).index("energy")  # keyed by its position in the lexicon
    assert faces[0][1] == FALLBACK_COLOURS[energy % len(FALLBACK_COLOURS)].lower()
    assert faces[0][2] == lexicon["colours"]["party"].lower()
    # no colours and no labels at all: by position in the table
    faces = point_faces(plots.textplot_sector_difference(table).axes[0])
    assert faces == {2: FALLBACK_COLOURS[0].lower(), 1: FALLBACK_COLOURS[1].lower(),
                     0: FALLBACK_COLOURS[2].lower()}  # fmt: skip


def test_sector_difference_needs_a_difference_column():
    with pytest.raises(
        InputError, match="sector-period-difference table: needs the column rate_diff"
    ):
        plots.textplot_sector_difference(difference_table().drop(columns=["rate_diff"]))
    shares = difference_table().drop(columns=["rate_diff"]).assign(share_diff=[0.22, -0.09, 0.04])
    fig = plots.textplot_sector_difference(shares)
    assert any("Change in sector shares" in t for t in texts(fig))


# ---------------------------------------------------------------------------------------------
# x-ray, sides, co-occurrence
# ---------------------------------------------------------------------------------------------


def mentions_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "period": [P1, P1, P1, P2],
            "sector": ["energy", "party", "party", "energy"],  # text order, not lexicon order
            "rel_position": [0.9, 0.1, 0.5, 0.25],
        }
    )


def test_sector_xray_puts_one_tick_per_mention_at_its_position(lexicon):
    fig = plots.textplot_sector_xray(mentions_table(), **lexicon)
    doc_axes = [ax for ax in fig.axes if panel_title(ax)]
    assert [panel_title(ax) for ax in doc_axes] == [f"a ({P1})", f"b ({P2})"]

    # each mention drawn twice (dark outline under the coloured tick); keep the coloured ones
    def coloured(ax):
        return sorted(
            float(x)
            for ln in ax.lines
            if ln.get_marker() == "|" and ln.get_color() != "#333333"
            for x in ln.get_xdata()
        )

    assert coloured(doc_axes[0]) == [0.1, 0.5, 0.9]
    assert coloured(doc_axes[1]) == [0.25]
    assert ticks(doc_axes[0]) == ["Energy", "Inter-party relations"]  # lexicon order, top down
    tick_colours = {ln.get_color() for ln in doc_axes[0].lines if ln.get_marker() == "|"}
    assert {lexicon["colours"]["party"], lexicon["colours"]["energy"]} <= tick_colours
    # without labels: ids, in order of first mention
    fig = plots.textplot_sector_xray(mentions_table())
    assert ticks(fig.axes[0]) == ["party", "energy"]


def by_side_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period": [P1, P1, P2, P2],
            "side": ["vietnam", "joint", "russia", "vietnam"],
            "sector": ["party", "party", "party", "energy"],
            "count": [2, 4, 6, 1],
        }
    )


def test_sector_sides_writes_each_count_in_its_cell(lexicon):
    for sides in (STUDY_SIDES, None):  # the study's order, or the default (joint last)
        fig = plots.textplot_sector_sides(by_side_table(), **lexicon, sides=sides)
        imgs = [im for ax in fig.axes for im in ax.get_images()]
        assert len(imgs) == 2
        # rows party, energy; columns vietnam, russia, joint (narrator absent from the table)
        np.testing.assert_array_equal(imgs[0].get_array(), [[2, 0, 4], [0, 0, 0]])
        np.testing.assert_array_equal(imgs[1].get_array(), [[0, 6, 0], [1, 0, 0]])
        assert (
            fig.axes[0].get_title(loc="left") == f"{P1} (n=6)"
            and fig.axes[1].get_title(loc="left") == f"{P2} (n=7)"
        )
        assert ticks(fig.axes[0]) == ["Inter-party relations", "Energy"]
    assert ticks(fig.axes[0], "x") == ["Vietnam", "Russia", "Joint"]  # default: id capitalised
    fig = plots.textplot_sector_sides(by_side_table(), sides=STUDY_SIDES)
    assert ticks(fig.axes[0], "x") == ["Việt Nam", "Russia", "Joint"]


def test_sides_passed_by_the_caller_appear_in_their_order():
    table = pd.DataFrame(
        {
            "period": P1,
            "side": ["narrator", "north", "south", "joint", "west"],
            "sector": "trade",
            "count": [1, 2, 3, 4, 5],
        }
    )
    sides = {"joint": ("Both", "#999933"), "south": ("The South", "#0077BB"), "north": "The North"}
    fig = plots.textplot_sector_sides(table, sides=sides)
    # the caller's order, then the table's other sides as by default (narrator last)
    assert ticks(fig.axes[0], "x") == ["Both", "The South", "The North", "West", "Narrator"]
    np.testing.assert_array_equal(fig.axes[0].get_images()[0].get_array(), [[4, 3, 2, 5, 1]])


def test_sector_cooccurrence_mirrors_the_two_periods(lexicon):
    rows = [
        (P1, "party", "energy", 2),
        (P1, "energy", "party", 2),  # listed both ways: one count
        (P1, "party", "party", 5),  # diagonal: not drawn
        (P2, "party", "nuclear", 1),
        (P2, "energy", "nuclear", 3),
    ]
    co = pd.DataFrame(rows, columns=["period", "sector_a", "sector_b", "n_sentences"])
    fig = plots.textplot_sector_cooccurrence(co, **lexicon)
    lower, upper = [im for im in fig.axes[0].get_images() if isinstance(im, AxesImage)]
    # sectors party, energy, nuclear; lower triangle 2025-10, upper triangle 2026-02
    assert lower.get_array()[1, 0] == 2 and lower.get_array().mask[0, 1]
    assert (
        upper.get_array()[0, 2] == 1
        and upper.get_array()[1, 2] == 3
        and upper.get_array().mask[1, 0]
    )
    assert ticks(fig.axes[0]) == ["Inter-party relations", "Energy", "Nuclear energy"]


def test_sector_cooccurrence_sums_more_than_two_groups():
    rows = [("g1", "a", "b", 1), ("g2", "b", "a", 2), ("g3", "a", "b", 4), ("g3", "b", "a", 4)]
    co = pd.DataFrame(rows, columns=["wave", "sector_a", "sector_b", "n_sentences"])
    fig = plots.textplot_sector_cooccurrence(co, by="wave")
    (img,) = fig.axes[0].get_images()
    assert img.get_array()[1, 0] == 1 + 2 + 4  # a pair listed both ways counts once per group


# ---------------------------------------------------------------------------------------------
# contracts shared by all figures
# ---------------------------------------------------------------------------------------------


def test_missing_column_is_an_input_error_naming_it():
    with pytest.raises(
        InputError, match="sector-summary-by-period table: missing column.*rate_per_1000"
    ):
        plots.textplot_sector_rates(summary_table().drop(columns=["rate_per_1000"]))


def test_empty_tables_give_a_figure_that_says_so():
    fig = plots.textplot_sector_rates(summary_table().iloc[:0])
    assert "no sector mentions" in texts(fig)
    fig = plots.textplot_sector_xray(mentions_table().iloc[:0])
    assert "no sector mentions" in texts(fig)


def test_group_column_is_named_by_by():
    table = summary_table().rename(columns={"period": "wave"})
    fig = plots.textplot_sector_rates(table, by="wave")
    assert any("2025-10 (500 tokens)" in t for t in texts(fig))


def test_figures_are_not_registered_with_pyplot():
    import matplotlib.pyplot as plt

    n = len(plt.get_fignums())
    fig = plots.textplot_sector_rates(summary_table(), figsize=(3.5, 3))
    assert len(plt.get_fignums()) == n
    assert tuple(fig.get_size_inches()) == (3.5, 3.0)


def test_xray_pools_reports_by_group_past_max_docs():
    # 30 reports in two groups, 2 mentions each: 60 ticks; with max_docs=24 one panel per group
    from framing.plots.style import panel_title

    rows = [
        {"doc_id": f"d{i:02d}", "period": "g1" if i < 18 else "g2", "sector": s, "rel_position": p}
        for i in range(30)
        for s, p in (("trade", 0.25), ("water", 0.75))
    ]
    fig = plots.textplot_sector_xray(
        pd.DataFrame(rows), labels={"trade": "Trade", "water": "Water"}, order=["g1", "g2"], max_docs=24
    )
    shown = [ax for ax in fig.axes if ax.axison]
    assert [panel_title(ax) for ax in shown] == ["g1: 18 reports pooled", "g2: 12 reports pooled"]
    counts = [t.get_text() for t in shown[0].texts if t.get_text().isdigit()]
    assert sorted(counts) == ["18", "18"]  # each sector's mentions in g1
    assert "30 reports, pooled by group" in fig._suptitle.get_text()
    # at or below max_docs: one panel per report, as before
    few = plots.textplot_sector_xray(pd.DataFrame(rows), order=["g1", "g2"], max_docs=30)
    assert sum(ax.axison for ax in few.axes) == 30
