"""Tests of framing.plots.topics: topic terms, proportions and k selection on hand-made tables."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from framing import plots
from framing.errors import InputError
from framing.lexicons import load_lexicon
from framing.plots import FALLBACK_COLOURS, PERIOD_COLOURS
from framing.plots.style import panel_title

P1, P2 = "2025-10", "2026-02"


def texts(fig: Figure) -> list[str]:
    out = [t.get_text() for t in fig.findobj(mpl.text.Text)]
    return [t for t in out if t]


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


@pytest.fixture(scope="module")
def lexicon():
    """What the reporting layer passes: the lexicon's labels and colours."""
    lex = load_lexicon()
    return {"labels": lex.labels(), "colours": lex.colours()}


def topic_terms_table() -> pd.DataFrame:
    rows = []
    for method in ("nmf", "seeded"):
        for topic in (1, 2):
            for rank in (1, 2, 3):
                rows.append(
                    (
                        method,
                        topic,
                        rank,
                        f"t{topic}{rank}",
                        1.0 / rank,
                        method == "seeded" and rank == 1,
                        "party" if topic == 1 else "energy",
                        0.9,
                    )
                )
    return pd.DataFrame(
        rows, columns=["method", "topic", "rank", "term", "weight", "seed", "sector", "stability"]
    )


def test_topic_terms_one_panel_per_method_and_topic(lexicon):
    fig = plots.textplot_topic_terms(topic_terms_table(), n=2, **lexicon)
    panels = [ax for ax in fig.axes if ax.get_visible() and bars(ax)]
    assert len(panels) == 4
    titles = [panel_title(ax) for ax in panels]
    assert titles[0] == "Seeded · topic 1 · stab. 0.90\nInter-party relations"  # seeded first
    assert titles[2].startswith("NMF · topic 1")
    first = panels[0]
    assert [t.get_text() for t in first.get_yticklabels()] == ["t11", "t12"]
    assert [t.get_fontweight() for t in first.get_yticklabels()] == ["bold", "normal"]
    assert [b.get_width() for b in bars(first)] == [1.0, 0.5]
    assert mpl.colors.to_hex(bars(first)[0].get_facecolor()) == lexicon["colours"]["party"].lower()
    fig = plots.textplot_topic_terms(topic_terms_table(), method="nmf")
    assert len([ax for ax in fig.axes if bars(ax)]) == 2
    with pytest.raises(InputError, match="no method 'lda'"):
        plots.textplot_topic_terms(topic_terms_table(), method="lda")


def test_topic_terms_without_lexicon_options_use_ids_and_fallback_colours():
    table = topic_terms_table().assign(seed_sector="")  # unseeded: the dominant sector counts
    table.loc[table["topic"] == 2, "sector"] = None  # a topic without a sector
    fig = plots.textplot_topic_terms(table, method="seeded")
    one, two = [ax for ax in fig.axes if bars(ax)]
    assert panel_title(one).endswith("\nparty")
    assert mpl.colors.to_hex(bars(one)[0].get_facecolor()) == FALLBACK_COLOURS[0].lower()
    assert "\n" not in panel_title(two)
    assert mpl.colors.to_hex(bars(two)[0].get_facecolor()) == PERIOD_COLOURS[0].lower()


def test_topic_proportions_points_and_intervals_per_period():
    prop = pd.DataFrame(
        {
            "method": "nmf",
            "topic": [1, 1, 2, 2],
            "period": [P1, P2, P1, P2],
            "mean": [0.4, 0.5, 0.6, 0.5],
            "lower": [0.1, 0.2, 0.3, 0.25],
            "upper": [0.7, 0.8, 0.9, 0.75],
            "n_passages": [8, 9, 8, 9],
        }
    )
    for table, by in ((prop, "period"), (prop.rename(columns={"period": "wave"}), "wave")):
        fig = plots.textplot_topic_proportions(table, by=by)
        ax = fig.axes[0]
        intervals = sorted(
            tuple(ln.get_xdata())
            for ln in ax.lines
            if len(ln.get_xdata()) == 2 and ln.get_marker() in ("None", "", None)
        )
        assert intervals == [(0.1, 0.7), (0.2, 0.8), (0.25, 0.75), (0.3, 0.9)]
        assert {f"{P1}, 8 passages", f"{P2}, 9 passages"} <= set(texts(fig))


