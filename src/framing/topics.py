"""Topic models over the passages that mention sectors, with their stability made visible.

Pipeline::

    docs, mentions --sector_passages--> passages --fit_topics--> TopicModel
                                              \\--select_k--> k-selection table
    TopicModel, passages --topic_proportions--> proportions by period (bootstrap intervals)
    docs --topic_tables--> the tables written to data/processed/

Passages
    By default a passage is a sentence carrying at least one sector mention; with ``window=N`` it is
    the stretch from the N-th word token before a mention to the N-th word token after it. Every
    passage keeps ``doc_id`` and ``start``/``end`` offsets into ``docs.text`` and its ``text`` is that
    exact slice.

Vocabulary
    Passages are tokenised with the project tokenizer (:func:`framing.text.tokenize_text`): a term is
    a Snowball stem (hyphen compounds stemmed per part). Punctuation, numbers (digits and spelled-out
    numbers such as "two", as in "the two Parties"), and the packaged stopwords are dropped, and so are named entities by default (people, parties, places: they say
    *who* speaks, not *what about*; ``keep_entities=True`` keeps them). Terms must occur in
    ``min_df`` passages (default 2: a term seen in one passage cannot co-occur and only adds noise
    with a few dozen passages); seed terms are exempt. Terms display as their most frequent surface
    form (:func:`framing.text.display_forms`).

Methods
    ``nmf``
        TF-IDF (scikit-learn defaults: smooth idf, L2 rows) factorised by NMF (Frobenius loss,
        multiplicative updates, random initialisation drawn from ``random_state``).
    ``lda``
        Raw counts, scikit-learn's batch variational LDA (priors 1/k).
    ``seeded``
        Guided NMF on the same TF-IDF matrix. One topic per chosen sector is *anchored* by its
        lexicon seed terms (:func:`framing.sectors.seed_terms`, tokenised as above; a stem found in
        the phrases of several sectors, such as "cooperation", is dropped from all of them since it
        cannot anchor one; seeds absent from the passages are ignored) in two ways:
        (1) ``init="custom"``: the seeded topic's term row starts on its seed terms and each passage's
        weight on it starts at the passage's TF-IDF mass on those terms; (2) one *pseudo-passage* per
        seeded sector, containing only its seed terms (L2 norm ``seed_weight``, i.e. as heavy as
        ``seed_weight`` real passages), is appended to the matrix with its weight fixed to zero on
        every other topic. Multiplicative updates never move an exact zero, so each pseudo-passage
        can only be explained by its own topic: the seed terms stay among that topic's heaviest terms
        while the topic is free to pick up the vocabulary that co-occurs with them. Pseudo-passages
        are dropped from every output. ``labels.seed_kept`` reports how many of a topic's top terms
        are its seeds over how many could be (``min(n_seeds, n_top)``), so the anchoring is
        checked, not assumed. Topics beyond the
        seeded sectors are unseeded (random start).

Quality (every fit)
    coherence
        Mean NPMI (Bouma 2009) over all pairs of a topic's ``n_top`` heaviest terms, with passages as
        the documents: ``NPMI = log(P(a,b) / (P(a) P(b))) / -log P(a,b)``, ``P`` = share of passages
        containing the term(s); -1 for pairs that never co-occur, 1 for pairs present in every
        passage. Averaged over topics for the model.
    diversity
        Unique terms among all topics' top terms / number of top terms listed (``k * n_top`` unless a
        topic has fewer than ``n_top`` terms of non-zero weight) (Dieng et al. 2020).
    stability
        Greene, O'Callaghan & Cunningham (2014): the model is refitted with ``n_runs`` other seeds
        (drawn from ``random_state``; default 5); for each refit the topics are matched one-to-one to
        the reference fit's topics by the Hungarian algorithm (:func:`scipy.optimize.linear_sum_assignment`)
        maximising the Jaccard similarity of their top-10 term sets; stability is the mean matched
        Jaccard over topics and refits (1 = the same topics every time). Per topic, the mean over
        refits of its matched Jaccard. Greene et al. resample documents as well; with a few dozen
        passages we only vary the random start.

The quality measures use each topic's terms ranked by weight ``p(w|t)``; the displayed
``top_terms`` are ranked by LDAvis relevance (Sievert & Shirley 2014)
``λ log p(w|t) + (1 - λ) log(p(w|t) / p(w))`` where ``p(w) = Σ_t p(t) p(w|t)`` and ``p(t)`` is the
topic's share of the model's total mass (NMF: ``Σ_d W[d,t] · Σ_w H[t,w]``; LDA: the row sums of the
variational topic-term parameters).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.errors import InputError, require_columns
from framing.text import display_forms, load_stopwords, split_sentences, tokenize_text

__all__ = [
    "TopicError",
    "TopicModel",
    "PASSAGE_COLUMNS",
    "METHODS",
    "sector_passages",
    "passage_terms",
    "fit_topics",
    "select_k",
    "choose_k",
    "topic_proportions",
    "topic_tables",
    "relevance",
    "npmi_coherence",
    "topic_diversity",
    "jaccard_stability",
]

#: Columns of the passages table, in order.
PASSAGE_COLUMNS = [
    "passage_id",
    "doc_id",
    "period",
    "sentence_id",
    "start",
    "end",
    "sectors",
    "n_mentions",
    "side",
    "text",
]

METHODS = ("nmf", "lda", "seeded")

# Topics are numbered from 1 in every table.
_NUMBER_RE = re.compile(r"\A[\d.,:/-]+\Z")
# Spelled-out numbers ("the two Parties", "two sides") carry no theme.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion first second third".split()
)


class TopicError(InputError):
    """Bad input to a topic function. ``str(err)`` is one line: ``<entry>: <problem>``."""


# ---------------------------------------------------------------------------------------------
# Passages
# ---------------------------------------------------------------------------------------------


def sector_passages(
    docs: pd.DataFrame, mentions: pd.DataFrame | None = None, window: int | None = None
) -> pd.DataFrame:
    """Passages that talk about sectors: sentences with a mention, or a window around each mention.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``period``, ``text``.
    mentions : pandas.DataFrame, optional
        Sector mentions table (:func:`framing.find_sector_mentions`); uses ``doc_id``, ``sector``,
        ``start``, ``end`` (offsets into ``docs.text``) and, if present, ``side``. Default: found in
        ``docs`` with the packaged lexicon.
    window : int, optional
        None (default): one passage per sentence (:func:`framing.split_sentences`) carrying at least
        one mention. N >= 0: one passage per mention, from the N-th word token (punctuation not
        counted) before the mention to the N-th word token after it, within the document.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PASSAGE_COLUMNS`: ``passage_id`` (``"<doc_id>:s<sentence_id>"``, or
        ``"<doc_id>:m<k>"`` for the k-th mention of the document in text order, 0-based), ``doc_id``,
        ``period``, ``sentence_id`` (the sentence of the passage, or of the mention's start),
        ``start``, ``end`` (character offsets into the document's ``text``), ``sectors`` (sector ids
        of the mentions lying inside the passage, sorted, joined by ``";"``), ``n_mentions`` (number
        of those mentions), ``side`` (the speaker side of the sentence: the mentions' ``side``;
        several different sides are joined by ``";"``; for a window, the side of its own mention;
        ``""`` if the mentions carry no side), ``text`` (exactly ``docs.text[start:end]``).
        Rows in document order, then text order.
    """
    _require(docs, ["doc_id", "text"], "docs")
    if window is not None and (not isinstance(window, (int, np.integer)) or window < 0):
        raise TopicError("window", f"must be a whole number of tokens >= 0, got {window!r}")
    if mentions is None:
        from framing.sectors import find_sector_mentions

        mentions = find_sector_mentions(docs)
    _require(mentions, ["doc_id", "sector", "start", "end"], "mentions")

    texts = dict(zip(docs["doc_id"].astype(str), docs["text"], strict=True))
    periods = dict(
        zip(
            docs["doc_id"].astype(str),
            docs["period"].astype(str) if "period" in docs else [""] * len(docs),
            strict=True,
        )
    )
    m = mentions.copy()
    m["doc_id"] = m["doc_id"].astype(str)
    unknown = sorted(set(m["doc_id"]) - set(texts))
    if unknown:
        raise TopicError("mentions", f"doc_id {unknown[0]!r} is not in docs")
    m["side"] = m["side"].astype(str) if "side" in m else ""
    m["start"] = m["start"].astype(int)
    m["end"] = m["end"].astype(int)
    lengths = m["doc_id"].map({d: len(t) for d, t in texts.items()}).to_numpy()
    bad = ~((m["start"].to_numpy() >= 0) & (m["start"].to_numpy() < m["end"].to_numpy())
            & (m["end"].to_numpy() <= lengths))
    if bad.any():
        row = m[bad].iloc[0]
        raise TopicError(
            "mentions", f"offsets {row.start}:{row.end} are outside document {row.doc_id!r}"
        )

    sents = split_sentences(docs)
    sents["doc_id"] = sents["doc_id"].astype(str)
    rows = []
    # Split both tables by document once (filtering per document would be quadratic in documents).
    m_by_doc = dict(iter(m.groupby("doc_id", sort=False, observed=True)))
    s_by_doc = dict(iter(sents.groupby("doc_id", sort=False, observed=True)))
    for doc_id in texts:  # document order of docs
        if doc_id not in m_by_doc:
            continue
        dm = m_by_doc[doc_id].sort_values(["start", "end", "sector"], kind="stable")
        ds = s_by_doc.get(doc_id, sents.iloc[:0])
        s_start = ds["start"].to_numpy()
        s_end = ds["end"].to_numpy()
        s_ids = ds["sentence_id"].to_numpy()
        s_index = {int(sid): i for i, sid in enumerate(s_ids)}
        # sentence of each mention: the last sentence starting at or before the mention
        pos = np.clip(np.searchsorted(s_start, dm["start"].to_numpy(), side="right") - 1, 0, None)
        dm = dm.assign(msid=s_ids[pos] if len(s_ids) else 0)
        text = texts[doc_id]
        if window is None:
            for sid, grp in dm.groupby("msid", sort=True):
                i = s_index[int(sid)]
                start, end = int(s_start[i]), int(s_end[i])
                # a mention can run past the sentence end only if the splitter cut inside it
                start, end = min(start, int(grp["start"].min())), max(end, int(grp["end"].max()))
                rows.append(
                    (f"{doc_id}:s{sid}", doc_id, periods[doc_id], int(sid), start, end,
                     _join(grp["sector"]), len(grp), _join(grp["side"]), text[start:end])
                )
        else:
            toks = [t for t in tokenize_text(text) if any(ch.isalnum() for ch in t[3])]
            t_start = np.array([t[0] for t in toks], dtype=int)
            t_end = np.array([t[1] for t in toks], dtype=int)
            for k, row in enumerate(dm.itertuples(index=False)):
                first = int(np.searchsorted(t_end, row.start, side="right"))  # first token ending after
                last = int(np.searchsorted(t_start, row.end, side="left")) - 1  # last token starting before
                lo, hi = max(first - window, 0), min(last + window, len(toks) - 1)
                start = min(int(t_start[lo]), row.start) if len(toks) else row.start
                end = max(int(t_end[hi]), row.end) if len(toks) else row.end
                inside = dm[(dm["start"] >= start) & (dm["end"] <= end)]
                rows.append(
                    (f"{doc_id}:m{k}", doc_id, periods[doc_id], int(row.msid), start, end,
                     _join(inside["sector"]), len(inside), str(row.side), text[start:end])
                )
    out = pd.DataFrame.from_records(rows, columns=PASSAGE_COLUMNS)
    for c in ("sentence_id", "start", "end", "n_mentions"):
        out[c] = out[c].astype("int64")
    return out


def _join(values: Iterable) -> str:
    return ";".join(sorted({str(v) for v in values if str(v) not in ("", "nan")}))


def _require(df, columns: Sequence[str], name: str) -> None:
    require_columns(df, columns, name, TopicError)


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------


def _analyse(text: str, keep_entities: bool = False) -> list[tuple[str, str, bool]]:
    """(stem, surface, is_entity) of the content tokens of ``text``."""
    stop = load_stopwords()
    out = []
    for _start, _end, surface, norm, stem, is_ent, _etype in tokenize_text(text):
        if is_ent:
            if keep_entities:
                out.append((stem, surface, True))
            continue
        if not any(ch.isalnum() for ch in norm) or _NUMBER_RE.match(norm) or norm in stop:
            continue
        if norm in _NUMBER_WORDS:
            continue
        if stem in stop or len(stem) < 2:
            continue
        out.append((stem, surface, False))
    return out


def passage_terms(
    passages: pd.DataFrame,
    min_df: int = 2,
    keep: Iterable[str] = (),
    keep_entities: bool = False,
):
    """Passage-term count matrix with the project tokenizer.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`); uses ``passage_id`` and ``text``.
    min_df : int
        A term must occur in at least this many passages (default 2).
    keep : iterable of str
        Stems kept whatever their passage count (seed terms), if they occur at all.
    keep_entities : bool
        Keep named-entity tokens (default False).

    Returns
    -------
    counts : numpy.ndarray
        ``len(passages) x n_terms`` term counts (int64).
    terms : pandas.DataFrame
        Columns ``term`` (stem), ``display`` (most frequent surface form), ``n_passages`` (passages
        containing it), ``count`` (occurrences); one row per column of ``counts``, sorted by term.
    """
    _require(passages, ["passage_id", "text"], "passages")
    analysed = [_analyse(str(t), keep_entities) for t in passages["text"]]
    vocab = sorted({s for toks in analysed for s, _, _ in toks})
    index = {s: j for j, s in enumerate(vocab)}
    counts = np.zeros((len(passages), len(vocab)), dtype=np.int64)
    for i, toks in enumerate(analysed):
        for s, _, _ in toks:
            counts[i, index[s]] += 1
    df = (counts > 0).sum(axis=0)
    keep = set(keep)
    cols = [j for j, s in enumerate(vocab) if df[j] >= min_df or s in keep]
    counts = counts[:, cols]
    chosen = [vocab[j] for j in cols]
    flat = [(s, surf, ent) for toks in analysed for s, surf, ent in toks]
    tok = pd.DataFrame(flat, columns=["stem", "surface", "is_entity"])
    disp = display_forms(tok) if len(tok) else pd.Series(dtype=object)
    terms = pd.DataFrame(
        {
            "term": chosen,
            "display": [str(disp.get(s, s)) for s in chosen],
            "n_passages": (counts > 0).sum(axis=0).astype("int64"),
            "count": counts.sum(axis=0).astype("int64"),
        }
    )
    return counts, terms


def _seed_stems(phrases: Iterable[str], keep_entities: bool = False) -> list[str]:
    """Content stems of lexicon phrases ("oil and gas" -> ["gas", "oil"]), deduplicated, sorted."""
    stems = set()
    for phrase in phrases:
        stems.update(s for s, _, _ in _analyse(str(phrase), keep_entities))
    return sorted(stems)


# ---------------------------------------------------------------------------------------------
# Quality measures and relevance (pure functions, tested by hand)
# ---------------------------------------------------------------------------------------------


def relevance(topic_term: np.ndarray, topic_share: np.ndarray, lambda_: float = 0.6) -> np.ndarray:
    """LDAvis relevance of each term for each topic (Sievert & Shirley 2014).

    Parameters
    ----------
    topic_term : array, k x V
        Non-negative topic-term weights; each row is normalised to ``p(w|t)``.
    topic_share : array, k
        Topic shares ``p(t)`` (normalised to sum to 1).
    lambda_ : float
        Weight of ``log p(w|t)`` against the lift ``log(p(w|t)/p(w))``; 1 ranks by weight, 0 by lift.

    Returns
    -------
    numpy.ndarray, k x V
        ``λ log p(w|t) + (1-λ) log(p(w|t)/p(w))`` with ``p(w) = Σ_t p(t) p(w|t)`` (natural log);
        ``-inf`` where ``p(w|t) = 0``.
    """
    if not 0.0 <= lambda_ <= 1.0:
        raise TopicError("lambda_", f"must be between 0 and 1, got {lambda_!r}")
    m = np.asarray(topic_term, dtype=float)
    pwt = m / np.where(m.sum(axis=1, keepdims=True) > 0, m.sum(axis=1, keepdims=True), 1.0)
    pt = np.asarray(topic_share, dtype=float)
    pt = pt / pt.sum()
    pw = pt @ pwt
    with np.errstate(divide="ignore", invalid="ignore"):
        logp = np.log(pwt)
        lift = logp - np.log(np.where(pw > 0, pw, 1.0))
        out = lambda_ * logp + (1.0 - lambda_) * lift
    out[pwt <= 0] = -np.inf
    return out


def npmi_coherence(presence: np.ndarray, top: Sequence[Sequence[int]]) -> np.ndarray:
    """NPMI coherence of each topic's top terms, passages as documents.

    Parameters
    ----------
    presence : array, n_passages x V
        Term counts or 0/1 presence; only ``> 0`` matters.
    top : sequence of sequences of int
        Column indices of each topic's top terms.

    Returns
    -------
    numpy.ndarray
        Per topic, the mean NPMI over all pairs of its top terms (NaN if fewer than 2 terms).
        ``NPMI(a,b) = log(P(a,b)/(P(a)P(b))) / -log P(a,b)``; -1 if ``P(a,b) = 0``; 1 if
        ``P(a,b) = 1``.
    """
    b = (np.asarray(presence) > 0).astype(float)
    n = b.shape[0]
    out = []
    for terms in top:
        terms = list(terms)
        vals = []
        for i in range(len(terms)):
            for j in range(i + 1, len(terms)):
                a, c = b[:, terms[i]], b[:, terms[j]]
                pab = float((a * c).sum()) / n
                if pab == 0:
                    vals.append(-1.0)
                elif pab == 1:
                    vals.append(1.0)
                else:
                    pa, pc = a.sum() / n, c.sum() / n
                    vals.append(math.log(pab / (pa * pc)) / -math.log(pab))
        out.append(float(np.mean(vals)) if vals else float("nan"))
    return np.array(out)


def topic_diversity(top: Sequence[Sequence]) -> float:
    """Share of unique terms among all topics' top terms (1 = no term shared by two topics)."""
    listed = [t for terms in top for t in terms]
    return len(set(listed)) / len(listed) if listed else float("nan")


