"""Fast paths for large corpora: a parallel document-term matrix without a tokens table.

:func:`framing.tokens.tokenize` builds one row per token with offsets, which is what provenance needs
on a study corpus, but on a year of agency output (100,000 reports, 40 million tokens) such a table
does not fit in memory and is not needed where only counts are wanted. :func:`count_matrix` gives
the same counts as grouping that table by document and ``stem``, without materialising it:

* a text is cut at whitespace (no token holds whitespace), each *distinct* piece ("cooperation,",
  "(CPV)") is tokenized by the pattern of :func:`framing.tokens.tokenize_text`, folded and
  classified once (cached per process), and every piece of the text then costs one ``str.split``
  step and one dictionary lookup, both in C; the counts are a documents x pieces matrix times a
  pieces x forms matrix;
* multi-word entities are merged by the same longest-match rule, every candidate start walking the
  entity trie at once (array steps), and the product corrected where they merge tokens;
* chunks of documents are counted as partitions of a Dask collection (:func:`map_partitions`), each
  returning a small sparse matrix over its own vocabulary of folded forms; the vocabularies are
  merged in order and stemmed once (:func:`framing.normalize.stem_many`, libstemmer where it gives
  NLTK's stems), so the result does not depend on ``n_jobs``, ``chunk_size`` or where the
  partitions ran. In this process a corpus is one partition up to :data:`LOCAL_PART_CHARS`.

:func:`open_scheduler` and :func:`map_partitions` are where every heavy per-document stage of the
package runs (:func:`framing.analyse`, :func:`count_matrix`, :func:`framing.formulae.corpus_formulae`
and the figures of ``framing reproduce``): in this process for small corpora (below
:data:`LOCAL_MAX_DOCS` documents and :data:`LOCAL_MAX_CHARS` characters), on Dask's local processes
above, or on a Dask cluster given its address (``framing reproduce --scheduler tcp://host:8786`` or
the environment variable ``DASK_SCHEDULER_ADDRESS``). Results are gathered back in partition order,
so they are the same wherever they were computed.

:func:`iter_corpus` streams a folder of reports in chunks of the corpus table, so that a pipeline
can count a corpus larger than memory chunk by chunk.
"""

from __future__ import annotations

import functools
import gc
import itertools
import os
import sys
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from framing import normalize as _norm
from framing.errors import AnalysisError
from framing.lexicons.names import alias_spans
from framing.lexicons.wordlists import load_entities, load_stopwords

__all__ = [
    "count_matrix",
    "iter_corpus",
    "open_scheduler",
    "map_partitions",
    "die_with_parent",
    "release_memory",
    "LOCAL_MAX_DOCS",
    "LOCAL_MAX_CHARS",
]

#: Below this many characters of text in all (about 20,000 agency reports), :func:`count_matrix`
#: counts in one process: a spawned Dask worker imports the package and tokenizes its own pieces
#: (seconds), which pays off only on larger corpora (measured on two cores, issue 16).
MIN_PARALLEL_CHARS = 50_000_000
#: In this process, :func:`count_matrix` counts partitions of up to this many characters (about
#: 12,000 agency reports; arrays of about 100 MB): fewer partitions, less repeated work.
LOCAL_PART_CHARS = 30_000_000


@lru_cache(maxsize=1)
def _entity_table():
    """The entity trie as arrays, to walk every candidate start at once.

    Returns ``index`` (folded form -> form id, for every form in some pattern), ``edges`` (sorted
    codes ``node * len(index) + form`` of the trie's edges), ``child`` (the node each edge leads
    to), ``accept`` (by node: the id of the entity key a pattern ending there gives, or -1), the
    entity ``keys`` and ``depth`` (the longest pattern's length).
    """
    root = load_entities().root
    index: dict[str, int] = {}
    keys: dict[str, int] = {}
    accept = [-1]
    edges: list[tuple[int, str, int]] = []
    depth = 0

    def walk(node, node_id, level):
        nonlocal depth
        depth = max(depth, level)
        for form, sub in node.items():
            if form is None:
                accept[node_id] = keys.setdefault(sub.key, len(keys))
                continue
            index.setdefault(form, len(index))
            accept.append(-1)
            edges.append((node_id, form, len(accept) - 1))
            walk(sub, len(accept) - 1, level + 1)

    walk(root, 0, 0)
    codes = np.asarray([node * len(index) + index[form] for node, form, _ in edges], dtype=np.int64)
    order = np.argsort(codes)
    child = np.asarray([c for _, _, c in edges], dtype=np.int64)
    return index, codes[order], child[order], np.asarray(accept, dtype=np.int64), list(keys), depth


