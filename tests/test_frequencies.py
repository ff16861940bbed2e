"""Tests of framing.frequencies: every measure against values worked out by hand on tiny corpora, one
published example, and sanity checks on the two study reports."""

from __future__ import annotations

import importlib
import math
import os
import subprocess
import sys
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from framing.corpus import load_corpus
from framing.errors import InputError
from framing.text import load_stopwords, tokenize, tokenize_text

# The module; ``framing.keyness`` (the package attribute) is the function.
K = importlib.import_module("framing.frequencies")


def corpus(*rows):
    """A corpus table from (doc_id, period, text) rows."""
    return pd.DataFrame.from_records(rows, columns=["doc_id", "period", "text"])


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
def real_keyness(docs):
    return K.keyness(docs, "2026-02", "2025-10")


# ---------------------------------------------------------------------------------------------
# Benjamini-Hochberg
# ---------------------------------------------------------------------------------------------


def test_benjamini_hochberg_by_hand():
    p = [0.01, 0.04, 0.03, 0.005, 0.045]
    # sorted: 0.005 (k=1), 0.01 (2), 0.03 (3), 0.04 (4), 0.045 (5); m = 5
    # m p / k: 0.025, 0.025, 0.05, 0.05, 0.045
    # running minimum from the largest k down: 0.045, min(0.05, 0.045) = 0.045, 0.045, 0.025, 0.025
    # back in input order: 0.01 -> 0.025, 0.04 -> 0.045, 0.03 -> 0.045, 0.005 -> 0.025, 0.045 -> 0.045
    np.testing.assert_allclose(K.benjamini_hochberg(p), [0.025, 0.045, 0.045, 0.025, 0.045])
    # capped at 1: [0.6, 0.9] -> 2*0.6/1 = 1.2 -> min(1.2, 0.9) = 0.9; 2*0.9/2 = 0.9
    np.testing.assert_allclose(K.benjamini_hochberg([0.6, 0.9]), [0.9, 0.9])
    np.testing.assert_allclose(K.benjamini_hochberg([0.8]), [0.8])
    assert K.benjamini_hochberg([]).size == 0


def test_benjamini_hochberg_matches_scipy():
    from scipy.stats import false_discovery_control

    p = np.random.default_rng(4).uniform(size=200) ** 3
    np.testing.assert_allclose(K.benjamini_hochberg(p), false_discovery_control(p, method="bh"))


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
    assert s[0]["p_value"] == pytest.approx(math.erfc(math.sqrt(5.807846 / 2)), rel=1e-6)
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
    # BH over the two: p sorted, m = 2
    p0, p1 = s[0]["p_value"], s[1]["p_value"]
    assert p0 < p1
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
    with pytest.raises(K.KeynessError):
        K.keyness_statistics([1], [1], 10, 10, prior=0)


# ---------------------------------------------------------------------------------------------
# Keyness and frequencies on a tiny corpus
# ---------------------------------------------------------------------------------------------


def test_keyness_tiny_corpus_by_hand():
    k = K.keyness(TINY, target="2026", reference="2025", min_count=2)
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
    # BH over the 4 tested terms (m = 4) equals the hand rule on their p-values
    p = k["p_value"].to_numpy()  # ascending because G2 is descending
    raw = p * 4 / np.arange(1, 5)
    np.testing.assert_allclose(k["p_adjusted"], np.minimum.accumulate(raw[::-1])[::-1].clip(max=1))
    # min_count=1 tests the 3 hapaxes too
    assert len(K.keyness(TINY, "2026", "2025", min_count=1)) == 7
    # one display column beside counts; display of "energi" is the surface "energy"
    assert k.set_index("term").loc["energi", "display"] == "energy"


