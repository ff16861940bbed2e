"""Tests of framing.stats.terms: every measure against values worked out by hand on tiny corpora, one
published example, a slow twin of the n-gram counter, and the two study reports (the tables committed
in data/processed/ are reproduced byte for byte)."""

from __future__ import annotations

import doctest
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.corpus import load_corpus
from framing.errors import AnalysisError, FramingError
from framing.io import write_csv
from framing.stats import terms as K
from framing.tokens import display_forms, split_sentences, tokenize

PROCESSED = Path(__file__).resolve().parents[1] / "data" / "processed"
TARGET, REFERENCE = "2026-02", "2025-10"


def corpus(*rows):
    """A corpus table from (doc_id, period, text) rows."""
    return pd.DataFrame.from_records(rows, columns=["doc_id", "period", "text"])


def _fisher_two_sided(a, b, c, d):
    """Fisher's exact test from the hypergeometric formula: sum of P(table) <= P(observed)."""
    row1, col1, n = a + b, a + c, a + b + c + d

    def prob(x):
        return math.comb(col1, x) * math.comb(n - col1, row1 - x) / math.comb(n, row1)

    observed = prob(a)
    lo, hi = max(0, row1 - (n - col1)), min(row1, col1)
    return sum(prob(x) for x in range(lo, hi + 1) if prob(x) <= observed * (1 + 1e-7))


def tok(*rows, **options):
    """The tokens table of a corpus given as (doc_id, period, text) rows."""
    return tokenize(corpus(*rows), **options)


# Target: "Trade grew. Trade and energy grew fast." -> 7 tokens (punctuation excluded):
#   trade 2, grew 2, and 1 (stopword), energi 1, fast 1.
# Reference: "Energy ties. Energy and trade ties held firm." -> 8 tokens:
#   energi 2, tie 2, and 1, trade 1, held 1, firm 1.
TINY = corpus(
    ("t1", "2026", "Trade grew. Trade and energy grew fast."),
    ("r1", "2025", "Energy ties. Energy and trade ties held firm."),
)


@pytest.fixture(scope="module")
def docs():
    return load_corpus()


@pytest.fixture(scope="module")
def tokens(docs):
    return tokenize(docs)


@pytest.fixture(scope="module")
def sentences(docs):
    return split_sentences(docs)


@pytest.fixture(scope="module")
def real_keyness(tokens):
    return K.keyness(tokens, target=TARGET, reference=REFERENCE)


# ---------------------------------------------------------------------------------------------
# Keyness scores from counts
# ---------------------------------------------------------------------------------------------


def test_keyness_statistics_by_hand():
    # a = 6 in c = 100 target tokens, b = 2 in d = 200 reference tokens.
    s = K.keyness_statistics([6, 0], [2, 4], 100, 200, prior=30).iloc
    # E1 = 100 * 8 / 300 = 2.6667, E2 = 200 * 8 / 300 = 5.3333
    # G2 = 2 (6 ln(6 / 2.6667) + 2 ln(2 / 5.3333)) = 2 (6 * 0.8109302 - 2 * 0.9808293) = 5.807846
    assert s[0]["g2"] == pytest.approx(2 * (6 * math.log(2.25) + 2 * math.log(0.375)))
    assert s[0]["g2"] == pytest.approx(5.807846, abs=1e-6)
    # chi-squared with 1 df: P(X > x) = erfc(sqrt(x / 2))
    assert s[0]["p_chi2"] == pytest.approx(math.erfc(math.sqrt(5.807846 / 2)), rel=1e-6)
    # expected count 2.67 < 5: the p that decides is Fisher's exact test on [[6, 94], [2, 198]]
    assert s[0]["p_exact"] == pytest.approx(_fisher_two_sided(6, 94, 2, 198), rel=1e-9)
    assert s[0]["p_value"] == s[0]["p_exact"] and s[0]["p_test"] == "fisher"
    # log ratio = log2((6 / 100) / (2 / 200)) = log2(6) = 2.584963
    assert s[0]["log_ratio"] == pytest.approx(2.584963, abs=1e-6)
    # rates per 1,000 tokens: 60 and 10
    assert (s[0]["rate_target"], s[0]["rate_reference"]) == pytest.approx((60.0, 10.0))
    # log-odds z, prior size a0 = 30: alpha = 30 * 8 / 300 = 0.8
    # delta = ln(6.8 / (100 + 30 - 6 - 0.8)) - ln(2.8 / (200 + 30 - 2 - 0.8))
    #       = ln(6.8 / 123.2) - ln(2.8 / 227.2) = -2.896886 + 4.396211 = 1.499325
    # var = 1 / 6.8 + 1 / 2.8 = 0.504202; z = 1.499325 / 0.710072 = 2.111512
    delta = math.log(6.8 / 123.2) - math.log(2.8 / 227.2)
    assert s[0]["log_odds_z"] == pytest.approx(delta / math.sqrt(1 / 6.8 + 1 / 2.8))
    assert s[0]["log_odds_z"] == pytest.approx(2.111512, abs=1e-6)
    assert s[0]["direction"] == "target"
    # expected counts 2.67 and 5.33 -> smallest 2.67 < 5: flagged
    assert s[0]["expected_min"] == pytest.approx(8 / 3) and bool(s[0]["low_expected"])

    # a = 0, b = 4: E1 = 100 * 4 / 300 = 1.3333, E2 = 2.6667
    # G2 = 2 (0 + 4 ln(4 / 2.6667)) = 8 ln 1.5 = 3.243721 (0 ln 0 = 0)
    assert s[1]["g2"] == pytest.approx(8 * math.log(1.5))
    # log ratio with the zero replaced by 0.5: log2((0.5 / 100) / (4 / 200)) = log2(0.25) = -2
    assert s[1]["log_ratio"] == pytest.approx(-2.0)
    assert s[1]["direction"] == "reference" and s[1]["log_odds_z"] < 0
    # BH over the two p that decide (both exact here): p sorted, m = 2
    p0, p1 = s[0]["p_value"], s[1]["p_value"]
    assert p0 < p1 and s[1]["p_test"] == "fisher"
    assert s[0]["p_adjusted"] == pytest.approx(min(2 * p0, p1))
    assert s[1]["p_adjusted"] == pytest.approx(p1)