def _without_aliases(text: str) -> str:
    """``text`` with each short name it defines in brackets blanked out, as
    :func:`framing.tokens.tokenize_text` leaves it out ("... Việt Nam (CPV)" is one name)."""
    for start, end, _ in reversed(alias_spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=1 << 18)
def _surface_info(surface: str) -> tuple[str, bool, bool, bool, int]:
    """``(norm, is_punct, is_number, starts_entity, entity_form_id)`` of a surface form.

    Cached per process: a word is folded once, not once per partition. Stems are not here: the
    merged vocabulary is stemmed once (:func:`count_matrix`).
    """
    norm = _norm.fold(surface)
    return (
        norm,
        _norm.is_punct(norm),
        _norm.NUMBER_RE.match(norm) is not None,
        # as framing.tokens.tokenize_text: names start with a capital ("regards to Lâm" is no name)
        norm in load_entities().root and not surface[:1].islower(),
        _entity_table()[0].get(norm, -1),
    )


#: Characters that end a word piece as a token of their own ("cooperation," "Russia.").
_TRAILING = frozenset(",.;:!?)")


def _word_info(word: str) -> tuple[str, bool, bool, bool, int]:
    """:func:`_surface_info` of an ASCII run of letters and digits (fold is ``lower()`` there)."""
    norm = word.lower()
    root, index = _entity_forms()
    return norm, False, word.isdigit(), not word[0].islower() and norm in root, index.get(norm, -1)


@lru_cache(maxsize=1)
def _entity_forms() -> tuple[dict, dict[str, int]]:
    """The entity trie's root (forms that may start an entity) and every pattern form's id."""
    return load_entities().root, _entity_table()[0]


@lru_cache(maxsize=1 << 18)
def _piece_tokens(piece: str) -> tuple[tuple[str, bool, bool, bool, int], ...]:
    """:func:`_surface_info` of each token of a whitespace-free piece of text."""
    if piece.isascii():  # the common pieces need no pattern: "energy", "CPV", "2026", "gas,"
        if piece.isalnum():
            norm = piece.lower()
            root, index = _entity_forms()
            return ((norm, False, piece.isdigit(), not piece[0].islower() and norm in root, index.get(norm, -1)),)
        if piece[-1] in _TRAILING and piece[:-1].isalnum():
            return _word_info(piece[:-1]), _surface_info(piece[-1])
    return tuple(map(_surface_info, _norm.findall_pattern(piece).findall(piece)))


class _Ids(dict):
    """Key -> its number in order of first lookup (``ids[key]`` adds a new key)."""

    def __missing__(self, key):
        self[key] = n = len(self)
        return n


