"""Fast paths for large corpora: a parallel document-term matrix without a tokens table.

:func:`framing.tokens.tokenize` builds one row per token with offsets, which is what provenance needs
on a study corpus, but on a year of agency output (100,000 reports, 40 million tokens) such a table
does not fit in memory and is not needed where only counts are wanted. :func:`count_matrix` gives
the same counts as grouping that table by document and ``stem``, without materialising it:

* a text is cut at whitespace (no token holds whitespace), each *distinct* piece ("cooperation,",
  "(CPV)") is tokenized by the pattern of :func:`framing.tokens.tokenize_text`, folded, stemmed and
  classified once (cached per process), and every piece of the text then costs one ``str.split``
  step and one dictionary lookup, both in C;
* multi-word entities are merged by the same longest-match rule, tried only at tokens whose folded
  form can start an entity;
* chunks of documents are counted as partitions of a Dask collection (:func:`map_partitions`), each
  returning a small sparse matrix over its own vocabulary; the vocabularies are merged in order, so
  the result does not depend on ``n_jobs``, ``chunk_size`` or where the partitions ran.

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
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from framing import normalize as _norm
from framing.errors import AnalysisError
from framing.lexicons.wordlists import load_entities, load_stopwords

__all__ = [
    "count_matrix",
    "iter_corpus",
    "open_scheduler",
    "map_partitions",
    "die_with_parent",
    "LOCAL_MAX_DOCS",
    "LOCAL_MAX_CHARS",
]

#: Below this many characters of text in all (about 20,000 agency reports), :func:`count_matrix`
#: counts in one process: a spawned Dask worker imports the package and stems its own vocabulary
#: (seconds), which pays off only on larger corpora (measured on two cores, issue 16).
MIN_PARALLEL_CHARS = 50_000_000


@lru_cache(maxsize=1)
def _entity_pairs() -> tuple[dict[str, int], np.ndarray, np.ndarray, list]:
    """The entity trie's first two levels as arrays, to rule out most candidate starts at once.

    Returns ``index`` (folded form -> id, for every form in some pattern), ``single`` (by id: a
    one-token pattern ends here), the sorted codes ``first_id * len(index) + second_id`` of the
    first two tokens of every longer pattern, and ``single_key`` (by id: the entity key of the
    one-token pattern, or None).
    """
    root = load_entities().root
    index: dict[str, int] = {}

    def walk(node):
        for key, child in node.items():
            if key is not None:
                index.setdefault(key, len(index))
                walk(child)

    walk(root)
    single = np.zeros(len(index) + 1, dtype=bool)  # the extra last slot: "no form" (-1)
    single_key: list[str | None] = [None] * (len(index) + 1)
    codes = []
    for first, node in root.items():
        single[index[first]] = None in node
        if None in node:
            single_key[index[first]] = node[None].key
        codes.extend(index[first] * len(index) + index[second] for second in node if second is not None)
    return index, single, np.unique(np.asarray(codes, dtype=np.int64)), single_key


@lru_cache(maxsize=1 << 18)
def _surface_info(surface: str) -> tuple[str, str | None, bool, bool, bool, int]:
    """``(norm, stem, is_punct, is_number, starts_entity, entity_form_id)`` of a surface form.

    Cached per worker process: a word is folded once, not once per chunk. ``stem`` is None here:
    :func:`_count_chunk` stems only the tokens it counts (stopwords, punctuation and numbers are
    usually dropped, and stemming is the costliest step; :func:`framing.normalize.stem` caches).
    """
    norm = _norm.fold(surface)
    punct = _norm.is_punct(norm)
    number = _norm.NUMBER_RE.match(norm) is not None
    return (
        norm,
        None,
        punct,
        number,
        # as framing.tokens.tokenize_text: names start with a capital ("regards to Lâm" is no name)
        norm in load_entities().root and not surface[:1].islower(),
        _entity_pairs()[0].get(norm, -1),
    )


@lru_cache(maxsize=1 << 18)
def _piece_tokens(piece: str) -> tuple[tuple[str, str, bool, bool, bool, int], ...]:
    """:func:`_surface_info` of each token of a whitespace-free piece of text."""
    return tuple(map(_surface_info, _norm.findall_pattern(piece).findall(piece)))


def _count_chunk(texts: list[str], *, drop_stop: bool, drop_punct: bool, drop_numbers: bool, stopwords):
    """Count stems in a list of texts: CSR parts ``(indptr, indices, data)`` and the local terms.

    No token contains whitespace and the token pattern looks ahead only at word characters, so a
    text's tokens are the tokens of its whitespace-separated pieces, in order. Each distinct piece
    ("cooperation,", "(CPV)") is tokenized once per chunk (and cached per process); a piece in the
    text then costs one ``str.split`` step and one ``dict.setdefault``, both in C.
    """
    from scipy import sparse

    stop = load_stopwords() if stopwords is None else stopwords
    root = load_entities().root
    stem_of = _norm.stem
    # Each distinct piece gets the position of its first occurrence as its id.
    piece_id: dict[str, int] = {}
    setdefault = piece_id.setdefault
    position = itertools.count()
    all_ids: list[int] = []
    extend = all_ids.extend
    n_pieces: list[int] = []
    for t in texts:
        pieces = t.split()
        n_pieces.append(len(pieces))
        extend(map(setdefault, pieces, position))
    n_ids = next(position)

    # The tokens of every distinct piece, flattened: local term id (-1: not counted), folded form,
    # and whether the token may begin an entity pattern.
    term_id: dict[str, int] = {}
    flat_terms: list[int] = []
    flat_norms: list[str] = []
    flat_starts: list[bool] = []
    flat_form: list[int] = []
    exp_off = np.zeros(n_ids, dtype=np.int64)
    exp_len = np.zeros(n_ids, dtype=np.int64)
    cids, offs, lens = [], [], []
    for piece, cid in piece_id.items():
        toks = _piece_tokens(piece)
        cids.append(cid)
        offs.append(len(flat_terms))
        lens.append(len(toks))
        for norm, stem, is_punct, is_number, starts_entity, form in toks:
            drop = (drop_punct and is_punct) or (drop_stop and norm in stop) or (drop_numbers and is_number)
            if drop:
                flat_terms.append(-1)
            else:
                stem = stem_of(norm) if norm else norm
                flat_terms.append(term_id.setdefault(stem, len(term_id)))
            flat_norms.append(norm)
            flat_starts.append(starts_entity)
            flat_form.append(form)
    exp_off[cids] = offs
    exp_len[cids] = lens

    # Token level: the flat index of each token of the chunk, in text order.
    ids_arr = np.asarray(all_ids, dtype=np.int64)
    tok_per_piece = exp_len[ids_arr]
    cum = np.zeros(len(ids_arr) + 1, dtype=np.int64)
    np.cumsum(tok_per_piece, out=cum[1:])
    piece_bounds = np.zeros(len(n_pieces) + 1, dtype=np.int64)
    np.cumsum(n_pieces, out=piece_bounds[1:])
    tok_bounds = cum[piece_bounds]  # token offset of each document
    flat_idx = np.repeat(exp_off[ids_arr] - cum[:-1], tok_per_piece) + np.arange(cum[-1])
    terms = np.asarray(flat_terms, dtype=np.int64)[flat_idx] if flat_terms else flat_idx
    flagged = np.flatnonzero(np.asarray(flat_starts, dtype=bool)[flat_idx]) if flat_terms else flat_idx
    if flagged.size:
        doc_end = tok_bounds[np.searchsorted(tok_bounds, flagged, side="right")]
        # Most flagged tokens ("to" of "Tô Lâm") start nothing. A token whose next token (in the same
        # document) continues some pattern goes through the trie, in text order; one that only
        # ends a one-token pattern ("Russia", "CPV") is that entity unless an earlier match covers it.
        index, single, pair_codes, single_key = _entity_pairs()
        forms = np.asarray(flat_form, dtype=np.int64)[flat_idx]
        nxt = np.minimum(flagged + 1, len(forms) - 1)
        second = np.where(flagged + 1 < doc_end, forms[nxt], -1)
        first = forms[flagged]
        longer = (second >= 0) & np.isin(first * len(index) + second, pair_codes)
        alone = flagged[single[first] & ~longer]
        span_starts: list[int] = []
        span_ends: list[int] = []
        done_until = -1
        for pos, end in zip(flagged[longer].tolist(), doc_end[longer].tolist(), strict=True):
            if pos < done_until:
                continue  # inside an entity merged already (longest match, left to right)
            node, j, best = root, pos, None
            while j < end:
                node = node.get(flat_norms[flat_idx[j]])
                if node is None:
                    break
                j += 1
                if None in node:
                    best = (j, node[None])
            if best is not None:
                j, ent = best
                terms[pos] = term_id.setdefault(ent.key, len(term_id))
                terms[pos + 1 : j] = -1
                done_until = j
                span_starts.append(pos)
                span_ends.append(j)
        if alone.size:
            if span_starts:
                starts_arr, ends_arr = np.asarray(span_starts), np.asarray(span_ends)
                k = np.searchsorted(starts_arr, alone, side="right") - 1
                covered = (k >= 0) & (alone < ends_arr[np.maximum(k, 0)])
                alone = alone[~covered]
            alone_forms = forms[alone]
            local = np.full(len(single_key), -1, dtype=np.int64)
            for f in np.unique(alone_forms).tolist():
                local[f] = term_id.setdefault(single_key[f], len(term_id))
            terms[alone] = local[alone_forms]
    rows = np.repeat(np.arange(len(n_pieces), dtype=np.int32), np.diff(tok_bounds))
    keep = terms >= 0
    x = sparse.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.int32), (rows[keep], terms[keep].astype(np.int32))),
        shape=(len(n_pieces), len(term_id)),
        dtype=np.int32,
    )
    x.sum_duplicates()
    return x.indptr.astype(np.int64), x.indices.astype(np.int32), x.data.astype(np.int32), list(term_id)


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

    Parameters
    ----------
    texts : iterable of str
        Document texts, e.g. ``docs["text"]``; row ``i`` of the result is ``texts[i]``.
    n_jobs : int or None, default=2
        Local worker processes when the text is large (``None``: all CPUs). ``1``, or less than
        :data:`MIN_PARALLEL_CHARS` of text in all, counts in this process (starting processes
        costs more than it saves there).
    chunk_size : int, default=1000
        Documents per partition.
    drop_stop, drop_punct, drop_numbers : bool, default=True
        Leave out tokens with ``is_stop`` (non-entity tokens whose folded form is a stopword),
        ``is_punct`` and ``is_number`` as :func:`framing.tokens.tokenize` defines them.
    stopwords : iterable of str, optional
        Replaces the packaged list (default=None; compared with the folded form).
    progress : bool or None, default=False
        A tqdm progress bar over partitions on standard error (None: only on a terminal).
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
    chunks = [texts[i : i + chunk_size] for i in range(0, len(texts), chunk_size)]
    if scheduler is None:
        # Below MIN_PARALLEL_CHARS of text, starting workers (each stems its own vocabulary) costs
        # more than it saves.
        small = n_jobs == 1 or len(chunks) <= 1 or sum(map(len, texts)) < MIN_PARALLEL_CHARS
        scheduler = "sync" if small else "processes"
    with open_scheduler(scheduler) as where:
        results = map_partitions(
            _count_chunk, chunks, scheduler=where, desc="count", progress=progress,
            num_workers=n_jobs, drop_stop=drop_stop, drop_punct=drop_punct,
            drop_numbers=drop_numbers, stopwords=stop,
        )
    indptr, indices, data, terms = _merge(results)
    del results
    x = sparse.csr_matrix((data, indices, indptr), shape=(len(texts), len(terms)))
    # Columns in sorted term order, as scikit-learn's vectorizers give them, without the stems of
    # words that only occurred inside entities ("united" of "United Russia Party").
    used = np.flatnonzero(np.bincount(x.indices, minlength=len(terms)) > 0)
    order = used[np.argsort(terms[used], kind="stable")]
    rank = np.full(len(terms), -1, dtype=np.int64)
    rank[order] = np.arange(len(order))
    x = sparse.csr_matrix(
        (x.data, rank[x.indices].astype(np.int32), x.indptr), shape=(len(texts), len(order))
    )
    x.has_sorted_indices = False
    x.sort_indices()
    return x, terms[order]


def _merge(results):
    """Concatenate chunk results, mapping each chunk's local term ids to global ones (first seen)."""
    vocab: dict[str, int] = {}
    indptrs, indices, data = [np.zeros(1, dtype=np.int64)], [], []
    offset = 0
    for indptr, idx, dat, local_terms in results:
        mapping = np.fromiter(
            (vocab.setdefault(t, len(vocab)) for t in local_terms), dtype=np.int32, count=len(local_terms)
        )
        indices.append(mapping[idx] if idx.size else idx)
        data.append(dat)
        indptrs.append(indptr[1:] + offset)
        offset += int(indptr[-1])
    terms = np.array(list(vocab), dtype=object) if vocab else np.array([], dtype=object)
    return (
        np.concatenate(indptrs),
        np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32),
        np.concatenate(data) if data else np.zeros(0, dtype=np.int32),
        terms,
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
                # the bar counts the graph's tasks (a partition and its merge steps)
                def _start_state(self, dsk, state):
                    bar.unit = "task"
                    bar.reset(total=sum(len(state[k]) for k in ("ready", "waiting", "running")))

                def _posttask(self, key, result, dsk, state, worker_id):
                    bar.update(1)

            workers = min(num_workers or os.cpu_count() or 1, len(parts))
            with _Ticks():
                result = bag.compute(
                    scheduler="processes", num_workers=workers, chunksize=1,
                    initializer=functools.partial(die_with_parent, os.getpid()),
                )
            return list(result)
        from distributed import as_completed

        futures = scheduler.compute(bag.to_delayed())
        for _ in as_completed(futures):
            bar.update(1)
        return [item for chunk in scheduler.gather(futures) for item in chunk]
    finally:
        bar.close()
