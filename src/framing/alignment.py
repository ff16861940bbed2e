"""What carries over between reports: each statement of a later report set against an earlier one.

:func:`align_statements` pairs each sentence of the target group with its closest sentence of the
reference group and labels it **carried over**, **reworded** or **new**; :func:`align_over_time`
does the same for every group against the one before it.

The rules
---------
Similarity
    Each sentence is a bag of the stems of its content words (tokens that are neither punctuation
    nor stopwords; a name of the entity list counts as one term, so its aliases match), weighted
    by TF-IDF (raw counts times smoothed inverse sentence frequency, ``log((1 + n) / (1 + df)) +
    1``, over the sentences of the two groups compared; scikit-learn's ``TfidfVectorizer``), each
    vector scaled to length 1. The similarity of two sentences is the cosine of their vectors
    (0: no content word in common; 1: the same content words in the same proportions).
Pairing
    One to one: each reference sentence is the partner of at most one target sentence. Among the
    pairs whose similarity reaches ``reworded`` (0.45), the pairing with the largest total
    similarity is chosen (the assignment problem, solved by :func:`scipy.optimize.linear_sum_assignment`
    on the similarity matrix with the smaller values set to 0).
Labels
    **carried over**: paired, similarity >= ``carried_over`` (0.9: the same content words, at most
    a small change); **reworded**: paired, ``reworded`` <= similarity < ``carried_over``;
    **new**: no partner. A new sentence is shown beside its most similar reference sentence
    (``paired`` False), so that what it shares is visible. With ``dropped=True`` the reference
    sentences left without a partner follow, labelled **dropped**.
Thresholds
    0.9 and 0.45 were set on the planted statements of ``data/examples/over-time`` (its README): the
    designed rewordings score 0.50 to 0.64, identical sentences 1.0, and the sentences designed
    as new at most 0.42 against any sentence of the previous report.
Words
    ``shared``, ``removed`` and ``added`` compare the word tokens of the two sentences (folded, in
    order, punctuation left out) with :class:`difflib.SequenceMatcher` (``autojunk=False``):
    the words of the matching blocks (blocks separated by " … "), the reference's other words,
    the target's other words, each shown as written. ``changed`` is the share of words not
    matched, ``1 - matched / max(len_reference, len_target)``; ``identical`` is True when the two
    folded word sequences are equal.

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
...     "Both sides agreed to expand trade. Energy ties grew fast.",
...     "Both sides agreed to expand trade. Tourism boomed."]})
>>> table = align_statements(framing.analyse(docs), reference="p1", target="p2")
>>> table[["label", "target_text", "reference_text"]].values.tolist()
[['carried over', 'Both sides agreed to expand trade.', 'Both sides agreed to expand trade.'], ['new', 'Tourism boomed.', nan], ['dropped', nan, 'Energy ties grew fast.']]
"""

from __future__ import annotations

import difflib

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, require_columns

__all__ = ["align_statements", "align_over_time", "ALIGNMENT_COLUMNS", "LABELS"]

#: The labels, from the closest to the farthest.
LABELS = ("carried over", "reworded", "new", "dropped")

_SIDE_COLUMNS = ["doc_id", "sentence_id", "start", "end", "text", "speaker", "side"]
#: Columns of the alignment table, in order.
ALIGNMENT_COLUMNS = (
    ["reference", "target", "label", "similarity", "paired", "identical", "changed", "shared", "removed", "added"]
    + [f"target_{c}" for c in _SIDE_COLUMNS]
    + [f"reference_{c}" for c in _SIDE_COLUMNS]
)


def _sentences(analysis, group: str) -> pd.DataFrame:
    """The sentences of one group, in document order, with their content stems and words."""
    by = analysis.by
    docs = analysis.docs
    order = {d: i for i, d in enumerate(docs["doc_id"].astype(str))}
    s = analysis.sentences
    s = s[s[by].astype(str) == group].copy()
    s["doc_id"] = s["doc_id"].astype(str)
    s["_order"] = s["doc_id"].map(order)
    s = s.sort_values(["_order", "sentence_id"], kind="stable").reset_index(drop=True)
    t = analysis.tokens
    t = t[(t[by].astype(str) == group) & ~t["is_punct"]]
    keys = list(zip(t["doc_id"].astype(str), t["sentence_id"].astype(int), strict=True))
    stems: dict = {}
    words: dict = {}
    surfaces: dict = {}
    for key, stem, norm, surface, stop in zip(
        keys, t["stem"], t["norm"], t["surface"], t["is_stop"], strict=True
    ):
        if not stop:
            stems.setdefault(key, []).append(stem)
        words.setdefault(key, []).append(norm)
        surfaces.setdefault(key, []).append(surface)
    ids = list(zip(s["doc_id"], s["sentence_id"].astype(int), strict=True))
    s["_stems"] = [stems.get(k, []) for k in ids]
    s["_words"] = [words.get(k, []) for k in ids]
    s["_surfaces"] = [surfaces.get(k, []) for k in ids]
    return s


