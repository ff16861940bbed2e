# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 · From Pyongyang to Moscow: how the framing of Việt Nam–Russia cooperation changed across the 14th Party Congress
#
# **Material.** Two English-language reports of the Vietnam News Agency (VNA/VNS). *October 2025*: Party
# General Secretary Tô Lâm meets Dmitry Medvedev, Chairman of the United Russia Party (URP), in
# Pyongyang, **before** the Communist Party of Việt Nam's (CPV) 14th National Congress.
# *February 2026*: Foreign Minister Lê Hoài Trung, as the General Secretary's special envoy, briefs
# Medvedev and Gennady Zyuganov (Communist Party of the Russian Federation, CPRF) in Moscow on the
# Congress's outcomes, **after** it.
#
# **Questions.** Which sectors of cooperation appear, disappear, gain or lose weight between the two
# reports? Who voices them — the Vietnamese side, the Russian side, or both jointly? Does the vocabulary
# move between a state-to-state and a party-to-party register? What stays the same?
#
# **Method.** Every number below is computed by the `framing` package in the cell next to it, from one
# analysis of the study (`study.yml`, built once by `framing.analyse`): sector mentions found with the
# packaged lexicon (`find_sector_mentions`), speakers attributed by reporting verbs
# (`attribute_speakers`, with the study's actors), keyness (`keyness`), topic models (`fit_topics`).
# Every claim is followed by the sentences it rests on (KWIC lines: the match highlighted, `s<n>` the
# sentence id, the speaker and side on the right). Notebooks 01–04 give the full tables.
#
# **How sure can we be?** There is one report per period, about 500 words each. The comparison
# describes how *these two texts* frame the relationship; it is not a measurement of a trend. The tests
# reported below say the same: no single difference survives the adjustment for the number of tests,
# and the smallest differences the data could detect are large (printed beside each null result, as
# "could not detect a difference below X"). Section 7 states the limits in full.

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: corpus, periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the study's corpus (data/raw/)
PERIODS = None  # (reference, target): the earlier and the later period; None = the study's
RANDOM_STATE = None  # seed of every random step (bootstrap, topic fits); None = the study's

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import HTML, Markdown, display

import framing
from framing import plots
from framing.report.notebook import (
    arrow,
    cell_count,
    change_listing,
    period_table,
    quote_sentence,
    register_counts,
    say,
    share_of,
    show_kwic,
    study_analysis,
    study_figure,
)
from framing.report.tables import comparison
from framing.topics import decide_k

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 3)

# the analysis, built once: sentences with their speakers, tokens, sector mentions
a = study_analysis(STUDY, corpus=CORPUS, periods=PERIODS, random_state=RANDOM_STATE)
REFERENCE, TARGET = PERIODS = comparison(a)
RANDOM_STATE = a.study.random_state
docs = a.docs

docs[["doc_id", "date", "period", "place", "title"]]

# %%
from framing.report.widgets import kwic_side_by_side_html, term_counts_by_period

lexicon, mentions, tokens, speakers = a.lexicon, a.mentions, a.tokens, a.sentences
overview = framing.lexical_overview(tokens, speakers).set_index("period")
summary = framing.sector_summary(mentions, tokens, by="period", lexicon=lexicon, order=a.groups)
difference = framing.sector_period_difference(
    mentions, tokens, target=TARGET, reference=REFERENCE, random_state=RANDOM_STATE, lexicon=lexicon
).set_index("sector")
# the same comparison over the mentions that name a field of cooperation only (not a domestic agenda)
coop = framing.sector_period_difference(
    mentions, tokens, target=TARGET, reference=REFERENCE, random_state=RANDOM_STATE, lexicon=lexicon,
    context="cooperation",
).set_index("sector")
by_side = framing.sector_by_side(
    mentions, by="period", lexicon=lexicon, sides=[*a.study.side_ids, "joint", "narrator"], order=a.groups
)
key = framing.keyness(tokens, target=TARGET, reference=REFERENCE, by="period", min_count=2)

label = lexicon.label
n_ref, n_tgt = (int(difference[f"count_{w}"].sum()) for w in ("reference", "target"))


def quote(sector=None, term=None, window=10):
    """KWIC lines of a sector's mentions or of a term."""
    show_kwic(framing.sector_kwic(a, sector, window=window) if sector else framing.kwic(a, term, window=window))


