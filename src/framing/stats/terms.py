"""Term statistics from the tokens table: document-term matrix, frequencies, keyness, collocations,
dispersion, lexical overview.

What words distinguish one group of documents from another, how strongly, and how sure can we be?
Every function takes the tokens table (:func:`framing.tokenize`, one row per token) and never the
raw text: the tokenizer has already decided what a token, a stopword, a number, an entity, a sentence
and a paragraph are. Terms are Snowball stems (an entity of the entity list is one token whose stem is
its folded canonical name, so all the aliases of an entity are one term), shown by their
display form (:func:`framing.display_forms`: the most frequent surface, lower-cased; an entity's
canonical name).

Counting conventions, used by every function here:

* **tokens** (the denominators ``n_tokens`` / ``total_*``): all rows with ``is_punct`` False,
  stopwords and numbers included; an entity is one token. Rates are per 1,000 such tokens.
* **terms** (what is counted): n-grams of stems, ``ngram_range`` wide, that neither start nor end with
  a stopword (``is_stop``; so a stopword alone is never a term, but "party of korea" is). Numbers and
  punctuation are not terms, and an n-gram never spans a punctuation token, a number, a sentence end
  or a paragraph end (a change of ``sentence_id`` or ``paragraph_id``); a word ending with a full
  stop ("U.S.") may end a sentence, so nothing joins it from the right. A term key joins the stems of
  its tokens with one space ("polit trust"); its display joins their display forms ("political
  trust").
* **groups** (``by``): a column of the tokens table ("period", "doc_id" or the study's group column).
  Groups are reported in order of first appearance in the table unless ``order`` lists them.

Two short reports give weak statistics: every score sits beside the counts it comes from, effect
sizes beside p-values, and :func:`keyness` flags terms whose expected counts are small and takes
their p from Fisher's exact test instead of the chi-squared approximation. Dispersion (Gries' DP)
sizes the parts of a text in word tokens. Floats that are sorted on are rounded to 12 significant
digits first, ties broken by term, so that rankings do not depend on the machine. The formulas are
in :mod:`framing.stats.measures`.

Examples
--------
>>> import pandas as pd
>>> from framing.tokens import tokenize
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
...                      "text": ["Energy trade grew.", "Energy ties grew fast."]})
>>> tokens = tokenize(docs)
>>> term_frequencies(tokens)[["term", "group", "count"]].values.tolist()[:3]
[['energi', 'p1', 1], ['grew', 'p1', 1], ['trade', 'p1', 1]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from numbers import Integral, Real

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_int, require_columns
from framing.stats.measures import (
    benjamini_hochberg,
    chi2_p,
    expected_counts,
    fisher_exact_p,
    gries_dp,
    log_likelihood,
    log_odds_z,
    log_ratio,
    round_significant,
    round_table,
)
from framing.stats.sectors import column_codes, document_groups

__all__ = [
    "document_term_matrix",
    "term_frequencies",
    "keyness",
    "keyness_statistics",
    "collocations",
    "dispersion",
    "dispersion_dp",
    "lexical_overview",
    "term_tables",
    "TERM_COLUMNS",
    "FREQUENCY_COLUMNS",
    "KEYNESS_COLUMNS",
    "COLLOCATION_COLUMNS",
    "DISPERSION_COLUMNS",
    "DP_COLUMNS",
    "OVERVIEW_COLUMNS",
    "LOW_EXPECTED",
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
    "p_chi2",
    "p_exact",
    "p_value",
    "p_test",
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
#: Columns of :func:`dispersion` with the default ``by="period"`` (the second is named after ``by``).
DISPERSION_COLUMNS = ["doc_id", "period", "item", "kind", "start", "end", "rel_position"]
#: Columns of :func:`dispersion_dp` with the default ``by="period"``.
DP_COLUMNS = ["doc_id", "period", "item", "kind", "count", "n_parts", "dp", "dp_norm"]
#: Columns of :func:`lexical_overview` with the default ``by="period"``.
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

#: An expected count below this in either cell flags a keyness row (``low_expected``); its
#: significance then comes from Fisher's exact test instead of the chi-squared approximation.
LOW_EXPECTED = 5.0

_TOKEN_NEEDS = (
    "doc_id",
    "paragraph_id",
    "sentence_id",
    "token_id",
    "surface",
    "norm",
    "stem",
    "is_stop",
    "is_punct",
    "is_number",
    "is_entity",
)


# ---------------------------------------------------------------------------------------------
# Shared helpers: reading order, groups, display forms
# ---------------------------------------------------------------------------------------------


def _check_tokens(tokens, *extra: str) -> None:
    require_columns(tokens, [*_TOKEN_NEEDS, *(c for c in extra if c not in _TOKEN_NEEDS)], "tokens")


def _check_by(table: pd.DataFrame, by, where: str = "tokens") -> None:
    if not isinstance(by, str) or by not in table.columns:
        raise AnalysisError(
            f"by={by!r}", f"not a column of {where} ({', '.join(map(str, table.columns))})"
        )


def _reading_order(tokens: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Tokens in reading order, the document code of each row and the document ids.

    Documents keep their order of first appearance; within a document rows are sorted by
    ``token_id`` (a no-op on a table from :func:`framing.tokenize`).
    """
    # documents numbered in order of first appearance, from the column's own codes (a
    # categorical's) rather than a string per row
    raw, names = column_codes(tokens["doc_id"])
    codes, present = pd.factorize(raw)
    doc_ids = names[present]
    tid = tokens["token_id"].to_numpy()
    order = np.lexsort((tid, codes))
    if not np.array_equal(order, np.arange(len(order))):
        tokens, codes = tokens.iloc[order], codes[order]
    return tokens, codes, np.asarray(doc_ids, dtype=object)


def _doc_values(tokens: pd.DataFrame, codes: np.ndarray, n_docs: int, column: str) -> np.ndarray:
    """The value of ``column`` (as str) for each document: the value on its first row."""
    present, first = np.unique(codes, return_index=True)
    if len(present) != n_docs:
        raise AnalysisError("tokens", "document codes out of step")  # cannot happen: a bug
    return tokens[column].astype(str).to_numpy(dtype=object)[first]


