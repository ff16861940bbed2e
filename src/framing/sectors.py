"""Sector mentions: which sectors of cooperation a report names, where, and in whose mouth.

The sector lexicon is data (``framing/lexicons/sectors.yml``; its header documents the format and the
matching rules). :func:`find_sector_mentions` matches it over folded token sequences with a trie keyed
by the first token, so the cost grows with the number of tokens, not with the number of phrases.
Every mention keeps ``doc_id`` and ``start``/``end`` offsets into ``docs.text``; its speaker and side
come from :mod:`framing.speakers`.

Tables
------
mentions (:func:`find_sector_mentions`)
    :data:`MENTION_COLUMNS`: doc_id, period, sector, start, end, surface, paragraph_id, sentence_id,
    speaker, side, rel_position.
concordance (:func:`kwic`)
    doc_id, period, sentence_id, start, end, left, match, right, speaker, side (+ sector).
summaries
    :func:`sector_summary` (per document or period x sector), :func:`sector_period_difference`
    (per sector: counts, rates, Fisher's exact test, bootstrap interval, ``too_small`` flag),
    :func:`sector_cooccurrence` (sector_a, sector_b, n_sentences), :func:`sector_by_side`
    (period, side, sector, count); :func:`sector_tables` gives them all for ``data/processed/``.
"""

from __future__ import annotations

import os
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress
from operator import add, sub
from pathlib import Path

import numpy as np
import pandas as pd

from framing.errors import InputError, require_columns
from framing.text import fold, tokenize_text

__all__ = [
    "LexiconError",
    "Lexicon",
    "Sector",
    "load_lexicon",
    "seed_terms",
    "match_sectors",
    "find_sector_mentions",
    "kwic",
    "sector_summary",
    "sector_period_difference",
    "sector_cooccurrence",
    "sector_by_side",
    "sector_tables",
    "MENTION_COLUMNS",
]

#: Columns of the mentions table, in order.
MENTION_COLUMNS = [
    "doc_id",
    "period",
    "sector",
    "start",
    "end",
    "surface",
    "paragraph_id",
    "sentence_id",
    "speaker",
    "side",
    "rel_position",
]

SIDES = ("vietnam", "russia", "joint", "narrator")


class LexiconError(InputError):
    """A bad lexicon (sectors or actors). ``str(err)`` is one line: ``<file>: <entry>: <problem>``."""


# ---------------------------------------------------------------------------------------------
# Token streams for matching
# ---------------------------------------------------------------------------------------------

_PART = re.compile(r"[^-\u2010\u2011]+")
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Tokens that may join two matches of one sector into one mention ("security and defence").
_COORD = frozenset({",", "and", "or", "&", "/", "as", "well", "the", "plus"})


@lru_cache(maxsize=100_000)
def _key(norm: str) -> str:
    """Matching key of a folded token: possessive and plural endings removed ("academies" ->
    "academy", "citizens'" -> "citizen")."""
    if "'" in norm and len(norm) > 2:
        # "citizensʼ", "Namʼs": a letter-like apostrophe (U+02BC) is part of the word token
        norm = (norm[:-2] if norm.endswith("'s") else norm).strip("'") or norm
    n = len(norm)
    if n > 4 and norm.endswith("ies"):
        return norm[:-3] + "y"
    if n > 4 and norm.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return norm[:-2]
    if n > 3 and norm.endswith("s") and not norm.endswith(("ss", "us", "is", "as")):
        return norm[:-1]
    return norm


# Pieces that tile a text, found by the same rules as framing.text's tokenizer: whitespace runs,
# abbreviations ("U.S."), a possessive 's, words (letters, digits, combining marks, invisible
# joiners; "1.5"; an inner apostrophe as in "o'clock"), any other character. A hyphen inside a word
# starts a piece of its own ("science-technology" -> "science", "-technology") whose key is the
# part after the hyphen, so a hyphen matches like a space; a free-standing dash stays punctuation.
_WCH = r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060]"
_APOS = "['\u2019\u02bc]"
_HYPH = "[-\u2010\u2011]"
# U+02BC is a letter: "Namʼs" is one word, its "ʼs" no possessive token
_APOS_NOT_LETTER = "['\u2019]"


def _pieces_re(w: str) -> re.Pattern:
    word = rf"{w}+(?:[.,]\d+)*(?:{_APOS}(?![sS](?!{w})){w}+)*"
    abbr = r"(?:[A-Za-z]\.){2,}"
    return re.compile(
        rf"\s+|{abbr}|{_APOS}[sS](?!{w})|(?<={w})(?<!{_APOS_NOT_LETTER}[sS]){_HYPH}{word}|{word}|\S"
    )


# "\w" is one cheap class but includes "_", which the tokenizer treats as punctuation ([^\W_]):
# texts with "_" take the exact, slower pattern.
_PIECES = _pieces_re(_WCH)
_PIECES_UNDERSCORE = _pieces_re(_WCH.replace("[\\w", "(?:[^\\W_]|[", 1) + ")")
_IGNORED = frozenset({"", "'", "'s"})


@lru_cache(maxsize=1 << 18)
def _piece_key(piece: str) -> str:
    """Matching key of a piece; "" for pieces matching ignores (spaces, apostrophes, 's)."""
    if piece.isspace():
        return ""
    if len(piece) > 1 and piece[0] in "-\u2010\u2011":
        piece = piece[1:]
    f = fold(piece)
    return "" if f in _IGNORED else _key(f)


@lru_cache(maxsize=1 << 12)
def _piece_lead(piece: str) -> int:
    """Characters before the token in a piece: 1 for "-technology", else 0."""
    return 1 if len(piece) > 1 and piece[0] in "-\u2010\u2011" else 0


