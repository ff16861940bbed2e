# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 08 · Formulae and continuity: the set phrases, and what each report carries over
#
# Official readouts are built from set phrases — "Comprehensive Strategic Partnership", "the
# traditional friendship between the two countries", "exchanged views on international and regional
# issues of mutual concern" — and analysts of official discourse read change in which formulae
# persist, which are dropped and which appear, and in which statements are carried over, reworded or
# new. Keyness, topics and concordances do not show this. Two functions do:
#
# * `framing.formulae.formulae(a)`: the **recurring word sequences** across reports (3 to 10 words,
#   in two reports or more, never across a sentence end, matched on folded forms, punctuation kept
#   inside), reported only when **maximal** (a sequence that always continues the same way is part of
#   the longer one) and, inside a longer formula, only where they also recur **alone**; each with its
#   reports, groups, first and last appearance, a change label (persistent, new, dropped,
#   intermittent) with the counts behind it, a variant group, and every occurrence's offsets and
#   speaker. The rules are written out in the module's documentation (`help(framing.formulae)`).
# * `framing.alignment.align_statements(a, reference=..., target=...)`: each sentence of the later
#   report **paired one to one** with the most similar sentence of the earlier one (cosine of TF-IDF
#   vectors of content stems), labelled **carried over** (similarity ≥ 0.9), **reworded** (≥ 0.45)
#   or **new**, with the words shared and changed; `align_over_time(a)` does it for every period
#   against the one before.
#
# The first half reads the study's two reports; the second, the ten-report example in
# `data/examples/over-time/`, whose README lists which formulae were planted where and which
# statements of each report are carried over or reworded: a check that the functions find them.

# %% tags=["parameters"]
# Parameters: change them and re-run the notebook (Run > Run All Cells). None = the study file's value.
STUDY = "../study.yml"  # the study file: corpus, periods compared, sides, word lists, seed
CORPUS = None  # folder of report files; None = the study's corpus (data/raw/)
PERIODS = None  # (reference, target): the earlier and the later period; None = the study's
RANDOM_STATE = None  # seed of every random step; None = the study's (nothing here is random)
EXAMPLE = "../data/examples/over-time"  # the ten-report example with planted formulae (its README)

# %%
# %matplotlib inline
from pathlib import Path

import pandas as pd
from IPython.display import display

import framing
from framing.alignment import align_over_time, align_statements
from framing.formulae import formula_summary, formulae
from framing.normalize import fold
from framing.plots.formulae import textplot_formula_timeline, textplot_statement_alignment
from framing.report.notebook import say, study_analysis, study_figure
from framing.report.tables import comparison

pd.set_option("display.max_colwidth", 110)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 2)

# the analysis, built once: sentences with their speakers, tokens
a = study_analysis(STUDY, corpus=CORPUS, periods=PERIODS, random_state=RANDOM_STATE)
REFERENCE, TARGET = PERIODS = comparison(a)
a.docs[["doc_id", "date", "period", "place", "title"]]

# %% [markdown]
# ## 1. The formulae the two reports share
#
# With two reports, a formula recurs when it is in both. The columns: `n_words` (words as written: a
# name of the entity list such as "Comprehensive Strategic Partnership" is one token but counts its
# three words), `is_name` (the formula is only such a name), `n_occurrences`, `status`.

# %%
COLUMNS = ["formula_id", "formula", "n_words", "is_name", "n_docs", "n_occurrences", "status", "variant_group"]
occurrences = formulae(a)
shared = formula_summary(occurrences)
shared[COLUMNS]

# %%
phrases = shared[~shared["is_name"]]
names = shared[shared["is_name"]]
say(
    f"The two reports share **{len(shared)} formulae** of three words or more: "
    f"{len(phrases)} phrases ({'; '.join(f'“{f}” ({n}×)' for f, n in zip(phrases['formula'], phrases['n_occurrences'], strict=True))}) "
    f"and {len(names)} names of the entity list ({'; '.join(f'“{f}”' for f in names['formula'])}). "
    f"The longest has {shared['n_words'].max()} words: the two reports share names, titles and short "
    f"phrases, not the long set sentences of diplomatic readouts."
)

# %% [markdown]
# Every occurrence keeps its document, character offsets (`text[start:end]` is the occurrence) and the
# speaker of its sentence:

# %%
occurrences[["formula", "doc_id", "period", "sentence_id", "start", "end", "text", "speaker", "side"]]

