"""Change over time: sectors (or terms) over the groups, as a heat map and as small multiples.

* :func:`textplot_sector_trend`: a heat map, sectors (rows) by groups (columns, in order), each
  cell shaded by the sector's rate per 1,000 tokens (or share of mentions) and printed with its
  count; at the right, each sector's course in a word (persistent, new, dropped, episode,
  intermittent) and its longest absence. Reads at 12 groups and more.
* :func:`textplot_trend_intervals`: small multiples, one panel per sector (or per term), the rate
  (or share) in each group with its exact interval and the count printed.

Both take a trend table (:func:`framing.stats.trends.sector_trend` or, for the second, also
:func:`framing.stats.trends.term_trend`); sector order and labels come from the caller and the
table, as in the other sector figures.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, require_columns
from framing.plots.style import (
    PERIOD_COLOURS,
    SEQUENTIAL_CMAP,
    empty_figure,
    figure_style,
    grid,
    narrow,
    new_figure,
    ordered_groups,
    sector_label,
    sector_labels,
    sector_order,
    suptitle,
    taller,
    text_width,
    wrap,
    wrap_to,
)

__all__ = ["textplot_sector_trend", "textplot_trend_intervals"]

_VALUES = {
    "rate_per_1000": ("rate_low", "rate_high", "mentions per 1,000 tokens"),
    "share": ("share_low", "share_high", "share of the group's sector mentions"),
}


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "#222222"


def _groups(table: pd.DataFrame, order) -> list[str]:
    """The table's groups: ``order`` first, then by ``position`` if the table has it, else sorted."""
    if order is None and "position" in table.columns:
        first = table.sort_values("position", kind="stable")["period"].astype(str)
        order = list(dict.fromkeys(first))
    return ordered_groups(table["period"], order)


def _course(counts: list[int]) -> tuple[str, int]:
    """A sector's course over the groups in a word, and its longest run of groups without it."""
    present = [c > 0 for c in counts]
    longest = run = 0
    for p in present:
        run = 0 if p else run + 1
        longest = max(longest, run)
    if not any(present):
        return "never", longest
    if all(present):
        return "persistent", 0
    first = present.index(True)
    last = len(present) - 1 - present[::-1].index(True)
    if not all(present[first : last + 1]):
        return "intermittent", longest
    if first == 0:
        return "dropped", longest
    if last == len(present) - 1:
        return "new", longest
    return "episode", longest


