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

from framing.errors import AnalysisError, require_columns
from framing.plots.style import (
    SEQUENTIAL_CMAP,
    empty_figure,
    figure_style,
    group_values,
    narrow,
    new_figure,
    panels,
    period_styles,
    sector_colours,
    sector_label,
    sector_labels,
    sector_order,
    side_styles,
    suptitle,
    wrap,
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
    figsize : (float, float), default=(7.0, 5.0)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Horizontal grouped bars: one bar per sector and period (period colour and hatch), the count
        ``n`` printed at the end of each bar.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": ["2024-01", "2024-01", "2024-07", "2024-07"],
    ...                       "sector": ["trade", "water", "trade", "water"],
    ...                       "label": ["Trade", "Water", "Trade", "Water"],
    ...                       "count": [2, 0, 5, 1], "rate_per_1000": [4.0, 0.0, 10.0, 2.0]})
    >>> fig = textplot_sector_rates(table)
    >>> fig.axes[0].get_title(loc="left")
    'Sector mentions by period'
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Trade', 'Water']
    """
    require_columns(
        summary, [by, "sector", "count", "rate_per_1000"], "sector-summary-by-period table"
    )
    if by != "period":
        summary = summary.rename(columns={by: "period"})
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        periods = group_values(summary)
        if not periods:
            return empty_figure(fig, ax, "no sector mentions")
        names = sector_labels(summary, labels)
        if all_sectors:
            sectors = sector_order(summary["sector"], labels, every=True)
        else:
            sectors = sector_order(summary.loc[summary["count"] > 0, "sector"], labels)
        styles = period_styles(periods)
        tab = summary.assign(
            period=summary["period"].astype(str), sector=summary["sector"].astype(str)
        )
        tokens = tab.groupby("period")["n_tokens"].first() if "n_tokens" in tab.columns else None
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
        ax.set_yticks(y0, [sector_label(s, names) for s in sectors])
        ax.set_xlim(0, max(xmax, 1e-9) * 1.15)
        ax.set_xlabel(wrap("Sector mentions per 1,000 tokens (n = mentions)", figsize, 16))
        ax.set_ylim(-0.6, len(sectors) - 0.4)
        ax.xaxis.grid(True)
        fig.legend(loc="outside upper right", ncols=len(periods), title=None)
        ax.set_title(wrap("Sector mentions by period", figsize))
    return fig


def textplot_sector_difference(
    difference: pd.DataFrame, *, labels=None, colours=None, figsize=(7.0, 5.0)
):
    """Change in each sector's rate between the two periods, with its bootstrap interval.

    Parameters
    ----------
    difference : DataFrame
        ``sector-period-difference`` (:func:`framing.sectors.sector_period_difference`): sector,
        label, target, reference (period labels), count_target, count_reference, rate_diff
        (target minus reference, per 1,000 tokens), ci_low, ci_high (95 % bootstrap interval of
        the difference over sentences), share_target, share_reference, odds_ratio, p_value
        (Fisher's exact test), too_small; only sector and rate_diff are required. A table with
        ``share_diff`` but no ``rate_diff`` is drawn in shares instead.
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
        Left: one point and interval per sector; sectors flagged ``too_small`` are hollow and grey.
        Right: a text panel with the counts, the shares of all sector mentions, Fisher's p and the
        odds ratio of each sector.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"sector": ["trade", "water"], "target": "2024-07",
    ...                       "reference": "2024-01", "rate_diff": [6.0, 2.0],
    ...                       "ci_low": [-1.0, 0.0], "ci_high": [12.0, 5.0]})
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
    has_ci = {"ci_low", "ci_high"} <= set(difference.columns)
    with figure_style():
        is_narrow = narrow(figsize)
        ratios = [1.15, 1.0] if is_narrow else [2.0, 1.3]
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
        if has_ci:
            lo = tab["ci_low"].astype(float).to_numpy() * scale
            hi = tab["ci_high"].astype(float).to_numpy() * scale
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
        what = "95% bootstrap interval over sentences" if has_ci else "no interval in the table"
        suptitle(
            fig,
            f"Change in sector {'rates' if use_rate else 'shares'}, {target} against {reference} "
            f"({what})",
            figsize,
        )
        # the text panel: counts, shares, Fisher's exact test
        columns = []
        if {"count_target", "count_reference"} <= set(tab.columns):
            columns.append(
                (
                    "n" if is_narrow else "mentions",
                    [
                        f"{int(a)} → {int(b)}"
                        for a, b in zip(tab["count_reference"], tab["count_target"], strict=True)
                    ],
                )
            )
        if {"share_target", "share_reference"} <= set(tab.columns) and not is_narrow:
            columns.append(
                (
                    "share %",
                    [
                        f"{100 * a:.0f} → {100 * b:.0f}"
                        for a, b in zip(tab["share_reference"], tab["share_target"], strict=True)
                    ],
                )
            )
        if "p_value" in tab.columns:
            columns.append(
                (
                    "p" if is_narrow else "Fisher p",
                    [_fmt_p(float(v)).replace("p=", "").replace("p<", "<") for v in tab["p_value"]],
                )
            )
        if "odds_ratio" in tab.columns and not is_narrow:
            columns.append(
                ("odds r.", [_fmt(float(v), 2).replace("inf", "∞") for v in tab["odds_ratio"]])
            )
        ax_t.set_axis_off()
        xs = ([0.0, 0.62] if is_narrow else [0.0, 0.3, 0.58, 0.82])[: len(columns)]
        for x, (head, cells) in zip(xs, columns, strict=True):
            ax_t.text(
                x, len(sectors) - 0.5, head, fontsize=6.5, fontweight="bold", va="bottom", ha="left"
            )
            for yi, cell, s in zip(y, cells, small, strict=True):
                ax_t.text(
                    x,
                    yi,
                    cell,
                    fontsize=6.5,
                    va="center",
                    ha="left",
                    color="#888888" if s else "#222222",
                )
        ax_t.set_xlim(0, 1)
        ax_t.set_title(
            f"{reference} →{chr(10) if is_narrow else ' '}{target}",
            fontsize=7,
            fontweight="normal",
            loc="left",
            pad=12,
        )
        if small.any() and not is_narrow:  # narrow: the caption says it
            ax_t.text(
                0,
                -1.1,
                wrap("grey, hollow: too few mentions to conclude", figsize, 4),
                fontsize=6.5,
                color="#666666",
                va="top",
                ha="left",
            )
    return fig