def side_by_side(sector=None, term=None, window=10):
    """Counts and KWIC lines of a sector or term, one column per period."""
    counts = term_counts_by_period(a, sector=sector, term=term, periods=PERIODS)
    display(HTML(kwic_side_by_side_html(a, sector=sector, term=term, periods=PERIODS, window=window, counts=counts)))


def sentence(period, containing=""):
    """The first sentence of the period's report containing a phrase, quoted with its id and speaker."""
    return quote_sentence(speakers, period, containing)


# %% [markdown]
# ## 1. Two occasions, two genres
#
# The reports are not two instances of the same event. October reports a **meeting between two party
# leaders**, held on the sidelines of a state visit to a third country; February reports a **briefing**:
# a special envoy tells two Russian parties what the CPV Congress decided, and each responds. The opening
# sentences set the frames:

# %%
say(sentence(REFERENCE) + "\n\n" + sentence(TARGET))

# %%
sides = period_table(speakers, index="side", values="sentence_id", periods=PERIODS)
display(sides)
say(
    f"The {REFERENCE} report has {overview.at[REFERENCE, 'n_tokens']} word tokens in "
    f"{overview.at[REFERENCE, 'n_sentences']} sentences, of which **{cell_count(sides, 'joint', REFERENCE)} are joint** "
    f"statements; the {TARGET} report has {overview.at[TARGET, 'n_tokens']} tokens in "
    f"{overview.at[TARGET, 'n_sentences']} sentences, of which **{cell_count(sides, 'joint', TARGET)} is joint** "
    f"and **{cell_count(sides, 'russia', TARGET)} are voiced by the Russian side**."
)

# %% [markdown]
# The genre shows in who speaks. In October the two leaders speak *together* ("Both sides agreed ...",
# "The two leaders expressed satisfaction ..."); in February the voices are *separate*: the envoy reports,
# the Russian party heads answer. Any difference in sectors below must be read against this: a briefing
# on a congress is not a negotiation of a cooperation agenda.

# %% [markdown]
# ## 2. Which sectors appear and which disappear
#
# Sector mentions per period, every sector of the lexicon listed. The counts are small; the rates (per
# 1,000 word tokens) correct for the February report being shorter.

# %%
study_figure(a, "sector-rates-by-period", summary)

# %%
# the share test's odds ratio and p beside the shares, the rate test's ratio and p beside the rates
table = difference[["label", "count_reference", "count_target", "share_reference", "share_target", "share_odds_ratio",
                    "share_p", "share_p_adjusted", "rate_reference", "rate_target", "rate_ratio", "rate_p",
                    "rate_p_adjusted", "too_small"]].rename(columns={"count_reference": REFERENCE, "count_target": TARGET})
display(table)
c_ref, c_tgt = difference["count_reference"], difference["count_target"]
gone = [s for s in difference.index if c_ref[s] > 0 and c_tgt[s] == 0]
new = [s for s in difference.index if c_ref[s] == 0 and c_tgt[s] > 0]
kept = [s for s in difference.index if c_ref[s] > 0 and c_tgt[s] > 0]


def listing(sectors):
    return change_listing(sectors, c_ref, c_tgt, label=label)


say(
    f"**{n_ref} sector mentions of {int((c_ref > 0).sum())} sectors** in {REFERENCE}; "
    f"**{n_tgt} mentions of {int((c_tgt > 0).sum())} sectors** in {TARGET}.\n\n"
    f"* **Disappear** (named in {REFERENCE} only): {listing(gone)}.\n"
    f"* **Appear** (named in {TARGET} only): {listing(new)}.\n"
    f"* **Named in both**: {listing(kept)}."
)

# %% [markdown]
# **What disappears is the economic and sectoral agenda of October.** October's Tô Lâm lists the fields
# where Việt Nam "wishes to expand collaboration", and the joint part of the meeting adds energy, oil and
# gas, nuclear power and labour, health, sports and tourism, transport connectivity. None of energy (other
# than nuclear energy), oil and gas, labour, health, tourism or transport reappears in February:

# %%
for s in gone:
    display(Markdown(f"**{label(s)}**"))
    quote(sector=s)

# %% [markdown]
# **What appears** is the Congress's own vocabulary of development — environmental protection, voiced
# by the envoy reporting the Congress's growth model. It names a priority of the Congress at home, not a
# field of cooperation with Russia (its `context` is *domestic*; section 3 shows what changes without
# such mentions):

