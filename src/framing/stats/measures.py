"""The formulas behind every statistic of the package, as small functions on numbers and arrays.

Nothing here knows about tables, tokens or studies: each function takes counts (or scores) and
returns numbers, with the formula and its source in its docstring, so that every value in a table can
be checked by hand. :mod:`framing.stats.terms`, :mod:`framing.stats.sectors` and
:mod:`framing.topics` call them.

Notation for two-corpus comparisons, per item (term or sector): ``a`` = count in the target,
``b`` = count in the reference, ``c`` = size of the target (tokens), ``d`` = size of the reference.

=============================  ==========================================================
function                       measure
=============================  ==========================================================
:func:`expected_counts`        E1, E2 of the two-cell log-likelihood
:func:`log_likelihood`         G² (Rayson & Garside 2000)
:func:`chi2_p`                 upper tail of the chi-squared distribution
:func:`log_ratio`              Log Ratio (Hardie 2014)
:func:`log_odds_z`             log-odds z with an informative Dirichlet prior (Monroe et al. 2008)
:func:`benjamini_hochberg`     adjusted p-values (Benjamini & Hochberg 1995)
:func:`fisher_exact_2x2`       odds ratio and two-sided p of Fisher's exact test
:func:`bootstrap_rate_difference`  percentile interval of a difference of rates, units resampled
:func:`gries_dp`               Gries' DP and its normalised form (Gries 2008; Lijffijt & Gries 2012)
:func:`relevance`              LDAvis relevance (Sievert & Shirley 2014)
:func:`npmi_coherence`         NPMI topic coherence (Bouma 2009)
:func:`topic_diversity`        share of unique top terms (Dieng et al. 2020)
:func:`jaccard_stability`      matched Jaccard stability of topics (Greene et al. 2014)
=============================  ==========================================================

Examples
--------
Rayson's published log-likelihood example: 52 in 50,000 tokens against 57 in 75,000.

>>> from framing.stats.measures import log_likelihood, log_ratio
>>> round(float(log_likelihood(52, 57, 50_000, 75_000)), 2)
2.65
>>> round(float(log_ratio(52, 57, 50_000, 75_000)), 4)
0.4525
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from framing.errors import AnalysisError, check_int

__all__ = [
    "expected_counts",
    "log_likelihood",
    "chi2_p",
    "log_ratio",
    "log_odds_z",
    "benjamini_hochberg",
    "fisher_exact_2x2",
    "bootstrap_rate_difference",
    "gries_dp",
    "relevance",
    "npmi_coherence",
    "topic_diversity",
    "jaccard_stability",
]


def _arrays(*values) -> list[np.ndarray]:
    return [np.asarray(v, dtype=float) for v in values]


def _xlogy_ratio(o: np.ndarray, e: np.ndarray) -> np.ndarray:
    """o * ln(o / e) with 0 * ln 0 = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)


# ---------------------------------------------------------------------------------------------
# Two-corpus comparison of counts
# ---------------------------------------------------------------------------------------------


def expected_counts(a, b, c, d) -> tuple[np.ndarray, np.ndarray]:
    """Expected counts of the two-cell log-likelihood (Rayson & Garside 2000).

    ``E1 = c (a + b) / (c + d)`` and ``E2 = d (a + b) / (c + d)``: the counts the item would have in
    each corpus if it were equally frequent in both.

    Parameters
    ----------
    a, b : array-like of float
        Counts of the item in the target and in the reference.
    c, d : float or array-like of float
        Sizes of the target and of the reference (tokens).

    Returns
    -------
    e1, e2 : numpy.ndarray of float

    Examples
    --------
    >>> [round(float(x), 4) for x in expected_counts(6, 2, 100, 200)]
    [2.6667, 5.3333]
    """
    a, b, c, d = _arrays(a, b, c, d)
    n = c + d
    return c * (a + b) / n, d * (a + b) / n


