"""Generate the study notebooks (stored without outputs): ``python notebooks/_build.py``.

Each notebook is a list of cells written here as plain strings: ``md(...)`` for prose, ``code(...)``
for code. Every notebook starts with the same parameters cell (tagged ``parameters``, so papermill
or a reader can override it) and the same setup cell. Numbers quoted in prose are printed by the
code cell next to them (``say(f"...")``), so a change in the data cannot silently contradict the text.

Run it after editing; ``tests/test_notebooks.py`` checks the stored notebooks are clean and run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags=()):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


PARAMETERS = code(
    '''
# Parameters: change them and re-run the notebook (Run > Run All Cells).
CORPUS = None  # folder of report files; None = the study corpus data/raw/
PERIODS = ("2025-10", "2026-02")  # (reference, target): the earlier and the later period
RANDOM_STATE = 0  # seed of every random step (bootstrap, topic fits)
''',
    tags=("parameters",),
)

SETUP = code(
    '''
%matplotlib inline
import pandas as pd
from IPython.display import HTML, Markdown, display

import framing
from framing import plots
from framing.widgets import kwic_table_html

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)
pd.set_option("display.precision", 3)

docs = framing.load_corpus(CORPUS)
docs = docs[docs["period"].isin(PERIODS)].reset_index(drop=True)
REFERENCE, TARGET = PERIODS


def say(text):
    """Prose whose numbers are computed in the same cell."""
    display(Markdown(text))


def show_kwic(rows, max_lines=None):
    """Concordance lines, match highlighted (corpus text HTML-escaped)."""
    display(HTML(kwic_table_html(rows, max_lines=max_lines, show_period=True)))


docs[["doc_id", "date", "period", "place", "title"]]
'''
)


def notebook(cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def write(name: str, cells) -> Path:
    nb = notebook(cells)
    nbformat.validate(nb)
    # stable cell ids, so regenerating an unchanged notebook gives an identical file
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{Path(name).stem[:2]}-{i:03d}"
    path = HERE / name
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------------------------
# 01 corpus overview
# ----------------------------------------------------------------------------------------------

NB01 = [
    md(
        """
# 01 · The corpus: two reports on Việt Nam–Russia party relations

The study compares how two Vietnam News Agency (VNA/VNS) reports frame cooperation between Việt Nam
and Russia:

* **October 2025** (`2025-10`): Party General Secretary Tô Lâm meets Dmitry Medvedev, Chairman of the
  United Russia Party, in **Pyongyang**, on the sidelines of the Workers' Party of Korea anniversary —
  *before* the Communist Party of Việt Nam's 14th National Congress.
* **February 2026** (`2026-02`): the General Secretary's special envoy, Foreign Minister Lê Hoài
  Trung, briefs Medvedev and Gennady Zyuganov (Communist Party of the Russian Federation) in
  **Moscow** on the outcomes of the 14th Congress — *after* it.

This notebook shows what the corpus is: the documents, their size, their sentences, and who speaks in
each sentence. Everything is computed by the `framing` package; offsets in every table index the
documents' `text` exactly, so every number can be traced back to the words.
"""
    ),
    PARAMETERS,
    SETUP,
    md(
        """
## Size and shape

`framing.frequencies.lexical_overview` counts word tokens (punctuation excluded; a multi-word name such as
"United Russia Party" is one token), distinct stems, sentences and paragraphs. The figure is the one
`framing reproduce` writes as `corpus-overview`.
"""
    ),
    code(
        """
from framing.frequencies import lexical_overview

overview = lexical_overview(docs)
overview
"""
    ),
    code(
        """
plots.textplot_corpus_overview(overview)
"""
    ),
    code(
        """
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
"""
    ),
    md(
        """
**How sure can we be?** These are two texts of about 500 words each. Every count in the following
notebooks is small — most sector and term counts are single digits — so differences between the
periods are described with counts next to rates, and tests and intervals are reported to show how
*little* two documents can establish, not to claim significance.
"""
    ),
    md(
        """
## Sentences and who speaks them

