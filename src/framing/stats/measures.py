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
:func:`fisher_exact_p`         Fisher's two-sided p for many 2 x 2 tables
:func:`bootstrap_rate_difference`  percentile interval of a difference of rates, units resampled
:func:`permutation_test_units` permutation p of rate and share differences, units kept whole
:func:`fisher_power`           exact conditional power of Fisher's test (Bennett & Hsu 1960)
:func:`rate_power`             exact conditional power of the rate test (Przyborowski & Wilenski)
:func:`mde_odds_ratio`         minimum detectable odds ratios at 80% power, 5% level
:func:`mde_rate_ratio`         minimum detectable rate ratios at 80% power, 5% level
:func:`minimum_detectable_difference`  (z_{1-a/2} + z_power) se (Cohen 1988; Bloom 1995)
:func:`round_significant`      round to fixed significant digits before sorting or writing
:func:`gries_dp`               Gries' DP and its normalised form (Gries 2008; Lijffijt & Gries 2012)
:func:`relevance`              LDAvis relevance (Sievert & Shirley 2014)
:func:`npmi_coherence`         NPMI topic coherence (Bouma 2009)
:func:`topic_diversity`        share of unique top terms (Dieng et al. 2020)
:func:`jaccard_stability`      matched Jaccard stability of topics (Greene et al. 2014)
:func:`pairwise_stability`     the same between every two fits (no reference fit)
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
    "fisher_exact_p",
    "bootstrap_rate_difference",
    "permutation_test_units",
    "fisher_power",
    "rate_power",
    "mde_odds_ratio",
    "mde_rate_ratio",
    "minimum_detectable_difference",
    "round_significant",
    "round_table",
    "SIGNIFICANT_DIGITS",
    "ALPHA",
    "POWER",
    "gries_dp",
    "relevance",
    "npmi_coherence",
    "topic_diversity",
    "jaccard_stability",
    "pairwise_stability",
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


#: Elements (resamples x units) drawn at a time by the bootstrap and the permutation test.
BLOCK_ELEMENTS = 1 << 22


