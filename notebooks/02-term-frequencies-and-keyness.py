# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Term frequencies and keyness
#
# Which words distinguish the February 2026 report (after the 14th Congress, Moscow) from the October
# 2025 report (before it, Pyongyang)? And how sure can we be, with two texts of about 500 words each?
#
# Terms are Snowball stems shown by their most frequent surface form; multi-word names are one term.
# Keyness compares the **target** period (the later one) against the **reference** (the earlier one)
# with the log-likelihood G² (Rayson & Garside 2000) for significance, Log Ratio (Hardie 2014) for effect
# size and the log-odds z-score with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: corpus, periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the study's corpus (data/raw/)
PERIODS = None  # (reference, target): the earlier and the later period; None = the study's
RANDOM_STATE = None  # seed of every random step (bootstrap, topic fits); None = the study's

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import Markdown, display

import framing
from framing import plots
from framing.report.notebook import period_table, say, show_kwic, study_analysis, study_figure
from framing.report.tables import comparison

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 3)

# the analysis, built once: sentences with their speakers, tokens, sector mentions
a = study_analysis(STUDY, corpus=CORPUS, periods=PERIODS, random_state=RANDOM_STATE)
REFERENCE, TARGET = PERIODS = comparison(a)
RANDOM_STATE = a.study.random_state
docs = a.docs

docs[["doc_id", "date", "period", "place", "title"]]

# %% [markdown]
# ## What is frequent in each period
#
# The most frequent content terms (stopwords excluded) per period, rate per 1,000 tokens with the count.

# %%
freq = framing.term_frequencies(a.tokens, by="period", order=a.groups)
study_figure(a, "top-terms-by-period", freq)

# %%
# the 10 most frequent terms of each period, with their counts in both periods
top = freq.sort_values(["group", "count", "term"], ascending=[True, False, True]).groupby("group", observed=True).head(10)
period_table(
    freq[freq["term"].isin(top["term"])], index="display", values="count", aggfunc="sum", periods=PERIODS, by="group"
).sort_values(list(PERIODS), ascending=False)


# %%
def top_terms(period, n=6):
    sub = freq[freq["group"].astype(str) == period].sort_values(["count", "term"], ascending=[False, True])
    return ", ".join(f"*{d}* ({c})" for d, c in zip(sub["display"].head(n), sub["count"].head(n), strict=True))


say(f"Most frequent in {REFERENCE}: {top_terms(REFERENCE)}.\n\nMost frequent in {TARGET}: {top_terms(TARGET)}.")

# %% [markdown]
# The shared core is the vocabulary of the relationship itself: *cooperation*, *party*, *Việt Nam*,
# *Russia*, the *Communist Party of Việt Nam*. What differs sits lower down and is tested below.

# %% [markdown]
# ## Keyness: February 2026 against October 2025
#
# One row per term seen at least twice in the two reports together (`min_count=2`). Counts and totals
# are shown beside every score. Each term carries two p-values: `p_chi2`, the chi-squared approximation
# to G², and `p_exact`, Fisher's exact test on the same 2×2 table. The chi-squared approximation is
# unreliable where an expected count is below 5 (`low_expected`, `expected_min`), so `p_value` is the
# exact p there and the chi-squared p elsewhere; `p_test` names the test used. `p_adjusted` is
# `p_value` after the Benjamini–Hochberg adjustment over all terms tested, and **a term is called
# significant only by `p_adjusted` < 0.05**. G² stays the ranking score, Log Ratio the effect size.

# %%
key = framing.keyness(a.tokens, target=TARGET, reference=REFERENCE, by="period", min_count=2)
cols = ["display", "count_target", "count_reference", "g2", "p_chi2", "p_exact", "p_value", "p_test", "p_adjusted",
        "log_ratio", "log_odds_z", "direction", "expected_min", "low_expected"]
key.sort_values("g2", ascending=False)[cols].head(20)

# %%
study_figure(a, "keyness-top-terms", key)

# %%
n_tested = len(key)
n_low = int(key["low_expected"].sum())
n_chi2 = int((key["p_chi2"] < 0.05).sum())
n_exact = int((key["p_exact"] < 0.05).sum())
n_p05 = int((key["p_value"] < 0.05).sum())
n_adj = int((key["p_adjusted"] < 0.05).sum())
best = key.sort_values("g2", ascending=False).iloc[0]
say(
    f"**{n_tested} terms** were tested; **{n_low} of them have an expected count below 5** in a cell, "
    f"where the chi-squared p is unreliable and the exact p is used. Before adjustment, {n_chi2} terms "
    f"have p < 0.05 by chi-squared alone, {n_exact} by Fisher's exact test, and **{n_p05} by `p_value`** "
    f"(the test fit for each row); **after the Benjamini–Hochberg adjustment, {n_adj}** (smallest "
    f"adjusted p = {key['p_adjusted'].min():.3f}): no term is significant. The highest-ranked term is "
    f"*{best.display}* (G² = {best.g2:.2f}, {best.count_target} vs {best.count_reference}, Log Ratio "
    f"{best.log_ratio:+.2f}, {best.p_test} p = {best.p_value:.3f}, adjusted p = {best.p_adjusted:.2f})."
    if n_adj == 0 else
    f"**{n_tested} terms** were tested; {n_low} have an expected count below 5. {n_chi2} terms have "
    f"p < 0.05 by chi-squared, {n_exact} by Fisher's exact test, {n_p05} by `p_value`; **{n_adj} after "
    f"the Benjamini–Hochberg adjustment**."
)