def jaccard_stability(reference: Sequence[set], runs: Sequence[Sequence[set]]) -> tuple[float, np.ndarray]:
    """Mean best-match Jaccard similarity between a reference fit and refits (Greene et al. 2014).

    Parameters
    ----------
    reference : sequence of set
        Top-term set of each topic of the reference fit.
    runs : sequence of sequence of set
        For each refit, the top-term set of each of its topics (same number of topics).

    Returns
    -------
    stability : float
        Mean over refits of the mean matched Jaccard, topics matched one-to-one by the Hungarian
        algorithm maximising the total Jaccard; NaN without refits.
    per_topic : numpy.ndarray
        For each reference topic, its matched Jaccard averaged over refits.
    """
    from scipy.optimize import linear_sum_assignment

    k = len(reference)
    if not runs:
        return float("nan"), np.full(k, np.nan)
    per = np.zeros((len(runs), k))
    for r, run in enumerate(runs):
        if len(run) != k:
            raise TopicError("runs", f"refit {r} has {len(run)} topics, expected {k}")
        sim = np.array([[_jaccard(a, b) for b in run] for a in reference])
        rows, cols = linear_sum_assignment(sim, maximize=True)
        per[r, rows] = sim[rows, cols]
    return float(per.mean()), per.mean(axis=0)


