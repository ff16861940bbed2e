"""The sector lexicon: which words and phrases name a sector of cooperation.

The format and the matching rules are documented at the top of the packaged ``sectors.yml``.
:func:`load_lexicon` validates a lexicon file and compiles it into a :class:`Lexicon`, whose trie
(:class:`framing.lexicons.matching.PhraseTrie`) holds the terms and the exclusions; the matching
itself is :func:`framing.sectors.match_sectors`.

Examples
--------
>>> lex = load_lexicon()
>>> lex.sectors[:3]
('party', 'diplomacy', 'defence_security')
>>> lex.label("science_technology")
'Science & technology'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from framing.errors import LexiconError
from framing.lexicons import packaged_path, read_text, read_yaml
from framing.lexicons.matching import SLOT, PhraseTrie, key_stream, slot_pattern
from framing.lexicons.names import is_word
from framing.lexicons.wordlists import load_stopwords

__all__ = ["Sector", "Lexicon", "load_lexicon", "as_lexicon", "seed_terms", "BUILTIN_CLASSES", "WordClass"]

_TOP_KEYS = {"sectors", "exclusions", "classes", "no_sector_classes"}
_SECTOR_KEYS = {"id", "label", "description", "terms", "note", "colour", "marker"}
_EXCLUSION_KEYS = {"phrase", "sectors", "reason"}
_ID = re.compile(r"\A[a-z][a-z0-9_]*\Z")
_COLOUR = re.compile(r"\A#[0-9A-Fa-f]{6}\Z")
_MARKERS = frozenset("o s ^ v D P X h p * < > d H 8".split())


class WordClass:
    """The built-in slot class ``{word}``: any one word (a key with a letter or a digit).

    Examples
    --------
    >>> WordClass().ends(["train", "lao", "cadre"], 1)
    (2,)
    """

    def ends(self, keys, j: int):
        """``(j + 1,)`` if ``keys[j]`` is a word, else nothing."""
        if j + 1 < len(keys) and keys[j + 1] == "." and keys[j] in NAME_ABBREVIATIONS:
            return (j + 2,)  # r29i: "St." with its dot is one word of a place's name ("St. Petersburg")
        return (j + 1,) if j < len(keys) and is_word(keys[j]) else ()


#: r29i: abbreviations that open a place's name ("St. Petersburg", "Mt. Fuji"), as keys: with its dot,
#: one word of a ``{word}`` slot
NAME_ABBREVIATIONS = frozenset({"st", "mt"})


#: Slot classes every lexicon knows: ``{word}`` (any one word, as in "train {word} cadres").
BUILTIN_CLASSES = {"word": WordClass()}

# Keys that a list modifier may not end with or hold ("travel of", "oil and").
_NOT_MODIFIER = frozenset({"and", "or", ",", "/", "of", "the", "in", "on", "for", "to", "with", "between", "a", "an"})
# Round 19: prepositions, which end a term ("studying in") but are no head noun a list shares.
_NOT_HEAD = _NOT_MODIFIER | frozenset({"at", "by", "from", "into"})
#: round 30e: the suffix of a class of list-only modifiers of one sector ("party_list_head")
_LIST_HEAD_CLASS = "_list_head"


@dataclass(frozen=True)
class Sector:
    """One sector of the lexicon.

    Attributes
    ----------
    id, label, description : str
        Identifier, human label, what the sector covers.
    terms : tuple of str
        Its phrases, as written.
    colour : str
        ``#RRGGBB`` for figures ("" if the lexicon gives none: figures pick a fallback).
    marker : str
        A matplotlib marker for figures ("" if none).
    """

    id: str
    label: str
    description: str
    terms: tuple[str, ...]
    colour: str = ""
    marker: str = ""

    @property
    def phrases(self) -> tuple[str, ...]:
        return self.terms


@dataclass
class Lexicon:
    """A validated sector lexicon (see :func:`load_lexicon`).

    Attributes
    ----------
    entries : tuple of Sector
        In lexicon order.
    exclusions : tuple of (phrase, tuple of sector ids)
        Phrases (names of institutions, titles) whose words never count.
    classes : dict of str -> tuple of str
        Class name -> phrases, for ``{slot}`` terms.
    no_sector_classes : frozenset of str
        Classes whose words are no sector words (the file's ``no_sector_classes``; default=empty):
        parties, their organs, link verbs. Their keys stay out of ``common_keys``.
    source : str
        File it was read from.
    trie : PhraseTrie
        Terms (payload ``(sector, term)``) and exclusions (payload ``(None, phrase)``).
    list_heads : PhraseTrie
        The modifiers of multi-word terms -> ``{head key: (sector, term)}``: "political" ->
        {"tie": ("diplomacy", "political ties"), ...}, for lists that share a head noun
        ("political and economic ties").
    name_terms : frozenset of str
        Terms written as capitalised multi-word names ("Ho Chi Minh National Academy of
        Politics"): the lexicon lists them on purpose, so they count inside a name.
    common_keys : frozenset of str
        Keys of the sector terms (not of names): words that alone do not make a name.
    modifier_keys : frozenset of str
        Probe 41p1: lower-case keys the terms use only before their head noun ("marine" of "marine
        science", "illegal", "coastal"): never a term alone nor a term's last key, no stopword, and no
        verb by its forms among the terms' keys ("attract": "attracted"; "build": "building").
    first_keys : frozenset of str
        The keys a match may start with (a cheap test before the trie).
    """

    entries: tuple[Sector, ...]
    exclusions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    classes: dict = field(default_factory=dict)
    source: str = "<lexicon>"
    no_sector_classes: frozenset = frozenset()

    def __post_init__(self):
        self._by_id = {s.id: s for s in self.entries}
        class_tries = {}
        for name, phrases in self.classes.items():
            t = PhraseTrie()
            for p in phrases:
                t.add(slot_pattern(p)[0], True)
            class_tries[name] = t
        self.trie = PhraseTrie(classes={**BUILTIN_CLASSES, **class_tries})
        heads: dict[tuple, dict] = {}
        name_terms, common = set(), set()
        for s in self.entries:
            for term in s.terms:
                pattern = slot_pattern(term)[0]
                self.trie.add(pattern, (s.id, term))
                words = term.split()
                if len(words) > 1 and all(w[:1].isupper() or w in _NOT_MODIFIER for w in words):
                    name_terms.add(term)
                    continue
                common.update(p for p in pattern if isinstance(p, str))
                if len(pattern) > 1 and all(isinstance(p, str) for p in pattern):
                    modifier, head = pattern[:-1], pattern[-1]
                    # round 19: a preposition is no head noun a list shares ("living, studying and
                    # working in Moscow" is no list of "studying in")
                    if head not in _NOT_HEAD and not any(k in _NOT_MODIFIER or not k.isalnum() for k in modifier):
                        heads.setdefault(modifier, {}).setdefault(head, (s.id, term))
        for name, phrases in self.classes.items():
            if name not in self.no_sector_classes:
                common.update(k for p in phrases for k in slot_pattern(p)[0] if isinstance(k, str))
        for phrase, _ in self.exclusions:
            self.trie.add(slot_pattern(phrase)[0], (None, phrase))
        self.excluded = dict(self.exclusions)  # an exclusion's phrase -> the sectors it holds against
        for name, phrases in self.classes.items():
            if name.endswith(_LIST_HEAD_CLASS) and name[: -len(_LIST_HEAD_CLASS)] in self._by_id:
                # round 30e: modifiers a shared head noun reads only in a list ("party, state and
                # parliamentary channels"), no terms of their own
                for p in phrases:
                    pattern = slot_pattern(p)[0]
                    heads.setdefault(tuple(pattern[:-1]), {}).setdefault(pattern[-1], (name[: -len(_LIST_HEAD_CLASS)], p))
        self.list_heads = PhraseTrie()
        for modifier, by_head in heads.items():
            self.list_heads.add(modifier, by_head)
        self.name_terms = frozenset(name_terms)
        self.common_keys = frozenset(common)
        self.modifier_keys = _modifier_keys(self.entries, self.common_keys)
        self.first_keys = self.trie.first_keys()

    @property
    def sectors(self) -> tuple[str, ...]:
        """Sector ids in lexicon order."""
        return tuple(s.id for s in self.entries)

    def label(self, sector: str) -> str:
        """Human label of a sector, e.g. ``"Science & technology"``."""
        return self.sector(sector).label

    def labels(self) -> dict[str, str]:
        """Sector id -> label, in lexicon order."""
        return {s.id: s.label for s in self.entries}

    def colours(self) -> dict[str, str]:
        """Sector id -> colour, for the sectors that have one."""
        return {s.id: s.colour for s in self.entries if s.colour}

    def markers(self) -> dict[str, str]:
        """Sector id -> marker, for the sectors that have one."""
        return {s.id: s.marker for s in self.entries if s.marker}

    def terms(self, sector: str) -> list[str]:
        """The phrases of a sector, as written in the lexicon."""
        return list(self.sector(sector).terms)

    def sector(self, sector: str) -> Sector:
        """The :class:`Sector` of an id; KeyError naming the known ids otherwise."""
        try:
            return self._by_id[sector]
        except KeyError:
            raise KeyError(f"unknown sector {sector!r}; known: {', '.join(self.sectors)}") from None

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def verb_form(key: str, keys: frozenset) -> bool:
    """True if ``key`` is a verb's form or its stem by the other ``keys``: it ends in "-ed"/"-ing", or
    its "-ed"/"-d"/"-ing" form is one of them (probe 41p1; the list rules of
    :mod:`framing.sectors.lists` read it too).

    Examples
    --------
    >>> verb_form("attract", frozenset({"attracted"})), verb_form("trade", frozenset({"investment"}))
    (True, False)
    """
    return key.endswith(("ed", "ing")) or any(
        f in keys for f in (key + "ed", key + "d", key + "ing", key[:-1] + "ing", key + key[-1:] + "ing"))


#: Reread: the shortest modifier word; shorter keys ("an", "of", "co") are joiners or pieces of words
_MIN_MODIFIER = 3


def _modifier_keys(entries, common: frozenset) -> frozenset:
    """Probe 41p1: :attr:`Lexicon.modifier_keys` of the plain terms of ``entries``."""
    before, last = set(), set()
    for s in entries:
        for term in s.terms:
            pattern = slot_pattern(term)[0]
            if not all(isinstance(p, str) for p in pattern):
                continue
            before.update(pattern[:-1])
            last.add(pattern[-1])
    stop = load_stopwords()
    return frozenset(k for k in before - last if k.isalpha() and len(k) >= _MIN_MODIFIER and k not in stop
                     and not k.endswith("ly") and not verb_form(k, common))


def load_lexicon(path: str | os.PathLike | None = None) -> Lexicon:
    """Read and validate a sector lexicon.

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML file in the format documented at the top of ``framing/lexicons/sectors.yml``
        (default=None: that packaged file).

    Returns
    -------
    Lexicon
        ``.sectors`` (ids in order), ``.label(sector)``, ``.terms(sector)``, ``.colours()``.

    Raises
    ------
    LexiconError
        Unreadable file or bad YAML, an unknown key, a sector without terms, a duplicate sector id,
        two terms (or exclusions) equal after folding, an exclusion naming an unknown sector, a
        ``{slot}`` naming an unknown class, a null or non-text entry. The message names the file
        and the entry.

    Examples
    --------
    >>> load_lexicon().terms("oil_gas")[:2]
    ['oil and gas', 'oil']
    """
    if path is None:
        return _packaged_lexicon()
    return parse_lexicon(read_text(path, "lexicon"), str(path))


@lru_cache(maxsize=1)
def _packaged_lexicon() -> Lexicon:
    return parse_lexicon(packaged_path("sectors.yml").read_text(encoding="utf-8"), "sectors.yml")


def as_lexicon(lexicon=None) -> Lexicon:
    """A :class:`Lexicon` from a Lexicon, a path or None (the packaged lexicon)."""
    if lexicon is None:
        return load_lexicon()
    if isinstance(lexicon, Lexicon):
        return lexicon
    return load_lexicon(lexicon)


def _text(value, source: str, entry: str, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        raise LexiconError(source, f"{entry}: '{what}' must be non-empty text, not {value!r}")
    return str(value).strip()


def _strings(value, source: str, entry: str, what: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise LexiconError(source, f"{entry}: '{what}' must be a non-empty list")
    out = []
    for v in value:
        if not isinstance(v, (str, int, float)) or isinstance(v, bool) or not str(v).strip():
            raise LexiconError(source, f"{entry}: '{what}' holds an empty or non-text item {v!r}")
        out.append(str(v).strip())
    return out


def parse_lexicon(raw: str, source: str) -> Lexicon:
    """Validate and compile a lexicon from its YAML text (see :func:`load_lexicon`).

    Parameters
    ----------
    raw : str
        YAML text.
    source : str
        The file it came from, for messages.
    """
    data = read_yaml(raw, source)
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
            if SLOT.search(p) or not key_stream(p)[2]:
                raise LexiconError(source, f"class {name!r}: phrase {p!r} is empty or holds a slot")
        classes[name] = tuple(items)
    raw_no = data.get("no_sector_classes")
    no_sector = _strings(raw_no, source, "no_sector_classes", "class names") if raw_no is not None else []
    unknown = [n for n in no_sector if n not in classes]
    if unknown:
        raise LexiconError(source, f"no_sector_classes: unknown class(es) {', '.join(unknown)}")

    seen: dict[tuple, str] = {}

    def check(pattern_text: str, entry: str) -> None:
        pat, names = slot_pattern(pattern_text)
        bad = [n for n in names if n not in classes and n not in BUILTIN_CLASSES]
        if bad:
            raise LexiconError(
                source, f"{entry}: term {pattern_text!r} uses unknown class {{{bad[0]}}}"
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
        colour = item.get("colour") or ""
        if colour and (not isinstance(colour, str) or not _COLOUR.match(colour)):
            raise LexiconError(source, f"{entry}: 'colour' must be #RRGGBB, not {colour!r}")
        marker = item.get("marker") or ""
        if marker and marker not in _MARKERS:
            raise LexiconError(
                source, f"{entry}: 'marker' must be one of {' '.join(sorted(_MARKERS))}"
            )
        entries.append(
            Sector(sid, label.strip(), str(desc).strip(), tuple(terms), colour.upper(), marker)
        )

    exclusions = []
    raw_excl = data.get("exclusions") or []
    if not isinstance(raw_excl, list):
        raise LexiconError(source, "'exclusions' must be a list")
    for i, item in enumerate(raw_excl, start=1):
        if not isinstance(item, dict) or "phrase" not in item:
            raise LexiconError(
                source, f"exclusion {i}: must be a mapping with 'phrase' and 'sectors'"
            )
        phrase = _text(item["phrase"], source, f"exclusion {i}", "phrase")
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
    return Lexicon(tuple(entries), tuple(exclusions), classes, source, frozenset(no_sector))


def seed_terms(lexicon=None) -> dict[str, list[str]]:
    """Seed words for topic models: sector id -> its phrases as written.

    Phrases with a ``{slot}`` (relational patterns such as "cooperation with the {party}") are left
    out: they are not words a topic model can use.

    Parameters
    ----------
    lexicon : Lexicon or path, optional
        Default=None: the packaged lexicon.

    Returns
    -------
    dict of str -> list of str
        In lexicon order.

    Examples
    --------
    >>> seed_terms()["nuclear"][:2]
    ['nuclear', 'nuclear energy']
    """
    lex = as_lexicon(lexicon)
    return {s.id: [t for t in s.terms if "{" not in t] for s in lex.entries}
