"""The corpus at a glance: size and shape of each document (:func:`textplot_corpus_overview`)."""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd

from framing.errors import require_columns
from framing.plots.style import (
    empty_figure,
    figure_style,
    narrow,
    new_figure,
    ordered_groups,
    period_styles,
    suptitle,
    taller,
    wrap,
)

__all__ = ["textplot_corpus_overview"]

_OVERVIEW_METRICS = (
    ("n_tokens", "Tokens", 0),
    ("n_types", "Types (distinct stems)", 0),
    ("ttr", "Type–token ratio", 2),
    ("n_sentences", "Sentences", 0),
    ("mean_sentence_length", "Mean sentence length (tokens)", 1),
    ("n_paragraphs", "Paragraphs", 0),
)

_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def textplot_corpus_overview(
    overview: pd.DataFrame, *, by: str = "period", order=None, figsize=(7.0, 2.8), max_docs: int = 40
):
    """Size and shape of each report: tokens, types, type–token ratio, sentences, paragraphs.

    Parameters
    ----------
    overview : DataFrame
        The lexical overview (:func:`framing.stats.lexical_overview`): doc_id, period, n_tokens,
        n_types, ttr, n_sentences, mean_sentence_length, n_paragraphs (missing metrics are skipped).
    by : str, default="period"
        The table's group column, shown under each document's id and giving its colour.
    order : sequence of str, default=None
        The groups' order (the analysis's groups); documents are listed group by group in this
        order. None: groups sorted by label.
    figsize : (float, float), default=(7.0, 2.8)
        Inches. With more than three documents each gets one line and the figure grows taller
        when the rows need it.
    max_docs : int, default=40
        With more documents than this, one line per group instead: the bar is the mean over its
        reports, the whisker their range (min to max), the label gives the number of reports; the
        figure's size and drawing time stay bounded on large corpora.

    Returns
    -------
    matplotlib.figure.Figure
        One small panel per metric, one bar per document in its group's colour, value printed.

    Examples
    --------
    >>> import pandas as pd
    >>> overview = pd.DataFrame({"doc_id": ["a", "b"], "period": ["2024-01", "2024-07"],
    ...                          "n_tokens": [120, 90], "n_sentences": [6, 5]})
    >>> fig = textplot_corpus_overview(overview)
    >>> [ax.get_title(loc="left") for ax in fig.axes if ax.get_visible() and ax.axison]
    ['Tokens', 'Sentences']
    """
    require_columns(overview, ["doc_id", by], "lexical-overview table")
    if by != "period":
        overview = overview.drop(columns="period", errors="ignore").rename(columns={by: "period"})
    metrics = [m for m in _OVERVIEW_METRICS if m[0] in overview.columns]
    with figure_style():
        ncols = 2 if narrow(figsize) else 3
        nrows = max(1, math.ceil(len(metrics) / ncols))
        fig, axes = new_figure(figsize, nrows, ncols, sharey=True)
        if overview.empty or not metrics:
            return empty_figure(fig, axes[0, 0], "no documents")
        rank = {g: i for i, g in enumerate(ordered_groups(overview["period"], order))}
        rows = (
            overview.assign(_rank=overview["period"].astype(str).map(rank))
            .sort_values(["_rank", "doc_id"])
            .reset_index(drop=True)
        )
        n_docs = len(rows)
        pooled = n_docs > max_docs
        spread = None
        if pooled:  # one line per group: mean over its reports, whisker from min to max
            cols = [m[0] for m in metrics]
            grouped = rows.assign(period=rows["period"].astype(str)).groupby("period", sort=False)
            sizes = grouped.size()
            spread = {"min": grouped[cols].min(), "max": grouped[cols].max()}
            rows = grouped[cols].mean().reset_index()
            rows["doc_id"] = [f"{sizes[g]:,} reports" for g in rows["period"]]
        styles = period_styles(rows["period"], order=order)
        y = np.arange(len(rows))[::-1]
        many = len(rows) > 3
        sep = " · " if many else "\n"
        labels = [
            (f"{p} ({d})" if pooled else f"{d}{sep}({p})")
            for d, p in zip(rows["doc_id"], rows["period"].astype(str), strict=True)
        ]
        if many:  # one line per document, 0.16 in each, plus the panel's title and ticks
            taller(fig, figsize, nrows * (len(rows) * 0.16 + 0.75) + 0.45)
        for ax, (col, title, digits) in zip(axes.flat, metrics, strict=False):
            values = rows[col].astype(float).to_numpy()
            for yi, v, p in zip(y, values, rows["period"].astype(str), strict=True):
                st = styles[p]
                ax.barh(
                    yi, v, height=0.6, color=st["color"], hatch=st["hatch"], edgecolor="#222222"
                )
                if spread is not None:
                    lo, hi = spread["min"].loc[p, col], spread["max"].loc[p, col]
                    ax.errorbar(v, yi, xerr=[[v - lo], [hi - v]], color="#222222", linewidth=0.8,
                                capsize=2)
                    ax.text(hi, yi, f" {v:,.{digits}f}", va="center", ha="left", fontsize=7)
                else:
                    ax.text(v, yi, f" {v:,.{digits}f}", va="center", ha="left", fontsize=7)
            if many or narrow(figsize):  # the document labels narrow the panels: wrap to a panel's width
                widest = max(len(line) for t in labels for line in t.split("\n"))
                label_w = widest * 0.55 * 7.5 / 72
                panel_w = max(0.6, (float(figsize[0]) - label_w - 0.3) / ncols)
                title = textwrap.fill(title, max(8, int(panel_w / (0.6 * 8.5 / 72))))
            else:
                title = wrap(title, figsize, 6)
            ax.set_title(title, fontweight="normal")
            top = values.max() if spread is None else float(spread["max"][col].max())
            ax.set_xlim(0, max(top, 1e-9) * 1.35)
            ax.set_yticks(y, labels)
            ax.tick_params(axis="x", labelsize=6.5)
        for ax in list(axes.flat)[len(metrics) :]:
            ax.set_axis_off()
        n = n_docs
        what = "The report" if n == 1 else f"The {_NUMBERS.get(n, f'{n:,}')} reports"
        if pooled:
            what += " by group (mean, whisker min–max)"
        suptitle(fig, f"{what} at a glance", figsize)
    return fig