def _jaccard(a: set, b: set) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 1.0


# ---------------------------------------------------------------------------------------------
# Fitting
# ---------------------------------------------------------------------------------------------


@dataclass
class TopicModel:
    """A fitted topic model and its quality.

    Attributes
    ----------
    method : str
        "nmf", "lda" or "seeded".
    k : int
        Number of topics (numbered 1..k in every table).
    random_state : int
    terms : pandas.DataFrame
        Vocabulary: ``term`` (stem), ``display``, ``n_passages``, ``count``.
    topic_term : pandas.DataFrame
        k x terms, ``p(w|t)`` (rows sum to 1); index ``topic``, columns the stems.
    doc_topic : pandas.DataFrame
        passages x k topic proportions (rows sum to 1; NaN for a passage with no vocabulary term);
        index ``passage_id``, columns the topics.
    top_terms : pandas.DataFrame
        Long table, ``n_top`` rows per topic ranked by relevance: ``method``, ``topic``, ``rank``
        (1 = most relevant), ``term``, ``display``, ``weight`` (``p(w|t)``), ``relevance``, ``lambda``,
        ``seed`` (the term seeds this topic).
    labels : pandas.DataFrame
        One row per topic: ``topic``, ``label`` ("a / b / c [sector]": top3 and sector), ``top3`` (3 most relevant
        display forms), ``sector`` (dominant sector: largest sum of the topic's proportion over the
        passages mentioning it), ``sector_share`` (its share of those sums), ``seed_sector``,
        ``seed_terms`` (";"-joined seed stems in the vocabulary; "" if unseeded), ``seed_kept`` (seeds
        among the topic's top terms / ``min(n_seeds, n_top)``: 1 = fully anchored; NaN if unseeded), ``share`` (``p(t)``), ``coherence`` (NPMI),
        ``stability`` (mean matched Jaccard of its top-10 set over refits).
    quality : dict
        ``coherence``, ``diversity``, ``stability`` (model level, see module doc), ``n_runs``,
        ``run_seeds``, ``n_passages``, ``n_terms``.
    params : dict
        The other arguments of the fit.
    """

    method: str
    k: int
    random_state: int
    terms: pd.DataFrame
    topic_term: pd.DataFrame
    doc_topic: pd.DataFrame
    top_terms: pd.DataFrame
    labels: pd.DataFrame
    quality: dict
    params: dict = field(default_factory=dict)


