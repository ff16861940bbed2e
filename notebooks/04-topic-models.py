# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 · Topic models over the passages that mention sectors
#
# Which themes organise the sentences that talk about sectors, and do the two periods draw on different
# ones? A *passage* is a sentence carrying at least one sector mention. With a few dozen passages, topics
# are fragile: this notebook shows their **stability** (do they come back with another random start?)
# as much as the topics themselves, and compares unseeded fits (NMF, LDA) with a **seeded** fit
# anchored to the sector lexicon.

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
from framing.report.notebook import say, study_analysis, study_figure, topic_terms_table
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
passages = framing.sector_passages(a.mentions, a.sentences)
SEEDS = framing.seed_terms(a.lexicon)  # seed words per sector for the seeded fits
n_by_period = passages["period"].astype(str).value_counts().reindex(list(PERIODS), fill_value=0)
say(
    f"**{len(passages)} passages**: {n_by_period[REFERENCE]} in {REFERENCE}, "
    f"{n_by_period[TARGET]} in {TARGET}."
)
passages[["passage_id", "period", "sectors", "side", "text"]]

# %% [markdown]
# ## Choosing k
#
# For each method and k = 2…8: coherence (mean NPMI of the displayed top-term pairs over passages;
# negative means the terms co-occur *less* often than chance), diversity (share of unique terms among
# the topics' top terms) and stability (mean best-match Jaccard similarity of top-10 term sets over
# **all pairs** of fits with 20 other seeds plus the reference seed; Greene et al. 2014). The rule
# (`framing.topics.decide_k`): k is the most stable *unseeded* k (`choose_k`), and it counts as
# **determined** only if it also wins in at least 70% of random subsets of the seeds (`win_share`) and
# has at least 10 passages per topic; otherwise the number of topics is *not determined* and the range
# of k that win some subset is reported. The topics below are then one possible partition among several.

# %%
ksel = framing.select_k(passages, ks=range(2, 9), random_state=RANDOM_STATE, seeds=SEEDS)
decision = decide_k(ksel)
K = decision.k
study_figure(a, "topic-k-selection", ksel)

# %%
display(ksel.pivot_table(index="k", columns="method", values=["stability", "coherence", "diversity", "win_share"]))
at_k = ksel[ksel["k"] == K].set_index("method")
wins = ksel.drop_duplicates("k").set_index("k")["win_share"]
n_fits = int(ksel["n_fits"].iloc[0])
say(
    f"k shown: **k = {K}, {decision.status}** — {decision.reason}. Range of k that win at least one seed "
    f"subset: **{decision.low}–{decision.high}**; share of the {int(ksel['n_subsets'].iloc[0])} subsets each k wins: "
    + ", ".join(f"k = {k}: {w:.0%}" for k, w in wins.items() if w > 0)
    + f".\n\nRule: {decision.rule}.\n\nAt k = {K}, stability over all pairs of {n_fits} fits is "
    + ", ".join(f"{m} {at_k.at[m, 'stability']:.2f}" for m in at_k.index)
    + "; coherence (NPMI) "
    + ", ".join(f"{m} {at_k.at[m, 'coherence']:.2f}" for m in at_k.index)
    + f". The seeded fit's coherence is {at_k.at['seeded', 'coherence']:.2f}"
    + (": negative, its seed terms co-occur less often than chance in these passages (a seeded topic groups "
       "the lexicon's words, not words the passages use together)." if at_k.at["seeded", "coherence"] < 0 else ".")
)

# %% [markdown]
# ## The topics at the k shown, three ways
#
# One fit per method, at the k of the rule above (read as one partition among several when k is not
# determined). Top terms are ranked by LDAvis relevance (λ = 0.6); each topic is labelled with the
# sector its displayed terms name (the weight of each sector's lexicon words among them; the next
# sector too when it has at least half that weight), by the lexicon's label. A topic whose sector words
# weigh less than an average displayed term is labelled by the passages it weighs on instead
# (`sector_basis`).