def textplot_sector_xray(
    mentions: pd.DataFrame, *, labels=None, colours=None, by: str = "period", figsize=(7.0, 4.6)
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
    figsize : (float, float), default=(7.0, 4.6)
        Inches.

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
    >>> fig.axes[0].get_title(loc="left"), [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ('a (2024-01)', ['Water', 'Trade'])
    """
    if "sector" not in mentions.columns and "item" in mentions.columns:
        mentions = mentions.rename(columns={"item": "sector"})
    require_columns(mentions, ["doc_id", by, "sector", "rel_position"], "sector-mentions table")
    if by != "period":
        mentions = mentions.rename(columns={by: "period"})
    with figure_style():
        docs = (
            mentions[["doc_id", "period"]]
            .astype(str)
            .drop_duplicates()
            .sort_values(["period", "doc_id"])
        )
        n = max(1, len(docs))
        fig, axes = new_figure(figsize, *panels(figsize, n), sharey=True, squeeze_to_row=True)
        if mentions.empty:
            return empty_figure(fig, axes[0, 0], "no sector mentions")
        names = sector_labels(mentions, labels)
        palette = sector_colours(sector_order(mentions["sector"], labels, every=True), colours)
        sectors = sector_order(mentions["sector"], labels)
        y = {s: i for i, s in enumerate(reversed(sectors))}
        for ax, (doc, period) in zip(axes[0], docs.itertuples(index=False), strict=True):
            sub = mentions[mentions["doc_id"].astype(str) == doc]
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
                        markersize=10,
                        markeredgewidth=2.8,
                        color="#333333",
                    )
                    ax.plot(
                        pos,
                        np.full(len(pos), y[s]),
                        linestyle="none",
                        marker="|",
                        markersize=8.6,
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
            ax.set_title(f"{doc} ({period})", fontweight="normal")
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
        suptitle(fig, "Where each sector is mentioned (one tick per mention)", figsize)
    return fig


def textplot_sector_sides(
    by_side: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    sides=None,
    by: str = "period",
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
    figsize : (float, float), default=(7.0, 4.6)
        Inches.

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
        by_side = by_side.rename(columns={by: "period"})
    with figure_style():
        periods = group_values(by_side)
        fig, axes = new_figure(
            figsize, *panels(figsize, max(1, len(periods))), sharey=True, squeeze_to_row=True
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
        for ax, p in zip(axes[0], periods, strict=True):
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
            ax.set_xticks(range(len(side_ids)), [label for label, _ in side_style.values()])
            ax.set_yticks(range(len(sectors)), [sector_label(s, names) for s in sectors])
            ax.set_title(f"{p} (n={int(m.to_numpy().sum())})", fontweight="normal")
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
    idx = {sec: i for i, sec in enumerate(sectors)}
    m = np.zeros((len(sectors), len(sectors)), dtype=int)
    for a, b, n in zip(
        tab["sector_a"].astype(str), tab["sector_b"].astype(str), tab["n_sentences"], strict=True
    ):
        if a != b and a in idx and b in idx:
            i, j = sorted((idx[a], idx[b]), reverse=True)
            m[i, j] = max(m[i, j], int(n))  # a pair listed both ways holds the same count
    return m


def textplot_sector_cooccurrence(
    cooccurrence: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    by: str = "period",
    figsize=(6.0, 5.4),
):
    """How often two sectors are named in the same sentence, the two periods mirrored.

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
    figsize : (float, float), default=(6.0, 5.4)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        A square heat map over the sectors that share a sentence with another: below the diagonal
        the earlier period (blue scale), above it the later period (gold scale), each cell with its
        count. With no group column, one group or more than two, the counts of all groups
        together in the lower triangle.

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
        cooccurrence = cooccurrence.rename(columns={by: "period"})
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

        periods = group_values(cooccurrence) if "period" in cooccurrence.columns else []
        sectors = sector_order(pd.concat([off["sector_a"], off["sector_b"]]), labels)
        n = len(sectors)
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
        else:
            suptitle(fig, "Sentences naming both sectors (· = none)", figsize)
    return fig
