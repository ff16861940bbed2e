# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 07 · Change over time: every sector and any term over many reports
#
# The study compares two reports; the next question is a trajectory. This notebook reads the
# example corpus in `data/examples/over-time/`: invented readouts of the same relationship, one per
# period, written for the project with trends planted in them (its README, section 1). It shows
# the views of change over time and checks that they find what was planted:
#
# * `framing.stats.trends.sector_trend`: each sector in each period: count, **share** of the
#   period's sector mentions with a Wilson interval, **rate** per 1,000 tokens with the exact
#   Poisson interval of Garwood (1936);
# * `framing.stats.trends.sector_presence`: each sector's first and last period, its longest
#   absence, and its course in a word (persistent, new, dropped, episode, intermittent);
# * `framing.term_trend`: the same course for any word or phrase, matched on folded forms (case,
#   diacritics, apostrophes, hyphens and plural endings do not matter), counted as the concordance
#   (`framing.kwic`) lists it;
# * the figures: `sector-trend` (a heat map, registered in `make figures`) and small multiples with
#   the intervals (`framing.plots.textplot_trend_intervals`).
#
# Every number in the prose below is computed in the cell that shows it.

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the example below (this notebook is about it)
PERIODS = None  # (reference, target) for the comparisons; None = the first and the last period
RANDOM_STATE = None  # seed of every random step; None = the study's (nothing here is random)
EXAMPLE = "../data/examples/over-time"  # the ten-report example with planted trends (its README)

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import display
from scipy import stats

import framing
from framing.plots import textplot_trend_intervals
from framing.report.notebook import say, show_kwic, study_analysis, study_figure
from framing.stats.trends import sector_presence, sector_trend

pd.set_option("display.max_colwidth", 110)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 3)

CORPUS = CORPUS or EXAMPLE  # the example unless the parameter names another folder
# the analysis, built once: sentences with their speakers, tokens, sector mentions
a = study_analysis(STUDY, corpus=CORPUS, periods=PERIODS, random_state=RANDOM_STATE)
G = list(a.groups)  # the periods, in time order
docs = a.docs
size = a.tokens[~a.tokens["is_punct"]].groupby("period").size().reindex(G)
say(
    f"**{len(docs)} reports in {len(G)} periods**, from {G[0]} to {G[-1]}, "
    f"{int(size.sum()):,} tokens in all ({int(size.min())} to {int(size.max())} a period), "
    f"{len(a.mentions)} sector mentions."
)
docs[["doc_id", "date", "period", "place", "title"]]

# %% [markdown]
# ## 1. Each sector in each period
#
# One row per period and sector. The rate's interval is exact (Garwood); the share's is Wilson's.
# Both treat mentions as independent, which they are not quite (they cluster in sentences): read
# them as the least uncertainty there is, beside the counts.

# %%
trend = sector_trend(a.mentions, a.tokens, order=G, lexicon=a.lexicon)
COLUMNS = ["period", "sector", "count", "n_mentions", "share", "share_low", "share_high",
           "n_tokens", "rate_per_1000", "rate_low", "rate_high"]
trend.loc[trend["sector"] == "party", COLUMNS]

# %%
counts = trend.pivot(index="sector", columns="period", values="count").reindex(
    index=list(a.lexicon.sectors), columns=G
)
counts

# %% [markdown]
# The registered trend figure (the one `make figures` draws for the study): every sector (rows) in
# every period (columns), shaded by its rate, its count printed; at the right, its course and its
# longest absence.

# %%
study_figure(a, "sector-trend", trend)

# %% [markdown]
# ## 2. First and last appearance, longest absence
#
# `pattern` has one character per period (`x` = mentioned); `longest_absence` counts the periods of
# the longest run without a mention (at the start, in between or at the end) and `longest_gap` only
# the runs between the first and the last appearance (an absence it came back from).

# %%
presence = sector_presence(a.mentions, a.tokens, order=G, lexicon=a.lexicon)
presence