@dataclass
class _Fit:
    mass: np.ndarray  # k x V unnormalised topic-term mass
    doc_topic: np.ndarray  # n x k unnormalised passage weights


def _tfidf(counts: np.ndarray) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfTransformer

    return np.asarray(TfidfTransformer().fit_transform(counts).toarray(), dtype=float)


def _fit_nmf(x: np.ndarray, k: int, seed: int, max_iter: int) -> _Fit:
    from sklearn.decomposition import NMF

    model = NMF(
        n_components=k, init="random", solver="mu", beta_loss="frobenius",
        max_iter=max_iter, tol=1e-6, random_state=seed,
    )
    w = model.fit_transform(x)
    h = model.components_
    return _Fit(mass=w.sum(axis=0)[:, None] * h, doc_topic=w)


def _fit_lda(counts: np.ndarray, k: int, seed: int, max_iter: int) -> _Fit:
    from sklearn.decomposition import LatentDirichletAllocation

    model = LatentDirichletAllocation(
        n_components=k, learning_method="batch", max_iter=max_iter, random_state=seed,
        # Stop when the perplexity changes by less than perp_tol (checked every 5 passes); on a few
        # dozen passages this converges in tens of passes instead of running all max_iter.
        evaluate_every=5, perp_tol=1e-2,
    )
    theta = model.fit_transform(counts)
    return _Fit(mass=np.asarray(model.components_, dtype=float), doc_topic=theta)


def _fit_seeded(
    x: np.ndarray, k: int, seed: int, max_iter: int, seed_cols: list[list[int]], seed_weight: float
) -> _Fit:
    from sklearn.decomposition import NMF

    n, v = x.shape
    s = len(seed_cols)
    rng = np.random.default_rng(seed)
    pseudo = np.zeros((s, v))
    for j, cols in enumerate(seed_cols):
        pseudo[j, cols] = seed_weight / math.sqrt(len(cols))
    xa = np.vstack([x, pseudo])
    avg = math.sqrt(max(x.mean(), 1e-12) / k)  # scale of sklearn's random init
    h0 = avg * rng.random((k, v))
    w0 = avg * rng.random((n + s, k))
    w0[n:, :] = 0.0  # pseudo-passage j loads on topic j only; MU keeps these zeros
    for j, cols in enumerate(seed_cols):
        h0[j] *= 0.01  # seeded rows start on their seed terms, everything else near 0
        h0[j, cols] = 1.0 / math.sqrt(len(cols))
        w0[:n, j] = x[:, cols].sum(axis=1) + 0.01 * avg
        w0[n + j, j] = seed_weight
    model = NMF(
        n_components=k, init="custom", solver="mu", beta_loss="frobenius",
        max_iter=max_iter, tol=1e-6,
    )
    w = model.fit_transform(xa, W=w0, H=h0)
    h = model.components_
    w = w[:n]
    return _Fit(mass=w.sum(axis=0)[:, None] * h, doc_topic=w)