def log_likelihood(a, b, c, d) -> np.ndarray:
    """Log-likelihood G², two-cell form (Rayson & Garside 2000, "Comparing corpora using frequency
    profiling").

    ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` with ``0 ln 0 = 0`` and ``E1``, ``E2`` of
    :func:`expected_counts`. Rounding can give -1e-16 for equal rates: the result is clipped at 0.

    Parameters
    ----------
    a, b : array-like of float
        Counts in the target and in the reference.
    c, d : float or array-like of float
        Sizes of the target and of the reference.

    Returns
    -------
    numpy.ndarray of float
        Broadcast shape of the inputs (0-d for numbers).

    Examples
    --------
    >>> round(float(log_likelihood(6, 2, 100, 200)), 6)
    5.807846
    """
    a, b, c, d = _arrays(a, b, c, d)
    e1, e2 = expected_counts(a, b, c, d)
    g2 = 2.0 * (_xlogy_ratio(a, e1) + _xlogy_ratio(b, e2))
    return np.maximum(g2, 0.0)


def chi2_p(statistic, *, df: int = 1) -> np.ndarray:
    """Upper-tail probability of the chi-squared distribution (``scipy.stats.chi2.sf``).

    The p-value of a G² (or chi-squared) statistic; with small expected counts (below 5) the
    approximation is rough.

    Parameters
    ----------
    statistic : array-like of float
        G² or chi-squared values.
    df : int, default=1
        Degrees of freedom (1 for a two-corpus comparison of one item).

    Returns
    -------
    numpy.ndarray of float
        Broadcast shape of the inputs (0-d for numbers).

    Examples
    --------
    >>> round(float(chi2_p(3.841459)), 4)
    0.05
    """
    from scipy.stats import chi2

    check_int("df", df, minimum=1)
    return chi2.sf(np.asarray(statistic, dtype=float), df)


def log_ratio(a, b, c, d, *, zero: float = 0.5) -> np.ndarray:
    """Log Ratio (Hardie 2014, "Log Ratio: an informal introduction", CASS).

    ``log2((a / c) / (b / d))``, a zero count replaced by ``zero``: 1 = twice as frequent in the
    target, -1 = twice as frequent in the reference.

    Parameters
    ----------
    a, b : array-like of float
        Counts in the target and in the reference.
    c, d : float or array-like of float
        Sizes of the target and of the reference.
    zero : float, default=0.5
        Stand-in for a zero count.

    Returns
    -------
    numpy.ndarray of float
        Broadcast shape of the inputs (0-d for numbers).

    Examples
    --------
    >>> float(log_ratio(0, 4, 100, 200))
    -2.0
    """
    a, b, c, d = _arrays(a, b, c, d)
    return np.log2((np.where(a > 0, a, zero) / c) / (np.where(b > 0, b, zero) / d))


def log_odds_z(a, b, c, d, *, prior: float | None = None) -> np.ndarray:
    """Log-odds ratio with an informative Dirichlet prior, divided by its standard error (Monroe,
    Colaresi & Quinn 2008, "Fightin' words", Political Analysis 16(4), eq. 22).

    With prior size ``a0`` and the pooled share of the item, ``alpha = a0 (a + b) / (c + d)``:
    ``delta = ln((a + alpha) / (c + a0 - a - alpha)) - ln((b + alpha) / (d + a0 - b - alpha))``,
    ``var = 1 / (a + alpha) + 1 / (b + alpha)``, ``z = delta / sqrt(var)``.

    Parameters
    ----------
    a, b : array-like of float
        Counts in the target and in the reference.
    c, d : float
        Sizes of the target and of the reference.
    prior : float, default=None
        Prior size ``a0`` in pseudo-tokens; None: the pooled size ``c + d`` (so the prior
        pseudo-count of each item equals its pooled count ``a + b``).

    Returns
    -------
    numpy.ndarray of float

    Raises
    ------
    AnalysisError
        A prior size that is not positive.

    Examples
    --------
    >>> round(float(log_odds_z(6, 2, 100, 200, prior=30)), 6)
    2.111512
    """
    a, b, c, d = _arrays(a, b, c, d)
    a0 = (c + d) if prior is None else float(prior)
    if not np.all(np.asarray(a0) > 0):
        raise AnalysisError(f"prior={prior!r}", "the prior size must be positive")
    alpha = a0 * (a + b) / (c + d)
    delta = np.log((a + alpha) / (c + a0 - a - alpha)) - np.log((b + alpha) / (d + a0 - b - alpha))
    return delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))


