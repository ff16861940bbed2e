"""The corpus at a glance: size and shape of each document (:func:`textplot_corpus_overview`)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from framing.errors import require_columns
from framing.plots.style import (
    empty_figure,
    figure_style,
    narrow,
    new_figure,
    period_styles,
    suptitle,
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


def textplot_corpus_overview(overview: pd.DataFrame, *, by: str = "period", figsize=(7.0, 2.8)):
    """Size and shape of each report: tokens, types, type–token ratio, sentences, paragraphs.

    Parameters
    ----------
    overview : DataFrame
        The lexical overview (:func:`framing.stats.lexical_overview`): doc_id, period, n_tokens,
        n_types, ttr, n_sentences, mean_sentence_length, n_paragraphs (missing metrics are skipped).
    by : str, default="period"
        The table's group column, shown under each document's id and giving its colour.
    figsize : (float, float), default=(7.0, 2.8)
        Inches.

    Returns
    -------
    matplotlib.figure.Figure
        One small panel per metric, one bar per document in its period's colour, value printed.

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
        overview = overview.rename(columns={by: "period"})
    metrics = [m for m in _OVERVIEW_METRICS if m[0] in overview.columns]
    with figure_style():
        ncols = 2 if narrow(figsize) else 3
        nrows = max(1, math.ceil(len(metrics) / ncols))
        fig, axes = new_figure(figsize, nrows, ncols, sharey=True)
        if overview.empty or not metrics:
            return empty_figure(fig, axes[0, 0], "no documents")
        rows = overview.sort_values(["period", "doc_id"]).reset_index(drop=True)
        styles = period_styles(rows["period"])
        y = np.arange(len(rows))[::-1]
        labels = [
            f"{d}\n({p})" for d, p in zip(rows["doc_id"], rows["period"].astype(str), strict=True)
        ]
        for ax, (col, title, digits) in zip(axes.flat, metrics, strict=False):
            values = rows[col].astype(float).to_numpy()
            for yi, v, p in zip(y, values, rows["period"].astype(str), strict=True):
                st = styles[p]
                ax.barh(
                    yi, v, height=0.6, color=st["color"], hatch=st["hatch"], edgecolor="#222222"
                )
                ax.text(v, yi, f" {v:,.{digits}f}", va="center", ha="left", fontsize=7)
            ax.set_title(wrap(title, figsize, 6), fontweight="normal")
            ax.set_xlim(0, max(values.max(), 1e-9) * 1.35)
            ax.set_yticks(y, labels)
            ax.tick_params(axis="x", labelsize=6.5)
        for ax in list(axes.flat)[len(metrics) :]:
            ax.set_axis_off()
        n = len(rows)
        what = "The report" if n == 1 else f"The {_NUMBERS.get(n, n)} reports"
        suptitle(fig, f"{what} at a glance", figsize)
    return fig
