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
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress, starmap
from operator import sub

from framing.normalize import APOSTROPHE, HYPHEN, HYPHEN_CHARS, WORD_CLASS, WORD_CLASS_FAST, fold

__all__ = [
    "PhraseTrie",
    "key_stream",
    "match_key",
    "phrase_keys",
    "slot_pattern",
    "SLOT",
    "KeyScanner",
    "anchor_keys",
    "pattern_keys",
    "scan_fold",
    "scan_position",
    "surface_variants",
    "folding_to",
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


# Pieces that tile a text, found by the same rules as the tokenizer, each with the whitespace before
# it: abbreviations ("U.S."), a possessive 's, words (letters, digits, combining marks, invisible
# joiners; "1.5"; an inner apostrophe as in "o'clock"), any other character. A hyphen inside a word
# starts a piece of its own ("science-technology" -> "science", "-technology") whose key is the
# part after the hyphen, so a hyphen matches like a space; a free-standing dash stays punctuation.
# U+02BC is a letter: "Namʼs" is one word, its "ʼs" no possessive token. Whitespace rides with the
# token after it (one piece per token, not two), so only trailing whitespace is left out.
_APOS_NOT_LETTER = "['\u2019]"


def _pieces_re(w: str) -> re.Pattern:
    word = rf"{w}+(?:[.,]\d+)*(?:{APOSTROPHE}(?![sS](?!{w})){w}+)*"
    abbr = r"(?:[A-Za-z]\.){2,}"
    return re.compile(
        rf"\s*(?:{abbr}|{APOSTROPHE}[sS](?!{w})|(?<={w})(?<!{_APOS_NOT_LETTER}[sS]){HYPHEN}{word}|{word}|\S)"
    )


_PIECES = _pieces_re(WORD_CLASS_FAST)
_PIECES_UNDERSCORE = _pieces_re(WORD_CLASS)
_IGNORED = frozenset({"", "'", "'s"})
_PIECE_CACHE_SIZE = 1 << 19  # distinct pieces kept (new words of a large corpus keep coming)


class _PieceKeys(dict):
    """Piece -> matching key ("" for pieces matching ignores: apostrophes, 's), filled on first
    sight; ``lengths`` gets the piece's token length (no leading whitespace or hyphen) at the same
    time. A dict subclass so that a hit is one C-level lookup (``map(keys.__getitem__, ...)``)."""

    __slots__ = ("lengths",)

    def __init__(self):
        super().__init__()
        self.lengths: dict[str, int] = {}

    def __missing__(self, piece: str) -> str:
        token = piece.lstrip()
        lead = 1 if len(token) > 1 and token[0] in HYPHEN_CHARS else 0
        f = fold(token[lead:])
        key = "" if f in _IGNORED else match_key(f)
        self.lengths[piece] = len(token) - lead
        self[piece] = key
        return key


_PIECE_KEYS = _PieceKeys()


def key_stream(text: str) -> tuple[list[int], list[int], list[str]]:
    """Matching keys of ``text``: (starts, ends, keys), offsets into ``text``.

    The text is cut into pieces by one regular expression (``findall``: no match objects), one per
    token with the whitespace before it; each distinct piece is folded once (cached), and offsets
    come from the running sum of piece lengths, so the Python work per token is a few C-level
    calls. Spaces, hyphens, apostrophes and possessive ``'s`` are dropped (so "science-technology"
    and "science technology" give the same keys); each key is the folded form without plural ending
    (:func:`match_key`). Same tokens and keys as :func:`framing.tokens.key_stream_reference`, which
    is built on the tokenizer.

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
    global _PIECE_KEYS
    cache = _PIECE_KEYS  # one cache for the whole call, even if another thread renews it
    if len(cache) > _PIECE_CACHE_SIZE:
        cache = _PIECE_KEYS = _PieceKeys()
    pieces = (_PIECES_UNDERSCORE if "_" in text else _PIECES).findall(text)
    keys = list(map(cache.__getitem__, pieces))
    ends = list(accumulate(map(len, pieces)))
    lengths = cache.lengths.__getitem__
    if all(keys):
        return list(map(sub, ends, map(lengths, pieces))), ends, keys
    ends = list(compress(ends, keys))
    starts = list(map(sub, ends, map(lengths, compress(pieces, keys))))
    return starts, ends, list(compress(keys, keys))


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
        return [self.classes[name] for name in self.root_slot_names()]

    def root_slot_names(self) -> list[str]:
        """The names of the slots that patterns start with."""
        return list(self.root.get(_SLOTS, ()))

    def keys_after_root_slot(self, name: str) -> frozenset | None:
        """The literal keys that may follow the slot ``name`` where it opens a pattern; None if
        a pattern may end with that slot or go on with another slot there.

        With a class of one key ("{word} community in"), a match that opens with the slot starts
        right before one of these keys: a matcher need not try every key.

        Parameters
        ----------
        name : str
            A slot class name.

        Examples
        --------
        >>> trie = PhraseTrie(classes={"word": None})
        >>> trie.add((("{}", "word"), "community", "in"), "x")
        >>> trie.keys_after_root_slot("word")
        frozenset({'community'})
        """
        child = self.root.get(_SLOTS, {}).get(name)
        if child is None:
            return frozenset()
        if _END in child or _SLOTS in child:
            return None
        return frozenset(child)

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

    def without_root_slots(self) -> PhraseTrie:
        """The same patterns but those that open with a slot (a view: the patterns are shared).

        Where a caller knows that no phrase of those slots' classes starts, :meth:`longest` of
        the view gives the same match with less work.

        Examples
        --------
        >>> trie = PhraseTrie(classes={"party": PhraseTrie()})
        >>> trie.add((("{}", "party"), "tie"), "a")
        >>> trie.add(("energy",), "b")
        >>> trie.root_slot_names(), trie.without_root_slots().root_slot_names()
        (['party'], [])
        """
        view = PhraseTrie.__new__(PhraseTrie)
        view.root = _root_without_slots(self.root)
        view.classes = self.classes
        return view

    def longest(self, keys, i: int):
        """Longest complete pattern starting at ``keys[i]``: ``(end, payload)`` or None.

        Parameters
        ----------
        keys : sequence of str
            The key sequence.
        i : int
            Where the match starts.
        """
        n = len(keys)
        if i >= n:
            return None
        if self.classes:
            if _SLOTS in self.root:  # a pattern may start with a slot: try literal keys and slots
                return self._longest(self.root, keys, i, None)
            node = self.root.get(keys[i])
            if node is None:
                return None
            return self._longest(node, keys, i + 1, None)
        node = self.root.get(keys[i])
        if node is None:
            return None  # most places: no pattern starts with the key
        j = i + 1
        best = (j, node[_END]) if _END in node else None
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
        n = len(keys)
        node = self.root.get(keys[i]) if i < n else None
        if node is None:
            return []  # most places: no pattern starts with the key
        out = [i + 1] if _END in node else []
        j = i + 1
        while j < n:
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            if _END in node:
                out.append(j)
        return out

    def _longest(self, node: dict, keys, j: int, best):
        # Depth first as a recursion would go (literal key first, then the slots of each node,
        # deepest node first), so that of two matches of one length the first found stays; the
        # literal path is walked in a loop, since most nodes have no slot.
        n = len(keys)
        pending = []
        while True:
            if _END in node and (best is None or j > best[0]):
                best = (j, node[_END])
            slots = node.get(_SLOTS)
            if slots:
                pending.append((slots, j))
            if j >= n:
                break
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
        for slots, at in reversed(pending):
            for name, child in slots.items():
                cls = self.classes[name]
                if type(cls) is PhraseTrie and (at >= n or keys[at] not in cls.root):
                    continue  # no phrase of the class starts here (its ends would be none)
                closed = _END not in child and _SLOTS not in child  # only literal keys follow
                for e in cls.ends(keys, at):
                    if closed and (e >= n or keys[e] not in child):
                        continue  # nothing can match past the slot: no need to descend
                    best = self._longest(child, keys, e, best)
        return best


_WITHOUT_SLOTS: dict[int, tuple[dict, dict]] = {}


def _root_without_slots(root: dict) -> dict:
    """``root`` without its slot edge, built once per root (views of one trie share theirs)."""
    if _SLOTS not in root:
        return root
    got = _WITHOUT_SLOTS.get(id(root))
    if got is None or got[0] is not root or len(got[1]) != len(root) - 1:  # new, or added to
        if len(_WITHOUT_SLOTS) > 64:
            _WITHOUT_SLOTS.clear()  # tries gone (the entry holds its root, so ids stay unique)
        got = _WITHOUT_SLOTS[id(root)] = (root, {k: v for k, v in root.items() if k != _SLOTS})
    return got[1]


# ---------------------------------------------------------------------------------------------
# Candidates at automaton speed
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _scan_table() -> tuple[re.Pattern, dict]:
    """Non-ASCII characters that :func:`scan_fold` must fold (a pattern), and their folds.

    Punctuation, spaces and symbols that fold leaves alone stay as they are (they only ever
    separate words); every other non-ASCII character (letters, digits, combining marks, invisible
    joiners, curly apostrophes, dashes) is folded as :func:`framing.normalize.fold` folds it alone.
    """
    import unicodedata

    keep = []
    for cp in list(range(0x80, 0x3000)) + list(range(0xFB00, 0x10000)):
        c = chr(cp)
        f = fold(c)
        if f == c and not c.isalnum() and unicodedata.category(c)[0] in "PZS":
            keep.append(cp)
    ranges, a = [], None
    for k, cp in enumerate(keep):
        if a is None:
            a = cp
        if k + 1 == len(keep) or keep[k + 1] != cp + 1:
            ranges.append(f"\\u{a:04x}-\\u{cp:04x}" if cp > a else f"\\u{a:04x}")
            a = None
    return re.compile(rf"[^\x00-\x7f{''.join(ranges)}]"), {}


def scan_fold(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """``text`` folded for a candidate scan: lower case, letters without diacritics.

    ASCII is lower-cased; other letters, digits, combining marks and invisible characters are folded
    one by one as :func:`framing.normalize.fold` does (so "Việt" gives "viet" in both NFC and NFD),
    and so are curly apostrophes, dashes and special spaces; other punctuation stays. The folded text has the positions of ``text`` unless a character
    folds to zero or several characters (a combining mark, "ß"): ``anchors`` then gives, for each
    run of unchanged length, its start in the folded text and in ``text`` (:func:`scan_position`
    maps a position back).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    folded : str
    anchors : (list of int, list of int) or None
        None when the positions are those of ``text``.

    Examples
    --------
    >>> scan_fold("Việt Nam’s ENERGY")
    ("viet nam's energy", None)
    >>> folded, anchors = scan_fold("Vie\\u0323\\u0302t energy")
    >>> folded, scan_position(anchors, 5)
    ('viet energy', 7)
    """
    if text.isascii():
        return text.lower(), None
    pattern, cache = _scan_table()
    parts = pattern.split(text)
    if len(parts) == 1:
        low = text.lower()
        if len(low) == len(text):
            return low, None
    chars = pattern.findall(text)
    out = [parts[0].lower()]
    fpos, opos = len(out[0]), len(parts[0])
    fstarts, ostarts = [0], [0]
    moved = fpos != opos
    for c, p in zip(chars, parts[1:], strict=True):
        f = cache.get(c)
        if f is None:
            f = cache[c] = fold(c)
        low = p.lower()
        out.append(f)
        out.append(low)
        if len(f) != 1 or len(low) != len(p):
            moved = True
        fstarts += [fpos, fpos + len(f)]
        ostarts += [opos, opos + 1]
        fpos += len(f) + len(low)
        opos += 1 + len(p)
    return "".join(out), ((fstarts, ostarts) if moved else None)


def scan_position(anchors, pos: int) -> int:
    """The position in the text of position ``pos`` of its :func:`scan_fold` (same token).

    Parameters
    ----------
    anchors : (list of int, list of int) or None
        As :func:`scan_fold` returns them.
    pos : int
        A position in the folded text.

    Examples
    --------
    >>> scan_position(None, 4)
    4
    """
    if anchors is None:
        return pos
    fstarts, ostarts = anchors
    k = bisect_right(fstarts, pos) - 1
    return ostarts[k] + (pos - fstarts[k])


@lru_cache(maxsize=16)
def folding_to(target: str) -> str:
    """Every character (of the Basic Multilingual Plane) that :func:`framing.normalize.fold` folds
    to ``target``, ``target`` first: the spellings a pattern of raw text must allow.

    Parameters
    ----------
    target : str
        One folded character.

    Examples
    --------
    >>> folding_to("(")
    '(⁽₍︵﹙（'
    """
    return target + "".join(
        c for c in map(chr, range(0x80, 0x10000)) if c != target and fold(c) == target
    )


def surface_variants(key: str) -> list[str]:
    """Folded spellings whose matching key is ``key``, up to trailing apostrophes: the key, its
    plurals ("ties", "classes", "academies").

    Parameters
    ----------
    key : str
        A matching key (:func:`match_key`).

    Examples
    --------
    >>> surface_variants("academy")
    ['academy', 'academys', 'academyes', 'academies']
    """
    out = [key, key + "s", key + "es"]
    if key.endswith("y"):
        out.append(key[:-1] + "ies")
    return out


# Letters a-z stay, every other character becomes a space (1:1): word edges for the automaton.
_LETTERS_ONLY = str.maketrans({chr(i): chr(i) if "a" <= chr(i) <= "z" else " " for i in range(128)})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _letters(folded: str) -> str:
    if not folded.isascii():
        folded = _NON_ASCII.sub(" ", folded)
    return folded.translate(_LETTERS_ONLY)


class KeyScanner:
    """Where tokens with given matching keys may start in a text: one Aho–Corasick scan.

    A pyahocorasick automaton holds the folded spellings of the keys (:func:`surface_variants`),
    each between two spaces; :meth:`positions` scans the text folded by :func:`scan_fold` with
    every character other than a-z turned into a space (same length), so that a hit is a whole
    word. The positions are a superset of the starts of the tokens whose :func:`key_stream` key is
    one of the keys (a digit or another character next to a word only adds places): a scan finds
    every place where a match could be, and the exact rules run only there.

    Parameters
    ----------
    keys : iterable of str
        Matching keys (word keys; punctuation keys are ignored).

    Examples
    --------
    >>> scanner = KeyScanner(["energy", "academy"])
    >>> scanner.positions("Energy academies; bioenergy and ENERGY's future")
    [0, 7, 32]
    """

    def __init__(self, keys):
        import ahocorasick

        self.keys = frozenset(k for k in keys if any(ch.isalnum() for ch in k))
        self.automaton = ahocorasick.Automaton()
        for k in sorted(self.keys):
            for v in surface_variants(k):
                pattern = f" {_letters(v)} "
                self.automaton.add_word(pattern, len(pattern))
        if self.keys:
            self.automaton.make_automaton()

    def positions(self, text: str) -> list[int]:
        """Offsets into ``text`` where a token with one of the keys may start, in text order.

        Parameters
        ----------
        text : str
            Any text.
        """
        if not self.keys:
            return []
        folded, anchors = scan_fold(text)
        # hit (end, size) in " " + letters + " ": its word starts at end - size + 2 there, so at
        # end - size + 1 in the folded text
        out = map((1).__add__, starmap(sub, self.automaton.iter(f" {_letters(folded)} ")))  # C-level
        if anchors is not None:
            out = [scan_position(anchors, s) for s in out]
        return sorted(set(out))


def anchor_keys(trie: PhraseTrie, dynamic=frozenset(), skip=None, common=frozenset()) -> frozenset | None:
    """One key of each pattern of ``trie`` that every match of the pattern holds: where a scan
    must look.

    For each complete pattern, its longest literal word key (with a letter or a digit) not in
    ``common`` (long keys are rare words); for a pattern without one, the first keys of one of its
    static classes (a :class:`PhraseTrie` not named in ``dynamic``) if they are all words, else its
    longest literal word key. None if some pattern has no word key to anchor on (then any place
    may hold a match). Every key returned is a word.

    Parameters
    ----------
    trie : PhraseTrie
        The patterns.
    dynamic : collection of str, default=frozenset()
        Class names replaced in each text (:meth:`PhraseTrie.with_classes`).
    skip : callable, optional
        ``skip(payload)`` true for patterns that need no anchor (default=None: every pattern).
    common : collection of str, default=frozenset()
        Frequent keys ("the", "with") to anchor on only when a pattern has nothing else.

    Examples
    --------
    >>> party = PhraseTrie()
    >>> party.add(("cpv",), True)
    >>> trie = PhraseTrie(classes={"party": party})
    >>> trie.add((("{}", "party"), "to", "exchange"), "x")
    >>> trie.add(("energy",), "y")
    >>> sorted(anchor_keys(trie)), sorted(anchor_keys(trie, {"party"}))
    (['energy', 'exchange'], ['energy', 'exchange'])
    """
    dynamic = frozenset(dynamic)
    out: set = set()
    todo = [(trie.root, (), ())]
    while todo:
        node, lits, classes = todo.pop()
        for k, child in node.items():
            if k is _END:
                if skip is not None and skip(child):
                    continue
                words = [x for x in lits if any(ch.isalnum() for ch in x)]
                rare = [x for x in words if x not in common]
                if rare:
                    out.add(max(rare, key=lambda x: (len(x), x)))
                    continue
                static = [c for c in classes if c not in dynamic and isinstance(trie.classes.get(c), PhraseTrie)]
                firsts = trie.classes[static[0]].first_keys() if static else frozenset()
                if firsts and all(any(ch.isalnum() for ch in x) for x in firsts):
                    out |= firsts
                elif words:
                    out.add(max(words, key=lambda x: (len(x), x)))
                else:
                    return None
            elif k == _SLOTS:
                todo.extend((sub, lits, (*classes, name)) for name, sub in child.items())
            else:
                todo.append((child, (*lits, k), classes))
    return frozenset(out)


def pattern_keys(trie: PhraseTrie) -> frozenset:
    """Every literal key of the patterns of ``trie`` and of its :class:`PhraseTrie` classes.

    Parameters
    ----------
    trie : PhraseTrie
        The patterns.

    Examples
    --------
    >>> trie = PhraseTrie()
    >>> trie.add(("oil", "and", "gas"), "oil_gas")
    >>> sorted(pattern_keys(trie))
    ['and', 'gas', 'oil']
    """
    out: set = set()
    todo = [trie.root] + [c.root for c in trie.classes.values() if isinstance(c, PhraseTrie)]
    while todo:
        node = todo.pop()
        for k, child in node.items():
            if k is _END:
                continue
            if k == _SLOTS:
                todo.extend(child.values())
            else:
                out.add(k)
                todo.append(child)
    return frozenset(out)
