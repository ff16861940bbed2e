"""Change over time: each sector's (or any term's) course over the groups, with exact intervals.

The groups are the analysis's (periods by date, named groups in the study file's order; pass
``order=analysis.groups``), or single reports (``by="doc_id"``). Three tables:

* :func:`sector_trend`: per group and sector, the count of mentions, its **share** of the group's
  sector mentions with a Wilson score interval (Wilson 1927; the default, recommended for small
  counts by Brown, Cai & DasGupta 2001) or the exact Clopper–Pearson interval (Clopper & Pearson
  1934), and its **rate** per 1,000 tokens with the exact Poisson interval of Garwood (1936);
* :func:`sector_presence`: per sector, the first and the last group that mentions it, the longest
  run of groups without it (anywhere, and between its first and last appearance), and a one-word
  reading (persistent, new, dropped, episode, intermittent, never);
* :func:`term_trend`: the same course for any word or phrase, matched on folded keys as
  :func:`framing.concordance.kwic` matches (case, diacritics, apostrophes, hyphen-vs-space and plural
  endings do not matter), read from the tokens table (never the raw text).

The intervals treat each mention (or token) as an independent trial. Mentions cluster in sentences,
so with short texts read them as a lower bound on the uncertainty, beside the counts.

References: Wilson, E. B. (1927) Probable inference, the law of succession, and statistical
inference, *JASA* 22, 209–212. Clopper, C. J. & Pearson, E. S. (1934) The use of confidence or
fiducial limits illustrated in the case of the binomial, *Biometrika* 26, 404–413. Garwood, F. (1936)
Fiducial limits for the Poisson distribution, *Biometrika* 28, 437–442. Brown, L. D., Cai, T. T. &
DasGupta, A. (2001) Interval estimation for a binomial proportion, *Statistical Science* 16, 101–133.

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
...                      "text": ["Energy ties grew. Energy trade grew.", "Education grew."]})
>>> a = framing.analyse(docs)
>>> t = sector_trend(a.mentions, a.tokens, order=a.groups)
>>> t.query("sector == 'energy'")[["period", "count", "share", "rate_per_1000"]].values.tolist()
[['p1', 2, 0.6666666666666666, 333.3333333333333], ['p2', 0, 0.0, 0.0]]
>>> sector_presence(a.mentions, a.tokens, order=a.groups).set_index("sector").loc["energy", "status"]
'dropped'
>>> term_trend(a.tokens, "grew", order=a.groups)[["period", "count"]].values.tolist()
[['p1', 2], ['p2', 1]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from framing.errors import AnalysisError, check_choice, require_columns

__all__ = [
    "share_interval",
    "rate_interval",
    "sector_trend",
    "sector_presence",
    "presence_table",
    "term_trend",
    "TREND_COLUMNS",
    "PRESENCE_COLUMNS",
    "TERM_TREND_COLUMNS",
]

#: Columns of :func:`sector_trend` after the group column(s).
TREND_COLUMNS = [
    "position",
    "sector",
    "label",
    "count",
    "n_mentions",
    "share",
    "share_low",
    "share_high",
    "n_tokens",
    "rate_per_1000",
    "rate_low",
    "rate_high",
    "n_docs",
    "docs_with",
]
#: Columns of :func:`sector_presence`.
PRESENCE_COLUMNS = [
    "sector",
    "label",
    "count",
    "n_groups",
    "groups_present",
    "first",
    "last",
    "longest_absence",
    "absence_from",
    "absence_to",
    "longest_gap",
    "status",
    "pattern",
]
#: Columns of :func:`term_trend` after the group column(s).
TERM_TREND_COLUMNS = [
    "position",
    "query",
    "count",
    "n_tokens",
    "rate_per_1000",
    "rate_low",
    "rate_high",
    "n_docs",
    "docs_with",
]


# ---------------------------------------------------------------------------------------------
# Intervals
# ---------------------------------------------------------------------------------------------


def share_interval(k, n, *, level: float = 0.95, method: str = "wilson"):
    """Interval for a proportion ``k / n``: Wilson score (default) or exact Clopper–Pearson.

    Wilson (1927): centre ``(p + z²/2n) / (1 + z²/n)``, half-width
    ``z / (1 + z²/n) * sqrt(p (1 - p) / n + z² / 4n²)`` with ``z`` the normal quantile of
    ``1 - (1 - level) / 2``. Clopper & Pearson (1934): the ``(1 - level) / 2`` quantile of
    Beta(k, n - k + 1) and the ``1 - (1 - level) / 2`` quantile of Beta(k + 1, n - k) (0 for
    k = 0, 1 for k = n).

    Parameters
    ----------
    k, n : int or array-like
        Successes and trials; ``n = 0`` gives NaN.
    level : float, default=0.95
        Confidence level.
    method : {"wilson", "exact"}, default="wilson"
        Wilson score, or Clopper–Pearson ("exact").

    Returns
    -------
    (low, high) : numpy arrays (or floats for scalar input)

    Examples
    --------
    Brown, Cai & DasGupta (2001, Table 1 setting): 0 of 20.

    >>> [round(float(v), 4) for v in share_interval(0, 20)]
    [0.0, 0.1611]
    >>> [round(float(v), 4) for v in share_interval(0, 20, method="exact")]
    [0.0, 0.1684]
    >>> [round(float(v), 4) for v in share_interval(3, 10)]
    [0.1078, 0.6032]
    """
    from scipy import stats

    check_choice("method", method, ("wilson", "exact"))
    _check_level(level)
    scalar = np.ndim(k) == 0 and np.ndim(n) == 0
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    alpha = 1 - level
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "wilson":
            z = stats.norm.ppf(1 - alpha / 2)
            p = k / n
            denom = 1 + z**2 / n
            centre = (p + z**2 / (2 * n)) / denom
            half = z / denom * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
            low, high = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
            low = np.where(k == 0, 0.0, low)
            high = np.where(k == n, 1.0, high)
        else:
            low = np.where(k > 0, stats.beta.ppf(alpha / 2, k, n - k + 1), 0.0)
            high = np.where(k < n, stats.beta.ppf(1 - alpha / 2, k + 1, n - k), 1.0)
    empty = n <= 0
    low, high = np.where(empty, np.nan, low), np.where(empty, np.nan, high)
    return (float(low), float(high)) if scalar else (low, high)


def rate_interval(k, exposure, *, level: float = 0.95, per: float = 1000.0):
    """Exact Poisson interval (Garwood 1936) for a rate: ``k`` events in ``exposure`` units.

    The limits for the mean count are ``chi2.ppf(a/2, 2k) / 2`` (0 for k = 0) and
    ``chi2.ppf(1 - a/2, 2k + 2) / 2`` with ``a = 1 - level``; divided by ``exposure`` and
    multiplied by ``per``.

    Parameters
    ----------
    k : int or array-like
        Event counts (mentions).
    exposure : float or array-like
        Units observed (tokens); 0 gives NaN.
    level : float, default=0.95
        Confidence level.
    per : float, default=1000.0
        Rate unit (per 1,000 tokens).

    Returns
    -------
    (low, high) : numpy arrays (or floats for scalar input)

    Examples
    --------
    Garwood's limits for a count of 0 and of 5 (95 %): 0 to 3.689, 1.623 to 11.668.

    >>> [round(float(v), 3) for v in rate_interval(0, 1000)]
    [0.0, 3.689]
    >>> [round(float(v), 3) for v in rate_interval(5, 1000)]
    [1.623, 11.668]
    """
    from scipy import stats

    _check_level(level)
    scalar = np.ndim(k) == 0 and np.ndim(exposure) == 0
    k = np.asarray(k, dtype=float)
    exposure = np.asarray(exposure, dtype=float)
    alpha = 1 - level
    with np.errstate(divide="ignore", invalid="ignore"):
        low = np.where(k > 0, stats.chi2.ppf(alpha / 2, 2 * k) / 2, 0.0)
        high = stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2
        low, high = low / exposure * per, high / exposure * per
    empty = exposure <= 0
    low, high = np.where(empty, np.nan, low), np.where(empty, np.nan, high)
    return (float(low), float(high)) if scalar else (low, high)


def _check_level(level) -> None:
    if not isinstance(level, int | float) or not 0 < float(level) < 1:
        raise AnalysisError(f"level={level!r}", "must be between 0 and 1 (e.g. 0.95)")


# ---------------------------------------------------------------------------------------------
# Groups
# ---------------------------------------------------------------------------------------------


def _group_order(tokens: pd.DataFrame, by: str, order) -> list[str]:
    """The groups: ``order`` when given, else in order of first appearance in ``tokens``."""
    if order is None:
        return [str(g) for g in dict.fromkeys(tokens[by].astype(str))]
    if isinstance(order, str) or not isinstance(order, Iterable):
        raise AnalysisError("order", f"expected a list of groups, got {order!r}")
    groups = [str(g) for g in order]
    if len(set(groups)) != len(groups):
        raise AnalysisError("order", "lists a group twice")
    return groups


def _check_by(tokens: pd.DataFrame, by) -> None:
    if not isinstance(by, str) or by not in tokens.columns:
        raise AnalysisError(
            f"by={by!r}", f"not a column of tokens ({', '.join(map(str, tokens.columns))})"
        )


def _docs_of(tokens: pd.DataFrame, by: str) -> dict[str, list[str]]:
    """group -> its documents (in order of first appearance)."""
    from framing.stats.sectors import document_groups

    out: dict[str, list[str]] = {}
    for d, g in document_groups(tokens, by).items():
        out.setdefault(g, []).append(d)
    return out


# ---------------------------------------------------------------------------------------------
# Sectors
# ---------------------------------------------------------------------------------------------


def sector_trend(
    mentions: pd.DataFrame,
    tokens: pd.DataFrame,
    *,
    by: str = "period",
    order=None,
    lexicon=None,
    level: float = 0.95,
    share_method: str = "wilson",
) -> pd.DataFrame:
    """Each sector's share of mentions and rate per 1,000 tokens in every group, with intervals.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`; uses ``doc_id``, ``sector``,
        ``rel_position``).
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`; uses ``doc_id``, ``is_punct`` and the ``by``
        column): the groups' documents and sizes.
    by : str, default="period"
        Column of ``tokens`` grouping the documents; "doc_id" gives one row per report (with its
        ``period`` when the tokens have one).
    order : sequence of str, default=None
        The groups, in order (pass ``analysis.groups``; with ``by="doc_id"``, the reports); a
        group without tokens gets zero counts. None: in order of first appearance in ``tokens``.
    lexicon : Lexicon or path, default=None
        Sector list, order and labels (None: the packaged lexicon).
    level : float, default=0.95
        Confidence level of the intervals.
    share_method : {"wilson", "exact"}, default="wilson"
        Interval of the share: Wilson score or Clopper–Pearson (:func:`share_interval`).

    Returns
    -------
    pandas.DataFrame
        One row per group x sector (groups in order, sectors in lexicon order), columns: the
        group column(s) as in :func:`framing.stats.sector_summary`, then :data:`TREND_COLUMNS`:
        ``position`` (0-based place of the group in the order), ``count``, ``n_mentions`` (all
        sector mentions of the group), ``share`` = count / n_mentions with ``share_low``,
        ``share_high``; ``n_tokens`` (non-punctuation tokens), ``rate_per_1000`` with the Garwood
        interval ``rate_low``, ``rate_high`` (:func:`rate_interval`); ``n_docs`` (reports in the
        group) and ``docs_with`` (reports that mention the sector).

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"],
    ...                      "text": ["Energy ties grew.", "Trade and energy grew."]})
    >>> a = framing.analyse(docs)
    >>> t = sector_trend(a.mentions, a.tokens, order=a.groups).query("sector == 'energy'")
    >>> t[["period", "count", "n_mentions", "share"]].values.tolist()
    [['p1', 1, 1, 1.0], ['p2', 1, 2, 0.5]]
    >>> [round(v, 1) for v in t["rate_high"]]
    [1857.2, 1392.9]
    """
    from framing.stats.sectors import sector_summary

    require_columns(tokens, ["doc_id", "is_punct"], "tokens")
    require_columns(mentions, ["doc_id", "sector"], "mentions")
    _check_by(tokens, by)
    check_choice("share_method", share_method, ("wilson", "exact"))
    _check_level(level)
    groups = _group_order(tokens, by, order)
    summary = sector_summary(mentions, tokens, by=by, lexicon=lexicon, order=groups)
    key = "doc_id" if by == "doc_id" else by
    summary[key] = summary[key].astype(str)
    n_mentions = summary.groupby(key, sort=False)["count"].transform("sum").astype("int64")
    counts = summary["count"].to_numpy()
    share_low, share_high = share_interval(counts, n_mentions.to_numpy(), level=level,
                                           method=share_method)
    rate_low, rate_high = rate_interval(counts, summary["n_tokens"].to_numpy(), level=level)
    docs_of = _docs_of(tokens, by) if by != "doc_id" else {}
    mentioned = set(zip(mentions["doc_id"].astype(str), mentions["sector"].astype(str), strict=True))
    if by == "doc_id":
        from framing.stats.sectors import document_groups

        n_docs = np.where(summary["doc_id"].isin(set(document_groups(tokens, "doc_id"))), 1, 0)
        docs_with = [int((d, s) in mentioned) for d, s in zip(summary["doc_id"], summary["sector"], strict=True)]
    else:
        n_docs = [len(docs_of.get(g, [])) for g in summary[by]]
        group_of = {d: g for g, members in docs_of.items() for d in members}
        with_sector: dict[tuple[str, str], int] = {}  # (group, sector) -> documents mentioning it
        for d, s in mentioned:
            if d in group_of:
                with_sector[(group_of[d], s)] = with_sector.get((group_of[d], s), 0) + 1
        docs_with = [
            with_sector.get((g, s), 0) for g, s in zip(summary[by], summary["sector"], strict=True)
        ]
    position = {g: i for i, g in enumerate(groups)}
    out = summary.drop(columns=["first_position", "n_sectors"])
    out.insert(out.columns.get_loc("sector"), "position", summary[key].map(position).astype("int64"))
    out = out.assign(
        n_mentions=n_mentions,
        share=np.where(n_mentions > 0, counts / np.maximum(n_mentions, 1), np.nan),
        share_low=share_low,
        share_high=share_high,
        rate_low=rate_low,
        rate_high=rate_high,
        n_docs=np.asarray(n_docs, dtype="int64"),
        docs_with=np.asarray(docs_with, dtype="int64"),
    )
    front = [c for c in out.columns if c not in TREND_COLUMNS]
    return out[front + TREND_COLUMNS].reset_index(drop=True)


def _runs(present: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of False (absences), end exclusive."""
    runs, start = [], None
    for i, p in enumerate([*present, True]):
        if not p and start is None:
            start = i
        elif p and start is not None:
            runs.append((start, i))
            start = None
    return [(a, b) for a, b in runs if a < len(present)]


def _status(present: list[bool]) -> str:
    if not any(present):
        return "never"
    if all(present):
        return "persistent"
    first = present.index(True)
    last = len(present) - 1 - present[::-1].index(True)
    if not all(present[first : last + 1]):
        return "intermittent"
    if first == 0:
        return "dropped"
    if last == len(present) - 1:
        return "new"
    return "episode"


def presence_table(trend: pd.DataFrame, *, by: str = "period") -> pd.DataFrame:
    """:func:`sector_presence` from a :func:`sector_trend` table (its groups in ``position`` order).

    Parameters
    ----------
    trend : pandas.DataFrame
        A :func:`sector_trend` table.
    by : str, default="period"
        Its group column.
    """
    require_columns(trend, [by, "position", "sector", "count"], "sector-trend table")
    tab = trend.sort_values(["position"], kind="stable")
    groups = [str(g) for g in dict.fromkeys(tab[by].astype(str))]
    rows = []
    for sector, part in tab.groupby("sector", sort=False):
        counts = part.set_index(part[by].astype(str))["count"].reindex(groups).fillna(0)
        present = [int(c) > 0 for c in counts]
        runs = _runs(present)
        longest = max(runs, key=lambda r: (r[1] - r[0], -r[0]), default=None)
        if any(present):
            first = present.index(True)
            last = len(present) - 1 - present[::-1].index(True)
            gaps = [b - a for a, b in runs if a > first and b <= last]
        else:
            first = last = None
            gaps = []
        label = part["label"].iat[0] if "label" in part.columns else sector
        rows.append(
            {
                "sector": str(sector),
                "label": label,
                "count": int(counts.sum()),
                "n_groups": len(groups),
                "groups_present": int(sum(present)),
                "first": groups[first] if first is not None else None,
                "last": groups[last] if last is not None else None,
                "longest_absence": (longest[1] - longest[0]) if longest else 0,
                "absence_from": groups[longest[0]] if longest else None,
                "absence_to": groups[longest[1] - 1] if longest else None,
                "longest_gap": max(gaps, default=0),
                "status": _status(present),
                "pattern": "".join("x" if p else "." for p in present),
            }
        )
    out = pd.DataFrame.from_records(rows, columns=PRESENCE_COLUMNS)
    for c in ("count", "n_groups", "groups_present", "longest_absence", "longest_gap"):
        out[c] = out[c].astype("int64")
    return out


def sector_presence(
    mentions: pd.DataFrame, tokens: pd.DataFrame, *, by: str = "period", order=None, lexicon=None
) -> pd.DataFrame:
    """Each sector's first and last appearance over the groups and its longest absence.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`framing.find_sector_mentions`).
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`): the groups (also those without any mention).
    by : str, default="period"
        Column of ``tokens`` grouping the documents ("doc_id": reports).
    order : sequence of str, default=None
        The groups, in order (pass ``analysis.groups``); None: first appearance in ``tokens``.
    lexicon : Lexicon or path, default=None
        Sector list and labels (None: the packaged lexicon).

    Returns
    -------
    pandas.DataFrame
        One row per sector (lexicon order), columns :data:`PRESENCE_COLUMNS`: ``count`` (all
        mentions), ``n_groups``, ``groups_present``, ``first`` and ``last`` (the first and the
        last group that mentions it; empty if none does), ``longest_absence`` (the longest run of
        consecutive groups without a mention, at the start, in between or at the end; ties: the
        earliest) from ``absence_from`` to ``absence_to``; ``longest_gap`` (the longest such run
        between its first and last appearance: an absence it came back from); ``status``:
        "persistent" (every group), "new" (from its first appearance to the last group, without a
        gap), "dropped" (from the first group to its last appearance, without a gap), "episode"
        (a run of groups touching neither end), "intermittent" (gaps) or "never"; ``pattern``
        (one character per group: ``x`` mentioned, ``.`` not).

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": list("abcd"), "period": ["p1", "p2", "p3", "p4"],
    ...                      "text": ["Energy grew.", "Tea grew.", "Tea grew.", "Energy grew."]})
    >>> a = framing.analyse(docs)
    >>> p = sector_presence(a.mentions, a.tokens, order=a.groups).set_index("sector")
    >>> e = p.loc["energy"]
    >>> e["pattern"], e["first"], e["last"], int(e["longest_absence"]), int(e["longest_gap"]), e["status"]
    ('x..x', 'p1', 'p4', 2, 2, 'intermittent')
    """
    trend = sector_trend(mentions, tokens, by=by, order=order, lexicon=lexicon)
    return presence_table(trend, by="doc_id" if by == "doc_id" else by)


# ---------------------------------------------------------------------------------------------
# Terms and phrases
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def _surface_keys(surface: str) -> tuple[str, ...]:
    from framing.lexicons.matching import key_stream

    return tuple(key_stream(surface)[2])


_HYPHENS = frozenset("-\u2010\u2011")


def _doc_keys(surfaces, starts, ends) -> list[str]:
    """The matching keys of one document's tokens (in order), as :func:`key_stream` gives them
    for its text: an entity gives the keys of its words, a hyphenated word one key per part, a
    hyphen joining two words none."""
    keys: list[str] = []
    n = len(surfaces)
    for i in range(n):
        s = surfaces[i]
        if (
            s in _HYPHENS
            and 0 < i < n - 1
            and ends[i - 1] == starts[i]
            and starts[i + 1] == ends[i]
            and surfaces[i - 1][-1:].isalnum()
            and surfaces[i + 1][:1].isalnum()
        ):
            continue
        keys.extend(_surface_keys(s))
    return keys


def _count(keys: list[str], query: tuple[str, ...]) -> int:
    m, first, n = len(query), query[0], 0
    for i, k in enumerate(keys):
        if k == first and tuple(keys[i : i + m]) == query:
            n += 1
    return n


def term_trend(
    tokens: pd.DataFrame, query: str, *, by: str = "period", order=None, level: float = 0.95
) -> pd.DataFrame:
    """How often a word or phrase occurs in each group, rate per 1,000 tokens with its interval.

    The phrase is matched on folded keys, as :func:`framing.concordance.kwic` matches it (case,
    diacritics, apostrophes, hyphen-vs-space and plural endings do not matter: "party-to-party"
    finds "party to party", "Cooperation" finds "cooperations"), over the keys of the tokens
    table, so each count is the number of concordance lines ``kwic`` lists.

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens table (:func:`framing.tokenize`; uses ``doc_id``, ``token_id``, ``start``, ``end``,
        ``surface``, ``is_punct`` and the ``by`` column).
    query : str
        A word or phrase.
    by : str, default="period"
        Column of ``tokens`` grouping the documents ("doc_id": one row per report).
    order : sequence of str, default=None
        The groups, in order (pass ``analysis.groups``); a group without tokens gets zeros.
        None: in order of first appearance in ``tokens``.
    level : float, default=0.95
        Confidence level of the Garwood interval (:func:`rate_interval`).

    Returns
    -------
    pandas.DataFrame
        One row per group: the ``by`` column, then :data:`TERM_TREND_COLUMNS`: ``position``,
        ``query`` (as given), ``count`` (occurrences), ``n_tokens`` (non-punctuation tokens),
        ``rate_per_1000`` with ``rate_low``, ``rate_high``, ``n_docs`` and ``docs_with``
        (reports with at least one occurrence).

    Raises
    ------
    AnalysisError
        A query without words.

    Examples
    --------
    >>> import pandas as pd, framing
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "period": ["p1", "p2"], "text": [
    ...     "Party-to-party cooperation grew.", "Cooperation between the parties grew."]})
    >>> t = term_trend(framing.analyse(docs).tokens, "party to party cooperation")
    >>> t[["period", "count", "n_tokens", "rate_per_1000"]].values.tolist()
    [['p1', 1, 3, 333.3333333333333], ['p2', 0, 5, 0.0]]
    """
    from framing.lexicons.matching import key_stream

    require_columns(tokens, ["doc_id", "start", "end", "surface", "is_punct"], "tokens")
    _check_by(tokens, by)
    _check_level(level)
    q = tuple(key_stream(str(query))[2])
    if not any(any(ch.isalnum() for ch in k) for k in q):
        raise AnalysisError(f"query {query!r}", "has no words to match")
    groups = _group_order(tokens, by, order)
    sort = ["doc_id", "token_id"] if "token_id" in tokens.columns else ["doc_id", "start"]
    tok = tokens.sort_values(sort, kind="stable")
    per_doc: dict[str, int] = {}
    for doc_id, part in tok.groupby(tok["doc_id"].astype(str), sort=False):
        keys = _doc_keys(
            part["surface"].astype(str).tolist(), part["start"].tolist(), part["end"].tolist()
        )
        per_doc[doc_id] = _count(keys, q)
    words = tokens[~tokens["is_punct"].to_numpy(dtype=bool)]
    size = words.groupby(words["doc_id"].astype(str), sort=False).size()
    docs_of = (
        {str(d): [str(d)] for d in dict.fromkeys(tokens["doc_id"].astype(str))}
        if by == "doc_id"
        else _docs_of(tokens, by)
    )
    rows = []
    for i, g in enumerate(groups):
        members = docs_of.get(g, [])
        count = sum(per_doc.get(d, 0) for d in members)
        n_tokens = int(sum(int(size.get(d, 0)) for d in members))
        rows.append(
            {
                by: g,
                "position": i,
                "query": str(query),
                "count": int(count),
                "n_tokens": n_tokens,
                "rate_per_1000": count / n_tokens * 1000 if n_tokens else math.nan,
                "n_docs": len(members),
                "docs_with": sum(per_doc.get(d, 0) > 0 for d in members),
            }
        )
    out = pd.DataFrame.from_records(rows)
    low, high = rate_interval(out["count"].to_numpy(), out["n_tokens"].to_numpy(), level=level)
    out = out.assign(rate_low=low, rate_high=high)
    if by == "doc_id" and "period" in tokens.columns:
        period = dict(zip(tokens["doc_id"].astype(str), tokens["period"].astype(str), strict=False))
        out.insert(1, "period", out["doc_id"].map(period))
    front = [c for c in out.columns if c not in TERM_TREND_COLUMNS]
    out = out[front + TERM_TREND_COLUMNS]
    for c in ("position", "count", "n_tokens", "n_docs", "docs_with"):
        out[c] = out[c].astype("int64")
    return out
