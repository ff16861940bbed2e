"""Tests of framing.stats.measures: every formula against values worked out by hand, published
examples and independent implementations."""

from __future__ import annotations

import doctest
import math

import numpy as np
import pytest

from framing.errors import AnalysisError
from framing.stats import measures as M

# ---------------------------------------------------------------------------------------------
# Two-corpus comparison of counts
# ---------------------------------------------------------------------------------------------


def test_log_likelihood_by_hand():
    # a = 6 in c = 100 target tokens, b = 2 in d = 200 reference tokens.
    # E1 = 100 * 8 / 300 = 2.6667, E2 = 200 * 8 / 300 = 5.3333
    e1, e2 = M.expected_counts(6, 2, 100, 200)
    assert (float(e1), float(e2)) == pytest.approx((8 / 3, 16 / 3))
    # G2 = 2 (6 ln(6 / 2.6667) + 2 ln(2 / 5.3333)) = 2 (6 * 0.8109302 - 2 * 0.9808293) = 5.807846
    g2 = float(M.log_likelihood(6, 2, 100, 200))
    assert g2 == pytest.approx(2 * (6 * math.log(2.25) + 2 * math.log(0.375)))
    assert g2 == pytest.approx(5.807846, abs=1e-6)
    # a = 0, b = 4: E1 = 1.3333, E2 = 2.6667 -> G2 = 2 (0 + 4 ln(4 / 2.6667)) = 8 ln 1.5 (0 ln 0 = 0)
    assert float(M.log_likelihood(0, 4, 100, 200)) == pytest.approx(8 * math.log(1.5))
    # equal rates: exactly 0, never a rounding -1e-16
    assert float(M.log_likelihood(2, 4, 100, 200)) == 0.0
    # arrays broadcast against scalar totals
    assert M.log_likelihood([6, 0], [2, 4], 100, 200).shape == (2,)


def test_log_likelihood_published_example():
    # Lancaster University corpus-linguistics course notes on Rayson's Log-likelihood wizard
    # (ucrel.lancs.ac.uk/llwizard.html): a word seen 52 times in a 50,000-token corpus and 57 times
    # in a 75,000-token corpus gives "LL + 2.65" (not significant, 2.65 < 3.84).
    g2 = float(M.log_likelihood(52, 57, 50_000, 75_000))
    assert round(g2, 2) == 2.65
    assert float(M.chi2_p(g2)) > 0.05
    # log ratio: log2((52 / 50000) / (57 / 75000)) = log2(1.04 / 0.76) = 0.452512
    assert float(M.log_ratio(52, 57, 50_000, 75_000)) == pytest.approx(0.452512, abs=1e-6)


def test_chi2_p_is_the_one_df_tail():
    # chi-squared with 1 df: P(X > x) = erfc(sqrt(x / 2)); 3.841459 is the 5 % critical value
    assert float(M.chi2_p(5.807846)) == pytest.approx(math.erfc(math.sqrt(5.807846 / 2)), rel=1e-6)
    assert float(M.chi2_p(3.841459)) == pytest.approx(0.05, abs=1e-6)
    # 2 df: P(X > x) = exp(-x / 2)
    assert float(M.chi2_p(3.0, df=2)) == pytest.approx(math.exp(-1.5))
    with pytest.raises(AnalysisError, match="df"):
        M.chi2_p(1.0, df=0)


def test_log_ratio_by_hand():
    # log2((6 / 100) / (2 / 200)) = log2(6) = 2.584963
    assert float(M.log_ratio(6, 2, 100, 200)) == pytest.approx(2.584963, abs=1e-6)
    # a zero replaced by 0.5: log2((0.5 / 100) / (4 / 200)) = log2(0.25) = -2
    assert float(M.log_ratio(0, 4, 100, 200)) == pytest.approx(-2.0)
    assert float(M.log_ratio(0, 4, 100, 200, zero=1.0)) == pytest.approx(-1.0)
    assert float(M.log_ratio(2, 4, 100, 200)) == pytest.approx(0.0)


