"""Term statistics: document-term matrix, frequencies, keyness, collocations, dispersion.

What words distinguish one period from another, how strongly, and how sure can we be? Everything is
computed from the project tokenizer (:func:`framing.text.tokenize_text`): terms are Snowball stems
(an entity of the packaged list is one token whose stem is its folded canonical name, so "Vietnam",
"Viet Nam" and "Việt Nam" are one term), shown by their display form (the most frequent surface,
lower-cased; an entity's canonical name).

Counting conventions, used by every function here:

* **tokens** (the denominators ``n_tokens`` / ``total_*``): all non-punctuation tokens, stopwords and
  numbers included; an entity is one token. Rates are per 1,000 such tokens.
* **terms** (what is counted): n-grams of stems, ``ngram_range`` wide, that neither start nor end with
  a stopword (so a stopword alone is never a term, but "party of korea" is). Numbers and punctuation
  are not terms, and an n-gram never spans a punctuation token, a number, a line break or a sentence
  end. A term key joins the stems of its tokens with one space ("polit trust"); its display joins
  their display forms ("political trust").

Two short reports give weak statistics: every score sits beside the counts it comes from, effect
sizes beside p-values, and :func:`keyness` flags terms whose expected counts are small.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import itemgetter

import numpy as np
import pandas as pd

from framing.errors import InputError, require_columns
from framing.text import (
    _NUMBER_RE,
    _QUOTE_ONLY,
    fold,
    load_entities,
    load_stopwords,
    split_sentences,
    tokenize,
    tokenize_text,
)

__all__ = [
    "KeynessError",
    "document_term_matrix",
    "term_frequencies",
    "keyness",
    "keyness_statistics",
    "benjamini_hochberg",
    "collocations",
    "dispersion",
    "dispersion_dp",
    "lexical_overview",
    "keyness_tables",
    "TERM_COLUMNS",
    "FREQUENCY_COLUMNS",
    "KEYNESS_COLUMNS",
    "COLLOCATION_COLUMNS",
    "DISPERSION_COLUMNS",
    "DP_COLUMNS",
    "OVERVIEW_COLUMNS",
]

TERM_COLUMNS = ["term", "display", "n"]
FREQUENCY_COLUMNS = [
    "term",
    "display",
    "group",
    "count",
    "n_tokens",
    "rate_per_1000",
    "rank",
    "n_docs",
]
KEYNESS_COLUMNS = [
    "term",
    "display",
    "count_target",
    "count_reference",
    "total_target",
    "total_reference",
    "rate_target",
    "rate_reference",
    "g2",
    "p_value",
    "p_adjusted",
    "log_ratio",
    "log_odds_z",
    "direction",
    "n_docs_target",
    "n_docs_reference",
    "expected_min",
    "low_expected",
]
COLLOCATION_COLUMNS = ["group", "w1", "w2", "display", "freq", "llr", "pmi", "rank_llr"]
DISPERSION_COLUMNS = ["doc_id", "period", "item", "kind", "start", "end", "rel_position"]
DP_COLUMNS = ["doc_id", "period", "item", "kind", "count", "n_parts", "dp", "dp_norm"]
OVERVIEW_COLUMNS = [
    "doc_id",
    "period",
    "n_tokens",
    "n_types",
    "ttr",
    "n_sentences",
    "mean_sentence_length",
    "n_paragraphs",
]

#: An expected count below this in either cell flags a keyness row (``low_expected``).
LOW_EXPECTED = 5.0


class KeynessError(InputError):
    """Bad input to a term statistic. ``str(err)`` is one line: ``<entry>: <problem>``."""


# ---------------------------------------------------------------------------------------------
# The analyzer: one pass over tokenize_text's output per document
# ---------------------------------------------------------------------------------------------

# Token kinds, decided once per distinct folded form (cached in _Analyzer.kinds).
_WORD, _STOP, _PUNCT, _NUMBER, _WORD_THEN_BREAK = 0, 1, 2, 3, 4
_STEM, _SURFACE = itemgetter(4), itemgetter(2)  # fields of a tokenize_text tuple


def _kind(norm: str, stop: frozenset[str]) -> int:
    if not any(ch.isalnum() for ch in norm):
        return _PUNCT  # punctuation: not a token, and n-grams stop here
    if _NUMBER_RE.match(norm):
        return _NUMBER  # counted as a token, never a term, and it ends an n-gram
    if norm in stop:
        return _STOP
    if norm.endswith("."):
        return _WORD_THEN_BREAK  # "U.S." may end a sentence: nothing joins it from the right
    return _WORD


class _Analyzer:
    """The callable given to ``CountVectorizer(analyzer=...)``.

    Per document it calls :func:`tokenize_text` once and emits the terms. Per-token decisions are
    cached by folded form; besides the features it keeps, for the whole fit, the number of tokens of
    each document (in call order), the (stem, surface) counts for display forms and the stems of
    multi-word entities (to tell the length of an n-gram from its key).
    """

    def __init__(self, stopwords: frozenset[str], ngram_range: tuple[int, int]):
        try:
            lo, hi = (int(v) for v in ngram_range)
            ok = (lo, hi) == tuple(ngram_range) and 1 <= lo <= hi
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise KeynessError(
                "ngram_range",
                f"expected (min_n, max_n) with 1 <= min_n <= max_n, got {ngram_range!r}",
            )
        self.stop = stopwords
        self.lo, self.hi = lo, hi
        self.kinds: dict[str, int] = {}
        self.n_tokens: list[int] = []
        self.surfaces: Counter = Counter()
        self.entity_stems: set[str] = set()

    def __call__(self, text: str) -> list[str]:
        toks = tokenize_text(text)
        if self.hi > 3:
            feats = self._generic(text, toks)
        else:
            feats = self._up_to_trigrams(text, toks)
        # display-form counts, one C-level pass (surface per stem)
        self.surfaces.update(zip(map(_STEM, toks), map(_SURFACE, toks), strict=True))
        return feats

    def _kind_of(self, norm: str, is_ent: bool, stem: str) -> int:
        if is_ent:
            self.entity_stems.add(stem)
            return _WORD
        k = self.kinds.get(norm)
        if k is None:
            k = self.kinds[norm] = _kind(norm, self.stop)
        return k

    def _up_to_trigrams(self, text: str, toks: list[tuple]) -> list[str]:
        # The hot loop for max_n <= 3: the last two tokens of the current run in p1 (previous) and
        # p2 (the one before), with their stopword flags; None = no token (run broken).
        kinds, stop, ents = self.kinds, self.stop, self.entity_stems
        uni, bi, tri = self.lo == 1, self.lo <= 2 <= self.hi, self.hi == 3
        feats: list[str] = []
        append = feats.append
        p1 = p2 = None
        s1 = s2 = True
        n_tok = 0
        big = len(text) + 1
        nl = text.find("\n")
        if nl < 0:
            nl = big
        for start, _end, _surface, norm, stem, is_ent, _etype in toks:
            if nl < start:  # a line break since the previous token ends the run
                p1 = p2 = None
                nl = text.find("\n", start)
                if nl < 0:
                    nl = big
            if is_ent:
                ents.add(stem)
                k = _WORD
            else:
                k = kinds.get(norm)
                if k is None:
                    k = kinds[norm] = _kind(norm, stop)
            if k == _PUNCT:
                p1 = p2 = None
                continue
            n_tok += 1
            if k == _NUMBER:
                p1 = p2 = None
                continue
            if k == _STOP:
                p2, s2, p1, s1 = p1, s1, stem, True
                continue
            if uni:
                append(stem)
            if p1 is not None:
                if bi and not s1:
                    append(p1 + " " + stem)
                if tri and p2 is not None and not s2:
                    append(p2 + " " + p1 + " " + stem)
            if k == _WORD_THEN_BREAK:
                p1 = p2 = None
            else:
                p2, s2, p1, s1 = p1, s1, stem, False
        self.n_tokens.append(n_tok)
        return feats

    def _generic(self, text: str, toks: list[tuple]) -> list[str]:
        # Any max_n: the current run kept in lists (the same rules as _up_to_trigrams).
        lo, hi = self.lo, self.hi
        feats: list[str] = []
        stems: list[str] = []
        stops: list[bool] = []
        n_tok = 0
        nl = text.find("\n")
        for start, _end, _surface, norm, stem, is_ent, _etype in toks:
            if 0 <= nl < start:
                stems, stops = [], []
                nl = text.find("\n", start)
            k = self._kind_of(norm, is_ent, stem)
            if k == _PUNCT or k == _NUMBER:
                n_tok += k == _NUMBER
                stems, stops = [], []
                continue
            n_tok += 1
            stems.append(stem)
            stops.append(k == _STOP)
            if k != _STOP:
                j = len(stems)
                if lo == 1:
                    feats.append(stem)
                for n in range(max(lo, 2), min(hi, j) + 1):
                    if not stops[j - n]:
                        feats.append(" ".join(stems[j - n :]))
            if k == _WORD_THEN_BREAK:
                stems, stops = [], []
        self.n_tokens.append(n_tok)
        return feats

    def displays(self) -> dict[str, str]:
        """Display form of every stem seen (rule of :func:`framing.text.display_forms`)."""
        names = {ent.key: ent.name for _, ent in load_entities()}
        counts: dict[str, Counter] = {}
        for (stem, surface), c in self.surfaces.items():
            if stem in self.entity_stems:
                form = names.get(stem) or " ".join(surface.split())
            else:
                form = unicodedata.normalize("NFC", surface).translate(_QUOTE_ONLY).lower()
            counts.setdefault(stem, Counter())[form] += c
        return {
            stem: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for stem, c in counts.items()
        }

    def split_term(self, term: str) -> list[str]:
        """The stems of an n-gram key (multi-word entity stems matched longest first)."""
        parts = term.split(" ")
        if len(parts) == 1 or not any(" " in s for s in self.entity_stems):
            return parts
        longest = max(s.count(" ") + 1 for s in self.entity_stems)
        out, i = [], 0
        while i < len(parts):
            for size in range(min(longest, len(parts) - i), 0, -1):
                piece = " ".join(parts[i : i + size])
                if size == 1 or piece in self.entity_stems:
                    out.append(piece)
                    i += size
                    break
        return out


def _stopset(stopwords: Iterable[str] | None) -> frozenset[str]:
    return load_stopwords() if stopwords is None else frozenset(fold(w) for w in stopwords)


def _check_docs(docs: pd.DataFrame, needed=("doc_id", "text")) -> None:
    require_columns(docs, needed, "docs", KeynessError)


def _fit(docs, ngram_range=(1, 3), stopwords=None, min_df=1):
    """Fit the vectorizer; return (X, terms, analyzer)."""
    from sklearn.feature_extraction.text import CountVectorizer

    _check_docs(docs)
    analyzer = _Analyzer(_stopset(stopwords), tuple(ngram_range))
    texts = [str(t) for t in docs["text"]]
    cv = CountVectorizer(analyzer=analyzer, min_df=min_df)
    try:
        X = cv.fit_transform(texts)
    except ValueError as err:  # empty vocabulary, or min_df above the number of documents
        raise KeynessError("docs", f"no terms to count ({err})") from None
    if len(analyzer.n_tokens) != len(texts):  # the analyzer must have seen each document once
        raise RuntimeError("CountVectorizer did not analyse each document exactly once")
    vocab = sorted(cv.vocabulary_.items(), key=lambda kv: kv[1])
    disp = analyzer.displays()
    rows = []
    for term, _col in vocab:
        parts = analyzer.split_term(term)
        rows.append((term, " ".join(disp.get(p, p) for p in parts), len(parts)))
    terms = pd.DataFrame.from_records(rows, columns=TERM_COLUMNS)
    terms["n"] = terms["n"].astype("int64")
    return X.tocsr(), terms, analyzer


def document_term_matrix(
    docs: pd.DataFrame,
    ngram_range: tuple[int, int] = (1, 3),
    stopwords: Iterable[str] | None = None,
    min_df: int | float = 1,
):
    """Document-term matrix of the corpus, built by scikit-learn's ``CountVectorizer``.

    The vectorizer's analyzer is the project tokenizer (:func:`framing.text.tokenize_text`): terms
    are stems, entity tokens are whole, punctuation and numbers are dropped, and n-grams neither start
    nor end with a stopword and never cross punctuation, a number, a line break or a sentence end
    (see the module docstring).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``text``.
    ngram_range : (int, int)
        Smallest and largest n-gram length, in tokens.
    stopwords : iterable of str, optional
        Replaces the packaged list (:func:`framing.load_stopwords`); compared with folded forms.
    min_df : int or float
        Passed to ``CountVectorizer``: keep terms in at least this many documents (a float: this
        share of the documents).

    Returns
    -------
    X : scipy.sparse.csr_matrix
        Counts, shape (documents, terms), rows in the order of ``docs``, int64.
    terms : pandas.DataFrame
        One row per column of ``X``, sorted by term key: ``term`` (stems joined by a space),
        ``display`` (display forms joined by a space, e.g. "political trust"), ``n`` (n-gram
        length in tokens; an entity is one token).
    """
    X, terms, _ = _fit(docs, ngram_range, stopwords, min_df)
    return X, terms


# ---------------------------------------------------------------------------------------------
# Frequencies and keyness
# ---------------------------------------------------------------------------------------------


def _groups(docs: pd.DataFrame, by: str):
    if by not in docs.columns:
        raise KeynessError(
            f"by={by!r}", f"not a column of docs ({', '.join(map(str, docs.columns))})"
        )
    values = docs[by].astype(str).to_numpy()
    labels = sorted(set(values))
    return values, labels


def _group_matrix(values, labels):
    """Sparse indicator (groups x documents)."""
    from scipy import sparse

    index = {g: i for i, g in enumerate(labels)}
    rows = np.array([index[v] for v in values], dtype=np.int64)
    data = np.ones(len(values), dtype=np.int64)
    return sparse.csr_matrix(
        (data, (rows, np.arange(len(values)))), shape=(len(labels), len(values))
    )


def term_frequencies(
    docs: pd.DataFrame,
    by: str = "period",
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Term counts and rates per group of documents.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``text`` and the ``by`` column.
    by : str
        Column of ``docs`` that groups documents ("period", "doc_id", "place", ...).
    ngram_range : (int, int)
        N-gram lengths counted (default unigrams).
    stopwords : iterable of str, optional
        Replaces the packaged stopword list.

    Returns
    -------
    pandas.DataFrame
        One row per term and group where the term occurs, sorted by group, rank, term. Columns
        ``term``, ``display``, ``group`` (value of ``by``, as str), ``count`` (occurrences),
        ``n_tokens`` (non-punctuation tokens of the group), ``rate_per_1000`` (count per 1,000
        tokens), ``rank`` (dense rank by count, 1 = most frequent, within the group), ``n_docs``
        (documents of the group containing the term).
    """
    _check_docs(docs)
    values, labels = _groups(docs, by)
    X, terms, an = _fit(docs, ngram_range, stopwords)
    G = _group_matrix(values, labels)
    counts = (G @ X).toarray()
    ndocs = (G @ (X > 0).astype(np.int64)).toarray()
    ntok = G @ np.asarray(an.n_tokens, dtype=np.int64)
    frames = []
    for gi, g in enumerate(labels):
        nz = np.flatnonzero(counts[gi])
        f = pd.DataFrame(
            {
                "term": terms["term"].to_numpy()[nz],
                "display": terms["display"].to_numpy()[nz],
                "group": g,
                "count": counts[gi, nz].astype(np.int64),
                "n_tokens": np.int64(ntok[gi]),
                "rate_per_1000": counts[gi, nz] / ntok[gi] * 1000.0 if ntok[gi] else np.nan,
                "n_docs": ndocs[gi, nz].astype(np.int64),
            }
        )
        f["rank"] = f["count"].rank(method="dense", ascending=False).astype(np.int64)
        frames.append(f.sort_values(["rank", "term"], kind="mergesort"))
    out = (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FREQUENCY_COLUMNS)
    )
    return out[FREQUENCY_COLUMNS].reset_index(drop=True)


