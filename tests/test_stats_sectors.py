"""Tests of framing.stats.sectors: summaries, differences, co-occurrence and sides, checked against
hand counts on the two study reports (ids of sentences as framing.split_sentences), and against the
tables committed in data/processed/ byte for byte."""

from __future__ import annotations

import doctest
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing.config import load_study
from framing.corpus import load_corpus
from framing.errors import AnalysisError
from framing.io import write_csv
from framing.sectors import find_sector_mentions
from framing.stats import sectors as S
from framing.tokens import tokenize

PROCESSED = Path(__file__).resolve().parents[1] / "data" / "processed"
P = "2025-10-10-pyongyang"
M = "2026-02-24-moscow"
TARGET, REFERENCE = "2026-02", "2025-10"


@pytest.fixture(scope="module")
def docs():
    return load_corpus()


@pytest.fixture(scope="module")
def tokens(docs):
    return tokenize(docs)


@pytest.fixture(scope="module")
def mentions(docs):
    # The study's actors decide the speakers and sides of the mentions.
    return find_sector_mentions(docs, actors=load_study().actors)


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


# --- summaries ------------------------------------------------------------------------------


def test_sector_summary_by_document_worked_by_hand(mentions, tokens):
    s = S.sector_summary(mentions, tokens, by="doc_id")
    assert list(s.columns) == ["doc_id", "period", *S.SUMMARY_COLUMNS]
    s = s.set_index(["doc_id", "sector"])
    assert len(s) == 2 * 16  # every sector, zero counts included
    # n_tokens: non-punctuation tokens of framing.tokenize (530 and 478: the acronyms the reports
    # define in brackets, CPV, URP, DPRK, APEC, ASEAN and CPV, are not second tokens; issue 13)
    dip = s.loc[(P, "diplomacy")]
    assert (dip["count"], dip["n_tokens"]) == (6, 530)
    assert dip["rate_per_1000"] == pytest.approx(6 / 530 * 1000)  # 11.321
    assert dip["share"] == pytest.approx(6 / 34)  # 0.1765
    # first diplomacy mention "political trust" at offset 142 of 3,985 characters
    assert dip["first_position"] == pytest.approx(142 / 3985)
    party = s.loc[(M, "party")]
    assert party["rate_per_1000"] == pytest.approx(8 / 478 * 1000)  # 16.74
    assert party["share"] == pytest.approx(8 / 26)  # 0.3077
    assert party["first_position"] == pytest.approx(1236 / 3458)
    env = s.loc[(P, "environment")]
    assert env["count"] == 0 and env["rate_per_1000"] == 0 and np.isnan(env["first_position"])
    assert s.loc[(P, "party"), "n_sectors"] == 15 and s.loc[(M, "party"), "n_sectors"] == 10


def test_sector_summary_by_period(mentions, tokens):
    s = S.sector_summary(mentions, tokens, by="period")
    assert list(s.columns[:3]) == ["period", "sector", "label"]
    assert list(dict.fromkeys(s["period"])) == [REFERENCE, TARGET]  # order of first appearance
    row = s[(s["period"] == TARGET) & (s["sector"] == "party")].iloc[0]
    assert (row["count"], row["n_tokens"]) == (8, 478)
    with pytest.raises(AnalysisError, match="by='week'"):
        S.sector_summary(mentions, tokens, by="week")
    with pytest.raises(AnalysisError, match="mentions"):
        S.sector_summary(mentions.drop(columns="rel_position"), tokens)