def test_keyness_statistics_published_example():
    # Lancaster University corpus-linguistics course notes on Rayson's Log-likelihood wizard
    # (ucrel.lancs.ac.uk/llwizard.html): a word seen 52 times in a 50,000-token corpus and 57 times
    # in a 75,000-token corpus gives "O1 52, %1 0.10, O2 57, %2 0.08, LL + 2.65" (not significant,
    # 2.65 < 3.84).
    s = K.keyness_statistics([52], [57], 50_000, 75_000).iloc[0]
    assert round(s["g2"], 2) == 2.65
    assert round(s["rate_target"] / 10, 2) == 0.10 and round(s["rate_reference"] / 10, 2) == 0.08
    assert s["direction"] == "target" and s["p_value"] > 0.05
    # expected counts 43.6 and 65.4: the chi-squared p decides
    assert s["p_test"] == "chi2" and s["p_value"] == s["p_chi2"]
    # log ratio: log2((52 / 50000) / (57 / 75000)) = log2(1.04 / 0.76) = 0.452512
    assert s["log_ratio"] == pytest.approx(0.452512, abs=1e-6)


def test_keyness_statistics_equal_rates_and_default_prior():
    # 2 in 100 and 4 in 200: the same rate -> G2 = 0, p = 1, log ratio 0, z = 0, direction "none"
    s = K.keyness_statistics([2], [4], 100, 200).iloc[0]
    assert s["g2"] == pytest.approx(0.0, abs=1e-12) and s["p_value"] == pytest.approx(1.0)
    assert s["log_ratio"] == pytest.approx(0.0) and s["log_odds_z"] == pytest.approx(0.0, abs=1e-12)
    assert s["direction"] == "none"
    # default prior size a0 = c + d, so alpha = a + b: a = 3, b = 1, c = d = 10 -> alpha = 4
    # delta = ln(7 / (10 + 20 - 3 - 4)) - ln(5 / (10 + 20 - 1 - 4)) = ln(7/23) - ln(5/25)
    #       = -1.189584 + 1.609438 = 0.419854; var = 1/7 + 1/5 = 0.342857; z = 0.717037
    s = K.keyness_statistics([3], [1], 10, 10).iloc[0]
    z = (math.log(7 / 23) - math.log(5 / 25)) / math.sqrt(1 / 7 + 1 / 5)
    assert s["log_odds_z"] == pytest.approx(z) and z == pytest.approx(0.717037, abs=1e-6)
    with pytest.raises(AnalysisError, match="prior"):
        K.keyness_statistics([1], [1], 10, 10, prior=0)
    with pytest.raises(AnalysisError, match="totals"):
        K.keyness_statistics([1], [1], 0, 10)


# ---------------------------------------------------------------------------------------------
# Keyness and frequencies on a tiny corpus
# ---------------------------------------------------------------------------------------------


def test_keyness_tiny_corpus_by_hand():
    k = K.keyness(tokenize(TINY), target="2026", reference="2025", min_count=2)
    # tested (a + b >= 2): trade 2+1, grew 2+0, energi 1+2, tie 0+2; fast, held, firm seen once
    assert set(k["term"]) == {"trade", "grew", "energi", "tie"}
    assert (k["total_target"] == 7).all() and (k["total_reference"] == 8).all()
    # G2 with c = 7, d = 8, N = 15:
    #   grew   (2, 0): E1 = 7*2/15 = 0.9333 -> 2 * 2 ln(2 / 0.9333) = 4 ln(15/7)  = 3.048560
    #   tie    (0, 2): E2 = 8*2/15 = 1.0667 -> 2 * 2 ln(2 / 1.0667) = 4 ln(15/8)  = 2.514435
    #   trade  (2, 1): E1 = 1.4, E2 = 1.6   -> 2 (2 ln(2/1.4) + ln(1/1.6))       = 0.486693
    #   energi (1, 2): E1 = 1.4, E2 = 1.6   -> 2 (ln(1/1.4) + 2 ln(2/1.6))       = 0.219630
    expected = {
        "grew": 4 * math.log(15 / 7),
        "tie": 4 * math.log(15 / 8),
        "trade": 2 * (2 * math.log(2 / 1.4) + math.log(1 / 1.6)),
        "energi": 2 * (math.log(1 / 1.4) + 2 * math.log(2 / 1.6)),
    }
    assert list(k["term"]) == ["grew", "tie", "trade", "energi"]  # sorted by g2
    for term, g2 in expected.items():
        assert k.set_index("term").loc[term, "g2"] == pytest.approx(g2)
    assert expected["grew"] == pytest.approx(3.048560, abs=1e-6)
    row = k.set_index("term").loc["trade"]
    assert (row["count_target"], row["count_reference"]) == (2, 1)
    assert row["display"] == "trade"
    # log ratio of trade = log2((2/7) / (1/8)) = log2(16/7) = 1.192645
    assert row["log_ratio"] == pytest.approx(1.192645, abs=1e-6)
    # tie: zero in target -> log2((0.5/7) / (2/8)) = log2(2/7) = -1.807355
    assert k.set_index("term").loc["tie", "log_ratio"] == pytest.approx(-1.807355, abs=1e-6)
    assert list(k.set_index("term").loc[["grew", "tie"], "direction"]) == ["target", "reference"]
    # every expected count is below 5: every p is Fisher's exact one, and BH over the 4 tested
    # terms (m = 4) equals the hand rule on them
    assert (k["p_test"] == "fisher").all() and (k["p_value"] == k["p_exact"]).all()
    p = k["p_value"].to_numpy()
    order = np.argsort(p, kind="stable")
    raw = p[order] * 4 / np.arange(1, 5)
    adjusted = np.empty(4)
    adjusted[order] = np.minimum.accumulate(raw[::-1])[::-1].clip(max=1)
    np.testing.assert_allclose(k["p_adjusted"], adjusted)
    # min_count=1 tests the 3 hapaxes too
    assert len(K.keyness(tokenize(TINY), target="2026", reference="2025", min_count=1)) == 7
    # one display column beside counts; display of "energi" is the surface "energy"
    assert k.set_index("term").loc["energi", "display"] == "energy"
    # a list of values selects several groups; by any column of the tokens
    both = K.keyness(tokenize(TINY), target=["t1"], reference="r1", by="doc_id")
    pd.testing.assert_frame_equal(both, k)


