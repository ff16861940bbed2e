"""Statistics on the tables of the pipeline: they take tables, never raw text.

Following quanteda's ``textstat_*`` family, a statistic takes the tables built once by the pipeline
(tokens from :func:`framing.tokenize`, sentences with speakers, mentions from
:func:`framing.find_sector_mentions`) with keyword-only options, in one vocabulary: ``by`` is a column
name, comparisons are ``target``/``reference`` (required: the study file names them), groups come in
order of first appearance unless ``order`` lists them.

* :mod:`framing.stats.measures`: the pure formulas (G², Log Ratio, log-odds z, Benjamini–Hochberg,
  Fisher's exact test, the bootstrap interval, the permutation test over sentences, exact power and
  minimum detectable effects, Gries' DP, topic quality, rounding for machine-independent tables),
  each with its citation.
* :mod:`framing.stats.terms`: :func:`document_term_matrix`, :func:`term_frequencies`,
  :func:`keyness`, :func:`collocations`, :func:`dispersion`, :func:`dispersion_dp`,
  :func:`lexical_overview` (take ``tokens``, some also ``sentences``).
* :mod:`framing.stats.sectors`: :func:`sector_summary`, :func:`sector_period_difference`,
  :func:`sector_cooccurrence`, :func:`sector_by_side` (take ``mentions``, some also ``tokens``).

Examples
--------
>>> import pandas as pd
>>> from framing.tokens import tokenize
>>> from framing.stats import keyness
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
...                      "text": ["Trade ties grew. Trade grew.", "Energy ties grew."]})
>>> keyness(tokenize(docs), target="p1", reference="p2")["term"].tolist()
['trade', 'tie', 'grew']
"""

from framing.stats.measures import (
    benjamini_hochberg,
    bootstrap_rate_difference,
    chi2_p,
    expected_counts,
    fisher_exact_2x2,
    fisher_exact_p,
    fisher_power,
    gries_dp,
    jaccard_stability,
    log_likelihood,
    log_odds_z,
    log_ratio,
    mde_odds_ratio,
    mde_rate_ratio,
    minimum_detectable_difference,
    npmi_coherence,
    pairwise_stability,
    permutation_test_units,
    rate_power,
    relevance,
    round_significant,
    topic_diversity,
)
from framing.stats.sectors import (
    DIFFERENCE_COLUMNS,
    SUMMARY_COLUMNS,
    sector_by_side,
    sector_cooccurrence,
    sector_period_difference,
    sector_summary,
    sector_tables,
)
from framing.stats.terms import (
    COLLOCATION_COLUMNS,
    DISPERSION_COLUMNS,
    DP_COLUMNS,
    FREQUENCY_COLUMNS,
    KEYNESS_COLUMNS,
    OVERVIEW_COLUMNS,
    TERM_COLUMNS,
    collocations,
    dispersion,
    dispersion_dp,
    document_term_matrix,
    keyness,
    keyness_statistics,
    lexical_overview,
    term_frequencies,
    term_tables,
)

__all__ = [
    # terms
    "document_term_matrix",
    "term_frequencies",
    "keyness",
    "keyness_statistics",
    "collocations",
    "dispersion",
    "dispersion_dp",
    "lexical_overview",
    "term_tables",
    # sectors
    "sector_summary",
    "sector_period_difference",
    "sector_cooccurrence",
    "sector_by_side",
    "sector_tables",
    # measures
    "expected_counts",
    "log_likelihood",
    "chi2_p",
    "log_ratio",
    "log_odds_z",
    "benjamini_hochberg",
    "fisher_exact_2x2",
    "fisher_exact_p",
    "bootstrap_rate_difference",
    "permutation_test_units",
    "fisher_power",
    "rate_power",
    "mde_odds_ratio",
    "mde_rate_ratio",
    "minimum_detectable_difference",
    "round_significant",
    "gries_dp",
    "relevance",
    "npmi_coherence",
    "topic_diversity",
    "jaccard_stability",
    "pairwise_stability",
    # columns
    "TERM_COLUMNS",
    "FREQUENCY_COLUMNS",
    "KEYNESS_COLUMNS",
    "COLLOCATION_COLUMNS",
    "DISPERSION_COLUMNS",
    "DP_COLUMNS",
    "OVERVIEW_COLUMNS",
    "SUMMARY_COLUMNS",
    "DIFFERENCE_COLUMNS",
]