def test_summaries_restricted_to_the_mentions_of_cooperation(mentions, tokens):
    # issue 15: six of February's 26 mentions are the Congress's domestic priorities
    from framing.context import mention_context
    from framing.tokens import split_sentences

    with pytest.raises(AnalysisError, match="context"):
        S.sector_summary(mentions, tokens, context="cooperation")
    m = mention_context(mentions, split_sentences(load_corpus()))
    every = S.sector_summary(m, tokens).set_index(["period", "sector"])
    coop = S.sector_summary(m, tokens, context="cooperation").set_index(["period", "sector"])
    assert every.loc[TARGET, "count"].sum() == 26 and coop.loc[TARGET, "count"].sum() == 19
    # "environment appears" and "defence stays at 2 -> 2" rest on the domestic mentions
    assert every.loc[(TARGET, "environment"), "count"] == 1
    assert coop.loc[(TARGET, "environment"), "count"] == 0
    assert coop.loc[(TARGET, "defence_security"), "count"] == 1
    assert coop.loc[(REFERENCE, "defence_security"), "count"] == 2
    # rates stay per token; shares become shares of the cooperation mentions
    assert coop.loc[(TARGET, "party"), "rate_per_1000"] == pytest.approx(8 / 478 * 1000)
    assert coop.loc[(TARGET, "party"), "share"] == pytest.approx(8 / 19)
    d = S.sector_period_difference(m, tokens, target=TARGET, reference=REFERENCE,
                                   context="cooperation").set_index("sector")
    assert (d["context"] == "cooperation").all()
    assert (d.loc["party", "mentions_target"], d.loc["party", "mentions_reference"]) == (19, 32)
    tables = S.sector_tables(m, tokens, target=TARGET, reference=REFERENCE)
    assert "sector-period-difference-cooperation" in tables


def test_sector_summary_groups_any_column_in_any_order(mentions, tokens):
    # a study grouping by another column: the column is in every table
    place = {P: "Pyongyang", M: "Moscow"}
    t = tokens.assign(place=tokens["doc_id"].astype(str).map(place))
    s = S.sector_summary(mentions, t, by="place", order=["Moscow", "Pyongyang", "Hanoi"])
    assert list(s.columns) == ["place", *S.SUMMARY_COLUMNS]
    assert list(dict.fromkeys(s["place"])) == ["Moscow", "Pyongyang", "Hanoi"]
    by_period = S.sector_summary(mentions, tokens, by="period").set_index(["period", "sector"])
    by_place = s.set_index(["place", "sector"])
    pd.testing.assert_series_equal(
        by_place.loc["Moscow", "count"], by_period.loc[TARGET, "count"], check_names=False
    )
    # a group without documents: zero counts and tokens, NaN rates
    hanoi = by_place.loc["Hanoi"]
    assert (hanoi["count"] == 0).all() and (hanoi["n_tokens"] == 0).all()
    assert hanoi["rate_per_1000"].isna().all()


# --- target against reference ---------------------------------------------------------------


def test_period_difference_worked_by_hand(mentions, tokens):
    d = S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE)
    assert list(d.columns) == S.DIFFERENCE_COLUMNS
    d = d.set_index("sector")
    party = d.loc["party"]
    assert (party["target"], party["reference"], party["context"]) == (TARGET, REFERENCE, "all")
    assert (party["count_target"], party["count_reference"]) == (8, 3)
    assert (party["n_tokens_target"], party["n_tokens_reference"]) == (478, 530)
    assert (party["mentions_target"], party["mentions_reference"]) == (26, 34)
    # Moscow party: sentences 4, 5, 12, 13, 14; Pyongyang: 0 and 6
    assert (party["sentences_target"], party["sentences_reference"]) == (5, 2)
    assert party["rate_diff"] == pytest.approx(8 / 478 * 1000 - 3 / 530 * 1000)  # 11.08
    assert party["share_diff"] == pytest.approx(8 / 26 - 3 / 34)
    assert party["rate_ci_low"] <= party["rate_diff"] <= party["rate_ci_high"]
    assert not party["too_small"]
    # both counts below 5: flagged
    assert d.loc["defence_security", "too_small"]
    assert "too few" in d.loc["defence_security", "note"]
    assert not d.loc["diplomacy", "too_small"]  # 3 vs 6


