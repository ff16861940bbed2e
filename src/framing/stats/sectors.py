"""Sector statistics from the mentions and tokens tables: summaries, differences, co-occurrence, sides.

Every function takes the tables of the pipeline, never the raw text: the mentions table
(:func:`framing.find_sector_mentions`: one row per mention, with ``doc_id``, ``sector``,
``sentence_id``, ``side``, ``rel_position``) and, for rates, the tokens table
(:func:`framing.tokenize`), whose non-punctuation tokens are the denominators. Sector order and
labels come from the lexicon; groups of documents (``by``: "period", "doc_id" or the study's group
column) are reported in order of first appearance unless ``order`` lists them, in a column named
after ``by``.

Tables: :func:`sector_summary` (group x sector: counts, rates, shares, first positions; optionally
the mentions of one ``context`` only, :func:`framing.context.mention_context`),
:func:`sector_period_difference` (target against reference, two named exact tests: the share test,
this sector against the other sector mentions, and the rate test, its mentions against the tokens;
each with its effect size, Benjamini–Hochberg adjustment across sectors, a permutation test over
sentences and the smallest effect it could detect; the rate difference with a bootstrap interval
over sentences), :func:`sector_cooccurrence` (sentences mentioning two sectors),
:func:`sector_by_side` (who voices which sector); :func:`sector_tables` gives them all. The formulas
are in :mod:`framing.stats.measures`.

Examples
--------
>>> import pandas as pd
>>> from framing.tokens import tokenize
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
...                      "text": ["Energy ties grew.", "Energy and oil trade grew."]})
>>> mentions = pd.DataFrame({"doc_id": ["a", "b", "b"], "period": ["p1", "p2", "p2"],
...                          "sector": ["energy", "energy", "oil_gas"], "sentence_id": [0, 0, 0],
...                          "side": ["narrator"] * 3, "rel_position": [0.0, 0.0, 0.42]})
>>> s = sector_summary(mentions, tokenize(docs))
>>> s[s["count"] > 0][["period", "sector", "count", "n_tokens"]].values.tolist()
[['p1', 'energy', 1, 3], ['p2', 'energy', 1, 5], ['p2', 'oil_gas', 1, 5]]
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_int, require_columns
from framing.stats.measures import (
    benjamini_hochberg,
    bootstrap_rate_difference,
    fisher_exact_2x2,
    mde_odds_ratio,
    mde_rate_ratio,
    permutation_test_units,
    round_table,
)

__all__ = [
    "sector_summary",
    "sector_period_difference",
    "sector_cooccurrence",
    "sector_by_side",
    "sector_tables",
    "SUMMARY_COLUMNS",
    "DIFFERENCE_COLUMNS",
]

#: The context of a mention naming a field of cooperation with the partner
#: (:func:`framing.context.mention_context`).
COOPERATION = "cooperation"

#: Columns of :func:`sector_summary` after the group column(s).
SUMMARY_COLUMNS = [
    "sector",
    "label",
    "count",
    "n_tokens",
    "rate_per_1000",
    "share",
    "first_position",
    "n_sectors",
]

#: Columns of :func:`sector_period_difference`.
DIFFERENCE_COLUMNS = [
    "sector",
    "label",
    "target",
    "reference",
    "context",
    "count_target",
    "count_reference",
    "sentences_target",
    "sentences_reference",
    "n_tokens_target",
    "n_tokens_reference",
    "rate_target",
    "rate_reference",
    "rate_diff",
    "rate_ci_low",
    "rate_ci_high",
    "rate_ratio",
    "rate_odds_ratio",
    "rate_p",
    "rate_p_adjusted",
    "rate_cluster_p",
    "mde_rate_ratio_low",
    "mde_rate_ratio_high",
    "mentions_target",
    "mentions_reference",
    "share_target",
    "share_reference",
    "share_diff",
    "share_odds_ratio",
    "share_p",
    "share_p_adjusted",
    "share_cluster_p",
    "mde_share_odds_ratio_low",
    "mde_share_odds_ratio_high",
    "too_small",
    "note",
]


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------


def _lexicon(lexicon):
    """A lexicon object (``.sectors``, ``.label(sector)``) from a Lexicon, a path or None."""
    if lexicon is None or isinstance(lexicon, str | os.PathLike):
        from framing.lexicons import load_lexicon

        return load_lexicon(lexicon)
    if hasattr(lexicon, "sectors") and callable(getattr(lexicon, "label", None)):
        return lexicon
    raise AnalysisError(
        "lexicon", f"expected a Lexicon, a path or None, got {type(lexicon).__name__}"
    )


def _plain(mentions: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """The mentions with identifying columns as plain str (categoricals compare by value)."""
    m = mentions.copy()
    for c in dict.fromkeys(("doc_id", "sector", "side", "speaker", *columns)):
        if c in m:
            m[c] = m[c].astype(str)
    return m


def _check_by(table: pd.DataFrame, by, where: str) -> None:
    if not isinstance(by, str) or by not in table.columns:
        raise AnalysisError(
            f"by={by!r}", f"not a column of {where} ({', '.join(map(str, table.columns))})"
        )


def _labels(values: Iterable, order) -> list[str]:
    """Groups in order of first appearance, or ``order`` when given."""
    if order is None:
        return [str(v) for v in dict.fromkeys(values)]
    if isinstance(order, str) or not isinstance(order, Iterable):
        raise AnalysisError("order", f"expected a list of group values, got {order!r}")
    labels = [str(v) for v in order]
    if len(set(labels)) != len(labels):
        raise AnalysisError("order", "lists a group twice")
    return labels


def column_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a column and its distinct values as str (code -> value); a categorical
    column's own codes, so nothing is built per row."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        names = values.cat.categories.astype(str).to_numpy(dtype=object)
        if (codes < 0).any():  # a missing value reads "nan", as astype(str) gives it
            codes = np.where(codes < 0, len(names), codes)
            names = np.append(names, "nan")
        return codes, names
    codes, uniques = pd.factorize(values.astype(str).to_numpy(dtype=object))
    return codes, np.asarray(uniques, dtype=object)


def _first_rows(tokens: pd.DataFrame) -> np.ndarray:
    """Positions of each document's first row, documents in order of first appearance."""
    codes, _ = column_codes(tokens["doc_id"])
    return pd.Series(codes).drop_duplicates().index.to_numpy()