def _stream(text: str) -> tuple[list[int], list[int], list[str]]:
    """Tokens of ``text`` for matching: (starts, ends, keys), offsets into ``text``.

    The text is cut into pieces by one regular expression (``findall``: no match objects), each
    distinct piece is folded once (cached), and offsets come from the running sum of piece lengths,
    so the Python work per token is a few C-level calls. Spaces, hyphens, apostrophes and possessive
    ``'s`` are dropped (so "science-technology" and "science technology" give the same keys); each
    key is the folded form without plural ending (:func:`_key`). Same tokens and keys as
    :func:`_stream_reference`, which is built on :func:`framing.text.tokenize_text`.
    """
    pieces = (_PIECES_UNDERSCORE if "_" in text else _PIECES).findall(text)
    all_keys = list(map(_piece_key, pieces))
    lens = list(map(len, pieces))
    all_ends = list(accumulate(lens))
    keep = list(compress(range(len(pieces)), all_keys))
    ends = list(map(all_ends.__getitem__, keep))
    starts = list(map(sub, ends, map(lens.__getitem__, keep)))
    if "-" in text or "\u2010" in text or "\u2011" in text:
        leads = list(map(_piece_lead, map(pieces.__getitem__, keep)))
        starts = list(map(add, starts, leads))
    return starts, ends, list(compress(all_keys, all_keys))


def _stream_reference(text: str) -> tuple[list[int], list[int], list[str]]:
    """The slow, obviously right version of :func:`_stream` (the tests compare the two).

    Built on :func:`framing.text.tokenize_text` without entity merging. Apostrophes, possessive
    ``'s`` and invisible characters are dropped; a hyphen between two word characters counts as a
    space (so "science-technology" and "science technology" give the same keys); each key is the
    folded form without possessive or plural ending.
    """
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    for start, end, surface, norm, *_ in tokenize_text(text, entities=()):
        if norm in ("", "'", "'s"):  # invisible characters, apostrophes, possessive 's
            continue
        if len(surface) > 1 and not _HYPHEN_CHARS.isdisjoint(surface):  # a hyphenated word
            for m in _PART.finditer(surface):
                part = fold(m.group())
                if part not in ("", "'", "'s"):
                    starts.append(start + m.start())
                    ends.append(start + m.end())
                    keys.append(_key(part))
            continue
        if surface in _HYPHEN_CHARS and _joins_words(text, start):
            continue  # "o'clock-energy": the tokenizer leaves this hyphen free-standing
        starts.append(start)
        ends.append(end)
        keys.append(_key(norm))
    return starts, ends, keys


_HYPHEN_CHARS = frozenset("-\u2010\u2011")
_WORD_CHAR = re.compile(_WCH.replace("[\\w", "(?:[^\\W_]|[", 1) + ")")


def _joins_words(text: str, i: int) -> bool:
    """True if the hyphen at ``text[i]`` stands between two word characters (not after 's)."""
    return (
        0 < i < len(text) - 1
        and _WORD_CHAR.match(text, i - 1) is not None
        and _WORD_CHAR.match(text, i + 1) is not None
        and not (i >= 2 and text[i - 1] in "sS" and text[i - 2] in "'\u2019")
    )


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------

_END = None  # trie node key of a complete pattern
_SLOTS = "{}"  # trie node key of the slot edges: {class name: child node}