def _similarity(reference: pd.DataFrame, target: pd.DataFrame) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors of content stems: target rows x reference columns."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    bags = list(reference["_stems"]) + list(target["_stems"])
    if not any(bags):
        return np.zeros((len(target), len(reference)))
    vectorizer = TfidfVectorizer(analyzer=_identity, lowercase=False, norm="l2", smooth_idf=True)
    X = vectorizer.fit_transform(bags)
    R, T = X[: len(reference)], X[len(reference) :]
    return np.clip((T @ R.T).toarray(), 0.0, 1.0)


#: Up to this many target x reference pairs, one dense similarity matrix and an optimal assignment
#: over it (:func:`scipy.optimize.linear_sum_assignment`); above, blocks of target rows and a
#: sparse matching over the eligible pairs only, so memory does not grow with the square of the
#: sentences.
DENSE_PAIRS = 4_000_000

#: Target rows per block of the sparse path's similarities.
_BLOCK_ROWS = 512


def _match_dense(ref: pd.DataFrame, tgt: pd.DataFrame, reworded: float):
    """(partner, best, best value, partner value) per target sentence from one dense matrix:
    ``partner`` the reference sentence assigned (-1: none at or above ``reworded``), ``best`` the
    most similar reference sentence."""
    sim = _similarity(ref, tgt)
    partner = np.full(len(tgt), -1, dtype=np.int64)
    if sim.size:
        from scipy.optimize import linear_sum_assignment

        eligible = np.where(sim >= reworded, sim, 0.0)
        rows, cols = linear_sum_assignment(eligible, maximize=True)
        for i, j in zip(rows, cols, strict=True):
            if sim[i, j] >= reworded:
                partner[i] = j
    if sim.shape[1] == 0:
        zeros = np.zeros(len(tgt))
        return partner, np.zeros(len(tgt), dtype=np.int64), zeros, zeros
    best = sim.argmax(axis=1)
    rows = np.arange(len(tgt))
    return partner, best, sim[rows, best], sim[rows, np.maximum(partner, 0)]


