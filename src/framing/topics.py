"""Topic models over the passages that mention sectors, with their stability made visible.

Pipeline::

    mentions, sentences --sector_passages--> passages --fit_topics--> TopicModel
                                                   \\--select_k--> k-selection table --choose_k--> k
    TopicModel, passages --topic_proportions--> proportions by period (bootstrap intervals)
    mentions, sentences --topic_tables--> the tables written to data/processed/

The tables come from the pipeline, built once (:func:`framing.analyse`); nothing here splits
sentences, tokenizes documents or matches the lexicon again.

Passages
    By default a passage is a sentence carrying at least one sector mention (mentions are joined to
    sentences by ``sentence_id``); with ``window=N`` it is the stretch from the N-th word token
    before a mention to the N-th word token after it. Every passage keeps ``doc_id`` and
    ``start``/``end`` offsets into the document's text and its ``text`` is that exact slice.

Vocabulary
    Passages are tokenised with the project tokenizer (:func:`framing.tokens.tokenize_text`): a term is
    a Snowball stem (hyphen compounds stemmed per part). Punctuation, numbers (digits and spelled-out
    numbers such as "two", as in "the two Parties"), and the packaged stopwords are dropped, and so
    are named entities by default (people, parties, places: they say *who* speaks, not *what about*;
    ``TopicOptions(keep_entities=True)`` keeps them). Terms must occur in ``min_df`` passages
    (default 2: a term seen in one passage cannot co-occur and only adds noise with a few dozen
    passages); seed terms are exempt. Terms display as their most frequent surface form
    (:func:`framing.tokens.display_forms`).

Methods
    ``nmf``
        TF-IDF (scikit-learn defaults: smooth idf, L2 rows) factorised by NMF (Frobenius loss,
        multiplicative updates, random initialisation drawn from ``random_state``).
    ``lda``
        Raw counts, scikit-learn's batch variational LDA (priors 1/k).
    ``seeded``
        Guided NMF on the same TF-IDF matrix. One topic per chosen sector is *anchored* by its
        lexicon seed terms (:func:`framing.lexicons.seed_terms`, tokenised as above; a stem found in
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
        checked, not assumed. Topics beyond the seeded sectors are unseeded (random start).

Quality (every fit)
    coherence
        Mean NPMI (Bouma 2009) over all pairs of a topic's displayed terms (its ``n_top`` most
        relevant terms, the rows of ``top_terms`` and of ``topic-terms.csv``), with passages as the
        documents: ``NPMI = log(P(a,b) / (P(a) P(b))) / -log P(a,b)``, ``P`` = share of passages
        containing the term(s); -1 for pairs that never co-occur, 1 for pairs present in every
        passage. Averaged over topics for the model. Below 0, the terms shown co-occur less often
        than chance would have them (the seeded model's seed terms, for instance).
    diversity
        Unique terms among all topics' displayed terms / number of terms listed (``k * n_top``
        unless a topic has fewer than ``n_top`` terms of non-zero weight) (Dieng et al. 2020).
    stability
        Greene, O'Callaghan & Cunningham (2014): the model is refitted with ``n_runs`` other seeds
        (drawn from ``random_state``; default 20); two fits are compared by matching their topics
        one-to-one with the Hungarian algorithm (:func:`scipy.optimize.linear_sum_assignment`)
        maximising the Jaccard similarity of their top-10 term sets (by weight). The model's
        stability is the mean matched Jaccard over every pair of the ``n_runs + 1`` fits
        (:func:`pairwise_stability`: no seed is privileged; 1 = the same topics every time);
        ``stability_reference`` the mean over the refits against the reference fit; per topic, the
        reference topic's matched Jaccard averaged over the refits. Greene et al. resample
        documents as well; with a few dozen passages we only vary the random start.

The displayed ``top_terms`` are ranked by LDAvis relevance (Sievert & Shirley 2014)
``λ log p(w|t) + (1 - λ) log(p(w|t) / p(w))`` where ``p(w) = Σ_t p(t) p(w|t)`` and ``p(t)`` is the
topic's share of the model's total mass (NMF: ``Σ_d W[d,t] · Σ_w H[t,w]``; LDA: the row sums of the
variational topic-term parameters).

Deterministic on every machine
    A fit iterates thousands of times, so its weights carry floating-point noise that depends on
    the BLAS library and the number of threads (a change of 1e-12 in the matrix moves them by
    about 1e-11 relative). Every fit's weights are therefore rounded to :data:`DIGITS` (6)
    significant digits as soon as it ends, and every order is decided on rounded values with ties
    broken by term: terms by relevance or weight, then term; topics numbered canonically (seeded
    topics first, in their sectors' order; the others by their displayed terms); labels from the
    first three displayed terms. Every float of the tables has 6 significant digits.

Choosing k
    :func:`select_k` fits each (method, k) from 21 random starts and counts how often each k wins
    in random subsets of 6 fits; :func:`decide_k` reports k as *not determined* (with the range
    of k that win some subset) unless it wins at least 70% of the subsets and has at least 10
    passages per topic.

Topic sectors and labels
    A topic's sector is read from its words. For each sector, its weight in the topic is the sum of
    ``p(w|t)`` over the topic's displayed terms that are words of the sector's lexicon phrases
    (stems, as for seeding); a word that is a sector's own one-word term ("energy", "security",
    "oil") belongs to that sector alone, any other word of several sectors' phrases (such as
    "cooperation") counts 1/n for each. ``sector`` is the heaviest (ties: lexicon order),
    ``sector_share`` its share of the weight on sector words, ``sectors`` it and the next one when
    that has at least half its weight. A topic whose heaviest sector has less weight than an
    average displayed term (1/``n_top`` of their weight: a single weak word, "trust" among ten
    others, does not make a topic diplomatic) falls back on its passages: the sector whose
    passages carry the largest sum of the topic's proportion (``sector_basis`` "passages"). Summing proportions over passages was the rule
    before; it named a topic about energy, security, oil and gas "Science & technology" because
    the study's long enumerations mention science in most of that topic's passages. Labels read
    "top / three / terms [Sector label]" with the lexicon's labels, never ids.

The budget (cost bounded and stated)
    Up to ``TopicOptions.max_passages`` passages (500; the study has 17) everything above runs on
    every passage, unchanged. Beyond it, the topics are fitted on a seeded sample of
    ``max_passages`` passages stratified by group and by the passage's rarest sector (one passage
    per stratum, the rest in proportion to the strata's sizes), and every passage then gets its
    proportions from the fitted model (scikit-learn's ``transform``, with the sample's vocabulary
    and idf). A sample rather than scalable fits (``MiniBatchNMF``, online LDA over everything):
    stability and the choice of k need many refits, and only a sample bounds them all; the fits
    stay the exact path's (seeded anchoring included), so a sampled topic is read the same way;
    and a stratified sample keeps small groups and rare sectors. On the sample: the matrices are
    sparse, NMF stops at a tolerance of 1e-4 (:data:`BUDGET_NMF_TOL`) instead of 1e-6, LDA runs
    :data:`BUDGET_LDA_PASSES` passes of online variational Bayes (its per-passage E-step is the
    costliest step), each (method, k) gets ``budget_runs`` refits (5: 6 fits) and the votes use
    subsets one fit smaller than all; only NMF runs over every k (and votes), LDA and seeded run
    at NMF's k. The cost of the fits is then bounded whatever the corpus; what still grows with
    it is reading the passages (tokenising each once) and the transform. Every table says which
    passages were fitted (``sample``, ``sample_size``, ``population``, ``sample_seed``,
    ``strata``; ``fitted`` per passage), and :attr:`TopicModel.sample` holds the same.

Warnings
    No fit prints a warning: scikit-learn's ConvergenceWarning (and numpy's floating-point
    warnings of a diverging multiplicative update) are silenced at the fit, and each fit's
    convergence is recorded instead (``quality["converged"]``, ``n_converged``; the tables'
    ``converged``, ``n_converged`` columns).
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, check_int, require_columns
from framing.lexicons import load_stopwords
from framing.stats.measures import (
    jaccard_stability,
    minimum_detectable_difference,
    npmi_coherence,
    pairwise_stability,
    relevance,
    round_significant,
    round_table,
    topic_diversity,
)
from framing.tokens import display_forms, tokenize_text

__all__ = [
    "TopicModel",
    "TopicOptions",
    "PASSAGE_COLUMNS",
    "METHODS",
    "sector_passages",
    "passage_terms",
    "fit_topics",
    "select_k",
    "choose_k",
    "decide_k",
    "KDecision",
    "pairwise_stability",
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
# Stability compares the reference fit and each refit on their topics' top-10 term sets.
_STABILITY_TOP = 10
#: Significant digits of every topic-model value (weights, relevance, proportions, quality). A fit
#: iterates thousands of times: a change of 1e-12 in the passage-term matrix (or another BLAS, or
#: another number of threads) moves its weights by about 1e-11 relative (measured on the study), so
#: 12 digits would not absorb it; 6 do, and are more than any reading of a topic needs. Weights are
#: rounded as soon as a fit ends, so every order (terms, topics, labels) is decided on rounded
#: values, ties by term.
DIGITS = 6
#: Bootstrap draws (resamples x passages) made at once; beyond, a group is resampled in chunks
#: so that memory stays bounded on large corpora.
_BOOT_CHUNK = 4_000_000
#: k is *determined* only when it wins in at least this share of the seed subsets (see
#: :func:`decide_k`).
K_AGREEMENT = 0.7
#: ... and when there are at least this many passages per topic at that k.
MIN_PASSAGES_PER_TOPIC = 10


def _whole(value):
    """A numpy integer as a Python int (for :func:`framing.errors.check_int`); anything else as is."""
    return int(value) if isinstance(value, np.integer) else value


# ---------------------------------------------------------------------------------------------
# Passages
# ---------------------------------------------------------------------------------------------


def sector_passages(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    window: int | None = None,
    tokens: pd.DataFrame | None = None,
    docs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Passages that talk about sectors: sentences with a mention, or a window around each mention.

    Built from the pipeline's tables: a mention belongs to the sentence its ``sentence_id`` names,
    and a window counts the word tokens of the tokens table. Nothing is split, tokenized or matched
    again here.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:attr:`framing.Analysis.mentions`); uses ``doc_id``, ``sector``,
        ``start``, ``end`` (offsets into the document's text), ``sentence_id`` and, if present,
        ``side`` and ``surface`` (needed only when a mention runs past the end of its sentence,
        which happens only if the sentence splitter cut inside it).
    sentences : pandas.DataFrame
        Sentences table (:attr:`framing.Analysis.sentences`, or
        :func:`framing.tokens.split_sentences`); uses ``doc_id``, ``sentence_id``, ``start``, ``end``,
        ``text`` (the sentence, ``text[start:end]`` of its document) and, if present, ``period``.
        Passages follow its document order.
    window : int, default=None
        None: one passage per sentence carrying at least one mention. N >= 0: one passage per
        mention, from the N-th word token (punctuation not counted) before the mention to the N-th
        word token after it, within the document; needs ``tokens`` and ``docs``.
    tokens : pandas.DataFrame, default=None
        Tokens table (:func:`framing.tokens.tokenize`) for ``window``; uses ``doc_id``, ``start``,
        ``end``, ``is_punct``.
    docs : pandas.DataFrame, default=None
        Corpus table (:func:`framing.load_corpus`) for ``window``; uses ``doc_id`` and ``text``. A
        window may run across sentences, and the text between two sentences (a space, a paragraph
        break) is in no other table, so the passage text is cut from the document.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PASSAGE_COLUMNS`: ``passage_id`` (``"<doc_id>:s<sentence_id>"``, or
        ``"<doc_id>:m<k>"`` for the k-th mention of the document in text order, 0-based), ``doc_id``,
        ``period`` (of the sentences; ``""`` without that column), ``sentence_id`` (the sentence of
        the passage, or of its mention), ``start``, ``end`` (character offsets into the document's
        text), ``sectors`` (sector ids of the mentions lying inside the passage, sorted, joined by
        ``";"``), ``n_mentions`` (number of those mentions), ``side`` (the mentions' ``side``;
        several different sides are joined by ``";"``; for a window, the side of its own mention;
        ``""`` if the mentions carry no side), ``text`` (exactly the document's ``text[start:end]``).
        Rows in document order, then text order.

    Raises
    ------
    framing.errors.AnalysisError
        A table lacks a column; a mention's document has no sentences, its ``sentence_id`` is not
        one of them, or its offsets lie outside the document or do not start in its sentence;
        ``window`` without ``tokens`` and ``docs``.

    See Also
    --------
    fit_topics : topics over these passages.
    framing.kwic : the mentions in context, for reading.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import analyse
    >>> docs = pd.DataFrame({
    ...     "doc_id": ["a", "b"],
    ...     "period": ["p1", "p2"],
    ...     "text": ["Oil and gas exploration grew. Students joined education exchanges. "
    ...              "Oil and gas projects expanded. Education exchanges grew.",
    ...              "Education exchanges expanded. Oil and gas exploration resumed. "
    ...              "Students joined education programmes. Oil and gas projects resumed."],
    ... })
    >>> tables = analyse(docs)  # sentences, tokens and mentions, each built once
    >>> passages = sector_passages(tables.mentions, tables.sentences)
    >>> passages["passage_id"].tolist()
    ['a:s0', 'a:s1', 'a:s2', 'a:s3', 'b:s0', 'b:s1', 'b:s2', 'b:s3']
    >>> row = passages.iloc[1]
    >>> row["sectors"], row["text"], docs.loc[0, "text"][row["start"]:row["end"]] == row["text"]
    ('education', 'Students joined education exchanges.', True)

    One word either side of each mention (the tokens table counts the words, the text comes from
    ``docs``):

    >>> windows = sector_passages(tables.mentions, tables.sentences, window=1,
    ...                           tokens=tables.tokens, docs=docs)
    >>> windows["text"].head(3).tolist()
    ['Oil and gas exploration grew', 'grew. Students joined', 'joined education exchanges']
    """
    require_columns(mentions, ["doc_id", "sector", "start", "end", "sentence_id"], "mentions")
    require_columns(sentences, ["doc_id", "sentence_id", "start", "end", "text"], "sentences")
    if window is not None:
        window = check_int("window", _whole(window), minimum=0)
        for name, table in (("tokens", tokens), ("docs", docs)):
            if table is None:
                raise AnalysisError(name, f"needed for window passages (window={window})")
        require_columns(tokens, ["doc_id", "start", "end", "is_punct"], "tokens")
        require_columns(docs, ["doc_id", "text"], "docs")

    m = _MentionArrays.of(mentions)
    s_rows = _rows_by_doc(sentences["doc_id"])
    m_rows = _rows_by_doc(mentions["doc_id"])
    unknown = [d for d in m_rows if d not in s_rows]
    if unknown:
        raise AnalysisError("mentions", f"doc_id {unknown[0]!r} has no sentence in the sentences table")
    sent = _SentenceArrays.of(sentences)
    if window is None:
        rows = _sentence_passages(m, m_rows, sent, s_rows)
    else:
        rows = _window_passages(m, m_rows, sent, s_rows, window, tokens, docs)
    out = pd.DataFrame.from_records(rows, columns=PASSAGE_COLUMNS)
    for c in ("sentence_id", "start", "end", "n_mentions"):
        out[c] = out[c].astype("int64")
    return out