@dataclass(frozen=True)
class Sector:
    """One sector of the lexicon: ``id``, ``label``, ``description`` and ``terms`` (as written)."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...]

    @property
    def phrases(self) -> tuple[str, ...]:
        return self.terms


@dataclass
class Lexicon:
    """A validated sector lexicon (see :func:`load_lexicon`).

    Attributes
    ----------
    sectors : tuple of str
        Sector ids in lexicon order.
    source : str
        File it was read from.
    exclusions : tuple of (phrase, tuple of sector ids)
    classes : dict of str -> tuple of str
    """

    entries: tuple[Sector, ...]
    exclusions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    classes: dict = field(default_factory=dict)
    source: str = "<lexicon>"

    def __post_init__(self):
        self._by_id = {s.id: s for s in self.entries}
        self._root, self._class_roots = _compile(self)

    @property
    def sectors(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.entries)

    def label(self, sector: str) -> str:
        """Human label of a sector, e.g. ``"Science & technology"``."""
        return self._sector(sector).label

    def terms(self, sector: str) -> list[str]:
        """The phrases of a sector, as written in the lexicon."""
        return list(self._sector(sector).terms)

    def _sector(self, sector: str) -> Sector:
        try:
            return self._by_id[sector]
        except KeyError:
            raise KeyError(f"unknown sector {sector!r}; known: {', '.join(self.sectors)}") from None

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _pattern(phrase: str, classes) -> tuple | None:
    """Keys of a phrase; ``{name}`` slots become ``("{}", name)`` items."""
    out: list = []
    pos = 0
    for m in _SLOT.finditer(phrase):
        out.extend(_stream(phrase[pos : m.start()])[2])
        if classes is not None and m.group(1) not in classes:
            return ("unknown-class", m.group(1))
        out.append((_SLOTS, m.group(1)))
        pos = m.end()
    out.extend(_stream(phrase[pos:])[2])
    return tuple(out)


def _insert(root: dict, pattern: tuple, payload) -> None:
    node = root
    for part in pattern:
        if isinstance(part, tuple):
            node = node.setdefault(_SLOTS, {}).setdefault(part[1], {})
        else:
            node = node.setdefault(part, {})
    node[_END] = payload


def _compile(lex: Lexicon):
    class_roots = {}
    for name, phrases in lex.classes.items():
        root: dict = {}
        for p in phrases:
            _insert(root, _pattern(p, None), True)
        class_roots[name] = root
    root: dict = {}
    for s in lex.entries:
        for t in s.terms:
            _insert(root, _pattern(t, lex.classes), (s.id, t))
    for phrase, _ in lex.exclusions:
        _insert(root, _pattern(phrase, lex.classes), (None, phrase))
    return root, class_roots


_TOP_KEYS = {"sectors", "exclusions", "classes"}
_SECTOR_KEYS = {"id", "label", "description", "terms", "note"}
_EXCLUSION_KEYS = {"phrase", "sectors", "reason"}
_ID = re.compile(r"\A[a-z][a-z0-9_]*\Z")


def _default_lexicon_path():
    return resources.files("framing").joinpath("lexicons", "sectors.yml")


def load_lexicon(path: str | os.PathLike | None = None) -> Lexicon:
    """Read and validate a sector lexicon.

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML file in the format documented at the top of ``framing/lexicons/sectors.yml``.
        Default: that packaged file.

    Returns
    -------
    Lexicon
        ``.sectors`` (ids in order), ``.label(sector)``, ``.terms(sector)``.

    Raises
    ------
    LexiconError
        Unreadable file or bad YAML, an unknown key, a sector without terms, a duplicate sector id,
        two terms (or exclusions) equal after folding, an exclusion naming an unknown sector, a
        ``{slot}`` naming an unknown class. The message names the file and the entry.
    """
    if path is None:
        return _packaged_lexicon()
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(p, f"cannot read lexicon ({e.strerror})") from None
    except UnicodeDecodeError:
        raise LexiconError(p, "lexicon is not valid UTF-8") from None
    return _parse_lexicon(raw, str(p))


@lru_cache(maxsize=1)
def _packaged_lexicon() -> Lexicon:
    return _parse_lexicon(_default_lexicon_path().read_text(encoding="utf-8"), "sectors.yml")


def _yaml(raw: str, source: str, error=LexiconError):
    import yaml

    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise error(source, f"not valid YAML: {problem}{where}") from None


def _strings(value, source: str, entry: str, what: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise LexiconError(source, f"{entry}: '{what}' must be a non-empty list")
    out = []
    for v in value:
        if not isinstance(v, (str, int, float)) or isinstance(v, bool) or not str(v).strip():
            raise LexiconError(source, f"{entry}: '{what}' holds an empty or non-text item {v!r}")
        out.append(str(v).strip())
    return out


def _parse_lexicon(raw: str, source: str) -> Lexicon:
    data = _yaml(raw, source)
    if not isinstance(data, dict):
        raise LexiconError(source, "a lexicon must be a mapping with a 'sectors' list")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise LexiconError(
            source, f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}"
        )
    if not isinstance(data.get("sectors"), list) or not data["sectors"]:
        raise LexiconError(source, "'sectors' must be a non-empty list")

    classes: dict[str, tuple[str, ...]] = {}
    raw_classes = data.get("classes") or {}
    if not isinstance(raw_classes, dict):
        raise LexiconError(source, "'classes' must be a mapping of name -> list of phrases")
    for name, phrases in raw_classes.items():
        if not isinstance(name, str) or not _ID.match(name):
            raise LexiconError(
                source, f"class {name!r}: a class name must be a lower-case identifier"
            )
        items = _strings(phrases, source, f"class {name!r}", "phrases")
        for p in items:
            if _SLOT.search(p) or not _stream(p)[2]:
                raise LexiconError(source, f"class {name!r}: phrase {p!r} is empty or holds a slot")
        classes[name] = tuple(items)

    seen: dict[tuple, str] = {}

    def check(pattern_text: str, entry: str) -> None:
        pat = _pattern(pattern_text, classes)
        if pat and pat[0] == "unknown-class":
            raise LexiconError(
                source, f"{entry}: term {pattern_text!r} uses unknown class {{{pat[1]}}}"
            )
        if not pat or all(isinstance(p, str) and not any(c.isalnum() for c in p) for p in pat):
            raise LexiconError(source, f"{entry}: term {pattern_text!r} has no words")
        if pat in seen:
            raise LexiconError(
                source,
                f"{entry}: term {pattern_text!r} duplicates {seen[pat]} (same after folding)",
            )
        seen[pat] = f"{entry.split(':')[0]} term {pattern_text!r}"

    entries = []
    ids: set[str] = set()
    for i, item in enumerate(data["sectors"], start=1):
        if not isinstance(item, dict):
            raise LexiconError(source, f"sector {i}: must be a mapping with id, label, terms")
        sid = item.get("id")
        entry = f"sector {sid!r}" if sid is not None else f"sector {i}"
        unknown = set(item) - _SECTOR_KEYS
        if unknown:
            raise LexiconError(
                source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, unknown)))}"
            )
        if not isinstance(sid, str) or not _ID.match(sid):
            raise LexiconError(
                source, f"{entry}: 'id' must be a lower-case identifier like 'oil_gas'"
            )
        if sid in ids:
            raise LexiconError(source, f"{entry}: duplicate sector id")
        ids.add(sid)
        label = item.get("label")
        if not isinstance(label, str) or not label.strip():
            raise LexiconError(source, f"{entry}: missing 'label'")
        if not item.get("terms"):
            raise LexiconError(source, f"{entry}: empty sector (no terms)")
        terms = _strings(item["terms"], source, entry, "terms")
        for t in terms:
            check(t, entry)
        desc = item.get("description") or ""
        entries.append(Sector(sid, label.strip(), str(desc).strip(), tuple(terms)))

    exclusions = []
    raw_excl = data.get("exclusions") or []
    if not isinstance(raw_excl, list):
        raise LexiconError(source, "'exclusions' must be a list")
    for i, item in enumerate(raw_excl, start=1):
        if not isinstance(item, dict) or "phrase" not in item:
            raise LexiconError(
                source, f"exclusion {i}: must be a mapping with 'phrase' and 'sectors'"
            )
        phrase = str(item["phrase"]).strip()
        entry = f"exclusion {phrase!r}"
        unknown = set(item) - _EXCLUSION_KEYS
        if unknown:
            raise LexiconError(
                source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, unknown)))}"
            )
        sectors = _strings(item.get("sectors"), source, entry, "sectors")
        bad = [s for s in sectors if s not in ids]
        if bad:
            raise LexiconError(source, f"{entry}: unknown sector id(s) {', '.join(bad)}")
        check(phrase, entry)
        exclusions.append((phrase, tuple(sectors)))
    return Lexicon(tuple(entries), tuple(exclusions), classes, source)


def _as_lexicon(lexicon) -> Lexicon:
    if lexicon is None:
        return load_lexicon()
    if isinstance(lexicon, Lexicon):
        return lexicon
    return load_lexicon(lexicon)


def seed_terms(lexicon=None) -> dict[str, list[str]]:
    """Seed words for topic models: sector id -> its phrases as written.

    Phrases with a ``{slot}`` (relational patterns such as "cooperation with the {party}") are left
    out: they are not words a topic model can use.

    Parameters
    ----------
    lexicon : Lexicon or path, optional
        Default: the packaged lexicon.

    Returns
    -------
    dict of str -> list of str
        In lexicon order.
    """
    lex = _as_lexicon(lexicon)
    return {s.id: [t for t in s.terms if "{" not in t] for s in lex.entries}


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


def _class_ends(root: dict, keys: list[str], i: int) -> list[int]:
    out = []
    node, j, n = root, i, len(keys)
    while j < n:
        node = node.get(keys[j])
        if node is None:
            break
        j += 1
        if _END in node:
            out.append(j)
    return out


def _longest(node: dict, keys: list[str], j: int, class_roots: dict, best):
    """Longest complete pattern from ``node`` at token ``j``: (end, payload) or ``best``."""
    if _END in node and (best is None or j > best[0]):
        best = (j, node[_END])
    if j < len(keys):
        nxt = node.get(keys[j])
        if nxt is not None:
            best = _longest(nxt, keys, j + 1, class_roots, best)
    slots = node.get(_SLOTS)
    if slots:
        for name, child in slots.items():
            for e in _class_ends(class_roots[name], keys, j):
                best = _longest(child, keys, e, class_roots, best)
    return best


def _match_keys(keys: list[str], lex: Lexicon) -> list[tuple[str, int, int, str]]:
    """Mentions as (sector, first token, end token, term): leftmost-longest, merged coordinations."""
    root, class_roots = lex._root, lex._class_roots
    hits: list[list] = []
    i, n = 0, len(keys)
    while i < n:
        node = root.get(keys[i])
        if node is not None:
            best = _longest(node, keys, i + 1, class_roots, None)
            if best is not None:
                j, (sector, term) = best
                if sector is not None:  # an exclusion consumes its tokens and gives no mention
                    prev = hits[-1] if hits else None
                    if (
                        prev is not None
                        and prev[0] == sector
                        and all(k in _COORD for k in keys[prev[2] : i])
                    ):
                        prev[2] = j  # "security and defence": one mention
                        prev[3] = f"{prev[3]} + {term}"
                    else:
                        hits.append([sector, i, j, term])
                i = j
                continue
        i += 1
    return [tuple(h) for h in hits]


def match_sectors(text: str, lexicon=None) -> list[tuple[str, int, int]]:
    """Sector mentions of one text, without sentences or speakers.

    Parameters
    ----------
    text : str
    lexicon : Lexicon or path, optional

    Returns
    -------
    list of (sector, start, end)
        Character offsets into ``text``, in text order; ``text[start:end]`` is the mention.
    """
    lex = _as_lexicon(lexicon)
    starts, ends, keys = _stream(text)
    return [(s, starts[i], ends[j - 1]) for s, i, j, _ in _match_keys(keys, lex)]


def _check_docs(docs) -> None:
    require_columns(docs, ["doc_id", "text"], "docs")


def _empty_mentions() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in MENTION_COLUMNS})
    for c in ("start", "end", "paragraph_id", "sentence_id"):
        out[c] = out[c].astype("int32")
    out["rel_position"] = out["rel_position"].astype(float)
    for c in ("doc_id", "period"):
        out[c] = out[c].astype("category")
    return out


def _sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph_id, start, end) of each sentence, as :func:`framing.text.split_sentences` finds them."""
    from framing.text import _sentence_spans as spans

    return list(spans(text))