def document_groups(tokens: pd.DataFrame, by: str) -> dict[str, str]:
    """doc_id -> value of ``by``, documents in order of first appearance in ``tokens``."""
    first = _first_rows(tokens)
    ids = tokens["doc_id"].iloc[first].astype(str).to_numpy(dtype=object)
    groups = tokens[by].iloc[first].astype(str).to_numpy(dtype=object)
    return dict(zip(ids, groups, strict=True))


def _doc_tokens(tokens: pd.DataFrame) -> dict[str, int]:
    """doc_id (str) -> its non-punctuation tokens (documents without any are left out)."""
    codes, names = column_codes(tokens["doc_id"])
    words = codes[~tokens["is_punct"].to_numpy(dtype=bool)]
    n = np.bincount(words, minlength=len(names))
    return {names[i]: int(n[i]) for i in np.flatnonzero(n)}


def _sentence_tokens(tokens: pd.DataFrame) -> pd.DataFrame:
    """Non-punctuation tokens per sentence: doc_id (str), sentence_id, n_tokens.

    These are the units the bootstrap resamples, sorted by ``doc_id`` (as text) then
    ``sentence_id``, so the draws do not depend on the row order or the dtype of the table. A
    sentence of punctuation only is not a unit.
    """
    words = ~tokens["is_punct"].to_numpy(dtype=bool)
    codes, names = column_codes(tokens["doc_id"])
    by_text = np.argsort(names, kind="stable")  # documents sorted as text, on codes not rows
    rank = np.empty(len(names), dtype=np.int64)
    rank[by_text] = np.arange(len(names))
    sid = tokens["sentence_id"].to_numpy()[words]
    out = (
        pd.DataFrame({"doc": rank[codes[words]], "sentence_id": sid})
        .groupby(["doc", "sentence_id"], sort=True)
        .size()
        .rename("n_tokens")
        .reset_index()
    )
    out.insert(0, "doc_id", names[by_text][out["doc"].to_numpy()])
    return out[["doc_id", "sentence_id", "n_tokens"]]


# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------