@dataclass
class _MentionArrays:
    """The columns of a mentions table that passages use, as arrays (not a copy of the table)."""

    sector: np.ndarray
    start: np.ndarray
    end: np.ndarray
    sentence_id: np.ndarray
    side: np.ndarray
    surface: np.ndarray | None

    @classmethod
    def of(cls, mentions: pd.DataFrame) -> _MentionArrays:
        n = len(mentions)
        return cls(
            sector=mentions["sector"].to_numpy(),
            start=mentions["start"].to_numpy().astype(np.int64),
            end=mentions["end"].to_numpy().astype(np.int64),
            sentence_id=mentions["sentence_id"].to_numpy().astype(np.int64),
            side=mentions["side"].astype(str).to_numpy() if "side" in mentions else np.full(n, ""),
            surface=mentions["surface"].to_numpy() if "surface" in mentions else None,
        )


@dataclass
class _SentenceArrays:
    """The columns of a sentences table that passages use, as arrays."""

    sentence_id: np.ndarray
    start: np.ndarray
    end: np.ndarray
    text: np.ndarray
    period: np.ndarray | None

    @classmethod
    def of(cls, sentences: pd.DataFrame) -> _SentenceArrays:
        return cls(
            sentence_id=sentences["sentence_id"].to_numpy().astype(np.int64),
            start=sentences["start"].to_numpy().astype(np.int64),
            end=sentences["end"].to_numpy().astype(np.int64),
            text=sentences["text"].to_numpy(),
            period=sentences["period"].to_numpy() if "period" in sentences else None,
        )

    def of_doc(self, rows: np.ndarray) -> tuple[np.ndarray, str]:
        """A document's sentence rows ordered by ``sentence_id``, and its period."""
        rows = rows[np.argsort(self.sentence_id[rows], kind="stable")]
        period = "" if self.period is None else str(self.period[rows[0]])
        return rows, period


def _rows_by_doc(doc_ids: pd.Series) -> dict[str, np.ndarray]:
    """Row positions of each document (ids as str), documents in order of first appearance.

    One factorisation and one stable sort for the whole table: filtering the table per document
    would be quadratic in documents.
    """
    codes, uniques = pd.factorize(doc_ids.astype(str))
    order = np.argsort(codes, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(np.bincount(codes, minlength=len(uniques)))])
    return {str(d): order[bounds[i]:bounds[i + 1]] for i, d in enumerate(uniques)}


def _locate(m: _MentionArrays, mi: np.ndarray, sent: _SentenceArrays, si: np.ndarray, doc_id: str):
    """Row in ``sent`` of the sentence of each mention ``mi`` of one document (``si``: its sentence
    rows by ``sentence_id``), after checking that each mention starts in its sentence."""
    starts, ends = m.start[mi], m.end[mi]
    bad = (starts < 0) | (starts >= ends) | (ends > sent.end[si].max())
    if bad.any():
        j = int(np.argmax(bad))
        raise AnalysisError(
            "mentions", f"offsets {starts[j]}:{ends[j]} are outside document {doc_id!r}"
        )
    sids = sent.sentence_id[si]
    pos = np.minimum(np.searchsorted(sids, m.sentence_id[mi]), len(sids) - 1)
    missing = sids[pos] != m.sentence_id[mi]
    if missing.any():
        sid = m.sentence_id[mi][int(np.argmax(missing))]
        raise AnalysisError("mentions", f"sentence_id {sid} is not a sentence of document {doc_id!r}")
    rows = si[pos]
    outside = (starts < sent.start[rows]) | (starts >= sent.end[rows])
    if outside.any():
        j = int(np.argmax(outside))
        raise AnalysisError(
            "mentions",
            f"offsets {starts[j]}:{ends[j]} do not start in sentence {m.sentence_id[mi][j]} "
            f"({sent.start[rows[j]]}:{sent.end[rows[j]]}) of document {doc_id!r}",
        )
    return rows


def _sentence_passages(m: _MentionArrays, m_rows, sent: _SentenceArrays, s_rows) -> list[tuple]:
    """One passage per (document, sentence) holding mentions: the sentence, stretched to the end of
    a mention the splitter cut (its text rebuilt from the mention's ``surface``)."""
    rows = []
    for doc_id, si in s_rows.items():  # document order of the sentences table
        if doc_id not in m_rows:
            continue
        mi = m_rows[doc_id]
        si, period = sent.of_doc(si)
        srow = _locate(m, mi, sent, si, doc_id)
        by_sentence = np.argsort(m.sentence_id[mi], kind="stable")
        mi, srow = mi[by_sentence], srow[by_sentence]
        cuts = np.flatnonzero(np.diff(m.sentence_id[mi])) + 1
        for grp, grp_srow in zip(np.split(mi, cuts), np.split(srow, cuts), strict=True):
            r, sid = grp_srow[0], int(m.sentence_id[grp[0]])
            start, end, text = int(sent.start[r]), int(sent.end[r]), str(sent.text[r])
            last = grp[int(np.argmax(m.end[grp]))]
            if m.end[last] > end:  # the splitter cut inside this mention: the passage runs to its end
                text += _surface(m, last, doc_id)[end - int(m.start[last]):]
                end = int(m.end[last])
            rows.append(
                (f"{doc_id}:s{sid}", doc_id, period, sid, start, end, _join(m.sector[grp]),
                 len(grp), _join(m.side[grp]), text)
            )
    return rows


def _window_passages(
    m: _MentionArrays, m_rows, sent: _SentenceArrays, s_rows, window: int, tokens, docs
) -> list[tuple]:
    """One passage per mention: ``window`` word tokens either side, cut from the document text."""
    texts = dict(zip(docs["doc_id"].astype(str), docs["text"], strict=True))
    t_rows = _rows_by_doc(tokens["doc_id"])
    is_word = ~tokens["is_punct"].to_numpy().astype(bool)
    t_start_all = tokens["start"].to_numpy().astype(np.int64)
    t_end_all = tokens["end"].to_numpy().astype(np.int64)
    rows = []
    for doc_id, si in s_rows.items():  # document order of the sentences table
        if doc_id not in m_rows:
            continue
        if doc_id not in texts:
            raise AnalysisError("docs", f"no document {doc_id!r} (it has mentions)")
        text = texts[doc_id]
        mi = m_rows[doc_id]
        if m.end[mi].max() > len(text):
            j = int(np.argmax(m.end[mi] > len(text)))
            raise AnalysisError(
                "mentions", f"offsets {m.start[mi][j]}:{m.end[mi][j]} are outside document {doc_id!r}"
            )
        si, period = sent.of_doc(si)
        _locate(m, mi, sent, si, doc_id)
        # mentions in text order (start, end, sector), ties in table order
        mi = mi[np.lexsort((m.sector[mi], m.end[mi], m.start[mi]))]
        ti = t_rows.get(doc_id, np.empty(0, dtype=np.int64))
        ti = ti[is_word[ti]]
        ti = ti[np.argsort(t_start_all[ti], kind="stable")]
        t_start, t_end = t_start_all[ti], t_end_all[ti]
        n_tok = len(ti)
        d_start, d_end, d_sector = m.start[mi], m.end[mi], m.sector[mi]
        for k, j in enumerate(mi):
            m_start, m_end = int(m.start[j]), int(m.end[j])
            start, end = m_start, m_end
            if n_tok:
                first = int(np.searchsorted(t_end, m_start, side="right"))  # first token ending after
                last = int(np.searchsorted(t_start, m_end, side="left")) - 1  # last token starting before
                lo = min(max(first - window, 0), n_tok - 1)
                hi = max(min(last + window, n_tok - 1), 0)
                start, end = min(int(t_start[lo]), m_start), max(int(t_end[hi]), m_end)
            inside = (d_start >= start) & (d_end <= end)
            rows.append(
                (f"{doc_id}:m{k}", doc_id, period, int(m.sentence_id[j]), start, end,
                 _join(d_sector[inside]), int(inside.sum()), str(m.side[j]), text[start:end])
            )
    return rows


def _surface(m: _MentionArrays, j: int, doc_id: str) -> str:
    """The surface of mention ``j``, checked against its offsets."""
    surface = None if m.surface is None else m.surface[j]
    if not isinstance(surface, str) or len(surface) != m.end[j] - m.start[j]:
        raise AnalysisError(
            "mentions",
            f"the mention at {m.start[j]}:{m.end[j]} of document {doc_id!r} runs past its sentence "
            "and needs its surface (a 'surface' column with text[start:end]) to rebuild the passage",
        )
    return surface


def _join(values: Iterable) -> str:
    return ";".join(sorted({str(v) for v in values if str(v) not in ("", "nan")}))


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


def _analyse_all(texts: Iterable, keep_entities: bool = False) -> list[list[tuple[str, str, bool]]]:
    """:func:`_analyse` of every text, each distinct text analysed once."""
    memo: dict[str, list[tuple[str, str, bool]]] = {}
    out = []
    for text in texts:
        text = str(text)
        if text not in memo:
            memo[text] = _analyse(text, keep_entities)
        out.append(memo[text])
    return out


