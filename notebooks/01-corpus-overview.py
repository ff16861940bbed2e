# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · The corpus: two reports on Việt Nam–Russia party relations
#
# The study compares how two Vietnam News Agency (VNA/VNS) reports frame cooperation between Việt Nam
# and Russia:
#
# * **October 2025** (`2025-10`): Party General Secretary Tô Lâm meets Dmitry Medvedev, Chairman of the
#   United Russia Party, in **Pyongyang**, on the sidelines of the Workers' Party of Korea anniversary —
#   *before* the Communist Party of Việt Nam's 14th National Congress.
# * **February 2026** (`2026-02`): the General Secretary's special envoy, Foreign Minister Lê Hoài
#   Trung, briefs Medvedev and Gennady Zyuganov (Communist Party of the Russian Federation) in
#   **Moscow** on the outcomes of the 14th Congress — *after* it.
#
# This notebook shows what the corpus is: the documents, their size, their sentences, and who speaks in
# each sentence. Everything is computed by the `framing` package; offsets in every table index the
# documents' `text` exactly, so every number can be traced back to the words.

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: corpus, periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the study's corpus (data/raw/)
PERIODS = None  # (reference, target): the earlier and the later period; None = the study's
RANDOM_STATE = None  # seed of every random step (bootstrap, topic fits); None = the study's

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import display

import framing
from framing.report.notebook import cell_count, period_table, say, study_analysis, study_figure
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
# ## Size and shape
#
# `framing.lexical_overview` counts word tokens (punctuation excluded; a multi-word name such as
# "United Russia Party" is one token), distinct stems, sentences and paragraphs. The figure is the one
# `framing reproduce` writes as `corpus-overview`.

# %%
overview = framing.lexical_overview(a.tokens, a.sentences)
overview

# %%
study_figure(a, "corpus-overview", overview)

# %%
ref, tgt = (overview[overview["period"] == p].iloc[0] for p in (REFERENCE, TARGET))
say(
    f"The {REFERENCE} report has **{ref.n_tokens} word tokens** in {ref.n_sentences} sentences "
    f"(mean {ref.mean_sentence_length:.1f} tokens per sentence); the {TARGET} report has "
    f"**{tgt.n_tokens}** in {tgt.n_sentences} sentences (mean {tgt.mean_sentence_length:.1f}). "
    f"The later report is {100 * (1 - tgt.n_tokens / ref.n_tokens):.0f}% shorter but has more, "
    f"shorter sentences. Type–token ratios are {ref.ttr:.2f} and {tgt.ttr:.2f}; the ratio falls "
    f"as a text grows, so a slightly higher ratio for the shorter text says little about "
    f"vocabulary richness."
)

# %% [markdown]
# **How sure can we be?** These are two texts of about 500 words each. Every count in the following
# notebooks is small — most sector and term counts are single digits — so differences between the
# periods are described with counts next to rates, and tests and intervals are reported to show how
# *little* two documents can establish, not to claim significance.

# %% [markdown]
# ## Sentences and who speaks them
#
# `framing.split_sentences` splits each report into sentences (Punkt without a pretrained model);
# `framing.attribute_speakers` attributes each sentence to the subject of its reporting verb ("said",
# "stressed", "agreed", ...) and to a side: one of the study's sides (`vietnam`, `russia`, from
# `study.yml` and the actors file `data/actors.yml`), `joint` ("both sides", "the two leaders") or
# `narrator` (the agency's own voice). The analysis holds them as `a.sentences`. Misattributions are
# possible: read the sentences.

# %%
speakers = a.sentences
speakers

# %%
sides = period_table(speakers, index="side", values="sentence_id", periods=PERIODS)
sides

# %%
say(
    f"In {REFERENCE}, {cell_count(sides, 'vietnam', REFERENCE)} sentences are voiced by the Vietnamese "
    f"side, {cell_count(sides, 'russia', REFERENCE)} by the Russian side and "
    f"{cell_count(sides, 'joint', REFERENCE)} jointly; in {TARGET}, {cell_count(sides, 'vietnam', TARGET)}, "
    f"{cell_count(sides, 'russia', TARGET)} and {cell_count(sides, 'joint', TARGET)}. "
    f"The rest are the narrator's."
)

# %% [markdown]
# The October report is built around *joint* statements ("Both sides agreed ...", "The two leaders
# expressed satisfaction ...", "They also discussed ..."), the February report around *separate* voices:
# the envoy reports on the Congress, then each Russian party head responds ("Medvedev stressed ...",
# "Zyuganov described ...", "Russian Communist Party chief Zyuganov agreed ..."). That difference of
# genre — a bilateral meeting against a briefing — shapes everything that follows.

# %% [markdown]
# ## Who is named
#
# Named entities (people, parties, institutions, places) are single tokens. Their counts per period
# show the cast of each report.

# %%
tokens = a.tokens
entities = tokens[tokens["is_entity"]]
names = framing.display_forms(tokens)
cast = (
    entities.assign(name=entities["stem"].map(names), period=entities["period"].astype(str))
    .pivot_table(index=["entity_type", "name"], columns="period", values="token_id", aggfunc="count",
                 fill_value=0, observed=True)
    .sort_index()
)
cast

# %% [markdown]
# Both reports name the Communist Party of Việt Nam and the United Russia Party; only February names
# the Communist Party of the Russian Federation and Gennady Zyuganov, and Lê Hoài Trung as the
# Vietnamese speaker. President Putin appears only in October (greetings and an invitation). The
# places differ as the meetings did: Pyongyang and the Democratic People's Republic of Korea in
# October, Moscow in February.

# %% [markdown]
# ## The reports in full, sentence by sentence
#
# For reference: every sentence with its id (the ids used in all KWIC tables, `s<sentence_id>`) and
# its speaker.

# %%
with pd.option_context("display.max_colwidth", None, "display.max_rows", None):
    display(speakers[["doc_id", "sentence_id", "speaker", "side", "text"]])
