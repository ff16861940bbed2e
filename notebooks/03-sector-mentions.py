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
    cell_count,
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
    display(mentions[["doc_id", "sector", "surface", "start", "end", "sentence_id", "speaker", "side", "context"]])

# %% [markdown]
# ### What a mention is about
#
# `context` says, by rule from the sentence (`context_rule`), whether a mention names a field of
# **cooperation** with the partner ("cooperation in ...", "expand collaboration across ..."), the
# speaker's own **domestic** agenda ("the Congress's growth model", "has been identified as a key
# task") or neither (**other**, e.g. "exchanged views on regional and international issues").

# %%
ctx = period_table(mentions, index="context", values="sentence_id", periods=PERIODS)
display(ctx)
domestic = mentions[mentions["context"] == "domestic"]
dom_tgt = domestic[domestic["period"].astype(str) == TARGET]
say(
    f"Not every sector mention is about cooperation with Russia: **{len(dom_tgt)} of the "
    f"{int(ctx[TARGET].sum())} {TARGET} mentions** name the Congress's domestic agenda "
    f"({', '.join(f'*{x}*' for x in dom_tgt['surface'])}), against "
    f"{int((domestic['period'].astype(str) == REFERENCE).sum())} in {REFERENCE}; "
    f"{cell_count(ctx, 'cooperation', REFERENCE)} and {cell_count(ctx, 'cooperation', TARGET)} mentions are "
    f"cooperation. Counts below include every mention; `sector_summary(..., context='cooperation')` and "
    f"`sector_period_difference(..., context='cooperation')` give the cooperation-only view (notebook 05)."
)

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
# ## Did a sector gain or lose weight? Two tests, named
#
# Two different questions, each with Fisher's exact test on its own 2×2 table:
#
# * the **share test**: is this sector a larger part of the period's *sector mentions*? (this sector's
#   mentions against the period's other sector mentions, by period; `share_odds_ratio`, `share_p`);
# * the **rate test**: is this sector named more often *per word*? (this sector's mentions against the
#   period's word tokens, by period; `rate_ratio`, `rate_odds_ratio`, `rate_p`, and the change in rate
#   per 1,000 tokens with a 95% bootstrap interval over sentences, `rate_ci_low`/`rate_ci_high`).
#
# Both p-values are adjusted across the sectors with Benjamini–Hochberg (`share_p_adjusted`,
# `rate_p_adjusted`). Mentions cluster in sentences (a sector list names many at once), which Fisher's
# test ignores; the **sentence permutation p** (`share_cluster_p`, `rate_cluster_p`) permutes whole
# sentences between the periods and respects that clustering. Finally the **minimum detectable
# effects** (`mde_*`, 80% power at the 5% level): a rate ratio or share odds ratio *between* `mde_*_low`
# and `mde_*_high` could not have been detected with these counts; `too_small` flags sectors with both
# counts below 5.

# %%
difference = framing.sector_period_difference(
    mentions, a.tokens, target=TARGET, reference=REFERENCE, random_state=RANDOM_STATE, lexicon=lexicon
)
difference

# %%
study_figure(a, "sector-rate-difference", difference)

# %%
d = difference.set_index("sector")
s_min, r_min = d["share_p"].idxmin(), d["rate_p"].idxmin()
party = d.loc["party"]
undetectable = d[~(d["mde_rate_ratio_high"] < float("inf"))]
n_sig = int(((d["share_p_adjusted"] < 0.05) | (d["rate_p_adjusted"] < 0.05)).sum())
say(
    f"{len(d)} sectors compared. **Share test**: smallest p for *{lexicon.label(s_min)}* "
    f"({d.at[s_min, 'count_reference']} → {d.at[s_min, 'count_target']} mentions; odds ratio "
    f"{d.at[s_min, 'share_odds_ratio']:.2f}, p = {d.at[s_min, 'share_p']:.3f}, BH-adjusted over {len(d)} sectors "
    f"p = {d.at[s_min, 'share_p_adjusted']:.2f}, sentence permutation p = {d.at[s_min, 'share_cluster_p']:.2f}). "
    f"**Rate test**: smallest p for *{lexicon.label(r_min)}* (rate ratio {d.at[r_min, 'rate_ratio']:.2f}, "
    f"p = {d.at[r_min, 'rate_p']:.3f}, adjusted p = {d.at[r_min, 'rate_p_adjusted']:.2f}, sentence "
    f"permutation p = {d.at[r_min, 'rate_cluster_p']:.2f}). **{n_sig} sectors** differ after adjustment by "
    f"either test; {int(d['too_small'].sum())} of {len(d)} are flagged as too small to conclude.\n\n"
    f"For *{lexicon.label('party')}* the rate test could not detect a rate ratio between "
    f"{party.mde_rate_ratio_low:.2f} and {party.mde_rate_ratio_high:.1f} (observed {party.rate_ratio:.2f}); the "
    f"share test could not detect a share odds ratio between {party.mde_share_odds_ratio_low:.2f} and "
    f"{party.mde_share_odds_ratio_high:.1f}. For **{len(undetectable)} sectors** no rate ratio at all would have "
    f"been detectable with these counts."
)

# %% [markdown]
# **How sure can we be?** With one report per period and single-digit counts per sector, no
# difference survives the adjustment across sectors (numbers above), and the detectable effects are
# large: a null result here means "could not detect a difference below the `mde_*` bounds", not "no
# difference". The point of the table is to show the size of the uncertainty. What *can* be said with confidence is descriptive and checkable — which sectors a report
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
#   environmental protection only in February, and there as the Congress's domestic agenda.
# * Defence and security, science and technology, education, culture and nuclear energy are named in
#   both.
# * With one short report per period, none of these differences is statistically established by
#   either test after the adjustment across sectors (see the share and rate p-values, the permutation
#   p and the detectable effects above); they describe the two texts, and the concordances show
#   exactly where each count comes from. Some February mentions are the Congress's domestic agenda,
#   not cooperation (`context`, above). Notebook 05 puts them together.