# %% [markdown]
# ## 2. The formulae of one report only
#
# A phrase found in one report only cannot recur across reports; with `min_docs=1` a sequence
# repeated *within* a report counts too (at least twice). A formula of the later report only is
# **new**, one of the earlier report only **dropped**.

# %%
within = formula_summary(formulae(a, min_docs=1))
one_only = within[within["n_docs"] == 1]
one_only[COLUMNS]

# %%
dropped = one_only[one_only["status"] == "dropped"]
new = one_only[one_only["status"] == "new"]


def listing(rows):
    return "; ".join(f"“{f}” ({n}×)" for f, n in zip(rows["formula"], rows["n_occurrences"], strict=True))


say(
    f"Repeated in the {REFERENCE} report only (**dropped**, {len(dropped)}): {listing(dropped)}. "
    f"Repeated in the {TARGET} report only (**new**, {len(new)}): {listing(new)}. "
    f"Note the pair “security and defence” ({REFERENCE}) / “defence and security” ({TARGET}): the same "
    f"two sectors, named in the opposite order."
)

# %%
study_figure(a, "formula-timeline", formulae(a, min_docs=1), size=(7.0, 4.0))

# %% [markdown]
# ## 3. Statements carried over, reworded, new
#
# Each sentence of the later report is paired with at most one sentence of the earlier report (the
# pairing with the largest total similarity among pairs ≥ 0.45); a sentence without a partner is
# **new** and is shown beside its most similar earlier sentence, so that what it shares is visible;
# earlier sentences without a partner are listed as **dropped**.

# %%
alignment = align_statements(a, reference=REFERENCE, target=TARGET)
labels = alignment["label"].value_counts().reindex(["carried over", "reworded", "new", "dropped"], fill_value=0)
display(labels.to_frame("sentences"))
alignment[["label", "similarity", "target_sentence_id", "target_text", "reference_sentence_id", "reference_text"]]

# %%
targets = alignment[alignment["label"] != "dropped"]
closest = targets.nlargest(3, "similarity")
say(
    f"Of the {len(targets)} sentences of the {TARGET} report, **{labels['carried over']} are carried over "
    f"and {labels['reworded']} reworded** from {REFERENCE}; {labels['new']} are new. The closest pairs stay "
    f"below the threshold of 0.45: "
    + "; ".join(
        f"s{int(r.target_sentence_id)} ↔ s{int(r.reference_sentence_id)} ({r.similarity:.2f}, shared words: “{r.shared}”)"
        for r in closest.itertuples()
    )
    + ". The invitation, the exchange of views on international issues and the importance of the "
    "partnership are restated in other words and with other content; the two reports share formulae "
    "and names, not statements."
)

# %%
for r in closest.itertuples():
    say(f"> {r.target_text}  \n> — *{r.target_doc_id}, s{int(r.target_sentence_id)}*\n\n"
        f"> {r.reference_text}  \n> — *{r.reference_doc_id}, s{int(r.reference_sentence_id)}* "
        f"(similarity {r.similarity:.2f})")

# %%
study_figure(a, "statement-alignment", alignment)

# %% [markdown]
# ## 4. Ten reports over time: the planted example
#
# `data/examples/over-time/` holds ten invented readouts, one per period, with formulae planted in known
# reports (its README, section 2) and statements carried over or reworded between consecutive reports
# (section 3). The functions should find exactly what was planted.

# %%
example = framing.analyse(framing.load_corpus(EXAMPLE), actors=Path(EXAMPLE) / "actors.yml")
ex_occurrences = formulae(example)
ex = formula_summary(ex_occurrences)
REPORTS = list(example.docs["doc_id"])
ex[COLUMNS].head(25)

# %% [markdown]
# The planted formulae, as the README writes them, with the reports (numbered 1 to 10 in time order)
# it puts them in and the label that design implies; beside each, the reported formula that holds it
# and the reports where it was found.

# %%
PLANTED = [
    ("F1", "Comprehensive Strategic Partnership between Việt Nam and Russia", range(1, 11), "persistent"),
    ("F2", "the traditional friendship between the two countries", range(1, 11), "persistent"),
    ("F3", "exchanged views on international and regional issues of mutual concern",
     [1, 2, 3, 4, 5, 6, 7, 9, 10], "intermittent"),
    ("F4", "at a mutually convenient time", range(1, 5), "dropped"),
    ("F5", "the international communist and workers' movement", range(7, 11), "new"),
    ("F6", "strengthening political trust at the highest level", range(7, 11), "new"),
    ("V1", "the two Parties, States and peoples", [1, 3, 5, 7, 9], "intermittent"),
    ("V2", "the two parties and peoples", [2, 4, 6, 8, 10], "intermittent"),
]
rows = []
for pid, phrase, planted_in, design in PLANTED:
    found = ex[ex["formula"].map(lambda f, p=phrase: fold(p) in fold(f))].iloc[0]
    found_in = [REPORTS.index(d) + 1 for d in found["doc_ids"].split("; ")]
    rows.append({"id": pid, "planted": phrase, "in reports": list(planted_in), "design": design,
                 "reported as": found["formula"], "found in": found_in, "status": found["status"],
                 "variant_group": found["variant_group"]})