def test_keyness_ties_sorted_by_term_and_bad_input():
    docs = corpus(("t", "b", "Alpha beta gamma."), ("r", "a", "Delta epsilon zeta."))
    k = K.keyness(docs, "b", "a", min_count=1)
    assert list(k["g2"]) == sorted(k["g2"], reverse=True)
    assert list(k["term"]) == sorted(k["term"])  # all G2 equal -> alphabetical
    with pytest.raises(K.KeynessError) as err:
        K.keyness(docs, "2030", "a")
    assert isinstance(err.value, InputError) and "\n" not in str(err.value)
    assert "2030" in str(err.value)
    with pytest.raises(K.KeynessError):
        K.keyness(docs, "a", "a")
    with pytest.raises(K.KeynessError):
        K.keyness(docs, "a", "b", by="nope")


def test_term_frequencies_by_hand():
    docs = pd.concat([TINY, corpus(("t2", "2026", "Trade, trade!"))], ignore_index=True)
    tf = K.term_frequencies(docs, by="period")
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
    assert list(tf["group"]) == sorted(tf["group"])
    by_doc = K.term_frequencies(docs, by="doc_id")
    assert set(by_doc["group"]) == {"t1", "t2", "r1"}


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
    X, terms = K.document_term_matrix(docs)
    assert X.format == "csr" and X.shape == (2, len(terms))
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
    X1, t1 = K.document_term_matrix(docs, ngram_range=(1, 1))
    assert (t1["n"] == 1).all() and set(t1["term"]) < set(terms["term"])
    # bigrams only
    _, t2 = K.document_term_matrix(docs, ngram_range=(2, 2))
    assert (t2["n"] == 2).all()
    # min_df=2: terms in both documents only
    _, t3 = K.document_term_matrix(docs, min_df=2)
    # (a) has trust, peopl; "Party" of (a) is inside the entity, so parti is in (b) only
    assert set(t3["term"]) == {"trust", "peopl"}
    # 4-grams (the list-based path): "sense of duty matters" starts and ends with a content word
    _, t5 = K.document_term_matrix(docs, ngram_range=(1, 4))
    assert "sens of duti matter" in set(t5["term"]) and set(terms["term"]) < set(t5["term"])
    with pytest.raises(K.KeynessError):
        K.document_term_matrix(docs, ngram_range=(0, 2))
    # custom stopwords: without any, "the" and "of" become terms
    _, t4 = K.document_term_matrix(docs, ngram_range=(1, 1), stopwords=[])
    assert {"the", "of"} <= set(t4["term"])
    with pytest.raises(K.KeynessError):
        K.document_term_matrix(corpus(("x", "p", "the of and, 12.")))


def test_no_ngram_across_a_line_break_or_after_an_abbreviation():
    # A headline without a full stop ends at its line break; "U.S." may end a sentence.
    docs = corpus(("a", "p", "Trade deal signed\nEnergy plan with U.S. Trade grows"))
    for rng in ((1, 3), (1, 4)):  # both analyzer paths
        _, terms = K.document_term_matrix(docs, ngram_range=rng)
        got = set(terms["term"])
        assert {"trade deal", "trade deal sign", "energi plan", "trade grow"} <= got
        assert not any("sign energi" in t or "u.s. trade" in t for t in got)
        assert "plan with u.s." in got  # the abbreviation itself can end an n-gram


def test_fast_trigram_path_equals_generic_path(docs):
    # The hot loop for max_n <= 3 and the list-based loop for any max_n emit the same terms.
    an = K._Analyzer(load_stopwords(), (1, 3))
    for text in docs["text"]:
        assert Counter(an(text)) == Counter(an._generic(text, tokenize_text(text)))


def test_ngrams_match_a_reference_built_from_the_tokens_table(docs):
    # Independent reference: n-grams from framing.tokenize's table, within a sentence, broken at
    # punctuation and numbers, not starting or ending with a stopword.
    tokens = tokenize(docs)
    X, terms = K.document_term_matrix(docs)
    for i, (doc_id, t) in enumerate(tokens.groupby("doc_id", observed=True, sort=False)):
        assert doc_id == docs["doc_id"].iloc[i]
        expected = Counter()
        runs, run, prev_sid = [], [], None
        for stem, stop, punct, num, sid in zip(
            t["stem"], t["is_stop"], t["is_punct"], t["is_number"], t["sentence_id"], strict=True
        ):
            if punct or num or sid != prev_sid:
                runs.append(run)
                run = []
            if not (punct or num):
                run.append((stem, stop))
            prev_sid = sid
        runs.append(run)
        for run in runs:
            for j in range(len(run)):
                for n in (1, 2, 3):
                    gram = run[j : j + n]
                    if len(gram) == n and not gram[0][1] and not gram[-1][1]:
                        expected[" ".join(s for s, _ in gram)] += 1
        row = X[i].toarray().ravel()
        got = {term: int(c) for term, c in zip(terms["term"], row, strict=True) if c}
        assert got == dict(expected)