# %%
for s in new:
    display(Markdown(f"**{label(s)}**"))
    quote(sector=s)

# %% [markdown]
# February keeps a *shorter list* of practical fields — in Medvedev's mouth, not the Vietnamese
# side's — and the Congress's growth model in the envoy's:

# %%
say(sentence(TARGET, "wide range of sectors") + "\n\n" + sentence(TARGET, "growth model"))

# %% [markdown]
# ## 3. Which sectors gain or lose weight
#
# Two tests, each Fisher's exact test on its own 2×2 table and each adjusted across the sectors
# (Benjamini–Hochberg): the **share test** asks whether a sector is a larger part of the report's
# sector mentions (this sector against the other mentions; share odds ratio), the **rate test**
# whether it is named more often per word (mentions against word tokens; rate ratio, and the change
# of the rate with a 95% bootstrap interval over sentences). Mentions cluster in sentences — sector
# lists — which Fisher's test treats as independent; a permutation of whole sentences between the
# reports gives the p that respects this. Beside each null result, the smallest effect the counts
# could detect (80% power, 5% level).

# %%
study_figure(a, "sector-rate-difference", difference.reset_index())

# %%
moved = difference[(c_ref > 0) & (c_tgt > 0)].sort_values("share_diff")


def trend(s):
    d = difference.at[s, "share_diff"]
    return "gain weight" if d > 0 else "lose weight" if d < 0 else "keep their weight"


gainer, loser = moved.index[-1], moved.index[0]


def share_line(s, table=difference):
    d = table.loc[s]
    n_r, n_t = int(table["count_reference"].sum()), int(table["count_target"].sum())
    return (f"**{label(s)}**: {d.count_reference} of {n_r} mentions ({100 * d.share_reference:.0f}%) in {REFERENCE}, "
            f"{d.count_target} of {n_t} ({100 * d.share_target:.0f}%) in {TARGET} — share test odds ratio "
            f"{d.share_odds_ratio:.2f}, p = {d.share_p:.3f} (adjusted over {len(table)} sectors {d.share_p_adjusted:.2f}, "
            f"sentence permutation {d.share_cluster_p:.2f}); rate {d.rate_reference:.1f} → {d.rate_target:.1f} per 1,000 "
            f"tokens, rate ratio {d.rate_ratio:.2f}, p = {d.rate_p:.3f} (adjusted {d.rate_p_adjusted:.2f}); could not "
            f"detect a rate ratio between {d.mde_rate_ratio_low:.2f} and {d.mde_rate_ratio_high:.3g}"
            + (" — too few mentions to conclude" if d.too_small else ""))


n_sig = int(((difference["share_p_adjusted"] < 0.05) | (difference["rate_p_adjusted"] < 0.05)).sum())
n_blind = int((~(difference["mde_rate_ratio_high"] < float("inf"))).sum())
say(
    f"Largest gain in share among the sectors named in both reports — {share_line(gainer)}.\n\n"
    f"Largest loss — {share_line(loser)}.\n\n"
    f"Over all {len(difference)} sectors: smallest share-test p = {difference['share_p'].min():.3f} (adjusted "
    f"{difference['share_p_adjusted'].min():.2f}), smallest rate-test p = {difference['rate_p'].min():.3f} (adjusted "
    f"{difference['rate_p_adjusted'].min():.2f}); **{n_sig} sectors** differ after adjustment; "
    f"{int(difference['too_small'].sum())} of {len(difference)} are flagged as too small to conclude, and for {n_blind} "
    f"no rate ratio at all was detectable with these counts."
)

# %% [markdown]
# **Inter-party relations gain the most weight; politics and diplomacy lose.** In October the party
# channel is one item among many — "cooperation channels between the two Parties", the Ho Chi Minh
# National Academy of Politics and the United Russia Party School. In February it is the densest topic of
# the report: an inter-party cooperation plan for 2026–2028, cadre training, the two parties' political
# academies, party-to-party relations, theory exchanges. The direction is clear in the text; the share
# test gives it an unadjusted p below 0.05, but neither the adjustment across sectors, nor the rate
# test, nor the permutation over sentences supports it (numbers above), so it is a description of these
# two reports, not an estimate of a trend.