def sector_summary(
    mentions: pd.DataFrame,
    tokens: pd.DataFrame,
    *,
    by: str = "period",
    lexicon=None,
    order=None,
    context=None,
) -> pd.DataFrame:
    """Sector counts, rates, shares and first positions per document or per group of documents.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sector``,
        ``rel_position``).
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`; uses ``doc_id``, ``is_punct`` and the ``by``
        column): its documents, their groups and their sizes.
    by : str, default="period"
        Column of ``tokens`` grouping the documents; "doc_id" gives one group per document.
    lexicon : Lexicon or path, default=None
        Gives the sector list and labels (every sector gets a row, zero counts included); None: the
        packaged lexicon.
    order : list of str, default=None
        The groups to report, in this order (a group without tokens gets zero rows); None: every
        group, in order of first appearance in ``tokens``.
    context : str or list of str, default=None
        Count only the mentions of this ``context`` (:func:`framing.context.mention_context`:
        "cooperation", "domestic", "other"); None: every mention. Rates stay per token of the
        group; shares become shares of the kept mentions.

    Returns
    -------
    pandas.DataFrame
        One row per group x sector (lexicon order). Columns: ``doc_id`` and ``period`` when
        ``by="doc_id"`` (``period`` if ``tokens`` has it), else the ``by`` column; then ``sector``,
        ``label``, ``count`` (mentions), ``n_tokens`` (non-punctuation tokens of the group),
        ``rate_per_1000`` (count / n_tokens * 1000), ``share`` (count / all mentions of the group;
        NaN if the group has none), ``first_position`` (relative position 0-1 of the sector's first
        mention in the document; per group the mean over the group's documents that mention it;
        NaN if none), ``n_sectors`` (distinct sectors mentioned in the group).

    See Also
    --------
    framing.find_sector_mentions : the mentions table.
    framing.kwic : the mentions in context.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Energy ties grew.", "Energy and oil trade grew."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "b", "b"], "sector": ["energy", "energy", "oil_gas"],
    ...                          "rel_position": [0.0, 0.0, 0.42]})
    >>> s = sector_summary(mentions, tokenize(docs), by="doc_id")
    >>> s[s["count"] > 0][["doc_id", "period", "sector", "share"]].values.tolist()
    [['a', 'p1', 'energy', 1.0], ['b', 'p2', 'energy', 0.5], ['b', 'p2', 'oil_gas', 0.5]]
    """
    require_columns(mentions, ["doc_id", "sector", "rel_position"], "mentions")
    require_columns(tokens, ["doc_id", "is_punct"], "tokens")
    _check_by(tokens, by, "tokens")
    lex = _lexicon(lexicon)
    sectors = list(lex.sectors)
    m, _ = _in_context(_plain(mentions), context)
    ntok = _doc_tokens(tokens)
    # (doc, sector) -> count and first position, read per document (no lookup per group x sector)
    counts = m.groupby(["doc_id", "sector"]).size()
    first = m.groupby(["doc_id", "sector"])["rel_position"].min().reindex(counts.index)
    known = set(sectors)
    per_doc: dict[str, list] = {}
    for (d, sec), c, fp in zip(counts.index, counts.to_numpy(), first.to_numpy(), strict=True):
        if sec in known:
            per_doc.setdefault(d, []).append((sec, int(c), float(fp)))
    rows = []
    if by == "doc_id":
        with_period = "period" in tokens.columns
        period_of = document_groups(tokens, "period") if with_period else {}
        doc_ids = _labels(document_groups(tokens, "doc_id"), order)
        for doc_id in doc_ids:
            n = int(ntok.get(doc_id, 0))
            c = dict.fromkeys(sectors, 0)
            fp = dict.fromkeys(sectors, np.nan)
            for sec, k, pos in per_doc.get(doc_id, ()):
                c[sec], fp[sec] = k, pos
            group = (doc_id, period_of.get(doc_id, "")) if with_period else (doc_id,)
            rows.extend(_summary_rows(group, c, n, fp, lex))
        cols = (
            ["doc_id", "period", *SUMMARY_COLUMNS] if with_period else ["doc_id", *SUMMARY_COLUMNS]
        )
    else:
        members_of: dict[str, list[str]] = {}
        for d, g in document_groups(tokens, by).items():
            members_of.setdefault(g, []).append(d)
        for group in _labels(members_of, order):
            members = members_of.get(group, [])
            n = int(sum(int(ntok.get(d, 0)) for d in members))
            c = dict.fromkeys(sectors, 0)
            vals: dict[str, list[float]] = {sec: [] for sec in sectors}
            for d in members:  # first positions in document order, as np.mean had them
                for sec, k, pos in per_doc.get(d, ()):
                    c[sec] += k
                    vals[sec].append(pos)
            fp = {sec: float(np.mean(v)) if v else np.nan for sec, v in vals.items()}
            rows.extend(_summary_rows((group,), c, n, fp, lex))
        cols = [by, *SUMMARY_COLUMNS]
    out = pd.DataFrame.from_records(rows, columns=cols)
    out["count"] = out["count"].astype("int64")
    out["n_tokens"] = out["n_tokens"].astype("int64")
    out["n_sectors"] = out["n_sectors"].astype("int64")
    return out