def _group_labels(values: Sequence[str], order, name: str = "order") -> list[str]:
    """Groups in order of first appearance, or ``order`` when given."""
    if order is None:
        return list(dict.fromkeys(values))
    if isinstance(order, str) or not isinstance(order, Iterable):
        raise AnalysisError(name, f"expected a list of group values, got {order!r}")
    labels = [str(v) for v in order]
    if len(set(labels)) != len(labels):
        raise AnalysisError(name, "lists a group twice")
    return labels


def _group_columns(by: str) -> list[str]:
    """``doc_id`` then the group column (none when grouping by document)."""
    return ["doc_id"] if by == "doc_id" else ["doc_id", by]


def _displays(tokens: pd.DataFrame, key: pd.Series | None = None) -> dict[str, str]:
    """Display form of each stem (or of each value of ``key``): what :func:`framing.display_forms`
    gives, each distinct (stem, surface, is_entity) formed once rather than each token."""
    from framing.tokens import display_form, entity_trie

    stems = tokens["stem"] if key is None else key
    if len(stems) == 0:
        return {}
    # a categorical column's own codes: no string per row is hashed
    sc, s_names = column_codes(stems)
    uc, u_names = column_codes(tokens["surface"])
    ent = tokens["is_entity"].to_numpy(dtype=bool)
    triple = (sc.astype(np.int64) * len(u_names) + uc) * 2 + ent
    codes, uniques = pd.factorize(triple)  # in order of first appearance
    n = np.bincount(codes)
    s_of, rest = np.divmod(uniques, 2 * len(u_names))
    names = entity_trie(None).names()
    counts: dict[int, dict[str, int]] = {}
    for si, (ui, e), k in zip(s_of.tolist(), (divmod(int(r), 2) for r in rest), n.tolist(), strict=True):
        form = display_form(u_names[ui], s_names[si], bool(e), names)
        per = counts.setdefault(si, {})
        per[form] = per.get(form, 0) + k
    return {
        s_names[si]: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for si, c in counts.items()
    }


# ---------------------------------------------------------------------------------------------
# Term counting: one vectorised pass over the tokens table
# ---------------------------------------------------------------------------------------------


def _check_ngram_range(ngram_range) -> tuple[int, int]:
    try:
        lo, hi = ngram_range
        ok = all(isinstance(v, Integral) and not isinstance(v, bool) for v in (lo, hi))
        ok = ok and 1 <= lo <= hi
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise AnalysisError(
            "ngram_range",
            f"expected (min_n, max_n) with 1 <= min_n <= max_n, got {ngram_range!r}",
        )
    return int(lo), int(hi)


def _min_doc_count(min_df, n_docs: int) -> float:
    if isinstance(min_df, bool) or not isinstance(min_df, Real):
        raise AnalysisError(
            "min_df", f"must be a whole number >= 0 or a share in [0, 1], not {min_df!r}"
        )
    if isinstance(min_df, Integral):
        if min_df < 0:
            raise AnalysisError("min_df", f"must be >= 0, not {min_df!r}")
        if min_df > n_docs:
            raise AnalysisError("min_df", f"{min_df} is more than the {n_docs} documents")
        return float(min_df)
    if not 0.0 <= min_df <= 1.0:
        raise AnalysisError("min_df", f"a share must be in [0, 1], not {min_df!r}")
    return float(min_df) * n_docs


#: n-grams are counted on integer keys (stem codes in base V) while V**n stays below this.
_INT_KEYS = 2**62