# %%
side_by_side(sector="party")

# %% [markdown]
# **Cooperation only.** Some mentions do not name a field of cooperation with Russia: in February the
# envoy lists the Congress's domestic priorities ("the growth model based on science-technology and
# digital transformation, ... environmental protection"; "foreign affairs ... and defence and security
# ... a key task"), and both reports "exchanged views on regional and international issues". The same
# comparison over the mentions whose `context` is *cooperation*:

# %%
ctx = period_table(mentions, index="context", values="sentence_id", periods=PERIODS)
display(ctx)
display(coop[["label", "count_reference", "count_target", "share_reference", "share_target", "share_odds_ratio",
              "share_p", "share_p_adjusted", "rate_ratio", "rate_p", "rate_p_adjusted"]])
cr, ct = coop["count_reference"], coop["count_target"]
coop_gone = [s for s in coop.index if cr[s] > 0 and ct[s] == 0]
coop_new = [s for s in coop.index if cr[s] == 0 and ct[s] > 0]
newly_gone = [s for s in coop_gone if s not in gone]
lost_new = [s for s in new if s not in coop_new]
n_coop_sig = int(((coop["share_p_adjusted"] < 0.05) | (coop["rate_p_adjusted"] < 0.05)).sum())


def names(sectors):
    return ", ".join(label(s) for s in sectors) or "none"


say(
    f"{cell_count(ctx, 'domestic', TARGET)} of {n_tgt} {TARGET} mentions are the Congress's domestic agenda "
    f"({cell_count(ctx, 'domestic', REFERENCE)} in {REFERENCE}); {cell_count(ctx, 'other', REFERENCE)} and "
    f"{cell_count(ctx, 'other', TARGET)} are neither. Over cooperation only, "
    f"**{int(cr.sum())} mentions of {int((cr > 0).sum())} sectors** in {REFERENCE} against **{int(ct.sum())} of "
    f"{int((ct > 0).sum())}** in {TARGET}. What changes: no longer appearing in {TARGET} — {names(lost_new)}; "
    f"now disappearing in {TARGET} as well — {names(newly_gone)}; named in both with counts {TARGET} "
    f"lower than with every mention — "
    f"{names([s for s in kept if ct[s] < c_tgt[s]])}. {share_line('party', coop)}. "
    f"**{n_coop_sig} sectors** differ after adjustment."
)
# %% [markdown]
# ## 4. Who voices the sectors
#
# Sector mentions by the side of the sentence's speaker. *Joint* means "both sides", "the two leaders" or
# "they" after such a subject; *narrator* is the agency's own voice.

# %%
study_figure(a, "sector-by-side", by_side)

# %%
voice = period_table(by_side, index="side", values="count", aggfunc="sum", periods=PERIODS)
party_voice = period_table(
    by_side[by_side["sector"].astype(str) == "party"], index="side", values="count", aggfunc="sum", periods=PERIODS
)
display(voice)
say(
    f"In {REFERENCE}, **{share_of(voice, 'joint', REFERENCE)}** sector mentions are voiced jointly and "
    f"{share_of(voice, 'vietnam', REFERENCE)} by the Vietnamese side; the Russian side voices "
    f"{share_of(voice, 'russia', REFERENCE)}.\n\n"
    f"In {TARGET}, **{share_of(voice, 'russia', TARGET)}** are voiced by the Russian side, "
    f"{share_of(voice, 'vietnam', TARGET)} by the Vietnamese side and {share_of(voice, 'joint', TARGET)} jointly.\n\n"
    f"Inter-party relations: {share_of(party_voice, 'russia', TARGET)} of the {TARGET} mentions are the Russian "
    f"side's, against {share_of(party_voice, 'russia', REFERENCE)} in {REFERENCE}."
)

# %% [markdown]
# **From a joint agenda to Russian voices.** In October, Tô Lâm states Việt Nam's wish list and the rest
# of the agenda is presented as agreed by both sides. In February the concrete cooperation agenda —
# including most of the party-to-party programme — is put in the mouths of the Russian party
# heads: Medvedev names the cooperation plan, cadre training and the political academies; Zyuganov
# party-to-party relations and theory exchanges. The Vietnamese envoy's own proposals are reported only
# in general terms:

# %%
say("\n\n".join(sentence(TARGET, p) for p in ("several proposals", "inter-party cooperation", "party-to-party")))

