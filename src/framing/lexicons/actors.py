"""Actors: who speaks in the reports, and on which side.

The packaged ``actors.yml`` holds the grammar of reported speech that any study shares: titles,
pronouns, continuations, reporting verbs, adverbs, openers and the groups every report uses
("both sides", "the two leaders"). A study adds its own file (its people with their sides, groups
such as "the Vietnamese side"): :func:`load_actors` reads the packaged grammar and adds the study's
file to it. The format is documented at the top of the packaged file.

Sides are the study's (``study.yml``): a person's or group's side must be one of them when they are
given; ``joint`` (both sides) and ``narrator`` (nobody is reported speaking) are always known.

Examples
--------
>>> act = load_actors()
>>> act.longest_subject(["both", "side"], 0)
(2, ('group', 0))
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from framing.errors import LexiconError
from framing.lexicons import read_packaged, read_text, read_yaml
from framing.lexicons.matching import PhraseTrie, phrase_keys

__all__ = ["Actors", "load_actors", "as_actors", "side_spelling", "JOINT", "NARRATOR"]

#: The side of a sentence voiced by both sides together.
JOINT = "joint"
#: Speaker and side of a sentence nobody is reported to speak.
NARRATOR = "narrator"

_RESOLVE = {"none", "speakers", "side"}
_WORD_LISTS = (
    "titles", "pronouns", "pronoun_forms", "continuations", "side_groups", "reporting_verbs", "adverbs", "openers", "roles",
    "generic_roles", "view_nouns", "receiving_verbs", "sources", "data_sources", "time_words",
    "according", "quote_verbs", "trades", "local_levels", "meeting_words",
    "impersonal_pronouns", "documents", "strict_roles", "authoring_verbs", "obtaining_verbs", "body_units",
    "agencies", "organisations", "international_bodies",
)
_TOP_KEYS = {"people", "groups", "occupations", *_WORD_LISTS}
#: r36e: the lists an ``occupations`` word joins ("Lao student X said": a role of no office, generic, a trade)
_OCCUPATION_LISTS = ("roles", "generic_roles", "trades")
_SIDE_ID = re.compile(r"\A[a-z][a-z0-9_]*\Z")


@dataclass
class Actors:
    """A validated actors list (see :func:`load_actors`).

    Attributes
    ----------
    people : dict of str -> str
        Canonical name -> side, in file order.
    groups : list of dict
        ``label``, ``side``, ``resolve`` of each group.
    subjects : PhraseTrie
        Names, aliases, roles and group phrases -> ``("person", name)`` or ``("group", index)``.
    continuations, verbs : PhraseTrie
        Openings that continue reported speech; reporting verbs.
    titles, pronouns, adverbs, openers : frozenset of str
        Matching keys.
    roles : PhraseTrie
        Role nouns that name a person already introduced ("the Russian minister", "the guest");
        the payload is the keys of the title the role stands for ("head of state = president" ->
        ``("president",)``, "party chief = general secretary" -> ``("general", "secretary")``), or
        True.
    generic_roles, view_nouns, receiving_verbs, sources, data_sources, time_words : frozenset of str
        Keys: roles that fit anybody ("leader", "official"); nouns of "in X's view"; verbs of
        receiving a guest; nouns of a source ("according to Vietnamese officials"); sources that
        are no speaker ("official data"); days and other time words skipped before a verb.
    according : PhraseTrie
        Phrases that introduce a source ("according to").
    quote_verbs : PhraseTrie
        Verbs that report speech only right after a closing quotation mark ('...," Belov
        continued'), not in narration ("Belov continued his tour").
    trades, local_levels : frozenset of str
        Keys: roles named for a trade, not an office ("the scientists said" is the last-speaking pair
        only when two people of the document carry the title); lower-case levels of government
        before a capitalised department ("according to the provincial Department of ...").
    organisations : frozenset of str
        Keys: lower-case nouns of a company or body ("company", "firm", "corporation"): an organisation
        the text gives a side ("Russian energy company X", "X, a Russian firm") gives it to its
        spokesperson, press service and people ("a company spokesperson said").
    meeting_words : frozenset of str
        Keys: words of meeting before the place of talks ("held talks in Hà Nội", "met X in
        Moscow"): the place is where the talks were, not a side's origin.
    impersonal_pronouns, documents : frozenset of str
        Keys: pronouns that are never a person ("it"), and nouns of documents such a pronoun may
        stand for ("The ministry welcomed the treaty. It calls for ..."), default=frozenset().
    strict_roles : frozenset of str
        Keys: roles that refer only to a person whose title holds the word ("the manager"),
        default=frozenset().
    authoring_verbs, obtaining_verbs : frozenset of str
        Keys: verbs whose subject wrote the document they name ("sent a letter"), and verbs whose
        subject got it from someone else ("received a letter"), default=frozenset().
    body_units : frozenset of str
        Keys: units of a side's body a title may end in before "of" and the side ("Secretary of the
        Moscow city branch of United Russia X"), default=frozenset().
    agencies : PhraseTrie
        News agency -> keys of its country ("TASS = Russia": "X told TASS"), default=PhraseTrie().
    international_bodies : PhraseTrie
        Names of intergovernmental bodies ("IAEA", "World Bank"): of no country, default=PhraseTrie().
    sides : tuple of str
        The sides a person or group may have (empty: any identifier).
    side_words : PhraseTrie
        The words that belong to each side (countries, adjectives, parties; from the study's
        sides) -> side id.
    origin_sides : dict of str -> str
        Folded adjective -> side id, for the name origins of ``names.yml``.
    country_heads : tuple of (str, str)
        (last key, side) of each country name of several words ("korea" of "South Korea"), so that
        "Korea" alone may name the one such side a document mentions.
    source : str
        The file(s) read.
    """

    people: dict
    groups: list
    subjects: PhraseTrie
    titles: frozenset
    pronouns: frozenset
    continuations: PhraseTrie
    verbs: PhraseTrie
    adverbs: frozenset
    openers: frozenset
    sides: tuple = ()
    source: str = "<actors>"
    order: dict = field(default_factory=dict)
    roles: PhraseTrie = field(default_factory=PhraseTrie)
    generic_roles: frozenset = frozenset()
    view_nouns: frozenset = frozenset()
    receiving_verbs: frozenset = frozenset()
    sources: frozenset = frozenset()
    data_sources: frozenset = frozenset()
    time_words: frozenset = frozenset()
    according: PhraseTrie = field(default_factory=PhraseTrie)
    quote_verbs: PhraseTrie = field(default_factory=PhraseTrie)
    trades: frozenset = frozenset()
    local_levels: frozenset = frozenset()
    meeting_words: frozenset = frozenset()
    organisations: frozenset = frozenset()
    impersonal_pronouns: frozenset = frozenset()
    documents: frozenset = frozenset()
    strict_roles: frozenset = frozenset()
    authoring_verbs: frozenset = frozenset()
    obtaining_verbs: frozenset = frozenset()
    body_units: frozenset = frozenset()
    agencies: PhraseTrie = field(default_factory=PhraseTrie)
    international_bodies: PhraseTrie = field(default_factory=PhraseTrie)
    pronoun_forms: frozenset = frozenset()
    side_groups: frozenset = frozenset()
    side_words: PhraseTrie = field(default_factory=PhraseTrie)
    origin_sides: dict = field(default_factory=dict)
    country_heads: tuple = ()
    side_spellings: frozenset = frozenset()

    def __hash__(self) -> int:  # one Actors per load (cached): identity is equality
        return id(self)

    def __eq__(self, other) -> bool:
        return self is other

    def longest_subject(self, keys, i: int):
        """Longest name, role or group phrase at ``keys[i]``: ``(end, (kind, value))`` or None."""
        return self.subjects.longest(keys, i)


class _Builder:
    """Collects one or more actor files into the tries of an :class:`Actors`."""

    def __init__(self, sides: tuple):
        self.described = tuple(s for s in sides if not isinstance(s, str))
        self.sides = tuple(s if isinstance(s, str) else s.id for s in sides)
        self.people: dict[str, str] = {}
        self.groups: list[dict] = []
        self.subjects = PhraseTrie()
        self.words = {key: [] for key in _WORD_LISTS}
        self.sources: list[str] = []

    def _side(self, value, source: str, entry: str, allow_joint: bool) -> str:
        known = [*self.sides, *([JOINT] if allow_joint else [])]
        if not isinstance(value, str) or not _SIDE_ID.match(value):
            raise LexiconError(source, f"{entry}: side must be a side id of the study, not {value!r}")
        if self.sides and value not in known:
            raise LexiconError(
                source, f"{entry}: side {value!r} is not a side of the study ({', '.join(known)})"
            )
        if value == JOINT and not allow_joint:
            raise LexiconError(source, f"{entry}: a person cannot have side {JOINT!r}")
        return value

    def _add_subject(self, form: str, payload, source: str, entry: str) -> None:
        keys = phrase_keys(form)
        if not keys:
            raise LexiconError(source, f"{entry}: empty phrase {form!r}")
        before = self.subjects.add(keys, payload)
        if before is not None and before != payload:
            raise LexiconError(
                source, f"{entry}: phrase {' '.join(keys)!r} is used twice (same after folding)"
            )

    def add(self, raw: str, source: str) -> None:
        data = read_yaml(raw, source)
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise LexiconError(source, "an actors list must be a mapping ('people', 'groups', ...)")
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise LexiconError(
                source, f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}"
            )
        self.sources.append(source)
        people = data.get("people") or []
        if not isinstance(people, list):
            raise LexiconError(source, "'people' must be a list")
        for i, item in enumerate(people, start=1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
                raise LexiconError(source, f"person {i}: must be a mapping with 'name' and 'side'")
            name = item["name"].strip()
            entry = f"person {name!r}"
            bad = set(item) - {"name", "side", "aliases", "roles", "note"}
            if bad:
                raise LexiconError(
                    source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, bad)))}"
                )
            side = self._side(item.get("side"), source, entry, allow_joint=False)
            if name in self.people:
                raise LexiconError(source, f"{entry}: listed twice")
            self.people[name] = side
            forms = [name, *_words(item, "aliases", source, entry), *_words(item, "roles", source, entry)]
            for form in forms:
                self._add_subject(form, ("person", name), source, entry)
        groups = data.get("groups") or []
        if not isinstance(groups, list):
            raise LexiconError(source, "'groups' must be a list")
        for i, item in enumerate(groups, start=1):
            if not isinstance(item, dict) or not isinstance(item.get("label"), str):
                raise LexiconError(source, f"group {i}: must be a mapping with 'label' and 'phrases'")
            entry = f"group {item['label']!r}"
            bad = set(item) - {"label", "side", "resolve", "phrases", "note"}
            if bad:
                raise LexiconError(
                    source, f"{entry}: unknown key(s) {', '.join(sorted(map(str, bad)))}"
                )
            resolve = item.get("resolve", "none")
            if resolve not in _RESOLVE:
                raise LexiconError(source, f"{entry}: resolve must be one of none, speakers, side")
            side = JOINT
            if resolve != "speakers" or item.get("side") is not None:
                side = self._side(item.get("side"), source, entry, allow_joint=resolve != "side")
            phrases = _words(item, "phrases", source, entry)
            if not phrases:
                raise LexiconError(source, f"{entry}: no phrases")
            self.groups.append({"label": item["label"], "side": side, "resolve": resolve})
            for form in phrases:
                self._add_subject(form, ("group", len(self.groups) - 1), source, entry)
        for key in _WORD_LISTS:
            self.words[key].extend(_words(data, key, source, f"'{key}'"))
        occupations = _words(data, "occupations", source, "'occupations'")
        for key in _OCCUPATION_LISTS:
            self.words[key].extend(occupations)

    def build(self) -> Actors:
        source = " + ".join(self.sources)

        def trie_of(key):
            t = PhraseTrie()
            for w in self.words[key]:
                phrase, _, means = w.partition("=")  # "head of state = president"
                keys = phrase_keys(phrase)
                if not keys:
                    raise LexiconError(source, f"{key} {w!r}: empty phrase")
                # all the keys of the title, not its last word: "party chief = general secretary"
                # is a general secretary, not any secretary
                t.add(keys, tuple(phrase_keys(means)) if means.strip() else True)
            return t

        def set_of(key):
            return frozenset(k for w in self.words[key] for k in phrase_keys(w))

        side_words = PhraseTrie()
        origin_sides: dict[str, str] = {}
        country_heads = []
        spellings = set()
        for side in self.described:
            for country in side.countries:
                keys = phrase_keys(country)
                if len(keys) > 1:
                    country_heads.append((keys[-1], side.id))
            for word in (*side.countries, *side.adjectives, *side.parties):
                spellings.add(side_spelling(word))
                keys = phrase_keys(word)
                if keys and side_words.add(keys, side.id) not in (None, side.id):
                    side_words.add(keys, None)  # a word of two sides tells nothing
            for adjective in side.adjectives:
                origin_sides.setdefault(" ".join(phrase_keys(adjective)), side.id)
            for person in side.people:
                if person not in self.people:
                    self.people[person] = side.id
                    self._add_subject(person, ("person", person), source, f"side {side.id!r}")
        return Actors(
            people=self.people,
            groups=self.groups,
            subjects=self.subjects,
            titles=set_of("titles"),
            pronouns=set_of("pronouns"),
            continuations=trie_of("continuations"),
            verbs=trie_of("reporting_verbs"),
            adverbs=set_of("adverbs"),
            openers=set_of("openers"),
            sides=self.sides,
            source=source,
            order={n: i for i, n in enumerate(self.people)},
            roles=trie_of("roles"),
            generic_roles=set_of("generic_roles"),
            view_nouns=set_of("view_nouns"),
            receiving_verbs=set_of("receiving_verbs"),
            sources=set_of("sources"),
            data_sources=set_of("data_sources"),
            time_words=set_of("time_words"),
            according=trie_of("according"),
            quote_verbs=trie_of("quote_verbs"),
            trades=set_of("trades"),
            local_levels=set_of("local_levels"),
            meeting_words=set_of("meeting_words"),
            organisations=set_of("organisations"),
            impersonal_pronouns=set_of("impersonal_pronouns"),
            documents=set_of("documents"),
            strict_roles=set_of("strict_roles"),
            authoring_verbs=set_of("authoring_verbs"),
            obtaining_verbs=set_of("obtaining_verbs"),
            body_units=set_of("body_units"),
            agencies=trie_of("agencies"),
            international_bodies=trie_of("international_bodies"),
            pronoun_forms=set_of("pronoun_forms"),
            side_groups=set_of("side_groups"),
            side_words=side_words,
            origin_sides=origin_sides,
            country_heads=tuple(country_heads),
            side_spellings=frozenset(spellings),
        )


def side_spelling(phrase: str) -> str:
    """The letters of a side word, lower case, marks kept: how a text must spell it when it has marks.

    "Lào Cai" is no "Lao": a side word written with marks the study does not list is another word.

    Parameters
    ----------
    phrase : str
        A side word as the study or a text writes it.

    Returns
    -------
    str
        Its letters, lower case, diacritics kept, spaces and punctuation dropped.

    Examples
    --------
    >>> side_spelling("Lao People's Revolutionary Party")
    'laopeoplesrevolutionaryparty'
    >>> side_spelling("Lào")
    'lào'
    """
    return "".join(c for c in unicodedata.normalize("NFC", phrase.lower()) if c.isalpha())


def _words(data: dict, key: str, source: str, entry: str) -> list[str]:
    value = data.get(key) or []
    what = "" if entry == f"'{key}'" else f" '{key}'"  # a top-level list names itself once
    if not isinstance(value, list):
        raise LexiconError(source, f"{entry}:{what} must be a list of words")
    for v in value:
        if not isinstance(v, str) or not v.strip():
            hint = (
                " (quote it: YAML reads on/off/yes/no as booleans)" if isinstance(v, bool) else ""
            )
            raise LexiconError(source, f"{entry}:{what} item {v!r} is not a word{hint}")
    return value


@lru_cache(maxsize=16)
def _load(paths: tuple[str, ...], sides: tuple) -> Actors:
    b = _Builder(sides)
    b.add(read_packaged("actors.yml"), "actors.yml")
    for p in paths:
        b.add(read_text(p, "actors list"), p)
    return b.build()


def load_actors(
    path: str | os.PathLike | Iterable[str | os.PathLike] | None = None,
    *,
    sides: Iterable[str] | None = None,
) -> Actors:
    """The packaged grammar of reported speech plus a study's actors file(s).

    Parameters
    ----------
    path : str, PathLike or list of them, optional
        Actors file(s) in the format documented at the top of ``framing/lexicons/actors.yml``,
        added to the packaged file (default=None: the packaged file alone, which names no person).
    sides : iterable of str or Side, optional
        The study's sides (:class:`framing.config.Side`, or their ids); a person's or group's side
        must be one of them (or ``joint`` for a group). A :class:`~framing.config.Side` also tells
        which words (countries, adjectives, parties) and people belong to it, so that speakers found
        in the text get their side. Default=None: any lower-case identifier.

    Returns
    -------
    Actors

    Raises
    ------
    LexiconError
        Bad YAML, unknown keys, a person without a valid side, a phrase used twice, ...

    Examples
    --------
    >>> load_actors().people
    {}
    """
    if path is None:
        paths: tuple[str, ...] = ()
    elif isinstance(path, (str, os.PathLike)):
        paths = (os.fspath(path),)
    else:
        paths = tuple(os.fspath(p) for p in path)
    return _load(paths, tuple(sides or ()))  # Side is a frozen dataclass: hashable


def as_actors(actors=None, *, sides: Iterable | None = None) -> Actors:
    """An :class:`Actors` from an Actors, a path (or paths) or None (the packaged grammar)."""
    if isinstance(actors, Actors):
        return actors
    return load_actors(actors, sides=sides)