def _summary_rows(group: tuple, counts: dict, n_tokens: int, first: dict, lex):
    total = sum(counts.values())
    n_sectors = sum(1 for v in counts.values() if v > 0)
    for s in lex.sectors:
        c = counts[s]
        rate = c / n_tokens * 1000 if n_tokens else np.nan
        share = c / total if total else np.nan
        yield (*group, s, lex.label(s), c, n_tokens, rate, share, first[s], n_sectors)


# ---------------------------------------------------------------------------------------------
# Target against reference
# ---------------------------------------------------------------------------------------------


def sector_period_difference(
    mentions: pd.DataFrame,
    tokens: pd.DataFrame,
    *,
    target,
    reference,
    by: str = "period",
    n_boot: int = 2000,
    n_perm: int = 9999,
    random_state: int = 0,
    min_count: int = 5,
    context=None,
    lexicon=None,
) -> pd.DataFrame:
    """Each sector in two groups of documents: two exact tests, a test that keeps sentences whole,
    the adjustment across sectors and the smallest difference each test could detect.

    Two questions, two tests (both Fisher's exact test, :func:`framing.stats.measures.fisher_exact_2x2`,
    two-sided):

    * **share test** — does the sector take a larger part of the group's sector mentions? This
      sector against the other sector mentions, by group: ``[[a, A - a], [c, C - c]]`` with ``a``,
      ``c`` the sector's mentions and ``A``, ``C`` all sector mentions of the target and the
      reference; effect size ``share_odds_ratio`` = ``a (C - c) / ((A - a) c)``.
    * **rate test** — is the sector mentioned more often per token? Mentions against tokens:
      ``[[a, n_t - a], [c, n_r - c]]`` with ``n_t``, ``n_r`` the groups' tokens; effect sizes
      ``rate_ratio`` = ``(a / n_t) / (c / n_r)`` and the table's ``rate_odds_ratio``.

    Each p is adjusted across the sectors mentioned in either group (Benjamini–Hochberg,
    ``*_p_adjusted``): with 16 sectors, one p below 0.05 is expected by chance. Fisher treats
    mentions as independent, but they cluster in sentences (a list of six sectors is one sentence),
    so ``rate_cluster_p`` and ``share_cluster_p`` repeat both comparisons with a permutation test
    over sentences (:func:`framing.stats.measures.permutation_test_units`: whole sentences are
    reassigned between the groups). Beside each test, the smallest effect it could detect with 80%
    power at the 5% level, given the counts (exact conditional power:
    :func:`framing.stats.measures.mde_odds_ratio`, :func:`framing.stats.measures.mde_rate_ratio`):
    a true ratio between ``*_low`` and ``*_high`` would most likely go unseen, so a null result
    reads "could not detect a ratio between low and high", never "no difference".

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sentence_id``,
        ``sector``, and ``context`` when ``context`` is given).
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`; uses ``doc_id``, ``sentence_id``, ``is_punct`` and
        the ``by`` column). Its non-punctuation tokens per sentence are the units of the bootstrap
        and of the permutations.
    target, reference : str
        Values of ``by``; differences are target minus reference. Required (the study file names
        them).
    by : str, default="period"
        Column of ``tokens`` grouping the documents.
    n_boot : int, default=2000
        Bootstrap resamples of the rate difference's interval.
    n_perm : int, default=9999
        Permutations of the sentence-level tests.
    random_state : int, default=0
        Seed of the bootstrap and of the permutations (numpy Generators).
    min_count : int, default=5
        A sector is ``too_small`` when both counts are below this.
    context : str or list of str, default=None
        Keep only the mentions with this ``context`` (:func:`framing.context.mention_context`:
        "cooperation", "domestic", "other"); None: every mention. Shares are then shares of the
        kept mentions; rates stay per token.
    lexicon : Lexicon or path, default=None
        Sector list and labels; None: the packaged lexicon.

    Returns
    -------
    pandas.DataFrame
        One row per sector, columns :data:`DIFFERENCE_COLUMNS`:

        * ``sector``, ``label``, ``target``, ``reference``, ``context`` ("all" or the contexts
          kept, ";"-joined);
        * ``count_*`` (the sector's mentions), ``sentences_*`` (sentences mentioning it),
          ``n_tokens_*`` (non-punctuation tokens), ``mentions_*`` (all sector mentions of the
          group);
        * rate test: ``rate_*`` (per 1,000 tokens), ``rate_diff`` (target - reference),
          ``rate_ci_low``/``rate_ci_high`` (95 % percentile bootstrap interval of ``rate_diff``,
          sentences resampled within each group:
          :func:`framing.stats.measures.bootstrap_rate_difference`), ``rate_ratio``,
          ``rate_odds_ratio``, ``rate_p``, ``rate_p_adjusted``, ``rate_cluster_p``,
          ``mde_rate_ratio_low``, ``mde_rate_ratio_high``;
        * share test: ``share_*`` (of the group's sector mentions), ``share_diff``,
          ``share_odds_ratio``, ``share_p``, ``share_p_adjusted``, ``share_cluster_p``,
          ``mde_share_odds_ratio_low``, ``mde_share_odds_ratio_high``;
        * ``too_small`` (both counts below ``min_count``), ``note`` (the reading in words).

        Floats are rounded to 12 significant digits
        (:func:`framing.stats.measures.round_significant`), so the table is the same on every
        machine. A sector never mentioned in either group is no test: its p-values are NaN.

    Raises
    ------
    AnalysisError
        ``target`` or ``reference`` not a value of ``by``, or the two equal; ``context`` without a
        ``context`` column.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Energy ties grew.", "Energy and oil trade grew."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "b", "b"], "sentence_id": [0, 0, 0],
    ...                          "sector": ["energy", "energy", "oil_gas"]})
    >>> d = sector_period_difference(mentions, tokenize(docs), target="p2", reference="p1",
    ...                              n_boot=100, n_perm=99).set_index("sector")
    >>> d.loc[["oil_gas"], ["count_target", "count_reference", "rate_diff", "too_small"]].values.tolist()
    [[1, 0, 200.0, True]]
    >>> d.loc["oil_gas", ["share_p", "rate_p"]].tolist()
    [1.0, 1.0]
    """
    require_columns(mentions, ["doc_id", "sentence_id", "sector"], "mentions")
    require_columns(tokens, ["doc_id", "sentence_id", "is_punct"], "tokens")
    _check_by(tokens, by, "tokens")
    check_int("min_count", min_count, minimum=0)
    check_int("n_perm", n_perm, minimum=1)
    lex = _lexicon(lexicon)
    group_of = document_groups(tokens, by)
    known = list(dict.fromkeys(group_of.values()))
    for name, value in (("target", target), ("reference", reference)):
        if str(value) not in known:
            raise AnalysisError(
                f"{name}={value!r}", f"not a value of {by} (have: {', '.join(known) or 'none'})"
            )
    if str(target) == str(reference):
        raise AnalysisError(f"target={target!r}", "is also the reference")
    m, context_label = _in_context(_plain(mentions), context)
    m_group = m["doc_id"].map(group_of)
    sent = _sentence_tokens(tokens)
    sent_group = sent["doc_id"].map(group_of)
    sectors = list(lex.sectors)
    col = {s: i for i, s in enumerate(sectors)}

    def group_arrays(group):
        units = sent[(sent_group == str(group)).to_numpy()].reset_index(drop=True)
        sub = m[(m_group == str(group)).to_numpy()]
        where = pd.MultiIndex.from_arrays(
            [units["doc_id"].to_numpy(dtype=object), units["sentence_id"].to_numpy(dtype=np.int64)]
        ).get_indexer(
            pd.MultiIndex.from_arrays(
                [sub["doc_id"].to_numpy(dtype=object), sub["sentence_id"].to_numpy(dtype=np.int64)]
            )
        )
        sector = sub["sector"].map(col).to_numpy(dtype=float)
        ok = (where >= 0) & ~np.isnan(sector)
        counts = np.zeros((len(units), len(sectors)), dtype=np.int64)
        np.add.at(counts, (where[ok], sector[ok].astype(np.int64)), 1)
        return counts, units["n_tokens"].to_numpy(dtype=np.int64)

    ct, nt = group_arrays(target)
    cr, nr = group_arrays(reference)
    lo, hi = bootstrap_rate_difference(ct, nt, cr, nr, n_boot=n_boot, random_state=random_state)
    rate_cluster, share_cluster = permutation_test_units(
        ct, nt, cr, nr, n_perm=n_perm, random_state=random_state
    )
    tot_t, tot_r = int(nt.sum()), int(nr.sum())
    all_t, all_r = int(ct.sum()), int(cr.sum())
    rows = []
    for s in sectors:
        j = col[s]
        a, c = int(ct[:, j].sum()), int(cr[:, j].sum())
        rate_t = a / tot_t * 1000 if tot_t else np.nan
        rate_r = c / tot_r * 1000 if tot_r else np.nan
        share_t = a / all_t if all_t else np.nan
        share_r = c / all_r if all_r else np.nan
        tested = a + c > 0
        rate_or, rate_p = fisher_exact_2x2(a, tot_t - a, c, tot_r - c)
        share_or, share_p = fisher_exact_2x2(a, all_t - a, c, all_r - c)
        rate_mde = mde_rate_ratio(tot_t, tot_r, a + c)
        share_mde = mde_odds_ratio(all_t, all_r, a + c)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.float64(rate_t) / np.float64(rate_r) if tested else np.nan
        rows.append(
            {
                "sector": s,
                "label": lex.label(s),
                "target": str(target),
                "reference": str(reference),
                "context": context_label,
                "count_target": a,
                "count_reference": c,
                "sentences_target": int((ct[:, j] > 0).sum()),
                "sentences_reference": int((cr[:, j] > 0).sum()),
                "n_tokens_target": tot_t,
                "n_tokens_reference": tot_r,
                "rate_target": rate_t,
                "rate_reference": rate_r,
                "rate_diff": rate_t - rate_r,
                "rate_ci_low": float(lo[j]),
                "rate_ci_high": float(hi[j]),
                "rate_ratio": float(ratio),
                "rate_odds_ratio": rate_or if tested else np.nan,
                "rate_p": rate_p if tested else np.nan,
                "rate_cluster_p": float(rate_cluster[j]) if tested else np.nan,
                "mde_rate_ratio_low": rate_mde[0],
                "mde_rate_ratio_high": rate_mde[1],
                "mentions_target": all_t,
                "mentions_reference": all_r,
                "share_target": share_t,
                "share_reference": share_r,
                "share_diff": share_t - share_r,
                "share_odds_ratio": share_or if tested else np.nan,
                "share_p": share_p if tested else np.nan,
                "share_cluster_p": float(share_cluster[j]) if tested else np.nan,
                "mde_share_odds_ratio_low": share_mde[0],
                "mde_share_odds_ratio_high": share_mde[1],
                "too_small": a < min_count and c < min_count,
            }
        )
    out = pd.DataFrame.from_records(rows)
    for test in ("rate", "share"):
        p = out[f"{test}_p"].to_numpy(dtype=float)
        adjusted = np.full(len(p), np.nan)
        ok = ~np.isnan(p)
        adjusted[ok] = benjamini_hochberg(p[ok])
        out[f"{test}_p_adjusted"] = adjusted
    n_tests = int(out["rate_p"].notna().sum())
    out["note"] = [_difference_note(r, min_count, n_tests) for r in out.itertuples(index=False)]
    return round_table(out[DIFFERENCE_COLUMNS])


