"""Change over time (framing.stats.trends, framing.plots.trends): exact intervals against published
values, the planted trends of data/examples/over-time (its README), terms counted as kwic lists
them, the trend tables and figure in the reporting layer; and co-occurrence summed over groups on
data/examples/tiny-cooccurrence (its README: 2, 0 and 3 sentences, 5 in all, 3 at most)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest
from scipy import stats

import framing
from framing.errors import AnalysisError
from framing.stats.trends import (
    PRESENCE_COLUMNS,
    TERM_TREND_COLUMNS,
    TREND_COLUMNS,
    presence_table,
    rate_interval,
    sector_presence,
    sector_trend,
    share_interval,
    term_trend,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def _analyse(name: str):
    folder = EXAMPLES / name
    study = dataclasses.replace(framing.load_study(), groups=(), reference=None, target=None)
    return framing.analyse(framing.load_corpus(folder, metadata=folder / "documents.csv"), study=study)


@pytest.fixture(scope="module")
def over_time():
    return _analyse("over-time")


@pytest.fixture(scope="module")
def tiny():
    return _analyse("tiny-cooccurrence")


# ---------------------------------------------------------------------------------------------
# intervals
# ---------------------------------------------------------------------------------------------


def test_garwood_limits_match_the_published_table():
    # Garwood (1936); e.g. Ulm (1990, Am J Epidemiol 131:373) Table 1, 95 % limits of a count
    published = {0: (0.0, 3.689), 1: (0.0253, 5.572), 2: (0.2422, 7.225), 5: (1.623, 11.668),
                 10: (4.795, 18.390)}
    for k, (lo, hi) in published.items():
        low, high = rate_interval(k, 1000)  # per 1,000 tokens of 1,000 tokens: the count's limits
        assert (low, high) == pytest.approx((lo, hi), abs=6e-4), k
    # as a rate: 5 in 2,000 tokens is 2.5 per 1,000, limits halved
    assert rate_interval(5, 2000) == pytest.approx((1.623 / 2, 11.668 / 2), abs=5e-4)
    low, high = rate_interval(np.array([0, 3]), np.array([0, 300]))
    assert np.isnan(low[0]) and np.isnan(high[0]) and 0 < low[1] < 10 < high[1]


def test_share_intervals_match_scipy_and_the_literature():
    # Brown, Cai & DasGupta (2001): 0 of 20 -> Wilson upper 0.161, Clopper-Pearson upper 0.168
    assert share_interval(0, 20) == pytest.approx((0.0, 0.1611), abs=1e-4)
    assert share_interval(0, 20, method="exact") == pytest.approx((0.0, 0.1684), abs=1e-4)
    for k, n in [(1, 7), (3, 10), (9, 10), (10, 10), (17, 40)]:
        for method in ("wilson", "exact"):
            ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method=method)
            assert share_interval(k, n, method=method) == pytest.approx((ci.low, ci.high), abs=1e-9)
        ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.8, method="wilson")
        assert share_interval(k, n, level=0.8) == pytest.approx((ci.low, ci.high), abs=1e-9)
    low, high = share_interval(np.array([0, 2]), np.array([0, 4]))
    assert np.isnan(low[0]) and np.isnan(high[0])
    with pytest.raises(AnalysisError, match="method"):
        share_interval(1, 2, method="wald")
    with pytest.raises(AnalysisError, match="level"):
        rate_interval(1, 2, level=95)


# ---------------------------------------------------------------------------------------------
# sectors over the ten periods of data/examples/over-time
# ---------------------------------------------------------------------------------------------


def test_sector_trend_counts_shares_and_rates(over_time):
    a = over_time
    t = sector_trend(a.mentions, a.tokens, order=a.groups, lexicon=a.lexicon)
    assert list(t.columns) == ["period", *TREND_COLUMNS]
    assert list(dict.fromkeys(t["period"])) == list(a.groups) and len(a.groups) == 10
    assert t["position"].tolist() == [i for i in range(10) for _ in a.lexicon.sectors]
    # the counts are sector_summary's; shares sum to 1 in each period
    summary = framing.sector_summary(a.mentions, a.tokens, by="period", order=a.groups, lexicon=a.lexicon)
    assert t["count"].tolist() == summary["count"].tolist()
    assert t["rate_per_1000"].tolist() == pytest.approx(summary["rate_per_1000"].tolist())
    assert t.groupby("period")["share"].sum().tolist() == pytest.approx([1.0] * 10)
    assert (t.groupby("period")["count"].sum() == t.groupby("period")["n_mentions"].first()).all()
    # every estimate lies in its interval; zero counts have a lower limit of 0
    assert (t["share_low"] <= t["share"] + 1e-12).all() and (t["share"] <= t["share_high"] + 1e-12).all()
    assert (t["rate_low"] <= t["rate_per_1000"] + 1e-9).all()
    assert (t["rate_per_1000"] <= t["rate_high"] + 1e-9).all()
    assert (t.loc[t["count"] == 0, ["share_low", "rate_low"]] == 0).all().all()
    # one report a period
    assert (t["n_docs"] == 1).all() and (t["docs_with"] == (t["count"] > 0)).all()
    # the interval of one cell, by hand: Garwood upper limit of the count over the tokens
    row = t[(t["period"] == "2026-04") & (t["sector"] == "party")].iloc[0]
    assert row["rate_high"] == pytest.approx(
        stats.chi2.ppf(0.975, 2 * row["count"] + 2) / 2 / row["n_tokens"] * 1000
    )
    # exact shares on request, per report with its period
    exact = sector_trend(a.mentions, a.tokens, order=a.groups, share_method="exact")
    assert (exact["share_high"] >= t["share_high"] - 0.2).all()
    docs = sector_trend(a.mentions, a.tokens, by="doc_id")
    assert list(docs.columns[:2]) == ["doc_id", "period"] and docs["doc_id"].nunique() == 10


def test_planted_trends_of_the_over_time_example(over_time):
    """data/examples/over-time/README.md, section 1: the designed courses of the sectors."""
    a = over_time
    p = sector_presence(a.mentions, a.tokens, order=a.groups, lexicon=a.lexicon).set_index("sector")
    assert list(p.columns) == PRESENCE_COLUMNS[1:]
    g = list(a.groups)
    # energy and oil & gas disappear after the sixth report
    for s in ("energy", "oil_gas"):
        assert p.loc[s, "pattern"] == "xxxxxx...."
        assert (p.loc[s, "status"], p.loc[s, "last"]) == ("dropped", "2023-05")
        assert (p.loc[s, "longest_absence"], p.loc[s, "absence_from"], p.loc[s, "absence_to"]) == (
            4, "2024-01", "2026-04")
    # education in every report; science & technology from 2022-10 on
    assert p.loc["education", "status"] == "persistent" and p.loc["education", "longest_absence"] == 0
    assert (p.loc["science_technology", "status"], p.loc["science_technology", "first"]) == ("new", "2022-10")
    assert p.loc["science_technology", "pattern"] == "....xxxxxx"
    # health only 2020-2021; tourism absent 2020-2021; nuclear in reports 5-6 only
    assert (p.loc["health", "status"], p.loc["health", "last"]) == ("dropped", "2021-06")
    assert p.loc["health", "longest_absence"] == 7
    assert (p.loc["tourism_sports", "status"], p.loc["tourism_sports", "first"]) == ("new", "2022-02")
    assert p.loc["nuclear", "status"] == "episode" and p.loc["nuclear", "pattern"] == "....xx...."
    # defence: irregular, 5 of 10, longest absence 4 reports (2022-10 ... 2024-09), came back
    d = p.loc["defence_security"]
    assert (d["status"], d["groups_present"], d["longest_gap"]) == ("intermittent", 5, 4)
    assert (d["longest_absence"], d["absence_from"], d["absence_to"]) == (4, "2022-10", "2024-09")
    # party rising: more in the later half, and rank-correlated with time
    party = sector_trend(a.mentions, a.tokens, order=g).query("sector == 'party'")
    assert party["count"].iloc[5:].sum() > party["count"].iloc[:5].sum()
    rho = stats.spearmanr(party["position"], party["rate_per_1000"]).statistic
    assert rho > 0.7
    assert party["count"].iat[-1] == party["count"].max()


def test_presence_edge_cases():
    trend = pd.DataFrame(
        {"period": ["a", "b", "c", "d"] * 2, "position": [0, 1, 2, 3] * 2,
         "sector": ["x"] * 4 + ["y"] * 4, "count": [0, 0, 0, 0, 1, 0, 2, 0]}
    )
    p = presence_table(trend).set_index("sector")
    assert p.loc["x", "status"] == "never" and pd.isna(p.loc["x", "first"])
    assert p.loc["x", "longest_absence"] == 4 and p.loc["x", "longest_gap"] == 0
    assert p.loc["y", "pattern"] == "x.x." and p.loc["y", "status"] == "intermittent"
    # ties: the earliest run
    assert (p.loc["y", "longest_absence"], p.loc["y", "absence_from"]) == (1, "b")
    assert p.loc["y", "longest_gap"] == 1


# ---------------------------------------------------------------------------------------------
# terms and phrases
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["Comprehensive Strategic Partnership between Việt Nam and Russia", "at a mutually convenient time",
     "the international communist and workers' movement", "the two parties and peoples",
     "the two Parties, States and peoples", "party-to-party cooperation", "inter-party", "education",
     "Viet Nam", "students", "cooperation", "United Russia", "tourism", "energy, oil"],
)
def test_term_trend_counts_what_kwic_lists(over_time, query):
    a = over_time
    t = term_trend(a.tokens, query, order=a.groups)
    assert list(t.columns) == ["period", *TERM_TREND_COLUMNS]
    lines = framing.kwic(a, query).groupby("period").size().reindex(a.groups, fill_value=0)
    assert t["count"].tolist() == lines.tolist()
    assert (t["n_tokens"] > 0).all() and (t["rate_low"] <= t["rate_per_1000"]).all()


def test_term_trend_finds_the_planted_formulae(over_time):
    """README section 2: each formula verbatim, once, in the reports listed; folded forms match."""
    a = over_time
    g = list(a.groups)

    def counts(q):
        return term_trend(a.tokens, q, order=g)["count"].tolist()

    assert counts("Comprehensive Strategic Partnership between Việt Nam and Russia") == [1] * 10
    assert counts("COMPREHENSIVE strategic partnership between VIET NAM and russia") == [1] * 10
    assert counts("at a mutually convenient time") == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
    assert counts("the international communist and workers movement") == [0] * 6 + [1] * 4
    assert counts("the two parties and peoples") == [0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
    f3 = counts("exchanged views on international and regional issues of mutual concern")
    assert f3 == [1, 1, 1, 1, 1, 1, 1, 0, 1, 1]
    # per report, with its period
    per_doc = term_trend(a.tokens, "at a mutually convenient time", by="doc_id")
    assert list(per_doc.columns[:2]) == ["doc_id", "period"] and per_doc["docs_with"].sum() == 4
    # exported at the top level
    assert framing.term_trend is term_trend
    with pytest.raises(AnalysisError, match="no words"):
        term_trend(a.tokens, " -- ")


# ---------------------------------------------------------------------------------------------
# the reporting layer and the figure
# ---------------------------------------------------------------------------------------------


def test_trend_tables_and_figure_are_registered(over_time):
    from framing.report.export import FIGURES, draw_figure, figure_options
    from framing.report.tables import BUNDLES, analysis_tables

    a = over_time
    assert "trends" in BUNDLES
    tables = analysis_tables(a, bundles=["trends"])
    assert set(tables) == {"sector-trend", "sector-presence"}
    spec = FIGURES["sector-trend"]
    assert (spec.table, spec.bundle) == ("sector-trend", "trends")
    assert "two reports" not in spec.caption and "both periods" not in spec.caption
    opts = figure_options(a, ["sector-trend"])["sector-trend"]
    assert opts["order"] == list(a.groups) and opts["by"] == "period"
    fig = draw_figure("sector-trend", tables, options=opts)
    ax = fig.axes[0]
    assert [t.get_text().split("\n")[0] for t in ax.get_xticklabels()] == list(a.groups)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [a.lexicon.label(s) for s in a.lexicon.sectors]
    # the count in every cell, and each sector's course at the right
    texts = [t.get_text() for t in ax.texts]
    t = tables["sector-trend"]
    cells = texts[: len(t)]
    want = (
        t.pivot(index="sector", columns="period", values="count")
        .reindex(index=list(a.lexicon.sectors), columns=list(a.groups))
        .to_numpy().ravel()
    )
    assert cells == [str(c) if c else "·" for c in want]
    assert "dropped (4)" in texts and "persistent" in texts and "new (4)" in texts
    assert fig.get_suptitle().startswith("Each sector over 10 periods\n")


def test_trend_intervals_figure(over_time):
    from framing.plots import textplot_trend_intervals

    a = over_time
    t = sector_trend(a.mentions, a.tokens, order=a.groups, lexicon=a.lexicon)
    fig = textplot_trend_intervals(t, sectors=["party", "health"], labels=a.lexicon.labels())
    shown = [ax for ax in fig.axes if ax.axison]
    assert [ax.get_title(loc="left") for ax in shown] == ["Inter-party relations", "Health"]
    # a vertical interval per period, the count printed above it
    lines = shown[0].collections[0].get_segments()
    party = t[t["sector"] == "party"]
    assert [round(s[1][1], 6) for s in lines] == [round(v, 6) for v in party["rate_high"]]
    assert [x.get_text() for x in shown[0].texts] == [str(c) for c in party["count"]]
    terms = pd.concat([term_trend(a.tokens, q, order=a.groups) for q in ("energy", "students")])
    fig = textplot_trend_intervals(terms)
    assert [ax.get_title(loc="left") for ax in fig.axes if ax.axison] == ["energy", "students"]
    with pytest.raises(AnalysisError, match="not in the table"):
        textplot_trend_intervals(t, sectors=["nothing"])


# ---------------------------------------------------------------------------------------------
# co-occurrence across groups: data/examples/tiny-cooccurrence
# ---------------------------------------------------------------------------------------------


def _numbers(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_text() not in ("·", "")]


def test_cooccurrence_counts_across_groups_are_summed(tiny):
    from framing.plots import textplot_sector_cooccurrence
    from framing.report.export import draw_figure, figure_options
    from framing.report.tables import analysis_tables

    a = tiny
    assert a.groups == ("2021-03", "2021-07", "2021-11")
    co = framing.sector_cooccurrence(a.mentions, by="period", order=a.groups)
    pair = co[(co["sector_a"] == "energy") & (co["sector_b"] == "education")]
    assert pair["n_sentences"].tolist() == [2, 0, 3]  # the README's sentences with both words
    diagonal = co[(co["sector_a"] == co["sector_b"]) & (co["n_sentences"] > 0)]
    assert diagonal.groupby("sector_a")["n_sentences"].sum().to_dict() == {"education": 6, "energy": 6}
    total = framing.sector_cooccurrence(a.mentions).set_index(["sector_a", "sector_b"])["n_sentences"]
    assert (total[("energy", "education")], total[("education", "energy")]) == (5, 5)
    assert total[("energy", "energy")] == 6 and total[("education", "education")] == 6
    assert total.drop([("energy", "education"), ("education", "energy"), ("energy", "energy"),
                       ("education", "education")]).eq(0).all()

    # the registered figure: the sum 5 (the maximum, 3, was the bug)
    tables = analysis_tables(a, bundles=["sectors"])
    opts = figure_options(a, ["sector-cooccurrence"])["sector-cooccurrence"]
    fig = draw_figure("sector-cooccurrence", tables, options=opts)
    assert _numbers(fig.axes[0]) == ["5"]
    assert "all 3 groups together (sum" in fig.get_suptitle()
    # the same table without its group column (one row per group): still summed
    flat = tables["sector-cooccurrence"].drop(columns="period")
    assert _numbers(textplot_sector_cooccurrence(flat).axes[0]) == ["5"]
    # per-group columns on request: 2, none, 3, and the sum
    fig = textplot_sector_cooccurrence(tables["sector-cooccurrence"], per_group=True, **opts)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["2", "·", "3", "5"]
    assert [t.get_text() for t in ax.get_xticklabels()] == [*a.groups, "Σ"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Energy + Education & training"]
    # two groups: mirrored, each its own counts
    two = tables["sector-cooccurrence"].query("period != '2021-07'")
    fig = textplot_sector_cooccurrence(two, **opts)
    assert sorted(_numbers(fig.axes[0])) == ["2", "3"]
    assert mpl.colors.to_hex(fig.axes[0].images[0].cmap(0.5)) != mpl.colors.to_hex(
        fig.axes[0].images[1].cmap(0.5)
    )