`framing.split_sentences` splits each report into sentences (Punkt without a pretrained model);
`framing.attribute_speakers` attributes each sentence to the subject of its reporting verb ("said",
"stressed", "agreed", ...) and to a side: `vietnam`, `russia`, `joint` ("both sides", "the two
leaders") or `narrator` (the agency's own voice). Misattributions are possible: read the sentences.
"""
    ),
    code(
        """
speakers = framing.attribute_speakers(docs)
speakers
"""
    ),
    code(
        """
sides = (
    speakers.assign(period=speakers["period"].astype(str))
    .pivot_table(index="side", columns="period", values="sentence_id", aggfunc="count", fill_value=0)
)
sides
"""
    ),
    code(
        """
def n_side(period, side):
    return int(sides.at[side, period]) if side in sides.index else 0


say(
    f"In {REFERENCE}, {n_side(REFERENCE, 'vietnam')} sentences are voiced by the Vietnamese side, "
    f"{n_side(REFERENCE, 'russia')} by the Russian side and {n_side(REFERENCE, 'joint')} jointly; "
    f"in {TARGET}, {n_side(TARGET, 'vietnam')}, {n_side(TARGET, 'russia')} and "
    f"{n_side(TARGET, 'joint')}. The rest are the narrator's."
)
"""
    ),
    md(
        """
The October report is built around *joint* statements ("Both sides agreed ...", "The two leaders
expressed satisfaction ...", "They also discussed ..."), the February report around *separate* voices:
the envoy reports on the Congress, then each Russian party head responds ("Medvedev stressed ...",
"Zyuganov described ...", "Russian Communist Party chief Zyuganov agreed ..."). That difference of
genre — a bilateral meeting against a briefing — shapes everything that follows.
"""
    ),
    md(
        """
## Who is named

Named entities (people, parties, institutions, places) are single tokens. Their counts per period
show the cast of each report.
"""
    ),
    code(
        """
tokens = framing.tokenize(docs)
entities = tokens[tokens["is_entity"]]
names = framing.display_forms(tokens)
cast = (
    entities.assign(name=entities["stem"].map(names), period=entities["period"].astype(str))
    .pivot_table(index=["entity_type", "name"], columns="period", values="token_id", aggfunc="count",
                 fill_value=0)
    .sort_index()
)
cast
"""
    ),
    md(
        """
Both reports name the Communist Party of Việt Nam and the United Russia Party; only February names
the Communist Party of the Russian Federation and Gennady Zyuganov, and Lê Hoài Trung as the
Vietnamese speaker. President Putin appears only in October (greetings and an invitation). The
places differ as the meetings did: Pyongyang and the Democratic People's Republic of Korea in
October, Moscow in February.
"""
    ),
    md(
        """
## The reports in full, sentence by sentence

For reference: every sentence with its id (the ids used in all KWIC tables, `s<sentence_id>`) and
its speaker.
"""
    ),
    code(
        """
with pd.option_context("display.max_colwidth", None, "display.max_rows", None):
    display(speakers[["doc_id", "sentence_id", "speaker", "side", "text"]])
"""
    ),
]


# ----------------------------------------------------------------------------------------------
# 02 term frequencies and keyness
# ----------------------------------------------------------------------------------------------

NB02 = [
    md(
        """
# 02 · Term frequencies and keyness

Which words distinguish the February 2026 report (after the 14th Congress, Moscow) from the October
2025 report (before it, Pyongyang)? And how sure can we be, with two texts of about 500 words each?

Terms are Snowball stems shown by their most frequent surface form; multi-word names are one term.
Keyness compares the **target** period (the later one) against the **reference** (the earlier one)
with the log-likelihood G² (Rayson & Garside 2000) for significance, Log Ratio (Hardie 2014) for effect
size and the log-odds z-score with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
"""
    ),
    PARAMETERS,
    SETUP,
    md(
        """
## What is frequent in each period

The most frequent content terms (stopwords excluded) per period, rate per 1,000 tokens with the count.
"""
    ),
    code(
        """
from framing.frequencies import collocations, dispersion, keyness, term_frequencies

freq = term_frequencies(docs, by="period")
plots.textplot_top_terms(freq)
"""
    ),
    code(
        """
# the 10 most frequent terms of each period, with their counts in both periods
top = freq.sort_values(["group", "count", "term"], ascending=[True, False, True]).groupby("group", observed=True).head(10)
freq[freq["term"].isin(top["term"])].assign(group=freq["group"].astype(str)).pivot_table(
    index="display", columns="group", values="count", aggfunc="sum", fill_value=0
).sort_values(list(PERIODS), ascending=False)
"""
    ),
    code(
        """
def top_terms(period, n=6):
    sub = freq[freq["group"].astype(str) == period].sort_values(["count", "term"], ascending=[False, True])
    return ", ".join(f"*{d}* ({c})" for d, c in zip(sub["display"].head(n), sub["count"].head(n)))


say(f"Most frequent in {REFERENCE}: {top_terms(REFERENCE)}.\\n\\nMost frequent in {TARGET}: {top_terms(TARGET)}.")
"""
    ),
    md(
        """
The shared core is the vocabulary of the relationship itself: *cooperation*, *party*, *Việt Nam*,
*Russia*, the *Communist Party of Việt Nam*. What differs sits lower down and is tested below.
"""
    ),
    md(
        """
## Keyness: February 2026 against October 2025

One row per term seen at least twice in the two reports together (`min_count=2`). Counts and totals
are shown beside every score; `low_expected` flags terms whose expected count is below 5 in a cell,
where the chi-squared p-value is only a rough approximation.
"""
    ),
    code(
        """
key = keyness(docs, TARGET, REFERENCE, by="period", min_count=2)
cols = ["display", "count_target", "count_reference", "g2", "p_value", "p_adjusted", "log_ratio",
        "log_odds_z", "direction", "low_expected"]
key.sort_values("g2", ascending=False)[cols].head(20)
"""
    ),
    code(
        """
plots.textplot_keyness(key)
"""
    ),
    code(
        """
n_tested = len(key)
n_p05 = int((key["p_value"] < 0.05).sum())
n_adj = int((key["p_adjusted"] < 0.05).sum())
best = key.sort_values("g2", ascending=False).iloc[0]
n_low = int(key["low_expected"].sum())
say(
    f"**{n_tested} terms** were tested. {n_p05} reach p < 0.05 before adjustment, **{n_adj} after "
    f"the Benjamini–Hochberg adjustment** (smallest adjusted p = {key['p_adjusted'].min():.3f}). "
    f"The most key term is *{best.display}* (G² = {best.g2:.2f}, {best.count_target} vs "
    f"{best.count_reference}, Log Ratio {best.log_ratio:+.2f}). {n_low} of the {n_tested} terms have "
    f"an expected count below 5."
)
"""
    ),
    md(
        """
**How sure can we be?** Not very, term by term. With about 500 tokens per report, a term seen 3 times in
one report and never in the other is nominally significant on its own, but not once the hundred-odd
tests are adjusted for (numbers below). The keyness list is therefore read as a *description* of where
the two texts' vocabularies differ — every key term checked in its sentences — not as evidence that the
agency's vocabulary changed in general. The log-odds z-scores, which shrink rare terms towards zero,
make the same point.
"""
    ),
    code(
        """
three = key[(key["count_target"] + key["count_reference"] == 3) & ((key["count_target"] == 0) | (key["count_reference"] == 0))]
say(
    f"A term seen 3 times in one report and never in the other: G² = {three['g2'].min():.2f} to {three['g2'].max():.2f}, "
    f"unadjusted p = {three['p_value'].min():.3f} to {three['p_value'].max():.3f}, adjusted p ≥ {three['p_adjusted'].min():.2f}. "
    f"Largest |log-odds z| over all terms: {key['log_odds_z'].abs().max():.2f} "
    f"({int((key['log_odds_z'].abs() > 1.96).sum())} terms beyond ±1.96)."
)
plots.textplot_log_odds(key)
"""
    ),
    md(
        """
## The key terms in their sentences

Each key term in context. The match is highlighted; `s<n>` is the sentence id, then the speaker and side.
"""
    ),
    code(
        """
target_key = key[key["direction"] == "target"].sort_values("g2", ascending=False)["display"].head(6).tolist()
reference_key = key[key["direction"] == "reference"].sort_values("g2", ascending=False)["display"].head(6).tolist()
say(f"Key in {TARGET}: " + ", ".join(target_key) + f".  \\nKey in {REFERENCE}: " + ", ".join(reference_key) + ".")
"""
    ),
    code(
        """
for t in target_key[:4] + reference_key[:4]:
    display(Markdown(f"**{t}**"))
    show_kwic(framing.kwic(docs, term=t, window=8))
"""
    ),
    code(
        """
named = ["renewal", "era", "theory", "model", "Central Committee", "president", "regards", "oil", "gas"]
key[key["display"].str.lower().isin([n.lower() for n in named])][cols]
"""
    ),
    md(
        """
February's key vocabulary is the Congress's: *renewal* (Đổi mới), *new era*, *theory*, *model*, the
*Central Committee*, and the new cast (Zyuganov, Lê Hoài Trung, the Communist Party of the Russian
Federation). October's is the vocabulary of a summit between leaders: *President* Putin, *regards*, and
the sector list of *oil and gas*, never named in February (counts in the table above).
"""
    ),
    md(
        """
## Where the key terms sit in each report

The dispersion "x-ray": one tick per occurrence at its relative position in the report (0 = start).
"""
    ),
    code(
        """
disp = dispersion(docs, terms=target_key[:5] + reference_key[:5])
# the x-ray figure is drawn for sectors; terms are labelled as they are written
plots.textplot_sector_xray(disp, labels={t: t for t in disp["item"].unique()})
"""
    ),
    md(
        """
## Collocations

Adjacent word pairs within sentences, scored by NLTK's likelihood ratio and PMI (minimum frequency 2).
With so few tokens the list is mostly fixed expressions and titles — useful to see which multi-word
expressions each report repeats.
"""
    ),
    code(
        """
coll = collocations(docs, by="period")
coll.assign(group=coll["group"].astype(str)).sort_values(["group", "rank_llr"]).groupby("group").head(8)
"""
    ),
    md(
        """
## Summary

* The two reports share their core vocabulary (*cooperation*, *party*, the two countries and the two
  ruling parties).
* February adds the 14th Congress's vocabulary (*renewal*, *new era*, *theory*) and new voices;
  October has the summit's sector list (*oil and gas*) and the state leaders (*President* Putin).
* No single term is key after adjusting for the number of terms tested: the differences are
  descriptive, supported by the quoted sentences, not statistically established.
"""
    ),
]



# ----------------------------------------------------------------------------------------------
# 03 sector mentions
# ----------------------------------------------------------------------------------------------

NB03 = [
    md(
        """
# 03 · Sector mentions: which fields of cooperation, how often, where, and in whose voice

A *sector mention* is a phrase naming a field of cooperation — "oil and gas", "science-technology",
"cadre training" — found by `framing.find_sector_mentions` with the packaged sector lexicon. Matching is
insensitive to case, diacritics, hyphens and plurals; the longest match wins; a coordinated phrase
("energy and oil and gas") gives one mention per sector it names; words inside an institution's name
or a person's title ("Minister of Foreign Affairs") are not mentions. Every mention keeps its
document, character offsets, sentence and the speaker of that sentence.
"""
    ),
    PARAMETERS,
    SETUP,
    md(
        """
## The lexicon

Sector ids and labels (the patterns themselves are in the lexicon file).
"""
    ),
    code(
        """
lexicon = framing.load_lexicon()
pd.DataFrame({"sector": list(lexicon.sectors), "label": [lexicon.label(s) for s in lexicon.sectors]})
"""
    ),
    md(
        """
## The mentions

One row per mention; `surface` is exactly `text[start:end]` of the document.
"""
    ),
    code(
        """
mentions = framing.find_sector_mentions(docs)
with pd.option_context("display.max_rows", 200):
    display(mentions[["doc_id", "sector", "surface", "start", "end", "sentence_id", "speaker", "side"]])
"""
    ),
    md(
        """
## How often: counts and rates per period

`sector_summary(..., by="period")`: count, rate per 1,000 tokens, share of the period's mentions and
the relative position of the first mention. Every sector of the lexicon is drawn, so absences show.
"""
    ),
    code(
        """
from framing.sectors import sector_by_side, sector_cooccurrence, sector_period_difference, sector_summary

summary = sector_summary(docs, mentions, by="period")
summary
"""
    ),
    code(
        """
plots.textplot_sector_rates(summary)
"""
    ),
    code(
        """
counts = (
    summary.assign(period=summary["period"].astype(str), sector=summary["sector"].astype(str))
    .pivot_table(index="sector", columns="period", values="count", aggfunc="sum", fill_value=0)
    .reindex(columns=list(PERIODS), fill_value=0)
)
counts = counts[(counts > 0).any(axis=1)]
only_ref = [s for s in counts.index if counts.at[s, REFERENCE] > 0 and counts.at[s, TARGET] == 0]
only_tgt = [s for s in counts.index if counts.at[s, TARGET] > 0 and counts.at[s, REFERENCE] == 0]
both = [s for s in counts.index if counts.at[s, TARGET] > 0 and counts.at[s, REFERENCE] > 0]
never = [s for s in lexicon.sectors if s not in counts.index]
total = counts.sum()


def fmt(sectors):
    return ", ".join(f"{lexicon.label(s)} ({counts.at[s, REFERENCE]}→{counts.at[s, TARGET]})" for s in sectors) or "none"


say(
    f"**{int(total[REFERENCE])} mentions** of {int((counts[REFERENCE] > 0).sum())} sectors in {REFERENCE}; "
    f"**{int(total[TARGET])} mentions** of {int((counts[TARGET] > 0).sum())} sectors in {TARGET}.\\n\\n"
    f"* Named in both: {fmt(both)}\\n"
    f"* Only in {REFERENCE}: {fmt(only_ref)}\\n"
    f"* Only in {TARGET}: {fmt(only_tgt)}\\n"
    f"* In neither: {', '.join(lexicon.label(s) for s in never) or 'none'}"
)
"""
    ),
    md(
        """
## Did a sector gain or lose weight? Share differences with their uncertainty

For each sector: the change in its **rate per 1,000 tokens** from the earlier to the later period, with
a 95% bootstrap interval over sentences; its **share of all sector mentions** in each period; Fisher's
exact test on the 2×2 table of counts (this sector against all other mentions, by period) with the odds
ratio; and a flag where counts are too small to conclude.
"""
    ),
    code(
        """
difference = sector_period_difference(docs, mentions, target=TARGET, reference=REFERENCE)
difference
"""
    ),
    code(
        """
plots.textplot_sector_difference(difference)
"""
    ),
    code(
        """
p_col = next(c for c in ("fisher_p", "p_value") if c in difference.columns)
n_small = int(difference["too_small"].sum()) if "too_small" in difference.columns else 0
say(
    f"{len(difference)} sectors compared; the smallest Fisher p-value is "
    f"{difference[p_col].min():.3f}; {int((difference[p_col] < 0.05).sum())} sectors have p < 0.05; "
    f"{n_small} are flagged as too small to conclude."
)
"""
    ),
    md(
        """
**How sure can we be?** With one report per period and single-digit counts per sector, no share
difference is established statistically: the point of the table is to show the size of the
uncertainty. What *can* be said with confidence is descriptive and checkable — which sectors a report
names and which it does not — and that is read off the sentences below.
"""
    ),
    md(
        """
## Every sector in its sentences

The concordance of each sector mentioned, one period after the other (match highlighted; `s<n>` is
the sentence id; speaker and side on the right).
"""
    ),
    code(
        """
for sector in counts.index:
    display(Markdown(f"**{lexicon.label(sector)}** (`{sector}`): {counts.at[sector, REFERENCE]} in {REFERENCE}, "
                     f"{counts.at[sector, TARGET]} in {TARGET}"))
    show_kwic(framing.kwic(docs, sector=sector, mentions=mentions, window=8))
"""
    ),
    md(
        """
## Where in each report

The x-ray: each mention at its relative position in the report (0 = first character of the body).
"""
    ),
    code(
        """
plots.textplot_sector_xray(mentions)
"""
    ),
    code(
        """
by_doc = sector_summary(docs, mentions, by="doc")
pos_col = next(c for c in by_doc.columns if "first" in c)
by_doc.sort_values(["doc_id", pos_col])[["doc_id", "sector", "count", pos_col]]
"""
    ),
    md(
        """
## Who voices each sector

Mentions by the side of the sentence's speaker, per period: `vietnam`, `russia`, `joint` (both sides,
the two leaders) or `narrator` (the agency's voice).
"""
    ),
    code(
        """
by_side = sector_by_side(mentions)
plots.textplot_sector_sides(by_side)
"""
    ),
    code(
        """
side_totals = (
    by_side.assign(period=by_side["period"].astype(str), side=by_side["side"].astype(str))
    .pivot_table(index="side", columns="period", values="count", aggfunc="sum", fill_value=0)
    .reindex(columns=list(PERIODS), fill_value=0)
)
display(side_totals)
top_side = {p: side_totals[p].idxmax() for p in PERIODS}
say(
    "The side voicing most sector mentions: "
    + "; ".join(f"{p}: **{top_side[p]}** ({int(side_totals.at[top_side[p], p])} of {int(side_totals[p].sum())})" for p in PERIODS)
    + "."
)
"""
    ),
    md(
        """
In October most sectors are named in joint statements ("Both sides agreed ...", "The two sides agreed to
reinforce cooperation in security and defence ..."), after Tô Lâm's own list of fields; in February the
concrete fields, and most of the party-to-party agenda, are named by the Russian party heads. Speakers
are attributed by rule (reporting verbs, pronouns resolved to the previous speaker): check a
surprising cell against the sentences in the concordance above.
"""
    ),
    md(
        """
## Which sectors are named together

Sentences naming two sectors (both reports together). Sector lists — "politics, security and defence,
energy and oil and gas, ..." — make most pairs.
"""
    ),
    code(
        """
cooc = sector_cooccurrence(mentions)
plots.textplot_sector_cooccurrence(cooc)
"""
    ),
    md(
        """
## Summary

* October names more sectors, in long lists, mostly as joint statements; February names fewer, and
  inter-party relations (party channels, cadre training, political academies, theory exchanges) become
  its most-mentioned sector, voiced by the Russian side.
* Energy, oil and gas, labour, health, tourism and sports, and transport are named only in October;
  environmental protection only in February.
* Defence and security, science and technology, education, culture and nuclear energy are named in
  both.
* With one short report per period, none of these differences is statistically established (see the
  Fisher p-values and flags above); they describe the two texts, and the concordances show exactly
  where each count comes from. Notebook 05 puts them together.
"""
    ),
]

# ----------------------------------------------------------------------------------------------
# 04 topic models
# ----------------------------------------------------------------------------------------------

NB04 = [
    md(
        """
# 04 · Topic models over the passages that mention sectors

Which themes organise the sentences that talk about sectors, and do the two periods draw on different
ones? A *passage* is a sentence carrying at least one sector mention. With a few dozen passages, topics
are fragile: this notebook shows their **stability** (do they come back with another random start?)
as much as the topics themselves, and compares unseeded fits (NMF, LDA) with a **seeded** fit
anchored to the sector lexicon.
"""
    ),
    PARAMETERS,
    SETUP,
    code(
        """
from framing.topics import choose_k, fit_topics, select_k, topic_proportions

mentions = framing.find_sector_mentions(docs)
passages = framing.sector_passages(docs, mentions)
n_by_period = passages["period"].astype(str).value_counts().reindex(list(PERIODS), fill_value=0)
say(
    f"**{len(passages)} passages**: {n_by_period[REFERENCE]} in {REFERENCE}, "
    f"{n_by_period[TARGET]} in {TARGET}."
)
passages[["passage_id", "period", "sectors", "side", "text"]]
"""
    ),
    md(
        """
## Choosing k

For each method and k = 2…8: coherence (mean NPMI of top-term pairs over passages), diversity (share
of unique terms among the topics' top terms) and stability (mean best-match Jaccard similarity of
top-10 term sets over 5 refits with other seeds; Greene et al. 2014). k is chosen by the most stable
*unseeded* topics (`choose_k`): a topic that changes with the random start is not a finding.
"""
    ),
    code(
        """
ksel = select_k(passages, ks=range(2, 9), random_state=RANDOM_STATE)
K = choose_k(ksel)
plots.textplot_k_selection(ksel)
"""
    ),
    code(
        """
display(ksel.pivot_table(index="k", columns="method", values=["stability", "coherence", "diversity"]))
at_k = ksel[ksel["k"] == K].set_index("method")
say(
    f"Chosen **k = {K}**. At k = {K}, stability is "
    + ", ".join(f"{m} {at_k.at[m, 'stability']:.2f}" for m in at_k.index)
    + "; coherence (NPMI) "
    + ", ".join(f"{m} {at_k.at[m, 'coherence']:.2f}" for m in at_k.index)
    + "."
)
"""
    ),
    md(
        """
## The topics at the chosen k, three ways

One fit per method. Top terms are ranked by LDAvis relevance (λ = 0.6); each topic is labelled with the
sector that dominates the passages it weighs on.
"""
    ),
    code(
        """
models = {m: fit_topics(passages, K, method=m, random_state=RANDOM_STATE) for m in ("nmf", "lda", "seeded")}
for m, model in models.items():
    display(Markdown(f"**{m}** — coherence {model.quality['coherence']:.2f}, diversity "
                     f"{model.quality['diversity']:.2f}, stability {model.quality['stability']:.2f}"))
    display(model.labels[["topic", "label", "sector", "seed_sector", "seed_kept", "coherence", "stability"]])
"""
    ),
    code(
        """
def topic_terms_table(model):
    return model.top_terms.merge(model.labels[["topic", "label", "sector"]], on="topic", how="left")


plots.textplot_topic_terms(topic_terms_table(models["seeded"]), method="seeded")
"""
    ),
    code(
        """
plots.textplot_topic_terms(topic_terms_table(models["nmf"]), method="nmf")
"""
    ),
    md(
        """
## Topic proportions by period

Mean topic proportion over each period's passages with a 95% bootstrap interval over passages (1,000
resamples within each period). A topic is *specific to* a period when the interval of the difference
excludes zero.
"""
    ),
    code(
        """
props = {
    m: topic_proportions(model, passages, by="period", n_boot=1000, random_state=RANDOM_STATE)
    for m, model in models.items()
}
for m, table in props.items():
    display(Markdown(f"**{m}**"))
    display(table[["period", "topic", "label", "n_passages", "mean", "lower", "upper", "diff_lower",
                   "diff_upper", "specific_to", "stability", "few_passages"]])
"""
    ),
    code(
        """
plots.textplot_topic_proportions(props["seeded"], method="seeded")
"""
    ),
    code(
        """
plots.textplot_topic_proportions(props["nmf"], method="nmf")
"""
    ),
    code(
        """
for m, table in props.items():
    spec = table.drop_duplicates("topic")
    spec = spec[spec["specific_to"] != ""]
    say(
        f"**{m}**: "
        + (
            "; ".join(f"topic {t} ({lab}) is specific to {p} (stability {st:.2f})"
                      for t, lab, p, st in zip(spec["topic"], spec["label"], spec["specific_to"], spec["stability"]))
            or "no topic is specific to one period"
        )
        + "."
    )
"""
    ),
    md(
        """
## The passages behind each topic

For the seeded fit: each topic's three heaviest passages, so a topic's label can be checked against the
sentences it summarises.
"""
    ),
    code(
        """
model = models["seeded"]
weights = model.doc_topic.rename_axis(columns="topic").stack().rename("weight").reset_index()
weights = weights.merge(passages[["passage_id", "period", "text"]], on="passage_id")
labels = dict(zip(model.labels["topic"], model.labels["label"]))
with pd.option_context("display.max_colwidth", None):
    for t, grp in weights.sort_values("weight", ascending=False).groupby("topic", sort=True):
        display(Markdown(f"**Topic {t}: {labels[t]}**"))
        display(grp.head(3)[["passage_id", "period", "weight", "text"]])
"""
    ),
    md(
        """
## What the topics can and cannot tell us

* The passages are few and most are long sector lists, so topics largely re-discover the sector
  lexicon's groupings; the seeded fit makes that explicit by anchoring one topic per sector.
* Stability below ~0.5 means a topic's top terms change with the random start: such topics are not
  read as findings.
* Proportion differences between the periods rest on a handful of passages per period; where an
  interval of the difference crosses zero the periods cannot be told apart on that topic.
"""
    ),
]



# ----------------------------------------------------------------------------------------------
# 05 framing comparison (the synthesis)
# ----------------------------------------------------------------------------------------------

NB05 = [
    md(
        """
# 05 · From Pyongyang to Moscow: how the framing of Việt Nam–Russia cooperation changed across the 14th Party Congress

**Material.** Two English-language reports of the Vietnam News Agency (VNA/VNS). *October 2025*: Party
General Secretary Tô Lâm meets Dmitry Medvedev, Chairman of the United Russia Party (URP), in
Pyongyang, **before** the Communist Party of Việt Nam's (CPV) 14th National Congress.
*February 2026*: Foreign Minister Lê Hoài Trung, as the General Secretary's special envoy, briefs
Medvedev and Gennady Zyuganov (Communist Party of the Russian Federation, CPRF) in Moscow on the
Congress's outcomes, **after** it.

**Questions.** Which sectors of cooperation appear, disappear, gain or lose weight between the two
reports? Who voices them — the Vietnamese side, the Russian side, or both jointly? Does the vocabulary
move between a state-to-state and a party-to-party register? What stays the same?

**Method.** Every number below is computed by the `framing` package in the cell next to it: sector
mentions found with the packaged lexicon (`find_sector_mentions`), speakers attributed by reporting
verbs (`attribute_speakers`), keyness (`keyness`), topic models (`fit_topics`). Every claim is followed
by the sentences it rests on (KWIC lines: the match highlighted, `s<n>` the sentence id, the speaker
and side on the right). Notebooks 01–04 give the full tables.

**How sure can we be?** There is one report per period, about 500 words each. The comparison
describes how *these two texts* frame the relationship; it is not a measurement of a trend. The tests
reported below say the same: no single difference is statistically established. Section 7 states the
limits in full.
"""
    ),
    PARAMETERS,
    SETUP,
    code(
        """
from framing.frequencies import keyness, lexical_overview, term_frequencies
from framing.sectors import sector_by_side, sector_period_difference, sector_summary
from framing.topics import fit_topics, topic_proportions
from framing.widgets import kwic_side_by_side_html, term_counts_by_period

lexicon = framing.load_lexicon()
mentions = framing.find_sector_mentions(docs)
tokens = framing.tokenize(docs)
speakers = framing.attribute_speakers(docs)
overview = lexical_overview(docs).set_index("period")
summary = sector_summary(docs, mentions, by="period")
difference = sector_period_difference(docs, mentions, target=TARGET, reference=REFERENCE).set_index("sector")
by_side = sector_by_side(mentions)
key = keyness(docs, TARGET, REFERENCE, by="period", min_count=2)

label = lexicon.label
n_ref, n_tgt = (int(difference[f"count_{w}"].sum()) for w in ("reference", "target"))


def quote(sector=None, term=None, period=None, sentence_ids=None, window=10):
    \"\"\"KWIC lines of a sector or term, optionally of one period or some sentences only.\"\"\"
    rows = framing.kwic(docs, sector=sector, term=term, window=window, mentions=mentions)
    if period is not None:
        rows = rows[rows["period"].astype(str) == period]
    if sentence_ids is not None:
        rows = rows[rows["sentence_id"].isin(sentence_ids)]
    show_kwic(rows)


def side_by_side(sector=None, term=None, window=10):
    counts = term_counts_by_period(docs, sector=sector, term=term, periods=PERIODS, mentions=mentions, tokens=tokens)
    display(HTML(kwic_side_by_side_html(docs, sector=sector, term=term, periods=PERIODS, mentions=mentions,
                                        window=window, counts=counts)))


def sentence(period, containing=""):
    \"\"\"The first sentence of the period's report containing a phrase, quoted with its id and speaker.\"\"\"
    rows = speakers[(speakers["period"].astype(str) == period) & speakers["text"].str.contains(containing, regex=False)]
    if rows.empty:
        return f"> (no sentence of {period} contains {containing!r})"
    row = rows.iloc[0]
    return f"> {row.text}  \\n> — *{row.doc_id}, s{row.sentence_id}; speaker: {row.speaker} ({row.side})*"
"""
    ),
    md(
        """
## 1. Two occasions, two genres

The reports are not two instances of the same event. October reports a **meeting between two party
leaders**, held on the sidelines of a state visit to a third country; February reports a **briefing**:
a special envoy tells two Russian parties what the CPV Congress decided, and each responds. The opening
sentences set the frames:
"""
    ),
    code(
        """
say(sentence(REFERENCE) + "\\n\\n" + sentence(TARGET))
"""
    ),
    code(
        """
sides = speakers.assign(period=speakers["period"].astype(str)).pivot_table(
    index="side", columns="period", values="sentence_id", aggfunc="count", fill_value=0
).reindex(columns=list(PERIODS), fill_value=0)
display(sides)
say(
    f"The {REFERENCE} report has {overview.at[REFERENCE, 'n_tokens']} word tokens in "
    f"{overview.at[REFERENCE, 'n_sentences']} sentences, of which **{sides.at['joint', REFERENCE]} are joint** "
    f"statements; the {TARGET} report has {overview.at[TARGET, 'n_tokens']} tokens in "
    f"{overview.at[TARGET, 'n_sentences']} sentences, of which **{sides.get(TARGET, {}).get('joint', 0)} is joint** "
    f"and **{sides.at['russia', TARGET]} are voiced by the Russian side**."
)
"""
    ),
    md(
        """
The genre shows in who speaks. In October the two leaders speak *together* ("Both sides agreed ...",
"The two leaders expressed satisfaction ..."); in February the voices are *separate*: the envoy reports,
the Russian party heads answer. Any difference in sectors below must be read against this: a briefing
on a congress is not a negotiation of a cooperation agenda.
"""
    ),
    md(
        """
## 2. Which sectors appear and which disappear

Sector mentions per period, every sector of the lexicon listed. The counts are small; the rates (per
1,000 word tokens) correct for the February report being shorter.
"""
    ),
    code(
        """
plots.textplot_sector_rates(summary)
"""
    ),
    code(
        """
table = difference[["label", "count_reference", "count_target", "share_reference", "share_target", "odds_ratio",
                    "p_value", "too_small"]].rename(columns={"count_reference": REFERENCE, "count_target": TARGET})
display(table)
c_ref, c_tgt = difference["count_reference"], difference["count_target"]
gone = [s for s in difference.index if c_ref[s] > 0 and c_tgt[s] == 0]
new = [s for s in difference.index if c_ref[s] == 0 and c_tgt[s] > 0]
kept = [s for s in difference.index if c_ref[s] > 0 and c_tgt[s] > 0]


def listing(sectors):
    return ", ".join(f"{label(s)} ({c_ref[s]}→{c_tgt[s]})" for s in sectors) or "none"


say(
    f"**{n_ref} sector mentions of {int((c_ref > 0).sum())} sectors** in {REFERENCE}; "
    f"**{n_tgt} mentions of {int((c_tgt > 0).sum())} sectors** in {TARGET}.\\n\\n"
    f"* **Disappear** (named in {REFERENCE} only): {listing(gone)}.\\n"
    f"* **Appear** (named in {TARGET} only): {listing(new)}.\\n"
    f"* **Named in both**: {listing(kept)}."
)
"""
    ),
    md(
        """
**What disappears is the economic and sectoral agenda of October.** October's Tô Lâm lists the fields
where Việt Nam "wishes to expand collaboration", and the joint part of the meeting adds energy, oil and
gas, nuclear power and labour, health, sports and tourism, transport connectivity. None of energy (other
than nuclear energy), oil and gas, labour, health, tourism or transport reappears in February:
"""
    ),
    code(
        """
for s in gone:
    display(Markdown(f"**{label(s)}**"))
    quote(sector=s)
"""
    ),
    md(
        """
**What appears** is the Congress's own vocabulary of development — environmental protection, voiced
by the envoy reporting the Congress's growth model:
"""
    ),
    code(
        """
for s in new:
    display(Markdown(f"**{label(s)}**"))
    quote(sector=s)
"""
    ),
    md(
        """
February keeps a *shorter list* of practical fields — in Medvedev's mouth, not the Vietnamese
side's — and the Congress's growth model in the envoy's:
"""
    ),
    code(
        """
say(sentence(TARGET, "wide range of sectors") + "\\n\\n" + sentence(TARGET, "growth model"))
"""
    ),
    md(
        """
## 3. Which sectors gain or lose weight

A sector's **share** of all sector mentions in its report and its **rate** per 1,000 tokens; the change
of the rate between the reports with a 95% bootstrap interval over sentences; Fisher's exact test on
the counts (this sector against all other mentions, by period) and the flag for counts too small to
conclude.
"""
    ),
    code(
        """
plots.textplot_sector_difference(difference.reset_index())
"""
    ),
    code(
        """
moved = difference[(c_ref > 0) & (c_tgt > 0)].sort_values("share_diff")


def trend(s):
    d = difference.at[s, "share_diff"]
    return "gain weight" if d > 0 else "lose weight" if d < 0 else "keep their weight"

gainer, loser = moved.index[-1], moved.index[0]


def share_line(s):
    d = difference.loc[s]
    return (f"**{label(s)}**: {d.count_reference} of {n_ref} mentions ({100 * d.share_reference:.0f}%) in {REFERENCE}, "
            f"{d.count_target} of {n_tgt} ({100 * d.share_target:.0f}%) in {TARGET}; odds ratio {d.odds_ratio:.2f}, "
            f"Fisher p = {d.p_value:.3f}; rate {d.rate_diff:+.1f} per 1,000 tokens (95% interval {d.ci_low:+.1f} to "
            f"{d.ci_high:+.1f})" + (" — too few mentions to conclude" if d.too_small else ""))


say(
    f"Largest gain among the sectors named in both reports — {share_line(gainer)}.\\n\\n"
    f"Largest loss — {share_line(loser)}.\\n\\n"
    f"Smallest Fisher p-value over all {len(difference)} sectors: {difference['p_value'].min():.3f}; "
    f"{int(difference['too_small'].sum())} of {len(difference)} sectors are flagged as too small to conclude."
)
"""
    ),
    md(
        """
**Inter-party relations gain the most weight; politics and diplomacy lose.** In October the party
channel is one item among many — "cooperation channels between the two Parties", the Ho Chi Minh
National Academy of Politics and the United Russia Party School. In February it is the densest topic of
the report: an inter-party cooperation plan for 2026–2028, cadre training, the two parties' political
academies, party-to-party relations, theory exchanges. The direction is clear in the text; the Fisher
p-value and the too-small flags printed above show that the test cannot establish it on these counts,
so it is a description of these two reports, not an estimate of a trend.
"""
    ),
    code(
        """
side_by_side(sector="party")
"""
    ),
    md(
        """
## 4. Who voices the sectors

Sector mentions by the side of the sentence's speaker. *Joint* means "both sides", "the two leaders" or
"they" after such a subject; *narrator* is the agency's own voice.
"""
    ),
    code(
        """
plots.textplot_sector_sides(by_side)
"""
    ),
    code(
        """
voice = by_side.assign(period=by_side["period"].astype(str), side=by_side["side"].astype(str)).pivot_table(
    index="side", columns="period", values="count", aggfunc="sum", fill_value=0
).reindex(columns=list(PERIODS), fill_value=0)
party_voice = by_side[by_side["sector"].astype(str) == "party"].assign(
    period=lambda t: t["period"].astype(str)
).pivot_table(index="side", columns="period", values="count", aggfunc="sum", fill_value=0)
display(voice)


def share_of(table, side, period):
    total = table[period].sum()
    n = int(table.at[side, period]) if side in table.index else 0
    return f"{n} of {int(total)} ({100 * n / total:.0f}%)" if total else "0 of 0"


say(
    f"In {REFERENCE}, **{share_of(voice, 'joint', REFERENCE)}** sector mentions are voiced jointly and "
    f"{share_of(voice, 'vietnam', REFERENCE)} by the Vietnamese side; the Russian side voices "
    f"{share_of(voice, 'russia', REFERENCE)}.\\n\\n"
    f"In {TARGET}, **{share_of(voice, 'russia', TARGET)}** are voiced by the Russian side, "
    f"{share_of(voice, 'vietnam', TARGET)} by the Vietnamese side and {share_of(voice, 'joint', TARGET)} jointly.\\n\\n"
    f"Inter-party relations: {share_of(party_voice, 'russia', TARGET)} of the {TARGET} mentions are the Russian "
    f"side's, against {share_of(party_voice, 'russia', REFERENCE)} in {REFERENCE}."
)
"""
    ),
    md(
        """
**From a joint agenda to Russian voices.** In October, Tô Lâm states Việt Nam's wish list and the rest
of the agenda is presented as agreed by both sides. In February the concrete cooperation agenda —
including most of the party-to-party programme — is put in the mouths of the Russian party
heads: Medvedev names the cooperation plan, cadre training and the political academies; Zyuganov
party-to-party relations and theory exchanges. The Vietnamese envoy's own proposals are reported only
in general terms:
"""
    ),
    code(
        """
say("\\n\\n".join(sentence(TARGET, p) for p in ("several proposals", "inter-party cooperation", "party-to-party")))
"""
    ),
    md(
        """
This is a framing choice of the Vietnamese agency: the Congress's outcome is presented to, and its
party agenda endorsed by, the Russian side — including praise of Việt Nam's renewal ("Zyuganov
described Việt Nam as a model for developing countries"). Caveat: speakers are attributed by rule, and
a sentence that continues a reported speech without a reporting verb falls to the narrator (February
s3, "For the first time, foreign affairs ... has been identified as a key and regular task", continues
Trung's report but is attributed to the narrator).
"""
    ),
    md(
        """
## 5. State-to-state or party-to-party vocabulary?

Two small lists of terms, chosen by the analyst and shown here so that they can be changed: terms of
the **party register** (party organs, party channels, the Congress and its doctrine) and of the **state
register** (state offices and state-level relations). Each term is counted as `framing.kwic` matches it
(case, diacritics and plurals ignored; inside names too — "Minister" in a title counts).
"""
    ),
    code(
        """
# register -> kind -> terms (non-overlapping phrases: "President Putin" is counted once, as "President")
REGISTERS = {
    "party": {
        "party organs": ["Communist Party of Việt Nam", "CPV", "Central Committee", "Politburo"],
        "party channels": ["inter-party", "party-to-party", "cadre", "theory"],
        "the Congress and its doctrine": ["congress", "renewal"],
    },
    "state": {
        "head of state": ["state", "President"],
        "government and diplomacy": ["government", "minister", "foreign affairs", "parliamentary"],
        "partnership": ["Comprehensive Strategic Partnership", "strategic partner"],
    },
}

rows = []
for register, kinds in REGISTERS.items():
    for kind, terms in kinds.items():
        for t in terms:
            c = term_counts_by_period(docs, term=t, periods=PERIODS, mentions=mentions, tokens=tokens).set_index("period")
            rows.append({"register": register, "kind": kind, "term": t, REFERENCE: int(c.at[REFERENCE, "count"]),
                         TARGET: int(c.at[TARGET, "count"])})
registers = pd.DataFrame(rows)
display(registers)
totals = registers.groupby("register")[list(PERIODS)].sum()
kinds = registers.groupby(["register", "kind"], sort=False)[list(PERIODS)].sum()
display(kinds)


def arrow(table, idx):
    return f"{table.at[idx, REFERENCE]} → {table.at[idx, TARGET]}"


say(
    f"Party-register terms: **{arrow(totals, 'party')}**; state-register terms: **{arrow(totals, 'state')}** "
    f"(word tokens: {overview.at[REFERENCE, 'n_tokens']} → {overview.at[TARGET, 'n_tokens']}). Within the state "
    f"register, head-of-state terms {arrow(kinds, ('state', 'head of state'))}, government and diplomacy terms "
    f"{arrow(kinds, ('state', 'government and diplomacy'))}. Sector mentions: inter-party relations "
    f"{c_ref['party']} → {c_tgt['party']}, politics and diplomacy {c_ref['diplomacy']} → {c_tgt['diplomacy']}."
)
"""
    ),
    md(
        """
**The register shifts towards the party; the state changes kind rather than disappearing.** The
party vocabulary multiplies: the CPV, its Central Committee and Politburo, the Congress, *renewal* and
*theory*. The state vocabulary does not shrink as much, but it changes kind: October's is that of heads
of state — a *state visit*, "the two Parties, *States* and peoples", greetings to and from *President*
Putin and an invitation to him; February names no head of state and speaks instead through a
government office — the envoy is the *Minister of Foreign Affairs*, "foreign affairs" is a task of
the Congress, Zyuganov supports "parliamentary channels" — while the Comprehensive Strategic
Partnership is reaffirmed in both. Part of the party count is the CPV's own name, which the February
report repeats as the subject of the Congress; the party-channel and doctrine terms, which October
hardly uses, are the clearer signal (table above). The keyness test puts numbers on the contrast — and
on its weakness:
"""
    ),
    code(
        """
cols = ["display", "count_reference", "count_target", "g2", "p_value", "p_adjusted", "log_ratio", "direction"]
named = ["renewal", "Central Committee", "president", "Vladimir Putin", "state", "theory"]
display(key[key["display"].str.lower().isin([n.lower() for n in named])][cols])
say(
    f"{len(key)} terms tested; the most key is *{key.sort_values('g2').iloc[-1]['display']}* "
    f"(G² = {key['g2'].max():.2f}); **{int((key['p_adjusted'] < 0.05).sum())} terms** remain significant after "
    f"the Benjamini–Hochberg adjustment (smallest adjusted p = {key['p_adjusted'].min():.2f})."
)
"""
    ),
    code(
        """
for t in ("States", "President", "Central Committee", "renewal"):
    display(Markdown(f"**{t}**"))
    quote(term=t)
"""
    ),
    md(
        """
## 6. What stays the same

The core of the relationship is framed identically. Both reports:

* name **defence and security, science and technology, education, culture** and **nuclear energy**;
* reaffirm the **Comprehensive Strategic Partnership** (jointly in October, by the envoy in February);
* record an exchange of views on **regional and international issues**;
* close with an **invitation to visit Việt Nam**.
"""
    ),
    code(
        """
steady = [s for s in kept if abs(int(c_ref[s]) - int(c_tgt[s])) <= 1]
say("Sectors named in both reports with counts differing by at most one: " + listing(steady) + ".")
"""
    ),
    code(
        """
for t in ("Comprehensive Strategic Partnership", "issues", "visit Việt Nam"):
    display(Markdown(f"**{t}**"))
    side_by_side(term=t)
"""
    ),
    md(
        """
Topic models over the passages that mention sectors (notebook 04) look for the same stability from
another side: a seeded fit with three topics, each anchored to one of the most-mentioned sectors. If
the reports drew on different themes, some topic would be specific to one period (the interval of
its proportion difference excluding zero); the count is printed below.
"""
    ),
    code(
        """
passages = framing.sector_passages(docs, mentions)
K_TOPICS = 3
model = fit_topics(passages, K_TOPICS, method="seeded", random_state=RANDOM_STATE)
props = topic_proportions(model, passages, by="period", n_boot=1000, random_state=RANDOM_STATE)
display(props[["period", "topic", "label", "n_passages", "mean", "lower", "upper", "specific_to", "stability"]])
n_specific = int((props.drop_duplicates("topic")["specific_to"] != "").sum())
say(
    f"{len(passages)} passages ({', '.join(f'{n} in {p}' for p, n in passages['period'].astype(str).value_counts().sort_index().items())}); "
    f"{K_TOPICS} seeded topics ({'; '.join(model.labels['label'])}), stability {model.quality['stability']:.2f}; "
    f"**{n_specific} topic(s)** specific to one period (95% bootstrap interval of the difference excluding zero)."
)
"""
    ),
    code(
        """
plots.textplot_topic_proportions(props, method="seeded")
"""
    ),
    md(
        """
## 7. Limits of a two-document comparison

* **One report per period.** Every difference could be a difference between two occasions — a
  leaders' meeting on the sidelines of a state visit, and an envoy's briefing on a congress — rather
  than between before and after the Congress. The design cannot separate the two; only more reports
  per period (e.g. other VNA reports on Russia, or on other partners, in each period) could.
* **Different speakers and audiences.** The Vietnamese speaker is the General Secretary in October and
  the Foreign Minister as his envoy in February; the Russian side is one party in October, two in
  February (the CPRF adds a party-to-party, ideological voice).
* **Small counts.** About 500 word tokens and a few dozen sector mentions per report. No single sector
  or term difference is significant after adjustment; bootstrap intervals are wide; most sectors are
  flagged as too small to conclude. The findings are descriptive — *what these texts say* — backed by
  the quoted sentences, not estimates.
* **Agency texts in translation.** These are VNA's English releases: the framing is the agency's
  editorial selection of what was said, in translation; a Vietnamese-language version or the Russian
  side's reports may frame the same meetings differently.
* **Instrument choices.** The sector lexicon, its exclusions, the speaker rules and the two register
  lists are the analyst's; each is data in the package or a parameter here, so they can be changed
  and the notebook re-run. Attribution by rule misses reported speech without a reporting verb.
"""
    ),
    md(
        """
## 8. Findings
"""
    ),
    code(
        """
say(
    f"1. **The sectoral agenda narrows.** {n_ref} sector mentions of {int((c_ref > 0).sum())} sectors in {REFERENCE} "
    f"against {n_tgt} of {int((c_tgt > 0).sum())} in {TARGET}; {listing(gone)} are not named after the Congress; "
    f"only {listing(new)} is new.\\n"
    f"2. **Inter-party relations {trend('party')}**: {share_line('party')}.\\n"
    f"3. **Politics and diplomacy {trend('diplomacy')}**: {share_line('diplomacy')}.\\n"
    f"4. **Voices change**: joint statements carry {share_of(voice, 'joint', REFERENCE)} sector mentions in "
    f"{REFERENCE}; the Russian side carries {share_of(voice, 'russia', TARGET)} in {TARGET}, including "
    f"{share_of(party_voice, 'russia', TARGET)} inter-party mentions.\\n"
    f"5. **The register moves towards the party**: party-register terms {arrow(totals, 'party')}, state-register "
    f"terms {arrow(totals, 'state')} — head-of-state terms {arrow(kinds, ('state', 'head of state'))}, government and "
    f"diplomacy terms {arrow(kinds, ('state', 'government and diplomacy'))}.\\n"
    f"6. **The core is stable**: {listing(steady)}; the Comprehensive Strategic Partnership, the exchange on "
    f"regional and international issues and the invitation to visit Việt Nam appear in both.\\n"
    f"7. **None of this is statistically established** on two texts: smallest sector Fisher p = "
    f"{difference['p_value'].min():.2f}, {int((key['p_adjusted'] < 0.05).sum())} key terms after adjustment, "
    f"{n_specific} period-specific topics."
)
"""
    ),
]


# ----------------------------------------------------------------------------------------------
# 06 explore
# ----------------------------------------------------------------------------------------------

NB06 = [
    md(
        """
# 06 · Explore the two reports

An interactive explorer for JupyterLab (ipywidgets):

* **Sectors and terms** — pick a sector, or choose "(type a term instead)" and type a word or phrase
  (press Enter): the counts per period (count, word tokens, rate per 1,000) and the concordance lines
  side by side, one column per period, the match highlighted. `s<n>` is the sentence id; the speaker
  and side of the sentence are on the right.
* **Topics** — pick a method (`nmf`, `lda`, `seeded`) and a number of topics k: the top terms of each
  topic with its coherence and stability, and the mean topic proportion per period with its 95%
  bootstrap interval.

The widgets only wire controls to functions of `framing.widgets` (`term_counts_by_period`,
`kwic_side_by_side_html`, `topic_view`), which are tested without a browser. Run all cells, then use
the controls; a static copy of the same views follows for readers of the exported HTML, where widgets
do not run.
"""
    ),
    PARAMETERS,
    SETUP,
    code(
        """
from framing.widgets import build_explorer, counts_html, kwic_side_by_side_html, term_counts_by_period, topic_view, topic_view_html

mentions = framing.find_sector_mentions(docs)
passages = framing.sector_passages(docs, mentions)
explorer = build_explorer(docs, mentions=mentions, passages=passages, periods=PERIODS, random_state=RANDOM_STATE)
explorer
"""
    ),
    md(
        """
## The same views, static

Change `SECTOR`, `TERM`, `METHOD` or `K` and re-run the cells below to see other views without widgets.
"""
    ),
    code(
        """
SECTOR = "party"
TERM = "cooperation"
METHOD = "seeded"
K = 4
"""
    ),
    code(
        """
counts = term_counts_by_period(docs, sector=SECTOR, periods=PERIODS, mentions=mentions)
display(HTML(counts_html(counts, f"sector {SECTOR}")))
display(HTML(kwic_side_by_side_html(docs, sector=SECTOR, periods=PERIODS, mentions=mentions, counts=counts)))
"""
    ),
    code(
        """
counts = term_counts_by_period(docs, term=TERM, periods=PERIODS, mentions=mentions)
display(HTML(counts_html(counts, f"term {TERM}")))
display(HTML(kwic_side_by_side_html(docs, term=TERM, periods=PERIODS, mentions=mentions, counts=counts)))
"""
    ),
    code(
        """
terms, proportions = topic_view(passages, method=METHOD, k=K, random_state=RANDOM_STATE)
display(HTML(topic_view_html(terms, proportions)))
"""
    ),
]


NOTEBOOKS = {
    "01-corpus-overview.ipynb": NB01,
    "02-term-frequencies-and-keyness.ipynb": NB02,
    "03-sector-mentions.ipynb": NB03,
    "04-topic-models.ipynb": NB04,
    "05-framing-comparison.ipynb": NB05,
    "06-explore.ipynb": NB06,
}


def main(argv=None) -> int:
    names = (argv or sys.argv)[1:] or list(NOTEBOOKS)
    for name in names:
        print(write(name, NOTEBOOKS[name]).relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