def test_the_share_test_and_the_rate_test_are_both_computed_and_named(mentions, tokens):
    # issue 15: "for inter-party relations the described test gives odds ratio 4.59, p = 0.044; the
    # one computed gives 3.01, p = 0.128".
    party = S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE)
    party = party.set_index("sector").loc["party"]
    # share test: this sector against the other sector mentions, [[8, 26 - 8], [3, 34 - 3]]
    assert party["share_odds_ratio"] == pytest.approx(8 * 31 / (18 * 3))  # 4.59
    assert party["share_p"] == pytest.approx(_fisher_two_sided(8, 18, 3, 31), rel=1e-9)
    assert round(party["share_odds_ratio"], 2) == 4.59 and round(party["share_p"], 3) == 0.044
    # rate test: mentions against tokens, [[8, 478 - 8], [3, 530 - 3]] (the 3.01, p = 0.128
    # counted the acronyms defined in brackets as tokens: 479 and 535; issue 13)
    assert party["rate_odds_ratio"] == pytest.approx(8 * 527 / (470 * 3))  # 2.99
    assert party["rate_p"] == pytest.approx(_fisher_two_sided(8, 470, 3, 527), rel=1e-9)
    assert round(party["rate_odds_ratio"], 2) == 2.99 and round(party["rate_p"], 3) == 0.129
    assert party["rate_ratio"] == pytest.approx((8 / 478) / (3 / 530))  # 2.96
    # the note names the test behind its words
    assert party["note"].startswith("share test p = 0.044 unadjusted only")


def test_p_values_are_adjusted_across_the_sectors(mentions, tokens):
    # issue 15: "nothing is adjusted across the 16 sectors"
    d = S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE)
    assert d["rate_p"].notna().sum() == 16  # every sector is mentioned in one report at least
    for test in ("share", "rate"):
        p = d[f"{test}_p"].to_numpy()
        order = np.argsort(p, kind="stable")
        raw = p[order] * 16 / np.arange(1, 17)
        adjusted = np.empty(16)
        adjusted[order] = np.minimum.accumulate(raw[::-1])[::-1].clip(max=1)
        np.testing.assert_allclose(d[f"{test}_p_adjusted"], adjusted, rtol=1e-11)
    # the share test's 0.044 for inter-party relations becomes 0.044 * 16 / 1 = 0.70
    party = d.set_index("sector").loc["party"]
    assert party["share_p_adjusted"] == pytest.approx(party["share_p"] * 16, rel=1e-9)
    assert (d["share_p_adjusted"] >= 0.05).all() and (d["rate_p_adjusted"] >= 0.05).all()


def test_a_sector_never_mentioned_is_no_test(mentions, tokens):
    none = mentions[mentions["sector"] != "health"]
    d = S.sector_period_difference(none, tokens, target=TARGET, reference=REFERENCE)
    health = d.set_index("sector").loc["health"]
    assert np.isnan(health["share_p"]) and np.isnan(health["rate_p_adjusted"])
    assert d["rate_p_adjusted"].notna().sum() == 15  # BH over the 15 sectors tested


def test_the_cluster_p_permutes_whole_sentences(mentions, tokens):
    # issue 15: 25 of the 34 October mentions sit in 4 sentences; a test over sentences beside
    # Fisher's. The permutation p is seeded and differs from Fisher's.
    def run(seed):
        return S.sector_period_difference(
            mentions, tokens, target=TARGET, reference=REFERENCE, random_state=seed, n_perm=999
        )

    a, b = run(0), run(0)
    pd.testing.assert_frame_equal(a, b)
    a = a.set_index("sector")
    assert a["share_cluster_p"].between(0, 1).all() and a["rate_cluster_p"].between(0, 1).all()
    # Pyongyang: 25 of its 34 mentions are in sentences 5, 10, 11 and 12
    units = S._sentence_tokens(tokens)
    assert len(units) == 33
    ref = mentions[mentions["period"].astype(str) == REFERENCE]
    per_sentence = ref.groupby("sentence_id").size().sort_values(ascending=False)
    assert per_sentence.head(4).sum() == 25 and set(per_sentence.head(4).index) == {5, 10, 11, 12}
    # energy (3 -> 0): its three mentions are in 3 sentences that each name five or more sectors
    assert a.loc["energy", "share_cluster_p"] != pytest.approx(a.loc["energy", "share_p"], abs=0.01)