# %% [markdown]
# ## 3. The planted trends, checked
#
# The README of the example designs seven courses. Each is checked here against the tables above;
# a failed check stops the notebook (and the test that runs it).

# %%
p = presence.set_index("sector")


def course(sector: str) -> str:
    r = p.loc[sector]
    return f"`{r['pattern']}` ({r['status']})"


# energy and oil & gas: in the first six reports, never after
for s in ("energy", "oil_gas"):
    assert p.loc[s, "status"] == "dropped" and p.loc[s, "last"] == G[5], s
    assert p.loc[s, "pattern"] == "x" * 6 + "." * (len(G) - 6), s
# education: every report
assert p.loc["education", "status"] == "persistent"
# science & technology: from the fifth report on
assert p.loc["science_technology", "status"] == "new" and p.loc["science_technology", "first"] == G[4]
# health: 2020-2021 only; tourism: absent 2020-2021, then in every report
early = [g for g in G if g[:4] in ("2020", "2021")]
assert p.loc["health", "status"] == "dropped" and p.loc["health", "last"] == early[-1]
assert p.loc["tourism_sports", "status"] == "new" and p.loc["tourism_sports", "first"] == G[len(early)]
# defence: irregular, back after its longest absence
d = p.loc["defence_security"]
assert d["status"] == "intermittent" and d["longest_gap"] == d["longest_absence"] == 4

say(
    f"- **Energy** and **oil & gas** are named in the first {int(p.loc['energy', 'groups_present'])} "
    f"reports and in none of the {int(p.loc['energy', 'longest_absence'])} after {p.loc['energy', 'last']}: "
    f"{course('energy')}, {course('oil_gas')}.\n"
    f"- **Education** is in every report: {course('education')}, "
    f"{int(counts.loc['education'].min())} to {int(counts.loc['education'].max())} mentions a report.\n"
    f"- **Science & technology** appears in {p.loc['science_technology', 'first']} and stays: "
    f"{course('science_technology')}.\n"
    f"- **Health** is named only up to {p.loc['health', 'last']} (the pandemic years), then not for "
    f"{int(p.loc['health', 'longest_absence'])} reports: {course('health')}.\n"
    f"- **Tourism & sports** is absent in the {len(early)} reports of 2020–2021 and present from "
    f"{p.loc['tourism_sports', 'first']} on: {course('tourism_sports')}.\n"
    f"- **Defence & security** comes and goes: {int(d['groups_present'])} of {len(G)} reports, "
    f"longest absence {int(d['longest_absence'])} reports ({d['absence_from']} to {d['absence_to']}), "
    f"after which it returns: {course('defence_security')}."
)

# %% [markdown]
# The rising sector: **party relations**. A rising course is a claim about order, so it gets a rank
# correlation with time (Spearman) beside the counts of the two halves.

# %%
party = trend[trend["sector"] == "party"]
half = len(G) // 2
first_half, second_half = int(party["count"].iloc[:half].sum()), int(party["count"].iloc[half:].sum())
rho, p_rho = stats.spearmanr(party["position"], party["rate_per_1000"])
assert second_half > first_half and rho > 0.7 and party["count"].iat[-1] == party["count"].max()
last = party.iloc[-1]
say(
    f"Party relations rise: {first_half} mentions in the first {half} reports, {second_half} in the "
    f"last {len(G) - half}; Spearman's ρ between the period's place in time and the rate is "
    f"{rho:.2f} (p = {p_rho:.3f}, {len(G)} periods). The last report has the most, {int(last['count'])} "
    f"mentions: {last['rate_per_1000']:.1f} per 1,000 tokens, 95% interval {last['rate_low']:.1f} to "
    f"{last['rate_high']:.1f}; {100 * last['share']:.0f}% of its sector mentions "
    f"({100 * last['share_low']:.0f}% to {100 * last['share_high']:.0f}%). The intervals of single "
    f"reports are wide: the trend is in the order of many reports, not in any one step."
)

# %% [markdown]
# ## 4. The planted sectors with their intervals
#
# One panel per sector, the rate in each period with its exact 95% interval and the count printed
# above it. A zero count still has an upper limit: one report of a few hundred tokens cannot show
# that a sector is rare, only that it is not frequent.