def test_log_odds_z_by_hand():
    # prior size a0 = 30: alpha = 30 * 8 / 300 = 0.8
    # delta = ln(6.8 / (100 + 30 - 6 - 0.8)) - ln(2.8 / (200 + 30 - 2 - 0.8))
    #       = ln(6.8 / 123.2) - ln(2.8 / 227.2) = -2.896886 + 4.396211 = 1.499325
    # var = 1 / 6.8 + 1 / 2.8 = 0.504202; z = 1.499325 / 0.710072 = 2.111512
    z = float(M.log_odds_z(6, 2, 100, 200, prior=30))
    delta = math.log(6.8 / 123.2) - math.log(2.8 / 227.2)
    assert z == pytest.approx(delta / math.sqrt(1 / 6.8 + 1 / 2.8))
    assert z == pytest.approx(2.111512, abs=1e-6)
    # default prior size a0 = c + d, so alpha = a + b: a = 3, b = 1, c = d = 10 -> alpha = 4
    # delta = ln(7 / 23) - ln(5 / 25) = 0.419854; var = 1/7 + 1/5; z = 0.717037
    z = float(M.log_odds_z(3, 1, 10, 10))
    assert z == pytest.approx((math.log(7 / 23) - math.log(5 / 25)) / math.sqrt(1 / 7 + 1 / 5))
    assert z == pytest.approx(0.717037, abs=1e-6)
    # equal rates: z = 0
    assert float(M.log_odds_z(2, 4, 100, 200)) == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(AnalysisError, match="prior"):
        M.log_odds_z(1, 1, 10, 10, prior=0)


def test_benjamini_hochberg_by_hand():
    p = [0.01, 0.04, 0.03, 0.005, 0.045]
    # sorted: 0.005 (k=1), 0.01 (2), 0.03 (3), 0.04 (4), 0.045 (5); m = 5
    # m p / k: 0.025, 0.025, 0.05, 0.05, 0.045
    # running minimum from the largest k down: 0.045, min(0.05, 0.045) = 0.045, 0.045, 0.025, 0.025
    # back in input order: 0.01 -> 0.025, 0.04 -> 0.045, 0.03 -> 0.045, 0.005 -> 0.025, 0.045 -> 0.045
    np.testing.assert_allclose(M.benjamini_hochberg(p), [0.025, 0.045, 0.045, 0.025, 0.045])
    # capped at 1: [0.6, 0.9] -> 2*0.6/1 = 1.2 -> min(1.2, 0.9) = 0.9; 2*0.9/2 = 0.9
    np.testing.assert_allclose(M.benjamini_hochberg([0.6, 0.9]), [0.9, 0.9])
    np.testing.assert_allclose(M.benjamini_hochberg([0.8]), [0.8])
    assert M.benjamini_hochberg([]).size == 0


def test_benjamini_hochberg_matches_scipy():
    from scipy.stats import false_discovery_control

    p = np.random.default_rng(4).uniform(size=200) ** 3
    np.testing.assert_allclose(M.benjamini_hochberg(p), false_discovery_control(p, method="bh"))


# ---------------------------------------------------------------------------------------------
# Fisher's exact test
# ---------------------------------------------------------------------------------------------


def _fisher_two_sided(a, b, c, d):
    """Fisher's exact test from the hypergeometric formula: sum of P(table) <= P(observed)."""
    row1, col1, n = a + b, a + c, a + b + c + d

    def prob(x):
        return math.comb(col1, x) * math.comb(n - col1, row1 - x) / math.comb(n, row1)

    observed = prob(a)
    lo, hi = max(0, row1 - (n - col1)), min(row1, col1)
    return sum(prob(x) for x in range(lo, hi + 1) if prob(x) <= observed * (1 + 1e-7))


def test_fisher_helper_reproduces_the_published_tea_tasting_value():
    # Fisher (1935): 3 of 4 cups right each way -> two-sided p = 34/70 = 0.4857
    assert _fisher_two_sided(3, 1, 1, 3) == pytest.approx(34 / 70)