#: Below this many characters of text in all, :func:`find_sector_mentions` works in one process.
MIN_PARALLEL_CHARS = 5_000_000


def _doc_mentions(text: str, lex: Lexicon, actors) -> list[tuple]:
    """Mentions of one text: (sector, start, end, surface, paragraph_id, sentence_id, speaker,
    side, rel_position) tuples in text order."""
    from framing.speakers import doc_speakers

    stream = _stream(text)
    starts, ends, keys = stream
    hits = _match_keys(keys, lex)
    if not hits:
        return []  # no sentences or speakers needed
    # the sentences of framing.text.split_sentences: (paragraph_id, start, end); id = index
    spans = _sentence_spans(text)
    s_starts = [s0 for _, s0, _ in spans]
    found = []
    for sector, i, j, _ in hits:
        start, end = starts[i], ends[j - 1]
        found.append((sector, start, end, max(bisect_right(s_starts, start) - 1, 0)))
    # a sentence's speaker depends only on the sentences before it
    last = found[-1][3]
    who = doc_speakers(text, [(s0, s1) for _, s0, s1 in spans[: last + 1]], actors, stream)
    n = max(len(text), 1)
    return [
        (sector, start, end, text[start:end], spans[k][0], k, *who[k], start / n)
        for sector, start, end, k in found
    ]


def _mentions_chunk(texts: list[str], lex: Lexicon | None, actors=None) -> list[list[tuple]]:
    from framing.speakers import _as_actors

    lex = _as_lexicon(lex)
    actors = _as_actors(actors)
    return [_doc_mentions(t, lex, actors) for t in texts]


def _mentions_chunk_star(args):
    return _mentions_chunk(*args)


