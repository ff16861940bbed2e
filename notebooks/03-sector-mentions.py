# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 · Sector mentions: which fields of cooperation, how often, where, and in whose voice
#
# A *sector mention* is a phrase naming a field of cooperation — "oil and gas", "science-technology",
# "cadre training" — found by `framing.find_sector_mentions` with the packaged sector lexicon. Matching is
# insensitive to case, diacritics, hyphens and plurals; the longest match wins; a coordinated phrase
# ("energy and oil and gas") gives one mention per sector it names; words inside an institution's name
# or a person's title ("Minister of Foreign Affairs") are not mentions. Every mention keeps its
# document, character offsets, sentence and the speaker of that sentence.

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
from framing.report.notebook import (
    change_listing,
    period_table,
    say,
    show_kwic,
    study_analysis,
    study_figure,
)
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
# ## The lexicon
#
# Sector ids and labels (the patterns themselves are in the lexicon file; the study's, else the
# packaged one).

# %%
lexicon = a.lexicon
pd.DataFrame({"sector": list(lexicon.sectors), "label": [lexicon.label(s) for s in lexicon.sectors]})

# %% [markdown]
# ## The mentions
#
# One row per mention; `surface` is exactly `text[start:end]` of the document. The speaker and side
# are those of the mention's sentence (`a.sentences`).

# %%
mentions = a.mentions
with pd.option_context("display.max_rows", 200):
    display(mentions[["doc_id", "sector", "surface", "start", "end", "sentence_id", "speaker", "side"]])

# %% [markdown]
# ## How often: counts and rates per period
#
# `sector_summary(mentions, tokens, by="period")`: count, rate per 1,000 tokens, share of the period's
# mentions and the relative position of the first mention. Every sector of the lexicon is drawn, so
# absences show.

# %%
summary = framing.sector_summary(mentions, a.tokens, by="period", lexicon=lexicon, order=a.groups)
summary

# %%
study_figure(a, "sector-rates-by-period", summary)

# %%
counts = period_table(summary, index="sector", values="count", aggfunc="sum", periods=PERIODS)
counts = counts[(counts > 0).any(axis=1)]
only_ref = [s for s in counts.index if counts.at[s, REFERENCE] > 0 and counts.at[s, TARGET] == 0]
only_tgt = [s for s in counts.index if counts.at[s, TARGET] > 0 and counts.at[s, REFERENCE] == 0]
both = [s for s in counts.index if counts.at[s, TARGET] > 0 and counts.at[s, REFERENCE] > 0]
never = [s for s in lexicon.sectors if s not in counts.index]
total = counts.sum()


def fmt(sectors):
    return change_listing(sectors, counts[REFERENCE], counts[TARGET], label=lexicon.label)


say(
    f"**{int(total[REFERENCE])} mentions** of {int((counts[REFERENCE] > 0).sum())} sectors in {REFERENCE}; "
    f"**{int(total[TARGET])} mentions** of {int((counts[TARGET] > 0).sum())} sectors in {TARGET}.\n\n"
    f"* Named in both: {fmt(both)}\n"
    f"* Only in {REFERENCE}: {fmt(only_ref)}\n"
    f"* Only in {TARGET}: {fmt(only_tgt)}\n"
    f"* In neither: {', '.join(lexicon.label(s) for s in never) or 'none'}"
)

# %% [markdown]
# ## Did a sector gain or lose weight? Share differences with their uncertainty
#
# For each sector: the change in its **rate per 1,000 tokens** from the earlier to the later period, with
# a 95% bootstrap interval over sentences; its **share of all sector mentions** in each period; Fisher's
# exact test on the 2×2 table of counts (this sector's mentions against the period's other word tokens,
# by period: a test of the rate) with the odds ratio; and a flag where counts are too small to conclude.

# %%
difference = framing.sector_period_difference(
    mentions, a.tokens, target=TARGET, reference=REFERENCE, random_state=RANDOM_STATE, lexicon=lexicon
)
difference

# %%
study_figure(a, "sector-rate-difference", difference)

