"""Sector figures: rates by period, change between periods, x-ray, who voices them, co-occurrence.

Sector order, labels and colours come from the tables and the caller, never from a list kept here:

* order: the sectors of ``labels`` first, in its order (the caller passes the lexicon's labels, so
  the lexicon's order), then any other sector of the table in order of first appearance (the sector
  summaries list their rows in lexicon order);
* labels: ``labels[sector]``, else the table's ``label`` column (the sector summaries and the period
  difference carry one), else the sector id;
* colours: ``colours[sector]`` (the lexicon's ``colour`` keys), else a fallback colour keyed by the
  sector's position in that order (:func:`framing.plots.style.sector_colours`).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_int, require_columns
from framing.plots.style import (
    SEQUENTIAL_CMAP,
    empty_figure,
    figure_style,
    group_panels,
    group_values,
    legend_columns,
    narrow,
    new_figure,
    ordered_groups,
    panel_width,
    period_styles,
    sector_colours,
    sector_label,
    sector_labels,
    sector_order,
    side_styles,
    suptitle,
    taller,
    title_over_labels,
    wrap,
    wrap_to,
)

__all__ = [
    "textplot_sector_rates",
    "textplot_sector_difference",
    "textplot_sector_xray",
    "textplot_sector_sides",
    "textplot_sector_cooccurrence",
]


def _fmt(x: float, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:.{digits}f}"


def _fmt_p(p: float) -> str:
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "p –"
    if p < 0.001:
        return "p<.001"
    return f"p={p:.3f}".replace("0.", ".", 1)


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "#222222"


def textplot_sector_rates(
    summary: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    all_sectors: bool = True,
    by: str = "period",
    order=None,
    figsize=(7.0, 5.0),
):
    """Sector mentions per 1,000 tokens in each period, with the raw count printed at each bar.

    Parameters
    ----------
    summary : DataFrame
        ``sector-summary-by-period``: period (the column named by ``by``), sector, count,
        rate_per_1000, and if present label (the sector's display name) and n_tokens (the
        period's size, shown in the legend); other columns are ignored.
    labels : mapping, default=None
        sector id -> display name, in display order (the reporting layer passes the lexicon's);
        default: the table's ``label`` column, else the sector id. Sectors follow the order of
        ``labels``, then the table's order.
    colours : mapping, default=None
        sector id -> colour (the lexicon's). Taken so that every sector figure takes the same
        options; not drawn here: the bars are coloured by period.
    all_sectors : bool, default=True
        List every sector of the table and of ``labels``, also those never mentioned (shown as
        ``n=0``), so that absences are visible; False lists only sectors mentioned at least once.
    by : str, default="period"
        The table's group column; one bar per group and sector.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: sorted labels (periods in time order).
    figsize : (float, float), default=(7.0, 5.0)
        Inches. Up to three groups share one panel (grouped bars); more get one panel each, in a
        grid, and the figure grows taller when the rows need it.

    Returns
    -------
    matplotlib.figure.Figure
        Horizontal grouped bars: one bar per sector and period (period colour and hatch), the count
        ``n`` printed at the end of each bar. With more than three groups, one panel per group on
        a shared scale.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": ["2024-01", "2024-01", "2024-07", "2024-07"],
    ...                       "sector": ["trade", "water", "trade", "water"],
    ...                       "label": ["Trade", "Water", "Trade", "Water"],
    ...                       "count": [2, 0, 5, 1], "rate_per_1000": [4.0, 0.0, 10.0, 2.0]})
    >>> fig = textplot_sector_rates(table)
    >>> fig.get_suptitle()
    'Sector mentions by period'
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Trade', 'Water']
    """
    require_columns(
        summary, [by, "sector", "count", "rate_per_1000"], "sector-summary-by-period table"
    )
    if by != "period":
        summary = summary.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    periods = group_values(summary, order=order)
    if len(periods) > 3:
        noun = "periods" if by == "period" else "groups"
        return _sector_rates_panels(summary, periods, labels, all_sectors, order, figsize, noun)
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        if not periods:
            return empty_figure(fig, ax, "no sector mentions")
        names = sector_labels(summary, labels)
        if all_sectors:
            sectors = sector_order(summary["sector"], labels, every=True)
        else:
            sectors = sector_order(summary.loc[summary["count"] > 0, "sector"], labels)
        styles = period_styles(periods, order=order)
        tab = summary.assign(
            period=summary["period"].astype(str), sector=summary["sector"].astype(str)
        )
        tokens = tab.groupby("period")["n_tokens"].first() if "n_tokens" in tab.columns else None
        if len(periods) == 3:  # three bars a sector: 0.1 in each at least
            figsize = taller(fig, figsize, len(sectors) * len(periods) * 0.1 + 1.2)
        h = 0.8 / len(periods)
        y0 = np.arange(len(sectors))[::-1].astype(float)
        xmax = float(tab["rate_per_1000"].max()) if len(tab) else 1.0
        for j, p in enumerate(periods):
            sub = tab[tab["period"] == p].set_index("sector")
            rates = sub["rate_per_1000"].reindex(sectors).fillna(0.0).astype(float).to_numpy()
            counts = sub["count"].reindex(sectors).fillna(0).astype(int).to_numpy()
            ys = y0 + 0.4 - h * (j + 0.5)
            st = styles[p]
            label = p if tokens is None else f"{p} ({int(tokens[p]):,} tokens)"
            ax.barh(
                ys,
                rates,
                height=h * 0.92,
                color=st["color"],
                hatch=st["hatch"],
                edgecolor="#222222",
                linewidth=0.4,
                label=label,
            )
            for yy, r, n in zip(ys, rates, counts, strict=True):
                ax.text(
                    r + xmax * 0.01,
                    yy,
                    f"n={n}",
                    va="center",
                    ha="left",
                    fontsize=6.5,
                    color="#333333",
                )
        shown = [sector_label(s, names) for s in sectors]
        ax.set_yticks(y0, shown)
        ax.set_xlim(0, max(xmax, 1e-9) * 1.15)
        # the label is centred under the bars: wrapped to their width (the figure less the names)
        bars_width = panel_width(figsize, 1, shown, fontsize=7.5)
        ax.set_xlabel(wrap_to("Sector mentions per 1,000 tokens (n = mentions)", bars_width, 8))
        ax.set_ylim(-0.6, len(sectors) - 0.4)
        ax.xaxis.grid(True)
        # title first, then the legend, right above the bars it keys (never above the title)
        suptitle(fig, "Sector mentions by period", figsize)
        handles, keys = ax.get_legend_handles_labels()
        ax.legend(
            handles, keys, loc="lower right", bbox_to_anchor=(1.0, 1.0), borderaxespad=0.2,
            ncols=legend_columns(keys, float(figsize[0]) - 0.2),
        )
    return fig


def _sector_rates_panels(summary, periods, labels, all_sectors, order, figsize, noun):
    """:func:`textplot_sector_rates` for more than three groups: one panel per group."""
    with figure_style():
        nrows, ncols = group_panels(figsize, len(periods))
        fig, axes = new_figure(figsize, nrows, ncols, sharex=True, sharey=True)
        names = sector_labels(summary, labels)
        if all_sectors:
            sectors = sector_order(summary["sector"], labels, every=True)
        else:
            sectors = sector_order(summary.loc[summary["count"] > 0, "sector"], labels)
        taller(fig, figsize, nrows * (len(sectors) * 0.13 + 0.55) + 0.7)
        styles = period_styles(periods, order=order)
        tab = summary.assign(
            period=summary["period"].astype(str), sector=summary["sector"].astype(str)
        )
        tokens = tab.groupby("period")["n_tokens"].first() if "n_tokens" in tab.columns else None
        y = np.arange(len(sectors))[::-1].astype(float)
        xmax = max(float(tab["rate_per_1000"].max()) if len(tab) else 1.0, 1e-9)
        for ax, p in zip(axes.flat, periods, strict=False):
            sub = tab[tab["period"] == p].set_index("sector")
            rates = sub["rate_per_1000"].reindex(sectors).fillna(0.0).astype(float).to_numpy()
            counts = sub["count"].reindex(sectors).fillna(0).astype(int).to_numpy()
            st = styles[p]
            ax.barh(
                y, rates, height=0.72, color=st["color"], hatch=st["hatch"],
                edgecolor="#222222", linewidth=0.4,
            )
            for yy, r, n in zip(y, rates, counts, strict=True):
                ax.text(r + xmax * 0.02, yy, str(n), va="center", ha="left", fontsize=5.5,
                        color="#333333")
            size = "" if tokens is None else f"\n{int(tokens[p]):,} tokens"
            ax.set_title(f"{p}{size}", fontweight="normal", fontsize=7)
            ax.set_yticks(y, [sector_label(s, names) for s in sectors])
            ax.tick_params(axis="y", labelsize=6.5, length=0)
            ax.tick_params(axis="x", labelsize=6)
            ax.xaxis.grid(True)
            ax.set_ylim(-0.6, len(sectors) - 0.4)
        for ax in list(axes.flat)[len(periods):]:
            ax.set_axis_off()
        axes[0, 0].set_xlim(0, xmax * 1.3)
        axes[0, 0].xaxis.set_major_locator(_ticks(3))
        fig.supxlabel("Sector mentions per 1,000 tokens (count printed)", fontsize=7.5)
        suptitle(fig, f"Sector mentions in each of the {len(periods)} {noun}", figsize)
    return fig


def _ticks(n: int):
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=n, min_n_ticks=2)


def textplot_sector_difference(
    difference: pd.DataFrame, *, labels=None, colours=None, figsize=(7.0, 5.0)
):
    """Change in each sector's rate between the two periods, with its interval and both tests.

    Parameters
    ----------
    difference : DataFrame
        ``sector-period-difference`` (:func:`framing.stats.sectors.sector_period_difference`):
        sector, label, target, reference (period labels), count_target, count_reference,
        rate_diff (target minus reference, per 1,000 tokens), rate_ci_low, rate_ci_high (95 %
        bootstrap interval of the difference over sentences; ``ci_low``/``ci_high`` also read),
        share_target, share_reference, share_odds_ratio, share_p, share_p_adjusted (the share test:
        this sector against the other sector mentions, Fisher's exact test), rate_p,
        rate_p_adjusted (the rate test: mentions against tokens), rate_cluster_p,
        share_cluster_p (permutation over sentences), mde_share_odds_ratio_high, too_small; only
        sector and rate_diff are required. A table with ``share_diff`` but no ``rate_diff`` is drawn
        in shares instead.
    labels : mapping, default=None
        sector id -> display name, in display order; default: the table's ``label`` column,
        else the sector id.
    colours : mapping, default=None
        sector id -> colour of its point (the lexicon's colours); a sector without one gets a
        fallback colour by its position in the order of ``labels`` and the table.
    figsize : (float, float), default=(7.0, 5.0)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Left: one point and interval per sector (the rate difference); sectors flagged
        ``too_small`` are hollow and grey. Right: a text panel, each column named by its test:
        mentions and shares in each period, the share test's odds ratio and p (Benjamini–Hochberg
        adjusted p after the slash), the rate test's p, and the permutation p over sentences; a
        footnote says which test is which and which p is adjusted.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"sector": ["trade", "water"], "target": "2024-07",
    ...                       "reference": "2024-01", "rate_diff": [6.0, 2.0],
    ...                       "rate_ci_low": [-1.0, 0.0], "rate_ci_high": [12.0, 5.0]})
    >>> fig = textplot_sector_difference(table, labels={"water": "Water", "trade": "Trade"})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Water', 'Trade']
    """
    where = "sector-period-difference table"
    require_columns(difference, ["sector"], where)
    use_rate = "rate_diff" in difference.columns
    if not use_rate and "share_diff" not in difference.columns:
        raise AnalysisError(where, "needs the column rate_diff (or share_diff)")
    value_col = "rate_diff" if use_rate else "share_diff"
    ci_cols = next(
        (c for c in (("rate_ci_low", "rate_ci_high"), ("ci_low", "ci_high"))
         if set(c) <= set(difference.columns)),
        None,
    )  # fmt: skip
    with figure_style():
        is_narrow = narrow(figsize)
        ratios = [1.15, 1.0] if is_narrow else [1.7, 1.5]
        fig, axes = new_figure(figsize, 1, 2, sharey=True, gridspec_kw={"width_ratios": ratios})
        ax, ax_t = axes[0]
        if difference.empty:
            return empty_figure(fig, ax, "no sector mentions")
        names = sector_labels(difference, labels)
        palette = sector_colours(sector_order(difference["sector"], labels, every=True), colours)
        tab = difference.assign(sector=difference["sector"].astype(str)).set_index("sector")
        sectors = sector_order(tab.index, labels)
        tab = tab.loc[sectors]
        target = str(tab["target"].iat[0]) if "target" in tab.columns else "target"
        reference = str(tab["reference"].iat[0]) if "reference" in tab.columns else "reference"
        scale = 1.0 if use_rate else 100.0  # shares are drawn in percentage points
        y = np.arange(len(sectors))[::-1]
        small = (
            tab["too_small"].astype(bool).to_numpy()
            if "too_small" in tab.columns
            else np.zeros(len(tab), bool)
        )
        d = tab[value_col].astype(float).to_numpy() * scale
        if ci_cols:
            lo = tab[ci_cols[0]].astype(float).to_numpy() * scale
            hi = tab[ci_cols[1]].astype(float).to_numpy() * scale
            for yi, a, b, s in zip(y, lo, hi, small, strict=True):
                ax.plot(
                    [a, b],
                    [yi, yi],
                    color="#999999" if s else "#222222",
                    linewidth=1.3,
                    solid_capstyle="butt",
                )
        for yi, v, s, sec in zip(y, d, small, sectors, strict=True):
            ax.plot(
                v,
                yi,
                marker="o",
                markersize=5,
                linestyle="none",
                markerfacecolor="white" if s else palette[sec],
                markeredgecolor="#777777" if s else "#222222",
                markeredgewidth=0.9,
            )
        ax.axvline(0, color="#555555", linewidth=0.6)
        ax.set_yticks(y, [sector_label(s, names) for s in sectors])
        ax.set_ylim(-0.6, len(sectors) - 0.4)
        ax.xaxis.grid(True)
        unit = "mentions per 1,000 tokens" if use_rate else "share of mentions, percentage points"
        ax.set_xlabel(wrap(f"{target} minus {reference} ({unit})", figsize, 6 if is_narrow else 9))
        what = "95% bootstrap interval over sentences" if ci_cols else "no interval in the table"
        suptitle(
            fig,
            f"Change in sector {'rates' if use_rate else 'shares'}, {target} against {reference} "
            f"({what})",
            figsize,
        )
        columns = _difference_columns(tab, is_narrow)
        ax_t.set_axis_off()
        # columns as wide as their widest text (measured in points), a few points apart
        size, gap = (5.5, 4.0) if is_narrow else (6.0, 6.0)
        offsets, x = [], 0.0
        for head, cells in columns:
            offsets.append(x)
            x += max(_width_pt(head, size, bold=True), *(_width_pt(c, size) for c in cells)) + gap
        where = ax_t.get_yaxis_transform()  # x in axes fraction, y in rows
        for off, (head, cells) in zip(offsets, columns, strict=True):
            ax_t.annotate(
                head, (0, len(sectors) - 0.5), xycoords=where, xytext=(off, 0),
                textcoords="offset points", fontsize=size, fontweight="bold", va="bottom",
                ha="left",
            )
            for yi, cell, s in zip(y, cells, small, strict=True):
                ax_t.annotate(
                    cell, (0, yi), xycoords=where, xytext=(off, 0), textcoords="offset points",
                    fontsize=size, va="center", ha="left", color="#888888" if s else "#222222",
                )
        ax_t.set_xlim(0, 1)
        ax_t.set_title(
            f"{reference} →{chr(10) if is_narrow else ' '}{target}",
            fontsize=7,
            fontweight="normal",
            loc="left",
            pad=18,
        )
        notes = _difference_notes(tab, small, is_narrow)
        if notes:
            fig.supxlabel(
                wrap(notes, figsize, 17), x=0.01, ha="left", fontsize=6, color="#555555"
            )
    return fig


def _width_pt(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points in the current style's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    return float(TextToPath().get_text_width_height_descent(text, prop, ismath=False)[0])


def _p_short(p: float) -> str:
    """A p-value in a few characters: ".044", ".13", "1", "<.001", "–"."""
    if p is None or math.isnan(p):
        return "–"
    if p < 0.001:
        return "<.001"
    if p >= 0.995:
        return "1"
    return (f"{p:.3f}" if p < 0.1 else f"{p:.2f}").lstrip("0")


def _difference_columns(tab: pd.DataFrame, is_narrow: bool) -> list[tuple[str, list[str]]]:
    """The text panel of :func:`textplot_sector_difference`: (heading, cells) per column, each
    heading naming its test (the footnote says which is which)."""
    cols = set(tab.columns)
    columns = []
    if {"count_target", "count_reference"} <= cols:
        columns.append(
            (
                "n" if is_narrow else "mentions",
                [f"{int(a)} → {int(b)}"
                 for a, b in zip(tab["count_reference"], tab["count_target"], strict=True)],
            )
        )  # fmt: skip
    if {"share_target", "share_reference"} <= cols and not is_narrow:
        columns.append(
            (
                "share %",
                [f"{100 * a:.0f} → {100 * b:.0f}"
                 for a, b in zip(tab["share_reference"], tab["share_target"], strict=True)],
            )
        )  # fmt: skip
    if "share_odds_ratio" in cols and not is_narrow:
        columns.append(("share OR", [_odds_ratio_cell(float(v)) for v in tab["share_odds_ratio"]]))
    for col, head in (("share_p", "share p"), ("rate_p", "rate p"), ("share_cluster_p", "sent. p")):
        if col in cols and not (is_narrow and col == "share_cluster_p"):
            head = head.replace(" p", "") if is_narrow else head  # narrow: "share", "rate"
            columns.append((head, [_p_short(float(v)) for v in tab[col]]))
    return columns


#: Marks of an odds ratio of 0 and of ∞ in the text panel; the footnote says why each arises.
_OR_MARKS = {"zero": "†", "infinite": "‡"}


def _odds_ratio_cell(v: float) -> str:
    """An odds ratio in the text panel: 0 and ∞ (a count of zero) marked for the footnote."""
    if v == 0:
        return f"0{_OR_MARKS['zero']}"
    if math.isinf(v):
        return f"∞{_OR_MARKS['infinite']}"
    return _fmt(v, 2)


def _odds_ratio_notes(tab: pd.DataFrame, target: str, reference: str) -> list[str]:
    """What the footnote says about share odds ratios of 0 and ∞: which count is zero.

    The share odds ratio is a·d / (b·c) with a, b this sector's and the other sectors' mentions in
    the target and c, d in the reference (:func:`framing.stats.sectors.sector_period_difference`):
    0 when a or d is 0, ∞ when b or c is 0. The table keeps the numbers; the figure says why.
    """
    needed = {"share_odds_ratio", "count_target", "count_reference"}
    if not needed <= set(tab.columns):
        return []
    odds = tab["share_odds_ratio"].astype(float)
    a = tab["count_target"].astype(float)
    c = tab["count_reference"].astype(float)
    totals = {"mentions_target", "mentions_reference"} <= set(tab.columns)
    b = tab["mentions_target"].astype(float) - a if totals else pd.Series(np.nan, index=tab.index)
    d = tab["mentions_reference"].astype(float) - c if totals else pd.Series(np.nan, index=tab.index)
    zero, infinite = [], []
    for v, ai, bi, ci, di in zip(odds, a, b, c, d, strict=True):
        if v == 0:
            zero.append(f"none in {target}" if ai == 0 else f"no other sector in {reference}"
                        if di == 0 else "a zero count")
        elif math.isinf(v):
            infinite.append(f"none in {reference}" if ci == 0 else f"no other sector in {target}"
                            if bi == 0 else "a zero count")
    parts = [
        f"{value}{_OR_MARKS[mark]}: {' or '.join(dict.fromkeys(why))}"
        for mark, value, why in (("zero", "0", zero), ("infinite", "∞", infinite))
        if why
    ]
    return [f"share OR {', '.join(parts)} (a zero count: no finite odds ratio)"] if parts else []


def _difference_notes(tab: pd.DataFrame, small: np.ndarray, is_narrow: bool) -> str:
    """The footnote of :func:`textplot_sector_difference`: which test each p comes from, and the
    adjustment across sectors."""
    cols = set(tab.columns)
    notes = []
    share, rate = ("share: p of", "rate: p of") if is_narrow else ("share p:", "rate p:")
    if "share_p" in cols:
        notes.append(f"{share} Fisher's exact test, this sector against the other sector mentions")
    if "rate_p" in cols:
        notes.append(f"{rate} Fisher's exact test, its mentions against all tokens")
    if "share_cluster_p" in cols and not is_narrow:
        notes.append("sent. p: the share test by permutation of whole sentences")
    if not is_narrow:  # narrow figures leave out the odds ratio
        target = str(tab["target"].iat[0]) if "target" in cols and len(tab) else "the target"
        reference = (
            str(tab["reference"].iat[0]) if "reference" in cols and len(tab) else "the reference"
        )
        notes.extend(_odds_ratio_notes(tab, target, reference))
    adjusted = [c for c in ("share_p_adjusted", "rate_p_adjusted") if c in cols]
    if adjusted:
        n = int(tab[adjusted[0]].notna().sum())
        best = float(np.nanmin(tab[adjusted].to_numpy(dtype=float))) if n else math.nan
        if best < 0.05:
            notes.append(f"some p stay below .05 after Benjamini–Hochberg over {n} sectors")
        else:
            notes.append(
                f"none stays below .05 after Benjamini–Hochberg over {n} sectors (smallest "
                f"adjusted p {_p_short(best)})"
            )
    if small.any() and not is_narrow:  # narrow: the caption says it
        notes.append("grey, hollow: too few mentions to conclude")
    return "; ".join(notes) + ("." if notes else "")


def textplot_sector_xray(
    mentions: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    by: str = "period",
    order=None,
    figsize=(7.0, 4.6),
    max_docs: int = 24,
):
    """Where in each report each sector is mentioned (a lexical dispersion "x-ray").

    Parameters
    ----------
    mentions : DataFrame
        ``sector-mentions`` (doc_id, period, sector, rel_position in 0-1, ...) or the
        ``dispersion`` table (doc_id, period, item, rel_position; ``item`` is then the sector).
    labels : mapping, default=None
        sector id -> display name, in display order (pass the lexicon's labels: the mentions
        table lists sectors in text order and has no labels); default: the sector id, in order
        of first mention.
    colours : mapping, default=None
        sector id -> colour of its ticks; a sector without one gets a fallback colour by its
        position in the order of ``labels`` and the table.
    by : str, default="period"
        The table's group column, shown beside each document's id.
    order : sequence of str, default=None
        The groups' order (the analysis's groups): documents are drawn group by group in this
        order. None: groups sorted by label.
    figsize : (float, float), default=(7.0, 4.6)
        Inches. More than three documents go into a grid (at most four columns, two when narrow)
        and the figure grows taller when the rows need it.
    max_docs : int, default=24
        With more documents than this, one panel per group pools its documents' mentions (the title
        gives the number of reports), so the figure's size and drawing time stay bounded on large
        corpora; at most this many groups are drawn (the first, in order) and the title says so.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per document, one row per sector, one tick per mention at its relative position
        (0 = start of the report, 1 = end), in the sector's colour; the mention count at the right.

    Examples
    --------
    >>> import pandas as pd
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"],
    ...                          "period": ["2024-01", "2024-01", "2024-07"],
    ...                          "sector": ["water", "trade", "trade"],
    ...                          "rel_position": [0.1, 0.5, 0.9]})
    >>> fig = textplot_sector_xray(mentions, labels={"trade": "Trade", "water": "Water"})
    >>> from framing.plots.style import panel_title
    >>> panel_title(fig.axes[0]), [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ('a (2024-01)', ['Water', 'Trade'])
    """
    if "sector" not in mentions.columns and "item" in mentions.columns:
        mentions = mentions.rename(columns={"item": "sector"})
    require_columns(mentions, ["doc_id", by, "sector", "rel_position"], "sector-mentions table")
    if by != "period":
        mentions = mentions.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    with figure_style():
        docs = mentions[["doc_id", "period"]].astype(str).drop_duplicates()
        rank = {g: i for i, g in enumerate(ordered_groups(docs["period"], order))}
        docs = (
            docs.assign(_rank=docs["period"].map(rank))
            .sort_values(["_rank", "doc_id"])
            .drop(columns="_rank")
        )
        # panels: (title, the column that selects its mentions, the value); pooled by group when
        # there are too many reports for one panel each
        n_docs = len(docs)
        pooled = n_docs > max_docs
        if pooled:
            per_group = docs.groupby("period", sort=False).size()
            shown = list(per_group.index)[:max_docs]
            panels = [(f"{g}: {per_group[g]:,} reports pooled", "period", g) for g in shown]
        else:
            panels = [(f"{d} ({g})", "doc_id", d) for d, g in docs.itertuples(index=False)]
        n = max(1, len(panels))
        grid_rows, grid_cols = group_panels(figsize, n, max_cols=5)
        many = n > 3
        fig, axes = new_figure(
            figsize, grid_rows, grid_cols, sharey=True, squeeze_to_row=not many
        )
        if mentions.empty:
            return empty_figure(fig, axes[0, 0], "no sector mentions")
        names = sector_labels(mentions, labels)
        palette = sector_colours(sector_order(mentions["sector"], labels, every=True), colours)
        sectors = sector_order(mentions["sector"], labels)
        y = {s: i for i, s in enumerate(reversed(sectors))}
        if many:
            taller(fig, figsize, grid_rows * (len(sectors) * 0.12 + 0.85) + 0.4)
            width = panel_width(figsize, grid_cols, [sector_label(s, names) for s in sectors])
        for ax in list(axes.flat)[len(panels):]:
            ax.set_axis_off()
        keys = {c: mentions[c].astype(str) for c in ("doc_id", "period")}
        for ax, (title, column, value) in zip(axes.flat, panels, strict=False):
            sub = mentions[keys[column] == value]
            ax.set_yticks(range(len(sectors)), [sector_label(s, names) for s in reversed(sectors)])
            for s in sectors:
                pos = (
                    sub.loc[sub["sector"].astype(str) == s, "rel_position"].astype(float).to_numpy()
                )
                ax.axhline(y[s], color="#EEEEEE", linewidth=0.6, zorder=0)
                if len(pos):
                    # a dark outline under each coloured tick: pale sectors stay visible, also in grey
                    ax.plot(
                        pos,
                        np.full(len(pos), y[s]),
                        linestyle="none",
                        marker="|",
                        markersize=7 if many else 10,
                        markeredgewidth=2.8,
                        color="#333333",
                    )
                    ax.plot(
                        pos,
                        np.full(len(pos), y[s]),
                        linestyle="none",
                        marker="|",
                        markersize=5.8 if many else 8.6,
                        markeredgewidth=1.6,
                        color=palette[s],
                    )
                ax.text(
                    1.02,
                    y[s],
                    str(len(pos)),
                    va="center",
                    ha="left",
                    fontsize=6.5,
                    transform=ax.get_yaxis_transform(),
                    color="#333333",
                )
            ax.set_xlim(0, 1)
            ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["start", "", "middle", "", "end"])
            if many:
                ax.set_title(wrap_to(title, width, 7), fontweight="normal", fontsize=7)
                ax.tick_params(axis="y", labelsize=6.5)
                ax.set_xticks([0, 0.5, 1], ["start", "middle", "end"], fontsize=6)
            else:  # the title spans the sector names too: it fits at single-column width
                ax.tick_params(axis="y", length=0)
                title_over_labels(ax, title, fontweight="normal")
                ax.set_xlabel("Position in the report")
            ax.spines["left"].set_visible(False)
            ax.tick_params(axis="y", length=0)
            ax.text(
                1.02,
                len(sectors) - 0.4,
                "n",
                fontsize=6.5,
                fontweight="bold",
                ha="left",
                transform=ax.get_yaxis_transform(),
            )
        axes[0, 0].set_yticks(list(y.values()), [sector_label(s, names) for s in y])
        axes[0, 0].set_ylim(-0.7, len(sectors) - 0.3)
        if many:
            fig.supxlabel("Position in the report", fontsize=7.5)
        heading = "Where each sector is mentioned (one tick per mention)"
        if pooled:
            heading += f"; {n_docs:,} reports, pooled by group"
            if len(panels) < len(per_group):
                heading += f" (first {len(panels)} of {len(per_group)} groups)"
        suptitle(fig, heading, figsize)
    return fig


def textplot_sector_sides(
    by_side: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    sides=None,
    by: str = "period",
    order=None,
    figsize=(7.0, 4.6),
):
    """Who voices which sector: mentions by speaker side and sector, one panel per period.

    Parameters
    ----------
    by_side : DataFrame
        ``sector-by-side``: period (the column named by ``by``), side, sector, count.
    labels : mapping, default=None
        sector id -> display name, in display order (pass the lexicon's labels); default: the
        sector id, in the table's order.
    colours : mapping, default=None
        sector id -> colour (the lexicon's). Taken so that every sector figure takes the same
        options; not drawn here: the cells are shaded by count.
    sides : mapping, default=None
        side id -> ``(label, colour)`` (or just a label), in display order: the study's sides
        (``Study.side_styles()``). Only the order and the labels are drawn (the cells are shaded
        by count on one scale). Default: the table's sides in order of first appearance, with
        ``narrator`` and ``joint`` last, each labelled by its id with a capital first letter.
    by : str, default="period"
        The table's group column; one panel per group.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: sorted labels (periods in time order).
    figsize : (float, float), default=(7.0, 4.6)
        Inches. More than three groups go into a grid (at most four columns, two when narrow) and
        the figure grows taller when the rows need it.

    Returns
    -------
    matplotlib.figure.Figure
        Heat maps (rows sectors, columns sides) with the count written in every non-empty cell; one
        colour scale shared by the panels.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": "2024-01", "side": ["joint", "north", "south"],
    ...                       "sector": "trade", "count": [1, 2, 3]})
    >>> fig = textplot_sector_sides(table, sides={"south": ("The South", "#0077BB")})
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['The South', 'North', 'Joint']
    """
    require_columns(by_side, [by, "side", "sector", "count"], "sector-by-side table")
    if by != "period":
        by_side = by_side.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    with figure_style():
        periods = group_values(by_side, order=order)
        many = len(periods) > 3
        grid_rows, grid_cols = group_panels(figsize, len(periods))
        fig, axes = new_figure(
            figsize, grid_rows, grid_cols, sharey=True, squeeze_to_row=not many
        )
        if by_side.empty:
            return empty_figure(fig, axes[0, 0], "no sector mentions")
        import matplotlib as mpl

        tab = by_side.assign(**{c: by_side[c].astype(str) for c in ["period", "side", "sector"]})
        names = sector_labels(by_side, labels)
        sectors = sector_order(tab["sector"], labels)
        side_style = side_styles(tab["side"], sides)
        side_ids = list(side_style)
        vmax = max(1, int(tab["count"].max()))
        cmap = mpl.colormaps[SEQUENTIAL_CMAP]
        norm = mpl.colors.Normalize(0, vmax)
        if many:
            taller(fig, figsize, grid_rows * (len(sectors) * 0.13 + 1.1) + 0.4)
        for ax in list(axes.flat)[len(periods):]:
            ax.set_axis_off()
        for ax, p in zip(axes.flat, periods, strict=False):
            m = (
                tab[tab["period"] == p]
                .pivot_table(index="sector", columns="side", values="count", aggfunc="sum")
                .reindex(index=sectors, columns=side_ids)
                .fillna(0)
                .astype(int)
            )
            ax.imshow(m.to_numpy(), cmap=cmap, norm=norm, aspect="auto")
            for i in range(m.shape[0]):
                for j in range(m.shape[1]):
                    v = int(m.iat[i, j])
                    if v:
                        ax.text(
                            j,
                            i,
                            str(v),
                            ha="center",
                            va="center",
                            fontsize=7,
                            color=_text_colour(cmap(norm(v))),
                        )
            side_names = [label for label, _ in side_style.values()]
            if many:
                ax.set_xticks(
                    range(len(side_ids)), side_names, rotation=45, ha="right",
                    rotation_mode="anchor", fontsize=6.5,
                )
                ax.tick_params(axis="y", labelsize=6.5)
            else:
                ax.set_xticks(range(len(side_ids)), side_names)
            ax.set_yticks(range(len(sectors)), [sector_label(s, names) for s in sectors])
            ax.set_title(
                f"{p} (n={int(m.to_numpy().sum())})",
                fontweight="normal",
                **({"fontsize": 7} if many else {}),
            )
            ax.tick_params(length=0)
            ax.set_xticks(np.arange(len(side_ids) + 1) - 0.5, minor=True)
            ax.set_yticks(np.arange(len(sectors) + 1) - 0.5, minor=True)
            ax.grid(which="minor", color="white", linewidth=1)
            ax.tick_params(which="minor", length=0)
            for sp in ax.spines.values():
                sp.set_visible(False)
        axes[0, 0].set_yticks(range(len(sectors)), [sector_label(s, names) for s in sectors])
        suptitle(fig, "Who voices each sector: mentions by speaker side", figsize)
    return fig


def _pair_matrix(tab: pd.DataFrame, sectors: list[str]) -> np.ndarray:
    """Lower-triangle matrix of sentences naming both sectors.

    Rows of one ordered pair are summed (a table without its group column holds one row per
    group); a pair listed both ways (the tables of :func:`framing.stats.sector_cooccurrence` are
    symmetric) is counted once.
    """
    idx = {sec: i for i, sec in enumerate(sectors)}
    ordered = np.zeros((len(sectors), len(sectors)), dtype=int)
    for a, b, n in zip(
        tab["sector_a"].astype(str), tab["sector_b"].astype(str), tab["n_sentences"], strict=True
    ):
        if a != b and a in idx and b in idx:
            ordered[idx[a], idx[b]] += int(n)
    return np.tril(np.maximum(ordered, ordered.T), -1)


def textplot_sector_cooccurrence(
    cooccurrence: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    by: str = "period",
    order=None,
    per_group: bool = False,
    n_pairs: int = 30,
    figsize=(6.0, 5.4),
):
    """How often two sectors are named in the same sentence: two groups mirrored, more summed.

    Parameters
    ----------
    cooccurrence : DataFrame
        ``sector-cooccurrence``: (period,) sector_a, sector_b, n_sentences. Pairs may be listed in
        both orders (counted once); the diagonal (sentences naming a sector) is not drawn.
    labels : mapping, default=None
        sector id -> display name, in display order (pass the lexicon's labels); default: the
        sector id, in the table's order.
    colours : mapping, default=None
        sector id -> colour (the lexicon's). Taken so that every sector figure takes the same
        options; not drawn here: the cells are shaded by count.
    by : str, default="period"
        The table's group column, if it has one.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: sorted labels (periods in time order).
    per_group : bool, default=False
        One column per group instead: rows are the pairs of sectors named together, columns the
        groups in order, then their sum (Σ).
    n_pairs : int, default=30
        With ``per_group``, the pairs shown: the most frequent overall (ties in sector order).
    figsize : (float, float), default=(6.0, 5.4)
        Inches. With ``per_group``, the height follows the number of pairs.

    Returns
    -------
    matplotlib.figure.Figure
        A square heat map over the sectors that share a sentence with another: with two groups,
        below the diagonal the earlier (blue scale), above it the later (gold scale); with no
        group column, one group or more than two, the sum over all groups (every sentence counted
        once) below the diagonal; each cell with its count.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"sector_a": ["trade", "water"], "sector_b": ["water", "trade"],
    ...                       "n_sentences": [2, 2]})
    >>> fig = textplot_sector_cooccurrence(table, labels={"water": "Water", "trade": "Trade"})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Water', 'Trade']
    """
    require_columns(
        cooccurrence, ["sector_a", "sector_b", "n_sentences"], "sector-cooccurrence table"
    )
    if by != "period" and by in cooccurrence.columns:
        cooccurrence = cooccurrence.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        off = cooccurrence[
            (cooccurrence["sector_a"].astype(str) != cooccurrence["sector_b"].astype(str))
            & (cooccurrence["n_sentences"] > 0)
        ]
        if off.empty:
            return empty_figure(fig, ax, "no two sectors share a sentence")
        import matplotlib as mpl

        periods = (
            group_values(cooccurrence, order=order) if "period" in cooccurrence.columns else []
        )
        sectors = sector_order(pd.concat([off["sector_a"], off["sector_b"]]), labels)
        n = len(sectors)
        if per_group:
            return _cooccurrence_by_group(
                fig, ax, cooccurrence, periods, sectors, labels, n_pairs, figsize
            )
        if len(periods) == 2:
            lower = _pair_matrix(
                cooccurrence[cooccurrence["period"].astype(str) == periods[0]], sectors
            )
            upper = _pair_matrix(
                cooccurrence[cooccurrence["period"].astype(str) == periods[1]], sectors
            ).T
            parts = [
                (lower, np.tril(np.ones((n, n), bool), -1), "Blues", periods[0]),
                (upper, np.triu(np.ones((n, n), bool), 1), "YlOrBr", periods[1]),
            ]
        else:  # one matrix per group (a pair listed both ways counts once), summed over groups
            groups = (
                [cooccurrence[cooccurrence["period"].astype(str) == p] for p in periods]
                if periods
                else [cooccurrence]
            )
            lower = sum(_pair_matrix(g, sectors) for g in groups)
            parts = [(lower, np.tril(np.ones((n, n), bool), -1), SEQUENTIAL_CMAP, None)]
        vmax = max(1, max(int(m.max()) for m, *_ in parts))
        for m, keep, cmap_name, _ in parts:
            cmap = mpl.colormaps[cmap_name].with_extremes(bad=(0, 0, 0, 0))
            norm = mpl.colors.Normalize(0, vmax * 1.15)  # the top colour stays short of black
            ax.imshow(
                np.ma.masked_where(~keep, m),
                cmap=cmap,
                norm=norm,
                aspect="equal",
                interpolation="nearest",
            )
            for i, j in zip(*np.nonzero(keep), strict=True):
                v = int(m[i, j])
                ax.text(
                    j,
                    i,
                    str(v) if v else "·",
                    ha="center",
                    va="center",
                    fontsize=6.5 if v else 6,
                    color=_text_colour(cmap(norm(v))) if v else "#AAAAAA",
                )
        for i in range(n):  # the diagonal separates the periods
            ax.add_patch(
                mpl.patches.Rectangle(
                    (i - 0.5, i - 0.5), 1, 1, facecolor="#E6E6E6", edgecolor="white"
                )
            )
        names = [sector_label(s, labels) for s in sectors]
        ax.set_yticks(range(n), names)
        ax.set_xticks(range(n), names, rotation=45, ha="right", rotation_mode="anchor")
        ax.set_xticks(np.arange(n + 1) - 0.5, minor=True)
        ax.set_yticks(np.arange(n + 1) - 0.5, minor=True)
        ax.grid(which="minor", color="white", linewidth=0.8)
        ax.tick_params(which="both", length=0)
        if narrow(figsize):  # rows of a single-column square are shorter than 7.5-pt labels
            ax.tick_params(which="major", labelsize=6)
        ax.set_xlim(-0.5, n - 0.5)
        ax.set_ylim(n - 0.5, -0.5)
        for sp in ax.spines.values():
            sp.set_visible(False)
        if len(periods) == 2:
            suptitle(
                fig,
                f"Sentences naming both sectors: below the diagonal {periods[0]} (blue),\n"
                f"above it {periods[1]} (gold); · = none",
                figsize,
            )
        elif len(periods) > 2:
            suptitle(
                fig,
                f"Sentences naming both sectors, all {len(periods)} groups together (sum; "
                "· = none)",
                figsize,
            )
        else:
            suptitle(fig, "Sentences naming both sectors (· = none)", figsize)
    return fig


def _cooccurrence_by_group(fig, ax, table, periods, sectors, labels, n_pairs, figsize):
    """:func:`textplot_sector_cooccurrence` with ``per_group``: pairs x groups, then the sum."""
    import matplotlib as mpl

    check_int("n_pairs", n_pairs, minimum=1)
    groups = periods or [""]
    parts = [table[table["period"].astype(str) == g] for g in periods] if periods else [table]
    mats = [_pair_matrix(t, sectors) for t in parts]
    total = sum(mats)
    pairs = [(i, j) for i in range(len(sectors)) for j in range(i) if total[i, j] > 0]
    pairs.sort(key=lambda ij: (-int(total[ij]), ij[1], ij[0]))
    shown = pairs[:n_pairs]
    values = np.array([[m[i, j] for m in mats] + [total[i, j]] for i, j in shown], dtype=int)
    w, h = float(figsize[0]), round(max(1.8, len(shown) * 0.2 + 1.3), 2)
    fig.set_size_inches(w, h)  # one row per pair, however few
    cmap = mpl.colormaps[SEQUENTIAL_CMAP]
    vmax = max(1, int(values[:, :-1].max())) if len(groups) else 1
    norm = mpl.colors.Normalize(0, vmax * 1.15)
    shade = np.where(np.arange(values.shape[1]) < len(groups), values, 0)
    ax.imshow(shade, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
    for r in range(values.shape[0]):
        for c in range(values.shape[1]):
            v = int(values[r, c])
            last = c == values.shape[1] - 1
            ax.text(
                c, r, str(v) if v else "·", ha="center", va="center",
                fontsize=6.5 if v else 6, fontweight="bold" if last else "normal",
                color=(_text_colour(cmap(norm(v))) if v and not last else "#222222" if v
                       else "#AAAAAA"),
            )
    ax.add_patch(
        mpl.patches.Rectangle(
            (len(groups) - 0.5, -0.5), 1, len(shown), facecolor="#F2F2F2", edgecolor="none",
            zorder=0.5,
        )
    )
    names = [f"{sector_label(sectors[j], labels)} + {sector_label(sectors[i], labels)}"
             for i, j in shown]
    ax.set_yticks(range(len(shown)), names, fontsize=6.5)
    heads = [*(str(g) for g in groups), "Σ"]
    rotate = len(groups) > 4
    ax.set_xticks(
        range(len(heads)), heads, fontsize=6.5, rotation=90 if rotate else 0,
    )
    ax.xaxis.tick_top()
    ax.tick_params(which="both", length=0)
    ax.set_xticks(np.arange(len(heads) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(shown) + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=0.8)
    for sp in ax.spines.values():
        sp.set_visible(False)
    more = f"; the {len(shown)} most frequent of {len(pairs)} pairs" if len(pairs) > len(shown) else ""
    suptitle(
        fig,
        f"Sentences naming both sectors, per group and in all (Σ){more}; · = none",
        (w, h),
    )
    return fig