# %%
PLANTED = ["party", "energy", "oil_gas", "science_technology", "education", "health",
           "tourism_sports", "defence_security"]
textplot_trend_intervals(trend, sectors=PLANTED, labels=a.lexicon.labels(), order=G)

# %% [markdown]
# ## 5. Any term or phrase
#
# `framing.term_trend` counts a word or phrase in each period on folded forms, so "workers'
# movement" and "Workers Movement" are the same phrase, and "party-to-party" is "party to party".
# The README plants formulae in known reports (section 2): a set phrase that stops, one that
# starts, and a pair of variants that alternate.

# %%
QUERIES = {
    "at a mutually convenient time": "stops after the fourth report",
    "the international communist and workers movement": "from the seventh report on",
    "strengthening political trust at the highest level": "from the seventh report on",
    "the two parties and peoples": "every other report",
    "party-to-party cooperation": "a sector phrase",
}
terms = pd.concat([framing.term_trend(a.tokens, q, order=G) for q in QUERIES])
table = terms.pivot(index="query", columns="period", values="count").reindex(index=list(QUERIES), columns=G)
table

# %%
stops, starts = table.loc["at a mutually convenient time"], table.loc["the international communist and workers movement"]
assert stops.iloc[:4].eq(1).all() and stops.iloc[4:].eq(0).all()
assert starts.iloc[:6].eq(0).all() and starts.iloc[6:].eq(1).all()
alternates = table.loc["the two parties and peoples"]
assert alternates.iloc[1::2].eq(1).all() and alternates.iloc[::2].eq(0).all()
# the counts are the concordance lines
lines = framing.kwic(a, "at a mutually convenient time")
assert len(lines) == int(stops.sum())
say(
    f"“At a mutually convenient time” is in the reports of {', '.join(stops.index[stops > 0])} and "
    f"never after; “the international communist and workers' movement” only from "
    f"{starts.index[starts > 0][0]} ({int(starts.sum())} reports); “the two parties and peoples” in "
    f"{int(alternates.sum())} reports, every other one ({', '.join(alternates.index[alternates > 0])}). "
    f"The first phrase's {len(lines)} concordance lines:"
)
show_kwic(lines)

# %%
textplot_trend_intervals(terms, order=G)

# %% [markdown]
# ## 6. The other figures, at this many periods
#
# Every registered figure handles any number of periods: with more than three, the figures with one
# panel per period put them in a grid. The sector rates, for instance:

# %%
summary = framing.sector_summary(a.mentions, a.tokens, by="period", order=G, lexicon=a.lexicon)
study_figure(a, "sector-rates-by-period", summary)

# %% [markdown]
# Co-occurrence over many periods is the **sum**: a sentence naming two sectors counts once, in its
# own period (`per_group=True` shows each period beside the sum).

# %%
from framing.plots import textplot_sector_cooccurrence

cooccurrence = framing.sector_cooccurrence(a.mentions, by="period", order=G, lexicon=a.lexicon)
textplot_sector_cooccurrence(cooccurrence, labels=a.lexicon.labels(), order=G, per_group=True, n_pairs=12)

# %%
pairs = cooccurrence[cooccurrence["sector_a"] < cooccurrence["sector_b"]]
total = pairs.groupby(["sector_a", "sector_b"])["n_sentences"].sum().sort_values(ascending=False)
(sa, sb), top = total.index[0], int(total.iloc[0])
in_periods = pairs[(pairs["sector_a"] == sa) & (pairs["sector_b"] == sb) & (pairs["n_sentences"] > 0)]
display(total.head(5).to_frame("sentences, all periods"))
say(
    f"The pair named together most often, {a.lexicon.label(sa)} with {a.lexicon.label(sb)}, shares "
    f"{top} sentences over the {len(G)} periods, in {len(in_periods)} of them (at most "
    f"{int(in_periods['n_sentences'].max())} in one): the figure of all periods shows {top}, the sum."
)