def test_fisher_exact_2x2_by_hand():
    odds, p = M.fisher_exact_2x2(3, 1, 1, 3)
    assert odds == 9.0 and p == pytest.approx(34 / 70)
    # the study's party counts: [[8, 471], [3, 532]]: odds ratio 8*532 / (471*3) = 3.012
    odds, p = M.fisher_exact_2x2(8, 471, 3, 532)
    assert odds == pytest.approx(8 * 532 / (471 * 3))
    assert p == pytest.approx(_fisher_two_sided(8, 471, 3, 532))
    assert isinstance(odds, float) and isinstance(p, float)


# ---------------------------------------------------------------------------------------------
# Bootstrap interval
# ---------------------------------------------------------------------------------------------


def test_bootstrap_rate_difference_is_seeded_and_brackets_the_estimate():
    rng = np.random.default_rng(0)
    ct = rng.integers(0, 3, size=(30, 2))
    cr = rng.integers(0, 2, size=(40, 2))
    nt, nr = rng.integers(5, 30, size=30), rng.integers(5, 30, size=40)
    a = M.bootstrap_rate_difference(ct, nt, cr, nr, n_boot=500, random_state=1)
    b = M.bootstrap_rate_difference(ct, nt, cr, nr, n_boot=500, random_state=1)
    c = M.bootstrap_rate_difference(ct, nt, cr, nr, n_boot=500, random_state=2)
    np.testing.assert_array_equal(a[0], b[0])
    assert not np.allclose(a[0], c[0])
    diff = ct.sum(axis=0) / nt.sum() * 1000 - cr.sum(axis=0) / nr.sum() * 1000
    assert (a[0] <= diff).all() and (diff <= a[1]).all()
    # a wider level gives a wider interval
    lo90, hi90 = M.bootstrap_rate_difference(ct, nt, cr, nr, n_boot=500, random_state=1, level=0.9)
    assert (lo90 >= a[0]).all() and (hi90 <= a[1]).all()


def test_bootstrap_rate_difference_equals_the_resampling_it_describes():
    # The same draws by hand: target first, then reference, from one generator.
    ct, nt = np.array([[1], [0], [2]]), np.array([10, 5, 20])
    cr, nr = np.array([[0], [1]]), np.array([8, 12])
    rng = np.random.default_rng(7)
    it = rng.integers(0, 3, size=(50, 3))
    ir = rng.integers(0, 2, size=(50, 2))
    d = ct[it].sum(axis=1)[:, 0] / nt[it].sum(axis=1) * 1000
    d = d - cr[ir].sum(axis=1)[:, 0] / nr[ir].sum(axis=1) * 1000
    lo, hi = M.bootstrap_rate_difference(ct, nt, cr, nr, n_boot=50, random_state=7)
    assert lo[0] == np.percentile(d, 2.5) and hi[0] == np.percentile(d, 97.5)


def test_bootstrap_rate_difference_rejects_bad_input():
    with pytest.raises(AnalysisError, match="n_boot"):
        M.bootstrap_rate_difference([[1]], [1], [[1]], [1], n_boot=0)
    with pytest.raises(AnalysisError, match="level"):
        M.bootstrap_rate_difference([[1]], [1], [[1]], [1], level=1.5)
    with pytest.raises(AnalysisError, match="no units"):
        M.bootstrap_rate_difference(np.zeros((0, 1)), [], [[1]], [1])


def test_fisher_exact_p_is_fisher_exact_2x2_table_by_table():
    a, b, c, d = [3, 8, 8, 0], [1, 18, 471, 5], [1, 3, 3, 0], [3, 31, 532, 7]
    p = M.fisher_exact_p(a, b, c, d)
    for i in range(4):
        assert p[i] == M.fisher_exact_2x2(a[i], b[i], c[i], d[i])[1]
        assert p[i] == pytest.approx(_fisher_two_sided(a[i], b[i], c[i], d[i]), rel=1e-9)