def benjamini_hochberg(p_values) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate; Benjamini & Hochberg 1995).

    With the m p-values sorted ascending, ``p_(1) <= ... <= p_(m)``, the adjusted value of ``p_(i)``
    is ``min(1, min_{k >= i} m p_(k) / k)``; values are returned in the input order.

    Parameters
    ----------
    p_values : array-like of float
        Unadjusted p-values, one per test.

    Returns
    -------
    numpy.ndarray of float
        Adjusted p-values, in the order of ``p_values``.

    Examples
    --------
    >>> benjamini_hochberg([0.01, 0.04, 0.03, 0.005, 0.045]).round(3).tolist()
    [0.025, 0.045, 0.045, 0.025, 0.045]
    """
    p = np.asarray(p_values, dtype=float)
    m = p.size
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def fisher_exact_2x2(a: int, b: int, c: int, d: int) -> tuple[float, float]:
    """Fisher's exact test on the 2 x 2 table ``[[a, b], [c, d]]`` (``scipy.stats.fisher_exact``).

    For a rate comparison the rows are the two corpora and the columns "the item" / "any other
    token": ``[[count_target, n_target - count_target], [count_reference, n_reference -
    count_reference]]``. The two-sided p sums the hypergeometric probabilities of the tables no more
    likely than the observed one (Fisher 1935).

    Parameters
    ----------
    a, b, c, d : int
        The four cells, row by row.

    Returns
    -------
    odds_ratio : float
        Sample odds ratio ``a d / (b c)`` (inf or nan when a cell is zero).
    p_value : float
        Two-sided p-value.

    Examples
    --------
    >>> odds, p = fisher_exact_2x2(3, 1, 1, 3)   # Fisher's tea tasting: p = 34 / 70
    >>> odds, round(p, 4)
    (9.0, 0.4857)
    """
    from scipy.stats import fisher_exact

    res = fisher_exact([[a, b], [c, d]])
    return float(res.statistic), float(res.pvalue)


def bootstrap_rate_difference(
    counts_target,
    n_target,
    counts_reference,
    n_reference,
    *,
    n_boot: int = 2000,
    random_state: int = 0,
    per: float = 1000.0,
    level: float = 0.95,
) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval of a difference of rates, resampling units (Efron & Tibshirani
    1993, ch. 13).

    Each side is a set of units (sentences) with, per unit, the count of each item and its size in
    tokens. A resample draws as many units as the side has, with replacement, independently on each
    side; its rate is ``sum(counts) / sum(sizes) * per`` (0 when the drawn units hold no token). The
    interval is the ``(1 - level) / 2`` and ``(1 + level) / 2`` percentiles of ``rate_target -
    rate_reference`` over ``n_boot`` resamples. Resampling whole units keeps the dependence between
    the words of a sentence.

    Parameters
    ----------
    counts_target, counts_reference : array-like of int, units x items
        Counts of each item in each unit of the target and of the reference.
    n_target, n_reference : array-like of int, units
        Size of each unit in tokens.
    n_boot : int, default=2000
        Resamples.
    random_state : int, default=0
        Seed of the ``numpy.random.default_rng`` generator; the target is drawn first.
    per : float, default=1000.0
        Rates per this many tokens.
    level : float, default=0.95
        Coverage of the interval.

    Returns
    -------
    ci_low, ci_high : numpy.ndarray of float, one value per item

    Examples
    --------
    >>> lo, hi = bootstrap_rate_difference([[1], [0]], [10, 10], [[0], [0]], [10, 10], n_boot=200)
    >>> bool(lo[0] <= 50.0 <= hi[0])
    True
    """
    check_int("n_boot", n_boot, minimum=1)
    if not 0 < level < 1:
        raise AnalysisError("level", f"must be between 0 and 1, not {level!r}")
    rng = np.random.default_rng(random_state)

    def rates(counts, sizes):
        sizes = np.asarray(sizes, dtype=np.int64)
        if len(sizes) == 0:
            raise AnalysisError("bootstrap", "a side has no units to resample")
        counts = np.asarray(counts, dtype=np.int64).reshape(len(sizes), -1)
        idx = rng.integers(0, len(sizes), size=(n_boot, len(sizes)))
        c = counts[idx].sum(axis=1)  # (n_boot, n_items)
        n = sizes[idx].sum(axis=1)[:, None]
        return c / np.where(n > 0, n, 1) * per

    diffs = rates(counts_target, np.ravel(n_target)) - rates(
        counts_reference, np.ravel(n_reference)
    )
    tail = (100 - 100 * level) / 2
    lo, hi = np.percentile(diffs, [tail, 100 - tail], axis=0)
    return lo, hi


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def gries_dp(counts, sizes) -> tuple[float, float]:
    """Gries' DP ("deviation of proportions") and its normalised form.

    For a text split into parts i = 1..k with sizes s_i (shares of the text) and an item whose
    occurrences fall v_i (shares of its occurrences) in part i: ``DP = 0.5 sum_i |v_i - s_i|``
    (Gries 2008, "Dispersions and adjusted frequencies in corpora"); 0 = spread exactly like the
    text, towards 1 = concentrated in a small part. ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt &
    Gries 2012) rescales to [0, 1]; NaN with a single part.

    Parameters
    ----------
    counts : array-like of int, k
        Occurrences of the item in each part.
    sizes : array-like of float, k
        Size of each part (characters or tokens; only the shares matter).

    Returns
    -------
    dp, dp_norm : float

    Examples
    --------
    >>> gries_dp([1, 0], [13, 7])
    (0.35, 0.5384615384615384)
    """
    counts = np.asarray(counts)
    sizes = np.asarray(sizes, dtype=float)
    if counts.shape != sizes.shape or counts.ndim != 1:
        raise AnalysisError("counts", "needs one count per part, as many as the sizes")
    s = sizes / sizes.sum() if sizes.sum() else sizes
    v = counts / counts.sum()
    dp = 0.5 * float(np.abs(v - s).sum())
    dp_norm = dp / (1.0 - float(s.min())) if len(s) > 1 else math.nan
    return dp, dp_norm


