"""Concordances (keyword in context): any word, phrase or pattern, and the lines of sector mentions.

:func:`kwic` finds a query in the folded key stream of every report
(:func:`framing.lexicons.matching.key_stream`, the keys every other count of the project is made of:
case, diacritics, apostrophe and dash styles do not matter, nor a plural ending), so a concordance
line is a match the rest of the project would count. :func:`sector_kwic` lists the mentions of a
sector (:func:`framing.sectors.find_sector_mentions`). Both keep ``doc_id`` and the offsets of each
match, so ``docs.text[start:end]`` is the ``match`` column, and both sort their lines as AntConc does:
by the match, or by the first, second or third word to its left or right, several levels for ties.

Query syntax (:func:`parse_query`)
    ``energy``
        a word; matched on its key, so "Energy", "energies" and "ENERGY" are found, as are acronyms
        ("CPV") and names ("Tô Lâm" or "To Lam").
    ``energ*``, ``*tion``, ``co?operation``
        a glob: ``*`` stands for any characters (none included), ``?`` for exactly one; matched
        against each word token (punctuation is never a match of a pattern).
    ``/coop.*|partner.*/``
        a regular expression between slashes (Python :mod:`re` syntax, case-insensitive), which must
        match a whole word token (``fullmatch``).
    ``oil and gas``, ``"oil and gas"``, ``nuclear energ*``
        a phrase: several words in a row, with or without double quotes; each word may itself be a
        glob or a regular expression.

Patterns (globs, regular expressions) are tested against a token's key (folded, plural ending
removed: "nations" -> "nation") and against its folded form as written ("nations"), and match if either
matches: ``*tion`` and ``*tions`` both find "nations"; write them in lower case without diacritics.

Tables
------
concordance (:func:`kwic`, :func:`sector_kwic`)
    :data:`KWIC_COLUMNS`: doc_id, period, sentence_id, start, end, left, match, right, speaker, side
    (+ ``sector`` for :func:`sector_kwic`).

Examples
--------
>>> import pandas as pd, framing
>>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
...                      "text": ["Energy ties and the energies of youth. Oil and gas exploration."]})
>>> a = framing.analyse(docs)
>>> kwic(a, "energ*", window=1, sort="R1")[["match", "right"]].values.tolist()
[['energies', 'of'], ['Energy', 'ties']]
>>> kwic(a, '"oil and gas"', window=1)[["start", "end", "match"]].values.tolist()
[[39, 50, 'Oil and gas']]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd

from framing.errors import AnalysisError, check_int
from framing.lexicons.matching import key_stream
from framing.lexicons.names import is_word
from framing.normalize import HYPHEN_CHARS, fold

__all__ = ["kwic", "sector_kwic", "parse_query", "Query", "KWIC_COLUMNS", "SORT_LEVELS"]

#: Columns of a concordance, in order (:func:`sector_kwic` adds ``sector``).
KWIC_COLUMNS = [
    "doc_id",
    "period",
    "sentence_id",
    "start",
    "end",
    "left",
    "match",
    "right",
    "speaker",
    "side",
]

#: Sort levels of a concordance (AntConc's): the match, the 1st-3rd word left (L1 nearest) and right.
SORT_LEVELS = ("match", "L1", "L2", "L3", "R1", "R2", "R3")

# a regular expression between slashes (no unescaped slash inside), or any other run of non-spaces
_QUERY_WORDS = re.compile(r"/(?:\\.|[^/\\])+/(?=\s|$)|\S+")
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c"}
_HYPHEN_SPLIT = re.compile("[" + re.escape("".join(HYPHEN_CHARS)) + "]+")


@dataclass(frozen=True)
class Query:
    """A parsed concordance query (:func:`parse_query`).

    Attributes
    ----------
    text : str
        The query as given.
    items : tuple
        One item per token of the phrase: a key (``str``, matched exactly) or a compiled pattern
        (``re.Pattern``, a glob or a regular expression, matched against word tokens only).
    """

    text: str
    items: tuple

    def match_at(self, keys, surface, i: int, hi: int | None = None) -> bool:
        """Whether the phrase matches ``keys[i:hi]`` (``surface(k)``: folded form of token ``k``)."""
        if i + len(self.items) > (len(keys) if hi is None else hi):
            return False
        for j, item in enumerate(self.items):
            k = keys[i + j]
            if isinstance(item, str):
                if k != item:
                    return False
            elif not (is_word(k) and (item.fullmatch(k) or item.fullmatch(surface(i + j)))):
                return False
        return True

    def find(self, keys, surface, lo: int = 0, hi: int | None = None):
        """Start indices of the matches inside ``keys[lo:hi]`` (whole phrase inside), in order."""
        hi = len(keys) if hi is None else hi
        first = self.items[0]
        n = len(self.items)
        for i in range(lo, hi - n + 1):
            if isinstance(first, str) and keys[i] != first:
                continue
            if self.match_at(keys, surface, i, hi):
                yield i


def _glob(word: str) -> re.Pattern:
    return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in fold(word)))


def parse_query(query: str) -> Query:
    """Parse a concordance query: words, globs, ``/regular expressions/`` and phrases.

    Parameters
    ----------
    query : str
        The query (syntax in :mod:`framing.concordance`): a word ("CPV"), a glob ("energ*",
        "*tion", "co?operation"), a regular expression between slashes matching one whole word token
        (``/coop.*/``), or a phrase of several of these ("oil and gas", ``"nuclear energ*"``; enclosing
        double quotes are optional).

    Returns
    -------
    Query

    Raises
    ------
    AnalysisError
        A query with no words, an invalid regular expression, or one that contains a space.

    Examples
    --------
    >>> [getattr(i, "pattern", i) for i in parse_query('"Oil and gas"').items]
    ['oil', 'and', 'gas']
    >>> [getattr(i, "pattern", i) for i in parse_query("nuclear-energ* /coop.*/").items]
    ['nuclear', 'energ.*', 'coop.*']
    """
    text = str(query).strip()
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    items: list = []
    for word in _QUERY_WORDS.findall(text):
        if len(word) > 2 and word[0] == word[-1] == "/":
            body = word[1:-1]
            if any(c.isspace() for c in body):
                raise AnalysisError(f"query {query!r}", "a regular expression matches one word: no spaces")
            try:
                items.append(re.compile(body, re.IGNORECASE))
            except re.error as err:
                raise AnalysisError(f"query {query!r}", f"not a valid regular expression ({err})") from None
        elif "*" in word or "?" in word:
            for part in _HYPHEN_SPLIT.split(word):
                if not part:
                    continue
                if "*" in part or "?" in part:
                    items.append(_glob(part))
                else:
                    items.extend(key_stream(part)[2])
        else:
            items.extend(key_stream(word)[2])
    if not any(not isinstance(i, str) or is_word(i) for i in items):
        raise AnalysisError(f"query {query!r}", "has no words to match")
    return Query(str(query), tuple(items))


def _sort_levels(sort) -> tuple[str, ...]:
    if sort is None:
        return ()
    levels = [sort] if isinstance(sort, str) else list(sort)
    if not levels:
        raise AnalysisError("sort", f"no level given; levels: {', '.join(SORT_LEVELS)}")
    out = []
    for level in levels:
        name = str(level).strip()
        name = "match" if name.lower() == "match" else name.upper()
        if name not in SORT_LEVELS:
            raise AnalysisError(f"sort {level!r}", f"unknown level; levels: {', '.join(SORT_LEVELS)}")
        out.append(name)
    return tuple(out)


def _context(text: str, starts, ends, keys, start: int, end: int, window: int) -> tuple[str, str]:
    """``window`` word tokens of text left of ``start`` and right of ``end`` (punctuation kept)."""
    i = bisect_right(starts, start - 1)  # first token starting at or after `start`
    left_at, seen = start, 0
    for k in range(i - 1, -1, -1):
        if seen == window:
            break
        left_at = starts[k]
        seen += is_word(keys[k])
    j = bisect_right(starts, end - 1)  # first token starting at or after `end`
    right_at, seen = end, 0
    for k in range(j, len(starts)):
        if seen == window:
            break
        right_at = ends[k]
        seen += is_word(keys[k])
    return " ".join(text[left_at:start].split()), " ".join(text[end:right_at].split())


def _sort_words(text: str, starts, ends, keys, start: int, end: int, levels) -> tuple[str, ...]:
    """The folded words of ``levels`` around the match ``text[start:end]`` ("" where there is none)."""
    out = []
    for level in levels:
        if level == "match":
            out.append(" ".join(fold(text[start:end]).split()))
            continue
        n = int(level[1])
        if level[0] == "L":
            ks = range(bisect_right(starts, start - 1) - 1, -1, -1)
        else:
            ks = range(bisect_right(starts, end - 1), len(starts))
        word = ""
        for k in ks:
            if is_word(keys[k]):
                n -= 1
                if n == 0:
                    word = fold(text[starts[k] : ends[k]])
                    break
        out.append(word)
    return tuple(out)


def _kwic_frame(rows, columns, levels) -> pd.DataFrame:
    if levels:  # rows end with (sort words, corpus position); sorted() is stable, the position decides ties
        rows = sorted(rows, key=lambda r: (r[-2], r[-1]))
    out = pd.DataFrame.from_records([r[: len(columns)] for r in rows], columns=columns)
    for c in ("sentence_id", "start", "end"):
        out[c] = out[c].astype("int64")
    return out


def _surface(text: str, starts, ends):
    cache: dict[int, str] = {}

    def surface(k: int) -> str:
        if k not in cache:
            cache[k] = fold(text[starts[k] : ends[k]])
        return cache[k]

    return surface


def kwic(analysis, query: str, *, window: int = 8, sort=None) -> pd.DataFrame:
    """Concordance (keyword in context) of a word, phrase, glob or regular expression.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): its ``docs`` and ``sentences`` (speakers) are used.
    query : str
        What to find, matched on folded keys (case, diacritics, apostrophes, hyphen-vs-space and
        plural endings do not matter; acronyms and names included):

        * a word: ``"energy"``, ``"CPV"``, ``"Tô Lâm"``;
        * a glob: ``"energ*"`` (``*`` any characters, none included), ``"co?operation"`` (``?``
          one character), matched against each word token;
        * a regular expression between slashes: ``"/coop.*|partner.*/"`` (Python :mod:`re`,
          case-insensitive, must match a whole word token, ``re.fullmatch``);
        * a phrase, with or without double quotes: ``"oil and gas"``, ``'"nuclear energ*"'``; each
          of its words may be a glob or a regular expression.

        Patterns are tested against a token's key ("nation") and its folded form ("nations").
    window : int, default=8
        Number of word tokens (punctuation not counted) shown on each side.
    sort : str or sequence of str, optional
        Order of the lines (default=None: corpus order, i.e. document order then offset): a level of
        :data:`SORT_LEVELS`, "match" (the matched words), "L1", "L2", "L3" (the first, second, third
        word left of the match) or "R1", "R2", "R3" (right), or several levels, each breaking the
        ties of the one before (AntConc's three-level sort): ``("R1", "R2", "R3")``. Words are
        compared folded (lower case, no diacritics), a missing word (start or end of a report) first,
        remaining ties in corpus order.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`KWIC_COLUMNS`: doc_id, period, sentence_id, start, end (offsets of the match
        in ``docs.text``), left, match, right (whitespace collapsed), speaker, side.

    Raises
    ------
    AnalysisError
        A query with no words or an invalid regular expression, an unknown sort level, a negative
        window.

    See Also
    --------
    sector_kwic : the concordance of a sector's mentions.
    parse_query : the query syntax.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to expand energy ties."]})
    >>> kwic(framing.analyse(docs), "energy", window=2)[["left", "match", "right"]].values.tolist()
    [['to expand', 'energy', 'ties.']]
    >>> kwic(framing.analyse(docs), "/.*s/", window=1, sort="R1")[["match", "right"]].values.tolist()
    [['ties', '.'], ['sides', 'agreed']]
    """
    check_int("window", window, minimum=0)
    q = parse_query(query)
    levels = _sort_levels(sort)
    docs, sentences = analysis.docs, analysis.sentences
    first = q.items[0]
    rows = []
    by_doc = sentences.groupby("doc_id", observed=True, sort=False)
    periods = docs["period"] if "period" in docs else [""] * len(docs)
    for d, (doc_id, period, text) in enumerate(zip(docs["doc_id"], periods, docs["text"], strict=True)):
        starts, ends, keys = key_stream(text)
        if isinstance(first, str) and first not in keys:
            continue
        sents = by_doc.get_group(doc_id) if doc_id in by_doc.groups else None
        if sents is None:
            continue
        s_starts = sents["start"].tolist()
        s_info = list(zip(sents["sentence_id"], sents["speaker"], sents["side"], strict=True))
        for i in q.find(keys, _surface(text, starts, ends)):
            start, end = starts[i], ends[i + len(q.items) - 1]
            sid, speaker, side = s_info[max(bisect_right(s_starts, start) - 1, 0)]
            left, right = _context(text, starts, ends, keys, start, end, window)
            row = (doc_id, period, sid, start, end, left, text[start:end], right, speaker, side)
            if levels:
                row += (_sort_words(text, starts, ends, keys, start, end, levels), (d, start))
            rows.append(row)
    return _kwic_frame(rows, KWIC_COLUMNS, levels)


def sector_kwic(
    analysis, sector: str | None = None, *, window: int = 8, query: str | None = None, sort=None
) -> pd.DataFrame:
    """Concordance of sector mentions: one line per mention, in corpus order.

    Parameters
    ----------
    analysis : Analysis
        The analysis (:func:`framing.analyse`): its ``docs``, ``mentions`` and ``lexicon``.
    sector : str, optional
        A sector id of the lexicon (default=None: every sector).
    window : int, default=8
        Number of word tokens (punctuation not counted) shown on each side.
    query : str, optional
        Keep only the mentions whose words contain this query, in the syntax of :func:`kwic`
        (default=None: all).
    sort : str or sequence of str, optional
        Order of the lines, as in :func:`kwic` (default=None: corpus order).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`KWIC_COLUMNS` plus ``sector``.

    See Also
    --------
    kwic : the concordance of any word or phrase.
    find_sector_mentions : the mentions table.

    Examples
    --------
    >>> import framing
    >>> docs = pd.DataFrame({"doc_id": ["d"], "period": ["p"],
    ...                      "text": ["Both sides agreed to expand cooperation in energy."]})
    >>> sector_kwic(framing.analyse(docs), "energy", window=2)[["left", "match", "sector"]].values.tolist()
    [['cooperation in', 'energy', 'energy']]
    """
    check_int("window", window, minimum=0)
    lex = analysis.lexicon
    if sector is not None and sector not in lex.sectors:
        raise AnalysisError(f"sector {sector!r}", f"unknown sector; known: {', '.join(lex.sectors)}")
    q = parse_query(query) if query is not None else None
    levels = _sort_levels(sort)
    order = {doc_id: d for d, doc_id in enumerate(analysis.docs["doc_id"])}
    texts = dict(zip(analysis.docs["doc_id"], analysis.docs["text"], strict=True))
    streams: dict = {}
    mentions = analysis.mentions
    sel = mentions if sector is None else mentions[mentions["sector"] == sector]
    rows = []
    for r in sel.itertuples(index=False):
        text = texts[r.doc_id]
        if r.doc_id not in streams:
            st = key_stream(text)
            streams[r.doc_id] = (*st, _surface(text, *st[:2]))
        starts, ends, keys, surface = streams[r.doc_id]
        if q is not None:
            a, b = bisect_right(starts, r.start - 1), bisect_right(starts, r.end - 1)
            if next(q.find(keys, surface, a, b), None) is None:
                continue
        left, right = _context(text, starts, ends, keys, r.start, r.end, window)
        row = (r.doc_id, r.period, r.sentence_id, r.start, r.end, left, text[r.start : r.end], right,
               r.speaker, r.side, r.sector)
        if levels:
            row += (_sort_words(text, starts, ends, keys, r.start, r.end, levels), (order[r.doc_id], r.start))
        rows.append(row)
    return _kwic_frame(rows, [*KWIC_COLUMNS, "sector"], levels)
