"""One analysis, built once: the tables of the pipeline for a corpus and a study.

:func:`analyse` builds, once each, the tables every statistic, figure and view reads:

* ``docs``: the corpus table (:func:`framing.load_corpus`);
* ``sentences``: one row per sentence with its ``speaker`` and ``side``
  (:func:`framing.tokens.split_sentences`, :func:`framing.speakers.attribute_speakers`);
* ``tokens``: one row per token (:func:`framing.tokens.tokenize`);
* ``mentions``: one row per sector mention (:func:`framing.sectors.find_sector_mentions`), joined
  to ``sentences`` by ``(doc_id, sentence_id)``: its speaker and side are its sentence's.

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

from dataclasses import dataclass, field

import pandas as pd

from framing.config import Study, default_study, load_study
from framing.errors import AnalysisError, require_columns
from framing.lexicons.actors import Actors, as_actors
from framing.lexicons.sectors import Lexicon, as_lexicon
from framing.lexicons.wordlists import load_stopwords

__all__ = ["Analysis", "analyse", "group_order"]


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
            f"group_by={by!r}", f"not a column of the corpus ({', '.join(map(str, docs.columns))})"
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


def analyse(docs: pd.DataFrame, *, lexicon=None, actors=None, study=None, stopwords=None) -> Analysis:
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
    from framing.context import mention_context
    from framing.sectors import find_sector_mentions
    from framing.speakers import attribute_speakers
    from framing.tokens import split_sentences, tokenize

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
    sentences = attribute_speakers(split_sentences(docs), actors=act)
    tokens = tokenize(docs, stopwords=stop)
    mentions = find_sector_mentions(docs, lexicon=lex, sentences=sentences)
    mentions = mention_context(mentions, sentences)
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