def test_keyness_ties_sorted_by_term_and_bad_input():
    tokens = tok(("t", "b", "Alpha beta gamma."), ("r", "a", "Delta epsilon zeta."))
    k = K.keyness(tokens, target="b", reference="a", min_count=1)
    assert list(k["g2"]) == sorted(k["g2"], reverse=True)
    assert list(k["term"]) == sorted(k["term"])  # all G2 equal -> alphabetical
    with pytest.raises(AnalysisError) as err:
        K.keyness(tokens, target="2030", reference="a")
    assert isinstance(err.value, FramingError) and "\n" not in str(err.value)
    assert "2030" in str(err.value) and "have: b, a" in str(err.value)  # order of appearance
    with pytest.raises(AnalysisError, match="overlaps"):
        K.keyness(tokens, target="a", reference="a")
    with pytest.raises(AnalysisError, match="by='nope'"):
        K.keyness(tokens, target="a", reference="b", by="nope")
    with pytest.raises(TypeError):  # target and reference are required keywords
        K.keyness(tokens, "b", "a")
    with pytest.raises(AnalysisError, match="tokens"):
        K.keyness(tokens.drop(columns="is_stop"), target="b", reference="a")


def test_term_frequencies_by_hand():
    docs = pd.concat([TINY, corpus(("t2", "2026", "Trade, trade!"))], ignore_index=True)
    tf = K.term_frequencies(tokenize(docs), by="period")
    assert list(tf.columns) == K.FREQUENCY_COLUMNS
    t = tf[tf["group"] == "2026"].set_index("term")
    # 2026: t1 (7 tokens) + t2 (2 tokens) = 9 tokens; trade 2 + 2 = 4 in 2 documents
    assert (t["n_tokens"] == 9).all()
    assert t.loc["trade", "count"] == 4 and t.loc["trade", "n_docs"] == 2
    assert t.loc["trade", "rate_per_1000"] == pytest.approx(4 / 9 * 1000)
    # dense ranks: trade 4 -> 1; grew 2 -> 2; energi 1, fast 1 -> 3
    assert t["rank"].to_dict() == {"trade": 1, "grew": 2, "energi": 3, "fast": 3}
    assert "and" not in t.index  # stopwords are never terms
    r = tf[tf["group"] == "2025"].set_index("term")
    assert (r["n_tokens"] == 8).all() and r.loc["energi", "count"] == 2
    # groups in order of first appearance (2026 first here), not alphabetical; order= decides
    assert list(dict.fromkeys(tf["group"])) == ["2026", "2025"]
    ordered = K.term_frequencies(tokenize(docs), order=["2025", "2026"])
    assert list(dict.fromkeys(ordered["group"])) == ["2025", "2026"]
    only = K.term_frequencies(tokenize(docs), order=["2025"])
    pd.testing.assert_frame_equal(only, ordered[ordered["group"] == "2025"])
    by_doc = K.term_frequencies(tokenize(docs), by="doc_id")
    assert list(dict.fromkeys(by_doc["group"])) == ["t1", "r1", "t2"]


# ---------------------------------------------------------------------------------------------
# Document-term matrix
# ---------------------------------------------------------------------------------------------


