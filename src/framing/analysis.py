"""One analysis, built once: the tables of the pipeline for a corpus and a study.

:func:`analyse` builds, once each, the tables every statistic, figure and view reads:

* ``docs``: the corpus table (:func:`framing.load_corpus`);
* ``sentences``: one row per sentence with its ``speaker`` and ``side``
  (:func:`framing.tokens.split_sentences`, :func:`framing.speakers.attribute_speakers`);
* ``tokens``: one row per token (:func:`framing.tokens.tokenize`);
* ``mentions``: one row per sector mention (:func:`framing.sectors.find_sector_mentions`), joined
  to ``sentences`` by ``(doc_id, sentence_id)``: its speaker and side are its sentence's.

Every stage works document by document, so the corpus is cut into chunks that run as partitions of
a ``dask.bag`` (:func:`analyse_chunk`, :func:`framing.scale.map_partitions`): in this process for
small corpora, on local processes for large ones, or on a Dask cluster (``scheduler=``); the chunks'
tables are put back in document order, so the tables do not depend on where they were built.

Statistics then take the tables they need (``sector_summary(a.mentions, a.tokens, by="period")``),
never the raw text. When the study groups documents by another column than ``period``, that column
is carried into every table, so ``by=study.group_by`` works everywhere.

Examples
--------
>>> import pandas as pd
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
...                      "text": ["Both sides agreed on energy.", "Trade grew."]})
>>> a = analyse(docs)
>>> len(a.sentences), len(a.tokens), list(a.mentions["sector"])
(2, 9, ['energy', 'economy'])
>>> a.groups
('p1', 'p2')
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pandas as pd

from framing.config import Study, default_study, load_study
from framing.errors import AnalysisError, check_int, require_columns
from framing.lexicons.actors import Actors, as_actors
from framing.lexicons.sectors import Lexicon, as_lexicon
from framing.lexicons.wordlists import load_stopwords
from framing.scale import map_partitions, open_scheduler, release_memory

__all__ = ["Analysis", "analyse", "analyse_chunk", "group_order"]


@dataclass(frozen=True)
class Analysis:
    """The tables of one analysis, each built once (see :func:`analyse`).

    Attributes
    ----------
    docs, sentences, tokens, mentions : pandas.DataFrame
        The pipeline tables.
    lexicon : Lexicon
        The sector lexicon used.
    actors : Actors
        The actors used.
    study : Study
        The study (grouping, reference and target, sides, outputs).
    groups : tuple of str
        The groups of ``study.group_by``, in order (:func:`group_order`).
    """

    docs: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    mentions: pd.DataFrame
    lexicon: Lexicon
    actors: Actors
    study: Study
    groups: tuple[str, ...] = field(default=())

    @property
    def by(self) -> str:
        """The column that groups documents (the study's ``group_by``)."""
        return self.study.group_by


def group_order(docs: pd.DataFrame, study: Study) -> tuple[str, ...]:
    """The groups of ``study.group_by`` in their order.

    The study's ``groups`` when given (every group of the corpus must be listed); otherwise periods
    (and any grouping whose documents have dates) are ordered by their earliest date, ties by name;
    other groupings by first appearance in the corpus.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    study : Study
        The study.
    """
    by = study.group_by
    if by not in docs.columns:
        raise AnalysisError(
            study.source,
            f"group_by: {by!r} is not a column of the corpus ({', '.join(map(str, docs.columns))})",
        )
    values = docs[by].astype(str)
    present = list(dict.fromkeys(values))
    if study.groups:
        missing = [g for g in present if g not in study.groups]
        if missing:
            raise AnalysisError(
                study.source, f"groups: the corpus has group(s) not listed: {', '.join(missing)}"
            )
        return tuple(g for g in study.groups if g in set(present))
    if "date" in docs.columns and docs["date"].notna().all():
        first = pd.DataFrame({"g": values, "d": pd.to_datetime(docs["date"])}).groupby("g")["d"].min()
        return tuple(sorted(present, key=lambda g: (first[g], g)))
    return tuple(present)


def _with_group(table: pd.DataFrame, docs: pd.DataFrame, by: str) -> pd.DataFrame:
    if by in table.columns or by == "doc_id":
        return table
    mapping = dict(zip(docs["doc_id"].astype(str), docs[by].astype(str), strict=True))
    out = table.copy()
    out[by] = out["doc_id"].astype(str).map(mapping)
    return out


def analyse(
    docs: pd.DataFrame,
    *,
    lexicon=None,
    actors=None,
    study=None,
    stopwords=None,
    scheduler=None,
    chunk_size: int | None = None,
    progress: bool | None = False,
) -> Analysis:
    """Build the tables of the pipeline once: sentences with speakers, tokens, sector mentions.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``text`` and the study's
        grouping column (``period`` by default).
    lexicon : Lexicon or path, optional
        Sector lexicon (default=None: the study's, else the packaged one).
    actors : Actors or path, optional
        Actors added to the packaged grammar of speech (default=None: the study's file, if any).
    study : Study or path, optional
        The study (default=None: an empty study: documents grouped by period, no sides). Pass
        :func:`framing.config.load_study` () for the project's ``study.yml``.
    stopwords : iterable of str or path, optional
        Stopword list (default=None: the study's, else the packaged one).
    scheduler : str or distributed.Client, optional
        Where the per-document stages (sentences and speakers, tokens, mentions and their context)
        run, as partitions of a ``dask.bag`` of document chunks: ``"sync"`` (this process),
        ``"processes"`` (local processes), an address ``"tcp://host:8786"`` or a client (default=None:
        ``DASK_SCHEDULER_ADDRESS`` if set, else this process below
        :data:`framing.scale.LOCAL_MAX_DOCS` documents and :data:`framing.scale.LOCAL_MAX_CHARS`
        characters, local processes above; :func:`framing.scale.open_scheduler`). The tables are
        the same wherever they are built.
    chunk_size : int, optional
        Documents per partition (default=None: the whole corpus in one when in this process,
        otherwise about four partitions per worker, between 250 and 5,000 documents each).
    progress : bool or None, default=False
        A tqdm progress bar over partitions on standard error (None: only on a terminal).

    Returns
    -------
    Analysis
        Frozen: ``docs``, ``sentences``, ``tokens``, ``mentions``, ``lexicon``, ``actors``,
        ``study``, ``groups``.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Energy ties grew."]})
    >>> analyse(docs).mentions[["doc_id", "sector", "start", "end", "sentence_id"]].values.tolist()
    [['d', 'energy', 0, 6, 0]]
    """
    if study is None:
        study = default_study()
    elif not isinstance(study, Study):
        study = load_study(study)
    require_columns(docs, ["doc_id", "text"], "docs")
    if docs["doc_id"].duplicated().any():
        dup = docs["doc_id"][docs["doc_id"].duplicated()].iloc[0]
        raise AnalysisError("docs", f"doc_id {dup!r} appears twice")
    lex = as_lexicon(lexicon if lexicon is not None else study.lexicon)
    act = as_actors(actors if actors is not None else study.actors, sides=study.sides or None)
    if stopwords is None:
        stop = load_stopwords(study.stopwords)
    elif isinstance(stopwords, (str, bytes)) or hasattr(stopwords, "__fspath__"):
        stop = load_stopwords(stopwords)
    else:
        stop = stopwords
    groups = group_order(docs, study)
    if chunk_size is not None:
        check_int("chunk_size", chunk_size, minimum=1)
    n_chars = int(docs["text"].astype(str).str.len().sum()) if len(docs) else 0
    with open_scheduler(scheduler, n_docs=len(docs), n_chars=n_chars) as where:
        if where == "sync" and chunk_size is None:
            parts = map_partitions(  # the whole corpus as one partition, in this process
                analyse_chunk, [docs], desc="analyse", progress=progress, lexicon=lex, actors=act,
                stopwords=stop,
            )
        else:
            if chunk_size is None:
                workers = (os.cpu_count() or 1) if isinstance(where, str) else _cluster_threads(where)
                chunk_size = min(5_000, max(250, -(-len(docs) // (4 * workers))))
            chunks = [
                docs.iloc[i : i + chunk_size].reset_index(drop=True)
                for i in range(0, len(docs), chunk_size)
            ] or [docs]
            parts = map_partitions(
                analyse_chunk, chunks, scheduler=where, desc="analyse", progress=progress,
                lexicon=lex, actors=act, stopwords=stop,
            )
    rules = (
        _category_rules(docs, lexicon=lex, actors=act, stopwords=stop) if len(parts) > 1 else [{}] * 3
    )
    sentences, tokens, mentions = (
        _concat([p[i] for p in parts], docs, rules[i]) for i in range(3)
    )
    joined = len(parts) > 1
    del parts
    if joined:
        release_memory()  # the chunks' tables, now copied into the whole tables
    by = study.group_by
    return Analysis(
        docs=docs,
        sentences=_with_group(sentences, docs, by),
        tokens=_with_group(tokens, docs, by),
        mentions=_with_group(mentions, docs, by),
        lexicon=lex,
        actors=act,
        study=study,
        groups=groups,
    )


def analyse_chunk(docs: pd.DataFrame, *, lexicon, actors, stopwords) -> tuple:
    """The per-document stages of :func:`analyse` on one chunk of the corpus table.

    Every stage works document by document, so the tables of a corpus are the tables of its chunks
    one after the other (:func:`analyse` concatenates them in document order). This is the function
    each partition of the Dask collection runs.

    Parameters
    ----------
    docs : pandas.DataFrame
        A chunk of the corpus table (``doc_id``, ``text``, optional ``period`` and ``dateline``: a
        clue to who hosts, for the speakers).
    lexicon : Lexicon
        Sector lexicon.
    actors : Actors
        The actors.
    stopwords : collection of str
        Stopwords (folded forms).

    Returns
    -------
    tuple of pandas.DataFrame
        ``(sentences, tokens, mentions)``, not yet carrying the study's grouping column.

    Examples
    --------
    >>> from framing.lexicons.actors import as_actors
    >>> from framing.lexicons.sectors import as_lexicon
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"], "text": ["Energy ties grew."]})
    >>> s, t, m = analyse_chunk(docs, lexicon=as_lexicon(None), actors=as_actors(None),
    ...                         stopwords=load_stopwords())
    >>> len(s), len(t), list(m["sector"])
    (1, 4, ['energy'])
    """
    from framing.context import mention_context
    from framing.sectors import find_sector_mentions
    from framing.speakers import attribute_speakers
    from framing.tokens import split_sentences, tokenize

    datelines = dict(zip(docs["doc_id"], docs["dateline"], strict=True)) if "dateline" in docs.columns else None
    agencies = dict(zip(docs["doc_id"], docs["agency"], strict=True)) if "agency" in docs.columns else None
    sentences = attribute_speakers(split_sentences(docs), actors=actors, datelines=datelines, agencies=agencies)
    tokens = tokenize(docs, stopwords=stopwords)
    mentions = find_sector_mentions(docs, lexicon=lexicon, sentences=sentences)
    mentions = mention_context(mentions, sentences)
    return sentences, tokens, mentions


def _cluster_threads(client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001 - a client that cannot say: assume two workers
        return 2


def _category_rules(docs: pd.DataFrame, *, lexicon, actors, stopwords) -> list[dict]:
    """How each stage gives its categorical columns their categories, found on a probe of three
    documents (two holding the corpus's first texts, ids and periods out of sorted order, one empty
    with a period of its own): ``"sorted"`` (the values present, sorted), ``"corpus"`` (every
    document's value in corpus order) or ``"present"`` (values in order of appearance); None when
    none of these (or the probe's table is empty). A chunk only knows its own documents, so
    :func:`_concat` gives the whole table its categories by the same rule."""
    text = "\n\n".join(map(str, docs["text"].iloc[:20]))
    probe = pd.DataFrame({"doc_id": ["b", "a", "c"], "text": [text, text, ""]})
    if "period" in docs.columns:
        probe["period"] = ["q", "p", "r"]
    tables = analyse_chunk(probe, lexicon=lexicon, actors=actors, stopwords=stopwords)
    rules = []
    for table in tables:
        found = {}
        for c in table.columns:
            if not isinstance(table[c].dtype, pd.CategoricalDtype):
                continue
            cats = list(table[c].cat.categories)
            present = list(dict.fromkeys(table[c].astype(object)))
            if not len(table):
                found[c] = None
            elif cats == sorted(present):
                found[c] = "sorted"
            elif c in probe.columns and cats == list(dict.fromkeys(probe[c])):
                found[c] = "corpus"
            elif cats == present:
                found[c] = "present"
            else:
                found[c] = None
        rules.append(found)
    return rules


def _concat(parts: list, docs: pd.DataFrame, rules: dict) -> pd.DataFrame:
    """Concatenate the chunks' tables in document order, giving categorical columns the categories
    the whole corpus would have given them (``rules``, from :func:`_category_rules`)."""
    if len(parts) == 1:
        return parts[0]
    from pandas.api.types import union_categoricals

    full = [p for p in parts if len(p)] or parts[:1]
    columns = list(full[0].columns)
    cat_cols = [c for c in columns if isinstance(full[0][c].dtype, pd.CategoricalDtype)]
    # Categorical columns are joined code by code (no column of string objects on the way: at
    # 100,000 reports that would be gigabytes), the rest by one concatenation.
    out = pd.concat([p.drop(columns=cat_cols) for p in full], ignore_index=True)
    for c in cat_cols:
        rule = rules.get(c)
        pieces = [p[c] for p in full]
        if len({x.cat.categories.dtype for x in pieces}) > 1:  # e.g. a chunk whose values are all None
            pieces = [x.cat.set_categories(x.cat.categories.astype(object)) for x in pieces]
        joined = union_categoricals(pieces, sort_categories=rule == "sorted")
        if rule == "corpus":
            joined = joined.set_categories(list(dict.fromkeys(docs[c])))
        out[c] = joined
    return out[columns]