class _Counts:
    """Document-term counts of a tokens table (what :func:`document_term_matrix` returns, plus the
    documents, their token counts and the group column values)."""

    def __init__(self, tokens: pd.DataFrame, ngram_range=(1, 3), min_df=1, by: str | None = None):
        from scipy import sparse

        _check_tokens(tokens)
        if by is not None:
            _check_by(tokens, by)
        lo, hi = _check_ngram_range(ngram_range)
        t, doc, self.doc_ids = _reading_order(tokens)
        n_docs = len(self.doc_ids)
        self.groups = _doc_values(t, doc, n_docs, by) if by is not None else None

        punct = t["is_punct"].to_numpy(dtype=bool)
        number = t["is_number"].to_numpy(dtype=bool)
        stop = t["is_stop"].to_numpy(dtype=bool)
        entity = t["is_entity"].to_numpy(dtype=bool)
        sid = t["sentence_id"].to_numpy()
        pid = t["paragraph_id"].to_numpy()
        self.n_tokens = np.bincount(doc[~punct], minlength=n_docs).astype(np.int64)

        # Runs of tokens an n-gram may span: a new run starts at a new document, sentence or
        # paragraph, and after a punctuation token, a number or a word ending with a full stop.
        kept = ~punct & ~number
        norm_codes, norms = column_codes(t["norm"])
        ends = np.fromiter((w.endswith(".") for w in norms), dtype=bool, count=len(norms))
        dotted = kept & ~stop & ~entity & ends[norm_codes]  # each distinct form tested once
        new = np.ones(len(t), dtype=bool)
        new[1:] = (
            (doc[1:] != doc[:-1])
            | (sid[1:] != sid[:-1])
            | (pid[1:] != pid[:-1])
            | ~kept[:-1]
            | dotted[:-1]
        )
        run = np.cumsum(new)
        k = np.flatnonzero(kept)
        kdoc, krun, kstop = doc[k], run[k], stop[k]
        stem_codes, stem_names = column_codes(t["stem"])
        kcode = stem_codes[k].astype(np.int64)
        kstem = stem_names[kcode]

        # Each n-gram is counted by an integer key (its stems' codes in base V), and only its
        # distinct keys become strings: a string per occurrence would be tens of millions of
        # objects on a large corpus. The strings are then merged across lengths, because an
        # entity's stem can read as a word n-gram ("new york").
        V = max(len(stem_names), 1)
        f_doc, f_code, f_n, f_at, strings = [], [], [], [], []
        offset = 0
        for n in range(lo, hi + 1):
            if n > len(k):
                break
            i = np.arange(len(k) - n + 1)
            ok = (krun[i + n - 1] == krun[i]) & ~kstop[i] & ~kstop[i + n - 1]
            i = i[ok]
            if V**n < _INT_KEYS:
                key = kcode[i]
                for j in range(1, n):
                    key = key * V + kcode[i + j]
                local, uniq = pd.factorize(key)
                digits = []
                for _ in range(n):
                    uniq, d = np.divmod(uniq, V)
                    digits.append(d)
                text = stem_names[digits[-1]]
                for d in digits[-2::-1]:
                    text = text + " " + stem_names[d]
            else:  # too many stems for an integer key: strings per occurrence
                key = kstem[i]
                for j in range(1, n):
                    key = key + " " + kstem[i + j]
                local, text = pd.factorize(key)
            f_doc.append(kdoc[i])
            f_code.append(local + offset)
            f_n.append(np.full(len(i), n, dtype=np.int64))
            f_at.append(i)
            strings.append(np.asarray(text, dtype=object))
            offset += len(text)
        if not offset:
            raise AnalysisError(
                "tokens", "no terms to count (only stopwords, numbers or punctuation)"
            )
        merged, uniques = pd.factorize(np.concatenate(strings))
        codes = merged[np.concatenate(f_code)]
        f_doc_a, f_n_a, f_at_a = (np.concatenate(x) for x in (f_doc, f_n, f_at))

        # Term ids sorted by key (the column order of CountVectorizer).
        uniques = np.asarray(uniques, dtype=object)
        by_key = np.argsort(uniques, kind="stable")
        rank = np.empty(len(uniques), dtype=np.int64)
        rank[by_key] = np.arange(len(uniques))
        term = rank[codes]
        vocab = uniques[by_key]
        X = sparse.csr_matrix(
            (np.ones(len(term), dtype=np.int64), (f_doc_a, term)), shape=(n_docs, len(vocab))
        )
        X.sum_duplicates()

        # The same key can come from different tokens ("new york trade": an entity and a word, or
        # three words); its length and display are those of its shortest reading.
        n_min = np.full(len(vocab), np.iinfo(np.int64).max)
        np.minimum.at(n_min, term, f_n_a)
        shortest = np.flatnonzero(f_n_a == n_min[term])
        _, first = np.unique(term[shortest], return_index=True)
        rep = np.empty(len(vocab), dtype=np.int64)
        rep[term[shortest[first]]] = shortest[first]

        df = np.diff(X.tocsc().indptr)
        keep = df >= _min_doc_count(min_df, n_docs)
        if not keep.any():
            raise AnalysisError("min_df", f"no term is in at least {min_df!r} documents")
        disp = _displays(t)
        cols = np.flatnonzero(keep)
        displays = [
            " ".join(disp.get(w, w) for w in kstem[f_at_a[rep[c]] : f_at_a[rep[c]] + n_min[c]])
            for c in cols
        ]
        self.X = X[:, cols] if not keep.all() else X
        self.terms = pd.DataFrame(
            {"term": vocab[cols], "display": displays, "n": n_min[cols].astype("int64")},
            columns=TERM_COLUMNS,
        )

    def group_matrix(self, labels: list[str]):
        """Sparse indicator (groups x documents); documents outside ``labels`` belong to none."""
        from scipy import sparse

        index = {g: i for i, g in enumerate(labels)}
        rows = np.array([index.get(v, -1) for v in self.groups], dtype=np.int64)
        inside = rows >= 0
        return sparse.csr_matrix(
            (np.ones(int(inside.sum()), dtype=np.int64), (rows[inside], np.flatnonzero(inside))),
            shape=(len(labels), len(self.groups)),
        )


def document_term_matrix(tokens: pd.DataFrame, *, ngram_range=(1, 3), min_df=1):
    """Document-term matrix of the tokens table.

    Terms are stems (entity tokens whole); n-grams neither start nor end with a stopword and never
    cross punctuation, a number, a sentence end or a paragraph end (see the module docstring).
    Counting is done directly on the table's columns (no analyzer callback): a run id per token,
    then each n-gram length in one vectorised step, counted into a sparse matrix.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`).
    ngram_range : (int, int), default=(1, 3)
        Smallest and largest n-gram length, in tokens.
    min_df : int or float, default=1
        Keep terms found in at least this many documents (a float: this share of the documents),
        as scikit-learn's ``CountVectorizer`` does.

    Returns
    -------
    X : scipy.sparse.csr_matrix
        Counts, shape (documents, terms), int64; rows are the documents in order of first appearance
        of ``doc_id`` in ``tokens`` (``tokens["doc_id"].unique()``).
    terms : pandas.DataFrame
        One row per column of ``X``, sorted by term key: ``term`` (stems joined by a space),
        ``display`` (display forms joined by a space, e.g. "political trust"), ``n`` (n-gram
        length in tokens; an entity is one token).

    Raises
    ------
    AnalysisError
        A bad ``ngram_range`` or ``min_df``, missing columns, or no term left to count.

    See Also
    --------
    framing.count_matrix : unigram counts of very large corpora, without a tokens table.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Political trust grew.", "Trust grew."]})
    >>> X, terms = document_term_matrix(tokenize(docs), ngram_range=(1, 2))
    >>> list(terms["term"]), X.toarray().tolist()
    (['grew', 'polit', 'polit trust', 'trust', 'trust grew'], [[1, 1, 1, 1, 1], [1, 0, 0, 1, 1]])
    """
    counts = _Counts(tokens, ngram_range, min_df)
    return counts.X, counts.terms


# ---------------------------------------------------------------------------------------------
# Frequencies and keyness
# ---------------------------------------------------------------------------------------------