def textplot_sector_trend(
    trend: pd.DataFrame,
    *,
    labels=None,
    colours=None,
    value: str = "rate_per_1000",
    all_sectors: bool = True,
    by: str = "period",
    order=None,
    figsize=(7.0, 5.0),
):
    """Each sector over the groups: a heat map of its rate (or share) with the count in each cell.

    Parameters
    ----------
    trend : DataFrame
        ``sector-trend`` (:func:`framing.stats.trends.sector_trend`): the group column (named by
        ``by``), sector, count, and the ``value`` column; if present label, position (the groups'
        order) and n_tokens (printed under each group).
    labels : mapping, default=None
        sector id -> display name, in display order (the reporting layer passes the lexicon's);
        default: the table's ``label`` column, else the sector id.
    colours : mapping, default=None
        sector id -> colour (the lexicon's). Taken so that every sector figure takes the same
        options; not drawn here: the cells are shaded by ``value``.
    value : {"rate_per_1000", "share"}, default="rate_per_1000"
        What shades the cells: mentions per 1,000 tokens, or share of the group's sector mentions.
    all_sectors : bool, default=True
        List every sector, also those never mentioned (an absence is a finding); False: only the
        sectors mentioned at least once.
    by : str, default="period"
        The table's group column; one column of cells per group.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); None: the table's ``position``, else sorted
        labels.
    figsize : (float, float), default=(7.0, 5.0)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        Rows: sectors; columns: groups in order (tokens of each group under its label); each cell
        shaded by ``value`` on one scale and printed with the count of mentions (· = none). At the
        right, each sector's course: persistent (every group), new (from its first appearance to
        the last group), dropped (from the first group to its last appearance), episode (a run
        touching neither end), intermittent (gaps), never; with its longest absence in groups.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": ["2024-01", "2024-01", "2024-07", "2024-07"],
    ...                       "sector": ["trade", "water", "trade", "water"],
    ...                       "count": [2, 0, 5, 1], "rate_per_1000": [4.0, 0.0, 10.0, 2.0]})
    >>> fig = textplot_sector_trend(table, labels={"trade": "Trade", "water": "Water"})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Trade', 'Water']
    >>> sorted(t.get_text() for t in fig.axes[0].texts if t.get_text() in ("2", "5", "1", "·"))
    ['1', '2', '5', '·']
    """
    check_choice("value", value, tuple(_VALUES))
    require_columns(trend, [by, "sector", "count", value], "sector-trend table")
    noun = "period" if by == "period" else "group"
    if by != "period":
        trend = trend.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    with figure_style():
        fig, axes = new_figure(figsize)
        ax = axes[0, 0]
        if trend.empty:
            return empty_figure(fig, ax, "no sector mentions")
        import matplotlib as mpl

        groups = _groups(trend, order)
        tab = trend.assign(period=trend["period"].astype(str), sector=trend["sector"].astype(str))
        names = sector_labels(tab, labels)
        if all_sectors:
            sectors = sector_order(tab["sector"], labels, every=True)
        else:
            sectors = sector_order(tab.loc[tab["count"] > 0, "sector"], labels)
        counts = (
            tab.pivot_table(index="sector", columns="period", values="count", aggfunc="sum")
            .reindex(index=sectors, columns=groups)
            .fillna(0)
            .astype(int)
        )
        values = (
            tab.pivot_table(index="sector", columns="period", values=value, aggfunc="first")
            .reindex(index=sectors, columns=groups)
            .astype(float)
        )
        n, m = len(sectors), len(groups)
        taller(fig, figsize, n * 0.24 + 1.7 + (0.35 if m > 6 else 0))
        vmax = float(np.nanmax(values.to_numpy())) if np.isfinite(values.to_numpy()).any() else 0
        cmap = mpl.colormaps[SEQUENTIAL_CMAP]
        norm = mpl.colors.Normalize(0, max(vmax, 1e-9) * 1.15)  # the top stays short of black
        ax.imshow(
            np.ma.masked_invalid(values.to_numpy()), cmap=cmap, norm=norm, aspect="auto",
            interpolation="nearest",
        )
        small = 6 if m > 8 else 6.5
        for i in range(n):
            for j in range(m):
                c = int(counts.iat[i, j])
                v = values.iat[i, j]
                ax.text(
                    j, i, str(c) if c else "·", ha="center", va="center",
                    fontsize=small if c else 6,
                    color=_text_colour(cmap(norm(v))) if c and not math.isnan(v) else "#999999",
                )
        ax.set_yticks(range(n), [sector_label(s, names) for s in sectors])
        tokens = (
            tab.groupby("period")["n_tokens"].first() if "n_tokens" in tab.columns else None
        )
        ticks = [
            f"{g}\n{int(tokens[g]):,} tok." if tokens is not None and g in tokens.index else g
            for g in groups
        ]
        label_w = max(text_width(sector_label(s, names), 7.5) for s in sectors)
        column = (float(figsize[0]) - label_w - 1.1) / max(m, 1)
        widest = max(text_width(t.split("\n")[0], 6.5) for t in ticks)
        rotate = m > 6 or narrow(figsize) or widest > 0.9 * column
        ax.set_xticks(
            range(m), ticks, rotation=90 if rotate else 0, fontsize=6.5,
            **({"ha": "center", "va": "top"} if rotate else {}),
        )
        ax.set_xticks(np.arange(m + 1) - 0.5, minor=True)
        ax.set_yticks(np.arange(n + 1) - 0.5, minor=True)
        ax.grid(which="minor", color="white", linewidth=0.8)
        ax.tick_params(which="both", length=0)
        for sp in ax.spines.values():
            sp.set_visible(False)
        # each sector's course, at the right
        course = [_course(counts.loc[s].tolist()) for s in sectors]
        side = ax.get_yaxis_transform()
        ax.text(1.02, -0.75, "course (longest\nabsence)", transform=side, fontsize=6,
                fontweight="bold", ha="left", va="bottom")
        for i, (word, gap) in enumerate(course):
            ax.text(1.02, i, f"{word}" + (f" ({gap})" if gap else ""), transform=side,
                    fontsize=6.5, ha="left", va="center", color="#333333")
        unit = _VALUES[value][2].replace("the group's sector mentions", f"the {noun}'s mentions")
        title = (
            f"Each sector over {m} {noun}{'s' if m != 1 else ''}\n"
            f"shade: {unit}; number: mentions (· = none)"
        )
        fig.suptitle(wrap(title, figsize, 12), x=0.01, ha="left")
    return fig