def _count_chunk(texts: list[str], *, drop_stop: bool, drop_punct: bool, drop_numbers: bool, stopwords):
    """Count folded tokens and entities in a list of texts: CSR parts and the local terms.

    Returns ``(indptr, indices, data, terms)``: the terms are folded forms (str, stemmed once the
    partitions are merged) and entity keys (1-tuples), local to the partition; indices may be
    unsorted within a row.

    No token contains whitespace and the token pattern looks ahead only at word characters, so a
    text's tokens are the tokens of its whitespace-separated pieces, in order. Each distinct piece
    ("cooperation,", "(CPV)") is tokenized once (and cached per process); a piece in the text then
    costs one ``str.split`` step and one dictionary lookup, both in C. The counts are the product
    of a documents x pieces matrix and a pieces x terms matrix, corrected where entities merge
    tokens (:func:`_entity_counts`).
    """
    from scipy import sparse

    if not texts:
        return np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), []
    texts = [_without_aliases(t) for t in texts]  # as tokenize_text: "(CPV)" after its name is no token
    stop = load_stopwords() if stopwords is None else stopwords
    n_docs = len(texts)

    # Pieces in text order, each as the id of the distinct piece (numbered as first seen).
    piece_id = _Ids()
    id_of = piece_id.__getitem__
    occ_ids = array("q")
    n_pieces = array("q")
    for t in texts:
        pieces = t.split()
        n_pieces.append(len(pieces))
        occ_ids.extend(map(id_of, pieces))
    n_occ = len(occ_ids)
    occ = np.frombuffer(occ_ids, dtype=np.int64) if n_occ else np.zeros(0, dtype=np.int64)
    doc_start = np.zeros(n_docs + 1, dtype=np.int64)  # first piece of each document
    np.cumsum(np.frombuffer(n_pieces, dtype=np.int64), out=doc_start[1:])

    # The tokens of every distinct piece, flattened (piece by piece), a column per field.
    toks = list(map(_piece_tokens, piece_id))
    n_distinct = len(toks)
    per_piece = np.fromiter(map(len, toks), dtype=np.int64, count=n_distinct)
    flat = list(itertools.chain.from_iterable(toks))
    n_flat = len(flat)
    norms, puncts, numbers, starts, forms = zip(*flat, strict=True) if flat else ((),) * 5
    term_of: dict[str, int] = {}  # folded form -> position of its first token (made dense below)
    first = np.fromiter(map(term_of.setdefault, norms, itertools.count()), dtype=np.int64, count=n_flat)
    column = np.zeros(n_flat, dtype=np.int64)
    column[np.fromiter(term_of.values(), dtype=np.int64, count=len(term_of))] = np.arange(len(term_of))
    column = column[first]  # the local term of each flat token; -1: not counted
    if drop_punct:
        column[np.fromiter(puncts, dtype=bool, count=n_flat)] = -1
    if drop_numbers:
        column[np.fromiter(numbers, dtype=bool, count=n_flat)] = -1
    if drop_stop:
        column[np.fromiter(map(stop.__contains__, norms), dtype=bool, count=n_flat)] = -1
    keys = _entity_table()[4]
    n_cols = len(term_of) + len(keys)  # entity keys after the folded forms

    piece_of = np.repeat(np.arange(n_distinct), per_piece)  # by flat token
    kept = column >= 0
    by_piece = sparse.csr_matrix(
        (np.ones(int(kept.sum()), dtype=np.int32), (piece_of[kept], column[kept])), shape=(n_distinct, n_cols)
    )
    # Rows may repeat a piece: the product adds the repeats up.
    by_doc = sparse.csr_matrix((np.ones(n_occ, dtype=np.int32), occ, doc_start), shape=(n_docs, n_distinct))
    x = by_doc @ by_piece
    flagged = np.flatnonzero(np.fromiter(starts, dtype=bool, count=n_flat))
    if flagged.size:
        first_tok = np.zeros(n_distinct + 1, dtype=np.int64)
        np.cumsum(per_piece, out=first_tok[1:])
        fix = _entity_counts(
            occ, doc_start, per_piece, first_tok, np.asarray(forms, dtype=np.int64), piece_of,
            flagged, column, len(term_of),
        )
        if fix is not None:
            x = x + sparse.csr_matrix(fix, shape=x.shape)
            x.eliminate_zeros()
    return x.indptr.astype(np.int64), x.indices, x.data, list(term_of) + [(k,) for k in keys]