def _difference_note(r, min_count: int, n_tests: int) -> str:
    """The reading of one row of :func:`sector_period_difference` in words."""

    def bounds(low, high, what):
        if low == 0 and math.isinf(high):
            return f"no {what} detectable with these counts"
        if low == 0:
            return f"only a {what} above {high:.3g} detectable"
        return f"could not detect a {what} between {low:.2g} and {high:.3g}"

    rate = bounds(r.mde_rate_ratio_low, r.mde_rate_ratio_high, "rate ratio")
    share = bounds(r.mde_share_odds_ratio_low, r.mde_share_odds_ratio_high, "share odds ratio")
    if r.too_small:
        return f"too few mentions (both counts < {min_count}): no conclusion; {rate} (80% power)"
    adjusted = [(t, p) for t, p in (("share", r.share_p_adjusted), ("rate", r.rate_p_adjusted)) if p < 0.05]
    if adjusted:
        return "; ".join(f"{t} test: differs beyond chance (BH-adjusted p = {p:.3f})" for t, p in adjusted)
    for t, p, q, c, b in (
        ("share", r.share_p, r.share_p_adjusted, r.share_cluster_p, share),
        ("rate", r.rate_p, r.rate_p_adjusted, r.rate_cluster_p, rate),
    ):
        if p < 0.05:
            return (
                f"{t} test p = {p:.3f} unadjusted only (BH-adjusted over {n_tests} sectors: {q:.2f}; "
                f"sentence permutation p = {c:.2f}); {b} (80% power)"
            )
    return f"compatible with chance; {rate}, {share} (80% power)"