def test_display_forms_match_framing_text(docs):
    from framing.text import display_forms

    _, terms = K.document_term_matrix(docs, ngram_range=(1, 1))
    ref = display_forms(tokenize(docs))
    assert dict(zip(terms["term"], terms["display"], strict=True)) == {
        t: ref[t] for t in terms["term"]
    }


# ---------------------------------------------------------------------------------------------
# Collocations
# ---------------------------------------------------------------------------------------------


def test_collocations_by_hand():
    docs = corpus(("a", "g", "Red wine. Red wine. Red car. Blue wine."))
    c = K.collocations(docs, by="period", min_freq=2)
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
    all_pairs = K.collocations(docs, min_freq=1)
    assert set(zip(all_pairs["w1"], all_pairs["w2"], strict=True)) == {
        ("red", "wine"),
        ("red", "car"),
        ("blue", "wine"),
    }


def test_collocations_filters_stopwords_numbers_and_uses_entities():
    docs = corpus(
        ("a", "g", "The red wine of 2025. The red wine of Việt Nam. Vietnam trade, Vietnam trade.")
    )
    c = K.collocations(docs, min_freq=2)
    pairs = set(zip(c["w1"], c["w2"], strict=True))
    # "the red" and "wine of" contain stopwords; "Vietnam" and "Việt Nam" are one entity word
    assert pairs == {("red", "wine"), ("viet nam", "trade")}
    assert c.set_index("w1").loc["viet nam", "display"] == "Việt Nam trade"
    with pytest.raises(K.KeynessError):
        K.collocations(docs, window=1)


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def test_dispersion_terms_and_mentions():
    text = "Trade first. Then energy and trade, and political trust to cooperate."
    docs = corpus(("d", "p", text))
    pos = K.dispersion(docs, terms=["cooperation", "trade", "Political trust"])
    assert list(pos.columns) == K.DISPERSION_COLUMNS
    trade = pos[pos["item"] == "trade"]
    # "Trade" at 0 and "trade" at 29; rel_position = start / len(text) = 29 / 69
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
    both = K.dispersion(docs, terms=["trade"], mentions=mentions, sectors=["energy"])
    sec = both[both["kind"] == "sector"]
    assert list(sec["item"]) == ["energy"] and sec["rel_position"].iloc[0] == pytest.approx(18 / 69)
    assert len(both[both["kind"] == "term"]) == 2
    with pytest.raises(K.KeynessError):
        K.dispersion(docs, mentions=mentions.drop(columns="sector"))


def test_dispersion_dp_by_hand():
    # paragraph 1 = characters 0..12 (13 incl. the blank line), paragraph 2 = 13..19 (7); 20 chars
    text = "trade x y z\n\nq r s t"
    docs = corpus(("d", "p", text))
    dp = K.dispersion_dp(K.dispersion(docs, terms=["trade"]), docs).iloc[0]
    # s = (13/20, 7/20) = (0.65, 0.35); all occurrences in part 1: v = (1, 0)
    # DP = 0.5 (|1 - 0.65| + |0 - 0.35|) = 0.35; DP_norm = 0.35 / (1 - 0.35) = 0.538462
    assert (dp["count"], dp["n_parts"]) == (1, 2)
    assert dp["dp"] == pytest.approx(0.35) and dp["dp_norm"] == pytest.approx(0.538462, abs=1e-6)


def test_dispersion_default_terms_are_key_terms(docs, real_keyness):
    pos = K.dispersion(docs)
    assert set(pos["item"]) == set(real_keyness["display"].head(10))
    for doc_id, start, end in zip(pos["doc_id"], pos["start"], pos["end"], strict=True):
        text = docs.set_index("doc_id").loc[doc_id, "text"]
        assert 0 <= start < end <= len(text)
    assert pos["rel_position"].between(0, 1).all()