def _entity_counts(occ, doc_start, per_piece, first_tok, forms, piece_of, flagged, column, n_words):
    """What merging entities changes in the counts: ``(data, (rows, columns))``, or None.

    Entities are found as :func:`framing.tokens.tokenize_text` finds them: at a token that may
    start one (``flagged``, flat token indices), the longest pattern of the trie, left to right,
    never starting inside an earlier match. Every candidate walks the trie at once, one token per
    step; a token is ``(o, k)``: the ``k``-th token of the ``o``-th piece of the texts. A match adds
    one to its entity's column (``n_words`` + key id) and takes one from each of its tokens' terms.
    """
    index, edges, child, accept, _, depth = _entity_table()
    n_forms = max(len(index), 1)
    # Candidates: every occurrence of a piece holding flagged tokens, once per such token.
    n_flag = np.bincount(piece_of[flagged], minlength=len(per_piece))
    flag_start = np.zeros(len(per_piece) + 1, dtype=np.int64)
    np.cumsum(n_flag, out=flag_start[1:])
    o_idx = np.flatnonzero(n_flag[occ])
    per_occ = n_flag[occ[o_idx]]
    cand_o = np.repeat(o_idx, per_occ)
    nth = np.arange(len(cand_o)) - np.repeat(np.cumsum(per_occ) - per_occ, per_occ)
    cand_flat = flagged[flag_start[occ[cand_o]] + nth]
    cand_k = cand_flat - first_tok[occ[cand_o]]
    doc = np.searchsorted(doc_start, cand_o, side="right") - 1
    occ_end = doc_start[doc + 1]
    width = int(per_piece.max()) + 1  # position code o * width + k keeps text order
    n = len(cand_o)
    best_len = np.zeros(n, dtype=np.int64)
    best_end = np.zeros(n, dtype=np.int64)
    best_ent = np.full(n, -1, dtype=np.int64)
    node = np.zeros(n, dtype=np.int64)
    alive, o, k = np.arange(n), cand_o, cand_k
    read = []  # per step: (candidates, flat token) of the tokens read
    for step in range(depth):
        tok = first_tok[occ[o]] + k
        code = node[alive] * n_forms + forms[tok]
        at = np.minimum(np.searchsorted(edges, code), len(edges) - 1)
        found = (forms[tok] >= 0) & (edges[at] == code)
        alive, o, k, tok, nxt = alive[found], o[found], k[found], tok[found], child[at[found]]
        read.append((alive, tok))
        node[alive] = nxt
        k = k + 1  # the next token: in the same piece, or the first of the next piece
        wrap = k >= per_piece[occ[o]]
        o = o + wrap
        k[wrap] = 0
        ends = accept[nxt] >= 0
        best_len[alive[ends]] = step + 1
        best_end[alive[ends]] = o[ends] * width + k[ends]
        best_ent[alive[ends]] = accept[nxt[ends]]
        more = o < occ_end[alive]
        alive, o, k = alive[more], o[more], k[more]
        if not alive.size:
            break
    hit = np.flatnonzero(best_len > 0)
    if not hit.size:
        return None
    # A start inside an earlier match is no match (left to right, as the tokenizer reads); only
    # runs of overlapping matches need the loop.
    s, e = cand_o[hit] * width + cand_k[hit], best_end[hit]
    overlap = np.zeros(len(hit), dtype=bool)
    overlap[1:] = s[1:] < np.maximum.accumulate(e)[:-1]
    if overlap.any():
        keep = np.ones(len(hit), dtype=bool)
        done_until = -1
        for i in np.flatnonzero(overlap | np.append(overlap[1:], False)).tolist():
            if s[i] < done_until:
                keep[i] = False
            else:
                done_until = int(e[i])
        hit = hit[keep]
    length = np.zeros(n, dtype=np.int64)
    length[hit] = best_len[hit]
    rows, cols, data = [doc[hit]], [n_words + best_ent[hit]], [np.ones(len(hit), dtype=np.int32)]
    for step, (cands, tok) in enumerate(read):
        inside = length[cands] > step
        col = column[tok[inside]]
        counted = col >= 0
        rows.append(doc[cands[inside]][counted])
        cols.append(col[counted])
        data.append(np.full(int(counted.sum()), -1, dtype=np.int32))
    return np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))