# ---------------------------------------------------------------------------------------------
# Power: minimum detectable effects (issue 15: "could not detect a difference below X")
# ---------------------------------------------------------------------------------------------


def _power_by_enumeration(psi, row1, row2, col1, alpha=0.05):
    """Conditional power of Fisher's test from first principles: the rejection region by the
    hypergeometric formula, the alternative by scipy's noncentral hypergeometric distribution."""
    from scipy.stats import nchypergeom_fisher

    lo, hi = max(0, col1 - row2), min(row1, col1)
    dist = nchypergeom_fisher(row1 + row2, row1, col1, psi)
    return sum(
        dist.pmf(x) for x in range(lo, hi + 1)
        if _fisher_two_sided(x, row1 - x, col1 - x, row2 - col1 + x) <= alpha
    )


def test_fisher_power_equals_the_enumeration_and_the_size_at_psi_1():
    for psi in (0.2, 1.0, 3.0, 12.0):
        assert M.fisher_power(psi, 26, 34, 11) == pytest.approx(
            _power_by_enumeration(psi, 26, 34, 11), abs=1e-9
        )
    # at psi = 1 the power is the test's actual size, at most alpha
    assert M.fisher_power(1.0, 26, 34, 11) <= 0.05


def test_mde_odds_ratio_is_where_the_power_reaches_80_percent():
    # the share test of inter-party relations: 8 of 26 against 3 of 34 mentions, 11 in all
    low, high = M.mde_odds_ratio(26, 34, 11)
    assert _power_by_enumeration(high, 26, 34, 11) == pytest.approx(0.8, abs=1e-6)
    assert _power_by_enumeration(high * 0.99, 26, 34, 11) < 0.8
    assert _power_by_enumeration(low, 26, 34, 11) == pytest.approx(0.8, abs=1e-6)
    assert 0 < low < 1 < high
    # the observed odds ratio 4.59 lies inside: the test could not detect it with 80% power
    assert low < 8 * 31 / (18 * 3) < high
    # more data, smaller detectable effects
    assert M.mde_odds_ratio(260, 340, 110)[1] < high
    # two occurrences in all: no outcome is significant, nothing is detectable
    assert M.mde_odds_ratio(26, 34, 2) == (0.0, math.inf)


def test_rate_power_and_mde_rate_ratio_by_hand():
    from scipy.stats import binom

    # 11 mentions in 479 + 535 tokens; under a rate ratio RR the target's share is binomial with
    # pi = 479 RR / (479 RR + 535); the test rejects the x whose Fisher p <= .05
    reject = [x for x in range(12) if _fisher_two_sided(x, 479 - x, 11 - x, 535 - 11 + x) <= 0.05]
    for rr in (0.5, 2.0, 6.0):
        pi = 479 * rr / (479 * rr + 535)
        assert M.rate_power(rr, 479, 535, 11) == pytest.approx(binom.pmf(reject, 11, pi).sum())
    low, high = M.mde_rate_ratio(479, 535, 11)
    assert M.rate_power(high, 479, 535, 11) == pytest.approx(0.8, abs=1e-6)
    assert M.rate_power(low, 479, 535, 11) == pytest.approx(0.8, abs=1e-6)
    # the observed rate ratio of inter-party relations (8/479) / (3/535) = 2.98 is undetectable
    assert low < (8 / 479) / (3 / 535) < high
    assert M.mde_rate_ratio(479, 535, 2) == (0.0, math.inf)


def test_minimum_detectable_difference_is_2_8_standard_errors():
    from scipy.stats import norm

    assert float(M.minimum_detectable_difference(1.0)) == pytest.approx(
        norm.ppf(0.975) + norm.ppf(0.8)
    )
    assert float(M.minimum_detectable_difference(0.1)) == pytest.approx(0.2802, abs=1e-4)
    assert float(M.minimum_detectable_difference(0.1, power=0.5)) == pytest.approx(0.196, abs=1e-3)