# ---------------------------------------------------------------------------------------------
# Topic models: relevance and quality
# ---------------------------------------------------------------------------------------------


def relevance(topic_term: np.ndarray, topic_share: np.ndarray, lambda_: float = 0.6) -> np.ndarray:
    """LDAvis relevance of each term for each topic (Sievert & Shirley 2014).

    Parameters
    ----------
    topic_term : array, k x V
        Non-negative topic-term weights; each row is normalised to ``p(w|t)``.
    topic_share : array, k
        Topic shares ``p(t)`` (normalised to sum to 1).
    lambda_ : float, default=0.6
        Weight of ``log p(w|t)`` against the lift ``log(p(w|t)/p(w))``; 1 ranks by weight, 0 by lift.

    Returns
    -------
    numpy.ndarray, k x V
        ``λ log p(w|t) + (1-λ) log(p(w|t)/p(w))`` with ``p(w) = Σ_t p(t) p(w|t)`` (natural log);
        ``-inf`` where ``p(w|t) = 0``.

    Examples
    --------
    >>> relevance(np.array([[1.0, 0.0], [1.0, 1.0]]), np.array([1.0, 1.0]), 1.0).round(4).tolist()
    [[0.0, -inf], [-0.6931, -0.6931]]
    """
    if not 0.0 <= lambda_ <= 1.0:
        raise AnalysisError("lambda_", f"must be between 0 and 1, got {lambda_!r}")
    m = np.asarray(topic_term, dtype=float)
    pwt = m / np.where(m.sum(axis=1, keepdims=True) > 0, m.sum(axis=1, keepdims=True), 1.0)
    pt = np.asarray(topic_share, dtype=float)
    pt = pt / pt.sum()
    pw = pt @ pwt
    with np.errstate(divide="ignore", invalid="ignore"):
        logp = np.log(pwt)
        lift = logp - np.log(np.where(pw > 0, pw, 1.0))
        out = lambda_ * logp + (1.0 - lambda_) * lift
    out[pwt <= 0] = -np.inf
    return out