def term_frequencies(
    tokens: pd.DataFrame, *, by: str = "period", ngram_range=(1, 1), order=None
) -> pd.DataFrame:
    """Term counts and rates per group of documents.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`) with the ``by`` column.
    by : str, default="period"
        Column of ``tokens`` that groups documents ("period", "doc_id", the study's group column).
    ngram_range : (int, int), default=(1, 1)
        N-gram lengths counted (unigrams).
    order : list of str, default=None
        The groups to report, in this order; None: every group, in order of first appearance.

    Returns
    -------
    pandas.DataFrame
        One row per term and group where the term occurs, sorted by group, rank, term. Columns
        ``term``, ``display``, ``group`` (value of ``by``, as str), ``count`` (occurrences),
        ``n_tokens`` (non-punctuation tokens of the group), ``rate_per_1000`` (count per 1,000
        tokens), ``rank`` (dense rank by count, 1 = most frequent, within the group), ``n_docs``
        (documents of the group containing the term).

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p2", "p1"],
    ...                      "text": ["Trade, trade and energy.", "Energy ties."]})
    >>> tf = term_frequencies(tokenize(docs))
    >>> tf[["term", "group", "count", "n_tokens", "rank"]].values.tolist()
    [['trade', 'p2', 2, 4, 1], ['energi', 'p2', 1, 4, 2], ['energi', 'p1', 1, 2, 1], ['tie', 'p1', 1, 2, 1]]
    """
    _check_tokens(tokens)
    _check_by(tokens, by)
    counts = _Counts(tokens, ngram_range, 1, by=by)
    labels = _group_labels(counts.groups, order)
    X, terms = counts.X, counts.terms
    G = counts.group_matrix(labels)
    gcounts = (G @ X).toarray()
    ndocs = (G @ (X > 0).astype(np.int64)).toarray()
    ntok = G @ counts.n_tokens
    frames = []
    for gi, g in enumerate(labels):
        nz = np.flatnonzero(gcounts[gi])
        f = pd.DataFrame(
            {
                "term": terms["term"].to_numpy()[nz],
                "display": terms["display"].to_numpy()[nz],
                "group": g,
                "count": gcounts[gi, nz].astype(np.int64),
                "n_tokens": np.int64(ntok[gi]),
                "rate_per_1000": gcounts[gi, nz] / ntok[gi] * 1000.0 if ntok[gi] else np.nan,
                "n_docs": ndocs[gi, nz].astype(np.int64),
            }
        )
        f["rank"] = f["count"].rank(method="dense", ascending=False).astype(np.int64)
        frames.append(f.sort_values(["rank", "term"], kind="mergesort"))
    out = (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FREQUENCY_COLUMNS)
    )
    return out[FREQUENCY_COLUMNS].reset_index(drop=True)


def keyness_statistics(a, b, c: float, d: float, *, prior: float | None = None) -> pd.DataFrame:
    """The keyness scores of :func:`keyness` from counts alone (formulas in its docstring).

    Parameters
    ----------
    a, b : array-like of int
        Counts of each term in the target and in the reference.
    c, d : float
        Total tokens of the target and of the reference.
    prior : float, default=None
        Prior size a0 of ``log_odds_z``; None: c + d.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``count_target``, ``count_reference``, ``total_target``,
        ``total_reference``, ``rate_target``, ``rate_reference`` (per 1,000 tokens), ``g2``,
        ``p_chi2``, ``p_exact``, ``p_value`` (the one of the two used), ``p_test``,
        ``p_adjusted`` (Benjamini–Hochberg of ``p_value`` over these rows), ``log_ratio``,
        ``log_odds_z``, ``direction``, ``expected_min``, ``low_expected`` (the rule is in
        :func:`keyness`).

    Examples
    --------
    >>> s = keyness_statistics([52], [57], 50_000, 75_000).iloc[0]
    >>> round(float(s["g2"]), 2), s["direction"]
    (2.65, 'target')
    """
    a = np.atleast_1d(np.asarray(a, dtype=float))
    b = np.atleast_1d(np.asarray(b, dtype=float))
    c, d = float(c), float(d)
    if c <= 0 or d <= 0:
        raise AnalysisError("totals", f"corpus sizes must be positive, got {c:g} and {d:g}")
    e1, e2 = expected_counts(a, b, c, d)
    g2 = log_likelihood(a, b, c, d)
    p_chi2 = chi2_p(g2)
    p_exact = fisher_exact_p(a, c - a, b, d - b)
    low = np.minimum(e1, e2) < LOW_EXPECTED
    p = np.where(low, p_exact, p_chi2)
    z = log_odds_z(a, b, c, d, prior=prior)
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
            "p_chi2": p_chi2,
            "p_exact": p_exact,
            "p_value": p,
            "p_test": np.where(low, "fisher", "chi2"),
            "p_adjusted": benjamini_hochberg(p),
            "log_ratio": log_ratio(a, b, c, d),
            "log_odds_z": z,
            "direction": direction,
            "expected_min": np.minimum(e1, e2),
            "low_expected": low,
        }
    )


def _select(values: np.ndarray, labels: list[str], which, name: str) -> np.ndarray:
    if isinstance(which, str) or not isinstance(which, Iterable):
        wanted = [str(which)]
    else:
        wanted = [str(w) for w in which]
    unknown = [w for w in wanted if w not in labels]
    if unknown or not wanted:
        raise AnalysisError(
            f"{name}={which!r}", f"no documents with that value (have: {', '.join(labels)})"
        )
    return np.isin(values.astype(str), wanted)