def _match_sparse(ref: pd.DataFrame, tgt: pd.DataFrame, reworded: float):
    """:func:`_match_dense` for many sentences: similarities by blocks of target rows, keeping each
    row's best and its best pairs at or above ``reworded`` (:func:`_top_pairs`); the assignment is a
    maximum-weight matching over those pairs (:func:`_assign`).

    Each row keeps at most ``max(TOP_PAIRS, PAIR_BUDGET // n_targets)`` candidates (every one, on
    10,000 generated reports; 224 on 100,000). When no row has more, the total similarity paired is the dense
    assignment's (among equally good assignments the one chosen may differ). Otherwise the rows that
    had more and are left unpaired get their candidates among the reference sentences still free and
    are matched among those, the pairs already made kept (at most :data:`_REPAIR_ROUNDS` times):
    memory and time stay bounded by the number of sentences, and a corpus that repeats a sentence
    still pairs its copies."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n_t, n_r = len(tgt), len(ref)
    best = np.zeros(n_t, dtype=np.int64)
    best_value = np.zeros(n_t)
    partner = np.full(n_t, -1, dtype=np.int64)
    partner_value = np.zeros(n_t)
    bags = list(ref["_stems"]) + list(tgt["_stems"])
    if not any(bags) or not n_t or not n_r:
        return partner, best, best_value, partner_value
    vectorizer = TfidfVectorizer(analyzer=_identity, lowercase=False, norm="l2", smooth_idf=True)
    X = vectorizer.fit_transform(bags)
    R, T = X[:n_r], X[n_r:]
    RT = R.T.tocsc()

    def blocks(row_ids):
        for lo in range(0, len(row_ids), _BLOCK_ROWS):
            ids = row_ids[lo : lo + _BLOCK_ROWS]
            yield np.arange(lo, lo + len(ids)), ids, np.clip((T[ids] @ RT).toarray(), 0.0, 1.0)

    keep = max(TOP_PAIRS, PAIR_BUDGET // n_t)
    rows, cols, vals, capped = [], [], [], []
    for _, ids, block in blocks(np.arange(n_t)):
        best[ids] = block.argmax(axis=1)
        best_value[ids] = block[np.arange(len(ids)), best[ids]]
        r, c, over = _top_pairs(block, reworded, ids, n_t, keep)
        rows.append(ids[r])
        cols.append(c)
        vals.append(block[r, c])
        capped.append(ids[over])
    r, c, v = (np.concatenate(x) for x in (rows, cols, vals))
    capped = np.concatenate(capped)
    partner, partner_value = _assign(r, c, v, n_t, n_r)
    del r, c, v
    for _ in range(_REPAIR_ROUNDS):
        waiting = capped[partner[capped] < 0]
        if not len(waiting):
            break
        taken = np.zeros(n_r, dtype=bool)
        taken[partner[partner >= 0]] = True
        more = []
        for rank, _, block in blocks(waiting):
            # only reference sentences still free: below any floor, also reworded = 0
            block[:, taken] = -1.0
            # spread over the free candidates by the rank among the sentences still waiting
            r2, c2, _ = _top_pairs(block, reworded, rank, len(waiting), keep)
            free = ~taken[c2]
            r2, c2 = r2[free], c2[free]
            more.append((rank[r2], c2, block[r2, c2]))
        if not sum(len(m[0]) for m in more):
            break
        # The waiting rows are matched among the free sentences only and the pairs made stay:
        # solving the whole graph again would cost a full matching a round (minutes at 100,000
        # reports) for pairs that, among free sentences, cannot clash with those made.
        got, got_value = _assign(*(np.concatenate([m[i] for m in more]) for i in range(3)), len(waiting), n_r)
        paired = got >= 0
        partner[waiting[paired]] = got[paired]
        partner_value[waiting[paired]] = got_value[paired]
    return partner, best, best_value, partner_value


def _assign(r, c, v, n_t: int, n_r: int):
    """(partner, partner value) per target from a maximum-weight matching over the pairs
    ``(r, c)`` of similarity ``v`` (:func:`scipy.sparse.csgraph.min_weight_full_bipartite_matching`;
    each target is also joined to a dummy of its own, so that leaving it unpaired is allowed)."""
    from scipy import sparse
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    partner = np.full(n_t, -1, dtype=np.int64)
    partner_value = np.zeros(n_t)
    if not len(r):
        return partner, partner_value
    # each pair once, in (target, reference) order (the callers list none twice; the order fixes ties)
    key = np.unique(r.astype(np.int64) * n_r + c, return_index=True)[1]
    r, c, v = r[key], c[key], v[key]
    # weights 1 + similarity for real pairs, 1 for a target's own dummy: every matching pairs each
    # target once, so the heaviest is the one with the most similarity paired
    graph = sparse.csr_matrix(
        (np.r_[v + 1.0, np.ones(n_t)], (np.r_[r, np.arange(n_t)], np.r_[c, n_r + np.arange(n_t)])),
        shape=(n_t, n_r + n_t),
    )
    mr, mc = min_weight_full_bipartite_matching(graph, maximize=True)
    real = mc < n_r
    partner[mr[real]] = mc[real]
    lookup = sparse.csr_matrix((v, (r, c)), shape=(n_t, n_r))
    partner_value[mr[real]] = np.asarray(lookup[mr[real], mc[real]]).ravel()
    return partner, partner_value


#: Candidate partners kept per target sentence on the sparse path: at least this many, more while
#: all of them fit in :data:`PAIR_BUDGET`.
TOP_PAIRS = 32
#: Candidate pairs kept in all on the sparse path (about 24 bytes each in the matching graph).
PAIR_BUDGET = 20_000_000
#: Rounds in which capped, unpaired sentences look for partners among the free ones.
_REPAIR_ROUNDS = 3


def _top_pairs(block: np.ndarray, reworded: float, position: np.ndarray, total: int, keep: int):
    """The pairs of a block of similarities kept for the matching: ``(r, c, over)``, block rows and
    columns at or above ``reworded``, at most ``keep`` per row, the most similar first, and the block
    rows that had more.

    A corpus that repeats sentences has thousands of equal candidates for one sentence, and keeping
    them all grows with the square of the corpus. Among equal similarities, the row at ``position``
    of ``total`` rows keeps the candidates at the same relative place in its own list (the row a
    third of the way down keeps those a third of the way along), so copies of one sentence spread
    over the copies of its partner instead of all asking for the same few."""
    r, c = np.nonzero(block >= reworded)
    counts = np.bincount(r, minlength=len(block))
    over = np.flatnonzero(counts > keep)
    if not len(over):
        return r, c, over
    keep_r, keep_c = [], []
    starts = np.r_[0, np.cumsum(counts)]
    for i in np.flatnonzero(counts):
        cols = c[starts[i] : starts[i + 1]]  # in column order
        if len(cols) > keep:
            place = np.abs(np.arange(len(cols)) - position[i] * len(cols) / max(total, 1))
            # rounded so that equal similarities computed in another order still tie
            order = np.lexsort((cols, place, -np.round(block[i, cols], 9)))
            cols = np.sort(cols[order[:keep]])
        keep_r.append(np.full(len(cols), i))
        keep_c.append(cols)
    return np.concatenate(keep_r), np.concatenate(keep_c), over


def _identity(bag):
    return bag


def _words(ref_words, ref_surface, tgt_words, tgt_surface) -> dict:
    """Shared, removed and added words (as written), the share changed, and identity."""
    matcher = difflib.SequenceMatcher(None, ref_words, tgt_words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    in_ref = np.zeros(len(ref_words), dtype=bool)
    in_tgt = np.zeros(len(tgt_words), dtype=bool)
    for b in blocks:
        in_ref[b.a : b.a + b.size] = True
        in_tgt[b.b : b.b + b.size] = True
    longest = max(len(ref_words), len(tgt_words))
    return {
        "shared": " … ".join(" ".join(tgt_surface[b.b : b.b + b.size]) for b in blocks),
        "removed": " ".join(w for w, m in zip(ref_surface, in_ref, strict=True) if not m),
        "added": " ".join(w for w, m in zip(tgt_surface, in_tgt, strict=True) if not m),
        "changed": round(1.0 - matched / longest, 4) if longest else 0.0,
        "identical": list(ref_words) == list(tgt_words),
    }


def _side(row, prefix: str) -> dict:
    if row is None:
        return {f"{prefix}_{c}": np.nan for c in _SIDE_COLUMNS}
    return {f"{prefix}_{c}": row[c] for c in _SIDE_COLUMNS}


def _check_thresholds(carried_over, reworded) -> None:
    for name, value in (("carried_over", carried_over), ("reworded", reworded)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise AnalysisError(name, f"must be a number in (0, 1], not {value!r}")
    if reworded > carried_over:
        raise AnalysisError("reworded", f"must not exceed carried_over ({carried_over}), got {reworded}")


def align_statements(
    analysis,
    *,
    reference: str,
    target: str,
    carried_over: float = 0.9,
    reworded: float = 0.45,
    dropped: bool = True,
) -> pd.DataFrame:
    """Each sentence of the target group paired with its closest sentence of the reference group.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): sentences with speakers, tokens.
    reference, target : str
        The groups compared (values of the analysis's grouping column, ``period`` by default).
    carried_over : float, default=0.9
        Similarity from which a paired sentence is carried over.
    reworded : float, default=0.45
        Smallest similarity of a pair: below it a target sentence is new.
    dropped : bool, default=True
        Also list the reference sentences left without a partner (label "dropped").

    Returns
    -------
    pandas.DataFrame
        :data:`ALIGNMENT_COLUMNS`: ``reference`` and ``target`` (the groups), ``label``,
        ``similarity`` (cosine, rounded to 4 places), ``paired``, ``identical``, ``changed``,
        ``shared``, ``removed``, ``added``, then for each side ``doc_id``, ``sentence_id``,
        ``start``, ``end`` (offsets into the document's ``text``), ``text``, ``speaker``,
        ``side`` (missing where a side has no sentence). Target sentences in document order,
        then the dropped reference sentences.

    Raises
    ------
    AnalysisError
        An unknown group, reference equal to target, or a threshold outside (0, 1].

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Both sides agreed to boost trade and energy ties.",
    ...     "The two sides agreed to boost trade and energy links."]})
    >>> row = align_statements(framing.analyse(docs), reference="p1", target="p2").iloc[0]
    >>> row.label, float(row.similarity), float(row.changed), row.added, row.removed
    ('reworded', 0.6328, 0.3, 'The two links', 'Both ties')
    """
    require_columns(analysis.sentences, ["doc_id", "sentence_id", "start", "end", "text", "speaker", "side"],
                    "sentences")
    require_columns(analysis.tokens, ["doc_id", "sentence_id", "stem", "norm", "surface", "is_punct", "is_stop"],
                    "tokens")
    _check_thresholds(carried_over, reworded)
    groups = [str(g) for g in analysis.groups]
    for name, g in (("reference", reference), ("target", target)):
        if str(g) not in groups:
            raise AnalysisError(f"{name} {g!r}", f"not a group of the corpus ({', '.join(groups)})")
    reference, target = str(reference), str(target)
    if reference == target:
        raise AnalysisError("reference", f"reference and target are the same group ({reference!r})")
    ref = _sentences(analysis, reference)
    tgt = _sentences(analysis, target)
    if len(ref) * len(tgt) <= DENSE_PAIRS:
        partner, best, best_value, partner_value = _match_dense(ref, tgt, reworded)
    else:
        partner, best, best_value, partner_value = _match_sparse(ref, tgt, reworded)
    records = []
    for i in range(len(tgt)):
        t = tgt.iloc[i]
        j = int(partner[i])
        paired = j >= 0
        if not paired and len(ref) and best_value[i] > 0:
            j = int(best[i])
        r = ref.iloc[j] if j >= 0 else None
        value = (float(partner_value[i]) if paired else float(best_value[i])) if j >= 0 else 0.0
        if paired:
            label = "carried over" if value >= carried_over else "reworded"
        else:
            label = "new"
        if r is not None:
            words = _words(r["_words"], r["_surfaces"], t["_words"], t["_surfaces"])
        else:
            words = {"shared": "", "removed": "", "added": " ".join(t["_surfaces"]), "changed": 1.0,
                     "identical": False}
        records.append(
            {"reference": reference, "target": target, "label": label, "similarity": round(value, 4),
             "paired": paired, **words, **_side(t, "target"), **_side(r, "reference")}
        )
    if dropped:
        taken = set(partner[partner >= 0].tolist())
        for j in range(len(ref)):
            if j in taken:
                continue
            r = ref.iloc[j]
            records.append(
                {"reference": reference, "target": target, "label": "dropped", "similarity": np.nan,
                 "paired": False, "shared": "", "removed": " ".join(r["_surfaces"]), "added": "",
                 "changed": 1.0, "identical": False, **_side(None, "target"), **_side(r, "reference")}
            )
    out = pd.DataFrame.from_records(records, columns=ALIGNMENT_COLUMNS)
    for prefix in ("target", "reference"):
        for col in ("sentence_id", "start", "end"):
            out[f"{prefix}_{col}"] = out[f"{prefix}_{col}"].astype("Int64")
    out["paired"] = out["paired"].astype(bool)
    out["identical"] = out["identical"].astype(bool)
    return out


def align_over_time(
    analysis,
    *,
    carried_over: float = 0.9,
    reworded: float = 0.45,
    dropped: bool = True,
) -> pd.DataFrame:
    """Every group aligned against the one before it (:func:`align_statements`), groups in order.

    Parameters
    ----------
    analysis : Analysis
        The analysis; its ``groups`` give the order (periods by date).
    carried_over, reworded : float, default=0.9, 0.45
        The thresholds of :func:`align_statements`.
    dropped : bool, default=True
        Also list the reference sentences left without a partner.

    Returns
    -------
    pandas.DataFrame
        :data:`ALIGNMENT_COLUMNS`, one block per consecutive pair of groups (``reference`` the
        earlier, ``target`` the later); empty with fewer than two groups.

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "period": ["p1", "p2", "p3"],
    ...                      "date": ["2020-01-01", "2021-01-01", "2022-01-01"], "text": [
    ...     "Trade grew.", "Trade grew. Tourism boomed.", "Tourism boomed."]})
    >>> table = align_over_time(framing.analyse(docs), dropped=False)
    >>> table[["reference", "target", "label", "target_text"]].values.tolist()
    [['p1', 'p2', 'carried over', 'Trade grew.'], ['p1', 'p2', 'new', 'Tourism boomed.'], ['p2', 'p3', 'carried over', 'Tourism boomed.']]
    """
    groups = [str(g) for g in analysis.groups]
    parts = [
        align_statements(analysis, reference=a, target=b, carried_over=carried_over, reworded=reworded,
                         dropped=dropped)
        for a, b in zip(groups[:-1], groups[1:], strict=True)
    ]
    if not parts:
        _check_thresholds(carried_over, reworded)
        return pd.DataFrame(columns=ALIGNMENT_COLUMNS)
    return pd.concat(parts, ignore_index=True)
