"""Every registered figure on the study corpus, at single-column (3.5 in) and full (7 in) width.

Issue 17's figure defects, checked on the study's own analysis (``data/raw`` through
:func:`framing.report.export.build_analysis`, as ``framing reproduce`` builds it): no text leaves
the canvas at either width, at the resolution of the PNG files (300 dpi) and of a screen (100 dpi);
no library warning is raised while a figure is drawn and rendered (warnings are errors here, so a
cause must be fixed where it arises); bars in the order of their drawn length; sector names, never
sector ids; the legend of the sector rates under its title; odds ratios of 0 and ∞ marked and
explained; captions that describe what is drawn. Figures are drawn at the sizes
:func:`framing.report.export.export_figure` uses (``single_height`` when narrow). The text check is
the one of ``test_plots_groups`` (rendered extents of every drawn text against the figure's box).
"""

from __future__ import annotations

import re
import warnings

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from test_plots_groups import text_problems

from framing.plots import figure_style
from framing.report.export import FIGURES, PNG_DPI, build_analysis, draw_figure, figure_options
from framing.report.tables import analysis_tables

WIDTHS = (3.5, 7.0)
#: Pixels of tolerance, as in test_plots_groups (about 1 pt at 100 dpi).
TOLERANCE = 1.5


def size_at(spec, width: float) -> tuple[float, float]:
    """The size ``export_figure`` draws a figure at this width."""
    narrow = width < 5 and spec.single_height
    return (width, spec.single_height if narrow else spec.size[1])


@pytest.fixture(scope="module")
def study():
    analysis = build_analysis()
    return analysis, analysis_tables(analysis), figure_options(analysis)


def drawn(study, name: str, width: float):
    _, tables, options = study
    return draw_figure(name, tables, options=options[name], size=size_at(FIGURES[name], width))


def rendered(fig, dpi: float = PNG_DPI):
    """``fig`` laid out and drawn with Agg at ``dpi`` in the house style; returns the renderer."""
    fig.set_dpi(dpi)
    FigureCanvasAgg(fig)
    with figure_style():
        fig.canvas.draw()
    return fig.canvas.get_renderer()


def shown_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


# ---------------------------------------------------------------------------------------------
# every figure: no warning, no text off the canvas, no sector id
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}in")
@pytest.mark.parametrize("name", list(FIGURES))
def test_every_figure_draws_without_warnings_and_keeps_its_text_on_the_canvas(study, name, width):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning from matplotlib or numpy fails the test
        fig = drawn(study, name, width)
        for dpi in (PNG_DPI, 100):
            fig.set_dpi(dpi)
            with figure_style():
                outside, _ = text_problems(fig, TOLERANCE)
            assert not outside, f"{name} at {width} in, {dpi} dpi: text off the canvas: {outside}"


@pytest.mark.parametrize("name", list(FIGURES))
def test_no_figure_shows_a_sector_id(study, name):
    analysis = study[0]
    ids = [s for s in analysis.lexicon.labels() if "_" in s]  # ids that are not also words
    assert "science_technology" in ids
    for width in WIDTHS:
        texts = shown_texts(drawn(study, name, width))
        assert not [t for t in texts if re.search(r"\[[A-Za-z0-9_]+\]", t)], name
        assert not [t for t in texts if any(re.search(rf"\b{i}\b", t) for i in ids)], name


# ---------------------------------------------------------------------------------------------
# the defects one by one
# ---------------------------------------------------------------------------------------------


def bar_panels(fig):
    return [ax for ax in fig.axes if any(isinstance(p, Rectangle) for p in ax.patches)]


def widths_top_down(ax) -> list[float]:
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    return [b.get_width() for b in sorted(bars, key=lambda b: -b.get_y())]


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}in")
def test_topic_top_terms_draws_each_panel_longest_bar_first(study, width):
    fig = drawn(study, "topic-top-terms", width)
    panels = bar_panels(fig)
    terms = study[1]["topic-terms"]
    assert len(panels) == terms.groupby(["method", "topic"]).ngroups  # every topic drawn
    for ax in panels:
        w = widths_top_down(ax)
        assert len(w) == 6 and w[0] == 1.0
        assert all(a >= b for a, b in zip(w, w[1:], strict=False)), w
    # at single-column width two panels a row, each title inside its panel
    ncols = {round(ax.get_position().x0, 2) for ax in panels}
    assert len(ncols) == 2