def count_matrix(
    texts: Iterable[str],
    *,
    n_jobs: int | None = 2,
    chunk_size: int = 1000,
    drop_stop: bool = True,
    drop_punct: bool = True,
    drop_numbers: bool = True,
    stopwords: Iterable[str] | None = None,
    progress: bool | None = False,
    scheduler=None,
):
    """Document-term matrix of stems, counted by partitions without a tokens table.

    The counts equal those of :func:`framing.tokens.tokenize` grouped by document and ``stem`` (after
    the same filters): tokens are found by the same pattern, folded, stemmed, and multi-word entities
    merged into one term (their folded canonical name, e.g. ``"united russia party"``). With the
    default filters the matrix equals ``framing.stats.document_term_matrix(tokenize(docs),
    ngram_range=(1, 1))`` (same terms, same counts), several times faster.

    Partitions count folded forms; the merged vocabulary is stemmed once
    (:func:`framing.normalize.stem_many`), not once per partition or worker.

    Parameters
    ----------
    texts : iterable of str
        Document texts, e.g. ``docs["text"]``; row ``i`` of the result is ``texts[i]``.
    n_jobs : int or None, default=2
        Local worker processes when the text is large (``None``: all CPUs). ``1``, or less than
        :data:`MIN_PARALLEL_CHARS` of text in all, counts in this process (starting processes
        costs more than it saves there).
    chunk_size : int, default=1000
        Documents per partition on worker processes or a cluster. In this process, partitions
        hold whole documents up to :data:`LOCAL_PART_CHARS` characters (fewer partitions, less
        repeated work); the result is the same.
    drop_stop, drop_punct, drop_numbers : bool, default=True
        Leave out tokens with ``is_stop`` (non-entity tokens whose folded form is a stopword),
        ``is_punct`` and ``is_number`` as :func:`framing.tokens.tokenize` defines them.
    stopwords : iterable of str, optional
        Replaces the packaged list (default=None; compared with the folded form).
    progress : bool or None, default=False
        A tqdm progress bar over partitions on standard error (None: only on a terminal; no bar
        for a single partition counted in this process).
    scheduler : str or distributed.Client, optional
        Where the partitions are counted (:func:`open_scheduler`; default=None: as ``n_jobs``
        says, in this process or on local processes). An address (``"tcp://host:8786"``) counts
        on a Dask cluster.

    Returns
    -------
    X : scipy.sparse.csr_matrix of int32, shape (n_documents, n_terms)
        Token counts; never dense.
    terms : numpy.ndarray of str
        Column labels (stems), sorted.

    Raises
    ------
    AnalysisError
        ``n_jobs`` or ``chunk_size`` below 1, or a text that is not a string.

    Examples
    --------
    >>> x, terms = count_matrix(["Energy ties grew.", "Energy and trade."], n_jobs=1)
    >>> dict(zip(terms, x.sum(axis=0).A1.tolist()))
    {'energi': 2, 'grew': 1, 'tie': 1, 'trade': 1}
    """
    from scipy import sparse

    if chunk_size < 1:
        raise AnalysisError("chunk_size", f"must be at least 1, got {chunk_size}")
    if n_jobs is None:
        n_jobs = os.cpu_count() or 1
    if n_jobs < 1:
        raise AnalysisError("n_jobs", f"must be at least 1, got {n_jobs}")
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise AnalysisError(f"texts[{i}]", f"expected a string, got {type(t).__name__}")
    stop = frozenset(_norm.fold(w) for w in stopwords) if stopwords is not None else None
    lengths = list(map(len, texts))
    if scheduler is None:
        # Below MIN_PARALLEL_CHARS of text, starting workers costs more than it saves.
        small = n_jobs == 1 or len(texts) <= chunk_size or sum(lengths) < MIN_PARALLEL_CHARS
        scheduler = "sync" if small else "processes"
    with _gc_paused(), open_scheduler(scheduler) as where:
        if where == "sync":
            chunks = _parts_by_chars(texts, lengths, LOCAL_PART_CHARS)
        else:
            chunks = [texts[i : i + chunk_size] for i in range(0, len(texts), chunk_size)]
        options = {"drop_stop": drop_stop, "drop_punct": drop_punct, "drop_numbers": drop_numbers,
                   "stopwords": stop}
        if where == "sync" and len(chunks) == 1:  # one partition here: no bar to draw
            results = [_count_chunk(chunks[0], **options)]
        else:
            results = map_partitions(
                _count_chunk, chunks, scheduler=where, desc="count", progress=progress, num_workers=n_jobs,
                **options,
            )
        indptr, indices, data, local_terms = _merge(results)
        del results
        # Stem the merged vocabulary once; forms with one stem ("cooperation", "cooperate") and
        # an entity key spelled like some word's stem become one column. Columns in sorted term
        # order, as scikit-learn's vectorizers give them, without forms that only occurred inside
        # entities ("united" of "United Russia Party").
        used = np.flatnonzero(np.bincount(indices, minlength=len(local_terms)) > 0)
        found = [local_terms[i] for i in used.tolist()]
        stems = iter(_norm.stem_many([t for t in found if type(t) is str]))
        names = [next(stems) if type(t) is str else t[0] for t in found]  # t[0]: an entity key
        terms = sorted(set(names))
        rank = np.full(len(local_terms), -1, dtype=np.int32)
        rank[used] = np.fromiter(map({t: j for j, t in enumerate(terms)}.__getitem__, names), np.int32, len(names))
        x = sparse.csr_matrix((data, rank[indices], indptr), shape=(len(texts), len(terms)))
        x.sum_duplicates()  # sorts the indices of each row too
    return x, np.array(terms, dtype=object)