# ---------------------------------------------------------------------------------------------
# Lexical overview
# ---------------------------------------------------------------------------------------------


def test_lexical_overview_by_hand():
    docs = corpus(("d", "p", "Trade grew. Trade and energy grew fast.\n\nNew era."))
    o = K.lexical_overview(docs).iloc[0]
    # tokens: Trade grew | Trade and energy grew fast | New era = 2 + 5 + 2 = 9
    # types (stems): trade, grew, and, energi, fast, new, era = 7
    assert (o["n_tokens"], o["n_types"], o["n_sentences"], o["n_paragraphs"]) == (9, 7, 3, 2)
    assert o["ttr"] == pytest.approx(7 / 9) and o["mean_sentence_length"] == pytest.approx(3.0)
    # a document without words: zeros, and NaN ratios instead of a division error
    two = K.lexical_overview(corpus(("d", "p", "Trade grew."), ("e", "p", "...")))
    assert two["n_tokens"].tolist() == [2, 0] and math.isnan(two["ttr"].iloc[1])


# ---------------------------------------------------------------------------------------------
# The two study reports
# ---------------------------------------------------------------------------------------------


def test_real_keyness_table(docs, real_keyness):
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
    ov = K.lexical_overview(docs).set_index("period")
    assert (k["total_target"] == ov.loc["2026-02", "n_tokens"]).all()
    assert (k["total_reference"] == ov.loc["2025-10", "n_tokens"]).all()
    # Hand count in the raw files: "cooperation" appears 9 times in the Pyongyang report, 2 of them
    # inside entity names ("Master Plan on Việt Nam–Russia Cooperation up to 2030", "Asia-Pacific
    # Economic Cooperation"), so 7 free occurrences; 6 in the Moscow report, no other "cooperat-".
    coop = k.set_index("term").loc["cooper"]
    assert (coop["count_target"], coop["count_reference"], coop["display"]) == (6, 7, "cooperation")
    # G2 = 2 (6 ln(6 / E1) + 7 ln(7 / E2)), E1 = 479 * 13 / 1014, E2 = 535 * 13 / 1014 -> 0.006144
    c, d = coop["total_target"], coop["total_reference"]
    e1, e2 = c * 13 / (c + d), d * 13 / (c + d)
    assert coop["g2"] == pytest.approx(2 * (6 * math.log(6 / e1) + 7 * math.log(7 / e2)))


def test_real_collocations_and_frequencies(docs):
    c = K.collocations(docs)
    g = c[c["group"] == "2025-10"].set_index(["w1", "w2"])
    # "General Secretary" appears 6 times in the Pyongyang report (grep -o | wc -l)
    assert g.loc[("general", "secretary"), "freq"] == 6
    assert (c.groupby("group")["llr"].apply(lambda s: s.is_monotonic_decreasing)).all()
    tf = K.term_frequencies(docs).set_index(["group", "term"])
    assert (
        tf.loc[("2025-10", "cooper"), "count"] == 7 and tf.loc[("2026-02", "cooper"), "count"] == 6
    )


def test_keyness_tables_and_determinism(docs):
    a = K.keyness_tables(docs)
    b = K.keyness_tables(docs)
    assert set(a) == {"term-frequencies", "keyness", "collocations", "lexical-overview"}
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    assert len(a["keyness"]) > 0 and len(a["lexical-overview"]) == 2
    single = K.keyness_tables(docs.iloc[:1])
    assert single["keyness"].empty and list(single["keyness"].columns) == K.KEYNESS_COLUMNS


def test_identical_across_processes():
    # Set and dict order must not leak into results: another hash seed gives the same tables.
    code = (
        "import importlib; from framing.corpus import load_corpus;"
        "K = importlib.import_module('framing.frequencies'); d = load_corpus();"
        "print(K.keyness(d, '2026-02', '2025-10').to_csv()); print(K.collocations(d).to_csv())"
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
