"""Proper names in running text: institutions and titles, acronyms defined in the text, parties.

The rules are general and their words are data (the packaged ``names.yml``, whose header documents
the format): a run of capitalised words with a *head* ("Ministry", "Group", "Week") or a *title*
("Minister", "Director") is a name, and so is a run of two or more capitalised words of which one
at least is no sector word ("Trans-Siberian Railway"). Sector words inside a name are no mention
(:func:`framing.sectors.match_sectors`); the people behind titles are speakers
(:func:`framing.speakers.attribute_speakers`).

Everything here reads a :class:`TextView`: the folded key stream of a text
(:func:`framing.lexicons.matching.key_stream`) with, per key, whether its token is capitalised and
whether it opens a sentence. Each function is one pass over the keys (linear in the text).

Examples
--------
>>> view = TextView("They met the Ministry of Industry and Trade on energy.")
>>> [" ".join(view.keys[i:j]) for i, j in proper_name_spans(view)]
['ministry of industry and trade']
>>> view = TextView("Ties with the Lao People's Revolutionary Party (LPRP) grew; the LPRP agreed.")
>>> parties = party_spans(view)
>>> [" ".join(view.keys[i:e]) for i, ends in sorted(parties.items()) for e in ends]
['lao people revolutionary party', 'people revolutionary party', 'revolutionary party', 'lprp']
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from framing.errors import LexiconError
from framing.lexicons import read_packaged, read_text, read_yaml
from framing.lexicons.matching import PhraseTrie, key_stream, phrase_keys
from framing.normalize import fold

__all__ = [
    "Names",
    "TextView",
    "SpanClass",
    "load_names",
    "proper_name_spans",
    "alias_brackets",
    "acronym_brackets",
    "alias_spans",
    "capitalised_runs",
    "party_spans",
    "is_word",
]

_KEYS = {"heads", "titles", "connectors", "offices", "particles", "name_origins", "party_modifiers", "seats", "capitals",
         "cities", "given_titles", "local_kinds"}
_ORIGIN_KEYS = {"adjective", "short_form", "surnames", "complete", "middle_names"}
_SHORT_FORMS = {"given", "surname", "any"}
# Keys that end a sentence, or open one after them.
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", '"'})
_HYPHEN = re.compile("[-\u2010\u2011]")
_NEWLINE = re.compile("\n")
# "d'Affaires", "d'Ivoire": a French elision before a capital is a capitalised word of a name
_ELIDED = re.compile("(?<![^\\W\\d_])d['\u2019](?=[^\\W\\d_])")
# Keys joining two parts of one name besides the connector words: a dash, a slash, a comma.
_JOINERS = frozenset({"-", "/", ",", "&"})
_PARTY = "party"


@lru_cache(maxsize=1 << 16)
def is_word(key: str) -> bool:
    """True if a key holds a letter or a digit (not punctuation)."""
    return key.isalnum() or any(ch.isalnum() for ch in key)  # the first test answers most keys


@dataclass(frozen=True)
class Names:
    """The word lists of ``names.yml``, as matching keys (see :func:`load_names`).

    Attributes
    ----------
    heads, titles, connectors, particles, party_modifiers : frozenset of str
        Keys of heads of institution names, office titles, connector words, name particles, words
        that make "party" a political party in lower case ("ruling", "communist").
    offices : PhraseTrie
        Lower-case office phrases ("minister", "deputy minister").
    origins : tuple of (str, str, frozenset of str)
        (folded adjective, short form, folded surnames) of each name origin.
    open_origins : frozenset of str
        Folded adjectives of origins whose surname list is not complete (``complete: no``): a name
        without one of those surnames may still be of that origin.
    origin_middles : tuple of (str, frozenset of str)
        (folded adjective, folded middle names) of each origin that lists ``middle_names``: a name
        of three or four words with one of them second ("Phí Thị Ngân") is of that origin even when
        its surname is not listed.
    seats : tuple of (tuple of str, tuple of str)
        (keys of a seat of government that stands for its country, keys of the country): "the
        Kremlin said" is Russia speaking when the study has a side named Russia.
    capitals : tuple of (tuple of str, tuple of str)
        (keys of a capital city, keys of its country), as ``seats`` but read only where a place
        cannot be a title's ("held talks in Hà Nội", "Beijing said"): "the Vietnamese Ambassador in
        Moscow" stays Vietnamese.
    cities : tuple of (tuple of str, tuple of str)
        (keys of a city that is no capital, keys of its country): read only in a dateline, where
        the report was filed from ("VLADIVOSTOK", "HO CHI MINH CITY"; with ``capitals``).
    local_kinds : tuple of (tuple of str, tuple of str)
        (keys of a kind of local government, keys of the country whose units English copy names
        so): "Governor of the Irkutsk region X" is of Russia's regions (probe 35p1), read only when
        nothing else gives the person a side.
    given_titles : frozenset of str
        Keys of titles that are also given names ("Dean"): a title only after "the" or another
        title word, or before a name of two words or more ("Dean Acheson" is a person, not a dean).
    source : str
        The file read.
    """

    heads: frozenset
    titles: frozenset
    connectors: frozenset
    offices: PhraseTrie
    particles: frozenset
    origins: tuple = ()
    source: str = "names.yml"
    party_modifiers: frozenset = frozenset()
    seats: tuple = ()
    capitals: tuple = ()
    cities: tuple = ()
    local_kinds: tuple = ()
    given_titles: frozenset = frozenset()
    open_origins: frozenset = frozenset()
    origin_middles: tuple = ()


def _words(data: dict, key: str, source: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(source, f"'{key}' must be a list of words")
    return value


def _places(data: dict, key: str, source: str) -> tuple:
    """(place keys, country keys) of each "place = country" item of list ``key``."""
    out = []
    for item in _words(data, key, source):
        place, eq, country = item.partition("=")
        if not eq or not phrase_keys(place) or not phrase_keys(country):
            what = "seat" if key == "seats" else "city"
            raise LexiconError(source, f"{key}: {item!r} must read '{what} = country'")
        out.append((tuple(phrase_keys(place)), tuple(phrase_keys(country))))
    return tuple(out)


def _last_keys(words: list[str]) -> frozenset:
    out = set()
    for w in words:
        keys = phrase_keys(w)
        if keys:
            out.add(keys[-1])
    return frozenset(out)


def parse_names(raw: str, source: str) -> Names:
    """Validate and compile a names file (see :func:`load_names`).

    Parameters
    ----------
    raw : str
        YAML text.
    source : str
        The file, for messages.
    """
    data = read_yaml(raw, source)
    if not isinstance(data, dict):
        raise LexiconError(source, "a names file must be a mapping (heads, titles, ...)")
    unknown = set(map(str, data)) - _KEYS
    if unknown:
        raise LexiconError(source, f"unknown top-level key(s) {', '.join(sorted(unknown))}")
    offices = PhraseTrie()
    for w in _words(data, "offices", source):
        offices.add(phrase_keys(w), True)
    origins, open_origins, middles = [], set(), []
    for i, item in enumerate(data.get("name_origins") or [], start=1):
        if not isinstance(item, dict) or set(map(str, item)) - _ORIGIN_KEYS:
            raise LexiconError(source, f"name_origins {i}: must hold adjective, short_form, surnames")
        adjective = item.get("adjective")
        if not isinstance(adjective, str) or not adjective.strip():
            raise LexiconError(source, f"name_origins {i}: 'adjective' must be text")
        short = item.get("short_form", "any")
        if short not in _SHORT_FORMS:
            raise LexiconError(source, f"name_origins {i}: short_form must be given, surname or any")
        surnames = frozenset(" ".join(phrase_keys(s)) for s in _words(item, "surnames", source))
        origins.append((" ".join(phrase_keys(adjective)), short, surnames))
        complete = item.get("complete", True)
        if not isinstance(complete, bool):
            raise LexiconError(source, f"name_origins {i}: 'complete' must be yes or no")
        if not complete:
            open_origins.add(origins[-1][0])
        if item.get("middle_names") is not None:
            middle = frozenset(" ".join(phrase_keys(m)) for m in _words(item, "middle_names", source))
            middles.append((origins[-1][0], middle))
    seats, capitals = _places(data, "seats", source), _places(data, "capitals", source)
    return Names(
        heads=_last_keys(_words(data, "heads", source)),
        titles=_last_keys(_words(data, "titles", source)),
        connectors=frozenset(k for w in _words(data, "connectors", source) for k in phrase_keys(w)),
        offices=offices,
        particles=frozenset(fold(w) for w in _words(data, "particles", source)),
        origins=tuple(origins),
        source=source,
        party_modifiers=frozenset(k for w in _words(data, "party_modifiers", source) for k in phrase_keys(w)),
        seats=seats,
        capitals=capitals,
        cities=_places(data, "cities", source),
        local_kinds=_places(data, "local_kinds", source),
        given_titles=_last_keys(_words(data, "given_titles", source)),
        open_origins=frozenset(open_origins),
        origin_middles=tuple(middles),
    )


@lru_cache(maxsize=1)
def _packaged_names() -> Names:
    return parse_names(read_packaged("names.yml"), "names.yml")


def load_names(path: str | os.PathLike | None = None) -> Names:
    """Read the word lists that recognise names (default=None: the packaged ``names.yml``).

    Parameters
    ----------
    path : str or PathLike, optional
        A YAML file in the format documented at the top of ``framing/lexicons/names.yml``.

    Returns
    -------
    Names

    Raises
    ------
    LexiconError
        Bad YAML, an unknown key, a list that holds no words.

    Examples
    --------
    >>> "ministry" in load_names().heads
    True
    """
    if path is None:
        return _packaged_names()
    return parse_names(read_text(path, "names file"), str(path))


class TextView:
    """A text with its matching keys, and per key: capitalised? first of a sentence?

    Parameters
    ----------
    text : str
        Any text.
    stream : tuple, optional
        ``key_stream(text)`` if already computed (default=None).

    Attributes
    ----------
    text : str
    starts, ends : list of int
        Offsets of each key's token.
    keys : list of str
        The keys (:func:`framing.lexicons.matching.key_stream`).
    caps : list of bool
        The token starts with an upper-case letter.
    initial : list of bool
        The token opens a sentence (first of the text, after ``. ! ? ; :`` or a quote, or after a
        line break).
    """

    __slots__ = ("text", "starts", "ends", "keys", "caps", "initial", "_runs")

    def __init__(self, text: str, stream=None):
        starts, ends, keys = stream if stream is not None else key_stream(text)
        self.text, self.starts, self.ends, self.keys = text, starts, ends, keys
        caps = list(map(str.isupper, map(text.__getitem__, starts)))
        # "Min-soo": a part after a hyphen belongs to its word. Only tokens right after a hyphen
        # can change (found by a search for hyphens); in text order, so that "Min-soo-ri" chains.
        for m in _HYPHEN.finditer(text):
            i = bisect_left(starts, m.end())
            if 0 < i < len(starts) and starts[i] == m.end() and ends[i - 1] == m.start() and (
                not caps[i] and caps[i - 1]
            ):
                caps[i] = True
        for m in _ELIDED.finditer(text):
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start() and text[m.end()].isupper():
                caps[i] = True
        self.caps = caps
        initial = [True]
        initial += map(_SENTENCE_END.__contains__, keys[:-1])
        del initial[len(keys):]  # no keys: no first key
        # a line break between two tokens opens a sentence too
        for m in _NEWLINE.finditer(text):
            i = bisect_left(starts, m.start())  # the first token after the break
            if 0 < i < len(keys) and ends[i - 1] <= m.start():
                initial[i] = True
        self.initial = initial
        self._runs = None  # capitalised_runs, kept for the readers of this view

    def __len__(self) -> int:
        return len(self.keys)

    def surface(self, i: int, j: int) -> str:
        """The text of keys ``i`` to ``j`` (exclusive)."""
        return self.text[self.starts[i] : self.ends[j - 1]] if j > i else ""

    def possessive(self, j: int) -> bool:
        """True if the token ending key ``j - 1`` is followed by a possessive ('s or ')."""
        end = self.ends[j - 1]
        return self.text[end : end + 1] in ("'", "\u2019", "\u02bc")


class SpanClass:
    """A slot class for :class:`framing.lexicons.matching.PhraseTrie` from precomputed spans.

    Parameters
    ----------
    by_start : dict of int -> list of int
        Key index where a phrase of the class starts -> the key indices where it may end.
    """

    def __init__(self, by_start: dict):
        self.by_start = by_start

    def ends(self, keys, j: int):
        """Every end of a phrase of the class starting at ``keys[j]``."""
        return self.by_start.get(j, ())

    def first_keys(self, keys) -> set:
        """The keys at which a phrase of the class starts."""
        return {keys[j] for j in self.by_start}


def capitalised_runs(view: TextView, names: Names | None = None):
    """Runs of capitalised words, connectors and joiners inside: ``(start, end)`` key spans.

    Parameters
    ----------
    view : TextView
        The text.
    names : Names, optional
        Default=None: the packaged ``names.yml`` (its connectors).

    Yields
    ------
    (int, int)
        Keys ``start`` to ``end - 1``; the first and the last are capitalised words.
    """
    names = names if names is not None else load_names()
    got = getattr(view, "_runs", None)  # the names, party and speaker rules each read the runs
    if got is None or got[0] is not names:
        got = (names, list(_runs(view, names)))
        if isinstance(view, TextView):
            view._runs = got
    yield from got[1]


# r32b: units of measure written in capitals ("1,500 MW", "500 kV", "2 GW") are no name words after
# their figure: "a 1,500 MW LNG-fired power plant" holds no name "MW LNG"; "MW Group" alone stays one
_MEASURE_UNITS = frozenset("mw gw kw tw kv kwh mwh gwh twh".split())


def _measure_unit(keys: list[str], i: int) -> bool:
    """True if key ``i`` is a unit of measure right after its figure ("1,500 MW")."""
    return keys[i] in _MEASURE_UNITS and i > 0 and keys[i - 1][:1].isdigit()


#: r36g: capitalised nouns of a body's remit that "with" may follow inside its name ("the Chinese People's
#: Association for Friendship with Foreign Countries", "Commission for Cultural Relations with ...")
_WITH_NOUNS = frozenset({"friendship", "relation", "relations", "cooperation", "solidarity", "tie", "ties", "link",
                         "links", "contact", "contacts"})


def with_in_name(keys, caps, j: int) -> bool:
    """r36g: True if key ``j`` is a "with" inside a body's capitalised name, after a noun of its remit
    (:data:`_WITH_NOUNS`) and before a capitalised word ("Association for Friendship with Foreign
    Countries"); "Vietnam with Russia" is none."""
    return (0 < j < len(keys) - 1 and keys[j] == "with" and keys[j - 1] in _WITH_NOUNS and caps[j - 1]
            and caps[j + 1])


def _runs(view: TextView, names: Names):
    """:func:`capitalised_runs`, computed."""
    keys, caps = view.keys, view.caps
    n = len(keys)
    i = 0
    while i < n:
        if not (caps[i] and is_word(keys[i])) or _measure_unit(keys, i):
            i += 1
            continue
        j, last = i + 1, i
        while j < n:
            k = keys[j]
            if _measure_unit(keys, j):
                break
            if caps[j] and is_word(k):
                last = j
            elif with_in_name(keys, caps, j):
                pass  # r36g: a body's remit "with" others ("Association for Friendship with Foreign Countries")
            elif not (k in names.connectors or k in _JOINERS or k.isdigit()):
                break
            if k == "," and not (j + 1 < n and caps[j + 1] and is_word(keys[j + 1])) and not (
                j + 2 < n and keys[j + 1] in ("of", "and") and caps[j + 2] and is_word(keys[j + 2])
                and (keys[j + 1] == "of" or "," in keys[i:j] and "and" not in keys[i:j])
            ):  # a comma joins only capitalised words ("Culture, Sports and Tourism"), or a repeated
                # "of" (r28f: "the Ministers of Foreign Affairs, of Finance and of Industry"), or
                # "and" closing a list with a serial comma (r31g: "on Economic, Trade, and Scientific
                # and Technical Cooperation"; "in Moscow, and Russia" joins no clause); review 40: not
                # after a list closed by its own "and" ("the Ministry of Culture, Sports and Tourism,
                # and the Hanoi People's Committee" are two bodies)
                break
            j += 1
        yield i, last + 1
        i = last + 1


def proper_name_spans(view: TextView, names: Names | None = None, *, common=frozenset()) -> list[tuple[int, int]]:
    """Key spans of proper names: institutions, companies, events, programmes, titles.

    A run of capitalised words is a name when it holds a head or a title word (``names.yml``), or
    when it holds two or more capitalised words of which at least one is not in ``common`` (the
    sector words: "Party Building" is no name, "Russian Energy Week" and "Trans-Siberian Railway"
    are). The first word of a sentence joins a name only when the run has a head or a title.

    Parameters
    ----------
    view : TextView
        The text.
    names : Names, optional
        Word lists (default=None: the packaged ``names.yml``).
    common : collection of str, default=frozenset()
        Keys of words that alone do not make a name (the sector lexicon's words).

    Returns
    -------
    list of (int, int)
        ``(i, j)``: keys ``i`` to ``j - 1``, in text order, not overlapping.
    """
    names = names if names is not None else load_names()
    keys, caps, initial = view.keys, view.caps, view.initial
    out = []
    runs = []
    titled = set()
    for i, j in capitalised_runs(view, names):
        content = [t for t in range(i, j) if caps[t] and is_word(keys[t])]
        marked = any(keys[t] in names.heads or keys[t] in names.titles for t in content)
        core = [t for t in content if keys[t] not in names.connectors]  # "The" opening a sentence
        # review 49: not before a lower-case head ("the Invest to Russia programme began"): the run names it
        named_after = j < len(keys) and not caps[j] and keys[j] in names.heads
        to = _sector_word_to(keys, caps, i, j, content, common) if not marked and not named_after else None
        if to is not None:  # r33f: "supplying LNG to China": the goods and where they go, no name
            content = [t for t in content if t > to]
            core = [t for t in core if t > to]
            i = to + 1
        if not marked and len(core) >= 2 and all(keys[t] in common for t in core) and not (
            j < len(keys) and not caps[j] and keys[j] in common and keys[j] not in _OUTLET_NOUNS
        ):  # review 21: not before a lower-case sector word ("Science and Technology cooperation"): a field
            runs.append((core[0], j))  # sector words only ("Political Education"): a name if an outlet says so
        if not marked and initial[i] and content:
            content = content[1:]
            i = content[0] if content else j
        if len(content) == 1 and keys[content[0]] in names.heads and j < len(keys) and keys[j][:1].isdigit():
            out.append((i, j + 1))  # a numbered name: "Road 7", "Block 15", "Line 2"
            continue
        if j < len(keys) and keys[j] in _OUTLET_NOUNS and not caps[j]:
            t = j  # the paper's own words: capitalised ones and connectors inside ("Science and Education")
            while t > i and is_word(keys[t - 1]) and (caps[t - 1] or keys[t - 1] in names.connectors):
                t -= 1
            # each start after a connector may open it ("the Communist Review and the Political Education")
            titled.update(tuple(keys[u:j]) for u in range(t, j) if caps[u] and (u == t or not caps[u - 1]))
        if not marked and len(content) >= 2 and _goods_acronym_before_noun(view, content, j, common):
            j = content[-1]  # probe 37p4: "the Thị Vải LNG terminal": the place names the terminal, LNG is the goods
            content = content[:-1]
        if len(content) < 2:
            continue
        if marked or any(keys[t] not in common for t in content):
            out.append((i, j))
    # cls11: capitalised words that name a paper, told by the lower-case outlet noun after them ("the
    # Political Education journal"), are that paper's name there and wherever the text repeats them
    # ("Political Education would publish a special issue"). Not "political education" in lower case.
    if titled:
        out = sorted(out + [(i, j) for i, j in runs if tuple(keys[i:j]) in titled])
    return out


_OUTLET_NOUNS = frozenset({"journal", "magazine", "newspaper", "daily", "weekly", "bulletin"})  # keys: singular


def _goods_acronym_before_noun(view: TextView, content: list[int], j: int, common) -> bool:
    """Probe 37p4: True if the last capitalised word of a run with no head or title (``content``, its
    keys) is an upper-case sector word and a lower-case word follows the run: "the Thị Vải LNG import
    terminal", "the Sơn Mỹ LNG power project": a place that names the plant, and the goods it handles,
    no name of the goods. "Russian Energy Week" (a head), "Petrovietnam Gas" (no acronym) and "the
    LNG Forum" stay."""
    keys, caps = view.keys, view.caps
    last = content[-1]
    if last != j - 1 or keys[last] not in common or not view.surface(last, j).isupper() or len(view.surface(last, j)) < 2:
        return False
    return j < len(keys) and not caps[j] and keys[j][:1].isalpha()


def _sector_word_to(keys: list[str], caps: list[bool], i: int, j: int, content: list[int], common) -> int | None:
    """r33f: key of a lower-case "to" in the run ``i:j`` (no head, no title) after which a
    capitalised word follows and before which every capitalised word is a sector word ("LNG to
    China": the goods sent somewhere, no name), else None. "Ambassador to China" has a title and is
    never asked."""
    to = next((t for t in range(i, j) if keys[t] == "to" and not caps[t]), None)
    if to is None or not any(t > to for t in content):
        return None
    before = [t for t in content if t < to]
    return to if before and all(keys[t] in common for t in before) else None


def _is_alias(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and letters[0].isupper() and len(surface) <= 16


def alias_brackets(view: TextView) -> list[tuple[int, int, int]]:
    """Brackets that give a short name of the words before them: "Communist Party of Việt Nam (CPV)".

    Parameters
    ----------
    view : TextView
        The text.

    Returns
    -------
    list of (int, int, int)
        ``(open, alias, close)`` key indices: ``keys[open] == "("``, ``keys[alias]`` the short name
        (one capitalised token, such as an acronym), ``keys[close] == ")"``.
    """
    keys = view.keys
    out = []
    for i in compress(range(1, len(keys) - 2), map("(".__eq__, keys[1:])):  # keys[i] is "("
        if keys[i + 2] == ")" and is_word(keys[i - 1]):
            if _is_alias(view.surface(i + 1, i + 2)):
                out.append((i, i + 1, i + 2))
    return out


_ALIAS_WORDS = 4  # round 28c: short-name words in a bracket ("(VN–EAEU FTA)")


def acronym_brackets(view: TextView) -> list[tuple[int, int]]:
    """Brackets of two to ``_ALIAS_WORDS`` acronyms, joined by dashes or nothing, right after a
    capitalised word: a short name of several parts ("... Free Trade Agreement (VN–EAEU FTA)"),
    ``(open, close)`` key indices. "(the FTA)" and "(trade with the EAEU)" are none.

    >>> view = TextView("the Việt Nam–EAEU Free Trade Agreement (VN–EAEU FTA) took effect")
    >>> [view.surface(o, c + 1) for o, c in acronym_brackets(view)]
    ['(VN–EAEU FTA)']
    """
    keys, out = view.keys, []
    for o in compress(range(1, len(keys) - 3), map("(".__eq__, keys[1:])):
        if not (view.caps[o - 1] and is_word(keys[o - 1])):
            continue
        c = next((t for t in range(o + 2, min(len(keys), o + 2 * _ALIAS_WORDS + 1)) if keys[t] == ")"), None)
        words = [t for t in range(o + 1, c)] if c else []
        parts = [t for t in words if keys[t] != "-"]
        if 2 <= len(parts) <= _ALIAS_WORDS and all(_acronym(view.surface(t, t + 1)) for t in parts):
            out.append((o, c))
    return out


def alias_spans(text: str) -> list[tuple[int, int, str]]:
    """Character spans of the short names a text defines in brackets, for tables of tokens.

    "Communist Party of Việt Nam (CPV)": "CPV" repeats the name before it, so it is not a second
    mention, entity or token of that name (the sector matcher skips it, tokenize_text and count_matrix
    leave it out).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (int, int, str)
        ``(start, end, alias)``: ``text[start:end] == alias``, in text order.

    Examples
    --------
    >>> alias_spans("the Communist Party of Việt Nam (CPV) and APEC")
    [(33, 36, 'CPV')]
    """
    # Keys never span whitespace and the key rules look no further than the neighbouring
    # characters, so the keys of the two whitespace-separated pieces before a bracket, and of the
    # bracket's own pieces, are those of the whole text: read a small window around each
    # candidate instead of the whole document (tokenizers and count_matrix call this per text).
    out: list[tuple[int, int, str]] = []
    for m in _alias_candidates().finditer(text):
        lo = m.start()
        for _ in range(3):  # the bracket's piece and the two pieces before it
            while lo > 0 and text[lo - 1].isspace():
                lo -= 1
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
        hi = m.end()
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if hi - lo > _MAX_WINDOW:
            # text without spaces (Chinese, a URL): windows would grow to the whole text, once per
            # bracket; read the whole text once instead (and cache no long window)
            return _whole_text_aliases(text)
        out.extend((lo + a, lo + b, alias) for a, b, alias in _window_aliases(text[lo:hi], m.start() - lo))
    return out


#: Longest window read around one bracket (characters) before the whole text is read instead.
_MAX_WINDOW = 256
#: Characters the key stream folds to "(" and ")" (full-width, small, superscript ...).
_OPENING = "(\u207d\u208d\ufe35\ufe59\uff08"
_CLOSING = ")\u207e\u208e\ufe36\ufe5a\uff09"


def _whole_text_aliases(text: str) -> list[tuple[int, int, str]]:
    view = TextView(text)
    return [(view.starts[a], view.ends[a], view.surface(a, a + 1)) for _, a, _ in alias_brackets(view)]


@lru_cache(maxsize=1 << 16)
def _window_aliases(window: str, bracket: int) -> tuple[tuple[int, int, str], ...]:
    """:func:`alias_spans` within one candidate's window, the bracket opening at ``bracket``.

    Cached: a window depends on nothing but its text, and the same few names recur in report
    after report ("Communist Party of Việt Nam (CPV)").
    """
    view = TextView(window)
    return tuple(
        (view.starts[a], view.ends[a], view.surface(a, a + 1))
        for i, a, _ in alias_brackets(view)
        if view.starts[i] == bracket
    )


@lru_cache(maxsize=1)
def _alias_candidates():
    # A superset of alias_brackets' rule: anything between two characters the keys fold to brackets,
    # spaces included, since pieces that give no key ("CPV 's", a soft hyphen) may sit beside the
    # short name; the window read around it decides (and a long one falls back to the whole text).
    brackets = _OPENING + _CLOSING
    return re.compile(f"[{_OPENING}][^{brackets}]*[{_CLOSING}]")


def _acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def party_spans(view: TextView, names: Names | None = None, *, static=None, link=None) -> dict[int, list[int]]:
    """Where political parties are named: key index -> the indices where the party's name may end.

    A party is

    * a phrase of ``static`` (the lexicon's ``party`` class: "CPV", "the two parties", ...);
    * a run of capitalised words ending in "Party", optionally followed by "of" and capitalised
      words ("Lao People's Revolutionary Party", "Communist Party of the Russian Federation",
      "Japan's Liberal Democratic Party"); it may start at any capitalised word of the run;
    * "two" or "both" with up to two words before "parties" ("the two Communist Parties");
    * two capitalised words joined by "and" before "parties" ("the Vietnamese and Russian parties");
    * an acronym defined in brackets after a party ("... Party (LPRP)"), from the bracket on;
    * a list of parties: "the CPV and the CPRF", "CPV–CPC", with a defining bracket inside.

    Parameters
    ----------
    view : TextView
        The text.
    names : Names, optional
        Default=None: the packaged ``names.yml``.
    static : PhraseTrie, optional
        Party phrases (default=None: none).
    link : PhraseTrie, optional
        Words that link a party as subject to a relation (the lexicon's ``link`` class; default=None:
        none). A party's name then also ends after its defining bracket when one of them follows
        ("the Communist Party of Vietnam (CPV) *will* sign a cooperation agreement").

    Returns
    -------
    dict of int -> list of int
        Sorted ends for each start.
    """
    names = names if names is not None else load_names()
    keys, caps = view.keys, view.caps
    n = len(keys)
    base: dict[int, set] = {}

    def add(i, e):
        base.setdefault(i, set()).add(e)

    if static is not None:
        member = static.root.__contains__ if isinstance(static, PhraseTrie) else static.__contains__
        for i in compress(range(n), map(member, keys)):  # a C-level filter first
            for e in static.ends(keys, i):
                add(i, e)
    runs = list(capitalised_runs(view, names))  # read twice below
    for i, j in runs:
        first = i  # a party's name starts after the last list joiner: "... and the United Russia Party"
        for p in range(i, j):
            if keys[p] in ("and", ",", "-", "/", "&"):
                first = p + 1
            if keys[p] != _PARTY or not caps[p] or p == first:
                continue
            if p + 1 < j and keys[p + 1] != "of":
                continue  # "United Russia Party School", "Provincial Party Committee": not a party
            ends = [p + 1]
            q = p + 1
            if q < j and keys[q] == "of":  # "Communist Party of [the] Russian Federation"
                q += 1
                while q < j and keys[q] in ("the", "-"):
                    q += 1
                while q < j and caps[q] and is_word(keys[q]) and keys[q] not in names.heads:
                    q += 1
                    ends.append(q)
                if len(ends) > 1:
                    ends = ends[1:]
            if _PARTY in keys[first:p]:
                continue  # "Party-to-Party": no party's name
            for s in range(first, p):
                if caps[s] and is_word(keys[s]) and keys[s] not in names.titles:
                    for e in ends:
                        add(s, e)
    # "the Belaya Rus party": a name of two capitalised words or more before a lower-case "party"
    # names a party, there and wherever the text repeats it ("exchanges between Belaya Rus and ...")
    named: set = set()
    for i, j in runs:
        while i < j and keys[i] in ("the", "a", "an"):  # a sentence-initial "The" is no part of it
            i += 1
        if j < n and keys[j] == _PARTY and not caps[j] and j - i >= 2 and all(
            caps[t] and is_word(keys[t]) and keys[t] not in names.titles and keys[t] not in names.heads
            for t in range(i, j)
        ):
            add(i, j + 1)
            named.add(tuple(keys[i:j]))
    for name in named:
        m = len(name)
        for i in range(n - m + 1):
            if tuple(keys[i:i + m]) == name and caps[i]:
                add(i, i + m)
    modifiers = names.party_modifiers
    # "the two Communist Parties", "both ruling parties", "the ruling party"; probe 21: two modifiers
    # joined by "and" ("ruling and left-wing parties")
    for i in compress(range(n - 1), map(modifiers.__contains__, keys)):
        last = i  # the last modifier read
        for w in range(i + 1, min(i + 7, n)):
            if keys[w] == _PARTY:
                if keys[i] in ("two", "both") and not view.surface(w, w + 1).lower().endswith("ies"):
                    break
                add(i, w + 1)
                break
            if keys[w] == "and" and last == w - 1 and w + 1 < n and keys[w + 1] in modifiers:
                # review 27: modifiers only before the "and" ("both nations and both ruling parties" holds
                # a noun: the parties are the second member's alone)
                last = w + 1
                continue
            if not is_word(keys[w]) or keys[w] in ("and", "of", "the") or w - last >= 3:
                break
    # "the Vietnamese and Russian parties": two capitalised words joined by "and" before "parties"
    for i in compress(range(n - 3), map(_PARTY.__eq__, keys[3:])):  # keys[i + 3] is "party"
        if (
            caps[i] and caps[i + 2] and is_word(keys[i]) and is_word(keys[i + 2]) and keys[i + 1] == "and"
            and keys[i + 3] == _PARTY and view.surface(i + 3, i + 4).lower().endswith("ies")
        ):
            add(i, i + 4)
    # "Vietnam's ruling Communist Party", "Japan's Liberal Democratic Party": the owner belongs to it
    for s in sorted(base):
        o = s - 1
        if o >= 0 and caps[o] and is_word(keys[o]) and view.possessive(o + 1):
            for e in list(base[s]):
                add(o, e)
    # acronyms defined after a party ("... Party (LPRP)") name it for the rest of the text
    aliases: dict[str, int] = {}
    bracket_after: dict[int, int] = {}
    for o, a, c in alias_brackets(view):
        if any(o in ends for ends in base.values()):
            bracket_after[o] = c + 1
            if _acronym(view.surface(a, a + 1)):
                aliases.setdefault(keys[a], c + 1)
    if aliases:
        for i in range(n):
            at = aliases.get(keys[i])
            if at is not None and i >= at and caps[i]:
                add(i, i + 1)
    # lists: "the CPV and the CPRF", "CPV–CPC", "the Party (CPV) and United Russia"
    out: dict[int, list[int]] = {}
    for i in sorted(base, reverse=True):
        ends = set(base[i])
        for e in list(base[i]):
            k = bracket_after.get(e, e)
            if k != e and link is not None and k < n and link.longest(keys, k) is not None:
                ends.add(k)
            if k < n and keys[k] in ("and", "-", "/", ","):
                comma = keys[k] == ","
                k += 1
                if comma and k < n and keys[k] == "and":  # "the CPV, the CPRF, and United Russia"
                    comma, k = False, k + 1
                if k < n and keys[k] == "the":
                    k += 1
                more = out.get(k, ()) if k in out else base.get(k, ())
                if comma:
                    # a comma joins a list only when it goes on ("the CPV, the CPRF and United
                    # Russia"), not before the next phrase ("ties with the Communist Party of
                    # Vietnam, CPRF leader Gennady Zyuganov said")
                    goes_on = [x for x in base.get(k, ()) if x < n and keys[x] in ("and", ",")]
                    more = [x for x in more if goes_on and x > min(goes_on)]
                ends.update(x for x in more if not (keys[k] == _PARTY and x == k + 1))  # not "..., Party"
        out[i] = sorted(ends)
    return out
