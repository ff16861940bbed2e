"""Topic models over sector passages: passages, quality measures by hand, fits, period comparison."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from framing.errors import AnalysisError
from framing.tokens import split_sentences, tokenize
from framing.topics import (
    METHODS,
    PASSAGE_COLUMNS,
    TopicModel,
    TopicOptions,
    choose_k,
    fit_topics,
    jaccard_stability,
    npmi_coherence,
    passage_terms,
    relevance,
    sector_passages,
    select_k,
    topic_diversity,
    topic_proportions,
)

# ---------------------------------------------------------------------------------------------
# Passages
# ---------------------------------------------------------------------------------------------

TEXT_A = "Leaders discussed oil and gas, and new schools. They met twice.\n\nHealth care matters to Viet Nam."
TEXT_B = "Schools and hospitals grew."


@pytest.fixture
def small_docs():
    return pd.DataFrame(
        {"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [TEXT_A, TEXT_B]}
    )


@pytest.fixture
def small_sentences(small_docs):
    # a: 0 "Leaders discussed oil and gas, and new schools." 1 "They met twice."
    #    2 "Health care matters to Viet Nam." (second paragraph);  b: 0 the whole text
    return split_sentences(small_docs)


def _mention(doc, text, phrase, sector, side, sentence_id):
    start = text.index(phrase)
    return {"doc_id": doc, "sector": sector, "start": start, "end": start + len(phrase),
            "surface": phrase, "sentence_id": sentence_id, "side": side}


@pytest.fixture
def small_mentions():
    return pd.DataFrame(
        [
            _mention("a", TEXT_A, "oil and gas", "oil_gas", "vietnam", 0),
            _mention("a", TEXT_A, "schools", "education", "vietnam", 0),
            _mention("a", TEXT_A, "Health care", "health", "russia", 2),
            _mention("b", TEXT_B, "Schools", "education", "narrator", 0),
            _mention("b", TEXT_B, "hospitals", "health", "narrator", 0),
        ]
    )


def test_sentence_passages(small_sentences, small_mentions, small_docs):
    assert small_sentences["sentence_id"].tolist() == [0, 1, 2, 0]
    p = sector_passages(small_mentions, small_sentences)
    assert list(p.columns) == PASSAGE_COLUMNS
    # sentence 1 of doc a ("They met twice.") has no mention, so it is not a passage
    assert p["passage_id"].tolist() == ["a:s0", "a:s2", "b:s0"]
    assert p["text"].tolist() == [
        "Leaders discussed oil and gas, and new schools.",
        "Health care matters to Viet Nam.",
        "Schools and hospitals grew.",
    ]
    assert p["sectors"].tolist() == ["education;oil_gas", "health", "education;health"]
    assert p["n_mentions"].tolist() == [2, 1, 2]
    assert p["side"].tolist() == ["vietnam", "russia", "narrator"]
    assert p["period"].tolist() == ["p1", "p1", "p2"]
    texts = dict(zip(small_docs["doc_id"], small_docs["text"], strict=True))
    for row in p.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_window_passages_count_word_tokens_only(small_docs, small_sentences, small_mentions):
    p = sector_passages(small_mentions, small_sentences, window=2, tokens=tokenize(small_docs),
                        docs=small_docs)
    assert p["passage_id"].tolist() == ["a:m0", "a:m1", "a:m2", "b:m0", "b:m1"]
    # "oil and gas": two words before (Leaders discussed), two after ("and new"; the comma is
    # punctuation and does not count)
    assert p["text"].iat[0] == "Leaders discussed oil and gas, and new"
    # "schools": "and new" before, "They met" after (windows cross sentence ends)
    assert p["text"].iat[1] == "and new schools. They met"
    assert p["text"].iat[2] == "met twice.\n\nHealth care matters to"
    # doc b, "Schools" at the start: no word before; window holds both mentions
    assert p["text"].iat[3] == "Schools and hospitals"
    assert p["sectors"].iat[3] == "education;health"
    assert p["n_mentions"].iat[3] == 2
    # "hospitals": "Schools and" before, only "grew" after (the full stop is not a word)
    assert p["text"].iat[4] == "Schools and hospitals grew"
    assert p["side"].tolist() == ["vietnam", "vietnam", "russia", "narrator", "narrator"]
    assert p["sentence_id"].tolist() == [0, 0, 2, 0, 0]
    for row in p.itertuples():
        src = TEXT_A if row.doc_id == "a" else TEXT_B
        assert src[row.start:row.end] == row.text


def test_passages_bad_input(small_docs, small_sentences, small_mentions):
    with pytest.raises(AnalysisError, match="mentions: missing column"):
        sector_passages(small_mentions.drop(columns="sector"), small_sentences)
    with pytest.raises(AnalysisError, match="window"):
        sector_passages(small_mentions, small_sentences, window=-1,
                        tokens=tokenize(small_docs), docs=small_docs)
    bad = small_mentions.copy()
    bad.loc[0, "end"] = 10_000
    with pytest.raises(AnalysisError, match="outside document"):
        sector_passages(bad, small_sentences)
    err = AnalysisError("passages", "x")
    assert str(err) == "passages: x"


def test_passages_bad_tables(small_docs, small_sentences, small_mentions):
    with pytest.raises(AnalysisError, match="sentences: missing column"):
        sector_passages(small_mentions, small_sentences.drop(columns="text"))
    with pytest.raises(AnalysisError, match="mentions: missing column.* sentence_id"):
        sector_passages(small_mentions.drop(columns="sentence_id"), small_sentences)
    with pytest.raises(AnalysisError, match="mentions: doc_id 'b' has no sentence"):
        sector_passages(small_mentions, small_sentences[small_sentences["doc_id"] == "a"])
    bad = small_mentions.copy()
    bad.loc[2, "sentence_id"] = 7
    with pytest.raises(AnalysisError, match="sentence_id 7 is not a sentence of document 'a'"):
        sector_passages(bad, small_sentences)
    bad.loc[2, "sentence_id"] = 1  # "Health care" lies in sentence 2, not 1
    with pytest.raises(AnalysisError, match="do not start in sentence 1"):
        sector_passages(bad, small_sentences)
    with pytest.raises(AnalysisError, match="tokens: needed for window passages"):
        sector_passages(small_mentions, small_sentences, window=2, docs=small_docs)
    with pytest.raises(AnalysisError, match="docs: needed for window passages"):
        sector_passages(small_mentions, small_sentences, window=2, tokens=tokenize(small_docs))


def test_a_mention_cut_by_the_sentence_splitter_stretches_its_passage(small_mentions):
    # A splitter that cut "hospitals" in two: the passage runs to the mention's end, and its
    # text, rebuilt from the sentence and the mention's surface, is still the document's slice.
    cut = TEXT_B.index("hospitals") + 4
    sentences = pd.DataFrame({"doc_id": ["b", "b"], "period": ["p2", "p2"], "sentence_id": [0, 1],
                              "start": [0, cut], "end": [cut, len(TEXT_B)],
                              "text": [TEXT_B[:cut], TEXT_B[cut:]]})
    mentions = small_mentions[small_mentions["doc_id"] == "b"]
    p = sector_passages(mentions, sentences)
    assert p["passage_id"].tolist() == ["b:s0"]
    assert (p["start"].iat[0], p["end"].iat[0]) == (0, TEXT_B.index("hospitals") + 9)
    assert p["text"].iat[0] == "Schools and hospitals"
    assert p["n_mentions"].iat[0] == 2
    with pytest.raises(AnalysisError, match="needs its surface"):
        sector_passages(mentions.drop(columns="surface"), sentences)


def test_sector_passages_only_reads_the_tables(monkeypatch, small_docs, small_sentences,
                                                small_mentions):
    # Passages come from the pipeline's tables: nothing is split, tokenized or matched again.
    tokens = tokenize(small_docs)
    expected = (sector_passages(small_mentions, small_sentences),
                sector_passages(small_mentions, small_sentences, window=2, tokens=tokens,
                                docs=small_docs))

    def boom(*args, **kwargs):
        raise AssertionError("the pipeline ran again")

    import sys

    import framing.sectors  # noqa: F401  (so that its find_sector_mentions is patched too)

    modules = [m for n, m in sys.modules.items() if n == "framing" or n.startswith("framing.")]
    names = ("find_sector_mentions", "split_sentences", "tokenize", "tokenize_text")
    patched = 0
    for module in modules:
        for name in names:
            if name in vars(module):
                monkeypatch.setattr(module, name, boom)
                patched += 1
    assert patched >= len(names)
    pd.testing.assert_frame_equal(sector_passages(small_mentions, small_sentences), expected[0])
    windows = sector_passages(small_mentions, small_sentences, window=2, tokens=tokens,
                              docs=small_docs)
    pd.testing.assert_frame_equal(windows, expected[1])


def test_passage_terms_drop_stopwords_entities_and_rare_terms():
    p = pd.DataFrame({"passage_id": ["1", "2"],
                      "text": ["The schools of Viet Nam, 2025.", "School teachers"]})
    counts, terms = passage_terms(p, min_df=1)
    # "the", "of" are stopwords, "Viet Nam" an entity, "2025" a number
    assert terms["term"].tolist() == ["school", "teacher"]
    assert terms["display"].tolist() == ["school", "teachers"]  # tie schools/school -> "school"
    assert counts.tolist() == [[1, 0], [1, 1]]
    counts, terms = passage_terms(p, min_df=2)
    assert terms["term"].tolist() == ["school"]
    counts, terms = passage_terms(p, min_df=2, keep=["teacher"])
    assert terms["term"].tolist() == ["school", "teacher"]


# ---------------------------------------------------------------------------------------------
# Measures by hand
# ---------------------------------------------------------------------------------------------


def test_relevance_by_hand():
    # Topic-term mass (2 topics x 3 terms):
    #   t1 = [6, 3, 1] (sum 10), t2 = [2, 2, 6] (sum 10) -> p(t) = [.5, .5]
    #   p(w|t1) = [.6, .3, .1], p(w|t2) = [.2, .2, .6]
    #   p(w) = .5*[.6,.3,.1] + .5*[.2,.2,.6] = [.4, .25, .35]
    mass = np.array([[6.0, 3.0, 1.0], [2.0, 2.0, 6.0]])
    share = mass.sum(axis=1)
    r = relevance(mass, share, lambda_=0.6)
    # t1,w0: .6 ln .6 + .4 ln(.6/.4) = .6(-0.510826) + .4(0.405465) = -0.306495 + 0.162186 = -0.144309
    assert r[0, 0] == pytest.approx(0.6 * math.log(0.6) + 0.4 * math.log(1.5))
    assert r[0, 0] == pytest.approx(-0.144309, abs=1e-6)
    # t1,w1: .6 ln .3 + .4 ln(.3/.25) = -0.722384 + 0.072929 = -0.649455
    assert r[0, 1] == pytest.approx(-0.649455, abs=1e-6)
    # t2,w2: .6 ln .6 + .4 ln(.6/.35) = -0.306495 + .4(0.538997) = -0.306495 + 0.215599 = -0.090897
    assert r[1, 2] == pytest.approx(-0.090897, abs=1e-6)
    # lambda = 1 ranks t2's w0 and w1 equally (.2 each); lambda = 0 (pure lift) prefers w1:
    # lift w0 = .2/.4 = .5, lift w1 = .2/.25 = .8
    r1 = relevance(mass, share, lambda_=1.0)
    assert r1[1, 0] == pytest.approx(r1[1, 1])
    r0 = relevance(mass, share, lambda_=0.0)
    assert r0[1, 1] == pytest.approx(math.log(0.8))
    assert r0[1, 0] == pytest.approx(math.log(0.5))
    # zero weight -> -inf (never ranked)
    r = relevance(np.array([[1.0, 0.0], [1.0, 1.0]]), np.array([1.0, 2.0]), 0.6)
    assert r[0, 1] == -np.inf
    with pytest.raises(AnalysisError, match="lambda_"):
        relevance(mass, share, lambda_=1.5)


# Toy corpus of 4 passages (columns: oil, gas, school, teacher):
#   d1: oil gas        d2: oil gas        d3: oil school        d4: school teacher
PRESENCE = np.array([[1, 1, 0, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 0, 1, 1]])


def test_npmi_by_hand():
    # (oil, gas): P(oil)=3/4, P(gas)=2/4, P(oil,gas)=2/4
    #   PMI = ln(.5 / (.75*.5)) = ln(4/3) = 0.287682; NPMI = 0.287682 / -ln(.5) = 0.415037
    # (school, teacher): P=2/4, 1/4, joint 1/4: PMI = ln(.25/(.5*.25)) = ln 2; NPMI = ln2/ln4 = 0.5
    # (gas, teacher): never together -> -1
    # (oil, school): P=3/4, 2/4, joint 1/4: PMI = ln(.25/.375) = -0.405465; / ln 4 = -0.292481
    c = npmi_coherence(PRESENCE, [[0, 1], [2, 3], [1, 3], [0, 2]])
    assert c == pytest.approx([0.415037, 0.5, -1.0, -0.292481], abs=1e-6)
    # a topic of three terms averages its three pairs:
    # (oil,gas) 0.415037, (oil,school) -0.292481, (gas,school) -1 -> mean -0.292481
    assert npmi_coherence(PRESENCE, [[0, 1, 2]])[0] == pytest.approx(-0.292481, abs=1e-6)
    # counts work as presence; a pair in every passage scores 1
    assert npmi_coherence(np.array([[2, 1], [1, 3]]), [[0, 1]])[0] == 1.0


def test_diversity_by_hand():
    # {a,b,c} and {a,d,e}: 5 unique among 6 listed
    assert topic_diversity([["a", "b", "c"], ["a", "d", "e"]]) == pytest.approx(5 / 6)
    assert topic_diversity([["a", "b"], ["c", "d"]]) == 1.0


def test_jaccard_stability_by_hand_uses_the_best_one_to_one_match():
    ref = [{"a", "b", "c"}, {"d", "e", "f"}]
    # run 1, topics swapped: J(ref1, {a,b,c}) = 1; J(ref2, {d,e,x}) = |{d,e}|/|{d,e,f,x}| = .5
    # run 2 identical: 1 and 1.  Per topic: (1+1)/2 = 1 and (.5+1)/2 = .75; overall .875
    s, per = jaccard_stability(ref, [[{"d", "e", "x"}, {"a", "b", "c"}], ref])
    assert s == pytest.approx(0.875)
    assert per == pytest.approx([1.0, 0.75])
    # Hungarian, not greedy: J(A1,B1)=3/5=.6 is the largest cell, but taking it leaves
    # J(A2,B2)=0 (mean .3); the best assignment A1-B2 (2/6=.3333) + A2-B1 (2/5=.4) has mean .36667
    a1, a2 = {"a", "b", "c", "d"}, {"c", "e", "h"}
    b1, b2 = {"a", "b", "c", "e"}, {"a", "b", "f", "g"}
    s, per = jaccard_stability([a1, a2], [[b1, b2]])
    assert s == pytest.approx((2 / 6 + 2 / 5) / 2)
    assert per == pytest.approx([2 / 6, 2 / 5])
    s, per = jaccard_stability(ref, [])
    assert math.isnan(s)


# ---------------------------------------------------------------------------------------------
# Fits on a toy corpus: three clear themes, two periods
# ---------------------------------------------------------------------------------------------

TOY = [
    ("oil and gas pipelines and petroleum exploration", "oil_gas", "a"),
    ("petroleum exploration and oil drilling offshore", "oil_gas", "a"),
    ("gas pipelines carry oil and petroleum", "oil_gas", "a"),
    ("schools train teachers and students in universities", "education", "a"),
    ("students and teachers exchange between universities", "education", "a"),
    ("universities train students; schools hire teachers", "education", "a"),
    ("hospitals and doctors improve health care", "health", "b"),
    ("doctors in hospitals treat patients; health care", "health", "b"),
    ("health care for patients in hospitals", "health", "b"),
    ("oil drilling and students training in schools", "education;oil_gas", "b"),
    ("doctors and teachers exchange", "education;health", "b"),
    ("petroleum pipelines offshore exploration", "oil_gas", "b"),
]
SEEDS = {
    "oil_gas": ["oil and gas", "petroleum"],
    "education": ["education", "school", "teacher"],
    "health": ["health", "hospital"],
    "culture": ["culture"],
}


@pytest.fixture(scope="module")
def toy():
    return pd.DataFrame(
        {
            "passage_id": [f"d:s{i}" for i in range(len(TOY))],
            "doc_id": "d",
            "period": [p for _, _, p in TOY],
            "text": [t for t, _, _ in TOY],
            "sectors": [s for _, s, _ in TOY],
        }
    )


@pytest.fixture(scope="module")
def fits(toy):
    return {m: fit_topics(toy, k=3, method=m, seeds=SEEDS, n_runs=2, n_top=6) for m in METHODS}


@pytest.mark.parametrize("method", METHODS)
def test_fit_shapes_and_normalisation(fits, toy, method):
    m = fits[method]
    assert isinstance(m, TopicModel)
    assert (m.method, m.k, m.random_state) == (method, 3, 0)
    n_terms = len(m.terms)
    assert m.quality["n_terms"] == n_terms == 18  # stems in >= 2 toy passages
    assert m.topic_term.shape == (3, n_terms)
    assert m.doc_topic.shape == (12, 3)
    assert m.doc_topic.index.tolist() == toy["passage_id"].tolist()
    assert np.allclose(m.topic_term.sum(axis=1), 1.0)
    assert np.allclose(m.doc_topic.sum(axis=1), 1.0)
    assert len(m.top_terms) == 3 * 6
    assert m.top_terms.groupby("topic")["rank"].apply(list).tolist() == [list(range(1, 7))] * 3
    # ranks follow relevance
    for _, g in m.top_terms.groupby("topic"):
        assert g["relevance"].is_monotonic_decreasing
    assert len(m.labels) == 3 and m.labels["topic"].tolist() == [1, 2, 3]
    assert set(m.quality) >= {"coherence", "diversity", "stability", "n_runs"}
    assert m.quality["n_runs"] == 2


def test_three_clear_themes_are_found_by_each_method(fits):
    # each theme's dominant sector is found by a different topic
    for m in fits.values():
        assert sorted(m.labels["sector"]) == ["education", "health", "oil_gas"]


@pytest.mark.parametrize("method", METHODS)
def test_fit_is_deterministic(toy, method):
    a = fit_topics(toy, k=3, method=method, seeds=SEEDS, n_runs=1, random_state=7)
    b = fit_topics(toy, k=3, method=method, seeds=SEEDS, n_runs=1, random_state=7)
    assert np.array_equal(a.topic_term.to_numpy(), b.topic_term.to_numpy())
    assert np.array_equal(a.doc_topic.to_numpy(), b.doc_topic.to_numpy(), equal_nan=True)
    pd.testing.assert_frame_equal(a.top_terms, b.top_terms)
    assert a.quality == b.quality


def test_seeded_topics_keep_their_seed_terms(fits):
    m = fits["seeded"]
    # sectors by passages mentioning them: oil_gas 5, education 5, health 4 (ties: lexicon order);
    # culture is never mentioned, so it seeds nothing
    assert m.labels["seed_sector"].tolist() == ["oil_gas", "education", "health"]
    assert m.labels["seed_terms"].tolist() == ["gas;oil;petroleum", "school;teacher", "health;hospit"]
    for row in m.labels.itertuples():
        top = set(m.top_terms.loc[m.top_terms["topic"] == row.topic, "term"])
        assert set(row.seed_terms.split(";")) <= top
        assert row.seed_kept == 1.0
        assert row.sector == row.seed_sector
    assert m.top_terms["seed"].sum() == 7


def test_a_seed_word_counts_only_where_its_sector_is_mentioned(toy):
    # "exchange" seeds health here, but in the toy passages it occurs in "students and teachers
    # exchange" (education) and "doctors and teachers exchange" (education;health): the second
    # passage mentions health, so it stays. "drilling" seeds health too, but occurs only in
    # passages of oil_gas and education;oil_gas: it is dropped. "clinic" occurs nowhere, so it
    # seeds nothing and the labels list only the seed words present in the passages.
    seeds = {**SEEDS, "health": ["health", "hospital", "exchange", "drilling", "clinic"]}
    m = fit_topics(toy, k=3, method="seeded", seeds=seeds, sectors=["health"], n_runs=0)
    kept = m.labels.loc[m.labels["seed_sector"] == "health", "seed_terms"].iloc[0].split(";")
    assert kept == ["exchang", "health", "hospit"]


def test_seeded_with_chosen_sectors_and_free_topics(toy):
    m = fit_topics(toy, k=3, method="seeded", seeds=SEEDS, sectors=["health"], n_runs=0)
    assert m.labels["seed_sector"].tolist() == ["health", "", ""]
    assert set(m.top_terms.loc[m.top_terms["topic"] == 1, "term"].head(3)) >= {"health", "hospit"}
    assert math.isnan(m.quality["stability"])
    with pytest.raises(AnalysisError, match="sectors: no seed terms"):
        fit_topics(toy, k=3, method="seeded", seeds=SEEDS, sectors=["tourism"], n_runs=0)


def test_quality_matches_the_measures_recomputed_from_the_fit(fits, toy):
    m = fits["nmf"]
    counts, terms = passage_terms(toy)
    index = {t: j for j, t in enumerate(terms["term"])}
    # coherence and diversity of the terms displayed (top_terms, relevance order)
    top = [[index[t] for t in g.sort_values("rank")["term"]] for _, g in m.top_terms.groupby("topic")]
    assert m.quality["coherence"] == pytest.approx(npmi_coherence(counts, top).mean(), rel=1e-5)
    assert m.labels["coherence"].to_numpy() == pytest.approx(npmi_coherence(counts, top), rel=1e-5)
    assert m.quality["diversity"] == pytest.approx(topic_diversity(top), rel=1e-5)
    assert 0 <= m.quality["stability"] <= 1
    # the reference-against-refits stability is the mean of the topics' stabilities
    assert m.quality["stability_reference"] == pytest.approx(m.labels["stability"].mean(), rel=1e-5)


def test_fit_bad_input(toy):
    with pytest.raises(AnalysisError, match="method: must be one of nmf, lda, seeded, not 'lsa'"):
        fit_topics(toy, k=2, method="lsa")
    with pytest.raises(AnalysisError, match="k: must be"):
        fit_topics(toy, k=13)
    with pytest.raises(AnalysisError, match="passages: missing column"):
        fit_topics(toy.drop(columns="text"), k=2)
    with pytest.raises(TypeError):
        fit_topics(toy, 2)  # options are keyword-only
    with pytest.raises(AnalysisError, match="lambda_: must be between 0 and 1"):
        TopicOptions(lambda_=1.5)
    with pytest.raises(AnalysisError, match="min_df"):
        TopicOptions(min_df=0)


# ---------------------------------------------------------------------------------------------
# k selection and period comparison
# ---------------------------------------------------------------------------------------------


def test_select_k_table(toy):
    t = select_k(toy, ks=[2, 3], methods=("nmf", "seeded"), n_runs=1, seeds=SEEDS)
    assert t[["method", "k"]].values.tolist() == [["nmf", 2], ["nmf", 3], ["seeded", 2], ["seeded", 3]]
    assert {"coherence", "diversity", "stability", "stability_min"} <= set(t.columns)
    assert t["n_seeded"].tolist() == [0, 0, 2, 3]
    assert t["diversity"].between(0, 1).all()


def test_choose_k_rule():
    t = pd.DataFrame(
        {
            "method": ["nmf", "nmf", "nmf", "lda", "lda", "lda", "seeded", "seeded", "seeded"],
            "k": [2, 3, 4] * 3,
            # mean stability of nmf and lda: k=2 .8, k=3 .8, k=4 .6 (seeded ignored)
            "stability": [0.9, 0.8, 0.6, 0.7, 0.8, 0.6, 0.1, 1.0, 1.0],
            # tie k=2 / k=3 broken by mean coherence: k=2 .05, k=3 .15 -> k=3
            "coherence": [0.1, 0.2, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0, 0.0],
        }
    )
    assert choose_k(t) == 3
    assert choose_k(t, methods=("seeded",)) == 3  # tie 3/4 on stability and coherence -> smaller
    assert choose_k(t, methods=("nmf",)) == 2


def test_topic_proportions(fits, toy):
    m = fits["seeded"]
    a = topic_proportions(m, toy, n_boot=300, random_state=3)
    b = topic_proportions(m, toy, n_boot=300, random_state=3)
    pd.testing.assert_frame_equal(a, b)  # reproducible
    assert len(a) == 2 * 3
    assert a["n_passages"].tolist() == [6] * 3 + [6] * 3
    assert a["few_passages"].all()  # 6 < 10 passages per period
    # the means are the plain means of the passages' proportions
    dt = m.doc_topic
    for row in a.itertuples():
        ids = toy.loc[toy["period"] == row.period, "passage_id"]
        assert row.mean == pytest.approx(dt.loc[ids, row.topic].mean(), rel=1e-5)
    assert ((a["lower"] <= a["mean"] + 1e-12) & (a["mean"] <= a["upper"] + 1e-12)).all()
    # with two periods the differences are opposite
    pa, pb = a[a["period"] == "a"], a[a["period"] == "b"]
    assert pa["diff"].to_numpy() == pytest.approx(-pb["diff"].to_numpy())
    # health (the seeded topic 3) lives in period b only: its interval excludes 0
    health = a[(a["topic"] == 3)]
    assert (health["specific_to"] == "b").all()
    assert health.loc[health["period"] == "b", "diff_lower"].iat[0] > 0
    c = topic_proportions(m, toy, n_boot=300, random_state=4)
    cols = ["lower", "upper", "diff_lower", "diff_upper", "diff_se"]
    assert not np.array_equal(a[cols].to_numpy(), c[cols].to_numpy())


def test_bootstrap_interval_of_a_constant_group_is_a_point(fits, toy):
    # doc_topic rows identical within each period -> every resample has the same mean
    m = fits["nmf"]
    const = m.doc_topic.copy()
    const.loc[:, :] = np.where((toy["period"] == "a").to_numpy()[:, None], [0.5, 0.25, 0.25],
                               [0.2, 0.2, 0.6])
    m2 = TopicModel(m.method, m.k, m.random_state, m.terms, m.topic_term, const, m.top_terms,
                    m.labels, m.quality)
    t = topic_proportions(m2, toy, n_boot=50)
    assert t["mean"].tolist() == pytest.approx([0.5, 0.25, 0.25, 0.2, 0.2, 0.6])
    assert t["lower"].tolist() == pytest.approx(t["mean"].tolist())
    assert t["upper"].tolist() == pytest.approx(t["mean"].tolist())
    # diff a - b: [.3, .05, -.35] exactly, interval a point; so each topic is specific somewhere
    assert t["diff"].head(3).tolist() == pytest.approx([0.3, 0.05, -0.35])
    assert t["specific_to"].head(3).tolist() == ["a", "a", "b"]


def test_topic_proportions_state_the_smallest_detectable_difference(fits, toy):
    # issue 15: "differences below about 0.3 are invisible" -- say so beside each null result
    from framing.stats.measures import minimum_detectable_difference

    a = topic_proportions(fits["nmf"], toy, n_boot=400, random_state=2)
    assert {"diff_se", "mde_diff"} <= set(a.columns)
    # the standard error is the spread of the bootstrap differences; the MDD 2.80 of them
    assert a["mde_diff"].to_numpy() == pytest.approx(
        minimum_detectable_difference(a["diff_se"].to_numpy()), rel=1e-5
    )
    assert a["mde_diff"].to_numpy() == pytest.approx(2.8016 * a["diff_se"].to_numpy(), rel=1e-4)
    # the 95% interval is about 2 x 1.96 standard errors wide
    width = (a["diff_upper"] - a["diff_lower"]).to_numpy()
    assert width == pytest.approx(2 * 1.96 * a["diff_se"].to_numpy(), rel=0.25)


def test_coherence_is_computed_on_the_terms_displayed(study):
    # issue 15: "coherence is computed on the top terms by weight while topic-terms.csv shows them
    # by relevance". On the study, NMF at k = 3 has topics whose two lists differ.
    p = study[3]
    m = fit_topics(p, k=3, method="nmf", n_runs=0)
    counts, terms = passage_terms(p)
    index = {t: j for j, t in enumerate(terms["term"])}
    shown = [[index[t] for t in g.sort_values("rank")["term"]] for _, g in m.top_terms.groupby("topic")]
    by_weight = [
        [index[t] for t in row.sort_values(ascending=False, kind="stable").index[:10]]
        for _, row in m.topic_term.iterrows()
    ]
    assert any(set(a) != set(b) for a, b in zip(shown, by_weight, strict=True))
    assert m.labels["coherence"].to_numpy() == pytest.approx(npmi_coherence(counts, shown), rel=1e-5)
    assert m.labels["coherence"].to_numpy() != pytest.approx(npmi_coherence(counts, by_weight))


def test_topics_are_numbered_canonically_and_ties_go_by_term(toy):
    # whatever the random start, unseeded topics come in the order of their displayed terms
    for seed in (0, 1, 2, 3):
        m = fit_topics(toy, k=3, method="nmf", n_runs=0, random_state=seed, n_top=6)
        lists = [g.sort_values("rank")["term"].tolist() for _, g in m.top_terms.groupby("topic")]
        assert lists == sorted(lists)
        for _, g in m.top_terms.groupby("topic"):
            # relevance descending; equal relevance (after rounding) in term order
            keys = list(zip(-g["relevance"], g["term"], strict=True))
            assert keys == sorted(keys)
    # seeded topics first, in the order of their sectors
    m = fit_topics(toy, k=3, method="seeded", seeds=SEEDS, n_runs=0)
    assert m.labels["seed_sector"].tolist() == m.params["sectors"]


def test_select_k_fits_21_seeds_and_counts_the_wins_of_each_k(toy):
    # issue 15: "with 20 other seeds the same rule picks k = 8, and over all 21 fits pairwise,
    # k = 2": stability over every pair of 21 fits, and the votes of seed subsets
    t = select_k(toy, ks=[2, 3, 4], methods=("nmf", "lda"), n_subsets=50, subset_size=6)
    assert (t["n_fits"] == 21).all() and (t["n_runs"] == 20).all()
    per_k = t.drop_duplicates("k").set_index("k")
    assert per_k["wins"].sum() == 50 and per_k["win_share"].sum() == pytest.approx(1.0)
    assert (t["n_subsets"] == 50).all() and (t["subset_size"] == 6).all()
    # a subset as large as all fits always agrees with the rule applied to all fits
    whole = select_k(toy, ks=[2, 3, 4], methods=("nmf", "lda"), n_runs=5, n_subsets=7,
                     subset_size=6)
    assert whole.set_index(["method", "k"])["win_share"].loc["nmf", choose_k(whole)] == 1.0
    # stability is the mean over every pair of fits
    from framing.topics import pairwise_stability  # noqa: F401  (re-exported)

    one = fit_topics(toy, k=3, method="nmf", n_runs=20)
    row = t.set_index(["method", "k"]).loc[("nmf", 3)]
    assert row["stability"] == pytest.approx(one.quality["stability"])
    assert row["stability_reference"] == pytest.approx(one.quality["stability_reference"])


def test_decide_k_says_when_the_number_of_topics_is_not_determined():
    from framing.topics import decide_k

    def table(shares, n_passages):
        return pd.DataFrame({"method": "nmf", "k": [2, 3, 4], "stability": [0.9, 0.8, 0.7],
                             "coherence": 0.1, "n_passages": n_passages, "n_fits": 21,
                             "win_share": shares, "wins": [round(200 * v) for v in shares],
                             "n_subsets": 200, "subset_size": 6})

    clear = decide_k(table([0.9, 0.1, 0.0], 100), methods=["nmf"])
    assert (clear.k, clear.determined, clear.status, clear.range_text) == (2, True, "determined", "2")
    # below 70% of the subsets: not determined, with the range of k that win some subset
    split = decide_k(table([0.55, 0.0, 0.45], 100), methods=["nmf"])
    assert (split.k, split.determined, split.range_text) == (2, False, "2–4")
    assert "wins 55% of the seed subsets (< 70%)" in split.reason
    # 70% exactly is enough
    assert decide_k(table([0.7, 0.3, 0.0], 100), methods=["nmf"]).determined
    # few passages: 17 passages for 2 topics is 8.5 per topic (< 10)
    few = decide_k(table([0.9, 0.1, 0.0], 17), methods=["nmf"])
    assert not few.determined and "8.5 passages per topic (< 10)" in few.reason
    assert few.range_text == "2–3"
    # the rule is stated
    assert "70% of 200 random subsets of 6 fits" in clear.rule and "10 passages per topic" in clear.rule
    with pytest.raises(AnalysisError, match="agreement"):
        decide_k(table([1, 0, 0], 100), agreement=0)


# ---------------------------------------------------------------------------------------------
# The tables for data/processed/
# ---------------------------------------------------------------------------------------------

SECTOR_RE = {
    "oil_gas": r"\b(?:oil|gas|petroleum)\b",
    "education": r"\b(?:schools?|teachers?|universities|students?)\b",
    "health": r"\b(?:health|hospitals?|doctors?)\b",
}


def _toy_tables():
    """Documents a (p1) and b (p2) made of the toy passages, one sentence each, with their
    sentences and mentions tables built by hand."""
    import re

    docs, sentences, mentions = [], [], []
    for doc_id, period in (("a", "p1"), ("b", "p2")):
        text = ""
        for sid, sent in enumerate(t[0].upper() + t[1:] + "." for t, _, p in TOY if p == doc_id):
            start = len(text) + (1 if text else 0)
            text = f"{text} {sent}" if text else sent
            sentences.append((doc_id, period, sid, start, len(text), sent))
            for sector, pattern in SECTOR_RE.items():
                for m in re.finditer(pattern, sent, flags=re.IGNORECASE):
                    mentions.append((doc_id, sector, start + m.start(), start + m.end(), sid))
        docs.append({"doc_id": doc_id, "period": period, "text": text})
    return (
        pd.DataFrame(docs),
        pd.DataFrame(sentences, columns=["doc_id", "period", "sentence_id", "start", "end", "text"]),
        pd.DataFrame(mentions, columns=["doc_id", "sector", "start", "end", "sentence_id"]),
    )


def test_topic_tables_end_to_end():
    from framing.topics import topic_tables

    docs, sentences, mentions = _toy_tables()
    tabs = topic_tables(mentions, sentences, ks=[2, 3], n_runs=1, n_boot=50, seeds=SEEDS)
    assert list(tabs) == ["topic-terms", "topic-proportions-by-period", "topic-k-selection",
                          "topic-passages"]
    ksel = tabs["topic-k-selection"]
    assert len(ksel) == 3 * 2
    k = choose_k(ksel)
    assert ksel.loc[ksel["chosen"], "k"].tolist() == [k] * 3
    terms = tabs["topic-terms"]
    assert sorted(pd.unique(terms["method"])) == ["lda", "nmf", "seeded"]
    assert {"topic", "rank", "term", "display", "weight", "relevance", "lambda", "label",
            "sector", "stability", "coherence", "k"} <= set(terms.columns)
    assert (terms["k"] == k).all()
    props = tabs["topic-proportions-by-period"]
    assert len(props) == 3 * k * 2
    assert sorted(pd.unique(props["period"])) == ["p1", "p2"]
    assert props["n_passages"].tolist() == [6] * (3 * k * 2)  # one sentence per toy passage
    pas = tabs["topic-passages"]
    assert len(pas) == 12 * 3 * k
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for row in pas.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    per = pas.groupby(["passage_id", "method"])
    assert np.allclose(per["proportion"].sum(), 1.0)
    assert (per["dominant"].sum() == 1).all()
    # given k overrides the rule
    tabs = topic_tables(mentions, sentences, k=3, ks=[2], n_runs=0, n_boot=20, seeds=SEEDS)
    assert (tabs["topic-terms"]["k"] == 3).all()
    assert tabs["topic-k-selection"]["rule"].iat[0] == "given"


def test_topic_tables_group_by_another_column_and_seed_from_a_lexicon():
    from framing.lexicons import load_lexicon, seed_terms
    from framing.topics import topic_tables

    _, sentences, mentions = _toy_tables()
    sentences = sentences.assign(place=sentences["doc_id"].map({"a": "north", "b": "south"}))
    args = {"k": 2, "ks": [2], "n_runs": 0, "n_boot": 20, "by": "place"}
    tabs = topic_tables(mentions, sentences, lexicon=load_lexicon(), **args)
    props = tabs["topic-proportions-by-period"]
    assert props.columns[0] == "place"
    per_method = props.groupby("method", sort=False)["place"].apply(list)
    assert per_method.tolist() == [["north", "north", "south", "south"]] * 3
    assert props["n_passages"].tolist() == [6] * 12
    assert set(tabs["topic-passages"]["place"]) == {"north", "south"}
    # the lexicon's seed terms are the seeds
    same = topic_tables(mentions, sentences, seeds=seed_terms(load_lexicon()), **args)
    for name in tabs:
        pd.testing.assert_frame_equal(tabs[name], same[name])


def test_choose_k_without_refits_uses_coherence():
    t = pd.DataFrame({"method": ["nmf", "nmf"], "k": [2, 3], "stability": [np.nan, np.nan],
                      "coherence": [0.1, 0.3]})
    assert choose_k(t) == 3
    with pytest.raises(AnalysisError, match="k_selection: no rows"):
        choose_k(t, methods=("lda",))


def test_lambda_one_ranks_by_weight(toy):
    m = fit_topics(toy, k=3, method="nmf", n_runs=0, n_top=5, options=TopicOptions(lambda_=1.0))
    for _, g in m.top_terms.groupby("topic"):
        assert g["weight"].is_monotonic_decreasing
        assert np.allclose(g["relevance"], np.log(g["weight"]))


def test_passage_without_vocabulary_has_no_proportions(toy):
    extra = pd.DataFrame({"passage_id": ["d:s99"], "doc_id": "d", "period": "b",
                          "text": ["And of the."], "sectors": ["health"]})
    p = pd.concat([toy, extra], ignore_index=True)
    m = fit_topics(p, k=3, method="nmf", n_runs=0)
    assert m.doc_topic.loc["d:s99"].isna().all()
    t = topic_proportions(m, p, n_boot=20)
    # the empty passage is left out of period b's 6 + 1 passages
    assert t.loc[t["period"] == "b", "n_passages"].tolist() == [6, 6, 6]


# ---------------------------------------------------------------------------------------------
# The study corpus (with the real sector lexicon)
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def study():
    import framing
    from framing.config import load_study

    tables = framing.analyse(framing.load_corpus(), study=load_study())
    return (tables.docs, tables.sentences, tables.mentions,
            sector_passages(tables.mentions, tables.sentences), tables.tokens)


def test_study_passages_are_the_sentences_with_mentions(study):
    docs, sentences, mentions, p, tokens = study
    # one passage per (document, sentence) the sectors module puts a mention in
    pairs = sorted({(str(d), int(s)) for d, s in zip(mentions["doc_id"], mentions["sentence_id"],
                                                        strict=True)})
    assert sorted(zip(p["doc_id"], p["sentence_id"], strict=True)) == pairs
    assert p["n_mentions"].sum() == len(mentions)
    texts = dict(zip(docs["doc_id"].astype(str), docs["text"], strict=True))
    for row in p.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
        sub = mentions[(mentions["doc_id"].astype(str) == row.doc_id)
                       & (mentions["sentence_id"] == row.sentence_id)]
        assert row.sectors == ";".join(sorted(set(sub["sector"])))
        assert row.side == ";".join(sorted(set(sub["side"])))
    w = sector_passages(mentions, sentences, window=5, tokens=tokens, docs=docs)
    assert len(w) == len(mentions)


def test_study_seeded_topics_stay_anchored(study):
    p = study[3]
    for k in (2, 3, 4):
        m = fit_topics(p, k=k, method="seeded", n_runs=0)
        assert (m.labels["seed_sector"] != "").all()
        assert (m.labels["seed_kept"] == 1.0).all(), m.labels[["seed_sector", "seed_kept"]]


def test_examples_in_the_docstrings_run():
    import doctest

    import framing.topics

    result = doctest.testmod(framing.topics, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


# ---------------------------------------------------------------------------------------------
# The same tables and figures on every machine (issue 15)
# ---------------------------------------------------------------------------------------------


def _study_topic_tables(study, monkeypatch, *, eps: float, threads: int):
    """The topic tables of the study with the factorised matrix moved by ``eps`` (each non-zero
    cell by a different fraction of it) and BLAS limited to ``threads`` threads."""
    from threadpoolctl import threadpool_limits

    import framing.topics as T

    real = T._model_matrix

    def moved(counts, method):
        x = real(counts, method)
        return x + eps * np.random.default_rng(7).random(x.shape) * (x > 0)

    monkeypatch.setattr(T, "_model_matrix", moved)
    with threadpool_limits(threads):
        return T.topic_tables(study[2], study[1], ks=[2, 3], n_runs=3, n_boot=200)


def test_topic_tables_and_figures_are_the_same_on_every_machine(study, monkeypatch, tmp_path):
    # issue 15: "five terms of one NMF topic have exactly equal weight and their order follows
    # floating-point noise": a change of 1e-12 in the matrix, and 1 or 2 BLAS threads, stand for
    # another machine. The tables and the figures drawn from them must not move.
    from framing.report.export import draw_figure, save_figure

    a = _study_topic_tables(study, monkeypatch, eps=0.0, threads=1)
    b = _study_topic_tables(study, monkeypatch, eps=1e-12, threads=2)
    c = _study_topic_tables(study, monkeypatch, eps=-1e-12, threads=1)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)
        pd.testing.assert_frame_equal(a[name], c[name], check_exact=True)
    for name, fmt in (("topic-top-terms", "png"), ("topic-top-terms", "svg"),
                      ("topic-proportions-by-period", "svg"), ("topic-k-selection", "svg")):
        files = [save_figure(draw_figure(name, t), tmp_path / f"{i}-{name}.{fmt}") for i, t in
                 enumerate((a, b))]
        assert files[0].read_bytes() == files[1].read_bytes(), name


def test_without_rounding_the_order_of_tied_terms_follows_the_noise(study, monkeypatch):
    # the control of the test above: with every digit kept, the same 1e-12 reorders tied terms
    import framing.topics as T

    monkeypatch.setattr(T, "DIGITS", 17)
    real = T._model_matrix
    orders = []
    for eps in (0.0, 1e-12):
        monkeypatch.setattr(T, "_model_matrix", lambda counts, method, eps=eps: real(counts, method)
                            + eps * np.random.default_rng(7).random(real(counts, method).shape))
        m = fit_topics(study[3], k=3, method="nmf", n_runs=0)
        orders.append(m.top_terms[["topic", "term"]].values.tolist())
    assert orders[0] != orders[1]


# ---------------------------------------------------------------------------------------------
# Issue 17: topic sectors from the topic's words, named by the lexicon's labels
# ---------------------------------------------------------------------------------------------


def _passages(rows, period="p1"):
    return pd.DataFrame({
        "passage_id": [f"d:s{i}" for i in range(len(rows))], "doc_id": "d",
        "period": [r[2] if len(r) > 2 else period for r in rows],
        "text": [r[0] for r in rows], "sectors": [r[1] for r in rows],
    })


def test_topic_sector_follows_its_words_not_the_sectors_its_passages_happen_to_mention():
    # The energy/oil/gas passages all also mention science & technology (as the study's long
    # enumerations do); only one mentions energy. Summing the topic's proportion over the passages
    # mentioning each sector (the former rule) gives science_technology 3 against energy 1. The
    # topic's words are energy, oil, gas, petroleum (1/4 each): oil and gas's own one-word terms
    # ("oil", "gas", "petroleum") carry 3/4 of them, energy's ("energy") 1/4 < half of 3/4.
    rows = [("energy, oil, gas and petroleum", "energy;science_technology")] + [
        ("energy, oil, gas and petroleum", "science_technology")] * 2 + [
        ("education and students", "education")] * 3
    m = fit_topics(_passages(rows), k=2, n_runs=0)
    lab = m.labels.set_index("topic")
    energy = int(m.doc_topic.iloc[0].idxmax())
    school = 3 - energy
    assert lab.at[energy, "sector"] == "oil_gas"
    assert lab.at[energy, "sector_share"] == pytest.approx(0.75, abs=2e-3)
    assert lab.at[energy, "sectors"] == "oil_gas" and lab.at[energy, "sector_basis"] == "words"
    assert lab.at[energy, "label"] == "energy / gas / oil [Oil & gas]"
    assert lab.at[school, "sector"] == "education"
    assert lab.at[school, "sector_share"] == pytest.approx(1.0, abs=2e-3)
    assert lab.at[school, "label"].startswith("education / students")
    assert lab.at[school, "label"].endswith("[Education & training]")  # the lexicon's label


def test_a_second_sector_is_named_when_it_has_at_least_half_the_weight():
    # The topic's words: energy, security, oil, grew (1/4 each). "security" is defence and
    # security's one-word term (energy has it only inside "energy security"), "grew" no sector's:
    # 1/4 each for energy, defence and security, oil and gas, so each has 1/3 of the weight on
    # sector words. Ties go to the lexicon order (defence and security, then energy); a second
    # sector is named when it has at least half the first's weight, at most two in all. The
    # labels come from the lexicon, never ids.
    rows = [("energy security and oil grew", "energy")] * 3 + [
        ("students and education", "education")] * 3
    m = fit_topics(_passages(rows), k=2, n_runs=0)
    lab = m.labels.set_index("topic")
    energy = int(m.doc_topic.iloc[0].idxmax())
    assert lab.at[energy, "sector"] == "defence_security"
    assert lab.at[energy, "sector_share"] == pytest.approx(1 / 3, abs=2e-3)
    assert lab.at[energy, "sectors"] == "defence_security;energy"
    assert lab.at[energy, "label"].endswith("[Defence & security; Energy]")
    for label in m.labels["label"]:
        assert "_" not in label.split("[")[-1]


def test_a_topic_without_sector_words_falls_back_on_its_passages():
    rows = [("weather turned mild", "culture")] * 3 + [("students and education", "education")] * 3
    m = fit_topics(_passages(rows), k=2, n_runs=0)
    lab = m.labels.set_index("topic")
    weather = int(m.doc_topic.iloc[0].idxmax())
    assert lab.at[weather, "sector_basis"] == "passages"
    assert lab.at[weather, "sector"] == "culture"
    assert lab.at[weather, "label"].endswith("[Culture]")


# ---------------------------------------------------------------------------------------------
# Issue 16: the budget (a stratified sample beyond max_passages), stated in the tables
# ---------------------------------------------------------------------------------------------

BUDGET_ROWS = (
    [("oil and gas pipelines", "oil_gas", "p1")] * 20
    + [("students and teachers", "education", "p1")] * 10
    + [("oil and gas drilling", "oil_gas", "p2")] * 5
    + [("teachers and schools", "education", "p2")] * 5
)


def test_beyond_the_budget_topics_are_fitted_on_a_stratified_sample_and_every_passage_gets_them():
    passages = _passages(BUDGET_ROWS)
    opts = TopicOptions(max_passages=20, budget_runs=2)
    m = fit_topics(passages, k=2, n_runs=20, options=opts)
    assert {k: m.sample[k] for k in ("sample", "sample_size", "population", "sample_seed")} == {
        "sample": "stratified sample", "sample_size": 20, "population": 40, "sample_seed": 0}
    assert m.sample["strata"] == "period x rarest sector"
    # strata (p1, education) 10, (p1, oil_gas) 20, (p2, education) 5, (p2, oil_gas) 5: one each,
    # then 16 shared by size - 1: 9*16/36 = 4, 19*16/36 = 8.44, 4*16/36 = 1.78 twice -> 4, 8, 1, 1;
    # the two left over go to the largest remainders (0.78, the p2 strata): 5, 9, 3, 3
    fitted = passages.set_index("passage_id").loc[m.sample["passages"]]
    counts = fitted.groupby(["period", "sectors"]).size().to_dict()
    assert counts == {("p1", "education"): 5, ("p1", "oil_gas"): 9, ("p2", "education"): 3,
                      ("p2", "oil_gas"): 3}
    # the refits are capped by the budget; every passage has proportions (transformed)
    assert m.quality["n_runs"] == 2 and m.quality["n_passages"] == 20
    assert m.doc_topic.shape == (40, 2)
    assert m.doc_topic.sum(axis=1).to_numpy() == pytest.approx(np.ones(40), abs=1e-5)
    oil = m.doc_topic.loc["d:s0"].idxmax()
    assert (m.doc_topic.iloc[:20].idxmax(axis=1) == oil).all()
    assert (m.doc_topic.iloc[20:30].idxmax(axis=1) != oil).all()
    # same seed, same sample and topics; under the budget the exact path (all passages)
    again = fit_topics(passages, k=2, n_runs=20, options=opts)
    assert again.sample == m.sample and again.doc_topic.equals(m.doc_topic)
    whole = fit_topics(passages, k=2, n_runs=1)
    assert whole.sample["sample"] == "all passages" and whole.sample["sample_size"] == 40
    assert whole.sample["strata"] == ""


def test_select_k_on_the_budget_runs_nmf_over_k_and_the_other_methods_at_its_k():
    passages = _passages(BUDGET_ROWS)
    opts = TopicOptions(max_passages=20, budget_runs=3)
    t = select_k(passages, ks=[2, 3], n_runs=20, options=opts, n_subsets=20)
    nmf = t[t["method"] == "nmf"]
    assert nmf["k"].tolist() == [2, 3]
    k = choose_k(t, methods=["nmf"])
    assert t.loc[t["method"] != "nmf", ["method", "k"]].values.tolist() == [["lda", k],
                                                                            ["seeded", k]]
    assert (t["n_fits"] == 4).all() and (t["subset_size"] == 3).all()
    assert (t["voters"] == "nmf").all()
    assert (t["sample"] == "stratified sample").all() and (t["sample_size"] == 20).all()
    assert (t["population"] == 40).all() and (t["n_passages"] == 20).all()


def test_fits_never_warn_and_record_convergence():
    import warnings

    passages = _passages(BUDGET_ROWS)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        short = fit_topics(passages, k=2, n_runs=2, options=TopicOptions(max_iter=5))
        assert short.quality["converged"] is False and short.quality["n_converged"] == 0
        full = fit_topics(passages, k=2, n_runs=2)
        assert full.quality["converged"] is True and full.quality["n_converged"] == 3
        for method in METHODS:
            fit_topics(passages, k=3, method=method, n_runs=3,
                       options=TopicOptions(max_passages=20, budget_runs=3))
        t = select_k(passages, ks=[2, 3], methods=("nmf", "lda"), n_runs=3, n_subsets=10)
        assert (t["n_converged"] <= t["n_fits"]).all()


def test_a_diverging_fit_is_recorded_not_warned(toy):
    # two of the 21 random starts of NMF at k = 2 on the toy corpus diverge in scikit-learn's
    # multiplicative updates (a weight underflows: "overflow encountered in divide"); before, the
    # RuntimeWarning reached the user. Now it is silenced at the fit and the fit counted as not
    # converged.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        t = select_k(toy, ks=[2], methods=("nmf",), n_subsets=5)
    assert t["n_fits"].tolist() == [21] and t["n_converged"].tolist() == [19]


def test_one_weak_sector_word_does_not_name_a_topic():
    # "trust" (a word of diplomacy's "political trust") is in one of the three weather passages:
    # the topic's displayed terms are weather, turned, mild (0.277 each), grew and trust (0.085
    # each). Trust's weight is below an average displayed term's (1/5 of their weight, 0.2): the
    # topic falls back on its passages, which mention culture
    rows = [("weather turned mild", "culture")] * 2 + [
        ("weather turned mild and trust grew", "culture")] + [
        ("students and education", "education")] * 3
    m = fit_topics(_passages(rows), k=2, n_runs=0, options=TopicOptions(min_df=1))
    weather = int(m.doc_topic.iloc[0].idxmax())
    shown = m.top_terms[m.top_terms["topic"] == weather].set_index("term")["weight"]
    assert set(shown.index) == {"weather", "turn", "mild", "grew", "trust"}
    assert shown["trust"] == pytest.approx(0.0852083, rel=1e-4)
    assert shown["trust"] < shown.sum() / len(shown)
    lab = m.labels.set_index("topic")
    assert lab.at[weather, "sector_basis"] == "passages" and lab.at[weather, "sector"] == "culture"
    assert lab.at[weather, "label"].endswith("[Culture]")


def test_topic_tables_say_which_passages_were_fitted():
    from framing import analyse
    from framing.topics import topic_tables

    texts = {
        "p1": "Oil and gas exploration grew. Students joined education exchanges. "
              "Oil and gas projects expanded. Education exchanges grew. Oil and gas fields opened. "
              "Education ties deepened.",
        "p2": "Education exchanges expanded. Oil and gas exploration resumed. "
              "Students joined education programmes. Oil and gas projects resumed. "
              "Oil and gas trade rose. Education grants rose.",
    }
    docs = pd.DataFrame({"doc_id": ["a", "b"], "period": list(texts), "text": list(texts.values())})
    a = analyse(docs)
    opts = TopicOptions(max_passages=8, budget_runs=2, min_df=1)
    tables = topic_tables(a.mentions, a.sentences, ks=[2, 3], n_runs=5, n_boot=20, options=opts,
                          n_subsets=10)
    for name in ("topic-terms", "topic-proportions-by-period", "topic-k-selection"):
        t = tables[name]
        assert (t["sample"] == "stratified sample").all(), name
        assert (t["sample_size"] == 8).all() and (t["population"] == 12).all(), name
        assert (t["sample_seed"] == 0).all() and (t["strata"] == "period x rarest sector").all()
    passages = tables["topic-passages"]
    per_passage = passages.drop_duplicates("passage_id")
    assert len(per_passage) == 12 and per_passage["fitted"].sum() == 8
    # every passage has proportions, fitted or not; beyond the budget the table keeps each passage's
    # largest topic only: one row per (method, passage), its proportion at least 1/k
    assert len(passages) == 3 * 12 and passages["dominant"].all()
    assert (passages.groupby(["method", "passage_id"]).size() == 1).all()
    k_of = tables["topic-terms"].groupby("method")["topic"].nunique()
    assert (passages["proportion"] >= 1 / passages["method"].map(k_of) - 1e-6).all()
    terms = tables["topic-terms"]
    assert (terms["n_fits"] == 3).all() and (terms["n_converged"] <= 3).all()
    assert terms["converged"].dtype == bool