def textplot_trend_intervals(
    trend: pd.DataFrame,
    *,
    value: str = "rate_per_1000",
    sectors=None,
    labels=None,
    by: str = "period",
    order=None,
    max_cols: int = 4,
    figsize=(7.0, 5.0),
):
    """Small multiples: one panel per sector (or term), its rate (or share) per group with the interval.

    Parameters
    ----------
    trend : DataFrame
        A :func:`framing.stats.trends.sector_trend` table (one panel per ``sector``) or a
        :func:`framing.stats.trends.term_trend` table, one or several queries stacked (one panel
        per ``query``): the group column, count, the ``value`` column and its interval
        (``rate_low``/``rate_high`` or ``share_low``/``share_high``).
    value : {"rate_per_1000", "share"}, default="rate_per_1000"
        What is drawn (shares only for sector tables).
    sectors : sequence of str, default=None
        The sectors (or queries) to draw, in this order; default: those with a mention, in the
        order of ``labels`` and the table.
    labels : mapping, default=None
        sector id -> display name, in display order (the lexicon's); default: the table's
        ``label`` column, else the id.
    by : str, default="period"
        The table's group column.
    order : sequence of str, default=None
        The groups' order; None: the table's ``position``, else sorted labels.
    max_cols : int, default=4
        Panels per row at full width (two when narrow).
    figsize : (float, float), default=(7.0, 5.0)
        Inches; the figure grows taller when the rows need it.

    Returns
    -------
    matplotlib.figure.Figure
        One panel per sector or term, groups in order along x, a point per group with its 95 %
        interval (exact: Garwood for rates, Wilson or Clopper–Pearson for shares) and the count
        printed above; the panels share their scales.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": ["p1", "p2"], "query": "tea", "count": [1, 3],
    ...                       "rate_per_1000": [2.0, 6.0], "rate_low": [0.05, 1.2],
    ...                       "rate_high": [11.1, 17.5]})
    >>> fig = textplot_trend_intervals(table)
    >>> fig.axes[0].get_title(loc="left")
    'tea'
    """
    check_choice("value", value, tuple(_VALUES))
    low_col, high_col, unit = _VALUES[value]
    item = "sector" if "sector" in trend.columns else "query"
    require_columns(trend, [by, item, "count", value, low_col, high_col], "trend table")
    noun = "period" if by == "period" else "group"
    if by != "period":
        trend = trend.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    with figure_style():
        tab = trend.assign(period=trend["period"].astype(str), **{item: trend[item].astype(str)})
        names = sector_labels(tab, labels) if item == "sector" else {}
        if sectors is None:
            mentioned = tab.loc[tab["count"] > 0, item]
            items = sector_order(mentioned, labels) if item == "sector" else list(dict.fromkeys(mentioned))
        else:
            items = [str(s) for s in sectors]
        groups = _groups(tab, order)
        rows, cols = grid(max(1, len(items)), 2 if narrow(figsize) else max_cols)
        fig, axes = new_figure(figsize, rows, cols, sharex=True, sharey=True)
        if not items:
            return empty_figure(fig, axes[0, 0], "nothing mentioned")
        unknown = [s for s in items if s not in set(tab[item])]
        if unknown:
            raise AnalysisError(f"{item} {unknown[0]!r}", "not in the table")
        m = len(groups)
        taller(fig, figsize, rows * (1.25 + (0.35 if m > 6 else 0.1)) + 0.9)
        x = np.arange(m)
        top = float(np.nanmax(tab[high_col].to_numpy(dtype=float))) if len(tab) else 1.0
        panel_w = (float(figsize[0]) - 0.6) / cols
        for ax, s in zip(axes.flat, items, strict=False):
            sub = tab[tab[item] == s].set_index("period").reindex(groups)
            v = sub[value].to_numpy(dtype=float)
            lo = sub[low_col].to_numpy(dtype=float)
            hi = sub[high_col].to_numpy(dtype=float)
            ax.vlines(x, lo, hi, color="#888888", linewidth=1.0)
            ax.plot(x, v, color=PERIOD_COLOURS[0], linewidth=0.8, marker="o", markersize=3)
            for xi, c, h in zip(x, sub["count"].fillna(0).astype(int), hi, strict=True):
                if not math.isnan(h):
                    ax.text(xi, h + top * 0.03, str(c), ha="center", va="bottom", fontsize=5.5,
                            color="#333333")
            title = sector_label(s, names) if item == "sector" else s
            ax.set_title(wrap_to(title, panel_w, 7), fontweight="normal", fontsize=7)
            ax.yaxis.grid(True)
            ax.tick_params(labelsize=6)
        for ax in list(axes.flat)[len(items):]:
            ax.set_axis_off()
        axes[0, 0].set_ylim(0, top * 1.2 if top > 0 else 1)
        rotate = m > 4 or max((text_width(g, 6) for g in groups), default=0) * m > panel_w
        for i, ax in enumerate(axes.flat[: len(items)]):
            if i + cols >= len(items):  # the lowest panel of its column: label the groups
                ax.tick_params(labelbottom=True)
                ax.set_xticks(x, groups, rotation=90 if rotate else 0, fontsize=6)
        axes[0, 0].set_xlim(-0.6, m - 0.4)
        what = "sector" if item == "sector" else "term"
        suptitle(
            fig,
            f"Each {what} over {m} {noun}{'s' if m != 1 else ''}: {unit} with its 95% interval "
            "(count printed)",
            figsize,
        )
    return fig