def test_document_term_matrix_ngrams_and_entities():
    docs = corpus(
        (
            "a",
            "p",
            "The Communist Party of Việt Nam values political trust. Trust of the people, and 2025 trade ties.",
        ),
        ("b", "p", "Sense of duty matters. The people trust the Party."),
    )
    tokens = tokenize(docs)
    X, terms = K.document_term_matrix(tokens)
    assert X.format == "csr" and X.shape == (2, len(terms)) and X.dtype == np.int64
    assert list(terms.columns) == K.TERM_COLUMNS and list(terms["term"]) == sorted(terms["term"])
    col = dict(zip(terms["term"], range(len(terms)), strict=True))
    row = terms.set_index("term")

    def count(doc, term):
        return X[doc, col[term]] if term in col else 0

    # the entity is one token whose stem is its canonical key; n = 1
    ent = "communist party of viet nam"
    assert row.loc[ent, "n"] == 1 and row.loc[ent, "display"] == "Communist Party of Việt Nam"
    assert count(0, ent) == 1 and "communist" not in col and "viet" not in col
    # n-grams built on the entity: "CPV values" and "CPV values political"
    assert row.loc[f"{ent} valu", "n"] == 2 and row.loc[f"{ent} valu polit", "n"] == 3
    assert row.loc["polit trust", "display"] == "political trust"
    assert count(0, "polit trust") == 1 and count(0, "valu polit trust") == 1
    # no n-gram across the sentence end (". Trust") nor across the comma / the number 2025
    assert "trust trust" not in col and "peopl trade" not in col and "peopl and" not in col
    assert count(0, "trade tie") == 1
    # stopword edges: "sense of duty" in (stopword inside), "sense of" / "of duty" out,
    # "trust the party" in, "the people trust" out; stopwords are never unigrams
    assert count(1, "sens of duti") == 1 and row.loc["sens of duti", "n"] == 3
    assert {"sens of", "of duti", "of duti matter", "the peopl trust", "the", "of"}.isdisjoint(col)
    assert (
        count(1, "trust the parti") == 1
        and row.loc["trust the parti", "display"] == "trust the party"
    )
    # "trust" twice in (a) ("Trust" capitalised is the same stem), once in (b)
    assert (count(0, "trust"), count(1, "trust")) == (2, 1)
    # numbers are never terms
    assert "2025" not in col
    # unigrams only
    X1, t1 = K.document_term_matrix(tokens, ngram_range=(1, 1))
    assert (t1["n"] == 1).all() and set(t1["term"]) < set(terms["term"])
    # bigrams only
    _, t2 = K.document_term_matrix(tokens, ngram_range=(2, 2))
    assert (t2["n"] == 2).all()
    # min_df=2: terms in both documents only
    _, t3 = K.document_term_matrix(tokens, min_df=2)
    # (a) has trust, peopl; "Party" of (a) is inside the entity, so parti is in (b) only
    assert set(t3["term"]) == {"trust", "peopl"}
    _, t3f = K.document_term_matrix(tokens, min_df=1.0)  # a share: every document
    assert set(t3f["term"]) == {"trust", "peopl"}
    # 4-grams: "sense of duty matters" starts and ends with a content word
    _, t5 = K.document_term_matrix(tokens, ngram_range=(1, 4))
    assert "sens of duti matter" in set(t5["term"]) and set(terms["term"]) < set(t5["term"])
    for bad in ((0, 2), (2, 1), (1.0, 2), "12", None):
        with pytest.raises(AnalysisError, match="ngram_range"):
            K.document_term_matrix(tokens, ngram_range=bad)
    for bad in (3, -1, 1.5, "2", True):
        with pytest.raises(AnalysisError, match="min_df"):
            K.document_term_matrix(tokens, min_df=bad)
    # stopwords come from the tokens table: tokenized without any, "the" and "of" become terms
    _, t4 = K.document_term_matrix(tokenize(docs, stopwords=[]), ngram_range=(1, 1))
    assert {"the", "of"} <= set(t4["term"])
    with pytest.raises(AnalysisError, match="no terms"):
        K.document_term_matrix(tok(("x", "p", "the of and, 12.")))


def test_ngram_boundaries_are_sentences_paragraphs_and_abbreviations():
    # A paragraph break ends a run; "U.S." may end a sentence, so nothing joins it from the right.
    tokens = tok(("a", "p", "Trade deal signed\n\nEnergy plan with U.S. Trade grows"))
    for rng in ((1, 3), (1, 4)):
        _, terms = K.document_term_matrix(tokens, ngram_range=rng)
        got = set(terms["term"])
        assert {"trade deal", "trade deal sign", "energi plan", "trade grow"} <= got
        assert not any("sign energi" in t or "u.s. trade" in t for t in got)
        assert "plan with u.s." in got  # the abbreviation itself can end an n-gram
    # Boundaries come from the table's sentence_id and paragraph_id, not from line breaks in the
    # text: a single line break inside a paragraph does not end a run (the study's reports have
    # none), a change of sentence does even without punctuation.
    _, terms = K.document_term_matrix(tok(("a", "p", "Trade deal signed\nEnergy plan")))
    assert "sign energi" in set(terms["term"])
    tokens = tok(("a", "p", "Alpha beta gamma delta"))
    tokens.loc[tokens["surface"].isin(["gamma", "delta"]), "sentence_id"] = 1
    _, terms = K.document_term_matrix(tokens, ngram_range=(2, 2))
    assert set(terms["term"]) == {"alpha beta", "gamma delta"}


def test_rows_follow_the_documents_in_order_of_appearance_and_any_row_order():
    docs = corpus(("z", "p", "Energy ties grew."), ("a", "p", "Trade grew."))
    tokens = tokenize(docs)
    X, terms = K.document_term_matrix(tokens)
    assert list(tokens["doc_id"].unique()) == ["z", "a"]
    col = dict(zip(terms["term"], range(len(terms)), strict=True))
    assert X[0, col["energi"]] == 1 and X[1, col["trade"]] == 1
    # the table shuffled within documents gives the same matrix (reading order is token_id)
    shuffled = tokens.sample(frac=1.0, random_state=3)
    shuffled = pd.concat([shuffled[shuffled["doc_id"] == "z"], shuffled[shuffled["doc_id"] == "a"]])
    X2, terms2 = K.document_term_matrix(shuffled)
    assert terms2.equals(terms) and (X2 != X).nnz == 0