def _run_seeds(random_state: int, n_runs: int) -> list[int]:
    """Seeds of the refits for stability, derived from ``random_state`` (never equal to it)."""
    seeds = []
    for s in np.random.SeedSequence(random_state).generate_state(n_runs + 8, dtype=np.uint32):
        s = int(s) % (2**31 - 1)
        if s != random_state and s not in seeds:
            seeds.append(s)
    return seeds[:n_runs]


def _top_by_weight(mass: np.ndarray, n: int) -> list[list[int]]:
    out = []
    for row in mass:
        order = np.argsort(-row, kind="stable")
        out.append([int(j) for j in order[:n] if row[j] > 0])
    return out


def _resolve_seeds(
    passages: pd.DataFrame, k: int, sectors, seeds, keep_entities: bool = False
) -> tuple[list[str], dict[str, list[str]]]:
    """The seeded sectors (at most k) and their seed stems (stems of one sector only)."""
    if seeds is None:
        from framing.sectors import seed_terms

        seeds = seed_terms()
    if not isinstance(seeds, Mapping):
        raise TopicError("seeds", "expected a mapping sector id -> list of phrases")
    stems = {str(sec): _seed_stems(ph, keep_entities) for sec, ph in seeds.items()}
    # A stem in the phrases of several sectors ("cooperation" in "party-to-party cooperation" and
    # "political cooperation") cannot anchor one of them: drop it everywhere.
    owners: dict[str, int] = {}
    for st in stems.values():
        for s in st:
            owners[s] = owners.get(s, 0) + 1
    stems = {sec: [s for s in st if owners[s] == 1] for sec, st in stems.items()}
    if "sectors" in passages:
        # A seed word anchors its sector only where that sector is mentioned: "high" (from "high
        # technology") that occurs only in "high-level" talks elsewhere would pull diplomacy into
        # the science topic. Words absent from the passages change nothing and stay.
        seen: dict[str, set[str]] = {}
        for cell, text in zip(passages["sectors"].astype(str), passages["text"], strict=True):
            for stem, _, _ in _analyse(str(text), keep_entities):
                seen.setdefault(stem, set()).update(filter(None, cell.split(";")))
        stems = {sec: [s for s in st if s not in seen or sec in seen[s]] for sec, st in stems.items()}
    stems = {sec: st for sec, st in stems.items() if st}
    if sectors is None:
        # sectors mentioned in the passages, most passages first (ties: lexicon order)
        counts: dict[str, int] = {}
        if "sectors" in passages:
            for cell in passages["sectors"].astype(str):
                for sec in filter(None, cell.split(";")):
                    counts[sec] = counts.get(sec, 0) + 1
        order = list(stems)
        present = {s for t in passages["text"] for s, _, _ in _analyse(str(t), keep_entities)}
        sectors = sorted(
            (s for s in counts if s in stems and present.intersection(stems[s])),
            key=lambda s: (-counts[s], order.index(s)),
        )[:k]
    else:
        sectors = [str(s) for s in ([sectors] if isinstance(sectors, str) else sectors)]
        bad = [s for s in sectors if s not in stems]
        if bad:
            raise TopicError("sectors", f"no seed terms for sector {bad[0]!r}")
        if len(sectors) > k:
            raise TopicError("sectors", f"{len(sectors)} seeded sectors need k >= {len(sectors)}, got k={k}")
    return sectors, stems