def test_the_smallest_detectable_difference_sits_beside_each_test(mentions, tokens):
    # issue 15: "power stated": 80% power at the 5% level, given the counts
    from framing.stats.measures import mde_odds_ratio, mde_rate_ratio

    d = S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE)
    d = d.set_index("sector")
    party = d.loc["party"]
    low, high = mde_odds_ratio(26, 34, 11)
    assert (party["mde_share_odds_ratio_low"], party["mde_share_odds_ratio_high"]) == pytest.approx(
        (low, high), rel=1e-11
    )
    low, high = mde_rate_ratio(478, 530, 11)
    assert (party["mde_rate_ratio_low"], party["mde_rate_ratio_high"]) == pytest.approx(
        (low, high), rel=1e-11
    )
    # the observed effects are below what could be detected: a null result, said as such
    assert party["mde_share_odds_ratio_low"] < party["share_odds_ratio"] < party["mde_share_odds_ratio_high"]
    assert "could not detect a share odds ratio between 0.081 and 6.12" in party["note"]
    # two mentions in all (health 1 -> 0 ...): nothing is detectable
    assert d.loc["health", "mde_rate_ratio_high"] == np.inf
    assert "no rate ratio detectable" in d.loc["health", "note"]
    assert "could not detect a rate ratio between" in d.loc["diplomacy", "note"]


def test_the_difference_table_is_rounded_to_12_significant_digits(mentions, tokens):
    d = S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE)
    for c in d.columns:
        if d[c].dtype.kind == "f":
            finite = d[c][np.isfinite(d[c])]
            assert all(float(f"{v:.11e}") == v for v in finite), c


def test_period_difference_units_are_the_sentences_of_the_tokens_table(mentions, tokens):
    # n_tokens per group is the sum over sentences of their non-punctuation tokens
    units = S._sentence_tokens(tokens)
    assert units["n_tokens"].sum() == (~tokens["is_punct"]).sum()
    assert list(units.columns) == ["doc_id", "sentence_id", "n_tokens"]
    assert len(units) == 15 + 18  # the sentences of the two reports


def test_period_difference_bootstrap_is_seeded(mentions, tokens):
    def run(seed):
        return S.sector_period_difference(
            mentions, tokens, target=TARGET, reference=REFERENCE, random_state=seed, n_boot=300
        )

    a, b, c = run(1), run(1), run(2)
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["rate_ci_low"], c["rate_ci_low"])
    with pytest.raises(AnalysisError, match="target='2030-01'"):
        S.sector_period_difference(mentions, tokens, target="2030-01", reference=REFERENCE)
    with pytest.raises(AnalysisError, match="reference"):
        S.sector_period_difference(mentions, tokens, target=TARGET, reference=TARGET)
    with pytest.raises(TypeError):  # target and reference are required keywords
        S.sector_period_difference(mentions, tokens)
    with pytest.raises(AnalysisError, match="n_boot"):
        S.sector_period_difference(mentions, tokens, target=TARGET, reference=REFERENCE, n_boot=0)


# --- co-occurrence and sides ----------------------------------------------------------------


