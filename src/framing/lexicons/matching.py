"""The one phrase-matching engine: a folded key stream and a trie with class slots.

Entities (:mod:`framing.tokens`), sector terms (:mod:`framing.sectors`), actors
(:mod:`framing.speakers`) and the large-corpus counter (:mod:`framing.scale`) all match phrases
with :class:`PhraseTrie`: leftmost-longest over a sequence of keys, where a pattern item may be a
*slot* ``{name}`` that matches any phrase of a class (``"cooperation with the {party}"``).

Two key sequences are used:

* :func:`key_stream` cuts a text into matching keys: folded, with hyphens matching like spaces,
  apostrophes and possessive 's dropped and plural endings removed (:func:`match_key`). Sector
  terms and actors are matched on it.
* The tokenizer's folded forms (``norm``), on which the entity list is matched.

Examples
--------
>>> from framing.lexicons.matching import PhraseTrie, key_stream
>>> trie = PhraseTrie()
>>> trie.add(phrase_keys("oil and gas"), "oil_gas")
>>> starts, ends, keys = key_stream("Oil and gas exploration")
>>> trie.longest(keys, 0)
(3, 'oil_gas')
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress
from operator import add, sub

from framing.normalize import APOSTROPHE, HYPHEN, HYPHEN_CHARS, WORD_CLASS, WORD_CLASS_FAST, fold

__all__ = [
    "PhraseTrie",
    "key_stream",
    "match_key",
    "phrase_keys",
    "slot_pattern",
    "SLOT",
]

#: A class slot in a phrase: ``{party}``.
SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

_END = None  # trie node key of a complete pattern
_SLOTS = "{}"  # trie node key of the slot edges: {class name: child node}


@lru_cache(maxsize=100_000)
def match_key(norm: str) -> str:
    """Matching key of a folded token: possessive and plural endings removed.

    Parameters
    ----------
    norm : str
        A folded token.

    Examples
    --------
    >>> match_key("academies"), match_key("citizens'"), match_key("process")
    ('academy', 'citizen', 'process')
    """
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


# Pieces that tile a text, found by the same rules as the tokenizer: whitespace runs,
# abbreviations ("U.S."), a possessive 's, words (letters, digits, combining marks, invisible
# joiners; "1.5"; an inner apostrophe as in "o'clock"), any other character. A hyphen inside a word
# starts a piece of its own ("science-technology" -> "science", "-technology") whose key is the
# part after the hyphen, so a hyphen matches like a space; a free-standing dash stays punctuation.
# U+02BC is a letter: "Namʼs" is one word, its "ʼs" no possessive token.
_APOS_NOT_LETTER = "['\u2019]"


def _pieces_re(w: str) -> re.Pattern:
    word = rf"{w}+(?:[.,]\d+)*(?:{APOSTROPHE}(?![sS](?!{w})){w}+)*"
    abbr = r"(?:[A-Za-z]\.){2,}"
    return re.compile(
        rf"\s+|{abbr}|{APOSTROPHE}[sS](?!{w})|(?<={w})(?<!{_APOS_NOT_LETTER}[sS]){HYPHEN}{word}|{word}|\S"
    )


_PIECES = _pieces_re(WORD_CLASS_FAST)
_PIECES_UNDERSCORE = _pieces_re(WORD_CLASS)
_IGNORED = frozenset({"", "'", "'s"})


@lru_cache(maxsize=1 << 18)
def _piece_key(piece: str) -> str:
    """Matching key of a piece; "" for pieces matching ignores (spaces, apostrophes, 's)."""
    if piece.isspace():
        return ""
    if len(piece) > 1 and piece[0] in HYPHEN_CHARS:
        piece = piece[1:]
    f = fold(piece)
    return "" if f in _IGNORED else match_key(f)


@lru_cache(maxsize=1 << 12)
def _piece_lead(piece: str) -> int:
    """Characters before the token in a piece: 1 for "-technology", else 0."""
    return 1 if len(piece) > 1 and piece[0] in HYPHEN_CHARS else 0


def key_stream(text: str) -> tuple[list[int], list[int], list[str]]:
    """Matching keys of ``text``: (starts, ends, keys), offsets into ``text``.

    The text is cut into pieces by one regular expression (``findall``: no match objects), each
    distinct piece is folded once (cached), and offsets come from the running sum of piece lengths,
    so the Python work per token is a few C-level calls. Spaces, hyphens, apostrophes and possessive
    ``'s`` are dropped (so "science-technology" and "science technology" give the same keys); each
    key is the folded form without plural ending (:func:`match_key`). Same tokens and keys as
    :func:`framing.tokens.key_stream_reference`, which is built on the tokenizer.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    starts, ends : list of int
        Offsets of each key's token in ``text``.
    keys : list of str
        The keys.

    Examples
    --------
    >>> key_stream("Science-technology ties")[2]
    ['science', 'technology', 'tie']
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


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The matching keys of a phrase without slots (:func:`key_stream`).

    Parameters
    ----------
    phrase : str
        A phrase as written in a lexicon.
    """
    return tuple(key_stream(phrase)[2])


def slot_pattern(phrase: str) -> tuple[tuple[str, ...] | tuple, list[str]]:
    """Pattern of a phrase with slots: keys, with each ``{name}`` as the item ``("{}", name)``.

    Parameters
    ----------
    phrase : str
        A phrase as written in a lexicon ("cooperation with the {party}").

    Returns
    -------
    pattern : tuple
        Keys (str) and slot items (tuple).
    classes : list of str
        The class names of the slots, in order.
    """
    out: list = []
    names: list[str] = []
    pos = 0
    for m in SLOT.finditer(phrase):
        out.extend(key_stream(phrase[pos : m.start()])[2])
        out.append((_SLOTS, m.group(1)))
        names.append(m.group(1))
        pos = m.end()
    out.extend(key_stream(phrase[pos:])[2])
    return tuple(out), names


class PhraseTrie:
    """Leftmost-longest phrase lookup over key sequences, with class slots.

    A pattern is a tuple of keys; an item ``("{}", name)`` is a slot matching any phrase of the
    class ``name`` (a :class:`PhraseTrie` given in ``classes``). Each complete pattern carries a
    payload.

    Parameters
    ----------
    classes : dict of str -> PhraseTrie, optional
        Tries of the classes that slots may name (default=None: no slots).

    Examples
    --------
    >>> party = PhraseTrie()
    >>> party.add(("cpv",), True)
    >>> trie = PhraseTrie(classes={"party": party})
    >>> trie.add(("relation", "with", "the", ("{}", "party")), "party")
    >>> trie.longest(["relation", "with", "the", "cpv", "grew"], 0)
    (4, 'party')
    """

    def __init__(self, classes: dict | None = None):
        self.root: dict = {}
        self.classes = dict(classes or {})

    def add(self, pattern, payload) -> object | None:
        """Add ``pattern`` with ``payload``; return the payload it already had (None if new).

        Parameters
        ----------
        pattern : sequence
            Keys, and slot items ``("{}", name)``.
        payload : object
            What :meth:`longest` returns for this pattern (not None).
        """
        node = self.root
        for part in pattern:
            if isinstance(part, tuple):
                node = node.setdefault(_SLOTS, {}).setdefault(part[1], {})
            else:
                node = node.setdefault(part, {})
        before = node.get(_END)
        node[_END] = payload
        return before

    def __contains__(self, key: str) -> bool:
        """True if some pattern starts with the key ``key`` (a cheap test before :meth:`longest`).

        Patterns that start with a slot are not seen here: see :attr:`starts_with_slot`.
        """
        return key in self.root

    @property
    def starts_with_slot(self) -> bool:
        """True if some pattern starts with a slot (then any key may start a match)."""
        return _SLOTS in self.root

    def first_keys(self) -> frozenset:
        """The keys a match may start with: literal first keys, and the first keys of the
        :class:`PhraseTrie` classes that patterns start with (other classes: see
        :meth:`root_classes`)."""
        out = {k for k in self.root if k is not _END and k != _SLOTS}
        for cls in self.root_classes():
            if isinstance(cls, PhraseTrie):
                out |= cls.first_keys()
        return frozenset(out)

    def root_classes(self) -> list:
        """The classes of the slots that patterns start with."""
        return [self.classes[name] for name in self.root.get(_SLOTS, {})]

    def can_start(self, keys, i: int) -> bool:
        """True if a pattern may start at ``keys[i]``: a literal first key, or a phrase of a slot
        class that patterns start with (a cheap test before :meth:`longest`).

        Parameters
        ----------
        keys : sequence of str
            The key sequence.
        i : int
            Where a match would start.
        """
        if keys[i] in self.root:
            return True
        slots = self.root.get(_SLOTS)
        if not slots:
            return False
        for name in slots:
            cls = self.classes[name]
            if isinstance(cls, PhraseTrie):
                if keys[i] in cls.root:
                    return True
            elif cls.ends(keys, i):
                return True
        return False

    def with_classes(self, classes: dict) -> PhraseTrie:
        """The same patterns with some slot classes replaced (a view: the patterns are shared).

        A class may be any object with a method ``ends(keys, j)`` giving the ends of its phrases
        that start at ``keys[j]``, such as a :class:`PhraseTrie` or phrases found in one text.

        Parameters
        ----------
        classes : dict of str -> class
            Class name -> its replacement.

        Examples
        --------
        >>> party = PhraseTrie()
        >>> party.add(("cpv",), True)
        >>> trie = PhraseTrie(classes={"party": party})
        >>> trie.add(("tie", "with", ("{}", "party")), "party")
        >>> other = PhraseTrie()
        >>> other.add(("lprp",), True)
        >>> trie.with_classes({"party": other}).longest(["tie", "with", "lprp"], 0)
        (3, 'party')
        """
        view = PhraseTrie.__new__(PhraseTrie)
        view.root = self.root
        view.classes = {**self.classes, **classes}
        return view

    def child(self, key: str):
        """The node below the root for ``key`` (None if no pattern starts with it)."""
        return self.root.get(key)

    def longest(self, keys, i: int):
        """Longest complete pattern starting at ``keys[i]``: ``(end, payload)`` or None.

        Parameters
        ----------
        keys : sequence of str
            The key sequence.
        i : int
            Where the match starts.
        """
        if self.classes:
            if _SLOTS in self.root:  # a pattern may start with a slot: try literal keys and slots
                return self._longest(self.root, keys, i, None) if i < len(keys) else None
            node = self.root.get(keys[i]) if i < len(keys) else None
            if node is None:
                return None
            return self._longest(node, keys, i + 1, None)
        node, j, best, n = self.root, i, None, len(keys)
        while j < n:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            if _END in node:
                best = (j, node[_END])
        return best

    def ends(self, keys, i: int) -> list[int]:
        """Every end of a complete pattern starting at ``keys[i]`` (no slots), shortest first."""
        out = []
        node, j, n = self.root, i, len(keys)
        while j < n:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            if _END in node:
                out.append(j)
        return out

    def _longest(self, node: dict, keys, j: int, best):
        if _END in node and (best is None or j > best[0]):
            best = (j, node[_END])
        if j < len(keys):
            nxt = node.get(keys[j])
            if nxt is not None:
                best = self._longest(nxt, keys, j + 1, best)
        slots = node.get(_SLOTS)
        if slots:
            for name, child in slots.items():
                for e in self.classes[name].ends(keys, j):
                    best = self._longest(child, keys, e, best)
        return best