def test_k_selection_one_line_per_method_and_measure():
    sel = pd.DataFrame(
        {
            "method": ["nmf"] * 3 + ["lda"] * 3,
            "k": [2, 3, 4] * 2,
            "coherence": [0.1, 0.3, 0.2, 0.0, 0.1, 0.05],
            "diversity": [1.0, 0.9, 0.8, 1.0, 0.95, 0.7],
            "stability": [1.0, 0.97, 0.8, 0.4, 0.41, 0.3],
            "chosen": [False, True, False, False, True, False],
        }
    )
    fig = plots.textplot_k_selection(sel)
    panels = fig.axes[:3]
    assert [ax.get_title(loc="left") for ax in panels] == [
        "Coherence (mean NPMI)",
        "Diversity (unique terms)",
        "Stability (mean Jaccard)",
    ]
    for ax in panels:
        series = [ln for ln in ax.lines if len(ln.get_xdata()) == 3]
        assert len(series) == 2
        circled = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
        assert [float(ln.get_xdata()[0]) for ln in circled] == [3.0, 3.0]
    assert any("chosen k = 3" in t for t in texts(fig))


def test_k_selection_says_when_k_is_not_determined_and_states_the_rule():
    # issue 15: "the k-selection figure circles k = 3 while coherence peaks at k = 4, and does not
    # state the rule"; with no clear winner it must say that k is not determined, with the range.
    rule = ("k = highest mean stability of nmf and lda over 21 fits (ties: coherence, then smaller "
            "k); determined only if it also wins >= 70% of 200 random subsets of 6 fits and has "
            ">= 10 passages per topic")
    sel = pd.DataFrame(
        {
            "method": ["nmf"] * 3 + ["lda"] * 3,
            "k": [2, 3, 4] * 2,
            "coherence": [0.1, 0.3, 0.2, 0.0, 0.1, 0.05],
            "stability": [0.9, 0.8, 0.8, 0.4, 0.41, 0.3],
            "win_share": [0.55, 0.15, 0.3] * 2,
            "wins": [110, 30, 60] * 2,
            "chosen": [True, False, False] * 2,
            "k_status": "not determined",
            "k_range": "2–4",
            "k_reason": "k = 2 wins 55% of the seed subsets (< 70%)",
            "rule": rule,
        }
    )
    fig = plots.textplot_k_selection(sel)
    t = " ".join(x.replace("\n", " ") for x in texts(fig))
    assert "k not determined: k = 2 shown (grey circle), k = 2–4 win seed subsets" in t
    assert "Not determined: k = 2 wins 55% of the seed subsets (< 70%)." in t
    assert "Rule: k = highest mean stability of nmf and lda over 21 fits" in t
    # the votes: one bar per k, the threshold drawn
    votes = fig.axes[2]  # coherence, stability, votes
    assert votes.get_title(loc="left") == "Seed subsets won"
    assert [round(b.get_height(), 2) for b in bars(votes)] == [0.55, 0.15, 0.3]
    assert any(ln.get_ydata()[0] == 0.7 for ln in votes.lines)
    # the k shown is circled in grey, not black, when not determined
    circled = [ln for ln in fig.axes[0].lines if len(ln.get_xdata()) == 1]
    assert {mpl.colors.to_hex(ln.get_markeredgecolor()) for ln in circled} == {"#999999"}
    # determined: black circle, "chosen k"
    fig = plots.textplot_k_selection(sel.assign(k_status="determined", k_range="2"))
    assert any("circled: chosen k = 2" in x for x in texts(fig))
    circled = [ln for ln in fig.axes[0].lines if len(ln.get_xdata()) == 1]
    assert {mpl.colors.to_hex(ln.get_markeredgecolor()) for ln in circled} == {"#222222"}