planted = pd.DataFrame(rows)
planted["matches"] = [r["in reports"] == r["found in"] and r["design"] == r["status"] for r in rows]
planted

# %%
exact = planted[planted["planted"] == planted["reported as"]]
others = ex[~ex["formula"].isin(planted["reported as"])]
v1, v2 = (planted.set_index("id").loc[v, "variant_group"] for v in ("V1", "V2"))
say(
    f"**{int(planted['matches'].sum())} of {len(planted)}** planted formulae are found in exactly the reports "
    f"the README lists, with the label the design implies. {len(exact)} are reported as written; the "
    f"others within the longest sequence that always surrounds them (“{planted.iloc[0]['reported as']}”: "
    f"the README's F1 is always preceded by “the”; “{planted.iloc[3]['reported as']}”: F4 always follows "
    f"“visit Việt Nam”). The variants V1 and V2 are {'one variant group' if v1 == v2 else 'two groups'} "
    f"(group {v1}): they share the core “the two parties”. In all, {len(ex)} formulae recur in the ten "
    f"reports; the most widespread of the others are {', '.join(f'“{f}”' for f in others['formula'].head(4))}: "
    f"short phrases, names and titles."
)

# %%
textplot_formula_timeline(ex_occurrences, groups=example.groups, n=20, figsize=(7.0, 6.0))

# %% [markdown]
# ### Statements from one report to the next
#
# `align_over_time` pairs every report with the one before it. The README designs one identical
# sentence and one rewording for each pair, and five carry-overs into the last report.

# %%
over_time = align_over_time(example)
by_pair = (
    over_time.groupby(["reference", "target", "label"]).size().unstack(fill_value=0)
    [["carried over", "reworded", "new", "dropped"]]
)
by_pair

# %%
last = over_time[(over_time["target"] == example.groups[-1]) & (over_time["label"] != "dropped")]
last[["label", "similarity", "changed", "target_sentence_id", "reference_sentence_id", "shared", "added", "removed"]]

# %%
count = last["label"].value_counts()
rewordings = last[last["label"] == "reworded"]
say(
    f"Into the last report ({example.groups[-1]}), {int(count.get('carried over', 0))} sentences are carried "
    f"over word for word (s{', s'.join(str(int(s)) for s in last.loc[last['label'] == 'carried over', 'target_sentence_id'])}), "
    f"{len(rewordings)} are reworded (s{', s'.join(str(int(s)) for s in rewordings['target_sentence_id'])}, "
    f"similarity {rewordings['similarity'].min():.2f} to {rewordings['similarity'].max():.2f}, "
    f"{rewordings['changed'].min():.0%} to {rewordings['changed'].max():.0%} of the words changed) and "
    f"{int(count.get('new', 0))} are new: the README's design. The most similar new sentence scores "
    f"{last.loc[last['label'] == 'new', 'similarity'].max():.2f}, below the threshold of 0.45."
)

# %%
textplot_statement_alignment(over_time)

# %% [markdown]
# ## Limits
#
# * **Two reports are a small base.** With the study's two reports, a formula "recurs" when it is in
#   both; the list is short and mixes set phrases with names. Formulae show their strength over many
#   reports, as in the example (and `framing.formulae.corpus_formulae` counts them on a hundred
#   thousand reports without a tokens table).
# * **Maximal is not the same as meaningful.** Names, titles ("Deputy Chairman of the ...") and
#   sector phrases recur as much as diplomatic formulae; `is_name` marks the names of the entity list,
#   the rest is for the reader to judge. The variant groups bring the versions of one formula
#   together but do not decide which is the formula.
# * **Similarity is lexical.** A statement restated with other words ("invited ... to visit Việt Nam
#   again in the near future" / "at a mutually convenient time") scores low; the thresholds (0.9,
#   0.45) were set on the example's planted statements, and the figure shows the nearest sentence of
#   every new one (dotted, ≥ 0.3) so that the reader can judge.
