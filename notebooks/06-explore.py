# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 · Explore the two reports
#
# An interactive explorer for JupyterLab (ipywidgets):
#
# * **Sectors and terms** — pick a sector, or choose "(type a term instead)" and type a word or phrase
#   (press Enter): the counts per period (count, word tokens, rate per 1,000) and the concordance lines
#   side by side, one column per period, the match highlighted. `s<n>` is the sentence id; the speaker
#   and side of the sentence are on the right.
# * **Topics** — pick a method (`nmf`, `lda`, `seeded`) and a number of topics k: the top terms of each
#   topic with its coherence and stability, and the mean topic proportion per period with its 95%
#   bootstrap interval.
#
# The widgets only wire controls to functions of `framing.report.widgets` (`term_counts_by_period`,
# `kwic_side_by_side_html`, `topic_view`), which are tested without a browser. Run all cells, then use
# the controls; a static copy of the same views follows for readers of the exported HTML, where widgets
# do not run.

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: corpus, periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the study's corpus (data/raw/)
PERIODS = None  # (reference, target): the earlier and the later period; None = the study's
RANDOM_STATE = None  # seed of every random step (bootstrap, topic fits); None = the study's

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import HTML, display

import framing
from framing.report.notebook import study_analysis
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

# %%
from framing.report.widgets import (
    build_explorer,
    counts_html,
    kwic_side_by_side_html,
    term_counts_by_period,
    topic_view,
    topic_view_html,
)

passages = framing.sector_passages(a.mentions, a.sentences)
# k shown first: the study's rule (the k chosen by framing.choose_k, as in notebook 04)
explorer = build_explorer(a, passages=passages, periods=PERIODS, random_state=RANDOM_STATE)
explorer

# %% [markdown]
# ## The same views, static
#
# Change `SECTOR`, `TERM`, `METHOD` or `K` and re-run the cells below to see other views without widgets.

# %%
SECTOR = "party"
TERM = "cooperation"
METHOD = "seeded"
K = 4

# %%
counts = term_counts_by_period(a, sector=SECTOR, periods=PERIODS)
display(HTML(counts_html(counts, f"sector {SECTOR}")))
display(HTML(kwic_side_by_side_html(a, sector=SECTOR, periods=PERIODS, counts=counts)))

# %%
counts = term_counts_by_period(a, term=TERM, periods=PERIODS)
display(HTML(counts_html(counts, f"term {TERM}")))
display(HTML(kwic_side_by_side_html(a, term=TERM, periods=PERIODS, counts=counts)))

# %%
terms, proportions = topic_view(
    passages, method=METHOD, k=K, random_state=RANDOM_STATE, seeds=framing.seed_terms(a.lexicon), by="period"
)
display(HTML(topic_view_html(terms, proportions)))