def _in_context(mentions: pd.DataFrame, context) -> tuple[pd.DataFrame, str]:
    """The mentions of the given context(s) and the label of the selection ("all" for None)."""
    if context is None:
        return mentions, "all"
    wanted = [str(c) for c in ([context] if isinstance(context, str) else context)]
    if not wanted:
        raise AnalysisError("context", "give at least one context (or None for every mention)")
    if "context" not in mentions.columns:
        raise AnalysisError(
            f"context={context!r}",
            "the mentions have no 'context' column (framing.context.mention_context adds it)",
        )
    return mentions[mentions["context"].astype(str).isin(wanted)], ";".join(wanted)


# ---------------------------------------------------------------------------------------------
# Co-occurrence and sides
# ---------------------------------------------------------------------------------------------


def _sector_list(lex, m: pd.DataFrame) -> list[str]:
    """The lexicon's sectors, then any other sector of the mentions (sorted)."""
    return list(lex.sectors) + sorted(set(m["sector"]) - set(lex.sectors))


def sector_cooccurrence(
    mentions: pd.DataFrame, *, by: str | None = None, lexicon=None, order=None
) -> pd.DataFrame:
    """How many sentences mention both of two sectors.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sentence_id``,
        ``sector`` and the ``by`` column).
    by : str, default=None
        Count per value of this column (added as the first column); None: over all mentions.
    lexicon : Lexicon or path, default=None
        Sector list and order (None: the packaged lexicon), plus any other sector in ``mentions``.
    order : list of str, default=None
        With ``by``: the groups to report, in this order; None: in order of first appearance.

    Returns
    -------
    pandas.DataFrame
        Long table over every ordered pair of sectors (symmetric): [``by``,] ``sector_a``,
        ``sector_b``, ``n_sentences`` (sentences, identified by doc_id + sentence_id, that mention
        both; on the diagonal, the sentences that mention the sector).

    Examples
    --------
    >>> import pandas as pd
    >>> mentions = pd.DataFrame({"doc_id": ["a", "b", "b"], "sentence_id": [0, 0, 0],
    ...                          "sector": ["energy", "energy", "oil_gas"]})
    >>> co = sector_cooccurrence(mentions).set_index(["sector_a", "sector_b"])["n_sentences"]
    >>> int(co[("energy", "energy")]), int(co[("energy", "oil_gas")])
    (2, 1)
    """
    require_columns(mentions, ["doc_id", "sentence_id", "sector"], "mentions")
    if by is not None:
        _check_by(mentions, by, "mentions")
    lex = _lexicon(lexicon)
    m = _plain(mentions, *([by] if by else []))
    sectors = _sector_list(lex, m)
    if by is None:
        groups = [(None, m)]
    else:
        groups = [(g, m[m[by] == g]) for g in _labels(m[by], order)]
    rows = []
    for group, part in groups:
        # each sentence's distinct sectors joined with themselves: one row per ordered pair
        present = part[["doc_id", "sentence_id", "sector"]].drop_duplicates()
        both = present.merge(present, on=["doc_id", "sentence_id"], suffixes=("_a", "_b"))
        counted = both.groupby(["sector_a", "sector_b"], sort=False).size()
        pairs = dict(zip(counted.index, counted.to_numpy().tolist(), strict=True))
        for a in sectors:
            for b in sectors:
                row = (a, b, pairs.get((a, b), 0))
                rows.append(row if by is None else (group, *row))
    cols = ["sector_a", "sector_b", "n_sentences"]
    out = pd.DataFrame.from_records(rows, columns=cols if by is None else [by, *cols])
    out["n_sentences"] = out["n_sentences"].astype("int64")
    return out


