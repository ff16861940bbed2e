"""Table bundles: every table of an analysis, with one rule for what is compared.

:func:`comparison` is the one rule that decides which groups a comparison sets against each other,
for every table, figure and view: the groups given in the call, else the study file's ``reference``
and ``target``, else the first and the last group in the analysis's order (periods by date). With
fewer than two groups there is no comparison, and the tables that need one are left out (a line
says so).

:func:`analysis_tables` returns every table of the analysis, keyed by the file stem it is written
under (``sector-summary-by-period`` -> ``sector-summary-by-period.csv``).

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "date": ["2020-01-01", "2021-01-01"],
...                      "text": ["Energy cooperation grew.", "Trade and energy ties grew."]})
>>> comparison(framing.analyse(docs))
('p1', 'p2')
"""

from __future__ import annotations

import pandas as pd

from framing.errors import AnalysisError

__all__ = [
    "comparison",
    "sector_tables",
    "term_tables",
    "topic_tables",
    "trend_tables",
    "formula_tables",
    "analysis_tables",
    "skipped_comparisons",
]

#: Tables that compare a target group with a reference group (left out with one group).
COMPARISON_TABLES = ("sector-period-difference", "sector-period-difference-cooperation", "keyness")


def comparison(analysis, *, reference: str | None = None, target: str | None = None):
    """The (reference, target) groups compared, or None when the corpus has one group.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    reference, target : str, optional
        Chosen for this call (default=None: the study's, else the first and the last group).

    Returns
    -------
    (str, str) or None

    Raises
    ------
    AnalysisError
        A group that is not in the analysis, or reference equal to target.
    """
    groups = list(analysis.groups)
    study = analysis.study
    reference = reference if reference is not None else study.reference
    target = target if target is not None else study.target
    if len(groups) < 2:
        if reference is not None or target is not None:
            given = [g for g in (reference, target) if g is not None and g not in groups]
            if given:
                raise AnalysisError(
                    f"group {given[0]!r}", f"not a group of the corpus ({', '.join(groups) or 'none'})"
                )
        return None
    reference = groups[0] if reference is None else str(reference)
    target = groups[-1] if target is None else str(target)
    for name, g in (("reference", reference), ("target", target)):
        if g not in groups:
            raise AnalysisError(f"{name} {g!r}", f"not a group of the corpus ({', '.join(groups)})")
    if reference == target:
        raise AnalysisError("reference", f"reference and target are the same group ({reference!r})")
    return reference, target


def skipped_comparisons(analysis) -> str | None:
    """One line saying which comparisons are skipped and why, or None if none is."""
    if len(analysis.groups) >= 2:
        return None
    return (
        f"one group ({', '.join(analysis.groups) or 'none'}) in {analysis.by!r}: skipped the "
        f"comparisons between groups ({', '.join(COMPARISON_TABLES)}), their figures and the explorer"
    )


def sector_tables(analysis, *, reference=None, target=None, random_state: int | None = None) -> dict:
    """The sector tables, by file stem.

    Parameters
    ----------
    analysis : Analysis
        The analysis.
    reference, target : str, optional
        The groups compared (default=None: :func:`comparison`).
    random_state : int, optional
        Seed of the bootstrap (default=None: the study's).

    Returns
    -------
    dict of str -> pandas.DataFrame
        "sector-mentions", "sector-summary-by-document", "sector-summary-by-period",
        "sector-period-difference" (only with two groups or more; every mention),
        "sector-period-difference-cooperation" (the same over the mentions whose ``context`` is
        "cooperation": fields of cooperation with the partner, not the speaker's domestic agenda;
        :func:`framing.context.mention_context`), "sector-cooccurrence", "sector-by-side".
    """
    from framing.stats.sectors import (
        COOPERATION,
        sector_by_side,
        sector_cooccurrence,
        sector_period_difference,
        sector_summary,
    )

    seed = analysis.study.random_state if random_state is None else random_state
    mentions, tokens, lex, by = analysis.mentions, analysis.tokens, analysis.lexicon, analysis.by
    tables = {
        "sector-mentions": mentions,
        "sector-summary-by-document": sector_summary(mentions, tokens, by="doc_id", lexicon=lex),
        "sector-summary-by-period": sector_summary(mentions, tokens, by=by, lexicon=lex, order=analysis.groups),
    }
    pair = comparison(analysis, reference=reference, target=target)
    if pair is not None:
        tables["sector-period-difference"] = sector_period_difference(
            mentions, tokens, reference=pair[0], target=pair[1], by=by, random_state=seed, lexicon=lex
        )
        if "context" in mentions.columns:
            tables["sector-period-difference-cooperation"] = sector_period_difference(
                mentions, tokens, reference=pair[0], target=pair[1], by=by, random_state=seed,
                lexicon=lex, context=COOPERATION,
            )
    tables["sector-cooccurrence"] = sector_cooccurrence(mentions, by=by, lexicon=lex, order=analysis.groups)
    tables["sector-by-side"] = sector_by_side(
        mentions, by=by, lexicon=lex, sides=_side_order(analysis), order=analysis.groups
    )
    return tables


