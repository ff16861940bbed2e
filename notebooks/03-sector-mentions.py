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
# Parameters: change them and re-run the notebook (Run > Run All Cells).
CORPUS = None  # folder of report files; None = the study corpus data/raw/
PERIODS = ("2025-10", "2026-02")  # (reference, target): the earlier and the later period
RANDOM_STATE = 0  # seed of every random step (bootstrap, topic fits)

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import Markdown, display

import framing
from framing import plots
from framing.report.notebook import change_listing, period_table, say, show_kwic

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 3)

docs = framing.load_corpus(CORPUS)
docs = docs[docs["period"].isin(PERIODS)].reset_index(drop=True)
REFERENCE, TARGET = PERIODS

docs[["doc_id", "date", "period", "place", "title"]]

# %% [markdown]
# ## The lexicon
#
# Sector ids and labels (the patterns themselves are in the lexicon file).

# %%
lexicon = framing.load_lexicon()
pd.DataFrame({"sector": list(lexicon.sectors), "label": [lexicon.label(s) for s in lexicon.sectors]})

# %% [markdown]
# ## The mentions
#
# One row per mention; `surface` is exactly `text[start:end]` of the document.

# %%
mentions = framing.find_sector_mentions(docs)
with pd.option_context("display.max_rows", 200):
    display(mentions[["doc_id", "sector", "surface", "start", "end", "sentence_id", "speaker", "side"]])

# %% [markdown]
# ## How often: counts and rates per period
#
# `sector_summary(..., by="period")`: count, rate per 1,000 tokens, share of the period's mentions and
# the relative position of the first mention. Every sector of the lexicon is drawn, so absences show.

# %%
from framing.sectors import (
    sector_by_side,
    sector_cooccurrence,
    sector_period_difference,
    sector_summary,
)

summary = sector_summary(docs, mentions, by="period")
summary

# %%
plots.textplot_sector_rates(summary)

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
# exact test on the 2×2 table of counts (this sector against all other mentions, by period) with the odds
# ratio; and a flag where counts are too small to conclude.

# %%
difference = sector_period_difference(docs, mentions, target=TARGET, reference=REFERENCE)
difference

# %%
plots.textplot_sector_difference(difference)

# %%
p_col = next(c for c in ("fisher_p", "p_value") if c in difference.columns)
n_small = int(difference["too_small"].sum()) if "too_small" in difference.columns else 0
say(
    f"{len(difference)} sectors compared; the smallest Fisher p-value is "
    f"{difference[p_col].min():.3f}; {int((difference[p_col] < 0.05).sum())} sectors have p < 0.05; "
    f"{n_small} are flagged as too small to conclude."
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
    show_kwic(framing.kwic(docs, sector=sector, mentions=mentions, window=8))

# %% [markdown]
# ## Where in each report
#
# The x-ray: each mention at its relative position in the report (0 = first character of the body).

# %%
plots.textplot_sector_xray(mentions)

# %%
by_doc = sector_summary(docs, mentions, by="doc")
pos_col = next(c for c in by_doc.columns if "first" in c)
by_doc.sort_values(["doc_id", pos_col])[["doc_id", "sector", "count", pos_col]]

# %% [markdown]
# ## Who voices each sector
#
# Mentions by the side of the sentence's speaker, per period: `vietnam`, `russia`, `joint` (both sides,
# the two leaders) or `narrator` (the agency's voice).

# %%
by_side = sector_by_side(mentions)
plots.textplot_sector_sides(by_side)

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
cooc = sector_cooccurrence(mentions)
plots.textplot_sector_cooccurrence(cooc)

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