def sector_by_side(
    mentions: pd.DataFrame,
    *,
    by: str = "period",
    lexicon=None,
    sides: Iterable[str] | None = None,
    order=None,
) -> pd.DataFrame:
    """Mentions per group x side x sector (who frames which sector).

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``side``, ``sector`` and the
        ``by`` column).
    by : str, default="period"
        Column of ``mentions`` grouping the documents.
    lexicon : Lexicon or path, default=None
        Sector list and order (None: the packaged lexicon), plus any other sector in ``mentions``.
    sides : list of str, default=None
        Side ids, in the order wanted (the study's sides); None: the sides of ``mentions`` in order
        of first appearance, then the sides every study has (:data:`framing.config.SPECIAL_SIDES`:
        both sides together, the narrator), present or not.
    order : list of str, default=None
        The groups to report, in this order; None: in order of first appearance in ``mentions``.

    Returns
    -------
    pandas.DataFrame
        Columns ``by`` (default ``period``), ``side``, ``sector``, ``count``: every combination of
        the groups, the sides and the sectors, zeros included.

    Examples
    --------
    >>> import pandas as pd
    >>> mentions = pd.DataFrame({"period": ["p1", "p2", "p2"], "side": ["x", "y", "x"],
    ...                          "sector": ["energy", "energy", "oil_gas"]})
    >>> t = sector_by_side(mentions)
    >>> list(dict.fromkeys(t["side"]))
    ['x', 'y', 'joint', 'narrator']
    >>> t[t["count"] > 0].values.tolist()
    [['p1', 'x', 'energy', 1], ['p2', 'x', 'oil_gas', 1], ['p2', 'y', 'energy', 1]]
    """
    require_columns(mentions, ["side", "sector"], "mentions")
    _check_by(mentions, by, "mentions")
    lex = _lexicon(lexicon)
    m = _plain(mentions, by)
    if sides is None:
        from framing.config import SPECIAL_SIDES

        seen = [s for s in dict.fromkeys(m["side"]) if s not in SPECIAL_SIDES]
        side_ids = [*seen, *SPECIAL_SIDES]
    else:
        side_ids = [str(s) for s in ([sides] if isinstance(sides, str) else sides)]
    sectors = _sector_list(lex, m)
    counts = m.groupby([by, "side", "sector"]).size()
    rows = [
        (g, side, s, int(counts.get((g, side, s), 0)))
        for g in _labels(m[by], order)
        for side in side_ids
        for s in sectors
    ]
    out = pd.DataFrame.from_records(rows, columns=[by, "side", "sector", "count"])
    out["count"] = out["count"].astype("int64")
    return out