def find_sector_mentions(
    docs: pd.DataFrame,
    lexicon=None,
    n_jobs: int | None = 1,
    chunk_size: int = 2000,
    actors=None,
) -> pd.DataFrame:
    """Mentions table: one row per sector mention in each document.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table (:func:`framing.load_corpus`); uses ``doc_id``, ``period``, ``text``.
    lexicon : Lexicon or path, optional
        Default: the packaged lexicon (:func:`load_lexicon`).
    n_jobs : int or None
        Worker processes for a large corpus (``None``: all CPUs; default 1: on a shared machine
        with two cores, two workers were slower than one process). Below
        :data:`MIN_PARALLEL_CHARS` characters of text, or with ``1``, one process does the work.
        Workers start through a fork server: a script that calls this on a large corpus needs the
        ``if __name__ == "__main__":`` guard. The result does not depend on ``n_jobs``.
    chunk_size : int
        Documents per task sent to a worker.
    actors : Actors or path, optional
        Speakers list (:func:`framing.speakers.load_actors`); default: the packaged one.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_COLUMNS`, sorted by doc_id (corpus order), start (mentions never
        overlap, so no two share a start):
        ``doc_id``, ``period`` (categoricals), ``sector`` (lexicon id), ``start``, ``end`` (int
        character offsets into the document's ``text``; ``text[start:end] == surface``), ``surface``,
        ``paragraph_id``, ``sentence_id`` (as :func:`framing.text.split_sentences`), ``speaker``,
        ``side`` (vietnam, russia, joint, narrator; :func:`framing.speakers.attribute_speakers`),
        ``rel_position`` (``start / len(text)``, 0-1).
    """
    from framing.speakers import _as_actors

    _check_docs(docs)
    if n_jobs is None:
        n_jobs = os.cpu_count() or 1
    if (
        not isinstance(n_jobs, int)
        or n_jobs < 1
        or not isinstance(chunk_size, int)
        or chunk_size < 1
    ):
        raise InputError("n_jobs", "n_jobs and chunk_size must be whole numbers >= 1")
    lex = _as_lexicon(lexicon)
    texts = list(docs["text"])
    for doc_id, t in zip(docs["doc_id"], texts, strict=True):
        if not isinstance(t, str):
            raise InputError(f"document {doc_id!r}", f"text is {type(t).__name__}, not a string")
    periods = docs["period"] if "period" in docs else pd.Series([""] * len(docs), index=docs.index)
    chunks = [texts[i : i + chunk_size] for i in range(0, len(texts), chunk_size)]
    # A pool costs about a second to start; below MIN_PARALLEL_CHARS one process is faster.
    if n_jobs == 1 or len(chunks) <= 1 or sum(map(len, texts)) < MIN_PARALLEL_CHARS:
        act = _as_actors(actors)
        per_doc = (_doc_mentions(t, lex, act) for t in texts)
        return _mentions_frame(docs, periods, per_doc)
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["framing.sectors", "framing.speakers", "nltk.tokenize.punkt"])
    tasks = [(c, None if lexicon is None else lex, actors) for c in chunks]
    with ProcessPoolExecutor(max_workers=min(n_jobs, len(chunks)), mp_context=ctx) as pool:
        per_doc = (doc for part in pool.map(_mentions_chunk_star, tasks) for doc in part)
        return _mentions_frame(docs, periods, per_doc)


def _mentions_frame(docs: pd.DataFrame, periods, per_doc) -> pd.DataFrame:
    """The mentions table from each document's mention tuples (an iterable, consumed once).

    Documents come in corpus order and mentions in text order without overlaps, so the rows are
    already sorted by doc, start (and sector). Columns are filled as compact arrays and equal
    surfaces share one string, so that a corpus of 100,000 reports fits in modest memory.
    """
    doc_codes = pd.Categorical(docs["doc_id"]).codes if len(docs) else []
    doc_cats = pd.Categorical(docs["doc_id"]).categories
    period_cat = pd.Categorical(periods)
    doc_code, period_code = array("i"), array("i")
    starts, ends, pids, sids = array("i"), array("i"), array("i"), array("i")
    rel = array("d")
    sectors: list[str] = []
    surfaces: list[str] = []
    speakers: list[str] = []
    sides: list[str] = []
    same: dict[str, str] = {}
    for dcode, pcode, found in zip(doc_codes, period_cat.codes, per_doc, strict=True):
        if not found:
            continue
        n = len(found)
        doc_code.extend([dcode] * n)
        period_code.extend([pcode] * n)
        for sector, a, b, surface, pid, sid, speaker, side, r in found:
            sectors.append(sector)
            starts.append(a)
            ends.append(b)
            surfaces.append(same.setdefault(surface, surface))
            pids.append(pid)
            sids.append(sid)
            speakers.append(speaker)
            sides.append(side)
            rel.append(r)
    if not sectors:
        return _empty_mentions()

    def ints(values):
        return np.frombuffer(values, dtype=np.intc).astype("int32", copy=False)

    doc_order = list(dict.fromkeys(docs["doc_id"]))
    doc_id = pd.Categorical.from_codes(ints(doc_code), categories=doc_cats)
    return pd.DataFrame(
        {
            "doc_id": doc_id.reorder_categories(doc_order)
            if len(doc_order) == len(doc_cats)
            else doc_id,
            "period": pd.Categorical.from_codes(
                ints(period_code), categories=period_cat.categories
            ).reorder_categories(list(dict.fromkeys(periods))),
            "sector": sectors,
            "start": ints(starts),
            "end": ints(ends),
            "surface": surfaces,
            "paragraph_id": ints(pids),
            "sentence_id": ints(sids),
            "speaker": speakers,
            "side": sides,
            "rel_position": np.frombuffer(rel, dtype=np.float64).copy(),
        },
        columns=MENTION_COLUMNS,
    )


# ---------------------------------------------------------------------------------------------
# Concordance
# ---------------------------------------------------------------------------------------------

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


def _is_word(key: str) -> bool:
    return any(ch.isalnum() for ch in key)


def _context(text: str, starts, ends, keys, start: int, end: int, window: int) -> tuple[str, str]:
    """``window`` word tokens of text left of ``start`` and right of ``end`` (punctuation kept)."""
    i = bisect_right(starts, start - 1)  # first token starting at or after `start`
    left_at, seen = start, 0
    for k in range(i - 1, -1, -1):
        if seen == window:
            break
        left_at = starts[k]
        seen += _is_word(keys[k])
    j = bisect_right(starts, end - 1)  # first token starting at or after `end`
    right_at, seen = end, 0
    for k in range(j, len(starts)):
        if seen == window:
            break
        right_at = ends[k]
        seen += _is_word(keys[k])
    return " ".join(text[left_at:start].split()), " ".join(text[end:right_at].split())