# %%
models = {
    m: framing.fit_topics(passages, k=K, method=m, random_state=RANDOM_STATE, seeds=SEEDS, lexicon=a.lexicon)
    for m in ("nmf", "lda", "seeded")
}
for m, model in models.items():
    display(Markdown(f"**{m}** — coherence {model.quality['coherence']:.2f}, diversity "
                     f"{model.quality['diversity']:.2f}, stability {model.quality['stability']:.2f} "
                     f"(over all pairs of {model.quality['n_runs'] + 1} fits)"))
    display(model.labels[["topic", "label", "sector", "sector_basis", "seed_sector", "seed_kept", "coherence",
                          "stability"]])


# %%
plots.textplot_topic_terms(
    topic_terms_table(models["seeded"]), method="seeded", labels=a.lexicon.labels(), colours=a.lexicon.colours()
)

# %%
plots.textplot_topic_terms(
    topic_terms_table(models["nmf"]), method="nmf", labels=a.lexicon.labels(), colours=a.lexicon.colours()
)

# %% [markdown]
# ## Topic proportions by period
#
# Mean topic proportion over each period's passages with a 95% bootstrap interval over passages (1,000
# resamples within each period). A topic is *specific to* a period when the interval of the difference
# excludes zero. `mde_diff` is the smallest difference in mean proportion the comparison could detect
# (80% power, 5% level): where no topic is specific, differences smaller than that could not be
# detected.

# %%
props = {
    m: framing.topic_proportions(model, passages, by="period", n_boot=1000, random_state=RANDOM_STATE)
    for m, model in models.items()
}
for m, table in props.items():
    display(Markdown(f"**{m}**"))
    display(table[["period", "topic", "label", "n_passages", "mean", "lower", "upper", "diff_lower",
                   "diff_upper", "mde_diff", "specific_to", "stability", "few_passages"]])

# %%
plots.textplot_topic_proportions(props["seeded"], method="seeded")

# %%
plots.textplot_topic_proportions(props["nmf"], method="nmf")

# %%
for m, table in props.items():
    spec = table.drop_duplicates("topic")
    mde = spec["mde_diff"].min()
    spec = spec[spec["specific_to"] != ""]
    say(
        f"**{m}**: "
        + (
            "; ".join(f"topic {t} ({lab}) is specific to {p} (stability {st:.2f})"
                      for t, lab, p, st in zip(spec["topic"], spec["label"], spec["specific_to"], spec["stability"], strict=True))
            or f"no topic is specific to one period; differences in mean proportion below ±{mde:.2f} could not be "
               f"detected (`mde_diff`)"
        )
        + "."
    )

# %% [markdown]
# ## The passages behind each topic
#
# For the seeded fit: each topic's three heaviest passages, so a topic's label can be checked against the
# sentences it summarises.

# %%
model = models["seeded"]
weights = model.doc_topic.rename_axis(columns="topic").stack().rename("weight").reset_index()
weights = weights.merge(passages[["passage_id", "period", "text"]], on="passage_id")
labels = dict(zip(model.labels["topic"], model.labels["label"], strict=True))
with pd.option_context("display.max_colwidth", None):
    for t, grp in weights.sort_values("weight", ascending=False).groupby("topic", sort=True):
        display(Markdown(f"**Topic {t}: {labels[t]}**"))
        display(grp.head(3)[["passage_id", "period", "weight", "text"]])

# %% [markdown]
# ## What the topics can and cannot tell us
#
# * The passages are few and most are long sector lists, so topics largely re-discover the sector
#   lexicon's groupings; the seeded fit makes that explicit by anchoring one topic per sector.
# * The number of topics is decided by `decide_k`; when it is *not determined* (status, reason and
#   range printed above), the topics are one possible partition, not a finding.
# * Stability below ~0.5 means a topic's top terms change with the random start: such topics are not
#   read as findings. A negative coherence (the seeded fit above) means its top terms co-occur less
#   often than chance.
# * Proportion differences between the periods rest on a handful of passages per period; where an
#   interval of the difference crosses zero, a difference below `mde_diff` could not be detected — which
#   is not the same as the periods drawing on the topic equally.