# %%
p_rate = difference["rate_p"]  # Fisher's exact test of the rate (mentions against word tokens)
say(
    f"{len(difference)} sectors compared; the smallest Fisher p-value is "
    f"{p_rate.min():.3f}; {int((p_rate < 0.05).sum())} sectors have p < 0.05; "
    f"{int(difference['too_small'].sum())} are flagged as too small to conclude."
)

# %% [markdown]
# **How sure can we be?** With one report per period and single-digit counts per sector, no share
# difference is established statistically: the point of the table is to show the size of the
# uncertainty. What *can* be said with confidence is descriptive and checkable — which sectors a report
# names and which it does not — and that is read off the sentences below.

# %% [markdown]
# ## Every sector in its sentences
#
# The concordance of each sector mentioned, one period after the other (match highlighted; `s<n>` is
# the sentence id; speaker and side on the right).

# %%
for sector in counts.index:
    display(Markdown(f"**{lexicon.label(sector)}** (`{sector}`): {counts.at[sector, REFERENCE]} in {REFERENCE}, "
                     f"{counts.at[sector, TARGET]} in {TARGET}"))
    show_kwic(framing.sector_kwic(a, sector, window=8))

# %% [markdown]
# ## Where in each report
#
# The x-ray: each mention at its relative position in the report (0 = first character of the body).

# %%
study_figure(a, "sector-xray", mentions)

# %%
by_doc = framing.sector_summary(mentions, a.tokens, by="doc_id", lexicon=lexicon)
pos_col = next(c for c in by_doc.columns if "first" in c)
by_doc.sort_values(["doc_id", pos_col])[["doc_id", "sector", "count", pos_col]]

# %% [markdown]
# ## Who voices each sector
#
# Mentions by the side of the sentence's speaker, per period: the study's sides (`vietnam`, `russia`),
# `joint` (both sides, the two leaders) or `narrator` (the agency's voice).

# %%
by_side = framing.sector_by_side(
    mentions, by="period", lexicon=lexicon, sides=[*a.study.side_ids, "joint", "narrator"], order=a.groups
)
study_figure(a, "sector-by-side", by_side)

# %%
side_totals = period_table(by_side, index="side", values="count", aggfunc="sum", periods=PERIODS)
display(side_totals)
top_side = {p: side_totals[p].idxmax() for p in PERIODS}
say(
    "The side voicing most sector mentions: "
    + "; ".join(f"{p}: **{top_side[p]}** ({int(side_totals.at[top_side[p], p])} of {int(side_totals[p].sum())})" for p in PERIODS)
    + "."
)

# %% [markdown]
# In October most sectors are named in joint statements ("Both sides agreed ...", "The two sides agreed to
# reinforce cooperation in security and defence ..."), after Tô Lâm's own list of fields; in February the
# concrete fields, and most of the party-to-party agenda, are named by the Russian party heads. Speakers
# are attributed by rule (reporting verbs, pronouns resolved to the previous speaker): check a
# surprising cell against the sentences in the concordance above.

# %% [markdown]
# ## Which sectors are named together
#
# Sentences naming two sectors (both reports together). Sector lists — "politics, security and defence,
# energy and oil and gas, ..." — make most pairs.

# %%
cooc = framing.sector_cooccurrence(mentions, lexicon=lexicon)  # by=None: both reports together
plots.textplot_sector_cooccurrence(cooc, labels=lexicon.labels(), colours=lexicon.colours())

# %% [markdown]
# ## Summary
#
# * October names more sectors, in long lists, mostly as joint statements; February names fewer, and
#   inter-party relations (party channels, cadre training, political academies, theory exchanges) become
#   its most-mentioned sector, voiced by the Russian side.
# * Energy, oil and gas, labour, health, tourism and sports, and transport are named only in October;
#   environmental protection only in February.
# * Defence and security, science and technology, education, culture and nuclear energy are named in
#   both.
# * With one short report per period, none of these differences is statistically established (see the
#   Fisher p-values and flags above); they describe the two texts, and the concordances show exactly
#   where each count comes from. Notebook 05 puts them together.