def release_memory() -> bool:
    """Give the memory freed since the last call back to the operating system, where the C library
    can (glibc's ``malloc_trim``).

    Freed memory otherwise stays in the process's heap, so the peak of each stage adds up: on
    10,000 reports, the process held 1.3 GB after the analysis and 0.7 GB after this call. Called
    by :func:`framing.analyse` after joining its partitions and between the stages of
    :func:`framing.reproduce`. A full garbage collection runs first, on every platform; the
    release itself needs glibc (elsewhere, as on macOS, Windows or musl, only the collection runs).

    Returns
    -------
    bool
        Whether any memory was released.

    Examples
    --------
    >>> _ = release_memory()  # after a stage that built and dropped large tables
    """
    gc.collect()
    try:
        import ctypes

        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):
        return False


@contextmanager
def _gc_paused():
    """No cyclic garbage collection inside the block: counting allocates millions of small acyclic
    objects, and each collection they trigger scans every cached token again (a fifth of the time
    on 10,000 reports)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parts_by_chars(texts: list[str], lengths: list[int], limit: int) -> list[list[str]]:
    """Consecutive runs of whole texts of at most ``limit`` characters each (at least one text)."""
    parts, start, size = [], 0, 0
    for i, n in enumerate(lengths):
        if size and size + n > limit:
            parts.append(texts[start:i])
            start, size = i, 0
        size += n
    if start < len(texts):
        parts.append(texts[start:])
    return parts


def _merge(results):
    """Concatenate chunk results, mapping each chunk's local term ids to global ones (first seen)."""
    if len(results) == 1:  # one partition: its local terms are the terms
        indptr, idx, dat, local_terms = results[0]
        return indptr, idx.astype(np.int64), dat, local_terms
    vocab: dict = {}
    indptrs, indices, data = [np.zeros(1, dtype=np.int64)], [], []
    offset = 0
    for indptr, idx, dat, local_terms in results:
        mapping = np.fromiter(
            (vocab.setdefault(t, len(vocab)) for t in local_terms), dtype=np.int64, count=len(local_terms)
        )
        indices.append(mapping[idx] if idx.size else idx.astype(np.int64))
        data.append(dat)
        indptrs.append(indptr[1:] + offset)
        offset += int(indptr[-1])
    return (
        np.concatenate(indptrs),
        np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
        np.concatenate(data) if data else np.zeros(0, dtype=np.int32),
        list(vocab),
    )