def benjamini_hochberg(p_values) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate; Benjamini & Hochberg 1995).

    With the m p-values sorted ascending, p_(1) <= ... <= p_(m), the adjusted value of p_(i) is
    ``min(1, min_{k >= i} m * p_(k) / k)``; values are returned in the input order.

    Parameters
    ----------
    p_values : array-like of float

    Returns
    -------
    numpy.ndarray of float
    """
    p = np.asarray(p_values, dtype=float)
    m = p.size
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def _xlogy_ratio(o: np.ndarray, e: np.ndarray) -> np.ndarray:
    """o * ln(o / e) with 0 * ln 0 = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)


def _select(values: np.ndarray, labels: list[str], which, name: str) -> np.ndarray:
    wanted = [
        str(w)
        for w in ([which] if isinstance(which, str) or not isinstance(which, Sequence) else which)
    ]
    unknown = [w for w in wanted if w not in labels]
    if unknown or not wanted:
        raise KeynessError(
            f"{name}={which!r}", f"no documents with that value (have: {', '.join(labels)})"
        )
    return np.isin(values, wanted)


def keyness_statistics(a, b, c: float, d: float, prior: float | None = None) -> pd.DataFrame:
    """The keyness scores of :func:`keyness` from counts alone (formulas in its docstring).

    Parameters
    ----------
    a, b : array-like of int
        Counts of each term in the target and in the reference.
    c, d : float
        Total tokens of the target and of the reference.
    prior : float, optional
        Prior size a0 of ``log_odds_z`` (default c + d).

    Returns
    -------
    pandas.DataFrame
        One row per term: ``count_target``, ``count_reference``, ``total_target``,
        ``total_reference``, ``rate_target``, ``rate_reference`` (per 1,000 tokens), ``g2``,
        ``p_value``, ``p_adjusted`` (Benjamini–Hochberg over these rows), ``log_ratio``,
        ``log_odds_z``, ``direction``, ``expected_min``, ``low_expected``.
    """
    from scipy.stats import chi2

    a = np.atleast_1d(np.asarray(a, dtype=float))
    b = np.atleast_1d(np.asarray(b, dtype=float))
    c, d = float(c), float(d)
    if c <= 0 or d <= 0:
        raise KeynessError("totals", f"corpus sizes must be positive, got {c:g} and {d:g}")
    n = c + d
    e1, e2 = c * (a + b) / n, d * (a + b) / n
    g2 = 2.0 * (_xlogy_ratio(a, e1) + _xlogy_ratio(b, e2))
    g2 = np.maximum(g2, 0.0)  # rounding can give -1e-16 for equal rates
    p = chi2.sf(g2, 1)
    log_ratio = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
    a0 = n if prior is None else float(prior)
    if not a0 > 0:
        raise KeynessError(f"prior={prior!r}", "the prior size must be positive")
    alpha = a0 * (a + b) / n
    delta = np.log((a + alpha) / (c + a0 - a - alpha)) - np.log((b + alpha) / (d + a0 - b - alpha))
    z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    ra, rb = a / c, b / d
    direction = np.where(ra > rb, "target", np.where(ra < rb, "reference", "none"))
    return pd.DataFrame(
        {
            "count_target": a.astype(np.int64),
            "count_reference": b.astype(np.int64),
            "total_target": np.full(a.shape, c, dtype=np.int64),
            "total_reference": np.full(a.shape, d, dtype=np.int64),
            "rate_target": ra * 1000.0,
            "rate_reference": rb * 1000.0,
            "g2": g2,
            "p_value": p,
            "p_adjusted": benjamini_hochberg(p),
            "log_ratio": log_ratio,
            "log_odds_z": z,
            "direction": direction,
            "expected_min": np.minimum(e1, e2),
            "low_expected": np.minimum(e1, e2) < LOW_EXPECTED,
        }
    )