# The slow, obviously right twin: scikit-learn's CountVectorizer with an analyzer that walks each
# document's token rows one by one.
def _analyzer(ngram_range):
    lo, hi = ngram_range

    def analyse(rows: pd.DataFrame) -> list[str]:
        feats, run, prev = [], [], None
        for r in rows.itertuples():
            if prev is not None and (r.sentence_id, r.paragraph_id) != prev:
                run = []
            prev = (r.sentence_id, r.paragraph_id)
            if r.is_punct or r.is_number:
                run = []
                continue
            run.append((r.stem, r.is_stop))
            if not r.is_stop:
                for n in range(lo, hi + 1):
                    gram = run[-n:]
                    if len(gram) == n and not gram[0][1]:
                        feats.append(" ".join(s for s, _ in gram))
            if not (r.is_stop or r.is_entity) and r.norm.endswith("."):
                run = []
        return feats

    return analyse


def _oracle(tokens, ngram_range):
    from sklearn.feature_extraction.text import CountVectorizer

    per_doc = [g for _, g in tokens.groupby("doc_id", observed=True, sort=False)]
    cv = CountVectorizer(analyzer=_analyzer(ngram_range))
    X = cv.fit_transform(per_doc)
    return X, list(cv.get_feature_names_out())


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 3), (2, 4)])
def test_counts_equal_the_countvectorizer_twin_on_the_study(tokens, ngram_range):
    X, terms = K.document_term_matrix(tokens, ngram_range=ngram_range)
    Y, names = _oracle(tokens, ngram_range)
    assert list(terms["term"]) == names
    assert (X != Y).nnz == 0


def test_counts_on_string_keys_equal_the_integer_keys(tokens, monkeypatch):
    # the fallback for vocabularies too large for an integer n-gram key gives the same matrix
    X, terms = K.document_term_matrix(tokens, ngram_range=(1, 3))
    monkeypatch.setattr(K, "_INT_KEYS", 1)
    Y, names = K.document_term_matrix(tokens, ngram_range=(1, 3))
    assert list(terms["term"]) == list(names["term"]) and list(terms["display"]) == list(names["display"])
    assert (X != Y).nnz == 0 and X.nnz == 819  # every term of the two study reports