def kwic(
    docs: pd.DataFrame,
    sector: str | None = None,
    term: str | None = None,
    window: int = 8,
    mentions: pd.DataFrame | None = None,
    lexicon=None,
) -> pd.DataFrame:
    """Concordance (keyword in context) of a sector's mentions or of a term.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    sector : str, optional
        A sector id: one row per mention of the sector (from ``mentions``). With ``term`` too, only
        the mentions whose words contain the term.
    term : str, optional
        A word or phrase, matched on folded tokens (case, diacritics, apostrophes, hyphen-vs-space
        and plural endings do not matter): "science-technology" finds "science technology".
    window : int
        Number of word tokens (punctuation not counted) shown on each side.
    mentions : pandas.DataFrame, optional
        Mentions table (:func:`find_sector_mentions`); computed if needed and not given.
    lexicon : Lexicon or path, optional

    Returns
    -------
    pandas.DataFrame
        Columns doc_id, period, sentence_id, start, end (offsets of the match in ``docs.text``),
        left, match, right (whitespace collapsed), speaker, side; plus ``sector`` when rows are
        sector mentions (``sector`` given, or neither ``sector`` nor ``term``).
    """
    _check_docs(docs)
    if not isinstance(window, int) or window < 0:
        raise InputError("window", f"must be a whole number of tokens >= 0, not {window!r}")
    lex = _as_lexicon(lexicon)
    if sector is not None and sector not in lex.sectors:
        raise InputError(f"sector {sector!r}", f"unknown sector; known: {', '.join(lex.sectors)}")
    term_keys = None
    if term is not None:
        term_keys = [k for k in _stream(str(term))[2]]
        if not any(_is_word(k) for k in term_keys):
            raise InputError(f"term {term!r}", "has no words to match")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    streams = {}

    def stream(doc_id):
        if doc_id not in streams:
            streams[doc_id] = _stream(texts[doc_id])
        return streams[doc_id]

    rows = []
    by_sector = sector is not None or term is None
    if by_sector:
        if mentions is None:
            mentions = find_sector_mentions(docs, lex)
        sel = mentions if sector is None else mentions[mentions["sector"] == sector]
        for r in sel.itertuples(index=False):
            text = texts[r.doc_id]
            starts, ends, keys = stream(r.doc_id)
            if term_keys is not None:
                a, b = bisect_right(starts, r.start - 1), bisect_right(starts, r.end - 1)
                span = keys[a:b]
                m = len(term_keys)
                if not any(span[k : k + m] == term_keys for k in range(len(span) - m + 1)):
                    continue
            left, right = _context(text, starts, ends, keys, r.start, r.end, window)
            rows.append(
                (
                    r.doc_id,
                    r.period,
                    r.sentence_id,
                    r.start,
                    r.end,
                    left,
                    text[r.start : r.end],
                    right,
                    r.speaker,
                    r.side,
                    r.sector,
                )
            )
        out = pd.DataFrame.from_records(rows, columns=[*KWIC_COLUMNS, "sector"])
    else:
        from framing.speakers import attribute_speakers

        sentences = attribute_speakers(docs)
        periods = docs["period"] if "period" in docs else [""] * len(docs)
        m = len(term_keys)
        for doc_id, period in zip(docs["doc_id"], periods, strict=True):
            text = texts[doc_id]
            starts, ends, keys = stream(doc_id)
            sents = sentences[sentences["doc_id"] == doc_id]
            s_starts = sents["start"].tolist()
            s_info = list(zip(sents["sentence_id"], sents["speaker"], sents["side"], strict=True))
            first = term_keys[0]
            for i, k in enumerate(keys):
                if k != first or keys[i : i + m] != term_keys:
                    continue
                start, end = starts[i], ends[i + m - 1]
                sid, speaker, side = s_info[max(bisect_right(s_starts, start) - 1, 0)]
                left, right = _context(text, starts, ends, keys, start, end, window)
                rows.append(
                    (doc_id, period, sid, start, end, left, text[start:end], right, speaker, side)
                )
        out = pd.DataFrame.from_records(rows, columns=KWIC_COLUMNS)
    for c in ("sentence_id", "start", "end"):
        out[c] = out[c].astype("int64")
    return out


# ---------------------------------------------------------------------------------------------
# Summaries
# ---------------------------------------------------------------------------------------------

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


def _sentence_tokens(docs: pd.DataFrame) -> pd.DataFrame:
    """Non-punctuation tokens per sentence: doc_id, period, sentence_id, n_tokens (str ids)."""
    from framing.text import tokenize

    tokens = tokenize(docs)
    words = tokens[~tokens["is_punct"]]
    out = (
        words.groupby(["doc_id", "sentence_id"], observed=True)
        .size()
        .rename("n_tokens")
        .reset_index()
    )
    period_of = dict(
        zip(docs["doc_id"], docs["period"] if "period" in docs else [""] * len(docs), strict=True)
    )
    out["doc_id"] = out["doc_id"].astype(str)
    out["period"] = out["doc_id"].map(period_of).astype(str)
    return out[["doc_id", "period", "sentence_id", "n_tokens"]]


def _plain(mentions: pd.DataFrame) -> pd.DataFrame:
    m = mentions.copy()
    for c in ("doc_id", "period", "sector", "side", "speaker"):
        if c in m:
            m[c] = m[c].astype(str)
    return m


def sector_summary(
    docs: pd.DataFrame, mentions: pd.DataFrame | None = None, by: str = "doc", lexicon=None
) -> pd.DataFrame:
    """Sector counts, rates, shares and first positions per document or per period.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    mentions : pandas.DataFrame, optional
        Mentions table (:func:`find_sector_mentions`); computed if not given.
    by : {"doc", "period"}
    lexicon : Lexicon or path, optional
        Gives the sector list (every sector gets a row, zero counts included).

    Returns
    -------
    pandas.DataFrame
        One row per group x sector (lexicon order). Columns: ``doc_id`` and ``period`` (by="doc") or
        ``period`` (by="period"), then ``sector``, ``label``, ``count`` (mentions), ``n_tokens``
        (non-punctuation tokens of the group, :func:`framing.text.tokenize`), ``rate_per_1000``
        (count / n_tokens * 1000), ``share`` (count / all mentions of the group; NaN if the group
        has none), ``first_position`` (relative position 0-1 of the sector's first mention in the
        document; by period the mean over the period's documents that mention it; NaN if none),
        ``n_sectors`` (distinct sectors mentioned in the group).
    """
    _check_docs(docs)
    if by not in ("doc", "period"):
        raise InputError("by", f"must be 'doc' or 'period', not {by!r}")
    lex = _as_lexicon(lexicon)
    if mentions is None:
        mentions = find_sector_mentions(docs, lex)
    m = _plain(mentions)
    ntok = _sentence_tokens(docs).groupby("doc_id")["n_tokens"].sum()
    periods = [str(p) for p in (docs["period"] if "period" in docs else [""] * len(docs))]
    doc_ids = [str(d) for d in docs["doc_id"]]
    first = m.groupby(["doc_id", "sector"])["rel_position"].min()
    counts = m.groupby(["doc_id", "sector"]).size()
    rows = []
    if by == "doc":
        for doc_id, period in zip(doc_ids, periods, strict=True):
            n = int(ntok.get(doc_id, 0))
            c = {s: int(counts.get((doc_id, s), 0)) for s in lex.sectors}
            fp = {s: float(first.get((doc_id, s), np.nan)) for s in lex.sectors}
            rows.extend(_summary_rows((doc_id, period), c, n, fp, lex))
        cols = ["doc_id", "period", *SUMMARY_COLUMNS]
    else:
        for period in dict.fromkeys(periods):
            members = [d for d, p in zip(doc_ids, periods, strict=True) if p == period]
            n = int(sum(int(ntok.get(d, 0)) for d in members))
            c = {s: int(sum(int(counts.get((d, s), 0)) for d in members)) for s in lex.sectors}
            fp = {}
            for s in lex.sectors:
                vals = [float(first[(d, s)]) for d in members if (d, s) in first.index]
                fp[s] = float(np.mean(vals)) if vals else np.nan
            rows.extend(_summary_rows((period,), c, n, fp, lex))
        cols = ["period", *SUMMARY_COLUMNS]
    out = pd.DataFrame.from_records(rows, columns=cols)
    out["count"] = out["count"].astype("int64")
    out["n_tokens"] = out["n_tokens"].astype("int64")
    out["n_sectors"] = out["n_sectors"].astype("int64")
    return out