# ---------------------------------------------------------------------------------------------
# The test that keeps sentences whole
# ---------------------------------------------------------------------------------------------


def test_permutation_test_units_equals_the_exact_permutation_distribution():
    from itertools import combinations

    # 3 target sentences, 4 reference sentences, two items
    ct = np.array([[2, 0], [0, 1], [1, 1]])
    cr = np.array([[0, 1], [0, 2], [1, 0], [0, 1]])
    nt, nr = np.array([5, 6, 4]), np.array([5, 5, 7, 3])
    counts, sizes = np.vstack([ct, cr]), np.concatenate([nt, nr])

    def stats(idx):
        t = np.zeros(7, bool)
        t[list(idx)] = True
        rate = counts[t].sum(0) / sizes[t].sum() - counts[~t].sum(0) / sizes[~t].sum()
        share = counts[t].sum(0) / counts[t].sum() - counts[~t].sum(0) / counts[~t].sum()
        return rate, share

    obs = stats((0, 1, 2))
    every = [stats(c) for c in combinations(range(7), 3)]  # all 35 assignments
    exact_rate = np.mean([np.abs(r) >= np.abs(obs[0]) - 1e-12 for r, _ in every], axis=0)
    exact_share = np.mean([np.abs(s) >= np.abs(obs[1]) - 1e-12 for _, s in every], axis=0)
    rate_p, share_p = M.permutation_test_units(ct, nt, cr, nr, n_perm=20000, random_state=3)
    np.testing.assert_allclose(rate_p, exact_rate, atol=0.01)
    np.testing.assert_allclose(share_p, exact_share, atol=0.01)
    # seeded
    again = M.permutation_test_units(ct, nt, cr, nr, n_perm=500, random_state=3)
    np.testing.assert_array_equal(again[0], M.permutation_test_units(ct, nt, cr, nr, n_perm=500,
                                                                      random_state=3)[0])
    with pytest.raises(AnalysisError, match="n_perm"):
        M.permutation_test_units(ct, nt, cr, nr, n_perm=0)


def test_permutation_over_sentences_sees_the_clustering_fisher_ignores():
    # issue 15: mentions cluster in sentences. Six mentions of a sector in ONE of 10 target
    # sentences, none in 20 reference sentences; every other sentence mentions another sector once.
    ct = np.array([[6, 0]] + [[0, 1]] * 9)
    cr = np.array([[0, 1]] * 20)
    nt, nr = np.full(10, 20), np.full(20, 20)
    # Fisher on mentions treats the six as independent draws: p = 0.001
    _, fisher_p = M.fisher_exact_2x2(6, 9, 0, 20)
    assert fisher_p < 0.01
    # permuting whole sentences: every assignment that puts that one sentence in the target is as
    # extreme, P = 10 / 30
    rate_p, share_p = M.permutation_test_units(ct, nt, cr, nr, n_perm=9999, random_state=0)
    assert share_p[0] == pytest.approx(1 / 3, abs=0.02) and rate_p[0] == pytest.approx(1 / 3, abs=0.02)


# ---------------------------------------------------------------------------------------------
# Rounding (issue 15: the same tables on every machine)
# ---------------------------------------------------------------------------------------------


def test_round_significant_makes_noise_ties_equal():
    a = 0.1 + 0.2  # 0.30000000000000004
    assert M.round_significant([a])[0] == 0.3
    x = np.array([2.9998306923, 2.9998306923 + 1e-15, 2.9998306923 - 1e-15])
    assert len(set(x.tolist())) == 3 and len(set(M.round_significant(x).tolist())) == 1
    assert M.round_significant([123456.789], digits=4).tolist() == [123500.0]
    assert M.round_significant([-0.000123456], digits=2).tolist() == [-0.00012]
    out = M.round_significant([np.nan, np.inf, -np.inf, 0.0])
    assert np.isnan(out[0]) and out[1] == np.inf and out[2] == -np.inf and out[3] == 0.0
    assert M.round_significant(np.ones((2, 3)) / 3, digits=3).shape == (2, 3)
    with pytest.raises(AnalysisError, match="digits"):
        M.round_significant([1.0], digits=0)