def iter_corpus(path: str | os.PathLike, *, chunk_size: int = 10_000) -> Iterator:
    """Stream a folder of reports as chunks of the corpus table.

    Files are read in sorted name order, ``chunk_size`` at a time, with the parser of
    :func:`framing.load_corpus` (no metadata table: ``doc_id`` is the file name without ``.txt``,
    ``period`` the year-month of the date line). Only one chunk of texts is in memory at a time.

    Parameters
    ----------
    path : str or PathLike
        Folder of ``*.txt`` reports.
    chunk_size : int, default=10000
        Documents per chunk.

    Yields
    ------
    pandas.DataFrame
        Columns ``doc_id``, ``date``, ``period``, ``place`` (the dateline), ``dateline``, ``agency``,
        ``file``, ``text`` (the body exactly as in the file).

    Raises
    ------
    framing.corpus.CorpusError
        A missing folder or a bad file, as :func:`framing.load_corpus` reports them.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for i in range(3):
    ...     _ = (folder / f"r{i}.txt").write_text(f" date 2024-05-0{i + 1} Report {i}.", encoding="utf-8")
    >>> [len(chunk) for chunk in iter_corpus(folder, chunk_size=2)]
    [2, 1]
    """
    import pandas as pd

    from framing.corpus import CorpusError, parse_report, read_report_text

    if chunk_size < 1:
        raise AnalysisError("chunk_size", f"must be at least 1, got {chunk_size}")
    folder = Path(path)
    if not folder.is_dir():
        raise CorpusError(folder, "corpus folder does not exist")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise CorpusError(folder, "corpus folder holds no .txt documents")
    for i in range(0, len(files), chunk_size):
        rows = []
        for f in files[i : i + chunk_size]:
            rep = parse_report(read_report_text(f), f)
            date = rep["date"]
            rows.append(
                (f.stem, pd.Timestamp(date), f"{date.year:04d}-{date.month:02d}", rep["dateline"],
                 rep["dateline"], rep["agency"], f.name, rep["text"])
            )
        yield pd.DataFrame.from_records(
            rows, columns=["doc_id", "date", "period", "place", "dateline", "agency", "file", "text"]
        )


# ---------------------------------------------------------------------------------------------
# Where partitions run: in this process, on local processes, or on a Dask cluster
# ---------------------------------------------------------------------------------------------

#: Below this many documents *and* :data:`LOCAL_MAX_CHARS` characters, the pipeline runs in this
#: process by default; above either, on local Dask processes (:func:`open_scheduler`).
LOCAL_MAX_DOCS = 2_000
#: See :data:`LOCAL_MAX_DOCS` (5 million characters: about 2,000 agency reports).
LOCAL_MAX_CHARS = 5_000_000
#: The environment variable naming a Dask scheduler, as Dask itself reads it.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
_LOCAL = ("sync", "processes")


@contextmanager
def open_scheduler(scheduler=None, *, n_docs: int = 0, n_chars: int = 0):
    """Choose where partitions run, for :func:`map_partitions`; connect to a cluster if asked.

    Parameters
    ----------
    scheduler : str or distributed.Client, optional
        ``"sync"`` (this process, one partition after the other), ``"processes"`` (Dask's local
        process pool, one worker per CPU), an address of a Dask scheduler (``"tcp://host:8786"``,
        connected to for the duration of the ``with`` block) or a ``distributed.Client``
        (default=None: the address in the environment variable ``DASK_SCHEDULER_ADDRESS`` if set,
        otherwise ``"sync"`` below :data:`LOCAL_MAX_DOCS` documents and :data:`LOCAL_MAX_CHARS`
        characters, else ``"processes"``).
    n_docs, n_chars : int, default=0
        Size of the work, for the default choice.

    Yields
    ------
    str or distributed.Client
        ``"sync"``, ``"processes"`` or a connected client.

    Raises
    ------
    AnalysisError
        An unknown scheduler name, or an address no scheduler answers at (within 10 s).

    Examples
    --------
    >>> with open_scheduler(n_docs=10, n_chars=1000) as where:
    ...     where
    'sync'
    >>> with open_scheduler(n_docs=50_000) as where:
    ...     where
    'processes'
    """
    if scheduler is None:
        scheduler = os.environ.get(SCHEDULER_ENV) or (
            "sync" if n_docs < LOCAL_MAX_DOCS and n_chars < LOCAL_MAX_CHARS else "processes"
        )
    if scheduler in ("synchronous", "single-threaded"):
        scheduler = "sync"
    if not isinstance(scheduler, str):
        yield scheduler  # a distributed.Client the caller manages
        return
    if scheduler in _LOCAL:
        yield scheduler
        return
    if "://" not in scheduler:
        raise AnalysisError(
            "scheduler", f"{scheduler!r} is neither 'sync', 'processes' nor an address such as "
            "tcp://host:8786"
        )
    from distributed import Client

    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise AnalysisError(
            f"scheduler {scheduler}", f"no Dask scheduler answers there ({type(err).__name__})"
        ) from None
    try:
        yield client
    finally:
        client.close()