_PIECES = st.sampled_from(
    [
        "United",
        "Russia",
        "Party",
        "Việt",
        "Nam",
        "CPV",
        "to",
        "the",
        "of",
        "and",
        "U.S.",
        "e.g.",
        "3.5",
        "2026",
        "cooperation",
        "energy",
        "oil",
        "gas",
        "(",
        ",",
        ".",
        "-",
        "trust",
        "political",
        "Tô",
        "Lâm",
        "science-technology",
        "?",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", ". "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SPACES), min_size=1, max_size=25))
def test_property_counts_equal_the_countvectorizer_twin(parts):
    text = "".join(p + s for p, s in parts)
    tokens = tok(("a", "p", text), ("b", "p", text.lower()))
    try:
        Y, names = _oracle(tokens, (1, 3))
    except ValueError:  # the twin found no term at all
        with pytest.raises(AnalysisError):
            K.document_term_matrix(tokens)
        return
    X, terms = K.document_term_matrix(tokens)
    assert list(terms["term"]) == names and (X != Y).nnz == 0


def test_display_forms_match_framing_display_forms(tokens):
    _, terms = K.document_term_matrix(tokens, ngram_range=(1, 1))
    ref = display_forms(tokens)
    assert dict(zip(terms["term"], terms["display"], strict=True)) == {
        t: ref[t] for t in terms["term"]
    }


# ---------------------------------------------------------------------------------------------
# Collocations
# ---------------------------------------------------------------------------------------------


def test_collocations_by_hand():
    tokens = tok(("a", "g", "Red wine. Red wine. Red car. Blue wine."))
    c = K.collocations(tokens, by="period", min_freq=2)
    assert list(c.columns) == K.COLLOCATION_COLUMNS
    # words: red 3, wine 3, car 1, blue 1 -> N = 8; pairs within sentences: red wine 2, red car 1,
    # blue wine 1 (never "wine red" across a sentence end)
    assert len(c) == 1
    r = c.iloc[0]
    assert (r["w1"], r["w2"], r["display"], r["freq"], r["rank_llr"]) == (
        "red",
        "wine",
        "red wine",
        2,
        1,
    )
    # 2x2 table: n_ii = 2, n_io = 3 - 2 = 1, n_oi = 3 - 2 = 1, n_oo = 8 - 4 = 4
    # expected = row total * column total / N: 3*3/8 = 1.125, 3*5/8 = 1.875, 1.875, 5*5/8 = 3.125
    # llr = 2 (2 ln(2/1.125) + 2 * 1 ln(1/1.875) + 4 ln(4/3.125)) = 1.761903
    llr = 2 * (2 * math.log(2 / 1.125) + 2 * math.log(1 / 1.875) + 4 * math.log(4 / 3.125))
    assert r["llr"] == pytest.approx(llr, rel=1e-9) and llr == pytest.approx(1.761903, abs=1e-6)
    # pmi = log2(f(red wine) N / (f(red) f(wine))) = log2(2 * 8 / 9) = 0.830075
    assert r["pmi"] == pytest.approx(0.830075, abs=1e-6)
    all_pairs = K.collocations(tokens, min_freq=1)
    assert set(zip(all_pairs["w1"], all_pairs["w2"], strict=True)) == {
        ("red", "wine"),
        ("red", "car"),
        ("blue", "wine"),
    }


def test_collocations_filters_stopwords_numbers_uses_entities_and_keeps_group_order():
    tokens = tok(
        (
            "a",
            "g2",
            "The red wine of 2025. The red wine of Việt Nam. Vietnam trade, Vietnam trade.",
        ),
        ("b", "g1", "Red wine. Red wine."),
    )
    c = K.collocations(tokens, min_freq=2)
    pairs = set(zip(c.loc[c["group"] == "g2", "w1"], c.loc[c["group"] == "g2", "w2"], strict=True))
    # "the red" and "wine of" contain stopwords; "Vietnam" and "Việt Nam" are one entity word
    assert pairs == {("red", "wine"), ("viet nam", "trade")}
    assert c.set_index("w1").loc["viet nam", "display"] == "Việt Nam trade"
    assert list(dict.fromkeys(c["group"])) == ["g2", "g1"]  # order of first appearance
    assert list(dict.fromkeys(K.collocations(tokens, order=["g1", "g2"])["group"])) == ["g1", "g2"]
    with pytest.raises(AnalysisError, match="window"):
        K.collocations(tokens, window=1)


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def test_dispersion_terms_and_mentions():
    text = "Trade first. Then energy and trade, and political trust to cooperate."
    tokens = tok(("d", "p", text))
    pos = K.dispersion(tokens, terms=["cooperation", "trade", "Political trust"])
    assert list(pos.columns) == K.DISPERSION_COLUMNS
    trade = pos[pos["item"] == "trade"]
    # "Trade" at 0 and "trade" at 29; rel_position = start / len(text) = 29 / 69 (the text ends with
    # its last token, so the default length is the text's)
    assert list(trade["start"]) == [0, text.index("trade")] == [0, 29]
    assert trade["rel_position"].tolist() == pytest.approx([0.0, 29 / len(text)])
    assert len(text) == 69
    # "cooperation" finds "cooperate" (same stem); the multi-word term spans both words
    coop = pos[pos["item"] == "cooperate"].iloc[0]
    assert text[coop["start"] : coop["end"]] == "cooperate"
    pt = pos[pos["item"] == "political trust"].iloc[0]
    assert text[pt["start"] : pt["end"]] == "political trust"
    assert set(pos["kind"]) == {"term"}
    mentions = pd.DataFrame(
        {
            "doc_id": ["d", "d"],
            "period": ["p", "p"],
            "sector": ["energy", "trade"],
            "start": [18, 0],
            "end": [24, 5],
        }
    )
    both = K.dispersion(tokens, terms=["trade"], mentions=mentions, sectors=["energy"])
    sec = both[both["kind"] == "sector"]
    assert list(sec["item"]) == ["energy"] and sec["rel_position"].iloc[0] == pytest.approx(18 / 69)
    assert len(both[both["kind"] == "term"]) == 2
    # the document's true length (trailing text after the last token) is given by ``lengths``
    longer = K.dispersion(tokens, terms=["trade"], lengths={"d": 100})
    assert longer["rel_position"].tolist() == pytest.approx([0.0, 0.29])
    with pytest.raises(AnalysisError, match="mentions"):
        K.dispersion(tokens, mentions=mentions.drop(columns="sector"))
    with pytest.raises(AnalysisError, match="terms"):
        K.dispersion(tokens)  # no default list of terms: the caller (or the study) chooses them
    with pytest.raises(AnalysisError, match="no words"):
        K.dispersion(tokens, terms=[" , "])
    with pytest.raises(AnalysisError, match="not in tokens"):
        K.dispersion(tokens, mentions=mentions.assign(doc_id="x"))


def test_dispersion_dp_sizes_parts_in_words_not_characters():
    # paragraph 1 "Trade grew." = 2 words (13 characters with the blank line); paragraph 2
    # "A, b, c, d, e, f." = 6 words (16 characters: the commas are not words)
    docs = corpus(("d", "p", "Trade grew.\n\nA, b, c, d, e, f."))
    tokens = tokenize(docs)
    pos = K.dispersion(tokens, terms=["trade"])
    dp = K.dispersion_dp(pos, tokens).iloc[0]
    assert list(dp.index) == K.DP_COLUMNS
    assert (dp["count"], dp["n_parts"]) == (1, 2)
    # s = (2/8, 6/8), v = (1, 0): DP = 0.5 (|1 - 0.25| + |0 - 0.75|) = 0.75; DP_norm = 0.75 / 0.75
    assert dp["dp"] == pytest.approx(0.75) and dp["dp_norm"] == pytest.approx(1.0)
    # sized in characters (the defect) it would be 0.5 (|1 - 13/29| + 16/29) = 0.551724
    assert not dp["dp"] == pytest.approx(16 / 29)
    # an item in both paragraphs, once each: v = (0.5, 0.5) -> DP = 0.5 (0.25 + 0.25) = 0.25
    two = corpus(("d", "p", "Trade grew.\n\nA, b, c, d, e, trade."))
    t2 = tokenize(two)
    assert K.dispersion_dp(K.dispersion(t2, terms=["trade"]), t2)["dp"].item() == pytest.approx(0.25)
    with pytest.raises(AnalysisError, match="tokens"):
        K.dispersion_dp(pos, split_sentences(docs))  # a sentences table has no word tokens
    with pytest.raises(AnalysisError, match="not in tokens"):
        K.dispersion_dp(pos.assign(doc_id="x"), tokens)


def test_dispersion_on_the_study_matches_the_mentions(docs, tokens, sentences):
    lengths = docs.set_index("doc_id")["text"].str.len()
    pos = K.dispersion(tokens, terms=["cooperation", "Việt Nam"], lengths=lengths)
    for doc_id, start, end in zip(pos["doc_id"], pos["start"], pos["end"], strict=True):
        assert 0 <= start < end <= lengths[doc_id]
    assert pos["rel_position"].between(0, 1).all()
    # "cooperation" occurs 7 + 6 times outside entity names (see test_real_keyness_table)
    assert (pos["item"] == "cooperation").sum() == 13
    dp = K.dispersion_dp(pos, tokens)
    assert dp["dp"].between(0, 1).all() and (dp["n_parts"] > 1).all()


# ---------------------------------------------------------------------------------------------
# Lexical overview
# ---------------------------------------------------------------------------------------------


def test_lexical_overview_by_hand():
    docs = corpus(("d", "p", "Trade grew. Trade and energy grew fast.\n\nNew era."))
    o = K.lexical_overview(tokenize(docs), split_sentences(docs))
    assert list(o.columns) == K.OVERVIEW_COLUMNS
    o = o.iloc[0]
    # tokens: Trade grew | Trade and energy grew fast | New era = 2 + 5 + 2 = 9
    # types (stems): trade, grew, and, energi, fast, new, era = 7
    assert (o["n_tokens"], o["n_types"], o["n_sentences"], o["n_paragraphs"]) == (9, 7, 3, 2)
    assert o["ttr"] == pytest.approx(7 / 9) and o["mean_sentence_length"] == pytest.approx(3.0)
    # a document without words: zeros, and NaN ratios instead of a division error
    two = corpus(("d", "p", "Trade grew."), ("e", "p", "..."))
    two = K.lexical_overview(tokenize(two), split_sentences(two))
    assert two["n_tokens"].tolist() == [2, 0] and math.isnan(two["ttr"].iloc[1])
    # the group column is named after ``by``
    by_doc = K.lexical_overview(tokenize(docs), split_sentences(docs), by="doc_id")
    assert list(by_doc.columns) == ["doc_id", *K.OVERVIEW_COLUMNS[2:]]  # no second doc_id column
    with pytest.raises(AnalysisError, match="by='place'"):
        K.lexical_overview(tokenize(docs), split_sentences(docs), by="place")


# ---------------------------------------------------------------------------------------------
# The two study reports
# ---------------------------------------------------------------------------------------------


def test_real_keyness_table(tokens, sentences, real_keyness):
    k = real_keyness
    assert list(k.columns) == K.KEYNESS_COLUMNS
    assert k["g2"].is_monotonic_decreasing
    assert (
        k[["count_target", "count_reference", "total_target", "total_reference"]]
        .notna()
        .all()
        .all()
    )
    assert ((k["count_target"] + k["count_reference"]) >= 2).all()
    assert (k["p_adjusted"] >= k["p_value"] - 1e-15).all()
    assert (np.sign(k["log_ratio"]) == np.sign(k["log_odds_z"])).all()
    assert ((k["direction"] == "target") == (k["log_ratio"] > 0)).all()
    # totals are the documents' token counts (lexical overview)
    ov = K.lexical_overview(tokens, sentences).set_index("period")
    assert (k["total_target"] == ov.loc[TARGET, "n_tokens"]).all()
    assert (k["total_reference"] == ov.loc[REFERENCE, "n_tokens"]).all()
    # Hand count in the raw files: "cooperation" appears 9 times in the Pyongyang report, 2 of them
    # inside entity names ("Master Plan on Việt Nam–Russia Cooperation up to 2030", "Asia-Pacific
    # Economic Cooperation"), so 7 free occurrences; 6 in the Moscow report, no other "cooperat-".
    coop = k.set_index("term").loc["cooper"]
    assert (coop["count_target"], coop["count_reference"], coop["display"]) == (6, 7, "cooperation")
    # G2 = 2 (6 ln(6 / E1) + 7 ln(7 / E2)), E1 = 478 * 13 / 1008, E2 = 530 * 13 / 1008
    c, d = coop["total_target"], coop["total_reference"]
    e1, e2 = c * 13 / (c + d), d * 13 / (c + d)
    assert coop["g2"] == pytest.approx(2 * (6 * math.log(6 / e1) + 7 * math.log(7 / e2)))


def test_keyness_uses_the_exact_p_where_expected_counts_are_below_5(real_keyness):
    # issue 15: 117 of the 120 rows have an expected count below 5, where the chi-squared p of G2
    # is unreliable; Fisher's exact test decides there. (The issue counted 119 of 123: APEC, ASEAN
    # and DPRK, defined in brackets after their names, were second tokens then; issue 13.)
    k = real_keyness.set_index("term")
    low = (k["expected_min"] < 5).to_numpy()
    assert len(k) == 120 and int(low.sum()) == 117 and (k["low_expected"] == low).all()
    assert (k.loc[low, "p_test"] == "fisher").all() and (k.loc[~low, "p_test"] == "chi2").all()
    assert (k["p_value"] == np.where(low, k["p_exact"], k["p_chi2"])).all()
    # 13 terms have p < .05 by chi-squared (the seven 0-against-3 terms now just pass: G2 =
    # 6 ln(1008 / 530) = 3.858 > 3.841), one by the p that decides
    assert int((k["p_chi2"] < 0.05).sum()) == 13 and int((k["p_value"] < 0.05).sum()) == 1
    # 3 against 0 ("foreign"): only the table itself is as unlikely, P = C(478, 3) / C(1008, 3)
    foreign = k.loc["foreign"]
    assert (foreign["count_target"], foreign["count_reference"]) == (3, 0)
    assert foreign["p_exact"] == pytest.approx(math.comb(478, 3) / math.comb(1008, 3), rel=1e-9)
    assert foreign["p_exact"] == pytest.approx(_fisher_two_sided(3, 475, 0, 530), rel=1e-9)
    assert round(foreign["p_value"], 3) == 0.106 and foreign["p_chi2"] < 0.05
    # 4 against 0 ("renewal"): exact p 0.0502, just above .05; 8 against 1 (the CPV, its bracketed
    # "(CPV)" no longer a second count): expected 4.27, so Fisher decides, p = 0.016
    assert round(k.loc["renew", "p_value"], 4) == 0.0502 and k.loc["renew", "p_test"] == "fisher"
    cpv = k.loc["communist party of viet nam"]
    assert (cpv["count_target"], cpv["count_reference"]) == (8, 1)
    assert cpv["p_test"] == "fisher" and cpv["p_value"] == cpv["p_exact"]
    assert cpv["p_exact"] == pytest.approx(_fisher_two_sided(8, 470, 1, 529), rel=1e-9)
    assert round(cpv["p_value"], 3) == 0.016
    # BH adjusts the p that decide
    p = k["p_value"].to_numpy()
    order = np.argsort(p, kind="stable")
    raw = p[order] * len(p) / np.arange(1, len(p) + 1)
    adjusted = np.empty(len(p))
    adjusted[order] = np.minimum.accumulate(raw[::-1])[::-1].clip(max=1)
    np.testing.assert_allclose(k["p_adjusted"], adjusted, rtol=1e-11)


def test_keyness_order_is_immune_to_last_bit_noise(tokens, monkeypatch):
    # Another CPU's vectorised log may change G2 in its last bit; tied terms must still come in
    # the order of their terms, and the table must not change.
    clean = K.keyness(tokens, target=TARGET, reference=REFERENCE)
    real = K.log_likelihood

    def noisy(a, b, c, d):
        g2 = real(a, b, c, d)
        signs = np.where(np.arange(g2.size) % 2, 1.0, -1.0).reshape(g2.shape)
        return g2 + signs * np.spacing(g2)  # one unit in the last place, up or down

    monkeypatch.setattr(K, "log_likelihood", noisy)
    pd.testing.assert_frame_equal(K.keyness(tokens, target=TARGET, reference=REFERENCE), clean)
    # the control: without rounding, the ties follow the noise (what the test guards against)
    monkeypatch.setattr(K, "round_table", lambda table, digits=12: table)
    noisy_order = K.keyness(tokens, target=TARGET, reference=REFERENCE)["term"].tolist()
    assert noisy_order != clean["term"].tolist()


def test_real_collocations_and_frequencies(tokens):
    c = K.collocations(tokens)
    g = c[c["group"] == REFERENCE].set_index(["w1", "w2"])
    # "General Secretary" appears 6 times in the Pyongyang report (grep -o | wc -l)
    assert g.loc[("general", "secretary"), "freq"] == 6
    assert (c.groupby("group")["llr"].apply(lambda s: s.is_monotonic_decreasing)).all()
    tf = K.term_frequencies(tokens).set_index(["group", "term"])
    assert tf.loc[(REFERENCE, "cooper"), "count"] == 7 and tf.loc[(TARGET, "cooper"), "count"] == 6


def test_term_tables_and_determinism(docs, tokens, sentences):
    a = K.term_tables(tokens, sentences, target=TARGET, reference=REFERENCE)
    b = K.term_tables(tokens, sentences, target=TARGET, reference=REFERENCE)
    assert list(a) == ["term-frequencies", "keyness", "collocations", "lexical-overview"]
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    assert len(a["keyness"]) > 0 and len(a["lexical-overview"]) == 2
    one = docs.iloc[:1]
    single = K.term_tables(tokenize(one), split_sentences(one), target=None, reference=None)
    assert single["keyness"].empty and list(single["keyness"].columns) == K.KEYNESS_COLUMNS


@pytest.mark.parametrize(
    "name", ["term-frequencies", "keyness", "collocations", "lexical-overview"]
)
def test_the_committed_term_tables_are_reproduced_byte_for_byte(tokens, sentences, name, tmp_path):
    tables = K.term_tables(tokens, sentences, target=TARGET, reference=REFERENCE)
    write_csv(tmp_path / f"{name}.csv", tables[name])
    assert (tmp_path / f"{name}.csv").read_bytes() == (PROCESSED / f"{name}.csv").read_bytes()


def test_identical_across_processes():
    # Set and dict order must not leak into results: another hash seed gives the same tables.
    code = (
        "from framing.corpus import load_corpus; from framing.tokens import tokenize;"
        "from framing.stats import terms as K; t = tokenize(load_corpus());"
        f"print(K.keyness(t, target={TARGET!r}, reference={REFERENCE!r}).to_csv());"
        "print(K.collocations(t).to_csv())"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.append(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
    assert outs[0] == outs[1] and len(outs[0]) > 1000


def test_docstring_examples_run():
    result = doctest.testmod(K)
    assert result.attempted > 10 and result.failed == 0


def test_counter_sanity_on_the_study(tokens):
    # n_tokens of the counter are the non-punctuation tokens per document
    counts = K._Counts(tokens, (1, 1), 1, by="period")
    expected = Counter(tokens.loc[~tokens["is_punct"], "doc_id"].astype(str))
    assert dict(zip(counts.doc_ids, counts.n_tokens.tolist(), strict=True)) == dict(expected)