def fit_topics(
    passages: pd.DataFrame,
    k: int,
    method: str = "nmf",
    random_state: int = 0,
    n_top: int = 10,
    lambda_: float = 0.6,
    sectors: Sequence[str] | None = None,
    seeds: Mapping[str, Sequence[str]] | None = None,
    seed_weight: float = 1.5,
    min_df: int = 2,
    keep_entities: bool = False,
    n_runs: int = 5,
    max_iter: int | None = None,
) -> TopicModel:
    """Fit a topic model to passages and measure its coherence, diversity and stability.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`); uses ``passage_id``, ``text`` and, for labels and
        seeding, ``sectors``.
    k : int
        Number of topics, 1 <= k <= number of passages.
    method : {"nmf", "lda", "seeded"}
        See the module documentation.
    random_state : int
        Seed of the fit; the ``n_runs`` stability refits use seeds derived from it.
    n_top : int
        Top terms per topic (table and coherence/diversity).
    lambda_ : float
        LDAvis relevance weight for ranking ``top_terms`` (0.6, Sievert & Shirley's suggestion).
    sectors : sequence of str, optional
        Seeded method: the sectors that each seed one topic (at most k; topic j+1 is seeded by
        sector j). Default: the sectors mentioned in most passages (ties: lexicon order), up to k,
        whose seed terms occur in the passages. A given sector none of whose seed terms occurs
        seeds nothing (one more topic is left free, with ``labels.seed_sector`` "").
    seeds : mapping, optional
        Seeded method: sector id -> lexicon phrases. Default :func:`framing.sectors.seed_terms`.
    seed_weight : float
        Seeded method: weight of each sector's pseudo-passage, in real passages (L2 norm of a
        TF-IDF row is 1). Default 1.5: on the study corpus (k = 2..4) the smallest weight tried
        (1, 1.25, 1.5, 2) at which every seeded topic keeps its seeds among its top terms
        (``seed_kept`` = 1); at 1 only 60-70% of them stay; larger weights leave less room for
        the related vocabulary.
    min_df : int
        Minimum number of passages a term must occur in (seed terms exempt).
    keep_entities : bool
        Keep named-entity tokens as terms (default False).
    n_runs : int
        Refits with other seeds for the stability measure (0 skips it: stability NaN).
    max_iter : int, optional
        Iterations (default 2000 for NMF, 200 for LDA).

    Returns
    -------
    TopicModel
    """
    if method not in METHODS:
        raise TopicError("method", f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    _require(passages, ["passage_id", "text"], "passages")
    if len(passages) == 0:
        raise TopicError("passages", "no passages to model")
    if not isinstance(k, (int, np.integer)) or not 1 <= k <= len(passages):
        raise TopicError("k", f"must be a whole number between 1 and {len(passages)} (passages), got {k!r}")
    if n_top < 2:
        raise TopicError("n_top", f"must be at least 2, got {n_top!r}")
    k = int(k)
    max_iter = max_iter or (200 if method == "lda" else 2000)

    seed_sectors: list[str] = []
    seed_stems: dict[str, list[str]] = {}
    if method == "seeded":
        seed_sectors, seed_stems = _resolve_seeds(passages, k, sectors, seeds, keep_entities)
    keep = {s for sec in seed_sectors for s in seed_stems[sec]}
    counts, terms = passage_terms(passages, min_df=min_df, keep=keep, keep_entities=keep_entities)
    if counts.shape[1] < 2:
        raise TopicError("passages", f"only {counts.shape[1]} term(s) left after min_df={min_df}")
    index = {t: j for j, t in enumerate(terms["term"])}
    seed_cols: list[list[int]] = []
    if method == "seeded":
        kept_sectors = []
        for sec in seed_sectors:
            cols = [index[s] for s in seed_stems[sec] if s in index]
            if cols:  # a sector whose seeds never occur cannot anchor a topic
                kept_sectors.append(sec)
                seed_cols.append(cols)
        seed_sectors = kept_sectors

    x = _tfidf(counts) if method in ("nmf", "seeded") else counts

    def fit(seed: int) -> _Fit:
        if method == "nmf":
            return _fit_nmf(x, k, seed, max_iter)
        if method == "lda":
            return _fit_lda(counts, k, seed, max_iter)
        return _fit_seeded(x, k, seed, max_iter, seed_cols, seed_weight)

    ref = fit(random_state)
    run_seeds = _run_seeds(random_state, n_runs)
    runs = [fit(s) for s in run_seeds]
    ref_sets = [set(t) for t in _top_by_weight(ref.mass, 10)]
    stability, per_topic_stab = jaccard_stability(
        ref_sets, [[set(t) for t in _top_by_weight(r.mass, 10)] for r in runs]
    )
    top_w = _top_by_weight(ref.mass, n_top)
    coherence = npmi_coherence(counts, top_w)
    diversity = topic_diversity(top_w)

    topics = list(range(1, k + 1))
    row_sum = ref.mass.sum(axis=1, keepdims=True)
    pwt = ref.mass / np.where(row_sum > 0, row_sum, 1.0)
    share = row_sum.ravel() / row_sum.sum() if row_sum.sum() > 0 else np.full(k, 1.0 / k)
    rel = relevance(ref.mass, share, lambda_) if row_sum.sum() > 0 else np.full_like(pwt, -np.inf)
    term_list = terms["term"].tolist()
    topic_term = pd.DataFrame(pwt, index=pd.Index(topics, name="topic"), columns=term_list)

    dt = ref.doc_topic
    dsum = dt.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        prop = np.where(dsum > 0, dt / np.where(dsum > 0, dsum, 1.0), np.nan)
    doc_topic = pd.DataFrame(
        prop, index=pd.Index(passages["passage_id"].astype(str), name="passage_id"), columns=topics
    )

    seed_of = {j: seed_sectors[j] for j in range(len(seed_sectors))}
    seed_set_of = {j: {term_list[c] for c in seed_cols[j]} for j in range(len(seed_cols))}
    rows = []
    for t in range(k):
        order = np.argsort(-rel[t], kind="stable")
        order = [j for j in order if np.isfinite(rel[t, j])][:n_top]
        for rank, j in enumerate(order, start=1):
            rows.append(
                (method, t + 1, rank, term_list[j], terms["display"].iat[j], float(pwt[t, j]),
                 float(rel[t, j]), float(lambda_), term_list[j] in seed_set_of.get(t, set()))
            )
    top_terms = pd.DataFrame(
        rows,
        columns=["method", "topic", "rank", "term", "display", "weight", "relevance", "lambda", "seed"],
    )

    # dominant sector: sum of the topic's proportion over the passages mentioning each sector
    sec_lists = (
        [[s for s in str(c).split(";") if s and s != "nan"] for c in passages["sectors"]]
        if "sectors" in passages
        else [[] for _ in range(len(passages))]
    )
    label_rows = []
    for t in range(k):
        score: dict[str, float] = {}
        for i, secs in enumerate(sec_lists):
            if np.isnan(prop[i, t]):
                continue
            for sec in secs:
                score[sec] = score.get(sec, 0.0) + float(prop[i, t])
        total = sum(score.values())
        if total > 0:
            dom = min(score, key=lambda s: (-score[s], s))
            dom_share = score[dom] / total
        else:
            dom, dom_share = "", float("nan")
        tt = top_terms[top_terms["topic"] == t + 1]
        top3 = tt["display"].head(3).tolist()
        seeds_here = sorted(seed_set_of.get(t, set()))
        kept = (
            len(set(seeds_here) & set(tt["term"])) / min(len(seeds_here), n_top)
            if seeds_here
            else float("nan")
        )
        label = " / ".join(top3) + (f" [{dom}]" if dom else "")
        label_rows.append(
            (t + 1, label, ", ".join(top3), dom, dom_share, seed_of.get(t, ""), ";".join(seeds_here),
             kept, float(share[t]), float(coherence[t]), float(per_topic_stab[t]))
        )
    labels = pd.DataFrame(
        label_rows,
        columns=["topic", "label", "top3", "sector", "sector_share", "seed_sector", "seed_terms",
                 "seed_kept", "share", "coherence", "stability"],
    )
    quality = {
        "coherence": float(np.nanmean(coherence)) if np.isfinite(coherence).any() else float("nan"),
        "diversity": float(diversity),
        "stability": float(stability),
        "n_runs": len(runs),
        "run_seeds": run_seeds,
        "n_passages": int(len(passages)),
        "n_terms": int(counts.shape[1]),
    }
    params = {
        "n_top": n_top, "lambda_": lambda_, "min_df": min_df, "keep_entities": keep_entities,
        "max_iter": max_iter, "seed_weight": seed_weight if method == "seeded" else None,
        "sectors": seed_sectors if method == "seeded" else None,
    }
    return TopicModel(method, k, int(random_state), terms, topic_term, doc_topic, top_terms,
                      labels, quality, params)


# ---------------------------------------------------------------------------------------------
# Choosing k
# ---------------------------------------------------------------------------------------------


def select_k(
    passages: pd.DataFrame,
    ks: Iterable[int] = range(2, 9),
    methods: Sequence[str] = METHODS,
    random_state: int = 0,
    n_runs: int = 5,
    **fit_args,
) -> pd.DataFrame:
    """Quality of each method over a range of k.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`).
    ks : iterable of int
        Numbers of topics to try; those above the number of passages are skipped.
    methods : sequence of str
        Among ``"nmf"``, ``"lda"``, ``"seeded"``.
    random_state : int
        Seed of every reference fit (the refits' seeds derive from it).
    n_runs : int
        Refits per (method, k) for stability.
    **fit_args
        Passed to :func:`fit_topics` (``n_top``, ``min_df``, ``seeds``...).

    Returns
    -------
    pandas.DataFrame
        One row per (method, k): ``method``, ``k``, ``coherence`` (mean NPMI), ``diversity``,
        ``stability`` (mean matched top-10 Jaccard over ``n_runs`` refits), ``stability_min`` (the
        least stable topic's), ``n_seeded`` (topics anchored by a sector), ``n_passages``, ``n_terms``,
        ``n_runs``.
    """
    rows = []
    for method in methods:
        for k in ks:
            if k > len(passages):
                continue
            m = fit_topics(passages, k, method=method, random_state=random_state, n_runs=n_runs,
                           **fit_args)
            q = m.quality
            rows.append(
                (method, int(k), q["coherence"], q["diversity"], q["stability"],
                 float(m.labels["stability"].min()), int((m.labels["seed_sector"] != "").sum()),
                 q["n_passages"], q["n_terms"], q["n_runs"])
            )
    return pd.DataFrame(
        rows,
        columns=["method", "k", "coherence", "diversity", "stability", "stability_min", "n_seeded",
                 "n_passages", "n_terms", "n_runs"],
    )


def choose_k(k_selection: pd.DataFrame, methods: Sequence[str] = ("nmf", "lda")) -> int:
    """The k with the most stable unseeded topics (Greene et al. 2014's criterion).

    Rule: average ``stability`` over ``methods`` (the unseeded ones by default: seeded topics are
    anchored by design, so their stability says less about the data); take the largest average;
    ties (within 1e-9) go to the higher mean ``coherence``, then to the smaller k. Without refits
    (stability NaN) coherence alone decides. Stability tends to favour small k (two broad topics
    are easy to find again); with a few dozen passages that bias is the honest one: any k whose
    topics change with the random start is not worth reading.

    Parameters
    ----------
    k_selection : pandas.DataFrame
        Output of :func:`select_k`.
    methods : sequence of str

    Returns
    -------
    int
    """
    sub = k_selection[k_selection["method"].isin(list(methods))]
    if sub.empty:
        raise TopicError("k_selection", f"no rows for method(s) {', '.join(methods)}")
    agg = sub.groupby("k", sort=True)[["stability", "coherence"]].mean()
    if agg["stability"].notna().any():
        tied = agg[agg["stability"] >= agg["stability"].max() - 1e-9]
    else:  # no refits (n_runs=0): coherence alone decides
        tied = agg
    coh = tied["coherence"].fillna(-np.inf)
    return int(min(tied.index, key=lambda k: (-coh[k], k)))


# ---------------------------------------------------------------------------------------------
# Period comparison
# ---------------------------------------------------------------------------------------------


def topic_proportions(
    model: TopicModel,
    passages: pd.DataFrame,
    by: str = "period",
    n_boot: int = 1000,
    random_state: int = 0,
    level: float = 0.95,
    min_passages: int = 10,
) -> pd.DataFrame:
    """Mean topic proportion per group, with percentile bootstrap intervals over passages.

    Passages are resampled with replacement *within* each group (``n_boot`` times, one numpy
    Generator seeded by ``random_state``); the same resamples serve every topic and the differences.
    A topic is *specific to* a group when the interval of (group mean - mean of the other passages)
    excludes 0 and the difference is positive. With two groups this is the two-period difference.

    Parameters
    ----------
    model : TopicModel
    passages : pandas.DataFrame
        The passages the model was fitted on; uses ``passage_id`` and ``by``.
    by : str
        Grouping column (default ``"period"``).
    n_boot : int
        Bootstrap resamples.
    random_state : int
    level : float
        Interval coverage (0.95: 2.5th and 97.5th percentiles).
    min_passages : int
        Groups with fewer passages are flagged ``few_passages``.

    Returns
    -------
    pandas.DataFrame
        One row per (group, topic): ``<by>``, ``topic``, ``label``, ``n_passages`` (passages of the
        group with topic weights), ``mean``, ``lower``, ``upper`` (mean proportion and interval),
        ``diff`` (group mean minus the mean of the other groups' passages), ``diff_lower``,
        ``diff_upper``, ``specific_to`` (the group this topic is specific to, "" if none; the same on
        every row of the topic), ``stability`` (the topic's stability), ``few_passages`` (bool),
        ``n_boot``, ``method``, ``k``.
    """
    _require(passages, ["passage_id", by], "passages")
    if n_boot < 1:
        raise TopicError("n_boot", f"must be at least 1, got {n_boot!r}")
    if not 0 < level < 1:
        raise TopicError("level", f"must be between 0 and 1, got {level!r}")
    ids = passages["passage_id"].astype(str)
    missing = sorted(set(ids) - set(model.doc_topic.index))
    if missing:
        raise TopicError("passages", f"passage {missing[0]!r} is not in the model")
    prop = model.doc_topic.loc[ids].to_numpy(dtype=float)
    groups = passages[by].astype(str).to_numpy()
    ok = ~np.isnan(prop).any(axis=1)
    prop, groups = prop[ok], groups[ok]
    names = sorted(set(groups))
    rng = np.random.default_rng(random_state)
    k = prop.shape[1]
    # boot[g]: n_boot x k resampled sums and the group size, for group means and pooled "rest"
    sums, sizes, means = {}, {}, {}
    for g in names:
        pg = prop[groups == g]
        idx = rng.integers(0, len(pg), size=(n_boot, len(pg)))
        sums[g] = pg[idx].sum(axis=1)
        sizes[g] = len(pg)
        means[g] = pg.mean(axis=0)
    a = (1 - level) / 2
    rows = []
    specific: dict[int, str] = {}
    stats = {}
    for g in names:
        boot_g = sums[g] / sizes[g]
        others = [h for h in names if h != g]
        if others:
            n_rest = sum(sizes[h] for h in others)
            rest = sum(sums[h] for h in others) / n_rest
            rest_mean = sum(means[h] * sizes[h] for h in others) / n_rest
            diff_b = boot_g - rest
            diff = means[g] - rest_mean
            dlo, dhi = np.quantile(diff_b, a, axis=0), np.quantile(diff_b, 1 - a, axis=0)
        else:
            diff = dlo = dhi = np.full(k, np.nan)
        lo, hi = np.quantile(boot_g, a, axis=0), np.quantile(boot_g, 1 - a, axis=0)
        stats[g] = (lo, hi, diff, dlo, dhi)
        for t in range(k):
            if dlo[t] > 0:
                specific[t] = g if t not in specific else specific[t] + ";" + g
    label = dict(zip(model.labels["topic"], model.labels["label"], strict=True))
    stab = dict(zip(model.labels["topic"], model.labels["stability"], strict=True))
    topics = list(model.doc_topic.columns)
    for g in names:
        lo, hi, diff, dlo, dhi = stats[g]
        for t in range(k):
            rows.append(
                (g, topics[t], label.get(topics[t], ""), sizes[g], float(means[g][t]), float(lo[t]),
                 float(hi[t]), float(diff[t]), float(dlo[t]), float(dhi[t]), specific.get(t, ""),
                 float(stab.get(topics[t], np.nan)), sizes[g] < min_passages, int(n_boot),
                 model.method, model.k)
            )
    return pd.DataFrame(
        rows,
        columns=[by, "topic", "label", "n_passages", "mean", "lower", "upper", "diff", "diff_lower",
                 "diff_upper", "specific_to", "stability", "few_passages", "n_boot", "method", "k"],
    )


# ---------------------------------------------------------------------------------------------
# Tables for data/processed/
# ---------------------------------------------------------------------------------------------


def topic_tables(
    docs: pd.DataFrame,
    k: int | None = None,
    random_state: int = 0,
    ks: Iterable[int] = range(2, 9),
    n_runs: int = 5,
    n_boot: int = 1000,
    mentions: pd.DataFrame | None = None,
    seeds: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, pd.DataFrame]:
    """The topic tables of the study: seeded and unseeded fits side by side.

    Sentence passages (:func:`sector_passages`); the k-selection table over ``ks`` for all three
    methods; ``k`` (if not given) by :func:`choose_k` (the k whose unseeded topics are most stable:
    with a few dozen passages, a topic that changes with the random start is not a finding); one fit
    per method at that k.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    k : int, optional
        Number of topics; default chosen by :func:`choose_k`.
    random_state : int
    ks : iterable of int
        k range of the selection table.
    n_runs : int
        Stability refits per fit.
    n_boot : int
        Bootstrap resamples for the period proportions.
    mentions : pandas.DataFrame, optional
        Default :func:`framing.find_sector_mentions` (docs).
    seeds : mapping, optional
        Seed phrases per sector for the seeded fits (default :func:`framing.sectors.seed_terms`).

    Returns
    -------
    dict of str -> pandas.DataFrame
        ``"topic-terms"``: :attr:`TopicModel.top_terms` of the three fits stacked (``method``
        column) plus each topic's ``label``, ``sector``, ``seed_sector``, ``coherence``,
        ``stability``, ``k``; ``"topic-proportions-by-period"``: :func:`topic_proportions` of the
        three fits stacked; ``"topic-k-selection"``: :func:`select_k` plus ``chosen`` (True on the
        rows of the chosen k) and ``rule``; ``"topic-passages"``: one row per (passage, method,
        topic): passage columns (:data:`PASSAGE_COLUMNS`) plus ``method``, ``topic``, ``label``,
        ``proportion``, ``dominant`` (the passage's largest topic).
    """
    passages = sector_passages(docs, mentions)
    if len(passages) < 2:
        raise TopicError("docs", f"only {len(passages)} passage(s) mention a sector; too few for topics")
    ksel = select_k(passages, ks=ks, random_state=random_state, n_runs=n_runs, seeds=seeds)
    if k is None:
        k = choose_k(ksel)
        rule = "max mean stability of nmf and lda (ties: coherence, then smaller k)"
    else:
        rule = "given"
    ksel = ksel.assign(chosen=ksel["k"] == k, rule=rule)
    models = [fit_topics(passages, k, method=m, random_state=random_state, n_runs=n_runs, seeds=seeds)
              for m in METHODS]
    term_tables, prop_tables, passage_tables = [], [], []
    for m in models:
        info = m.labels[["topic", "label", "sector", "seed_sector", "coherence", "stability"]]
        term_tables.append(m.top_terms.merge(info, on="topic", how="left").assign(k=m.k))
        prop_tables.append(topic_proportions(m, passages, n_boot=n_boot, random_state=random_state))
        long = (
            m.doc_topic.rename_axis(columns="topic").stack(future_stack=True)
            .rename("proportion").reset_index()
        )
        dom = m.doc_topic.idxmax(axis=1)
        long["dominant"] = [dom.get(p) == t for p, t in zip(long["passage_id"], long["topic"],
                                                             strict=True)]
        long = long.merge(m.labels[["topic", "label"]], on="topic", how="left")
        long.insert(0, "method", m.method)
        passage_tables.append(passages.merge(long, on="passage_id", how="right"))
    return {
        "topic-terms": pd.concat(term_tables, ignore_index=True),
        "topic-proportions-by-period": pd.concat(prop_tables, ignore_index=True),
        "topic-k-selection": ksel,
        "topic-passages": pd.concat(passage_tables, ignore_index=True),
    }