def die_with_parent(parent: int) -> None:
    """In a worker process: end it when its parent ends, so a killed run leaves no worker behind.

    On Linux the kernel sends the worker SIGKILL when its parent dies (``prctl``); elsewhere the
    worker exits at start if the parent is already gone. Used as the initializer of every local
    worker process (:func:`map_partitions`).

    Parameters
    ----------
    parent : int
        Process id of the parent.

    Examples
    --------
    >>> die_with_parent(os.getppid())  # in this process: its parent is alive, nothing happens
    """
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def map_partitions(
    func,
    parts: list,
    *,
    scheduler="sync",
    desc: str = "partitions",
    progress: bool | None = False,
    num_workers: int | None = None,
    **kwargs,
) -> list:
    """``[func(part, **kwargs) for part in parts]``, each part a partition of a ``dask.bag``.

    The same function runs in this process (``"sync"``: no Dask at all), on Dask's local process
    pool (``"processes"``: spawned workers that end with this process, :func:`die_with_parent`),
    or on a Dask cluster (a ``distributed.Client``). Results come back in the order of ``parts``
    whichever worker computed them, so the output does not depend on the scheduler.

    Parameters
    ----------
    func : callable
        A module-level function (workers import it by name: on a cluster, every worker needs the
        same ``framing`` installed).
    parts : list
        The partitions (e.g. chunks of the corpus table).
    scheduler : str or distributed.Client, default="sync"
        As yielded by :func:`open_scheduler`.
    desc : str, default="partitions"
        Name of the stage on the progress bar.
    progress : bool or None, default=False
        A tqdm progress bar on standard error (None: only on a terminal).
    num_workers : int, optional
        Local processes for ``"processes"`` (default=None: one per CPU, at most one per part).
    **kwargs
        Passed to every call of ``func``.

    Returns
    -------
    list
        ``func(part, **kwargs)`` of each part, in order.

    Examples
    --------
    >>> map_partitions(sorted, [[3, 1], [2, 0]], reverse=True)
    [[3, 1], [2, 0]]
    """
    from tqdm.auto import tqdm

    disable = True if progress is False else (None if progress is None else False)
    bar = tqdm(total=len(parts), desc=desc, unit="part", disable=disable, file=sys.stderr)
    try:
        if scheduler == "sync" or not parts:
            out = []
            for part in parts:
                out.append(func(part, **kwargs))
                bar.update(1)
            return out
        import dask.bag as db

        task = functools.partial(func, **kwargs) if kwargs else func
        bag = db.from_sequence(parts, partition_size=1).map(task)
        if scheduler == "processes":
            from dask.callbacks import Callback

            class _Ticks(Callback):
                # the bar counts the graph's tasks (one per partition)
                def _start_state(self, dsk, state):
                    bar.unit = "task"
                    bar.reset(total=sum(len(state[k]) for k in ("ready", "waiting", "running")))

                def _posttask(self, key, result, dsk, state, worker_id):
                    bar.update(1)

            import dask

            workers = min(num_workers or os.cpu_count() or 1, len(parts))
            with _Ticks():
                # One key per partition, so each result comes straight back to this process: a
                # bag's own compute adds a task that gathers every partition in one worker first,
                # which holds (and pickles) the whole result twice over.
                chunks = dask.compute(
                    *bag.to_delayed(), scheduler="processes", num_workers=workers, chunksize=1,
                    initializer=functools.partial(die_with_parent, os.getpid()),
                )
            return [item for chunk in chunks for item in chunk]
        from distributed import as_completed

        futures = scheduler.compute(bag.to_delayed())
        for _ in as_completed(futures):
            bar.update(1)
        return [item for chunk in scheduler.gather(futures) for item in chunk]
    finally:
        bar.close()