# %% [markdown]
# **How sure can we be?** Not very, term by term. With about 500 tokens per report, a term seen 3 times in
# one report and never in the other passes the chi-squared threshold of G² = 3.84, but its expected
# counts are far below 5, so its chi-squared p does not apply; its exact p and its adjusted p are both
# above 0.05, so it is not significant, even nominally (numbers below). The keyness list is therefore
# read as a *description* of where the two texts' vocabularies differ — every key term checked in its
# sentences — not as evidence that the agency's vocabulary changed in general. The log-odds z-scores,
# which shrink rare terms towards zero, make the same point.

# %%
three = key[(key["count_target"] + key["count_reference"] == 3) & ((key["count_target"] == 0) | (key["count_reference"] == 0))]
three_t, three_r = three[three["count_target"] == 3], three[three["count_reference"] == 3]


def g2_span(rows):
    return "none" if rows.empty else f"{rows['g2'].min():.2f}" + (
        "" if rows["g2"].min() == rows["g2"].max() else f" to {rows['g2'].max():.2f}")


say(
    f"A term seen 3 times in one report and never in the other ({len(three)} terms): G² = {g2_span(three_t)} "
    f"for 3 in {TARGET} against 0, G² = {g2_span(three_r)} for 0 against 3 (the reports differ in length); "
    f"chi-squared p = {three['p_chi2'].min():.3f} to {three['p_chi2'].max():.3f}, but the exact p that applies is "
    f"{three['p_exact'].min():.3f} to {three['p_exact'].max():.3f} and the adjusted p ≥ {three['p_adjusted'].min():.2f}: "
    f"not significant. "
    f"Largest |log-odds z| over all terms: {key['log_odds_z'].abs().max():.2f} "
    f"({int((key['log_odds_z'].abs() > 1.96).sum())} terms beyond ±1.96)."
)
study_figure(a, "log-odds-by-frequency", key)

# %% [markdown]
# ## The key terms in their sentences
#
# Each key term in context. The match is highlighted; `s<n>` is the sentence id, then the speaker and side.

# %%
target_key = key[key["direction"] == "target"].sort_values("g2", ascending=False)["display"].head(6).tolist()
reference_key = key[key["direction"] == "reference"].sort_values("g2", ascending=False)["display"].head(6).tolist()
say(f"Key in {TARGET}: " + ", ".join(target_key) + f".  \nKey in {REFERENCE}: " + ", ".join(reference_key) + ".")

# %%
for t in target_key[:4] + reference_key[:4]:
    display(Markdown(f"**{t}**"))
    show_kwic(framing.kwic(a, t, window=8))

# %%
named = ["renewal", "era", "theory", "model", "Central Committee", "president", "regards", "oil", "gas"]
key[key["display"].str.lower().isin([n.lower() for n in named])][cols]

# %% [markdown]
# February's key vocabulary is the Congress's: *renewal* (Đổi mới), *new era*, *theory*, *model*, the
# *Central Committee*, and the new cast (Zyuganov, Lê Hoài Trung, the Communist Party of the Russian
# Federation). October's is the vocabulary of a summit between leaders: *President* Putin, *regards*, and
# the sector list of *oil and gas*, never named in February (counts in the table above).

# %% [markdown]
# ## Where the key terms sit in each report
#
# The dispersion "x-ray": one tick per occurrence at its relative position in the report (0 = start).

# %%
disp = framing.dispersion(a.tokens, terms=target_key[:5] + reference_key[:5])
# the x-ray figure is drawn for sectors; terms are labelled as they are written
plots.textplot_sector_xray(disp, labels={t: t for t in disp["item"].unique()})

# %% [markdown]
# ## Collocations
#
# Adjacent word pairs within sentences, scored by NLTK's likelihood ratio and PMI (minimum frequency 2).
# With so few tokens the list is mostly fixed expressions and titles — useful to see which multi-word
# expressions each report repeats.

# %%
coll = framing.collocations(a.tokens, by="period", order=a.groups)
coll.assign(group=coll["group"].astype(str)).sort_values(["group", "rank_llr"]).groupby("group").head(8)

# %% [markdown]
# ## Summary
#
# * The two reports share their core vocabulary (*cooperation*, *party*, the two countries and the two
#   ruling parties).
# * February adds the 14th Congress's vocabulary (*renewal*, *new era*, *theory*) and new voices;
#   October has the summit's sector list (*oil and gas*) and the state leaders (*President* Putin).
# * No single term is significant after the Benjamini–Hochberg adjustment (`p_adjusted`, computed
#   above): the differences are descriptive, supported by the quoted sentences, not statistically
#   established. Chi-squared p-values below 0.05 for rare terms are not evidence: most rows have an
#   expected count below 5, where only the exact p applies.