def keyness(
    docs: pd.DataFrame,
    target,
    reference,
    by: str = "period",
    min_count: int = 2,
    prior: float | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: Iterable[str] | None = None,
) -> pd.DataFrame:
    r"""Keyness of each term in the target documents against the reference documents.

    Notation, per term: a = count in target, b = count in reference, c = total tokens of target,
    d = total tokens of reference (non-punctuation tokens, stopwords included).

    * ``g2`` — log-likelihood, two-cell form (Rayson & Garside 2000, "Comparing corpora using
      frequency profiling"): E1 = c (a + b) / (c + d), E2 = d (a + b) / (c + d),
      G2 = 2 (a ln(a / E1) + b ln(b / E2)), with 0 ln 0 = 0.
    * ``p_value`` — upper tail of the chi-squared distribution with 1 degree of freedom at G2
      (``scipy.stats.chi2.sf``). ``p_adjusted`` — Benjamini–Hochberg (1995) over the terms tested
      (:func:`benjamini_hochberg`).
    * ``log_ratio`` — Hardie (2014, "Log Ratio: an informal introduction", CASS): log2 of the ratio of
      relative frequencies, log2((a / c) / (b / d)); a zero count is replaced by 0.5. 1 = twice as
      frequent in the target, -1 = twice as frequent in the reference.
    * ``log_odds_z`` — Monroe, Colaresi & Quinn (2008, "Fightin' words", Political Analysis 16(4),
      eq. 22) log-odds ratio with an informative Dirichlet prior, divided by its standard error. With
      prior size a0 and the pooled share of the term, alpha = a0 (a + b) / (c + d):
      delta = ln((a + alpha) / (c + a0 - a - alpha)) - ln((b + alpha) / (d + a0 - b - alpha)),
      var = 1 / (a + alpha) + 1 / (b + alpha), z = delta / sqrt(var). The prior covers all token
      types (stopwords and numbers too), so its pseudo-counts sum to a0.
    * ``direction`` — "target" if a / c > b / d, "reference" if smaller, "none" if equal.
    * ``expected_min`` = min(E1, E2); ``low_expected`` is True when it is below 5: the chi-squared
      approximation of the p-value is then rough (the G2 value itself stays a usable ranking score).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``text`` and the ``by`` column.
    target, reference : str or list of str
        Value(s) of ``by`` selecting the target and the reference documents (e.g. "2026-02").
    by : str
        Column of ``docs`` to select on.
    min_count : int
        A term is tested when a + b >= min_count (default 2: a term seen once cannot be key).
    prior : float, optional
        Size a0 of the Dirichlet prior of ``log_odds_z`` in pseudo-tokens. Default: the pooled size
        c + d, so that the prior pseudo-count of each term equals its pooled count a + b.
    ngram_range : (int, int)
        N-gram lengths tested (default unigrams).
    stopwords : iterable of str, optional
        Replaces the packaged stopword list.

    Returns
    -------
    pandas.DataFrame
        One row per tested term, sorted by ``g2`` descending, ties by ``term``. Columns ``term``,
        ``display``, ``count_target``, ``count_reference``, ``total_target``, ``total_reference``,
        ``rate_target``, ``rate_reference`` (per 1,000 tokens), ``g2``, ``p_value``, ``p_adjusted``,
        ``log_ratio``, ``log_odds_z``, ``direction``, ``n_docs_target``, ``n_docs_reference``
        (documents containing the term), ``expected_min``, ``low_expected``.
    """
    _check_docs(docs)
    values, labels = _groups(docs, by)
    in_t = _select(values, labels, target, "target")
    in_r = _select(values, labels, reference, "reference")
    if (in_t & in_r).any():
        raise KeynessError(f"target={target!r}", f"overlaps reference={reference!r}")
    X, terms, an = _fit(docs, ngram_range, stopwords)
    ntok = np.asarray(an.n_tokens, dtype=np.int64)
    a = np.asarray(X[in_t].sum(axis=0)).ravel().astype(float)
    b = np.asarray(X[in_r].sum(axis=0)).ravel().astype(float)
    nd_t = np.asarray((X[in_t] > 0).sum(axis=0)).ravel().astype(np.int64)
    nd_r = np.asarray((X[in_r] > 0).sum(axis=0)).ravel().astype(np.int64)
    c, d = float(ntok[in_t].sum()), float(ntok[in_r].sum())
    if c == 0 or d == 0:
        raise KeynessError(
            f"target={target!r}" if c == 0 else f"reference={reference!r}", "no tokens"
        )
    keep = (a + b) >= min_count
    a, b, nd_t, nd_r = a[keep], b[keep], nd_t[keep], nd_r[keep]
    terms = terms[keep].reset_index(drop=True)

    stats = keyness_statistics(a, b, c, d, prior=prior)
    out = pd.concat([terms[["term", "display"]], stats], axis=1)
    out["n_docs_target"] = nd_t
    out["n_docs_reference"] = nd_r
    out = out[KEYNESS_COLUMNS]
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Collocations
# ---------------------------------------------------------------------------------------------