def _side_order(analysis) -> list[str]:
    """The study's sides, then both sides together, then the narrator."""
    from framing.config import SPECIAL_SIDES

    return [*analysis.study.side_ids, *SPECIAL_SIDES]


def term_tables(analysis, *, reference=None, target=None) -> dict:
    """The term tables, by file stem: "term-frequencies", "keyness" (only with two groups or
    more), "collocations", "lexical-overview".

    Parameters
    ----------
    analysis : Analysis
        The analysis.
    reference, target : str, optional
        The groups compared (default=None: :func:`comparison`).
    """
    from framing.stats.terms import collocations, keyness, lexical_overview, term_frequencies

    tokens, by = analysis.tokens, analysis.by
    tables = {"term-frequencies": term_frequencies(tokens, by=by, order=analysis.groups)}
    pair = comparison(analysis, reference=reference, target=target)
    if pair is not None:
        tables["keyness"] = keyness(tokens, reference=pair[0], target=pair[1], by=by)
    tables["collocations"] = collocations(tokens, by=by, order=analysis.groups)
    tables["lexical-overview"] = lexical_overview(tokens, analysis.sentences, by=by)
    return tables


def topic_tables(analysis, *, random_state: int | None = None) -> dict:
    """The topic tables, by file stem (see :func:`framing.topics.topic_tables`).

    Parameters
    ----------
    analysis : Analysis
        The analysis.
    random_state : int, optional
        Seed of every fit (default=None: the study's).
    """
    from framing.topics import topic_tables as tables_of

    seed = analysis.study.random_state if random_state is None else random_state
    return tables_of(
        analysis.mentions, analysis.sentences, lexicon=analysis.lexicon, by=analysis.by,
        random_state=seed,
    )


def formula_tables(analysis, *, reference=None, target=None) -> dict:
    """The formula tables, by file stem: "formulae" (every occurrence of every recurring formula,
    :func:`framing.formulae.formulae`) and "statement-alignment" (the target's sentences paired
    with the reference's, :func:`framing.alignment.align_statements`; only with two groups or
    more).

    Parameters
    ----------
    analysis : Analysis
        The analysis.
    reference, target : str, optional
        The groups aligned (default=None: :func:`comparison`).
    """
    from framing.alignment import align_statements
    from framing.formulae import formulae

    tables = {"formulae": formulae(analysis)}
    pair = comparison(analysis, reference=reference, target=target)
    if pair is not None:
        tables["statement-alignment"] = align_statements(analysis, reference=pair[0], target=pair[1])
    return tables


def trend_tables(analysis, *, reference=None, target=None) -> dict:
    """The tables of change over time, by file stem: "sector-trend" (each sector's count, share
    of mentions and rate per 1,000 tokens in every group, in the groups' order, with exact
    intervals: :func:`framing.stats.trends.sector_trend`) and "sector-presence" (each sector's
    first and last group, longest absence and course: :func:`framing.stats.trends.sector_presence`).

    Parameters
    ----------
    analysis : Analysis
        The analysis.
    reference, target : str, optional
        Not used (the trend covers every group); accepted like the other bundles (default=None).
    """
    from framing.stats.trends import presence_table, sector_trend

    by = analysis.by
    trend = sector_trend(
        analysis.mentions, analysis.tokens, by=by, order=analysis.groups, lexicon=analysis.lexicon
    )
    return {"sector-trend": trend, "sector-presence": presence_table(trend, by=by)}


#: Bundle name -> function, in the order tables are written.
BUNDLES = {"sectors": sector_tables, "terms": term_tables, "topics": topic_tables, "formulae": formula_tables, "trends": trend_tables}


def analysis_tables(
    analysis,
    *,
    bundles=None,
    reference: str | None = None,
    target: str | None = None,
    random_state: int | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table of the analysis, by file stem.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`).
    bundles : iterable of str, optional
        Which bundles (``sectors``, ``terms``, ``topics``, ``trends``, ...; default=None: all).
    reference, target : str, optional
        The groups compared (default=None: :func:`comparison`).
    random_state : int, optional
        Seed of every random step (default=None: the study's).

    Returns
    -------
    dict of str -> pandas.DataFrame

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Both sides agreed on energy.", "Trade and energy ties grew."]})
    >>> tables = analysis_tables(framing.analyse(docs), bundles=["sectors"])
    >>> sorted(tables)[:3]
    ['sector-by-side', 'sector-cooccurrence', 'sector-mentions']
    >>> tables["sector-summary-by-period"].query("count > 0")[["period", "sector", "count"]].values.tolist()
    [['p1', 'energy', 1], ['p2', 'economy', 1], ['p2', 'energy', 1]]
    """
    tables: dict[str, pd.DataFrame] = {}
    for name in bundles or BUNDLES:
        if name not in BUNDLES:
            raise AnalysisError(f"bundle {name!r}", f"unknown; known: {', '.join(BUNDLES)}")
        func = BUNDLES[name]
        if name == "topics":
            tables.update(func(analysis, random_state=random_state))
        elif name == "sectors":
            tables.update(func(analysis, reference=reference, target=target, random_state=random_state))
        else:
            tables.update(func(analysis, reference=reference, target=target))
    return tables