def keyness(
    tokens: pd.DataFrame,
    *,
    target,
    reference,
    by: str = "period",
    min_count: int = 2,
    prior: float | None = None,
    ngram_range=(1, 1),
) -> pd.DataFrame:
    r"""Keyness of each term in the target documents against the reference documents.

    Notation, per term: a = count in target, b = count in reference, c = total tokens of target,
    d = total tokens of reference (non-punctuation tokens, stopwords included). The formulas are in
    :mod:`framing.stats.measures`:

    * ``g2`` — log-likelihood, two-cell form (Rayson & Garside 2000, "Comparing corpora using
      frequency profiling"): E1 = c (a + b) / (c + d), E2 = d (a + b) / (c + d),
      G2 = 2 (a ln(a / E1) + b ln(b / E2)), with 0 ln 0 = 0.
    * ``p_chi2`` — upper tail of the chi-squared distribution with 1 degree of freedom at G2
      (``scipy.stats.chi2.sf``). ``p_exact`` — two-sided Fisher's exact test on the 2 x 2 table
      [[a, c - a], [b, d - b]] (``scipy.stats.fisher_exact``).
    * ``p_value`` — the p that decides significance. **Rule**: where an expected count is below 5
      (``low_expected``: min(E1, E2) < 5) the chi-squared approximation is unreliable, so
      ``p_value`` is ``p_exact`` and ``p_test`` is "fisher"; otherwise ``p_value`` is ``p_chi2``
      and ``p_test`` is "chi2". ``p_adjusted`` — Benjamini–Hochberg (1995) of ``p_value`` over the
      terms tested; call a term significant only by ``p_adjusted`` (or, unadjusted, by
      ``p_value``), never by ``p_chi2`` alone.
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
      approximation of the p-value is then rough (the G2 value itself stays a usable ranking score),
      and ``p_value`` is the exact one.
    * Floats are rounded to 12 significant digits and rows sorted by the rounded ``g2``, ties by
      ``term`` (:func:`framing.stats.measures.round_significant`): the same table on every machine.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`) with the ``by`` column.
    target, reference : str or list of str
        Value(s) of ``by`` selecting the target and the reference documents; required (the study
        file names them).
    by : str, default="period"
        Column of ``tokens`` to select on.
    min_count : int, default=2
        A term is tested when a + b >= min_count (a term seen once cannot be key).
    prior : float, default=None
        Size a0 of the Dirichlet prior of ``log_odds_z`` in pseudo-tokens; None: the pooled size
        c + d, so that the prior pseudo-count of each term equals its pooled count a + b.
    ngram_range : (int, int), default=(1, 1)
        N-gram lengths tested (unigrams).

    Returns
    -------
    pandas.DataFrame
        One row per tested term, sorted by ``g2`` descending, ties by ``term``. Columns ``term``,
        ``display``, ``count_target``, ``count_reference``, ``total_target``, ``total_reference``,
        ``rate_target``, ``rate_reference`` (per 1,000 tokens), ``g2``, ``p_chi2``, ``p_exact``,
        ``p_value``, ``p_test`` ("fisher" or "chi2": which gave ``p_value``), ``p_adjusted``,
        ``log_ratio``, ``log_odds_z``, ``direction``, ``n_docs_target``, ``n_docs_reference``
        (documents containing the term), ``expected_min``, ``low_expected``.

    Raises
    ------
    AnalysisError
        ``target`` or ``reference`` not a value of ``by``, the two overlapping, or without tokens.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p2", "p1"],
    ...                      "text": ["Trade grew. Trade and energy grew.", "Energy ties held."]})
    >>> k = keyness(tokenize(docs), target="p2", reference="p1", min_count=2)
    >>> k[["term", "count_target", "count_reference", "direction"]].values.tolist()
    [['grew', 2, 0, 'target'], ['trade', 2, 0, 'target'], ['energi', 1, 1, 'reference']]
    """
    _check_tokens(tokens)
    _check_by(tokens, by)
    check_int("min_count", min_count, minimum=0)
    counts = _Counts(tokens, ngram_range, 1, by=by)
    values = counts.groups
    labels = list(dict.fromkeys(values))
    in_t = _select(values, labels, target, "target")
    in_r = _select(values, labels, reference, "reference")
    if (in_t & in_r).any():
        raise AnalysisError(f"target={target!r}", f"overlaps reference={reference!r}")
    X, terms, ntok = counts.X, counts.terms, counts.n_tokens
    a = np.asarray(X[in_t].sum(axis=0)).ravel().astype(float)
    b = np.asarray(X[in_r].sum(axis=0)).ravel().astype(float)
    nd_t = np.asarray((X[in_t] > 0).sum(axis=0)).ravel().astype(np.int64)
    nd_r = np.asarray((X[in_r] > 0).sum(axis=0)).ravel().astype(np.int64)
    c, d = float(ntok[in_t].sum()), float(ntok[in_r].sum())
    if c == 0 or d == 0:
        raise AnalysisError(
            f"target={target!r}" if c == 0 else f"reference={reference!r}", "no tokens"
        )
    keep = (a + b) >= min_count
    a, b, nd_t, nd_r = a[keep], b[keep], nd_t[keep], nd_r[keep]
    terms = terms[keep].reset_index(drop=True)

    stats = keyness_statistics(a, b, c, d, prior=prior)
    out = pd.concat([terms[["term", "display"]], stats], axis=1)
    out["n_docs_target"] = nd_t
    out["n_docs_reference"] = nd_r
    out = round_table(out[KEYNESS_COLUMNS])
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Collocations
# ---------------------------------------------------------------------------------------------