def test_cooccurrence_within_sentences(mentions):
    co = S.sector_cooccurrence(mentions)
    assert list(co.columns) == ["sector_a", "sector_b", "n_sentences"]
    co = co.set_index(["sector_a", "sector_b"])["n_sentences"]
    assert len(co) == 16 * 16
    # energy with oil_gas: Pyongyang sentences 5, 10, 12
    assert co[("energy", "oil_gas")] == co[("oil_gas", "energy")] == 3
    # science with education: Pyongyang s5, Moscow s11 and s13
    assert co[("science_technology", "education")] == 3
    # diagonal: sentences mentioning diplomacy: P s0, s5, s9, s13; M s3, s14, s15
    assert co[("diplomacy", "diplomacy")] == 7
    assert co[("party", "labour")] == 0
    by = S.sector_cooccurrence(mentions, by="period")
    assert list(by.columns) == ["period", "sector_a", "sector_b", "n_sentences"]
    row = by[
        (by["period"] == REFERENCE) & (by["sector_a"] == "party") & (by["sector_b"] == "diplomacy")
    ]
    assert row["n_sentences"].item() == 1  # Pyongyang s0
    flipped = S.sector_cooccurrence(mentions, by="period", order=[TARGET, REFERENCE])
    assert list(dict.fromkeys(flipped["period"])) == [TARGET, REFERENCE]


def test_sector_by_side(mentions):
    t = S.sector_by_side(mentions)
    assert list(t.columns) == ["period", "side", "sector", "count"]
    # sides: in order of first appearance, then both sides together and the narrator
    assert list(dict.fromkeys(t["side"])) == ["vietnam", "russia", "joint", "narrator"]
    t = t.set_index(["period", "side", "sector"])["count"]
    assert len(t) == 2 * 4 * 16
    # Moscow party: Trung s4, s5 (vietnam); Medvedev s12 x2, s13 x2 and Zyuganov s14 x2 (russia)
    assert t[(TARGET, "vietnam", "party")] == 2
    assert t[(TARGET, "russia", "party")] == 6
    assert t[(TARGET, "narrator", "diplomacy")] == 1  # "For the first time, foreign affairs"
    # Pyongyang party: Tô Lâm s0; both sides s6 x2
    assert t[(REFERENCE, "vietnam", "party")] == 1
    assert t[(REFERENCE, "joint", "party")] == 2
    assert t.sum() == 60
    # the study's side order, and sides that voice nothing get zero rows
    given = S.sector_by_side(mentions, sides=["russia", "vietnam", "other", "joint", "narrator"])
    assert list(dict.fromkeys(given["side"])) == ["russia", "vietnam", "other", "joint", "narrator"]
    assert given.loc[given["side"] == "other", "count"].sum() == 0


def test_sector_tables(mentions, tokens):
    tables = S.sector_tables(mentions, tokens, target=TARGET, reference=REFERENCE, random_state=0)
    assert list(tables) == [
        "sector-mentions",
        "sector-summary-by-document",
        "sector-summary-by-period",
        "sector-period-difference",
        "sector-cooccurrence",
        "sector-by-side",
    ]
    assert len(tables["sector-mentions"]) == 60
    assert len(tables["sector-period-difference"]) == 16
    one = S.sector_tables(mentions, tokens, target=None, reference=None)
    assert one["sector-period-difference"].empty
    assert list(one["sector-period-difference"].columns) == S.DIFFERENCE_COLUMNS


@pytest.mark.parametrize(
    "name",
    [
        "sector-summary-by-document",
        "sector-summary-by-period",
        "sector-period-difference",
        "sector-cooccurrence",
        "sector-by-side",
    ],
)
def test_the_committed_sector_tables_are_reproduced_byte_for_byte(mentions, tokens, name, tmp_path):
    tables = S.sector_tables(mentions, tokens, target=TARGET, reference=REFERENCE, random_state=0)
    write_csv(tmp_path / f"{name}.csv", tables[name])
    assert (tmp_path / f"{name}.csv").read_bytes() == (PROCESSED / f"{name}.csv").read_bytes()


def test_a_lexicon_path_or_object_gives_the_sectors(mentions, tokens):
    from framing.lexicons import load_lexicon

    lex = load_lexicon()
    a = S.sector_summary(mentions, tokens, lexicon=lex)
    pd.testing.assert_frame_equal(a, S.sector_summary(mentions, tokens))
    with pytest.raises(AnalysisError, match="lexicon"):
        S.sector_summary(mentions, tokens, lexicon=42)


def test_docstring_examples_run():
    result = doctest.testmod(S)
    assert result.attempted > 10 and result.failed == 0