def test_topic_proportions_name_sectors_by_the_lexicon(study):
    # issue 17: the figure showed raw ids like "[science_technology]"; a raw id in a topic's label
    # is drawn as the lexicon's label (hand-made labels: test_plots_topics)
    analysis, tables, _ = study
    ids = set(analysis.lexicon.labels())
    topics = tables["topic-proportions-by-period"][["method", "topic"]].drop_duplicates()
    for width in WIDTHS:
        fig = drawn(study, "topic-proportions-by-period", width)
        ticks = [" ".join(t.get_text().split()) for ax in fig.axes for t in ax.get_yticklabels()]
        assert len(ticks) == len(topics)
        for tick in ticks:
            bracketed = re.findall(r"\[([^\]]*)\]", tick)
            assert not set(bracketed) & ids, tick
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", tick), tick


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}in")
def test_sector_rates_legend_lies_under_the_title_and_inside_the_figure(study, width):
    fig = drawn(study, "sector-rates-by-period", width)
    renderer = rendered(fig)
    title = next(t for t in fig.findobj(Text) if t.get_text() == fig.get_suptitle())
    assert title.get_text() == "Sector mentions by period"
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend()] + list(fig.legends)
    assert len(legends) == 1
    top = title.get_window_extent(renderer)
    key = legends[0].get_window_extent(renderer)
    assert key.y1 <= top.y0 + TOLERANCE, (key, top)  # below the title: no overlap
    frame = fig.bbox
    assert frame.x0 - TOLERANCE <= key.x0 and key.x1 <= frame.x1 + TOLERANCE
    assert frame.y0 - TOLERANCE <= key.y0 and key.y1 <= frame.y1 + TOLERANCE
    # and above the bars it keys
    assert key.y0 >= fig.axes[0].get_window_extent(renderer).y1 - TOLERANCE


def test_sector_difference_marks_odds_ratios_of_zero_and_infinity(study):
    # the study: Energy 3 -> 0 mentions (none in 2026-02: OR 0), Environment 0 -> 1 (none in
    # 2025-10: OR ∞); the table keeps 0 and inf
    table = study[1]["sector-period-difference"].set_index("sector")
    assert table.loc["energy", "share_odds_ratio"] == 0.0
    assert table.loc["environment", "share_odds_ratio"] == float("inf")
    texts = shown_texts(drawn(study, "sector-rate-difference", 7.0))
    assert "0.00" not in texts and "∞" not in texts
    assert "0†" in texts and "∞‡" in texts
    note = " ".join(" ".join(t.split()) for t in texts if "share OR 0" in " ".join(t.split()))
    ref, tgt = table["reference"].iat[0], table["target"].iat[0]
    assert f"share OR 0†: none in {tgt}, ∞‡: none in {ref} (a zero count" in note


def test_captions_describe_what_is_drawn(study):
    # issue 17: the keyness caption spoke of hollow bars the figure does not have
    spec = FIGURES["keyness-top-terms"]
    assert "hollow" not in spec.caption.lower()
    fig = drawn(study, "keyness-top-terms", 7.0)
    for p in fig.findobj(mpl.patches.Patch):
        if isinstance(p, Rectangle) and p.get_width() and p.axes is not None and p.get_visible():
            assert p.get_fill() and p.get_facecolor()[3] > 0
    # a caption that speaks of hollow points is drawn with some
    for name in [n for n, s in FIGURES.items() if "hollow" in s.caption.lower()]:
        fig = drawn(study, name, 7.0)
        faces = [
            mpl.colors.to_hex(ln.get_markerfacecolor())
            for ax in fig.axes for ln in ax.lines if ln.get_marker() not in (None, "None", "")
        ]
        assert "#ffffff" in faces, name