def collocations(
    tokens: pd.DataFrame,
    *,
    by: str = "period",
    min_freq: int = 2,
    window: int = 2,
    order=None,
) -> pd.DataFrame:
    """Bigram collocations per group, scored by NLTK's ``BigramCollocationFinder``.

    Words are the folded forms (``norm``) of the non-punctuation tokens; an entity is one word, its
    folded canonical name ("united nations"). Pairs are counted within sentences only (never across a
    sentence end), over the words in order with punctuation removed; with ``window`` > 2 a pair is
    two words at most ``window - 1`` apart (Church & Hanks 1990). Pairs containing a stopword
    (``is_stop``) or a number (``is_number``) are dropped after counting (NLTK's word filter), so the
    totals behind the scores are all words. Scores: ``llr`` = NLTK ``likelihood_ratio`` (Dunning
    1993: 2 * sum over the 2x2 table of O ln(O / E)); ``pmi`` = NLTK ``pmi``,
    log2(f(w1 w2) N / (f(w1) f(w2))).

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`) with the ``by`` column.
    by : str, default="period"
        Column grouping the documents.
    min_freq : int, default=2
        Keep pairs seen at least this many times in the group.
    window : int, default=2
        Window size (2 = adjacent words).
    order : list of str, default=None
        The groups to report, in this order; None: every group, in order of first appearance.

    Returns
    -------
    pandas.DataFrame
        Columns ``group``, ``w1``, ``w2`` (folded words), ``display`` (their display forms joined by a
        space), ``freq`` (pair count), ``llr``, ``pmi``, ``rank_llr`` (1 = highest llr in the group;
        ties share the best rank). Sorted by group (in ``order``), llr descending, w1, w2.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a"], "period": ["p"],
    ...                      "text": ["Red wine. Red wine. Red car. Blue wine."]})
    >>> collocations(tokenize(docs))[["group", "w1", "w2", "freq"]].values.tolist()
    [['p', 'red', 'wine', 2]]
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
    from nltk.probability import FreqDist

    _check_tokens(tokens)
    _check_by(tokens, by)
    check_int("window", window, minimum=2)
    check_int("min_freq", min_freq, minimum=1)
    t, doc, doc_ids = _reading_order(tokens)
    group_of_doc = _doc_values(t, doc, len(doc_ids), by)
    labels = _group_labels(group_of_doc, order)
    words_t = t[~t["is_punct"].to_numpy(dtype=bool)]
    wdoc = doc[~t["is_punct"].to_numpy(dtype=bool)]
    is_ent = words_t["is_entity"].to_numpy(dtype=bool)
    words = np.where(
        is_ent,
        words_t["stem"].astype(str).to_numpy(dtype=object),
        words_t["norm"].astype(str).to_numpy(dtype=object),
    )
    disp = _displays(words_t, pd.Series(words, index=words_t.index))
    dropped = set(
        words[words_t["is_stop"].to_numpy(dtype=bool) | words_t["is_number"].to_numpy(dtype=bool)]
    )
    sent_ids = words_t["sentence_id"].to_numpy()

    # NLTK's counts (BigramCollocationFinder.from_words over each group's words, sentences kept
    # apart by padding), counted on arrays: a word counts once per occurrence, a pair for each
    # two words of one sentence at most ``window - 1`` apart. Only the pairs kept by the filters
    # are handed to NLTK for scoring.
    index = {g: i for i, g in enumerate(labels)}
    lab = np.array([index.get(g, -1) for g in group_of_doc], dtype=np.int64)[wdoc]
    wcode, wnames = pd.factorize(words)
    wnames = np.asarray(wnames, dtype=object)
    new = np.ones(len(words), dtype=bool)
    new[1:] = (wdoc[1:] != wdoc[:-1]) | (sent_ids[1:] != sent_ids[:-1])
    run = np.cumsum(new)
    inside = lab >= 0
    word_counts = (
        pd.DataFrame({"g": lab[inside], "w": wcode[inside]}).groupby(["g", "w"], sort=False).size()
    )
    first, second = [], []
    for k in range(1, window):
        i = np.flatnonzero(inside[:-k] & (run[:-k] == run[k:]))
        first.append(i)
        second.append(i + k)
    i, j = np.concatenate(first), np.concatenate(second)
    pair_counts = (
        pd.DataFrame({"g": lab[i], "a": wcode[i], "b": wcode[j]})
        .groupby(["g", "a", "b"], sort=False)
        .size()
    )
    is_dropped = np.fromiter((w in dropped for w in wnames), dtype=bool, count=len(wnames))
    pg, pa, pb = (pair_counts.index.get_level_values(n).to_numpy() for n in ("g", "a", "b"))
    pn = pair_counts.to_numpy()
    kept = (pn >= min_freq) & ~is_dropped[pa] & ~is_dropped[pb]
    pg, pa, pb, pn = pg[kept], pa[kept], pb[kept], pn[kept]
    wg = word_counts.index.get_level_values("g").to_numpy()
    ww = word_counts.index.get_level_values("w").to_numpy()
    wn = word_counts.to_numpy()

    measures = BigramAssocMeasures()
    rows = []
    for gi, g in enumerate(labels):
        at = wg == gi
        word_fd = FreqDist(dict(zip(wnames[ww[at]], wn[at].tolist(), strict=True)))
        at = pg == gi
        pairs = zip(wnames[pa[at]], wnames[pb[at]], strict=True)
        pair_fd = FreqDist(dict(zip(pairs, pn[at].tolist(), strict=True)))
        finder = BigramCollocationFinder(word_fd, pair_fd, window_size=window)
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
    # rounded (12 significant digits) so that the llr order, ties by words, is the same everywhere
    out["llr"] = round_significant(out["llr"].astype(float).to_numpy())
    out["pmi"] = round_significant(out["pmi"].astype(float).to_numpy())
    out["_g"] = out["group"].map({g: i for i, g in enumerate(labels)}).astype(np.int64)
    out = out.sort_values(
        ["_g", "llr", "w1", "w2"], ascending=[True, False, True, True], kind="mergesort"
    )
    out["rank_llr"] = out.groupby("_g")["llr"].rank(method="min", ascending=False).astype(np.int64)
    return out.reset_index(drop=True)[COLLOCATION_COLUMNS]


# ---------------------------------------------------------------------------------------------
# Dispersion
# ---------------------------------------------------------------------------------------------


def _lengths(lengths, fallback: Mapping[str, int]) -> dict[str, int]:
    """Characters of each document: ``lengths`` where given, else ``fallback``."""
    out = dict(fallback)
    if lengths is not None:
        if not isinstance(lengths, Mapping | pd.Series):
            raise AnalysisError("lengths", "expected a mapping or Series doc_id -> characters")
        out.update({str(k): int(v) for k, v in lengths.items()})
    return out


def dispersion(
    tokens: pd.DataFrame,
    *,
    terms: Iterable[str] | str | None = None,
    mentions: pd.DataFrame | None = None,
    sectors: Iterable[str] | str | None = None,
    by: str = "period",
    lengths: Mapping[str, int] | pd.Series | None = None,
) -> pd.DataFrame:
    """Positions of terms and/or sector mentions within each document, for an x-ray (lexical
    dispersion) plot.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`) with the ``by`` column.
    terms : iterable of str, default=None
        Words or phrases to locate ("cooperation", "political trust", an entity's name). Each is
        tokenized like the documents and matches any sequence of non-punctuation tokens with the
        same stems, so "cooperation" also finds "cooperate".
    mentions : pandas.DataFrame, default=None
        Sector mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sector``,
        ``start``, ``end``); each row becomes one position.
    sectors : iterable of str, default=None
        Keep only these sectors of ``mentions`` (None: all).
    by : str, default="period"
        Group column of ``tokens`` copied to the output (none more when "doc_id").
    lengths : mapping or Series doc_id -> int, default=None
        Characters of each document's text (``docs.set_index("doc_id")["text"].str.len()``), the
        denominator of ``rel_position``; None: the end of the document's last token.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence: ``doc_id``, the ``by`` column, ``item`` (the term's display form, or
        the sector), ``kind`` ("term" or "sector"), ``start``, ``end`` (character offsets into the
        document's text), ``rel_position`` (start / length, in [0, 1)). Sorted by doc_id, kind, item,
        start.

    Raises
    ------
    AnalysisError
        Neither ``terms`` nor ``mentions``, a term without words, a mention of an unknown document.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a"], "period": ["p"],
    ...                      "text": ["Trade first. Then we cooperate on trade."]})
    >>> pos = dispersion(tokenize(docs), terms=["cooperation", "trade"])
    >>> pos[["item", "start", "end"]].values.tolist()
    [['cooperate', 21, 30], ['trade', 0, 5], ['trade', 34, 39]]
    """
    from framing.tokens import tokenize_text

    _check_tokens(tokens, "start", "end")
    _check_by(tokens, by)
    if terms is None and mentions is None:
        raise AnalysisError("terms", "give the terms to locate, a mentions table, or both")
    t, doc, doc_ids = _reading_order(tokens)
    group_of_doc = dict(zip(doc_ids, _doc_values(t, doc, len(doc_ids), by), strict=True))
    ends = t.groupby(doc, sort=False)["end"].max() if len(t) else pd.Series(dtype="int64")
    length_of = _lengths(lengths, {doc_ids[i]: int(e) for i, e in ends.items()})
    rows = []
    if terms is not None:
        if isinstance(terms, str):
            terms = [terms]
        words = ~t["is_punct"].to_numpy(dtype=bool)
        w = t[words]
        wdoc = doc[words]
        stems = w["stem"].astype(str).to_numpy(dtype=object)
        starts = w["start"].to_numpy(dtype=np.int64)
        stops = w["end"].to_numpy(dtype=np.int64)
        disp = _displays(w)
        where: dict[str, list[int]] = {}
        for i, s in enumerate(stems):
            where.setdefault(s, []).append(i)
        patterns = []
        for term in terms:
            toks = [x for x in tokenize_text(str(term)) if any(ch.isalnum() for ch in x[3])]
            if not toks:
                raise AnalysisError(f"terms: {term!r}", "has no words to look for")
            patterns.append(tuple(x[4] for x in toks))
        for pat in dict.fromkeys(patterns):
            item = " ".join(disp.get(s, s) for s in pat)
            k = len(pat)
            for i in where.get(pat[0], ()):
                j = i + k - 1
                if (
                    j < len(stems)
                    and wdoc[j] == wdoc[i]
                    and all(stems[i + m] == pat[m] for m in range(1, k))
                ):
                    d = doc_ids[wdoc[i]]
                    rows.append((d, group_of_doc[d], item, "term", starts[i], stops[j]))
    if mentions is not None:
        require_columns(mentions, ["doc_id", "sector", "start", "end"], "mentions")
        m = mentions
        if sectors is not None:
            keep = [str(s) for s in ([sectors] if isinstance(sectors, str) else sectors)]
            m = m[m["sector"].astype(str).isin(keep)]
        for d, sector, start, end in zip(
            m["doc_id"].astype(str), m["sector"].astype(str), m["start"], m["end"], strict=True
        ):
            if d not in group_of_doc:
                raise AnalysisError(f"mentions: doc_id {d!r}", "is not in tokens")
            rows.append((d, group_of_doc[d], sector, "sector", int(start), int(end)))
    out = pd.DataFrame.from_records(
        rows, columns=["doc_id", "_group", "item", "kind", "start", "end"]
    )
    out = out.drop(columns="_group") if by == "doc_id" else out.rename(columns={"_group": by})
    columns = [*_group_columns(by), "item", "kind", "start", "end"]
    out["start"] = out["start"].astype(np.int64)
    out["end"] = out["end"].astype(np.int64)
    out["rel_position"] = [
        s / length_of[d] if length_of.get(d) else 0.0
        for d, s in zip(out["doc_id"], out["start"], strict=True)
    ]
    out["rel_position"] = out["rel_position"].astype(float)
    out = out.drop_duplicates(["doc_id", "item", "kind", "start", "end"])
    out = out.sort_values(["doc_id", "kind", "item", "start"], kind="mergesort")
    return out.reset_index(drop=True)[[*columns, "rel_position"]]


def dispersion_dp(positions: pd.DataFrame, tokens: pd.DataFrame, *, by: str = "period") -> pd.DataFrame:
    """Gries' DP of each item within each document, the parts being the document's paragraphs
    sized in word tokens.

    DP = 0.5 * sum_i |v_i - s_i| over the paragraphs i, with s_i the paragraph's share of the
    document's word tokens (non-punctuation tokens, the tokens every rate of this module counts)
    and v_i its share of the item's occurrences; ``dp_norm`` = DP / (1 - min_i s_i)
    (:func:`framing.stats.measures.gries_dp`; Gries 2008 sizes corpus parts in words). An
    occurrence belongs to the paragraph of the last token starting at or before its ``start``.
    Parts are the paragraphs of the tokens table, in ``paragraph_id`` order.

    Parameters
    ----------
    positions : pandas.DataFrame
        Output of :func:`dispersion`.
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`; uses ``doc_id``, ``paragraph_id``, ``start``,
        ``is_punct``).
    by : str, default="period"
        Group column of ``positions`` copied to the output (none more when "doc_id").

    Returns
    -------
    pandas.DataFrame
        One row per document and item: ``doc_id``, the ``by`` column, ``item``, ``kind``, ``count``,
        ``n_parts`` (paragraphs), ``dp``, ``dp_norm`` (NaN with a single paragraph).

    Raises
    ------
    AnalysisError
        A table without its columns, or an occurrence in a document the tokens do not have.

    Examples
    --------
    A first paragraph of 2 words with the item, a second of 6 words (its commas are not words):

    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a"], "period": ["p"],
    ...                      "text": ["Trade grew.\\n\\nA, b, c, d, e, f."]})
    >>> tokens = tokenize(docs)
    >>> dp = dispersion_dp(dispersion(tokens, terms=["trade"]), tokens).iloc[0]
    >>> int(dp["count"]), int(dp["n_parts"]), round(float(dp["dp"]), 4)   # 0.5 (|1 - 2/8| + 6/8)
    (1, 2, 0.75)
    """
    require_columns(positions, ["doc_id", by, "item", "kind", "start"], "positions")
    require_columns(tokens, ["doc_id", "paragraph_id", "start", "is_punct"], "tokens")
    t = tokens[["paragraph_id", "start", "is_punct"]].assign(doc_id=tokens["doc_id"].astype(str))
    words = t[~t["is_punct"].to_numpy(dtype=bool)]
    size = words.groupby(["doc_id", "paragraph_id"], sort=True, observed=True).size()
    parts = {}
    for doc_id, g in t.sort_values(["doc_id", "start"], kind="mergesort").groupby("doc_id", sort=False):
        ids = np.array(sorted(set(g["paragraph_id"].tolist())))
        sizes = np.array([int(size.get((doc_id, p), 0)) for p in ids], dtype=float)
        parts[doc_id] = (g["start"].to_numpy(), g["paragraph_id"].to_numpy(), ids, sizes)
    rows = []
    keys = [*_group_columns(by), "item", "kind"]
    for key, g in positions.groupby(keys, sort=True, observed=True):
        doc_id, item, kind = str(key[0]), key[-2], key[-1]
        if doc_id not in parts:
            raise AnalysisError(f"positions: doc_id {doc_id!r}", "is not in tokens")
        starts, para, ids, sizes = parts[doc_id]
        at = np.maximum(np.searchsorted(starts, g["start"].to_numpy(), side="right") - 1, 0)
        part = np.searchsorted(ids, para[at])
        dp, dp_norm = gries_dp(np.bincount(part, minlength=len(ids)), sizes)
        rows.append(
            (*(str(v) for v in key[:-2]), str(item), str(kind), len(g), len(ids), dp, dp_norm)
        )
    return pd.DataFrame.from_records(rows, columns=[*keys, "count", "n_parts", "dp", "dp_norm"])


# ---------------------------------------------------------------------------------------------
# Lexical overview and the table bundle
# ---------------------------------------------------------------------------------------------


def lexical_overview(
    tokens: pd.DataFrame, sentences: pd.DataFrame, *, by: str = "period"
) -> pd.DataFrame:
    """Size and variety of each document.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`).
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.split_sentences`, or :func:`framing.attribute_speakers`).
    by : str, default="period"
        Group column copied to the output (from ``sentences``, else ``tokens``; none more when
        "doc_id").

    Returns
    -------
    pandas.DataFrame
        One row per document, in order of first appearance in ``sentences`` (then ``tokens``):
        ``doc_id``, the ``by`` column, ``n_tokens`` (non-punctuation tokens; an entity is one
        token), ``n_types`` (distinct stems among them), ``ttr`` (n_types / n_tokens; depends on
        length, compare only texts of similar size), ``n_sentences``, ``mean_sentence_length``
        (n_tokens / n_sentences, in tokens), ``n_paragraphs`` (paragraphs containing a sentence).

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import split_sentences, tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a"], "period": ["p"],
    ...                      "text": ["Trade grew. Trade and energy grew fast.\\n\\nNew era."]})
    >>> o = lexical_overview(tokenize(docs), split_sentences(docs)).iloc[0]
    >>> int(o["n_tokens"]), int(o["n_types"]), int(o["n_sentences"]), int(o["n_paragraphs"])
    (9, 7, 3, 2)
    """
    require_columns(tokens, ["doc_id", "stem", "is_punct"], "tokens")
    require_columns(sentences, ["doc_id", "paragraph_id"], "sentences")
    source = sentences if by in sentences.columns else tokens
    _check_by(source, by, "sentences or tokens")

    # tokens and distinct stems per document, on integer codes (no string per row)
    punct = tokens["is_punct"].to_numpy(dtype=bool)
    dc, d_names = column_codes(tokens["doc_id"])
    sc, _ = column_codes(tokens["stem"])
    sc = sc[~punct]
    dc = dc[~punct]
    size = np.bincount(dc, minlength=len(d_names))
    pair = np.unique(dc[sc >= 0].astype(np.int64) * (int(sc.max(initial=0)) + 1) + sc[sc >= 0])
    types = np.bincount(pair // (int(sc.max(initial=0)) + 1), minlength=len(d_names))
    tok = {d_names[i]: (int(size[i]), int(types[i])) for i in np.flatnonzero(size)}
    sen_table = sentences.groupby(sentences["doc_id"].astype(str), sort=False)["paragraph_id"].agg(
        ["size", "nunique"]
    )
    sen = {
        d: (int(n), int(p))
        for d, n, p in zip(sen_table.index, sen_table["size"], sen_table["nunique"], strict=True)
    }
    group_of = {}
    for table in (sentences, tokens):
        if by in table.columns:
            for d, g in document_groups(table, by).items():
                group_of.setdefault(d, g)
    doc_ids = list(dict.fromkeys([*document_groups(sentences, "doc_id"), *document_groups(tokens, "doc_id")]))
    rows = []
    for doc_id in doc_ids:
        n_tok, n_types = tok.get(doc_id, (0, 0))
        n_sent, n_par = sen.get(doc_id, (0, 0))
        rows.append(
            (
                doc_id,
                *([] if by == "doc_id" else [group_of.get(doc_id, "")]),
                n_tok,
                n_types,
                n_types / n_tok if n_tok else math.nan,
                n_sent,
                n_tok / n_sent if n_sent else math.nan,
                n_par,
            )
        )
    columns = [*_group_columns(by), *OVERVIEW_COLUMNS[2:]]
    out = pd.DataFrame.from_records(rows, columns=columns)
    for c in ("n_tokens", "n_types", "n_sentences", "n_paragraphs"):
        out[c] = out[c].astype(np.int64)
    return out


def term_tables(
    tokens: pd.DataFrame, sentences: pd.DataFrame, *, target, reference, by: str = "period"
) -> dict[str, pd.DataFrame]:
    """The term tables of a study, by file stem (written to ``data/processed/`` by the export).

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`).
    sentences : pandas.DataFrame
        Sentences table (:func:`framing.attribute_speakers` or :func:`framing.split_sentences`).
    target, reference : str or list of str, or None
        Groups compared by :func:`keyness`; both None: no comparison (a corpus with one group), the
        keyness table is empty with its columns.
    by : str, default="period"
        Column grouping the documents.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``"term-frequencies"`` (:func:`term_frequencies`), ``"keyness"`` (:func:`keyness`, default
        options), ``"collocations"`` (:func:`collocations`) and ``"lexical-overview"``
        (:func:`lexical_overview`), all grouped by ``by``.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import split_sentences, tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Energy trade grew.", "Energy ties grew fast."]})
    >>> tables = term_tables(tokenize(docs), split_sentences(docs), target="p2", reference="p1")
    >>> list(tables), len(tables["lexical-overview"])
    (['term-frequencies', 'keyness', 'collocations', 'lexical-overview'], 2)
    """
    if target is None and reference is None:
        key = pd.DataFrame(columns=KEYNESS_COLUMNS)
    else:
        key = keyness(tokens, target=target, reference=reference, by=by)
    return {
        "term-frequencies": term_frequencies(tokens, by=by),
        "keyness": key,
        "collocations": collocations(tokens, by=by),
        "lexical-overview": lexical_overview(tokens, sentences, by=by),
    }