def _count_matrix(analysed: Sequence[Sequence[tuple]], index: Mapping[str, int]):
    """Sparse passages x terms counts (CSR, int64) of the stems in ``index`` (others skipped)."""
    from scipy import sparse

    rows, cols = [], []
    for i, toks in enumerate(analysed):
        for s, _, _ in toks:
            j = index.get(s)
            if j is not None:
                rows.append(i)
                cols.append(j)
    data = np.ones(len(rows), dtype=np.int64)
    out = sparse.csr_matrix(
        (data, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
        shape=(len(analysed), len(index)), dtype=np.int64,
    )
    out.sum_duplicates()
    return out


def _terms_of(
    analysed: Sequence[Sequence[tuple]], *, min_df: int, keep: Iterable[str] = ()
) -> tuple[np.ndarray, pd.DataFrame]:
    """Dense counts and vocabulary table of analysed passages (see :func:`passage_terms`)."""
    vocab = sorted({s for toks in analysed for s, _, _ in toks})
    full = _count_matrix(analysed, {s: j for j, s in enumerate(vocab)})
    df = np.asarray((full > 0).sum(axis=0)).ravel()
    keep = set(keep)
    cols = [j for j, s in enumerate(vocab) if df[j] >= min_df or s in keep]
    counts = full[:, cols].toarray()
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


def passage_terms(
    passages: pd.DataFrame,
    *,
    min_df: int = 2,
    keep: Iterable[str] = (),
    keep_entities: bool = False,
):
    """Passage-term count matrix with the project tokenizer.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`); uses ``passage_id`` and ``text``.
    min_df : int, default=2
        A term must occur in at least this many passages.
    keep : iterable of str, default=()
        Stems kept whatever their passage count (seed terms), if they occur at all.
    keep_entities : bool, default=False
        Keep named-entity tokens.

    Returns
    -------
    counts : numpy.ndarray
        ``len(passages) x n_terms`` term counts (int64).
    terms : pandas.DataFrame
        Columns ``term`` (stem), ``display`` (most frequent surface form), ``n_passages`` (passages
        containing it), ``count`` (occurrences); one row per column of ``counts``, sorted by term.

    Examples
    --------
    >>> passages = pd.DataFrame({"passage_id": ["a", "b", "c"], "text": [
    ...     "Energy ties grew.", "Energy and oil trade grew.", "Oil prices fell."]})
    >>> counts, terms = passage_terms(passages)
    >>> terms["term"].tolist(), counts.tolist()
    (['energi', 'grew', 'oil'], [[1, 1, 0], [1, 1, 1], [0, 0, 1]])
    """
    require_columns(passages, ["passage_id", "text"], "passages")
    return _terms_of(_analyse_all(passages["text"], keep_entities), min_df=min_df, keep=keep)


def _seed_stems(phrases: Iterable[str], keep_entities: bool = False) -> list[str]:
    """Content stems of lexicon phrases ("oil and gas" -> ["gas", "oil"]), deduplicated, sorted."""
    stems = set()
    for phrase in phrases:
        stems.update(s for s, _, _ in _analyse(str(phrase), keep_entities))
    return sorted(stems)


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
        Seed of the reference fit.
    terms : pandas.DataFrame
        Vocabulary: ``term`` (stem), ``display``, ``n_passages``, ``count``.
    topic_term : pandas.DataFrame
        k x terms, ``p(w|t)`` (rows sum to 1); index ``topic``, columns the stems.
    doc_topic : pandas.DataFrame
        passages x k topic proportions (rows sum to 1; NaN for a passage with no vocabulary term);
        index ``passage_id``, columns the topics. Every passage, also when the topics were fitted
        on a sample (see ``sample``).
    top_terms : pandas.DataFrame
        Long table, ``n_top`` rows per topic ranked by relevance (ties by term): ``method``,
        ``topic``, ``rank`` (1 = most relevant), ``term``, ``display``, ``weight`` (``p(w|t)``),
        ``relevance``, ``lambda``, ``seed`` (the term seeds this topic). Topics are numbered
        canonically (see the module documentation).
    labels : pandas.DataFrame
        One row per topic: ``topic``, ``label`` ("a / b / c [Sector]": top3 and the lexicon labels
        of ``sectors``), ``top3`` (3 most relevant display forms), ``sector`` (dominant sector, see
        the module documentation), ``sector_share`` (its share of the topic's weight on sector
        words), ``sectors`` (";"-joined: the dominant sector and any other with at least half its
        weight, at most two), ``sector_basis`` ("words", or "passages" for a topic with no weight
        on any sector word), ``seed_sector``, ``seed_terms`` (";"-joined seed stems in the
        vocabulary; "" if unseeded), ``seed_kept`` (seeds among the topic's top terms /
        ``min(n_seeds, n_top)``: 1 = fully anchored; NaN if unseeded), ``share`` (``p(t)``),
        ``coherence`` (NPMI of its displayed terms), ``stability`` (mean matched Jaccard of its
        top-10 set over refits).
    quality : dict
        ``coherence``, ``diversity``, ``stability`` (over every pair of fits),
        ``stability_reference`` (refits against the reference fit) (model level, see module doc),
        ``n_runs``, ``run_seeds``, ``n_passages`` (passages fitted), ``n_terms``, ``converged``
        (the reference fit stopped on its tolerance before ``max_iter``), ``n_converged`` (fits,
        of ``n_runs + 1``, that did).
    params : dict
        The other settings of the fit: ``n_top``, ``lambda_``, ``min_df``, ``keep_entities``,
        ``max_iter`` (as used), ``seed_weight`` and ``sectors`` (seeded fits; None otherwise).
    sample : dict
        Which passages the topics were fitted on: ``sample`` ("all passages", or "stratified
        sample" when there are more than ``TopicOptions.max_passages``), ``sample_size`` (passages
        fitted), ``population`` (all passages), ``sample_seed`` (seed of the draw; the fit's
        ``random_state``), ``strata`` (what the sample is stratified by), and ``passages`` (the
        ``passage_id`` of every passage fitted). The same keys but the last are columns of
        :func:`topic_tables`.
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
    sample: dict = field(default_factory=dict)


@dataclass
class _Fit:
    mass: np.ndarray  # k x V unnormalised topic-term mass
    doc_topic: np.ndarray  # n x k unnormalised passage weights
    converged: bool = True  # stopped on its tolerance before max_iter
    estimator: object = None  # the fitted scikit-learn model (to transform other passages)


def _tfidf(counts):
    from sklearn.feature_extraction.text import TfidfTransformer

    return np.asarray(TfidfTransformer().fit_transform(counts).toarray(), dtype=float)


def _model_matrix(counts: np.ndarray, method: str) -> np.ndarray:
    """The matrix a method factorises: TF-IDF (nmf, seeded) or the counts as floats (lda)."""
    return _tfidf(counts) if method in ("nmf", "seeded") else counts.astype(float)


def _quiet_fit(call):
    """Run a scikit-learn fit with its ConvergenceWarning silenced: whether the fit converged is
    read from its ``n_iter_`` and recorded (``converged``), not printed. A multiplicative-update
    fit that diverges (a weight that underflows makes scikit-learn divide by it: "overflow
    encountered in divide") ends with non-finite weights; numpy's floating-point warnings are
    silenced here too and such a fit is recorded as not converged (:func:`_converged`)."""
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings(), np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        warnings.simplefilter("ignore", ConvergenceWarning)
        return call()


def _converged(model, max_iter: int, *arrays) -> bool:
    """A fit converged when it stopped before ``max_iter`` with finite weights."""
    return bool(model.n_iter_ < max_iter and all(np.isfinite(a).all() for a in arrays))


#: Tolerance of the NMF fits on the exact path, and on the sampled (budget) path.
NMF_TOL, BUDGET_NMF_TOL = 1e-6, 1e-4
#: LDA passes on the sampled path (online variational Bayes, batches of 256 passages).
BUDGET_LDA_PASSES = 10


def _fit_nmf(x, k: int, seed: int, max_iter: int, tol: float = NMF_TOL) -> _Fit:
    from sklearn.decomposition import NMF

    model = NMF(
        n_components=k, init="random", solver="mu", beta_loss="frobenius",
        max_iter=max_iter, tol=tol, random_state=seed,
    )
    w = _quiet_fit(lambda: model.fit_transform(x))
    h = model.components_
    return _Fit(mass=w.sum(axis=0)[:, None] * h, doc_topic=w,
                converged=_converged(model, max_iter, w, h), estimator=model)


def _fit_lda(counts, k: int, seed: int, max_iter: int, online: bool = False) -> _Fit:
    from sklearn.decomposition import LatentDirichletAllocation

    model = LatentDirichletAllocation(
        n_components=k, learning_method="batch", max_iter=max_iter, random_state=seed,
        # Stop when the perplexity changes by less than perp_tol (checked every 5 passes); on a few
        # dozen passages this converges in tens of passes instead of running all max_iter.
        evaluate_every=5, perp_tol=1e-2,
    )
    if online:  # the sampled path: a few passes of online variational Bayes over mini-batches
        model.set_params(learning_method="online", batch_size=256,
                         max_iter=min(max_iter, BUDGET_LDA_PASSES))
        max_iter = model.max_iter
    theta = _quiet_fit(lambda: model.fit_transform(counts))
    return _Fit(mass=np.asarray(model.components_, dtype=float), doc_topic=theta,
                converged=_converged(model, max_iter, theta, model.components_), estimator=model)


def _fit_seeded(
    x, k: int, seed: int, max_iter: int, seed_cols: list[list[int]], seed_weight: float,
    tol: float = NMF_TOL,
) -> _Fit:
    from scipy import sparse
    from sklearn.decomposition import NMF

    n, v = x.shape
    s = len(seed_cols)
    rng = np.random.default_rng(seed)
    pseudo = np.zeros((s, v))
    for j, cols in enumerate(seed_cols):
        pseudo[j, cols] = seed_weight / math.sqrt(len(cols))
    if sparse.issparse(x):
        xa = sparse.vstack([x, sparse.csr_matrix(pseudo)], format="csr")
        col = lambda cols: np.asarray(x[:, cols].sum(axis=1)).ravel()  # noqa: E731
    else:
        xa = np.vstack([x, pseudo])
        col = lambda cols: x[:, cols].sum(axis=1)  # noqa: E731
    avg = math.sqrt(max(x.mean(), 1e-12) / k)  # scale of sklearn's random init
    h0 = avg * rng.random((k, v))
    w0 = avg * rng.random((n + s, k))
    w0[n:, :] = 0.0  # pseudo-passage j loads on topic j only; MU keeps these zeros
    for j, cols in enumerate(seed_cols):
        h0[j] *= 0.01  # seeded rows start on their seed terms, everything else near 0
        h0[j, cols] = 1.0 / math.sqrt(len(cols))
        w0[:n, j] = col(cols) + 0.01 * avg
        w0[n + j, j] = seed_weight
    model = NMF(
        n_components=k, init="custom", solver="mu", beta_loss="frobenius",
        max_iter=max_iter, tol=tol,
    )
    w = _quiet_fit(lambda: model.fit_transform(xa, W=w0, H=h0))
    h = model.components_
    w = w[:n]
    return _Fit(mass=w.sum(axis=0)[:, None] * h, doc_topic=w,
                converged=_converged(model, max_iter, w, h), estimator=model)


def _run_seeds(random_state: int, n_runs: int) -> list[int]:
    """Seeds of the refits for stability, derived from ``random_state`` (never equal to it)."""
    seeds = []
    for s in np.random.SeedSequence(random_state).generate_state(n_runs + 8, dtype=np.uint32):
        s = int(s) % (2**31 - 1)
        if s != random_state and s not in seeds:
            seeds.append(s)
    return seeds[:n_runs]


def _top_by_weight(mass: np.ndarray, n: int) -> list[list[int]]:
    """Each topic's ``n`` heaviest terms (column indices). ``mass`` is rounded (:func:`_fit_once`)
    and the columns are in term order, so a stable sort breaks ties by term."""
    out = []
    for row in mass:
        order = np.argsort(-row, kind="stable")
        out.append([int(j) for j in order[:n] if row[j] > 0])
    return out


def _top_by_relevance(rel: np.ndarray, n: int) -> list[list[int]]:
    """Each topic's ``n`` most relevant terms (column indices), relevance rounded to
    :data:`DIGITS` significant digits, ties by term (the column order); only finite relevance."""
    out = []
    for row in round_significant(rel, DIGITS):
        order = np.argsort(-row, kind="stable")
        out.append([int(j) for j in order if np.isfinite(row[j])][:n])
    return out


@dataclass(frozen=True)
class TopicOptions:
    """Settings of a fit that rarely change: vocabulary, display ranking, anchoring, optimiser.

    Grouped so that :func:`fit_topics`, :func:`select_k` and :func:`topic_tables` pass them on as
    one checked value; every default below is the study's.

    Parameters
    ----------
    lambda_ : float, default=0.6
        LDAvis relevance weight for ranking ``top_terms`` (Sievert & Shirley's suggestion): 1 ranks
        by weight ``p(w|t)``, 0 by lift ``p(w|t) / p(w)``.
    min_df : int, default=2
        Minimum number of passages a term must occur in (seed terms exempt).
    keep_entities : bool, default=False
        Keep named-entity tokens (people, parties, places) as terms.
    seed_weight : float, default=1.5
        Seeded method: weight of each sector's pseudo-passage, in real passages (L2 norm of a
        TF-IDF row is 1). 1.5: on the study corpus (k = 2..4) the smallest weight tried
        (1, 1.25, 1.5, 2) at which every seeded topic keeps its seeds among its top terms
        (``seed_kept`` = 1); at 1 only 60-70% of them stay; larger weights leave less room for
        the related vocabulary.
    max_iter : int, default=None
        Iterations of one fit (None: 2000 for NMF, 200 for LDA, which stops earlier at convergence).
        A fit that reaches it without meeting its tolerance is recorded as not converged
        (``quality["converged"]``, the ``converged`` columns of the tables), not warned about.
    max_passages : int or None, default=2000
        The budget. Up to this many passages every fit, the k selection and the stability refits
        use all of them (the exact path: the study has 17). Beyond it the topics are fitted on a
        seeded sample of ``max_passages`` passages stratified by group and sector (see the module
        documentation), and every passage is then given its topic proportions by the fitted model
        (``transform``), so that the cost of fitting no longer grows with the corpus. None: never
        sample.
    budget_runs : int, default=9
        Stability refits per fit when sampling (at most ``n_runs``): 10 fits per (method, k)
        instead of 21, still enough for 210 different subsets of 6 fits in the votes for k.

    Raises
    ------
    framing.errors.AnalysisError
        A value out of range.
    """

    lambda_: float = 0.6
    min_df: int = 2
    keep_entities: bool = False
    seed_weight: float = 1.5
    max_iter: int | None = None
    max_passages: int | None = 500
    budget_runs: int = 5

    def __post_init__(self):
        if not isinstance(self.lambda_, (int, float)) or not 0.0 <= self.lambda_ <= 1.0:
            raise AnalysisError("lambda_", f"must be between 0 and 1, not {self.lambda_!r}")
        check_int("min_df", _whole(self.min_df), minimum=1)
        check_choice("keep_entities", self.keep_entities, (False, True))
        if not isinstance(self.seed_weight, (int, float)) or not self.seed_weight > 0:
            raise AnalysisError("seed_weight", f"must be a number > 0, not {self.seed_weight!r}")
        if self.max_iter is not None:
            check_int("max_iter", _whole(self.max_iter), minimum=1)
        if self.max_passages is not None:
            check_int("max_passages", _whole(self.max_passages), minimum=2)
        check_int("budget_runs", _whole(self.budget_runs), minimum=0)

    def iterations(self, method: str) -> int:
        """``max_iter``, or the default of ``method`` (200 for LDA, 2000 for the NMF methods)."""
        return self.max_iter or (200 if method == "lda" else 2000)


class _Texts:
    """The passages' texts, each analysed (:func:`_analyse`) once, when first needed."""

    def __init__(self, passages: pd.DataFrame, keep_entities: bool):
        self.texts = passages["text"].astype(str).tolist()
        self.keep_entities = keep_entities
        self.memo: dict[str, list[tuple[str, str, bool]]] = {}

    def rows(self, rows: Iterable[int] | None = None) -> list[list[tuple[str, str, bool]]]:
        """The analysed texts of the row positions ``rows`` (None: all rows)."""
        out = []
        for i in range(len(self.texts)) if rows is None else rows:
            text = self.texts[int(i)]
            if text not in self.memo:
                self.memo[text] = _analyse(text, self.keep_entities)
            out.append(self.memo[text])
        return out


def _resolve_seeds(
    passages: pd.DataFrame, k: int, sectors, seeds, keep_entities: bool = False, analysed=None
) -> tuple[list[str], dict[str, list[str]]]:
    """The seeded sectors (at most k) and their seed stems (stems of one sector only).
    ``analysed``: the passages' texts analysed (:func:`_analyse_all`), if already done."""
    if seeds is None:
        from framing.lexicons import seed_terms

        seeds = seed_terms()
    if not isinstance(seeds, Mapping):
        raise AnalysisError("seeds", "expected a mapping sector id -> list of phrases")
    if analysed is None:
        analysed = _analyse_all(passages["text"], keep_entities)
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
        for cell, toks in zip(passages["sectors"].astype(str), analysed, strict=True):
            for stem, _, _ in toks:
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
        present = {s for toks in analysed for s, _, _ in toks}
        sectors = sorted(
            (s for s in counts if s in stems and present.intersection(stems[s])),
            key=lambda s: (-counts[s], order.index(s)),
        )[:k]
    else:
        sectors = [str(s) for s in ([sectors] if isinstance(sectors, str) else sectors)]
        bad = [s for s in sectors if s not in stems]
        if bad:
            raise AnalysisError("sectors", f"no seed terms for sector {bad[0]!r}")
        if len(sectors) > k:
            raise AnalysisError(
                "sectors", f"{len(sectors)} seeded sectors need k >= {len(sectors)}, got k={k}"
            )
    return sectors, stems


@dataclass
class _Matrix:
    """What every fit of one model shares: the passage-term counts, the matrix a method
    factorises, and the seeded topics (topic j+1 is anchored by ``seed_sectors[j]``)."""

    counts: np.ndarray  # passages x terms
    terms: pd.DataFrame  # vocabulary (passage_terms)
    x: object  # what the method factorises (_model_matrix): TF-IDF or counts (sparse if sampled)
    seed_sectors: list[str]
    seed_cols: list[list[int]]  # columns of each seeded sector's seed terms
    sampled: bool = False  # fitted on a sample: the budget's settings (sparse, looser tolerance)

    def seeds_of(self, topic: int) -> tuple[str, set[str]]:
        """Seed sector and seed stems of the 0-based ``topic`` (``""`` and none if unseeded)."""
        if topic >= len(self.seed_sectors):
            return "", set()
        terms = self.terms["term"]
        return self.seed_sectors[topic], {terms.iat[c] for c in self.seed_cols[topic]}


def _prepare(
    passages: pd.DataFrame, *, k: int, method: str, seeds, sectors, options: TopicOptions,
    analysed=None, sparse_fit: bool = False,
) -> _Matrix:
    """The passage-term matrix of a model, with the seed terms of a seeded one. ``analysed``: the
    passages' texts analysed, if already done; ``sparse_fit``: factorise a sparse matrix (the
    sampled path; the exact path keeps today's dense one)."""
    if analysed is None:
        analysed = _analyse_all(passages["text"], options.keep_entities)
    seed_sectors: list[str] = []
    seed_stems: dict[str, list[str]] = {}
    if method == "seeded":
        seed_sectors, seed_stems = _resolve_seeds(
            passages, k, sectors, seeds, options.keep_entities, analysed=analysed
        )
    keep = {s for sec in seed_sectors for s in seed_stems[sec]}
    counts, terms = _terms_of(analysed, min_df=options.min_df, keep=keep)
    if counts.shape[1] < 2:
        raise AnalysisError(
            "passages", f"only {counts.shape[1]} term(s) left after min_df={options.min_df}"
        )
    index = {t: j for j, t in enumerate(terms["term"])}
    kept_sectors, seed_cols = [], []
    for sec in seed_sectors:
        cols = [index[s] for s in seed_stems[sec] if s in index]
        if cols:  # a sector whose seeds never occur cannot anchor a topic
            kept_sectors.append(sec)
            seed_cols.append(cols)
    x = _model_matrix(counts, method)
    if sparse_fit:
        from scipy import sparse

        x = sparse.csr_matrix(x)
    return _Matrix(counts, terms, x, kept_sectors, seed_cols, sampled=sparse_fit)


def _fit_once(matrix: _Matrix, *, method: str, k: int, seed: int, options: TopicOptions) -> _Fit:
    """One fit of ``method`` from the random start ``seed``, its weights rounded to :data:`DIGITS`
    significant digits (so that what follows does not depend on floating-point noise)."""
    max_iter = options.iterations(method)
    budget = matrix.sampled
    tol = BUDGET_NMF_TOL if budget else NMF_TOL
    if method == "nmf":
        fit = _fit_nmf(matrix.x, k, seed, max_iter, tol)
    elif method == "lda":
        fit = _fit_lda(matrix.x, k, seed, max_iter, online=budget)
    else:
        fit = _fit_seeded(matrix.x, k, seed, max_iter, matrix.seed_cols, options.seed_weight, tol)
    return _Fit(
        mass=round_significant(fit.mass, DIGITS), doc_topic=round_significant(fit.doc_topic, DIGITS),
        converged=bool(fit.converged), estimator=fit.estimator,
    )


# ---------------------------------------------------------------------------------------------
# The budget: a stratified sample beyond TopicOptions.max_passages
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sample:
    """The passages a model is fitted on: row positions into the passages table."""

    rows: np.ndarray
    population: int
    seed: int
    strata: str

    @property
    def sampled(self) -> bool:
        return len(self.rows) < self.population

    def record(self) -> dict:
        """The columns that say which passages were fitted (see :attr:`TopicModel.sample`)."""
        return {
            "sample": "stratified sample" if self.sampled else "all passages",
            "sample_size": int(len(self.rows)),
            "population": int(self.population),
            "sample_seed": int(self.seed),
            "strata": self.strata if self.sampled else "",
        }


def _plan(passages: pd.DataFrame, options: TopicOptions, random_state: int, by: str | None) -> _Sample:
    """All passages, or a stratified sample of ``options.max_passages`` of them.

    Strata: the passage's group (``by``, if a column) and its *rarest* sector (of those it
    mentions, the one mentioned in fewest passages; ties by id), so that small groups and rare
    sectors are represented. Every stratum gets one passage (when there are fewer strata than the
    budget), the rest of the budget is shared in proportion to the strata's sizes (largest
    remainders, ties in stratum order); passages are drawn without replacement within each stratum
    by one numpy Generator seeded by ``random_state``, strata in sorted order. Rows come back in
    the table's order.
    """
    n = len(passages)
    size = options.max_passages
    if size is None or n <= size:
        return _Sample(np.arange(n), n, int(random_state), "")
    group = passages[by].astype(str).to_numpy() if by and by in passages else np.full(n, "")
    cells = (
        [[s for s in str(c).split(";") if s and s != "nan"] for c in passages["sectors"]]
        if "sectors" in passages
        else [[] for _ in range(n)]
    )
    freq: dict[str, int] = {}
    for secs in cells:
        for s in secs:
            freq[s] = freq.get(s, 0) + 1
    rarest = [min(secs, key=lambda s: (freq[s], s)) if secs else "" for secs in cells]
    key = pd.Series([f"{g}\x1f{s}" for g, s in zip(group, rarest, strict=True)])
    codes, _ = pd.factorize(key, sort=True)
    sizes = np.bincount(codes)
    base = np.minimum(sizes, 1) if len(sizes) <= size else np.zeros_like(sizes)
    rest = size - int(base.sum())
    quota = (sizes - base) * rest / max(n - int(base.sum()), 1)
    alloc = base + np.floor(quota).astype(np.int64)
    short = size - int(alloc.sum())
    if short > 0:
        frac = quota - np.floor(quota)
        frac[alloc >= sizes] = -1.0
        for h in np.argsort(-frac, kind="stable")[:short]:
            alloc[h] += 1
    rng = np.random.default_rng(random_state)
    chosen = []
    for h in range(len(sizes)):
        if alloc[h]:
            members = np.flatnonzero(codes == h)
            chosen.append(rng.choice(members, size=int(alloc[h]), replace=False))
    rows = np.sort(np.concatenate(chosen)) if chosen else np.arange(0)
    strata = f"{by} x rarest sector" if by and by in passages else "rarest sector"
    return _Sample(rows, n, int(random_state), strata)


def _project(ref: _Fit, matrix: _Matrix, analysed: Sequence[Sequence[tuple]], method: str):
    """Every passage's topic weights from the reference fit (``transform``), on the fitted
    vocabulary and, for TF-IDF, the fitted passages' idf; rounded like a fit."""
    from sklearn.feature_extraction.text import TfidfTransformer

    index = {t: j for j, t in enumerate(matrix.terms["term"])}
    counts = _count_matrix(analysed, index)
    if method in ("nmf", "seeded"):
        x = TfidfTransformer().fit(matrix.counts).transform(counts)
    else:
        x = counts.astype(float)
    weights = _quiet_fit(lambda: ref.estimator.transform(x))
    return round_significant(np.asarray(weights, dtype=float), DIGITS)


def _quality(fits: Sequence[_Fit], counts: np.ndarray, display: Sequence[Sequence[int]]):
    """Model-level coherence, diversity and stability, per topic its coherence and stability, and
    the matched Jaccard of every two fits.

    Coherence and diversity use the displayed terms (``display``: the reference fit's ``n_top``
    most relevant terms per topic, as ``top_terms`` lists them). Stability uses each fit's top-10
    terms by weight: per topic, the reference topic's matched Jaccard averaged over the refits;
    for the model, the mean over every pair of fits (:func:`pairwise_stability`), and, as
    ``stability_reference``, the mean over the refits against the reference fit.
    """
    sets = [[set(t) for t in _top_by_weight(f.mass, _STABILITY_TOP)] for f in fits]
    stability_reference, per_topic_stability = jaccard_stability(sets[0], sets[1:])
    pairs = pairwise_stability(sets)
    n = len(fits)
    coherence = round_significant(npmi_coherence(counts, display), DIGITS)
    model = {
        "coherence": float(round_significant(np.nanmean(coherence), DIGITS))
        if np.isfinite(coherence).any()
        else float("nan"),
        "diversity": float(round_significant(topic_diversity(display), DIGITS)),
        "stability": float(round_significant(pairs[np.triu_indices(n, 1)].mean(), DIGITS))
        if n > 1
        else float("nan"),
        "stability_reference": float(round_significant(stability_reference, DIGITS)),
        "n_runs": n - 1,
    }
    return model, coherence, round_significant(per_topic_stability, DIGITS), pairs


def _topic_term(ref: _Fit, *, lambda_: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``p(w|t)`` (k x V), the topic shares ``p(t)`` and the relevance of each term (k x V), each
    rounded to :data:`DIGITS` significant digits."""
    k = ref.mass.shape[0]
    row_sum = ref.mass.sum(axis=1, keepdims=True)
    pwt = ref.mass / np.where(row_sum > 0, row_sum, 1.0)
    share = row_sum.ravel() / row_sum.sum() if row_sum.sum() > 0 else np.full(k, 1.0 / k)
    rel = relevance(ref.mass, share, lambda_) if row_sum.sum() > 0 else np.full_like(pwt, -np.inf)
    return (
        round_significant(pwt, DIGITS),
        round_significant(share, DIGITS),
        round_significant(rel, DIGITS),
    )


def _proportions(doc_topic: np.ndarray) -> np.ndarray:
    """Each passage's topic weights scaled to sum to 1 (NaN for a passage with no weight)."""
    dsum = doc_topic.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        prop = np.where(dsum > 0, doc_topic / np.where(dsum > 0, dsum, 1.0), np.nan)
    return round_significant(prop, DIGITS)


def _canonical_order(display: Sequence[Sequence[int]], matrix: _Matrix) -> list[int]:
    """The order in which topics are numbered: seeded topics first, in the order of their sectors;
    then the others by their displayed terms (the list of term keys, compared as text), so that the
    numbering does not depend on the random start's arbitrary order of the factors."""
    terms = matrix.terms["term"].tolist()
    n_seeded = len(matrix.seed_sectors)
    free = sorted(
        range(n_seeded, len(display)), key=lambda t: ([terms[j] for j in display[t]], t)
    )
    return [*range(min(n_seeded, len(display))), *free]


def _top_terms(
    method: str,
    pwt: np.ndarray,
    rel: np.ndarray,
    display: Sequence[Sequence[int]],
    matrix: _Matrix,
    *,
    lambda_: float,
) -> pd.DataFrame:
    """Long table of each topic's displayed terms (see :attr:`TopicModel.top_terms`)."""
    term_list = matrix.terms["term"].tolist()
    shown = matrix.terms["display"]
    rows = []
    for t, order in enumerate(display):
        seeds = matrix.seeds_of(t)[1]
        for rank, j in enumerate(order, start=1):
            rows.append(
                (method, t + 1, rank, term_list[j], shown.iat[j], float(pwt[t, j]),
                 float(rel[t, j]), float(lambda_), term_list[j] in seeds)
            )
    return pd.DataFrame(
        rows,
        columns=["method", "topic", "rank", "term", "display", "weight", "relevance", "lambda", "seed"],
    )


@dataclass(frozen=True)
class _Naming:
    """How topics are given sectors: the sectors' one-word terms (stem -> the sectors that have
    it; usually one) in lexicon order, and the lexicon's display label of each sector."""

    words: dict[str, tuple[str, ...]]
    order: tuple[str, ...]
    names: dict[str, str]

    def name(self, sector: str) -> str:
        """The display label of ``sector`` (an id missing from the lexicon: spelled out)."""
        return self.names.get(sector) or sector.replace("_", " ").strip().capitalize()


def _naming(seeds, lexicon, keep_entities: bool = False) -> _Naming:
    """The sector words and labels of ``lexicon`` (None: the packaged one); the words come from
    ``seeds`` (sector id -> phrases) when given."""
    from framing.lexicons import seed_terms
    from framing.lexicons.sectors import as_lexicon

    lex = as_lexicon(lexicon)
    if seeds is None:
        seeds = seed_terms(lex)
    if not isinstance(seeds, Mapping):
        raise AnalysisError("seeds", "expected a mapping sector id -> list of phrases")
    owners: dict[str, list[str]] = {}  # stem -> sectors with it in their phrases
    heads: dict[str, list[str]] = {}  # stem -> sectors with it as a one-word term
    for sec, phrases in seeds.items():
        for stem in _seed_stems(phrases, keep_entities):
            owners.setdefault(stem, []).append(str(sec))
        for phrase in phrases:
            if str(phrase).strip() and not any(ch.isspace() for ch in str(phrase).strip()):
                for stem in _seed_stems([phrase], keep_entities):
                    if str(sec) not in heads.setdefault(stem, []):
                        heads[stem].append(str(sec))
    # a word that is a sector's own one-word term ("energy", "security") names that sector, even
    # if other sectors' phrases contain it ("nuclear energy", "energy security")
    owners.update(heads)
    return _Naming(
        words={s: tuple(v) for s, v in owners.items()},
        order=tuple(str(s) for s in seeds),
        names=dict(lex.labels()),
    )


def _topic_sectors(pwt: np.ndarray, terms: pd.DataFrame, naming: _Naming,
                   display: Sequence[Sequence[int]]):
    """Per topic, each sector's weight among the topic's displayed terms: ``Σ p(w|t)`` over the
    displayed terms ``w`` that are words of the sector's lexicon phrases (a word of several
    sectors' phrases, such as "cooperation", counts 1/n for each). A k x sectors array (sectors in
    ``naming.order`` plus any other owner), and the sectors."""
    sectors = list(naming.order)
    for owners in naming.words.values():
        sectors.extend(s for s in owners if s not in sectors)
    col = {s: i for i, s in enumerate(sectors)}
    assign = np.zeros((pwt.shape[1], len(sectors)))
    for j, stem in enumerate(terms["term"]):
        owners = naming.words.get(stem, ())
        for s in owners:
            assign[j, col[s]] += 1.0 / len(owners)
    shown = np.zeros_like(pwt)
    for t, cols in enumerate(display):
        shown[t, list(cols)] = pwt[t, list(cols)]
    return round_significant(shown @ assign, DIGITS), sectors, shown.sum(axis=1)


def _dominant_sectors(passages: pd.DataFrame, prop: np.ndarray) -> list[tuple[str, float]]:
    """Per topic, the sector with the largest sum of the topic's proportion over the passages
    mentioning it (ties: alphabetical), and its share of those sums (``""``, NaN if none). The
    fallback of a topic with no weight on any sector word (:func:`_topic_sectors`)."""
    sec_lists = (
        [[s for s in str(c).split(";") if s and s != "nan"] for c in passages["sectors"]]
        if "sectors" in passages
        else [[] for _ in range(len(passages))]
    )
    out = []
    for t in range(prop.shape[1]):
        score: dict[str, float] = {}
        for i, secs in enumerate(sec_lists):
            if np.isnan(prop[i, t]):
                continue
            for sec in secs:
                score[sec] = score.get(sec, 0.0) + float(prop[i, t])
        total = sum(score.values())
        if total > 0:
            rounded = dict(zip(score, round_significant(list(score.values()), DIGITS), strict=True))
            dom = min(score, key=lambda s: (-rounded[s], s))
            out.append((dom, score[dom] / total))
        else:
            out.append(("", float("nan")))
    return out


def _sectors_of_topics(pwt, terms, naming: _Naming, display, passages, prop) -> list[tuple]:
    """Per topic: (dominant sector, its share, the sectors named in the label, basis); see the
    module documentation ("Topic sectors and labels")."""
    weight, sectors, shown = _topic_sectors(pwt, terms, naming, display)
    fallback = None
    out = []
    for t in range(pwt.shape[0]):
        row = weight[t]
        total = float(row.sum())
        n_shown = max(len(display[t]), 1)
        if total > 0 and row.max() >= shown[t] / n_shown - 1e-12:
            ranked = sorted(range(len(sectors)), key=lambda i: (-row[i], i))
            top = ranked[0]
            named = [sectors[top]]
            if len(ranked) > 1 and row[ranked[1]] > 0 and row[ranked[1]] >= 0.5 * row[top]:
                named.append(sectors[ranked[1]])
            out.append((sectors[top], float(row[top]) / total, named, "words"))
        else:
            if fallback is None:
                fallback = _dominant_sectors(passages, prop)
            dom, share = fallback[t]
            out.append((dom, share, [dom] if dom else [], "passages" if dom else ""))
    return out


def _label_topics(
    top_terms: pd.DataFrame,
    dominant: Sequence[tuple],
    matrix: _Matrix,
    naming: _Naming,
    *,
    share: np.ndarray,
    coherence: np.ndarray,
    stability: np.ndarray,
    n_top: int,
) -> pd.DataFrame:
    """One row per topic: label, dominant and seed sectors, seeds kept, share and quality (see
    :attr:`TopicModel.labels`)."""
    rows = []
    for t, (dom, dom_share, named, basis) in enumerate(dominant):
        tt = top_terms[top_terms["topic"] == t + 1]
        top3 = tt["display"].head(3).tolist()
        seed_sector, seeds = matrix.seeds_of(t)
        seeds_here = sorted(seeds)
        kept = (
            len(set(seeds_here) & set(tt["term"])) / min(len(seeds_here), n_top)
            if seeds_here
            else float("nan")
        )
        names = "; ".join(naming.name(s) for s in named)
        label = " / ".join(top3) + (f" [{names}]" if names else "")
        rows.append(
            (t + 1, label, ", ".join(top3), dom, dom_share, ";".join(named), basis, seed_sector,
             ";".join(seeds_here), kept, float(share[t]), float(coherence[t]), float(stability[t]))
        )
    return pd.DataFrame(
        rows,
        columns=["topic", "label", "top3", "sector", "sector_share", "sectors", "sector_basis",
                 "seed_sector", "seed_terms", "seed_kept", "share", "coherence", "stability"],
    )


def fit_topics(
    passages: pd.DataFrame,
    *,
    k: int = 3,
    method: str = "nmf",
    random_state: int = 0,
    n_runs: int = 20,
    n_top: int = 10,
    seeds: Mapping[str, Sequence[str]] | None = None,
    sectors: Sequence[str] | None = None,
    options: TopicOptions | None = None,
    lexicon=None,
) -> TopicModel:
    """Fit a topic model to passages and measure its coherence, diversity and stability.

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`); uses ``passage_id``, ``text`` and, for labels and
        seeding, ``sectors``.
    k : int, default=3
        Number of topics, 1 <= k <= number of passages.
    method : {"nmf", "lda", "seeded"}, default="nmf"
        See the module documentation.
    random_state : int, default=0
        Seed of the fit; the ``n_runs`` stability refits use seeds derived from it.
    n_runs : int, default=20
        Refits with other seeds for the stability measure (0 skips it: stability NaN).
    n_top : int, default=10
        Top terms per topic (table and coherence/diversity), at least 2.
    seeds : mapping, default=None
        Seeded method: sector id -> lexicon phrases. None: :func:`framing.lexicons.seed_terms`.
    sectors : sequence of str, default=None
        Seeded method: the sectors that each seed one topic (at most k; topic j+1 is seeded by
        sector j). None: the sectors mentioned in most passages (ties: lexicon order), up to k,
        whose seed terms occur in the passages. A given sector none of whose seed terms occurs
        seeds nothing (one more topic is left free, with ``labels.seed_sector`` "").
    options : TopicOptions, default=None
        Relevance weight, vocabulary, seed weight, iterations and the budget (``max_passages``:
        beyond it the fit uses a stratified sample, every passage still gets its proportions);
        None: ``TopicOptions()``.
    lexicon : Lexicon or path, default=None
        The sector lexicon whose labels name the topics' sectors and whose one-word terms decide
        them (None: the packaged one); its seed terms seed the seeded method unless ``seeds`` is
        given.

    Returns
    -------
    TopicModel

    Raises
    ------
    framing.errors.AnalysisError
        An unknown method, k out of range, a passages table without its columns or rows, fewer
        than two terms left, or seeded sectors without seed terms.

    See Also
    --------
    sector_passages : the passages.
    select_k : the quality of each method over a range of k.
    topic_proportions : topic proportions by period, with intervals.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import analyse
    >>> docs = pd.DataFrame({
    ...     "doc_id": ["a", "b"],
    ...     "period": ["p1", "p2"],
    ...     "text": ["Oil and gas exploration grew. Students joined education exchanges. "
    ...              "Oil and gas projects expanded. Education exchanges grew.",
    ...              "Education exchanges expanded. Oil and gas exploration resumed. "
    ...              "Students joined education programmes. Oil and gas projects resumed."],
    ... })
    >>> tables = analyse(docs)  # sentences, tokens and mentions, each built once
    >>> passages = sector_passages(tables.mentions, tables.sentences)
    >>> model = fit_topics(passages, k=2, n_runs=2)
    >>> model.labels["label"].tolist()  # "gas" and "oil" weigh the same: ties go by term
    ['education / exchanges / joined [Education & training]', 'gas / oil / resumed [Oil & gas]']
    >>> model.quality["stability"]  # the same top terms in both refits
    1.0
    """
    if seeds is None and lexicon is not None:
        from framing.lexicons import seed_terms

        seeds = seed_terms(lexicon)
    return _fit_model(passages, k=k, method=method, random_state=random_state, n_runs=n_runs,
                      n_top=n_top, seeds=seeds, sectors=sectors, options=options,
                      lexicon=lexicon)[0]


def _fit_model(passages, *, k, method, random_state, n_runs, n_top, seeds, sectors, options,
               lexicon=None, by="period", texts=None, plan=None, naming=None, project=True):
    """:func:`fit_topics`, the matched Jaccard of every two of its fits (for :func:`select_k`),
    and a function that gives the model every passage's proportions (the model itself unless
    fitted on a sample with ``project=False``).

    ``texts``, ``plan``, ``naming``: the analysed passages, the sample and the sector names, when
    the caller already has them (:func:`_select_k` fits many models on the same passages)."""
    options = TopicOptions() if options is None else options
    k = _check_fit(passages, k=k, method=method, random_state=random_state, n_runs=n_runs,
                   n_top=n_top, options=options)
    texts = _Texts(passages, options.keep_entities) if texts is None else texts
    plan = _plan(passages, options, random_state, by) if plan is None else plan
    naming = _naming(seeds, lexicon, options.keep_entities) if naming is None else naming
    fitted = passages
    if plan.sampled:
        fitted = passages.iloc[plan.rows]
        n_runs = min(n_runs, options.budget_runs)
    analysed = texts.rows(plan.rows)
    matrix = _prepare(fitted, k=k, method=method, seeds=seeds, sectors=sectors, options=options,
                      analysed=analysed, sparse_fit=plan.sampled)

    def fit(seed: int) -> _Fit:
        return _fit_once(matrix, method=method, k=k, seed=seed, options=options)

    run_seeds = _run_seeds(random_state, n_runs)
    fits = [fit(random_state), *(fit(s) for s in run_seeds)]
    ref = fits[0]
    for f in fits[1:]:
        f.estimator = None  # only the reference fit transforms other passages
    # number the reference fit's topics canonically (seeded first, then by their displayed terms)
    pwt, share, rel = _topic_term(ref, lambda_=options.lambda_)
    display = _top_by_relevance(rel, n_top)
    order = _canonical_order(display, matrix)
    fits[0] = _Fit(mass=ref.mass[order], doc_topic=ref.doc_topic[:, order], converged=ref.converged)
    pwt, share, rel = pwt[order], share[order], rel[order]
    display = [display[t] for t in order]
    quality, coherence, stability, pairs = _quality(fits, matrix.counts, display)
    prop = _proportions(fits[0].doc_topic)
    top_terms = _top_terms(method, pwt, rel, display, matrix, lambda_=options.lambda_)
    dominant = _sectors_of_topics(pwt, matrix.terms, naming, display, fitted, prop)
    labels = _label_topics(top_terms, dominant, matrix, naming, share=share, coherence=coherence,
                           stability=stability, n_top=n_top)
    topics = list(range(1, k + 1))
    seeded = method == "seeded"
    params = {
        "n_top": n_top, "lambda_": options.lambda_, "min_df": options.min_df,
        "keep_entities": options.keep_entities, "max_iter": options.iterations(method),
        "seed_weight": options.seed_weight if seeded else None,
        "sectors": matrix.seed_sectors if seeded else None,
    }
    quality.update(run_seeds=run_seeds, n_passages=int(len(fitted)),
                   n_terms=int(matrix.counts.shape[1]), converged=bool(ref.converged),
                   n_converged=int(sum(f.converged for f in fits)))

    def model_with(prop_rows: np.ndarray, ids: pd.Series) -> TopicModel:
        return TopicModel(
            method=method,
            k=k,
            random_state=int(random_state),
            terms=matrix.terms,
            topic_term=pd.DataFrame(pwt, index=pd.Index(topics, name="topic"),
                                    columns=matrix.terms["term"].tolist()),
            doc_topic=pd.DataFrame(prop_rows, columns=topics, index=pd.Index(
                ids.astype(str), name="passage_id")),
            top_terms=top_terms,
            labels=round_table(labels, DIGITS),
            quality=quality,
            params=params,
            sample={**plan.record(), "passages": fitted["passage_id"].astype(str).tolist()},
        )

    def every_passage() -> TopicModel:
        """The model with the proportions of every passage, transformed by the reference fit."""
        weights = _project(ref, matrix, texts.rows(), method)[:, order]
        return model_with(_proportions(weights), passages["passage_id"])

    model = model_with(prop, fitted["passage_id"])
    if plan.sampled and project:
        model = every_passage()
    return model, pairs, (every_passage if plan.sampled else (lambda: model))


def _check_fit(passages, *, k, method, random_state, n_runs, n_top, options) -> int:
    """Check the arguments of :func:`fit_topics`; return k as an int."""
    check_choice("method", method, METHODS)
    require_columns(passages, ["passage_id", "text"], "passages")
    if len(passages) == 0:
        raise AnalysisError("passages", "no passages to model")
    if not isinstance(options, TopicOptions):
        raise AnalysisError("options", f"expected TopicOptions, not {type(options).__name__}")
    check_int("random_state", _whole(random_state), minimum=0)
    check_int("n_runs", _whole(n_runs), minimum=0)
    check_int("n_top", _whole(n_top), minimum=2)
    return check_int("k", _whole(k), minimum=1, maximum=len(passages))


# ---------------------------------------------------------------------------------------------
# Choosing k
# ---------------------------------------------------------------------------------------------


def select_k(
    passages: pd.DataFrame,
    *,
    ks: Iterable[int] = range(2, 9),
    methods: Sequence[str] = METHODS,
    random_state: int = 0,
    n_runs: int = 20,
    n_top: int = 10,
    seeds: Mapping[str, Sequence[str]] | None = None,
    sectors: Sequence[str] | None = None,
    options: TopicOptions | None = None,
    n_subsets: int = 200,
    subset_size: int = 6,
    lexicon=None,
) -> pd.DataFrame:
    """Quality of each method over a range of k, and how often each k wins across seed subsets.

    Every (method, k) is fitted from ``n_runs + 1`` random starts (``random_state`` and the seeds
    derived from it). Its ``stability`` is the mean matched Jaccard over every pair of those fits
    (:func:`pairwise_stability`). To see whether the choice of k depends on the seeds, the rule of
    :func:`choose_k` is applied again to ``n_subsets`` random subsets of ``subset_size`` fits (the
    same subsets for every k; stability recomputed on each subset's pairs; ties to the smaller k):
    ``win_share`` is the share of subsets in which k wins. A k chosen on all fits but winning few
    subsets is a k that another set of seeds would not give (:func:`decide_k`).

    Parameters
    ----------
    passages : pandas.DataFrame
        Passages table (:func:`sector_passages`).
    ks : iterable of int, default=range(2, 9)
        Numbers of topics to try; those above the number of passages are skipped.
    methods : sequence of str, default=METHODS
        Among ``"nmf"``, ``"lda"``, ``"seeded"``.
    random_state : int, default=0
        Seed of every reference fit (the refits' seeds derive from it) and of the subsets.
    n_runs : int, default=20
        Refits per (method, k): ``n_runs + 1`` fits in all.
    n_top : int, default=10
        Top terms per topic for coherence and diversity.
    seeds : mapping, default=None
        Seed phrases per sector for the seeded fits (None: :func:`framing.lexicons.seed_terms`).
    sectors : sequence of str, default=None
        Seeded sectors (None: chosen per k, see :func:`fit_topics`).
    options : TopicOptions, default=None
        Passed to every :func:`fit_topics`.
    n_subsets : int, default=200
        Seed subsets drawn for the votes.
    subset_size : int, default=6
        Fits per subset (the reference fit and 5 refits: the former default); at most
        ``n_runs + 1``.
    lexicon : Lexicon or path, default=None
        Sector lexicon: seeds (unless ``seeds`` is given) and the topics' sector names (None: the
        packaged one).

    Returns
    -------
    pandas.DataFrame
        One row per (method, k): ``method``, ``k``, ``coherence`` (mean NPMI of the displayed
        terms), ``diversity``, ``stability`` (mean matched top-10 Jaccard over every pair of fits),
        ``stability_reference`` (over the refits against the reference fit), ``stability_min``
        (the reference fit's least stable topic), ``n_seeded`` (topics anchored by a sector),
        ``n_passages`` (passages fitted), ``n_terms``, ``n_runs``, ``n_fits``, ``n_converged``
        (fits that stopped on their tolerance before ``max_iter``), then the votes of the unseeded
        methods ("nmf", "lda" among ``methods``; else all of them), the same on every row of a k:
        ``wins`` (subsets won), ``win_share`` (wins / ``n_subsets``; NaN without refits),
        ``n_subsets``, ``subset_size``; then the sample (:attr:`TopicModel.sample`): ``sample``,
        ``sample_size``, ``population``, ``sample_seed``, ``strata``. Beyond
        ``options.max_passages`` passages every fit is on the stratified sample, with at most
        ``options.budget_runs`` refits. Floats have :data:`DIGITS` significant digits.

    See Also
    --------
    choose_k : the k this table recommends.
    decide_k : whether that k is determined.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import analyse
    >>> docs = pd.DataFrame({
    ...     "doc_id": ["a", "b"],
    ...     "period": ["p1", "p2"],
    ...     "text": ["Oil and gas exploration grew. Students joined education exchanges. "
    ...              "Oil and gas projects expanded. Education exchanges grew.",
    ...              "Education exchanges expanded. Oil and gas exploration resumed. "
    ...              "Students joined education programmes. Oil and gas projects resumed."],
    ... })
    >>> tables = analyse(docs)  # sentences, tokens and mentions, each built once
    >>> passages = sector_passages(tables.mentions, tables.sentences)
    >>> selection = select_k(passages, ks=[2, 3], methods=["nmf", "lda"], n_runs=5)
    >>> selection[["method", "k"]].to_numpy().tolist()
    [['nmf', 2], ['nmf', 3], ['lda', 2], ['lda', 3]]
    >>> selection["stability"].round(2).tolist()
    [1.0, 0.79, 1.0, 0.89]
    >>> choose_k(selection), selection.loc[selection["k"] == 2, "win_share"].tolist()
    (2, [1.0, 1.0])
    """
    if seeds is None and lexicon is not None:
        from framing.lexicons import seed_terms

        seeds = seed_terms(lexicon)
    return _select_k(passages, ks=list(ks), methods=methods, random_state=random_state,
                     n_runs=n_runs, n_top=n_top, seeds=seeds, sectors=sectors, options=options,
                     n_subsets=n_subsets, subset_size=subset_size, lexicon=lexicon)[0]


def _select_k(passages, *, ks, methods, random_state, n_runs, n_top, seeds, sectors, options,
              n_subsets, subset_size, lexicon=None, by="period", plan=None, texts=None):
    """:func:`select_k`, and for every (method, k) a function giving its reference model with
    every passage's proportions (fitted on the sample when there is one, transformed after)."""
    check_int("n_subsets", _whole(n_subsets), minimum=1)
    check_int("subset_size", _whole(subset_size), minimum=2)
    options = TopicOptions() if options is None else options
    if not isinstance(options, TopicOptions):
        raise AnalysisError("options", f"expected TopicOptions, not {type(options).__name__}")
    check_int("random_state", _whole(random_state), minimum=0)
    texts = _Texts(passages, options.keep_entities) if texts is None else texts
    plan = _plan(passages, options, random_state, by) if plan is None else plan
    naming = _naming(seeds, lexicon, options.keep_entities)
    rows, models, pairs = [], {}, {}
    n_fitted = len(plan.rows)
    ks = [k for k in ks if k <= n_fitted]
    todo = [(method, k) for method in methods for k in ks]
    voters = [m for m in methods if m in ("nmf", "lda")] or list(methods)
    if plan.sampled and "nmf" in methods:
        # the budget: only NMF runs over every k (and votes); LDA and seeded at NMF's k only
        voters = ["nmf"]
        todo = [("nmf", k) for k in ks]
    for method, k in todo:
        m, pair, every = _fit_model(
            passages, k=k, method=method, random_state=random_state, n_runs=n_runs,
            n_top=n_top, seeds=seeds, sectors=sectors, options=options, lexicon=lexicon,
            by=by, texts=texts, plan=plan, naming=naming, project=False,
        )
        models[(method, int(k))], pairs[(method, int(k))] = every, pair
        q = m.labels["stability"]
        rows.append(
            (method, int(k), m.quality["coherence"], m.quality["diversity"],
             m.quality["stability"], m.quality["stability_reference"],
             float(q.min()) if q.notna().any() else float("nan"),
             int((m.labels["seed_sector"] != "").sum()), m.quality["n_passages"],
             m.quality["n_terms"], m.quality["n_runs"], m.quality["n_runs"] + 1,
             m.quality["n_converged"])
        )
        if plan.sampled and voters == ["nmf"] and method == "nmf" and k == ks[-1]:
            # NMF has run over every k: add the other methods at its k
            nmf_rows = pd.DataFrame(rows, columns=_KSEL_COLUMNS)
            best = choose_k(nmf_rows, methods=["nmf"])
            todo.extend((other, best) for other in methods if other != "nmf")
    table = pd.DataFrame(rows, columns=_KSEL_COLUMNS)
    table = table.sort_values(["method", "k"], key=lambda c: c.map(
        {m: i for i, m in enumerate(methods)}) if c.name == "method" else c, kind="stable")
    table = table.reset_index(drop=True)
    n_fits = int(table["n_fits"].max()) if len(table) else n_runs + 1
    if plan.sampled:
        # fewer fits: subsets one fit smaller than all of them, so that they differ
        subset_size = max(2, min(subset_size, n_fits - 1))
    wins = _votes(pairs, voters, random_state=random_state, n_subsets=n_subsets,
                  subset_size=subset_size)
    table["wins"] = table["k"].map(wins).astype("Int64") if wins else pd.array(
        [pd.NA] * len(table), dtype="Int64")
    table["win_share"] = (table["wins"].astype(float) / n_subsets) if wins else np.nan
    table["n_subsets"] = int(n_subsets)
    table["subset_size"] = int(min(subset_size, n_fits))
    table["voters"] = ";".join(voters)
    table = table.assign(**plan.record())
    return round_table(table, DIGITS), models


_KSEL_COLUMNS = ["method", "k", "coherence", "diversity", "stability", "stability_reference",
                 "stability_min", "n_seeded", "n_passages", "n_terms", "n_runs", "n_fits",
                 "n_converged"]


def _votes(pairs: dict, voters: Sequence[str], *, random_state: int, n_subsets: int,
           subset_size: int) -> dict[int, int]:
    """Subsets of fits won by each k: per subset, the k with the largest stability (mean over the
    subset's pairs of fits) averaged over ``voters``; ties within 1e-9 go to the smaller k.
    Empty without refits."""
    ks = sorted({k for (m, k) in pairs if m in voters})
    if not ks:
        return {}
    n_fits = min(len(pairs[(m, k)]) for (m, k) in pairs if m in voters)
    if n_fits < 2:
        return {}
    size = min(subset_size, n_fits)
    rng = np.random.default_rng(random_state)
    wins = {k: 0 for k in ks}
    for _ in range(n_subsets):
        idx = np.sort(rng.choice(n_fits, size=size, replace=False))
        upper = np.triu_indices(size, 1)
        score = {}
        for k in ks:
            vals = [pairs[(m, k)][np.ix_(idx, idx)][upper].mean() for m in voters if (m, k) in pairs]
            score[k] = float(round_significant(np.mean(vals), DIGITS))
        best = max(score.values())
        wins[min(k for k in ks if score[k] >= best - 1e-9)] += 1
    return wins


def choose_k(k_selection: pd.DataFrame, *, methods: Sequence[str] = ("nmf", "lda")) -> int:
    """The k with the most stable unseeded topics (Greene et al. 2014's criterion).

    Rule: average ``stability`` over ``methods`` (the unseeded ones by default: seeded topics are
    anchored by design, so their stability says less about the data); take the largest average;
    ties (within 1e-9) go to the higher mean ``coherence``, then to the smaller k. Without refits
    (stability NaN) coherence alone decides. Stability tends to favour small k (two broad topics
    are easy to find again); with a few dozen passages that bias is the honest one: any k whose
    topics change with the random start is not worth reading. Whether the k is *determined* (the
    same with other seeds, enough passages) is :func:`decide_k`'s question.

    Parameters
    ----------
    k_selection : pandas.DataFrame
        Output of :func:`select_k`; uses ``method``, ``k``, ``stability``, ``coherence``.
    methods : sequence of str, default=("nmf", "lda")
        The methods whose rows are averaged.

    Returns
    -------
    int

    Examples
    --------
    >>> table = pd.DataFrame({"method": ["nmf", "nmf", "lda", "lda"], "k": [2, 3, 2, 3],
    ...                       "stability": [0.9, 0.7, 0.5, 0.6], "coherence": [0.1, 0.2, 0.1, 0.2]})
    >>> choose_k(table)  # mean stability: k=2 0.70, k=3 0.65
    2
    """
    require_columns(k_selection, ["method", "k", "stability", "coherence"], "k_selection")
    sub = k_selection[k_selection["method"].isin(list(methods))]
    if sub.empty:
        raise AnalysisError("k_selection", f"no rows for method(s) {', '.join(methods)}")
    agg = sub.groupby("k", sort=True)[["stability", "coherence"]].mean()
    agg = agg.apply(lambda c: pd.Series(round_significant(c.to_numpy(), DIGITS), index=c.index))
    if agg["stability"].notna().any():
        tied = agg[agg["stability"] >= agg["stability"].max() - 1e-9]
    else:  # no refits (n_runs=0): coherence alone decides
        tied = agg
    coh = tied["coherence"].fillna(-np.inf)
    return int(min(tied.index, key=lambda k: (-coh[k], k)))


@dataclass(frozen=True)
class KDecision:
    """The number of topics shown, and whether the data determine it (:func:`decide_k`).

    Attributes
    ----------
    k : int
        The k shown: :func:`choose_k` over all fits (or the k given).
    determined : bool
        True when ``k`` wins at least :data:`K_AGREEMENT` of the seed subsets and there are at least
        :data:`MIN_PASSAGES_PER_TOPIC` passages per topic.
    low, high : int
        The range of k that win at least one seed subset (``k`` itself when determined or given).
    win_share : float
        Share of the subsets won by ``k`` (NaN without refits or when given).
    status : str
        "determined", "not determined" or "given".
    reason : str
        Why not determined ("" otherwise).
    rule : str
        The rule, in words (for tables and figures).
    """

    k: int
    determined: bool
    low: int
    high: int
    win_share: float
    status: str
    reason: str
    rule: str

    @property
    def range_text(self) -> str:
        """``"2–8"``, or ``"3"`` for a single k."""
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def decide_k(
    k_selection: pd.DataFrame,
    *,
    methods: Sequence[str] = ("nmf", "lda"),
    agreement: float = K_AGREEMENT,
    min_per_topic: int = MIN_PASSAGES_PER_TOPIC,
) -> KDecision:
    """Is the number of topics determined by the data?

    Rule: k = :func:`choose_k` over all fits. It is *determined* only when it also wins in at least
    ``agreement`` (70%) of the seed subsets of :func:`select_k` (``win_share``) and there are at
    least ``min_per_topic`` (10) passages per topic at that k; otherwise the number of topics is
    *not determined*, and the range of k that win at least one subset is reported with it. A k
    that changes with the choice of seeds, or topics resting on a handful of passages each, are
    not findings: read the topics of such a k as one possible partition among several.

    Parameters
    ----------
    k_selection : pandas.DataFrame
        Output of :func:`select_k`; uses ``method``, ``k``, ``stability``, ``coherence``,
        ``n_passages`` and, if present, ``wins``, ``win_share``, ``n_subsets``, ``subset_size``,
        ``n_fits``.
    methods : sequence of str, default=("nmf", "lda")
        The methods whose stability decides (:func:`choose_k`).
    agreement : float, default=0.7
        Smallest share of subsets the k must win.
    min_per_topic : int, default=10
        Smallest number of passages per topic.

    Returns
    -------
    KDecision

    Examples
    --------
    >>> table = pd.DataFrame({"method": ["nmf"] * 3, "k": [2, 3, 4], "stability": [0.9, 0.8, 0.7],
    ...                       "coherence": [0.1, 0.2, 0.3], "n_passages": 17,
    ...                       "win_share": [0.55, 0.3, 0.15], "wins": [110, 60, 30]})
    >>> d = decide_k(table, methods=["nmf"])
    >>> d.k, d.determined, d.range_text, d.reason
    (2, False, '2–4', 'k = 2 wins 55% of the seed subsets (< 70%); 8.5 passages per topic (< 10)')
    """
    if not 0 < agreement <= 1:
        raise AnalysisError("agreement", f"must be in (0, 1], not {agreement!r}")
    check_int("min_per_topic", _whole(min_per_topic), minimum=0)
    require_columns(k_selection, ["k", "n_passages"], "k_selection")
    k = choose_k(k_selection, methods=methods)
    first = k_selection.iloc[0]
    n_passages = int(first["n_passages"])
    share = float("nan")
    low = high = k
    problems = []
    if "win_share" in k_selection and k_selection["win_share"].notna().any():
        per_k = k_selection.drop_duplicates("k").set_index("k")
        share = float(per_k.at[k, "win_share"])
        won = sorted(int(v) for v in per_k.index[per_k["wins"].fillna(0).astype(int) > 0])
        low, high = min([k, *won]), max([k, *won])
        if share < agreement:
            problems.append(f"k = {k} wins {share:.0%} of the seed subsets (< {agreement:.0%})")
    else:
        problems.append("no refits: the stability of k is unknown")
    if n_passages < min_per_topic * k:
        problems.append(f"{n_passages / k:.2g} passages per topic (< {min_per_topic})")
    determined = not problems
    if determined:
        low = high = k
    fits = f"{int(first['n_fits'])} fits" if "n_fits" in k_selection else "all fits"
    votes = (
        f"also wins >= {agreement:.0%} of {int(first['n_subsets'])} random subsets of "
        f"{int(first['subset_size'])} fits and "
        if {"n_subsets", "subset_size"} <= set(k_selection.columns)
        else ""
    )
    rule = (
        f"k = highest mean stability of {' and '.join(methods)} over {fits} (ties: coherence, then "
        f"smaller k); determined only if it {votes}has >= {min_per_topic} passages per topic"
    )
    return KDecision(
        k=k, determined=determined, low=low, high=high, win_share=share,
        status="determined" if determined else "not determined", reason="; ".join(problems),
        rule=rule,
    )


# ---------------------------------------------------------------------------------------------
# Period comparison
# ---------------------------------------------------------------------------------------------


def topic_proportions(
    model: TopicModel,
    passages: pd.DataFrame,
    *,
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
        A fit (:func:`fit_topics`).
    passages : pandas.DataFrame
        The passages the model was fitted on; uses ``passage_id`` and ``by``.
    by : str, default="period"
        Grouping column.
    n_boot : int, default=1000
        Bootstrap resamples.
    random_state : int, default=0
        Seed of the resampling.
    level : float, default=0.95
        Interval coverage (0.95: 2.5th and 97.5th percentiles).
    min_passages : int, default=10
        Groups with fewer passages are flagged ``few_passages``.

    Returns
    -------
    pandas.DataFrame
        One row per (group, topic): ``<by>``, ``topic``, ``label``, ``n_passages`` (passages of the
        group with topic weights), ``mean``, ``lower``, ``upper`` (mean proportion and interval),
        ``diff`` (group mean minus the mean of the other groups' passages), ``diff_lower``,
        ``diff_upper``, ``diff_se`` (standard deviation of the bootstrap differences),
        ``mde_diff`` (minimum detectable difference at 80% power and the 5% level,
        ``(z_0.975 + z_0.8) diff_se`` = 2.80 ``diff_se``:
        :func:`framing.stats.measures.minimum_detectable_difference`: a null result reads "could
        not detect a difference below ``mde_diff``", never "no difference"), ``specific_to`` (the
        group this topic is specific to, "" if none; the same on every row of the topic),
        ``stability`` (the topic's stability), ``few_passages`` (bool), ``n_boot``, ``method``,
        ``k``. Floats have :data:`DIGITS` significant digits.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Energy and oil and gas ties grew. Education exchanges grew. Energy trade grew.",
    ...     "Education and culture grew. Tourism and culture grew. Education ties grew."]})
    >>> a = framing.analyse(docs)
    >>> passages = sector_passages(a.mentions, a.sentences)
    >>> model = fit_topics(passages, k=2, n_runs=0, options=TopicOptions(min_df=1))
    >>> props = topic_proportions(model, passages, n_boot=50, min_passages=1)
    >>> props[["topic", "period", "n_passages"]].values.tolist()[:2]
    [[1, 'p1', 3], [2, 'p1', 3]]
    """
    require_columns(passages, ["passage_id", by], "passages")
    n_boot = check_int("n_boot", _whole(n_boot), minimum=1)
    check_int("min_passages", _whole(min_passages), minimum=0)
    if not 0 < level < 1:
        raise AnalysisError("level", f"must be between 0 and 1, not {level!r}")
    ids = passages["passage_id"].astype(str)
    missing = sorted(set(ids) - set(model.doc_topic.index))
    if missing:
        raise AnalysisError("passages", f"passage {missing[0]!r} is not in the model")
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
        if n_boot * len(pg) <= _BOOT_CHUNK:
            idx = rng.integers(0, len(pg), size=(n_boot, len(pg)))
            sums[g] = pg[idx].sum(axis=1)
        else:  # a large group: the same resampling, a few resamples at a time, summed as
            # (times each passage is drawn) @ proportions
            step, n = max(1, _BOOT_CHUNK // len(pg)), len(pg)
            parts = []
            for b in range(0, n_boot, step):
                idx = rng.integers(0, n, size=(min(step, n_boot - b), n))
                flat = (idx + (np.arange(idx.shape[0]) * n)[:, None]).ravel()
                times = np.bincount(flat, minlength=idx.size).reshape(idx.shape)
                parts.append(times.astype(float) @ pg)
            sums[g] = np.concatenate(parts)
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
            se = diff_b.std(axis=0, ddof=1) if n_boot > 1 else np.full(k, np.nan)
        else:
            diff = dlo = dhi = se = np.full(k, np.nan)
        lo, hi = np.quantile(boot_g, a, axis=0), np.quantile(boot_g, 1 - a, axis=0)
        stats[g] = (lo, hi, diff, dlo, dhi, se, minimum_detectable_difference(se))
        for t in range(k):
            if dlo[t] > 0:
                specific[t] = g if t not in specific else specific[t] + ";" + g
    label = dict(zip(model.labels["topic"], model.labels["label"], strict=True))
    stab = dict(zip(model.labels["topic"], model.labels["stability"], strict=True))
    topics = list(model.doc_topic.columns)
    for g in names:
        lo, hi, diff, dlo, dhi, se, mde = stats[g]
        for t in range(k):
            rows.append(
                (g, topics[t], label.get(topics[t], ""), sizes[g], float(means[g][t]), float(lo[t]),
                 float(hi[t]), float(diff[t]), float(dlo[t]), float(dhi[t]), float(se[t]),
                 float(mde[t]), specific.get(t, ""), float(stab.get(topics[t], np.nan)),
                 sizes[g] < min_passages, int(n_boot), model.method, model.k)
            )
    out = pd.DataFrame(
        rows,
        columns=[by, "topic", "label", "n_passages", "mean", "lower", "upper", "diff", "diff_lower",
                 "diff_upper", "diff_se", "mde_diff", "specific_to", "stability", "few_passages",
                 "n_boot", "method", "k"],
    )
    return round_table(out, DIGITS)


# ---------------------------------------------------------------------------------------------
# Tables for data/processed/
# ---------------------------------------------------------------------------------------------


def topic_tables(
    mentions: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    k: int | None = None,
    ks: Iterable[int] = range(2, 9),
    random_state: int = 0,
    n_runs: int = 20,
    n_boot: int = 1000,
    by: str = "period",
    lexicon=None,
    seeds: Mapping[str, Sequence[str]] | None = None,
    options: TopicOptions | None = None,
    n_subsets: int = 200,
    subset_size: int = 6,
) -> dict[str, pd.DataFrame]:
    """The topic tables of the study: seeded and unseeded fits side by side.

    Sentence passages (:func:`sector_passages`); the k-selection table over ``ks`` for all three
    methods, each (method, k) fitted from ``n_runs + 1`` random starts, with the votes of seed
    subsets (:func:`select_k`); ``k`` (if not given) by :func:`decide_k`: the k whose unseeded
    topics are most stable over all fits, marked *not determined* (with the range of k that win a
    seed subset) when fewer than 70% of the subsets agree or there are fewer than 10 passages per
    topic; one fit per method at that k (the reference fit of the selection).

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:attr:`framing.Analysis.mentions`), see :func:`sector_passages`.
    sentences : pandas.DataFrame
        Sentences table with speakers (:attr:`framing.Analysis.sentences`).
    k : int, default=None
        Number of topics; None: chosen by :func:`decide_k`.
    ks : iterable of int, default=range(2, 9)
        k range of the selection table.
    random_state : int, default=0
        Seed of every fit and of the bootstrap.
    n_runs : int, default=20
        Stability refits per fit (``n_runs + 1`` fits per method and k).
    n_boot : int, default=1000
        Bootstrap resamples for the proportions by group.
    by : str, default="period"
        Column that groups documents for :func:`topic_proportions`: a passages column, or else a
        column of ``sentences`` (its value on each document's first sentence).
    lexicon : Lexicon or path, default=None
        Sector lexicon whose seed terms (:func:`framing.lexicons.seed_terms`) seed the seeded fits
        (None: the packaged one); ignored when ``seeds`` is given.
    seeds : mapping, default=None
        Seed phrases per sector for the seeded fits (None: those of ``lexicon``).
    options : TopicOptions, default=None
        Passed to every fit; ``max_passages`` and ``budget_runs`` set the budget (see the module
        documentation).
    n_subsets, subset_size : int, default=200, 6
        Seed subsets of the votes (:func:`select_k`).

    Returns
    -------
    dict of str -> pandas.DataFrame
        ``"topic-terms"``: :attr:`TopicModel.top_terms` of the three fits stacked (``method``
        column) plus each topic's ``label``, ``sector``, ``seed_sector``, ``coherence``,
        ``stability``, ``k``, ``model_coherence`` (the model's mean NPMI);
        ``"topic-proportions-by-period"``: :func:`topic_proportions` (by ``by``) of the three fits
        stacked; ``"topic-k-selection"``: :func:`select_k` plus ``chosen`` (True on the rows of the
        k shown) and ``rule`` (:attr:`KDecision.rule`, or "given"); ``"topic-passages"``: one row
        per (passage, method, topic): passage columns (:data:`PASSAGE_COLUMNS`) plus ``method``,
        ``topic``, ``label``, ``proportion``, ``dominant`` (the passage's largest topic; when the
        topics were fitted on a sample, only these rows are kept, so the table grows with the
        passages, not with passages times topics). The first
        three also carry ``k_status`` ("determined", "not determined" or "given") and ``k_range``
        (the k that win a seed subset, "2–8"; the k itself when determined or given); the
        k-selection table also ``k_reason`` (why k is not determined, "" otherwise) and
        ``voters`` (the methods whose stability chose k). Which passages were fitted:
        ``sample`` ("all passages" or "stratified sample"), ``sample_size``, ``population``,
        ``sample_seed``, ``strata`` on the terms, proportions and k-selection tables, and
        ``fitted`` (bool) per passage; convergence: ``converged`` (the shown fit) and
        ``n_converged`` of ``n_fits`` on the terms table, ``n_converged`` on the k-selection
        table. Topic terms also carry ``sector_share`` and ``sectors`` (see the module
        documentation). Floats have :data:`DIGITS` significant digits.
    """
    passages = _with_group(sector_passages(mentions, sentences), sentences, by)
    if len(passages) < 2:
        raise AnalysisError(
            "mentions", f"only {len(passages)} passage(s) mention a sector; too few for topics"
        )
    if seeds is None and lexicon is not None:
        from framing.lexicons import seed_terms

        seeds = seed_terms(lexicon)
    options = TopicOptions() if options is None else options
    if not isinstance(options, TopicOptions):
        raise AnalysisError("options", f"expected TopicOptions, not {type(options).__name__}")
    check_int("random_state", _whole(random_state), minimum=0)
    texts = _Texts(passages, options.keep_entities)
    plan = _plan(passages, options, random_state, by)
    fit_args = {"random_state": random_state, "n_runs": n_runs, "seeds": seeds, "options": options,
                "lexicon": lexicon, "by": by, "texts": texts, "plan": plan}
    ksel, fitted = _select_k(passages, ks=list(ks), methods=METHODS, n_top=10, sectors=None,
                             n_subsets=n_subsets, subset_size=subset_size, **fit_args)
    if k is None:
        decision = decide_k(ksel, methods=ksel["voters"].iat[0].split(";"))
    else:
        k = check_int("k", _whole(k), minimum=1, maximum=len(plan.rows))
        at_k = ksel.loc[ksel["k"] == k, "win_share"]
        decision = KDecision(k=k, determined=False, low=k, high=k,
                             win_share=float(at_k.iat[0]) if len(at_k) else float("nan"),
                             status="given", reason="", rule="given")
    k = decision.k
    status = {"k_status": decision.status, "k_range": decision.range_text}
    ksel = ksel.assign(chosen=ksel["k"] == k, **status, k_reason=decision.reason, rule=decision.rule)
    models = [
        fitted[(m, k)]() if (m, k) in fitted
        else _fit_model(passages, k=k, method=m, n_top=10, sectors=None, **fit_args)[0]
        for m in METHODS
    ]
    record = plan.record()
    term_tables, prop_tables, passage_tables = [], [], []
    for m in models:
        info = m.labels[["topic", "label", "sector", "sector_share", "sectors", "seed_sector",
                         "coherence", "stability"]]
        term_tables.append(
            m.top_terms.merge(info, on="topic", how="left")
            .assign(k=m.k, model_coherence=m.quality["coherence"], **status,
                    converged=m.quality["converged"], n_converged=m.quality["n_converged"],
                    n_fits=m.quality["n_runs"] + 1, **record)
        )
        prop_tables.append(
            topic_proportions(m, passages, by=by, n_boot=n_boot, random_state=random_state)
            .assign(**status, **record)
        )
        passage_tables.append(_passage_topics(m, passages))
    in_sample = np.zeros(len(passages), dtype=bool)
    in_sample[plan.rows] = True
    fitted_ids = set(passages["passage_id"].astype(str)[in_sample])
    passage_table = pd.concat(passage_tables, ignore_index=True)
    passage_table["fitted"] = passage_table["passage_id"].astype(str).isin(fitted_ids)
    if plan.sampled:  # beyond the budget: each passage's largest topic only (one row per method)
        passage_table = passage_table[passage_table["dominant"].astype(bool)].reset_index(drop=True)
    return {
        "topic-terms": round_table(pd.concat(term_tables, ignore_index=True), DIGITS),
        "topic-proportions-by-period": pd.concat(prop_tables, ignore_index=True),
        "topic-k-selection": ksel,
        "topic-passages": round_table(passage_table, DIGITS),
    }


def _with_group(passages: pd.DataFrame, sentences: pd.DataFrame, by: str) -> pd.DataFrame:
    """``passages`` with the grouping column ``by``, taken from each document's first sentence."""
    if by in passages:
        return passages
    require_columns(sentences, ["doc_id", by], "sentences")
    first = sentences.drop_duplicates("doc_id")
    group = dict(zip(first["doc_id"].astype(str), first[by].astype(str), strict=True))
    return passages.assign(**{by: passages["doc_id"].map(group)})


def _passage_topics(model: TopicModel, passages: pd.DataFrame) -> pd.DataFrame:
    """One row per (passage, topic): the passage's columns, the topic, its label, the passage's
    proportion of it, and whether it is the passage's largest topic."""
    long = (
        model.doc_topic.rename_axis(columns="topic").stack(future_stack=True)
        .rename("proportion").reset_index()
    )
    # a passage with no weight on any topic (none of its terms kept) has no dominant topic
    weighted = model.doc_topic.notna().any(axis=1)
    dom = model.doc_topic[weighted].idxmax(axis=1)
    long["dominant"] = (long["passage_id"].map(dom) == long["topic"]).to_numpy(dtype=bool)
    long = long.merge(model.labels[["topic", "label"]], on="topic", how="left")
    long.insert(0, "method", model.method)
    return passages.merge(long, on="passage_id", how="right")