def _summary_rows(group: tuple, counts: dict, n_tokens: int, first: dict, lex: Lexicon):
    total = sum(counts.values())
    n_sectors = sum(1 for v in counts.values() if v > 0)
    for s in lex.sectors:
        c = counts[s]
        rate = c / n_tokens * 1000 if n_tokens else np.nan
        share = c / total if total else np.nan
        yield (*group, s, lex.label(s), c, n_tokens, rate, share, first[s], n_sectors)


DIFFERENCE_COLUMNS = [
    "sector",
    "label",
    "target",
    "reference",
    "count_target",
    "count_reference",
    "n_tokens_target",
    "n_tokens_reference",
    "rate_target",
    "rate_reference",
    "rate_diff",
    "ci_low",
    "ci_high",
    "share_target",
    "share_reference",
    "share_diff",
    "odds_ratio",
    "p_value",
    "too_small",
    "note",
]


def sector_period_difference(
    docs: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    target: str = "2026-02",
    reference: str = "2025-10",
    random_state: int = 0,
    n_boot: int = 2000,
    min_count: int = 5,
    lexicon=None,
) -> pd.DataFrame:
    """Difference of each sector's rate between two periods, with honest uncertainty.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    mentions : pandas.DataFrame, optional
        Mentions table; computed if not given.
    target, reference : str
        Period labels (``docs.period``); differences are target minus reference.
    random_state : int
        Seed of the bootstrap (numpy Generator).
    n_boot : int
        Bootstrap resamples.
    min_count : int
        A sector is ``too_small`` when both counts are below this.
    lexicon : Lexicon or path, optional

    Returns
    -------
    pandas.DataFrame
        One row per sector, columns :data:`DIFFERENCE_COLUMNS`: counts (mentions) and
        ``n_tokens`` (non-punctuation tokens) per period; ``rate_*`` per 1,000 tokens and
        ``rate_diff`` (target - reference); ``ci_low``/``ci_high``: 95 % percentile bootstrap
        interval of ``rate_diff``, resampling sentences with replacement within each period;
        ``share_*`` (of the period's mentions) and ``share_diff``; ``odds_ratio`` and two-sided
        ``p_value`` of Fisher's exact test on [[count_target, n_tokens_target - count_target],
        [count_reference, n_tokens_reference - count_reference]]; ``too_small`` (both counts below
        ``min_count``) and ``note`` (the reading in words).
    """
    from scipy.stats import fisher_exact

    _check_docs(docs)
    lex = _as_lexicon(lexicon)
    known = [str(p) for p in dict.fromkeys(docs["period"])] if "period" in docs else []
    for p in (target, reference):
        if str(p) not in known:
            raise InputError(
                f"period {p!r}", f"not in the corpus (periods: {', '.join(known) or 'none'})"
            )
    if mentions is None:
        mentions = find_sector_mentions(docs, lex)
    m = _plain(mentions)
    sent = _sentence_tokens(docs)
    sectors = list(lex.sectors)
    col = {s: i for i, s in enumerate(sectors)}
    rng = np.random.default_rng(random_state)

    def period_arrays(period):
        units = sent[sent["period"] == str(period)].reset_index(drop=True)
        index = {
            (d, int(s)): i
            for i, (d, s) in enumerate(zip(units["doc_id"], units["sentence_id"], strict=True))
        }
        counts = np.zeros((len(units), len(sectors)), dtype=np.int64)
        sub = m[m["period"] == str(period)]
        for d, s, sec in zip(sub["doc_id"], sub["sentence_id"], sub["sector"], strict=True):
            if sec in col and (d, int(s)) in index:
                counts[index[(d, int(s))], col[sec]] += 1
        return counts, units["n_tokens"].to_numpy(dtype=np.int64)

    ct, nt = period_arrays(target)
    cr, nr = period_arrays(reference)

    def boot(counts, ntoks):
        idx = rng.integers(0, len(ntoks), size=(n_boot, len(ntoks)))
        c = counts[idx].sum(axis=1)  # (n_boot, n_sectors)
        n = ntoks[idx].sum(axis=1)[:, None]
        return c / np.where(n > 0, n, 1) * 1000

    diffs = boot(ct, nt) - boot(cr, nr)
    lo, hi = np.percentile(diffs, [2.5, 97.5], axis=0)
    tot_t, tot_r = int(nt.sum()), int(nr.sum())
    all_t, all_r = int(ct.sum()), int(cr.sum())
    rows = []
    for s in sectors:
        a, c = int(ct[:, col[s]].sum()), int(cr[:, col[s]].sum())
        rate_t = a / tot_t * 1000 if tot_t else np.nan
        rate_r = c / tot_r * 1000 if tot_r else np.nan
        share_t = a / all_t if all_t else np.nan
        share_r = c / all_r if all_r else np.nan
        res = fisher_exact([[a, tot_t - a], [c, tot_r - c]])
        odds, p = float(res.statistic), float(res.pvalue)
        too_small = a < min_count and c < min_count
        if too_small:
            note = f"too few mentions (both counts < {min_count}): no conclusion"
        elif p < 0.05:
            note = "rates differ beyond chance (Fisher p < 0.05); two reports only"
        else:
            note = "difference compatible with chance (Fisher p >= 0.05)"
        rows.append(
            (
                s,
                lex.label(s),
                str(target),
                str(reference),
                a,
                c,
                tot_t,
                tot_r,
                rate_t,
                rate_r,
                rate_t - rate_r,
                float(lo[col[s]]),
                float(hi[col[s]]),
                share_t,
                share_r,
                share_t - share_r,
                odds,
                p,
                too_small,
                note,
            )
        )
    return pd.DataFrame.from_records(rows, columns=DIFFERENCE_COLUMNS)