def npmi_coherence(presence: np.ndarray, top: Sequence[Sequence[int]]) -> np.ndarray:
    """NPMI coherence of each topic's top terms, passages as documents (Bouma 2009).

    Parameters
    ----------
    presence : array, n_passages x V
        Term counts or 0/1 presence; only ``> 0`` matters.
    top : sequence of sequences of int
        Column indices of each topic's top terms.

    Returns
    -------
    numpy.ndarray
        Per topic, the mean NPMI over all pairs of its top terms (NaN if fewer than 2 terms).
        ``NPMI(a,b) = log(P(a,b)/(P(a)P(b))) / -log P(a,b)``; -1 if ``P(a,b) = 0``; 1 if
        ``P(a,b) = 1``.

    Examples
    --------
    >>> npmi_coherence(np.array([[1, 1, 0], [1, 0, 1]]), [[0, 1], [1, 2]]).tolist()
    [0.0, -1.0]
    """
    b = (np.asarray(presence) > 0).astype(float)
    n = b.shape[0]
    out = []
    for terms in top:
        terms = list(terms)
        vals = []
        for i in range(len(terms)):
            for j in range(i + 1, len(terms)):
                a, c = b[:, terms[i]], b[:, terms[j]]
                pab = float((a * c).sum()) / n
                if pab == 0:
                    vals.append(-1.0)
                elif pab == 1:
                    vals.append(1.0)
                else:
                    pa, pc = a.sum() / n, c.sum() / n
                    vals.append(math.log(pab / (pa * pc)) / -math.log(pab))
        out.append(float(np.mean(vals)) if vals else float("nan"))
    return np.array(out)


def topic_diversity(top: Sequence[Sequence]) -> float:
    """Share of unique terms among all topics' top terms (Dieng, Ruiz & Blei 2020).

    1 = no term shared by two topics; NaN when no term is listed.

    Parameters
    ----------
    top : sequence of sequences
        Each topic's top terms (ids or strings).

    Returns
    -------
    float

    Examples
    --------
    >>> topic_diversity([["a", "b", "c"], ["a", "d", "e"]])
    0.8333333333333334
    """
    listed = [t for terms in top for t in terms]
    return len(set(listed)) / len(listed) if listed else float("nan")


def jaccard_stability(
    reference: Sequence[set], runs: Sequence[Sequence[set]]
) -> tuple[float, np.ndarray]:
    """Mean best-match Jaccard similarity between a reference fit and refits (Greene,
    O'Callaghan & Cunningham 2014).

    Parameters
    ----------
    reference : sequence of set
        Top-term set of each topic of the reference fit.
    runs : sequence of sequence of set
        For each refit, the top-term set of each of its topics (same number of topics).

    Returns
    -------
    stability : float
        Mean over refits of the mean matched Jaccard, topics matched one-to-one by the Hungarian
        algorithm maximising the total Jaccard; NaN without refits.
    per_topic : numpy.ndarray
        For each reference topic, its matched Jaccard averaged over refits.

    Examples
    --------
    >>> s, per = jaccard_stability([{"a", "b"}, {"c"}], [[{"c"}, {"a", "b", "x"}]])
    >>> round(s, 4), per.round(4).tolist()
    (0.8333, [0.6667, 1.0])
    """
    from scipy.optimize import linear_sum_assignment

    k = len(reference)
    if not runs:
        return float("nan"), np.full(k, np.nan)
    per = np.zeros((len(runs), k))
    for r, run in enumerate(runs):
        if len(run) != k:
            raise AnalysisError("runs", f"refit {r} has {len(run)} topics, expected {k}")
        sim = np.array([[_jaccard(a, b) for b in run] for a in reference])
        rows, cols = linear_sum_assignment(sim, maximize=True)
        per[r, rows] = sim[rows, cols]
    return float(per.mean()), per.mean(axis=0)


def _jaccard(a: set, b: set) -> float:
    """Jaccard similarity |a ∩ b| / |a ∪ b| (1 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0
