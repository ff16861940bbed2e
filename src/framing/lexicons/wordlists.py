"""The stopword and entity lists (``stopwords.txt``, ``entities.yml``).

Examples
--------
>>> from framing.lexicons.wordlists import load_entities
>>> trie = load_entities()
>>> trie.longest("ho chi minh national academy of politics".split(), 0)[1].name
'Ho Chi Minh National Academy of Politics'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from framing.errors import LexiconError
from framing.lexicons import read_packaged, read_text, read_yaml
from framing.lexicons.matching import PhraseTrie
from framing.normalize import findall_pattern, fold

__all__ = ["Entity", "EntityTrie", "load_stopwords", "load_entities", "ARTICLES", "MONTHS", "SHORT_MONTHS",
           "SMALL_NUMBER_WORDS", "VISIT_VERBS"]

#: Month names as matching keys: dates inside names and titles (framing.speakers) and time words
#: between a noun and what qualifies it (framing.sectors).
MONTHS = frozenset("january february march april may june july august september october november december".split())
#: Their short forms as agencies write them before a day ("Jun. 4", "Sept 12"; "may" needs none).
SHORT_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Verbs of visiting as matching keys (keys fold plurals: "visits" is "visit"): a place visited is
#: a scene, not a field (framing.sectors), and a visited person is no speaker (framing.speakers).
VISIT_VERBS = frozenset({"visited", "visit", "toured", "tour"})
#: The articles (the sector and speaker rules read over them; formulae mark them).
ARTICLES = frozenset({"the", "a", "an"})
#: Counts written in words below a dozen, from two: each rule adds the words of its own use
#: ("one", "several", "dozen", "more") to these.
SMALL_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())


@dataclass(frozen=True)
class Entity:
    """A named entity: canonical ``name``, ``type`` and folded ``key`` (its tokens' folded forms)."""

    name: str
    type: str
    key: str


def _parse_stopwords(raw: str) -> frozenset[str]:
    words = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(fold(line))
    return frozenset(words)


@cache
def _packaged_stopwords() -> frozenset[str]:
    return _parse_stopwords(read_packaged("stopwords.txt"))


def load_stopwords(path: str | os.PathLike | None = None) -> frozenset[str]:
    """A stopword list, folded: one word per line, ``#`` starts a comment.

    Parameters
    ----------
    path : str or PathLike, optional
        A text file (default=None: the packaged ``stopwords.txt``: general English function words
        plus news-report boilerplate such as reporting verbs, weekdays, agency names).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "said" in load_stopwords()
    True
    """
    if path is None:
        return _packaged_stopwords()
    return _parse_stopwords(read_text(path, "stopword list"))


def name_pattern(name: str) -> tuple[str, ...]:
    """Folded token forms of a name ("Việt Nam" -> ("viet", "nam"))."""
    return tuple(fold(t) for t in findall_pattern(name).findall(name))


class EntityTrie(PhraseTrie):
    """Entity patterns (tuples of folded token forms) -> :class:`Entity`; keeps the entity list."""

    def __init__(self, entities=()):
        super().__init__()
        self.entities: dict[str, Entity] = {}
        self.pairs: tuple[tuple[tuple[str, ...], Entity], ...] = tuple(entities)
        for pattern, ent in self.pairs:
            self.add(pattern, ent)
            self.entities[ent.key] = ent

    def __iter__(self):
        """The (pattern, Entity) pairs, in list order."""
        return iter(self.pairs)

    def names(self) -> dict[str, str]:
        """Entity key -> canonical name."""
        return {k: e.name for k, e in self.entities.items()}


def parse_entities(raw, source: str = "<entities>") -> EntityTrie:
    """Validate an entity list (parsed YAML) and compile it.

    Parameters
    ----------
    raw : list
        Entries with ``name``, ``type`` and optional ``aliases``, ``note``.
    source : str, default="<entities>"
        The file, for messages.
    """
    if not isinstance(raw, list):
        raise LexiconError(source, "expected a list of entities")
    patterns: dict[tuple[str, ...], Entity] = {}
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or "name" not in item or "type" not in item:
            raise LexiconError(source, f"entry {i + 1}: needs 'name' and 'type'")
        for key in ("name", "type"):
            if not isinstance(item[key], str) or not item[key].strip():
                raise LexiconError(source, f"entry {i + 1}: '{key}' must be non-empty text")
        unknown = set(item) - {"name", "type", "aliases", "note"}
        if unknown:
            raise LexiconError(source, f"entity {item['name']!r}: unknown key(s) {sorted(unknown)}")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise LexiconError(source, f"entity {item['name']!r}: 'aliases' must be a list of text")
        ent = Entity(item["name"], item["type"], " ".join(name_pattern(item["name"])))
        for form in [item["name"], *aliases]:
            pat = name_pattern(form)
            if not pat:
                raise LexiconError(source, f"entity {item['name']!r}: {form!r} has no words")
            if pat in patterns and patterns[pat] != ent:
                raise LexiconError(
                    source, f"{form!r} names both {patterns[pat].name!r} and {ent.name!r}"
                )
            patterns[pat] = ent
    return EntityTrie(patterns.items())


@cache
def _packaged_entities() -> EntityTrie:
    return parse_entities(read_yaml(read_packaged("entities.yml"), "entities.yml"), "entities.yml")


def load_entities(path: str | os.PathLike | None = None) -> EntityTrie:
    """An entity list, compiled for longest-match lookup over folded token forms.

    Every alias maps to the entity of its canonical name, so "Vietnam", "Viet Nam" and "Việt Nam"
    are one entity.

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML file in the format of the packaged ``entities.yml`` (default=None: that file).

    Returns
    -------
    EntityTrie
        ``.longest(norms, i)`` -> ``(end, Entity)`` or None; ``.entities``: key -> Entity.

    Examples
    --------
    >>> trie = load_entities()
    >>> end, entity = trie.longest(["viet", "nam", "and"], 0)
    >>> end, entity.name, entity.type
    (2, 'Việt Nam', 'place')
    """
    if path is None:
        return _packaged_entities()
    return parse_entities(read_yaml(read_text(path, "entity list"), str(path)), str(path))