def sector_cooccurrence(
    mentions: pd.DataFrame, by_period: bool = False, lexicon=None
) -> pd.DataFrame:
    """How many sentences mention both of two sectors.

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`find_sector_mentions`).
    by_period : bool
        Count per period (adds a first column ``period``).
    lexicon : Lexicon or path, optional
        Sector list and order (default: the packaged lexicon, plus any other sector in ``mentions``).

    Returns
    -------
    pandas.DataFrame
        Long table over every ordered pair of sectors (symmetric): ``sector_a``, ``sector_b``,
        ``n_sentences`` (sentences, identified by doc_id + sentence_id, that mention both; on the
        diagonal, the sentences that mention the sector).
    """
    lex = _as_lexicon(lexicon)
    m = _plain(mentions)
    sectors = list(lex.sectors) + sorted(set(m["sector"]) - set(lex.sectors))
    groups = (
        [(None, m)]
        if not by_period
        else [(p, m[m["period"] == p]) for p in dict.fromkeys(m["period"])]
    )
    rows = []
    for period, part in groups:
        pairs: dict[tuple[str, str], int] = {}
        for _, secs in part.groupby(["doc_id", "sentence_id"])["sector"]:
            present = set(secs)
            for a in present:
                for b in present:
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
        for a in sectors:
            for b in sectors:
                row = (a, b, pairs.get((a, b), 0))
                rows.append(row if period is None else (period, *row))
    cols = ["sector_a", "sector_b", "n_sentences"]
    out = pd.DataFrame.from_records(rows, columns=cols if not by_period else ["period", *cols])
    out["n_sentences"] = out["n_sentences"].astype("int64")
    return out


def sector_by_side(mentions: pd.DataFrame, lexicon=None) -> pd.DataFrame:
    """Mentions per period x side x sector (who frames which sector).

    Parameters
    ----------
    mentions : pandas.DataFrame
        Mentions table (:func:`find_sector_mentions`).
    lexicon : Lexicon or path, optional

    Returns
    -------
    pandas.DataFrame
        Columns ``period``, ``side`` (vietnam, russia, joint, narrator), ``sector``, ``count``; every
        combination of the periods in ``mentions`` (its categories if categorical), the four sides
        and the lexicon's sectors, zeros included.
    """
    lex = _as_lexicon(lexicon)
    if isinstance(mentions["period"].dtype, pd.CategoricalDtype):
        periods = [str(p) for p in mentions["period"].cat.categories]
    else:
        periods = [str(p) for p in dict.fromkeys(mentions["period"])]
    m = _plain(mentions)
    sectors = list(lex.sectors) + sorted(set(m["sector"]) - set(lex.sectors))
    counts = m.groupby(["period", "side", "sector"]).size()
    rows = [
        (p, side, s, int(counts.get((p, side, s), 0)))
        for p in periods
        for side in SIDES
        for s in sectors
    ]
    out = pd.DataFrame.from_records(rows, columns=["period", "side", "sector", "count"])
    out["count"] = out["count"].astype("int64")
    return out


def sector_tables(
    docs: pd.DataFrame, random_state: int = 0, lexicon=None
) -> dict[str, pd.DataFrame]:
    """Every sector table of the study, keyed by its file stem in ``data/processed/``.

    Parameters
    ----------
    docs : pandas.DataFrame
        Corpus table.
    random_state : int
        Seed of the bootstrap in the period difference.
    lexicon : Lexicon or path, optional

    Returns
    -------
    dict of str -> pandas.DataFrame
        "sector-mentions" (:func:`find_sector_mentions`), "sector-summary-by-document" and
        "sector-summary-by-period" (:func:`sector_summary`), "sector-period-difference"
        (:func:`sector_period_difference`, the two study periods if present, else the last period
        against the first), "sector-cooccurrence" (:func:`sector_cooccurrence`, per period),
        "sector-by-side" (:func:`sector_by_side`).
    """
    lex = _as_lexicon(lexicon)
    mentions = find_sector_mentions(docs, lex)
    periods = [str(p) for p in dict.fromkeys(docs["period"])] if "period" in docs else []
    tables = {
        "sector-mentions": mentions,
        "sector-summary-by-document": sector_summary(docs, mentions, by="doc", lexicon=lex),
        "sector-summary-by-period": sector_summary(docs, mentions, by="period", lexicon=lex),
    }
    if {"2026-02", "2025-10"} <= set(periods):
        target, reference = "2026-02", "2025-10"
    elif len(periods) >= 2:
        target, reference = sorted(periods)[-1], sorted(periods)[0]
    else:
        target = reference = None
    if target is not None:
        tables["sector-period-difference"] = sector_period_difference(
            docs,
            mentions,
            target=target,
            reference=reference,
            random_state=random_state,
            lexicon=lex,
        )
    else:
        tables["sector-period-difference"] = pd.DataFrame(columns=DIFFERENCE_COLUMNS)
    tables["sector-cooccurrence"] = sector_cooccurrence(mentions, by_period=True, lexicon=lex)
    tables["sector-by-side"] = sector_by_side(mentions, lexicon=lex)
    return tables