# %% [markdown]
# This is a framing choice of the Vietnamese agency: the Congress's outcome is presented to, and its
# party agenda endorsed by, the Russian side — including praise of Việt Nam's renewal ("Zyuganov
# described Việt Nam as a model for developing countries"). Caveat: speakers are attributed by rule, and
# a sentence that continues a reported speech without a reporting verb falls to the narrator (February
# s3, "For the first time, foreign affairs ... has been identified as a key and regular task", continues
# Trung's report but is attributed to the narrator).

# %% [markdown]
# ## 5. State-to-state or party-to-party vocabulary?
#
# Two small lists of terms, chosen by the analyst and kept with the package's word lists
# (`src/framing/lexicons/registers.yml`; `load_registers(path)` reads another file) so that they can be
# changed: terms of the **party register** (party organs, party channels, the Congress and its
# doctrine) and of the **state register** (state offices and state-level relations). The terms are
# matched all at once (`register_counts`: case, diacritics and plurals ignored), leftmost-longest and
# without overlaps, so no stretch of text is counted twice: "Minister of Foreign Affairs" is one term,
# not "minister" plus "foreign affairs". The table below lists every term with its counts.

# %%
registers = register_counts(a, periods=PERIODS)
display(registers)
totals = registers.groupby("register")[list(PERIODS)].sum()
kinds = registers.groupby(["register", "kind"], sort=False)[list(PERIODS)].sum()
display(kinds)
say(
    f"Party-register terms: **{arrow(totals, 'party', PERIODS)}**; state-register terms: **{arrow(totals, 'state', PERIODS)}** "
    f"(word tokens: {overview.at[REFERENCE, 'n_tokens']} → {overview.at[TARGET, 'n_tokens']}). Within the state "
    f"register, head-of-state terms {arrow(kinds, ('state', 'head of state'), PERIODS)}, government and diplomacy terms "
    f"{arrow(kinds, ('state', 'government and diplomacy'), PERIODS)}. Sector mentions: inter-party relations "
    f"{c_ref['party']} → {c_tgt['party']}, politics and diplomacy {c_ref['diplomacy']} → {c_tgt['diplomacy']}."
)

# %% [markdown]
# **The register shifts towards the party; the state changes kind rather than disappearing.** The
# party vocabulary multiplies: the CPV, its Central Committee and Politburo, the Congress, *renewal* and
# *theory*. The state vocabulary does not shrink as much, but it changes kind: October's is that of heads
# of state — a *state visit*, "the two Parties, *States* and peoples", greetings to and from *President*
# Putin and an invitation to him; February names no head of state and speaks instead through a
# government office — the envoy is the *Minister of Foreign Affairs*, "foreign affairs" is a task of
# the Congress, Zyuganov supports "parliamentary channels" — while the Comprehensive Strategic
# Partnership is reaffirmed in both. Part of the party count is the CPV's own name, which the February
# report repeats as the subject of the Congress; the party-channel and doctrine terms, which October
# hardly uses, are the clearer signal (table above). The keyness test puts numbers on the contrast — and
# on its weakness:

# %%
cols = ["display", "count_reference", "count_target", "g2", "p_chi2", "p_exact", "p_value", "p_test", "p_adjusted",
        "log_ratio", "direction", "low_expected"]
named = ["renewal", "Central Committee", "president", "Vladimir Putin", "state", "theory"]
display(key[key["display"].str.lower().isin([n.lower() for n in named])][cols])
top_key = key.sort_values("g2").iloc[-1]
say(
    f"{len(key)} terms tested ({int(key['low_expected'].sum())} with an expected count below 5, where the exact p "
    f"replaces chi-squared); the highest-ranked is *{top_key['display']}* (G² = {top_key['g2']:.2f}, "
    f"{top_key['p_test']} p = {top_key['p_value']:.3f}); {int((key['p_value'] < 0.05).sum())} terms have p < 0.05 "
    f"before adjustment and **{int((key['p_adjusted'] < 0.05).sum())} are significant after the Benjamini–Hochberg "
    f"adjustment** (smallest adjusted p = {key['p_adjusted'].min():.2f})."
)

# %%
for t in ("States", "President", "Central Committee", "renewal"):
    display(Markdown(f"**{t}**"))
    quote(term=t)