def test_topic_terms_show_the_coherence_of_topics_and_models(lexicon):
    # issue 15: "the seeded model's coherence is negative (-0.14) and not reported"
    table = topic_terms_table().assign(
        coherence=[-0.14] * 6 + [0.3] * 6, model_coherence=[-0.14] * 6 + [0.3] * 6, k=2,
        k_status="not determined", k_range="2–8",
    )
    table.loc[table["method"] == "nmf", ["coherence", "model_coherence"]] = 0.3
    table.loc[table["method"] == "seeded", ["coherence", "model_coherence"]] = -0.14
    fig = plots.textplot_topic_terms(table, n=2, **lexicon)
    t = texts(fig)
    assert any("coh. -0.14" in x for x in t) and any("coh. 0.30" in x for x in t)
    title = fig.get_suptitle().replace("\n", " ")
    assert "model coherence: Seeded -0.14, NMF 0.30" in title
    assert "not determined (k = 2–8 possible)" in title


def test_topic_proportions_show_sector_names_not_ids(lexicon):
    # issue 17: "topic-proportions-by-period shows raw ids like [science_technology]"
    table = pd.DataFrame({
        "topic": [1, 2, 3], "period": P1, "mean": [0.5, 0.3, 0.2],
        "label": ["energy / defence / security [science_technology]", "oil_gas", "trade / rice"],
    })
    fig = plots.textplot_topic_proportions(table, labels=lexicon["labels"])
    ticks = [" ".join(t.get_text().split()) for t in fig.axes[0].get_yticklabels()]
    # tick labels from the bottom up: topic 1 is drawn on top
    assert ticks == ["3: trade / rice", "2: Oil & gas",
                     "1: energy / defence / security (Science & technology)"]
    # without the lexicon's labels, the id is spelled out, never shown raw
    fig = plots.textplot_topic_proportions(table)
    ticks = [" ".join(t.get_text().split()) for t in fig.axes[0].get_yticklabels()]
    assert "1: energy / defence / security (Science technology)" in ticks
    assert "2: Oil gas" in ticks
    assert not [t for t in ticks if "_" in t or "[" in t]


def test_topic_terms_bars_follow_their_length_among_the_most_relevant_terms(lexicon):
    # issue 17: bars were ordered by relevance but drawn by weight, so lengths jumped. Relevance
    # ranks a (0.2), b (0.5), c (0.4): with n=2 the two most relevant, a and b, are drawn longest
    # first: b (0.5 / 0.5 = 1.0) above a (0.2 / 0.5 = 0.4); c is not among them
    table = pd.DataFrame({"topic": 1, "rank": [1, 2, 3], "term": ["a", "b", "c"],
                          "weight": [0.2, 0.5, 0.4], "sector": "trade"})
    fig = plots.textplot_topic_terms(table, n=2)
    ax = fig.axes[0]
    top_down = sorted(bars(ax), key=lambda b: -b.get_y())
    assert [round(b.get_width(), 6) for b in top_down] == [1.0, 0.4]
    labels = sorted(ax.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in labels] == ["b", "a"]
    # equal weights keep the relevance order
    table["weight"] = [0.3, 0.3, 0.3]
    fig = plots.textplot_topic_terms(table, n=3)
    labels = sorted(fig.axes[0].get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in labels] == ["a", "b", "c"]


def test_topic_figures_say_when_a_sample_was_fitted():
    from framing.plots.topics import sample_note

    sampled = pd.DataFrame({"sample": ["stratified sample"], "sample_size": [500], "population": [50270],
                            "sample_seed": [7], "strata": ["period x rarest sector"]})
    assert sample_note(sampled) == (
        "; fitted on a stratified sample of 500 of 50,270 passages (seed 7; strata: period x rarest sector)"
    )
    whole = sampled.assign(sample="all passages", sample_size=17, population=17)
    assert sample_note(whole) == "" and sample_note(pd.DataFrame()) == ""
    selection = pd.DataFrame({"method": "nmf", "k": [2, 3], "coherence": [0.1, 0.2], "diversity": [0.9, 0.8],
                              "stability": [0.7, 0.6]}).assign(**sampled.iloc[0].to_dict())
    fig = plots.textplot_k_selection(selection)
    assert "stratified sample of 500 of 50,270" in fig.get_suptitle().replace("\n", " ")