def _word(norm: str, stem: str, is_entity: bool) -> str:
    # an entity's word is its canonical key, so its aliases collocate as one word
    return stem if is_entity else norm


def collocations(
    docs: pd.DataFrame,
    by: str = "period",
    min_freq: int = 2,
    window: int = 2,
    stopwords: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Bigram collocations per group, scored by NLTK's ``BigramCollocationFinder``.

    Words are the folded forms (:func:`framing.fold`) of the non-punctuation tokens; an entity is one
    word, its folded canonical name ("viet nam"). Pairs are counted within sentences only (never
    across a sentence end), over the words in order with punctuation removed; with ``window`` > 2 a
    pair is two words at most ``window - 1`` apart (Church & Hanks 1990). Pairs containing a stopword
    or a number are dropped after counting (NLTK's word filter), so the totals behind the scores are
    all words. Scores: ``llr`` = NLTK ``likelihood_ratio`` (Dunning 1993:
    2 * sum over the 2x2 table of O ln(O / E)); ``pmi`` = NLTK ``pmi``, log2(f(w1 w2) N / (f(w1) f(w2))).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``text`` and the ``by`` column.
    by : str
        Column grouping the documents.
    min_freq : int
        Keep pairs seen at least this many times in the group.
    window : int
        Window size (2 = adjacent words).
    stopwords : iterable of str, optional
        Replaces the packaged stopword list.

    Returns
    -------
    pandas.DataFrame
        Columns ``group``, ``w1``, ``w2`` (folded words), ``display`` (their display forms joined by a
        space), ``freq`` (pair count), ``llr``, ``pmi``, ``rank_llr`` (1 = highest llr in the group;
        ties share the best rank). Sorted by group, llr descending, w1, w2.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    _check_docs(docs, ("doc_id", "text", by))
    if not isinstance(window, int) or window < 2:
        raise KeynessError(f"window={window!r}", "must be an integer >= 2")
    stop = _stopset(stopwords)
    values, labels = _groups(docs, by)
    tokens = tokenize(docs)
    tokens = tokens[~tokens["is_punct"]]
    words = [
        _word(n, s, e)
        for n, s, e in zip(tokens["norm"], tokens["stem"], tokens["is_entity"], strict=True)
    ]
    names = {ent.key: ent.name for _, ent in load_entities()}
    disp_counts: dict[str, Counter] = {}
    for w, surface, is_ent in zip(words, tokens["surface"], tokens["is_entity"], strict=True):
        form = (
            names.get(w, w)
            if is_ent
            else unicodedata.normalize("NFC", surface).translate(_QUOTE_ONLY).lower()
        )
        disp_counts.setdefault(w, Counter())[form] += 1
    disp = {w: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for w, c in disp_counts.items()}
    group_of = dict(zip(docs["doc_id"].astype(str), values, strict=True))
    doc_ids = tokens["doc_id"].astype(str).to_numpy()
    sent_ids = tokens["sentence_id"].to_numpy()

    stream: dict[str, list] = {g: [] for g in labels}
    prev = None
    for w, doc, sid in zip(words, doc_ids, sent_ids, strict=True):
        if prev is not None and prev != (doc, sid):
            stream[group_of[prev[0]]].extend([None] * (window - 1))  # pad: no pair spans sentences
        stream[group_of[doc]].append(w)
        prev = (doc, sid)
    if prev is not None:
        stream[group_of[prev[0]]].extend([None] * (window - 1))

    measures = BigramAssocMeasures()

    def dropped(w: str) -> bool:
        return w in stop or bool(_NUMBER_RE.match(w))

    rows = []
    for g in labels:
        finder = BigramCollocationFinder.from_words(stream[g], window_size=window)
        finder.apply_freq_filter(min_freq)
        finder.apply_word_filter(dropped)
        llr = dict(finder.score_ngrams(measures.likelihood_ratio))
        pmi = dict(finder.score_ngrams(measures.pmi))
        for (w1, w2), score in llr.items():
            rows.append(
                (
                    g,
                    w1,
                    w2,
                    f"{disp.get(w1, w1)} {disp.get(w2, w2)}",
                    int(finder.ngram_fd[(w1, w2)]),
                    score,
                    pmi[(w1, w2)],
                )
            )
    out = pd.DataFrame.from_records(rows, columns=COLLOCATION_COLUMNS[:-1])
    out["freq"] = out["freq"].astype(np.int64)
    out["llr"] = out["llr"].astype(float)
    out["pmi"] = out["pmi"].astype(float)
    out = out.sort_values(
        ["group", "llr", "w1", "w2"], ascending=[True, False, True, True], kind="mergesort"
    )
    out["rank_llr"] = (
        out.groupby("group")["llr"].rank(method="min", ascending=False).astype(np.int64)
    )
    return out.reset_index(drop=True)[COLLOCATION_COLUMNS]


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def _default_terms(docs: pd.DataFrame, k: int = 10) -> list[str]:
    """The k key terms of the latest period against the earliest, else the k most frequent."""
    periods = sorted(set(docs["period"].astype(str))) if "period" in docs else []
    if len(periods) >= 2:
        table = keyness(docs, periods[-1], periods[0])
    else:
        table = term_frequencies(docs, by="doc_id" if not periods else "period")
        table = table.groupby(["term", "display"], as_index=False)["count"].sum()
        table = table.sort_values(["count", "term"], ascending=[False, True], kind="mergesort")
    return list(table["display"].head(k))


def dispersion(
    docs: pd.DataFrame,
    terms: Iterable[str] | None = None,
    mentions: pd.DataFrame | None = None,
    sectors: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Positions of terms and/or sector mentions within each document, for an x-ray (lexical
    dispersion) plot.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``period``, ``text``.
    terms : iterable of str, optional
        Words or phrases to locate ("cooperation", "political trust", "Việt Nam"). Each is tokenized
        like the documents and matches any token sequence with the same stems, so "cooperation" also
        finds "cooperate". Default (no terms and no mentions): the 10 key terms of the latest period
        against the earliest (:func:`keyness`), or the 10 most frequent with a single period.
    mentions : pandas.DataFrame, optional
        Sector mentions table (columns ``doc_id``, ``period``, ``sector``, ``start``, ``end``); each row
        becomes one position.
    sectors : iterable of str, optional
        Keep only these sectors of ``mentions``.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence: ``doc_id``, ``period``, ``item`` (the term's display form, or the
        sector), ``kind`` ("term" or "sector"), ``start``, ``end`` (character offsets into the document's
        ``text``), ``rel_position`` (start / len(text), in [0, 1)). Sorted by doc_id, kind, item, start.
    """
    _check_docs(docs, ("doc_id", "text"))
    periods = docs["period"].astype(str) if "period" in docs else pd.Series([""] * len(docs))
    lengths = {str(d): len(t) for d, t in zip(docs["doc_id"], docs["text"], strict=True)}
    period_of = dict(zip(docs["doc_id"].astype(str), periods, strict=True))
    rows = []
    if terms is None and mentions is None:
        terms = _default_terms(docs)
    if terms is not None:
        if isinstance(terms, str):
            terms = [terms]
        stop = load_stopwords()
        patterns = []
        for term in terms:
            toks = [t for t in tokenize_text(str(term)) if any(ch.isalnum() for ch in t[3])]
            if not toks:
                raise KeynessError(f"terms: {term!r}", "has no words to look for")
            patterns.append(tuple(t[4] for t in toks))
        # display forms computed once over the corpus
        an = _Analyzer(stop, (1, 1))
        toks_by_doc = []
        for doc_id, text in zip(docs["doc_id"].astype(str), docs["text"], strict=True):
            toks = [t for t in tokenize_text(text) if any(ch.isalnum() for ch in t[3])]
            an.surfaces.update((t[4], t[2]) for t in toks)
            an.entity_stems.update(t[4] for t in toks if t[5])
            toks_by_doc.append((doc_id, toks))
        disp = an.displays()
        # index each document's token positions by stem, so each pattern looks only where its
        # first stem occurs
        index = []
        for doc_id, toks in toks_by_doc:
            where: dict[str, list[int]] = {}
            for i, t in enumerate(toks):
                where.setdefault(t[4], []).append(i)
            index.append((doc_id, toks, where))
        for pat in dict.fromkeys(patterns):
            item = " ".join(disp.get(s, s) for s in pat)
            k = len(pat)
            for doc_id, toks, where in index:
                for i in where.get(pat[0], ()):
                    if i + k <= len(toks) and all(toks[i + j][4] == pat[j] for j in range(1, k)):
                        rows.append(
                            (
                                doc_id,
                                period_of[doc_id],
                                item,
                                "term",
                                toks[i][0],
                                toks[i + k - 1][1],
                            )
                        )
    if mentions is not None:
        need = {"doc_id", "sector", "start", "end"}
        missing = need - set(mentions.columns)
        if missing:
            raise KeynessError("mentions", f"missing column(s) {', '.join(sorted(missing))}")
        m = mentions
        if sectors is not None:
            m = m[
                m["sector"]
                .astype(str)
                .isin([str(s) for s in ([sectors] if isinstance(sectors, str) else sectors)])
            ]
        for doc_id, sector, start, end in zip(
            m["doc_id"].astype(str), m["sector"].astype(str), m["start"], m["end"], strict=True
        ):
            if doc_id not in lengths:
                raise KeynessError(f"mentions: doc_id {doc_id!r}", "is not in docs")
            rows.append((doc_id, period_of[doc_id], sector, "sector", int(start), int(end)))
    out = pd.DataFrame.from_records(rows, columns=DISPERSION_COLUMNS[:-1])
    out["start"] = out["start"].astype(np.int64)
    out["end"] = out["end"].astype(np.int64)
    out["rel_position"] = [
        s / lengths[d] if lengths[d] else 0.0
        for d, s in zip(out["doc_id"], out["start"], strict=True)
    ]
    out["rel_position"] = out["rel_position"].astype(float)
    out = out.drop_duplicates(["doc_id", "item", "kind", "start", "end"])
    out = out.sort_values(["doc_id", "kind", "item", "start"], kind="mergesort")
    return out.reset_index(drop=True)[DISPERSION_COLUMNS]


_PARAGRAPH_RE = re.compile(r"\n[ \t\r\u00a0]*\n\s*")


def dispersion_dp(positions: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Gries' DP of each item within each document, the parts being the document's paragraphs.

    For a document split into parts i = 1..k with sizes s_i (share of the document's characters) and
    an item whose occurrences fall v_i (share of its occurrences) in part i:
    DP = 0.5 * sum_i |v_i - s_i| (Gries 2008, "Dispersions and adjusted frequencies in corpora");
    0 = spread exactly like the text, towards 1 = concentrated in a small part. ``dp_norm`` =
    DP / (1 - min_i s_i) (Lijffijt & Gries 2012) rescales to [0, 1]. Parts are paragraphs (blocks
    separated by blank lines); an occurrence belongs to the paragraph containing its ``start``.

    Parameters
    ----------
    positions : pandas.DataFrame
        Output of :func:`dispersion`.
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``text``.

    Returns
    -------
    pandas.DataFrame
        One row per document and item: ``doc_id``, ``period``, ``item``, ``kind``, ``count``,
        ``n_parts`` (paragraphs), ``dp``, ``dp_norm`` (NaN with a single paragraph).
    """
    _check_docs(docs, ("doc_id", "text"))
    bounds = {}
    for doc_id, text in zip(docs["doc_id"].astype(str), docs["text"], strict=True):
        starts, pos = [], 0
        for m in _PARAGRAPH_RE.finditer(text):
            starts.append(pos)
            pos = m.end()
        starts.append(pos)
        edges = np.array([*starts, len(text)], dtype=float)
        sizes = np.diff(edges)
        bounds[doc_id] = (np.array(starts), sizes / sizes.sum() if sizes.sum() else sizes)
    rows = []
    for (doc_id, period, item, kind), g in positions.groupby(
        ["doc_id", "period", "item", "kind"], sort=True, observed=True
    ):
        starts, s = bounds[str(doc_id)]
        part = np.searchsorted(starts, g["start"].to_numpy(), side="right") - 1
        v = np.bincount(part, minlength=len(s)) / len(g)
        dp = 0.5 * float(np.abs(v - s).sum())
        dp_norm = dp / (1.0 - float(s.min())) if len(s) > 1 else math.nan
        rows.append((str(doc_id), str(period), str(item), str(kind), len(g), len(s), dp, dp_norm))
    return pd.DataFrame.from_records(rows, columns=DP_COLUMNS)


# ---------------------------------------------------------------------------------------------
# Lexical overview and the export bundle
# ---------------------------------------------------------------------------------------------


def lexical_overview(docs: pd.DataFrame) -> pd.DataFrame:
    """Size and variety of each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table; uses ``doc_id``, ``period``, ``text``.

    Returns
    -------
    pandas.DataFrame
        One row per document, in the order of ``docs``: ``doc_id``, ``period``, ``n_tokens``
        (non-punctuation tokens; an entity is one token), ``n_types`` (distinct stems among them),
        ``ttr`` (n_types / n_tokens; depends on length, compare only texts of similar size),
        ``n_sentences``, ``mean_sentence_length`` (n_tokens / n_sentences, in tokens),
        ``n_paragraphs`` (paragraphs containing a sentence).
    """
    _check_docs(docs, ("doc_id", "period", "text"))
    tokens = tokenize(docs)
    tokens = tokens[~tokens["is_punct"]]
    sents = split_sentences(docs)
    tok = tokens.groupby("doc_id", observed=True)["stem"].agg(["size", "nunique"])
    sen = sents.groupby("doc_id", observed=True)["paragraph_id"].agg(["size", "nunique"])
    rows = []
    for doc_id, period in zip(docs["doc_id"], docs["period"], strict=True):
        n_tok, n_types = (int(v) for v in tok.loc[doc_id]) if doc_id in tok.index else (0, 0)
        n_sent, n_par = (int(v) for v in sen.loc[doc_id]) if doc_id in sen.index else (0, 0)
        rows.append(
            (
                str(doc_id),
                str(period),
                n_tok,
                n_types,
                n_types / n_tok if n_tok else math.nan,
                n_sent,
                n_tok / n_sent if n_sent else math.nan,
                n_par,
            )
        )
    out = pd.DataFrame.from_records(rows, columns=OVERVIEW_COLUMNS)
    for c in ("n_tokens", "n_types", "n_sentences", "n_paragraphs"):
        out[c] = out[c].astype(np.int64)
    return out


def keyness_tables(docs: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The term tables of the study, by file stem (written to ``data/processed/`` by the export).

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``"term-frequencies"`` (:func:`term_frequencies` by period), ``"keyness"`` (:func:`keyness`
        of the latest period, target, against the earliest, reference; empty with the keyness columns
        when there is a single period), ``"collocations"`` (:func:`collocations` by period) and
        ``"lexical-overview"`` (:func:`lexical_overview`).
    """
    periods = sorted(set(docs["period"].astype(str)))
    if len(periods) >= 2:
        key = keyness(docs, periods[-1], periods[0])
    else:
        key = pd.DataFrame(columns=KEYNESS_COLUMNS)
    return {
        "term-frequencies": term_frequencies(docs, by="period"),
        "keyness": key,
        "collocations": collocations(docs, by="period"),
        "lexical-overview": lexical_overview(docs),
    }