# %% [markdown]
# ## 6. What stays the same
#
# Some of the core recurs in both reports, in the same words. Both reports:
#
# * name **defence and security, science and technology, education, culture** and **nuclear energy**
#   (the counts, and which of them February names as cooperation rather than the Congress's agenda,
#   are below);
# * reaffirm the **Comprehensive Strategic Partnership** (jointly in October, by the envoy in February);
# * record an exchange of views on **regional and international issues**;
# * close with an **invitation to visit Việt Nam**.

# %%
steady = [s for s in kept if abs(int(c_ref[s]) - int(c_tgt[s])) <= 1]
mde_steady = difference.loc[steady, "mde_rate_ratio_high"]
say(
    "Sectors named in both reports with counts differing by at most one: " + listing(steady) + ". "
    "That is not evidence that their weight is the same: the rate test could not detect an increase below "
    + ", ".join(f"{label(s)} {m:.3g}×" if m < float("inf") else f"{label(s)} (no ratio detectable)"
                for s, m in mde_steady.items())
    + ". Over cooperation mentions only: "
    + ", ".join(f"{label(s)} {int(cr[s])} → {int(ct[s])}" for s in steady) + "."
)

# %%
for t in ("Comprehensive Strategic Partnership", "issues", "visit Việt Nam"):
    display(Markdown(f"**{t}**"))
    side_by_side(term=t)

# %% [markdown]
# Topic models over the passages that mention sectors (notebook 04) look at the same question from
# another side: a seeded fit, each topic anchored to one of the most-mentioned sectors, at the k of
# notebook 04's rule (`decide_k`, with whether that k is determined). If the reports drew on different
# themes, some topic would be specific to one period (the interval of its proportion difference
# excluding zero); the count, and the smallest difference that could be detected, are printed below.

# %%
passages = framing.sector_passages(mentions, speakers)
ksel = framing.select_k(passages, ks=range(2, 9), random_state=RANDOM_STATE, seeds=framing.seed_terms(lexicon))
k_decision = decide_k(ksel)
K_TOPICS = k_decision.k
model = framing.fit_topics(
    passages, k=K_TOPICS, method="seeded", random_state=RANDOM_STATE, seeds=framing.seed_terms(lexicon)
)
props = framing.topic_proportions(model, passages, by="period", n_boot=1000, random_state=RANDOM_STATE)
display(props[["period", "topic", "label", "n_passages", "mean", "lower", "upper", "mde_diff", "specific_to",
               "stability"]])
n_specific = int((props.drop_duplicates("topic")["specific_to"] != "").sum())
topic_mde = props["mde_diff"].min()
say(
    f"{len(passages)} passages ({', '.join(f'{n} in {p}' for p, n in passages['period'].astype(str).value_counts().sort_index().items())}). "
    f"The number of topics is **{k_decision.status}** (k = {K_TOPICS} shown; range {k_decision.low}–{k_decision.high}; "
    f"{k_decision.reason}). {K_TOPICS} seeded topics ({'; '.join(model.labels['label'])}), stability "
    f"{model.quality['stability']:.2f}, coherence {model.quality['coherence']:.2f}; **{n_specific} topic(s)** specific to one "
    f"period (95% bootstrap interval of the difference excluding zero)"
    + (f": differences in mean proportion below ±{topic_mde:.2f} could not be detected." if n_specific == 0 else ".")
)

# %%
plots.textplot_topic_proportions(props, method="seeded", labels=lexicon.labels())

# %% [markdown]
# ## 7. Limits of a two-document comparison
#
# * **One report per period.** Every difference could be a difference between two occasions — a
#   leaders' meeting on the sidelines of a state visit, and an envoy's briefing on a congress — rather
#   than between before and after the Congress. The design cannot separate the two; only more reports
#   per period (e.g. other VNA reports on Russia, or on other partners, in each period) could.
# * **Different speakers and audiences.** The Vietnamese speaker is the General Secretary in October and
#   the Foreign Minister as his envoy in February; the Russian side is one party in October, two in
#   February (the CPRF adds a party-to-party, ideological voice).
# * **Small counts.** About 500 word tokens and a few dozen sector mentions per report. No single sector
#   or term difference is significant after adjustment; bootstrap intervals are wide; most sectors are
#   flagged as too small to conclude, and the differences the data could detect are large. The
#   findings are descriptive — *what these texts say* — backed by the quoted sentences, not estimates.
# * **Mentions cluster.** Sector mentions come in lists within one sentence, so they are not independent
#   observations as Fisher's test assumes (count below); the permutation over sentences respects this
#   and gives larger p-values.
# * **Agency texts in translation.** These are VNA's English releases: the framing is the agency's
#   editorial selection of what was said, in translation; a Vietnamese-language version or the Russian
#   side's reports may frame the same meetings differently.
# * **Instrument choices.** The sector lexicon, its exclusions, the speaker rules and the two register
#   lists are the analyst's; each is data in the package or a parameter here, so they can be changed
#   and the notebook re-run. Attribution by rule misses reported speech without a reporting verb.