def _blocks(n_rows: int, n_units: int):
    """(start, stop) of blocks of rows of an (n_rows, n_units) draw, about
    :data:`BLOCK_ELEMENTS` elements each."""
    step = max(1, BLOCK_ELEMENTS // max(n_units, 1))
    for lo in range(0, n_rows, step):
        yield lo, min(n_rows, lo + step)


def _kth_smallest(draws: np.ndarray, k: int, spread: float = 6.0) -> np.ndarray:
    """The k-th smallest value (1-based) of each row of uniform draws in [0, 1): the value
    ``np.partition(draws, k - 1, axis=1)[:, k - 1]`` gives, found faster.

    The k-th smallest of n uniform draws lies within a few standard deviations
    (``sqrt(p (1 - p) / n)``, p = k / n) of p, so only the draws in that band are sorted; a row
    whose k-th value falls outside the band is partitioned in full.
    """
    rows, n = draws.shape
    p = k / n
    half = spread * math.sqrt(p * (1 - p) / n) + 4 / n
    if half > 0.05:  # the band would hold most of the row
        return np.partition(draws, k - 1, axis=1)[:, k - 1]
    need = k - np.count_nonzero(draws < p - half, axis=1)  # rank of the k-th value in the band
    band = (draws >= p - half) & (draws < p + half)
    size = np.count_nonzero(band, axis=1)
    row = np.repeat(np.arange(rows), size)
    start = np.cumsum(size) - size
    padded = np.full((rows, max(int(size.max(initial=0)), 1)), np.inf)
    padded[row, np.arange(len(row)) - start[row]] = draws[band]
    padded.sort(axis=1)
    ok = (need >= 1) & (need <= size)
    cut = np.empty(rows)
    cut[ok] = padded[ok, need[ok] - 1]
    if not ok.all():
        cut[~ok] = np.partition(draws[~ok], k - 1, axis=1)[:, k - 1]
    return cut


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
        n_units = len(sizes)
        # Only units holding a count add to the numerators: each resample's counts are the draws
        # of those units times their counts (integers, so exact in any order). Resamples come in
        # blocks drawn one after the other from the one generator, the same stream as one draw of
        # (n_boot, n_units), so memory stays bounded whatever the corpus size.
        held = np.flatnonzero(counts.any(axis=1))
        place = np.full(n_units, -1, dtype=np.int64)
        place[held] = np.arange(len(held))
        counts_held = counts[held]
        out = np.empty((n_boot, counts.shape[1]))
        for lo, hi in _blocks(n_boot, n_units):
            idx = rng.integers(0, n_units, size=(hi - lo, n_units))
            n = sizes[idx].sum(axis=1)[:, None]
            pos = place[idx]
            row, col = np.nonzero(pos >= 0)
            draws = np.bincount(
                row * len(held) + pos[row, col], minlength=(hi - lo) * len(held)
            ).reshape(hi - lo, len(held))
            c = draws @ counts_held  # (block, n_items)
            out[lo:hi] = c / np.where(n > 0, n, 1) * per
        return out

    diffs = rates(counts_target, np.ravel(n_target)) - rates(
        counts_reference, np.ravel(n_reference)
    )
    tail = (100 - 100 * level) / 2
    lo, hi = np.percentile(diffs, [tail, 100 - tail], axis=0)
    return lo, hi


def fisher_exact_p(a, b, c, d) -> np.ndarray:
    """Two-sided p of Fisher's exact test for many 2 x 2 tables ``[[a, b], [c, d]]``.

    The same p as :func:`fisher_exact_2x2` (``scipy.stats.fisher_exact``), one table per element of
    the (broadcast) inputs; used for keyness, where each term is one table.

    Parameters
    ----------
    a, b, c, d : array-like of int
        The four cells, row by row.

    Returns
    -------
    numpy.ndarray of float

    Examples
    --------
    >>> fisher_exact_p([3, 8], [1, 18], [1, 3], [3, 31]).round(4).tolist()
    [0.4857, 0.0437]
    """
    from scipy.stats import fisher_exact

    cells = np.broadcast_arrays(*(np.asarray(v, dtype=np.int64) for v in (a, b, c, d)))
    flat = [x.ravel() for x in cells]
    out = np.empty(flat[0].shape, dtype=float)
    seen: dict[tuple[int, int, int, int], float] = {}
    for i, cell in enumerate(zip(*flat, strict=True)):
        key = tuple(int(v) for v in cell)
        if key not in seen:
            seen[key] = float(fisher_exact([[key[0], key[1]], [key[2], key[3]]]).pvalue)
        out[i] = seen[key]
    return out.reshape(cells[0].shape)


# ---------------------------------------------------------------------------------------------
# Power: the smallest difference a test could detect
# ---------------------------------------------------------------------------------------------

#: Power at which :func:`mde_odds_ratio` and :func:`mde_rate_ratio` report the detectable ratio.
POWER = 0.8
#: Level of the tests whose power is computed.
ALPHA = 0.05
# Ratios are searched on a log grid between 1 and this bound (beyond it: "not detectable").
_RATIO_BOUND = 1e6


def _fisher_region(row1: int, row2: int, col1: int, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Support of the top-left cell given the margins, and which of its values Fisher's exact test
    rejects at ``alpha`` (two-sided p <= alpha, p as :func:`fisher_exact_2x2` computes it)."""
    lo, hi = max(0, col1 - row2), min(row1, col1)
    xs = np.arange(lo, hi + 1)
    # All tables of the support share one hypergeometric distribution, so the two-sided p of each
    # (the sum of the probabilities not above its own, with scipy's relative tolerance 1e-7) comes
    # from one sorted cumulative sum instead of one fisher_exact call per table: same region, in
    # O(n log n) (tests/test_stats_measures.py compares it with scipy table by table).
    logpmf = _log_choose(row1, xs) + _log_choose(row2, col1 - xs) - _log_choose(row1 + row2, np.int64(col1))
    pmf = np.exp(logpmf)
    order = np.sort(pmf, kind="stable")
    cum = np.cumsum(order)
    idx = np.searchsorted(order, pmf * (1 + 1e-7), side="right")
    p = np.minimum(cum[idx - 1], 1.0)
    return xs, p <= alpha


def _log_choose(n: int, k: np.ndarray) -> np.ndarray:
    from scipy.special import gammaln

    return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)


def fisher_power(odds_ratio: float, row1: int, row2: int, col1: int, *, alpha: float = ALPHA) -> float:
    """Power of the two-sided Fisher exact test given the table's margins (conditional power).

    For the table ``[[x, row1 - x], [col1 - x, row2 - col1 + x]]`` with odds ratio ``psi``, the
    top-left cell ``x`` given all margins follows Fisher's noncentral hypergeometric distribution,
    ``P(x) ∝ C(row1, x) C(row2, col1 - x) psi^x`` (Fisher 1935; Bennett & Hsu 1960, "On the power
    function of the exact test for the 2 x 2 contingency table", Biometrika 47). The power is the
    probability, under ``psi``, of the values of ``x`` the test rejects at ``alpha``.

    Parameters
    ----------
    odds_ratio : float
        The odds ratio ``psi`` of the alternative (> 0).
    row1, row2 : int
        Row totals (the two groups).
    col1 : int
        First column total (the item's count in both groups).
    alpha : float, default=0.05
        Level of the test.

    Returns
    -------
    float

    Examples
    --------
    >>> round(fisher_power(1.0, 26, 34, 11), 4) <= 0.05   # at psi = 1 the power is the size
    True
    >>> round(fisher_power(20.0, 26, 34, 11), 3)
    0.991
    """
    return _fisher_power_fn(int(row1), int(row2), int(col1), alpha)(float(odds_ratio))


def _fisher_power_fn(row1: int, row2: int, col1: int, alpha: float):
    """``psi -> power`` of :func:`fisher_power` for fixed margins (the rejection region once)."""
    xs, reject = _fisher_region(row1, row2, col1, alpha)
    base = _log_choose(row1, xs) + _log_choose(row2, col1 - xs)

    def power(psi: float) -> float:
        if not reject.any():
            return 0.0
        logw = base + xs * math.log(psi)
        w = np.exp(logw - logw.max())
        return float(w[reject].sum() / w.sum())

    return power


def rate_power(
    rate_ratio: float, n_target: int, n_reference: int, total: int, *, alpha: float = ALPHA
) -> float:
    """Power of the two-sided Fisher test of two rates given the item's total count.

    With ``total`` occurrences of the item in both groups and rates in the ratio ``rate_ratio``
    (target over reference), the target's count is binomial, ``x ~ Bin(total, pi)`` with
    ``pi = n_target RR / (n_target RR + n_reference)`` (the conditional distribution of two Poisson
    counts given their sum: Przyborowski & Wilenski 1940, Biometrika 31). The power is the
    probability of the values of ``x`` that Fisher's exact test on ``[[x, n_target - x],
    [total - x, n_reference - total + x]]`` rejects at ``alpha``.

    Parameters
    ----------
    rate_ratio : float
        Ratio of the target's rate to the reference's under the alternative (> 0).
    n_target, n_reference : int
        Sizes of the groups (tokens).
    total : int
        The item's count in both groups.
    alpha : float, default=0.05
        Level of the test.

    Returns
    -------
    float

    Examples
    --------
    >>> rate_power(50.0, 479, 535, 2)   # 2 mentions in all: no outcome is significant
    0.0
    """
    return _rate_power_fn(int(n_target), int(n_reference), int(total), alpha)(float(rate_ratio))


def _rate_power_fn(n_target: int, n_reference: int, total: int, alpha: float):
    """``ratio -> power`` of :func:`rate_power` for fixed sizes and total (the region once)."""
    xs, reject = _fisher_region(n_target, n_reference, total, alpha)
    base = _log_choose(total, xs)

    def power(ratio: float) -> float:
        if not reject.any():
            return 0.0
        pi = n_target * ratio / (n_target * ratio + n_reference)
        logw = base + xs * math.log(pi) + (total - xs) * math.log1p(-pi)
        return float(np.exp(logw[reject]).sum())

    return power


def _detectable(power_at, power: float) -> tuple[float, float]:
    """Smallest ratio >= 1 and largest ratio <= 1 at which ``power_at(ratio) >= power``.

    A log-spaced grid of 241 ratios up to :data:`_RATIO_BOUND` (and down to its inverse) finds the
    first ratio reaching the power; 50 bisection steps on the log scale then narrow it to about
    1e-14. Beyond the bound: inf (upwards) or 0 (downwards), nothing detectable.
    """
    grid = np.linspace(0.0, math.log(_RATIO_BOUND), 241)
    out = []
    for sign in (-1.0, 1.0):
        hit = None
        for i, g in enumerate(grid):
            if power_at(math.exp(sign * g)) >= power:
                hit = i
                break
        if hit is None:
            out.append(0.0 if sign < 0 else math.inf)
            continue
        if hit == 0:
            out.append(1.0)
            continue
        lo, hi = grid[hit - 1], grid[hit]
        for _ in range(50):
            mid = 0.5 * (lo + hi)
            if power_at(math.exp(sign * mid)) >= power:
                hi = mid
            else:
                lo = mid
        out.append(math.exp(sign * hi))
    return out[0], out[1]


def mde_odds_ratio(
    row1: int, row2: int, col1: int, *, alpha: float = ALPHA, power: float = POWER
) -> tuple[float, float]:
    """Minimum detectable odds ratios of Fisher's exact test, given the margins.

    The smallest odds ratio above 1 and the largest below 1 at which the two-sided test at
    ``alpha`` rejects with probability ``power`` (:func:`fisher_power`). An observed odds ratio
    between the two could not have been told from 1 with that power: "could not detect a
    difference below" these bounds. 0 / inf: no odds ratio reaches the power (too few
    occurrences for any outcome to be significant).

    Parameters
    ----------
    row1, row2 : int
        Row totals (the groups: for the share test, all sector mentions of each group).
    col1 : int
        The item's count in both groups.
    alpha : float, default=0.05
    power : float, default=0.8

    Returns
    -------
    low, high : float

    Examples
    --------
    >>> [round(v, 2) for v in mde_odds_ratio(26, 34, 11)]   # inter-party relations, share test
    [0.08, 6.12]
    """
    return _detectable(_fisher_power_fn(int(row1), int(row2), int(col1), alpha), power)


def mde_rate_ratio(
    n_target: int, n_reference: int, total: int, *, alpha: float = ALPHA, power: float = POWER
) -> tuple[float, float]:
    """Minimum detectable rate ratios of the exact rate test, given the item's total count.

    The smallest ratio of rates (target over reference) above 1 and the largest below 1 at which
    the two-sided Fisher test at ``alpha`` rejects with probability ``power`` (:func:`rate_power`);
    0 / inf when no ratio does.

    Parameters
    ----------
    n_target, n_reference : int
        Sizes of the groups (tokens).
    total : int
        The item's count in both groups.
    alpha : float, default=0.05
    power : float, default=0.8

    Returns
    -------
    low, high : float

    Examples
    --------
    >>> [round(v, 2) for v in mde_rate_ratio(479, 535, 11)]   # inter-party relations, rate test
    [0.09, 6.7]
    >>> mde_rate_ratio(479, 535, 2)   # 2 mentions in all: nothing is detectable
    (0.0, inf)
    """
    return _detectable(_rate_power_fn(int(n_target), int(n_reference), int(total), alpha), power)


def minimum_detectable_difference(se, *, alpha: float = ALPHA, power: float = POWER) -> np.ndarray:
    """Minimum detectable difference of a two-sided z test with standard error ``se``.

    ``MDD = (z_{1 - alpha/2} + z_{power}) se`` (2.80 se at 5% and 80%; Cohen 1988, ch. 2; Bloom
    1995, "Minimum detectable effects", Evaluation Review 19(5)): a true difference of that size
    is detected with probability ``power``; smaller ones mostly go unseen.

    Parameters
    ----------
    se : array-like of float
        Standard errors of the differences (for example the standard deviation of their bootstrap
        distribution).
    alpha : float, default=0.05
    power : float, default=0.8

    Returns
    -------
    numpy.ndarray of float

    Examples
    --------
    >>> round(float(minimum_detectable_difference(0.1)), 4)
    0.2802
    """
    from scipy.stats import norm

    return (norm.ppf(1 - alpha / 2) + norm.ppf(power)) * np.asarray(se, dtype=float)


# ---------------------------------------------------------------------------------------------
# A test that keeps sentences whole
# ---------------------------------------------------------------------------------------------


def permutation_test_units(
    counts_target,
    n_target,
    counts_reference,
    n_reference,
    *,
    n_perm: int = 9999,
    random_state: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Permutation p-values of a difference of rates and of shares, permuting whole units.

    Mentions cluster in sentences (a list of six sectors is one sentence), so they are not
    independent draws as Fisher's tests assume. Here the unit is the sentence: under the null
    hypothesis that the groups do not differ, the sentences are exchangeable between them. Each of
    ``n_perm`` permutations assigns as many pooled sentences to the target as it has (the rest to
    the reference) and recomputes, per item, the rate difference ``sum counts / sum sizes`` and the
    share difference ``sum counts / sum counts of all items`` (target minus reference). The
    two-sided p is ``(1 + #{|T_perm| >= |T_obs|}) / (n_perm + 1)`` (Phipson & Smyth 2010), with a
    relative tolerance of 1e-9 for ties; a permuted group without any count has no share and does
    not count as extreme. Monte Carlo error of p: about ``sqrt(p (1 - p) / n_perm)``.

    Parameters
    ----------
    counts_target, counts_reference : array-like of int, units x items
        Counts of each item in each unit (sentence) of the target and of the reference.
    n_target, n_reference : array-like of int, units
        Size of each unit (tokens).
    n_perm : int, default=9999
        Permutations.
    random_state : int, default=0
        Seed of the ``numpy.random.default_rng`` generator.

    Returns
    -------
    rate_p, share_p : numpy.ndarray of float, one value per item

    Examples
    --------
    >>> ct = [[3, 0], [0, 1], [0, 1]]; cr = [[0, 1], [0, 1], [0, 1], [1, 0]]
    >>> rate_p, share_p = permutation_test_units(ct, [5, 5, 5], cr, [5, 5, 5, 5], n_perm=999)
    >>> bool(0 < rate_p[0] <= 1 and 0 < share_p[0] <= 1)
    True
    """
    check_int("n_perm", n_perm, minimum=1)
    n_target, n_reference = np.ravel(n_target), np.ravel(n_reference)
    ut, ur = len(n_target), len(n_reference)
    if ut == 0 or ur == 0:
        raise AnalysisError("permutation", "a side has no units to permute")
    sizes = np.concatenate([n_target, n_reference]).astype(float)
    counts = np.vstack(
        [
            np.asarray(counts_target, dtype=float).reshape(ut, -1),
            np.asarray(counts_reference, dtype=float).reshape(ur, -1),
        ]
    )
    n_units = ut + ur
    rng = np.random.default_rng(random_state)
    # The observed assignment first, then the permutations in blocks drawn one after the other
    # from the one generator (the same stream as one (n_perm, n_units) draw), so memory stays
    # bounded. A permutation gives the target the ``ut`` units with the smallest draws (the first
    # ``ut`` of an argsort): a partial sort finds the same set in linear time. Sums of counts and
    # sizes are integers, exact in any order.
    held = np.flatnonzero(counts.any(axis=1))
    counts_held = counts[held]
    n_items = counts.shape[1]
    c_t = np.empty((n_perm + 1, n_items))
    s_t = np.empty(n_perm + 1)
    c_t[0] = counts[:ut].sum(axis=0)
    s_t[0] = sizes[:ut].sum()
    for lo, hi in _blocks(n_perm, n_units):
        draws = rng.random((hi - lo, n_units))
        cut = _kth_smallest(draws, ut)[:, None]  # ut < n_units: ur > 0
        member = (draws <= cut).astype(float)
        del draws, cut
        c_t[1 + lo : 1 + hi] = member[:, held] @ counts_held
        s_t[1 + lo : 1 + hi] = member @ sizes
    c_r = counts.sum(axis=0) - c_t
    s_r = sizes.sum() - s_t
    all_t, all_r = c_t.sum(axis=1), c_r.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = c_t / np.where(s_t > 0, s_t, np.nan)[:, None] - c_r / np.where(s_r > 0, s_r, np.nan)[
            :, None
        ]
        share = c_t / np.where(all_t > 0, all_t, np.nan)[:, None] - c_r / np.where(
            all_r > 0, all_r, np.nan
        )[:, None]

    def p_of(stat):
        obs = np.abs(stat[0])
        extreme = np.abs(stat[1:]) >= obs * (1 - 1e-9) - 1e-15
        return (1.0 + extreme.sum(axis=0)) / (n_perm + 1.0)

    return p_of(rate), p_of(share)


# ---------------------------------------------------------------------------------------------
# Rounding for machine-independent tables
# ---------------------------------------------------------------------------------------------

#: Significant digits kept by :func:`round_significant` (closed-form statistics).
SIGNIFICANT_DIGITS = 12


def round_significant(values, digits: int = SIGNIFICANT_DIGITS) -> np.ndarray:
    """Values rounded to ``digits`` significant digits (NaN, inf and 0 unchanged).

    Floating-point results may differ in their last bits between machines (BLAS kernels, threads,
    vectorised ``log``); sorting on the raw values then orders ties by noise. Rounding to a fixed
    number of significant digits (a decimal round trip, exact and the same everywhere) before a sort
    or a write makes equal values equal, so ties fall to the next key (the term).

    Parameters
    ----------
    values : array-like of float
    digits : int, default=12

    Returns
    -------
    numpy.ndarray of float
        Same shape as ``values``.

    Examples
    --------
    >>> round_significant([0.1 + 0.2, 2 / 3, -1234567.891], digits=6).tolist()
    [0.3, 0.666667, -1234570.0]
    """
    check_int("digits", digits, minimum=1, maximum=17)
    x = np.array(values, dtype=float)
    flat = x.reshape(-1)
    fmt = f"%.{digits - 1}e"
    at = np.flatnonzero(np.isfinite(flat) & (flat != 0))
    # each distinct value formatted once (tables repeat values: totals, shares, p = 1)
    distinct, inverse = np.unique(flat[at], return_inverse=True)
    rounded = np.array([float(fmt % v) for v in distinct.tolist()], dtype=float)
    flat[at] = rounded[inverse.reshape(-1)] if len(at) else flat[at]
    return flat.reshape(x.shape)


def round_table(table, digits: int = SIGNIFICANT_DIGITS):
    """A copy of a DataFrame with every float column rounded by :func:`round_significant`.

    Parameters
    ----------
    table : pandas.DataFrame
    digits : int, default=12

    Returns
    -------
    pandas.DataFrame
    """
    out = table.copy()
    for c in out.columns:
        if out[c].dtype.kind == "f":
            out[c] = round_significant(out[c].to_numpy(), digits)
    return out


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


def pairwise_stability(fits: Sequence[Sequence[set]]) -> np.ndarray:
    """Matched Jaccard similarity between every two fits of a topic model (all pairs).

    The agreement of Greene, O'Callaghan & Cunningham (2014) between two fits: topics matched
    one-to-one by the Hungarian algorithm maximising the total Jaccard similarity of their top-term
    sets, then averaged over topics. Taken over every pair of fits, no fit (and so no random seed) is
    the reference; the mean of the off-diagonal entries is the model's stability (Belford, Mac Namee
    & Greene 2018, "Stability of topic modeling via matrix factorization", Expert Systems with
    Applications 91).

    Parameters
    ----------
    fits : sequence of sequence of set
        For each fit, the top-term set of each of its topics (the same number of topics).

    Returns
    -------
    numpy.ndarray
        n x n symmetric matrix, 1 on the diagonal.

    Examples
    --------
    >>> pairwise_stability([[{"a"}, {"b"}], [{"b"}, {"a"}], [{"a", "b"}, {"c"}]]).round(2).tolist()
    [[1.0, 1.0, 0.25], [1.0, 1.0, 0.25], [0.25, 0.25, 1.0]]
    """
    from scipy.optimize import linear_sum_assignment

    n = len(fits)
    out = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            if len(fits[i]) != len(fits[j]):
                raise AnalysisError("fits", f"fit {j} has {len(fits[j])} topics, fit {i} {len(fits[i])}")
            sim = np.array([[_jaccard(a, b) for b in fits[j]] for a in fits[i]])
            rows, cols = linear_sum_assignment(sim, maximize=True)
            out[i, j] = out[j, i] = float(sim[rows, cols].mean()) if len(rows) else 1.0
    return out


def _jaccard(a: set, b: set) -> float:
    """Jaccard similarity |a ∩ b| / |a ∪ b| (1 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0
