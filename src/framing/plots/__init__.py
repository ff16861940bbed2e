"""Figures for reports: one ``textplot_*`` function per figure, tables in, matplotlib Figure out.

Every function takes one analysis table (a DataFrame with the documented columns) and keyword-only
options, draws in the packaged house style (``framing/style/framing.mplstyle``) and returns a
:class:`matplotlib.figure.Figure`. None calls ``plt.show()`` and none touches pyplot's global figure
list, so they are safe in scripts, tests and notebooks alike (Jupyter displays a returned Figure).

The figures, by family:

* :mod:`~framing.plots.corpus`: :func:`textplot_corpus_overview`;
* :mod:`~framing.plots.sectors`: :func:`textplot_sector_rates`, :func:`textplot_sector_difference`,
  :func:`textplot_sector_xray`, :func:`textplot_sector_sides`,
  :func:`textplot_sector_cooccurrence`;
* :mod:`~framing.plots.terms`: :func:`textplot_keyness`, :func:`textplot_log_odds`,
  :func:`textplot_top_terms`;
* :mod:`~framing.plots.topics`: :func:`textplot_topic_terms`, :func:`textplot_topic_proportions`,
  :func:`textplot_k_selection`;
* :mod:`~framing.plots.trends`: :func:`textplot_sector_trend`, :func:`textplot_trend_intervals`
  (change over time);
* :mod:`~framing.plots.formulae`: :func:`textplot_formula_timeline`,
  :func:`textplot_statement_alignment` (formulae and what carries over between reports);
* :mod:`~framing.plots.style`: the house style (:func:`figure_style`, :data:`SIZES`) and colours.

Conventions shared by all figures:

* no study facts: sector order, labels and colours come from the tables (the sector summaries carry
  ``label`` and list sectors in lexicon order) or from the caller (``labels=``, ``colours=``: the
  reporting layer passes the lexicon's), speaker sides from ``sides=`` (the study's); a sector
  without a label is named by its id, one without a colour gets a fixed colour-blind-safe colour
  by its position (:data:`FALLBACK_COLOURS`); sectors are always also named on an axis, never
  identified by colour alone;
* one colour, hatch and marker per group by its position in the groups' order (periods by date,
  named groups in the study file's order; :data:`PERIOD_COLOURS`, up to :data:`MAX_GROUP_STYLES`
  groups): the first dark blue and plain, the second gold and hatched, so they read apart when
  printed in grey; the functions that draw groups take ``order=`` (the analysis's groups);
* any number of groups: figures with one panel per group put more than three in a grid and grow
  taller rather than squeeze their labels;
* counts are printed beside rates, intervals are drawn where the table has them, and rows whose
  counts are too small to conclude are drawn hollow and say so.

Sizes for reports: :data:`SIZES` (``"full"`` 7 in, ``"single"`` 3.5 in wide; below 5 in, panels
stack). Matplotlib is imported inside functions so that importing this package stays cheap.

Examples
--------
>>> import pandas as pd
>>> from framing.plots import textplot_sector_rates
>>> summary = pd.DataFrame({"period": ["2024-01", "2024-07"], "sector": "trade",
...                         "count": [2, 5], "rate_per_1000": [4.0, 10.0]})
>>> fig = textplot_sector_rates(summary, labels={"trade": "Trade"})
>>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
['Trade']
"""

from __future__ import annotations

from framing.plots.corpus import textplot_corpus_overview
from framing.plots.formulae import textplot_formula_timeline, textplot_statement_alignment
from framing.plots.sectors import (
    textplot_sector_cooccurrence,
    textplot_sector_difference,
    textplot_sector_rates,
    textplot_sector_sides,
    textplot_sector_xray,
)
from framing.plots.style import (
    FALLBACK_COLOURS,
    MAX_GROUP_STYLES,
    PERIOD_COLOURS,
    PERIOD_HATCHES,
    PERIOD_MARKERS,
    SEQUENTIAL_CMAP,
    SIZES,
    figure_style,
    period_styles,
    sector_colour,
    sector_colours,
    sector_label,
    sector_labels,
    sector_order,
    side_styles,
    style_path,
)
from framing.plots.terms import textplot_keyness, textplot_log_odds, textplot_top_terms
from framing.plots.topics import (
    textplot_k_selection,
    textplot_topic_proportions,
    textplot_topic_terms,
)
from framing.plots.trends import textplot_sector_trend, textplot_trend_intervals

__all__ = [
    "SIZES",
    "PERIOD_COLOURS",
    "PERIOD_HATCHES",
    "PERIOD_MARKERS",
    "MAX_GROUP_STYLES",
    "FALLBACK_COLOURS",
    "SEQUENTIAL_CMAP",
    "style_path",
    "figure_style",
    "period_styles",
    "sector_order",
    "sector_label",
    "sector_labels",
    "sector_colour",
    "sector_colours",
    "side_styles",
    "textplot_corpus_overview",
    "textplot_formula_timeline",
    "textplot_statement_alignment",
    "textplot_sector_rates",
    "textplot_sector_difference",
    "textplot_sector_xray",
    "textplot_sector_sides",
    "textplot_sector_cooccurrence",
    "textplot_keyness",
    "textplot_log_odds",
    "textplot_top_terms",
    "textplot_topic_terms",
    "textplot_topic_proportions",
    "textplot_k_selection",
    "textplot_sector_trend",
    "textplot_trend_intervals",
]