# %% [markdown]
#
# %%
per_sentence = mentions.groupby(["period", "sentence_id"], observed=True).size().rename("n").reset_index()
dense = per_sentence[per_sentence["n"] >= 5]


def clustering(period):
    mine, all_ = dense[dense["period"].astype(str) == period], per_sentence[per_sentence["period"].astype(str) == period]
    return (f"{int(mine['n'].sum())} of {int(all_['n'].sum())} {period} mentions sit in {len(mine)} sentences "
            f"(of {len(all_)} with a mention)")


say(f"Clustering: {clustering(REFERENCE)}; {clustering(TARGET)} — sentences naming five or more sectors.")

# %% [markdown]
# ## 8. Findings

# %%
say(
    f"1. **The sectoral agenda narrows.** {n_ref} sector mentions of {int((c_ref > 0).sum())} sectors in {REFERENCE} "
    f"against {n_tgt} of {int((c_tgt > 0).sum())} in {TARGET}; {listing(gone)} are not named after the Congress; "
    f"only {listing(new)} is new, and it is the Congress's domestic agenda, not cooperation (over cooperation "
    f"mentions only, {int((cr > 0).sum())} sectors against {int((ct > 0).sum())}).\n"
    f"2. **Inter-party relations {trend('party')} in these two texts**: {share_line('party')}; the share test's "
    f"unadjusted p is the only one below 0.05. Over cooperation mentions only: share odds ratio "
    f"{coop.at['party', 'share_odds_ratio']:.2f}, p = {coop.at['party', 'share_p']:.3f} (adjusted "
    f"{coop.at['party', 'share_p_adjusted']:.2f}).\n"
    f"3. **Politics and diplomacy {trend('diplomacy')}**: {share_line('diplomacy')}.\n"
    f"4. **Voices change**: joint statements carry {share_of(voice, 'joint', REFERENCE)} sector mentions in "
    f"{REFERENCE}; the Russian side carries {share_of(voice, 'russia', TARGET)} in {TARGET}, including "
    f"{share_of(party_voice, 'russia', TARGET)} inter-party mentions.\n"
    f"5. **The register moves towards the party**: party-register terms {arrow(totals, 'party', PERIODS)}, state-register "
    f"terms {arrow(totals, 'state', PERIODS)} — head-of-state terms {arrow(kinds, ('state', 'head of state'), PERIODS)}, government and "
    f"diplomacy terms {arrow(kinds, ('state', 'government and diplomacy'), PERIODS)}.\n"
    f"6. **Part of the core recurs**: {listing(steady)}; the Comprehensive Strategic Partnership, the exchange on "
    f"regional and international issues and the invitation to visit Việt Nam appear in both. This is not "
    f"shown to be unchanged: for these sectors the rate test could not detect a rate ratio below {mde_steady.min():.3g}.\n"
    f"7. **None of this is statistically established** on two texts: {n_sig} sectors differ after adjustment by "
    f"either test (smallest share p {difference['share_p'].min():.3f}, adjusted {difference['share_p_adjusted'].min():.2f}; "
    f"smallest rate p {difference['rate_p'].min():.3f}, adjusted {difference['rate_p_adjusted'].min():.2f}); "
    f"{int((key['p_adjusted'] < 0.05).sum())} key terms after adjustment; the number of topics is "
    f"{k_decision.status} (range {k_decision.low}–{k_decision.high}) and no topic difference below ±{topic_mde:.2f} "
    f"could be detected ({n_specific} period-specific topics). {clustering(REFERENCE)}, so Fisher's independent "
    f"counts overstate the evidence."
)