def test_pairwise_stability_by_hand():
    # fit 0 and fit 1: the same topics in another order -> 1; fit 2: {a,b} vs {a}: 1/2, {c} vs {b}: 0
    fits = [[{"a"}, {"b"}], [{"b"}, {"a"}], [{"a", "b"}, {"c"}]]
    pair = M.pairwise_stability(fits)
    assert pair[0, 1] == 1.0 and pair[0, 2] == pytest.approx(0.25) and pair[2, 1] == pytest.approx(0.25)
    assert (np.diag(pair) == 1).all() and (pair == pair.T).all()
    with pytest.raises(AnalysisError, match="topics"):
        M.pairwise_stability([[{"a"}], [{"a"}, {"b"}]])


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def test_gries_dp_by_hand():
    # parts of 13 and 7 characters: s = (0.65, 0.35); all occurrences in part 1: v = (1, 0)
    # DP = 0.5 (|1 - 0.65| + |0 - 0.35|) = 0.35; DP_norm = 0.35 / (1 - 0.35) = 0.538462
    dp, dp_norm = M.gries_dp([1, 0], [13, 7])
    assert dp == pytest.approx(0.35) and dp_norm == pytest.approx(0.538462, abs=1e-6)
    # spread exactly like the text: 0
    assert M.gries_dp([13, 7], [13, 7])[0] == pytest.approx(0.0)
    # Gries (2008) example: 5 equal parts, counts (1, 2, 3, 4, 0) of 10: v = (.1,.2,.3,.4,0),
    # s = .2 each: DP = 0.5 (.1 + 0 + .1 + .2 + .2) = 0.3; DP_norm = 0.3 / 0.8 = 0.375
    dp, dp_norm = M.gries_dp([1, 2, 3, 4, 0], [1, 1, 1, 1, 1])
    assert dp == pytest.approx(0.3) and dp_norm == pytest.approx(0.375)
    # a single part: DP = 0, DP_norm undefined
    dp, dp_norm = M.gries_dp([3], [10])
    assert dp == 0.0 and math.isnan(dp_norm)
    with pytest.raises(AnalysisError):
        M.gries_dp([1, 2], [1, 2, 3])


# ---------------------------------------------------------------------------------------------
# Topic measures (hand values in tests/test_topics.py; here: one home, re-exported by topics)
# ---------------------------------------------------------------------------------------------


def test_topic_measures_live_here_and_topics_reexports_them():
    import framing.topics as topics

    for name in ("relevance", "npmi_coherence", "topic_diversity", "jaccard_stability"):
        assert getattr(topics, name) is getattr(M, name)
    mass = np.array([[6.0, 3.0, 1.0], [2.0, 2.0, 6.0]])
    # t1,w0: .6 ln .6 + .4 ln(.6/.4) = -0.144309
    assert M.relevance(mass, mass.sum(axis=1), 0.6)[0, 0] == pytest.approx(-0.144309, abs=1e-6)
    with pytest.raises(AnalysisError, match="lambda_"):
        M.relevance(mass, mass.sum(axis=1), lambda_=1.5)
    presence = np.array([[1, 1, 0, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 0, 1, 1]])
    # (oil, gas): NPMI = ln(4/3) / ln 2 = 0.415037
    assert M.npmi_coherence(presence, [[0, 1]])[0] == pytest.approx(0.415037, abs=1e-6)
    assert M.topic_diversity([["a", "b", "c"], ["a", "d", "e"]]) == pytest.approx(5 / 6)
    assert (
        M._jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
        and M._jaccard(set(), set()) == 1.0
    )
    with pytest.raises(AnalysisError, match="runs"):
        M.jaccard_stability([{"a"}], [[{"a"}, {"b"}]])


def test_docstring_examples_run():
    result = doctest.testmod(M)
    assert result.attempted > 10 and result.failed == 0