def sector_tables(
    mentions: pd.DataFrame,
    tokens: pd.DataFrame,
    *,
    target,
    reference,
    by: str = "period",
    random_state: int = 0,
    lexicon=None,
) -> dict[str, pd.DataFrame]:
    """Every sector table of a study, keyed by its file stem in ``data/processed/``.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`).
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`).
    target, reference : str or None
        Groups compared by :func:`sector_period_difference`; both None: no comparison (a corpus with
        one group), the difference table is empty with its columns.
    by : str, default="period"
        Column grouping the documents.
    random_state : int, default=0
        Seed of the bootstrap in the difference.
    lexicon : Lexicon or path, default=None
        Sector list and labels; None: the packaged lexicon.

    Returns
    -------
    dict of str -> pandas.DataFrame
        "sector-mentions" (``mentions`` as given), "sector-summary-by-document" and
        "sector-summary-by-period" (:func:`sector_summary` by document and by ``by``),
        "sector-period-difference" (:func:`sector_period_difference`),
        "sector-period-difference-cooperation" (the same over the mentions whose ``context`` is
        "cooperation"; only when ``mentions`` has a ``context`` column), "sector-cooccurrence"
        (:func:`sector_cooccurrence` per group), "sector-by-side" (:func:`sector_by_side`).

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.tokens import tokenize
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Energy ties grew.", "Energy and oil trade grew."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                          "sector": ["energy", "energy"], "sentence_id": [0, 0],
    ...                          "side": ["narrator"] * 2, "rel_position": [0.0, 0.0]})
    >>> tables = sector_tables(mentions, tokenize(docs), target="p2", reference="p1")
    >>> list(tables)[1:3]
    ['sector-summary-by-document', 'sector-summary-by-period']
    """
    lex = _lexicon(lexicon)
    tables = {
        "sector-mentions": mentions,
        "sector-summary-by-document": sector_summary(mentions, tokens, by="doc_id", lexicon=lex),
        "sector-summary-by-period": sector_summary(mentions, tokens, by=by, lexicon=lex),
    }
    if target is None and reference is None:
        tables["sector-period-difference"] = pd.DataFrame(columns=DIFFERENCE_COLUMNS)
    else:
        tables["sector-period-difference"] = sector_period_difference(
            mentions,
            tokens,
            target=target,
            reference=reference,
            by=by,
            random_state=random_state,
            lexicon=lex,
        )
        if "context" in mentions.columns:
            tables["sector-period-difference-cooperation"] = sector_period_difference(
                mentions,
                tokens,
                target=target,
                reference=reference,
                by=by,
                random_state=random_state,
                context=COOPERATION,
                lexicon=lex,
            )
    tables["sector-cooccurrence"] = sector_cooccurrence(mentions, by=by, lexicon=lex)
    tables["sector-by-side"] = sector_by_side(mentions, by=by, lexicon=lex)
    return tables
